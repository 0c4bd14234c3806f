"""Casualty mentions in sentences we wrote: who counts, how many, and who does not."""

from __future__ import annotations

import pytest

from sitrep.casualties.extract import Mention, mentions
from sitrep.casualties.totals import article_totals
from sitrep.pipeline.base import Document
from tests.conftest import DocBuilder

pytestmark = pytest.mark.slow


def _found(make_doc: DocBuilder, text: str) -> list[list[Mention]]:
    doc: Document = make_doc(text)
    return [mentions(s) for s in doc.parse.doc.sents]


def _figures(make_doc: DocBuilder, text: str) -> list[tuple[str, int]]:
    return [(m.kind, m.count.value) for found in _found(make_doc, text) for m in found]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("No one was hurt in the blast.", []),
        ("Both were taken to the hospital with minor injuries.", [("injured", 2)]),
        ("A man with a gunshot wound was found near the park.", [("injured", 1)]),
        ("One man was killed and a second was injured.", [("killed", 1), ("injured", 1)]),
        ("Police arrested a suspect in the death of 40-year-old Tom Reed.", [("killed", 1)]),
        ("He walked over, shot him twice and killed him.", [("killed", 1)]),
        ("One of two passengers was killed on the bus.", [("killed", 1)]),
        ("It ended with 14 people dead and 17 more wounded.", [("killed", 14), ("injured", 17)]),
        ("3 killed, 5 wounded in shooting at Lakeside park", [("killed", 3), ("injured", 5)]),
        ("Man shot and killed on the north side | Valley News", [("killed", 1)]),
        ("The death toll from the shelling rose to 20 civilians.", [("killed", 20)]),
        ("The toll stood at 12 soldiers and three civilians.", [("killed", 12), ("killed", 3)]),
        ("We buried 52 people this morning.", [("killed", 52)]),
        ("The shelling forced 5,000 people to flee their homes.", [("displaced", 5000)]),
        ("The war has killed tens of thousands of people.", [("killed", 10_000)]),
        ("The clashes displaced 12,000 people.", [("displaced", 12000)]),
        ("Some 3,000 villagers fled to the town.", [("displaced", 3000)]),
        ("The rebels threatened to force 5,000 people to flee.", []),
        ("He fled the scene.", []),
        ("Gunmen kidnapped 40 students from a school.", [("abducted", 40)]),
        ("At least 25 women were abducted.", [("abducted", 25)]),
        ("Twelve people were buried under the rubble.", []),
    ],
)
def test_figures(make_doc: DocBuilder, text: str, expected: list[tuple[str, int]]) -> None:
    assert _figures(make_doc, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "He was shot in the right side of his body.",  # where he was hit, not a dead body
        "It was the most killings since 2009, when 28 were killed.",  # another year's figure
        "It was the first homicide of 2016 in the city.",  # a year is nobody
        "The army did not say whether the commander was among the dead.",  # an open question
        "Officials would not confirm if anyone had been killed in the raid.",
        "If the shelling killed civilians, it would be a war crime, the envoy said.",
    ],
)
def test_no_death(make_doc: DocBuilder, text: str) -> None:
    assert "killed" not in {kind for kind, _ in _figures(make_doc, text)}


