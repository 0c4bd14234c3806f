"""The builders: what the words a rule matched say, as a :class:`Partial` (or None: no time).

Each builder reads the tokens a pattern captured (by category or word) and refuses words that do
not make a time: a day the month does not have, an age ("a 6-year-old"), a verb ("prices fall").
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from sitrep.records import TimexType
from sitrep.temporal import lexicon as lx
from sitrep.temporal.lexicon import Unit
from sitrep.temporal.patterns import Match, Token
from sitrep.temporal.values import Anchor, Partial

DATE, TIME, DURATION, SET = TimexType.DATE, TimexType.TIME, TimexType.DURATION, TimexType.SET


# --- reading the words --------------------------------------------------------------------------


def integer(token: Token | None) -> int | None:
    if token is None:
        return None
    digits = "".join(c for c in token.lower if c.isdigit())  # a year in words: its digits
    return int(digits) if digits else None


def number(tokens: Sequence[Token]) -> int | None:
    """The value of a number in digits or words: "25", "twenty-five", "a hundred", "1,000"."""
    words = [t.lower for t in tokens]
    if words in (["a", "hundred"], ["a", "dozen"]):
        return lx.NUMBER_WORDS[words[1]]  # "almost a hundred years", "a dozen days"
    if len(tokens) > 1 and any(w in ("a", "an") for w in words):
        return None  # "a 16-hour flight", "seven a year": the article is not a number
    total = 0
    seen = False
    for tok in tokens:
        low = tok.lower
        if low in lx.NUMBER_WORDS:
            n = lx.NUMBER_WORDS[low]
            if n in (100, 12) and low in ("hundred", "dozen"):
                total = (total or 1) * n
            else:
                total += n
            seen = True
        elif (n2 := integer(tok)) is not None:
            total += n2
            seen = True
    return total if seen else None


def valid_day(year: int | None, month: int, day: int) -> bool:
    try:
        dt.date(year if year is not None else 2000, month, day)  # 2000 is a leap year
    except ValueError:
        return False
    return True


def month_of(m: Match) -> int | None:
    tok = m.get("MONTH")
    return lx.MONTHS.get(tok.lower) if tok else None


def weekday_of(m: Match) -> int | None:
    tok = m.get("WEEKDAY")
    return lx.WEEKDAYS.get(tok.lower) if tok else None


def unit_of(m: Match) -> Unit | None:
    tok = m.get("UNITS") or m.get("UNIT")
    return lx.UNITS.get(tok.lower) if tok else None


def plural(m: Match) -> bool:
    tok = m.get("UNIT")
    return tok is not None and "UNITS" in tok.cats


def followed_by_old(m: Match) -> bool:
    """ "a 6-year-old": an age, not a duration; "a year-earlier loss": a date, and "a
    week-long truce" a stretch without its article, each read by its own rule."""
    rest = [t.lower for t in m.tokens[m.end : m.end + 2]]
    return rest[:1] == ["old"] or rest in (
        ["-", "old"],
        ["-", "earlier"],
        ["-", "ago"],
        ["-", "long"],
    )


def shift_word(m: Match) -> str | None:
    tok = m.get("SHIFT")
    return tok.lower if tok else None


# --- builders -----------------------------------------------------------------------------------


def iso(m: Match) -> Partial | None:
    tok = m.get("ISODATE")
    assert tok is not None
    y, mo, d = (int(x) for x in tok.text.split("-"))
    return Partial(type=DATE, year=y, month=mo, day=d) if valid_day(y, mo, d) else None


def slash(m: Match) -> Partial | None:
    tok = m.get("SLASHDATE")
    assert tok is not None
    mo, d, y = (int(x) for x in tok.text.split("/"))
    if y < 100:
        return None  # a two-digit year would be a guess about the century
    return Partial(type=DATE, year=y, month=mo, day=d) if valid_day(y, mo, d) else None


def month_day(m: Match) -> Partial | None:
    month, year = month_of(m), integer(m.get("YEAR"))
    tok = m.get("DAY")
    day = integer(tok) or (lx.ORDINALS.get(tok.lower) if tok else None)
    ordinal_word = tok is not None and tok.lower.isalpha()
    if ordinal_word and m.end < len(m.tokens) and m.tokens[m.end].text == "-":
        return None  # "April second-quarter results"
    month_tok = m.get("MONTH")
    if ordinal_word and tok and month_tok and tok.start < month_tok.start and not m.has("of"):
        return None  # "the second March in a row": a count of Marches; "the second of March"
    rest = [t for t in m.tokens[m.end : m.end + 2] if t.text != ","]
    if year is None and rest and "YEAR" in rest[0].cats:
        return None  # the year was there and made the date impossible ("February 29, 2019")
    if month is None or day is None or not valid_day(year, month, day):
        return None
    return Partial(
        type=DATE,
        year=year,
        month=month,
        day=day,
        anchor=Anchor.NONE if year else Anchor.TENSE,
    )


