"""A group named with the noun that says what it is ("Houthi rebels") is the group itself."""

from __future__ import annotations

from sitrep.records import ActorKind
from tests.conftest import DocBuilder

STAGES = ("sentences.v1", "times.v1", "places.v1", "actors.v1")


def test_rebels_named_by_the_acronym_defined_later_are_the_group(make_doc: DocBuilder) -> None:
    text = (
        "Kenya's NLF rebels raid police post, officials say\n\n"
        "Fighters of Kenya's National Liberation Front (NLF) raided a police post in the hills on "
        "Sunday, officials said. The rebels later withdrew. The NLF said it had lost two men."
    )
    doc = make_doc(text, stages=STAGES)
    groups = [a for a in doc.actors if "rebels" in a.name]
    assert not groups, [a.name for a in groups]
    front = next(a for a in doc.actors if a.name == "National Liberation Front")
    said = {text[m.start : m.end] for m in front.mentions}
    assert {"NLF rebels", "The rebels", "The NLF"} <= said, said


def test_rebels_after_a_known_group_are_that_group(make_doc: DocBuilder) -> None:
    text = "Houthi rebels fired a missile at a cargo ship on Monday, the navy said."
    doc = make_doc(text, stages=STAGES)
    houthis = [a for a in doc.actors if a.name == "Houthis"]
    assert len(houthis) == 1
    assert "Houthi rebels" in {text[m.start : m.end] for m in houthis[0].mentions}
    assert not [a for a in doc.actors if "rebels" in a.name]


def test_fighters_of_a_group_stay_its_own_fighters(make_doc: DocBuilder) -> None:
    text = (
        "The paramilitary Rapid Support Forces (RSF) attacked the camp on Monday. "
        "RSF fighters looted the market, residents said."
    )
    doc = make_doc(text, stages=STAGES)
    rsf = next(a for a in doc.actors if a.name == "Rapid Support Forces")
    fighters = next(a for a in doc.actors if a.name == "RSF fighters")
    assert fighters.affiliation == rsf.id


def test_a_place_s_liberation_army_is_a_group_not_the_place_s_forces(make_doc: DocBuilder) -> None:
    text = (
        "The Sindh Liberation Army (SLA) said it had bombed a rail line near Hyderabad. "
        "The SLA said it would strike again."
    )
    doc = make_doc(text, stages=STAGES)
    names = [a.name for a in doc.actors]
    assert "Sindh Liberation Army" in names, names
    assert not [n for n in names if n.startswith("Military Forces")], names


def test_a_group_set_beside_a_faction_of_another_belongs_to_it(make_doc: DocBuilder) -> None:
    text = (
        "Fighters of the 12th Front, a dissident faction of the FARC, attacked a base. "
        "The Tamsa Brigades, the armed wing of Hamas, said they fired rockets."
    )
    doc = make_doc(text, stages=STAGES)
    by_id = {a.id: a.name for a in doc.actors}
    owners = {a.name: by_id.get(a.affiliation or "") for a in doc.actors}
    assert owners["12th Front"] == "Revolutionary Armed Forces of Colombia"
    assert owners["Tamsa Brigades"] == "Hamas"


def test_a_group_set_beside_something_else_of_another_has_no_owner(
    make_doc: DocBuilder,
) -> None:
    text = "The Tamsa Brigades, a coalition of Hamas and other groups, said they fired rockets."
    doc = make_doc(text, stages=STAGES)
    (brigades,) = [a for a in doc.actors if a.name == "Tamsa Brigades"]
    assert brigades.affiliation is None


def test_a_sides_label_for_a_group_named_before_is_that_group(make_doc: DocBuilder) -> None:
    text = (
        "The Tamsa Brigades attacked the town on Monday. The army said the terrorist militia "
        "had shelled a market, and the local militia had fled."
    )
    doc = make_doc(text, stages=STAGES)
    names = {a.name: a for a in doc.actors}
    assert "terrorist militia" not in names
    assert len(names["Tamsa Brigades"].mentions) == 2
    # a description of a group of its own stays one
    assert "local militia" in names
    # with no group named before, the label names one
    doc = make_doc("The army said the terrorist militia had shelled a market.", stages=STAGES)
    assert "terrorist militia" in {a.name for a in doc.actors}


