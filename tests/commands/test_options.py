"""What the corpus commands share: dates on the command line and the opened store."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import click
import pytest

from sitrep.commands.options import DATE, opened


def test_dates_are_read_in_the_usual_forms() -> None:
    assert DATE.convert("2020-11-01", None, None) == dt.date(2020, 11, 1)
    assert DATE.convert(dt.date(2020, 11, 1), None, None) == dt.date(2020, 11, 1)
    with pytest.raises(click.BadParameter):
        DATE.convert("someday", None, None)


def test_a_store_that_cannot_be_opened_is_a_clear_error(tmp_path: Path) -> None:
    not_a_db = tmp_path / "notes.sqlite"
    not_a_db.write_text("these are notes, not a database\n", encoding="utf-8")
    with pytest.raises(click.ClickException) as caught, opened(str(not_a_db)):
        pass
    assert "notes.sqlite" in caught.value.message
