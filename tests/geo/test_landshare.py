"""The middle of a large unit's land, from its country's borders and its towns."""

from __future__ import annotations

from sitrep.geo.landshare import _without_lone_towns, land_centres
from sitrep.geo.resolve import distance_km

# A few towns of each Australian state (rounded points, written by hand): Queensland's crowd on
# its coast, with one far north on the Torres Strait.
TOWNS = {
    "QLD": [
        (-27.5, 153.0),
        (-28.0, 153.4),
        (-19.3, 146.8),
        (-16.9, 145.8),
        (-21.1, 149.2),
        (-23.4, 144.3),
        (-20.7, 139.5),
        (-10.6, 142.2),
        (-26.4, 146.2),
        (-25.9, 139.4),
    ],
    "NSW": [(-33.9, 151.2), (-31.9, 141.5), (-32.2, 148.6), (-29.0, 153.0)],
    "VIC": [(-37.8, 145.0), (-36.8, 144.3)],
    "SA": [(-34.9, 138.6), (-29.0, 134.8), (-32.5, 137.8)],
    "NT": [(-12.5, 130.8), (-23.7, 133.9), (-14.5, 132.3)],
    "WA": [(-31.9, 115.9), (-30.7, 121.5), (-18.0, 122.2), (-20.3, 118.6)],
}


def test_a_large_units_point_is_the_middle_of_its_land_not_of_its_towns() -> None:
    centres = land_centres("AU", TOWNS)
    lat, lon = centres["QLD"]
    # Queensland's middle lies near 22.5S 144.5E; the centre of its towns' extent (19S) follows
    # Cape York and the Torres Strait, their mean (23S 146E) leans to the coast.
    assert distance_km(lat, lon, -22.5, 144.5) < 200
    wa_lat, wa_lon = centres["WA"]
    assert distance_km(wa_lat, wa_lon, -25.5, 122.0) < 250


def test_unknown_borders_leave_the_callers_point() -> None:
    assert land_centres("XX", TOWNS) == {}


def test_a_lone_town_far_from_the_rest_of_its_unit_is_left_out() -> None:
    # Five towns together and one filed under the unit 1,500 km away (a coding slip).
    towns = [(33.0, 119.0), (32.5, 119.5), (33.5, 120.0), (32.0, 118.8), (34.0, 119.2)]
    assert _without_lone_towns([*towns, (29.0, 100.3)]) == towns
    # A unit of few towns keeps them all.
    assert _without_lone_towns([(33.0, 119.0), (29.0, 100.3)]) == [(33.0, 119.0), (29.0, 100.3)]


def test_a_country_across_the_antimeridian() -> None:
    # The Aleutians reach past 180 degrees: Alaska's middle is still in its interior.
    towns = {
        "AK": [
            (61.2, -149.9),
            (64.8, -147.7),
            (58.3, -134.4),
            (64.5, -165.4),
            (60.8, -161.8),
            (71.3, -156.8),
            (53.9, -166.5),
            (51.9, -176.6),
        ],
        "WA": [(47.6, -122.3), (47.7, -117.4)],
        "TX": [(29.8, -95.4), (31.8, -106.4), (32.8, -96.8)],
        "NY": [(40.7, -74.0), (42.9, -78.9)],
        "HI": [(21.3, -157.9)],
    }
    lat, lon = land_centres("US", towns)["AK"]
    assert -180 <= lon <= 180
    assert distance_km(lat, lon, 64.0, -150.0) < 250
