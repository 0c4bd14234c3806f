"""Figures: two sources giving incompatible casualty figures for the same people."""

from __future__ import annotations

from collections.abc import Sequence

from sitrep.records import Casualty, Claim, Contradiction, ContradictionKind, Count, Qualifier
from sitrep.sources import Source, actor_source, behind

_FIELDS = ("killed", "injured", "missing")


def figures(
    casualties: Sequence[Casualty],
    *,
    names: dict[str, str],
    text: str,
    claims: Sequence[Claim],
) -> list[Contradiction]:
    """Pairs of figures that cannot both be true, from two different sources.

    A figure's source is its reporter (an actor) or, when the speaker was not resolved to an
    actor, the words naming it in the claim that carries the figure ("a hospital official"); a
    figure the article states on its own has no source and is compared with none.
    """
    by_claim = {c.id: c for c in claims}
    rows = [
        (k, source)
        for k in casualties
        if not k.increment and (source := _source(k, by_claim, text, names)) is not None
    ]
    out: list[Contradiction] = []
    for i, (a, (key_a, who_a)) in enumerate(rows):
        for b, (key_b, who_b) in rows[i + 1 :]:
            if key_a == key_b or a.group != b.group:
                continue
            if a.side != b.side or (a.side is None and a.group.value != "all"):
                continue
            if a.as_of and b.as_of and a.as_of != b.as_of:
                continue
            for field in _FIELDS:
                x, y = getattr(a, field), getattr(b, field)
                if x is not None and y is not None and not compatible(x, y):
                    group = a.group.value + (f" of {names.get(a.side, a.side)}" if a.side else "")
                    out.append(
                        Contradiction(
                            kind=ContradictionKind.FIGURES,
                            between=(a.id, b.id),
                            note=(
                                f"{field} ({group}): {_count(x)} according to {who_a}, "
                                f"{_count(y)} according to {who_b}"
                            ),
                        )
                    )
                    break
    return out


def _source(
    row: Casualty, by_claim: dict[str, Claim], text: str, names: dict[str, str]
) -> tuple[str, str] | None:
    """(identity, name) of who gives a figure, or None when no one is named."""
    if row.reporter is not None:
        source: Source | None = actor_source(row.reporter, names)
    else:
        claim = by_claim.get(row.claim or "")
        source = behind(claim, text, names) if claim is not None else None
    return (source.identity, source.name) if source is not None else None


def compatible(a: Count, b: Count) -> bool:
    """Whether two figures can both be true as stated ('at least 91' and '120' can)."""
    lo_a, hi_a = _bounds(a)
    lo_b, hi_b = _bounds(b)
    return lo_a <= hi_b and lo_b <= hi_a


def _bounds(c: Count) -> tuple[float, float]:
    v = float(c.value)
    if c.high is not None:
        return v, float(c.high)
    match c.qualifier:
        case Qualifier.AT_LEAST:
            return v, float("inf")
        case Qualifier.MORE_THAN:
            return v + 1, float("inf")
        case Qualifier.AT_MOST:
            return 0.0, v
        case Qualifier.NEARLY:
            return 0.8 * v, v
        case Qualifier.ABOUT:
            return 0.8 * v, 1.2 * v
        case _:
            return v, v


def _count(c: Count) -> str:
    prefix = {
        Qualifier.AT_LEAST: "at least ",
        Qualifier.MORE_THAN: "more than ",
        Qualifier.ABOUT: "about ",
        Qualifier.AT_MOST: "at most ",
        Qualifier.NEARLY: "nearly ",
    }.get(c.qualifier, "")
    return f"{prefix}{c.value}" + (f"–{c.high}" if c.high is not None else "")
