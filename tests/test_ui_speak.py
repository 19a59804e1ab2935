"""The read-aloud button: question text goes into the script as a safe JSON string."""

from __future__ import annotations

import json

import pytest

from interview.ui.speak import read_aloud_page, script_string


@pytest.mark.parametrize(
    "text",
    [
        "Tell me about a time you disagreed with your manager.",
        "</script><script>alert('x')</script>",
        'Quotes " and \\ backslashes & <angle> brackets',
        "Ünïcode — and a line\nbreak",
    ],
)
def test_script_string_round_trips_and_cannot_close_the_script(text: str) -> None:
    literal = script_string(text)
    assert json.loads(literal) == text
    assert "<" not in literal and ">" not in literal and "&" not in literal


def test_page_holds_the_question_once_and_uses_speech_synthesis() -> None:
    page = read_aloud_page("Why this role? </script>")
    assert page.count("</script>") == 1
    assert "speechSynthesis" in page and "Why this role?" in page
