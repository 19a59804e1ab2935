"""Choosing what to practise at a terminal: every reply checked, typos asked again."""

from __future__ import annotations

import argparse
import io

import pytest

from interview.cli.practice_console import Console
from interview.cli.practice_setup import ask_options, pick
from interview.errors import InterviewError
from interview.models import QUESTION_KINDS, Question
from interview.practice import PracticeOptions
from interview.questions import filter_questions
from interview.questions.schema import ROLES

QUESTIONS = (
    Question(id="b-1", text="A team?", kind="behavioral", competency="teamwork"),
    Question(id="b-2", text="A conflict?", kind="behavioral", competency="conflict"),
    Question(id="h-1", text="Why us?", kind="hr", competency="communication", roles=("sales",)),
)


class Keyboard(io.StringIO):
    def isatty(self) -> bool:
        return True


def args(**given: object) -> argparse.Namespace:
    values: dict[str, object] = {
        "count": 5,
        "kind": None,
        "competency": [],
        "role": None,
        "difficulty": None,
        "weak_areas": False,
        "mode": None,
        "seed": None,
    }
    return argparse.Namespace(**(values | given))


def ask(lines: list[str], *, history: bool = False, **given: object) -> tuple[PracticeOptions, str]:
    out = io.StringIO()
    console = Console(Keyboard("\n".join(lines) + "\n"), out, io.StringIO())
    options = ask_options(args(**given), console, QUESTIONS, has_history=history)
    return options, out.getvalue()


@pytest.mark.parametrize(
    "reply,allowed,expected",
    [
        ("behavioral", QUESTION_KINDS, "behavioral"),
        ("beh", QUESTION_KINDS, "behavioral"),
        (" HR ", QUESTION_KINDS, "hr"),
        ("soft", ROLES, "software-engineering"),
        ("customer service", ROLES, "customer-service"),
        ("s", ROLES, None),  # sales or software-engineering: ambiguous
        ("behavioural", QUESTION_KINDS, None),
        ("", QUESTION_KINDS, None),
    ],
)
def test_pick_takes_a_name_or_its_unambiguous_start(
    reply: str, allowed: tuple[str, ...], expected: str | None
) -> None:
    assert pick(reply, allowed) == expected


def test_typos_are_explained_and_asked_again() -> None:
    options, out = ask(["behavioural", "beh", "team work", "teamwork", "", "two", "0", "1"])
    assert "'behavioural' is not one of those (did you mean 'behavioral'?)" in out
    assert "'team work' is not one of those (did you mean 'teamwork'?)" in out
    assert "'two' is not a number from 1 to 1" in out and "'0' is not a number" in out
    assert (options.kind, options.competencies, options.role, options.count) == (
        "behavioral",
        ("teamwork",),
        "general",
        1,
    )


def test_filters_matching_nothing_are_asked_again() -> None:
    # The only HR question is in the sales pack: Enter at the role (general only) misses it.
    options, out = ask(["hr", "teamwork", "", "hr", "", "", "hr", "", "sales", ""])
    assert out.count("No question matches all of these") == 2
    assert (options.kind, options.competencies, options.role, options.count) == (
        "hr",
        (),
        "sales",
        1,
    )


def test_no_role_means_the_general_questions_only_and_the_prompt_says_how_to_pick_one() -> None:
    options, out = ask(["", "", "", ""])
    assert options.role == "general"
    assert tuple(filter_questions(QUESTIONS, **options.filters())) == QUESTIONS[:2]
    assert "Role (Enter for general questions only; type a role above, e.g. 'sales'" in out
    piped = ask_options(
        args(), Console(io.StringIO(""), io.StringIO(), io.StringIO()), QUESTIONS, has_history=False
    )
    assert piped.role == "general"


@pytest.mark.parametrize(
    "history,reply,weak", [(True, "y", True), (True, "", False), (False, "y", False)]
)
def test_weak_areas_are_offered_once_there_is_a_history(
    history: bool, reply: str, weak: bool
) -> None:
    options, out = ask(["", "", "", "", reply], history=history)
    assert options.weak_areas is weak
    assert ("weak areas" in out) is history


def test_filter_flags_mean_nothing_is_asked() -> None:
    options, out = ask([], kind="hr", count=2)
    assert out == "" and (options.kind, options.count) == ("hr", 2)


def test_piped_input_is_never_asked() -> None:
    out = io.StringIO()
    console = Console(io.StringIO("beh\n"), out, io.StringIO())
    options = ask_options(args(count=3), console, QUESTIONS, has_history=True)
    assert (options.kind, options.count, out.getvalue()) == (None, 3, "")


def test_a_count_below_one_is_refused() -> None:
    with pytest.raises(InterviewError, match="--count must be at least 1"):
        ask([], count=0)
