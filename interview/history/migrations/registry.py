"""The ordered list every migration step registers itself in (simonw/llm's pattern).

`@migration` appends the decorated function to `MIGRATIONS`; a step's name is its
function's name. The package's `__init__` imports the steps in order.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy.engine import Connection

Step = Callable[[Connection], None]
MIGRATIONS: list[Step] = []


def migration(step: Step) -> Step:
    """Register `step` at the end of `MIGRATIONS`."""
    MIGRATIONS.append(step)
    return step
