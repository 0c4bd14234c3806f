"""Which figures an event report carries: those told with it, and later tolls of the attack."""

from __future__ import annotations

from sitrep.reconcile.reports import FigureRef, _later_tolls
from sitrep.records import Span


def _figure(casualty: str) -> FigureRef:
    return FigureRef(
        casualty=casualty,
        reporter="a monitor",
        side=None,
        group="all",
        killed={"value": 16, "qualifier": "exact"},
        injured=None,
        quote=None,
    )


def test_a_toll_told_on_its_own_counts_the_last_attack_with_a_place_or_date() -> None:
    # e1: the strike (placed); e2: a passing mention of an attack, neither placed nor dated;
    # e3: a call for talks; k1 told with e1; k2 in a later sentence with no event of its own
    events = [
        ("e1", "ASSAULT", True, [Span(0, 80)]),
        ("e2", "ASSAULT", False, [Span(90, 120)]),
        ("e3", "REQUEST", True, [Span(200, 240)]),
    ]
    told, later = _figure("k1"), _figure("k2")
    figures = [([Span(40, 60)], told), ([Span(130, 160)], later)]
    assert _later_tolls(events, figures) == {"e1": [later]}


def test_a_toll_before_any_attack_counts_none() -> None:
    events = [("e1", "ASSAULT", True, [Span(100, 180)])]
    assert _later_tolls(events, [([Span(0, 30)], _figure("k1"))]) == {}


def test_a_running_total_is_no_attacks_toll() -> None:
    from sitrep.reconcile.reports import _tally

    assert _tally("2020-09-27", "69 civilians have been killed")
    assert _tally(None, "1,068 of its servicemen had been killed so far")
    assert not _tally(None, "the monitor put the death toll at 16")
