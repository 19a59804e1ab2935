"""Duty wording as people really write it, complications told mid-story, and "I had to"
once the actions have begun (issue 10: Task missed on answers written by others).

Every answer here is our own and none is in the training corpus. The tables pin the
structural features (`star.duty`, `star.stance`, `star.context`); the stories check that
the labeller built on them gives each sentence its part.
"""

from __future__ import annotations

import pytest

from interview.analysis.sentences import split_sentences
from interview.analysis.star.clause import main_clause_start
from interview.analysis.star.context import with_context
from interview.analysis.star.cues import sentence_words
from interview.analysis.star.duty import duty_features
from interview.analysis.star.labeller import OWN_FRAMING_BONUS, analyse_star, sentence_scores
from interview.analysis.star.model import load_model
from interview.analysis.star.stance import stance_features


def labels(text: str) -> list[str | None]:
    return [s.part for s in analyse_star(split_sentences(text), kind="behavioral").sentences]


@pytest.mark.parametrize(
    "sentence,expected",
    [
        (
            "In my last job at a garden centre, I was tasked with cutting plant waste.",
            {"duty:stated", "duty:main", "duty:after_setting"},
        ),
        (
            "During my placement we were asked to redesign the rota.",
            {"duty:stated", "duty:main", "duty:after_setting"},
        ),
        (
            "The head of department gave me the job of rewriting the Year 9 course.",
            {"duty:stated", "duty:main"},
        ),
        ("My role included keeping the stockroom safe.", {"duty:stated", "duty:main"}),
        (
            "The three of us had five working days to move the whole archive.",
            {"duty:stated", "duty:main"},
        ),
        (
            "As the site lead, I needed a plan that kept the road open.",
            {"duty:stated", "duty:main", "duty:after_setting"},
        ),
        (
            "What the landlord wanted from me was a rent schedule he could follow.",
            {"duty:stated", "duty:main"},
        ),
        (
            "I joined a choir where we were asked to sing at a wedding.",
            {"duty:stated", "duty:relative"},
        ),
        (
            "I was kind of responsible for the handover sheets.",  # hedged, still a duty
            {"duty:stated", "duty:main"},
        ),
        ("I was asked about my weekend by a customer.", set()),
        ("I rang the supplier and asked for a new date.", set()),
    ],
)
def test_duty_clauses_and_where_they_sit(sentence: str, expected: set[str]) -> None:
    found = set(duty_features(sentence_words(sentence)))
    assert found - {"duty:after_setting"} == expected - {"duty:after_setting"}
    assert ("duty:after_setting" in found) == ("duty:after_setting" in expected)


@pytest.mark.parametrize(
    "sentence,feature",
    [
        ("The chef and I strongly disagreed about the new menu.", "i:stance"),
        ("She wanted a shorter report; I believed the board needed the detail.", "they:stance"),
        ("After a week I realised he was too shy to ask.", "i:stance"),
        ("The disagreement held the launch up for a fortnight.", "subj:problem"),
        ("It turned out the boiler had never been serviced.", "found_out"),
    ],
)
def test_complications_are_read_from_structure(sentence: str, feature: str) -> None:
    assert feature in stance_features(sentence_words(sentence))


def test_stance_is_not_read_into_a_deed() -> None:
    assert stance_features(sentence_words("I rang the supplier and booked a new slot.")) == {}


def test_a_need_is_marked_before_or_after_the_first_deed() -> None:
    rows = with_context([{"pat:had_to": 1.0}, {"i:deed": 1.0}, {"pat:had_to": 1.0}])
    assert rows[0]["ctx:had_to_before_deed"] == 1.0
    assert not any(name.startswith("ctx:") for name in rows[1])  # the deed states no need
    assert rows[2]["ctx:had_to_after_deed"] == 1.0
    assert "ctx:had_to_before_deed" not in rows[2]


@pytest.mark.parametrize(
    "opening",
    [
        "In my last job at a garden centre, I was tasked with cutting the amount of plants we "
        "threw away.",
        "During my time as a garden centre supervisor, I was responsible for cutting the amount "
        "of plants we threw away.",
        "When I worked at a garden centre, the manager gave me the job of cutting the amount of "
        "plants we threw away.",
    ],
)
def test_a_setting_and_a_duty_in_one_opening_sentence_is_the_task(opening: str) -> None:
    story = (
        f"{opening} About a fifth of the bedding plants died on the benches every spring. "
        "I moved the watering to early morning and marked down plants after ten days. "
        "Losses fell by half that season."
    )
    assert labels(story) == ["task", "situation", "action", "result"]


