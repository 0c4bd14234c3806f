"""The store contract: every backend stores, replaces, finds and survives the same way."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from sqlalchemy.engine import Connection

from sitrep.records import Failure, Qualifier, Report
from sitrep.store import Outcome, SqlStore, open_store
from tests.store.reports import TEXT, shelling_report

CHANGED = TEXT.replace("Two northern soldiers", "Three northern soldiers")


def test_the_same_article_twice_adds_nothing(store: SqlStore) -> None:
    report = shelling_report()
    assert store.status(report.article) is Outcome.ADDED
    assert store.put(report) is Outcome.ADDED
    before = store.counts()
    assert store.status(report.article) is Outcome.UNCHANGED
    assert store.put(report) is Outcome.UNCHANGED
    assert store.counts() == before
    assert before["articles"] == 1
    assert before["events"] == before["places"] == before["casualties"] == 1
    assert before["actors"] == 3
    assert before["claims"] == 2


def test_a_changed_article_replaces_its_old_analysis(store: SqlStore) -> None:
    store.put(shelling_report())
    changed = shelling_report(text=CHANGED, killed=3)
    assert store.status(changed.article) is Outcome.REPLACED
    assert store.put(changed) is Outcome.REPLACED
    counts = store.counts()
    assert counts["articles"] == 1 and counts["casualties"] == 1 and counts["claims"] == 2
    (figure,) = store.casualties()
    assert figure.fields["killed"] == 3
    assert [h.article.content_hash for h in store.search("Three soldiers")]
    assert store.search("Two soldiers") == []


def test_the_same_text_under_another_url_is_the_same_article(store: SqlStore) -> None:
    store.put(shelling_report())
    assert store.put(shelling_report(url="https://mirror.example/x")) is Outcome.UNCHANGED
    assert store.counts()["articles"] == 1


def test_articles_without_url_are_kept_apart_by_content(store: SqlStore) -> None:
    assert store.put(shelling_report(url=None)) is Outcome.ADDED
    assert store.put(shelling_report(text=CHANGED, url=None)) is Outcome.ADDED
    assert store.counts()["articles"] == 2


def test_records_keep_their_report_json(store: SqlStore) -> None:
    report = shelling_report()
    store.put(report)
    whole = report.to_dict()
    (event,) = store.events()
    assert event.data == whole["events"][0]
    # the sentence the event rests on, not only its words ("shelled the town of Lakeside")
    assert event.quote == (
        "The defence ministry of Northland said on Friday that southern artillery shelled "
        "the town of Lakeside overnight."
    )
    assert event.fields["place_name"] == "Lakeside"
    assert event.fields["actor_name"] == "Southland"
    assert event.article.title == "Shelling reported near Lakeside"
    assert event.article.published == "2020-10-31"
    assert [c.data for c in store.claims()] == whole["claims"]


def test_events_filter_by_date_and_place(store: SqlStore) -> None:
    store.put(shelling_report())
    assert len(store.events(since=dt.date(2020, 10, 30), place="lakeside")) == 1
    assert len(store.events(place="Lake Province")) == 1  # a region holding the place
    assert len(store.events(place="Lakeshore")) == 1  # the gazetteer's name for it
    assert store.events(since=dt.date(2020, 10, 31)) == []
    assert store.events(place="Riverside") == []
    assert len(store.events(until=dt.date(2020, 10, 30), type="assault")) == 1
    assert len(store.events(type="Shelling/artillery/missile attack")) == 1
    assert len(store.events(actor="southland")) == 1


def test_undated_events_come_after_the_dated_ones_on_every_backend(store: SqlStore) -> None:
    store.put(shelling_report(event_date=None))
    store.put(shelling_report(text=CHANGED, url="https://b.example/x", event_date="2020-10-29"))
    assert [e.fields["date"] for e in store.events()] == ["2020-10-29", None]
    assert [e.fields["date"] for e in store.events(limit=1)] == ["2020-10-29"]


def test_casualty_rows_say_how_each_figure_was_qualified(store: SqlStore) -> None:
    store.put(shelling_report(killed=4, qualifier=Qualifier.AT_LEAST))
    (figure,) = store.casualties()
    assert figure.fields["killed"] == 4 and figure.fields["killed_qualifier"] == "at_least"
    assert figure.fields["injured_qualifier"] is None and figure.fields["killed_high"] is None
    assert figure.fields["increment"] is False and figure.fields["part_of"] is None
    assert figure.fields["conflict_toll"] is False


def test_a_claim_whose_source_is_unresolved_names_it_in_its_words(store: SqlStore) -> None:
    report = shelling_report()
    said, denied = report.claims
    store.put(dataclasses.replace(report, claims=(said, dataclasses.replace(denied, speaker=None))))
    by_id = {c.record_id: c.fields for c in store.claims()}
    assert by_id["c1"]["said_by"] == "Ministry of Defence of Northland"
    assert by_id["c2"]["speaker_name"] is None
    assert by_id["c2"]["said_by"] == "“Southland's government”"


def test_the_same_failure_again_is_listed_once_as_of_its_last_time(store: SqlStore) -> None:
    for reason in ("empty text", "empty text", "binary file"):
        store.record_failure(Failure(origin="daily/a.txt", reason=reason))
    listed = store.failures()
    assert [f.reason for f in listed] == ["binary file", "empty text"]
    assert store.counts()["failures"] == 2


def test_events_say_how_precise_they_are_and_who_says_so(store: SqlStore) -> None:
    store.put(shelling_report())
    (event,) = store.events()
    assert event.fields["date_precision"] == "day"
    assert event.fields["place_level"] == "locality"
    assert event.fields["gazetteer_id"] == "geonames:1000001"
    assert event.fields["admin"] == "Northland; Lake Province"
    assert event.fields["asserted_by"] == "Ministry of Defence of Northland"
    assert event.fields["denied_by"] == "Southland"
    assert event.fields["site"] is None


def test_an_event_names_the_site_the_gazetteer_could_not_place(store: SqlStore) -> None:
    store.put(shelling_report(site=True))
    (event,) = store.events()
    assert (event.fields["place_name"], event.fields["site"]) == ("Lakeside", "the town")


def test_an_event_without_a_date_is_bounded_by_its_publication(store: SqlStore) -> None:
    store.put(shelling_report(event_date=None))
    (event,) = store.events()
    assert event.fields["date"] is None
    assert store.events(since=dt.date(2020, 11, 1)) == []


def test_claims_filter_by_speaker_words_and_stance(store: SqlStore) -> None:
    store.put(shelling_report())
    (denial,) = store.claims(stance="deny")
    assert denial.fields["speaker_name"] == "Southland"
    assert denial.fields["content"] == "its forces had fired on the town"
    (accusation,) = store.claims(speaker="defence ministry")
    assert accusation.fields["speaker_name"] == "Ministry of Defence of Northland"
    assert store.claims(speaker="defence ministry", stance="deny") == []


def test_casualties_filter_by_side(store: SqlStore) -> None:
    store.put(shelling_report())
    (figure,) = store.casualties(side="northland")
    assert figure.fields["killed"] == 2
    assert figure.fields["reporter_name"] == "Ministry of Defence of Northland"
    assert figure.fields["group"] == "military"
    assert store.casualties(side="southland") == []


def test_contradictions_name_both_sides(store: SqlStore) -> None:
    store.put(shelling_report())
    (denial,) = store.contradictions()
    assert denial.fields["kind"] == "denial"
    assert denial.quote is not None
    assert "Southland: its forces had fired on the town" in denial.quote


def test_full_text_search_covers_articles_and_claims(store: SqlStore) -> None:
    store.put(shelling_report())
    hits = store.search("soldiers killed")
    assert [h.kind for h in hits] == ["article"]
    assert "[" in hits[0].snippet
    claims = store.search("forces fired", kind="claim")
    assert [h.record_id for h in claims] == ["c2"]
    # Words that are operators to the search engine are searched as words, never an error.
    assert store.search('Riverside AND "( NEAR*') == []
    assert store.search("   ") == []


def test_failures_are_recorded_with_their_reason(store: SqlStore) -> None:
    store.record_failure(Failure(origin="feed.xml:3", reason="no article text", stage=None))
    (failure,) = store.failures()
    assert (failure.origin, failure.reason) == ("feed.xml:3", "no article text")
    assert failure.at.year >= 2026
    assert store.counts()["failures"] == 1


class _CrashingStore(SqlStore):
    """Dies (as on Ctrl-C) after writing an article's row, before its records."""

    def _write(self, conn: Connection, rows: object) -> None:
        from sitrep.store import schema

        conn.execute(schema.articles.insert(), rows.article)  # type: ignore[attr-defined]
        raise KeyboardInterrupt


