"""Toponym recognition: which spans of a parsed article name places.

The generic NER is a start, not the answer: in conflict news it tags towns as people or
organisations ("Stepanakert" PERSON, "Martuni" ORG). So a span is a toponym when

* the NER calls it a place (GPE, LOC) and it is not a demonym or part of an organisation's name; or
* it names a gazetteer place and the words around it say it is one: a locative preposition
  ("in X", "near X"), a place noun ("the town of X", "the X region", "X district"), "X-based",
  or a containing place after a comma ("Martuni, Nagorno-Karabakh").

Person names that are also towns ("Aliyev said") carry no such cue and stay people; organisation
names ("Minsk Group", "Organization for Security and Cooperation in Europe") are not places.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sitrep.geo.countries import country_by_demonym, country_by_name

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

__all__ = ["Cue", "Mention", "mentions_at", "recognize"]


class Cue:
    """What the context says about the kind of place (hints for the resolver)."""

    REGION = "region"  # "the X region", "X province", "X district"
    LOCALITY = "locality"  # "the town of X", "the village of X"
    # "X woman", "X native": a name modifying a resident. English says "a Lebanese woman", so a
    # country's name used this way ("a Lebanon woman") is a town's.
    RESIDENT = "resident"
    NONE = ""


@dataclass(frozen=True, slots=True)
class Mention:
    start: int  # character offsets into the article text
    end: int
    text: str
    cue: str = Cue.NONE
    # The mention right after ", " that may contain this one ("Martuni, Nagorno-Karabakh").
    container: tuple[int, int] | None = None
    ner: str | None = None  # the NER label it carried, if any


_LOCATIVE = frozenset(
    [
        "in",
        "near",
        "at",
        "from",
        "to",
        "into",
        "outside",
        "around",
        "toward",
        "towards",
        "across",
        "inside",
        "through",
        "via",
        "within",
        "between",
        "north",
        "south",
        "east",
        "west",
        "northeast",
        "northwest",
        "southeast",
        "southwest",
    ]
)
_REGION_NOUNS = frozenset(
    [
        "region",
        "province",
        "district",
        "county",
        "oblast",
        "governorate",
        "state",
        "territory",
        "area",
        "enclave",
        "republic",
        "prefecture",
        "canton",
        "municipality",
        "raion",
        "rayon",
        "parish",
        "borough",
        "valley",
    ]
)
_LOCALITY_NOUNS = frozenset(
    ["town", "city", "village", "settlement", "capital", "hamlet", "suburb", "port"]
)
# "residents of X", "the outskirts of X": nouns whose "of" introduces a place.
_OF_PLACE_NOUNS = frozenset(
    [
        "residents",
        "inhabitants",
        "people",
        "citizens",
        "outskirts",
        "centre",
        "center",
        "suburbs",
        "streets",
        "edge",
        "mayor",
        "governor",
        "heart",
        "parts",
        "part",
        "outside",
        "districts",
        "neighbourhoods",
        "neighborhoods",
        "areas",
    ]
)
# "Becker, Clay and Wilkin counties": a plural unit noun after a list of names.
_PLURAL_REGION_NOUNS = frozenset(
    [
        "counties",
        "provinces",
        "districts",
        "regions",
        "parishes",
        "oblasts",
        "governorates",
        "municipalities",
        "townships",
        "states",
        "cities",
        "towns",
        "villages",
    ]
)
# "Alexandria woman", "Fargo police", "the Douglas County Sheriff's Office": a place name
# modifying a resident or a local institution is still the name of the place.
_LOCAL_HEADS = frozenset(
    [
        "man",
        "woman",
        "men",
        "women",
        "teen",
        "teens",
        "teenager",
        "boy",
        "girl",
        "youth",
        "resident",
        "residents",
        "native",
        "natives",
        "family",
        "couple",
        "voters",
        "students",
        "police",
        "sheriff",
        "fire",
        "firefighters",
        "deputies",
        "officers",
        "officials",
        "authorities",
        "mayor",
        "council",
        "councilman",
        "councilwoman",
        "commissioner",
        "commission",
        "commissioners",
        "city",
        "township",
        "school",
        "schools",
        "high",
        "hospital",
        "department",
        "chamber",
        "board",
        "legislature",
        "national",
        "state",
        "public",
        "pta",
        "area",
        "airport",
        "library",
        "court",
        "courthouse",
        "jail",
        "metro",
    ]
)
_RESIDENT_HEADS = frozenset(
    [
        "man",
        "woman",
        "men",
        "women",
        "teen",
        "teens",
        "teenager",
        "boy",
        "girl",
        "resident",
        "residents",
        "native",
        "natives",
        "couple",
        "firefighters",
    ]
)
# "Sen. Tom Bakk, DFL-Cook": a legislator's party and home town.
_PARTY_LETTERS = frozenset({"R", "D", "I", "DFL", "GOP"})
_PLACE_LABELS = frozenset({"GPE", "LOC"})
_OTHER_LABELS = frozenset({"PERSON", "ORG", "NORP", "FAC", "PRODUCT", "WORK_OF_ART", ""})
_ORG_LINKS = frozenset({"in", "of", "for", "on"})
_POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")

# A lookup that says whether a name is in the gazetteer (and how strongly: the best prior).
Known = Callable[[str], bool]
# Whether a capitalised word is an ordinary English noun or adjective where it stands.
Ordinary = Callable[["Token"], bool]
_DISTANCE_UNITS = frozenset(["miles", "mile", "kilometres", "kilometers", "km", "kilometre"])
_UNIT_NOUNS = frozenset(["county", "parish", "township", "borough", "district", "province"])
_DIRECTIONS = frozenset(
    [
        *("north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest"),
        *("northern", "southern", "eastern", "western", "central", "upper", "lower", "middle"),
    ]
)
# Tokens after which a capital letter says nothing about names: dateline dashes, quotes.
_OPENERS = frozenset(["—", "–", "--", ":", '"', "“", "‘", "'", "("])


def _trim(span: Span) -> tuple[int, int] | None:
    """Token bounds without a leading 'the' and trailing possessive or punctuation."""
    start, end = span.start, span.end
    doc = span.doc
    while start < end and (doc[start].lower_ == "the" or doc[start].is_punct):
        start += 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].tag_ == "POS"):
        if _abbreviation_dot(doc, end - 1):
            break
        end -= 1
    return (start, end) if end > start else None


def _abbreviation_dot(doc: Doc, i: int) -> bool:
    """'W.Va' + '.': the tokenizer split off the last dot of an abbreviation."""
    prev = doc[i - 1] if i > 0 else None
    return doc[i].text == "." and prev is not None and not prev.whitespace_ and "." in prev.text


def _capitalised(doc: Doc, start: int, end: int) -> bool:
    """Whether the name's first word starts with a capital ('W.Va' counts: it has letters)."""
    words = [t for t in doc[start:end] if any(c.isalpha() for c in t.text)]
    return bool(words) and next(c for c in words[0].text if c.isalpha()).isupper()


