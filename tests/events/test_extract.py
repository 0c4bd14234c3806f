"""Events in one parsed sentence (sitrep.events.extract), on sentences we wrote."""

from __future__ import annotations

import pytest

from sitrep.events.extract import Found, events_in
from sitrep.records import AcledSubEvent as S
from sitrep.records import EventType
from tests.conftest import DocBuilder

pytestmark = pytest.mark.slow


TAKEN = {S.NON_STATE_ACTOR_OVERTAKES_TERRITORY, S.GOVERNMENT_REGAINS_TERRITORY}


def _found(make_doc: DocBuilder, text: str) -> list[Found]:
    parsed = make_doc(text).parse.doc
    return [f for sent in parsed.sents for f in events_in(sent)]


def _sub_events(make_doc: DocBuilder, text: str) -> set[S | None]:
    return {f.acled for f in _found(make_doc, text)}


def test_a_sentence_tells_the_sub_event_its_trigger_clauses_do_not(make_doc: DocBuilder) -> None:
    # 'burning' alone says nothing of a crowd; the sentence tells a demonstration
    text = (
        "Dozens of farmers barricaded the main road with burning tyres outside the town hall "
        "to demand water for their fields."
    )
    assert S.VIOLENT_DEMONSTRATION in _sub_events(make_doc, text)


@pytest.mark.parametrize(
    "text",
    [
        "There were no reports of violence or clashes with the police.",
        "No attack was reported in the district.",
    ],
)
def test_an_event_told_as_absent_is_none(make_doc: DocBuilder, text: str) -> None:
    assert _found(make_doc, text) == []


def test_harm_denied_leaves_the_act(make_doc: DocBuilder) -> None:
    # 'no casualties' denies harm, not the grenade
    text = "Unknown men threw a grenade at a police post on Monday; no casualties were reported."
    assert S.GRENADE in _sub_events(make_doc, text)


def test_a_violent_crowd_stays_violent_when_police_intervene(make_doc: DocBuilder) -> None:
    text = (
        "Students rioted over the closure of their college, smashing windows and burning a "
        "car. Police fired tear gas to disperse them."
    )
    assert S.VIOLENT_DEMONSTRATION in _sub_events(make_doc, text)


def test_the_weapon_decides_before_the_target(make_doc: DocBuilder) -> None:
    # mortars fired at soldiers' positions are shelling, whoever was there (ACLED codebook)
    text = "Rebels fired mortar rounds at the positions of the army near the airfield overnight."
    assert _sub_events(make_doc, text) == {S.SHELLING_ARTILLERY_MISSILE}


def test_fighting_a_place_has_seen_is_its_setting(make_doc: DocBuilder) -> None:
    text = (
        "The two sides swapped prisoners on Monday near the river town, the scene of heavy "
        "fighting last year."
    )
    assert S.ARMED_CLASH not in _sub_events(make_doc, text)


def test_a_crowds_violence_in_another_clause_makes_it_violent(make_doc: DocBuilder) -> None:
    text = "Police arrested twenty protesters who were barricading the highway with rocks."
    assert S.VIOLENT_DEMONSTRATION in _sub_events(make_doc, text)


def test_a_crowds_violence_with_no_trigger_word_of_its_own(make_doc: DocBuilder) -> None:
    # 'pelted' is no trigger word; the rules and the classifier agree on a riot
    text = "Angry villagers pelted stones at the police officers who were asking them to go home."
    assert _sub_events(make_doc, text) & {S.MOB_VIOLENCE, S.VIOLENT_DEMONSTRATION}


def test_a_captured_helicopter_is_no_air_strike(make_doc: DocBuilder) -> None:
    text = "The ministry said the rebels must return a helicopter that was captured last week."
    assert S.AIR_DRONE_STRIKE not in _sub_events(make_doc, text)


def test_a_protest_takes_the_most_specific_sub_event_its_story_tells(make_doc: DocBuilder) -> None:
    # the story's first rule is another sub-event's ('suicide'); the force on the crowd counts
    text = (
        "Police fired tear gas at students who were protesting over the death of a classmate. "
        "The classmate had committed suicide after an exam."
    )
    assert S.PROTEST_WITH_INTERVENTION in _sub_events(make_doc, text)


def test_a_riot_told_around_a_toll(make_doc: DocBuilder) -> None:
    # 'killed in the violence' is a toll, no event; the sentence still tells a riot
    text = "Rioting students threw stones at the gates, and one guard was killed in the violence."
    assert S.VIOLENT_DEMONSTRATION in _sub_events(make_doc, text)


@pytest.mark.parametrize(
    "text",
    [
        "The rebels entered the town without fighting.",
        "Government troops retook the two towns without any clashes.",
    ],
)
def test_a_fight_done_without_is_none(make_doc: DocBuilder, text: str) -> None:
    assert S.ARMED_CLASH not in _sub_events(make_doc, text)


def test_ground_handed_over_under_a_deal(make_doc: DocBuilder) -> None:
    # the deal's own sub-event is the transfer it made; the weeks of fighting are background
    text = (
        "The district was handed over by the militia to the army as part of a peace deal "
        "ending six weeks of fighting."
    )
    found = _sub_events(make_doc, text)
    assert S.NON_VIOLENT_TRANSFER in found
    assert S.ARMED_CLASH not in found


def test_details_not_specified_deny_no_event(make_doc: DocBuilder) -> None:
    text = "Post-election violence in the county, details not specified."
    assert S.VIOLENT_DEMONSTRATION in _sub_events(make_doc, text)


