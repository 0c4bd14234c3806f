"""``sitrep bench geo``: toponym recognition and resolution on LGL and GeoVirus.

Reads the XML corpora (``lgl.xml``: <article><text/><toponyms><toponym><start/><end/><gaztag>
<lat/><lon/>; ``GeoVirus.xml``: <article><text/><locations><location><start/><end/><lat/><lon/>)
and runs the real pipeline (sentences.v1, places.v1) end to end, recognition included.

Scores: toponym recognition P/R/F1 (a predicted span counts when it overlaps a gold span); over
gold toponyms, the share whose overlapping prediction lies within 161 km (a gold toponym that was
missed, or predicted without coordinates, counts as an error of 20,039 km, half the equator), the
mean and median error in km, and the AUC of the error curve as in CamCoder (Gritta et al. 2018:
the area under log(1 + error) scaled by log(20039), lower is better); throughput; the gazetteer's
load time (cold build and warm open) and memory.

Which accuracy is the published one. The geocoding figures of the literature leave recognition
out: Gritta et al. ("What's missing in geographical parsing?", 2017) score each geoparser's
geocoding over the gold toponyms it recognised, CamCoder (2018) and Mordecai3 (2023) over gold
toponyms given to the resolver. Our "over recognised gold" column is the first definition, and
``--gold-toponyms`` gives the second; the first column, where a miss counts as a 20,039 km
error, is stricter than any published figure (recognition and resolution in one number).
"""

from __future__ import annotations

import math
import resource
import statistics
import tempfile
import time
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import click

from sitrep.errors import InputError
from sitrep.geo.resolve import distance_km
from sitrep.records import Place

DEFAULT_DATA = Path(__file__).resolve().parents[3].parent / "shared" / "data" / "geoparsing"
MAX_ERROR_KM = 20039.0
CORPORA = {"lgl": "lgl.xml", "geovirus": "GeoVirus.xml"}


@dataclass(frozen=True, slots=True)
class GoldToponym:
    start: int
    end: int
    name: str
    lat: float
    lon: float


@dataclass(frozen=True, slots=True)
class GoldArticle:
    text: str
    toponyms: tuple[GoldToponym, ...]


def read_corpus(path: Path) -> list[GoldArticle]:
    """Articles with gold toponyms from an LGL- or GeoVirus-style XML file."""
    try:
        root = ET.parse(path).getroot()
    except FileNotFoundError:
        raise InputError(str(path), "no such corpus file") from None
    except ET.ParseError as exc:
        raise InputError(str(path), f"not well-formed XML: {exc}") from exc
    out: list[GoldArticle] = []
    for art in root.iter("article"):
        text = art.findtext("text") or ""
        tops: list[GoldToponym] = []
        for t in [*art.iter("toponym"), *art.iter("location")]:
            start, end = t.findtext("start"), t.findtext("end")
            lat = t.findtext("gaztag/lat") or t.findtext("lat")
            lon = t.findtext("gaztag/lon") or t.findtext("lon")
            if start is None or end is None or lat is None or lon is None:
                continue  # a toponym without coordinates cannot be scored for resolution
            s, e = int(start), int(end)
            name = t.findtext("phrase") or t.findtext("name") or text[s:e]
            s, e = _align(text, name, s, e)
            tops.append(GoldToponym(s, e, name, float(lat), float(lon)))
        out.append(GoldArticle(text=text, toponyms=tuple(sorted(tops, key=lambda g: g.start))))
    return out


def is_demonym(name: str) -> bool:
    """A gold span that names a people, not a place ('Sudanese'): LGL annotates these."""
    from sitrep.geo.countries import country_by_demonym, country_by_name

    return country_by_demonym(name) is not None and country_by_name(name) is None


def _align(text: str, name: str, start: int, end: int) -> tuple[int, int]:
    """The span of ``name`` at or next to the given offsets (GeoVirus counts from 1, LGL from 0)."""
    for shift in (0, -1, 1, -2, 2):
        if text[start + shift : end + shift] == name:
            return start + shift, end + shift
    return start, end


