from __future__ import annotations

import pytest

from sitrep.events.acled import EVENT_TYPE, PLOVER_TYPE, bare_unrest, sub_event
from sitrep.records import AcledSubEvent as S
from sitrep.records import EventType


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Jets of the air force bombed a market in the north on Monday.", S.AIR_DRONE_STRIKE),
        ("Artillery shells hit the outskirts of the town overnight.", S.SHELLING_ARTILLERY_MISSILE),
        ("A roadside bomb exploded near a patrol, wounding two soldiers.", S.REMOTE_EXPLOSIVE),
        ("A suicide bomber blew himself up at a checkpoint.", S.SUICIDE_BOMB),
        ("Police fired tear gas to disperse hundreds of protesters.", S.PROTEST_WITH_INTERVENTION),
        ("Teachers held a peaceful protest outside the ministry.", S.PEACEFUL_PROTEST),
        ("Rebels and government troops clashed near the border crossing.", S.ARMED_CLASH),
        ("Gunmen abducted three aid workers on the highway.", S.ABDUCTION),
        ("The army recaptured the village from the militants.", S.GOVERNMENT_REGAINS_TERRITORY),
        ("Officers seized a cache of rifles and ammunition.", S.DISRUPTED_WEAPONS_USE),
        ("Gunmen ambushed a police patrol near the bridge.", S.ARMED_CLASH),
        ("Two soldiers were killed when insurgents attacked their post.", S.ARMED_CLASH),
        ("Gunmen killed two shopkeepers in the market.", S.ATTACK),
        ("Students protested over fees and pelted cars with stones.", S.VIOLENT_DEMONSTRATION),
        ("Riot police broke up a march by nurses.", S.PROTEST_WITH_INTERVENTION),
        ("Fighters fired rifles and grenade launchers at the outpost.", S.ARMED_CLASH),
        ("Troops fired mortars and small arms at the rebel trenches.", S.ARMED_CLASH),
        ("Soldiers opened fire to disperse the marchers, killing two.", S.EXCESSIVE_FORCE),
        ("Taxi drivers blocked the ring road, complaining about new permits.", S.PEACEFUL_PROTEST),
        # the dead a protest is about are no force on its crowd
        (
            "Widows of miners who had died in the pit held a protest outside the ministry.",
            S.PEACEFUL_PROTEST,
        ),
        ("Dozens of farmers gathered to express their anger at grain prices.", S.PEACEFUL_PROTEST),
        ("Engineers found a bomb under the bridge and disarmed it.", S.DISRUPTED_WEAPONS_USE),
        # a weapon gone off in its makers' hands
        ("Two fighters died when the bomb they were assembling went off.", S.DISRUPTED_WEAPONS_USE),
        ("A rocket exploded prematurely at the launch site.", S.DISRUPTED_WEAPONS_USE),
        (
            "Police shot dead two protesters who had set fire to the customs office.",
            S.VIOLENT_DEMONSTRATION,
        ),
        (
            "Police violently dispersed a peaceful protest, shooting dead a student.",
            S.EXCESSIVE_FORCE,
        ),
        ("Herders from across the border raided a village near the river.", S.ATTACK),
        ("Armed men made off with 200 cattle from the grazing grounds.", S.ATTACK),
        ("A woman's body was discovered in a ditch outside the town.", S.ATTACK),
        ("Militiamen gunned down two police officers at a checkpoint.", S.ARMED_CLASH),
        ("Insurgents attacked a check point, killing a commander.", S.ARMED_CLASH),
        (
            "The government regained the province when the mission handed authority over.",
            S.NON_VIOLENT_TRANSFER,
        ),
        ("Rebels took control of the port after the garrison withdrew.", S.NON_VIOLENT_TRANSFER),
        ("Soldiers fended off militants who tried to take the outpost.", S.ARMED_CLASH),
        ("A lorry was the target of the attack; fire fighters put out the blaze.", S.ATTACK),
        ("Rebels fired anti-aircraft guns at the army's trenches.", S.SHELLING_ARTILLERY_MISSILE),
        (
            "Ten militants were killed when they set upon an army base near the coast.",
            S.ARMED_CLASH,
        ),
        ("Police officers and the bandits had a shoot out near the market.", S.ARMED_CLASH),
        ("Police pursued the suspects and killed two of them.", S.ARMED_CLASH),
        (
            "Students protested to demand the release of their union leader. He was arrested "
            "last month.",
            S.PEACEFUL_PROTEST,
        ),
        ("Nurses protested over pay. Two of them were arrested.", S.PROTEST_WITH_INTERVENTION),
        (
            "Police charged the human chain of students outside the court.",
            S.PROTEST_WITH_INTERVENTION,
        ),
        (
            "Thousands walked the streets of the capital to demand new elections.",
            S.PEACEFUL_PROTEST,
        ),
        ("Hundreds of rival activists held aggressive rallies downtown.", S.VIOLENT_DEMONSTRATION),
        (
            "Drivers blocked roads to protest new fees. Arrests were made.",
            S.PROTEST_WITH_INTERVENTION,
        ),
        ("Police scattered the marchers protesting fuel prices.", S.PROTEST_WITH_INTERVENTION),
        ("Hundreds marched with torches to protest against police violence.", S.PEACEFUL_PROTEST),
        ("Supporters of the two local candidates fought outside the hall.", S.MOB_VIOLENCE),
        ("Members of the ruling and opposition parties clashed at the market.", S.MOB_VIOLENCE),
        (
            "Students protested over fees, lighting fires at the campus gate.",
            S.VIOLENT_DEMONSTRATION,
        ),
        ("Border guards seized two RPG-7 launchers and 40 AK-47 rifles.", S.DISRUPTED_WEAPONS_USE),
        ("Warplanes destroyed the militia's arms depot outside the town.", S.AIR_DRONE_STRIKE),
        ("The rebels lost many fighters in raids by army choppers.", S.AIR_DRONE_STRIKE),
        ("Insurgents detonated a bomb remotely as the lorry passed.", S.REMOTE_EXPLOSIVE),
        ("Nurses took to the streets of the capital over unpaid wages.", S.PEACEFUL_PROTEST),
        (
            "Farmers marched to the ministry; scuffles broke out at the gate.",
            S.VIOLENT_DEMONSTRATION,
        ),
        ("Dozens of shops were torched overnight in the market town.", S.LOOTING),
        (
            "Rebels gained control of the district headquarters.",
            S.NON_STATE_ACTOR_OVERTAKES_TERRITORY,
        ),
        ("Militiamen abused women fleeing the fighting.", S.SEXUAL_VIOLENCE),
        (
            "The rebels fired mainly heavy weapons, including snipers, at the army's lines.",
            S.SHELLING_ARTILLERY_MISSILE,
        ),
        ("Police found two landmines and a box of grenades in a barn.", S.DISRUPTED_WEAPONS_USE),
        ("Forty rebels surrendered to the army at the river crossing.", S.AGREEMENT),
        ("Dock workers riot over unpaid wages at the harbour.", S.VIOLENT_DEMONSTRATION),
        ("Angry mobs beat two strangers accused of theft.", S.MOB_VIOLENCE),
        ("Rival party supporters clashed at a campaign rally in the town.", S.MOB_VIOLENCE),
        ("Marines thwarted a pre-dawn incursion on the northern front.", S.ARMED_CLASH),
        ("The garrison pushed back a militia attack south of the dam.", S.ARMED_CLASH),
        (
            "The militia said its fighters had taken the village of Oru overnight.",
            S.NON_STATE_ACTOR_OVERTAKES_TERRITORY,
        ),
        (
            "Jihadist fighters recaptured the hill town from the army.",
            S.NON_STATE_ACTOR_OVERTAKES_TERRITORY,
        ),
        (
            "Militia fighters took back two farms near the river.",
            S.NON_STATE_ACTOR_OVERTAKES_TERRITORY,
        ),
        (
            "Police in a sweep against rebel militants retook the district.",
            S.GOVERNMENT_REGAINS_TERRITORY,
        ),
        ("Border guards beat the raiders' assault back at dawn.", S.ARMED_CLASH),
        (
            "Government troops pushed the rebels back from the bridge.",
            S.GOVERNMENT_REGAINS_TERRITORY,
        ),
        ("Soldiers killed four members of Boko Haram near the lake.", S.ARMED_CLASH),
        ("Voters protested late results and destroyed the ballot boxes.", S.VIOLENT_DEMONSTRATION),
        ("A councillor was attacked by voters at the polling station.", S.MOB_VIOLENCE),
        ("Fishermen occupied the port office to denounce the new quotas.", S.PEACEFUL_PROTEST),
        (
            "Rebels have taken over two border posts in the north.",
            S.NON_STATE_ACTOR_OVERTAKES_TERRITORY,
        ),
        ("Villagers blocked the road to the quarry, demanding compensation.", S.PEACEFUL_PROTEST),
        ("Nurses marched to demand the release of a detained colleague.", S.PEACEFUL_PROTEST),
        (
            "Farmers protested over prices; police made several arrests.",
            S.PROTEST_WITH_INTERVENTION,
        ),
        ("Taxi drivers rallied in the capital. Police intervened.", S.PROTEST_WITH_INTERVENTION),
        ("Tenants marched for a second day. No violence was reported.", S.PEACEFUL_PROTEST),
        ("Mortar rounds filled with a poisonous gas landed near the clinic.", S.CHEMICAL_WEAPON),
        (
            "Marines drove the rebels back from two hamlets on the coast.",
            S.GOVERNMENT_REGAINS_TERRITORY,
        ),
        (
            "Government troops captured three hills east of the river.",
            S.GOVERNMENT_REGAINS_TERRITORY,
        ),
        (
            "Militants captured an army base north of the lake.",
            S.NON_STATE_ACTOR_OVERTAKES_TERRITORY,
        ),
        ("The navy set up its third observation point on the island.", S.HEADQUARTERS_ESTABLISHED),
        (
            "Monitors counted a series of loud explosions near the dam at night.",
            S.SHELLING_ARTILLERY_MISSILE,
        ),
        ("The bodies of two farmers were found in a ditch outside the village.", S.ATTACK),
        ("Two rival groups of traders clashed at the bus park.", S.MOB_VIOLENCE),
        (
            "A military convoy carrying fuel and spare parts crossed into the province.",
            S.CHANGE_TO_GROUP,
        ),
        ("Soldiers violently dispersed a peaceful protest by farmers.", S.EXCESSIVE_FORCE),
        ("The army deployed reinforcements to the northern garrison.", S.CHANGE_TO_GROUP),
        ("Villagers blocked the highway, demanding a new water pipe.", S.PEACEFUL_PROTEST),
        ("A group of youths beat a bus conductor in the depot.", S.MOB_VIOLENCE),
        ("A trader was beaten by an angry crowd at the cattle market.", S.MOB_VIOLENCE),
        ("Two farmers were shot dead in raids by unidentified gunmen.", S.ATTACK),
        ("Border guards repelled an incursion by armed smugglers.", S.ARMED_CLASH),
        ("Dock workers on strike fought running battles with police.", S.VIOLENT_DEMONSTRATION),
        ("A stray shell landed in a schoolyard on Tuesday.", S.SHELLING_ARTILLERY_MISSILE),
        # heavy weapons platforms fired from afar are shelling; with small arms, a battle
        ("Separatists fired grenade launchers at army positions.", S.SHELLING_ARTILLERY_MISSILE),
        ("Troops fired heavy machine guns and small arms at the trenches.", S.ARMED_CLASH),
        # force on people named as unarmed is an attack, whatever clash the story tells
        ("Ethnic clashes as a militia attacked villagers near the river.", S.ATTACK),
        ("Police shot dead two young men at the market.", S.ATTACK),
        ("Troops battled rebels following an attack on farmers.", S.ARMED_CLASH),
        ("The militia fired 14.5mm guns at farms east of the town.", S.SHELLING_ARTILLERY_MISSILE),
    ],
)
def test_rules(text: str, expected: S) -> None:
    assert sub_event(text) is expected


