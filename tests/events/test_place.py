from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

import pytest

from sitrep.events.place import locate_event, place_of_event
from sitrep.records import Place, PlaceLevel, Span
from tests.conftest import DocBuilder

if TYPE_CHECKING:
    from spacy.tokens import Doc

pytestmark = pytest.mark.slow


def _place(text: str, name: str, level: PlaceLevel, pid: str) -> Place:
    start = text.index(name)
    return Place(id=pid, name=name, level=level, mentions=(Span(start, start + len(name)),))


def _parse(make_doc: DocBuilder, text: str, word: str) -> tuple[Doc, int, tuple[Span, ...]]:
    """The parsed text, the index of the event word ``word`` and the whole text as a scope."""
    parsed = make_doc(text).parse.doc
    return parsed, next(t.i for t in parsed if t.text == word), (Span(0, len(text)),)


def test_the_locality_attached_to_the_event_word_wins(make_doc: DocBuilder) -> None:
    text = "Troops of Freedonia fired on positions near Kelso, in the Ardent valley."
    parsed, fired, whole = _parse(make_doc, text, "fired")
    places = (
        _place(text, "Freedonia", PlaceLevel.COUNTRY, "p1"),
        _place(text, "Kelso", PlaceLevel.LOCALITY, "p2"),
        _place(text, "Ardent valley", PlaceLevel.REGION, "p3"),
    )
    assert place_of_event(places, (whole,), parsed=parsed, trigger=fired) == "p2"


def test_nearest_scope_first_and_none_when_no_place(make_doc: DocBuilder) -> None:
    text = "Talks opened in Lorn. Shelling went on."
    parsed = make_doc(text).parse.doc
    places = (_place(text, "Lorn", PlaceLevel.LOCALITY, "p1"),)
    second = (Span(text.index("Shelling"), len(text)),)
    assert place_of_event(places, (second,), parsed=parsed, trigger=5) is None
    assert place_of_event(places, (second, (Span(0, len(text)),)), parsed=parsed, trigger=5) == "p1"


def test_a_locality_the_target_names_beats_a_country(make_doc: DocBuilder) -> None:
    # Dunmore is a place the article names again later; here only its name is in the target
    text = "Freedonia says Ruritanian rockets struck Dunmore and Kelso. Kelso and Dunmore burn."
    parsed = make_doc(text).parse.doc
    second = text.index("Kelso and")
    places = (
        _place(text, "Freedonia", PlaceLevel.COUNTRY, "p1"),
        Place(
            id="p2",
            name="Dunmore",
            level=PlaceLevel.LOCALITY,
            mentions=(Span(text.index("Dunmore burn"), text.index("Dunmore burn") + 7),),
        ),
        Place(
            id="p3", name="Kelso", level=PlaceLevel.LOCALITY, mentions=(Span(second, second + 5),)
        ),
    )
    struck = next(t.i for t in parsed if t.text == "struck")
    whole = (Span(0, text.index(".") + 1),)
    target = Span(text.index("Dunmore"), text.index("."))
    assert place_of_event(places, (whole,), parsed=parsed, trigger=struck) == "p1"
    assert place_of_event(places, (whole,), parsed=parsed, trigger=struck, target=target) == "p2"


def test_a_place_word_inside_an_organisation_name_is_not_the_place(make_doc: DocBuilder) -> None:
    text = "Envoys met in Geneva with members of the Minsk Group of the OSCE."
    parsed = make_doc(text).parse.doc
    assert any(e.text.endswith("Minsk Group") and e.label_ == "ORG" for e in parsed.ents)
    places = (
        _place(text, "Geneva", PlaceLevel.LOCALITY, "p1"),
        Place(
            id="p2",
            name="Minsk",
            level=PlaceLevel.LOCALITY,
            mentions=(Span(text.index("Minsk"), text.index("Minsk") + 5),),
        ),
    )
    met = next(t.i for t in parsed if t.text == "met")
    after = (Span(text.index("with"), len(text)),)
    assert place_of_event(places, (after,), parsed=parsed, trigger=met) is None
    assert place_of_event(places, ((Span(0, len(text)),),), parsed=parsed, trigger=met) == "p1"


