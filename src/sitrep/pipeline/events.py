"""Stage events.v1: what the article reports was done, by whom, to whom, where and when.

Events come from :mod:`sitrep.events.extract` (trigger words, ACLED rules, the shipped PLOVER
classifier). This stage ties each to the other layers:

- ``actor``/``target``: the actor named by the trigger's subject/object words (the agent of a
  passive, the possessor or 'by' phrase of a noun); a weapon a state's adjective or name
  modifies ('Russian drones struck') is that state's armed forces, else the state, when the
  article names either; ``actor_span``/``target_span``: those words,
  kept even when they name no actor of the actors layer ('hundreds of students');
- ``place``: the most specific resolved place named in the trigger's own clause, else its verb's
  clause, else its sentence, else the place an opening 'in X' set for its paragraph, else the
  place of the event told before it in its paragraph (:mod:`sitrep.events.place`); ``site``: a
  more specific name there the gazetteer could not resolve ('in Kuvasali village, Kakamega
  County': place the county, site the village);
- ``date``/``date_precision``: the first day and precision of the time expression the parse
  attaches to the trigger (or to its light verb, or the verb its participle goes with), else
  of the date that opens its sentence or paragraph as a frame ('On 29 April 2020, ...', also
  'As reported on 2 May, ...' and for an act told in someone's words there, as ACLED dates
  them); null when neither is (never a date merely near it or the publication date;
  :mod:`sitrep.events.dating`);
- ``claims``: every claim whose content holds the trigger asserts it (a denial or rejection of
  it, by stance, denies it); a later denial of 'the allegation' denies the events the
  accusation before it asserted, those by the denier's side first;
- an event told twice is one event with the evidence of both (told once with its actor and
  once without, the known actor); a headline's event with no date is the lede's event of the
  same type (and weapon) and a compatible actor, and 'the strike' or 'the toll
  from the shelling' the strike or shelling told before; a count of many acts ('700 air
  strikes since the coup') and an act told as 'separate' merge with none
  (:mod:`sitrep.events.merge`).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, ClassVar

from sitrep.actors import state_actor
from sitrep.actors.lexicon.places import PLACE_REFERENCES
from sitrep.attribution.stance import limited_by_only
from sitrep.events.dating import event_date, frames
from sitrep.events.extract import TERRITORY, Found, events_in
from sitrep.events.found import STATEMENTS
from sitrep.events.harm import HARM
from sitrep.events.merge import Told, merge_duplicates
from sitrep.events.nonevents import accidental_harm, blast_retold
from sitrep.events.place import (
    carry_places,
    locate_event,
    named_places,
    paragraphs,
    scenes,
)
from sitrep.events.place.ranks import rank
from sitrep.events.reference import aggregate, charged, own_subject, set_apart, told_again
from sitrep.events.roles import pronoun_owner, weapon_country
from sitrep.events.senses import dateline, partners, procurement
from sitrep.events.triggers import NOUNS, VIOLENT
from sitrep.geo.lookup import distance_km
from sitrep.ingest.dateline import match_dateline
from sitrep.pipeline.base import Document
from sitrep.records import (
    Actor,
    ActorKind,
    Claim,
    ClaimLink,
    Event,
    EventClaim,
    EventType,
    Place,
    PlaceLevel,
    Span,
    Stance,
    TimeExpression,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc as SpacyDoc
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

_DENIALS = frozenset({Stance.DENY, Stance.REJECT})
# Statements one side makes, whose maker is the speaker of the claim they cue.
_ONE_SIDED = frozenset({EventType.REJECT, EventType.ACCUSE, EventType.THREATEN, EventType.REQUEST})
_BACK_REFERENCE = re.compile(r"\b(?:allegations?|accusations?|claims?|reports?|charges?)\b", re.I)


def _actor_at(actors: Sequence[Actor], span: Span | None) -> str | None:
    if span is None or not actors:
        return None
    from sitrep.actors import actor_at

    found = actor_at(actors, span)
    return found.id if found else None


def _weapon_state(actors: Sequence[Actor], country: str) -> str | None:
    """The actor that fires a state's weapons: its armed forces when the article names them,
    else the state itself; None when the article names neither."""
    state = state_actor(actors, country)
    if state is None:
        return None
    forces = next(
        (a for a in actors if a.kind is ActorKind.ARMED_GROUP and a.affiliation == state.id),
        None,
    )
    return (forces or state).id


def _actor_of(actors: Sequence[Actor], parsed: SpacyDoc, span: Span | None) -> str | None:
    """The actor named at the actor words ``span``; for a weapon a state's adjective or name
    modifies ('Russian drones struck', "Ukraine's drones attacked"), that state's forces
    where the article names the state, else the actor at the words."""
    if span is None:
        return None
    words = parsed.char_span(span.start, span.end, alignment_mode="expand")
    country = weapon_country(words.root) if words is not None else None
    state = _weapon_state(actors, country) if country is not None else None
    if state is not None:
        return state
    # 'the U.S. Central Command said its forces had shot down ...' with no state actor named:
    # the forces the words name
    found = _actor_at(actors, span)
    if found is None and words is not None and _government_troops(words.root):
        return _only_forces(actors)
    owner = pronoun_owner(words.root) if found is None and words is not None else None
    if owner is not None:
        # 'the U.S. Central Command said its forces had ...': the forces are the Command's
        found = _actor_at(actors, Span(owner.left_edge.idx, owner.idx + len(owner)))
    return found


_TROOPS = frozenset({"force", "troop", "soldier"})
_OF_THE_STATE = frozenset({"government", "state", "federal", "regime"})


def _government_troops(t: Token) -> bool:
    """'government troops', 'state forces', 'regime soldiers': a state's forces unnamed."""
    return t.lemma_.lower() in _TROOPS and any(
        c.dep_ in {"compound", "amod"} and c.lower_ in _OF_THE_STATE for c in t.children
    )