def named_after(m: Match) -> bool:
    """ "March for Life", "Spring of Hope": a capitalised word joined by a preposition to a
    capitalised name is a title, not a time."""
    rest = m.tokens[m.end : m.end + 3]
    if len(rest) == 3 and rest[1].lower == "the":  # "the March of the Mothers"
        rest = [rest[0], rest[2]]
    rest = rest[:2]
    return (
        len(rest) == 2
        and rest[0].lower in ("of", "for", "on")
        and rest[1].text[:1].isupper()
        and "MONTH" not in rest[1].cats
        and "YEAR" not in rest[1].cats
    )


def rate(m: Match) -> bool:
    """ "24 hours a day", "$500 million a year", "700 seats a week": a rate, not a time."""
    if m.start == 0 or m.tokens[m.start].lower not in ("a", "an", "per"):
        return False
    before = m.tokens[m.start - 1]
    if "UNITS" in before.cats:  # "24 hours a day", "seven days a week"
        return True
    return any(c.isdigit() for c in before.text) or before.lower in lx.AMOUNT_WORDS


def month_year(m: Match) -> Partial | None:
    return Partial(type=DATE, year=integer(m.get("YEAR")), month=month_of(m))


def month_alone(m: Match) -> Partial | None:
    tok = m.get("MONTH")
    abbreviated = (
        tok is not None and len(tok.text) <= 4 and tok.lower not in ("may", "june", "july")
    )
    if abbreviated and not m.has("."):
        return None  # "Jan" alone is more often a name than a month
    if m.end < len(m.tokens) and "SMALL" in m.tokens[m.end].cats:
        return None  # "February 30": a day the month does not have is no date at all
    if m.start > 0 and "SMALL" in m.tokens[m.start - 1].cats:
        return None  # "31 April", the other order
    if named_after(m):
        return None  # "the March for Life"
    return Partial(type=DATE, month=month_of(m), anchor=Anchor.TENSE)


def year(m: Match) -> Partial | None:
    """ "1994", "fiscal 1989"; not a number that only looks like a year: an identifier
    ("Resolution 1244", "Flight 1549", "Hill 1020"), a clock time ("at 1300 GMT", "1800
    hours"), an amount ("$1999", "1999 km")."""
    before = m.tokens[m.start - 1] if m.start > 0 else None
    after = m.tokens[m.end] if m.end < len(m.tokens) else None
    if before is not None and (before.lower in lx.IDENTIFIER_NOUNS or before.text in "$#№£€"):
        return None
    if after is not None and (after.lower in lx.NOT_AFTER_YEAR or "TZ" in after.cats):
        return None
    return Partial(type=DATE, year=integer(m.get("YEAR")))


def decade(m: Match) -> Partial | None:
    tok = m.get("DECADE")
    assert tok is not None
    if m.start > 0 and m.tokens[m.start - 1].lower in ("his", "her", "their", "my", "your", "our"):
        return None  # "in his 30s": an age
    if tok.lower in lx.DECADE_WORDS:
        if m.start == 0 or m.tokens[m.start - 1].lower != "the":
            return None  # "in her forties", "people in their twenties": ages
        return Partial(type=DATE, decade=lx.DECADE_WORDS[tok.lower], anchor=Anchor.TENSE)
    digits = "".join(c for c in tok.text if c.isdigit())
    if len(digits) == 4:
        return Partial(type=DATE, decade=int(digits[:3]))
    # "the '90s": the century comes from the reference date.
    return Partial(type=DATE, decade=int(digits[0]), anchor=Anchor.TENSE)


def century(m: Match) -> Partial | None:
    n = integer(m.get("ORDINAL")) or lx.ORDINALS.get((m.get("ORDINAL") or m.tokens[0]).lower)
    return Partial(type=DATE, century=n - 1) if n else None


