from __future__ import annotations

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
