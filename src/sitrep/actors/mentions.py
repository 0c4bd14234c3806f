"""Finding every actor mention in one parsed article, the finders in order of precedence.

Each finder claims the tokens that name its actor, so that a later, more generic finder never
re-reads them (see :mod:`sitrep.actors.context`). Lexicon organisations and media come first,
then persons and offices, institutions and forces, populations, the NER's organisations, and
last states, sides, polities and surnames. Toponyms from the places layer are never persons or
organisations.
"""

from __future__ import annotations

from sitrep.actors import institutions, organisations, persons, states
from sitrep.actors.context import Context, FinderStep, Mention
from sitrep.actors.scan import Scan

__all__ = ["FINDERS", "Mention", "find_mentions"]

FINDERS: tuple[FinderStep, ...] = (
    organisations.known_organisations,
    organisations.media,
    persons.persons,
    institutions.ministries,
    institutions.institutions,
    institutions.forces,
    persons.offices,
    persons.plural_offices,
    institutions.populations,
    organisations.organisations,
    states.states,
    states.sides,
    states.polities,
    persons.surnames,
)


def find_mentions(scan: Scan) -> list[Mention]:
    """Every mention of an actor in the article, and a mention of each owner they name."""
    ctx = Context(scan)
    for step in FINDERS:
        for mention, claim in step(ctx):
            ctx.mentions.append(mention)
            ctx.claimed.update(claim)
    return [*ctx.mentions, *states.owners(ctx.mentions)]
