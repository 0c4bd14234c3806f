"""Which words of a shouted line are names, and how they are spelled.

In order of trust: the article itself (where it is not shouting), the organisations the actor
lexicons know, abbreviations, function words, countries and demonyms, spaCy's reading of the line
in lower case, WordNet, the gazetteer. See :mod:`sitrep.pipeline.casing`.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from spacy.lang.en.stop_words import STOP_WORDS

from sitrep.nlp import lemma_index_words
from sitrep.pipeline.casing.lines import WORD, Line, lower

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Token

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
_SENTENCE_ENDS = ".!?…"
_OPEN_CLASSES = ("noun", "verb", "adj", "adv")
# A noun that WordNet lists and the gazetteer knows as a city at least this big is the city.
_CITY = 100_000
# The most words of a name looked up whole in the article ('Nagorno Karabakh Defence Army').
_LONGEST_NAME = 6


class Unread(Exception):
    """A word needs spaCy's reading of its line, and the line has not been read yet."""


@dataclass(frozen=True, slots=True)
class Evidence:
    """How the article writes each word where it is not shouting."""

    text: str
    folded: str  # the text in lower case, one character for one, its shouted lines blanked
    in_lower_case: Counter[str]
    capital: dict[str, Counter[str]]

    @classmethod
    def of(cls, text: str, lines: tuple[Line, ...], stops: Stops) -> Evidence:
        in_lower_case: Counter[str] = Counter()
        capital: dict[str, Counter[str]] = {}
        folded = lower(text)
        for start, end in _unheard(text, lines):
            folded = folded[:start] + "\0" * (end - start) + folded[end:]
        for start, end in _quiet(text, lines):
            if text[start:end].upper() == text[start:end]:
                continue
            for m in WORD.finditer(text, start, end):
                word = m.group()
                if word.islower():
                    in_lower_case[word] += 1
                elif word[0].isupper() and not stops.opens_sentence(text, m.start()):
                    capital.setdefault(word.lower(), Counter())[word] += 1
        return cls(text, folded, in_lower_case, capital)

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
                spelled = self._capitalised(lower(self.text[start:end]))
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
            if all(w[0].isupper() for w in WORD.findall(spelled)):
                return spelled
            at = self.folded.find(phrase, at + 1)
        return None

    def form(self, word: str) -> str | None:
        """The article's own spelling of ``word`` ('nato' -> 'NATO'), '' when it writes the word in
        lower case, None when it does not say."""
        key = word.lower()
        caps = self.capital.get(key)
        capitalised = sum(caps.values()) if caps else 0
        if caps and capitalised > self.in_lower_case[key]:
            return caps.most_common(1)[0][0]
        return "" if self.in_lower_case[key] else None


def _run_end(text: str, words: list[re.Match[str]], i: int) -> int:
    """The end of the run of words from ``i`` that only spaces separate."""
    j = i + 1
    while j < len(words) and not text[words[j - 1].end() : words[j].start()].strip():
        j += 1
    return j


def _unheard(text: str, lines: tuple[Line, ...]) -> Iterator[tuple[int, int]]:
    """The lines whose casing says nothing: the shouted ones, and short lines in capitals
    ('OUTSIDE INFLUENCE')."""
    for line in lines:
        yield line.start, line.end
    for start, end in _quiet(text, lines):
        if text[start:end].upper() == text[start:end]:
            yield start, end


def _quiet(text: str, lines: tuple[Line, ...]) -> Iterator[tuple[int, int]]:
    """The lines of ``text`` (start, end) outside the shouted ones."""
    bounds = [0]
    for line in lines:
        bounds += [line.start, line.end]
    bounds.append(len(text))
    for start, end in zip(bounds[::2], bounds[1::2], strict=True):
        while start < end:
            stop = text.find("\n", start, end)
            stop = end if stop < 0 else stop
            yield start, stop
            start = stop + 1


@dataclass(frozen=True, slots=True)
class Stops:
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
def abbreviations(language: Language) -> frozenset[str]:
    rules: dict[str, object] = getattr(language.tokenizer, "rules", None) or {}
    return frozenset(k for k in rules if k.endswith(".") and k[:1].isupper())


