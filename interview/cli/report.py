"""The readable report of one analysis, for the terminal: sentences, scores, details, tips.

Rendered from the typed `Analysis` (a stored one is read back with `Analysis.from_dict`),
so `interview evaluate`, `interview history show` and the terminal practice session print
the same report for the same answer. Plain text: the user's words are printed as they are.
"""

from __future__ import annotations

import textwrap
from collections.abc import Sequence
from typing import TYPE_CHECKING

from interview.analysis.star.plan import is_mixed, is_plan, plan_name, plan_note, source_name
from interview.analysis.tips.tip import ORDER_RULE
from interview.areas import GOOD_WPM
from interview.models import STAR_PARTS
from interview.practice.wording import plural

if TYPE_CHECKING:
    from interview.analysis import Analysis
    from interview.analysis.delivery import DeliveryReport, Pause
    from interview.analysis.fillers import Filler
    from interview.analysis.hr.content import HrContentReport
    from interview.analysis.star.report import LabelledSentence, StarReport
    from interview.analysis.tips.tip import Tip

_WIDTH = 96
_FILLER_OPEN, _FILLER_CLOSE = "\u00ab", "\u00bb"
_PACE_WORDS = {"good": "a good pace", "amber": "a little {}", "flagged": "too {}"}
_RELEVANCE_WORDS = {"on_topic": "yes", "off_topic": "no", "unclear": "cannot tell"}
_FRAMING_WORDS = {
    "example": "yes",
    "hypothetical": "no, it says what you would do",
    "generic": "no, it describes how you usually are, or is too short to be a story",
}
_CAP_REASONS = {
    "not_a_real_example": "not a real example",
    "off_topic": "does not address the question",
    "topic_unclear": "cannot tell whether it addresses the question",
    "speaks_badly": "speaks badly of people",
    "attitude": "shows a stance an interviewer hears as a warning",
    "declines_question": "declines the question",
    "repeats_itself": "says the same thing more than once",
}


def _marked(labelled: LabelledSentence, fillers: Sequence[Filler]) -> str:
    """The sentence's text with its fillers marked like «um»."""
    sentence = labelled.sentence
    start, text = sentence.start, sentence.text
    inside = [f for f in fillers if start <= f.start and f.end <= sentence.end]
    for filler in sorted(inside, key=lambda f: f.start, reverse=True):
        a, b = filler.start - start, filler.end - start
        text = f"{text[:a]}{_FILLER_OPEN}{text[a:b]}{_FILLER_CLOSE}{text[b:]}"
    return " ".join(text.split())


def _wrap(text: str, indent: str, hanging: str) -> str:
    return textwrap.fill(text, _WIDTH, initial_indent=indent, subsequent_indent=hanging)


def _tag(labelled: LabelledSentence) -> str:
    """[ACTION] for a story's part, [plan: step] for a plan's, [-] for neither."""
    if labelled.part:
        return f"[{labelled.part.upper()}]"
    return f"[{plan_name(labelled.plan_part)}]" if labelled.plan_part else "[-]"


def _answer_lines(analysis: Analysis) -> list[str]:
    lines = ["Your answer (fillers marked \u00ab\u00bb)"]
    tags = [_tag(labelled) for labelled in analysis.star.sentences]
    width = max([12, *(len(tag) + 1 for tag in tags)])
    for labelled, tag in zip(analysis.star.sentences, tags, strict=True):
        text = _marked(labelled, analysis.fillers.fillers)
        lines.append(_wrap(text, f"  {tag:<{width}}", " " * (width + 2)))
    return lines


def _breakdown_lines(analysis: Analysis) -> list[str]:
    lines = ["Score breakdown (score x weight = points)"]
    for part in analysis.score_parts:
        points = round(part.points, 1)
        lines.append(f"  {part.area:<12} {part.score:>3} x {part.weight:.2f} = {points:>5.1f}")
    cap = analysis.score_cap
    if cap is not None:
        why = _CAP_REASONS.get(cap.reason, cap.reason)
        lines.append(f"  {'capped':<12} {cap.uncapped:>3} x {cap.factor:.2f}: {why}")
    lines.append(f"  {'overall':<12} {analysis.score:>3}")
    return lines


def _star_line(star: StarReport) -> str:
    if not star.applies:
        return "STAR: not scored for HR questions"
    parts = ", ".join(
        f"{source_name(star, p.part)} {p.strength}" for p in star.parts if p.part in STAR_PARTS
    )
    reading = ", a plan and a past example" if is_mixed(star) else ", read as a plan"
    head = f"STAR {star.score}/100" + (reading if is_plan(star) else "")
    note = plan_note(star)
    line = f"{head}: {parts}" + ("" if star.in_order else ", out of order")
    return line + (f"\n{_wrap(note, '  ', '  ')}" if note else "")


def _counted(counts: dict[str, int], *, rename: dict[str, str] | None = None) -> str:
    names = rename or {}
    return ", ".join(f"{names.get(word, word)} x{n}" for word, n in counts.items())


