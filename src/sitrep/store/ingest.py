"""Ingest: articles in, analysed, written to the store one transaction each.

An article already stored (same text) is not analysed again; a changed one (same URL or given
id, new text) replaces its old analysis; one that cannot be read or analysed is recorded as a
failure and the run goes on. Interrupting a run keeps every article it has written.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from sitrep.records import Article, Failure, Report
from sitrep.store.base import Outcome, Store
from sitrep.store.rows import content_hash, locator

Analyzer = Callable[[Iterable[Article | Failure]], Iterator[Report | Failure]]
Progress = Callable[[Article | Failure, Outcome | None], None]


@dataclass(slots=True)
class IngestSummary:
    """What a run did so far; filled as it goes, so an interrupted run can still report."""

    added: int = 0
    unchanged: int = 0
    replaced: int = 0
    failures: list[Failure] = field(default_factory=list)

    @property
    def failed(self) -> int:
        return len(self.failures)

    @property
    def total(self) -> int:
        return self.added + self.unchanged + self.replaced + self.failed

    def count(self, outcome: Outcome) -> None:
        if outcome is Outcome.ADDED:
            self.added += 1
        elif outcome is Outcome.REPLACED:
            self.replaced += 1
        else:
            self.unchanged += 1

    def to_dict(self) -> dict[str, object]:
        return {
            "added": self.added,
            "unchanged": self.unchanged,
            "replaced": self.replaced,
            "failed": self.failed,
            "failures": [{"origin": f.origin, "reason": f.reason} for f in self.failures],
        }


def ingest(
    items: Iterable[Article | Failure],
    store: Store,
    *,
    analyze_many: Analyzer | None = None,
    summary: IngestSummary | None = None,
    progress: Progress | None = None,
) -> IngestSummary:
    """Analyse and store ``items``; ``analyze_many`` defaults to the default pipeline."""
    if analyze_many is None:
        from sitrep import api

        analyze_many = api.analyze_many
    summary = summary if summary is not None else IngestSummary()

    def notify(item: Article | Failure, outcome: Outcome | None) -> None:
        if progress is not None:
            progress(item, outcome)

    # A URL or given id says which stored article a changed text replaces. Within one run, two
    # different texts under one id are a collision (two archives both numbering from 1), not an
    # update: the later is refused, so that it cannot silently replace the earlier.
    claimed: dict[str, tuple[str, str]] = {}

    def needing_analysis() -> Iterator[Article | Failure]:
        for item in items:
            if isinstance(item, Article):
                where, key = locator(item), content_hash(item.text)
                first = claimed.setdefault(where, (item.origin or item.id, key)) if where else None
                if first is not None and first[1] != key:
                    yield Failure(
                        origin=item.origin or item.id,
                        reason=f"{where} already given to a different text in this run "
                        f"({first[0]}); not stored, as it would replace that article",
                        article_id=item.id,
                    )
                    continue
                if store.status(item) is Outcome.UNCHANGED:
                    summary.count(Outcome.UNCHANGED)
                    notify(item, Outcome.UNCHANGED)
                    continue
            yield item

    for result in analyze_many(needing_analysis()):
        if isinstance(result, Report):
            try:
                outcome = store.put(result)
            except Exception as exc:  # noqa: BLE001  one report the store refuses is its failure
                result = _unstorable(result, exc)
            else:
                summary.count(outcome)
                notify(result.article, outcome)
                continue
        store.record_failure(result)
        summary.failures.append(result)
        notify(result, None)
    return summary


def _unstorable(report: Report, exc: Exception) -> Failure:
    """The failure of a report the store would not take (a figure too large for its column ...).

    The article's transaction rolled back, so nothing of it is half-written. When the store
    itself is broken, recording this failure fails too, and that error stops the run.
    """
    article = report.article
    return Failure(
        origin=article.origin or article.id,
        reason=f"cannot be stored: {type(exc).__name__}: {exc}",
        article_id=article.id,
        stage="store",
    )
