"""Contradictions across sources: one side asserts what the other side denies."""

from __future__ import annotations

from sitrep.reconcile.merge import merge
from sitrep.reconcile.reports import reports_of
from sitrep.reconcile.sources import contradictions
from sitrep.records import Stance
from tests.reconcile.articles import accused, denied, report


def test_an_accusation_and_a_denial_in_two_articles_contradict() -> None:
    (event,) = merge([*reports_of(accused()), *reports_of(denied())])
    (found,) = contradictions(event)
    assert found.asserted.claim.speaker == "Northland's defence ministry"
    assert (found.asserted.side, found.denied.side) == ("NL", "SL")
    assert found.denied.source == "South Post"
    assert "asserts it" in found.note and "denies it" in found.note


def test_one_side_asserting_and_denying_is_not_sides_disagreeing() -> None:
    retold = report(
        "A Southland officer denied that Lakeside was shelled on Friday.",
        source="South Post",
        published="2020-10-31",
        trigger="shelled",
        place="Lakeside",
        date="2020-10-30",
        speaker="A Southland officer",
        stance=Stance.DENY,
        claim="Lakeside was shelled on Friday",
    )
    also_south = report(
        "Southland's army said Lakeside was shelled on Friday.",
        source="Other Post",
        published="2020-10-31",
        trigger="shelled",
        place="Lakeside",
        date="2020-10-30",
        speaker="Southland's army",
        stance=Stance.ASSERT,
        claim="Lakeside was shelled on Friday",
    )
    (event,) = merge([*reports_of(retold), *reports_of(also_south)])
    assert contradictions(event) == []
