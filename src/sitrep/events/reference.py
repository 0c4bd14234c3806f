"""Trigger words that tell of no event of their own.

A conflict story names its war as often as its events. These words are not events:

- a casualty total: 'killed' in '1,068 servicemen have been killed so far', '69 civilians have
  been killed since September 27', 'the fighting has killed 91 civilians', 'soldiers killed in
  the war'. The toll belongs to the war as a whole, which is no event with one place and day;
  the casualties stage reports the count. So is a counted toll in the perfect or 'according
  to' someone with no attacker, place or time of its own ('1,166 of their troops have been
  killed'). (We decided against an event for the war: it would
  carry no place or date of its own, and a reader would take it for one more clash.)
- a habit: the simple present of a relative clause ('the Minsk Group, which tries to mediate
  the conflict', 'a militia that patrols the border') tells what someone does in general;
- an appraisal: 'in what would be the deadliest attack', 'it was the worst attack' judges an
  event already told (:func:`appraisal`);
- the war as background: 'after two weeks of fighting', 'the deal that ended the fighting';
  so is a past act named only as the start of a stretch of time ('since the army seized
  power in 2021', :func:`since_anchor`);
- the war going on: 'as fighting continues', 'the war rages' (an ongoing-war noun as subject
  of continue, rage, go on ...) with no place in its own clause; 'fighting continued in Martuni
  on Tuesday' is a clash and is kept; so is 'the fighting' with nothing of its own ('killed in
  the fighting': the war, :func:`the_war`).

A count of acts ('more than 700 air strikes since the coup', 'hundreds of raids this year') is
told as events but is none of the single incidents told beside it (:func:`aggregate`); nor is
an act set apart ('in a separate ambush', :func:`set_apart`) one told before.

A back-reference ('called the strike a war crime', 'the talks were difficult') is an event
already told: :func:`refers_back` marks it, and the stage files its evidence under the earlier
telling.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.actors.lexicon import SITE_NOUNS, WEAPONS
from sitrep.events.harm import HARM, WAYS_OF_HURTING
from sitrep.events.triggers import ACCORDS, CHARGING_VERBS
from sitrep.temporal.lexicon import PARTS_OF_DAY

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

_HARM = HARM
# 'so far', 'to date', 'in total': words that make a count a running total
_TOTAL_ADVERBS = frozenset({"far", "date", "total", "all", "overall", "altogether"})
_WAR = frozenset(
    {"fighting", "war", "conflict", "hostilities", "violence", "insurgency", "rebellion"}
)
# A war named as a whole even with no determiner: 'killed in war', 'since conflict erupted'.
_WHOLE_WARS = frozenset({"war", "conflict", "hostilities", "insurgency", "rebellion"})
_GOES_ON = frozenset({"continue", "rage", "go", "persist", "drag", "grind", "rumble", "wear"})
# 'on both sides', 'on each side': a toll's sides are no place
_SIDES = frozenset({"side", "sides"})
_DEFINITE = frozenset({"the", "this", "that", "these", "those"})
# Spans of time that fighting is counted in, and verbs that end it.
_SETTINGS = frozenset({"scene", "site", "theatre", "theater", "epicentre", "epicenter", "hotbed"})
_DURATIONS = frozenset({"hour", "day", "week", "month", "year", "decade", "night"})
_ENDING = frozenset({"end", "halt", "stop", "conclude", "cease", "suspend"})
_HABIT_TAGS = frozenset({"VBZ", "VBP"})


def _total_marker(verb: Token) -> bool:
    for c in verb.children:
        if c.dep_ in {"advmod", "npadvmod"} and c.lower_ in _TOTAL_ADVERBS:
            return True
        if c.dep_ == "prep":
            if c.lower_ == "since":  # 'since September 27', 'since fighting began'
                return True
            objects = [g for g in c.children if g.dep_ == "pobj"]
            if c.lower_ in {"to", "in"} and any(g.lower_ in _TOTAL_ADVERBS for g in objects):
                return True  # 'to date', 'in total', 'in all'
            if c.lower_ in {"in", "during", "throughout"} and any(
                _the_war_as_whole(g) for g in objects
            ):
                return True  # 'killed in the fighting', 'died during the war'
        if c.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ == "since" for g in c.children):
            return True
        if c.dep_ == "nsubj" and c.lemma_.lower() in _WAR:
            return True  # 'the fighting has killed 91 civilians'
        if (
            c.dep_ == "nsubj"
            and c.lower_ in {"which", "that"}
            and verb.dep_ == "relcl"
            and verb.head.lemma_.lower() in _WAR
        ):
            return True  # 'the civil war, which has killed thousands'
    return False


def _the_war_as_whole(g: Token) -> bool:
    """'the fighting', 'the war', 'this conflict': the war named as a whole; 'fighting' or
    'ethnic violence' with no determiner ('two killed in fighting near the dam') is one event."""
    lemma = g.lemma_.lower()
    if lemma not in _WAR:
        return False
    if lemma in _WHOLE_WARS:
        return True
    return any(c.dep_ in {"det", "poss"} and c.lower_ not in {"a", "an"} for c in g.children)


def _counted(t: Token) -> bool:
    """'1,166 of their troops', '45 civilians', 'nearly 5,000 people': a number of people."""
    return t.tag_ == "CD" or any(c.dep_ == "nummod" for c in t.children)


def _bare_toll(verb: Token) -> bool:
    """'1,166 of their troops and 45 civilians have been killed', 'according to officials,
    5,000 people had been killed on both sides': a counted subject told as killed in the
    perfect, or according to someone, with no attacker, place, time or occasion of its own."""
    children = list(verb.children)
    subjects = [c for c in children if c.dep_ in {"nsubj", "nsubjpass"}]
    if not subjects or not all(_counted(s) for s in subjects):
        return False
    perfect = any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in children)
    according = any(c.dep_ == "prep" and c.lower_ == "according" for c in children)
    if not (perfect or according):
        return False
    for c in children:
        if c.dep_ in {"agent", "advcl", "dobj"} or (
            c.dep_ == "npadvmod" and c.ent_type_ in {"DATE", "TIME"}
        ):
            return False  # 'by a roadside bomb', 'when a shell hit', 'killed 30', 'Monday'
        if c.dep_ == "prep" and c.lower_ != "according":
            objects = [g for g in c.children if g.dep_ == "pobj"]
            if not all(g.lemma_.lower() in _SIDES for g in objects):
                return False  # 'in Kelso', 'on Tuesday', 'in an air strike'
    return True


def _toll(verb: Token) -> bool:
    return _total_marker(verb) or _bare_toll(verb)


def casualty_total(t: Token) -> bool:
    """'killed' (or 'wounded', 'died' ...) telling a running toll, not one event."""
    if t.pos_ != "VERB" or t.lemma_.lower() not in _HARM:
        return False
    if _toll(t):
        return True
    # 'the fighting has killed 91 and wounded 400': a conjoined verb shares the toll
    # ('... had been killed and about 400 wounded': a counted subject of its own shares it)
    own_subject = any(c.dep_ in {"nsubj", "nsubjpass"} and not _counted(c) for c in t.children)
    head = t.head
    if t.dep_ != "conj" or own_subject or head.pos_ not in {"VERB", "AUX"}:
        return False
    if any(c.dep_ == "nsubj" and c.lemma_.lower() in _WHOLE_WARS for c in head.children):
        return True  # 'the war erupted in April 2023 and has killed tens of thousands'
    return head.lemma_.lower() in _HARM and _toll(head)


def habit(t: Token) -> bool:
    """A trigger in a simple-present relative clause: what someone does in general."""
    node = t
    for _ in range(3):
        if node.dep_ == "relcl":
            return node.tag_ in _HABIT_TAGS and not any(c.dep_ == "aux" for c in node.children)
        if node.dep_ not in {"xcomp", "conj"} or node.head.i == node.i:
            return False
        node = node.head
    return False


# Nouns of spans of time long enough that fighting told as lasting them is a history: 'for
# decades', 'for years'.
_LONG_SPANS = frozenset({"year", "decade", "generation", "century"})
# Verbs of taking part in a war, whose participle describes a group ('armed groups fighting
# the junta'): who the group is, not one act.
_WARRING = frozenset({"fight", "battle", "combat", "oppose"})
# Acts a group told over a long span has waged: its history ('has attacked the army for years').
_HISTORY_ACTS = _WARRING | {"attack", "target", "raid", "wage"}


def _long_span(verb: Token) -> bool:
    """'for decades', 'for more than 20 years', 'since 1961', 'in the Tigray war': a verb's
    time told as a long span or as the war as a whole."""
    for c in verb.children:
        if c.dep_ != "prep":
            continue
        objects = [g for g in c.children if g.dep_ == "pobj"]
        if c.lower_ == "for" and any(g.lemma_.lower() in _LONG_SPANS for g in objects):
            return True
        if c.lower_ == "since" and any(g.ent_type_ == "DATE" and g.text.isdigit() for g in objects):
            return True  # 'since 1961'
        if c.lower_ in {"in", "during", "throughout"} and any(
            _the_war_as_whole(g) for g in objects
        ):
            return True
    return False


def history(t: Token) -> bool:
    """A trigger in a clause describing a group by its past or its part in a war: 'the KIA,
    which has fought the military for decades', 'fighters who had fought beside federal
    troops in the Tigray war', 'the armed groups fighting the junta'. Who the group is, no
    act of the article's."""
    node = t
    for _ in range(3):
        if node.dep_ in {"relcl", "acl"}:
            break
        if node.dep_ not in {"xcomp", "conj"} or node.head.i == node.i:
            return False
        node = node.head
    else:
        return False
    if node.head.pos_ not in {"NOUN", "PROPN"}:
        return False
    if node.dep_ == "acl" and node.tag_ == "VBG":
        # 'groups fighting the junta', with no time or place of its own
        return node.lemma_.lower() in _WARRING and not any(
            c.dep_ in {"prep", "npadvmod"} for c in node.children
        )
    return node.dep_ == "relcl" and _long_span(node) and t.lemma_.lower() in _HISTORY_ACTS


