"""The reporting periods of an earnings story, while it is read.

Business and economic news reports on a quarter ("third-quarter profit rose"): "the quarter",
"the latest period", "this quarter's loss" and "the 1988 quarter" are that quarter (or it in
another year), "a year earlier" beside it is that quarter a year before, and "the quarter ended
Sept. 30" in a story that has named none is the calendar quarter those months mostly lie in.
Used by :mod:`sitrep.temporal.anchoring`, which reads the story in order.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from sitrep.records import TimexType
from sitrep.temporal import lexicon as lx
from sitrep.temporal.lexicon import Unit
from sitrep.temporal.normalise import Normalised, Tense, normalise
from sitrep.temporal.values import Anchor, Candidate

# How far (in sentences) the quarter an earnings story reports on stays the one it means.
_QUARTER_REACH = 5
_QUARTER = re.compile(r"^\d{4}-Q[1-4]$")
_LONGER_PERIOD = re.compile(r"^P(?:[4-9]|1[01])M$|^P1Y$")  # nine months, six months, a year
# "the quarter ended Sept. 30", "the period ending July 31".
_ENDED = re.compile(r",?\s+(?:ended|ending)\s+(?P<month>[A-Z][a-z]+)\.?\s+(?P<day>\d{1,2})\b")
_OF_THE_STORY_QUARTER = frozenset({"the-year-quarter", "year-s-quarter"})


@dataclass
class ReportingPeriods:
    """What the story has fixed of its reporting periods so far."""

    text: str
    published: dt.date | None
    # The quarter the story reports on: the sentence that last named a quarter, its value, id.
    quarter: tuple[int, str, str] | None = None
    named_quarter: tuple[str, str] | None = None  # the quarter named last, and its id
    # The last sentence that named a longer reporting period ("the nine months", "the year
    # ended June 30"): a year earlier beside it is that period's year, not the quarter.
    period_sentence: int | None = None

    def read(
        self, index: int, cand: Candidate, result: Normalised, tid: str, tense: Tense
    ) -> tuple[Normalised, str | None]:
        """One expression's value, as the story's reporting periods read it: "the quarter" is
        the one the story reports on (else the last one
        completed): the latest completed quarter it has named, so that an earlier one named
        beside it ("after a flat second quarter") does not take its place; "a year earlier"
        beside it is that quarter a year before."""
        p = cand.partial
        anchor_id: str | None = None
        if cand.rule == "the-quarter" and p.anchor is Anchor.DISCOURSE:
            if self.quarter is None and (ended := self._quarter_ended(cand)) is not None:
                result = Normalised(result.type, ended, result.mod)
            elif self.quarter is not None and not self._under_way(self.quarter[1]):
                result = Normalised(result.type, self.quarter[1], result.mod)
                anchor_id = self.quarter[2]
            elif self.published is not None:
                result = normalise(
                    p.with_(anchor=Anchor.PUBLICATION, shift=-1), published=self.published
                )
        elif cand.rule == "shifted-unit" and p.unit is Unit.QUARTER and p.shift == 0:
            if p.anchor is Anchor.DISCOURSE and self.named_quarter is not None:
                # "Results for that quarter": the quarter named last.
                result = Normalised(result.type, self.named_quarter[0], result.mod)
                anchor_id = self.named_quarter[1]
            elif (
                p.anchor is Anchor.PUBLICATION
                and tense is not Tense.FUTURE
                and self.quarter is not None
                and index - self.quarter[0] <= _QUARTER_REACH
                and not self._under_way(self.quarter[1])
            ):
                # "This quarter's loss includes ...": results are told of a quarter that has
                # ended, the one the story reports on.
                result = Normalised(result.type, self.quarter[1], result.mod)
                anchor_id = self.quarter[2]
        elif cand.rule in _OF_THE_STORY_QUARTER and p.quarter is None and self.quarter:
            # "the 1988 quarter", "last year's quarter": the story's quarter in that year.
            q = self.quarter[1].split("-")[1]
            result = Normalised(result.type, f"{result.value[:4]}-{q}", result.mod)
            return result, self.quarter[2]
        if _QUARTER.match(result.value):
            self.named_quarter = (result.value, tid)
            if (
                self.quarter is None
                or index - self.quarter[0] > _QUARTER_REACH
                or (result.value > self.quarter[1] and not self._under_way(result.value))
            ):
                self.quarter = (index, result.value, tid)
            else:  # an earlier quarter beside the story's ("after a flat second quarter")
                self.quarter = (index, self.quarter[1], self.quarter[2])
        elif _LONGER_PERIOD.match(result.value) and result.type is TimexType.DURATION:
            self.period_sentence = index
        elif (
            is_year_back(cand)
            and self.quarter is not None
            and index - self.quarter[0] <= _QUARTER_REACH
            and self.period_sentence != index
        ):
            year, q = self.quarter[1].split("-")
            result = Normalised(result.type, f"{int(year) + p.shift:04d}-{q}", result.mod)
            anchor_id = self.quarter[2]
        return result, anchor_id

    def _quarter_ended(self, cand: Candidate) -> str | None:
        """ "the quarter ended Sept. 30", where the story has named no quarter yet: the
        calendar quarter most of those three months lie in (a fiscal quarter ended July 31 is
        mostly May and June: Q2), in the year that puts its end before publication (it has
        ended). A quarter the story named ("its fiscal first quarter") keeps its own name."""
        if self.published is None:
            return None
        m = _ENDED.match(self.text, cand.end)
        month = lx.MONTHS.get(m["month"].lower()) if m else None
        if m is None or month is None:
            return None
        day = int(m["day"])
        year = self.published.year
        if (month, day) > (self.published.month, self.published.day):
            year -= 1
        try:
            middle = dt.date(year, month, min(day, 28)) - dt.timedelta(days=45)
        except ValueError:
            return None
        return f"{middle.year:04d}-Q{(middle.month - 1) // 3 + 1}"

    def _under_way(self, quarter: str) -> bool:
        """Whether the quarter has not ended at publication ("the latest quarter" has)."""
        if self.published is None:
            return False
        current = f"{self.published.year:04d}-Q{(self.published.month - 1) // 3 + 1}"
        return quarter >= current


def is_year_back(cand: Candidate) -> bool:
    p = cand.partial
    return (
        cand.rule in ("ago", "year-earlier", "period-last-year")
        and p.unit is Unit.YEAR
        and p.shift == -1
        and p.month is None
    )


__all__ = ["ReportingPeriods", "is_year_back"]
