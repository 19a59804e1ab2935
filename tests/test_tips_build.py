import json
import re
from pathlib import Path

import pytest
from answers import TEACHER, VAGUE_STORY

from interview.analysis import analyse
from interview.analysis.scoring import CLEAN_AREAS, rate_score
from interview.analysis.tips.build import HR_TIERS, MIN_TIP_GAIN, TIERS
from interview.analysis.tips.story import _WEAK
from interview.analysis.tips.tip import Tip, quote_of, unrepeat
from interview.areas import BY_KEY
from interview.models import STAR_PARTS, Transcript, Word

PAIRS = json.loads((Path(__file__).parent / "data" / "specificity_pairs.json").read_text())["pairs"]
ANSWERS = [
    *(pair[version] for pair in PAIRS for version in ("vague", "specific")),
    "Um, so, like, I, I basically fixed it, you know? My boss was useless.",
    "I think I just maybe helped with some stuff.",
]
VERDICT = re.compile(r"\b(hire|hired|hiring|reject|rejected|not a fit|pass on you)\b", re.I)


@pytest.mark.parametrize("answer", ANSWERS)
@pytest.mark.parametrize("kind", ["behavioral", "hr"])
def test_tips_are_ordered_quoted_and_never_a_verdict(answer: str, kind: str) -> None:
    analysis = analyse(answer, kind=kind)
    tips = analysis.tips
    # A remark that caps the score is told with the first tier.
    capped = analysis.score_cap is not None and analysis.score_cap.reason == "speaks_badly"
    tiers = (HR_TIERS if kind == "hr" else TIERS) | (
        {"negativity": TIERS["relevance"]} if capped else {}
    )
    order = [(tiers[tip.area], -round(tip.gain, 1)) for tip in tips]
    assert order == sorted(order)
    for tip in tips:
        assert tip.area in BY_KEY
        assert tip.gain > 0
        assert not VERDICT.search(tip.message.replace("hired a", ""))
        if tip.quote is not None:
            assert tip.quote in answer
            assert quote_of(tip.quote) in tip.message
    if kind == "hr":
        assert not {tip.area for tip in tips} & set(STAR_PARTS)


@pytest.mark.parametrize(
    "result,fragment",
    [
        ("Things worked out in the end.", "has no measurable outcome"),
        ("The import got much faster after that.", "not by how much"),
    ],
)
def test_unmeasured_result_is_quoted(result: str, fragment: str) -> None:
    answer = (
        "Last spring the nightly import at our warehouse failed twice a week. "
        "My job was to make it reliable before the audit. "
        "I rewrote the loader in Python, added retries and alerts in Grafana. " + result
    )
    tips = [tip for tip in analyse(answer).tips if tip.area == "result"]
    assert len(tips) == 1
    assert fragment in tips[0].message
    assert quote_of(result) in tips[0].message


def test_a_measured_result_gets_no_result_tip() -> None:
    answer = (
        "Last spring the nightly import at our warehouse failed twice a week. "
        "My job was to make it reliable before the audit. "
        "I rewrote the loader in Python, added retries and alerts in Grafana. "
        "Failures fell from 8 a month to 0 and the audit passed in June 2024."
    )
    assert "result" not in {tip.area for tip in analyse(answer).tips}


@pytest.mark.parametrize(
    "answer,area",
    [
        ("My boss was useless, so I rewrote the loader myself in two days.", "negativity"),
        ("Um, uh, I, like, um, rewrote the, uh, loader.", "fillers"),
        ("I think I maybe just rewrote the loader, I guess.", "hedges"),
        ("We rewrote the loader. We tested it. We shipped it.", "ownership"),
        ("I rewrote the loader in May. Imports took 2 minutes after.", "length"),
        # A one-liner is not a story yet: that comes before its length.
        ("I rewrote the loader.", "example"),
    ],
)
def test_each_problem_gets_its_tip(answer: str, area: str) -> None:
    assert area in {tip.area for tip in analyse(answer).tips}


