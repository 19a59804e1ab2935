"""The STAR-marked transcript: escaped user text, a label per sentence, fillers marked."""

from __future__ import annotations

import pytest

from interview.analysis import analyse
from interview.analysis.from_json import locate_sentences
from interview.ui.transcript import analysis_html, transcript_html

TEXT = "Our build broke. Um, I fixed the script. It now takes two minutes."
SENTENCES = [
    {"text": "Our build broke.", "star": "situation"},
    {"text": "Um, I fixed the script.", "star": "action"},
    {"text": "It now takes two minutes.", "star": "result"},
]
FILLERS = [(17, 19, "filler")]


def test_each_sentence_carries_its_label_in_order() -> None:
    sentences = locate_sentences(TEXT, SENTENCES)
    markup = transcript_html(TEXT, sentences, FILLERS, labelled=True)
    labels = [markup.find(label) for label in ("SITUATION", "ACTION", "RESULT")]
    assert all(index >= 0 for index in labels) and labels == sorted(labels)
    assert 'title="filler word"' in markup and ">Um</mark>" in markup


@pytest.mark.parametrize(
    ("answer", "shown", "never"),
    [
        (
            "<script>alert(1)</script> I led it.",
            "&lt;script&gt;alert(1)&lt;/script&gt;",
            "<script>",
        ),
        ('I said "<b>no</b>" & left.', "&quot;&lt;b&gt;no&lt;/b&gt;&quot; &amp; left", "<b>no"),
        ("First line.\n\n\n# Not a heading", "First line. # Not a heading", "\n\n"),
    ],
)
def test_user_text_is_escaped_never_markup(answer: str, shown: str, never: str) -> None:
    sentences = locate_sentences(answer, [{"text": answer, "star": None}])
    markup = transcript_html(answer, sentences, labelled=True)
    assert shown in markup
    assert never not in markup


def test_sentence_spans_win_over_searching() -> None:
    text = "We shipped. We shipped."
    pieces = locate_sentences(
        text,
        [{"text": "We shipped.", "star": "result", "start": 12, "end": 23}],
    )
    assert [(p.part, p.sentence.start, p.sentence.end) for p in pieces] == [("result", 12, 23)]


@pytest.mark.parametrize(
    ("sentences", "expected"),
    [
        ([{"text": "It now takes two minutes.", "star": "result"}], [("result", 41, 66)]),
        ([{"text": "Not in the answer.", "star": "task"}], []),
        ([{"text": "Our build broke.", "star": "bogus"}], [(None, 0, 16)]),
    ],
)
def test_sentences_are_found_in_the_text(
    sentences: list[dict[str, str]], expected: list[tuple[str | None, int, int]]
) -> None:
    pieces = locate_sentences(TEXT, sentences)
    assert [(p.part, p.sentence.start, p.sentence.end) for p in pieces] == expected


def test_unanalysed_text_is_still_shown_escaped() -> None:
    assert "a &lt; b" in analysis_html("a < b", None)


def test_hr_answers_get_no_star_labels_but_keep_their_marks() -> None:
    text = "I think I am, um, calm."
    sentences = locate_sentences(text, [{"text": text, "star": None}])
    marks = [(0, 7, "hedge"), (14, 16, "filler")]
    markup = transcript_html(text, sentences, marks, labelled=False)
    assert "OTHER" not in markup and "ic-star" not in markup
    assert 'title="hedge"' in markup and ">I think</mark>" in markup
    assert 'title="filler word"' in markup and ">um</mark>" in markup


def test_an_analysed_answer_is_marked_from_its_typed_analysis() -> None:
    answer = "Um, our build broke. I think I fixed the script, and it now takes two minutes."
    markup = analysis_html(answer, analyse(answer, kind="hr"))
    assert 'title="filler word"' in markup and 'title="hedge"' in markup
    assert "ic-star" not in markup
