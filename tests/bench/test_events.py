from __future__ import annotations

import json
from pathlib import Path

from sitrep.bench.events import CASE_CODES, _countries, f1_scores
from sitrep.records import AcledSubEvent


def test_case_codes_cover_the_25_acled_classes() -> None:
    assert set(CASE_CODES.values()) == set(AcledSubEvent)


def test_f1_scores() -> None:
    macro, weighted = f1_scores(["a", "a", "b"], ["a", "b", "b"])
    assert round(macro, 3) == round((2 / 3 + 2 / 3) / 2, 3)
    assert round(weighted, 3) == round((2 / 3 * 2 + 2 / 3) / 3, 3)


def test_countries_named_by_an_actor_phrase() -> None:
    assert _countries("Israeli tanks") == {"IL"}
    assert _countries("the United States") == {"US"}
    assert _countries("hundreds of students") == set()


def test_the_told_event_is_the_first_of_the_scored_sub_event() -> None:
    from sitrep.bench.events import told_event
    from sitrep.records import AcledSubEvent, Event, EventType, Span

    def event(eid: str, acled: AcledSubEvent | None) -> Event:
        return Event(id=eid, type=EventType.ASSAULT, acled=acled, evidence=(Span(0, 1),))

    riots = event("e1", AcledSubEvent.VIOLENT_DEMONSTRATION)
    looting = event("e2", AcledSubEvent.LOOTING)
    assert told_event([riots, looting], AcledSubEvent.LOOTING) is looting
    assert told_event([riots, looting], None) is riots
    assert told_event([], None) is None


def test_the_ceiling_counts_a_text_that_names_the_gold_place_or_its_units() -> None:
    from sitrep.bench.events import Item, names_gold_place

    def item(text: str, *names: str) -> Item:
        return Item(text=text, label="Attack", place_names=names)

    assert names_gold_place(item("Gunmen raided Tallowa (Zanfe, Ombri).", "Tallówa", "Zanfe"))
    assert names_gold_place(item("Clashes near the market of Zanfe; two hurt.", "Tallowa", "Zanfe"))
    assert names_gold_place(item("Police fired on traders in Kettle.", "Ombri City - Kettle"))
    assert not names_gold_place(item("Gunmen raided Tallowayo village.", "Tallowa"))
    assert not names_gold_place(item("Gunmen raided a village.", "Tallowa", "Zanfe"))
    assert not names_gold_place(item("Gunmen raided a village."))


def test_dump_writes_ids_and_labels_one_line_per_text_and_never_the_text(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from sitrep.bench.events import command

    folder = tmp_path / "acled_multi"
    folder.mkdir()
    header = "event_id_cnty,event_date,event_type,sub_event_type,location,admin2,latitude,longitude,notes"
    rows = [
        "XYZ1,2023-03-04,Battles,Armed clash,Tallowa,Zanfe,9.5,7.5,"
        '"On 4 March 2023, soldiers clashed with gunmen in Tallowa (Zanfe)."',
        "XYZ2,2023-03-05,Protests,Peaceful protest,Tallowa,Zanfe,9.5,7.5,"
        '"On 5 March 2023, traders marched peacefully in Tallowa over new taxes."',
    ]
    data = folder / "dev.csv"
    data.write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")
    runs = []
    for k in (1, 2):
        dump = tmp_path / f"dump{k}.jsonl"
        result = CliRunner().invoke(command, ["--data", str(data), "--dump", str(dump)])
        assert result.exit_code == 0, result.output
        runs.append((result.output, dump.read_text(encoding="utf-8")))
    (output, text), (_, text2) = runs
    assert text == text2  # the same file on each run: diffable between commits
    lines = [json.loads(line) for line in text.splitlines()]
    assert [line["id"] for line in lines] == ["XYZ1", "XYZ2"]
    first = lines[0]
    assert first["data"] == "acled-multi"
    assert first["gold"]["sub_type"] == "Armed clash"
    assert first["gold"]["type"] == "Battles"
    assert first["gold"]["location"] == "Tallowa"
    assert first["gold"]["date"] == "2023-03-04"
    assert set(first["predicted"]) == {"type", "sub_type", "place", "date"}
    assert set(first["match"]) == {"type", "sub_type", "location", "date"}
    assert first["match"]["sub_type"] == (first["predicted"]["sub_type"] == "Armed clash")
    # the matches agree with the scores printed
    right = sum(line["match"]["sub_type"] for line in lines)
    assert f"({right}/2)" in output.split("sub-type", 1)[1].splitlines()[0]
    for word in ("soldiers", "traders", "taxes", "gunmen"):
        assert word not in text
