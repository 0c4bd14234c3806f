"""Senses of force words that tell of no event (sitrep.events.senses), on sentences we wrote."""

from __future__ import annotations

import pytest

from sitrep.events.extract import Found, events_in
from sitrep.events.senses import prose_line, sporting
from sitrep.records import EventType
from tests.conftest import DocBuilder


def _found(make_doc: DocBuilder, text: str) -> list[Found]:
    parsed = make_doc(text).parse.doc
    return [f for sent in parsed.sents for f in events_in(sent)]


@pytest.mark.parametrize(
    "line",
    [
        "District\tDead\tInjured",
        "Province     Attacked     Burned",
        "| Town | Killed | Missing |",
        "print('shot', n)",
        "victims = kill_count(rows)",
        "if (attacked == true) {",
    ],
)
def test_table_rows_and_code_are_no_prose(line: str) -> None:
    assert not prose_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "Gunmen attacked a police station in the north of the country on Friday.",
        "{The army said it had repelled an attack on its base near the border.}",
        "Rebels (who had been shelling the town) withdrew on Monday.",
        "Gunmen  killed two villagers.",  # a double space typed in a sentence
        "Troops shelled the town  overnight",  # a headline with one
    ],
)
def test_sentences_are_prose(line: str) -> None:
    assert prose_line(line)


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        # a table header and a line of code
        "Province\tKilled\tInjured",
        "log('attacked', count)",
        # sport: a score, a player's role, a ball or goal aimed at
        "Rovers crushed Athletic 5-1 at home on Sunday.",
        "The winger shot from distance before the break.",
        "He fired the ball past the goalkeeper in the last minute.",
        "Wanderers beat Albion 3-1 in the cup on Saturday.",
        "The visitors stormed to a 4-0 victory over the hosts.",
        "The winner came after the midfielder's shot struck a defender.",
        "Portugal lost the penalty shootout after extra time.",
        "Their attack lacked bite until the striker came on.",
        # figures of speech: force done to something abstract
        "The late goal killed off any chance of a comeback.",
        "The committee killed the proposal on Wednesday.",
        # fired from a job
        "The bank fired its chief executive last week.",
        "She was fired from her post in March.",
        # games and fiction
        "Gamers storm the castle and loot its treasury in the latest update.",
        "Players ambush rival squads to capture the map's outposts in the new mode.",
        "In the novel, a soldier murders his commander.",
        "In the film, bandits raid a farm and burn the barn.",
    ],
)
def test_no_violence_outside_conflict_news(make_doc: DocBuilder, text: str) -> None:
    assert [f for f in _found(make_doc, text) if f.type is EventType.ASSAULT] == []


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "Gunmen killed 3-4 villagers near the market on Saturday.",
        "Soldiers fired on protesters in the capital on Monday.",
        "Militants fired rockets at the airport overnight.",
        "Rebels raided an army base and looted its armoury.",
        "A football player was shot dead outside his home in the city.",
        "Police fired tear gas at fans after the match in the capital.",
        "Police fired rubber bullets at supporters after the 2-1 defeat.",
        "Soldiers beat and detained villagers on March 11-12 in the district, he said.",
        "Supporters clashed with riot police after the cup final in the city.",
        "Fighters attacked the village during the harvest season.",
        "The militia destroyed a bridge and killed two guards in a series of raids.",
    ],
)
def test_conflict_news_keeps_its_violence(make_doc: DocBuilder, text: str) -> None:
    assert any(f.type is EventType.ASSAULT for f in _found(make_doc, text))


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "sport"),
    [
        ("Rovers beat Athletic 2-1 at home.", True),
        ("The goalkeeper saved twice in the first half.", True),
        ("The shop keeper was beaten by masked men on Friday.", False),
        ("Troops searched the villages on October 19-20, officials said.", False),
        ("Gunmen killed 3-4 people and wounded 5-6 others.", False),
    ],
)
def test_a_sentence_about_sport(make_doc: DocBuilder, text: str, sport: bool) -> None:
    sent = next(iter(make_doc(text).parse.doc.sents))
    assert sporting(sent) is sport


def test_force_aimed_at_a_plan_is_criticism(make_doc: DocBuilder) -> None:
    (found,) = _found(make_doc, "The opposition leader attacked the government's plan.")
    assert found.type is EventType.ACCUSE and found.acled is None
    (found,) = _found(make_doc, "Rebels attacked the army base near the border.")
    assert found.type is EventType.ASSAULT


def test_a_crime_committed_is_no_commitment(make_doc: DocBuilder) -> None:
    for text in (
        "The group said the shelling was a crime committed by the regime.",
        "Rights groups said atrocities were committed in the camp.",
    ):
        sent = next(iter(make_doc(text).parse.doc.sents))
        assert not any(f.type is EventType.AGREE for f in events_in(sent))


def test_the_newsrooms_request_for_comment_is_no_request(make_doc: DocBuilder) -> None:
    for text in (
        "The army did not respond to a request for comment.",
        "Officials did not immediately respond to requests for comment on Sunday.",
    ):
        assert not any(f.type is EventType.REQUEST for f in _found(make_doc, text))
    found = _found(make_doc, "The mayor made an urgent request for fuel and medicine.")
    assert any(f.type is EventType.REQUEST for f in found)


@pytest.mark.parametrize(
    ("text", "protest"),
    [
        ("As demonstrated by the night's strikes, the army will act.", False),
        ("The raid demonstrated that the rebels can reach the capital.", False),
        ("The army demonstrated its new drones at a parade in the capital.", False),
        ("Hundreds demonstrated outside the embassy on Friday.", True),
        ("Students demonstrated their anger outside parliament.", True),
    ],
)
def test_demonstrate_meaning_to_show_is_no_protest(
    make_doc: DocBuilder, text: str, protest: bool
) -> None:
    kinds = {f.type for f in _found(make_doc, text)}
    assert (EventType.PROTEST in kinds) is protest, kinds
