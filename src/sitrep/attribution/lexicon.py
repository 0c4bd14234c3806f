"""The reporting-verb lexicon: which words introduce a reported statement, and with what stance.

The list lives in ``reporting_verbs.tsv`` beside this module so that it can be read, reviewed and
extended without touching code. It is loaded once, on first use.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from importlib import resources

from sitrep.errors import SitrepError
from sitrep.records import Stance

LEXICON_FILE = "reporting_verbs.tsv"


@dataclass(frozen=True, slots=True)
class Cue:
    """One lexicon entry: 'deny' -> DENY, whose direct object can be the content."""

    lemma: str
    stance: Stance
    particle: str | None = None
    object_is_content: bool = False


@dataclass(frozen=True, slots=True)
class Lexicon:
    verbs: dict[str, Cue]
    # (lemma, particle) -> entry, for phrasal cues such as 'call for' and 'point out'.
    phrasal: dict[tuple[str, str], Cue]

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


@functools.cache
def lexicon() -> Lexicon:
    """The packaged lexicon, parsed once."""
    text = resources.files("sitrep.attribution").joinpath(LEXICON_FILE).read_text("utf-8")
    return parse_lexicon(text)