def test_filler_tip_gain_is_what_the_filler_score_would_regain() -> None:
    analysis = analyse("Um, uh, I, like, um, rewrote the, uh, loader in Python last week.")
    (tip,) = [tip for tip in analysis.tips if tip.area == "fillers"]
    (part,) = [part for part in analysis.score_parts if part.area == "fillers"]
    assert tip.gain == pytest.approx(
        part.weight * (100 - rate_score(analysis.fillers.per_100_words))
    )
    assert "'um' x2" in tip.message and "'uh' x2" in tip.message


def test_pace_tip_for_a_fast_spoken_answer() -> None:
    text = "I rewrote the loader in Python and the import time fell by half in March."
    words = tuple(Word(w, 0.2 * i, 0.2 * i + 0.18) for i, w in enumerate(text.split()))
    transcript = Transcript(text, words, duration_s=4.0, speech_s=3.0, engine="fake", model="")
    (tip,) = [tip for tip in analyse(text, transcript=transcript).tips if tip.area == "pace"]
    assert "words a minute" in tip.message and "slow down" in tip.message
    assert tip.quote is None


@pytest.mark.parametrize(
    "gaps,fragment",
    [
        # A pause starts when the word before it ends: word 2 ends at 1.15 s.
        ({3: 3.0}, "more than 2.5 s once (at 0:01)"),
        ({1: 61.0, 5: 3.0}, "more than 2.5 s 2 times (at 0:00, 1:02)"),
    ],
)
def test_pace_tip_says_when_the_long_pauses_were(gaps: dict[int, float], fragment: str) -> None:
    text = "I rewrote the loader in Python and the import time fell by half in March."
    words, clock = [], 0.0
    for i, word in enumerate(text.split()):
        clock += gaps.get(i, 0.0)
        words.append(Word(word, clock, clock + 0.35))
        clock += 0.4
    transcript = Transcript(text, tuple(words), clock, clock, engine="fake", model="")
    (tip,) = [tip for tip in analyse(text, transcript=transcript).tips if tip.area == "pace"]
    assert fragment in tip.message


@pytest.mark.parametrize(
    "sentence,quoted",
    [
        ("Things worked out.", "Things worked out"),
        ("  It   went\nwell!  ", "It went well"),
        ("word " * 40, ("word " * 18).strip() + "..."),
    ],
)
def test_quote_of(sentence: str, quoted: str) -> None:
    assert quote_of(sentence) == quoted


def test_vague_story_calls_out_its_vague_result() -> None:
    analysis = analyse(VAGUE_STORY)
    assert analysis.star.part("result").strength == "weak"
    assert analysis.star.part("task").present
    (result,) = [tip for tip in analysis.tips if tip.area == "result"]
    assert "'I think things worked out in the end' has no measurable outcome" in result.message


@pytest.mark.parametrize(
    "actions,area,opening",
    [
        # Weak because told with "I" and a vague verb: one tip naming the verb.
        ("I was involved in the fix for a few weeks.", "action", "'was involved in' in"),
        # Weak because told with "we": the ownership tip, not "your actions are vague".
        ("We rewrote the deploy scripts and we added tests.", "ownership", "You say 'we'"),
    ],
)
def test_weak_actions_get_one_tip_about_their_cause(actions: str, area: str, opening: str) -> None:
    answer = (
        "At my last job our release process was slow and kept failing. "
        f"My job was to make it reliable. {actions} "
        "In the end, releases took 2 hours instead of 2 days."
    )
    analysis = analyse(answer)
    assert analysis.star.part("action").strength == "weak"
    about = [t for t in analysis.tips if t.quote == actions and t.area in ("action", area)]
    about = [t for t in about if not t.message.startswith(("Only", "Tell more"))]
    assert [(t.area, t.message.startswith(opening)) for t in about] == [(area, True)]
    assert not any(t.message.startswith("Your actions in") for t in analysis.tips)


