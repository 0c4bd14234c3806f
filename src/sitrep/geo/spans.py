"""Spans the recognizer keeps, drops, joins or narrows: people named like towns, places inside
institution names, jurisdictions around a town, names the article repeats, and containers."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from typing import TYPE_CHECKING

from sitrep.geo.countries import country_by_demonym, country_by_name
from sitrep.geo.cues import (
    DIRECTIONS,
    LOCAL_HEADS,
    LOCATIVE,
    PLACE_LABELS,
    POSSESSIVE,
    REGION_NOUNS,
    UNIT_NOUNS,
    Known,
    Ordinary,
    cue_of,
    trim_span,
)
from sitrep.geo.mention import Cue, Mention

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


def place_ents(doc: Doc, known: Known) -> list[tuple[tuple[int, int], str]]:
    """The NER's entities, trimmed, with place names it cut in two joined again.

    'Burkina' + 'Faso', 'the Democratic Republic' + 'of the' + 'Congo': two place-tagged pieces
    whose whole (within four words) is a name the gazetteer or the country table knows.
    """
    ents = [(b, ent.label_) for ent in doc.ents if (b := trim_span(ent)) is not None]
    out: list[tuple[tuple[int, int], str]] = []
    i = 0
    while i < len(ents):
        (start, end), label = ents[i]
        if label in PLACE_LABELS and i + 1 < len(ents):
            (nstart, nend), nlabel = ents[i + 1]
            whole = doc[start:nend].text
            if (
                nlabel in PLACE_LABELS
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


def without_unknown_people(
    doc: Doc,
    found: dict[tuple[int, int], Mention],
    known: Known,
    *,
    written: frozenset[tuple[int, int]] = frozenset(),
) -> list[Mention]:
    """The mentions, less names no gazetteer knows that the NER calls a person or an
    organisation elsewhere in the article at least as often as a place ('Saakashvili said ...'
    beside 'Saakashvili' tagged GPE once): a place the gazetteer lacks is kept, not a person.
    A surname is the last word of a person named in full or the word after a title
    ('President Saakashvili'). Names ``written`` in a hierarchy of places are kept.
    """
    labels: dict[str, Counter[str]] = {}
    surnames: set[str] = set()
    for ent in doc.ents:
        labels.setdefault(POSSESSIVE.sub("", ent.text.strip()), Counter())[ent.label_] += 1
        if ent.label_ == "PERSON" and len(ent) > 1 and ent[-1].text.istitle():
            surnames.add(POSSESSIVE.sub("", ent[-1].text))
    for tok in doc[:-1]:
        nxt = doc[tok.i + 1]
        if tok.text.lower() in _TITLES and nxt.text.istitle() and nxt.ent_type_ != "ORG":
            surnames.add(POSSESSIVE.sub("", nxt.text))  # 'President Saakashvili'
    peoples = _peoples(doc)
    out: list[Mention] = []
    for m in found.values():
        if (m.start, m.end) in written:
            out.append(m)
            continue
        if m.text in peoples:
            continue
        seen = labels.get(m.text)
        if m.cue is Cue.LOCALITY:
            seen = None  # 'the town of Pont-Sondé': a town, whatever the NER calls it elsewhere
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
        POSSESSIVE.sub("", doc[i + 1].text)
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
    possessive = end < len(doc) and doc[end].text.lower() in ("'s", "’s", "'", "’")
    if possessive and span[0].ent_type_ == "PERSON":
        return True  # 'at Carter's home': the person's, whatever preposition comes before
    before = doc[start - 1].text.lower() if start > 0 else ""
    if before in LOCATIVE and before not in ("from", "to"):
        return False
    return possessive or span[0].ent_type_ == "PERSON" or not cue_of(doc, start, end)[1]


def leading_place(doc: Doc, start: int, end: int, known: Known) -> int | None:
    """End of the longest gazetteer name opening a longer name before a local head word.

    'Rapides Parish Fire District' -> 'Rapides Parish'; 'Minsk Group' -> None ('group' is not
    the head of a local institution or a resident).
    """
    for k in range(min(end - 1, start + 4), start, -1):
        if doc[k].lower_ not in LOCAL_HEADS:
            continue
        if doc[k].lower_ == "city" and k + 1 < end and known(doc[start : k + 1].text):
            return k + 1  # the head word is the name's own: 'Mexico City Health Secretary'
        text = doc[start:k].text
        if known(text) and country_by_demonym(text) is None:
            return k
    return None


_QUALIFIERS = frozenset(["greater", "metro", "metropolitan", "downtown", "rural", "suburban"])
# What is left of 'the East Coast', 'the Far North', 'the West Side' without its direction: a
# common noun for a part of somewhere, which names no place of its own ('Coast', a Tanzanian
# region by chance).
_GENERIC_PARTS = REGION_NOUNS | frozenset(
    [
        *("coast", "coastline", "shore", "seaboard", "border", "frontier", "front", "side"),
        *("north", "south", "east", "west", "end", "interior", "highlands", "lowlands"),
        *("plains", "valley", "delta", "islands", "isles", "heartland", "corridor", "belt"),
    ]
)
# Events named after the place they struck ('the South Asia Earthquake', 'the Darfur crisis'):
# the place is the name before the event word.
_EVENT_HEADS = frozenset(
    [
        *("earthquake", "quake", "tsunami", "flood", "floods", "flooding", "drought", "famine"),
        *("outbreak", "epidemic", "pandemic", "crisis", "war", "conflict", "massacre", "bombing"),
    ]
)


def known_part(doc: Doc, start: int, end: int, known: Known) -> tuple[int, int]:
    """The gazetteer name inside a longer place-tagged span, when the whole is unknown.

    'East Texas', 'Northeast Georgia', 'Metro Vancouver' -> the named place after a direction
    or qualifier; 'Seoul City Hall', 'U.S. county' -> the name before a local head word;
    'South Asia Earthquake' -> the name before an event word; 'Rio de Janeiro 84' -> the name
    before a figure.
    The whole span is kept when it is known, or when no such part is.
    """
    if end - start < 2 or known(doc[start:end].text):
        return start, end
    first = doc[start].lower_
    generic = end - start == 2 and doc[start + 1].lower_ in _GENERIC_PARTS
    if (
        (first in DIRECTIONS or first in _QUALIFIERS)
        and not generic
        and known(doc[start + 1 : end].text)
    ):
        return start + 1, end
    for k in range(end - 1, start, -1):
        head = doc[k].lower_
        if (head in LOCAL_HEADS or head in REGION_NOUNS) and known(doc[start:k].text):
            return start, k
    if doc[end - 1].text.lower() in _EVENT_HEADS and known(doc[start : end - 1].text):
        return start, end - 1
    # 'Rio de Janeiro 84.': a figure the tagger took into the name, closing a clause; not
    # 'Europe 1 radio', 'Northwest 13th Street', 'Highway 59'.
    closing = end == len(doc) or not doc[end].text[:1].isalnum()
    figure = doc[end - 1].text.isdigit() and first not in DIRECTIONS
    if closing and figure and known(doc[start : end - 1].text):
        return start, end - 1
    return start, end


# What a local institution's name ends with: 'the Mansfield Law Enforcement Center'.
INSTITUTIONS = frozenset(
    [
        *("center", "centre", "hospital", "department", "library", "museum", "court", "council"),
        *("school", "college", "university", "academy", "church", "cathedral", "mosque"),
        *("festival", "fair", "society", "association", "chamber", "authority", "commission"),
        *("airport", "station", "stadium", "park", "zoo", "jail", "prison", "reservoir"),
        *("times", "review", "herald", "gazette", "tribune", "journal", "courier", "pantry"),
    ]
)


# Heads of a local body's name that is seldom named after a person or a firm ('the Dublin
# Convention and Visitors Bureau', 'Ludlow Town Hall', 'Santa Clara Valley Water District').
LOCAL_BODIES = INSTITUTIONS | frozenset(
    ["bureau", "clinic", "hall", "district", "office", "services", "division"]
)
# What an organisation's name holds besides a local institution's head: 'the Dublin Convention
# and Visitors Bureau', 'Gainesville VFW Post', 'the Charleston Gold Dome Lions Club'.
ORGANISATION_HEADS = INSTITUTIONS | frozenset(
    [
        *("bureau", "foundation", "club", "committee", "project", "services", "union", "lodge"),
        *("post", "alliance", "division", "office", "district", "company", "program", "agency"),
        *("coalition", "partnership", "squad", "clinic", "branch", "board", "league", "team"),
        *("singers", "orchestra", "choir", "band", "elks", "rotary", "kiwanis", "neighbors"),
        *("institute", "hall", "arena", "trust", "fund", "council", "network", "exchange"),
    ]
)


def opens_organisation(doc: Doc, j: int) -> bool:
    """Whether the capitalised words from token ``j`` on name an organisation ('Convention and
    Visitors Bureau', 'VFW Post'): a name before them opens its name, a place named elsewhere
    is its place. Not 'Real Estate', 'Operating': a firm's name says nothing of the kind."""
    k = j
    while k < len(doc) and k < j + 6:
        tok = doc[k]
        if tok.lower_ in ORGANISATION_HEADS and tok.text[:1].isupper():
            return True
        link = tok.lower_ in ("and", "&", "of") and k + 1 < len(doc) and doc[k + 1].is_title
        if not (tok.text[:1].isupper() or link) or tok.is_sent_start:
            return False
        k += 1
    return False


def leading_town(doc: Doc, start: int, end: int, known: Known) -> int | None:
    """End of the longest gazetteer name (one to three words) opening an institution's name.

    A dictionary test cannot tell 'University College Hospital' from 'Tyler General Hospital'
    (WordNet lists both words): names of institutions named after people stay a known error.
    """
    for k in range(min(end - 1, start + 3), start, -1):
        text = doc[start:k].text
        if not doc[start].text[:1].isupper() or text.lower() in DIRECTIONS:
            continue
        if _INITIAL.fullmatch(doc[k].text):
            continue  # 'Manly P. Hall': a person's name, whatever it ends with
        if known(text) and country_by_demonym(text) is None:
            return k
    return None


_INITIAL = re.compile(r"[A-Z]\.")


# Institutions that are often named after a person rather than a place.
_EPONYMOUS = frozenset(
    [
        *("university", "college", "academy", "institute", "foundation", "hall", "center"),
        *("centre", "memorial", "library", "museum", "stadium", "arena"),
    ]
)


def eponym(doc: Doc, start: int, end: int) -> bool:
    """Whether the one word before an institution's head ('Vanderbilt University', 'the Webb
    Center') names a person rather than a place: the head is one institutions are named after
    people with, and the article never uses the word on its own, outside such a name.
    'Cambridge University' in an article that also says 'in Cambridge' stays a place; a name
    with more words ('the Dublin Community Recreation Center') is left to the other rules."""
    if doc[end - 1].text.lower() not in _EPONYMOUS:
        return False
    return _only_in_names(doc, start)


# Facilities news often names after a person in full ('Jomo Kenyatta International Airport').
_NAMED_AFTER_PEOPLE = frozenset(
    ["airport", "hospital", "university", "college", "academy", "school", "stadium"]
)


def named_for_a_person(doc: Doc, start: int, end: int, known: Known, ordinary: Ordinary) -> bool:
    """Whether an institution's name opens with a person's names ('Ben Gurion Airport', 'Jomo
    Kenyatta Hospital'), not with a town: a second name follows the first before the head, one
    that is no ordinary word, people's name or place ('Woodstock General Hospital', 'the Rafah
    Kuwaiti Hospital' keep their towns), and the article never uses the first on its own."""
    if end - start < 3 or doc[end - 1].lower_ not in _NAMED_AFTER_PEOPLE:
        return False
    second = doc[start + 1]
    if not (second.is_alpha and second.is_title) or second.lower_ in LOCAL_BODIES:
        return False
    if ordinary(second) or known(second.text) or country_by_demonym(second.text) is not None:
        return False
    return _only_in_names(doc, start)


def _only_in_names(doc: Doc, start: int) -> bool:
    """Whether the word at ``start`` is never used elsewhere in the article but before another
    capitalised word: the first word of a name, not a name of its own."""
    word = doc[start].text
    for tok in doc:
        if tok.text != word or tok.i == start:
            continue
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if nxt is None or not nxt.text[:1].isupper() or nxt.is_sent_start:
            return False
    return True


def trailing_jurisdiction(
    doc: Doc, start: int, end: int, jurisdiction: Known, known: Known
) -> int | None:
    """Start of the place closing an institution's name: a country or first-level unit after
    'of' or 'in' ('University of Georgia', 'Bank of England'), any place after an institution's
    head and 'in' ('Wyatt High School in Fort Worth') or after 'University of' ('University of
    Cincinnati'); not 'Cooperation in Europe'."""
    for k in range(max(start + 2, end - 3), end):
        link = doc[k - 1].lower_
        text = doc[k:end].text
        if link in ("of", "in") and jurisdiction(text):
            return k
        institution = k > start + 1 and doc[k - 2].lower_ in INSTITUTIONS
        if link == "in" and institution and text[:1].isupper() and known(text):
            return k
        university = k > start + 1 and doc[k - 2].lower_ in ("university", "college")
        if link == "of" and university and text[:1].isupper() and known(text):
            return k  # 'the University of Cincinnati': universities take their towns' names
    return None


def inner_jurisdiction(
    doc: Doc, start: int, end: int, jurisdiction: Known
) -> tuple[int, int] | None:
    """Bounds of a country's or first-level unit's name after 'of' inside an institution's
    name, whatever follows ('the University of Kentucky Medical Center', 'the Professional
    Association of Georgia Educators', 'the Spina Bifida Association of Western Pennsylvania'):
    whose institution it is. A direction word before it is not part of the unit's name."""
    for k in range(start + 2, end):
        if doc[k - 1].lower_ != "of":
            continue
        first = k + 1 if doc[k].lower_ in DIRECTIONS else k
        for n in range(min(3, end - first), 0, -1):
            named = doc[first].text[:1].isupper() and doc[first + n - 1].text[:1].isalpha()
            if named and jurisdiction(doc[first : first + n].text):
                return first, first + n
    return None


def is_country(text: str) -> bool:
    return country_by_name(text) is not None


def leading_jurisdiction(
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
        if text.lower() in DIRECTIONS:
            continue  # 'North Arlington Neighbors': a direction, not Cameroon's North region
        unit = k - start > 1 and doc[k - 1].lower_ in UNIT_NOUNS and known(text)
        if (unit or jurisdiction(text)) and country_by_demonym(text) is None:
            return k
    return None


def propagate(
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
            opens = around is not None and (
                around[0] == i or (around[0] == i - 1 and doc[i - 1].lower_ == "the")
            )
            if (
                around is not None
                and around[2] not in PLACE_LABELS
                and (around[1] - around[0]) > len(words)
                and (around[2] not in ("ORG", "FAC") or not opens)
            ):
                continue
            if i > 0 and _glued(doc[i - 1]) and not doc[i - 1].is_sent_start:
                continue
            if (
                j < len(doc)
                and _glued(doc[j])
                and doc[j].lower_ not in LOCAL_HEADS
                and not opens_organisation(doc, j)
            ):
                continue
            add(i, j, around[2] if around else None)


def _glued(tok: Token) -> bool:
    """A capitalised name word that is not a place: it makes a neighbour part of a longer name."""
    return tok.pos_ == "PROPN" and tok.text[:1].isupper() and tok.ent_type_ not in PLACE_LABELS


# Words after a name that make it a school's or another institution's ('Sunny Meadow School').
_INSTITUTION_WORDS = INSTITUTIONS | frozenset(["elementary", "high", "middle", "district"])


def names_of_others(doc: Doc, mentions: list[Mention], known: Known) -> set[str]:
    """Names the gazetteer does not know that the article shows to be a person's or an
    institution's, not a place's: the subject of a verb of saying ('Pawlenty often has said';
    places speak only by metonymy, and those are known: 'Moscow said'), or the opening of an
    institution's name written elsewhere in the article ('the future of Sunny Meadow' beside
    'Sunny Meadow School'); and, known or not, a name before '&' ('McPherson & Jacobsen': a
    firm) or an undotted code after 'the' that heads its phrase ('the PA was': an authority; a
    state's code takes an article only before a noun: 'the NSW government')."""
    text = doc.text
    out: set[str] = set()
    for m in mentions:
        if m.text in out or country_by_name(m.text) is not None:
            continue
        if _firm(text, m) or _the_code(doc, m):
            out.add(m.text)
            continue
        if known(m.text):
            continue
        if m.actor:
            out.add(m.text)
            continue
        for hit in re.finditer(rf"(?<![\w-]){re.escape(m.text)}\s+([A-Z][a-z]+)", text):
            if hit.group(1).lower() in _INSTITUTION_WORDS:
                out.add(m.text)
                break
    return out


_FIRM = re.compile(r"\s*&\s*[A-Z]")
_THE = re.compile(r"\bthe\s+$", re.IGNORECASE)


def _firm(text: str, m: Mention) -> bool:
    return _FIRM.match(text, m.end) is not None


def _the_code(doc: Doc, m: Mention) -> bool:
    # Dotted abbreviations take an article before an agency's name ('the S.C. Highway Patrol').
    code = m.text.isalpha() and m.text.isupper() and len(m.text) <= 3
    if not code or _THE.search(doc.text, max(0, m.start - 5), m.start) is None:
        return False
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None or span.end >= len(doc):
        return span is not None
    after = doc[span.end]
    return after.is_punct or after.pos_ in ("VERB", "AUX", "ADV")
