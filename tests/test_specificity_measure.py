import json
from pathlib import Path

import pytest

from interview.analysis.evidence import SentenceIndex
from interview.analysis.sentences import split_sentences
from interview.analysis.specificity.facts import find_facts, find_names
from interview.analysis.specificity.measure import WEIGHTS, measure_specificity
from interview.analysis.specificity.report import SpecificityReport
from interview.analysis.tokens import tokenize

PAIRS = json.loads((Path(__file__).parent / "data" / "specificity_pairs.json").read_text())["pairs"]


def _facts(text: str) -> list[tuple[str, str]]:
    return [(f.text, f.label) for f in find_facts(text, tokenize(text), SentenceIndex())]


def _names(text: str) -> list[str]:
    sentences = split_sentences(text)
    return [n.text for n in find_names(text, tokenize(text), sentences, SentenceIndex())]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("We cut costs by 30%.", [("30%", "percentage")]),
        ("It rose 12 percent.", [("12 percent", "percentage")]),
        ("It rose 12 per cent.", [("12 per cent", "percentage")]),
        ("We saved $4,000 a month.", [("$4,000", "money")]),
        ("It cost 300 euros.", [("300 euros", "money")]),
        ("A budget of £2 million.", [("2 million", "money")]),
        ("I finished in three weeks.", [("three weeks", "duration")]),
        ("It took 40 minutes.", [("40 minutes", "duration")]),
        ("One week later it shipped.", [("One week", "duration")]),
        ("In March 2023 we launched.", [("March 2023", "date")]),
        ("Due on 15 April.", [("15 April", "date")]),
        ("Back in 2019 I joined.", [("2019", "date")]),
        ("It shipped in October.", [("October", "date")]),
        ("We reviewed 63 pull requests.", [("63 pull", "quantity")]),
        ("Twenty-five people came.", [("Twenty-five people", "quantity")]),
        ("From 900 to 120 ms.", [("900", "quantity"), ("120 ms", "quantity")]),
        ("We cut the backlog to zero.", [("zero", "quantity")]),
        ("We had zero complaints that week.", [("zero complaints", "quantity")]),
        # Words that look like numbers or dates but are not figures.
        ("One of my colleagues may march on.", []),
        ("I was the first to arrive, second to leave.", []),
        ("We may need a few days.", []),
        # "One night" opening a clause says "once", not how long; a measure stays one.
        ("One winter the boiler failed.", []),
        ("It was quiet, and one evening a pipe burst.", []),
        ("We had the boiler running within one day.", [("one day", "duration")]),
        ("One day before the audit I found it.", [("One day", "duration")]),
    ],
)
def test_figures_with_their_units(text: str, expected: list[tuple[str, str]]) -> None:
    assert _facts(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("I moved our data to Amazon Aurora.", ["Amazon Aurora"]),
        ("We used AWS and SQL daily.", ["AWS", "SQL"]),
        ("The code lives on GitHub.", ["GitHub"]),
        ("I wrote it in python with pandas.", ["python"]),
        ("Then I called Maria in Leeds.", ["Maria", "Leeds"]),
        ("Slack was noisy.", ["Slack"]),
        # Tools named by everyday words need their capital; placeholders are no names.
        ("I am sure I can excel here, and I kept notes in Excel.", ["Excel"]),
        ("We left some slack in the plan.", []),
        ("In my last role at XYZ Company we met ABC Ltd.", []),
        # Sentence openers, "I", "OK" and months are not names.
        ("Then I fixed it. OK, it worked.", []),
        ("I'm sure. It shipped in May 2021.", []),
    ],
)
def test_names(text: str, expected: list[str]) -> None:
    assert _names(text) == expected


def _report(text: str, *, results: bool = True) -> SpecificityReport:
    sentences = split_sentences(text)
    return measure_specificity(
        text, tokenize(text), sentences, result_sentences=sentences[-1:] if results else None
    )


