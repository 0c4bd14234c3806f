"""Finding attributions in a parsed text: who (source) says (cue) what (content).

Works on spaCy's dependency parse, with the reporting-verb lexicon and the quotation segmenter.
Verb cues are in :mod:`sitrep.attribution.verbs`, nouns and attitudes in
:mod:`sitrep.attribution.frames`, headlines in :mod:`sitrep.attribution.headlines`; this module runs them over the text and settles quotations.
The patterns, in the words of news style:

- a reporting verb with a subject and a clause: "X said (on Sunday) (that) ...", "..., X said.",
  "“...,” he said, “...”" (the verb hangs off the quoted clause as parataxis);
- a reporting verb with an infinitive or an object: "X vowed to ...", "X asked Y to ...",
  "X accused Y of ...", "X rejected the allegation ...";
- a subject shared by a second verb: "X did not disclose ..., but say ...", "..., saying ...";
- "according to X, ...", "in X's view, ...", "in the words of X, ..."; "reportedly" (no source);
- "X said: ...", "as X noted, ...", "X said so", "X spoke about ...", "X warned of ...";
- nouns and attitude adjectives (:mod:`sitrep.attribution.frames`), headline colons and dashes
  (:mod:`sitrep.attribution.headlines`);
- a wish, belief, noun or attitude inside another statement's content is part of that statement
  ("she said she wanted ..."), not an attribution of its own; a participle that modifies a noun
  ("a group supporting X") states a position held, not a statement, unless it takes a clause;
- a quotation that goes on in the next sentences or paragraphs belongs to the statement it
  continues (quoted or paraphrased), when nothing but punctuation and that statement's own
  source, cue and frame ('said on Sunday') lie between them.

Nothing here knows about actors or articles: spans are character offsets into ``doc.text``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from sitrep.attribution.base import (
    Attribution,
    CueKind,
    relative_antecedent,
    span_of,
    subject_of,
    trim,
    trimmed_subtree,
)
from sitrep.attribution.frames import from_adjective, from_noun
from sitrep.attribution.headlines import (
    SPEAKING_NOUNS,
    from_colon_quotations,
    from_headline_colons,
    from_headline_dashes,
)
from sitrep.attribution.lexicon import Lexicon, lexicon
from sitrep.attribution.nesting import end_before_side_statements
from sitrep.attribution.predicates import from_copular_noun
from sitrep.attribution.quotes import Quote, find_quotes, quoted_share
from sitrep.attribution.stance import refined_stance
from sitrep.attribution.verbs import from_verb
from sitrep.events.place import doc_text
from sitrep.records import Span, Stance

__all__ = ["Attribution", "extract_attributions", "relative_antecedent"]

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# A content that is at least this share quotation is a direct quotation.
QUOTED_SHARE = 0.6


def extract_attributions(
    doc: Doc, *, lex: Lexicon | None = None, quotes: Sequence[Quote] | None = None
) -> list[Attribution]:
    """Every attribution in ``doc``, in text order."""
    lex = lex or lexicon()
    quotes = tuple(quotes) if quotes is not None else find_quotes(doc.text)
    found: list[Attribution] = []
    inside = _inside_quotations(doc, quotes)
    # Words already the cue of an attribution found earlier in the text ('in X's view').
    taken: set[int] = set()
    for token in doc:
        if token.i in inside:
            # "I think", "they say" inside a quotation belong to the quoted speaker's statement.
            continue
        if token.i in taken:
            continue
        attribution = (
            _from_according(token)
            or _from_in_view(token)
            or _from_to_whom(token)
            or _from_in_poll(token)
            or _from_hearsay(token)
            or _from_tally(token)
            or from_verb(token, lex, quotes)
            or from_noun(token, lex)
            or from_copular_noun(token, lex)
            or from_adjective(token, lex)
        )
        if attribution is not None:
            found.append(attribution)
            taken.add(attribution.cue_head)
    headlines = from_headline_colons(doc) + from_headline_dashes(doc)
    found += [a for a in headlines if doc[a.cue_head].i not in inside]
    found += from_colon_quotations(doc, quotes, found)
    found = end_before_side_statements(doc, found)
    found = [b for a in found if (b := _without_borrowed_quotation(doc, a, found)) is not None]
    found = [_with_quotes(doc, a, quotes) for a in found]
    found = _attach_continuations(found, quotes, doc)
    found = [a for a in found if not _attitude_inside_statement(a, found)]
    found.sort(key=lambda a: (a.cue.start, a.cue.end))
    return found


# --- where statements are ------------------------------------------------------------------------


def _inside_quotations(doc: Doc, quotes: Sequence[Quote]) -> set[int]:
    """Indices of the tokens strictly inside a quotation (not its marks)."""
    inside: set[int] = set()
    for q in quotes:
        span = doc.char_span(q.span.start + 1, q.span.end - 1, alignment_mode="contract")
        if span is not None:
            inside.update(range(span.start, span.end))
    return inside


def _without_borrowed_quotation(
    doc: Doc, a: Attribution, found: Sequence[Attribution]
) -> Attribution | None:
    """'X shouted an insult at the crowd. “...,” Y said.': a cue whose content is a quotation in
    another sentence that has its own speaker there; the quotation is Y's. X's statement is
    what its verb takes as object ('an insult'), if anything; else it is no statement here."""
    cue = doc.char_span(a.cue.start, a.cue.end, alignment_mode="expand")
    content = doc.char_span(a.content.start, a.content.end, alignment_mode="expand")
    if cue is None or content is None:
        return a
    sentence = content[0].sent
    if cue[0].sent.start == sentence.start or content[-1].sent.start != sentence.start:
        return a
    if not any(
        b is not a
        and b.content.overlaps(a.content)
        and sentence.start_char <= b.cue.start < sentence.end_char
        for b in found
    ):
        return a
    verb = doc[a.cue_head]
    said = next((c for c in verb.children if c.dep_ == "dobj"), None) or next(
        (
            o
            for c in verb.children
            if c.dep_ == "prep" and c.i > verb.i
            for o in c.children
            if o.dep_ == "pobj"
        ),
        None,
    )
    if said is None:
        return None
    return replace(a, content=span_of(trim(list(said.subtree))))


def _attitude_inside_statement(a: Attribution, found: Sequence[Attribution]) -> bool:
    """'She said she wanted ...': the wish is part of what she said, not a second attribution."""
    if a.stance is not Stance.OTHER and a.kind not in {CueKind.NOUN, CueKind.ADJECTIVE}:
        return False
    if a.kind is CueKind.NOUN and a.source is not None and a.stance is not Stance.OTHER:
        # "X's report that the ministry said ... was denied": kept, for the claims stage reads
        # the relay off it (it makes no claim of its own there).
        return False
    return any(b is not a and b.content.contains(a.cue) for b in found)


# --- "according to X" --------------------------------------------------------------------------


def _from_according(token: Token) -> Attribution | None:
    if token.lower_ != "according":
        return None
    to = next((c for c in token.children if c.lower_ == "to"), None)
    if to is None:
        return None
    source_token = next((c for c in to.children if c.dep_ == "pobj"), None)
    if source_token is None:
        return None
    source = trimmed_subtree(source_token)
    head = token.head
    phrase = {t.i for t in token.subtree}
    if head.i == token.i:
        # A fragment: "According to X." with the content in what follows; skip.
        return None
    content = trim([t for t in head.subtree if t.i not in phrase and t.dep_ != "cc"])
    if not content:
        return None
    return Attribution(
        cue=span_of([token, to]),
        cue_head=token.i,
        lemma="according to",
        kind=CueKind.ACCORDING,
        stance=Stance.ASSERT,
        content=span_of(content),
        source=span_of(source),
        source_head=source_token.i,
        frame=tuple(sorted(phrase - {t.i for t in source})),
    )


# Nouns of 'in X's view', 'in the words of X', 'in the eyes of X': an "according to".
_VIEWS = {
    "view",
    "opinion",
    "word",
    "eye",
    "estimation",
    "judgment",
    "judgement",
    "telling",
    "assessment",
    "reckoning",
}


def _from_in_view(token: Token) -> Attribution | None:
    """'In the ministry's view, the talks have failed', 'in the words of X', 'in X's opinion'."""
    if token.lower_ != "in" or token.dep_ != "prep":
        return None
    noun = next((c for c in token.children if c.dep_ == "pobj"), None)
    if noun is None or noun.lemma_.lower() not in _VIEWS:
        return None
    if noun.lemma_.lower() in {"word", "eye"} and noun.tag_ != "NNS":
        return None
    source_token = next((c for c in noun.children if c.dep_ == "poss"), None)
    if source_token is None:
        of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        source_token = next((c for c in of.children if c.dep_ == "pobj"), None) if of else None
    if source_token is None or source_token.pos_ not in {"PROPN", "NOUN", "PRON"}:
        return None
    phrase = {t.i for t in token.subtree}
    content = _clause_around(token, phrase)
    if not content:
        return None
    source = [t for t in trimmed_subtree(source_token) if t.dep_ != "case"]
    return Attribution(
        cue=span_of([token, noun]),
        cue_head=noun.i,
        lemma=f"in {noun.lemma_.lower()}",
        kind=CueKind.ACCORDING,
        stance=Stance.ASSERT,
        content=span_of(content),
        source=span_of(source),
        source_head=source_token.i,
        frame=tuple(sorted(phrase - {t.i for t in source})),
    )


def _clause_around(token: Token, phrase: set[int]) -> list[Token]:
    """What the verb that an 'in ...' phrase hangs on says, less the phrase (its ``phrase``
    indices); nothing where the phrase hangs on no verb."""
    head = token.head
    if head.i == token.i or head.pos_ not in {"VERB", "AUX"}:
        return []
    return trim([t for t in head.subtree if t.i not in phrase and t.dep_ != "cc"])


# Who can hold a view: 'To the villagers, the truce is a trap', 'to him, ...'.
_HOLDERS = {"PERSON", "ORG", "NORP", "GPE"}
_HOLDING_PRONOUNS = {"him", "her", "them", "me", "us"}


def _from_to_whom(token: Token) -> Attribution | None:
    """'To the villagers, the truce is a trap', 'To Ms. Haddad, the checkpoint means ...': an
    opening 'to X,' gives X's view of what the clause says (an 'in X's view')."""
    if token.lower_ != "to" or token.dep_ not in {"prep", "dative"} or not token.is_sent_start:
        return None
    holder = next((c for c in token.children if c.dep_ == "pobj"), None)
    if holder is None:
        return None
    person = (
        holder.ent_type_ in _HOLDERS
        or holder.lower_ in _HOLDING_PRONOUNS
        or (holder.pos_ == "PROPN")
        or holder.lemma_.lower() in SPEAKING_NOUNS
    )
    after = token.doc[holder.right_edge.i + 1] if holder.right_edge.i + 1 < len(token.doc) else None
    if not person or after is None or after.text != ",":
        return None
    phrase = {t.i for t in token.subtree}
    content = _clause_around(token, phrase)
    if not content:
        return None
    source = trimmed_subtree(holder)
    return Attribution(
        cue=span_of([token]),
        cue_head=token.i,
        lemma="to",
        kind=CueKind.ACCORDING,
        stance=Stance.OTHER,
        content=span_of(content),
        source=span_of(source),
        source_head=holder.i,
        frame=tuple(sorted(phrase - {t.i for t in source})),
    )


# What an opening 'In a ... poll, ...' reports by: the poll is the source of its findings.
_POLLS = {"poll", "survey"}


def _from_in_poll(token: Token) -> Attribution | None:
    """'In a Reuters/Ipsos poll released Monday, 40 percent backed the truce': the poll says so.
    Only where the phrase opens the sentence or a clause ('the two were tied in the poll' is
    mostly the writer's own account)."""
    if token.lower_ != "in" or token.dep_ != "prep":
        return None
    if not (token.is_sent_start or (token.i > 0 and token.doc[token.i - 1].is_punct)):
        return None
    poll = next((c for c in token.children if c.dep_ == "pobj"), None)
    if poll is None or poll.lemma_.lower() not in _POLLS:
        return None
    content = _clause_around(token, {t.i for t in token.subtree})
    if not content:
        return None
    source = trim(list(poll.subtree))
    return Attribution(
        cue=span_of([token]),
        cue_head=token.i,
        lemma=f"in {poll.lemma_.lower()}",
        kind=CueKind.ACCORDING,
        stance=Stance.ASSERT,
        content=span_of(content),
        source=span_of(source),
        source_head=poll.i,
        frame=(token.i,),
    )


# Adverbs that say a statement is someone else's without saying whose. Not 'allegedly' nor
# 'supposedly': they mostly cast doubt on what the writer relates (one in five an attribution in
# PolNeAR's train split, against two in three for 'reportedly').
_HEARSAY = {"reportedly"}


def _from_hearsay(token: Token) -> Attribution | None:
    """'Troops reportedly shelled the town': an attribution whose source is not named."""
    if token.lower_ not in _HEARSAY or token.dep_ != "advmod":
        return None
    head = token.head
    if head.pos_ not in {"VERB", "AUX"}:
        return None
    content = trim([t for t in head.subtree if t.i != token.i and t.dep_ != "cc"])
    if not content:
        return None
    return Attribution(
        cue=span_of([token]),
        cue_head=token.i,
        lemma=token.lower_,
        kind=CueKind.ACCORDING,
        stance=Stance.ASSERT,
        content=span_of(content),
    )


# Verbs by which a source gives a count: 'put the toll at 50', 'recorded 14 deaths'.
_TALLYING = {
    "put",
    "place",
    "set",
    "estimate",
    "give",
    "raise",
    "revise",
    "lower",
    "update",
    "record",
    "register",
    "count",
    "tally",
    "report",
    "confirm",
    "announce",
    "publish",
    "release",
}
# What such a verb gives: the dead it counts, or their toll.
_TALLIES = {"toll", "tally", "death", "casualty", "fatality", "dead", "loss", "victim"}
# Counts of anything: a tally only of the dead ('the number of dead'), or when estimated.
_COUNTS = {"number", "figure", "total", "count"}
_ESTIMATING = {"put", "place", "estimate"}


def _from_tally(token: Token) -> Attribution | None:
    """'The ministry put the death toll at 50', 'estimated the number of dead at 35', 'gave a
    toll of 50', 'recorded 14 more deaths': the subject gives the figure; the count and what it
    is put at are what is said."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in _TALLYING:
        return None
    if any(c.dep_ == "neg" for c in token.children):
        return None
    count = next((c for c in token.children if c.dep_ == "dobj" and _a_tally(c, token)), None)
    if count is None:
        return None
    at = next(
        (
            c
            for c in token.children
            if c.dep_ == "prep" and c.lower_ in {"at", "to"} and c.i > count.i
        ),
        None,
    )
    said = list(count.subtree) + (list(at.subtree) if at is not None else [])
    if not any(t.like_num for t in said):
        return None
    source_token = subject_of(token)
    own = any(c.dep_ == "nsubj" for c in token.children)
    if (token.dep_ in {"advcl", "acl", "xcomp", "pcomp"} and not own) or not _can_speak(
        source_token
    ):
        # 'The blast raised the toll to 50', '..., raising the toll to 50': no one gives it.
        return None
    assert source_token is not None
    source = trimmed_subtree(source_token)
    content = trim(said)
    said_ids = {t.i for t in content} | {t.i for t in source}
    return Attribution(
        cue=span_of([token]),
        cue_head=token.i,
        lemma=token.lemma_.lower(),
        kind=CueKind.VERB,
        stance=Stance.ASSERT,
        content=span_of(content),
        source=span_of(source),
        source_head=source_token.i,
        frame=tuple(t.i for t in token.subtree if t.i not in said_ids),
    )


def _can_speak(subject: Token | None) -> bool:
    if subject is None:
        return False
    return (
        subject.pos_ in {"PROPN", "PRON"}
        or subject.ent_type_ in {"PERSON", "ORG", "NORP", "GPE"}
        or subject.lemma_.lower() in SPEAKING_NOUNS
    )


def _a_tally(noun: Token, verb: Token) -> bool:
    """'the death toll', '14 deaths', 'the number of dead'; 'the number' where it is estimated
    ('put the number at 35'), not 'raised the number of troops to 5,000'."""
    lemma = noun.lemma_.lower()
    if lemma in _TALLIES:
        return True
    if lemma not in _COUNTS:
        return False
    if verb.lemma_.lower() in _ESTIMATING:
        return True
    of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    counted = next((c for c in of.children if c.dep_ == "pobj"), None) if of else None
    return counted is not None and counted.lemma_.lower() in _TALLIES


# --- quotations --------------------------------------------------------------------------------


def _with_quotes(doc: Doc, a: Attribution, quotes: Sequence[Quote]) -> Attribution:
    """Stretch the content over the quotations it cuts into, and mark direct quotations; a
    plain assertion stretched so is read again for its stance (the quotation may deny)."""
    start, end = a.content.start, a.content.end
    for q in quotes:
        if q.span.overlaps(a.content) and not q.span.overlaps(a.cue):
            start, end = min(start, q.span.start), max(end, q.span.end)
    content = Span(start, end)
    stance = a.stance
    if content != a.content and stance is Stance.ASSERT:
        words = doc.char_span(start, end, alignment_mode="expand")
        stance = refined_stance(stance, list(words)) if words is not None else stance
    quoted = quoted_share(content, tuple(quotes)) >= QUOTED_SHARE
    return replace(a, content=content, quoted=quoted, stance=stance)


def _attach_continuations(
    found: list[Attribution], quotes: Sequence[Quote], doc: Doc
) -> list[Attribution]:
    """A quotation with no cue of its own continues the statement just before it, quoted or
    paraphrased ('X said 12 soldiers were killed. “Four were officers.”'): PolNeAR's annotators
    read it so too (train, first 100 articles: content char F1 86.9 -> 87.5)."""
    text = doc_text(doc)
    by_end = sorted(range(len(found)), key=lambda k: found[k].content.end)
    result = list(found)
    for q in quotes:
        if any(q.span.overlaps(a.content) or q.span.overlaps(a.cue) for a in result):
            continue
        best: int | None = None
        for k in by_end:
            a = result[k]
            if a.content.end <= q.span.start:
                best = k
        if best is None:
            continue
        a = result[best]
        gap = Span(a.content.end, q.span.start)
        # The statement's own frame may lie between too ('..., X said on Sunday. “...”').
        frame = [Span(doc[i].idx, doc[i].idx + len(doc[i].text)) for i in a.frame]
        occupied = [a.cue, *frame] + ([a.source] if a.source else [])
        if _only_punctuation_outside(text, gap, occupied) and not any(
            b is not a and gap.overlaps(b.cue) for b in result
        ):
            result[best] = replace(a, content=Span(a.content.start, q.span.end))
    return result


def _only_punctuation_outside(text: str, gap: Span, occupied: Iterable[Span]) -> bool:
    spans = list(occupied)
    for i in range(gap.start, gap.end):
        ch = text[i]
        if ch.isspace() or not ch.isalnum():
            continue
        if not any(s.start <= i < s.end for s in spans):
            return False
    return True
