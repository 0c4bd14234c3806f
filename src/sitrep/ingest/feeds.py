"""Many inputs at once for `sitrep ingest`: folders, RSS/Atom feeds, and URLs fetched over HTTP.

Files are read by :mod:`sitrep.ingest.readers` (text, HTML, JSONL); this module adds what a
corpus needs on top: walking folders, parsing feeds with feedparser, and fetching pages and
feeds politely (a User-Agent naming sitrep, timeouts, a few retries with backoff). A feed entry
that carries its full text is read from the feed; one that carries only a link is fetched.
Every input or entry that cannot be read becomes a :class:`~sitrep.records.Failure` naming it.
"""

from __future__ import annotations

import calendar
import datetime as dt
import os
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from sitrep import __version__
from sitrep.errors import InputError
from sitrep.ingest.decode import decode
from sitrep.ingest.readers import (
    HTML_SUFFIXES,
    JSON_SUFFIXES,
    JSONL_SUFFIXES,
    MAX_FILE_BYTES,
    ArticleDefaults,
    article_from_html,
    article_from_text,
    read_bytes,
    read_capped,
    read_path,
)
from sitrep.records import Article, Failure

__all__ = ["USER_AGENT", "Fetched", "Fetcher", "is_url", "read_feed", "read_sources"]

USER_AGENT = f"sitrep/{__version__} (conflict news analysis; +https://pypi.org/project/sitrep/)"
FEED_SUFFIXES = {".xml", ".rss", ".atom", ".rdf"}
# What a folder walk picks up; anything else in a folder (images, notes) is not an article.
FOLDER_SUFFIXES = {
    ".txt",
    ".text",
    ".md",
    *HTML_SUFFIXES,
    *JSONL_SUFFIXES,
    *JSON_SUFFIXES,
    *FEED_SUFFIXES,
}
_FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/rdf+xml")
_RETRY_STATUS = {429, 500, 502, 503, 504}
# An entry whose content is shorter than this is a teaser; the page behind its link is the article.
_FULL_TEXT_CHARS = 400


def is_url(value: str) -> bool:
    return value.startswith(("http://", "https://"))


@dataclass(frozen=True, slots=True)
class Fetched:
    url: str
    content: bytes
    content_type: str


class Fetcher:
    """HTTP GET for sitrep: timeouts, retries on transient errors, a polite User-Agent.

    ``get`` is the one method the readers call; tests may pass any object that has it.
    """

    def __init__(
        self,
        *,
        timeout: float = 15.0,
        retries: int = 2,
        backoff: float = 1.0,
        user_agent: str = USER_AGENT,
    ) -> None:
        import httpx

        self.retries = retries
        self.backoff = backoff
        self._client = httpx.Client(
            timeout=httpx.Timeout(timeout, connect=min(timeout, 10.0)),
            headers={"User-Agent": user_agent},
            follow_redirects=True,
        )

    def get(self, url: str) -> Fetched:
        """The body of ``url``. Raises InputError naming the URL when it cannot be had."""
        import httpx

        attempt = 0
        while True:
            try:
                with self._client.stream("GET", url) as response:
                    if response.status_code < 400:
                        return Fetched(
                            url=str(response.url),
                            content=_body(response, url),
                            content_type=response.headers.get("content-type", "").lower(),
                        )
            except httpx.TransportError as exc:
                reason = f"cannot fetch: {type(exc).__name__}: {exc}"
                wait = None
            else:
                reason = f"HTTP {response.status_code} {response.reason_phrase}"
                if response.status_code not in _RETRY_STATUS:
                    raise InputError(url, reason)
                wait = _retry_after(response.headers.get("retry-after"))
            if attempt >= self.retries:
                tries = f" (after {attempt + 1} tries)" if attempt else ""
                raise InputError(url, reason + tries)
            time.sleep(wait if wait is not None else self.backoff * 2**attempt)
            attempt += 1

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


def _body(response: Any, url: str) -> bytes:
    """The body, read in chunks: a page larger than MAX_FILE_BYTES is refused, not held."""
    chunks: list[bytes] = []
    size = 0
    for chunk in response.iter_bytes():
        size += len(chunk)
        if size > MAX_FILE_BYTES:
            raise InputError(url, f"larger than {MAX_FILE_BYTES // 2**20:,} MiB; not read")
        chunks.append(chunk)
    return b"".join(chunks)


