"""The analysis pipeline: one answer's text in, one `Analysis` out, every check in order.

`analyse()` is the single entry point (handed on by `interview.analysis`); the modules it
calls each answer one question (which sentences are which STAR part, how specific the answer
is, which words are fillers). The pipeline, in order: tokens and sentences -> STAR labels ->
framing (is it a real example?) and relevance (is it about the question?) -> specificity
(ownership in the action sentences, a measurable result in the result sentences) -> fillers,
hedges, negativity, attitude -> length -> delivery (spoken answers) -> for an HR answer, what
its question asks for (`hr.content`) -> score, its cap, and tips.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from interview.analysis.analysis import Analysis, AnalysisOptions, check_duration, check_kind
from interview.analysis.attitude import find_attitude
from interview.analysis.delivery import DeliveryReport, measure_delivery
from interview.analysis.fillers import FillerReport, find_fillers
from interview.analysis.hedges import find_hedges
from interview.analysis.hr.content import (
    check_hr_content,
    on_question_by_checklist,
)
from interview.analysis.hr.families import family_of
from interview.analysis.language import looks_english
from interview.analysis.length import measure_length
from interview.analysis.markup import mask_markup
from interview.analysis.negativity import find_negativity
from interview.analysis.relevance import check_relevance
from interview.analysis.repetition import find_repeats
from interview.analysis.scoring import (
    ScorePart,
    negativity_score,
    overall_score,
    pace_score,
    rate_score,
    score_cap,
    score_parts,
)
from interview.analysis.sentences import Sentence, split_sentences
from interview.analysis.specificity.measure import measure_specificity
from interview.analysis.specificity.report import SpecificityReport
from interview.analysis.star.labeller import StarReport
from interview.analysis.story import star_and_framing, with_measured_result
from interview.analysis.tips.build import build_tips
from interview.analysis.tokens import Token, tokenize
from interview.errors import AnswerError
from interview.models import QuestionKind, StarPart, Transcript

__all__ = ["analyse"]


def _tokens_of(text: str, options: AnalysisOptions) -> tuple[str, tuple[Token, ...]]:
    """(words, tokens): `text` with its markup blanked (`markup.mask_markup`; the same
    offsets) and its tokens, or AnswerError when it is empty or too long. Every word-level
    measure reads `words`, since an address or an image is not words said; sentences
    quote `text` itself."""
    if not text.strip():
        raise AnswerError("the answer is empty: type or say at least one sentence")
    words = mask_markup(text)
    tokens = tokenize(words)
    if not tokens:
        raise AnswerError("the answer has no words, only punctuation, symbols or web addresses")
    if not looks_english(tokens):
        raise AnswerError(
            "the answer does not look like English: the coach reads English only, so it "
            "cannot judge this one fairly; write or say your answer in English"
        )
    if len(tokens) > options.max_words:
        raise AnswerError(
            f"the answer has {len(tokens):,} words; the most that can be analysed is "
            f"{options.max_words:,}"
        )
    return words, tokens


def _star_sentences(star: StarReport, part: StarPart) -> tuple[Sentence, ...] | None:
    """The sentences in the role `part` (of the story or the plan), or None when STAR does
    not apply."""
    if not star.applies:
        return None
    return tuple(s.sentence for s in star.sentences if s.role == part)


def _specificity(
    text: str, tokens: tuple[Token, ...], sentences: Sequence[Sentence], star: StarReport
) -> SpecificityReport:
    """How specific the answer is, ownership read in its actions, a measure in its results."""
    return measure_specificity(
        text,
        tokens,
        sentences,
        action_sentences=_star_sentences(star, "action"),
        result_sentences=_star_sentences(star, "result"),
    )


def _delivery(
    text: str, transcript: Transcript | None, fillers: FillerReport
) -> DeliveryReport | None:
    """Delivery of a spoken answer, with its fillers timed when the text is the transcript's."""
    if transcript is None:
        return None
    spans = [(f.start, f.end) for f in fillers.fillers] if text == transcript.text else []
    return measure_delivery(transcript, filler_spans=spans)


def _score_parts(draft: Analysis) -> tuple[ScorePart, ...]:
    """The components of the overall score (see `interview.analysis.scoring`)."""
    return score_parts(
        {
            "star": draft.star.score,
            "specificity": draft.specificity.score,
            "fillers": rate_score(draft.fillers.per_100_words),
            "hedges": rate_score(draft.hedges.per_100_words),
            "length": draft.length.score,
            "negativity": negativity_score(len(draft.negativity.remarks)),
            "pace": None if draft.delivery is None else pace_score(draft.delivery),
            "hr_content": draft.hr_content.score,
        },
        words=draft.word_count,
    )


