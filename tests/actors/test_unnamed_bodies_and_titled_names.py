"""A titled name the tagger called an organisation, a platform one writes on, towns named after
"the cities of", and bodies the article describes without naming them."""

from __future__ import annotations

import pytest

from sitrep.records import ActorKind
from tests.conftest import DocBuilder

STAGES = ("sentences.v1", "times.v1", "places.v1", "actors.v1")
CLAIMS = (*STAGES, "claims.v1")


def test_a_titled_name_opening_a_paragraph_is_a_person(make_doc: DocBuilder) -> None:
    text = (
        "The rebels denied breaking their word.\n\n"
        "President Tomas Arevalo said on Sunday that the talks were over. "
        '"Peace needs two sides," Arevalo wrote on X.'
    )
    doc = make_doc(text, stages=CLAIMS)
    people = [a for a in doc.actors if a.kind is ActorKind.PERSON]
    assert [(a.name, a.title) for a in people] == [("Tomas Arevalo", "President")]
    assert not [a for a in doc.actors if a.name.strip(".\n ") == "X"]
    assert [c.speaker for c in doc.claims][-2:] == [people[0].id] * 2


def test_towns_after_the_cities_of_are_no_actors(make_doc: DocBuilder) -> None:
    text = (
        "The militia took the western cities of Goma and Bukavu earlier this year, the army said."
    )
    doc = make_doc(text, stages=STAGES)
    names = {a.name for a in doc.actors}
    assert not names & {"Goma", "Bukavu"}, names


def test_an_unnamed_rescue_group_is_one_reporting_body(make_doc: DocBuilder) -> None:
    text = (
        "A strike hit a school on Monday, killing nine pupils, according to a local rescue "
        "group. The rescue group said 14 people were wounded."
    )
    doc = make_doc(text, stages=CLAIMS)
    groups = [a for a in doc.actors if a.name == "rescue group"]
    assert len(groups) == 1 and groups[0].kind is ActorKind.ORGANIZATION
    assert len(groups[0].mentions) == 2
    assert [c.speaker for c in doc.claims] == [groups[0].id] * 2


def test_a_medical_source_speaks_for_medical_sources(make_doc: DocBuilder) -> None:
    text = "A medical source at the town's hospital said three civilians were killed on Friday."
    doc = make_doc(text, stages=CLAIMS)
    sources = [a for a in doc.actors if a.name == "medical sources"]
    assert len(sources) == 1
    assert [c.speaker for c in doc.claims] == [sources[0].id]


def test_an_armed_group_is_left_to_the_forces(make_doc: DocBuilder) -> None:
    text = "An armed group said it had attacked the base."
    doc = make_doc(text, stages=STAGES)
    assert not [a for a in doc.actors if a.kind is ActorKind.ORGANIZATION]


def test_a_described_body_that_speaks_is_an_unnamed_speaker(make_doc: DocBuilder) -> None:
    text = (
        "Shells hit a market on Tuesday, killing 20 people, a local medical group said. "
        "Neighbourhood committees put the death toll at 26."
    )
    doc = make_doc(text, stages=CLAIMS)
    by_name = {a.name: a for a in doc.actors}
    group, committees = by_name["local medical group"], by_name["neighbourhood committees"]
    assert group.kind is ActorKind.ORGANIZATION and committees.kind is ActorKind.ORGANIZATION
    assert text[group.mentions[0].start : group.mentions[0].end] == "a local medical group"
    assert [c.speaker for c in doc.claims] == [group.id, committees.id]


def test_plural_sources_take_the_state_their_demonym_names(make_doc: DocBuilder) -> None:
    text = "Two Iraqi security sources said the convoy was hit near the border."
    doc = make_doc(text, stages=CLAIMS)
    sources = [a for a in doc.actors if a.name == "Iraqi security sources"]
    assert len(sources) == 1 and sources[0].country == "IQ"
    assert [c.speaker for c in doc.claims] == [sources[0].id]


