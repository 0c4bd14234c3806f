"""Frozen, typed records: what one analysed article says, every fact tied to its characters.

The names and meanings follow the report-1 contract (``report.schema.json``). Closed vocabularies
are enums defined here once. A record drawn from text cannot be built without its span: the
constructors check that every span is well formed, and :class:`Report` checks that every span
indexes into the article text and every id reference points at a record of the right section.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from sitrep.errors import RecordError

SCHEMA_ID = "sitrep/report-1"


class _Vocabulary(enum.StrEnum):
    """A closed vocabulary; its values are the strings of the report contract."""


class ActorKind(_Vocabulary):
    PERSON = "person"
    ORGANIZATION = "organization"
    STATE = "state"
    ARMED_GROUP = "armed_group"
    POPULATION = "population"
    MEDIA = "media"
    OTHER = "other"


class PlaceLevel(_Vocabulary):
    COUNTRY = "country"
    REGION = "region"
    LOCALITY = "locality"
    POINT = "point"
    OTHER = "other"


class TimexType(_Vocabulary):
    DATE = "DATE"
    TIME = "TIME"
    DURATION = "DURATION"
    SET = "SET"


class Stance(_Vocabulary):
    ASSERT = "assert"
    ACCUSE = "accuse"
    DENY = "deny"
    REJECT = "reject"
    THREATEN = "threaten"
    PROMISE = "promise"
    REQUEST = "request"
    AGREE = "agree"
    APPEAL = "appeal"
    OTHER = "other"


class EventType(_Vocabulary):
    """PLOVER event types."""

    AGREE = "AGREE"
    CONSULT = "CONSULT"
    SUPPORT = "SUPPORT"
    CONCEDE = "CONCEDE"
    COOPERATE = "COOPERATE"
    AID = "AID"
    RETREAT = "RETREAT"
    REQUEST = "REQUEST"
    ACCUSE = "ACCUSE"
    REJECT = "REJECT"
    THREATEN = "THREATEN"
    PROTEST = "PROTEST"
    SANCTION = "SANCTION"
    MOBILIZE = "MOBILIZE"
    COERCE = "COERCE"
    ASSAULT = "ASSAULT"
    OTHER = "OTHER"


class AcledSubEvent(_Vocabulary):
    """ACLED sub-event types."""

    ARMED_CLASH = "Armed clash"
    GOVERNMENT_REGAINS_TERRITORY = "Government regains territory"
    NON_STATE_ACTOR_OVERTAKES_TERRITORY = "Non-state actor overtakes territory"
    AIR_DRONE_STRIKE = "Air/drone strike"
    SHELLING_ARTILLERY_MISSILE = "Shelling/artillery/missile attack"
    REMOTE_EXPLOSIVE = "Remote explosive/landmine/IED"
    SUICIDE_BOMB = "Suicide bomb"
    GRENADE = "Grenade"
    CHEMICAL_WEAPON = "Chemical weapon"
    ATTACK = "Attack"
    ABDUCTION = "Abduction/forced disappearance"
    SEXUAL_VIOLENCE = "Sexual violence"
    PEACEFUL_PROTEST = "Peaceful protest"
    PROTEST_WITH_INTERVENTION = "Protest with intervention"
    EXCESSIVE_FORCE = "Excessive force against protesters"
    VIOLENT_DEMONSTRATION = "Violent demonstration"
    MOB_VIOLENCE = "Mob violence"
    AGREEMENT = "Agreement"
    ARRESTS = "Arrests"
    CHANGE_TO_GROUP = "Change to group/activity"
    DISRUPTED_WEAPONS_USE = "Disrupted weapons use"
    HEADQUARTERS_ESTABLISHED = "Headquarters or base established"
    LOOTING = "Looting/property destruction"
    NON_VIOLENT_TRANSFER = "Non-violent transfer of territory"
    OTHER = "Other"


class DatePrecision(_Vocabulary):
    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    YEAR = "year"


class ClaimLink(_Vocabulary):
    ASSERTS = "asserts"
    DENIES = "denies"


class Qualifier(_Vocabulary):
    EXACT = "exact"
    AT_LEAST = "at_least"
    MORE_THAN = "more_than"
    ABOUT = "about"
    AT_MOST = "at_most"
    NEARLY = "nearly"


class CasualtyGroup(_Vocabulary):
    MILITARY = "military"
    CIVILIAN = "civilian"
    ALL = "all"
    UNKNOWN = "unknown"


class ContradictionKind(_Vocabulary):
    DENIAL = "denial"
    FIGURES = "figures"
    ATTRIBUTION = "attribution"
    OTHER = "other"


@dataclass(frozen=True, slots=True, order=True)
class Span:
    """Characters ``text[start:end]`` of the article (Python str offsets, end exclusive)."""

    start: int
    end: int

    def __post_init__(self) -> None:
        if not (isinstance(self.start, int) and isinstance(self.end, int)):
            raise RecordError(f"span offsets must be integers, got {self.start!r}, {self.end!r}")
        if self.start < 0 or self.end < self.start:
            raise RecordError(f"malformed span [{self.start}, {self.end})")

    def text(self, source: str) -> str:
        return source[self.start : self.end]

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end

    def contains(self, other: Span) -> bool:
        return self.start <= other.start and other.end <= self.end

    def to_dict(self) -> dict[str, int]:
        return {"start": self.start, "end": self.end}


def _spans(value: Iterable[Span], *, what: str, allow_empty: bool = False) -> tuple[Span, ...]:
    spans = tuple(value)
    if not spans and not allow_empty:
        raise RecordError(f"{what} needs at least one evidence span")
    for s in spans:
        if not isinstance(s, Span):
            raise RecordError(f"{what}: {s!r} is not a Span")
    return spans


@dataclass(frozen=True, slots=True, kw_only=True)
class Article:
    id: str
    text: str
    title: str | None = None
    source: str | None = None
    url: str | None = None
    published: dt.date | dt.datetime | None = None
    published_inferred: bool = False
    # Where the article came from (a path, 'stdin', 'file.jsonl:12'), for error messages.
    origin: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "source": self.source,
            "url": self.url,
            "published": self.published.isoformat() if self.published else None,
            "published_inferred": self.published_inferred,
            "text": self.text,
        }

    @property
    def published_date(self) -> dt.date | None:
        if isinstance(self.published, dt.datetime):
            return self.published.date()
        return self.published


@dataclass(frozen=True, slots=True, kw_only=True)
class Sentence:
    """One sentence of the article; ``index`` counts from 0 in reading order."""

    index: int
    span: Span

    def to_dict(self) -> dict[str, Any]:
        return {"index": self.index, **self.span.to_dict()}


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

    def __post_init__(self) -> None:
        object.__setattr__(self, "evidence", _spans(self.evidence, what=f"claim {self.id}"))

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
            "group": self.group.value,
            "side": self.side,
            "since": self.since,
            "as_of": self.as_of,
            "increment": self.increment,
            "evidence": [e.to_dict() for e in self.evidence],
        }


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


@dataclass(frozen=True, slots=True)
class Failure:
    """One article that could not be analysed, and why. A batch records it and goes on."""

    origin: str
    reason: str
    article_id: str | None = None
    stage: str | None = None

    def __str__(self) -> str:
        where = f" (stage {self.stage})" if self.stage else ""
        return f"{self.origin}: {self.reason}{where}"


@dataclass(frozen=True, slots=True, kw_only=True)
class Report:
    """Everything one article says, in report-1 shape. Validates its own references."""

    article: Article
    sentences: tuple[Sentence, ...] = ()
    actors: tuple[Actor, ...] = ()
    places: tuple[Place, ...] = ()
    times: tuple[TimeExpression, ...] = ()
    claims: tuple[Claim, ...] = ()
    events: tuple[Event, ...] = ()
    casualties: tuple[Casualty, ...] = ()
    contradictions: tuple[Contradiction, ...] = ()
    # Provenance of the analysis itself: pipeline and model versions.
    meta: Mapping[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.check()

    def spans(self) -> Iterator[tuple[str, Span]]:
        for s in self.sentences:
            yield "sentence", s.span
        for a in self.actors:
            for m in a.mentions:
                yield f"actor {a.id}", m
        for p in self.places:
            for m in p.mentions:
                yield f"place {p.id}", m
        for t in self.times:
            yield "time", t.span
        for c in self.claims:
            yield f"claim {c.id}", c.content
            for e in c.evidence:
                yield f"claim {c.id}", e
        for ev in self.events:
            for e in ev.evidence:
                yield f"event {ev.id}", e
        for k in self.casualties:
            for e in k.evidence:
                yield f"casualty {k.id}", e

    def check(self) -> None:
        n = len(self.article.text)
        for what, span in self.spans():
            if span.end > n:
                raise RecordError(
                    f"{what}: span [{span.start}, {span.end}) lies outside the text ({n} chars)"
                )
        sections: dict[str, set[str]] = {
            "actor": {a.id for a in self.actors},
            "place": {p.id for p in self.places},
            "claim": {c.id for c in self.claims},
            "event": {e.id for e in self.events},
            "casualty": {k.id for k in self.casualties},
        }
        seen: set[str] = set()
        for ids in sections.values():
            if ids & seen:
                raise RecordError(f"ids used twice in one report: {sorted(ids & seen)}")
            seen |= ids

        def ref(value: str | None, section: str, where: str) -> None:
            if value is not None and value not in sections[section]:
                raise RecordError(f"{where} refers to unknown {section} {value!r}")

        for a in self.actors:
            ref(a.affiliation, "actor", f"actor {a.id}")
        for c in self.claims:
            ref(c.speaker, "actor", f"claim {c.id}")
            ref(c.via, "actor", f"claim {c.id}")
        for e in self.events:
            ref(e.actor, "actor", f"event {e.id}")
            ref(e.target, "actor", f"event {e.id}")
            ref(e.place, "place", f"event {e.id}")
            for ec in e.claims:
                ref(ec.claim, "claim", f"event {e.id}")
        for k in self.casualties:
            ref(k.reporter, "actor", f"casualty {k.id}")
            ref(k.side, "actor", f"casualty {k.id}")
            ref(k.claim, "claim", f"casualty {k.id}")
        for x in self.contradictions:
            for b in x.between:
                if b not in sections["claim"] | sections["casualty"] | sections["event"]:
                    raise RecordError(f"contradiction refers to unknown record {b!r}")
            if x.about is not None:
                ref(x.about, "event", "contradiction")

    def actor(self, actor_id: str | None) -> Actor | None:
        return next((a for a in self.actors if a.id == actor_id), None)

    def place(self, place_id: str | None) -> Place | None:
        return next((p for p in self.places if p.id == place_id), None)

    def claim(self, claim_id: str | None) -> Claim | None:
        return next((c for c in self.claims if c.id == claim_id), None)

    def sentence_of(self, span: Span) -> Span | None:
        """The sentence holding the start of ``span``, to show a fact with its evidence."""
        for s in self.sentences:
            if s.span.start <= span.start < s.span.end:
                return s.span
        return None

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema": SCHEMA_ID,
            "article": self.article.to_dict(),
            "actors": [a.to_dict() for a in self.actors],
            "places": [p.to_dict() for p in self.places],
            "times": [t.to_dict() for t in self.times],
            "claims": [c.to_dict() for c in self.claims],
            "events": [e.to_dict() for e in self.events],
            "casualties": [k.to_dict() for k in self.casualties],
            "contradictions": [x.to_dict() for x in self.contradictions],
            "sentences": [s.to_dict() for s in self.sentences],
            "meta": dict(self.meta),
        }

    def to_json(self, *, indent: int | None = 1) -> str:
        import json

        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)
