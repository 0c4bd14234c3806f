"""Figures: two sources giving incompatible casualty figures for the same people."""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left, bisect_right
from collections.abc import Mapping, Sequence

from sitrep.records import (
    Casualty,
    CasualtyGroup,
    Claim,
    Contradiction,
    ContradictionKind,
    Count,
    Place,
    PlaceLevel,
    Qualifier,
    Span,
    counted_in_another,
)
from sitrep.sources import Source, actor_source, behind

_FIELDS = ("killed", "injured", "missing", "displaced", "abducted")


def figures(
    casualties: Sequence[Casualty],
    *,
    names: dict[str, str],
    text: str,
    claims: Sequence[Claim],
    where: Mapping[str, frozenset[str]] | None = None,
    places: Sequence[Place] = (),
    wide: Mapping[str, frozenset[str]] | None = None,
    counted_in: Mapping[str, str] | None = None,
    published: dt.date | None = None,
) -> list[Contradiction]:
    """Pairs of figures that cannot both be true, from two different sources.

    A figure's source is its reporter (an actor) or, when the speaker was not resolved to an
    actor, the words naming it in the claim that carries the figure ("a hospital official"); a
    figure the article states on its own has no source and is compared with none, nor is an
    increment, a part of a figure or a headline's figure that the body gives in full
    (:func:`~sitrep.records.counted_in_another`: the body's is compared). ``where``
    gives, per figure id, the places its sentence names (:func:`places_of`): figures told of
    different places ("three wounded in Kelso", "five wounded in Marlow") count different
    people and are not compared; nor are figures whose places hold one another compared as
    different places. ``wide`` gives the countries each figure's sentence names: a figure told
    of a town or region and one told of the country holding it count a part and its whole, and
    disagree only when the part is larger. ``counted_in`` gives, for a figure a state's civil
    body reports (a health ministry, an emergency service), that state's country: with no place
    of its own, the figure counts that country's people, and a figure told of places in another
    country ("two hurt in Safed", as Israel's emergency service says, beside the 81 wounded
    Lebanon's health ministry counts) counts others. Figures of different periods are not compared either: as of different
    dates, or counted since different starts (a running total "since Wednesday" and a figure
    with no stated start, such as one incident's toll). A figure with no date of its own (a
    headline's "strike kills 18") is one of the days around ``published``, the article's date:
    it is not compared with a figure dated over a week before (an earthquake's toll of two
    months ago).
    """
    where = where or {}
    wide = wide or {}
    by_place = {p.id: p for p in places}
    by_claim = {c.id: c for c in claims}
    rows = [
        (k, source)
        for k in casualties
        if not counted_in_another(k) and (source := _source(k, by_claim, text, names)) is not None
    ]
    out: list[Contradiction] = []
    for i, (a, who_a) in enumerate(rows):
        for b, who_b in rows[i + 1 :]:
            if who_a.identity == who_b.identity:
                continue
            # a toll of everyone ('put the death toll at two') holds every group's dead ('four
            # civilians were killed'): the group's figure may be no larger
            group_in_all: Casualty | None = None
            if a.group != b.group:
                if CasualtyGroup.ALL not in (a.group, b.group) or a.side or b.side:
                    continue
                group_in_all = b if a.group is CasualtyGroup.ALL else a
                toll = a if group_in_all is b else b
                if not _TOLL.search(" ".join(e.text(text) for e in toll.evidence)):
                    continue  # 'received six bodies': what one hospital counts, not everyone
            elif a.side != b.side or (a.side is None and a.group.value != "all"):
                continue
            later: Casualty | None = None
            if a.as_of and b.as_of and a.as_of != b.as_of:
                later = _told_later(a, b, by_claim)
                if later is None:
                    continue
            if _tally_of_period(a.as_of) != _tally_of_period(b.as_of):
                continue  # 'more than 1,500 killed in the first three months of the year'
            if _long_before(a.as_of or b.as_of, published) and not (a.as_of and b.as_of):
                continue  # 'kills 18' today; 'killing more than 3,700' on March 28

            if a.conflict_toll != b.conflict_toll:
                continue  # a war's toll and one incident's count different dead
            if a.since != b.since:
                # "27 killed since Wednesday" counts a stated period; a figure with another or
                # no stated start ("15 killed when a drone struck the market") counts others.
                continue
            here_a, here_b = where.get(a.id, frozenset()), where.get(b.id, frozenset())
            if _elsewhere(here_a, here_b, by_place):
                continue
            if _other_country(a.id, b.id, where, counted_in or {}, by_place):
                continue
            # a figure told of a town or region, beside one told of the country holding it,
            # counts a part of its people: 'three killed in Zaporizhzhia' sits within 'at least
            # five killed across Ukraine'
            part = _part(a, b, where, wide, by_place)
            for field in _FIELDS:
                x, y = getattr(a, field), getattr(b, field)
                if x is None or y is None:
                    continue
                if field == "killed" and _grown(a, x, b, y, text):
                    continue
                if later is not None:
                    # told on different days: only fewer dead told later disagree (a toll
                    # grows as the wounded die and the missing are found)
                    fewer, more = (x, y) if later is a else (y, x)
                    if field != "killed" or _bounds(fewer)[1] >= _bounds(more)[0]:
                        continue
                if part is not None:
                    fits = within(x, y) if part is a else within(y, x)
                    if fits:
                        continue
                if group_in_all is not None:
                    if within(x, y) if group_in_all is a else within(y, x):
                        continue
                    out.append(_differing(field, (a, x, who_a), (b, y, who_b)))
                    break
                if not compatible(x, y):
                    group = a.group.value + (f" of {names.get(a.side, a.side)}" if a.side else "")
                    out.append(_differing(field, (a, x, who_a), (b, y, who_b), group=group))
                    break
    return out


