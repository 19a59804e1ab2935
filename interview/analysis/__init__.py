"""Pure text analysis of one interview answer: no I/O, no Streamlit, no heavy imports.

This is the package's face: `analyse()` (the pipeline, in `pipeline`) and the `Analysis` it
returns (in `analysis`). The families live in folders: `star/` (which sentence is which STAR
part), `specificity/` (figures, names, concrete verbs), `tips/` (what to change first); the
single checks (fillers, hedges, negativity, length, delivery, scoring) sit beside them.
"""

from interview.analysis.analysis import Analysis, AnalysisOptions
from interview.analysis.pipeline import analyse

__all__ = ["Analysis", "AnalysisOptions", "analyse"]