def test_a_town_named_only_in_a_road_name_comes_last(make_doc: DocBuilder) -> None:
    text = "Traders blocked the Kelso-Dunmore highway at Lorn for five hours."
    parsed, blocked, whole = _parse(make_doc, text, "blocked")
    places = (
        _place(text, "Kelso", PlaceLevel.LOCALITY, "p1"),
        _place(text, "Dunmore", PlaceLevel.LOCALITY, "p2"),
        _place(text, "Lorn", PlaceLevel.LOCALITY, "p3"),
    )
    assert place_of_event(places, (whole,), parsed=parsed, trigger=blocked) == "p3"


def _at(text: str, name: str, pid: str, *, level: PlaceLevel | None, lat: float | None) -> Place:
    start = text.index(name)
    return Place(
        id=pid,
        name=name,
        level=level,
        lat=lat,
        lon=None if lat is None else 10.0,
        mentions=(Span(start, start + len(name)),),
    )


def test_an_unknown_village_gives_way_to_the_resolved_district(make_doc: DocBuilder) -> None:
    text = "Raiders burned huts in Orrin village, Tamsk District, in Freedonia."
    parsed, burned, whole = _parse(make_doc, text, "burned")
    places = (
        _at(text, "Orrin village", "p1", level=PlaceLevel.LOCALITY, lat=None),
        _at(text, "Tamsk District", "p2", level=PlaceLevel.REGION, lat=4.0),
        _at(text, "Freedonia", "p3", level=PlaceLevel.COUNTRY, lat=5.0),
    )
    # on the map at the district, the village kept as the event's site
    assert locate_event(places, (whole,), parsed=parsed, trigger=burned) == ("p2", "p1")
    # with nothing resolved below the country, the unknown name is the most specific
    assert locate_event(places[::2], (whole,), parsed=parsed, trigger=burned) == ("p1", None)


def test_the_actors_place_and_a_roads_come_last(make_doc: DocBuilder) -> None:
    text = "Members of the Kelso branch blocked the Lorn-Dunmore highway at Tallis."
    parsed = make_doc(text).parse.doc
    places = tuple(
        _at(text, name, f"p{i}", level=PlaceLevel.LOCALITY, lat=1.0 + i)
        for i, name in enumerate(("Kelso", "Lorn", "Dunmore", "Tallis"))
    )
    blocked = next(t.i for t in parsed if t.text == "blocked")
    actor = Span(0, text.index(" blocked"))
    clause = (Span(text.index("blocked"), text.index(" at")),)
    whole = (Span(0, len(text)),)
    assert place_of_event(places, (whole,), parsed=parsed, trigger=blocked, actor=actor) == "p3"
    # the clause names only the road's towns: the sentence tells where
    assert (
        place_of_event(places, (clause, whole), parsed=parsed, trigger=blocked, actor=actor) == "p3"
    )
    # named nowhere else, the actor's place is taken before a road's
    assert place_of_event(places[:3], (whole,), parsed=parsed, trigger=blocked, actor=actor) == "p0"


# a country named elsewhere in the text
_FREEDONIA = Place(
    id="p9", name="Freedonia", level=PlaceLevel.COUNTRY, lat=3.0, lon=3.0, mentions=(Span(0, 1),)
)


