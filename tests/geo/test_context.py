"""The article's context: what the places already resolved say about a reading."""

from __future__ import annotations

from sitrep.geo.context import rebuild_context
from sitrep.geo.sources import Entry, Kind

MEDINA_OH = Entry("geonames:1", "Medina", Kind.CITY, "US", 41.1, -81.9, 26000, "OH")
AKRON = Entry("geonames:2", "Akron", Kind.CITY, "US", 41.1, -81.5, 190000, "OH")


def test_a_place_is_no_evidence_for_itself() -> None:
    # 'Medina' took the Ohio town; 'Mecca' (an alternate name of that town) gets no support
    # from the unit that only the same town puts in focus.
    alone = rebuild_context({"medina": (MEDINA_OH, "")})
    score_alone, why_alone = alone.score(MEDINA_OH, "", (), "Mecca")
    assert "region OH" not in why_alone
    with_akron = rebuild_context({"medina": (MEDINA_OH, ""), "akron": (AKRON, "")})
    score_with, why_with = with_akron.score(MEDINA_OH, "", (), "Mecca")
    assert "region OH" in why_with and score_with > score_alone
