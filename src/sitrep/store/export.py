"""Exports of the corpus's events: ACLED-style CSV, flat CSV, GeoJSON, Parquet.

CSV and GeoJSON use the standard library; Parquet uses pyarrow. Unknown values stay empty:
an event whose fatalities no source gives has no fatalities, not zero.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from sitrep.records import AcledSubEvent
from sitrep.store.base import Found
from sitrep.store.context import EVENT_CONTEXT
from sitrep.store.figures import CASUALTY_CONTEXT
from sitrep.store.sql import FIELDS

FORMATS = ("acled", "csv", "geojson", "parquet")

_S = AcledSubEvent
# ACLED's event types, from its sub-event types (ACLED codebook).
ACLED_EVENT_TYPE: dict[AcledSubEvent, str] = {
    **dict.fromkeys(
        (_S.ARMED_CLASH, _S.GOVERNMENT_REGAINS_TERRITORY, _S.NON_STATE_ACTOR_OVERTAKES_TERRITORY),
        "Battles",
    ),
    **dict.fromkeys(
        (
            _S.AIR_DRONE_STRIKE,
            _S.SHELLING_ARTILLERY_MISSILE,
            _S.REMOTE_EXPLOSIVE,
            _S.SUICIDE_BOMB,
            _S.GRENADE,
            _S.CHEMICAL_WEAPON,
        ),
        "Explosions/Remote violence",
    ),
    **dict.fromkeys((_S.ATTACK, _S.ABDUCTION, _S.SEXUAL_VIOLENCE), "Violence against civilians"),
    **dict.fromkeys(
        (_S.PEACEFUL_PROTEST, _S.PROTEST_WITH_INTERVENTION, _S.EXCESSIVE_FORCE), "Protests"
    ),
    **dict.fromkeys((_S.VIOLENT_DEMONSTRATION, _S.MOB_VIOLENCE), "Riots"),
    **dict.fromkeys(
        (
            _S.AGREEMENT,
            _S.ARRESTS,
            _S.CHANGE_TO_GROUP,
            _S.DISRUPTED_WEAPONS_USE,
            _S.HEADQUARTERS_ESTABLISHED,
            _S.LOOTING,
            _S.NON_VIOLENT_TRANSFER,
            _S.OTHER,
        ),
        "Strategic developments",
    ),
}
# ACLED time_precision: 1 the day is known, 2 the week, 3 only the month or coarser.
_TIME_PRECISION = {"day": 1, "week": 2, "month": 3, "year": 3}
# ACLED geo_precision: 1 the town or a point in it, 3 a region or coarser (sitrep does not tell
# "near a town", ACLED's 2, apart from the town itself).
_GEO_PRECISION = {"point": 1, "locality": 1, "region": 3, "country": 3}

_ARTICLE_COLUMNS = (
    "article_content_hash",
    "article_id",
    "article_title",
    "article_source",
    "article_url",
    "article_published",
)
# The flat columns of each kind of record (CSV, GeoJSON properties, Parquet), the same whether
# the corpus holds a thousand rows or none, so that files from different runs line up.
COLUMNS: dict[str, tuple[str, ...]] = {
    kind: ("id", *fields, *extra, "quote", *_ARTICLE_COLUMNS)
    for kind, fields, extra in (
        ("events", FIELDS["events"], (*EVENT_CONTEXT, "merged_id")),
        ("claims", FIELDS["claims"], ("said_by",)),
        ("casualties", FIELDS["casualties"], CASUALTY_CONTEXT),
        ("contradictions", FIELDS["contradictions"], ()),
    )
}
EVENT_COLUMNS = COLUMNS["events"]
_NUMBERS = frozenset({"lat", "lon"})

ACLED_COLUMNS = (
    "event_id_cnty",
    "event_date",
    "year",
    "time_precision",
    "event_type",
    "sub_event_type",
    "actor1",
    "actor2",
    "country",
    "admin1",
    "admin2",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "source_url",
    "notes",
    "fatalities",
)


def acled_row(event: Found) -> dict[str, Any]:
    f, data = event.fields, event.data
    sub = AcledSubEvent(f["acled"]) if f.get("acled") else None
    date = f.get("date")
    # admin names run from the country down (sitrep.store.context): ACLED's admin1 is the second
    admin = [a for a in str(f.get("admin") or "").split("; ") if a]
    place = f.get("place_name")
    if f.get("place_level") == "region" and place and (not admin or admin[-1] != place):
        admin.append(str(place))  # an event placed at a region: the region is its own admin
    # ACLED names the country; the admin chain starts with the gazetteer's name for it
    country = admin[0] if admin else _country_name(f.get("country"))
    return {
        # ARTICLE:RECORD, the form `sitrep merge split` takes a report in
        "event_id_cnty": f"{event.article.content_hash[:12]}:{event.record_id}",
        "event_date": date,
        "year": date[:4] if date else None,
        "time_precision": _TIME_PRECISION.get(str(data.get("date_precision"))),
        "event_type": ACLED_EVENT_TYPE.get(sub) if sub else None,
        "sub_event_type": sub.value if sub else None,
        "actor1": f.get("actor_name"),
        "actor2": f.get("target_name"),
        "country": country,
        "admin1": admin[1] if len(admin) > 1 else None,
        "admin2": admin[2] if len(admin) > 2 else None,
        "location": f.get("place_name"),
        "latitude": f.get("lat"),
        "longitude": f.get("lon"),
        "geo_precision": _GEO_PRECISION.get(str(f.get("place_level"))),
        "source": event.article.source,
        "source_url": event.article.url,
        "notes": event.quote,
        "fatalities": None,
    }


def _country_name(code: object) -> str | None:
    """The country's common English name for its ISO code (an event placed at a country has
    no admin chain): ACLED's column holds names, never codes."""
    if not code:
        return None
    from sitrep.geo.countries import country_by_iso2

    country = country_by_iso2(str(code))
    return country.name if country else str(code)


