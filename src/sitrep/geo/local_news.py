"""Signs that an article is US local news, which seldom names its own country or state.

"The Athens City Council", "Paris firefighters", "Mansfield council": a US local paper names its
town and nothing else; the reader knows the town is the paper's. Read alone, the bare name goes
to its most prominent namesake abroad. The wording of US local government, schools, roads,
politics and money is evidence that the article is about the United States: weak evidence (one
mention's worth), which any country the article names outweighs.
"""

from __future__ import annotations

import re

# Kinds of US local-news wording; an article needs several different kinds, not one repeated.
_CUES: dict[str, re.Pattern[str]] = {
    "money": re.compile(r"\$\s?\d"),
    "county": re.compile(
        r"\b[Cc]ounty (?:[Cc]ommission(?:ers?)?|[Bb]oard of [Ss]upervisors|[Ss]heriff|[Jj]udge|"
        r"[Cc]lerk|[Aa]ttorney|[Cc]ourthouse|[Ee]xtension)\b|\b[Ss]heriff'?s? (?:[Oo]ffice|"
        r"[Dd]epartment|[Dd]eput(?:y|ies))\b|\bcounty (?:officials|residents|roads?|jail)\b"
    ),
    "school": re.compile(
        r"\b(?:[Ss]chool [Dd]istrict|Independent School District|[Bb]oard of [Ee]ducation|"
        r"[Ss]chool [Bb]oard|[Hh]igh [Ss]chool|[Mm]iddle [Ss]chool|[Ee]lementary(?: [Ss]chool)?)\b"
    ),
    "road": re.compile(
        r"\b(?:Interstate \d+|I-\d+|U\.S\. (?:Highway|Route) \d+|(?:State )?Highway \d+|"
        r"State Route \d+|Farm[- ]to[- ]Market|FM \d+)\b"
    ),
    "politics": re.compile(
        r"\b[DR]-[A-Z][a-z]|\b(?:[Ss]tate )?(?:Sen|Rep)\. [A-Z]|\bGov\. [A-Z]|\bGOP\b|"
        r"\b(?:Democrat(?:ic|s)?|Republicans?)\b"
    ),
    "town": re.compile(
        r"\b(?:[Cc]ity [Cc]ouncil|[Cc]ity [Cc]ommission(?:ers?)?|[Aa]ldermen|[Ss]electmen|"
        r"[Tt]ownship (?:[Tt]rustees|[Cc]ommittee|[Bb]oard)|[Bb]orough [Cc]ouncil|"
        r"[Cc]ity [Mm]anager|[Cc]ouncil(?:wo)?man)\b"
    ),
}
_MIN_KINDS = 2


def us_local_cues(text: str) -> tuple[str, ...]:
    """The kinds of US local-news wording found in ``text``."""
    return tuple(kind for kind, pattern in _CUES.items() if pattern.search(text))


def reads_as_us_local_news(text: str) -> bool:
    """Whether ``text`` uses at least two different kinds of US local-news wording."""
    return len(us_local_cues(text)) >= _MIN_KINDS
