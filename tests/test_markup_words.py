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


PASTED_PAGE = (
    "<p>At the garden centre I ran the tills on Saturdays, and one week the card reader kept "
    "dropping payments.</p><p>I switched two tills to the spare reader and rang the bank's "
    "help line.</p><script>var tracking = 1;</script><p>Queues fell from twenty minutes to five "
    "and we lost no sales.</p>"
)


def test_html_tags_split_paragraphs_and_add_no_words() -> None:
    pasted = analyse(PASTED_PAGE, question=QUESTION)
    texts = [s.sentence.text for s in pasted.star.sentences]
    assert len(texts) == 3
    assert texts[1].startswith("I switched two tills")
    # "</p><p>" is not the word "p" said twice, and a script's code is not words either.
    assert pasted.fillers.total == 0
    plain = analyse(PASTED_PAGE.replace("<script>var tracking = 1;</script>", ""))
    assert pasted.word_count == plain.word_count


def test_a_less_than_sign_that_opens_no_tag_is_kept() -> None:
    answer = "I cut the wait to <5 minutes for every caller. I <3 that job and I said so."
    assert (
        analyse(answer, question=QUESTION).word_count
        == analyse(answer.replace("<", ""), question=QUESTION).word_count
    )


def test_a_heading_line_naming_a_part_is_no_sentence() -> None:
    answer = (
        "**Situation:** A Friday with 90 covers booked and the dishwasher broken.\n"
        "**Action:**\n"
        "- I moved two porters onto hand washing\n"
        "- I swapped the dessert plates for paper boats\n"
        "**Result:** We served all 90 covers on time."
    )
    texts = [s.sentence.text for s in analyse(answer, question=QUESTION).star.sentences]
    assert not any(text.strip("*: ") == "Action" for text in texts)
    assert "- I moved two porters onto hand washing" in texts


def test_a_numbered_item_s_number_is_no_figure() -> None:
    listed = (
        "Steps I took:\n1. I rang the supplier\n2. I moved the delivery day\n3. I told the cook"
    )
    facts = analyse(listed, question=QUESTION).specificity.facts
    assert [fact.text for fact in facts] == []
