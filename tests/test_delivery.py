from __future__ import annotations

import pytest

from interview.analysis.delivery import (
    Pause,
    find_pauses,
    measure_delivery,
    pace_of,
    time_char_spans,
    word_spans,
)
from interview.models import Transcript, Word


def transcript(*timed: tuple[str, float, float], duration_s: float = 60.0) -> Transcript:
    """A transcript whose text is its words joined by spaces, as the engines build it."""
    words = tuple(Word(text, start, end) for text, start, end in timed)
    return Transcript(
        text=" ".join(w.word for w in words),
        words=words,
        duration_s=duration_s,
        speech_s=duration_s,
        engine="fake",
        model="fake",
    )


def steady(count: int, *, every: float, start: float = 0.0) -> Transcript:
    """`count` words, one every `every` seconds, each lasting the whole slot."""
    return transcript(
        *((f"w{i}", start + i * every, start + (i + 1) * every) for i in range(count))
    )


@pytest.mark.parametrize(
    "wpm,pace,direction",
    [
        (145.0, "good", None),
        (130.0, "good", None),
        (160.0, "good", None),
        (129.9, "amber", "slow"),
        (110.0, "amber", "slow"),
        (160.1, "amber", "fast"),
        (190.0, "amber", "fast"),
        (109.9, "flagged", "slow"),
        (190.1, "flagged", "fast"),
        (40.0, "flagged", "slow"),
    ],
)
def test_pace_bands(wpm: float, pace: str, direction: str | None) -> None:
    assert pace_of(wpm) == (pace, direction)


@pytest.mark.parametrize(
    "words,every,wpm,pace",
    [
        (30, 0.4, 150.0, "good"),  # 30 words in 12 s
        (20, 0.5, 120.0, "amber"),
        (35, 0.3, 200.0, "flagged"),
        (10, 0.6, 100.0, "flagged"),
    ],
)
def test_wpm_over_speaking_time(words: int, every: float, wpm: float, pace: str) -> None:
    report = measure_delivery(steady(words, every=every))
    assert report.word_count == words
    assert report.speaking_s == pytest.approx(words * every)
    assert report.wpm == pytest.approx(wpm)
    assert report.pace == pace


def test_pauses_do_not_count_as_speaking_time() -> None:
    # 4 words of 0.4 s, then a 3 s pause, then 4 more words: 8 words in 3.2 s spoken.
    first = [(f"a{i}", i * 0.4, (i + 1) * 0.4) for i in range(4)]
    second = [(f"b{i}", 4.6 + i * 0.4, 4.6 + (i + 1) * 0.4) for i in range(4)]
    report = measure_delivery(transcript(*first, *second))
    assert report.speaking_s == pytest.approx(3.2)
    assert report.wpm == pytest.approx(150.0)
    assert [(p.start, p.end, p.long) for p in report.pauses] == [(1.6, 4.6, True)]


@pytest.mark.parametrize(
    "gaps,expected",
    [
        ((0.2, 0.5, 1.0), []),  # exactly 1 s is not a pause
        ((1.2,), [(1.2, False)]),
        ((2.5,), [(2.5, False)]),  # exactly 2.5 s is a pause, not a long one
        ((2.6,), [(2.6, True)]),
        ((1.5, 0.3, 4.0), [(1.5, False), (4.0, True)]),
    ],
)
def test_pauses_over_one_and_two_and_a_half_seconds(
    gaps: tuple[float, ...], expected: list[tuple[float, bool]]
) -> None:
    timed, clock = [("w", 0.0, 0.5)], 0.5
    for gap in gaps:
        timed.append(("w", clock + gap, clock + gap + 0.5))
        clock += gap + 0.5
    pauses = measure_delivery(transcript(*timed)).pauses
    assert [(round(p.seconds, 3), p.long) for p in pauses] == expected
    for pause in pauses:
        assert pause.end - pause.start == pytest.approx(pause.seconds)


@pytest.mark.parametrize(
    "first_start,late",
    [(0.0, False), (0.8, False), (2.5, False), (4.2, True)],
)
def test_first_word_delay(first_start: float, late: bool) -> None:
    report = measure_delivery(steady(5, every=0.4, start=first_start))
    assert report.first_word_s == pytest.approx(first_start)
    assert report.late_start is late


@pytest.mark.parametrize(
    "timed",
    [
        (),  # silence
        ((".", 1.0, 1.0),),  # punctuation only is not a word
    ],
)
def test_nothing_said_gives_no_pace(timed: tuple[tuple[str, float, float], ...]) -> None:
    report = measure_delivery(transcript(*timed, duration_s=5.0))
    assert (report.word_count, report.wpm, report.pace, report.first_word_s) == (
        0,
        None,
        None,
        None,
    )
    assert report.to_dict()["pauses"] == []
    assert report.to_dict()["duration_s"] == 5.0


def test_one_word_with_no_length_has_no_wpm() -> None:
    report = measure_delivery(transcript(("Yes.", 0.5, 0.5)))
    assert (report.word_count, report.speaking_s, report.wpm) == (1, 0.0, None)


