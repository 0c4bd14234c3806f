"""Who sides with whom, read from hand-written narration."""

from __future__ import annotations

import pytest

from sitrep.contradictions.alliances import Alliance, alliances
from sitrep.contradictions.sides import Sides
from sitrep.pipeline.base import Document
from sitrep.pipeline.registry import DEFAULT_PIPELINE
from sitrep.records import ContradictionKind
from tests.conftest import DocBuilder

ALL = DEFAULT_PIPELINE  # every stage, read end to end


def _read(doc: Document) -> list[Alliance]:
    return alliances(doc.parse.doc, doc.actors, doc.claims)


def _pairs(doc: Document) -> set[tuple[str, str]]:
    names = {a.id: a.name for a in doc.actors}
    return {(names[a.actor], names.get(a.ally or "", a.country or "?")) for a in _read(doc)}


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "The rebels, who are backed by Iran, fired rockets at the border town.",
            ("rebels", "Iran"),
        ),
        (
            "Hezbollah is an ally of Syria, and it sent fighters across the border.",
            ("Hezbollah", "Syria"),
        ),
        (
            "Turkey, an ally of Azerbaijan, denied sending mercenaries to the front.",
            ("Turkey", "Azerbaijan"),
        ),
    ],
)
def test_alignments_read_from_narration(
    make_doc: DocBuilder, text: str, pair: tuple[str, str]
) -> None:
    doc = make_doc(text, stages=ALL[:5])
    assert pair in _pairs(doc), _pairs(doc)


def test_a_state_named_by_its_adjective_is_the_backer(make_doc: DocBuilder) -> None:
    doc = make_doc(
        "Russia said on Monday that Russian-backed separatists had withdrawn their artillery.",
        stages=ALL[:5],
    )
    # Inside Russia's claim: disputed, not narration.
    assert _read(doc) == []
    doc = make_doc(
        "Russian-backed separatists shelled the port city overnight, and Ukraine's army "
        "returned fire.",
        stages=ALL[:5],
    )
    found = _read(doc)
    assert [a.country for a in found] == ["RU"]


def test_negated_and_claimed_alignments_are_none(make_doc: DocBuilder) -> None:
    doc = make_doc(
        "The rebels are not backed by Iran. Israel said the militia was backed by Iran.",
        stages=ALL[:5],
    )
    assert _read(doc) == []


def test_territory_sides_with_whoever_controls_it(make_doc: DocBuilder) -> None:
    text = (
        "Abkhazia lies within Georgia but has been under the control of separatist forces "
        "backed by Russia since 1993. Officials in Abkhazia accused Georgia of shelling the "
        "town of Gali. Georgia's defence ministry accused Russian forces of firing at its "
        "positions."
    )
    doc = make_doc(text, stages=ALL)
    sides = Sides(doc.actors, doc.claims, _read(doc))
    by_name = {a.name: a.id for a in doc.actors}
    officials = [aid for name, aid in by_name.items() if name.startswith("Officials of")]
    assert officials, by_name
    assert sides.side[officials[0]] == "RU"
    mutual = [c for c in doc.contradictions if c.kind is ContradictionKind.ATTRIBUTION]
    assert len(mutual) == 1, doc.contradictions


def test_mutual_accusation_across_an_alignment(make_doc: DocBuilder, seed_text: str) -> None:
    doc = make_doc(seed_text, stages=ALL)
    mutual = [c for c in doc.contradictions if c.kind is ContradictionKind.ATTRIBUTION]
    assert len(mutual) == 1
    note = mutual[0].note or ""
    assert "each blames the other" in note
    assert "backed by Armenia" in note