def test_no_rule_for_ordinary_news() -> None:
    assert sub_event("The ministry published its annual budget on Tuesday.") is None


def test_every_sub_event_has_an_event_type_and_a_plover_type() -> None:
    assert set(EVENT_TYPE) == set(S)
    assert set(PLOVER_TYPE) == set(S)
    assert PLOVER_TYPE[S.AIR_DRONE_STRIKE] is EventType.ASSAULT


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police shot dead four suspected cattle raiders near the dam.", S.ARMED_CLASH),
        ("Police shot dead two unarmed farmers near the dam.", S.ATTACK),
        ("A police reservist was on Monday shot dead near the market.", S.ARMED_CLASH),
        ("Militia and army units fired mortars in both directions.", S.ARMED_CLASH),
        ("Heavy artillery shelled the outskirts of the port.", S.SHELLING_ARTILLERY_MISSILE),
        (
            "Traders marched to the town hall. Two of them were arrested.",
            S.PROTEST_WITH_INTERVENTION,
        ),
        (
            "Villagers burned old tyres on the main road to demand clean water.",
            S.VIOLENT_DEMONSTRATION,
        ),
        ("Armed men and a crowd of youths clashed in a gunfight near the quarry.", S.ARMED_CLASH),
        # armed people as the target: a policewoman, a fighter told with a possessive,
        # suspected militants
        ("Unknown gunmen shot and killed a policewoman at the market.", S.ARMED_CLASH),
        ("Insurgents shot dead the army's fighter near the wells.", S.ARMED_CLASH),
        ("Troops killed seven suspected jihadist fighters at a ford.", S.ARMED_CLASH),
        ("Coast guards shot dead three pirates off the island.", S.ARMED_CLASH),
        ("Gunmen killed a man suspected of theft near the market.", S.ATTACK),
        # vigilante justice: a crowd's punishment of suspects, not the state's
        ("Two suspected goat thieves were set ablaze at a village near the lake.", S.MOB_VIOLENCE),
        # a crowd storming a building, and people hurt by what a crowd throws
        ("Demonstrators stormed the town hall after the vote.", S.VIOLENT_DEMONSTRATION),
        ("Three guards were hurt by bricks near the gate.", S.MOB_VIOLENCE),
        # a charge laid in wait for its victims
        ("A bus carrying miners drove over a buried bomb on the hill road.", S.REMOTE_EXPLOSIVE),
    ],
)
def test_who_fought_and_how_the_crowd_went_on(text: str, expected: S) -> None:
    assert sub_event(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pupils went on the rampage and smashed the dormitory doors.", S.VIOLENT_DEMONSTRATION),
        ("Rowdy youths disrupted the campaign meeting at the stadium.", S.VIOLENT_DEMONSTRATION),
        (
            "Market porters and police fought running battles all afternoon.",
            S.VIOLENT_DEMONSTRATION,
        ),
        ("Rebels went on the rampage, shooting villagers.", S.ATTACK),
        # a crowd's own violence, whoever the crowd ('squatters', 'boda boda riders') and
        # whatever it did ('destroyed', 'stormed', 'set on fire'), told actively or not
        ("Squatters destroyed the fence around the ranch overnight.", S.MOB_VIOLENCE),
        ("Boda boda riders stormed the station after the crash.", S.MOB_VIOLENCE),
        ("A suspected thief was stoned to death by angry locals.", S.MOB_VIOLENCE),
        ("A shopkeeper was attacked by armed youths at the market.", S.ATTACK),
        ("Al Shabaab gunmen attacked quarry workers near the border.", S.ATTACK),
        # stones and sticks with no firearm: a crowd's violence, whoever it hit
        ("Worshippers pelted the patrol with stones after prayers.", S.MOB_VIOLENCE),
        ("They attacked two officers with sticks and stones.", S.MOB_VIOLENCE),
        ("Militants with rifles and stones attacked the checkpoint.", S.ARMED_CLASH),
        # people fighting the police: a riot unless an armed group or crime is told
        ("Dozens of men clashed with police after the school was closed.", S.VIOLENT_DEMONSTRATION),
        ("Police clashed with armed robbers near the bank.", S.ARMED_CLASH),
        # violence told as absent, riots told as what came before: no violent crowd
        ("Nurses marched to the ministry; there were no reports of violence.", S.PEACEFUL_PROTEST),
        (
            "Traders protested at the port after the recent riots in the capital.",
            S.PEACEFUL_PROTEST,
        ),
        # barricades and burning tyres: a violent demonstration, cause told or not
        ("Party supporters barricaded the roads into the town.", S.VIOLENT_DEMONSTRATION),
        ("Rebels barricaded the roads into the town.", None),
        # shots fired as a warning or into the air hit no one
        ("Border guards fired warning shots in the air near the village.", None),
    ],
)
def test_a_crowds_unrest_is_a_riot(text: str, expected: S | None) -> None:
    assert sub_event(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Violence broke out in the town during the count of the ballots.",
            S.VIOLENT_DEMONSTRATION,
        ),
        ("Chaos at the tallying centre, details unknown.", S.VIOLENT_DEMONSTRATION),
        ("Violence between rival militias left the road closed.", None),
        ("Two men were shot dead in the violence.", None),
        ("Residents fear more violence after the verdict.", None),
        ("The report was linked to continuing political violence in the region.", None),
        ("The march was held against police violence.", None),
    ],
)
def test_bare_violence_is_a_riot(text: str, expected: S | None) -> None:
    assert bare_unrest(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # violence a crowd condemns, that came before, or told as absent: named, not done
        (
            "Hundreds rallied in the square condemning the army's violence against farmers.",
            S.PEACEFUL_PROTEST,
        ),
        ("Villagers marched over the rising insecurity and violence.", S.PEACEFUL_PROTEST),
        (
            "Teachers protested outside the ministry. No violence or clashes were seen.",
            S.PEACEFUL_PROTEST,
        ),
        # ... but violence the crowd did stays
        ("The march turned violent when the crowd reached the palace.", S.VIOLENT_DEMONSTRATION),
        ("Students protesting fees clashed with the police.", S.VIOLENT_DEMONSTRATION),
    ],
)
def test_violence_named_not_done(text: str, expected: S) -> None:
    assert sub_event(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # force by state agents on a person is an attack, not a mob's violence
        ("A tailor was beaten to death by police officers at the market.", S.ATTACK),
        ("Rangers beat several vendors with batons for trading after curfew.", S.ATTACK),
        # a crowd's own violence stays a mob's
        ("A fisherman was beaten to death by villagers who accused him of theft.", S.MOB_VIOLENCE),
        ("Angry residents beat two officers who had come to arrest a neighbour.", S.MOB_VIOLENCE),
    ],
)
def test_state_agents_do_no_mob_violence(text: str, expected: S) -> None:
    assert sub_event(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the crowd hit, not hitting: whoever did it, no mob's violence
        ("Several youths were beaten and robbed by unknown men on their way home.", S.ATTACK),
        ("Two supporters of the mayor were attacked and stabbed by unknown men.", S.ATTACK),
        # a deed named after the crowd, not done by it
        ("Traders shut their stalls after a grenade attack on a bus stop.", S.GRENADE),
        ("Residents accuse the police of torching their kiosks.", S.LOOTING),
        # the crowd's own deeds stay a mob's, a fray's hurt included
        ("Residents of the estate hurled stones at a passing lorry.", S.MOB_VIOLENCE),
        ("Several labourers were injured when workers fought over wages.", S.MOB_VIOLENCE),
    ],
)
def test_the_crowd_must_do_the_violence(text: str, expected: S) -> None:
    assert sub_event(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a gathering dispersed by force is a crowd met with intervention, protest named or not
        (
            "Police dispersed party supporters outside the tallying hall.",
            S.PROTEST_WITH_INTERVENTION,
        ),
        ("Officers used tear gas to break up a meeting of traders.", S.PROTEST_WITH_INTERVENTION),
        # not armed people scattered in a fight
        ("Troops dispersed the militia fighters after a gun battle.", S.ARMED_CLASH),
    ],
)
def test_a_gathering_dispersed_by_force(text: str, expected: S) -> None:
    assert sub_event(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # armed people told as hit in a headline, with no auxiliary: a battle
        ("Three rangers killed in an ambush near the park gate.", S.ARMED_CLASH),
        ("A suspected Kitongo member shot dead at the bus park.", S.ARMED_CLASH),
        # armed people who killed are not who was hit
        ("Soldiers killed two farmers near the river.", S.ATTACK),
        ("Two farmers killed near the river.", S.ATTACK),
    ],
)
def test_armed_people_hit_told_as_a_headline(text: str, expected: S) -> None:
    assert sub_event(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # communities and clans fighting each other are identity militias: a battle
        ("Two men died when Borana and Gabra groups clashed over a well.", S.ARMED_CLASH),
        ("Clashes between the Ilchamus and Tugen left a herder dead.", S.ARMED_CLASH),
        ("Members of a clan and local youths fought over grazing land.", S.ARMED_CLASH),
        # a crowd of the unorganised stays a mob
        ("Traders and hawkers clashed over market stalls.", S.MOB_VIOLENCE),
    ],
)
def test_communities_and_clans_fight_battles(text: str, expected: S) -> None:
    assert sub_event(text) is expected


