"""Events in one parsed sentence: trigger, PLOVER type, ACLED sub-event, and argument words.

A trigger is a verb or noun from :mod:`sitrep.events.triggers`. Its clause (the trigger's
subtree) is what the ACLED rules and the trained PLOVER classifier read. The actor is the
trigger's subject (the agent of a passive; for an event inside an accusation, 'accused X of
targeting', the accused); the target its object or the object of 'on/against'. Nested triggers
of the same type in one clause ('continued shelling') are one event. Casualty totals, habits
and the war as a whole are no events (:mod:`sitrep.events.reference`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from sitrep.events import reference, syntax, triggers
from sitrep.events.acled import PLOVER_TYPE, RULES, sub_event, sub_events
from sitrep.records import AcledSubEvent, EventType, Span

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

# Violent-sounding words whose ACLED sub-event the clause decides.
_ACLED_TYPES = frozenset(
    {
        EventType.ASSAULT,
        EventType.COERCE,
        EventType.PROTEST,
        EventType.AGREE,
        EventType.MOBILIZE,
        EventType.RETREAT,
    }
)


_IDIOMS = frozenset({"deal", "agreement", "balance", "tone", "chord", "note", "bargain", "pose"})


@dataclass(frozen=True, slots=True)
class Found:
    type: EventType
    acled: AcledSubEvent | None
    trigger: Span
    clause: Span  # from the first to the last word of the trigger's own clause
    actor: Span | None
    target: Span | None
    depth: int  # distance of the trigger from the sentence root (0: the main verb)
    # Where to look for the event's place and date, nearest first: the trigger's own clause
    # (less the clauses inside it that tell of something else), for a noun its verb's clause,
    # then the sentence (less those clauses).
    scopes: tuple[tuple[Span, ...], ...] = ()
    trigger_index: int = -1  # the trigger's token index in the parsed document
    back: bool = False  # 'the strike': a later mention of an event told before
    target_area: Span | None = None  # the target's whole phrase, conjuncts included


def _span(t: Token) -> Span:
    start = t.idx
    if t.pos_ == "NOUN" and _hyphenated(t) is not None:
        start = t.doc[t.i - 2].idx  # 'shoot-out', not 'out'
    return Span(start, t.idx + len(t.text))


def _phrase(t: Token) -> Span:
    left, right = t.left_edge, t.right_edge
    # keep the noun phrase, not a relative clause trailing it
    for c in t.rights:
        if c.dep_ in {"relcl", "acl", "punct", "cc", "conj", "appos"}:
            right = c.left_edge.doc[c.left_edge.i - 1] if c.left_edge.i > t.i else t
            break
    return Span(left.idx, right.idx + len(right.text))


def _area(t: Token) -> Span:
    left, right = t.left_edge, t.right_edge
    return Span(left.idx, right.idx + len(right.text))


def _depth(t: Token) -> int:
    d = 0
    while t.head is not t and d < 50:
        t = t.head
        d += 1
    return d


# Verbs whose object 'strike' is a walkout, not an attack ('launched a strike' is not one).
_STRIKE_CALLS = frozenset({"stage", "hold", "declare", "begin", "start"})
# Ground that is taken or freed.
_GROUND = frozenset(
    {
        "village",
        "town",
        "city",
        "area",
        "district",
        "region",
        "territory",
        "neighborhood",
        "neighbourhood",
        "locality",
        "hill",
        "base",
    }
)
# Verbs whose subject suffers what the sentence tells of.
_SUFFERED = frozenset({"die", "suffer", "sustain", "lose", "receive", "perish", "succumb"})
# What is given as help, given as relief, or eased as a concession.
_HELP = frozenset({"asylum", "refuge", "aid", "assistance", "visa", "loan", "supply", "funding"})
_RELIEF = frozenset({"amnesty", "pardon", "autonomy", "independence", "access", "clemency"})
_RESTRICTIONS = frozenset({"curfew", "restriction", "ban", "blockade", "sentence", "lockdown"})
# What is accepted when accepting concedes: another side's demands or terms.
_CONCESSIONS = frozenset({"demand", "condition", "term", "ultimatum", "request"})

# Verbs of standing by a side: 'rebels backed by Iran' tells a tie, not an act.
_BACKING = frozenset({"back", "support", "sponsor", "arm", "fund", "finance", "ally"})
# What two sides exchange when they fight.
_FIRE = frozenset({"fire", "gunfire", "shelling", "shell", "artillery", "shot", "mortar"})
# Verbs that meet a demand ('met their demands') or, negated, turn it down.
_MEET = frozenset({"meet", "satisfy", "heed", "fulfil", "fulfill"})
# Diplomatic ties opened (PLOVER SUPPORT) or ended (SANCTION).
_TIES = frozenset({"tie", "ties", "relation", "relations"})
_OPEN_TIES = frozenset({"establish", "restore", "resume", "normalize", "normalise", "upgrade"})
_END_TIES = frozenset({"sever", "break", "downgrade", "suspend"})
# What is defended when defending is approval: a right, a decision, a policy.
_STANCES = frozenset({"right", "decision", "policy", "action", "move", "plan", "stance"})
# Sending what helps: aid, supplies, arms.
_SENDING = frozenset({"send", "ship", "airlift", "fly", "dispatch"})
_SUPPLIES = _HELP | frozenset(
    {"material", "food", "medicine", "equipment", "weapon", "arm", "ammunition", "relief"}
)
# Closing down what publishes: ordered the paper to suspend publication (PLOVER COERCE).
_CLOSING = frozenset({"suspend", "close", "shut", "stop", "cease", "halt"})
_MEDIA = frozenset(
    {"publication", "newspaper", "paper", "broadcast", "broadcasting", "station", "website"}
)
# Verbs that give a welcome (a host receiving a visitor) or order patrols.
_RECEIVING = frozenset({"give", "extend", "accord", "receive"})
_ORDERING = frozenset({"order", "send", "step", "increase", "intensify", "launch", "begin"})


def _by_form(form: str) -> tuple[EventType, ...] | None:
    """A regular verb the tagger lemmatised wrongly ('raped' as 'rap'): its form's stems."""
    stems: list[str] = []
    if form.endswith("ed"):
        stems = [form[:-1], form[:-2]]
    elif form.endswith("ing"):
        stems = [form[:-3] + "e", form[:-3]]
    elif form.endswith("es"):
        stems = [form[:-1], form[:-2]]
    return next((triggers.VERBS[s] for s in stems if s in triggers.VERBS), None)


