import io
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from interview.cli import main
from interview.cli.evaluate import decode_answer
from interview.cli.report import render_report

STORY = (
    "Last spring our nightly import at Harbor Logistics kept failing. "
    "My job was to get it stable before the audit in May. "
    "Um, I rewrote the loader in Python and, like, added retries. "
    "Failures dropped from 9 a week to zero, and the audit passed."
)
INTERVIEW = Path(sys.executable).parent / "interview"


def _stdin(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))


def _answer(tmp_path: Path, data: bytes) -> str:
    path = tmp_path / "answer.txt"
    path.write_bytes(data)
    return str(path)


def test_json_from_a_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _answer(tmp_path, STORY.encode())
    assert main(["evaluate", path, "--json", "--question", "A time you fixed something?"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["kind"] == "behavioral"
    assert data["question"] == "A time you fixed something?"
    assert 0 <= data["score"] <= 100
    assert data["fillers"]["counts"] == {"like": 1, "um": 1}
    assert data["star"]["applies"] is True
    assert data["delivery"] is None


@pytest.mark.parametrize(
    "competency,verdict,capped",
    [
        ("time-management", "on_topic", False),  # a deadline story: about the question
        # No word of it touches conflict, and it is clearly a deadline story.
        ("conflict", "off_topic", True),
        (None, "unclear", False),  # a typed question alone: too weak to call it off
    ],
)
def test_competency_lets_an_answer_be_called_off_the_question(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    competency: str | None,
    verdict: str,
    capped: bool,
) -> None:
    story = STORY + (
        " I kept the deadline in May by splitting the work into weekly goals on a tight schedule."
    )
    args = ["evaluate", _answer(tmp_path, story.encode()), "--json", "--question", "A time?"]
    assert main(args + (["--competency", competency] if competency else [])) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["relevance"]["verdict"] == verdict
    assert (data["score_cap"] is not None) == capped


def test_json_from_stdin_with_kind_and_duration(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _stdin(monkeypatch, b"Um, I lead a team of six at Acme.")
    assert main(["evaluate", "-", "--kind", "hr", "--duration", "30", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert (data["kind"], data["star"]["score"], data["fillers"]["per_minute"]) == ("hr", None, 2.0)


def test_readable_report_marks_parts_fillers_scores_and_tips(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["evaluate", _answer(tmp_path, STORY.encode())]) == 0
    out = capsys.readouterr().out
    for expected in ("Score ", "[ACTION]", "\u00abUm\u00bb", "\u00ablike\u00bb", "Score breakdown"):
        assert expected in out
    assert "overall" in out and "Specificity" in out and "Fillers: 2" in out


def test_report_counts_one_as_one(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _stdin(monkeypatch, b"Acme.")
    assert main(["evaluate", "--kind", "hr"]) == 0
    out = capsys.readouterr().out
    assert "hr answer, 1 word\n" in out and "Length: 1 word, " in out
    for text in (b"I worked at Google.", b"I joined in 2021.", b"Yes, at Acme."):
        _stdin(monkeypatch, text)
        assert main(["evaluate", "--kind", "hr"]) == 0
        out = capsys.readouterr().out
        counted = re.findall(r"\b(\d+) (figure|name|vague word)(s?)\b", out)
        assert len(counted) == 3  # whatever the counts, one is singular and others plural
        assert all((n == "1") == (s == "") for n, _, s in counted), counted


def test_the_report_shows_an_answers_control_characters_without_obeying_them(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # ESC [2J in a pasted answer cleared the screen; U+202E printed the line backwards.
    answer = "I fixed \x1b[2J the report at Acme in \u202e2021\u202c and cut errors by 20%."
    assert main(["evaluate", _answer(tmp_path, answer.encode())]) == 0
    out = capsys.readouterr().out
    assert "I fixed [2J the report at Acme in 2021 and cut errors by 20%." in out


def test_hr_report_says_star_is_not_scored(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _stdin(monkeypatch, b"I want to work here because I use your product every day.")
    assert main(["evaluate", "--kind", "hr"]) == 0
    out = capsys.readouterr().out
    assert "STAR: not scored for HR questions" in out
    assert "[SITUATION]" not in out and "[ACTION]" not in out


@pytest.mark.parametrize(
    "data,message",
    [
        (b"", "the answer is empty"),
        (b"  \n\t  \n", "the answer is empty"),
        (b"caf\xe9 au lait", "is not UTF-8 text"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "binary file"),
        ("I fixed it.".encode("utf-16"), "is UTF-16 text"),  # Notepad's "Unicode"
        (b"word " * 20_001, "20,001 words"),
    ],
)
def test_bad_input_exits_2_with_one_error_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], data: bytes, message: str
) -> None:
    assert main(["evaluate", _answer(tmp_path, data), "--json"]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    (line,) = captured.err.splitlines()
    assert line.startswith("error: ") and message in line


@pytest.mark.parametrize(
    "name,message",
    [("missing.txt", "answer file not found"), (".", "is a folder")],
)
def test_unreadable_file_exits_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, message: str
) -> None:
    assert main(["evaluate", str(tmp_path / name)]) == 2
    (line,) = capsys.readouterr().err.splitlines()
    assert line.startswith("error: ") and message in line


def test_bad_duration_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["evaluate", _answer(tmp_path, STORY.encode()), "--duration", "-3"]) == 2
    assert "positive number of seconds" in capsys.readouterr().err


@pytest.mark.parametrize(
    "data,message",
    [
        (b"", "the answer is empty"),
        (b"   \n  ", "the answer is empty"),
        (b"caf\xe9 \xfa not text", "is not UTF-8 text"),
        (b"word " * 20_001, "20,001 words"),
    ],
)
def test_installed_command_exits_2_on_stdin(data: bytes, message: str) -> None:
    result = subprocess.run(
        [str(INTERVIEW), "evaluate", "-", "--json"],
        input=data,
        capture_output=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 2
    assert result.stdout == b""
    err = result.stderr.decode()
    assert "Traceback" not in err
    (line,) = err.splitlines()
    assert line.startswith("error: ") and message in line


def test_installed_command_prints_one_json_object(tmp_path: Path) -> None:
    result = subprocess.run(
        [str(INTERVIEW), "evaluate", _answer(tmp_path, STORY.encode()), "--json"],
        capture_output=True,
        timeout=120,
        check=True,
    )
    assert json.loads(result.stdout)["word_count"] == len(STORY.split())


def test_same_answer_same_json_whatever_the_hash_seed(tmp_path: Path) -> None:
    answer = _answer(tmp_path, (STORY + " Um, we, like, shipped it. Uh, it was fine.").encode())
    outputs = {
        subprocess.run(
            [str(INTERVIEW), "evaluate", answer, "--json"],
            capture_output=True,
            timeout=120,
            check=True,
            env={**os.environ, "PYTHONHASHSEED": seed},
        ).stdout
        for seed in ("1", "2", "3")
    }
    assert len(outputs) == 1


@pytest.mark.parametrize(
    "data,text",
    [(b"\xef\xbb\xbfHello", "Hello"), ("Caf\u00e9".encode(), "Caf\u00e9")],
)
def test_decode_answer_accepts_utf8_with_or_without_bom(data: bytes, text: str) -> None:
    assert decode_answer(data, "x") == text


def test_render_report_works_from_a_stored_dict(tmp_path: Path) -> None:
    from interview.analysis import Analysis, analyse

    data = json.loads(json.dumps(analyse(STORY).to_dict()))
    report = render_report(Analysis.from_dict(data))
    assert report.startswith(f"Score {data['score']}/100")
    assert "Tips, most important first" in report


def _spans(data: object) -> list[dict[str, object]]:
    """Every {text, start, end} object anywhere in the JSON."""
    if isinstance(data, list):
        return [span for item in data for span in _spans(item)]
    if not isinstance(data, dict):
        return []
    own = [data] if {"text", "start", "end"} <= set(data) else []
    return own + [span for value in data.values() for span in _spans(value)]


@pytest.mark.parametrize(
    "raw",
    [
        b"Um, at Acme we had, like, a bug.\r\nI, I rewrote the loader.\r\n\r\nIt cut errors 40%.",
        b"\tUm,\tso I basically\trewrote it.\tYou know,\tmy boss was useless.",
        "Um \U0001f600 so I rewrote the caf\u00e9 loader \U0001f680, like, fast. "
        "It fell 40% \u2014 you know?".encode(),
        b"\xef\xbb\xbfUm, so I rewrote the loader. Uh, I think it cut failures by 40%.",
    ],
    ids=["crlf", "tabs", "emoji", "bom"],
)
def test_spans_index_the_submitted_text(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], raw: bytes
) -> None:
    assert main(["evaluate", _answer(tmp_path, raw), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    # The text as submitted: every character kept (CRLF, tabs), a BOM being the encoding's
    # signature rather than part of the answer.
    assert data["text"] == raw.decode("utf-8-sig")
    spans = _spans(data)
    assert len(spans) > 5
    for span in spans:
        assert data["text"][span["start"] : span["end"]] == span["text"]  # type: ignore[misc]


@pytest.mark.parametrize(
    "answer,lines",
    [
        (
            "I would first talk to them privately. Then I would agree a plan with them. "
            "If that failed I would ask my manager.",
            ["Real example: no, it says what you would do", "capped", "not a real example"],
        ),
        (
            STORY,
            ["Real example: yes", "About the question: yes (it says 'failing', 'failures')"],
        ),
    ],
)
def test_report_says_whether_it_is_a_real_example_about_the_question(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], answer: str, lines: list[str]
) -> None:
    args = ["evaluate", _answer(tmp_path, answer.encode()), "--question", "A time you failed?"]
    assert main([*args, "--competency", "failure-and-learning"]) == 0
    report = capsys.readouterr().out
    for line in lines:
        assert line in report


def test_key_points_make_an_answer_that_misses_them_surer_off_the_question(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    story = STORY + " I kept the deadline by splitting the work into weekly goals."
    args = ["evaluate", _answer(tmp_path, story.encode()), "--json", "--question", "A time?"]
    args += ["--competency", "conflict"]
    assert main(args) == 0
    alone = json.loads(capsys.readouterr().out)["relevance"]
    points = ["--key-point", "Listened to the other side", "--key-point", "Agreed a way forward"]
    assert main(args + points) == 0
    with_points = json.loads(capsys.readouterr().out)["relevance"]
    assert with_points["confidence"] > alone["confidence"] > 0
    # Met in the answer's words, a key point counts as the topic.
    assert main([*args, "--key-point", "Rewrote the loader"]) == 0
    met = json.loads(capsys.readouterr().out)["relevance"]
    assert met["verdict"] == "on_topic" and met["confidence"] == 0


def test_attitude_fault_in_json_and_report(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    answer = _answer(tmp_path, b"Honestly it's mainly for the money, and the hours suit me.")
    args = ["evaluate", answer, "--kind", "hr", "--question", "Why do you want this job?"]
    assert main([*args, "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["attitude"]["evidence"][0]["label"] == "money_first"
    assert data["score_cap"]["reason"] == "attitude"
    assert main(args) == 0
    out = capsys.readouterr().out
    assert "Attitude: 'for the money' (money first)" in out
    assert "[attitude," in out


def test_hr_checklist_in_json_and_report(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = b"My greatest weakness is that I'm a perfectionist and I work too hard."
    args = ["evaluate", _answer(tmp_path, text), "--question", "What is your greatest weakness?"]
    assert main([*args, "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    content = data["hr_content"]
    assert (content["applies"], content["family"]) == (True, "weakness")
    assert [e["key"] for e in content["elements"]] == ["named", "cost", "steps", "progress"]
    assert content["faults"][0]["evidence"]["text"] == "perfectionist"
    assert {"area": "hr_content", "score": content["score"]}.items() <= next(
        p for p in data["score_parts"] if p["area"] == "hr_content"
    ).items()
    assert main(args) == 0
    out = capsys.readouterr().out
    assert "What the question asks for (weakness): 0/100" in out
    assert "  missing what it cost or how it shows" in out
    assert "  heard 'perfectionist' (disguised strength, -40)" in out
    assert "[hr_content," in out
