"""The table of feedback areas (interview.areas): labels, orders, spoken-only."""

from __future__ import annotations

import pytest

from interview.areas import AREAS, BY_KEY, area_label, area_title, is_spoken_only, lever_rank
from interview.models import STAR_PARTS


def test_keys_and_orders_are_unique() -> None:
    assert len(BY_KEY) == len(AREAS)
    assert sorted(a.order for a in AREAS) == list(range(len(AREAS)))
    levers = [a.lever for a in AREAS if a.lever is not None]
    assert sorted(levers) == list(range(len(levers)))


def test_the_report_order_runs_as_a_story_does() -> None:
    by_order = [a.key for a in sorted(AREAS, key=lambda a: a.order)]
    assert by_order[:4] == list(STAR_PARTS)


@pytest.mark.parametrize(
    "key,label,title",
    [
        ("result", "Result", "Ending with the result (Result)"),
        ("fillers", "Fillers", "Filler words"),
        ("star_task", "Star task", "Star task"),
    ],
)
def test_labels(key: str, label: str, title: str) -> None:
    assert (area_label(key), area_title(key)) == (label, title)


@pytest.mark.parametrize("key,spoken", [("pace", True), ("fillers", True), ("result", False)])
def test_spoken_only(key: str, spoken: bool) -> None:
    assert is_spoken_only(key) is spoken


def test_the_history_does_not_rank_negativity() -> None:
    with pytest.raises(KeyError):
        lever_rank("negativity")
    assert lever_rank("result") < lever_rank("situation")
