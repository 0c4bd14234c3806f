"""Datelines: "BAKU, Nov 1 (Reuters) -", "STEPANAKERT, Oct. 28, 2020 (Caspian Wire) —".

A place in capitals, optionally a date, the outlet in parentheses, then a dash. Ingest reads the
outlet from it; the sentence splitter keeps it apart from the first sentence, so that the parser
does not take the dateline for the subject; the times stage reads its date.
"""

from __future__ import annotations

import re

DATELINE = re.compile(
    r"[A-Z][A-Z'’.\- ]{1,40}(?:, [A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)?)?,?"
    r"(?: [A-Z][a-z]{2,8}\.? \d{1,2}(?:, \d{4})?)? \((?P<source>[^()\n]{2,60})\) ?[-—–]"
)


def match_dateline(text: str, pos: int = 0) -> re.Match[str] | None:
    """The dateline starting exactly at ``pos`` in ``text``, if there is one."""
    return DATELINE.match(text, pos)


def dateline_source(text: str) -> str | None:
    """The outlet named in the dateline that opens one of the first paragraphs."""
    for paragraph in text.split("\n\n")[:3]:
        match = match_dateline(paragraph.strip())
        if match:
            return match.group("source").strip()
    return None