def test_a_denied_event_is_still_none(make_doc: DocBuilder) -> None:
    assert _found(make_doc, "Violence did not break out in the county.") == []


def test_small_arms_beside_mortars_stay_a_battle(make_doc: DocBuilder) -> None:
    text = (
        "Separatist units fired 82mm mortars, heavy machine guns and small arms at army positions."
    )
    assert _sub_events(make_doc, text) == {S.ARMED_CLASH}


def test_a_coordinated_verb_shares_its_subject(make_doc: DocBuilder) -> None:
    # who killed is the residents: a mob, not an attack by unknown hands
    text = "Residents cornered and killed a man accused of stealing a goat."
    assert S.MOB_VIOLENCE in _sub_events(make_doc, text)


def test_weapons_seized_after_a_fight_are_part_of_it(make_doc: DocBuilder) -> None:
    text = (
        "Troops clashed with rebels near the ford, killing four of them. "
        "Rifles and ammunition were recovered at the scene."
    )
    assert S.DISRUPTED_WEAPONS_USE not in _sub_events(make_doc, text)
    assert S.DISRUPTED_WEAPONS_USE in _sub_events(make_doc, "Rifles were seized at the port.")


def test_armed_people_hit_outside_the_triggers_words_make_a_battle(make_doc: DocBuilder) -> None:
    text = "Shooting by suspected rebel sympathisers leaves two police officers dead."
    assert S.ARMED_CLASH in _sub_events(make_doc, text)
    civilians = "Gunmen shot dead a trader who allegedly supported the rebels."
    assert S.ARMED_CLASH not in _sub_events(make_doc, civilians)


def test_an_event_told_inside_a_toll_is_kept(make_doc: DocBuilder) -> None:
    text = "Three people have been killed and four injured in a bandit attack near the market."
    assert S.ATTACK in _sub_events(make_doc, text)


def test_a_slashing_is_an_attack(make_doc: DocBuilder) -> None:
    assert S.ATTACK in _sub_events(make_doc, "A gang slashed two traders with machetes.")


def test_a_crowds_violence_beside_words_of_other_kinds(make_doc: DocBuilder) -> None:
    text = "Residents barricaded the gate with burning tyres after receiving no food parcels."
    assert _sub_events(make_doc, text) & {S.VIOLENT_DEMONSTRATION, S.MOB_VIOLENCE}


def test_each_text_ranks_by_the_rule_that_matched_it(make_doc: DocBuilder) -> None:
    # the noun alone reads as shelling; its sentence, with small arms beside, as a battle
    text = "Monitors recorded 30 explosions and bursts of fire involving small arms near the dam."
    assert _sub_events(make_doc, text) == {S.ARMED_CLASH}


def test_the_weapon_told_outside_the_triggers_words_decides(make_doc: DocBuilder) -> None:
    text = "Insurgents planted a roadside bomb targeting an army patrol near the bridge."
    assert _sub_events(make_doc, text) == {S.REMOTE_EXPLOSIVE}
    air = "The air force targeted rebel positions near the dam."
    assert S.AIR_DRONE_STRIKE in _sub_events(make_doc, air)


def test_a_not_on_another_verb_denies_no_event(make_doc: DocBuilder) -> None:
    # 'not' denies being paid, not the barricade
    text = (
        "Some forty porters barricaded the depot gate with burning tyres after not being paid "
        "for two months."
    )
    assert S.VIOLENT_DEMONSTRATION in _sub_events(make_doc, text)


def test_a_toll_beside_the_crowds_violence_it_belongs_to(make_doc: DocBuilder) -> None:
    # the toll is of the riot the same sentence tells
    text = "Rioting miners throw stones, one guard killed in the violence"
    assert _sub_events(make_doc, text) == {S.VIOLENT_DEMONSTRATION}


def test_a_crowd_demanding_is_a_protest(make_doc: DocBuilder) -> None:
    # the words are of a demand; the crowd makes it a protest
    text = "Protesters demand the mayor be removed over the water shortage."
    assert S.PEACEFUL_PROTEST in _sub_events(make_doc, text)


def test_a_crowd_storming_a_building_is_a_violent_demonstration(make_doc: DocBuilder) -> None:
    # who stormed is the crowd the relative clause hangs on
    found = _found(
        make_doc, "Soldiers fired at protesters who stormed the ministry in the capital."
    )
    stormed = [f for f in found if f.acled is S.VIOLENT_DEMONSTRATION]
    assert stormed


def test_people_hurt_by_stones_is_a_riot_not_a_battle(make_doc: DocBuilder) -> None:
    found = _found(make_doc, "The police chief said four constables were hurt by stones.")
    assert found and all(f.acled is not S.ARMED_CLASH for f in found)
    assert any(f.acled in {S.MOB_VIOLENCE, S.VIOLENT_DEMONSTRATION} for f in found)


def test_ground_seized_by_an_armed_group_is_an_assault(make_doc: DocBuilder) -> None:
    found = _found(make_doc, "The rebel coalition seized several army outposts near the border.")
    assert found and all(f.type is EventType.ASSAULT for f in found)


def test_a_request_told_of_a_participant_leaves_the_crowds_violence(
    make_doc: DocBuilder,
) -> None:
    # the request is the officers', in a clause telling who they were; the youths' stones
    # are the sentence's event
    found = _found(
        make_doc, "Youths threw stones at police officers who were urging them to go home."
    )
    assert any(f.acled is S.MOB_VIOLENCE for f in found)


