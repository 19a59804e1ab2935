"""The Stories page and the practice page's follow-up drill, through the front door."""

from __future__ import annotations

import pytest
from answers import SPANISH_STORY_PARTS
from apptest import errors, open_page, texts
from fakes import FakeTranscriber, make_transcript
from streamlit.testing.v1 import AppTest
from test_app_practice import wav_bytes

from interview.config import Settings
from interview.history.store import HistoryStore
from interview.history.stories import StoryRecord, StoryStore
from interview.models import COMPETENCIES

PAGE = "app_pages/stories.py"
NO_RESULT = (
    "Last spring our bakery was short of staff before the holidays. My task was to keep the "
    "orders going out. I reorganised the rota and I trained two new starters on the ovens."
)
RESULT = "In the end every order went out on time, and complaints fell from 12 a week to 2."


def stories() -> tuple[StoryRecord, ...]:
    store = HistoryStore.open(Settings.from_env())
    try:
        return tuple(StoryStore(store).list_stories())
    finally:
        store.close()


def write(app: AppTest, **fields: str) -> AppTest:
    for name, value in fields.items():
        if name == "title":
            app.text_input(key="stories_title").input(value)
        else:
            app.text_area(key=f"stories_{name}").input(value)
    return app.button(key="stories_save").click().run()


def test_a_story_written_from_scratch_is_stored_with_suggested_competencies() -> None:
    app = write(
        open_page(PAGE),
        title="Refund backlog",
        situation="In 2023 our support team had 400 refund complaints waiting.",
        task="My job was to clear them before the quarter closed.",
        action="I sorted the complaints by cause and wrote a script for the simple refunds.",
        result="We cleared the backlog in 9 days and complaints fell by 30%.",
    )
    assert not app.exception and not errors(app)
    [story] = stories()
    assert "customer-focus" in story.competencies
    assert app.text_input(key="stories_title").value == ""  # a fresh form for the next one
    shown = texts(app)
    assert "Saved story 1" in shown
    assert "A result a listener can check" in shown
    assert "No story for **Teamwork** yet" in shown


def test_a_story_without_an_action_is_refused_and_the_words_kept() -> None:
    app = write(open_page(PAGE), title="Half a story", situation="We had a problem.")
    assert "write the action" in " ".join(errors(app))
    assert app.text_input(key="stories_title").value == "Half a story"
    assert stories() == ()


def practise_one(text: str) -> AppTest:
    app = open_page("app_pages/practice.py")
    app.selectbox(key="practice_kind").select("behavioral")
    app.number_input(key="practice_count").set_value(1)
    app.slider(key="practice_think").set_value(0)
    app.radio(key="practice_mode").set_value("typed")
    app.button(key="practice_start").click().run()
    app.text_area(key="practice_answer").input(text)
    return app.button(key="practice_submit").click().run()


def test_an_hr_answer_is_not_offered_as_a_story() -> None:
    """HR answers are not judged on STAR, so they have no parts to make a story from: the
    offer is not shown (it used to take a title, then refuse)."""
    app = open_page("app_pages/practice.py")
    app.selectbox(key="practice_kind").select("hr")
    app.number_input(key="practice_count").set_value(1)
    app.slider(key="practice_think").set_value(0)
    app.radio(key="practice_mode").set_value("typed")
    app.button(key="practice_start").click().run()
    app.text_area(key="practice_answer").input("I'm a perfectionist and I work too hard.")
    app.button(key="practice_submit").click().run()
    assert not app.exception and "Your feedback" in texts(app)
    assert "Save this answer as a story" not in [e.label for e in app.expander]
    assert "Save this answer as a story" in [e.label for e in practise_one(NO_RESULT).expander]


def test_a_follow_up_after_an_answer_without_a_result_is_judged_on_the_result() -> None:
    app = practise_one(NO_RESULT)
    assert not app.exception
    assert "How did it turn out in the end" in texts(app)
    app.text_area(key="practice_follow_up_answer").input(RESULT)
    app.button(key="practice_follow_up_submit").click().run()
    assert not app.exception and not errors(app)
    shown = texts(app)
    assert "Answered · judged on the result" in shown


