"""Event reports: one article's account of one event, as the merger compares them.

A report carries what merging needs (type, place, dates, actors) and what cross-source
contradictions need (the claims asserting or denying it, with their speakers' sides, and the
casualty figures told in the event's own words), resolved from the article's own records. Reports are built from an analysed :class:`Report` (the bench
does this) or from the rows of the store (``sitrep reconcile``); both give the same thing.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sitrep.records import (
    Actor,
    Casualty,
    ClaimLink,
    Place,
    PlaceLevel,
    Report,
    Span,
    counted_in_another,
)
from sitrep.sources import figure_source

# A report is known by its article (content hash) and its record id within that article.
ReportKey = tuple[str, str]

# An undated event is one the article tells as recent: it happened in the days before the
# article was published. How many days counts as recent is a judgement; a week keeps "on
# Tuesday"-style reports that lost their date together with their dated tellings.
UNDATED_WINDOW = dt.timedelta(days=7)


@dataclass(frozen=True, slots=True, kw_only=True)
class PlaceRef:
    name: str
    gazetteer_id: str | None = None
    lat: float | None = None
    lon: float | None = None
    country: str | None = None
    level: PlaceLevel | None = None

    @classmethod
    def of(cls, place: Place | None) -> PlaceRef | None:
        if place is None:
            return None
        return cls(
            name=place.name,
            gazetteer_id=place.gazetteer_id,
            lat=place.lat,
            lon=place.lon,
            country=place.country,
            level=place.level,
        )

    @classmethod
    def from_data(cls, data: Mapping[str, Any] | None) -> PlaceRef | None:
        if not data or not data.get("name"):
            return None
        level = data.get("level")
        return cls(
            name=str(data["name"]),
            gazetteer_id=data.get("gazetteer_id"),
            lat=data.get("lat"),
            lon=data.get("lon"),
            country=data.get("country"),
            level=PlaceLevel(level) if level else None,
        )


@dataclass(frozen=True, slots=True, kw_only=True)
class ActorRef:
    name: str
    country: str | None = None

    @classmethod
    def of(
        cls, actor: Actor | None, *, actors: Mapping[str, Actor] | None = None
    ) -> ActorRef | None:
        if actor is None:
            return None
        return cls(name=actor.name, country=_country(actor, actors or {}))


@dataclass(frozen=True, slots=True, kw_only=True)
class ClaimRef:
    """A claim that asserts or denies the reported event, and who made it."""

    claim: str
    link: ClaimLink
    speaker: str | None
    # The speaker's side: a country code when known, else the speaker's name, else None (the
    # outlet's own voice).
    side: str | None
    content: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "claim": self.claim,
            "stance": self.link.value,
            "speaker": self.speaker,
            "side": self.side,
            "content": self.content,
        }


@dataclass(frozen=True, slots=True, kw_only=True)
class FigureRef:
    """A casualty figure told in an event's own words: who gives it, for whom, how many."""

    casualty: str
    # the reporter's name; an unresolved source by its words, quoted; None: the outlet's own
    reporter: str | None
    side: str | None
    group: str
    killed: dict[str, Any] | None
    injured: dict[str, Any] | None
    quote: str | None

    def to_dict(self) -> dict[str, Any]:
        return {
            "casualty": self.casualty,
            "reporter": self.reporter,
            "side": self.side,
            "group": self.group,
            "killed": self.killed,
            "injured": self.injured,
            "quote": self.quote,
        }


def _told_with(evidence: Iterable[Span], figure_spans: Iterable[Span]) -> bool:
    spans = list(figure_spans)
    return any(e.overlaps(f) for e in evidence for f in spans)


# Words of a running total: a figure counted over a period, not one attack's dead.
_TALLY_WORDS = re.compile(r"\b(?:so far|to date|in total|overall|since|this year|in all)\b", re.I)


def _tally(since: str | None, words: str) -> bool:
    """Whether a figure counts a period ('69 civilians have been killed since September 27',
    '1,068 servicemen killed so far') rather than one attack."""
    return since is not None or bool(_TALLY_WORDS.search(words))


def _later_tolls(
    events: Sequence[tuple[str, str, bool, Sequence[Span]]],
    figures: Sequence[tuple[Sequence[Span], FigureRef]],
) -> dict[str, list[FigureRef]]:
    """Figures told after the event, in a sentence that tells of no event of its own ("The
    monitor put the death toll at 16."): each counts the dead of the last attack told before
    it with a place or a date (an incident, not a passing mention), by event record id.
    ``events`` are (record id, PLOVER type, placed or dated, evidence) of one article."""
    out: dict[str, list[FigureRef]] = {}
    for spans, f in figures:
        if not spans or any(_told_with(ev, spans) for *_, ev in events):
            continue
        start = min(s.start for s in spans)
        before = [
            (told, max(s.end for s in ev), rid)
            for rid, kind, told, ev in events
            if kind == "ASSAULT" and ev and max(s.end for s in ev) <= start
        ]
        if before:
            out.setdefault(max(before)[2], []).append(f)
    return out


