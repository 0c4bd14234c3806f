"""Stage places.v1: toponyms recognised in the article and resolved to GeoNames entries.

Recognition (:mod:`sitrep.geo.recognize`) corrects the generic NER with the gazetteer and place
patterns; resolution (:mod:`sitrep.geo.resolve`) decides ambiguous names by the article's context.
Countries and regions are places too (a country acting as an actor is still a toponym mention).
A name that cannot be resolved keeps its mentions with null coordinates; nothing is guessed.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from typing import ClassVar

from sitrep.geo.context import BROAD
from sitrep.geo.countries import country_by_demonym, country_by_name
from sitrep.geo.gazetteer import Gazetteer, default_gazetteer
from sitrep.geo.lexicon import english_word
from sitrep.geo.local_news import reads_as_us_local_news
from sitrep.geo.mention import Mention
from sitrep.geo.names import name_key
from sitrep.geo.recognize import Cue, mentions_at, recognize
from sitrep.geo.resolve import Resolved, candidates, resolve_mentions
from sitrep.geo.sources import Entry, Kind
from sitrep.pipeline.base import Document
from sitrep.records import Place, PlaceLevel, Span

# Fewer people than this: a town whose name, where it is an ordinary English word, is the word.
_HAMLET = 50_000

_LEVEL: dict[Kind, PlaceLevel] = {
    Kind.COUNTRY: PlaceLevel.COUNTRY,
    Kind.ADMIN1: PlaceLevel.REGION,
    Kind.ADMIN2: PlaceLevel.REGION,
    Kind.REGION: PlaceLevel.REGION,
    Kind.CAPITAL: PlaceLevel.LOCALITY,
    Kind.CITY: PlaceLevel.LOCALITY,
}


class PlacesStage:
    name: ClassVar[str] = "places.v1"
    provides: ClassVar[str] = "places"
    requires: ClassVar[tuple[str, ...]] = ("parse",)

    def __init__(self, *, gazetteer: Gazetteer | None = None) -> None:
        self._gazetteer = gazetteer

    @property
    def gazetteer(self) -> Gazetteer:
        if self._gazetteer is None:
            self._gazetteer = default_gazetteer()
        return self._gazetteer

    def __call__(self, doc: Document) -> tuple[Place, ...]:
        gaz = self.gazetteer
        cache: dict[str, tuple[Entry, ...]] = {}

        def entries(text: str) -> tuple[Entry, ...]:
            if text not in cache:
                cache[text] = candidates(gaz, text)
            return cache[text]

        def known(text: str) -> bool:
            return bool(entries(text)) or country_by_name(text) is not None

        def word_alias(text: str) -> bool:
            """An English word that only some town's alternate names list ('Passover').

            The name a place goes by ('Paris', 'Fargo') is no alias, however English.
            """
            found = entries(text)
            key = name_key(text)
            if not found or any(name_key(e.name) == key or e.kind is not Kind.CITY for e in found):
                return False
            return english_word(text)

        def jurisdiction(text: str) -> bool:
            """A country or a first-level unit: what an institution's name opens with.

            Not a unit named after its own town ('Minsk' in 'the Minsk Group'): a bare name
            shared by a unit and a town of its country is the town.
            """
            if country_by_name(text) is not None:
                return True
            found = entries(text)
            towns = {e.country for e in found if e.kind in (Kind.CITY, Kind.CAPITAL)}
            return any(
                e.kind is Kind.ADMIN1 and (e.country == "US" or e.country not in towns)
                for e in found
            )

        def unit(text: str) -> bool:
            """A country or a subdivision of any level ('Buenos Aires', 'Kalehe')."""
            if country_by_name(text) is not None:
                return True
            return any(e.kind in BROAD for e in entries(text))

        def hamlet(text: str) -> bool:
            """Only towns of fewer than ``_HAMLET`` people answer to the name ('Earth', Texas)."""
            found = entries(text)
            return (
                bool(found)
                and country_by_name(text) is None
                and all(e.kind is Kind.CITY and e.population < _HAMLET for e in found)
            )

        mentions = recognize(
            doc.parse.doc,
            known,
            jurisdiction=jurisdiction,
            word_alias=word_alias,
            unit=unit,
            hamlet=hamlet,
        )
        mentions = _outside_known_names(doc.text, mentions)
        # 'in a post on X.': a single letter names no place
        mentions = [m for m in mentions if len(m.text.strip(" .")) > 1]
        resolved = resolve_mentions(mentions, gaz, peoples=country_evidence(doc))
        return places_from(resolved, text=doc.text)

    def resolve_spans(self, doc: Document, spans: list[tuple[int, int]]) -> tuple[Place, ...]:
        """Places for toponym spans given from outside, resolved in the article's context.

        Resolution alone, without recognition: how gold-toponym evaluations score a geoparser.
        """
        mentions = mentions_at(doc.parse.doc, spans)
        return places_from(
            resolve_mentions(mentions, self.gazetteer, peoples=country_evidence(doc))
        )


@functools.cache
def _known_names() -> re.Pattern[str]:
    """The names of several words by which the actors lexicon knows organisations and armed
    groups ('Islamic State West Africa Province', 'Kachin Independence Army')."""
    from sitrep.actors.lexicon import ARMED_GROUPS, INTERNATIONAL_ORGANISATIONS

    names = {
        alias
        for org in (*ARMED_GROUPS, *INTERNATIONAL_ORGANISATIONS)
        for alias in org.aliases
        if " " in alias
    }
    ordered = sorted(names, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(map(re.escape, ordered)) + r")\b")


def _outside_known_names(text: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions not inside a known organisation's name: 'West Africa' in 'Islamic State
    West Africa Province' is no place of the story."""
    spans = [(m.start(), m.end()) for m in _known_names().finditer(text)]
    if not spans:
        return mentions
    return [m for m in mentions if not any(s <= m.start and m.end <= e for s, e in spans)]


