"""Casing repair: headlines in Title Case and text in ALL CAPS, parsed as ordinary prose.

spaCy learned English from text in ordinary case. Given "Azerbaijan Says Armenian Forces Shelled
Barda, Killing Four Civilians" it tags every word a proper noun and finds a person named "Shelled
Barda"; given a paragraph in capitals it does worse. So before parsing we build a copy of the text,
the same length character for character, in which such lines read as a newspaper would print them
in a sentence: ordinary words in lower case, names keeping their capital. The parser reads the copy;
:func:`restore` then puts the article's own characters back on the parsed tokens, so that every
offset, token text and entity text is the article's.

Which words are names, in order of trust:

1. the article itself: a word it prints in lower case elsewhere is ordinary; a word it capitalises
   in the middle of a sentence elsewhere is a name, spelled as there ('NATO', 'McCain');
2. closed classes: function words (spaCy's English stop words) are ordinary;
3. countries and their demonyms (sitrep.geo.countries) are names: 'Turkey', 'Armenian';
4. spaCy reading the line in lower case: a word inside a named entity is a name, and so is a proper
   noun that WordNet (the lemmatizer's index, shipped with the pipeline) does not list as an
   ordinary word, or a month or a weekday;
5. a word that neither WordNet nor its lemma knows is a name when the gazetteer knows a place by it
   ('Barda'); any other word is ordinary.

Lines that are not shouted are left exactly as they are: ordinary prose parses as before.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from enum import Enum
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
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc

from sitrep.errors import SitrepError

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Token
    from thinc.types import Ints2d

__all__ = ["Shout", "read_as", "recased", "recased_many", "restore", "shouted_lines"]


class Shout(Enum):
    """How a line misleads the parser."""

    TITLE = "title"  # Every Word Capitalised
    UPPER = "upper"  # EVERY LETTER A CAPITAL


# A letter run: the unit whose case we decide ("Build-Up" is two, "Azerbaijan's" is two).
_WORD = re.compile(r"[^\W\d_]+")
# Words that headline style leaves in lower case inside a Title Case line.
_SMALL = frozenset(
    "a an and as at but by en for from if in into nor of off on onto or per so than the to up "  # noqa: SIM905
    "upon via vs with yet".split()
)
# The shortest line we judge: fewer words say too little about the writer's casing habit.
_MIN_WORDS = 4
# Share of a line's words that must be capitalised (Title) or of its letters upper case (ALL CAPS).
_TITLE_SHARE = 0.9
_UPPER_SHARE = 0.95
_NAME_ENTITIES = frozenset(
    {"PERSON", "NORP", "FAC", "ORG", "GPE", "LOC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW"}
)
# Capitalised in English wherever they stand.
_CALENDAR = frozenset(
    "january february march april may june july august september october november december "  # noqa: SIM905
    "monday tuesday wednesday thursday friday saturday sunday "
    "jan feb mar apr jun jul aug sep sept oct nov dec".split()
)
_OPENERS = "\"'“‘«([—–-"
_APOSTROPHES = "'’"
_SENTENCE_ENDS = ".!?…"
# spaCy reads the lower-cased lines for their tags and entities; the parse tree is not needed.
_NOT_NEEDED = ("parser", "lemmatizer")
_NO_ASCII_LOWER = str.maketrans("", "", "abcdefghijklmnopqrstuvwxyz")
# Where a restored Doc keeps the copy it was parsed from (its own, per-document dictionary).
_READ_AS = "sitrep.casing.read_as"
_UNPARSED = (TAG, POS, MORPH, LEMMA, NORM, ENT_IOB, ENT_TYPE, ENT_KB_ID)
_KEPT = (*_UNPARSED, HEAD, DEP)


@dataclass(frozen=True, slots=True)
class Line:
    """A shouted stretch of text: [start, end) in the article, and how it shouts."""

    start: int
    end: int
    shout: Shout


def shouted_lines(text: str) -> tuple[Line, ...]:
    """The lines of ``text`` written in Title Case or in capitals, dateline excluded."""
    from sitrep.ingest.dateline import match_dateline

    found: list[Line] = []
    pos = 0
    for raw in text.split("\n"):
        start, end = pos, pos + len(raw)
        pos = end + 1
        shout = _shout(raw)
        if shout is None:
            continue
        # "BAKU, Nov 1 (Reuters) - ...": the dateline keeps its capitals (they mark it as one).
        lead = len(raw) - len(raw.lstrip())
        dateline = match_dateline(text, start + lead) if raw[lead : lead + 1].isupper() else None
        if dateline is not None and dateline.end() < end:
            start = dateline.end()
            shout = _shout(text[start:end])
            if shout is None:
                continue
        found.append(Line(start, end, shout))
    return tuple(found)


def _shout(line: str) -> Shout | None:
    words = [w for w in _WORD.findall(line) if len(w) > 1]
    if len(words) < _MIN_WORDS:
        return None
    letters = sum(map(len, words))
    # Most lines are prose: their lower-case ASCII letters rule out capitals at C speed.
    if len(line) - len(line.translate(_NO_ASCII_LOWER)) < (1 - _UPPER_SHARE) * letters:
        lower = sum(c.islower() for w in words for c in w)
        if lower <= (1 - _UPPER_SHARE) * letters:
            return Shout.UPPER
    content = [w for w in words if w.lower() not in _SMALL]
    if len(content) < _MIN_WORDS:
        return None
    capitalised = sum(w[0].isupper() for w in content)
    if capitalised < _TITLE_SHARE * len(content):
        return None
    # A line of names alone ("Vladimir Putin, Recep Tayyip Erdogan ...") needs no repair, but it
    # costs nothing to read: the decisions below keep names.
    return Shout.TITLE


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
    stops = _Stops(_abbreviations(language))
    shouted = [shouted_lines(text) for text in texts]
    evidence = [
        _Evidence.of(t, lines, stops) if lines else None
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
        ("\n\n".join(_lower(texts[i][ln.start : ln.end]) for ln in shouted[i]) for i, _ in unread),
        disable=list(_NOT_NEEDED),
    )
    for (i, ev), reading in zip(unread, readings, strict=True):
        copies[i] = _recase(texts[i], shouted[i], reading, ev, language, stops)
    for text, copy in zip(texts, copies, strict=True):
        yield text, copy if copy is not None else text


class _Unread(Exception):
    """A word needs spaCy's reading of its line, and the line has not been read yet."""


