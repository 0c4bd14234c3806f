from __future__ import annotations

from dataclasses import replace

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


def test_verbs_with_subjects_of_their_own_in_one_sentence_stay_apart() -> None:
    # 'Israel hits Hamas after rockets kill two Israelis': two doers, two acts
    a = Told(event=_event("e1", 0, actor="a1"), sentence=0, lemma="hit", subject="israel")
    b = Told(event=_event("e2", 30), sentence=0, lemma="kill", subject="rocket")
    assert len(merge_duplicates([a, b])) == 2
    # 'Gunmen stormed the village and killed five': the second verb shares the subject
    c = Told(event=_event("e1", 0, actor="a1"), sentence=0, lemma="storm", subject="gunman")
    d = Told(event=_event("e2", 30), sentence=0, lemma="kill")
    assert len(merge_duplicates([c, d])) == 1


def test_a_back_reference_is_filed_under_the_event_before_and_names_its_kind() -> None:
    first = Event(id="e1", type=EventType.ASSAULT, evidence=(Span(0, 10),), place="p1")
    again = Event(
        id="e2",
        type=EventType.ASSAULT,
        acled=AcledSubEvent.REMOTE_EXPLOSIVE,
        evidence=(Span(20, 30),),
        place="p2",
    )
    (merged,) = merge_duplicates(
        [
            Told(event=first, sentence=0, lemma="detonate"),
            Told(event=again, sentence=1, lemma="explosion", back=True),
        ]
    )
    assert merged.place == "p1" and merged.acled is AcledSubEvent.REMOTE_EXPLOSIVE
    assert merged.evidence == (Span(0, 10), Span(20, 30))


def test_a_headline_event_goes_to_the_lede_event_whose_place_it_names() -> None:
    head = Event(id="e1", type=EventType.ASSAULT, evidence=(Span(0, 10),), place="p1")
    other = Event(id="e2", type=EventType.ASSAULT, evidence=(Span(20, 30),), place="p3")
    lede = Event(id="e3", type=EventType.ASSAULT, evidence=(Span(40, 50),), place="p2")
    merged = merge_duplicates(
        [
            Told(
                event=head,
                sentence=0,
                lemma="strike",
                headline=True,
                places_named=frozenset({"p1", "p2"}),
            ),
            Told(event=other, sentence=1, lemma="hit"),
            Told(event=lede, sentence=2, lemma="shell"),
        ]
    )
    assert [e.place for e in merged] == ["p3", "p2"]
    assert merged[1].evidence == (Span(0, 10), Span(40, 50))


def test_one_sentences_tellings_of_different_victims_stay_apart() -> None:
    # 'Gunmen shot a farmer in revenge for the shooting of a trader.'
    farmer = replace(_event("e1", 0), target_span=Span(18, 26))
    trader = replace(_event("e2", 47), target_span=Span(62, 70))
    same = replace(_event("e3", 30), target_span=Span(18, 26))
    told = [
        Told(event=farmer, sentence=0, lemma="shoot"),
        Told(event=trader, sentence=0, lemma="shoot"),
        Told(event=same, sentence=0, lemma="kill"),
    ]
    assert [e.evidence for e in merge_duplicates(told)] == [
        (Span(0, 5), Span(30, 35)),
        (Span(47, 52),),
    ]


def test_a_back_reference_is_the_act_told_by_its_word_and_gives_its_place() -> None:
    # 'A clash killed one and houses were shelled. The clash was in Kelso on Monday.'
    clash = replace(_event("e1", 0), acled=AcledSubEvent.ARMED_CLASH)
    shelled = _event("e2", 20)
    again = replace(
        _event("e3", 50, place="p1", date="2021-03-01"), acled=AcledSubEvent.ARMED_CLASH
    )
    told = [
        Told(event=clash, sentence=0, lemma="clash"),
        Told(event=shelled, sentence=0, lemma="shell"),
        Told(event=again, sentence=1, lemma="clash", back=True),
    ]
    first, second = merge_duplicates(told)
    assert (first.place, first.date, first.evidence) == (
        "p1",
        "2021-03-01",
        (Span(0, 5), Span(50, 55)),
    )
    assert second.place is None


def test_an_act_told_without_its_actor_is_the_act_told_with_it() -> None:
    # 'drones struck the town on Sunday ... Russian drones struck the town on Sunday'
    a = Told(event=_event("e1", 0, place="p1"), sentence=0, lemma="strike")
    b = Told(event=_event("e2", 50, place="p1", actor="a1"), sentence=2, lemma="strike")
    (merged,) = merge_duplicates([a, b])
    assert merged.id == "e1" and merged.actor == "a1"
    assert merged.evidence == (Span(0, 5), Span(50, 55))


def test_an_unknown_actor_shares_nothing_across_sentences() -> None:
    # no place or date in common: an unnamed strike told later may be another
    a = Told(event=_event("e1", 0, actor="a1"), sentence=0, lemma="strike")
    b = Told(event=_event("e2", 50), sentence=2, lemma="strike")
    assert len(merge_duplicates([a, b])) == 2


def test_a_headline_with_its_actor_folds_into_the_lede() -> None:
    head = Told(event=_event("e1", 0, actor="a1"), sentence=0, lemma="hit", headline=True)
    lede = Told(event=_event("e2", 30, place="p1", date="2024-05-12"), sentence=1, lemma="strike")
    (merged,) = merge_duplicates([head, lede])
    assert merged.actor == "a1" and merged.place == "p1" and merged.date == "2024-05-12"
    assert merged.evidence == (Span(0, 5), Span(30, 35))


def test_a_headline_of_another_actor_is_not_the_lede() -> None:
    head = Told(event=_event("e1", 0, actor="a1"), sentence=0, lemma="hit", headline=True)
    lede = Told(event=_event("e2", 30, actor="a2", place="p1"), sentence=1, lemma="strike")
    assert len(merge_duplicates([head, lede])) == 2


def test_a_placed_headline_is_not_a_claims_other_act_placed_nowhere() -> None:
    # 'Kyiv claims hit on oil depot' and a spokeswoman's 'what she called terrorist attacks'
    head = Event(
        id="e1",
        type=EventType.ASSAULT,
        acled=AcledSubEvent.AIR_DRONE_STRIKE,
        evidence=(Span(0, 10),),
        place="p1",
    )
    said = Event(
        id="e2",
        type=EventType.ASSAULT,
        acled=AcledSubEvent.ATTACK,
        evidence=(Span(40, 50),),
        claims=(EventClaim(claim="c6", stance=ClaimLink.ASSERTS),),
    )
    merged = merge_duplicates(
        [
            Told(event=head, sentence=0, lemma="hit", headline=True),
            Told(event=said, sentence=4, lemma="attack"),
        ]
    )
    assert len(merged) == 2 and merged[0].claims == ()


def test_a_headline_still_folds_into_its_own_word_told_unplaced() -> None:
    head = Told(event=_event("e1", 0, place="p1"), sentence=0, lemma="shelling", headline=True)
    lede = Told(event=_event("e2", 30), sentence=1, lemma="shell")
    (merged,) = merge_duplicates([head, lede])
    assert merged.place == "p1"


def test_a_charged_retelling_leaves_who_did_the_act_unsaid() -> None:
    first = Told(event=_event("e1", 0, place="p1"), sentence=0, lemma="shelling")
    charge = Told(
        event=_event("e2", 50, actor="a2"), sentence=2, lemma="shell", back=True, charged=True
    )
    (merged,) = merge_duplicates([first, charge])
    assert merged.actor is None and {c.claim for c in merged.claims} == {"ce1", "ce2"}