def test_a_described_rebel_group_is_armed_and_named_by_its_words(make_doc: DocBuilder) -> None:
    text = (
        "The junta said it had retaken the town, but the ethnic rebel group that took it in "
        "May said fighting went on."
    )
    doc = make_doc(text, stages=CLAIMS)
    groups = [a for a in doc.actors if a.name == "ethnic rebel group"]
    assert len(groups) == 1 and groups[0].kind is ActorKind.ARMED_GROUP
    assert doc.claims[-1].speaker == groups[0].id


def test_a_described_body_that_does_not_speak_is_no_actor(make_doc: DocBuilder) -> None:
    text = "Several armed groups operate in the hills, and a local medical group runs the clinic."
    doc = make_doc(text, stages=STAGES)
    assert not [a for a in doc.actors if "group" in a.name]


def test_ownerless_police_are_the_state_their_sentence_is_in(make_doc: DocBuilder) -> None:
    text = (
        "KABUL, Nov 20 (Northline News) - Gunmen attacked a checkpoint in Kandahar province "
        "on Thursday, Afghan officials said. Police arrested two men in Quetta on Friday. "
        "Police said the checkpoint in Kandahar had reopened."
    )
    doc = make_doc(text, stages=STAGES)
    police = sorted(a.name for a in doc.actors if a.name.startswith("Police"))
    assert police == ["Police of Afghanistan", "Police of Pakistan"]


def test_police_in_a_region_are_the_police_of_its_state(make_doc: DocBuilder) -> None:
    text = (
        "Police in Kandahar province detained three men on Monday after a blast at a bus stop. "
        "Officials in Abkhazia said the border crossing stayed shut."
    )
    doc = make_doc(text, stages=STAGES)
    names = {a.name for a in doc.actors}
    assert "Police of Afghanistan" in names
    assert "Police of Kandahar" not in names
    assert "Officials of Abkhazia" in names  # a region's officials stay its own


def _people(make_doc: DocBuilder, text: str) -> dict[str, tuple[str | None, str | None]]:
    """Each person's title and the name of what they are affiliated to."""
    doc = make_doc(text, stages=STAGES)
    by_id = {a.id: a for a in doc.actors}
    return {
        a.name: (a.title, by_id[a.affiliation].name if a.affiliation else None)
        for a in doc.actors
        if a.kind is ActorKind.PERSON
    }


def test_a_member_named_by_the_body_before_their_role_is_affiliated(
    make_doc: DocBuilder,
) -> None:
    text = (
        "Hamas official Yusuf Dabbagh said the crossing would open on Sunday. Hezbollah "
        "lawmaker Karim Sayegh told reporters the group wanted calm. A spokesman for the "
        "KNU, Colonel Naw Htoo, said the camp was hit."
    )
    people = _people(make_doc, text)
    assert people == {
        "Yusuf Dabbagh": ("official", "Hamas"),
        "Karim Sayegh": ("lawmaker", "Hezbollah"),
        "Naw Htoo": ("Colonel", "KNU"),
    }


def test_a_member_or_mp_named_by_the_body_before_is_affiliated(make_doc: DocBuilder) -> None:
    text = (
        "Hezbollah MP Rami Haddad said the strike hit a school. "
        "Hamas member Sami Odeh told reporters talks had stalled."
    )
    people = _people(make_doc, text)
    assert people["Rami Haddad"] == ("MP", "Hezbollah")
    assert people["Sami Odeh"] == ("member", "Hamas")


def test_regional_officials_are_one_unowned_body_that_reports(make_doc: DocBuilder) -> None:
    text = (
        "Shelling killed four civilians in the village of Zarichne on Monday, regional "
        "officials said. Two people were wounded in a nearby town, according to local officials."
    )
    doc = make_doc(text, stages=CLAIMS)
    bodies = [a for a in doc.actors if a.name in ("regional officials", "local officials")]
    assert [(a.name, a.kind, a.country) for a in bodies] == [
        ("regional officials", ActorKind.ORGANIZATION, "UA"),  # Zarichne's state
        ("local officials", ActorKind.ORGANIZATION, "UA"),  # every place is in Ukraine
    ]
    assert [c.speaker for c in doc.claims] == [bodies[0].id, bodies[1].id]


