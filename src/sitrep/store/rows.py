"""One analysed article as table rows: each record's JSON plus the columns queries filter on."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass, field
from typing import Any

from sitrep.records import Article, Report, Span
from sitrep.sources import figure_source


def content_hash(text: str) -> str:
    """The article's key: SHA-256 of its text. The same text is the same article."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def locator(article: Article) -> str | None:
    """What says which stored article a changed text replaces: its URL, or an id given with it.

    Content-derived ids (``sha256:...``) locate nothing: a different text has a different one.
    """
    if article.url:
        return article.url
    if article.id and not article.id.startswith("sha256:"):
        return f"id:{article.id}"
    return None


_WEEK = re.compile(r"^(\d{4})-W(\d{2})")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_YEAR = re.compile(r"^(\d{4})$")


def date_bounds(value: str | None) -> tuple[dt.date | None, dt.date | None]:
    """First and last day a TIMEX3-like date value covers; (None, None) when it is not anchored.

    '2020-10-28' is that day, '2020-W44' its week, '2020-10' the month, '2020' the year.
    """
    if not value:
        return None, None
    try:
        day = dt.date.fromisoformat(value[:10])
        return day, day
    except ValueError:
        pass
    try:
        if m := _WEEK.match(value):
            monday = dt.date.fromisocalendar(int(m[1]), int(m[2]), 1)
            return monday, monday + dt.timedelta(days=6)
        if m := _MONTH.match(value):
            first = dt.date(int(m[1]), int(m[2]), 1)
            following = (first.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
            return first, following - dt.timedelta(days=1)
        if m := _YEAR.match(value):
            return dt.date(int(m[1]), 1, 1), dt.date(int(m[1]), 12, 31)
    except ValueError:
        return None, None
    return None, None


def _words(*parts: str | None) -> str | None:
    joined = " ".join(p for p in parts if p)
    return joined.lower() if joined else None


def _quote(text: str, spans: tuple[Span, ...] | list[Span]) -> str | None:
    return spans[0].text(text) if spans else None


def _sentence(report: Report, spans: tuple[Span, ...] | list[Span]) -> str | None:
    """The sentence an event rests on, on one line: its evidence span alone can be a bare word
    ("Shelling", "aid"), which no reader of a table or an export can check a fact against."""
    if not spans:
        return None
    first = spans[0]
    sentence = report.sentence_of(first) or first
    start, end = min(sentence.start, first.start), max(sentence.end, first.end)
    return " ".join(report.article.text[start:end].split()) or None


@dataclass(slots=True)
class ArticleRows:
    """Everything one report puts into the store."""

    article: dict[str, Any]
    records: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    search: list[dict[str, Any]] = field(default_factory=list)


def report_rows(report: Report, *, now: dt.datetime | None = None) -> ArticleRows:
    a = report.article
    text = a.text
    key = content_hash(text)
    full = report.to_dict()
    rows = ArticleRows(
        article={
            "content_hash": key,
            "locator": locator(a),
            "article_id": a.id,
            "url": a.url,
            "title": a.title,
            "source": a.source,
            "published": a.published.isoformat() if a.published else None,
            "published_date": a.published_date,
            "origin": a.origin,
            "text": text,
            "report": {
                "published_inferred": a.published_inferred,
                "sentences": full.get("sentences", []),
                "meta": full.get("meta", {}),
            },
            "ingested_at": now or dt.datetime.now(dt.UTC),
        }
    )

    def name(actor_id: str | None) -> str | None:
        actor = report.actor(actor_id)
        return actor.name if actor else None

    def own(record_id: str | None, data: dict[str, Any], quote: str | None) -> dict[str, Any]:
        return {"article": key, "record_id": record_id, "data": data, "quote": quote}

    rows.records["actors"] = [
        own(x.id, x.to_dict(), _quote(text, x.mentions))
        | {"name": x.name, "kind": x.kind.value, "country": x.country}
        for x in report.actors
    ]
    rows.records["places"] = [
        own(p.id, p.to_dict(), _quote(text, p.mentions))
        | {"name": p.name, "country": p.country, "lat": p.lat, "lon": p.lon}
        for p in report.places
    ]
    rows.records["times"] = [
        own(t.id, t.to_dict(), t.span.text(text)) | {"type": t.type.value, "value": t.value}
        for t in report.times
    ]
    claims = []
    for c in report.claims:
        speaker = report.actor(c.speaker)
        claims.append(
            own(c.id, c.to_dict(), _quote(text, c.evidence))
            | {
                "stance": c.stance.value,
                "speaker_name": speaker.name if speaker else None,
                "speaker_words": _words(
                    speaker.name if speaker else None,
                    speaker.title if speaker else None,
                    name(speaker.affiliation) if speaker else None,
                    c.source_span.text(text) if c.source_span else None,
                ),
                "content": c.said(text),
                "date": c.date,
            }
        )
        rows.search.append(
            {"article": key, "kind": "claim", "record_id": c.id, "body": c.content.text(text)}
        )
    rows.records["claims"] = claims
    events = []
    for e in report.events:
        place = report.place(e.place)
        start, end = date_bounds(e.date)
        if end is None:
            end = a.published_date
        events.append(
            own(e.id, e.to_dict(), _sentence(report, e.evidence))
            | {
                "type": e.type.value,
                "acled": e.acled.value if e.acled else None,
                "date": e.date,
                "date_start": start,
                "date_end": end,
                "place_name": place.name if place else None,
                "place_words": (
                    _words(place.name, place.gazetteer_name, *place.admin, place.country)
                    if place
                    else None
                ),
                "country": place.country if place else None,
                "lat": place.lat if place else None,
                "lon": place.lon if place else None,
                "actor_name": name(e.actor),
                "target_name": name(e.target),
            }
        )
    rows.records["events"] = events
    casualties = []
    for k in report.casualties:
        side = report.actor(k.side)
        as_of = date_bounds(k.as_of)[1] or a.published_date
        casualties.append(
            own(k.id, k.to_dict(), _quote(text, k.evidence))
            | {
                "reporter_name": figure_source(k, report),
                "side_name": side.name if side else None,
                "side_words": _words(side.name, side.country) if side else None,
                "group": k.group.value,
                "killed": k.killed.value if k.killed else None,
                "injured": k.injured.value if k.injured else None,
                "missing": k.missing.value if k.missing else None,
                "displaced": k.displaced.value if k.displaced else None,
                "abducted": k.abducted.value if k.abducted else None,
                "as_of": k.as_of,
                "as_of_date": as_of,
            }
        )
    rows.records["casualties"] = casualties
    rows.records["contradictions"] = [
        own(None, x.to_dict(), _between(report, x.between))
        | {"kind": x.kind.value, "about": x.about, "note": x.note}
        for x in report.contradictions
    ]
    body = f"{a.title}\n\n{text}" if a.title and not text.startswith(a.title) else text
    rows.search.insert(0, {"article": key, "kind": "article", "record_id": None, "body": body})
    return rows


def _between(report: Report, ids: tuple[str, ...]) -> str:
    """The sides of a contradiction in words: who says what, one side per line."""
    from sitrep.sources import figure_source, source_words

    text = report.article.text
    lines = []
    for record_id in ids:
        claim = report.claim(record_id)
        if claim is not None:
            # a source named but not resolved keeps the article's words, as the note does
            who = report.actor(claim.speaker)
            words = source_words(claim, text)
            said = who.name if who else f"“{words}”" if words else "unattributed"
            lines.append(f"{said}: {claim.content.text(text)}")
            continue
        casualty = next((k for k in report.casualties if k.id == record_id), None)
        if casualty is not None:
            said = figure_source(casualty, report) or "the article"
            lines.append(f"{said}: {casualty.evidence[0].text(text)}")
            continue
        event = next((e for e in report.events if e.id == record_id), None)
        if event is not None:
            lines.append(f"event: {event.evidence[0].text(text)}")
    return "\n".join(lines)
