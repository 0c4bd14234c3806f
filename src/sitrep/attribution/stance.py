"""What a plain assertion does, read from its content: the stance the cue word alone cannot give.

A reporting verb such as "said" or "described" asserts; what is asserted can make it more:

- a dismissal: the content calls a claim, report, allegation (or "it", "this") false, a lie,
  disinformation, fabricated, baseless, groundless, or says it is not true ("said the claim was
  pure disinformation", "described the reports as fabricated", "called it a lie", "said the
  information does not correspond to reality") -> ``deny``;
- a denial of an act: the content's own verb is an act of war in the past or the habitual
  present, negated ("said its forces had not fired at the town", "said they never targeted
  civilians", "our forces do not target mosques", "said that no school had been hit") ->
  ``deny``; a negated future or intention
  ("will not accept") is a refusal or a promise, not a denial;
- a denial of presence: the speaker's own forces were not where it happened ("our forces were
  not in the area at the time", "we were not there") -> ``deny``;
- a charge: the content calls something a crime ("called the strike a war crime", "described
  the shelling as terrorism") -> ``accuse``;
- what the speaker says it will do: the content's own verb is in the future ("will", "would"),
  active, with the speaker as its subject ("we", "I", "it", "they"): holding fire, halting,
  respecting a truce, freeing or withdrawing ("said it would suspend attacks", "said they would
  respect the truce", "said it would not attack") -> ``promise``; striking back, punishing
  ("said it would retaliate", "we will respond with force") -> ``threaten``. Others' future
  ("said the rebels would be punished") and other verbs ("said it would take weeks") stay
  assertions.

Only assertions are refined; a cue whose word already has a stance ("accused", "denied",
"urged") keeps it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from sitrep.attribution.base import FUTURE_MODALS, roots_of
from sitrep.records import Stance

if TYPE_CHECKING:
    from spacy.tokens import Token

# What a dismissal is about: a statement, or a pronoun standing for one.
_STATEMENTS = {
    "claim",
    "report",
    "allegation",
    "accusation",
    "charge",
    "statement",
    "information",
    "news",
    "account",
    "story",
    "rumour",
    "rumor",
    "assertion",
    "it",
    "this",
    "that",
    "these",
    "those",
    "they",
    "them",
}
# The same words, for other modules: what names a statement rather than a thing or an act.
STATEMENT_WORDS = frozenset(_STATEMENTS)
# Words that call a statement untrue.
_FALSE = {
    "false",
    "untrue",
    "lie",
    "lies",
    "disinformation",
    "misinformation",
    "fabrication",
    "fabricated",
    "fabricate",
    "baseless",
    "groundless",
    "unfounded",
    "fake",
    "fiction",
    "fictitious",
    "nonsense",
    "absurd",
    "slander",
    "propaganda",
    "provocation",
    "lying",
}
# Words for the truth that, negated, call a statement untrue.
_TRUE = {"true", "truth", "reality", "correct", "accurate", "factual"}
# Acts of war whose negation in the past is a denial that they happened.
_ACTS = {
    "fire",
    "shell",
    "target",
    "strike",
    "attack",
    "bomb",
    "hit",
    "kill",
    "violate",
    "use",
    "launch",
    "shoot",
    "open",
    "carry",
    "bombard",
    "enter",
    "capture",
    "cross",
}
# Names for a crime that make a description an accusation.
_CRIMES = {
    "crime",
    "crimes",
    "terrorism",
    "terrorist",
    "terror",
    "genocide",
    "massacre",
    "aggression",
    "atrocity",
    "atrocities",
    "cleansing",
    "murder",
}
# What a side pledges to do, in the future: a promise (and so is not doing a hostile act).
_PLEDGES = {
    "suspend",
    "halt",
    "stop",
    "cease",
    "respect",
    "abide",
    "observe",
    "honour",
    "honor",
    "withdraw",
    "release",
    "free",
    "comply",
    "implement",
    "refrain",
    "end",
    "lift",
    "allow",
    "guarantee",
    "protect",
    "hand",
    "return",
    "pull",
    "disarm",
    "uphold",
}
# What a side warns it will do to another: a threat.
_HOSTILE = {
    *_ACTS,
    "retaliate",
    "respond",
    "punish",
    "destroy",
    "avenge",
    "retake",
    "crush",
    "eliminate",
    "escalate",
    "expel",
    "invade",
    "storm",
    "pursue",
    "hunt",
    "capture",
    "seize",
    "liberate",
    "overrun",
    "annihilate",
}
# Subjects that are the speaker itself in what it is reported to have said.
_SELF = {"we", "i", "it", "they"}
# The speaker's own men: 'his fighters would liberate the country', 'its units would retake'.
_OWNING = {"its", "our", "their", "his", "her", "my"}
_MEN = {"force", "unit", "fighter", "troop", "soldier", "man", "army", "police", "officer"}
# 'take the war to every city': to carry fighting somewhere is to threaten it.
_CARRY = {"take", "bring", "carry"}
_WAR = {"war", "fight", "fighting", "battle"}
_REFERRING_ROLES = {"nsubj", "nsubjpass", "dobj", "pobj"}
_PAST = {"VBD", "VBN"}


def refined_stance(stance: Stance, content: Sequence[Token]) -> Stance:
    """The stance of an assertion whose ``content`` dismisses, denies, charges, promises or
    threatens; else ``stance`` unchanged."""
    if stance is Stance.PROMISE and content and _vowed_harm(content):
        return Stance.THREATEN
    if stance is not Stance.ASSERT or not content:
        return stance
    if (
        _dismisses(content)
        or _denies_act(content)
        or _disowns(content)
        or _denies_presence(content)
        or _invented(content)
        or _calls_liars(content)
    ):
        return Stance.DENY
    if _charges(content) or _blames(content):
        return Stance.ACCUSE
    if _warns_of_punishment(content):
        return Stance.THREATEN
    return commitment(content) or stance


# Who a warning of punishment is aimed at: 'those responsible', 'the attackers'.
_CULPRITS = {
    "those",
    "whoever",
    "anyone",
    "perpetrator",
    "attacker",
    "culprit",
    "aggressor",
    "enemy",
    "criminal",
    "terrorist",
    "they",
}
# What the culprits will pay or face: 'pay a heavy price', 'face consequences'.
_PENALTIES = {"price", "consequence", "punishment", "retribution", "retaliation", "response"}


def _warns_of_punishment(content: Sequence[Token]) -> bool:
    """'those responsible will pay a price', 'the attackers would pay dearly', 'they will face
    consequences', 'the perpetrators will not go unpunished': the idioms of a warning, with the
    culprits as subject and a future modal. 'civilians would pay the price' is no threat."""
    for verb in roots_of(content):
        children = list(verb.children)
        if verb.pos_ not in {"VERB", "AUX"} or not any(
            c.dep_ == "aux" and c.lower_ in FUTURE_MODALS for c in children
        ):
            continue
        subjects = [c for c in children if c.dep_ == "nsubj"]
        if not any(
            s.lemma_.lower() in _CULPRITS
            or s.lower_ in _CULPRITS
            or any(c.lower_ == "responsible" for c in s.children)
            for s in subjects
        ):
            continue
        lemma = verb.lemma_.lower()
        negated = any(c.dep_ == "neg" for c in children)
        objects = {c.lemma_.lower() for c in children if c.dep_ == "dobj"}
        manner = {c.lower_ for c in children if c.dep_ in {"advmod", "acomp", "oprd", "xcomp"}}
        if not negated and lemma in {"pay", "face"} and objects & _PENALTIES:
            return True
        if not negated and lemma == "pay" and manner & {"dearly", "heavily"}:
            return True
        if negated and lemma in {"go", "remain", "be"} and "unpunished" in manner:
            return True
    return False


def _vowed_harm(content: Sequence[Token]) -> bool:
    """'vowed to respond', 'pledged to crush the rebels', 'promised to avenge the dead': what a
    side pledges to do to another is a threat; 'pledged to stop attacks' or 'vowed not to
    retaliate' is still a promise."""
    for verb in roots_of(content):
        children = list(verb.children)
        if (
            verb.pos_ == "VERB"
            and _pledged_act(verb) in _HOSTILE
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in children)
            and not any(c.dep_ == "neg" for c in children)
        ):
            return True
    return False


