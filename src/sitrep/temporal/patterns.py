"""Tokens with lexical categories, and a tiny pattern language over them.

A pattern is a line of elements separated by spaces:

- ``MONTH`` (upper case) matches a token of that lexical category;
- ``the`` (lower case) matches that word, case-insensitively; ``,`` ``.`` ``-`` match themselves;
- ``a|an|one`` or ``MONTH|SEASON`` match any of the alternatives;
- a trailing ``?`` makes the element optional.

So ``"MONTH .? DAY ,? YEAR?"`` reads "Oct. 17", "October 17, 2020" and "Oct 17th 2020". Matching
tries every way through the optional elements and keeps the longest.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import NamedTuple

from sitrep.numerals import TENS
from sitrep.temporal import lexicon as lx

# Words; numbers with their date separators kept together (2020-10-17, 10/17/2020, 1,166, 17th);
# decades ('90s); a.m./p.m.; any other single character.
_TOKEN = re.compile(
    r"(?i:[ap]\.m\.)"
    r"|\d{1,2}:\d{2}"
    r"|\d+(?:[-/.]\d+)+"
    r"|\d{1,3}(?:,\d{3})+"
    r"|\d+(?:st|nd|rd|th|s)?(?![A-Za-z])"
    r"|'\d\ds"
    r"|[A-Za-z]+"
    r"|\S"
)
_ISO_DATE = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_SLASH_DATE = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})$")
_DIGITS = re.compile(r"^(\d+)(st|nd|rd|th)?$")
_DECADE = re.compile(r"^(?:(\d{3})0|'?(\d)0)s$")
_CLOCK = re.compile(r"^(\d{1,2}):(\d{2})$")


class Token(NamedTuple):
    text: str
    start: int
    end: int
    cats: frozenset[str]
    lower: str

    def keys(self) -> frozenset[str]:
        """What a pattern element can match on: the categories and the word itself."""
        return self.cats | {self.lower}


def categories(text: str) -> frozenset[str]:
    """The lexical categories of one token; the grammar's patterns refer to these names."""
    low = text.lower()
    cap = text[:1].isupper()
    cats: set[str] = set()
    if low in lx.MONTHS and (low not in lx.MONTHS_NEEDING_CAPITAL or cap):
        cats.add("MONTH")
    if low in lx.WEEKDAYS and (low not in lx.WEEKDAY_ABBREVIATIONS or cap):
        cats.add("WEEKDAY")
    if low.endswith("s") and low[:-1] in lx.WEEKDAYS and low[:-1].endswith("day"):
        cats.add("WEEKDAYS")
    if low in lx.SEASONS:
        cats.add("SEASON")
    if low in lx.PARTS_OF_DAY:
        cats.add("PARTDAY")
    if low in lx.UNITS:
        cats.add("UNIT")
        if low.endswith("s") or low == "centuries":
            cats.add("UNITS")
    if low in lx.FREQUENCIES:
        cats.add("FREQ")
    if low in lx.NUMBER_WORDS:
        cats.add("NUMBER")
    if low in lx.VAGUE_NUMBERS:
        cats.add("VAGUE")
    if low in lx.ORDINALS:
        cats.add("ORDINAL")
        if low.isalpha():
            cats.add("DAY")  # "March eighth", "the first of May"
    if low in lx.SHIFTS:
        cats.add("SHIFT")
    if low in lx.DEICTIC_DAYS:
        cats.add("DEICTIC")
    if low in lx.REFERENCES:
        cats.add("REF")
    if m := _DIGITS.match(low):
        n = int(m[1])
        if m[2]:
            cats.update(("ORDINAL", "DAY") if 1 <= n <= 31 else ("ORDINAL",))
        else:
            cats.add("NUMBER")
            if 1 <= n <= 31 and len(m[1]) <= 2:
                cats.add("DAY")
            if len(m[1]) == 4 and 1000 <= n <= 2199:
                cats.add("YEAR")
            if len(m[1]) <= 2:
                cats.add("SMALL")
    elif "," in low and low.replace(",", "").isdigit():
        cats.add("NUMBER")
    if _DECADE.match(low) or low in lx.DECADE_WORDS:
        cats.add("DECADE")
    if _ISO_DATE.match(low):
        cats.add("ISODATE")
    if _SLASH_DATE.match(low):
        cats.add("SLASHDATE")
    if _CLOCK.match(low):
        cats.add("CLOCK")
    if low == "1/2":
        cats.add("HALF")  # "2 1/2 years"
    if low in lx.TIME_ZONES and text.isupper():
        cats.add("TZ")
    if low in ("a.m.", "p.m.", "am", "pm"):
        cats.add("MERIDIEM")
    if low in lx.EVENT_NOUNS:
        cats.add("EVENT")
    if low in ("christmas", "easter", "thanksgiving") and cap:
        cats.add("HOLIDAY")
    return frozenset(cats)


