"""Casualty figures across sources: disagreements between sources, revisions by one source.

Two sources disagree when their figures for the same side, group and day cannot both be true
("at least 5" and "7" can; "5" and "7" cannot). One source changing its figure over time is a
revision, not a contradiction: tolls rise as bodies are counted.
"""

from __future__ import annotations

import itertools
import math
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from sitrep.records import Qualifier
from sitrep.store.queries import UNKNOWN_SIDE, Figure, Series

# How far "about N" and "nearly N" may stray from N and still agree with a figure.
_ROUGHLY = 0.1


def interval(count: dict[str, Any] | None) -> tuple[float, float] | None:
    """The values a reported count allows: 'at least 5' is [5, inf), 'about 100' is [90, 110]."""
    if not count or count.get("value") is None:
        return None
    value = float(count["value"])
    if count.get("high") is not None:
        return value, float(count["high"])
    qualifier = Qualifier(count.get("qualifier", "exact"))
    if qualifier in (Qualifier.AT_LEAST, Qualifier.MORE_THAN):
        return value, math.inf
    if qualifier is Qualifier.AT_MOST:
        return 0.0, value
    if qualifier is Qualifier.NEARLY:
        return value * (1 - _ROUGHLY), value
    if qualifier is Qualifier.ABOUT:
        return value * (1 - _ROUGHLY), value * (1 + _ROUGHLY)
    return value, value


def compatible(a: dict[str, Any] | None, b: dict[str, Any] | None) -> bool:
    ia, ib = interval(a), interval(b)
    if ia is None or ib is None:
        return True
    return ia[0] <= ib[1] and ib[0] <= ia[1]


@dataclass(frozen=True, slots=True, kw_only=True)
class Dispute:
    """Sources whose killed figures for one side, group and day cannot all be true."""

    side: str
    group: str
    day: str | None
    figures: tuple[Figure, ...]

    def to_dict(self) -> dict[str, Any]:
        return {
            "side": self.side,
            "group": self.group,
            "day": self.day,
            "figures": [f.to_dict() for f in self.figures],
        }


@dataclass(frozen=True, slots=True, kw_only=True)
class Revision:
    """One source's figure for one side and group, changed between two days."""

    side: str
    group: str
    reporter: str
    before: Figure
    after: Figure

    def to_dict(self) -> dict[str, Any]:
        return {
            "side": self.side,
            "group": self.group,
            "reporter": self.reporter,
            "before": self.before.to_dict(),
            "after": self.after.to_dict(),
        }


def disputes(series: Series) -> list[Dispute]:
    # Figures for an unknown side may count different people: nothing to compare them with.
    if series.side == UNKNOWN_SIDE:
        return []
    by_day: dict[str | None, list[Figure]] = defaultdict(list)
    for f in series.figures:
        if f.killed is not None:
            by_day[f.day].append(f)
    found = []
    for day, figures in sorted(by_day.items(), key=lambda kv: kv[0] or ""):
        clashing: dict[int, Figure] = {}
        for a, b in itertools.combinations(figures, 2):
            if a.reporter != b.reporter and not compatible(a.killed_count, b.killed_count):
                clashing[id(a)], clashing[id(b)] = a, b
        if clashing:
            found.append(
                Dispute(
                    side=series.side,
                    group=series.group,
                    day=day,
                    figures=tuple(sorted(clashing.values(), key=lambda f: f.reporter)),
                )
            )
    return found


def revisions(series: Series) -> list[Revision]:
    by_reporter: dict[str, list[Figure]] = defaultdict(list)
    for f in series.figures:
        if f.killed is not None and f.day is not None:
            by_reporter[f.reporter].append(f)
    found = []
    for reporter, figures in sorted(by_reporter.items()):
        ordered = sorted(figures, key=lambda f: f.day or "")
        for before, after in itertools.pairwise(ordered):
            if before.day != after.day and before.killed != after.killed:
                found.append(
                    Revision(
                        side=series.side,
                        group=series.group,
                        reporter=reporter,
                        before=before,
                        after=after,
                    )
                )
    return found
