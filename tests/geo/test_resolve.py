"""Resolution rules on a small GeoNames dump written here (real places, rounded figures)."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from sitrep.geo.gazetteer import Gazetteer, open_gazetteer
from sitrep.geo.mention import Cue, Mention
from sitrep.geo.resolve import resolve_mentions
from tests.geo.conftest import write_dump

ROWS = [
    # geonameid, name, asciiname, alternatenames, lat, lon, class, code, cc, admin1, population
    (
        "104515",
        "Makkah",
        "Makkah",
        "Mecca,Mekka",
        "21.43",
        "39.83",
        "P",
        "PPLA",
        "SA",
        "14",
        "1500000",
    ),
    ("5371965", "Mecca", "Mecca", "", "33.57", "-116.08", "P", "PPL", "US", "CA", "8600"),
    ("5162512", "Medina", "Medina", "", "41.14", "-81.86", "P", "PPLA2", "US", "OH", "26000"),
    ("4362001", "Middle East", "Middle East", "", "39.3", "-76.6", "P", "PPL", "US", "MD", "900"),
    (
        "4140963",
        "Washington",
        "Washington",
        "",
        "38.9",
        "-77.04",
        "P",
        "PPLC",
        "US",
        "DC",
        "690000",
    ),
    (
        "5815135",
        "Washington",
        "Washington",
        "",
        "47.5",
        "-120.5",
        "A",
        "ADM1",
        "US",
        "WA",
        "7700000",
    ),
    ("5549030", "Utah", "Utah", "", "39.25", "-111.75", "A", "ADM1", "US", "UT", "3300000"),
    ("5744337", "Oregon", "Oregon", "", "44.0", "-120.5", "A", "ADM1", "US", "OR", "4200000"),
    ("5596512", "Idaho", "Idaho", "", "44.5", "-114.25", "A", "ADM1", "US", "ID", "1900000"),
    ("2643743", "London", "London", "", "51.51", "-0.13", "P", "PPLC", "GB", "ENG", "8900000"),
    ("2644688", "Leeds", "Leeds", "", "53.8", "-1.55", "P", "PPLA2", "GB", "ENG", "450000"),
    ("8348282", "Piccadilly", "Piccadilly", "", "-30.74", "121.46", "P", "PPL", "AU", "08", "900"),
    ("4180439", "Atlanta", "Atlanta", "", "33.75", "-84.39", "P", "PPLA", "US", "GA", "510000"),
    ("4274927", "Lyons", "Lyons", "Atlanta", "38.35", "-98.2", "P", "PPLA2", "US", "KS", "3700"),
    ("4197000", "Georgia", "Georgia", "", "32.75", "-83.5", "A", "ADM1", "US", "GA", "10000000"),
    ("4281730", "Wichita", "Wichita", "", "37.69", "-97.34", "P", "PPLA2", "US", "KS", "390000"),
    ("4273857", "Kansas", "Kansas", "", "38.5", "-98.5", "A", "ADM1", "US", "KS", "2900000"),
    ("184745", "Nairobi", "Nairobi", "", "-1.28", "36.82", "P", "PPLC", "KE", "30", "4400000"),
    ("197745", "Garissa", "Garissa", "", "-0.45", "39.65", "P", "PPLA", "KE", "02", "160000"),
    ("3095049", "Kora", "Kora", "", "50.9", "19.2", "P", "PPL", "PL", "83", "3000"),
    ("3095050", "Korabki", "Korabki", "Kora", "51.1", "19.5", "P", "PPL", "PL", "83", "900"),
    (
        "2867714",
        "Muenster",
        "Muenster",
        "Mynster,Muna",
        "51.96",
        "7.63",
        "P",
        "PPLA3",
        "DE",
        "07",
        "315000",
    ),
    ("2867715", "Muna", "Muna", "", "20.49", "-89.71", "P", "PPL", "MX", "31", "300"),
    (
        "2858738",
        "Oberhausen",
        "Oberhausen",
        "",
        "51.47",
        "6.85",
        "P",
        "PPLA3",
        "DE",
        "07",
        "210000",
    ),
    ("2455290", "Kidal", "Kidal", "", "18.44", "1.41", "P", "PPLA", "ML", "08", "25000"),
    (
        "232422",
        "Kampala",
        "Kampala",
        "Kambala",
        "0.32",
        "32.58",
        "P",
        "PPLC",
        "UG",
        "C",
        "1680600",
    ),
]


@pytest.fixture(scope="module")
def gaz(tmp_path_factory: pytest.TempPathFactory) -> Gazetteer:
    root: Path = tmp_path_factory.mktemp("resolve")
    return open_gazetteer(write_dump(root / "allCountries.txt", ROWS), cache_dir=root / "cache")


def resolve(gaz: Gazetteer, text: str, *names: str) -> dict[str, str | None]:
    mentions = []
    for name in names:
        start = text.index(name)
        mentions.append(Mention(start=start, end=start + len(name), text=name))
    return {
        r.mentions[0].text: (r.entry.country or r.entry.gid) if r.entry else None
        for r in resolve_mentions(mentions, gaz)
    }


def test_a_world_city_by_its_english_name_is_not_a_namesake_town(gaz: Gazetteer) -> None:
    # GeoNames spells the holy city Makkah; 'Mecca' is the main name only of a Californian town.
    text = "Pilgrims gathered in Mecca this week."
    assert resolve(gaz, text, "Mecca")["Mecca"] == "SA"


def test_a_world_region_is_read_before_a_namesake_hamlet(gaz: Gazetteer) -> None:
    text = "Oil prices rose as tension grew across the Middle East."
    assert resolve(gaz, text, "Middle East")["Middle East"] == "sitrep:feature:middle-east"


def test_a_unit_named_like_its_countrys_capital_is_the_capital(gaz: Gazetteer) -> None:
    text = "Talks in Washington stalled on Friday."
    assert resolve_gid(gaz, text, "Washington") == "geonames:4140963"
    # Among other units of the country, the name is the unit.
    listed = "Cases were found in Utah, Oregon, Idaho and Washington."
    gid = resolve_gid(gaz, listed, "Utah", "Oregon", "Idaho", "Washington")
    assert gid == "geonames:5815135"


def resolve_gid(gaz: Gazetteer, text: str, *names: str) -> str | None:
    """The entry chosen for the last name."""
    mentions = []
    for name in names:
        start = text.index(name)
        mentions.append(Mention(start=start, end=start + len(name), text=name))
    found = {r.mentions[0].text: r.entry for r in resolve_mentions(mentions, gaz)}
    entry = found[names[-1]]
    return entry.gid if entry is not None else None


def test_a_lone_small_namesake_abroad_is_left_unresolved(gaz: Gazetteer) -> None:
    # The gazetteer lacks the London street; its only entry of the name is an Australian hamlet.
    text = "Police in London and Leeds closed Piccadilly on Sunday."
    assert resolve_gid(gaz, text, "London", "Leeds", "Piccadilly") is None
    # With nothing else in the article, the only entry stands.
    assert resolve_gid(gaz, "Rain fell on Piccadilly.", "Piccadilly") == "geonames:8348282"


def test_a_unit_written_after_a_town_is_the_one_that_holds_such_a_town(gaz: Gazetteer) -> None:
    # 'Georgia' alone is the country (it outranks the state); written after 'Atlanta', it is the
    # state, which holds an Atlanta, and that Atlanta is meant (not Kansas's Lyons, once Atlanta).
    text = "She flew from Atlanta, Georgia to Wichita, Kansas on Sunday."
    start = text.index("Georgia")
    outer = (start, start + len("Georgia"))
    mentions = [
        Mention(*outer, "Georgia"),
        Mention(text.index("Atlanta"), text.index("Atlanta") + 7, "Atlanta", container=outer),
        Mention(text.index("Wichita"), text.index("Wichita") + 7, "Wichita"),
    ]
    resolved = {r.mentions[0].text: r for r in resolve_mentions(mentions, gaz)}
    georgia, atlanta = resolved["Georgia"].entry, resolved["Atlanta"].entry
    assert georgia is not None and georgia.gid == "geonames:4197000"
    assert resolved["Georgia"].why == "holds Atlanta, named before it"
    assert atlanta is not None and atlanta.gid == "geonames:4180439"
    alone = resolve_mentions([Mention(*outer, "Georgia")], gaz)[0].entry
    assert alone is not None and alone.country == "GE"


def test_a_small_namesake_far_abroad_is_left_unresolved(gaz: Gazetteer) -> None:
    # The gazetteer lacks the Kenyan village; its namesakes are Polish hamlets, far from the rest.
    text = "Gunmen raided Kora near Garissa on Monday, officials in Nairobi said."
    assert resolve_gid(gaz, text, "Nairobi", "Garissa", "Kora") is None


def test_a_foreign_city_met_only_by_an_alternate_name_far_away_is_left_unresolved(
    gaz: Gazetteer,
) -> None:
    # 'Muna' is the main name of a Mexican hamlet and an alternate name of a German city; a
    # village of that name in a Kenyan story is neither.
    text = "Troops were ambushed near Muna, north of Garissa, officials in Nairobi said."
    assert resolve_gid(gaz, text, "Nairobi", "Garissa", "Muna") is None


def test_a_namesake_abroad_stands_where_the_article_ties_it_there(gaz: Gazetteer) -> None:
    # A place of the same country in the article: the reading stands.
    text = "Fans drove from Oberhausen to Muna, then flew to Nairobi and Garissa."
    assert resolve_gid(gaz, text, "Oberhausen", "Nairobi", "Garissa", "Muna") == (
        "geonames:2867714"
    )
    # Alone, the best reading stands: nothing in the article says it lies elsewhere.
    assert resolve_gid(gaz, "Rain fell on Kora.", "Kora") == "geonames:3095049"


def test_a_hospital_named_like_a_city_far_abroad_is_left_unresolved(gaz: Gazetteer) -> None:
    # 'Makkah hospital' in a Kenyan story is a hospital's name, not the Saudi city, however large.
    text = "Doctors at Makkah hospital in Garissa said 12 were hurt, officials in Nairobi said."
    mentions = [
        Mention(start=text.index(n), end=text.index(n) + len(n), text=n, cue=cue)
        for n, cue in (("Garissa", Cue.NONE), ("Nairobi", Cue.NONE), ("Makkah", Cue.INSTITUTION))
    ]
    found = {r.mentions[0].text: r.entry for r in resolve_mentions(mentions, gaz)}
    assert found["Makkah"] is None
    # as a city of its own, the world city stands
    assert resolve_gid(gaz, text, "Garissa", "Nairobi", "Makkah") == "geonames:104515"


def _kidal_story(gaz: Gazetteer, name: str, *, small: bool, peoples: str) -> str | None:
    text = f"KIDAL - Rebels took the river town of {name} from Malian troops."
    start = text.index(name)
    mentions = [
        Mention(start=0, end=5, text="KIDAL"),
        Mention(start=start, end=start + len(name), text=name, small=small),
    ]
    found = {
        r.mentions[0].text: r.entry
        for r in resolve_mentions(mentions, gaz, peoples=Counter(peoples.split()))
    }
    entry = found[name]
    return entry.gid if entry is not None else None


def test_a_small_town_read_as_a_far_city_of_an_unnamed_country_is_left_unresolved(
    gaz: Gazetteer,
) -> None:
    # 'the river town of Kambala' in a Mali story: not Kampala, whose alternate name it is.
    assert _kidal_story(gaz, "Kambala", small=True, peoples="ML") is None
    # Ugandans in the story, or no words calling it a small place: the reading stands.
    assert _kidal_story(gaz, "Kambala", small=True, peoples="ML UG") == "geonames:232422"
    assert _kidal_story(gaz, "Kambala", small=False, peoples="ML") == "geonames:232422"
    # A capital by its own name is strong evidence of its own, whatever the words around it.
    assert _kidal_story(gaz, "Kampala", small=True, peoples="ML") == "geonames:232422"
