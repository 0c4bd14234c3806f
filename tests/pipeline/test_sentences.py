"""Sentences: spaCy's splitting plus paragraph and dateline boundaries."""

from __future__ import annotations

import pytest

from sitrep import nlp
from sitrep.nlp import MAX_SENTENCE_TOKENS
from sitrep.pipeline.casing import read_as
from sitrep.pipeline.runner import Pipeline
from sitrep.pipeline.sentences import SentencesStage
from sitrep.records import Article, Failure, Report
from tests.conftest import DocBuilder

pytestmark = pytest.mark.slow


def _sentences(doc_text: str, make_doc: DocBuilder) -> list[str]:
    doc = make_doc(doc_text)
    return [s.span.text(doc.text) for s in doc.parse.sentences]


def test_a_blank_line_ends_a_sentence(make_doc: DocBuilder) -> None:
    text = "Truce collapses near the border\n\nShelling resumed on Monday, the ministry said."
    assert _sentences(text, make_doc) == [
        "Truce collapses near the border",
        "Shelling resumed on Monday, the ministry said.",
    ]


def test_a_line_break_after_a_sentence_end_ends_it(make_doc: DocBuilder) -> None:
    text = (
        'Baku accused Yerevan of shelling the town, while Yerevan called the report "lies".\n'
        "Azertac, citing the ministry, reported that a school was damaged.\n"
        "Officials spoke to the\npress on Monday."
    )
    assert _sentences(text, make_doc) == [
        'Baku accused Yerevan of shelling the town, while Yerevan called the report "lies".',
        "Azertac, citing the ministry, reported that a school was damaged.",
        "Officials spoke to the\npress on Monday.",
    ]


def test_a_dateline_stands_alone(make_doc: DocBuilder) -> None:
    text = (
        "Title\n\nSTEPANAKERT, Oct. 31, 2020 (Example Wire) — Officials accused the army of "
        "shelling the town overnight. The army denied it."
    )
    assert _sentences(text, make_doc) == [
        "Title",
        "STEPANAKERT, Oct. 31, 2020 (Example Wire) —",
        "Officials accused the army of shelling the town overnight.",
        "The army denied it.",
    ]


def test_a_paragraph_opening_with_a_bare_date_keeps_the_date_whole(make_doc: DocBuilder) -> None:
    text = (
        "Strike hits clinic, medics say\n\n"
        "May 3, 2024 - A military air strike hit a clinic on Thursday, killing at least 9 "
        "people including two nurses, medics and residents said on Friday."
    )
    sentences = _sentences(text, make_doc)
    assert sentences[1] == "May 3, 2024 -"
    assert sentences[2].startswith("A military air strike")


def test_capitals_without_an_outlet_are_not_a_dateline(make_doc: DocBuilder) -> None:
    text = "NATO said on Friday that talks would resume. Both sides agreed."
    assert _sentences(text, make_doc)[0] == "NATO said on Friday that talks would resume."


def test_text_without_sentence_ends_is_cut_into_bounded_sentences(make_doc: DocBuilder) -> None:
    text = " ".join(["the convoy moved north along the river road and the guards"] * 60)
    doc = make_doc(text)
    lengths = [len(sentence) for sentence in doc.parse.doc.sents]
    assert len(lengths) >= 3 and max(lengths) <= MAX_SENTENCE_TOKENS
    assert sum(lengths) == len(doc.parse.doc)


def test_an_article_too_long_for_the_parser_is_a_failure_saying_so() -> None:
    limit = nlp.load()[0].max_length
    long_one = Article(id="long", text="a" * (limit + 1), origin="long.txt")
    short = Article(id="short", text="The army said the road was shut.", origin="short.txt")
    pipeline = Pipeline.from_names(["sentences.v1"])
    failure, report = pipeline.analyze_many([long_one, short])
    assert isinstance(failure, Failure) and failure.stage == "sentences.v1"
    assert failure.reason == (
        f"too long to parse: {limit + 1:,} characters (the parser's limit is {limit:,})"
    )
    assert isinstance(report, Report)


_HEADLINE = "Azerbaijan Says Armenian Forces Shelled Barda, Killing Four Civilians"


def test_a_title_case_headline_is_parsed_as_prose_over_its_own_characters(
    make_doc: DocBuilder,
) -> None:
    text = _HEADLINE + "\n\nThe ministry said the town was shelled overnight."
    parsed = make_doc(text).parse.doc
    assert parsed.text == text
    says = next(t for t in parsed if t.text == "Says")
    assert says.pos_ == "VERB" and says.lemma_ == "say"
    assert [e.text for e in parsed.ents if e.label_ == "PERSON"] == []
    assert "Barda" in [e.text for e in parsed.ents]
    assert read_as(parsed).startswith("Azerbaijan says Armenian forces shelled Barda, killing")
    prose = make_doc("The ministry said the town was shelled overnight.").parse.doc
    assert read_as(prose) == prose.text


def test_batched_parsing_recases_each_text_as_a_single_parse_does(make_doc: DocBuilder) -> None:
    texts = [_HEADLINE, "The army said the road was shut.", _HEADLINE.upper()]
    batched = list(SentencesStage().parse_many(texts, batch_size=2))
    for text, parse in zip(texts, batched, strict=True):
        single = make_doc(text).parse
        assert parse.doc.text == text
        assert [(t.text, t.tag_, t.dep_, t.ent_type_) for t in parse.doc] == [
            (t.text, t.tag_, t.dep_, t.ent_type_) for t in single.doc
        ]
        assert parse.sentences == single.sentences


def test_a_dateline_naming_no_outlet_stands_alone(make_doc: DocBuilder) -> None:
    text = (
        "Clashes near the lake\n\nGOMA, Feb 10 - Fighting near the town of Sake forced "
        "thousands to flee on Thursday, aid workers said."
    )
    assert _sentences(text, make_doc) == [
        "Clashes near the lake",
        "GOMA, Feb 10 -",
        "Fighting near the town of Sake forced thousands to flee on Thursday, aid workers said.",
    ]


def test_an_abbreviation_that_ends_a_sentence_ends_it(make_doc: DocBuilder) -> None:
    text = (
        "Drones struck the depot at about 2 a.m. Two guards were hurt, a medic said. "
        "The envoy flew back to the U.S. The talks were put off."
    )
    assert _sentences(text, make_doc) == [
        "Drones struck the depot at about 2 a.m.",
        "Two guards were hurt, a medic said.",
        "The envoy flew back to the U.S.",
        "The talks were put off.",
    ]


def test_an_abbreviation_before_a_name_or_a_day_goes_on(make_doc: DocBuilder) -> None:
    text = "A U.S. Navy ship docked at 6 a.m. Sunday near the port, officials said."
    assert _sentences(text, make_doc) == [text]


def test_a_country_the_recogniser_left_unlabelled_is_a_place(make_doc: DocBuilder) -> None:
    # after a wire dateline the statistical recogniser leaves 'Ukraine' unlabelled
    doc = make_doc("KYIV, Dec 1 (Reuters) - Ukraine said on Monday it hit a depot.")
    assert ("Ukraine", "GPE") in [(e.text, e.label_) for e in doc.parse.doc.ents]


def test_a_country_word_inside_a_longer_unlabelled_name_stays_unlabelled(
    make_doc: DocBuilder,
) -> None:
    # 'Chad' is as often a person's name, and is never added
    doc = make_doc("Chad Miller said the Ukraine Reconstruction Fund met on Monday.")
    labelled = {e.text for e in doc.parse.doc.ents}
    assert "Chad" not in labelled
    assert "Ukraine" not in labelled or any("Reconstruction" in e for e in labelled)
