"""Who speaks, what was said and who relayed it, end to end, where the parse misleads: a name
read as a verb, an aside after the speaker, a body named only later, a capital for its state,
a statement run by an agency, and two sides accusing each other."""

from __future__ import annotations

from typing import Any

import pytest

import sitrep

pytestmark = pytest.mark.slow


def _report(text: str) -> dict[str, Any]:
    return sitrep.analyze(text, published="2025-06-09").to_dict()


def _claims(text: str) -> list[dict[str, Any]]:
    """Each claim with its speaker's and relay's names in place of their ids."""
    report = _report(text)
    names = {a["id"]: a["name"] for a in report["actors"]}
    out = []
    for c in report["claims"]:
        content = c["content"]
        out.append(
            {
                "id": c["id"],
                "speaker": names.get(c.get("speaker")),
                "via": names.get(c.get("via")),
                "stance": c["stance"],
                "content": text[content["start"] : content["end"]],
            }
        )
    return out


def test_a_name_the_parse_read_as_a_verb_still_speaks() -> None:
    text = (
        "Foreign Minister Andrii Sybiha called on Ukraine's allies to increase pressure on "
        'Moscow. "The strikes show that Moscow does not want peace," he wrote on X.'
    )
    appeal, quote = _claims(text)
    assert appeal["speaker"] == "Andrii Sybiha"
    assert appeal["stance"] == "appeal"
    # whom he calls on and what he asks of them
    assert appeal["content"] == "Ukraine's allies to increase pressure on Moscow"
    assert quote["speaker"] == "Andrii Sybiha"


def test_an_aside_after_the_speaker_is_not_what_was_said() -> None:
    text = "A soldier was killed at a checkpoint on Monday, the army said, the third this month."
    (claim,) = _claims(text)
    assert claim["content"] == "A soldier was killed at a checkpoint on Monday"


def test_a_body_described_in_the_lede_is_the_one_named_later() -> None:
    text = (
        "A police officer serving with the security mission in Haiti was killed in an ambush "
        "on Tuesday, the mission said, the first member of the force to die in combat.\n\n"
        "The Multinational Security Support mission said in a statement that the officer was "
        "shot near Pont-Sonde."
    )
    first, second = _claims(text)
    assert first["speaker"] == "Multinational Security Support mission"
    assert first["content"].startswith("A police officer")
    assert second["speaker"] == "Multinational Security Support mission"


def test_a_body_described_with_two_bodies_of_that_kind_named_is_no_one() -> None:
    text = (
        "Two aid workers were killed on Tuesday, the agency said.\n\n"
        "The Kordofan Relief Agency and the Darfur Aid Agency both condemned the killing."
    )
    first = _claims(text)[0]
    assert first["speaker"] is None


def test_a_statement_carried_by_an_agency_is_relayed_by_it() -> None:
    text = (
        '"The militia has once again chosen to kill shoppers," army spokesman Nabil Abdallah '
        "said in a statement carried by the state news agency SUNA."
    )
    (claim,) = _claims(text)
    assert claim["speaker"] == "Nabil Abdallah"
    assert claim["via"] == "SUNA"


def test_a_capital_that_denies_is_its_state() -> None:
    text = "The United States accused Iran of arming the militia, a charge Tehran denies."
    accusation, denial = _claims(text)
    assert accusation["speaker"] == "United States"
    assert denial["speaker"] == "Iran"
    assert denial["stance"] == "deny"
    report = _report(text)
    assert [c["between"] for c in report["contradictions"]] == [["c1", "c2"]]


def test_what_was_told_to_a_briefing_is_the_clause_after_that() -> None:
    text = (
        "Spokeswoman Mumtaz Zahra Baloch told a weekly briefing that Pakistan would take all "
        "necessary measures to protect its people."
    )
    (claim,) = _claims(text)
    assert claim["speaker"] == "Mumtaz Zahra Baloch"
    assert claim["content"] == (
        "that Pakistan would take all necessary measures to protect its people"
    )


def test_two_sides_accusing_each_other_are_two_claims_and_a_mutual_accusation() -> None:
    text = "Russia and Ukraine accused each other on Sunday of shelling the nuclear plant."
    claims = _claims(text)
    assert [(c["speaker"], c["stance"]) for c in claims] == [
        ("Russia", "accuse"),
        ("Ukraine", "accuse"),
    ]
    assert claims[0]["content"] == claims[1]["content"]
    report = _report(text)
    assert [(c["kind"], c["between"]) for c in report["contradictions"]] == [
        ("attribution", ["c1", "c2"])
    ]


