"""The readable terminal report: facts grouped by section, each with the sentence it came from."""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from typing import TextIO

from rich.console import Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from sitrep.records import Casualty, ContradictionKind, Count, DatePrecision, Report, Span
from sitrep.render import as_reported, counted
from sitrep.render import console as make_console
from sitrep.sources import behind, source_words
from sitrep.temporal.values import value_of

_MAX_SENTENCE = 220
_SPACES = re.compile(r"\s+")


def evidence_line(report: Report, span: Span, *, style: str = "bold yellow") -> Text:
    """The sentence holding ``span``, with the span highlighted, trimmed around it if long."""
    text = report.article.text
    sent = report.sentence_of(span) or span
    start, end = sent.start, max(sent.end, span.end)
    if end - start > _MAX_SENTENCE:
        start = max(start, span.start - _MAX_SENTENCE // 2)
        end = min(end, max(span.end, start + _MAX_SENTENCE))
    cut = end < sent.end
    out = Text("“", style="dim")
    if start > sent.start:
        out.append("…", style="dim")
    out.append(_flat(text[start : span.start]), style="dim")
    # No space before the closing mark: trailing line breaks belong to no one.
    tail = _flat(text[span.end : end]).rstrip()
    highlighted = _flat(text[span.start : span.end])
    out.append(highlighted if tail else highlighted.rstrip(), style=style)
    out.append(tail, style="dim")
    if cut:
        out.append("…", style="dim")
    out.append("”", style="dim")
    return out


def _flat(piece: str) -> str:
    """Line breaks and runs of spaces inside a quoted sentence shown as one space."""
    return _SPACES.sub(" ", piece)


def _name(report: Report, actor_id: str | None) -> str:
    actor = report.actor(actor_id)
    return actor.name if actor else "—"


def _names(report: Report) -> dict[str, str]:
    return {a.id: a.name for a in report.actors}


def _source(report: Report, claim_id: str | None) -> str | None:
    """Who stands behind a claim: its speaker's name, else its source's own words in quotation
    marks, else None (:func:`sitrep.sources.behind`)."""
    claim = report.claim(claim_id) if claim_id else None
    source = behind(claim, report.article.text, _names(report)) if claim else None
    if source is None:
        return None
    return source.name if source.resolved else f"“{source.name}”"


def _reporter(report: Report, casualty: Casualty) -> str:
    if casualty.reporter:
        return _name(report, casualty.reporter)
    return _source(report, casualty.claim) or "the article"


def _header(report: Report) -> Panel:
    a = report.article
    lines = Text()
    lines.append(a.title or "(untitled)", style="bold")
    lines.append("\n")
    published = a.published.isoformat() if a.published else "unknown date"
    if a.published_inferred:
        published += " (inferred from the text)"
    details = [published, a.source or "", a.url or "", f"id {a.id}"]
    lines.append("  ·  ".join(d for d in details if d), style="dim")
    counts = " · ".join(
        counted(len(records), noun)
        for records, noun in (
            (report.actors, "actor"),
            (report.places, "place"),
            (report.times, "time"),
            (report.claims, "claim"),
            (report.events, "event"),
            (report.casualties, "casualty report"),
            (report.contradictions, "contradiction"),
        )
    )
    lines.append("\n" + counts, style="cyan")
    return Panel(lines, border_style="blue")


def _actors(report: Report) -> Table:
    table = Table(title="Actors", title_justify="left", expand=True, show_lines=False)
    for col in ("name", "kind", "title", "belongs to", "country", "mentions"):
        table.add_column(col, overflow="fold")
    text = report.article.text
    for a in report.actors:
        forms = sorted({m.text(text) for m in a.mentions}, key=lambda f: (-len(f), f))
        table.add_row(
            Text(a.name, style="bold"),
            a.kind.value,
            a.title or "",
            _name(report, a.affiliation) if a.affiliation else "",
            a.country or "",
            f"{len(a.mentions)}× " + " / ".join(forms[:3]),
        )
    return table


def _places(report: Report) -> Table:
    table = Table(title="Places", title_justify="left", expand=True)
    for col in ("name", "level", "country", "lat, lon", "gazetteer", "first mention"):
        table.add_column(col, overflow="fold")
    for p in report.places:
        coords = f"{p.lat:.4f}, {p.lon:.4f}" if p.lat is not None and p.lon is not None else "—"
        table.add_row(
            Text(p.name, style="bold"),
            p.level.value if p.level else "",
            p.country or "",
            coords,
            p.gazetteer_id or "unresolved",
            evidence_line(report, p.mentions[0]),
        )
    return table


def _times(report: Report) -> Table:
    table = Table(title="Times", title_justify="left", expand=True)
    for col in ("expression", "type", "value", "sentence"):
        table.add_column(col, overflow="fold")
    for t in report.times:
        table.add_row(
            Text(t.span.text(report.article.text), style="bold"),
            t.type.value,
            t.value,
            evidence_line(report, t.span),
        )
    return table


_RECIPROCAL = re.compile(r"\s*(?:each other|one another)\b", re.I)


def _claims(report: Report) -> Group:
    """Claims grouped by speaker; unresolved sources grouped by their own words ('officials')."""
    parts: list[Table | Text] = [Text("Claims", style="bold italic")]
    text = report.article.text
    by_speaker: dict[str, list[int]] = defaultdict(list)
    for i, c in enumerate(report.claims):
        words = source_words(c, text)
        if c.speaker is not None:
            key = _name(report, c.speaker)
        elif words is not None and _RECIPROCAL.match(c.content.text(text)):
            # 'both sides blaming each other': no one speaker; each side says it of the other.
            key = f"“{words}”, each about the other (no single speaker)"
        elif words is not None:
            key = f"“{words}” (not resolved to an actor)"
        else:
            key = "no source named"
        by_speaker[key].append(i)
    for speaker, indexes in by_speaker.items():
        table = Table(title=speaker, title_justify="left", expand=True)
        for col in ("stance", "cue", "via", "date", "says"):
            table.add_column(col, overflow="fold")
        for i in indexes:
            c = report.claims[i]
            table.add_row(
                c.stance.value,
                c.cue,
                _name(report, c.via) if c.via else "",
                c.date or "",
                evidence_line(report, c.content, style="bold green" if c.quoted else "bold"),
            )
        parts.append(table)
    return Group(*parts)


def _place_name(report: Report, place_id: str | None) -> str | None:
    place = report.place(place_id)
    return place.name if place else None


def _event_place(place: str | None, site: str | None) -> str:
    """The event's place, and the finer site the gazetteer could not place ('Kuvasali village')."""
    if site is None:
        return place or ""
    return f"{place} (at {site})" if place else f"{site} (not on the map)"


def as_precise(date: str | None, precision: DatePrecision | None) -> str:
    """An event's date written no finer than it is known: its first day is stored, so "last
    year" shows as "2023", a month as "2023-04" and a week as "2023-W14"."""
    if not date or precision in (None, DatePrecision.DAY):
        return date or ""
    try:
        return value_of(dt.date.fromisoformat(date), precision)
    except ValueError:
        return date


def _events(report: Report) -> Table:
    table = Table(title="Events", title_justify="left", expand=True)
    table.add_column("type", no_wrap=True)
    for col in ("ACLED", "actor", "target", "place", "sources"):
        table.add_column(col, overflow="fold", ratio=1, min_width=12)
    table.add_column("date", no_wrap=True)
    table.add_column("evidence", overflow="fold", ratio=3)
    for e in report.events:
        place = report.place(e.place)
        said = (
            f"{ec.stance.value}: {_source(report, ec.claim) or 'unnamed source'}" for ec in e.claims
        )
        sources = ", ".join(dict.fromkeys(said))
        table.add_row(
            e.type.value,
            e.acled.value if e.acled else "",
            _name(report, e.actor) if e.actor else "",
            _name(report, e.target) if e.target else "",
            _event_place(place.name if place else None, _place_name(report, e.site)),
            sources or "narration",
            as_precise(e.date, e.date_precision),
            evidence_line(report, e.evidence[0]),
        )
    return table


def _casualties(report: Report) -> Table:
    table = Table(title="Casualty reports", title_justify="left", expand=True)
    table.add_column("reported by", overflow="fold", ratio=1, min_width=12)
    # displaced and abducted people are shown only when the article counts some
    extra = [
        name
        for name in ("displaced", "abducted")
        if any(getattr(k, name) for k in report.casualties)
    ]
    for col in ("killed", "injured", "missing", *extra, "group"):
        table.add_column(col, no_wrap=True)
    table.add_column("side", overflow="fold", ratio=1, min_width=12)
    table.add_column("evidence", overflow="fold", ratio=4)

    def count(c: Count | None) -> str:
        return as_reported(c.to_dict()) if c is not None else ""

    by_id = {k.id: k for k in report.casualties}

    def among(whole_id: str | None) -> str:
        """A part ('including four children') names the figure it is a part of."""
        whole = by_id.get(whole_id or "")
        if whole is None:
            return ""
        figure = (
            count(whole.killed)
            or count(whole.injured)
            or count(whole.missing)
            or count(whole.displaced)
            or count(whole.abducted)
        )
        return f" (among the {figure} above)" if figure else " (among a figure above)"

    for k in report.casualties:
        table.add_row(
            _reporter(report, k),
            count(k.killed),
            count(k.injured),
            count(k.missing),
            *(count(getattr(k, name)) for name in extra),
            k.group.value
            + among(k.part_of)
            + (" (headline; told in full below)" if k.restates else ""),
            _name(report, k.side) if k.side else "",
            evidence_line(report, k.evidence[0]),
        )
    return table


# What each kind of contradiction means, in the report's words.
_CONTRADICTION_LABELS = {
    ContradictionKind.DENIAL: "denial",
    ContradictionKind.FIGURES: "figures differ",
    ContradictionKind.ATTRIBUTION: "blame disputed",
    ContradictionKind.OTHER: "other",
}


def _contradictions(report: Report) -> Group:
    parts: list[Table | Text] = [Text("Contradictions", style="bold italic")]
    spans: dict[str, tuple[str, Span]] = {}
    names = _names(report)
    for c in report.claims:
        source = behind(c, report.article.text, names)
        spans[c.id] = (f"{source.name if source else '—'} {c.cue}", c.content)
    for k in report.casualties:
        spans[k.id] = (_reporter(report, k), k.evidence[0])
    for e in report.events:
        spans[e.id] = (f"reported {e.type.value.lower()}", e.evidence[0])
    for x in report.contradictions:
        label = _CONTRADICTION_LABELS.get(x.kind, x.kind.value)
        table = Table(title=f"{label}: {x.note or ''}", title_justify="left", expand=True)
        sides = [spans.get(b) for b in x.between]
        for side in sides:
            table.add_column(side[0] if side else "?", overflow="fold", ratio=1)
        table.add_row(*(evidence_line(report, s[1]) if s else Text("") for s in sides))
        parts.append(table)
    return Group(*parts)


def render_report(
    report: Report, *, out: TextIO, color: bool | None = None, width: int | None = None
) -> None:
    console = make_console(out=out, color=color)
    if width:
        console.width = width
    console.print(_header(report))
    sections = [
        (report.actors, _actors),
        (report.places, _places),
        (report.times, _times),
        (report.claims, _claims),
        (report.events, _events),
        (report.casualties, _casualties),
        (report.contradictions, _contradictions),
    ]
    for records, build in sections:
        if records:
            console.print(build(report))  # type: ignore[operator]
    console.print()