def test_an_opening_place_and_a_verbless_line_set_the_scene(make_doc: DocBuilder) -> None:
    from sitrep.events.place import Scene, scenes

    text = (
        "On 2 March, in Kelso, gunmen stopped a bus. Two passengers were wounded. "
        "Troops left Dorran.\n\n"
        "Riots broke out across the country. (Tallis town mostly)"
    )
    parsed = make_doc(text).parse.doc
    places = tuple(
        _at(text, name, f"p{i}", level=PlaceLevel.LOCALITY, lat=1.0 + i)
        for i, name in enumerate(("Kelso", "Dorran", "Tallis"))
    )
    assert scenes(list(parsed.sents), places, parsed=parsed) == [
        Scene(frame="p0"),  # the opening 'in Kelso'
        Scene(frame="p0"),  # carried on
        Scene(),  # a sentence that names a place of its own ends it
        Scene(aside="p2"),  # the line after names where
        Scene(),
    ]
    # the line after tells where more finely than the country its sentence named
    assert Scene(aside="p2").settle("p9", (*places, _FREEDONIA)) == "p2"
    assert Scene(aside="p9").settle("p2", (*places, _FREEDONIA)) == "p2"
    assert Scene(frame="p0").settle(None, places) == "p0"


def test_an_event_with_no_place_is_where_the_one_before_it_was() -> None:
    from sitrep.events.place import carry_places

    # sentences 0 and 1 form a paragraph, 2 another
    told = [(0, None), (0, "p1"), (1, None), (1, "p2"), (1, None), (2, None)]
    assert carry_places(told, [0, 0, 1]) == [None, "p1", "p1", "p2", "p2", None]
    # a sentence telling no event sets the scene for the events after it
    told = [(1, None), (2, None)]
    assert carry_places(told, [0, 0, 0], named=["p1", None, None]) == ["p1", "p1"]
    assert carry_places(told, [0, 1, 1], named=["p1", None, None]) == [None, None]
    # an event placed only in a country stays where the one before it was
    told = [(0, "p1"), (1, "p9"), (2, "p9")]
    assert carry_places(told, [0, 0, 1], places=(_FREEDONIA,)) == ["p1", "p1", "p9"]


def test_a_closing_place_line_tells_where_of_its_paragraph(make_doc: DocBuilder) -> None:
    from sitrep.events.place import Scene, scenes

    text = "Two herders were killed. Police intervened. Place: Kelso village."
    parsed = make_doc(text).parse.doc
    places = (_at(text, "Kelso village", "p1", level=PlaceLevel.LOCALITY, lat=1.0),)
    sentences = list(parsed.sents)
    assert len(sentences) == 3
    assert scenes(sentences, places, parsed=parsed) == [
        Scene(aside="p1"),
        Scene(aside="p1"),
        Scene(),
    ]


def test_a_place_in_a_relative_clause_describes_rather_than_places(make_doc: DocBuilder) -> None:
    text = "In Tamsk district, a body was found on a road that leads to Kelso."
    parsed, found, whole = _parse(make_doc, text, "found")
    places = (
        _at(text, "Tamsk district", "p1", level=PlaceLevel.REGION, lat=1.0),
        _at(text, "Kelso", "p2", level=PlaceLevel.LOCALITY, lat=2.0),
    )
    assert parsed[next(t.i for t in parsed if t.text == "leads")].dep_ == "relcl"
    assert place_of_event(places, (whole,), parsed=parsed, trigger=found) == "p1"
    assert place_of_event(places[1:], (whole,), parsed=parsed, trigger=found) == "p2"


def test_a_line_with_a_misspelt_noun_is_still_no_clause(make_doc: DocBuilder) -> None:
    from sitrep.events.place import Scene, scenes

    text = "Two guards were shot by raiders. In Tamsk distrcit near the border."
    parsed = make_doc(text).parse.doc
    places = (_at(text, "Tamsk", "p1", level=PlaceLevel.REGION, lat=1.0),)
    assert scenes(list(parsed.sents), places, parsed=parsed)[0] == Scene(aside="p1")


