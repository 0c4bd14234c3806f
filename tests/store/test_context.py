"""The words shown for a source the article names but no actor stands for."""

from __future__ import annotations

from sitrep.store.context import source_words


def test_an_unresolved_source_keeps_its_own_casing() -> None:
    quote = "A doctor at a hospital in Idlib city said 34 wounded people had been brought in."
    data = {"source_span": {"start": 110, "end": 146}, "evidence": [{"start": 110, "end": 190}]}
    assert source_words(data, quote) == "“A doctor at a hospital in Idlib city”"


def test_no_source_or_a_span_outside_the_quote_gives_none() -> None:
    quote = "Shelling resumed, officials said."
    assert source_words({"evidence": [{"start": 0, "end": 33}]}, quote) is None
    outside = {"source_span": {"start": 40, "end": 60}, "evidence": [{"start": 0, "end": 33}]}
    assert source_words(outside, quote) is None
