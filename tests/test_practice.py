"""A practice session: question order, position, timing, attempts and the end summary."""

from __future__ import annotations

import pytest
from fakes import FakeTranscriber, make_transcript

from interview.answers import record_attempt
from interview.errors import InterviewError
from interview.history.store import HistoryStore
from interview.models import Question
from interview.practice import PracticeOptions, PracticeSession, PracticeState, summarise
from interview.practice import session as session_module
from interview.practice.timing import read_clock, typed_seconds
from interview.practice.wording import resume_label
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
        self.now = 1_700_000_000.0

    def __call__(self) -> float:
        return self.now


def test_questions_follow_the_filters_without_repeats(store: HistoryStore) -> None:
    options = PracticeOptions(count=4, kind="behavioral", seed=7)
    session = PracticeSession.start(store, BANK, options)
    ids = [q.id for q in session.state.questions]
    assert len(ids) == 4 == len(set(ids))
    assert all(q.kind == "behavioral" for q in session.state.questions)
    again = PracticeSession.start(store, BANK, options)
    assert [q.id for q in again.state.questions] == ids  # same seed, same order
    assert store.get_session(session.session_id).settings == options.to_dict()


def test_the_stages_follow_the_clock_and_the_events(store: HistoryStore) -> None:
    clock = FakeClock()
    options = PracticeOptions(count=2, seed=1, think_s=20, answer_s=60)
    session = PracticeSession.start(store, BANK, options, clock=clock)
    assert (session.state.position, session.stage) == ("Question 1 of 2", "thinking")
    clock.now += 20
    assert session.stage == "answering"  # thinking time is up
    session.retry()
    clock.now += 5
    session.ready()  # answering early
    assert session.stage == "answering" and session.state.answer_started() == clock.now
    session.save_text(ANSWER)
    assert session.stage == "feedback"
    session.advance()
    assert (session.state.position, session.stage) == ("Question 2 of 2", "thinking")
    session.advance()  # unanswered: a skip, and the last question
    assert session.finished and session.state.skipped == (session.state.questions[1].id,)


def test_a_typed_answer_is_timed_by_its_words_never_by_the_typing(store: HistoryStore) -> None:
    clock = FakeClock()
    options = PracticeOptions(count=1, seed=1, answer_s=30)
    session = PracticeSession.start(store, BANK, options, clock=clock)
    session.ready()
    clock.now += 600  # ten minutes of slow typing
    words = len(ANSWER.split())
    attempt = session.save_text(ANSWER)
    assert attempt.duration_s == pytest.approx(words * 60 / 150)
    assert attempt.over_time is (words * 60 / 150 > 30)
    assert typed_seconds(ANSWER) == attempt.duration_s
    long = " ".join([ANSWER] * 3)  # about 100 words: 40 s spoken, over a 30 s answer time
    session.retry()
    assert session.save_text(long).over_time is True


def test_a_spoken_answer_is_as_long_as_its_recording(store: HistoryStore) -> None:
    clock = FakeClock()
    session = PracticeSession.start(store, BANK, PracticeOptions(count=1, answer_s=30), clock=clock)
    session.ready()
    clock.now += 100  # the page clock says "over"; the recording is what counts
    heard = make_transcript("um I fixed it myself", gap=0.2)
    outcome = session.submit_recording(b"RIFF-audio", transcriber=FakeTranscriber(heard))
    assert outcome.attempt.duration_s == heard.duration_s < 30
    assert outcome.attempt.over_time is False


def test_a_whole_session_ends_with_a_summary(store: HistoryStore) -> None:
    clock = FakeClock()
    session = PracticeSession.start(store, BANK, PracticeOptions(count=3, seed=3), clock=clock)
    first = session.submit_text(ANSWER)
    session.advance()
    session.advance()  # skipped
    spoken = session.submit_recording(
        b"RIFF-audio", transcriber=FakeTranscriber(make_transcript("um I fixed it myself"))
    )
    session.advance()
    assert session.finished
    summary = summarise(store, session.state)
    assert (summary.planned, summary.answered, summary.analysed) == (3, 2, 2)
    assert summary.skipped == (session.state.questions[1].id,)
    scores = [first.attempt.score, spoken.attempt.score]
    assert summary.average_score == round(sum(s for s in scores if s is not None) / 2, 1)
    assert store.get_session(session.session_id).ended_at is not None
    assert PracticeSession.in_progress(store) is None  # nothing left to resume


def test_a_session_resumes_with_its_question_clock_mode_and_draft(store: HistoryStore) -> None:
    clock = FakeClock()
    options = PracticeOptions(count=3, seed=5, think_s=10, answer_s=90)
    session = PracticeSession.start(store, BANK, options, clock=clock)
    session.submit_text(ANSWER)
    session.advance()
    session.choose_mode("voice")
    session.choose_mode("typed")
    clock.now += 4
    session.ready()
    started = session.state.answer_started()
    clock.now += 30
    session.save_draft("In 2022 I")
    saved = PracticeSession.in_progress(store)
    assert saved is not None and resume_label(saved) == "question 2 of 3, draft kept"

    clock.now += 8  # a reload
    back = PracticeSession.resume(store, saved, clock=clock)
    assert back.state == session.state and back.draft == "In 2022 I"
    assert back.stage == "answering" and back.state.answer_started() == started

    clock.now += 3600  # the next day: time away is not answer time
    later = PracticeSession.resume(store, saved, clock=clock)
    assert later.question == session.question and later.draft == "In 2022 I"
    assert later.stage == "thinking" and later.state.shown_at == clock.now


