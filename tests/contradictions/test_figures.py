"""Differing figures: who gives each figure, and which figures can both be true."""

from __future__ import annotations

from dataclasses import replace

from sitrep.contradictions.figures import compatible, figures, places_of
from sitrep.records import (
    Casualty,
    CasualtyGroup,
    Claim,
    ContradictionKind,
    Count,
    Place,
    PlaceLevel,
    Qualifier,
    Span,
    Stance,
)

TEXT = (
    "A hospital official said three soldiers were killed. "
    "The regional governor said at least five soldiers were killed. "
    "The hospital official later said three soldiers died. "
    "Seven soldiers were killed, the army said."
)


def _span(words: str, occurrence: int = 0) -> Span:
    start = -1
    for _ in range(occurrence + 1):
        start = TEXT.index(words, start + 1)
    return Span(start, start + len(words))


def _claim(cid: str, source: str, content: str, speaker: str | None = None) -> Claim:
    return Claim(
        id=cid,
        speaker=speaker,
        source_span=None if speaker else _span(source),
        cue="said",
        stance=Stance.ASSERT,
        content=_span(content),
        evidence=(_span(content),),
    )


CLAIMS = (
    _claim("c1", "A hospital official", "three soldiers were killed"),
    _claim("c2", "The regional governor", "at least five soldiers were killed"),
    _claim("c3", "The hospital official", "three soldiers died"),
)


_OPENING = Span(0, 10)


def _in(text: str, words: str) -> Span:
    start = text.index(words)
    return Span(start, start + len(words))


def _row(
    kid: str,
    killed: Count,
    claim: str | None,
    reporter: str | None = None,
    evidence: Span = _OPENING,
) -> Casualty:
    return Casualty(
        id=kid,
        reporter=reporter,
        claim=claim,
        killed=killed,
        group=CasualtyGroup.MILITARY,
        side="army",
        evidence=(evidence,),
    )


def test_unresolved_sources_are_told_apart_by_their_words() -> None:
    rows = (
        _row("k1", Count(value=3), "c1"),
        _row("k2", Count(value=5, qualifier=Qualifier.AT_LEAST), "c2"),
    )
    (x,) = figures(rows, names={"army": "the army"}, text=TEXT, claims=CLAIMS)
    assert x.kind is ContradictionKind.FIGURES and x.between == ("k1", "k2")
    assert "according to A hospital official" in (x.note or "")
    assert "at least 5 according to The regional governor" in (x.note or "")


def test_the_same_unresolved_source_does_not_contradict_itself() -> None:
    # 'A hospital official' and 'The hospital official' are the same words without the article.
    rows = (_row("k1", Count(value=3), "c1"), _row("k3", Count(value=4), "c3"))
    assert figures(rows, names={}, text=TEXT, claims=CLAIMS) == []


def test_a_figure_with_no_source_is_compared_with_none() -> None:
    rows = (_row("k1", Count(value=3), "c1"), _row("k4", Count(value=7), None))
    assert figures(rows, names={}, text=TEXT, claims=CLAIMS) == []


def test_a_resolved_reporter_against_an_unresolved_one() -> None:
    rows = (_row("k4", Count(value=7), None, reporter="a9"), _row("k1", Count(value=3), "c1"))
    (x,) = figures(rows, names={"a9": "Army of Valdia"}, text=TEXT, claims=CLAIMS)
    assert (x.note or "").startswith("killed (military of army): 7 according to Army of Valdia")


def test_increments_are_not_totals() -> None:
    more = Casualty(
        id="k5",
        reporter="a9",
        killed=Count(value=2),
        group=CasualtyGroup.MILITARY,
        side="army",
        increment=True,
        evidence=(Span(0, 10),),
    )
    rows = (more, _row("k1", Count(value=3), "c1"))
    assert figures(rows, names={}, text=TEXT, claims=CLAIMS) == []


def test_a_wars_whole_toll_is_not_set_against_an_incidents() -> None:
    war = replace(_row("k4", Count(value=7), None, reporter="a9"), conflict_toll=True)
    rows = (war, _row("k1", Count(value=3), "c1"))
    assert figures(rows, names={"a9": "Army of Valdia"}, text=TEXT, claims=CLAIMS) == []
    both = (war, replace(_row("k1", Count(value=3), "c1"), conflict_toll=True))
    assert len(figures(both, names={"a9": "Army of Valdia"}, text=TEXT, claims=CLAIMS)) == 1