@pytest.mark.parametrize(
    "text,vague_verbs,vague_words",
    [
        ("I worked on the app and helped with testing.", ["worked on", "helped with"], []),
        ("I dealt with it and was involved in the launch.", ["dealt with", "was involved in"], []),
        ("I was responsible for helping with it.", ["helping with"], []),
        ("I handled various things, etc.", ["handled"], ["various", "things", "etc"]),
        ("We did a lot of stuff and so on.", [], ["a lot", "stuff", "and so on"]),
        ("Somehow many tickets got closed.", [], ["Somehow", "many"]),
        ("I migrated the database and negotiated a discount.", [], []),
        # Rounding a figure the listener still hears is not vague.
        ("I'm looking for something between 45 and 50 thousand.", [], []),
        ("We served some 40 people and something else.", [], ["something"]),
        # Stock phrases that tell a virtue instead of showing a deed.
        (
            "I listened with empathy and actively addressed the patient's concerns.",
            [],
            ["with empathy", "actively"],
        ),
        ("I explained the plan in a clear and concise manner.", [], ["clear and concise"]),
        # Team cliches say everyone worked, not what anyone did.
        ("The whole crew pulled together and pitched in.", ["pulled together", "pitched in"], []),
        # "supported", "handled" as no deed of the speaker's: an adjective, a passive.
        ("My dad is settled in supported living now.", [], []),
        ("I felt supported, and the rota was handled by the night team.", [], []),
        ("I supported two new starters.", ["supported"], []),
    ],
)
def test_vague_verbs_and_words(text: str, vague_verbs: list[str], vague_words: list[str]) -> None:
    report = _report(text)
    assert [e.text for e in report.vague_verbs] == vague_verbs
    assert [e.text for e in report.vague_words] == vague_words


@pytest.mark.parametrize(
    "text,concrete",
    [
        ("I migrated the data and built a tool.", ["migrated", "built"]),
        ("I test every change and we ship weekly.", ["test", "ship"]),
        ("The test failed and the design was old.", []),
        # One verb list with the STAR labeller: its deeds are concrete here too.
        ("I set up sessions, picked books and met each parent.", ["set", "picked", "met"]),
        ("I would apologise and check the tracking.", ["apologise", "check"]),
        # Deeds too generic to picture are not.
        ("I helped the team, worked hard and handled it.", []),
        ("We pulled together, then I pulled the old cable.", ["pulled"]),
    ],
)
def test_concrete_verbs(text: str, concrete: list[str]) -> None:
    assert [e.text for e in _report(text).concrete_verbs] == concrete


@pytest.mark.parametrize(
    "text,share",
    [
        ("I rewrote the job. I tested it.", 1.0),
        ("We rewrote the job. I tested it.", 0.5),
        ("We rewrote the job. We tested it.", 0.0),
        ("The job was rewritten.", None),
    ],
)
def test_ownership_in_action_sentences(text: str, share: float | None) -> None:
    report = _report(text)
    assert report.ownership == share
    assert (report.part("ownership") is None) is (share is None)


def test_ownership_only_counts_the_action_sentences() -> None:
    text = "We had a slow build. I rewrote the cache."
    sentences = split_sentences(text)
    report = measure_specificity(text, tokenize(text), sentences, action_sentences=sentences[1:])
    assert [e.text for e in report.singular] == ["I"]
    assert report.plural == ()


@pytest.mark.parametrize(
    "result,measurable,value",
    [
        ("Load time fell from 4 seconds to 1 second.", True, 1.0),
        ("The page got much faster.", False, 0.5),
        ("Things worked out in the end.", False, 0.0),
    ],
)
def test_measurable_result(result: str, measurable: bool, value: float) -> None:
    report = _report("I rewrote the cache. " + result)
    assert report.measurable_result is measurable
    part = report.part("measurable_result")
    assert part is not None and part.value == value


def test_no_result_part_when_star_does_not_apply() -> None:
    report = _report("I like building things.", results=False)
    assert report.measurable_result is None
    assert report.part("measurable_result") is None


def test_score_is_the_documented_formula() -> None:
    report = _report("I migrated 40 databases to AWS in 3 weeks. Costs fell by 30%.")
    expected = round(
        100 * sum(p.weight * p.value for p in report.parts) / sum(p.weight for p in report.parts)
    )
    assert report.score == expected
    assert {p.name: p.weight for p in report.parts} == WEIGHTS


def test_evidence_spans_point_into_the_text() -> None:
    text = PAIRS[0]["specific"]
    data = _report(text).to_dict()
    quoted = data["facts"] + data["names"] + data["concrete_verbs"] + data["vague_words"]
    assert quoted
    for item in quoted:
        assert text[item["start"] : item["end"]] == item["text"]
        assert item["text"] in item["sentence"]


@pytest.mark.parametrize("pair", PAIRS, ids=[pair["id"] for pair in PAIRS])
def test_specific_telling_scores_higher(pair: dict[str, str]) -> None:
    star = pair["kind"] != "hr"
    vague = _report(pair["vague"], results=star)
    specific = _report(pair["specific"], results=star)
    assert specific.score > vague.score


def test_same_text_same_report() -> None:
    text = PAIRS[1]["specific"]
    assert _report(text) == _report(text)
