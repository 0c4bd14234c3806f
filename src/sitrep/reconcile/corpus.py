"""Reconciling the corpus: merge the stored event reports, keep what users split apart, and list
the contradictions between sources.

``reconcile(store)`` places the reports that no merged event holds yet (articles ingested
since the last run) into the merged events that exist; ``reconcile(store, full=True)`` merges
every report again from scratch. Both respect the splits users made.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sitrep.reconcile.merge import Criterion, Member, MergedEvent, merge
from sitrep.reconcile.reports import EventReport, ReportKey, reports_from_rows
from sitrep.reconcile.sources import SourceContradiction, contradictions, said_by
from sitrep.records import PlaceLevel
from sitrep.render import counted
from sitrep.store.base import Found
from sitrep.store.errors import StoreError
from sitrep.store.sql import SqlStore


@dataclass(frozen=True, slots=True, kw_only=True)
class ReconcileSummary:
    reports: int
    placed: int
    merged_events: int
    multi_source: int
    contradictions: int

    def __str__(self) -> str:
        return (
            f"{counted(self.reports, 'event report')} ({self.placed} placed this run) make "
            f"{counted(self.merged_events, 'event')}, {self.multi_source} of them reported by "
            f"several articles; {counted(self.contradictions, 'contradiction')} across sources"
        )


def _load_reports(store: SqlStore) -> dict[ReportKey, EventReport]:
    from sitrep.store.merged import record_rows

    rows = record_rows(store)
    reports = reports_from_rows(
        events=rows.events,
        places=rows.places,
        actors=rows.actors,
        claims=rows.claims,
        articles=rows.articles,
        casualties=rows.casualties,
    )
    return {r.key: r for r in reports}


def _criterion(data: Mapping[str, Any]) -> Criterion:
    return Criterion(
        str(data.get("criterion")),
        float(data.get("score") or 0.0),
        str(data.get("reason") or ""),
        agrees=bool(data.get("agrees")),
    )


def _stored_events(
    store: SqlStore, reports: Mapping[ReportKey, EventReport]
) -> tuple[list[MergedEvent], set[str], list[str]]:
    """The stored merged events, without members whose report is gone; the ids of those that
    changed that way, and of those left empty."""
    from sitrep.store.merged import merged_rows

    events, changed, empty = [], set(), []
    for stored in merged_rows(store):
        members = []
        for row in stored.members:
            report = reports.get((row["article"], row["record_id"]))
            if report is None:
                continue
            data = row["data"] or {}
            matched = data.get("matched")
            members.append(
                Member(
                    report=report,
                    score=float(row["score"]),
                    reasons=tuple(_criterion(c) for c in data.get("reasons") or ()),
                    matched=(matched[0], matched[1]) if matched else None,
                )
            )
        event_id = str(stored.event["id"])
        if not members:
            empty.append(event_id)
            continue
        if len(members) != int(stored.event["reports"]):
            changed.add(event_id)
        events.append(MergedEvent(id=event_id, members=members))
    return events, changed, empty


def reconcile(store: SqlStore, *, full: bool = False) -> ReconcileSummary:
    """Merge the corpus's event reports (only the new ones unless ``full``) and store the result."""
    from sitrep.store.merged import apart_pairs, write_merged

    reports = _load_reports(store)
    apart = apart_pairs(store)
    if full:
        events = merge(reports.values(), apart=apart)
        placed = len(reports)
        replacing: set[str] | None = None
        dirty = {e.id for e in events}
    else:
        existing, changed, empty = _stored_events(store, reports)
        before = {e.id: len(e.members) for e in existing}
        held = {k for e in existing for k in e.keys}
        new = [r for k, r in reports.items() if k not in held]
        events = merge(new, existing=existing, apart=apart)
        placed = len(new)
        dirty = changed | {e.id for e in events if before.get(e.id) != len(e.members)}
        replacing = dirty | set(empty)
    now = dt.datetime.now(dt.UTC)
    written = [e for e in events if e.id in dirty]
    siblings: dict[str, list[EventReport]] = {}
    for r in reports.values():
        siblings.setdefault(r.article, []).append(r)
    write_merged(
        store,
        (event_row(e, now=now, siblings=siblings) for e in written),
        (row for e in written for row in member_rows(e)),
        replacing=replacing,
    )
    return ReconcileSummary(
        reports=len(reports),
        placed=placed,
        merged_events=len(events),
        multi_source=sum(1 for e in events if len(e.articles) > 1),
        contradictions=sum(len(contradictions(e, siblings)) for e in events),
    )


_PRECISE = {
    PlaceLevel.POINT: 0,
    PlaceLevel.LOCALITY: 1,
    PlaceLevel.OTHER: 2,
    None: 3,
    PlaceLevel.REGION: 4,
    PlaceLevel.COUNTRY: 5,
}


