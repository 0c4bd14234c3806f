"""Contradictions across sources: one side asserts an event that the other side denies, or two
sources give figures for its dead that cannot both be true.

Within one article, the contradictions stage already pairs a claim with its denial. Across
articles, the merged event is what ties them: a claim asserting one member report and a claim
denying another, made in different articles by speakers of different sides, is a contradiction.
A speaker's side is its country (or its institution's), else its name; a report told in the
outlet's own voice stands for the outlet. Two speakers of one side asserting and denying are
left alone here: that is a change of story or a relay, not one side against the other.

Figures: each member report carries the casualty figures told in its own words ("..., killing 12
civilians"). Two figures of the killed in the same group (civilians, military, all), for the
same side or with no side said, given in different articles by different reporters (the
outlet's own voice counting as the outlet), disagree when they cannot both be true ("at least
12" and "20" can; "12" and "20" cannot). One reporter changing its figure is a revision, left
to the casualty series.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sitrep.reconcile.figures import compatible
from sitrep.reconcile.merge import MergedEvent, compare
from sitrep.reconcile.reports import ClaimRef, EventReport, FigureRef
from sitrep.records import ClaimLink


def said_by(speaker: str | None, source: str | None) -> str:
    """Who says so and in which outlet ("the defence ministry (Caspian Wire)"); an outlet's own
    report is named once ("Caspian Wire (own report)")."""
    if speaker is None:
        return f"{source or 'the outlet'} (own report)"
    return f"{speaker} ({source or 'unnamed outlet'})"


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

    @property
    def attributed(self) -> str:
        return said_by(self.claim.speaker, self.source)

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
            f"across sources: {self.asserted.attributed} asserts it, "
            f"{self.denied.attributed} denies it"
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": "denial",
            "merged": self.merged,
            "asserted": self.asserted.to_dict(),
            "denied": self.denied.to_dict(),
            "note": self.note,
        }


@dataclass(frozen=True, slots=True, kw_only=True)
class Told:
    """One source's figure for a merged event, and where it was given."""

    article: str
    source: str | None
    record_id: str
    figure: FigureRef

    @property
    def who(self) -> str:
        return self.figure.reporter or f"{self.source or 'the outlet'} (own report)"

    @property
    def attributed(self) -> str:
        return said_by(self.figure.reporter, self.source)

    def to_dict(self) -> dict[str, Any]:
        return {
            "article": self.article,
            "source": self.source,
            "event": self.record_id,
            "speaker": self.figure.reporter,
            "content": self.figure.quote or "",
            **self.figure.to_dict(),
        }


@dataclass(frozen=True, slots=True, kw_only=True)
class FigureDispute:
    """Two sources' figures of the killed for one merged event that cannot both be true."""

    merged: str
    first: Told
    second: Told

    @property
    def note(self) -> str:
        def count(t: Told) -> str:
            k = t.figure.killed or {}
            qualifier = {"at_least": "at least ", "more_than": "more than ", "about": "about "}
            high = f"–{k['high']}" if k.get("high") is not None else ""
            return f"{qualifier.get(k.get('qualifier') or '', '')}{k.get('value')}{high}"

        group = self.first.figure.group
        return (
            f"across sources: killed ({group}): {count(self.first)} according to "
            f"{self.first.attributed}, {count(self.second)} according to {self.second.attributed}"
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": "figures",
            "merged": self.merged,
            "asserted": self.first.to_dict(),
            "denied": self.second.to_dict(),
            "note": self.note,
        }


def figure_disputes(event: MergedEvent) -> list[FigureDispute]:
    """The killed figures of one merged event that disagree across articles and reporters."""
    told: dict[tuple[str, str], Told] = {}
    for m in event.members:
        r = m.report
        for f in r.figures:
            if f.killed is not None:
                told.setdefault(
                    (r.article, f.casualty),
                    Told(article=r.article, source=r.source, record_id=r.record_id, figure=f),
                )
    found = []
    seen: set[tuple[str, str]] = set()
    values = sorted(told.values(), key=lambda t: (t.article, t.figure.casualty))
    for i, a in enumerate(values):
        for b in values[i + 1 :]:
            fa, fb = a.figure, b.figure
            if a.article == b.article or a.who == b.who or fa.group != fb.group:
                continue
            if fa.side and fb.side and fa.side != fb.side:
                continue
            if compatible(fa.killed, fb.killed) or (a.who, b.who) in seen:
                continue
            seen.add((a.who, b.who))
            found.append(FigureDispute(merged=event.id, first=a, second=b))
    return found


def _stated(report: EventReport, link: ClaimLink) -> Iterator[Stated]:
    for claim in report.claims:
        if claim.link is link:
            yield Stated(
                article=report.article,
                source=report.source,
                record_id=report.record_id,
                claim=claim,
            )


def contradictions(
    event: MergedEvent, siblings: Mapping[str, Sequence[EventReport]] | None = None
) -> list[SourceContradiction | FigureDispute]:
    """The assert/deny pairs of one merged event that come from different articles and sides,
    then the figures of its dead that disagree across sources.

    ``siblings`` gives every event report by article: a member's article may deny, in another
    report of its own, what the other articles tell ("its artillery struck troops in the town
    ... and denied hitting a market", beside another outlet's "shelling hit a market in the
    town"). Such a report never joins the merged event (one article's reports stay apart), but
    when it would merge with every member from the other articles, its denials count."""
    reports = [m.report for m in event.members]
    asserted = [s for r in reports for s in _stated(r, ClaimLink.ASSERTS)]
    deniers = [*reports, *_denying_siblings(reports, siblings or {})]
    denied = [s for r in deniers for s in _stated(r, ClaimLink.DENIES)]
    found: list[SourceContradiction | FigureDispute] = []
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
    return found + figure_disputes(event)


def _denying_siblings(
    reports: Sequence[EventReport], siblings: Mapping[str, Sequence[EventReport]]
) -> list[EventReport]:
    """Reports of the members' articles that are not members, deny something, and would merge
    with every member told by another article."""
    held = {(r.article, r.record_id) for r in reports}
    out = []
    for article in dict.fromkeys(r.article for r in reports):
        others = [r for r in reports if r.article != article]
        for s in siblings.get(article, ()):
            if (s.article, s.record_id) in held or not others:
                continue
            if not any(c.link is ClaimLink.DENIES for c in s.claims):
                continue
            if all(compare(s, o).merges for o in others):
                out.append(s)
    return out
