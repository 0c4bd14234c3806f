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
