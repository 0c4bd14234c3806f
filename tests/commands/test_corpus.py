"""The corpus commands, run through the real CLI on a store filled with hand-built reports."""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import io
import json
import re
from collections.abc import Iterator
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from sitrep.cli import main
from sitrep.records import Qualifier
from sitrep.store import open_store
from tests.store.reports import TEXT, shelling_report

LATER = TEXT.replace("Two northern soldiers", "Five northern soldiers").replace(
    "on Friday", "on Sunday"
)


@pytest.fixture
def db(tmp_path: Path) -> str:
    path = str(tmp_path / "corpus.sqlite")
    with open_store(path) as store:
        store.put(shelling_report())
        store.put(
            shelling_report(
                text=LATER,
                url="https://other.example/lakeside",
                source="Other Daily",
                published=dt.date(2020, 11, 2),
                killed=5,
                event_date="2020-11-01",
            )
        )
    return path


def runner() -> CliRunner:
    # Wide enough that rich folds no cell the assertions look for.
    return CliRunner(env={"COLUMNS": "250"})


def run(*args: str) -> str:
    result = runner().invoke(main, list(args), catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.output


def test_events_filter_and_show_their_evidence(db: str) -> None:
    out = run("events", "--db", db, "--since", "2020-10-31", "--place", "Lakeside")
    assert "2020-11-01" in out and "2020-10-30" not in out
    assert "Other Daily" in out
    assert "denied by Southland" in out  # who says so is part of the fact
    rows = json.loads(run("events", "--db", db, "--format", "json"))
    assert [r["fields"]["date"] for r in rows] == ["2020-10-30", "2020-11-01"]
    assert rows[0]["record"]["type"] == "ASSAULT"


def test_claims_by_speaker_and_stance_as_csv(db: str) -> None:
    out = run("claims", "--db", db, "--speaker", "defence ministry", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert {r["speaker_name"] for r in rows} == {"Ministry of Defence of Northland"}
    assert len(rows) == 2
    denials = json.loads(run("claims", "--db", db, "--stance", "deny", "--format", "json"))
    assert {d["fields"]["speaker_name"] for d in denials} == {"Southland"}


def test_casualties_show_each_sources_figures_side_by_side(db: str) -> None:
    out = run("casualties", "--db", db, "--side", "Northland")
    assert "Northland · military" in out
    assert "2 killed" in out and "5 killed" in out
    assert "2020-10-31" in out and "2020-11-02" in out
    rows = json.loads(run("casualties", "--db", db, "--format", "json"))
    assert sorted(r["fields"]["killed"] for r in rows) == [2, 5]


def test_casualties_keep_at_least_in_the_table_and_the_csv(tmp_path: Path) -> None:
    path = str(tmp_path / "c.sqlite")
    with open_store(path) as store:
        store.put(shelling_report(killed=4, qualifier=Qualifier.AT_LEAST))
    assert "≥ 4 killed" in run("casualties", "--db", path)
    assert "≥ 4" in run("casualties", "--db", path, "--group", "military", "--format", "table")
    (row,) = csv.DictReader(io.StringIO(run("casualties", "--db", path, "--format", "csv")))
    assert (row["killed"], row["killed_qualifier"]) == ("4", "at_least")


def test_contradictions_and_search(db: str) -> None:
    out = run("contradictions", "--db", db)
    assert "denial" in out and "Southland" in out
    hits = json.loads(run("search", "Five", "soldiers", "--db", db, "--format", "json"))
    assert [h["article"]["source"] for h in hits] == ["Other Daily"]
    assert "no matches" in run("search", "nothing-like-this", "--db", db)
    rows = list(
        csv.DictReader(io.StringIO(run("search", "soldiers", "--db", db, "--format", "csv")))
    )
    assert rows and all(r["article_id"] and r["article_title"] for r in rows)
    assert {"kind", "snippet", "article_published", "article_source"} <= set(rows[0])
    none = run("search", "nothing-like-this", "--db", db, "--format", "csv")
    assert none.splitlines() == [",".join(rows[0])]  # the same columns with no hit


def test_figures_that_differ_across_articles_are_listed_by_kind(tmp_path: Path) -> None:
    path = str(tmp_path / "f.sqlite")
    other = shelling_report(
        text=LATER, url="https://south.example/x", source="South Post", killed=9
    )
    (figure,) = other.casualties
    other = dataclasses.replace(other, casualties=(dataclasses.replace(figure, reporter="a2"),))
    with open_store(path) as store:
        store.put(shelling_report())
        store.put(other)
    run("reconcile", "--db", path)
    rows = json.loads(run("contradictions", "--db", path, "--kind", "figures", "--format", "json"))
    assert [r["fields"]["note"].split(":")[0] for r in rows] == ["across sources"]
    assert "9 according to Southland (South Post)" in rows[0]["fields"]["note"]
    denials = run("contradictions", "--db", path, "--kind", "denial", "--format", "json")
    assert {r["fields"]["kind"] for r in json.loads(denials)} == {"denial"}


def test_report_covers_a_period(db: str) -> None:
    out = run("report", "--db", db, "--since", "2020-11-01")
    for heading in ("Situation report", "What happened", "Who says what", "Casualties —"):
        assert heading in out
    assert "Other Daily" in out and "Example Wire" not in out and "disagree" in out
    whole = json.loads(run("report", "--db", db, "--format", "json"))
    assert whole["articles"] == 2 and len(whole["events"]) == 2
    assert whole["places"] == [{"place": "Lakeside", "events": 2}]


@pytest.mark.parametrize("fmt", ["acled", "csv", "geojson", "parquet"])
def test_export(db: str, tmp_path: Path, fmt: str) -> None:
    out = tmp_path / f"events.{fmt}"
    run("export", "--db", db, "--format", fmt, str(out))
    if fmt == "acled":
        rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
        assert rows[0]["event_type"] == "Explosions/Remote violence"
        assert rows[0]["sub_event_type"] == "Shelling/artillery/missile attack"
        assert rows[0]["time_precision"] == "1" and rows[0]["fatalities"] == ""
        assert rows[0]["location"] == "Lakeside" and rows[0]["latitude"] == "40.1"
        assert rows[0]["admin1"] == "Lake Province" and rows[0]["geo_precision"] == "1"
    elif fmt == "csv":
        rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
        assert len(rows) == 2 and rows[1]["article_source"] == "Other Daily"
        assert rows[0]["asserted_by"] == "Ministry of Defence of Northland"
        assert rows[0]["denied_by"] == "Southland" and rows[0]["place_level"] == "locality"
    elif fmt == "geojson":
        collection = json.loads(out.read_text(encoding="utf-8"))
        assert collection["features"][0]["geometry"]["coordinates"] == [46.5, 40.1]
        assert collection["features"][0]["properties"]["gazetteer_id"] == "geonames:1000001"
    else:
        import pyarrow.parquet as pq

        table = pq.read_table(out)
        assert table.num_rows == 2 and "place_name" in table.column_names


def test_a_geojson_export_says_how_many_events_it_could_not_map(tmp_path: Path) -> None:
    path, out = str(tmp_path / "u.sqlite"), tmp_path / "events.geojson"
    report = shelling_report()
    (event,) = report.events
    with open_store(path) as store:
        store.put(dataclasses.replace(report, events=(dataclasses.replace(event, place=None),)))
    result = CliRunner().invoke(main, ["export", "--db", path, "--format", "geojson", str(out)])
    assert result.exit_code == 0
    assert f"wrote 0 events to {out} (1 without coordinates left out)" in result.output


def test_exports_name_the_country_and_keep_their_columns(db: str, tmp_path: Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    acled, flat = tmp_path / "acled.csv", tmp_path / "flat.csv"
    run("export", "--db", db, "--format", "acled", str(acled))
    run("export", "--db", db, "--format", "csv", str(flat))
    first = next(csv.DictReader(io.StringIO(acled.read_text("utf-8"))))
    assert first["country"] == "Northland"
    assert re.fullmatch(r"[0-9a-f]{12}:e1", first["event_id_cnty"])  # as merge split takes it
    row = next(csv.DictReader(io.StringIO(flat.read_text("utf-8"))))
    assert row["article_id"].startswith("sha256:") and "article_article_id" not in row
    # an empty corpus still gives every column, and Parquet types do not hang on the rows
    empty = str(tmp_path / "empty.sqlite")
    open_store(empty).close()
    run("export", "--db", empty, "--format", "csv", str(flat))
    assert flat.read_text(encoding="utf-8").splitlines()[0].split(",") == list(row)
    for path in (db, empty):
        out = tmp_path / "events.parquet"
        run("export", "--db", path, "--format", "parquet", str(out))
        schema = pq.read_schema(out)
        assert schema.names == list(row)
        assert schema.field("site").type == pa.string()
        assert schema.field("article_url").type == pa.string()
        assert schema.field("lat").type == pa.float64()


def test_db_info_and_upgrade(db: str) -> None:
    assert "articles:       2" in run("db", "info", "--db", db)
    assert "up to date" in run("db", "upgrade", "--db", db)


def test_db_info_shows_an_older_schema_as_found_and_upgrade_brings_it_up(db: str) -> None:
    from sitrep.store import migrate

    with open_store(db) as store:
        migrate.downgrade(store.engine, revision="0002")  # a store of the release before 0003
    out = run("db", "info", "--db", db)
    assert f"schema:   0002 (newest: {migrate.head()};" in out and "articles:       2" in out
    assert f"schema upgraded from 0002 to {migrate.head()}" in run("db", "upgrade", "--db", db)
    assert f"schema:   {migrate.head()} (newest: {migrate.head()})" in run("db", "info", "--db", db)


@pytest.mark.parametrize("command", [["events"], ["db", "info"], ["db", "upgrade"]])
def test_a_store_from_a_newer_sitrep_is_named_as_such(db: str, command: list[str]) -> None:
    with open_store(db) as store, store.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = '9999'")
    result = runner().invoke(main, [*command, "--db", db])
    assert result.exit_code == 1 and result.exception is not None
    assert isinstance(result.exception, SystemExit)  # a clear error, no traceback
    assert "its schema (9999) was written by a newer sitrep" in result.output


@pytest.mark.parametrize("command", [["events"], ["db", "info"], ["db", "upgrade"]])
def test_an_empty_file_given_as_the_corpus_holds_no_corpus(
    tmp_path: Path, command: list[str]
) -> None:
    empty = tmp_path / "corpus.sqlite"
    empty.touch()
    result = runner().invoke(main, [*command, "--db", str(empty)])
    assert result.exit_code == 1 and f"no corpus at {empty}" in result.output
    assert empty.stat().st_size == 0  # left as it was


def test_sitrep_db_in_the_environment_is_the_default(db: str) -> None:
    result = CliRunner().invoke(main, ["events", "--format", "json"], env={"SITREP_DB": db})
    assert result.exit_code == 0 and len(json.loads(result.output)) == 2


@pytest.mark.parametrize(
    "command",
    [
        ["events"],
        ["claims"],
        ["report"],
        ["db", "info"],
        ["db", "upgrade"],
        ["export", "--format", "csv"],
    ],
)
def test_a_query_on_a_mistyped_path_says_no_corpus_is_there(
    tmp_path: Path, command: list[str]
) -> None:
    missing = tmp_path / "no" / "such.sqlite"
    args = [*command, "--db", str(missing)] + (["out.csv"] if command[0] == "export" else [])
    result = runner().invoke(main, args)
    assert result.exit_code == 1
    assert f"no corpus at {missing}" in result.output and "sitrep ingest" in result.output
    assert not missing.parent.exists()  # nothing created behind the user's back


def test_a_database_of_another_kind_is_named_as_unsupported() -> None:
    result = runner().invoke(main, ["events", "--db", "mysql://user@host/corpus"])
    assert result.exit_code == 1
    assert "mysql://user@host/corpus: only SQLite and PostgreSQL" in result.output


def test_a_mistyped_event_type_is_a_usage_error_naming_the_types(db: str) -> None:
    result = runner().invoke(main, ["events", "--db", db, "--type", "assualt"])
    assert result.exit_code == 2 and "'assualt' is neither a PLOVER type" in result.output
    assert "ASSAULT" in result.output
    assert "Lakeside" in run("events", "--db", db, "--type", "shelling/artillery/missile attack")


def test_a_folder_given_as_the_corpus_is_named_as_such(tmp_path: Path) -> None:
    for command in (["events"], ["ingest", str(tmp_path / "none.txt")]):
        result = runner().invoke(main, [*command, "--db", str(tmp_path)])
        assert result.exit_code == 1
        assert result.output.startswith(f"sitrep: error: {tmp_path} is a folder")


def test_an_article_without_outlet_is_named_by_its_title_in_quotes(tmp_path: Path) -> None:
    path = str(tmp_path / "c.sqlite")
    report = shelling_report(source="", url=None)
    (event,) = report.events
    told = dataclasses.replace(report, events=(dataclasses.replace(event, claims=()),))
    with open_store(path) as store:
        store.put(told)
    out = run("events", "--db", path)
    assert "“Shelling reported near Lakeside”" in out
    assert "narration" in out  # no claim: the article tells it, as analyze says


@pytest.mark.parametrize("kind", ["events", "claims", "casualties", "contradictions"])
def test_a_query_csv_has_the_same_columns_with_or_without_matches(db: str, kind: str) -> None:
    fmt = ["--format", "csv"]
    some = run(kind, "--db", db, *fmt).splitlines()[0]
    none = run(kind, "--db", db, "--since", "2031-01-01", *fmt).splitlines()
    assert none == [some] and "article_id" in some and "quote" in some


@pytest.mark.parametrize("option", [["--timeout", "-1"], ["--retries", "-3"]])
def test_a_negative_fetch_setting_is_a_usage_error(db: str, option: list[str]) -> None:
    result = runner().invoke(main, ["ingest", "--db", db, *option, "https://example.org/"])
    assert result.exit_code == 2 and option[0] in result.output


@pytest.mark.parametrize("fmt", ["csv", "parquet"])
def test_an_export_to_a_folder_that_is_not_there_is_an_error_naming_it(
    db: str, tmp_path: Path, fmt: str
) -> None:
    out = tmp_path / "no" / "events.out"
    result = runner().invoke(main, ["export", "--db", db, "--format", fmt, str(out)])
    assert result.exit_code == 1
    assert result.output.startswith(f"sitrep: error: cannot write {out}")


def test_event_rows_name_their_merged_event_once_reconciled(db: str) -> None:
    def rows() -> list[dict[str, str]]:
        return list(csv.DictReader(io.StringIO(run("events", "--db", db, "--format", "csv"))))

    assert [r["merged_id"] for r in rows()] == ["", ""]  # not merged yet
    run("reconcile", "--db", db)
    merged = [r["merged_id"] for r in rows()]
    assert all(merged)
    assert "first report" in run("merge", "show", merged[0], "--db", db)


def test_a_report_with_one_bound_says_which(db: str) -> None:
    assert "Situation report  from 2020-10-31" in run("report", "--db", db, "--since", "2020-10-31")
    assert "Situation report  until 2020-11-02" in run(
        "report", "--db", db, "--until", "2020-11-02"
    )


def test_a_report_until_a_date_leaves_out_later_contradictions(db: str) -> None:
    def published(*args: str) -> list[str]:
        whole = json.loads(run("report", "--db", db, "--format", "json", *args))
        return [c["article"]["published"] for c in whole["contradictions"]]

    assert "2020-11-02" in published()
    assert published("--until", "2020-11-01") == ["2020-10-31"]
    rows = json.loads(
        run("contradictions", "--db", db, "--until", "2020-11-01", "--format", "json")
    )
    assert [r["article"]["published"] for r in rows] == ["2020-10-31"]


def test_a_bad_date_is_a_usage_error(db: str) -> None:
    result = CliRunner().invoke(main, ["events", "--db", db, "--since", "someday"])
    assert result.exit_code == 2 and "--since" in result.output


@pytest.mark.parametrize(
    "command",
    [["events"], ["claims"], ["casualties"], ["contradictions"], ["report"], ["export", "o.csv"]],
)
def test_a_period_that_ends_before_it_starts_is_a_usage_error(db: str, command: list[str]) -> None:
    dates = ["--since", "2020-11-02", "--until", "2020-10-30"]
    args = [*command, "--db", db, *dates] + (["--format", "csv"] if "export" in command else [])
    result = runner().invoke(main, args)
    assert result.exit_code == 2
    assert "--until 2020-10-30 is before --since 2020-11-02" in result.output


def test_ingest_stores_files_once_and_lists_failures(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "one.txt").write_text(
        "Talks resume in Lakeside\n\nDelegates from both sides met in Lakeside on Monday "
        "and agreed to meet again next week, a spokesman said.\n",
        encoding="utf-8",
    )
    (folder / "empty.txt").write_text("\n", encoding="utf-8")
    db = str(tmp_path / "c.sqlite")
    first = runner().invoke(main, ["ingest", str(folder), "--db", db])
    assert first.exit_code == 0, first.output
    assert "1 added · 0 unchanged · 0 replaced · 1 failed" in first.output
    assert "empty.txt: empty text" in first.output
    again = runner().invoke(main, ["ingest", str(folder / "one.txt"), "--db", db])
    assert "0 added · 1 unchanged" in again.output
    assert "empty text" in run("failures", "--db", db)
    assert "Talks resume in Lakeside" in run("search", "delegates", "--db", db)


def _commands(
    command: click.Command, path: tuple[str, ...] = ()
) -> Iterator[tuple[tuple[str, ...], click.Command]]:
    yield path, command
    if isinstance(command, click.Group):
        for name, sub in command.commands.items():
            yield from _commands(sub, (*path, name))


def test_every_option_of_every_command_says_what_it_does() -> None:
    undocumented = [
        f"sitrep {' '.join(path)} {option.opts[0]}"
        for path, command in _commands(main)
        for option in command.params
        if isinstance(option, click.Option) and not option.help
    ]
    assert undocumented == []


def test_casualties_filter_on_the_displaced_and_show_them(tmp_path: Path) -> None:
    from sitrep.records import Count

    path = str(tmp_path / "d.sqlite")
    report = shelling_report()
    (casualty,) = report.casualties
    fled = dataclasses.replace(
        casualty, killed=None, displaced=Count(value=5000, qualifier=Qualifier.MORE_THAN)
    )
    with open_store(path) as store:
        store.put(dataclasses.replace(report, casualties=(casualty, fled)))
    rows = json.loads(run("casualties", "--db", path, "--figure", "displaced", "--format", "json"))
    assert [(r["fields"]["displaced"], r["fields"]["killed"]) for r in rows] == [(5000, None)]
    assert "> 5,000 displaced" in run("casualties", "--db", path, "--figure", "displaced")
    table = run("casualties", "--db", path, "--format", "table")
    assert "displaced" in table and "abducted" not in table  # empty columns are left out
    assert "displaced" not in run(
        "casualties", "--db", path, "--figure", "killed", "--format", "table"
    )
    (row,) = csv.DictReader(
        io.StringIO(
            run("casualties", "--db", path, "--figure", "displaced", "--format", "series-csv")
        )
    )
    assert (row["displaced"], row["displaced_qualifier"], row["displaced_high"]) == (
        "5000",
        "more_than",
        "",
    )
    none = run("casualties", "--db", path, "--figure", "abducted", "--format", "series-csv")
    assert none.splitlines()[0].split(",") == list(row)  # the same columns with no rows


@pytest.mark.parametrize("words", [[""], ["  ", "--"], ["?!"]])
def test_a_search_for_no_word_is_a_usage_error(db: str, words: list[str]) -> None:
    result = runner().invoke(main, ["search", "--db", db, *words])
    assert result.exit_code == 2
    assert "give at least one word" in result.output
