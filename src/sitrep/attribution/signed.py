"""Quotations signed with a dash and a name: a paragraph that is one quotation, then the speaker.

News pages set voices this way in collections of readers' or witnesses' words, in pull quotes and
in round-ups of what candidates said:

    “We have nothing left to go back to.” ― Amina Yusuf, 34
    "The shelling did not stop for three days."
    - Brig. Gen. Jane Doe.

The dash is the cue, the name after it (up to a comma: an age or a town may follow) is the
source, and the quotation the content. The quotation must open its line, and the signature must
end its line: a byline after an ordinary paragraph ('... he said." - Reuters.') is no such thing.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from sitrep.attribution.base import Attribution, CueKind
from sitrep.attribution.quotes import Quote
from sitrep.events.place import doc_text
from sitrep.records import Span, Stance

if TYPE_CHECKING:
    from spacy.tokens import Doc

# After the quotation: spaces, at most one blank line, a dash, and a signature that starts with a
# capitalised word and runs to the end of its line (at most 80 characters).
_SIGNATURE = re.compile(
    r"[ \t\xa0]*(?:\n[ \t\xa0]*){0,2}(?P<dash>--|[-‐–—―])[ \t\xa0]*"
    r"(?P<name>[A-Z][^\n]{0,79}?)[ \t\xa0.,;]*(?=\n|$)"
)
# A signature is a name: no clause in it ('- he said so'), no second sentence.
_NOT_A_NAME = re.compile(r"[.!?][ \t\xa0]+[a-z]|[:“”\"]")
# A quotation this short is a word or a title, not a voice.
_MIN_WORDS = 3


def from_signed_quotations(
    doc: Doc, quotes: Sequence[Quote], found: Sequence[Attribution]
) -> list[Attribution]:
    """Quotations that open their line and are signed, after a dash, by who said them; none
    that an attribution of ``found`` already reports or introduces."""
    text = doc_text(doc)
    out: list[Attribution] = []
    for q in quotes:
        line_start = text.rfind("\n", 0, q.span.start) + 1
        if text[line_start : q.span.start].strip(" \t\xa0"):
            continue
        if len(text[q.span.start : q.span.end].split()) < _MIN_WORDS:
            continue
        match = _SIGNATURE.match(text, q.span.end)
        if match is None or _NOT_A_NAME.search(match["name"]):
            continue
        cue = Span(match.start("dash"), match.end("dash"))
        # The name, without the age, town or title after its comma.
        name_end = match.start("name") + len(match["name"].split(",")[0].rstrip(" \t\xa0."))
        source = Span(match.start("name"), name_end)
        if any(a.content.overlaps(q.span) or a.cue.overlaps(q.span) for a in found):
            continue
        dash = doc.char_span(cue.start, cue.end, alignment_mode="expand")
        name = doc.char_span(source.start, source.end, alignment_mode="expand")
        if dash is None or name is None:
            continue
        out.append(
            Attribution(
                cue=cue,
                cue_head=dash[0].i,
                lemma=match["dash"],
                stance=Stance.ASSERT,
                content=q.span,
                source=source,
                source_head=name.root.i,
                quoted=True,
                kind=CueKind.HEADLINE,
            )
        )
    return out
