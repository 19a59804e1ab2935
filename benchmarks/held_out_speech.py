"""The held-out real voices for bench_transcribe.py: measured, never tuned on.

The pipeline's filler work is diagnosed on the AMI clips, so their figures flatter it. The
Earnings-22 clips (tests/data/speech/README.md: two accented executives on earnings
calls, one halting, with 12 "uh"/"um" between them) are kept out of the tests
(`real_speech.clips()` leaves them out) and out of any tuning; they are only measured,
here, the same way as the other real voices: each speaker's clips joined into one answer
that crosses Whisper's 30 s window, or six ways with `--joinings`.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

HELD_OUT = "held out: E-22"
# Its speakers, each also in a row of its own: a halting speaker and a fluent one.
SPEAKERS = (("lvmhf0", "  LVMH, halting"), ("tmvwf2", "  TeamViewer"))


def held_out_set(folder: Path, joinings: bool) -> dict[Path, str]:
    """{answer file: reference}: each held-out speaker's clips joined into one answer."""
    from real_speech import JOIN_SILENCE_S, JOININGS, answer, held_out_clips
    from speech_fixtures import write_wav

    answers: dict[Path, str] = {}
    speakers = sorted({c.speaker for c in held_out_clips()})
    for pause, backward in JOININGS if joinings else ((JOIN_SILENCE_S, False),):
        for speaker in speakers:
            samples, reference = answer(speaker, pause_s=pause, backward=backward)
            name = f"heldout-{speaker}-{pause}{'b' if backward else ''}.wav"
            answers[write_wav(folder / name, samples)] = reference
    return answers


def held_out_subsets(
    engine: str,
    results: list[dict[str, Any]],
    references: dict[str, str],
    pooled: Callable[[str, str, list[dict[str, Any]], dict[str, str]], dict[str, Any]],
) -> list[dict[str, Any]]:
    """The held-out figures again, per speaker (`pooled` is the benchmark's own measure)."""
    rows = []
    for speaker, label in SPEAKERS:
        chosen = [r for r in results if r["clip"].startswith(f"heldout-{speaker}-")]
        if chosen:
            rows.append(pooled(label, engine, chosen, references))
    return rows


def held_out_verdict(rows: list[dict[str, Any]]) -> str | None:
    """Our pipeline against the defaults and the goals of issue 11, on the held-out set."""
    by = {(r["set"], r["engine"]): r for r in rows}
    ours, library = by.get((HELD_OUT, "b")), by.get((HELD_OUT, "a"))
    if not ours or not library:
        return None
    return (
        f"held out (Earnings-22, measure only): WER {ours['wer']:.3f} against the defaults'"
        f" {library['wer']:.3f}, content WER {ours['content_wer']:.3f} against"
        f" {library['content_wer']:.3f}, fillers {ours['fillers']} (recall goal >= 0.85,"
        f" precision >= 0.95)"
    )
