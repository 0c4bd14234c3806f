"""Who is one person, and who is someone new: the people a sentence's figures count.

A sentence names one victim with several words ('shot him and killed him', 'officer Sean
Bolton', 'he [Moser]', 'the woman ... where she was listed'), and a story meets people again
('the victim died', 'one of them') or meets new ones ('another man', 'a second victim').
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from sitrep.casualties import lexicon as lx
from sitrep.casualties.figures import is_figure_word
from sitrep.casualties.mention import Mention
from sitrep.records import Span

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan


def listed_before(victim: Token) -> list[Token]:
    """'Twelve soldiers, 26 insurgents killed': a headline lists counted groups side by side,
    which the parser reads as an apposition; both are victims."""
    head = victim.head
    counted = [t for t in (victim, head) if _counted(t)]
    if victim.dep_ in {"nsubj", "nsubjpass"} and _counted(victim):
        # 'Thirty rebels, four soldiers die': the parser hangs the first group off the verb
        doc = victim.doc
        return [
            c
            for c in head.children
            if c.dep_ == "dep"
            and c.i < victim.i
            and _counted(c)
            and c.right_edge.i + 1 < victim.i
            and doc[c.right_edge.i + 1].text == ","
        ]
    if victim.dep_ != "appos" or head.i >= victim.i:
        return []
    if len(counted) == 2:
        return [head]
    if counted == [victim] and _lone_person(head):
        return [head]  # 'NATO soldier, 6 militants killed': one soldier and six militants
    return []


def _counted(t: Token) -> bool:
    """A noun with a number of its own: '26 insurgents', a headline's 'Nine Taleban'."""
    return any(
        is_figure_word(c)
        and (c.dep_ == "nummod" or (c.dep_ == "compound" and c.is_alpha and c.i < t.i))
        for c in t.children
    )


def _lone_person(t: Token) -> bool:
    """A headline's singular noun for a person, with no article: 'Police commander', 'NATO
    soldier'. 'The family, 45 people' is not one person."""
    return (
        t.tag_ == "NN"
        and lx.group_of(t.lemma_) is not None
        and t.lower_ not in lx.COLLECTIVE_NOUNS
        and not any(c.dep_ in {"det", "poss", "nummod"} for c in t.children)
    )


def plural_pronouns(plural: list[tuple[Token, Token, str]], found: list[Mention]) -> list[Mention]:
    """'Both teens were taken to a hospital, where they died': 'they' are the people of the
    figure before them in the sentence, so they take its count (and its victim word)."""
    out: list[Mention] = []
    for word, pred, kind in plural:
        before = [m for m in found if m.victim < word.i and m.count.value > 1]
        if not before or any(m.victim == word.i and m.kind == kind for m in found):
            continue
        source = max(before, key=lambda m: m.victim)
        lo, hi = min(word.i, pred.i), max(word.i, pred.i)
        doc = word.doc
        out.append(
            replace(
                source,
                kind=kind,
                figure=Span(word.idx, word.idx + len(word.text)),
                evidence=Span(doc[lo].idx, doc[hi].idx + len(doc[hi].text)),
                victim=source.victim,  # the same people
                increment=False,
                total=False,
                weak=False,
                anaphoric=True,
                additional=False,
                suicide=False,
                noun=word.lower_,
            )
        )
    return out


def same_people_once(sent: SpacySpan, found: list[Mention]) -> list[Mention]:
    """One mention per person and kind: 'shot him and killed him', 'officer Sean Bolton',
    'he [Moser] was pronounced dead' name one victim with two words."""
    doc = sent.doc
    victims = {(m.victim, m.kind) for m in found}
    seen: set[tuple[str, str]] = set()
    out: list[Mention] = []
    for m in sorted(found, key=lambda m: m.victim):
        word = doc[m.victim]
        if (
            word.dep_ in {"compound", "appos"}
            and (word.head.i, m.kind) in victims
            and not listed_before(word)
        ):
            continue
        if m.count.value == 1 and (
            word.pos_ in {"PRON", "PROPN"} or (word.pos_ == "NOUN" and not another(word))
        ):
            # the same name ('Tammy Modlin' and 'Montana Modlin' are two), pronoun or noun
            # ('mother dies ... mother dies' in a page's repeated title) is one person
            key = (_full_name(word), m.kind)
            if key in seen:
                continue
            seen.add(key)
        out.append(m)
    out = _titles_and_names_once(doc, out)
    # 'took the woman to a hospital, where she was listed in serious condition': one woman
    first_single: dict[str, int] = {}
    for m in sorted(out, key=lambda m: m.victim):
        if m.count.value == 1:
            first_single.setdefault(m.kind, m.victim)
    out = [
        m
        for m in out
        if not (
            doc[m.victim].lower_ in lx.PERSON_PRONOUNS
            and m.count.value == 1
            and first_single.get(m.kind, m.victim) < m.victim
        )
    ]
    # 'found one victim with wounds and took the person to hospital': 'the person' is that one
    return [m for m in out if not (_same_as_before(doc[m.victim], m, out))]


def _full_name(word: Token) -> str:
    """A name with its given names ('montana modlin'), or the word itself, lower-cased."""
    if word.pos_ != "PROPN":
        return word.lower_
    parts = [c for c in word.children if c.dep_ == "compound" and c.i < word.i]
    return " ".join(t.lower_ for t in [*parts, word])


def _titles_and_names_once(doc: Doc, found: list[Mention]) -> list[Mention]:
    """'officer Sean Bolton' and 'he [Moser]' are one person each: a title right before a name,
    or a name in brackets right after the word it explains."""
    single = {(m.victim, m.kind) for m in found if m.count.value == 1}
    drop: set[tuple[int, str]] = set()
    for victim, kind in single:
        word = doc[victim]
        if word.pos_ != "PROPN":
            continue
        start = min([victim, *(c.i for c in word.children if c.dep_ == "compound")])
        if start > 0 and (start - 1, kind) in single:
            drop.add((start - 1, kind))  # 'officer Sean Bolton': keep the name
        elif start > 1 and doc[start - 1].text in {"[", "("} and (start - 2, kind) in single:
            drop.add((victim, kind))  # 'he [Moser]': keep the first word
    return [m for m in found if (m.victim, m.kind) not in drop]


def _same_as_before(word: Token, m: Mention, found: list[Mention]) -> bool:
    if not m.anaphoric or m.count.value != 1 or word.pos_ not in {"NOUN", "PRON"}:
        return False
    if another(word):
        return False
    return any(
        o.kind == m.kind and o.count.value == 1 and not o.anaphoric and o.victim < m.victim
        for o in found
    )


def another(victim: Token) -> bool:
    """'The other man', 'a second victim', 'another': someone besides the people met so far."""
    return victim.lower_ in lx.OTHER_WORDS or any(
        c.lower_ in lx.OTHER_WORDS for c in victim.children if c.dep_ in {"amod", "det"}
    )


def anaphoric(victim: Token) -> bool:
    """Whether the victim was met before: 'he', 'the victim', 'one of them', a name."""
    if (
        victim.lower_ in lx.PERSON_PRONOUNS | {"his", "they", "them"}
        or victim.ent_type_ == "PERSON"
    ):
        return True
    if any(c.lower_ in {"the", "this", "that"} or c.dep_ == "poss" for c in victim.children):
        return True
    return any(
        g.lower_ in {"them", "those"} or any(d.lower_ == "the" for d in g.children)
        for c in victim.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for g in c.children
    )
