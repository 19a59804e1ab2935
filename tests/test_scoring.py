import pytest

from interview.analysis import analyse
from interview.analysis.delivery import DeliveryReport, Pause
from interview.analysis.scoring import (
    CAPS,
    DEMAND_CAP,
    WEIGHTS,
    ScoreCap,
    ScorePart,
    gain,
    negativity_score,
    overall_score,
    pace_score,
    rate_score,
    score_cap,
    score_parts,
)


@pytest.mark.parametrize(
    "per_100,score",
    [(0.0, 100), (1.0, 100), (2.0, 90), (3.5, 75), (6.0, 50), (11.0, 0), (30.0, 0)],
)
def test_rate_score(per_100: float, score: int) -> None:
    assert rate_score(per_100) == score


@pytest.mark.parametrize("remarks,score", [(0, 100), (1, 50), (2, 0), (5, 0)])
def test_negativity_score(remarks: int, score: int) -> None:
    assert negativity_score(remarks) == score


def _delivery(
    wpm: float | None, *, long_pauses: int = 0, late_start: bool = False
) -> DeliveryReport:
    pauses = tuple(Pause(10.0 * i, 10.0 * i + 3, 3.0, long=True) for i in range(long_pauses))
    return DeliveryReport(
        duration_s=60.0,
        word_count=140,
        speaking_s=60.0,
        wpm=wpm,
        pace=None,
        pace_direction=None,
        pauses=pauses,
        first_word_s=3.0 if late_start else 0.5,
        late_start=late_start,
    )


@pytest.mark.parametrize(
    "wpm,long_pauses,late_start,score",
    [
        (145.0, 0, False, 100),
        (130.0, 0, False, 100),
        (160.0, 0, False, 100),
        (190.0, 0, False, 40),
        (110.0, 0, False, 60),
        (250.0, 0, False, 0),
        (145.0, 2, False, 90),
        (145.0, 0, True, 90),
        (None, 0, False, None),
    ],
)
def test_pace_score(
    wpm: float | None, long_pauses: int, late_start: bool, score: int | None
) -> None:
    assert pace_score(_delivery(wpm, long_pauses=long_pauses, late_start=late_start)) == score


def test_weights_renormalise_over_the_parts_that_apply() -> None:
    scores: dict[str, int | None] = {
        "star": None,
        "specificity": 80,
        "fillers": 100,
        "hedges": 90,
        "length": 50,
        "negativity": 100,
        "pace": None,
    }
    parts = score_parts(scores)
    assert [part.area for part in parts] == [
        "specificity",
        "fillers",
        "hedges",
        "length",
        "negativity",
    ]
    assert sum(part.weight for part in parts) == pytest.approx(1.0)
    total = 25 + 10 + 5 + 10 + 10
    expected = (25 * 80 + 10 * 100 + 5 * 90 + 10 * 50 + 10 * 100) / total
    assert overall_score(parts) == round(expected)


def test_every_area_has_a_weight_and_all_weights_sum_to_100() -> None:
    # STAR applies to stories only and the HR content to HR answers only: never together.
    story = {area: w for area, w in WEIGHTS.items() if area != "hr_content"}
    assert sum(story.values()) == 100
    parts = score_parts(dict.fromkeys(story, 100))
    assert overall_score(parts) == 100
    assert [part.weight for part in parts] == [w / 100 for w in story.values()]


def test_an_hr_answer_weighs_its_content_instead_of_star() -> None:
    hr = {area: 100 for area in WEIGHTS if area != "star"} | {"hr_content": 0}
    parts = {part.area: part for part in score_parts(hr)}
    total = sum(WEIGHTS.values()) - WEIGHTS["star"]
    assert parts["hr_content"].weight == pytest.approx(WEIGHTS["hr_content"] / total)
    assert overall_score(tuple(parts.values())) == round(100 * (total - 35) / total)


@pytest.mark.parametrize(
    "area,points,expected",
    [
        ("length", 50.0, 7 / 55 * 50),
        ("length", 80.0, 7 / 55 * 50),  # capped at 100
        ("specificity", 20.0, 40 / 55 * 20),
        ("fillers", 30.0, 0.0),  # already 100
        ("star", 10.0, 0.0),  # does not apply
    ],
)
def test_gain_is_weighted_and_capped(area: str, points: float, expected: float) -> None:
    parts = score_parts({"specificity": 50, "fillers": 100, "length": 50, "star": None})
    assert gain(parts, area, points) == pytest.approx(expected)


def test_to_dict() -> None:
    (part,) = score_parts({"specificity": 77})
    assert part.to_dict() == {"area": "specificity", "score": 77, "weight": 1.0, "points": 77.0}


