"""A toponym found in the text, and what its context says about the kind of place."""

from __future__ import annotations

from dataclasses import dataclass


class Cue:
    """What the context says about the kind of place (hints for the resolver)."""

    REGION = "region"  # "the X region", "X province", "X district"
    LOCALITY = "locality"  # "the town of X", "the village of X"
    # "X woman", "X native": a name modifying a resident. English says "a Lebanese woman", so a
    # country's name used this way ("a Lebanon woman") is a town's.
    RESIDENT = "resident"
    # "X hospital", "X airport": a name before an institution's noun. Abroad such a name is
    # often the institution's own (a hospital named for a person or a quarter), not a town.
    INSTITUTION = "institution"
    NONE = ""


@dataclass(frozen=True, slots=True)
class Mention:
    start: int  # character offsets into the article text
    end: int
    text: str
    cue: str = Cue.NONE
    # The mention right after ", " that may contain this one ("Martuni, Nagorno-Karabakh").
    container: tuple[int, int] | None = None
    ner: str | None = None  # the NER label it carried, if any
    # Written in parentheses as the unit the place before lies in ('Lumbishi (Kalehe, Sud-Kivu)').
    written_unit: bool = False
    # The subject of a verb of saying ('the United States said'): a government speaking, not a
    # place the story happens in, so no evidence of the country in focus.
    actor: bool = False
    # Introduced as a small place ('the river town of Kambala', 'the village of X'): the article
    # itself says it is no capital or great city.
    small: bool = False
