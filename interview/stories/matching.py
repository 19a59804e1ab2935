"""Which of the user's stories fit a question, and why: shared competency and shared words.

Shown in practice on request, after the thinking time, so the user first tries to recall a
story themselves. The fit is deterministic and explained:

    fit = COMPETENCY_POINTS if the story shows the question's competency
        + 1 per content word the question (and its key points) shares with the story

Content words are the question's words less a short list of function words and the words
every interview question uses ("tell", "time", "describe"). A story fits when fit > 0.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from interview.analysis.tokens import tokenize
from interview.history.stories import StoryRecord
from interview.models import Question

COMPETENCY_POINTS = 3
MAX_SHOWN = 3
_STOP_WORDS = """a an the and or but if of to in on at for with by from as is are was were be been
    being have has had do did does you your yours i me my we our us they them their it its
    this that these those what when where which who whom why how about into than then there
    tell describe give example time times situation share walk talk through would could
    should can will once ever had any some one most more me myself yourself"""
_STOP = frozenset(_STOP_WORDS.split())


@dataclass(frozen=True)
class StoryFit:
    """One story that fits a question, with the reasons."""

    story: StoryRecord
    fit: int
    competency: bool
    shared_words: tuple[str, ...]

    def reason(self) -> str:
        """Why it fits, in a sentence."""
        reasons = []
        if self.competency:
            reasons.append("it shows the competency this question tests")
        if self.shared_words:
            reasons.append("it shares the words " + ", ".join(f"'{w}'" for w in self.shared_words))
        return "; ".join(reasons).capitalize() + "."


def _content_words(text: str) -> set[str]:
    return {t.lower for t in tokenize(text) if t.lower not in _STOP and len(t.lower) > 2}


def fitting_stories(
    question: Question, stories: Sequence[StoryRecord], *, limit: int = MAX_SHOWN
) -> tuple[StoryFit, ...]:
    """The best-fitting stories, best first (ties: the older story first)."""
    asked = _content_words(" ".join((question.text, *question.key_points)))
    fits = []
    for story in stories:
        told = _content_words(" ".join((story.title, *story.parts().values())))
        shared = tuple(sorted(asked & told))
        competency = question.competency in story.competencies
        fit = COMPETENCY_POINTS * competency + len(shared)
        if fit > 0:
            fits.append(StoryFit(story, fit, competency, shared))
    fits.sort(key=lambda f: (-f.fit, f.story.id))
    return tuple(fits[:limit])
