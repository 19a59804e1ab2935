"""Faults the history must survive: kill -9 while saving, and "delete all" racing saves.

Issue 12's attack killed writers at random moments and deleted everything while other
processes saved recordings. This repeats both against a fresh database in a temporary
INTERVIEW_HOME and prints what was kept, so a regression shows as a number that is not 0:

- kill -9: a writer process saves attempts with recordings and prints each uid once
  `save_attempt` has returned; it is killed with SIGKILL after a random delay. Then every
  acknowledged uid must be in the database and every row must have its recording.
- delete-all race: writers save recordings in a loop while another process deletes
  everything again and again; afterwards no row may lack its file and no writer may have
  failed because its temporary file was deleted under it.

Bounded: by default 30 kills and 3 race runs of 3 s each (about a minute on 2 cores).

    .venv/bin/python benchmarks/bench_faults.py [--kills 30] [--races 3] [--race-seconds 3]
"""

from __future__ import annotations

import argparse
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

AUDIO = b"RIFF" + bytes(16_000)  # what is stored is checked byte for byte, not decoded


def _store():  # type: ignore[no-untyped-def]
    from interview.history.store import HistoryStore

    return HistoryStore.open()


def _question():  # type: ignore[no-untyped-def]
    from interview.models import Question

    return Question("bench-1", "Tell me about a failure.", "behavioral", "resilience")


def child_writer(seconds: float) -> None:
    """Save recordings until time runs out; print each uid once it is committed."""
    store, question = _store(), _question()
    deadline = time.monotonic() + seconds
    failures = 0
    while time.monotonic() < deadline:
        try:
            attempt = store.save_attempt(question, recording=AUDIO, recording_suffix=".wav")
        except Exception as exc:  # counted, not fatal: the parent reports them
            failures += 1
            print(f"FAIL {exc}", flush=True)
            continue
        print(f"OK {attempt.uid}", flush=True)
    print(f"DONE {failures}", flush=True)


def child_deleter(seconds: float) -> None:
    store = _store()
    deadline = time.monotonic() + seconds
    rounds = 0
    while time.monotonic() < deadline:
        store.delete_all()
        rounds += 1
        time.sleep(0.02)
    print(f"DELETES {rounds}", flush=True)


def _spawn(role: str, seconds: float) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, __file__, "--child", role, "--child-seconds", str(seconds)],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )


def _check(acknowledged: set[str]) -> dict[str, int]:
    """What the database and the folder hold now, against what writers were told."""
    import sqlalchemy as sa

    from interview.history import schema

    store = _store()
    table = schema.attempts
    with store.reading() as conn:
        rows = conn.execute(sa.select(table.c.uid, table.c.recording)).all()
    folder = store.recordings.folder
    names = {row.recording for row in rows if row.recording}
    on_disk = {p.name for p in folder.iterdir()} if folder.is_dir() else set()
    store.close()
    return {
        "rows": len(rows),
        "acknowledged but lost": len(acknowledged - {row.uid for row in rows}),
        "rows without their file": len(names - on_disk),
        "files without a row": len({n for n in on_disk if not n.startswith(".")} - names),
        "temporary files left": len({n for n in on_disk if n.startswith(".")}),
    }


def kill_loop(kills: int, rng: random.Random) -> dict[str, int]:
    acknowledged: set[str] = set()
    totals = {"kills": 0}
    for _ in range(kills):
        child = _spawn("writer", 30.0)
        time.sleep(rng.uniform(0.3, 1.2))  # past start-up, into the saving loop
        os.kill(child.pid, signal.SIGKILL)
        out, _ = child.communicate()
        acknowledged |= {line[3:] for line in out.splitlines() if line.startswith("OK ")}
        totals["kills"] += 1
    totals["saves acknowledged"] = len(acknowledged)
    return totals | _check(acknowledged)


def race(seconds: float, writers: int) -> dict[str, int]:
    procs = [_spawn("writer", seconds) for _ in range(writers)]
    deleter = _spawn("deleter", seconds)
    failures: list[str] = []
    saves = 0
    for proc in procs:
        out, _ = proc.communicate()
        failures += [line for line in out.splitlines() if line.startswith("FAIL ")]
        saves += sum(line.startswith("OK ") for line in out.splitlines())
    deletes_out, _ = deleter.communicate()
    deletes = sum(int(line.split()[1]) for line in deletes_out.splitlines() if "DELETES" in line)
    state = _check(set())
    return {"saves": saves, "delete-all runs": deletes, "writer failures": len(failures)} | state


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--kills", type=int, default=30)
    parser.add_argument("--races", type=int, default=3)
    parser.add_argument("--race-seconds", type=float, default=3.0)
    parser.add_argument("--writers", type=int, default=3)
    parser.add_argument("--child", choices=("writer", "deleter"))
    parser.add_argument("--child-seconds", type=float, default=1.0)
    args = parser.parse_args()
    if args.child == "writer":
        child_writer(args.child_seconds)
        return
    if args.child == "deleter":
        child_deleter(args.child_seconds)
        return
    rng = random.Random(12)
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="bench-faults-") as home:
        os.environ["INTERVIEW_HOME"] = home
        print(f"kill -9 loop ({args.kills} kills):")
        for key, value in kill_loop(args.kills, rng).items():
            print(f"  {key:<26} {value}")
    for run in range(1, args.races + 1):
        with tempfile.TemporaryDirectory(prefix="bench-faults-") as home:
            os.environ["INTERVIEW_HOME"] = home
            result = race(args.race_seconds, args.writers)
        print(f"delete-all race {run} ({args.writers} writers, {args.race_seconds:g} s):")
        for key, value in result.items():
            print(f"  {key:<26} {value}")
    print(f"total time {time.perf_counter() - started:.0f} s")
    print("must be 0: acknowledged but lost, rows without their file, writer failures")


if __name__ == "__main__":
    main()