def _detail_lines(analysis: Analysis) -> list[str]:
    spec, fillers, hedges = analysis.specificity, analysis.fillers, analysis.hedges
    per_minute = f", {fillers.per_minute} per minute" if fillers.per_minute is not None else ""
    counts = _counted(fillers.counts, rename={"repeat": "repeated word"})
    hedge_counts = _counted(hedges.counts)
    negative = "; ".join(f"'{e.text}'" for e in analysis.negativity.remarks) or "none"
    length = analysis.length
    about = "about " if length.estimated else ""
    return [
        *_verdict_lines(analysis),
        _star_line(analysis.star),
        *_hr_lines(analysis.hr_content),
        f"Specificity {spec.score}/100: {plural(len(spec.facts), 'figure')}, "
        f"{plural(len(spec.names), 'name')}, {len(spec.concrete_verbs)} concrete and "
        f"{len(spec.vague_verbs)} vague verbs, {plural(len(spec.vague_words), 'vague word')}, "
        f"'I' {len(spec.singular)} / 'we' {len(spec.plural)}",
        f"Fillers: {fillers.total}"
        + (f" ({counts})" if counts else "")
        + f", {fillers.per_100_words} per 100 words{per_minute}",
        f"Hedges: {hedges.total}" + (f" ({hedge_counts})" if hedge_counts else ""),
        f"Negativity: {negative}",
        *[f"Attitude: '{e.text}' ({e.label.replace('_', ' ')})" for e in analysis.attitude.remarks],
        f"Length: {plural(length.word_count, 'word')}, {about}{round(length.seconds, 1):.0f} s, "
        f"{length.verdict.replace('_', ' ')} "
        f"({length.band_s[0]:.0f}-{length.band_s[1]:.0f} s)",
        *_delivery_lines(analysis.delivery),
    ]


def _hr_lines(report: HrContentReport) -> list[str]:
    """An HR answer's checklist: each element found (with its words) or missing, and faults."""
    if not report.applies or report.family is None:
        return []
    lines = [f"What the question asks for ({report.family.replace('_', ' ')}): {report.score}/100"]
    for check in report.checks:
        said = f": '{check.evidence.text}'" if check.evidence is not None else ""
        lines.append(f"  {'has' if check.found else 'missing'} {check.label}{said}")
    lines.extend(
        f"  heard '{f.evidence.text}' ({f.key.replace('_', ' ')}, -{f.penalty})"
        for f in report.faults
    )
    return lines


def _verdict_lines(analysis: Analysis) -> list[str]:
    """Whether it is a real example and about the question."""
    lines = []
    framing, relevance = analysis.framing, analysis.relevance
    if framing.label != "not_applicable":
        lines.append(f"Real example: {_FRAMING_WORDS.get(framing.label, framing.label)}")
    if relevance.verdict != "not_checked":
        words = ", ".join(dict.fromkeys(f"'{e.text.lower()}'" for e in relevance.matched))
        said = f" (it says {words})" if words else ""
        verdict = _RELEVANCE_WORDS.get(relevance.verdict, relevance.verdict)
        lines.append(f"About the question: {verdict}{said}")
    return lines


def _delivery_lines(delivery: DeliveryReport | None) -> list[str]:
    """Pace, start and every pause with its time: where to look when replaying the answer.

    An analysis stored by an older version may lack the speaking time, pace or first word;
    those parts of the line are left out.
    """
    if delivery is None or delivery.wpm is None:
        return []
    line = f"Delivery: {round(delivery.wpm, 1):.0f} words a minute"
    if delivery.speaking_s:
        line += f" over {round(delivery.speaking_s, 2):.1f} s of speaking"
    if delivery.pace in _PACE_WORDS:
        line += ", " + _PACE_WORDS[delivery.pace].format(delivery.pace_direction)
        low, high = GOOD_WPM
        line += f" ({low:.0f}-{high:.0f} is good)"
    if delivery.first_word_s is not None:
        late = " (late)" if delivery.late_start else ""
        line += f"; first word at {round(delivery.first_word_s, 2):.1f} s{late}"
    if not delivery.speaking_s:
        return [line]
    pauses = ", ".join(_pause_text(pause) for pause in delivery.pauses)
    return [line, "Pauses over 1 s: " + (pauses or "none")]


def _pause_text(pause: Pause) -> str:
    long = ", long" if pause.long else ""
    start, end, seconds = (round(x, 2) for x in (pause.start, pause.end, pause.seconds))
    return f"{start:.1f}-{end:.1f} s ({seconds:.1f} s{long})"


def _tip_lines(tips: Sequence[Tip]) -> list[str]:
    if not tips:
        return ["Tips: nothing to add; practise saying it aloud at an even pace."]
    lines = [_wrap(f"Tips, most important first: {ORDER_RULE}.", "", "  ")]
    for number, tip in enumerate(tips, 1):
        head = f"  {number}. [{tip.area}, +{round(tip.gain, 1)}] "
        lines.append(_wrap(tip.message, head, " " * 6))
    return lines


def render_report(analysis: Analysis) -> str:
    """The readable report of one analysis."""
    words = plural(analysis.word_count, "word")
    title = f"Score {analysis.score}/100 - {analysis.kind} answer, {words}"
    question = [f"Question: {analysis.question}"] if analysis.question else []
    sections = [
        [title, *question],
        _answer_lines(analysis),
        _breakdown_lines(analysis),
        _detail_lines(analysis),
        _tip_lines(analysis.tips),
    ]
    return "\n\n".join("\n".join(section) for section in sections) + "\n"
