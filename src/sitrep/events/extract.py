"""Events in one parsed sentence: trigger, PLOVER type, ACLED sub-event, and argument words.

A trigger is a verb or noun from :mod:`sitrep.events.triggers`. Its clause (the trigger's
subtree) is what the ACLED rules and the trained classifiers read (:mod:`sitrep.events.choice`
picks the type and sub-event). The actor is the
trigger's subject (the agent of a passive; for an event inside an accusation, 'accused X of
targeting', the accused); the target its object or the object of 'on/against'. Nested triggers
of the same type in one clause ('continued shelling') are one event. Casualty totals, habits
and the war as a whole are no events (:mod:`sitrep.events.reference`). What the sentence as a
whole tells beyond its trigger words is :mod:`sitrep.events.sentence`; the record found is
:class:`sitrep.events.found.Found`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from sitrep.casualties.lexicon import group_of
from sitrep.events import nonevents, reference, senses, syntax, triggers
from sitrep.events.acled import EVENT_TYPE, PLOVER_TYPE, bare_unrest, sub_event
from sitrep.events.acled.pattern import matches
from sitrep.events.acled.territory import GROUP_REGAINS, NON_STATE, OVERTAKE, STATE
from sitrep.events.acled.violence import ARMED_HIT
from sitrep.events.acled.weapons import BOTH_SIDES
from sitrep.events.candidates import (
    SUFFERED,
    eases_fighting,
    failing_talks,
    fighting_untold,
    no_act,
    open_to,
    plover_candidates,
    standing_accord,
    talks_on_an_accord,
)
from sitrep.events.choice import (
    ACLED_TYPES,
    PRECEDENCE,
    PROTESTS,
    same_kind,
    sure_sub_event,
    typed,
)
from sitrep.events.found import STATEMENTS, Found, area, depth, phrase, span_of
from sitrep.events.harm import HARM
from sitrep.events.place import doc_text
from sitrep.events.roles import (
    actor_of,
    actor_words,
    armed_group_named,
    asker_of,
    governing_verb,
    target_of,
)
from sitrep.events.sentence import (
    bare_demand,
    beside_tolls,
    crowd_demanding,
    denies_what_is_told,
    sentence_sub_event,
)
from sitrep.records import AcledSubEvent, EventType, Span

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

__all__ = ["BY_WEAPON", "Found", "events_in"]


def _before(sent: SpacySpan, *, sentences: int = 3) -> str:
    """Up to ``sentences`` sentences of its paragraph before the sentence: what led to it."""
    doc = sent.doc
    start = sent.start
    for _ in range(sentences):
        if start == 0 or "\n" in doc[start - 1].whitespace_ + doc[start].text:
            break
        start = doc[start - 1].sent.start
    return doc[start : sent.start].text


# Sub-events told by the target (a battle, an attack) and those told by the weapon.
_BY_HAND = frozenset({AcledSubEvent.ARMED_CLASH, AcledSubEvent.ATTACK})
BY_WEAPON = frozenset(s for s, t in EVENT_TYPE.items() if t == "Explosions/Remote violence")
# What the rules read in a taking's own clause when its taker is told outside it: nothing, or
# the fighting the taking came after ('they had seized the town after heavy fighting').
_TAKING_UNREAD = frozenset({None, AcledSubEvent.ARMED_CLASH})
# Ground taken, by a group or by the state.
TERRITORY = frozenset(
    {
        AcledSubEvent.NON_STATE_ACTOR_OVERTAKES_TERRITORY,
        AcledSubEvent.GOVERNMENT_REGAINS_TERRITORY,
    }
)


# Verbs of taking whose object may be ground or people: 'captured the town', 'captured two
# commanders'.
_CAPTURING = frozenset({"capture"})


def _captive(t: Token) -> Token | None:
    """The people the capture ``t`` takes, if people: its object ('captured two rebel
    commanders'), its passive subject, for a relative clause the noun it tells of ('the
    commander, who was captured on Monday'), or the noun it describes ('a commander captured
    in the raid'); None where what is taken is ground or goods ('captured the town')."""
    taken = next((c for c in t.children if c.dep_ in {"dobj", "nsubjpass"}), None)
    if (taken is None and t.dep_ == "acl") or (
        taken is not None and taken.tag_ in {"WP", "WDT"} and t.dep_ == "relcl"
    ):
        taken = t.head
    if taken is None:
        return None
    if taken.pos_ == "PROPN":
        return taken if taken.ent_type_ == "PERSON" else None
    if taken.pos_ == "PRON":
        return taken if taken.lower_ in {"him", "her"} else None
    return taken if group_of(taken.lemma_.lower()) is not None else None


def _capture_of_people(t: Token, captive: Token) -> tuple[EventType, AcledSubEvent]:
    """A capture of people: an arrest (PLOVER COERCE, ACLED Arrests) by a state's forces; of
    armed men by others, part of a fight (ACLED Armed clash: 'the insurgents killed six
    officers and captured two others'); else an abduction (PLOVER ASSAULT, ACLED
    Abduction/forced disappearance) (codebook: arrests are a state's detentions)."""
    captor = actor_of(t)
    words = syntax.words(captor.subtree) if captor is not None else ""
    if (
        captor is not None
        and matches(STATE, words)
        and not matches(NON_STATE, words)
        and not armed_group_named(t)
    ):
        return EventType.COERCE, AcledSubEvent.ARRESTS
    # 'killed six officers and captured two others': the others are of those told before
    told = [x for x in t.sent if x.i < captive.i] if captive.lower_ == "others" else [captive]
    if any(group_of(x.lemma_.lower()) == "military" for x in told):
        return EventType.ASSAULT, AcledSubEvent.ARMED_CLASH
    return EventType.ASSAULT, AcledSubEvent.ABDUCTION


def _taken_by_teller(t: Token, own: Sequence[Token], clause: str) -> AcledSubEvent | None:
    """'M23 rebels said they had seized the town after two days of fighting': ground taken
    by an actor named outside the taking's own clause (the teller its 'they' stands for),
    read by the rules with the clause: a group's overtaking, a state's regaining (codebook:
    ground taken comes before the fighting for it); None when that reads as no taking."""
    taker = actor_of(t)
    if taker is None or taker.pos_ == "PRON" or any(x.i == taker.i for x in own):
        return None
    told = sub_event(f"{syntax.words(taker.subtree)} {clause}")
    return told if told in TERRITORY else None


# What a seizure of weapons told after a fight is part of (codebook: weapons seized in a
# battle or attack are no disrupted weapons use of their own).
_FIGHTS = frozenset(
    {
        AcledSubEvent.ARMED_CLASH,
        AcledSubEvent.ATTACK,
        AcledSubEvent.GOVERNMENT_REGAINS_TERRITORY,
        AcledSubEvent.NON_STATE_ACTOR_OVERTAKES_TERRITORY,
    }
)


# Words that open a clause of time: the act told in it is another, earlier or later, act
# when the time between is told ('two days after troops launched an offensive'; not 'detonated
# a car bomb before gunmen stormed the base', one assault) or it tells a stretch of time ('since
# October, when rebels seized the posts').
_TIME_OPENERS = frozenset({"after", "before", "following"})
_STRETCH_OPENERS = frozenset({"since", "until"})
_INTERVALS = frozenset({"minute", "hour", "day", "week", "month", "year", "night"})


def _interval(x: Token) -> bool:
    """'two days' of 'two days after': a span of time measured before the word."""
    return any(c.dep_ == "npadvmod" and c.lemma_.lower() in _INTERVALS for c in x.children)


def _time_clauses(sent: SpacySpan) -> list[set[int]]:
    """The clauses of time in the sentence that tell another act than the sentence's own
    ('two days after troops launched an offensive', 'since October, when ...'), each as the
    indices of its words."""
    found: list[set[int]] = []
    for x in sent:
        stretch = x.lower_ in _STRETCH_OPENERS
        if not stretch and x.lower_ not in _TIME_OPENERS:
            continue
        # 'came a day after ...': the span measured may hang on the verb the clause tells of
        before = sent.doc[x.i - 1] if x.i > sent.start else None
        measured = (
            before is not None
            and before.dep_ == "npadvmod"
            and before.lemma_.lower() in _INTERVALS
            and before.head.i == x.head.head.i
        )
        told = stretch or _interval(x) or measured
        if x.dep_ == "mark" and x.head.dep_ in {"advcl", "pcomp"}:
            if told or _interval(x.head):
                found.append({y.i for y in x.head.subtree})
        elif told and x.dep_ == "prep" and any(c.dep_ in {"pobj", "pcomp"} for c in x.children):
            found.append({y.i for y in x.subtree})
    return found


def _act_before_or_after(t: Token) -> set[int]:
    """The words of a clause of time with its own subject ('after rockets were fired') on a
    verb whose subject is itself the act ('Israeli strikes kill seven after rockets fired
    across the border'): the act named kills, and the clause tells another act before or
    after it, whose weapon, place and doer are not the trigger's."""
    if t.pos_ == "NOUN" and t.dep_ == "nsubj" and t.head.pos_ == "VERB":
        return _act_before_or_after(t.head)  # the act named, as the verb's subject
    if t.pos_ != "VERB":
        return set()
    subject = next((c for c in t.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ != "NOUN":
        return set()
    named = plover_candidates(subject)
    if not named or EventType.ASSAULT not in named:
        return set()
    return {
        y.i
        for c in t.children
        if c.dep_ == "advcl"
        and any(m.dep_ == "mark" and m.lower_ in _TIME_OPENERS for m in c.children)
        and any(m.dep_ in {"nsubj", "nsubjpass"} for m in c.children)
        for y in c.subtree
    }


def _same_time(t: Token, tokens: Sequence[Token]) -> list[Token]:
    """Those of the sentence's words that tell the trigger's own act, as far as time tells it:
    its clause of time if it lies in one ('the blast came a day after troops launched an
    offensive': the offensive is no blast), else all but the clauses of time."""
    clauses = _time_clauses(t.sent)
    inside = [c for c in clauses if t.i in c]
    if inside:
        nearest = min(inside, key=len)
        return [x for x in tokens if x.i in nearest]
    away = set().union(*clauses) | _act_before_or_after(t)
    return [x for x in tokens if x.i not in away]


def _story(sent: SpacySpan, *, sentences: int = 2) -> str:
    """The sentence and up to ``sentences`` more of its paragraph: how a protest went on."""
    doc = sent.doc
    end = sent.end
    for _ in range(sentences):
        if end >= len(doc) or "\n" in doc[end - 1].whitespace_ + doc[end].text:
            break
        end = doc[end].sent.end
    return doc[sent.start : end].text


# Statements that are words only (a protest is done by a crowd).
_SPEECH = STATEMENTS - {EventType.PROTEST}
_HOSTILE = triggers.HOSTILE
_STATED = {
    (syntax.Mood.PROMISED, False): EventType.AGREE,
    (syntax.Mood.PROMISED, True): EventType.THREATEN,
    (syntax.Mood.DEMANDED, False): EventType.REQUEST,
    (syntax.Mood.DEMANDED, True): EventType.REQUEST,
}
# What goes off when something explodes.
# Harm told as what a clause's act did ('..., killing three'): the act tells its kind.
_HARMING = HARM | {"leave"}
_HEDGES = frozenset({"may", "might", "could", "would"})
# Talks told as to come ('talks will resume next week') are still a meeting (PLOVER
# CONSULT); someone who will meet or visit commits to it (AGREE, as PLOVER's coders have it).
_MEETINGS = frozenset({EventType.CONSULT})


def _doer(t: Token) -> Token | None:
    """The verb whose act a trigger tells the outcome or aim of, which tells its kind too:
    'went off near a market, killing three'; 'used mustard gas, leaving 20 injured'; 'used
    excessive force to disperse the marchers'."""
    lemma = t.lemma_.lower()
    if t.dep_ == "advcl" and t.tag_ == "VBG" and lemma in _HARMING:
        return t.head
    head = t.head
    # 'leaving 20 soldiers injured' (the parser hangs 'injured' on the verb or the soldiers)
    leaving = head.head if head.pos_ in {"NOUN", "PRON"} else head
    if lemma in _HARMING and leaving.lemma_.lower() == "leave" and leaving.dep_ == "advcl":
        return leaving.head
    if t.dep_ in {"xcomp", "advcl"} and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in t.children
    ):
        return head  # an aim: 'used force to disperse'
    return None


def _act_harming(t: Token, kind: EventType, found: Sequence[Found]) -> int | None:
    """The index in ``found`` of the assault whose harm the trigger tells as a participle of
    its verb ('struck the city, killing five'; 'opened fire, wounding two'), else None."""
    if kind is not EventType.ASSAULT or t.tag_ != "VBG" or t.lemma_.lower() not in _HARMING:
        return None
    first = t
    if t.dep_ == "conj" and t.head.tag_ == "VBG" and t.head.lemma_.lower() in _HARMING:
        first = t.head  # 'killing six and wounding 57': the second harm is the act's too
    if first.dep_ != "advcl":
        return None
    doc = t.doc
    verb = first.head

    def tells_the_act(f: Found) -> bool:
        # the verb itself, or the act its verb's object names ('opened fire, killing two')
        word = doc[f.trigger_index] if f.trigger_index >= 0 else None
        return word is not None and (
            word.i == verb.i or (word.dep_ == "dobj" and word.head.i == verb.i)
        )

    return next(
        (i for i, f in enumerate(found) if f.type is EventType.ASSAULT and tells_the_act(f)),
        None,
    )


def _with_outcome(
    act: Found, acled: AcledSubEvent | None, clause: Span, target: Token | None
) -> Found:
    """The act with the harm it did: the more specific sub-event of the two (by the rules'
    order), its clause stretched over the harm's, its target the harmed when it named none."""
    told = [a for a in (act.acled, acled) if a is not None]
    return replace(
        act,
        acled=min(told, key=PRECEDENCE.__getitem__) if told else None,
        clause=Span(min(act.clause.start, clause.start), max(act.clause.end, clause.end)),
        target=act.target if act.target is not None or target is None else phrase(target),
        target_area=act.target_area if act.target is not None or target is None else area(target),
    )


def _conditional_threat(t: Token, candidates: tuple[EventType, ...]) -> bool:
    """'may halt its aid if the talks fail': a hostile act made to hang on a condition of
    the trigger's own is a threat (PLOVER THREATEN)."""
    if not any(c in _HOSTILE for c in candidates):
        return False
    if any(
        c.dep_ == "advcl"
        and any(m.dep_ == "mark" and m.lower_ in {"if", "unless"} for m in c.children)
        for c in t.children
    ):
        return True
    # the parser may hang the condition elsewhere: 'may halt its mediation if cooperation
    # founders, the minister said'; a trigger of its own under 'may' and an 'if' after it
    hedged = any(c.dep_ == "aux" and c.lower_ in _HEDGES for c in t.children)
    return hedged and any(
        x.dep_ == "mark" and x.lower_ in {"if", "unless"} and x.i > t.i for x in t.sent
    )


def _threat(t: Token) -> Found:
    own = syntax.own_clause(t)
    first, last = min(own, key=lambda x: x.i), max(own, key=lambda x: x.i)
    actor, target = actor_of(t), target_of(t)
    return Found(
        type=EventType.THREATEN,
        acled=None,
        trigger=span_of(t),
        clause=Span(first.idx, last.idx + len(last.text)),
        actor=phrase(actor) if actor is not None else None,
        target=phrase(target) if target is not None else None,
        depth=depth(t),
        scopes=(syntax.pieces(own),),
        trigger_index=t.i,
    )


def _indefinite(t: Token) -> bool:
    """'an air strike', 'a banditry attack': an event told for the first time."""
    return any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in t.children)


_RELATIVES = frozenset({"who", "that", "which"})


def _shared_subject(t: Token) -> list[Token]:
    """The subject a coordinated verb shares with the verb before it ('residents cornered and
    killed a man': who killed is the residents), which its own clause leaves out; for a
    relative clause, the noun its 'who' stands for ('fired at protesters who stormed the
    building': who stormed is the protesters)."""
    if t.pos_ == "VERB" and t.dep_ == "relcl":
        if any(c.dep_ == "nsubj" and c.lower_ in _RELATIVES for c in t.children):
            noun = t.head
            return [noun, *(c for c in noun.lefts if c.dep_ in {"amod", "compound", "nummod"})]
        return []
    if t.pos_ != "VERB" or t.dep_ != "conj":
        return []
    if any(c.dep_.startswith("nsubj") or c.dep_ in {"aux", "auxpass"} for c in t.children):
        return []  # a clause of its own ('... and shops were looted')
    head = t.head
    for c in head.children:
        if c.dep_.startswith("nsubj"):
            return [x for x in c.subtree if x.dep_ not in {"relcl", "acl"}]
    return []


# Verbs of the harm an act did, and the words that tie a harm to the act it came with.
_HARM_DONE = HARM
_WITH_ACT = frozenset({"when", "as", "after", "while", "during"})


def _subject_under_mark(t: Token) -> list[Token]:
    """'as shelling on a camp killed 14': the parser may hang the subject gerund of a verb
    with no subject of its own on the verb's 'as' or 'when' (as a preposition's object)."""
    if any(c.dep_ in {"nsubj", "nsubjpass"} for c in t.children):
        return []
    return [
        g
        for c in t.children
        if c.dep_ == "mark" and c.i < t.i
        for g in c.children
        if g.dep_ == "pcomp" and g.tag_ == "VBG"
    ]


def _one_telling(sent: SpacySpan, found: list[Found]) -> list[Found]:
    """An act and the harm it did, told in one sentence, are one event.

    'A drone strike on a market killed 23 people': the strike is the killing's subject; the
    event is the killing's (its date, 'on Tuesday', hangs on the verb) with the strike's
    sub-event and actor (its target the harmed when told, else the struck). 'Nine civilians
    were killed when troops and militiamen clashed': the clash is what killed them; the event
    is the clash, its sub-event the clash's own, dated by the killing when the clash is not.
    """
    doc = sent.doc
    at = {f.trigger_index: i for i, f in enumerate(found) if f.type is EventType.ASSAULT}
    gone: set[int] = set()
    for i, f in enumerate(found):
        t = doc[f.trigger_index] if f.trigger_index >= 0 else None
        if f.type is not EventType.ASSAULT or t is None or t.pos_ != "VERB":
            continue
        if t.lemma_.lower() not in _HARM_DONE or i in gone:
            continue
        for c in (*t.children, *_subject_under_mark(t)):
            j = at.get(c.i)
            if j is None or j == i or j in gone:
                continue
            act = found[j]
            # (a gerund too: 'fighting in Khartoum killed 12')
            subject = c.dep_ in {"nsubj", "nsubjpass"} or c.dep_ == "pcomp"
            if subject and (c.pos_ == "NOUN" or c.tag_ == "VBG"):
                found[i] = replace(
                    f,
                    acled=act.acled if act.acled is not None else f.acled,
                    clause=Span(
                        min(f.clause.start, act.clause.start), max(f.clause.end, act.clause.end)
                    ),
                    actor=act.actor,
                    # the harmed ('killed 14 civilians') before the struck ('a strike on X')
                    target=f.target if f.target is not None else act.target,
                    target_area=f.target_area if f.target is not None else act.target_area,
                )
                gone.add(j)
                # '... killed 14 civilians and wounded 46': the second harm is the same act's
                for w in t.children:
                    k = at.get(w.i)
                    if (
                        k is not None
                        and w.dep_ == "conj"
                        and w.lemma_.lower() in _HARM_DONE
                        and not any(g.dep_ in {"nsubj", "nsubjpass"} for g in w.children)
                    ):
                        gone.add(k)
                        found[i] = replace(
                            found[i],
                            clause=Span(
                                found[i].clause.start, max(found[i].clause.end, found[k].clause.end)
                            ),
                        )
                break
            if c.dep_ == "advcl" and any(
                g.dep_ in {"mark", "advmod"} and g.lower_ in _WITH_ACT for g in c.children
            ):
                found[j] = replace(
                    act,
                    harm_index=t.i,
                    acled=act.acled if act.acled is not None else f.acled,
                    clause=Span(
                        min(f.clause.start, act.clause.start), max(f.clause.end, act.clause.end)
                    ),
                )
                gone.add(i)
                break
    # '14 civilians were killed and 40 others wounded when shells struck a camp': a harm told
    # beside the harm an act did is that act's too, however the parser hung the second
    for j, act in enumerate(found):
        if j in gone or act.harm_index < 0:
            continue
        told = doc[act.harm_index]
        for i, f in enumerate(found):
            t = doc[f.trigger_index] if f.trigger_index >= 0 else None
            if i == j or i in gone or f.type is not EventType.ASSAULT or f.harm_index >= 0:
                continue
            if t is None or t.pos_ != "VERB" or t.lemma_.lower() not in _HARM_DONE:
                continue
            if not _harms_told_together(t, told):
                continue
            found[j] = replace(
                found[j],
                clause=Span(
                    min(f.clause.start, found[j].clause.start),
                    max(f.clause.end, found[j].clause.end),
                ),
                # the harmed ('14 civilians') before the struck ('a camp')
                target=f.target if f.target is not None else found[j].target,
                target_area=f.target_area if f.target is not None else found[j].target_area,
            )
            gone.add(i)
    return [f for k, f in enumerate(found) if k not in gone]


# What may stand between two harms told together ('killed and 40 others wounded', 'killed
# and at least 12 more were injured'): the second's victims, a count, its auxiliary.
_BETWEEN_HARMS = frozenset({"NUM", "NOUN", "PRON", "ADJ", "ADV", "DET", "AUX"})


def _harms_told_together(a: Token, b: Token) -> bool:
    """Two harm verbs coordinated in one sentence ('were killed and 40 others wounded'): the
    first, 'and', the second's victims, and the second, with nothing else between."""
    first, second = (a, b) if a.i < b.i else (b, a)
    between = first.doc[first.i + 1 : second.i]
    return (
        0 < len(between) <= 8
        and between[0].lower_ == "and"
        and all(x.pos_ in _BETWEEN_HARMS for x in between[1:])
    )


def _fighting_only_eased(sent: SpacySpan, found: Sequence[Found]) -> bool:
    """'said it would halt offensive operations against the rebels': the fighting the
    sentence's words name is what someone halts; the sentence less those clauses matches no
    rule, and tells of no fight."""
    eased = sorted(
        (f.clause for f in found if eases_fighting(sent.doc[f.trigger_index])),
        key=lambda c: c.start,
    )
    if not eased:
        return False
    text = doc_text(sent.doc)
    start, kept = sent.start_char, []
    for clause in eased:
        kept.append(text[start : max(start, clause.start)])
        start = max(start, clause.end)
    kept.append(text[start : sent.end_char])
    return sub_event(" ".join(kept)) is None


def _told_act(root: Token) -> Token:
    """The act a sentence's telling verb reports: of its reported clauses (also one the
    parser hangs on the medium of the telling, 'said in a video posted online that his
    fighters would ...'), the first whose own words match an ACLED rule, else the first;
    with none, the verb itself."""
    told = [c for c in root.children if c.dep_ in {"ccomp", "parataxis"}]
    told += [
        x
        for prep in root.children
        if prep.dep_ == "prep"
        for x in prep.subtree
        if x.dep_ == "ccomp" and x.head.dep_ in {"acl", "relcl"}
    ]
    told.sort(key=lambda x: x.i)
    ruled = (c for c in told if sub_event(syntax.words(syntax.own_clause(c))) is not None)
    return next(ruled, told[0] if told else root)


def _infinitive(verb: Token) -> bool:
    """'to protect' of 'agreed to protect': the verb's complement, however parsed."""
    return verb.dep_ in {"xcomp", "advcl"} and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in verb.children
    )


