"""The recased copy, and the Doc over the article's own characters made from its parse."""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, cast

from spacy.attrs import (
    DEP,
    ENT_IOB,
    ENT_KB_ID,
    ENT_TYPE,
    HEAD,
    LEMMA,
    MORPH,
    NORM,
    POS,
    SENT_START,
    TAG,
)
from spacy.tokens import Doc

from sitrep.errors import SitrepError
from sitrep.pipeline.casing.lines import WORD, Line, Shout, lower, one_for_one, shouted_lines
from sitrep.pipeline.casing.names import (
    Evidence,
    Stops,
    Unread,
    abbreviations,
    known_names,
    name_form,
)

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Token
    from thinc.types import Ints2d

_APOSTROPHES = "'’"
# spaCy reads the lower-cased lines for their tags and entities; the parse tree is not needed.
_NOT_NEEDED = ("parser", "lemmatizer")
# Where a restored Doc keeps the copy it was parsed from (its own, per-document dictionary).
_READ_AS = "sitrep.casing.read_as"
_UNPARSED = (TAG, POS, MORPH, LEMMA, NORM, ENT_IOB, ENT_TYPE, ENT_KB_ID)
_KEPT = (*_UNPARSED, HEAD, DEP)


def recased(text: str, language: Language) -> str:
    """``text`` with its shouted lines in ordinary case, the same length; ``text`` itself (the same
    object) when no line shouts."""
    ((_, copy),) = recased_many([text], language)
    return copy


def recased_many(
    texts: Iterable[str], language: Language, *, batch_size: int = 16
) -> Iterator[tuple[str, str]]:
    """(text, its recased copy) for each text, in order; spaCy reads the shouted lines of a batch
    of texts at once."""
    batch: list[str] = []
    for text in texts:
        batch.append(text)
        if len(batch) == batch_size:
            yield from _recase_batch(batch, language)
            batch = []
    if batch:
        yield from _recase_batch(batch, language)


def _recase_batch(texts: list[str], language: Language) -> Iterator[tuple[str, str]]:
    stops = Stops(abbreviations(language))
    shouted = [shouted_lines(text) for text in texts]
    evidence = [
        Evidence.of(t, lines, stops) if lines else None
        for t, lines in zip(texts, shouted, strict=True)
    ]
    # Most words are settled by the article itself; spaCy reads only the articles that still
    # have words to judge, its shouted lines in lower case, blank lines keeping them apart.
    copies = [
        _recase(text, lines, None, ev, language, stops) if ev is not None else text
        for text, lines, ev in zip(texts, shouted, evidence, strict=True)
    ]
    unread = [
        (i, ev)
        for i, (copy, ev) in enumerate(zip(copies, evidence, strict=True))
        if copy is None and ev is not None
    ]
    readings = language.pipe(
        ("\n\n".join(lower(texts[i][ln.start : ln.end]) for ln in shouted[i]) for i, _ in unread),
        disable=list(_NOT_NEEDED),
    )
    for (i, ev), reading in zip(unread, readings, strict=True):
        copies[i] = _recase(texts[i], shouted[i], reading, ev, language, stops)
    for text, copy in zip(texts, copies, strict=True):
        yield text, copy if copy is not None else text


def _recase(
    text: str,
    lines: tuple[Line, ...],
    reading: Doc | None,
    evidence: Evidence,
    language: Language,
    stops: Stops,
) -> str | None:
    """The recased text; None when ``reading`` is None and some word needs it."""
    chars = list(text)
    offset = 0
    for line in lines:
        length = line.end - line.start
        tokens = _tokens_by_char(reading, offset, length) if reading is not None else None
        try:
            _recase_line(chars, text, line, tokens, evidence, language, stops)
        except Unread:
            return None
        offset += length + 2
    out = "".join(chars)
    if len(out) != len(text):  # a guard on the invariant every offset relies on
        raise SitrepError("casing repair changed the text's length")
    return out if out != text else text