# Adverbs that make a simple present a rule or habit: 'we only target terrorists'.
_HABITUAL = frozenset(
    {"only", "always", "never", "usually", "often", "routinely", "regularly", "generally"}
)


def policy(t: Token) -> bool:
    """A verb of force in a generic simple present stating a way of acting, not an act: 'We
    only target terrorist groups', 'our forces never attack civilians'. The subject is a
    speaker's 'we' (or 'our ...') or a habit adverb tells it, and the object is a bare plural
    (any of a kind, no one in particular)."""
    if _policy_read_as_noun(t):
        return True
    if t.pos_ != "VERB" or t.tag_ not in _HABIT_TAGS:
        return False
    if any(c.dep_ in {"aux", "auxpass"} and c.lemma_.lower() != "do" for c in t.children):
        return False
    subject = next((c for c in t.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return False
    ours = subject.lower_ == "we" or any(
        c.dep_ == "poss" and c.lower_ == "our" for c in subject.children
    )
    obj = next((c for c in t.children if c.dep_ == "dobj"), None)
    # the adverb on the verb or on its object ('strikes only military targets')
    habitual = any(
        c.dep_ == "advmod" and c.lower_ in _HABITUAL
        for c in (*t.children, *(obj.children if obj is not None else ()))
    )
    bare = (
        obj is not None
        and obj.tag_ in {"NNS", "NNPS"}
        and not any(c.dep_ in {"det", "poss", "nummod"} for c in obj.children)
    )
    return bare and (ours or habitual)


# Verbs by which a deal provides for something, and the deals that do: 'the truce would allow
# aid convoys to reach the city', 'the deal lets displaced families return'.
_LETTING = frozenset({"allow", "let", "permit", "enable"})
_DEALS = ACCORDS | {"pause", "arrangement"}


def provision(t: Token) -> bool:
    """'The truce would allow aid convoys to reach the besieged city': what a deal provides
    for is no act of anyone's, nor are the acts it would let happen."""
    if t.pos_ != "VERB" or t.lemma_.lower() not in _LETTING:
        return False
    subject = next((c for c in t.children if c.dep_ == "nsubj"), None)
    return subject is not None and subject.lemma_.lower() in _DEALS


# Verbs of speaking whose object of 'on' or 'about' is what is spoken of, not an act told.
_SPEAKING = frozenset(
    {"comment", "speak", "talk", "discuss", "remark", "elaborate", "report", "publicise"}
    | {"publicize", "speculate", "brief"}
)
_OF_TOPIC = frozenset({"on", "about"})
# (with the habit adverbs, which hold "never")
_NEVER = frozenset({"not", "n't", "rarely", "seldom"})


def topic_in_general(t: Token) -> bool:
    """A bare plural event noun that a habit of speaking, or of not speaking, is about:
    'Ukraine does not usually comment on strikes inside Russia', 'the army rarely talks
    about attacks'; or a bare plural with nothing that makes it some acts in particular
    ('officials speak on truces'). Any acts of a kind, none told to have happened."""
    if t.pos_ != "NOUN" or t.tag_ != "NNS" or t.dep_ != "pobj":
        return False
    if any(c.dep_ in {"det", "poss", "nummod"} for c in t.children):
        return False
    prep = t.head
    verb = prep.head
    if prep.lower_ not in _OF_TOPIC or prep.dep_ != "prep" or verb.lemma_.lower() not in _SPEAKING:
        return False
    if all(c.is_space for c in t.children):
        return True  # nothing to tell which acts: 'speak on truces', 'talked about strikes'
    # a simple present ('does not comment', 'rarely talks'), not 'did not comment on the'
    aux = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    present = (verb.tag_ in _HABIT_TAGS and not aux) or (
        verb.tag_ == "VB" and any(c.lower_ in {"does", "do"} for c in aux)
    )
    if not present:
        return False
    return any(
        (c.dep_ == "neg" or c.dep_ == "advmod") and c.lower_ in _NEVER | _HABITUAL
        for c in verb.children
    )


def _policy_read_as_noun(t: Token) -> bool:
    """'the army strikes only military targets', parsed as a plural noun with 'targets' beside
    it as its apposition (or with 'targets' read as the verb it is the subject of): the verb
    of a stated way of acting, its object a bare plural that a habit adverb ('only', 'never')
    tells."""
    if t.pos_ != "NOUN" or t.tag_ != "NNS":
        return False
    if t.dep_ in {"ROOT", "ccomp"}:
        others = [c for c in t.children if c.dep_ in {"appos", "dobj", "npadvmod"}]
    elif t.dep_ == "nsubj" and t.head.pos_ == "NOUN" and t.head.dep_ in {"ROOT", "ccomp"}:
        others = [t.head]
    else:
        return False
    return any(
        c.tag_ in {"NNS", "NNPS"}
        and c.i > t.i
        and any(g.dep_ == "advmod" and g.lower_ in _HABITUAL for g in c.children)
        and not any(g.dep_ in {"det", "poss", "nummod"} for g in c.children)
        for c in others
    )


def names_the_war(t: Token) -> bool:
    """'as fighting continues', 'the war rages': the war going on, unless its clause places it."""
    if t.pos_ != "NOUN" or t.lemma_.lower() not in _WAR:
        return False
    head = t.head
    subject = t.dep_ in {"nsubj", "nsubjpass"} or (
        # the parser reads 'as fighting continues' as a preposition's object
        t.dep_ == "pobj" and head.dep_ == "mark"
    )
    verb = head.head if t.dep_ == "pobj" else head
    if not subject or verb.lemma_.lower() not in _GOES_ON:
        return False
    # 'fighting continued in Martuni': a clash at a place
    return not any(
        c.dep_ == "prep" and any(g.dep_ == "pobj" and g.ent_type_ for g in c.children)
        for c in verb.children
    )


def the_war(t: Token) -> bool:
    """'the fighting', 'the war' with nothing of their own, or going on (:func:`names_the_war`),
    or told as the background of another event (:func:`background`): the war as a whole, no
    event."""
    war = t.lemma_.lower() in _WAR or t.lower_ in _WAR  # 'fighting' parsed as a verb too
    return names_the_war(t) or (war and (refers_back(t) or background(t) or wars_toll(t)))


# Verbs of what a war has done to many: 'has displaced 7 million', 'has claimed 5,000 lives'.
_WAR_DID = frozenset({"displace", "uproot", "kill", "claim", "drive", "force", "leave"})


def wars_toll(t: Token) -> bool:
    """'Fighting in the region has displaced more than 7 million people': fighting told as
    the subject of a counted toll in the perfect is the war as a whole."""
    if t.lemma_.lower() not in _WAR and t.lower_ not in _WAR:
        return False  # 'an air strike has killed 12 people': an act's toll
    verb = t.head
    if t.dep_ != "nsubj" or verb.lemma_.lower() not in _WAR_DID or not _perfect(verb):
        return False
    return any(c.dep_ == "dobj" and _counted(c) for c in verb.children)


def background(t: Token) -> bool:
    """'after two weeks of fighting', 'a deal that ended the fighting', 'the scene of heavy
    fighting': fighting told as how long it lasted, as what was ended or as what a place has
    seen is the setting of the sentence's event, not one."""
    node = t
    of = t.dep_ in {"pobj", "pcomp"} and t.head.lower_ == "of"
    if of and t.head.head.lemma_.lower() in _SETTINGS:
        return True  # 'the scene of the fiercest fighting': what a place has seen
    if of and t.head.head.lemma_.lower() in _DURATIONS:
        node = t.head.head  # 'weeks of fighting'
        if node.dep_ != "dobj" or node.head.lemma_.lower() not in _ENDING:
            return True
    return node.dep_ == "dobj" and node.head.lemma_.lower() in _ENDING


# Words that date an act by a day of the story ('on Monday', 'nine days earlier', 'last
# week'), not a year before it.
_STORY_DAYS = frozenset(
    {
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "day",
        "days",
        "week",
        "weeks",
        "weekend",
        "ago",
        "earlier",
        "yesterday",
        "today",
        "tonight",
        "overnight",
        "morning",
        "afternoon",
        "evening",
        "night",
        "hours",
        "month",
        "months",
    }
)


_MONTHS = frozenset(
    {
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
    }
)


def _day_of_month(w: Token) -> bool:
    """'27' of 'on Nov. 27' or '27 November'."""
    if not (w.like_num and w.text.isdigit() and len(w.text) <= 2):
        return False
    doc = w.doc
    beside = [doc[i] for i in (w.i - 1, w.i + 1) if 0 <= i < len(doc)]
    return any(b.lower_.rstrip(".") in _MONTHS for b in beside)


def _dated_by_year_or_not(clause: Token) -> bool:
    """Whether a clause tells no time of the story: a year ('in February 2021'), a month
    ('in November') or none at all, not a day ('on Monday', 'on Nov. 27', 'nine days
    earlier', 'last week')."""
    words = list(clause.subtree)
    if any(w.like_num and len(w.text) == 4 and w.text[:2] in {"19", "20"} for w in words):
        return True
    return not any(w.lower_ in _STORY_DAYS or _day_of_month(w) for w in words)


def since_anchor(t: Token) -> Token | None:
    """'deaths recorded since the army seized power in a coup in February 2021': a past act
    named only as the start of a stretch of time is the story's background, no event of its
    own (unless dated by a day of the story: 'since rebels captured the town on Monday').
    The clause of time the trigger lies in, if so; else None."""
    for node in (t, *t.ancestors):
        if node.dep_ != "advcl" or node.tag_ != "VBD":
            continue
        if any(c.dep_ == "mark" and c.lower_ == "since" for c in node.children):
            return node if _dated_by_year_or_not(node) else None
    return None


# Adverbs that set a passive told of a thing back before the story: 'was previously damaged'.
_BEFOREHAND = frozenset({"previously", "already", "earlier", "once", "formerly", "before"})


def earlier_state(verb: Token) -> bool:
    """'The plant was previously damaged in 2024': what a thing suffered before, told in the
    passive with no one who did it, is how the place stood, not an act of the story."""
    children = list(verb.children)
    return (
        any(c.dep_ == "auxpass" for c in children)
        and not any(c.dep_ == "agent" for c in children)
        and any(c.dep_ == "advmod" and c.lower_ in _BEFOREHAND for c in children)
    )


# What is left of a weapon brought down: its fall is no strike of its own.
_DEBRIS = frozenset({"debris", "wreckage"})
_PIECES = frozenset({"fragment", "piece", "part", "remains"})
# What tells the weapon was brought down ('a downed drone', 'an intercepted missile').
_BROUGHT_DOWN = frozenset({"downed", "intercepted", "destroyed"})


def intercepts_a_weapon(verb: Token) -> bool:
    """'Air defences intercepted two drones over the city', 'two missiles were intercepted':
    a weapon brought down by fire, an act of force as 'shot down two drones' is (ASSAULT,
    its ACLED sub-event disrupted weapons use), not the seizure 'packages were intercepted'
    is."""
    lemma = verb.lemma_.lower()
    children = list(verb.children)
    if not any(c.dep_ in {"dobj", "nsubjpass"} and c.lemma_.lower() in WEAPONS for c in children):
        return False
    if lemma == "intercept":
        return True
    if lemma == "shoot" and any(c.dep_ == "prt" and c.lower_ == "down" for c in children):
        # 'its forces had shot down four drones': brought down in flight, whoever fired
        return any(c.dep_ in {"dobj", "nsubjpass"} and c.lemma_.lower() in _FLOWN for c in children)
    # 'Air defences destroyed three drones over the region': brought down by air defence,
    # not a strike of the defenders' own
    doers = [c for c in children if c.dep_ == "nsubj"]
    doers += [g for c in children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    return lemma in _BRINGING_DOWN and any(_air_defence(d) for d in doers)


# Weapons that fly unmanned: shot down, they are intercepted ('shot down four drones'), where
# a manned aircraft shot down may be a battle's loss.
_FLOWN = frozenset({"drone", "missile", "rocket", "shell", "bomb", "mortar"})
# Verbs that tell a weapon in flight brought down when air defence does it.
_BRINGING_DOWN = frozenset({"destroy", "down", "neutralise", "neutralize"})
# Nouns that name air defence ('air defences', 'anti-aircraft units', 'interceptors').
_DEFENCES = frozenset({"defence", "defense", "defender", "interceptor"})


def _air_defence(subject: Token) -> bool:
    """Whether a doer is air defence: 'air defences', 'air defense units', 'interceptors'."""
    words = {x.lower_ for x in subject.subtree}
    return (
        subject.lemma_.lower() in _DEFENCES
        or "anti-aircraft" in words
        or ("air" in words and bool(words & {"defence", "defense", "defences", "defenses"}))
    )


def launch_of_a_downed_weapon(t: Token) -> bool:
    """'Air defences intercepted two missiles fired at the city': the participle that tells
    how a weapon brought down came is part of what the weapon is, no act of its own; the
    interception is the event."""
    weapon = t.head
    return (
        t.dep_ == "acl"
        and t.tag_ == "VBN"
        and weapon.lemma_.lower() in WEAPONS
        and weapon.head is not weapon
        and intercepts_a_weapon(weapon.head)
    )


def debris_fell(verb: Token) -> bool:
    """'Debris from a downed drone fell on a house', 'drone debris damaged a roof': what falls
    after air defence fire is what is left of a weapon brought down, no strike (the
    interception, where told, is the event). Pieces of a weapon ('fragments of a shell hit the
    school') are a strike's, unless the weapon is told brought down."""
    for subject in (c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}):
        lemma = subject.lemma_.lower()
        if lemma in _DEBRIS:
            return True
        if lemma in _PIECES and any(
            x.lower_ in _BROUGHT_DOWN or (x.lower_ == "down" and x.head.lemma_ == "shoot")
            for x in subject.subtree
        ):
            return True
    return False


def appraisal(t: Token) -> bool:
    """'in what would be the deadliest attack on civilians', 'it was the worst attack this
    year': an event noun told as what something was is a judgement of an event already told,
    no event of its own."""
    head = t.head
    return (
        t.pos_ == "NOUN"
        and t.dep_ == "attr"
        and head.lemma_.lower() == "be"
        and any(
            c.dep_ == "nsubj" and c.lower_ in {"what", "it", "this", "that"} for c in head.children
        )
    )


# Quantity nouns an event noun may be counted by: 'hundreds of air strikes', 'a wave of raids'.
_QUANTITIES = frozenset(
    {"hundred", "thousand", "dozen", "score", "series", "wave", "string", "spate", "number"}
)
# Spans of time a count of acts is told over: 'this year', 'over the past month'.
_PERIODS = frozenset({"year", "month", "week", "decade"})
_PERIOD_DETS = frozenset({"this", "past", "last", "recent"})
# Words that set an event apart from those told before: 'a separate ambush', 'in an unrelated
# attack', 'elsewhere'.
_APART = frozenset({"separate", "unrelated", "elsewhere"})


def _over_a_period(verb: Token) -> bool:
    """'this year', 'over the past month': a verb's time told as a span acts are counted in."""
    for c in verb.children:
        spans = [c] if c.dep_ == "npadvmod" else []
        if c.dep_ == "prep" and c.lower_ in {"in", "over", "during", "throughout"}:
            spans = [g for g in c.children if g.dep_ == "pobj"]
        for g in spans:
            if g.lemma_.lower() in _PERIODS and any(
                d.lower_ in _PERIOD_DETS for d in g.children if d.dep_ in {"det", "amod"}
            ):
                return True
    return False


# Verbs of keeping acts up: 'has continued air strikes', 'have stepped up raids'.
_KEPT_UP = frozenset({"continue", "keep", "step", "intensify", "escalate", "maintain"})


def aggregate(t: Token) -> bool:
    """An event word that counts many acts, not one: 'more than 700 air strikes since the
    coup', 'hundreds of raids this year', 'has struck the city repeatedly since May'. Such a
    total is no telling of any one dated incident the article reports."""
    if t.pos_ == "VERB":
        return _total_marker(t) or _over_a_period(t) or _standing_aim(t)
    if t.pos_ != "NOUN" or t.tag_ not in {"NNS", "NNPS"}:
        return False
    counted = any(c.dep_ == "nummod" for c in t.children) or (
        t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.lemma_.lower() in _QUANTITIES
    )
    if any(c.dep_ == "prep" and c.lower_ == "since" for c in t.children):
        return True
    # the verb the count is told by ('has carried out more than 700 air strikes')
    verb = next((a for a in t.ancestors if a.pos_ in {"VERB", "AUX"}), None)
    over = verb is not None and (_total_marker(verb) or _over_a_period(verb))
    # 'has continued air strikes': acts of a kind kept up over a span
    kept_up = (
        verb is not None
        and t.dep_ == "dobj"
        and verb.lemma_.lower() in _KEPT_UP
        and _perfect(verb)
        and not any(c.dep_ in {"det", "poss"} for c in t.children)
    )
    return over or kept_up or (counted and verb is not None and _perfect(verb))


def _standing_aim(t: Token) -> bool:
    """'has relied on jets to bomb villages': an infinitive told as what a course of action in
    the perfect is for, many acts and no one of them."""
    aim = t.dep_ in {"xcomp", "advcl"} and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in t.children
    )
    return aim and t.head.pos_ in {"VERB", "AUX"} and _perfect(t.head)


def _perfect(verb: Token) -> bool:
    """'has carried out', 'have launched': a count told in the perfect is a running total."""
    return any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children)