def test_weak_and_strong_injuries(make_doc: DocBuilder) -> None:
    (found,) = _found(make_doc, "A man with a gunshot wound was found near the park.")
    assert found[0].weak  # carrying a wound says nothing of the outcome yet
    (found,) = _found(make_doc, "3 killed, 5 wounded in shooting at Lakeside park")
    assert not any(m.weak for m in found)


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        # people first told hurt who die later move to the dead
        ("Two men were wounded in the shooting. The older victim died at the hospital.", 1, 1),
        ("A woman was found with a gunshot wound. She died later at the hospital.", 1, 0),
        # a death the article already counted moves nobody
        (
            "A man was shot and killed and two women were wounded. The man died at the scene.",
            1,
            2,
        ),
        # someone besides the dead: the other man is not one of them
        ("One man was killed. The other man was found with a gunshot wound.", 1, 1),
    ],
)
def test_article_totals(make_doc: DocBuilder, text: str, killed: int, injured: int) -> None:
    totals = article_totals(_found(make_doc, text))
    assert (totals.killed, totals.injured) == (killed, injured)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a relative pronoun stands for its antecedent
        ("Tom Reed, who was shot and killed in his home, was 51.", [("killed", 1)]),
        ("The family of a man who police fatally shot wants answers.", [("killed", 1)]),
        # a surname the tagger misses is still a person when the harm falls on it
        ("Waldron was shot by a deputy and died.", [("killed", 1)]),
        ("Cantu was found dead in a parked car.", [("killed", 1)]),
        # numbers in a station's or paper's name are nobody
        (
            "3 killed, 5 wounded at a Lakeside park - Channel 8 News, Weather",
            [("killed", 3), ("injured", 5)],
        ),
        ("Man found with a gunshot wound | Valley News 12 Connecticut", [("injured", 1)]),
        # a title right before a name, a name in brackets after a pronoun: one person
        ("He is accused of killing officer Sam Bolt on Saturday.", [("killed", 1)]),
        ('"He [Moser] was pronounced dead on the scene," the sheriff said.', [("killed", 1)]),
        # a pronoun after the person it stands for, in the same sentence
        (
            "A friend took the woman to a hospital, where she was listed in serious condition.",
            [("injured", 1)],
        ),
        # people named by role or relation
        ("A store owner was fatally shot during a robbery.", [("killed", 1)]),
        # 'gunned down' kills; 'pronounced dead' after 'had been shot' kills the same person
        ("The singer was gunned down in her doorway.", [("killed", 1)]),
        (
            "Arnold had been shot several times and was pronounced dead at the scene.",
            [("killed", 1)],
        ),
        # a companion in death
        (
            "Carl Mendez was killed along with Ray Ortiz in a double homicide.",
            [("killed", 1), ("killed", 1)],
        ),
        (
            "One man was killed, another was injured and people fled.",
            [("killed", 1), ("injured", 1)],
        ),
        # a wound carried by someone a clause describes
        ("They found a man suffering from a gunshot wound.", [("injured", 1)]),
        # the counted dead the parser took for the subject of a later 'said'
        (
            "An air strike hit a clinic in the north on Thursday, killing at least 9 people "
            "including two nurses, a local rescue group and residents said on Friday.",
            [("killed", 9), ("killed", 2)],
        ),
        # a headline's noun 'shot'
        (
            "Three shot, one dead after memorial at a community center",
            [("injured", 3), ("killed", 1)],
        ),
    ],
)
def test_more_figures(make_doc: DocBuilder, text: str, expected: list[tuple[str, int]]) -> None:
    assert sorted(_figures(make_doc, text)) == sorted(expected)


@pytest.mark.parametrize(
    "text",
    [
        "The bullet came within inches of possibly killing the trooper.",  # it did not
        "The deputy was shot at twice but was not hit.",  # fired on, not hit
        "Dog shot by burglars dies | Valley News",  # an animal
        "The city's first homicide of 2016 happened on Elm Street.",  # a place is nobody
        "The 35-year-old has a muscular build and a buzz cut.",  # a haircut is no harm
        "He was taken to the hospital for a medical clearance and then to jail.",  # a checkup
        "The child, unharmed by the gunfire, was taken to a hospital.",  # no harm
        "The navy said its air defences had shot down 11 of them.",  # drones, not people
        "Air defences shot down 14 drones over the port.",  # aircraft
    ],
)
def test_nobody_hurt(make_doc: DocBuilder, text: str) -> None:
    assert _figures(make_doc, text) == []


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("Nine officers have been fatally shot this year alone.", "this year"),
        (
            "It is the complex where a gunman killed three men in the summer of 2012.",
            "the summer of 2012",
        ),
        ("In 1989, when the actress was gunned down, the guild began a campaign.", "1989"),
        ("Two people were killed in the city last year.", "last year"),
        ("In 1996, the reporter covered the murder of an actor.", "1996"),
    ],
)
def test_period_tallies(make_doc: DocBuilder, text: str, period: str) -> None:
    found = [m for ms in _found(make_doc, text) for m in ms]
    assert found and all(m.period is not None for m in found)
    assert found[0].period is not None and found[0].period.text(text) == period