def _retry_after(value: str | None) -> float | None:
    # Honour a server's short Retry-After; never wait minutes inside one batch.
    if value is None or not value.strip().isdigit():
        return None
    return min(float(value), 30.0)


def read_sources(
    sources: Iterable[str],
    *,
    defaults: ArticleDefaults | None = None,
    fetcher: Fetcher | None = None,
    kind: str | None = None,
    stdin: BinaryIO | None = None,
) -> Iterator[Article | Failure]:
    """Articles from paths, folders (walked, sorted), feed files, URLs and ``-`` (standard
    input), in order.

    Without a fetcher, URLs and feed entries that need fetching become Failures that say so.
    """
    defaults = defaults or ArticleDefaults()
    for source in sources:
        if is_url(source):
            yield from _read_url(source, defaults=defaults, fetcher=fetcher, kind=kind)
            continue
        path = Path(source)
        if path.is_dir():
            yield from _read_folder(path, defaults=defaults, fetcher=fetcher, kind=kind)
        else:
            yield from _read_file(
                source, defaults=defaults, fetcher=fetcher, kind=kind, stdin=stdin
            )


def _read_folder(
    folder: Path, *, defaults: ArticleDefaults, fetcher: Fetcher | None, kind: str | None
) -> Iterator[Article | Failure]:
    """Every article file under ``folder``, sorted; a subfolder that cannot be listed is a
    Failure, and symbolic links to folders are not followed (a link loop cannot trap the walk)."""
    files: list[Path] = []
    unreadable: list[Failure] = []

    def listing_failed(exc: OSError) -> None:
        where = exc.filename or str(folder)
        unreadable.append(Failure(origin=str(where), reason=f"cannot list: {exc.strerror or exc}"))

    for root, _dirs, names in os.walk(folder, onerror=listing_failed):
        files.extend(Path(root) / n for n in names if Path(n).suffix.lower() in FOLDER_SUFFIXES)
    yield from unreadable
    if not files and not unreadable:
        yield Failure(origin=str(folder), reason="folder holds no article files")
    for file in sorted(files):
        yield from _read_file(str(file), defaults=defaults, fetcher=fetcher, kind=kind)


def _read_file(
    path: str,
    *,
    defaults: ArticleDefaults,
    fetcher: Fetcher | None,
    kind: str | None,
    stdin: BinaryIO | None = None,
) -> Iterator[Article | Failure]:
    if kind is None and path != "-" and Path(path).is_file() and _is_feed_file(Path(path)):
        try:
            data = read_capped(Path(path), origin=path)  # read whole: feedparser needs it
        except InputError as exc:
            yield Failure(origin=exc.origin, reason=exc.reason)
            return
        yield from read_feed(data, origin=path, defaults=defaults, fetcher=fetcher)
        return
    yield from read_path(path, defaults=defaults, kind=kind, stdin=stdin)


def _is_feed_file(path: Path) -> bool:
    if path.suffix.lower() in FEED_SUFFIXES:
        return True
    if path.suffix.lower() in {*HTML_SUFFIXES, *JSONL_SUFFIXES, *JSON_SUFFIXES}:
        return False
    try:
        with path.open("rb") as f:
            return _looks_like_feed(f.read(1024))
    except OSError:  # unreadable or gone: the reader says so, naming the file
        return False


def _looks_like_feed(head: bytes) -> bool:
    start = head[:1024].lstrip().lower()
    return start.startswith(b"<?xml") and any(t in start for t in (b"<rss", b"<feed", b"<rdf"))


def _read_url(
    url: str, *, defaults: ArticleDefaults, fetcher: Fetcher | None, kind: str | None
) -> Iterator[Article | Failure]:
    if fetcher is None:
        yield Failure(
            origin=url,
            reason="fetching is off (--no-fetch; `sitrep analyze` never fetches); cannot read a URL",
        )
        return
    try:
        page = fetcher.get(url)
    except InputError as exc:
        yield Failure(origin=exc.origin, reason=exc.reason)
        return
    if kind is None and _is_feed_page(page):
        yield from read_feed(page.content, origin=url, defaults=defaults, fetcher=fetcher)
        return
    if kind == "jsonl" or (kind is None and "ndjson" in page.content_type):
        yield from read_bytes(page.content, origin=url, defaults=defaults, kind="jsonl")
        return
    try:
        yield _article_from_page(page, origin=url, defaults=defaults, kind=kind, fields={})
    except InputError as exc:
        yield Failure(origin=exc.origin, reason=exc.reason)