def test_a_namesake_abroad_gives_way_to_the_place_the_text_puts_it_in(
    make_doc: DocBuilder,
) -> None:
    text = "Gunmen shot a guard in the Eastfield district of Kelso."
    parsed, shot, whole = _parse(make_doc, text, "shot")

    def places(country: str) -> tuple[Place, ...]:
        east = _at(text, "Eastfield", "p1", level=PlaceLevel.LOCALITY, lat=50.0)
        kelso = _at(text, "Kelso", "p2", level=PlaceLevel.REGION, lat=1.0)
        return (replace(east, country=country), replace(kelso, country="KE"))

    assert place_of_event(places("GB"), (whole,), parsed=parsed, trigger=shot) == "p2"
    assert place_of_event(places("KE"), (whole,), parsed=parsed, trigger=shot) == "p1"


def test_a_destination_is_not_where_and_a_bodys_place_is(make_doc: DocBuilder) -> None:
    text = "Gunmen attacked a Kelso-bound bus outside Dorran."
    parsed, attacked, whole = _parse(make_doc, text, "attacked")
    places = (
        _at(text, "Kelso", "p1", level=PlaceLevel.LOCALITY, lat=1.0),
        _at(text, "Dorran", "p2", level=PlaceLevel.LOCALITY, lat=2.0),
    )
    target = Span(text.index("a Kelso"), text.index(" outside"))
    assert place_of_event(places, (whole,), parsed=parsed, trigger=attacked, target=target) == "p2"


def test_a_place_after_in_inside_a_name_says_where_the_body_is(make_doc: DocBuilder) -> None:
    from spacy.tokens import Span as SpacySpan

    text = "Students of St Marys Secondary School in Dorran went on strike."
    parsed, strike, whole = _parse(make_doc, text, "strike")
    # as the tagger sometimes reads it: the town taken into the school's name
    school = parsed.char_span(text.index("St Marys"), text.index(" went"))
    assert school is not None
    parsed.ents = [SpacySpan(parsed, school.start, school.end, label="ORG")]
    places = (_at(text, "Dorran", "p1", level=PlaceLevel.LOCALITY, lat=1.0),)
    assert place_of_event(places, (whole,), parsed=parsed, trigger=strike) == "p1"


def test_a_country_told_as_whose_gives_way(make_doc: DocBuilder) -> None:
    from sitrep.events.place import Scene

    text = "Workers closed a street in Kelso in protest against the president of Freedonia."
    parsed = make_doc(text).parse.doc
    places = (
        _at(text, "Kelso", "p1", level=PlaceLevel.LOCALITY, lat=1.0),
        _at(text, "Freedonia", "p2", level=PlaceLevel.COUNTRY, lat=2.0),
    )
    protest = next(t.i for t in parsed if t.text == "protest")
    own = (Span(text.index("protest"), len(text)),)
    whole = (Span(0, len(text)),)
    assert place_of_event(places, (own, whole), parsed=parsed, trigger=protest) == "p1"
    # a scene set in Kelso beats a country the sentence names
    assert Scene(frame="p1").settle("p2", places) == "p1"


def test_a_road_to_a_town_is_not_at_the_town(make_doc: DocBuilder) -> None:
    text = "Farmers blocked the road to Kelso in Tamsk region."
    parsed, blocked, whole = _parse(make_doc, text, "blocked")
    places = (
        _at(text, "Kelso", "p1", level=PlaceLevel.LOCALITY, lat=1.0),
        _at(text, "Tamsk region", "p2", level=PlaceLevel.REGION, lat=2.0),
    )
    assert place_of_event(places, (whole,), parsed=parsed, trigger=blocked) == "p2"


