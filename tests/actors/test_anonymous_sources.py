"""Anonymous sources are people the article quotes without a name: actors claims can name."""

from __future__ import annotations

from sitrep.records import ActorKind
from tests.conftest import DocBuilder

STAGES = ("sentences.v1", "times.v1", "places.v1", "actors.v1")
CLAIMS = (*STAGES, "claims.v1")


def test_a_source_of_a_states_army_is_a_person_of_that_army(make_doc: DocBuilder) -> None:
    text = "A Chadian army source said the convoy was ambushed near the border on Monday."
    doc = make_doc(text, stages=CLAIMS)
    source = next(a for a in doc.actors if a.kind is ActorKind.PERSON)
    army = next(a for a in doc.actors if a.name == "Military Forces of Chad")
    assert (source.name, source.affiliation, source.country) == ("army source", army.id, "TD")
    assert [c.speaker for c in doc.claims] == [source.id]


def test_the_same_description_again_is_the_same_source(make_doc: DocBuilder) -> None:
    text = (
        "A security source said two soldiers were killed. A security source said the road "
        "was closed."
    )
    doc = make_doc(text, stages=CLAIMS)
    sources = [a for a in doc.actors if a.kind is ActorKind.PERSON]
    assert [(a.name, len(a.mentions)) for a in sources] == [("security source", 2)]
    assert [c.speaker for c in doc.claims] == [sources[0].id] * 2


def test_a_person_who_asked_not_to_be_named_is_a_source(make_doc: DocBuilder) -> None:
    text = (
        "A local youth leader, who asked not to be named, said nine houses were burned. "
        "A senior diplomat who spoke on condition of anonymity said the talks had stalled."
    )
    doc = make_doc(text, stages=CLAIMS)
    people = [a for a in doc.actors if a.kind is ActorKind.PERSON]
    assert [a.name for a in people] == ["local youth leader", "senior diplomat"]
    assert [c.speaker for c in doc.claims] == [a.id for a in people]


def test_a_named_groups_source_is_of_that_group(make_doc: DocBuilder) -> None:
    text = "A Hezbollah source said the group had fired rockets at the base, according to AFP."
    doc = make_doc(text, stages=STAGES)
    group = next(a for a in doc.actors if a.name == "Hezbollah")
    source = next(a for a in doc.actors if a.kind is ActorKind.PERSON)
    assert source.affiliation == group.id


def test_a_source_close_to_something_is_named_so(make_doc: DocBuilder) -> None:
    text = "A source close to the negotiations said the ceasefire would hold."
    doc = make_doc(text, stages=STAGES)
    names = [a.name for a in doc.actors if a.kind is ActorKind.PERSON]
    assert names == ["source close to the negotiations"]


def test_a_source_of_a_thing_or_an_unquoted_person_is_no_source(make_doc: DocBuilder) -> None:
    text = (
        "Oil remains a major source of revenue for the government. "
        "A senior diplomat arrived in the capital on Tuesday."
    )
    doc = make_doc(text, stages=STAGES)
    assert not [a for a in doc.actors if a.kind is ActorKind.PERSON]


def test_an_official_who_asked_not_to_be_named_is_one_person(make_doc: DocBuilder) -> None:
    text = (
        "A Hezbollah official, who asked not to be named, said the group had rejected the "
        "offer. The official said talks would go on. A senior Turkish official, speaking on "
        "condition of anonymity, said Ankara backed the plan."
    )
    doc = make_doc(text, stages=CLAIMS)
    people = [a for a in doc.actors if a.kind is ActorKind.PERSON]
    by_id = {a.id: a for a in doc.actors}
    assert [(a.name, a.country, by_id[a.affiliation].name) for a in people if a.affiliation] == [
        ("Hezbollah official", None, "Hezbollah"),
        ("senior official", "TR", "Turkey"),
    ]
    assert not any(a.name.startswith("Officials") for a in doc.actors)
    assert [c.speaker for c in doc.claims if c.cue == "said"][:3] == [
        people[0].id,
        people[0].id,
        people[1].id,
    ]


def test_officials_in_the_plural_stay_the_body(make_doc: DocBuilder) -> None:
    text = "Turkish officials said Ankara backed the plan."
    doc = make_doc(text, stages=STAGES)
    assert [a.name for a in doc.actors if a.name.startswith("Officials")] == ["Officials of Turkey"]


def test_one_official_who_speaks_is_one_person_of_the_state(make_doc: DocBuilder) -> None:
    text = (
        "A Malian official said on Monday that the bridge had been mined. The official said "
        "repairs would take weeks. According to a senior Nigerien official, two patrols were hit."
    )
    doc = make_doc(text, stages=CLAIMS)
    by_id = {a.id: a for a in doc.actors}
    people = [a for a in doc.actors if a.kind is ActorKind.PERSON]
    assert [(a.name, a.country, by_id[a.affiliation].name) for a in people if a.affiliation] == [
        ("official", "ML", "Mali"),
        ("senior official", "NE", "Niger"),
    ]
    assert [by_id[c.speaker].name for c in doc.claims if c.speaker] == [
        "official",
        "official",
        "senior official",
    ]
    assert not any(a.name.startswith("Officials") for a in doc.actors)


def test_an_official_who_does_not_speak_is_no_source(make_doc: DocBuilder) -> None:
    text = "A Malian official arrived in Gao on Monday."
    doc = make_doc(text, stages=STAGES)
    assert not [a for a in doc.actors if a.kind is ActorKind.PERSON]


def test_an_official_of_a_level_of_government_is_an_unnamed_person(make_doc: DocBuilder) -> None:
    text = (
        "Floods cut the main road north, a district official said on Tuesday. "
        "A municipal official said three bridges had been washed away."
    )
    doc = make_doc(text, stages=CLAIMS)
    people = [a for a in doc.actors if a.kind is ActorKind.PERSON]
    assert [(a.name, a.title, a.affiliation) for a in people] == [
        ("district official", "district official", None),
        ("municipal official", "municipal official", None),
    ]
    assert [c.speaker for c in doc.claims] == [a.id for a in people]


def test_a_senior_official_with_no_state_or_level_is_no_source(make_doc: DocBuilder) -> None:
    text = "A senior official said the talks would resume next week."
    doc = make_doc(text, stages=CLAIMS)
    assert not [a for a in doc.actors if a.kind is ActorKind.PERSON]


def test_a_place_ending_the_content_is_no_owner_of_the_officials(make_doc: DocBuilder) -> None:
    # The comma closes the content: "Gaza" is where it happened, not whose the officials are.
    text = "A shell hit a warehouse in Gaza, Israeli officials said on Tuesday."
    doc = make_doc(text, stages=CLAIMS)
    officials = [a for a in doc.actors if a.name.startswith("Officials")]
    assert [a.name for a in officials] == ["Officials of Israel"]
    assert [c.speaker for c in doc.claims] == [officials[0].id]


def test_owners_listed_with_commas_and_and_stay_joined(make_doc: DocBuilder) -> None:
    text = "Egyptian and Qatari mediators said talks would resume in Doha."
    doc = make_doc(text, stages=STAGES)
    assert "Mediators of Egypt and Qatar" in [a.name for a in doc.actors]
