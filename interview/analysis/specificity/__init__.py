"""Specificity: how concrete an answer is (figures, names, concrete verbs, ownership).

`measure.measure_specificity` scores what `facts` finds, using the word lists in `words`;
the result is a `report.SpecificityReport`.
"""
