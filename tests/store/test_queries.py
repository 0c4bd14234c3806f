"""Corpus questions: events per place, however each article spells the place."""

from __future__ import annotations

from typing import Any

from sitrep.store.base import ArticleRef, Found
from sitrep.store.queries import place_counts


def _event(name: str | None, lat: float | None = None, lon: float | None = None) -> Found:
    fields: dict[str, Any] = {"place_name": name, "lat": lat, "lon": lon}
    return Found(
        kind="events",
        article=ArticleRef(content_hash="h", article_id="a"),
        record_id="e1",
        data={},
        fields=fields,
    )


def test_one_place_however_it_is_spelled() -> None:
    events = [
        _event("Stepanakert", 39.8177, 46.7528),
        _event("Stepanakert", 39.8177, 46.7528),
        _event("Khankendi", 39.8177, 46.7528),
        _event("Martuni", 39.795, 47.1117),
    ]
    assert place_counts(events) == (("Stepanakert (also Khankendi)", 3), ("Martuni", 1))


def test_unresolved_places_count_by_name_and_events_without_a_place_not_at_all() -> None:
    events = [_event("Hill 204"), _event("hill 204"), _event(None), _event("Goris", 39.5, 46.3)]
    counts = dict(place_counts(events))
    assert (
        counts.get("Hill 204 (also hill 204)") == 2 or counts.get("hill 204 (also Hill 204)") == 2
    )
    assert counts["Goris"] == 1 and len(counts) == 2
