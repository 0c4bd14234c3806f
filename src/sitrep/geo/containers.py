"""Containers and written hierarchies: 'Martuni, Nagorno-Karabakh' and 'Lumbishi (Kalehe,
Sud-Kivu)', where a place is written with the units it lies in; and mentions for spans given from
outside, with the same cues and containers."""

from __future__ import annotations

import dataclasses
import itertools
import re
from typing import TYPE_CHECKING

from sitrep.geo.cues import LOCATIVE, Known, cue_of, mark_actors, small_place
from sitrep.geo.mention import Mention

if TYPE_CHECKING:
    from spacy.tokens import Doc


def mentions_at(doc: Doc, spans: list[tuple[int, int]]) -> list[Mention]:
    """Mentions for toponym spans given from outside (gold annotations), with their cues.

    For evaluating resolution alone: the same cues and containers as :func:`recognize` gives.
    """
    text = doc.text
    found: list[Mention] = []
    for start, end in sorted(set(spans)):
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or span.start >= span.end:
            continue
        cue, _ = cue_of(doc, span.start, span.end)
        found.append(
            Mention(
                start=start,
                end=end,
                text=text[start:end],
                cue=cue,
                ner=span[0].ent_type_ or None,
                small=small_place(doc, span.start, span.end),
            )
        )
    return link_containers(text, mark_actors(doc, found))


_DASHES = frozenset(["-", "–", "—", "--"])


def split_commas(doc: Doc, start: int, end: int, *, dashes: bool = False) -> list[tuple[int, int]]:
    """'Long Beach, Calif.' tagged as one entity: two toponyms. With ``dashes``, also the names
    either side of a dash set off by spaces ('Central Africa - Nigeria'; a hyphen joins one
    name: 'Guinea-Bissau')."""
    parts: list[tuple[int, int]] = []
    s = start
    for k in range(start, end):
        spaced_dash = (
            dashes
            and doc[k].text in _DASHES
            and k > start
            and bool(doc[k - 1].whitespace_)
            and bool(doc[k].whitespace_)
        )
        if doc[k].text == "," or spaced_dash:
            if k > s:
                parts.append((s, k))
            s = k + 1
    if end > s:
        parts.append((s, end))
    return parts


def link_containers(text: str, mentions: list[Mention]) -> list[Mention]:
    """Each mention followed by ', X' or ' (X' may lie in X ('Martuni, Nagorno-Karabakh',
    'Lumbishi (Kalehe, Sud-Kivu)'); not in a list of three or more ('Shushi, Terter, Barda
    and Lachin')."""
    seps = [text[m.end : n.start].strip() for m, n in itertools.pairwise(mentions)]
    listed: set[int] = set()
    k = 0
    while k < len(seps):
        j = k
        while j < len(seps) and seps[j] == ",":
            j += 1
        if j - k >= 2 and j < len(seps) and seps[j] in ("and", ", and", "or", ", or"):
            listed.update(range(k, j))
        k = j + 1
    out: list[Mention] = []
    for k, m in enumerate(mentions):
        nxt = mentions[k + 1] if k + 1 < len(mentions) else None
        prev = mentions[k - 1] if k > 0 else None
        if nxt is not None and k not in listed and seps[k] in (",", "("):
            m = dataclasses.replace(m, container=(nxt.start, nxt.end))
        elif prev is not None and _OWNER.fullmatch(text[prev.end : m.start]):
            # "Cameroon's restive North West region", "Syria's Idlib province": in the owner
            m = dataclasses.replace(m, container=(prev.start, prev.end))
        out.append(m)
    return out


# What lies between a place and the place it holds: "'s", and at most two lower-case words
# ("Syria's northwestern Idlib", "Cameroon's restive North West region").
_OWNER = re.compile(r"['’]s(?:\s+[a-z][a-z-]*){0,2}\s+")


