"""What an event row tells beyond its own columns: how precise its place and date are, the
place's gazetteer entry and admin units, and who asserts or denies the event.

An analyst filtering a CSV or styling a map needs to know that a point is a country's
centroid and not a village, that a date is only the week, and whose word the event rests on
(principle 2: who says so is part of the fact). These come from the place and claim records of
the event's own article, looked up once per query in batches, so they are there for articles
stored before these columns existed too (no migration).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import Any

from sqlalchemy import select
from sqlalchemy.engine import Connection, RowMapping

from sitrep.store import schema as t
from sitrep.store.base import Found

EVENT_CONTEXT = (
    "date_precision",
    "site",
    "place_level",
    "gazetteer_id",
    "admin",
    "asserted_by",
    "denied_by",
)
"""The columns :func:`with_context` adds to each event row, in order."""

_BATCH = 500  # articles per query: well under SQLite's limit on bound parameters


def _batches(keys: Iterable[str]) -> Iterable[list[str]]:
    batch: list[str] = []
    for key in keys:
        batch.append(key)
        if len(batch) == _BATCH:
            yield batch
            batch = []
    if batch:
        yield batch


def source_words(data: dict[str, Any], quote: str | None) -> str | None:
    """An unresolved speaker by the claim's own words for it, as written and quoted
    ("“A doctor at a hospital in Idlib city”"), read from the sentence stored as the claim's
    quote (the searchable ``speaker_words`` column is lower-cased)."""
    source, evidence = data.get("source_span"), data.get("evidence") or []
    if not source or not evidence or quote is None:
        return None
    start, end = source["start"] - evidence[0]["start"], source["end"] - evidence[0]["start"]
    if start < 0 or end > len(quote):
        return None
    return f"“{quote[start:end]}”"


def _source_name(claim: RowMapping) -> str:
    """A claim's speaker by name; an unresolved source by its own words, in quotation marks."""
    if claim["speaker_name"]:
        return str(claim["speaker_name"])
    return source_words(claim["data"] or {}, claim["quote"]) or "an unnamed source"


def with_context(conn: Connection, events: Sequence[Found]) -> list[Found]:
    """``events`` with :data:`EVENT_CONTEXT` added to their fields (None where unknown)."""
    articles = {e.article.content_hash for e in events}
    places: dict[tuple[str, str], dict[str, Any]] = {}
    sources: dict[tuple[str, str], str] = {}
    p, c = t.places, t.claims
    for batch in _batches(sorted(articles)):
        query = select(p.c.article, p.c.record_id, p.c.data).where(p.c.article.in_(batch))
        for row in conn.execute(query).mappings():
            places[(row["article"], row["record_id"])] = row["data"] or {}
        query = select(c.c.article, c.c.record_id, c.c.speaker_name, c.c.data, c.c.quote)
        for claim in conn.execute(query.where(c.c.article.in_(batch))).mappings():
            sources[(claim["article"], claim["record_id"])] = _source_name(claim)
    out = []
    for e in events:
        key = e.article.content_hash
        place = places.get((key, e.data.get("place") or ""), {})
        said: dict[str, list[str]] = {"asserts": [], "denies": []}
        for link in e.data.get("claims") or []:
            name = sources.get((key, link.get("claim") or ""))
            if name is not None and name not in said.get(link.get("stance"), [name]):
                said[link["stance"]].append(name)
        extra = {
            "date_precision": e.data.get("date_precision"),
            "site": places.get((key, e.data.get("site") or ""), {}).get("name"),
            "place_level": place.get("level"),
            "gazetteer_id": place.get("gazetteer_id"),
            "admin": "; ".join(place.get("admin") or ()) or None,
            "asserted_by": "; ".join(said["asserts"]) or None,
            "denied_by": "; ".join(said["denies"]) or None,
        }
        out.append(replace(e, fields={**e.fields, **extra}))
    return out
