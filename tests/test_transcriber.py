from __future__ import annotations

from pathlib import Path

import pytest

from interview.analysis.delivery import word_spans
from interview.errors import AudioError
from interview.models import Transcript
from interview.speech.transcriber import RawWord, build_transcript, one_line, require_speech


def build(*segments: list[RawWord], duration_s: float = 10.0) -> Transcript:
    """No voice regions: words stay where the engine put them (fitting is tested below)."""
    return build_transcript(segments, duration_s=duration_s, speech=[], engine="test", model="m")


@pytest.mark.parametrize(
    "segments,text",
    [
        (
            [[RawWord(" So,", 0, 0.3), RawWord(" Umm,", 0.4, 0.6), RawWord(" yes.", 0.7, 1)]],
            "So, um, yes.",
        ),
        # a word without Whisper's leading space continues the word before it...
        ([[RawWord(" cloud", 0, 0.3), RawWord("-based", 0.3, 0.6)]], "cloud-based"),
        # ...except at the start of a segment
        ([[RawWord(" One.", 0, 0.3)], [RawWord("Two.", 1, 1.3)]], "One. Two."),
        ([[RawWord(" ", 0, 0.1), RawWord(" Uhh", 0.2, 0.4)]], "uh"),
        ([], ""),
    ],
)
def test_text_is_built_from_the_normalised_words(segments: list[list[RawWord]], text: str) -> None:
    transcript = build(*segments)
    assert transcript.text == text
    # Every word sits in the text in order, so filler spans can be given times.
    spans = word_spans(transcript)
    assert None not in spans
    assert [transcript.text[s[0] : s[1]] for s in spans if s] == [w.word for w in transcript.words]


@pytest.mark.parametrize(
    "raw,expected",
    [
        ((0.5, 0.9), (0.5, 0.9)),
        ((0.9, 0.5), (0.9, 0.9)),  # end before start
        ((9.8, 10.4), (9.8, 10.0)),  # after it
        ((0.1, 0.2), (0.5, 0.5)),  # earlier than the word before: kept in order
    ],
)
def test_times_are_clamped_and_ordered(
    raw: tuple[float, float], expected: tuple[float, float]
) -> None:
    first = RawWord(" first", 0.5, 0.5)
    transcript = build([first, RawWord(" next", *raw)])
    word = transcript.words[1]
    assert (word.start, word.end) == expected


def test_word_times_are_fitted_to_the_voice() -> None:
    # Whisper ran "Friday." on into the pause and started "We" late; vad.py moves them.
    segments = [[RawWord(" Friday.", 1.2, 2.4)], [RawWord(" We", 5.3, 5.6)]]
    transcript = build_transcript(
        segments, duration_s=8.0, speech=[(1.0, 1.6), (5.1, 6.0)], engine="test", model="m"
    )
    assert [(w.start, w.end) for w in transcript.words] == [(1.0, 1.6), (5.1, 5.6)]


def test_a_word_before_the_recording_starts_at_zero() -> None:
    transcript = build([RawWord(" Hi", -0.2, 0.3)])
    assert (transcript.words[0].start, transcript.words[0].end) == (0.0, 0.3)


def test_speech_time_never_exceeds_the_recording() -> None:
    speech = [(0.5, 1.75), (2.0, 3.2)]
    transcript = build_transcript([], duration_s=3.0, speech=speech, engine="test", model="m")
    assert transcript.speech_s == 2.45
    assert (
        build_transcript([], duration_s=3.0, speech=[(0.0, 3.0)], engine="t", model="m").speech_s
        == 3.0
    )
    assert transcript.words == ()


@pytest.mark.parametrize(
    "message,expected",
    [
        (
            "Got: ConnectError\nAn error happened.\n  Please retry.",
            "Got: ConnectError An error happened. Please retry",
        ),
        ("plain", "plain"),
    ],
)
def test_library_errors_fit_on_one_line(message: str, expected: str) -> None:
    assert one_line(RuntimeError(message)) == expected


@pytest.mark.parametrize(
    "audio,name", [(Path("answers/a.wav"), "answers/a.wav"), (b"RIFF", "the recording")]
)
def test_no_words_is_no_speech_whoever_asks(audio: Path | bytes, name: str) -> None:
    silent = build_transcript([], duration_s=3.0, speech=[], engine="test", model="m")
    with pytest.raises(AudioError, match=rf"^no speech detected in {name}: it is silent"):
        require_speech(silent, audio)
    spoken = build([RawWord(" Yes.", 0.2, 0.5)])
    assert require_speech(spoken, audio) is spoken


def test_no_words_says_whether_there_was_voice_and_does_not_blame_the_level_alone() -> None:
    # Loud noise or music (10 s at -20 dBFS) holds no voice: "too quiet" alone misled.
    nothing = build_transcript([], duration_s=10.0, speech=[], engine="test", model="m")
    with pytest.raises(AudioError, match=r"silent, too quiet, or holds only noise or music"):
        require_speech(nothing, Path("noise.wav"))
    # A short "mm" the detector calls voice is not silence, even with no words made out.
    hum = build_transcript([], duration_s=3.0, speech=[(1.0, 1.8)], engine="test", model="m")
    with pytest.raises(AudioError, match=r"^hum.wav has 0\.8 s of voice, but no words"):
        require_speech(hum, Path("hum.wav"))
