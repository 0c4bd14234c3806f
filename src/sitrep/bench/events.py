"""`sitrep bench events`: event types against CASE 2021, ACLED notes and PLOVER gold sentences.

Each labelled text is analysed as an article published on its event date (when the data has
one). Per data set: type and sub-type accuracy, macro and weighted F1, the most frequent
confusions, and, where the data has them and the places and times stages are installed,
location within 25 km and exact date.

- ``case``: CASE 2021 Task 2 dev half, 25 ACLED sub-event classes (snippets of the 5 non-ACLED
  classes are left out, as in the 25-class score).
- ``acled-multi``, ``acled-armenia``: ACLED coders' notes: event type, sub-event type, location.
- ``plover``: PLOVER gold-standard sentences: PLOVER type and actor.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import logging
import math
import re
import sys
import time
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO, TYPE_CHECKING

import click

from sitrep.bench.corpora import shared_data
from sitrep.records import AcledSubEvent

if TYPE_CHECKING:
    from sitrep.pipeline.base import Document
    from sitrep.records import Event

log = logging.getLogger(__name__)
# Texts on which an upstream stage failed (its layer is then left empty), per stage.
FAILURES: dict[str, int] = {}
S = AcledSubEvent
CASE_CODES: dict[str, AcledSubEvent] = {
    "ABDUCT_DISSAP": S.ABDUCTION,
    "AGREEMENT": S.AGREEMENT,
    "AIR_STRIKE": S.AIR_DRONE_STRIKE,
    "ARMED_CLASH": S.ARMED_CLASH,
    "ARREST": S.ARRESTS,
    "ART_MISS_ATTACK": S.SHELLING_ARTILLERY_MISSILE,
    "ATTACK": S.ATTACK,
    "CHANGE_TO_GROUP_ACT": S.CHANGE_TO_GROUP,
    "CHEM_WEAP": S.CHEMICAL_WEAPON,
    "DISR_WEAP": S.DISRUPTED_WEAPONS_USE,
    "FORCE_AGAINST_PROTEST": S.EXCESSIVE_FORCE,
    "GOV_REGAINS_TERIT": S.GOVERNMENT_REGAINS_TERRITORY,
    "GRENADE": S.GRENADE,
    "HQ_ESTABLISHED": S.HEADQUARTERS_ESTABLISHED,
    "MOB_VIOL": S.MOB_VIOLENCE,
    "NON_STATE_ACTOR_OVERTAKES_TER": S.NON_STATE_ACTOR_OVERTAKES_TERRITORY,
    "NON_VIOL_TERRIT_TRANSFER": S.NON_VIOLENT_TRANSFER,
    "OTHER": S.OTHER,
    "PEACE_PROTEST": S.PEACEFUL_PROTEST,
    "PROPERTY_DISTRUCT": S.LOOTING,
    "PROTEST_WITH_INTER": S.PROTEST_WITH_INTERVENTION,
    "REM_EXPLOS": S.REMOTE_EXPLOSIVE,
    "SEX_VIOL": S.SEXUAL_VIOLENCE,
    "SUIC_BOMB": S.SUICIDE_BOMB,
    "VIOL_DEMONSTR": S.VIOLENT_DEMONSTRATION,
}
DATASETS = {
    "case": ("case2021_task2", "dev_half.tsv"),
    "acled-multi": ("acled_multi", "dev.csv"),
    "acled-armenia": ("acled_armenia", "acled_armenia_2018_2019.csv"),
    "plover": ("plover_gsr", "dev.csv"),
}


@dataclass(frozen=True, slots=True)
class Item:
    text: str
    label: str  # sub-event type (ACLED sets, CASE) or PLOVER type
    event_type: str | None = None  # ACLED event type
    date: dt.date | None = None
    lat: float | None = None
    lon: float | None = None
    actor: str | None = None
    # the gold place's names (ACLED: location, admin3, admin2), for the text's ceiling
    place_names: tuple[str, ...] = ()
    # the data set's id of the text (CASE and PLOVER: id; ACLED: event_id_cnty), for --dump
    id: str = ""


def read_items(name: str, path: Path) -> list[Item]:
    csv.field_size_limit(sys.maxsize)
    with path.open(encoding="utf-8", newline="") as f:
        if name == "case":
            rows = list(csv.reader(f, delimiter="\t"))[1:]
            return [
                Item(text=r[1], label=CASE_CODES[r[2]].value, id=r[0])
                for r in rows
                if r[2] in CASE_CODES
            ]
        records = list(csv.DictReader(f))
    if name == "plover":
        return [
            Item(
                text=r["text"],
                label=r["event_plover16"],
                actor=r["actor_text"] or None,
                id=r.get("id", ""),
            )
            for r in records
        ]
    items = []
    for r in records:
        if r.get("data_id", "").strip() == "" and r.get("event_id_cnty", "").startswith("#"):
            continue  # the HXL tag row
        when = r.get("event_date_iso") or r.get("event_date", "")
        date: dt.date | None
        try:
            date = dt.date.fromisoformat(when)
        except ValueError:
            date = dt.datetime.strptime(when, "%d-%b-%y").date() if when else None
        items.append(
            Item(
                text=r["notes"],
                label=r["sub_event_type"],
                event_type=r["event_type"],
                date=date,
                lat=float(r["latitude"]) if r.get("latitude") else None,
                lon=float(r["longitude"]) if r.get("longitude") else None,
                place_names=tuple(
                    n for k in ("location", "admin3", "admin2") if (n := r.get(k, "").strip())
                ),
                id=r.get("event_id_cnty", "") or r.get("data_id", ""),
            )
        )
    return items


def names_gold_place(item: Item) -> bool:
    """Whether the text names the gold place or its admin3 or admin2 unit, by its lookup key
    (no accents, case or apostrophes: 'Bambofa (Dori, Seno)' for 'Bambofá'; 'Kenema' in 'Kenema
    district'; ACLED's 'Nairobi - Eastleigh' by either part). The notes that name none of them
    cannot be placed within 25 km from their text but by luck: this share is the ceiling of
    the location score."""
    from sitrep.geo.names import name_key

    def key(name: str) -> str:
        return " ".join(re.sub(r"\W+", " ", name_key(name)).split())

    text = f" {key(item.text)} "
    for name in item.place_names:
        parts = [name, *re.split(r"\s+-\s+", name)] if " - " in name else [name]
        if any(f" {k} " in text for p in parts if (k := key(p))):
            return True
    return False


def f1_scores(gold: Sequence[str], predicted: Sequence[str]) -> tuple[float, float]:
    """(macro F1, weighted F1) over the gold classes."""
    classes = sorted(set(gold))
    support = Counter(gold)
    macro = weighted = 0.0
    for c in classes:
        tp = sum(1 for g, p in zip(gold, predicted, strict=True) if g == c and p == c)
        fp = sum(1 for g, p in zip(gold, predicted, strict=True) if g != c and p == c)
        fn = support[c] - tp
        f1 = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
        macro += f1
        weighted += f1 * support[c]
    return macro / max(len(classes), 1), weighted / max(len(gold), 1)


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371 * 2 * math.asin(math.sqrt(a))


def _report(title: str, gold: Sequence[str], predicted: Sequence[str], *, confusions: int) -> None:
    n = max(len(gold), 1)
    right = sum(g == p for g, p in zip(gold, predicted, strict=True))
    accuracy = right / n
    macro, weighted = f1_scores(gold, predicted)
    click.echo(
        f"  {title:<10} accuracy {100 * accuracy:5.1f}%   macro F1 {100 * macro:5.1f}   weighted F1 {100 * weighted:5.1f}"
        f"   ({right}/{len(gold)})"
    )
    wrong = Counter((g, p) for g, p in zip(gold, predicted, strict=True) if g != p)
    for (g, p), k in wrong.most_common(confusions):
        click.echo(f"      {k:4d}  {g} -> {p}")


def _events_of(items: list[Item]) -> Iterator[tuple[Item, tuple[Event, ...], Document]]:
    """Run the events stage (and whatever stages it can have) over each item as an article."""
    from sitrep.pipeline.base import Document, Timeline
    from sitrep.pipeline.events import EventsStage
    from sitrep.pipeline.registry import create, is_available
    from sitrep.pipeline.sentences import SentencesStage
    from sitrep.records import Article

    optional = []
    provided = {"parse"}
    for name in ("times.v1", "places.v1", "actors.v1", "claims.v1"):
        if is_available(name):
            stage = create(name)
            if all(r in provided for r in stage.requires):
                optional.append(stage)
                provided.add(stage.provides)
    events = EventsStage()
    parses = SentencesStage().parse_many([i.text for i in items])
    for item, parse in zip(items, parses, strict=True):
        doc = Document(Article(id="bench", text=item.text, published=item.date))
        doc.put("parse", parse)
        for stage in optional:
            try:
                doc.put(stage.provides, stage(doc))
            except Exception as exc:  # noqa: BLE001  (another stage's bug must not stop the benchmark)
                FAILURES[stage.name] = FAILURES.get(stage.name, 0) + 1
                log.warning("%s failed on a text: %s", stage.name, exc)
        for layer in ("places", "actors", "claims"):
            if not doc.has(layer):
                doc.put(layer, ())
        if not doc.has("times"):
            doc.put("times", Timeline((), published=item.date))
        yield item, events(doc), doc


def _rank() -> dict[AcledSubEvent, int]:
    from sitrep.events.acled import RULES

    rank = {r.sub_event: i for i, r in enumerate(RULES)}
    return {s: rank.get(s, len(rank)) for s in AcledSubEvent}


_RANK = _rank()


def _place_of(doc: Document, event: Event | None) -> dict[str, object] | None:
    """The event's place as --dump writes it: name and point (no text of the item)."""
    if event is None:
        return None
    place = next((p for p in doc.places if p.id == event.place), None)
    if place is None:
        return None
    return {"name": place.gazetteer_name or place.name, "lat": place.lat, "lon": place.lon}


