import pytest

from interview.analysis.fillers import find_fillers, hesitation_word


@pytest.mark.parametrize(
    "text,expected",
    [
        # Adversarial rows from the issue: real words, never fillers.
        ("I also moved the server.", []),
        ("It is likely to fail.", []),
        ("I like working with people.", []),
        ("I'd like to lead the next release.", []),
        ("You know how releases go.", []),
        ("I split the job so that we could ship on time.", []),
        ("It looks like a memory leak.", []),
        ("It felt like we were losing the customer.", []),
        ("We had something like 20 tickets open.", []),
        ("I would like more ownership.", []),
        ("Tools like Jira and Slack helped.", []),
        ("I didn't like the process.", []),
        ("Do you know what the fix was?", []),
        ("What I mean is that the tests were slow.", []),
        ("I mean it when I say testing matters.", []),
        ("Well before the deadline we had a fix.", []),
        ("So many tickets came in.", []),
        ("I had had enough of manual deploys.", []),
        ("I knew that that was wrong.", []),
        ("We took it literally.", []),
        ("To err is human.", []),
        ("Basic testing was missing.", []),
        ("The actual cause was a typo.", []),
        ("I said so. So I fixed it.", []),
        ("Yes. Yes it worked.", []),
        ("We measured it in hmmm-free recordings.", []),
        ("Er, the ER was full that night.", ["Er"]),  # "ER" is the emergency room
        ("Like I said, the build broke.", []),
        ("Like I mentioned, the build broke.", []),
        # Hesitations, with stretched spellings as Whisper writes them.
        ("Um, I fixed it.", ["Um"]),
        ("Umm, I, uh, fixed it.", ["Umm", "uh"]),
        ("I uhhh restarted it, erm, twice.", ["uhhh", "erm"]),
        ("Hmmm, ah, er, the cache.", ["Hmmm", "ah", "er"]),
        ("Uhm the build broke.", ["Uhm"]),
        # "like" only where it carries no meaning.
        ("um, I, like, fixed it", ["um", "like"]),
        ("It was like really hard.", ["like"]),
        ("And like we lost the data.", ["like"]),
        ("He was like, no way.", ["like"]),
        ("It was, like, a nightmare.", ["like"]),
        ("We had, like, um, no tests.", ["like", "um"]),
        # "you know", "I mean", "basically", "literally".
        ("It was, you know, hard.", ["you know"]),
        ("The tests were slow, you know.", ["you know"]),
        ("I mean, the deadline was tight.", ["I mean"]),
        ("It was basically a queue.", ["basically"]),
        ("I literally rewrote the parser.", ["literally"]),
        # Answer-initial openers: one or two alone are how people start talking; stacked
        # with hesitations or filler words, or three deep, they are fillers.
        ("So I was the lead on the project.", []),
        ("Okay so the project was late.", []),
        ("Okay, so, well, the project was late.", ["Okay", "so", "well"]),
        ("Um, so the project was late.", ["Um", "so"]),
        ("OK, the project was late.", []),
        ("Well, I think it went fine.", []),
        ("Um, so, basically, we had a bug.", ["Um", "so", "basically"]),
        ("The project was late. So I fixed it.", []),
        ("Yeah, so the release slipped.", []),
        # The casual 14-word answer of issue 10: no filler in it.
        ("Yeah so I just talked to him and we sorted it out pretty quick, yeah.", []),
        ("So, yeah, I rang the client back the same day and fixed it.", []),
        ("Alright, the release slipped.", []),
        ("Uh, alright, the release slipped.", ["Uh", "alright"]),
        # Immediate repeats: one per extra copy.
        ("I, I moved the server.", ["I"]),
        ("We fixed the the bug.", ["the"]),
        ("It was the the the worst week.", ["the", "the"]),
    ],
)
def test_fillers_found_by_context(text: str, expected: list[str]) -> None:
    assert [filler.text for filler in find_fillers(text).fillers] == expected


@pytest.mark.parametrize(
    "spelling,key",
    [
        ("um", "um"),
        ("umm", "um"),
        ("uhm", "um"),
        ("uh", "uh"),
        ("uhhh", "uh"),
        ("er", "er"),
        ("errr", "er"),
        ("erm", "erm"),
        ("ah", "ah"),
        ("hmm", "hmm"),
        ("hm", "hmm"),
        ("mum", None),
        ("uber", None),
        ("also", None),
    ],
)
def test_hesitation_spellings_share_a_key(spelling: str, key: str | None) -> None:
    assert hesitation_word(spelling) == key


def test_spans_point_into_the_text_and_counts_add_up() -> None:
    text = "Umm, so I, I moved it. It was, like, um, hard, you know."
    report = find_fillers(text)
    for filler in report.fillers:
        assert text[filler.start : filler.end] == filler.text
    assert report.counts == {"um": 2, "like": 1, "repeat": 1, "so": 1, "you know": 1}
    assert report.total == sum(report.counts.values()) == 6


@pytest.mark.parametrize(
    "duration_s,per_minute",
    [(None, None), (30.0, 4.0), (120.0, 1.0)],
)
def test_rates(duration_s: float | None, per_minute: float | None) -> None:
    text = "Um I moved it, uh, to the new cluster last week."
    report = find_fillers(text, duration_s=duration_s)
    assert report.word_count == 11
    assert report.per_100_words == round(2 * 100 / 11, 1)
    assert report.per_minute == per_minute


def test_to_dict_is_the_contract() -> None:
    data = find_fillers("Um, it worked.").to_dict()
    assert data == {
        "total": 1,
        "counts": {"um": 1},
        "spans": [{"text": "Um", "start": 0, "end": 2, "word": "um", "kind": "hesitation"}],
        "per_100_words": 33.3,
        "per_minute": None,
    }
