"""Stage places.v1 on sentences we wrote, against the tiny GeoNames dump of tests/geo."""

from __future__ import annotations

from pathlib import Path

import pytest

from sitrep.geo.gazetteer import Gazetteer, open_gazetteer
from sitrep.geo.resolve import distance_km
from sitrep.pipeline.places import PlacesStage
from sitrep.records import Place, PlaceLevel
from tests.conftest import DocBuilder
from tests.geo.conftest import ROWS, write_dump

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def stage(tmp_path_factory: pytest.TempPathFactory) -> PlacesStage:
    root = tmp_path_factory.mktemp("places")
    gaz: Gazetteer = open_gazetteer(write_dump(root / "allCountries.txt"), cache_dir=root / "c")
    return PlacesStage(gazetteer=gaz)


def run(stage: PlacesStage, make_doc: DocBuilder, text: str) -> dict[str, Place]:
    doc = make_doc(text)
    places = stage(doc)
    return {doc.text[p.mentions[0].start : p.mentions[0].end]: p for p in places}


def test_countries_are_places_and_demonyms_are_not(
    stage: PlacesStage, make_doc: DocBuilder
) -> None:
    places = run(
        stage,
        make_doc,
        "Azerbaijan accused Armenia of shelling. Azerbaijani forces said Turkey and Russia "
        "were told.",
    )
    assert places["Azerbaijan"].level is PlaceLevel.COUNTRY
    assert places["Azerbaijan"].country == "AZ"
    assert {"Armenia", "Turkey", "Russia"} <= set(places)
    assert "Azerbaijani" not in places
    assert all((p.lat, p.lon) != (0, 0) for p in places.values())


def test_context_decides_between_namesakes(stage: PlacesStage, make_doc: DocBuilder) -> None:
    places = run(
        stage,
        make_doc,
        "Shelling hit the town of Martuni overnight, officials in Stepanakert said. "
        "Residents of Shushi and Terter fled toward Baku.",
    )
    martuni = places["Martuni"]
    assert martuni.country == "AZ" and martuni.gazetteer_id == "geonames:146969"
    assert places["Stepanakert"].gazetteer_id == "geonames:146970"
    assert places["Shushi"].country == "AZ"


def test_a_capital_that_speaks_is_the_capital(stage: PlacesStage, make_doc: DocBuilder) -> None:
    places = run(
        stage,
        make_doc,
        "Gunmen killed 12 hikers near Pahalgam and Handwara. Islamabad has denied any role.",
    )
    assert places["Islamabad"].country == "PK"
    # a namesake town where the story happens stays the town
    places = run(stage, make_doc, "Shops closed in Pahalgam and Islamabad after the raid.")
    assert places["Islamabad"].country == "IN"


def test_containment_after_a_comma(stage: PlacesStage, make_doc: DocBuilder) -> None:
    places = run(stage, make_doc, "The fire broke out in Long Beach, California, on Monday.")
    lb = places["Long Beach"]
    assert lb.lat is not None and lb.lon is not None
    assert distance_km(lb.lat, lb.lon, 33.77, -118.19) < 25
    places = run(stage, make_doc, "She moved to Long Beach, New York, last year.")
    assert places["Long Beach"].admin[-1] == "New York" or places[
        "Long Beach"
    ].lat == pytest.approx(40.58844)


def test_organisations_are_not_places(stage: PlacesStage, make_doc: DocBuilder) -> None:
    places = run(
        stage,
        make_doc,
        "The Minsk Group and the Organization for Security and Cooperation in Europe "
        "met in Geneva.",
    )
    assert "Minsk" not in places and "Minsk Group" not in places
    assert "Europe" not in places
    assert places["Geneva"].country == "CH"


def test_unknown_places_keep_their_mentions_without_coordinates(
    stage: PlacesStage, make_doc: DocBuilder
) -> None:
    places = run(stage, make_doc, "Fighting was reported near Qwertyabad district on Sunday.")
    place = places["Qwertyabad"]
    assert place.lat is None and place.lon is None and place.gazetteer_id is None
    assert place.level is PlaceLevel.REGION


