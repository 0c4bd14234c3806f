"""Merging event reports across articles: what merges, what never does, and why."""

from __future__ import annotations

import dataclasses

from sitrep.reconcile.merge import compare, merge
from sitrep.reconcile.reports import EventReport, reports_of
from sitrep.records import Stance
from tests.reconcile.articles import accused, denied, far_away, nearby, protest, report


def one(built: object) -> EventReport:
    (found,) = reports_of(built)  # type: ignore[arg-type]
    return found


def test_one_shelling_told_by_three_outlets_is_one_event_with_its_reasons() -> None:
    a, d, n = one(accused()), one(denied()), one(nearby())
    events = merge([a, d, n, one(far_away()), one(protest())])
    shelling = next(e for e in events if len(e.members) > 1)
    sources = [str(m.report.source) for m in shelling.members]
    assert sorted(sources[:2]) == ["North Wire", "South Post"] and sources[2] == "Monitor Daily"
    assert len(events) == 3
    joined = shelling.members[1]
    reasons = {c.name: c.reason for c in joined.reasons}
    assert reasons["place"] == "same place (Lakeside)"
    assert reasons["date"] == "same day (2020-10-30)"
    assert reasons["actor"] == "actor unknown in one report"
    assert 0.6 <= joined.score <= 1.0
    nearby_reasons = {c.name: c.reason for c in shelling.members[2].reasons}
    assert "km apart" in nearby_reasons["place"]
    assert nearby_reasons["date"].startswith("adjacent days")


def test_vetoes_name_what_differs() -> None:
    a = one(accused())
    assert "km apart" in (compare(a, one(far_away())).veto or "")
    assert (compare(a, one(protest())).veto or "").startswith("different types")
    assert compare(a, a).veto == "two reports of the same article"


def test_actors_of_different_sides_are_different_events() -> None:
    north = one(
        report(
            "Northland troops shelled Lakeside on Friday.",
            source="A",
            published="2020-10-31",
            trigger="shelled",
            place="Lakeside",
            date="2020-10-30",
            actor="Northland troops",
        )
    )
    assert (compare(one(accused()), north).veto or "").startswith("different actors")


def test_type_and_day_alone_never_merge() -> None:
    def bare(text: str, source: str) -> EventReport:
        return one(
            report(text, source=source, published="2020-10-31", trigger="attack", date="2020-10-30")
        )

    first = bare("An attack was reported on Friday.", "A")
    second = bare("Another attack came on Friday.", "B")
    match = compare(first, second)
    assert match.veto is None and not match.merges
    assert len(merge([first, second])) == 2


def test_undated_report_published_soon_after_can_join() -> None:
    undated = one(
        report(
            "Southland artillery shelled Lakeside, officials said.",
            source="Late Wire",
            published="2020-11-02",
            trigger="shelled",
            place="Lakeside",
            actor="Southland",
        )
    )
    match = compare(one(accused()), undated)
    assert match.merges
    assert {c.name: c.reason for c in match.criteria}["date"].startswith("undated")
    stale = dataclasses.replace(undated, published=undated.published.replace(month=12))  # type: ignore[union-attr]
    assert compare(one(accused()), stale).veto is not None


def test_new_reports_join_existing_events_and_splits_hold() -> None:
    a, d, n = one(accused()), one(denied()), one(nearby())
    (existing,) = merge([a])
    events = merge([d], existing=[existing])
    assert len(events) == 1 and existing.keys == [a.key, d.key]
    apart = {frozenset((a.key, d.key))}
    events = merge([a, d, n], apart=apart)
    assert all(not {a.key, d.key} <= set(e.keys) for e in events)


def test_a_report_joins_only_if_compatible_with_every_member() -> None:
    a = one(accused())
    by_north = one(
        report(
            "Northland troops shelled Lakeside on Friday, a source said.",
            source="C",
            published="2020-10-31",
            trigger="shelled",
            place="Lakeside",
            date="2020-10-30",
            actor="Northland troops",
        )
    )
    unknown = one(
        report(
            "Lakeside was shelled on Friday, with no word on who fired.",
            source="D",
            published="2020-10-31",
            trigger="shelled",
            place="Lakeside",
            date="2020-10-30",
            stance=Stance.ASSERT,
            claim="Lakeside was shelled on Friday",
        )
    )
    events = merge([a, unknown, by_north])
    assert sorted(len(e.members) for e in events) == [1, 2]
