"""The command line as a user runs it: a real subprocess, real files, real exit codes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import SAMPLES

ARTICLE = (
    "Clashes near the border\n\nThe ministry said on Saturday that two soldiers were killed.\n"
)


def run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "sitrep.cli", *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


@pytest.mark.slow
def test_json_report_for_one_file_and_errors_for_bad_ones(tmp_path: Path) -> None:
    good = tmp_path / "a.txt"
    good.write_text(ARTICLE)
    proc = run(
        "analyze",
        str(good),
        str(tmp_path / "nope.txt"),
        "--published",
        "2020-11-01",
        "--format",
        "json",
    )
    assert proc.returncode == 1
    report = json.loads(proc.stdout)
    assert report["article"]["text"] == ARTICLE
    assert report["article"]["published"] == "2020-11-01"
    errors = [line for line in proc.stderr.splitlines() if line.startswith("sitrep: error:")]
    assert errors == [f"sitrep: error: {tmp_path / 'nope.txt'}: no such file"]


@pytest.mark.slow
def test_stdin_and_text_format() -> None:
    proc = run("analyze", "-", "--published", "2020-11-01", "--no-color", stdin=ARTICLE)
    assert proc.returncode == 0, proc.stderr
    assert "Clashes near the border" in proc.stdout


def test_bad_published_is_one_clear_error() -> None:
    proc = run("analyze", "-", "--published", "someday", stdin=ARTICLE)
    assert proc.returncode == 2
    assert proc.stderr.strip().startswith("sitrep: error: --published:")


@pytest.mark.slow
def test_jsonl_in_jsonl_out(tmp_path: Path) -> None:
    p = tmp_path / "in.jsonl"
    p.write_text(
        json.dumps({"id": "one", "text": ARTICLE})
        + "\n"
        + "{bad\n"
        + json.dumps({"id": "two", "text": ARTICLE.replace("two", "three")})
        + "\n"
    )
    proc = run("analyze", "--format", "jsonl", str(p), "--published", "2020-11-01")
    assert proc.returncode == 1
    ids = [json.loads(line)["article"]["id"] for line in proc.stdout.splitlines()]
    assert ids == ["one", "two"]
    assert f"{p}:2: malformed JSON" in proc.stderr


def test_samples_exist() -> None:
    assert len(list(SAMPLES.glob("*.txt"))) >= 5
