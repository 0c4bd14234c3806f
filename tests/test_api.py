"""End to end through the public API: the bundled samples and the report-1 contract."""

from __future__ import annotations

import datetime as dt
import json

import pytest

import sitrep
from sitrep.errors import InputError
from sitrep.records import Report
from tests.conftest import ROOT, SAMPLES, SCHEMA, shared_file

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def sample_reports() -> list[Report]:
    paths = sorted(str(p) for p in SAMPLES.glob("*.txt"))
    results = list(sitrep.analyze_many(sitrep.read_inputs(paths)))
    assert all(isinstance(r, Report) for r in results), results
    return [r for r in results if isinstance(r, Report)]


def test_public_surface() -> None:
    assert set(sitrep.__all__) >= {
        "analyze",
        "analyze_many",
        "read_inputs",
        "Report",
        "SitrepError",
    }


def test_analyze_text_returns_a_typed_report() -> None:
    text = "Talks in Geneva\n\nThe two ministers met in Geneva on Friday, officials said."
    report = sitrep.analyze(text, published="2020-11-01", title="Talks in Geneva")
    assert isinstance(report, Report)
    assert report.article.text == text
    assert report.article.published == dt.date(2020, 11, 1)
    data = json.loads(report.to_json())
    assert data["article"]["title"] == "Talks in Geneva"


def test_empty_text_is_an_input_error() -> None:
    with pytest.raises(InputError, match="empty"):
        sitrep.analyze("   \n ")


def test_every_span_indexes_into_the_text(sample_reports: list[Report]) -> None:
    for report in sample_reports:
        n = len(report.article.text)
        for _what, span in report.spans():
            assert 0 <= span.start <= span.end <= n


def test_sample_reports_validate_against_report_1(sample_reports: list[Report]) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads(shared_file(SCHEMA).read_text(encoding="utf-8"))
    validator = jsonschema.Draft202012Validator(schema)
    for report in sample_reports:
        errors = sorted(validator.iter_errors(report.to_dict()), key=lambda e: list(e.path))
        assert not errors, [f"{list(e.path)}: {e.message}" for e in errors[:5]]


def test_seed_report_validates(seed_text: str) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads(shared_file(SCHEMA).read_text(encoding="utf-8"))
    report = sitrep.analyze(seed_text, published="2020-11-01")
    jsonschema.validate(report.to_dict(), schema)
    assert report.article.text == seed_text


def test_the_readme_python_example_runs_on_an_unresolved_source(
    capsys: pytest.CaptureFixture[str],
) -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    example = readme.split("```python\n", 1)[1].split("```", 1)[0]
    text = "Local hospital staff said nine people were wounded in the shelling of the town."
    exec(example, {"text": text})  # our own README
    out = capsys.readouterr().out
    assert "Local hospital staff" in out and '"schema": "sitrep/report-1"' in out