def _only_forces(actors: Sequence[Actor]) -> str | None:
    """The armed forces of a state, when the article names those of one state only."""
    states = {a.id for a in actors if a.kind is ActorKind.STATE}
    forces = [a for a in actors if a.kind is ActorKind.ARMED_GROUP and a.affiliation in states]
    return forces[0].id if len({a.affiliation for a in forces}) == 1 else None


# Prepositions that tell where the target was: what follows them is no target.
_WHERE = frozenset({"in", "at", "near", "outside", "inside", "across", "around"})


def _target_words(parsed: SpacyDoc, span: Span | None) -> Span | None:
    """The target words less where the target was: 'a crowded market in the town of X in
    Sudan's north' is the market, not Sudan (a place's state is no target)."""
    if span is None:
        return None
    words = parsed.char_span(span.start, span.end, alignment_mode="expand")
    if words is None:
        return span
    cut = next(
        (w for w in words if w.i > words.root.i and w.dep_ == "prep" and w.lower_ in _WHERE),
        None,
    )
    if cut is None or cut.idx <= span.start:
        return span
    last = parsed[cut.i - 1]
    return Span(span.start, last.idx + len(last.text))


_CLOSING = frozenset(".!?\"'”’:;")


def _headline(doc: Document, sentences: Sequence[SpacySpan]) -> int | None:
    """The index of the title line when the text opens with one: the article's title, or a
    first line that ends without a full stop and stands alone."""
    if not sentences:
        return None
    first = sentences[0]
    line = first.text.strip()
    title = (doc.article.title or "").strip()
    end = first.start_char + len(first.text.rstrip())
    if line and (line == title or (line[-1] not in _CLOSING and doc.text[end : end + 1] == "\n")):
        return 0
    return None


def _mishap_retold(f: Found, parsed: SpacyDoc, lede: Sequence[SpacySpan]) -> bool:
    """Whether the headline's act ``f`` is a harm with no doer ('Five workers injured at
    eastern mine') that the lede tells again as a mishap, no one's act ('were injured when a
    lift cable snapped')."""
    lemma = parsed[f.trigger_index].lemma_.lower()
    if f.actor is not None or lemma not in HARM:
        return False
    return any(t.lemma_.lower() == lemma and accidental_harm(t) for sent in lede for t in sent)


def _other_acts(found: Sequence[tuple[int, Found]], index: int, f: Found) -> list[Span]:
    """The clauses of sentence ``index`` (a headline) that tell another kind of act than
    ``f`` ('Ceasefire talks open in Doha as shelling hits Kharkiv': the talks' clause for the
    shelling, and the reverse), each the widest scope of that act short of ``f``'s words:
    each clause names its own act's place, and an act whose clause names none is not at the
    other's ('Two killed as drone hits Kharkiv', one kind of act, is one scene)."""
    clauses: list[Span] = []
    for at, g in found:
        if at != index or g.type is f.type:
            continue
        if f.clause.contains(g.trigger) or g.clause.contains(f.trigger):
            continue  # one act told inside the other's clause ('evacuates ... shelled villages')
        # each act's scopes short of the other's words; the other's must not meet them
        own = [piece for scope in f.scopes for piece in scope if not piece.contains(g.trigger)]
        clauses.extend(
            piece
            for scope in g.scopes
            for piece in scope
            if not piece.contains(f.trigger) and not any(piece.overlaps(o) for o in own)
        )
    return clauses


