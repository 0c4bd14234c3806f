"""The casualties stage on sentences we wrote, with hand-made times, actors and claims layers."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from sitrep.pipeline import registry
from sitrep.pipeline.base import Document, Timeline
from sitrep.pipeline.casualties import CasualtiesStage
from sitrep.pipeline.claims import ClaimsStage
from sitrep.records import (
    Actor,
    ActorKind,
    Casualty,
    CasualtyGroup,
    Claim,
    ContradictionKind,
    Count,
    Event,
    EventType,
    Qualifier,
    Span,
    Stance,
    TimeExpression,
    TimexType,
)
from tests.conftest import DocBuilder, with_layers
from tests.conftest import span_of as _span

pytestmark = pytest.mark.slow


def _analyse(
    make_doc: DocBuilder,
    text: str,
    *,
    times: tuple[TimeExpression, ...] = (),
    actors: tuple[Actor, ...] = (),
    claims: tuple[Claim, ...] = (),
    events: tuple[Event, ...] | None = None,
) -> tuple[Casualty, ...]:
    doc: Document = with_layers(
        make_doc(text),
        times=Timeline(times, published=dt.date(2020, 11, 1)),
        actors=actors,
        claims=claims,
        **({"events": events} if events is not None else {}),
    )
    return CasualtiesStage()(doc)


def test_two_groups_are_two_rows_with_the_claims_speaker(make_doc: DocBuilder) -> None:
    text = "According to border officials, 212 of their soldiers and 17 civilians have been killed."
    officials = Actor(
        id="a1",
        name="border officials",
        kind=ActorKind.ORGANIZATION,
        mentions=(_span(text, "border officials"),),
    )
    claim = Claim(
        id="c1",
        speaker="a1",
        cue="according to",
        stance=Stance.ASSERT,
        content=_span(text, "212 of their soldiers and 17 civilians have been killed"),
        evidence=(Span(0, len(text)),),
    )
    rows = _analyse(make_doc, text, actors=(officials,), claims=(claim,))
    assert [(r.killed, r.group) for r in rows] == [
        (Count(value=212), CasualtyGroup.MILITARY),
        (Count(value=17), CasualtyGroup.CIVILIAN),
    ]
    assert [r.id for r in rows] == ["k1", "k2"]
    assert all(r.reporter == "a1" and r.claim == "c1" for r in rows)
    assert rows[0].side == "a1"  # 'their soldiers', as told by the officials
    assert rows[0].as_of == "2020-11-01"  # a running total, as of publication


def test_killed_and_wounded_of_one_group_are_one_row(make_doc: DocBuilder) -> None:
    rows = _analyse(
        make_doc, "The ministry says the bombing has killed at least 30 villagers and wounded 75."
    )
    assert len(rows) == 1
    assert rows[0].killed == Count(value=30, qualifier=Qualifier.AT_LEAST)
    assert rows[0].injured == Count(value=75)
    assert rows[0].group is CasualtyGroup.CIVILIAN
    assert rows[0].reporter is None  # no claims layer entry: the article states it


def test_vague_plural_is_a_range(make_doc: DocBuilder) -> None:
    rows = _analyse(make_doc, "The siege has left hundreds, if not thousands, dead.")
    assert rows[0].killed == Count(value=100, qualifier=Qualifier.ABOUT, high=9999)


def test_toll_with_qualifying_verb(make_doc: DocBuilder) -> None:
    rows = _analyse(make_doc, "The governor said the death toll was climbing and nearing 700.")
    assert rows[0].killed == Count(value=700, qualifier=Qualifier.NEARLY)
    assert rows[0].group is CasualtyGroup.ALL


def test_a_range_and_the_parts_of_a_figure(make_doc: DocBuilder) -> None:
    rows = _analyse(make_doc, "Between 40 and 60 people were killed, including 12 children.")
    assert [(r.killed, r.group) for r in rows] == [
        (Count(value=40, qualifier=Qualifier.ABOUT, high=60), CasualtyGroup.ALL),
        (Count(value=12), CasualtyGroup.CIVILIAN),
    ]
    assert [r.part_of for r in rows] == [None, rows[0].id]


def test_parts_belong_to_the_figure_of_their_own_sentence(make_doc: DocBuilder) -> None:
    rows = _analyse(
        make_doc,
        "The strike killed 25 people, including nine children and four women. "
        "Three soldiers died in a separate attack.",
    )
    assert [r.part_of for r in rows] == [None, rows[0].id, rows[0].id, None]


def test_people_among_the_dead_are_part_of_an_earlier_figure(make_doc: DocBuilder) -> None:
    rows = _analyse(
        make_doc,
        "Shelling killed at least 14 people in the market on Sunday, the governor said. "
        "Six children and a nurse were among the dead, a medic said.",
    )
    assert [(r.killed, r.group, r.part_of) for r in rows] == [
        (Count(value=14, qualifier=Qualifier.AT_LEAST), CasualtyGroup.ALL, None),
        (Count(value=6), CasualtyGroup.CIVILIAN, rows[0].id),
        (Count(value=1), CasualtyGroup.CIVILIAN, rows[0].id),
    ]


def test_the_counted_parts_the_dead_included_are_part_of_the_figure(make_doc: DocBuilder) -> None:
    rows = _analyse(
        make_doc,
        "A car bomb killed at least 12 people at a checkpoint on Tuesday, police said. "
        "The dead included five soldiers and seven civilians, among them a street vendor, "
        "a police spokesman said.",
    )
    assert [(r.killed, r.group, r.part_of) for r in rows] == [
        (Count(value=12, qualifier=Qualifier.AT_LEAST), CasualtyGroup.ALL, None),
        (Count(value=5), CasualtyGroup.MILITARY, rows[0].id),
        (Count(value=7), CasualtyGroup.CIVILIAN, rows[0].id),
    ]


def test_a_part_finds_no_whole_of_another_kind_or_far_away(make_doc: DocBuilder) -> None:
    rows = _analyse(
        make_doc,
        "Shelling killed 14 people in the market on Sunday. Two guards were among the wounded.",
    )
    assert [(r.injured, r.part_of) for r in rows[1:]] == [(Count(value=2), None)]


def test_a_qualifier_is_no_increment(make_doc: DocBuilder) -> None:
    rows = _analyse(make_doc, "More than 50 policemen were injured in the riots.")
    assert rows[0].injured == Count(value=50, qualifier=Qualifier.MORE_THAN)
    assert not rows[0].increment


def test_written_numbers_and_increments(make_doc: DocBuilder) -> None:
    rows = _analyse(
        make_doc, "Three more marines were shot dead on Tuesday, bringing the death toll to 19."
    )
    assert [(r.killed, r.increment) for r in rows] == [
        (Count(value=3), True),
        (Count(value=19), False),
    ]
    assert rows[0].group is CasualtyGroup.MILITARY


@pytest.mark.parametrize(
    ("text", "whole"),
    [
        ("The civil war, which has killed thousands of people, is in its tenth year.", True),
        ("More than 9,000 people have been killed in the conflict, the agency says.", True),
        ("The war has killed 4,000 soldiers on both sides.", True),
        ("The fighting has killed 27 people, the ministry said.", False),
        ("More than 900 people were killed in the first months of the fighting.", True),
        ("Dozens died in two weeks of clashes in the north.", True),
        ("Five people were killed in the strikes on Monday.", False),
        # the war is the subject of the verb the killing verb is joined to
        ("The war began in 2019 and has killed more than 6,000 people.", True),
        ("The militia formed in 2019 and has killed 60 people.", False),
        ("More than 5,000 civilians have been killed since the coup, a rights group says.", True),
        ("Two more people have been killed since the attack on the market.", False),
        ("Over 3,000 people have been killed since the war began in 2022, the UN says.", True),
        ("Four people have been killed since the ceasefire began on Monday.", False),
    ],
)
def test_a_wars_toll(make_doc: DocBuilder, text: str, whole: bool) -> None:
    (row,) = _analyse(make_doc, text)
    assert row.conflict_toll is whole


def test_a_dozen_and_singular_victims(make_doc: DocBuilder) -> None:
    rows = _analyse(make_doc, "A farmer was killed and a dozen people were injured in the raid.")
    assert [(r.killed, r.injured) for r in rows] == [
        (Count(value=1), None),
        (None, Count(value=12)),
    ]


def test_numbers_that_are_not_casualties(make_doc: DocBuilder) -> None:
    text = (
        "The army deployed 3,000 troops in 2019 and advanced to within 8km of the city. "
        "The rebels killed nobody, officials said, and fired 40 rockets."
    )
    assert _analyse(make_doc, text) == ()


def test_since_and_side(make_doc: DocBuilder) -> None:
    text = "Since March 3, the fighting has killed 58 Freedonian soldiers."
    freedonia = Actor(
        id="a1", name="Freedonia", kind=ActorKind.STATE, mentions=(_span(text, "Freedonian"),)
    )
    march = TimeExpression(span=_span(text, "March 3"), type=TimexType.DATE, value="2020-03-03")
    (row,) = _analyse(make_doc, text, times=(march,), actors=(freedonia,))
    assert row.since == "2020-03-03" and row.side == "a1" and row.killed == Count(value=58)


def test_people_named_by_their_side(make_doc: DocBuilder) -> None:
    text = "Border guards killed three Moldovans near the river."
    moldova = Actor(
        id="a1", name="Moldova", kind=ActorKind.STATE, mentions=(_span(text, "Moldovans"),)
    )
    (row,) = _analyse(make_doc, text, actors=(moldova,))
    assert row.killed == Count(value=3) and row.side == "a1"


def test_a_side_that_lost_its_people(make_doc: DocBuilder) -> None:
    text = "The Freedonian army has lost 240 soldiers since March."
    freedonia = Actor(
        id="a1", name="Freedonia", kind=ActorKind.STATE, mentions=(_span(text, "Freedonian"),)
    )
    (row,) = _analyse(make_doc, text, actors=(freedonia,))
    assert row.killed == Count(value=240) and row.side == "a1"
    assert row.group is CasualtyGroup.MILITARY


def test_people_killed_on_a_sides_side(make_doc: DocBuilder) -> None:
    text = "Eleven soldiers were killed on the Freedonian side. Dozens died on both sides."
    freedonia = Actor(
        id="a1", name="Freedonia", kind=ActorKind.STATE, mentions=(_span(text, "Freedonian"),)
    )
    rows = _analyse(make_doc, text, actors=(freedonia,))
    assert [(r.killed.value if r.killed else None, r.side) for r in rows] == [
        (11, "a1"),
        (12, None),  # both sides': no one's
    ]


def test_tallies_of_a_period_keep_their_period(make_doc: DocBuilder) -> None:
    text = (
        "A deputy was shot and killed on Elm Street on Sunday. Nine officers have been "
        "fatally shot in the state this year. Three men were killed at the same bar in 2012."
    )
    this_year = TimeExpression(span=_span(text, "this year"), type=TimexType.DATE, value="2020")
    past = TimeExpression(span=_span(text, "2012"), type=TimexType.DATE, value="2012")
    rows = _analyse(make_doc, text, times=(this_year, past))
    assert [(r.killed, r.since, r.as_of) for r in rows] == [
        (Count(value=1), None, None),
        (Count(value=9), "2020", "2020-11-01"),  # the year so far
        (Count(value=3), None, "2012"),  # a past incident, as of its date
    ]


def test_a_figure_is_as_of_the_date_its_own_verb_is_told_with(make_doc: DocBuilder) -> None:
    text = "Officials put the toll from Friday's raid at six, saying one more man died on Sunday."
    friday = TimeExpression(span=_span(text, "Friday"), type=TimexType.DATE, value="2020-10-30")
    sunday = TimeExpression(span=_span(text, "Sunday"), type=TimexType.DATE, value="2020-11-01")
    rows = _analyse(make_doc, text, times=(friday, sunday))
    assert [(r.killed, r.as_of) for r in rows] == [
        (Count(value=6), "2020-10-30"),
        (Count(value=1), "2020-11-01"),  # not the raid's Friday, the first date of the sentence
    ]


def test_a_figure_told_with_a_time_of_day_is_as_of_that_day(make_doc: DocBuilder) -> None:
    text = "A car bomb exploded on Tuesday morning, killing at least 12 people, police said."
    morning = TimeExpression(
        span=_span(text, "Tuesday morning"), type=TimexType.TIME, value="2020-10-27TMO"
    )
    (row,) = _analyse(make_doc, text, times=(morning,))
    assert row.as_of == "2020-10-27"
    # a date of the sentence goes before a time of day: 'sheltering overnight' (the night
    # into Friday) and 'on Thursday'
    text = "An air strike killed 18 people sheltering there overnight on Thursday, rescuers said."
    overnight = TimeExpression(
        span=_span(text, "overnight"), type=TimexType.TIME, value="2020-10-30TNI"
    )
    thursday = TimeExpression(span=_span(text, "Thursday"), type=TimexType.DATE, value="2020-10-29")
    (row,) = _analyse(make_doc, text, times=(overnight, thursday))
    assert row.as_of == "2020-10-29"


def _two_sides(
    text: str, said: str
) -> tuple[tuple[Actor, ...], tuple[Claim, ...], tuple[Event, ...]]:
    """Freedonia and Sylvania at war; Freedonian officials give the figure in ``said``."""
    actors = (
        Actor(id="a1", name="Freedonia", kind=ActorKind.STATE, mentions=(Span(0, 1),)),
        Actor(
            id="a2",
            name="Freedonian officials",
            kind=ActorKind.ORGANIZATION,
            affiliation="a1",
            mentions=(_span(text, "Freedonian officials"),),
        ),
        Actor(id="a3", name="Sylvania", kind=ActorKind.STATE, mentions=(_span(text, "Sylvania"),)),
    )
    claims = (
        Claim(
            id="c1",
            speaker="a2",
            cue="said",
            stance=Stance.ASSERT,
            content=_span(text, said),
            evidence=(Span(0, len(text)),),
        ),
    )
    events = (
        Event(
            id="e1",
            type=EventType.ASSAULT,
            actor="a3",
            target="a1",
            evidence=(_span(text, "Sylvania"),),
        ),
    )
    return actors, claims, events


def test_a_side_reporting_civilians_reports_its_own(make_doc: DocBuilder) -> None:
    said = "the shelling has killed 12 civilians"
    text = f"Sylvania shelled the town. Freedonian officials said {said}."
    actors, claims, events = _two_sides(text, said)
    (row,) = _analyse(make_doc, text, actors=actors, claims=claims, events=events)
    assert row.reporter == "a2" and row.side == "a1"  # the officials stand for Freedonia
    # no events layer: nobody is known to be a side, so nothing is guessed
    (row,) = _analyse(make_doc, text, actors=actors, claims=claims)
    assert row.side is None


def test_an_armed_group_reporting_civilians_claims_no_people(make_doc: DocBuilder) -> None:
    said = "the shelling has killed 12 civilians"
    text = f"Sylvania shelled the town. Freedonian officials said {said}."
    actors, claims, events = _two_sides(text, said)
    group = replace(actors[0], name="Freedonian Front", kind=ActorKind.ARMED_GROUP)
    (row,) = _analyse(make_doc, text, actors=(group, *actors[1:]), claims=claims, events=events)
    assert row.reporter == "a2" and row.side is None


@pytest.mark.parametrize(
    "said",
    [
        "the shelling has killed 12 soldiers",  # a side also reports the enemy's losses
        "the army killed 12 civilians",  # a named killer: whose civilians is not said
    ],
)
def test_no_side_guessed(make_doc: DocBuilder, said: str) -> None:
    text = f"Sylvania shelled the town. Freedonian officials said {said}."
    actors, claims, events = _two_sides(text, said)
    (row,) = _analyse(make_doc, text, actors=actors, claims=claims, events=events)
    assert row.side is None


def _available_stages(*wanted: str) -> list[str]:
    """The stages other sessions have built so far, in order, each with its inputs."""
    names, provided = ["sentences.v1"], {"parse"}
    for name in wanted:
        if registry.is_available(name):
            stage = registry.create(name)
            if all(r in provided for r in stage.requires):
                names.append(name)
                provided.add(stage.provides)
    return names


def test_seed_article_figures(make_doc: DocBuilder, seed_text: str) -> None:
    doc = make_doc(
        seed_text,
        stages=_available_stages("times.v1", "places.v1", "actors.v1", "claims.v1", "events.v1"),
    )
    if not doc.has("times"):
        doc.put("times", Timeline((), published=dt.date(2020, 11, 1)))
    for layer in ("actors", "claims"):
        if not doc.has(layer):
            doc.put(layer, ())
    rows = CasualtiesStage()(doc)
    found = {(r.killed, r.injured, r.group) for r in rows}
    assert (Count(value=1166), None, CasualtyGroup.MILITARY) in found
    assert (Count(value=45), None, CasualtyGroup.CIVILIAN) in found
    assert (
        Count(value=91, qualifier=Qualifier.AT_LEAST),
        Count(value=400),
        CasualtyGroup.CIVILIAN,
    ) in found
    assert (Count(value=5000, qualifier=Qualifier.NEARLY), None, CasualtyGroup.ALL) in found
    by_value = {r.killed.value: r for r in rows if r.killed}
    assert by_value[100].killed == Count(value=100, qualifier=Qualifier.ABOUT, high=9999)
    assert by_value[100].reporter is None  # the article's own narration
    assert len(rows) == 5  # no distances, years or ceasefire counts
    if not doc.claims:
        pytest.skip("claims stage not built yet: reporters not checked")
    actor_name = {a.id: a.name for a in doc.actors}
    assert "Karabakh" in actor_name.get(by_value[1166].reporter or "", "")
    assert "Karabakh" in actor_name.get(by_value[45].reporter or "", "")
    assert "Azerbaijan" in actor_name.get(by_value[91].reporter or "", "")
    assert "Putin" in actor_name.get(by_value[5000].reporter or "", "")
    if not doc.has("events"):
        return
    # Karabakh officials give their own troops and civilians; Azerbaijan its civilians; the
    # war's whole toll, from an outsider, is nobody's side
    assert by_value[1166].side is not None and by_value[45].side == by_value[1166].side
    assert "Karabakh" in actor_name[by_value[1166].side]
    assert "Azerbaijan" in actor_name.get(by_value[91].side or "", "")
    assert by_value[5000].side is None and by_value[100].side is None


@pytest.mark.parametrize(
    "text",
    [
        "Two more guards were killed on Sunday, the Ruritanian army said, bringing the toll to 1,166.",
        "The Ruritanian army put the death toll at 1,166.",
        "Toll in Dorn fighting rises to 1,166: Ruritanian army\n\nMore text here.",
        "The Ruritanian army said nine guards were killed. “The toll now stands at 1,166.”",
    ],
)
def test_a_figure_told_around_the_reporting_clause_has_its_reporter(
    make_doc: DocBuilder, text: str
) -> None:
    # The claims stage runs for real on the sentence; the figure goes to the army's claim.
    army = Actor(
        id="a1",
        name="Ruritanian army",
        kind=ActorKind.ORGANIZATION,
        mentions=(_span(text, "Ruritanian army"),),
    )
    doc = with_layers(make_doc(text), times=Timeline(()), actors=(army,))
    claims = ClaimsStage()(doc)
    rows = _analyse(make_doc, text, actors=(army,), claims=claims)
    toll = next(r for r in rows if r.killed is not None and r.killed.value == 1166)
    assert toll.reporter == "a1" and toll.claim is not None


@pytest.mark.parametrize(
    ("text", "killed", "injured", "group"),
    [
        ("Officials put the death toll at 42.", 42, None, CasualtyGroup.ALL),
        ("The rebels put the number of dead soldiers at 100.", 100, None, CasualtyGroup.MILITARY),
        ("The number of injured civilians rose to 60.", None, 60, CasualtyGroup.CIVILIAN),
        ("The death toll among the rebel fighters rose to 140.", 140, None, CasualtyGroup.MILITARY),
    ],
)
def test_a_toll_put_at_a_figure(
    make_doc: DocBuilder, text: str, killed: int | None, injured: int | None, group: CasualtyGroup
) -> None:
    (row,) = _analyse(make_doc, text)
    assert (row.killed.value if row.killed else None) == killed
    assert (row.injured.value if row.injured else None) == injured
    assert row.group is group


def test_a_year_is_no_toll(make_doc: DocBuilder) -> None:
    assert not _analyse(make_doc, "The ministry put the toll at 2014 levels.")


def test_fighters_killed_are_the_groups_the_article_names(make_doc: DocBuilder) -> None:
    text = "The army said its troops had repelled the attack and killed 23 militants."
    doc = make_doc(
        text,
        stages=("sentences.v1", "times.v1", "places.v1", "actors.v1", "claims.v1", "casualties.v1"),
    )
    (row,) = doc.casualties
    militants = [a for a in doc.actors if a.name == "militants"]
    assert militants and row.side == militants[0].id


def test_a_claim_of_responsibility_gives_no_figure(make_doc: DocBuilder) -> None:
    text = (
        "The government suspended talks after the Northern Front claimed responsibility for a "
        "bombing that killed 21 people."
    )
    doc = make_doc(
        text,
        stages=("sentences.v1", "times.v1", "places.v1", "actors.v1", "claims.v1", "casualties.v1"),
    )
    (row,) = doc.casualties
    assert row.killed == Count(value=21)
    assert row.reporter is None and row.claim is None  # the writer's toll, not the group's


def test_an_armys_word_for_killing_counts_the_dead(make_doc: DocBuilder) -> None:
    text = "Troops pursued the attackers and neutralised 11 of them, the army said."
    doc = make_doc(
        text,
        stages=("sentences.v1", "times.v1", "places.v1", "actors.v1", "claims.v1", "casualties.v1"),
    )
    (row,) = doc.casualties
    assert row.killed == Count(value=11)
    assert row.group is CasualtyGroup.MILITARY  # fighters, not the attack's victims


def test_people_driven_from_their_homes_are_counted_apart(make_doc: DocBuilder) -> None:
    text = (
        "At least 40 civilians were killed and more than 2,000 people fled the town, "
        "aid workers said."
    )
    doc = make_doc(
        text,
        stages=("sentences.v1", "times.v1", "places.v1", "actors.v1", "claims.v1", "casualties.v1"),
    )
    killed, fled = doc.casualties
    assert killed.killed == Count(value=40, qualifier=Qualifier.AT_LEAST)
    assert killed.displaced is None
    assert fled.displaced == Count(value=2000, qualifier=Qualifier.MORE_THAN)
    assert fled.killed is None and fled.to_dict()["displaced"]["value"] == 2000


@pytest.mark.parametrize(
    "text",
    [
        "Police said officers had killed three gang members in a shootout.",
        "Soldiers killed 12 militia members near the border on Sunday.",
    ],
)
def test_members_of_an_armed_group_are_fighters(make_doc: DocBuilder, text: str) -> None:
    (row,) = _analyse(make_doc, text)
    assert row.group is CasualtyGroup.MILITARY  # not set against a toll of 'people'


def test_others_are_others_of_the_group_just_counted(make_doc: DocBuilder) -> None:
    rows = _analyse(make_doc, "The blast killed four soldiers and wounded six others.")
    assert [(r.group, r.injured) for r in rows][1] == (CasualtyGroup.MILITARY, Count(value=6))


def test_security_guards_are_civilians_and_border_guards_soldiers(make_doc: DocBuilder) -> None:
    (guards,) = _analyse(make_doc, "Gunmen shot dead two security guards at the school.")
    (border,) = _analyse(make_doc, "Militants killed three border guards at the crossing.")
    assert (guards.group, border.group) == (CasualtyGroup.CIVILIAN, CasualtyGroup.MILITARY)


def test_the_number_of_abducted_people_is_an_abduction_figure(make_doc: DocBuilder) -> None:
    (row,) = _analyse(make_doc, "A lawmaker put the number of abducted students at 57.")
    assert row.abducted == Count(value=57)


_ALL_TO_CASUALTIES = tuple(
    f"{s}.v1" for s in ("sentences", "times", "places", "actors", "claims", "events", "casualties")
)


def test_losses_an_army_puts_a_figure_on_are_its_own_soldiers(make_doc: DocBuilder) -> None:
    text = (
        "The Peruvian army confirmed the ambush but put its losses at five dead and eight wounded."
    )
    doc = make_doc(text, stages=_ALL_TO_CASUALTIES)
    (row,) = doc.casualties
    army = next(a for a in doc.actors if a.name.startswith("Military Forces"))
    assert (row.killed, row.injured) == (Count(value=5), Count(value=8))
    # the side is the state the army stands for
    assert (row.group, row.side, row.reporter) == (
        CasualtyGroup.MILITARY,
        army.affiliation,
        army.id,
    )


def test_a_part_of_a_toll_put_at_a_figure_is_a_part_with_its_reporter(
    make_doc: DocBuilder,
) -> None:
    text = "The health ministry put the death toll at 16, including four children."
    whole, part = make_doc(text, stages=_ALL_TO_CASUALTIES).casualties
    assert (whole.killed, part.killed) == (Count(value=16), Count(value=4))
    assert part.part_of == whole.id and part.group is CasualtyGroup.CIVILIAN
    assert part.reporter == whole.reporter is not None


def test_a_part_of_a_toll_that_rose_to_a_figure_is_a_part(make_doc: DocBuilder) -> None:
    text = (
        "The death toll from the shelling of Dornby rose to 14 on Sunday, including three children."
    )
    whole, part = make_doc(text, stages=_ALL_TO_CASUALTIES).casualties
    assert (whole.killed, part.killed) == (Count(value=14), Count(value=3))
    assert part.part_of == whole.id and part.group is CasualtyGroup.CIVILIAN


@pytest.mark.parametrize(
    ("text", "injured", "killed"),
    [
        ("The hospital was treating 55 wounded people.", Count(value=55), None),
        (
            "A resident said the death toll was above 50.",
            None,
            Count(value=50, qualifier=Qualifier.MORE_THAN),
        ),
        (
            "The death toll was below 20, officials said.",
            None,
            Count(value=20, qualifier=Qualifier.AT_MOST),
        ),
    ],
)
def test_people_a_participle_describes_and_tolls_given_a_bound(
    make_doc: DocBuilder, text: str, injured: Count | None, killed: Count | None
) -> None:
    (row,) = _analyse(make_doc, text)
    assert (row.injured, row.killed) == (injured, killed)


def test_soldiers_an_army_and_its_enemy_count_are_the_one_fighting_states(
    make_doc: DocBuilder,
) -> None:
    text = (
        "LIMA, May 3 (Wire) - Rebels ambushed a Peruvian army patrol near Satipo on Friday. "
        "The army said four soldiers were killed. The Shining Path said in a statement that "
        "its fighters had killed 19 soldiers."
    )
    doc = make_doc(text, stages=(*_ALL_TO_CASUALTIES, "contradictions.v1"))
    peru = next(a for a in doc.actors if a.name == "Peru")
    rows = sorted(doc.casualties, key=lambda c: c.evidence[0].start)
    assert [r.killed for r in rows] == [Count(value=4), Count(value=19)]
    assert [r.side for r in rows] == [peru.id, peru.id]
    (figures,) = [c for c in doc.contradictions if c.kind is ContradictionKind.FIGURES]
    assert set(figures.between) == {rows[0].id, rows[1].id}


def test_what_one_hospital_received_is_a_floor_of_the_toll(make_doc: DocBuilder) -> None:
    text = (
        "Shelling killed at least 23 people, a local monitor said. A doctor at the Central "
        "Hospital said the hospital had received 18 bodies."
    )
    doc = make_doc(text, stages=(*_ALL_TO_CASUALTIES, "contradictions.v1"))
    rows = sorted(doc.casualties, key=lambda c: c.evidence[0].start)
    assert rows[-1].killed == Count(value=18, qualifier=Qualifier.AT_LEAST)
    assert not [c for c in doc.contradictions if c.kind is ContradictionKind.FIGURES]


def test_a_nationality_with_no_actor_of_its_own_is_its_states_people(make_doc: DocBuilder) -> None:
    text = "A Cambodian soldier and one Cambodian civilian were killed, Cambodia said."
    cambodia = Actor(
        id="a1",
        name="Cambodia",
        kind=ActorKind.STATE,
        country="KH",
        mentions=(Span(text.rindex("Cambodia"), text.rindex("Cambodia") + len("Cambodia")),),
    )
    rows = _analyse(make_doc, text, actors=(cambodia,))
    assert rows and all(r.side == "a1" for r in rows)
    # no state of that nationality in the article: no side
    assert all(r.side is None for r in _analyse(make_doc, text.replace("Cambodia said", "it said")))


def test_members_of_a_force_are_of_the_forces_kind(make_doc: DocBuilder) -> None:
    (row,) = _analyse(make_doc, "The ambush killed 13 members of the security forces.")
    assert row.group is CasualtyGroup.MILITARY and row.killed == Count(value=13)


def test_others_of_two_groups_counted_together_are_of_neither_side(make_doc: DocBuilder) -> None:
    text = (
        "The army said six soldiers and three Wagner fighters were killed in the ambush and that "
        "11 others were wounded."
    )
    rows = make_doc(text, stages=_ALL_TO_CASUALTIES).casualties
    others = next(r for r in rows if r.injured is not None)
    assert (others.injured, others.group, others.side) == (
        Count(value=11),
        CasualtyGroup.MILITARY,
        None,
    )


def test_the_men_a_commander_says_his_forces_lost_are_his_groups_fighters(
    make_doc: DocBuilder,
) -> None:
    text = (
        "The army said it had beaten back an attack by the Western Liberation Army on the "
        "town, killing dozens of the militia's fighters. A WLA commander, speaking on condition "
        "of anonymity, said his forces had lost only four men."
    )
    doc = make_doc(text, stages=(*_ALL_TO_CASUALTIES, "contradictions.v1"))
    front = next(a for a in doc.actors if a.name == "Western Liberation Army")
    rows = sorted(doc.casualties, key=lambda c: c.evidence[0].start)
    assert [(r.group, r.side) for r in rows] == [(CasualtyGroup.MILITARY, front.id)] * 2
    assert rows[1].killed == Count(value=4)
    (figures,) = [c for c in doc.contradictions if c.kind is ContradictionKind.FIGURES]
    assert set(figures.between) == {rows[0].id, rows[1].id}


def test_the_men_a_side_says_they_lost_are_its_own(make_doc: DocBuilder) -> None:
    text = (
        "M23 rebels said they had taken the hill town. The army said it had killed at least "
        "30 rebels. The rebels said they had lost four fighters."
    )
    doc = make_doc(text, stages=(*_ALL_TO_CASUALTIES, "contradictions.v1"))
    m23 = next(a for a in doc.actors if a.name == "M23")
    rows = sorted(doc.casualties, key=lambda c: c.evidence[0].start)
    assert [(r.group, r.side) for r in rows] == [(CasualtyGroup.MILITARY, m23.id)] * 2
    assert rows[1].killed == Count(value=4)
    (figures,) = [c for c in doc.contradictions if c.kind is ContradictionKind.FIGURES]
    assert set(figures.between) == {rows[0].id, rows[1].id}
