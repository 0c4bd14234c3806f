"""Reading the figures that news gives for people: '1,166', 'three', 'a dozen', 'hundreds'.

A figure is a :class:`~sitrep.records.Count`. Vague plurals of a round unit are ranges, not
numbers: the plural of a unit U reads as U up to just under the next order of magnitude, so 'dozens' is
12..99, 'hundreds' 100..999, 'thousands' 1,000..9,999 and 'tens of thousands' 10,000..99,999.
'Hundreds, if not thousands' widens to the upper unit's range (100..9,999). 'Several' and
'a few' multiply the unit that follows (or 1): 'several' 3..9, 'a few' 2..5, so 'several
hundred' is 300..900. The qualifier words before a figure ('at least', 'nearly', 'more than')
set :class:`~sitrep.records.Qualifier`; a figure without one is EXACT.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sitrep.numerals import ONES, TENS
from sitrep.records import Count, Qualifier

UNITS: dict[str, int] = {
    **ONES,
    "zero": 0,
    "no": 0,
    "a": 1,
    "an": 1,
    "single": 1,
    "both": 2,
    "pair": 2,
    "couple": 2,
}
MULTIPLIERS: dict[str, int] = {
    "dozen": 12,
    "score": 20,
    "hundred": 100,
    "thousand": 1_000,
    "million": 1_000_000,
    "billion": 1_000_000_000,
}
# Vague amounts: (low, high) of the multiplier that follows, or of 1.
VAGUE: dict[str, tuple[int, int]] = {"several": (3, 9), "few": (2, 5), "handful": (2, 5)}

# Qualifier phrases before a figure (lower-cased, space-joined), longest first when matching.
QUALIFIERS: dict[str, Qualifier] = {
    "at least": Qualifier.AT_LEAST,
    "no fewer than": Qualifier.AT_LEAST,
    "no less than": Qualifier.AT_LEAST,
    "a minimum of": Qualifier.AT_LEAST,
    "not less than": Qualifier.AT_LEAST,
    "more than": Qualifier.MORE_THAN,
    "over": Qualifier.MORE_THAN,
    "upwards of": Qualifier.MORE_THAN,
    "in excess of": Qualifier.MORE_THAN,
    "above": Qualifier.MORE_THAN,
    "beyond": Qualifier.MORE_THAN,
    "exceeding": Qualifier.MORE_THAN,
    "about": Qualifier.ABOUT,
    "around": Qualifier.ABOUT,
    "approximately": Qualifier.ABOUT,
    "roughly": Qualifier.ABOUT,
    "some": Qualifier.ABOUT,
    "an estimated": Qualifier.ABOUT,
    "estimated": Qualifier.ABOUT,
    "circa": Qualifier.ABOUT,
    "closer to": Qualifier.ABOUT,  # 'the toll was closer to 70': a correction, about 70
    "nearly": Qualifier.NEARLY,
    "almost": Qualifier.NEARLY,
    "close to": Qualifier.NEARLY,
    "nearing": Qualifier.NEARLY,
    "approaching": Qualifier.NEARLY,
    "just under": Qualifier.NEARLY,
    "up to": Qualifier.AT_MOST,
    "as many as": Qualifier.AT_MOST,
    "at most": Qualifier.AT_MOST,
    "no more than": Qualifier.AT_MOST,
    "fewer than": Qualifier.AT_MOST,
    "less than": Qualifier.AT_MOST,
    "below": Qualifier.AT_MOST,  # 'the toll was below 20'
    "under": Qualifier.AT_MOST,
}
# Verbs whose object is a figure they qualify: 'the toll was nearing 5,000'.
QUALIFYING_VERBS: dict[str, Qualifier] = {
    "near": Qualifier.NEARLY,
    "approach": Qualifier.NEARLY,
    "exceed": Qualifier.MORE_THAN,
    "top": Qualifier.MORE_THAN,
    "surpass": Qualifier.MORE_THAN,
    "pass": Qualifier.MORE_THAN,
}

_DIGITS = re.compile(r"^\d{1,3}(?:,\d{3})+$|^\d+(?:\.\d+)?$")


def is_number_word(word: str) -> bool:
    """True for the words a figure is made of ('1,166', 'three', 'dozen', 'hundreds')."""
    w = word.lower().rstrip("s") if word.lower() not in UNITS else word.lower()
    if _DIGITS.match(word) or word.lower() in UNITS or word.lower() in TENS:
        return word.lower() not in {"a", "an", "no", "both", "single", "pair", "couple"}
    if "-" in word:
        return all(is_number_word(p) for p in word.split("-") if p)
    # 'tens' (of thousands) is a plural unit like 'dozens', though 'ten' is a unit word
    return w in MULTIPLIERS or w in TENS or word.lower() in VAGUE or word.lower() == "tens"


# No count of casualties comes near a billion people: a bigger number is a misreading, an amount
# of money or a typo (and a float would invent digits past its precision: '99999999999999999999'
# read as 99999999999999996863...). It also keeps every figure within a 32-bit column.
MAX_PEOPLE = 1_000_000_000


def _digits(word: str) -> float | None:
    if _DIGITS.match(word):
        plain = word.replace(",", "")
        if len(plain.split(".")[0]) > len(str(MAX_PEOPLE)):
            return float("inf")
        return float(plain)
    return None


@dataclass(frozen=True, slots=True)
class Figure:
    """A number read from words: low..high (high None when exact)."""

    low: int
    high: int | None = None


def read_number(words: list[str]) -> Figure | None:
    """The figure that ``words`` spell, or None. Words are one figure's tokens, in order.

    >>> read_number(["1,166"])
    Figure(low=1166, high=None)
    >>> read_number(["a", "dozen"])
    Figure(low=12, high=None)
    >>> read_number(["hundreds"])
    Figure(low=100, high=999)
    """
    words = [w.lower() for w in words if w not in {"-", "–", "—", ",", "and", "of"}]
    expanded: list[str] = []
    for w in words:
        expanded.extend([w] if _DIGITS.match(w) else [p for p in w.split("-") if p])
    words = expanded
    if not words:
        return None
    total = 0.0
    current = 0.0
    seen = False
    vague: tuple[int, int] | None = None
    plural_unit: int | None = None
    for w in words:
        number = _digits(w)
        if number is not None:
            current += number
            seen = True
        elif w in UNITS:
            current += UNITS[w]
            seen = True
        elif w in TENS:
            current += TENS[w]
            seen = True
        elif w in VAGUE:
            vague = VAGUE[w]
        elif w in MULTIPLIERS:
            current = (current or 1) * MULTIPLIERS[w]
            if MULTIPLIERS[w] >= 1_000:
                total += current
                current = 0
            seen = True
        elif w.endswith("s") and w[:-1] in MULTIPLIERS:
            unit = MULTIPLIERS[w[:-1]]
            if plural_unit is not None and (total or current) == 0:
                # 'tens of thousands': the first plural scales the second
                plural_unit = plural_unit * unit
            elif plural_unit is None and (current or total):
                return None
            else:
                plural_unit = unit
        elif w.endswith("s") and w[:-1] in TENS:
            # 'tens' before a multiplier
            plural_unit = 10 if w == "tens" else TENS[w[:-1]]
        elif w == "tens":
            plural_unit = 10
        else:
            return None
    if plural_unit is not None:
        # up to just under the next order of magnitude: dozens 12..99, hundreds 100..999
        return Figure(plural_unit, 10 ** len(str(plural_unit)) - 1)
    if total + current > MAX_PEOPLE:
        return None
    value = round(total + current)
    if vague is not None:
        unit = value if seen else 1
        return Figure(vague[0] * unit, vague[1] * unit)
    if not seen:
        return None
    return Figure(value)


def qualifier_before(words: list[str]) -> tuple[Qualifier, int] | None:
    """The qualifier the words just before a figure end with, and how many words it takes.

    >>> qualifier_before(["killed", "at", "least"])
    (<Qualifier.AT_LEAST: 'at_least'>, 2)
    """
    lowered = [w.lower() for w in words]
    for n in (3, 2, 1):
        if len(lowered) >= n:
            phrase = " ".join(lowered[-n:])
            if phrase in QUALIFIERS:
                return QUALIFIERS[phrase], n
    return None


def count_of(figure: Figure, qualifier: Qualifier | None) -> Count:
    """A Count from a figure and its qualifier; a range with no qualifier reads as ABOUT."""
    if figure.high is not None and figure.high != figure.low:
        return Count(value=figure.low, qualifier=qualifier or Qualifier.ABOUT, high=figure.high)
    return Count(value=figure.low, qualifier=qualifier or Qualifier.EXACT)