def test_spelling_variants_resolve(stage: PlacesStage, make_doc: DocBuilder) -> None:
    places = run(
        stage, make_doc, "Rockets fell on Aghjabedi, a district of Azerbaijan, near Terter."
    )
    assert places["Aghjabedi"].gazetteer_id == "geonames:587384"


def test_lower_case_common_nouns_are_not_places(stage: PlacesStage, make_doc: DocBuilder) -> None:
    places = run(stage, make_doc, "They ate turkey in Chicago.")
    assert "turkey" not in places
    assert places["Chicago"].country == "US"


SEED_POINTS = {
    "Martuni": (39.79, 47.11),
    "Terter": (40.34, 46.93),
    "Aghjabedi": (40.05, 47.46),
    "Shushi": (39.76, 46.75),
    "Stepanakert": (39.82, 46.75),
    "Baku": (40.38, 49.89),
    "Geneva": (46.20, 6.15),
}


@pytest.mark.shared
def test_seed_article(seed_text: str, make_doc: DocBuilder) -> None:
    doc = make_doc(seed_text, stages=("sentences.v1", "places.v1"))
    by_name: dict[str, Place] = {}
    for p in doc.places:
        for m in p.mentions:
            by_name.setdefault(doc.span_text(m), p)
    for name, (lat, lon) in SEED_POINTS.items():
        p = by_name[name]
        assert p.lat is not None and p.lon is not None, name
        assert distance_km(p.lat, p.lon, lat, lon) < 25, (name, p)
    for name, iso2 in (("Azerbaijan", "AZ"), ("Armenia", "AM"), ("Russia", "RU"), ("Turkey", "TR")):
        assert by_name[name].level is PlaceLevel.COUNTRY and by_name[name].country == iso2
    assert "Azerbaijani" not in by_name
    assert "Minsk Group" not in by_name and "Minsk" not in by_name


def test_stage_declares_its_layers() -> None:
    assert PlacesStage.name == "places.v1"
    assert PlacesStage.provides == "places"
    assert PlacesStage.requires == ("parse",)


def test_gazetteer_is_not_loaded_at_construction(tmp_path: Path) -> None:
    stage = PlacesStage()
    assert stage._gazetteer is None


def test_given_spans_are_resolved_in_context(stage: PlacesStage, make_doc: DocBuilder) -> None:
    text = "Azerbaijani officials said shelling hit Martuni and Stepanakert."
    doc = make_doc(text)
    words = ("Azerbaijani", "Martuni", "Stepanakert")
    spans = [(text.index(w), text.index(w) + len(w)) for w in words]
    places = {
        doc.text[p.mentions[0].start : p.mentions[0].end]: p
        for p in stage.resolve_spans(doc, spans)
    }
    assert set(places) == set(words)
    # A demonym given as a toponym (as some corpora annotate them) is its country.
    assert places["Azerbaijani"].country == "AZ"
    assert places["Azerbaijani"].level is PlaceLevel.COUNTRY
    assert places["Martuni"].gazetteer_id == "geonames:146969"


def test_places_modifying_residents_and_local_institutions(
    stage: PlacesStage, make_doc: DocBuilder
) -> None:
    text = "Chicago woman charged. The Chicago Police Department said the fire began at dawn."
    doc = make_doc(text)
    starts = sorted(m.start for p in stage(doc) for m in p.mentions)
    assert starts == [0, text.index("Chicago Police")]


def test_one_sense_per_article(stage: PlacesStage, make_doc: DocBuilder) -> None:
    text = (
        "Floods reached Chicago on Monday. Chicago reopened its schools on Tuesday, "
        "and Baku sent condolences."
    )
    doc = make_doc(text)
    places = {p.name: p for p in stage(doc)}
    assert len(places["Chicago"].mentions) == 2
    assert places["Chicago"].country == "US"


def test_a_country_name_modifying_a_resident_is_a_town(
    stage: PlacesStage, make_doc: DocBuilder
) -> None:
    # English says "a Lebanese woman"; "a Lebanon woman" is from a town called Lebanon.
    places = run(stage, make_doc, "A Lebanon woman was charged on Monday.")
    assert places["Lebanon"].level is PlaceLevel.LOCALITY
    assert places["Lebanon"].country == "US"
    places = run(stage, make_doc, "Lebanon protested to the United Nations.")
    assert places["Lebanon"].level is PlaceLevel.COUNTRY


