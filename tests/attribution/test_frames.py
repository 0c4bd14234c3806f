"""Noun and adjective cues on sentences written for these tests."""

from __future__ import annotations

import pytest

from sitrep.attribution.base import CueKind
from sitrep.records import Stance
from tests.attribution.conftest import Extract, words

pytestmark = pytest.mark.slow


def test_possessed_noun_cue(extract) -> None:  # type: ignore[no-untyped-def]
    text, found = extract("The mayor's criticism of the curfew angered the council.")
    (a,) = [a for a in found if a.kind is CueKind.NOUN]
    assert words(text, a.source) == "The mayor's" or words(text, a.source) == "The mayor"
    assert words(text, a.content) == "the curfew" and a.stance is Stance.ACCUSE


def test_voiced_noun_takes_the_subject_as_source(extract) -> None:  # type: ignore[no-untyped-def]
    text, found = extract("The union issued a warning that the strike would spread.")
    (a,) = [a for a in found if a.kind is CueKind.NOUN]
    assert words(text, a.source) == "The union" and a.stance is Stance.THREATEN
    assert words(text, a.content) == "the strike would spread"


def test_rejected_allegation_has_no_source_of_its_own(extract) -> None:  # type: ignore[no-untyped-def]
    _, found = extract("The army rejected the allegation of shelling the market.")
    nouns = [a for a in found if a.kind is CueKind.NOUN]
    assert all(a.source is None for a in nouns)


def test_bare_noun_is_no_cue(extract) -> None:  # type: ignore[no-untyped-def]
    _, found = extract("The criticism was loud.")
    assert found == []


def test_attitude_adjective(extract) -> None:  # type: ignore[no-untyped-def]
    text, (a,) = extract("The governor was critical of the new checkpoints.")
    assert a.kind is CueKind.ADJECTIVE and a.stance is Stance.ACCUSE
    assert (
        words(text, a.source) == "The governor" and words(text, a.content) == "the new checkpoints"
    )


def test_adjective_without_content_is_no_cue(extract) -> None:  # type: ignore[no-untyped-def]
    _, found = extract("The villagers were angry.")
    assert found == []


def test_infinitive_cue_after_a_non_cue_verb(extract) -> None:  # type: ignore[no-untyped-def]
    text, found = extract("The envoy went on television to denounce the blockade.")
    assert [words(text, a.cue) for a in found] == ["to denounce"]
    assert words(text, found[0].source) == "The envoy"


def test_statement_about_a_topic(extract) -> None:  # type: ignore[no-untyped-def]
    text, (a,) = extract("The commander warned of a long winter.")
    assert a.stance is Stance.THREATEN and words(text, a.content) == "a long winter"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The mayor is not sure that the shelters will hold.", "the shelters will hold"),
        ("The rebels were willing to talk.", "to talk"),
        ("The minister's position on the talks has hardened.", "the talks"),
    ],
)
def test_attitude_and_position_frames(extract, text: str, content: str) -> None:  # type: ignore[no-untyped-def]
    text, (a,) = extract(text)
    assert words(text, a.content) == content


def test_the_statement_a_verb_was_said_in_is_no_cue_of_its_own(extract) -> None:  # type: ignore[no-untyped-def]
    text, found = extract(
        "Nine guards were killed, the Ruritanian army said in a statement on its website."
    )
    assert [a.lemma for a in found] == ["say"]
    assert words(text, found[0].content) == "Nine guards were killed"


def test_opposition_and_protest_nouns_are_cues(extract) -> None:  # type: ignore[no-untyped-def]
    text, found = extract("The farmers' opposition to the new border fence delayed the works.")
    (a,) = [a for a in found if a.kind is CueKind.NOUN]
    assert a.stance is Stance.REJECT and words(text, a.content) == "the new border fence"
    assert words(text, a.source) in {"The farmers'", "The farmers"}


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The committee made clear on Monday that it would not pay.", "it would not pay"),
        (
            "The envoy has made the case for weeks that the truce is fragile.",
            "the truce is fragile",
        ),
    ],
)
def test_a_clause_hung_on_the_verb_beside_the_frame(extract, text: str, content: str) -> None:  # type: ignore[no-untyped-def]
    text, (a,) = extract(text)
    assert words(text, a.content) == content
    assert words(text, a.source) in {"The committee", "The envoy"}


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The envoy was upfront about the risks of the crossing.", "the risks of the crossing"),
        ("The envoy was honest about the losses.", "the losses"),
    ],
)
def test_more_attitude_adjectives(extract, text: str, content: str) -> None:  # type: ignore[no-untyped-def]
    text, (a,) = extract(text)
    assert a.kind is CueKind.ADJECTIVE and words(text, a.content) == content


def test_a_won_endorsement_is_given_by_whom_it_is_of(extract) -> None:  # type: ignore[no-untyped-def]
    text, (a,) = extract(
        "Last month the governor won the endorsement of the largest farmers union."
    )
    assert a.stance is Stance.AGREE
    assert words(text, a.source) == "the largest farmers union"
    assert words(text, a.content) == "the governor"


@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        (
            "The strike drew condemnation from aid groups and the European Union.",
            "aid groups and the European Union",
            "The strike",
        ),
        (
            "The ministry came under heavy criticism from rights groups.",
            "rights groups",
            "The ministry",
        ),
    ],
)
def test_a_reaction_drawn_from_someone_is_theirs_about_the_subject(
    extract: Extract, text: str, source: str, content: str
) -> None:
    found = extract(text)[1]
    (a,) = [a for a in found if a.kind is CueKind.NOUN]
    assert (words(text, a.source), words(text, a.content)) == (source, content)
    assert a.stance is Stance.ACCUSE


def test_a_reaction_with_no_one_it_comes_from_is_no_attribution(extract) -> None:  # type: ignore[no-untyped-def]
    _text, found = extract("The plan drew criticism.")
    assert found == []