def test_a_short_answer_is_not_told_to_cut_its_background() -> None:
    analysis = analyse(VAGUE_STORY)
    assert analysis.length.verdict == "too_short"
    assert "too_much_background" in {f.code for f in analysis.star.findings}
    assert not any("Background takes" in tip.message for tip in analysis.tips)


@pytest.mark.parametrize(
    "answer,kind,fragment",
    [
        # A complete story that is short needs more on how, not "what changed".
        (TEACHER, "behavioral", "Tell more of how you did it, after the sentence quoted above"),
        ("I fixed the build. It worked again the next day.", "behavioral", "At about 4 seconds"),
        ("I would call the customer first and apologise.", "situational", "how you would do it"),
        ("I lead a team of six at Acme.", "hr", "add one concrete example or figure"),
    ],
)
def test_length_tip_says_what_to_add(answer: str, kind: str, fragment: str) -> None:
    (tip,) = [t for t in analyse(answer, kind=kind).tips if t.area == "length"]
    assert fragment in tip.message
    assert "what changed" not in tip.message


def test_situational_answers_are_coached_as_plans() -> None:
    answer = (
        "I would listen to the customer without interrupting and apologise for the delay. "
        "Then I would check the tracking and offer a refund of the delivery fee."
    )
    tips = {t.area: t.message for t in analyse(answer, kind="situational").tips}
    assert "what your goal would be" in tips["task"]
    assert "the outcome you would aim for" in tips["result"]


def test_hedge_tip_counts_the_hedges_it_does_not_quote() -> None:
    answer = "I think it maybe worked. I was kind of the lead. I probably fixed it."
    (tip,) = [t for t in analyse(answer).tips if t.area == "hedges"]
    # An earlier tip quoted that sentence: this one names it by its first words.
    assert tip.message.startswith(
        "'I think' and 'maybe' in the sentence quoted above starting 'I think it...'"
    )
    assert "and 2 more elsewhere" in tip.message


def test_tips_worth_less_than_half_a_point_are_left_out() -> None:
    for answer in ANSWERS:
        for tip in analyse(answer).tips:
            # Faults found (fillers, pace) and the verdicts are told however little they cost.
            assert tip.gain >= MIN_TIP_GAIN or tip.area in CLEAN_AREAS or TIERS[tip.area] < 2


def test_a_part_weak_from_hedging_is_told_so() -> None:
    tips = analyse(VAGUE_STORY).tips
    (task,) = [t for t in tips if t.area == "task"]
    # Quoted in full, or by its first words when an earlier tip quoted it already.
    assert re.match(
        r"('I was kind of responsible for helping with it'|The sentence quoted above "
        r"starting 'I was kind\.\.\.') sounds unsure of your task",
        task.message,
    )


def test_vague_story_tips_quote_where_each_problem_is() -> None:
    tips = analyse(VAGUE_STORY).tips
    # The vague verb of the actions, not the one in the task.
    (verb,) = [t for t in tips if "hides what you did" in t.message]
    assert re.match(
        r"'worked on' in ('We worked on various things|the sentence quoted above "
        r"starting 'We worked on\.\.\.')",
        verb.message,
    )
    # The task tip already calls 'kind of' unsure, so the hedge tip quotes another hedge.
    (hedges,) = [t for t in tips if t.area == "hedges"]
    assert hedges.message.startswith(
        "'I think' in the sentence quoted above starting 'I think things...'"
    )


