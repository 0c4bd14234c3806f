"""Bodies an organisation or armed group runs, and names in apposition to a titled person."""

from __future__ import annotations

import datetime as dt

from sitrep.pipeline.base import Document
from sitrep.pipeline.registry import create
from sitrep.records import ActorKind, Article
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


def _without_entities(text: str) -> Document:
    """``text`` run through the stages with every entity the NER found dropped, as when it
    misses a name it does not know."""
    doc = Document(Article(id="test", text=text, published=dt.date(2020, 11, 1)))
    for name in CLAIMS:
        stage = create(name)
        doc.put(stage.provides, stage(doc))
        if name == "sentences.v1":
            doc.parse.doc.ents = ()
    return doc


def test_a_name_the_ner_missed_in_apposition_to_a_role_is_that_person() -> None:
    for text, name, title in (
        (
            "Two shells hit a market on Sunday, the acting mayor, Ivan Petrenko, said in a video.",
            "Ivan Petrenko",
            "Acting Mayor",
        ),
        (
            "A drone struck a depot overnight, the regional governor, Oleh Marchuk, said.",
            "Oleh Marchuk",
            "Governor",
        ),
    ):
        doc = _without_entities(text)
        people = [a for a in doc.actors if a.kind is ActorKind.PERSON]
        assert [(a.name, a.title) for a in people] == [(name, title)]
        assert [c.speaker for c in doc.claims] == [people[0].id]


def test_capitalised_words_after_a_comma_beside_no_role_are_no_person() -> None:
    # a place set off by commas, and a name beside no role, stay unguessed
    for text in (
        "Shells fell on the old town, Nova Vilna, the army said.",
        "The convoy reached the border, Ivan Petrenko said.",
    ):
        doc = _without_entities(text)
        assert not [a for a in doc.actors if a.kind is ActorKind.PERSON]
