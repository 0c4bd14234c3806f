"""Linking mentions into actors, on mentions built by hand (no parse needed)."""

from __future__ import annotations

import pytest

from sitrep.actors.context import Mention
from sitrep.actors.coref import link
from sitrep.actors.scan import Owner
from sitrep.records import ActorKind, Span
from tests.conftest import DocBuilder

CHILE = Owner(("state", "CL"), "Chile", ActorKind.STATE, "CL", Span(0, 5))


def person(
    start: int, name: str, *, title: str | None = None, owner: Owner | None = None
) -> Mention:
    return Mention(
        Span(start, start + len(name)),
        ActorKind.PERSON,
        ("person", name.casefold()),
        name,
        title=title,
        country=owner.country if owner else None,
        owner=owner,
        person_name=name,
    )


def state(start: int) -> Mention:
    return Mention(Span(start, start + 5), ActorKind.STATE, CHILE.key, "Chile", country="CL")


def test_surname_joins_the_full_name_and_the_longest_name_is_canonical() -> None:
    actors = link(
        [person(10, "Soto"), person(30, "Ana Soto", title="President"), person(50, "Soto")]
    )
    assert len(actors) == 1
    assert actors[0].name == "Ana Soto"
    assert actors[0].title == "President"
    assert len(actors[0].mentions) == 3


def test_a_surname_goes_to_the_most_recent_bearer() -> None:
    actors = link([person(0, "Ana Soto"), person(20, "Luis Soto"), person(40, "Soto")])
    luis = next(a for a in actors if a.name == "Luis Soto")
    assert Span(40, 44) in luis.mentions


def test_affiliation_points_at_the_owner_actor() -> None:
    actors = link([state(0), person(10, "Ana Soto", title="Foreign Minister", owner=CHILE)])
    chile, soto = actors
    assert (chile.id, soto.id) == ("a1", "a2")
    assert soto.affiliation == "a1"
    assert soto.country == "CL"


def test_unnamed_office_joins_the_one_named_holder() -> None:
    office = Mention(
        Span(40, 58),
        ActorKind.PERSON,
        ("office", "president", *CHILE.key),
        "President of Chile",
        title="President",
        country="CL",
        owner=CHILE,
    )
    actors = link([state(0), person(10, "Ana Soto", title="President", owner=CHILE), office])
    assert [a.name for a in actors] == ["Chile", "Ana Soto"]
    assert Span(40, 58) in actors[1].mentions


def test_unnamed_office_with_no_named_holder_is_named_by_its_office() -> None:
    office = Mention(
        Span(10, 28),
        ActorKind.PERSON,
        ("office", "leader", *CHILE.key),
        "leader of Chile",
        title="leader",
        owner=CHILE,
    )
    actors = link([state(0), office])
    assert actors[1].name == "leader of Chile"
    assert actors[1].affiliation == actors[0].id


def test_definite_description_refers_back_or_is_dropped() -> None:
    ministry = Mention(
        Span(0, 20),
        ActorKind.ORGANIZATION,
        ("ministry", "Defence", *CHILE.key),
        "Ministry of Defence of Chile",
        owner=CHILE,
    )
    the_ministry = Mention(
        Span(30, 42), ActorKind.ORGANIZATION, ("ministry", ""), "Ministry", refers_back="ministry:"
    )
    early = Mention(
        Span(0, 3), ActorKind.ORGANIZATION, ("ministry", ""), "Ministry", refers_back="ministry:"
    )
    assert link([early]) == ()
    actors = link([ministry, the_ministry])
    assert len(actors) == 1
    assert actors[0].mentions == (Span(0, 20), Span(30, 42))


def test_the_president_needs_an_earlier_president() -> None:
    the_president = Mention(
        Span(30, 43),
        ActorKind.PERSON,
        ("office", "president"),
        "President",
        title="President",
        refers_back="president",
    )
    assert link([person(0, "Ana Soto", title="Foreign Minister"), the_president])[0].mentions == (
        Span(0, 8),
    )
    actors = link([person(0, "Ana Soto", title="President"), the_president])
    assert actors[0].mentions == (Span(0, 8), Span(30, 43))


