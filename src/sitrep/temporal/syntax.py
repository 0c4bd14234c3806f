"""What the dependency parse says about time expressions: tense, counts, attachment to verbs.

- :func:`tense` reads the verb that governs an expression: past, present, or future (with
  "will", a modal, or a verb that looks ahead: "plans to meet Friday", "scheduled to close
  Monday", "payable Jan. 2", "postponed until Tuesday");
- :func:`is_count` tells a year from a count ("1994 cars");
- :func:`dates_past_verb`: the expression dates a verb in the past tense ("fell on Friday");
- :func:`attached_time` gives the time expression that modifies a given verb or noun ("said
  on Saturday", "the attack on Friday"): the statement date of a claim, the date of an event.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from sitrep.records import Span, TimeExpression, TimexType
from sitrep.temporal.normalise import Tense

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from sitrep.pipeline.base import Timeline


_FUTURE_AUX = frozenset({"will", "'ll", "shall", "wo"})

# Verbs and adjectives whose complement lies ahead of them: "plans to meet Friday", "is due to
# resume Monday", "expected to join in April". What they govern is in the future of the telling.
_FORWARD_HEADS = frozenset(
    {
        "be",  # "is to resume trading Tuesday"
        "plan",
        "schedule",
        "set",
        "due",
        "expect",
        "intend",
        "hope",
        "prepare",
        "aim",
        "vow",
        "pledge",
        "promise",
        "threaten",
        "agree",
        "ready",
        "poise",
        "slate",
        # Nouns of arrangements: "an agreement to acquire the bank in January".
        "agreement",
        "deal",
        "program",
        "programme",
        "proposal",
        "offer",
        "bid",
        "commitment",
        "intention",
    }
)
# Verbs and adjectives that date what is to come when the time is their own modifier:
# "scheduled a conference Thursday", "payable Jan. 2", "effective Feb. 1".
_FORWARD_GOVERNORS = frozenset({"schedule", "slate", "payable", "effective", "due"})
# Verbs that move something to a later time: "postponed until Tuesday", "extended to March".
_DEFERRING = frozenset({"postpone", "delay", "adjourn", "defer", "extend", "give"})
# Their prepositions: "postponed until Tuesday", "extended through January".
_UNTIL = frozenset({"until", "till", "to", "through", "into"})
# Verbs that fix a time for what is to come with "for": "set for Monday", "slated for May".
_SET_FOR = frozenset({"set", "schedule", "slate", "plan", "book", "earmark"})
_VERBAL = frozenset({"VERB", "AUX"})
# Verbs of saying and knowing, whose present tense reports the past ("says Monday").
_REPORTING = frozenset(
    {
        "say",
        "tell",
        "report",
        "announce",
        "claim",
        "deny",
        "confirm",
        "state",
        "add",
        "note",
        "insist",
        "acknowledge",
        "believe",
        "know",
        "think",
        "be",
        "have",
        "remain",
    }
)


def tokens_in(parsed: Doc, start: int, end: int) -> list[Token]:
    span = parsed.char_span(start, end, alignment_mode="expand")
    return list(span) if span is not None else []


def governor(parsed: Doc, start: int, end: int) -> Token | None:
    """The verb that governs the expression at ``start:end`` (a few steps up the tree)."""
    toks = tokens_in(parsed, start, end)
    if not toks:
        return None
    tok: Token = toks[0]
    for _ in range(6):
        if tok.pos_ in _VERBAL and tok.dep_ not in ("amod", "compound"):
            return tok
        if tok.head.i == tok.i:
            return None
        tok = tok.head
    return None


def _looks_ahead(tok: Token, first: Token) -> bool:
    """Whether the verb ``tok`` (governing the expression starting at ``first``) is ahead of
    the telling by its words: infinitive under "plan", governed by "payable", "until" after
    "postpone"."""
    to_inf = tok.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
    if to_inf and tok.head.i != tok.i and tok.head.lemma_.lower() in _FORWARD_HEADS:
        # "had been due to expire Friday": a plan that was, not one that is.
        heads = (tok.head, tok.head.head)
        return not any(c.lower_ in ("had", "'d") for h in heads for c in h.children)
    if tok.lemma_.lower() in _FORWARD_GOVERNORS:
        return True
    # The expression's own head words: "payable Jan. 2", "postponed until Tuesday".
    head = first.head
    for _ in range(3):
        if head.lower_ in _UNTIL and head.head.lemma_.lower() in _DEFERRING:
            return True
        if head.lower_ == "for" and head.head.lemma_.lower() in _SET_FOR:
            # "Talks are set for Monday", "is scheduled for March"; not a plan told as past
            # ("a service planned for Saturday was canceled").
            auxes = [c for c in head.head.children if c.dep_ in ("aux", "auxpass")]
            return any(a.tag_ in ("VBZ", "VBP", "MD") for a in auxes)
        if head.lemma_.lower() in ("payable", "effective", "due") and head.pos_ == "ADJ":
            return True
        if head.i == head.head.i or head.pos_ in _VERBAL:
            break
        head = head.head
    return False


def tense(parsed: Doc, start: int, end: int) -> Tense:
    """The tense of the verb that governs the expression (or of its sentence's main verb)."""
    toks = tokens_in(parsed, start, end)
    if not toks:
        return Tense.UNKNOWN
    tok = governor(parsed, start, end)
    if tok is None:
        if toks[0].head.lemma_.lower() in ("payable", "effective", "due"):
            return Tense.FUTURE
        return Tense.UNKNOWN
    auxes = [c for c in tok.children if c.dep_ in ("aux", "auxpass")]
    if any(a.lower_ in _FUTURE_AUX for a in auxes) or (
        any(a.lower_ == "going" for a in auxes) and any(c.lower_ == "to" for c in tok.children)
    ):
        return Tense.FUTURE
    modal = [a for a in auxes if a.tag_ == "MD"]
    if modal and _could_not(tok, modal) and toks[0].head.lower_ not in _UNTIL | {"before"}:
        # "could not be reached Wednesday", "neither could be found Friday": an attempt that
        # failed, told as past, not a possibility ahead ("could not resume before Thursday"
        # is one).
        return Tense.PAST
    if modal and not any(a.lower_ in ("have", "'ve") for a in auxes):
        # "could come as early as Tuesday", "said it would provide": ahead of the telling.
        return Tense.FUTURE
    if _looks_ahead(tok, toks[0]):
        return Tense.FUTURE
    if tok.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxes):
        return Tense.PAST
    if tok.tag_ == "VBN" and any(a.lower_ in ("has", "have", "'s", "'ve") for a in auxes):
        return Tense.PAST
    if tok.tag_ in ("VBZ", "VBP") and not auxes and tok.lemma_.lower() not in _REPORTING:
        # "The leaders meet Monday": the news present of what is scheduled.
        root = _root(parsed, Span(start, end))
        if root is not None and root.dep_ in ("npadvmod", "pobj") and _hangs_from(root, tok):
            return Tense.FUTURE
    if tok.tag_ == "VBG" and any(a.tag_ in ("VBZ", "VBP") for a in auxes):
        # "The ministers are meeting on Tuesday": the present progressive with a day of its
        # own is an arrangement still to come.
        root = _root(parsed, Span(start, end))
        if root is not None and _hangs_from(root, tok):
            return Tense.FUTURE
    if tok.tag_ in ("VBZ", "VBP") or any(a.tag_ in ("VBZ", "VBP") for a in auxes):
        return Tense.PRESENT
    if _participle_of_clause(tok, auxes):
        # A participle has no tense of its own: "flights would leave from March 30, the third
        # departing from August 6" is as far ahead as "would leave"; not "shares issued July
        # 1", a past participle that tells what was done to its noun.
        head = tok.head
        while head.pos_ not in _VERBAL and head.head.i != head.i:
            head = head.head
        if head.pos_ in _VERBAL and head.i != tok.i:
            return tense(parsed, head.idx, head.idx + len(head))
    return Tense.UNKNOWN