def test_the_militia_and_the_paramilitary_are_the_group_named_before(
    make_doc: DocBuilder,
) -> None:
    text = (
        "Troops clashed with the Western Liberation Army near the dam. The militia said it "
        "held the bridge. The paramilitary later withdrew, and the paramilitary's fighters "
        "burned the depot."
    )
    doc = make_doc(text, stages=STAGES)
    front = next(a for a in doc.actors if a.name == "Western Liberation Army")
    said = {text[m.start : m.end] for m in front.mentions}
    assert {"The militia", "The paramilitary", "the paramilitary"} <= said, said
    fighters = next(a for a in doc.actors if a.name == "fighters")
    assert fighters.affiliation == front.id


def test_the_militia_with_no_group_named_before_is_a_militia(make_doc: DocBuilder) -> None:
    doc = make_doc("The militia said it had lost five fighters.", stages=STAGES)
    assert "militia" in [a.name for a in doc.actors]


def test_a_commander_named_by_the_groups_initials_is_one_of_the_group(
    make_doc: DocBuilder,
) -> None:
    text = (
        "Troops clashed with the Rapid Support Forces near the dam. An RSF commander, "
        "speaking on condition of anonymity, said the bridge was held."
    )
    doc = make_doc(text, stages=STAGES)
    rsf = next(a for a in doc.actors if a.name == "Rapid Support Forces")
    commander = next(a for a in doc.actors if a.kind is ActorKind.PERSON)
    assert commander.affiliation == rsf.id


def test_rebels_after_a_group_the_ner_took_for_a_place_are_the_group(
    make_doc: DocBuilder,
) -> None:
    text = (
        "M23 rebels said on Sunday they had taken the hill town after a night of fighting. "
        "The army said it had killed at least 30 rebels. The rebels said they had lost four "
        "fighters, and two M23 fighters were later captured."
    )
    doc = make_doc(text, stages=STAGES)
    m23 = next(a for a in doc.actors if a.name == "M23")
    said = {text[m.start : m.end] for m in m23.mentions}
    assert {"M23 rebels", "rebels", "The rebels"} <= said, said
    assert not [a for a in doc.actors if a.name == "rebels"]
    fighters = next(a for a in doc.actors if a.name == "M23 fighters")
    assert fighters.affiliation == m23.id


def test_bare_rebels_with_two_groups_so_called_are_no_one_group(make_doc: DocBuilder) -> None:
    text = (
        "M23 rebels and Houthi rebels were named in the report. "
        "Soldiers killed 12 rebels near the border."
    )
    doc = make_doc(text, stages=STAGES)
    rebels = next(a for a in doc.actors if a.name == "rebels")
    assert "rebels" in {text[m.start : m.end] for m in rebels.mentions}


def test_pro_government_forces_side_with_the_one_states_government(make_doc: DocBuilder) -> None:
    text = "Rebels ambushed pro-government forces near Mopti in Mali on Monday, officials said."
    doc = make_doc(text, stages=STAGES)
    forces = next(a for a in doc.actors if a.name == "pro-government forces")
    assert forces.kind is ActorKind.ARMED_GROUP
    assert forces.country == "ML"
    government = next(a for a in doc.actors if a.id == forces.affiliation)
    assert government.name == "Government of Mali"


def test_pro_government_militias_of_no_state_told_are_no_ones(make_doc: DocBuilder) -> None:
    text = "Pro-government militias burned two villages, residents said."
    doc = make_doc(text, stages=STAGES)
    militias = next(a for a in doc.actors if a.name == "pro-government militias")
    assert militias.kind is ActorKind.ARMED_GROUP
    assert militias.affiliation is None
