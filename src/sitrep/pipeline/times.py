"""Stage times.v1: every time expression as TIMEX3, anchored to the publication date.

When the article carries no date, the date is inferred from the text where it allows (a dateline,
explicit dates, a chain from an event the story dates: "fighting began on September 27, 2020 ...
the sixth week of fighting") and marked as inferred, with a confidence and its evidence;
otherwise relative expressions stay unresolved (``XXXX-WXX-6``), never guessed. See
:mod:`sitrep.temporal` (and :func:`sitrep.temporal.attached_time` for the date of a verb).
"""

from __future__ import annotations

from typing import ClassVar

from sitrep.pipeline.base import Document, Timeline
from sitrep.temporal.anchoring import annotate


class TimesStage:
    name: ClassVar[str] = "times.v1"
    provides: ClassVar[str] = "times"
    requires: ClassVar[tuple[str, ...]] = ("parse",)

    def __call__(self, doc: Document) -> Timeline:
        parse = doc.parse
        result = annotate(
            doc.text,
            sentences=[s.span for s in parse.sentences],
            published=doc.article.published_date,
            parsed=parse.doc,
        )
        ref = result.reference
        return Timeline(
            expressions=result.expressions,
            published=ref.date,
            inferred=ref.inferred,
            confidence=ref.confidence,
            evidence=ref.evidence,
        )
