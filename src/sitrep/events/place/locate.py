"""The place of one event among those its scopes name (the order is in the package doc)."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from sitrep.events.place.mentions import (
    addressee_or_broker,
    based_in,
    doc_text,
    homeland,
    in_a_name,
    in_a_road_name,
    mention_root,
    mentions_by_start,
    not_where,
    of_a_title,
    standing_for_its_government,
    where_a_speaker_is,
)
from sitrep.events.place.ranks import FINER, UNRESOLVED_RANK, rank
from sitrep.geo.cues import COMPASS_POINTS
from sitrep.geo.lookup import distance_km
from sitrep.geo.names import name_key
from sitrep.records import Place, PlaceLevel, Span

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# Edges along which a place word stays an adjunct of the event word.
_ADJUNCT = frozenset({"prep", "pobj", "compound", "appos", "conj", "npadvmod", "advmod", "acl"})


def _event_words(parsed: Doc, trigger: int) -> frozenset[int] | None:
    """The indices of the event word and the words it shares its time with
    (:func:`sitrep.events.dating.time_words`); None when there is no event word."""
    if trigger < 0:
        return None
    from sitrep.events.dating import time_words

    return frozenset(t.i for t in time_words(parsed[trigger]))


def _attached(parsed: Doc, mention: Span, words: frozenset[int] | None) -> bool:
    """Whether the place word is an adjunct of the event word or of the verb it shares its
    time with (``words``, :func:`_event_words`; 'staged a protest in Siliguri': the protest is
    in Siliguri)."""
    node = mention_root(parsed, mention)
    if node is None or words is None:
        return False
    for _ in range(8):
        if node.i in words:
            return True
        if node.dep_ not in _ADJUNCT or node.head.i == node.i:
            return False
        node = node.head
    return False


def _below_the_event(parsed: Doc, mention: Span, words: frozenset[int] | None) -> Iterator[Token]:
    """The words from the place word up to, not including, the event's words (``words``,
    :func:`_event_words`) or the sentence's root, at most twelve; none when either is unknown."""
    node = mention_root(parsed, mention)
    if node is None or words is None:
        return
    for _ in range(12):
        if node.i in words or node.head.i == node.i:
            return
        yield node
        node = node.head


def _in_a_relative_clause(parsed: Doc, mention: Span, words: frozenset[int] | None) -> bool:
    """Whether the place word lies in a relative clause below the event's words (``words``,
    :func:`_event_words`): it describes a person or thing of the event ('a road that leads to
    Camargo', 'a guard who once worked in Negros'), not where the event happened."""
    return any(node.dep_ == "relcl" for node in _below_the_event(parsed, mention, words))


# Nouns of an act done in answer to another: 'a response to the crimes of the enemy in Gaza',
# 'in retaliation for strikes on Jenin'.
_ANSWERS = frozenset({"response", "retaliation", "revenge", "reprisal", "answer", "reply"})


def _in_the_act_answered(parsed: Doc, mention: Span, words: frozenset[int] | None) -> bool:
    """Whether the place word lies in what an act answers ('the attack was a response to "the
    crimes of the enemy in Gaza"'): the place of the act answered, not of this one (unless the
    event word is itself in that phrase: the strikes answered are placed there)."""
    if words is None:
        return False
    return any(
        node.dep_ == "prep"
        and node.lower_ in {"to", "for"}
        and node.head.lemma_.lower() in _ANSWERS
        and node.head.i not in words
        for node in _below_the_event(parsed, mention, words)
    )


def _whose_country(parsed: Doc, place: Place, mention: Span) -> bool:
    """Whether a country is named as whose something is ('the prime minister of Armenia', 'a
    law adopted by the National Assembly of Armenia'): an 'of' phrase of a noun describes the
    noun, it does not place the event."""
    if place.level is not PlaceLevel.COUNTRY:
        return False
    root = mention_root(parsed, mention)
    if root is None:
        return False
    of = root.head
    return (
        root.dep_ == "pobj"
        and of.lower_ == "of"
        and of.head.pos_ in {"NOUN", "PROPN"}
        and of.head.i != of.i
        and of.head.lower_ not in _PARTS_OF_LAND
    )


# Parts of a country's land or sea, whose 'of' phrase says where ('off the coast of Somalia',
# 'the north of Syria'), not whose.
_PARTS_OF_LAND = frozenset(
    {
        "coast",
        "coasts",
        "shores",
        "waters",
        "border",
        "borders",
        *COMPASS_POINTS,
        "outskirts",
        "interior",
        "territory",
    }
)


