"""One event told twice in an article is one event, with the evidence of both tellings.

Two events are the same when they have the same PLOVER type, ACLED sub-event and target (of an act
of force in one sentence, one may name none: 'two civilians were killed and 11 wounded'), and
their actors, places and dates do not differ (one may be unknown: 'Russian drones struck' and
'drones struck' are one act, and the merged event has the known actor; two known actors are
two acts). Within one sentence that is enough ('shot and killed', 'agreeing ... the
agreement') unless their target words differ ('killed two men in revenge for the killing of a
herder') or their verbs name subjects of their own that differ ('Israel hits Hamas after
rockets kill two Israelis'); across sentences the two must also be told by the same word and
share at least one known place, date or actor (the same on both), so that two unnamed
'attacks' in different paragraphs stay two.

A count of many acts ('more than 700 air strikes since the coup') is none of them, and an act
told as set apart ('in a separate ambush') is none told before: neither merges with another
telling, nor is either taken for a headline's act.

Before that, a headline's event and a back-reference ('the strike') are filed under the full
telling they stand for (:func:`fold_short_tellings`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from sitrep.events.acled import EVENT_TYPE
from sitrep.records import Event, EventType

# Acts of force, whose target one telling may leave unsaid ('killed two and wounded 11').
_FORCE = frozenset({EventType.ASSAULT, EventType.COERCE})

# Sub-events told by the weapon (air strike, shelling, a bomb): two that differ are two acts.
_BY_WEAPON = frozenset(s for s, t in EVENT_TYPE.items() if t == "Explosions/Remote violence")


@dataclass(frozen=True, slots=True)
class Told:
    """An event and where it was told: its sentence and the lemma of its trigger word."""

    event: Event
    sentence: int
    lemma: str
    back: bool = False  # 'the strike': a later mention of an event told before
    headline: bool = False  # told in the article's title line
    places_named: frozenset[str] = frozenset()  # the places its sentence names
    aggregate: bool = False  # 'more than 700 air strikes since the coup': many acts counted
    apart: bool = False  # 'in a separate ambush': told as another than those before
    again: bool = False  # 'the jets also bombed a school': one more act after one told before
    state: str | None = None  # the state its actor is or is the armed forces of
    within: frozenset[str] = frozenset()  # the places named in the article that hold its place
    near: frozenset[str] = frozenset()  # the towns named in the article near its town
    charged: bool = False  # 'accused the army of shelling': told only as someone's charge
    subject: str | None = None  # the lemma of its verb's own subject ('hits': 'israel')


# Acts of words, told by whom they are aimed at as much as by whom they come from.
_SAID_ACTS = frozenset({EventType.ACCUSE, EventType.REJECT, EventType.THREATEN, EventType.REQUEST})


def _compatible(a: str | None, b: str | None) -> bool:
    return a is None or b is None or a == b


def _same(a: Told, b: Told) -> bool:
    x, y = a.event, b.event
    if a.aggregate != b.aggregate or (b.apart and a.sentence != b.sentence):
        # a count of many acts is none of them; 'a separate ambush' is none told before
        return False
    if b.again and a.sentence != b.sentence:
        return False  # 'the jets also bombed a school': another bombing than the one before
    if (x.type, x.acled) != (y.type, y.acled):
        return False
    if x.target != y.target and not (
        # 'two civilians were killed and 11 wounded': one act of force, its target told once
        # (two statements are two: 'rejected the allegation and accused the rebels')
        a.sentence == b.sentence
        and x.type in _FORCE
        and (x.target_span is None or y.target_span is None)
    ):
        return False
    # an act told once with its actor and once without ('Russian drones struck ... the drones
    # struck') is one act; two actors are two
    if not (_compatible(x.actor, y.actor) and _compatible(x.place, y.place)):
        return False
    if not _compatible(x.date, y.date):
        return False
    if a.sentence == b.sentence:
        if a.subject is not None and b.subject is not None and a.subject != b.subject:
            return False  # 'Israel hits Hamas after rockets kill two Israelis': two doers
        # 'killed two men in revenge for the killing of a herder': told of different victims
        return x.target_span is None or y.target_span is None or x.target_span == y.target_span
    shared = (
        (x.actor is not None and x.actor == y.actor)
        or (x.place is not None and x.place == y.place)
        or (x.date is not None and x.date == y.date)
    )
    return a.lemma == b.lemma and shared


def _with_actor(x: Event, y: Event) -> Event:
    """Of two tellings of one act, the one whose actor the merged event keeps: the first,
    unless only the second names who acted."""
    return y if x.actor is None and y.actor is not None else x


def _combine(x: Event, y: Event) -> Event:
    claims = {c.claim: c for c in x.claims}
    for c in y.claims:
        claims.setdefault(c.claim, c)
    dated = x if x.date is not None else y
    done = _with_actor(x, y)
    aimed = x if x.target_span is not None else y
    return replace(
        x,
        actor=done.actor,
        actor_span=done.actor_span,
        target=aimed.target,
        target_span=aimed.target_span,
        place=x.place if x.place is not None else y.place,
        site=x.site if x.place is not None else y.site,
        date=dated.date,
        date_precision=dated.date_precision,
        claims=tuple(claims.values()),
        evidence=tuple(sorted(set(x.evidence) | set(y.evidence))),
    )


def _evidence_of(x: Event, y: Event, *, charged: bool = False) -> Event:
    """``x`` with the evidence and claims of ``y``, a shorter telling of it whose own place and
    date say less (a headline, 'the strike'); and its ACLED sub-event, place and date when
    ``x`` has none ('a device detonated. The explosion ...': the explosion says what kind; 'a
    clash killed one. The clash occurred in Kuvasali': that is where). ``charged``: ``y`` is the
    act as an accusation charges it, whose accused is the accuser's word (kept in the claim),
    not who did the act ``x`` tells."""
    claims = {c.claim: c for c in x.claims}
    for c in y.claims:
        claims.setdefault(c.claim, c)
    placed = x if x.place is not None else y
    dated = x if x.date is not None else y
    done = x if charged else _with_actor(x, y)
    return replace(
        x,
        acled=x.acled if x.acled is not None else y.acled,
        actor=done.actor,
        actor_span=done.actor_span,
        place=placed.place,
        site=placed.site,
        date=dated.date,
        date_precision=dated.date_precision,
        claims=tuple(claims.values()),
        evidence=tuple(sorted(set(x.evidence) | set(y.evidence))),
    )


def _may_be(a: Told, b: Told) -> bool:
    """Whether ``b``, a shorter telling, may tell the act ``a``: their actors (or the states
    they are the forces of) do not differ. (Not their dates: 'arrived on Thursday to shore up
    the deal' dates the arrival, not the deal.)"""
    return _compatible(a.event.actor, b.event.actor) or _same_side(a, b)


def _same_side(a: Told, b: Told) -> bool:
    """Whether two tellings name one actor, or the same state or its forces."""
    x, y = a.event, b.event
    return (x.actor is not None and x.actor == y.actor) or (
        a.state is not None and a.state == b.state
    )


def _headline_kind(head: Told, item: Told, *, loose: bool = False) -> bool:
    """Whether ``item`` may be the full telling of the headline's act, by its kind alone;
    ``loose``: whatever weapon either is told by, when both name one side."""
    x, y = head.event, item.event
    if item.headline or item.back or item.aggregate or item.apart or x.type is not y.type:
        return False
    # 'Israel strikes Gaza' and 'Israeli jets struck ...' (the state and its forces) are one
    # side; not Hamas's rockets told beside it
    if not _compatible(x.actor, y.actor) and (head.state is None or head.state != item.state):
        return False
    if x.type in _SAID_ACTS and not _compatible(x.target, y.target):
        return False  # 'army blames RSF' is not 'accusing the army of shelling' told later
    # 'Shelling kills 23': not the air strike told beside it; but, loosely, 'Israeli strikes
    # hit port' is the strike Israel's warplanes are told to have made, whatever weapon the
    # headline's few words were read as
    return (
        x.acled == y.acled
        or x.acled not in _BY_WEAPON
        or y.acled not in _BY_WEAPON
        or (loose and x.actor is not None and _same_side(head, item))
    )


def _headline_match(head: Told, item: Told, *, loose: bool = False) -> bool:
    x, y = head.event, item.event
    if not _headline_kind(head, item, loose=loose):
        return False
    # 'Drone strike on Sudan market' and 'a strike ... in El Obeid', a town in Sudan; 'clash
    # in Amhara' and 'clashed in the town of Debre Markos in Ethiopia's Amhara region'
    return (
        x.place is None
        or y.place is None
        or x.place == y.place
        or y.place in head.places_named
        or x.place in item.within
        or x.place in item.places_named
        # 'Bomb kills nine at Kismayo market' and 'a bomb went off in a market in southern
        # Somalia': the full telling placed in the country only
        or y.place in head.within
        # 'Air strike kills six in Gaza' and 'a strike on a house in Khan Younis': the
        # headline names a better-known town nearby
        or y.place in head.near
    )


def _told_apart(head: Told, item: Told) -> bool:
    """Whether ``item``, a claim's act undated and placed nowhere or only in the country holding
    the headline's place, tells something other than the headline's act: another word, another
    sub-event and another side ('Kyiv claims hit on oil depot' is not 'what she called
    terrorist attacks', a spokeswoman's word for other acts)."""
    x, y = head.event, item.event
    return (
        bool(y.claims)
        and x.place is not None
        and (y.place is None or y.place in head.within)
        and y.date is None
        and _stem(item.lemma) != _stem(head.lemma)
        and x.acled != y.acled
        and not _same_side(head, item)
    )


def _headline_telling(told: Sequence[Told], i: int) -> int | None:
    """The index of the full telling of the headline's act at ``i``, if any: the first later
    act of its kind whose place fits, one of its own sub-event first ('Air strike kills 30':
    the strike, not a clash told before it); else the first act after it when that is of its
    own weapon-told sub-event, wherever the gazetteer put the two ('Shelling hits Darfur
    city' and 'shelling ... in El Fasher')."""
    head = told[i]
    acled = head.event.acled
    told = [
        t if k == i or not _told_apart(head, t) else replace(t, apart=True)
        for k, t in enumerate(told)
    ]
    later = [j for j in range(i + 1, len(told)) if _headline_match(head, told[j])]
    place = head.event.place
    # 'Jihadists killed near Boni' and 'the army said it had killed 40 ... near Boni': told by
    # the same word at the same place, before an act of its sub-event told elsewhere
    j = next(
        (
            j
            for j in later
            if place is not None and told[j].event.place == place and told[j].lemma == head.lemma
        ),
        None,
    )
    if j is not None:
        return j
    # 'Kyiv says assault repelled' over '... had repelled 14 Russian assaults': the headline's
    # own word told of many acts at once tells them, before another act of its type
    if not any(told[j].lemma == head.lemma for j in later):
        j = next(
            (
                j
                for j in range(i + 1, len(told))
                if told[j].aggregate
                and told[j].lemma == head.lemma
                and told[j].event.type is head.event.type
                and not told[j].headline
            ),
            None,
        )
        if j is not None:
            return j
    j = next((j for j in later if acled is not None and told[j].event.acled == acled), None)
    if j is not None or later:
        return j if j is not None else later[0]
    kind = next((j for j in range(i + 1, len(told)) if _headline_kind(head, told[j])), None)
    if kind is not None and acled in _BY_WEAPON and told[kind].event.acled == acled:
        return kind
    # the first act of the headline's side whose place fits, by whatever weapon
    return next(
        (j for j in range(i + 1, len(told)) if _headline_match(head, told[j], loose=True)), None
    )


def _stem(lemma: str) -> str:
    """'shelling' and 'shell', 'bombing' and 'bomb': one act's noun and verb."""
    return lemma.removesuffix("ing") if len(lemma) > 6 else lemma


def _told_before(items: Sequence[Told], earlier: Sequence[int], item: Told) -> int | None:
    """The index, among ``earlier`` (nearest first), of the act the back-reference ``item``
    stands for: 'the clash' is the clash told before, else the act told by its word's verb or
    of its sub-event ('the toll from the shelling' after 'shelled'), else the nearest act of
    its type."""
    e = item.event
    j = next((j for j in earlier if items[j].lemma == item.lemma), None)
    if j is None or items[j].event.type is not e.type:
        # (before the nearest act of its type, 'struck')
        j = next(
            (
                j
                for j in earlier
                if items[j].event.type is e.type
                and (
                    _stem(items[j].lemma) == _stem(item.lemma)
                    or (e.acled is not None and items[j].event.acled == e.acled)
                )
            ),
            None,
        )
    if j is None:
        j = next((j for j in earlier if items[j].event.type is e.type), None)
    return j


def fold_short_tellings(told: Sequence[Told]) -> list[Told]:
    """Headline and back-reference events filed under the telling they stand for.

    A headline event with no date ('Shelling hits Stepanakert', 'Russian drones hit Kharkiv') is
    the event the lede tells in full (:func:`_headline_telling`), one whose actor is unknown or
    its own; the event keeps the actor either names. A back-reference ('called the strike a war
    crime') is the nearest earlier event told by the same word, else by the same word's verb or
    of the same sub-event ('the toll from the shelling' after 'shelled'), else the nearest of
    its type. Either stays an event of its own when none matches.
    """
    items = list(told)
    gone: set[int] = set()
    for i, item in enumerate(items):
        e = item.event
        if item.headline and e.date is None:
            j = _headline_telling(items, i)
        elif item.back and not item.headline:
            # (one whose actor differs is another act: 'its jets had targeted fuel depots' is
            # not the rebels' missile told just before)
            earlier = [j for j in range(i - 1, -1, -1) if j not in gone and _may_be(items[j], item)]
            # one told on its day ("Tuesday's strike") or by its known actor's side ('the
            # army said it had targeted ...') before any other
            groups = (
                [j for j in earlier if e.date is not None and items[j].event.date == e.date],
                [j for j in earlier if e.actor is not None and _same_side(items[j], item)],
                earlier,
            )
            j = next((k for g in groups if (k := _told_before(items, g, item)) is not None), None)
        else:
            continue
        if j is not None:
            full = _evidence_of(items[j].event, e, charged=item.charged and not item.headline)
            if item.headline and e.place is not None and items[j].event.place in item.within:
                # the full telling placed only in the country that holds the headline's
                # place: the headline says where in it
                full = replace(full, place=e.place, site=e.site)
                items[j] = replace(items[j], event=full, within=item.within)
            else:
                items[j] = replace(items[j], event=full)
            gone.add(i)
    return [t for i, t in enumerate(items) if i not in gone]


def merge_duplicates(told: Sequence[Told]) -> list[Event]:
    """The events, duplicates merged into the first telling, renumbered e1, e2, ... in order."""
    kept: list[Told] = []
    for item in fold_short_tellings(told):
        for k, earlier in enumerate(kept):
            if _same(earlier, item):
                kept[k] = replace(earlier, event=_combine(earlier.event, item.event))
                break
        else:
            kept.append(item)
    return [replace(t.event, id=f"e{i}") for i, t in enumerate((t for t in kept), start=1)]