# Nouns that refer back to a place the article named: 'on the city's edge' (not 'the
# country' nor 'the state', which say too little of where).
_REFERRING = {
    noun: level
    for noun, level in PLACE_REFERENCES.items()
    if level in {PlaceLevel.LOCALITY, PlaceLevel.REGION} and noun != "state"
}


def _datelines(sentences: Sequence[SpacySpan]) -> list[Span]:
    """Where the article's datelines stand: where the report was filed, no place of its acts."""
    filed = []
    for sent in sentences:
        found = match_dateline(sent.text)
        if found is not None:
            filed.append(Span(sent.start_char, sent.start_char + found.end()))
    return filed


def _place_referred_to(
    parsed: SpacyDoc, places: Sequence[Place], filed: Sequence[Span], clause: Span
) -> str | None:
    """'shells struck a camp on the city's edge': the place the act's own words refer back to
    with 'the city' (or 'the town', 'the region'): the one place finer than a country the
    article named before them, outside datelines (where the report was filed), when it is of
    that level; when the article named none but in its dateline, the dateline's one such place
    ('GENEINA, Sudan (Reuters) - Gunmen killed four people in the city': nothing else is 'the
    city'); None when its words refer to none, or the article named none or several before
    ('shelled from Shusha' after 'Stepanakert': which city is unsure; we never guess a
    referent)."""
    words = parsed.char_span(clause.start, clause.end, alignment_mode="expand")
    if words is None:
        return None
    for w in words:
        level = _REFERRING.get(w.lower_)
        if level is None or w.i == 0 or parsed[w.i - 1].lower_ not in {"the", "this"}:
            continue
        if w.i + 1 < len(parsed) and parsed[w.i + 1].lower_ == "of":
            continue  # 'the city of El Fasher': the place is named there
        here = parsed[w.i - 1].idx
        before = [
            (p, any(f.contains(m) for f in filed))
            for p in places
            if p.level is not PlaceLevel.COUNTRY
            for m in p.mentions
            if m.end <= here
        ]
        earlier = {p.id: p.level for p, in_dateline in before if not in_dateline}
        if not earlier:
            earlier = {p.id: p.level for p, _ in before}
        if len(earlier) == 1 and level in earlier.values():
            return next(iter(earlier))
    return None


def _finer(referred: str | None, place: str | None, ranked: Mapping[str, int]) -> str | None:
    """The place referred to when there is one finer than ``place`` (or ``place`` is None)."""
    if referred is None or (place is not None and ranked[referred] >= ranked[place]):
        return place
    return referred


def _without_mentions(places: Sequence[Place], spans: Sequence[Span]) -> list[Place]:
    """The places less their mentions inside any of ``spans``."""
    kept: list[Place] = []
    for p in places:
        mentions = tuple(m for m in p.mentions if not any(s.contains(m) for s in spans))
        if mentions:
            kept.append(p if mentions == p.mentions else replace(p, mentions=mentions))
    return kept


def _without_partners(places: Sequence[Place], sentences: Sequence[SpacySpan]) -> list[Place]:
    """The places less their mentions as a partner in getting arms or in backing ('turned to
    Russia for weapons', 'backed by Russia'): those name no scene of an event."""
    ranges = [r for sent in sentences for r in partners(sent)]
    if not ranges:
        return list(places)
    kept: list[Place] = []
    for p in places:
        mentions = tuple(
            m for m in p.mentions if not any(a <= m.start and m.end <= b for a, b in ranges)
        )
        if mentions:
            kept.append(p if mentions == p.mentions else replace(p, mentions=mentions))
    return kept


