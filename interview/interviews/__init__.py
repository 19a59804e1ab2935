"""Real interviews: the log, debriefs matched to the banks, the practice plan, job adverts
and reply drafts.

The modules: `log` (the records and their checks), `matching` and `lexicon` (bank question
and competency for a remembered question), `debrief` (check, match, store, correct,
practise again), `evidence` and `plan` (what to practise and when), `advert`, `drafts`,
`timeline` (progress across interviews), `tone` and `service` (the plan from the store).
Import the module you need; this package imports nothing itself, so the CLI stays quick.
"""
