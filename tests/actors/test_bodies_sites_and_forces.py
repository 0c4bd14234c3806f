"""Places joined by "and", a body's title inside a longer body name, and named hospitals."""

from __future__ import annotations

from sitrep.records import ActorKind
from tests.conftest import DocBuilder

STAGES = ("sentences.v1", "times.v1", "places.v1", "actors.v1")
CLAIMS = (*STAGES, "claims.v1")


def test_two_villages_joined_by_and_are_no_organisation(make_doc: DocBuilder) -> None:
    text = (
        "Drones struck two hamlets near the border on Monday. The council said the strikes on "
        "Marun and Tebnine killed three men."
    )
    doc = make_doc(text, stages=STAGES)
    names = {a.name for a in doc.actors}
    assert not any("Marun" in n or "Tebnine" in n for n in names), names


def test_a_title_body_inside_a_national_body_is_that_body(make_doc: DocBuilder) -> None:
    text = "Kenyan Parliament Speaker Joel Ruto said the vote would go ahead on Friday."
    doc = make_doc(text, stages=STAGES)
    bodies = [a for a in doc.actors if "Parliament" in a.name]
    assert len(bodies) == 1, [a.name for a in bodies]
    person = next(a for a in doc.actors if a.kind is ActorKind.PERSON)
    assert person.country == "KE"
    assert person.affiliation == bodies[0].id


def test_a_spokesperson_for_a_named_hospital_speaks_for_the_hospital(
    make_doc: DocBuilder,
) -> None:
    text = "A spokesman for Karim hospital said eleven wounded people had arrived overnight."
    doc = make_doc(text, stages=CLAIMS)
    assert not [a for a in doc.actors if a.kind is ActorKind.PERSON]
    hospital = [a for a in doc.actors if a.name == "Karim Hospital"]
    assert len(hospital) == 1
    assert doc.claims and doc.claims[0].speaker == hospital[0].id


def test_a_hospital_named_as_where_people_died_is_no_actor(make_doc: DocBuilder) -> None:
    text = "Three patients were killed at Karim hospital on Sunday, the health ministry said."
    doc = make_doc(text, stages=STAGES)
    assert not [a for a in doc.actors if "Karim" in a.name]


def test_its_forces_after_a_states_ministry_are_that_states_forces(make_doc: DocBuilder) -> None:
    text = "Chile's defence ministry said its forces had shot down three drones near the coast."
    doc = make_doc(text, stages=STAGES)
    forces = [a for a in doc.actors if a.name == "Military Forces of Chile"]
    assert len(forces) == 1
    assert forces[0].kind is ActorKind.ARMED_GROUP
    chile = next(a for a in doc.actors if a.name == "Chile")
    assert forces[0].affiliation == chile.id


def test_its_forces_of_a_state_named_as_subject(make_doc: DocBuilder) -> None:
    text = "Peru said its troops had crossed no border."
    doc = make_doc(text, stages=STAGES)
    assert [a.name for a in doc.actors if a.kind is ActorKind.ARMED_GROUP] == [
        "Military Forces of Peru"
    ]


def test_the_regional_office_with_no_region_named_is_a_body_of_its_own(
    make_doc: DocBuilder,
) -> None:
    text = "A mine killed a tractor driver near Torvik, the regional prosecutor's office said."
    doc = make_doc(text, stages=CLAIMS)
    office = [a for a in doc.actors if a.name == "Regional Prosecutor's Office"]
    assert len(office) == 1
    assert doc.claims and doc.claims[0].speaker == office[0].id


def test_officials_a_state_installed_speak_as_written(make_doc: DocBuilder) -> None:
    text = "Russian-installed officials in the occupied town said shelling had cut the power."
    doc = make_doc(text, stages=CLAIMS)
    officials = [a for a in doc.actors if a.name == "Russian-installed officials"]
    assert len(officials) == 1
    assert officials[0].kind is ActorKind.ORGANIZATION
    assert doc.claims and doc.claims[0].speaker == officials[0].id


def test_a_police_commissioner_after_a_place_speaks_for_its_police(make_doc: DocBuilder) -> None:
    text = "The Katsina police commissioner said bandits had seized nine traders."
    doc = make_doc(text, stages=CLAIMS)
    police = [a for a in doc.actors if a.name == "Police of Katsina"]
    assert len(police) == 1
    assert doc.claims and doc.claims[0].speaker == police[0].id