def test_the_unit_holding_most_names_decides_in_local_news(
    stage: PlacesStage, make_doc: DocBuilder
) -> None:
    text = "A Palestine man was hurt in a crash between Paris and Athens, Texas troopers said."
    places = run(stage, make_doc, text)
    for name in ("Palestine", "Paris", "Athens"):
        assert places[name].admin[-1:] == ("Texas",) or places[name].gazetteer_id in (
            "geonames:4717232",
            "geonames:4717560",
            "geonames:4671545",
        ), name
    # World news with no sign of the United States keeps the capitals.
    places = run(stage, make_doc, "Ministers flew between Paris and Athens on Monday.")
    assert places["Paris"].country == "FR" and places["Athens"].country == "GR"


# Real GeoNames rows, shortened: a hamlet answering to an English noun, and a town of Azerbaijan.
FALSE_FRIEND_ROWS = [
    *ROWS,
    (
        "10861871",
        "Artillerie",
        "Artillerie",
        "Artillery",
        "-22.27972",
        "166.43897",
        "P",
        "PPL",
        "NC",
        "02",
        "1398",
    ),
    ("587057", "Barda", "Barda", "Bərdə", "40.37577", "47.12619", "P", "PPLA", "AZ", "11", "41600"),
]


@pytest.fixture(scope="module")
def friends(tmp_path_factory: pytest.TempPathFactory) -> PlacesStage:
    root = tmp_path_factory.mktemp("friends")
    dump = write_dump(root / "allCountries.txt", FALSE_FRIEND_ROWS)
    return PlacesStage(gazetteer=open_gazetteer(dump, cache_dir=root / "c"))


@pytest.mark.parametrize(
    "text",
    [
        "Artillery fire hit the outskirts of Barda before dawn, local officials said.",
        "BARDA, May 3 (Reuters) — Artillery fire hit the outskirts of the town overnight.",
        "Heavy shelling in Barda\n\nArtillery units moved closer to the front on Sunday.",
    ],
)
def test_an_ordinary_word_opening_a_sentence_is_not_a_place(
    friends: PlacesStage, make_doc: DocBuilder, text: str
) -> None:
    places = run(friends, make_doc, text)
    assert "Artillery" not in places
    assert not any(p.gazetteer_id == "geonames:10861871" for p in places.values())


def test_an_ordinary_word_with_a_place_cue_is_a_place(
    friends: PlacesStage, make_doc: DocBuilder
) -> None:
    places = run(friends, make_doc, "Aid trucks reached the village of Artillery on Friday.")
    assert places["Artillery"].gazetteer_id == "geonames:10861871"


def test_a_name_spread_to_a_headline_lends_its_neighbour_a_cue(
    friends: PlacesStage, make_doc: DocBuilder
) -> None:
    text = (
        "Rockets struck Terter and Barda\n\n"
        "Missiles hit the city of Barda on Tuesday. Officials also said Terter had come under "
        "heavy fire."
    )
    doc = make_doc(text)
    places = {p.name: p for p in friends(doc)}
    assert places["Terter"].gazetteer_id == "geonames:584871"
    assert len(places["Terter"].mentions) == 2
    assert len(places["Barda"].mentions) == 2


def test_state_abbreviations_and_datelines(stage: PlacesStage, make_doc: DocBuilder) -> None:
    places = run(
        stage,
        make_doc,
        "CHARLESTON, W.Va. -- A bridge closed on Tuesday after a barge struck it.\n\n"
        "The senator, a Democrat, D-S.C., said the repairs would start soon.",
    )
    assert places["W.Va."].gazetteer_id == "geonames:4826850"
    charleston = places["CHARLESTON"]
    assert charleston.lat is not None and charleston.lon is not None
    assert distance_km(charleston.lat, charleston.lon, 38.35, -81.63) < 10  # the one in W.Va.
    assert places["S.C."].gazetteer_id == "geonames:4597040"
    places = run(stage, make_doc, "BEIRUT (AP) — Talks resumed on Monday.")
    assert places["BEIRUT"].country == "LB"
    assert places["BEIRUT"].name == "Beirut"  # a dateline's capitals are no spelling


