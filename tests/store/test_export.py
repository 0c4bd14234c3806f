"""ACLED-style rows from stored events."""

from __future__ import annotations

from sitrep.store.base import ArticleRef, Found
from sitrep.store.export import acled_row


def _event(**fields: object) -> Found:
    article = ArticleRef(content_hash="0" * 64, article_id="sha256:0")
    return Found(kind="events", article=article, record_id="e1", data={}, fields=dict(fields))


def test_an_event_placed_at_a_region_names_it_as_admin1() -> None:
    row = acled_row(_event(admin="Ukraine", place_name="Kharkiv", place_level="region"))
    assert (row["country"], row["admin1"], row["admin2"]) == ("Ukraine", "Kharkiv", None)


def test_a_town_keeps_the_admin_chain_above_it() -> None:
    row = acled_row(_event(admin="Ukraine; Kharkiv", place_name="Kupiansk", place_level="locality"))
    assert (row["country"], row["admin1"], row["location"]) == ("Ukraine", "Kharkiv", "Kupiansk")


def test_an_event_placed_at_a_country_names_it_not_its_code() -> None:
    row = acled_row(_event(country="CD", place_name="Congo", place_level="country"))
    assert (row["country"], row["admin1"], row["location"]) == (
        "Democratic Republic of the Congo",
        None,
        "Congo",
    )
    assert acled_row(_event())["country"] is None  # no place, no country


def test_casualty_rows_carry_how_the_displaced_were_counted() -> None:
    from sitrep.store.figures import CASUALTY_CONTEXT, with_figures

    article = ArticleRef(content_hash="0" * 64, article_id="sha256:0")
    row = Found(
        kind="casualties",
        article=article,
        record_id="k1",
        fields={"displaced": 5000, "abducted": 12},
        data={
            "displaced": {"value": 5000, "qualifier": "more_than"},
            "abducted": {"value": 12, "qualifier": "about", "high": 99},
        },
    )
    (found,) = with_figures(None, [row])  # type: ignore[arg-type]
    assert "displaced_qualifier" in CASUALTY_CONTEXT
    assert (found.fields["displaced"], found.fields["displaced_qualifier"]) == (5000, "more_than")
    assert (found.fields["abducted"], found.fields["abducted_high"]) == (12, 99)
