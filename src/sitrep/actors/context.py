"""What every actor finder shares: the mention record, and the article as found so far.

The finders run in order of precedence and *claim* the tokens that name their actor, so that a
later, more generic finder (the NER's ORG and PERSON, country names) never re-reads them. The
:class:`Context` holds those claims, the mentions found, and lookups more than one finder needs:
role titles, the owner before a title, and names the article uses as places.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

from sitrep.actors import lexicon
from sitrep.actors.scan import POSSESSIVES, ActorKey, Owner, Scan
from sitrep.geo.countries import country_by_capital, country_by_demonym, country_by_name
from sitrep.records import ActorKind, Span

# Words that make an owner's group ethnic or irregular rather than the owner's own.
IRREGULAR = lexicon.ETHNIC_MARKERS


@dataclass(frozen=True, slots=True)
class Mention:
    """One span naming an actor, with what the words say about it."""

    span: Span
    kind: ActorKind
    key: ActorKey  # identity for coreference: same key, same actor
    name: str
    title: str | None = None
    country: str | None = None
    owner: Owner | None = None
    # Persons: the name as written ("Ilham Aliyev", "Aliyev"); None for an unnamed office holder.
    person_name: str | None = None
    # A definite description to resolve to an earlier actor ("the ministry", "the president").
    refers_back: str | None = None
    # A definite description that names an actor even with nothing earlier to refer to: its words
    # say which one ("the defence ministry", "the human rights ombudsman", "the rebels").
    stands_alone: bool = False
    # Canonical name of the organisation this one is part of (Minsk Group -> OSCE).
    part_of: str | None = None


# What a finder yields: the mention, and the tokens it claims.
type Found = tuple[Mention, range]
type FinderStep = Callable[[Context], Iterator[Found]]


class Context:
    """One article being read: ``claimed`` holds tokens already naming an actor."""

    def __init__(self, scan: Scan) -> None:
        self.scan = scan
        self.claimed: set[int] = set()
        self.mentions: list[Mention] = []
        self.toponym_like = _toponym_like(scan)
        self._titles: dict[int, tuple[int, str] | None] = {}
        # Known organisations by their last token, as owners of titles ("UN Secretary-General").
        self.org_ending: dict[int, tuple[int, Mention]] = {}

    def free(self, start: int, end: int) -> bool:
        return not any(i in self.claimed for i in range(start, end))

    def title_ending_at(self, j: int) -> tuple[int, str] | None:
        """The longest role title whose last token is ``j``: (first token, title)."""
        if j not in self._titles:
            self._titles[j] = self._title_ending_with(j, self.scan.lower(j))
        return self._titles[j]

    def plural_title_ending_at(self, j: int) -> tuple[int, str] | None:
        """A role title in the plural ("foreign ministers") ending at token ``j``."""
        if not 0 <= j < len(self.scan) or self.scan.tok(j).tag_ not in ("NNS", "NNPS"):
            return None
        return self._title_ending_with(j, str(self.scan.tok(j).lemma_).lower())

    def _title_ending_with(self, j: int, last: str) -> tuple[int, str] | None:
        s = self.scan
        best = self.phrase_ending_at(lexicon.TITLES, j, last)
        if best is not None and s.lower(best[0] - 1) in lexicon.TITLE_PREFIXES:
            prefix = lexicon.TITLE_PREFIXES[s.lower(best[0] - 1)]
            best = (best[0] - 1, f"{prefix} {best[1]}")
        return best

    def phrase_ending_at(
        self, table: lexicon.Phrases, j: int, last: str | None = None
    ) -> tuple[int, str] | None:
        """The longest entry of ``table`` whose last token is ``j``: (first token, canonical).

        ``last`` stands for the last token's own words (a plural's lemma).
        """
        best: tuple[int, str] | None = None
        for words, canonical in table.ending_with(self.scan.lower(j) if last is None else last):
            first = j - len(words) + 1
            if first < 0 or (best is not None and first >= best[0]):
                continue
            if all(self._word(first + k) == w for k, w in enumerate(words[:-1])):
                best = (first, canonical)
        return best

    def _word(self, i: int) -> str:
        word = self.scan.lower(i)
        return "'s" if word == "’s" else word

    def title_owner(self, first: int) -> tuple[Owner | None, int]:
        """The owner before a title at token ``first``: a state or polity, or an organisation."""
        mods = self.scan.modifiers_before(first, irregular_words=IRREGULAR)
        if mods.owner is None and (org := self.org_ending.get(first - 1)) is not None:
            start, m = org
            return Owner(m.key, m.name, m.kind, m.country, m.span), start
        return mods.owner, mods.start

    def names_a_place(self, start: int, end: int) -> bool:
        """Whether tokens ``start:end`` name a toponym, a country or a capital, not an actor."""
        s = self.scan
        text = s.words(start, end)
        return (
            s.is_place(s.span(start, end))
            or country_by_name(text) is not None
            or country_by_demonym(text) is not None
            or country_by_capital(text) is not None
            or fold_name(text) in self.toponym_like
        )

    def entity_tokens(self, start: int, end: int) -> tuple[int, int]:
        """An entity's tokens less a leading "the" and a trailing possessive."""
        s = self.scan
        if s.lower(start) == "the":
            start += 1
        while end > start and s.tok(end - 1).text in POSSESSIVES:
            end -= 1
        return start, end


