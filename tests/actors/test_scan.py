"""What a place speaking as a body is called."""

from __future__ import annotations

from sitrep.actors.scan import polity_name
from sitrep.records import Place, PlaceLevel, Span


def _place(name: str, gazetteer_name: str | None) -> Place:
    return Place(
        id="p1",
        name=name,
        mentions=(Span(0, len(name)),),
        lat=39.8,
        lon=46.8,
        level=PlaceLevel.REGION,
        gazetteer_name=gazetteer_name,
    )


def test_a_short_form_takes_the_gazetteer_name() -> None:
    assert polity_name(_place("Karabakh", "Nagorno-Karabakh")) == "Nagorno-Karabakh"


def test_another_name_for_the_place_keeps_the_article_words() -> None:
    # A contested or local name is the article's to choose, not the gazetteer's.
    assert polity_name(_place("Stepanakert", "Khankendi")) == "Stepanakert"
    assert polity_name(_place("Berdzor", "Laçın")) == "Berdzor"
    assert polity_name(_place("Tigray", None)) == "Tigray"
    assert polity_name(_place("Darfur", "North Darfur")) == "Darfur"
