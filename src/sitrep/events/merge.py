"""One event told twice in an article is one event, with the evidence of both tellings.

Two events are the same when they have the same PLOVER type, ACLED sub-event, actor and target,
and their places and dates do not differ (one may be unknown). Within one sentence that is
enough ('shot and killed', 'agreeing ... the agreement'); across sentences the two must also be
told by the same word and share at least one known place, date or actor, so that two unnamed
'attacks' in different paragraphs stay two.
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


def _compatible(a: str | None, b: str | None) -> bool:
    return a is None or b is None or a == b


def _same(a: Told, b: Told) -> bool:
    x, y = a.event, b.event
    if (x.type, x.acled, x.actor, x.target) != (y.type, y.acled, y.actor, y.target):
        return False
    if not (_compatible(x.place, y.place) and _compatible(x.date, y.date)):
        return False
    if a.sentence == b.sentence:
        return True
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
        date=dated.date,
        date_precision=dated.date_precision,
        claims=tuple(claims.values()),
        evidence=tuple(sorted(set(x.evidence) | set(y.evidence))),
    )


def merge_duplicates(told: Sequence[Told]) -> list[Event]:
    """The events, duplicates merged into the first telling, renumbered e1, e2, ... in order."""
    kept: list[Told] = []
    for item in told:
        for k, earlier in enumerate(kept):
            if _same(earlier, item):
                kept[k] = replace(earlier, event=_combine(earlier.event, item.event))
                break
        else:
            kept.append(item)
    return [replace(t.event, id=f"e{i}") for i, t in enumerate((t for t in kept), start=1)]
