"""Stage actors.v1: people, states, institutions, armed groups, populations and media.

Reads the parse (tokens, dependencies, the generic NER) and the places layer, and corrects the
NER with domain knowledge: toponyms are never persons or organisations (the NER calls towns
people), country names acting are states, capitals acting are their states ("asked Moscow"),
role titles make persons with a title and a country ("Turkish Foreign Minister X"), and
institutions, forces and officials belong to the state or polity that owns them.

Decisions (documented here once):

* Non-state polities (a toponym that is not a country but owns officials, forces or a leader,
  such as Nagorno-Karabakh) are actors of kind ``other`` with country null: whose territory a
  contested entity is, is a political judgement, not ours.
* "ethnic Armenian forces", separatists, rebels, militias and "X-backed" forces are armed groups
  named as written, with no country and no affiliation: their words say who they are, not which
  state they fight for. "Armenian forces" (no such marker) are the forces of Armenia.
* Unnamed office holders are named by their office: "leader of Nagorno-Karabakh".
* A definite description with nothing to refer to ("the ministry", "the president" first in
  an article) is no actor; one whose words say which body or office it is ("the defence
  ministry", "the emergency service", "the human rights ombudsman") is that body or office of
  unknown owner; so is "the army" (or "the military", or a headline's "army says") with no
  state's forces named before it: an army of no country we can tell, unless the article names
  exactly one state's forces, which it then is.
* A name written before a group noun ("the Fano militia") names an armed group, and the same
  name alone elsewhere is that group whatever the NER made of it; a long name the NER took for
  a person but the article defines by an acronym ("... wal-Muslimin (JNIM)") is an
  organisation; a state's body may go by the initials of its own language ("(HUR)").
* A title-holder belongs to the body named with the title: "a spokesman for the defence
  ministry, X," (read once all actors are known), "Police spokeswoman Y" after "Kenyan police"
  (the one state's police named before), "A Hamas official, Z," (one named official is that
  person, not a body of officials). Several states' people speaking together ("Egyptian and
  Qatari mediators") are one body named after all of them, for a claim has one speaker.
* A plural role with coordinated owners ("the foreign ministers of Armenia and Azerbaijan") is
  one office holder per owner, each named by the office, the shared phrase the evidence for
  each. A plural role with one owner, or a role many hold at once ("generals"), names no one.
* Owners are general: a state or polity, else an organisation, whatever label the NER gave
  the name ("Hamas officials", "UN Secretary-General", "the Front's leader"). A name the article
  uses as a territory (tagged GPE/LOC somewhere, "the X region", part of a hyphenated toponym)
  owns as a polity; a building entered ("the Pentagon") is a place but no polity. Known armed
  groups (lexicon) are armed groups; an organisation's fighters are named as written and are
  its own.
* "the city's mayor", "the region's ombudsman": the owner is the most recent earlier toponym of
  that level, at the words "the city"; with none, there is no owner (we never guess).
"""

from __future__ import annotations

import itertools
from collections import Counter
from typing import ClassVar

from sitrep.actors import actor_at
from sitrep.actors.coref import Subjects, link
from sitrep.actors.mentions import find_mentions
from sitrep.actors.scan import Scan
from sitrep.pipeline.base import Document
from sitrep.records import Actor

__all__ = ["ActorsStage", "actor_at"]


class ActorsStage:
    name: ClassVar[str] = "actors.v1"
    provides: ClassVar[str] = "actors"
    requires: ClassVar[tuple[str, ...]] = ("parse", "places")

    def __call__(self, doc: Document) -> tuple[Actor, ...]:
        mentions = find_mentions(Scan(doc.parse.doc, doc.places))
        home = _home(doc)
        return link(
            mentions,
            home=home,
            text=doc.parse.doc.text,
            subjects=_subjects(doc),
            home_state=home if home is not None and home == _focus(doc) else None,
            places=[(m.start, p.country) for p in doc.places if p.country for m in p.mentions],
        )


def _subjects(doc: Document) -> Subjects:
    """Each sentence's start, and the subjects of its root, of the verbs joined to it and of
    the clause it reports ('X said Y seized the mine': X and Y)."""
    starts: list[int] = []
    heads: set[int] = set()
    for sent in doc.parse.doc.sents:
        starts.append(sent.start_char)
        verbs = [sent.root, *(c for c in sent.root.children if c.dep_ in ("conj", "ccomp"))]
        heads.update(c.idx for v in verbs for c in v.children if c.dep_ in ("nsubj", "nsubjpass"))
    return Subjects(tuple(starts), frozenset(heads))


def _home(doc: Document) -> str | None:
    """The country the article is told from: that of the first place its opening sentences
    name (a headline's, else the dateline's), when the gazetteer placed it; else None."""
    opening = list(itertools.islice(doc.parse.doc.sents, 2))
    if not opening:
        return None
    first = [
        (m.start, p.country)
        for p in doc.places
        if p.country is not None
        for m in p.mentions
        if m.start < opening[-1].end_char
    ]
    return min(first)[1] if first else None


def _focus(doc: Document) -> str | None:
    """The country most of the article's place mentions lie in, when one leads; the first
    (a headline's or dateline's, which says where the story is told from) not counted."""
    mentions = sorted((m.start, p.country) for p in doc.places if p.country for m in p.mentions)
    counts = Counter(country for _, country in mentions[1:])
    ranked = counts.most_common(2)
    if not ranked or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    return ranked[0][0]
