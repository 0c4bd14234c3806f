"""The rows stored for one report."""

from __future__ import annotations

import dataclasses

from sitrep.store.rows import report_rows
from tests.store.reports import shelling_report


def test_a_contradiction_names_an_unresolved_source_by_the_articles_words() -> None:
    report = shelling_report()
    said, denied = report.claims
    (casualty,) = report.casualties
    report = dataclasses.replace(
        report,
        claims=(dataclasses.replace(said, speaker=None), denied),
        casualties=(dataclasses.replace(casualty, reporter=None, claim="c1"),),
    )
    (row,) = report_rows(report).records["contradictions"]
    first, second = row["quote"].split("\n")
    assert first.startswith("“The defence ministry of Northland”: southern artillery")
    assert second.startswith("Southland: its forces")
    figure = dataclasses.replace(report.contradictions[0], between=("k1", "c2"))
    (row,) = report_rows(dataclasses.replace(report, contradictions=(figure,))).records[
        "contradictions"
    ]
    assert row["quote"].startswith("“The defence ministry of Northland”: northern soldiers")
