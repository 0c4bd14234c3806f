"""A casualty figure found in one sentence: the unit the extraction rules produce."""

from __future__ import annotations

from dataclasses import dataclass

from sitrep.records import CasualtyGroup, Count, Span


@dataclass(frozen=True, slots=True)
class Mention:
    """One figure for one group of people in one sentence."""

    kind: str  # lexicon.KILLED, INJURED or MISSING
    count: Count
    group: CasualtyGroup
    figure: Span  # the figure's words ('at least 91', 'a man')
    evidence: Span  # from the figure to its predicate
    victim: int  # token index of the victim word, to tell rows apart
    has_group_noun: bool  # 'civilians' names a group; a bare 'wounded 400' does not
    increment: bool  # 'two more', 'another': adds to an earlier figure
    total: bool  # a toll or a cumulative 'has killed'
    weak: bool  # 'was shot' with no word on the outcome
    possessive: str | None  # 'their', 'our', 'its': whose people, resolved by the stage
    side_words: tuple[Span, ...]  # words that may name whose people ('Azerbaijani troops')
    anaphoric: bool = False  # 'he died', 'the victim died': people met before in the article
    agentive: bool = False  # a killer is named ('the army killed 30'), not 'the fighting killed'
    # a year or a span of time the figure covers ('this year', 'in 2012'): a period's tally or
    # a past incident, not the article's own (see :mod:`sitrep.casualties.scope`)
    period: Span | None = None
    others: bool = False  # 'three other people were wounded': besides those just counted
    additional: bool = False  # 'another man was shot', 'also killed a neighbor': someone new
    suicide: bool = False  # 'killed himself', 'a self-inflicted gunshot wound': the shooter
    noun: str = ""  # the victim word's lemma, lower-cased ('man', 'victim', 'he')
    elsewhere: Span | None = None  # 'In a separate incident, ...': another incident's figure
    part: bool = False  # 'including 78 civilians', '37 of whom': part of a figure before it
    conflict_toll: bool = False  # 'the war, which has killed thousands': a war's toll
