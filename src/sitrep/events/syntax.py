"""What the parse says about a trigger word: its own clause, whether it is real, its place words.

- A trigger's *own clause* is its subtree without the clauses that tell of something else: a
  relative clause ('troops, which relied on drone strikes, reclaimed ...': the drones are not
  how the ground was reclaimed), a reported clause, a parenthetical, a conjoined verb.
- Its *mood*: an act the text does not report as done is promised ('will withdraw', 'vowed to
  retake', 'ready to fight'), demanded ('must release'), or neither: in a condition ('if talks
  fail', 'should negotiations fail'), possible ('could attack'), only wished or asked for ('wants
  negotiations', 'efforts to broker a truce', 'urged them to talk'). PLOVER codes a promise as
  the statement it is (AGREE, or THREATEN when the act is hostile) and a demand as REQUEST; a
  wish or a condition is no event.
"""

from __future__ import annotations

import enum
from typing import TYPE_CHECKING

from sitrep.events.harm import HARM
from sitrep.events.triggers import NOUNS
from sitrep.records import Span

if TYPE_CHECKING:
    from collections.abc import Iterable

    from spacy.tokens import Token

# Edges below a trigger that lead into another clause.
_OTHER_CLAUSE = frozenset({"relcl", "ccomp", "parataxis", "csubj"})
_CONDITIONS = frozenset({"if", "unless", "whether"})
_MEANWHILE = frozenset({"as", "while", "amid"})
_HARMED = HARM


class Mood(enum.Enum):
    """How the text tells of an event: as done, promised, demanded, or neither."""

    REAL = "real"  # 'shelled', 'tried to storm': it happened (or was attempted)
    PROMISED = "promised"  # 'will withdraw', 'vowed to retake', 'ready to fight'
    DEMANDED = "demanded"  # 'must withdraw', 'should release'
    UNREAL = "unreal"  # 'if talks fail', 'could attack', 'wants negotiations', 'urged to talk'


_MODALS = {
    "will": Mood.PROMISED,
    "'ll": Mood.PROMISED,
    "would": Mood.PROMISED,
    "'d": Mood.PROMISED,
    "shall": Mood.PROMISED,
    "must": Mood.DEMANDED,
    "should": Mood.DEMANDED,
    "could": Mood.UNREAL,
    "might": Mood.UNREAL,
    "may": Mood.UNREAL,
    "can": Mood.UNREAL,
}
# Words whose infinitive complement is promised, or only wished, asked or refused.
COMMIT = frozenset(
    {
        "vow",
        "threaten",
        "promise",
        "pledge",
        "plan",
        "intend",
        "prepare",
        "offer",
        "agree",
        "propose",
        "ready",
        "willing",
        "prepared",
        "determined",
        "intention",
        "readiness",
        "going",
    }
)
WISH = frozenset(
    {
        "want",
        "wish",
        "seek",
        "hope",
        "aim",
        "need",
        "fail",
        "refuse",
        "urge",
        "ask",
        "call",
        "demand",
        "order",
        "tell",
        "invite",
        "able",
        "incentive",
        "effort",
        "bid",
        "basis",
        "right",
        "goal",
        "chance",
        "way",
    }
)


def _shares_object(t: Token, conj: Token) -> bool:
    """'killed and wounded scores of fighters': a verb with no object of its own and the
    conjoined verb (with no subject of its own) whose object it shares."""
    objects = {"dobj", "obj"}
    return (
        conj.head.i == t.i
        and not any(c.dep_ in objects for c in t.children)
        and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in conj.children)
        and any(c.dep_ in objects for c in conj.children)
    )


def _accompanying(node: Token, t: Token) -> bool:
    """'seize a town as shelling kills 14': a clause of what happened meanwhile, with a subject
    of its own, tells another act (a clause of how or why keeps to the trigger: 'killed five
    when a bomb exploded'). Harm told alone is told with its cause ('dozens were wounded as
    police fired tear gas')."""
    return (
        t.lemma_ not in _HARMED
        and node.dep_ == "advcl"
        and any(c.dep_ == "mark" and c.lower_ in _MEANWHILE for c in node.children)
        and any(c.dep_ in {"nsubj", "nsubjpass"} and c.pos_ != "PRON" for c in node.children)
    )


