"""Noun, adjective and headline cues on sentences written for these tests."""

from __future__ import annotations

import pytest

from sitrep.attribution.base import CueKind
from sitrep.records import Stance
from tests.attribution.conftest import words

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


def test_headline_colon(extract) -> None:  # type: ignore[no-untyped-def]
    text, found = extract(
        "Ruritanian Minister Varga: talks will resume next week.\n\nMore text here."
    )
    (a,) = [a for a in found if a.kind is CueKind.HEADLINE]
    assert words(text, a.source) == "Ruritanian Minister Varga"
    assert words(text, a.content) == "talks will resume next week"


def test_headline_genre_label_is_no_source(extract) -> None:  # type: ignore[no-untyped-def]
    _, found = extract("Editor's note: this story was updated on Monday.")
    assert [a for a in found if a.kind is CueKind.HEADLINE] == []


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


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Why the talks stalled - Jane Doe: “Neither side wanted them.”", "Jane Doe"),
        (
            "The mood in the capital is grim, according to one who stayed, the "
            "shopkeeper Omar Haddad: “We have no bread and no news.”",
            "Omar Haddad",
        ),
        ("Medics: the field hospital has run out of blood\n\nMore text here.", "Medics"),
    ],
)
def test_names_before_a_colon(extract, text: str, source: str) -> None:  # type: ignore[no-untyped-def]
    text, found = extract(text)
    (a,) = [a for a in found if a.kind is CueKind.HEADLINE]
    assert words(text, a.source) == source


def test_a_day_before_a_colon_names_no_speaker(extract) -> None:  # type: ignore[no-untyped-def]
    _, found = extract("The decree was signed late on Sunday: “The border is closed.”")
    assert [a for a in found if a.kind is CueKind.HEADLINE] == []


def test_headline_naming_its_source_last(extract) -> None:  # type: ignore[no-untyped-def]
    text, found = extract(
        "Toll in Dorn shelling rises to 40: Ruritanian ministry\n\nMore text here."
    )
    (a,) = [a for a in found if a.kind is CueKind.HEADLINE]
    assert words(text, a.source) == "Ruritanian ministry"
    assert words(text, a.content) == "Toll in Dorn shelling rises to 40"
    text, found = extract("Nine fishermen killed off Kell: officials\n\nMore text here.")
    (a,) = [a for a in found if a.kind is CueKind.HEADLINE]
    assert words(text, a.source) == "officials"


def test_a_sentence_ending_in_a_name_after_a_colon_is_no_headline(extract) -> None:  # type: ignore[no-untyped-def]
    _, found = extract("The king named the new commander: General Anton Varga.")
    assert [a for a in found if a.kind is CueKind.HEADLINE] == []


def test_the_statement_a_verb_was_said_in_is_no_cue_of_its_own(extract) -> None:  # type: ignore[no-untyped-def]
    text, found = extract(
        "Nine guards were killed, the Ruritanian army said in a statement on its website."
    )
    assert [a.lemma for a in found] == ["say"]
    assert words(text, found[0].content) == "Nine guards were killed"


def test_headline_naming_its_source_after_a_dash(extract) -> None:  # type: ignore[no-untyped-def]
    text, found = extract("Nine killed in Dorn market blast - state media\n\nMore text here.")
    (a,) = [a for a in found if a.kind is CueKind.HEADLINE]
    assert words(text, a.source) == "state media"
    assert words(text, a.content) == "Nine killed in Dorn market blast"


def test_asides_between_dashes_name_no_source(extract) -> None:  # type: ignore[no-untyped-def]
    _, found = extract("The army - which lost 12 men - said nothing new - officials")
    assert [a for a in found if a.kind is CueKind.HEADLINE] == []


def test_opposition_and_protest_nouns_are_cues(extract) -> None:  # type: ignore[no-untyped-def]
    text, found = extract("The farmers' opposition to the new border fence delayed the works.")
    (a,) = [a for a in found if a.kind is CueKind.NOUN]
    assert a.stance is Stance.REJECT and words(text, a.content) == "the new border fence"
    assert words(text, a.source) in {"The farmers'", "The farmers"}


def test_headline_run_on_into_its_story_says_only_its_sentence(extract) -> None:  # type: ignore[no-untyped-def]
    text, found = extract(
        "Governor Varga: the bridge will reopen soon. On Sunday the governor said repairs "
        "had begun."
    )
    (a,) = [a for a in found if a.kind is CueKind.HEADLINE]
    assert words(text, a.content) == "the bridge will reopen soon"
