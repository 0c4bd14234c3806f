"""What every actor finder shares: the mention record, and the article as found so far.

The finders run in order of precedence and *claim* the tokens that name their actor, so that a
later, more generic finder (the NER's ORG and PERSON, country names) never re-reads them. The
:class:`Context` holds those claims, the mentions found, and lookups more than one finder needs:
role titles, the owner before a title, and names the article uses as places.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sitrep.actors import lexicon
from sitrep.actors.scan import POSSESSIVES, ActorKey, Modifiers, Owner, Scan, owner_of
from sitrep.geo.countries import country_by_capital, country_by_demonym, country_by_name
from sitrep.records import ActorKind, Span

if TYPE_CHECKING:
    from spacy.tokens import Token

# One person, not one the article named before.
ONE_PERSON = frozenset({"a", "an", "one", "another"})

# Words that say how far an office reaches, not whose it is: "the regional governor", "a
# provincial official", "a county official".
REACH = frozenset(
    {"regional", "provincial", "local", "district", "city", "state", "county", "municipal"}
)

# The verbs of saying an actor does as a subject ("Chad said", "an official denied").
SPEECH_VERBS = frozenset(
    {
        "say",
        "accuse",
        "deny",
        "claim",
        "report",
        "announce",
        "reject",
        "vow",
        "insist",
        "warn",
        "demand",
        "call",
        "state",
        "confirm",
        "threaten",
        "blame",
    }
)
# Verbs besides speech by which a body gives its word: "put the death toll at 45".
WORD_GIVING = SPEECH_VERBS | {"put", "estimate", "place", "tell", "add", "record", "report"}

# What news writes after a person to say it keeps the name back.
ANONYMOUS = re.compile(
    r",?\s*(?:who|and)\s+(?:asked|requested|declined|refused|did\s+not\s+want|spoke|was\s+"
    r"speaking|is\s+not\s+authori[sz]ed|was\s+not\s+authori[sz]ed|were\s+not\s+authori[sz]ed)"
    r"(?:\s+not)?(?:\s+to\s+be\s+(?:named|identified)|\s+anonymity|\s+on\s+(?:the\s+)?"
    r"condition\s+of\s+anonymity|\s+to\s+(?:speak|talk|brief)\b)"
    r"|,?\s*speaking\s+on\s+(?:the\s+)?condition\s+of\s+anonymity",
    re.I,
)

# Words that make an owner's group ethnic or irregular rather than the owner's own.
IRREGULAR = lexicon.ETHNIC_MARKERS

# Bodies a state keeps in each of its regions, which act where they stand: "police in
# <region>" are the state's police there (where "officials in Abkhazia" are the region's own),
# and "police" with no owner in a sentence naming places of one state are that state's.
LOCAL_BODIES = frozenset({"police"})


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
    # Words naming whom a person speaks or works for, read once every actor is known: "a
    # spokesman for the defence ministry, Vagif Dargahli," works for the ministry.
    owner_at: Span | None = None
    # Who runs a body named with no owner ("the Houthi-run health ministry"): its owner when no
    # earlier body of its kind is the one it refers back to, never the article's other states.
    run_by: Owner | None = None


# A state's bodies whose title-holders news names by the body alone ("government spokesman").
_BODY_WORDS = {
    "government": "Government",
    "army": "",
    "military": "",
    "junta": "",
    "police": "Police",
    "air force": "",
}
# Bodies that are a state's forces ("junta spokesman" speaks for the military government).
_FORCE_WORDS = frozenset({"army", "military", "junta", "air force"})

# What a finder yields: the mention, and the tokens it claims.
type Found = tuple[Mention, range]
type FinderStep = Callable[[Context], Iterator[Found]]


# Words for an army that name no country: "Army spokesman X", "Army chief X".
BARE_ARMY = frozenset({"army", "military"})


def army_of_no_country(span: Span) -> Owner:
    """The army at ``span`` of no country the words tell: the one state's forces the article
    names, if it names one (coreference joins it to them)."""
    return Owner(("forces",), "army", ActorKind.ARMED_GROUP, None, span)


def _portfolio_word(t: Token, minister: Token) -> bool:
    """A common noun naming a minister's portfolio: "communication", "energy", "water"."""
    return (
        t.pos_ == "NOUN"
        and t.dep_ in ("compound", "amod", "nmod")
        and t.head.i in (minister.i, t.i + 1)
        and t.is_lower
        and t.is_alpha
    )


