"""The plan, the timeline and the remembered choices, read from the store as they are now.

Front ends call these instead of assembling the parts themselves: the CLI's `plan` and
the Interviews page get the same plan from the same debriefs, practice history, saved job
advert and next-interview date. The advert and the date are kept with the app's other
remembered settings (`app_settings`), so the plan survives a restart.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from interview.history import interviews as storage
from interview.history.store import HistoryStore
from interview.interviews.advert import AdvertReport, read_advert, report_from_dict
from interview.interviews.log import check_date
from interview.interviews.plan import PLAN_QUESTIONS, Plan, build_plan
from interview.interviews.timeline import TimelineEntry, timeline
from interview.models import Question
from interview.questions import Weights

ADVERT_KEY = "interviews.advert"
NEXT_DATE_KEY = "interviews.next_date"
SENDER_KEY = "interviews.sender"


def saved_advert(store: HistoryStore) -> AdvertReport:
    return report_from_dict(store.get_setting(ADVERT_KEY, {}))


def save_advert(store: HistoryStore, text: str) -> AdvertReport:
    """Read an advert's competencies and keep them for the plan."""
    report = read_advert(text)
    store.set_setting(ADVERT_KEY, report.to_dict())
    return report


def forget_advert(store: HistoryStore) -> None:
    store.set_setting(ADVERT_KEY, {})


def next_interview(store: HistoryStore) -> date | None:
    raw = store.get_setting(NEXT_DATE_KEY)
    return date.fromisoformat(raw) if isinstance(raw, str) and raw else None


def set_next_interview(store: HistoryStore, value: str | date | None) -> None:
    """Remember the date of the next interview (None forgets it)."""
    if isinstance(value, date):
        value = value.isoformat()
    store.set_setting(NEXT_DATE_KEY, check_date(value, "next interview date") if value else "")


def current_plan(
    store: HistoryStore,
    bank: Sequence[Question],
    *,
    today: date | None = None,
    before: date | None = None,
    total: int = PLAN_QUESTIONS,
) -> Plan:
    """The plan from everything stored; `before` overrides the remembered interview date."""
    return build_plan(
        storage.list_interviews(store),
        storage.practice_rows(store),
        bank,
        advert=saved_advert(store).pairs(),
        today=today or date.today(),
        next_interview=before or next_interview(store),
        total=total,
    )


def current_timeline(store: HistoryStore) -> tuple[TimelineEntry, ...]:
    return timeline(storage.list_interviews(store), storage.practice_rows(store))


def weak_area_weights(store: HistoryStore, bank: Sequence[Question]) -> Weights:
    """What "focus on my weak areas" favours: the practice history's weights, raised for the
    practice plan's focus competencies (from debriefs, employer feedback and a job advert)."""
    from interview.history.progress import progress_summary  # noqa: PLC0415 - pandas

    return practice_weights(store, bank, progress_summary(store).weights())


def practice_weights(store: HistoryStore, bank: Sequence[Question], history: Weights) -> Weights:
    """Weak-area weights: the history's, raised for the plan's focus competencies."""
    planned = current_plan(store, bank).weights().competency
    merged = dict(history.competency)
    for competency, weight in planned.items():
        merged[competency] = max(merged.get(competency, 0.0), weight)
    return Weights(competency=merged, star_part=dict(history.star_part))
