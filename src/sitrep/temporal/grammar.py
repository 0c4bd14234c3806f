"""The grammar of time expressions: a handful of composable rules over lexical categories.

Each :class:`Rule` pairs a pattern (see :mod:`sitrep.temporal.patterns`) with a builder that turns
the words it matched into a :class:`~sitrep.temporal.values.Partial`, or refuses (``None``) when
the words do not make a time ("February 30"). The tagger takes the longest rule match at each
position, then lets generic modifiers grow it: a leading "the" where the rule allows one, TIMEX3
modifiers ("more than", "early", "mid-", "the end of") and a following part of day ("Friday
morning"). Nothing here knows any reference date; :mod:`sitrep.temporal.normalise` does that.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from sitrep.records import TimexType
from sitrep.temporal import lexicon as lx
from sitrep.temporal.lexicon import Unit
from sitrep.temporal.patterns import (
    Element,
    Match,
    Token,
    compile_pattern,
    match_at,
    openers,
)
from sitrep.temporal.values import Anchor, Partial

DATE, TIME, DURATION, SET = TimexType.DATE, TimexType.TIME, TimexType.DURATION, TimexType.SET


@dataclass(frozen=True, slots=True)
class Rule:
    name: str
    elements: tuple[Element, ...]
    build: Callable[[Match], Partial | None]
    # Whether a "the" just before the match belongs to the expression ("the previous day").
    takes_the: bool = False
    # The categories and words that can open a match (to skip the rule quickly otherwise).
    opens: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class Candidate:
    """A time expression found in the text: character offsets, what it says, which rule."""

    start: int
    end: int
    partial: Partial
    rule: str


# --- reading the words --------------------------------------------------------------------------


def _int(token: Token | None) -> int | None:
    if token is None:
        return None
    digits = "".join(c for c in token.text if c.isdigit())
    return int(digits) if digits else None


def number(tokens: Sequence[Token]) -> int | None:
    """The value of a number in digits or words: "25", "twenty-five", "a hundred", "1,000"."""
    if len(tokens) > 1 and any(t.lower in ("a", "an") for t in tokens):
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
        elif (n2 := _int(tok)) is not None:
            total += n2
            seen = True
    return total if seen else None


def _valid_day(year: int | None, month: int, day: int) -> bool:
    try:
        dt.date(year if year is not None else 2000, month, day)  # 2000 is a leap year
    except ValueError:
        return False
    return True


def _month(m: Match) -> int | None:
    tok = m.get("MONTH")
    return lx.MONTHS.get(tok.lower) if tok else None


def _weekday(m: Match) -> int | None:
    tok = m.get("WEEKDAY")
    return lx.WEEKDAYS.get(tok.lower) if tok else None


def _unit(m: Match) -> Unit | None:
    tok = m.get("UNITS") or m.get("UNIT")
    return lx.UNITS.get(tok.lower) if tok else None


def _plural(m: Match) -> bool:
    tok = m.get("UNIT")
    return tok is not None and "UNITS" in tok.cats


def _followed_by_old(m: Match) -> bool:
    """ "a 6-year-old": an age, not a duration."""
    rest = [t.lower for t in m.tokens[m.end : m.end + 2]]
    return rest[:1] == ["old"] or rest == ["-", "old"]


def _shift_word(m: Match) -> str | None:
    tok = m.get("SHIFT")
    return tok.lower if tok else None


# --- builders -----------------------------------------------------------------------------------


def _iso(m: Match) -> Partial | None:
    tok = m.get("ISODATE")
    assert tok is not None
    y, mo, d = (int(x) for x in tok.text.split("-"))
    return Partial(type=DATE, year=y, month=mo, day=d) if _valid_day(y, mo, d) else None


def _slash(m: Match) -> Partial | None:
    tok = m.get("SLASHDATE")
    assert tok is not None
    mo, d, y = (int(x) for x in tok.text.split("/"))
    if y < 100:
        return None  # a two-digit year would be a guess about the century
    return Partial(type=DATE, year=y, month=mo, day=d) if _valid_day(y, mo, d) else None


def _month_day(m: Match) -> Partial | None:
    month, day, year = _month(m), _int(m.get("DAY")), _int(m.get("YEAR"))
    rest = [t for t in m.tokens[m.end : m.end + 2] if t.text != ","]
    if year is None and rest and "YEAR" in rest[0].cats:
        return None  # the year was there and made the date impossible ("February 29, 2019")
    if month is None or day is None or not _valid_day(year, month, day):
        return None
    return Partial(
        type=DATE,
        year=year,
        month=month,
        day=day,
        anchor=Anchor.NONE if year else Anchor.TENSE,
    )


def _month_year(m: Match) -> Partial | None:
    return Partial(type=DATE, year=_int(m.get("YEAR")), month=_month(m))


def _month_alone(m: Match) -> Partial | None:
    tok = m.get("MONTH")
    abbreviated = (
        tok is not None and len(tok.text) <= 4 and tok.lower not in ("may", "june", "july")
    )
    if abbreviated and not m.has("."):
        return None  # "Jan" alone is more often a name than a month
    if m.end < len(m.tokens) and "SMALL" in m.tokens[m.end].cats:
        return None  # "February 30": a day the month does not have is no date at all
    return Partial(type=DATE, month=_month(m), anchor=Anchor.TENSE)


def _year(m: Match) -> Partial | None:
    return Partial(type=DATE, year=_int(m.get("YEAR")))


def _decade(m: Match) -> Partial | None:
    tok = m.get("DECADE")
    assert tok is not None
    digits = "".join(c for c in tok.text if c.isdigit())
    if len(digits) == 4:
        return Partial(type=DATE, decade=int(digits[:3]))
    # "the '90s": the century comes from the reference date.
    return Partial(type=DATE, decade=int(digits[0]), anchor=Anchor.TENSE)


def _century(m: Match) -> Partial | None:
    n = _int(m.get("ORDINAL")) or lx.ORDINALS.get((m.get("ORDINAL") or m.tokens[0]).lower)
    return Partial(type=DATE, century=n - 1) if n else None


def _season(m: Match) -> Partial | None:
    tok = m.get("SEASON")
    assert tok is not None
    shift = _shift_word(m)
    direction = lx.SHIFTS.get(shift) if shift else None
    year = _int(m.get("YEAR"))
    before = m.tokens[m.start - 1].lower if m.start > 0 else ""
    plain = not (shift or year or tok.text[0].isupper())
    if tok.lower == "fall" and plain and before not in ("the", "in", "early", "late", "by"):
        return None  # "prices fall"
    return Partial(
        type=DATE,
        season=lx.SEASONS[tok.lower],
        year=year,
        direction=direction,
        anchor=Anchor.NONE if year else Anchor.TENSE,
    )


def _quarter(m: Match) -> Partial | None:
    tok = m.get("ORDINAL")
    n = lx.ORDINALS.get(tok.lower) if tok else None
    if n is None or not 1 <= n <= 4:
        return None
    year = _int(m.get("YEAR"))
    return Partial(type=DATE, quarter=n, year=year, anchor=Anchor.NONE if year else Anchor.TENSE)


def _weekday_alone(m: Match) -> Partial | None:
    return Partial(type=DATE, weekday=_weekday(m), anchor=Anchor.TENSE)


def _weekday_shifted(m: Match) -> Partial | None:
    word = _shift_word(m)
    direction = lx.SHIFTS.get(word) if word else None
    return Partial(type=DATE, weekday=_weekday(m), anchor=Anchor.TENSE, direction=direction)


def _month_shifted(m: Match) -> Partial | None:
    word = _shift_word(m)
    direction = lx.SHIFTS.get(word) if word else None
    return Partial(type=DATE, month=_month(m), anchor=Anchor.TENSE, direction=direction)


def _weekday_set(m: Match) -> Partial | None:
    tok = m.get("WEEKDAYS") or m.get("WEEKDAY")
    assert tok is not None
    return Partial(type=SET, weekday=lx.WEEKDAYS[tok.lower.removesuffix("s")])


def _deictic(m: Match) -> Partial | None:
    tok = m.get("DEICTIC")
    assert tok is not None
    part = m.get("PARTDAY")
    return Partial(
        type=TIME if part else DATE,
        anchor=Anchor.PUBLICATION,
        unit=Unit.DAY,
        shift=lx.DEICTIC_DAYS[tok.lower],
        part=lx.PARTS_OF_DAY[part.lower] if part else None,
    )


def _tonight(m: Match) -> Partial | None:
    return Partial(type=TIME, anchor=Anchor.PUBLICATION, unit=Unit.DAY, part="NI")


def _shifted_unit(m: Match) -> Partial | None:
    word, unit = _shift_word(m), _unit(m)
    if word is None or unit is None or unit.is_clock or _plural(m):
        return None
    the = m.start > 0 and m.tokens[m.start - 1].lower == "the"
    anaphoric = word in lx.ANAPHORIC_SHIFTS or (the and word in ("next", "last"))
    if word == "past" and not the:
        return None
    return Partial(
        type=DATE,
        anchor=Anchor.DISCOURSE if anaphoric else Anchor.PUBLICATION,
        unit=unit,
        shift=lx.SHIFTS[word],
        weekend=unit is Unit.WEEKEND,
    )


def _shifted_part(m: Match) -> Partial | None:
    word, part = _shift_word(m), m.get("PARTDAY")
    if word not in ("this", "last", "that", "the") or part is None:
        return None
    code = lx.PARTS_OF_DAY[part.lower]
    # "last night" is the night before publication; "this morning" the morning of that day.
    shift = -1 if word == "last" else 0
    anchor = Anchor.DISCOURSE if word == "that" else Anchor.PUBLICATION
    return Partial(type=TIME, anchor=anchor, unit=Unit.DAY, shift=shift, part=code)


def _day_part(m: Match) -> Partial | None:
    part = m.get("PARTDAY")
    assert part is not None
    code = lx.PARTS_OF_DAY[part.lower]
    return Partial(type=TIME, weekday=_weekday(m), anchor=Anchor.TENSE, part=code)


def _part_alone(m: Match) -> Partial | None:
    part = m.get("PARTDAY")
    assert part is not None
    the = m.start > 0 and m.tokens[m.start - 1].lower == "the"
    if not the and part.lower not in ("overnight", "midnight", "noon", "midday", "tonight"):
        # "morning" alone is a time only as "the morning", "at night" (TimeML annotates these).
        before = m.tokens[m.start - 1].lower if m.start > 0 else ""
        if before not in ("at", "by"):
            return None
    return Partial(
        type=TIME, anchor=Anchor.DISCOURSE, unit=Unit.DAY, part=lx.PARTS_OF_DAY[part.lower]
    )


def _duration(m: Match) -> Partial | None:
    unit = _unit(m)
    if unit is None:
        return None
    n = number(m.all("NUMBER"))
    if n is None or n == 0 or unit is Unit.WEEKEND or _followed_by_old(m):
        return None
    if unit is Unit.QUARTER and _plural(m) and m.has("-"):
        return None  # "three-quarters" is a fraction
    tok = m.get("UNITS") or m.get("UNIT")
    n *= lx.UNIT_MULTIPLIER.get(tok.lower if tok else "", 1)
    return Partial(type=DURATION, amount=n, unit=unit)


def _vague_duration(m: Match) -> Partial | None:
    unit = _unit(m)
    if unit is None or unit is Unit.WEEKEND or _followed_by_old(m):
        return None
    return Partial(type=DURATION, amount=None, unit=unit)


def _plural_duration(m: Match) -> Partial | None:
    before = m.tokens[m.start - 1].lower if m.start > 0 else ""
    if before not in ("for", "over", "within", "in", "past", "last", "the"):
        return None
    if m.end < len(m.tokens) and m.tokens[m.end].text == "-":
        return None  # "decades-old" describes a thing
    return _vague_duration(m)


def _ago(m: Match) -> Partial | None:
    unit = _unit(m)
    if unit is None:
        return None
    n = number(m.all("NUMBER"))
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
    return Partial(type=DATE, anchor=anchor, unit=unit, shift=sign * n)


def _the_unit_before(m: Match) -> Partial | None:
    unit = _unit(m)
    if unit is None or unit.is_clock or _plural(m):
        return None
    sign = -1 if m.words[-1] == "before" else 1
    return Partial(type=DATE, anchor=Anchor.DISCOURSE, unit=unit, shift=sign)


def _reference(m: Match) -> Partial | None:
    tok = m.get("REF")
    assert tok is not None
    if (tok.lower in ("past", "present", "future")) != m.has("the"):
        return None
    nxt = m.tokens[m.end] if m.end < len(m.tokens) else None
    if tok.lower == "past" and nxt is not None and nxt.cats & {"UNIT", "NUMBER", "VAGUE", "SEASON"}:
        return None  # "the past two weeks", "the past few years": other rules read these
    if tok.lower == "present":
        return Partial(type=DATE, ref="PRESENT_REF")
    return Partial(type=DATE, ref=lx.REFERENCES[tok.lower])


def _recent_units(m: Match) -> Partial | None:
    return Partial(type=DATE, ref="PAST_REF")


def _frequency(m: Match) -> Partial | None:
    tok = m.get("FREQ")
    assert tok is not None
    return Partial(type=SET, amount=1, unit=lx.FREQUENCIES[tok.lower])


def _every(m: Match) -> Partial | None:
    unit = _unit(m)
    if unit is None:
        return None
    n = number(m.all("NUMBER")) or 1
    return Partial(type=SET, amount=n, unit=unit)


def _clock(m: Match) -> Partial | None:
    tok = m.get("CLOCK")
    if tok is not None:
        hour, minute = (int(x) for x in tok.text.split(":"))
    else:
        hour, minute = _int(m.get("SMALL")) or 0, 0
        if not m.has("MERIDIEM") and not m.has("o"):
            return None
    mer = m.get("MERIDIEM")
    if mer is not None:
        if not 1 <= hour <= 12:
            return None
        if mer.lower.startswith("p") and hour != 12:
            hour += 12
        elif mer.lower.startswith("a") and hour == 12:
            hour = 0
    if hour > 24 or minute > 59:
        return None
    return Partial(type=TIME, anchor=Anchor.DISCOURSE, unit=Unit.DAY, hour=hour, minute=minute)


def _month_day_shifted(m: Match) -> Partial | None:
    p = _month_day(m)
    word = _shift_word(m)
    return p.with_(direction=lx.SHIFTS.get(word)) if p and word else p


def _month_of_year(m: Match) -> Partial | None:
    """ "January this year", "June last year": a month of a year counted from publication."""
    word = _shift_word(m)
    if word is None or word in lx.ANAPHORIC_SHIFTS:
        return None
    return Partial(
        type=DATE, month=_month(m), anchor=Anchor.PUBLICATION, unit=Unit.YEAR, shift=lx.SHIFTS[word]
    )


def _vague_reference(m: Match) -> Partial | None:
    """ "recent years", "the coming months", "the last few weeks": a vague past or future."""
    tok = m.get("SHIFT") or m.get("recent")
    if tok is None or tok.lower not in lx.VAGUE_SHIFTS:
        return None
    if tok.lower in ("past", "last") and not (m.has("few") or m.has("several")):
        return None  # "the past years" is rare; "the past two years" is a duration
    return Partial(type=DATE, ref=lx.VAGUE_SHIFTS[tok.lower])


def _year_earlier(m: Match) -> Partial | None:
    """ "the year-earlier quarter", "year-ago results": the same period a year before."""
    tok = m.get("ORDINAL")
    n = lx.ORDINALS.get(tok.lower) if tok else None
    quarter = n if n is not None and 1 <= n <= 4 and m.has("quarter") else None
    return Partial(type=DATE, anchor=Anchor.DISCOURSE, unit=Unit.YEAR, shift=-1, quarter=quarter)


def _the_quarter(m: Match) -> Partial | None:
    """ "the quarter", "the latest period": the quarter the story is about (see anchoring)."""
    if m.has("period") and not m.has("latest"):
        return None
    return Partial(type=DATE, anchor=Anchor.DISCOURSE, unit=Unit.QUARTER, shift=0)


def _the_weekend(m: Match) -> Partial | None:
    return Partial(type=DATE, anchor=Anchor.TENSE, unit=Unit.WEEKEND, weekend=True)


def _clock_day(m: Match) -> Partial | None:
    """ "9 a.m. Tuesday", "noon Thursday", "10 p.m. yesterday": a clock time on a named day."""
    part = m.get("PARTDAY")
    if part is not None:
        if part.lower not in ("noon", "midnight", "midday"):
            return None
        clock = Partial(type=TIME, hour=0 if part.lower == "midnight" else 12, minute=0)
    else:
        found = _clock(m)
        if found is None:
            return None
        clock = found
    if m.has("WEEKDAY"):
        return clock.with_(weekday=_weekday(m), anchor=Anchor.TENSE, unit=None)
    day = m.get("DEICTIC")
    assert day is not None
    return clock.with_(anchor=Anchor.PUBLICATION, unit=Unit.DAY, shift=lx.DEICTIC_DAYS[day.lower])


# --- the rules ----------------------------------------------------------------------------------

NUM = "NUMBER -? NUMBER? -?"  # "25", "two", "twenty-five", "a"

_RULES: tuple[tuple[str, str, Callable[[Match], Partial | None], bool], ...] = (
    # Calendar dates
    ("iso-date", "ISODATE", _iso, False),
    ("slash-date", "SLASHDATE", _slash, False),
    ("month-day", "MONTH .? DAY ,? YEAR?", _month_day, False),
    ("month-day-shifted", "SHIFT MONTH .? DAY", _month_day_shifted, False),
    ("day-month", "DAY of? MONTH .? ,? YEAR?", _month_day, True),
    ("month-year", "MONTH .? ,? of? YEAR", _month_year, False),
    ("month-of-year", "MONTH .? of? SHIFT year", _month_of_year, False),
    ("month", "MONTH .?", _month_alone, False),
    ("month-shifted", "SHIFT MONTH .?", _month_shifted, False),
    ("year", "fiscal? YEAR", _year, False),
    ("decade", "DECADE", _decade, True),
    ("century", "ORDINAL -? century", _century, True),
    ("season", "SHIFT? SEASON of? YEAR?", _season, True),
    ("quarter", "fiscal? ORDINAL -? quarter of? YEAR?", _quarter, True),
    ("year-quarter", "YEAR '? s? fiscal? ORDINAL -? quarter", _quarter, True),
    # Days and parts of days
    ("weekday", "WEEKDAY .?", _weekday_alone, False),
    ("weekday-shifted", "SHIFT WEEKDAY", _weekday_shifted, True),
    ("weekday-part", "WEEKDAY PARTDAY", _day_part, False),
    ("weekdays", "WEEKDAYS", _weekday_set, False),
    ("every-weekday", "every|each WEEKDAY", _weekday_set, False),
    ("deictic", "DEICTIC PARTDAY?", _deictic, False),
    ("tonight", "tonight", _tonight, False),
    ("shifted-part", "SHIFT PARTDAY", _shifted_part, False),
    ("part", "PARTDAY", _part_alone, True),
    ("clock", "CLOCK MERIDIEM?", _clock, False),
    ("clock-hour", "SMALL MERIDIEM|o", _clock, False),
    ("clock-day", "CLOCK|SMALL MERIDIEM? TZ? ,? WEEKDAY|DEICTIC", _clock_day, False),
    ("noon-day", "PARTDAY WEEKDAY|DEICTIC", _clock_day, False),
    # Relative to a reference
    ("shifted-unit", "SHIFT same? UNIT", _shifted_unit, True),
    ("ago", f"{NUM} UNIT ago|earlier|later|before", _ago, False),
    ("from-now", f"{NUM} UNIT from now", _ago, False),
    ("vague-ago", "a? VAGUE UNITS ago", _ago, False),
    ("plural-ago", "UNITS ago", _ago, False),
    (
        "year-earlier",
        "comparable|corresponding? year - earlier|ago fiscal? ORDINAL? -? quarter|period?",
        _year_earlier,
        True,
    ),
    ("the-quarter", "the latest|current|same|fiscal? quarter|period", _the_quarter, False),
    ("the-weekend", "the weekend", _the_weekend, False),
    ("unit-before", "the UNIT before|after", _the_unit_before, False),
    ("reference", "the? REF", _reference, False),
    ("vague-reference", "SHIFT|recent few|several? UNITS", _vague_reference, True),
    # Durations
    ("duration", f"{NUM} UNIT", _duration, True),
    ("duration-span", f"the? past|last|next|first|coming|final {NUM} UNIT", _duration, False),
    ("vague-duration", "a? VAGUE of? UNITS", _vague_duration, False),
    ("plural-duration", "UNITS", _plural_duration, False),
    # Sets
    ("frequency", "FREQ", _frequency, False),
    ("every", "every|each NUMBER? -? NUMBER? UNIT", _every, False),
)

RULES: tuple[Rule, ...] = tuple(
    Rule(name, els, build, the, openers(els))
    for name, pattern, build, the in _RULES
    for els in [compile_pattern(pattern)]
)

_OPENERS = frozenset().union(*(rule.opens for rule in RULES))


# --- the tagger ---------------------------------------------------------------------------------


def _prefix_mod(tokens: Sequence[Token], start: int) -> tuple[int, str] | None:
    """A TIMEX3 modifier ending just before token ``start``: (its first token, the mod)."""
    i = start - 1 if start > 0 and tokens[start - 1].text == "-" else start  # "mid-October"
    for words, mod in lx.PREFIX_MODS.items():
        n = len(words)
        if i - n >= 0 and tuple(t.lower for t in tokens[i - n : i]) == words:
            return i - n, mod
    return None


_AMOUNT_MODS = frozenset({"MORE_THAN", "LESS_THAN", "EQUAL_OR_MORE", "EQUAL_OR_LESS", "APPROX"})
_LOOSE_ENDS = frozenset({",", ";", ":", "of"})


def _takes_mod(p: Partial, mod: str, first: Token) -> bool:
    """Amount modifiers go with amounts ("more than 25 years", "about 3 p.m."), position
    modifiers with stretches of time ("early October", "the end of 1990"); a day has no
    start worth marking ("early Sunday" is Sunday)."""
    if p.mod is not None:
        return False
    if mod in _AMOUNT_MODS:
        counted = p.type is TimexType.DURATION and first.lower not in ("the", "past", "last")
        return counted or p.hour is not None
    if p.type is TimexType.DURATION or p.ref is not None or p.hour is not None:
        return False
    return p.weekday is None and p.unit is not Unit.DAY


def _grow(tokens: Sequence[Token], start: int, end: int, p: Partial, rule: Rule) -> Candidate:
    """Let the generic modifiers and a following part of day join a rule's match."""
    if (
        p.type is DATE
        and (p.weekday is not None or (p.unit is Unit.DAY and p.part is None and p.shift != 0))
        and end < len(tokens)
        and "PARTDAY" in tokens[end].cats
        and tokens[end].lower not in ("overnight", "tonight")
    ):
        p = p.with_(type=TIME, part=lx.PARTS_OF_DAY[tokens[end].lower])
        end += 1
    while end - start > 1 and tokens[end - 1].lower in _LOOSE_ENDS:
        end -= 1
    while end - start > 1 and tokens[start].text in _LOOSE_ENDS:
        start += 1
    if rule.takes_the and start > 0 and tokens[start - 1].lower == "the":
        start -= 1
    found = _prefix_mod(tokens, start)
    if found is not None and _takes_mod(p, found[1], tokens[start]):
        first, mod = found
        p = p.with_(mod=mod)
        start = first
        if start > 0 and tokens[start - 1].lower == "the" and mod in ("START", "END", "MID"):
            start -= 1
    # A full month or weekday name is not followed by an abbreviation's period.
    if end - start > 1 and tokens[end - 1].text == "." and tokens[end - 2].lower in lx.FULL_NAMES:
        end -= 1
    return Candidate(tokens[start].start, tokens[end - 1].end, p, rule.name)


