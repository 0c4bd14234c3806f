"""Frozen, typed records: what one analysed article says, every fact tied to its characters.

The names and meanings follow the report-1 contract (``report.schema.json``). Closed vocabularies
are enums defined here once. A record drawn from text cannot be built without its span: the
constructors check that every span is well formed, and :class:`Report` checks that every span
indexes into the article text and every id reference points at a record of the right section.
"""

from __future__ import annotations

from sitrep.records.facts import (
    Actor,
    Casualty,
    Claim,
    Contradiction,
    Count,
    Event,
    EventClaim,
    Place,
    TimeExpression,
    counted_in_another,
)
from sitrep.records.report import SCHEMA_ID, Failure, Report
from sitrep.records.text import Article, Sentence, Span
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

__all__ = [
    "SCHEMA_ID",
    "AcledSubEvent",
    "Actor",
    "ActorKind",
    "Article",
    "Casualty",
    "CasualtyGroup",
    "Claim",
    "ClaimLink",
    "Contradiction",
    "ContradictionKind",
    "Count",
    "DatePrecision",
    "Event",
    "EventClaim",
    "EventType",
    "Failure",
    "Place",
    "PlaceLevel",
    "Qualifier",
    "Report",
    "Sentence",
    "Span",
    "Stance",
    "TimeExpression",
    "TimexType",
    "counted_in_another",
]