_DATELINE_AFTER = frozenset([",", "(", "—", "–", "--", "-", ":"])


def _dateline(doc: Doc, start: int, end: int) -> bool:
    """'BEIRUT (AP) —', 'SOUTH CHARLESTON, W.Va. --': an upper-case name opening a line."""
    words = doc[start:end]
    if not all(t.text.isupper() and t.is_alpha for t in words) or len(words.text) < 3:
        return False
    return _initial(doc, start) and end < len(doc) and doc[end].text in _DATELINE_AFTER


def _cue(doc: Doc, start: int, end: int, *, heads: bool = True) -> tuple[str, bool]:
    """(kind hint, whether the context marks it as a place at all).

    ``heads=False`` ignores the weak cue of a following head word ("X police", "X fire",
    "X-based"): it says "place" only of a name, and an ordinary word may be followed by one too.
    """
    before = doc[start - 1].lower_ if start > 0 else ""
    before2 = doc[start - 2].lower_ if start > 1 else ""
    after = doc[end].lower_ if end < len(doc) else ""
    after2 = doc[end + 1].lower_ if end + 1 < len(doc) else ""
    if before == "of" and before2 in _LOCALITY_NOUNS:
        return Cue.LOCALITY, True
    if _dateline(doc, start, end):
        return Cue.NONE, True
    if before == "of" and before2 in _REGION_NOUNS:
        return Cue.REGION, True
    if before == "of" and before2 in _OF_PLACE_NOUNS:
        return Cue.NONE, True
    if before == "of" and start > 1 and _after_person(doc, start - 2):
        return Cue.NONE, True  # 'Barton Jones of Waco', 'Kaitlin Craig, of Elida'
    if before == "of" and (before2 in _LOCATIVE or before2 in _DISTANCE_UNITS):
        return Cue.NONE, True  # 'southwest of Raleigh', '60 miles of Tulsa'
    if before == "of" and before2 == "," and start > 2 and doc[start - 3].like_num:
        return Cue.NONE, True  # 'Darrell Ross, 29, of Columbia'
    if after in _REGION_NOUNS or after in _PLURAL_REGION_NOUNS:
        return Cue.REGION, True
    if heads and after in _RESIDENT_HEADS:
        return Cue.RESIDENT, True
    if heads and after in _LOCAL_HEADS:
        return Cue.NONE, True
    if before == "-" and start > 1 and doc[start - 2].text in _PARTY_LETTERS:
        return Cue.NONE, True
    if before in _LOCALITY_NOUNS or after in ("town", "village"):
        return Cue.LOCALITY, True  # "the main town Stepanakert", "the capital Kyiv"
    if heads and after == "-" and after2 == "based":
        return Cue.NONE, True
    if before in _LOCATIVE:
        return Cue.NONE, True
    if before == "," and start > 1 and doc[start - 2].ent_type_ in _PLACE_LABELS:
        return Cue.NONE, True
    if after == "," and end + 1 < len(doc) and doc[end + 1].ent_type_ in _PLACE_LABELS:
        return Cue.NONE, True
    # Coordinated with a place: "Shushi and Terter".
    if before in ("and", "or") and start > 1 and doc[start - 2].ent_type_ in _PLACE_LABELS:
        return Cue.NONE, True
    if after in ("and", "or") and end + 1 < len(doc) and doc[end + 1].ent_type_ in _PLACE_LABELS:
        return Cue.NONE, True
    return Cue.NONE, False


