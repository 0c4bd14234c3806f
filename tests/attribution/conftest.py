"""What the attribution tests share: extraction from one sentence, the words of a span, and
the claims of a whole analysed text as a reader sees them."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

import sitrep
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


def claims_read(report: dict[str, Any], text: str) -> list[dict[str, Any]]:
    """The claims of an analysed ``report`` of ``text`` as a reader sees them: the speaker's
    name, the stance, the cue, the date and the content's words."""
    names = {a["id"]: a["name"] for a in report["actors"]}
    return [
        {
            "speaker": names.get(c.get("speaker")),
            "stance": c["stance"],
            "cue": c["cue"],
            "date": c.get("date"),
            "content": text[c["content"]["start"] : c["content"]["end"]],
        }
        for c in report["claims"]
    ]


def analysed(text: str, published: str) -> dict[str, Any]:
    return sitrep.analyze(text, published=published).to_dict()