# What one carries out that is an attack: 'carry out strikes', 'carry out a raid'.
_ASSAULTS = {*_ACTS, *_WAR, "raid", "assault", "offensive", "retaliation"}


def _pledged_act(verb: Token) -> str:
    """The lemma of what ``verb`` pledges, read with its object where the verb alone is not
    hostile: 'open fire' is firing, 'open an investigation' no attack; 'carry out strikes' is an
    attack, 'carry out an inquiry' none."""
    lemma = verb.lemma_.lower()
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if lemma == "open":
        return "fire" if any(c.lemma_.lower() == "fire" for c in objects) else "allow"
    if lemma == "carry":
        return "attack" if any(c.lemma_.lower() in _ASSAULTS for c in objects) else ""
    return lemma


def _dismisses(content: Sequence[Token]) -> bool:
    referent = next(
        (
            t
            for t in content
            if t.lemma_.lower() in _STATEMENTS
            and t.dep_ in _REFERRING_ROLES
            and t.pos_ in {"NOUN", "PRON"}
        ),
        None,
    )
    if referent is None:
        return False
    # Not what another side is said to call it: '..., a claim the rebels rejected as lies'.
    after = [t for t in content if t.i > referent.i and not _in_anothers_words(t, referent)]
    if any(t.lower_ in _FALSE for t in after):
        return True
    # "the information ... does not correspond to reality", "the report is not true", "has
    # nothing to do with reality"
    negated = False
    for t in after:
        if t.dep_ == "neg" or t.lower_ in {"nothing", "never"}:
            negated = True
        elif negated and t.lower_ in _TRUE:
            return True
    return False


