"""Clause shapes the parse gets wrong, on sentences written for these tests."""

from __future__ import annotations

import pytest

from sitrep.attribution.clauses import appositive_speaker, continuation, misattached_conjunct
from sitrep.attribution.extract import extract_attributions
from sitrep.attribution.lexicon import lexicon
from tests.attribution.conftest import Extract, words
from tests.conftest import DocBuilder

pytestmark = pytest.mark.slow


def test_past_verb_coordinated_with_a_perfect_goes_with_the_reporting_verb(
    make_doc: DocBuilder,
) -> None:
    parsed = make_doc(
        "The envoy said the rebels had not crossed the river and described the reports as false."
    ).parse.doc
    described = next(t for t in parsed if t.text == "described")
    crossed = next(t for t in parsed if t.text == "crossed")
    assert misattached_conjunct(described) and not misattached_conjunct(crossed)


def test_speaker_in_apposition(make_doc: DocBuilder) -> None:
    parsed = make_doc(
        "Two farmers were wounded near the village of Dorn, the province's governor said, "
        "and a barn burned down."
    ).parse.doc
    said = next(t for t in parsed if t.text == "said")
    speaker = appositive_speaker(said)
    assert speaker is None or speaker.text == "governor"


def _continued(make_doc: DocBuilder, text: str, before: str) -> str:
    parsed = make_doc(text).parse.doc
    said = next(t for t in parsed if t.text == "said")
    content = [t for t in parsed if t.idx + len(t.text) <= text.index(before) + len(before)]
    found = continuation(said, content, lexicon())
    return text[found[0].idx : found[-1].idx + len(found[-1].text)] if found else ""


def test_a_figure_after_the_reporting_clause_goes_on_with_what_was_said(
    make_doc: DocBuilder,
) -> None:
    text = (
        "Four guards were killed at the Dorn checkpoint, the Ruritanian army said on Tuesday, "
        "bringing the number of its dead to 312."
    )
    assert _continued(make_doc, text, "checkpoint") == "bringing the number of its dead to 312"
    # However the parse hangs the second clause, the statement runs over it.
    for text in (
        "Five guards were killed, Ruritanian officials said, and 20 were wounded.",
        "Six fishermen were killed off Kell, the coastguard said, and 14 were wounded.",
    ):
        (a,) = extract_attributions(make_doc(text).parse.doc)
        assert text[a.content.start : a.content.end].endswith("were wounded")


def test_the_speakers_own_doings_do_not_go_on_with_what_was_said(make_doc: DocBuilder) -> None:
    # A reporting verb of its own, and a participle with no figure, are not what was said.
    text = "Four guards were killed at Dorn, the army said, adding that 12 were missing."
    assert _continued(make_doc, text, "Dorn") == ""
    text = "The bridge at Dorn was destroyed, the governor said, speaking to reporters in Kell."
    assert _continued(make_doc, text, "destroyed") == ""


def test_a_figure_after_an_inverted_speaker_goes_on_with_what_was_said(
    make_doc: DocBuilder,
) -> None:
    text = (
        "Nine guards were killed, said Anton Varga, a spokesman for the Ruritanian army, "
        "bringing the toll to 1,200."
    )
    (a,) = extract_attributions(make_doc(text).parse.doc)
    assert text[a.content.start : a.content.end].endswith("bringing the toll to 1,200")


def test_the_reporting_verb_again_speaks_for_the_same_source(extract) -> None:  # type: ignore[no-untyped-def]
    text, found = extract("The mayor says the bridge was shelled and says he asked for help.")
    first, second = (a for a in found if a.lemma == "say")
    assert words(text, first.content) == "the bridge was shelled"
    assert words(text, second.source) == "The mayor"


@pytest.mark.parametrize(
    "text",
    [
        "The ministry disputed the figure, saying nine had died.",
        "The rebels said 40 were killed, a figure the ministry disputed, saying nine had died.",
        "The rebels said 40 were killed, a claim which the ministry denied, saying nine had died.",
        "The rebels blamed the ministry, which disputed the figure, saying nine had died.",
    ],
)
def test_participle_after_a_reporting_relative_clause_is_its_speakers(
    extract: Extract, text: str
) -> None:
    text, found = extract(text)
    saying = next(a for a in found if a.lemma == "say" and words(text, a.cue) == "saying")
    assert words(text, saying.source) in {"The ministry", "the ministry"}
    assert words(text, saying.content) == "nine had died"


