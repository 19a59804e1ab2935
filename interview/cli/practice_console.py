"""The terminal under `interview practice`: prompts, and counters that never hide them.

A counter is redrawn in place at the start of the line the person is typing on, between
"save cursor" and "restore cursor" escapes, so the prompt after it and whatever they have
typed stay where they are. That only works on a real terminal: with piped input or output
(scripts, tests) nothing is redrawn and the prompts are plain lines.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from interview.speech.transcriber import Transcriber

SAVE_CURSOR = "\x1b7"
RESTORE_CURSOR = "\x1b8"


def clock(seconds: float) -> str:
    """Seconds as mm:ss (negative counts as zero)."""
    minutes, rest = divmod(int(max(0.0, seconds)), 60)
    return f"{minutes:02d}:{rest:02d}"


@dataclass
class Console:
    """The terminal: prompts read lines; counters redraw only on a real terminal."""

    stdin: TextIO
    out: TextIO
    err: TextIO
    transcriber: Transcriber | None = field(default=None)

    @property
    def live(self) -> bool:
        return self.out.isatty() and self.err.isatty()

    @property
    def interactive(self) -> bool:
        """Someone is typing at a terminal (so it is worth asking them questions)."""
        return self.stdin.isatty()

    def say(self, text: str = "") -> None:
        self.out.write(text + "\n")
        self.out.flush()

    def ask(self, prompt: str) -> str | None:
        """One line of input without its newline, or None at end of input."""
        self.out.write(prompt)
        self.out.flush()
        line = self.stdin.readline()
        return None if line == "" else line.rstrip("\n")


class Ticker:
    """A "[Think 00:12 / 00:30]" counter at the start of the prompt line, redrawn each second."""

    def __init__(self, console: Console, label: str, limit: float) -> None:
        self.console, self.label, self.limit = console, label, limit
        self.stop = threading.Event()
        self.started = time.monotonic()
        self.thread = threading.Thread(target=self._run, daemon=True)

    def counter(self, spent: float) -> str:
        return f"[{self.label} {clock(spent)} / {clock(self.limit)}]"

    def prompt(self, rest: str) -> str:
        """The prompt to ask with: led by the counter on a terminal, plain otherwise."""
        if self.console.live:
            return f"{self.counter(0.0)} {rest}"
        return f"{self.label} ({clock(self.limit)}): {rest}"

    def __enter__(self) -> Ticker:
        if self.console.live:
            self.thread.start()
        return self

    def __exit__(self, *_: object) -> None:
        self.stop.set()
        if self.thread.is_alive():
            self.thread.join()

    def _run(self) -> None:
        err = self.console.err
        while not self.stop.wait(0.5):
            spent = time.monotonic() - self.started
            err.write(f"{SAVE_CURSOR}\r{self.counter(spent)}{RESTORE_CURSOR}")
            err.flush()
