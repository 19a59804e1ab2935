"""Interview questions: banks (TOML), the rules a question follows, CSV import, custom
questions, and choosing which to ask.

This is the package's face: it hands on the names most callers need. The work lives in
`banks` (loading and validating bank files), `schema` (one question's rules), `csv_import`
(spreadsheets into a bank), `writer` (the user's own questions) and `selection` (filters,
no repeats, weights).
"""

from interview.questions.banks import BankSet, load_bank_file, load_bank_paths, load_banks
from interview.questions.schema import ROLES
from interview.questions.selection import (
    COMPETENCY_TRAINS,
    WEIGHTED_SHARE,
    Weights,
    filter_questions,
    get_question,
    key_points_of,
    select_questions,
    star_parts_trained,
    weight_of,
)
from interview.questions.writer import add_custom_question

__all__ = [
    "COMPETENCY_TRAINS",
    "ROLES",
    "WEIGHTED_SHARE",
    "BankSet",
    "Weights",
    "add_custom_question",
    "filter_questions",
    "get_question",
    "key_points_of",
    "load_bank_file",
    "load_bank_paths",
    "load_banks",
    "select_questions",
    "star_parts_trained",
    "weight_of",
]