@pytest.mark.parametrize(
    "dateline", ["PORT-AU-PRINCE, April 2 (Wire) -", "PORT-AU-PRINCE (AP) —", "PORT-AU-PRINCE -"]
)
def test_a_hyphenated_dateline_is_one_name(
    stage: PlacesStage, make_doc: DocBuilder, dateline: str
) -> None:
    places = run(stage, make_doc, f"{dateline} Gunmen burned houses on Tuesday.")
    assert list(places) == ["PORT-AU-PRINCE"]  # not the French village 'Port'
    assert places["PORT-AU-PRINCE"].name == "Port-au-Prince"
    assert places["PORT-AU-PRINCE"].country == "HT"


def test_a_month_in_a_dateline_is_no_town(stage: PlacesStage, make_doc: DocBuilder) -> None:
    places = run(stage, make_doc, "BEIRUT, Nov 6 (Wire) - Talks resumed on Monday.")
    assert list(places) == ["BEIRUT"]


def test_a_state_or_country_opening_an_institution_name(
    stage: PlacesStage, make_doc: DocBuilder
) -> None:
    places = run(
        stage,
        make_doc,
        "The Texas Forest Service warned of fires, and the U.S. Attorney filed charges.",
    )
    assert places["Texas"].level is PlaceLevel.REGION
    assert places["U.S."].country == "US"
    places = run(stage, make_doc, "The Minsk Group met again. North Arlington Neighbors met too.")
    assert "Minsk" not in places and "North" not in places


def test_places_named_together_lie_together(stage: PlacesStage, make_doc: DocBuilder) -> None:
    # Of the Athens in Georgia, Texas and Greece, the one an hour from a Tyler.
    places = run(stage, make_doc, "The county fair moved from Athens to Tyler this year.")
    athens, tyler = places["Athens"], places["Tyler"]
    assert athens.gazetteer_id == "geonames:4671545"
    assert tyler.gazetteer_id == "geonames:4738214"


def test_a_place_inside_a_longer_place_tagged_name(
    stage: PlacesStage, make_doc: DocBuilder
) -> None:
    places = run(
        stage,
        make_doc,
        "Storms swept across East Texas on Sunday. Protesters gathered outside Chicago City Hall.",
    )
    assert places["Texas"].gazetteer_id == "geonames:4736286"
    assert places["Chicago"].gazetteer_id == "geonames:4887398"


def test_a_unit_named_after_its_town_does_not_open_an_institution(
    stage: PlacesStage, make_doc: DocBuilder
) -> None:
    # Belarus' Minsk region shares the name of its capital: 'the Minsk Group' is no place.
    places = run(stage, make_doc, "Envoys of the Minsk Group met in Geneva on Friday.")
    assert "Minsk" not in places and "Minsk Group" not in places


def test_a_state_or_country_closing_an_institution_name(
    stage: PlacesStage, make_doc: DocBuilder
) -> None:
    places = run(stage, make_doc, "She teaches at the University of Texas and studied in Geneva.")
    assert places["Texas"].gazetteer_id == "geonames:4736286"
    places = run(stage, make_doc, "The Organization for Security and Cooperation in Europe met.")
    assert "Europe" not in places


def test_peoples_and_neighbours_put_a_country_in_focus(
    stage: PlacesStage, make_doc: DocBuilder
) -> None:
    places = run(stage, make_doc, "Georgian officials said Georgia would not back down.")
    assert places["Georgia"].country == "GE"
    places = run(stage, make_doc, "Talks between Russia and Georgia resumed on Monday.")
    assert places["Georgia"].country == "GE"
    places = run(stage, make_doc, "Voters in Atlanta, Georgia, went to the polls in Tyler too.")
    assert places["Georgia"].country == "US"


def test_a_country_name_that_is_a_town_of_the_unit_in_focus(
    stage: PlacesStage, make_doc: DocBuilder
) -> None:
    places = run(stage, make_doc, "Crews from Myerstown and Lebanon cleared the roads.")
    assert places["Lebanon"].gazetteer_id == "geonames:5197517"
    places = run(stage, make_doc, "Envoys from Myerstown flew to Lebanon and Turkey.")
    assert places["Lebanon"].country == "LB"  # other countries named: the country