def test_officials_no_words_name_speak_as_one_body_of_no_owner(make_doc: DocBuilder) -> None:
    text = (
        "Aid convoy reaches town\n\n"
        "Aid trucks were seen entering the town on Sunday, officials said. Two were turned back "
        "at the gate, security officials said. The officials added that more would come."
    )
    doc = make_doc(text, stages=CLAIMS)
    bodies = [a for a in doc.actors if a.name in ("officials", "security officials")]
    assert [(a.name, a.kind, a.country) for a in bodies] == [
        ("officials", ActorKind.ORGANIZATION, None),  # no owner: the text names none
        ("security officials", ActorKind.ORGANIZATION, None),
    ]
    # "the officials" are the ones named last
    assert [c.speaker for c in doc.claims] == [bodies[0].id, bodies[1].id, bodies[1].id]


def test_a_group_of_medics_that_speaks_is_a_body(make_doc: DocBuilder) -> None:
    text = (
        "Shells hit a market on Friday, killing 12 people, a group of volunteer medics said. "
        "Five more died in a nearby town, according to a group of volunteer medics. "
        "Gunmen later robbed a group of volunteer medics on the road."
    )
    doc = make_doc(text, stages=CLAIMS)
    kinds = {(a.name, a.kind) for a in doc.actors}
    assert ("group of volunteer medics", ActorKind.ORGANIZATION) in kinds
    assert ("volunteer medics", ActorKind.POPULATION) in kinds
    body = next(a for a in doc.actors if a.name == "group of volunteer medics")
    assert len(body.mentions) == 2
    assert [c.speaker for c in doc.claims][:2] == [body.id, body.id]


def test_a_group_after_its_name_is_the_named_body(make_doc: DocBuilder) -> None:
    text = (
        "The M23 rebel group denied the charge, saying its fighters had not left their "
        "positions. M23 later said it would talk."
    )
    doc = make_doc(text, stages=CLAIMS)
    groups = [a for a in doc.actors if "M23" in a.name]
    # one body, not 'M23' and an 'M23 rebel group' beside it
    assert [a.name for a in groups] == ["M23"]
    fighters = next(a for a in doc.actors if a.name == "fighters")
    assert fighters.affiliation == groups[0].id
    assert {c.speaker for c in doc.claims} == {groups[0].id}


@pytest.mark.parametrize(
    "text",
    [
        "Sudan's army said it was ready. The army's chief, General Ali Hamid, warned rivals.",
        "Sudan's army said it was ready. Army chief Ali Hamid warned rivals.",
    ],
)
def test_the_head_of_an_army_is_that_armys(make_doc: DocBuilder, text: str) -> None:
    doc = make_doc(text, stages=STAGES)
    army = next(a for a in doc.actors if a.kind is ActorKind.ARMED_GROUP)
    person = next(a for a in doc.actors if a.kind is ActorKind.PERSON)
    assert (person.name, person.affiliation) == ("Ali Hamid", army.id)


def test_a_state_agency_described_without_a_name_speaks_for_its_state(
    make_doc: DocBuilder,
) -> None:
    text = "The Libyan military agency said on Friday that two boats had been turned back."
    doc = make_doc(text, stages=CLAIMS)
    agencies = [a for a in doc.actors if "agency" in a.name]
    assert [(a.name, a.country) for a in agencies] == [("Libyan military agency", "LY")]
    assert [c.speaker for c in doc.claims] == [agencies[0].id]


def test_the_agency_named_before_is_the_agency_described_again(make_doc: DocBuilder) -> None:
    text = (
        "NAVCOM, the Libyan military agency that patrols the western shore, said two boats were "
        "stopped. The Libyan military agency said later that a third had sunk."
    )
    doc = make_doc(text, stages=CLAIMS)
    assert not [a for a in doc.actors if "agency" in a.name]
    porta = next(a for a in doc.actors if a.name == "NAVCOM")
    assert [c.speaker for c in doc.claims] == [porta.id, porta.id]
