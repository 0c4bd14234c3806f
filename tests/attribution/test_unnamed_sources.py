"""Unnamed sources, statements added to them, and sentences the parser ran together, on
sentences written for these tests."""

from __future__ import annotations

import pytest

import sitrep
from sitrep.attribution.base import CueKind
from sitrep.pipeline.base import Document, Timeline
from sitrep.pipeline.claims import ClaimsStage
from sitrep.records import Actor, ActorKind, Claim
from tests.attribution.conftest import analysed, claims_read, words
from tests.conftest import DocBuilder, actor_in, with_layers
from tests.conftest import span_of as _span

pytestmark = pytest.mark.slow


def _claims(
    make_doc: DocBuilder, text: str, *, actors: tuple[Actor, ...] = ()
) -> tuple[Document, tuple[Claim, ...]]:
    doc = with_layers(make_doc(text), times=Timeline(()), actors=actors)
    return doc, ClaimsStage()(doc)


def test_told_after_a_sentence_ending_in_an_abbreviation(extract) -> None:  # type: ignore[no-untyped-def]
    text, found = extract(
        "The Dorn Front said three rockets hit the depot in Kell at about 4 a.m. Two guards "
        "and a cook were among the dead, a paramedic told the Ruritanian Times, adding that "
        "nine people had been wounded."
    )
    by_cue = {words(text, a.cue): a for a in found}
    assert words(text, by_cue["said"].content).endswith("at about 4 a.m.")
    told = by_cue["told the Ruritanian Times"]
    assert words(text, told.content) == "Two guards and a cook were among the dead"
    assert words(text, told.source) == "a paramedic"
    assert words(text, by_cue["adding"].source) == "a paramedic"


def test_a_time_with_its_day_stays_one_sentence(extract) -> None:  # type: ignore[no-untyped-def]
    text, (a,) = extract("Officials said the raid began at 6 a.m. Sunday and ended at noon.")
    assert words(text, a.content) == "the raid began at 6 a.m. Sunday and ended at noon"


def test_a_belief_in_the_statement_does_not_take_the_participle(extract) -> None:  # type: ignore[no-untyped-def]
    text, found = extract(
        "The senator said he did not believe the vote had hurt him, arguing that the "
        "party's quarrels had cost more."
    )
    (arguing,) = [a for a in found if words(text, a.cue) == "arguing"]
    assert words(text, arguing.source) == "The senator"


def test_a_pronoun_after_an_unnamed_source_stands_for_it(make_doc: DocBuilder) -> None:
    text = (
        "“They came before sunrise,” a villager told the Ruritanian Times, asking not to be "
        "named. He said the soldiers had burned the granary."
    )
    _, claims = _claims(make_doc, text)
    told, said = claims
    assert told.speaker is None and said.speaker is None
    assert said.source_span is not None and words(text, said.source_span) == "a villager"


def test_a_pronoun_after_a_named_speaker_is_that_speaker(make_doc: DocBuilder) -> None:
    text = (
        "A nurse at the clinic said twelve wounded had arrived overnight. Army spokesman "
        "Tomas Varga said the troops had withdrawn. He said they would return."
    )
    varga = actor_in(text, "a1", "Tomas Varga", ActorKind.PERSON, "Army spokesman Tomas Varga")
    _, (nurse, named, pronoun) = _claims(make_doc, text, actors=(varga,))
    assert nurse.speaker is None and words(text, nurse.source_span) == "A nurse at the clinic"
    assert named.speaker == "a1" and pronoun.speaker == "a1"
    assert words(text, pronoun.source_span) == "He"


def test_a_pronoun_after_a_body_s_unnamed_adviser_speaks_for_the_body(
    make_doc: DocBuilder,
) -> None:
    text = "A Dorn Front adviser said the bridge was mined. She said the road was closed."
    front = actor_in(text, "a1", "Dorn Front", ActorKind.ARMED_GROUP, "A Dorn Front adviser")
    _, (first, second) = _claims(make_doc, text, actors=(front,))
    assert first.speaker == "a1" and second.speaker == "a1"
    assert words(text, second.source_span) == "A Dorn Front adviser"


@pytest.mark.parametrize("label", ["Bombshell", "Fallout"])
def test_a_one_word_subhead_names_no_speaker(extract, label: str) -> None:  # type: ignore[no-untyped-def]
    _, found = extract(
        "The army shelled Kell again on Monday, residents said.\n\n"
        f"{label}: the ministry's own audit showed the convoy had been hit twice."
    )
    assert [a for a in found if a.kind is CueKind.HEADLINE] == []


def test_a_one_word_name_before_a_colon_speaks(extract) -> None:  # type: ignore[no-untyped-def]
    text, found = extract(
        "Varga spoke in Kell on Monday.\n\nVarga: the bridge will reopen within a week."
    )
    (a,) = [a for a in found if a.kind is CueKind.HEADLINE]
    assert words(text, a.source) == "Varga"


def test_an_interview_answer_runs_over_a_statement_inside_it(extract) -> None:  # type: ignore[no-untyped-def]
    text, found = extract(
        "General Tomas Varga spoke to the Ruritanian Times about the siege.\n\n"
        "Q: Did your troops shell the town?\n\n"
        "A: We never fired on homes. Our soldiers returned fire only when attacked, and the "
        "mayor told me he saw no shelling.\n"
    )
    (answer,) = [a for a in found if a.kind is CueKind.HEADLINE]
    assert words(text, answer.content).endswith("and the mayor told me he saw no shelling")