@pytest.mark.parametrize(
    "text",
    [
        "Supporters of the governor and of the senator clashed at the stadium.",
        "Youth wing members fought one another outside the party office.",
        "Political parties clashed at the polling station in the market town.",
    ],
)
def test_two_named_camps_fighting_each_other_are_a_mob(text: str) -> None:
    assert sub_event(text) is S.MOB_VIOLENCE


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen killed four members of the fishing community at the landing site.",
        "Communal fighting left villagers dead along the river.",
    ],
)
def test_people_of_a_community_are_civilians(text: str) -> None:
    assert sub_event(text) is S.ATTACK


@pytest.mark.parametrize(
    "text",
    [
        # shutting oneself in is no barricade on a road
        "Nurses barricaded themselves in the ward to protest unpaid wages.",
        # stones quarried, not thrown
        "Villagers protested against the quarrying of stones near their wells.",
        # violence as the cause the crowd answers
        "Women marched in response to the clashes between the two villages.",
        "Residents protested over the rising theft and violence in the estate.",
    ],
)
def test_a_crowd_named_beside_violence_it_did_not_do(text: str) -> None:
    assert sub_event(text) is S.PEACEFUL_PROTEST


def test_burning_a_protests_symbols_is_no_violence() -> None:
    text = "Farmers protested outside the council and burned effigies of the mayor."
    assert sub_event(text) is S.PEACEFUL_PROTEST
    assert sub_event("Farmers protested outside the council and burned two cars.") is (
        S.VIOLENT_DEMONSTRATION
    )