def test_the_minister_after_two_named_ministers_is_neither() -> None:
    the_minister = Mention(
        Span(40, 52),
        ActorKind.PERSON,
        ("office", "minister"),
        "Minister",
        title="Minister",
        refers_back="minister",
    )
    diallo = person(0, "Amina Diallo", title="Foreign Minister")
    traore = person(20, "Oumar Traore", title="Defence Minister")
    actors = link([diallo, traore, the_minister])
    assert [a.mentions for a in actors if a.name in {"Amina Diallo", "Oumar Traore"}] == [
        (Span(0, 12),),
        (Span(20, 32),),
    ]
    (one,) = link([diallo, the_minister])
    assert one.mentions == (Span(0, 12), Span(40, 52))


def _forces(start: int, owner: Owner | None, text: str) -> Mention:
    if owner is None:
        return Mention(
            Span(start, start + len(text)),
            ActorKind.ARMED_GROUP,
            ("forces",),
            "army",
            refers_back="forces",
            stands_alone=True,
        )
    return Mention(
        Span(start, start + len(text)),
        ActorKind.ARMED_GROUP,
        ("forces", *owner.key),
        f"Military Forces of {owner.name}",
        country=owner.country,
        owner=owner,
    )


def test_the_army_is_the_one_states_forces_unless_named_first_in_a_story_from_elsewhere() -> None:
    peru = Owner(("state", "PE"), "Peru", ActorKind.STATE, "PE", Span(100, 107))
    bare, peruvian = _forces(10, None, "the army"), _forces(100, peru, "Peruvian troops")
    merged = link([bare, peruvian])
    assert len(merged) == 1 and merged[0].name == "Military Forces of Peru"
    # told from Chile, "the army" first and Peruvian troops only later: no telling whose
    apart = link([bare, peruvian], home="CL")
    assert sorted(a.name for a in apart) == ["Military Forces of Peru", "army"]
    # told from Peru: its own army
    assert len(link([bare, peruvian], home="PE")) == 1


@pytest.mark.parametrize(
    "between",
    [
        # a crowd named by a bare noun is no group's name
        Mention(Span(30, 38), ActorKind.ARMED_GROUP, ("armed", "fighters"), "fighters"),
        # mediators named after the armed group
        Mention(Span(30, 40), ActorKind.ORGANIZATION, ("org", "the union"), "The Union"),
    ],
)
def test_the_group_is_the_armed_group_named_before_it(between: Mention) -> None:
    from sitrep.actors.context import definite

    rebels = Mention(Span(0, 9), ActorKind.ARMED_GROUP, ("armed", "the front"), "The Front")
    group = definite(Span(60, 69), ActorKind.ORGANIZATION, ("group",), "group", "group:")
    actors = link([rebels, between, group])
    (front,) = [a for a in actors if a.name == "The Front"]
    assert Span(60, 69) in front.mentions


def test_regional_officials_take_the_state_their_places_lie_in(make_doc: DocBuilder) -> None:
    stages = ("sentences.v1", "times.v1", "places.v1", "actors.v1")
    told = make_doc(
        "KHARKIV, Dec 4 - A drone killed two men in a village on Friday, regional officials said.",
        stages=stages,
    )
    placed = make_doc(
        "A drone killed two men in the Odesa region on Friday, local officials said.",
        stages=stages,
    )
    untold = make_doc("A drone killed two men on Friday, regional officials said.", stages=stages)
    for doc, country in ((told, "UA"), (placed, "UA"), (untold, None)):
        body = next(a for a in doc.actors if a.name.endswith("officials"))
        assert (body.kind, body.country) == (ActorKind.ORGANIZATION, country)
