"""A practice session: question order, position, timing, attempts and the end summary."""

from __future__ import annotations

import pytest
from fakes import FakeTranscriber, make_transcript

from interview.answers import record_attempt
from interview.errors import InterviewError
from interview.history.store import HistoryStore
from interview.models import Question
from interview.practice import PracticeOptions, PracticeSession
from interview.questions import Weights

BANK = tuple(
    Question(
        id=f"{competency}-{n}",
        text=f"Tell me about {competency} number {n}.",
        kind="hr" if n == 0 else "behavioral",
        competency=competency,
        think_seconds=20,
        answer_seconds=60,
    )
    for competency in ("teamwork", "conflict", "leadership")
    for n in range(3)
)
ANSWER = (
    "In 2023 our team missed a deadline. I owned the schedule. I split the work into "
    "daily goals and I met each engineer. We delivered in 3 weeks and cut defects by 20%."
)


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_questions_follow_the_filters_without_repeats(store: HistoryStore) -> None:
    options = PracticeOptions(count=4, kind="behavioral", seed=7)
    session = PracticeSession.start(store, BANK, options)
    ids = [q.id for q in session.questions]
    assert len(ids) == 4 == len(set(ids)) and all(q.kind == "behavioral" for q in session.questions)
    again = PracticeSession.start(store, BANK, options)
    assert [q.id for q in again.questions] == ids  # same seed, same order
    assert store.get_session(session.session_id).settings == options.to_dict()


def test_position_label_and_timing(store: HistoryStore) -> None:
    clock = FakeClock()
    session = PracticeSession.start(store, BANK, PracticeOptions(count=3, seed=1), clock=clock)
    assert session.label == "Question 1 of 3"
    session.begin_thinking()
    clock.now += 12
    assert session.think_elapsed == 12 and session.answer_elapsed == 0
    session.begin_answer()
    clock.now += 75
    assert session.answer_elapsed == 75 and session.answer_remaining == -15
    outcome = session.submit_text(ANSWER)
    assert outcome.attempt.duration_s == 75 and outcome.attempt.over_time is True
    assert outcome.attempt.session_id == session.session_id
    assert session.label == "Question 2 of 3" and session.answer_elapsed == 0


def test_a_whole_session_ends_with_a_summary(store: HistoryStore) -> None:
    clock = FakeClock()
    session = PracticeSession.start(store, BANK, PracticeOptions(count=3, seed=3), clock=clock)
    session.begin_answer()
    clock.now += 30
    first = session.submit_text(ANSWER)
    session.skip()
    spoken = session.submit_recording(
        b"RIFF-audio", transcriber=FakeTranscriber(make_transcript("um I fixed it myself"))
    )
    assert session.finished
    with pytest.raises(InterviewError, match="the session is over"):
        _ = session.current
    summary = session.finish()
    assert (summary.planned, summary.asked, summary.answered, summary.analysed) == (3, 3, 2, 2)
    assert summary.skipped == (session.questions[1].id,)
    scores = [first.attempt.score, spoken.attempt.score]
    assert summary.average_score == round(sum(s for s in scores if s is not None) / 2, 1)
    assert summary.tip_areas and all(isinstance(a, str) for a in summary.tip_areas)
    assert store.get_session(session.session_id).ended_at is not None
    assert {a.id for a in store.list_attempts(session_id=session.session_id)} == {
        first.attempt.id,
        spoken.attempt.id,
    }


def test_no_matching_question_is_a_clear_error(store: HistoryStore) -> None:
    with pytest.raises(InterviewError, match="no question matches"):
        PracticeSession.start(store, BANK, PracticeOptions(competencies=("integrity",)))


def test_weak_area_mode_prefers_what_the_weights_point_at(store: HistoryStore) -> None:
    weights = Weights(competency={"conflict": 1.0}, star_part={})
    picks = []
    for seed in range(20):
        options = PracticeOptions(count=1, kind="behavioral", weak_areas=True, seed=seed)
        session = PracticeSession.start(store, BANK, options, weights=weights)
        picks.append(session.questions[0].competency)
    assert picks.count("conflict") > picks.count("teamwork")


def test_weak_area_mode_reads_the_history_when_no_weights_are_given(store: HistoryStore) -> None:
    options = PracticeOptions(count=2, weak_areas=True, seed=2)
    session = PracticeSession.start(store, BANK, options)  # empty history: plain selection
    assert session.total == 2


VAGUE = "We worked on some stuff together as a team and I guess it was kind of fine in the end."


def _share(
    store: HistoryStore, bank: tuple[Question, ...], competency: str, *, weak: bool
) -> float:
    picks = [
        q.competency
        for seed in range(60)
        for q in PracticeSession.start(
            store, bank, PracticeOptions(count=3, kind="behavioral", weak_areas=weak, seed=seed)
        ).questions
    ]
    return picks.count(competency) / len(picks)


def test_weak_area_mode_steers_towards_the_competency_the_history_scores_lowest(
    store: HistoryStore,
) -> None:
    # Every competency has a score, as after weeks of practice: the weights are all
    # non-zero and close together, which must still favour the weakest one clearly.
    bank = tuple(
        Question(id=f"{c}-{n}", text=f"Tell me about {c} {n}.", kind="behavioral", competency=c)
        for c, size in (("teamwork", 2), ("conflict", 6), ("leadership", 4))
        for n in range(size)
    )
    answers = {"teamwork": VAGUE, "conflict": ANSWER, "leadership": ANSWER + " " + VAGUE}
    for question in bank[::2]:
        record_attempt(store, question, answer_text=answers[question.competency])
    plain_weak, plain_strong = (
        _share(store, bank, c, weak=False) for c in ("teamwork", "conflict")
    )
    steered_weak, steered_strong = (
        _share(store, bank, c, weak=True) for c in ("teamwork", "conflict")
    )
    # teamwork has the fewest questions in the bank, yet the most practice once steered.
    assert steered_weak > 1.5 * plain_weak and steered_weak > steered_strong
    assert steered_strong < plain_strong
