"""Toponym resolution: which gazetteer entry each recognised name refers to, decided by context.

Mordecai's lesson, written down: population is only a prior. The article's own evidence comes first:

1. a name that is a country is that country (``country_by_name``), never a town of that name;
   a name of our table of seas and world regions is that feature ('the Middle East');
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

from collections import Counter, defaultdict
from dataclasses import dataclass

from sitrep.geo.context import (
    BROAD,
    COUNTRY_NAME,
    ONLY_ENTRY,
    WORLD_FEATURE,
    Context,
    contains,
    covering_unit,
    rebuild_context,
)
from sitrep.geo.context import neighbours as readings_together
from sitrep.geo.countries import country_by_demonym, country_by_iso2, country_by_name
from sitrep.geo.features import is_world_feature
from sitrep.geo.gazetteer import Gazetteer
from sitrep.geo.lookup import candidates, distance_km, spelling_variant
from sitrep.geo.mention import Cue, Mention
from sitrep.geo.names import name_key
from sitrep.geo.sources import Entry, Kind

__all__ = ["Resolved", "candidates", "distance_km", "resolve_mentions"]


@dataclass(frozen=True, slots=True)
class Resolved:
    """One referent: the mentions that name it and the entry chosen (None: unresolved)."""

    mentions: tuple[Mention, ...]
    entry: Entry | None
    why: str


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


# Names two countries go by: the one the article's other places lie in (or whose own full name
# it uses) is meant; with no evidence, the name's usual country (``country_by_name``).
SHARED_NAMES: dict[str, tuple[str, ...]] = {"congo": ("CG", "CD"), "the congo": ("CG", "CD")}


def _shared_country(
    chosen: dict[str, tuple[Entry | None, str]],
    key: str,
    name: str,
    gaz: Gazetteer,
    context: Context,
) -> tuple[Entry | None, str]:
    """ "Congo" in a story from Goma is the DR Congo: the reading whose country the article's
    other places (and the demonyms it uses) lie in most."""
    default = chosen[key]
    codes = SHARED_NAMES[name.casefold()]
    evidence = Counter({code: context.countries[code] for code in codes})
    for other, (entry, _) in chosen.items():
        if other != key and entry is not None and entry.country in codes:
            evidence[entry.country] += 1
    best = max(codes, key=lambda code: evidence[code])
    current = default[0].country if default[0] is not None else None
    if evidence[best] > evidence[current or ""]:
        entry = _country_entry(best, gaz)
        if entry is not None:
            return entry, COUNTRY_NAME
    return default


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
    shared: dict[str, int] = {}
    context = Context(Counter(extra), Counter(), [])
    # Countries named only as actors ('the United States said'): no evidence of the focus.
    actors = frozenset(k for k, ms in groups.items() if all(m.actor for m in ms))

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
                chosen[key] = (entry, COUNTRY_NAME)
                if ms[0].text.casefold() in SHARED_NAMES:
                    shared[key] = len(ms)  # counted once the article's other places are known
                else:
                    context.countries[country.iso2] += sum(not m.actor for m in ms)
                continue
        cands[key] = _candidates(gaz, ms[0])
        feature = next((e for e in cands[key] if is_world_feature(e)), None)
        if feature is not None and not any(m.cue == Cue.LOCALITY for m in ms):
            # 'the Mediterranean', 'West Africa': the sea or the region, not a namesake hamlet.
            chosen[key] = (feature, WORLD_FEATURE)
            continue
        if len(cands[key]) == 1:
            e = cands[key][0]
            chosen[key] = (e, ONLY_ENTRY)
    for key, count in shared.items():
        chosen[key] = _shared_country(chosen, key, groups[key][0].text, gaz, context)
        entry = chosen[key][0]
        if entry is not None and entry.country:
            context.countries[entry.country] += count
    for entry, _ in chosen.values():
        if entry is None:
            continue
        if entry.kind is not Kind.COUNTRY and entry.country:
            context.countries[entry.country] += 1
        if entry.kind is Kind.ADMIN1 and entry.country and entry.admin1:
            context.admin1[(entry.country, entry.admin1)] += 2
        context.anchors.append(entry)

    near = readings_together(cands)
    context.neighbours = near
    inner = _inner_readings(groups, cands)
    covering = covering_unit(cands, chosen)
    if covering is not None and not context.countries[covering[0]]:
        covering = None  # "Paris and Athens" in world news: no evidence of the country at all
    context.covering = covering

    # Passes 2 and 3: the ambiguous names, scored in context; the second pass sees the first's.
    for _ in range(2):
        decided: dict[str, tuple[Entry | None, str]] = {}
        for key, ms in groups.items():
            if key in chosen and chosen[key][1] in (COUNTRY_NAME, ONLY_ENTRY, WORLD_FEATURE):
                continue
            options = cands.get(key, ())
            if not options:
                continue
            capitals = [e for e in options if e.kind is Kind.CAPITAL]
            speaks = any(m.actor for m in ms) and all(m.actor or m.text.isupper() for m in ms)
            if speaks and len(capitals) == 1:
                # 'Islamabad has denied any role': a name that speaks (and else only heads a
                # dateline) is the government seated there, whatever namesake town the
                # article's region holds
                decided[key] = (capitals[0], "a capital that speaks for its government")
                continue
            containers = _containers(ms, by_span, chosen)
            cue = next((m.cue for m in ms if m.cue), Cue.NONE)
            # The evidence is the rest of the article: a name's own earlier reading must not
            # vote for itself (else a first guess by population entrenches its country).
            own = {k: v for k, v in chosen.items() if k != key}
            ctx = (
                rebuild_context(own, extra, covering=covering, neighbours=near, actors=actors)
                if key in chosen
                else context
            )
            text = "" if _exonym(options, ms[0].text) else ms[0].text
            scored = [(ctx.score(e, cue, containers, text), e) for e in options]
            scored = [_holding(score, e, inner.get(key, ())) for score, e in scored]
            (_, why), best = max(scored, key=lambda t: t[0][0])
            # Other first-level units of the same country named in the article ('Utah,
            # Washington and Wisconsin'): a list of units, where a name is the unit.
            units = {
                u
                for k, (e, _) in chosen.items()
                if k != key and e is not None and e.kind is Kind.ADMIN1
                for u in [(e.country, e.admin1)]
                if u[0] == best.country
            }
            seat = _seat(best, options, listed=len(units) >= 3) if cue != Cue.REGION else None
            if seat is not None:
                best, why = seat, f"{why}; the town {best.name} that the unit is named after"
            decided[key] = (best, why)
        chosen.update(decided)
        context = rebuild_context(chosen, extra, covering=covering, neighbours=near, actors=actors)
    for key in shared:
        # again, now that the ambiguous names around it are read
        own = {k: v for k, v in chosen.items() if k != key}
        chosen[key] = _shared_country(
            chosen, key, groups[key][0].text, gaz, rebuild_context(own, extra, actors=actors)
        )

    _local_namesakes(groups, chosen, gaz, extra, covering)
    _lone_namesakes_abroad(chosen)
    _far_namesakes_abroad(groups, chosen)
    _small_towns_abroad(groups, chosen, extra)
    _outside_containers(groups, chosen, by_span, cands)

    # Names the gazetteer lacks: spelling variants within the countries in focus.
    focus = [cc for cc, _ in context.countries.most_common(3)]
    for key, ms in groups.items():
        if key in chosen or cands.get(key) or not focus:
            continue
        hit = spelling_variant(gaz, ms[0].text, focus)
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
        if entry is None or entry.kind is not Kind.COUNTRY or why != COUNTRY_NAME:
            continue
        own = {k: v for k, v in chosen.items() if k != key}
        ctx = rebuild_context(own, extra)
        cc = entry.country or ""
        if ctx.countries[cc] or ctx.bordering(cc):
            continue
        foreign = {e.country for e, w in own.values() if e is not None and w == COUNTRY_NAME}
        # The units the article's sure readings lie in: a state it names, a town with no
        # namesake, a town placed by the unit named beside it.
        units = {
            (e.country, e.admin1)
            for k, (e, w) in own.items()
            if e is not None
            and e.country
            and e.admin1
            and e.kind is not Kind.COUNTRY
            and (e.kind is Kind.ADMIN1 or w == ONLY_ENTRY or "inside" in w)
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


def _inner_readings(
    groups: dict[str, list[Mention]], cands: dict[str, tuple[Entry, ...]]
) -> dict[str, tuple[Entry, ...]]:
    """For each name written as a container ('Georgia' in 'Atlanta, Georgia'): the readings of
    the names written before it."""
    key_of = {(m.start, m.end): key for key, ms in groups.items() for m in ms}
    out: dict[str, dict[str, Entry]] = defaultdict(dict)
    for key, ms in groups.items():
        for m in ms:
            outer = key_of.get(m.container) if m.container is not None else None
            if outer is None or outer == key:
                continue
            for e in cands.get(key, ()):
                out[outer].setdefault(e.gid, e)
    return {key: tuple(found.values()) for key, found in out.items()}


# What a unit that holds a reading of the name written before it gains ('Atlanta, Georgia': the
# state that holds an Atlanta, not the country, which holds none).
_HOLDS = 6.0


def _holding(
    score: tuple[float, str], e: Entry, inner: tuple[Entry, ...]
) -> tuple[tuple[float, str], Entry]:
    if e.kind not in BROAD:
        return score, e
    held = next((i for i in inner if i.gid != e.gid and contains(e, i)), None)
    if held is None:
        return score, e
    return (score[0] + _HOLDS, f"holds {held.name}, named before it"), e


def _containers(
    ms: list[Mention],
    by_span: dict[tuple[int, int], Mention],
    chosen: dict[str, tuple[Entry | None, str]],
) -> tuple[Entry, ...]:
    """The units a name is said to lie in ('Dadaab, Garissa', 'Tome (Biobio)'): the broad
    readings taken by the names written beside it."""
    found: dict[str, Entry] = {}
    for m in ms:
        if m.container is None:
            continue
        outer = by_span.get(m.container)
        if outer is None:
            continue
        entry = chosen.get(name_key(outer.text) or outer.text, (None, ""))[0]
        if entry is not None and entry.kind in BROAD:
            found.setdefault(entry.gid, entry)
    return tuple(found.values())


_TOWNS = frozenset({Kind.CITY, Kind.CAPITAL})

# A city this large is known abroad by its English name, which GeoNames lists among its
# alternate names ('Mecca' for Makkah, 'Medina' for Madinah).
_WORLD_CITY = 1_000_000


def _exonym(options: tuple[Entry, ...], text: str) -> bool:
    """True when the name is a world city's English name that GeoNames does not use as its main
    name: then a namesake town whose main name it is gets no credit for that ('Mecca',
    California is not what 'Mecca' means because GeoNames spells the city Makkah)."""
    biggest = max(options, key=lambda e: e.population, default=None)
    return (
        biggest is not None
        and biggest.kind in _TOWNS
        and biggest.population >= _WORLD_CITY
        and name_key(biggest.name) != name_key(text)
    )


# The share of its unit's people (the towns the gazetteer lists) from which a town is what its
# unit's bare name means.
_SEAT_SHARE = 0.2


def _seat(unit: Entry, options: tuple[Entry, ...], *, listed: bool = False) -> Entry | None:
    """The town a subdivision is named after, in that subdivision, when the town is much of it
    ('Mandera', 'Ghazni', 'Sao Paulo'): what the bare name means, since news names such a unit
    with its unit word ('Mandera County', 'Ghazni province'). A unit whose towns are mostly
    others is known by its own name ('Quebec'). Not for US states: 'New York' bare is either;
    but a unit named like its country's capital is the capital in news ('Washington'), unless
    the article names three or more other units of the country (``listed``)."""
    if unit.kind is not Kind.ADMIN1:
        return None
    key = name_key(unit.name)
    capital = next(
        (
            e
            for e in options
            if e.kind is Kind.CAPITAL and e.country == unit.country and name_key(e.name) == key
        ),
        None,
    )
    if capital is not None and not listed:
        return capital  # 'Washington': the capital, not the state ('Washington state' says so)
    if unit.country == "US":
        return None
    towns = [
        e
        for e in options
        if e.kind in _TOWNS
        and (e.country, e.admin1) == (unit.country, unit.admin1)
        and name_key(e.name) == key
        and e.population >= _SEAT_SHARE * unit.population
    ]
    return max(towns, key=lambda e: e.population, default=None)


# A town this small, the only entry of its name, in a country the article does not otherwise
# name, is a namesake of a place the gazetteer lacks ('Piccadilly' in a London story: a hamlet in
# Western Australia), not the place meant.
_LONE_TOWN = 10_000


def _lone_namesakes_abroad(chosen: dict[str, tuple[Entry | None, str]]) -> None:
    """Unresolve small towns read only because the gazetteer has no other entry of the name,
    when they lie in a country none of the article's other places lies in, and those places
    name at least two (or one, twice)."""
    for key, (entry, why) in list(chosen.items()):
        if why != ONLY_ENTRY or entry is None or entry.kind not in _TOWNS:
            continue
        if entry.population >= _LONE_TOWN or entry.country is None:
            continue
        elsewhere = Counter(
            e.country for k, (e, _) in chosen.items() if k != key and e is not None and e.country
        )
        if sum(elsewhere.values()) >= 2 and not elsewhere[entry.country]:
            chosen[key] = (
                None,
                f"the only entry of that name lies in {entry.country}, where no other place "
                "of the article lies",
            )


# Farther than this from every other place of the article: a namesake on another continent.
_FAR_KM = 2_000.0


def _far_namesakes_abroad(
    groups: dict[str, list[Mention]], chosen: dict[str, tuple[Entry | None, str]]
) -> None:
    """Unresolve a town read by score alone that lies in a country none of the article's other
    places lies in, far from all of them, with no unit written beside it, when it is either
    small (a village the gazetteer lacks has a namesake hamlet abroad) or matched only through
    one of its alternate names (a village's name that some language spells a foreign city by).
    The article's other places must name at least two (or one, twice)."""
    for key, (entry, why) in list(chosen.items()):
        if entry is None or entry.kind is not Kind.CITY or entry.country is None:
            continue
        ms = groups[key]
        # 'Madina hospital' in a Mogadishu story: a hospital's name, whatever city abroad
        # shares it
        institution = all(m.cue == Cue.INSTITUTION for m in ms)
        if why in (COUNTRY_NAME, WORLD_FEATURE) or "inside" in why:
            continue
        if why == ONLY_ENTRY and not institution:
            continue
        if any(m.container is not None for m in ms):
            continue
        own_name = name_key(entry.name) == name_key(ms[0].text)
        if entry.population >= (_LONE_TOWN if own_name else _WORLD_CITY) and not institution:
            continue
        others = [e for k, (e, _) in chosen.items() if k != key and e is not None and e.country]
        if len(others) < 2 or any(e.country == entry.country for e in others):
            continue
        if entry.lat is None or entry.lon is None:
            continue
        if institution:
            # a country's point is its middle, no place of the story: its towns decide
            others = [
                e
                for e in others
                if e.kind is not Kind.COUNTRY and e.lat is not None and e.lon is not None
            ] or others
        if any(
            e.lat is None
            or e.lon is None
            or distance_km(entry.lat, entry.lon, e.lat, e.lon) < _FAR_KM
            for e in others
        ):
            continue
        chosen[key] = (
            None,
            f"{entry.name} ({entry.country}) lies far from every other place of the article, "
            "in a country none of them lies in",
        )


def _small_towns_abroad(
    groups: dict[str, list[Mention]],
    chosen: dict[str, tuple[Entry | None, str]],
    peoples: Counter[str],
) -> None:
    """Unresolve a place the article introduces as a small one ('the river town of Kambala',
    'the village of X') when the entry read lies in a country the article gives no evidence of
    (no other place in it, not its name, none of its people) and far from every other place it
    resolves: a namesake abroad, or a great city that only one of its alternate names matches
    ('Kambala' is one of Kampala's), not the place meant. A town's own name is kept when it is
    a capital or a great city, or written with its unit ('Kambala, Uganda'). Two such readings
    do not vouch for each other. The article's focus must rest on two pieces of evidence (its
    places and the peoples it names: 'KIDAL ... Malian troops')."""
    suspects: dict[str, Entry] = {}
    for key, (entry, why) in chosen.items():
        if entry is None or entry.kind not in _TOWNS or entry.country is None:
            continue
        ms = groups[key]
        if not any(m.small for m in ms) or peoples[entry.country]:
            continue
        if why in (COUNTRY_NAME, WORLD_FEATURE) or "inside" in why:
            continue
        if any(m.container is not None for m in ms) or entry.lat is None or entry.lon is None:
            continue
        own_name = name_key(entry.name) == name_key(ms[0].text)
        if own_name and (entry.kind is Kind.CAPITAL or entry.population >= _WORLD_CITY):
            continue
        suspects[key] = entry
    others = [
        e for k, (e, _) in chosen.items() if k not in suspects and e is not None and e.country
    ]
    placed = [(e.lat, e.lon) for e in others if e.lat is not None and e.lon is not None]
    if not placed or len(others) + sum(peoples.values()) < 2:
        return
    for key, entry in suspects.items():
        if entry.lat is None or entry.lon is None:
            continue
        if any(e.country == entry.country for e in others):
            continue
        if any(distance_km(entry.lat, entry.lon, lat, lon) < _FAR_KM for lat, lon in placed):
            continue
        chosen[key] = (
            None,
            f"a small place by the article's words; {entry.name} ({entry.country}) lies far "
            "from every other place of the article, in a country it gives no evidence of",
        )


def _written_units(m: Mention, by_span: dict[tuple[int, int], Mention]) -> list[Mention]:
    """The units written in parentheses after a place, narrowest first: 'Dumba (Mobbar LGA,
    Borno)' gives Mobbar LGA and Borno."""
    out: list[Mention] = []
    while m.container is not None and (outer := by_span.get(m.container)) is not None:
        if not outer.written_unit or outer in out:
            break
        out.append(outer)
        m = outer
    return out


def _outside_containers(
    groups: dict[str, list[Mention]],
    chosen: dict[str, tuple[Entry | None, str]],
    by_span: dict[tuple[int, int], Mention],
    cands: dict[str, tuple[Entry, ...]],
) -> None:
    """A town written inside a unit of another country ('Martinez (Buenos Aires)' with no
    Martinez in Argentina) is a place the gazetteer lacks: unresolved, never a namesake abroad.
    Only for units so written (in parentheses: a written hierarchy, not a list of places)."""
    for key, ms in groups.items():
        entry = chosen.get(key, (None, ""))[0]
        if entry is None or entry.kind not in _TOWNS:
            continue
        written = [outer for m in ms for outer in _written_units(m, by_span)]
        containers = tuple(
            e
            for outer in written
            if (e := chosen.get(name_key(outer.text) or outer.text, (None, ""))[0]) is not None
            and e.kind in BROAD
        )
        if not containers or any(c.country == entry.country for c in containers):
            continue
        inside = [e for e in cands.get(key, ()) if any(contains(c, e) for c in containers)]
        if inside:
            best = max(inside, key=lambda e: e.population)
            chosen[key] = (best, f"inside {containers[0].name}, named beside it")
        else:
            names = " or ".join(dict.fromkeys(c.name for c in containers))
            chosen[key] = (None, f"no place of that name in {names}, named beside it")
