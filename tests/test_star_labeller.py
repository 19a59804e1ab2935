import pytest

from interview.analysis.sentences import Sentence, split_sentences
from interview.analysis.star.labeller import analyse_star
from interview.models import STAR_PARTS

STRONG = (
    "Last year at my previous job our checkout page was timing out during sales. "
    "My job was to find the cause before Black Friday. "
    "I profiled the service and found a slow query. "
    "I rewrote it and added a cache. "
    "As a result, checkout errors fell 80% and we handled record traffic."
)


def labels(text: str, kind: str = "behavioral") -> list[str | None]:
    report = analyse_star(split_sentences(text), kind=kind)  # type: ignore[arg-type]
    return [s.part for s in report.sentences]


# A one-sentence answer is not a story (it is labelled as none, like the corpus does), so a
# sentence is judged after this opening.
OPENING = "At my last job the weekly rota kept going wrong. "


def one(text: str, kind: str = "behavioral") -> tuple[str | None, tuple[str, ...]]:
    report = analyse_star(split_sentences(OPENING + text), kind=kind)  # type: ignore[arg-type]
    _, sentence = report.sentences
    return sentence.part, sentence.evidence


@pytest.mark.parametrize(
    "text,part,evidence_part",
    [
        ("I migrated the billing database to Postgres.", "action", "action verb 'migrated'"),
        ("I rewrote the onboarding guide.", "action", "first-person past-tense action verb"),
        # A closing "We shipped ..." is the outcome: the guide labels a closing "we" + past
        # verb by its role.
        ("We shipped a new rota tool.", "result", "closes the answer"),
        ("As a result, churn fell 12%.", "result", "number in result '12%'"),
        ("As a result, churn fell 12%.", "result", "outcome marker 'as a result'"),
        ("My job was to keep the ward staffed.", "task", "goal phrase 'my job was'"),
        ("I was responsible for the weekly payroll.", "task", "goal phrase"),
        ("I learned to ask for help earlier.", "result", "lesson 'i learned'"),
        ("Great question.", None, "not part of the story"),
        # A plan has no STAR part (tests/data/answer_corpus.md); its role is its plan_part.
        ("I would call the customer first.", None, "conditional action 'i would call'"),
    ],
)
def test_single_sentences_get_their_part_and_say_why(
    text: str, part: str | None, evidence_part: str
) -> None:
    kind = "situational" if "would" in text else "behavioral"
    got, evidence = one(text, kind)
    assert got == part
    assert any(evidence_part in e for e in evidence), evidence


def test_a_setting_opens_the_story() -> None:
    text = "Last year at my previous job we had a problem. I rewrote the rota. Complaints stopped."
    report = analyse_star(split_sentences(text))
    assert [s.part for s in report.sentences] == ["situation", "action", "result"]
    assert any("setting 'at my previous job'" in e for e in report.sentences[0].evidence)


@pytest.mark.parametrize(
    "text,not_part,forbidden",
    [
        # "at" must never be found inside "that", nor "led" inside "filed".
        ("I think that is fine.", "situation", "at"),
        ("I like working with people.", "action", "like"),
        ("I like working with people.", "action", "working"),
        ("Plans were scheduled.", "result", "led"),
    ],
)
def test_whole_tokens_only(text: str, not_part: str, forbidden: str) -> None:
    got, evidence = one(text)
    # The model's own word evidence quotes whole tokens by construction ("word 'working'");
    # a cue must never quote a word it found inside another.
    cues = [e for e in evidence if not e.startswith("sentence structure: word")]
    assert not any(f"'{forbidden}'" in e for e in cues), evidence
    # The part may still come from the sentence's place or structure, never from the word.
    assert got != not_part or evidence[0].startswith(("no cue of its own", "sentence structure")), (
        evidence
    )


def test_liking_people_is_not_an_action() -> None:
    report = analyse_star(split_sentences("I like working with people."))
    assert report.sentences[0].part != "action"
    assert not report.part("action").present


def test_strong_answer_is_labelled_in_order_and_scores_high() -> None:
    report = analyse_star(split_sentences(STRONG))
    assert [s.part for s in report.sentences] == [
        "situation",
        "task",
        "action",
        "action",
        "result",
    ]
    assert report.in_order
    assert all(report.part(p).strength == "strong" for p in STAR_PARTS)
    assert report.score is not None and report.score >= 90
    assert report.findings == ()


@pytest.mark.parametrize(
    "text,code,part",
    [
        # No result at all.
        (
            "At my last job the warehouse kept losing parcels. I was asked to fix the process. "
            "I mapped every step and I added barcode scans at each handover.",
            "missing",
            "result",
        ),
        # A vague result.
        (
            "At my last job the warehouse kept losing parcels. I mapped every step and I added "
            "barcode scans at each handover. In the end things worked out.",
            "result_not_measurable",
            "result",
        ),
        # "we"-only actions.
        (
            "Last year our release process was slow. We automated the tests. We rewrote the "
            "deploy scripts. As a result, releases went from 2 days to 3 hours.",
            "weak_ownership",
            "action",
        ),
        # The result told first.
        (
            "We cut onboarding time by 40%. Last spring at my previous company new hires "
            "waited two weeks for access. I wrote a checklist and I automated the account setup.",
            "out_of_order",
            "situation",
        ),
    ],
)
def test_findings_name_the_problem(text: str, code: str, part: str) -> None:
    report = analyse_star(split_sentences(text))
    assert (code, part) in [(f.code, f.part) for f in report.findings]


