"""The article's context for resolving one name: the countries and units in focus, the places
already resolved, and which readings of the article's names lie together; and the score each
reading of a name gets in that context."""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, field

from sitrep.geo.countries import country_by_iso2
from sitrep.geo.lookup import distance_km
from sitrep.geo.mention import Cue
from sitrep.geo.names import name_key
from sitrep.geo.sources import Entry, Kind

__all__ = [
    "BROAD",
    "COUNTRY_NAME",
    "KIND_PRIOR",
    "ONLY_ENTRY",
    "WORLD_FEATURE",
    "Context",
    "contains",
    "covering_unit",
    "neighbours",
    "rebuild_context",
]

KIND_PRIOR: dict[Kind, float] = {
    Kind.COUNTRY: 6.0,
    Kind.REGION: 4.0,
    Kind.ADMIN1: 3.0,
    Kind.CAPITAL: 3.0,
    Kind.ADMIN2: 1.0,
    Kind.CITY: 0.0,
}
BROAD = frozenset({Kind.COUNTRY, Kind.REGION, Kind.ADMIN1, Kind.ADMIN2})
# Why a name was resolved before any scoring: the readings that context does not revisit.
COUNTRY_NAME = "the name of a country"
ONLY_ENTRY = "the only entry of that name"
WORLD_FEATURE = "a sea, ocean or world region of that name"


def contains(outer: Entry, inner: Entry) -> bool:
    if outer.country is None or outer.country != inner.country:
        return False
    if outer.kind is Kind.COUNTRY:
        return True
    if outer.kind is Kind.ADMIN1:
        return outer.admin1 is not None and outer.admin1 == inner.admin1
    if outer.kind is Kind.ADMIN2:
        return (
            inner.admin1 == outer.admin1
            and outer.lat is not None
            and inner.lat is not None
            and inner.lon is not None
            and outer.lon is not None
            and distance_km(outer.lat, outer.lon, inner.lat, inner.lon) < 80
        )
    if outer.kind is Kind.REGION and outer.lat is not None and outer.lon is not None:
        return (
            inner.lat is not None
            and inner.lon is not None
            and distance_km(outer.lat, outer.lon, inner.lat, inner.lon) < 120
        )
    return False


@dataclass(slots=True)
class Context:
    countries: Counter[str]
    admin1: Counter[tuple[str, str]]
    anchors: list[Entry]
    # The first-level unit holding a reading of more of the article's names than any other.
    covering: tuple[str, str] | None = None
    # How many other names of the article have a reading near each local entry (by gid).
    neighbours: dict[str, int] = field(default_factory=dict)
    # What each entry chosen for the article's other names adds to ``admin1`` (by gid): a place
    # is no evidence for itself ('Medina', Ohio, also called 'Mecca', for 'Mecca').
    unit_votes: Counter[str] = field(default_factory=Counter)

    def bordering(self, iso2: str) -> str | None:
        """A country in focus that borders ``iso2``, if any."""
        country = country_by_iso2(iso2)
        if country is None:
            return None
        return next((n for n in country.neighbours if self.countries[n]), None)

    def score(
        self, e: Entry, cue: str, containers: tuple[Entry, ...] = (), text: str = ""
    ) -> tuple[float, str]:
        s = KIND_PRIOR[e.kind] + 0.8 * math.log10(e.population + 1)
        if text and name_key(e.name) == name_key(text):
            s += 3.0  # named by its main name, not by one of its alternate names
        why = ""
        if e.kind is Kind.ADMIN1 and e.country != "US" and cue != Cue.REGION:
            s -= 2.0  # a bare name shared by a subdivision and its namesake town is the town
        elif e.kind is Kind.ADMIN1 and cue != Cue.LOCALITY:
            # A US state's name is the state ('Kansas'), whatever hamlet of the state next door
            # shares it; towns named after states say so ('Kansas, Ill.').
            s += 2.0
        if cue == Cue.REGION:
            s += 4.0 if e.kind in BROAD else -2.0
        elif cue == Cue.LOCALITY:
            s += 3.0 if e.kind in (Kind.CITY, Kind.CAPITAL) else -3.0
        total = sum(self.countries.values())
        if total and e.country:
            share = self.countries[e.country] / total
            s += 5.0 * share
            if share > 0:
                why = f"country {e.country} in focus"
            neighbour = self.bordering(e.country) if e.kind is Kind.COUNTRY else None
            if neighbour is not None:
                # 'Russia' and 'Georgia': the country next door, not the US state.
                s += 2.0
                why = why or f"borders {neighbour}, in focus"
        unit_votes = (
            self.admin1[(e.country, e.admin1)] - self.unit_votes[e.gid]
            if e.country and e.admin1
            else 0
        )
        if unit_votes > 0:
            # One other town of the unit is weak evidence (it may itself be a guess); the unit
            # named, or two of its towns, are strong.
            s += 3.0 if unit_votes >= 2 else 1.5
            why = f"region {e.admin1} ({e.country}) in focus"
        elif self.covering is not None and (e.country, e.admin1) == self.covering:
            s += 2.0
            why = f"region {e.admin1} ({e.country}) holds most of the article's places"
        if containers:
            outer = next((c for c in containers if contains(c, e)), None)
            if outer is not None:
                s += 10.0
                why = f"inside {outer.name}, named beside it"
            else:
                s -= 5.0
        close = self.neighbours.get(e.gid, 0)
        if close:
            # 'Athens' and 'Henderson County': the readings that lie together are the ones meant.
            s += 1.5 * min(close, 2)
            why = why or "near a reading of another name in the article"
        if e.lat is not None and e.lon is not None and e.kind not in (Kind.COUNTRY,):
            near = [
                distance_km(e.lat, e.lon, a.lat, a.lon)
                for a in self.anchors
                if a.lat is not None
                and a.lon is not None
                and a.gid != e.gid
                and a.kind not in (Kind.COUNTRY,)
            ]
            if near:
                d = min(near)
                if d < 60:
                    s += 3.0
                    why = why or f"{d:.0f} km from another place in the article"
                elif d < 250:
                    s += 1.5
                    why = why or f"{d:.0f} km from another place in the article"
        return s, why or "most prominent entry of that name"


