"""Readers for the development corpora in ../shared/data that several benchmarks share.

Nothing here copies corpus text anywhere: articles are read at run time and kept in memory.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path

from sitrep.ingest import ArticleDefaults, parse_date, read_inputs
from sitrep.ingest.readers import content_id
from sitrep.records import Article, Failure

ENV_VAR = "SITREP_SHARED_DATA"


def shared_data(*parts: str) -> Path:
    """A path under the shared data folder: $SITREP_SHARED_DATA, else ../shared/data beside the
    checkout (or beside the working directory)."""
    env = os.environ.get(ENV_VAR)
    roots = [Path(env)] if env else []
    roots += [
        Path(__file__).resolve().parents[3].parent / "shared" / "data",
        Path.cwd().parent / "shared" / "data",
        Path.cwd() / "shared" / "data",
    ]
    for root in roots:
        if root.is_dir():
            return root.joinpath(*parts)
    return roots[0].joinpath(*parts)


def allsides_articles(path: Path) -> Iterator[Article]:
    """Each outlet's article of each AllSides story (the story's left, centre and right takes)."""
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            story = json.loads(line)
            published = None
            if story.get("date"):
                published = parse_date(str(story["date"])[:10], origin=str(path))
            for side, item in (story.get("news") or {}).items():
                body = item.get("newBody") or []
                paragraphs = [p.strip() for p in body if isinstance(p, str) and p.strip()]
                if not paragraphs:
                    continue
                title = (item.get("newsTitle") or "").strip() or None
                text = "\n\n".join(([title] if title else []) + paragraphs)
                yield Article(
                    id=f"allsides-{story.get('id')}-{side}",
                    text=text,
                    title=title,
                    source=item.get("newsSource"),
                    url=item.get("newsLink"),
                    published=published,
                    origin=f"{path.name}:{story.get('id')}:{side}",
                )


def articles_at(path: Path, *, defaults: ArticleDefaults | None = None) -> Iterator[Article]:
    """Articles from a file or folder: sitrep inputs (.txt, .html, .jsonl) or the AllSides file."""
    if path.is_file() and path.suffix == ".jsonl" and "allsides" in path.parts[-2:-1]:
        yield from allsides_articles(path)
        return
    files = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
    for item in read_inputs([str(f) for f in files], defaults=defaults):
        if isinstance(item, Failure):
            continue
        yield item


__all__ = ["allsides_articles", "articles_at", "content_id", "shared_data"]
