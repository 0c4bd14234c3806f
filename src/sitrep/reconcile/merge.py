"""Merging: reports of the same event by several articles become one merged event.

Two reports are of the same event when they come from different articles and

- their PLOVER type is the same (a different ACLED sub-type lowers the score: sources code the
  same shelling as artillery or as a drone strike);
- their places are compatible: the same gazetteer entry, or points within a distance that suits
  the vaguer place's precision (a few km for a village, ~150 km for a region), or one place
  inside the other's country; an unknown place on one side is compatible but proves nothing;
- their dates are compatible: the days each may have happened on overlap (a day-precise date
  may also be the day before or after: "overnight" is dated either way); an undated report
  covers the week before its article was published;
- their actors and targets are compatible: the same name, or the same country, or one unknown.

Compatibility is not enough: a merge also needs positive evidence beyond the type and the date,
a known place or a known actor that agrees, so that two undated, unplaced "attacks" are never
merged on their type alone. A report joins a merged event only when it is compatible with every
member (complete linkage: "one unknown" is compatible with both of two different actors, which
are not compatible with each other), never when a user has split it from one of them, and never
with another report of its own article (the events stage already kept those apart). Every
merged event keeps the criteria that matched and their scores, so no merge is silent.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from sitrep.reconcile.reports import ActorRef, EventReport, PlaceRef, ReportKey
from sitrep.records import PlaceLevel

# How far apart two points may be and still be the same event's place, by the vaguer place's
# precision (km): a village's coordinates and a nearby town's may both name one shelling.
DISTANCE_KM: Mapping[PlaceLevel | None, float] = {
    PlaceLevel.POINT: 15.0,
    PlaceLevel.LOCALITY: 25.0,
    PlaceLevel.OTHER: 50.0,
    None: 50.0,
    PlaceLevel.REGION: 150.0,
}

# Each criterion's share of a pair's score; the type must match and weighs nothing.
WEIGHTS: Mapping[str, float] = {"place": 0.35, "date": 0.35, "actor": 0.15, "target": 0.15}
# A pair whose weighted score is below this is not merged, even when compatible.
THRESHOLD = 0.6
# The score factor when both reports carry an ACLED sub-type and they differ.
OTHER_SUBTYPE = 0.85


@dataclass(frozen=True, slots=True)
class Criterion:
    """How one criterion compared two reports: its score (0..1) and why."""

    name: str
    score: float
    reason: str
    # True when the criterion found agreement, not merely nothing against it ("unknown").
    agrees: bool

    def to_dict(self) -> dict[str, Any]:
        return {
            "criterion": self.name,
            "score": round(self.score, 3),
            "reason": self.reason,
            "agrees": self.agrees,
        }


@dataclass(frozen=True, slots=True)
class Match:
    """Why two reports are (or are not) the same event."""

    criteria: tuple[Criterion, ...]
    # Why they cannot be the same event; None when they can.
    veto: str | None = None

    @property
    def score(self) -> float:
        if self.veto is not None:
            return 0.0
        total = sum(WEIGHTS.get(c.name, 0.0) * c.score for c in self.criteria)
        if any(c.name == "acled" and not c.agrees for c in self.criteria):
            total *= OTHER_SUBTYPE
        return total

    @property
    def merges(self) -> bool:
        if self.veto is not None or self.score < THRESHOLD:
            return False
        agreed = {c.name for c in self.criteria if c.agrees}
        return "date" in agreed and bool(agreed & {"place", "actor", "target"})


def _km(a: PlaceRef, b: PlaceRef) -> float | None:
    if a.lat is None or a.lon is None or b.lat is None or b.lon is None:
        return None
    lat1, lon1, lat2, lon2 = map(math.radians, (a.lat, a.lon, b.lat, b.lon))
    h = (
        math.sin((lat2 - lat1) / 2) ** 2
        + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    )
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


def compare_places(a: PlaceRef | None, b: PlaceRef | None) -> Criterion | str:
    """A criterion, or the reason the places cannot be the same (a veto)."""
    if a is None or b is None:
        return Criterion("place", 0.3, "place unknown in one report", agrees=False)
    if a.gazetteer_id and a.gazetteer_id == b.gazetteer_id:
        return Criterion("place", 1.0, f"same place ({a.name})", agrees=True)
    if a.country and b.country and a.country != b.country:
        return f"places in different countries ({a.name}, {b.name})"
    for wide, narrow in ((a, b), (b, a)):
        if (
            wide.level is PlaceLevel.COUNTRY
            and narrow.level is not PlaceLevel.COUNTRY
            and wide.country
            and wide.country == narrow.country
        ):
            return Criterion("place", 0.6, f"{narrow.name} lies in {wide.name}", agrees=True)
    if (
        a.level is PlaceLevel.COUNTRY
        and b.level is PlaceLevel.COUNTRY
        and a.country
        and a.country == b.country
    ):
        return Criterion("place", 0.6, f"same country ({a.name})", agrees=True)
    km = _km(a, b)
    if km is not None:
        limit = max(DISTANCE_KM.get(a.level, 50.0), DISTANCE_KM.get(b.level, 50.0))
        if km <= limit:
            return Criterion(
                "place",
                1.0 - 0.5 * km / limit,
                f"{a.name} and {b.name} {km:.0f} km apart (within {limit:.0f} km)",
                agrees=True,
            )
        return f"{a.name} and {b.name} are {km:.0f} km apart (more than {limit:.0f} km)"
    if a.name.casefold() == b.name.casefold():
        return Criterion("place", 0.9, f"same place name ({a.name})", agrees=True)
    return f"different places without coordinates ({a.name}, {b.name})"


def compare_dates(a: EventReport, b: EventReport) -> Criterion | str:
    (a0, a1), (b0, b1) = a.window(), b.window()
    if a0 is None or a1 is None or b0 is None or b1 is None:
        return Criterion("date", 0.3, "no date and no publication date", agrees=False)
    if not (a.dated and b.dated):
        if a0 <= b1 and b0 <= a1:
            return Criterion("date", 0.5, "undated report published soon after", agrees=True)
        return "undated report published long after the dated one"
    if a0 == a1 == b0 == b1:
        return Criterion("date", 1.0, f"same day ({a.date})", agrees=True)
    if a0 <= b1 and b0 <= a1:
        narrow = min((a1 - a0).days, (b1 - b0).days) + 1
        score = 0.8 if narrow <= 7 else 0.6
        return Criterion("date", score, f"dates overlap ({a.date}, {b.date})", agrees=True)
    gap = max((b0 - a1).days, (a0 - b1).days)
    if gap <= 1 and a0 == a1 and b0 == b1:
        return Criterion("date", 0.7, f"adjacent days ({a.date}, {b.date})", agrees=True)
    return f"dates apart ({a.date}, {b.date})"


def compare_actors(name: str, a: ActorRef | None, b: ActorRef | None) -> Criterion | str:
    if a is None or b is None:
        return Criterion(name, 0.5, f"{name} unknown in one report", agrees=False)
    if a.name.casefold() == b.name.casefold():
        return Criterion(name, 1.0, f"same {name} ({a.name})", agrees=True)
    if a.country and a.country == b.country:
        return Criterion(
            name, 0.8, f"{name}s of the same country ({a.name}, {b.name})", agrees=True
        )
    return f"different {name}s ({a.name}, {b.name})"


def compare(a: EventReport, b: EventReport) -> Match:
    """Every criterion for two reports, and a veto when they cannot be one event."""
    if a.article == b.article:
        return Match((), veto="two reports of the same article")
    if a.type != b.type:
        return Match((), veto=f"different types ({a.type}, {b.type})")
    criteria = [Criterion("type", 1.0, f"same type ({a.type})", agrees=True)]
    if a.acled and b.acled:
        same = a.acled == b.acled
        reason = f"same ACLED sub-type ({a.acled})" if same else f"ACLED {a.acled} / {b.acled}"
        criteria.append(Criterion("acled", 1.0 if same else 0.0, reason, agrees=same))
    for result in (
        compare_places(a.place, b.place),
        compare_dates(a, b),
        compare_actors("actor", a.actor, b.actor),
        compare_actors("target", a.target, b.target),
    ):
        if isinstance(result, str):
            return Match(tuple(criteria), veto=result)
        criteria.append(result)
    return Match(tuple(criteria))


@dataclass(frozen=True, slots=True, kw_only=True)
class Member:
    """A report in a merged event, with why it was merged with the others."""

    report: EventReport
    score: float = 1.0
    # The criteria against the member it matched best (none for the first member).
    reasons: tuple[Criterion, ...] = ()
    matched: ReportKey | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "article": self.report.article,
            "record_id": self.report.record_id,
            "score": round(self.score, 3),
            "matched": list(self.matched) if self.matched else None,
            "reasons": [c.to_dict() for c in self.reasons],
        }


@dataclass(slots=True, kw_only=True)
class MergedEvent:
    """Reports of one event from several articles; the first member names it."""

    id: str
    members: list[Member] = field(default_factory=list)

    @property
    def keys(self) -> list[ReportKey]:
        return [m.report.key for m in self.members]

    @property
    def articles(self) -> set[str]:
        return {m.report.article for m in self.members}

    @property
    def score(self) -> float:
        """The weakest link: the lowest score with which a member joined."""
        scores = [m.score for m in self.members[1:]]
        return min(scores) if scores else 1.0


def merged_id(key: ReportKey) -> str:
    """A stable id for the merged event its first report founds: a split or a re-run that keeps
    that report first keeps the id users have seen."""
    digest = hashlib.sha1(f"{key[0]}:{key[1]}".encode()).hexdigest()
    return f"m{digest[:10]}"


# Candidates are looked up by type and by the weeks a report's dates may fall in, so a report
# is compared with the events of its days, not with the whole corpus. A report whose dates span
# more than this many weeks (a month, a year, no date at all) is compared with every event of
# its type.
_WIDE_WEEKS = 6


def _weeks(report: EventReport) -> range | None:
    start, end = report.window()
    if start is None or end is None:
        return None
    first, last = (start.toordinal() - 1) // 7, (end.toordinal() + 1) // 7
    if last - first > _WIDE_WEEKS:
        return None
    return range(first, last + 1)


@dataclass(slots=True)
class Merger:
    """Places reports into merged events one at a time, so new articles join what exists.

    ``apart`` holds pairs of reports a user has split: they are never merged again.
    """

    events: list[MergedEvent] = field(default_factory=list)
    apart: set[frozenset[ReportKey]] = field(default_factory=set)
    _by_week: dict[tuple[str, int], list[MergedEvent]] = field(default_factory=dict)
    _wide: dict[str, list[MergedEvent]] = field(default_factory=dict)
    _by_type: dict[str, list[MergedEvent]] = field(default_factory=dict)
    _placed: set[ReportKey] = field(default_factory=set)

    def __post_init__(self) -> None:
        for event in self.events:
            self._by_type.setdefault(event.members[0].report.type, []).append(event)
            for member in event.members:
                self._index(event, member.report)

    def _index(self, event: MergedEvent, report: EventReport) -> None:
        self._placed.add(report.key)
        weeks = _weeks(report)
        if weeks is None:
            self._wide.setdefault(report.type, []).append(event)
            return
        for week in weeks:
            self._by_week.setdefault((report.type, week), []).append(event)

    def _candidates(self, report: EventReport) -> list[MergedEvent]:
        weeks = _weeks(report)
        if weeks is None:
            return self._by_type.get(report.type, [])
        found: dict[int, MergedEvent] = {}
        for week in weeks:
            for event in self._by_week.get((report.type, week), ()):
                found[id(event)] = event
        for event in self._wide.get(report.type, ()):
            found[id(event)] = event
        return list(found.values())

    def placed(self, key: ReportKey) -> bool:
        return key in self._placed

    def add(self, report: EventReport) -> MergedEvent:
        """Put one report into the merged event it best matches, or into a new one."""
        best: tuple[float, MergedEvent, Member] | None = None
        for event in self._candidates(report):
            member = self._joins(report, event)
            if member is not None and (best is None or member.score > best[0]):
                best = (member.score, event, member)
        if best is not None:
            _, event, member = best
            event.members.append(member)
            self._index(event, report)
            return event
        event = MergedEvent(id=merged_id(report.key), members=[Member(report=report)])
        self.events.append(event)
        self._by_type.setdefault(report.type, []).append(event)
        self._index(event, report)
        return event

    def _joins(self, report: EventReport, event: MergedEvent) -> Member | None:
        matches: list[tuple[Match, EventReport]] = []
        for member in event.members:
            other = member.report
            if frozenset((report.key, other.key)) in self.apart:
                return None
            match = compare(report, other)
            if not match.merges:
                return None
            matches.append((match, other))
        best_match, best_other = max(matches, key=lambda m: m[0].score)
        mean = sum(m.score for m, _ in matches) / len(matches)
        return Member(
            report=report, score=mean, reasons=best_match.criteria, matched=best_other.key
        )


def merge(
    reports: Iterable[EventReport],
    *,
    existing: Sequence[MergedEvent] = (),
    apart: Iterable[frozenset[ReportKey]] = (),
) -> list[MergedEvent]:
    """Merge ``reports`` into ``existing`` merged events (or into new ones), earliest published
    first; a report already placed is left where it is."""
    merger = Merger(list(existing), set(apart))
    ordered = sorted(
        reports, key=lambda r: (r.published or dt.date.max, r.article, _natural(r.record_id))
    )
    for report in ordered:
        if not merger.placed(report.key):
            merger.add(report)
    return merger.events


def _natural(record_id: str) -> tuple[str, int]:
    digits = "".join(ch for ch in record_id if ch.isdigit())
    return record_id.rstrip("0123456789"), int(digits) if digits else 0
