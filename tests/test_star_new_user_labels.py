"""STAR labels a new user met on answers they wrote (round 6): duty wording, a claim of no
conflict, vague deeds, present-tense narration, spoken fragments and a run-on sentence that
holds the setting and the steps. Our own answers."""

from __future__ import annotations

import pytest

from interview.analysis import analyse
from interview.analysis.sentences import split_sentences
from interview.analysis.star.cues import sentence_words
from interview.analysis.star.labeller import StarReport, analyse_star
from interview.analysis.star.lead import main_clause_cues
from interview.analysis.star.mixed import deeds_in_setting

QUESTION = "Tell me about a time you handled a problem at work."


def _star(text: str) -> StarReport:
    return analyse_star(split_sentences(text))


def _labels(text: str) -> list[str | None]:
    return [s.part for s in _star(text).sentences]


def _labels_of(report: StarReport) -> list[str | None]:
    return [s.part for s in report.sentences]


def _strength(report: StarReport, part: str) -> str:
    return next(p.strength for p in report.parts if p.part == part)


@pytest.mark.parametrize(
    "duty",
    [
        "I owned the supplier payments process.",
        "As the practice manager, appointments were my call.",
        "At the garden centre the weekend rota was my responsibility.",
    ],
)
def test_duty_wording_is_a_task(duty: str) -> None:
    story = (
        f"{duty} One month the same invoice was paid twice. I rang the bank and recovered the "
        "money within a week. We lost nothing and I added a duplicate check."
    )
    report = _star(story)
    assert report.sentences[0].part == "task"
    assert not any(f.part == "task" for f in report.findings)


def test_owning_up_is_not_a_duty() -> None:
    assert _labels("I owned up to the mistake the same afternoon.")[0] != "task"


def test_never_having_had_a_conflict_is_no_setting() -> None:
    answer = analyse("I've never had a conflict at work really.", question=QUESTION)
    assert answer.star.sentences[0].part is None
    assert not any("setting is thin" in f.message for f in answer.star.findings)
    two = analyse(
        "I've never had a conflict at work really. I just get on with people.", question=QUESTION
    )
    assert all(s.part is None for s in two.star.sentences)
    assert not two.framing.real_example


def test_a_real_story_after_the_claim_keeps_its_parts() -> None:
    labels = _labels(
        "I've never had a big conflict at work. But last spring a colleague kept taking my "
        "shifts. I asked her for a coffee and we agreed a swap rule. We had no clashes after that."
    )
    assert labels[0] is None
    assert labels[1] == "situation" and labels[2] == "action"


@pytest.mark.parametrize(
    "deed,strength",
    [
        ("I helped out with the rota and supported the team.", "weak"),
        ("I came in early and sorted things out.", "weak"),
        ("I came in early and rebuilt the rota from scratch.", "strong"),
        ("I rebuilt the rota from scratch.", "strong"),
    ],
)
def test_vague_deeds_never_make_a_strong_action(deed: str, strength: str) -> None:
    report = _star(f"Our rota fell apart every winter. {deed} Nobody missed a shift after that.")
    assert report.sentences[1].part == "action"
    assert _strength(report, "action") == strength


@pytest.mark.parametrize(
    "deed,strength",
    [
        ("I ring our relief list and get one person in.", "strong"),
        ("I look at the rota and I sort things out.", "weak"),
    ],
)
def test_a_deed_in_the_historic_present_is_a_strong_action(deed: str, strength: str) -> None:
    report = _star(
        f"Last Saturday two of our baristas called in sick before the rush. {deed} "
        "We served everyone by two o'clock."
    )
    assert report.sentences[1].part == "action"
    assert _strength(report, "action") == strength


def test_a_present_habit_is_no_strong_action() -> None:
    answer = analyse(
        "I listen to both sides. I explain each step to the patient.", question=QUESTION
    )
    assert all(s.part is None for s in answer.star.sentences)


@pytest.mark.parametrize("fragment", ["So it's just like", "And then we, um", "It was kind of"])
def test_a_fragment_that_trails_off_is_no_part(fragment: str) -> None:
    story = (
        "Last year a customer shouted at me over a refund. I listened and offered a "
        f"replacement there and then. He calmed down and thanked me. {fragment}"
    )
    report = _star(story)
    assert report.sentences[-1].part is None
    assert any("fragment" in e for e in report.sentences[-1].evidence)
    assert _labels(fragment) == [None]


def test_a_finished_short_ending_is_not_a_fragment() -> None:
    assert _labels("It worked after that.") == ["result"]


RUN_ON = (
    "um so at my cafe job the machine broke on a sunday rush, I rang the engineer, set up a "
    "station with the filter jugs and moved two people onto the tills. we got through it and "
    "nobody walked out."
)


def test_deeds_inside_a_run_on_setting_count_as_the_action() -> None:
    answer = analyse(RUN_ON, question=QUESTION)
    first = answer.star.sentences[0]
    assert first.part == "situation"  # one label per sentence, as before
    action = answer.star.part("action")
    assert action.present and action.strength == "strong"
    assert 0 in action.sentence_indexes
    situation = answer.star.part("situation")
    assert situation.share + action.share <= 1.0
    assert not any(f.part == "action" and f.code == "missing" for f in answer.star.findings)
    assert not any(tip.area == "action" for tip in answer.tips)


def test_a_setting_with_no_deed_of_its_own_adds_no_action() -> None:
    report = _star(
        "Last winter at my cafe job the machine broke on a Sunday rush and we lost power. "
        "Everyone just waited for it to come back."
    )
    assert not report.part("action").present
    end = " We got through it in the end."
    hedged = _star(
        "At my cafe job the machine broke on a Sunday rush, and I kind of rang someone." + end
    )
    plain = _star(
        "At my cafe job the machine broke on a Sunday rush, and I rang the engineer." + end
    )
    assert _labels_of(hedged) == _labels_of(plain) == ["situation", "result"]
    assert not hedged.part("action").present
    assert plain.part("action").present


def test_only_situation_sentences_with_a_plain_deed_are_mixed() -> None:
    report = _star(RUN_ON)

    words = [sentence_words(s.sentence.text) for s in report.sentences]
    cues = [
        main_clause_cues(w, kind="behavioral", index=i, count=len(words), text=s.sentence.text)
        for i, (w, s) in enumerate(zip(words, report.sentences, strict=True))
    ]
    assert deeds_in_setting(report.sentences, cues) == (0,)