def test_a_headlines_open_fire_is_force(make_doc: DocBuilder) -> None:
    # present tense with no subject agreement: the parser makes 'fire' a noun under 'open'
    found = _found(make_doc, "Guards open fire on traders at border market")
    assert any(f.type is EventType.ASSAULT for f in found)


@pytest.mark.parametrize(
    "text",
    [
        "Villagers lynch herder accused of theft",
        "A crowd lynches and kills a driver after crash",
    ],
)
def test_a_headlines_present_tense_verb_is_no_noun(make_doc: DocBuilder, text: str) -> None:
    # the tagger takes the verb for a noun between subject and object; the mob is kept
    assert S.MOB_VIOLENCE in _sub_events(make_doc, text)


def test_what_happened_meanwhile_is_another_act(make_doc: DocBuilder) -> None:
    # the capture is no shelling; the shelling told beside it is an act of its own
    found = _found(make_doc, "Militiamen capture a hill village as mortar fire kills nine")
    capture = next(f for f in found if f.type is EventType.ASSAULT and f.acled is not None)
    assert capture.acled is S.NON_STATE_ACTOR_OVERTAKES_TERRITORY
    assert S.SHELLING_ARTILLERY_MISSILE in {f.acled for f in found}


def test_what_a_place_suffered_before_is_no_act(make_doc: DocBuilder) -> None:
    # the station's past, told as background by its owner: nothing happened in the story
    assert (
        _found(make_doc, "The pumping station was previously damaged in 2019, its owner said.")
        == []
    )
    # told with who did it, it is an act
    assert _found(make_doc, "The pumping station was damaged by militia fighters, its owner said.")


def test_a_warning_of_what_things_will_do_is_no_threat(make_doc: DocBuilder) -> None:
    forecast = "The water board warned that shortages would last through the summer."
    assert not any(f.type is EventType.THREATEN for f in _found(make_doc, forecast))
    threat = "The commander warned that his fighters would storm the port."
    assert any(f.type is EventType.THREATEN for f in _found(make_doc, threat))


@pytest.mark.parametrize(
    "text",
    [
        "The blast came two days after the army launched an offensive against the rebels in "
        "the hills.",
        "Three days after government troops began an offensive in the valley, a roadside bomb "
        "hit a bus.",
    ],
)
def test_a_weapon_of_another_act_told_days_apart_is_not_the_offensives(
    make_doc: DocBuilder, text: str
) -> None:
    offensive = [f for f in _found(make_doc, text) if "offensive" in text[f.trigger.start :][:9]]
    assert [f.acled for f in offensive] == [S.ARMED_CLASH]


def test_a_bomb_before_the_assault_of_one_attack_stays_its_weapon(make_doc: DocBuilder) -> None:
    text = "The militants detonated a car bomb at the gate of the camp before gunmen stormed it."
    assert _sub_events(make_doc, text) == {S.REMOTE_EXPLOSIVE}


@pytest.mark.parametrize(
    "text",
    [
        "The minister's spokesman said on Friday that the air force strikes only military targets.",
        "A spokesman said the Ruritanian military strikes only military targets.",
    ],
)
def test_a_stated_way_of_striking_is_no_strike(make_doc: DocBuilder, text: str) -> None:
    assert [f for f in _found(make_doc, text) if f.type is EventType.ASSAULT] == []


@pytest.mark.parametrize(
    "text",
    [
        "Pirates struck a fishing trawler off the coast on Friday, and a storm followed.",
        "The tanker was struck twice near the strait, the coastguard said.",
        "Gunmen struck a bus on the highway, and the army began an offensive.",
    ],
)
def test_striking_a_thing_is_no_walkout(make_doc: DocBuilder, text: str) -> None:
    # 'strike' with an object hit is force; only workers strike with no object
    assert all(f.type is not EventType.PROTEST for f in _found(make_doc, text))
    assert any(f.type is EventType.ASSAULT for f in _found(make_doc, text))


def test_a_warning_of_a_strike_is_no_protest(make_doc: DocBuilder) -> None:
    text = "The rebel commander warned that his men would strike any convoy that used the road."
    kinds = {f.type for f in _found(make_doc, text)}
    assert EventType.PROTEST not in kinds


def test_workers_who_strike_protest(make_doc: DocBuilder) -> None:
    text = "Dock workers struck on Monday over unpaid wages."
    assert EventType.PROTEST in {f.type for f in _found(make_doc, text)}


@pytest.mark.parametrize(
    "text",
    [
        "The minister accused the rebels of seeking excuses to prolong the war.",
        "The governor blamed the union for demanding a pay rise during the crisis.",
    ],
)
def test_what_an_accusation_charges_is_no_request(make_doc: DocBuilder, text: str) -> None:
    kinds = {f.type for f in _found(make_doc, text)}
    assert EventType.REQUEST not in kinds


def test_a_conjoined_clause_keeps_its_own_subject(make_doc: DocBuilder) -> None:
    # the parser may read the second clause's subject as a third place of the first clause
    text = (
        "Under the accord, the militia was to withdraw its men north of the Varna and "
        "Farland was to pull its troops out of the valley within 30 days."
    )
    doc = make_doc(text)
    pulled = [f for f in _found(make_doc, text) if text[f.trigger.start : f.trigger.end] == "pull"]
    assert pulled
    actor = pulled[0].actor
    assert actor is not None and doc.text[actor.start : actor.end] == "Farland"


