"""The events stage on a headline's place: a town near the lede's, or a town in the country the
lede names only. Sentences are our own; every stage the events stage reads is run for real."""

from __future__ import annotations

import pytest

from sitrep.records import EventType
from tests.conftest import DocBuilder
from tests.pipeline.events_support import full as _full

pytestmark = pytest.mark.slow


def _acts(make_doc: DocBuilder, text: str) -> tuple[str, list[tuple[str, str | None, int]]]:
    doc, events = _full(make_doc, text)
    names = {p.id: p.name for p in doc.places}
    return doc.text, [
        (
            doc.text[e.evidence[0].start : e.evidence[-1].end],
            names.get(e.place or ""),
            len(e.evidence),
        )
        for e in events
        if e.type is EventType.ASSAULT
    ]


def test_a_headline_naming_a_town_nearby_is_the_ledes_act(make_doc: DocBuilder) -> None:
    text = (
        "Air strike kills six in Gaza\n\n"
        "An air strike on a house in Khan Younis killed six people on Monday, medics said.\n\n"
        "The army said its jets had struck a militant commander who was planning attacks."
    )
    _text, acts = _acts(make_doc, text)
    lede = next(a for a in acts if "Khan Younis" in a[0])
    assert lede[0].startswith("Air strike kills six") and lede[1] == "Khan Younis"
    # the army's own account stays an act of its own
    assert any("its jets had struck" in a[0] for a in acts if a is not lede)


def test_a_headlines_town_places_a_lede_act_told_in_its_country_only(
    make_doc: DocBuilder,
) -> None:
    text = (
        "Bomb kills nine at Kismayo market\n\n"
        "A bomb exploded in a crowded market in southern Somalia on Tuesday, killing nine "
        "people, police said."
    )
    _text, acts = _acts(make_doc, text)
    assert [(a[1], a[2]) for a in acts] == [("Kismayo", 2)]


def test_a_headline_act_does_not_take_the_other_clauses_place(make_doc: DocBuilder) -> None:
    # the gazetteer reads no 'Kharkiv' in a headline alone: the shelling's clause names no
    # place it knows, and the talks' Doha is not where the shelling fell
    text = (
        "Ceasefire talks open in Doha as shelling hits Kharkiv\n\n"
        "Officials said the talks began on Saturday. Two people were wounded, the governor said."
    )
    doc, events = _full(make_doc, text)
    names = {p.id: p.name for p in doc.places}
    shelling = next(e for e in events if e.type is EventType.ASSAULT)
    assert names.get(shelling.place or "") != "Doha"
    talks = [e for e in events if e.type is not EventType.ASSAULT and e.place is not None]
    assert talks and all(names[e.place or ""] == "Doha" for e in talks)


def test_each_headline_clause_places_its_own_act(make_doc: DocBuilder) -> None:
    text = (
        "Envoys meet in Cairo; drone hits Sumy\n\n"
        "A drone hit an apartment block in Sumy on Saturday, wounding two people, officials said."
    )
    doc, events = _full(make_doc, text)
    names = {p.id: p.name for p in doc.places}
    placed = {e.type: names.get(e.place or "") for e in events}
    assert placed[EventType.ASSAULT] == "Sumy"
    assert placed[EventType.CONSULT] == "Cairo"
