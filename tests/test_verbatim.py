from __future__ import annotations

import pytest

from interview.speech.verbatim import FILLER_PROMPT, normalise_word


@pytest.mark.parametrize(
    "word,expected",
    [
        ("Umm", "um"),
        ("Umm,", "um,"),
        ("um", "um"),
        ("Uhm...", "um..."),
        ("Uhh", "uh"),
        ("uh,", "uh,"),
        ("Hmmm.", "hmm."),
        ("hm", "hmm"),
        ("Ermm,", "erm,"),
        ("Ahh", "ah"),
        ('"Um', '"um'),
        # not fillers: left exactly as Whisper wrote them
        ("Umbrella", "Umbrella"),
        ("hum", "hum"),
        ("Huh?", "Huh?"),
        ("er", "er"),
        ("mm-hmm", "mm-hmm"),
        ("20%", "20%"),
        ("", ""),
    ],
)
def test_one_spelling_per_filler_family(word: str, expected: str) -> None:
    assert normalise_word(word) == expected


def test_prompt_is_seeded_with_fillers() -> None:
    assert {"um", "uh"} <= {w.strip(",.").lower() for w in FILLER_PROMPT.split()}
