"""How fast and how accurate local transcription is, on the same generated 30 s and 120 s answers.

Engines compared (each in its own process, so peak memory is its own):
  (a) faster-whisper with the library's defaults (beam 5, no VAD), the bundled tiny.en;
  (b) our pipeline: batched VAD chunks, greedy decoding, filler prompt, word timestamps;
  (b') the same without batching (sequential windows), to show what batching adds;
  (c) openai-whisper with tiny.en's architecture and random weights (no real weights can be
      downloaded here) and a fixed token budget per window, when openai-whisper is installed.

RTF is audio seconds / wall seconds of transcription (model already loaded; higher is
faster). WER ignores fillers (the library defaults drop them; counting them would flatter
our pipeline), and the fillers column says how many of the spoken "um"/"uh" came back.
Timings on these machines vary up to 4x between runs: read the figures, don't gate on them.

    python benchmarks/bench_transcribe.py [--repeat N]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))  # speech_fixtures: the clips the tests use too

FILLERS = frozenset({"um", "uh"})
# Tokens per 30 s window for the random-weight openai-whisper: about what tiny.en writes for
# 30 s of these answers (75 words), so (c) does the same amount of decoding as (a) and (b).
OPENAI_TOKEN_BUDGET = 100
ENGINES = {
    "a": "(a) faster-whisper defaults, beam 5",
    "b": "(b) our pipeline: batched, greedy, VAD",
    "b2": "(b') sequential, greedy, VAD, prompt",
    "c": "(c) openai-whisper tiny arch, random",
}


def bundled_whisper_model() -> Any:
    from faster_whisper import WhisperModel

    from interview.speech.faster_whisper_engine import resolve_model

    path, _ = resolve_model(None)
    return WhisperModel(path, device="cpu", compute_type="int8", cpu_threads=os.cpu_count())


def library_defaults() -> Callable[[Any], str]:
    model = bundled_whisper_model()

    def run(samples: Any) -> str:
        segments, _ = model.transcribe(samples)
        return " ".join(segment.text for segment in segments)

    return run


def our_pipeline() -> Callable[[Any], str]:
    from interview.speech.faster_whisper_engine import FasterWhisperTranscriber

    ours = FasterWhisperTranscriber()
    return lambda samples: ours.transcribe_samples(samples).text


def sequential_pipeline() -> Callable[[Any], str]:
    from interview.speech.verbatim import FILLER_PROMPT

    model = bundled_whisper_model()

    def run(samples: Any) -> str:
        segments, _ = model.transcribe(
            samples,
            language="en",
            beam_size=1,
            vad_filter=True,
            word_timestamps=True,
            initial_prompt=FILLER_PROMPT,
            condition_on_previous_text=False,
        )
        return " ".join(segment.text for segment in segments)

    return run


def openai_random_tiny(workdir: Path) -> Callable[[Any], str]:
    from speech_fixtures import TINY_EN_DIMS, random_whisper_checkpoint

    from interview.speech.openai_whisper_engine import (
        OpenAIDecodeOptions,
        OpenAIWhisperTranscriber,
    )

    checkpoint = random_whisper_checkpoint(workdir / "random-tiny-en.pt", TINY_EN_DIMS)
    # Random weights decode repetition loops; the guard would decode each again with beam
    # search, work a real model seldom does, so it is off to time the same work as (a), (b).
    options = OpenAIDecodeOptions(max_new_tokens=OPENAI_TOKEN_BUDGET, drop_hallucinations=False)
    whisper = OpenAIWhisperTranscriber(str(checkpoint), options=options)
    return lambda samples: whisper.transcribe_samples(samples).text


def load_engine(engine: str, workdir: Path) -> Callable[[Any], str]:
    """A function from samples to text for one engine, its model loaded."""
    if engine == "a":
        return library_defaults()
    if engine == "b":
        return our_pipeline()
    if engine == "b2":
        return sequential_pipeline()
    return openai_random_tiny(workdir)


def worker(engine: str, clip: Path, repeat: int) -> None:
    """Run one engine on one clip; print JSON with timings, text and peak memory."""
    from interview.speech.audio import SAMPLE_RATE, decode_audio

    samples = decode_audio(clip, max_seconds=3600)
    started = time.perf_counter()
    run = load_engine(engine, clip.parent)
    load_s = time.perf_counter() - started
    run(samples[: 5 * SAMPLE_RATE])  # warm-up: first-call costs are not transcription speed
    walls, text = [], ""
    for _ in range(repeat):
        started = time.perf_counter()
        text = run(samples)
        walls.append(time.perf_counter() - started)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    result = {"wall": min(walls), "load_s": load_s, "text": text, "peak_mb": peak_mb}
    print(json.dumps({**result, "audio_s": len(samples) / SAMPLE_RATE}))


def measure(engine: str, clip: Path, repeat: int) -> dict[str, Any] | None:
    command = [sys.executable, __file__, "--worker", engine, str(clip), "--repeat", str(repeat)]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        print(f"   {ENGINES[engine]} failed:\n{done.stderr[-2000:]}", file=sys.stderr)
        return None
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def openai_whisper_installed() -> bool:
    import importlib.util

    return importlib.util.find_spec("whisper") is not None


def row(clip: str, engine: str, result: dict[str, Any], reference: str) -> dict[str, Any]:
    from interview.speech.wer import normalise, word_error_rate

    text = result["text"]
    spoken = sum(word in FILLERS for word in normalise(reference))
    heard = sum(word in FILLERS for word in normalise(text))
    random_weights = engine == "c"
    return {
        "clip": clip,
        "engine": engine,
        "rtf": result["audio_s"] / result["wall"],
        "wer": None if random_weights else 100 * word_error_rate(reference, text, ignore=FILLERS),
        "fillers": "n/a" if random_weights else f"{min(heard, spoken)}/{spoken}",
        "peak_mb": result["peak_mb"],
        "load_s": result["load_s"],
    }


def print_table(rows: list[dict[str, Any]]) -> None:
    header = f"{'clip':<10} {'engine':<40} {'RTF':>7} {'WER %':>6} {'fillers':>8} {'peak MB':>8}"
    print(header + f" {'load s':>7}")
    print("-" * (len(header) + 8))
    for r in rows:
        wer = "n/a" if r["wer"] is None else f"{r['wer']:.1f}"
        print(
            f"{r['clip']:<10} {ENGINES[r['engine']]:<40} {r['rtf']:>6.1f}x {wer:>6}"
            f" {r['fillers']:>8} {r['peak_mb']:>8.0f} {r['load_s']:>7.2f}"
        )


def verdict(rows: list[dict[str, Any]], clip: str) -> None:
    """Our pipeline against the goals of issue 3, on the long clip."""
    by_engine = {r["engine"]: r for r in rows if r["clip"] == clip}
    ours, library = by_engine.get("b"), by_engine.get("a")
    if ours is None or library is None:
        return
    print(
        f"\nour pipeline on the {clip} clip: {ours['rtf']:.1f}x real time (goal >= 20x),"
        f" {ours['rtf'] / library['rtf']:.1f}x faster than the library defaults (goal >= 2x),"
        f" WER {ours['wer'] - library['wer']:+.1f} points against them (goal <= +1)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3, help="runs per clip; the fastest counts")
    parser.add_argument("--worker", nargs=2, metavar=("ENGINE", "CLIP"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        worker(args.worker[0], Path(args.worker[1]), args.repeat)
        return
    import tempfile

    from speech_fixtures import answer_text, speak

    engines = [e for e in ENGINES if e != "c" or openai_whisper_installed()]
    if "c" not in engines:
        print("openai-whisper is not installed: (c) skipped (make bench installs it)")
    rows = []
    with tempfile.TemporaryDirectory() as folder:
        for seconds in (30, 120):
            reference = answer_text(seconds, fillers=True)
            clip = speak(reference, Path(folder) / f"answer-{seconds}s.wav")
            for engine in engines:
                result = measure(engine, clip, args.repeat)
                if result is not None:
                    clip_name = f"{result['audio_s']:.0f} s"
                    rows.append(row(clip_name, engine, result, reference))
    print(f"cores: {os.cpu_count()}, OpenAI token budget per window: {OPENAI_TOKEN_BUDGET}\n")
    print_table(rows)
    if rows:
        verdict(rows, rows[-1]["clip"])


if __name__ == "__main__":
    main()
