""" "Delete all my data": what goes, what stays, and saying both exactly.

The history store deletes attempts, sessions and recordings (`HistoryStore.erase`). A person
who asks to delete their data also has things outside it: questions they wrote or imported
(their banks folder), the practice choices the app remembers, and answers the terminal kept
in `unsaved/` while the database was locked. The ordinary deletion keeps those and says so;
`everything=True` removes them too. The report lists both sides, so nobody has to guess.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from interview.config import Settings
from interview.errors import HistoryError
from interview.history.erase import Erased
from interview.history.store import HistoryStore

logger = logging.getLogger(__name__)

UNSAVED_FOLDER = "unsaved"  # interview.cli.practice_terminal keeps answers here


@dataclass(frozen=True)
class DataDeletion:
    """The outcome of deleting a person's data.

    Attributes:
        erased: what the history store deleted.
        files: other files deleted (question banks, unsaved answers), by path.
        banks_kept: question bank files left in the person's banks folder.
        unsaved_kept: answers left in the `unsaved` folder.
        everything: whether the person asked for questions and settings to go too.
    """

    erased: Erased
    files: tuple[Path, ...]
    banks_kept: tuple[Path, ...]
    unsaved_kept: tuple[Path, ...]
    everything: bool

    def deleted_lines(self) -> list[str]:
        e = self.erased
        lines = [
            f"{_count(e.attempts, 'saved attempt')} with their answers, transcripts and scores",
            _count(e.sessions, "practice session"),
            _count(e.interviews, "logged interview")
            + " with its debrief, and the saved job advert",
            _count(e.recordings, "recording"),
            f"{e.stories} {'story' if e.stories == 1 else 'stories'}",
        ]
        if self.everything:
            lines.append(_count(e.settings, "remembered practice choice"))
            lines.extend(str(path) for path in self.files)
        return lines

    def kept_lines(self) -> list[str]:
        e = self.erased
        lines: list[str] = []
        if self.banks_kept:
            names = ", ".join(path.name for path in self.banks_kept)
            lines.append(f"your own questions in {self.banks_kept[0].parent} ({names})")
        if not self.everything:
            lines.append("the practice choices the app remembers (kind, count, timers)")
        if self.unsaved_kept:
            waiting = _count(len(self.unsaved_kept), "answer")
            lines.append(f"{waiting} waiting in {self.unsaved_kept[0].parent}")
        if e.recordings_kept:
            kept = _count(e.recordings_kept, "recording")
            lines.append(f"{kept} of answers being saved at that moment")
        if not e.compacted:
            lines.append(
                "deleted text may stay in the database's log file until the other program "
                "using it closes (it could not be cleared just now)"
            )
        lines.append(
            "the built-in question banks, and any file in the data folder this app did not make"
        )
        return lines


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}" + ("" if number == 1 else "s")


def _files(folder: Path, pattern: str) -> tuple[Path, ...]:
    if not folder.is_dir():
        return ()
    return tuple(sorted(p for p in folder.glob(pattern) if p.is_file() and not p.is_symlink()))


def _remove(paths: tuple[Path, ...]) -> None:
    for path in paths:
        try:
            path.unlink(missing_ok=True)
        except OSError as exc:
            raise HistoryError(f"cannot delete {path}: {exc.strerror}") from exc
        logger.info("deleted %s", path)


def delete_my_data(
    store: HistoryStore, settings: Settings, *, everything: bool = False
) -> DataDeletion:
    """Delete the history (and, with `everything`, own questions, remembered choices and
    unsaved answers); report what went and what stayed."""
    erased = store.erase(settings_too=everything)
    banks = _files(settings.user_banks_dir, "*.toml")
    unsaved = _files(settings.home / UNSAVED_FOLDER, "*")
    if everything:
        _remove(banks + unsaved)
        return DataDeletion(erased, banks + unsaved, (), (), everything=True)
    return DataDeletion(erased, (), banks, unsaved, everything=False)