def restore(parsed: Doc, text: str) -> Doc:
    """A Doc over ``text`` (the original characters) carrying the analysis made of its recased
    copy ``parsed``: tags, lemmas, the tree, sentences and entities; same tokens, same offsets."""
    words = [text[t.idx : t.idx + len(t.text)] for t in parsed]
    spaces = [bool(t.whitespace_) for t in parsed]
    doc = Doc(parsed.vocab, words=words, spaces=spaces)
    # Sentence boundaries come back with the tree (HEAD and DEP), as the parser drew them; a
    # pipeline without a parser drew them alone.
    kept = _KEPT if parsed.has_annotation("DEP") else (*_UNPARSED, SENT_START)
    analysis = cast("Ints2d", parsed.to_array(list(kept)))
    doc.from_array(list(kept), analysis)
    doc.tensor = parsed.tensor
    doc.user_data[_READ_AS] = parsed.text
    return doc


def read_as(doc: Doc) -> str:
    """The text the parser read: the recased copy when the document shouted, else its own text.

    For rules that look at capitals ('a name is capitalised'): in a headline in Title Case every
    word is, in the copy only names are. Offsets are the same in both.
    """
    copy = doc.user_data.get(_READ_AS)
    return copy if isinstance(copy, str) else doc.text


def _tokens_by_char(reading: Doc, offset: int, length: int) -> dict[int, Token]:
    """The lower-cased reading's tokens of one line, by the line-relative offset of each
    character they cover."""
    out: dict[int, Token] = {}
    span = reading.char_span(offset, offset + length, alignment_mode="expand")
    for token in span if span is not None else ():
        for k in range(token.idx - offset, token.idx - offset + len(token.text)):
            out[k] = token
    return out


def _recase_line(
    chars: list[str],
    text: str,
    line: Line,
    tokens: dict[int, Token] | None,
    evidence: Evidence,
    language: Language,
    stops: Stops,
) -> None:
    words = list(WORD.finditer(text, line.start, line.end))
    spelled = evidence.names([m for m in words if m.group()[0].isupper()])
    for start, word in known_names(lower(text[line.start : line.end])):
        spelled.setdefault(line.start + start, word)
    for k, m in enumerate(words):
        word, start = m.group(), m.start()
        if line.shout is Shout.TITLE and not (word[0].isupper() and word[1:] == lower(word[1:])):
            continue  # 'of', 'UN', 'McCain': written as their writer meant them
        if line.shout is Shout.UPPER and not word.isupper():
            continue  # '(Reuters)' in a paragraph of capitals
        if start in spelled:
            if len(spelled[start]) == len(word):
                chars[start : m.end()] = spelled[start]
            continue
        if stops.abbreviation(text, start, m.end()):
            # 'Gov.', 'Ky.', 'C.D.C.': kept as written, or as a title in capitals ('JAN.')
            if line.shout is Shout.UPPER and len(word) > 1:
                chars[start + 1 : m.end()] = lower(word[1:])
            continue
        after_apostrophe = start > 0 and text[start - 1] in _APOSTROPHES
        at = start - line.start
        hyphenated = "-" in (text[start - 1 : start], text[m.end() : m.end() + 1])
        reading = functools.partial(_token_at, tokens, at)
        name = (
            None
            if after_apostrophe
            else name_form(word, reading, evidence, language, hyphenated=hyphenated)
        )
        if name is None:
            new = lower(word)
            if k == 0 or stops.opens_sentence(text, start):
                new = one_for_one(word[0], word[0].upper()) + new[1:]
        elif line.shout is Shout.TITLE or len(name) != len(word):
            new = word
        else:
            new = name
        chars[start : m.end()] = new


def _token_at(tokens: dict[int, Token] | None, at: int) -> Token | None:
    if tokens is None:
        raise Unread
    return tokens.get(at)