# Where a participle without auxiliary hangs from the clause that gives it its tense.
_NONFINITE_DEPS = frozenset({"pobj", "pcomp", "advcl", "acl", "conj", "dep", "xcomp"})


def _participle_of_clause(tok: Token, auxes: Sequence[Token]) -> bool:
    if auxes or tok.tag_ not in ("VBG", "VBN") or tok.dep_ not in _NONFINITE_DEPS:
        return False
    return not (tok.tag_ == "VBN" and tok.dep_ == "acl")


def future_in_past(parsed: Doc, start: int, end: int) -> bool:
    """ "said on Monday it would withdraw by Friday": ahead of a past telling ("would"), so
    counted from that telling, not from the publication."""
    tok = governor(parsed, start, end)
    if tok is None:
        return False
    return any(c.dep_ == "aux" and c.lower_ in ("would", "'d") for c in tok.children)


def _could_not(verb: Token, modal: Sequence[Token]) -> bool:
    """ "could not be reached", "couldn't find", "neither ... could be located": a past
    ability denied (the negation on the verb or its subject)."""
    if not any(m.lower_ == "could" for m in modal):
        return False
    if any(c.dep_ == "neg" for c in verb.children):
        return True
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "preconj")]
    return any(
        w.lower_ in ("neither", "nobody", "no", "none", "nothing")
        for s in subjects
        for w in s.subtree
        if w.i <= s.i
    )


