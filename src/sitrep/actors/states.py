"""States and polities: a country or capital acting, a side, a toponym that speaks, an owner.

A country acting, owning or addressed is its state; a capital acting is its state by metonymy
("asked Moscow"); a country where something happens is only a place. "the Azerbaijani side" is
Azerbaijan. A toponym that is no country and speaks ("Nagorno-Karabakh said") is a polity.
Every owner the other finders read (states and polities before a ministry, a title, forces) is
a mention of that owner, at the words naming it.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from sitrep.actors import lexicon
from sitrep.actors.context import SPEECH_VERBS, Context, Found, Mention
from sitrep.actors.scan import Owner, Scan, polity_name, state_owner
from sitrep.geo.countries import country_by_capital, country_by_name
from sitrep.records import ActorKind

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["doers", "owners", "polities", "sides", "states"]

# Verbs whose "with" partner is an actor ("met with Armenia", "agreed with Russia").
_WITH_ACTS = frozenset(
    {"meet", "agree", "negotiate", "talk", "fight", "clash", "cooperate", "sign"}
)


def _owner_mention(owner: Owner) -> Mention:
    return Mention(owner.span, owner.kind, owner.key, owner.name, country=owner.country)


def _candidate_names(ctx: Context) -> Iterator[tuple[int, int]]:
    s = ctx.scan
    seen: set[tuple[int, int]] = set()
    for span, _ in s.places:
        rng = s.tokens_of(span)
        if rng is not None and rng not in seen:
            seen.add(rng)
            yield rng
    for ent in s.sdoc.ents:
        start, end = ctx.entity_tokens(ent.start, ent.end)
        if end > start and (start, end) not in seen:
            seen.add((start, end))
            yield start, end


def states(ctx: Context) -> Iterator[Found]:
    """A country acting, owning or addressed is its state; a capital acting is metonymy."""
    s = ctx.scan
    for start, end in sorted(_candidate_names(ctx)):
        if not ctx.free(start, end):
            continue
        text = s.words(start, end)
        country = s.country_named(s.span(start, end))
        metonymy = False
        if country is None:
            country = country_by_capital(text)
            metonymy = True
        if country is None or not _acts(s, start, end, capital=metonymy):
            continue
        yield _owner_mention(state_owner(country, s.span(start, end))), range(start, end)


def sides(ctx: Context) -> Iterator[Found]:
    """ "the Azerbaijani side" is Azerbaijan."""
    s = ctx.scan
    for k in range(1, len(s)):
        if s.lower(k) != "side" or k in ctx.claimed or s.tok(k).dep_ == "compound":
            continue
        country = s.demonym_at(k - 1)
        if country is None:
            continue
        start = k - 2 if s.lower(k - 2) == "the" else k - 1
        yield _owner_mention(state_owner(country, s.span(start, k + 1))), range(start, k + 1)


# Acts of force a state's adjective says who carried out: "a Russian missile strike", "Israeli
# shelling", "the Ethiopian offensive". A weapon is one only where it attacks ("Russian drones
# struck"): "Iranian drones" may be another state's.
_FORCE_ACTS = frozenset(
    {"strike", "airstrike", "shelling", "bombardment", "attack", "raid", "offensive", "assault"}
    | {"bombing", "incursion", "invasion", "barrage", "counteroffensive", "crackdown", "blockade"}
)


def _attacking_weapon(weapon: Token) -> bool:
    """'Russian drones struck ...', 'Israeli jets pounded ...': the weapon attacks, and the
    state whose it is fires it (not 'Iranian drones were shot down', 'Russian tanks rolled')."""
    return (
        weapon.pos_ == "NOUN"
        and weapon.lemma_.lower() in lexicon.WEAPONS
        and weapon.dep_ == "nsubj"
        and weapon.head.lemma_.lower() in lexicon.WEAPON_VERBS
    )


def doers(ctx: Context) -> Iterator[Found]:
    """A state's adjective or name on an act of force is that state acting: "an Ethiopian drone
    strike", "Russian shelling", "U.S. strikes"; so on a weapon that attacks: "Russian drones
    struck"."""
    s = ctx.scan
    for k in range(len(s)):
        tok = s.tok(k)
        if k in ctx.claimed or tok.dep_ not in ("amod", "compound", "nmod"):
            continue
        if tok.head.i > tok.i and _attacking_weapon(tok.head):
            country = s.demonym_at(k) or s.country_named(s.span(k, k + 1))
            if country is not None:
                yield _owner_mention(state_owner(country, s.span(k, k + 1))), range(k, k + 1)
            continue
        act = tok.head
        if act.dep_ == "compound" and act.head.i > act.i:
            act = act.head  # 'Russian missile strike': the missile names the strike's kind
        if act.i <= k or act.lemma_.lower() not in _FORCE_ACTS or act.pos_ != "NOUN":
            continue
        country = s.demonym_at(k) or s.country_named(s.span(k, k + 1))
        if country is None:
            continue
        yield _owner_mention(state_owner(country, s.span(k, k + 1))), range(k, k + 1)