class Context:
    """One article being read: ``claimed`` holds tokens already naming an actor."""

    def __init__(self, scan: Scan) -> None:
        self.scan = scan
        self.claimed: set[int] = set()
        self.mentions: list[Mention] = []
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
        if best is not None and best[1] == "Minister" and best[0] == j:
            # a portfolio the table lacks: "Congo's communication minister", "the energy
            # minister": the minister of that portfolio, whose owner stands before it
            k = j - 1
            while k >= 0 and j - k <= 2 and _portfolio_word(s.tok(k), s.tok(j)):
                k -= 1
            if k < j - 1:
                words = " ".join(s.tok(i).text.capitalize() for i in range(k + 1, j))
                best = (k + 1, f"{words} Minister")
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
            first = self._words_ending_at(words, j)
            if first is None or (best is not None and first >= best[0]):
                continue
            best = (first, canonical)
        return best

    def _words_ending_at(self, words: tuple[str, ...], j: int) -> int | None:
        """The first token of ``words`` written to end at token ``j`` (its last word already
        matched there), a hyphen inside allowed ("Lieutenant-Colonel"); None if not written."""
        s = self.scan
        i = j
        for w in reversed(words[:-1]):
            i -= 1
            infix = i > 0 and s.tok(i).text == "-"
            if infix and not (s.tok(i).whitespace_ or s.tok(i - 1).whitespace_):
                i -= 1
            if i < 0 or self._word(i) != w:
                return None
        return i

    def _word(self, i: int) -> str:
        word = self.scan.lower(i)
        return "'s" if word == "’s" else word

    def title_owner(self, first: int) -> tuple[Owner | None, int]:
        """The owner before a title at token ``first``: a state or polity, or an organisation;
        for a body's title with no owner named ("government spokesman"), the state or polity
        the article has named as that body's owner before ("Ethiopia's government")."""
        mods = self.owner_before(first)
        if mods.owner is None and self.scan.lower(first - 1) in _FORCE_WORDS:
            # "Houthi military spokesman Yahya Saree": the group's military speaks, so the group
            forces = self.owner_before(first - 1)
            if forces.owner is not None and forces.owner.kind is not ActorKind.STATE:
                return forces.owner, forces.start
        bare = mods.owner is not None and mods.owner.name.casefold() in _BODY_WORDS
        if (mods.owner is None or bare) and (body := self._body_named_before(first - 1)):
            return body, mods.start
        return mods.owner, mods.start

    def _body_named_before(self, j: int) -> Owner | None:
        """ "government spokesman" at token ``j``: the same body of a state or polity named
        earlier ("Ethiopia's government", "Kenyan police"), as the owner the title belongs to,
        at the word ``j`` (the body's actor gets it as a mention)."""
        s = self.scan
        word = s.lower(j)
        # "Air force spokesman X": a state's forces named by two words, the earlier "air force"
        two = j >= 1 and word == "force" and s.lower(j - 1) == "air"
        if two:
            word, j = "air force", j - 1
        tok = s.tok(j) if j >= 0 else None
        if tok is None or word not in _BODY_WORDS:
            return None
        # the tagger takes the rare noun for an adjective: "the junta spokesman"
        if tok.dep_ != "compound" and not (word == "junta" and tok.dep_ == "amod"):
            return None
        if not (tok.is_lower or tok.is_sent_start):
            return None
        for k in range(j, -1, -1):
            here = f"{s.lower(k)} {s.lower(k + 1)}" if two else s.lower(k)
            if here != word:
                continue
            owner = s.modifiers_before(k, irregular_words=IRREGULAR).owner
            if owner is None and (after := s.owner_after(k + 1 if two else k)) is not None:
                owner = after[0]
            if owner is not None and owner.kind in (ActorKind.STATE, ActorKind.OTHER):
                span = s.span(j, j + 2 if two else j + 1)
                if word in _FORCE_WORDS:
                    key, kind = ("forces", *owner.key), ActorKind.ARMED_GROUP
                    return Owner(key, f"Military Forces of {owner.name}", kind, owner.country, span)
                head = _BODY_WORDS[word]
                key = ("institution", head.casefold(), *owner.key)
                return Owner(
                    key, f"{head} of {owner.name}", ActorKind.ORGANIZATION, owner.country, span
                )
        return None

    def owner_before(self, i: int, *, skip_modifiers: bool = False) -> Modifiers:
        """The owner right before token ``i``: a state or polity, else an organisation.

        An organisation owns what follows its name or possessive ("UN Secretary-General", "Hamas
        officials", "the Taliban's spokesman") whatever the NER's label, unless the article uses
        the name as a place (then it is a polity, read by the scan).
        """
        s = self.scan
        mods = s.modifiers_before(i, irregular_words=IRREGULAR, skip_modifiers=skip_modifiers)
        if mods.owner is not None or mods.irregular:
            return mods
        for k in s.head_positions(i, skip_modifiers=skip_modifiers):
            if k <= 0:
                break
            possessive = s.tok(k - 1).text in POSSESSIVES
            org = self.organisation_ending_at(k - 2 if possessive else k - 1)
            if org is None and possessive:
                org = self.institution_referred_to(k - 2) or self._organisation_referred_to(k - 2)
            if org is not None:
                start = org[1] - 1 if s.lower(org[1] - 1) == "the" else org[1]
                return Modifiers(org[0], start)
        return mods

    def institution_referred_to(self, j: int) -> tuple[Owner, int] | None:
        """ "the administration" ending at token ``j`` (before a possessive): the most recent
        institution found before it whose name has that noun, and the phrase's first token."""
        s = self.scan
        found = self.phrase_ending_at(lexicon.INSTITUTIONS, j)
        if s.lower(j) == "ministry":
            found = (j, "Ministry")
        if found is None or s.lower(found[0] - 1) != "the":
            return None
        head = found[1].casefold()
        here = s.span(found[0] - 1, j + 1)
        earlier = [
            m
            for m in self.mentions
            if m.span.end <= here.start
            and m.kind is ActorKind.ORGANIZATION
            and m.key[0] in ("institution", "ministry")
            and head in m.name.casefold()
        ]
        if not earlier:
            return None
        m = max(earlier, key=lambda m: m.span.start)
        return owner_of(m, here), found[0]

    def _organisation_referred_to(self, j: int) -> tuple[Owner, int] | None:
        """ "the mission" ending at token ``j`` (before a possessive): the one organisation named
        before it by that noun, as its name's last word or right after it ("the Multinational
        Security Support mission said ... the mission's commander"), and the phrase's first
        token; none when no organisation, or more than one, was named so."""
        s = self.scan
        tok = s.tok(j) if j >= 1 else None
        if tok is None or not tok.is_lower or tok.pos_ != "NOUN" or s.lower(j - 1) != "the":
            return None
        noun = s.lower(j)
        named: list[Owner] = []
        for ent in s.sdoc.ents:
            if ent.label_ != "ORG" or ent.end > j - 1:
                continue
            if noun not in (s.lower(ent.end - 1), s.lower(ent.end)):
                continue
            found = self.organisation_ending_at(ent.end - 1)
            if found is None and noun == s.lower(ent.end):
                # the noun is part of the body's name: "the Multinational Security Support
                # mission"
                found = self.organisation_ending_at(ent.end)
            if found is not None:
                named.append(found[0])
        if not named or len({o.key for o in named}) != 1:
            return None
        o = named[-1]
        return owner_of(o, s.span(j - 1, j + 1)), j - 1

    def organisation_ending_at(self, j: int) -> tuple[Owner, int] | None:
        """The organisation whose name ends at token ``j``, and its first token."""
        if j < 0:
            return None
        if (known := self.org_ending.get(j)) is not None:
            start, m = known
            return owner_of(m, m.span), start
        s = self.scan
        ent = s.ent_of.get(j)
        # "the Multinational Security Support mission": the name closes with the noun after it
        cut = ent is None and (ent := s.ent_of.get(j - 1)) is not None
        if ent is None or ent.label_ != "ORG":
            return None
        start, end = self.entity_tokens(ent.start, ent.end)
        if mission_noun_after(s, start, end):
            if not cut:
                return None  # the name before the noun: the body is named at the noun
            end += 1
        elif cut:
            return None
        if end - 1 != j or end <= start or not self.free(start, end):
            return None
        text = s.words(start, end)
        if text.islower() or self.names_a_place(start, end, territory=True):
            return None
        if end - start == 1 and text.casefold() in BARE_ARMY:
            # "Army spokesman X" with no state named
            return army_of_no_country(s.span(start, end)), start
        # At the same words as the organisations finder's mention of it, "the" included.
        first = start - 1 if s.lower(start - 1) == "the" else start
        span = s.span(first, end)
        return Owner(("org", text.casefold()), text, ActorKind.ORGANIZATION, None, span), start

    def names_a_place(
        self, start: int, end: int, *, territory: bool = False, whole: bool = False
    ) -> bool:
        """Whether tokens ``start:end`` name a toponym, a country or a capital, not an actor.

        With ``territory``, a name the article uses only as a building's or a spot's ("entered
        the Pentagon") does not count: such a name may still be an organisation's. With
        ``whole``, a toponym the places layer found must span the whole name, not open it ("the
        Sudan People's Liberation Army").
        """
        s = self.scan
        text = s.words(start, end)
        span = s.span(start, end)
        return (
            (s.within_place(span) if whole else s.is_place(span))
            or country_by_name(text) is not None
            or country_by_demonym(text) is not None
            or country_by_capital(text) is not None
            or (s.is_territory(text) if territory else s.is_toponym_like(text))
        )

    def entity_tokens(self, start: int, end: int) -> tuple[int, int]:
        """An entity's tokens less a leading "the", a trailing possessive, and symbols at either
        end that are no part of a name (an emoji or a star the tagger took in: '💥 Explosions'),
        nor a paragraph break the tagger ran on into ("said on X.\n\n")."""
        s = self.scan
        while end > start and _symbols(s.tok(start).text):
            start += 1
        if s.lower(start) == "the":
            start += 1
        while end > start and (
            s.tok(end - 1).text in POSSESSIVES
            or _symbols(s.tok(end - 1).text)
            or s.tok(end - 1).is_space
        ):
            end -= 1
        return start, end