def fold_name(text: str) -> str:
    return " ".join(text.replace("’", "'").removesuffix("'s").split()).casefold()


def _toponym_like(s: Scan) -> set[str]:
    """Names the NER calls a person or organisation but the article uses as a place.

    "the village of X", "X and Y districts", "shelled X", "in X", or tagged GPE/LOC elsewhere: a
    name used so anywhere in the article is a toponym everywhere in it, whatever the places
    layer made of it.
    """
    out: set[str] = set()
    for ent in s.sdoc.ents:
        if ent.label_ in ("GPE", "LOC", "FAC"):
            # Called a toponym once by the NER: the same words elsewhere are that toponym.
            out.add(fold_name(ent.text.removeprefix("the ").removeprefix("The ")))
            continue
        if ent.label_ not in ("PERSON", "ORG"):
            continue
        tok = ent.root
        while tok.dep_ == "conj" and tok.head.i != tok.i:
            tok = tok.head
        head = tok.head
        placed = (
            (tok.dep_ in ("compound", "nmod") and head.lower_ in lexicon.PLACE_NOUNS)
            or (
                tok.dep_ == "pobj"
                and head.lower_ == "of"
                and head.head.lower_ in lexicon.PLACE_NOUNS
            )
            or (tok.dep_ == "pobj" and head.lower_ in ("in", "near", "around", "outside"))
            or (tok.dep_ == "dobj" and head.lemma_ in lexicon.PLACE_OBJECT_VERBS)
        )
        if placed:
            out.add(fold_name(ent.text))
            out.add(fold_name(s.text[ent[0].idx : ent.root.idx + len(ent.root.text)]))
    return out


def owned(
    span: Span, kind: ActorKind, key: ActorKey, head: str, owner: Owner, *, title: str | None = None
) -> Mention:
    """What ``owner`` has, named "<head> of <owner>" ("Ministry of Defence of Chile")."""
    return Mention(
        span,
        kind,
        (*key, *owner.key),
        f"{head} of {owner.name}",
        title=title,
        country=owner.country,
        owner=owner,
    )


def definite(
    span: Span,
    kind: ActorKind,
    key: ActorKey,
    name: str,
    refers_back: str,
    *,
    title: str | None = None,
    stands_alone: bool = False,
) -> Mention:
    """A definite description ("the ministry") that names whatever earlier actor it fits."""
    return Mention(
        span, kind, key, name, title=title, refers_back=refers_back, stands_alone=stands_alone
    )
