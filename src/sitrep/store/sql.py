"""The SQL store: one implementation for SQLite and PostgreSQL through SQLAlchemy Core.

The backends differ only in how they connect and in full-text search (``fulltext.py``); the
schema comes from the migrations, which run when the store opens.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Select,
    and_,
    create_engine,
    delete,
    event,
    func,
    or_,
    select,
)
from sqlalchemy.engine import Connection, Engine, RowMapping
from sqlalchemy.exc import DBAPIError, IntegrityError, SQLAlchemyError

from sitrep.records import Article, Failure, Report
from sitrep.store import fulltext, migrate
from sitrep.store import schema as t
from sitrep.store.base import ArticleRef, Found, Hit, Outcome, StoredFailure
from sitrep.store.context import with_context
from sitrep.store.errors import StoreError
from sitrep.store.figures import FIGURES, with_figures
from sitrep.store.location import display
from sitrep.store.membership import with_merged
from sitrep.store.rows import ArticleRows, content_hash, locator, report_rows
from sitrep.store.said import with_speakers

# Columns shown (and exported) for each kind of record, beside its id and quote.
FIELDS: dict[str, tuple[str, ...]] = {
    "events": (
        "type",
        "acled",
        "date",
        "place_name",
        "country",
        "lat",
        "lon",
        "actor_name",
        "target_name",
    ),
    "claims": ("stance", "speaker_name", "content", "date"),
    "casualties": (
        "reporter_name",
        "side_name",
        "group",
        "killed",
        "injured",
        "missing",
        "displaced",
        "abducted",
        "as_of",
        "as_of_date",
    ),
    "contradictions": ("kind", "about", "note"),
}


def _event_context(conn: Connection, events: list[Found]) -> list[Found]:
    """What an event row tells beyond its columns: precision, places, sources, merged event."""
    return with_merged(conn, with_context(conn, events))


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    # WAL: queries keep working while an ingest writes; foreign keys: cascades hold.
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


def _words_match(column: ColumnElement[Any], words: str) -> ColumnElement[bool]:
    """Every word of ``words`` occurs in the column (case-insensitively, as a substring)."""
    parts = [w for w in words.lower().split() if w]
    return and_(*(column.like(f"%{_escape(w)}%", escape="\\") for w in parts))


def _escape(word: str) -> str:
    return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


class SqlStore:
    """The corpus in a SQL database. Use :func:`sitrep.store.open_store` to get one."""

    def __init__(self, url: str, *, upgrade: bool = True) -> None:
        self._url = url
        if not url.startswith(("sqlite:", "postgresql")):  # before a driver it lacks is named
            raise StoreError(display(url), "only SQLite and PostgreSQL databases are supported")
        kwargs: dict[str, Any] = {}
        if url.startswith("sqlite"):
            kwargs["connect_args"] = {"timeout": 30}
        try:
            self.engine: Engine = create_engine(url, **kwargs)
        except (SQLAlchemyError, ImportError, ValueError) as exc:
            raise StoreError(display(url), f"cannot open: {exc}") from exc
        if self.engine.dialect.name == "sqlite":
            event.listen(self.engine, "connect", _sqlite_pragmas)
        elif self.engine.dialect.name != "postgresql":
            raise StoreError(display(url), "only SQLite and PostgreSQL databases are supported")
        if upgrade:
            self.upgrade()

    # --- housekeeping -----------------------------------------------------------------------
    @property
    def location(self) -> str:
        return display(self._url)

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    def upgrade(self) -> None:
        """Run the migrations this database has not had yet (none when it is up to date)."""
        try:
            if self.revision() != migrate.head():
                migrate.upgrade(self.engine)
        except DBAPIError as exc:  # not a database, locked, unreachable, no permission ...
            raise StoreError(self.location, f"cannot open or migrate: {exc.orig}") from exc

    def revision(self) -> str | None:
        """The schema revision of the database (None when empty); an error naming a schema
        written by a newer sitrep, which this one cannot read or migrate."""
        try:
            current = migrate.current(self.engine)
        except DBAPIError as exc:
            raise StoreError(self.location, f"cannot open: {exc.orig}") from exc
        if current is not None and not migrate.known(current):
            raise StoreError(
                self.location,
                f"its schema ({current}) was written by a newer sitrep than this one, which "
                f"knows schemas up to {migrate.head()}: upgrade sitrep to read it",
            )
        return current

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> SqlStore:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    # --- writing ----------------------------------------------------------------------------
    def status(self, article: Article) -> Outcome:
        key, where = content_hash(article.text), locator(article)
        with self.engine.connect() as conn:
            if conn.execute(select(t.articles.c.content_hash).filter_by(content_hash=key)).first():
                return Outcome.UNCHANGED
            if (
                where is not None
                and conn.execute(select(t.articles.c.content_hash).filter_by(locator=where)).first()
            ):
                return Outcome.REPLACED
        return Outcome.ADDED

    def put(self, report: Report) -> Outcome:
        rows = report_rows(report)
        key, where = rows.article["content_hash"], rows.article["locator"]
        try:
            with self.engine.begin() as conn:
                found = conn.execute(
                    select(t.articles.c.content_hash).filter_by(content_hash=key)
                ).first()
                if found:
                    return Outcome.UNCHANGED
                old = None
                if where is not None:
                    old = conn.execute(
                        select(t.articles.c.content_hash).filter_by(locator=where)
                    ).scalar()
                if old is not None:
                    self._delete_article(conn, old)
                self._write(conn, rows)
        except IntegrityError:
            # Another writer stored the same text between our check and our insert.
            return Outcome.UNCHANGED
        except SQLAlchemyError as exc:
            raise StoreError(
                self.location, f"cannot store article {report.article.id}: {exc}"
            ) from exc
        return Outcome.REPLACED if old is not None else Outcome.ADDED

    def _write(self, conn: Connection, rows: ArticleRows) -> None:
        """Insert one article and its records (inside the caller's transaction)."""
        conn.execute(t.articles.insert(), rows.article)
        for name, records in rows.records.items():
            if records:
                conn.execute(t.RECORD_TABLES[name].insert(), records)
        if rows.search:
            conn.execute(t.search_entries.insert(), rows.search)

    def _delete_article(self, conn: Connection, key: str) -> None:
        for table in (t.search_entries, *t.RECORD_TABLES.values()):
            conn.execute(delete(table).where(table.c.article == key))
        conn.execute(delete(t.articles).where(t.articles.c.content_hash == key))

    def record_failure(self, failure: Failure) -> None:
        """Record why an input failed; the same input failing the same way again (a daily job
        over one folder) moves its row to now instead of listing it once per run."""
        f = t.failures
        with self.engine.begin() as conn:
            conn.execute(
                delete(f).where(f.c.origin == failure.origin, f.c.reason == failure.reason)
            )
            conn.execute(
                t.failures.insert(),
                {
                    "origin": failure.origin,
                    "reason": failure.reason,
                    "stage": failure.stage,
                    "article_id": failure.article_id,
                    "at": dt.datetime.now(dt.UTC),
                },
            )

    # --- reading ----------------------------------------------------------------------------
    def counts(self) -> dict[str, int]:
        tables = {"articles": t.articles, **t.RECORD_TABLES, "failures": t.failures}
        with self.engine.connect() as conn:
            return {
                name: int(conn.execute(select(func.count()).select_from(table)).scalar_one())
                for name, table in tables.items()
            }

    def articles(self) -> Iterator[ArticleRef]:
        a = t.articles
        query = select(*_ARTICLE_COLUMNS).order_by(a.c.published_date, a.c.content_hash)
        with self.engine.connect() as conn:
            for row in conn.execute(query).mappings():
                yield _article_ref(row)

    def article_text(self, content_hash: str) -> str | None:
        with self.engine.connect() as conn:
            value = conn.execute(
                select(t.articles.c.text).filter_by(content_hash=content_hash)
            ).scalar()
        return str(value) if value is not None else None

    def _found(
        self,
        kind: str,
        query: Select[Any],
        limit: int | None,
        *,
        context: Callable[[Connection, list[Found]], list[Found]] | None = None,
    ) -> list[Found]:
        """The rows ``query`` selects as records; ``context`` adds what they tell beyond their
        own columns, read on the same connection."""
        if limit is not None:
            query = query.limit(limit)
        with self.engine.connect() as conn:
            found = [
                Found(
                    kind=kind,
                    article=_article_ref(row),
                    record_id=row["record_id"],
                    data=row["data"],
                    fields={name: _plain(row[name]) for name in FIELDS[kind]},
                    quote=row["quote"],
                )
                for row in conn.execute(query).mappings()
            ]
            return context(conn, found) if context is not None else found

    def _select(self, kind: str) -> Select[Any]:
        table = t.RECORD_TABLES[kind]
        return select(table, *_ARTICLE_COLUMNS).join(
            t.articles, t.articles.c.content_hash == table.c.article
        )

    def events(
        self,
        *,
        since: dt.date | None = None,
        until: dt.date | None = None,
        place: str | None = None,
        type: str | None = None,
        actor: str | None = None,
        limit: int | None = None,
    ) -> list[Found]:
        e = t.events
        query = self._select("events")
        if since is not None:
            query = query.where(or_(e.c.date_end >= since, e.c.date_end.is_(None)))
        if until is not None:
            query = query.where(or_(e.c.date_start <= until, e.c.date_start.is_(None)))
            query = query.where(or_(e.c.date_start.is_not(None), e.c.date_end <= until))
        if place:
            query = query.where(_words_match(func.lower(e.c.place_words), place))
        if type:
            query = query.where(
                or_(e.c.type == type.upper(), func.lower(e.c.acled) == type.lower())
            )
        if actor:
            names = func.lower(
                func.coalesce(e.c.actor_name, "") + " " + func.coalesce(e.c.target_name, "")
            )
            query = query.where(_words_match(names, actor))
        # Undated events after the dated ones, on every backend (SQLite puts NULL first,
        # PostgreSQL last): a timeline, or `--limit 10`, starts with what can be placed in time.
        query = query.order_by(
            e.c.date_start.is_(None),
            e.c.date_start,
            t.articles.c.published_date.is_(None),
            t.articles.c.published_date,
            e.c.id,
        )
        return self._found("events", query, limit, context=_event_context)

    def claims(
        self,
        *,
        speaker: str | None = None,
        stance: str | None = None,
        since: dt.date | None = None,
        until: dt.date | None = None,
        limit: int | None = None,
    ) -> list[Found]:
        c, a = t.claims, t.articles
        query = self._select("claims")
        if speaker:
            query = query.where(_words_match(c.c.speaker_words, speaker))
        if stance:
            query = query.where(c.c.stance == stance.lower())
        if since is not None:
            query = query.where(a.c.published_date >= since)
        if until is not None:
            query = query.where(a.c.published_date <= until)
        query = query.order_by(a.c.published_date, c.c.id)
        return self._found("claims", query, limit, context=with_speakers)

    def casualties(
        self,
        *,
        side: str | None = None,
        group: str | None = None,
        figure: str | None = None,
        since: dt.date | None = None,
        until: dt.date | None = None,
        limit: int | None = None,
    ) -> list[Found]:
        k = t.casualties
        query = self._select("casualties")
        if side:
            query = query.where(_words_match(k.c.side_words, side))
        if group:
            query = query.where(k.c.group == group.lower())
        if figure:  # rows that count these people: "displaced" gives the figures of the displaced
            if figure not in FIGURES:
                raise ValueError(f"no such figure: {figure!r} (one of {', '.join(FIGURES)})")
            query = query.where(k.c[figure].is_not(None))
        if since is not None:
            query = query.where(k.c.as_of_date >= since)
        if until is not None:
            query = query.where(k.c.as_of_date <= until)
        query = query.order_by(k.c.side_name, k.c.group, k.c.as_of_date, k.c.id)
        return self._found("casualties", query, limit, context=with_figures)

    def contradictions(
        self,
        *,
        kind: str | None = None,
        since: dt.date | None = None,
        until: dt.date | None = None,
        limit: int | None = None,
    ) -> list[Found]:
        x, a = t.contradictions, t.articles
        query = self._select("contradictions")
        if kind:
            query = query.where(x.c.kind == kind.lower())
        if since is not None:
            query = query.where(a.c.published_date >= since)
        if until is not None:
            query = query.where(a.c.published_date <= until)
        query = query.order_by(a.c.published_date, x.c.id)
        return self._found("contradictions", query, limit)

    def search(self, text: str, *, kind: str | None = None, limit: int = 20) -> list[Hit]:
        with self.engine.connect() as conn:
            matches = fulltext.search(conn, text, kind=kind, limit=limit)
            keys = {m["article"] for m in matches}
            refs = {
                row["content_hash"]: _article_ref(row)
                for row in conn.execute(
                    select(*_ARTICLE_COLUMNS).where(t.articles.c.content_hash.in_(keys))
                ).mappings()
            }
        return [
            Hit(
                kind=m["kind"],
                article=refs[m["article"]],
                record_id=m["record_id"],
                snippet=m["snippet"],
                rank=float(m["rank"]),
            )
            for m in matches
        ]

    def failures(self, *, limit: int | None = None) -> list[StoredFailure]:
        f = t.failures
        query = select(f).order_by(f.c.at.desc(), f.c.id.desc())
        if limit is not None:
            query = query.limit(limit)
        with self.engine.connect() as conn:
            return [
                StoredFailure(
                    origin=row["origin"],
                    reason=row["reason"],
                    at=row["at"],
                    stage=row["stage"],
                    article_id=row["article_id"],
                )
                for row in conn.execute(query).mappings()
            ]


_ARTICLE_COLUMNS = (
    t.articles.c.content_hash,
    t.articles.c.article_id,
    t.articles.c.title,
    t.articles.c.source,
    t.articles.c.url,
    t.articles.c.published,
)


def _article_ref(row: RowMapping) -> ArticleRef:
    return ArticleRef(
        content_hash=row["content_hash"],
        article_id=row["article_id"],
        title=row["title"],
        source=row["source"],
        url=row["url"],
        published=row["published"],
    )


def _plain(value: Any) -> Any:
    return value.isoformat() if isinstance(value, dt.date) else value