def test_a_place_in_a_name_is_not_where_unless_the_name_says_where(make_doc: DocBuilder) -> None:
    from sitrep.events.place import doc_text
    from sitrep.events.place.mentions import in_a_name

    text = "Delegates of the Geneva Conventions committee met a school in Kelso."
    parsed = make_doc(text).parse.doc
    assert doc_text(parsed) == parsed.text and doc_text(parsed) is doc_text(parsed)
    geneva = Span(text.index("Geneva"), text.index("Geneva") + 6)
    kelso = Span(text.index("Kelso"), text.index("Kelso") + 5)
    names = [(e.text, e.label_) for e in parsed.ents]
    if any(label in {"ORG", "LAW"} and "Geneva" in name for name, label in names):
        assert in_a_name(parsed, geneva)
    assert not in_a_name(parsed, kelso)


def test_where_goods_came_from_is_not_where(make_doc: DocBuilder) -> None:
    text = "Rebels fired rockets made in Kelso at the border of Valdia."
    parsed, fired, whole = _parse(make_doc, text, "fired")
    places = (
        _place(text, "Kelso", PlaceLevel.LOCALITY, "p1"),
        _place(text, "Valdia", PlaceLevel.COUNTRY, "p2"),
    )
    assert place_of_event(places, (whole,), parsed=parsed, trigger=fired) == "p2"


def test_where_a_source_is_based_is_not_where_it_happened(make_doc: DocBuilder) -> None:
    from sitrep.events.place.mentions import based_in

    text = "The Britain-based monitor said jets struck the town."
    start = text.index("Britain")
    assert based_in(text, Span(start, start + len("Britain")))
    assert not based_in(text, Span(text.index("town"), text.index("town") + 4))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Jets struck Iran-backed militias near the border.", "Iran"),
        ("The US-led coalition bombed the depot.", "US"),
        ("Officials said Freedonia-allied fighters shelled the town.", "Freedonia"),
    ],
)
def test_who_backs_or_leads_a_force_is_not_where(text: str, name: str) -> None:
    from sitrep.events.place.mentions import based_in

    start = text.index(name)
    assert based_in(text, Span(start, start + len(name)))


def test_a_namesake_far_from_the_town_the_text_puts_it_in_gives_way(
    make_doc: DocBuilder,
) -> None:
    text = "Two gangs clashed in the Marra area of Kelso city on Sunday."
    parsed, clashed, whole = _parse(make_doc, text, "clashed")
    kelso = replace(
        _at(text, "Kelso city", "p2", level=PlaceLevel.LOCALITY, lat=20.0), country="KE"
    )

    def marra(lat: float) -> Place:
        return replace(_at(text, "Marra", "p1", level=PlaceLevel.LOCALITY, lat=lat), country="KE")

    # 7 degrees of latitude away: a namesake; 0.1 away: a quarter of the town
    assert place_of_event((marra(27.0), kelso), (whole,), parsed=parsed, trigger=clashed) == "p2"
    assert place_of_event((marra(20.1), kelso), (whole,), parsed=parsed, trigger=clashed) == "p1"


def test_a_lone_town_abroad_gives_way_to_the_places_of_the_texts_country(
    make_doc: DocBuilder,
) -> None:
    text = "A bomb went off near Tobo village and Kangla area (Ombri district, Tessa state)."
    parsed, went, whole = _parse(make_doc, text, "went")
    tobo = _at(text, "Tobo village", "p1", level=PlaceLevel.LOCALITY, lat=-5.0)
    district = replace(_at(text, "Ombri district", "p2", level=PlaceLevel.REGION, lat=25.0))
    state = _at(text, "Tessa state", "p3", level=PlaceLevel.REGION, lat=24.0)

    def located(tobo_country: str, others: str) -> str | None:
        return place_of_event(
            (
                replace(tobo, country=tobo_country),
                replace(district, country=others),
                replace(state, country=others),
            ),
            (whole,),
            parsed=parsed,
            trigger=went,
        )

    assert located("BR", "IN") == "p2"
    assert located("IN", "IN") == "p1"
    # one other place alone is too little evidence of the text's country
    one = (replace(tobo, country="BR"), replace(district, country="IN"))
    assert place_of_event(one, (whole,), parsed=parsed, trigger=went) == "p1"


