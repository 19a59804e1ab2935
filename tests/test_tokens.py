import pytest

from interview.analysis.tokens import tokenize


@pytest.mark.parametrize(
    "text,expected",
    [
        ("I also like it", ["I", "also", "like", "it"]),
        ("I'd like to", ["I'd", "like", "to"]),
        ("It\u2019s fine", ["It\u2019s", "fine"]),
        ("cut costs by 20% to $1,200", ["cut", "costs", "by", "20%", "to", "$1,200"]),
        ("a follow-up, then v2.0", ["a", "follow-up", "then", "v", "2.0"]),
        ("   ", []),
    ],
)
def test_tokens_are_whole_words(text: str, expected: list[str]) -> None:
    assert [t.text for t in tokenize(text)] == expected


def test_spans_point_into_the_text() -> None:
    text = "Um, I  moved the\tteam."
    for token in tokenize(text):
        assert text[token.start : token.end] == token.text


def test_offset_shifts_spans_and_lower_normalises_apostrophes() -> None:
    (token,) = tokenize("I\u2019M", offset=10)
    assert (token.start, token.end, token.lower) == (10, 13, "i'm")
