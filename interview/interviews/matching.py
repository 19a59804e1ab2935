"""Matching a question remembered from a real interview to the closest bank question.

People recall questions loosely ("they asked about a time I didn't get on with someone"),
so matching is by meaning-bearing words, not wording: both texts are cut to stemmed content
words (the framing every behavioral question shares, "tell me about a time", is ignored),
each shared word counts by how rare it is in the banks (IDF), and the overlap is scaled
like a cosine. The competency lexicon adds evidence: a bank question whose competency the
remembered text points to gets a bonus. Below `MIN_SCORE` nothing is claimed, but the
lexicon's competency is still offered, so the user can save it as their own question.

Deterministic and offline; its accuracy on a labelled set is printed by
`benchmarks/bench_debrief_matching.py`.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from interview.interviews.lexicon import competency_scores, find_phrases, stem, stems
from interview.models import Question

MIN_SCORE = 0.3
COMPETENCY_BONUS = 0.15
_STOP = frozenset(
    stems(
        "a an the and or but if of to in on at for with from by about as into than then so "
        "i me my you your we our they them their he she it its this that these those there "
        "was were is are be been being do did does done have has had will would could should "
        "can may might must what which who whom when where why how tell time describe "
        "example give gave asked ask question interview interviewer wanted want talk "
        "explain walk through situation occasion once ever one some any had just like "
        "something someone somebody thing things us not no yes very really"
    )
)


# Everyday words people use when recalling a question, mapped to the banks' wording.
_SAME = {
    stem(word): stem(bank)
    for word, bank in (
        ("coworker", "colleague"),
        ("co-worker", "colleague"),
        ("boss", "manager"),
        ("company", "organisation"),
        ("organization", "organisation"),
        ("job", "role"),
        ("fight", "conflict"),
        ("argument", "conflict"),
        ("client", "customer"),
        ("fix", "resolve"),
        ("mistake", "failed"),
        ("failure", "failed"),
    )
}


def content_words(text: str) -> tuple[str, ...]:
    """The stemmed words of `text` that carry meaning, in order, without repeats."""
    words = (_SAME.get(w, w) for w in stems(text))
    return tuple(dict.fromkeys(w for w in words if w not in _STOP and len(w) > 1))


@dataclass(frozen=True)
class Match:
    """The bank question closest to a remembered one, and how sure the match is.

    Attributes:
        question_id: the bank question, or None when none is close enough.
        competency: that question's competency, else the lexicon's best guess, else None.
        score: 0 to about 1.15; MIN_SCORE or more counts as a match.
        shared: the content words both questions use (why it matched).
        bank_text: the matched question's text ("" when unmatched).
    """

    question_id: str | None
    competency: str | None
    score: float
    shared: tuple[str, ...] = ()
    bank_text: str = ""


class QuestionMatcher:
    """An index of the banks' questions, built once and asked many times."""

    def __init__(self, questions: Iterable[Question]) -> None:
        self.questions = tuple(sorted(questions, key=lambda q: q.id))
        self._words = {q.id: content_words(q.text) for q in self.questions}
        counts = Counter(w for words in self._words.values() for w in words)
        total = max(len(self.questions), 1)
        self._idf = {w: math.log(1 + total / n) for w, n in counts.items()}
        self._unknown_idf = math.log(1 + total)

    def _weight(self, words: Sequence[str]) -> float:
        return math.sqrt(sum(self._idf.get(w, self._unknown_idf) ** 2 for w in words))

    def _similarity(
        self, words: tuple[str, ...], question: Question
    ) -> tuple[float, tuple[str, ...]]:
        theirs = self._words[question.id]
        shared = tuple(w for w in words if w in theirs)
        if not shared:
            return 0.0, ()
        overlap = sum(self._idf[w] ** 2 for w in shared)
        return overlap / (self._weight(words) * self._weight(theirs)), shared

    def match(self, text: str) -> Match:
        """The best bank question for `text` (ties go to the lower id, so it is stable)."""
        words = content_words(text)
        lexicon = competency_scores(find_phrases(text))
        guess = max(sorted(lexicon), key=lambda c: lexicon[c]) if lexicon else None
        best = Match(None, guess, 0.0)
        for question in self.questions:
            score, shared = self._similarity(words, question)
            # The whole bonus for any phrase of the competency: halved for a one-word phrase
            # ("conflict"), it lost to a short question sharing one word of another topic
            # ("colleague": "How would your colleagues describe you?").
            if score and question.competency in lexicon:
                score += COMPETENCY_BONUS
            if score > best.score:
                best = Match(
                    question.id, question.competency, round(score, 3), shared, question.text
                )
        if best.score < MIN_SCORE:
            return Match(None, guess, best.score)
        return best

    def candidates(self, text: str, *, limit: int = 5) -> tuple[Question, ...]:
        """The closest bank questions, best first, for a "did you mean" list."""
        words = content_words(text)
        scored = [(self._similarity(words, q)[0], q) for q in self.questions]
        ranked = sorted((pair for pair in scored if pair[0] > 0), key=lambda p: (-p[0], p[1].id))
        return tuple(q for _, q in ranked[:limit])
