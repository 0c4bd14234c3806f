"""Finding attributions in a parsed text: who (source) says (cue) what (content).

Works on spaCy's dependency parse, with the reporting-verb lexicon and the quotation segmenter.
The patterns, in the words of news style:

- a reporting verb with a subject and a clause: "X said (on Sunday) (that) ...", "..., X said.",
  "“...,” he said, “...”" (the verb hangs off the quoted clause as parataxis);
- a reporting verb with an infinitive or an object: "X vowed to ...", "X asked Y to ...",
  "X accused Y of ...", "X rejected the allegation ...";
- a subject shared by a second verb: "X did not disclose ..., but say ...", "..., saying ...";
- "according to X, ...";
- a quotation that goes on in the next sentences or paragraphs belongs to the statement whose
  quotation it continues, when nothing but punctuation and that statement's own source and cue
  lie between them.

Nothing here knows about actors or articles: spans are character offsets into ``doc.text``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from sitrep.attribution.lexicon import Cue, Lexicon, lexicon
from sitrep.attribution.quotes import Quote, find_quotes, quoted_share
from sitrep.records import Span, Stance

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# A content that is at least this share quotation is a direct quotation.
QUOTED_SHARE = 0.6

_SUBJECTS = {"nsubj", "csubj"}
# Modifiers of a source that are set off by commas and are not part of its name.
_ASIDES = {"relcl", "acl", "appos", "advcl", "parataxis", "prep"}
# Relations through which a verb without a subject of its own shares its head's subject.
_SHARED_SUBJECT = {"conj", "xcomp", "advcl"}
_RELAY_VERBS = {"quote", "cite"}
_RELATIVE = {"who", "which", "that", "whom"}
# "a senior diplomat who asked not to be named": asking for anonymity is no statement.
_ANONYMITY = {"name", "identify"}


@dataclass(frozen=True, slots=True)
class Attribution:
    """One reported statement found in the text (character spans into the parsed text)."""

    cue: Span
    cue_head: int  # token index of the cue's head word
    lemma: str
    stance: Stance
    content: Span
    source: Span | None = None
    source_head: int | None = None  # token index of the source's head word
    via: Span | None = None  # "quoted by state news agency Azertac" -> the relaying agent
    addressee: Span | None = None  # "told state television": a possible relay, decided by caller
    quoted: bool = False
    negated: bool = False
    # Token indices of the frame (cue clause, not content): where the statement's date is said.
    frame: tuple[int, ...] = ()

    @property
    def evidence(self) -> Span:
        spans = [self.cue, self.content] + ([self.source] if self.source else [])
        return Span(min(s.start for s in spans), max(s.end for s in spans))


def extract_attributions(
    doc: Doc, *, lex: Lexicon | None = None, quotes: Sequence[Quote] | None = None
) -> list[Attribution]:
    """Every attribution in ``doc``, in text order."""
    lex = lex or lexicon()
    quotes = tuple(quotes) if quotes is not None else find_quotes(doc.text)
    found: list[Attribution] = []
    inside = _inside_quotations(doc, quotes)
    for token in doc:
        if token.i in inside:
            # "I think", "they say" inside a quotation belong to the quoted speaker's statement.
            continue
        attribution = _from_according(token) or _from_verb(token, lex, quotes)
        if attribution is not None:
            found.append(attribution)
    found = [_with_quotes(a, quotes) for a in found]
    found = _attach_continuations(found, quotes, doc)
    found.sort(key=lambda a: (a.cue.start, a.cue.end))
    return found


# --- verbs -------------------------------------------------------------------------------------


def _inside_quotations(doc: Doc, quotes: Sequence[Quote]) -> set[int]:
    """Indices of the tokens strictly inside a quotation (not its marks)."""
    inside: set[int] = set()
    for q in quotes:
        span = doc.char_span(q.span.start + 1, q.span.end - 1, alignment_mode="contract")
        if span is not None:
            inside.update(range(span.start, span.end))
    return inside


def _from_verb(verb: Token, lex: Lexicon, quotes: Sequence[Quote]) -> Attribution | None:
    if not verb.tag_.startswith("VB") or verb.dep_ in {"amod", "compound"}:
        return None
    if verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        # 'wants to say', 'agreed to discuss': the infinitive is the content of another cue.
        return None
    particle = next(
        (c for c in verb.children if c.dep_ in {"prt", "prep"} and c.i == verb.i + 1), None
    )
    entry = _lookup(verb, lex, particle.lower_ if particle is not None else None)
    if entry is None:
        return None
    if entry.particle is None:
        particle = None
    content = _content_of(verb, entry, particle)
    if not content and entry.stance is Stance.ASSERT:
        content = _adjacent_quotation(verb, quotes)
    if not content:
        return None
    if _ANONYMITY & {t.lemma_.lower() for t in content} and any(t.dep_ == "neg" for t in content):
        return None
    cue_tokens = [verb] + ([particle] if particle is not None else [])
    cue_tokens += [c for c in verb.children if c.dep_ in {"aux", "auxpass"} and c.i < verb.i]
    if verb.lemma_.lower() == "tell":
        cue_tokens += [c for c in verb.children if c.dep_ in {"dobj", "dative"} and c.i > verb.i]
    source_token = _subject_of(verb)
    source = _trimmed_subtree(source_token) if source_token is not None else None
    negated = any(c.dep_ == "neg" for c in verb.children)
    content_ids = {t.i for t in content}
    source_ids = {t.i for t in source} if source else set()
    frame = tuple(
        t.i for t in verb.subtree if t.i not in content_ids and t.i not in source_ids
    ) + tuple(_asides_of(source_token))
    via, addressee = _relay_of(verb, source_token)
    return Attribution(
        cue=_span_of(sorted(cue_tokens, key=lambda t: t.i)),
        cue_head=verb.i,
        lemma=verb.lemma_.lower() + (f" {particle.lower_}" if particle is not None else ""),
        stance=Stance.OTHER if negated else entry.stance,
        content=_span_of(content),
        source=_span_of(source) if source else None,
        source_head=source_token.i if source_token is not None else None,
        via=via,
        addressee=addressee,
        negated=negated,
        frame=frame,
    )


def _lookup(verb: Token, lex: Lexicon, particle: str | None) -> Cue | None:
    entry = lex.lookup(verb.lemma_.lower(), particle)
    if entry is None and verb.lower_.endswith(("s", "d", "ing")):
        # The lemmatizer's slips ('hopes' -> 'hop'): try the inflection stripped.
        word = verb.lower_
        for stem in (word[:-1], word[:-2], word[:-3], word[:-3] + "e"):
            entry = lex.lookup(stem, particle)
            if entry is not None:
                break
    return entry


def _content_of(verb: Token, entry: Cue, particle: Token | None) -> list[Token]:
    children = list(verb.children)
    if particle is not None and particle.dep_ == "prep":
        obj = next((c for c in particle.children if c.dep_ in {"pobj", "pcomp"}), None)
        if obj is not None:
            return _trim(list(obj.subtree))
    clause = next((c for c in children if c.dep_ == "ccomp"), None)
    if clause is not None:
        return _trim(list(clause.subtree))
    infinitive = next((c for c in children if c.dep_ == "xcomp"), None)
    obj = next((c for c in children if c.dep_ in {"dobj", "dative"}), None)
    if infinitive is not None and any(
        t.dep_ == "aux" and t.lower_ == "to" for t in infinitive.children
    ):
        start = obj if obj is not None and obj.i < infinitive.i and verb.lemma_ != "tell" else None
        tokens = list(infinitive.subtree)
        if start is not None:
            tokens = list(verb.doc[start.left_edge.i : infinitive.right_edge.i + 1])
        return _trim(tokens)
    if obj is not None and obj.dep_ == "dobj":
        # "X called Y 'a disgrace'": the object and what it is called.
        predicate = next(
            (c for c in children if c.dep_ in {"oprd", "xcomp", "ccomp"} and c.i > obj.i), None
        )
        if predicate is not None:
            return _trim(list(verb.doc[obj.left_edge.i : predicate.right_edge.i + 1]))
        grounds = next(
            (
                c
                for c in children
                if c.dep_ == "prep" and c.lower_ in {"of", "for", "with", "over"} and c.i > obj.i
            ),
            None,
        )
        if grounds is not None and entry.stance in {Stance.ACCUSE, Stance.APPEAL}:
            return _trim(list(verb.doc[obj.left_edge.i : grounds.right_edge.i + 1]))
        if entry.object_is_content:
            return _trim(list(obj.subtree))
    if verb.dep_ == "parataxis" and verb.head.i != verb.i:
        own = {t.i for t in verb.subtree}
        return _trim([t for t in verb.head.subtree if t.i not in own])
    return []


def _adjacent_quotation(verb: Token, quotes: Sequence[Quote]) -> list[Token]:
    """'“...,” he said.' or 'he said: “...”' where the parse did not link the quotation."""
    doc = verb.doc
    clause = list(verb.subtree)
    start, end = clause[0].idx, clause[-1].idx + len(clause[-1].text)
    text = doc.text
    for q in quotes:
        before = text[q.span.end : start] if q.span.end <= start else None
        after = text[end : q.span.start] if q.span.start >= end else None
        for gap in (before, after):
            if gap is not None and len(gap) < 4 and not any(ch.isalnum() for ch in gap):
                return list(doc.char_span(q.span.start, q.span.end, alignment_mode="expand") or [])
    return []


def _subject_of(verb: Token) -> Token | None:
    seen = 0
    while seen < 4:
        subject = next((c for c in verb.children if c.dep_ in _SUBJECTS), None)
        if subject is not None:
            return subject
        passive = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        agent = next((c for c in verb.children if c.dep_ == "agent"), None)
        if agent is not None:
            return next((c for c in agent.children if c.dep_ == "pobj"), None)
        if passive is not None:
            return None
        if verb.dep_ == "acl" and verb.head.pos_ in {"NOUN", "PROPN", "PRON"}:
            return verb.head
        if verb.dep_ not in _SHARED_SUBJECT or verb.head.i == verb.i:
            return None
        verb = verb.head
        seen += 1
    return None


def _relay_of(verb: Token, source: Token | None) -> tuple[Span | None, Span | None]:
    """'X, quoted by agency Y, said' / 'said in an interview with Y' -> Y; 'told Y' -> addressee."""
    via: Span | None = None
    candidates = list(verb.children) + (list(source.children) if source is not None else [])
    for c in candidates:
        if c.lemma_.lower() in _RELAY_VERBS and c.dep_ in {"acl", "advcl"}:
            agent = next((a for a in c.children if a.dep_ == "agent"), None)
            if agent is not None:
                tokens = [t for t in c.subtree if t.i > agent.i]
                via = _span_of(_trim(tokens)) if tokens else None
        elif c.dep_ == "prep" and c.lower_ == "in":
            for noun in c.children:
                if noun.lemma_.lower() in {"interview", "statement"}:
                    for w in noun.children:
                        if w.dep_ == "prep" and w.lower_ in {"with", "to"}:
                            tokens = [t for t in w.subtree if t.i != w.i]
                            via = _span_of(_trim(tokens)) if tokens else via
    addressee = None
    if verb.lemma_.lower() == "tell":
        obj = next((c for c in verb.children if c.dep_ in {"dobj", "dative"}), None)
        if obj is not None:
            addressee = _span_of(list(obj.subtree))
    return via, addressee


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
    source = _trimmed_subtree(source_token)
    head = token.head
    phrase = {t.i for t in token.subtree}
    if head.i == token.i:
        # A fragment: "According to X." with the content in what follows; skip.
        return None
    content = _trim([t for t in head.subtree if t.i not in phrase and t.dep_ != "cc"])
    if not content:
        return None
    return Attribution(
        cue=_span_of([token, to]),
        cue_head=token.i,
        lemma="according to",
        stance=Stance.ASSERT,
        content=_span_of(content),
        source=_span_of(source),
        source_head=source_token.i,
        frame=tuple(sorted(phrase - {t.i for t in source})),
    )


# --- quotations --------------------------------------------------------------------------------


def _with_quotes(a: Attribution, quotes: Sequence[Quote]) -> Attribution:
    """Stretch the content over the quotations it cuts into, and mark direct quotations."""
    start, end = a.content.start, a.content.end
    for q in quotes:
        if q.span.overlaps(a.content) and not q.span.overlaps(a.cue):
            start, end = min(start, q.span.start), max(end, q.span.end)
    content = Span(start, end)
    return replace(a, content=content, quoted=quoted_share(content, tuple(quotes)) >= QUOTED_SHARE)


def _attach_continuations(
    found: list[Attribution], quotes: Sequence[Quote], doc: Doc
) -> list[Attribution]:
    """A quotation with no cue of its own continues the quoted statement just before it."""
    text = doc.text
    by_end = sorted(range(len(found)), key=lambda k: found[k].content.end)
    result = list(found)
    for q in quotes:
        if any(q.span.overlaps(a.content) or q.span.overlaps(a.cue) for a in result):
            continue
        best: int | None = None
        for k in by_end:
            a = result[k]
            if a.quoted and a.content.end <= q.span.start:
                best = k
        if best is None:
            continue
        a = result[best]
        gap = Span(a.content.end, q.span.start)
        occupied = [a.cue] + ([a.source] if a.source else [])
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


# --- helpers -----------------------------------------------------------------------------------


def _trimmed_subtree(head: Token) -> list[Token]:
    """The words naming a source, without comma-delimited asides ('Aliyev, quoted by ..., said')."""
    drop: set[int] = set()
    doc = head.doc
    for child in head.children:
        if child.dep_ in _ASIDES and child.i > head.i:
            left = child.left_edge.i
            if left > 0 and doc[left - 1].text in {",", "(", "—", "–"}:
                drop.update(t.i for t in child.subtree)
                drop.add(left - 1)
        elif child.dep_ == "punct" and child.i > head.i:
            drop.add(child.i)
    tokens = [t for t in head.subtree if t.i not in drop]
    # Keep the contiguous run around the head only.
    run = [head]
    ids = {t.i for t in tokens}
    i = head.i - 1
    while i in ids:
        run.insert(0, doc[i])
        i -= 1
    i = head.i + 1
    while i in ids:
        run.append(doc[i])
        i += 1
    return _trim(run)


def _asides_of(source: Token | None) -> list[int]:
    if source is None:
        return []
    return [t.i for c in source.children if c.dep_ in _ASIDES and c.i > source.i for t in c.subtree]


def _trim(tokens: list[Token]) -> list[Token]:
    """Drop punctuation (but not quotation marks) and conjunctions at both ends."""
    tokens = sorted(tokens, key=lambda t: t.i)

    def loose(t: Token) -> bool:
        return (t.is_punct and not t.is_quote) or t.is_space or t.dep_ == "cc"

    while tokens and loose(tokens[0]):
        tokens.pop(0)
    while tokens and loose(tokens[-1]):
        tokens.pop()
    return tokens


def _span_of(tokens: Sequence[Token]) -> Span:
    return Span(min(t.idx for t in tokens), max(t.idx + len(t.text) for t in tokens))


def relative_antecedent(token: Token) -> Token:
    """'officials who said' -> 'officials': the noun a relative pronoun stands for."""
    if token.lower_ in _RELATIVE and token.head.dep_ == "relcl":
        return token.head.head
    return token
