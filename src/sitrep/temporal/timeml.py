"""Reading TimeML (.tml) files: the plain text of <TEXT>, its TIMEX3 annotations, the DCT; and
the same from MEANTIME's CAT XML (.xml: tokens, and TIMEX3 anchored to token ids), whose text
is rebuilt from its tokens."""

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


# Tokens written without a space before them, and after which none comes.
_NO_SPACE_BEFORE = frozenset(
    {",", ".", ":", ";", "?", "!", ")", "%", "'s", "'", "n't", "'re", "'ll"}
)
_NO_SPACE_AFTER = frozenset({"(", "$", "``"})


def read_cat(path: Path) -> TimeMLDocument:
    """One MEANTIME (CAT XML) document: its tokens joined back into text (a line per sentence),
    its TIMEX3 over the characters of their tokens, the creation time as its date."""
    try:
        root = ET.parse(path).getroot()
    except (ET.ParseError, OSError) as exc:
        raise InputError(str(path), f"not readable as CAT XML: {exc}") from exc
    # MEANTIME annotates the first sentences of an article only: the text ends with the last
    # sentence that has an annotation, so what lies after it is not counted as spurious.
    sentence_of = {t.get("t_id", ""): int(t.get("sentence", "0")) for t in root.iter("token")}
    anchored = [sentence_of.get(a.get("t_id", ""), 0) for a in root.iter("token_anchor")]
    last = max(anchored, default=0)
    spans: dict[str, Span] = {}
    parts: list[str] = []
    length, sentence, previous = 0, None, ""
    for tok in root.iter("token"):
        if int(tok.get("sentence", "0")) > last:
            break
        word = tok.text or ""
        if parts:
            gap = "\n" if tok.get("sentence") != sentence else " "
            if gap == " " and (word in _NO_SPACE_BEFORE or previous in _NO_SPACE_AFTER):
                gap = ""
            parts.append(gap)
            length += len(gap)
        spans[tok.get("t_id", "")] = Span(length, length + len(word))
        parts.append(word)
        length += len(word)
        sentence, previous = tok.get("sentence"), word
    timexes: list[GoldTimex] = []
    dct = None
    for t in root.iter("TIMEX3"):
        anchors = [spans[a.get("t_id", "")] for a in t.iter("token_anchor")]
        if t.get("functionInDocument") == "CREATION_TIME":
            dct = to_date(t.get("value"))
        if not anchors:
            continue  # an empty tag: a time the text implies but does not write
        try:
            kind = TimexType(t.get("type", ""))
        except ValueError:
            kind = TimexType.DATE
        span = Span(min(a.start for a in anchors), max(a.end for a in anchors))
        timexes.append(GoldTimex(span, kind, t.get("value", ""), t.get("mod") or None))
    timexes.sort(key=lambda g: g.span.start)
    return TimeMLDocument(path.stem, "".join(parts), dct, tuple(timexes))


def read_corpus(folder: Path, *, limit: int | None = None) -> list[TimeMLDocument]:
    """Every .tml file under ``folder`` (recursively), in name order; where there is none,
    every MEANTIME .xml file."""
    if not folder.exists():
        raise InputError(str(folder), "no such folder")
    if folder.is_dir():
        paths = sorted(folder.rglob("*.tml")) or sorted(folder.rglob("*.xml"))
    else:
        paths = [folder]
    if limit is not None:
        paths = paths[:limit]
    return [read_cat(p) if p.suffix == ".xml" else read_timeml(p) for p in paths]