def _candidates(t: Token) -> tuple[EventType, ...] | None:
    lemma = t.lemma_.lower()
    if t.pos_ == "VERB":
        if any(c.dep_ == "neg" for c in t.children):
            if lemma in _MEET and any(
                c.dep_ == "dobj" and c.lemma_.lower() in _CONCESSIONS for c in t.children
            ):
                return (EventType.REJECT,)  # 'would not meet the kidnappers' demands'
            return None  # 'did not attack' reports no attack
        if lemma == "strike" and any(c.dep_ == "dobj" and c.lemma_ in _IDIOMS for c in t.children):
            return None  # 'strike a deal', 'strike a balance'
        if lemma == "call" and not any(
            c.dep_ == "prep" and c.lower_ in {"for", "on"} for c in t.children
        ):
            return None  # 'so-called', 'a town called Kelso': only 'called for/on' asks
        objects = [c for c in t.children if c.dep_ == "dobj"]
        if lemma in {"free", "liberate"} and any(c.lemma_.lower() in _GROUND for c in objects):
            return triggers.VIOLENT  # 'freed three villages from the militants'
        if t.dep_ == "amod" and triggers.VERBS.get(lemma, triggers.VIOLENT) != triggers.VIOLENT:
            return None  # 'the allied forces', 'Turkish-backed rebels': no act of its own
        if (
            t.dep_ == "acl"
            and t.tag_ == "VBN"
            and triggers.VERBS.get(lemma, triggers.VIOLENT) != triggers.VIOLENT
            and (lemma in _BACKING or (t.head.pos_ == "NOUN" and _candidates(t.head)))
        ):
            # 'forces backed by Armenia': a standing tie; 'a truce brokered by Russia',
            # 'talks mediated by Qatar': who made the event the noun tells, no act of its own
            return None
        if lemma == "go" and any(c.dep_ == "prt" and c.lower_ == "off" for c in t.children):
            # 'a bomb went off'; 'the alarm went off' is no event
            subjects = [c for c in t.children if c.dep_ == "nsubj"]
            return triggers.VIOLENT if any(c.lemma_.lower() in _BLASTS for c in subjects) else None
        if lemma == "return" and not objects:
            return None  # 'returned home': only giving something back concedes
        if lemma == "accept" and any(c.lemma_.lower() in _CONCESSIONS for c in objects):
            return (EventType.CONCEDE,)  # 'accepted the rebels' demands'
        given = {c.lemma_.lower() for c in objects}
        if lemma == "order" and any(
            x.dep_ == "xcomp"
            and x.lemma_.lower() in _CLOSING
            and any(o.dep_ == "dobj" and o.lemma_.lower() in _MEDIA for o in x.children)
            for x in t.children
        ):
            return (EventType.COERCE,)  # 'ordered the paper to suspend publication': censorship
        if lemma == "protest" and any(c.dep_ in {"ccomp", "parataxis"} for c in t.children):
            return (EventType.ACCUSE,)  # '..., a rights group protested': a complaint, no march
        if lemma in _MEET and given & _CONCESSIONS:
            return (EventType.CONCEDE,)  # 'met the strikers' demands'
        if lemma in _OPEN_TIES and given & _TIES:
            return (EventType.SUPPORT,)  # 'established diplomatic ties' (PLOVER SUPPORT)
        if lemma in _END_TIES and given & _TIES:
            return (EventType.SANCTION,)  # 'severed relations'
        if lemma == "defend" and given & _STANCES:
            return (EventType.SUPPORT,)  # 'defended the right of ...', 'defended the decision'
        if lemma in _SENDING and given & _SUPPLIES:
            return (EventType.AID,)  # 'send medical supplies', 'shipped arms to the rebels'
        if lemma == "grant" and given & _HELP:
            return (EventType.AID,)  # 'granted asylum'
        if lemma == "grant" and given & _RELIEF:
            return (EventType.CONCEDE,)  # 'granted an amnesty'
        if lemma in {"shorten", "relax", "reduce"} and given & _RESTRICTIONS:
            return (EventType.CONCEDE,)  # 'shortened the curfew'
        if lemma in {"reduce", "withhold", "curtail"} and given & _HELP:
            return (EventType.SANCTION,)  # 'reduced food supplies to the camp'
        return triggers.VERBS.get(lemma) or _by_form(t.lower_)
    if t.pos_ == "NOUN":
        if any(c.dep_ == "det" and c.lower_ == "no" for c in t.children):
            return None  # 'no attack was reported'
        if lemma == "fire" and t.dep_ == "dobj" and t.head.lemma_.lower() == "open":
            return triggers.VIOLENT  # 'opened fire'
        if lemma == "welcome" and t.dep_ == "dobj" and t.head.lemma_.lower() in _RECEIVING:
            return (EventType.CONSULT,)  # 'gave the visiting president a warm welcome'
        if lemma == "patrol" and t.dep_ == "dobj" and t.head.lemma_.lower() in _ORDERING:
            return (EventType.MOBILIZE,)  # 'ordered patrols by police and soldiers'
        if lemma == "exchange" and any(_exchanged(c) for c in t.subtree if c is not t):
            return triggers.VIOLENT  # 'an exchange of fire', 'a shelling exchange'
        if _exchanged(t):
            return None  # the fire exchanged is the exchange's, no event of its own
        if lemma == "attack" and any(c.lower_ in {"cyber", "cyber-"} for c in t.children):
            return (EventType.COERCE,)  # 'a cyber attack' (PLOVER COERCE)
        if lemma == "riot" and t.dep_ == "compound":
            return None  # 'riot police', 'riot gear'
        if lemma == "strike" and (
            # 'went on strike', bare: 'relied on drone strikes' are attacks
            (
                t.dep_ == "pobj"
                and t.head.lower_ == "on"
                and t.tag_ == "NN"
                and not any(c.dep_ in {"compound", "det", "poss"} for c in t.children)
            )
            or (t.dep_ == "dobj" and t.head.lemma_.lower() in _STRIKE_CALLS)
        ):
            return (EventType.PROTEST,)  # 'went on strike', 'staged a strike'
        if lemma == "strike" and any(c.lower_ in triggers.STRIKE_BY_WORKERS for c in t.children):
            return (EventType.PROTEST,)
        return triggers.NOUNS.get(lemma) or _hyphenated(t)
    return None


