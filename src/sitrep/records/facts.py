"""The facts drawn from one article: actors, places, times, claims, events, casualty figures and
contradictions, each with the spans it rests on."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sitrep.errors import RecordError
from sitrep.records.text import Span, _spans
from sitrep.records.vocabulary import (
    AcledSubEvent,
    ActorKind,
    CasualtyGroup,
    ClaimLink,
    ContradictionKind,
    DatePrecision,
    EventType,
    PlaceLevel,
    Qualifier,
    Stance,
    TimexType,
)


@dataclass(frozen=True, slots=True, kw_only=True)
class Actor:
    id: str
    name: str
    kind: ActorKind
    mentions: tuple[Span, ...]
    title: str | None = None
    affiliation: str | None = None
    country: str | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "mentions", _spans(self.mentions, what=f"actor {self.id}"))

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "kind": self.kind.value,
            "title": self.title,
            "affiliation": self.affiliation,
            "country": self.country,
            "mentions": [m.to_dict() for m in self.mentions],
        }


@dataclass(frozen=True, slots=True, kw_only=True)
class Place:
    id: str
    name: str
    mentions: tuple[Span, ...]
    lat: float | None = None
    lon: float | None = None
    country: str | None = None
    level: PlaceLevel | None = None
    gazetteer_id: str | None = None
    # Admin hierarchy names, broadest first (country, region), when known.
    admin: tuple[str, ...] = ()
    # How the resolver decided (e.g. 'context: AZ in focus'), for users who must trust the map.
    resolution: str | None = None
    # The gazetteer's own name for the entry ("Khankendi" for the article's "Stepanakert"): one
    # name for a place however each article spells it; ``name`` keeps the article's words.
    gazetteer_name: str | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "mentions", _spans(self.mentions, what=f"place {self.id}"))
        if (self.lat is None) != (self.lon is None):
            raise RecordError(f"place {self.id}: lat and lon must both be set or both null")
        if self.lat is not None and self.lon is not None:
            if not (-90 <= self.lat <= 90 and -180 <= self.lon <= 180):
                raise RecordError(f"place {self.id}: coordinates out of range")
            if self.lat == 0 and self.lon == 0:
                raise RecordError(f"place {self.id}: refusing to place anything at (0, 0)")

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "lat": self.lat,
            "lon": self.lon,
            "country": self.country,
            "level": self.level.value if self.level else None,
            "gazetteer_id": self.gazetteer_id,
            "gazetteer_name": self.gazetteer_name,
            "admin": list(self.admin),
            "resolution": self.resolution,
            "mentions": [m.to_dict() for m in self.mentions],
        }


@dataclass(frozen=True, slots=True, kw_only=True)
class TimeExpression:
    """A TIMEX3 expression: extent, type and normalised value (``XXXX-10-17`` when unanchored)."""

    span: Span
    type: TimexType
    value: str
    # Optional TIMEX3 modifier (BEFORE, AFTER, START, MID, END, APPROX ...).
    mod: str | None = None
    # Id of the expression this one was anchored to, when not the publication date.
    anchor: str | None = None
    id: str | None = None
    # First day (ISO) of a period that is no calendar unit, like TIMEX3's beginPoint: "the
    # sixth week of fighting" is P1W beginning 2020-11-01 when fighting began on September 27.
    begins: str | None = None

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {**self.span.to_dict(), "type": self.type.value, "value": self.value}
        if self.id is not None:
            out["id"] = self.id
        if self.mod is not None:
            out["mod"] = self.mod
        if self.anchor is not None:
            out["anchor"] = self.anchor
        if self.begins is not None:
            out["begins"] = self.begins
        return out


@dataclass(frozen=True, slots=True, kw_only=True)
class Claim:
    id: str
    speaker: str | None
    cue: str
    stance: Stance
    content: Span
    evidence: tuple[Span, ...]
    via: str | None = None
    quoted: bool = False
    date: str | None = None
    cue_span: Span | None = None
    # The words naming the speaker ("Azerbaijan's defence ministry", "he"), when present.
    source_span: Span | None = None
    # The stretches of ``content`` that are what was said, in order, when the attribution
    # stands among them ('“Q1,” said X, a spokesman. “Q2.”'); empty when the content is one
    # stretch of what was said.
    content_parts: tuple[Span, ...] = ()

    def __post_init__(self) -> None:
        object.__setattr__(self, "evidence", _spans(self.evidence, what=f"claim {self.id}"))
        parts = _spans(self.content_parts, what=f"claim {self.id} content", allow_empty=True)
        if any(not self.content.contains(p) for p in parts):
            raise RecordError(f"claim {self.id}: a content part lies outside its content")
        object.__setattr__(self, "content_parts", parts)

    def said(self, text: str) -> str:
        """What was said, as written: the content, or its parts joined by ' … '."""
        if not self.content_parts:
            return self.content.text(text)
        return " … ".join(p.text(text) for p in self.content_parts)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "id": self.id,
            "speaker": self.speaker,
            "via": self.via,
            "cue": self.cue,
            "stance": self.stance.value,
            "quoted": self.quoted,
            "date": self.date,
            "content": self.content.to_dict(),
            "evidence": [e.to_dict() for e in self.evidence],
        }
        if self.cue_span is not None:
            out["cue_span"] = self.cue_span.to_dict()
        if self.source_span is not None:
            out["source_span"] = self.source_span.to_dict()
        if self.content_parts:
            out["content_parts"] = [p.to_dict() for p in self.content_parts]
        return out


@dataclass(frozen=True, slots=True, kw_only=True)
class EventClaim:
    claim: str
    stance: ClaimLink

    def to_dict(self) -> dict[str, str]:
        return {"claim": self.claim, "stance": self.stance.value}


@dataclass(frozen=True, slots=True, kw_only=True)
class Event:
    id: str
    type: EventType
    evidence: tuple[Span, ...]
    acled: AcledSubEvent | None = None
    actor: str | None = None
    target: str | None = None
    place: str | None = None
    date: str | None = None
    date_precision: DatePrecision | None = None
    claims: tuple[EventClaim, ...] = ()
    trigger: Span | None = None
    # the words naming who did it and to whom, as written, whether or not they name an actor
    # of the actors layer ('thousands of students', 'an armed group')
    actor_span: Span | None = None
    target_span: Span | None = None
    # a place the text names for the event more precisely than ``place`` but that the gazetteer
    # could not put on the map ('in Kuvasali village, Kakamega County': the village, ``place``
    # being the county); the id of that unresolved place
    site: str | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "evidence", _spans(self.evidence, what=f"event {self.id}"))

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "id": self.id,
            "type": self.type.value,
            "acled": self.acled.value if self.acled else None,
            "actor": self.actor,
            "target": self.target,
            "place": self.place,
            "date": self.date,
            "date_precision": self.date_precision.value if self.date_precision else None,
            "claims": [c.to_dict() for c in self.claims],
            "evidence": [e.to_dict() for e in self.evidence],
        }
        if self.trigger is not None:
            out["trigger"] = self.trigger.to_dict()
        if self.actor_span is not None:
            out["actor_span"] = self.actor_span.to_dict()
        if self.target_span is not None:
            out["target_span"] = self.target_span.to_dict()
        if self.site is not None:
            out["site"] = self.site
        return out


@dataclass(frozen=True, slots=True, kw_only=True)
class Count:
    """A figure as reported: 'at least 91' is Count(91, AT_LEAST). ``high`` is set for ranges."""

    value: int
    qualifier: Qualifier = Qualifier.EXACT
    high: int | None = None

    def __post_init__(self) -> None:
        if self.value < 0 or (self.high is not None and self.high < self.value):
            raise RecordError(f"malformed count {self.value}..{self.high}")

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"value": self.value, "qualifier": self.qualifier.value}
        if self.high is not None:
            out["high"] = self.high
        return out


CASUALTY_FIGURES = ("killed", "injured", "missing", "displaced", "abducted")
"""The people a :class:`Casualty` may count, each a :class:`Count` field of that name."""


@dataclass(frozen=True, slots=True, kw_only=True)
class Casualty:
    id: str
    reporter: str | None
    evidence: tuple[Span, ...]
    claim: str | None = None
    killed: Count | None = None
    injured: Count | None = None
    missing: Count | None = None
    group: CasualtyGroup = CasualtyGroup.UNKNOWN
    side: str | None = None
    since: str | None = None
    as_of: str | None = None
    # True when the figure adds to an earlier one ('two more were killed'), not a total.
    increment: bool = False
    # Id of the figure this one is a part of ('at least 12 civilians, including four children':
    # the four are among the twelve, not more), so that no one adds the two up.
    part_of: str | None = None
    # True when the figure counts the dead of a war or of months of fighting ('the war, which
    # has killed hundreds of thousands', 'killed in the first months of the fighting'), the
    # background toll news adds, not one incident's or day's.
    conflict_toll: bool = False
    # People driven from their homes ('forced 5,000 people to flee'): no casualties, but the
    # figure humanitarian monitors count beside them (an addition to report-1's counts).
    displaced: Count | None = None
    # People abducted or kidnapped ('abducted dozens of villagers'): missing by another's hand,
    # counted apart for the same monitors.
    abducted: Count | None = None
    # Id of the figure in the body that a headline's figure tells in brief ('Air strikes kill 15'
    # over '... killing at least 15 people, a spokesman said'): the same people counted twice by
    # the same source, so that no one counts them twice.
    restates: str | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "evidence", _spans(self.evidence, what=f"casualty {self.id}"))

    def to_dict(self) -> dict[str, Any]:
        def count(c: Count | None) -> dict[str, Any] | None:
            return c.to_dict() if c else None

        return {
            "id": self.id,
            "reporter": self.reporter,
            "claim": self.claim,
            "killed": count(self.killed),
            "injured": count(self.injured),
            "missing": count(self.missing),
            "displaced": count(self.displaced),
            "abducted": count(self.abducted),
            "group": self.group.value,
            "side": self.side,
            "since": self.since,
            "as_of": self.as_of,
            "increment": self.increment,
            "part_of": self.part_of,
            "restates": self.restates,
            "conflict_toll": self.conflict_toll,
            "evidence": [e.to_dict() for e in self.evidence],
        }


def counted_in_another(row: Casualty | Mapping[str, Any]) -> bool:
    """Whether a casualty row (or its ``to_dict()``) counts people another row holds or adds
    to: an increment ('two more were killed'), a part of a figure ('including four children')
    or a headline's brief of the body's figure (``restates``). Such a row is no total of its
    own, to sum or to set against another source's."""
    if isinstance(row, Casualty):
        # the fields themselves: no whole dictionary built to read three of them
        return bool(row.increment or row.part_of or row.restates)
    return bool(row.get("increment") or row.get("part_of") or row.get("restates"))


@dataclass(frozen=True, slots=True, kw_only=True)
class Contradiction:
    kind: ContradictionKind
    between: tuple[str, ...]
    about: str | None = None
    note: str | None = None

    def __post_init__(self) -> None:
        if len(self.between) < 2:
            raise RecordError("a contradiction is between at least two claims or casualty reports")

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind.value,
            "between": list(self.between),
            "about": self.about,
            "note": self.note,
        }
