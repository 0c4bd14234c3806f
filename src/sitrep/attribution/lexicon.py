"""The cue lexicons: which words introduce a reported statement or attitude, and with what stance.

The lists live beside this module so that they can be read, reviewed and extended without
touching code, and are loaded once, on first use:

- ``reporting_verbs.tsv``: verbs ("said", "accused", "call for");
- ``cue_nouns.tsv``: nouns that carry a statement or stance ("criticism of", "his claim that",
  "calls for", "a supporter of"), with the words that introduce their content;
- ``attitude_adjectives.tsv``: predicates of a copula ("was critical of", "is confident that",
  "are worried about"), with the words that introduce their content.

The candidates were drawn from the PolNeAR train split (``scripts/attribution_lexicon.py``
prints them with their precision there) and curated by hand: words whose cue is a stance taken
by someone, not an action ("vote", "nominate") nor a word too often used otherwise.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from importlib import resources

from sitrep.errors import SitrepError
from sitrep.records import Stance

LEXICON_FILE = "reporting_verbs.tsv"
NOUNS_FILE = "cue_nouns.tsv"
ADJECTIVES_FILE = "attitude_adjectives.tsv"
# In a frame's content column: a complement clause ("claim that ...") or an infinitive ("call to").
CLAUSE = "that"
INFINITIVE = "to-inf"
# A noun that is a cue only as the predicate of a copula: 'X is a critic of Y', not 'critics of Y'.
PREDICATE = "predicate"
# A noun that is a cue only with a source of its own: 'his statement on', 'made a statement on'.
VOICED = "voiced"


@dataclass(frozen=True, slots=True)
class Cue:
    """One lexicon entry: 'deny' -> DENY, whose direct object can be the content."""

    lemma: str
    stance: Stance
    particle: str | None = None
    object_is_content: bool = False


@dataclass(frozen=True, slots=True)
class Frame:
    """A noun or adjective cue: 'criticism' -> ACCUSE, content after 'of' or 'over'."""

    lemma: str
    stance: Stance
    content: frozenset[str]  # prepositions, and CLAUSE / INFINITIVE


@dataclass(frozen=True, slots=True)
class Lexicon:
    verbs: dict[str, Cue]
    # (lemma, particle) -> entry, for phrasal cues such as 'call for' and 'point out'.
    phrasal: dict[tuple[str, str], Cue]
    nouns: dict[str, Frame] = field(default_factory=dict)
    adjectives: dict[str, Frame] = field(default_factory=dict)

    def lookup(self, lemma: str, particle: str | None = None) -> Cue | None:
        if particle is not None:
            entry = self.phrasal.get((lemma, particle))
            if entry is not None:
                return entry
        return self.verbs.get(lemma)

    def __contains__(self, lemma: object) -> bool:
        return lemma in self.verbs or any(k[0] == lemma for k in self.phrasal)


def parse_lexicon(text: str, *, origin: str = LEXICON_FILE) -> Lexicon:
    verbs: dict[str, Cue] = {}
    phrasal: dict[tuple[str, str], Cue] = {}
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t")
        if len(fields) != 3:
            raise SitrepError(f"{origin}:{number}: expected 3 tab-separated fields, got {line!r}")
        words, stance_name, obj = fields
        try:
            stance = Stance(stance_name)
        except ValueError:
            raise SitrepError(f"{origin}:{number}: unknown stance {stance_name!r}") from None
        lemma, _, particle = words.partition(" ")
        cue = Cue(lemma, stance, particle or None, obj.strip() == "yes")
        if particle:
            phrasal[(lemma, particle)] = cue
        else:
            verbs[lemma] = cue
    return Lexicon(verbs, phrasal)


def parse_frames(text: str, *, origin: str) -> dict[str, Frame]:
    """Lines of 'lemma<TAB>stance<TAB>content words, comma-separated'."""
    frames: dict[str, Frame] = {}
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t")
        if len(fields) != 3:
            raise SitrepError(f"{origin}:{number}: expected 3 tab-separated fields, got {line!r}")
        lemma, stance_name, content = fields
        try:
            stance = Stance(stance_name)
        except ValueError:
            raise SitrepError(f"{origin}:{number}: unknown stance {stance_name!r}") from None
        words = frozenset(w.strip() for w in content.split(",") if w.strip())
        if not words:
            raise SitrepError(f"{origin}:{number}: a frame needs the words that open its content")
        frames[lemma] = Frame(lemma, stance, words)
    return frames


@functools.cache
def lexicon() -> Lexicon:
    """The packaged lexicons, parsed once."""
    folder = resources.files("sitrep.attribution")
    verbs = parse_lexicon(folder.joinpath(LEXICON_FILE).read_text("utf-8"))
    return Lexicon(
        verbs.verbs,
        verbs.phrasal,
        nouns=parse_frames(folder.joinpath(NOUNS_FILE).read_text("utf-8"), origin=NOUNS_FILE),
        adjectives=parse_frames(
            folder.joinpath(ADJECTIVES_FILE).read_text("utf-8"), origin=ADJECTIVES_FILE
        ),
    )
