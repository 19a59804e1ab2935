"""How fast and how accurate local transcription is, on real voices and on generated answers.

Clips: real people (tests/data/speech: seven AMI meeting speakers from three meetings, each
speaker's clips joined into one answer of 26-82 s, and JFK's 11 s), and espeak-ng answers
of 30 s and 120 s with a filler in every other sentence. The real-voice figures are also
printed per source (meeting), since the filler work was developed on EN2002b.

Engines compared (each in its own process, so peak memory is its own):
  (a) faster-whisper with the library's defaults (beam 5, no VAD), the bundled tiny.en;
  (b) our pipeline: batched VAD chunks, greedy decoding, filler prompt, word timestamps,
      hallucination guard, wordless voice decoded again;
  (b') the same without batching (sequential windows), to show what batching adds;
  (c) openai-whisper with tiny.en's architecture and random weights (no real weights can be
      downloaded here) and a fixed token budget per window, when openai-whisper is installed;
  (d) our pipeline with a larger model directory, when `--model DIR` is given.

WER counts every word, fillers included; content WER leaves "um"/"uh" out of both sides.
Filler recall is the spoken "um"/"uh" written at the place they were said; precision is
the written ones that were said. A line under the table gives them again with "um" and "uh"
as one kind (a hesitation kept under the other spelling counts), to tell spelling misses
from lost hesitations; the typed figures are the measure. Figures are pooled over the clips
of a set. RTF is audio seconds / wall seconds of transcription (model already loaded;
higher is faster).
Timings on these machines vary up to 4x between runs: read the figures, don't gate on them.

Where the pauses between a speaker's joined clips fall decides where the 30 s chunks are
cut, and that alone moves the filler count by one or two of 20. `--joinings` joins each
speaker's clips six ways (pauses of 1, 1.5 and 2.5 s, clips forward and backward; see
tests/real_speech.py), pools the figures over all of them and prints each engine's
spread (fewest and most fillers kept in one joining), so no lucky run decides.

The held-out real voices (benchmarks/held_out_speech.py: Earnings-22, two accented
executives) are their own row group, measured only: nothing is tuned on them.

    python benchmarks/bench_transcribe.py [--repeat N] [--model DIR] [--quick] [--engines a,b]
                                          [--joinings]
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

from held_out_speech import (  # noqa: E402
    HELD_OUT,
    held_out_set,
    held_out_subsets,
    held_out_verdict,
)

FILLERS = frozenset({"um", "uh"})
# Tokens per 30 s window for the random-weight openai-whisper: about what tiny.en writes for
# 30 s of these answers (75 words), so (c) does the same amount of decoding as (a) and (b).
OPENAI_TOKEN_BUDGET = 100
ENGINES = {
    "a": "(a) faster-whisper defaults, beam 5",
    "b": "(b) our pipeline: batched, greedy, VAD",
    "b2": "(b') sequential, greedy, VAD, prompt",
    "c": "(c) openai-whisper tiny arch, random",
    "d": "(d) our pipeline, --model",
}
REAL_SPEAKERS = ("mee073", "feo072", "fee005", "mee008", "meo015", "fee013", "fee016")
# The real-voice figures again per group of sources (tests/real_speech.py SOURCES). The filler
# work of issue 11 was diagnosed on EN2002b; ES2002a and JFK were only measured; ES2004a was
# added later, after that work, so it is the least tuned-for of them.
REAL_GROUPS = (
    ("EN2002b (dev)", frozenset({"en2002b"})),
    ("ES2002a+JFK", frozenset({"es2002a", "jfk"})),
    ("ES2004a", frozenset({"es2004a"})),
)


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


def our_pipeline(model: str | None = None) -> Callable[[Any], str]:
    from interview.speech.faster_whisper_engine import FasterWhisperTranscriber

    ours = FasterWhisperTranscriber(model)
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


def load_engine(engine: str, workdir: Path, model: str | None) -> Callable[[Any], str]:
    """A function from samples to text for one engine, its model loaded."""
    if engine == "a":
        return library_defaults()
    if engine == "b":
        return our_pipeline()
    if engine == "d":
        return our_pipeline(model)
    if engine == "b2":
        return sequential_pipeline()
    return openai_random_tiny(workdir)


def worker(engine: str, clips: list[Path], repeat: int, model: str | None) -> None:
    """Run one engine on each clip; print one JSON line per clip (timings, text, memory)."""
    from interview.speech.audio import SAMPLE_RATE, decode_audio

    started = time.perf_counter()
    run = load_engine(engine, clips[0].parent, model)
    load_s = time.perf_counter() - started
    for clip in clips:
        samples = decode_audio(clip, max_seconds=3600)
        run(samples[: 5 * SAMPLE_RATE])  # warm-up: first-call costs are not transcription speed
        walls, text = [], ""
        for _ in range(repeat):
            started = time.perf_counter()
            text = run(samples)
            walls.append(time.perf_counter() - started)
        peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        result = {"wall": min(walls), "load_s": load_s, "text": text, "peak_mb": peak_mb}
        print(json.dumps({**result, "clip": clip.name, "audio_s": len(samples) / SAMPLE_RATE}))


def measure(engine: str, clips: list[Path], repeat: int, model: str | None) -> list[dict[str, Any]]:
    command = [sys.executable, __file__, "--worker", engine, "--repeat", str(repeat)]
    command += [*(["--model", model] if model else []), *map(str, clips)]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        print(f"   {ENGINES[engine]} failed:\n{done.stderr[-2000:]}", file=sys.stderr)
        return []
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    return [json.loads(line) for line in lines]


def openai_whisper_installed() -> bool:
    import importlib.util

    return importlib.util.find_spec("whisper") is not None


def real_source(clip_name: str) -> str | None:
    """The source (tests/real_speech.py SOURCES key) a benchmark clip's audio comes from."""
    from real_speech import clips

    stem = Path(clip_name).stem
    by_speaker = {c.speaker: c.source for c in clips()}
    if stem.startswith("real-"):  # a joined answer: "real-mee073-1.5" or "real-mee073-1.5b"
        return by_speaker[stem.split("-")[1]]
    return next((c.source for c in clips() if c.name == stem), None)