def _owner_of_a_body(parsed: Doc, place: Place, mention: Span) -> bool:
    """Whether a country is named as the owner of a state's body or official ("Pakistan's
    foreign ministry did not comment", "Armenia's defence ministry rejected", "the UK maritime
    agency said"): whose body speaks, anywhere, never where."""
    if place.level is not PlaceLevel.COUNTRY:
        return False
    root = mention_root(parsed, mention)
    if root is None:
        return False
    if root.dep_ == "poss":
        return root.head.lemma_.lower() in _OWNED
    # the country's name modifying its agency, through the words of its domain: "the UK
    # maritime agency", "the Freedonia ports authority" (not "the Yemen coast", a place's)
    tok = root
    for _ in range(3):
        if tok.dep_ not in ("nmod", "compound", "amod") or tok.head.i <= tok.i:
            return False
        tok = tok.head
        if tok.lemma_.lower() in _AGENCIES:
            return True
    return False


# A state's bodies and officials, which a country owns wherever they speak (its forces are
# :func:`_whose_forces`; its police act at home).
_BODIES = frozenset(
    {
        "ministry",
        "government",
        "cabinet",
        "parliament",
        "embassy",
        "office",
        "president",
        "minister",
        "official",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "envoy",
        "ambassador",
        "leader",
    }
)


def _whose_forces(parsed: Doc, place: Place, mention: Span) -> bool:
    """Whether a country names whose armed forces these are ('U.S. forces shot down two
    drones', 'the U.S. military's Central Command said'): forces fight abroad as well as at
    home, so their country places no event ('Kenyan police' still act in Kenya)."""
    if place.level is not PlaceLevel.COUNTRY:
        return False
    root = mention_root(parsed, mention)
    return (
        root is not None
        and root.dep_ in {"compound", "amod", "nmod", "poss"}
        and root.head.lower_ in _FORCES
    )


# A state's agencies, which its name may modify without a possessive ("the UK maritime agency").
_AGENCIES = frozenset({"agency", "authority", "ministry"})
_OWNED = _BODIES | _AGENCIES


# Words of a state's armed forces.
_FORCES = frozenset(
    {"forces", "troops", "military", "army", "navy", "warplanes", "jets", "warships"}
)


_LOCAL = frozenset({PlaceLevel.POINT, PlaceLevel.LOCALITY, PlaceLevel.REGION})


def _target_place(places: Sequence[Place], target: Span, *, parsed: Doc) -> str | None:
    """The first locality or region the event's target names ('struck Terter and Barda'),
    by a mention of it there or by its name, told elsewhere in the article; not a road's or a
    destination's ('attacked a Mombasa-bound bus')."""
    text = doc_text(parsed)
    words = text[target.start : target.end]
    found: list[tuple[int, str]] = []
    for p in places:
        if p.level not in _LOCAL:
            continue
        inside = [
            m
            for m in p.mentions
            if target.contains(m)
            and not in_a_road_name(text, m)
            and not addressee_or_broker(parsed, m)
        ]
        named = re.search(rf"\b{re.escape(p.name)}\b", words) if p.name else None
        if named is not None:
            at = Span(target.start + named.start(), target.start + named.end())
            if not in_a_road_name(text, at) and not addressee_or_broker(parsed, at):
                inside.append(at)
        first = min(inside, key=lambda m: m.start, default=None)
        # a namesake the gazetteer took (:func:`_abroad`) is no place the target names
        if first is not None and not _abroad(p, first, places, text):
            found.append((first.start, p.id))
    return min(found)[1] if found else None


def place_of_event(
    places: Sequence[Place],
    scopes: Sequence[Sequence[Span]],
    *,
    parsed: Doc,
    trigger: int,
    target: Span | None = None,
    actor: Span | None = None,
) -> str | None:
    """The id of the place the event happened at, by the order in the module doc; else None.

    ``target`` is the whole phrase of the event's target with its conjuncts: a locality it
    names is where an attack fell, before a country named anywhere else ('Armenian rockets
    struck Terter and Barda': Terter, not Armenia or Azerbaijan). ``actor`` is the actor's
    words: a place named there describes who acted ('leaders of the Darjeeling unit staged a
    rally in Siliguri'), not where.
    """
    return locate_event(places, scopes, parsed=parsed, trigger=trigger, target=target, actor=actor)[
        0
    ]


