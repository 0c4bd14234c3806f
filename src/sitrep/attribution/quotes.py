"""Quotation segmentation: where direct quotations start and end, across sentences and paragraphs.

News style opens a quotation that runs over several paragraphs again at the start of each one
and closes it only at the end of the last, so a quotation still open at a paragraph break is cut
there and marked ``continued``: the next paragraph's opening mark carries it on. Straight double
quotes (and doubled apostrophes) alternate open/close within a paragraph. An opening curly mark
typed where the closing one belongs ('..., here,“ said X') closes the quotation: an opening mark
comes before a word, not after one. Single quotes are left alone: the same character is an
apostrophe.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sitrep.records import Span

OPENING = "“«„"
CLOSING = "”»"
STRAIGHT = '"'
# Two apostrophes stand for a double quote in some wire and newspaper archives.
DOUBLED = "''"


@dataclass(frozen=True, slots=True)
class Quote:
    """A quotation: ``span`` includes its marks; ``continued`` when it runs on past a paragraph."""

    span: Span
    continued: bool = False


_MARKS = re.compile("[\n" + OPENING + CLOSING + STRAIGHT + "]|" + DOUBLED)


def find_quotes(text: str) -> tuple[Quote, ...]:
    quotes: list[Quote] = []
    start: int | None = None
    n = len(text)
    for match in _MARKS.finditer(text):
        i = match.start()
        ch = text[i]
        if ch == "\n":
            if start is not None:
                quotes.append(Quote(Span(start, _trim_end(text, start, i)), continued=True))
                start = None
        elif ch in OPENING and start is not None and _closes(text, i):
            # '…for her here,“ said X': an opening mark typed where the closing one belongs.
            quotes.append(Quote(Span(start, i + 1)))
            start = None
        elif ch in OPENING:
            if start is not None and i > start + 1:
                # Two openings in a row: the first was never closed; cut it here.
                quotes.append(Quote(Span(start, _trim_end(text, start, i))))
            start = i
        elif ch in CLOSING:
            if start is not None:
                quotes.append(Quote(Span(start, i + 1)))
                start = None
        else:  # a straight or a doubled mark: opens or closes
            if start is None:
                start = i
            else:
                quotes.append(Quote(Span(start, match.end())))
                start = None
    if start is not None and n - start > 1:
        quotes.append(Quote(Span(start, _trim_end(text, start, n)), continued=True))
    return tuple(q for q in quotes if q.span.end - q.span.start > 2)


def _closes(text: str, i: int) -> bool:
    """A mark that follows a word and comes before a space or punctuation closes a quotation:
    an opening mark is followed by the first quoted word."""
    after = text[i + 1 : i + 2]
    return (
        i > 0
        and not text[i - 1].isspace()
        and (after == "" or after.isspace() or after in ",.;:?!)")
    )


def _trim_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def quoted_share(span: Span, quotes: tuple[Quote, ...]) -> float:
    """The share of ``span``'s non-space characters that lie inside quotations."""
    if span.end <= span.start:
        return 0.0
    inside = 0
    for q in quotes:
        lo, hi = max(span.start, q.span.start), min(span.end, q.span.end)
        if hi > lo:
            inside += hi - lo
    return inside / (span.end - span.start)