def season(m: Match) -> Partial | None:
    tok = m.get("SEASON")
    assert tok is not None
    shift = shift_word(m) or ("this" if m.has("this") else None)  # "this past spring"
    direction = lx.SHIFTS.get(shift) if shift else None
    year = integer(m.get("YEAR"))
    before = m.tokens[m.start - 1].lower if m.start > 0 else ""
    plain = not (shift or year or tok.text[0].isupper())
    if tok.lower == "fall" and plain and before not in ("the", "in", "early", "late", "by"):
        return None  # "prices fall"
    if tok.text[0].isupper() and named_after(m):
        return None  # "Spring of Life"
    return Partial(
        type=DATE,
        season=lx.SEASONS[tok.lower],
        year=year,
        direction=direction,
        anchor=Anchor.NONE if year else Anchor.TENSE,
    )


def weekday_alone(m: Match) -> Partial | None:
    return Partial(type=DATE, weekday=weekday_of(m), anchor=Anchor.TENSE)


def weekday_shifted(m: Match) -> Partial | None:
    """ "next Friday" counts from publication; "the previous Friday" from the story's day."""
    word = shift_word(m)
    direction = lx.SHIFTS.get(word) if word else None
    anchor = Anchor.DISCOURSE if word in lx.ANAPHORIC_SHIFTS else Anchor.TENSE
    return Partial(type=DATE, weekday=weekday_of(m), anchor=anchor, direction=direction)


def month_shifted(m: Match) -> Partial | None:
    word = shift_word(m)
    direction = lx.SHIFTS.get(word) if word else None
    return Partial(type=DATE, month=month_of(m), anchor=Anchor.TENSE, direction=direction)


def weekday_set(m: Match) -> Partial | None:
    tok = m.get("WEEKDAYS") or m.get("WEEKDAY")
    assert tok is not None
    return Partial(type=SET, weekday=lx.WEEKDAYS[tok.lower.removesuffix("s")])


def month_set(m: Match) -> Partial | None:
    """ "each July", "every March": that month of every year."""
    return Partial(type=SET, month=month_of(m))


def shifted_unit(m: Match) -> Partial | None:
    word, unit = shift_word(m), unit_of(m)
    if word is None or unit is None or unit.is_clock or plural(m):
        return None
    the = m.start > 0 and m.tokens[m.start - 1].lower == "the"
    anaphoric = word in lx.ANAPHORIC_SHIFTS or (the and word in ("next", "last"))
    if word == "past" and not the:
        return None
    if the and word == "past" and unit in (Unit.DECADE, Unit.CENTURY):
        # "over the past decade" is the last ten years, not the 1980s: a stretch of time.
        return Partial(type=DURATION, amount=1, unit=unit)
    return Partial(
        type=DATE,
        anchor=Anchor.DISCOURSE if anaphoric else Anchor.PUBLICATION,
        unit=unit,
        shift=lx.SHIFTS[word],
        weekend=unit is Unit.WEEKEND,
    )


def duration(m: Match) -> Partial | None:
    unit = unit_of(m)
    if unit is None:
        return None
    n = number(m.all("NUMBER"))
    if n is None or n == 0 or unit is Unit.WEEKEND or followed_by_old(m) or rate(m):
        return None
    if unit is Unit.QUARTER and plural(m) and m.has("-"):
        return None  # "three-quarters" is a fraction
    if not plural(m) and not m.has("-") and any("YEAR" in t.cats for t in m.all("NUMBER")):
        return None  # "the 1988 quarter" is a quarter of 1988, not 1988 quarters
    if m.words == ["one", "day"] and m.start > 0 and m.tokens[m.start - 1].lower in _LOOKS_AHEAD:
        # "peace will one day come", "hopes to one day return": some day to come, not a day long.
        return Partial(type=DATE, ref="FUTURE_REF")
    tok = m.get("UNITS") or m.get("UNIT")
    n *= lx.UNIT_MULTIPLIER.get(tok.lower if tok else "", 1)
    return Partial(type=DURATION, amount=n, unit=unit, half=m.has("HALF") or m.has("half"))


# Words right before "one day" that make it an indefinite time to come.
_LOOKS_AHEAD = frozenset(
    {"will", "would", "could", "can", "may", "might", "shall", "should", "must", "to", "'ll"}
)


def vague_duration(m: Match) -> Partial | None:
    unit = unit_of(m)
    if unit is None or unit is Unit.WEEKEND or followed_by_old(m):
        return None
    if "couple" in m.words:  # "a couple of years": about two
        return Partial(type=DURATION, amount=2, unit=unit, mod="APPROX")
    return Partial(type=DURATION, amount=None, unit=unit)


def plural_duration(m: Match) -> Partial | None:
    before = m.tokens[m.start - 1].lower if m.start > 0 else ""
    if before not in ("for", "over", "within", "in", "past", "last", "the"):
        return None
    if m.end < len(m.tokens) and m.tokens[m.end].text == "-":
        return None  # "decades-old" describes a thing
    return vague_duration(m)