def _after_person(doc: Doc, i: int) -> bool:
    """Whether token ``i`` ends a person's name, or is a comma right after one."""
    if doc[i].text == "," and i > 0:
        i -= 1
    return doc[i].ent_type_ == "PERSON" and (i + 1 >= len(doc) or doc[i + 1].ent_type_ != "PERSON")


def _placeish(doc: Doc, start: int, end: int, ordinary: Ordinary) -> bool:
    """Whether the context marks a gazetteer name (not tagged GPE/LOC) as a place.

    A capitalised ordinary word opening a sentence or a headline ("Artillery fire struck ...")
    needs a cue before it or a place noun after it: a following head word is not enough.
    """
    _, placeish = _cue(doc, start, end)
    if not placeish or end - start != 1 or not _initial(doc, start) or not ordinary(doc[start]):
        return placeish
    return _cue(doc, start, end, heads=False)[1]


def _initial(doc: Doc, i: int) -> bool:
    """The first word of a sentence or headline, or right after a dateline's dash or colon."""
    if i == 0 or doc[i].is_sent_start:
        return True
    prev = doc[i - 1]
    return (
        prev.text in _OPENERS
        or prev.text in (".", "!", "?")
        or "\n" in prev.text
        or "\n" in prev.whitespace_
    )


def _attributive_adjective(doc: Doc, start: int, end: int, adjective: Known) -> bool:
    """A one-word name that is an English adjective modifying the word after it ('the Olympic
    projects'): a capital letter does not make it a place."""
    if end - start != 1 or end >= len(doc) or not adjective(doc[start].text):
        return False
    nxt = doc[end]
    return nxt.is_alpha and nxt.text.islower() and not nxt.is_stop


def _in_org_name(doc: Doc, start: int) -> bool:
    """'... Cooperation in Europe', 'Bank of England': the place closes an organisation's name."""
    if start < 2 or doc[start - 1].lower_ not in _ORG_LINKS:
        return False
    prev = doc[start - 2]
    return prev.ent_type_ == "ORG" and prev.text[:1].isupper()


