"""Who stands behind a claim or a figure, told the same way everywhere.

A claim's source is its speaker, an actor, when the claims stage could resolve one; otherwise
the words the article uses for it ("officials", "a senior diplomat who asked not to be named"),
kept as written; otherwise no one is named. The readable report, the contradictions stage and
the figures check all ask this one question, so they must give one answer:

- :func:`behind` gives a :class:`Source`: an ``identity`` that two claims share exactly when the
  article names the same source for both (an actor id, or the source's own words without their
  article, lower-cased: "the officials" and "officials" are one source), the ``name`` to show,
  and whether it is ``resolved`` to an actor;
- :func:`source_words` gives the source's own words on one line;
- :func:`figure_source` names who gives a casualty figure, as the store and the corpus show it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from sitrep.records import Casualty, Claim, Report

_DETERMINER = re.compile(r"^(?:the|a|an)\s+", re.I)


@dataclass(frozen=True, slots=True)
class Source:
    identity: str  # an actor id, or "words:" and the source's words normalised
    name: str  # the actor's name, or the source's words as written (on one line)
    resolved: bool  # whether the source is an actor of the report


def source_words(claim: Claim, text: str) -> str | None:
    """The words the article uses for the claim's source, on one line; None when it names none."""
    if claim.source_span is None:
        return None
    return " ".join(claim.source_span.text(text).split()) or None


def actor_source(actor_id: str, names: Mapping[str, str]) -> Source:
    """An actor as a source, named by ``names`` (actor id -> name) or by its id."""
    return Source(actor_id, names.get(actor_id, actor_id), resolved=True)


def behind(claim: Claim, text: str, names: Mapping[str, str]) -> Source | None:
    """Who stands behind ``claim`` (``text`` is the article's text, ``names`` maps actor ids
    to names); None when the article names no source for it."""
    if claim.speaker is not None:
        return actor_source(claim.speaker, names)
    words = source_words(claim, text)
    if words is None:
        return None
    return Source("words:" + _DETERMINER.sub("", words).lower(), words, resolved=False)


def figure_source(figure: Casualty, report: Report) -> str | None:
    """Who gives a casualty figure, as shown: the reporter's name; else the words its claim uses
    for its source, in quotation marks ("“regional officials”"), so that a figure someone gave
    is never taken for the outlet's own; None when the article names no one."""
    if figure.reporter is not None:
        actor = report.actor(figure.reporter)
        return actor.name if actor else None
    claim = report.claim(figure.claim)
    words = source_words(claim, report.article.text) if claim is not None else None
    return f"“{words}”" if words else None
