"""What the attribution tests share: extraction from one sentence, and the words of a span."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sitrep.attribution.extract import Attribution, extract_attributions
from tests.conftest import DocBuilder

Extract = Callable[[str], tuple[str, list[Attribution]]]


@pytest.fixture
def extract(make_doc: DocBuilder) -> Extract:
    def run(text: str) -> tuple[str, list[Attribution]]:
        doc = make_doc(text)
        return text, extract_attributions(doc.parse.doc)

    return run


def words(text: str, span: object) -> str | None:
    return None if span is None else text[span.start : span.end]  # type: ignore[attr-defined]