@pytest.mark.parametrize(
    "text",
    [
        "A man was shot and killed Sunday, Jan. 17, 2016, on Elm Street.",  # the incident's day
        "In May, her 18-year-old son was shot and killed.",  # a month: this incident's time
        "A 19-year-old man was killed on Tuesday.",  # an age is no period
    ],
)
def test_incident_dates_are_no_period(make_doc: DocBuilder, text: str) -> None:
    found = [m for ms in _found(make_doc, text) for m in ms]
    assert found and all(m.period is None for m in found)


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        # a period's tally is reported but is not this article's incident
        (
            "A man was shot and killed on Elm Street. Nine officers have been fatally shot in "
            "the state this year.",
            1,
            0,
        ),
        # someone new in a later sentence adds to the latest sentence's people
        ("Police said a man was shot in the leg. Another man was shot in the arm.", 0, 2),
        ("One man was shot and wounded. A second victim was found with a gunshot wound.", 0, 2),
        ("The officer fatally shot Ray Ortiz. The officer also killed a neighbor.", 2, 0),
        # 'also' adds a group too; 'two other people' are set against the dead, not added
        ("The army said it killed 25 militants. Two soldiers also died.", 27, 0),
        (
            "Two people were injured. One man is dead and two others injured. Two other "
            "people were injured.",
            1,
            2,
        ),
        # 'a third' after the dead is the first hurt
        (
            "Two teens were shot. Both teens were taken to a hospital, where they died. A third "
            "teenager received minor injuries.",
            2,
            1,
        ),
        # 'another' against the killer is no new victim
        ("Man shot and killed in a dispute. Police say he shot and killed another man.", 1, 0),
        # a headline's figure already holds the people told one by one
        ("2 injured in bar shooting. One man was shot. Another man was shot.", 0, 2),
        # the shooter who killed himself is one more dead beside his victims
        (
            "A man opened fire at his home, killing his wife and two children. Police found "
            "the gunman dead. He had killed himself.",
            4,
            0,
        ),
        (
            "One person was shot at the hospital. The suspect was found dead from a "
            "self-inflicted gunshot wound. The doctor died of his injuries.",
            2,
            0,
        ),
        # hurt by no shooting
        ("A man was shot and killed. The driver injured himself in the crash.", 1, 0),
    ],
)
def test_article_scope(make_doc: DocBuilder, text: str, killed: int, injured: int) -> None:
    totals = article_totals(_found(make_doc, text))
    assert (totals.killed, totals.injured) == (killed, injured)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # carried to a hospital: hurt, outcome untold
        ("One man was rushed to the hospital after the shooting.", [("injured", 1)]),
        ("The shooting sends 2 people to the hospital", [("injured", 2)]),
        # wounds carried to the hospital belong to the person carried
        ("One man was taken to the hospital with serious injuries.", [("injured", 1)]),
        # an age standing for a person
        ("Officers found a 15-year-old with a gunshot wound to the leg.", [("injured", 1)]),
        # a small clause: the man is the one shot, not the officers
        ("Officers found a man shot in the leg.", [("injured", 1)]),
        # hurt words beyond wounds; 'had wounds'
        ("A man suffered a cut to his head in the fight.", [("injured", 1)]),
        ("Two of the victims had gunshot wounds.", [("injured", 2)]),
        ("One person was grazed by a bullet.", [("injured", 1)]),
        # a condition told of a conjoined verb's subject
        ("The driver was hit once and is in critical condition.", [("injured", 1)]),
        # a state word that the parser takes for a verb
        ("A shooting left one man critically injured.", [("injured", 1)]),
        # 'they' takes the count of the people before them
        ("Both teens were taken to a hospital, where they died.", [("killed", 2)]),
        # a conjoined clause with its own subject tells of someone else
        ("A 19-year-old was shot, and a 16-year-old was killed.", [("injured", 1), ("killed", 1)]),
    ],
)
def test_hurt_people(make_doc: DocBuilder, text: str, expected: list[tuple[str, int]]) -> None:
    assert sorted(_figures(make_doc, text)) == sorted(expected)


