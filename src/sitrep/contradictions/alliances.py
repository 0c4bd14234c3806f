"""Who sides with whom, as the article's own narration tells it.

Two accusations only pair as "each blames the other" when their speakers are on different
sides, and each names the other's side. An actor's side is its state, through its
affiliations (:func:`sitrep.contradictions.sides.side_of`); this module adds the alignments the
text states outright, so that officials of a territory held by a force that a state backs
count on that state's side:

- backing: "forces backed by Armenia", "rebels, who are backed by Iran", "Russian-backed
  separatists" (also armed, funded, sponsored, supported, equipped);
- alliance: "Turkey, an ally of Azerbaijan", "Hezbollah is an ally of Syria", "a proxy of
  Iran", "militias allied with the government";
- control of a territory: "Nagorno-Karabakh ... has been under the control of ethnic Armenian
  forces", "the town, controlled by rebels" (the territory, as an actor, sides with whoever
  controls it: its officials and leader follow through their affiliation).

Only narration counts: an alignment inside a claim's content ("Baku says the rebels are backed
by Yerevan") is itself disputed, and a negated one ("not backed by") is none. Each alignment
keeps the span of words it was read from, so a contradiction built on it can show why.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from sitrep.geo.countries import country_by_demonym, country_by_name
from sitrep.records import Actor, ActorKind, Claim, Span

# Verbs whose passive participle tells who stands behind an actor: "forces backed by Armenia".
_BACKING = frozenset({"back", "support", "arm", "fund", "finance", "sponsor", "equip", "train"})
# Nouns for one actor siding with another: "Turkey, an ally of Azerbaijan".
_ALLY_NOUNS = frozenset({"ally", "proxy", "client"})
# Verbs of holding ground: "controlled by rebels", "held by government forces".
_CONTROL_VERBS = frozenset({"control", "hold", "occupy", "run"})


@dataclass(frozen=True, slots=True)
class Alliance:
    """``actor`` sides with ``ally`` (an actor id) or, when the text names only a people or
    state by its adjective ("Russian-backed"), with the state ``country`` (ISO code)."""

    actor: str
    ally: str | None
    country: str | None
    evidence: Span


class _Mentions:
    """The actor each token belongs to, by the actors' mention spans."""

    def __init__(self, actors: Sequence[Actor]) -> None:
        spans = sorted((m.start, m.end, a.id) for a in actors for m in a.mentions)
        self._starts = [s for s, _, _ in spans]
        self._spans = spans
        self._states = {a.country: a.id for a in actors if a.kind is ActorKind.STATE and a.country}
        named: dict[str, set[str]] = {}
        for a in actors:
            named.setdefault(a.name.casefold(), set()).add(a.id)
        self._named = {name: next(iter(ids)) for name, ids in named.items() if len(ids) == 1}

    def actor_at(self, token: Token) -> str | None:
        """The actor of a mention covering the token; else the one the token's name names (the
        actors stage lists a state or territory's mentions where it acts, not where it is
        talked about: "Turkey, an ally of Azerbaijan")."""
        last = bisect_right(self._starts, token.idx)
        for start, end, aid in reversed(self._spans[max(0, last - 8) : last]):
            if start <= token.idx < end:
                return aid
        if token.pos_ != "PROPN":
            return None
        name = _name_of(token)
        found = self._named.get(name.casefold())
        if found is None:
            country = country_by_name(name)
            found = self.state(country.iso2) if country is not None else None
        return found

    def state(self, iso2: str) -> str | None:
        return self._states.get(iso2)


def alliances(doc: Doc, actors: Sequence[Actor], claims: Sequence[Claim]) -> list[Alliance]:
    """The alignments narrated in ``doc``, first one per actor kept by :class:`Sides`.

    A link through words that name no actor is followed: in "under the control of separatist
    forces backed by Russia", the territory sides with Russia when the forces are no actor.
    """
    if not actors:
        return []
    mentions = _Mentions(actors)
    quoted = sorted((c.content.start, c.content.end) for c in claims)
    raw = [(x, y, cue) for x, y, cue in _pairs(doc) if not _inside(quoted, cue.idx)]
    onward = {x.i: (y, cue) for x, y, cue in raw}
    out: list[Alliance] = []
    for x, y, cue in raw:
        actor = mentions.actor_at(x)
        if actor is None:
            continue
        words = [x.left_edge, y.left_edge, x, y, cue]
        ally, country = _ally(mentions, actor, y)
        hops = 0
        while ally is None and country is None and y.i in onward and hops < 3:
            y, cue = onward[y.i]
            words += [y, cue]
            ally, country = _ally(mentions, actor, y)
            hops += 1
        if (ally is None and country is None) or ally == actor:
            continue
        first, last = min(words, key=_index), max(words, key=_index)
        span = Span(first.idx, last.idx + len(last.text))
        out.append(Alliance(actor=actor, ally=ally, country=country, evidence=span))
    return out