# Ranking as a coach would, on answers of our own to one question.
RANK_Q = "Tell me about a time you disagreed with a colleague."
RANK_ANSWERS = {
    "specific": (
        "In June 2023 at Hillcrest Pharmacy, our dispenser Tom wanted to stop the evening "
        "stock check to save time. I disagreed, because two of last month's 14 shortages came "
        "from it. I showed him the shortage log and proposed a 10-minute check before close "
        "instead of 30. We tried it for four weeks. Shortages fell from 14 to 3 a month, and "
        "Tom now runs the check himself."
    ),
    "vague": (
        "I had a disagreement with a colleague once about how we did some things at work. "
        "We talked about it and kind of worked it out between us. "
        "It was fine in the end."
    ),
    "one-liner": "Yes.",
    "off-topic": (
        "In 2021 I moved our billing system to a new provider. I wrote the scripts, tested "
        "them on 50,000 accounts and ran the switch over a weekend. Payment failures fell from "
        "4% to 0.5% and finance closed the month two days earlier."
    ),
    "hypothetical": (
        "I would first talk to the colleague privately to understand their side. Then I "
        "would look for common ground and agree a plan we could both live with. If that "
        "did not work, I would involve my manager."
    ),
    "generic": (
        "I always get on well with everyone I work with. I believe communication is the "
        "key to resolving any disagreement, and I never let it get personal."
    ),
    "contempt": (
        "Last year at the pharmacy my colleague kept changing the stock check, and honestly "
        "he was an idiot about it. My manager was useless too, so I just did the check my way "
        "every evening and ignored them. It got done."
    ),
}


@pytest.mark.parametrize(
    "better,worse",
    [
        ("specific", "vague"),
        ("vague", "one-liner"),
        ("vague", "off-topic"),
        ("vague", "hypothetical"),
        ("vague", "generic"),
        ("specific", "off-topic"),
        # Speaking badly of colleagues is a warning an interviewer hears above all else.
        ("vague", "contempt"),
    ],
)
def test_scores_rank_answers_as_a_coach_would(better: str, worse: str) -> None:
    def score(name: str) -> int:
        return analyse(RANK_ANSWERS[name], question=RANK_Q, competency="conflict").score

    assert score(better) > score(worse)


@pytest.mark.parametrize(
    "words,credit",
    [(0, 0.0), (6, 0.1), (30, 0.5), (60, 1.0), (600, 1.0)],
)
def test_clean_areas_are_credited_by_what_was_said(words: int, credit: float) -> None:
    parts = score_parts({"specificity": 50, "fillers": 100}, words=words)
    weights = {part.area: part.weight for part in parts}
    expected = WEIGHTS["fillers"] * credit / (WEIGHTS["fillers"] * credit + WEIGHTS["specificity"])
    assert weights["fillers"] == pytest.approx(expected)


@pytest.mark.parametrize(
    "real_example,off_topic,reason,score",
    [
        (True, False, None, 80),
        (False, False, "not_a_real_example", 32),
        (True, True, "off_topic", 24),
        (False, True, "off_topic", 24),  # the strictest cap applies
    ],
)
def test_caps(real_example: bool, off_topic: bool, reason: str | None, score: int) -> None:
    parts = score_parts({"specificity": 80})
    cap = score_cap(real_example=real_example, off_topic=off_topic, parts=parts)
    _check_cap(parts, cap, reason, score)


@pytest.mark.parametrize(
    "off_topic,reason,score", [(False, "speaks_badly", 48), (True, "off_topic", 24)]
)
def test_speaking_badly_of_people_caps_the_score(off_topic: bool, reason: str, score: int) -> None:
    parts = score_parts({"specificity": 80})
    cap = score_cap(real_example=True, off_topic=off_topic, parts=parts, speaks_badly=True)
    _check_cap(parts, cap, reason, score)


def _check_cap(
    parts: list[ScorePart], cap: ScoreCap | None, reason: str | None, score: int
) -> None:
    assert (cap.reason if cap else None) == reason
    assert overall_score(parts, cap) == score
    if cap is not None:
        assert cap.uncapped == 80
        assert cap.factor == CAPS[reason]


@pytest.mark.parametrize("demand,score", [(False, 48), (True, 24)])
def test_a_demand_on_pay_caps_like_an_answer_off_the_question(demand: bool, score: int) -> None:
    parts = score_parts({"specificity": 80})
    cap = score_cap(real_example=True, off_topic=False, parts=parts, attitude=True, demand=demand)
    assert cap is not None and cap.reason == "attitude"
    assert cap.factor == (DEMAND_CAP if demand else CAPS["attitude"])
    assert overall_score(parts, cap) == score
