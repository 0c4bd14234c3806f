"""The words of a contradiction: what two records share, and one line saying who said what."""

from __future__ import annotations

import re

from sitrep.records import Claim, Stance
from sitrep.sources import behind

WORD = re.compile(r"[A-Za-z][A-Za-z-]+")
# Words too common to say what two statements are about.
_STOP_WORDS = """
    about above after again against also been before being below between both but by could did
    does doing down during each few from further have having here into itself just more most
    must only other over same should some such than that their theirs them then there these
    they this those through under until very were what when where which while will with would
    said says according town region regions areas area several forces force
"""
STOP = frozenset(_STOP_WORDS.split())
# Acts of war, one word for the comparison of what a claim and a denial are about.
ACT = "<act>"
ACTS = frozenset(
    [
        *("attack", "attacked", "attacking", "attacks", "shell", "shelled", "shelling", "shells"),
        *("strike", "strikes", "struck", "striking", "hit", "hits", "hitting", "fire", "fired"),
        *("firing", "target", "targeted", "targeting", "targets", "bomb", "bombed", "bombing"),
        *("bombs", "bombard", "bombarded", "bombardment", "raid", "raids", "raided"),
        *("offensive", "offensives", "assault", "assaults", "assaulted", "ambush", "ambushed"),
        *("airstrike", "airstrikes"),
    ]
)
# Taking a place, one more word shared by "its fighters had taken control of the base" and
# "reports of the base falling" (the words keep their own stems as well).
CAPTURE = "<capture>"
CAPTURES = frozenset(
    [
        *("capture", "captured", "captures", "capturing", "seize", "seized", "seizes"),
        *("seizing", "overran", "overrun", "overrunning", "fell", "fall", "falling", "fallen"),
        *("control", "controlled", "controls"),
    ]
)
# Who and what a commitment to spare civilians protects, one word for the same comparison.
CIVILIAN = "<civilian>"
CIVILIANS = frozenset(
    [
        *("civilian", "civilians", "village", "villages", "settlement", "settlements"),
        *("residential", "homes", "houses", "population", "populations", "school", "schools"),
        *("hospital", "hospitals", "market", "kindergarten", "neighbourhood", "neighborhood"),
        *("apartment", "apartments", "child", "children"),
    ]
)
DOES = {
    Stance.ASSERT: "said",
    Stance.ACCUSE: "accused",
    Stance.DENY: "denied",
    Stance.REJECT: "rejected",
    Stance.THREATEN: "threatened",
    Stance.PROMISE: "promised",
    Stance.REQUEST: "asked",
    Stance.AGREE: "agreed",
    Stance.APPEAL: "appealed",
    Stance.OTHER: "said",
}
MAX_NOTE = 70


def stems(text: str) -> set[str]:
    out = set()
    for w in WORD.findall(text.lower()):
        if w in ACTS or w in CIVILIANS:
            out.add(ACT if w in ACTS else CIVILIAN)
            continue
        if w in CAPTURES:
            out.add(CAPTURE)
        if len(w) < 4 or w in STOP:
            continue
        for suffix in ("ing", "ed", "es", "s"):
            if w.endswith(suffix) and len(w) - len(suffix) >= 4:
                w = w[: -len(suffix)]
                break
        if w.endswith("e") and len(w) >= 5:
            w = w[:-1]  # "capture" and "captured" alike
        out.add(w)
    return out - STOP


def who(text: str, claim: Claim, names: dict[str, str]) -> str:
    """Who stands behind the claim, in words (:func:`sitrep.sources.behind`)."""
    source = behind(claim, text, names)
    return source.name if source is not None else "an unnamed source"


def said(text: str, claim: Claim, names: dict[str, str], *, speakers: str | None = None) -> str:
    """'Ministry of Defence of X denied: “the claim was pure disinformation …”': who, what the
    statement does (its stance, not the cue word: a 'said' that dismisses a claim denies it),
    and its content, in one line; ``speakers`` names who says it where that is more than the
    claim's own speaker ('X and Y agreed')."""
    speaker = speakers if speakers is not None else who(text, claim, names)
    return f"{speaker} {DOES[claim.stance]}: “{clip(claim.said(text))}”"


def clip(text: str) -> str:
    """The words on one line, without quotation marks, cut at a word near ``MAX_NOTE``."""
    text = " ".join(text.split())
    text = re.sub(r"[“”\"]", "", text).strip(" ,;:")
    if len(text) <= MAX_NOTE:
        return text
    cut = text[: MAX_NOTE - 1]
    if " " in cut:
        cut = cut[: cut.rindex(" ")]
    return cut.rstrip(" ,;:") + " …"
