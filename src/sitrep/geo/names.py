"""Name keys: one spelling-insensitive form per toponym, used by the index and the resolver.

``name_key("Mariupol'") == name_key("Mariupol")``, ``name_key("Ağcabədi") == "agcabadi"``: accents
and apostrophes are dropped, hyphens and dots become spaces, case is folded. Spelling variants that
survive this (Aghjabedi / Aghjabadi) are left to fuzzy matching in the resolver.
"""

from __future__ import annotations

import re
import unicodedata

# Letters NFKD does not decompose into an ASCII base.
_FOLD = str.maketrans(
    {
        "ə": "a",
        "Ə": "a",
        "ı": "i",
        "ł": "l",
        "Ł": "l",
        "ø": "o",
        "Ø": "o",
        "đ": "d",
        "Đ": "d",
        "ß": "ss",
        "æ": "ae",
        "œ": "oe",
        "þ": "th",
    }
)
_DROP = re.compile(r"['’ʼ`ʻ‘\"]")
_SPACE = re.compile(r"[\s\-‐–—_./,()]+")
_SAINT = re.compile(r"^(st|ste|saint|sainte) ")
_LATIN = re.compile(r"^[A-Za-z0-9\s\-'’ʼ`ʻ‘.,()/&]+$")


def name_key(text: str) -> str:
    """The lookup key of a name: ASCII, lower case, single spaces, no apostrophes."""
    t = text.translate(_FOLD)
    t = unicodedata.normalize("NFKD", t)
    t = "".join(ch for ch in t if not unicodedata.combining(ch))
    t = _DROP.sub("", t)
    t = _SPACE.sub(" ", t).strip().casefold()
    return _SAINT.sub("saint ", t)


def is_latin(text: str) -> bool:
    """True for names written in Latin letters (after dropping accents): the ones news uses."""
    t = unicodedata.normalize("NFKD", text.translate(_FOLD))
    t = "".join(ch for ch in t if not unicodedata.combining(ch))
    return bool(_LATIN.match(t))
