"""Who acts in an article: finding actor mentions and linking them into actors.

``scan`` reads owners (states, polities) off the parse, ``mentions`` finds every span that names
an actor, ``coref`` links them into one :class:`~sitrep.records.Actor` per referent. The lexicons
of roles, institutions, forces, populations and media are in ``lexicon``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from sitrep.records import Actor, ActorKind, Span

__all__ = ["TERRITORIAL", "actor_at", "state_actor"]

# Kinds of actor that hold territory and people: states and polities ("other": a breakaway
# region's authorities). Their forces are a state's army; their people can be a side's.
TERRITORIAL = frozenset({ActorKind.STATE, ActorKind.OTHER})


def _office_only(actor: Actor) -> bool:
    """An office holder the article does not name ("Speaker of House", "commander of Hamas")."""
    return bool(actor.title) and actor.name.casefold().startswith((actor.title or "").casefold())


# What joins a patron to the group it qualifies: "al Qaeda-linked JNIM", "Iran-backed Houthis".
_LINKED = re.compile(
    r"[-‐–]\s?(?:linked|backed|allied|affiliated|aligned|supported|sponsored|funded|armed|"
    r"trained|based|inspired)\s+",
    re.I,
)


# The same participle after a patron that qualifies no named group: "an al Qaeda-linked group".
_PATRON = re.compile(_LINKED.pattern.removesuffix(r"\s+") + r"\b", re.I)


# What joins a body to the person who leads it: "the government of Captain X".
_OF = re.compile(r"\s+of\s+", re.I)


def state_actor(actors: Sequence[Actor], country: str) -> Actor | None:
    """The article's actor for the state with this ISO 3166-1 alpha-2 code, if it has one."""
    return next((a for a in actors if a.kind is ActorKind.STATE and a.country == country), None)


def actor_at(actors: Sequence[Actor], span: Span, *, text: str = "") -> Actor | None:
    """The actor named at ``span``, the mention that fits it most tightly first.

    In order: a mention exactly at ``span``; the shortest mention containing it ("Aliyev" inside
    "President Ilham Aliyev"); of the mentions inside it, a person's ("House Speaker Nancy
    Pelosi" is Pelosi, not the House), else the first and then longest (a speaker phrase
    "Aliyev, quoted by Azertac," is Aliyev), unless an owner's possessive joins it to the next
    ("Yemen's Houthi movement" is the Houthis, but "Islamic State's Amaq news agency" is the
    group that speaks through its outlet) or, given the ``text``, a patron's participle
    ("the al Qaeda-linked JNIM group" is JNIM); a phrase opening with an outlet stays the
    outlet's ("CNN's Jake Tapper" relays through CNN), one opening with a body stays the
    body's when the person is its leader joined by "of" ("the government of Captain X"); the
    owned one may run past ``span`` ("the EU's naval operation" of "the EU's naval operation,
    Atalanta," is Atalanta);
    any other overlap, the largest first.
    """
    best: tuple[tuple[int, int, int], Actor] | None = None
    inside: list[tuple[Span, Actor]] = []
    # mentions that open within the span and run past it: "the EU's naval operation" of "the
    # EU's naval operation, Atalanta," whose name the source's words leave out
    running_on: list[tuple[Span, Actor]] = []
    for actor in actors:
        for m in actor.mentions:
            if not m.overlaps(span):
                continue
            if span.start < m.start < span.end < m.end:
                running_on.append((m, actor))
            if m == span:
                rank = (0, 0, 0)
            elif m.contains(span):
                rank = (1, m.end - m.start, 0)
            elif span.contains(m):
                rank = (2, m.start, m.start - m.end)
                inside.append((m, actor))
            else:
                rank = (3, -(min(m.end, span.end) - max(m.start, span.start)), m.start)
            if best is None or rank < best[0]:
                best = (rank, actor)
    if best is not None and best[0][0] == 2:
        if text and all(_PATRON.match(text, m.end) for m, _ in inside):
            # "an al Qaeda-linked group said", "Iran-backed militias": a group the patron
            # backs, which the text does not name, is not the patron
            return None
        first, opener = min(inside, key=lambda x: (x[0].start, x[0].start - x[0].end))
        if opener.kind is ActorKind.MEDIA:
            return opener
        people = [x for x in inside if x[1].kind is ActorKind.PERSON]
        if people and text and opener.kind is not ActorKind.PERSON:
            # "the military government of Captain X", "the cabinet of Prime Minister Y": the
            # body the person leads speaks, not the person who leads it
            people = [x for x in people if not _OF.fullmatch(text[first.end : x[0].start])]
            if not people:
                return opener
        if people:
            # a named person before an office named by its title ("Speaker of House")
            return min(
                people, key=lambda x: (_office_only(x[1]), x[0].start, x[0].start - x[0].end)
            )[1]
        # the possessive between them: "Yemen's Houthi" (3 characters), "the Houthis' man" (2);
        # "Amnesty International Kenya" (1) is one name
        owned = [x for x in (*inside, *running_on) if first.end + 2 <= x[0].start <= first.end + 3]
        if text:
            owned = owned or [
                x
                for x in inside
                if x[0].start > first.end and _LINKED.fullmatch(text[first.end : x[0].start])
            ]
        if owned:
            owned_one = max(owned, key=lambda x: x[0].end - x[0].start)[1]
            # "Islamic State's Amaq news agency claimed": a group speaks through its outlet
            return opener if owned_one.kind is ActorKind.MEDIA else owned_one
    return best[1] if best else None