def _dump_line(
    name: str,
    n: int,
    item: Item,
    *,
    sub: str,
    event_type: str | None,
    plover: str,
    told: Event | None,
    doc: Document,
    near: bool | None,
    date_hit: bool | None,
) -> str:
    """One --dump line: the item's id and gold labels, the predicted ones and whether each
    matched. Never the item's text (the corpora's licences allow ids and labels only)."""
    row: dict[str, object] = {"data": name, "n": n, "id": item.id}
    if name == "plover":
        row["gold"] = {"type": item.label, "actor": item.actor}
        row["predicted"] = {"type": plover}
        row["match"] = {"type": plover == item.label}
    else:
        row["gold"] = {
            "type": item.event_type,
            "sub_type": item.label,
            "location": item.place_names[0] if item.place_names else None,
            "lat": item.lat,
            "lon": item.lon,
            "date": item.date.isoformat() if item.date else None,
        }
        row["predicted"] = {
            "type": event_type,
            "sub_type": sub,
            "place": _place_of(doc, told),
            "date": told.date if told is not None else None,
        }
        row["match"] = {
            "type": event_type == item.event_type if item.event_type else None,
            "sub_type": sub == item.label,
            "location": near,
            "date": date_hit,
        }
    return json.dumps(row, ensure_ascii=False, sort_keys=True)


