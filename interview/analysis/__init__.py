"""Pure text analysis of one interview answer: no I/O, no Streamlit, no heavy imports.

`analyze()` is the single entry point; the modules beside it each answer one question
(which sentences are which STAR part, how specific the answer is, which words are fillers).
"""
