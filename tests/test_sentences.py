import itertools

import pytest

from interview.analysis.sentences import LONG_RUN_WORDS, Sentence, split_sentences

SPOKEN = (
    "so basically we had this client who was super unhappy with the delivery times and um "
    "my manager asked me to look into it so I pulled the shipping data for like three months "
    "and then I found that most delays came from one warehouse so I called the warehouse lead "
    "and we set up a new pickup schedule and after that late deliveries dropped from 15% to "
    "about 4% so yeah the client renewed"
)


@pytest.mark.parametrize(
    "text,expected",
    [
        ("I fixed it. Then I tested it.", ["I fixed it.", "Then I tested it."]),
        ("Did it work? Yes! It did.", ["Did it work?", "Yes!", "It did."]),
        ("I met Dr. Smith on Monday. She agreed.", ["I met Dr. Smith on Monday.", "She agreed."]),
        (
            "We used tools, e.g. Jira and Git. It helped.",
            ["We used tools, e.g. Jira and Git.", "It helped."],
        ),
        (
            "I worked at Acme Inc. in Leeds. It was busy.",
            ["I worked at Acme Inc. in Leeds.", "It was busy."],
        ),
        ("Growth was 3.5 percent. Costs fell.", ["Growth was 3.5 percent.", "Costs fell."]),
        (
            "We moved to the U.S. for work. I liked it.",
            ["We moved to the U.S. for work.", "I liked it."],
        ),
        ("Context\n\nI rewrote the cache.", ["Context", "I rewrote the cache."]),
        ("- cut costs\n- Hired two people", ["- cut costs", "- Hired two people"]),
        ("  I fixed it  ", ["I fixed it"]),
        ("", []),
        ("   ", []),
        ("... !!", []),
    ],
)
def test_punctuated_text_splits_like_a_reader_would(text: str, expected: list[str]) -> None:
    assert [s.text for s in split_sentences(text)] == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            SPOKEN,
            [
                "so basically we had this client who was super unhappy with the delivery times",
                "and um my manager asked me to look into it",
                "so I pulled the shipping data for like three months",
                "and then I found that most delays came from one warehouse",
                "so I called the warehouse lead and we set up a new pickup schedule",
                "and after that late deliveries dropped from 15% to about 4%",
                "so yeah the client renewed",
            ],
        ),
        (
            # 36 words with "which meant" and "but we": cut at both.
            "our team had three releases due in the same week and nobody had planned for it "
            "which meant the testers were overloaded for days on end "
            "but we agreed to move one release to the week after",
            [
                "our team had three releases due in the same week and nobody had planned for it",
                "which meant the testers were overloaded for days on end",
                "but we agreed to move one release to the week after",
            ],
        ),
        (
            # "so that" and "so much" are not boundaries; ", and I" is, once a piece is long.
            "I stayed late on the Friday so that the ward would have enough staff and I called "
            "two agency nurses because we had so much to cover, and I rewrote the rota for the "
            "whole weekend myself",
            [
                "I stayed late on the Friday so that the ward would have enough staff",
                "and I called two agency nurses because we had so much to cover",
                "and I rewrote the rota for the whole weekend myself",
            ],
        ),
    ],
)
def test_long_unpunctuated_runs_are_cut_at_discourse_boundaries(
    text: str, expected: list[str]
) -> None:
    assert [s.text for s in split_sentences(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        # Under the long-run limit: a normal sentence is never cut, whatever it contains.
        "I called the client and then I wrote the summary so I could send it the same day.",
        "My manager and I decided to split the backlog between the two of us, then we met daily.",
    ],
)
def test_ordinary_sentences_are_not_cut(text: str) -> None:
    assert len(text.split()) <= LONG_RUN_WORDS
    assert [s.text for s in split_sentences(text)] == [text]


def test_a_run_without_any_boundary_is_cut_near_its_middle_at_and() -> None:
    words = ["word"] * 30 + ["and"] + ["word"] * 30
    pieces = split_sentences(" ".join(words))
    assert [len(p.text.split()) for p in pieces] == [30, 31]


@pytest.mark.parametrize(
    "text",
    [
        SPOKEN,
        "Hello there.  I  fixed   it!\n\nThen, um, I tested it",
        "We used tools, e.g. Jira and Git, and then I wrote a script so we could check it.",
    ],
)
def test_spans_point_into_the_text_and_keep_order(text: str) -> None:
    sentences = split_sentences(text)
    assert sentences
    for sentence in sentences:
        assert text[sentence.start : sentence.end] == sentence.text
        assert sentence.text == sentence.text.strip()
    starts = [s.start for s in sentences]
    assert starts == sorted(starts)
    assert all(a.end <= b.start for a, b in itertools.pairwise(sentences))


def test_sentence_is_a_frozen_value() -> None:
    sentence = Sentence("Hi.", 0, 3)
    with pytest.raises(AttributeError):
        sentence.text = "x"  # type: ignore[misc]
    assert split_sentences("Hi.") == (sentence,)


@pytest.mark.parametrize(
    "text,expected",
    [
        ("We cut costs by 20%. ![img](http://x)", ["We cut costs by 20%."]),
        (
            "Costs fell by 20%. ![chart](http://x/y.png) After that we grew.",
            ["Costs fell by 20%.", "After that we grew."],
        ),
        (
            "I wrote [the guide](http://x.y/z). It helped. **Bold.** Done it.",
            ["I wrote [the guide](http://x.y/z).", "It helped.", "Bold.", "Done it."],
        ),
        (
            "See https://example.com/a.b?x=1! Then I left.",
            ["See https://example.com/a.b?x=1!", "Then I left."],
        ),
        (
            "Steps:\n* first we met\n* then I wrote it",
            ["* first we met", "* then I wrote it"],  # a heading line is no sentence
        ),
    ],
)
def test_markdown_and_addresses_make_no_sentence(text: str, expected: list[str]) -> None:
    sentences = split_sentences(text)
    assert [s.text for s in sentences] == expected
    assert all(text[s.start : s.end] == s.text for s in sentences)


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "the oven died on a busy Sunday\u2026 I rang the engineer and moved mains to the grill",
            [
                "the oven died on a busy Sunday\u2026",
                "I rang the engineer and moved mains to the grill",
            ],
        ),
        # Before a small letter it is a pause inside the sentence, as "..." is.
        ("It was hard\u2026 but I kept going.", ["It was hard\u2026 but I kept going."]),
    ],
)
def test_an_ellipsis_character_ends_a_sentence_as_three_dots_do(
    text: str, expected: list[str]
) -> None:
    assert [s.text for s in split_sentences(text)] == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # A numbered item's number is no sentence end: it was glued to the item before.
        (
            "The canteen ran out twice a week\n1. I counted meals for a month\n2) I moved it",
            [
                "The canteen ran out twice a week",
                "1. I counted meals for a month",
                "2) I moved it",
            ],
        ),
        # A heading line is no sentence whatever the line ending.
        (
            "What I did:\r\n- I told the cook\r\n- I rang them",
            ["- I told the cook", "- I rang them"],
        ),
    ],
)
def test_numbered_items_and_windows_headings_split_by_line(text: str, expected: list[str]) -> None:
    assert [s.text for s in split_sentences(text)] == expected