def tokenize(text: str, *, start: int = 0, end: int | None = None) -> list[Token]:
    """Tokens of ``text[start:end]`` with offsets into ``text``; a year said in words
    ("nineteen ninety-four") is one token of category YEAR whose ``lower`` is its digits."""
    stop = len(text) if end is None else end
    tokens = [
        Token(m[0], m.start(), m.end(), _categories(m[0]), m[0].lower())
        for m in _TOKEN.finditer(text, start, stop)
    ]
    for i in range(1, len(tokens)):
        if "\n" in text[tokens[i - 1].end : tokens[i].start]:
            # The first word of a line (after a headline or a dateline): a capital there is
            # no sign of a title.
            tokens[i] = tokens[i]._replace(cats=tokens[i].cats | _LINE_START)
    return _years_in_words(text, _split_day_ranges(tokens))


_DAY_RANGE = re.compile(r"^(\d{1,2})-(\d{1,2})$")


def _split_day_ranges(tokens: list[Token]) -> list[Token]:
    """ "Oct. 9-11", "9-11 October": a range of days beside a month is two days and a dash
    (elsewhere "9-11" stays one token: a score, a name, a count)."""
    out: list[Token] = []
    for i, tok in enumerate(tokens):
        m = _DAY_RANGE.match(tok.text)
        before = tokens[i - 2 : i]
        month_before = any("MONTH" in t.cats for t in before) and (
            "MONTH" in before[-1].cats or before[-1].text == "."
        )
        month_after = i + 1 < len(tokens) and "MONTH" in tokens[i + 1].cats
        if m is None or not (month_before or month_after):
            out.append(tok)
            continue
        a, b = m.start(2) - 1, m.start(2)
        out.append(Token(m[1], tok.start, tok.start + a, _categories(m[1]), m[1]))
        out.append(Token("-", tok.start + a, tok.start + b, _categories("-"), "-"))
        out.append(Token(m[2], tok.start + b, tok.end, _categories(m[2]), m[2]))
    return out


_LINE_START = frozenset({"LINE_START"})


_YEAR_CATS = frozenset({"YEAR"})


def _adjacent(tokens: Sequence[Token], i: int) -> bool:
    return i < len(tokens) and tokens[i].start - tokens[i - 1].end <= 1


def _year_words_at(tokens: Sequence[Token], i: int) -> tuple[int, int] | None:
    """(year, tokens used) for a year in words starting at token ``i``, if one is there.

    Only forms that are no count: "nineteen ninety-four", "eighteen seventy"; and "two
    thousand (and) one" right after the word "year"."""
    low = tokens[i].lower
    if low in lx.CENTURY_WORDS and _adjacent(tokens, i + 1):
        tens = TENS.get(tokens[i + 1].lower)
        if tens is None:
            return None
        year, used = lx.CENTURY_WORDS[low] + tens, 2
        if (
            _adjacent(tokens, i + 2)
            and tokens[i + 2].text == "-"
            and _adjacent(tokens, i + 3)
            and tokens[i + 3].lower in lx.UNIT_WORDS
        ):
            year, used = year + lx.UNIT_WORDS[tokens[i + 3].lower], 4
        return year, used
    if low == "two" and i > 0 and tokens[i - 1].lower == "year" and _adjacent(tokens, i + 1):
        if tokens[i + 1].lower != "thousand":
            return None
        j = i + 2
        if _adjacent(tokens, j) and tokens[j].lower == "and":
            j += 1
        n = lx.NUMBER_WORDS.get(tokens[j].lower) if _adjacent(tokens, j) else None
        if n is not None and 1 <= n < 20 and tokens[j].lower not in ("a", "an", "half", "dozen"):
            return 2000 + n, j + 1 - i
        return 2000, 2
    return None


