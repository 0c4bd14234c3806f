"""When an event happened: the time expression attached to it, else the time that frames it.

An event takes the date (first day) and precision of the time expression the parse attaches
to its words (:func:`attached_date`). When none is, a *frame* may date it: a time expression
that opens its sentence and sets the time of what the sentence tells ('On 29 April 2020,
militants attacked ...', 'Around 7 May, ...', '27 February: a civilian was shot ...'), or a
line that is nothing but a date ('15 May. Two men were shot dead ...'), which frames the
sentence after it. A frame carries on through the sentences after it in the same paragraph
until one names a date of its own ('On 8 May, militia attacked the office. Shots were fired
during the attack': the shots are of 8 May too).

A report with no one making it that opens a note ('As reported on 2 May, militants attacked
...') frames it too: the event is the note's own news, dated as the ACLED codebook dates it,
by the day it was reported when nothing closer dates it (as for 'it was reported that ...').

What someone is reported to say happened is framed by the statement's date ('On Monday,
police said gunmen attacked ...'), as ACLED dates it when nothing closer does. Not framed: an
act told in the pluperfect ('the militia had ambushed a convoy': before the frame). A date
merely near the event, or the publication date, never dates it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from sitrep.events import reference
from sitrep.events.reference import aggregate
from sitrep.records import DatePrecision, Span, TimeExpression, TimexType

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan

Dated = tuple[str, DatePrecision]

# Edges along which a word shares the time of the word it hangs from: an event noun and the
# verb it is an argument of ('staged a protest on Friday', 'a protest took place on Friday'),
# an event noun and its head noun ('a protest action was held'), a verb and the verb it
# continues ('vowed to fight', 'closed the road and held a protest').
_SAME_TIME_NOUN = frozenset({"nsubj", "nsubjpass", "dobj", "attr", "oprd", "compound"})
_SAME_TIME_VERB = frozenset({"xcomp", "conj"})
_DURING = frozenset({"during", "amid"})


def time_words(trigger: Token) -> list[Token]:
    """The words a time expression of the event may hang from, nearest first: the trigger,
    then the words above it that share its time (see the edges above). A participle shares the
    time of its verb ('shelled the town overnight, wounding two'), and so do an act done to an
    end ('used tear gas on Tuesday to disperse them'), an event during which the verb's act
    happened ('were injured on Sunday during a demonstration') and a passive the parser split
    at its 'be' ('was on Saturday shot'). Reported speech, relative clauses and other
    prepositions are left alone: 'said on Sunday that ...' dates the statement, 'the collapse
    of the truce on Monday' the collapse."""
    words = [trigger]
    node = trigger
    for _ in range(4):
        head = node.head
        if head.i == node.i:
            break
        if node.pos_ in {"NOUN", "PROPN"}:
            shares = node.dep_ in _SAME_TIME_NOUN
            if node.dep_ == "pobj" and head.lower_ in _DURING and head.head.pos_ == "VERB":
                words.append(head.head)
                node = head.head
                continue
        else:
            own_subject = any(c.dep_ in {"nsubj", "nsubjpass"} for c in node.children)
            participle = node.dep_ == "advcl" and node.tag_ == "VBG"
            split = (
                node.dep_ in {"advcl", "dep"}
                and node.tag_ in {"VBN", "VBD"}
                and head.lemma_ == "be"
                and not own_subject
            )
            purpose = node.dep_ == "advcl" and any(
                c.dep_ == "aux" and c.lower_ == "to" for c in node.children
            )
            shares = (
                participle or split or purpose or (node.dep_ in _SAME_TIME_VERB and not own_subject)
            )
        if not shares:
            break
        words.append(head)
        node = head
    return words


def _dated(expression: TimeExpression | None) -> Dated | None:
    from sitrep.temporal import when

    found = when(expression) if expression is not None else None
    return (found[0].isoformat(), found[1]) if found is not None else None


def attached_date(times: Sequence[TimeExpression], trigger: Token, *, parsed: Doc) -> Dated | None:
    """The date (first day) and precision of the time expression attached to the event's
    words in the parse (:func:`sitrep.temporal.attached_time`); None when none is."""
    words = time_words(trigger)
    for word in words:
        dated = _dated(_attached(times, word, parsed=parsed))
        if dated is not None:
            return dated
    for word in words:
        dated = _in_subject(times, word)
        if dated is not None:
            return dated
    # acts told together, the time after the last ('were shot dead and two others injured
    # by gunmen on Sunday'), and the act a phrase of the event names ('killed in overnight
    # clashes'): the event shares their time when it has none of its own
    for word in words:
        for c in word.children:
            if c.dep_ == "conj" and c.pos_ in {"VERB", "AUX"}:
                dated = _dated(_attached(times, c, parsed=parsed))
            elif c.dep_ == "prep" and c.lower_ in _DURING | {"in"}:
                dated = next(
                    (
                        _dated(_attached(times, n, parsed=parsed))
                        for n in c.children
                        if n.dep_ == "pobj" and _an_act(n)
                    ),
                    None,
                )
            else:
                continue
            if dated is not None:
                return dated
    # 'intercepted two missiles fired at the city early on Monday': the time the parser hangs
    # on the downed weapon's launch is the interception's
    weapons = (c for c in trigger.children if c.dep_ in {"dobj", "nsubjpass"})
    for weapon in weapons:
        for launch in weapon.children:
            if reference.launch_of_a_downed_weapon(launch):
                dated = _dated(_attached(times, launch, parsed=parsed))
                if dated is not None:
                    return dated
    return _hung_on_its_object(times, trigger)


