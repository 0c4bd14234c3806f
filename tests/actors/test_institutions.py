"""Names of groups and peoples as the article words them."""

from __future__ import annotations

from sitrep.actors.institutions import _lower_start


def test_a_common_noun_is_lower_cased_at_its_start() -> None:
    assert _lower_start("Ethnic Peruvian farmers") == "ethnic Peruvian farmers"
    assert _lower_start("CIVILIANS") == "civilians"  # text in capitals, not 'cIVILIANS'
    assert _lower_start("FIVE CIVILIANS") == "five civilians"
    assert _lower_start("NATO troops") == "NATO troops"  # an acronym stays
