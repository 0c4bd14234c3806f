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

import dataclasses
import re
from typing import TYPE_CHECKING

from sitrep.geo.containers import hierarchies, link_containers, mentions_at, split_commas
from sitrep.geo.countries import country_by_demonym, country_by_name
from sitrep.geo.cues import (
    DIRECTIONS,
    PARTY_LETTERS,
    PLACE_LABELS,
    POSSESSIVE,
    UNIT_NOUNS,
    Known,
    Ordinary,
    attributive_adjective,
    capitalised,
    cue_of,
    datelines,
    in_org_name,
    joining,
    mark_actors,
    reads_as_place,
    shared_datelines,
    small_place,
)
from sitrep.geo.mention import Cue, Mention
from sitrep.geo.notplaces import (
    a_word_here,
    code,
    disease,
    feast,
    military_unit,
    operation_names,
    seat,
    street,
    street_named,
    weapon_system,
)
from sitrep.geo.spans import (
    INSTITUTIONS,
    LOCAL_BODIES,
    ORGANISATION_HEADS,
    eponym,
    inner_jurisdiction,
    is_country,
    known_part,
    leading_jurisdiction,
    leading_place,
    leading_town,
    named_for_a_person,
    names_of_others,
    place_ents,
    propagate,
    trailing_jurisdiction,
    without_unknown_people,
)
from sitrep.geo.unnamed import (
    UNIT_WORDS,
    capitals_by_people,
    date_month,
    hyphen_pairs,
    hyphenated,
    located_names,
    tail_of_longer_name,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["Cue", "Mention", "mentions_at", "recognize"]

# What an organisation has in a place, named 'X in Y' ('the Council of Europe Office in Yerevan').
_BRANCHES = INSTITUTIONS | frozenset(
    ["office", "offices", "embassy", "consulate", "headquarters", "branch", "bureau", "mission"]
)

# What the NER calls a town it does not know: a person, an organisation, a building, a product
# ('injured in Wajir' tagged PRODUCT).
_MISLABELS = frozenset(["PERSON", "ORG", "FAC", "PRODUCT"])
# Nouns whose "of" names a settlement, in lower case ('the town of X'; not 'the City of X', a body).
_SETTLEMENTS = frozenset(["town", "village", "city", "hamlet", "settlement"])


def _initials(doc: Doc, start: int, end: int) -> bool:
    """A short name in capitals ('UN', 'ICRC') among words written in lower case: a body's
    initials. A shouted headline's names are all in capitals and prove nothing."""
    text = doc[start:end].text
    if end - start != 1 or not (2 <= len(text) <= 4) or not text.isupper() or not text.isalpha():
        return False
    if end < len(doc) and doc[end].text[:1].isupper():
        return False  # 'DR Congo': the opening of a longer name
    if start == 0 or "\n" in doc[start - 1].text_with_ws:
        return False  # 'KYIV, March 22': a dateline opening its line
    around = doc[max(0, start - 8) : end + 8]
    return any(t.is_lower and t.is_alpha for t in around)


# Letters and digits run together: names of armed groups, weapons and roads, not of places.
_CODE = re.compile(r"[A-Z]{1,4}-?\d{1,4}[A-Z]?")


# The last words of a state body's name ('the United Kingdom Maritime Trade Operations').
_STATE_BODY_HEADS = ORGANISATION_HEADS | frozenset(
    {"operations", "ministry", "authority", "administration", "directorate", "service"}
)


def _country_opening_a_body(
    doc: Doc, start: int, end: int, known: Known, jurisdiction: Known
) -> int | None:
    """End of a country's or first-level unit's name opening a body's name that the tagger took
    whole for a place ('the United Kingdom Maritime Trade Operations' tagged GPE): the
    jurisdiction is the toponym, as in an organisation's name."""
    if end - start < 2 or known(doc[start:end].text):
        return None
    if doc[end - 1].text.lower() not in _STATE_BODY_HEADS:
        return None
    lead = leading_jurisdiction(doc, start, end, jurisdiction, known)
    if lead is None or not all(doc[k].text[:1].isupper() for k in range(lead, end)):
        return None
    return lead


def recognize(
    doc: Doc,
    known: Known,
    ordinary: Ordinary | None = None,
    *,
    jurisdiction: Known | None = None,
    word_alias: Known | None = None,
    adjective: Known | None = None,
    mere_adjective: Known | None = None,
    unit: Known | None = None,
    hamlet: Known | None = None,
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
    ``unit`` says whether the gazetteer knows a name as a country or a subdivision of any level
    (default: ``jurisdiction``): what a parenthesised hierarchy ends with ('Tome (Biobio)').
    ``hamlet`` says whether only small towns answer to a name (default: none is taken for
    one): such a name that is an ordinary English word where it stands is that word ('the
    Earth', 'the March of Dimes').
    """
    if jurisdiction is None:
        jurisdiction = is_country
    alias_word: Known = word_alias if word_alias is not None else (lambda text: False)
    if adjective is None:
        from sitrep.geo.lexicon import english_adjective

        adjective = english_adjective
    if mere_adjective is None:
        from sitrep.geo.lexicon import mere_adjective as never_noun

        mere_adjective = never_noun
    # An English word in any case ('General' in 'Woodstock General Hospital'), with the
    # default test of ordinary words
    dictionary_word: Known = lambda text: False  # noqa: E731
    if ordinary is None:
        from sitrep.geo.lexicon import english_word, ordinary_word

        ordinary, dictionary_word = ordinary_word, english_word
    is_ordinary: Ordinary = ordinary

    def a_word(tok: Token) -> bool:
        return is_ordinary(tok) or dictionary_word(tok.text)

    def placeish(start: int, end: int) -> bool:
        if not reads_as_place(doc, start, end, is_ordinary):
            return False
        if not alias_word(doc[start:end].text):
            return True
        return cue_of(doc, start, end, heads=False)[0] in (Cue.LOCALITY, Cue.REGION)

    found: dict[tuple[int, int], Mention] = {}
    taken: set[int] = set()
    pending: list[tuple[int, int, str | None]] = []  # known names still lacking a place cue
    operations = operation_names(doc)

    def add(start: int, end: int, ner: str | None) -> None:
        if any(i in taken for i in range(start, end)):
            return
        span = doc[start:end]
        text = POSSESSIVE.sub("", span.text)
        if not text or not capitalised(doc, start, end):
            return
        if _CODE.fullmatch(text) and not known(text):
            return  # 'M23', 'F-16', 'S-400': a group's, a jet's or a missile's code, no place
        if date_month(doc, start, end):
            return  # 'BAMENDA, Cameroon, Nov 6 (Wire)': a month, not the town of Nov
        if military_unit(doc, start, end) is not None:
            return  # 'attacked the 33rd Front': a numbered unit of a force, no place
        if text in operations:
            return  # 'the EU's naval operation, Atalanta,': a body's name, no place
        if (
            end - start == 1
            and span[0].lower_ in DIRECTIONS
            and end < len(doc)
            and doc[end].text[:1].isupper()
        ):
            return  # 'Northern Iraq' cut in two: a part of the place named next, no unit
        cue, _ = cue_of(doc, start, end)
        found[(span.start_char, span.start_char + len(text))] = Mention(
            start=span.start_char,
            end=span.start_char + len(text),
            text=text,
            cue=cue,
            ner=ner,
            small=small_place(doc, start, end),
        )
        taken.update(range(start, end))

    for start, end in datelines(doc):
        if known(doc[start:end].text):
            add(start, end, None)  # 'DANIELSVILLE - Madison County commissioners voted'
    for start, end in shared_datelines(doc):
        if known(doc[start:end].text):
            add(start, end, None)  # 'ISLAMABAD/NEW DELHI, May 7': filed from both
    for one, other in hyphen_pairs(doc, known, jurisdiction):
        add(*one, None)  # 'the Paris-Henry County Rescue Squad': Paris and Henry County
        add(*other, None)

    for bounds, label in place_ents(doc, known):
        start, end = bounds
        if end - start > 2 and doc[start].text in PARTY_LETTERS and doc[start + 1].text == "-":
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
            inside = known_part(doc, start, end, known)
            if inside != (start, end) and doc[inside[0]].lower_ in DIRECTIONS:
                continue  # 'North Eastern' (a province): no 'Eastern' of its own
            if known(doc[inside[0] : inside[1]].text) and placeish(start, end):
                add(*inside, label)  # 'in East Oxford' tagged as a people: Oxford
            continue
        if label in PLACE_LABELS:
            located = start > 1 and doc[start - 1].lower_ == "in"
            # 'High School in X', 'the State Revenue Office in X': a branch, in a place.
            located = located and doc[start - 2].lower_ in _BRANCHES
            if in_org_name(doc, start) and not jurisdiction(text) and not located:
                continue
            if attributive_adjective(doc, start, end, mere_adjective) and not jurisdiction(text):
                continue  # 'the Olympic organizers': an adjective the NER took for a place
            parts = split_commas(doc, start, end)
            dashed = [p for s, e in parts for p in split_commas(doc, s, e, dashes=True)]
            if len(dashed) > len(parts):
                # 'Central Africa - Nigeria': the names the gazetteer knows either side of the
                # dash, not a road ('County Road 80 - Highway 108')
                parts = [(s, e) for s, e in dashed if known(doc[s:e].text)] or parts
            lead = _country_opening_a_body(doc, start, end, known, jurisdiction)
            if lead is not None:
                add(start, lead, label)  # 'the United Kingdom Maritime Trade Operations'
                continue
            for s, e in parts:
                add(*known_part(doc, s, e, known), label)
            continue
        lead = leading_place(doc, start, end, known) if label in ("ORG", "FAC", "PERSON") else None
        if lead is None and label in ("ORG", "FAC"):
            lead = leading_jurisdiction(doc, start, end, jurisdiction, known)
        if lead is None and label in ("ORG", "FAC") and doc[start].lower_ in DIRECTIONS:
            # 'Northeast Texas Community College', 'East Texas Environmental Concerns': the part
            # of a state or country whose institution it is.
            part = leading_jurisdiction(doc, start + 1, end, jurisdiction, known)
            if part is not None:
                add(start + 1, part, label)
                continue
        if lead == start + 1 and adjective(doc[start].text):
            continue  # 'the Federal Highway Administration', 'Superior Court': a word, no town
        if lead is not None:
            add(start, lead, label)  # "Rapides Parish Fire District", "Fargo Police Chief"
            continue
        if label in ("ORG", "FAC") and doc[end - 1].lower_ in LOCAL_BODIES:
            lead = leading_town(doc, start, end, known)
            if lead == start + 1 and end == start + 2 and eponym(doc, start, end):
                continue  # 'Vanderbilt University', 'the Webb Center': named after a person
            if lead == end - 1 and doc[end - 1].lower_ in UNIT_NOUNS:
                lead = None  # 'Mandera District': a unit's name, not a body of the town
            if lead == start + 1 and named_for_a_person(doc, start, end, known, a_word):
                # 'a missile at Ben Gurion Airport': a person's first name, not a town; the
                # facility is the place, which the gazetteer may not know
                add(start, end, label)
                continue
        if lead is not None:
            add(start, lead, label)  # "the Woodstock General Hospital", "Cambridge University"
            continue
        tail = (
            trailing_jurisdiction(doc, start, end, jurisdiction, known)
            if label in ("ORG", "FAC")
            else None
        )
        if tail is not None:
            add(tail, end, label)  # "the University of Georgia", "the Bank of England"
            continue
        inner = (
            inner_jurisdiction(doc, start, end, jurisdiction) if label in ("ORG", "FAC") else None
        )
        if inner is not None:
            add(*inner, label)  # "the University of Kentucky Medical Center"
            continue
        if label not in _MISLABELS:
            continue
        parts = split_commas(doc, start, end)
        if len(parts) > 1 and all(known(doc[s:e].text) for s, e in parts):
            # 'near Hnutove, Donetsk' tagged as one organisation: a town and its unit.
            if placeish(start, end):
                for s, e in parts:
                    add(s, e, label)
            continue
        if (
            label == "ORG"
            and _initials(doc, start, end)
            and country_by_name(text) is None
            and not jurisdiction(text)  # 'Moncton, NB': a province's postal code
        ):
            continue  # 'according to UN figures': a body's initials, not the hamlet of Un
        if start > 1 and doc[start - 1].text == "of" and doc[start - 2].text in _SETTLEMENTS:
            add(start, end, label)  # 'the town of Pont-Sondé': a town, whatever the NER said
            continue
        if known(text):
            # A mislabelled toponym: the gazetteer knows the name and the context says place.
            # Multi-word organisation names ("Minsk Group") are not: only the whole name counts.
            if placeish(start, end) or country_by_name(text) is not None:
                add(start, end, label)
            else:
                pending.append((start, end, label))

    # A known name of several words after a locative word, which the NER cut into pieces
    # ('in Aguas Formosas, Minas Gerais' as an organisation and a person).
    for s, e in located_names(doc, known, taken):
        add(s, e, None)

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
            if (
                len(tok.text) > 1
                and tok.text.isupper()
                and j + 1 < len(doc)
                and joining(doc[j])
                and doc[j + 1].text.isupper()
            ):
                j += 1  # 'PORT-AU-PRINCE, April 2': a dateline's name in capitals is one name
        if j - i > 1 and doc[j - 1].is_lower and doc[j - 1].lower_ in UNIT_WORDS:
            j -= 1  # 'in Handwara subdistrict' tagged as one proper noun: the name and its noun
        if tail_of_longer_name(doc, i, j):
            i = j  # 'in Let Yet Kone village': the village's whole name, not a town of Kone
            continue
        text = doc[i:j].text
        lead = leading_place(doc, i, j, known) if j - i > 1 else None
        if lead is not None:
            add(i, lead, None)
        elif known(text) and country_by_demonym(text) is None:
            if placeish(i, j):
                add(i, j, None)
            else:
                pending.append((i, j, None))
        i = max(j, i + 1)

    # Written hierarchies: 'Lumbishi (Kalehe, Sud-Kivu)': the name and each unit, whatever the
    # NER made of them ('Lumbishi (Kalehe' as one entity).
    written: set[tuple[int, int]] = set()
    for (start, end), parts in hierarchies(doc, known, unit or jurisdiction):
        first, last = doc[start].idx, doc[parts[-1][1]].idx
        for bounds in [b for b in found if b[0] < last and b[1] > first]:
            span = doc.char_span(*bounds, alignment_mode="expand")
            del found[bounds]
            if span is not None:
                taken.difference_update(range(span.start, span.end))
        for s, e in [(start, end), *parts]:
            add(s, e, None)
        written.update(b for b in found if first <= b[0] < last)
        for b in [b for b in found if doc[start].idx < b[0] < last]:
            # Written as the unit another place lies in: a unit, not its namesake town.
            found[b] = dataclasses.replace(
                found[b], cue=found[b].cue or Cue.REGION, written_unit=True
            )

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
        propagate(doc, found, add)
        pending = [p for p in pending if not any(i in taken for i in range(p[0], p[1]))]
        if len(found) == before or not pending:
            break
    mentions = sorted(
        without_unknown_people(doc, found, known, written=frozenset(written)),
        key=lambda m: m.start,
    )
    mentions = hyphenated(doc.text, mentions, known)
    mentions = [
        m
        for m in mentions
        if (m.start, m.end) in written or not (street(doc, m) or street_named(m, known))
    ]
    if hamlet is not None:
        small = hamlet

        def minor(text: str) -> bool:
            return small(text) or not known(text)

        mentions = [
            m
            for m in mentions
            if (m.start, m.end) in written or not a_word_here(doc, m, minor, is_ordinary)
        ]
    mentions = [
        m
        for m in mentions
        if (m.start, m.end) in written
        or not (
            feast(doc.text, m)
            or code(doc.text, m, known)
            or disease(doc.text, m)
            or seat(m)
            or weapon_system(doc.text, m)
        )
    ]
    mentions = sorted([*mentions, *capitals_by_people(doc, mentions, known)], key=lambda m: m.start)
    mentions = mark_actors(doc, mentions)
    others = names_of_others(doc, mentions, known)
    mentions = [m for m in mentions if (m.start, m.end) in written or m.text not in others]
    return link_containers(doc.text, mentions)