def test_sides_not_named_keep_one_claim_with_no_speaker() -> None:
    (claim,) = _claims("The two sides accused each other of breaking the truce.")
    assert claim["speaker"] is None
    assert claim["stance"] == "accuse"


def test_a_side_that_only_struck_army_positions_denies_but_asserts_its_strike() -> None:
    text = (
        "A drone strike on a market killed 40 people, the army said. The RSF denied carrying "
        "out the strike. Its adviser, Ali Mohammed, told Reuters the group had only targeted "
        "army positions on the edge of the city."
    )
    report = _report(text)
    assert [c["stance"] for c in report["claims"]] == ["assert", "deny", "deny"]
    targeted = next(
        e
        for e in report["events"]
        if text[e["trigger"]["start"] : e["trigger"]["end"]] == "targeted"
    )
    assert targeted["claims"] == [{"claim": "c3", "stance": "asserts"}]


def test_it_after_a_sentence_with_no_statement_is_that_sentences_subject() -> None:
    text = (
        "Eritrea's information minister said no Eritrean troops were present in the area.\n\n"
        "Ethiopia's government did not respond to a request for comment. It has previously "
        "acknowledged that Eritrean troops entered Tigray during the war."
    )
    claims = _claims(text)
    assert claims[0]["stance"] == "deny"  # none of its troops were there
    assert claims[-1]["speaker"] == "Government of Ethiopia"


def test_one_of_the_people_told_of_is_no_body_for_a_later_it() -> None:
    text = (
        "Ethiopia's army said its troops had left the village on Monday. Two residents gave "
        "a different account. One said he had helped bury 41 bodies. It said the account of "
        "the residents was false."
    )
    assert _claims(text)[-1]["speaker"] == "Military Forces of Ethiopia"


def test_they_in_a_clause_on_the_object_of_unnamed_soldiers_is_no_earlier_speaker() -> None:
    text = (
        "Residents said on Sunday that 38 civilians were killed.\n\n"
        "An administrator, Gebremedhin Tesfay, said soldiers went from house to house and "
        "shot men they accused of supporting the rebels."
    )
    accusation = next(c for c in _claims(text) if c["stance"] == "accuse")
    assert accusation["speaker"] is None


def test_a_subject_set_beside_the_source_of_according_to_is_what_was_said() -> None:
    text = (
        "According to the state news agency SUNA, the governor of Khartoum state, Ahmed Osman "
        "Hamza, visited the wounded on Monday and ordered an investigation."
    )
    (claim,) = _claims(text)
    assert claim["speaker"] == "SUNA"
    assert claim["content"].startswith("the governor of Khartoum state")


def test_an_agency_read_as_an_adverb_still_relays_whom_it_cites() -> None:
    text = (
        "Azertac, citing the defence ministry, reported that a house and a school were damaged "
        "in the shelling."
    )
    claims = [c for c in _claims(text) if c["content"].startswith("that a house")]
    assert len(claims) == 1
    assert claims[0]["via"] == "Azertac"


def test_a_second_verb_hung_on_the_first_as_its_content_shares_its_speaker() -> None:
    text = (
        "Russian Foreign Minister Sergei Lavrov told reporters in Moscow that the ceasefire "
        "must be respected, and warned that Moscow would not stand by if fighting spread."
    )
    told, warned = _claims(text)
    assert told["speaker"] == warned["speaker"] == "Sergei Lavrov"
    assert warned["stance"] == "threaten"
    assert warned["content"] == "that Moscow would not stand by if fighting spread"


def test_what_none_could_verify_is_no_claim() -> None:
    for text in (
        "Neither side's account could be independently verified.",
        "None of the claims could be verified.",
    ):
        assert _claims(text) == []


def test_its_body_speaking_after_the_statement_is_the_stating_states() -> None:
    text = (
        "BAKU, Nov 25 (Reuters) - Azerbaijan said it had shelled the town.\n\n"
        "Turkey, which backs Azerbaijan, denied sending fighters to the region, its foreign "
        "ministry said in a statement."
    )
    said = [c for c in _claims(text) if c["content"].startswith("Turkey")]
    assert [c["speaker"] for c in said] == ["Ministry of Foreign Affairs of Turkey"]
