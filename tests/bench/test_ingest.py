"""`sitrep bench ingest` runs end to end on a few generated articles (figures are not asserted)."""

from __future__ import annotations

import random

from click.testing import CliRunner

from sitrep.bench.ingest import command, generated_report


def test_generated_reports_are_valid_and_distinct() -> None:
    rng = random.Random(1)
    a, b = (generated_report(n, events=3, rng=rng) for n in range(2))
    assert len(a.events) == 3 and a.article.text != b.article.text
    assert a.events[0].evidence[0].text(a.article.text).startswith("shelled the village of")


def test_bench_ingest_prints_a_table() -> None:
    result = CliRunner().invoke(command, ["--articles", "20", "--no-postgresql"])
    assert result.exit_code == 0, result.output
    assert "| SQLite |" in result.output and "articles/s" in result.output