def events_in(sent: SpacySpan) -> list[Found]:
    """The events a sentence reports as having happened, in reading order."""
    if senses.not_prose(sent):
        return []  # a table row, a line of code
    text = sent.text  # spaCy joins a span's words anew on each access
    found: list[Found] = []
    taken: list[tuple[Span, EventType | None]] = []
    tolls: list[Span] = []  # the clauses of casualty totals
    triggered = False  # a trigger word that may have an ACLED sub-event
    worded = False  # any trigger word
    tolled = False  # a trigger word read as a casualty total
    figured = False  # a trigger word in a sense that tells of no event (sport, a figure)
    background: set[int] = set()  # the words of clauses that only set a time's start
    plain = False  # a word of harm or gathering that tells of no act (candidates.no_act)
    stalled = False  # talks told as failing or stalled: what they were on is not agreed
    for t in sent:
        stalled = stalled or failing_talks(t)
        candidates = plover_candidates(t)
        if not candidates:
            # 'gathered for a church holiday', 'the wounded': its words read by the rules as
            # a crowd or an attack tell none either
            plain = plain or no_act(t)
            # an accord in force or refused ('committed to the agreement'): the sentence's
            # words of agreement tell no new one either
            figured = (
                figured
                or plain
                or standing_accord(t)
                or fighting_untold(t)
                or open_to(t)
                # 'was treating 40 wounded people': the harmed counted, no act there
                or nonevents.casualties_received(t)
            )
            continue
        if (
            t.pos_ == "VERB"
            and (
                nonevents.natural_harm(t)
                or nonevents.accidental_harm(t)
                or nonevents.harm_denied(t)
                or nonevents.fire_burning(t)
                or nonevents.casualties_received(t)
            )
        ) or (t.pos_ == "NOUN" and nonevents.workplace_blast(t)):
            # 'an earthquake struck', 'an explosion at a coal mine', 'none of its soldiers
            # were killed': no act, nor does the sentence's wording make one
            figured = True
            continue
        if senses.criticism(t):
            candidates = (EventType.ACCUSE,)  # 'attacked the plan': criticism, no assault
        elif senses.figurative(t):
            figured = True
            continue
        if nonevents.civilians_fleeing(t):
            continue  # 'civilians who fled its crimes': displacement, no side's retreat
        anchor = reference.since_anchor(t)
        if anchor is not None:
            # 'since the army seized power in 2021': the background of a stretch of time;
            # its words tell the sentence no sub-event either
            figured = True
            background.update(x.i for x in anchor.subtree)
            continue
        triggered = triggered or any(c in ACLED_TYPES for c in candidates)
        worded = True
        mood = syntax.mood(t)
        if mood is syntax.Mood.UNREAL:
            if _conditional_threat(t, candidates):
                found.append(_threat(t))
            continue
        own = syntax.own_clause(t)
        before_or_after = _act_before_or_after(t)
        own = [x for x in own if x.i not in before_or_after] or own
        first, last = min(own, key=lambda x: x.i), max(own, key=lambda x: x.i)
        clause = Span(first.idx, last.idx + len(last.text))
        if reference.casualty_total(t):
            tolled = True  # a toll: the sentence reports harm, not an event
            tolls.append(clause)
            continue
        if (
            reference.history(t)
            or reference.policy(t)
            or reference.wars_toll(t)
            or reference.topic_in_general(t)
        ):
            # 'the KIA, which has fought the army for decades': who a group is, or how it
            # says it acts, or the war's toll ('fighting has displaced 7 million'), or what one
            # habitually does not comment on ('strikes inside Russia'); nor do the
            # sentence's words of force make an act of it
            taken.append((clause, None))
            figured = True
            continue
        if (
            reference.habit(t)
            or reference.the_war(t)
            or reference.appraisal(t)
            or reference.provision(t)
        ):
            # no event of its own, nor are the event nouns inside it ('killed in the fighting',
            # 'the truce would allow aid convoys to reach the city')
            taken.append((clause, None))
            continue
        scopes = [syntax.pieces(own)]
        inner = {x.i for x in t.subtree} - {x.i for x in own}
        texts = [syntax.words(own + _shared_subject(t))]
        if t.pos_ != "VERB":
            verb = governing_verb(t)
            context = syntax.own_clause(verb) if verb is not None else list(sent)
            context = [x for x in context if x.i not in before_or_after] or context
            scopes.append(syntax.pieces(context))
        # the sentence, less the clauses inside this one that tell of something else
        rest = [x for x in sent if x.i not in inner]
        scopes.append(syntax.pieces(rest))
        if t.pos_ != "VERB":
            # a noun ('the attack', 'protests') is told of by its verb and sentence too (not
            # by another act's clause of time)
            texts += [syntax.words(context), syntax.words(_same_time(t, rest))]
        else:
            doer = _doer(t)
            if doer is not None:
                texts.append(syntax.words(syntax.own_clause(doer)))
        if EventType.PROTEST in candidates:
            # 'Teachers protested. Police fired tear gas.': the protest's sub-event
            texts.append(_story(sent))
        # the classifier reads what the rules read at their widest: a protest's story
        # (not another act's clause of time: 'the strike came a day after rebels captured
        # the town' tells no capture by the strike)
        timed = _same_time(t, list(sent))
        widest = (
            texts[-1]
            if EventType.PROTEST in candidates
            else (syntax.words(timed) if len(timed) < len(sent) else text)
        )
        kind, acled = typed(t, candidates, texts, sentence=widest)
        if acled is AcledSubEvent.GOVERNMENT_REGAINS_TERRITORY and GROUP_REGAINS.search(text):
            # 'rebels said they had liberated the town': the group that tells it took the
            # ground, whatever the clause alone reads as (codebook: regaining is a state's)
            acled = AcledSubEvent.NON_STATE_ACTOR_OVERTAKES_TERRITORY
        if (
            acled is None
            and kind is EventType.ASSAULT
            and matches(OVERTAKE, texts[0])
            and armed_group_named(t)
        ):
            # 'the Arakan Army took control of the town': ground taken by a group that is
            # named, no state's (the rules know a group only by its common nouns)
            acled = AcledSubEvent.NON_STATE_ACTOR_OVERTAKES_TERRITORY
        if acled in _TAKING_UNREAD and kind is EventType.ASSAULT and t.pos_ == "VERB":
            acled = _taken_by_teller(t, own, texts[0]) or acled
        if acled is AcledSubEvent.SHELLING_ARTILLERY_MISSILE and BOTH_SIDES.search(text):
            # fire told as exchanged in the sentence ('traded an exchange of shelling'): a
            # battle, whatever the weapons (codebook)
            acled = AcledSubEvent.ARMED_CLASH
        if (
            acled in _BY_HAND
            and not syntax.means(t)
            and (weapon := sub_event(syntax.words(_same_time(t, list(sent))))) in BY_WEAPON
        ):
            # the weapon told outside the trigger's own words ('planted an IED targeting a
            # patrol'): the codebook decides by the weapon before the target; not where its
            # own words tell its means ('attacked with two tank companies, while drones ...')
            acled = weapon
        if (
            acled is AcledSubEvent.ATTACK
            and ARMED_HIT.search(text)
            and sub_event(text) is AcledSubEvent.ARMED_CLASH
        ):
            # the armed people hit told outside the trigger's own words ('shooting by
            # militants leaves two police officers dead'): a battle (codebook: violence
            # against civilians is against the unarmed)
            acled = AcledSubEvent.ARMED_CLASH
        if acled in PROTESTS and sub_event(text) is AcledSubEvent.VIOLENT_DEMONSTRATION:
            # the crowd's own violence told in another clause ('arrested 35 protesters who
            # were barricading roads'): a violent demonstration, whatever the police did
            acled = AcledSubEvent.VIOLENT_DEMONSTRATION
        if (
            acled in TERRITORY
            and t.pos_ == "NOUN"
            and (verb := governing_verb(t)) is not None
            and verb.lemma_.lower() in _CAPTURING
            and _captive(verb) is not None
        ):
            # 'police captured the gang leader after heavy shelling': the capture is of
            # people, no ground taken; the noun's own words tell what it was
            acled = sub_event(texts[0])
        if kind is EventType.ASSAULT and reference.intercepts_a_weapon(t):
            # 'air defences destroyed three drones': an interception, not the drones' strike
            acled = AcledSubEvent.DISRUPTED_WEAPONS_USE
        if (
            kind is EventType.ASSAULT
            and t.lemma_.lower() in _CAPTURING
            and (captive := _captive(t)) is not None
        ):
            # 'soldiers captured two rebel commanders', 'the commander, who was captured on
            # Monday': people taken, an arrest or an abduction, no ground taken nor shelling
            kind, acled = _capture_of_people(t, captive)
        if t.dep_ == "amod" and kind in STATEMENTS:
            continue  # 'its long-threatened invasion', 'the promised aid': the noun's event
        if mood is syntax.Mood.DEMANDED or (
            mood is syntax.Mood.PROMISED
            and kind not in STATEMENTS
            and not (kind in _MEETINGS and t.pos_ == "NOUN")
        ):
            # not done but promised or demanded: the event is the statement (PLOVER)
            kind, acled = _STATED[mood, kind in _HOSTILE], None
        trigger = span_of(t)
        # a noun inside another trigger's clause of the same type is the same event, as is
        # one whose sub-event is of that type ('arrested in a raid': the raid is the arrest)
        if t.pos_ == "NOUN" and any(
            c.contains(trigger)
            and (k in {kind, None} or (acled is not None and PLOVER_TYPE.get(acled) is k))
            for c, k in taken
        ):
            continue
        if t.pos_ == "NOUN" and any(c.contains(trigger) for c in tolls) and not _indefinite(t):
            continue  # 'killed in the fighting': the war's toll; 'in an air strike': an event
        taken.append((clause, kind))
        actor, target = actor_of(t), target_of(t)
        if talks_on_an_accord(t) and actor is not None and actor.i == t.i - 1:
            actor = None  # 'Ceasefire talks open': the talks' subject, parsed as who talks
        if mood is syntax.Mood.PROMISED and kind is EventType.THREATEN and actor is None:
            # 'warned that any attack on the city would be crushed': by no one named in the
            # clause, the threat is the warner's
            actor = asker_of(t)
        if mood is syntax.Mood.DEMANDED:
            # 'Russia said Sudan must return the helicopter': Russia requests it of Sudan
            asker = asker_of(t)
            if asker is not None:
                actor, target = asker, actor if actor is not None else target
        # 'agreed to protect civilians and allow aid to pass': what is agreed, each of the
        # complement's verbs, is the agreement's content
        complement = t
        while complement.dep_ == "conj" and complement.head.i != complement.i:
            complement = complement.head
        governor = next(
            (
                i
                for i, f in enumerate(found)
                if mood is not syntax.Mood.REAL
                and (
                    (complement is not t and _infinitive(complement))
                    or t.dep_ == "xcomp"
                    or (t.dep_ == "ccomp" and kind is EventType.THREATEN)
                )
                and f.trigger_index == complement.head.i
                and f.type is kind
            ),
            None,
        )
        if governor is not None:
            # 'threatened to advance on Goma': one threat, whose target the act names
            if found[governor].target is None and target is not None:
                found[governor] = replace(
                    found[governor], target=phrase(target), target_area=area(target)
                )
            if t.dep_ == "ccomp":
                # 'warned that the group would strike any ship': one threat, the group's
                # (its spokesman speaks for it), told over both clauses by the act threatened
                outer = found[governor]
                found[governor] = replace(
                    outer,
                    trigger=trigger,
                    trigger_index=t.i,
                    actor=actor_words(t, actor) if actor is not None else outer.actor,
                    clause=Span(
                        min(outer.clause.start, clause.start), max(outer.clause.end, clause.end)
                    ),
                )
            continue
        retold = kind is EventType.ASSAULT and reference.retold_in_words(t)
        if retold and any(c.dep_ == "auxpass" for c in t.children):
            # 'carried out a massive strike ... and that all targets had been hit': what the
            # act told before it in the sentence did; told alone ('It said all targets had
            # been hit'), which act it tells is unsure, and it stays one of its own
            told = next(
                (i for i in range(len(found) - 1, -1, -1) if found[i].type is EventType.ASSAULT),
                None,
            )
            if told is not None:
                earlier = found[told].clause
                found[told] = replace(
                    found[told],
                    clause=Span(min(earlier.start, clause.start), max(earlier.end, clause.end)),
                )
                continue
            retold = False
        act = _act_harming(t, kind, found)
        if act is not None:
            # 'struck the city overnight, killing five civilians': the killing is what the
            # strike did, one event (its place, date and actor are the strike's)
            found[act] = _with_outcome(found[act], acled, clause, target)
            continue
        found.append(
            Found(
                type=kind,
                acled=acled,
                trigger=trigger,
                clause=clause,
                actor=actor_words(t, actor) if actor is not None else None,
                target=phrase(target) if target is not None else None,
                depth=depth(t),
                scopes=tuple(scopes),
                trigger_index=t.i,
                back=(
                    reference.refers_back(t)
                    or reference.came_when(t)
                    or reference.more_harmed(t)
                    or reference.retold_by_weapon(t)
                    or reference.retold_at_its_site(t)
                    or reference.harm_of_the_victims(t)
                    or retold
                ),
                target_area=area(target) if target is not None else None,
            )
        )
    found = _one_telling(sent, found)
    denied = any(denies_what_is_told(t) for t in sent)
    if triggered and not denied and not any(f.acled for f in found):
        sentence_sub_event(sent, found, text=syntax.words(x for x in sent if x.i not in background))
    elif found and not triggered and not denied and not plain:
        crowd_demanding(sent, found)
    if not worded:
        demand = bare_demand(sent)
        if demand is not None:
            found.append(demand)
    roots = {f.trigger_index for f in found}
    # (trigger words of force all read as no event of their own: 'one officer killed in the
    # violence' after 'rioting students threw stones'; or read only as words of a statement
    # in a clause that tells of a participant: 'pelted stones at police who were asking them
    # to disperse')
    doc = sent.doc
    acts = [
        f
        for f in found
        if f.type not in _SPEECH
        or not any(
            x.dep_ in {"relcl", "acl"}
            for x in (doc[f.trigger_index], *doc[f.trigger_index].ancestors)
        )
    ]
    if (
        (not triggered or not (acts or (tolled and not beside_tolls(sent, tolls))))
        and sent.root.i not in roots
        and not _fighting_only_eased(sent, found)
        and not denied
        and not figured
        and not senses.no_event_sentence(sent)
        and not nonevents.toll_figure(sent)
        and not reference.war_begins(sent)
    ):
        # no trigger word, but the sentence matches an ACLED rule ('weapons were seized'), or
        # the sub-event classifier is sure of one ('the army set up a new base'); where its
        # trigger words are only of other kinds ('packages were intercepted before being
        # delivered'), both must say so, or agree on a violent event type ('residents pelted
        # stones at police who were asking them to disperse')
        # ('violence was reported during the elections': a crowd's unrest, the last resort)
        ruled, sure = sub_event(text) or bare_unrest(text), sure_sub_event(text)
        # (a crowd's violence told beside words of other kinds only, 'barricaded the gate
        # with burning tyres after receiving no food aid': the rules' word stands)
        agreed = (
            ruled is sure
            or same_kind(ruled, text)
            or (not triggered and ruled is not None and EVENT_TYPE[ruled] == "Riots")
        )
        acled = (ruled if agreed else None) if worded or triggered else (ruled or sure)
        root = sent.root
        # 'bulldozers demolished homes, officials said': the told act, not the telling
        root = next((c for c in root.children if c.dep_ in {"ccomp", "parataxis"}), root)
        if reference.earlier_state(root):
            acled = None  # 'the plant was previously damaged': the place's past, no act
        if stalled and acled is AcledSubEvent.AGREEMENT:
            acled = None  # 'talks on a prisoner exchange had stalled': no exchange agreed
        if acled is not None and reference.intercepts_a_weapon(root):
            acled = AcledSubEvent.DISRUPTED_WEAPONS_USE  # 'downed two missiles': no shelling
        if acled is not AcledSubEvent.DISRUPTED_WEAPONS_USE and reference.debris_fell(root):
            acled = None  # 'debris from a downed drone fell on a house': no strike of its own
        reported = syntax.mood(_told_act(sent.root))
        stated: EventType | None = None
        if acled is not None and reported is not syntax.Mood.REAL:
            # 'said his fighters would "liberate" the rest of the country': an act to come
            # is no act; promised or demanded, the statement is the event (PLOVER: a hostile
            # one a threat), and a threat the sentence already tells is that one
            kind = PLOVER_TYPE[acled]
            stated = _STATED.get((reported, kind in _HOSTILE))
            if stated is None or any(f.type is stated for f in found):
                acled = None
        if acled is not None and acled is not AcledSubEvent.OTHER:
            whole = Span(sent.start_char, sent.end_char)
            actor, target = actor_of(root), None
            if root.lemma_.lower() in SUFFERED:
                # 'a prisoner died after torture': the subject is who suffered it
                actor, target = None, actor
            found.append(
                Found(
                    type=stated
                    or (EventType.ASSAULT if reference.intercepts_a_weapon(root) else None)
                    or PLOVER_TYPE[acled],
                    acled=None if stated is not None else acled,
                    trigger=span_of(root),
                    clause=whole,
                    actor=phrase(actor) if actor is not None else None,
                    target=phrase(target) if target is not None else None,
                    depth=0,
                    scopes=((whole,),),
                    trigger_index=root.i,
                )
            )
    if any(f.acled is AcledSubEvent.DISRUPTED_WEAPONS_USE for f in found) and (
        sub_event(text) in _FIGHTS or sub_event(_before(sent)) in _FIGHTS
    ):
        # 'Troops killed four militants. Rifles were recovered.': part of the fight (not a
        # weapon brought down in flight: 'its forces had shot down four drones' after a strike)
        found = [
            replace(f, acled=None)
            if f.acled is AcledSubEvent.DISRUPTED_WEAPONS_USE
            and not reference.intercepts_a_weapon(sent.doc[f.trigger_index])
            else f
            for f in found
        ]
    return found
