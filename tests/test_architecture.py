"""The layout rules of ARCHITECTURE.md, checked on the source so they stay true.

Read with `ast`, never by importing: sizes (modules under 300 lines, functions under 40),
the storage layer's imports (`interview/history/` stores and queries; it never reaches up
into the analysis, the speech engines or the answer service), frozen migrations (a step
imports nothing live), Streamlit only in `interview/ui/`, package faces that only hand on
names, and no page or command reading an analysis by its JSON keys.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "interview"
MAX_MODULE_LINES = 300
MAX_FUNCTION_LINES = 40
# Keys of Analysis.to_dict() that hold a report: above the store they are read as attributes.
REPORT_KEYS = frozenset(
    {"star", "specificity", "fillers", "hedges", "negativity", "length", "delivery", "tips"}
    | {"sentences", "score_parts"}
)


def _modules(folder: Path = PACKAGE) -> list[Path]:
    return sorted(folder.rglob("*.py"))


def _name(path: Path) -> str:
    return str(path.relative_to(ROOT))


def _tree(path: Path) -> ast.Module:
    return ast.parse(path.read_text(encoding="utf-8"), filename=str(path))


def _imports(tree: ast.Module) -> Iterator[str]:
    """Every module imported anywhere in the file, lazy and TYPE_CHECKING imports included."""
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            yield node.module
            yield from (f"{node.module}.{alias.name}" for alias in node.names)


def _under(name: str, *prefixes: str) -> bool:
    return any(name == p or name.startswith(p + ".") for p in prefixes)


def test_no_module_is_over_the_limit() -> None:
    long = {
        _name(path): lines
        for path in _modules()
        if (lines := len(path.read_text(encoding="utf-8").splitlines())) > MAX_MODULE_LINES
    }
    assert long == {}, f"cut these by meaning (limit {MAX_MODULE_LINES} lines)"


def test_no_function_is_over_the_limit() -> None:
    long = {}
    for path in _modules():
        for node in ast.walk(_tree(path)):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                lines = (node.end_lineno or node.lineno) - node.lineno + 1
                if lines > MAX_FUNCTION_LINES:
                    long[f"{_name(path)}:{node.name}"] = lines
    assert long == {}, f"cut these by meaning (limit {MAX_FUNCTION_LINES} lines)"


def test_the_history_stores_and_never_reaches_up() -> None:
    banned = ("interview.analysis", "interview.speech", "interview.answers")
    found = {
        _name(path): sorted({name for name in _imports(_tree(path)) if _under(name, *banned)})
        for path in _modules(PACKAGE / "history")
    }
    assert {name: hits for name, hits in found.items() if hits} == {}


def test_migration_steps_call_no_live_code() -> None:
    allowed = ("interview.history.migrations.registry",)
    steps = sorted((PACKAGE / "history" / "migrations").glob("m[0-9][0-9][0-9]_*.py"))
    assert steps, "no migration steps found"
    found = {
        _name(path): sorted(
            name
            for name in _imports(_tree(path))
            if _under(name, "interview") and not _under(name, *allowed)
        )
        for path in steps
    }
    assert {name: hits for name, hits in found.items() if hits} == {}


def test_streamlit_is_imported_only_in_the_ui() -> None:
    found = [
        _name(path)
        for path in _modules()
        if not path.is_relative_to(PACKAGE / "ui")
        and any(_under(name, "streamlit") for name in _imports(_tree(path)))
    ]
    assert found == []


@pytest.mark.parametrize(
    "face", ["analysis/__init__.py", "questions/__init__.py", "history/migrations/__init__.py"]
)
def test_package_faces_only_hand_on_names(face: str) -> None:
    tree = _tree(PACKAGE / face)
    kinds = {
        type(node).__name__
        for node in tree.body
        if not isinstance(node, ast.Import | ast.ImportFrom | ast.Expr | ast.Assign)
    }
    assert kinds == set(), f"{face} should only import and list names, not define {kinds}"


def _key_reads(tree: ast.Module) -> Iterator[str]:
    """String keys read with `x.get("key")` or `x["key"]`."""
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr == "get"
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
        ):
            yield node.args[0].value
        elif (
            isinstance(node, ast.Subscript)
            and isinstance(node.slice, ast.Constant)
            and isinstance(node.slice.value, str)
        ):
            yield node.slice.value


def test_pages_and_commands_read_reports_as_attributes() -> None:
    readers = [
        *_modules(PACKAGE / "ui"),
        *_modules(PACKAGE / "cli"),
        *sorted((ROOT / "app_pages").glob("*.py")),
        *_modules(PACKAGE / "practice"),
        PACKAGE / "answers.py",
    ]
    found = {_name(path): sorted(set(_key_reads(_tree(path))) & REPORT_KEYS) for path in readers}
    assert {name: keys for name, keys in found.items() if keys} == {}


SHARED = ("interview.models", "interview.areas", "interview.config", "interview.errors")


@pytest.mark.parametrize("package", ["analysis", "speech", "questions"])
def test_domain_packages_import_only_themselves_and_the_shared_modules(package: str) -> None:
    allowed = (f"interview.{package}", *SHARED, "interview.files")
    found = {
        _name(path): sorted(
            name
            for name in _imports(_tree(path))
            if _under(name, "interview") and not _under(name, *allowed)
        )
        for path in _modules(PACKAGE / package)
    }
    assert {name: hits for name, hits in found.items() if hits} == {}