def test_participle_after_a_relative_clause_without_a_reporting_verb_stays_the_subjects(
    extract: Extract,
) -> None:
    text, found = extract(
        "The rebels said 40 were killed in the town the army captured, saying the toll would rise."
    )
    saying = next(a for a in found if words(text, a.cue) == "saying")
    assert words(text, saying.source) == "The rebels"


@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        (
            "Mr. Lee, who estimated that a third of his workers were for him, said he voted "
            "for the mayor in 2008.",
            "Mr. Lee",
            "he voted for the mayor in 2008",
        ),
        (
            "The minister, meanwhile, who sits on the council, said that fact speaks volumes.",
            "The minister",
            "that fact speaks volumes",
        ),
        (
            "“She needs one or two big ideas,” said Ann Lee, who teaches law and endorsed the "
            "plan in May.",
            "Ann Lee",
            "“She needs one or two big ideas,”",
        ),
    ],
)
def test_a_speaker_the_parse_made_the_subject_of_an_aside_still_speaks(
    extract: Extract, text: str, source: str, content: str
) -> None:
    text, found = extract(text)
    said = next(a for a in found if words(text, a.cue) == "said")
    assert (words(text, said.source), words(text, said.content)) == (source, content)


def test_a_clause_of_time_before_the_speaker_is_not_what_was_said(extract: Extract) -> None:
    text, found = extract(
        "When she ran for the Senate in 2010, the incumbent attacked the governor by reminding "
        "voters of the merger."
    )
    assert all("When she ran" not in (words(text, a.content) or "") for a in found)
    text, (said,) = extract("The two sides agreed to a truce, the mediators said.")
    assert words(text, said.content) == "The two sides agreed to a truce"


def test_a_speaker_the_parse_made_the_root_speaks_for_its_conjunct(extract: Extract) -> None:
    text, found = extract(
        "But the U.S. Court of Appeals for the 6th Circuit overruled and said Ohio already "
        "provided more early voting."
    )
    said = next(a for a in found if words(text, a.cue) == "said")
    assert words(text, said.source) in {
        "the U.S. Court of Appeals for the 6th Circuit",
        "the U.S. Court of Appeals for the 6th Circuit overruled",
    }


def test_a_document_speaking_is_named_without_what_it_says(extract: Extract) -> None:
    text, found = extract('This prompted the tabloid to do a cover saying "Don\'t be a bum!"')
    saying = next(a for a in found if words(text, a.cue) == "saying")
    assert words(text, saying.source) == "a cover"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Majorities of farmers in three districts going to the polls Sunday say they "
            "would accept the new governor.",
            "Majorities of farmers in three districts",
        ),
        (
            "Hundreds of soldiers interviewed at the base this week said they had not been paid.",
            "Hundreds of soldiers",
        ),
    ],
)
def test_a_speaker_described_by_a_participle_the_parse_made_a_clause_still_speaks(
    extract: Extract, text: str, source: str
) -> None:
    text, found = extract(text)
    said = next(a for a in found if a.lemma == "say")
    assert words(text, said.source) == source


def test_a_closing_speaker_the_parse_made_an_object_clause_still_speaks(
    extract: Extract,
) -> None:
    # The parse makes "said" the object clause of "tolerate"; the words before the comma are
    # what she said, not the next sentence's quotation.
    text, found = extract(
        "The army would not tolerate that from any other country, especially one considered "
        "an adversary, she said. “For the rebels to both shell the town and praise the truce "
        "is absurd,” she added."
    )
    said = next(a for a in found if a.lemma == "say")
    assert words(text, said.source) == "she"
    assert words(text, said.content) == (
        "The army would not tolerate that from any other country, especially one considered "
        "an adversary"
    )


def test_a_speaker_after_two_coordinated_clauses_said_both(make_doc: DocBuilder) -> None:
    # 'said' hangs on 'killed' beside 'wounded', with the 'and' of 'wounded' before it.
    text = (
        "Shelling killed at least 30 people and wounded more than 90 at a crowded market in "
        "Dorn on Monday, a group of volunteer medics said, in one of the worst attacks this year."
    )
    (a,) = extract_attributions(make_doc(text).parse.doc)
    assert text[a.source.start : a.source.end] == "a group of volunteer medics"
    assert text[a.content.start : a.content.end] == (
        "Shelling killed at least 30 people and wounded more than 90 at a crowded market in "
        "Dorn on Monday"
    )
