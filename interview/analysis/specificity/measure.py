"""How specific an answer is: figures, names, concrete actions, ownership, a measurable result.

"I worked on some things and it went well" could be anyone's answer; "I migrated our 40
Postgres databases to AWS in three weeks and cut hosting costs by 30%" could only be
yours. Interviewers believe the second. This module finds the evidence of each kind, quotes
it with its span, and turns it into one 0-100 figure:

    score = round(100 * sum(weight * part) / sum(weight))   over the parts that apply

    part              weight  value in 0..1
    facts               30    min(1, facts / max(2, words / 75))
                              (numbers, money, percentages, durations, dates)
    names               15    min(1, names / max(1, words / 100))
                              (tools, organisations, products, places, acronyms)
    verbs               20    concrete / (concrete + vague) * min(1, concrete / max(2, words / 50))
                              (0 when there is no concrete verb)
    vagueness           15    max(0, 1 - vague words per 100 words / 5) * min(1, words / 60)
                              (no vague word in a one-liner says little)
    ownership           10    "I" / ("I" + "we") in the action sentences
                              (left out when neither is said)
    measurable_result   10    1 with a figure in a result sentence, 0.5 with only a word of
                              change ("faster", "reduced"), 0 otherwise
                              (left out when STAR does not apply)

Targets grow with length so a long answer must carry more detail, not just repeat one
figure. The same text always gets the same score.
"""

from __future__ import annotations

import bisect
import dataclasses
from collections.abc import Sequence

from interview.analysis.evidence import Evidence, SentenceIndex, TextSpan, evidence_of, word_set
from interview.analysis.specificity.facts import find_facts, find_names, match_phrases
from interview.analysis.specificity.report import SpecificityPart, SpecificityReport
from interview.analysis.specificity.words import (
    CHANGE_WORDS,
    CONCRETE_BASE_BEFORE,
    CONCRETE_BASES,
    FIRST_PLURAL,
    FIRST_SINGULAR,
    VAGUE_VERB_PHRASES,
    VAGUE_WORD_PHRASES,
)
from interview.analysis.star.verbs import past_base
from interview.analysis.tokens import Token

# Having no vague word is only worth full marks in an answer long enough to have had some.
FULL_CREDIT_WORDS = 60
WEIGHTS: dict[str, int] = {
    "facts": 30,
    "names": 15,
    "verbs": 20,
    "vagueness": 15,
    "ownership": 10,
    "measurable_result": 10,
}


def _concrete_verbs(text: str, tokens: Sequence[Token], index: SentenceIndex) -> list[Evidence]:
    """Past tenses of concrete verbs anywhere; base forms after a subject, modal or "to",
    or after "and" joining them to such a base form ("I would apologise and check")."""
    found = []
    bases: set[int] = set()
    for i, token in enumerate(tokens):
        before = tokens[i - 1].lower if i else ""
        joined = before == "and" and i - 2 in bases
        if token.lower in CONCRETE_BASES and (before in CONCRETE_BASE_BEFORE or joined):
            bases.add(i)
        if i in bases or past_base(token.lower) in CONCRETE_BASES:
            found.append(evidence_of(text, token, token, label="concrete verb", index=index))
    return found


def _outside(found: Sequence[Evidence], spans: Sequence[Evidence]) -> tuple[Evidence, ...]:
    """The evidence not inside any of `spans`: "pulled" in "pulled together" is no action."""
    return tuple(e for e in found if not any(s.start <= e.start < s.end for s in spans))


def _vague_words(
    text: str, tokens: Sequence[Token], facts: Sequence[Evidence], index: SentenceIndex
) -> tuple[Evidence, ...]:
    """Vague words, except one a word or two before a figure ("something between 45 and 50
    thousand", "some 40 people"): there it rounds a number the listener still gets."""
    starts = [token.start for token in tokens]
    figures = {bisect.bisect_left(starts, fact.start) for fact in facts}

    def before_a_figure(word: Evidence) -> bool:
        after = bisect.bisect_left(starts, word.end)
        return bool(figures & {after, after + 1})

    found = match_phrases(text, tokens, VAGUE_WORD_PHRASES, "vague word", index)
    return tuple(word for word in found if not before_a_figure(word))


# "supported" and "handled" alone are vague deeds ("I supported the team"), but not as
# adjectives or as what someone else did to the speaker: "she is settled in supported
# living", "I felt supported", "it was handled by the night team" hide no deed of theirs.
_NOT_A_DEED_BEFORE = word_set(
    "a an the in into for felt feel feels feeling was were been being is are well fully get got"
)
_NOT_A_DEED_AFTER = word_set("living housing accommodation employment learning by")
_ALONE_VAGUE = word_set("supported handled")


def _vague_verbs(text: str, tokens: Sequence[Token], index: SentenceIndex) -> tuple[Evidence, ...]:
    """Vague verb phrases, except "supported"/"handled" used as no deed of the speaker's."""
    starts = {token.start: i for i, token in enumerate(tokens)}

    def a_deed(found: Evidence) -> bool:
        i = starts[found.start]
        if found.text.lower() not in _ALONE_VAGUE:
            return True
        before = tokens[i - 1].lower if i else ""
        after = tokens[i + 1].lower if i + 1 < len(tokens) else ""
        return before not in _NOT_A_DEED_BEFORE and after not in _NOT_A_DEED_AFTER

    found = match_phrases(text, tokens, VAGUE_VERB_PHRASES, "vague verb", index)
    return tuple(verb for verb in found if a_deed(verb))