def _exchanged(t: Token) -> bool:
    """'shelling' in 'an exchange of shelling' or 'a shelling exchange'."""
    if t.lemma_.lower() not in _FIRE:
        return False
    if t.dep_ == "compound":
        return t.head.lemma_.lower() == "exchange"
    return t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.lemma_.lower() == "exchange"


def _hyphenated(t: Token) -> tuple[EventType, ...] | None:
    """A hyphenated event noun the tokenizer split ('shoot-out' as 'shoot', '-', 'out'): the
    whole word, read at its last piece (the head of the noun phrase)."""
    if t.i < 2 or t.doc[t.i - 1].text != "-" or t.doc[t.i - 1].whitespace_:
        return None
    first = t.doc[t.i - 2]
    if first.whitespace_:
        return None
    return triggers.NOUNS.get(f"{first.lower_}-{t.lower_}")


# Verbs that only say an event noun happened, and whose subject is its actor: 'students staged
# demonstrations', 'Peru issued an ultimatum', 'rebels launched an offensive'.
LIGHT_VERBS = frozenset(
    {
        "stage",
        "hold",
        "organize",
        "organise",
        "launch",
        "begin",
        "start",
        "continue",
        "resume",
        "conduct",
        "carry",
        "mount",
        "issue",
        "impose",
        "reimpose",
        "tighten",
        "extend",
        "declare",
        "announce",
        "lead",
        "make",
        "step",
        "escalate",
        "intensify",
        "reach",
        "conclude",
        "renew",
        "undertake",
        "open",
        "initiate",
        "give",
        "grant",
        "provide",
        "pursue",
        "wage",
        "speed",
        "accelerate",
        "deliver",
        "send",
        "pay",
    }
)
# the regular forms too: the tagger's lemma of 'staged' is 'stag'
LIGHT_FORMS = frozenset(
    f
    for v in LIGHT_VERBS
    for f in (v, v + "s", v.removesuffix("e") + "ed", v.removesuffix("e") + "ing")
)
# Who a noun's modifier names: 'Israeli airstrikes', 'US drone attacks', 'Houthi shelling'.
_ACTOR_MODIFIER_ENTITIES = frozenset({"NORP", "GPE", "ORG"})


