"""Stage casualties.v1: every figure of killed, injured or missing, and who gives it.

Figures come from :mod:`sitrep.casualties.extract` (rules over the parse). This stage turns them
into :class:`~sitrep.records.Casualty` rows and ties each row to the rest of the analysis:

- one row per group of people in a sentence: '1,166 of their troops and 45 civilians have been
  killed' is two rows; 'killed at least 91 civilians and wounded 400' is one row with killed and
  injured, because the wounded figure names no group of its own;
- ``reporter`` and ``claim``: the outermost claim whose content holds the figure (the speaker
  who gives it, not the source they cite); null when the article states the figure itself;
- ``side``: whose people, as the actor that stands for a side (the top of an actor's
  affiliations: 'Authorities of Azerbaijan' give Azerbaijan). From the victims' own words
  ('Azerbaijani troops'); from a reporter's possessive ('their troops'); or, for civilians with no
  word on whose they are and no named killer, the reporting side when the events layer shows it
  fighting another. Otherwise null (see :func:`_side`);
- ``since``: a date the sentence introduces with 'since' or as the start of the fighting
  ('began on September 27'); ``as_of``: another date in the sentence, or, for totals (a toll, a
  perfect tense, 'has left'), the article's reference date. A tally of the period running now
  ('nine officers have been shot this year') runs since that period's start, as of the
  reference date; a past incident ('three men were killed in 2012') is as of its date. Such
  rows, and those of another incident ('In a separate incident, ...'), are reported like any
  other, but :func:`sitrep.casualties.totals.article_totals` leaves them out of the article's
  own incident;
- ``increment``: 'two more were killed' adds to an earlier total and is not compared with one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import ClassVar

from sitrep.actors import TERRITORIAL, actor_at, state_actor
from sitrep.casualties import lexicon as lx
from sitrep.casualties.extract import Mention, mentions
from sitrep.casualties.headlines import is_headline
from sitrep.geo.countries import country_by_demonym
from sitrep.pipeline.base import Document
from sitrep.records import (
    Actor,
    ActorKind,
    Casualty,
    CasualtyGroup,
    Claim,
    Count,
    Event,
    EventType,
    Span,
    TimeExpression,
    TimexType,
)
from sitrep.records.facts import CASUALTY_FIGURES
from sitrep.temporal import attached_time

_NOT_PARTIES = frozenset({ActorKind.POPULATION, ActorKind.MEDIA})
_ISO = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")
_CURRENT_PERIOD = re.compile(r"\b(?:this|so far|to date|current)\b", re.I)
_SINCE_BEFORE = re.compile(
    r"(?:\bsince|\bbegan|\bbegun|\bstarted|\berupted|\bbroke out)\s+(?:on\s+|in\s+)?$", re.I
)


@dataclass(slots=True)
class _Row:
    sentence: int
    first: Mention
    counts: dict[str, Count] = field(default_factory=dict)
    evidence: list[Span] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)

    def add(self, m: Mention) -> None:
        self.counts[m.kind] = m.count
        self.mentions.append(m)
        if m.evidence not in self.evidence:
            self.evidence.append(m.evidence)


def _rows(doc: Document) -> list[_Row]:
    rows: list[_Row] = []
    for index, sent in enumerate(doc.parse.doc.sents):
        last: _Row | None = None
        for m in mentions(sent):
            if last is not None and last.first.part and not m.has_group_noun and not m.part:
                # '31 civilians, including nine children, died and more than 70 were wounded':
                # the wounded complete the whole figure, not the part named inside it
                last = next(
                    (r for r in reversed(rows) if r.sentence == index and not r.first.part), last
                )
            # a figure naming no group of its own ('and wounded 400') completes the row before it
            if (
                last is not None
                and m.kind not in last.counts
                and (not m.has_group_noun or not last.first.has_group_noun)
                and m.increment == last.first.increment
            ):
                last.add(m)
                continue
            last = _Row(sentence=index, first=m)
            last.add(m)
            rows.append(last)
    return rows


def _reporting_claim(claims: Sequence[Claim], span: Span, text: str) -> Claim | None:
    """The outermost claim holding the figure: in 'Putin said, according to Moscow's
    information, ...' Putin gives the figure and Moscow's information is his source. A claim
    of responsibility gives no figure: in 'the group claimed responsibility for the bombing
    that killed 21 people' the toll is the writer's, told of the act the group claims."""
    holding = [
        c
        for c in claims
        if c.content.contains(span) and not _RESPONSIBILITY.match(c.content.text(text))
    ]
    return max(holding, key=lambda c: c.content.end - c.content.start, default=None)


_OWN = frozenset({"its", "their", "our"})
# Words for a state's own troops (not 'fighters' or 'militants', an army's word for its enemy).
_STATE_TROOPS = frozenset({"soldier", "troop", "serviceman", "servicemen", "personnel"})
_RESPONSIBILITY = re.compile(r"(?:the\s+|full\s+)*(?:responsibility|credit)\s+for\b", re.I)


def _state_of_demonym(actors: Sequence[Actor], words: str) -> Actor | None:
    """The state actor whose country ``words`` is the nationality of ('Cambodian')."""
    country = country_by_demonym(words)
    if country is None:
        return None
    return state_actor(actors, country.iso2)


def _described_only(actor: Actor) -> bool:
    """An armed group the article only describes ('fighters', 'gunmen'), of no one named."""
    return (
        actor.kind is ActorKind.ARMED_GROUP
        and actor.affiliation is None
        and actor.name == actor.name.lower()
    )


def _party(actor_id: str, by_id: dict[str, Actor]) -> str:
    """The side an actor stands for: the top of its affiliations ('Authorities of Azerbaijan'
    and 'Ilham Aliyev' stand for Azerbaijan; 'Officials of Nagorno-Karabakh' for it)."""
    seen = {actor_id}
    actor = by_id.get(actor_id)
    while actor is not None and actor.affiliation in by_id and actor.affiliation not in seen:
        seen.add(actor.affiliation)
        actor = by_id[actor.affiliation]
    return actor.id if actor is not None else actor_id


def _parties(events: Sequence[Event], actors: Sequence[Actor]) -> frozenset[str]:
    """The sides fighting in the article: those that attack or are attacked, and those that
    accuse one of them of an attack ('X officials accused Y of shelling'). Populations
    ('civilians') suffer a war but are no side of it."""
    by_id = {a.id: a for a in actors}

    def side(actor_id: str | None) -> str | None:
        if actor_id is None or actor_id not in by_id:
            return None
        party = _party(actor_id, by_id)
        return None if by_id[party].kind in _NOT_PARTIES else party

    fighting = {
        p
        for e in events
        if e.type in {EventType.ASSAULT, EventType.COERCE}
        for p in (side(e.actor), side(e.target))
        if p is not None
    }
    accusers = {
        p
        for e in events
        if e.type is EventType.ACCUSE and side(e.target) in fighting
        for p in (side(e.actor),)
        if p is not None
    }
    return frozenset(fighting | accusers)


def _side(
    row: _Row,
    reporter: str | None,
    *,
    actors: Sequence[Actor],
    parties: frozenset[str],
    armies: frozenset[str] = frozenset(),
    text: str,
) -> str | None:
    """Whose people a row counts, as an actor id of a side (see :func:`_party`), or None.

    1. The victims' own words name it: 'Azerbaijani troops', 'soldiers of the army'; a
       nationality the actors stage made no actor of ('one Cambodian civilian') is the state
       of that nationality, where the article has it as an actor.
    2. A reporter's possessive: 'according to X, 1,166 of their troops' are X's; a person's
       ('his forces had lost three men') are those of the side the person is of.
    3. A side in the fighting that reports civilians with no word on whose they are, and names
       no killer, reports its own: 'Azerbaijani authorities say the fighting has killed 91
       civilians'. Only where the article has two sides or more (from the events layer), so
       that a police force reporting a shooting is no side; only a state or a polity, whose
       people civilians are (an armed group reporting civilians killed has no people of its
       own to claim); never for soldiers, since a side also reports the enemy's losses ('we
       destroyed 30 enemy fighters').
    4. A state's armed forces reporting soldiers killed or wounded with no killer named report
       their own: 'the army said five soldiers were killed'; a reporter that is no state
       reporting soldiers killed, where one state alone fights in the article, reports that
       state's ('JNIM said its fighters had killed 17 soldiers'). Where the events name no
       state in the fighting, ``armies`` stands in: the states whose own forces report their
       soldiers' losses in the article ('the army said three soldiers were killed ... the
       rebels said two soldiers had died': the same state's soldiers).
    Otherwise unknown: no side is guessed.
    """
    m = row.first
    by_id = {a.id: a for a in actors}
    described: str | None = None
    for words in m.side_words:
        actor = actor_at(actors, words) or _state_of_demonym(actors, words.text(text))
        if actor is not None and _described_only(actor):
            # 'they had lost five fighters': fighters of no one named are the loser's own,
            # where a possessive or the loser tells whose; else the fighters themselves
            described = described or actor.id
        elif actor is not None:
            return _party(actor.id, by_id)
    if reporter is None:
        return described
    own = _party(reporter, by_id)
    if m.possessive in {"their", "our", "its"}:
        return own
    if m.possessive in {"his", "her"} and own != reporter:
        # 'a Hamas commander said his forces lost three men': the side the person is of
        return own
    if described is not None:
        return described
    troops = m.noun in _STATE_TROOPS
    own_state = by_id[own].kind is ActorKind.STATE
    by_army = by_id[reporter].kind is ActorKind.ARMED_GROUP
    if troops and own_state and by_army and not any(x.agentive for x in row.mentions):
        return own  # 'The army said five soldiers were killed': a state's army, its own troops
    states = [p for p in parties if by_id[p].kind is ActorKind.STATE] or sorted(armies)
    if troops and not own_state and len(states) == 1:
        # 'JNIM said its fighters had killed 17 soldiers', the army of Mali the one state in
        # the fighting: Mali's soldiers
        return states[0]
    if (
        own in parties
        and by_id[own].kind in TERRITORIAL
        and len(parties) >= 2
        and all(x.group is CasualtyGroup.CIVILIAN for x in row.mentions if x.has_group_noun)
        and m.group is CasualtyGroup.CIVILIAN
        and not any(x.agentive for x in row.mentions)
    ):
        return own
    return None


def _dates(doc: Document, row: _Row, text: str) -> tuple[str | None, str | None]:
    """(since, as_of) of a row from the dates in its sentence."""
    sentence = (
        doc.parse.sentences[row.sentence].span if row.sentence < len(doc.parse.sentences) else None
    )
    since: str | None = None
    as_of: str | None = None
    expressions: Sequence[TimeExpression] = doc.times if doc.has("times") else ()
    # a time of day is its day's ('on Tuesday morning', 2020-11-03TMO), after the sentence's
    # dates ('overnight on Thursday': Thursday)
    for te in sorted(expressions, key=lambda te: te.type is not TimexType.DATE):
        day = te.value.split("T")[0]
        if sentence is None or not sentence.contains(te.span) or not _ISO.match(day):
            continue
        before = text[max(sentence.start, te.span.start - 40) : te.span.start]
        if _SINCE_BEFORE.search(before):
            since = since or day
        elif as_of is None:
            as_of = day
    if expressions and row.mentions:
        # the date the figure's own verb is told with, before others of its sentence: 'put the
        # toll from Tuesday's strike at nine, saying two more died on Wednesday morning'
        own = attached_time(expressions, row.mentions[0].evidence, parsed=doc.parse.doc)
        day = own.value.split("T")[0] if own is not None else ""
        if _ISO.match(day) and day != since:
            as_of = day
    total = any(m.total for m in row.mentions)
    if as_of is None and total and doc.reference_date is not None:
        as_of = doc.reference_date.isoformat()
    # a tally of the period running now ('nine officers shot this year'): since its start, as
    # of the article's date
    current = [
        te
        for te in expressions
        if _ISO.match(te.value)
        and any(
            m.period is not None
            and m.period.overlaps(te.span)
            and _CURRENT_PERIOD.search(m.period.text(text))
            for m in row.mentions
        )
    ]
    if current and doc.reference_date is not None:
        since = since or current[0].value
        as_of = doc.reference_date.isoformat()
    return since, as_of


def _armies(
    rows: Sequence[_Row],
    told: Sequence[Claim | None],
    actors: Sequence[Actor],
    parties: frozenset[str],
    text: str,
) -> frozenset[str]:
    """The states whose own forces report their soldiers' losses ('the army said three
    soldiers were killed'), by rule 4 of :func:`_side`; ``told``: each row's claim."""
    by_id = {a.id: a for a in actors}
    out: set[str] = set()
    for row, claim in zip(rows, told, strict=True):
        reporter = claim.speaker if claim else None
        if reporter is None or reporter not in by_id:
            continue
        if by_id[reporter].kind is not ActorKind.ARMED_GROUP:
            continue
        side = _side(row, reporter, actors=actors, parties=parties, text=text)
        if (
            side is not None
            and side == _party(reporter, by_id)
            and by_id[side].kind is ActorKind.STATE
            and row.first.noun in _STATE_TROOPS
        ):
            out.add(side)
    return frozenset(out)


def casualty_reports(doc: Document) -> tuple[Casualty, ...]:
    """The casualty rows of a parsed document; other layers are used when present."""
    claims: Sequence[Claim] = doc.claims if doc.has("claims") else ()
    actors: Sequence[Actor] = doc.actors if doc.has("actors") else ()
    text = doc.text
    parties = _parties(doc.layer_or_empty("events"), actors)
    rows = _rows(doc)
    told = [_reporting_claim(claims, row.first.figure, text) for row in rows]
    again = [_told_again(i, rows, told) for i in range(len(rows))]
    rows = [row for row, repeated in zip(rows, again, strict=True) if not repeated]
    told = [claim for claim, repeated in zip(told, again, strict=True) if not repeated]
    armies = _armies(rows, told, actors, parties, text)
    out: list[Casualty] = []
    # the sentence, id, claim and kinds of the latest figure not a part
    whole: tuple[int, str, Claim | None, frozenset[str]] | None = None
    for row, claim in zip(rows, told, strict=True):
        m = row.first
        part_of = _whole_of(row, whole) if m.part else None
        if claim is None and part_of is not None and whole is not None and whole[0] == row.sentence:
            claim = whole[2]  # 'put the death toll at 16, including four children'
        if not m.part:
            whole = (row.sentence, f"k{len(out) + 1}", claim, frozenset(row.counts))
        reporter = claim.speaker if claim else None
        side = _side(row, reporter, actors=actors, parties=parties, armies=armies, text=text)
        group = m.group
        if (
            group is CasualtyGroup.ALL
            and any(not x.has_group_noun for x in row.mentions)
            and not m.has_group_noun
            and not m.total
        ):
            group = CasualtyGroup.ALL
        if (
            group is CasualtyGroup.ALL
            and m.possessive in _OWN
            and reporter is not None
            and any(a.id == reporter and a.kind is ActorKind.ARMED_GROUP for a in actors)
        ):
            group = CasualtyGroup.MILITARY  # 'the army put its losses at five dead'
        since, as_of = _dates(doc, row, text)
        out.append(
            Casualty(
                id=f"k{len(out) + 1}",
                reporter=reporter,
                claim=claim.id if claim else None,
                killed=row.counts.get(lx.KILLED),
                injured=row.counts.get(lx.INJURED),
                missing=row.counts.get(lx.MISSING),
                displaced=row.counts.get(lx.DISPLACED),
                abducted=row.counts.get(lx.ABDUCTED),
                group=group,
                side=side,
                since=since,
                as_of=as_of,
                increment=any(x.increment for x in row.mentions),
                part_of=part_of,
                conflict_toll=any(x.conflict_toll for x in row.mentions),
                evidence=tuple(row.evidence),
            )
        )
    sentences = list(doc.parse.doc.sents)
    if sentences and is_headline(sentences[0]):
        _link_restated(out, [row.sentence for row in rows], actors)
    return tuple(out)


def _link_restated(out: list[Casualty], sentences: Sequence[int], actors: Sequence[Actor]) -> None:
    """Set ``restates`` on the headline's figures that the body tells in full: 'Pakistani air
    strikes kill 15 in Paktika, Taliban say' over '... killing at least 15 people, a Taliban
    spokesman said'. The first figure of the body that fits is the one restated."""
    by_id = {a.id: a for a in actors}
    for i, (head, sentence) in enumerate(zip(out, sentences, strict=True)):
        if sentence != 0:
            break
        body = next(
            (
                k
                for k, at in zip(out, sentences, strict=True)
                if at > 0 and _restates(head, k, by_id)
            ),
            None,
        )
        if body is not None:
            out[i] = replace(head, restates=body.id)


