"""Finding attributions in a parsed text: who (source) says (cue) what (content).

Works on spaCy's dependency parse, with the reporting-verb lexicon and the quotation segmenter.
Verb cues are in :mod:`sitrep.attribution.verbs`, nouns and attitudes in
:mod:`sitrep.attribution.frames`, headlines in :mod:`sitrep.attribution.headlines`, phrases
('according to', 'reportedly', tallies) in :mod:`sitrep.attribution.phrases`; this module runs
them over the text and settles quotations.
The patterns, in the words of news style:

- a reporting verb with a subject and a clause: "X said (on Sunday) (that) ...", "..., X said.",
  "“...,” he said, “...”" (the verb hangs off the quoted clause as parataxis);
- a reporting verb with an infinitive or an object: "X vowed to ...", "X asked Y to ...",
  "X accused Y of ...", "X rejected the allegation ...";
- a subject shared by a second verb: "X did not disclose ..., but say ...", "..., saying ...";
- "according to X, ...", "in X's view, ...", "in the words of X, ..."; "reportedly" (no source);
- "X said: ...", "as X noted, ...", "X said so", "X spoke about ...", "X warned of ...";
- nouns and attitude adjectives (:mod:`sitrep.attribution.frames`), headline colons and dashes
  (:mod:`sitrep.attribution.headlines`), quotations signed with a dash and a name
  (:mod:`sitrep.attribution.signed`);
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
    DOCUMENTS,
    Attribution,
    CueKind,
    relative_antecedent,
    span_of,
    trim,
)
from sitrep.attribution.frames import from_adjective, from_noun
from sitrep.attribution.headlines import (
    from_colon_quotations,
    from_headline_colons,
    from_headline_dashes,
    from_interview_answers,
    labels_a_speaker,
)
from sitrep.attribution.lexicon import Lexicon, lexicon
from sitrep.attribution.mistagged import from_mistagged_verb
from sitrep.attribution.nesting import end_before_side_statements
from sitrep.attribution.phrases import (
    from_according,
    from_hearsay,
    from_in_poll,
    from_in_view,
    from_tally,
    from_to_whom,
)
from sitrep.attribution.predicates import from_copular_noun
from sitrep.attribution.quotes import CLOSING, STRAIGHT, Quote, find_quotes, quoted_share
from sitrep.attribution.signed import from_signed_quotations
from sitrep.attribution.stance import refined_stance
from sitrep.attribution.verbs import from_verb
from sitrep.events.place import doc_text
from sitrep.records import Span, Stance

__all__ = ["Attribution", "extract_attributions", "relative_antecedent"]

if TYPE_CHECKING:
    from spacy.tokens import Doc

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
            from_according(token)
            or from_in_view(token)
            or from_to_whom(token)
            or from_in_poll(token)
            or from_hearsay(token)
            or from_tally(token)
            or from_verb(token, lex, quotes)
            or from_mistagged_verb(token, lex, quotes)
            or from_noun(token, lex)
            or from_copular_noun(token, lex)
            or from_adjective(token, lex)
        )
        if attribution is not None:
            found.append(attribution)
            taken.add(attribution.cue_head)
    headlines = from_headline_colons(doc) + from_headline_dashes(doc)
    # A transcript quoted paragraph by paragraph ('"PENCE: Well, ...') opens each quotation
    # with its speaker's label.
    headlines = [a for a in headlines if a.cue_head not in inside or labels_a_speaker(doc, a)]
    # 'Said the mayor: ...': a verb before its speaker that the verb rules have read already,
    # as the cue or inside the words before the colon.
    headlines = [
        a
        for a in headlines
        if a.cue_head not in taken
        and not (
            a.source is not None and any(a.source.start <= doc[i].idx < a.source.end for i in taken)
        )
    ]
    # 'Varga: Farmers Will Say No to the Deal': a cue in a headline's content is part of what
    # the headline's source says; its content cannot reach back over the headline's colon.
    found = [a for a in found if not any(a.content.contains(h.cue) for h in headlines)]
    found += headlines
    found += from_interview_answers(doc)
    found += from_colon_quotations(doc, quotes, found)
    found += from_signed_quotations(doc, quotes, found)
    found = end_before_side_statements(doc, found)
    found = [b for a in found if (b := _without_borrowed_quotation(doc, a, found)) is not None]
    found = [a for a in found if not _issues_what_another_says(doc, a, found)]
    found = [_with_quotes(doc, a, quotes) for a in found]
    found = [_with_opening_part(doc, a, quotes, found) for a in found]
    found = [_without_linking_adverbial(doc, _before_own_cue(doc, a)) for a in found]
    found = _attach_continuations(found, quotes, doc)
    found = [a for a in found if not _attitude_inside_statement(a, found)]
    found.sort(key=lambda a: (a.cue.start, a.cue.end))
    return found


# --- where statements are ------------------------------------------------------------------------


# Words that link a sentence to the one before, not part of what anyone says: "Separately, a
# bomb killed two people, the police said".
_LINKING_ADVERBS = frozenset(
    {
        "separately",
        "meanwhile",
        "however",
        "moreover",
        "furthermore",
        "additionally",
        "nevertheless",
        "nonetheless",
        "besides",
    }
)


def _before_own_cue(doc: Doc, a: Attribution) -> Attribution:
    """ "Strike kills 23, activists say; RSF denies involvement": a content that holds its own
    cue and runs on past a semicolon after it (the parser hung the cue on the next clause) is
    what comes before the cue's source."""
    if not (a.content.contains(a.cue) and a.content.start < a.cue.start):
        return a
    tail = doc.text[a.cue.end : a.content.end]
    if ";" not in tail:
        return a
    end = a.source.start if a.source is not None and a.source.start < a.cue.start else a.cue.start
    words = doc.char_span(a.content.start, end, alignment_mode="contract")
    if words is None:
        return a
    kept = trim(list(words))
    if not kept:
        return a
    return replace(a, content=Span(kept[0].idx, kept[-1].idx + len(kept[-1].text)))


