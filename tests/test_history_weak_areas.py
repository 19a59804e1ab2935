"""Each area's value, severity and next action over a window of attempts."""

from __future__ import annotations

from typing import Any

import pandas as pd
import pytest

from interview.history.weak_areas import judge_areas

COLUMNS = (
    "specificity",
    "ownership",
    "hedges_per_100",
    "fillers_per_min",
    "fillers_per_100",
    "wpm",
    "length_verdict",
    "star_situation",
    "star_task",
    "star_action",
    "star_result",
)


def window(rows: int = 4, **values: Any) -> pd.DataFrame:
    """A window of `rows` attempts: every column None unless given (one value or a list)."""
    data = {}
    for column in COLUMNS:
        given = values.get(column)
        data[column] = given if isinstance(given, list) else [given] * rows
    return pd.DataFrame(data)


def area(frame: pd.DataFrame, name: str) -> Any:
    return {a.area: a for a in judge_areas(frame)}[name]


@pytest.mark.parametrize(
    "column,value,name,severity",
    [
        ("specificity", 70.0, "specificity", 0.0),
        ("specificity", 35.0, "specificity", 0.5),
        ("specificity", 0.0, "specificity", 1.0),
        ("ownership", 0.3, "ownership", 0.5),
        ("ownership", 0.9, "ownership", 0.0),
        ("hedges_per_100", 3.0, "hedges", 0.5),
        ("fillers_per_min", 6.0, "fillers", 0.5),
        ("fillers_per_min", 1.0, "fillers", 0.0),
        ("fillers_per_100", 3.5, "fillers", 0.5),
        ("wpm", 145.0, "pace", 0.0),
        ("wpm", 110.0, "pace", 0.5),
        ("wpm", 220.0, "pace", 1.0),
    ],
)
def test_severity_follows_the_documented_thresholds(
    column: str, value: float, name: str, severity: float
) -> None:
    found = area(window(**{column: value}), name)
    assert found.severity == pytest.approx(severity)
    assert found.value == pytest.approx(value)


@pytest.mark.parametrize("wpm,advice", [(100.0, "Speed up"), (190.0, "Slow down")])
def test_pace_advice_depends_on_which_way_it_is_off(wpm: float, advice: str) -> None:
    assert area(window(wpm=wpm), "pace").action.startswith(advice)


@pytest.mark.parametrize(
    "verdicts,value,advice",
    [
        (["too_short", "too_short", "ok", "ok"], 0.5, "Give the whole story"),
        (["too_long", "too_long", "too_long", "ok"], 0.75, "Trim"),
    ],
)
def test_length_is_the_share_outside_the_band(
    verdicts: list[str], value: float, advice: str
) -> None:
    found = area(window(length_verdict=verdicts), "length")
    assert (found.value, found.action.split(":")[0].startswith(advice)) == (value, True)


def test_a_star_part_is_judged_only_on_answers_where_star_applies() -> None:
    frame = window(
        star_result=[False, None, False, True],
        star_situation=[True, None, True, True],
        star_task=[True, None, True, True],
        star_action=[True, None, True, True],
    )
    result = area(frame, "result")
    assert (result.value, result.attempts) == (0.67, 3)
    assert judge_areas(frame)[0].area == "result"


def test_areas_without_data_are_skipped_not_guessed() -> None:
    assert judge_areas(window(specificity=50.0)) == (area(window(specificity=50.0), "specificity"),)


def test_areas_are_sorted_weakest_first() -> None:
    frame = window(specificity=60.0, hedges_per_100=5.0, ownership=0.3)
    assert [a.area for a in judge_areas(frame)] == ["hedges", "ownership", "specificity"]


@pytest.mark.parametrize(
    "values,name,words",
    [
        ({"star_result": [False, True, True, True]}, "result", "25% of STAR answers missing it"),
        ({"ownership": 0.3}, "ownership", "30% median share of 'I' among 'I' and 'we'"),
        ({"hedges_per_100": 4.5}, "hedges", "4.5 median hedges per 100 words"),
        ({"length_verdict": "too_short"}, "length", "100% of answers outside the length band"),
    ],
)
def test_measure_says_the_value_in_its_units(values: dict[str, Any], name: str, words: str) -> None:
    assert area(window(**values), name).measure().startswith(words)


@pytest.mark.parametrize(
    "kinds,advice",
    [
        (["hr", "hr", "hr", "behavioral"], "on HR questions"),
        (["behavioral", "behavioral", "hr", "hr"], "on behavioral questions"),
    ],
)
def test_length_advice_fits_the_kind_of_question_answered_short(
    kinds: list[str], advice: str
) -> None:
    # Someone who practised HR questions is not told to give a 1-2 minute story.
    frame = window(length_verdict=["too_short"] * 3 + ["ok"]).assign(kind=kinds)
    assert advice in area(frame, "length").action


def test_specificity_advice_fits_someone_practising_hr_questions() -> None:
    hr = window(specificity=30.0).assign(kind=["hr", "hr", "hr", "behavioral"])
    assert "one thing you did" in area(hr, "specificity").action
    stories = window(specificity=30.0).assign(kind=["behavioral"] * 3 + ["hr"])
    assert "named tool" in area(stories, "specificity").action
