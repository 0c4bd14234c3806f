"""`sitrep bench merge`: pairwise precision and recall of merged event reports.

Each article runs through the default pipeline; its events become event reports
(:func:`sitrep.reconcile.reports.reports_of`) and :func:`sitrep.reconcile.merge.merge` merges
them. Only pairs of reports from different articles count (merging never joins two reports of
one article). A predicted pair is two reports in one merged event; precision is the share of
predicted pairs that are gold pairs, recall the share of gold pairs predicted.

MEANTIME (``meantime_en/intra_cross-doc_annotation``, Wikinews, NAF/CAT XML). Gold: every
event mention refers (REFERS_TO) to an event; events annotated across documents carry an
``instance_id``. A report is aligned to the gold mention its trigger (else its first evidence
span) overlaps most; two reports in different documents are a gold pair when their mentions
refer to the same cross-document instance. A report that overlaps no gold mention is a gold
singleton. Recall is given twice: over the gold pairs among our reports ("reachable"), and over
every gold cross-document mention pair (a pair is found when reports aligned to both mentions
are merged), which also counts events the events stage did not extract.

AllSides (``allsides/stories_before_2021-08.jsonl``): each story is one news event told by a
left, a centre and a right outlet, with no event annotation. Gold pairs are derived so:

- an article's *lead report* is its event report whose evidence starts first (the headline or
  the lede tells the story's event); the lead reports of one story's outlets are gold pairs;
- any two reports of different stories are gold non-pairs (stories are distinct events);
- pairs of reports of one story that are not both leads are not judged (an article reports
  other events too, some of which the other outlets report as well): they count neither way.

Precision is measured over judged predicted pairs; recall over the lead pairs.
"""

from __future__ import annotations

import itertools
import time
import xml.etree.ElementTree as ET
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import click

from sitrep.bench.corpora import shared_data
from sitrep.records import Article, Report, Span

Pair = frozenset[tuple[str, str]]


# --- MEANTIME ----------------------------------------------------------------------------------


@dataclass(slots=True)
class GoldDocument:
    """A MEANTIME document rebuilt as text, with its event mentions' spans and instances."""

    name: str
    article: Article
    # (span, instance): the instance is the cross-document instance_id when annotated, else an
    # id local to the document.
    mentions: list[tuple[Span, str]] = field(default_factory=list)
    cross: set[str] = field(default_factory=set)


def meantime_document(path: Path) -> GoldDocument:
    import datetime as dt

    root = ET.parse(path).getroot()
    name = root.get("doc_name") or path.stem
    sentences: dict[int, list[tuple[str, str]]] = defaultdict(list)
    for token in root.iter("token"):
        sentences[int(token.get("sentence") or 0)].append(
            (token.get("t_id") or "", token.text or "")
        )
    offsets: dict[str, Span] = {}
    parts: list[str] = []
    cursor = 0
    title = None
    for number in sorted(sentences):
        if parts:
            gap = "\n\n" if number == 1 else " "
            parts.append(gap)
            cursor += len(gap)
        words = []
        for i, (t_id, word) in enumerate(sentences[number]):
            if i:
                words.append(" ")
                cursor += 1
            offsets[t_id] = Span(cursor, cursor + len(word))
            words.append(word)
            cursor += len(word)
        sentence = "".join(words)
        parts.append(sentence)
        if number == 0:
            title = sentence
    text = "".join(parts)
    markables = root.find("Markables")
    published = None
    events: dict[str, str | None] = {}
    mention_spans: dict[str, Span] = {}
    if markables is not None:
        for timex in markables.iter("TIMEX3"):
            if timex.get("functionInDocument") == "CREATION_TIME":
                try:
                    published = dt.date.fromisoformat((timex.get("value") or "")[:10])
                except ValueError:
                    published = None
        for event in markables.iter("EVENT"):
            events[event.get("m_id") or ""] = event.get("instance_id")
        for mention in markables.iter("EVENT_MENTION"):
            spans = [offsets[a.get("t_id") or ""] for a in mention.iter("token_anchor")]
            spans = [s for s in spans if s is not None]
            if spans:
                mention_spans[mention.get("m_id") or ""] = Span(
                    min(s.start for s in spans), max(s.end for s in spans)
                )
    instance: dict[str, str] = {}
    cross: set[str] = set()
    relations = root.find("Relations")
    if relations is not None:
        for ref in relations.iter("REFERS_TO"):
            target = ref.find("target")
            target_id = target.get("m_id") if target is not None else None
            if target_id not in events:
                continue
            gold = events[target_id] or f"{name}:{target_id}"
            if events[target_id]:
                cross.add(gold)
            for source in ref.iter("source"):
                instance[source.get("m_id") or ""] = gold
    doc = GoldDocument(
        name=name,
        article=Article(
            id=f"meantime-{name}",
            text=text,
            title=title,
            source=name,
            published=published,
            origin=str(path),
        ),
        cross=cross,
    )
    for m_id, span in mention_spans.items():
        doc.mentions.append((span, instance.get(m_id, f"{name}:mention:{m_id}")))
    return doc