def test_the_answer_mode_is_chosen_per_question(store: HistoryStore) -> None:
    session = PracticeSession.start(store, BANK, PracticeOptions(count=2, mode="voice"))
    assert session.state.mode == "voice"
    session.choose_mode("typed")
    session.submit_text(ANSWER)
    session.advance()
    assert session.state.mode == "typed"  # kept until changed
    session.choose_mode("voice")
    saved = PracticeSession.in_progress(store)
    assert saved is not None and PracticeState.from_dict(saved.state).mode == "voice"
    with pytest.raises(InterviewError, match="answer mode must be one of voice, typed"):
        session.choose_mode("mime")  # type: ignore[arg-type]


def test_practise_this_question_is_a_one_question_session(store: HistoryStore) -> None:
    options = PracticeOptions(count=1, question_ids=("conflict-2",))
    session = PracticeSession.start(store, BANK, options)
    assert [q.id for q in session.state.questions] == ["conflict-2"]
    with pytest.raises(InterviewError, match="no-such"):
        PracticeSession.start(store, BANK, PracticeOptions(question_ids=("no-such",)))


def test_discarding_ends_the_session_and_keeps_its_attempts(store: HistoryStore) -> None:
    session = PracticeSession.start(store, BANK, PracticeOptions(count=2))
    session.submit_text(ANSWER)
    saved = PracticeSession.in_progress(store)
    assert saved is not None and resume_label(saved) == "question 1 of 2, answer saved"
    PracticeSession.discard(store, saved)
    assert PracticeSession.in_progress(store) is None
    assert store.get_session(session.session_id).ended_at is not None
    assert store.count_attempts() == 1


@pytest.mark.parametrize(
    ("answer_s", "left_s", "warn"),
    [
        (30, 29, False),  # a 30 s answer time is not "about 30 s left" from the first second
        (30, 7, True),
        (120, 31, False),
        (120, 30, True),
    ],
)
def test_the_time_warning_shows_only_when_true(answer_s: int, left_s: float, warn: bool) -> None:
    reading = read_clock(think_s=0, answer_s=answer_s, answer_start=0, now=answer_s - left_s)
    assert reading.phase == "answer" and reading.warn is warn


def test_no_matching_question_is_a_clear_error(store: HistoryStore) -> None:
    with pytest.raises(InterviewError, match="no question matches"):
        PracticeSession.start(store, BANK, PracticeOptions(competencies=("integrity",)))


def test_weak_area_mode_prefers_what_the_weights_point_at(store: HistoryStore) -> None:
    weights = Weights(competency={"conflict": 1.0}, star_part={})
    picks = []
    for seed in range(20):
        options = PracticeOptions(count=1, kind="behavioral", weak_areas=True, seed=seed)
        session = PracticeSession.start(store, BANK, options, weights=weights)
        picks.append(session.state.questions[0].competency)
    assert picks.count("conflict") > picks.count("teamwork")


def test_weak_area_mode_reads_the_history_when_no_weights_are_given(store: HistoryStore) -> None:
    options = PracticeOptions(count=2, weak_areas=True, seed=2)
    session = PracticeSession.start(store, BANK, options)  # empty history: plain selection
    assert session.state.total == 2


VAGUE = "We worked on some stuff together as a team and I guess it was kind of fine in the end."


def _share(
    store: HistoryStore, bank: tuple[Question, ...], competency: str, *, weak: bool
) -> float:
    picks = [
        q.competency
        for seed in range(60)
        for q in PracticeSession.start(
            store, bank, PracticeOptions(count=3, kind="behavioral", weak_areas=weak, seed=seed)
        ).state.questions
    ]
    return picks.count(competency) / len(picks)


def test_weak_area_mode_steers_towards_the_competency_the_history_scores_lowest(
    store: HistoryStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Every competency has a score, as after weeks of practice: the weights are all
    # non-zero and close together, which must still favour the weakest one clearly.
    # (ANSWER is a deadline story: asked about conflict it would be off the question.)
    # The answers below stand for weeks-old ones: none is "answered lately", so the
    # two-question teamwork pool is not cut to one (tests/test_practice_recent.py).
    monkeypatch.setattr(session_module, "recently_answered", lambda store: frozenset())
    bank = tuple(
        Question(id=f"{c}-{n}", text=f"Tell me about {c} {n}.", kind="behavioral", competency=c)
        for c, size in (("teamwork", 2), ("time-management", 6), ("leadership", 4))
        for n in range(size)
    )
    answers = {"teamwork": VAGUE, "time-management": ANSWER, "leadership": ANSWER + " " + VAGUE}
    for question in bank[::2]:
        record_attempt(store, question, answer_text=answers[question.competency])
    plain_weak, plain_strong = (
        _share(store, bank, c, weak=False) for c in ("teamwork", "time-management")
    )
    steered_weak, steered_strong = (
        _share(store, bank, c, weak=True) for c in ("teamwork", "time-management")
    )
    # teamwork has the fewest questions in the bank, yet the most practice once steered.
    assert steered_weak > 1.5 * plain_weak and steered_weak > steered_strong
    assert steered_strong < plain_strong
