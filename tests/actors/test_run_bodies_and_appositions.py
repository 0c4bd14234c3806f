"""Bodies an organisation or armed group runs, and names in apposition to a titled person."""

from __future__ import annotations

from sitrep.records import ActorKind
from tests.conftest import DocBuilder

STAGES = ("sentences.v1", "times.v1", "places.v1", "actors.v1")
CLAIMS = (*STAGES, "claims.v1")


def test_a_body_run_by_a_group_is_the_groups(make_doc: DocBuilder) -> None:
    # the headline names another state: the ministry is still the one its runner has
    text = (
        "U.S. strikes kill 20 in Yemen\n\n"
        "American air strikes killed 20 people overnight, the Houthi-run health ministry "
        "said on Tuesday."
    )
    doc = make_doc(text, stages=CLAIMS)
    by_id = {a.id: a for a in doc.actors}
    (ministry,) = [a for a in doc.actors if a.name.startswith("Ministry")]
    assert ministry.name == "Ministry of Health of Houthis"
    assert ministry.affiliation is not None and by_id[ministry.affiliation].name == "Houthis"
    assert ministry.country is None
    assert [c.speaker for c in doc.claims] == [ministry.id]
    text = "Pakistani troops fired on a crossing, the Taliban-led government said on Sunday."
    doc = make_doc(text, stages=STAGES)
    assert "Government of Taliban" in {a.name for a in doc.actors}
    assert not [a for a in doc.actors if a.name == "Government of Pakistan"]


def test_a_run_body_named_before_is_the_same_body(make_doc: DocBuilder) -> None:
    text = (
        "Yemen's health ministry said 12 people died in the raids. The Houthi-run ministry "
        "said later that the toll had risen."
    )
    doc = make_doc(text, stages=STAGES)
    (ministry,) = [a for a in doc.actors if a.name.startswith("Ministry")]
    assert ministry.name == "Ministry of Health of Yemen"
    assert "The Houthi-run ministry" in {m.text(text) for m in ministry.mentions}
    assert ministry.kind is ActorKind.ORGANIZATION


def test_a_hyphenated_name_beside_a_role_is_its_holder(make_doc: DocBuilder) -> None:
    # the tagger may call such a name an organisation: it is the spokesman, one person
    text = "A militia spokesman, Al-Fateh Qurashi, said on Monday that the town had fallen."
    doc = make_doc(text, stages=CLAIMS)
    people = [a for a in doc.actors if a.kind is ActorKind.PERSON]
    assert [(a.name, a.title) for a in people] == [("Al-Fateh Qurashi", "spokesman")]
    assert not [a for a in doc.actors if "spokesman" in a.name]
    assert [c.speaker for c in doc.claims] == [people[0].id]
    text = "An RSF spokesman, Abdel-Rahim al-Tayeb, denied that the group had shelled the camp."
    doc = make_doc(text, stages=CLAIMS)
    people = [a for a in doc.actors if a.kind is ActorKind.PERSON]
    assert [(a.name, a.title) for a in people] == [("Abdel-Rahim al-Tayeb", "spokesman")]


def test_a_mission_another_leads_is_a_body_of_its_own(make_doc: DocBuilder) -> None:
    text = (
        "The Brazilian-led stabilisation mission, which has 900 troops in the north, said it "
        "would send a patrol."
    )
    doc = make_doc(text, stages=CLAIMS)
    (mission,) = [a for a in doc.actors if "mission" in a.name]
    assert (mission.name, mission.kind) == (
        "Brazilian-led stabilisation mission",
        ActorKind.ORGANIZATION,
    )
    assert (mission.country, mission.affiliation) == (None, None)
    assert [c.speaker for c in doc.claims] == [mission.id]


def test_a_body_led_by_a_named_one_is_read_before_the_leader_s_name(
    make_doc: DocBuilder,
) -> None:
    for text, name in (
        ("A UN-led mission said it had counted the dead.", "UN-led mission"),
        ("The Egyptian-led coalition said it had struck a depot.", "Egyptian-led coalition"),
    ):
        doc = make_doc(text, stages=STAGES)
        assert [(a.name, a.kind) for a in doc.actors] == [(name, ActorKind.ORGANIZATION)]