def analyse(
    text: str,
    *,
    kind: str = "behavioral",
    question: str | None = None,
    duration_s: float | None = None,
    transcript: Transcript | None = None,
    options: AnalysisOptions | None = None,
    competency: str | None = None,
    key_points: Sequence[str] = (),
    question_id: str | None = None,
) -> Analysis:
    """Analyse one answer to an interview question.

    `kind` is "behavioral", "situational" (both judged on STAR) or "hr" (not). With a
    `transcript`, delivery (pace, pauses) is measured and its duration is used. With a
    `question` (and for a bank question its `competency` and `key_points`), the answer is
    checked against it; an HR answer is also read against the checklist of its question's
    family (from the bank's `question_id`, else the wording).
    Raises AnswerError for an empty answer, one over `options.max_words` words, an unknown
    kind or a duration that is not a positive number.
    """
    options = options or AnalysisOptions()
    question_kind = check_kind(kind)
    duration = transcript.duration_s if transcript is not None else check_duration(duration_s)
    draft = _unscored(
        text,
        question_kind,
        question,
        duration,
        transcript=transcript,
        options=options,
        topic=(competency, tuple(key_points)),
    )
    return _scored(_with_hr_content(draft, question_id=question_id, competency=competency))


def _with_hr_content(
    draft: Analysis, *, question_id: str | None, competency: str | None
) -> Analysis:
    """An HR answer read against its question family's checklist (nothing for other kinds);
    an answer that has most of it is on the question, whatever words it uses."""
    if draft.kind != "hr":
        return draft
    family = family_of(draft.question, question_id=question_id, competency=competency)
    hr = check_hr_content([s.sentence for s in draft.star.sentences], family)
    relevance = on_question_by_checklist(draft.relevance, hr)
    return dataclasses.replace(draft, hr_content=hr, relevance=relevance)


def _scored(draft: Analysis) -> Analysis:
    """The draft with its overall score (capped when the answer is no real example or off
    the question) and the tips, which read the score. A result whose figure the
    specificity check found is not reported as unmeasurable (`story.with_measured_result`)."""
    star = with_measured_result(draft.star, draft.specificity)
    draft = dataclasses.replace(draft, star=star)
    parts = _score_parts(draft)
    cap = score_cap(
        real_example=draft.framing.real_example,
        off_topic=draft.relevance.off_topic,
        parts=parts,
        topic_unclear=draft.relevance.doubtful,
        speaks_badly=draft.negativity.flagged,
        attitude=draft.attitude.flagged,
        off_topic_confidence=draft.relevance.confidence,
        demand=any(remark.label == "demand" for remark in draft.attitude.remarks),
        declines=draft.hr_content.declined,
        repeated_share=find_repeats([s.sentence.text for s in draft.star.sentences]).share,
    )
    scored = dataclasses.replace(
        draft, score=overall_score(parts, cap), score_parts=parts, score_cap=cap
    )
    return dataclasses.replace(scored, tips=build_tips(scored))


def _unscored(
    text: str,
    kind: QuestionKind,
    question: str | None,
    duration: float | None,
    *,
    transcript: Transcript | None,
    options: AnalysisOptions,
    topic: tuple[str | None, tuple[str, ...]],
) -> Analysis:
    """Every report of the answer, before the score and the tips (`topic`: the question's
    competency and key points, for the relevance and attitude checks)."""
    words, tokens = _tokens_of(text, options)
    sentences = split_sentences(text)
    star, framing = star_and_framing(sentences, kind=kind)
    fillers = find_fillers(words, tokens, duration_s=duration)
    band = options.band_for(kind)
    return Analysis(
        text=text,
        kind=kind,
        question=question,
        word_count=len(tokens),
        duration_s=duration,
        star=star,
        specificity=_specificity(words, tokens, sentences, star),
        fillers=fillers,
        hedges=find_hedges(words, tokens, sentences),
        negativity=find_negativity(words, tokens, sentences),
        length=measure_length(len(tokens), band_s=band, duration_s=duration, wpm=options.wpm),
        delivery=_delivery(text, transcript, fillers),
        score=0,
        score_parts=(),
        tips=(),
        framing=framing,
        relevance=check_relevance(
            tokens, sentences, question=question, competency=topic[0], key_points=topic[1]
        ),
        attitude=find_attitude(words, tokens, sentences, question=question, competency=topic[0]),
    )