def fillers_verbatim(clip_name: str) -> bool:
    """Whether the clip's reference spells out every "um"/"uh" (generated answers do)."""
    from real_speech import SOURCES

    source = real_source(clip_name)
    return source is None or SOURCES[source].verbatim_fillers


def pooled(
    clip_set: str, engine: str, results: list[dict[str, Any]], references: dict[str, str]
) -> dict[str, Any]:
    """WER, content WER, filler recall/precision and RTF of one engine over a set of clips.
    Fillers are counted only on clips whose reference keeps every filler."""
    from interview.speech.wer import edit_distance, filler_matches, normalise

    ref_words = errors = content_words = content_errors = 0
    spoken = written = matched = matched_any = 0
    for result in results:
        reference, text = references[result["clip"]], result["text"]
        ref, hyp = normalise(reference), normalise(text)
        ref_words, errors = ref_words + len(ref), errors + edit_distance(ref, hyp)
        ref_c = [w for w in ref if w not in FILLERS]
        hyp_c = [w for w in hyp if w not in FILLERS]
        content_words += len(ref_c)
        content_errors += edit_distance(ref_c, hyp_c)
        if not fillers_verbatim(result["clip"]):
            continue
        fillers = filler_matches(reference, text, FILLERS)
        spoken, written = spoken + fillers.spoken, written + fillers.written
        matched += fillers.matched
        matched_any += filler_matches(reference, text, FILLERS, any_kind=True).matched
    random_weights = engine == "c"
    return {
        "set": clip_set,
        "engine": engine,
        "audio_s": sum(r["audio_s"] for r in results),
        "rtf": sum(r["audio_s"] for r in results) / sum(r["wall"] for r in results),
        "wer": None if random_weights else errors / max(ref_words, 1),
        "content_wer": None if random_weights else content_errors / max(content_words, 1),
        "recall": None if random_weights or not spoken else matched / spoken,
        "precision": None if random_weights or not written else matched / written,
        "fillers": f"{matched}/{spoken} of {written}",
        # The same with "um" and "uh" as one kind: a hesitation kept under the other spelling.
        "recall_any": None if random_weights or not spoken else matched_any / spoken,
        "precision_any": None if random_weights or not written else matched_any / written,
        "type_confusions": matched_any - matched,
        "empty": sum(not r["text"].strip() for r in results),
        "peak_mb": max(r["peak_mb"] for r in results),
    }


