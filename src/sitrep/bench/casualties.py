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
from typing import TYPE_CHECKING

import click

from sitrep.bench.corpora import shared_data
from sitrep.casualties.lexicon import KILLED

if TYPE_CHECKING:
    from sitrep.casualties.mention import Mention


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


def _mentions_per_sentence(texts: list[str]) -> Iterator[list[list[Mention]]]:
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
        totals = article_totals(per_sentence)
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
# A source cited without quotes: 'Reuters, 2/21/1996 Five police killed in ... blast.',
# 'BBC 8/16/1999 Six separatists killed ... Source: TRT TV', '(1) Militant shot dead\n2 March'
_SOURCE_AND_DATE = re.compile(
    r"^[^\d\n]{0,60}?,?\s*(?:\d{1,2}/\d{1,2}/\d{2,4}|\d{4}-\d{1,2}-\d{1,2})(?:,\s*|\s+)"
)
_NUMBERED = re.compile(r"\(\d\)\s*")


def _headlines(row: dict[str, str]) -> list[str]:
    """The headlines a row cites, in order: its headline field, quoted titles in its source
    field, then titles the source field gives unquoted after a source name and date."""
    article = row.get("source_article", "")
    found = [h.strip() for h in row.get("source_headline", "").split(";") if len(h.split()) >= 3]
    # a quoted source may start with its own name and date: '"SOHR,2015-09-12,Children ...'
    for quoted in (q.strip() for q in _QUOTED.findall(article)):
        dated = _SOURCE_AND_DATE.match(quoted)
        found.append(quoted[dated.end() :] if dated else quoted)
    if not _QUOTED.search(article):
        for part in _NUMBERED.split(article):
            lines = part.strip().split("\n")
            dated = _SOURCE_AND_DATE.match(lines[0])
            if dated is not None:
                line = lines[0][dated.end() :]
            elif len(lines) > 1:
                line = lines[0]  # '(1) Title\n2 March 2011\nReuters': a title on a line of its own
            else:
                continue
            line = line.split(" Source:")[0].strip()
            if len(line.split()) >= 3:
                found.append(line)
    return [h for h in dict.fromkeys(found) if any(c.isalpha() for c in h)]


def _ucdp(path: Path, limit: int | None, show_errors: int) -> None:
    from sitrep.casualties.totals import article_totals

    with path.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))[:limit]
    items = [(index, h) for index, row in enumerate(rows) for h in _headlines(row)]
    # the first of a row's headlines that gives a killed figure is the row's figure
    figure: dict[int, tuple[int, int, str]] = {}
    for (index, headline), per_sentence in zip(
        items, _mentions_per_sentence([h for _, h in items]), strict=True
    ):
        killed = article_totals(per_sentence).killed
        if killed and index not in figure:
            figure[index] = (killed, _range_top(per_sentence, killed), headline)
    inside = ranges = 0
    errors: list[str] = []
    for index, (killed, top, headline) in sorted(figure.items()):
        row = rows[index]
        low, high = float(row["low"] or 0), float(row["high"] or 0)
        # a vague figure ('dozens' is 12..99) agrees with the coders when the ranges meet
        ok = killed <= high and top >= low
        inside += ok
        ranges += ok and not low <= killed <= high
        if not ok and len(errors) < show_errors:
            shown = f"{killed}..{top}" if top != killed else f"{killed}"
            errors.append(f"  {row['id']}: coded {low:g}..{high:g}, found {shown}: {headline}")
    given = len(figure)
    click.echo(
        f"UCDP GED {path.name}: {len(rows)} events, {len({i for i, _ in items})} with a "
        f"headline, {given} with a headline that gives a killed figure"
    )
    if given:
        click.echo(
            f"  figure within the coders' low..high: {100 * inside / given:.1f}% ({inside}/{given};"
            f" {ranges} of them vague figures whose range meets the coders')"
        )
    for line in errors:
        click.echo(line)


def _range_top(sentences: list[list[Mention]], killed: int) -> int:
    """The top of the killed figure when it is vague ('dozens' counts 12 up to 99); the
    article's totals count the low end."""
    tops = [
        m.count.high
        for found in sentences
        for m in found
        if m.kind == KILLED and m.count.value == killed and m.count.high is not None
    ]
    return max(tops, default=killed)


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
    "--errors",
    "show_errors",
    type=int,
    default=0,
    help="Print N articles (or UCDP rows) whose figures are wrong.",
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
        _ucdp(ucdp, limit, show_errors)