# Pronouns that stand for an actor named before them in the sentence, and whether they
# stand for a person ('he'), for anything but a person ('it'), or for either ('they').
_PRONOUNS = {
    "he": True,
    "she": True,
    "his": True,
    "her": True,
    "it": False,
    "its": False,
    "they": None,
    "their": None,
    "we": None,
    "our": None,
}
# Possessives that say when, not who: 'last month's invasion', 'Sunday's attack'.
_TIME_WORDS = frozenset(
    {"year", "month", "week", "day", "today", "yesterday", "weekend", "night", "decade"}
)
# Nouns of troops moving, whose 'of' phrase names who moved.
_MOVES = frozenset({"deployment", "withdrawal", "pullout", "redeployment", "arrival"})
# Participles whose passive-looking subject holds the view: 'Israel is opposed to ...'.
_STATIVE = frozenset({"oppose", "commit"})


def _antecedent(pron: Token) -> Token | None:
    """What a pronoun actor stands for: the subject of a clause it is reported or told in
    ('Iraq said it would allow ...', 'the ILO reiterated its demand'), nearest first; a
    person for 'he', no person for 'it'."""
    person = _PRONOUNS[pron.lower_]
    inside = {x.i for x in pron.ancestors} | {pron.i}
    node = pron
    for _ in range(12):
        if node.head.i == node.i:
            return None
        node = node.head
        if node.pos_ not in {"VERB", "AUX"}:
            continue
        for c in node.children:
            if c.dep_ != "nsubj" or c.i in inside or c.pos_ == "PRON" or c.i > pron.i:
                continue
            if pron in c.subtree:
                continue
            is_person = c.ent_type_ == "PERSON"
            if person is True and not (is_person or c.pos_ == "NOUN"):
                continue
            if person is False and is_person:
                continue
            return c
    return None


def _actor(t: Token) -> Token | None:
    found = _direct_actor(t)
    if found is not None and found.pos_ == "PRON" and found.lower_ in _PRONOUNS:
        return _antecedent(found) or found
    return found