@pytest.mark.parametrize(
    "text",
    [
        "Any time they pointed that gun at him, they could have struck the child.",
        "The stray bullet would have killed the boy.",
    ],
)
def test_possible_harm(make_doc: DocBuilder, text: str) -> None:
    assert _figures(make_doc, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two people who share a surname are two
        (
            "Deputies found Tammy Reyes and Maria Reyes dead in the apartment.",
            [("killed", 1), ("killed", 1)],
        ),
        # a title repeated in one run of page text is one person
        (
            "Elm Park mother dies after shooting | Local News Elm Park mother dies after shooting",
            [("killed", 1)],
        ),
        # a headline's object that is no person is a misparse of a place
        ("Man shot in back outside east side apartment | Valley 59", [("injured", 1)]),
        # a relative clause the parser hangs on a place belongs to the person before it
        (
            "Tom Reyes, 18, of the Bronx, who is still hospitalized with injuries, was charged.",
            [("injured", 1)],
        ),
        ("The clerk was beaten during the robbery.", [("injured", 1)]),
    ],
)
def test_people_told_apart(
    make_doc: DocBuilder, text: str, expected: list[tuple[str, int]]
) -> None:
    assert sorted(_figures(make_doc, text)) == sorted(expected)


def test_ranked_homicide_is_nobody(make_doc: DocBuilder) -> None:
    # 'the city's first homicide' ranks a tally; the man is the one victim
    text = "19-year-old man shot and killed in Riverton's first homicide of 2016"
    assert _figures(make_doc, text) == [("killed", 1)]


def test_others_of_a_past_incident(make_doc: DocBuilder) -> None:
    text = (
        "A student was shot and killed on Sunday at an apartment complex. It is the complex "
        "where a gunman killed three men at a party in the summer of 2012. Three other people "
        "were wounded."
    )
    totals = article_totals(_found(make_doc, text))
    assert (totals.killed, totals.injured) == (1, 0)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("16 killed, 25 wounded in the north.", [("killed", 16), ("injured", 25)]),
        # the others have a state of their own
        ("2 rebels killed, 6 others wounded in the south", [("killed", 2), ("injured", 6)]),
        # a headline's list of counted groups
        ("Twelve soldiers, 26 insurgents killed in clashes", [("killed", 12), ("killed", 26)]),
        # 'among a dozen': the dozen are the dead
        ("Woman among a dozen killed in separate attacks", [("killed", 12)]),
    ],
)
def test_headline_lists(make_doc: DocBuilder, text: str, expected: list[tuple[str, int]]) -> None:
    assert sorted(_figures(make_doc, text)) == sorted(expected)


def test_parts_of_a_figure_do_not_add(make_doc: DocBuilder) -> None:
    text = "At least 120 were killed on Monday, including 40 civilians, 30 of whom were killed by air strikes."
    totals = article_totals(_found(make_doc, text))
    assert totals.killed == 120


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a headline's noun 'shot' with the victim before it
        ("Woman shot, killed in West Riverton; suspect in custody", [("killed", 1)]),
        # a passive the tagger took for active: 'by' names the killer
        ("A 21-year-old man shot and killed by state police carried a rifle.", [("killed", 1)]),
        # found in a small clause with a past tense
        ("They found Tom Moody shot to death inside the home.", [("killed", 1)]),
        ("Elmwood Juvenile dead from gunshot wound", [("killed", 1)]),
        # a deadly attack's victim
        ("Police named the victim of a deadly shooting on Sunday.", [("killed", 1)]),
        ("The fatal shooting of a man in Elmwood was ruled justified.", [("killed", 1)]),
    ],
)
def test_deaths_in_other_words(
    make_doc: DocBuilder, text: str, expected: list[tuple[str, int]]
) -> None:
    assert sorted(_figures(make_doc, text)) == sorted(expected)