def test_a_duty_stated_after_the_context_is_the_task() -> None:
    story = (
        "Our small charity's website went down two days before the spring appeal. "
        "I was the only volunteer who knew the hosting account, so getting it back up was on "
        "me. I moved the site to a new host overnight and checked every donation page. "
        "The appeal launched on time and raised £8,200."
    )
    assert labels(story) == ["situation", "task", "action", "result"]


def test_a_role_in_front_of_a_need_is_the_task() -> None:
    story = (
        "A lorry broke down on the motorway with our whole order of school uniforms on board. "
        "As the shop manager, I needed another way to get the uniforms in before the start of "
        "term. I rang the supplier's other depot and drove over to collect two boxes myself. "
        "Every family who had ordered had their uniform by the first day."
    )
    assert labels(story)[1] == "task"


@pytest.mark.parametrize(
    "features,bonus",
    [
        ({"bias": 1.0, "copula:task": 1.0}, True),  # "My goal was to ..."
        ({"bias": 1.0, "duty:main": 1.0, "duty:stated": 1.0}, True),  # "I was tasked with ..."
        ({"bias": 1.0, "copula:task": 1.0, "frame:generic": 1.0}, False),  # "My goal is always"
        ({"bias": 1.0, "duty:main": 1.0, "frame:hypothetical": 1.0}, False),  # "I'd be asked to"
    ],
)
def test_own_framing_counts_only_in_a_story(features: dict[str, float], bonus: bool) -> None:
    model = load_model()
    scores = sentence_scores(model, features)
    plain = model.log_probabilities(features)
    assert scores["task"] - plain["task"] == (OWN_FRAMING_BONUS if bonus else 0.0)


@pytest.mark.parametrize(
    "sentence,first_word",
    [
        ("In my last job at a bakery, I was tasked with the wedding cakes.", "i"),
        ("When I worked at a garden centre, the manager gave me the job.", "the"),
        ("As the duty manager, I needed beds for forty guests.", "i"),
        ("When I joined the team I had no idea how the rota worked.", "i"),
        ("I rang the supplier, and then I booked a van.", "i"),
    ],
)
def test_the_main_clause_starts_after_a_setting_phrase(sentence: str, first_word: str) -> None:
    ws = sentence_words(sentence)
    assert ws[main_clause_start(ws, sentence)] == first_word


def test_i_had_to_is_the_task_before_the_first_deed_and_a_step_after_it() -> None:
    story = (
        "The bakery's oven broke on the morning of a wedding order. "
        "As the only baker on shift, I had to get the cake finished by two. "
        "I moved the cake to the pastry oven and baked the tiers one at a time. "
        "I had to ring the bride's mother to push the delivery back by an hour. "
        "The cake arrived at three and the couple sent us a thank-you card."
    )
    assert labels(story) == ["situation", "task", "action", "action", "result"]


def test_a_disagreement_told_mid_story_is_the_situation() -> None:
    story = (
        "I coordinated volunteers at a park run. "
        "The course marshal and I disagreed about where the water station should go. "
        "He wanted it at the halfway point; I thought the narrow path there was unsafe. "
        "I walked the course with him on the Thursday. "
        "We moved the station to the car park entrance. "
        "No runner fell that season."
    )
    assert labels(story)[:4] == ["situation", "situation", "situation", "action"]
    assert labels(story)[-1] == "result"


def test_an_outcome_told_with_we_is_a_result() -> None:
    story = (
        "We were short of two care workers for the whole of August. "
        "I rang every agency on our list and covered three night shifts myself. "
        "We kept every visit on the rota for the month."
    )
    assert labels(story) == ["situation", "action", "result"]


def test_a_duty_named_twice_in_one_sentence_counts_once() -> None:
    features = {"bias": 1.0, "copula:task": 1.0, "duty:main": 1.0, "duty:stated": 1.0}
    model = load_model()
    gain = sentence_scores(model, features)["task"] - model.log_probabilities(features)["task"]
    assert gain == OWN_FRAMING_BONUS  # "My role included ...": framing and duty clause at once