def _is_feed_page(page: Fetched) -> bool:
    # Servers label feeds loosely (text/xml, even text/html); the first bytes settle it.
    return page.content_type.startswith(_FEED_TYPES) or _looks_like_feed(page.content)


def _article_from_page(
    page: Fetched,
    *,
    origin: str,
    defaults: ArticleDefaults,
    kind: str | None,
    fields: dict[str, Any],
) -> Article:
    text = decode(page.content, origin=origin)
    fields = {**fields, "url": fields.get("url") or page.url}
    is_html = kind == "html" or (
        kind is None
        and (
            "html" in page.content_type
            or text.lstrip()[:200].lower().startswith(("<!doctype", "<html"))
        )
    )
    if is_html:
        return article_from_html(text, origin=origin, defaults=defaults, **fields)
    return article_from_text(text, origin=origin, defaults=defaults, **fields)


def read_feed(
    data: bytes, *, origin: str, defaults: ArticleDefaults, fetcher: Fetcher | None = None
) -> Iterator[Article | Failure]:
    """One Article (or Failure) per entry of an RSS or Atom feed."""
    import feedparser

    parsed = feedparser.parse(data)
    if not parsed.entries:
        problem = parsed.get("bozo_exception")
        reason = f"not a readable RSS/Atom feed ({problem})" if problem else "feed has no entries"
        yield Failure(origin=origin, reason=reason)
        return
    feed_title = parsed.feed.get("title") or None
    for number, entry in enumerate(parsed.entries, start=1):
        where = f"{origin}#{number}"
        try:
            yield _entry_article(
                entry, origin=where, source=feed_title, defaults=defaults, fetcher=fetcher
            )
        except InputError as exc:
            yield Failure(origin=exc.origin, reason=exc.reason)


def _entry_date(entry: Any) -> dt.datetime | None:
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    if parsed is None:
        return None
    return dt.datetime.fromtimestamp(calendar.timegm(parsed), tz=dt.UTC)


def _entry_article(
    entry: Any,
    *,
    origin: str,
    source: str | None,
    defaults: ArticleDefaults,
    fetcher: Fetcher | None,
) -> Article:
    link = entry.get("link") or None
    fields: dict[str, Any] = {
        "url": link,
        "title": entry.get("title") or None,
        "source": source,
        "published": _entry_date(entry),
    }
    if link:
        origin = f"{origin} ({link})"
    contents = [c for c in entry.get("content", []) if c.get("value", "").strip()]
    full = next((c for c in contents if len(c["value"]) >= _FULL_TEXT_CHARS), None)
    if full is not None:
        return _article_from_content(full, origin=origin, defaults=defaults, fields=fields)
    if link and fetcher is not None:
        try:
            page = fetcher.get(link)
        except InputError as exc:  # named by its feed entry, not by a bare URL
            raise InputError(origin, exc.reason) from None
        return _article_from_page(page, origin=origin, defaults=defaults, kind=None, fields=fields)
    teaser = contents[0] if contents else entry.get("summary_detail")
    if teaser is not None and teaser.get("value", "").strip():
        return _article_from_content(teaser, origin=origin, defaults=defaults, fields=fields)
    if link:
        raise InputError(
            origin,
            "entry has no text, only a link, and fetching is off "
            "(`sitrep analyze` never fetches; `sitrep ingest` does unless --no-fetch)",
        )
    raise InputError(origin, "entry has no text and no link")


def _article_from_content(
    content: Any, *, origin: str, defaults: ArticleDefaults, fields: dict[str, Any]
) -> Article:
    value = str(content["value"])
    if "html" in str(content.get("type", "")):
        page = f"<html><body><article>{value}</article></body></html>"
        return article_from_html(page, origin=origin, defaults=defaults, **fields)
    return article_from_text(value, origin=origin, defaults=defaults, **fields)
