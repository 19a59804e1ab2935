"""Reading an analysis JSON (`Analysis.to_dict()`) back into the typed reports.

The history stores an analysis as JSON and the pages and the CLI read it back through
`Analysis.from_dict`, which builds every report with the functions below, so above the store
nothing reads the JSON by key. Each function is the inverse of one report's `to_dict`
(figures come back as `to_dict` rounded them). Keys that older analyses lack are read as
empty or zero (a delivery stored with only its pace reads with no speaking time).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from interview.analysis.attitude import AttitudeReport
from interview.analysis.delivery import DeliveryReport, Pause, TimedFiller
from interview.analysis.evidence import Evidence
from interview.analysis.fillers import Filler, FillerReport
from interview.analysis.framing import FramingReport
from interview.analysis.hedges import HedgeReport
from interview.analysis.hr.content import HrCheck, HrContentReport, HrFault
from interview.analysis.length import LengthReport
from interview.analysis.negativity import NegativityReport
from interview.analysis.relevance import RelevanceReport
from interview.analysis.scoring import ScoreCap, ScorePart
from interview.analysis.sentences import Sentence
from interview.analysis.specificity.report import SpecificityPart, SpecificityReport
from interview.analysis.star.report import Finding, LabelledSentence, PartReport, StarReport
from interview.analysis.tips.tip import Tip
from interview.models import STAR_PARTS

Data = Mapping[str, Any]


def _evidence(items: Sequence[Data]) -> tuple[Evidence, ...]:
    return tuple(
        Evidence(
            text=e["text"], start=e["start"], end=e["end"], label=e["label"], sentence=e["sentence"]
        )
        for e in items
    )


def locate_sentences(text: str, sentences: Sequence[Data]) -> tuple[LabelledSentence, ...]:
    """The labelled sentences, placed in `text` by their spans, or, for analyses stored
    without spans, by searching for each sentence after the one before; a sentence not
    found is left out and a label that is no STAR part reads as none."""
    found: list[LabelledSentence] = []
    cursor = 0
    for data in sentences:
        start, end = data.get("start"), data.get("end")
        if not (isinstance(start, int) and isinstance(end, int)):
            body = str(data.get("text", "")).strip()
            start = text.find(body, cursor) if body else -1
            if start < 0:
                continue
            end = start + len(body)
        part, plan_part = data.get("star"), data.get("plan_part")
        found.append(
            LabelledSentence(
                sentence=Sentence(text=text[start:end], start=start, end=end),
                part=part if part in STAR_PARTS else None,
                evidence=tuple(data.get("evidence", ())),
                confidence=data.get("confidence", 0.0),
                plan_part=plan_part if plan_part in STAR_PARTS else None,
            )
        )
        cursor = end
    return tuple(found)


def _part(part: str, data: Data) -> PartReport:
    return PartReport(
        part=part,  # type: ignore[arg-type]  # one of STAR_PARTS
        present=data["present"],
        strength=data["strength"],
        share=data["share"],
        sentence_indexes=tuple(data.get("sentences", ())),
        evidence=tuple(data.get("evidence", ())),
    )


def _finding(data: Data) -> Finding:
    return Finding(
        code=data["code"],
        part=data["part"],
        message=data["message"],
        sentence_index=data.get("sentence_index"),
        quote=data.get("quote", ""),
    )


def star_report(data: Data, sentences: Sequence[Data], text: str) -> StarReport:
    """The STAR report from `star` and the `sentences` of the answer `text`."""
    return StarReport(
        applies=data["applies"],
        kind=data["kind"],
        sentences=locate_sentences(text, sentences),
        parts=tuple(_part(part, data[part]) for part in STAR_PARTS),
        in_order=data.get("in_order", True),
        score=data.get("score"),
        findings=tuple(_finding(f) for f in data.get("findings", ())),
    )


def specificity_report(data: Data) -> SpecificityReport:
    """The specificity report; "I" and "we" come back from the ownership evidence, "I" first."""
    ownership = data.get("ownership") or {}
    said = _evidence(ownership.get("evidence", ()))
    singular = int(ownership.get("i", 0))
    return SpecificityReport(
        score=data["score"],
        parts=tuple(
            SpecificityPart(
                name=p["name"], value=p["value"], weight=p["weight"], detail=p["detail"]
            )
            for p in data.get("parts", ())
        ),
        facts=_evidence(data.get("facts", ())),
        names=_evidence(data.get("names", ())),
        concrete_verbs=_evidence(data.get("concrete_verbs", ())),
        vague_verbs=_evidence(data.get("vague_verbs", ())),
        vague_words=_evidence(data.get("vague_words", ())),
        singular=said[:singular],
        plural=said[singular:],
        measurable_result=data.get("measurable_result"),
        result_evidence=_evidence(data.get("result_evidence", ())),
    )


def filler_report(data: Data, word_count: int) -> FillerReport:
    fillers = tuple(
        Filler(word=f["word"], kind=f["kind"], text=f["text"], start=f["start"], end=f["end"])
        for f in data.get("spans", ())
    )
    return FillerReport(
        fillers=fillers,
        word_count=word_count,
        per_100_words=data["per_100_words"],
        per_minute=data.get("per_minute"),
    )


def hedge_report(data: Data, word_count: int) -> HedgeReport:
    return HedgeReport(
        hedges=_evidence(data.get("spans", ())),
        word_count=word_count,
        per_100_words=data["per_100_words"],
    )


def negativity_report(data: Data) -> NegativityReport:
    return NegativityReport(remarks=_evidence(data.get("evidence", ())))


def attitude_report(data: Data | None) -> AttitudeReport:
    """The attitude remarks; an analysis stored before the check existed has none."""
    return AttitudeReport(remarks=_evidence(data.get("evidence", ()) if data else ()))


def hr_content_report(data: Data | None) -> HrContentReport:
    """The HR checklist; an analysis stored before it existed (or not HR) has none."""
    if not data or data.get("family") is None:
        return HrContentReport()
    checks = tuple(
        HrCheck(c["key"], c["label"], c["weight"], _one(c.get("evidence")), c.get("advice", ""))
        for c in data.get("elements", ())
    )
    faults = tuple(
        HrFault(f["key"], f["penalty"], _evidence((f["evidence"],))[0], f.get("advice", ""))
        for f in data.get("faults", ())
    )
    return HrContentReport(data["family"], checks, faults, data.get("score"))


def _one(item: Data | None) -> Evidence | None:
    return _evidence((item,))[0] if item else None


def length_report(data: Data) -> LengthReport:
    low, high = data["band_s"]
    return LengthReport(
        word_count=data["word_count"],
        seconds=data["seconds"],
        estimated=data["estimated"],
        wpm=data["wpm"],
        band_s=(low, high),
        verdict=data["verdict"],
        score=data["score"],
    )


def delivery_report(data: Data) -> DeliveryReport:
    return DeliveryReport(
        duration_s=data.get("duration_s", 0.0),
        word_count=data.get("word_count", 0),
        speaking_s=data.get("speaking_s", 0.0),
        wpm=data.get("wpm"),
        pace=data.get("pace"),
        pace_direction=data.get("pace_direction"),
        pauses=tuple(
            Pause(start=p["start"], end=p["end"], seconds=p["seconds"], long=p["long"])
            for p in data.get("pauses", ())
        ),
        first_word_s=data.get("first_word_s"),
        late_start=data.get("late_start", False),
        fillers=tuple(
            TimedFiller(
                text=f["text"],
                char_start=f["char_start"],
                char_end=f["char_end"],
                start=f["start"],
                end=f["end"],
            )
            for f in data.get("fillers", ())
        ),
        unintelligible=tuple((u["start"], u["end"]) for u in data.get("unintelligible", ())),
    )


def score_parts(items: Sequence[Data]) -> tuple[ScorePart, ...]:
    return tuple(ScorePart(area=p["area"], score=p["score"], weight=p["weight"]) for p in items)


def tips(items: Sequence[Data]) -> tuple[Tip, ...]:
    return tuple(
        Tip(
            area=t["area"],
            message=t["message"],
            quote=t["quote"] if "quote" in t else t.get("sentence"),  # early versions
            gain=t.get("gain", 0.0),
        )
        for t in items
    )


def framing_report(data: Data | None) -> FramingReport:
    """The real-example verdict; an analysis stored before it existed reads as not judged."""
    if not data:
        return FramingReport("not_applicable")
    return FramingReport(
        label=data["label"],
        sentences=tuple(data.get("sentences", ())),
        quotes=tuple(data.get("quotes", ())),
        evidence=tuple(data.get("evidence", ())),
        message=data.get("message", ""),
    )


def relevance_report(data: Data | None) -> RelevanceReport:
    """The relevance verdict; an analysis stored before it existed reads as not checked."""
    if not data:
        return RelevanceReport(verdict="not_checked", score=None, competency=None)
    return RelevanceReport(
        verdict=data["verdict"],
        score=data.get("score"),
        competency=data.get("competency"),
        matched=_evidence(data.get("matched", ())),
        unmatched=tuple(data.get("unmatched", ())),
        elsewhere=data.get("elsewhere"),
        doubtful=bool(data.get("doubtful", False)),
        confidence=float(data.get("confidence", 0.0)),
        nobody_else=bool(data.get("nobody_else", False)),
    )


def score_cap(data: Data | None) -> ScoreCap | None:
    """The limit put on the score, None when none applied or it was stored before caps."""
    if not data:
        return None
    return ScoreCap(reason=data["reason"], factor=data["factor"], uncapped=data["uncapped"])