def test_figures_told_of_different_places_count_different_people() -> None:
    text = (
        "Three soldiers died in Kelso, a doctor said. Five died in Marlow, an officer said. "
        "Lake County mourned."
    )
    kelso = Place(
        id="p1",
        name="Kelso",
        level=PlaceLevel.LOCALITY,
        mentions=(_in(text, "Kelso"),),
        admin=("Valdia", "Lake County"),
    )
    marlow = Place(
        id="p2", name="Marlow", level=PlaceLevel.LOCALITY, mentions=(_in(text, "Marlow"),)
    )
    county = Place(
        id="p3", name="Lake County", level=PlaceLevel.REGION, mentions=(_in(text, "Lake County"),)
    )
    first = Span(0, text.index(" Five"))
    second = Span(text.index("Five"), text.index(" Lake"))
    rows = (
        _row("k1", Count(value=3), None, reporter="a1", evidence=_in(text, "Three soldiers died")),
        _row("k2", Count(value=5), None, reporter="a2", evidence=_in(text, "Five died")),
    )
    where = places_of(rows, (kelso, marlow, county), (first, second))
    assert where == {"k1": frozenset({"p1"}), "k2": frozenset({"p2"})}
    assert figures(rows, names={}, text=text, claims=(), where=where, places=(kelso, marlow)) == []
    # a place holding the other is the same people, and so is a figure told of no place
    held = {"k1": frozenset({"p1"}), "k2": frozenset({"p3"})}
    assert (
        len(figures(rows, names={}, text=text, claims=(), where=held, places=(kelso, county))) == 1
    )
    assert len(figures(rows, names={}, text=text, claims=(), where={"k1": where["k1"]})) == 1
    # the region holding the town is known to the gazetteer by another name than the article's
    spelt = Place(
        id="p3",
        name="Lake County",
        gazetteer_name="Lakeland",
        level=PlaceLevel.REGION,
        mentions=(_in(text, "Lake County"),),
    )
    listed = replace(kelso, admin=("Valdia", "Lakeland"))  # gazetteer names
    assert (
        len(figures(rows, names={}, text=text, claims=(), where=held, places=(listed, spelt))) == 1
    )


def test_ranges_and_qualifiers() -> None:
    assert compatible(Count(value=100, high=200), Count(value=150, qualifier=Qualifier.ABOUT))
    assert not compatible(Count(value=10, qualifier=Qualifier.MORE_THAN), Count(value=10))


def test_figures_counted_from_different_starts_are_different_periods() -> None:
    since_monday = replace(_row("k1", Count(value=3), "c1"), since="2020-10-26")
    no_start = _row("k2", Count(value=5, qualifier=Qualifier.AT_LEAST), "c2")
    since_tuesday = replace(no_start, since="2020-10-27")
    assert figures((since_monday, no_start), names={}, text=TEXT, claims=CLAIMS) == []
    assert figures((since_monday, since_tuesday), names={}, text=TEXT, claims=CLAIMS) == []
    same = replace(no_start, since="2020-10-26")
    (x,) = figures((since_monday, same), names={}, text=TEXT, claims=CLAIMS)
    assert x.between == ("k1", "k2")


def test_a_towns_figure_within_its_countrys_is_a_part() -> None:
    text = "At least five died across Valdia, officials said. Three died in Kelso, a doctor said."
    valdia = Place(
        id="p1",
        name="Valdia",
        level=PlaceLevel.COUNTRY,
        country="VD",
        mentions=(_in(text, "Valdia"),),
    )
    kelso = Place(
        id="p2",
        name="Kelso",
        level=PlaceLevel.LOCALITY,
        country="VD",
        mentions=(_in(text, "Kelso"),),
    )
    sentences = (Span(0, text.index(" Three")), Span(text.index("Three"), len(text)))
    five = _row(
        "k1",
        Count(value=5, qualifier=Qualifier.AT_LEAST),
        None,
        reporter="a1",
        evidence=_in(text, "At least five died"),
    )
    three = _row("k2", Count(value=3), None, reporter="a2", evidence=_in(text, "Three died"))
    places = (valdia, kelso)
    where = places_of((five, three), places, sentences)
    wide = places_of((five, three), places, sentences, frozenset({PlaceLevel.COUNTRY}))
    kwargs = {"names": {}, "text": text, "claims": (), "where": where, "places": places}
    assert figures((five, three), wide=wide, **kwargs) == []  # type: ignore[arg-type]
    # a part larger than its whole is a contradiction
    at_most = replace(five, killed=Count(value=2, qualifier=Qualifier.AT_MOST))
    assert len(figures((at_most, three), wide=wide, **kwargs)) == 1  # type: ignore[arg-type]
