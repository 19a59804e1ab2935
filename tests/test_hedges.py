import pytest

from interview.analysis.hedges import find_hedges
from interview.analysis.sentences import split_sentences
from interview.analysis.tokens import tokenize


@pytest.mark.parametrize(
    "text,expected",
    [
        ("I think I probably just fixed it.", ["I think", "probably", "just"]),
        ("I guess it maybe worked.", ["I guess", "maybe"]),
        ("It was kind of slow and sort of fragile.", ["kind of", "sort of"]),
        ("I feel like we could have tested more.", ["I feel like"]),
        ("I believe the fix was right.", ["I believe"]),
        ("Hopefully it was perhaps useful.", ["Hopefully", "perhaps"]),
        ("I'm not sure it helped, more or less.", ["I'm not sure", "more or less"]),
        # Readings that are not hedges.
        ("What kind of tool did we need?", []),
        ("This sort of problem needs a queue.", []),
        ("We arrived just in time.", []),
        ("I believe in testing early.", []),
        ("I had just joined the team.", []),  # "just" as "recently"
        ("Just then the phone rang.", []),
        ("The timing was just right.", []),
        ("I just wanted to help.", ["just"]),
        # Someone else's deed: it hedges nothing of the speaker's.
        ("He just stopped replying, so I rang him.", []),
        ("It just froze and they just walked out.", []),
        ("I think about users first.", []),
        ("I adjusted the thinking budget.", []),
        ("I rewrote the parser.", []),
        ("Kind people helped.", []),
        ("I, think, fine.", []),
    ],
)
def test_hedges_found_as_whole_phrases(text: str, expected: list[str]) -> None:
    report = find_hedges(text, tokenize(text))
    assert [hedge.text for hedge in report.hedges] == expected


def test_hedges_quote_their_sentence_and_spans_point_into_the_text() -> None:
    text = "I rewrote the importer. I think it was maybe faster."
    report = find_hedges(text, tokenize(text), split_sentences(text))
    assert [hedge.sentence for hedge in report.hedges] == ["I think it was maybe faster."] * 2
    for hedge in report.hedges:
        assert text[hedge.start : hedge.end] == hedge.text
    assert report.counts == {"i think": 1, "maybe": 1}


def test_to_dict() -> None:
    text = "Maybe it worked."
    data = find_hedges(text, tokenize(text)).to_dict()
    assert data["total"] == 1
    assert data["counts"] == {"maybe": 1}
    assert data["per_100_words"] == 33.3
    assert data["spans"][0] | {"sentence": ""} == {
        "text": "Maybe",
        "start": 0,
        "end": 5,
        "label": "maybe",
        "sentence": "",
    }