def _direct_actor(t: Token) -> Token | None:
    if t.lemma_.lower() in _STATIVE and not any(c.dep_ == "agent" for c in t.children):
        for c in t.children:
            if c.dep_ == "nsubjpass":
                return c
    for c in t.children:
        if c.dep_ == "nsubj":
            return c
        if c.dep_ == "agent":
            return next((g for g in c.children if g.dep_ == "pobj"), None)
    head = t.head
    if t.pos_ == "NOUN":
        for c in t.children:
            if c.dep_ == "poss" and not (
                c.ent_type_ in {"DATE", "TIME"} or c.lemma_.lower() in _TIME_WORDS
            ):
                return c
            if c.dep_ == "prep" and c.lower_ == "by":
                return next((g for g in c.children if g.dep_ == "pobj"), None)
        # 'undertook a mediation mission': the noun the event word names
        noun = head if t.dep_ == "compound" and head.pos_ == "NOUN" else t
        verb = noun.head
        if noun.dep_ == "dobj" and (
            verb.lemma_.lower() in LIGHT_VERBS or verb.lower_ in LIGHT_FORMS
        ):
            return _actor(verb)
        if t.lemma_.lower() in _MOVES:
            # 'the deployment of NATO troops': the troops moved
            for c in t.children:
                if c.dep_ == "prep" and c.lower_ == "of":
                    return next((g for g in c.children if g.dep_ == "pobj"), None)
        for c in t.children:
            if c.dep_ in {"amod", "compound"} and c.ent_type_ in _ACTOR_MODIFIER_ENTITIES:
                return c
    if t.dep_ == "acomp" and head.pos_ == "AUX":
        return _actor(head)  # 'Israel is opposed to ...'
    # 'opened fire to disperse', 'is prepared to impose': the governing clause's subject
    if (
        t.dep_ in {"advcl", "xcomp"}
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children)
        and head.pos_ == "ADJ"
        and head.dep_ == "acomp"
    ):
        return _actor(head.head)
    if t.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children):
        return _actor(head) if head.pos_ in {"VERB", "AUX"} else None
    # 'accused Azerbaijan of targeting': the accused is the actor of the embedded event
    if t.dep_ == "pcomp" and head.dep_ == "prep" and head.lower_ == "of":
        verb = head.head
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if obj is not None:
            return obj
    # 'vowed to fight', 'continued shelling', conjoined verbs: the governing verb's subject
    if t.dep_ in {"xcomp", "conj"} and head is not t and head.pos_ in {"VERB", "AUX"}:
        return _actor(head)
    return None


_SAYING = frozenset(
    {"say", "declare", "announce", "insist", "tell", "warn", "state", "reiterate", "add", "stress"}
)


def _asker(t: Token) -> Token | None:
    """Who demands an act told as due ('X said Y must withdraw'): the subject of the saying
    verb whose reported clause holds it."""
    node = t
    for _ in range(6):
        if node.head.i == node.i:
            return None
        if node.dep_ in {"ccomp", "parataxis"} and (
            node.head.lemma_.lower() in _SAYING or node.head.lower_ in {"said", "says"}
        ):
            subject = next((c for c in node.head.children if c.dep_ == "nsubj"), None)
            return _actor(node.head) if subject is None else subject
        node = node.head
    return None


def _target(t: Token) -> Token | None:
    for c in t.children:
        if c.dep_ == "dobj" and c.pos_ in {"PROPN", "NOUN", "PRON"}:
            return c
    for c in t.children:
        if c.dep_ == "prep" and c.lower_ in {"on", "against", "at", "with"}:
            obj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if obj is not None and c.lower_ != "with":
                return obj
    return None


def _governing_verb(t: Token) -> Token | None:
    node = t
    for _ in range(10):
        if node.head.i == node.i:
            return None
        node = node.head
        if node.pos_ in {"VERB", "AUX"}:
            return node
    return None


_FORCE = frozenset({EventType.ASSAULT, EventType.COERCE})


def _fits(se: AcledSubEvent, candidates: tuple[EventType, ...]) -> bool:
    return PLOVER_TYPE.get(se) in candidates or (
        se in _PROTEST_MET_WITH_FORCE and EventType.PROTEST in candidates
    )