def test_an_interrupted_write_leaves_no_half_article(db_url: str) -> None:
    from sitrep.store.location import database_url

    with open_store(db_url) as store:
        store.put(shelling_report())
    crashing = _CrashingStore(database_url(db_url))
    other = shelling_report(text=CHANGED, url="https://news.example/other")
    with pytest.raises(KeyboardInterrupt):
        crashing.put(other)
    crashing.close()
    with open_store(db_url) as store:
        counts = store.counts()
        assert counts["articles"] == 1 and counts["claims"] == 2
        assert store.status(other.article) is Outcome.ADDED
        assert store.put(other) is Outcome.ADDED


def test_a_reopened_store_keeps_its_data(db_url: str) -> None:
    with open_store(db_url) as store:
        store.put(shelling_report())
        revision = store.revision()
    with open_store(db_url) as store:
        assert store.revision() == revision
        assert store.counts()["articles"] == 1


def _report_with_no_records() -> Report:
    bare = shelling_report()
    return Report(article=bare.article)


def test_a_report_with_empty_sections_is_stored(store: SqlStore) -> None:
    assert store.put(_report_with_no_records()) is Outcome.ADDED
    counts = store.counts()
    assert counts["articles"] == 1 and counts["events"] == 0
    assert store.search("Lakeside")
