"""One article's killed and injured totals, from its casualty rows.

An article repeats its figures ('two people were killed ... the two victims died'), so rows are
not added up across sentences. Within a sentence, rows for different people add up ('a man was
killed and a woman was killed' is two); across sentences, the largest sentence total stands.

People first reported hurt may die later in the story: 'two men were wounded ... the 19-year-old
victim died' is one killed and one injured. A death told of someone met before ('he died', 'the
victim died', 'one of them died') that the killed figure so far does not already hold moves one
of the injured to the killed. An injured figure that only says people were shot ('two men were
shot ... one of them died') loses those of them the article reports killed.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sitrep.casualties import lexicon as lx
from sitrep.casualties.extract import Mention


@dataclass(frozen=True, slots=True)
class Totals:
    killed: int
    injured: int


def article_totals(sentences: Iterable[list[Mention]]) -> Totals:
    """Killed and injured totals from the mentions of each sentence (lower bounds of ranges)."""
    killed = injured = weak_injured = moved = 0
    for found in sentences:
        k = sum(m.count.value for m in found if m.kind == lx.KILLED)
        new_deaths = max(k - killed, 0)  # deaths the killed figure so far does not hold
        for death in (m for m in found if m.kind == lx.KILLED and m.anaphoric):
            hurt_before = max(
                injured,
                sum(
                    m.count.value
                    for m in found
                    if m.kind == lx.INJURED and not m.weak and m.figure.start < death.figure.start
                ),
            )
            step = min(death.count.value, hurt_before - moved, new_deaths)
            if step > 0:
                moved += step
                new_deaths -= step
        i = sum(m.count.value for m in found if m.kind == lx.INJURED and not m.weak)
        w = sum(m.count.value for m in found if m.kind == lx.INJURED and m.weak)
        killed = max(killed, k)
        injured = max(injured, i)
        weak_injured = max(weak_injured, w)
    injured = max(injured - moved, 0)
    if weak_injured > injured:
        injured = max(injured, weak_injured - killed)
    return Totals(killed=killed, injured=injured)