def real_subsets(
    engine: str, results: list[dict[str, Any]], references: dict[str, str]
) -> list[dict[str, Any]]:
    """The real-voice figures again, per group of sources (`REAL_GROUPS`)."""
    rows = []
    for label, sources in REAL_GROUPS:
        chosen = [r for r in results if real_source(r["clip"]) in sources]
        if chosen:
            rows.append(pooled(f"  {label}", engine, chosen, references))
    return rows


def _real_speaker(clip: str) -> str | None:
    """The AMI speaker of a joined answer's file ("real-mee073-1.5.wav"), else None."""
    parts = Path(clip).stem.split("-")
    return parts[1] if parts[0] == "real" else None


def spread(engine: str, results: list[dict[str, Any]], references: dict[str, str]) -> str:
    """Fillers kept and written, and WER, in each joining of the joined answers alone."""
    from interview.speech.wer import filler_matches

    tags = sorted(
        {Path(r["clip"]).stem.split("-", 2)[2] for r in results if _real_speaker(r["clip"])}
    )
    kept, written, wers = [], [], []
    for tag in tags:
        chosen = [
            r for r in results if _real_speaker(r["clip"]) and r["clip"].endswith(f"-{tag}.wav")
        ]
        counts = [
            filler_matches(references[r["clip"]], r["text"], FILLERS)
            for r in chosen
            if fillers_verbatim(r["clip"])
        ]
        kept.append(sum(c.matched for c in counts))
        written.append(sum(c.written for c in counts))
        wers.append(pooled("", engine, chosen, references)["wer"])
    said = sum(c.spoken for c in counts)
    return (
        f"{ENGINES[engine]}: over {len(tags)} joinings kept {min(kept)}-{max(kept)} of {said}"
        f" (mean {sum(kept) / len(kept):.1f}), wrote {min(written)}-{max(written)},"
        f" WER {min(wers):.3f}-{max(wers):.3f}"
    )


def _figure(value: float | None, digits: int = 3) -> str:
    return "n/a" if value is None else f"{value:.{digits}f}"


def print_table(rows: list[dict[str, Any]]) -> None:
    header = (
        f"{'clips':<16} {'engine':<40} {'RTF':>7} {'WER':>6} {'cWER':>6} {'recall':>6}"
        f" {'prec.':>6} {'um/uh matched/said of written':>30} {'empty':>5} {'peak MB':>7}"
    )
    print(header)
    print("-" * len(header))
    for r in rows:
        print(
            f"{r['set']:<16} {ENGINES[r['engine']]:<40} {r['rtf']:>6.1f}x {_figure(r['wer']):>6}"
            f" {_figure(r['content_wer']):>6} {_figure(r['recall'], 2):>6}"
            f" {_figure(r['precision'], 2):>6} {r['fillers']:>30} {r['empty']:>5}"
            f" {r['peak_mb']:>7.0f}"
        )


def print_any_kind(rows: list[dict[str, Any]]) -> None:
    """An extra line per real-voice row: fillers kept when "um" for "uh" (or back) counts.
    The typed figures above stay the measure; this one shows how many misses are spelling."""
    print("\num and uh as one kind (a hesitation written with the other spelling is kept):")
    for r in rows:
        real = r["set"] == "real voices" or r["set"].startswith(" ")  # a subset is indented
        if real and r["engine"] != "c":
            print(
                f"  {r['set'].strip():<14} {ENGINES[r['engine']]:<40}"
                f" recall {_figure(r['recall_any'], 2)} precision {_figure(r['precision_any'], 2)}"
                f" ({r['type_confusions']} written as the other filler)"
            )