def recognize(
    doc: Doc,
    known: Known,
    ordinary: Ordinary | None = None,
    *,
    jurisdiction: Known | None = None,
    word_alias: Known | None = None,
    adjective: Known | None = None,
    mere_adjective: Known | None = None,
) -> list[Mention]:
    """The toponym mentions of a parsed article, in text order, without overlaps.

    ``ordinary`` says whether a capitalised word is an ordinary English word where it stands
    (default: :func:`sitrep.geo.lexicon.ordinary_word`). ``jurisdiction`` says whether a name is
    a country's or a first-level unit's: such a name opening an institution's name ("the Texas
    Forest Service", "the U.S. Attorney") is a toponym too (default: countries only).
    ``word_alias`` says whether a name is an English word that the gazetteer knows only as an
    alternate name of some town ('Passover', 'Artillery'): such a name needs a place noun
    ("the village of Artillery"), not a mere preposition ("talking to Hamas").
    ``adjective`` says whether a word is an English adjective (default:
    :func:`sitrep.geo.lexicon.english_adjective`): one opening an institution's name is no town
    ("the Federal Highway Administration"). ``mere_adjective`` says whether it is one and never a
    noun (default: :func:`sitrep.geo.lexicon.mere_adjective`): such a word tagged as a place
    before a noun is no place ("the Olympic facilities"; "the Pacific region" stays).
    """
    if jurisdiction is None:
        jurisdiction = _is_country
    alias_word: Known = word_alias if word_alias is not None else (lambda text: False)
    if adjective is None:
        from sitrep.geo.lexicon import english_adjective

        adjective = english_adjective
    if mere_adjective is None:
        from sitrep.geo.lexicon import mere_adjective as never_noun

        mere_adjective = never_noun
    if ordinary is None:
        from sitrep.geo.lexicon import ordinary_word

        ordinary = ordinary_word
    is_ordinary: Ordinary = ordinary

    def placeish(start: int, end: int) -> bool:
        if not _placeish(doc, start, end, is_ordinary):
            return False
        if not alias_word(doc[start:end].text):
            return True
        return _cue(doc, start, end, heads=False)[0] in (Cue.LOCALITY, Cue.REGION)

    found: dict[tuple[int, int], Mention] = {}
    taken: set[int] = set()
    pending: list[tuple[int, int, str | None]] = []  # known names still lacking a place cue

    def add(start: int, end: int, ner: str | None) -> None:
        if any(i in taken for i in range(start, end)):
            return
        span = doc[start:end]
        text = _POSSESSIVE.sub("", span.text)
        if not text or not _capitalised(doc, start, end):
            return
        cue, _ = _cue(doc, start, end)
        found[(span.start_char, span.start_char + len(text))] = Mention(
            start=span.start_char,
            end=span.start_char + len(text),
            text=text,
            cue=cue,
            ner=ner,
        )
        taken.update(range(start, end))

    for bounds, label in _place_ents(doc, known):
        start, end = bounds
        if end - start > 2 and doc[start].text in _PARTY_LETTERS and doc[start + 1].text == "-":
            # 'D-S.C.', 'R-Texas' tagged whole: a legislator's party and home state.
            start += 2
            if known(doc[start:end].text):
                add(start, end, label)
            continue
        text = doc[start:end].text
        if country_by_demonym(text) is not None and not country_by_name(text):
            continue
        if label == "NORP":
            # 'Oxford' and 'S.C.' ('D-S.C.') tagged as a group of people: a place when the
            # gazetteer knows the name and the words around it say place.
            if known(text) and placeish(start, end):
                add(start, end, label)
            continue
        if label in _PLACE_LABELS:
            located = start > 1 and doc[start - 1].lower_ == "in"
            located = located and doc[start - 2].lower_ in _INSTITUTIONS  # 'High School in X'
            if _in_org_name(doc, start) and not jurisdiction(text) and not located:
                continue
            if _attributive_adjective(doc, start, end, mere_adjective) and not jurisdiction(text):
                continue  # 'the Olympic organizers': an adjective the NER took for a place
            for s, e in _split_commas(doc, start, end):
                add(*_known_part(doc, s, e, known), label)
            continue
        lead = _leading_place(doc, start, end, known) if label in ("ORG", "FAC", "PERSON") else None
        if lead is None and label in ("ORG", "FAC"):
            lead = _leading_jurisdiction(doc, start, end, jurisdiction, known)
        if lead == start + 1 and adjective(doc[start].text):
            continue  # 'the Federal Highway Administration', 'Superior Court': a word, no town
        if lead is not None:
            add(start, lead, label)  # "Rapides Parish Fire District", "Fargo Police Chief"
            continue
        if lead is None and label in ("ORG", "FAC") and doc[end - 1].lower_ in _INSTITUTIONS:
            lead = _leading_town(doc, start, end, known)
            if lead == start + 1 and end == start + 2 and _eponym(doc, start, end):
                continue  # 'Vanderbilt University', 'the Webb Center': named after a person
        if lead is not None:
            add(start, lead, label)  # "the Woodstock General Hospital", "Cambridge University"
            continue
        tail = (
            _trailing_jurisdiction(doc, start, end, jurisdiction, known)
            if label in ("ORG", "FAC")
            else None
        )
        if tail is not None:
            add(tail, end, label)  # "the University of Georgia", "the Bank of England"
            continue
        if label in ("PERSON", "ORG", "FAC") and known(text):
            # A mislabelled toponym: the gazetteer knows the name and the context says place.
            # Multi-word organisation names ("Minsk Group") are not: only the whole name counts.
            if placeish(start, end) or country_by_name(text) is not None:
                add(start, end, label)
            else:
                pending.append((start, end, label))

    # Proper nouns the NER left out: gazetteer names in a place context.
    i = 0
    while i < len(doc):
        tok = doc[i]
        if tok.ent_type_ or tok.pos_ != "PROPN" or i in taken:
            i += 1
            continue
        j = i
        while j < len(doc) and doc[j].pos_ == "PROPN" and not doc[j].ent_type_:
            j += 1
        text = doc[i:j].text
        lead = _leading_place(doc, i, j, known) if j - i > 1 else None
        if lead is not None:
            add(i, lead, None)
        elif known(text) and country_by_demonym(text) is None:
            if placeish(i, j):
                add(i, j, None)
            else:
                pending.append((i, j, None))
        i = max(j, i + 1)

    # Coordinated with an accepted toponym: "Shushi and Terter", "Shushi, Terter and Barda".
    # Spreading a name to its other occurrences may give a pending name its coordinated
    # neighbour ("struck Terter and Barda" before "the city of Barda"), and the reverse.
    while True:
        changed = True
        while changed and pending:
            changed = False
            for item in list(pending):
                start, end, ner_label = item
                if alias_word(doc[start:end].text):
                    continue  # 'Israel and Hamas': a word, however coordinated
                left = start > 1 and doc[start - 1].lower_ in ("and", "or", ",")
                right = end + 1 < len(doc) and doc[end].lower_ in ("and", "or", ",")
                if (left and start - 2 in taken) or (right and end + 1 in taken):
                    add(start, end, ner_label)
                    pending.remove(item)
                    changed = True
        before = len(found)
        _propagate(doc, found, add)
        pending = [p for p in pending if not any(i in taken for i in range(p[0], p[1]))]
        if len(found) == before or not pending:
            break
    mentions = sorted(_without_unknown_people(doc, found, known), key=lambda m: m.start)
    return _link_containers(doc.text, mentions)