@pytest.mark.parametrize(
    "text",
    [
        "Army raids kill four in the hills after mortars fired at a base",
        "Police raids killed six men in the old town after rebels shelled a checkpoint.",
    ],
)
def test_an_act_named_as_subject_is_not_typed_by_the_act_after_which_it_came(
    make_doc: DocBuilder, text: str
) -> None:
    # the raid kills; the shelling before it is another act with its own weapon
    doc = make_doc(text)
    kills = [
        f for f in _found(make_doc, text) if "kill" in doc.text[f.trigger.start : f.trigger.end]
    ]
    assert kills
    assert all(f.acled is not S.SHELLING_ARTILLERY_MISSILE for f in kills)


@pytest.mark.parametrize(
    "text",
    [
        "Nurses at the district clinic said they had received nine bodies and more than 20 "
        "wounded.",
        "A medic at the field hospital said it had received 12 wounded and four bodies.",
        "The clinic was treating more than 40 wounded people, most of them farmers.",
        # carried to care: the harmed of an act told elsewhere
        "A nurse told the radio that the wounded had been taken to the Mercy District "
        "Hospital, where beds were running short.",
        "Volunteers rushed the injured to a clinic on the edge of the village.",
    ],
)
def test_the_harmed_a_hospital_receives_are_no_attack_there(
    make_doc: DocBuilder, text: str
) -> None:
    assert not any(f.type is EventType.ASSAULT for f in _found(make_doc, text))


def test_harm_done_while_treating_people_is_an_act(make_doc: DocBuilder) -> None:
    text = "Guards treated the prisoners brutally, killing two of them."
    assert any(f.type is EventType.ASSAULT for f in _found(make_doc, text))


def test_harm_done_to_people_then_carried_to_care_is_an_act(make_doc: DocBuilder) -> None:
    text = "Gunmen wounded three farmers, who were later taken to hospital."
    assert any(f.type is EventType.ASSAULT for f in _found(make_doc, text))


def test_a_drone_strike_on_a_camp_of_families_is_no_mob(make_doc: DocBuilder) -> None:
    # the weapon decides before the target: the families are the harmed, not a crowd
    text = (
        "A drone strike on a camp for displaced families outside the town of Marsa killed at "
        "least 20 people, officials said."
    )
    found = _sub_events(make_doc, text)
    assert S.AIR_DRONE_STRIKE in found
    assert S.MOB_VIOLENCE not in found


def test_he_opening_a_sentence_is_the_person_who_spoke_before(make_doc: DocBuilder) -> None:
    text = (
        "Army spokesman Colonel Tomas Varga told state radio that the base had not been hit. "
        "He accused the rebels of shelling a clinic."
    )
    doc = make_doc(text)
    accused = [f for f in _found(make_doc, text) if f.type is EventType.ACCUSE]
    assert accused and accused[0].actor is not None
    assert "Varga" in doc.text[accused[0].actor.start : accused[0].actor.end]


def test_he_opening_a_paragraph_stands_for_no_one_before_it(make_doc: DocBuilder) -> None:
    text = (
        "Army spokesman Colonel Tomas Varga told state radio that the base had not been hit.\n\n"
        "He accused the rebels of shelling a clinic."
    )
    doc = make_doc(text)
    accused = [f for f in _found(make_doc, text) if f.type is EventType.ACCUSE]
    assert accused
    actor = accused[0].actor
    assert actor is None or "Varga" not in doc.text[actor.start : actor.end]


@pytest.mark.parametrize(
    "text",
    [
        'The rebel commander said in a recorded message that his men would "liberate" the '
        "whole province.",
        "Tom Vale, the gang boss who runs the port, said in a video shared online that his "
        'fighters would "liberate" the rest of the island.',
        "The militia leader said in a broadcast that his followers will liberate the capital.",
    ],
)
def test_ground_to_be_liberated_is_a_threat_not_ground_taken(
    make_doc: DocBuilder, text: str
) -> None:
    # an act to come is no act: the group's word of it is its threat (PLOVER THREATEN)
    found = _found(make_doc, text)
    assert [f.type for f in found] == [EventType.THREATEN]
    assert all(f.acled is None for f in found)


def test_ground_to_be_liberated_beside_a_threat_is_that_threat(make_doc: DocBuilder) -> None:
    text = (
        "Tom Vale, the gang boss who runs the port, said in a video shared online that his "
        'fighters would "liberate" the rest of the island and warned the mayor to resign.'
    )
    found = _found(make_doc, text)
    assert EventType.ASSAULT not in {f.type for f in found}
    assert all(f.acled is None for f in found)


def test_ground_liberated_is_still_told(make_doc: DocBuilder) -> None:
    text = "The army said in a statement that its troops had liberated the town on Sunday."
    assert S.GOVERNMENT_REGAINS_TERRITORY in _sub_events(make_doc, text)


@pytest.mark.parametrize(
    "text",
    [
        "The monitor has recorded more than 800 deaths since the generals seized power in a "
        "coup in March 2019.",
        "Residents have fled the district since the militia attacked a police post.",
    ],
)
def test_an_act_named_only_as_a_stretch_of_times_start_is_background(
    make_doc: DocBuilder, text: str
) -> None:
    found = _found(make_doc, text)
    assert all(f.acled is None for f in found)
    assert EventType.ASSAULT not in {f.type for f in found}
    assert EventType.COERCE not in {f.type for f in found}