def test_after_a_comma_a_far_wider_place_may_be_the_unit_named_after_its_seat(
    make_doc: DocBuilder,
) -> None:
    text = "Police found a body in Marra, Kelso, on Sunday."
    parsed, found, whole = _parse(make_doc, text, "found")
    kelso = replace(_at(text, "Kelso", "p2", level=PlaceLevel.LOCALITY, lat=20.0), country="KE")
    marra = replace(_at(text, "Marra", "p1", level=PlaceLevel.LOCALITY, lat=22.0), country="KE")
    assert place_of_event((marra, kelso), (whole,), parsed=parsed, trigger=found) == "p1"


def test_a_wider_unit_written_after_a_resolved_one_ranks_after_it(make_doc: DocBuilder) -> None:
    text = "Jets struck east of Tuwa hill (Shada, Sadra) on Monday."
    parsed, struck, whole = _parse(make_doc, text, "struck")
    tuwa = _at(text, "Tuwa", "p1", level=None, lat=None)
    shada = replace(_at(text, "Shada", "p2", level=PlaceLevel.REGION, lat=16.0), country="YE")
    # the gazetteer took the governorate for its seat, a town: still the wider unit
    sadra = replace(_at(text, "Sadra", "p3", level=PlaceLevel.LOCALITY, lat=16.9), country="YE")
    assert place_of_event((tuwa, shada, sadra), (whole,), parsed=parsed, trigger=struck) == "p2"
    unknown = replace(shada, lat=None, lon=None)
    assert place_of_event((tuwa, unknown, sadra), (whole,), parsed=parsed, trigger=struck) == "p3"


def test_a_quarter_read_as_a_town_far_away_gives_way_to_the_town(make_doc: DocBuilder) -> None:
    text = "Gunmen shot a man in Colonia Las Rosas. The police of Puerto Lindo came later."
    parsed, shot, whole = _parse(make_doc, text, "shot")
    town = replace(_at(text, "Puerto Lindo", "p1", level=PlaceLevel.LOCALITY, lat=20.0))
    quarter = _at(text, "Colonia Las Rosas", "p2", level=PlaceLevel.LOCALITY, lat=27.0)
    town, quarter = replace(town, country="MX"), replace(quarter, country="MX")
    assert place_of_event((town, quarter), (whole,), parsed=parsed, trigger=shot) == "p1"
    nearby = replace(quarter, lat=20.05)
    assert place_of_event((town, nearby), (whole,), parsed=parsed, trigger=shot) == "p2"
    # nor is the far namesake the place the event's target names
    start = text.index("a man")
    target = Span(start, text.index(". The"))
    far = place_of_event((town, quarter), (whole,), parsed=parsed, trigger=shot, target=target)
    assert far == "p1"


def test_a_town_the_gazetteer_put_in_another_province_than_the_text_gives_way(
    make_doc: DocBuilder,
) -> None:
    text = "A drone strike killed two men in Korvan district, Batakh."
    parsed, killed, whole = _parse(make_doc, text, "killed")
    korvan = _at(text, "Korvan district", "p1", level=PlaceLevel.LOCALITY, lat=30.0)
    batakh = _at(text, "Batakh", "p2", level=PlaceLevel.REGION, lat=36.0)
    batakh = replace(batakh, country="AF", admin=("Afghanistan",), gazetteer_name="Batākh")

    def located(province: str) -> str | None:
        town = replace(korvan, country="AF", admin=("Afghanistan", province))
        return place_of_event((town, batakh), (whole,), parsed=parsed, trigger=killed)

    assert located("Helmar") == "p2"
    assert located("Batākh") == "p1"


