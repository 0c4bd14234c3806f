"""The grammar of time expressions: a handful of composable rules over lexical categories.

Each :class:`Rule` pairs a pattern (see :mod:`sitrep.temporal.patterns`) with a builder that turns
the words it matched into a :class:`~sitrep.temporal.values.Partial`, or refuses (``None``) when
the words do not make a time ("February 30"). The tagger takes the longest rule match at each
position, then lets generic modifiers grow it: a leading "the" where the rule allows one, TIMEX3
modifiers ("more than", "early", "mid-", "the end of") and a following part of day ("Friday
morning"). Nothing here knows any reference date; :mod:`sitrep.temporal.normalise` does that.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from sitrep.records import TimexType
from sitrep.temporal import lexicon as lx
from sitrep.temporal.builders import (
    ago,
    century,
    decade,
    duration,
    every,
    frequency,
    iso,
    lasting,
    month_alone,
    month_day,
    month_day_shifted,
    month_of_year,
    month_set,
    month_shifted,
    month_year,
    plural_duration,
    season,
    shifted_unit,
    slash,
    the_unit_before,
    the_weekend,
    vague_duration,
    weekday_alone,
    weekday_set,
    weekday_shifted,
    year,
)
from sitrep.temporal.daytime import (
    clock_date,
    clock_day,
    clock_in_part,
    clock_time,
    day_part,
    deictic,
    every_part,
    part_alone,
    shifted_part,
    tonight,
    weekday_parts,
)
from sitrep.temporal.lexicon import Unit
from sitrep.temporal.occasions import (
    event_offset,
    event_ordinal,
    event_own_ordinal,
    holiday,
    holiday_week,
    judged_day,
    ordinal_day_now,
)
from sitrep.temporal.patterns import (
    Element,
    Match,
    Token,
    compile_pattern,
    match_at,
    openers,
    required,
)
from sitrep.temporal.periods import (
    quarter,
    shifted_year_quarter,
    the_quarter,
    the_unit_now,
    the_year,
    week_of,
    year_earlier,
    year_end,
    year_half,
    year_period,
)
from sitrep.temporal.ranges import range_end, range_start, share_range_years
from sitrep.temporal.vague import (
    a_while,
    near_future,
    reference,
    then_current,
    these_days,
    vague_reference,
)
from sitrep.temporal.values import Candidate, Partial

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
    # What each obligatory element can match (to skip the rule for a whole sentence).
    needs: tuple[frozenset[str], ...] = ()


# --- the rules ----------------------------------------------------------------------------------

NUM = "NUMBER -? NUMBER? -?"  # "25", "two", "twenty-five", "a"

_RULES: tuple[tuple[str, str, Callable[[Match], Partial | None], bool], ...] = (
    # Calendar dates
    ("iso-date", "ISODATE", iso, False),
    ("slash-date", "SLASHDATE", slash, False),
    ("month-day", "MONTH .? DAY ,? YEAR?", month_day, False),
    # "Friday, Oct. 23": TimeML takes the weekday and the date as one expression.
    ("weekday-date", "WEEKDAY .? ,? MONTH .? DAY ,? YEAR?", month_day, False),
    ("weekday-day-month", "WEEKDAY .? ,? DAY of? MONTH .? ,? YEAR?", month_day, False),
    ("month-day-shifted", "SHIFT MONTH .? DAY", month_day_shifted, False),
    ("day-month", "DAY of? MONTH .? ,? YEAR?", month_day, True),
    ("month-year", "MONTH .? ,? of? YEAR", month_year, False),
    ("month-of-year", "MONTH .? of? SHIFT year", month_of_year, False),
    ("month", "MONTH .?", month_alone, False),
    ("month-shifted", "SHIFT MONTH .?", month_shifted, False),
    ("year", "fiscal? YEAR", year, False),
    ("decade", "DECADE", decade, True),
    ("century", "ORDINAL -? century", century, True),
    ("season", "this? SHIFT? SEASON of? YEAR?", season, True),
    ("quarter", "fiscal? ORDINAL -? quarter of? YEAR?", quarter, True),
    ("year-quarter", "YEAR '? s? fiscal? ORDINAL -? quarter", quarter, True),
    # Days and parts of days
    ("weekday", "WEEKDAY .?", weekday_alone, False),
    ("weekday-shifted", "this? SHIFT WEEKDAY", weekday_shifted, True),
    ("weekday-part", "WEEKDAY PARTDAY", day_part, False),
    ("weekdays", "WEEKDAYS", weekday_set, False),
    ("weekday-parts", "WEEKDAY mornings|afternoons|evenings|nights", weekday_parts, False),
    ("every-weekday", "every|each WEEKDAY", weekday_set, False),
    ("every-month", "every|each MONTH", month_set, False),
    ("every-part", "every|each PARTDAY", every_part, False),
    ("deictic", "DEICTIC PARTDAY?", deictic, False),
    ("tonight", "tonight", tonight, False),
    ("shifted-part", "SHIFT PARTDAY", shifted_part, True),
    ("part", "PARTDAY", part_alone, True),
    ("clock", "CLOCK MERIDIEM? TZ?", clock_time, False),
    ("clock-hour", "SMALL MERIDIEM|o TZ?", clock_time, False),
    ("clock-in-part", "SMALL in|at the? PARTDAY", clock_in_part, False),
    ("clock-day", "CLOCK|SMALL MERIDIEM? TZ? ,? WEEKDAY|DEICTIC", clock_day, False),
    ("noon-day", "PARTDAY WEEKDAY|DEICTIC", clock_day, False),
    ("clock-date", "CLOCK|SMALL MERIDIEM? TZ? ,? on? MONTH .? DAY ,? YEAR?", clock_date, False),
    # Relative to a reference
    ("shifted-unit", "SHIFT same? UNIT", shifted_unit, True),
    ("ago", f"{NUM} UNIT ago|earlier|later|before", ago, False),
    ("ago-or-so", f"{NUM} UNIT or so ago|earlier|later|before", ago, False),
    ("from-now", f"{NUM} UNIT from now", ago, False),
    ("vague-ago", "a? VAGUE UNITS ago", ago, False),
    ("plural-ago", "UNITS ago", ago, False),
    (
        "year-earlier",
        "comparable|corresponding? year - earlier|ago fiscal? ORDINAL? -? quarter|period?",
        year_earlier,
        True,
    ),
    ("the-quarter", "the latest|current|same|fiscal? quarter|period", the_quarter, False),
    ("the-year-quarter", "the YEAR fiscal? quarter|period", year_period, False),
    (
        "year-s-quarter",
        "SHIFT year '|’ s fiscal? ORDINAL? -? quarter|period",
        shifted_year_quarter,
        False,
    ),
    (
        "period-last-year",
        "the? corresponding|comparable|same? period|quarter last|a year earlier|ago?",
        year_earlier,
        False,
    ),
    ("the-weekend", "the weekend", the_weekend, False),
    ("unit-before", "the UNIT before|after", the_unit_before, False),
    ("reference", "the? REF", reference, False),
    ("then-current", "then current|present", then_current, False),
    ("these-days", "these days", these_days, False),
    ("a-while", "a while ago?", a_while, False),
    ("near-future", "the near|short|long term|future", near_future, False),
    ("later-date", "a later date", near_future, False),
    ("year-half", "the first|second|last|latter half of YEAR", year_half, False),
    ("year-half-quarters", "the? first|last two quarters of YEAR", year_half, False),
    ("week-of", "the week of MONTH .? DAY ,? YEAR?", week_of, False),
    ("holiday-week", "HOLIDAY week", holiday_week, False),
    ("year-end", "year -|'|’? s? end", year_end, False),
    ("vague-reference", "SHIFT|recent few|several? UNITS", vague_reference, True),
    # Counted from an event the story dates
    ("event-ordinal", "the? ORDINAL UNIT of the? EVENT", event_ordinal, False),
    ("ordinal-day-now", "ORDINAL day", ordinal_day_now, True),
    ("judged-day", "day", judged_day, False),
    ("event-own-ordinal", "ORDINAL UNIT", event_own_ordinal, False),
    ("event-offset", f"{NUM} UNIT after|before the? EVENT", event_offset, False),
    ("event-day", "the UNIT after|before the? EVENT", event_offset, False),
    # Holidays and years in words
    ("holiday", "SHIFT? HOLIDAY day|eve|sunday|monday? ,? of? YEAR?", holiday, True),
    ("named-day", "good|palm|boxing friday|sunday|day ,? of? YEAR?", holiday, False),
    ("new-year", "new year '|’ s day|eve ,? of? YEAR?", holiday, False),
    ("the-year", "the year YEAR", year, False),
    ("the-year-now", "the full|current|latest? fiscal? year", the_year, False),
    ("the-unit-now", "the day|week|month|decade|century", the_unit_now, False),
    # Durations
    ("duration", f"{NUM} UNIT", duration, True),
    ("duration-half", f"{NUM} HALF UNIT", duration, True),
    ("duration-more", f"{NUM} more|additional|further UNIT", duration, True),
    ("duration-and-a-half", f"{NUM} UNIT and a half", duration, True),
    ("duration-and-half-units", f"{NUM} and a half UNIT", duration, True),
    ("duration-span", f"the? past|last|next|first|coming|final {NUM} UNIT", duration, False),
    ("vague-duration", "a? VAGUE of? UNITS", vague_duration, False),
    ("vague-compound", "VAGUE - UNIT", vague_duration, False),
    ("earlier-span", f"the year - earlier|ago|before {NUM} UNIT", duration, False),
    ("latest-span", f"the latest|comparable|same {NUM} UNIT", duration, False),
    ("vague-span", "the next|past|last|coming a? couple of UNITS", vague_duration, False),
    ("units-ahead", "the UNITS ahead", vague_duration, False),
    ("plural-duration", "UNITS", plural_duration, False),
    ("lasting", "UNIT|UNITS - long", lasting, False),
    ("lasting-count", "NUMBER - NUMBER? -? UNIT - long", lasting, False),
    # Sets
    ("frequency", "FREQ", frequency, False),
    ("every", "every|each NUMBER? -? NUMBER? UNIT", every, False),
)

RULES: tuple[Rule, ...] = tuple(
    Rule(name, els, build, the, openers(els), required(els))
    for name, pattern, build, the in _RULES
    for els in [compile_pattern(pattern)]
)


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
_DATE_HEDGES = frozenset({"around", "approximately", "roughly"})
_OPEN_BOUNDS: dict[tuple[str, ...], str] = {
    ("or", "later"): "ON_OR_AFTER",
    ("and", "beyond"): "ON_OR_AFTER",
    ("or", "after"): "ON_OR_AFTER",
    ("and", "after"): "ON_OR_AFTER",
    ("or", "earlier"): "ON_OR_BEFORE",
    ("or", "before"): "ON_OR_BEFORE",
    ("and", "before"): "ON_OR_BEFORE",
}


def _takes_mod(p: Partial, mod: str, first: Token, word: str) -> bool:
    """Amount modifiers go with amounts ("more than 25 years", "about 3 p.m.", "nearly four
    years ago"), position modifiers with stretches of time ("early October", "the end of
    1990"); of a day, only its early or late part is marked ("late yesterday", "early
    Sunday"), not its "end" or "middle"."""
    if p.mod is not None:
        return False
    if mod in _AMOUNT_MODS:
        counted = p.type is TimexType.DURATION and first.lower not in ("the", "past", "last")
        ago = (
            p.type is TimexType.DATE
            and p.unit is not None
            and p.shift != 0
            and (abs(p.shift) > 1 or first.lower in ("a", "an", "one"))
        )
        # "around Nov. 1", "roughly mid-2021": a calendar date told as approximate keeps its
        # hedge (TIMEX3 mod APPROX); not "about", which before a date is mostly the
        # preposition ("a report about Monday's vote").
        dated = (
            p.type is TimexType.DATE
            and mod == "APPROX"
            and word in _DATE_HEDGES
            and p.unit is None
            and p.ref is None
            and (p.day is not None or p.month is not None)
        )
        return counted or ago or dated or p.hour is not None
    if p.type is TimexType.DURATION or p.ref is not None or p.hour is not None:
        return False
    if p.part is not None and mod == "MID" and p.hour is None:
        return True  # "mid-afternoon yesterday"
    if p.weekday is not None or p.unit is Unit.DAY:
        return p.part is None and word in ("early", "earlier", "late", "later")
    return True


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
    # "the third quarter" but "the [third-quarter] results", "the [14-day] truce": a
    # hyphenated adjective leaves the article to its noun.
    adjective = (
        (p.type is TimexType.DURATION or rule.name == "quarter")
        and any(t.text == "-" for t in tokens[start:end])
        and "UNITS" not in tokens[end - 1].cats
    )
    if rule.takes_the and start > 0 and tokens[start - 1].lower == "the" and not adjective:
        start -= 1
    found = _prefix_mod(tokens, start)
    part = _early_on(tokens, start) if found is None else None
    if part is not None and _takes_mod(p, part, tokens[start], "early"):
        # "early on Sunday", "late on Saturday": the part of the day is kept as a modifier;
        # the preposition, and with it the adverb before it, stays outside the extent.
        p = p.with_(mod=part)
    elif found is not None and _takes_mod(p, found[1], tokens[start], tokens[found[0]].lower):
        first, mod = found
        p = p.with_(mod=mod)
        # "Earlier Friday", "later this week": the comparative says where in the day or week,
        # and stays outside the extent (TempEval writes "Earlier [Friday]", "earlier [this
        # week]"); "early Friday", "earlier this year" take it in.
        if tokens[first].lower not in _COMPARATIVES or (
            p.weekday is None and p.unit is not Unit.WEEK
        ):
            start = first
            if (
                start > 0
                and tokens[start - 1].lower == "the"
                and tokens[start].lower != "the"
                and mod in ("START", "END", "MID")
            ):
                start -= 1
    if (
        p.mod is None
        and (p.type is DURATION or (p.type is DATE and p.unit is not None))
        and [t.lower for t in tokens[end : end + 2]] == ["or", "so"]
    ):
        p, end = p.with_(mod="APPROX"), end + 2  # "the next year or so"
    bound = _OPEN_BOUNDS.get(tuple(t.lower for t in tokens[end : end + 2]))
    if (
        bound is not None
        and p.mod is None
        and p.type is DATE
        and p.ref is None
        and _ends_open(tokens, end + 2)
    ):
        # "by 2025 or later", "2030 and beyond": a date left open on one side is one
        # expression with its open end (TIMEX3 mod ON_OR_AFTER, ON_OR_BEFORE); not when the
        # words go on to a time of their own ("on Monday or later that week").
        p, end = p.with_(mod=bound), end + 2
    # A full month or weekday name is not followed by an abbreviation's period.
    if end - start > 1 and tokens[end - 1].text == "." and tokens[end - 2].lower in lx.FULL_NAMES:
        end -= 1
    return Candidate(tokens[start].start, tokens[end - 1].end, p, rule.name)


_COMPARATIVES = frozenset({"earlier", "later"})
_TIME_OPENERS = frozenset({"the", "this", "that", "in", "on", "at", "than", "next", "last"})


def _ends_open(tokens: Sequence[Token], after: int) -> bool:
    """Whether "or later", "or before" ending just before ``after`` close their expression:
    "2025 or later." does, "Monday or later that week" and "March or before April" go on
    to a time of their own."""
    if after >= len(tokens) or not tokens[after].text[0].isalnum():
        return True
    nxt = tokens[after]
    if tokens[after - 1].lower in ("before", "after"):
        return False  # a preposition, with its object after it
    return not nxt.cats and nxt.lower not in _TIME_OPENERS


def _early_on(tokens: Sequence[Token], start: int) -> str | None:
    """The part of a day that words before its preposition name: "early on Sunday", "late
    on Saturday", "in the early hours of Sunday" (START, END)."""
    before = tuple(t.lower for t in tokens[max(0, start - 3) : start])
    if before[-2:] in (("early", "on"), ("late", "on")):
        return "START" if before[-2] == "early" else "END"
    if before in (("early", "hours", "of"), ("small", "hours", "of"), ("wee", "hours", "of")):
        return "START"
    return None


def find(tokens: Sequence[Token]) -> list[Candidate]:
    """Every time expression among ``tokens`` (one sentence), left to right, never overlapping."""
    out: list[Candidate] = []
    present = set().union(*(t.cats for t in tokens)) | {t.lower for t in tokens}
    rules = [r for r in RULES if not any(need.isdisjoint(present) for need in r.needs)]
    openers_here = frozenset().union(*(r.opens for r in rules)) if rules else frozenset()
    i = 0
    n = len(tokens)
    while i < n:
        keys = tokens[i].keys()
        if keys.isdisjoint(openers_here):
            i += 1
            continue
        best: tuple[Rule, Match, Partial] | None = None
        for rule in rules:
            if keys.isdisjoint(rule.opens):
                continue
            for m in match_at(rule.elements, tokens, i):
                if best is not None and m.end <= best[1].end:
                    break
                if rule.name not in _NAMES and _in_a_title(tokens, m.start, m.end):
                    continue
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
        first = range_start(tokens, m.start, p)
        if first is not None and (not out or out[-1].end <= first.start):
            out.append(first)
        ends = range_end(tokens, m.end, p)
        if ends and p.year is None and ends[0].partial.year is not None:
            # "Oct. 9-11, 2020": the year said after the range holds for both ends.
            cand = replace(cand, partial=ends[0].partial.with_(day=p.day))
        out.append(cand)
        out.extend(ends)
        i = m.end
        while i < n and tokens[i].end <= out[-1].end:
            i += 1
    return share_range_years(tokens, out)


_NAMES = frozenset({"holiday", "named-day", "new-year"})
_TITLE_CATS = frozenset({"UNIT", "PARTDAY", "DEICTIC"})


def _in_a_title(tokens: Sequence[Token], start: int, end: int) -> bool:
    """ "60 Minutes", "High Noon", "VOA Today", "This Week": a capitalised time word after
    another word inside a sentence names a programme or a film, not a time."""
    for i in range(max(start, 1), end):
        tok, before = tokens[i], tokens[i - 1]
        if (
            tok.cats & _TITLE_CATS
            and tok.text[:1].isupper()
            and before.text[:1].isalnum()
            and "LINE_START" not in tok.cats
        ):
            return True
        if "SEASON" in tok.cats and _names_with_season(tokens, i):
            return True
    return False


def _names_with_season(tokens: Sequence[Token], i: int) -> bool:
    """ "the Arab Spring", "the Winter War", "Operation Spring Storm", "Spring of Life": a
    capitalised season inside a sentence, next to a capitalised word of its name, is part of
    that name, no season; "in the Spring", "Winter 2019" stay seasons."""
    tok = tokens[i]
    if not tok.text[:1].isupper() or i == 0 or "LINE_START" in tok.cats:
        return False
    after = tokens[i + 1] if i + 1 < len(tokens) else None
    if after is not None and after.lower == "of" and i + 2 < len(tokens):
        after = tokens[i + 2]
    named_after = after is not None and after.text[:1].isupper() and after.cats <= {"EVENT"}
    before = tokens[i - 1]
    named_before = i > 1 and before.text[:1].isupper() and before.cats <= {"EVENT"}
    return named_after or named_before
