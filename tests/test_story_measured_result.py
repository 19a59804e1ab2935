"""A result whose figure is a number word is measurable: the STAR findings and the
specificity check agree on it (`analysis.story.with_measured_result`). Our own answers."""

from __future__ import annotations

import pytest

from interview.analysis import analyse

STORY = (
    "Last autumn our charity's winter appeal had no way to reach older donors who do not "
    "use email. As the volunteer coordinator I had to get the appeal to them before "
    "December. I wrote a letter, printed it at the library and got the youth group to "
    "hand-address the envelopes. "
)
QUESTION = "Tell me about a time you solved a problem creatively."


@pytest.mark.parametrize(
    "result,measurable",
    [
        ("Forty letters went out.", True),
        ("A dozen donors sent cheques.", True),
        ("The appeal raised twice what it did the year before.", True),
        ("Half the donors wrote back.", True),
        ("One day the printer broke.", False),  # "one day" opens a story, it measures nothing
        ("Once it was done everyone was happy.", False),
    ],
)
def test_number_words_make_a_result_measurable(result: str, measurable: bool) -> None:
    answer = analyse(STORY + result, question=QUESTION)
    codes = {finding.code for finding in answer.star.findings}
    assert answer.specificity.measurable_result is measurable
    assert ("result_not_measurable" in codes) is not measurable
    assert not any("no measurable outcome" in tip.message for tip in answer.tips) or not measurable
