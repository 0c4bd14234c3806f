"""The words around a name that say it is a place: locatives, place nouns, datelines, and the
tests a span must pass before it counts as one."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from sitrep.geo.mention import Cue, Mention

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

# The points of the compass, which name where in a place ('the north of Syria', 'northwest of').
COMPASS_POINTS = frozenset(
    ["north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest"]
)
LOCATIVE = frozenset(
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
        *COMPASS_POINTS,
    ]
)
REGION_NOUNS = frozenset(
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
# Region nouns that say "place" but not which kind: an area or a valley is as often named after
# its town ('the Houston area', 'the Salinas Valley', 'the Fraser Valley') as after a unit.
_VAGUE_NOUNS = frozenset(["area", "valley"])
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
# "Alexandria woman", "Stepanakert residents": a place name modifying a resident.
_RESIDENT_HEADS = frozenset(
    [
        *("man", "woman", "men", "women", "teen", "teens", "teenager", "boy", "girl"),
        *("resident", "residents", "native", "natives", "couple", "firefighters"),
    ]
)
# "Fargo police", "the Douglas County Sheriff's Office": a place name modifying a resident or a
# local institution is still the name of the place.
LOCAL_HEADS = _RESIDENT_HEADS | frozenset(
    [
        *("youth", "family", "voters", "students", "police", "sheriff", "fire", "deputies"),
        *("officers", "officials", "authorities", "mayor", "council", "councilman"),
        *("councilwoman", "commissioner", "commission", "commissioners", "city", "township"),
        *("school", "schools", "high", "hospital", "department", "chamber", "board"),
        *("legislature", "national", "state", "public", "pta", "area", "airport", "library"),
        *("court", "courthouse", "jail", "metro"),
    ]
)
# Nouns of an institution a name before may be the name of, not its town's.
_INSTITUTION_HEADS = frozenset({"hospital", "airport", "school", "jail"})
# "Sen. Tom Bakk, DFL-Cook": a legislator's party and home town.
PARTY_LETTERS = frozenset({"R", "D", "I", "DFL", "GOP"})
PLACE_LABELS = frozenset({"GPE", "LOC"})
_ORG_LINKS = frozenset({"in", "of", "for", "on"})
POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")

# A lookup that says whether a name is in the gazetteer (and how strongly: the best prior).
Known = Callable[[str], bool]
# Whether a capitalised word is an ordinary English noun or adjective where it stands.
Ordinary = Callable[["Token"], bool]
_DISTANCE_UNITS = frozenset(["miles", "mile", "kilometres", "kilometers", "km", "kilometre"])
UNIT_NOUNS = frozenset(["county", "parish", "township", "borough", "district", "province"])
DIRECTIONS = frozenset(
    [
        *COMPASS_POINTS,
        *("northern", "southern", "eastern", "western", "central", "upper", "lower", "middle"),
    ]
)
# Tokens after which a capital letter says nothing about names: dateline dashes, quotes.
_OPENERS = frozenset(["—", "–", "--", ":", '"', "“", "‘", "'", "("])


def trim_span(span: Span) -> tuple[int, int] | None:
    """Token bounds without a leading 'the' and trailing possessive, punctuation or line
    breaks (a headline's last name tagged with the blank line after it)."""
    start, end = span.start, span.end
    doc = span.doc
    while start < end and (
        doc[start].lower_ == "the" or doc[start].is_punct or doc[start].is_space
    ):
        start += 1
    while end > start and (
        doc[end - 1].is_punct or doc[end - 1].tag_ == "POS" or doc[end - 1].is_space
    ):
        if _abbreviation_dot(doc, end - 1):
            break
        end -= 1
    return (start, end) if end > start else None


def _abbreviation_dot(doc: Doc, i: int) -> bool:
    """'W.Va' + '.': the tokenizer split off the last dot of an abbreviation."""
    prev = doc[i - 1] if i > 0 else None
    return doc[i].text == "." and prev is not None and not prev.whitespace_ and "." in prev.text


def capitalised(doc: Doc, start: int, end: int) -> bool:
    """Whether the name's first word starts with a capital ('W.Va' counts: it has letters)."""
    words = [t for t in doc[start:end] if any(c.isalpha() for c in t.text)]
    return bool(words) and next(c for c in words[0].text if c.isalpha()).isupper()


# What follows a dateline's place: a comma, '(AP)' or a dash (Windows-1252's em dash, 0x97,
# survives in some feeds).
_DASHES = frozenset(["—", "–", "--", "---", "-", "\x97", "―"])
# What follows a dateline's place: a dash, a comma, the outlet, a colon, or a second place
# ('SANAA/WASHINGTON, Jan 20 (Reuters) -').
_DATELINE_AFTER = _DASHES | frozenset([",", "(", ":", "/"])


def _dateline(doc: Doc, start: int, end: int) -> bool:
    """'BEIRUT (AP) —', 'SOUTH CHARLESTON, W.Va. --': an upper-case name opening a line, or
    opening the story after its byline's date ('March 29, 2009 PATASKALA --')."""
    words = doc[start:end]
    if not all((t.text.isupper() and t.is_alpha) or joining(t) for t in words):
        return False
    if len(words.text) < 3:
        return False
    if end >= len(doc) or doc[end].text not in _DATELINE_AFTER or joining(doc[end]):
        return False  # 'PORT-AU-PRINCE': a part of the name before its hyphen
    if _initial(doc, start):
        return True
    prev = doc[start - 1]
    return doc[end].text in _DASHES and (prev.like_num or prev.text == "%")


def joining(token: Token) -> bool:
    """A hyphen inside a name, touching the words on both sides ('PORT-AU-PRINCE'), which is no
    dateline's dash."""
    doc = token.doc
    return (
        token.text == "-"
        and not token.whitespace_
        and token.i > 0
        and not doc[token.i - 1].whitespace_
        and token.i + 1 < len(doc)
        and doc[token.i + 1].is_alpha
    )


def datelines(doc: Doc) -> list[tuple[int, int]]:
    """Token bounds of the upper-case names before a dash that open a story ('MONROE - Federal
    agents ...', 'TEGA CAY — Local fire departments ...'), the place it was filed from. Not an
    organisation's acronym that the tagger knows as such ('NATO —')."""
    out: list[tuple[int, int]] = []
    i = 0
    while i < len(doc):
        j = _upper_run(doc, i)
        if j == i:
            i += 1
            continue
        ent = doc[i].ent_type_ == "ORG" and doc[i:j].ents and doc[i:j].ents[0].end == j
        if not ent and j < len(doc) and doc[j].text in _DASHES and _dateline(doc, i, j):
            out.append((i, j))
        i = j
    return out


def _upper_run(doc: Doc, i: int) -> int:
    """The end of the run of upper-case words (and the words joining them) opening at ``i``;
    ``i`` itself where none opens there."""
    j = i
    while j < len(doc) and (
        (doc[j].is_alpha and doc[j].text.isupper()) or (j > i and joining(doc[j]))
    ):
        j += 1
    return j


def shared_datelines(doc: Doc) -> list[tuple[int, int]]:
    """Token bounds of each upper-case name of a dateline that names several places with
    slashes ('ISLAMABAD/NEW DELHI, May 7 (Reuters) -'): the story was filed from all of them,
    whatever the tagger made of the whole."""
    out: list[tuple[int, int]] = []
    for i in range(len(doc)):
        if not _initial(doc, i) or (i > 0 and doc[i - 1].text == "/"):
            continue
        names: list[tuple[int, int]] = []
        j = i
        while True:
            k = _upper_run(doc, j)
            if k == j or k >= len(doc):
                names = []
                break
            names.append((j, k))
            if doc[k].text != "/":
                break
            j = k + 1
        if len(names) > 1 and doc[names[-1][1]].text in _DATELINE_AFTER:
            out.extend(names)
    return out


def _listed_units(doc: Doc, end: int) -> bool:
    """A name in a list that a plural unit noun closes: 'the Kursk, Belgorod and Bryansk
    regions' makes each name a region."""
    k, joined = end, False
    while k < len(doc) and k < end + 12:
        tok = doc[k]
        if tok.text in (",", "and", "or"):
            joined = True
        elif not (tok.pos_ == "PROPN" and tok.text[:1].isupper()):
            break
        k += 1
    return joined and k < len(doc) and doc[k].lower_ in _PLURAL_REGION_NOUNS


# Nouns that introduce a small place ('the river town of X', 'the village of X'); not 'city',
# 'capital' or 'port', which great cities are introduced by too ('the holy city of Mecca').
_SMALL_PLACE_NOUNS = frozenset(["town", "village", "settlement", "hamlet"])


def small_place(doc: Doc, start: int, end: int) -> bool:
    """Whether the words before the name introduce it as a small place: 'the town of X',
    'the village X'."""
    before = doc[start - 1].lower_ if start > 0 else ""
    before2 = doc[start - 2].lower_ if start > 1 else ""
    return before in _SMALL_PLACE_NOUNS or (before == "of" and before2 in _SMALL_PLACE_NOUNS)


def cue_of(doc: Doc, start: int, end: int, *, heads: bool = True) -> tuple[str, bool]:
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
    if before == "of" and before2 in REGION_NOUNS:
        return Cue.REGION, True
    if before == "of" and start > 1 and doc[start - 2].text == "department":
        # 'the department of Arauca' (Colombia, Peru, Haiti ...); not 'the Department of
        # Justice', a ministry
        return Cue.REGION, True
    if before == "of" and before2 in _OF_PLACE_NOUNS:
        return Cue.NONE, True
    if before == "of" and start > 1 and _after_person(doc, start - 2):
        return Cue.NONE, True  # 'Barton Jones of Waco', 'Kaitlin Craig, of Elida'
    if before == "of" and (before2 in LOCATIVE or before2 in _DISTANCE_UNITS):
        return Cue.NONE, True  # 'southwest of Raleigh', '60 miles of Tulsa'
    if before == "of" and before2 == "," and start > 2 and doc[start - 3].like_num:
        return Cue.NONE, True  # 'Darrell Ross, 29, of Columbia'
    if after in _VAGUE_NOUNS:
        return Cue.NONE, True  # 'the Houston area', 'the Salinas Valley': the town's, not a unit's
    if after in REGION_NOUNS or after in _PLURAL_REGION_NOUNS or _listed_units(doc, end):
        return Cue.REGION, True
    if heads and after in _RESIDENT_HEADS:
        return Cue.RESIDENT, True
    if heads and after in _INSTITUTION_HEADS:
        return Cue.INSTITUTION, True  # 'Madina hospital', 'Mansfield airport'
    if heads and after in LOCAL_HEADS:
        return Cue.NONE, True
    if before == "-" and start > 1 and doc[start - 2].text in PARTY_LETTERS:
        return Cue.NONE, True
    if before in _LOCALITY_NOUNS or after in ("town", "village"):
        return Cue.LOCALITY, True  # "the main town Stepanakert", "the capital Kyiv"
    if heads and after == "-" and after2 == "based":
        return Cue.NONE, True
    if before in LOCATIVE:
        return Cue.NONE, True
    if before == "," and start > 1 and doc[start - 2].ent_type_ in PLACE_LABELS:
        return Cue.NONE, True
    if after == "," and end + 1 < len(doc) and doc[end + 1].ent_type_ in PLACE_LABELS:
        return Cue.NONE, True
    if _attacked(doc, start, end):
        return Cue.NONE, True  # 'Russia struck Odesa overnight', 'rebels captured Goma'
    # Coordinated with a place: "Shushi and Terter".
    if before in ("and", "or") and start > 1 and doc[start - 2].ent_type_ in PLACE_LABELS:
        return Cue.NONE, True
    if after in ("and", "or") and end + 1 < len(doc) and doc[end + 1].ent_type_ in PLACE_LABELS:
        return Cue.NONE, True
    return Cue.NONE, False


# Acts of war whose object is a place as often as a force: what they hit or take.
_ATTACK_VERBS = frozenset(
    {"strike", "shell", "bomb", "bombard", "attack", "raid", "capture", "seize", "retake"}
    | {"besiege", "storm", "overrun", "liberate", "encircle", "hit", "target"}
)


def _attacked(doc: Doc, start: int, end: int) -> bool:
    """Whether the span is the object of an act of war by a state or an armed force ('Russia
    struck Odesa', 'rebels captured Goma', 'missiles hit Kharkiv'); 'police attacked Johnson'
    names no place."""
    root = doc[start:end].root
    verb = root.head
    if root.dep_ == "pobj" and verb.lower_ in {"on", "against"} and verb.head.pos_ == "NOUN":
        # 'the raid on Ariha', 'an offensive on Kidal', 'the attack on Martuni' (not on a
        # person: 'the attack on Johnson')
        act = verb.head.lemma_.lower()
        return act in _ATTACK_NOUNS or (act == "attack" and root.ent_type_ != "PERSON")
    if root.dep_ != "dobj" or verb.lemma_.lower() not in _ATTACK_VERBS:
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subject is not None and (
        subject.ent_type_ in {"GPE", "NORP"} or subject.lemma_.lower() in _WAR_SUBJECTS
    )


# Acts of war named by a noun whose object ('on X', 'against X') is as often a place.
_ATTACK_NOUNS = frozenset(
    {"raid", "strike", "airstrike", "assault", "offensive", "bombardment", "shelling"}
    | {"bombing", "siege", "advance", "incursion", "onslaught"}
)


# Who or what strikes a place in war news.
_WAR_SUBJECTS = frozenset(
    {"force", "troop", "army", "military", "rebel", "militant", "insurgent", "fighter"}
    | {"militia", "missile", "drone", "rocket", "shell", "warplane", "jet", "artillery"}
    | {"aircraft", "bomber", "jihadist", "separatist", "soldier", "gunman"}
)


def _after_person(doc: Doc, i: int) -> bool:
    """Whether token ``i`` ends a person's name, or is a comma right after one."""
    if doc[i].text == "," and i > 0:
        i -= 1
    return doc[i].ent_type_ == "PERSON" and (i + 1 >= len(doc) or doc[i + 1].ent_type_ != "PERSON")


def reads_as_place(doc: Doc, start: int, end: int, ordinary: Ordinary) -> bool:
    """Whether the context marks a gazetteer name (not tagged GPE/LOC) as a place.

    A capitalised ordinary word opening a sentence or a headline ("Artillery fire struck ...")
    needs a cue before it or a place noun after it: a following head word is not enough.
    """
    _, placeish = cue_of(doc, start, end)
    if not placeish or end - start != 1 or not _initial(doc, start) or not ordinary(doc[start]):
        return placeish
    return cue_of(doc, start, end, heads=False)[1]


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


def attributive_adjective(doc: Doc, start: int, end: int, adjective: Known) -> bool:
    """A one-word name that is an English adjective modifying the word after it ('the Olympic
    projects'): a capital letter does not make it a place."""
    if end - start != 1 or end >= len(doc) or not adjective(doc[start].text):
        return False
    nxt = doc[end]
    return nxt.is_alpha and nxt.text.islower() and not nxt.is_stop


def in_org_name(doc: Doc, start: int) -> bool:
    """'... Cooperation in Europe', 'Bank of England': the place closes an organisation's name."""
    if start < 2 or doc[start - 1].lower_ not in _ORG_LINKS:
        return False
    prev = doc[start - 2]
    return prev.ent_type_ == "ORG" and prev.text[:1].isupper()


# Verbs of saying: their subject, when a country's or a capital's name, is its government
# speaking ('the United States said', 'Moscow warned'), a metonymy that says nothing about
# where the story happens. Verbs of doing are left out: 'Canada and Europe agreed' may well be
# a story set in Canada.
_SPEECH_VERBS = frozenset(
    [
        "say",
        "announce",
        "warn",
        "accuse",
        "deny",
        "claim",
        "urge",
        "condemn",
        "insist",
        "confirm",
        "tell",
        "state",
        "declare",
        "criticize",
        "criticise",
        "reply",
        "respond",
        "add",
    ]
)


def acts(doc: Doc, start: int, end: int) -> bool:
    """True when the name is the subject of a verb of saying: a government speaking."""
    root = doc[start:end].root
    head = root.head
    if end + 1 < len(doc) and doc[end].text == "-" and doc[end + 1].text.lower() in _DOERS:
        return True  # 'a US-brokered truce', 'Russian-backed forces': who acted, not where
    first = root
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    if first.dep_ == "pobj" and first.head.dep_ == "agent":
        return True  # 'talks brokered by the United States and Saudi Arabia': who acted
    if root.dep_ == "poss" and head.dep_ == "nsubj":
        # "Armenia's defence ministry denied": the government speaking through its body
        root, head = head, head.head
    return (
        root.dep_ == "nsubj"
        and head is not root
        and head.pos_ == "VERB"
        and head.lemma_.lower() in _SPEECH_VERBS
    )


# Participles after a hyphen that make a name the doer: 'US-brokered', 'Iranian-backed'.
_DOERS = frozenset(
    {"brokered", "backed", "led", "mediated", "sponsored", "funded", "supplied", "supported"}
)


def mark_actors(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """The mentions with ``actor`` set where the name is the subject of a verb of saying."""
    out: list[Mention] = []
    for m in mentions:
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is not None and span.start < span.end and acts(doc, span.start, span.end):
            m = dataclasses.replace(m, actor=True)
        out.append(m)
    return out
