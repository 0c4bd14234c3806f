"""Casualty figures across sources: a disagreement is not a revision, a floor is not a clash."""

from __future__ import annotations

from sitrep.reconcile.figures import compatible, disputes, revisions
from sitrep.store.queries import Figure, Series


def fig(day: str, reporter: str, killed: int, qualifier: str = "exact") -> Figure:
    return Figure(
        day=day,
        reporter=reporter,
        source=None,
        killed=killed,
        killed_count={"value": killed, "qualifier": qualifier},
        injured=None,
        missing=None,
        quote=None,
    )


def test_at_least_agrees_with_a_higher_exact_figure() -> None:
    assert compatible({"value": 5, "qualifier": "at_least"}, {"value": 7, "qualifier": "exact"})
    assert compatible({"value": 100, "qualifier": "about"}, {"value": 95, "qualifier": "exact"})
    assert not compatible({"value": 5, "qualifier": "exact"}, {"value": 7, "qualifier": "exact"})
    assert not compatible({"value": 9, "qualifier": "at_most"}, {"value": 12})


def test_two_sources_on_one_day_disagree_and_one_source_over_days_revises() -> None:
    series = Series(
        side="Northland",
        group="military",
        figures=(
            fig("2020-10-30", "Northland ministry", 10),
            fig("2020-10-30", "Southland ministry", 300),
            fig("2020-10-31", "Northland ministry", 14),
            fig("2020-10-31", "Monitor", 12, "at_least"),
        ),
    )
    (dispute,) = disputes(series)
    assert dispute.day == "2020-10-30"
    assert [f.reporter for f in dispute.figures] == ["Northland ministry", "Southland ministry"]
    (revision,) = revisions(series)
    assert (revision.reporter, revision.before.killed, revision.after.killed) == (
        "Northland ministry",
        10,
        14,
    )