def test_background_heavy_answer_is_told_so() -> None:
    text = (
        "Two years ago I was working at a busy restaurant in the city centre. "
        "The kitchen was always short of staff and the owner was rarely there. "
        "There was a new menu every month and the suppliers were often late. "
        "At the time the manager had just left and morale was low. "
        "I stepped in and reorganised the rota."
    )
    report = analyse_star(split_sentences(text))
    codes = {f.code for f in report.findings}
    assert {"too_much_background", "too_little_action"} <= codes
    assert report.part("situation").share > 0.35


def test_hr_answers_are_not_judged_on_star() -> None:
    report = analyse_star(split_sentences(STRONG), kind="hr")
    assert not report.applies
    assert report.score is None
    assert all(s.part is None for s in report.sentences)
    assert not any(report.part(p).present for p in STAR_PARTS)
    assert report.findings == ()
    data = report.to_dict()
    assert data["applies"] is False and data["score"] is None
    assert all(data[p]["present"] is False for p in STAR_PARTS)


def test_situational_answers_accept_conditional_actions() -> None:
    text = (
        "If a customer complained about a late order, my priority would be to calm them down. "
        "I would apologise and check the tracking. Then I would offer a refund or a discount."
    )
    report = analyse_star(split_sentences(text), kind="situational")
    assert report.applies
    assert report.part("action").present
    # A plan's step: no STAR part (the labelling guide), its role in the plan instead.
    assert report.sentences[1].part is None
    assert report.sentences[1].plan_part == "action"


def test_a_remark_in_a_plan_is_no_part_of_it() -> None:
    # A plan's steps are coached as its parts; a remark with no cue for any part is not
    # made the plan's Situation by opening the answer.
    text = (
        "Honestly, queues drive me mad. "
        "I would open the second till and ask a colleague to bag. "
        "Is that the kind of thing you mean?"
    )
    report = analyse_star(split_sentences(text), kind="situational")
    assert [s.plan_part for s in report.sentences] == [None, "action", None]
    assert [s.part for s in report.sentences] == [None, None, None]


def test_empty_answer() -> None:
    report = analyse_star(())
    assert report.sentences == ()
    assert not any(p.present for p in report.parts)
    assert report.score == 0
    assert report.in_order


def test_same_input_same_report() -> None:
    first = analyse_star(split_sentences(STRONG))
    second = analyse_star(split_sentences(STRONG))
    assert first == second
    assert first.to_dict() == second.to_dict()


def test_to_dict_carries_the_json_contract() -> None:
    report = analyse_star(split_sentences(STRONG))
    data = report.to_dict()
    for key in ("applies", "score", "in_order", *STAR_PARTS):
        assert key in data
    for part in STAR_PARTS:
        assert {"present", "strength", "share", "evidence"} <= set(data[part])
    sentence = report.sentences[0].to_dict()
    assert sentence["star"] == "situation"
    assert sentence["evidence"] and all(isinstance(e, str) for e in sentence["evidence"])


def test_score_formula_is_visible_arithmetic() -> None:
    # Only a strong action, nothing else: 35 points, no order bonus with one part,
    # and the action carries the whole answer.
    report = analyse_star((Sentence("I rewrote the deploy script.", 0, 28),))
    assert [p.part for p in report.parts if p.present] == ["action"]
    assert report.score == 35


RESULT_STORY = (
    "Last spring at my previous job our nightly import kept failing. "
    "My job was to make it reliable. I rewrote the loader and I added retries. "
    "I also wrote a test for every file format we import and ran it before each release. "
)


@pytest.mark.parametrize(
    "result,strength",
    [
        # Markers and empty outcomes say a result is coming, not what changed.
        ("I think things worked out in the end.", "weak"),
        ("In the end it worked out.", "weak"),
        ("It went really well and everyone was happy.", "weak"),
        ("In the end it improved a lot.", "weak"),
        ("It was a success.", "weak"),
        ("We reduced it.", "weak"),
        # A number, or a change that names what changed, is a real result.
        ("Failures fell by 90%.", "strong"),
        ("As a result, failures fell to zero.", "strong"),
        ("As a result, the import improved.", "strong"),
        ("In the end, the client signed a two-year contract.", "strong"),
        ("I managed to calm him down.", "strong"),
        ("Since then the import hasn't failed once.", "strong"),
    ],
)
def test_result_strength_needs_a_concrete_change(result: str, strength: str) -> None:
    report = analyse_star(split_sentences(RESULT_STORY + result))
    assert report.sentences[-1].part == "result"
    assert report.part("result").strength == strength


def test_a_vague_result_costs_star_points() -> None:
    vague = analyse_star(split_sentences(RESULT_STORY + "In the end it worked out."))
    concrete = analyse_star(split_sentences(RESULT_STORY + "Failures fell to zero."))
    assert vague.score is not None and concrete.score is not None
    assert concrete.score - vague.score == 10  # 25 points strong, 60% of them weak


@pytest.mark.parametrize(
    "sentence",
    [
        "I was kind of responsible for helping with it.",
        "I was responsible for the weekly payroll.",
        "I was, um, basically in charge of the rota.",
        "I was the one responsible for the release checklist.",
        "My job was to keep the ward staffed.",
        "I was asked to fix the process.",
        "Our team was asked to rebuild the checkout before the holidays.",
    ],
)
def test_a_responsibility_is_the_task(sentence: str) -> None:
    text = (
        "At my last job we had a lot of problems with the release process. "
        f"{sentence} I rewrote the deploy script and I added a smoke test."
    )
    report = analyse_star(split_sentences(text))
    assert [s.part for s in report.sentences][:2] == ["situation", "task"]