def test_a_name_made_only_of_places_is_the_taggers_slip() -> None:
    from sitrep.events.place.mentions import _only_places

    text = "In Jalco, Jalco, a man was shot. The Jalco Traders Union protested."
    first, second = text.index("Jalco"), text.index("Jalco", 5)
    union = text.index("Jalco Traders")
    jalco = Place(
        id="p1",
        name="Jalco",
        mentions=(Span(first, first + 5), Span(second, second + 5), Span(union, union + 5)),
    )
    assert _only_places(text, first, second + 5, (jalco,))
    assert not _only_places(text, union, union + len("Jalco Traders Union"), (jalco,))
    assert not _only_places(text, first, second + 5, ())


def test_a_country_that_qualifies_a_title_is_not_where(make_doc: DocBuilder) -> None:
    from sitrep.events.place import named_places

    text = "U.S. envoy Tom Brant said the raid on the market was a brutal act."
    parsed, raid, whole = _parse(make_doc, text, "raid")
    places = (_place(text, "U.S.", PlaceLevel.COUNTRY, "p1"),)
    assert place_of_event(places, (whole,), parsed=parsed, trigger=raid) is None
    assert named_places(list(parsed.sents), places, parsed=parsed) == [None]
    # a town's word before a title may well say where ('the Kelso mayor said shelling hit it')
    text = "Kelso Mayor Ann Dale said the raid on the market was a brutal act."
    parsed, raid, whole = _parse(make_doc, text, "raid")
    places = (_place(text, "Kelso", PlaceLevel.LOCALITY, "p2"),)
    assert place_of_event(places, (whole,), parsed=parsed, trigger=raid) == "p2"
    # the country the event happened in is still its place
    text = "A U.S. official said the raid in Freedonia killed three."
    parsed, raid, whole = _parse(make_doc, text, "raid")
    places = (
        _place(text, "U.S.", PlaceLevel.COUNTRY, "p1"),
        _place(text, "Freedonia", PlaceLevel.COUNTRY, "p3"),
    )
    assert place_of_event(places, (whole,), parsed=parsed, trigger=raid) == "p3"


def test_a_capital_standing_for_its_government_is_not_where(make_doc: DocBuilder) -> None:
    text = "Kelso has long accused the rebels of raids."
    parsed, accused, whole = _parse(make_doc, text, "accused")
    places = (_place(text, "Kelso", PlaceLevel.LOCALITY, "p1"),)
    actor = Span(0, len("Kelso"))
    assert place_of_event(places, (whole,), parsed=parsed, trigger=accused, actor=actor) is None
    text = "The raid hit the market, and Kelso would respond, the spokesman said."
    parsed, raid, whole = _parse(make_doc, text, "raid")
    places = (_place(text, "Kelso", PlaceLevel.LOCALITY, "p1"),)
    assert place_of_event(places, (whole,), parsed=parsed, trigger=raid) is None


def test_a_capital_that_claims_in_a_headline_is_not_where(make_doc: DocBuilder) -> None:
    # the parser reads a headline's 'claims' as a noun that 'Kyiv' qualifies
    text = "Moscow says it downed 30 drones; Kyiv claims hit on fuel depot"
    parsed, hit, whole = _parse(make_doc, text, "hit")
    places = (_place(text, "Kyiv", PlaceLevel.LOCALITY, "p1"),)
    assert place_of_event(places, (whole,), parsed=parsed, trigger=hit) is None
    # a town's own claims as a thing stay where ('Kyiv claims office was hit')
    text = "Shells hit the Kelso claims office on Monday."
    parsed, hit, whole = _parse(make_doc, text, "hit")
    places = (_place(text, "Kelso", PlaceLevel.LOCALITY, "p2"),)
    assert place_of_event(places, (whole,), parsed=parsed, trigger=hit) == "p2"


def test_where_people_came_from_or_a_speaker_is_is_not_where(make_doc: DocBuilder) -> None:
    text = "The strikes hit the homes of refugees from Dunmore, an official in Kelso said."
    parsed, hit, whole = _parse(make_doc, text, "hit")
    places = (
        _place(text, "Dunmore", PlaceLevel.REGION, "p1"),
        _place(text, "Kelso", PlaceLevel.LOCALITY, "p2"),
    )
    assert place_of_event(places, (whole,), parsed=parsed, trigger=hit) is None


