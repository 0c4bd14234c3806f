"""The gazetteer index: building from a GeoNames dump, reuse of the cache, clear errors."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from sitrep.errors import GazetteerError
from sitrep.geo.gazetteer import Gazetteer, open_gazetteer, prune_stale_indexes
from sitrep.geo.names import name_key
from sitrep.geo.sources import Kind

from .conftest import write_dump


def test_name_keys_ignore_accents_apostrophes_and_case() -> None:
    assert name_key("Mariupol'") == name_key("Mariupol") == "mariupol"
    assert name_key("Ağcabədi") == "agcabadi"
    assert name_key("St. Louis") == name_key("Saint Louis")
    assert name_key("Nagorno-Karabakh") == "nagorno karabakh"


def test_lookup_by_name_and_alternate_name(tiny_gazetteer: Gazetteer) -> None:
    (entry,) = tiny_gazetteer.lookup("Stepanakert")
    assert entry.name == "Khankendi" and entry.country == "AZ"
    assert entry.gid == "geonames:146970" and entry.kind is Kind.CITY
    assert {e.country for e in tiny_gazetteer.lookup("Martuni")} == {"AM", "AZ"}
    assert tiny_gazetteer.lookup("Baku")[0].kind is Kind.CAPITAL
    assert tiny_gazetteer.lookup("California")[0].kind is Kind.ADMIN1  # most populous first
    assert tiny_gazetteer.lookup("Nowhereville") == ()


def test_countries_come_from_the_country_table_when_the_dump_lacks_them(
    tiny_gazetteer: Gazetteer,
) -> None:
    kinds = {e.kind for e in tiny_gazetteer.lookup("Azerbaijan")}
    assert kinds == {Kind.COUNTRY}


def test_cache_is_reused_and_keyed_by_the_source(tmp_path: Path) -> None:
    dump = write_dump(tmp_path / "allCountries.txt")
    cache = tmp_path / "cache"
    first = open_gazetteer(dump, cache_dir=cache)
    built = sorted(cache.iterdir())
    assert len(built) == 1
    mtime = built[0].stat().st_mtime_ns
    second = open_gazetteer(dump, cache_dir=cache)
    assert second.path == first.path and second.path.stat().st_mtime_ns == mtime
    # A changed source file is a new index.
    write_dump(dump, rows=[("1", "Solo", "Solo", "", "1.5", "2.5", "P", "PPL", "FR", "11", "10")])
    third = open_gazetteer(dump, cache_dir=cache)
    assert third.path != first.path and third.lookup("Solo")


def test_stale_indexes_of_the_same_source_are_removed_after_a_day(tmp_path: Path) -> None:
    dump = write_dump(tmp_path / "allCountries.txt")
    other = write_dump(tmp_path / "other.txt")
    cache = tmp_path / "cache"
    old = open_gazetteer(dump, cache_dir=cache).path
    unrelated = open_gazetteer(other, cache_dir=cache).path
    junk = cache / "gazetteer-0000000000000000.sqlite"
    junk.write_text("not an index")
    day_ago = time.time() - 2 * 24 * 3600
    for path in (old, unrelated, junk):
        os.utime(path, (day_ago, day_ago))
    # an upgrade (or a changed source file) builds a new index of the same source
    write_dump(dump, rows=[("1", "Solo", "Solo", "", "1.5", "2.5", "P", "PPL", "FR", "11", "10")])
    new = open_gazetteer(dump, cache_dir=cache).path
    assert not old.exists()
    assert new.exists() and unrelated.exists() and junk.exists()


def test_a_recent_index_of_another_version_is_kept(tmp_path: Path) -> None:
    dump = write_dump(tmp_path / "allCountries.txt")
    cache = tmp_path / "cache"
    old = open_gazetteer(dump, cache_dir=cache).path
    write_dump(dump, rows=[("1", "Solo", "Solo", "", "1.5", "2.5", "P", "PPL", "FR", "11", "10")])
    open_gazetteer(dump, cache_dir=cache)
    assert old.exists()  # another version may still be in use today
    assert prune_stale_indexes(old, source=dump) == []


def test_missing_file_is_a_clear_error(tmp_path: Path) -> None:
    missing = tmp_path / "nope.txt"
    with pytest.raises(GazetteerError, match=r"nope\.txt"):
        open_gazetteer(missing, cache_dir=tmp_path)


def test_corrupt_file_is_a_clear_error(tmp_path: Path) -> None:
    bad = tmp_path / "allCountries.txt"
    bad.write_text("this is not\ta GeoNames dump\n", encoding="utf-8")
    with pytest.raises(GazetteerError, match=r"allCountries\.txt, line 1"):
        open_gazetteer(bad, cache_dir=tmp_path / "cache")
    bad.write_bytes(b"\xff\xfe\x00garbage")
    with pytest.raises(GazetteerError, match=r"allCountries\.txt"):
        open_gazetteer(bad, cache_dir=tmp_path / "cache")


def test_corrupt_index_is_a_clear_error(tmp_path: Path) -> None:
    index = tmp_path / "broken.sqlite"
    index.write_bytes(b"not a database at all" * 100)
    with pytest.raises(GazetteerError, match=r"broken\.sqlite"):
        Gazetteer(index)


def test_environment_variable_names_the_dump(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dump = write_dump(tmp_path / "allCountries.txt")
    monkeypatch.setenv("SITREP_GEONAMES", str(dump))
    gaz = open_gazetteer(cache_dir=tmp_path / "cache")
    assert gaz.meta["source"] == str(dump)


def test_spelling_variant_candidates_share_first_letter_and_length(
    tiny_gazetteer: Gazetteer,
) -> None:
    like = tiny_gazetteer.keys_like("AZ", "aghjabedi")
    assert "aghjabadi" in like
    assert all(k[0] == "a" and abs(len(k) - 9) <= 1 for k in like)
    assert tiny_gazetteer.lookup("Baku") is tiny_gazetteer.lookup("Baku")  # cached


def test_city_abbreviations_match_only_as_written() -> None:
    from sitrep.geo.names import index_keys, name_key
    from sitrep.geo.sources import _CITY_ABBREVIATIONS

    for forms in _CITY_ABBREVIATIONS.values():
        for form in forms:
            # 'L.A.' is Los Angeles; 'La' (an article, a river) must not reach it.
            assert all(key.startswith("^") for key in index_keys(form)), form
            assert name_key(form.replace(".", "").title()) not in index_keys(form)
