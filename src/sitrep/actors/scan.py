"""The article as the actor finders see it: tokens, toponyms, and who owns a noun phrase.

An *owner* is the state or polity a noun phrase belongs to: "Azerbaijan's" in "Azerbaijan's
defence ministry", "Turkish" in "Turkish Foreign Minister", "of Armenia" in "the defence ministry
of Armenia", "Nagorno-Karabakh" in "Nagorno-Karabakh officials". A country is a state; any other
toponym that owns officials, forces or a leader is a polity (kind ``other``) with no country: the
gazetteer's country for a contested territory is a political judgement we do not make.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING, Any, Protocol

from sitrep.actors import lexicon
from sitrep.geo.countries import (
    Country,
    country_by_capital,
    country_by_demonym,
    country_by_iso2,
    country_by_name,
)
from sitrep.pipeline.casing import read_as
from sitrep.records import ActorKind, Place, PlaceLevel, Span

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

ActorKey = tuple[str, ...]

POSSESSIVES = frozenset({"'s", "’s", "'", "’"})
# Words joining coordinated owners ("of Armenia and Azerbaijan", "the Armenian and Azerbaijani").
_COORDINATORS = frozenset({"and", ",", "or"})
# Entity labels that may name a polity when the places layer does not know the toponym.
POLITY_LABELS = frozenset({"GPE", "LOC"})


def name_word(tok: Token) -> bool:
    """Whether ``tok`` is a word of a group's name: a proper noun in title case ("Fano") or an
    acronym ("FLA", "M23")."""
    text = tok.text
    acronym = len(text) >= 2 and text.isupper() and text.isalnum() and text[0].isalpha()
    return tok.pos_ == "PROPN" and (tok.is_title or acronym)


def _fold(text: str) -> str:
    """A name for comparison: case, possessive and a leading 'the' dropped."""
    words = text.replace("’", "'").removesuffix("'s").removesuffix("'").split()
    if words and words[0].casefold() == "the":
        words = words[1:]
    return " ".join(words).casefold()


@dataclass(frozen=True, slots=True)
class Owner:
    """The state or polity a phrase belongs to, and the words that say so."""

    key: ActorKey
    name: str
    kind: ActorKind
    country: str | None
    span: Span


class _Named(Protocol):
    """Anything that names an actor: a mention, an owner, a group of mentions."""

    @property
    def key(self) -> ActorKey: ...
    @property
    def name(self) -> str: ...
    @property
    def kind(self) -> ActorKind: ...
    @property
    def country(self) -> str | None: ...


def owner_of(who: _Named, span: Span) -> Owner:
    """``who`` as the owner of a phrase, told by the words at ``span``."""
    return Owner(who.key, who.name, who.kind, who.country, span)


def state_owner(country: Country, span: Span) -> Owner:
    return Owner(("state", country.iso2), country.name, ActorKind.STATE, country.iso2, span)


# Words that call a toponym a region: "the Kharkiv region", "the region of Kharkiv".
_REGION_NOUNS = frozenset({"region", "province", "oblast"})
_REGION_AFTER = re.compile(rf" (?:{'|'.join(sorted(_REGION_NOUNS))})\b")
_REGION_OF = ("region of ", "province of ")
# Words that say a region is held by other than the state it is named as part of: "Georgia's
# breakaway region of Abkhazia", "Ukraine's occupied Luhansk region".
_CONTESTED = frozenset({"breakaway", "separatist", "occupied", "annexed", "disputed", "rebel"})


def _place_owner(place: Place, span: Span) -> Owner:
    """A toponym as an owner: a country's state, or else a polity with no country."""
    if place.level is PlaceLevel.COUNTRY and place.country:
        by_code = country_by_iso2(place.country)
        if by_code is not None:
            return state_owner(by_code, span)
    name = polity_name(place)
    return Owner(("polity", name), name, ActorKind.OTHER, None, span)


