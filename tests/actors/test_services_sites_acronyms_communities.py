"""A state's named services, sites named by a place, acronyms set off after a body's noun, and
peoples named as communities."""

from __future__ import annotations

import pytest

from sitrep.records import ActorKind
from tests.conftest import DocBuilder

STAGES = ("sentences.v1", "times.v1", "places.v1", "actors.v1")
CLAIMS = (*STAGES, "claims.v1")


def _speaker(doc: object) -> str | None:
    actors = {a.id: a for a in doc.actors}  # type: ignore[attr-defined]
    claims = doc.claims  # type: ignore[attr-defined]
    assert claims
    speaker = claims[-1].speaker
    return actors[speaker].name if speaker else None


def test_a_states_service_speaks_for_itself_not_the_state(make_doc: DocBuilder) -> None:
    text = "Rockets hit a town overnight, killing two people, Norway's ambulance service said."
    doc = make_doc(text, stages=CLAIMS)
    assert _speaker(doc) == "Ambulance Service of Norway"
    service = next(a for a in doc.actors if a.name == "Ambulance Service of Norway")
    state = next(a for a in doc.actors if a.kind is ActorKind.STATE)
    assert service.kind is ActorKind.ORGANIZATION
    assert service.affiliation == state.id


def test_a_service_named_with_a_demonym_is_the_states(make_doc: DocBuilder) -> None:
    doc = make_doc("The Greek fire service said the blaze was out by noon.", stages=CLAIMS)
    assert _speaker(doc) == "Fire Service of Greece"


def test_a_states_civil_defence_in_lower_case_is_its_body(make_doc: DocBuilder) -> None:
    doc = make_doc("Peru's civil defence said six houses had collapsed.", stages=CLAIMS)
    assert _speaker(doc) == "Civil Defence of Peru"


def test_a_service_with_no_owner_is_left_alone(make_doc: DocBuilder) -> None:
    doc = make_doc("The ambulance service said two people were hurt.", stages=STAGES)
    assert not [a for a in doc.actors if "Ambulance" in a.name]


def test_a_site_named_by_a_place_is_no_actor(make_doc: DocBuilder) -> None:
    text = "The agency said the Natanz enrichment plant and the Fordow site had been hit."
    doc = make_doc(text, stages=STAGES)
    names = {a.name for a in doc.actors}
    assert "Natanz" not in names and "Fordow" not in names, names


def test_a_group_named_alone_elsewhere_stays_an_actor(make_doc: DocBuilder) -> None:
    text = "Jets struck the Hezbollah weapons depot near Tyre. Hezbollah said it would respond."
    doc = make_doc(text, stages=STAGES)
    assert "Hezbollah" in {a.name for a in doc.actors}


def test_an_acronym_after_the_un_mission_is_its_own_body(make_doc: DocBuilder) -> None:
    text = (
        "A helicopter was shot at near the town, the U.N. mission said. "
        "The mission, UNMAK, said a crew member was hurt."
    )
    doc = make_doc(text, stages=CLAIMS)
    assert _speaker(doc) == "UNMAK"
    body = next(a for a in doc.actors if a.name == "UNMAK")
    un = next(a for a in doc.actors if a.name == "United Nations")
    assert body.kind is ActorKind.ORGANIZATION
    assert body.affiliation == un.id


def test_an_acronym_after_a_body_of_no_one_named_is_unaffiliated(make_doc: DocBuilder) -> None:
    doc = make_doc("Convoys were blocked, the agency, RELAK, said on Tuesday.", stages=CLAIMS)
    assert _speaker(doc) == "RELAK"
    body = next(a for a in doc.actors if a.name == "RELAK")
    assert body.affiliation is None


def test_the_same_acronym_alone_later_is_the_same_body(make_doc: DocBuilder) -> None:
    text = (
        "The United Nations peacekeeping mission, UNPOK, said rebels held the town. "
        "UNPOK later said its troops would stay."
    )
    doc = make_doc(text, stages=CLAIMS)
    bodies = [a for a in doc.actors if a.name == "UNPOK"]
    assert len(bodies) == 1
    assert len(bodies[0].mentions) == 2
    assert [c.speaker for c in doc.claims] == [bodies[0].id, bodies[0].id]


def test_a_people_named_as_a_community_is_a_population(make_doc: DocBuilder) -> None:
    text = (
        "The Red Band, an armed youth group from the Nuer community, overran the base. "
        "Elders of the Nuer called for calm."
    )
    doc = make_doc(text, stages=STAGES)
    nuer = [a for a in doc.actors if a.name == "Nuer"]
    assert len(nuer) == 1, [(a.name, a.kind) for a in doc.actors]
    assert nuer[0].kind is ActorKind.POPULATION