def detect_events(doc: Document) -> tuple[Event, ...]:
    places: Sequence[Place] = doc.places if doc.has("places") else ()
    actors: Sequence[Actor] = doc.actors if doc.has("actors") else ()
    claims: Sequence[Claim] = doc.claims if doc.has("claims") else ()
    times: Sequence[TimeExpression] = doc.times if doc.has("times") else ()
    parsed = doc.parse.doc
    found: list[tuple[int, Found]] = []
    sentences = list(parsed.sents)
    for index, sent in enumerate(sentences):
        # a trigger word inside a time expression is a name of the calendar ('3 March')
        found.extend(
            (index, f)
            for f in events_in(sent)
            if not any(t.span.contains(f.trigger) for t in times)
        )
    # 'The blast damaged the shaft' after 'an explosion at a coal mine': a mishap told again
    found = [(i, f) for i, f in found if not (f.back and blast_retold(parsed[f.trigger_index]))]
    framing = frames(sentences, times)
    settings = scenes(sentences, places, parsed=parsed)
    events: list[Event] = []
    asserted_by: dict[str, list[int]] = {}
    scenery = _without_partners(places, sentences)
    headline = _headline(doc, sentences)
    if headline is not None:
        # 'Five workers injured at mine' over 'were injured when a lift cable snapped'
        lede = sentences[headline + 1 : headline + 3]
        found = [(i, f) for i, f in found if i != headline or not _mishap_retold(f, parsed, lede)]
    # per claim whose content is the noun of violence an act is told in, that act's word
    acts_named = {c.id: act for c in claims if (act := _act_named(c, parsed)) is not None}
    # per event, whether it is a headline's act kept from the other clauses' places
    kept_apart: list[bool] = []
    # per event, whether it is told only as someone's charge ('accused the army of shelling
    # the market', '... said the army's own aircraft had bombed the market')
    charges: list[bool] = []
    for index, f in found:
        sent = sentences[index]
        # the whole sentence last: a clause telling of something else ('killed by militants
        # who raided a camp in Tarbaj') may still be all the sentence says of where
        scopes = (*f.scopes, (Span(sent.start_char, sent.end_char),))
        holders = [
            c
            for c in claims
            if c.content.contains(f.trigger) or acts_named.get(c.id) == f.trigger_index
        ]
        links = []
        for c in holders:
            denied = c.stance in _DENIALS and not limited_by_only(parsed[f.trigger_index])
            stance = ClaimLink.DENIES if denied else ClaimLink.ASSERTS
            links.append(EventClaim(claim=c.id, stance=stance))
            asserted_by.setdefault(c.id, []).append(len(events))
        charges.append(
            charged(parsed[f.trigger_index])
            or (bool(holders) and all(c.stance is Stance.ACCUSE for c in holders))
        )
        others = _other_acts(found, index, f) if index == headline else ()
        kept_apart.append(bool(others))
        place, site = locate_event(
            _without_mentions(scenery, others) if others else scenery,
            scopes,
            parsed=parsed,
            trigger=f.trigger_index,
            target=f.target_area,
            actor=f.actor,
        )
        dated = event_date(times, parsed[f.trigger_index], parsed=parsed, frame=framing[index])
        if dated is None and f.harm_index >= 0:
            # 'were wounded on Sunday when a shell exploded': the harm's time is the act's
            dated = event_date(times, parsed[f.harm_index], parsed=parsed, frame=framing[index])
        date, precision = dated if dated is not None else (None, None)
        actor = _actor_of(actors, parsed, f.actor)
        actor_span = f.actor
        if actor is None and f.type in _ONE_SIDED and index != headline:
            # ', a charge Kigali denies': the statement's words are a claim's cue, and the
            # claim's speaker (the state its capital stands for) is who made it (not an
            # agreement, which both sides make; not a headline's, told again in the lede)
            cued = next((c for c in claims if c.cue_span == f.trigger), None)
            if cued is not None and cued.speaker is not None:
                actor, actor_span = cued.speaker, actor_span or cued.source_span
        events.append(
            Event(
                id=f"e{len(events) + 1}",
                type=f.type,
                acled=f.acled,
                actor=actor,
                target=_actor_at(actors, _target_words(parsed, f.target)),
                place=settings[index].settle(place, places),
                site=site,
                date=date,
                date_precision=precision,
                claims=tuple(links),
                trigger=f.trigger,
                actor_span=actor_span,
                target_span=f.target,
                evidence=(f.clause,),
            )
        )
    _link_denials(doc, claims, actors, events, asserted_by)
    _link_fall_denials(doc, claims, events, asserted_by)
    with_events = {index for index, _ in found}
    carried = carry_places(
        [(index, e.place) for e, (index, _) in zip(events, found, strict=True)],
        paragraphs(sentences),
        # a dateline names where the report was filed, not where its events happened; a
        # sentence of getting arms ('turned to Russia for weapons') names a partner
        named=[
            None if i in with_events or dateline(sentences[i]) or procurement(sentences[i]) else p
            for i, p in enumerate(named_places(sentences, places, parsed=parsed))
        ],
        places=places,
    )
    events = [
        replace(e, place=e.place if apart else p)
        for e, p, apart in zip(events, carried, kept_apart, strict=True)
    ]
    filed = _datelines(sentences)
    # an act placed nowhere, or only in a country or region, whose words say 'the city': the
    # place referred to, when finer ('killed four people in the city' of a story filed from
    # Geneina, 'as fighting spread through West Darfur')
    coarse = {p.id for p in places if p.level in {PlaceLevel.COUNTRY, PlaceLevel.REGION}}
    ranked = {p.id: rank(p) for p in places}
    events = [
        replace(
            e,
            place=_finer(_place_referred_to(parsed, places, filed, e.evidence[0]), e.place, ranked),
        )
        if e.type not in STATEMENTS and (e.place is None or e.place in coarse) and e.evidence
        else e
        for e in events
    ]
    named = [
        frozenset(p.id for p in places for m in p.mentions if s.start_char <= m.start < s.end_char)
        for s in sentences
    ]
    told = [
        Told(
            event=e,
            sentence=index,
            lemma=parsed[f.trigger_index].lemma_.lower(),
            back=f.back,
            headline=index == headline,
            places_named=named[index],
            aggregate=aggregate(parsed[f.trigger_index]),
            apart=set_apart(parsed[f.trigger_index]),
            again=told_again(parsed[f.trigger_index]),
            subject=own_subject(parsed[f.trigger_index]),
            charged=charge,
            state=_state_of(actors, e.actor),
            within=_within(places, e.place),
            near=_near(places, e.place),
        )
        for e, (index, f), charge in zip(events, found, charges, strict=True)
    ]
    return tuple(merge_duplicates(told))


