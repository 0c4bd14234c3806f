from __future__ import annotations

from sitrep.records import ActorKind
from tests.conftest import DocBuilder

_STAGES = ("sentences.v1", "times.v1", "places.v1", "actors.v1")


def test_bare_rebels_are_the_one_group_called_rebels(make_doc: DocBuilder) -> None:
    doc = make_doc(
        "Rebels shelled a market in Kidal on Monday, the army said. The FLA rebel group "
        "denied it. A rebel spokesman, who asked not to be named, said the rebels had not fired.",
        stages=_STAGES,
    )
    assert [a for a in doc.actors if a.name.casefold() == "rebels"] == []
    fla = next(a for a in doc.actors if a.name == "FLA")
    assert len(fla.mentions) >= 3
    spokesman = next(a for a in doc.actors if a.name == "rebel spokesman")
    assert spokesman.affiliation == fla.id


def test_bare_rebels_stay_apart_when_two_groups_are_called_rebels(make_doc: DocBuilder) -> None:
    doc = make_doc(
        "The FLA rebel group and the JNIM rebel group fought near Kidal on Monday. "
        "The rebels later withdrew. A rebel spokesman, who asked not to be named, said so.",
        stages=_STAGES,
    )
    spokesman = next(a for a in doc.actors if a.name == "rebel spokesman")
    assert spokesman.affiliation is None


def test_the_regional_officials_are_those_named_before(make_doc: DocBuilder) -> None:
    doc = make_doc(
        "ODESA, Dec 5 - A drone hit a warehouse on Friday, regional officials said. "
        "Two guards were hurt, the regional officials added.",
        stages=_STAGES,
    )
    officials = [a for a in doc.actors if a.name.casefold().endswith("regional officials")]
    assert len(officials) == 1
    assert len(officials[0].mentions) == 2


def test_an_acronym_after_its_description_is_the_states_body(make_doc: DocBuilder) -> None:
    for text in (
        "The Israeli military agency that oversees aid crossings, COGAT, said 90 trucks "
        "entered Gaza on Friday.",
        "COGAT, the Israeli military agency that oversees aid crossings, said 90 trucks "
        "entered Gaza on Friday.",
    ):
        doc = make_doc(text, stages=_STAGES)
        names = {a.id: a.name for a in doc.actors}
        agency = next(a for a in doc.actors if a.name == "COGAT")
        assert agency.kind is ActorKind.ORGANIZATION
        assert agency.affiliation is not None and names[agency.affiliation] == "Israel"


def test_an_acronym_called_a_rebel_group_is_an_armed_group(make_doc: DocBuilder) -> None:
    doc = make_doc(
        "The ADF rebel group said on Monday it had taken the town. The KRM armed group denied it.",
        stages=_STAGES,
    )
    kinds = {a.name: a.kind for a in doc.actors}
    assert kinds["ADF"] is ActorKind.ARMED_GROUP
    assert kinds["KRM"] is ActorKind.ARMED_GROUP


def test_an_unnamed_rebel_spokesman_speaks_for_the_one_rebel_group(make_doc: DocBuilder) -> None:
    doc = make_doc(
        "The FLA rebel group said it had taken the town from Malian troops. "
        "The rebels later withdrew, a rebel spokesman said. "
        "An army spokesman said troops had retaken the town.",
        stages=_STAGES,
    )
    fla = next(a for a in doc.actors if a.name == "FLA")
    rebel = next(a for a in doc.actors if a.name == "rebel spokesman")
    assert rebel.kind is ActorKind.PERSON
    assert rebel.affiliation == fla.id
    # "an army spokesman" is the army speaking, as attribution reads it: no person of its own
    assert not any(a.name == "army spokesman" for a in doc.actors)


def test_a_named_bodys_spokesman_is_no_unnamed_source(make_doc: DocBuilder) -> None:
    doc = make_doc("The fighting went on, a Hamas spokesman said.", stages=_STAGES)
    assert not any(a.name.endswith("Hamas spokesman") for a in doc.actors)


def test_an_acronym_before_militia_is_one_armed_group(make_doc: DocBuilder) -> None:
    doc = make_doc(
        "The Zuwa rebel group said it seized a checkpoint. The FLA militia said its fighters "
        "ambushed a convoy. The Koro armed group denied taking part. FLA fighters later "
        "withdrew, a local official said. The army said the KDL militia had fired on a patrol.",
        stages=_STAGES,
    )
    named = {(a.name, a.kind) for a in doc.actors if a.name in ("FLA", "KDL")}
    assert named == {("FLA", ActorKind.ARMED_GROUP), ("KDL", ActorKind.ARMED_GROUP)}
    assert not [a for a in doc.actors if a.name.startswith(("FLA ", "KDL "))]