def peoples_named(doc: Document) -> Counter[str]:
    """The countries whose peoples the article names ('Georgian troops'), at most twice each.

    Demonyms are not places, but they say which countries the article is about.
    """
    seen: Counter[str] = Counter()
    for ent in doc.parse.doc.ents:
        if ent.label_ != "NORP":
            continue
        country = country_by_demonym(ent.text)
        if country is not None and country_by_name(ent.text) is None:
            seen[country.iso2] += 1
    return Counter({cc: min(n, 2) for cc, n in seen.items()})


def country_evidence(doc: Document) -> Counter[str]:
    """Countries the article is about beyond the places it names: the peoples it names, and the
    United States (one mention's worth) where it reads as US local news ("the Athens City
    Council", "$765,000"), which seldom names its own country."""
    evidence = peoples_named(doc)
    if reads_as_us_local_news(doc.article.text):
        evidence["US"] = max(evidence["US"], 1)
    return evidence


def _display_name(mentions: list[Mention], gazetteer_name: str | None) -> str:
    """The place's name as the article writes it, first mention first, but not in a dateline's
    capitals ('BAKU, Nov 1' is Baku): a later mention's spelling, else the gazetteer's when it
    is the same name, else title-cased ('NEW DELHI' is New Delhi). A single word of three
    letters or fewer stays as written: an acronym ('UAE')."""
    first = mentions[0].text
    if not first.isupper():
        return first
    for m in mentions[1:]:
        if not m.text.isupper() and m.text.casefold() == first.casefold():
            return m.text
    if gazetteer_name is not None and gazetteer_name.casefold() == first.casefold():
        return gazetteer_name
    words = re.findall(r"[^\W\d_]+", first)
    if len(words) == 1 and len(words[0]) <= 3:
        return first  # an acronym: 'UAE', 'DRC'
    return first.title()  # 'STEPANAKERT' known by another name, 'NEW DELHI': New Delhi


