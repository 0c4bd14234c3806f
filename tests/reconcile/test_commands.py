"""The commands across articles, run through the real CLI on a SQLite corpus of our reports."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import replace
from pathlib import Path

import pytest
from click.testing import CliRunner

from sitrep.cli import main
from sitrep.records import Count, Report
from sitrep.store import open_store
from tests.reconcile.articles import accused, denied, far_away, nearby, protest
from tests.store.reports import shelling_report


def earlier_shelling() -> Report:
    """An article with a contradiction of its own, about a shelling weeks before."""
    return shelling_report(event_date="2020-09-01")


@pytest.fixture
def db(tmp_path: Path) -> str:
    path = str(tmp_path / "corpus.sqlite")
    with open_store(path) as store:
        for built in (accused(), denied(), nearby(), far_away(), protest(), earlier_shelling()):
            store.put(built)
    return path


def run(*args: str) -> str:
    result = CliRunner().invoke(main, list(args))
    assert result.exit_code == 0, result.output
    return result.output


def test_reconcile_then_list_show_and_split(db: str) -> None:
    assert "reported by several articles" in run("reconcile", "--db", db)
    (merged,) = json.loads(run("events", "--merged", "--db", db, "--format", "json"))
    assert merged["articles"] == 3 and merged["place_name"] == "Lakeside"
    shown = run("merge", "show", merged["id"], "--db", db)
    assert "same place (Lakeside)" in shown and "Monitor Daily" in shown
    position = 1 + [m["source"] for m in merged["members"]].index("Monitor Daily")
    run("merge", "split", merged["id"], str(position), "--db", db)
    run("reconcile", "--full", "--db", db)
    (after,) = json.loads(run("events", "--merged", "--db", db, "--format", "json"))
    assert after["articles"] == 2
    bad = CliRunner().invoke(main, ["merge", "split", after["id"], "9", "--db", db])
    assert bad.exit_code != 0 and "not one" in bad.output


def test_contradictions_and_report_show_both_scopes(db: str) -> None:
    run("reconcile", "--db", db)
    rows = json.loads(run("contradictions", "--db", db, "--format", "json"))
    notes = [r["fields"]["note"] or "" for r in rows]
    assert any(n.startswith("across sources") for n in notes)
    assert any(not n.startswith("across sources") for n in notes)
    across = json.loads(run("contradictions", "--scope", "across", "--db", db, "--format", "json"))
    assert len(across) == 1
    report = json.loads(run("report", "--db", db, "--format", "json"))
    assert len(report["contradictions"]) == len(rows)


def test_casualty_series_as_csv_keeps_one_line_per_source(tmp_path: Path) -> None:
    path = str(tmp_path / "c.sqlite")
    with open_store(path) as store:
        store.put(shelling_report())
        store.put(
            shelling_report(
                text=shelling_report().article.text.replace("Two northern", "Nine northern"),
                url="https://south.example/x",
                source="South Post",
                killed=9,
            )
        )
    rows = list(
        csv.DictReader(io.StringIO(run("casualties", "--db", path, "--format", "series-csv")))
    )
    assert {(r["side"], r["line"], r["killed"]) for r in rows} == {
        ("Northland", "Ministry of Defence of Northland", "2"),
        ("Northland", "Ministry of Defence of Northland", "9"),
    }
    assert {r["source"] for r in rows} == {"Example Wire", "South Post"}


def test_casualty_series_holds_totals_only(tmp_path: Path) -> None:
    path = str(tmp_path / "c.sqlite")
    base = shelling_report()
    (whole,) = base.casualties
    part = replace(whole, id="k2", killed=Count(value=1), part_of="k1")
    more = replace(whole, id="k3", killed=Count(value=3), increment=True)
    headline = replace(whole, id="k4", restates="k1")
    with open_store(path) as store:
        store.put(replace(base, casualties=(whole, part, more, headline)))
    rows = list(
        csv.DictReader(io.StringIO(run("casualties", "--db", path, "--format", "series-csv")))
    )
    assert [r["killed"] for r in rows] == ["2"]