def locate_event(
    places: Sequence[Place],
    scopes: Sequence[Sequence[Span]],
    *,
    parsed: Doc,
    trigger: int,
    target: Span | None = None,
    actor: Span | None = None,
) -> tuple[str | None, str | None]:
    """The event's place (as :func:`place_of_event`) and its *site*: the id of a place the
    same scope names for it that the gazetteer could not resolve, when the place chosen is a
    resolved one ranked before it ('in Kuvasali village, Kakamega County': the county, and the
    village as its site); (None, None) when no place is named."""
    if target is not None:
        local = _target_place(places, target, parsed=parsed)
        if local is not None:
            return local, None
    aside: tuple[tuple[bool, bool, int, bool, int], str] | None = None
    starts, mentions = mentions_by_start(parsed, places)
    text = doc_text(parsed)
    words = _event_words(parsed, trigger)
    for scope in scopes:
        # the places' mentions inside the scope, in the places' order (ties keep the first)
        inside = sorted(
            {
                k
                for piece in scope
                for k in range(bisect_left(starts, piece.start), bisect_left(starts, piece.end))
                if piece.contains(mentions[k][3])
            }
        )
        named = [
            (p, m)
            for _, p, m in sorted(mentions[k][1:] for k in inside)
            if not in_a_name(parsed, m, places=places)
            and not based_in(text, m)
            and not homeland(text, m)
            and not standing_for_its_government(parsed, p, m)
            and not where_a_speaker_is(parsed, m)
            and not _owner_of_a_body(parsed, p, m)
            and not _whose_forces(parsed, p, m)
            and not of_a_title(parsed, p, m)
            and not addressee_or_broker(parsed, m)
            and not _in_the_act_answered(parsed, m, words)
        ]
        if not named:
            continue
        ranks = [UNRESOLVED_RANK if _abroad(p, m, places, text) else rank(p) for p, m in named]
        keyed = [
            (
                (
                    not_where(text, m),
                    (actor is not None and actor.contains(m))
                    or _in_a_relative_clause(parsed, m, words)
                    or _whose_country(parsed, p, m),
                    _container_rank(k, named, ranks, text),
                    not _attached(parsed, m, words),
                    m.start,
                ),
                p,
            )
            for k, (p, m) in enumerate(named)
        ]
        key, best = min(keyed, key=lambda kp: kp[0])
        if not (key[0] or key[1]):
            return best.id, _site(keyed, best)
        if _the_actor_itself(best, named, actor):
            continue  # 'Russia struck the city': the state that acted, not where
        # only a road's or the actor's place here: a wider scope may name where it happened
        if aside is None or key < aside[0]:
            aside = (key, best.id)
    return (aside[1] if aside is not None else None), None


def _container_rank(
    k: int, named: Sequence[tuple[Place, Span]], ranks: Sequence[int], text: str
) -> int:
    """The rank of the k-th named place (twice its :func:`rank`, to leave room between): a
    wider place written right after a resolved narrower one ('Tuwa (Shada, Sadah)': Sadah
    after Shada, whatever the gazetteer took Sadah for) ranks just after it, for the text
    has told which unit holds the event."""
    place, mention = named[k]
    own = 2 * ranks[k]
    for (other, at), inner in zip(named, ranks, strict=True):
        if other.id == place.id or inner >= UNRESOLVED_RANK or at.end > mention.start:
            continue
        gap = text[at.end : mention.start]
        if 0 < len(gap) <= 30 and _TO_CONTAINER.fullmatch(gap):
            own = max(own, 2 * inner + 1)
    return own


def _the_actor_itself(
    place: Place, named: Sequence[tuple[Place, Span]], actor: Span | None
) -> bool:
    """Whether the place is named only as the actor, the whole of its words ('Russia struck
    the city', 'Islamabad has long accused Kabul'): a state, or a capital standing for its
    government, that acts is no place its act is at ('Kenyan police dispersed ...' still
    places a crowd in Kenya, where the police act)."""
    if actor is None:
        return False
    return all(m.start == actor.start and m.end == actor.end for p, m in named if p.id == place.id)


# What may stand between a place and the wider place the text names for it: 'Eastleigh
# district of Nairobi', 'Elenovka, Donetsk', 'Amba (Bandiagara, Mopti)', 'Thor village in Thies'.
_TO_CONTAINER = re.compile(r"(?:\s+[a-z][\w-]*){0,2}\s*(?:,|\(|\bof\b|\bin\b)\s*(?:the\s+)?")


