"""What the actor finders share: an entity's own tokens."""

from __future__ import annotations

from sitrep.actors.context import _symbols


def test_symbols_are_no_part_of_a_name() -> None:
    assert _symbols("💥") and _symbols("★") and _symbols("→")
    assert not _symbols("(") and not _symbols(")") and not _symbols("AT&T") and not _symbols("")