def _recase(
    text: str,
    lines: tuple[Line, ...],
    reading: Doc | None,
    evidence: _Evidence,
    language: Language,
    stops: _Stops,
) -> str | None:
    """The recased text; None when ``reading`` is None and some word needs it."""
    chars = list(text)
    offset = 0
    for line in lines:
        length = line.end - line.start
        tokens = _tokens_by_char(reading, offset, length) if reading is not None else None
        try:
            _recase_line(chars, text, line, tokens, evidence, language, stops)
        except _Unread:
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


def _lower(s: str) -> str:
    """Lower case, one character for one: letters whose lower case is longer stay as they are."""
    fast = s.lower()
    if len(fast) == len(s):  # no letter grew (none shrinks): the common case, at C speed
        return fast
    return "".join(_one_for_one(c, c.lower()) for c in s)


def _one_for_one(c: str, changed: str) -> str:
    return changed if len(changed) == 1 else c


@dataclass(frozen=True, slots=True)
class _Evidence:
    """How the article writes each word where it is not shouting."""

    text: str
    folded: str  # the text in lower case, one character for one, its shouted lines blanked
    lower: Counter[str]
    capital: dict[str, Counter[str]]

    @classmethod
    def of(cls, text: str, lines: tuple[Line, ...], stops: _Stops) -> _Evidence:
        lower: Counter[str] = Counter()
        capital: dict[str, Counter[str]] = {}
        folded = _lower(text)
        for line in lines:
            folded = folded[: line.start] + "\0" * (line.end - line.start) + folded[line.end :]
        for start, end in _quiet(text, lines):
            for m in _WORD.finditer(text, start, end):
                word = m.group()
                if word.islower():
                    lower[word] += 1
                elif word[0].isupper() and not stops.opens_sentence(text, m.start()):
                    capital.setdefault(word.lower(), Counter())[word] += 1
        return cls(text, folded, lower, capital)

    def names(self, words: list[re.Match[str]]) -> dict[int, str]:
        """Names of several words that the article spells with capitals where it is not shouting
        ('House Freedom Caucus'), as {a word's offset: its spelling there}; words are a line's
        capitalised words, in order."""
        found: dict[int, str] = {}
        i = 0
        while i < len(words):
            j = _run_end(self.text, words, i)
            for k in range(min(j, i + _LONGEST_NAME), i + 1, -1):
                start, end = words[i].start(), words[k - 1].end()
                spelled = self._capitalised(_lower(self.text[start:end]))
                if spelled is not None:
                    for w in words[i:k]:
                        found[w.start()] = spelled[w.start() - start : w.end() - start]
                    i = k
                    break
            else:
                i += 1
        return found

    def _capitalised(self, phrase: str) -> str | None:
        at = self.folded.find(phrase)
        while at >= 0:
            spelled = self.text[at : at + len(phrase)]
            if all(w[0].isupper() for w in _WORD.findall(spelled)):
                return spelled
            at = self.folded.find(phrase, at + 1)
        return None

    def form(self, word: str) -> str | None:
        """The article's own spelling of ``word`` ('nato' -> 'NATO'), '' when it writes the word in
        lower case, None when it does not say."""
        key = word.lower()
        caps = self.capital.get(key)
        capitalised = sum(caps.values()) if caps else 0
        if caps and capitalised > self.lower[key]:
            return caps.most_common(1)[0][0]
        return "" if self.lower[key] else None


