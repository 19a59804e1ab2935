"""The real bundled Whisper model on recordings of real people (tests/data/speech).

Meeting speech with "um"s, restarts and other voices in the room, and a public speech. The
bounds sit a little under what benchmarks/bench_transcribe.py measures, so a change that
loses words, drops a hesitant speaker or invents fillers fails here.
"""

from __future__ import annotations

import numpy as np
import pytest
from real_speech import FILLERS, RATE, answer, clip, clips, samples
from speech_fixtures import bundled_transcriber

from interview.analysis.delivery import measure_delivery
from interview.models import Transcript
from interview.speech.coverage import uncovered
from interview.speech.faster_whisper_engine import FasterWhisperTranscriber
from interview.speech.transcriber import require_speech
from interview.speech.vad import speech_regions
from interview.speech.wer import edit_distance, filler_matches, normalise, word_error_rate

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def engine() -> FasterWhisperTranscriber:
    return bundled_transcriber()


@pytest.fixture(scope="module")
def heard(engine: FasterWhisperTranscriber) -> dict[str, Transcript]:
    """Every real clip transcribed once for the module."""
    return {real.name: engine.transcribe(real.path) for real in clips()}


@pytest.mark.parametrize("name", [c.name for c in clips()])
def test_no_real_voice_is_called_silence(heard: dict[str, Transcript], name: str) -> None:
    require_speech(heard[name], clip(name).path)


def test_real_clips_pooled_word_error_rate(heard: dict[str, Transcript]) -> None:
    """Short, quiet meeting clips with other voices in the room: the hardest case here."""
    pairs = [(normalise(c.reference), normalise(heard[c.name].text)) for c in clips()]
    errors = sum(edit_distance(ref, hyp) for ref, hyp in pairs)
    assert errors / sum(len(ref) for ref, _ in pairs) <= 0.3


def test_a_hesitant_speaker_keeps_words_and_fillers_across_windows(
    engine: FasterWhisperTranscriber,
) -> None:
    """82 s of one meeting speaker, with many "um"s: crosses Whisper's 30 s window twice."""
    audio, reference = answer("mee073")
    transcript = engine.transcribe_samples(audio)
    assert word_error_rate(reference, transcript.text, ignore=FILLERS) <= 0.3
    fillers = filler_matches(reference, transcript.text, FILLERS)
    assert fillers.matched >= 0.7 * fillers.spoken
    assert fillers.matched >= 0.85 * fillers.written  # hardly any invented "um"s
    # Every stretch of voice has words, or is reported as unintelligible.
    heard = [(w.start, w.end) for w in transcript.words]
    unclear = set(uncovered(speech_regions(audio), heard))
    assert unclear <= {tuple(span) for span in transcript.unintelligible} | unclear_edges(unclear)


def test_fluent_real_speech_gets_no_invented_filler(engine: FasterWhisperTranscriber) -> None:
    """The ES2002a speaker's four "um"/"uh"s come back where she said them and none is
    added, also when her clips are joined the other way round with longer pauses (over
    six joinings: 24 of 24 kept, none invented); JFK's fluent speech gets none at all."""
    audio, reference = answer("fee005", pause_s=2.5, backward=True)
    fillers = filler_matches(reference, engine.transcribe_samples(audio).text, FILLERS)
    assert fillers.written == fillers.matched
    assert fillers.matched >= fillers.spoken - 1
    jfk = engine.transcribe_samples(samples(clip("jfk-inaugural").path))
    assert not FILLERS & set(normalise(jfk.text))


def unclear_edges(spans: set[tuple[float, float]]) -> set[tuple[float, float]]:
    """Spans under 1 s are word-time rounding at a region's edge, not lost words."""
    return {span for span in spans if span[1] - span[0] < 1.0}


def test_pauses_come_only_from_silence(engine: FasterWhisperTranscriber) -> None:
    """JFK's measured delivery: a pause between the two halves, none inside them."""
    transcript = engine.transcribe_samples(samples(clip("jfk-inaugural").path))
    report = measure_delivery(transcript)
    assert word_error_rate(clip("jfk-inaugural").reference, transcript.text) <= 0.1
    assert len(report.pauses) <= 2
    assert all(pause.seconds < 3.0 for pause in report.pauses)


def test_the_second_pass_hears_a_stretch_on_its_own(engine: FasterWhisperTranscriber) -> None:
    """What recovers words a batched chunk lost: the stretch decoded again, sequentially."""
    audio = samples(clip("jfk-inaugural").path)
    gap = engine.decode_gap(audio, 3.0, 8.5)
    words = "".join(word.text for segment in gap for word in segment.words)
    assert "ask not what your country" in " ".join(normalise(words))


def test_a_soft_um_after_a_pause_is_heard(engine: FasterWhisperTranscriber) -> None:
    """ "Um, yeah, I mean, um, at the moment": the first "um" after the pause scores under
    the voice detector's threshold here; it used to be cut out with the pause, and the
    second "um" went with it (chunks.py)."""
    # What the same speaker said just before, in the meeting, then the turn that opens softly.
    names = ("en2002b-take-0930-feo072", "en2002b-take-1069-feo072")
    before, after = (samples(clip(name).path) for name in names)
    pause = np.zeros(int(1.5 * RATE), np.float32)
    transcript = engine.transcribe_samples(np.concatenate([before, pause, after]))
    assert "um yeah i mean um at the moment" in " ".join(normalise(transcript.text))


def test_the_first_word_is_timed_where_the_voice_starts(engine: FasterWhisperTranscriber) -> None:
    """With whole pauses decoded, the aligner once put this speaker's opening "Oh." 2.5 s
    into the pause after it, so the answer seemed to start late (vad.py)."""
    audio, _ = answer("feo072")
    transcript = engine.transcribe_samples(audio)
    first_voice = speech_regions(audio)[0][0]
    assert transcript.words[0].start == pytest.approx(first_voice, abs=0.3)
