"""Which lines shout: Title Case headlines and text in capitals, datelines apart."""

from __future__ import annotations

from sitrep.pipeline.casing import Shout, shouted_lines


def test_a_title_case_headline_shouts_and_prose_does_not() -> None:
    text = (
        "Rebels Seize Two Villages Near the Lake As Army Retreats\n\n"
        "Rebels seized two villages near the lake on Monday, the army said."
    )
    (line,) = shouted_lines(text)
    assert line.shout is Shout.TITLE
    assert text[line.start : line.end] == "Rebels Seize Two Villages Near the Lake As Army Retreats"


def test_capitals_shout_but_a_dateline_keeps_its_own() -> None:
    text = "KABUL, Nov. 1 (Example Wire) — TALIBAN FIGHTERS SEIZED A DISTRICT ON SUNDAY."
    (line,) = shouted_lines(text)
    assert line.shout is Shout.UPPER
    assert text[line.start : line.end].strip() == "TALIBAN FIGHTERS SEIZED A DISTRICT ON SUNDAY."


def test_short_lines_and_names_in_prose_do_not_shout() -> None:
    text = "BREAKING NEWS\n\nPresident Ilham Aliyev met Prime Minister Nikol Pashinyan in Moscow."
    assert shouted_lines(text) == ()
