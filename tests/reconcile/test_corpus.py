"""Reconciling a stored corpus: merged events persist, splits hold, upgrades keep data."""

from __future__ import annotations

import pytest

from sitrep.reconcile.corpus import reconcile, source_contradictions, split
from sitrep.store import SqlStore, StoreError, migrate
from sitrep.store.merged import list_merged, merged_rows
from sitrep.store.rows import content_hash
from tests.reconcile.articles import accused, denied, far_away, nearby, protest, with_toll


def fill(store: SqlStore) -> None:
    for built in (accused(), denied(), nearby(), far_away(), protest()):
        store.put(built)


def test_reconcile_stores_merged_events_with_members_and_reasons(store: SqlStore) -> None:
    fill(store)
    summary = reconcile(store)
    assert (summary.reports, summary.multi_source, summary.contradictions) == (5, 1, 1)
    (row,) = list_merged(store)
    assert (row["type"], row["place_name"], row["reports"], row["articles"]) == (
        "ASSAULT",
        "Lakeside",
        3,
        3,
    )
    members = row["data"]["members"]
    assert {m["source"] for m in members} == {"North Wire", "South Post", "Monitor Daily"}
    assert all(m["reasons"] for m in members[1:])
    assert len(list_merged(store, min_articles=1)) == 3
    again = reconcile(store)
    assert again.placed == 0 and len(list_merged(store)) == 1


def test_new_articles_join_incrementally(store: SqlStore) -> None:
    store.put(accused())
    store.put(far_away())
    reconcile(store)
    assert list_merged(store) == []
    store.put(denied())
    summary = reconcile(store)
    assert summary.placed == 1
    (row,) = list_merged(store)
    assert row["articles"] == 2 and row["contradictions"] == 1


def test_cross_source_contradictions_are_rows_beside_the_others(store: SqlStore) -> None:
    fill(store)
    reconcile(store)
    (found,) = source_contradictions(store)
    assert found.article.source == "South Post"
    assert found.fields["kind"] == "denial"
    assert found.quote is not None and "Northland's defence ministry (North Wire)" in found.quote


def test_a_split_is_kept_when_merging_again(store: SqlStore) -> None:
    fill(store)
    reconcile(store)
    (row,) = list_merged(store)
    monitor = next(m for m in row["data"]["members"] if m["source"] == "Monitor Daily")
    split(store, row["id"], f"{monitor['article'][:10]}:{monitor['record_id']}")
    (after,) = list_merged(store)
    assert after["reports"] == 2
    assert "Monitor Daily" not in {m["source"] for m in after["data"]["members"]}
    reconcile(store, full=True)
    (rebuilt,) = list_merged(store)
    assert rebuilt["reports"] == 2
    with pytest.raises(StoreError, match="no merged event"):
        split(store, "m-none", "1")


def test_a_replaced_article_leaves_its_merged_event(store: SqlStore) -> None:
    fill(store)
    reconcile(store)
    gone = content_hash(nearby().article.text)
    with store.engine.begin() as conn:
        store._delete_article(conn, gone)
    reconcile(store)
    (row,) = list_merged(store)
    assert row["reports"] == 2
    assert all(m["article"] != gone for r in merged_rows(store) for m in r.members)


def test_upgrading_from_the_first_schema_keeps_every_article(store: SqlStore) -> None:
    fill(store)
    migrate.downgrade(store.engine, revision="0001")
    assert store.revision() == "0001"
    store.upgrade()
    assert store.revision() == migrate.head() == "0003"
    assert store.counts()["articles"] == 5 and store.counts()["events"] == 5
    assert reconcile(store).multi_source == 1


def test_figures_that_disagree_across_sources_are_rows_too(store: SqlStore) -> None:
    north = with_toll(accused(), "Southland artillery shelled Lakeside", 12)
    south = with_toll(nearby(), "Shells hit Millbrook", 30)
    store.put(north)
    store.put(south)
    summary = reconcile(store)
    assert summary.multi_source == 1
    kinds = sorted(f.fields["kind"] for f in source_contradictions(store))
    assert kinds == ["figures"]