# Links from an act's verb down its object and the places it names, not into other clauses.
_OBJECT_LINKS = frozenset({"dobj", "prep", "pobj", "pcomp", "compound", "appos"})


def _hung_on_its_object(times: Sequence[TimeExpression], trigger: Token) -> Dated | None:
    """'bombed a village in Sagaing on Monday': the parser may hang 'on Monday' on the place or
    the object; a day is no property of either, so it is the act's. Only 'on' a date or time
    word, found through the verb's object and place phrases (no other clause)."""
    if trigger.pos_ != "VERB":
        return None
    stack = [c for c in trigger.children if c.dep_ in _OBJECT_LINKS]
    while stack:
        node = stack.pop()
        if node.dep_ == "prep" and node.lower_ == "on":
            for noun in (c for c in node.children if c.dep_ == "pobj"):
                if (found := _date_or_time_at(times, noun)) is not None:
                    return _dated(found)
            continue
        stack.extend(c for c in node.children if c.dep_ in _OBJECT_LINKS)
    return None


def _attached(
    times: Sequence[TimeExpression], word: Token, *, parsed: Doc
) -> TimeExpression | None:
    """The time expression attached to the word (:func:`sitrep.temporal.attached_time`), or
    one whose words end in a compound the parser hung there ('during the evening hours': the
    expression is 'the evening', a modifier of 'hours')."""
    from sitrep.temporal import attached_time

    found = attached_time(times, Span(word.idx, word.idx + len(word.text)), parsed=parsed)
    if found is not None:
        return found
    if word.pos_ == "NOUN":
        # 'the overnight clashes': a time modifying the event noun itself
        for c in word.children:
            found = _date_or_time_at(times, c) if c.dep_ in {"amod", "compound"} else None
            if found is not None:
                return found
    for prep in word.children:
        if prep.dep_ != "prep" or prep.lower_ not in _DURING | {"in", "on", "at"}:
            continue
        for noun in prep.children:
            if noun.dep_ != "pobj" or noun.lemma_.lower() not in _SPANS_OF_TIME:
                continue
            for t in times:
                if t.type not in (TimexType.DATE, TimexType.TIME):
                    continue
                if noun.left_edge.idx <= t.span.start and t.span.end <= noun.idx:
                    return t
    return None


def _date_or_time_at(times: Sequence[TimeExpression], word: Token) -> TimeExpression | None:
    """The date or time expression whose words hold ``word``."""
    return next(
        (
            t
            for t in times
            if t.type in (TimexType.DATE, TimexType.TIME) and t.span.start <= word.idx < t.span.end
        ),
        None,
    )


# What a time of day may be told as a span of ('during the evening hours').
_SPANS_OF_TIME = frozenset({"hour", "hours"})


def _an_act(noun: Token) -> bool:
    from sitrep.events.triggers import NOUNS

    return noun.lemma_.lower() in NOUNS or noun.lemma_.lower() == "violence"


def _in_subject(times: Sequence[TimeExpression], verb: Token) -> Dated | None:
    """A date the parser hung inside the verb's subject though it stands before the verb
    ('Police on Tuesday used tear gas', 'Residents of Embu on Friday night lynched a man'):
    no other verb lies between them, so it dates the verb."""
    if verb.pos_ not in {"VERB", "AUX"}:
        return None
    for subject in (c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}):
        for t in times:
            if not (subject.left_edge.idx <= t.span.start and t.span.end <= verb.idx):
                continue
            words = [w for w in subject.subtree if t.span.start <= w.idx < t.span.end]
            if not words:
                continue
            node, crossed = words[0], False
            while node.i != subject.i and node.head.i != node.i:
                node = node.head
                crossed = crossed or node.pos_ in {"VERB", "AUX"}
            if not crossed:
                return _dated(t)
    return None


