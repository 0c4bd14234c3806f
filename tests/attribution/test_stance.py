"""Stances read from what an assertion says, on sentences written for these tests."""

from __future__ import annotations

import pytest

from sitrep.attribution.extract import extract_attributions
from sitrep.records import Stance
from tests.conftest import DocBuilder

pytestmark = pytest.mark.slow


def _stances(make_doc: DocBuilder, text: str) -> list[tuple[str, Stance]]:
    doc = make_doc(text)
    return [(text[a.cue.start : a.cue.end], a.stance) for a in extract_attributions(doc.parse.doc)]


@pytest.mark.parametrize(
    "text",
    [
        "The navy said the report was pure fabrication and a lie.",
        "The navy said the allegations were baseless.",
        "The navy described the reports as “fabricated”.",
        "The navy called it a lie.",
        "The navy said its ships had not fired on the harbour.",
        "The navy said its gunners never targeted the harbour.",
        '"We honour the truce and our ships have not fired a single shell," the navy said.',
        "The navy said the information about the sinking does not correspond to reality.",
        "The navy said the report was not true.",
        '"Our ships do not fire on fishing boats," the navy said.',
        "The navy said its ships had shelled a radar post and that no school had been hit.",
        "The navy said none of its shells hit the harbour.",
        "The navy said its ships only strike military targets.",
        "The navy said it had struck only military facilities.",
        "The navy said its ships only hit army positions.",
    ],
)
def test_dismissal_or_denial_of_an_act_is_a_denial(make_doc: DocBuilder, text: str) -> None:
    assert _stances(make_doc, text)[0][1] is Stance.DENY


def test_a_quotation_the_content_is_stretched_over_is_read_for_its_stance(
    make_doc: DocBuilder,
) -> None:
    text = (
        "Officials said the truce was holding.\n\n"
        '"The government remains fully committed to the agreement and our forces have not '
        'fired a single shot," government spokesman Abel Tesfaye told a news conference.'
    )
    assert [s for _, s in _stances(make_doc, text)] == [Stance.ASSERT, Stance.DENY]


@pytest.mark.parametrize(
    "text",
    [
        "The mayor called the shelling of the school a war crime.",
        "The mayor said the bombardment was a massacre.",
        "The mayor said the council held the navy responsible for the shelling.",
        "The mayor said the council holds the rebels accountable for the deaths.",
        '"The militia shelled the bazaar deliberately at noon," the colonel said.',
        "The mayor said the navy had indiscriminately bombarded the harbour.",
        "The mayor said rebel fighters attacked civilians and schools in the valley.",
        "The mayor said the attackers had deliberately fired on the ferry.",
        "The monitor said soldiers had executed dozens of civilians in the hills.",
    ],
)
def test_naming_a_crime_is_an_accusation(make_doc: DocBuilder, text: str) -> None:
    assert _stances(make_doc, text)[0][1] is Stance.ACCUSE


@pytest.mark.parametrize(
    "text",
    [
        "The navy said it would not accept the ceasefire terms.",
        "The navy said two ships had returned to port.",
        "The prosecutor said investigators were looking into crimes in the valley.",
        "The navy said rebels were spreading lies about the blockade.",
        "The mayor said the council would hold the rebels accountable.",
        "The mayor said he held himself responsible.",
        "The navy said it only strikes at night.",
        # a hostile act told plainly, of a weapon, or of the speaker's own men
        "The navy said rebel gunboats attacked a patrol boat near the harbour.",
        "The mayor said a missile strike killed 14 civilians in the square.",
        "The mayor said shells hit homes and a school in the valley.",
        "The colonel said our troops deliberately targeted the depot.",
        "The colonel said the militia may have shelled the bazaar by mistake.",
    ],
)
def test_other_assertions_stay_assertions(make_doc: DocBuilder, text: str) -> None:
    assert _stances(make_doc, text)[0][1] is Stance.ASSERT


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("The rebels said on Monday that they would halt attacks on the army.", Stance.PROMISE),
        ("The militia said it would respect the ceasefire.", Stance.PROMISE),
        ("The militia said it would not attack the villages again.", Stance.PROMISE),
        ("The militia said it would open a corridor for the wounded.", Stance.PROMISE),
        ("The navy said it would retaliate.", Stance.THREATEN),
        ('"We will respond with all our force," the general said.', Stance.THREATEN),
        ("The militia said it would open fire on any convoy.", Stance.THREATEN),
        ("The militia said it remained committed to the truce.", Stance.PROMISE),
        ('"We are committed to the talks," the envoy said.', Stance.PROMISE),
        ("The militia said it would take the war to the capital.", Stance.THREATEN),
        ('"The Dorn Front has nothing to do with this blast," the group said.', Stance.DENY),
        ("The ministry said it had no role in the raid.", Stance.DENY),
        ("The navy said it was not involved in the sinking.", Stance.DENY),
        ("The commander said his fighters would capture the port within days.", Stance.THREATEN),
        ("The police said its units would retake the village by nightfall.", Stance.THREATEN),
        ("The ministry said our forces would not fire on the crowds.", Stance.PROMISE),
        ('The militia said the army was "inventing massacres" to hide its defeats.', Stance.DENY),
        ("The ministry said the rebels had fabricated the footage.", Stance.DENY),
        ("The governor said the story was made up.", Stance.DENY),
        ("The governor said those responsible would pay a price.", Stance.THREATEN),
        ('"The attackers will pay dearly," the minister said.', Stance.THREATEN),
        ("The army said the perpetrators would face consequences.", Stance.THREATEN),
        ("A local official said the attackers would not go unpunished.", Stance.THREATEN),
    ],
)
def test_what_the_speaker_says_it_will_do_is_a_promise_or_a_threat(
    make_doc: DocBuilder, text: str, stance: Stance
) -> None:
    assert _stances(make_doc, text)[0][1] is stance


