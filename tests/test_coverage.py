"""Which stretches of voice no word covers (interview/speech/coverage.py)."""

from __future__ import annotations

import pytest

from interview.speech.coverage import uncovered


@pytest.mark.parametrize(
    "regions,words,expected",
    [
        # Every stretch of voice has words in it.
        ([(0.0, 3.0)], [(0.1, 1.0), (1.2, 2.9)], ()),
        # Whisper stopped early: the end of the region has no words.
        ([(0.0, 10.0)], [(0.0, 4.0)], ((4.3, 10.0),)),
        # A whole region without words, between two with words.
        ([(0.0, 2.0), (3.0, 6.0), (7.0, 8.0)], [(0.0, 2.0), (7.0, 8.0)], ((3.0, 6.0),)),
        # A breath or a click under 0.5 s is not lost words.
        ([(0.0, 2.0), (2.5, 2.9)], [(0.0, 2.0)], ()),
        # Word times a little off the voice still cover it.
        ([(1.0, 2.0)], [(0.75, 1.8)], ()),
        # Two wordless stretches under 1 s apart are one.
        ([(0.0, 1.0), (1.5, 2.5)], [], ((0.0, 2.5),)),
        # Wordless bits between heard words are not joined over them into one long
        # "unintelligible" stretch (it was (0.0, 3.0), three words inside).
        ([(0.0, 3.0)], [(0.5, 0.5), (1.5, 1.5), (2.5, 2.5)], ()),
        # Wordless bits with only silence between are still one.
        ([(0.0, 0.6), (1.0, 1.6)], [(0.0, 0.1)], ((0.4, 1.6),)),
        # Nothing said, nothing uncovered.
        ([], [(0.0, 1.0)], ()),
    ],
)
def test_uncovered_voice(
    regions: list[tuple[float, float]],
    words: list[tuple[float, float]],
    expected: tuple[tuple[float, float], ...],
) -> None:
    assert tuple((round(a, 3), round(b, 3)) for a, b in uncovered(regions, words)) == expected
