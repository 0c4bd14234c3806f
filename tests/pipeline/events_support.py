"""What the events tests share: every stage the events stage reads, run for real, then it."""

from __future__ import annotations

from sitrep.pipeline.base import Document
from sitrep.pipeline.events import EventsStage
from sitrep.records import Event
from tests.conftest import DocBuilder

BEFORE_EVENTS = ("sentences.v1", "times.v1", "places.v1", "actors.v1", "claims.v1")


def full(make_doc: DocBuilder, text: str) -> tuple[Document, tuple[Event, ...]]:
    """The document with every stage before the events one, and its events."""
    doc = make_doc(text, published="2026-11-20", stages=BEFORE_EVENTS)
    return doc, EventsStage()(doc)


def said(doc: Document, event: Event) -> str:
    """The words of an event's trigger."""
    assert event.trigger is not None
    return doc.text[event.trigger.start : event.trigger.end]
