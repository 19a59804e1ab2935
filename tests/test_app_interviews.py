"""The Interviews page: log and debrief an interview, see the plan, drafts and timeline."""

from __future__ import annotations

from apptest import errors, open_page, texts

from interview.config import Settings
from interview.history.interviews import list_interviews
from interview.history.store import HistoryStore
from interview.interviews.debrief import record_debrief
from interview.interviews.log import Interview
from interview.questions import load_banks
from interview.ui import state

PAGE = "app_pages/interviews.py"


def _fill(app, company: str = "Acme") -> None:
    app.text_input(key="interviews_company").input(company)
    app.text_input(key="interviews_role").input("Data analyst")
    app.selectbox(key="interviews_outcome").select("rejected")
    app.text_input(key="interviews_q0_text").input("A time you disagreed with a colleague")
    app.radio(key="interviews_q0_rating").set_value(1)
    app.text_input(key="interviews_q0_notes").input("froze, felt useless")
    app.text_input(key="interviews_q1_text").input("Someone you did not get along with")
    app.radio(key="interviews_q1_rating").set_value(2)


def _stored() -> int:
    store = HistoryStore.open()
    try:
        return len(list_interviews(store))
    finally:
        store.close()


def list_attempts() -> list[int]:
    store = HistoryStore.open()
    try:
        return [summary.id for summary in store.list_attempts(limit=None)]
    finally:
        store.close()


def _debrief(company: str, role: str, outcome: str, question: tuple[str, int]) -> Interview:
    """Store a debrief of one remembered question, as the CLI or the page would."""
    store = HistoryStore.open()
    data = {
        "company": company,
        "role": role,
        "date": "2026-11-20",
        "outcome": outcome,
        "questions": [{"text": question[0], "rating": question[1]}],
    }
    try:
        return record_debrief(store, load_banks(Settings.from_env()).questions, data)
    finally:
        store.close()


def test_empty_page_explains_what_to_do() -> None:
    app = open_page(PAGE)
    assert not app.exception
    shown = texts(app)
    assert "Your plan appears here" in shown
    assert "Log an interview first" in shown


def test_log_and_debrief_then_see_the_plan() -> None:
    app = open_page(PAGE)
    _fill(app)
    app.button(key="interviews_save").click().run()
    assert not app.exception and not errors(app)
    assert _stored() == 1
    shown = texts(app)
    assert "Saved your Acme interview with 2 debriefed questions." in shown
    assert "You rated 2 questions on conflict 1-2 in the Acme interview" in shown
    assert "next small step" in shown  # the notes sounded low
    assert "Closest bank question" in shown
    assert app.text_input(key="interviews_company").value == ""  # the form starts afresh


def test_a_missing_company_keeps_the_form(monkeypatch) -> None:
    app = open_page(PAGE)
    _fill(app, company="")
    app.button(key="interviews_save").click().run()
    assert not app.exception
    assert any('"company"' in message for message in errors(app))
    assert app.text_input(key="interviews_q0_text").value == "A time you disagreed with a colleague"
    assert _stored() == 0


def test_drafts_are_filled_from_the_log() -> None:
    interview = _debrief("Birch", "Support lead", "rejected", ("Tell me about yourself", 3))
    app = open_page(PAGE)
    app.radio(key=f"interviews_draft_kind_{interview.id}").set_value("feedback-request").run()
    code = app.code[0].value
    assert "Birch" in code and "Support lead" in code and "feedback" in code


def test_the_first_draft_fits_the_outcome() -> None:
    """While waiting to hear, the draft offered first is a thank-you, not a reply to a
    rejection saying "I am disappointed"; once rejected, it is the reply."""
    waiting = _debrief("Birch", "Support lead", "waiting", ("Tell me about yourself", 3))
    app = open_page(PAGE)
    assert app.radio(key=f"interviews_draft_kind_{waiting.id}").value == "thank-you"
    assert "disappointed" not in app.code[0].value
    assert "look forward to hearing about the next steps" in app.code[0].value
    rejected = _debrief("Cedar", "Analyst", "rejected", ("Tell me about yourself", 3))
    app = open_page(PAGE)  # the newest interview is the one shown first
    assert app.radio(key=f"interviews_draft_kind_{rejected.id}").value == "rejection-reply"
    assert "disappointed" in app.code[0].value


def test_a_rejection_draft_after_an_offer_is_flagged() -> None:
    offer = _debrief("Birch", "Support lead", "offer", ("Tell me about yourself", 4))
    app = open_page(PAGE)
    assert not [w for w in app.warning if "written for a rejection" in w.value]
    app.radio(key=f"interviews_draft_kind_{offer.id}").set_value("rejection-reply").run()
    [warning] = [w.value for w in app.warning if "written for a rejection" in w.value]
    assert "“offer”" in warning


