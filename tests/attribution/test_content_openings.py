"""Content spans: a linking adverb before the content, a headline whose second clause the
parser hung the first one's cue on, and a clause of time after the cue."""

from __future__ import annotations

from tests.attribution.conftest import Extract, words


def test_a_linking_adverb_opens_no_content(extract: Extract) -> None:
    text, found = extract(
        "Separately, a shell killed two farmers near the dam on Sunday, the district police said."
    )
    said = [a for a in found if a.lemma == "say"]
    assert len(said) == 1
    assert words(text, said[0].content) == "a shell killed two farmers near the dam on Sunday"


def test_a_quoted_linking_adverb_stays_in_the_content(extract: Extract) -> None:
    text, found = extract('"Meanwhile, the wells are dry," the mayor said.')
    said = [a for a in found if a.lemma == "say"]
    assert len(said) == 1
    content = words(text, said[0].content)
    assert content is not None and "Meanwhile" in content


def test_a_headline_content_ends_before_its_cue_and_the_semicolon(extract: Extract) -> None:
    text, found = extract(
        "Air strike on Darfur camp kills 12, medics say; RSF denies involvement\n\nThe camp was "
        "quiet on Monday."
    )
    say = [a for a in found if a.lemma == "say"]
    assert len(say) == 1
    assert words(text, say[0].content) == "Air strike on Darfur camp kills 12"
    deny = [a for a in found if a.lemma == "deny"]
    assert deny and words(text, deny[0].content) == "involvement"


def test_a_clause_of_time_after_the_cue_is_not_what_was_said(extract: Extract) -> None:
    text, found = extract(
        "Rebels attacked a military base early on Saturday, killing three soldiers and "
        "wounding nine, the army said, days after the group pledged to halt offensive operations."
    )
    said = [a for a in found if a.lemma == "say"]
    assert len(said) == 1
    content = words(text, said[0].content)
    assert content is not None and content.startswith("Rebels attacked a military base")
    assert "pledged" not in content
