"""Anonymous sources: the unnamed people news quotes ("an army source said", "a senior diplomat
who asked not to be named said").

Such a source is one person the article does not name; a claim it makes needs a speaker, so it
is an actor of kind person, named by the words that describe it less the determiner and any
state's name or demonym ("a Sudanese army source" is the "army source"), which the body it is
from says instead: the actor named inside the description ("Sudanese army", "Hamas") is its
affiliation (read once every actor is known). Two descriptions with the same words are one
source, as news repeats "an army source" for the one it quoted before.

Two shapes count:

* a singular "source" with one person's determiner ("a", "an", "one", "another"), as a subject
  or after "according to", not a thing's ("a source of income"), nor one whose work says whose
  word it gives ("a medical source" speaks for medical sources, a body of its own);
* a singular "official" with one person's determiner that speaks ("a Syrian official said", "a
  senior official said"): one person of the body or state its description names, not the
  body of its officials;
* any singular noun phrase with one person's determiner whose head is followed by the words
  news uses to say it keeps a name back ("who asked not to be named", "who spoke on condition of
  anonymity", "speaking on condition of anonymity").
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from sitrep.actors import lexicon
from sitrep.actors.context import (
    ANONYMOUS,
    SPEECH_VERBS,
    Context,
    Found,
    Mention,
    one_persons_determiner,
    speaking_official,
    speaks,
)
from sitrep.actors.organisations import SOURCE_WORK
from sitrep.actors.scan import state_owner
from sitrep.geo.countries import Country, country_by_demonym, country_by_name
from sitrep.records import ActorKind

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["anonymous_sources"]

# Words that put a spokesperson on a rebel side: "a rebel spokesman".
_REBEL_SIDES = frozenset({"rebel", "militia", "insurgent", "militant", "guerrilla"})

# Words after "source" that say where it stands, part of its description: "a source close to
# the talks", "a source familiar with the matter".
_STANDING = frozenset({("close", "to"), ("familiar", "with"), ("briefed", "on")})


def anonymous_sources(ctx: Context) -> Iterator[Found]:
    """Each anonymous source: a person named by its description (see the module's doc)."""
    s = ctx.scan
    for tok in s.sdoc:
        if tok.pos_ != "NOUN" or tok.tag_ not in ("NN", "NNP") or tok.i in ctx.claimed:
            continue
        det = one_persons_determiner(tok)
        if det is None:
            continue
        after = s.text[tok.idx + len(tok.text) :]
        if tok.lower_ == "official" and not ANONYMOUS.match(after):
            if not speaking_official(tok):
                continue
        elif tok.lower_ == "source":
            if not speaks(tok) or s.lower(tok.i + 1) == "of":
                continue
            if s.lower(tok.i - 1) in SOURCE_WORK:
                continue  # "a medical source": medical sources, a body (unnamed_bodies)
        elif tok.lower_ in lexicon.SPOKESPEOPLE:
            if not _unnamed_spokesperson(ctx, tok):
                continue
        elif not ANONYMOUS.match(after):
            continue
        end = tok.i + 1
        standing = (s.lower(end), s.lower(end + 1))
        if tok.lower_ == "source" and standing in _STANDING:
            obj = next((c for c in s.tok(end + 1).children if c.dep_ == "pobj"), None)
            if obj is not None and obj.right_edge.i < len(s):
                end = obj.right_edge.i + 1
        first = det.i + 1
        states = {i: c for i in range(first, end) if (c := _state(s.tok(i).text)) is not None}
        words = [s.tok(i).text for i in range(first, end) if i not in states]
        if not words:
            continue
        name = " ".join(words)
        # the body the source is from, named inside its description, read once all are known
        owner_at = s.span(first, tok.i) if first < tok.i else None
        # the description's own words, up to the body's name another finder claimed
        start = tok.i
        # and up to a state's name or demonym, left to the states ("a senior Iranian official")
        while start > first and ctx.free(start - 1, start) and start - 1 not in states:
            start -= 1
        country, owner = _country(ctx, first, tok.i), None
        if country is None and len({c.iso2 for c in states.values()}) == 1:
            # "a senior Iranian official": no body named, the state's own
            at, state = next(iter(states.items()))
            country, owner = state.iso2, state_owner(state, s.span(at, at + 1))
        yield (
            Mention(
                s.span(det.i, end),
                ActorKind.PERSON,
                ("source", name.casefold()),
                name,
                country=country,
                owner=owner,
                owner_at=owner_at,
                title=_post(ctx, first, tok.i, states) if tok.lower_ == "official" else None,
            ),
            range(start, tok.i + 1),
        )


def _unnamed_spokesperson(ctx: Context, tok: Token) -> bool:
    """ "a rebel spokesman said", "according to an army spokeswoman": one spokesperson who
    speaks, the side they speak for told by lower-case words only that name no body; one a
    body's name stands before ("a Hamas spokesman", "a police spokesman") is left to that
    body."""
    if not speaks(tok) or (tok.dep_ == "nsubj" and tok.head.lemma_ not in SPEECH_VERBS):
        return False
    det = one_persons_determiner(tok)
    if any(c.dep_ == "appos" for c in tok.children) or _named_after(tok):
        return False  # "a militia spokesman, Al-Fateh Qurashi, said": named
    if det is None or det.i + 1 == tok.i:
        return False  # a bare "a spokesman" is the spokesman of a body named near it
    between = range(det.i + 1, tok.i)
    # "a police spokesman": the police's, a body another finder named
    # only a rebel side's: "an army spokesman" speaks for the army itself (attribution)
    return any(tok.doc[i].lower_ in _REBEL_SIDES for i in between) and all(
        tok.doc[i].is_lower and ctx.free(i, i + 1) for i in between
    )


def _named_after(tok: Token) -> bool:
    """Whether a capitalised name follows ``tok`` after a comma ("a spokesman, Ali Musa,")."""
    doc = tok.doc
    return tok.i + 2 < len(doc) and doc[tok.i + 1].text == "," and doc[tok.i + 2].is_title


def _post(ctx: Context, first: int, head: int, states: dict[int, Country]) -> str:
    """An official's post: its description less the state and the body it is of ("a senior
    Iranian official" holds "senior official", "a Hamas official" "official")."""
    s = ctx.scan
    kept = (i for i in range(first, head + 1) if i not in states and ctx.free(i, i + 1))
    return " ".join(s.tok(i).text for i in kept)


def _state(word: str) -> Country | None:
    """The state a capitalised word names or is the demonym of."""
    if not word[:1].isupper():
        return None
    return country_by_demonym(word) or country_by_name(word)


def _country(ctx: Context, first: int, head: int) -> str | None:
    """The country of the body named in the description, from the mentions found before."""
    if first >= head:
        return None
    words = ctx.scan.span(first, head)
    inside = [m for m in ctx.mentions if words.contains(m.span) and m.country]
    if not inside:
        return None
    return min(inside, key=lambda m: (m.span.start, m.span.start - m.span.end)).country