# What may stand before a framing date at the head of its sentence: a label ('Property
# destruction:'), a preposition of time ('On', 'Around', 'On or about'); after it, a remark in
# brackets ('(as reported)') and a comma, colon, full stop or dash.
_LABEL = r"(?:[A-Z][\w/&' -]{0,40}:\s*)?"
_BEFORE = re.compile(
    _LABEL
    + r"(?:(?:as\s+)?reported\s+)?"
    + r"(?:(?:on|around|about|in|during|early|late|on\s+or\s+(?:about|around|before))\s+)*"
    + r"(?:the\s+(?:morning|afternoon|evening|night)\s+of\s+)?$",
    re.IGNORECASE,
)
_AFTER = re.compile(r"\s*(?:\([^()]{0,40}\))?\s*(?:[,:.\u2013\u2014-]|$)")


def _frame_in(sent: SpacySpan, times: Sequence[TimeExpression], text: str) -> Dated | None:
    """The date of the time expression that opens the sentence as its frame, if one does."""
    for t in times:
        if t.type not in (TimexType.DATE, TimexType.TIME):
            continue
        if not (sent.start_char <= t.span.start and t.span.end <= sent.end_char):
            continue
        before = text[sent.start_char : t.span.start]
        closed = text[t.span.end - 1] in ".:,"  # '09 Sep.': the full stop is the date's own
        # 'On 3 May 2020 rebels destroyed ...': a preposition opens it, no comma needed
        opened = (
            re.search(r"\b(?:on|around|about|before|of)\s+$", before, re.IGNORECASE) is not None
        )
        if _BEFORE.fullmatch(before) and (closed or opened or _AFTER.match(text, t.span.end)):
            return _dated(t)
    return None


def _only_a_date(sent: SpacySpan, times: Sequence[TimeExpression], text: str) -> bool:
    rest = text[sent.start_char : sent.end_char]
    for t in times:
        if sent.start_char <= t.span.start and t.span.end <= sent.end_char:
            rest = rest.replace(text[t.span.start : t.span.end], " ", 1)
    return (
        bool(rest.strip())
        and rest != text[sent.start_char : sent.end_char]
        and not any(c.isalnum() for c in re.sub(_LABEL, "", rest.strip(), count=1))
    )


def _names_a_date(sent: SpacySpan, times: Sequence[TimeExpression]) -> bool:
    return any(
        t.type in (TimexType.DATE, TimexType.TIME)
        and sent.start_char <= t.span.start < sent.end_char
        for t in times
    )


def frames(sentences: Sequence[SpacySpan], times: Sequence[TimeExpression]) -> list[Dated | None]:
    """For each sentence, the date that frames what it tells (see the module doc), or None."""
    from sitrep.events.place import doc_text, paragraphs

    paragraph_of = paragraphs(sentences)
    out: list[Dated | None] = []
    current: Dated | None = None
    dateline = False
    for i, sent in enumerate(sentences):
        text = doc_text(sent.doc)
        if i > 0 and paragraph_of[i] != paragraph_of[i - 1]:
            current = None
        if _only_a_date(sent, times, text):
            current = _frame_in(sent, times, text) or current
            dateline = True
            out.append(None)
            continue
        own = _frame_in(sent, times, text)
        if own is not None:
            current = own
        elif _names_a_date(sent, times) and not dateline:
            current = None  # a date line frames the sentence after it whatever that names
        dateline = False
        out.append(current)
    # a label line ('Looting:') is of the sentence it introduces
    for i in range(len(sentences) - 2, -1, -1):
        same = paragraph_of[i] == paragraph_of[i + 1]
        if same and sentences[i].text.rstrip().endswith(":") and out[i + 1] is not None:
            out[i] = out[i + 1]
    return out


def framed(trigger: Token) -> bool:
    """Whether a sentence's frame dates the event of this word: not when the act is told in
    the pluperfect ('had ambushed': before the frame). An act told in someone's words ('On
    2 March, police said gunmen shot a farmer') takes the frame of the statement, as ACLED
    dates what a source reports when nothing closer dates it."""
    node = trigger
    for _ in range(12):
        if node.pos_ in {"VERB", "AUX"} and any(
            c.dep_ == "aux" and c.lower_ in {"had", "'d"} for c in node.children
        ):
            return False
        if node.head.i == node.i:
            return True
        node = node.head
    return True


def event_date(
    times: Sequence[TimeExpression], trigger: Token, *, parsed: Doc, frame: Dated | None
) -> Dated | None:
    """The event's date: the time attached to its words, else its sentence's frame (when the
    event is one the frame dates), else None."""
    if aggregate(trigger):
        return None  # '61 attacks since the truce': many acts over a span, on no one day
    dated = attached_date(times, trigger, parsed=parsed)
    if dated is not None:
        return dated
    return frame if frame is not None and framed(trigger) else None