def test_an_english_word_known_only_as_a_town_alias_needs_a_place_noun(
    friends: PlacesStage, make_doc: DocBuilder
) -> None:
    # GeoNames lists 'Artillery' among the alternate names of a hamlet called Artillerie.
    places = run(friends, make_doc, "Officers moved from Barda to Artillery and back again.")
    assert "Artillery" not in places


def test_a_township_is_the_town_it_is_named_for(stage: PlacesStage, make_doc: DocBuilder) -> None:
    places = run(stage, make_doc, "The board of Myerstown Township met on Monday.")
    assert places["Myerstown Township"].gazetteer_id == "geonames:5202820"


def test_town_names_in_datelines_institutions_and_home_towns(
    stage: PlacesStage, make_doc: DocBuilder
) -> None:
    text = (
        "Storm damage is worse than feared . MYERSTOWN - Crews worked through the night.\n\n"
        "Patients were moved to the Tyler General Hospital. Jane Smith of Myerstown helped."
    )
    places = run(stage, make_doc, text)
    assert places["MYERSTOWN"].gazetteer_id == "geonames:5202820"
    assert places["Tyler"].country == "US"
    assert len(places["MYERSTOWN"].mentions) == 2  # 'of Myerstown' after a person


def test_home_towns_distances_and_institutions_in_a_town(
    stage: PlacesStage, make_doc: DocBuilder
) -> None:
    text = (
        "Jane Smith, 29, of Myerstown was charged. The farm lies 60 miles southwest of Tyler. "
        "She studied at the Wyatt High School in Chicago."
    )
    places = run(stage, make_doc, text)
    assert {"Myerstown", "Tyler", "Chicago"} <= set(places)


def test_a_country_name_the_ner_cut_in_two(stage: PlacesStage, make_doc: DocBuilder) -> None:
    text = "Cases were reported in Burkina Faso and the Democratic Republic of the Congo."
    places = run(stage, make_doc, text)
    assert places["Burkina Faso"].country == "BF"
    assert places["Democratic Republic of the Congo"].country == "CD"


def test_us_local_news_keeps_its_town_at_home(stage: PlacesStage, make_doc: DocBuilder) -> None:
    # A local paper names its town and nothing else; its wording says where it is.
    local = run(
        stage,
        make_doc,
        "The Paris City Council voted Tuesday to spend $40,000 on the high school's new roof.",
    )
    assert local["Paris"].country == "US"
    # The same name in world news stays the capital.
    world = run(stage, make_doc, "Talks resumed in Paris on Tuesday, diplomats said.")
    assert world["Paris"].country == "FR"


def test_a_bare_name_of_a_county_and_its_town_is_the_town(
    stage: PlacesStage, make_doc: DocBuilder
) -> None:
    places = run(stage, make_doc, "Gunmen attacked a police post in Mandera on Monday.")
    assert places["Mandera"].level is PlaceLevel.LOCALITY
    assert places["Mandera"].gazetteer_id == "geonames:187896"
    places = run(stage, make_doc, "Gunmen attacked a police post in Mandera County on Monday.")
    assert places["Mandera County"].level is PlaceLevel.REGION


def test_a_district_the_gazetteer_lacks_takes_the_point_of_its_seat(
    stage: PlacesStage, make_doc: DocBuilder
) -> None:
    places = run(stage, make_doc, "Troops were deployed to Mandera District on Monday.")
    district = places["Mandera District"]
    assert district.level is PlaceLevel.REGION
    assert (district.lat, district.lon) == pytest.approx((3.93726, 41.85688))
    assert "seat" in (district.resolution or "")


def test_a_written_hierarchy_names_each_unit_and_contains_the_place(
    stage: PlacesStage, make_doc: DocBuilder
) -> None:
    places = run(stage, make_doc, "Gunmen attacked Lumbishi (Kalehe, Mandera) on Monday.")
    assert places["Lumbishi"].lat is None  # an unknown village stays unresolved
    assert places["Kalehe"].lat is None
    assert places["Mandera"].level is PlaceLevel.REGION  # a unit so written, not its town
    places = run(stage, make_doc, "Police fired on protesters in Martinez (Buenos Aires).")
    assert places["Martinez"].lat is None  # no Martinez in Argentina: not the one in the US
    assert places["Buenos Aires"].country == "AR"