def _comparable(data: Mapping[str, Any]) -> bool:
    """A figure that counts people on its own: no increment, no part of another figure, no
    war's whole toll, no headline's brief of a figure the body gives."""
    return not (counted_in_another(data) or data.get("conflict_toll"))


@dataclass(frozen=True, slots=True, kw_only=True)
class EventReport:
    """One article's report of one event."""

    article: str
    record_id: str
    source: str | None
    published: dt.date | None
    type: str
    acled: str | None = None
    date: str | None = None
    date_start: dt.date | None = None
    date_end: dt.date | None = None
    place: PlaceRef | None = None
    actor: ActorRef | None = None
    target: ActorRef | None = None
    claims: tuple[ClaimRef, ...] = ()
    quote: str | None = None
    figures: tuple[FigureRef, ...] = ()

    @property
    def key(self) -> ReportKey:
        return self.article, self.record_id

    @property
    def dated(self) -> bool:
        return self.date_start is not None and self.date_end is not None

    def window(self) -> tuple[dt.date | None, dt.date | None]:
        """The days the event may have happened on: its date, else the days before publication."""
        if self.dated:
            return self.date_start, self.date_end
        if self.published is None:
            return None, None
        return self.published - UNDATED_WINDOW, self.published


def _country(actor: Actor, actors: Mapping[str, Actor]) -> str | None:
    """An actor's country, or that of the body it belongs to (a ministry's state)."""
    seen: set[str] = set()
    current: Actor | None = actor
    while current is not None and current.id not in seen:
        if current.country:
            return current.country
        seen.add(current.id)
        current = actors.get(current.affiliation) if current.affiliation else None
    return None


def side_of(actor: Actor | None, actors: Mapping[str, Actor]) -> str | None:
    if actor is None:
        return None
    return _country(actor, actors) or actor.name


def reports_of(report: Report, *, key: str | None = None) -> list[EventReport]:
    """The event reports of one analysed article; ``key`` names the article (its content hash
    by default, as in the store)."""
    from sitrep.store.rows import content_hash, date_bounds

    article = report.article
    key = key or content_hash(article.text)
    text = article.text
    actors = {a.id: a for a in report.actors}

    def figure(k: Casualty) -> FigureRef:
        side = actors.get(k.side or "")
        return FigureRef(
            casualty=k.id,
            reporter=figure_source(k, report),
            side=side.name if side else None,
            group=k.group.value,
            killed=k.killed.to_dict() if k.killed else None,
            injured=k.injured.to_dict() if k.injured else None,
            quote=k.evidence[0].text(text) if k.evidence else None,
        )

    comparable = [k for k in report.casualties if _comparable(k.to_dict())]

    def words_of(k: Casualty) -> str:
        claim = report.claim(k.claim)
        return claim.content.text(text) if claim else " ".join(e.text(text) for e in k.evidence)

    later = _later_tolls(
        [(e.id, e.type.value, bool(e.place or e.date), e.evidence) for e in report.events],
        [(k.evidence, figure(k)) for k in comparable if not _tally(k.since, words_of(k))],
    )
    out = []
    for e in report.events:
        start, end = date_bounds(e.date)
        claims = []
        for link in e.claims:
            claim = report.claim(link.claim)
            if claim is None:
                continue
            speaker = actors.get(claim.speaker) if claim.speaker else None
            claims.append(
                ClaimRef(
                    claim=claim.id,
                    link=link.stance,
                    speaker=speaker.name if speaker else None,
                    side=side_of(speaker, actors),
                    content=claim.content.text(text),
                )
            )
        out.append(
            EventReport(
                article=key,
                record_id=e.id,
                source=article.source,
                published=article.published_date,
                type=e.type.value,
                acled=e.acled.value if e.acled else None,
                date=e.date,
                date_start=start,
                date_end=end,
                place=PlaceRef.of(report.place(e.place)),
                actor=ActorRef.of(actors.get(e.actor or ""), actors=actors),
                target=ActorRef.of(actors.get(e.target or ""), actors=actors),
                claims=tuple(claims),
                quote=e.evidence[0].text(text),
                figures=(
                    *(figure(k) for k in comparable if _told_with(e.evidence, k.evidence)),
                    *later.get(e.id, ()),
                ),
            )
        )
    return out