def _place_ents(doc: Doc, known: Known) -> list[tuple[tuple[int, int], str]]:
    """The NER's entities, trimmed, with place names it cut in two joined again.

    'Burkina' + 'Faso', 'the Democratic Republic' + 'of the' + 'Congo': two place-tagged pieces
    whose whole (within four words) is a name the gazetteer or the country table knows.
    """
    ents = [(b, ent.label_) for ent in doc.ents if (b := _trim(ent)) is not None]
    out: list[tuple[tuple[int, int], str]] = []
    i = 0
    while i < len(ents):
        (start, end), label = ents[i]
        if label in _PLACE_LABELS and i + 1 < len(ents):
            (nstart, nend), nlabel = ents[i + 1]
            whole = doc[start:nend].text
            if (
                nlabel in _PLACE_LABELS
                and nstart - end <= 2
                and nend - start <= 6
                and (country_by_name(whole) is not None or known(whole))
            ):
                out.append(((start, nend), label))
                i += 2
                continue
        out.append(((start, end), label))
        i += 1
    return out


# Titles before a person's name: 'President Saakashvili', 'Gov. Warden'.
_TITLES = frozenset(
    [
        *("president", "gov.", "governor", "sen.", "senator", "rep.", "mr.", "mrs.", "ms."),
        *("dr.", "premier", "chancellor", "gen.", "general", "col.", "sgt.", "judge", "sheriff"),
    ]
)