def polity_name(place: Place) -> str:
    """What a region or town speaking as a body is called: the gazetteer's hyphenated name when
    the article uses one part of it ("Karabakh" is "Nagorno-Karabakh"), else the article's own
    words (a contested or local name is the article's to choose, and "Darfur" is not
    "North Darfur")."""
    canonical = place.gazetteer_name
    if (
        canonical
        and canonical != place.name
        and canonical.isascii()
        and place.name.casefold() in canonical.casefold().split("-")
    ):
        return canonical
    return place.name


@dataclass(frozen=True, slots=True)
class Modifiers:
    """What stands before a head noun: its owner, whether it is an ethnic or irregular group."""

    owner: Owner | None
    start: int  # first token of the phrase, the determiner included
    irregular: bool = False


class Scan:
    """Token-level access to one parsed article and its places layer."""

    def __init__(self, sdoc: Doc, places: tuple[Place, ...]) -> None:
        self.sdoc = sdoc
        self.text: str = sdoc.text
        # The text as the parser read it: a shouted headline recased (same offsets), for
        # matching names written in capitals ("RAPID SUPPORT FORCES").
        self.read_as: str = read_as(sdoc)
        self.places: list[tuple[Span, Place]] = sorted(
            ((m, p) for p in places for m in p.mentions), key=lambda mp: mp[0]
        )
        # Every name the places layer read as a toponym: the same words elsewhere in the article
        # are that toponym too, even where the NER called them an organisation or a person.
        self.toponyms: dict[str, Place] = {}
        for span, place in self.places:
            self.toponyms.setdefault(_fold(span.text(self.text)), place)
            self.toponyms.setdefault(_fold(place.name), place)
        for place in places:
            # The parts of a hyphenated toponym name it too ("Karabakh" of "Nagorno-Karabakh").
            parts = place.name.split("-")
            for part in parts if len(parts) > 1 else ():
                if len(part) > 3 and part[:1].isupper() and country_by_name(part) is None:
                    self.toponyms.setdefault(_fold(part), place)
        self.toponym_like, self.territories = _toponym_like(sdoc, self.text)
        self.lowers: list[str] = [str(t.lower_) for t in sdoc]
        self.group_names: dict[str, str] = self._group_names()
        self.ent_of: dict[int, Any] = {}
        for ent in sdoc.ents:
            for i in range(ent.start, ent.end):
                self.ent_of[i] = ent

    def __len__(self) -> int:
        return len(self.sdoc)

    @cached_property
    def communities(self) -> dict[str, tuple[int, int]]:
        """The peoples the article names as communities ("the Nuer community", "the Druze
        communities"): each name as written -> its tokens (the first such phrase)."""
        found: dict[str, tuple[int, int]] = {}
        for k in range(2, len(self)):
            tok = self.tok(k)
            if self.lower(k) not in _COMMUNITY or tok.pos_ != "NOUN" or tok.is_title:
                continue
            start = k
            while (
                start > 0
                and k - start < 3
                and self.tok(start - 1).is_title
                and self.tok(start - 1).pos_ in ("PROPN", "ADJ")
                and not self.tok(start - 1).is_sent_start
            ):
                start -= 1
            if start < k and self.lower(start - 1) in ("the", "a", "an", "its", "their"):
                found.setdefault(self.words(start, k), (start, k))
        return found

    def _group_names(self) -> dict[str, str]:
        """Names the article gives an armed group by writing them before a group noun ("the
        Fano militia", "Zuwa fighters"), each with its first such noun: the same name alone
        elsewhere is that group, whatever the NER made of it, and "the militia" may refer back
        to it. Places, countries and peoples ("Amhara militia") name no group."""
        out: dict[str, str] = {}
        for tok in self.sdoc:
            start = end = tok.i
            # "the FLA rebel group", "the Koro armed group": a name, acronyms too ("FDP
            # fighters" may be a group's fighters, not the group)
            armed = (
                tok.lower_ == "group"
                and tok.i > 0
                and self.sdoc[tok.i - 1].lower_ in lexicon.ARMED_WORDS
            )
            if armed:
                start = end = tok.i - 1
            elif tok.lower_ not in lexicon.IRREGULAR_FORCE_NOUNS:
                continue
            # "the FLA militia": one group's singular noun after an acronym names the group
            acronyms = armed or tok.lower_ == "militia"
            while start > 0 and (
                name_word(self.sdoc[start - 1])
                if acronyms
                else self.sdoc[start - 1].pos_ == "PROPN" and self.sdoc[start - 1].is_title
            ):
                start -= 1
            names = self.sdoc[start:end]
            if not names or any(
                t.dep_ not in ("compound", "nmod") or t.ent_type_ == "NORP" for t in names
            ):
                continue
            words = self.words(start, end)
            if (
                self._place_named(self.span(start, end))
                or country_by_name(words) is not None
                or any(country_by_demonym(t.text) is not None for t in self.sdoc[start:end])
                or (_fold(words) in self.toponym_like and not _acronym(words))
            ):
                continue
            out.setdefault(_fold(words), tok.lower_)
        return out

    def _place_named(self, span: Span) -> bool:
        """Whether the name at ``span`` before a group noun is a place's: not an acronym the
        gazetteer reads only as another name's abbreviation ("the FLA militia" is no militia
        of Florida), but a place written in capitals is still one ("GAZA")."""
        place = self.place_for(span)
        if place is None:
            return False
        words = span.text(self.text)
        if not _acronym(words) or place.gazetteer_name is None:
            return True
        return _fold(place.gazetteer_name) == _fold(words) or _fold(place.name) != _fold(words)

    def tok(self, i: int) -> Token:
        return self.sdoc[i]

    def lower(self, i: int) -> str:
        return self.lowers[i] if 0 <= i < len(self.lowers) else ""

    def span(self, start: int, end: int) -> Span:
        """Characters of tokens ``start`` to ``end`` (exclusive)."""
        last = self.sdoc[end - 1]
        return Span(self.sdoc[start].idx, last.idx + len(last.text))

    def words(self, start: int, end: int) -> str:
        return self.span(start, end).text(self.text)

    def tokens_of(self, span: Span) -> tuple[int, int] | None:
        cs = self.sdoc.char_span(span.start, span.end, alignment_mode="expand")
        return None if cs is None else (cs.start, cs.end)

    def place_at(self, i: int) -> tuple[Span, Place] | None:
        """The toponym (from the places layer) covering token ``i``."""
        tok = self.sdoc[i]
        for span, place in self.places:
            if span.start <= tok.idx < span.end:
                return span, place
        return None

    def place_for(self, span: Span) -> Place | None:
        """The place at ``span``: a toponym overlapping it, or one written the same way."""
        for s, place in self.places:
            if s.overlaps(span):
                return place
        return self.toponyms.get(_fold(span.text(self.text)))

    def country_named(self, span: Span) -> Country | None:
        """The country a name at ``span`` denotes: as the places layer resolved it in context
        where it read the words as a country ("Congo" in a story set in Goma is the DR Congo),
        else by the name alone."""
        text = span.text(self.text)
        country = country_by_name(text)
        if country is None:
            return None
        place = self.place_for(span)
        if place is not None and place.level is PlaceLevel.COUNTRY and place.country:
            return country_by_iso2(place.country) or country
        return country

    def is_place(self, span: Span) -> bool:
        return self.place_for(span) is not None

    def within_place(self, span: Span) -> bool:
        """Whether a toponym the places layer found spans all of ``span``, or one is written
        the same way."""
        return any(s.contains(span) for s, _ in self.places) or (
            _fold(span.text(self.text)) in self.toponyms
        )

    def is_toponym_like(self, text: str) -> bool:
        """Whether the article uses the name ``text`` as a place somewhere (see _toponym_like)."""
        return _fold(text) in self.toponym_like

    def names_group(self, text: str) -> bool:
        """Whether the article names an armed group ``text`` ("the Fano militia": "Fano")."""
        return _fold(text) in self.group_names

    def group_key(self, name: str) -> ActorKey:
        """The key of the armed group the article names ``name``: its name and first noun, so
        that "the militia" refers back to "the Fano militia" and "Fano" alike."""
        return ("armed", f"{_fold(name)} {self.group_names.get(_fold(name), '')}".strip())

    def is_territory(self, text: str) -> bool:
        """Whether the article uses the name ``text`` as a territory, which may own a polity's
        officials and forces; a building entered or a name after "in" is a place only."""
        return _fold(text) in self.territories

    def name_ending_at(self, j: int) -> tuple[int, int] | None:
        """The proper name whose last token is ``j``: a toponym, an entity, or a proper-noun run."""
        if j < 0 or not self.sdoc[j].text[:1].isupper():
            return None
        found = self.place_at(j)
        if found is not None:
            rng = self.tokens_of(found[0])
            if rng is not None and rng[1] - 1 == j:
                return rng
        ent = self.ent_of.get(j)
        if ent is not None and ent.end - 1 == j:
            start = ent.start + (1 if ent[0].lower_ == "the" else 0)
            return (start, ent.end) if start < ent.end else None
        if self.sdoc[j].pos_ != "PROPN":
            return None
        start = j
        while start > 0 and (
            self.sdoc[start - 1].pos_ == "PROPN"
            or (self.sdoc[start - 1].text == "-" and start > 1 and self.sdoc[start - 2].is_title)
        ):
            start -= 1
        return start, j + 1

    def owner_named(self, start: int, end: int) -> Owner | None:
        """The state or polity that tokens ``start:end`` name, if they name one."""
        span = self.span(start, end)
        text = span.text(self.text)
        country = self.country_named(span)
        if country is not None:
            return state_owner(country, span)
        place = self.place_for(span)
        if place is not None:
            # "the Israel Defense Forces": the owner is named by the toponym's own words
            inside = [s for s, p in self.places if p is place and span.contains(s)]
            return _place_owner(place, inside[0] if inside else span)
        ent = self.ent_of.get(start)
        if (ent is not None and ent.label_ in POLITY_LABELS and ent.end == end) or (
            self.is_territory(text)
        ):
            return Owner(("polity", text), text, ActorKind.OTHER, None, span)
        return None

    def place_referred_to(self, k: int) -> tuple[Owner, int] | None:
        """ "the city" at token ``k``: the place it refers back to, and its first token.

        The most recent toponym before it of the level the noun names (a city is a locality, a
        region a region); none when there is none, for we never guess a referent.
        """
        level = lexicon.PLACE_REFERENCES.get(self.lower(k))
        if level is None or self.lower(k - 1) not in ("the", "this"):
            return None
        here = self.sdoc[k - 1].idx
        earlier = [(span, p) for span, p in self.places if span.end <= here and p.level is level]
        if not earlier:
            return None
        span, place = earlier[-1]
        if self.lower(k) == "state" and not self._called_state(span):
            return None  # "the state's army" is a country's, unless a region was called a state
        return _place_owner(place, self.span(k - 1, k + 1)), k - 1

    def region_before(self, k: int) -> Owner | None:
        """ "the regional governor" at token ``k``: the most recent region named before it, as
        the owner, else the one place the article calls a region anywhere; none when the
        article named none (we never guess a referent)."""
        here = self.sdoc[k].idx
        earlier = [
            (span, p)
            for span, p in self.places
            if span.end <= here and p.level is PlaceLevel.REGION
        ]
        if earlier:
            return _place_owner(earlier[-1][1], self.span(k, k + 1))
        called = {p.name: p for span, p in self.places if self._called_region(span)}
        if len(called) == 1:
            # the one place the article calls a region ("the Kharkiv region") where its
            # gazetteer entry is the city's: the region a regional body is of
            return _place_owner(next(iter(called.values())), self.span(k, k + 1))
        return None

    def region_in_sentence(self, k: int) -> Owner | None:
        """ "In the Kharkiv region, shelling killed a woman, Governor X said" at token ``k``:
        the last region named before it in its own sentence (a region by the gazetteer or
        called one where it is named), as the owner; none when the sentence names none."""
        here = self.sdoc[k].idx
        opening = self.sdoc[k].sent.start_char
        earlier = [
            (span, p)
            for span, p in self.places
            if opening <= span.start
            and span.end <= here
            and (p.level is PlaceLevel.REGION or self._called_region(span))
        ]
        return _place_owner(earlier[-1][1], earlier[-1][0]) if earlier else None

    def region_within(self, span: Span) -> Owner | None:
        """The last region named inside the words at ``span`` ("of Russia's Belgorod region"),
        as the owner; none when they name none."""
        inside = [
            (s, p)
            for s, p in self.places
            if span.contains(s) and (p.level is PlaceLevel.REGION or self._called_region(s))
        ]
        return _place_owner(inside[-1][1], inside[-1][0]) if inside else None

    def region_state(self, span: Span) -> Owner | None:
        """The state the article's own words say the region named at ``span`` is of: "Russia's
        Belgorod region", "Ukraine's southern Odesa region", "the Russian region of Belgorod",
        "the Belgorod region of Russia"; none when no words say so, or when they call it
        breakaway or occupied (its authorities need not be the named state's)."""
        rng = self.tokens_of(span)
        if rng is None:
            return None
        start, end = rng
        if self.lower(end) in _REGION_NOUNS:
            end += 1  # "the Belgorod region of Russia": the toponym without its noun
        if self.lower(end) == "of" and self.lower(end - 1) in _REGION_NOUNS:
            after = self._owner_from(end + 1)
            if after is not None and after[0].kind is ActorKind.STATE:
                return after[0]
        k = start - 1
        if self.lower(k) == "of" and self.lower(k - 1) in _REGION_NOUNS:
            k -= 2
        skipped = 0
        while k >= 0 and self.sdoc[k].text.isalpha() and self.sdoc[k].text.islower():
            if self.lower(k) in _CONTESTED or self.lower(k) in ("the", "a", "of") or skipped == 3:
                return None
            k -= 1
            skipped += 1
        if k < 0:
            return None
        if (country := self.demonym_at(k)) is not None:
            return state_owner(country, self.span(k, k + 1))
        if self.lower(k) != "'s":
            return None
        for first in range(k - 1, max(k - 4, -1), -1):
            country = self.country_named(self.span(first, k))
            if country is not None:
                return state_owner(country, self.span(first, k))
        return None

    def _called_region(self, span: Span) -> bool:
        """Whether the toponym at ``span`` is called a region where it is named ("the Kharkiv
        region", "the region of Kharkiv", "Kherson province")."""
        after = self.text[span.end : span.end + 10].casefold()
        before = self.text[max(span.start - 10, 0) : span.start].casefold()
        return _REGION_AFTER.match(after) is not None or before.endswith(_REGION_OF)

    def _called_state(self, span: Span) -> bool:
        """Whether the toponym at ``span`` is called a state where it is named ("the eastern
        state of Kassala", "Kassala state", "Borno State")."""
        rng = self.tokens_of(span)
        if rng is None:
            return False
        start, end = rng
        return self.lower(end) == "state" or (
            self.lower(start - 1) == "of" and self.lower(start - 2) == "state"
        )

    def demonym_at(self, i: int) -> Country | None:
        if i < 0 or i >= len(self.sdoc):
            return None
        tok = self.sdoc[i]
        if tok.pos_ not in ("ADJ", "PROPN", "NOUN") or not tok.text[:1].isupper():
            return None
        return country_by_demonym(tok.text)

    def modifiers_before(
        self, i: int, *, irregular_words: frozenset[str], skip_modifiers: bool = False
    ) -> Modifiers:
        """Owner and determiner standing right before token ``i`` ("the Azerbaijani", "Russia's").

        With ``skip_modifiers``, up to two lower-case modifiers may stand between the owner and
        the head ("Nagorno-Karabakh's defence army", "Azerbaijani border guards").
        """
        found = self._modifiers_before(i, irregular_words)
        k = i
        while skip_modifiers and found.owner is None and not found.irregular and k > i - 2:
            k -= 1
            tok = self.sdoc[k] if k >= 0 else None
            if tok is None or not tok.is_lower or tok.dep_ not in ("amod", "compound"):
                break
            if tok.head.i < k or tok.head.i > i or tok.lower_ in irregular_words:
                break
            found = self._modifiers_before(k, irregular_words)
        return (
            found
            if found.owner is not None or found.irregular
            else Modifiers(None, i - 1 if self.lower(i - 1) == "the" else i)
        )

    def head_positions(self, i: int, *, skip_modifiers: bool) -> Iterator[int]:
        """Token ``i``, then with ``skip_modifiers`` the lower-case modifiers of the head before
        it (up to two), where an owner's name may end ("X's defence army")."""
        yield i
        k = i
        while skip_modifiers and k > max(0, i - 2):
            tok = self.sdoc[k - 1]
            if not tok.is_lower or tok.dep_ not in ("amod", "compound") or tok.head.i > i:
                return
            k -= 1
            yield k

    def _modifiers_before(self, i: int, irregular_words: frozenset[str]) -> Modifiers:
        owner: Owner | None = None
        irregular = False
        start = i
        j = i - 1
        if j >= 0 and self.sdoc[j].text in POSSESSIVES:
            name = self.name_ending_at(j - 1)
            if name is not None:
                owner = self.owner_named(*name)
                if owner is not None:
                    start = name[0]
            elif (referred := self.place_referred_to(j - 1)) is not None:
                owner, start = referred
        elif (country := self.demonym_at(j)) is not None:
            owner = state_owner(country, self.span(j, j + 1))
            start = j
            prev = self.lower(j - 1)
            if prev in irregular_words or (prev == "-" and self.lower(j - 2) in irregular_words):
                irregular = True
                start = j - 1 if prev != "-" else j - 2
        elif j >= 0:
            name = self.name_ending_at(j)
            if name is not None:
                owner = self.owner_named(*name)
                if owner is not None:
                    start = name[0]
        if self.lower(start - 1) == "the":
            start -= 1
        return Modifiers(owner, start, irregular)

    def owner_after(
        self, k: int, *, seat: bool = False, serving: bool = False
    ) -> tuple[Owner, int] | None:
        """``of <state or polity>`` right after token ``k``: the owner and the end token.

        With ``seat``, also ``in <capital>``: "officials in Baku" are Azerbaijan's officials, and
        ``in <region>``: "officials in Abkhazia" are the region's own.
        With ``serving``, also ``to <owner>``: "an aide to Chile's president" serves Chile.
        """
        if serving and self.lower(k + 1) == "to":
            found = self._owner_from(k + 2)
            if found is not None and self.sdoc[found[1] - 1].dep_ == "poss":
                # "to Chile's president": the phrase runs to the one served.
                found = found[0], max(found[1], self.sdoc[found[1] - 1].head.i + 1)
            return found
        if seat and self.lower(k + 1) == "in" and k + 2 < len(self.sdoc):
            end = k + 2
            while end < len(self.sdoc) and self.sdoc[end].pos_ == "PROPN":
                end += 1
            if end > k + 2 and (country := country_by_capital(self.words(k + 2, end))):
                return state_owner(country, self.span(k + 2, end)), end
            # "officials in Abkhazia": a territory's or region's own officials.
            place = self.place_for(self.span(k + 2, end)) if end > k + 2 else None
            if place is not None and place.level is PlaceLevel.REGION:
                return _place_owner(place, self.span(k + 2, end)), end
        if self.lower(k + 1) != "of":
            return None
        return self._owner_from(k + 2)

    def owners_after(self, k: int) -> tuple[list[Owner], int]:
        """``of <owner> and <owner>``, ``of A, B and C`` after token ``k``: owners and end token."""
        found = self.owner_after(k)
        if found is None:
            return [], k + 1
        owners, end = [found[0]], found[1]
        while self.lower(end) in _COORDINATORS:
            nxt = end + 1 if self.lower(end + 1) not in _COORDINATORS else end + 2
            more = self._owner_from(nxt)
            if more is None:
                break
            owners.append(more[0])
            end = more[1]
        return owners, end

    def owners_before(self, i: int, *, irregular_words: frozenset[str]) -> tuple[list[Owner], int]:
        """Coordinated owners before token ``i`` ("the Armenian and Azerbaijani", "A's and B's").

        The owners in reading order and the first token of the phrase; none when an irregular
        marker ("ethnic") stands among them.
        """
        mods = self.modifiers_before(i, irregular_words=irregular_words)
        if mods.owner is None or mods.irregular:
            return [], mods.start
        owners, start = [mods.owner], mods.start
        # A list of owners joins its last with "and" or "or" ("Egyptian, Qatari and US
        # mediators"); a comma alone before the last ends a clause ("... in Gaza, Israeli
        # officials said"): the place before it is no owner of theirs.
        if self.lower(start - 1) == ",":
            return owners, start
        while self.lower(start - 1) in _COORDINATORS:
            more = self.modifiers_before(start - 1, irregular_words=irregular_words)
            if more.owner is None or more.irregular:
                break
            owners.insert(0, more.owner)
            start = more.start
        return owners, start

    def _owner_from(self, first: int) -> tuple[Owner, int] | None:
        """The state or polity named from token ``first`` ("the" skipped), and its end token."""
        if self.lower(first) == "the":
            first += 1
        if first >= len(self.sdoc) or not self.sdoc[first].text[:1].isupper():
            return None
        end = first
        while end < len(self.sdoc) and (
            self.sdoc[end].pos_ == "PROPN"
            or (self.sdoc[end].text == "-" and end + 1 < len(self.sdoc))
        ):
            end += 1
        found = self.place_at(first)
        if found is not None:
            rng = self.tokens_of(found[0])
            if rng is not None:
                end = rng[1]
        if end == first:
            return None
        owner = self.owner_named(first, end)
        return None if owner is None else (owner, end)