def _restates(head: Casualty, body: Casualty, by_id: dict[str, Actor]) -> bool:
    """Whether a headline's figure tells the body's figure in brief: the same people (a group
    and side the body's, or none named), each count of the headline in the body with the same
    value ('kill 15' for 'at least 15': a headline drops the qualifier) or inside the headline's
    range ('dozens of soldiers dead' for 53 soldiers), and given by the same side, or by no one
    in the headline ('Strike kills 18' over '18 people were killed, officials said')."""
    if any(k.increment or k.part_of or k.conflict_toll for k in (head, body)):
        return False
    if head.group not in {body.group, CasualtyGroup.ALL, CasualtyGroup.UNKNOWN}:
        return False
    if head.side is not None and head.side != body.side:
        return False
    if head.reporter is not None and (
        body.reporter is None or _party(head.reporter, by_id) != _party(body.reporter, by_id)
    ):
        return False
    counted = False
    for name in CASUALTY_FIGURES:
        said: Count | None = getattr(head, name)
        if said is None:
            continue
        told: Count | None = getattr(body, name)
        if told is None or not (
            told.value == said.value
            or (said.high is not None and said.value <= told.value <= said.high)
        ):
            return False
        counted = True
    return counted


def _told_again(i: int, rows: Sequence[_Row], told: Sequence[Claim | None]) -> bool:
    """'A police officer was killed ..., the mission said. The officer was shot ... and died of
    his wounds, the mission said.': the same person's death told again, by the same source
    (or by none), in a later sentence is no second row. Only one person named by the same
    noun with 'the' ('the officer'), never 'another officer' or a figure of several."""
    row, claim = rows[i], told[i]
    m = row.first
    if len(row.counts) != 1 or m.count.value != 1 or not m.anaphoric or m.additional:
        return False
    if not m.noun or m.noun in lx.PERSON_PRONOUNS or m.part or m.others:
        return False
    speaker = claim.speaker if claim is not None else None
    return any(
        earlier.sentence < row.sentence
        and earlier.first.noun == m.noun
        and earlier.counts.get(m.kind) is not None
        and earlier.counts[m.kind].value == 1
        and not earlier.first.anaphoric
        and (claim is None or (said is not None and said.speaker == speaker))
        for earlier, said in zip(rows[:i], told[:i], strict=True)
    )


# How many sentences back a part may find its whole: 'At least 23 people were killed ... Eleven
# women were among the dead, a doctor said.'
_PART_REACH = 2


def _whole_of(row: _Row, whole: tuple[int, str, Claim | None, frozenset[str]] | None) -> str | None:
    """The id of the figure a part belongs to: the latest whole figure in its sentence ('16,
    including four children'), else one of the same kind of harm a sentence or two before
    ('Eleven women were among the dead')."""
    if whole is None:
        return None
    sentence, id_, _, kinds = whole
    if sentence == row.sentence:
        return id_
    if row.sentence - sentence <= _PART_REACH and set(row.counts) <= kinds:
        return id_
    return None


class CasualtiesStage:
    name: ClassVar[str] = "casualties.v1"
    provides: ClassVar[str] = "casualties"
    requires: ClassVar[tuple[str, ...]] = ("parse", "times", "actors", "claims")

    def __call__(self, doc: Document) -> tuple[Casualty, ...]:
        return casualty_reports(doc)