def _in_anothers_words(word: Token, referent: Token) -> bool:
    """Whether ``word`` sits in a relative clause with a subject of its own that is no
    relative pronoun ('a claim the rebels rejected as lies'), between it and the clause of
    ``referent``; 'the report, which is false' is the referent's own clause."""
    for up in word.ancestors:
        if up.i == referent.head.i:
            return False
        if up.dep_ == "relcl" and any(
            c.dep_ in {"nsubj", "nsubjpass"} and c.tag_ not in {"WDT", "WP", "WP$"}
            for c in up.children
        ):
            return True
    return False


def _main_clauses(content: Sequence[Token]) -> list[Token]:
    """The heads of the content's own clauses and of the clauses joined to them ("... remains
    committed to the truce and our forces have not fired a single shot")."""
    ids = {t.i for t in content}
    roots = roots_of(content)
    return [*roots, *(c for r in roots for c in r.conjuncts if c.i in ids)]


def _denies_act(content: Sequence[Token]) -> bool:
    for verb in _main_clauses(content):
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in _ACTS:
            continue
        auxes = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
        negated = any(c.dep_ == "neg" for c in verb.children) or _none_done_to(verb)
        future = any(a.tag_ == "MD" for a in auxes)
        if negated and not future and (verb.tag_ in _PAST or any(a.tag_ in _PAST for a in auxes)):
            return True
        # what a side never does: "our forces do not target mosques", "we never shell towns"
        habit = any(a.lower_ in {"do", "does"} for a in auxes) or verb.tag_ in {"VBP", "VBZ"}
        if negated and not future and habit:
            return True
        if not future and (habit or verb.tag_ in _PAST) and _only_military(verb):
            # "Russian forces only strike military targets", "it had only hit military sites"
            return True
    return False


# What a side says are the only things it strikes: military targets, sites, facilities.
_MILITARY_OBJECTS = frozenset(
    {"target", "site", "facility", "installation", "object", "position", "infrastructure"}
)


# Words that make an object military: 'military sites', and the other side's forces as the side
# names them ('army positions', 'enemy positions', 'rebel positions').
_MILITARY_OWNERS = frozenset({"military", "militant", "terrorist", "army", "enemy", "rebel"})


def _only_military(verb: Token) -> bool:
    """'only strike military targets', 'had struck only military facilities': an act of war
    limited by 'only' to military objects, which denies hitting anything else."""
    if not limited_by_only(verb):
        return False
    return any(
        obj.lemma_.lower() in _MILITARY_OBJECTS
        and any(
            c.lower_ in _MILITARY_OWNERS and c.dep_ in {"amod", "compound"} for c in obj.children
        )
        for obj in verb.children
        if obj.dep_ == "dobj"
    )


