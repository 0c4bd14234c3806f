"""Who acts in an article: finding actor mentions and linking them into actors.

``scan`` reads owners (states, polities) off the parse, ``mentions`` finds every span that names
an actor, ``coref`` links them into one :class:`~sitrep.records.Actor` per referent. The lexicons
of roles, institutions, forces, populations and media are in ``lexicon``.
"""

from __future__ import annotations

from collections.abc import Sequence

from sitrep.records import Actor, ActorKind, Span

__all__ = ["actor_at"]


def actor_at(actors: Sequence[Actor], span: Span) -> Actor | None:
    """The actor named at ``span``, the mention that fits it most tightly first.

    In order: a mention exactly at ``span``; the shortest mention containing it ("Aliyev" inside
    "President Ilham Aliyev"); the first and then longest mention inside it (a speaker phrase
    "Aliyev, quoted by Azertac," is Aliyev), unless an owner's possessive joins it to the
    next ("Yemen's Houthi movement" is the Houthis); any other overlap, the largest first.
    """
    best: tuple[tuple[int, int, int], Actor] | None = None
    inside: list[tuple[Span, Actor]] = []
    for actor in actors:
        for m in actor.mentions:
            if not m.overlaps(span):
                continue
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
        first, outlet = min(inside, key=lambda x: (x[0].start, x[0].start - x[0].end))
        owned = [x for x in inside if first.end < x[0].start <= first.end + 3]
        if owned and outlet.kind is not ActorKind.MEDIA:  # "CNN's Jake Tapper" is via CNN
            return max(owned, key=lambda x: x[0].end - x[0].start)[1]
    return best[1] if best else None