def _write_csv(rows: Sequence[dict[str, Any]], columns: Sequence[str], out: Path) -> None:
    with out.open("w", newline="", encoding="utf-8") as f:
        writer = csv.DictWriter(f, fieldnames=list(columns), extrasaction="ignore")
        writer.writeheader()
        for row in rows:
            writer.writerow({k: "" if v is None else v for k, v in row.items()})


def flat_columns(rows: Sequence[dict[str, Any]]) -> list[str]:
    columns: dict[str, None] = {}
    for row in rows:
        columns.update(dict.fromkeys(row))
    return list(columns)


def row_columns(kind: str, rows: Sequence[dict[str, Any]]) -> list[str]:
    """The :data:`COLUMNS` of ``kind``, then any other column the rows carry."""
    return list(dict.fromkeys([*COLUMNS.get(kind, ("id",)), *flat_columns(rows)]))


def _event_columns(rows: Sequence[dict[str, Any]]) -> list[str]:
    return row_columns("events", rows)


def _cell(value: Any, *, number: bool) -> Any:
    if value is None or number:
        return value
    return value if isinstance(value, str) else str(value)


def geojson(events: Sequence[Found]) -> dict[str, Any]:
    """A FeatureCollection of the events that have coordinates; the rest cannot be mapped."""
    features = []
    for e in events:
        lat, lon = e.fields.get("lat"), e.fields.get("lon")
        if lat is None or lon is None:
            continue
        props = {k: v for k, v in e.flat().items() if k not in {"lat", "lon"}}
        features.append(
            {
                "type": "Feature",
                "geometry": {"type": "Point", "coordinates": [lon, lat]},
                "properties": props,
            }
        )
    return {"type": "FeatureCollection", "features": features}


def export_events(events: Sequence[Found], *, fmt: str, out: Path) -> int:
    """Write ``events`` to ``out`` in ``fmt``; returns the number of rows or features written."""
    if fmt == "acled":
        _write_csv([acled_row(e) for e in events], ACLED_COLUMNS, out)
        return len(events)
    if fmt == "csv":
        rows = [e.flat() for e in events]
        _write_csv(rows, _event_columns(rows), out)
        return len(rows)
    if fmt == "geojson":
        collection = geojson(events)
        out.write_text(json.dumps(collection, ensure_ascii=False, indent=1), encoding="utf-8")
        return len(collection["features"])
    if fmt == "parquet":
        import pyarrow as pa
        import pyarrow.parquet as pq

        rows = [e.flat() for e in events]
        columns = _event_columns(rows)
        # Typed by column, not by what this run's rows hold: a column empty in every row is
        # still text, so that exports from different runs can be read as one dataset.
        schema = pa.schema([(c, pa.float64() if c in _NUMBERS else pa.string()) for c in columns])
        table = pa.table(
            {c: [_cell(r.get(c), number=c in _NUMBERS) for r in rows] for c in columns},
            schema=schema,
        )
        pq.write_table(table, out)
        return len(rows)
    raise ValueError(f"unknown export format {fmt!r} (one of {', '.join(FORMATS)})")