def set_apart(t: Token) -> bool:
    """'12 fighters were killed in a separate ambush', 'in an unrelated attack', 'Elsewhere,
    ...': an event its sentence tells as another than those told before."""
    return any(x.lower_ in _APART for x in t.sent) or any(
        c.dep_ == "det" and c.lower_ == "another" for c in t.children
    )


# Words that tell an act as one more of its kind after one told before: 'the jets also bombed
# a school', 'struck the town again', 'a second strike', 'a further attack'.
_AGAIN_ADVERBS = frozenset({"also", "again"})
_AGAIN_ORDINALS = frozenset({"second", "third", "fourth", "fifth", "further"})


def told_again(t: Token) -> bool:
    """'The jets also bombed a school', 'shelled the town again', 'a second strike hit': an act
    told as one more after another of its kind, so none told before. Harm told with 'also'
    ('the strike also wounded 12') is more of the same act, not another."""
    if t.lemma_.lower() in _HARM:
        return False
    if t.pos_ == "VERB":
        return any(c.dep_ == "advmod" and c.lower_ in _AGAIN_ADVERBS for c in t.children)
    if t.pos_ != "NOUN":
        return False
    return any(c.dep_ == "amod" and c.lower_ in _AGAIN_ORDINALS for c in t.children)


def own_subject(t: Token) -> str | None:
    """The lemma of the subject a verb of an act names itself ('Israel hits Hamas after rockets
    kill two Israelis': 'israel' for 'hits', 'rocket' for 'kill'), or None: a noun, a passive,
    a pronoun, a verb sharing the subject of the one before ('shot and killed')."""
    if t.pos_ != "VERB":
        return None
    subject = next((c for c in t.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ == "PRON":
        return None
    return subject.lemma_.lower()


_WEEKDAYS = frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday"}
)


def _days(c: Token) -> bool:
    """'Tuesday' in "Tuesday's strike": the act named by the day it was done."""
    return c.dep_ == "poss" and c.lower_ in _WEEKDAYS


def refers_back(t: Token) -> bool:
    """'the strike', 'the talks', "Tuesday's strike": an event noun with a definite article
    or its day named as its owner and nothing else of its own (no adjective, actor, object or
    place), as a later mention of an event."""
    if t.pos_ != "NOUN":
        return False
    children = list(t.children)
    return (
        bool(children)
        and all(c.dep_ in {"det", "punct"} or _days(c) for c in children)
        and any((c.dep_ == "det" and c.lower_ in _DEFINITE) or _days(c) for c in children)
    )


def came_when(t: Token) -> bool:
    """'The strike on the village came a day after rebels took the town', 'the attack came as
    talks resumed': a definite event noun whose verb only places it in time, the act told
    before set beside another, no new one."""
    return (
        t.pos_ == "NOUN"
        and t.dep_ == "nsubj"
        and t.head.lemma_.lower() == "come"
        and any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in t.children)
        and any(c.dep_ in {"advcl", "prep", "npadvmod"} for c in t.head.children)
    )


