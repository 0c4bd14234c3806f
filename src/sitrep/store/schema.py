"""The one schema of the corpus, as SQLAlchemy Core tables.

Every analysed record is kept whole as report-1 JSON (``data``) next to the few columns that
queries filter and sort on; the JSON is the truth, the columns are an index into it. The
migrations in ``sitrep.store.migrations`` build exactly these tables (a test compares them).

Full-text search lives in ``search_entries`` (one row per searchable text: an article's title and
body, a claim's content). Each backend indexes it its own way: SQLite through an FTS5 table kept in
step by triggers, PostgreSQL through a generated ``tsvector`` column with a GIN index. Those parts
are backend-specific DDL in the migration, not tables here.
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)

metadata = MetaData()

# An article is identified by the SHA-256 of its text: the same text twice is one article.
# ``locator`` (its URL, or an id given with it) says which stored article a changed text replaces.
articles = Table(
    "articles",
    metadata,
    Column("content_hash", String(64), primary_key=True),
    Column("locator", Text, unique=True, nullable=True),
    Column("article_id", Text, nullable=False),
    Column("url", Text),
    Column("title", Text),
    Column("source", Text),
    Column("published", String(40)),
    Column("published_date", Date, index=True),
    Column("origin", Text),
    Column("text", Text, nullable=False),
    # The rest of the report (sentences, meta) as report-1 JSON.
    Column("report", JSON, nullable=False),
    Column("ingested_at", DateTime(timezone=True), nullable=False),
)


def _owned(name: str, *columns: Column[object]) -> Table:
    """A table of records that belong to one article and go when it is replaced."""
    return Table(
        name,
        metadata,
        Column("id", Integer, primary_key=True, autoincrement=True),
        Column(
            "article",
            String(64),
            ForeignKey("articles.content_hash", ondelete="CASCADE"),
            nullable=False,
            index=True,
        ),
        Column("record_id", Text),
        *columns,
        # The words of the record's first evidence span, to show a fact with what it rests on.
        Column("quote", Text),
        Column("data", JSON, nullable=False),
    )


actors = _owned(
    "actors",
    Column("name", Text, nullable=False, index=True),
    Column("kind", String(20), nullable=False),
    Column("country", String(2)),
)

places = _owned(
    "places",
    Column("name", Text, nullable=False, index=True),
    Column("country", String(2)),
    Column("lat", Float),
    Column("lon", Float),
)

times = _owned(
    "times",
    Column("type", String(10), nullable=False),
    Column("value", Text, nullable=False),
)

claims = _owned(
    "claims",
    Column("stance", String(20), nullable=False, index=True),
    Column("speaker_name", Text),
    # Lower-cased words naming the speaker (canonical name, title, the words used in the text):
    # "defence ministry" must find "Ministry of Defence of Azerbaijan".
    Column("speaker_words", Text),
    Column("content", Text, nullable=False),
    Column("date", String(40)),
)

events = _owned(
    "events",
    Column("type", String(20), nullable=False, index=True),
    Column("acled", Text),
    Column("date", String(40)),
    # The days the event may have happened on, from its date and precision. With no date, the
    # publication day bounds it from above; the shown date stays null.
    Column("date_start", Date, index=True),
    Column("date_end", Date, index=True),
    Column("place_name", Text),
    Column("place_words", Text),
    Column("country", String(2)),
    Column("lat", Float),
    Column("lon", Float),
    Column("actor_name", Text),
    Column("target_name", Text),
)

casualties = _owned(
    "casualties",
    Column("reporter_name", Text),
    Column("side_name", Text),
    Column("side_words", Text),
    Column("group", String(20), nullable=False),
    Column("killed", Integer),
    Column("injured", Integer),
    Column("missing", Integer),
    Column("displaced", Integer),
    Column("abducted", Integer),
    Column("as_of", String(40)),
    Column("as_of_date", Date, index=True),
)

contradictions = _owned(
    "contradictions",
    Column("kind", String(20), nullable=False, index=True),
    Column("about", Text),
    Column("note", Text),
)

failures = Table(
    "failures",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("origin", Text, nullable=False),
    Column("reason", Text, nullable=False),
    Column("stage", Text),
    Column("article_id", Text),
    Column("at", DateTime(timezone=True), nullable=False, index=True),
)

search_entries = Table(
    "search_entries",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column(
        "article",
        String(64),
        ForeignKey("articles.content_hash", ondelete="CASCADE"),
        nullable=False,
        index=True,
    ),
    Column("kind", String(10), nullable=False),
    Column("record_id", Text),
    Column("body", Text, nullable=False),
)

RECORD_TABLES: dict[str, Table] = {
    "actors": actors,
    "places": places,
    "times": times,
    "claims": claims,
    "events": events,
    "casualties": casualties,
    "contradictions": contradictions,
}

Index("ix_events_place_name", events.c.place_name)
Index("ix_casualties_side_name", casualties.c.side_name)

# --- across articles (revision 0002) -----------------------------------------------------------
# Merged events: reports of one event by several articles (sitrep.reconcile.merge). Every report
# in the store belongs to exactly one merged event (most to one of their own); a merged event's
# ``data`` keeps its members' merge reasons and the contradictions between its sources. The rows
# are derived and rebuilt by `sitrep reconcile`; only ``merge_splits`` is a user's decision.
merged_events = Table(
    "merged_events",
    metadata,
    Column("id", String(16), primary_key=True),
    Column("type", String(20), nullable=False, index=True),
    Column("acled", Text),
    Column("date_start", Date, index=True),
    Column("date_end", Date, index=True),
    Column("place_name", Text),
    Column("actor_name", Text),
    Column("target_name", Text),
    Column("reports", Integer, nullable=False),
    Column("articles", Integer, nullable=False, index=True),
    # The weakest link: the lowest score with which a member joined.
    Column("score", Float, nullable=False),
    Column("contradictions", Integer, nullable=False),
    Column("data", JSON, nullable=False),
    Column("merged_at", DateTime(timezone=True), nullable=False),
)

merged_members = Table(
    "merged_members",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column(
        "merged",
        String(16),
        ForeignKey("merged_events.id", ondelete="CASCADE"),
        nullable=False,
        index=True,
    ),
    Column(
        "article",
        String(64),
        ForeignKey("articles.content_hash", ondelete="CASCADE"),
        nullable=False,
        index=True,
    ),
    Column("record_id", Text, nullable=False),
    Column("position", Integer, nullable=False),
    Column("score", Float, nullable=False),
    # Why it joined: the criteria against the member it matched best, with their scores.
    Column("data", JSON, nullable=False),
    UniqueConstraint("article", "record_id", name="uq_merged_members_report"),
)

# A user's split: these two reports are not the same event, whatever merging finds later.
merge_splits = Table(
    "merge_splits",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column(
        "article_a",
        String(64),
        ForeignKey("articles.content_hash", ondelete="CASCADE"),
        nullable=False,
        index=True,
    ),
    Column("record_a", Text, nullable=False),
    Column(
        "article_b",
        String(64),
        ForeignKey("articles.content_hash", ondelete="CASCADE"),
        nullable=False,
        index=True,
    ),
    Column("record_b", Text, nullable=False),
    Column("merged", String(16)),
    Column("at", DateTime(timezone=True), nullable=False),
)
