"""A tiny GeoNames dump (allCountries.txt format) written by the tests, and its index."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pytest

from sitrep.geo.gazetteer import Gazetteer, open_gazetteer

# geonameid, name, asciiname, alternatenames, lat, lon, class, code, cc, cc2, admin1, admin2,
# admin3, admin4, population, elevation, dem, timezone, modified. Real GeoNames rows, shortened.
ROWS = [
    (
        "587084",
        "Baku",
        "Baku",
        "Baki,Bakı",
        "40.37767",
        "49.89201",
        "P",
        "PPLC",
        "AZ",
        "09",
        "2300000",
    ),
    (
        "616438",
        "Martuni",
        "Martuni",
        "Marduni",
        "40.14028",
        "45.30232",
        "P",
        "PPL",
        "AM",
        "04",
        "12034",
    ),
    (
        "146969",
        "Khojavend",
        "Khojavend",
        "Martuni,Xocavənd",
        "39.79496",
        "47.1117",
        "P",
        "PPL",
        "AZ",
        "65",
        "3700",
    ),
    (
        "146970",
        "Khankendi",
        "Khankendi",
        "Stepanakert,Xankəndi",
        "39.8177",
        "46.7528",
        "P",
        "PPL",
        "AZ",
        "61",
        "55000",
    ),
    (
        "147105",
        "Shusha",
        "Shusha",
        "Shushi,Şuşa",
        "39.76006",
        "46.74989",
        "P",
        "PPL",
        "AZ",
        "55",
        "19400",
    ),
    (
        "584871",
        "Tartar",
        "Tartar",
        "Terter,Tərtər",
        "40.34201",
        "46.93161",
        "P",
        "PPL",
        "AZ",
        "57",
        "20400",
    ),
    (
        "587384",
        "Aghjabadi",
        "Aghjabadi",
        "Agcabadi,Ağcabədi",
        "40.05015",
        "47.45937",
        "P",
        "PPL",
        "AZ",
        "01",
        "41200",
    ),
    (
        "2660646",
        "Geneva",
        "Geneva",
        "Geneve,Genève,Genf",
        "46.20222",
        "6.14569",
        "P",
        "PPLA",
        "CH",
        "GE",
        "201741",
    ),
    ("5118398", "Geneva", "Geneva", "", "42.86896", "-76.97774", "P", "PPL", "US", "NY", "13062"),
    (
        "524901",
        "Moscow",
        "Moscow",
        "Moskva",
        "55.75204",
        "37.61781",
        "P",
        "PPLC",
        "RU",
        "48",
        "10381222",
    ),
    (
        "5367929",
        "Long Beach",
        "Long Beach",
        "",
        "33.76696",
        "-118.18923",
        "P",
        "PPL",
        "US",
        "CA",
        "474140",
    ),
    (
        "5125086",
        "Long Beach",
        "Long Beach",
        "",
        "40.58844",
        "-73.65791",
        "P",
        "PPL",
        "US",
        "NY",
        "33550",
    ),
    (
        "5332921",
        "California",
        "California",
        "CA",
        "37.25022",
        "-119.75126",
        "A",
        "ADM1",
        "US",
        "CA",
        "39512223",
    ),
    (
        "5128638",
        "New York",
        "New York",
        "NY",
        "43.00035",
        "-75.4999",
        "A",
        "ADM1",
        "US",
        "NY",
        "19274244",
    ),
    (
        "4350049",
        "California",
        "California",
        "",
        "38.3004",
        "-76.50745",
        "P",
        "PPL",
        "US",
        "MD",
        "11857",
    ),
    (
        "4887398",
        "Chicago",
        "Chicago",
        "",
        "41.85003",
        "-87.65005",
        "P",
        "PPL",
        "US",
        "IL",
        "2720546",
    ),
    ("5110629", "Turkey", "Turkey", "", "35.0", "-78.2", "P", "PPL", "US", "NC", "300"),
    ("5101798", "Minsk", "Minsk", "", "50.0", "20.0", "P", "PPL", "BY", "5", "2000000"),
]


def write_dump(path: Path, rows: Sequence[tuple[str, ...]] = ROWS) -> Path:
    lines = []
    for gid, name, ascii_, alt, lat, lon, fclass, fcode, cc, admin1, pop in rows:
        cols = [gid, name, ascii_, alt, lat, lon, fclass, fcode, cc, "", admin1, "", "", "", pop]
        cols += ["", "", "Etc/UTC", "2024-01-01"]
        lines.append("\t".join(cols))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture(scope="session")
def tiny_gazetteer(tmp_path_factory: pytest.TempPathFactory) -> Gazetteer:
    root = tmp_path_factory.mktemp("gazetteer")
    return open_gazetteer(write_dump(root / "allCountries.txt"), cache_dir=root / "cache")
