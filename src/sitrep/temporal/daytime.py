"""Builders for the times of a day: clock times, parts of days, "today", "tonight".

Builders, like :mod:`sitrep.temporal.builders`: "10:30 p.m.", "4 in the morning", "noon
Thursday", "5 p.m. EST Nov. 9", "last night", "the next morning". A bare clock time or part of
day belongs to the day its sentence (or the story just before) names: see the anchoring.
"""

from __future__ import annotations

from sitrep.temporal import lexicon as lx
from sitrep.temporal.builders import (
    DATE,
    SET,
    TIME,
    integer,
    month_day,
    shift_word,
    weekday_of,
)
from sitrep.temporal.lexicon import Unit
from sitrep.temporal.patterns import Match
from sitrep.temporal.values import Anchor, Partial


def deictic(m: Match) -> Partial | None:
    tok = m.get("DEICTIC")
    assert tok is not None
    part = m.get("PARTDAY")
    if part is None and tok.lower == "today" and _of_our_times(m):
        return None
    return Partial(
        type=TIME if part else DATE,
        anchor=Anchor.PUBLICATION,
        unit=Unit.DAY,
        shift=lx.DEICTIC_DAYS[tok.lower],
        part=lx.PARTS_OF_DAY[part.lower] if part else None,
    )


def _of_our_times(m: Match) -> bool:
    """ "today's youth", "today's personal computers": the present age, no day of it."""
    after = [t.lower for t in m.tokens[m.end : m.end + 5]]
    if after[:2] not in (["'", "s"], ["’", "s"]):
        return False
    for i, word in enumerate(after[2:5], start=3):
        if word in lx.GENERIC_TODAY:
            # "today's youth rally" is that day's rally.
            return i >= len(after) or after[i] not in lx.GATHERINGS
    return False


def tonight(m: Match) -> Partial | None:
    return Partial(type=TIME, anchor=Anchor.PUBLICATION, unit=Unit.DAY, part="NI")


def shifted_part(m: Match) -> Partial | None:
    word, part = shift_word(m), m.get("PARTDAY")
    if part is None:
        return None
    code = lx.PARTS_OF_DAY[part.lower]
    the = m.start > 0 and m.tokens[m.start - 1].lower == "the"
    if the and word in ("next", "following", "previous", "preceding"):
        # "the next morning": the part of the day after the day the story is at.
        shift = lx.SHIFTS[word]
        return Partial(type=TIME, anchor=Anchor.DISCOURSE, unit=Unit.DAY, shift=shift, part=code)
    if word not in ("this", "last", "that", "the"):
        return None
    # "last night" is the night before publication; "this morning" the morning of that day.
    shift = -1 if word == "last" else 0
    anchor = Anchor.DISCOURSE if word == "that" else Anchor.PUBLICATION
    return Partial(type=TIME, anchor=anchor, unit=Unit.DAY, shift=shift, part=code)


def day_part(m: Match) -> Partial | None:
    part = m.get("PARTDAY")
    assert part is not None
    code = lx.PARTS_OF_DAY[part.lower]
    return Partial(type=TIME, weekday=weekday_of(m), anchor=Anchor.TENSE, part=code)


def part_alone(m: Match) -> Partial | None:
    part = m.get("PARTDAY")
    assert part is not None
    the = m.start > 0 and m.tokens[m.start - 1].lower == "the"
    if not the and part.lower not in ("overnight", "midnight", "noon", "midday", "tonight"):
        # "morning" alone is a time only as "the morning", "at night" (TimeML annotates these).
        before = [t.lower for t in m.tokens[max(0, m.start - 2) : m.start]]
        if before[-1:] not in (["at"], ["by"], ["mid"]) and before != ["mid", "-"]:
            return None  # "by mid-afternoon", "in mid morning" are times
    after = m.tokens[m.end] if m.end < len(m.tokens) else None
    if the and after is not None and after.lower in ("of", "the", "a", "an", "when", "that"):
        # "the night of October 23" (the date is the time), "the night the plane went down"
        # (a clause's event fixes it): not a time by itself.
        return None
    return Partial(
        type=TIME, anchor=Anchor.DISCOURSE, unit=Unit.DAY, part=lx.PARTS_OF_DAY[part.lower]
    )


def clock_time(m: Match) -> Partial | None:
    tok = m.get("CLOCK")
    if tok is not None:
        hour, minute = (int(x) for x in tok.text.split(":"))
    else:
        hour, minute = integer(m.get("SMALL")) or 0, 0
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
    zone = m.get("TZ")
    utc = zone is not None and zone.lower in lx.UTC_ZONES
    return Partial(
        type=TIME, anchor=Anchor.DISCOURSE, unit=Unit.DAY, hour=hour, minute=minute, utc=utc
    )


def clock_in_part(m: Match) -> Partial | None:
    """ "4 in the morning", "10 at night": an hour in a part of the day (TimeML writes the
    clock time, T04:00, T22:00)."""
    hour, part = integer(m.get("SMALL")), m.get("PARTDAY")
    if hour is None or part is None or not 1 <= hour <= 12:
        return None
    code = lx.PARTS_OF_DAY[part.lower]
    if code in ("AF", "EV", "NI") and hour != 12 and not (code == "NI" and hour <= 4):
        hour += 12  # "10 at night" is 22:00; "2 at night" stays 02:00
    elif code == "MO" and hour == 12:
        hour = 0
    return Partial(type=TIME, anchor=Anchor.DISCOURSE, unit=Unit.DAY, hour=hour, minute=0)


def clock_day(m: Match) -> Partial | None:
    """ "9 a.m. Tuesday", "noon Thursday", "10 p.m. yesterday": a clock time on a named day;
    "afternoon yesterday": a part of it."""
    part = m.get("PARTDAY")
    if part is not None and part.lower in ("noon", "midnight", "midday"):
        # "midnight Friday" ends Friday: ISO 8601 writes it T24:00.
        clock = Partial(type=TIME, hour=24 if part.lower == "midnight" else 12, minute=0)
    elif part is not None:
        if part.lower in ("tonight", "overnight"):
            return None
        clock = Partial(type=TIME, part=lx.PARTS_OF_DAY[part.lower])
    else:
        found = clock_time(m)
        if found is None:
            return None
        clock = found
    if m.has("WEEKDAY"):
        return clock.with_(weekday=weekday_of(m), anchor=Anchor.TENSE, unit=None)
    day = m.get("DEICTIC")
    assert day is not None
    return clock.with_(anchor=Anchor.PUBLICATION, unit=Unit.DAY, shift=lx.DEICTIC_DAYS[day.lower])


def weekday_parts(m: Match) -> Partial | None:
    """ "Tuesday nights", "on Sunday mornings": that part of every such day."""
    tok = m.tokens[m.end - 1]
    part = lx.PARTS_OF_DAY.get(tok.lower.removesuffix("s"))
    return Partial(type=SET, weekday=weekday_of(m), part=part) if part else None


def every_part(m: Match) -> Partial | None:
    """ "every night", "each morning": that part of every day."""
    tok = m.get("PARTDAY")
    if tok is None or tok.lower not in ("morning", "afternoon", "evening", "night"):
        return None
    return Partial(type=SET, part=lx.PARTS_OF_DAY[tok.lower])


def clock_date(m: Match) -> Partial | None:
    """ "5 p.m. EST Nov. 9": a clock time on a calendar date."""
    clock, day = clock_time(m), month_day(m)
    if clock is None or day is None:
        return None
    return day.with_(type=TIME, hour=clock.hour, minute=clock.minute)