def test_an_act_dated_by_a_day_of_the_story_after_since_is_told(make_doc: DocBuilder) -> None:
    text = "Residents have fled the district since the militia attacked a police post on Friday."
    assert S.ARMED_CLASH in _sub_events(make_doc, text)


def test_an_accord_dated_by_a_day_after_since_is_told(make_doc: DocBuilder) -> None:
    text = "It was the first raid the group has claimed since a truce took effect on Oct. 14."
    assert EventType.AGREE in {f.type for f in _found(make_doc, text)}


def test_an_accord_dated_by_a_month_after_since_is_background(make_doc: DocBuilder) -> None:
    text = "Rockets were fired for the first time since a truce took hold in October."
    assert EventType.AGREE not in {f.type for f in _found(make_doc, text)}


@pytest.mark.parametrize(
    "text",
    [
        "The governor said the militia had shot at villagers who fled its raids.",
        "Hundreds flee as bandits storm market town.",
        "Bandits seize market town of Kerel, hundreds flee",
        "Aid workers reached civilians fleeing the fighting.",
        "The shelling forced thousands of residents to flee.",
        "More than 3,000 people fled the region on Tuesday.",
    ],
)
def test_civilians_fleeing_are_no_retreat(make_doc: DocBuilder, text: str) -> None:
    assert EventType.RETREAT not in {f.type for f in _found(make_doc, text)}


@pytest.mark.parametrize(
    "text",
    ["Soldiers fled the garrison as the insurgents advanced.", "Police officers fled the post."],
)
def test_an_armed_side_fleeing_is_a_retreat(make_doc: DocBuilder, text: str) -> None:
    assert EventType.RETREAT in {f.type for f in _found(make_doc, text)}


def test_a_warning_of_a_strike_is_one_threat_by_the_group(make_doc: DocBuilder) -> None:
    text = (
        "The rebels' spokesman said the fighters had seized two boats and warned that the "
        "rebels would strike any tanker that entered the strait."
    )
    threats = [f for f in _found(make_doc, text) if f.type is EventType.THREATEN]
    assert len(threats) == 1
    parsed = make_doc(text).parse.doc
    assert threats[0].actor is not None
    assert parsed.text[threats[0].actor.start : threats[0].actor.end] == "the rebels"


def test_what_an_agreement_allows_is_its_content(make_doc: DocBuilder) -> None:
    text = "The two sides agreed in Doha in June 2024 to protect civilians and allow aid to pass."
    assert [f.type for f in _found(make_doc, text)] == [EventType.AGREE]


@pytest.mark.parametrize(
    ("headline", "target"),
    [
        ("Relief convoy attacked as rebels advance on Farport", "Relief convoy"),
        ("Clinic struck in overnight raid on Tellmar", "Clinic"),
    ],
)
def test_a_headline_passive_names_what_was_done_to(
    make_doc: DocBuilder, headline: str, target: str
) -> None:
    # a headline's past form with no object nor auxiliary is a passive: its subject is the
    # target, and no actor is named
    text = headline + "\n\nFARPORT, May 2 (Wire) - Officials gave no further details."
    doc = make_doc(text).parse.doc
    told = [f for f in _found(make_doc, text) if f.trigger.start < len(headline)]
    act = next(f for f in told if f.type is EventType.ASSAULT and f.target is not None)
    assert act.actor is None
    assert doc.text[act.target.start : act.target.end] == target


def test_a_past_act_in_body_text_keeps_its_subject(make_doc: DocBuilder) -> None:
    text = "Farland says rebels attack outpost\n\nThe rebels attacked at dawn, officials said."
    doc = make_doc(text).parse.doc
    body = [f for f in _found(make_doc, text) if f.trigger.start > text.index("\n\n")]
    assert body and body[0].actor is not None
    assert doc.text[body[0].actor.start : body[0].actor.end] == "The rebels"


def test_a_conjoined_passive_clause_has_no_actor_of_the_clause_before(
    make_doc: DocBuilder,
) -> None:
    # the arrests are told with no agent: not by the group of the clause before
    text = (
        "The minister said the militia was working with the mutineers and that several "
        "of their officers had been arrested."
    )
    arrests = [f for f in _found(make_doc, text) if f.type is EventType.COERCE]
    assert arrests and arrests[0].actor is None


def test_an_active_conjoined_verb_keeps_the_shared_subject(make_doc: DocBuilder) -> None:
    text = "Police stormed the hall and arrested six men."
    doc = make_doc(text).parse.doc
    arrests = [f for f in _found(make_doc, text) if f.type is EventType.COERCE]
    assert arrests and arrests[0].actor is not None
    assert doc.text[arrests[0].actor.start : arrests[0].actor.end] == "Police"


def test_a_body_named_in_apposition_is_the_actor(make_doc: DocBuilder) -> None:
    # "Tamar's party, the FDL," : the party the appositive names, not its leader
    text = "Tamar's party, the FDL, denied any link to the raid."
    doc = make_doc(text).parse.doc
    denial = [f for f in _found(make_doc, text) if f.type is EventType.REJECT]
    assert denial and denial[0].actor is not None
    assert doc.text[denial[0].actor.start : denial[0].actor.end] == "the FDL"


def test_a_spokesman_named_in_apposition_speaks_for_his_body(make_doc: DocBuilder) -> None:
    text = "A spokesman for the rebels, Omar Tellan, denied the report."
    doc = make_doc(text).parse.doc
    denial = [f for f in _found(make_doc, text) if f.type is EventType.REJECT]
    assert denial and denial[0].actor is not None
    assert "spokesman" in doc.text[denial[0].actor.start : denial[0].actor.end]