# Words that count the harmed as more than those told before: 'another 19', 'nine others',
# 'two more soldiers'.
_MORE = frozenset({"another", "other", "others", "more"})


def more_harmed(t: Token) -> bool:
    """'Another 19 people were wounded', 'nine others were hurt', 'more than 30 people were
    wounded': more of those the act told before harmed, counted with nothing of a new act (no
    doer, weapon, place or time of their own): that act's outcome told again, no act of its
    own (one stays an act where none is told before)."""
    if t.pos_ != "VERB" or t.lemma_.lower() not in _HURT:
        return False
    if any(c.dep_ in {"agent", "prep", "npadvmod", "advcl"} for c in t.children):
        return False  # 'were killed in a separate raid', 'were wounded on Monday'
    for c in t.children:
        if c.dep_ != "nsubjpass":
            continue
        words = [c, *c.children, *(g for n in c.children for g in n.children)]
        return any(w.lower_ in _MORE for w in words)
    return False


def retold_by_weapon(t: Token) -> bool:
    """'The drone hit the market' after 'a drone strike on a market killed 23': an act whose
    doer is a weapon named before ('the drone', 'the missile', with nothing of its own) tells
    again the act that weapon did, no second one."""
    if t.pos_ != "VERB" or told_again(t):
        return False  # 'the jets also bombed a school': one more act
    if any(
        c.dep_ == "dobj" and any(d.dep_ == "det" and d.lower_ in {"a", "an"} for d in c.children)
        for c in t.children
    ):
        return False  # 'the drone hit a school': a target not told before
    return any(
        c.dep_ == "nsubj" and c.lemma_.lower() in WEAPONS and refers_back(c) for c in t.children
    )


