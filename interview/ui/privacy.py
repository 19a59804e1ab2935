"""How the Settings page tells someone what "delete all my data" did, in plain lines."""

from __future__ import annotations

from interview.privacy import DataDeletion
from interview.ui.text import md_escape


def deletion_message(done: DataDeletion) -> str:
    """Markdown for the success message: what was deleted, then what was kept (escaped:
    it names folders and files)."""
    deleted = "".join(f"\n- {md_escape(line)}" for line in done.deleted_lines())
    kept = "".join(f"\n- {md_escape(line)}" for line in done.kept_lines())
    return (
        f"Deleted {done.erased.attempts} saved attempts and their recordings. "
        f"You have a fresh start.\n\n**Deleted**{deleted}\n\n**Kept**{kept}"
    )