@pytest.mark.parametrize(
    "text",
    [
        "Fighters of the Valley Liberation Army attacked an army post near the river on Monday.",
        "The Northern Liberation Front ambushed a patrol outside the town.",
    ],
)
def test_a_groups_name_of_liberation_regains_no_ground(text: str) -> None:
    assert sub_event(text) is not S.GOVERNMENT_REGAINS_TERRITORY


@pytest.mark.parametrize(
    "text",
    [
        "Troops liberated three villages from the insurgents on Sunday.",
        "The army announced the liberation of the district capital.",
    ],
)
def test_liberating_ground_is_still_regaining_it(text: str) -> None:
    assert sub_event(text) is S.GOVERNMENT_REGAINS_TERRITORY


@pytest.mark.parametrize(
    "text",
    [
        "The junta, which seized power in a coup last year, has vowed to retake every town "
        "lost to the rebels.",
        "The colonels who took power in 2023 said they would win back the north.",
    ],
)
def test_power_seized_in_a_coup_is_no_ground_taken(text: str) -> None:
    assert sub_event(text) is S.OTHER
    assert sub_event("Troops retook the town from the rebels.") is (S.GOVERNMENT_REGAINS_TERRITORY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a group named an army is no state's army; a state telling of a group's taking
        # is not the one that took
        (
            "The ministry said the Red Hill Army, an armed tribal group, had overrun a police "
            "base near Farport.",
            S.NON_STATE_ACTOR_OVERTAKES_TERRITORY,
        ),
        ("The Army captured the town on Monday.", S.GOVERNMENT_REGAINS_TERRITORY),
        (
            "The Farland National Army seized control of a river town.",
            S.GOVERNMENT_REGAINS_TERRITORY,
        ),
        ("The Sudanese Army captured the town on Monday.", S.GOVERNMENT_REGAINS_TERRITORY),
        (
            "The army and allied fighters captured a district of the city on Friday.",
            S.GOVERNMENT_REGAINS_TERRITORY,
        ),
        ("The army said its soldiers had seized two villages.", S.GOVERNMENT_REGAINS_TERRITORY),
    ],
)
def test_a_group_named_an_army_takes_no_ground_for_a_state(text: str, expected: S | None) -> None:
    assert sub_event(text) is expected


