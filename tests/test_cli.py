"""The command line as a user runs it: a real subprocess, real files, real exit codes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any, ClassVar

import pytest
from click.testing import CliRunner, Result

from sitrep import api
from sitrep.cli import main
from sitrep.errors import ModelNotFoundError
from sitrep.pipeline.base import Document
from sitrep.pipeline.runner import Pipeline
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
    (report,) = json.loads(proc.stdout)  # two inputs: an array, whatever failed
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


# In-process runs below: the pipeline is swapped for one small stage through the API's seam
# (api.default_pipeline), so batch behaviour is tested without loading spaCy.


class _Reads:
    """Stands in for the pipeline: fails on 'bad' articles, is interrupted on 'stop' ones."""

    name: ClassVar[str] = "reads.v1"
    provides: ClassVar[str] = "claims"
    requires: ClassVar[tuple[str, ...]] = ()

    def __call__(self, doc: Document) -> tuple[object, ...]:
        if "stop" in doc.text:
            raise KeyboardInterrupt
        if "bad" in doc.text:
            raise ValueError("cannot cope")
        return ()


@pytest.fixture
def small_pipeline(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(api, "default_pipeline", lambda: Pipeline([_Reads()]))


def _files(tmp_path: Path, *texts: str) -> list[str]:
    paths = []
    for i, text in enumerate(texts):
        p = tmp_path / f"{i}.txt"
        p.write_text(f"The army said on Monday that {text} happened.\n")
        paths.append(str(p))
    return paths


def _told(report: dict[str, Any]) -> str:
    """What happened, in the article behind a report-1 object written by _files."""
    text: str = report["article"]["text"]
    return text.removeprefix("The army said on Monday that ").removesuffix(" happened.\n")


def _invoke(*args: str) -> Result:
    return CliRunner().invoke(main, list(args))


@pytest.mark.usefixtures("small_pipeline")
def test_ctrl_c_mid_batch_leaves_whole_jsonl_lines(tmp_path: Path) -> None:
    paths = _files(tmp_path, "one", "two", "stop", "four")
    result = _invoke("analyze", "--format", "jsonl", *paths)
    assert result.exit_code == 130
    lines = result.stdout.splitlines()
    assert [_told(json.loads(line)) for line in lines] == ["one", "two"]
    assert "interrupted: 2 of 2 articles analysed, 0 failed" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.usefixtures("small_pipeline")
def test_ctrl_c_in_json_format_still_writes_the_finished_reports(tmp_path: Path) -> None:
    paths = _files(tmp_path, "one", "two", "stop")
    result = _invoke("analyze", "--format", "json", *paths)
    assert result.exit_code == 130
    assert [_told(r) for r in json.loads(result.stdout)] == ["one", "two"]


@pytest.mark.usefixtures("small_pipeline")
@pytest.mark.parametrize(
    ("texts", "code", "summary"),
    [
        (("one", "two"), 0, "sitrep: 2 of 2 articles analysed, 0 failed"),
        (("one", "bad"), 1, "sitrep: 1 of 2 articles analysed, 1 failed"),
        (("bad", "bad too"), 1, "sitrep: 0 of 2 articles analysed, 2 failed"),
    ],
    ids=["none-failed", "some-failed", "all-failed"],
)
def test_exit_code_and_summary(
    tmp_path: Path, texts: tuple[str, ...], code: int, summary: str
) -> None:
    result = _invoke("analyze", "--format", "jsonl", *_files(tmp_path, *texts))
    assert result.exit_code == code
    assert result.stderr.splitlines()[-1] == summary


@pytest.mark.usefixtures("small_pipeline")
def test_a_stage_failure_names_the_input_and_the_stage_and_the_batch_goes_on(
    tmp_path: Path,
) -> None:
    paths = _files(tmp_path, "bad", "one")
    result = _invoke("analyze", "--format", "jsonl", *paths)
    assert f"sitrep: error: {paths[0]}: ValueError: cannot cope (stage reads.v1)" in result.stderr
    assert [_told(json.loads(line)) for line in result.stdout.splitlines()] == ["one"]


@pytest.mark.usefixtures("small_pipeline")
def test_a_folder_with_subfolders_bad_files_and_a_link_loop(tmp_path: Path) -> None:
    (tmp_path / "sub" / "deeper").mkdir(parents=True)
    (tmp_path / "sub" / "a.txt").write_text("The army said on Monday that the road was shut.\n")
    (tmp_path / "sub" / "deeper" / "b.txt").write_bytes(b"%PDF-1.4\n%binary")
    (tmp_path / "sub" / "deeper" / "loop").symlink_to(tmp_path)
    (tmp_path / "sub" / "photo.png").write_bytes(b"\x89PNG\r\n")  # not an article file: left
    result = _invoke("analyze", "--format", "jsonl", str(tmp_path))
    assert result.exit_code == 1
    assert len(result.stdout.splitlines()) == 1
    assert "b.txt: binary file: a PDF document" in result.stderr


def test_closed_standard_input_is_a_usage_error_not_a_traceback() -> None:
    proc = subprocess.run(
        f"'{sys.executable}' -m sitrep.cli analyze 0<&-",
        shell=True,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert proc.returncode == 2
    assert "give one or more paths" in proc.stderr and "Traceback" not in proc.stderr


class _NoModel:
    name: ClassVar[str] = "nomodel.v1"
    provides: ClassVar[str] = "parse"
    requires: ClassVar[tuple[str, ...]] = ()

    def __call__(self, doc: Document) -> object:
        raise ModelNotFoundError("sitrep needs an English spaCy pipeline and found none")


def test_a_missing_model_is_one_error_line_not_one_per_article(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(api, "default_pipeline", lambda: Pipeline([_NoModel()]))
    result = _invoke("analyze", "--format", "jsonl", *_files(tmp_path, "one", "two", "three"))
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        "sitrep: error: sitrep needs an English spaCy pipeline and found none"
    ]


@pytest.mark.usefixtures("small_pipeline")
def test_json_is_an_object_for_one_article_and_an_array_for_several(tmp_path: Path) -> None:
    one = _invoke("analyze", "--format", "json", *_files(tmp_path, "one"))
    assert _told(json.loads(one.stdout)) == "one"
    several = _invoke("analyze", "--format", "json", *_files(tmp_path, "one", "bad"))
    assert [_told(r) for r in json.loads(several.stdout)] == ["one"]
    missing = str(tmp_path / "missing.txt")
    none = _invoke("analyze", "--format", "json", missing, *_files(tmp_path, "bad"))
    assert none.exit_code == 1 and json.loads(none.stdout) == []  # still JSON for a program