@pytest.mark.parametrize(
    "text",
    [
        "The council declared a ceasefire after the floods.",
        "Fighting went on after the truce was declared.",
        "The governor declared a state of emergency in the province.",
    ],
)
def test_declaring_a_truce_is_an_act(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    _, found = extract(text)
    assert found == []


def test_declaring_a_vote_void_is_a_statement(extract) -> None:  # type: ignore[no-untyped-def]
    text, (a,) = extract("The court declared the vote void.")
    assert words(text, a.content) == "the vote void"


def test_what_a_source_adds_goes_to_whom_it_told(make_doc: DocBuilder) -> None:
    text = (
        "Nine guards were among the dead, a paramedic told the Ruritanian Times, adding that "
        "twenty people had been wounded."
    )
    paper = actor_in(text, "a1", "Ruritanian Times", ActorKind.MEDIA, "the Ruritanian Times")
    _, (told, adding) = _claims(make_doc, text, actors=(paper,))
    assert told.via == "a1" and adding.via == "a1"
    assert adding.speaker is None and words(text, adding.source_span) == "a paramedic"


def test_it_after_an_unnamed_body_stands_for_that_body(make_doc: DocBuilder) -> None:
    text = (
        "The Dorn Front said its fighters had taken the bridge. The ferry's operator said "
        "twelve passengers were missing. It said four had been found alive."
    )
    front = actor_in(text, "a1", "Dorn Front", ActorKind.ARMED_GROUP, "The Dorn Front")
    _, (first, operator, it) = _claims(make_doc, text, actors=(front,))
    assert first.speaker == "a1" and operator.speaker is None
    # not the Dorn Front, which spoke before the operator
    assert it.speaker is None and words(text, it.source_span) == "The ferry's operator"


def test_it_after_a_body_that_told_of_another_is_still_the_body(make_doc: DocBuilder) -> None:
    text = "The Dorn Front said the convoy reported light damage. It said no one was hurt."
    front = actor_in(text, "a1", "Dorn Front", ActorKind.ARMED_GROUP, "The Dorn Front")
    _, claims = _claims(make_doc, text, actors=(front,))
    assert claims[-1].speaker == "a1"


def test_it_after_an_unnamed_person_is_the_body_before(make_doc: DocBuilder) -> None:
    text = (
        "The Dorn Front said its fighters had taken the bridge. A resident said the shooting "
        "lasted an hour. It said the bridge was open again."
    )
    front = actor_in(text, "a1", "Dorn Front", ActorKind.ARMED_GROUP, "The Dorn Front")
    _, claims = _claims(make_doc, text, actors=(front,))
    assert claims[-1].speaker == "a1"


def test_a_bodys_service_speaks_for_the_body(make_doc: DocBuilder) -> None:
    text = (
        "The Valdian government's press service said the army had hit a rebel camp. "
        "Residents said the strike hit a school. The government denies targeting schools."
    )
    government = Actor(
        id="a1",
        name="Government of Valdia",
        kind=ActorKind.STATE,
        mentions=(_span(text, "The government"),),
    )
    _, claims = _claims(make_doc, text, actors=(government,))
    assert claims[0].speaker == "a1"


def test_bare_officials_in_the_first_statement_are_the_headline_s_officials() -> None:
    text = (
        "Toll of the siege passes 400, Dornish officials say\n\n"
        "KELL, May 3 (Northline News) - The number of soldiers killed in the siege of Kell "
        "has risen to 412, officials said on Sunday.\n\n"
        "Two smugglers were arrested at the border crossing, officials said."
    )
    first, lede, later = claims_read(analysed(text, "2025-05-04"), text)
    assert lede["speaker"] == first["speaker"] is not None
    assert lede["content"].endswith("has risen to 412")
    # Further on, bare 'officials' may be anyone's: not the Dornish officials, officials of
    # no owner (a body of their own, whose words the claim keeps)
    assert later["speaker"] not in (None, first["speaker"])


def test_a_headline_s_country_speaks_where_the_tagger_left_its_name_out() -> None:
    text = (
        "Burkina Faso says 30 gunmen killed near Djibo; group claims victory\n\n"
        "OUAGADOUGOU, May 3 (Northline News) - Burkina Faso's army said on Friday it had "
        "killed about 30 gunmen near the northern town of Djibo."
    )
    report = analysed(text, "2025-05-04")
    names = {a["id"]: a["name"] for a in report["actors"]}
    headline = report["claims"][0]
    assert text[headline["content"]["start"] : headline["content"]["end"]].startswith("30 gunmen")
    assert names[headline["speaker"]] == "Burkina Faso"


def test_the_spokesman_is_the_one_unnamed_spokesman_before() -> None:
    text = (
        "Three soldiers were hurt on Monday. A spokesman for the army said the convoy hit a "
        "mine near Dorvik. The spokesman said the road had been closed."
    )
    report = sitrep.analyze(text, published="2025-09-14").to_dict()
    names = {a["id"]: a["name"] for a in report["actors"]}
    first, second = report["claims"][-2:]
    assert names.get(first["speaker"]) == "army"
    assert second["speaker"] == first["speaker"]
    assert second["source_span"] == first["source_span"]


def test_the_spokesman_after_two_spokesmen_is_neither() -> None:
    text = (
        "A spokesman for the army said the convoy hit a mine. A spokesman for the police said "
        "two officers were hurt. The spokesman said the road had been closed."
    )
    report = sitrep.analyze(text, published="2025-09-14").to_dict()
    last = report["claims"][-1]
    assert all(last["source_span"] != c["source_span"] for c in report["claims"][:-1])