def _without_unknown_people(
    doc: Doc, found: dict[tuple[int, int], Mention], known: Known
) -> list[Mention]:
    """The mentions, less names no gazetteer knows that the NER calls a person or an
    organisation elsewhere in the article at least as often as a place ('Saakashvili said ...'
    beside 'Saakashvili' tagged GPE once): a place the gazetteer lacks is kept, not a person.
    A surname is the last word of a person named in full or the word after a title
    ('President Saakashvili')."""
    labels: dict[str, Counter[str]] = {}
    surnames: set[str] = set()
    for ent in doc.ents:
        labels.setdefault(_POSSESSIVE.sub("", ent.text.strip()), Counter())[ent.label_] += 1
        if ent.label_ == "PERSON" and len(ent) > 1 and ent[-1].text.istitle():
            surnames.add(_POSSESSIVE.sub("", ent[-1].text))
    for tok in doc[:-1]:
        nxt = doc[tok.i + 1]
        if tok.text.lower() in _TITLES and nxt.text.istitle() and nxt.ent_type_ != "ORG":
            surnames.add(_POSSESSIVE.sub("", nxt.text))  # 'President Saakashvili'
    peoples = _peoples(doc)
    out: list[Mention] = []
    for m in found.values():
        if m.text in peoples:
            continue
        seen = labels.get(m.text)
        if seen is not None and not known(m.text):
            other = seen["PERSON"] + seen["ORG"]
            if other and other >= seen["GPE"] + seen["LOC"]:
                continue
        if m.text in surnames and _named_person(doc, m, known):
            continue
        out.append(m)
    return out


def _peoples(doc: Doc) -> set[str]:
    """Names the article calls a people ('the ethnic Tamil minority'): a people throughout."""
    return {
        _POSSESSIVE.sub("", doc[i + 1].text)
        for i in range(len(doc) - 1)
        if doc[i].text.lower() == "ethnic" and doc[i + 1].text[:1].isupper()
    }


def _named_person(doc: Doc, m: Mention, known: Known) -> bool:
    """Whether a one-word name that is the surname of a person the article names in full
    ('Mikheil Saakashvili' ... 'Saakashvili said') stands for that person here.

    A name no gazetteer knows is the person. A known one ('Jones', 'Warden') only where nothing
    says place and the words say person: its own tag, a possessive ("Warden's home"), or
    no place cue at all; "in Jones" stays a town.
    """
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None or len(span) != 1:
        return False
    if not known(m.text):
        return True
    if m.cue in (Cue.LOCALITY, Cue.REGION):
        return False
    start, end = span.start, span.end
    before = doc[start - 1].text.lower() if start > 0 else ""
    if before in _LOCATIVE and before not in ("from", "to"):
        return False
    possessive = end < len(doc) and doc[end].text.lower() in ("'s", "’s", "'", "’")
    return possessive or span[0].ent_type_ == "PERSON" or not _cue(doc, start, end)[1]


def _leading_place(doc: Doc, start: int, end: int, known: Known) -> int | None:
    """End of the longest gazetteer name opening a longer name before a local head word.

    'Rapides Parish Fire District' -> 'Rapides Parish'; 'Minsk Group' -> None ('group' is not
    the head of a local institution or a resident).
    """
    for k in range(min(end - 1, start + 4), start, -1):
        if doc[k].lower_ not in _LOCAL_HEADS:
            continue
        text = doc[start:k].text
        if known(text) and country_by_demonym(text) is None:
            return k
    return None


_QUALIFIERS = frozenset(["greater", "metro", "metropolitan", "downtown", "rural", "suburban"])


def _known_part(doc: Doc, start: int, end: int, known: Known) -> tuple[int, int]:
    """The gazetteer name inside a longer place-tagged span, when the whole is unknown.

    'East Texas', 'Northeast Georgia', 'Metro Vancouver' -> the named place after a direction
    or qualifier; 'Seoul City Hall', 'U.S. county' -> the name before a local head word.
    The whole span is kept when it is known, or when no such part is.
    """
    if end - start < 2 or known(doc[start:end].text):
        return start, end
    first = doc[start].lower_
    if (first in _DIRECTIONS or first in _QUALIFIERS) and known(doc[start + 1 : end].text):
        return start + 1, end
    for k in range(end - 1, start, -1):
        head = doc[k].lower_
        if (head in _LOCAL_HEADS or head in _REGION_NOUNS) and known(doc[start:k].text):
            return start, k
    return start, end


