"""Casualty series for export: every source's figures over time as tidy rows.

One row per side, group, source (``line``) and day, so that a spreadsheet or a plotting library
draws one line per source: NK officials' toll and the other side's estimate of the same losses
stay two lines, never one number.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sitrep.store.queries import Series


def series_rows(series: Sequence[Series]) -> list[dict[str, Any]]:
    rows = []
    for s in series:
        for f in sorted(s.figures, key=lambda f: (f.reporter, f.day or "")):
            count = f.killed_count or {}
            rows.append(
                {
                    "side": s.side,
                    "group": s.group,
                    "line": f.reporter,
                    "day": f.day,
                    "killed": f.killed,
                    "killed_qualifier": count.get("qualifier") if f.killed is not None else None,
                    "killed_high": count.get("high"),
                    "injured": f.injured,
                    "missing": f.missing,
                    "displaced": f.displaced,
                    "abducted": f.abducted,
                    "source": f.source,
                    "quote": f.quote,
                }
            )
    return rows
