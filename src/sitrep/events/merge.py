"""One event told twice in an article is one event, with the evidence of both tellings.

Two events are the same when they have the same PLOVER type, ACLED sub-event, actor and target,
and their places and dates do not differ (one may be unknown). Within one sentence that is
enough ('shot and killed', 'agreeing ... the agreement') unless their target words differ
('killed two men in revenge for the killing of a herder'); across sentences the two must also be
told by the same word and share at least one known place, date or actor, so that two unnamed
'attacks' in different paragraphs stay two.

Before that, a headline's event and a back-reference ('the strike') are filed under the full
telling they stand for (:func:`fold_short_tellings`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from sitrep.records import Event


@dataclass(frozen=True, slots=True)
class Told:
    """An event and where it was told: its sentence and the lemma of its trigger word."""

    event: Event
    sentence: int
    lemma: str
    back: bool = False  # 'the strike': a later mention of an event told before
    headline: bool = False  # told in the article's title line
    places_named: frozenset[str] = frozenset()  # the places its sentence names


def _compatible(a: str | None, b: str | None) -> bool:
    return a is None or b is None or a == b


def _same(a: Told, b: Told) -> bool:
    x, y = a.event, b.event
    if (x.type, x.acled, x.actor, x.target) != (y.type, y.acled, y.actor, y.target):
        return False
    if not (_compatible(x.place, y.place) and _compatible(x.date, y.date)):
        return False
    if a.sentence == b.sentence:
        # 'killed two men in revenge for the killing of a herder': told of different victims
        return x.target_span is None or y.target_span is None or x.target_span == y.target_span
    shared = (
        x.actor is not None
        or (x.place is not None and x.place == y.place)
        or (x.date is not None and x.date == y.date)
    )
    return a.lemma == b.lemma and shared


def _combine(x: Event, y: Event) -> Event:
    claims = {c.claim: c for c in x.claims}
    for c in y.claims:
        claims.setdefault(c.claim, c)
    dated = x if x.date is not None else y
    return replace(
        x,
        place=x.place if x.place is not None else y.place,
        site=x.site if x.place is not None else y.site,
        date=dated.date,
        date_precision=dated.date_precision,
        claims=tuple(claims.values()),
        evidence=tuple(sorted(set(x.evidence) | set(y.evidence))),
    )


def _evidence_of(x: Event, y: Event) -> Event:
    """``x`` with the evidence and claims of ``y``, a shorter telling of it whose own place and
    date say less (a headline, 'the strike'); and its ACLED sub-event, place and date when
    ``x`` has none ('a device detonated. The explosion ...': the explosion says what kind; 'a
    clash killed one. The clash occurred in Kuvasali': that is where)."""
    claims = {c.claim: c for c in x.claims}
    for c in y.claims:
        claims.setdefault(c.claim, c)
    placed = x if x.place is not None else y
    dated = x if x.date is not None else y
    return replace(
        x,
        acled=x.acled if x.acled is not None else y.acled,
        place=placed.place,
        site=placed.site,
        date=dated.date,
        date_precision=dated.date_precision,
        claims=tuple(claims.values()),
        evidence=tuple(sorted(set(x.evidence) | set(y.evidence))),
    )


def _headline_match(head: Told, item: Told) -> bool:
    x, y = head.event, item.event
    if item.headline or item.back or x.type is not y.type:
        return False
    return x.place is None or y.place is None or x.place == y.place or y.place in head.places_named


def fold_short_tellings(told: Sequence[Told]) -> list[Told]:
    """Headline and back-reference events filed under the telling they stand for.

    A headline event with no date and no actor ('Shelling hits Stepanakert') is the event the
    lede tells in full: the first later event of the same type whose place fits (unknown, the
    same, or one the headline names). A back-reference ('called the strike a war crime') is the
    nearest earlier event told by the same word, else the nearest of its type. Either stays an event of its own when none matches.
    """
    items = list(told)
    gone: set[int] = set()
    for i, item in enumerate(items):
        e = item.event
        if item.headline and e.date is None and e.actor is None:
            j = next((j for j in range(i + 1, len(items)) if _headline_match(item, items[j])), None)
        elif item.back and not item.headline:
            earlier = [j for j in range(i - 1, -1, -1) if j not in gone]
            # 'the clash' is the clash told before, else the nearest act of its type
            j = next((j for j in earlier if items[j].lemma == item.lemma), None)
            if j is None or items[j].event.type is not e.type:
                j = next((j for j in earlier if items[j].event.type is e.type), None)
        else:
            continue
        if j is not None:
            items[j] = replace(items[j], event=_evidence_of(items[j].event, e))
            gone.add(i)
    return [t for i, t in enumerate(items) if i not in gone]


def merge_duplicates(told: Sequence[Told]) -> list[Event]:
    """The events, duplicates merged into the first telling, renumbered e1, e2, ... in order."""
    kept: list[Told] = []
    for item in fold_short_tellings(told):
        for k, earlier in enumerate(kept):
            if _same(earlier, item):
                kept[k] = replace(earlier, event=_combine(earlier.event, item.event))
                break
        else:
            kept.append(item)
    return [replace(t.event, id=f"e{i}") for i, t in enumerate((t for t in kept), start=1)]