# Words that make a figure of everyone a toll of the incident, not one place's count.
_TOLL = re.compile(r"\b(?:toll|in all|in total|altogether|overall)\b", re.I)
# A toll told as grown: 'the death toll had risen to 24', 'the number of dead climbed to 30'.
_GROWN = re.compile(r"\b(?:rose|risen|rising|climbed|jumped|increased|grown|grew)\s+to\b", re.I)


def _differing(
    field: str,
    first: tuple[Casualty, Count, Source],
    second: tuple[Casualty, Count, Source],
    *,
    group: str | None = None,
) -> Contradiction:
    """Two figures that disagree, in one line: of one ``group`` ('killed (civilian): 12
    according to X, 30 according to Y'), or, with none given, a group's figure larger than
    another source's toll of everyone ('killed: 4 civilian according to a medical source, 2 in
    all according to the minister')."""

    def whom(k: Casualty) -> str:
        if group is not None:
            return ""
        return " in all" if k.group is CasualtyGroup.ALL else f" {k.group.value}"

    (a, x, who_a), (b, y, who_b) = first, second
    label = field if group is None else f"{field} ({group})"
    return Contradiction(
        kind=ContradictionKind.FIGURES,
        between=(a.id, b.id),
        note=(
            f"{label}: {_count(x)}{whom(a)} according to {who_a.name}, "
            f"{_count(y)}{whom(b)} according to {who_b.name}"
        ),
    )


# Places finer than a country: a figure told of a town or region counts the people there.
_LOCAL = frozenset({PlaceLevel.POINT, PlaceLevel.LOCALITY, PlaceLevel.REGION})


def places_of(
    casualties: Sequence[Casualty],
    places: Sequence[Place],
    sentences: Sequence[Span],
    levels: frozenset[PlaceLevel] = _LOCAL,
) -> dict[str, frozenset[str]]:
    """For each figure, the places of ``levels`` (by default those finer than a country) named
    in the sentence it is told in; a sentence that names none goes on telling of the places the
    sentence before it named ('A strike hit Zaporizhzhia ... 31 people had been injured
    in the attack'), so that its figure is not set against one told of another town."""
    local = sorted((m.start, m.end, p.id) for p in places if p.level in levels for m in p.mentions)
    starts = [m[0] for m in local]
    ordered = sorted(sentences)
    sentence_starts = [s.start for s in ordered]
    out: dict[str, frozenset[str]] = {}
    for k in casualties:
        start = k.evidence[0].start
        i = bisect_right(sentence_starts, start) - 1
        sentence = ordered[i] if i >= 0 and start < ordered[i].end else k.evidence[0]
        found = _named_in(local, starts, sentence)
        if not found and i > 0 and sentence is ordered[i]:
            found = _named_in(local, starts, ordered[i - 1])
        out[k.id] = found
    return out


def _named_in(
    local: Sequence[tuple[int, int, str]], starts: Sequence[int], sentence: Span
) -> frozenset[str]:
    lo, hi = bisect_left(starts, sentence.start), bisect_left(starts, sentence.end)
    return frozenset(pid for _, end, pid in local[lo:hi] if end <= sentence.end)


def _part(
    a: Casualty,
    b: Casualty,
    where: Mapping[str, frozenset[str]],
    wide: Mapping[str, frozenset[str]],
    by_place: Mapping[str, Place],
) -> Casualty | None:
    """Of two figures, the one told of towns or regions inside the country the other is told
    of, with no town or region of its own; None when neither is."""
    for part, whole in ((a, b), (b, a)):
        local, countries = where.get(part.id, frozenset()), wide.get(whole.id, frozenset())
        if not local or where.get(whole.id) or not countries:
            continue
        codes = {by_place[c].country for c in countries if c in by_place}
        if all(p in by_place and by_place[p].country in codes for p in local):
            return part
    return None


# How long before the article's date a dated figure may lie and still be compared with an
# undated one: the days a news story looks back on.
_RECENT = dt.timedelta(days=7)


def _long_before(as_of: str | None, published: dt.date | None) -> bool:
    """Whether a figure's day lies more than a week before the article's date."""
    if as_of is None or published is None:
        return False
    try:
        day = dt.date.fromisoformat(as_of[:10])
    except ValueError:
        return False  # a month's or a year's tally is weighed apart
    return published - day > _RECENT


def _tally_of_period(as_of: str | None) -> bool:
    """A figure counted as of a month or a year (its sentence names no day): a period's tally,
    not one incident's dead."""
    return as_of is not None and len(as_of) < len("2020-01-01")


