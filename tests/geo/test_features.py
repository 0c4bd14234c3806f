"""Our table of seas, oceans and world regions, and its reader's errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from sitrep.errors import GazetteerError
from sitrep.geo.features import is_world_feature, read_features, world_features
from sitrep.geo.gazetteer import Gazetteer
from sitrep.geo.sources import Kind


def test_the_packaged_table_reads_and_places_nothing_at_zero() -> None:
    entries = list(world_features())
    assert len(entries) > 50
    assert all(e.kind is Kind.REGION and is_world_feature(e) for e in entries)
    assert all(e.lat is not None and (e.lat, e.lon) != (0.0, 0.0) for e in entries)
    names = {n for e in entries for n in e.names}
    assert {"Mediterranean", "Middle East", "West Africa", "Indian Ocean"} <= names
    assert len({e.gid for e in entries}) == len(entries)


def test_the_index_holds_the_features(tiny_gazetteer: Gazetteer) -> None:
    found = tiny_gazetteer.lookup("Mideast")
    assert [e.name for e in found if is_world_feature(e)] == ["Middle East"]


@pytest.mark.parametrize(
    ("row", "says"),
    [
        ("Black Sea\t\tsea\t\tforty\t34", "six tab-separated columns"),
        ("Black Sea\t\tpond\t\t43\t34", "bad kind"),
        ("Black Sea\t\tsea\tXX\t43\t34", "unknown country code"),
        ("Nowhere\t\tsea\t\t0\t0", "(0, 0)"),
    ],
)
def test_a_malformed_row_is_an_error_naming_the_file(tmp_path: Path, row: str, says: str) -> None:
    path = tmp_path / "features.tsv"
    path.write_text("# a comment\n" + row + "\n", encoding="utf-8")
    with pytest.raises(GazetteerError, match=r"features\.tsv, line 2") as info:
        list(read_features(path))
    assert says in str(info.value)


def test_a_missing_table_is_an_error_naming_it(tmp_path: Path) -> None:
    with pytest.raises(GazetteerError, match=r"absent\.tsv"):
        list(read_features(tmp_path / "absent.tsv"))