def _score(name: str, items: list[Item], *, confusions: int, dump: IO[str] | None = None) -> None:
    from sitrep.events.acled import EVENT_TYPE

    t0 = time.perf_counter()
    sub_gold: list[str] = []
    sub_pred: list[str] = []
    type_gold: list[str] = []
    type_pred: list[str] = []
    plover_pred: list[str] = []
    actor_hits = actor_country_hits = located = near = dated = date_hits = 0
    near_any = date_any = named = 0
    for n, (item, found, doc) in enumerate(_events_of(items)):
        # the text's main event: the one whose trigger is nearest its sentence's root
        main: Event | None = min(found, key=lambda e: _depth_of(doc, e), default=None)
        # the most specific sub-event reported, in the ACLED rules' order of precedence
        acled = min(
            (e.acled for e in found if e.acled is not None), key=_RANK.__getitem__, default=None
        )
        sub = (acled or S.OTHER).value
        sub_gold.append(item.label)
        sub_pred.append(sub)
        plover_pred.append(main.type.value if main else "OTHER")
        event_type = EVENT_TYPE.get(acled or S.OTHER, "Strategic developments")
        if item.event_type:
            type_gold.append(item.event_type)
            type_pred.append(event_type)
        if item.actor and main is not None:
            actor_hits += _actor_matches(item.actor, main, doc)
            actor_country_hits += _actor_country_matches(item.actor, main, doc)
        told = told_event(found, acled)
        is_near: bool | None = None
        if item.lat is not None and item.lon is not None:
            located += 1
            is_near = _near(item, doc, told)
            near += is_near
            near_any += _near(item, doc, next((e for e in found if e.place), None))
            named += names_gold_place(item)
        date_hit: bool | None = None
        if item.date is not None:
            dated += 1
            date_hit = told is not None and told.date == item.date.isoformat()
            date_hits += date_hit
            date_any += next((e.date for e in found if e.date), None) == item.date.isoformat()
        if dump is not None:
            line = _dump_line(
                name,
                n,
                item,
                sub=sub,
                event_type=event_type if name != "case" else None,
                plover=main.type.value if main else "OTHER",
                told=told,
                doc=doc,
                near=is_near,
                date_hit=date_hit,
            )
            dump.write(line + "\n")
    seconds = time.perf_counter() - t0
    click.echo(
        f"{name}: {len(items)} texts ({seconds:.0f} s, {len(items) / max(seconds, 1e-9):.1f}/s)"
    )
    if name == "plover":
        _report("PLOVER", sub_gold, plover_pred, confusions=confusions)
        n = max(len(items), 1)
        click.echo(f"  actor      accuracy {100 * actor_hits / n:5.1f}% (words in common)")
        click.echo(f"  actor      accuracy {100 * actor_country_hits / n:5.1f}% (or same country)")
        return
    if type_gold:
        _report("type", type_gold, type_pred, confusions=confusions)
    _report("sub-type", sub_gold, sub_pred, confusions=confusions)
    if located:
        click.echo(
            f"  location   within 25 km {100 * near / located:5.1f}% ({near}/{located});"
            f" of any event: {100 * near_any / located:5.1f}%"
        )
        if any(i.place_names for i in items):
            click.echo(
                f"  location   ceiling {100 * named / located:5.1f}% ({named}/{located}):"
                " the text names the gold location or its admin3 or admin2 unit"
            )
    if dated:
        click.echo(
            f"  date       exact {100 * date_hits / dated:5.1f}% ({date_hits}/{dated});"
            f" of any event: {100 * date_any / dated:5.1f}%"
        )