def _without_linking_adverbial(doc: Doc, a: Attribution) -> Attribution:
    """A content that opens with a linking adverb and its comma ("Separately, ...") starts after
    them, unless the content is a quotation (the speaker's own words)."""
    content = doc.char_span(a.content.start, a.content.end, alignment_mode="expand")
    if content is None or len(content) < 4 or a.quoted:
        return a
    first = content[0]
    if first.lower_ not in _LINKING_ADVERBS or content[1].text != ",":
        return a
    rest = content[2]
    return replace(a, content=Span(rest.idx, a.content.end))


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
    if a.kind is CueKind.HEADLINE:
        # 'Clinton: Trump's view is 'wrong'': what follows a headline's colon is its own, even
        # where the parser makes the name a sentence of its own.
        return a
    cue = doc.char_span(a.cue.start, a.cue.end, alignment_mode="expand")
    content = doc.char_span(a.content.start, a.content.end, alignment_mode="expand")
    if cue is None or content is None or not (content[0].is_quote or content[-1].is_quote):
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


def _issues_what_another_says(doc: Doc, a: Attribution, found: Sequence[Attribution]) -> bool:
    """'The ministry released a statement on Monday, saying ...', 'posted a video showing ...':
    the document is how the statement was made; the participle after it says what it says, and
    'released' has no content of its own besides the document."""
    if a.kind is not CueKind.VERB:
        return False
    content = doc.char_span(a.content.start, a.content.end, alignment_mode="expand")
    if content is None or content.root.lemma_.lower() not in DOCUMENTS:
        return False
    document, verb = content.root, doc[a.cue_head]
    for b in found:
        said = doc[b.cue_head]
        if b is a or b.kind is not CueKind.VERB or said.tag_ != "VBG" or b.source != a.source:
            continue
        if (said.head.i == document.i and said.dep_ == "acl") or (
            said.head.i == verb.i and said.dep_ in {"advcl", "xcomp", "conj"}
        ):
            return True
    return False


def _attitude_inside_statement(a: Attribution, found: Sequence[Attribution]) -> bool:
    """'She said she wanted ...': the wish is part of what she said, not a second attribution."""
    if a.stance is not Stance.OTHER and a.kind not in {CueKind.NOUN, CueKind.ADJECTIVE}:
        return False
    if a.kind is CueKind.NOUN and a.source is not None and a.stance is not Stance.OTHER:
        # "X's report that the ministry said ... was denied": kept, for the claims stage reads
        # the relay off it (it makes no claim of its own there).
        return False
    return any(b is not a and b.content.contains(a.cue) for b in found)


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
    quoted = _quoted_outside_frame(content, a, quotes) >= QUOTED_SHARE
    return replace(a, content=content, quoted=quoted, stance=stance)


def _quoted_outside_frame(content: Span, a: Attribution, quotes: Sequence[Quote]) -> float:
    """The quoted share of ``content`` leaving out the speaker and cue it wraps round: '"The
    road," the minister said, "is open again."' is all quotation but for its frame."""
    share = quoted_share(content, tuple(quotes))
    frame = [s for s in (a.source, a.cue) if s is not None and content.contains(s)]
    if not frame:
        return share
    inside = share * (content.end - content.start)
    left = (content.end - content.start) - sum(s.end - s.start for s in frame)
    return inside / left if left > 0 else share


def _with_opening_part(
    doc: Doc, a: Attribution, quotes: Sequence[Quote], found: Sequence[Attribution]
) -> Attribution:
    """'"The trucks," said the official, "were stopped."': the parse takes only the quotation
    after the cue as its clause; the quotation that breaks off with a comma just before the cue
    and its speaker is the first part of the same statement."""
    if not a.quoted or a.cue.start >= a.content.start:
        return a
    second = next((q for q in quotes if q.span.start == a.content.start), None)
    if second is None:
        return a
    text = doc_text(doc)
    speaker = [a.cue] + ([a.source] if a.source is not None else [])
    begin = min(s.start for s in speaker)
    # the frame tokens between the cue and the quotation after it ('said on Monday')
    frame = [Span(doc[i].idx, doc[i].idx + len(doc[i].text)) for i in a.frame]
    occupied = speaker + [f for f in frame if begin <= f.start < second.span.start]
    first = next((q for q in reversed(quotes) if q.span.end <= begin), None)
    if first is None or not _only_punctuation_outside(
        text, Span(first.span.end, second.span.start), occupied
    ):
        return a
    words = text[first.span.start : first.span.end].rstrip(CLOSING + STRAIGHT + " ")
    after = text[first.span.end : begin].strip()
    # no other statement in the first part, nor another cue up to the second
    # ('"...," said X, who is expected to ..., "..."')
    between = Span(first.span.start, second.span.start)
    if not (words.endswith(",") or after.startswith(",")) or any(
        b is not a and (first.span.overlaps(b.content) or between.overlaps(b.cue)) for b in found
    ):
        return a
    content = Span(first.span.start, a.content.end)
    quoted = _quoted_outside_frame(content, a, quotes) >= QUOTED_SHARE
    # the first part's words are content, not frame (the parse hangs them on the cue)
    kept = tuple(i for i in a.frame if not first.span.start <= doc[i].idx < first.span.end)
    return replace(a, content=content, quoted=quoted, frame=kept)


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