def test_the_international_community_is_no_people(make_doc: DocBuilder) -> None:
    doc = make_doc("The international community condemned the attack.", stages=STAGES)
    assert not [a for a in doc.actors if a.kind is ActorKind.POPULATION]


def test_a_bodys_mission_named_after_it_is_its_own_part_of_the_body(
    make_doc: DocBuilder,
) -> None:
    text = (
        "The European Union's naval mission in the gulf, Orion, said two sailors were hurt. "
        "Orion later said the ship had sunk."
    )
    doc = make_doc(text, stages=CLAIMS)
    actors = {a.name: a for a in doc.actors}
    mission, union = actors["Orion"], actors["European Union"]
    assert mission.kind is ActorKind.ORGANIZATION
    assert mission.affiliation == union.id
    names = {a.id: a.name for a in doc.actors}
    assert {names[c.speaker] for c in doc.claims if c.speaker} == {"Orion"}


def test_a_person_named_after_a_missions_noun_is_no_mission(make_doc: DocBuilder) -> None:
    doc = make_doc("The head of the mission, Anna Berg, said the talks had failed.", stages=CLAIMS)
    assert "Anna Berg" not in {a.name for a in doc.actors if a.kind is ActorKind.ORGANIZATION}


def test_a_bodys_operation_named_like_a_town_is_its_part_not_a_place(
    make_doc: DocBuilder,
) -> None:
    # Atalanta is also a town in Georgia, and the tagger calls the name a place
    text = (
        "The EU's naval operation, Atalanta, said on Friday it had freed a hijacked ship. "
        "Atalanta said six suspects were detained."
    )
    doc = make_doc(text, stages=CLAIMS)
    assert not [p for p in doc.places if p.name == "Atalanta"]
    actors = {a.name: a for a in doc.actors}
    operation, union = actors["Atalanta"], actors["European Union"]
    assert operation.kind is ActorKind.ORGANIZATION
    assert operation.affiliation == union.id
    assert [c.speaker for c in doc.claims] == [operation.id, operation.id]


def test_a_mission_named_before_its_noun_keeps_the_noun(make_doc: DocBuilder) -> None:
    text = (
        "Police serving with the Coastal Stability Support mission clashed with gunmen. "
        "The Coastal Stability Support mission said its officers came under fire."
    )
    doc = make_doc(text, stages=CLAIMS)
    missions = [a for a in doc.actors if "Coastal" in a.name]
    assert [a.name for a in missions] == ["Coastal Stability Support mission"]
    assert [c.speaker for c in doc.claims] == [missions[0].id]


def test_an_acronym_described_as_a_states_agency_is_its_organisation(
    make_doc: DocBuilder,
) -> None:
    text = (
        "NDMA, the Pakistani disaster agency that runs relief camps, said 40 villages were "
        "flooded. NDMA said more rain was expected."
    )
    doc = make_doc(text, stages=("sentences.v1", "times.v1", "places.v1", "actors.v1", "claims.v1"))
    body = next(a for a in doc.actors if a.name == "NDMA")
    by_id = {a.id: a for a in doc.actors}
    assert (body.kind, body.country, by_id[body.affiliation].name) == (
        ActorKind.ORGANIZATION,
        "PK",
        "Pakistan",
    )
    assert [c.speaker for c in doc.claims] == [body.id, body.id]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "UNRWA, the United Nations agency for Palestinian refugees, said two schools were hit.",
            "UNRWA",
        ),
        (
            "The World Food Programme said convoys were blocked, the UN said.",
            "World Food Programme",
        ),
        ("UNIFIL said its patrol was fired on, a UN statement said.", "UNIFIL"),
    ],
)
def test_agencies_of_the_un_known_by_name_belong_to_it(
    make_doc: DocBuilder, text: str, name: str
) -> None:
    # the United Nations is their affiliation where the article names it as an actor too
    doc = make_doc(text, stages=CLAIMS)
    agency = next(a for a in doc.actors if a.name == name)
    un = next(a for a in doc.actors if a.name == "United Nations")
    assert agency.affiliation == un.id


