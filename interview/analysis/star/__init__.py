"""STAR: which sentences of an answer are its Situation, Task, Action and Result.

`labeller.analyse_star` labels the sentences from their cues (`cues`, `verbs`, with the word
lists in `lexicon` and `verb_lexicon`), `decode` picks the most likely order over the whole
answer, `findings` gives the answer-level verdicts and `report` holds the result types and
the score. `accuracy` measures the labeller against the hand-labelled corpus.
"""
