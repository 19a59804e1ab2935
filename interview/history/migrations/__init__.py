"""Schema changes as an ordered list of named steps, recorded in the `migrations` table.

The store runs `migrate()` (in `runner`) every time it opens a database, inside one write
transaction, so a new database gets every step and an old one gets the steps it lacks,
exactly once even when two processes open it together.

Each step is one module here, named like its function, registered with `@migration` (see
`registry`); the imports below fix the order. Steps are frozen: never edited once released,
and they never call live code (a transform they need is copied into them), so a step means
the same thing forever. A change to the schema is a new module and one import line at the end.
"""

from interview.history.migrations import (  # noqa: F401 - importing registers, in this order
    m001_initial,
    m002_progress_metrics,
    m003_attempt_indexes,
    m004_app_settings,
    m005_attempt_ids_never_reused,
    m006_practice_drafts,
    m007_interviews,
    m008_stories,
)
from interview.history.migrations.registry import MIGRATIONS, Step, migration

__all__ = ["MIGRATIONS", "Step", "migration"]