def limited_by_only(verb: Token) -> bool:
    """Whether 'only' limits the verb ('only strike') or its object ('struck only military
    sites'): the act named is all the speaker says was done."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return any(c.dep_ == "advmod" and c.lower_ == "only" for c in verb.children) or any(
        c.lower_ == "only" for obj in objects for c in obj.children
    )


# A side's words that it had no part in something: "has nothing to do with this launch", "had
# no role in the attack", "was not involved in the killings".
_DISOWNING = re.compile(
    r"\b(?:ha(?:s|d|ve)\s+(?:had\s+)?nothing\s+to\s+do\s+with"
    r"|ha(?:s|d|ve)\s+(?:had\s+)?no\s+(?:role|part|involvement|hand|link|connection)\s+in"
    r"|(?:is|was|are|were|has\s+not\s+been|had\s+not\s+been)\s+(?:not\s+)?"
    r"(?:involved\s+in|behind)\s+(?:the|this|that|these|those|any)\b"
    # 'no Eritrean troops were present in the area': none of its men were there
    r"|\bno\s+(?:[\w-]+\s+)?(?:troops|forces|soldiers|fighters|members|units)\s+"
    r"(?:were|was|had\s+been)\s+(?:present|involved|deployed)\b)",
    re.I,
)


def _disowns(content: Sequence[Token]) -> bool:
    """'The Islamic Resistance has nothing to do with this launch', 'we had no role in the
    attack': the speaker denies a part in it. Not 'was behind the attack' (no negation)."""
    words = " ".join(t.text for t in content)
    match = _DISOWNING.search(words)
    if match is None:
        return False
    found = match.group(0).lower()
    return "nothing" in found or " no " in f" {found} " or " not " in f" {found} "


# Where they say they were not.
_PRESENCE_PREPS = frozenset({"in", "near", "at", "inside", "around"})


def _denies_presence(content: Sequence[Token]) -> bool:
    """'"Our forces were not in the area at the time"', 'we were not there': a side that says
    its own forces were not where something happened denies a part in it. Not 'the rebels were
    not in the area' (another side's forces) and not 'our forces are not in the town' (now)."""
    for verb in _main_clauses(content):
        if verb.lemma_.lower() != "be" or not any(c.dep_ == "neg" for c in verb.children):
            continue
        auxes = [c for c in verb.children if c.dep_ == "aux"]
        if verb.tag_ != "VBD" and not any(a.lower_ == "had" for a in auxes):
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None or not (subject.lower_ == "we" or _own_men(subject)):
            continue
        if any(
            (c.dep_ == "prep" and c.lower_ in _PRESENCE_PREPS)
            or (c.dep_ == "advmod" and c.lower_ == "there")
            for c in verb.children
        ):
            return True
    return False


_INVENTING = {"invent", "fabricate", "concoct", "fake"}
# What a side is said to make up: a statement, or the harm it tells of.
_INVENTED = _STATEMENTS | {
    "massacre",
    "attack",
    "death",
    "toll",
    "casualty",
    "footage",
    "video",
    "image",
    "picture",
    "evidence",
    "atrocity",
    "incident",
    "figure",
}


def _invented(content: Sequence[Token]) -> bool:
    """'said the army was inventing massacres', 'Kyiv fabricated the footage', 'the story was
    made up': what another told is called made up, which denies it. Not 'did not invent'."""
    for t in content:
        if t.pos_ != "VERB" or any(c.dep_ == "neg" for c in t.children):
            continue
        lemma = t.lemma_.lower()
        made_up = lemma == "make" and any(c.dep_ == "prt" and c.lower_ == "up" for c in t.children)
        if (lemma in _INVENTING or made_up) and any(
            c.dep_ in {"dobj", "nsubjpass"} and c.lemma_.lower() in _INVENTED - {"it", "they"}
            for c in t.children
        ):
            return True
    return False


