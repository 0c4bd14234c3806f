"""Wording of the merged-event commands (their behaviour is tested in tests/reconcile)."""

from __future__ import annotations

from sitrep.render import counted as _count


def test_one_report_in_one_article_is_not_plural() -> None:
    assert f"{_count(1, 'report')} in {_count(1, 'article')}" == "1 report in 1 article"
    assert _count(3, "article") == "3 articles"
