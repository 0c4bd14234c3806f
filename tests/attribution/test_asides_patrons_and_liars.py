"""Claims end to end where news style misleads the parse: a second that-clause of the verb
before, an aside set after the speaker with its own infinitive, a speaker read as a compound,
a group named only by its patron, a side called a liar, and a charge answered in the sentence
that makes it."""

from __future__ import annotations

from typing import Any

import pytest

from tests.attribution.conftest import analysed, claims_read

pytestmark = pytest.mark.slow


def _report(text: str) -> dict[str, Any]:
    return analysed(text, "2025-05-12")


def _claims(text: str) -> list[dict[str, Any]]:
    return claims_read(_report(text), text)


def test_a_second_that_clause_is_said_by_the_verb_before_not_by_an_act() -> None:
    text = (
        "The army said that the convoy was attacked on Saturday near the village of Koro and "
        "that seven soldiers were killed and 12 wounded."
    )
    (claim,) = _claims(text)
    assert claim["cue"] == "said"
    assert claim["content"].endswith("seven soldiers were killed and 12 wounded")


def test_an_attack_told_in_a_statement_is_no_accusation_of_its_own() -> None:
    text = (
        "The rebels said government troops had attacked their positions near the town, and "
        'that their fighters had "neutralised the threat".'
    )
    assert [c["cue"] for c in _claims(text)] == ["said"]


def test_an_aside_with_its_own_infinitive_after_the_speaker_is_not_what_was_said() -> None:
    text = (
        "A Kenyan police officer was killed in a gun battle with gang members in central "
        "Haiti, the Multinational Security Support mission said on Wednesday, the first member "
        "of the force to die in combat since it deployed last year."
    )
    (claim,) = _claims(text)
    assert claim["content"] == (
        "A Kenyan police officer was killed in a gun battle with gang members in central Haiti"
    )


def test_a_speaker_the_parse_read_as_a_compound_of_the_verb_speaks() -> None:
    text = (
        "Two Pakistani officials said the jets had targeted militant hideouts. Islamabad has "
        "long accused Kabul of sheltering the group, a charge the Taliban deny."
    )
    denial = next(c for c in _claims(text) if c["stance"] == "deny")
    assert denial["speaker"] == "Taliban"
    # the charge is what the accusation said
    assert denial["content"] == "Kabul of sheltering the group"


def test_a_group_named_by_its_patron_only_is_not_the_patron() -> None:
    text = "An al Qaeda-linked group said its fighters had killed more than 30 soldiers."
    (claim,) = _claims(text)
    assert claim["speaker"] is None


def test_a_group_named_after_its_patron_speaks() -> None:
    text = "The al Qaeda-linked JNIM group said its fighters had killed 34 soldiers."
    (claim,) = _claims(text)
    assert claim["speaker"] == "Jama'at Nusrat al-Islam wal-Muslimin"


@pytest.mark.parametrize(
    "said",
    [
        '"The enemy is lying, as it always does," said the brigade\'s spokesman.',
        "The spokesman said Moscow lied about its losses.",
        "The general said the rebels were lying.",
    ],
)
def test_calling_a_side_a_liar_denies(said: str) -> None:
    (claim,) = _claims(said)
    assert claim["stance"] == "deny"


@pytest.mark.parametrize(
    "said",
    [
        "Residents said bodies were lying in the street.",
        "The doctor said the wounded were lying on the floor of the clinic.",
        'The minister said "we did not lie".',
    ],
)
def test_lying_down_or_owning_up_is_no_denial(said: str) -> None:
    (claim,) = _claims(said)
    assert claim["stance"] == "assert"


def _event_links(text: str) -> list[tuple[str, list[tuple[str, str]]]]:
    report = _report(text)
    return [(e["type"], [(c["claim"], c["stance"]) for c in e["claims"]]) for e in report["events"]]


def test_a_charge_answered_in_its_own_sentence_denies_no_attack_told_before() -> None:
    text = (
        "Pakistani air strikes on Paktika province killed 46 people, a Taliban spokesman said. "
        "Two Pakistani officials said the jets had targeted militant hideouts. Islamabad has "
        "long accused Kabul of sheltering the group, a charge the Taliban deny."
    )
    for kind, links in _event_links(text):
        if kind == "ASSAULT":
            assert all(stance == "asserts" for _, stance in links)


def test_a_denial_that_names_its_act_denies_no_other_sides_attack() -> None:
    text = (
        "An armed group said it had killed 34 soldiers near Dioura. The junta has denied "
        "accusations by rights groups that its troops have executed civilians."
    )
    links = _event_links(text)
    killed = next(ls for kind, ls in links if kind == "ASSAULT" and ls and ls[0][1] == "asserts")
    assert all(stance == "asserts" for _, stance in killed)