def test_word_spans_follow_repeated_words_in_order() -> None:
    t = transcript(("um,", 0.0, 0.3), ("I", 0.4, 0.5), ("um", 0.6, 0.9), ("did.", 1.0, 1.2))
    spans = word_spans(t)
    assert [t.text[s[0] : s[1]] for s in spans if s is not None] == ["um,", "I", "um", "did."]
    assert spans[2] == (6, 8)


def test_word_spans_mark_words_missing_from_edited_text() -> None:
    t = Transcript("I did it", (Word("I", 0, 1), Word("never", 1, 2)), 3.0, 3.0, "fake", "fake")
    assert word_spans(t) == ((0, 1), None)


@pytest.mark.parametrize(
    "char_span,times",
    [
        ((0, 2), (0.0, 0.3)),  # "Um" inside "Um,"
        ((7, 9), (1.0, 1.2)),  # "uh"
        ((10, 18), (1.3, 1.9)),  # "you know" covers two words
        ((100, 102), None),  # outside the text: left out, not given a made-up time
    ],
)
def test_filler_spans_get_word_times(
    char_span: tuple[int, int], times: tuple[float, float] | None
) -> None:
    t = transcript(
        ("Um,", 0.0, 0.3),
        ("we", 0.4, 0.6),
        ("uh", 1.0, 1.2),
        ("you", 1.3, 1.5),
        ("know", 1.6, 1.9),
        ("shipped.", 2.0, 2.5),
    )
    assert t.text == "Um, we uh you know shipped."
    timed = time_char_spans(t, [char_span])
    assert [(f.start, f.end) for f in timed] == ([] if times is None else [times])


def test_measure_delivery_times_the_fillers_it_is_given() -> None:
    t = transcript(("So", 0.0, 0.2), ("um", 0.5, 0.8), ("yes.", 1.0, 1.3))
    report = measure_delivery(t, filler_spans=[(3, 5)])
    assert report.to_dict()["fillers"] == [
        {"text": "um", "char_start": 3, "char_end": 5, "start": 0.5, "end": 0.8}
    ]


def test_to_dict_keys_and_rounding() -> None:
    first = [(f"a{i}", 0.6 + i * 0.4, 0.6 + (i + 1) * 0.4) for i in range(3)]
    report = measure_delivery(transcript(*first, ("b", 3.333333, 3.7), duration_s=4.0))
    data = report.to_dict()
    assert set(data) >= {"wpm", "speaking_s", "pauses", "pace", "first_word_s", "fillers"}
    assert data["pauses"] == [{"start": 1.8, "end": 3.33, "seconds": 1.53, "long": False}]
    assert data["first_word_s"] == 0.6
    assert data["long_pauses"] == 0


def test_a_gap_with_unintelligible_voice_in_it_is_not_a_pause() -> None:
    words = (
        Word("I", 0.0, 0.5),
        Word("led", 0.5, 1.0),
        Word("it", 5.0, 5.5),
        Word("well", 5.5, 6.0),
    )
    heard = Transcript("I led it well", words, 8.0, 6.0, "fake", "fake")
    unclear = Transcript("I led it well", words, 8.0, 6.0, "fake", "fake", ((1.5, 4.5),))
    assert [p.seconds for p in measure_delivery(heard).pauses] == [4.0]
    report = measure_delivery(unclear)
    assert report.pauses == ()
    # The 3 s of voice with words nobody could count is left out of the pace as well.
    assert report.speaking_s == pytest.approx(3.0)
    assert report.wpm == pytest.approx(80.0)


def _with_voice(voice: tuple[tuple[float, float], ...], *, unclear: tuple = ()) -> Transcript:
    words = (Word("I", 0.0, 0.5), Word("led", 0.5, 1.0), Word("it", 5.0, 5.5))
    return Transcript("I led it", words, 8.0, 6.0, "fake", "fake", unclear, voice)


def test_voice_in_a_gap_that_gave_no_words_splits_the_pause_into_silences() -> None:
    # On a real 5-minute answer, a "1.98 s pause" held 0.96 s of voice the engine wrote no
    # words for: two silences of 0.8 s and 0.2 s, so no pause at all (here 0.9 s and 0.8 s).
    assert find_pauses(_with_voice(()).words) == (Pause(1.0, 5.0, 4.0, long=True),)
    report = measure_delivery(_with_voice(((0.0, 1.0), (1.9, 4.2), (5.0, 5.5))))
    assert report.pauses == ()
    # The voice counts as speaking time, as it did when it was not split.
    assert report.speaking_s == pytest.approx(5.5)


def test_each_long_silence_beside_unheard_voice_is_a_pause_measured_to_the_silence() -> None:
    # A word's voice running on past the time the engine gave its end shortens the pause;
    # 3 s of silence either side of a stretch nobody could make out are both pauses.
    words = (Word("I", 0.0, 0.5), Word("led", 0.5, 1.0), Word("it", 9.0, 9.5))
    voice = ((0.0, 1.4), (4.4, 5.6), (9.0, 9.5))
    report = measure_delivery(
        Transcript("I led it", words, 10.0, 3.0, "fake", "fake", ((4.4, 5.6),), voice)
    )
    assert [(p.start, p.end) for p in report.pauses] == [(1.4, 4.4), (5.6, 9.0)]
    assert report.speaking_s == pytest.approx(9.5 - 3.0 - 3.4 - 1.2)
