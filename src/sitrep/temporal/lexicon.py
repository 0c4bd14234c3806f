"""The words of time: months, weekdays, numbers, parts of day, units and modifiers.

Everything the grammar knows about single words lives here, as plain tables. Adding a spelling
(a new month abbreviation, a number word) is a one-line change in one table.
"""

from __future__ import annotations

from enum import StrEnum

from sitrep.numerals import ONES, TENS


class Unit(StrEnum):
    """Calendar units, with their TIMEX3 duration letters."""

    SECOND = "S"
    MINUTE = "MIN"
    HOUR = "H"
    DAY = "D"
    WEEKEND = "WE"
    WEEK = "W"
    MONTH = "M"
    QUARTER = "Q"
    YEAR = "Y"
    DECADE = "DE"
    CENTURY = "CE"

    @property
    def is_clock(self) -> bool:
        return self in (Unit.SECOND, Unit.MINUTE, Unit.HOUR)


MONTHS: dict[str, int] = {}
for _n, _names in enumerate(
    (
        ("january", "jan"),
        ("february", "feb"),
        ("march", "mar"),
        ("april", "apr"),
        ("may",),
        ("june", "jun"),
        ("july", "jul"),
        ("august", "aug"),
        ("september", "sep", "sept"),
        ("october", "oct"),
        ("november", "nov"),
        ("december", "dec"),
    ),
    start=1,
):
    for _name in _names:
        MONTHS[_name] = _n

# Month names that are also common English words: only a capitalised form is a month.
MONTHS_NEEDING_CAPITAL = frozenset({"may", "march", "mar", "jan", "jun", "dec", "sep", "aug"})

# ISO weekday numbers (Monday 1 .. Sunday 7).
WEEKDAYS: dict[str, int] = {
    "monday": 1,
    "tuesday": 2,
    "wednesday": 3,
    "thursday": 4,
    "friday": 5,
    "saturday": 6,
    "sunday": 7,
    "mon": 1,
    "tue": 2,
    "tues": 2,
    "thu": 4,
    "thur": 4,
    "thurs": 4,
    "fri": 5,
}
# Abbreviated weekdays are only weekdays when capitalised ("Sat" yes, "sat" no).
WEEKDAY_ABBREVIATIONS = frozenset(k for k in WEEKDAYS if len(k) <= 5 and not k.endswith("day"))

SEASONS: dict[str, str] = {
    "spring": "SP",
    "summer": "SU",
    "fall": "FA",
    "autumn": "FA",
    "winter": "WI",
}

# Parts of the day, with their TIMEX3 codes.
PARTS_OF_DAY: dict[str, str] = {
    "morning": "MO",
    "afternoon": "AF",
    "evening": "EV",
    "night": "NI",
    "overnight": "NI",
    "tonight": "NI",
    "midnight": "NI",
    "dawn": "MO",
    "daybreak": "MO",
    "noon": "MI",
    "midday": "MI",
    "daytime": "DT",
    "nighttime": "NI",
}

UNITS: dict[str, Unit] = {
    "second": Unit.SECOND,
    "seconds": Unit.SECOND,
    "minute": Unit.MINUTE,
    "minutes": Unit.MINUTE,
    "min": Unit.MINUTE,
    "mins": Unit.MINUTE,
    "hour": Unit.HOUR,
    "hours": Unit.HOUR,
    "hr": Unit.HOUR,
    "hrs": Unit.HOUR,
    "day": Unit.DAY,
    "days": Unit.DAY,
    "weekend": Unit.WEEKEND,
    "weekends": Unit.WEEKEND,
    "week": Unit.WEEK,
    "weeks": Unit.WEEK,
    "fortnight": Unit.WEEK,
    "month": Unit.MONTH,
    "months": Unit.MONTH,
    "quarter": Unit.QUARTER,
    "quarters": Unit.QUARTER,
    "year": Unit.YEAR,
    "years": Unit.YEAR,
    "decade": Unit.DECADE,
    "decades": Unit.DECADE,
    "century": Unit.CENTURY,
    "centuries": Unit.CENTURY,
}
# "fortnight" is two weeks.
UNIT_MULTIPLIER: dict[str, int] = {"fortnight": 2}

