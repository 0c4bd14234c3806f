"""One article's killed and injured totals, from its casualty rows.

An article repeats its figures ('two people were killed ... the two victims died'), so rows are
not added up across sentences. Within a sentence, rows for different people add up ('a man was
killed and a woman was killed' is two); across sentences, the largest sentence total stands.

People first reported hurt may die later in the story: 'two men were wounded ... the 19-year-old
victim died' is one killed and one injured. A death told of someone met before ('he died', 'the
victim died', 'one of them died') that the killed figure so far does not already hold moves one
of the injured to the killed. An injured figure that only says people were shot ('two men were
shot ... one of them died') loses those of them the article reports killed.

People said to be new ('another man was shot', 'a third teenager was hurt', 'the officer also
killed a neighbor') add to the people of the latest sentence with figures. A shooter who killed
himself is one dead beside the victims of the sentence that counts most of them. Figures of
another period, a past incident or another incident (:mod:`sitrep.casualties.scope`), and
parts of a figure ('including 40 civilians') are left out.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sitrep.casualties import lexicon as lx
from sitrep.casualties.mention import Mention

KINDS = (lx.KILLED, lx.INJURED)


@dataclass(frozen=True, slots=True)
class Totals:
    killed: int
    injured: int


def article_totals(sentences: Iterable[list[Mention]]) -> Totals:
    """Killed and injured totals from the mentions of each sentence (lower bounds of ranges)."""
    killed = injured = weak_injured = moved = 0
    killed_since_hurt = 0
    dead_nouns: set[str] = set()
    others = 0  # the most dead in a sentence besides shooters who killed themselves
    suicides = 0  # shooters who killed themselves, told apart from their victims
    last: dict[str, int] = {}  # the latest sentence's figure of each kind
    past_before = False
    for found in sentences:
        # a period's tally or a past incident ('nine officers shot this year') is not this one;
        # nor are 'three other people' told right after it
        past_here = bool(found) and all(
            m.period is not None or m.elsewhere is not None for m in found
        )
        if past_before and found and all(m.additional or m.others for m in found):
            past_here, found = True, []
        if found:
            past_before = past_here  # a sentence with no figure keeps the story where it was
        found = [m for m in found if m.period is None and m.elsewhere is None and not m.part]
        # 'the driver injured himself in the crash': hurt by no shooting
        found = [m for m in found if not (m.kind == lx.INJURED and m.suicide and not m.weak)]
        if any(m.kind == lx.KILLED and m.suicide for m in found):
            suicides = 1
        k = sum(m.count.value for m in found if m.kind == lx.KILLED)
        # deaths the killed figure does not hold: the figure told since the latest report of
        # people hurt that told of no death ('1 killed' in a headline, then 'two people were
        # wounded', then 'the victim died': the victim is one of the two)
        new_deaths = max(k - killed_since_hurt, 0)
        for death in (m for m in found if m.kind == lx.KILLED and m.anaphoric):
            if death.noun in dead_nouns and killed_since_hurt < killed:
                continue  # 'one man was killed ... the man died': the man already counted
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
        # 'A man was shot. Another man was shot.': someone besides the latest sentence's people
        k = max(k, _with_additional(found, lx.KILLED, False, last))
        i = max(i, _with_additional(found, lx.INJURED, False, last))
        w = max(w, _with_additional(found, lx.INJURED, True, last))
        if found:  # the people of the latest sentence with figures ('Both teens died. A
            # third teenager was hurt': the third is the first hurt)
            last = {kind: sum(m.count.value for m in found if m.kind == kind) for kind in KINDS}
        if i and not k and i > injured and i > killed:
            killed_since_hurt = 0
        killed = max(killed, k)
        killed_since_hurt = max(killed_since_hurt, k)
        dead_nouns.update(m.noun for m in found if m.kind == lx.KILLED)
        injured = max(injured, i)
        weak_injured = max(weak_injured, w)
        others = max(
            others, sum(m.count.value for m in found if m.kind == lx.KILLED and not m.suicide)
        )
    if suicides:
        killed = max(killed, others + suicides)
    injured = max(injured - moved, 0)
    if weak_injured > injured:
        injured = max(injured, weak_injured - killed)
    return Totals(killed=killed, injured=injured)


def _with_additional(found: list[Mention], kind: str, weak: bool, last: dict[str, int]) -> int:
    """The figure of a kind once people said to be new are added to the latest sentence's."""
    extra = sum(
        m.count.value
        for m in found
        if m.kind == kind and m.additional and (kind == lx.KILLED or m.weak == weak)
    )
    return last.get(kind, 0) + extra if extra else 0
