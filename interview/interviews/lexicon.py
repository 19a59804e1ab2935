"""Words and phrases that point to each competency, and the plain tokens they are matched on.

One lexicon serves three readers: a remembered interview question ("they asked how I
handle disagreements"), an employer's feedback ("we wanted more evidence of stakeholder
management") and a job advert ("you will influence senior stakeholders"). Matching is
deterministic and offline: text is lower-cased, split into words, each word cut to a
rough stem, and a phrase matches where its stems appear in a row. The phrases are written
for this product and cover the ways people commonly say each thing.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
_SUFFIXES = ("ings", "ing", "ies", "ied", "ed", "es", "s", "ly")

_PHRASE_LISTS: Mapping[str, str] = {
    "teamwork": (
        "team player; teamwork; work with a team; worked in a team; collaborate; "
        "collaboration; collaborative; cross-functional; work together; group project; "
        "support colleagues; helped a colleague; team goal; different style; fit in with the "
        "team; partner with"
    ),
    "leadership": (
        "lead; led a team; leadership; manage a team; managed people; line manage; mentor; "
        "coach; motivate; inspire; delegate; direct reports; without authority; take charge; "
        "develop others; underperforming; difficult feedback; set direction"
    ),
    "conflict": (
        "conflict; disagree; disagreement; argument; tension; difficult colleague; didn't get "
        "along; did not get along; clash; pushback; push back; negotiate; negotiation; "
        "resolve a dispute; mediate; confrontation; difficult conversation; handle "
        "disagreements; opposing views; friction"
    ),
    "failure-and-learning": (
        "failure; failed; mistake; went wrong; regret; setback; did not go well; didn't go "
        "well; learn from; lesson; missed a deadline; hard to hear; criticism; error; do "
        "differently; not pay off"
    ),
    "initiative": (
        "initiative; proactive; self-starter; ownership; took ownership; without being asked; "
        "beyond your role; above and beyond; spotted a problem; improve a process; new idea; "
        "drive; self-motivated; go-getter; fell through the cracks; proudest; proud of; why "
        "do you want"
    ),
    "adaptability": (
        "adapt; adaptable; adaptability; flexible; flexibility; change; changing priorities; "
        "ambiguity; uncertain; fast-paced; under pressure; pressure; stress; plan fell apart; "
        "last minute; resilience; resilient; without all the information; relocate"
    ),
    "communication": (
        "communication; communicate; communicator; explain; present; presentation; written "
        "and verbal; verbal; public speaking; persuade; influence; bad news; stakeholder; "
        "stakeholders; stakeholder management; tell me about yourself; non-technical; "
        "audience; report to; listen"
    ),
    "time-management": (
        "time management; prioritise; prioritize; priorities; deadline; deadlines; multitask; "
        "multiple tasks; organised; organized; workload; competing demands; too much work; on "
        "track; schedule; juggle; several projects"
    ),
    "integrity": (
        "integrity; ethical; ethics; honest; honesty; confidential; confidentiality; "
        "compliance; rule; policy; cutting corners; something wrong; trust; accountable; "
        "accountability; right thing; gap in your; let go; dismissed"
    ),
    "problem-solving": (
        "problem; problem solving; problem-solving; solve; solution; analytical; analysis; "
        "troubleshoot; root cause; debug; bug; creative; critical thinking; complex problem; "
        "limited resources; data-driven; investigate"
    ),
    "customer-focus": (
        "customer; customers; client; clients; customer service; service user; patient; "
        "member of the public; user needs; customer-focused; client-facing; unhappy customer; "
        "complaint; customer experience; customer feedback; relationship with a client"
    ),
    "learning-agility": (
        "learn quickly; learn something new; quick learner; learning; new skill; new tool; "
        "new technology; unfamiliar; get up to speed; curious; curiosity; training; upskill; "
        "growth mindset; self-taught; how do you prefer to receive feedback; unlearn"
    ),
}
LEXICON: Mapping[str, tuple[str, ...]] = {
    name: tuple(p.strip() for p in phrases.split(";")) for name, phrases in _PHRASE_LISTS.items()
}


def stem(word: str) -> str:
    """A rough stem: enough that "disagreements" meets "disagree" and "prioritising"
    meets "prioritise", without a dictionary."""
    word = word.replace("'", "")
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            word = word[: -len(suffix)]
            break
    return word.removesuffix("e") if len(word) > 4 else word


def stems(text: str) -> tuple[str, ...]:
    """The text's words, lower-cased and stemmed, in order ("-" splits words)."""
    return tuple(stem(word) for word in _WORD.findall(text.lower().replace("-", " ")))


@dataclass(frozen=True)
class PhraseHit:
    """A lexicon phrase found in a text.

    Attributes:
        competency: the competency the phrase points to.
        phrase: the phrase as written in the lexicon.
        words: how many words the phrase has (longer phrases are stronger evidence).
    """

    competency: str
    phrase: str
    words: int


def _compiled() -> tuple[tuple[str, str, tuple[str, ...]], ...]:
    """(competency, phrase, stems), keeping one phrase per competency and stem sequence
    ("deadline" and "deadlines" are one piece of evidence, not two)."""
    seen: dict[tuple[str, tuple[str, ...]], str] = {}
    for competency, phrases in LEXICON.items():
        for phrase in phrases:
            seen.setdefault((competency, stems(phrase)), phrase)
    return tuple((competency, phrase, key) for (competency, key), phrase in seen.items())


_PHRASES = _compiled()


def _contains(haystack: tuple[str, ...], needle: tuple[str, ...]) -> bool:
    size = len(needle)
    return any(haystack[i : i + size] == needle for i in range(len(haystack) - size + 1))


def find_phrases(text: str) -> tuple[PhraseHit, ...]:
    """Every lexicon phrase in `text`, in lexicon order; a phrase inside a longer phrase
    found for the same competency is left out, so "stakeholder" under "stakeholder
    management" is not counted twice."""
    words = stems(text)
    hits = [
        PhraseHit(competency, phrase, len(key))
        for competency, phrase, key in _PHRASES
        if key and _contains(words, key)
    ]
    return tuple(
        hit
        for hit in hits
        if not any(
            other.competency == hit.competency
            and other.words > hit.words
            and _contains(stems(other.phrase), stems(hit.phrase))
            for other in hits
        )
    )


def competency_scores(hits: Iterable[PhraseHit]) -> dict[str, float]:
    """Evidence per competency: each phrase counts its number of words (longer = surer)."""
    scores: dict[str, float] = {}
    for hit in hits:
        scores[hit.competency] = scores.get(hit.competency, 0.0) + hit.words
    return scores