@pytest.mark.parametrize(
    "text",
    [
        "The army struck rebel fighters who had gathered near the river crossing.",
        "Hundreds of militants gathered near the border on Sunday.",
    ],
)
def test_armed_men_gathering_are_no_protest(make_doc: DocBuilder, text: str) -> None:
    kinds = {f.type for f in _found(make_doc, text)}
    assert EventType.PROTEST not in kinds


def test_soldiers_gathering_to_protest_are_a_protest(make_doc: DocBuilder) -> None:
    text = "Soldiers gathered outside the barracks to protest over unpaid wages."
    assert EventType.PROTEST in {f.type for f in _found(make_doc, text)}


@pytest.mark.parametrize(
    "text",
    [
        "The army said soldiers had freed six of the pupils in an operation near Tellmar.",
        "Police freed two hostages in a raid on a farmhouse outside the town.",
    ],
)
def test_captives_freed_by_force_are_no_concession(make_doc: DocBuilder, text: str) -> None:
    assert EventType.CONCEDE not in {f.type for f in _found(make_doc, text)}


def test_prisoners_released_by_their_captors_are_a_concession(make_doc: DocBuilder) -> None:
    text = "The rebels released twelve soldiers in a goodwill gesture on Monday."
    assert EventType.CONCEDE in {f.type for f in _found(make_doc, text)}


def test_captives_freed_in_an_operation_are_a_rescue(make_doc: DocBuilder) -> None:
    text = "Troops freed 30 captives during a rescue mission in the forest on Wednesday."
    assert EventType.AID in {f.type for f in _found(make_doc, text)}


def test_captives_freed_in_a_raid_are_the_raid(make_doc: DocBuilder) -> None:
    found = _found(make_doc, "Police freed three hostages in a raid on a farmhouse.")
    assert [f.type for f in found] == [EventType.ASSAULT]
    assert found[0].acled is not S.ABDUCTION


def test_the_means_told_decides_before_a_weapon_elsewhere(make_doc: DocBuilder) -> None:
    text = (
        "Troops attacked the village with two tank companies, while drones destroyed three "
        "of their armoured vehicles."
    )
    attack = next(f for f in _found(make_doc, text) if f.trigger.start == text.index("attacked"))
    assert attack.acled is not S.AIR_DRONE_STRIKE


@pytest.mark.parametrize(
    "text",
    [
        "The general promised to push the militants out of the city.",
        "Putin has promised to drive Ukrainian forces out of the region.",
        "The governor pledged to crush the insurgents before the rains.",
        "The colonel vowed and pledged to wipe out the rebels.",
        "The president promised to keep striking the rebels' fuel depots.",
    ],
)
def test_a_promise_to_attack_is_a_threat(make_doc: DocBuilder, text: str) -> None:
    types = {f.type for f in _found(make_doc, text)}
    assert EventType.THREATEN in types
    assert EventType.AGREE not in types


@pytest.mark.parametrize(
    "text",
    ["The minister promised to rebuild the school.", "The mayor pledged to eradicate poverty."],
)
def test_a_promise_to_rebuild_is_a_pledge(make_doc: DocBuilder, text: str) -> None:
    assert {f.type for f in _found(make_doc, text)} == {EventType.AGREE}


@pytest.mark.parametrize(
    "text",
    [
        "The gunmen had seized the captives on the road to Kelso.",
        "Bandits seized 14 passengers from a bus near the market.",
    ],
)
def test_people_seized_are_abducted(make_doc: DocBuilder, text: str) -> None:
    found = _found(make_doc, text)
    assert {f.acled for f in found} == {S.ABDUCTION}
    assert {f.type for f in found} == {EventType.ASSAULT}


def test_ground_seized_is_still_taken(make_doc: DocBuilder) -> None:
    found = _found(make_doc, "The rebels seized two villages near Kelso on Monday.")
    assert S.NON_STATE_ACTOR_OVERTAKES_TERRITORY in {f.acled for f in found}


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen captured two aid workers at a checkpoint near the river.",
        "The rebels' deputy leader, who was captured on Monday, was moved to the capital.",
        "A journalist captured in the raid was taken to Kelso.",
    ],
)
def test_people_captured_by_others_than_a_state_are_abducted(
    make_doc: DocBuilder, text: str
) -> None:
    found = [f for f in _found(make_doc, text) if f.acled is S.ABDUCTION]
    assert [f.type for f in found] == [EventType.ASSAULT]
    assert not {f.acled for f in _found(make_doc, text)} & {
        S.NON_STATE_ACTOR_OVERTAKES_TERRITORY,
        S.GOVERNMENT_REGAINS_TERRITORY,
        S.SHELLING_ARTILLERY_MISSILE,
    }


def test_armed_men_captured_by_others_are_part_of_a_fight(make_doc: DocBuilder) -> None:
    text = "The insurgents killed six officers and captured two others."
    assert S.ARMED_CLASH in {f.acled for f in _found(make_doc, text)}
    assert S.NON_STATE_ACTOR_OVERTAKES_TERRITORY not in {f.acled for f in _found(make_doc, text)}