@dataclass(slots=True)
class Score:
    gold: int = 0
    predicted: int = 0
    matched_pred: int = 0
    matched_gold: int = 0
    errors: list[float] = field(default_factory=list)
    # Errors over the gold toponyms that were recognised: resolution alone.
    recognised_errors: list[float] = field(default_factory=list)

    def add(
        self,
        gold: Iterable[GoldToponym],
        places: Iterable[Place],
        *,
        ignore: Iterable[GoldToponym] = (),
    ) -> None:
        """Score one article. Predictions overlapping an ``ignore``d gold span count nowhere."""
        skipped = list(ignore)
        preds = [
            (m.start, m.end, p)
            for p in places
            for m in p.mentions
            if not any(m.start < g.end and g.start < m.end for g in skipped)
        ]
        golds = list(gold)
        self.gold += len(golds)
        self.predicted += len(preds)
        self.matched_pred += sum(
            1 for s, e, _ in preds if any(s < g.end and g.start < e for g in golds)
        )
        for g in golds:
            hits = [p for s, e, p in preds if s < g.end and g.start < e]
            self.matched_gold += bool(hits)
            located = [p for p in hits if p.lat is not None and p.lon is not None]
            if located:
                p = located[0]
                assert p.lat is not None and p.lon is not None
                error = distance_km(g.lat, g.lon, p.lat, p.lon)
            else:
                error = MAX_ERROR_KM
            self.errors.append(error)
            if hits:
                self.recognised_errors.append(error)

    def report(self) -> dict[str, float]:
        p = self.matched_pred / self.predicted if self.predicted else 0.0
        r = self.matched_gold / self.gold if self.gold else 0.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        errs = self.errors or [MAX_ERROR_KM]
        auc = statistics.fmean(math.log(1 + e) for e in errs) / math.log(1 + MAX_ERROR_KM)
        rec = self.recognised_errors
        return {
            "precision": 100 * p,
            "recall": 100 * r,
            "f1": 100 * f1,
            "acc161": 100 * sum(e <= 161 for e in errs) / len(errs),
            "mean_km": statistics.fmean(errs),
            "median_km": statistics.median(errs),
            "auc": auc,
            "acc161_recognised": 100 * sum(e <= 161 for e in rec) / len(rec) if rec else 0.0,
        }


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _line(label: str, score: Score) -> str:
    r = score.report()
    return (
        f"  {label}: {score.gold} gold | recognition P {r['precision']:.1f} "
        f"R {r['recall']:.1f} F1 {r['f1']:.1f} | acc@161km, misses as errors {r['acc161']:.1f}% "
        f"mean {r['mean_km']:.0f} km median {r['median_km']:.0f} km AUC {r['auc']:.3f} | "
        f"acc@161km over recognised gold (the published definition) "
        f"{r['acc161_recognised']:.1f}%"
    )


@click.command(name="geo")
@click.option(
    "--data",
    type=click.Path(path_type=Path, file_okay=False),
    default=DEFAULT_DATA,
    show_default=True,
    help="Folder holding lgl.xml and GeoVirus.xml.",
)
@click.option(
    "--corpus", type=click.Choice(["lgl", "geovirus", "all"]), default="all", show_default=True
)
@click.option("--limit", type=int, default=None, help="Only the first N articles of each corpus.")
@click.option("--cold/--no-cold", default=True, help="Also time a cold build of the gazetteer.")
@click.option(
    "--gold-toponyms",
    is_flag=True,
    help="Resolution only: resolve each gold span in its article's context (no recognition).",
)
def command(data: Path, corpus: str, limit: int | None, cold: bool, gold_toponyms: bool) -> None:
    """Geoparsing: toponym recognition and resolution on LGL and GeoVirus.

    Each corpus gets two lines: as annotated, and without the gold spans that are demonyms
    ('Sudanese'), which LGL annotates as toponyms and sitrep does not treat as places.
    """
    from sitrep.geo.gazetteer import open_gazetteer
    from sitrep.pipeline.base import Document
    from sitrep.pipeline.places import PlacesStage
    from sitrep.pipeline.sentences import SentencesStage
    from sitrep.records import Article

    if cold:
        with tempfile.TemporaryDirectory() as tmp:
            t0, c0 = time.perf_counter(), time.process_time()
            open_gazetteer(cache_dir=Path(tmp))
            click.echo(
                f"gazetteer cold build: {time.perf_counter() - t0:.1f} s wall, "
                f"{time.process_time() - c0:.1f} s CPU"
            )
    rss0 = _rss_mb()
    t0 = time.perf_counter()
    gaz = open_gazetteer()
    click.echo(
        f"gazetteer warm open: {1000 * (time.perf_counter() - t0):.1f} ms "
        f"({len(gaz)} places, {gaz.path.stat().st_size / 2**20:.0f} MB on disk)"
    )
    sentences, places = SentencesStage(), PlacesStage(gazetteer=gaz)
    names = list(CORPORA) if corpus == "all" else [corpus]
    mode = "gold toponyms given (resolution only)" if gold_toponyms else "end to end"
    for name in names:
        articles = read_corpus(data / CORPORA[name])[:limit]
        score, score_nd = Score(), Score()
        parse_s = places_s = 0.0
        for i, art in enumerate(articles):
            doc = Document(Article(id=f"{name}-{i}", text=art.text))
            t = time.perf_counter()
            doc.put("parse", sentences(doc))
            parse_s += time.perf_counter() - t
            t = time.perf_counter()
            if gold_toponyms:
                result = places.resolve_spans(doc, [(g.start, g.end) for g in art.toponyms])
            else:
                result = places(doc)
            places_s += time.perf_counter() - t
            score.add(art.toponyms, result)
            demonyms = [g for g in art.toponyms if is_demonym(art.text[g.start : g.end])]
            kept = [g for g in art.toponyms if g not in demonyms]
            score_nd.add(kept, result, ignore=demonyms)
        click.echo(
            f"{name}, {mode}: {len(articles)} articles | places stage "
            f"{score.gold / places_s if places_s else 0:.0f} toponyms/s "
            f"(parse {parse_s:.1f} s, places {places_s:.1f} s)"
        )
        click.echo(_line("as annotated", score))
        click.echo(_line("without demonym spans", score_nd))
    click.echo(f"peak memory: {_rss_mb():.0f} MB (after gazetteer open: {rss0:.0f} MB)")
