"""Heads of state named by their title alone in a story told from their country, and officials
whose office the words around their names give."""

from __future__ import annotations

from sitrep.pipeline.base import Document
from sitrep.records import Actor, ActorKind
from tests.conftest import DocBuilder

STAGES = ("sentences.v1", "times.v1", "places.v1", "actors.v1")


def _person(doc: Document, name: str) -> Actor:
    return next(a for a in doc.actors if a.kind is ActorKind.PERSON and a.name == name)


def test_a_president_by_title_alone_is_the_home_state_s(make_doc: DocBuilder) -> None:
    text = (
        "QUITO, May 3 (Wire) - Gunmen attacked a police post in Ecuador's Esmeraldas province "
        "on Friday, killing two officers, Ecuador's interior ministry said. The attackers fled towards "
        "Guayaquil.\n\nPresident Daniel Noboa said on Saturday that troops would patrol "
        "Esmeraldas and Guayaquil."
    )
    doc = make_doc(text, stages=STAGES)
    noboa = _person(doc, "Daniel Noboa")
    state = next(a for a in doc.actors if a.kind is ActorKind.STATE)
    assert (noboa.country, noboa.affiliation, state.country) == ("EC", state.id, "EC")


def test_no_home_state_named_no_country(make_doc: DocBuilder) -> None:
    text = (
        "QUITO, May 3 (Wire) - Gunmen attacked a police post in Esmeraldas on Friday, "
        "killing two officers. President Daniel Noboa said on Saturday that troops would "
        "patrol Esmeraldas."
    )
    doc = make_doc(text, stages=STAGES)
    noboa = _person(doc, "Daniel Noboa")
    assert (noboa.country, noboa.affiliation) == (None, None)


def test_a_foreign_president_keeps_the_state_named_with_the_title(
    make_doc: DocBuilder,
) -> None:
    text = (
        "QUITO, May 3 (Wire) - Gunmen attacked a police post in Ecuador's Esmeraldas province "
        "on Friday, Ecuador's interior ministry said. Peruvian President Dina Boluarte said Peru would "
        "close the border near Tumbes."
    )
    doc = make_doc(text, stages=STAGES)
    assert _person(doc, "Dina Boluarte").country == "PE"


CLAIMS = (*STAGES, "claims.v1")


def test_doctors_at_a_named_hospital_are_its_unnamed_staff(make_doc: DocBuilder) -> None:
    text = (
        "A blast hit a market in Baidoa on Monday. Doctors at Bay Regional hospital said they "
        "had treated 14 wounded people."
    )
    doc = make_doc(text, stages=CLAIMS)
    doctors = next(a for a in doc.actors if a.name == "doctors")
    hospital = next(a for a in doc.actors if a.name == "Bay Regional Hospital")
    assert (doctors.kind, doctors.affiliation) == (ActorKind.ORGANIZATION, hospital.id)
    assert [c.speaker for c in doc.claims] == [doctors.id]


def test_doctors_as_victims_are_no_body(make_doc: DocBuilder) -> None:
    text = "Gunmen killed two doctors at Bay Regional hospital on Monday, police said."
    doc = make_doc(text, stages=STAGES)
    assert not [a for a in doc.actors if a.name == "doctors"]


def test_an_appositive_director_holds_the_title_of_the_body_after(
    make_doc: DocBuilder,
) -> None:
    text = (
        'A blast hit a market in Baidoa on Monday. "More will die," said Dr. Ahmed Nur, the '
        "director of the Bay Regional Hospital."
    )
    doc = make_doc(text, stages=STAGES)
    nur = _person(doc, "Ahmed Nur")
    hospital = next(a for a in doc.actors if a.name == "Bay Regional Hospital")
    assert (nur.title, nur.affiliation) == ("director", hospital.id)


def test_a_governor_governs_the_region_his_sentence_names(make_doc: DocBuilder) -> None:
    text = (
        "Drones hit a power station in the Sumy region overnight, wounding four workers, "
        "regional governor Ivan Petrenko said on Monday."
    )
    doc = make_doc(text, stages=STAGES)
    governor = _person(doc, "Ivan Petrenko")
    region = next(a for a in doc.actors if a.id == governor.affiliation)
    assert (region.name, region.kind) == ("Sumy", ActorKind.OTHER)
    assert text[region.mentions[0].start : region.mentions[0].end] == "Sumy"