def _typed(
    t: Token, candidates: tuple[EventType, ...], texts: list[str], *, sentence: str
) -> tuple[EventType, AcledSubEvent | None]:
    """The trigger's PLOVER type among its candidates, and its ACLED sub-event if one applies.

    ``texts`` are the words around the trigger, nearest first (for a noun: its phrase, its
    verb's clause, its sentence). The sub-event is the most specific one, by the rules' order
    of precedence, whose PLOVER type the trigger can have; else the nearest one found. The
    shipped sub-event classifier reads ``sentence`` (the sentence, or for a protest the story
    the rules read) and overrules them when it is sure (:func:`_classified`).
    """
    from sitrep.events.plover import model

    acled: AcledSubEvent | None = None
    if any(c in _ACLED_TYPES for c in candidates):
        found = [se for se in map(sub_event, texts) if se is not None]
        fitting = [se for se in found if _fits(se, candidates)]
        if not fitting and not any(c in _FORCE for c in candidates):
            # every rule that matches, not only the first: 'villagers protest over mob
            # justice' is a protest whose words also match mob violence (a violent word's
            # own sub-event stands: 'rioters clashed with troops')
            fitting = [se for text in texts for se in sub_events(text) if _fits(se, candidates)]
        acled = min(fitting, key=_PRECEDENCE.__getitem__) if fitting else next(iter(found), None)
    if acled in _PROTEST_MET_WITH_FORCE and EventType.PROTEST in candidates:
        kind = EventType.PROTEST
    elif acled is not None and PLOVER_TYPE.get(acled) in candidates:
        kind = PLOVER_TYPE[acled]
    elif len(candidates) == 1:
        kind = candidates[0]
        if acled is not None and PLOVER_TYPE.get(acled) is not kind:
            # a sub-event of another kind: keep it only for force (an arrest is COERCE
            # in PLOVER and Arrests in ACLED; a strike that killed is Attack either way)
            acled = (
                acled
                if kind in {EventType.ASSAULT, EventType.COERCE} or (kind, acled) in _AKIN
                else None
            )
    else:
        scores = model().scores(texts[0])
        kind = max(candidates, key=scores.__getitem__)
        acled = None
    if any(c in _ACLED_TYPES for c in candidates):
        kind, acled = _classified(sentence, candidates, kind, acled)
    if kind is EventType.ASSAULT and acled is None and t.lemma_ in _KILLING:
        acled = AcledSubEvent.ATTACK
    return kind, acled


def _classified(
    sentence: str,
    candidates: tuple[EventType, ...],
    kind: EventType,
    acled: AcledSubEvent | None,
) -> tuple[EventType, AcledSubEvent | None]:
    """The sub-event classifier's answer where it is sure and the trigger can have it.

    It fills in a sub-event the rules did not find when it is fairly sure, and overrules the
    rules' answer only when it is surer still (thresholds measured on our own held-out
    sentences, :mod:`sitrep.events.subevents`). Its type must be one the trigger word can have.
    """
    from sitrep.events.subevents import OVERRULE, SUGGEST, model

    best, p = model().classify(sentence)
    if best is AcledSubEvent.OTHER or best is acled or p < (SUGGEST if acled is None else OVERRULE):
        return kind, acled
    if acled is not None and best in _FALLBACKS:
        # a peaceful protest is what a protest is when nothing else is told: the words that
        # made the rules find violence or force are not outweighed by its absence
        return kind, acled
    if best in _PROTEST_MET_WITH_FORCE and EventType.PROTEST in candidates:
        return EventType.PROTEST, best
    if PLOVER_TYPE[best] in candidates:
        return PLOVER_TYPE[best], best
    return kind, acled


def _sure_sub_event(sentence: str) -> AcledSubEvent | None:
    from sitrep.events.subevents import OVERRULE, model

    best, p = model().classify(sentence)
    return best if p >= OVERRULE else None


_FALLBACKS = frozenset({AcledSubEvent.PEACEFUL_PROTEST, AcledSubEvent.ATTACK})
_PRECEDENCE = {r.sub_event: i for i, r in enumerate(RULES)}
# ACLED files a protest met with lethal force under the protest; PLOVER under COERCE.
_PROTEST_MET_WITH_FORCE = frozenset({AcledSubEvent.EXCESSIVE_FORCE})


def _story(sent: SpacySpan, *, sentences: int = 2) -> str:
    """The sentence and up to ``sentences`` more of its paragraph: how a protest went on."""
    doc = sent.doc
    end = sent.end
    for _ in range(sentences):
        if end >= len(doc) or "\n" in doc[end - 1].whitespace_ + doc[end].text:
            break
        end = doc[end].sent.end
    return doc[sent.start : end].text