# What a local institution's name ends with: 'the Mansfield Law Enforcement Center'.
_INSTITUTIONS = frozenset(
    [
        *("center", "centre", "hospital", "department", "library", "museum", "court", "council"),
        *("school", "college", "university", "academy", "church", "cathedral", "mosque"),
        *("festival", "fair", "society", "association", "chamber", "authority", "commission"),
        *("airport", "station", "stadium", "park", "zoo", "jail", "prison", "reservoir"),
        *("times", "review", "herald", "gazette", "tribune", "journal", "courier", "pantry"),
    ]
)


def _leading_town(doc: Doc, start: int, end: int, known: Known) -> int | None:
    """End of the longest gazetteer name (one to three words) opening an institution's name.

    A dictionary test cannot tell 'University College Hospital' from 'Tyler General Hospital'
    (WordNet lists both words): names of institutions named after people stay a known error.
    """
    for k in range(min(end - 1, start + 3), start, -1):
        text = doc[start:k].text
        if not doc[start].text[:1].isupper() or text.lower() in _DIRECTIONS:
            continue
        if known(text) and country_by_demonym(text) is None:
            return k
    return None


# Institutions that are often named after a person rather than a place.
_EPONYMOUS = frozenset(
    [
        *("university", "college", "academy", "institute", "foundation", "hall", "center"),
        *("centre", "memorial", "library", "museum", "stadium", "arena"),
    ]
)


def _eponym(doc: Doc, start: int, end: int) -> bool:
    """Whether the one word before an institution's head ('Vanderbilt University', 'the Webb
    Center') names a person rather than a place: the head is one institutions are named after
    people with, and the article never uses the word on its own, outside such a name.
    'Cambridge University' in an article that also says 'in Cambridge' stays a place; a name
    with more words ('the Dublin Community Recreation Center') is left to the other rules."""
    if doc[end - 1].text.lower() not in _EPONYMOUS:
        return False
    word = doc[start].text
    for tok in doc:
        if tok.text != word or tok.i == start:
            continue
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if nxt is None or not nxt.text[:1].isupper() or nxt.is_sent_start:
            return False
    return True


def _trailing_jurisdiction(
    doc: Doc, start: int, end: int, jurisdiction: Known, known: Known
) -> int | None:
    """Start of the place closing an institution's name: a country or first-level unit after
    'of' or 'in' ('University of Georgia', 'Bank of England'), any place after an institution's
    head and 'in' ('Wyatt High School in Fort Worth'); not 'Cooperation in Europe'."""
    for k in range(max(start + 2, end - 3), end):
        link = doc[k - 1].lower_
        text = doc[k:end].text
        if link in ("of", "in") and jurisdiction(text):
            return k
        institution = k > start + 1 and doc[k - 2].lower_ in _INSTITUTIONS
        if link == "in" and institution and text[:1].isupper() and known(text):
            return k
    return None


def _is_country(text: str) -> bool:
    return country_by_name(text) is not None


def _leading_jurisdiction(
    doc: Doc, start: int, end: int, jurisdiction: Known, known: Known
) -> int | None:
    """End of a jurisdiction's name opening an institution's name.

    'Texas Forest Service' -> 'Texas', 'U.S. House of Representatives' -> 'U.S.', 'Walker County
    Fair' -> 'Walker County': a country, a first-level unit or a named county, parish or
    township says whose institution it is. Not a town's name ('Minsk Group'), not a name ending
    the organisation's name ('University of Georgia').
    """
    for k in range(min(end - 1, start + 3), start, -1):
        if not doc[k].text[:1].isupper():
            continue
        text = doc[start:k].text
        if text.lower() in _DIRECTIONS:
            continue  # 'North Arlington Neighbors': a direction, not Cameroon's North region
        unit = k - start > 1 and doc[k - 1].lower_ in _UNIT_NOUNS and known(text)
        if (unit or jurisdiction(text)) and country_by_demonym(text) is None:
            return k
    return None


