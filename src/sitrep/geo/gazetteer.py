"""The gazetteer index: every place name to its GeoNames entries, in one SQLite file.

Built once from a source (the packaged GeoNames extract, or the dump named by ``SITREP_GEONAMES``)
into the user cache directory, keyed by the source file's size and modification time and by
:data:`INDEX_VERSION`; later processes open the file read-only in milliseconds and share it. Nothing
is loaded at import time: :func:`default_gazetteer` builds or opens it on first use.
"""

from __future__ import annotations

import functools
import hashlib
import logging
import os
import sqlite3
import threading
import time
from collections.abc import Iterable
from pathlib import Path

from sitrep.errors import GazetteerError
from sitrep.geo.allcountries import allcountries_entries
from sitrep.geo.names import code_key, index_keys, name_key
from sitrep.geo.sources import Entry, Kind, packaged_entries, packaged_source

__all__ = [
    "ENV_VAR",
    "INDEX_VERSION",
    "Gazetteer",
    "code_key",
    "default_gazetteer",
    "open_gazetteer",
    "prune_stale_indexes",
]

log = logging.getLogger(__name__)

ENV_VAR = "SITREP_GEONAMES"
CACHE_ENV_VAR = "SITREP_CACHE_DIR"
# Bump when the index layout or what goes into it changes: old cache files are then rebuilt.
INDEX_VERSION = "42"

_SCHEMA = """
CREATE TABLE meta (k TEXT PRIMARY KEY, v TEXT NOT NULL);
CREATE TABLE place (
    id INTEGER PRIMARY KEY, gid TEXT NOT NULL, name TEXT NOT NULL, kind TEXT NOT NULL,
    country TEXT, lat REAL, lon REAL, population INTEGER NOT NULL, admin1 TEXT, admin TEXT,
    note TEXT
);
CREATE TABLE name (key TEXT NOT NULL, place INTEGER NOT NULL, main INTEGER NOT NULL);
"""
_INDEXES = """
CREATE INDEX name_key ON name (key);
CREATE INDEX place_country ON place (country);
CREATE INDEX name_place ON name (place);
"""
_SEP = "\x1f"
_LOOKUP_CACHE_SIZE = 50_000


class Gazetteer:
    """A read-only view of one built index. Thread-safe; open one per process."""

    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            self._db = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
            self.meta = dict(self._db.execute("SELECT k, v FROM meta").fetchall())
        except sqlite3.DatabaseError as exc:
            raise GazetteerError(f"gazetteer index {path} is corrupt: {exc}") from exc
        self._lock = threading.Lock()
        self._fuzzy_cache: dict[str, tuple[str, ...]] = {}
        self._like_cache: dict[str, dict[tuple[str, int], tuple[str, ...]]] = {}
        self._lookup_cache: dict[str, tuple[Entry, ...]] = {}

    def _rows(self, sql: str, args: Iterable[object]) -> list[tuple[object, ...]]:
        with self._lock:
            try:
                return self._db.execute(sql, tuple(args)).fetchall()
            except sqlite3.DatabaseError as exc:
                raise GazetteerError(f"gazetteer index {self.path} is corrupt: {exc}") from exc

    @staticmethod
    def _entry(row: tuple[object, ...]) -> Entry:
        gid, name, kind, country, lat, lon, pop, admin1, admin, note = row
        return Entry(
            gid=str(gid),
            name=str(name),
            kind=Kind(str(kind)),
            country=str(country) if country else None,
            lat=float(str(lat)) if lat is not None else None,
            lon=float(str(lon)) if lon is not None else None,
            population=int(str(pop)),
            admin1=str(admin1) if admin1 else None,
            admin=tuple(str(admin).split(_SEP)) if admin else (),
            note=str(note) if note else None,
        )

    _COLUMNS = (
        "p.gid, p.name, p.kind, p.country, p.lat, p.lon, p.population, p.admin1, p.admin, p.note"
    )

    def lookup(self, name: str, *, key: str | None = None) -> tuple[Entry, ...]:
        """Every entry answering to ``name`` (or to an exact index ``key``), most populous first."""
        k = key if key is not None else name_key(name)
        if not k:
            return ()
        found = self._lookup_cache.get(k)
        if found is not None:
            return found
        rows = self._rows(
            f"SELECT DISTINCT {self._COLUMNS} FROM name n JOIN place p ON p.id = n.place "
            "WHERE n.key = ? ORDER BY p.population DESC",
            (k,),
        )
        found = tuple(self._entry(r) for r in rows)
        if len(self._lookup_cache) >= _LOOKUP_CACHE_SIZE:
            self._lookup_cache.clear()  # bounded: news repeats its names within a batch
        self._lookup_cache[k] = found
        return found

    def keys_in(self, country: str) -> tuple[str, ...]:
        """Every name key of the places of one country (for fuzzy matching of spellings)."""
        cached = self._fuzzy_cache.get(country)
        if cached is None:
            rows = self._rows(
                "SELECT DISTINCT n.key FROM name n JOIN place p ON p.id = n.place "
                "WHERE p.country = ? AND n.key NOT LIKE '^%'",
                (country,),
            )
            cached = tuple(str(r[0]) for r in rows)
            self._fuzzy_cache[country] = cached
        return cached

    def keys_like(self, country: str, key: str) -> tuple[str, ...]:
        """The name keys of one country that could be a spelling variant of ``key``: the same
        first letter, a length within one (the resolver's guards, applied before scoring)."""
        buckets = self._like_cache.get(country)
        if buckets is None:
            grouped: dict[tuple[str, int], list[str]] = {}
            for k in self.keys_in(country):
                grouped.setdefault((k[:1], len(k)), []).append(k)
            buckets = {b: tuple(ks) for b, ks in grouped.items()}
            self._like_cache[country] = buckets
        first, n = key[:1], len(key)
        return tuple(k for size in (n - 1, n, n + 1) for k in buckets.get((first, size), ()))

    def __len__(self) -> int:
        return int(str(self._rows("SELECT count(*) FROM place", ())[0][0]))


