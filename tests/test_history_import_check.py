"""A history file from outside: its analyses are checked before they are stored, and
whatever is stored is shown escaped (an export once carried a Markdown image)."""

from __future__ import annotations

import copy
import json
import re
from pathlib import Path
from typing import Any

import pytest
from apptest import open_page

from interview.analysis import analyse
from interview.errors import HistoryError
from interview.history.export import export_document, import_json
from interview.history.store import HistoryStore
from interview.models import Question

QUESTION = Question("q-img", "Tell me about a deadline.", "behavioral", "time-management")
ANSWER = (
    "In March our release was late. I had to ship the fix by Friday. "
    "I cut the scope, um, to three screens. We shipped on Thursday and tickets fell by 30 percent."
)
IMAGE = "![x](http://evil.example/pixel.png)"


def _document(store: HistoryStore, **changes: Any) -> dict[str, Any]:
    attempt = store.save_attempt(QUESTION, answer_text=ANSWER)
    store.add_analysis(attempt.id, analyse(ANSWER, kind="behavioral").to_dict())
    document = export_document(store)
    store.delete_all()
    analysis = document["attempts"][0]["analysis"]
    for path, value in changes.items():
        *parents, last = path.split(".")
        target = analysis
        for key in parents:
            target = target[int(key)] if isinstance(target, list) else target[key]
        target[last] = value
    return document


def _import(store: HistoryStore, tmp_path: Path, document: dict[str, Any]) -> Any:
    path = tmp_path / "history.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    return import_json(store, path)


def test_a_genuine_export_imports(store: HistoryStore, tmp_path: Path) -> None:
    assert _import(store, tmp_path, _document(store)).added == 1


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"star.result.strength": IMAGE}, "star.result.strength is"),
        ({"fillers.total": IMAGE}, "fillers.total must be int"),
        ({"score": "71"}, "analysis.score must be num or null"),
        ({"tips.0.message": ["not", "text"]}, r"tips\[0\].message must be str"),
        ({"sentences.0.end": 10_000}, r"sentences\[0\] points outside the answer"),
        ({"fillers.spans.0.start": -1}, "points outside the answer"),
        ({"star": "strong"}, "analysis.star must be an object"),
        ({"delivery": {"wpm": "fast"}}, "delivery.wpm must be num or null"),
    ],
)
def test_an_analysis_the_app_would_not_write_is_refused(
    store: HistoryStore, tmp_path: Path, change: dict[str, Any], message: str
) -> None:
    document = _document(store, **change)
    with pytest.raises(HistoryError, match=message):
        _import(store, tmp_path, document)
    assert store.count_attempts() == 0


def test_unknown_keys_are_allowed_and_a_missing_part_is_named() -> None:
    from interview.answers import check_readable

    analysis = copy.deepcopy(analyse(ANSWER, kind="hr").to_dict())
    check_readable({**analysis, "future_key": {"anything": [1, "x"]}}, "analysis")
    del analysis["star"]
    with pytest.raises(HistoryError, match="analysis has no 'star'"):
        check_readable(analysis, "analysis")


def test_the_cli_refuses_an_analysis_the_pages_could_not_read(
    store: HistoryStore, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from interview.cli import main

    document = _document(store)
    del document["attempts"][0]["analysis"]["length"]
    path = tmp_path / "history.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    assert main(["history", "import", str(path)]) == 2
    err = capsys.readouterr().err
    assert "attempts[0].analysis has no 'length'" in err and store.count_attempts() == 0


def test_a_hostile_stored_analysis_is_shown_escaped(store: HistoryStore) -> None:
    """Whatever its origin (an import before this check, a hand-edited database), nothing
    from a stored analysis reaches the page as Markdown, and the page still shows the answer."""
    attempt = store.save_attempt(QUESTION, answer_text=ANSWER)
    analysis = analyse(ANSWER, kind="behavioral").to_dict()
    analysis["star"]["situation"]["strength"] = IMAGE
    analysis["fillers"]["total"] = IMAGE
    store.add_analysis(attempt.id, analysis)
    app = open_page("app_pages/review.py")
    assert not app.exception
    shown = [str(e.value) for e in (*app.markdown, *app.warning, *app.caption)]
    assert any("evil" in value and "cannot be read" in value for value in shown)
    assert not [v for v in shown if re.search(r"(?<!\\)!(?<!\\)\[|(?<!\\)\]\(", v)]
    assert any("three screens" in value for value in shown)  # the answer is still there


def test_star_strengths_are_escaped_even_in_a_typed_analysis(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import dataclasses

    from interview.ui import feedback

    typed = analyse(ANSWER, kind="behavioral")
    parts = tuple(dataclasses.replace(p, strength=IMAGE) for p in typed.star.parts)
    star = dataclasses.replace(typed.star, parts=parts)
    hostile = dataclasses.replace(typed, star=star)
    written: list[str] = []
    monkeypatch.setattr(feedback.st, "markdown", lambda text, **_: written.append(text))
    feedback.star_parts(hostile)
    assert written and "![" not in written[0] and "\\!\\[x\\]" in written[0]


def test_history_show_explains_a_stored_analysis_it_cannot_read(
    store: HistoryStore, capsys: pytest.CaptureFixture[str]
) -> None:
    from interview.cli import main

    attempt = store.save_attempt(QUESTION, answer_text=ANSWER)
    store.add_analysis(attempt.id, {"score": 50, "star": {"situation": {"strength": IMAGE}}})
    status = main(["history", "show", str(attempt.id)])
    out = capsys.readouterr().out
    assert status == 0 and "stored analysis cannot be read" in out and ANSWER[:20] in out
