"""The progress page: an empty state for a new user, then charts, weak areas and exports."""

from __future__ import annotations

import json

import pytest
from apptest import open_page, texts
from fakes import FakeTranscriber, make_transcript

from interview.answers import record_attempt
from interview.history.store import HistoryStore
from interview.models import Question
from interview.questions import star_parts_trained
from interview.ui import exports, state

PAGE = "app_pages/progress.py"
QUESTIONS = (
    Question("q-deadline", "Tell me about a tight deadline.", "behavioral", "time-management"),
    Question("q-conflict", "Tell me about a disagreement.", "behavioral", "conflict"),
    Question("q-lead", "Tell me about leading a project.", "behavioral", "leadership"),
)
# Answers without a result, so "result" comes out as a weak area.
NO_RESULT = (
    "Last year our team, um, had a deadline for a client. I was asked to plan the work. "
    "I talked to everyone and I made a plan and I checked in every day."
)


@pytest.fixture
def seeded(store: HistoryStore) -> HistoryStore:
    spoken = FakeTranscriber(make_transcript(NO_RESULT, seconds_per_word=0.3))
    for i in range(6):
        question = QUESTIONS[i % len(QUESTIONS)]
        if i % 2:
            record_attempt(store, question, answer_text=NO_RESULT)
        else:
            record_attempt(
                store, question, recording=b"RIFF", recording_suffix=".wav", transcriber=spoken
            )
    return store


def test_a_new_user_is_told_how_to_start() -> None:
    app = open_page(PAGE)
    assert not app.exception
    assert "first answers" in app.info[0].value
    app.button(key="progress_start").click().run()
    assert "Start practice" in [b.label for b in app.button]


def test_charts_cards_competencies_and_exports(seeded: HistoryStore) -> None:
    app = open_page(PAGE)
    assert not app.exception
    assert app.metric[0].value == "6"
    assert [m.label for m in app.metric][1:] == [
        "Overall score",
        "Fillers per minute",
        "Words per minute",
    ]
    assert len(app.get("vega_lite_chart")) == 4
    competencies = app.dataframe[0].value
    assert set(competencies["Competency"]) == {"Time management", "Conflict", "Leadership"}
    questions = app.dataframe[1].value
    assert list(questions["Answers"]) == [2, 2, 2]
    assert set(questions["Question"]) == {q.text for q in QUESTIONS}
    assert len(app.get("download_button")) == 2


def test_weak_area_starts_a_targeted_session(seeded: HistoryStore) -> None:
    app = open_page(PAGE)
    assert "What to work on next" in texts(app)
    app.button(key="progress_practise_result").click().run()
    assert not app.exception
    focus = app.session_state[state.FOCUS]
    assert focus.star_part == "result"
    app.switch_page(state.PAGE_PRACTICE).run()  # where st.switch_page took the browser
    assert "A session aimed at" in app.info[0].value
    app.radio(key="practice_mode").set_value("typed")  # a spoken one would load Whisper
    app.button(key="practice_start").click().run()
    assert "Question 1 of" in texts(app)
    assert app.session_state[state.FOCUS] is None
    run = app.session_state[state.PRACTICE_RUN]
    trains_result = [q for q in run.state.questions if "result" in star_parts_trained(q)]
    assert len(trains_result) >= 2  # 70% of 3 picks favour the focus, at random rounding


def test_exports_hold_every_attempt(seeded: HistoryStore) -> None:
    document = json.loads(exports.json_text(seeded))
    assert len(document["attempts"]) == 6
    rows = exports.csv_text(seeded).strip().splitlines()
    assert len(rows) == 7


def test_no_trend_is_claimed_from_too_few_answers(store: HistoryStore) -> None:
    """After two answers nothing is "steady →" yet: too few to tell, so no trend is shown;
    from four answers on, the trend appears."""
    for question in QUESTIONS[:2]:
        record_attempt(store, question, answer_text=NO_RESULT)
    app = open_page(PAGE)
    assert not app.exception
    assert not any(m.delta for m in app.metric[1:])
    assert "steady" not in texts(app) and "improving" not in texts(app)
    for question in QUESTIONS[:2]:
        record_attempt(store, question, answer_text=NO_RESULT)
    app = open_page(PAGE)
    assert app.metric[1].delta in ("improving ↗", "steady →", "slipping ↘")