def _run_end(text: str, words: list[re.Match[str]], i: int) -> int:
    """The end of the run of words from ``i`` that only spaces separate."""
    j = i + 1
    while j < len(words) and not text[words[j - 1].end() : words[j].start()].strip():
        j += 1
    return j


def _quiet(text: str, lines: tuple[Line, ...]) -> Iterator[tuple[int, int]]:
    pos = 0
    for line in lines:
        yield pos, line.start
        pos = line.end
    yield pos, len(text)


@dataclass(frozen=True, slots=True)
class _Stops:
    """Where sentences start: after a sentence end that is not an abbreviation's full stop."""

    abbreviations: frozenset[str]  # 'Jan.', 'Ky.', 'Gov.' (spaCy's tokenizer exceptions)

    def abbreviation(self, text: str, start: int, end: int) -> bool:
        """The word text[start:end] is an initial or an abbreviation ('U.S.', 'Gov.', 'JAN.')."""
        if text[end : end + 1] != ".":
            return False
        word = text[start:end]
        return len(word) == 1 or (word[0] + word[1:].lower() + ".") in self.abbreviations

    def opens_sentence(self, text: str, i: int) -> bool:
        j = i - 1
        while j >= 0 and (text[j] in " \t\xa0" or text[j] in _OPENERS):
            j -= 1
        if j < 0 or text[j] in "\n:":
            return True
        if text[j] not in _SENTENCE_ENDS:
            return False
        k = j
        while k > 0 and text[k - 1].isalpha():
            k -= 1
        return not (text[j] == "." and k < j and self.abbreviation(text, k, j))


@functools.cache
def _abbreviations(language: Language) -> frozenset[str]:
    rules: dict[str, object] = getattr(language.tokenizer, "rules", None) or {}
    return frozenset(k for k in rules if k.endswith(".") and k[:1].isupper())


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
    evidence: _Evidence,
    language: Language,
    stops: _Stops,
) -> None:
    words = list(_WORD.finditer(text, line.start, line.end))
    spelled = evidence.names([m for m in words if m.group()[0].isupper()])
    for start, word in _known_names(_lower(text[line.start : line.end])):
        spelled.setdefault(line.start + start, word)
    for k, m in enumerate(words):
        word, start = m.group(), m.start()
        if line.shout is Shout.TITLE and not (word[0].isupper() and word[1:] == _lower(word[1:])):
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
                chars[start + 1 : m.end()] = _lower(word[1:])
            continue
        after_apostrophe = start > 0 and text[start - 1] in _APOSTROPHES
        at = start - line.start
        name = (
            None
            if after_apostrophe
            else _name_form(word, functools.partial(_token_at, tokens, at), evidence, language)
        )
        if name is None:
            new = _lower(word)
            if k == 0 or stops.opens_sentence(text, start):
                new = _one_for_one(word[0], word[0].upper()) + new[1:]
        elif line.shout is Shout.TITLE or len(name) != len(word):
            new = word
        else:
            new = name
        chars[start : m.end()] = new


def _known_names(lowered: str) -> Iterator[tuple[int, str]]:
    """The words of organisations that the actor lexicons know by name ('Rapid Support Forces',
    'al-Shabaab') in a lower-cased line, as (offset, spelling)."""
    pattern, spelling = _organisations()
    for m in pattern.finditer(lowered):
        for w in _WORD.finditer(spelling[m.group()]):
            yield m.start() + w.start(), w.group()