def _within(places: Sequence[Place], place_id: str | None) -> frozenset[str]:
    """The places the article names that hold the place ``place_id``: its country."""
    place = next((p for p in places if p.id == place_id), None)
    if place is None or place.country is None:
        return frozenset()
    return frozenset(
        p.id
        for p in places
        if p.id != place.id and p.level is PlaceLevel.COUNTRY and p.country == place.country
    )


# How far apart two towns may lie for a headline to name one for the other ('air strike kills
# six in Gaza' for a strike in Khan Younis): a headline names the better-known place nearby.
_NEARBY_KM = 50.0


def _near(places: Sequence[Place], place_id: str | None) -> frozenset[str]:
    """The towns and points the article names within :data:`_NEARBY_KM` of the town or point
    ``place_id``."""
    place = next((p for p in places if p.id == place_id), None)
    if place is None or place.level not in _TOWNS or place.lat is None or place.lon is None:
        return frozenset()
    return frozenset(
        p.id
        for p in places
        if p.id != place.id
        and p.level in _TOWNS
        and p.lat is not None
        and p.lon is not None
        and distance_km(place.lat, place.lon, p.lat, p.lon) <= _NEARBY_KM
    )


_TOWNS = frozenset({PlaceLevel.LOCALITY, PlaceLevel.POINT})


def _state_of(actors: Sequence[Actor], actor_id: str | None) -> str | None:
    """The state an actor is, or whose armed forces it is (the actors layer gives a state's
    forces the state as affiliation): 'Israel' and 'Military Forces of Israel' are one side."""
    actor = next((a for a in actors if a.id == actor_id), None)
    if actor is None:
        return None
    if actor.kind is ActorKind.STATE:
        return actor.id
    state = next((a for a in actors if a.id == actor.affiliation), None)
    if actor.kind is ActorKind.ARMED_GROUP and state is not None:
        return state.id if state.kind is ActorKind.STATE else None
    return None


def _side(actors: Sequence[Actor], actor_id: str | None) -> str | None:
    """The country an actor belongs to (its own code for a state), when known."""
    actor = next((a for a in actors if a.id == actor_id), None)
    return actor.country if actor is not None else None