def test_other_incidents_are_not_this_one(make_doc: DocBuilder) -> None:
    text = (
        "A man was shot and killed on Elm Street. In a separate incident, two women were "
        "wounded. Elsewhere, three soldiers were killed in a raid."
    )
    found = [m for ms in _found(make_doc, text) for m in ms]
    assert [m.elsewhere is not None for m in found] == [False, True, True]
    totals = article_totals(_found(make_doc, text))
    assert (totals.killed, totals.injured) == (1, 0)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a headline's present tense, people named by nationality or faction
        ("Border troops kill three Moldovans near river crossing", [("killed", 3)]),
        ("Army says kill 18 rebels in northern hills", [("killed", 18)]),
        ("Mortar round kills Ukrainian in eastern village", [("killed", 1)]),
        # a capitalised number word the parser takes for part of a name
        ("Seven Taleban killed in mountain ambush", [("killed", 7)]),
        # a lone person listed before a counted group, and groups listed side by side
        ("Army captain, 4 militants killed in border raid", [("killed", 1), ("killed", 4)]),
        ("Twenty rebels, three soldiers die in mountain fighting", [("killed", 20), ("killed", 3)]),
        # conflict victims by role
        ("Gunmen kill two activists and a cleric in the north", [("killed", 2), ("killed", 1)]),
        ("Six martyrs in the shelling of the eastern district", [("killed", 6)]),
        # a counted plural name, a headline's 'reported killed', officials by office
        ("Police say 14 Red Hawks killed in forest clash", [("killed", 14)]),
        ("scores reported killed near the dam", [("killed", 20)]),
        ("Gunmen kill provincial minister in the south", [("killed", 1)]),
        # a wire headline that ends with a full stop
        ("Student killed as town protests for second week.", [("killed", 1)]),
        # lives lost, people among those killed, 'the number of dead'
        ("At least 11 villagers lost their lives in the raid.", [("killed", 11)]),
        ("Three guards were among those killed.", [("killed", 3)]),
        ("The number of dead rose to 32 on Friday.", [("killed", 32)]),
        ("The number of people injured stood at 140.", [("injured", 140)]),
        # an upper-case wire headline whose 'DIE' the parser reads as a noun
        ("14 DIE IN BORDER GUNBATTLE.", [("killed", 14)]),
        # a title-case headline's 'Dead' and counted 'Five' tagged as names
        ("Nine Dead Since Friday In Valley Fighting", [("killed", 9)]),
        ("Three Dead, Seven Injured In Bus Station Blast", [("killed", 3), ("injured", 7)]),
        ("Soldier Shot Dead At Checkpoint", [("killed", 1)]),
        # people listed as among a figure are part of it
        ("Four rebels, a policeman among 12 killed in the valley", [("killed", 12)]),
    ],
)
def test_conflict_headlines(
    make_doc: DocBuilder, text: str, expected: list[tuple[str, int]]
) -> None:
    assert sorted(_figures(make_doc, text)) == sorted(expected)


@pytest.mark.parametrize(
    "text",
    [
        "Shoot him now!",  # an order, not a report
        "Rebels vow to kill soldiers who enter the valley",  # a threat
        "Women and children of one family killed in the air strike",  # how many untold
        "Taliban killed in the valley, officials say",  # a collective noun is not one person
        # one figure of killed and wounded together is neither kind's own
        "Radio says dozens of villagers killed, wounded in border clashes",
        "Nine guards were killed and wounded in the ambush.",
        "About 30 deaths and injuries in the raids on the market",
        # a natural hazard's dead are no casualties of the conflict
        "Heavy flooding in the eastern province has killed 17 people.",
        "A strong earthquake struck the valley on Friday, killing more than 200 people.",
        "The army paused its offensive after an earthquake struck the north, killing 90 people.",
        "At least 40 people died in the floods.",
        "Twelve villagers were killed by a landslide after days of rain.",
        "Aid could not reach areas hit by last week's earthquake, which has killed 3,000 people.",
    ],
)
def test_no_figure(make_doc: DocBuilder, text: str) -> None:
    assert _figures(make_doc, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a hazard that is not the cause leaves the figure
        ("Shelling killed five people during heavy rain.", [("killed", 5)]),
        ("Three soldiers were killed in the attack after the storm.", [("killed", 3)]),
        ("Troops fleeing the floods opened fire, killing 12 people.", [("killed", 12)]),
        ("Aid reached the town, which the rebels shelled, killing 5 people.", [("killed", 5)]),
    ],
)
def test_a_hazard_beside_the_act(
    make_doc: DocBuilder, text: str, expected: list[tuple[str, int]]
) -> None:
    assert _figures(make_doc, text) == expected


