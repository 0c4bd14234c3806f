"""Figures of different moments, read end to end on hand-written news."""

from __future__ import annotations

import pytest

from sitrep.pipeline.registry import DEFAULT_PIPELINE
from sitrep.records import ContradictionKind
from tests.conftest import DocBuilder

ALL = DEFAULT_PIPELINE  # every stage, read end to end


@pytest.mark.parametrize(("day", "disputed"), [("March 28", False), ("May 14", True)])
def test_an_undated_figure_is_compared_only_with_figures_of_recent_days(
    make_doc: DocBuilder, day: str, disputed: bool
) -> None:
    text = (
        "Air strike on monastery kills 18, rebels say\n\n"
        f"Valdian officials said that on {day} an attack on the capital had killed more than "
        "3,700 people."
    )
    doc = make_doc(text, published="2025-05-16", stages=ALL)
    figures = [c for c in doc.contradictions if c.kind is ContradictionKind.FIGURES]
    assert bool(figures) is disputed, figures


@pytest.mark.parametrize(
    ("told", "disputed"),
    [
        # told on Sunday, the day after the raid, with fewer dead: the same dead, disputed
        ("Boko Haram said in a statement on Sunday that two soldiers had died", True),
        # more dead a day later: the toll may have grown
        ("Boko Haram said in a statement on Sunday that five soldiers had died", False),
        # a death of its own day: other dead
        ("Boko Haram said two soldiers died in a clash on Sunday", False),
        # told on a day before the raid: not the same count
        ("Boko Haram said in a statement on Wednesday that two soldiers had died", False),
    ],
)
def test_fewer_dead_told_a_day_later_by_the_other_side_is_a_dispute(
    make_doc: DocBuilder, told: str, disputed: bool
) -> None:
    text = (
        "Boko Haram fighters attacked an army base in Borno state early on Saturday, killing "
        "three soldiers, Nigeria's army said.\n\n"
        f"{told}, blaming the army for the fighting."
    )
    doc = make_doc(text, published="2025-04-20", stages=ALL)
    sides = {k.side for k in doc.casualties}
    figures = [c for c in doc.contradictions if c.kind is ContradictionKind.FIGURES]
    assert bool(figures) is disputed, (figures, doc.casualties)
    if disputed:
        assert len(sides) == 1 and None not in sides, doc.casualties


@pytest.mark.parametrize(
    ("toll", "disputed"),
    [
        ("The information minister put the death toll at two", True),
        ("The information minister put the death toll at six", False),
        # one hospital's count is no toll of everyone
        ("The city's second hospital said it had received two bodies", False),
    ],
)
def test_a_groups_dead_beyond_anothers_toll_of_everyone_is_a_dispute(
    make_doc: DocBuilder, toll: str, disputed: bool
) -> None:
    text = (
        "Drones struck fuel depots in Port Sudan on Tuesday. A medical source at the city's "
        f"main hospital said four civilians were killed on Tuesday. {toll}."
    )
    doc = make_doc(text, published="2025-05-06", stages=ALL)
    figures = [c for c in doc.contradictions if c.kind is ContradictionKind.FIGURES]
    assert bool(figures) is disputed, (figures, doc.casualties)
    if disputed:
        assert "4 civilian according to" in (figures[0].note or "")
        assert "2 in all according to" in (figures[0].note or "")


def test_a_toll_told_as_grown_does_not_contradict_the_smaller_count(
    make_doc: DocBuilder,
) -> None:
    text = (
        "Shelling of Omdurman camp kills 19, medics say\n\n"
        "Artillery shells hit a camp in Omdurman on Sunday, killing at least 19 people, a "
        "medical source told Reuters. The Emergency Lawyers, a rights group, said the death "
        "toll had risen to 24 by Monday morning."
    )
    doc = make_doc(text, published="2024-09-16", stages=DEFAULT_PIPELINE)
    assert [c for c in doc.contradictions if c.kind is ContradictionKind.FIGURES] == []


def test_a_toll_grown_beyond_another_count_still_contradicts_a_larger_one(
    make_doc: DocBuilder,
) -> None:
    text = (
        "Artillery shells hit a camp in Omdurman on Sunday, killing 40 people, a medical "
        "source told Reuters. The Emergency Lawyers, a rights group, said on Sunday the death "
        "toll had risen to 24."
    )
    doc = make_doc(text, published="2024-09-16", stages=DEFAULT_PIPELINE)
    assert [c for c in doc.contradictions if c.kind is ContradictionKind.FIGURES]