def told_event(found: Sequence[Event], acled: AcledSubEvent | None) -> Event | None:
    """The event a labelled text tells, whose place and date are scored: the first event of
    the ACLED sub-event scored for the text (the text's most specific one), else the first
    event. Earlier rounds scored the first event with any place and the first with any date,
    which could be a background event ('after the riots in western Kenya, traders in Awendo
    counted their losses'); those figures are still shown as 'of any event'."""
    return next((e for e in found if acled is not None and e.acled is acled), None) or next(
        iter(found), None
    )


def _near(item: Item, doc: Document, event: Event | None) -> bool:
    """Whether the event's place lies within 25 km of the item's point."""
    if event is None or item.lat is None or item.lon is None:
        return False
    place = next((p for p in doc.places if p.id == event.place), None)
    if place is None or place.lat is None or place.lon is None:
        return False
    return _km(item.lat, item.lon, place.lat, place.lon) <= 25


def _depth_of(doc: object, event: object) -> int:
    from sitrep.pipeline.base import Document
    from sitrep.records import Event

    assert isinstance(doc, Document) and isinstance(event, Event)
    if event.trigger is None:
        return 99
    span = doc.parse.doc.char_span(event.trigger.start, event.trigger.end)
    if span is None:
        return 99
    t, depth = span.root, 0
    while t.head.i != t.i and depth < 50:  # a new Token on each access: compare indices
        t, depth = t.head, depth + 1
    return depth


