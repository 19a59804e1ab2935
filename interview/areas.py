"""The one table of feedback areas: what each is called, where it sorts, when it applies.

Tips (one answer), weak areas (the history), the coaching cards and the feedback page all
name the same areas. Keeping them in one table means a new kind of tip is one builder plus
one row here, and a label never differs between two pages.

Two orders are kept because they answer two questions: `order` is the reading order of a
report (the STAR parts first, as the story runs) and breaks ties between tips of equal gain;
`lever` ranks areas that are equally weak in the history, the bigger lever on a listener
first (a missing result before a missing situation).
"""

from __future__ import annotations

from dataclasses import dataclass

# The pace a listener follows easily, in words per minute: the pace score, the pace tip,
# the pace weak area and the pace chart all use this band.
GOOD_WPM = (130.0, 160.0)


@dataclass(frozen=True)
class Area:
    """One feedback area.

    Attributes:
        key: the name stored in tips and weak areas ("result", "fillers").
        label: a short heading for a tip ("Result", "Fillers").
        title: what practising it means, for the weak-area cards ("Ending with the result").
        order: reading order of a report; ties between equal tips go to the lower.
        lever: rank between equally weak areas in the history, or None when the history
            does not judge this area.
        spoken_only: True when only a spoken answer can show it (fillers per minute, pace),
            so practising it needs a recording.
    """

    key: str
    label: str
    title: str
    order: int
    lever: int | None
    spoken_only: bool = False


AREAS: tuple[Area, ...] = (
    Area("situation", "Situation", "Setting the scene (Situation)", 0, 3),
    Area("task", "Task", "Saying what you had to do (Task)", 1, 4),
    Area("action", "Action", "Describing your own actions (Action)", 2, 1),
    Area("result", "Result", "Ending with the result (Result)", 3, 0),
    Area("specificity", "Specificity", "Being specific", 4, 2),
    Area("ownership", "Ownership", "Saying “I” for what you did", 5, 5),
    Area("negativity", "Negativity", "Speaking well of others", 6, None),
    Area("length", "Length", "Answer length", 7, 6),
    Area("fillers", "Fillers", "Filler words", 8, 7, spoken_only=True),
    Area("hedges", "Hedges", "Hedging (“I think”, “maybe”)", 9, 9),
    Area("pace", "Pace", "Speaking pace", 10, 8, spoken_only=True),
    Area("example", "Real example", "Telling a real example, not a plan", 11, None),
    Area("relevance", "Relevance", "Answering the question asked", 12, None),
    Area("attitude", "Attitude", "How your answer comes across", 13, None),
    Area("hr_content", "Content", "Saying what the question asks for", 14, None),
    Area("repetition", "Repetition", "Saying each point once", 15, None),
)
BY_KEY = {area.key: area for area in AREAS}


def _fallback(key: str) -> str:
    return key.replace("_", " ").capitalize()


def area_label(key: str) -> str:
    """A tip's area as a short heading; an unknown key readably ("star_task" -> "Star task")."""
    area = BY_KEY.get(key)
    return area.label if area else _fallback(key)


def area_title(key: str) -> str:
    """What practising an area means, for the weak-area cards."""
    area = BY_KEY.get(key)
    return area.title if area else _fallback(key)


def report_order(key: str) -> int:
    """Where an area sorts in a report; raises KeyError for an area not in the table."""
    return BY_KEY[key].order


def lever_rank(key: str) -> int:
    """Where an area sorts among equally weak ones; KeyError if the history does not judge it."""
    lever = BY_KEY[key].lever
    if lever is None:
        raise KeyError(key)
    return lever


def is_spoken_only(key: str) -> bool:
    """True when only a spoken answer can show this area."""
    area = BY_KEY.get(key)
    return area is not None and area.spoken_only
