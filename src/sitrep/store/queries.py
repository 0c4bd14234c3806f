"""Questions asked of the whole corpus, built on the store's filters: casualty series, and the
situation report (what happened, where, who says what, where sources disagree)."""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any

from sitrep.records.facts import CASUALTY_FIGURES, counted_in_another
from sitrep.store.base import Found, Store
from sitrep.store.context import source_words

UNKNOWN_SIDE = "unknown side"


@dataclass(frozen=True, slots=True, kw_only=True)
class Figure:
    """One source's casualty figure as of one day."""

    day: str | None
    reporter: str
    source: str | None
    killed: int | None
    # The killed figure as reported ({"value", "qualifier", "high"}), to compare "at least 5"
    # with "7" as compatible, not as a disagreement.
    killed_count: dict[str, Any] | None
    injured: int | None
    missing: int | None
    quote: str | None
    # The injured and missing figures as reported, like ``killed_count``.
    injured_count: dict[str, Any] | None = None
    missing_count: dict[str, Any] | None = None
    # People driven from their homes and abducted, with their figures as reported.
    displaced: int | None = None
    abducted: int | None = None
    displaced_count: dict[str, Any] | None = None
    abducted_count: dict[str, Any] | None = None

    def counted(self) -> list[tuple[str, int, dict[str, Any] | None]]:
        """(what, figure, figure as reported) for each kind of people the figure counts."""
        return [
            (name, value, getattr(self, f"{name}_count"))
            for name in CASUALTY_FIGURES
            if (value := getattr(self, name)) is not None
        ]

    def to_dict(self) -> dict[str, Any]:
        return {
            "day": self.day,
            "reporter": self.reporter,
            "source": self.source,
            "killed": self.killed,
            "injured": self.injured,
            "missing": self.missing,
            "displaced": self.displaced,
            "abducted": self.abducted,
            # how each figure was qualified ("at_least"), None where no figure was given
            **{
                f"{name}_qualifier": (getattr(self, f"{name}_count") or {}).get("qualifier")
                for name in CASUALTY_FIGURES
            },
            "quote": self.quote,
        }


@dataclass(frozen=True, slots=True, kw_only=True)
class Series:
    """Every source's figures for one side and group, over time; one line per reporter."""

    side: str
    group: str
    figures: tuple[Figure, ...]

    @property
    def reporters(self) -> list[str]:
        return sorted({f.reporter for f in self.figures})

    @property
    def days(self) -> list[str | None]:
        return sorted({f.day for f in self.figures}, key=lambda d: d or "")

    def to_dict(self) -> dict[str, Any]:
        return {
            "side": self.side,
            "group": self.group,
            "figures": [f.to_dict() for f in self.figures],
        }


def casualty_series(found: list[Found]) -> list[Series]:
    """Group casualty records by side and group; each keeps who reported what, and when.

    A figure with no reporter is the outlet's own statement and is shown under the outlet. A
    series holds totals: increments ("two more were killed"), parts of a figure ("including
    four children") and a headline's figure that the body tells again in full are left out
    (:func:`~sitrep.records.counted_in_another`), so that no line mixes them with the totals
    they add to or repeat. A
    war's toll ("the war, which has killed thousands") is a series of its own, its group
    marked "conflict toll", never set against one day's or incident's figures.
    """
    groups: dict[tuple[str, str], list[Figure]] = defaultdict(list)
    for k in found:
        if counted_in_another(k.data):
            continue
        f = k.fields
        reporter = f.get("reporter_name") or f"{k.article.source or 'article'} (own report)"
        group = f.get("group") or "unknown"
        if k.data.get("conflict_toll"):
            group += ", conflict toll"
        groups[(f.get("side_name") or UNKNOWN_SIDE, group)].append(
            Figure(
                day=f.get("as_of_date") or k.article.published,
                reporter=str(reporter),
                source=k.article.source,
                killed=f.get("killed"),
                killed_count=k.data.get("killed"),
                injured=f.get("injured"),
                missing=f.get("missing"),
                quote=k.quote,
                injured_count=k.data.get("injured"),
                missing_count=k.data.get("missing"),
                displaced=f.get("displaced"),
                abducted=f.get("abducted"),
                displaced_count=k.data.get("displaced"),
                abducted_count=k.data.get("abducted"),
            )
        )
    return [
        Series(side=side, group=group, figures=tuple(figures))
        for (side, group), figures in sorted(groups.items())
    ]