_LOCAL = frozenset({Kind.CITY, Kind.CAPITAL, Kind.ADMIN2})
_CELL_DEG = 0.5  # about 55 km: readings in the same or a neighbouring cell lie together


def _cell(e: Entry) -> tuple[int, int] | None:
    if e.lat is None or e.lon is None:
        return None
    return math.floor(e.lat / _CELL_DEG), math.floor(e.lon / _CELL_DEG)


def neighbours(cands: dict[str, tuple[Entry, ...]]) -> dict[str, int]:
    """For each local reading of an ambiguous name: how many other names have a reading nearby.

    Places named together lie together (the spatial-minimality heuristic of toponym resolvers):
    of the many Athens and Henderson Counties, the Athens that is the seat of a Henderson County.
    Only towns and counties count; a unit's or country's point says nothing about nearness.
    """
    # A name that may be a country or a first-level unit is that, in a list of such names
    # ('Louisiana, New Mexico and Oregon'), whatever towns share the names: it takes no part.
    local = {
        key: options
        for key, options in cands.items()
        if not any(e.kind in (Kind.COUNTRY, Kind.ADMIN1, Kind.REGION) for e in options)
    }
    cells: dict[str, set[tuple[int, int]]] = {}
    for key, options in local.items():
        cells[key] = {c for e in options if e.kind in _LOCAL and (c := _cell(e)) is not None}
    out: dict[str, int] = {}
    for key, options in local.items():
        if len(options) < 2:
            continue
        others = [cs for k, cs in cells.items() if k != key and cs]
        for e in options:
            c = _cell(e) if e.kind in _LOCAL else None
            if c is None:
                continue
            around = {(c[0] + i, c[1] + j) for i in (-1, 0, 1) for j in (-1, 0, 1)}
            n = sum(1 for cs in others if not around.isdisjoint(cs))
            if n:
                out[e.gid] = n
    return out


def covering_unit(
    cands: dict[str, tuple[Entry, ...]], chosen: dict[str, tuple[Entry | None, str]]
) -> tuple[str, str] | None:
    """The first-level unit where more of the article's names have a reading than anywhere else.

    Local news seldom names its own state: "Paris", "Palestine" and "Anderson County" together
    are in Texas. A unit counts once per name; it must hold readings of at least two names and
    strictly more than any other unit.
    """
    cover: Counter[tuple[str, str]] = Counter()
    for key, options in cands.items():
        if chosen.get(key, (None, ""))[1] == COUNTRY_NAME:
            continue
        cover.update(
            {
                (e.country, e.admin1)
                for e in options
                if e.country and e.admin1 and e.kind is not Kind.COUNTRY
            }
        )
    top = cover.most_common(2)
    if not top or top[0][1] < 2 or (len(top) > 1 and top[1][1] == top[0][1]):
        return None
    return top[0][0]


def rebuild_context(
    chosen: dict[str, tuple[Entry | None, str]],
    extra: Counter[str] | None = None,
    *,
    covering: tuple[str, str] | None = None,
    neighbours: dict[str, int] | None = None,
    actors: frozenset[str] = frozenset(),
) -> Context:
    """The context of the readings ``chosen`` so far. A country or capital named only as an
    actor (keys in ``actors``: 'the United States said', 'Washington wants') is its government,
    no evidence of where the story happens."""
    ctx = Context(
        Counter(extra or ()), Counter(), [], covering=covering, neighbours=neighbours or {}
    )
    for key, (entry, _) in chosen.items():
        if entry is None or entry.country is None:
            continue
        if key in actors and entry.kind in (Kind.COUNTRY, Kind.CAPITAL):
            continue
        ctx.countries[entry.country] += 2 if entry.kind is Kind.COUNTRY else 1
        if entry.admin1 and entry.kind is not Kind.COUNTRY:
            votes = 2 if entry.kind is Kind.ADMIN1 else 1
            ctx.admin1[(entry.country, entry.admin1)] += votes
            ctx.unit_votes[entry.gid] += votes
        ctx.anchors.append(entry)
    return ctx
