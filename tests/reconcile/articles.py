"""Hand-written articles about invented places, analysed by hand into reports for merging tests.

Northland and Southland are at war; Lakeside and Millbrook are Northland towns 8 km apart,
Hillport is far to the south. Each builder returns a Report with one event and the records it
refers to, every span found in the text we wrote.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from sitrep.ingest.readers import content_id
from sitrep.records import (
    AcledSubEvent,
    Actor,
    ActorKind,
    Article,
    Casualty,
    CasualtyGroup,
    Claim,
    ClaimLink,
    Count,
    DatePrecision,
    Event,
    EventClaim,
    EventType,
    Place,
    PlaceLevel,
    Report,
    Span,
    Stance,
)

PLACES = {
    "Lakeside": ("g-lakeside", 40.10, 46.50, PlaceLevel.LOCALITY),
    "Millbrook": ("g-millbrook", 40.15, 46.57, PlaceLevel.LOCALITY),
    "Hillport": ("g-hillport", 38.90, 45.10, PlaceLevel.LOCALITY),
    "Northland": ("g-northland", 40.50, 46.00, PlaceLevel.COUNTRY),
}
COUNTRIES = {"Northland": "NL", "Southland": "SL"}


def span(text: str, words: str) -> Span:
    start = text.index(words)
    return Span(start, start + len(words))


def report(
    text: str,
    *,
    source: str,
    published: str,
    trigger: str,
    type: EventType = EventType.ASSAULT,
    acled: AcledSubEvent | None = AcledSubEvent.SHELLING_ARTILLERY_MISSILE,
    place: str | None = None,
    date: str | None = None,
    actor: str | None = None,
    target: str | None = None,
    speaker: str | None = None,
    stance: Stance | None = None,
    claim: str | None = None,
) -> Report:
    """One article with one event; ``place``, ``actor``, ``target`` and ``speaker`` are words of
    the text (the speaker's country is that of the first country name in its words)."""
    actors: list[Actor] = []

    def actor_for(words: str | None) -> str | None:
        if words is None:
            return None
        country = next((c for name, c in COUNTRIES.items() if name in words), None)
        actors.append(
            Actor(
                id=f"a{len(actors) + 1}",
                name=words,
                kind=ActorKind.STATE if words in COUNTRIES else ActorKind.ORGANIZATION,
                mentions=(span(text, words),),
                country=country,
            )
        )
        return actors[-1].id

    places = []
    if place is not None:
        gid, lat, lon, level = PLACES[place]
        places.append(
            Place(
                id="p1",
                name=place,
                mentions=(span(text, place),),
                lat=lat,
                lon=lon,
                country="NL",
                level=level,
                gazetteer_id=gid,
            )
        )
    actor_id, target_id, speaker_id = actor_for(actor), actor_for(target), actor_for(speaker)
    claims = []
    if claim is not None and stance is not None:
        claims.append(
            Claim(
                id="c1",
                speaker=speaker_id,
                cue="said",
                stance=stance,
                content=span(text, claim),
                evidence=(Span(0, len(text)),),
            )
        )
    link = ClaimLink.DENIES if stance in (Stance.DENY, Stance.REJECT) else ClaimLink.ASSERTS
    event = Event(
        id="e1",
        type=type,
        acled=acled,
        actor=actor_id,
        target=target_id,
        place="p1" if places else None,
        date=date,
        date_precision=DatePrecision.DAY if date else None,
        claims=tuple(EventClaim(claim=c.id, stance=link) for c in claims),
        evidence=(span(text, trigger),),
        trigger=span(text, trigger),
    )
    return Report(
        article=Article(
            id=content_id(text),
            text=text,
            source=source,
            published=dt.date.fromisoformat(published),
        ),
        actors=tuple(actors),
        places=tuple(places),
        claims=tuple(claims),
        events=(event,),
    )


def accused() -> Report:
    text = "Northland's defence ministry said Southland artillery shelled Lakeside on Friday."
    return report(
        text,
        source="North Wire",
        published="2020-10-31",
        trigger="shelled",
        place="Lakeside",
        date="2020-10-30",
        actor="Southland",
        speaker="Northland's defence ministry",
        stance=Stance.ACCUSE,
        claim="Southland artillery shelled Lakeside on Friday",
    )


def denied() -> Report:
    text = "Southland's government denied that its guns fired on Lakeside on Friday."
    return report(
        text,
        source="South Post",
        published="2020-10-31",
        trigger="fired",
        place="Lakeside",
        date="2020-10-30",
        speaker="Southland's government",
        stance=Stance.DENY,
        claim="its guns fired on Lakeside on Friday",
    )


def nearby() -> Report:
    text = "Shells hit Millbrook overnight into Saturday, a monitor said."
    return report(
        text,
        source="Monitor Daily",
        published="2020-11-01",
        trigger="Shells hit",
        place="Millbrook",
        date="2020-10-31",
    )


def far_away() -> Report:
    text = "Artillery shelled Hillport on Friday, residents said."
    return report(
        text,
        source="Hill Herald",
        published="2020-10-31",
        trigger="shelled",
        place="Hillport",
        date="2020-10-30",
    )


def protest() -> Report:
    text = "Hundreds protested in Lakeside on Friday against the war."
    return report(
        text,
        source="North Wire",
        published="2020-10-31",
        trigger="protested",
        type=EventType.PROTEST,
        acled=AcledSubEvent.PEACEFUL_PROTEST,
        place="Lakeside",
        date="2020-10-30",
    )


def with_toll(built: Report, words: str, killed: int, *, group: str = "civilian") -> Report:
    """``built`` with one casualty figure of the killed told in ``words`` (the event's words),
    given by the article's claim when it has one."""
    claim = built.claims[0] if built.claims else None
    figure = Casualty(
        id="k1",
        reporter=claim.speaker if claim else None,
        claim=claim.id if claim else None,
        killed=Count(value=killed),
        group=CasualtyGroup(group),
        evidence=(span(built.article.text, words),),
    )
    return replace(built, casualties=(figure,))