def _years_in_words(text: str, tokens: list[Token]) -> list[Token]:
    if not any(t.lower in lx.CENTURY_WORDS or t.lower == "thousand" for t in tokens):
        return tokens
    out: list[Token] = []
    i = 0
    while i < len(tokens):
        found = _year_words_at(tokens, i)
        if found is None:
            out.append(tokens[i])
            i += 1
            continue
        year, used = found
        first, last = tokens[i], tokens[i + used - 1]
        out.append(
            Token(text[first.start : last.end], first.start, last.end, _YEAR_CATS, str(year))
        )
        i += used
    return out


_categories = functools.lru_cache(maxsize=65536)(categories)


# --- the pattern language ---------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Element:
    alternatives: tuple[str, ...]
    optional: bool

    def accepts(self, token: Token) -> str | None:
        """The alternative the token matches, if any (categories are upper case, words lower
        case, so neither can match the other)."""
        for alt in self.alternatives:
            if alt in token.cats or alt == token.lower:
                return alt
        return None


def required(elements: tuple[Element, ...]) -> tuple[frozenset[str], ...]:
    """For each element that must match, what can match it: a sentence lacking all of one
    set cannot hold the pattern."""
    return tuple(frozenset(el.alternatives) for el in elements if not el.optional)


def openers(elements: tuple[Element, ...]) -> frozenset[str]:
    """Every category or word that can match a pattern's first token."""
    out: set[str] = set()
    for el in elements:
        out.update(el.alternatives)
        if not el.optional:
            break
    return frozenset(out)


def compile_pattern(pattern: str) -> tuple[Element, ...]:
    out: list[Element] = []
    for item in pattern.split():
        optional = item.endswith("?") and len(item) > 1
        body = item[:-1] if optional else item
        out.append(Element(tuple(body.split("|")), optional))
    return tuple(out)


@dataclass(slots=True)
class Match:
    """One way a pattern matched: the tokens and, per category or word, the tokens it took."""

    tokens: Sequence[Token]
    start: int  # token index
    end: int  # token index, exclusive
    captures: dict[str, list[Token]] = field(default_factory=dict)

    def get(self, name: str) -> Token | None:
        found = self.captures.get(name)
        return found[0] if found else None

    def all(self, name: str) -> list[Token]:
        return self.captures.get(name, [])

    def has(self, name: str) -> bool:
        return name in self.captures

    @property
    def words(self) -> list[str]:
        return [t.lower for t in self.tokens[self.start : self.end]]


def match_at(elements: tuple[Element, ...], tokens: Sequence[Token], start: int) -> list[Match]:
    """Every way the pattern matches from token ``start``, longest first (one per length)."""
    found: dict[int, Match] = {}

    def walk(e: int, i: int, caps: list[tuple[str, Token]]) -> None:
        if e == len(elements):
            if i > start and i not in found:
                grouped: dict[str, list[Token]] = {}
                for name, tok in caps:
                    grouped.setdefault(name, []).append(tok)
                found[i] = Match(tokens, start, i, grouped)
            return
        el = elements[e]
        if i < len(tokens):
            alt = el.accepts(tokens[i])
            # Tokens of one expression are separated by at most a little white space.
            if alt is not None and (i == start or tokens[i].start - tokens[i - 1].end <= 2):
                walk(e + 1, i + 1, [*caps, (alt, tokens[i])])
        if el.optional:
            walk(e + 1, i, caps)

    walk(0, start, [])
    return [found[end] for end in sorted(found, reverse=True)]


Builder = Callable[[Match], object]
