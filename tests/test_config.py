from pathlib import Path

import pytest

from interview.config import Settings
from interview.errors import InterviewError


def test_interview_home_moves_database_and_recordings(tmp_path: Path) -> None:
    settings = Settings.from_env({"INTERVIEW_HOME": str(tmp_path)})
    assert settings.home == tmp_path
    assert settings.database_url == f"sqlite:///{tmp_path / 'interview.db'}"
    assert settings.recordings_dir == tmp_path / "recordings"


def test_autouse_fixture_keeps_tests_out_of_real_data(interview_home: Path) -> None:
    assert Settings.from_env().home == interview_home


@pytest.mark.parametrize(
    "env,message",
    [
        ({"INTERVIEW_ENGINE": "whisper.cpp"}, "INTERVIEW_ENGINE must be one of"),
        ({"INTERVIEW_MAX_AUDIO_SECONDS": "ten"}, "must be a number"),
        ({"INTERVIEW_MAX_AUDIO_SECONDS": "-1"}, "greater than 0"),
    ],
)
def test_bad_settings_say_what_is_allowed(
    tmp_path: Path, env: dict[str, str], message: str
) -> None:
    with pytest.raises(InterviewError, match=message):
        Settings.from_env({"INTERVIEW_HOME": str(tmp_path), **env})
