"""Why a competency needs practice: every piece of evidence, with its weight and its words.

Five sources, each turned into `Evidence` (points and a reason the user can read):

    source            points, and a reason such as
    low ratings       per question rated 1: 3, rated 2: 2, rated 3: 0.5; x0.7 for older
                      interviews. "you rated 2 questions on conflict 1-2 in the Acme interview"
    recurring         1 per interview beyond the first it came up in.
                      "it came up in 3 of your interviews"
    employer feedback 2 per interview whose feedback points to it.
                      "Acme's feedback mentioned 'conflict'"
    practice history  up to 2 for a low recent score, up to 1 for a STAR part the recent
                      answers keep missing. "your last 4 conflict answers lacked a result"
    job advert        1.5. "the job advert asks for it ('team player')"

The weights are a judgement, written down here so they can be argued with: how the user
felt in a real interview counts most, then what the employer said, then practice figures.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from interview.history.interviews import PracticeRow
from interview.interviews.lexicon import find_phrases
from interview.interviews.log import Interview

RATING_POINTS = {1: 3.0, 2: 2.0, 3: 0.5}
OLDER_INTERVIEW = 0.7
RECURRING_POINTS = 1.0
FEEDBACK_POINTS = 2.0
ADVERT_POINTS = 1.5
RECENT_ANSWERS = 4
LOW_SCORE = 60.0
_PARTS = (("star_result", "a result"), ("star_situation", "a clear situation"))
_PARTS_ACTION = ("star_action", "what you did yourself")


@dataclass(frozen=True)
class Evidence:
    """One reason a competency needs practice.

    Attributes:
        competency: the competency it is about.
        points: how much it counts (see the module docstring).
        reason: the reason in words, starting lower-case, ready to join.
    """

    competency: str
    points: float
    reason: str


def _words(competency: str) -> str:
    """A competency as it reads in a sentence: "failure-and-learning" -> "failure and
    learning" (the slug is for the store and the JSON, not for the user)."""
    return competency.replace("-", " ")


def _questions_word(count: int) -> str:
    return "a question" if count == 1 else f"{count} questions"


def from_ratings(interviews: Sequence[Interview]) -> list[Evidence]:
    """Questions rated 1-3, per interview and competency (newest interview first given)."""
    out: list[Evidence] = []
    for index, interview in enumerate(interviews):
        weight = 1.0 if index == 0 else OLDER_INTERVIEW
        low: dict[str, list[int]] = defaultdict(list)
        for question in interview.questions:
            if question.competency and question.rating in RATING_POINTS:
                low[question.competency].append(question.rating)
        for competency, ratings in low.items():
            points = weight * sum(RATING_POINTS[r] for r in ratings)
            hard = [r for r in ratings if r <= 2]
            if hard:
                scale = f"{min(hard)}" if len(set(hard)) == 1 else "1-2"
                reason = (
                    f"you rated {_questions_word(len(hard))} on {_words(competency)} {scale} "
                    f"in the {interview.company} interview"
                )
            else:
                reason = f"{_words(competency)} went only okay in the {interview.company} interview"
            out.append(Evidence(competency, points, reason))
    return out


def from_recurrence(interviews: Sequence[Interview]) -> list[Evidence]:
    """Competencies asked about in more than one interview: likely to be asked again."""
    seen: dict[str, int] = defaultdict(int)
    for interview in interviews:
        for competency in {q.competency for q in interview.questions if q.competency}:
            seen[competency] += 1
    return [
        Evidence(c, RECURRING_POINTS * (n - 1), f"it came up in {n} of your interviews")
        for c, n in sorted(seen.items())
        if n > 1
    ]


def from_feedback(interviews: Sequence[Interview]) -> list[Evidence]:
    """The employer's feedback mapped to competencies through the lexicon."""
    out: list[Evidence] = []
    for interview in interviews:
        phrases: dict[str, list[str]] = defaultdict(list)
        for hit in find_phrases(interview.feedback):
            phrases[hit.competency].append(hit.phrase)
        for competency, found in phrases.items():
            quoted = ", ".join(f"'{p}'" for p in found[:2])
            out.append(
                Evidence(
                    competency,
                    FEEDBACK_POINTS,
                    f"{interview.company}'s feedback mentioned {quoted}",
                )
            )
    return out


def _missing_part(recent: Sequence[PracticeRow]) -> tuple[str, int] | None:
    for name, words in (*_PARTS, _PARTS_ACTION):
        missing = sum(getattr(row, name) is False for row in recent)
        if missing * 2 > len(recent):
            return words, missing
    return None


def from_practice(rows: Sequence[PracticeRow], competencies: Iterable[str]) -> list[Evidence]:
    """Recent practice answers per competency: a low score, a STAR part often left out."""
    out: list[Evidence] = []
    for competency in competencies:
        recent = [r for r in rows if r.competency == competency][-RECENT_ANSWERS:]
        if not recent:
            continue
        count = len(recent)
        scores = [r.score for r in recent if r.score is not None]
        mean = sum(scores) / len(scores) if scores else None
        if mean is not None and mean < LOW_SCORE:
            points = min(2.0, (LOW_SCORE - mean) / 20)
            named = _words(competency)
            reason = (
                f"your last {named} answer scored {mean:.0f} out of 100"
                if count == 1
                else f"your last {count} {named} answers averaged {mean:.0f} out of 100"
            )
            out.append(Evidence(competency, points, reason))
        gap = _missing_part(recent)
        if gap is not None:
            words, missing = gap
            lead = f"{missing} of your last {count}" if missing < count else f"your last {count}"
            lead = "your last" if count == 1 else lead  # not "your last 1 answer"
            noun = "answer" if count == 1 else "answers"
            out.append(
                Evidence(
                    competency,
                    missing / count,
                    f"{lead} {_words(competency)} {noun} lacked {words}",
                )
            )
    return out


def from_advert(competencies: Iterable[tuple[str, Sequence[str]]]) -> list[Evidence]:
    """The competencies a saved job advert asks for, with a phrase it used."""
    return [
        Evidence(name, ADVERT_POINTS, f"the job advert asks for it ('{phrases[0]}')")
        for name, phrases in competencies
        if phrases
    ]
