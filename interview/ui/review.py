"""Finding past answers on the review page: filter, sort, label, and compare side by side.

The store lists attempts newest first; the review page narrows that list by what a person
remembers (a few words of the question, the competency, roughly when, how it went). These
are plain functions over `AttemptSummary` records so they are tested without a browser.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, Any, Literal

from interview.models import QUESTION_KINDS, Question, QuestionKind
from interview.practice.wording import name_of

if TYPE_CHECKING:
    from interview.history.attempts import Attempt, AttemptSummary

Sort = Literal["newest", "oldest", "best", "worst"]
SORTS: dict[Sort, str] = {
    "newest": "Newest first",
    "oldest": "Oldest first",
    "best": "Highest score first",
    "worst": "Lowest score first",
}


STATUS_NOTES = {"pending": "not analysed yet", "failed": "not analysed"}


@dataclass(frozen=True)
class Filters:
    """What the user narrowed the list by; empty values match everything."""

    words: str = ""
    competencies: tuple[str, ...] = ()
    since: date | None = None
    until: date | None = None
    min_score: float = 0.0


def date_range(picked: object) -> tuple[date | None, date | None]:
    """`st.date_input`'s range value (no, one or two dates) as (since, until)."""
    if isinstance(picked, date):
        return picked, picked
    days = [day for day in picked if isinstance(day, date)] if isinstance(picked, tuple) else []
    return (days[0] if days else None), (days[1] if len(days) > 1 else None)


def local_time(stamp: str) -> datetime:
    """A stored UTC time in the computer's own time zone."""
    return datetime.fromisoformat(stamp).astimezone()


def when(stamp: str, *, seconds: bool = False) -> str:
    return local_time(stamp).strftime("%d %b %Y, %H:%M" + (":%S" if seconds else ""))


def score_text(score: float | None) -> str:
    return "not analysed" if score is None else f"{score:.0f}/100"


def keep(summary: AttemptSummary, filters: Filters) -> bool:
    """Whether one attempt passes every filter (unscored attempts pass a 0 minimum only)."""
    day = local_time(summary.created_at).date()
    words = filters.words.casefold().split()
    text = f"{summary.question_text} {summary.question_id}".casefold()
    score = summary.score
    return (
        all(word in text for word in words)
        and (not filters.competencies or summary.competency in filters.competencies)
        and (filters.since is None or day >= filters.since)
        and (filters.until is None or day <= filters.until)
        and (filters.min_score <= 0 or (score is not None and score >= filters.min_score))
    )


def narrow(
    summaries: Iterable[AttemptSummary], filters: Filters, sort: Sort
) -> list[AttemptSummary]:
    """The attempts passing `filters`, in the order asked for (unscored last by score)."""
    kept = [s for s in summaries if keep(s, filters)]
    if sort in ("newest", "oldest"):
        return sorted(kept, key=lambda s: (s.created_at, s.id), reverse=sort == "newest")
    scored = [s for s in kept if s.score is not None]
    unscored = [s for s in kept if s.score is None]
    return sorted(scored, key=lambda s: s.score or 0.0, reverse=sort == "best") + unscored


def label(summary: AttemptSummary) -> str:
    """How an attempt is named in the picker: when (to the second), the question, the score."""
    text = summary.question_text
    short = text if len(text) <= 70 else text[:69] + "…"
    return f"{when(summary.created_at, seconds=True)} · {short} · {score_text(summary.score)}"


def numbers(attempts: Iterable[AttemptSummary]) -> dict[int, int]:
    """Each attempt's number among the attempts at one question, oldest first (1, 2, 3)."""
    ordered = sorted(attempts, key=lambda a: (a.created_at, a.id))
    return {attempt.id: place for place, attempt in enumerate(ordered, start=1)}


def numbered(attempt: Attempt | AttemptSummary, number: int) -> str:
    """ "Attempt 2 · 03 Dec 2026, 07:45:12 · 71/100": unique even within one minute."""
    return (
        f"Attempt {number} · {when(attempt.created_at, seconds=True)} · {score_text(attempt.score)}"
    )


def answer_notes(summary: AttemptSummary) -> str:
    """How the answer was given, and anything unusual about it ("recording · over time")."""
    notes = ["recording" if summary.has_recording else "typed"]
    if summary.over_time:
        notes.append("over time")
    if summary.status in STATUS_NOTES:
        notes.append(STATUS_NOTES[summary.status])
    return " · ".join(notes)


def table(summaries: Sequence[AttemptSummary]) -> list[dict[str, Any]]:
    """Rows for the list of attempts (few enough columns to fit beside the question)."""
    # The score first: on a phone the last columns are off screen.
    return [
        {
            "Score": "—" if s.score is None else f"{s.score:.0f}",
            "When": when(s.created_at),
            "Question": s.question_text,
            "Competency": name_of(s.competency),
            "Answer": answer_notes(s),
        }
        for s in summaries
    ]


# Each measure with the format its score card uses, so the table and the cards agree
# (pace 179 on both, not 178.8 beside 179).
COMPARED = (
    ("Overall", "score", ".0f"),
    ("STAR", "star_score", ".0f"),
    ("Specificity", "specificity", ".0f"),
    ("Fillers / min", "fillers_per_min", ".1f"),
    ("Fillers / 100 words", "fillers_per_100", ".1f"),
    ("Pace (wpm)", "wpm", ".0f"),
    ("Words", "word_count", ".0f"),
)


def column_name(attempt: Attempt, number: int) -> str:
    """A heading unique to one attempt (two can share a minute, never a second and a number)."""
    return numbered(attempt, number)


def oldest_first(attempts: Iterable[Attempt]) -> list[Attempt]:
    """The order of a comparison's columns, so the table and the transcripts line up."""
    return sorted(attempts, key=lambda a: (a.created_at, a.id))


def comparison(attempts: Sequence[Attempt], number: Mapping[int, int]) -> list[dict[str, Any]]:
    """One row per measure, one column per attempt (oldest first), for side-by-side reading.

    A measure none of them has (pace of typed answers) is left out rather than shown empty;
    one that only some have reads "—" (an answer not analysed), never "None".
    """
    rows = []
    for name, field, spec in COMPARED:
        values = {
            column_name(attempt, number[attempt.id]): getattr(attempt.metrics, field)
            for attempt in oldest_first(attempts)
        }
        if all(value is None for value in values.values()):
            continue
        shown = {k: "—" if v is None else format(float(v), spec) for k, v in values.items()}
        rows.append({"Measure": name, **shown})
    return rows


def as_asked(attempt: Attempt) -> Question:
    """The question an attempt answered, as it was asked (for practising it again when it
    has since left the banks)."""
    kind: QuestionKind = "behavioral"
    for known in QUESTION_KINDS:
        kind = known if attempt.kind == known else kind
    return Question(
        id=attempt.question_id,
        text=attempt.question_text,
        kind=kind,
        competency=attempt.competency,
        answer_seconds=int(attempt.answer_seconds or 120),
    )
