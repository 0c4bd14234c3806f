"""Contradictions across sources: one side asserts an event that the other side denies.

Within one article, the contradictions stage already pairs a claim with its denial. Across
articles, the merged event is what ties them: a claim asserting one member report and a claim
denying another, made in different articles by speakers of different sides, is a contradiction.
A speaker's side is its country (or its institution's), else its name; a report told in the
outlet's own voice stands for the outlet. Two speakers of one side asserting and denying are
left alone here: that is a change of story or a relay, not one side against the other.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from sitrep.reconcile.merge import MergedEvent
from sitrep.reconcile.reports import ClaimRef, EventReport
from sitrep.records import ClaimLink


@dataclass(frozen=True, slots=True, kw_only=True)
class Stated:
    """One side's statement about a merged event, and where it was made."""

    article: str
    source: str | None
    record_id: str
    claim: ClaimRef

    @property
    def side(self) -> str:
        if self.claim.side:
            return self.claim.side
        return f"outlet:{self.source or self.article}"

    @property
    def who(self) -> str:
        return self.claim.speaker or f"{self.source or 'the outlet'} (own report)"

    def to_dict(self) -> dict[str, Any]:
        return {
            "article": self.article,
            "source": self.source,
            "event": self.record_id,
            **self.claim.to_dict(),
        }


@dataclass(frozen=True, slots=True, kw_only=True)
class SourceContradiction:
    """A merged event asserted in one article and denied in another, by different sides."""

    merged: str
    asserted: Stated
    denied: Stated

    @property
    def note(self) -> str:
        return (
            f"across sources: {self.asserted.who} ({self.asserted.source or 'unnamed outlet'}) "
            f"asserts it, {self.denied.who} ({self.denied.source or 'unnamed outlet'}) denies it"
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": "denial",
            "merged": self.merged,
            "asserted": self.asserted.to_dict(),
            "denied": self.denied.to_dict(),
            "note": self.note,
        }


def _stated(report: EventReport, link: ClaimLink) -> Iterator[Stated]:
    for claim in report.claims:
        if claim.link is link:
            yield Stated(
                article=report.article,
                source=report.source,
                record_id=report.record_id,
                claim=claim,
            )


def contradictions(event: MergedEvent) -> list[SourceContradiction]:
    """The assert/deny pairs of one merged event that come from different articles and sides."""
    reports = [m.report for m in event.members]
    asserted = [s for r in reports for s in _stated(r, ClaimLink.ASSERTS)]
    denied = [s for r in reports for s in _stated(r, ClaimLink.DENIES)]
    found = []
    seen: set[tuple[str, str, str, str]] = set()
    for a in asserted:
        for d in denied:
            if a.article == d.article or a.side == d.side:
                continue
            key = (a.article, a.side, d.article, d.side)
            if key in seen:
                continue
            seen.add(key)
            found.append(SourceContradiction(merged=event.id, asserted=a, denied=d))
    return found
