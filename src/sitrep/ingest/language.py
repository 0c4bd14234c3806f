"""Is this text English? sitrep's models and lexicons are English only.

Run on another language, the English pipeline does not fail: it invents (a French clause
becomes an 'actor', a Russian conjunction a 'person'). So an article that is plainly in another
language is refused with a reason, before any stage sees it.

Two signals, both cheap and general: the writing system (most letters outside the Latin script)
and the function words (the, of, and ... against le, der, el, di, de ...), which every prose text
is full of whatever its subject. Telegraphic English (an ACLED note, a headline) has few English
function words but no foreign ones either, so it passes; a text too short to judge passes.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

from sitrep.errors import InputError

# Fewer words than this and the counts say nothing.
MIN_WORDS = 8
# Share of the words that must be another language's function words to call the text foreign
# (and more of them than English ones). Running prose in any of these languages is above 25%.
MIN_FOREIGN_SHARE = 0.15
# Share of the letters outside the Latin script above which the text is not English.
MAX_OTHER_SCRIPT_SHARE = 0.5
# A language none of the lists below knows (Indonesian, Swahili, Swedish ...): a text of this many
# words of which almost none is an English function word. English prose runs at 20-40%; of
# 17,000 English texts of 25 words or more in the development corpora only lists of URLs or of
# names fall under 4%.
MIN_WORDS_TO_JUDGE_ANY = 25
MIN_ENGLISH_SHARE = 0.04

ENGLISH = frozenset(
    [
        "the",
        "of",
        "and",
        "to",
        "in",
        "a",
        "an",
        "is",
        "was",
        "were",
        "are",
        "be",
        "been",
        "has",
        "have",
        "had",
        "that",
        "this",
        "for",
        "on",
        "with",
        "as",
        "by",
        "at",
        "from",
        "it",
        "its",
        "he",
        "she",
        "his",
        "her",
        "they",
        "their",
        "them",
        "said",
        "says",
        "not",
        "but",
        "or",
        "who",
        "which",
        "will",
        "would",
        "after",
        "over",
        "about",
        "than",
        "also",
        "into",
    ]
)

# The most frequent function words of the languages a conflict-news desk meets in Latin script,
# without the ones that are also English words or common in names in English news ('a', 'in',
# 'die', 'per', 'o', 'do'; 'al', which opens many Arabic names).
FOREIGN: dict[str, frozenset[str]] = {
    "French": frozenset(
        [
            "le",
            "la",
            "les",
            "de",
            "des",
            "du",
            "et",
            "est",
            "une",
            "dans",
            "pour",
            "que",
            "qui",
            "sur",
            "au",
            "aux",
            "avec",
            "ont",
            "été",
            "ce",
            "cette",
            "par",
            "pas",
            "sont",
            "il",
            "elle",
            "ils",
            "leur",
            "selon",
        ]
    ),
    "Spanish": frozenset(
        [
            "el",
            "los",
            "las",
            "de",
            "del",
            "y",
            "en",
            "por",
            "con",
            "una",
            "para",
            "que",
            "se",
            "según",
            "fue",
            "han",
            "su",
            "sus",
            "como",
            "más",
        ]
    ),
    "German": frozenset(
        [
            "der",
            "das",
            "und",
            "ist",
            "den",
            "dem",
            "nicht",
            "mit",
            "von",
            "zu",
            "sich",
            "des",
            "auf",
            "für",
            "wurde",
            "sind",
            "ein",
            "eine",
            "nach",
            "auch",
            "wie",
            "bei",
        ]
    ),
    "Italian": frozenset(
        [
            "il",
            "di",
            "che",
            "della",
            "per",
            "gli",
            "sono",
            "nel",
            "alla",
            "delle",
            "degli",
            "è",
            "lo",
            "dei",
        ]
    ),
    "Portuguese": frozenset(
        [
            "os",
            "de",
            "da",
            "dos",
            "das",
            "que",
            "na",
            "em",
            "não",
            "com",
            "uma",
            "para",
            "foi",
            "pelo",
            "pela",
            "ao",
        ]
    ),
    "Dutch": frozenset(
        [
            "de",
            "het",
            "een",
            "van",
            "en",
            "niet",
            "zijn",
            "met",
            "op",
            "werd",
            "voor",
            "naar",
            "ook",
        ]
    ),
    "Turkish": frozenset(["ve", "bir", "bu", "ile", "için", "da", "de", "olarak", "olan", "gibi"]),
    "Polish": frozenset(
        ["się", "że", "nie", "jest", "przez", "dla", "oraz", "został", "była", "było", "są", "na"]
    ),
    "Hungarian": frozenset(
        ["az", "és", "hogy", "nem", "egy", "meg", "van", "volt", "szerint", "pedig", "csak", "mint"]
    ),
    "Swedish": frozenset(
        ["och", "att", "det", "som", "är", "på", "av", "för", "med", "har", "inte", "till"]
    ),
}

_WORD = re.compile(r"[^\W\d_]+")


def foreign_language(text: str) -> str | None:
    """Why the text is plainly not English ('reads as French', 'reads as Cyrillic script', 'only
    1 of its 30 words is a common English one'), or None when it is English or too short to say."""
    script = _other_script(text)
    if script is not None:
        return f"reads as {script}"
    words = [w.lower() for w in _WORD.findall(text)]
    if len(words) < MIN_WORDS:
        return None
    english = sum(1 for w in words if w in ENGLISH)
    counts = Counter(
        {name: sum(1 for w in words if w in lexicon) for name, lexicon in FOREIGN.items()}
    )
    name, foreign = counts.most_common(1)[0]
    if foreign > english and foreign >= MIN_FOREIGN_SHARE * len(words):
        return f"reads as {name}"
    if len(words) >= MIN_WORDS_TO_JUDGE_ANY and english < MIN_ENGLISH_SHARE * len(words):
        verb = "is a common English one" if english == 1 else "are common English ones"
        return f"only {english} of its {len(words)} words {verb}"
    return None


def _other_script(text: str) -> str | None:
    letters = [c for c in text if c.isalpha()]
    if len(letters) < 4 * MIN_WORDS:
        return None
    scripts = Counter(_script(c) for c in letters)
    script = scripts.most_common(1)[0][0]
    other = sum(n for s, n in scripts.items() if s != "LATIN")
    if other > MAX_OTHER_SCRIPT_SHARE * len(letters) and script != "LATIN":
        return f"{script.title()} script"
    return None


def _script(char: str) -> str:
    if char.isascii():
        return "LATIN"
    # The first word of a letter's Unicode name is its script: 'CYRILLIC SMALL LETTER A'.
    name = unicodedata.name(char, "")
    first = name.split(" ", 1)[0]
    return "CJK" if first in {"CJK", "HIRAGANA", "KATAKANA"} else first or "OTHER"


def check_english(text: str, *, origin: str) -> None:
    """Raise InputError naming ``origin`` when the text is plainly not English."""
    why = foreign_language(text)
    if why is not None:
        raise InputError(
            origin, f"not English ({why}); sitrep analyses English news only (translate it first)"
        )