_TOWNS = frozenset({"town", "village", "city", "district", "area", "region", "province"})


def _acronym(words: str) -> bool:
    """Whether ``words`` are one acronym in capitals ("FLA"), which the tagger and the gazetteer
    may read as an abbreviated place ("FLA" for Florida) when it names a group."""
    return words.isalpha() and words.isupper() and 2 <= len(words) <= 6


def _toponym_like(sdoc: Doc, text: str) -> tuple[set[str], set[str]]:
    """Names the NER calls a person or organisation but the article uses as a place.

    "the village of X", "X and Y districts", "shelled X", "in X", or tagged GPE/LOC/FAC
    elsewhere: a name used so anywhere in the article is a toponym everywhere in it, whatever the
    places layer made of it. Second, the territories among them (tagged GPE or LOC, or named by a
    place noun): only those can own a polity's officials; "entered the Pentagon", "in the
    Capitol" make a place of a building, and "Pentagon officials" are an organisation's.
    ``text`` is ``sdoc.text``, built once by the caller (spaCy joins its tokens on every call).
    """
    out: set[str] = set()
    territories: set[str] = set()
    for ent in sdoc.ents:
        if ent.label_ in ("GPE", "LOC", "FAC"):
            # Called a toponym once by the NER: the same words elsewhere are that toponym.
            out.add(_fold(ent.text))
            if ent.label_ != "FAC":
                territories.add(_fold(ent.text))
            continue
        if ent.label_ not in ("PERSON", "ORG"):
            continue
        tok = ent.root
        while tok.dep_ == "conj" and tok.head.i != tok.i:
            tok = tok.head
        head = tok.head
        territory = (tok.dep_ in ("compound", "nmod") and head.lower_ in lexicon.PLACE_NOUNS) or (
            tok.dep_ == "pobj" and head.lower_ == "of" and head.head.lower_ in lexicon.PLACE_NOUNS
        )
        placed = (
            territory
            or (tok.dep_ == "pobj" and head.lower_ in ("in", "near", "around", "outside"))
            # "towns near the border, including Bint Jbeil and Nabatieh"
            or (
                tok.dep_ == "pobj"
                and head.lower_ == "including"
                and (head.head.lower_ in lexicon.PLACE_NOUNS or head.head.lemma_ in _TOWNS)
            )
            or (
                tok.dep_ == "dobj"
                and head.lemma_ in lexicon.PLACE_OBJECT_VERBS
                # A phrasal verb is another verb: one takes over an agency, not a town.
                and not any(c.dep_ == "prt" for c in head.children)
            )
        )
        names = {
            _fold(ent.text),
            _fold(text[ent[0].idx : ent.root.idx + len(ent.root.text)]),
        }
        if placed:
            out |= names
        if territory:
            territories |= names
    return out, territories


_COMMUNITY = frozenset({"community", "communities"})