# Who an act told before harmed, named as such: 'the victims', 'the dead'.
_THE_VICTIMS = frozenset({"victim", "dead", "casualty", "body", "wounded", "injured"})
_HURT = HARM | WAYS_OF_HURTING


def harm_of_the_victims(t: Token) -> bool:
    """'Most of the victims had been shot', 'the dead were killed by shrapnel': how those an
    act told before harmed were harmed, that act told again."""
    if t.pos_ != "VERB" or t.lemma_.lower() not in _HURT:
        return False
    for c in t.children:
        if c.dep_ not in {"nsubj", "nsubjpass"}:
            continue
        # 'most of the victims', 'all of the dead'
        nouns = [c, *(g for p in c.children if p.lower_ == "of" for g in p.children)]
        if any(
            (n.lemma_.lower() in _THE_VICTIMS or n.lower_ in _THE_VICTIMS)
            and any(d.dep_ == "det" and d.lower_ in _DEFINITE for d in n.children)
            for n in nouns
        ):
            return True
    return False


_BEGINS = frozenset({"begin", "start", "erupt", "break", "escalate"})


def war_begins(sent: Span) -> bool:
    """'The conflict in Amhara began in August 2023, when ...': the sentence tells how the war
    as a whole began, the setting of the article's events and none of them."""
    root = sent.root
    return root.lemma_.lower() in _BEGINS and any(
        c.dep_ == "nsubj" and _the_war_as_whole(c) for c in root.children
    )


