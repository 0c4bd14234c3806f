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
