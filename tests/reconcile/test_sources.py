"""Contradictions across sources: one side asserts what the other side denies."""

from __future__ import annotations

from dataclasses import replace

from sitrep.reconcile.merge import merge
from sitrep.reconcile.reports import reports_of
from sitrep.reconcile.sources import FigureDispute, contradictions
from sitrep.records import Count, Qualifier, Report, Stance
from tests.reconcile.articles import accused, denied, report, with_toll


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


def _toll(text: str, source: str, speaker: str, killed: int) -> Report:
    built = report(
        text,
        source=source,
        published="2020-10-31",
        trigger="shelled",
        place="Lakeside",
        date="2020-10-30",
        speaker=speaker,
        stance=Stance.ASSERT,
        claim=text.split(" said ")[1].rstrip("."),
    )
    return with_toll(built, text.split(" said ")[1].rstrip("."), killed)


def test_figures_of_one_event_that_cannot_both_be_true_contradict_across_sources() -> None:
    north = _toll(
        "Northland's health ministry said artillery shelled Lakeside, killing 12 civilians.",
        "North Wire",
        "Northland's health ministry",
        12,
    )
    south = _toll(
        "A Lakeside monitor said gunners shelled Lakeside, killing 20 civilians.",
        "South Post",
        "A Lakeside monitor",
        20,
    )
    (event,) = merge([*reports_of(north), *reports_of(south)])
    (found,) = contradictions(event)
    assert isinstance(found, FigureDispute)
    assert found.note == (
        "across sources: killed (civilian): 12 according to Northland's health ministry "
        "(North Wire), 20 according to A Lakeside monitor (South Post)"
    )
    assert found.to_dict()["kind"] == "figures"


def test_figures_that_can_both_be_true_do_not_contradict() -> None:
    north = _toll(
        "Northland's health ministry said artillery shelled Lakeside, killing 12 civilians.",
        "North Wire",
        "Northland's health ministry",
        12,
    )
    at_least = replace(north.casualties[0], killed=Count(value=10, qualifier=Qualifier.AT_LEAST))
    south = _toll(
        "A Lakeside monitor said gunners shelled Lakeside, killing 20 civilians.",
        "South Post",
        "A Lakeside monitor",
        20,
    )
    (event,) = merge([*reports_of(replace(north, casualties=(at_least,))), *reports_of(south)])
    assert contradictions(event) == []


def test_a_denial_in_another_report_of_a_members_article_counts() -> None:
    # Southland's own outlet tells its strike on Lakeside and, as another event of the same
    # article, denies that its guns fired on the town's homes
    told = report(
        "Southland's army said it shelled positions at Lakeside on Friday.",
        source="South Post",
        published="2020-10-31",
        trigger="shelled",
        place="Lakeside",
        date="2020-10-30",
        speaker="Southland's army",
        stance=Stance.ASSERT,
        claim="it shelled positions at Lakeside on Friday",
    )
    (own,) = reports_of(told)
    (denial,) = reports_of(denied())
    denial = replace(denial, article=own.article, record_id="e2", source=own.source)
    events = merge([*reports_of(accused()), own, denial])
    both = next(e for e in events if len(e.articles) == 2)
    assert contradictions(both) == []  # the two members both assert
    (found,) = contradictions(both, {own.article: [own, denial]})
    assert (found.asserted.side, found.denied.side) == ("NL", "SL")


def test_an_outlets_own_report_names_the_outlet_once() -> None:
    from sitrep.reconcile.sources import said_by

    assert said_by(None, "Caspian Wire") == "Caspian Wire (own report)"
    assert said_by("the defence ministry", "Caspian Wire") == "the defence ministry (Caspian Wire)"
    assert said_by("the governor", None) == "the governor (unnamed outlet)"