def reports_from_rows(
    *,
    events: Iterable[Mapping[Any, Any]],
    places: Iterable[Mapping[Any, Any]],
    actors: Iterable[Mapping[Any, Any]],
    claims: Iterable[Mapping[Any, Any]],
    articles: Mapping[str, Mapping[Any, Any]],
    casualties: Iterable[Mapping[Any, Any]] = (),
) -> Iterator[EventReport]:
    """Event reports from store rows (each row: ``article``, ``record_id``, ``data`` ...)."""
    figures: dict[str, list[tuple[list[Span], FigureRef]]] = {}
    claim_rows = {(c["article"], c["record_id"]): c for c in claims}
    tallies: set[tuple[str, str]] = set()
    for k in casualties:
        data = k["data"] or {}
        if not _comparable(data):
            continue
        claim = claim_rows.get((k["article"], data.get("claim")))
        words = str(claim.get("content") or "") if claim else str(k.get("quote") or "")
        if _tally(data.get("since"), words):
            tallies.add((k["article"], str(k["record_id"])))
        figures.setdefault(k["article"], []).append(
            (
                [Span(s["start"], s["end"]) for s in data.get("evidence") or ()],
                FigureRef(
                    casualty=str(k["record_id"]),
                    reporter=k.get("reporter_name"),
                    side=k.get("side_name"),
                    group=str(data.get("group") or "unknown"),
                    killed=data.get("killed"),
                    injured=data.get("injured"),
                    quote=k.get("quote"),
                ),
            )
        )
    place_data = {(p["article"], p["record_id"]): p["data"] for p in places}
    actor_records: dict[str, dict[str, Actor]] = {}
    for a in actors:
        record = _actor_record(a["data"])
        if record is not None:
            actor_records.setdefault(a["article"], {})[record.id] = record
    events = list(events)
    told: dict[str, list[tuple[str, str, bool, Sequence[Span]]]] = {}
    for e in events:
        data = e["data"] or {}
        spans = [Span(s["start"], s["end"]) for s in data.get("evidence") or ()]
        placed = bool(data.get("place") or data.get("date"))
        told.setdefault(e["article"], []).append(
            (str(e["record_id"]), str(e["type"]), placed, spans)
        )
    later = {
        key: _later_tolls(
            told.get(key, []), [x for x in found if (key, x[1].casualty) not in tallies]
        )
        for key, found in figures.items()
    }
    for e in events:
        key, data = e["article"], e["data"]
        article = articles.get(key, {})
        known = actor_records.get(key, {})
        refs = []
        for link in data.get("claims") or []:
            row = claim_rows.get((key, link.get("claim")))
            if row is None:
                continue
            speaker = known.get(row["data"].get("speaker") or "")
            refs.append(
                ClaimRef(
                    claim=str(link["claim"]),
                    link=ClaimLink(link["stance"]),
                    speaker=speaker.name if speaker else None,
                    side=side_of(speaker, known),
                    content=str(row.get("content") or ""),
                )
            )
        published = article.get("published_date")
        yield EventReport(
            article=key,
            record_id=str(e["record_id"]),
            source=article.get("source"),
            published=published if isinstance(published, dt.date) else None,
            type=str(e["type"]),
            acled=e.get("acled"),
            date=e.get("date"),
            date_start=e.get("date_start") if data.get("date") else None,
            date_end=e.get("date_end") if data.get("date") else None,
            place=PlaceRef.from_data(place_data.get((key, data.get("place")))),
            actor=ActorRef.of(known.get(data.get("actor") or ""), actors=known),
            target=ActorRef.of(known.get(data.get("target") or ""), actors=known),
            claims=tuple(refs),
            quote=e.get("quote"),
            figures=(
                *(
                    f
                    for spans, f in figures.get(key, ())
                    if _told_with(
                        (Span(s["start"], s["end"]) for s in data.get("evidence") or ()), spans
                    )
                ),
                *later.get(key, {}).get(str(e["record_id"]), ()),
            ),
        )


def _actor_record(data: Mapping[str, Any]) -> Actor | None:
    from sitrep.errors import RecordError
    from sitrep.records import ActorKind, Span

    try:
        return Actor(
            id=str(data["id"]),
            name=str(data["name"]),
            kind=ActorKind(data.get("kind") or "other"),
            mentions=tuple(Span(m["start"], m["end"]) for m in data.get("mentions") or []),
            title=data.get("title"),
            affiliation=data.get("affiliation"),
            country=data.get("country"),
        )
    except (KeyError, ValueError, RecordError):
        return None
