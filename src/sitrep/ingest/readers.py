"""Readers for the input kinds of ``sitrep analyze``: .txt, .html, .jsonl and ``-`` (stdin)."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from sitrep.errors import InputError
from sitrep.ingest.dateline import dateline_source
from sitrep.ingest.decode import blank_controls, clean_text, decode
from sitrep.ingest.language import check_english
from sitrep.records import Article, Failure

log = logging.getLogger(__name__)

HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
JSON_SUFFIXES = {".json"}
TEXT_SUFFIXES = {".txt", ".text", ".md", ""}

# The longest article sitrep analyses, in characters: about 15,000 words, several times the longest
# wire story or feature. Analysis still grows faster than the length (places, casualties and
# contradictions weigh mentions and figures against each other): on the development machine a
# synthetic wire text of 99,000 characters took 13 s and one of 300,000 took 98 s in 1.4 GB, so a
# longer input is refused with this figure named rather than left to run on. spaCy's limit is
# 1,000,000.
MAX_CHARS = 100_000
# Past this length the user is told that the analysis will take a while (tens of seconds).
LONG_CHARS = 60_000
# The most bytes read from one file or from standard input: MAX_CHARS of text in any encoding,
# or a JSONL file of many articles (each held to MAX_CHARS): enough for an archive, and bounded
# for a device or pipe that never ends.
MAX_FILE_BYTES = 256 * 1024 * 1024
_ISO_DATE = re.compile(r"\d{4}-\d{1,2}-\d{1,2}")


@dataclass(frozen=True, slots=True, kw_only=True)
class ArticleDefaults:
    """Values for inputs that carry none of their own (``--published``, ``--source``, ``--title``)."""

    published: dt.date | dt.datetime | None = None
    source: str | None = None
    title: str | None = None


def parse_date(value: str, *, origin: str = "--published") -> dt.date | dt.datetime:
    """ISO 8601 first ('2020-11-01', '2020-11-01T09:30:00Z'), then common written forms.

    A date-only value stays a date; a value with a time keeps it. Raises InputError otherwise.
    """
    text = value.strip()
    if not text:
        raise InputError(origin, "empty date")
    try:
        return dt.date.fromisoformat(text)
    except ValueError as exc:
        if _ISO_DATE.fullmatch(text):  # the right shape, an impossible day: say which
            raise InputError(origin, f"{value!r} is not a valid date ({exc})") from None
    try:
        return dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        pass
    from dateutil import parser as dateparser

    try:
        # Two different defaults: a field the text does not give would differ between the parses.
        a = dateparser.parse(text, default=dt.datetime(1900, 1, 1))
        b = dateparser.parse(text, default=dt.datetime(1901, 2, 2, 1, 1))
    except (ValueError, OverflowError):
        raise InputError(origin, f"cannot read {value!r} as a date (use YYYY-MM-DD)") from None
    if (a.year, a.month, a.day) != (b.year, b.month, b.day):
        raise InputError(origin, f"{value!r} is not a full date with year, month and day")
    # '03/02/2024' is 2 March in the US, 3 February elsewhere ('2024/03/02' is year first)
    swapped = dateparser.parse(text, default=dt.datetime(1900, 1, 1), dayfirst=True)
    if swapped.date() != a.date() and not re.match(r"\d{4}\b", text):
        raise InputError(
            origin,
            f"{value!r} is ambiguous ({a.date().isoformat()} or {swapped.date().isoformat()}); "
            "use YYYY-MM-DD",
        )
    if (a.hour, a.minute) != (b.hour, b.minute):
        return a.date()
    return a


def content_id(text: str) -> str:
    """A stable id from the content: the same text always gets the same id."""
    return "sha256:" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def split_title(text: str) -> str | None:
    """A first line followed by a blank line is the title."""
    first, sep, rest = text.partition("\n")
    if sep and rest.startswith(("\n", " \n", "\t\n")) and 0 < len(first.strip()) <= 300:
        return first.strip()
    return None


def _check_text(text: str, origin: str, *, exact: bool) -> str:
    """The text to analyse, or InputError: empty, too long to parse, or not English.

    Control characters always become spaces, so that offsets do not move; unless ``exact``, the
    text is also cleaned as a file's is (line breaks, invisible marks: :func:`clean_text`).
    """
    text = blank_controls(text) if exact else clean_text(text)
    if not text.strip():
        raise InputError(origin, "empty text (nothing to analyse)")
    if len(text) > MAX_CHARS:
        raise InputError(
            origin,
            f"too long: {len(text):,} characters; sitrep analyses articles of at most "
            f"{MAX_CHARS:,} (split it into articles first)",
        )
    check_english(text, origin=origin)
    if len(text) > LONG_CHARS:
        log.warning(
            "%s: a long article (%s characters); analysing it may take a minute",
            origin,
            f"{len(text):,}",
        )
    return text


def article_from_text(
    text: str, *, origin: str, defaults: ArticleDefaults, **fields: Any
) -> Article:
    """An Article from text read from a file, a line or a page: cleaned (see _check_text)."""
    return _article(_check_text(text, origin, exact=False), origin, defaults, fields)


def article_from_exact_text(
    text: str, *, origin: str, defaults: ArticleDefaults, **fields: Any
) -> Article:
    """An Article from a caller's string: every character stays where it is, so that the
    report's offsets index that string (control characters become spaces)."""
    return _article(_check_text(text, origin, exact=True), origin, defaults, fields)