# Adverbs that name a set: "daily" = every day.
FREQUENCIES: dict[str, Unit] = {
    "hourly": Unit.HOUR,
    "daily": Unit.DAY,
    "nightly": Unit.DAY,
    "weekly": Unit.WEEK,
    "monthly": Unit.MONTH,
    "quarterly": Unit.QUARTER,
    "yearly": Unit.YEAR,
    "annually": Unit.YEAR,
}

NUMBER_WORDS: dict[str, int] = {
    **ONES,
    **TENS,
    "hundred": 100,
    "a": 1,
    "an": 1,
    "half": 0,  # "half a year": the grammar turns it into a smaller unit
    "dozen": 12,
}
# Quantities with no exact number: TIMEX3 writes X ("several years" = PXY).
VAGUE_NUMBERS = frozenset({"several", "few", "couple", "many", "some", "numerous"})

ORDINALS: dict[str, int] = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
    "1st": 1,
    "2nd": 2,
    "3rd": 3,
    "4th": 4,
}

# Decades in words, by their digit: "the nineties" is the 1990s (of the century at hand).
DECADE_WORDS: dict[str, int] = {
    "twenties": 2,
    "thirties": 3,
    "forties": 4,
    "fifties": 5,
    "sixties": 6,
    "seventies": 7,
    "eighties": 8,
    "nineties": 9,
}

# Words that move a calendar unit relative to the reference time: "last week" is -1 week.
SHIFTS: dict[str, int] = {
    "last": -1,
    "past": -1,
    "previous": -1,
    "preceding": -1,
    "prior": -1,
    "this": 0,
    "current": 0,
    "present": 0,
    "same": 0,
    "that": 0,
    "next": 1,
    "coming": 1,
    "following": 1,
    "upcoming": 1,
}
# Of those, the ones that chain from the last time mentioned rather than from publication.
ANAPHORIC_SHIFTS = frozenset({"previous", "preceding", "prior", "same", "that", "following"})

# Single words that are a whole time expression: value and TIMEX3 type.
DEICTIC_DAYS: dict[str, int] = {"today": 0, "yesterday": -1, "tomorrow": 1}
REFERENCES: dict[str, str] = {
    "now": "PRESENT_REF",
    "currently": "PRESENT_REF",
    "current": "PRESENT_REF",
    "presently": "PRESENT_REF",
    "nowadays": "PRESENT_REF",
    "recently": "PAST_REF",
    "lately": "PAST_REF",
    "future": "FUTURE_REF",
    "someday": "FUTURE_REF",
    "past": "PAST_REF",
}

# Nouns that make "today's" mean "of our times", no day: "today's youth", "in today's world",
# "today's personal computers" (but "today's vote", "today's editions" are that day's).
GENERIC_TODAY = frozenset(
    {
        "world", "youth", "society", "societies", "generation", "generations", "children",
        "kids", "teenagers", "youngsters", "young", "computers", "technology",
        "technologies", "culture", "standards", "warfare", "weapons", "armies", "media",
        "era",
    }
)  # fmt: skip

# What a day holds, so that "today's youth rally" is a rally of that day.
GATHERINGS = frozenset(
    {"rally", "rallies", "march", "protest", "protests", "vote", "meeting", "summit", "session"}
)

# Adjectives that make "days" or "months" a vague reference: "recent years", "coming months".
VAGUE_SHIFTS: dict[str, str] = {
    "recent": "PAST_REF",
    "past": "PAST_REF",
    "last": "PAST_REF",
    "coming": "FUTURE_REF",
    "next": "FUTURE_REF",
    "upcoming": "FUTURE_REF",
}

# Modifiers that open an expression and stay inside its extent: TIMEX3 mod values.
PREFIX_MODS: dict[tuple[str, ...], str] = {
    # Read first: "no more than 60 days" is at most 60, not more than 60.
    ("no", "more", "than"): "EQUAL_OR_LESS",
    ("not", "more", "than"): "EQUAL_OR_LESS",
    ("no", "less", "than"): "EQUAL_OR_MORE",
    ("not", "less", "than"): "EQUAL_OR_MORE",
    ("no", "fewer", "than"): "EQUAL_OR_MORE",
    ("more", "than"): "MORE_THAN",
    ("at", "least"): "EQUAL_OR_MORE",
    ("less", "than"): "LESS_THAN",
    ("under",): "LESS_THAN",
    ("fewer", "than"): "LESS_THAN",
    ("at", "most"): "EQUAL_OR_LESS",
    ("up", "to"): "EQUAL_OR_LESS",
    ("nearly",): "APPROX",
    ("almost",): "APPROX",
    ("about",): "APPROX",
    ("around",): "APPROX",
    ("approximately",): "APPROX",
    ("roughly",): "APPROX",
    ("some",): "APPROX",
    ("early",): "START",
    ("earlier",): "START",
    ("late",): "END",
    ("later",): "END",
    ("mid",): "MID",
    ("the", "beginning", "of"): "START",
    ("the", "start", "of"): "START",
    ("the", "end", "of"): "END",
    ("the", "middle", "of"): "MID",
    ("the", "turn", "of"): "START",
}

