import pytest

from interview.analysis.star.verbs import (
    achieved_cues,
    first_person_cues,
    outcome_verb_cues,
    past_base,
)


@pytest.mark.parametrize(
    "word,base",
    [
        ("migrated", "migrate"),  # -d
        ("called", "call"),  # -ed
        ("planned", "plan"),  # doubled consonant
        ("applied", "apply"),  # -ied
        ("built", "build"),  # irregular
        ("used", "use"),  # short -ed
        ("agreed", ""),  # -eed past, base in no list
        ("zorbled", ""),  # unknown -ed still a past tense
        ("need", None),  # -eed present
        ("succeed", None),
        ("hundred", None),  # -ed, not a verb
        ("red", None),
        ("migrate", None),  # base form is no past
    ],
)
def test_past_tense_by_morphology(word: str, base: str | None) -> None:
    assert past_base(word) == base


def evidence(sentence: str, kind: str = "behavioral") -> list[tuple[str, str]]:
    cues = first_person_cues(sentence.lower().split(), kind=kind)  # type: ignore[arg-type]
    return [(c.label, c.evidence) for c in cues]


@pytest.mark.parametrize(
    "sentence,label,fragment",
    [
        ("I migrated the database", "action", "first-person past-tense action verb 'migrated'"),
        ("I then quickly rewrote it", "action", "'rewrote'"),
        ("um I kind of taught myself Python", "action", "'taught'"),
        ("we shipped it", "action", "'we' (weak ownership)"),
        ("I came in early and sorted every box", "action", "'sorted' after 'i'"),
        ("I worked at a bank", "situation", "background 'i worked'"),
        ("I joined the team", "situation", "background 'i joined'"),
        ("I missed a deadline", "situation", "setback 'i missed'"),
        ("I got my manager to sign off", "action", "got someone to act"),
        ("I would call the customer", "action", "conditional action 'i would call'"),
        # Finding something (not a fact) is a deed: "found that ..." is not.
        ("I found the missing invoices", "action", "'found'"),
        ("I noticed the leak and fixed it", "action", "'fixed' after 'i'"),
        # A talk or a meeting held is a deed; having a team is not.
        ("I first had a quiet word with him", "action", "a talk or meeting held"),
        ("we had a meeting with the supplier", "action", "'had a meeting'"),
        ("I discovered that the boiler was old", "situation", "background 'i discovered'"),
    ],
)
def test_first_person_verbs(sentence: str, label: str, fragment: str) -> None:
    assert any(lab == label and fragment in ev for lab, ev in evidence(sentence)), evidence(
        sentence
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "I like working with people",  # a liking, not a deed
        "I needed to fix it",  # a need: the task, not the action
        "I used to work nights",  # a habit
        "I left after a year",  # an irregular past that is no deed
        "I learned to plan",  # a lesson
        "my manager and they agreed",  # no first-person subject
        "I discovered that the boiler had never been serviced",  # a fact found out
        "I had a team of five",  # a state
        "we noticed that the labels were printed twice",
    ],
)
def test_no_action_cue(sentence: str) -> None:
    assert not any(label == "action" for label, _ in evidence(sentence))


def test_a_deed_in_a_when_clause_counts_for_less() -> None:
    ((_, main),) = [
        (c.weight, c.evidence) for c in first_person_cues(["i", "called", "him"], kind="behavioral")
    ]
    ((weight, text),) = [
        (c.weight, c.evidence)
        for c in first_person_cues(["when", "i", "called", "him"], kind="behavioral")
    ]
    assert weight == 1.5 and text.endswith("(in a clause)") and main.startswith("first-person")


def test_conditional_actions_count_fully_only_in_situational_answers() -> None:
    words = ["i", "would", "call", "the", "customer"]
    (situational,) = first_person_cues(words, kind="situational")
    (behavioral,) = first_person_cues(words, kind="behavioral")
    assert situational.weight > behavioral.weight


@pytest.mark.parametrize(
    "sentence,weight",
    [
        ("churn fell 12%", 2.2),  # someone else's change: a result
        ("i reduced costs", 1.2),  # told with "I": mostly the deed
        ("we needed to reduce costs", None),  # an aim, not an outcome
    ],
)
def test_outcome_verbs(sentence: str, weight: float | None) -> None:
    cues, _ = outcome_verb_cues(sentence.split())
    assert [c.weight for c in cues] == ([] if weight is None else [weight])


@pytest.mark.parametrize(
    "sentence,signal",
    [
        ("churn fell 12%", False),
        ("we cut the bill by a third", False),
        ("morale really improved", False),  # the subject names what changed
        ("it improved", True),
        ("things improved a lot", True),
        ("we reduced it", True),
    ],
)
def test_a_change_that_names_nothing_is_only_a_signal(sentence: str, signal: bool) -> None:
    (cue,), _ = outcome_verb_cues(sentence.split())
    assert cue.signal is signal
    assert ("but not what changed" in cue.evidence) is signal


@pytest.mark.parametrize(
    "sentence,quoted",
    [
        ("i managed to calm him down", "managed to calm"),
        ("we were able to fix it in time", "able to fix"),
        ("i was able to be there", None),  # "be" is no deed
        ("it turned out to work", None),
    ],
)
def test_what_was_achieved(sentence: str, quoted: str | None) -> None:
    cues = achieved_cues(sentence.split())
    assert [c.evidence for c in cues] == ([] if quoted is None else [f"achieved '{quoted}'"])


@pytest.mark.parametrize(
    "sentence,weight",
    [
        ("i rewrote the loader", 3.0),
        ("i helped the team", 2.0),  # a deed too generic to picture
        ("i looked into it", 2.0),
        ("i kind of rewrote the loader", 2.1),  # hedged
        ("we did well", None),  # "did" is no deed
    ],
)
def test_deed_weights(sentence: str, weight: float | None) -> None:
    cues = [c for c in first_person_cues(sentence.split(), kind="behavioral")]
    assert [round(c.weight, 2) for c in cues if c.label == "action"] == (
        [] if weight is None else [weight]
    )