def verdict(rows: list[dict[str, Any]]) -> None:
    """Our pipeline against the goals of issues 3 and 11."""
    by = {(r["set"], r["engine"]): r for r in rows}
    real, library = by.get(("real voices", "b")), by.get(("real voices", "a"))
    if real and library:
        print(
            f"\nreal voices: WER {real['wer']:.3f} against the defaults' {library['wer']:.3f}"
            f" (goal: no worse), filler recall {_figure(real['recall'], 2)} (goal >= 0.85),"
            f" precision {_figure(real['precision'], 2)} (goal >= 0.95),"
            f" {real['empty']} clip(s) with no transcript (goal 0)"
        )
    long, defaults = by.get(("espeak 120 s", "b")), by.get(("espeak 120 s", "a"))
    if long and defaults:
        print(
            f"espeak 120 s: {long['rtf']:.1f}x real time (goal >= 20x),"
            f" {long['rtf'] / defaults['rtf']:.1f}x the library defaults (goal >= 2x)"
        )
    if held_out := held_out_verdict(rows):
        print(held_out)


def clip_sets(folder: Path, quick: bool, joinings: bool) -> dict[str, dict[Path, str]]:
    """{set name: {clip file: reference}}: real voices and generated answers."""
    from real_speech import JOIN_SILENCE_S, JOININGS, answer, clip
    from speech_fixtures import answer_text, speak, write_wav

    real: dict[Path, str] = {}
    for pause, backward in JOININGS if joinings else ((JOIN_SILENCE_S, False),):
        for speaker in REAL_SPEAKERS[:1] if quick else REAL_SPEAKERS:
            samples, reference = answer(speaker, pause_s=pause, backward=backward)
            name = f"real-{speaker}-{pause}{'b' if backward else ''}.wav"
            real[write_wav(folder / name, samples)] = reference
    jfk = clip("jfk-inaugural")
    real[jfk.path] = jfk.reference
    sets = {"real voices": real}
    if not quick:
        sets[HELD_OUT] = held_out_set(folder, joinings)
    for seconds in (30,) if quick else (30, 120):
        reference = answer_text(seconds, fillers=True)
        path = speak(reference, folder / f"espeak-{seconds}s.wav")
        sets[f"espeak {seconds} s"] = {path: reference}
    return sets


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3, help="runs per clip; the fastest counts")
    parser.add_argument("--model", help="a larger CTranslate2 model directory, for (d)")
    parser.add_argument("--quick", action="store_true", help="one real speaker, 30 s espeak")
    parser.add_argument("--engines", default=",".join(ENGINES), help="which of a,b,b2,c,d to run")
    parser.add_argument("--joinings", action="store_true", help="real voices joined six ways")
    parser.add_argument("--worker", metavar="ENGINE", help=argparse.SUPPRESS)
    parser.add_argument("clips", nargs="*", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        worker(args.worker, args.clips, args.repeat, args.model)
        return
    import tempfile

    chosen = args.engines.split(",")
    engines = [e for e in ENGINES if e in chosen and (e != "c" or openai_whisper_installed())]
    engines = [e for e in engines if e != "d" or args.model]
    if "c" in chosen and "c" not in engines:
        print("openai-whisper is not installed: (c) skipped (make bench installs it)")
    rows, spreads = [], []
    with tempfile.TemporaryDirectory() as folder:
        for name, clips in clip_sets(Path(folder), args.quick, args.joinings).items():
            references = {path.name: reference for path, reference in clips.items()}
            for engine in engines:
                if engine in ("b2", "c") and name in ("real voices", HELD_OUT):
                    continue  # the comparison that matters on real voices is (a) against (b)
                results = measure(engine, list(clips), args.repeat, args.model)
                if results:
                    rows.append(pooled(name, engine, results, references))
                if results and name == "real voices":
                    rows += real_subsets(engine, results, references)
                    spreads.append(spread(engine, results, references))
                if results and name == HELD_OUT:
                    rows += held_out_subsets(engine, results, references, pooled)
    print(f"cores: {os.cpu_count()}, OpenAI token budget per window: {OPENAI_TOKEN_BUDGET}\n")
    print_table(rows)
    print_any_kind(rows)
    if args.joinings:
        print("\nreal voices, each joining alone:", *spreads, sep="\n  ")
    verdict(rows)


if __name__ == "__main__":
    main()