def test_update_the_outcome_and_add_a_question() -> None:
    interview = _debrief("Birch", "Support lead", "waiting", ("Tell me about yourself", 3))
    app = open_page(PAGE)
    key = f"interviews_edit{interview.id}"
    app.selectbox(key=f"{key}_outcome").select("offer")
    app.button(key=f"FormSubmitter:{key}-Update").click().run()
    assert not app.exception and "Interview updated." in texts(app)
    more = f"interviews_more{interview.id}"
    app.text_input(key=f"{more}_text").input("A time you disagreed with your manager")
    app.radio(key=f"{more}_rating").set_value(2)
    app.button(key=f"FormSubmitter:{more}-Add to the debrief").click().run()
    assert not app.exception and not errors(app)
    store = HistoryStore.open()
    (stored,) = list_interviews(store)
    store.close()
    assert stored.outcome == "offer"
    assert [q.rating for q in stored.questions] == [3, 2]


def test_practise_the_top_focus_starts_a_conflict_session() -> None:
    from interview.ui import state

    _debrief("Acme", "Analyst", "rejected", ("A time you disagreed with a colleague", 1))
    app = open_page(PAGE)
    app.button(key="interviews_practise_plan").click().run()
    assert not app.exception
    assert app.session_state[state.FOCUS].competency == "conflict"
    app.switch_page(state.PAGE_PRACTICE).run()
    assert "A session aimed at" in app.info[0].value
    app.radio(key="practice_mode").set_value("typed")
    app.button(key="practice_start").click().run()
    run = app.session_state[state.PRACTICE_RUN]
    assert {q.competency for q in run.state.questions} == {"conflict"}


def test_across_interviews_counts_one_answer_as_one() -> None:
    from interview.answers import record_attempt
    from interview.questions import get_question

    _debrief("Acme", "Analyst", "rejected", ("A time you disagreed with a colleague", 1))
    store = HistoryStore.open()
    question = get_question(load_banks(Settings.from_env()), "beh-conflict-01")
    record_attempt(store, question, answer_text="I asked my colleague for a call and we agreed.")
    store.close()
    app = open_page(PAGE)
    assert not app.exception
    shown = texts(app)
    assert "in practice since (1 answer, average score" in shown
    assert "answer(s)" not in shown


def test_competencies_read_as_words_not_slugs() -> None:
    """The plan, the debrief and the timeline name a competency as a person reads it:
    "Failure and learning", never the stored "failure-and-learning"."""
    _debrief("Acme", "Analyst", "rejected", ("Tell me about a time you failed", 1))
    app = open_page(PAGE)
    assert not app.exception
    shown = texts(app)
    assert "failure-and-learning" not in shown
    assert "1. **Failure and learning**: You rated a question on failure and learning 1" in shown
    assert "competency **Failure and learning**" in shown
    assert "(Failure and learning)" in shown  # the schedule
    assert "Failure and learning: not practised since" in shown


def test_the_job_advert_names_competencies_as_words() -> None:
    app = open_page(PAGE)
    app.text_area(key="interviews_advert_text").input(
        "We want someone who manages their time well, meets tight deadlines and is a team player."
    )
    app.button(key="interviews_advert_read").click().run()
    assert not app.exception and not errors(app)
    shown = texts(app)
    assert "Your saved job advert asks for" in shown
    assert "**Time management**" in shown and "time-management" not in shown


def test_answer_a_debriefed_question_again() -> None:
    asked = ("A time you disagreed with a colleague", 1)
    interview = _debrief("Acme", "Analyst", "rejected", asked)
    key = f"interviews_dq{interview.questions[0].id}_answer"
    app = open_page(PAGE)
    app.text_area(key=key).input(
        "Last May a colleague wanted to skip testing to hit a date. I showed her the 14 bugs "
        "testing had caught that quarter and I proposed a lighter check. She agreed, and we "
        "shipped on time with no critical bugs."
    )
    app.button(key=f"{key}_submit").click().run()
    assert not app.exception and not errors(app)
    shown = texts(app)
    assert "Answered again once since." in shown  # not "1 time"
    # The feedback itself, right there, as the practice page shows it: cards, STAR, tips.
    assert "Your feedback on answering it again" in shown and "Tips" in shown
    assert [m.label for m in app.metric][:2] == ["Overall", "STAR"]
    assert "Most important first" in shown
    app.button(key=f"interviews_dq{interview.questions[0].id}_review").click().run()
    assert not app.exception
    assert app.session_state[state.REVIEW_OPEN] == list_attempts()[0]


def test_a_half_logged_interview_survives_a_visit_to_another_page() -> None:
    app = open_page(PAGE)
    _fill(app)
    app.text_area(key="interviews_feedback").input("They wanted more detail.")
    app.run()
    app.switch_page("app_pages/banks.py").run()
    app.switch_page(PAGE).run()
    assert not app.exception and not app.warning
    assert app.text_input(key="interviews_company").value == "Acme"
    assert app.text_area(key="interviews_feedback").value == "They wanted more detail."
    assert app.text_input(key="interviews_q0_text").value == "A time you disagreed with a colleague"
    assert app.radio(key="interviews_q1_rating").value == 2
    assert app.selectbox(key="interviews_outcome").value == "rejected"
    assert _stored() == 0
    app.button(key="interviews_save").click().run()
    assert not app.exception and not errors(app) and _stored() == 1