def _abroad(place: Place, mention: Span, places: Sequence[Place], text: str) -> bool:
    """Whether the gazetteer took a namesake for the place, which then ranks as a name it
    could not place: it lies in another country than the wider place the text names for it
    right after ('Eastleigh district of Nairobi' with Eastleigh put in England), far from the
    town the text puts it in ('the Wadi area of Kelso city', Wadi 700 km away), or, a town,
    in a country none of the text's other places below a country lies in while they lie in
    one other, named at least twice ('near Choro village (Kamjong district, Manipur)' with Choro put in Brazil)."""
    if place.country is None or place.level is PlaceLevel.COUNTRY:
        return False
    for other in places:
        if other.id == place.id or other.country is None:
            continue
        far = other.country == place.country and _far_from_its_town(place, other)
        outside = other.country == place.country and _outside_its_unit(place, other)
        if other.country == place.country and not (far or outside):
            continue
        for m in other.mentions:
            gap = text[mention.end : m.start]
            if not (0 < len(gap) <= 30 and _TO_CONTAINER.fullmatch(gap)):
                continue
            # after a comma the wider place may be a unit named after its seat ('Samlout,
            # Battambang'), which the gazetteer reads as the town; 'of' and 'in' say a town
            if outside or not far or _INSIDE_A_TOWN.search(gap):
                return True
    return _lone_abroad(place, places) or _quarter_far_from_town(place, mention, places, text)


# A name that says it is a quarter of a town ('Colonia Las Flores', 'Barrio San Juan'): the
# gazetteer's town of the rest of the name is a namesake unless it lies by the text's town.
_QUARTER = re.compile(r"(?:colonia|col\.|barrio|fraccionamiento|barangay|quartier)\s", re.I)


def _quarter_far_from_town(place: Place, mention: Span, places: Sequence[Place], text: str) -> bool:
    if not _QUARTER.match(text[mention.start : mention.end]):
        return False
    towns = [
        p
        for p in places
        if p.id != place.id and p.level is PlaceLevel.LOCALITY and p.lat is not None
    ]
    return bool(towns) and all(_far_from_its_town(place, t) for t in towns)


_INSIDE_A_TOWN = re.compile(r"\b(?:of|in)\b")


# How far a place may lie from the town the text puts it in (a quarter, a suburb, a village of
# its district named after it) before the reading is a namesake's.
_TOWN_REACH_KM = 50.0


def _far_from_its_town(place: Place, town: Place) -> bool:
    if town.level is not PlaceLevel.LOCALITY or place.level not in _LOCAL:
        return False
    if None in (place.lat, place.lon, town.lat, town.lon):
        return False
    assert place.lat is not None and place.lon is not None
    assert town.lat is not None and town.lon is not None
    return distance_km(place.lat, place.lon, town.lat, town.lon) > _TOWN_REACH_KM


def _outside_its_unit(place: Place, unit: Place) -> bool:
    """Whether the gazetteer put the place in another first-level unit than the one the text
    names for it ('Kohistan district, Badakhshan' with Kohistan read in Herat)."""
    if unit.level is not PlaceLevel.REGION or len(unit.admin) != 1 or len(place.admin) < 2:
        return False
    # the first letters of the name: spellings of one unit differ in their endings
    # ('Herat', 'Herāt'; 'Sadah', 'Saada'), two units at once
    ours = name_key(place.admin[1])[:3]
    theirs = {name_key(n)[:3] for n in (unit.name, unit.gazetteer_name) if n}
    return bool(ours) and ours not in theirs


def _lone_abroad(place: Place, places: Sequence[Place]) -> bool:
    """A town in a country none of the text's other places (below a country) lies in, while
    those lie in one other country and are named at least twice."""
    if place.level not in (PlaceLevel.LOCALITY, PlaceLevel.POINT):
        return False
    # countries are left out: a note on a border war names both ('Armenian shelling of Tovuz')
    others = [
        p
        for p in places
        if p.id != place.id and p.country is not None and p.level is not PlaceLevel.COUNTRY
    ]
    if len({p.country for p in others}) != 1 or place.country == others[0].country:
        return False
    return sum(len(p.mentions) for p in others) >= 2


def _site(
    keyed: Sequence[tuple[tuple[bool, bool, int, bool, int], Place]], best: Place
) -> str | None:
    """The best-ranked unresolved place of a scope that can lie inside ``best``: below a region
    a locality, point or name of unknown level; below a locality a point or unknown name."""
    if best.lat is None:
        return None  # the place is the unresolved name itself
    finer = FINER.get(best.level, frozenset())
    unknown = [
        (key[3], key[4], p.id)
        for key, p in keyed
        if p.lat is None and p.level in finer and not (key[0] or key[1])
    ]
    return min(unknown)[2] if unknown else None