def own_clause(t: Token) -> list[Token]:
    """The trigger's subtree, less the clauses inside it that report something else."""
    kept = []
    for tok in t.subtree:
        node, inside = tok, True
        while node.i != t.i:
            if (
                node.dep_ in _OTHER_CLAUSE
                or _accompanying(node, t)
                or (
                    node.dep_ == "conj"
                    and node.pos_ in {"VERB", "AUX"}
                    and node.head.pos_ == "VERB"
                    and not _shares_object(t, node)
                )
            ):
                inside = False
                break
            node = node.head
        if inside:
            kept.append(tok)
    # no separator at either end ('; army blames X' in a headline is 'army blames X')
    while len(kept) > 1 and kept[0].text in _SEPARATORS:
        kept.pop(0)
    while len(kept) > 1 and kept[-1].text in _SEPARATORS:
        kept.pop()
    return kept


_SEPARATORS = frozenset({";", ",", ":", "-", "–", "—", "|"})


def pieces(tokens: Iterable[Token]) -> tuple[Span, ...]:
    """Character spans of the runs of consecutive tokens (in document order)."""
    out: list[Span] = []
    run_start = run_end = -1
    last = -2
    for tok in sorted(tokens, key=lambda x: x.i):
        if tok.i == last + 1 and run_start >= 0:
            run_end = tok.idx + len(tok.text)
        else:
            if run_start >= 0:
                out.append(Span(run_start, run_end))
            run_start, run_end = tok.idx, tok.idx + len(tok.text)
        last = tok.i
    if run_start >= 0:
        out.append(Span(run_start, run_end))
    return tuple(out)


def words(tokens: Iterable[Token]) -> str:
    """The text of the tokens in order, as written (gaps where tokens were left out)."""
    return "".join(t.text_with_ws for t in sorted(tokens, key=lambda x: x.i)).strip()


