"""Reporting verbs the tagger took for nouns: '“...,” Bozell answers.', 'a charge the Taliban deny'.

After a quotation, a name and a present-tense reporting verb that ends the sentence ('Amiri
notes', 'Bozell answers') read to the tagger like a compound noun ('Bozell answers' as 'the
Bozell answers'). The word is a cue when, taken as a verb, it is in the reporting-verb lexicon,
it closes its sentence (a comma or a full stop after it), and only the speaker's name lies
between it and the end of the quotation; the quotation is what was said.

In a relative clause on a noun ('a charge the Taliban deny'), the name and the verb read as a
noun phrase too; the name speaks and the noun is what is answered.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from sitrep.attribution.base import Attribution, on_first_line, span_of, trim
from sitrep.attribution.lexicon import Cue, Lexicon
from sitrep.attribution.quotes import Quote
from sitrep.attribution.stance import refined_stance
from sitrep.attribution.verb_sources import apposed_charge

if TYPE_CHECKING:
    from spacy.tokens import Token

# Words that may stand in a speaker's name: 'Bozell', 'the aide', 'Senator Smith'.
_NAME_TAGS = {"NNP", "NNPS", "NN", "DT", "PRP"}


def from_mistagged_verb(word: Token, lex: Lexicon, quotes: Sequence[Quote]) -> Attribution | None:
    if word.pos_ == "VERB":
        return _charge_taken_for_modifier(word, lex)
    if word.tag_ in {"NNS", "NN"} and word.dep_ == "relcl":
        relative = _relative_on_a_charge(word, lex)
        if relative is not None:
            return relative
    if word.tag_ not in {"NNS", "NN"} or not word.lower_.endswith("s"):
        return None
    entry = _as_verb(word.lower_, lex)
    if entry is None:
        return None
    headline = _headline_verb(word, entry)
    if headline is not None:
        return headline
    doc = word.doc
    following = doc[word.i + 1] if word.i + 1 < len(doc) else None
    if following is not None and following.text not in {".", ","}:
        return None
    k = word.i - 1
    while k >= 0 and doc[k].tag_ in _NAME_TAGS and not doc[k].is_quote:
        k -= 1
    name = list(doc[k + 1 : word.i])
    if not name or k < 0 or not doc[k].is_quote or not any(t.pos_ == "PROPN" for t in name):
        return None
    quote_end = doc[k].idx + len(doc[k].text)
    quotation = next((q for q in quotes if q.span.end == quote_end), None)
    if quotation is None:
        return None
    content = doc.char_span(quotation.span.start, quotation.span.end, alignment_mode="expand")
    if content is None:
        return None
    return Attribution(
        cue=span_of([word]),
        cue_head=word.i,
        lemma=entry.lemma,
        stance=refined_stance(entry.stance, list(content)),
        content=quotation.span,
        source=span_of(name),
        source_head=name[-1].i,
        quoted=True,
    )


# What may stand in a headline's subject before its verb: 'Sudan paramilitary', 'Rebels'.
_HEADLINE_SUBJECT_TAGS = frozenset({"NNP", "NNPS", "NN", "NNS", "JJ"})


def _headline_verb(word: Token, entry: Cue) -> Attribution | None:
    """'Sudan paramilitary disputes toll from market shelling': in a headline (the text's first
    line, with no closing punctuation) the tagger read the verb as a plural noun inside one
    long noun phrase. Its subject is the name before it (at least one proper noun, nothing
    but nouns and adjectives), what it says the words after it."""
    sent = word.sent
    doc = word.doc
    if sent.start != 0 or not on_first_line(doc.text, sent.end_char):
        return None
    if sent.text.rstrip().endswith((".", "?", "!", '"', "”", ":")):
        return None
    source = list(doc[sent.start : word.i])
    if (
        not source
        or len(source) > 4
        or not all(t.tag_ in _HEADLINE_SUBJECT_TAGS for t in source)
        or not any(t.pos_ == "PROPN" or t.ent_type_ for t in source)
    ):
        return None
    content = trim(list(doc[word.i + 1 : sent.end]))
    if not content or not any(t.pos_ in {"NOUN", "PROPN"} for t in content):
        return None
    # a headline's noun phrase ends in its head: 'Sudan paramilitary', 'Kyiv'
    name = source[-1]
    return Attribution(
        cue=span_of([word]),
        cue_head=word.i,
        lemma=entry.lemma,
        stance=refined_stance(entry.stance, content),
        content=span_of(content),
        source=span_of(source),
        source_head=name.i,
    )


def _as_verb(form: str, lex: Lexicon) -> Cue | None:
    """The lexicon entry of a present-tense form ('notes', 'answers', 'stresses')."""
    for stem in (form[:-1], form[:-2]):
        entry = lex.verbs.get(stem)
        if entry is not None:
            return entry
    return None


def _charge_taken_for_modifier(word: Token, lex: Lexicon) -> Attribution | None:
    """', a charge Kigali denies': the parse read the noun and the name as modifiers of the
    verb (see :func:`apposed_charge`). The name speaks; the noun is what is answered."""
    entry = lex.verbs.get(word.lemma_.lower())
    found = apposed_charge(word)
    if entry is None or found is None:
        return None
    noun, name = found
    doc = word.doc
    first = noun.i
    while first > 0 and doc[first - 1].text != ",":
        first -= 1
    content = trim(list(doc[first : noun.i + 1]))
    return _answering(word, entry, content, [name], name) if content else None


def _relative_on_a_charge(word: Token, lex: Lexicon) -> Attribution | None:
    """'a charge the Taliban deny': the tagger read 'the Taliban deny' as a noun phrase (the
    verb its head, the name a compound) in a relative clause on the noun that names what is
    said. The name right before the word speaks; the noun before it is what is answered."""
    entry = lex.verbs.get(word.lower_) or _as_verb(word.lower_, lex)
    noun = word.head
    if entry is None or noun.pos_ != "NOUN" or noun.i > word.i or word.i == 0:
        return None
    doc = word.doc
    name = doc[word.i - 1]
    if name.dep_ != "compound" or name.head.i != word.i or name.pos_ != "PROPN":
        return None
    source = [t for t in word.subtree if t.i < word.i and t.dep_ != "det"]
    content = trim([t for t in noun.subtree if t.i < word.left_edge.i])
    if not content or not source:
        return None
    return _answering(word, entry, content, source, name)


def _answering(
    word: Token, entry: Cue, content: list[Token], source: list[Token], name: Token
) -> Attribution:
    """The statement of a verb the parse took for part of a noun phrase, answering the noun
    (``content``) that names what was said."""
    return Attribution(
        cue=span_of([word]),
        cue_head=word.i,
        lemma=entry.lemma,
        stance=entry.stance,
        content=span_of(content),
        source=span_of(source),
        source_head=name.i,
    )
