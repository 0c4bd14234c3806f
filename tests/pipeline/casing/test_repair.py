"""Recasing: Title Case headlines and ALL CAPS text read as ordinary prose, offsets unchanged."""

from __future__ import annotations

import json

import pytest
from spacy.tokens import Doc

import sitrep
from sitrep import nlp
from sitrep.pipeline.casing import read_as, recased, restore


@pytest.mark.slow
def test_prose_in_ordinary_case_is_left_as_it_is() -> None:
    language = nlp.load()[0]
    text = "Officials said the convoy reached Goma on Monday.\n\nThe army denied it."
    assert recased(text, language) is text


@pytest.mark.slow
@pytest.mark.parametrize(
    ("shouted", "expected"),
    [
        (
            "Azerbaijan Says Armenian Forces Shelled Barda, Killing Four Civilians",
            "Azerbaijan says Armenian forces shelled Barda, killing four civilians",
        ),
        (
            "Taliban Fighters Seize Key District In Helmand Province, Officials Say",
            "Taliban fighters seize key district in Helmand province, officials say",
        ),
        (  # abbreviations and initials keep their capitals; their full stop ends no sentence
            "Senator Mitch McConnell (Ky.) Says U.S. Troops Will Stay",
            "Senator Mitch McConnell (Ky.) says U.S. troops will stay",
        ),
        (  # a month is capitalised wherever it stands; 'I' too
            "I Saw Rebels Enter The Town In May, Farmer Says",
            "I saw rebels enter the town in May, farmer says",
        ),
        (  # an unknown word bound by a hyphen is part of a name; 'ex' of 'ex-Soviet' is not
            "THE DECADES-OLD CONFLICT BETWEEN THE TWO EX-SOVIET NATIONS OVER NAGORNO-KARABAKH",
            "The decades-old conflict between the two ex-Soviet nations over Nagorno-Karabakh",
        ),
        (  # organisations the actor lexicons know keep their own spelling
            "RAPID SUPPORT FORCES AND AL-SHABAAB FIGHTERS CLASHED, THE UN SAID",
            "Rapid Support Forces and al-Shabaab fighters clashed, the UN said",
        ),
        (
            "GOV. JOHN SMITH SAID ON JAN. 5 THAT TROOPS HAD LEFT THE BASE.",
            "Gov. John Smith said on Jan. 5 that troops had left the base.",
        ),
    ],
)
def test_recasing_lowers_ordinary_words_and_keeps_names(shouted: str, expected: str) -> None:
    assert recased(shouted, nlp.load()[0]) == expected


@pytest.mark.slow
def test_the_article_itself_says_which_words_are_names() -> None:
    body = (
        "\n\nMembers of the Freedom Caucus wrote to McCarthy on Monday. The caucus wants a vote "
        "on aid, and the speaker has not replied."
    )
    language = nlp.load()[0]
    title = recased("Freedom Caucus Asks Speaker To Call A Vote On Aid" + body, language)
    # 'Caucus' alone is written in lower case, but the article spells the name 'Freedom Caucus'
    assert title.split("\n")[0] == "Freedom Caucus asks speaker to call a vote on aid"
    shouted = recased("MCCARTHY TELLS FREEDOM CAUCUS A VOTE WILL COME" + body, language)
    assert shouted.split("\n")[0] == "McCarthy tells Freedom Caucus a vote will come"


@pytest.mark.slow
def test_a_short_line_in_capitals_is_no_evidence_of_a_name() -> None:
    text = "OUTSIDE INFLUENCE\n\nTHE ARMY SAID OUTSIDE INFLUENCE HAD GROWN IN THE REGION."
    copy = recased(text, nlp.load()[0])
    assert copy == "OUTSIDE INFLUENCE\n\nThe army said outside influence had grown in the region."


@pytest.mark.slow
def test_a_letter_whose_lower_case_is_longer_keeps_its_place() -> None:
    text = "İSTANBUL POLICE SAID TWO PROTESTERS WERE DETAINED ON FRIDAY"
    copy = recased(text, nlp.load()[0])
    assert len(copy) == len(text)
    assert copy.startswith("İstanbul police said two protesters")


@pytest.mark.slow
def test_the_seed_article_in_capitals_gives_the_places_claims_and_casualties_of_the_original(
    seed_text: str,
) -> None:
    shouted, ordinary = (
        sitrep.analyze(t, published="2020-11-01") for t in (seed_text.upper(), seed_text)
    )
    assert len(seed_text.upper()) == len(seed_text)
    assert {p.gazetteer_id for p in shouted.places} == {p.gazetteer_id for p in ordinary.places}
    assert len(shouted.claims) == len(ordinary.claims)
    assert len(shouted.events) == len(ordinary.events)
    assert [(c.killed, c.injured) for c in shouted.casualties] == [
        (c.killed, c.injured) for c in ordinary.casualties
    ]


def _folded(text: str) -> str:
    """The report's records, compared without regard to case: they quote the article's own text."""
    report = sitrep.analyze(text, published="2020-11-01").to_dict()
    report.pop("meta")
    report.pop("article", None)
    return json.dumps(report, sort_keys=True, ensure_ascii=False).casefold()


@pytest.mark.slow
@pytest.mark.parametrize(
    ("shouted", "ordinary"),
    [
        (
            "Azerbaijan Says Armenian Forces Shelled Barda, Killing Four Civilians",
            "Azerbaijan says Armenian forces shelled Barda, killing four civilians",
        ),
        (
            "Rebels Seize Two Villages Near Goma As Congo Army Retreats, Officials Say",
            "Rebels seize two villages near Goma as Congo army retreats, officials say",
        ),
        (
            "AZERBAIJAN SAYS ARMENIAN FORCES SHELLED BARDA ON SUNDAY, KILLING FOUR CIVILIANS",
            "Azerbaijan says Armenian forces shelled Barda on Sunday, killing four civilians",
        ),
        (
            "Drones strike a border town\n\n"
            "ARMENIA SAID ON SATURDAY THAT AZERBAIJANI DRONES STRUCK THE TOWN OF MARTUNI, KILLING "
            "TWO SOLDIERS AND WOUNDING FIVE CIVILIANS. AZERBAIJAN DENIED THE CLAIM.",
            "Drones strike a border town\n\n"
            "Armenia said on Saturday that Azerbaijani drones struck the town of Martuni, killing "
            "two soldiers and wounding five civilians. Azerbaijan denied the claim.",
        ),
    ],
)
def test_shouted_text_gives_the_records_of_the_same_text_in_ordinary_case(
    shouted: str, ordinary: str
) -> None:
    assert _folded(shouted) == _folded(ordinary)


@pytest.mark.slow
def test_restoring_keeps_the_sentences_of_a_parse_without_a_tree() -> None:
    vocab = nlp.load()[0].vocab
    copy = Doc(
        vocab,
        words=["Rebels", "seize", "a", "town", ".", "Army", "retreats"],
        spaces=[True, True, True, False, True, True, False],
        sent_starts=[True, False, False, False, False, True, False],
    )
    text = "Rebels Seize A Town. Army Retreats"
    restored = restore(copy, text)
    assert restored.text == text
    assert read_as(restored) == copy.text
    assert [s.text for s in restored.sents] == ["Rebels Seize A Town.", "Army Retreats"]
