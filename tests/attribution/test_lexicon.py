import pytest

from sitrep.attribution.lexicon import lexicon, parse_lexicon
from sitrep.errors import SitrepError
from sitrep.records import Stance


def test_packaged_lexicon_maps_reporting_verbs_to_stances() -> None:
    lex = lexicon()
    assert lex.lookup("say") is not None and lex.lookup("say").stance is Stance.ASSERT  # type: ignore[union-attr]
    assert lex.lookup("accuse").stance is Stance.ACCUSE  # type: ignore[union-attr]
    assert lex.lookup("deny").stance is Stance.DENY  # type: ignore[union-attr]
    assert lex.lookup("reject").stance is Stance.REJECT  # type: ignore[union-attr]
    assert lex.lookup("vow").stance is Stance.PROMISE  # type: ignore[union-attr]
    assert lex.lookup("call", "for").stance is Stance.APPEAL  # type: ignore[union-attr]
    assert lex.lookup("eat") is None


def test_malformed_lexicon_line_names_the_line() -> None:
    with pytest.raises(SitrepError, match=r"x\.tsv:2"):
        parse_lexicon("say\tassert\tno\nshout\tyell\tno", origin="x.tsv")
