"""Speaking badly of a former employer, boss, colleagues or the people one serves.

Interviewers hear "my boss was useless" as a warning about the candidate, whatever the boss
was like. Describing a hard situation is fine ("the bug was terrible", "the customer was
angry"): only a judgement aimed at the people or place the candidate worked with is
flagged, and always with the words that caused it. Three shapes are recognised inside one
sentence:

- a workplace noun, a linking verb, then a judgement: "the management was incompetent",
  "my coworkers were so lazy", "my manager never listened";
- a judgement right before the noun: "my useless manager", "the worst boss";
- a verb of dislike before it: "I hated my last job", "I couldn't stand my team".

Of the people a candidate serves (customers, patients, pupils...), only an insult or a verb
of dislike counts: "the customer was rude" is where a good story starts.

A negation between them ("wasn't useless") clears the remark, but a negated word of praise
said of a boss, colleagues or an employer is a judgement said gently ("the management there
wasn't great", "my manager was never very supportive"). After the linking verb only
small words may come before the judgement ("were so lazy", "was a complete joke"): in "the
team was struggling with a terrible backlog" the judgement is about the backlog. Words for a
hard situation ("a mess", "a nightmare") judge a boss or a colleague, but a team, a job or
a company described that way is the situation the story starts from.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from interview.analysis.evidence import (
    Evidence,
    RemarksReport,
    SentenceIndex,
    TextSpan,
    breaks,
    ends_sentence,
    evidence_of,
    word_set,
)
from interview.analysis.tokens import Token

# People a candidate worked with, and the places and groups they worked in.
_PEOPLE = word_set(
    """boss bosses manager managers supervisor supervisors management leadership
    coworker coworkers co-worker co-workers colleague colleagues teammate teammates
    director ceo cto founder founders executives peers owner owners"""
)
_PLACES = word_set("employer employers company team job workplace department place")
# The people a candidate serves: describing one as rude or difficult is the situation of
# many good stories, so only an insult ("customers are idiots") or a verb of dislike ("I
# hate dealing with customers") speaks badly of them.
_SERVED = word_set(
    """customer customers client clients patient patients guest guests caller callers
    student students pupil pupils parent parents resident residents shopper shoppers
    passenger passengers tenant tenants public"""
)
_INSULTS = word_set("stupid idiot idiots moron morons dumb pathetic worthless idiotic")
_TARGETS = _PEOPLE | _PLACES | _SERVED
_QUALIFIERS = word_set("my our the previous former last old whole entire that")
_LINKS = word_set("was were is are been seemed became got acted")
_JUDGEMENTS = word_set(
    """useless incompetent lazy terrible awful horrible stupid toxic clueless hopeless
    pathetic dumb worthless unprofessional incapable idiotic inept rude arrogant
    selfish disorganized disorganised miserable idiot idiots morons moron joke
    nightmare disaster mess worst dishonest liar liars sucked sucks micromanaged no-good
    bully bullies shambles"""
)
# Judgements that describe a hard situation as much as people: only said of people.
_SITUATION_WORDS = word_set("mess nightmare disaster shambles")
# Verbs that judge without a linking verb: "my manager micromanaged everything".
_JUDGING_VERBS = word_set("micromanaged sucked sucks lied")
# Small words that may stand between the linking verb and the judgement.
_BETWEEN = word_set(
    """a an the so very really totally completely honestly just such most pretty quite
    utterly always incredibly extremely absolutely complete absolute total bit kind of
    sort downright"""
)
# Judgements made of two words, after the noun: "my manager never listened".
_JUDGEMENT_PHRASES = frozenset(
    {("never", "listened"), ("didn't", "care"), ("did", "nothing"), ("no", "clue")}
    | {("no", "idea"), ("like", "dirt"), ("like", "rubbish"), ("had", "favourites")}
    | {("had", "favorites"), ("only", "care"), ("only", "cared"), ("never", "appreciated")}
)
# Praise that, negated after a linking verb, judges the people: "wasn't great".
_PRAISE = word_set(
    """great good helpful supportive interested bothered fair professional competent
    organised organized nice friendly"""
)
_NEGATED_LINKS = word_set("wasn't weren't isn't aren't")
# The targets an understatement judges: not a team or a job ("the team wasn't great at
# handovers" is where a good story starts).
_UNDERSTATED = _PEOPLE | word_set("employer employers company")
_DISLIKES = word_set("hated hate despised despise loathed loathe")
_NEGATIONS = word_set("not never wasn't weren't isn't aren't hardly")
_WINDOW = 6


@dataclass(frozen=True)
class NegativityReport(RemarksReport):
    """Remarks that speak badly of a former employer or colleagues.

    Attributes:
        remarks: the quoted words of each remark, with the sentence it is in.
    """


_CLAUSE_BREAKS = word_set("but and while because although though when until")


class _Sentence:
    """The tokens of one sentence, as lower-case words, and where punctuation splits it."""

    def __init__(self, text: str, tokens: Sequence[Token]) -> None:
        self.tokens = tokens
        self.words = [token.lower for token in tokens]
        self.breaks_before = [
            i > 0 and breaks(text[tokens[i - 1].end : token.start])
            for i, token in enumerate(tokens)
        ]


def _judgement_after(sentence: _Sentence, target: int) -> int | None:
    """Index of the last word of a judgement in the same clause after `target`, or None."""
    words = sentence.words
    linked = words[target].endswith("'s")  # "the manager's useless"
    for j in range(target + 1, min(len(words), target + 1 + _WINDOW)):
        if sentence.breaks_before[j] or words[j] in _CLAUSE_BREAKS:
            return None
        if (words[j], words[j + 1] if j + 1 < len(words) else "") in _JUDGEMENT_PHRASES:
            return j + 1
        if _negation(words[j]) or (not linked and words[j] in _TARGETS and j > target + 1):
            return None  # "my last job, my manager was ...": the nearer noun is judged
        if words[j] in (_JUDGEMENTS if linked else _JUDGING_VERBS):
            return j if _said_of(_base(words[target]), words[j]) else None
        if linked and words[j] not in _BETWEEN:
            return None  # "was struggling with a terrible backlog": not about the target
        linked = linked or words[j] in _LINKS
    return None


def _base(word: str) -> str:
    """The noun of "manager's" (a contraction of "manager is"), else the word."""
    return word[:-2] if word.endswith("'s") else word


def _negation(word: str) -> bool:
    return word in _NEGATIONS or word.endswith("n't")


def _said_of(target: str, judgement: str) -> bool:
    """Whether `judgement` speaks badly of `target` rather than describing a situation."""
    if target in _SERVED:
        return judgement in _INSULTS
    return target in _PEOPLE or judgement not in _SITUATION_WORDS


def _judgement_before(sentence: _Sentence, target: int) -> int | None:
    """Index of a judgement just before the noun ("my useless manager"), or None; not
    across a comma ("a joke, the manager ...")."""
    for j in (target - 1, target - 2):
        if j < 0 or sentence.breaks_before[j + 1]:
            return None
        if sentence.words[j] in _JUDGEMENTS:
            return j
    return None


def _dislike_before(words: Sequence[str], target: int) -> int | None:
    """Index of a verb of dislike up to four words before the noun, or None."""
    for j in range(target - 1, max(-1, target - 5), -1):
        negated = j > 0 and _negation(words[j - 1])
        if words[j] in _DISLIKES and not negated:
            return j
        if words[j] == "stand" and j > 0 and words[j - 1] in ("couldn't", "can't", "cannot"):
            return j - 1
    return None


def _understatement(sentence: _Sentence, target: int) -> int | None:
    """Index of the praise in "the management wasn't great" (a negated link, then praise
    after small words only, in the same clause), or None."""
    words, negated = sentence.words, False
    if _base(words[target]) not in _UNDERSTATED:
        return None
    for j in range(target + 1, min(len(words), target + 1 + _WINDOW)):
        if sentence.breaks_before[j] or words[j] in _CLAUSE_BREAKS:
            return None
        if negated and words[j] in _PRAISE:
            return j
        if words[j] in _NEGATED_LINKS or (words[j] in _NEGATIONS and j > target + 1):
            negated = True
        elif not (words[j] in _LINKS or words[j] in _BETWEEN or words[j] in ("there", "that")):
            return None
    return None


def _first_word(words: Sequence[str], target: int) -> int:
    """Start the quote at a possessive or qualifier before the noun ("my last boss")."""
    first = target
    while first > 0 and target - first < 2 and words[first - 1] in _QUALIFIERS:
        first -= 1
    return first


def _remark_at(sentence: _Sentence, i: int) -> tuple[int, int] | None:
    """(first, last) token indices of a remark about the noun at `i`, or None."""
    words = sentence.words
    before = _judgement_before(sentence, i)
    if before is not None and _said_of(_base(words[i]), words[before]):
        return _first_word(words, before), i
    dislike = _dislike_before(words, i)
    if dislike is not None:
        return dislike, i
    after = _judgement_after(sentence, i)
    if after is None:
        after = _understatement(sentence, i)
    return None if after is None else (_first_word(words, i), after)


def _split(text: str, tokens: tuple[Token, ...]) -> list[_Sentence]:
    """Group tokens into sentences at sentence-ending punctuation."""
    groups: list[list[Token]] = [[]]
    for i, token in enumerate(tokens):
        if i > 0 and ends_sentence(text[tokens[i - 1].end : token.start]):
            groups.append([])
        groups[-1].append(token)
    return [_Sentence(text, group) for group in groups if group]


def find_negativity(
    text: str, tokens: tuple[Token, ...], sentences: Sequence[TextSpan] = ()
) -> NegativityReport:
    """Find remarks that speak badly of a former employer, boss or colleagues."""
    index = SentenceIndex(sentences)
    remarks: list[Evidence] = []
    for sentence in _split(text, tokens):
        for i, word in enumerate(sentence.words):
            remark = _remark_at(sentence, i) if _base(word) in _TARGETS else None
            if remark is None:
                continue
            first, last = sentence.tokens[remark[0]], sentence.tokens[remark[1]]
            if remarks and first.start < remarks[-1].end:
                continue  # "the management team was useless" is one remark, not two
            remarks.append(evidence_of(text, first, last, label="negative", index=index))
    return NegativityReport(tuple(remarks))