def test_an_answer_is_saved_as_a_story() -> None:
    app = practise_one(NO_RESULT)
    app.text_input(key="practice_story_title").input("Bakery rota")
    app.button(key="practice_save_story").click().run()
    assert not app.exception and not errors(app)
    [story] = stories()
    assert story.action.startswith("I reorganised")


def test_a_spoken_follow_up_is_transcribed_and_judged(monkeypatch: pytest.MonkeyPatch) -> None:
    fake = FakeTranscriber(make_transcript(RESULT, seconds_per_word=0.4))
    monkeypatch.setattr("interview.speech.engines.load_transcriber", lambda settings: fake)
    app = practise_one(NO_RESULT)
    app.get("audio_input")[-1].upload("follow-up.wav", wav_bytes())
    app.run()
    assert not app.exception and not errors(app)
    assert len(fake.calls) == 1
    assert "Answered · judged on the result" in texts(app)


STORY_FIELDS = {
    "title": "Bakery rota",
    "situation": "Last spring our bakery was short of staff before the holidays.",
    "task": "My task was to keep the orders going out.",
    "action": "I reorganised the rota and trained two new starters on the ovens.",
    "result": "Every order went out on time and complaints fell from 12 a week to 2.",
}


def test_competencies_can_be_changed_and_not_emptied() -> None:
    app = write(open_page(PAGE), **STORY_FIELDS)
    [story] = stories()
    app.multiselect(key=f"stories_tags_{story.id}").set_value(["leadership"])
    app.button(key=f"stories_retag_{story.id}").click().run()
    assert not app.exception and stories()[0].competencies == ("leadership",)
    app.multiselect(key=f"stories_tags_{story.id}").set_value([])
    app.button(key=f"stories_retag_{story.id}").click().run()
    assert not app.exception and "at least one competency" in " ".join(errors(app))
    assert stories()[0].competencies == ("leadership",)


def test_fitting_stories_come_only_after_the_thinking_time() -> None:
    write(open_page(PAGE), **STORY_FIELDS)
    store = HistoryStore.open(Settings.from_env())
    StoryStore(store).set_competencies(1, COMPETENCIES)  # so it fits whichever question comes
    store.close()
    app = open_page("app_pages/practice.py")
    app.selectbox(key="practice_kind").select("behavioral")
    app.slider(key="practice_think").set_value(60)
    app.radio(key="practice_mode").set_value("typed")
    app.button(key="practice_start").click().run()
    app.button(key="practice_story_hints").click().run()
    assert not app.exception and "Think on your own first" in texts(app)
    app.button(key="practice_ready").click().run()
    app.button(key="practice_story_hints").click().run()
    shown = texts(app)
    assert not app.exception
    assert "Bakery rota" in shown and "It shows the competency this question tests" in shown


def test_an_answer_can_be_marked_as_telling_a_story() -> None:
    write(open_page(PAGE), **STORY_FIELDS)
    app = practise_one(NO_RESULT)
    app.button(key="practice_story_used").click().run()
    assert not app.exception and not errors(app)
    [story] = stories()
    assert len(story.attempt_ids) == 1


def test_a_title_with_markdown_is_shown_as_written() -> None:
    app = write(open_page(PAGE), **{**STORY_FIELDS, "title": "**Big** [win](http://x)"})
    assert not app.exception and not errors(app)
    [label] = [e.label for e in app.expander]
    assert label.startswith(r"\*\*Big\*\* \[win\]\(http")