def _aligned(report: Report, doc: GoldDocument) -> dict[str, tuple[str, Span]]:
    """Each of our events' gold instance, and the gold mention it was aligned to."""
    out = {}
    for event in report.events:
        ours = event.trigger or event.evidence[0]
        best = max(
            (
                (min(ours.end, span.end) - max(ours.start, span.start), span, gold)
                for span, gold in doc.mentions
                if ours.overlaps(span)
            ),
            default=None,
            key=lambda x: x[0],
        )
        if best is not None:
            out[event.id] = (best[2], best[1])
    return out


@dataclass(slots=True)
class Scores:
    predicted: int = 0
    correct: int = 0
    gold: int = 0
    found: int = 0
    # Pairs that are neither gold pairs nor gold non-pairs (AllSides: same story, not leads).
    unjudged: int = 0

    @property
    def precision(self) -> float:
        return self.correct / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.found / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def line(self, label: str) -> str:
        return (
            f"  {label:<34} P {100 * self.precision:5.1f}  R {100 * self.recall:5.1f}  "
            f"F1 {100 * self.f1:5.1f}   ({self.correct}/{self.predicted} predicted pairs correct, "
            f"{self.found}/{self.gold} gold pairs found"
            + (f", {self.unjudged} not judged" if self.unjudged else "")
            + ")"
        )


def _analysed(articles: Sequence[Article]) -> Iterator[Report | None]:
    from sitrep import api
    from sitrep.records import Failure

    for result in api.analyze_many(articles):
        yield None if isinstance(result, Failure) else result


def _predicted_pairs(reports: Iterable[object]) -> set[Pair]:
    from sitrep.reconcile.merge import merge
    from sitrep.reconcile.reports import EventReport

    merged = merge(r for r in reports if isinstance(r, EventReport))
    return {
        frozenset((a, b))
        for event in merged
        for a, b in itertools.combinations(event.keys, 2)
        if a[0] != b[0]
    }


def _meantime(path: Path, limit: int | None) -> None:
    from sitrep.reconcile.reports import EventReport, reports_of

    files = sorted(path.rglob("*.xml"))[:limit]
    docs = [meantime_document(f) for f in files]
    t0 = time.perf_counter()
    reports: list[EventReport] = []
    gold_of: dict[tuple[str, str], tuple[str, Span]] = {}
    for doc, analysed in zip(docs, _analysed([d.article for d in docs]), strict=True):
        if analysed is None:
            continue
        aligned = _aligned(analysed, doc)
        for r in reports_of(analysed, key=doc.name):
            reports.append(r)
            if r.record_id in aligned:
                gold_of[r.key] = aligned[r.record_id]
    seconds = time.perf_counter() - t0
    # Instances annotated in two documents or more: the events that cross documents.
    seen: dict[str, int] = defaultdict(int)
    for d in docs:
        for gold in d.cross:
            seen[gold] += 1
    cross = {gold for gold, n in seen.items() if n > 1}
    predicted = _predicted_pairs(reports)
    scores = Scores(predicted=len(predicted))

    def same(a: tuple[str, str], b: tuple[str, str]) -> bool:
        ga, gb = gold_of.get(a), gold_of.get(b)
        return ga is not None and gb is not None and ga[0] == gb[0] and ga[0] in cross

    scores.correct = sum(1 for p in predicted if same(*sorted(p)))
    gold_pairs = {
        frozenset((a.key, b.key))
        for a, b in itertools.combinations(reports, 2)
        if a.article != b.article and same(a.key, b.key)
    }
    scores.gold, scores.found = len(gold_pairs), len(gold_pairs & predicted)
    # Every gold cross-document mention pair, found when reports aligned to both are merged.
    mentions = [(d.name, span, gold) for d in docs for span, gold in d.mentions if gold in cross]
    all_pairs = {
        frozenset(((a[0], a[1].start), (b[0], b[1].start)))
        for a, b in itertools.combinations(mentions, 2)
        if a[0] != b[0] and a[2] == b[2]
    }
    found_pairs = set()
    for p in predicted:
        a, b = sorted(p)
        ga, gb = gold_of.get(a), gold_of.get(b)
        if ga and gb and ga[0] == gb[0] and ga[0] in cross:
            found_pairs.add(frozenset(((a[0], ga[1].start), (b[0], gb[1].start))))
    overall = Scores(
        predicted=scores.predicted,
        correct=scores.correct,
        gold=len(all_pairs),
        found=len(found_pairs & all_pairs),
    )
    click.echo(
        f"MEANTIME {path.name}: {len(docs)} documents, {len(reports)} event reports "
        f"({len(gold_of)} aligned to gold mentions), {len(cross)} cross-document events "
        f"({seconds:.0f} s analysis)"
    )
    click.echo(scores.line("pairs among our reports"))
    click.echo(overall.line("against every gold mention pair"))


