"""Web addresses, images and link targets in a pasted answer are not words said: the word
count, length, specificity and filler/hedge rates read the answer with them blanked, while
the sentences shown still quote it as pasted (`markup.mask_markup`, `pipeline`)."""

from __future__ import annotations

import pytest

from interview.analysis import analyse
from interview.errors import AnswerError

PLAIN = (
    "Um, I rewrote our billing service in Go over six weeks. I set up alerts in Grafana so "
    "the team saw failures early. I think errors fell by 40 percent and support tickets "
    "halved."
)
ADDRESS = "https://grafana.example.com/d/abc-123/billing-errors?orgId=1&from=2023"
LINKED = PLAIN.replace("in Grafana", f"in [Grafana]({ADDRESS})").replace(
    "early.",
    "early (see https://www.example.com/2023/billing-report-v2 and "
    "![chart](http://x.example/2024/chart.png)).",
)
QUESTION = "Tell me about a time you improved a system."


def test_addresses_and_images_add_no_words() -> None:
    plain = analyse(PLAIN, question=QUESTION)
    linked = analyse(LINKED, question=QUESTION)
    # "see" and "and" are words said; the addresses and the image are not.
    assert linked.word_count == plain.word_count + 2
    assert linked.length.seconds == pytest.approx(plain.length.seconds * (33 / 31), abs=0.2)


def test_addresses_add_no_figures_or_names() -> None:
    plain = analyse(PLAIN, question=QUESTION).specificity
    linked = analyse(LINKED, question=QUESTION).specificity
    assert [f.text for f in linked.facts] == [f.text for f in plain.facts]
    assert [n.text for n in linked.names] == [n.text for n in plain.names]


def test_filler_and_hedge_rates_count_only_words_said() -> None:
    linked = analyse(LINKED, question=QUESTION)
    words = analyse(PLAIN, question=QUESTION).word_count + 2  # "see" and "and"
    assert linked.fillers.total == 1
    assert linked.fillers.per_100_words == pytest.approx(100 / words, abs=0.05)
    assert linked.hedges.per_100_words == pytest.approx(100 * linked.hedges.total / words, abs=0.05)


def test_sentences_still_quote_the_answer_as_pasted() -> None:
    linked = analyse(LINKED, question=QUESTION)
    texts = [s.sentence.text for s in linked.star.sentences]
    assert any(ADDRESS in text for text in texts)
    assert any("![chart](http://x.example/2024/chart.png)" in text for text in texts)


def test_an_answer_of_only_an_address_is_refused_clearly() -> None:
    with pytest.raises(AnswerError, match="web addresses"):
        analyse("https://example.com/my-answer", question=QUESTION)
