from __future__ import annotations

import pytest

from interview.speech.wer import edit_distance, filler_matches, normalise, word_error_rate


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Hello, World!", ["hello", "world"]),
        ("We cut costs by 20%.", ["we", "cut", "costs", "by", "twenty", "percent"]),
        ("for 10 minutes", ["for", "ten", "minutes"]),
        ("It\u2019s a follow-up", ["it's", "a", "follow", "up"]),
        ("in 2023", ["in", "2023"]),
        ("'quoted'", ["quoted"]),
        ("  ", []),
    ],
)
def test_normalise(text: str, expected: list[str]) -> None:
    assert normalise(text) == expected


@pytest.mark.parametrize(
    "reference,hypothesis,distance",
    [
        ("a b c", "a b c", 0),
        ("a b c", "a x c", 1),  # substitution
        ("a b c", "a c", 1),  # deletion
        ("a b c", "a b b c", 1),  # insertion
        ("a b c", "", 3),
        ("", "a b", 2),
        ("a b c d", "b c d a", 2),
    ],
)
def test_edit_distance(reference: str, hypothesis: str, distance: int) -> None:
    assert edit_distance(reference.split(), hypothesis.split()) == distance


@pytest.mark.parametrize(
    "reference,hypothesis,ignore,rate",
    [
        ("We met for ten minutes.", "we met for 10 minutes", frozenset(), 0.0),
        ("I led the team", "I learned the team", frozenset(), 0.25),
        ("So, um, I led it", "So I led it", frozenset(), 0.2),
        ("So, um, I led it", "So I led it", frozenset({"um", "uh"}), 0.0),
        ("", "", frozenset(), 0.0),
        ("", "Thank you.", frozenset(), 1.0),
    ],
)
def test_word_error_rate(
    reference: str, hypothesis: str, ignore: frozenset[str], rate: float
) -> None:
    assert word_error_rate(reference, hypothesis, ignore=ignore) == pytest.approx(rate)


def test_filler_matches_counts_a_filler_of_another_spelling_only_when_asked() -> None:
    reference, hypothesis = "so um I led it uh then", "so uh I led it uh then um"
    typed = filler_matches(reference, hypothesis, {"um", "uh"})
    assert (typed.spoken, typed.written, typed.matched) == (2, 3, 1)
    untyped = filler_matches(reference, hypothesis, {"um", "uh"}, any_kind=True)
    assert (untyped.spoken, untyped.written, untyped.matched) == (2, 3, 2)


def test_filler_matches_of_any_kind_still_needs_the_place() -> None:
    # "uh" written two words away from where "um" was said is not the same hesitation.
    untyped = filler_matches("um I led it", "I led uh it", {"um", "uh"}, any_kind=True)
    assert untyped.matched == 0
