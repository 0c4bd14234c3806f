"""What a casualty row tells beyond its numbers: how each figure was qualified ("at least 4" is
not 4), its upper bound when a range was given, and whether it adds to or is part of another
figure, so that whoever sums a column of an export does not add up what sources never meant
to be added (principle 1: never invent a precision the text did not give)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from sqlalchemy.engine import Connection

from sitrep.records.facts import CASUALTY_FIGURES
from sitrep.store.base import Found

FIGURES = CASUALTY_FIGURES
"""The people a casualty row counts, each a column of the store (displaced and abducted since
schema revision 0003)."""

CASUALTY_CONTEXT = (
    *(f"{name}_{part}" for name in FIGURES for part in ("qualifier", "high")),
    "increment",
    "part_of",
    "restates",
    "conflict_toll",
)
"""The columns :func:`with_figures` adds to each casualty row, in order."""


def with_figures(_conn: Connection, found: Sequence[Found]) -> list[Found]:
    """``found`` with :data:`CASUALTY_CONTEXT` added to their fields, read from their records."""
    out = []
    for k in found:
        extra: dict[str, Any] = {}
        for name in FIGURES:
            count = k.data.get(name) or {}
            extra[f"{name}_qualifier"] = count.get("qualifier")
            extra[f"{name}_high"] = count.get("high")
        extra["increment"] = bool(k.data.get("increment"))
        extra["part_of"] = k.data.get("part_of")
        extra["restates"] = k.data.get("restates")
        extra["conflict_toll"] = bool(k.data.get("conflict_toll"))
        out.append(replace(k, fields={**k.fields, **extra}))
    return out
