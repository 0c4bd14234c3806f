"""A statement's content ends where a second statement with its own speaker begins."""

from __future__ import annotations

import pytest

from tests.attribution.conftest import words

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text",
    [
        "Several farmers said the minister had made a good case, while other farmers said "
        "they had heard nothing new.",
        "The mayor said the bridge was safe and engineers said it would need repairs.",
    ],
)
def test_a_side_statement_ends_the_first_content(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    text, found = extract(text)
    first, second = found
    assert words(text, first.content) in {
        "the minister had made a good case",
        "the bridge was safe",
    }
    assert not first.content.contains(second.cue)


def test_a_reported_claim_stays_inside_the_statement(extract) -> None:  # type: ignore[no-untyped-def]
    text, found = extract("The envoy said the army claimed the town had fallen.")
    outer = next(a for a in found if a.lemma == "say")
    assert words(text, outer.content) == "the army claimed the town had fallen"


def test_according_to_at_the_end_is_a_statement_of_its_own(extract) -> None:  # type: ignore[no-untyped-def]
    text, found = extract("The mayor said the bridge had fallen, according to the radio.")
    said = next(a for a in found if a.lemma == "say")
    assert words(text, said.content) == "the bridge had fallen"


def test_a_participle_that_speaks_again_ends_the_first_content(extract) -> None:  # type: ignore[no-untyped-def]
    text, found = extract("The mayor argued that the bridge was safe, saying it had been repaired.")
    argued, saying = found
    assert words(text, argued.content) == "that the bridge was safe"
    assert words(text, saying.source) == "The mayor"


@pytest.mark.parametrize(
    ("text", "first_content", "second_content"),
    [
        (
            "The governor argued that the new checkpoints would keep fighters out of the city, "
            "saying it was all about control.",
            "that the new checkpoints would keep fighters out of the city",
            "it was all about control",
        ),
        (
            "The spokesman said the army had withdrawn from the village, while stressing that "
            "the ceasefire still held.",
            "the army had withdrawn from the village",
            "that the ceasefire still held",
        ),
        (
            "Local officials say the bridge was destroyed last week and warn that the river is "
            "rising.",
            "the bridge was destroyed last week",
            "that the river is rising",
        ),
    ],
)
def test_a_verb_hung_inside_the_content_speaks_for_the_first_speaker(  # type: ignore[no-untyped-def]
    extract, text: str, first_content: str, second_content: str
) -> None:
    text, found = extract(text)
    first, second = found
    assert words(text, first.content) == first_content
    assert words(text, second.content) == second_content
    assert words(text, second.source) == words(text, first.source)


def test_a_verb_going_on_with_the_reported_clause_stays_in_it(extract) -> None:  # type: ignore[no-untyped-def]
    text, found = extract(
        "The ministry says the rebels are shelling the town and destroying its water supply."
    )
    (said,) = found
    assert words(text, said.content) == (
        "the rebels are shelling the town and destroying its water supply"
    )


@pytest.mark.parametrize(
    ("text", "first_content", "speaker"),
    [
        (
            "The governor blamed the strike, which he said could spread to other ports.",
            "the strike",
            "he",
        ),
        (
            "The minister praised the deal that the rebels say will end the war.",
            "the deal",
            "the rebels",
        ),
    ],
)
def test_a_relative_clause_with_its_own_speaker_is_a_statement_of_its_own(  # type: ignore[no-untyped-def]
    extract, text: str, first_content: str, speaker: str
) -> None:
    text, found = extract(text)
    first, second = found
    assert words(text, first.content) == first_content
    assert words(text, second.source) == speaker
    assert not first.content.contains(second.cue)


def test_a_relative_clause_set_off_by_a_comma_is_a_statement_of_its_own(extract) -> None:  # type: ignore[no-untyped-def]
    text, found = extract("The envoy praised the general, who said the war was over.")
    assert [(words(text, a.cue), words(text, a.source), words(text, a.content)) for a in found] == [
        ("praised", "The envoy", "the general"),
        ("said", "who", "the war was over"),
    ]


def test_people_who_say_a_clause_make_a_statement_of_their_own(extract) -> None:  # type: ignore[no-untyped-def]
    text, found = extract(
        "The party offered fresh ammunition to Republicans who say the law is a money pit."
    )
    assert [(words(text, a.cue), words(text, a.source), words(text, a.content)) for a in found] == [
        ("offered", "The party", "fresh ammunition to Republicans"),
        ("say", "who", "the law is a money pit"),
    ]


def test_a_figure_another_speaker_disputes_ends_the_first_content(extract) -> None:  # type: ignore[no-untyped-def]
    text, found = extract(
        "The rebels said 40 civilians were killed, a figure the ministry disputed, saying nine "
        "had died."
    )
    assert [(words(text, a.cue), words(text, a.source), words(text, a.content)) for a in found] == [
        ("said", "The rebels", "40 civilians were killed"),
        ("disputed", "the ministry", "a figure"),
        ("saying", "the ministry", "nine had died"),
    ]


def test_a_verb_after_a_clause_whose_subject_cannot_speak_is_the_speakers(extract) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Northern Front said in a statement that the academy was a legitimate target and "
        "accused the government of breaking the truce."
    )
    text, found = extract(text)
    accused = next(a for a in found if words(text, a.cue) == "accused")
    assert words(text, accused.source) == "The Northern Front"


def test_the_speaker_named_again_by_a_pronoun_speaks_again(extract) -> None:  # type: ignore[no-untyped-def]
    text, found = extract(
        "The governor says she trusts the mediator and calls him “a patient listener.”"
    )
    by_cue = {words(text, a.cue): a for a in found}
    assert words(text, by_cue["says"].content) == "she trusts the mediator"
    assert "a patient listener" in words(text, by_cue["calls"].content)  # type: ignore[operator]


def test_a_view_of_the_pronoun_stays_inside_the_statement(extract) -> None:  # type: ignore[no-untyped-def]
    text, found = extract("The governor says she trusts the mediator and wants a quick deal.")
    says = next(a for a in found if words(text, a.cue) == "says")
    assert words(text, says.content) == "she trusts the mediator and wants a quick deal"


def test_even_as_opens_a_side_statement(extract) -> None:  # type: ignore[no-untyped-def]
    text, found = extract(
        "The minister wants more patrols in the valley even as village elders have said they "
        "oppose them."
    )
    by_cue = {words(text, a.cue): a for a in found}
    assert words(text, by_cue["wants"].content) == "more patrols in the valley"
    assert words(text, by_cue["have said"].source) == "village elders"


def test_it_standing_for_the_speaker_ends_the_first_content(extract) -> None:  # type: ignore[no-untyped-def]
    text, found = extract(
        "The relief agency said it was “gravely concerned” by the shelling and urged the "
        "militia to open the road."
    )
    said = next(a for a in found if words(text, a.cue) == "said")
    assert words(text, said.content) == "it was “gravely concerned” by the shelling"