def _actor_names(event: Event, doc: Document) -> set[str]:
    """What the event's actor is called: the actor's name, title and mentions, and the words
    the event names it with (which stand on their own when no actor of the layer fits them)."""
    names: set[str] = set()
    actor = next((a for a in doc.actors if a.id == event.actor), None)
    if actor is not None:
        names |= {doc.span_text(m) for m in actor.mentions}
        names.add(actor.name)
        if actor.title:
            names.add(actor.title)
    if event.actor_span is not None:
        names.add(doc.span_text(event.actor_span))
    return names


_FUNCTION_WORDS = frozenset({"the", "of", "a", "an", "and", "in", "its", "their"})


def _actor_matches(gold: str, event: Event, doc: Document) -> bool:
    """The event's actor names one of the gold actors (by words in common)."""
    names = {n.lower() for n in _actor_names(event, doc)}
    golds = [g.strip().lower() for g in gold.split(";") if g.strip()]
    return any(
        g in n or n in g or (set(g.split()) & set(n.split())) - _FUNCTION_WORDS
        for g in golds
        for n in names
    )


def _countries(text: str) -> set[str]:
    """The countries a phrase names by name or demonym ('Israeli tanks', 'the United States')."""
    from sitrep.geo.countries import country_by_demonym, country_by_name

    words = [w.strip(".,;:()'\"") for w in text.split()]
    found = set()
    for n in (3, 2, 1):
        for i in range(len(words) - n + 1):
            phrase = " ".join(words[i : i + n])
            c = country_by_name(phrase) or country_by_demonym(phrase)
            if c is not None:
                found.add(c.iso2)
    return found


def _actor_country_matches(gold: str, event: Event, doc: Document) -> bool:
    """As :func:`_actor_matches`, or both name the same country ('Israel' and 'Israeli forces',
    'Washington' aside): PLOVER codes state actors by their country."""
    if _actor_matches(gold, event, doc):
        return True
    actor = next((a for a in doc.actors if a.id == event.actor), None)
    ours = {actor.country} if actor is not None and actor.country else set()
    for n in _actor_names(event, doc):
        ours |= _countries(n)
    return bool(ours & _countries(gold))


@click.command("events")
@click.option(
    "--data",
    default="all",
    show_default=True,
    help="case, acled-multi, acled-armenia, plover, all, or a path to one of those files.",
)
@click.option("--limit", type=int, default=None, help="Score only the first N texts of each set.")
@click.option(
    "--confusions", type=int, default=8, show_default=True, help="Show the N commonest confusions."
)
@click.option(
    "--dump",
    type=click.Path(dir_okay=False, writable=True, path_type=Path),
    default=None,
    help="Write one JSON line per scored text to this file: data set, position, id, gold and"
    " predicted type, sub-type, place and date, and whether each matched (ids and labels"
    " only, never the text). Two runs give the same file: diff it between commits.",
)
def command(data: str, limit: int | None, confusions: int, dump: Path | None) -> None:
    """PLOVER and ACLED event types, location and date against the shared corpora.

    With --dump PATH, also write each scored text's gold and predicted labels as JSON lines
    (no text), to find which texts a change moved.
    """
    if data == "all":
        chosen = [(n, shared_data(*parts)) for n, parts in DATASETS.items()]
    elif data in DATASETS:
        chosen = [(data, shared_data(*DATASETS[data]))]
    else:
        path = Path(data)
        name = next(
            (n for n, parts in DATASETS.items() if path.name == parts[1] or parts[0] in str(path)),
            None,
        )
        if name is None:
            raise click.BadParameter(f"cannot tell which data set {data} is", param_hint="--data")
        chosen = [(name, path)]
    out = dump.open("w", encoding="utf-8") if dump is not None else None
    try:
        for name, path in chosen:
            if not path.exists():
                raise click.ClickException(f"{path} not found (set SITREP_SHARED_DATA)")
            items = read_items(name, path)
            if limit is not None:
                # an even spread over the file, not its first rows (ACLED files are sorted by type)
                step = max(len(items) // limit, 1)
                items = items[::step][:limit]
            _score(name, items, confusions=confusions, dump=out)
    finally:
        if out is not None:
            out.close()