# What a body sends out, whose noun may close its name: "the Multinational Security Support
# mission".
def one_persons_determiner(tok: Token) -> Token | None:
    """The determiner of one person opening ``tok``'s phrase, with nothing but its modifiers
    between them ("a senior Western diplomat"), else None."""
    dets = [c for c in tok.children if c.dep_ in ("det", "nummod") and c.i < tok.i]
    edge = tok.left_edge.i
    if (
        not dets
        and edge > 0
        and tok.doc[edge - 1].dep_ == "ROOT"
        and tok.doc[edge - 1].tag_ == "DT"
    ):
        # after a dateline the parser may take the article for a root of its own: "CAIRO,
        # Nov 24 - A Hamas official ... said"
        dets = [tok.doc[edge - 1]]
        if dets[0].lower_ in ONE_PERSON:
            return dets[0]
    if len(dets) != 1 or dets[0].lower_ not in ONE_PERSON:
        return None
    det = dets[0]
    if det.i != tok.left_edge.i:
        return None
    return det


def speaks(tok: Token) -> bool:
    """A source that says something: a subject ("a source said"), or after "according to"."""
    if tok.dep_ in ("nsubj", "nsubjpass"):
        return True
    head = tok.head
    return (
        tok.dep_ == "pobj"
        and head.lower_ == "to"
        and head.i > 0
        and head.doc[head.i - 1].lower_ == "according"
    )


