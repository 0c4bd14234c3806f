"""How the ACLED word patterns are written, and how they are read quickly.

The patterns are long case-insensitive alternations, many with gaps of a few words
(``(?:\\w+ ){0,3}``) and look-behinds; Python's ``re`` tries every alternative at every word
of a sentence. Most sentences hold none of a pattern's words, so each pattern gets a cheap
prefilter: its *anchors*, lower-case strings of which every match must contain one (drawn from
the pattern's own parse, so they cannot drift from it). A sentence whose lower-cased text holds
no anchor cannot match and is not searched; the answer is always the pattern's own.
"""

from __future__ import annotations

import importlib
import re
from typing import Any

# re's own parser and op codes (no public interface; read once, lazily, for the anchors only).
_PARSER = "re._parser"
_CONSTANTS = "re._constants"

# Characters outside ASCII that re.IGNORECASE matches to an ASCII letter (capital I with dot,
# dotless i, long s, the Kelvin sign): a text holding one is always searched, since lower-casing
# it need not give the letter an anchor holds.
_FOLDS_TO_ASCII = re.compile("[\u0130\u0131\u017f\u212a]")


def any_of(*alternatives: str) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(alternatives) + r")", re.IGNORECASE)


# Words too common to stand for a pattern: an anchor made of one is a poor filter.
_COMMON = frozenset(
    "a an and as at back by down for from in into of off on or out over the to up with".split()  # noqa: SIM905
)


def lowered(text: str) -> str | None:
    """The text lower-cased for :func:`may_match`, or None where anchors cannot be trusted."""
    return None if _FOLDS_TO_ASCII.search(text) else text.lower()


def may_match(pattern: re.Pattern[str], lower: str | None) -> bool:
    """False only when the pattern cannot match the text whose :func:`lowered` form is given."""
    strings = _anchors_of(pattern)
    return lower is None or strings is None or any(a in lower for a in strings)


def matches(pattern: re.Pattern[str], text: str) -> bool:
    """``pattern.search(text)`` as a truth value, searched only when the anchors allow."""
    return may_match(pattern, lowered(text)) and pattern.search(text) is not None


# Each pattern's anchors, by the pattern's id (hashing a compiled pattern hashes its whole
# code); the pattern is kept beside them, so the id stays its own.
_ANCHORS: dict[int, tuple[re.Pattern[str], tuple[str, ...] | None]] = {}


def _anchors_of(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    known = _ANCHORS.get(id(pattern))
    if known is None:
        known = _ANCHORS[id(pattern)] = (pattern, anchors(pattern))
    return known[1]


def anchors(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """Lower-case ASCII strings of which every match of the pattern contains one, or None when
    the pattern's parse gives none (then it is always searched)."""
    try:
        parser = importlib.import_module(_PARSER)
        op = importlib.import_module(_CONSTANTS)
    except ImportError:  # a Python without them: every pattern is searched, as before
        return None
    found = _required(parser.parse(pattern.pattern, pattern.flags), op)
    if found is None:
        return None
    kept: list[str] = []
    for a in sorted(found, key=lambda s: (len(s), s)):
        if not any(k in a for k in kept):  # one holding a shorter anchor adds nothing
            kept.append(a)
    return tuple(kept)


def _worth(strings: frozenset[str]) -> tuple[int, int]:
    """How well a set of anchors filters: by its weakest string (a common word is worth
    nothing), then by fewer strings."""
    return min(0 if s.strip() in _COMMON else len(s.strip()) for s in strings), -len(strings)


def _required(items: Any, op: Any) -> frozenset[str] | None:
    """Strings of which any match of the parsed sequence ``items`` holds one (lower-cased):
    a run of literal characters, or one of each alternative's strings; of the candidates, the
    one :func:`_worth` most. Look-arounds, classes and optional parts give none."""
    best: frozenset[str] | None = None

    def consider(strings: frozenset[str] | None) -> None:
        nonlocal best
        if not strings or not all(s and s.isascii() for s in strings):
            return
        if best is None or _worth(strings) > _worth(best):
            best = strings

    run: list[str] = []
    for code, arg in [*items, (None, None)]:
        if code is op.LITERAL:
            run.append(chr(arg))
            continue
        if run:
            consider(frozenset({"".join(run).lower()}))
            run = []
        if code is op.SUBPATTERN:
            consider(_required(arg[-1], op))
        elif code is op.BRANCH:
            alternatives = [_required(a, op) for a in arg[1]]
            if all(a is not None for a in alternatives):
                consider(frozenset().union(*(a for a in alternatives if a is not None)))
        elif code in (op.MAX_REPEAT, op.MIN_REPEAT, op.POSSESSIVE_REPEAT) and arg[0] >= 1:
            consider(_required(arg[2], op))
    return best
