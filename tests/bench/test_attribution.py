from pathlib import Path

from click.testing import CliRunner

from sitrep.bench.attribution import (
    GoldAttribution,
    Predicted,
    Score,
    command,
    discarded_regions,
    kind_of,
    read_annotation,
    read_brat,
    univocal,
)
from sitrep.records import Span

ANN = (
    "T1\tSource 0 9\tThe mayor\n"
    "T2\tCue 10 14\tsaid\n"
    "T3\tContent 15 30;32 40\tthe dam held; it did\n"
    "T4\tAttribution 10 14\tsaid\n"
    "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n"
    "T5\tCue 50 62\taccording to\n"
    "T6\tContent 63 70\tfigures\n"
    "T7\tAttribution-no-source 50 62\taccording to\n"
    "E2\tAttribution-no-source:T7 Cue:T5 Content:T6\n"
)


def test_read_brat_keeps_discontinuous_spans_and_missing_sources(tmp_path: Path) -> None:
    path = tmp_path / "a_x.ann"
    path.write_text(ANN, encoding="utf-8")
    first, second = read_brat(path)
    assert first == GoldAttribution(
        cue=(Span(10, 14),), source=(Span(0, 9),), content=(Span(15, 30), Span(32, 40))
    )
    assert second.source == () and second.cue == (Span(50, 62),)


def test_score_counts_cue_source_and_content() -> None:
    gold = [
        GoldAttribution((Span(10, 14),), (Span(0, 9),), (Span(15, 40),)),
        GoldAttribution((Span(50, 62),), (), (Span(63, 70),)),
    ]
    predicted = [
        Predicted(Span(10, 14), Span(4, 9), Span(15, 30)),  # all right
        Predicted(Span(50, 62), Span(40, 45), Span(63, 70)),  # wrong source
        Predicted(Span(80, 84), None, Span(85, 90)),  # false alarm
    ]
    score = Score()
    score.add("doc", gold, predicted)
    assert (score.matched, score.source_correct, score.full) == (2, 1, 1)
    assert score.predicted == 3 and len(score.false_alarms) == 1
    lines = "\n".join(score.lines())
    assert "cue                 P  66.7  R 100.0  F1  80.0" in lines


def test_command_names_a_folder_that_is_not_polnear(tmp_path: Path) -> None:
    result = CliRunner().invoke(command, ["--data", str(tmp_path)])
    assert result.exit_code != 0 and "does not look like PolNeAR" in result.output


def test_univocal_sets_aside_a_statement_inside_another_statements_content() -> None:
    # 'The mayor said the minister claimed the dam held.': PolNeAR annotates the outer only.
    outer = Predicted(Span(10, 14), Span(0, 9), Span(15, 50))
    inner = Predicted(Span(28, 35), Span(15, 27), Span(36, 50))
    apart = Predicted(Span(60, 64), None, Span(65, 70))
    assert univocal([outer, inner, apart]) == [outer, apart]


def test_discarded_regions_are_neither_hits_nor_false_alarms(tmp_path: Path) -> None:
    path = tmp_path / "a_x.ann"
    path.write_text(ANN + "T8\tDiscard 100 140\tFollow the writer on a social network.\n")
    regions = discarded_regions(path)
    assert regions == (Span(100, 140),)
    score = Score()
    byline = Predicted(Span(105, 111), None, Span(112, 130))
    score.add("doc", read_brat(path), [byline], discarded=regions)
    assert score.predicted == 0 and not score.false_alarms


def test_read_annotation_gives_attributions_and_discarded_regions_in_one_read(
    tmp_path: Path,
) -> None:
    path = tmp_path / "a_x.ann"
    path.write_text(ANN + "T8\tDiscard 100 140\tFollow the writer on a social network.\n")
    annotation = read_annotation(path)
    assert annotation.attributions == read_brat(path)
    assert annotation.discarded == (Span(100, 140),) == discarded_regions(path)


def test_gold_attributions_are_told_apart_by_kind() -> None:
    quotation = (Span(14, 42),)
    quoted = GoldAttribution((Span(10, 14),), (Span(0, 9),), (Span(15, 41),))
    paraphrase = GoldAttribution((Span(50, 54),), (Span(45, 49),), (Span(55, 80),))
    unsourced = GoldAttribution((Span(90, 100),), (), (Span(101, 120),))
    assert [kind_of(g, quotation) for g in (quoted, paraphrase, unsourced)] == [
        "quoted",
        "paraphrase",
        "no source",
    ]
    score = Score()
    score.add(
        "doc",
        [quoted, paraphrase],
        [Predicted(Span(10, 14), None, Span(15, 41))],
        quotations=quotation,
    )
    assert score.by_kind == {"quoted": [1, 1], "paraphrase": [1, 0]}
    assert "cue recall by kind  quoted 100.0 (1), paraphrase 0.0 (1)" in "\n".join(score.lines())
