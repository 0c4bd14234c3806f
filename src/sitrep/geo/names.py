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
# Apostrophes and quotes vanish; dashes, dots, commas, slashes and brackets separate words.
_DROP_AND_SPLIT = str.maketrans(
    {**dict.fromkeys("'’ʼ`ʻ‘\"", None), **dict.fromkeys("-‐–—_./,()", " ")}
)
_SAINT = re.compile(r"^(st|ste|saint|sainte) ")
_LATIN = re.compile(r"^[A-Za-z0-9\s\-'’ʼ`ʻ‘.,()/&]+$")
# The Unicode blocks of combining marks (what NFKD splits accents into).
_COMBINING = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")


def _strip_accents(text: str) -> str:
    t = unicodedata.normalize("NFKD", text.translate(_FOLD))
    return _COMBINING.sub("", t)


def name_key(text: str) -> str:
    """The lookup key of a name: ASCII, lower case, single spaces, no apostrophes."""
    # Built from C-level string methods only: the index build keys about a million names.
    if not text.isascii():
        text = _strip_accents(text)
    t = " ".join(text.translate(_DROP_AND_SPLIT).split()).casefold()
    if t[:2] in ("st", "sa"):
        return _SAINT.sub("saint ", t)
    return t


def is_latin(text: str) -> bool:
    """True for names written in Latin letters (after dropping accents): the ones news uses."""
    return bool(_LATIN.match(text if text.isascii() else _strip_accents(text)))


def code_key(text: str) -> str:
    """Key of a short upper-case code name ('CA', 'NY'): matched only as written, after a comma."""
    return "^" + text


def index_keys(name: str) -> tuple[str, ...]:
    """The keys under which the index files a name: its name key, or its code key for codes."""
    letters = name.replace(".", "")
    if letters.isupper() and len(letters) <= 3:
        return (code_key(name),)
    key = name_key(name)
    return (key,) if key else ()
