"""Who speaks, end to end: an office described before its holder is named, a regional body
of the one region the article names, and a headline's bare word for a party named in the
story ('...; junta denies targeting civilians')."""

from __future__ import annotations

from typing import Any

import pytest

import sitrep

pytestmark = pytest.mark.slow


def _claims(text: str) -> list[dict[str, Any]]:
    """Each claim with its speaker's name in place of its id, and the words it says."""
    report = sitrep.analyze(text, published="2025-12-02").to_dict()
    names = {a["id"]: a["name"] for a in report["actors"]}
    return [
        {
            "speaker": names.get(c.get("speaker")),
            "cue": c["cue"],
            "stance": c["stance"],
            "content": text[c["content"]["start"] : c["content"]["end"]],
        }
        for c in report["claims"]
    ]


def test_an_office_described_before_its_holder_is_named_is_the_holder() -> None:
    text = (
        "Gunmen abducted nine pupils from a school in the north on Monday, the regional "
        "governor said. Governor Paul Mbeki said soldiers were searching the forest."
    )
    speakers = [c["speaker"] for c in _claims(text)]
    assert speakers == ["Paul Mbeki", "Paul Mbeki"]


def test_the_mayor_set_off_by_commas_is_the_one_mayor_named() -> None:
    text = (
        "Meanwhile, the mayor said, the city had enough water for a week. Mayor Anna Koval "
        "said schools would stay shut."
    )
    claims = _claims(text)
    assert [c["speaker"] for c in claims] == ["Anna Koval", "Anna Koval"]
    assert claims[0]["content"] == "the city had enough water for a week"


def test_an_office_with_two_holders_named_is_left_unresolved() -> None:
    text = (
        "Two people were killed, the governor said. Governor Ivan Petrov and Governor Oleg "
        "Sidorov met on Friday."
    )
    assert _claims(text)[0]["speaker"] is None


def test_an_office_qualified_by_whose_it_is_is_not_another_holder() -> None:
    text = (
        "Shelling hit the port, the Russian-installed governor said. Governor Ivan Petrov "
        "said the port would reopen."
    )
    assert _claims(text)[0]["speaker"] != "Ivan Petrov"


def test_a_regional_body_is_of_the_one_place_the_article_calls_a_region() -> None:
    text = (
        "A drone hit a bus in the village of Ruska Lozova on Friday, the regional prosecutor's "
        "office said. Officials in the Sumy region said two people were hurt."
    )
    report = sitrep.analyze(text, published="2025-12-02").to_dict()
    office = next(a for a in report["actors"] if "Prosecutor" in a["name"])
    assert office["name"] == "Prosecutor's Office of Sumy"


def test_a_headlines_second_cue_after_a_semicolon_has_its_own_speaker() -> None:
    text = (
        "Air strike on school kills 12, rebels say; junta denies targeting civilians\n\n"
        "A military air strike on a school in Myanmar's Sagaing region killed 12 people, "
        "rebels said. The junta denied that civilians had been hit."
    )
    denial = next(c for c in _claims(text) if c["cue"] == "denies")
    assert denial["content"] == "targeting civilians"
    assert denial["stance"] == "deny"
    assert denial["speaker"] is not None and "Military" in denial["speaker"]
