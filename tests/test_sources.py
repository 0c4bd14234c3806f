"""Who stands behind a claim: the speaker, else the source's own words, else no one."""

from __future__ import annotations

from sitrep.records import Claim, Span, Stance
from sitrep.sources import actor_source, behind, source_words

TEXT = "The  officials\nsaid the town was shelled. Officials said so again. Shelling went on."


def _claim(source: Span | None, speaker: str | None = None) -> Claim:
    content = Span(TEXT.index("the town"), TEXT.index(" was shelled") + 12)
    return Claim(
        id="c",
        speaker=speaker,
        source_span=source,
        cue="said",
        stance=Stance.ASSERT,
        content=content,
        evidence=(content,),
    )


FIRST = Span(0, TEXT.index("\nsaid"))
SECOND = Span(TEXT.index("Officials said"), TEXT.index("Officials said") + 9)


def test_a_resolved_speaker_is_named_by_the_report() -> None:
    source = behind(_claim(FIRST, speaker="a1"), TEXT, {"a1": "Defence Ministry"})
    assert source is not None
    assert (source.identity, source.name, source.resolved) == ("a1", "Defence Ministry", True)
    assert actor_source("a2", {}).name == "a2"  # an id the report does not name


def test_unresolved_sources_keep_their_words_on_one_line() -> None:
    source = behind(_claim(FIRST), TEXT, {})
    assert source is not None
    assert source.name == "The officials"
    assert not source.resolved
    assert source_words(_claim(FIRST), TEXT) == "The officials"


def test_the_same_words_with_or_without_an_article_are_one_source() -> None:
    a, b = behind(_claim(FIRST), TEXT, {}), behind(_claim(SECOND), TEXT, {})
    assert a is not None and b is not None
    assert a.identity == b.identity == "words:officials"


def test_no_source_named() -> None:
    assert behind(_claim(None), TEXT, {}) is None
    assert source_words(_claim(None), TEXT) is None