def test_a_named_police_commissioner_holds_the_title(make_doc: DocBuilder) -> None:
    text = "Katsina police commissioner Musa Bello said bandits had seized nine traders."
    doc = make_doc(text, stages=STAGES)
    person = next(a for a in doc.actors if a.kind is ActorKind.PERSON)
    assert person.name == "Musa Bello"
    assert person.title == "Police Commissioner"


def test_a_weapons_model_is_no_organisation(make_doc: DocBuilder) -> None:
    text = "The air force said Russia had fired 40 Shahed-type drones and two Iskander-M missiles."
    doc = make_doc(text, stages=STAGES)
    names = {a.name for a in doc.actors}
    assert not any("Shahed" in n or "Iskander" in n for n in names), names


def test_a_weapon_a_headline_capitalised_is_no_organisation(make_doc: DocBuilder) -> None:
    text = "Rockets kill 2 Israelis; 28 die in Gaza as Israel hits Hamas"
    doc = make_doc(text, stages=STAGES)
    names = {a.name for a in doc.actors}
    assert "Rockets" not in names and "Hamas" in names, names


def test_a_platform_at_a_paragraphs_end_is_no_actor(make_doc: DocBuilder) -> None:
    text = (
        "Rebels said they held the ridge.\n\n"
        '"We hold the hills," M23 spokesman Joseph Bahati said on X.\n\n'
        "The army did not comment on Monday."
    )
    doc = make_doc(text, stages=STAGES)
    names = [a.name for a in doc.actors]
    assert not [n for n in names if n.strip(".\n ") == "X"], names
    m23 = [a for a in doc.actors if a.name == "M23"]
    assert len(m23) == 1, names
    person = next(a for a in doc.actors if a.kind is ActorKind.PERSON)
    assert person.affiliation == m23[0].id


def test_a_stormed_village_is_no_organisation(make_doc: DocBuilder) -> None:
    text = "Gunmen stormed Tin-Galo in Soum province late on Friday, the army said."
    doc = make_doc(text, stages=STAGES)
    assert not [a for a in doc.actors if "Galo" in a.name]


def test_fighters_of_a_named_group_are_that_group_s(make_doc: DocBuilder) -> None:
    text = (
        "Fighters of Peru's Shining Path Front (SPF) ambushed a patrol on Monday. Militants "
        "of the Red Dawn group burned a depot."
    )
    doc = make_doc(text, stages=STAGES)
    by_id = {a.id: a for a in doc.actors}
    fighters = [a for a in doc.actors if a.name.casefold() in ("fighters", "militants")]
    owners = sorted(by_id[a.affiliation].name for a in fighters if a.affiliation)
    assert len(fighters) == 2
    assert owners == ["Red Dawn", "Shining Path Front"]


def test_fighters_of_a_place_or_of_no_name_are_no_group_s(make_doc: DocBuilder) -> None:
    text = "Fighters of the group fled. Militants of Gaza fired rockets on Tuesday."
    doc = make_doc(text, stages=STAGES)
    fighters = [a for a in doc.actors if a.name.casefold() in ("fighters", "militants")]
    assert fighters and all(a.affiliation is None for a in fighters)


def test_a_body_named_after_a_titled_person_is_not_the_one_before_his_title(
    make_doc: DocBuilder,
) -> None:
    # 'The army' comes after the adviser; the body before his title is the Northern Guard.
    text = (
        "Medics blamed the paramilitary Northern Guard (NG) for the attack.\n\n"
        '"We were not there," NG adviser Omar Haddad told reporters. '
        "The army did not comment."
    )
    doc = make_doc(text, stages=STAGES)
    person = next(a for a in doc.actors if a.kind is ActorKind.PERSON)
    guard = next(a for a in doc.actors if a.name == "Northern Guard")
    assert person.affiliation == guard.id


def test_a_ministry_before_a_title_is_the_ministry_found_at_its_words(
    make_doc: DocBuilder,
) -> None:
    text = (
        "Officials could not verify the account.\n\n"
        "Russian Foreign Ministry spokeswoman Ana Lind warned that Moscow would respond."
    )
    doc = make_doc(text, stages=STAGES)
    ministries = [a for a in doc.actors if "Ministry" in a.name]
    assert len(ministries) == 1, [a.name for a in ministries]
    person = next(a for a in doc.actors if a.kind is ActorKind.PERSON)
    assert person.affiliation == ministries[0].id
