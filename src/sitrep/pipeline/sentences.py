"""Stage sentences.v1: tokens, sentences, tags, parse and generic NER from spaCy.

Lines in Title Case or in capitals are parsed from a recased copy (see
:mod:`sitrep.pipeline.casing`); the Doc handed on always holds the article's own characters.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, ClassVar

from sitrep import nlp
from sitrep.errors import SitrepError
from sitrep.pipeline import casing
from sitrep.pipeline.base import Document, Parse
from sitrep.records import Sentence, Span

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc


def sentences_of(doc: Doc) -> tuple[Sentence, ...]:
    """Sentence records from a parsed doc, trimmed of surrounding white space."""
    out: list[Sentence] = []
    text = doc.text
    for sent in doc.sents:
        start, end = sent.start_char, sent.end_char
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            out.append(Sentence(index=len(out), span=Span(start, end)))
    return tuple(out)


class SentencesStage:
    name: ClassVar[str] = "sentences.v1"
    provides: ClassVar[str] = "parse"
    requires: ClassVar[tuple[str, ...]] = ()

    def __call__(self, doc: Document) -> Parse:
        language, label = nlp.load()
        if len(doc.text) > language.max_length:
            # Readers refuse long texts long before this; an Article built by hand may not.
            raise SitrepError(
                f"too long to parse: {len(doc.text):,} characters "
                f"(the parser's limit is {language.max_length:,})"
            )
        text = doc.text
        copy = casing.recased(text, language)
        parsed = language(copy)
        if copy is not text:
            parsed = casing.restore(parsed, text)
        return Parse(doc=parsed, sentences=sentences_of(parsed), model=label)

    def parse_many(self, texts: Iterable[str], *, batch_size: int = 16) -> Iterator[Parse]:
        """Parse many texts with spaCy's batching (faster than one call per text)."""
        language, label = nlp.load()
        pending: deque[tuple[str, str]] = deque()
        copies = _copies(texts, language, pending, batch_size)
        for parsed in language.pipe(copies, batch_size=batch_size):
            text, copy = pending.popleft()
            if copy is not text:
                parsed = casing.restore(parsed, text)
            yield Parse(doc=parsed, sentences=sentences_of(parsed), model=label)


def _copies(
    texts: Iterable[str], language: Language, pending: deque[tuple[str, str]], batch_size: int
) -> Iterator[str]:
    """Each text as the parser should read it; the pair waits in ``pending`` (spaCy reads ahead)."""
    for text, copy in casing.recased_many(texts, language, batch_size=batch_size):
        pending.append((text, copy))
        yield copy