def lasting(m: Match) -> Partial | None:
    """ "a day-long meeting", "a month-long siege" (one unit), "a decades-long feud" (some),
    "a three-day-long march"."""
    tok = m.get("UNITS") or m.get("UNIT")
    unit = unit_of(m)
    if tok is None or unit is None or unit is Unit.WEEKEND:
        return None
    if m.all("NUMBER"):  # "a three-day-long march"
        n = number(m.all("NUMBER"))
        return Partial(type=DURATION, amount=n, unit=unit) if n else None
    return Partial(type=DURATION, amount=None if "UNITS" in tok.cats else 1, unit=unit)


def ago(m: Match) -> Partial | None:
    unit = unit_of(m)
    if unit is None:
        return None
    n = number(m.all("NUMBER"))
    if n is None and m.all("NUMBER") and not m.has("VAGUE"):
        return None  # "seven a year ago": the count belongs elsewhere; "a year ago" is read next
    if n is None or m.has("VAGUE") or (m.has("UNITS") and n is None):
        return Partial(type=DATE, ref="PAST_REF")
    anchor = Anchor.PUBLICATION
    words = m.words
    sign = -1
    if words[-1] in ("later", "after"):
        sign, anchor = 1, Anchor.DISCOURSE
    elif words[-1] in ("earlier", "before"):
        anchor = Anchor.DISCOURSE
    elif words[-1] == "now":  # "two weeks from now"
        sign = 1
    if unit is Unit.WEEKEND:
        return None
    mod = "APPROX" if m.has("so") else None  # "a week or so ago"
    return Partial(type=DATE, anchor=anchor, unit=unit, shift=sign * n, mod=mod)


# Words that may follow "the day before" when it is a time by itself ("the day before, the
# town was shelled", "the day before yesterday" is read as two expressions).
_AFTER_THE_DAY_BEFORE = frozenset(
    {"yesterday", "and", "or", "but", "when", "as", "he", "she", "they", "it", "we", "i"}
)


def _date_follows(m: Match) -> bool:
    """ "the day before Sunday's vote", "the day after the October 10 truce": a date (which
    the anchoring counts from) follows, not a clause."""
    rest = m.tokens[m.end : m.end + 3]
    if rest and rest[0].lower == "the":
        rest = rest[1:]
    if rest and "SHIFT" in rest[0].cats:  # "the day before last Tuesday's hearing"
        rest = rest[1:]
    return bool(rest) and bool(rest[0].cats & {"MONTH", "WEEKDAY"})


def the_unit_before(m: Match) -> Partial | None:
    unit = unit_of(m)
    if unit is None or unit.is_clock or plural(m):
        return None
    after = m.tokens[m.end] if m.end < len(m.tokens) else None
    if (
        after is not None
        and after.text[:1].isalnum()
        and after.lower not in _AFTER_THE_DAY_BEFORE
        and not _date_follows(m)
    ):
        # "the day before authorities issued a warrant": a conjunction opening a clause; the
        # time is the day of that clause's event, which these words alone do not fix.
        return None
    sign = -1 if m.words[-1] == "before" else 1
    return Partial(type=DATE, anchor=Anchor.DISCOURSE, unit=unit, shift=sign)


def frequency(m: Match) -> Partial | None:
    tok = m.get("FREQ")
    assert tok is not None
    return Partial(type=SET, amount=1, unit=lx.FREQUENCIES[tok.lower])


def every(m: Match) -> Partial | None:
    unit = unit_of(m)
    if unit is None:
        return None
    n = number(m.all("NUMBER")) or 1
    return Partial(type=SET, amount=n, unit=unit)


def month_day_shifted(m: Match) -> Partial | None:
    p = month_day(m)
    word = shift_word(m)
    return p.with_(direction=lx.SHIFTS.get(word)) if p and word else p


def month_of_year(m: Match) -> Partial | None:
    """ "January this year", "June last year": a month of a year counted from publication."""
    word = shift_word(m)
    if word is None or word in lx.ANAPHORIC_SHIFTS:
        return None
    return Partial(
        type=DATE,
        month=month_of(m),
        anchor=Anchor.PUBLICATION,
        unit=Unit.YEAR,
        shift=lx.SHIFTS[word],
    )


def the_weekend(m: Match) -> Partial | None:
    return Partial(type=DATE, anchor=Anchor.TENSE, unit=Unit.WEEKEND, weekend=True)