def _governed(doc: Document, name: str) -> tuple[Actor, Actor | None]:
    by_id = {a.id: a for a in doc.actors}
    governor = _person(doc, name)
    assert governor.affiliation is not None
    region = by_id[governor.affiliation]
    return region, by_id.get(region.affiliation or "")


def test_a_governed_region_a_state_s_possessive_names_is_that_state_s(
    make_doc: DocBuilder,
) -> None:
    for text in (
        "In Poland's Lublin region, Governor Jan Nowak said a drone had fallen on a barn.",
        "Governor Jan Nowak of Poland's eastern Lublin region said a drone fell on a barn.",
        "The governor of Poland's Lublin region, Jan Nowak, said a drone fell on a barn.",
        "A drone fell on a barn in the Polish region of Lublin, Governor Jan Nowak said.",
    ):
        doc = make_doc(text, stages=STAGES)
        region, state = _governed(doc, "Jan Nowak")
        assert (region.name, region.kind, region.country) == ("Lublin", ActorKind.OTHER, "PL")
        assert state is not None and (state.kind, state.country) == (ActorKind.STATE, "PL")
        assert _person(doc, "Jan Nowak").country == "PL"


def test_a_governed_region_no_words_give_a_state_stays_the_state_s_of_none(
    make_doc: DocBuilder,
) -> None:
    for text in (
        "A drone fell on a barn in the Lublin region, Governor Jan Nowak said.",
        "Shelling hit Georgia's breakaway region of Abkhazia, Governor Jan Nowak said.",
    ):
        doc = make_doc(text, stages=STAGES)
        region, state = _governed(doc, "Jan Nowak")
        assert (region.kind, region.country, state) == (ActorKind.OTHER, None, None)


def test_a_governor_takes_no_region_from_another_sentence(make_doc: DocBuilder) -> None:
    text = (
        "Shelling hit a market in the Sumy region on Sunday. On Monday drones hit a depot "
        "in the city of Kursk, the regional governor, Pavel Orlov, said."
    )
    doc = make_doc(text, stages=STAGES)
    assert _person(doc, "Pavel Orlov").affiliation is None


def test_a_resistance_committee_before_its_name_is_the_named_one(make_doc: DocBuilder) -> None:
    text = (
        "Shelling killed 12 people in a market in Kadugli on Monday, a local resistance "
        "committee said. The Kadugli Resistance Committee said on Facebook that most of the "
        "dead were women."
    )
    doc = make_doc(text, stages=CLAIMS)
    committee = next(a for a in doc.actors if a.name == "Kadugli Resistance Committee")
    assert not [a for a in doc.actors if a.name == "resistance committee"]
    assert [c.speaker for c in doc.claims] == [committee.id, committee.id]


def test_an_unnamed_resistance_committee_is_a_body_of_its_own(make_doc: DocBuilder) -> None:
    text = "Shelling killed 12 people in a market in Kadugli on Monday, a local resistance committee said."
    doc = make_doc(text, stages=CLAIMS)
    committee = next(a for a in doc.actors if a.name == "resistance committee")
    assert (committee.kind, [c.speaker for c in doc.claims]) == (
        ActorKind.ORGANIZATION,
        [committee.id],
    )


def test_a_formation_belongs_to_the_forces_of_the_state_whose_ministry_reports_it(
    make_doc: DocBuilder,
) -> None:
    text = (
        "Russia's defence ministry said on Monday that its troops had advanced near Kupiansk. "
        '"Units of the West group of forces have taken the village of Petrivka," the ministry '
        "said."
    )
    doc = make_doc(text, stages=STAGES)
    west = next(a for a in doc.actors if a.name == "West group of forces")
    forces = next(a for a in doc.actors if a.id == west.affiliation)
    assert (west.kind, west.country, forces.name) == (
        ActorKind.ARMED_GROUP,
        "RU",
        "Military Forces of Russia",
    )