def _article(text: str, origin: str, defaults: ArticleDefaults, fields: dict[str, Any]) -> Article:
    title = fields.pop("title", None) or split_title(text) or defaults.title
    return Article(
        id=fields.pop("id", None) or content_id(text),
        text=text,
        title=title,
        source=fields.pop("source", None) or defaults.source or dateline_source(text),
        url=fields.pop("url", None),
        published=fields.pop("published", None) or defaults.published,
        origin=origin,
    )


_HTML_ROOT = re.compile(r"<(?:html|body)[\s>]", re.IGNORECASE)


# An HTML page whose text has fewer words than this and no sentence end holds no article.
_FEWEST_WORDS = 8
_SENTENCE_END = re.compile(r"[.!?…][\"'”’)]*(?:\s|$)")


def article_from_html(
    html: str, *, origin: str, defaults: ArticleDefaults, **fields: Any
) -> Article:
    import trafilatura

    if not _HTML_ROOT.search(html[:4096]):
        # A fragment ('<p>...</p>') or bare text saved as .html: trafilatura needs a document.
        html = f"<html><body>{html}</body></html>"
    result = trafilatura.bare_extraction(
        html,
        url=fields.get("url"),
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    extracted: dict[str, Any] | None = (
        result if isinstance(result, dict) or result is None else result.as_dict()
    )
    raw = str((extracted or {}).get("text") or "")
    if extracted is None or not raw.strip():
        raise InputError(origin, "no article text could be extracted from this HTML page")
    if len(raw.split()) < _FEWEST_WORDS and not _SENTENCE_END.search(raw):
        # 'Home | News | Contact': a menu or a title, no report to analyse
        raise InputError(origin, "no article text in this HTML page, only a few words (a menu?)")
    body = "\n\n".join(line.strip() for line in raw.split("\n") if line.strip())
    title = fields.pop("title", None) or extracted.get("title") or defaults.title
    if title and not body.startswith(title):
        body = f"{title}\n\n{body}"
    published = fields.pop("published", None)
    if published is None and extracted.get("date"):
        try:
            published = parse_date(str(extracted["date"]), origin=origin)
        except InputError:
            published = None
    return article_from_text(
        body,
        origin=origin,
        defaults=defaults,
        title=title,
        published=published,
        source=fields.pop("source", None) or extracted.get("sitename"),
        **fields,
    )


def _jsonl_articles(
    lines: Iterable[str], *, origin: str, defaults: ArticleDefaults
) -> Iterator[Article | Failure]:
    records = (
        (f"{origin}:{number}", line) for number, line in enumerate(lines, start=1) if line.strip()
    )
    yield from _distinct_ids(_record_article(where, line, defaults) for where, line in records)


def _json_articles(
    text: str, *, origin: str, defaults: ArticleDefaults
) -> Iterator[Article | Failure]:
    """A .json file: one object, or a list of objects (elements named ``file[3]``, from 0); a
    file that does not parse whole may be JSON Lines under another name."""
    try:
        document = json.loads(text)
    except json.JSONDecodeError:
        yield from _jsonl_articles(text.split("\n"), origin=origin, defaults=defaults)
        return
    elements = list(enumerate(document)) if isinstance(document, list) else [(None, document)]
    yield from _distinct_ids(
        _record_article(origin if i is None else f"{origin}[{i}]", obj, defaults, parsed=True)
        for i, obj in elements
    )


def _record_article(
    where: str, record: object, defaults: ArticleDefaults, *, parsed: bool = False
) -> Article | Failure:
    """One JSON record (a line's text, or a value already ``parsed``) as an Article or Failure."""
    try:
        return _jsonl_article(record, origin=where, defaults=defaults, parsed=parsed)
    except InputError as exc:
        return Failure(origin=where, reason=exc.reason)
    except Exception as exc:  # noqa: BLE001  a reader bug on one record must not stop the file
        return Failure(origin=where, reason=f"could not be read: {type(exc).__name__}: {exc}")


def _distinct_ids(items: Iterable[Article | Failure]) -> Iterator[Article | Failure]:
    """An id given twice with different texts would make the second silently replace the first
    in a corpus: the second is refused, naming where the id was first given."""
    first: dict[str, tuple[str, str]] = {}
    for item in items:
        if isinstance(item, Article):
            where = item.origin or item.id
            seen = first.setdefault(item.id, (where, item.text))
            if seen[0] != where and seen[1] != item.text:
                item = Failure(
                    origin=where,
                    reason=f"id {item.id!r} already given to a different text ({seen[0]})",
                )
        yield item


def _jsonl_article(
    record: object, *, origin: str, defaults: ArticleDefaults, parsed: bool = False
) -> Article:
    obj = record
    if isinstance(record, str) and not parsed:  # a JSONL line; a string in a list is no article
        try:
            obj = json.loads(record)
        except json.JSONDecodeError as exc:
            # json's own messages may end in "at" ("Unterminated string starting at")
            what = exc.msg.removesuffix(" at")
            raise InputError(origin, f"malformed JSON: {what} at column {exc.colno}") from None
    if not isinstance(obj, dict):
        # a JSONL line or an item of a .json list: both are articles
        raise InputError(
            origin, f"an article must be a JSON object with 'text' or 'html', not {_json_type(obj)}"
        )
    fields: dict[str, Any] = {}
    for key in ("id", "title", "source", "url"):
        value = obj.get(key)
        if (value is not None and not isinstance(value, str | int)) or isinstance(value, bool):
            raise InputError(origin, f"'{key}' must be a string, not {_json_type(value)}")
        if value is not None:
            fields[key] = str(value)
    if obj.get("published") is not None:
        if not isinstance(obj["published"], str):
            raise InputError(
                origin,
                f"'published' must be a date string such as \"2020-11-01\", "
                f"not {_json_type(obj['published'])}",
            )
        fields["published"] = parse_date(obj["published"], origin=f"{origin} 'published'")
    text, html = obj.get("text"), obj.get("html")
    if isinstance(text, str):
        return article_from_text(text, origin=origin, defaults=defaults, **fields)
    if isinstance(html, str):
        return article_from_html(html, origin=origin, defaults=defaults, **fields)
    for key, value in (("text", text), ("html", html)):
        if value is not None:
            raise InputError(origin, f"'{key}' must be a string, not {_json_type(value)}")
    raise InputError(origin, "no 'text' or 'html' string in this record")


def _json_type(value: object) -> str:
    names = {
        bool: "true/false",
        int: "a number",
        float: "a number",
        list: "a list",
        dict: "an object",
        str: "a string",
        type(None): "null",
    }
    return names.get(type(value), type(value).__name__)


def _kind(name: str, text: str) -> str:
    suffix = Path(name).suffix.lower()
    if suffix in HTML_SUFFIXES:
        return "html"
    if suffix in JSONL_SUFFIXES:
        return "jsonl"
    if suffix in JSON_SUFFIXES:
        return "json"
    head = text.lstrip()[:200].lower()
    if head.startswith(("<!doctype html", "<html")):
        return "html"
    if head.startswith(("{", "[")):  # JSON on standard input or under a text name
        return _json_kind(text)
    return "text"


def _json_kind(text: str) -> str:
    """'json' when the text parses whole, 'jsonl' when its first line is an object, else 'text'
    (an article that happens to open with a bracket)."""
    try:
        json.loads(text)
        return "json"
    except json.JSONDecodeError:
        pass
    first = text.lstrip().split("\n", 1)[0]
    try:
        return "jsonl" if isinstance(json.loads(first), dict) else "text"
    except json.JSONDecodeError:
        return "text"


def read_bytes(
    data: bytes, *, origin: str, defaults: ArticleDefaults, kind: str | None = None
) -> Iterator[Article | Failure]:
    """Articles from the bytes of one input; ``kind`` is 'text', 'html', 'jsonl' or 'json' (else
    guessed from the name, then the content)."""
    try:
        text = decode(data, origin=origin)
        kind = kind or _kind(origin, text)
        if kind == "jsonl":
            yield from _jsonl_articles(text.split("\n"), origin=origin, defaults=defaults)
        elif kind == "json":
            yield from _json_articles(text, origin=origin, defaults=defaults)
        elif kind == "html":
            yield article_from_html(text, origin=origin, defaults=defaults)
        else:
            yield article_from_text(text, origin=origin, defaults=defaults)
    except InputError as exc:
        yield Failure(origin=exc.origin, reason=exc.reason)
    except Exception as exc:  # noqa: BLE001  a reader bug on one input must not stop the others
        yield Failure(origin=origin, reason=f"could not be read: {type(exc).__name__}: {exc}")


def read_path(
    path: str, *, defaults: ArticleDefaults, kind: str | None = None, stdin: BinaryIO | None = None
) -> Iterator[Article | Failure]:
    """Articles from one path (or ``-`` for standard input)."""
    source: BinaryIO | Path
    if path == "-":
        if stdin is None and sys.stdin is None:
            yield Failure(origin="stdin", reason="standard input is closed (nothing to read)")
            return
        source, origin = (stdin if stdin is not None else sys.stdin.buffer), "stdin"
    else:
        source, origin = Path(path), path
        if not source.exists():
            reason = "broken symbolic link" if source.is_symlink() else "no such file"
            yield Failure(origin=path, reason=reason)
            return
        if source.is_dir():
            yield Failure(origin=path, reason="is a directory (give the files inside it)")
            return
    try:
        data = read_capped(source, origin=origin)
    except InputError as exc:
        yield Failure(origin=exc.origin, reason=exc.reason)
        return
    yield from read_bytes(data, origin=origin, defaults=defaults, kind=kind)


def read_capped(source: BinaryIO | Path, *, origin: str) -> bytes:
    """All of a stream or file up to MAX_FILE_BYTES; a device or pipe that never ends is refused,
    and an input that cannot be read is an InputError naming ``origin``."""
    try:
        if isinstance(source, Path):
            with source.open("rb") as stream:
                data = stream.read(MAX_FILE_BYTES + 1)
        else:
            data = source.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        raise InputError(origin, f"cannot read: {exc.strerror or exc}") from None
    if len(data) > MAX_FILE_BYTES:
        raise InputError(
            origin, f"larger than {MAX_FILE_BYTES // 2**20:,} MiB; split it into smaller files"
        )
    return data


def read_inputs(
    paths: Iterable[str],
    *,
    defaults: ArticleDefaults | None = None,
    kind: str | None = None,
    stdin: BinaryIO | None = None,
) -> Iterator[Article | Failure]:
    """Articles from several inputs, in order; unreadable ones become Failures, the rest go on."""
    defaults = defaults or ArticleDefaults()
    for path in paths:
        yield from read_path(path, defaults=defaults, kind=kind, stdin=stdin)
