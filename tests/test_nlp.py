"""The shared spaCy pipeline's own components, run on sentences we wrote."""

from __future__ import annotations

import pytest

from sitrep import nlp

pytestmark = pytest.mark.slow


def _orgs(text: str) -> list[str]:
    pipeline, _ = nlp.load()
    return [e.text for e in pipeline(text).ents if e.label_ == "ORG"]


def test_a_name_cut_at_its_possessive_is_one_organisation() -> None:
    from spacy.tokens import Span

    pipeline, _ = nlp.load()
    doc = pipeline("The Kani People's Defence Force said two fighter jets bombed the school.")
    # as the recogniser cuts it in a longer article: a person, then an organisation
    doc.ents = [Span(doc, 0, 4, label="PERSON"), Span(doc, 4, 6, label="ORG")]
    nlp._mark_split_names(doc)
    assert [(e.text, e.label_) for e in doc.ents] == [("Kani People's Defence Force", "ORG")]


def test_a_possessive_owner_before_a_name_stays_apart() -> None:
    # "Russia's" owns the ministry; only "People's", "Workers'" and "Women's" open names
    assert all("Russia" not in org for org in _orgs("Russia's Defence Ministry said so."))


def test_a_name_cut_at_its_and_is_one_organisation() -> None:
    from spacy.tokens import Span

    pipeline, _ = nlp.load()
    doc = pipeline("The Kenyan National and Paralympic Committee said 40 runners would travel.")
    # as the recogniser cuts it in a longer article: two organisations around the "and"
    doc.ents = [Span(doc, 0, 3, label="ORG"), Span(doc, 4, 6, label="ORG")]
    nlp._mark_joined_names(doc)
    assert [(e.text, e.label_) for e in doc.ents] == [
        ("The Kenyan National and Paralympic Committee", "ORG")
    ]


def test_a_name_cut_at_its_and_with_no_entity_before_is_one_organisation() -> None:
    from spacy.tokens import Span

    pipeline, _ = nlp.load()
    doc = pipeline("The Kenyan National and Paralympic Committee said 40 runners would travel.")
    # the words before the "and" outside every entity
    doc.ents = [Span(doc, 4, 6, label="ORG")]
    nlp._mark_joined_names(doc)
    assert [e.text for e in doc.ents] == ["Kenyan National and Paralympic Committee"]


def test_two_bodies_named_side_by_side_stay_apart() -> None:
    from spacy.tokens import Span

    pipeline, _ = nlp.load()
    doc = pipeline("The Muslim Brotherhood and Justice Council said the vote was rigged.")
    doc.ents = [Span(doc, 0, 3, label="ORG"), Span(doc, 4, 6, label="ORG")]
    nlp._mark_joined_names(doc)
    assert [e.text for e in doc.ents] == ["The Muslim Brotherhood", "Justice Council"]