def test_a_place_is_checked_against_every_unit_written_after_it(
    stage: PlacesStage, make_doc: DocBuilder
) -> None:
    places = run(stage, make_doc, "Police fired on protesters in Martinez (Kalehe, Buenos Aires).")
    assert places["Martinez"].lat is None  # Kalehe is unknown; Buenos Aires still rules it out


def test_seas_and_world_regions_are_not_their_namesake_towns(
    stage: PlacesStage, make_doc: DocBuilder
) -> None:
    text = (
        "Aid ships crossed the Mediterranean toward the Middle East, and the outbreak spread "
        "across West Africa."
    )
    places = run(stage, make_doc, text)
    sea, region = places["Mediterranean"], places["Middle East"]
    assert sea.gazetteer_id == "sitrep:feature:mediterranean-sea" and sea.country is None
    assert region.level is PlaceLevel.REGION and region.lat is not None
    assert places["West Africa"].gazetteer_id == "sitrep:feature:west-africa"


def test_a_name_two_countries_share_and_codes_that_are_no_places(make_doc: DocBuilder) -> None:
    # default gazetteer: "Congo" in a story set in Goma and Kinshasa is the DR Congo
    text = (
        "Rebels seized a town near Goma on Tuesday. Congo's government said troops were sent "
        "from Kinshasa. The M23 said it held the road."
    )
    doc = make_doc(text, stages=("sentences.v1", "places.v1"))
    by_name = {p.name: p for p in doc.places}
    assert by_name["Congo"].country == "CD"
    assert "M23" not in by_name
    doc = make_doc(
        "Congo's government said troops were sent.", stages=("sentences.v1", "places.v1")
    )
    assert {p.name: p.country for p in doc.places}.get("Congo") == "CG"


def test_a_hyphenated_name_whose_first_part_is_unknown_is_whole(make_doc: DocBuilder) -> None:
    text = "STEPANAKERT (Wire) - Nagorno-Karabakh officials said the shelling went on."
    doc = make_doc(text, stages=("sentences.v1", "places.v1"))
    written = {m.text(text) for p in doc.places for m in p.mentions}
    assert "Nagorno-Karabakh" in written and "Karabakh" not in written


def test_a_country_that_only_speaks_puts_no_town_in_focus(make_doc: DocBuilder) -> None:
    # default gazetteer: a government speaking ('the United States said') is no evidence that
    # the story happens in its country, so 'Geneva' keeps its prior: the Swiss city.
    stages = ("sentences.v1", "places.v1")
    doc = make_doc(
        "The United States said on Monday that the talks in Geneva would resume next week.",
        stages=stages,
    )
    by_name = {p.name: p for p in doc.places}
    assert by_name["Geneva"].country == "CH"
    assert by_name["United States"].country == "US"  # still a place of the article
    # a place inside the country is evidence: the Geneva of Illinois
    doc = make_doc(
        "Officials in Illinois said the county fair in Geneva would open on Friday.",
        stages=stages,
    )
    assert {p.name: p.country for p in doc.places}.get("Geneva") == "US"


def test_australian_and_canadian_codes_are_read_in_context(make_doc: DocBuilder) -> None:
    # default gazetteer: 'WA' is Western Australia or Washington, as the article's places say
    stages = ("sentences.v1", "places.v1")
    doc = make_doc("Boats left Esperance, WA, for Perth, Australia, on Monday.", stages=stages)
    assert {p.name: p.country for p in doc.places}.get("WA") == "AU"
    doc = make_doc("Growers near Yakima, WA, said the frost hurt the apples.", stages=stages)
    assert {p.name: p.country for p in doc.places}.get("WA") == "US"
    doc = make_doc("The team flew from Moncton, NB, to Halifax, Canada.", stages=stages)
    assert {p.name: p.gazetteer_name for p in doc.places}.get("NB") == "New Brunswick"


def test_a_unit_named_in_french_answers_to_its_english_name(make_doc: DocBuilder) -> None:
    # default gazetteer: 'West Kasai' is Kasai-Occidental, not a namesake town of 'Kasai'
    doc = make_doc(
        "Cholera cases rose in West Kasai and Kinshasa, Congolese officials said.",
        stages=("sentences.v1", "places.v1"),
    )
    kasai = next(p for p in doc.places if "Kasai" in p.name)
    assert kasai.country == "CD" and kasai.gazetteer_name == "Kasai-Occidental"