@pytest.mark.parametrize(
    "text",
    [
        "Soldiers captured two rebel commanders near the river on Friday.",
        "Police captured the gang leader after heavy shelling of the district.",
    ],
)
def test_people_captured_by_a_state_are_arrested(make_doc: DocBuilder, text: str) -> None:
    found = [
        f for f in _found(make_doc, text) if "captured" in text[f.trigger.start : f.trigger.end]
    ]
    assert [(f.type, f.acled) for f in found] == [(EventType.COERCE, S.ARRESTS)]


def test_shelling_beside_a_capture_of_people_is_no_ground_taken(make_doc: DocBuilder) -> None:
    text = "Police captured the gang leader after heavy shelling of the district."
    found = [
        f for f in _found(make_doc, text) if text[f.trigger.start : f.trigger.end] == "shelling"
    ]
    assert [f.acled for f in found] == [S.SHELLING_ARTILLERY_MISSILE]


@pytest.mark.parametrize(
    "text",
    ["Rebels captured the town of Kelso on Sunday.", "Troops captured a hill near the border."],
)
def test_ground_captured_is_still_taken(make_doc: DocBuilder, text: str) -> None:
    assert {f.acled for f in _found(make_doc, text)} & TAKEN


def test_armed_men_driven_out_is_force(make_doc: DocBuilder) -> None:
    text = "Troops drove the militants out of the town on Sunday."
    assert EventType.ASSAULT in {f.type for f in _found(make_doc, text)}


def test_a_passive_subject_is_the_target(make_doc: DocBuilder) -> None:
    text = "Two commanders of the group were arrested in Kelso on Friday."
    found = [f for f in _found(make_doc, text) if f.type is EventType.COERCE]
    assert found and found[0].target is not None
    assert text[found[0].target.start : found[0].target.end] == "Two commanders of the group"


def test_who_as_the_actor_is_the_noun_it_stands_for(make_doc: DocBuilder) -> None:
    text = "Militants who attacked a checkpoint on Saturday killed four soldiers."
    attack = next(f for f in _found(make_doc, text) if f.trigger.start == text.index("attacked"))
    assert attack.actor is not None
    assert text[attack.actor.start : attack.actor.end] == "Militants"


def test_ground_taken_by_a_named_group_is_overtaken(make_doc: DocBuilder) -> None:
    text = "The Arakan Army took control of the town of Paletwa last week."
    assert S.NON_STATE_ACTOR_OVERTAKES_TERRITORY in _sub_events(make_doc, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Troops evacuated 300 civilians from the town on Monday.", EventType.AID),
        ("Medics evacuated the wounded to a hospital in Kelso.", EventType.AID),
        ("The rebels evacuated the town of Kelso on Monday.", EventType.RETREAT),
    ],
)
def test_evacuating_people_is_aid_and_a_town_retreat(
    make_doc: DocBuilder, text: str, expected: EventType
) -> None:
    assert expected in {f.type for f in _found(make_doc, text)}


@pytest.mark.parametrize(
    "text",
    [
        "The army does not usually comment on strikes inside the enclave.",
        "The ministry rarely talks about attacks on its outposts.",
        # a bare plural topic, with nothing that tells which acts
        "Party leaders and clerics speak on truces\n\nBEIRUT - Talks went on.",
    ],
)
def test_acts_a_habit_of_speaking_is_about_are_no_event(make_doc: DocBuilder, text: str) -> None:
    assert _found(make_doc, text) == []


def test_a_told_comment_on_the_strikes_keeps_them(make_doc: DocBuilder) -> None:
    text = "The army did not comment on the strikes that hit the depot on Monday."
    assert any(f.type is EventType.ASSAULT for f in _found(make_doc, text))


def test_an_arrest_made_in_a_raid_is_one_event(make_doc: DocBuilder) -> None:
    found = _found(make_doc, "Two smugglers were arrested in a raid on a warehouse near the port.")
    assert [f.acled for f in found] == [S.ARRESTS]


@pytest.mark.parametrize(
    "text",
    [
        "Debris from a downed drone fell on a house in the village overnight, the governor said.",
        "Wreckage of a missile hit a warehouse in the port, damaging its roof.",
        "Debris of an intercepted rocket damaged a power line near the border.",
    ],
)
def test_debris_of_a_weapon_brought_down_strikes_nothing(make_doc: DocBuilder, text: str) -> None:
    assert not any(f.type is EventType.ASSAULT for f in _found(make_doc, text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # pieces of a weapon that struck are the strike's
        (
            "Fragments of a shell hit the school in the village on Monday.",
            S.SHELLING_ARTILLERY_MISSILE,
        ),
        # the interception told beside the debris is the event
        (
            "Pieces of a drone that was shot down damaged two cars in the town.",
            S.DISRUPTED_WEAPONS_USE,
        ),
    ],
)
def test_a_weapons_pieces_and_its_interception(
    make_doc: DocBuilder, text: str, expected: S
) -> None:
    assert expected in _sub_events(make_doc, text)


@pytest.mark.parametrize(
    "text",
    [
        "Air defence crews intercepted three drones over the harbour before dawn.",
        "Two cruise missiles were intercepted over the capital on Thursday, the army said.",
        "Anti-aircraft gunners shot down two drones near the power plant.",
    ],
)
def test_an_interception_is_one_kind_of_act(make_doc: DocBuilder, text: str) -> None:
    # a weapon brought down by fire, intercepted or shot down: force used, disrupted use
    found = _found(make_doc, text)
    assert [(f.type, f.acled) for f in found] == [(EventType.ASSAULT, S.DISRUPTED_WEAPONS_USE)]


