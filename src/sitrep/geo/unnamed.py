"""Place names the generic NER missed or split: names a locative or a unit noun marks ("in
Kelso", "Kelso district"), capitals named by their people, hyphenated pairs ("Kelso-Dorvia
road"), and the words of longer names that are no places of their own.
"""

from __future__ import annotations

import dataclasses
import re
from typing import TYPE_CHECKING

from sitrep.geo.countries import country_by_demonym
from sitrep.geo.cues import DIRECTIONS, UNIT_NOUNS, Known
from sitrep.geo.mention import Cue, Mention
from sitrep.temporal.lexicon import MONTHS

if TYPE_CHECKING:
    from spacy.tokens import Doc

_PREFIXES = frozenset(["mid", "pan", "trans", "anti", "pro", "ex", "non", "post", "pre", "inter"])

# Nouns for a place's kind that the tagger may take for part of the name before them.
UNIT_WORDS = frozenset(
    [
        *("district", "subdistrict", "sub-district", "province", "region", "county", "area"),
        *("sector", "village", "town", "city", "township", "tehsil", "municipality", "camp"),
    ]
)
_LOCATIVES = frozenset(["in", "at", "near", "outside", "around"])
# Lower-case words inside place names ('Catole do Rocha', 'Ain al Arab').
_CONNECTORS = frozenset(
    ["de", "do", "da", "dos", "das", "del", "al", "el", "ad", "an", "as", "ash"]
)
# Entity labels a piece of a place's name may wrongly carry; a date or a number is no piece.
_PIECES = frozenset(["", "ORG", "PERSON", "FAC", "PRODUCT", "NORP", "GPE", "LOC"])


def tail_of_longer_name(doc: Doc, start: int, end: int) -> bool:
    """True when the proper nouns ``start:end`` close a longer capitalised name before a place
    noun ('Let Yet Kone village', whose first words the tagger took for a verb and a
    conjunction): the name is all of it, and its last word is no town of its own."""
    if start == 0 or end >= len(doc):
        return False
    noun, before = doc[end], doc[start - 1]
    return (
        noun.is_lower
        and noun.lower_ in UNIT_WORDS
        and before.is_alpha
        and before.text[:1].isupper()
        and not before.is_sent_start
        and not before.ent_type_
        and before.lower_ not in DIRECTIONS
    )


def located_names(doc: Doc, known: Known, taken: set[int]) -> list[tuple[int, int]]:
    """Spans of two to five words after a locative word that the gazetteer knows as one name,
    where the NER did not tag the whole name as one entity, and that end where a name ends
    (not before a capitalised word: 'in New York Times' is no New York)."""
    out: list[tuple[int, int]] = []
    for i in range(1, len(doc)):
        if doc[i - 1].lower_ not in _LOCATIVES or not doc[i].text[:1].isupper() or i in taken:
            continue
        best = None
        for j in range(i + 2, min(i + 5, len(doc)) + 1):
            last = doc[j - 1]
            if any(k in taken or doc[k].ent_type_ not in _PIECES for k in range(i, j)):
                break
            if not last.text[:1].isupper():
                if last.lower_ in _CONNECTORS:
                    continue
                break
            whole = doc[i].ent_iob_ == "B" and (j == len(doc) or doc[j].ent_iob_ != "I")
            same = len({doc[k].ent_type_ for k in range(i, j)}) == 1 and doc[i].ent_type_
            if whole and same and all(doc[k].ent_iob_ == "I" for k in range(i + 1, j)):
                continue  # one entity already: the NER's reading stands
            nxt = doc[j] if j < len(doc) else None
            if nxt is not None and nxt.text[:1].isupper() and nxt.pos_ == "PROPN":
                continue
            if known(doc[i:j].text):
                best = j
        if best is not None:
            out.append((i, best))
    return out


def capitals_by_people(doc: Doc, mentions: list[Mention], known: Known) -> list[Mention]:
    """'the Libyan capital', 'the Qatari capital': the capital of the country the demonym
    names, as news calls it on second mention; the mention spans the words, its text is the
    capital's name, for the resolver."""
    taken = [(m.start, m.end) for m in mentions]
    out: list[Mention] = []
    for i in range(len(doc) - 2):
        if doc[i].lower_ != "the" or doc[i + 2].lower_ != "capital":
            continue
        country = country_by_demonym(doc[i + 1].text)
        if country is None or not country.capital or not known(country.capital):
            continue
        start, end = doc[i].idx, doc[i + 2].idx + len(doc[i + 2].text)
        if any(s < end and start < e for s, e in taken):
            continue
        out.append(Mention(start=start, end=end, text=country.capital, cue=Cue.LOCALITY))
    return out