def test_a_unit_outweighs_a_small_namesake_town_abroad(make_doc: DocBuilder) -> None:
    # default gazetteer: a first-level unit of the unit-name table carries its towns' people
    # as its prior ('Chechnya' the Russian republic, not a Ukrainian village of that name)
    doc = make_doc("Fighting resumed in Chechnya overnight.", stages=("sentences.v1", "places.v1"))
    chechnya = next(p for p in doc.places if p.name == "Chechnya")
    assert chechnya.country == "RU" and chechnya.level is PlaceLevel.REGION


def test_a_known_name_the_ner_cut_in_pieces_after_a_locative(
    stage: PlacesStage, make_doc: DocBuilder
) -> None:
    # The NER may read a foreign town of two words as an organisation and a person.
    places = run(stage, make_doc, "On 6 May 2020, in Aguas Formosas, two men were shot dead.")
    assert places["Aguas Formosas"].country == "BR"
    # A unit noun the tagger took for part of the name is left out of it.
    places = run(stage, make_doc, "Militants fired at a patrol in Handwara subdistrict on Monday.")
    assert places["Handwara"].country == "IN"


def test_the_capital_named_by_its_people_is_that_city(
    stage: PlacesStage, make_doc: DocBuilder
) -> None:
    places = run(stage, make_doc, "Envoys met in the Lebanese capital on Sunday.")
    capital = places["the Lebanese capital"]
    assert (capital.name, capital.country) == ("Beirut", "LB")


@pytest.mark.parametrize(
    "text", ["Two died in the raid on Martuni.", "An offensive against Martuni began at dawn."]
)
def test_what_a_raid_or_offensive_is_on_is_a_place(
    stage: PlacesStage, make_doc: DocBuilder, text: str
) -> None:
    assert "Martuni" in run(stage, make_doc, text)


def test_the_department_of_a_name_is_the_unit(stage: PlacesStage, make_doc: DocBuilder) -> None:
    places = run(stage, make_doc, "Rebels attacked a base in the department of Mandera.")
    assert places["Mandera"].level is PlaceLevel.REGION


def test_a_place_inside_a_known_groups_name_is_none() -> None:
    from sitrep.geo.mention import Mention
    from sitrep.pipeline.places import _outside_known_names

    text = "Fighters of Islamic State West Africa Province raided Geneva at night."
    found = [Mention(text.index(w), text.index(w) + len(w), w) for w in ("West Africa", "Geneva")]
    assert [m.text for m in _outside_known_names(text, found)] == ["Geneva"]


# A Myanmar story's towns, and a namesake of a village's last word far away.
NAMESAKE_ROWS = [
    (
        "1298824",
        "Yangon",
        "Yangon",
        "Rangoon",
        "16.81",
        "96.16",
        "P",
        "PPLA",
        "MM",
        "17",
        "5000000",
    ),
    ("1323815", "Hpakant", "Hpakant", "", "25.61", "96.31", "P", "PPL", "MM", "03", "30000"),
    ("1300466", "Sagaing", "Sagaing", "", "21.88", "95.98", "P", "PPLA", "MM", "01", "80000"),
    ("2140691", "Kone", "Kone", "", "-21.06", "164.87", "P", "PPL", "NC", "01", "4500"),
    ("2140692", "Konee", "Konee", "Kone", "-20.9", "165.1", "P", "PPL", "NC", "01", "300"),
]


@pytest.fixture(scope="module")
def namesake_stage(tmp_path_factory: pytest.TempPathFactory) -> PlacesStage:
    root = tmp_path_factory.mktemp("namesakes")
    dump = write_dump(root / "allCountries.txt", NAMESAKE_ROWS)
    return PlacesStage(gazetteer=open_gazetteer(dump, cache_dir=root / "c"))


def test_a_word_of_a_longer_village_name_is_no_town_of_its_own(
    namesake_stage: PlacesStage, make_doc: DocBuilder
) -> None:
    text = (
        "Jets bombed a school and a monastery in Let Yet Kone village near Sagaing on Tuesday, "
        "residents in Yangon said. Fighting was also reported near Hpakant."
    )
    places = run(namesake_stage, make_doc, text)
    assert "Kone" not in places
    assert places["Hpakant"].country == "MM"


