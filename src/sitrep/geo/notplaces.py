"""Names that are no place where they stand, whatever the tagger made of them: a street's
('Washington Drive'), a feast's ('St. Patrick's Day'), a disease's ('West Nile virus'), an
abbreviation's ('DUI'), a seat of government's ('the White House', whose words are also a
translation of Casablanca) or an international body's ('NATO', also a Philippine town), an
ordinary word's ('the Earth')."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from sitrep.geo.countries import country_by_demonym, country_by_name
from sitrep.geo.cues import UNIT_NOUNS, Known, Ordinary, cue_of
from sitrep.geo.mention import Cue, Mention

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = [
    "MILITARY_UNITS",
    "a_word_here",
    "code",
    "disease",
    "feast",
    "military_unit",
    "operation_names",
    "ordinal",
    "seat",
    "street",
    "street_named",
    "weapon_system",
]

# Buildings that news names for the government in them: no town, whatever a gazetteer's
# translated names say ('White House' is an alternate name of Casablanca).
_SEATS = frozenset({"white house", "kremlin", "pentagon", "downing street", "elysee palace"})


# International bodies known by their acronyms, some of which a gazetteer also holds as a
# hamlet's name ('NATO' is a town in the Philippines): in the news, always the body.
_BODIES = frozenset(
    [
        *("NATO", "OSCE", "ICRC", "IAEA", "ECOWAS", "ASEAN", "OPEC", "UNICEF", "UNHCR"),
        *("UNESCO", "UNRWA", "MONUSCO", "MINUSMA", "AMISOM", "OCHA", "UNIFIL", "UNAMA"),
    ]
)


def seat(m: Mention) -> bool:
    """A seat of government named as a building, or an international body by its acronym."""
    return m.text in _BODIES or m.text.casefold().removeprefix("the ") in _SEATS


# 'St. Patrick's Day', 'St. Valentine's Day': a feast named after a saint, no place.
_FEAST = re.compile(r"(?:'s|’s)\s+Day\b")
# An undotted upper-case code: 'DUI', 'YMCA', 'UNL'.
_UPPER_CODE = re.compile(r"[A-Z]{2,5}")


# 'West Nile virus', 'Rift Valley fever', 'Bird Flu': a disease named after a place, no place.
_DISEASE_WORDS = r"(?:virus|viruses|ebolavirus|fever|flu|influenza)"
# Not a season: 'the United States flu season' is the country's.
_DISEASE_AFTER = re.compile(rf"\s+{_DISEASE_WORDS}\b(?!\s+season)", re.IGNORECASE)
_DISEASE_NAME = re.compile(rf".*\s{_DISEASE_WORDS}", re.IGNORECASE)


def disease(text: str, m: Mention) -> bool:
    return bool(_DISEASE_AFTER.match(text, m.end) or _DISEASE_NAME.fullmatch(m.text))


# 'the Iron Dome aerial defense', 'Tomahawk missiles', 'a Patriot battery': a weapon system
# named like a place, no place. Not 'a Kharkiv missile strike', 'the Pyongyang missile
# launch': a strike or launch at or from the place.
_WEAPON_AFTER = re.compile(
    r"\s+(?:(?:aerial|air|missile|anti-missile|rocket)[\s-]+defen[cs]es?|anti-missile\b"
    r"|(?:defen[cs]e|missile|weapons?|interceptor)\s+(?:system|systems|batter(?:y|ies))\b"
    r"|interceptors?\b|missiles?\b|batter(?:y|ies)\b)"
    r"(?!\s+(?:strikes?|attacks?|barrages?|fire|launch(?:es)?|tests?|program(?:me)?s?|sites?"
    r"|bases?|hit|struck|landed))",
    re.IGNORECASE,
)


def weapon_system(text: str, m: Mention) -> bool:
    """A name before a weapon's or a defence system's noun, not a country's ('the Iron Dome
    aerial defense', 'Tomahawk missiles'; not 'Iran missile defenses'): the weapon's name."""
    if country_by_name(m.text) is not None or country_by_demonym(m.text) is not None:
        return False
    return _WEAPON_AFTER.match(text, m.end) is not None


def feast(text: str, m: Mention) -> bool:
    return _FEAST.match(text, m.end) is not None


def code(text: str, m: Mention, known: Known) -> bool:
    """An upper-case code no gazetteer or country table knows ('DUI', 'YMCA'): an offence's or
    an institution's abbreviation the tagger took for a place; places written so are known
    ('USA', 'UAE', 'DRC'). Not a word of an upper-case name ('ST. PAUL', 'SAINT PAUL')."""
    if _UPPER_CODE.fullmatch(m.text) is None or known(m.text) or text[m.end : m.end + 1] == ".":
        return False  # 'ST. PAUL': an abbreviated word of a longer name
    return _UPPER_AFTER.search(text, max(0, m.start - 8), m.start) is None


_UPPER_AFTER = re.compile(r"[A-Z]{2,}\.?\s+$")


# What a street's name ends with: 'Washington Drive', 'between Strickland and North avenues'.
_STREET_WORDS = frozenset(
    [
        *("street", "streets", "st", "avenue", "avenues", "ave", "road", "roads", "rd"),
        *("drive", "dr", "boulevard", "blvd", "lane", "ln", "parkway", "pkwy", "pike", "terrace"),
    ]
)


_STREET_NAMES = _STREET_WORDS | frozenset(["way", "highway", "hwy", "expressway", "freeway"])


def street_named(m: Mention, known: Known) -> bool:
    """A name the gazetteer lacks that ends with a street word ('West Broad Street', 'Old
    Lexington Highway', 'United Way'): a street or an organisation named like one."""
    words = m.text.split()
    last = words[-1].lower().rstrip(".") if words else ""
    return len(words) > 1 and last in _STREET_NAMES and not known(m.text)


def street(doc: Doc, m: Mention) -> bool:
    """A name opening a street's name ('Washington Drive', 'Harrison streets'), or one of names
    coordinated before a plural street word ('Lakeview and Harrison streets'): a street, no
    place of its own."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None or span[-1].lower_ in UNIT_NOUNS:
        return False  # 'Douglas County Road 4': a county's road, named with the county
    i = span.end
    if i < len(doc) and doc[i].lower_.rstrip(".") in _STREET_WORDS:
        return True
    # 'Lakeview and Harrison streets': a capitalised name or two, then the plural word.
    if i + 2 < len(doc) and doc[i].lower_ in ("and", "&"):
        for j in (i + 2, i + 3):
            if j < len(doc) and doc[j].lower_ in ("streets", "avenues", "roads"):
                return all(t.text[:1].isupper() for t in doc[i + 1 : j])
    return False


# What a numbered unit of a force is called: 'the 33rd Front', 'the 4th Brigade'.
MILITARY_UNITS = frozenset(
    {"front", "brigade", "battalion", "division", "regiment", "corps", "army", "fleet"}
    | {"squadron"}
)
_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)")
_ORDINAL_WORDS = frozenset(
    {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"}
    | {"tenth", "eleventh", "twelfth"}
)


def ordinal(text: str) -> bool:
    """A numeral of rank, in figures or in a capitalised word: '33rd', 'Fifth'."""
    return _ORDINAL.fullmatch(text) is not None or (
        text[:1].isupper() and text.casefold() in _ORDINAL_WORDS
    )


def military_unit(doc: Doc, start: int, end: int) -> int | None:
    """Where a numbered unit of a force opens ('the 33rd Front', 'the 47th Mechanised
    Brigade', 'the Fifth Fleet') when tokens ``start:end`` end with its name: a capitalised
    unit word after a rank and at most two capitalised words; None otherwise."""
    last = doc[end - 1]
    if last.text.casefold() not in MILITARY_UNITS or not last.text[:1].isupper():
        return None
    k = end - 1
    while k > 0 and end - k <= 3:
        k -= 1
        if ordinal(doc[k].text):
            return k
        if not doc[k].text[:1].isupper():
            return None
    return None


# What a body sent somewhere to act is called: 'the EU's naval operation, Atalanta,'.
_OPERATIONS = frozenset({"operation", "mission"})


def operation_names(doc: Doc) -> frozenset[str]:
    """The names the article gives an operation or a mission ('the EU's naval operation,
    Atalanta,', 'Operation Sophia'): a body's name wherever it stands, never a place's, though
    a gazetteer may hold a town of that name (Atalanta, Georgia)."""
    names: set[str] = set()
    for tok in doc:
        if tok.dep_ == "appos" and tok.head.lower_ in _OPERATIONS and tok.pos_ == "PROPN":
            words = [t for t in tok.subtree if not t.is_punct and t.i >= tok.left_edge.i]
            if words and all(t.text[:1].isupper() for t in words):
                names.add(doc[words[0].i : words[-1].i + 1].text)
        elif (
            tok.text in ("Operation", "Mission")
            and tok.i + 1 < len(doc)
            and doc[tok.i + 1].pos_ == "PROPN"
            and doc[tok.i + 1].text[:1].isupper()
        ):
            names.add(doc[tok.i + 1].text)
    return frozenset(names)


def a_word_here(doc: Doc, m: Mention, hamlet: Known, ordinary: Ordinary) -> bool:
    """A one-word name that is an ordinary English word where it stands and that only small
    towns, or no place at all, answer to ('the Earth's atmosphere', 'the March of Dimes',
    'Border Police', 'the District Attorney'): a word, whatever the NER made of it, unless the
    words around it say place ('in Hurricane', 'the town of Hope'). WordNet lists cities too
    ('gainesville'): those are not small towns."""
    if m.cue in (Cue.LOCALITY, Cue.REGION):
        return False
    span = doc.char_span(m.start, m.end)
    if span is None or len(span) != 1:
        return False
    return (
        hamlet(m.text)
        and ordinary(span[0])
        and not cue_of(doc, span.start, span.end, heads=False)[1]
    )
