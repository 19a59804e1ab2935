"""One settings object, read from the environment.

`INTERVIEW_HOME` decides where the database and recordings live. When the package runs
from a source checkout the default is the checkout itself (so `make run` keeps data beside
the code, in git-ignored files); an installed copy uses `~/.interview-coach`. Tests always
point `INTERVIEW_HOME` at a temporary folder.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from interview.errors import InterviewError

ENGINES = ("faster-whisper", "openai-whisper")
PACKAGE_DIR = Path(__file__).resolve().parent
CHECKOUT_DIR = PACKAGE_DIR.parent
BUILTIN_BANKS_DIR = CHECKOUT_DIR / "question_banks"


def _default_home() -> Path:
    if (CHECKOUT_DIR / "pyproject.toml").is_file() and (CHECKOUT_DIR / "app.py").is_file():
        return CHECKOUT_DIR
    return Path.home() / ".interview-coach"


def _number(env: dict[str, str], name: str, default: float, *, unit: str = "seconds") -> float:
    raw = env.get(name)
    if raw is None or raw.strip() == "":
        return default
    try:
        value = float(raw)
    except ValueError:
        raise InterviewError(f"{name} must be a number of {unit} (not {raw!r})") from None
    if value <= 0:
        raise InterviewError(f"{name} must be greater than 0 (not {raw!r})")
    return value


@dataclass(frozen=True)
class Settings:
    """Where data lives and which engine transcribes.

    Attributes:
        home: folder holding the database and the recordings folder.
        database_url: SQLAlchemy URL; SQLite file under `home` unless `INTERVIEW_DATABASE_URL`.
        recordings_dir: where recorded answers are saved (generated names only).
        user_banks_dir: folder of the user's own question banks (TOML), beside the built-in ones.
        builtin_banks_dir: the banks shipped with the app.
        engine: "faster-whisper" (default) or "openai-whisper".
        model: None for the bundled tiny.en model, or a model directory, checkpoint or name.
        max_audio_seconds: longest answer recording accepted.
        max_upload_mb: largest recording accepted (uploads, `--audio` files), in megabytes.
    """

    home: Path
    database_url: str
    recordings_dir: Path
    user_banks_dir: Path
    builtin_banks_dir: Path = BUILTIN_BANKS_DIR
    engine: str = "faster-whisper"
    model: str | None = None
    max_audio_seconds: float = 15 * 60.0
    max_upload_mb: float = 200.0

    @property
    def max_upload_bytes(self) -> int:
        return int(self.max_upload_mb * 1_000_000)

    @classmethod
    def from_env(cls, env: dict[str, str] | None = None) -> Settings:
        env = dict(os.environ if env is None else env)
        home = Path(env.get("INTERVIEW_HOME") or _default_home()).expanduser()
        engine = env.get("INTERVIEW_ENGINE", "faster-whisper").strip() or "faster-whisper"
        if engine not in ENGINES:
            allowed = ", ".join(ENGINES)
            raise InterviewError(f"INTERVIEW_ENGINE must be one of {allowed} (not {engine!r})")
        db_url = env.get("INTERVIEW_DATABASE_URL") or f"sqlite:///{home / 'interview.db'}"
        banks = env.get("INTERVIEW_BANKS_DIR") or str(home / "my_banks")
        return cls(
            home=home,
            database_url=db_url,
            recordings_dir=home / "recordings",
            user_banks_dir=Path(banks).expanduser(),
            engine=engine,
            model=env.get("INTERVIEW_MODEL") or None,
            max_audio_seconds=_number(env, "INTERVIEW_MAX_AUDIO_SECONDS", 15 * 60.0),
            max_upload_mb=_number(env, "INTERVIEW_MAX_UPLOAD_MB", 200.0, unit="megabytes"),
        )
