"""Ordinary English words that a capital letter makes look like names.

"Artillery fire struck ...": a sentence opens with a noun, and GeoNames knows a hamlet answering to
"Artillery". A capitalised word is an ordinary word when WordNet (the lemmatizer's index, shipped
with the spaCy pipeline) lists it as a noun or adjective *and* the tagger, reading the sentence with
that word in lower case, calls it one. WordNet alone is not enough: it also lists "paris" and
"fargo"; the tagger, in context, tells "artillery fire" from "fargo police".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Token

__all__ = ["english_adjective", "english_word", "mere_adjective", "ordinary_word"]

_TAGGING = ("tok2vec", "tagger", "attribute_ruler")
_WORD_CLASSES = ("noun", "adj")


def _dictionary(nlp: Language, classes: tuple[str, ...] = _WORD_CLASSES) -> frozenset[str]:
    """The words of these classes (default: nouns and adjectives) in the pipeline's lemma index
    (empty without a lemmatizer)."""
    from sitrep.nlp import lemma_index_words

    return lemma_index_words(nlp, classes)


def _nlp() -> Language:
    from sitrep.nlp import load

    return load()[0]


def ordinary_word(tok: Token, nlp: Language | None = None) -> bool:
    """True when a capitalised word is an English noun or adjective in this sentence."""
    lower = tok.lower_
    if not tok.is_alpha or tok.text == lower or not tok.text[:1].isupper():
        return False
    pipeline = nlp if nlp is not None else _nlp()
    if lower not in _dictionary(pipeline):
        return False
    if not all(name in pipeline.pipe_names for name in _TAGGING):
        return True  # no tagger to ask: the dictionary is the best evidence there is
    sent = tok.sent
    words = [t.lower_ if t.i == tok.i else t.text for t in sent]
    spaces = [bool(t.whitespace_) for t in sent]
    relowered = Doc(pipeline.vocab, words=words, spaces=spaces)
    for name in _TAGGING:
        relowered = pipeline.get_pipe(name)(relowered)
    return relowered[tok.i - sent.start].pos_ in ("NOUN", "ADJ")


def english_word(text: str, nlp: Language | None = None) -> bool:
    """True when a single word is an English noun or adjective in the dictionary, any case.

    For spellings the gazetteer lacks: 'Artillery' is not a variant of 'Artillerie'.
    """
    lower = text.lower()
    return lower.isalpha() and lower in _dictionary(nlp if nlp is not None else _nlp())


def english_adjective(text: str, nlp: Language | None = None) -> bool:
    """True when a single word is an English adjective in the dictionary, any case.

    Narrower than :func:`english_word`: WordNet lists many towns as nouns ('gainesville',
    'carthage') but adjectives are words ('federal', 'superior', 'western').
    """
    lower = text.lower()
    return lower.isalpha() and lower in _dictionary(nlp if nlp is not None else _nlp(), ("adj",))


def mere_adjective(text: str, nlp: Language | None = None) -> bool:
    """True for an English adjective that the dictionary never lists as a noun ('olympic'):
    'Pacific', 'Atlantic', 'Mediterranean' are nouns too, the names of seas."""
    pipeline = nlp if nlp is not None else _nlp()
    lower = text.lower()
    return english_adjective(text, pipeline) and lower not in _dictionary(pipeline, ("noun",))