# --- AllSides ----------------------------------------------------------------------------------


def _allsides(path: Path, limit: int | None) -> None:
    from sitrep.bench.corpora import allsides_articles
    from sitrep.reconcile.reports import EventReport, reports_of

    articles = list(allsides_articles(path))
    stories = list(dict.fromkeys(a.id.rsplit("-", 1)[0] for a in articles))[:limit]
    chosen = set(stories)
    articles = [a for a in articles if a.id.rsplit("-", 1)[0] in chosen]
    t0 = time.perf_counter()
    reports: list[EventReport] = []
    leads: dict[str, tuple[str, str]] = {}
    for article, analysed in zip(articles, _analysed(articles), strict=True):
        if analysed is None:
            continue
        found = reports_of(analysed, key=article.id)
        reports += found
        if analysed.events:
            first = min(analysed.events, key=lambda e: e.evidence[0].start)
            leads[article.id] = (article.id, first.id)
    seconds = time.perf_counter() - t0

    def story(key: tuple[str, str]) -> str:
        return key[0].rsplit("-", 1)[0]

    lead_keys = set(leads.values())
    gold_pairs = {
        frozenset((a, b))
        for a, b in itertools.combinations(sorted(lead_keys), 2)
        if story(a) == story(b)
    }
    predicted = _predicted_pairs(reports)
    scores = Scores(gold=len(gold_pairs), found=len(gold_pairs & predicted))
    for p in predicted:
        a, b = sorted(p)
        if story(a) != story(b):
            scores.predicted += 1
        elif p in gold_pairs:
            scores.predicted += 1
            scores.correct += 1
        else:
            scores.unjudged += 1
    click.echo(
        f"AllSides {path.name}: {len(chosen)} stories, {len(articles)} articles, "
        f"{len(reports)} event reports, {len(lead_keys)} lead reports ({seconds:.0f} s analysis)"
    )
    click.echo(scores.line("lead reports of one story"))


@click.command("merge")
@click.option(
    "--data",
    type=click.Choice(["meantime", "allsides", "all"]),
    default="all",
    show_default=True,
    help="Which corpus to score.",
)
@click.option(
    "--path",
    type=click.Path(exists=True, path_type=Path),
    default=None,
    help="A MEANTIME folder or an AllSides .jsonl instead of the shared one.",
)
@click.option(
    "--limit",
    type=click.IntRange(min=1),
    default=None,
    help="Only the first N MEANTIME documents, or the first N AllSides stories.",
)
def command(data: str, path: Path | None, limit: int | None) -> None:
    """Pairwise precision and recall of merged event reports (MEANTIME cross-document event
    coreference; AllSides stories told by three outlets)."""
    if data in ("meantime", "all"):
        where = path or shared_data("meantime_en", "intra_cross-doc_annotation")
        if not where.exists():
            raise click.ClickException(f"{where} is absent (see ../shared/data/README.md)")
        _meantime(where, limit)
    if data in ("allsides", "all"):
        where = path or shared_data("allsides", "stories_before_2021-08.jsonl")
        if not where.exists():
            raise click.ClickException(f"{where} is absent (see ../shared/data/README.md)")
        _allsides(where, limit)
