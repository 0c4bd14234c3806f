"""Which lines shout: Title Case headlines and text in capitals."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum

# A letter run: the unit whose case we decide ("Build-Up" is two, "Azerbaijan's" is two).
WORD = re.compile(r"[^\W\d_]+")
# Words that headline style leaves in lower case inside a Title Case line.
_SMALL = frozenset(
    "a an and as at but by en for from if in into nor of off on onto or per so than the to up "  # noqa: SIM905
    "upon via vs with yet".split()
)
# The shortest line we judge: fewer words say too little about the writer's casing habit.
_MIN_WORDS = 4
# Share of a line's words that must be capitalised (Title) or of its letters upper case (ALL CAPS).
_TITLE_SHARE = 0.9
_UPPER_SHARE = 0.95
_NO_ASCII_LOWER = str.maketrans("", "", "abcdefghijklmnopqrstuvwxyz")


class Shout(Enum):
    """How a line misleads the parser."""

    TITLE = "title"  # Every Word Capitalised
    UPPER = "upper"  # EVERY LETTER A CAPITAL


@dataclass(frozen=True, slots=True)
class Line:
    """A shouted stretch of text: [start, end) in the article, and how it shouts."""

    start: int
    end: int
    shout: Shout


def shouted_lines(text: str) -> tuple[Line, ...]:
    """The lines of ``text`` written in Title Case or in capitals, dateline excluded."""
    from sitrep.ingest.dateline import match_dateline

    found: list[Line] = []
    pos = 0
    for raw in text.split("\n"):
        start, end = pos, pos + len(raw)
        pos = end + 1
        shout = _shout(raw)
        if shout is None:
            continue
        # "BAKU, Nov 1 (Reuters) - ...": the dateline keeps its capitals (they mark it as one).
        lead = len(raw) - len(raw.lstrip())
        dateline = match_dateline(text, start + lead) if raw[lead : lead + 1].isupper() else None
        if dateline is not None and dateline.end() < end:
            start = dateline.end()
            shout = _shout(text[start:end])
            if shout is None:
                continue
        found.append(Line(start, end, shout))
    return tuple(found)


def _shout(line: str) -> Shout | None:
    words = [w for w in WORD.findall(line) if len(w) > 1]
    if len(words) < _MIN_WORDS:
        return None
    letters = sum(map(len, words))
    # Most lines are prose: their lower-case ASCII letters rule out capitals at C speed.
    if len(line) - len(line.translate(_NO_ASCII_LOWER)) < (1 - _UPPER_SHARE) * letters:
        lower = sum(c.islower() for w in words for c in w)
        if lower <= (1 - _UPPER_SHARE) * letters:
            return Shout.UPPER
    content = [w for w in words if w.lower() not in _SMALL]
    if len(content) < _MIN_WORDS:
        return None
    capitalised = sum(w[0].isupper() for w in content)
    if capitalised < _TITLE_SHARE * len(content):
        return None
    # A line of names alone ("Vladimir Putin, Recep Tayyip Erdogan ...") needs no repair, but it
    # costs nothing to read: the decisions below keep names.
    return Shout.TITLE


def lower(s: str) -> str:
    """Lower case, one character for one: letters whose lower case is longer stay as they are."""
    fast = s.lower()
    if len(fast) == len(s):  # no letter grew (none shrinks): the common case, at C speed
        return fast
    return "".join(one_for_one(c, c.lower()) for c in s)


def one_for_one(c: str, changed: str) -> str:
    return changed if len(changed) == 1 else c