# Verbs that report someone's words: an act told in them may be one told before, retold.
_TELLING = frozenset(
    {"say", "write", "tell", "add", "state", "claim", "announce", "post", "insist", "report"}
)
# Words of the act's place or time: told with them, an act is told anew.
_WHERE_WHEN = frozenset({"GPE", "LOC", "FAC", "DATE", "TIME"})
# Pronoun owners of a side's weapons or fighters: 'its jets', 'their forces'.
_OWNERS = frozenset({"its", "their", "our", "his", "her"})


def _in_someones_words(t: Token) -> bool:
    """'... said its jets had targeted', '"The enemy targeted ...," the governor wrote': the
    act is told in a reported clause of a verb of saying."""
    node = t
    for _ in range(4):
        if node.dep_ in {"ccomp", "parataxis"}:
            # (not 'violations, which it said had killed civilians': what the noun did)
            return node.head.lemma_.lower() in _TELLING and node.head.dep_ != "relcl"
        if node.dep_ != "conj" or node.head.i == node.i:
            return False
        node = node.head
    return False


_AT = frozenset({"in", "near", "at", "around", "outside", "across", "over", "along"})


def _where_or_when(x: Token) -> bool:
    """A word of a place or time: a named place or day, or a name in an 'in/near ...' phrase
    ('in the Idlib countryside', which the tagger may take for an organisation). A time of day
    counts when it fixes one ('at 6 a.m.', 'at dawn'), not 'at the busiest hour', which says
    how the act was aimed rather than when it was done."""
    if x.ent_type_ == "TIME":
        return _fixed_time(x)
    if x.ent_type_ in _WHERE_WHEN:
        return True
    return x.pos_ == "PROPN" and any(
        a.dep_ == "prep" and a.lower_ in _AT for a in x.ancestors if a.i < x.i
    )


