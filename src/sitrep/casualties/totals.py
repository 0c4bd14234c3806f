"""One article's killed and injured totals, from its casualty rows.

An article repeats its figures ('two people were killed ... the two victims died'), so rows are
not added up across sentences. Within a sentence, rows for different people add up ('a man was
killed and a woman was killed' is two); across sentences, the largest sentence total stands.
An injured figure that only says people were shot ('two men were shot ... one of them died')
loses those of them the article reports killed.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sitrep.casualties.extract import Mention


@dataclass(frozen=True, slots=True)
class Totals:
    killed: int
    injured: int


def article_totals(sentences: Iterable[list[Mention]]) -> Totals:
    """Killed and injured totals from the mentions of each sentence (lower bounds of ranges)."""
    killed = injured = weak_injured = 0
    for found in sentences:
        k = sum(m.count.value for m in found if m.kind == "killed")
        i = sum(m.count.value for m in found if m.kind == "injured" and not m.weak)
        w = sum(m.count.value for m in found if m.kind == "injured" and m.weak)
        killed = max(killed, k)
        injured = max(injured, i)
        weak_injured = max(weak_injured, w)
    if weak_injured > injured:
        injured = max(injured, weak_injured - killed)
    return Totals(killed=killed, injured=injured)