def known_names(lowered: str) -> Iterator[tuple[int, str]]:
    """The words of organisations that the actor lexicons know by name ('Rapid Support Forces',
    'al-Shabaab') in a lower-cased line, as (offset, spelling)."""
    pattern, spelling = _organisations()
    for m in pattern.finditer(lowered):
        for w in WORD.finditer(spelling[m.group()]):
            yield m.start() + w.start(), w.group()


@functools.cache
def _organisations() -> tuple[re.Pattern[str], dict[str, str]]:
    from sitrep.actors.lexicon.known import ARMED_GROUPS, INTERNATIONAL_ORGANISATIONS, NEWS_MEDIA

    spelling: dict[str, str] = {}
    for organisation in (*NEWS_MEDIA, *INTERNATIONAL_ORGANISATIONS, *ARMED_GROUPS):
        for alias in organisation.aliases:
            spelling.setdefault(lower(alias), alias)  # the first listed spelling of each
    names = "|".join(re.escape(k) for k in sorted(spelling, key=len, reverse=True))
    return re.compile(rf"(?<![^\W_])(?:{names})(?![^\W_])"), spelling


def name_form(
    word: str,
    reading: Callable[[], Token | None],
    evidence: Evidence,
    language: Language,
    *,
    hyphenated: bool = False,
) -> str | None:
    """How a shouted word is written as a name, or None when it is an ordinary word. ``reading``
    gives the word's token in spaCy's lower-case reading of the line, asked only when needed;
    ``hyphenated``: the word is part of a compound ('NAGORNO-KARABAKH')."""
    from sitrep.geo.countries import country_by_demonym, country_by_name

    key = word.lower()
    if key == "i":
        return "I"
    seen = evidence.form(word)
    if seen is not None:
        return seen or None
    title = word[0] + lower(word[1:])
    if key in _CALENDAR:
        token = reading()
        if token is not None and (token.pos_ == "PROPN" or token.ent_type_ == "DATE"):
            return title  # 'In May', not the verb 'may'
    if key in STOP_WORDS:
        return None
    if country_by_name(title) is not None or country_by_demonym(title) is not None:
        return title
    token = reading()
    if token is None:
        return None
    known = lemma_index_words(language, _OPEN_CLASSES)
    # Inside a name the reading found, a word is part of it unless it is an ordinary word the
    # reading does not take for a proper noun ('ex' of 'ex-Soviet').
    if token.ent_type_ in _NAME_ENTITIES and (
        token.pos_ == "PROPN" or key not in known or _ends_nationality(token)
    ):
        # 'UN', 'EU': a short name in capitals is an acronym.
        return word if len(word) <= 3 and word.isupper() else title
    if token.pos_ == "PROPN" and (key not in known or key in _CALENDAR):
        return title
    if key in _CALENDAR:
        return None
    if key in known or _lemma(token, language) in known:
        # WordNet lists towns as nouns too ('goma'): a noun that is no other part of speech
        # and names a city of some size is taken for the city.
        others = lemma_index_words(language, _OPEN_CLASSES[1:])
        noun_only = token.pos_ in ("NOUN", "PROPN") and key not in others
        return title if noun_only and _place_population(title) >= _CITY else None
    # A word no dictionary knows, bound by a hyphen, is part of a name ('Nagorno-Karabakh').
    return title if hyphenated or _place_population(title) > 0 else None


def _ends_nationality(token: Token) -> bool:
    """The last word of a nationality or group the reading found ('Soviet' of 'ex-Soviet')."""
    last = token.i + 1 == len(token.doc) or token.nbor().ent_iob_ != "I"
    return token.ent_type_ == "NORP" and last


def _lemma(token: Token, language: Language) -> str:
    """The dictionary form of a word of the lower-cased reading (read without the lemmatizer,
    which is asked only for the few words that get this far)."""
    lemmatizer = language.get_pipe("lemmatizer") if "lemmatizer" in language.pipe_names else None
    rule_lemmatize = getattr(lemmatizer, "rule_lemmatize", None)
    if rule_lemmatize is None:
        return token.lower_
    lemmas: list[str] = rule_lemmatize(token)
    return lemmas[0].lower() if lemmas else token.lower_


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
