"""Who speaks, end to end: bodies named in apposition, a region's own bodies, a country's Red
Cross or Red Crescent society, those who speak for a body, and outlets run by a state."""

from __future__ import annotations

from typing import Any

import pytest

import sitrep

pytestmark = pytest.mark.slow


def _claims(text: str) -> list[dict[str, Any]]:
    """Each claim with its speaker's and relay's names in place of their ids."""
    report = sitrep.analyze(text, published="2025-08-14").to_dict()
    names = {a["id"]: a["name"] for a in report["actors"]}
    out = []
    for c in report["claims"]:
        content = c["content"]
        out.append(
            {
                "speaker": names.get(c.get("speaker")),
                "via": names.get(c.get("via")),
                "cue": c["cue"],
                "content": text[content["start"] : content["end"]] if content else None,
            }
        )
    return out


def test_a_group_described_and_named_between_commas_speaks() -> None:
    text = "Shelling killed six people in Babanusa, a medical charity, the Kordofan Health Watch, said."
    (claim,) = _claims(text)
    assert claim["speaker"] == "Kordofan Health Watch"
    assert claim["content"] == "Shelling killed six people in Babanusa"


def test_a_group_described_beside_its_name_speaks_through_whom_it_told() -> None:
    text = "Two children died in the raid on Tawila, a medical charity, Relief Now, told Reuters."
    (claim,) = _claims(text)
    assert claim["speaker"] == "Relief Now"
    assert claim["via"] == "Reuters"
    assert claim["content"] == "Two children died in the raid on Tawila"


def test_a_body_named_after_the_noun_describing_it_speaks_not_its_parent() -> None:
    text = "The United Nations food agency WFP said convoys had reached Sennar on Monday."
    (claim,) = _claims(text)
    assert claim["speaker"] == "World Food Programme"
    text = "The Arab League's monitoring mission ALMS said the shelling went on all night."
    (claim,) = _claims(text)
    assert claim["speaker"] == "ALMS"


def test_a_group_speaking_through_its_outlet_is_still_the_group() -> None:
    (claim,) = _claims("The Valdian Front's Vox Valda news agency said its fighters held the pass.")
    assert claim["speaker"] == "Valdian Front"


def test_the_states_civil_defence_is_the_region_called_a_state() -> None:
    text = (
        "Floods in the eastern state of Gedaref have killed nine people since Monday, "
        "the state's civil defence authority said."
    )
    (claim,) = _claims(text)
    assert claim["speaker"] == "Civil Defence of Gedaref"


def test_a_civil_defence_official_speaks_for_the_civil_defence() -> None:
    (claim,) = _claims("A civil defense official said four bodies were pulled from the rubble.")
    assert claim["speaker"] == "Civil Defence"
    text = (
        "Gaza's civil defence agency said four bodies were recovered. "
        "A civil defence official said more were missing."
    )
    assert [c["speaker"] for c in _claims(text)] == ["Civil Defence of Gaza"] * 2


def test_a_countrys_red_crescent_keeps_its_country() -> None:
    text = (
        "The Palestinian Red Crescent said one of its ambulances was hit in Rafah. "
        "The Ukrainian Red Cross said two volunteers were hurt."
    )
    speakers = [c["speaker"] for c in _claims(text)]
    assert speakers == ["Palestinian Red Crescent", "Ukrainian Red Cross"]


def test_a_state_run_outlet_told_relays() -> None:
    text = (
        "Myanmar's junta said two soldiers died. "
        "The junta spokesman told state-run MRTV that the assault was repelled."
    )
    claims = _claims(text)
    assert claims[1]["via"] == "MRTV"
    assert claims[1]["speaker"] == "spokesman of Military Forces of Myanmar"


def test_a_capital_speaking_is_its_state() -> None:
    text = "Kyiv accused Moscow of shelling a hospital. Moscow said on Sunday it would respond."
    speakers = [c["speaker"] for c in _claims(text)]
    assert speakers[:2] == ["Ukraine", "Russia"]


def test_a_group_named_after_a_list_in_the_reported_clause_speaks() -> None:
    text = (
        "A drone strike on a school in the Magway region killed 11 people, including three "
        "teachers, a local rebel group, the Magway Freedom Front, said on Tuesday."
    )
    (claim,) = _claims(text)
    assert claim["speaker"] == "Magway Freedom Front"
    assert claim["content"].endswith("including three teachers")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "A resident, who gave only his first name, Musa, said the shelling went on all night.",
            "Musa",
        ),
        ("A fighter identified only as Abu Omar told AFP that the town had fallen.", "Abu Omar"),
        (
            '"They burnt the granary," said one of them, a farmer who gave his name only as Tomas.',
            "Tomas",
        ),
    ],
)
def test_a_person_named_in_a_clause_on_the_source_speaks(text: str, speaker: str) -> None:
    (claim,) = _claims(text)
    assert claim["speaker"] == speaker


