"""The practice terminal's prompts and counters: a redraw never hides the prompt."""

from __future__ import annotations

import io
import re
import threading

import pytest

from interview.cli.practice_console import RESTORE_CURSOR, SAVE_CURSOR, Console, Ticker, clock


class Screen(io.StringIO):
    """A terminal stream that says when something was drawn on it."""

    def __init__(self) -> None:
        super().__init__()
        self.drawn = threading.Event()

    def isatty(self) -> bool:
        return True

    def write(self, text: str) -> int:
        written = super().write(text)
        self.drawn.set()
        return written


@pytest.mark.parametrize(
    "seconds,text", [(0, "00:00"), (59.9, "00:59"), (61, "01:01"), (600, "10:00"), (-3, "00:00")]
)
def test_clock(seconds: float, text: str) -> None:
    assert clock(seconds) == text


@pytest.mark.parametrize(
    "out_tty,err_tty,prompt",
    [
        (True, True, "[Think 00:00 / 00:30] Enter to answer: "),
        (False, True, "Think (00:30): Enter to answer: "),
        (True, False, "Think (00:30): Enter to answer: "),
    ],
)
def test_the_counter_leads_the_prompt_only_on_a_terminal(
    out_tty: bool, err_tty: bool, prompt: str
) -> None:
    out, err = (Screen() if tty else io.StringIO() for tty in (out_tty, err_tty))
    ticker = Ticker(Console(io.StringIO(), out, err), "Think", 30)
    assert ticker.prompt("Enter to answer: ") == prompt


def test_a_redraw_rewrites_only_the_counter_and_puts_the_cursor_back() -> None:
    err = Screen()
    console = Console(io.StringIO(), Screen(), err)
    with Ticker(console, "Think", 30) as ticker:
        assert err.drawn.wait(timeout=30)
    assert not ticker.thread.is_alive()
    first = err.getvalue().split(RESTORE_CURSOR)[0] + RESTORE_CURSOR
    assert re.fullmatch(rf"{SAVE_CURSOR}\r\[Think 00:\d\d / 00:30\]{RESTORE_CURSOR}", first)
    assert "\n" not in err.getvalue()


def test_nothing_is_redrawn_when_output_is_piped() -> None:
    err = Screen()
    with Ticker(Console(io.StringIO(), io.StringIO(), err), "Think", 30) as ticker:
        pass
    assert not ticker.thread.is_alive() and err.getvalue() == ""


def test_ask_returns_the_line_or_none_at_the_end_of_input() -> None:
    out = io.StringIO()
    console = Console(io.StringIO("yes\n"), out, io.StringIO())
    assert (console.ask("Go? "), console.ask("Again? ")) == ("yes", None)
    assert out.getvalue() == "Go? Again? "