def _rate(parsed: Doc, start: int, end: int) -> bool:
    """ "700 seats a week", "four flights a week": a unit after a counted plural noun is the
    denominator of a rate, not a stretch of time."""
    toks = tokens_in(parsed, start, end)
    if not toks or toks[0].lower_ not in ("a", "an", "per") or toks[0].i == 0:
        return False
    before = parsed[toks[0].i - 1]
    return before.tag_ in ("NNS", "NNPS") and any(c.dep_ == "nummod" for c in before.children)


def _not_a_unit(parsed: Doc, start: int, end: int) -> bool:
    """ "a second betrayal", "a second group": the ordinal, not the unit of time; "more than
    a quarter of the market": a fraction."""
    toks = tokens_in(parsed, start, end)
    if len(toks) < 2 or toks[-2].lower_ not in ("a", "an"):
        return False
    last = toks[-1]
    if last.lower_ == "second":
        return last.dep_ == "amod" and last.head.i > last.i
    if last.lower_ == "quarter" and last.i + 2 < len(parsed):
        after = parsed[last.i + 1 : last.i + 3]
        return after[0].lower_ == "of" and after[1].pos_ in ("DET", "PRON")
    return False


# Frequency adjectives that classify a report or a payment by its period ("quarterly
# dividend", "quarterly results"), not a thing that recurs in time.
_PERIOD_ADJECTIVES = frozenset({"quarterly"})


def _not_a_frequency(parsed: Doc, tok: Token) -> bool:
    """ "a daily rally", "his weekly address", "gather daily" recur in time (TimeML's SET);
    "the quarterly dividend" classifies a payment, "its initial quarterly" is a payment and
    "grew 20% annually", "10,000 units annually" are rates of a quantity (as "700 seats a
    week" is), none a set of times."""
    if tok.pos_ == "NOUN" and any(c.dep_ in ("det", "poss") for c in tok.children):
        return True
    before = parsed[tok.i - 1] if tok.i > 0 else None
    if before is not None and tok.head.i <= tok.i:
        quantity = before.lower_ in ("%", "percent", "million", "billion") or any(
            c.dep_ == "nummod" for c in before.children
        )
        if quantity or before.like_num:
            return True
    after = parsed[tok.i + 1] if tok.i + 1 < len(parsed) else None
    if after is not None and after.pos_ == "PROPN" and tok.lower_ == "daily":
        return True  # "the party daily Granma": a newspaper
    if (after is not None and after.pos_ == "NOUN") or tok.dep_ == "amod":
        return tok.lower_ in _PERIOD_ADJECTIVES
    return False


def is_count(parsed: Doc, start: int, end: int, *, rule: str) -> bool:
    """A bare four-digit number that counts things ("1994 cars", "2020 people") is no year;
    "quarterly results", "daily newspapers" are adjectives, not sets of times; "700 seats a
    week" is a rate; "a second betrayal" an ordinal and "a quarter of the market" a
    fraction."""
    if rule == "duration":
        return _rate(parsed, start, end) or _not_a_unit(parsed, start, end)
    if rule not in ("frequency", "year"):
        return False
    toks = tokens_in(parsed, start, end)
    if len(toks) != 1:
        return False
    tok = toks[0]
    if rule == "frequency":
        return _not_a_frequency(parsed, tok)
    if tok.i > 0 and parsed[tok.i - 1].lower_ == "the":
        # "the 2000 Olympics", "the 1992 protests": news writes a count that large with a
        # comma ("the 2,000 troops"), so a year it is.
        return False
    return tok.dep_ == "nummod" and tok.head.tag_ in ("NNS", "NNPS") and tok.head.i == tok.i + 1