def test_a_spokesperson_with_no_owner_speaks_for_the_body_that_spoke_just_before() -> None:
    text = (
        "The Lakeside Relief Foundation denied that anyone had been hurt at its depot. "
        '"These reports are invented," a spokesperson said, adding that food was handed out.'
    )
    claims = _claims(text)
    assert [c["speaker"] for c in claims] == ["Lakeside Relief Foundation"] * 3
    named = text.replace("a spokesperson", "a foundation spokesperson")
    assert [c["speaker"] for c in _claims(named)] == ["Lakeside Relief Foundation"] * 3


def test_a_spokesperson_qualified_otherwise_or_far_after_is_not_guessed() -> None:
    first = "The Lakeside Relief Foundation denied that anyone had been hurt at its depot. "
    later = '"These reports are invented," a {} said.'
    military = _claims(first + later.format("military spokesperson"))
    assert military[-1]["speaker"] is None
    far = (
        first
        + "Food was handed out on Monday. Trucks left at noon. "
        + later.format("spokesperson")
    )
    assert _claims(far)[-1]["speaker"] is None


def test_speakers_listed_after_a_list_and_before_a_time_clause() -> None:
    act = (
        "Saudi warplanes struck the Houthi-held port of Mokha in western Yemen on Sunday, "
        "hitting fuel tanks and a power station"
    )
    dated = ", a day after the group fired a drone at Jizan."
    # the speakers' list hangs on the list of what was hit; the verb on the time clause
    (claim,) = _claims(act + ", the Saudi military and Houthi-run television said" + dated)
    assert claim["speaker"] == "Military Forces of Saudi Arabia"
    assert claim["content"] == act
    (claim,) = _claims(act + ", the Saudi military said" + dated)
    assert claim["content"] == act


def test_a_civil_body_described_speaks_for_the_organisation_that_spoke_just_before() -> None:
    text = (
        "At least 40 people were killed in the hills, the Valdian Observatory for Peace said. "
        "The Lisbon-based war monitor said most of the dead were farmers. "
        "It said the fighting had ended."
    )
    assert [c["speaker"] for c in _claims(text)] == ["Valdian Observatory for Peace"] * 3


def test_a_civil_body_described_after_a_person_or_far_after_is_not_guessed() -> None:
    person = (
        "Mayor Ilse Brandt said the bridge was shelled. "
        "The monitor said most of the dead were farmers."
    )
    assert _claims(person)[-1]["speaker"] is None
    far = (
        "At least 40 people were killed, the Valdian Observatory for Peace said. "
        "Food ran short. Trucks left at noon. "
        "The monitor said most of the dead were farmers."
    )
    assert _claims(far)[-1]["speaker"] is None


def test_a_leaders_party_named_in_apposition_speaks_not_the_leader() -> None:
    text = (
        "Lado's party, the Valdian People's Front, denied any link to the militia "
        "and said the arrests were political."
    )
    speakers = {c["speaker"] for c in _claims(text)}
    assert speakers == {"Valdian People's Front"}


def test_a_spokesperson_after_a_titled_persons_acts_speaks_for_that_person() -> None:
    text = (
        "The governor blamed the militia for the raid. "
        "President Anna Vell condemned the killings and ordered an inquiry, "
        "a spokesman said in a statement."
    )
    assert _claims(text)[-1]["speaker"] == "Anna Vell"
    rebels = text.replace("President Anna Vell", "The militia")
    assert _claims(rebels)[-1]["speaker"] != "Anna Vell"


def test_it_in_a_clause_of_time_is_the_subject_of_the_main_clause() -> None:
    text = (
        "Rebels say army shelled villages.\n\n"
        "Valdia's army shelled two villages on Friday, a day after it announced a truce, "
        "residents said."
    )
    announced = next(c for c in _claims(text) if c["cue"] == "announced")
    assert announced["speaker"] == "Valdia's army"
    other = text.replace("shelled two villages", "fought the rebels")
    announced = next(c for c in _claims(other) if c["cue"] == "announced")
    assert announced["speaker"] != "Valdia's army"  # the rebels, named between, may be meant


def test_an_army_spokesman_speaks_for_the_army_the_story_names() -> None:
    text = (
        "A police spokesman said the raiders had come from across the river. "
        "An army spokesman denied it. The army said it had sent more troops to the valley."
    )
    speakers = [c["speaker"] for c in _claims(text)]
    assert speakers[1] is not None
    assert speakers[1] == speakers[2]
    assert speakers[0] != speakers[1]


def test_an_army_spokesman_speaks_for_the_one_states_forces_named() -> None:
    text = (
        "Rebels said they had taken the town of Velsk from Malian troops. "
        "An army spokesman said troops had retaken the town."
    )
    said = next(c for c in _claims(text) if c["content"] == "troops had retaken the town")
    assert said["speaker"] == "Military Forces of Mali"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Foreign Minister Amina Diallo met envoys on Saturday. Talks lasted four hours. "
            "The minister pledged to share intelligence.",
            "Amina Diallo",
        ),
        (
            "Foreign Minister Amina Diallo and Defence Minister Oumar Traore met envoys on "
            "Saturday. The minister pledged to share intelligence.",
            None,
        ),
    ],
)
def test_a_bare_title_is_the_one_holder_named_before_and_no_one_of_two(
    text: str, speaker: str | None
) -> None:
    (claim,) = _claims(text)
    assert claim["cue"] == "pledged" and claim["speaker"] == speaker