def _within(tokens: Sequence[Token], spans: Sequence[TextSpan]) -> list[Token]:
    """The tokens that sit inside any of `spans`."""
    index = SentenceIndex(sorted(spans, key=lambda span: span.start))
    return [token for token in tokens if index.at(token.start) is not None]


def _pronouns(
    text: str, tokens: Sequence[Token], index: SentenceIndex, words: frozenset[str], label: str
) -> tuple[Evidence, ...]:
    return tuple(
        evidence_of(text, t, t, label=label, index=index) for t in tokens if t.lower in words
    )


def _result_evidence(
    text: str,
    tokens: Sequence[Token],
    facts: Sequence[Evidence],
    result_sentences: Sequence[TextSpan],
    index: SentenceIndex,
) -> tuple[bool, float, tuple[Evidence, ...]]:
    """(measurable, part value, evidence) for the result sentences."""
    results = SentenceIndex(sorted(result_sentences, key=lambda span: span.start))
    figures = tuple(fact for fact in facts if results.at(fact.start) is not None)
    if figures:
        return True, 1.0, figures
    changes = tuple(
        evidence_of(text, t, t, label="change", index=index)
        for t in _within(tokens, result_sentences)
        if t.lower in CHANGE_WORDS
    )
    return False, 0.5 if changes else 0.0, changes


def _verbs_value(concrete: int, vague: int, words: int) -> float:
    if concrete == 0:
        return 0.0
    return concrete / (concrete + vague) * min(1.0, concrete / max(2.0, words / 50))


def _detail_parts(found: SpecificityReport, words: int) -> list[SpecificityPart]:
    """The facts, names, verbs and vagueness lines of the formula."""
    facts_target, names_target = max(2.0, words / 75), max(1.0, words / 100)
    concrete, vague = len(found.concrete_verbs), len(found.vague_verbs)
    vague_rate = len(found.vague_words) * 100.0 / words
    return [
        SpecificityPart(
            "facts",
            min(1.0, len(found.facts) / facts_target),
            WEIGHTS["facts"],
            f"{len(found.facts)} figures, {facts_target:.1f} expected",
        ),
        SpecificityPart(
            "names",
            min(1.0, len(found.names) / names_target),
            WEIGHTS["names"],
            f"{len(found.names)} names, {names_target:.1f} expected",
        ),
        SpecificityPart(
            "verbs",
            _verbs_value(concrete, vague, words),
            WEIGHTS["verbs"],
            f"{concrete} concrete, {vague} vague",
        ),
        SpecificityPart(
            "vagueness",
            max(0.0, 1.0 - vague_rate / 5.0) * min(1.0, words / FULL_CREDIT_WORDS),
            WEIGHTS["vagueness"],
            f"{len(found.vague_words)} vague words, {vague_rate:.1f} per 100 words",
        ),
    ]


def _ownership_part(found: SpecificityReport) -> SpecificityPart | None:
    if found.ownership is None:
        return None
    detail = f'{len(found.singular)} "I", {len(found.plural)} "we" in the actions'
    return SpecificityPart("ownership", found.ownership, WEIGHTS["ownership"], detail)


def _result_part(value: float) -> SpecificityPart:
    detail = {1.0: "a figure in the result", 0.5: "a change but no figure"}.get(
        value, "no figure in the result"
    )
    return SpecificityPart("measurable_result", value, WEIGHTS["measurable_result"], detail)


def measure_specificity(
    text: str,
    tokens: tuple[Token, ...],
    sentences: Sequence[TextSpan],
    *,
    action_sentences: Sequence[TextSpan] | None = None,
    result_sentences: Sequence[TextSpan] | None = None,
) -> SpecificityReport:
    """Find the evidence of specificity and score it.

    `action_sentences` are where ownership is judged (all sentences when None);
    `result_sentences` where a measurable result is looked for (None: STAR does not apply,
    the part is left out; empty: there is no result, so it is not measurable).
    """
    index = SentenceIndex(sentences)
    facts = tuple(find_facts(text, tokens, index))
    vague_verbs = _vague_verbs(text, tokens, index)
    action_tokens = _within(tokens, sentences if action_sentences is None else action_sentences)
    result: tuple[bool | None, float | None, tuple[Evidence, ...]] = (None, None, ())
    if result_sentences is not None:
        result = _result_evidence(text, tokens, facts, result_sentences, index)
    found = SpecificityReport(
        score=0,
        parts=(),
        facts=facts,
        names=tuple(find_names(text, tokens, sentences, index)),
        concrete_verbs=_outside(_concrete_verbs(text, tokens, index), vague_verbs),
        vague_verbs=vague_verbs,
        vague_words=_vague_words(text, tokens, facts, index),
        singular=_pronouns(text, action_tokens, index, FIRST_SINGULAR, "I"),
        plural=_pronouns(text, action_tokens, index, FIRST_PLURAL, "we"),
        measurable_result=result[0],
        result_evidence=result[2],
    )
    parts = _detail_parts(found, max(1, len(tokens)))
    optional = (_ownership_part(found), None if result[1] is None else _result_part(result[1]))
    parts.extend(part for part in optional if part is not None)
    score = round(100 * sum(p.weight * p.value for p in parts) / sum(p.weight for p in parts))
    return dataclasses.replace(found, score=score, parts=tuple(parts))