@pytest.mark.parametrize(
    "text",
    [
        "The mayor said the militia would withdraw.",
        "The ministry said it would take weeks to repair the bridge.",
        "The ministry said they would be released.",
        "The navy said that none of its sailors had been killed.",
        "The monitor said the militia was committed to the truce.",
        "The monitor said the militia was behind the raid.",
        "The militia said it would take weeks to reach the capital.",
        "The company said it had invented a new kind of water filter.",
        "The mayor said they made up the shortfall with loans.",
        "The mayor said the militia's fighters would capture the port.",
        "The mayor said civilians would pay the price of the war.",
        "The mayor said the attackers had paid a price.",
    ],
)
def test_the_future_of_others_or_of_things_stays_an_assertion(
    make_doc: DocBuilder, text: str
) -> None:
    assert _stances(make_doc, text)[0][1] is Stance.ASSERT


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("The rebels vowed to retake the town.", Stance.THREATEN),
        ("The government said the raid killed six people, vowing to respond.", Stance.THREATEN),
        ("The militia pledged to avenge its commander.", Stance.THREATEN),
        ("Both sides pledged to stop attacks.", Stance.PROMISE),
        ("The navy vowed not to retaliate.", Stance.PROMISE),
        ("The president promised to rebuild the port.", Stance.PROMISE),
        ("The premier promised to open an investigation.", Stance.PROMISE),
        ("The army promised to carry out an inquiry.", Stance.PROMISE),
        ("The gunmen vowed to open fire on any convoy.", Stance.THREATEN),
        ("The rebels vowed to carry out more strikes on the city.", Stance.THREATEN),
    ],
)
def test_a_vow_to_harm_another_is_a_threat(make_doc: DocBuilder, text: str, stance: Stance) -> None:
    assert _stances(make_doc, text)[-1][1] is stance


def test_what_another_side_rejects_as_lies_is_no_denial_of_the_speaker(
    make_doc: DocBuilder,
) -> None:
    # the words of dismissal are the rebels', in a relative clause of their own
    text = (
        "The navy said on Monday it had sunk two rebel boats off the cape, killing their "
        "crews, a claim the rebels dismissed as lies."
    )
    stances = dict(_stances(make_doc, text))
    assert stances["said"] is Stance.ASSERT


def test_a_report_called_false_in_its_own_relative_clause_is_still_dismissed(
    make_doc: DocBuilder,
) -> None:
    text = "The navy said the report, which was false, had been spread by the rebels."
    assert _stances(make_doc, text)[0][1] is Stance.DENY


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"Our forces were not in the area at the time," the adviser said.', Stance.DENY),
        ("The militia said its fighters had not been near the village.", Stance.DENY),
        ("A spokesman said we were not there when the market was hit.", Stance.DENY),
        # another side's forces, and where one's forces are now, deny nothing
        ("The army said the rebels were not in the area at the time.", Stance.ASSERT),
        ("The army said our forces are not in the town.", Stance.ASSERT),
    ],
)
def test_own_forces_said_to_have_been_elsewhere_deny(
    make_doc: DocBuilder, text: str, expected: Stance
) -> None:
    assert _stances(make_doc, text)[0][1] is expected