def test_drones_shot_down_by_anyone_are_intercepted(make_doc: DocBuilder) -> None:
    # shot down, a drone is brought down in flight whoever fired; a strike told before is no
    # fight the interception is part of
    found = _found(
        make_doc,
        "Gunmen attacked a checkpoint near the port on Friday. "
        "The navy said its forces had shot down three drones over the gulf.",
    )
    assert (EventType.ASSAULT, S.DISRUPTED_WEAPONS_USE) in [(f.type, f.acled) for f in found]


def test_intercepted_goods_are_no_act_of_force(make_doc: DocBuilder) -> None:
    found = _found(make_doc, "Customs officers intercepted two packages of heroin at the port.")
    assert all(f.type is not EventType.ASSAULT for f in found)


@pytest.mark.parametrize(
    "text",
    [
        "Air defences destroyed four drones over the province overnight.",
        "Air defense units downed two missiles near the harbour.",
    ],
)
def test_weapons_destroyed_by_air_defence_are_intercepted(make_doc: DocBuilder, text: str) -> None:
    # brought down by air defence: an interception, no drone strike of the defenders
    found = _found(make_doc, text)
    assert [(f.type, f.acled) for f in found] == [(EventType.ASSAULT, S.DISRUPTED_WEAPONS_USE)]


def test_drones_destroyed_by_a_strike_are_no_interception(make_doc: DocBuilder) -> None:
    found = _found(make_doc, "Russian troops destroyed three Ukrainian drones in a hangar.")
    assert S.DISRUPTED_WEAPONS_USE not in {f.acled for f in found}


@pytest.mark.parametrize(
    "text", ["Truce talks open in Geneva", "Ceasefire talks resumed in Cairo on Tuesday."]
)
def test_talks_on_a_ceasefire_are_talks_no_accord(make_doc: DocBuilder, text: str) -> None:
    # the accord the talks are on is no accord made, nor a party to them
    found = _found(make_doc, text)
    assert [f.type for f in found] == [EventType.CONSULT]
    assert found[0].actor is None


@pytest.mark.parametrize(
    "text",
    [
        "A negotiator told reporters that talks on a prisoner exchange had stalled.",
        "Talks on a ceasefire agreement collapsed on Monday, officials said.",
        "Negotiations over a prisoner swap broke down last week.",
    ],
)
def test_stalled_talks_agree_nothing(make_doc: DocBuilder, text: str) -> None:
    # talks that stalled or failed are no accord: what they were on is not agreed
    found = _found(make_doc, text)
    assert EventType.AGREE not in {f.type for f in found}
    assert S.AGREEMENT not in {f.acled for f in found}


def test_an_accord_made_after_stalled_talks_stays(make_doc: DocBuilder) -> None:
    found = _found(
        make_doc, "Talks had stalled, but the sides agreed a prisoner exchange on Tuesday."
    )
    assert EventType.AGREE in {f.type for f in found}


@pytest.mark.parametrize(
    "text",
    [
        "Communications in the city have been cut since Sunday.",
        "Residents said power and water were also cut in several districts.",
        "Phone lines to the town were cut on Tuesday.",
    ],
)
def test_a_service_cut_by_no_one_named_is_no_sanction(make_doc: DocBuilder, text: str) -> None:
    # a loss the place suffered, with no side named imposing it
    assert EventType.SANCTION not in {f.type for f in _found(make_doc, text)}


@pytest.mark.parametrize(
    "text",
    [
        "The European Union cut aid to the regional government last month.",
        "Moldova cut ties with the breakaway authorities on Friday.",
        "Internet access was cut by the authorities on Monday.",
        "Russia cut gas supplies to Moldova.",
    ],
)
def test_a_cut_imposed_by_a_side_stays_a_sanction(make_doc: DocBuilder, text: str) -> None:
    assert EventType.SANCTION in {f.type for f in _found(make_doc, text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Rebels of the Kivu front said on Sunday they had seized the town of Lubero after "
            "three days of heavy fighting, but the army denied it.",
            S.NON_STATE_ACTOR_OVERTAKES_TERRITORY,
        ),
        (
            "The army said on Sunday it had captured the town of Lubero after three days of "
            "heavy fighting.",
            S.GOVERNMENT_REGAINS_TERRITORY,
        ),
    ],
)
def test_ground_taken_by_its_teller_comes_before_the_fighting(
    make_doc: DocBuilder, text: str, expected: S
) -> None:
    # the taker is the teller ('they'), named outside the taking's own clause (codebook:
    # ground taken before the fighting for it)
    (taking,) = [f for f in _found(make_doc, text) if f.type is EventType.ASSAULT]
    assert taking.acled is expected


def test_the_accused_whose_of_the_parse_hung_on_him_is_the_actor(make_doc: DocBuilder) -> None:
    # 'of shelling' hangs on 'the army', not on 'accused'
    text = "The Northern Guard accused the army of shelling the market in Dorn."
    found = [f for f in _found(make_doc, text) if f.type is EventType.ASSAULT]
    assert found and found[0].actor is not None
    assert text[found[0].actor.start : found[0].actor.end] == "the army"


@pytest.mark.parametrize(
    "text",
    [
        "The governor renewed a request for aid after the floods.",
        "The agency made an appeal for assistance on Monday.",
    ],
)
def test_aid_asked_for_is_no_aid_given(make_doc: DocBuilder, text: str) -> None:
    types = {f.type for f in _found(make_doc, text)}
    assert EventType.AID not in types and EventType.REQUEST in types
