"""Cells a spreadsheet shows as text, never runs: CSV formula injection, defused.

A history export holds text other people wrote (imported questions, answers). Excel,
LibreOffice and Google Sheets treat a cell that starts with `=`, `+`, `-` or `@` (and, per
OWASP's CSV injection guidance, a tab or carriage return) as a formula, which can fetch URLs
or run commands. Such a cell gets a leading apostrophe, which every spreadsheet reads as
"this is text". Only the CSV needs this; the JSON export stays exact.
"""

from __future__ import annotations

from typing import Any

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_cell(value: Any) -> Any:
    """A text cell a spreadsheet shows as text: one starting like a formula gets a leading
    apostrophe, as OWASP recommends (numbers and empty cells pass unchanged)."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value
