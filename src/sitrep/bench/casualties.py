"""`sitrep bench casualties`: killed and injured figures against GVDB and UCDP GED.

GVDB (Gun Violence Database, dev): news articles about shootings, each with its victims coded
one by one as killed, injured or hospitalized. The gold killed total of an article is the number
of victims coded killed; the injured total, those coded injured or hospitalized and not killed.
Our totals come from :func:`sitrep.casualties.totals.article_totals`. Figures: exact-match
accuracy of killed, of injured, of both together, and the mean absolute error of each.

UCDP GED sample: event rows with the coders' low, best and high death estimates and, for some
rows, the headline of a source. Headlines are all the text there is, and a headline may report a
different tally than the coded event, so the figure measured is how often a killed figure read
from a headline lies within the coders' low..high range, over the headlines that give one.
"""

from __future__ import annotations

import csv
import json
import re
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import click

from sitrep.bench.corpora import shared_data


@dataclass(frozen=True, slots=True)
class GoldArticle:
    id: str
    text: str
    killed: int
    injured: int


def gvdb_articles(path: Path) -> Iterator[GoldArticle]:
    """Articles of GVDB's dev.tsv with their gold killed and injured totals."""
    csv.field_size_limit(sys.maxsize)
    with path.open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            info = json.loads(row["Json"])
            killed = injured = 0
            for victim in info.get("victim-section", []):
                outcome = set(victim.get("victim-was", []))
                if "killed" in outcome:
                    killed += 1
                elif outcome & {"injured", "hospitalized"}:
                    injured += 1
            text, title = row["Full text"], row["Article title"]
            if title and text.startswith(title):
                # GVDB glues the title to the body: keep it a paragraph of its own
                text = title + "\n\n" + text[len(title) :]
            yield GoldArticle(row["Article id"], text, killed, injured)


def _mentions_per_sentence(texts: list[str]) -> Iterator[list[list[object]]]:
    from sitrep import nlp
    from sitrep.casualties.extract import mentions

    language, _ = nlp.load()
    for parsed in language.pipe(texts, batch_size=16):
        yield [list(mentions(sent)) for sent in parsed.sents]


def _gvdb(path: Path, limit: int | None, show_errors: int) -> None:
    from sitrep.casualties.totals import article_totals

    gold = list(gvdb_articles(path))[:limit]
    t0 = time.perf_counter()
    exact_k = exact_i = exact_both = 0
    err_k = err_i = 0
    errors: list[str] = []
    for g, per_sentence in zip(gold, _mentions_per_sentence([g.text for g in gold]), strict=True):
        totals = article_totals(per_sentence)  # type: ignore[arg-type]
        ok_k, ok_i = totals.killed == g.killed, totals.injured == g.injured
        exact_k += ok_k
        exact_i += ok_i
        exact_both += ok_k and ok_i
        err_k += abs(totals.killed - g.killed)
        err_i += abs(totals.injured - g.injured)
        if not (ok_k and ok_i) and len(errors) < show_errors:
            errors.append(
                f"  {g.id}: gold {g.killed}k/{g.injured}i, found {totals.killed}k/{totals.injured}i"
            )
    n = max(len(gold), 1)
    seconds = time.perf_counter() - t0
    click.echo(
        f"GVDB {path.name}: {len(gold)} articles ({seconds:.0f} s, {len(gold) / seconds:.1f}/s)"
    )
    click.echo(f"  killed   exact {100 * exact_k / n:5.1f}%   MAE {err_k / n:.2f}")
    click.echo(f"  injured  exact {100 * exact_i / n:5.1f}%   MAE {err_i / n:.2f}")
    click.echo(f"  both     exact {100 * exact_both / n:5.1f}%")
    for line in errors:
        click.echo(line)


_QUOTED = re.compile(r'"+([^";]{12,})')


def _headlines(row: dict[str, str]) -> list[str]:
    found = [h.strip() for h in row.get("source_headline", "").split(";") if len(h.split()) >= 3]
    found += [m.strip() for m in _QUOTED.findall(row.get("source_article", ""))]
    return [h for h in dict.fromkeys(found) if any(c.isalpha() for c in h)]


def _ucdp(path: Path, limit: int | None) -> None:
    from sitrep.casualties.totals import article_totals

    with path.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))[:limit]
    items = [(row, h) for row in rows for h in _headlines(row)[:1]]
    inside = given = 0
    for (row, headline), per_sentence in zip(
        items, _mentions_per_sentence([h for _, h in items]), strict=True
    ):
        del headline
        killed = article_totals(per_sentence).killed  # type: ignore[arg-type]
        if killed == 0:
            continue
        given += 1
        low, high = float(row["low"] or 0), float(row["high"] or 0)
        inside += low <= killed <= high
    click.echo(
        f"UCDP GED {path.name}: {len(rows)} events, {len(items)} with a headline, "
        f"{given} headlines give a killed figure"
    )
    if given:
        click.echo(
            f"  figure within the coders' low..high: {100 * inside / given:.1f}% ({inside}/{given})"
        )


@click.command("casualties")
@click.option(
    "--data",
    type=click.Choice(["gvdb", "ucdp", "all"]),
    default="all",
    show_default=True,
    help="Which corpus to score.",
)
@click.option(
    "--path",
    type=click.Path(path_type=Path),
    default=None,
    help="A GVDB .tsv or UCDP .csv file instead of the shared one.",
)
@click.option("--limit", type=int, default=None, help="Score only the first N articles or rows.")
@click.option(
    "--errors", "show_errors", type=int, default=0, help="Print N articles whose totals are wrong."
)
def command(data: str, path: Path | None, limit: int | None, show_errors: int) -> None:
    """Killed and injured figures: GVDB exact totals, UCDP headline figures within range."""
    if data in {"gvdb", "all"}:
        gvdb = path if path and data == "gvdb" else shared_data("gvdb", "dev.tsv")
        if not gvdb.exists():
            raise click.ClickException(f"{gvdb} not found (set SITREP_SHARED_DATA)")
        _gvdb(gvdb, limit, show_errors)
    if data in {"ucdp", "all"}:
        ucdp = (
            path
            if path and data == "ucdp"
            else shared_data("ucdp_ged_sample", "ucdp_ged_sample_to2015.csv")
        )
        if not ucdp.exists():
            raise click.ClickException(f"{ucdp} not found (set SITREP_SHARED_DATA)")
        _ucdp(ucdp, limit)