def _act_named(claim: Claim, parsed: SpacyDoc) -> int | None:
    """'wounded in the attack, which the army blamed on the rebels': the word of the act whose
    verb the noun of violence that is the claim's content is told in ('in the attack'); that
    claim is of that act. None where the content is no such noun."""
    words = parsed.char_span(claim.content.start, claim.content.end, alignment_mode="expand")
    if words is None:
        return None
    noun = words.root
    link = noun.head
    if (
        noun.pos_ == "NOUN"
        and noun.dep_ == "pobj"
        and VIOLENT[0] in NOUNS.get(noun.lemma_.lower(), ())
        and link.dep_ == "prep"
    ):
        return link.head.i
    return None


def _link_denials(
    doc: Document,
    claims: Sequence[Claim],
    actors: Sequence[Actor],
    events: list[Event],
    asserted_by: dict[str, list[int]],
) -> None:
    """'X rejected the allegation': X denies the attacks the accusations before it asserted.

    The accusations are the (up to three) claims before the denial by other speakers. Those of
    their attacks whose actor is on the denier's side are denied; when none is known to be, the
    attacks of the nearest accusation are.
    """
    ordered = sorted(claims, key=lambda c: c.content.start)
    for i, c in enumerate(ordered):
        if c.stance not in _DENIALS or not _BACK_REFERENCE.search(doc.span_text(c.content)):
            continue
        # 'denied accusations that its troops executed civilians': it names the act it denies,
        # so it denies no other side's attack told before
        names_its_act = any(
            ec.claim == c.id and ec.stance is ClaimLink.DENIES and e.type is EventType.ASSAULT
            for e in events
            for ec in e.claims
        )
        side = _side(actors, c.speaker)
        window = ordered[max(0, i - 3) : i]
        if window and _set_beside(doc.text, window[-1], c):
            # 'Islamabad accuses Kabul of sheltering the group, a charge the Taliban deny': the
            # charge is the statement it is set beside, and only that one
            window = window[-1:]
        earlier = [e for e in reversed(window) if e.speaker != c.speaker and e.id in asserted_by]
        attacks = [
            [k for k in asserted_by[e.id] if events[k].type is EventType.ASSAULT] for e in earlier
        ]
        ours = [
            k
            for group in attacks
            for k in group
            if side is not None
            and (events[k].actor == c.speaker or _side(actors, events[k].actor) == side)
        ]
        fallback = [] if names_its_act else next((g for g in attacks if g), [])
        for k in ours or fallback:
            _add_denial(events, k, c.id)


def _add_denial(events: list[Event], k: int, claim: str) -> None:
    """The event ``k`` denied by ``claim``, unless the claim is linked to it already."""
    e = events[k]
    if all(ec.claim != claim for ec in e.claims):
        events[k] = replace(e, claims=(*e.claims, EventClaim(claim=claim, stance=ClaimLink.DENIES)))


# A denial that ground was lost: 'denied the town had fallen'.
_FALLEN = re.compile(r"\b(?:fallen|fell|falls)\b", re.I)


def _link_fall_denials(
    doc: Document,
    claims: Sequence[Claim],
    events: list[Event],
    asserted_by: dict[str, list[int]],
) -> None:
    """'M23 said they had seized the town ..., but the army denied the town had fallen': the
    denial of the fall, which tells no act of its own, denies the taking of ground the nearest
    claim before it by another speaker (of the three before it) asserted."""
    ordered = sorted(claims, key=lambda c: c.content.start)
    for i, c in enumerate(ordered):
        if c.stance not in _DENIALS or c.id in asserted_by:
            continue
        if not _FALLEN.search(doc.span_text(c.content)):
            continue
        for e in reversed(ordered[max(0, i - 3) : i]):
            taken = [k for k in asserted_by.get(e.id, []) if events[k].acled in TERRITORY]
            if e.speaker == c.speaker or not taken:
                continue
            for k in taken:
                _add_denial(events, k, c.id)
            break


_SENTENCE_END = re.compile(r"[.!?][\"”’]?\s")


def _set_beside(text: str, claim: Claim, denial: Claim) -> bool:
    """Whether ``denial`` answers ``claim`` in the same sentence, right after it."""
    return claim.content.end <= denial.content.start and not _SENTENCE_END.search(
        text[claim.content.end : denial.content.start]
    )


class EventsStage:
    name: ClassVar[str] = "events.v1"
    provides: ClassVar[str] = "events"
    requires: ClassVar[tuple[str, ...]] = ("parse", "times", "places", "actors", "claims")

    def __call__(self, doc: Document) -> tuple[Event, ...]:
        return detect_events(doc)