def _ally(mentions: _Mentions, actor: str, y: Token) -> tuple[str | None, str | None]:
    """The actor or state (ISO code) that token ``y`` names, as someone ``actor`` sides with."""
    ally = mentions.actor_at(y)
    if ally is not None and ally != actor:
        return ally, None
    # "Russian-backed separatists": one mention holds both the actor and its backer.
    found = country_by_demonym(y.text)
    if found is None:
        return None, None
    return mentions.state(found.iso2), found.iso2


def _name_of(token: Token) -> str:
    """The proper name a token heads or belongs to: its entity, else its compound run."""
    if token.ent_type_:
        for ent in token.doc.ents:
            if ent.start <= token.i < ent.end:
                return str(ent.text)
    left = token.i
    while (
        left > 0
        and token.doc[left - 1].dep_ in ("compound", "punct")
        and (token.doc[left - 1].head.i in range(left, token.i + 1))
    ):
        left -= 1
    return str(token.doc[left : token.i + 1].text)


def _index(t: Token) -> int:
    return t.i


def _inside(spans: list[tuple[int, int]], offset: int) -> bool:
    return any(start <= offset < end for start, end in spans)


def _pairs(doc: Doc) -> Iterator[tuple[Token, Token, Token]]:
    """(who sides, with whom, the word saying so) for each alignment the grammar states."""
    for t in doc:
        if any(c.dep_ == "neg" for c in t.children):
            continue
        lemma = t.lemma_.lower()
        if t.tag_ == "VBN" and lemma in _BACKING | _CONTROL_VERBS:
            backed = _subject_of_participle(t)
            for backer in _agents(t):
                if backed is not None:
                    yield backed, backer, t
            if lemma in _BACKING and t.dep_ == "amod":
                # "Russian-backed separatists": the backer is hyphenated before the participle.
                for c in t.children:
                    if c.i < t.i and c.dep_ in ("npadvmod", "compound", "nmod", "amod"):
                        yield t.head, c, t
        elif t.pos_ == "NOUN" and lemma in _ALLY_NOUNS:
            who = _described(t)
            for whom in _objects_of(t, "of"):
                if who is not None:
                    yield who, whom, t
            for c in t.children:
                if c.dep_ == "poss" and who is not None:
                    yield who, c, t
        elif lemma == "ally" and t.tag_ in ("VBN", "VBD", "JJ"):
            who = t.head if t.dep_ in ("acl", "amod") else _nsubj(t)
            for whom in _objects_of(t, "with", "to"):
                if who is not None:
                    yield who, whom, t
        elif lemma == "control" and t.pos_ == "NOUN" and t.dep_ == "pobj":
            prep = t.head
            if prep.lower_ != "under":
                continue
            held = _nsubj(prep.head) if prep.head.pos_ in ("VERB", "AUX") else prep.head
            for holder in _objects_of(t, "of"):
                if held is not None:
                    yield held, holder, t


def _agents(t: Token) -> Iterator[Token]:
    for c in t.children:
        if c.dep_ == "agent":
            for p in c.children:
                if p.dep_ == "pobj":
                    yield p
                    yield from (q for q in p.children if q.dep_ == "conj")


def _objects_of(t: Token, *preps: str) -> Iterator[Token]:
    for c in t.children:
        if c.dep_ == "prep" and c.lower_ in preps:
            for p in c.children:
                if p.dep_ == "pobj":
                    yield p
                    yield from (q for q in p.children if q.dep_ == "conj")


def _subject_of_participle(t: Token) -> Token | None:
    """What a passive participle says is backed or held: the noun it modifies ("forces backed
    by"), the antecedent of its relative pronoun ("rebels, who are backed by") or its passive
    subject ("the town is controlled by")."""
    if t.dep_ in ("acl", "amod"):
        return t.head
    for c in t.children:
        if c.dep_ == "nsubjpass":
            if c.tag_ in ("WP", "WDT") and t.dep_ == "relcl":
                return t.head
            return c
    return None


def _described(t: Token) -> Token | None:
    """Whom a noun like "ally" describes: its apposition's head ("Turkey, an ally of") or the
    subject it is predicated of ("Hezbollah is an ally of")."""
    if t.dep_ == "appos":
        return t.head
    if t.dep_ == "attr":
        return _nsubj(t.head)
    return None


def _nsubj(verb: Token) -> Token | None:
    """The verb's subject, through coordination ("lies within X but has been under ...")."""
    seen = 0
    while seen < 4:
        for c in verb.children:
            if c.dep_ in ("nsubj", "nsubjpass"):
                return c
        if verb.dep_ != "conj":
            return None
        verb = verb.head
        seen += 1
    return None