@dataclass(frozen=True, slots=True, kw_only=True)
class Situation:
    """A situation report over a period of the corpus."""

    since: dt.date | None
    until: dt.date | None
    articles: int
    sources: tuple[str, ...]
    events: tuple[Found, ...]
    places: tuple[tuple[str, int], ...]
    speakers: tuple[tuple[str, tuple[Found, ...]], ...]
    casualties: tuple[Series, ...]
    contradictions: tuple[Found, ...]
    # Casualty figures of different sources for the same side, group and day that cannot all
    # be true (sitrep.reconcile.figures.Dispute); a source revising its own figure is not one.
    disputes: tuple[Any, ...] = field(default=())
    notes: tuple[str, ...] = field(default=())

    def to_dict(self) -> dict[str, Any]:
        return {
            "since": self.since.isoformat() if self.since else None,
            "until": self.until.isoformat() if self.until else None,
            "articles": self.articles,
            "sources": list(self.sources),
            "events": [e.to_dict() for e in self.events],
            "places": [{"place": p, "events": n} for p, n in self.places],
            "speakers": [
                {"speaker": s, "claims": [c.to_dict() for c in claims]}
                for s, claims in self.speakers
            ],
            "casualties": [s.to_dict() for s in self.casualties],
            "contradictions": [c.to_dict() for c in self.contradictions],
            "disputed_figures": [d.to_dict() for d in self.disputes],
            "notes": list(self.notes),
        }


def _source_words(claim: Found) -> str | None:
    """An unresolved speaker by the claim's own words for it, quoted ("“regional officials”")."""
    return source_words(claim.data, claim.quote)


def situation(
    store: Store, *, since: dt.date | None = None, until: dt.date | None = None
) -> Situation:
    events = store.events(since=since, until=until)
    claims = store.claims(since=since, until=until)
    casualties = store.casualties(since=since, until=until)
    contradictions = store.contradictions(since=since, until=until)
    places = place_counts(events)
    by_speaker: dict[str, list[Found]] = defaultdict(list)
    for c in claims:
        by_speaker[str(c.fields.get("speaker_name") or _source_words(c) or "unattributed")].append(
            c
        )
    refs = {
        f.article.content_hash: f.article for f in (*events, *claims, *casualties, *contradictions)
    }
    articles = [a for a in store.articles() if _within(a.published, since, until)]
    for a in articles:
        refs[a.content_hash] = a
    notes = []
    if not events and not claims and articles:
        notes.append(
            "the articles in this period hold no events or claims yet: "
            "those stages may not be installed (see `sitrep analyze --format json` meta)"
        )
    from sitrep.reconcile.figures import disputes

    series = casualty_series(casualties)
    return Situation(
        since=since,
        until=until,
        articles=len(refs),
        sources=tuple(sorted({a.source for a in refs.values() if a.source})),
        events=tuple(events),
        places=places,
        speakers=tuple(
            (speaker, tuple(found))
            for speaker, found in sorted(by_speaker.items(), key=lambda kv: -len(kv[1]))
        ),
        casualties=tuple(series),
        contradictions=tuple(contradictions),
        disputes=tuple(d for s in series for d in disputes(s)),
        notes=tuple(notes),
    )


def place_counts(events: list[Found]) -> tuple[tuple[str, int], ...]:
    """Events per place, most first. Reports of one place are counted together however each
    article spells it: places resolved to the same point are one ("Stepanakert (also
    Khankendi)", named by the most used spelling); unresolved places count by name."""
    groups: dict[object, Counter[str]] = defaultdict(Counter)
    for e in events:
        name = e.fields.get("place_name")
        if not name:
            continue
        lat, lon = e.fields.get("lat"), e.fields.get("lon")
        key: object = (
            (round(float(lat), 3), round(float(lon), 3))
            if lat is not None and lon is not None
            else str(name).casefold()
        )
        groups[key][str(name)] += 1
    counted = []
    for names in groups.values():
        (main, _), *others = names.most_common()
        label = main + (f" (also {', '.join(n for n, _ in others)})" if others else "")
        counted.append((label, sum(names.values())))
    return tuple(sorted(counted, key=lambda x: (-x[1], x[0])))


def _within(published: str | None, since: dt.date | None, until: dt.date | None) -> bool:
    if published is None:
        return since is None and until is None
    day = dt.date.fromisoformat(published[:10])
    return (since is None or day >= since) and (until is None or day <= until)