@pytest.mark.parametrize(
    "answer,question,first,before",
    [
        # A plan, told with fillers: the real-example verdict comes first.
        (
            "Um, so, like, I would first, um, talk to them privately. Then I would, uh, "
            "agree a plan with them. If that failed I would, um, ask my manager.",
            "Tell me about a time you disagreed with a colleague.",
            "example",
            "fillers",
        ),
        # A real story with fillers and no result: the missing result before the fillers.
        (
            "Um, last May at Brightwell Foods our, uh, invoice run kept failing. "
            "My job was to, um, fix it before the quarter closed. "
            "I, like, rewrote the matching script in Python and, uh, tested it on 3 months "
            "of invoices.",
            "Tell me about a time you solved a problem at work.",
            "result",
            "fillers",
        ),
        # Off the question: said before any advice on the story itself.
        (
            "In 2021 I moved our billing system to a new provider. I wrote the scripts and "
            "tested them on 50,000 accounts. Payment failures fell from 4% to 0.5% and "
            "finance closed the month two days earlier.",
            "Tell me about a conflict with a colleague and how you resolved it.",
            "relevance",
            "specificity",
        ),
    ],
)
def test_substance_comes_before_delivery(
    answer: str, question: str, first: str, before: str
) -> None:
    competency = "conflict" if "colleague" in question else "problem-solving"
    areas = [tip.area for tip in analyse(answer, question=question, competency=competency).tips]
    assert areas[0] == first
    if before in areas:
        assert areas.index(first) < areas.index(before)


@pytest.mark.parametrize("answer", [*ANSWERS, VAGUE_STORY, TEACHER, "Yes."])
def test_no_sentence_is_quoted_under_two_tips(answer: str) -> None:
    quotes = [tip.quote for tip in analyse(answer).tips if tip.quote]
    assert len(quotes) == len(set(quotes))


def test_speaking_badly_of_people_is_the_first_thing_said() -> None:
    answer = (
        "Last spring a customer shouted at me about a late refund, and honestly customers are "
        "idiots. I told him to ring head office and I walked away. He never came back."
    )
    analysis = analyse(answer, question="Tell me about a time you dealt with a difficult customer")
    assert analysis.score_cap is not None and analysis.score_cap.reason == "speaks_badly"
    assert analysis.tips[0].area == "negativity"
    assert "customers are idiots" in analysis.tips[0].message


CONFLICT_THREE_SENTENCES = (
    "Um, so basically my coworker and I kind of disagreed about the rota. I think we just "
    "talked it through and stuff. It was fine in the end, I guess."
)


@pytest.mark.parametrize("answer", [*ANSWERS, CONFLICT_THREE_SENTENCES])
def test_no_sentence_is_quoted_in_full_by_two_tips(answer: str) -> None:
    analysis = analyse(answer, question="Tell me about a conflict with a coworker.")
    sentences = [s.sentence.text for s in analysis.star.sentences]
    for sentence in sentences:
        quoting = [tip for tip in analysis.tips if f"'{quote_of(sentence)}'" in tip.message]
        assert len(quoting) <= 1, (sentence, [tip.message for tip in quoting])


def test_a_later_tip_names_an_earlier_quote_by_its_first_words() -> None:
    tips = analyse(CONFLICT_THREE_SENTENCES, question="Tell me about a conflict.").tips
    later = [
        tip for tip in tips if "the sentence quoted above starting 'I think we...'" in tip.message
    ]
    assert len(later) >= 2
    assert all(tip.quote is None for tip in later)


def test_the_order_rule_is_told_with_the_tips() -> None:
    from interview.analysis.tips.tip import ORDER_RULE
    from interview.cli.report import render_report

    report = render_report(analyse(CONFLICT_THREE_SENTENCES, question="Tell me about a conflict."))
    assert " ".join(ORDER_RULE.split()) in " ".join(report.split())


def test_a_weak_result_with_its_figure_is_not_asked_for_a_number() -> None:
    # "Sales were up 15%" has its number; what it lacks is the link to the speaker's deeds.
    answer = (
        "At the bakery the oven failed on a Saturday. I moved the bread to the deck oven and "
        "rang the engineer. Sales were up 15% that day."
    )
    analysis = analyse(answer, question="Tell me about a time you solved a problem")
    weak = [f for f in analysis.star.findings if f.code == "weak" and f.part == "result"]
    assert weak and "number" not in weak[0].message
    (tip,) = [tip for tip in analysis.tips if tip.area == "result"]
    assert "Sales were up 15% that day" in tip.message
    assert "number" not in tip.message and "figure:" in tip.message