def test_a_small_namesake_far_abroad_stays_unresolved(
    namesake_stage: PlacesStage, make_doc: DocBuilder
) -> None:
    text = (
        "Soldiers raided Kone on Tuesday, residents in Yangon said. "
        "Fighting was also reported near Hpakant."
    )
    places = run(namesake_stage, make_doc, text)
    assert places["Kone"].lat is None
    assert places["Kone"].country is None


def test_names_listed_before_a_plural_unit_noun_are_each_that_unit(make_doc: DocBuilder) -> None:
    doc = make_doc(
        "Fighting spread to the Kharkiv and Sumy regions.", stages=("sentences.v1", "places.v1")
    )
    levels = {p.name: p.level for p in doc.places}
    assert levels == {"Kharkiv": PlaceLevel.REGION, "Sumy": PlaceLevel.REGION}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Drones struck a fuel depot in the Bryansk region overnight.", "Bryansk"),
        ("Shelling hit villages in the Voronezh region on Monday.", "Voronezh"),
        ("Missiles hit the port in the Odesa region.", "Odesa"),
        ("Shelling cut power across the Zaporizhzhia region.", "Zaporizhzhia"),
    ],
)
def test_a_region_named_for_its_chief_town_is_that_region(
    make_doc: DocBuilder, text: str, name: str
) -> None:
    # GeoNames spells these units 'Brjansk', 'Voronezj', 'Odessa', 'Zaporizhia'
    doc = make_doc(text, stages=("sentences.v1", "places.v1"))
    place = next(p for p in doc.places if p.name == name)
    assert place.level is PlaceLevel.REGION


def test_a_town_the_gazetteer_lacks_takes_the_unit_it_is_written_to_lie_in(
    make_doc: DocBuilder,
) -> None:
    doc = make_doc(
        "Rebels seized the town of Qwertyville in eastern Congo's North Kivu province.",
        stages=("sentences.v1", "places.v1"),
    )
    town = next(p for p in doc.places if p.name == "Qwertyville")
    assert town.lat is None and town.lon is None and town.gazetteer_id is None
    assert town.country == "CD"
    assert town.admin == ("Democratic Republic of the Congo", "Nord-Kivu")
    assert town.resolution is not None and "written to lie in Nord-Kivu" in town.resolution


def test_a_place_the_gazetteer_lacks_in_a_town_takes_no_country_from_it(
    make_doc: DocBuilder,
) -> None:
    # 'X in Goma' may be a quarter or a camp of the town, or a namesake: no unit is written
    doc = make_doc(
        "Shells fell on the Qwertyville camp in Goma, residents said.",
        stages=("sentences.v1", "places.v1"),
    )
    assert next(p for p in doc.places if p.name == "Goma").level is PlaceLevel.LOCALITY
    assert all(p.country is None for p in doc.places if p.name.startswith("Qwertyville"))


def test_a_single_letter_is_no_place(stage: PlacesStage, make_doc: DocBuilder) -> None:
    text = (
        "The Valdian embassy accused the rebels of kidnapping the crew. "
        '"The rebels threaten every sailor," the embassy said in a post on X.'
    )
    assert not any(name.strip(" .") == "X" for name in run(stage, make_doc, text))


def test_a_dateline_name_in_capitals_is_title_cased_unless_an_acronym() -> None:
    from sitrep.geo.mention import Mention
    from sitrep.pipeline.places import _display_name

    def shown(written: str, gazetteer_name: str | None = None) -> str:
        return _display_name([Mention(0, len(written), written)], gazetteer_name)

    assert shown("NEW DELHI") == "New Delhi"  # a word under four letters no longer keeps it
    assert shown("GAZA CITY") == "Gaza City"
    assert shown("STEPANAKERT") == "Stepanakert"
    assert shown("UAE") == "UAE" and shown("DRC") == "DRC"  # acronyms stay
    assert shown("BAKU", "Baku") == "Baku"  # the gazetteer's spelling of the same name
    assert shown("Gaza City") == "Gaza City"  # not in capitals: as written