# What lies between a place the gazetteer lacks and the place it is written to lie in: 'Masisi
# in eastern Congo's North Kivu province', 'Pont-Sondé, in the Artibonite'.
_WRITTEN_IN = re.compile(
    r",?\s+in\s+(?:the\s+)?(?:(?:north|south|east|west|central)(?:ern)?\s+|"
    r"(?:north|south)-?(?:east|west)(?:ern)?\s+)?",
    re.IGNORECASE,
)


def _written_in(
    text: str, mention: Mention, located: list[tuple[Mention, Entry]]
) -> tuple[Entry, Mention] | None:
    """The resolved place an unresolved mention is written to lie in, and its mention: the
    place named right after 'in', or the unit that place owns ("in eastern Congo's North Kivu
    province": North Kivu). ``located``: the resolved mentions and their entries, in order."""
    after = [(m, e) for m, e in located if m.start >= mention.end]
    if not after or not _WRITTEN_IN.fullmatch(text[mention.end : after[0][0].start]):
        return None
    m, entry = after[0]
    if len(after) > 1:
        owned, owned_entry = after[1]
        if owned.container == (m.start, m.end) and owned_entry.country == entry.country:
            m, entry = owned, owned_entry
    if entry.kind not in BROAD:
        return None  # 'Masisi in Goma'? a town holds no town the gazetteer lacks
    return entry, m


def places_from(resolved: list[Resolved], *, text: str | None = None) -> tuple[Place, ...]:
    """Place records, one per referent: names that resolved to the same entry are merged.

    With the article's ``text``, a place the gazetteer lacks that is written to lie in a unit
    it knows ("the town of Masisi in eastern Congo's North Kivu province") takes that unit's
    country and hierarchy, never a point."""
    merged: dict[str, list[Resolved]] = {}
    order: list[str] = []
    for r in resolved:
        key = r.entry.gid if r.entry is not None else f"?{name_key(r.mentions[0].text)}"
        if key not in merged:
            merged[key] = []
            order.append(key)
        merged[key].append(r)
    rs_sorted = sorted(order, key=lambda k: min(m.start for r in merged[k] for m in r.mentions))
    located = sorted(
        ((m, r.entry) for r in resolved if r.entry is not None for m in r.mentions),
        key=lambda pair: pair[0].start,
    )
    places: list[Place] = []
    for i, key in enumerate(rs_sorted, 1):
        group = merged[key]
        mentions = sorted({m for r in group for m in r.mentions}, key=lambda m: m.start)
        spans = tuple(Span(m.start, m.end) for m in mentions)
        entry = group[0].entry
        name = _display_name(mentions, entry.name if entry is not None else None)
        if entry is None:
            cue = next((m.cue for m in mentions if m.cue), Cue.NONE)
            holder = next(
                (h for m in mentions if text is not None and (h := _written_in(text, m, located))),
                None,
            )
            resolution = f"unresolved: {group[0].why}"
            if holder is not None:
                unit, where = holder
                resolution += (
                    f"; written to lie in {unit.name} ({unit.gid}) at {where.start}-{where.end}"
                )
            places.append(
                Place(
                    id=f"p{i}",
                    name=name,
                    mentions=spans,
                    country=holder[0].country if holder is not None else None,
                    level=PlaceLevel.REGION if cue == Cue.REGION else None,
                    admin=holder[0].admin if holder is not None else (),
                    resolution=resolution,
                )
            )
            continue
        why = group[0].why
        gazetteer_name = f"{entry.name} ({entry.gid})"
        resolution = f"{gazetteer_name}: {why}"
        if entry.note:
            resolution += f"; point: {entry.note}"
        admin = entry.admin
        if admin and admin[-1] == entry.name:
            admin = admin[:-1]
        places.append(
            Place(
                id=f"p{i}",
                name=name,
                mentions=spans,
                lat=entry.lat,
                lon=entry.lon,
                country=entry.country,
                level=_LEVEL[entry.kind],
                gazetteer_id=entry.gid,
                gazetteer_name=entry.name,
                admin=admin,
                resolution=resolution,
            )
        )
    return tuple(places)