def test_family_of_the_victim(make_doc: DocBuilder) -> None:
    text = "Family of man whom soldiers shot dead at checkpoint demands inquiry"
    assert _figures(make_doc, text) == [("killed", 1)]


def test_quoted_qualifier(make_doc: DocBuilder) -> None:
    (found,) = _found(make_doc, 'Officials say "at least" nine villagers were killed.')
    assert found[0].count.value == 9 and found[0].count.qualifier.value == "at_least"


def test_body_with_a_wound_is_not_the_finders(make_doc: DocBuilder) -> None:
    text = "Farmer finds body with gunshot wound near the canal | Valley News"
    assert ("injured", 1) not in _figures(make_doc, text)


@pytest.mark.parametrize(
    ("text", "value", "high", "qualifier"),
    [
        ("Between 20 and 30 villagers were killed in the raid.", 20, 30, "about"),
        ("Officials said 6 to 8 guards had been wounded.", 6, 8, "about"),
        ("Up to 40-50 civilians were killed.", 40, 50, "at_most"),
        ("More than 30 soldiers were wounded in the attack.", 30, None, "more_than"),
    ],
)
def test_ranges_and_qualifiers(
    make_doc: DocBuilder, text: str, value: int, high: int | None, qualifier: str
) -> None:
    (found,) = _found(make_doc, text)
    count = found[0].count
    assert (count.value, count.high, count.qualifier.value) == (value, high, qualifier)
    assert not found[0].increment  # 'More than 30' qualifies; 'two more' would add


def test_a_toll_that_rose_from_one_figure_to_another(make_doc: DocBuilder) -> None:
    assert _figures(make_doc, "The death toll rose from 18 to 23 on Monday.") == [("killed", 23)]


def test_losses_missing_and_parts(make_doc: DocBuilder) -> None:
    assert _figures(make_doc, "The brigade has lost 300 fighters since March.") == [("killed", 300)]
    assert _figures(make_doc, "The unit lost its position and its trucks.") == []
    # the parse makes the lost men the subject of the participle after them
    text = '"They have lost more than a hundred soldiers trying to take the bridge," he said.'
    assert _figures(make_doc, text) == [("killed", 100)]
    text = "The brigade lost 40 fighters trying to hold the ridge, its commander said."
    assert _figures(make_doc, text) == [("killed", 40)]
    assert _figures(make_doc, "The unit lost its way trying to reach the ridge.") == []
    assert _figures(make_doc, "Four fishermen are missing after the storm.") == [("missing", 4)]
    # the one who tells of the missing is not one of them
    text = "The ferry's owner said six passengers were missing after the boat capsized."
    assert _figures(make_doc, text) == [("missing", 6)]
    (found,) = _found(make_doc, "The strike killed 25 people, including nine children.")
    assert [(m.count.value, m.part) for m in found] == [(25, False), (9, True)]


def test_a_ranking_span_and_a_written_day_are_no_period(make_doc: DocBuilder) -> None:
    text = "Forty people were killed on the deadliest day in three years."
    assert article_totals(_found(make_doc, text)).killed == 40
    text = "Rebels kill 12 in raid on village: army, 4 March 2011, Wire"
    assert article_totals(_found(make_doc, text)).killed == 12
    text = "Twelve people were killed in the town in 2011."  # a past incident stays out
    assert article_totals(_found(make_doc, text)).killed == 0


@pytest.mark.parametrize(
    "text",
    [
        "The health ministry reported 20 dead and 35 wounded.",
        "The attack left 20 dead and 35 wounded, police said.",
    ],
)
def test_each_figure_takes_the_state_word_right_after_it(make_doc: DocBuilder, text: str) -> None:
    # however the parser hung 'wounded', the 35 are the wounded, not more dead
    assert sorted(_figures(make_doc, text)) == [("injured", 35), ("killed", 20)]


def test_others_are_of_the_count_not_of_a_part_named_inside_it(make_doc: DocBuilder) -> None:
    text = (
        "Two rockets hit the market, killing at least 21 people, including three children, "
        "and wounding 60 others. Gunmen killed four soldiers and wounded six others."
    )
    groups = [(m.kind, m.count.value, m.group.value) for f in _found(make_doc, text) for m in f]
    assert ("injured", 60, "all") in groups
    assert ("injured", 6, "military") in groups