def _inverted_condition(verb: Token) -> bool:
    """'should negotiations fail': a modal before the subject makes a condition."""
    subjects = [c.i for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    return any(
        c.dep_ == "aux"
        and c.lower_ in {"should", "had", "were"}
        and subjects
        and c.i < min(subjects)
        for c in verb.children
    )


_OWN_TIME = frozenset({"ccomp", "parataxis", "advcl", "pcomp", "relcl", "acl"})


def _modal(c: Token) -> bool:
    if c.dep_ != "aux" or c.lower_ not in _MODALS:
        return False
    # 'would-be suicide bombers' is no modal
    return c.i + 1 >= len(c.doc) or c.doc[c.i + 1].text != "-"


# Verbs of asking for something not yet done, with the thing asked for as their object
# ('urged a truce') or after 'for' ('called for a ceasefire'). 'ordered patrols' is done, and
# 'called the strike a war crime' names a strike told before: both stay events.
_ASKING = frozenset({"urge", "demand", "seek", "want", "wish", "ask", "request", "need"})
_ASKING_FOR = frozenset(
    {"call", "push", "press", "appeal", "plead", "lobby", "ask", "hope", "wish", "clamour"}
)


def _asked_for_or_absent(noun: Token) -> bool:
    """An event noun only asked for ('called for an immediate ceasefire', 'urged a truce') or
    told as absent or either way ('with or without a deal') is no event of its own; the asking
    is (REQUEST)."""
    if noun.dep_ == "dobj":
        return noun.head.lemma_.lower() in _ASKING
    if noun.dep_ != "pobj":
        return False
    prep = noun.head
    if prep.lower_ == "without" or any(c.lower_ == "without" for c in prep.children):
        return True
    return prep.lower_ == "for" and prep.head.lemma_.lower() in _ASKING_FOR


def mood(t: Token) -> Mood:
    """How the text tells of the trigger's event (see :class:`Mood` and the module doc)."""
    if t.pos_ == "NOUN" and _asked_for_or_absent(t):
        return Mood.UNREAL
    node = t
    found: Mood | None = None
    reported = False  # crossed into reported speech: the speaker's modals are not the event's
    for _ in range(50):
        children = list(node.children)
        if any(c.dep_ == "mark" and c.lower_ in _CONDITIONS for c in children):
            return Mood.UNREAL
        if node.pos_ in {"VERB", "AUX"} and _inverted_condition(node):
            return Mood.UNREAL
        if (
            node.dep_ == "advcl"
            and any(c.dep_ == "mark" and c.lower_ == "until" for c in children)
            and mood(node.head) is not Mood.REAL
        ):
            # 'promised to keep striking until Moscow agreed to a ceasefire': the end of an
            # act not yet done is a condition, no event ('fought until the rebels agreed'
            # stays told as done)
            return Mood.UNREAL
        if not reported and node.pos_ in {"VERB", "AUX"}:
            modal = next((_MODALS[c.lower_] for c in children if _modal(c)), None)
            # 'must be ready to mediate': a demand that someone commit is a demand
            if found is None or (found is Mood.PROMISED and modal is Mood.DEMANDED):
                found = modal or found
        to = any(c.dep_ == "aux" and c.lower_ == "to" for c in children)
        if (to or _of_a_purpose(node)) and _none_meant(node):
            return Mood.UNREAL  # 'had no intention of advancing', 'no plan to attack'
        if to and node.head.i != node.i:
            governor = node.head.lemma_.lower()
            if governor in WISH:
                return Mood.UNREAL  # wanted, asked for or refused, at any remove
            if found is None and governor in COMMIT:
                found = Mood.PROMISED
        if node.dep_ in _OWN_TIME:
            # 'said that ...', 'will advance after seizing the town': the outer clause's
            # modal is not this event's
            reported = True
        if node.head.i == node.i:
            break
        node = node.head
    return found or Mood.REAL


def _of_a_purpose(node: Token) -> bool:
    """'the intention of advancing': a gerund after 'of' on a noun of purpose."""
    prep = node.head
    return (
        node.dep_ == "pcomp" and prep.lower_ == "of" and prep.head.lemma_.lower() in COMMIT | WISH
    )


def _none_meant(node: Token) -> bool:
    """Whether the purpose an infinitive or gerund completes is denied: 'no intention of
    advancing', 'no plan to attack'."""
    governor = node.head.head if node.dep_ == "pcomp" else node.head
    return governor.pos_ == "NOUN" and any(
        c.dep_ == "det" and c.lower_ == "no" for c in governor.children
    )


# What 'no' denies word of: 'no reports of violence', 'no sign of fighting' ('no casualties'
# denies harm, not the event).
_WORD_OF = frozenset({"report", "sign", "word", "evidence", "incident", "indication"})


# What a note says it does not know ('details not specified', 'the motive is not known'):
# a gap in the telling, not a denial of the event.
_UNTOLD = frozenset(
    {"specify", "know", "clear", "confirm", "disclose", "identify", "mention", "available"}
)


def denies(t: Token) -> bool:
    """Whether the word tells an event as absent: 'no reports of violence', 'did not attack'
    (not 'details not specified', a gap in the telling)."""
    if t.dep_ == "neg":
        return t.head.lemma_.lower() not in _UNTOLD
    return _denies_event(t)


def _denies_event(t: Token) -> bool:
    if t.dep_ != "det" or t.lower_ != "no":
        return False
    noun = t.head
    lemma = noun.lemma_.lower()
    return lemma in _WORD_OF or lemma in NOUNS or lemma == "violence"


# Triggers whose 'with' names the other side ('clashed with rebels'), not the means.
_MUTUAL = frozenset({"clash", "fight", "battle", "skirmish", "engage", "exchange"})
# Words of who fights, as the object of 'with': the other side or company, not the means.
_WHO_FIGHT = frozenset({"PERSON", "ORG", "NORP", "GPE"})


def means(t: Token) -> list[Token]:
    """The words of the means a trigger tells it was done with: 'attacked the village with
    two tank companies', 'an assault with armoured vehicles' (none for 'clashed with rebels',
    the other side, nor 'fought alongside' anyone)."""
    if t.lemma_.lower() in _MUTUAL:
        return []
    return [
        x
        for c in t.children
        if c.dep_ == "prep" and c.lower_ == "with"
        for g in c.children
        if g.dep_ == "pobj" and g.ent_type_ not in _WHO_FIGHT and g.pos_ in {"NOUN", "PROPN"}
        for x in g.subtree
    ]