def test_a_country_owning_a_body_is_not_where(make_doc: DocBuilder) -> None:
    text = "Freedonia's foreign ministry did not comment on the strikes."
    parsed, strikes, whole = _parse(make_doc, text, "strikes")
    places = (_place(text, "Freedonia", PlaceLevel.COUNTRY, "p1"),)
    assert place_of_event(places, (whole,), parsed=parsed, trigger=strikes) is None


def test_a_country_naming_its_agency_is_not_where(make_doc: DocBuilder) -> None:
    text = "The strike started a fire on the tanker, the UK maritime agency said."
    parsed, strike, whole = _parse(make_doc, text, "strike")
    places = (_place(text, "UK", PlaceLevel.COUNTRY, "p1"),)
    assert place_of_event(places, (whole,), parsed=parsed, trigger=strike) is None
    text = "Freedonia ports authority says a tanker was hit off the Lorn coast."
    parsed, hit, whole = _parse(make_doc, text, "hit")
    places = (
        _place(text, "Freedonia", PlaceLevel.COUNTRY, "p1"),
        _place(text, "Lorn", PlaceLevel.COUNTRY, "p2"),
    )
    assert place_of_event(places, (whole,), parsed=parsed, trigger=hit) == "p2"


def test_an_addressee_or_a_broker_is_no_place(make_doc: DocBuilder) -> None:
    text = "The governor condemned the raid and urged Lorn and Kelso to guard the frontier."
    parsed, condemned, whole = _parse(make_doc, text, "condemned")
    places = (
        _place(text, "Lorn", PlaceLevel.LOCALITY, "p1"),
        _place(text, "Kelso", PlaceLevel.LOCALITY, "p2"),
    )
    assert place_of_event(places, (whole,), parsed=parsed, trigger=condemned) is None
    text = "Both sides agreed to a truce brokered by Freedonia."
    parsed, agreed, whole = _parse(make_doc, text, "agreed")
    places = (_place(text, "Freedonia", PlaceLevel.COUNTRY, "p1"),)
    assert place_of_event(places, (whole,), parsed=parsed, trigger=agreed) is None
    # a place the event's target names is still where it fell
    text = "The rebels attacked Kelso at dawn."
    parsed, attacked, whole = _parse(make_doc, text, "attacked")
    places = (_place(text, "Kelso", PlaceLevel.LOCALITY, "p1"),)
    assert place_of_event(places, (whole,), parsed=parsed, trigger=attacked) == "p1"


def test_the_coast_of_a_country_is_where(make_doc: DocBuilder) -> None:
    text = "Pirates seized a tanker off the coast of Freedonia."
    parsed, seized, whole = _parse(make_doc, text, "seized")
    places = (_place(text, "Freedonia", PlaceLevel.COUNTRY, "p1"),)
    assert locate_event(places, (whole,), parsed=parsed, trigger=seized) == ("p1", None)


def test_where_the_act_answered_happened_is_not_where_the_answer_did(
    make_doc: DocBuilder,
) -> None:
    text = "The group said the attack was a response to the crimes of the enemy in Kelso."
    parsed, attack, whole = _parse(make_doc, text, "attack")
    places = (_at(text, "Kelso", "p1", level=PlaceLevel.LOCALITY, lat=1.0),)
    assert place_of_event(places, (whole,), parsed=parsed, trigger=attack) is None
    text = "The raid on Kelso came in retaliation for strikes on Tamsk."
    parsed, strikes, whole = _parse(make_doc, text, "strikes")
    places = (_at(text, "Tamsk", "p1", level=PlaceLevel.LOCALITY, lat=1.0),)
    assert place_of_event(places, (whole,), parsed=parsed, trigger=strikes) == "p1"