@functools.cache
def _organisations() -> tuple[re.Pattern[str], dict[str, str]]:
    from sitrep.actors.lexicon.known import ARMED_GROUPS, INTERNATIONAL_ORGANISATIONS, NEWS_MEDIA

    spelling: dict[str, str] = {}
    for organisation in (*NEWS_MEDIA, *INTERNATIONAL_ORGANISATIONS, *ARMED_GROUPS):
        for alias in organisation.aliases:
            spelling.setdefault(_lower(alias), alias)  # the first listed spelling of each
    names = "|".join(re.escape(k) for k in sorted(spelling, key=len, reverse=True))
    return re.compile(rf"(?<![^\W_])(?:{names})(?![^\W_])"), spelling


def _token_at(tokens: dict[int, Token] | None, at: int) -> Token | None:
    if tokens is None:
        raise _Unread
    return tokens.get(at)


def _name_form(
    word: str, reading: Callable[[], Token | None], evidence: _Evidence, language: Language
) -> str | None:
    """How a shouted word is written as a name, or None when it is an ordinary word. ``reading``
    gives the word's token in spaCy's lower-case reading of the line, asked only when needed."""
    from sitrep.geo.countries import country_by_demonym, country_by_name

    lower = word.lower()
    if lower == "i":
        return "I"
    seen = evidence.form(word)
    if seen is not None:
        return seen or None
    title = word[0] + _lower(word[1:])
    if lower in _CALENDAR:
        token = reading()
        if token is not None and (token.pos_ == "PROPN" or token.ent_type_ == "DATE"):
            return title  # 'In May', not the verb 'may'
    if lower in STOP_WORDS:
        return None
    if country_by_name(title) is not None or country_by_demonym(title) is not None:
        return title
    token = reading()
    if token is None:
        return None
    if token.ent_type_ in _NAME_ENTITIES:
        # 'UN', 'EU': a short name in capitals is an acronym.
        return word if len(word) <= 3 and word.isupper() else title
    known = _dictionary(language, _OPEN_CLASSES)
    if token.pos_ == "PROPN" and (lower not in known or lower in _CALENDAR):
        return title
    if lower in _CALENDAR:
        return None
    if lower in known or _lemma(token, language) in known:
        # WordNet lists towns as nouns too ('goma'): a noun that is no other part of speech
        # and names a city of some size is taken for the city.
        others = _dictionary(language, _OPEN_CLASSES[1:])
        noun_only = token.pos_ in ("NOUN", "PROPN") and lower not in others
        return title if noun_only and _place_population(title) >= _CITY else None
    return title if _place_population(title) > 0 else None


_OPEN_CLASSES = ("noun", "verb", "adj", "adv")


def _lemma(token: Token, language: Language) -> str:
    """The dictionary form of a word of the lower-cased reading (read without the lemmatizer,
    which is asked only for the few words that get this far)."""
    lemmatizer = language.get_pipe("lemmatizer") if "lemmatizer" in language.pipe_names else None
    rule_lemmatize = getattr(lemmatizer, "rule_lemmatize", None)
    if rule_lemmatize is None:
        return token.lower_
    lemmas: list[str] = rule_lemmatize(token)
    return lemmas[0].lower() if lemmas else token.lower_


_CITY = 100_000
# The most words of a name looked up whole in the article ('Nagorno Karabakh Defence Army').
_LONGEST_NAME = 6


@functools.cache
def _dictionary(language: Language, classes: tuple[str, ...]) -> frozenset[str]:
    """WordNet's words of these classes, from the lemmatizer's index (empty without one)."""
    words: set[str] = set()
    if "lemmatizer" in language.pipe_names:
        lookups = getattr(language.get_pipe("lemmatizer"), "lookups", None)
        if lookups is not None and lookups.has_table("lemma_index"):
            table = lookups.get_table("lemma_index")
            for cls in classes:
                words.update(str(w) for w in table.get(cls, ()))
    return frozenset(words)


@functools.lru_cache(maxsize=4096)
def _place_population(name: str) -> int:
    """The population of the most populous place the gazetteer knows by this name; 0 for none
    (a place of unknown population counts as 1)."""
    from sitrep.errors import GazetteerError
    from sitrep.geo.gazetteer import default_gazetteer

    try:
        entries = default_gazetteer().lookup(name)
    except GazetteerError:
        return 0  # no gazetteer: the word stays ordinary, as an unknown word should
    return max(entries[0].population, 1) if entries else 0