def test_a_denial_of_an_offensive_answers_a_report_of_an_attack() -> None:
    text = (
        "The rebels said government troops had attacked their positions near Mulamba on "
        "Tuesday.\n\n"
        "The army's spokesman, Lieutenant Marc Elongo, denied that government forces had "
        "launched any offensive."
    )
    report = _report(text)
    assert [c["kind"] for c in report["contradictions"]] == ["denial"]


def test_one_persons_death_told_again_by_the_same_source_is_one_row() -> None:
    text = (
        "A police officer was killed in a gun battle with gang members, the mission said on "
        "Wednesday.\n\n"
        "The officer was shot during an operation on Tuesday and died of his wounds, the "
        "mission said. Another officer was killed in the capital last month."
    )
    killed = [k["killed"]["value"] for k in _report(text)["casualties"] if k.get("killed")]
    assert killed == [1, 1]


def test_both_sides_named_by_between_each_pledge() -> None:
    text = (
        "Fighting broke out between Sudan's army and the Rapid Support Forces on Tuesday, two "
        "weeks after the two sides signed a declaration in Jeddah in which both pledged to halt "
        "attacks."
    )
    pledges = [c for c in _claims(text) if c["stance"] == "promise"]
    assert sorted(c["speaker"] for c in pledges) == [
        "Military Forces of Sudan",
        "Rapid Support Forces",
    ]


def test_the_two_sides_are_those_who_met_in_the_sentence_before() -> None:
    text = (
        "The foreign ministers of Armenia and Azerbaijan met in Geneva on Friday. After five "
        "hours of talks, the two sides agreed not to target civilians."
    )
    agreed = [c for c in _claims(text) if c["stance"] == "agree"]
    assert sorted(c["speaker"] for c in agreed) == ["Armenia", "Azerbaijan"]
    assert {c["content"] for c in agreed} == {"not to target civilians"}


def test_the_two_sides_are_not_taken_from_a_sentence_before_without_a_meeting() -> None:
    text = "Armenia and Azerbaijan traded fire overnight. Both sides agreed to stop attacks."
    (agreed,) = [c for c in _claims(text) if c["stance"] == "agree"]
    assert agreed["speaker"] is None


def test_both_sides_with_no_two_named_keep_one_claim_with_no_speaker() -> None:
    text = "After the talks, both sides pledged to halt attacks."
    (pledge,) = _claims(text)
    assert pledge["speaker"] is None


def test_which_after_a_clause_stands_for_the_clause_it_closes() -> None:
    text = "Israel says Hamas fighters operate from residential buildings, which the group denies."
    _, denied = _claims(text)
    assert denied["stance"] == "deny"
    assert denied["content"] == "Hamas fighters operate from residential buildings"
    assert [c["kind"] for c in _report(text)["contradictions"]] == ["denial"]


def test_a_charge_set_after_an_object_is_what_the_verb_said_of_it() -> None:
    text = "Kyiv accused Moscow of shelling the plant, an accusation the Kremlin rejected."
    charge, rejection = _claims(text)
    assert rejection["stance"] == "reject"
    assert rejection["content"] == charge["content"] == "Moscow of shelling the plant"
    assert [c["kind"] for c in _report(text)["contradictions"]] == ["denial"]


def test_a_charge_after_a_relative_blame_answers_the_blame() -> None:
    text = (
        "Local officials said four civilians were wounded in the attack, which the army "
        "blamed on the rebels, a charge the rebels have rejected."
    )
    _, blame, rejection = _claims(text)
    # 'which' stands for the attack laid on the rebels, not the clause it closes
    assert (blame["stance"], blame["content"]) == ("accuse", "the attack")
    assert rejection["content"] == "the attack, which the army blamed on the rebels"
    report = _report(text)
    (denial,) = report["contradictions"]
    assert denial["between"] == [c["id"] for c in report["claims"][1:]]


def test_a_count_named_by_a_nation_is_that_states() -> None:
    text = (
        "Israel's campaign began after Hamas-led fighters stormed southern Israel on Oct. 7 "
        "last year, killing about 1,200 people and taking more than 250 hostages, according to "
        "Israeli tallies."
    )
    (claim,) = _claims(text)
    assert claim["speaker"] == "Israel"
    # what the tallies say, not the word that ties the clause to the sentence
    assert claim["content"].startswith("Hamas-led fighters stormed")


def test_which_after_a_name_and_comma_speaks_for_the_name_where_the_parse_missed_it() -> None:
    text = "Drone strike hits port; army blames RSF, which denies involvement"
    denial = next(c for c in _claims(text) if c["cue"] == "denies")
    assert denial["speaker"] == "RSF"