# What a liar's verb may carry besides its subject: 'is lying, as it always does', 'lied again',
# 'lied about its losses'. Not 'bodies lying in the street', 'lay down their arms'.
_LIAR_PARTS = {"nsubj", "aux", "punct", "advcl", "advmod", "cc", "conj", "prep", "mark"}
_FIRST_PERSON = {"i", "we"}


def _calls_liars(content: Sequence[Token]) -> bool:
    """'The enemy is lying', 'Moscow lied again', 'they are lying about their losses': the
    speaker calls another side a liar, which denies what that side says. Not 'we lied', not
    'bodies were lying in the street', not 'did not lie'."""
    for t in content:
        if t.lemma_.lower() != "lie" or t.pos_ != "VERB" or t.tag_ not in {"VBG", "VBD", "VBZ"}:
            continue
        if t.tag_ == "VBD" and t.lower_ != "lied":
            # 'lay': the past of lying down
            continue
        children = list(t.children)
        subject = next((c for c in children if c.dep_ == "nsubj"), None)
        if subject is None or subject.lower_ in _FIRST_PERSON or subject.pos_ == "NUM":
            continue
        if any(c.dep_ not in _LIAR_PARTS for c in children):
            continue
        if any(c.dep_ == "prep" and c.lower_ != "about" for c in children):
            continue
        return True
    return False


def _none_done_to(verb: Token) -> bool:
    """'no school had been hit', 'no civilians were targeted': a passive act whose subject is
    negated by 'no'; 'none of the shells hit ...' too. Not 'none of its soldiers had been
    killed': a side's count of its own losses, which the casualty rows carry."""
    if verb.lemma_.lower() in {"kill", "shoot"}:
        return False
    for c in verb.children:
        if c.dep_ != "nsubjpass" and not (c.dep_ == "nsubj" and c.lower_ == "none"):
            continue
        if c.lower_ in {"none", "nothing", "nobody"}:
            return True
        if any(d.dep_ == "det" and d.lower_ == "no" for d in c.children):
            return True
    return False


def _charges(content: Sequence[Token]) -> bool:
    """'was a war crime', 'called it a massacre', 'described it as terrorism', 'committed
    crimes'; not 'investigating crimes'. Also 'Tehran held Washington responsible for the
    attacks': holding another responsible, done (not 'will hold accountable', a promise)."""
    if any(_holds_responsible(t) for t in content):
        return True
    for t in content:
        if t.lower_ not in _CRIMES:
            continue
        role = t.dep_
        if role in {"attr", "oprd", "appos"} or (role == "pobj" and t.head.lower_ == "as"):
            return True
        if role == "dobj" and t.head.lemma_.lower() == "commit":
            return True
    return False


# Adverbs that make a hostile act told of another side a charge: 'targeted the market
# deliberately', 'shelled the town indiscriminately'.
_INTENT = {
    "deliberately",
    "intentionally",
    "indiscriminately",
    "wantonly",
    "purposely",
    "purposefully",
    "knowingly",
    "systematically",
    "recklessly",
}
# Those a hostile act may not be aimed at: 'targeted civilians', 'shelled homes and schools'.
_PROTECTED = {"civilian", "resident", "hospital", "school", "home", "house", "clinic", "mosque"}
_HARMS = {*_ACTS, "shell", "fire", "massacre", "execute", "murder", "torture", "loot", "burn"}
# Doers that are a side, not a weapon or the fighting ('a missile strike killed 14 civilians').
_SIDES = {
    "army",
    "military",
    "force",
    "troop",
    "soldier",
    "militia",
    "militiaman",
    "rebel",
    "fighter",
    "militant",
    "insurgent",
    "regime",
    "government",
    "police",
    "enemy",
    "occupier",
    "invader",
    "junta",
    "gunman",
    "attacker",
    "assailant",
    "jihadist",
    "terrorist",
    "separatist",
    "guerrilla",
    "extremist",
}
_SIDE_NAMES = {"ORG", "NORP", "GPE", "PERSON"}