def _fixed_time(x: Token) -> bool:
    """Whether the time entity around x names a clock time or a part of the day."""
    start = x.i
    while start > x.sent.start and x.doc[start - 1].ent_iob_ == "I":
        start -= 1
    end = x.i + 1
    while end < x.sent.end and x.doc[end].ent_iob_ == "I":
        end += 1
    return any(w.like_num or w.lower_ in PARTS_OF_DAY for w in x.doc[start:end])


def _kind_of_thing(n: Token) -> bool:
    """'critical infrastructure', 'fuel depots', 'all targets': things of a kind, none in
    particular and uncounted; not 'a school', 'the town', '12 houses' or 'Kharkiv'."""
    if n.pos_ != "NOUN" or n.ent_type_:
        return False
    return not any(
        c.dep_ in {"nummod", "poss"} or (c.dep_ == "det" and c.lower_ != "all") for c in n.children
    )


def _no_one_new(n: Token | None) -> bool:
    """A doer that names no one not named before: none, a pronoun, 'the enemy', 'its jets'."""
    if n is None or n.pos_ == "PRON":
        return True
    if n.pos_ != "NOUN" or n.ent_type_ or any(c.ent_type_ for c in n.children):
        return False
    return any(
        (c.dep_ == "det" and c.lower_ == "the") or (c.dep_ == "poss" and c.lower_ in _OWNERS)
        for c in n.children
    )