_STATEMENTS = frozenset(
    {
        EventType.AGREE,
        EventType.REQUEST,
        EventType.ACCUSE,
        EventType.REJECT,
        EventType.THREATEN,
        EventType.PROTEST,
    }
)
_HOSTILE = frozenset(
    {
        EventType.ASSAULT,
        EventType.COERCE,
        EventType.SANCTION,
        EventType.MOBILIZE,
        EventType.PROTEST,
    }
)
_STATED = {
    (syntax.Mood.PROMISED, False): EventType.AGREE,
    (syntax.Mood.PROMISED, True): EventType.THREATEN,
    (syntax.Mood.DEMANDED, False): EventType.REQUEST,
    (syntax.Mood.DEMANDED, True): EventType.REQUEST,
}
# Sub-events of another PLOVER type that a trigger's own type still reports: a surrender
# (RETREAT) and a release (CONCEDE) are agreements in the ACLED codebook, a handover agreed
# in a deal a transfer of territory.
_AKIN = frozenset(
    {
        (EventType.RETREAT, AcledSubEvent.AGREEMENT),
        (EventType.CONCEDE, AcledSubEvent.AGREEMENT),
        (EventType.AGREE, AcledSubEvent.NON_VIOLENT_TRANSFER),
    }
)
# What goes off when something explodes.
_BLASTS = frozenset(
    {
        "bomb",
        "mine",
        "landmine",
        "device",
        "ied",
        "explosive",
        "shell",
        "grenade",
        "charge",
        "vest",
        "belt",
        "car",
        "kamikaze",
        "bomber",
        "rocket",
        "mortar",
        "booby-trap",
    }
)
# Harm told as what a clause's act did ('..., killing three'): the act tells its kind.
_HARMING = frozenset({"kill", "wound", "injure", "maim", "leave"})
_HEDGES = frozenset({"may", "might", "could", "would"})
_KILLING = frozenset({"kill", "murder", "stab", "behead", "execute", "massacre"})


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
    actor, target = _actor(t), _target(t)
    return Found(
        type=EventType.THREATEN,
        acled=None,
        trigger=_span(t),
        clause=Span(first.idx, last.idx + len(last.text)),
        actor=_phrase(actor) if actor is not None else None,
        target=_phrase(target) if target is not None else None,
        depth=_depth(t),
        scopes=(syntax.pieces(own),),
        trigger_index=t.i,
    )


def _bare_demand(sent: SpacySpan) -> Found | None:
    """'X declared that Y must drop its barriers': an act told as due in someone's words is
    their request (PLOVER REQUEST), whatever the act, when no trigger word tells more."""
    root = sent.root
    told = [c for c in root.children if c.dep_ in {"ccomp", "parataxis"} and c.pos_ == "VERB"]
    for verb in told:
        if syntax.mood(verb) is not syntax.Mood.DEMANDED:
            continue
        asker = _asker(verb)
        if asker is None:
            continue
        own = syntax.own_clause(verb)
        first, last = min(own, key=lambda x: x.i), max(own, key=lambda x: x.i)
        target = _actor(verb)
        return Found(
            type=EventType.REQUEST,
            acled=None,
            trigger=_span(verb),
            clause=Span(first.idx, last.idx + len(last.text)),
            actor=_phrase(asker),
            target=_phrase(target) if target is not None else None,
            depth=_depth(verb),
            scopes=(syntax.pieces(own),),
            trigger_index=verb.i,
        )
    return None