def _propagate(
    doc: Doc, found: dict[tuple[int, int], Mention], add: Callable[[int, int, str | None], None]
) -> None:
    """One sense per article: other capitalised occurrences of an accepted name are toponyms.

    'Fargo tried ...' after 'in Fargo'. Not inside a longer person's name, not at the end of an
    organisation's name, not glued to a neighbouring capitalised name ('Fargo Dome').
    """
    names: dict[str, list[tuple[str, ...]]] = {}
    for m in found.values():
        span = doc.char_span(m.start, m.end)
        if span is None:
            continue
        words = tuple(t.text for t in span)
        names.setdefault(words[0], []).append(words)
    if not names:
        return
    ent_of: dict[int, tuple[int, int, str]] = {}
    # 'Clinton' in 'Hillary Clinton': not to be spread around.
    person_words: set[str] = set()
    # A lone word tagged PERSON ('said Terter had come under fire') may be the NER's guess at a
    # town: it is spread to when the name is a place at least as often as it stands alone so.
    lone_person: Counter[str] = Counter()
    accepted = Counter(m.text for m in found.values())
    for ent in doc.ents:
        s, e = ent.start, ent.end
        while e > s and doc[e - 1].is_space:  # 'Barda\n\n' tagged ORG is not a longer name
            e -= 1
        for k in range(s, e):
            ent_of[k] = (s, e, ent.label_)
        if ent.label_ == "PERSON" and len(ent) > 1:
            person_words.update(t.text for t in ent)
        elif ent.label_ == "PERSON" and (ent.start_char, ent.end_char) not in found:
            lone_person[ent.text] += 1
    person_words.update(w for w, n in lone_person.items() if n > accepted[w])
    for i, tok in enumerate(doc):
        for words in names.get(tok.text, ()):
            if all(w in person_words for w in words):
                continue
            j = i + len(words)
            if j > len(doc) or tuple(t.text for t in doc[i:j]) != words:
                continue
            around = ent_of.get(i)
            # Inside a longer person's or organisation's name; but a place named elsewhere
            # opening an institution's name ('Paris Community Hospital') is its place.
            if (
                around is not None
                and around[2] not in _PLACE_LABELS
                and (around[1] - around[0]) > len(words)
                and (around[2] not in ("ORG", "FAC") or around[0] != i)
            ):
                continue
            if i > 0 and _glued(doc[i - 1]) and not doc[i - 1].is_sent_start:
                continue
            if j < len(doc) and _glued(doc[j]) and doc[j].lower_ not in _LOCAL_HEADS:
                continue
            add(i, j, around[2] if around else None)


def _glued(tok: Token) -> bool:
    """A capitalised name word that is not a place: it makes a neighbour part of a longer name."""
    return tok.pos_ == "PROPN" and tok.text[:1].isupper() and tok.ent_type_ not in _PLACE_LABELS


def mentions_at(doc: Doc, spans: list[tuple[int, int]]) -> list[Mention]:
    """Mentions for toponym spans given from outside (gold annotations), with their cues.

    For evaluating resolution alone: the same cues and containers as :func:`recognize` gives.
    """
    found: list[Mention] = []
    for start, end in sorted(set(spans)):
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or span.start >= span.end:
            continue
        cue, _ = _cue(doc, span.start, span.end)
        text = doc.text[start:end]
        found.append(
            Mention(start=start, end=end, text=text, cue=cue, ner=span[0].ent_type_ or None)
        )
    return _link_containers(doc.text, found)


def _split_commas(doc: Doc, start: int, end: int) -> list[tuple[int, int]]:
    """'Long Beach, Calif.' tagged as one entity: two toponyms."""
    parts: list[tuple[int, int]] = []
    s = start
    for k in range(start, end):
        if doc[k].text == ",":
            if k > s:
                parts.append((s, k))
            s = k + 1
    if end > s:
        parts.append((s, end))
    return parts


def _link_containers(text: str, mentions: list[Mention]) -> list[Mention]:
    out: list[Mention] = []
    for k, m in enumerate(mentions):
        nxt = mentions[k + 1] if k + 1 < len(mentions) else None
        if nxt is not None and text[m.end : nxt.start].strip() == ",":
            m = Mention(
                start=m.start,
                end=m.end,
                text=m.text,
                cue=m.cue,
                container=(nxt.start, nxt.end),
                ner=m.ner,
            )
        out.append(m)
    return out