TIME_ZONES = frozenset(
    {"est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "gmt", "utc", "bst", "cet", "msk"}
)
# The zones that are UTC itself (a clock time in them ends with Z in ISO 8601).
UTC_ZONES = frozenset({"gmt", "utc"})

# Nouns of events whose start a story dates ("fighting began on September 27") and from which
# it then counts ("the sixth week of fighting", "a day after the truce"): word -> the event they
# name, so that "war", "fighting" and "hostilities" in one story are the same fighting.
EVENT_NOUNS: dict[str, str] = {
    **dict.fromkeys(
        ("fighting", "war", "hostilities", "clashes", "conflict", "battle", "combat"), "fighting"
    ),
    **dict.fromkeys(("truce", "ceasefire", "cease-fire", "armistice"), "truce"),
    **dict.fromkeys(("talks", "negotiations"), "talks"),
    **dict.fromkeys(("offensive", "assault", "operation", "campaign"), "offensive"),
    **dict.fromkeys(("siege", "blockade"), "siege"),
    **dict.fromkeys(("invasion", "occupation"), "invasion"),
    **dict.fromkeys(("protests", "demonstrations", "uprising", "strike"), "protests"),
    **dict.fromkeys(("election", "elections", "vote", "referendum"), "vote"),
    **dict.fromkeys(("crisis", "standoff"), "crisis"),
}

# Holidays with a fixed day: words -> (month, day). Movable ones are computed in normalise.
FIXED_HOLIDAYS: dict[str, tuple[int, int]] = {
    "christmas": (12, 25),
    "christmas day": (12, 25),
    "christmas eve": (12, 24),
    "new year's day": (1, 1),
    "new year's eve": (12, 31),
    "boxing day": (12, 26),
}
# Days counted from Easter Sunday (dateutil.easter, Western).
EASTER_HOLIDAYS: dict[str, int] = {
    "easter": 0,
    "easter sunday": 0,
    "easter day": 0,
    "easter monday": 1,
    "good friday": -2,
    "palm sunday": -7,
}
# The fourth Thursday of November (United States).
THANKSGIVING = frozenset({"thanksgiving", "thanksgiving day"})

# Years said in words: "nineteen ninety-four", "two thousand and one".
CENTURY_WORDS: dict[str, int] = {"eighteen": 1800, "nineteen": 1900}
UNIT_WORDS: dict[str, int] = {w: n for w, n in ONES.items() if n < 10}

# Nouns that a number names rather than dates: "Resolution 1244", "Route 1950", "Flight 1549".
IDENTIFIER_NOUNS = frozenset(
    {
        "resolution",
        "route",
        "highway",
        "road",
        "flight",
        "article",
        "no",
        "number",
        "room",
        "unit",
        "brigade",
        "regiment",
        "division",
        "battalion",
        "squadron",
        "hill",
        "height",
        "heights",
        "model",
        "bus",
        "train",
    }
)
# Words that end an amount: "$500 million a year" is a rate.
AMOUNT_WORDS = frozenset({"million", "billion", "thousand", "hundred", "percent", "%", "cents"})

# Words after which a four-digit number is an hour or an amount, not a year.
NOT_AFTER_YEAR = frozenset(
    {
        "hours",
        "hrs",
        "gmt",
        "utc",
        "local",
        "km",
        "kilometres",
        "kilometers",
        "miles",
        "metres",
        "meters",
        "feet",
        "ft",
        "m",
        "kg",
        "tons",
        "tonnes",
        "%",
        "percent",
        "dollars",
        "euros",
    }
)

# Full month and weekday names: a period after one of these ends the sentence, not an abbreviation.
FULL_NAMES = frozenset(
    name for name in (*MONTHS, *WEEKDAYS) if len(name) > 4 or name in ("may", "june", "july")
)
