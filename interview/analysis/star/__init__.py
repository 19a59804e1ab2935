"""STAR: which sentences of an answer are its Situation, Task, Action and Result.

`labeller.analyse_star` labels the sentences: `cues` and `verbs` find each sentence's cue
words (with the word lists in `lexicon` and `verb_lexicon`; `scope` mutes those inside a
purpose clause or a negation), `framing` tells a story from a plan or a general claim,
`features` reads the sentence's structure, and the small trained `model` (weights in
`model.json`, rebuilt by `scripts/train_star_model.py` with `training`) scores each part;
`decode` picks the most likely order over the whole answer and `explain` says why in words.
`findings` gives the answer-level verdicts and `report` holds the result types and the
score. `accuracy` measures the labeller against the hand-labelled corpora.
"""