def _summary(event: MergedEvent) -> dict[str, Any]:
    """What the merged event says, taken from its most precise members."""
    reports = [m.report for m in event.members]
    dated = [r for r in reports if r.dated]
    when = min(
        dated,
        key=lambda r: (r.date_end - r.date_start).days if r.date_end and r.date_start else 0,
        default=None,
    )
    placed = [r for r in reports if r.place is not None]
    where = min(
        placed, key=lambda r: _PRECISE.get(r.place.level if r.place else None, 3), default=None
    )
    acled = Counter(r.acled for r in reports if r.acled).most_common(1)
    actor = next((r.actor for r in reports if r.actor), None)
    target = next((r.target for r in reports if r.target), None)
    return {
        "type": reports[0].type,
        "acled": acled[0][0] if acled else None,
        "date": when.date if when else None,
        "date_start": when.date_start if when else None,
        "date_end": when.date_end if when else None,
        "place_name": where.place.name if where and where.place else None,
        "actor_name": actor.name if actor else None,
        "target_name": target.name if target else None,
    }


def event_row(
    event: MergedEvent,
    *,
    now: dt.datetime,
    siblings: Mapping[str, Sequence[EventReport]] | None = None,
) -> dict[str, Any]:
    """The stored row of a merged event; ``siblings``: every event report by article (see
    :func:`sitrep.reconcile.sources.contradictions`)."""
    summary = _summary(event)
    found = contradictions(event, siblings)
    return {
        "id": event.id,
        "type": summary["type"],
        "acled": summary["acled"],
        "date_start": summary["date_start"],
        "date_end": summary["date_end"],
        "place_name": summary["place_name"],
        "actor_name": summary["actor_name"],
        "target_name": summary["target_name"],
        "reports": len(event.members),
        "articles": len(event.articles),
        "score": round(event.score, 3),
        "contradictions": len(found),
        "data": {
            "date": summary["date"],
            "members": [_member_view(m) for m in event.members],
            "contradictions": [c.to_dict() for c in found],
        },
        "merged_at": now,
    }


def _member_view(member: Member) -> dict[str, Any]:
    r = member.report
    return {
        **member.to_dict(),
        "source": r.source,
        "published": r.published.isoformat() if r.published else None,
        "type": r.type,
        "acled": r.acled,
        "date": r.date,
        "place": r.place.name if r.place else None,
        "actor": r.actor.name if r.actor else None,
        "target": r.target.name if r.target else None,
        "claims": [c.to_dict() for c in r.claims],
        "quote": r.quote,
    }


def member_rows(event: MergedEvent) -> list[dict[str, Any]]:
    return [
        {
            "merged": event.id,
            "article": m.report.article,
            "record_id": m.report.record_id,
            "position": i,
            "score": round(m.score, 3),
            "data": m.to_dict(),
        }
        for i, m in enumerate(event.members)
    ]


def split(store: SqlStore, merged: str, report: str) -> ReconcileSummary:
    """Take ``report`` out of merged event ``merged`` for good, and merge again what is left.

    ``report`` is the member's number as listed (1, 2 ...), or ``ARTICLE:RECORD`` where ARTICLE
    is a prefix of the article's content hash, or a record id that only one member has.
    """
    from sitrep.store.merged import add_split, merged_rows

    found = merged_rows(store, ids=[merged])
    if not found:
        raise StoreError(
            store.location, f"no merged event {merged!r} (see `sitrep events --merged`)"
        )
    keys = [(str(m["article"]), str(m["record_id"])) for m in found[0].members]
    key = _member(keys, report, merged=merged, location=store.location)
    add_split(store, key, keys, merged=merged)
    return reconcile(store)


def _member(keys: Sequence[ReportKey], ref: str, *, merged: str, location: str) -> ReportKey:
    if ref.isdigit() and 1 <= int(ref) <= len(keys):
        return keys[int(ref) - 1]
    article, _, record = ref.rpartition(":")
    matches = [k for k in keys if k[1] == record and k[0].startswith(article)]
    if len(matches) == 1:
        return matches[0]
    listed = ", ".join(f"{i}: {k[0][:12]}:{k[1]}" for i, k in enumerate(keys, 1))
    raise StoreError(
        location, f"{ref!r} names {len(matches)} members of {merged}, not one ({listed})"
    )


def source_contradictions(
    store: SqlStore, *, since: dt.date | None = None, limit: int | None = None
) -> list[Found]:
    """Contradictions across sources, as rows beside the within-article ones: the article is the
    one that denies, ``about`` the merged event, the quote each side's words."""
    from sitrep.store.merged import article_refs, list_merged

    rows = list_merged(store, since=since, with_contradictions=True, limit=limit)
    stated = [c for row in rows for c in (row["data"] or {}).get("contradictions") or ()]
    refs = article_refs(store, {c["denied"]["article"] for c in stated})
    found = []
    for c in stated:
        ref = refs.get(c["denied"]["article"])
        if ref is None:
            continue
        lines = [
            f"{said_by(side['speaker'], side['source'])}: {side['content']}"
            for side in (c["asserted"], c["denied"])
        ]
        found.append(
            Found(
                kind="contradictions",
                article=ref,
                record_id=c["merged"],
                data=c,
                fields={"kind": c["kind"], "about": c["merged"], "note": c["note"]},
                quote="\n".join(lines),
            )
        )
    return found


__all__ = [
    "ReconcileSummary",
    "SourceContradiction",
    "event_row",
    "member_rows",
    "reconcile",
    "source_contradictions",
    "split",
]