def test_a_name_opening_with_a_countrys_is_one_organisation(make_doc: DocBuilder) -> None:
    text = (
        "The Norway Coastal Safety Authority (NCSA) said on Monday a tanker was hit by a drone. "
        "The crew was safe, NCSA said."
    )
    doc = make_doc(text, stages=CLAIMS)
    body = next(a for a in doc.actors if a.name == "Norway Coastal Safety Authority")
    assert body.kind is ActorKind.ORGANIZATION and body.country == "NO"
    assert {c.speaker for c in doc.claims} == {body.id}
    assert not [p for p in doc.places if p.name == "Norway Coastal Safety Authority"]


def test_a_countrys_agency_named_by_its_domain_speaks(make_doc: DocBuilder) -> None:
    doc = make_doc("A tanker was hit by a drone, the Norway maritime agency said.", stages=CLAIMS)
    assert _speaker(doc) == "Maritime Agency of Norway"
    agency = next(a for a in doc.actors if a.name == "Maritime Agency of Norway")
    state = next(a for a in doc.actors if a.kind is ActorKind.STATE)
    assert agency.kind is ActorKind.ORGANIZATION and agency.affiliation == state.id
    # a word that says nothing of what the agency does is no name of one
    doc = make_doc("A tanker was hit, Norway's new agency said.", stages=STAGES)
    assert not [a for a in doc.actors if "Agency" in a.name]


def test_a_countrys_agency_by_its_domain_is_the_body_named_before(make_doc: DocBuilder) -> None:
    text = (
        "The Norway Maritime Trade Operations (NMTO) said a tanker was hit by a drone. "
        "The crew put out the fire, the Norway maritime agency said."
    )
    doc = make_doc(text, stages=CLAIMS)
    body = next(a for a in doc.actors if a.name == "Norway Maritime Trade Operations")
    assert {c.speaker for c in doc.claims} == {body.id}
    assert not [a for a in doc.actors if "Agency" in a.name]


def test_a_place_in_capitals_before_a_speaker_is_no_acronym(make_doc: DocBuilder) -> None:
    text = (
        "A convoy of 30 trucks reached EL FASHER, a UN agency said, and another was turned "
        "back before KADUGLI, the UN agency said. Fuel trucks entering GAZA, a UN agency "
        "said, were checked twice."
    )
    doc = make_doc(text, stages=("sentences.v1", "times.v1", "places.v1", "actors.v1"))
    names = {a.name for a in doc.actors}
    assert not names & {"FASHER", "KADUGLI", "GAZA"}, names


def test_an_acronym_set_off_by_its_description_is_still_a_body(make_doc: DocBuilder) -> None:
    text = "NAVCOM, the Libyan coastal agency that patrols the shore, said two boats were stopped."
    doc = make_doc(text, stages=("sentences.v1", "times.v1", "places.v1", "actors.v1"))
    assert "NAVCOM" in {a.name for a in doc.actors}


def test_a_countrys_military_command_is_its_armed_force(make_doc: DocBuilder) -> None:
    text = (
        "The U.S. Central Command said it had shot down three drones over the sea. "
        "A rebel official denied that any drone was intercepted."
    )
    doc = make_doc(text, stages=STAGES)
    command = next(a for a in doc.actors if a.name == "U.S. Central Command")
    assert command.kind is ActorKind.ARMED_GROUP and command.country == "US"
    assert not [a for a in doc.actors if a.name == "U.S." and a.kind is ActorKind.OTHER]


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        (
            "The Sudan People's Liberation Army said it took the town.",
            "Sudan People's Liberation Army",
            ActorKind.ARMED_GROUP,
        ),
        (
            "The Kani People's Defence Force said two jets bombed a school. Seventeen others "
            "were wounded, it said.",
            "Kani People's Defence Force",
            ActorKind.ORGANIZATION,
        ),
    ],
)
def test_a_group_whose_name_opens_with_a_toponym_or_a_persons_is_the_speaker(
    make_doc: DocBuilder, text: str, name: str, kind: ActorKind
) -> None:
    doc = make_doc(text, stages=CLAIMS)
    assert _speaker(doc) == name
    assert next(a for a in doc.actors if a.name == name).kind is kind


def test_a_legislators_party_and_state_is_no_body(make_doc: DocBuilder) -> None:
    text = "In a letter to Sen. Chris Coons, D-Del., the agency said it did ten interviews."
    doc = make_doc(text, stages=STAGES)
    assert not any("Del" in a.name for a in doc.actors)


def test_a_people_owning_a_bodys_noun_is_no_people(make_doc: DocBuilder) -> None:
    text = "The United Nations children's agency UNICEF said it was alarmed by the shelling."
    doc = make_doc(text, stages=STAGES)
    assert not [a for a in doc.actors if a.kind is ActorKind.POPULATION]
    assert "UNICEF" in {a.name for a in doc.actors}
