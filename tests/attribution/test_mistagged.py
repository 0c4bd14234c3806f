"""Reporting verbs the tagger took for nouns (src/sitrep/attribution/mistagged.py)."""

from __future__ import annotations

import pytest

from sitrep.attribution.lexicon import lexicon
from sitrep.attribution.mistagged import _as_verb
from tests.attribution.conftest import Extract, words

pytestmark = pytest.mark.slow


def test_present_tense_forms_find_their_verb() -> None:
    lex = lexicon()
    assert (entry := _as_verb("notes", lex)) is not None and entry.lemma == "note"
    assert (entry := _as_verb("stresses", lex)) is not None and entry.lemma == "stress"
    assert _as_verb("tanks", lex) is None


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        ("“We will not leave the valley,” Okafor answers.", "answers", "Okafor"),
        (
            "“The rebels will lose this war. They have lost the south,” Amiri notes.",
            "notes",
            "Amiri",
        ),
    ],
)
def test_quotation_then_name_and_verb_is_a_statement(
    extract: Extract, text: str, cue: str, source: str
) -> None:
    _, found = extract(text)
    (a,) = [a for a in found if words(text, a.cue) == cue]
    assert words(text, a.source) == source and a.quoted
    assert (words(text, a.content) or "").startswith("“")


def test_manner_of_speaking_takes_the_quotation(extract: Extract) -> None:
    text, found = extract("“Go back to your barracks,” the general barked.")
    assert [(words(text, a.cue), words(text, a.source)) for a in found] == [
        ("barked", "the general")
    ]


def test_manner_of_speaking_without_words_is_none(extract: Extract) -> None:
    assert extract("The dog barked at the soldiers. The market boomed after the truce.")[1] == []


def test_a_charge_whose_denier_the_parse_made_a_compound_is_answered(extract: Extract) -> None:
    text, found = extract(
        "Congo's government has long accused Rwanda of backing the rebels, a charge Kigali denies."
    )
    got = {(words(text, a.cue), words(text, a.source), words(text, a.content)) for a in found}
    assert ("denies", "Kigali", "a charge") in got, got
    assert ("has long accused", "Congo's government", "Rwanda of backing the rebels") in got, got


def test_a_charge_answered_after_a_comma_read_as_the_statement_s_object(
    extract: Extract,
) -> None:
    # the parse may make 'denies' the object of 'accused' and 'charge' a compound of the name
    text, found = extract(
        "Rebels seized the town on Sunday. Kinshasa has long accused Rwanda of arming the "
        "rebels, a charge Kigali denies. Congo also accuses Rwanda of sending troops, a charge "
        "Kigali rejects."
    )
    got = {(words(text, a.cue), words(text, a.source), words(text, a.content)) for a in found}
    assert ("denies", "Kigali", "a charge") in got, got
    assert ("rejects", "Kigali", "a charge") in got, got


def test_a_charge_answered_after_a_comma_read_as_a_second_verb_is_the_name_s(
    extract: Extract,
) -> None:
    # the parse may make 'denies' a conjunct of 'accuses', whose subject is not the denier
    text, found = extract(
        "Kyiv has long accused Moscow of using energy revenues to fund the war, a charge the "
        "Kremlin rejects. Russia in turn accuses Ukraine of attacking civilian infrastructure, "
        "a charge Kyiv denies."
    )
    got = {(words(text, a.cue), words(text, a.source), words(text, a.content)) for a in found}
    assert ("denies", "Kyiv", "a charge") in got, got


def test_a_headline_verb_read_as_a_plural_noun_is_a_statement(extract: Extract) -> None:
    text, found = extract(
        "Valdian paramilitary disputes toll from Dorn market shelling\n\n"
        "DORN, Dec 1 (Reuters) - Shelling killed at least 30 people, medics said."
    )
    got = {(words(text, a.cue), words(text, a.source), words(text, a.content)) for a in found}
    assert ("disputes", "Valdian paramilitary", "toll from Dorn market shelling") in got, got


def test_a_plural_noun_in_a_sentence_of_the_body_is_no_headline_verb(extract: Extract) -> None:
    text, found = extract(
        "Ceasefire holds in the north\n\nLocal farmer disputes over land went on in Dorn."
    )
    assert not [a for a in found if words(text, a.cue) == "disputes"]