def find(tokens: Sequence[Token]) -> list[Candidate]:
    """Every time expression among ``tokens`` (one sentence), left to right, never overlapping."""
    out: list[Candidate] = []
    i = 0
    n = len(tokens)
    while i < n:
        keys = tokens[i].keys()
        if keys.isdisjoint(_OPENERS):
            i += 1
            continue
        best: tuple[Rule, Match, Partial] | None = None
        for rule in RULES:
            if keys.isdisjoint(rule.opens):
                continue
            for m in match_at(rule.elements, tokens, i):
                if best is not None and m.end <= best[1].end:
                    break
                p = rule.build(m)
                if p is not None:
                    best = (rule, m, p)
                    break
        if best is None:
            i += 1
            continue
        rule, m, p = best
        cand = _grow(tokens, m.start, m.end, p, rule)
        # A modifier may reach back over an earlier expression only if it does not overlap it.
        if out and cand.start < out[-1].end:
            cand = Candidate(tokens[m.start].start, cand.end, cand.partial, cand.rule)
        if out and _in_apposition(out[-1], cand, tokens):
            # "Friday, Oct. 23": the weekday is that date.
            out[-1] = Candidate(out[-1].start, out[-1].end, p.with_(weekday=None), out[-1].rule)
        out.append(cand)
        out.extend(_range_end(tokens, m.end, p))
        i = m.end
        while i < n and tokens[i].end <= out[-1].end:
            i += 1
    return out


def _in_apposition(first: Candidate, second: Candidate, tokens: Sequence[Token]) -> bool:
    a, b = first.partial, second.partial
    if first.rule != "weekday" or b.day is None or b.month is None or b.weekday is not None:
        return False
    between = [t.text for t in tokens if first.end <= t.start and t.end <= second.start]
    return between in ([], [","]) and a.weekday is not None


def _range_end(tokens: Sequence[Token], end: int, p: Partial) -> list[Candidate]:
    """The bare second day of "September 27 to 29", "Oct. 17-18": same month, same year."""
    if p.month is None or p.day is None or end + 1 >= len(tokens):
        return []
    sep, nxt = tokens[end], tokens[end + 1]
    if sep.lower not in ("-", "to", "through", "until", "and") or "DAY" not in nxt.cats:
        return []
    if end + 2 < len(tokens) and "MONTH" in tokens[end + 2].cats:
        return []  # "27 to 29 October" is the other order; its own rule reads it
    day = _int(nxt)
    if day is None or day <= p.day or not _valid_day(p.year, p.month, day):
        return []
    return [Candidate(nxt.start, nxt.end, p.with_(day=day), "range-end")]