# --- the time of a verb ---------------------------------------------------------------------------

# How a time expression hangs from what it dates: "said Saturday" (npadvmod), "on Saturday"
# (pobj of a preposition), "Saturday's attack" (poss), "met yesterday" (advmod), ...
_TEMPORAL_DEPS = frozenset(
    {"npadvmod", "tmod", "obl", "obl:tmod", "nmod", "nmod:tmod", "advmod", "pobj", "poss", "dobj"}
)
_TEMPORAL_PREPS = frozenset(
    {"on", "at", "in", "during", "since", "until", "till", "by", "before", "after", "from", "of"}
)

# Words for a part of the day that the parser hangs a date's preposition from.
_PART_OF_DAY = frozenset({"late", "early", "earlier", "later"})


def _root(parsed: Doc, span: Span) -> Token | None:
    toks = tokens_in(parsed, span.start, span.end)
    inside = {t.i for t in toks}
    roots = [t for t in toks if t.head.i not in inside or t.head.i == t.i]
    return roots[0] if roots else None


def _hangs_from(expr: Token, target: Token) -> bool:
    tok = expr
    while tok.dep_ == "conj" and tok.head.i != tok.i:  # "on Friday and Saturday"
        tok = tok.head
    if tok.dep_ not in _TEMPORAL_DEPS and tok.dep_ != "appos":
        return False
    head = tok.head
    if head.i == target.i:
        return True
    # Through one preposition: "said on Saturday", "the attack on Friday".
    if not (head.pos_ == "ADP" and head.lower_ in _TEMPORAL_PREPS):
        return False
    if head.head.i == target.i:
        return True
    # and the part of the day before it: "said late on Saturday", "struck early on Sunday"
    part = head.head
    return part.lower_ in _PART_OF_DAY and part.dep_ == "advmod" and part.head.i == target.i


def dates_past_verb(parsed: Doc, start: int, end: int) -> bool:
    """Whether the expression at ``start:end`` modifies a verb in the simple past ("the town
    fell on December 5"), not a noun ("the December 5 deadline", "a ceremony on March 12")."""
    verb = governor(parsed, start, end)
    root = _root(parsed, Span(start, end))
    if verb is None or root is None or verb.tag_ != "VBD":
        return False
    return _hangs_from(root, verb)


def attached_time(
    times: Timeline | Sequence[TimeExpression], verb: Span, *, parsed: Doc
) -> TimeExpression | None:
    """The date or time expression syntactically attached to the verb (or event noun) at the
    characters ``verb``: a temporal modifier of it in the dependency parse ("said on Saturday",
    "shelled the town overnight", "the attack on Friday"), else None.

    ``times`` is the times layer (a :class:`~sitrep.pipeline.base.Timeline` or its
    expressions); ``parsed`` the spaCy analysis of the same text. Durations and sets are not
    dates and are never returned; of several, the nearest to the verb wins.
    """
    expressions = times.expressions if hasattr(times, "expressions") else times
    target = _root(parsed, verb)
    if target is None:
        return None
    # A dependency never leaves its sentence: only the sentence's expressions can hang from
    # the verb (looking no further keeps long articles from growing with the square).
    sentence = target.sent
    found: list[tuple[int, TimeExpression]] = []
    for t in expressions:
        if not sentence.start_char <= t.span.start < sentence.end_char:
            continue
        if t.type not in (TimexType.DATE, TimexType.TIME) or t.span.overlaps(verb):
            continue
        root = _root(parsed, t.span)
        if root is not None and _hangs_from(root, target):
            found.append((abs(root.i - target.i), t))
    return min(found, key=lambda x: x[0])[1] if found else None


__all__ = [
    "Tense",
    "attached_time",
    "dates_past_verb",
    "future_in_past",
    "governor",
    "is_count",
    "tense",
]