def polities(ctx: Context) -> Iterator[Found]:
    """A toponym that is no country speaking ("Nagorno-Karabakh said") is a polity."""
    s = ctx.scan
    for start, end in sorted(_candidate_names(ctx)):
        span = s.span(start, end)
        place = s.place_for(span)
        if place is None or not ctx.free(start, end) or country_by_name(span.text(s.text)):
            continue
        if not s.within_place(span):
            continue  # "U.S. Central Command said": a body the toponym begins, not the toponym
        root = s.sdoc[start:end].root
        if root.dep_ == "nsubj" and root.head.lemma_ in SPEECH_VERBS:
            name = polity_name(place)
            yield Mention(span, ActorKind.OTHER, ("polity", name), name), range(start, end)


def owners(mentions: list[Mention]) -> list[Mention]:
    """The states and polities that own the mentions found, at the words naming them."""
    have = {(m.span, m.key) for m in mentions}
    out: list[Mention] = []
    for m in mentions:
        o = m.owner
        if o is not None and (o.span, o.key) not in have:
            have.add((o.span, o.key))
            out.append(_owner_mention(o))
    return out


def speaks_before_colon(s: Scan, start: int, end: int) -> bool:
    """Whether tokens ``start:end`` open a line and a colon follows them: the headline form
    "Armenia: ..." in which the name is the one who says what follows."""
    if s.lower(end) != ":":
        return False
    if start == 0:
        return True
    before = s.tok(start - 1)
    return "\n" in before.text or "\n" in s.text[before.idx + len(before.text) : s.tok(start).idx]


def _acts(s: Scan, start: int, end: int, *, capital: bool) -> bool:
    """Whether the country (or capital) at tokens ``start:end`` is an actor here, not a place."""
    if speaks_before_colon(s, start, end):
        return True  # a headline's "Armenia: Azerbaijan shelled Stepanakert"
    tok = s.sdoc[start:end].root
    while tok.dep_ in ("conj", "appos") and tok.head.i != tok.i:
        tok = tok.head
    dep, head = tok.dep_, tok.head
    if dep in ("nsubj", "nsubjpass"):
        return head.lemma_ not in lexicon.LOCATIVE_VERBS
    if dep == "poss":
        return head.lower_ not in lexicon.PLACE_NOUNS
    if dep == "dobj":
        return head.lemma_ not in lexicon.PLACE_OBJECT_VERBS
    if dep == "pobj":
        prep = head.lower_
        governor = head.head
        if head.dep_ == "agent" or prep in ("by", "against"):
            return True
        if capital:
            return False
        if prep in ("of", "with"):
            return governor.lower_ in lexicon.RELATION_NOUNS or (
                prep == "with" and governor.pos_ == "VERB" and governor.lemma_ in _WITH_ACTS
            )
        return False
    return False