# Unit words a name may carry inside a written hierarchy ('Ado LGA', 'Kalehe territory').
_HIERARCHY_WORDS = frozenset(
    [
        "village",
        "locality",
        "town",
        "city",
        "district",
        "subdistrict",
        "sub-district",
        "county",
        "sub-county",
        "subcounty",
        "lga",
        "township",
        "territory",
        "regency",
        "province",
        "governorate",
        "state",
        "region",
        "municipality",
        "commune",
        "department",
        "area",
    ]
)
_PRONOUNS = frozenset(["he", "she", "it", "they", "we", "i", "you", "who"])
_MAX_HIERARCHY = 16  # tokens inside the parentheses


def _name_part(doc: Doc, start: int, end: int) -> bool:
    """Capitalised name words, with a unit word at the end: 'Sud-Kivu', 'Ado LGA', 'Buenos Aires'."""
    if start >= end or not doc[start].text[:1].isupper():
        return False
    for k, tok in enumerate(doc[start:end], start):
        if tok.text in ("-", "'", "’") or tok.text[:1].isupper():
            continue
        if k == end - 1 and tok.lower_ in _HIERARCHY_WORDS:
            continue
        return False
    return True


def _acronym(doc: Doc, start: int, end: int) -> bool:
    letters = "".join(c for t in doc[start:end] for c in t.text if c.isalpha())
    return letters.isupper() and len(letters) <= 6


def hierarchies(
    doc: Doc, known: Known, jurisdiction: Known
) -> list[tuple[tuple[int, int], list[tuple[int, int]]]]:
    """Places written with their containing units in parentheses: 'Lumbishi (Kalehe, Sud-Kivu)',
    'Martinez (Buenos Aires)', 'Chikun LGA (Kaduna)'.

    Each: the token span of the name before the parentheses and those of the units inside,
    narrowest first. The units must be capitalised names, not abbreviations ('the Food and Drug
    Administration (FDA)'), and the gazetteer must know them as units: the last one a country or
    first-level unit (a ``jurisdiction``), or, of two or more, one at least a place. The name
    before them is then a place too, known or not ('Kipulu village (Shabunda, Sud-Kivu)').
    """
    out: list[tuple[tuple[int, int], list[tuple[int, int]]]] = []
    for i, tok in enumerate(doc):
        if tok.text != "(" or i == 0:
            continue
        close = next(
            (k for k in range(i + 1, min(len(doc), i + _MAX_HIERARCHY)) if doc[k].text == ")"),
            None,
        )
        if close is None or close == i + 1:
            continue
        parts = split_commas(doc, i + 1, close)
        if not all(_name_part(doc, s, e) and not _acronym(doc, s, e) for s, e in parts):
            continue
        texts = [doc[s:e].text for s, e in parts]
        if not jurisdiction(texts[-1]) and not (len(texts) > 1 and any(map(known, texts))):
            continue
        # The name before: capitalised words, with a unit word at its end ('Kipulu village').
        end = i
        start = end
        if start > 0 and doc[start - 1].lower_ in _HIERARCHY_WORDS:
            start -= 1
        while start > 0 and (
            doc[start - 1].text[:1].isupper() or doc[start - 1].text in ("-", "'")
        ):
            start -= 1
        while start < end and not doc[start].text[:1].isupper():
            start += 1
        if start >= end or not _name_part(doc, start, end):
            continue
        if end - start == 1 and (
            doc[start].lower_ in _PRONOUNS
            or (doc[start].is_sent_start and doc[start].pos_ != "PROPN")
        ):
            continue  # 'Police (Kaduna)', 'He (Wilson)': a sentence's first word, no name
        if (
            doc[start].ent_type_ == "PERSON"
            and not known(doc[start:end].text)
            and not (start > 0 and doc[start - 1].lower_ in LOCATIVE)
        ):
            continue  # 'Lander Dircken (Atariac, Belgium)': a person, with team and country
        out.append(((start, end), parts))
    return out