def _other_country(
    a: str,
    b: str,
    where: Mapping[str, frozenset[str]],
    counted_in: Mapping[str, str],
    by_place: Mapping[str, Place],
) -> bool:
    """Whether two figures count people of different countries: by the countries of the places
    each is told of, else by the country whose civil body reports it."""

    def countries(k: str) -> frozenset[str]:
        local = {by_place[p].country for p in where.get(k, frozenset()) if p in by_place}
        codes = frozenset(c for c in local if c)
        if codes:
            return codes
        return frozenset({counted_in[k]}) if k in counted_in else frozenset()

    x, y = countries(a), countries(b)
    return bool(x) and bool(y) and not x & y


def _elsewhere(a: frozenset[str], b: frozenset[str], by_place: Mapping[str, Place]) -> bool:
    """Whether two figures are told of different places: each names some, they share none, and
    no place of one holds a place of the other (by the gazetteer's admin names)."""
    if not a or not b or a & b:
        return False

    def holds(outer: str, inner: str) -> bool:
        o, i = by_place.get(outer), by_place.get(inner)
        # admin names are the gazetteer's: 'Khankendi' holds what the article calls Stepanakert
        return (
            o is not None
            and i is not None
            and (o.name in i.admin or (o.gazetteer_name or o.name) in i.admin)
        )

    return not any(holds(x, y) or holds(y, x) for x in a for y in b)


# How long after another source's figure a figure dated only by its telling may be told and
# still count the same dead: the day after an attack, or the one after that.
_TOLD_AFTER = dt.timedelta(days=2)


def _told_later(a: Casualty, b: Casualty, by_claim: Mapping[str, Claim]) -> Casualty | None:
    """Of two figures dated on different days, the one dated only by when it was told ('the
    rebels said in a statement on Sunday that two soldiers had died': its day is its
    claim's), a day or two after the other's day ('killing three soldiers' on Saturday): it
    counts the same dead, later. None otherwise: figures of different days count different
    dead, or a toll that has grown."""
    try:
        day_a = dt.date.fromisoformat(a.as_of or "")
        day_b = dt.date.fromisoformat(b.as_of or "")
    except ValueError:
        return None
    later, earlier, gap = (a, b, day_a - day_b) if day_a > day_b else (b, a, day_b - day_a)
    claim = by_claim.get(later.claim or "")
    if claim is None or claim.date != later.as_of or gap > _TOLD_AFTER:
        return None
    told_earlier = by_claim.get(earlier.claim or "")
    if told_earlier is not None and told_earlier.date == earlier.as_of:
        return None  # both are tallies as of the day each was told
    return later


def _source(
    row: Casualty, by_claim: dict[str, Claim], text: str, names: dict[str, str]
) -> Source | None:
    """Who gives a figure, or None when no one is named."""
    if row.reporter is not None:
        return actor_source(row.reporter, names)
    claim = by_claim.get(row.claim or "")
    return behind(claim, text, names) if claim is not None else None


def compatible(a: Count, b: Count) -> bool:
    """Whether two figures can both be true as stated ('at least 91' and '120' can)."""
    lo_a, hi_a = _bounds(a)
    lo_b, hi_b = _bounds(b)
    return lo_a <= hi_b and lo_b <= hi_a


def _grown(a: Casualty, x: Count, b: Casualty, y: Count, text: str) -> bool:
    """Whether one of two figures is a toll told as grown ('the toll had risen to 24') to no
    fewer than the other ('killing at least 19'): the count the other's source gave before
    the wounded died or the missing were found, no disagreement."""
    for grown, more, fewer in ((a, x, y), (b, y, x)):
        words = " ".join(e.text(text) for e in grown.evidence)
        if _GROWN.search(words) and _bounds(more)[0] >= _bounds(fewer)[1]:
            return True
    return False


def within(part: Count, whole: Count) -> bool:
    """Whether ``part`` can count some of the people ``whole`` counts ('3' within 'at least
    5', '3' within '2 to 4'), that is, be no more than it."""
    return _bounds(part)[0] <= _bounds(whole)[1]


def _bounds(c: Count) -> tuple[float, float]:
    v = float(c.value)
    if c.high is not None:
        return v, float(c.high)
    match c.qualifier:
        case Qualifier.AT_LEAST:
            return v, float("inf")
        case Qualifier.MORE_THAN:
            return v + 1, float("inf")
        case Qualifier.AT_MOST:
            return 0.0, v
        case Qualifier.NEARLY:
            return 0.8 * v, v
        case Qualifier.ABOUT:
            return 0.8 * v, 1.2 * v
        case _:
            return v, v


def _count(c: Count) -> str:
    prefix = {
        Qualifier.AT_LEAST: "at least ",
        Qualifier.MORE_THAN: "more than ",
        Qualifier.ABOUT: "about ",
        Qualifier.AT_MOST: "at most ",
        Qualifier.NEARLY: "nearly ",
    }.get(c.qualifier, "")
    return f"{prefix}{c.value}" + (f"–{c.high}" if c.high is not None else "")