@pytest.mark.parametrize("part", STAR_PARTS)
def test_a_weak_part_quoted_above_still_reads_as_a_sentence(part: str) -> None:
    # When an earlier tip quoted the sentence, a later one names it "the sentence quoted
    # above (...)": "Your setting the sentence quoted above (...) is thin" was no English.
    sentence = "On a wet Tuesday the delivery van broke down outside the depot"
    first = Tip("specificity", f"Name the van's depot in '{quote_of(sentence)}'.", sentence, 5.0)
    weak = Tip(part, _WEAK[part].format(q=quote_of(sentence)), sentence, 3.0)
    message = unrepeat([first, weak], [sentence, "I rang the garage."])[1].message
    assert "the sentence quoted above" in message
    assert not re.search(r"Your \w+ the sentence quoted above", message)


@pytest.mark.parametrize(
    "answer,fragment",
    [
        ("I am looking for around 28 thousand a year.", "what your figure is based on"),
        # It says what the figure is based on: the tip asks for something it lacks.
        (
            "I'm hoping for 31 to 33 thousand, based on what similar roles in the city pay.",
            "what you would bring to the role",
        ),
    ],
)
def test_a_short_salary_answer_is_not_asked_for_what_it_has(answer: str, fragment: str) -> None:
    analysis = analyse(answer, question="What are your salary expectations?", kind="hr")
    (tip,) = [t for t in analysis.tips if t.area == "length"]
    assert fragment in tip.message


def test_we_beside_i_in_one_sentence_gets_no_ownership_tip() -> None:
    # "and I checked in" owns the deed; only the all-"we" sentence is asked to say "I".
    shared = (
        "In my second year a friend on our group project stopped replying. I messaged him "
        "and offered to help. We split his section into smaller bits and I checked in with "
        "him every few days. We handed it in on time and got a 68."
    )
    tips = [t for t in analyse(shared).tips if t.area == "ownership"]
    assert not any("We split his section" in t.message for t in tips)
    told_by_we = shared.replace("I messaged him and offered to help.", "We met in the library.")
    tips = [t for t in analyse(told_by_we).tips if t.area == "ownership"]
    assert tips and "We met in" in tips[0].message


def test_a_remark_about_people_is_not_given_detail_tips() -> None:
    # The remark is to be said neutrally; "Name the organisation in it" would coach it.
    answer = (
        "My manager is a nightmare, honestly, and the company is going nowhere. I just want out."
    )
    analysis = analyse(answer, question="Why are you leaving your current job?", kind="hr")
    assert any(tip.area == "negativity" for tip in analysis.tips)
    detail = [t.message for t in analysis.tips if t.area == "specificity"]
    assert not any("My manager is" in message for message in detail)


def test_vague_actions_and_a_missing_concrete_verb_are_one_tip() -> None:
    answer = (
        "I've never had a conflict at work really. Actually once at uni my flatmate kept "
        "leaving dishes, and I sat down with him and we made a rota. It worked for the rest "
        "of the year."
    )
    about_verbs = [
        t for t in analyse(answer).tips if "concrete verb" in t.message and "Actually" in t.message
    ]
    assert len(about_verbs) <= 1


def test_a_result_cut_to_zero_is_not_asked_by_how_much() -> None:
    answer = (
        "At the depot our returns backlog hit 900 parcels in January. My job was to clear it "
        "before the audit. I set up a second returns bench and trained two temps on the "
        "scanner. We cut the backlog to zero within a month."
    )
    assert not [t for t in analyse(answer).tips if t.area == "result"]


def test_tips_quote_a_list_item_without_its_bullet_or_emphasis() -> None:
    answer = (
        "**Situation:** the school canteen ran out of food twice a week.\n"
        "- I counted the meals sold for four weeks\n"
        "2. I moved the order day from Friday to Wednesday\n"
        "**Result:** we ran out once in the next ten weeks."
    )
    messages = " ".join(tip.message for tip in analyse(answer).tips)
    assert "'- " not in messages and "'2. " not in messages and "**" not in messages