def _blames(content: Sequence[Token]) -> bool:
    """'The militia targeted the market deliberately', 'the army shelled civilians': a
    hostile act done, told of a side other than the speaker, with intent or against those a
    war must spare, is a charge; 'our forces struck the depot' or 'the rebels attacked a
    checkpoint' stays an assertion."""
    for verb in _main_clauses(content):
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in _HARMS or verb.tag_ not in _PAST:
            continue
        children = list(verb.children)
        if any(c.dep_ == "neg" or c.tag_ == "MD" for c in children):
            continue
        doers = [c for c in children if c.dep_ == "nsubj"]
        if not doers or any(d.lower_ in _SELF or _own_men(d) for d in doers):
            continue
        if not all(d.lemma_.lower() in _SIDES or d.ent_type_ in _SIDE_NAMES for d in doers):
            continue
        aimed = [o for c in children if c.dep_ == "dobj" for o in (c, *c.conjuncts)]
        # 'executed dozens of civilians', 'shelled hundreds of homes'
        aimed += [g for o in aimed for p in o.children if p.lower_ == "of" for g in p.children]
        if any(c.lower_ in _INTENT for c in verb.subtree) or any(
            o.lemma_.lower() in _PROTECTED for o in aimed
        ):
            return True
    return False


def _holds_responsible(verb: Token) -> bool:
    """'held the United States responsible for the attacks', 'holds the rebels accountable':
    an object held answerable for something, not in the future or by a modal."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() != "hold":
        return False
    if any(c.dep_ == "aux" and (c.tag_ == "MD" or c.lower_ == "to") for c in verb.children):
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    answerable = [
        t
        for c in [verb, *objects]
        for t in c.children
        if t.lower_ in {"responsible", "accountable", "liable", "culpable"}
    ]
    # the one held: the verb's object, or the subject the parse gives the adjective
    # ('held Moscow responsible' read as a small clause)
    held = objects + [c for t in answerable for c in t.children if c.dep_ == "nsubj"]
    return bool(answerable) and any(
        h.lower_ not in _SELF and not h.lower_.endswith(("self", "selves")) for h in held
    )


def _own_men(subject: Token) -> bool:
    """'his fighters', 'its units', 'our forces': the speaker's own men."""
    return subject.lemma_.lower() in _MEN and any(
        c.dep_ == "poss" and c.lower_ in _OWNING for c in subject.children
    )


def commitment(
    content: Sequence[Token], speaker: Callable[[Token], bool] | None = None
) -> Stance | None:
    """PROMISE or THREATEN when the content's own verb is what the speaker says it will do:
    'it would suspend attacks', 'we will respect the truce', 'it would not attack' (promises);
    'we will respond', 'they would retaliate' (threats). Else None. A subject is the speaker
    when it is a pronoun ('we', 'it'), or when ``speaker`` says so of it (the claims stage
    knows the actors: 'an RSF adviser said the group would ...' is the RSF's own future)."""
    roots = roots_of(content)
    for verb in roots:
        children = list(verb.children)
        own = any(
            c.dep_ == "nsubj"
            and (c.lower_ in _SELF or _own_men(c) or (speaker is not None and speaker(c)))
            for c in children
        )
        negated = any(c.dep_ == "neg" for c in children)
        if (
            own
            and not negated
            and verb.lemma_.lower() in {"remain", "be", "stay"}
            and any(c.dep_ == "acomp" and c.lower_ == "committed" for c in children)
        ):
            return Stance.PROMISE  # 'it remained committed to the ceasefire'
        if verb.pos_ != "VERB":
            continue
        if not any(c.dep_ == "aux" and c.lower_ in FUTURE_MODALS for c in children):
            continue
        if any(c.dep_ in {"auxpass", "nsubjpass"} for c in children):
            return None  # 'they would be released': done to them
        if not own:
            return None
        lemma = verb.lemma_.lower()
        if lemma in _CARRY and any(c.dep_ == "dobj" and c.lemma_.lower() in _WAR for c in children):
            lemma = "attack"  # 'take the war to every city', 'bring the fight to them'
        if lemma == "open":  # 'open fire' is hostile, 'open corridors' a pledge
            fire = any(c.dep_ == "dobj" and c.lemma_.lower() == "fire" for c in children)
            lemma = "fire" if fire else "allow"
        if lemma in _PLEDGES and not negated:
            return Stance.PROMISE
        if lemma in _HOSTILE:
            return Stance.PROMISE if negated else Stance.THREATEN
        return None
    return None
