"""Toponym resolution: which gazetteer entry each recognised name refers to, decided by context.

Mordecai's lesson, written down: population is only a prior. The article's own evidence comes first:

1. a name that is a country is that country (``country_by_name``), never a town of that name;
2. explicit containment decides ("Martuni, Nagorno-Karabakh"; "Long Beach, Calif.");
3. the countries and first-level units in focus (named in the article, or holding its
   unambiguous places) and the distance to the places already resolved;
4. the kind of entry (country, region, capital, town) and the words around the mention
   ("the X region" asks for a region);
5. then population.

Names the gazetteer lacks are tried against spelling variants of the names of the countries in
focus (rapidfuzz, with guards); a name that still fails keeps its mentions with null coordinates.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from sitrep.geo.countries import country_by_demonym, country_by_iso2, country_by_name
from sitrep.geo.gazetteer import Gazetteer, code_key
from sitrep.geo.names import name_key
from sitrep.geo.recognize import Cue, Mention
from sitrep.geo.sources import Entry, Kind

__all__ = ["Resolved", "candidates", "resolve_mentions"]


@dataclass(frozen=True, slots=True)
class Resolved:
    """One referent: the mentions that name it and the entry chosen (None: unresolved)."""

    mentions: tuple[Mention, ...]
    entry: Entry | None
    why: str


_KIND_PRIOR: dict[Kind, float] = {
    Kind.COUNTRY: 6.0,
    Kind.REGION: 4.0,
    Kind.ADMIN1: 3.0,
    Kind.CAPITAL: 3.0,
    Kind.ADMIN2: 1.0,
    Kind.CITY: 0.0,
}
_BROAD = frozenset({Kind.COUNTRY, Kind.REGION, Kind.ADMIN1, Kind.ADMIN2})


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine, mean Earth radius)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(a)))


# US states' two-letter abbreviations as news writes them with dots (AP style: "Charleston, S.C.",
# "D-N.Y."). Other dotted pairs are not state codes ("L.A." is Los Angeles, not Louisiana).
_DOTTED_STATE_CODES = frozenset(
    ["D.C.", "N.C.", "N.D.", "N.H.", "N.J.", "N.M.", "N.Y.", "R.I.", "S.C.", "S.D."]
)


_TOWN_WORDS = re.compile(r"^(?:town|city|village|borough) of\s+|\s+(?:township|twp\.?)$", re.I)


def candidates(gaz: Gazetteer, text: str) -> tuple[Entry, ...]:
    """The gazetteer entries a name may denote, codes included ('CA', 'NSW', 'S.C.')."""
    letters = text.replace(".", "")
    if letters.isupper() and len(letters) <= 3:
        found = gaz.lookup(text, key=code_key(text))
        if not found and text.replace(" ", "") in _DOTTED_STATE_CODES:
            found = tuple(e for e in gaz.lookup("", key=code_key(letters)) if e.country == "US")
        if found:
            return found
    found = gaz.lookup(text)
    if not found and text.isupper():
        found = gaz.lookup(text.title())
    if not found:
        # 'Readington Township', 'West Chester Twp.', 'Town of Groton': the town it is named for.
        bare = _TOWN_WORDS.sub("", text).strip()
        if bare and bare != text:
            found = tuple(e for e in gaz.lookup(bare) if e.kind in (Kind.CITY, Kind.ADMIN2))
    return found


def _candidates(gaz: Gazetteer, m: Mention) -> tuple[Entry, ...]:
    return candidates(gaz, m.text)


def _country_entry(iso2: str, gaz: Gazetteer) -> Entry | None:
    country = country_by_iso2(iso2)
    if country is None:
        return None
    for e in gaz.lookup(country.name):
        if e.kind is Kind.COUNTRY and e.country == iso2:
            return e
    return None


def _contains(outer: Entry, inner: Entry) -> bool:
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
class _Context:
    countries: Counter[str]
    admin1: Counter[tuple[str, str]]
    anchors: list[Entry]
    # The first-level unit holding a reading of more of the article's names than any other.
    covering: tuple[str, str] | None = None
    # How many other names of the article have a reading near each local entry (by gid).
    neighbours: dict[str, int] = field(default_factory=dict)

    def bordering(self, iso2: str) -> str | None:
        """A country in focus that borders ``iso2``, if any."""
        country = country_by_iso2(iso2)
        if country is None:
            return None
        return next((n for n in country.neighbours if self.countries[n]), None)

    def score(
        self, e: Entry, cue: str, container: Entry | None, text: str = ""
    ) -> tuple[float, str]:
        s = _KIND_PRIOR[e.kind] + 0.8 * math.log10(e.population + 1)
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
            s += 4.0 if e.kind in _BROAD else -2.0
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
        if e.country and e.admin1 and self.admin1[(e.country, e.admin1)]:
            # One other town of the unit is weak evidence (it may itself be a guess); the unit
            # named, or two of its towns, are strong.
            s += 3.0 if self.admin1[(e.country, e.admin1)] >= 2 else 1.5
            why = f"region {e.admin1} ({e.country}) in focus"
        elif self.covering is not None and (e.country, e.admin1) == self.covering:
            s += 2.0
            why = f"region {e.admin1} ({e.country}) holds most of the article's places"
        if container is not None:
            if _contains(container, e):
                s += 10.0
                why = f"inside {container.name}, named beside it"
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


def _fuzzy(gaz: Gazetteer, text: str, countries: list[str]) -> tuple[Entry, str] | None:
    """A spelling variant ('Aghjabedi' for 'Aghjabadi') among the places of the focus countries."""
    from rapidfuzz import fuzz, process

    from sitrep.geo.lexicon import english_word

    key = name_key(text)
    if len(key) < 5:
        return None  # short names have too many near neighbours to guess from
    if english_word(key):
        return None  # an English word is not a misspelt foreign name ('Artillery', 'Artillerie')
    best: tuple[float, str] | None = None
    for cc in countries:
        keys = gaz.keys_like(cc, key)
        hit = process.extractOne(key, keys, scorer=fuzz.ratio, score_cutoff=88)
        if hit is None:
            continue
        other = str(hit[0])
        # Guards: same first letter, similar length (surnames one suffix away from a town,
        # 'Pawlenty' and 'Pawlet', are not variants).
        if other[0] != key[0] or abs(len(other) - len(key)) > 1:
            continue
        if best is None or hit[1] > best[0]:
            best = (float(hit[1]), other)
    if best is None:
        return None
    entries = [e for e in gaz.lookup("", key=best[1]) if e.country in countries]
    if not entries:
        return None
    entry = max(entries, key=lambda e: (_KIND_PRIOR[e.kind], e.population))
    return entry, f"spelling variant of {entry.name} (similarity {best[0]:.0f})"


def resolve_mentions(
    mentions: list[Mention], gaz: Gazetteer, *, peoples: Counter[str] | None = None
) -> list[Resolved]:
    """Group the mentions by name and resolve each group in the article's context.

    ``peoples`` counts the countries whose demonyms the article uses ('Georgian troops'): not
    places, but evidence of the countries in focus.
    """
    extra: Counter[str] = peoples if peoples is not None else Counter()
    groups: dict[str, list[Mention]] = defaultdict(list)
    for m in mentions:
        groups[name_key(m.text) or m.text].append(m)
    by_span = {(m.start, m.end): m for m in mentions}

    cands: dict[str, tuple[Entry, ...]] = {}
    chosen: dict[str, tuple[Entry | None, str]] = {}
    context = _Context(Counter(extra), Counter(), [])

    # Pass 1: countries, and names with a single reading, set the focus.
    for key, ms in groups.items():
        # A demonym is only a mention when it was given as one (gold toponyms): its country.
        country = country_by_name(ms[0].text) or country_by_demonym(ms[0].text)
        same_named_unit = country is not None and any(
            e.kind is Kind.ADMIN1 and e.country != country.iso2 for e in gaz.lookup(ms[0].text)
        )
        if country is not None and same_named_unit:
            # "Georgia": the country or a US state; the article's focus decides.
            entry = _country_entry(country.iso2, gaz)
            cands[key] = tuple(e for e in gaz.lookup(ms[0].text) if e.kind is Kind.ADMIN1)
            cands[key] += (entry,) if entry is not None else ()
            continue
        if country is not None and any(m.cue == Cue.RESIDENT for m in ms):
            towns = tuple(e for e in _candidates(gaz, ms[0]) if e.kind is not Kind.COUNTRY)
            if towns:
                cands[key] = towns  # "a Palestine man": a town of that name, not the country
                continue
        if country is not None and ms[0].cue != Cue.LOCALITY:
            entry = _country_entry(country.iso2, gaz)
            if entry is not None:
                chosen[key] = (entry, "the name of a country")
                context.countries[country.iso2] += len(ms)
                continue
        cands[key] = _candidates(gaz, ms[0])
        if len(cands[key]) == 1:
            e = cands[key][0]
            chosen[key] = (e, "the only entry of that name")
    for entry, _ in chosen.values():
        if entry is None:
            continue
        if entry.kind is not Kind.COUNTRY and entry.country:
            context.countries[entry.country] += 1
        if entry.kind is Kind.ADMIN1 and entry.country and entry.admin1:
            context.admin1[(entry.country, entry.admin1)] += 2
        context.anchors.append(entry)

    neighbours = _neighbours(cands)
    context.neighbours = neighbours
    covering = _covering_unit(cands, chosen)
    if covering is not None and not context.countries[covering[0]]:
        covering = None  # "Paris and Athens" in world news: no evidence of the country at all
    context.covering = covering

    # Passes 2 and 3: the ambiguous names, scored in context; the second pass sees the first's.
    for _ in range(2):
        decided: dict[str, tuple[Entry | None, str]] = {}
        for key, ms in groups.items():
            if key in chosen and chosen[key][1] in (
                "the name of a country",
                "the only entry of that name",
            ):
                continue
            options = cands.get(key, ())
            if not options:
                continue
            container = _container_entry(ms, by_span, chosen)
            cue = next((m.cue for m in ms if m.cue), Cue.NONE)
            # The evidence is the rest of the article: a name's own earlier reading must not
            # vote for itself (else a first guess by population entrenches its country).
            own = {k: v for k, v in chosen.items() if k != key}
            ctx = _rebuild_context(own, extra) if key in chosen else context
            ctx.covering = covering
            ctx.neighbours = neighbours
            scored = [(ctx.score(e, cue, container, ms[0].text), e) for e in options]
            (_, why), best = max(scored, key=lambda t: t[0][0])
            decided[key] = (best, why)
        chosen.update(decided)
        context = _rebuild_context(chosen, extra)
        context.covering = covering
        context.neighbours = neighbours

    _local_namesakes(groups, chosen, gaz, extra, covering)

    # Names the gazetteer lacks: spelling variants within the countries in focus.
    focus = [cc for cc, _ in context.countries.most_common(3)]
    for key, ms in groups.items():
        if key in chosen or cands.get(key) or not focus:
            continue
        hit = _fuzzy(gaz, ms[0].text, focus)
        if hit is not None:
            chosen[key] = hit

    out: list[Resolved] = []
    for key, ms in groups.items():
        entry, why = chosen.get(key, (None, "not in the gazetteer"))
        out.append(Resolved(mentions=tuple(ms), entry=entry, why=why))
    return out


def _local_namesakes(
    groups: dict[str, list[Mention]],
    chosen: dict[str, tuple[Entry | None, str]],
    gaz: Gazetteer,
    extra: Counter[str],
    covering: tuple[str, str] | None,
) -> None:
    """A country's name that is also a town of the unit the article is about ('Lebanon', with
    'Boone County' and 'Zionsville') is that town, when nothing else in the article speaks of the
    country: no place in it, none of its people, no neighbour of it."""
    for key, (entry, why) in list(chosen.items()):
        if entry is None or entry.kind is not Kind.COUNTRY or why != "the name of a country":
            continue
        own = {k: v for k, v in chosen.items() if k != key}
        ctx = _rebuild_context(own, extra)
        cc = entry.country or ""
        if ctx.countries[cc] or ctx.bordering(cc):
            continue
        foreign = {
            e.country for e, w in own.values() if e is not None and w == "the name of a country"
        }
        # The units the article's sure readings lie in: a state it names, a town with no
        # namesake, a town placed by the unit named beside it.
        units = {
            (e.country, e.admin1)
            for k, (e, w) in own.items()
            if e is not None
            and e.country
            and e.admin1
            and e.kind is not Kind.COUNTRY
            and (e.kind is Kind.ADMIN1 or w == "the only entry of that name" or "inside" in w)
        }
        if covering is not None:
            units.add(covering)
        text = name_key(groups[key][0].text)
        towns = [
            e
            for e in _candidates(gaz, groups[key][0])
            if e.kind in (Kind.CITY, Kind.ADMIN2)
            and name_key(e.name) == text
            and e.country
            and e.admin1
            and (e.country, e.admin1) in units
            and not foreign - {e.country}  # world news names other countries
        ]
        if towns:
            town = max(towns, key=lambda e: e.population)
            chosen[key] = (
                town,
                f"a town of the unit in focus ({town.admin1}, {town.country}); "
                "nothing else in the article speaks of the country",
            )


_LOCAL = frozenset({Kind.CITY, Kind.CAPITAL, Kind.ADMIN2})
_CELL_DEG = 0.5  # about 55 km: readings in the same or a neighbouring cell lie together


def _cell(e: Entry) -> tuple[int, int] | None:
    if e.lat is None or e.lon is None:
        return None
    return math.floor(e.lat / _CELL_DEG), math.floor(e.lon / _CELL_DEG)


def _neighbours(cands: dict[str, tuple[Entry, ...]]) -> dict[str, int]:
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


def _covering_unit(
    cands: dict[str, tuple[Entry, ...]], chosen: dict[str, tuple[Entry | None, str]]
) -> tuple[str, str] | None:
    """The first-level unit where more of the article's names have a reading than anywhere else.

    Local news seldom names its own state: "Paris", "Palestine" and "Anderson County" together
    are in Texas. A unit counts once per name; it must hold readings of at least two names and
    strictly more than any other unit.
    """
    cover: Counter[tuple[str, str]] = Counter()
    for key, options in cands.items():
        if chosen.get(key, (None, ""))[1] == "the name of a country":
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


def _container_entry(
    ms: list[Mention],
    by_span: dict[tuple[int, int], Mention],
    chosen: dict[str, tuple[Entry | None, str]],
) -> Entry | None:
    for m in ms:
        if m.container is None:
            continue
        outer = by_span.get(m.container)
        if outer is None:
            continue
        entry = chosen.get(name_key(outer.text), (None, ""))[0]
        if entry is not None and entry.kind in _BROAD:
            return entry
    return None


def _rebuild_context(
    chosen: dict[str, tuple[Entry | None, str]], extra: Counter[str] | None = None
) -> _Context:
    ctx = _Context(Counter(extra or ()), Counter(), [])
    for entry, _ in chosen.values():
        if entry is None or entry.country is None:
            continue
        ctx.countries[entry.country] += 2 if entry.kind is Kind.COUNTRY else 1
        if entry.admin1 and entry.kind is not Kind.COUNTRY:
            ctx.admin1[(entry.country, entry.admin1)] += 2 if entry.kind is Kind.ADMIN1 else 1
        ctx.anchors.append(entry)
    return ctx