def test_a_named_army_taking_ground_is_no_government_regaining() -> None:
    text = "The Coastal Liberation Army seized a military base near the border."
    assert sub_event(text) is not S.GOVERNMENT_REGAINS_TERRITORY


@pytest.mark.parametrize(
    "text",
    [
        "Police freed three hostages in a raid on a hideout in the hills.",
        "Soldiers stormed the compound, rescuing the hostages.",
        "The hostages were later rescued by troops, the army said.",
    ],
)
def test_hostages_freed_are_no_abduction(text: str) -> None:
    assert sub_event(text) is not S.ABDUCTION


def test_hostages_taken_are_an_abduction() -> None:
    assert sub_event("Gunmen took four hostages at the market.") is S.ABDUCTION


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Drone footage showed the convoy being shelled.", S.SHELLING_ARTILLERY_MISSILE),
        ("A drone struck the convoy.", S.AIR_DRONE_STRIKE),
    ],
)
def test_a_drone_that_films_is_no_weapon(text: str, expected: S) -> None:
    assert sub_event(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 'on strikes' is what one comments on, not workers on strike
        ("The ministry does not comment on strikes near the border.", None),
        ("Miners have been on strike since May.", S.PEACEFUL_PROTEST),
        # the doers named by their act are no crowd attacking
        ("Villagers said the attackers came across the river at night.", S.ATTACK),
        ("Villagers attacked two men accused of theft.", S.MOB_VIOLENCE),
    ],
)
def test_words_that_only_look_like_a_strike_or_a_mob(text: str, expected: S | None) -> None:
    assert sub_event(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Five workers were injured at a mine in the east of the country.",
        "Rescuers reached the miners trapped in the mine overnight.",
    ],
)
def test_a_mine_as_a_workplace_is_no_explosive(text: str) -> None:
    assert sub_event(text) is not S.REMOTE_EXPLOSIVE


@pytest.mark.parametrize(
    "text",
    [
        "Two soldiers were killed when their truck hit a mine.",
        "A farmer was wounded when he stepped on a mine in his field.",
        "Three people were killed in a mine blast near the road.",
    ],
)
def test_a_mine_that_explodes_is_an_explosive(text: str) -> None:
    assert sub_event(text) is S.REMOTE_EXPLOSIVE


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Troops detain gunmen in border town", S.ARRESTS),
        ("Police arrested two gunmen at a roadblock on Friday.", S.ARRESTS),
        ("Four gunmen were detained after a search of the market.", S.ARRESTS),
        ("Gunmen killed a trader; police later detained two gunmen.", S.ATTACK),
    ],
)
def test_gunmen_held_are_arrests_not_an_attack(text: str, expected: S) -> None:
    assert sub_event(text) is expected