def test_a_story_can_be_edited_and_a_bad_edit_keeps_the_words() -> None:
    app = write(open_page(PAGE), **STORY_FIELDS)
    [story] = stories()
    app.toggle(key=f"stories_editing_{story.id}").set_value(True).run()
    app.text_area(key=f"stories_edit_action_{story.id}").input("")
    app.button(key=f"stories_edit_save_{story.id}").click().run()
    assert "write the action" in " ".join(errors(app))
    app.text_area(key=f"stories_edit_action_{story.id}").input("I rewrote the whole rota myself.")
    app.button(key=f"stories_edit_save_{story.id}").click().run()
    assert not app.exception and not errors(app)
    assert stories()[0].action == "I rewrote the whole rota myself."
    assert "Story 1 saved." in texts(app)


def test_deleting_a_story_asks_first() -> None:
    # One click on "Delete this story" used to delete it: a story takes a while to write.
    app = write(open_page(PAGE), **STORY_FIELDS)
    [story] = stories()
    assert app.button(key=f"stories_delete_{story.id}").disabled  # until it is confirmed
    app.checkbox(key=f"stories_delete_confirm_{story.id}").check().run()
    app.button(key=f"stories_delete_{story.id}").click().run()
    assert not app.exception and stories() == ()
    assert "Deleted the story" in texts(app)


def test_a_stored_story_the_coach_cannot_read_is_shown_with_the_reason() -> None:
    # Stored before answers in another language were refused (or brought in by an import):
    # the page shows it and says why there is no advice, never a traceback.
    store = HistoryStore.open(Settings.from_env())
    try:
        parts = dict(SPANISH_STORY_PARTS)
        StoryStore(store).add_story("Cliente", parts, ["customer-focus"])
    finally:
        store.close()
    app = open_page(PAGE)
    assert not app.exception and not errors(app)
    assert "No advice on this story" in texts(app)
    assert "Hablé con él" in texts(app)


def test_competencies_read_as_words_not_slugs() -> None:
    """Cards, choices, the saved message and the coverage name a competency as a person
    reads it ("Failure and learning"), never the stored "failure-and-learning"."""
    app = open_page(PAGE)
    app.multiselect(key="stories_competencies").set_value(["failure-and-learning"])
    app = write(
        app,
        title="Missed launch",
        situation="In 2022 our launch slipped by two weeks.",
        task="I had to tell the client and fix the plan.",
        action="I called the client the same day and I rebuilt the schedule with the team.",
        result="We launched 9 days later and kept the account.",
    )
    assert not app.exception and not errors(app)
    assert stories()[0].competencies == ("failure-and-learning",)
    shown = texts(app)
    assert "Saved story 1: Failure and learning." in shown
    assert "Resting on a single story: Failure and learning" in shown
    assert "No story for **Time management** yet" in shown
    assert "failure-and-learning" not in shown and "time-management" not in shown
    assert app.expander[0].label.endswith("· Failure and learning")
    assert app.multiselect(key="stories_tags_1").format_func("failure-and-learning") == (
        "Failure and learning"
    )
    matrix = app.dataframe[0].value
    assert "Failure and learning" in list(matrix["Competency"])
    assert "failure-and-learning" not in list(matrix["Competency"])


def test_a_half_written_story_survives_a_visit_to_another_page() -> None:
    app = open_page(PAGE)
    app.text_input(key="stories_title").input("Half written")
    app.text_area(key="stories_situation").input("Our oven broke the day before a wedding order.")
    app.multiselect(key="stories_competencies").set_value(["adaptability"])
    app.run()
    app.switch_page("app_pages/practice.py").run()
    app.switch_page(PAGE).run()
    assert not app.exception
    assert app.text_input(key="stories_title").value == "Half written"
    assert app.text_area(key="stories_situation").value.startswith("Our oven broke")
    assert app.multiselect(key="stories_competencies").value == ["adaptability"]
    assert stories() == ()  # nothing is saved until the user asks


def test_a_typed_follow_up_answer_survives_a_visit_to_another_page() -> None:
    app = practise_one(NO_RESULT)
    app.text_area(key="practice_follow_up_answer").input(RESULT)
    app.run()
    app.switch_page("app_pages/review.py").run()
    app.switch_page("app_pages/practice.py").run()
    assert not app.exception
    assert app.text_area(key="practice_follow_up_answer").value == RESULT
