"""Who says so, for claim rows: the speaker by name, or, where sitrep could not resolve the
source to an actor, by the article's own words for it in quotation marks ("“Local hospital
staff”"), never an empty cell (principle 2: who says so is part of the fact)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from sqlalchemy.engine import Connection

from sitrep.store.base import Found
from sitrep.store.context import source_words


def with_speakers(_conn: Connection, claims: Sequence[Found]) -> list[Found]:
    """``claims`` with ``said_by`` added to their fields (None only when the text names no one)."""
    return [
        replace(
            c,
            fields={
                **c.fields,
                "said_by": c.fields.get("speaker_name") or source_words(c.data, c.quote),
            },
        )
        for c in claims
    ]
