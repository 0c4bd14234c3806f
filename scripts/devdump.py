"""Dump a compact, diffable view of sitrep's reports, one file per article.

For developers checking that a change alters only what it means to: run it before and after,
then ``diff -r BEFORE AFTER``.

    python scripts/devdump.py OUT                  # samples, seed, dev/articles
    python scripts/devdump.py OUT --allsides 80    # and the first 80 AllSides articles

Articles in ``dev/articles`` are named ``YYYY-MM-DD-slug.txt``; the date is their publication
date. The seed and the AllSides corpus are read from ``../shared`` and skipped when absent.
"""

from __future__ import annotations

import argparse
import datetime as dt
import itertools
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sitrep import api
from sitrep.bench.corpora import allsides_articles, shared_data
from sitrep.records import Article

ROOT = Path(__file__).resolve().parent.parent
_DATED = re.compile(r"^(\d{4}-\d{2}-\d{2})-(.+)\.txt$")


def _inputs(allsides: int) -> Iterator[tuple[str, str, dt.date | None, Article | None]]:
    for path in sorted((ROOT / "samples" / "articles").glob("*.txt")):
        yield f"sample-{path.stem}", path.read_text(encoding="utf-8"), dt.date(2020, 11, 1), None
    seed = ROOT.parent / "shared" / "seed" / "nagorno-karabakh-2020-11-01.txt"
    if seed.exists():
        yield "seed", seed.read_text(encoding="utf-8"), dt.date(2020, 11, 1), None
    for path in sorted((ROOT / "dev" / "articles").glob("*.txt")):
        match = _DATED.match(path.name)
        if match is None:
            print(f"skipped {path.name}: not named YYYY-MM-DD-slug.txt", file=sys.stderr)
            continue
        day = dt.date.fromisoformat(match.group(1))
        yield f"dev-{match.group(2)}", path.read_text(encoding="utf-8"), day, None
    if allsides:
        try:
            corpus = shared_data("allsides", "stories_before_2021-08.jsonl")
        except Exception:  # noqa: BLE001 - absent corpus: dump the rest
            return
        for number, article in enumerate(itertools.islice(allsides_articles(corpus), allsides)):
            yield f"allsides-{number:03d}", article.text, None, article


def _span(text: str, span: dict[str, int] | None) -> str:
    if not span:
        return "-"
    return " ".join(text[span["start"] : span["end"]].split())


def render(report: dict[str, Any]) -> str:
    text = report["article"]["text"]
    names = {actor["id"]: actor["name"] for actor in report["actors"]}
    names.update({place["id"]: place["name"] for place in report["places"]})
    lines = ["ACTORS"]
    for actor in report["actors"]:
        affiliation = names.get(actor.get("affiliation") or "", "-")
        lines.append(
            f"  {actor['id']} {actor['name']} [{actor['kind']}] country={actor.get('country')}"
            f" of={affiliation} title={actor.get('title')}"
        )
    lines.append("PLACES")
    for place in report["places"]:
        lines.append(
            f"  {place['id']} {place['name']} {place.get('country')} {place.get('level')}"
            f" <{_span(text, (place.get('mentions') or [None])[0])}>"
        )
    lines.append("CLAIMS")
    for claim in report["claims"]:
        lines.append(
            f"  {claim['id']} {names.get(claim.get('speaker') or '', '-')}"
            f" via={names.get(claim.get('via') or '', '-')} {claim['stance']}"
            f" cue=<{claim.get('cue')}> q={int(bool(claim.get('quoted')))} date={claim.get('date')}"
            f" :: {_span(text, claim.get('content'))[:160]}"
        )
    lines.append("EVENTS")
    for event in report["events"]:
        stances = ",".join(f"{c['claim']}:{c['stance']}" for c in event.get("claims") or [])
        lines.append(
            f"  {event['id']} {event['type']} / {event.get('acled')}"
            f" actor={names.get(event.get('actor') or '', '-')}"
            f" target={names.get(event.get('target') or '', '-')}"
            f" place={names.get(event.get('place') or '', '-')} date={event.get('date')}"
            f" [{stances}] :: {_span(text, (event.get('evidence') or [None])[0])[:120]}"
        )
    lines.append("CASUALTIES")
    for row in report["casualties"]:
        figures = " ".join(
            f"{kind}={row[kind]['value']}({row[kind]['qualifier']})"
            for kind in ("killed", "injured", "missing")
            if row.get(kind)
        )
        lines.append(
            f"  {row['id']} {figures} group={row.get('group')}"
            f" side={names.get(row.get('side') or '', row.get('side'))}"
            f" by={names.get(row.get('reporter') or '', '-')} claim={row.get('claim')}"
            + "".join(f" {link}={row[link]}" for link in ("part_of", "restates") if row.get(link))
            + f" :: {_span(text, (row.get('evidence') or [None])[0])[:120]}"
        )
    lines.append("CONTRADICTIONS")
    for item in report["contradictions"]:
        lines.append(
            f"  {item['kind']} {item['between']} about={item.get('about')}: {item['note']}"
        )
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--allsides", type=int, default=0, metavar="N")
    options = parser.parse_args()
    options.out.mkdir(parents=True, exist_ok=True)
    for name, body, published, article in _inputs(options.allsides):
        try:
            if article is not None:
                report = api.analyze_article(article)
            else:
                report = api.analyze(body, published=published, article_id=name)
        except Exception as error:  # noqa: BLE001 - a failure is part of the dump
            (options.out / f"{name}.txt").write_text(f"FAILED: {error}\n", encoding="utf-8")
            continue
        (options.out / f"{name}.txt").write_text(render(report.to_dict()), encoding="utf-8")


if __name__ == "__main__":
    main()