def speaking_official(tok: Token) -> bool:
    """Whether ``tok`` is one official of a state that speaks, with one person's determiner
    and nothing but lower-case words and the state's name or demonym before it ("a Syrian
    official said", "according to a senior Iraqi official", "a provincial official said"): a
    person the article does not name. One a body's name stands before ("a civil defence
    official") speaks for that body."""
    if tok.lower_ != "official" or tok.tag_ != "NN" or not speaks(tok):
        return False
    if tok.dep_ == "nsubj" and tok.head.lemma_ not in SPEECH_VERBS:
        return False
    det = one_persons_determiner(tok)
    if det is None:
        return False
    between = tok.doc[det.i + 1 : tok.i]
    states = {c for w in between if w.text[:1].isupper() and (c := _state_of(w.text))}
    # no state named, a word of how far the office reaches says it is one of a place's
    # officials the article is about ("a provincial official said", "a county official")
    reach = not states and any(w.lower_ in REACH for w in between)
    return (len(states) == 1 or reach) and all(
        (w.pos_ == "ADJ" and w.is_lower)
        or w.lower_ in REACH
        or (w.text[:1].isupper() and _state_of(w.text))
        for w in between
    )


def _state_of(word: str) -> str | None:
    """The state (ISO code) a word names or is the demonym of."""
    found = country_by_demonym(word) or country_by_name(word)
    return found.iso2 if found is not None else None


def kept_anonymous(tok: Token) -> bool:
    """Whether ``tok`` heads one person the article keeps a name back for: "a Hamas official,
    who asked not to be named,", "a senior official speaking on condition of anonymity"."""
    if tok.tag_ not in ("NN", "NNP") or one_persons_determiner(tok) is None:
        return False
    return bool(ANONYMOUS.match(tok.doc.text, tok.idx + len(tok.text)))


_MISSIONS = frozenset({"mission", "operation"})


def mission_noun_after(s: Scan, start: int, end: int) -> bool:
    """ "the Multinational Security Support mission": a name of two words or more (tokens
    ``start:end``) that the NER cut before the mission's noun it modifies; the noun is part of
    the body's name."""
    if end - start < 2 or s.lower(end) not in _MISSIONS:
        return False
    noun = s.tok(end)
    return (
        noun.is_lower
        and noun.pos_ == "NOUN"
        and all(start <= s.tok(i).head.i <= end for i in range(start, end))
    )


def _symbols(word: str) -> bool:
    """A word of symbols only (emoji, stars, arrows), not of letters or punctuation."""
    return bool(word) and all(unicodedata.category(ch)[0] == "S" for ch in word)


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