def events_in(sent: SpacySpan) -> list[Found]:
    """The events a sentence reports as having happened, in reading order."""
    found: list[Found] = []
    taken: list[tuple[Span, EventType | None]] = []
    triggered = False  # a trigger word that may have an ACLED sub-event
    worded = False  # any trigger word
    for t in sent:
        candidates = _candidates(t)
        if not candidates:
            continue
        triggered = triggered or any(c in _ACLED_TYPES for c in candidates)
        worded = True
        mood = syntax.mood(t)
        if mood is syntax.Mood.UNREAL:
            if _conditional_threat(t, candidates):
                found.append(_threat(t))
            continue
        own = syntax.own_clause(t)
        first, last = min(own, key=lambda x: x.i), max(own, key=lambda x: x.i)
        clause = Span(first.idx, last.idx + len(last.text))
        if (
            reference.casualty_total(t)
            or reference.habit(t)
            or reference.the_war(t)
            or reference.appraisal(t)
        ):
            # no event of its own, nor are the event nouns inside it ('killed in the fighting')
            taken.append((clause, None))
            continue
        scopes = [syntax.pieces(own)]
        inner = {x.i for x in t.subtree} - {x.i for x in own}
        texts = [syntax.words(own)]
        if t.pos_ != "VERB":
            verb = _governing_verb(t)
            context = syntax.own_clause(verb) if verb is not None else list(sent)
            scopes.append(syntax.pieces(context))
        # the sentence, less the clauses inside this one that tell of something else
        rest = [x for x in sent if x.i not in inner]
        scopes.append(syntax.pieces(rest))
        if t.pos_ != "VERB":
            # a noun ('the attack', 'protests') is told of by its verb and sentence too
            texts += [syntax.words(context), syntax.words(rest)]
        else:
            doer = _doer(t)
            if doer is not None:
                texts.append(syntax.words(syntax.own_clause(doer)))
        if EventType.PROTEST in candidates:
            # 'Teachers protested. Police fired tear gas.': the protest's sub-event
            texts.append(_story(sent))
        # the classifier reads what the rules read at their widest: a protest's story
        widest = texts[-1] if EventType.PROTEST in candidates else sent.text
        kind, acled = _typed(t, candidates, texts, sentence=widest)
        if t.dep_ == "amod" and kind in _STATEMENTS:
            continue  # 'its long-threatened invasion', 'the promised aid': the noun's event
        if mood is syntax.Mood.DEMANDED or (
            mood is syntax.Mood.PROMISED and kind not in _STATEMENTS
        ):
            # not done but promised or demanded: the event is the statement (PLOVER)
            kind, acled = _STATED[mood, kind in _HOSTILE], None
        trigger = _span(t)
        # a noun inside another trigger's clause of the same type is the same event
        if t.pos_ == "NOUN" and any(c.contains(trigger) and k in {kind, None} for c, k in taken):
            continue
        taken.append((clause, kind))
        actor, target = _actor(t), _target(t)
        if mood is syntax.Mood.DEMANDED:
            # 'Russia said Sudan must return the helicopter': Russia requests it of Sudan
            asker = _asker(t)
            if asker is not None:
                actor, target = asker, actor if actor is not None else target
        found.append(
            Found(
                type=kind,
                acled=acled,
                trigger=trigger,
                clause=clause,
                actor=_phrase(actor) if actor is not None else None,
                target=_phrase(target) if target is not None else None,
                depth=_depth(t),
                scopes=tuple(scopes),
                trigger_index=t.i,
                back=reference.refers_back(t),
                target_area=_area(target) if target is not None else None,
            )
        )
    if not worded:
        demand = _bare_demand(sent)
        if demand is not None:
            found.append(demand)
    roots = {f.trigger_index for f in found}
    if not triggered and sent.root.i not in roots and not any(t.dep_ == "neg" for t in sent):
        # no trigger word, but the sentence matches an ACLED rule ('weapons were seized'), or
        # the sub-event classifier is sure of one ('the army set up a new base'); where its
        # trigger words are only of other kinds ('packages were intercepted before being
        # delivered'), both must say so
        ruled, sure = sub_event(sent.text), _sure_sub_event(sent.text)
        acled = (ruled if ruled is sure else None) if worded else (ruled or sure)
        if acled is not None and acled is not AcledSubEvent.OTHER:
            whole = Span(sent.start_char, sent.end_char)
            root = sent.root
            # 'bulldozers demolished homes, officials said': the told act, not the telling
            root = next((c for c in root.children if c.dep_ in {"ccomp", "parataxis"}), root)
            actor, target = _actor(root), None
            if root.lemma_.lower() in _SUFFERED:
                # 'a prisoner died after torture': the subject is who suffered it
                actor, target = None, actor
            found.append(
                Found(
                    type=PLOVER_TYPE[acled],
                    acled=acled,
                    trigger=_span(root),
                    clause=whole,
                    actor=_phrase(actor) if actor is not None else None,
                    target=_phrase(target) if target is not None else None,
                    depth=0,
                    scopes=((whole,),),
                    trigger_index=root.i,
                )
            )
    return found
