"""Reading TimeML (.tml) files: the plain text of <TEXT>, its TIMEX3 annotations, the DCT."""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

from sitrep.errors import InputError
from sitrep.records import Span, TimexType
from sitrep.temporal.values import to_date


@dataclass(frozen=True, slots=True)
class GoldTimex:
    span: Span
    type: TimexType
    value: str
    mod: str | None = None


@dataclass(frozen=True, slots=True)
class TimeMLDocument:
    name: str
    text: str
    creation_date: dt.date | None
    timexes: tuple[GoldTimex, ...]


def read_timeml(path: Path) -> TimeMLDocument:
    """One TimeML document. Raises InputError naming the file when it is not TimeML."""
    try:
        root = ET.parse(path).getroot()
    except (ET.ParseError, OSError) as exc:
        raise InputError(str(path), f"not readable as TimeML XML: {exc}") from exc
    body = root.find("TEXT")
    if body is None:
        raise InputError(str(path), "no <TEXT> element")
    parts: list[str] = []
    timexes: list[GoldTimex] = []
    length = 0

    def add(s: str | None) -> None:
        nonlocal length
        if s:
            parts.append(s)
            length += len(s)

    def visit(elem: ET.Element) -> None:
        add(elem.text)
        for child in elem:
            start = length
            visit(child)
            if child.tag == "TIMEX3":
                try:
                    kind = TimexType(child.get("type", ""))
                except ValueError:
                    kind = TimexType.DATE
                timexes.append(
                    GoldTimex(Span(start, length), kind, child.get("value", ""), child.get("mod"))
                )
            add(child.tail)

    visit(body)
    dct = None
    for t in root.iter("TIMEX3"):
        if t.get("functionInDocument") == "CREATION_TIME":
            dct = to_date(t.get("value"))
            break
    return TimeMLDocument(path.stem, "".join(parts), dct, tuple(timexes))


def read_corpus(folder: Path, *, limit: int | None = None) -> list[TimeMLDocument]:
    """Every .tml file under ``folder`` (recursively), in name order."""
    if not folder.exists():
        raise InputError(str(folder), "no such folder")
    paths = sorted(folder.rglob("*.tml")) if folder.is_dir() else [folder]
    if limit is not None:
        paths = paths[:limit]
    return [read_timeml(p) for p in paths]
