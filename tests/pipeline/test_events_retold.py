"""The events stage on a group's history, a stated policy, a weapon or victims told again, a
gerund's harm, a tally of acts and a headline placed by its lede's region. Sentences are our
own; every stage the events stage reads is run for real."""

from __future__ import annotations

import pytest

from sitrep.records import ActorKind, EventType
from tests.conftest import DocBuilder
from tests.pipeline.events_support import full as _full
from tests.pipeline.events_support import said as _said

pytestmark = pytest.mark.slow


def _assaults(make_doc: DocBuilder, text: str) -> list[str]:
    doc, events = _full(make_doc, text)
    return [_said(doc, e) for e in events if e.type is EventType.ASSAULT]


@pytest.mark.parametrize(
    "text",
    [
        "The Dorvan Liberation Front, which has fought the army for decades, issued a statement.",
        "Hill fighters, who had fought beside federal troops in the border war, met in Tavel.",
        "The envoy met leaders of the armed groups fighting the junta.",
    ],
)
def test_a_groups_history_is_no_act(make_doc: DocBuilder, text: str) -> None:
    assert _assaults(make_doc, text) == []


def test_a_stated_policy_is_no_act(make_doc: DocBuilder) -> None:
    text = '"We only target armed gangs," the colonel told reporters in Tavel.'
    assert _assaults(make_doc, text) == []


def test_the_weapon_told_again_is_the_same_act(make_doc: DocBuilder) -> None:
    text = (
        "A drone strike on a busy bus station in the town of Kesra killed 12 people on "
        "Monday, medics said. Witnesses said the drone hit the station at midday."
    )
    _doc, events = _full(make_doc, text)
    assert len([e for e in events if e.type is EventType.ASSAULT]) == 1


def test_the_victims_harm_told_again_is_the_same_act(make_doc: DocBuilder) -> None:
    text = (
        "Gunmen killed seven farmers in the village of Oska on Friday. A nurse said most of "
        "the victims had been shot."
    )
    _doc, events = _full(make_doc, text)
    assert len([e for e in events if e.type is EventType.ASSAULT]) == 1


def test_fighting_that_killed_is_one_clash(make_doc: DocBuilder) -> None:
    _doc, events = _full(make_doc, "Fighting in the town of Kesra killed nine people on Monday.")
    assaults = [e for e in events if e.type is EventType.ASSAULT]
    assert len(assaults) == 1
    assert assaults[0].acled is not None and assaults[0].acled.value == "Armed clash"


def test_a_war_beginning_is_no_act(make_doc: DocBuilder) -> None:
    text = "The conflict in the north began in May 2022, when hill militias rose up."
    assert _assaults(make_doc, text) == []


def test_acts_kept_up_have_no_one_day(make_doc: DocBuilder) -> None:
    text = (
        "The army declared a truce on June 3 but has continued air strikes, a monitoring "
        "group said."
    )
    _doc, events = _full(make_doc, text)
    strikes = [e for e in events if e.type is EventType.ASSAULT]
    assert strikes and all(e.date is None for e in strikes)


def test_a_strike_resuming_has_no_accords_sub_event(make_doc: DocBuilder) -> None:
    _doc, events = _full(make_doc, "Border truce falters as strikes resume")
    assert all(
        e.acled is None or e.acled.value != "Agreement"
        for e in events
        if e.type is EventType.ASSAULT
    )


def test_the_forces_named_after_the_state_act(make_doc: DocBuilder) -> None:
    text = (
        "A Sudanese army air strike on a school in the town of Kesra killed 11 people "
        "on Monday, residents said. The Sudanese army denied it."
    )
    doc, events = _full(make_doc, text)
    strike = next(e for e in events if e.type is EventType.ASSAULT)
    actor = next(a for a in doc.actors if a.id == strike.actor)
    assert actor.kind is not ActorKind.STATE


def test_a_headline_folds_into_the_lede_that_names_its_region(make_doc: DocBuilder) -> None:
    text = (
        "Deadly clash in Amhara\n\nAt least nine people were killed when soldiers and "
        "militiamen clashed in the town of Debre Markos in Ethiopia's Amhara region on "
        "Saturday, residents said."
    )
    _doc, events = _full(make_doc, text)
    assert len([e for e in events if e.type is EventType.ASSAULT]) == 1


def test_a_mine_dug_for_ore_is_no_explosive(make_doc: DocBuilder) -> None:
    _doc, events = _full(make_doc, "Kesra is home to a gold mine that produces most of the ore.")
    assert [e for e in events if e.acled is not None and "IED" in e.acled.value] == []


def test_fightings_counted_toll_is_the_war(make_doc: DocBuilder) -> None:
    text = "Fighting in the valley has displaced more than two million people, aid groups say."
    assert _assaults(make_doc, text) == []


def test_an_acts_counted_toll_is_still_an_act(make_doc: DocBuilder) -> None:
    text = "An air strike on the market in Kesra has killed 12 people, medics say."
    assert _assaults(make_doc, text) != []


def test_a_second_harm_participle_is_the_same_act(make_doc: DocBuilder) -> None:
    text = "Jets struck the port of Kesra on Monday, killing four people and wounding 30."
    assert len(_assaults(make_doc, text)) == 1


def test_a_headline_act_told_of_many_at_once_is_their_telling(make_doc: DocBuilder) -> None:
    text = (
        "Army says assault repelled near Tavel\n\nKESRA, May 3 (Northline News) - The army "
        "said its troops had repelled 12 rebel assaults near the town of Tavel over the past "
        "day. The air force said 30 drones had been shot down overnight."
    )
    doc, events = _full(make_doc, text)
    assaults = [e for e in events if e.type is EventType.ASSAULT]
    shot_down = next(e for e in assaults if "shot down" in e.evidence[0].text(text))
    # the headline's claim backs the assaults told in the lede, not the drones shot down
    headline_claim = doc.claims[0].id
    assert headline_claim not in {link.claim for link in shot_down.claims}


def test_a_headline_accusation_is_not_a_later_one_aimed_at_another(make_doc: DocBuilder) -> None:
    text = (
        "Drone hits port; army blames RSF, which denies involvement\n\n"
        "A drone struck the port of Sawakin on Friday, the army said. An RSF adviser denied "
        "any role, accusing the army of shelling its own city."
    )
    doc, events = _full(make_doc, text)
    names = {a.id: a.name for a in doc.actors}
    accusations = [e for e in events if e.type is EventType.ACCUSE]
    headline = next(e for e in accusations if "blames" in _said(doc, e))
    assert headline.target is not None and names[headline.target] == "RSF"
