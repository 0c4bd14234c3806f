"""Reports built by hand from sentences we wrote, so store tests need no model and no stage."""

from __future__ import annotations

import datetime as dt

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
    Contradiction,
    ContradictionKind,
    Count,
    DatePrecision,
    Event,
    EventClaim,
    EventType,
    Place,
    PlaceLevel,
    Qualifier,
    Report,
    Sentence,
    Span,
    Stance,
)

TEXT = (
    "Shelling reported near Lakeside\n\n"
    "The defence ministry of Northland said on Friday that southern artillery shelled "
    "the town of Lakeside overnight. "
    "Southland's government denied that its forces had fired on the town. "
    "Two northern soldiers were killed, the ministry said."
)


def span(text: str, words: str, *, after: int = 0) -> Span:
    start = text.index(words, after)
    return Span(start, start + len(words))


def shelling_report(
    *,
    text: str = TEXT,
    url: str | None = "https://news.example/lakeside",
    published: dt.date = dt.date(2020, 10, 31),
    source: str = "Example Wire",
    killed: int = 2,
    qualifier: Qualifier = Qualifier.EXACT,
    event_date: str | None = "2020-10-30",
    site: bool = False,
) -> Report:
    """One article with one of every record: two actors, a place, two claims that disagree, an
    event they are about, a casualty figure and the contradiction between the claims."""
    title_end = text.index("\n")
    sentences: list[Sentence] = []
    start = title_end + 2
    for end_mark in (". ", ". ", "."):
        end = text.index(end_mark, start) + 1
        sentences.append(Sentence(index=len(sentences), span=Span(start, end)))
        start = end + 1
    ministry = Actor(
        id="a1",
        name="Ministry of Defence of Northland",
        kind=ActorKind.ORGANIZATION,
        mentions=(span(text, "The defence ministry of Northland"),),
        country="NL",
    )
    south = Actor(
        id="a2",
        name="Southland",
        kind=ActorKind.STATE,
        mentions=(span(text, "Southland's government"),),
    )
    north = Actor(
        id="a3",
        name="Northland",
        kind=ActorKind.STATE,
        mentions=(span(text, "Northland"),),
        country="NL",
    )
    place = Place(
        id="p1",
        name="Lakeside",
        mentions=(span(text, "Lakeside", after=title_end),),
        lat=40.1,
        lon=46.5,
        country="NL",
        level=PlaceLevel.LOCALITY,
        gazetteer_id="geonames:1000001",
        gazetteer_name="Lakeshore",
        admin=("Northland", "Lake Province"),
    )
    # 'the town' as a site the gazetteer could not place, finer than Lakeside (with ``site``)
    town = Place(id="p2", name="the town", mentions=(span(text, "the town", after=title_end),))
    said = Claim(
        id="c1",
        speaker="a1",
        cue="said",
        stance=Stance.ACCUSE,
        content=span(text, "southern artillery shelled the town of Lakeside overnight"),
        evidence=(sentences[0].span,),
        source_span=span(text, "The defence ministry of Northland"),
    )
    denied = Claim(
        id="c2",
        speaker="a2",
        cue="denied",
        stance=Stance.DENY,
        content=span(text, "its forces had fired on the town"),
        evidence=(sentences[1].span,),
        source_span=span(text, "Southland's government"),
    )
    event = Event(
        id="e1",
        type=EventType.ASSAULT,
        acled=AcledSubEvent.SHELLING_ARTILLERY_MISSILE,
        actor="a2",
        target="a3",
        place="p1",
        site="p2" if site else None,
        date=event_date,
        date_precision=DatePrecision.DAY if event_date else None,
        claims=(
            EventClaim(claim="c1", stance=ClaimLink.ASSERTS),
            EventClaim(claim="c2", stance=ClaimLink.DENIES),
        ),
        evidence=(span(text, "shelled the town of Lakeside"),),
    )
    casualty = Casualty(
        id="k1",
        reporter="a1",
        evidence=(span(text, "northern soldiers were killed"),),
        killed=Count(value=killed, qualifier=qualifier),
        group=CasualtyGroup.MILITARY,
        side="a3",
        as_of=published.isoformat(),
    )
    return Report(
        article=Article(
            id=content_id(text),
            text=text,
            title=text[:title_end],
            source=source,
            url=url,
            published=published,
        ),
        sentences=tuple(sentences),
        actors=(ministry, south, north),
        places=(place, town) if site else (place,),
        claims=(said, denied),
        events=(event,),
        casualties=(casualty,),
        contradictions=(
            Contradiction(kind=ContradictionKind.DENIAL, between=("c1", "c2"), about="e1"),
        ),
    )