def _cache_dir(cache_dir: Path | None) -> Path:
    if cache_dir is not None:
        return cache_dir
    env = os.environ.get(CACHE_ENV_VAR)
    if env:
        return Path(env)
    import platformdirs

    return Path(platformdirs.user_cache_dir("sitrep"))


def _fingerprint(source: Path) -> str:
    try:
        st = source.stat()
    except FileNotFoundError:
        raise GazetteerError(f"gazetteer file {source} does not exist") from None
    except OSError as exc:
        raise GazetteerError(f"gazetteer file {source} cannot be read: {exc}") from exc
    raw = f"{source.resolve()}|{st.st_size}|{st.st_mtime_ns}|{INDEX_VERSION}"
    return hashlib.sha1(raw.encode()).hexdigest()[:16]


def build_index(entries: Iterable[Entry], target: Path, *, source: Path) -> None:
    """Write the index for ``entries`` to ``target`` (atomically: a temporary file, then rename)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_suffix(f".{os.getpid()}.{threading.get_ident()}.tmp")
    tmp.unlink(missing_ok=True)
    db = sqlite3.connect(tmp)
    try:
        # A throwaway file until the rename: no journal, no syncs, sort indexes in memory.
        db.executescript(
            "PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; "
            "PRAGMA temp_store=MEMORY; PRAGMA cache_size=-262144;"
        )
        db.executescript(_SCHEMA)
        places: list[tuple[object, ...]] = []
        names: list[tuple[str, int, int]] = []
        keys_of: dict[str, tuple[str, ...]] = {}  # many places share names: key each once
        for i, e in enumerate(entries, 1):
            places.append(
                (
                    i,
                    e.gid,
                    e.name,
                    e.kind.value,
                    e.country,
                    e.lat,
                    e.lon,
                    e.population,
                    e.admin1,
                    _SEP.join(e.admin),
                    e.note,
                )
            )
            main_keys = keys_of.get(e.name)
            if main_keys is None:
                main_keys = keys_of[e.name] = index_keys(e.name)
            names.extend((k, i, 1) for k in main_keys)
            others = e.keys
            if not others:
                for n in e.names:
                    keys = keys_of.get(n)
                    if keys is None:
                        keys = keys_of[n] = index_keys(n)
                    others += keys
            for k in dict.fromkeys(others):
                if k not in main_keys:
                    names.append((k, i, 0))
        db.executemany("INSERT INTO place VALUES (?,?,?,?,?,?,?,?,?,?,?)", places)
        db.executemany("INSERT INTO name VALUES (?,?,?)", names)
        db.executescript(_INDEXES)
        db.executemany(
            "INSERT INTO meta VALUES (?, ?)",
            [("version", INDEX_VERSION), ("source", str(source)), ("places", str(len(places)))],
        )
        db.commit()
    finally:
        db.close()
    tmp.replace(target)


def open_gazetteer(
    source: Path | None = None, *, cache_dir: Path | None = None, rebuild: bool = False
) -> Gazetteer:
    """Open the index for ``source`` (an allCountries-format file), building it when needed.

    ``source`` None means ``$SITREP_GEONAMES`` when set, else the packaged GeoNames extract.
    """
    if source is None and os.environ.get(ENV_VAR):
        source = Path(os.environ[ENV_VAR])
    packaged = source is None
    src = packaged_source() if source is None else source
    target = _cache_dir(cache_dir) / f"gazetteer-{_fingerprint(src)}.sqlite"
    if rebuild or not target.exists():
        log.info("building the gazetteer index %s from %s", target, src)
        entries = packaged_entries() if packaged else allcountries_entries(src)
        try:
            build_index(entries, target, source=src)
        except OSError as exc:
            raise GazetteerError(f"cannot write the gazetteer index {target}: {exc}") from exc
        prune_stale_indexes(target, source=src)
    return Gazetteer(target)


# An index of the same source that another sitrep version (or an older copy of the source)
# built is removed once it is this old: a day's grace for two versions run side by side.
STALE_AFTER_S = 24 * 3600.0


def prune_stale_indexes(keep: Path, *, source: Path) -> list[Path]:
    """Remove the other indexes of ``source`` in ``keep``'s folder built over a day ago: each
    version of sitrep and each copy of the source builds its own (some 60 MB), and a user who
    upgrades would otherwise keep them all. Indexes of other sources, files that cannot be read
    as an index and files that cannot be removed (open elsewhere on Windows) are left alone.
    Returns the files removed."""
    removed: list[Path] = []
    now = time.time()
    for path in keep.parent.glob("gazetteer-*.sqlite"):
        if path == keep:
            continue
        try:
            if now - path.stat().st_mtime < STALE_AFTER_S:
                continue
            db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
            try:
                row = db.execute("SELECT v FROM meta WHERE k = 'source'").fetchone()
            finally:
                db.close()
            if row is None or row[0] != str(source):
                continue
            path.unlink()
        except (OSError, sqlite3.Error):
            continue
        log.info("removed the stale gazetteer index %s", path)
        removed.append(path)
    return removed


@functools.cache
def default_gazetteer() -> Gazetteer:
    """The process-wide gazetteer (built on first use, then opened from the cache)."""
    return open_gazetteer()