def date_month(doc: Doc, start: int, end: int) -> bool:
    """A month's name or abbreviation before a day's number ('Nov 6', 'Sept. 27')."""
    if end - start != 1 or end >= len(doc):
        return False
    after = doc[end + 1] if doc[end].text == "." and end + 1 < len(doc) else doc[end]
    return doc[start].lower_.rstrip(".") in MONTHS and after.like_num and len(after.text) <= 2


def hyphen_pairs(
    doc: Doc, known: Known, jurisdiction: Known
) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """Two places joined by a hyphen into one name the gazetteer does not know ('Fargo-Moorhead',
    'the Paris-Henry County Rescue Squad', 'the University of Nebraska-Lincoln'): each is a
    place when one side is a state, a country or a county. Not a prefix ('Mid-America',
    'Pan-Africa'), an acronym ('the NATO-Russia Council') nor a person's hyphenated name
    ('Jean-Paul Mbusa')."""
    out: list[tuple[tuple[int, int], tuple[int, int]]] = []
    for i in range(1, len(doc) - 1):
        dash = doc[i]
        if dash.text != "-" or doc[i - 1].whitespace_ or dash.whitespace_:
            continue
        if dash.ent_type_ == "PERSON":
            continue
        left = doc[i - 1]
        if not left.text[:1].isupper() or not left.is_alpha or left.text.isupper():
            continue
        if left.lower_ in _PREFIXES:
            continue
        for n in (3, 2, 1):
            right = doc[i + 1 : i + 1 + n]
            if len(right) < n or not all(t.text[:1].isupper() and t.is_alpha for t in right):
                continue
            if known(doc[i - 1 : i + 1 + n].text) or not (known(left.text) and known(right.text)):
                continue
            county = right[-1].lower_ in UNIT_NOUNS
            if county or jurisdiction(left.text) or jurisdiction(right.text):
                out.append(((i - 1, i), (i + 1, i + 1 + n)))
            break
    return out


_WORD = re.compile(r"[^\W\d_][\w'’]*")
_WORD_BEFORE_HYPHEN = re.compile(r"(?<![\w-])[^\W\d_][\w'’]*-$")


def hyphenated(text: str, mentions: list[Mention], known: Known) -> list[Mention]:
    """Two mentions joined by a hyphen or a space into a name the gazetteer knows are that one
    place ('Guinea-Bissau', 'Saxony-Anhalt', 'DR Congo'): the tokenizer splits at the hyphen,
    and the NER may tag the halves apart."""
    out: list[Mention] = []
    for m in mentions:
        rest = _WORD.match(text, m.end) if m.text.endswith("-") else None
        if rest is None and text[m.end : m.end + 1] == "-":
            rest = _WORD.match(text, m.end + 1)  # 'KwaZulu' tagged without '-Natal'
        if rest is not None and known(text[m.start : rest.end()]):
            # 'Saxony-' tagged without 'Anhalt'
            m = dataclasses.replace(m, end=rest.end(), text=text[m.start : rest.end()])
        first = _WORD_BEFORE_HYPHEN.search(text, max(0, m.start - 40), m.start)
        if (
            first is not None
            and (not out or out[-1].end <= first.start())
            and known(text[first.start() : m.end])
        ):
            # 'Nagorno-Karabakh' whose first part no tagger or table knows alone
            m = dataclasses.replace(m, start=first.start(), text=text[first.start() : m.end])
        prev = out[-1] if out else None
        gap = text[prev.end : m.start] if prev is not None else None
        if prev is not None and (
            gap == " " or (gap in ("-", "") and "-" in text[prev.end - 1 : m.start + 1])
        ):
            joined = text[prev.start : m.end]
            if known(joined):
                out[-1] = dataclasses.replace(prev, end=m.end, text=joined)
                continue
        out.append(m)
    return out