def charged(t: Token) -> bool:
    """'accused the army of shelling the market', 'blamed the rebels for attacking the convoy':
    the act an accusation charges someone with (its 'of'/'for' hung on the verb or on the
    accused)."""
    if t.dep_ != "pcomp" or t.head.lower_ not in {"of", "for"}:
        return False
    owner = t.head.head
    if owner.dep_ == "dobj":
        owner = owner.head
    return owner.lemma_.lower() in CHARGING_VERBS


def _site_named_before(n: Token) -> bool:
    """'the market' after 'a crowded market in Omdurman': a definite site noun with nothing of
    its own whose word the article used in an earlier sentence (not a person: 'police had
    killed the perpetrator' is another act than the blast that killed him)."""
    if n.pos_ != "NOUN" or n.ent_type_ or n.lower_ not in SITE_NOUNS:
        return False
    children = list(n.children)
    if not children or any(c.dep_ != "det" or c.lower_ not in {"the", "that"} for c in children):
        return False
    return _noun_told_before(n, {n.lemma_.lower()})


# Nouns of a ship, named or not: 'the Liberian-flagged tanker "Sea Warden"'.
_VESSELS = frozenset({"ship", "vessel", "tanker", "freighter", "ferry", "trawler"})


def _vessel_named_before(n: Token) -> bool:
    """'the Liberian-flagged tanker "Sea Warden"' after 'struck a commercial tanker': a ship,
    by its name or its noun, of a kind the article named in an earlier sentence."""
    kinds = [n] if n.pos_ == "NOUN" else []
    if n.pos_ == "PROPN":
        kinds = [c for c in n.children if c.dep_ in {"nmod", "compound", "appos"}]
    return _noun_told_before(n, {k.lemma_.lower() for k in kinds if k.pos_ == "NOUN"} & _VESSELS)


def _noun_told_before(n: Token, lemmas: set[str]) -> bool:
    """Whether a noun of one of ``lemmas`` stands in a sentence before ``n``'s."""
    return any(w.pos_ == "NOUN" and w.lemma_.lower() in lemmas for w in n.doc[: n.sent.start])


def retold_at_its_site(t: Token) -> bool:
    """'... accused the army of shelling the market' after 'Shelling killed 35 people at a
    crowded market in Omdurman': an act of force charged or told in someone's words, aimed at a
    thing named before ('the market') with no place, time or manner of its own, is the act told
    before at that thing, retold as the speaker has it; so too a ship named before
    ('the group had targeted the tanker "Sea Warden"' after 'struck a commercial tanker')."""
    if t.pos_ != "VERB" or told_again(t) or not (charged(t) or _in_someones_words(t)):
        return False
    children = list(t.children)
    if any(
        c.dep_ == "neg" or any(_where_or_when(x) for x in c.subtree)
        for c in children
        if c.dep_ not in {"nsubj", "dobj"}
    ):
        return False  # 'shelling the market on Sunday': told anew
    objects = [c for c in children if c.dep_ == "dobj"]
    return len(objects) == 1 and (
        _site_named_before(objects[0]) or _vessel_named_before(objects[0])
    )


def retold_in_words(t: Token) -> bool:
    """'"The enemy deliberately targeted critical infrastructure again," the governor wrote',
    '... said its jets had targeted fuel depots', '... and that all targets had been hit': an
    act of force told in someone's words with no place or time of its own, against things of a
    kind and by no one named anew, is the speaker's telling of an act told before."""
    if t.pos_ != "VERB" or not _in_someones_words(t):
        return False
    children = list(t.children)
    if any(
        (c.dep_ == "neg")
        or (c.dep_ == "advmod" and c.lower_ in _HABITUAL)
        or any(_where_or_when(x) for x in c.subtree)
        for c in children
        if c.dep_ != "nsubj"
    ):
        return False  # 'never attacked', 'struck Kharkiv on Friday', 'in the Idlib countryside'
    passive = any(c.dep_ == "auxpass" for c in children)
    objects = [c for c in children if c.dep_ == ("nsubjpass" if passive else "dobj")]
    if len(objects) != 1 or not _kind_of_thing(objects[0]):
        return False
    if passive:
        return not any(c.dep_ == "agent" for c in children)
    subject = next((c for c in children if c.dep_ == "nsubj"), None)
    if subject is None:
        # the parser may hang the subject on the auxiliary ('its jets had targeted')
        subject = next(
            (g for c in children if c.dep_ == "aux" for g in c.children if g.dep_ == "nsubj"),
            None,
        )
    return _no_one_new(subject)
