"""actor_at: which actor a span names, the tightest mention first."""

from __future__ import annotations

from sitrep.actors import actor_at
from sitrep.records import Actor, ActorKind, Span

STATE = Actor(id="a1", name="Chile", kind=ActorKind.STATE, mentions=(Span(0, 5), Span(60, 65)))
MINISTRY = Actor(
    id="a2",
    name="Ministry of Defence of Chile",
    kind=ActorKind.ORGANIZATION,
    mentions=(Span(0, 24),),
)
PERSON = Actor(id="a3", name="Ana Soto", kind=ActorKind.PERSON, mentions=(Span(30, 38),))
MEDIA = Actor(id="a4", name="Quillpress", kind=ActorKind.MEDIA, mentions=(Span(50, 60),))
ACTORS = (STATE, MINISTRY, PERSON, MEDIA)


def test_exact_mention_wins() -> None:
    assert actor_at(ACTORS, Span(0, 24)) is MINISTRY
    assert actor_at(ACTORS, Span(0, 5)) is STATE


def test_the_shortest_mention_containing_the_span() -> None:
    assert actor_at(ACTORS, Span(15, 24)) is MINISTRY
    assert actor_at(ACTORS, Span(1, 3)) is STATE


def test_a_phrase_holding_mentions_is_its_first_mention() -> None:
    # "Ana Soto, quoted by Quillpress," names Ana Soto, not the agency quoting her.
    assert actor_at(ACTORS, Span(30, 61)) is PERSON


def test_no_overlap_is_none() -> None:
    assert actor_at(ACTORS, Span(40, 49)) is None
    assert actor_at((), Span(0, 5)) is None


def test_an_owner_before_a_possessive_gives_way_to_what_it_owns() -> None:
    # "Chile's Ana Soto said" (0..5 Chile, 8..16 Ana Soto) names Ana Soto
    soto = Actor(id="a5", name="Ana Soto", kind=ActorKind.PERSON, mentions=(Span(8, 16),))
    chile = Actor(id="a1", name="Chile", kind=ActorKind.STATE, mentions=(Span(0, 5),))
    assert actor_at((chile, soto), Span(0, 16)) is soto
    # "Quillpress's Ana Soto" relays through the outlet: the outlet stays first
    outlet = Actor(id="a4", name="Quillpress", kind=ActorKind.MEDIA, mentions=(Span(0, 10),))
    soto2 = Actor(id="a5", name="Ana Soto", kind=ActorKind.PERSON, mentions=(Span(13, 21),))
    assert actor_at((outlet, soto2), Span(0, 21)) is outlet


def test_a_named_person_in_the_phrase_is_the_one_named() -> None:
    # "Valdia Senate Leader Ana Soto" (0..6 Valdia, 7..13 Senate, 21..29 Ana Soto)
    senate = Actor(id="a6", name="Senate", kind=ActorKind.ORGANIZATION, mentions=(Span(7, 13),))
    office = Actor(
        id="a7",
        name="Leader of Senate",
        kind=ActorKind.PERSON,
        title="Leader",
        mentions=(Span(7, 20),),
    )
    soto = Actor(id="a5", name="Ana Soto", kind=ActorKind.PERSON, mentions=(Span(21, 29),))
    assert actor_at((senate, office, soto), Span(0, 29)) is soto
    assert actor_at((senate, office), Span(0, 20)) is office


def test_a_patron_before_a_linking_participle_gives_way_to_the_group() -> None:
    text = "The al Qaeda-linked JNIM group said"
    patron = Actor(id="a1", name="al-Qaeda", kind=ActorKind.ARMED_GROUP, mentions=(Span(4, 12),))
    group = Actor(id="a2", name="JNIM", kind=ActorKind.ARMED_GROUP, mentions=(Span(20, 24),))
    phrase = Span(0, 30)
    assert actor_at((patron, group), phrase, text=text) is group
    # without the text, the first mention
    assert actor_at((patron, group), phrase) is patron
    # 'and' joins two groups: the first speaks first
    other = "The al Qaeda and JNIM groups said"
    group = Actor(id="a2", name="JNIM", kind=ActorKind.ARMED_GROUP, mentions=(Span(17, 21),))
    assert actor_at((patron, group), Span(0, 28), text=other) is patron
