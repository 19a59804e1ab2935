"""Drafts, job adverts, the competency lexicon and the tone of a hard debrief."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest

from interview.errors import DebriefError
from interview.interviews.advert import read_advert, report_from_dict
from interview.interviews.drafts import DRAFT_KINDS, draft, mismatch
from interview.interviews.lexicon import find_phrases, stem
from interview.interviews.log import DebriefQuestion, Interview
from interview.interviews.tone import next_step, outcome_note

PLACEHOLDER = re.compile(r"[\[\]{}<>]|\bTODO\b|\bXXX\b|your name|company name", re.IGNORECASE)
BARE = Interview(
    company="Acme", role="Data analyst", date="2026-11-20", stage="", outcome="rejected"
)
FULL = Interview(
    company="Birch & Co",
    role="Support lead",
    date="2026-11-20",
    stage="final",
    outcome="rejected",
    contact="Priya Shah",
    highlight="The new customer portal your team is building",
)


@pytest.mark.parametrize("kind", DRAFT_KINDS)
@pytest.mark.parametrize("interview", [BARE, FULL])
def test_drafts_are_filled(kind, interview) -> None:
    text = draft(interview, kind, sender="Sam Lee" if interview is FULL else "")
    assert interview.company in text and interview.role in text
    assert not PLACEHOLDER.search(text)
    assert len(text.split()) < 160  # short
    assert "fail" not in text.lower()


def test_drafts_use_the_contact_highlight_and_sender() -> None:
    text = draft(FULL, "thank-you", sender="Sam Lee")
    assert text.startswith("Subject: Support lead at Birch & Co")
    assert "Dear Priya Shah," in text
    assert "the new customer portal your team is building." in text
    assert text.rstrip().endswith("Sam Lee")
    assert "final interview" in text
    assert "Dear Acme team," in draft(BARE, "rejection-reply")


@pytest.mark.parametrize(
    ("outcome", "said"),
    [
        ("waiting", "I look forward to hearing about the next steps."),
        ("offer", "thank you for the offer"),
        ("rejected", "I would be glad to stay in touch."),
        ("withdrew", "Thank you for understanding my decision"),
    ],
)
def test_a_thank_you_note_fits_how_it_ended(outcome: str, said: str) -> None:
    # After a rejection it looked forward "to hearing about the next steps".
    text = draft(replace(BARE, outcome=outcome), "thank-you")
    assert said in text
    if outcome != "waiting":
        assert "next steps" not in text


@pytest.mark.parametrize(
    ("stage", "said"),
    [
        ("first interview", "first interview"),
        ("Phone Interview", "Phone Interview"),
        ("final", "final interview"),
        ("", "interview"),
    ],
)
@pytest.mark.parametrize("kind", ["thank-you", "feedback-request"])
def test_a_stage_that_names_the_interview_is_not_doubled(kind, stage, said) -> None:
    text = draft(replace(FULL, stage=stage), kind)
    assert f"my {said}" in text or f"the {said}" in text
    assert not re.search(r"\binterview interview\b", text, re.IGNORECASE)


@pytest.mark.parametrize("outcome", ["offer", "waiting", "withdrew"])
def test_a_draft_for_a_rejection_is_flagged_when_they_did_not_say_no(outcome) -> None:
    interview = replace(FULL, outcome=outcome, id=4)
    for kind in ("rejection-reply", "feedback-request"):
        warning = mismatch(interview, kind)
        assert warning and f"'{outcome}'" in warning and "--outcome rejected" in warning
    assert mismatch(interview, "thank-you") is None
    assert all(mismatch(FULL, kind) is None for kind in DRAFT_KINDS)  # FULL was rejected


def test_unknown_draft_kind() -> None:
    with pytest.raises(DebriefError, match="rejection-reply, feedback-request, thank-you"):
        draft(BARE, "apology")


@pytest.mark.parametrize(
    "word, same",
    [("disagreements", "disagreement"), ("prioritising", "prioritise"), ("deadlines", "deadline")],
)
def test_stems_meet(word, same) -> None:
    assert stem(word) == stem(same)


@pytest.mark.parametrize(
    "text, competency, phrase",
    [
        ("Strong stakeholder management skills", "communication", "stakeholder management"),
        ("You will resolve conflicts between teams", "conflict", "conflict"),
        ("A self-starter with a growth mindset", "initiative", "self-starter"),
        ("Able to prioritise competing demands", "time-management", "competing demands"),
    ],
)
def test_lexicon_phrases(text, competency, phrase) -> None:
    assert (competency, phrase) in {(h.competency, h.phrase) for h in find_phrases(text)}


def test_a_longer_phrase_hides_the_shorter_one_inside_it() -> None:
    phrases = [
        h.phrase for h in find_phrases("stakeholder management") if h.competency == "communication"
    ]
    assert phrases == ["stakeholder management"]


def test_advert_ranks_by_phrases_and_round_trips() -> None:
    report = read_advert(
        "Excellent communication and presentation skills; you will influence stakeholders. "
        "A team player."
    )
    assert report.competencies[0].competency == "communication"
    assert len(report.competencies[0].phrases) >= 3
    assert report_from_dict(report.to_dict()) == report
    assert read_advert("We sell bicycles in Leeds.").competencies == ()


def test_tone_offers_a_small_step_only_when_notes_sound_low() -> None:
    low = [DebriefQuestion("Why us?", 1, notes="I was useless, total disaster")]
    fine = [DebriefQuestion("Why us?", 2, notes="no example ready")]
    step = next_step(low)
    assert step is not None and "next small step" in step
    assert next_step(fine) is None


@pytest.mark.parametrize("outcome", ["waiting", "offer", "rejected", "withdrew"])
def test_every_outcome_has_a_kind_line(outcome) -> None:
    note = outcome_note(outcome)
    assert note and "fail" not in note.lower()
