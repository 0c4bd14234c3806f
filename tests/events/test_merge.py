from __future__ import annotations

from sitrep.events.merge import Told, merge_duplicates
from sitrep.records import AcledSubEvent, ClaimLink, Event, EventClaim, EventType, Span


def _event(
    eid: str,
    start: int,
    *,
    place: str | None = None,
    date: str | None = None,
    actor: str | None = None,
) -> Event:
    return Event(
        id=eid,
        type=EventType.ASSAULT,
        acled=AcledSubEvent.SHELLING_ARTILLERY_MISSILE,
        actor=actor,
        place=place,
        date=date,
        claims=(EventClaim(claim=f"c{eid}", stance=ClaimLink.ASSERTS),),
        evidence=(Span(start, start + 5),),
    )


def test_one_event_told_twice_keeps_both_evidence_and_claims() -> None:
    first = Told(event=_event("e1", 0, place="p1"), sentence=0, lemma="shell")
    again = Told(event=_event("e2", 50, place="p1", date="2020-10-30"), sentence=3, lemma="shell")
    (merged,) = merge_duplicates([first, again])
    assert merged.id == "e1" and merged.date == "2020-10-30"
    assert merged.evidence == (Span(0, 5), Span(50, 55))
    assert {c.claim for c in merged.claims} == {"ce1", "ce2"}


def test_unnamed_events_in_different_sentences_stay_apart() -> None:
    a = Told(event=_event("e1", 0), sentence=0, lemma="shell")
    b = Told(event=_event("e2", 50), sentence=2, lemma="shell")
    assert [e.id for e in merge_duplicates([a, b])] == ["e1", "e2"]


def test_different_actors_stay_apart() -> None:
    a = Told(event=_event("e1", 0, actor="a1"), sentence=0, lemma="shell")
    b = Told(event=_event("e2", 10, actor="a2"), sentence=0, lemma="shell")
    assert len(merge_duplicates([a, b])) == 2
