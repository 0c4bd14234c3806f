"""Datelines: "BAKU, Nov 1 (Reuters) -", "STEPANAKERT, Oct. 28, 2020 (Caspian Wire) —", and
the bare date a paragraph may open with ("May 3, 2024 -").

A place in capitals, optionally a date, the outlet in parentheses, then a dash. Ingest reads the
outlet from it; the sentence splitter keeps it apart from the first sentence, so that the parser
does not take the dateline for the subject; the times stage reads its date.
"""

from __future__ import annotations

import re

# The country after the place, in up to five words, small ones among them: ", Congo",
# ", Democratic Republic of Congo".
_COUNTRY = r"(?:, [A-Z][A-Za-z.]+(?: (?:of|the|and|[A-Z][A-Za-z.]+)){0,4})?"
# The place may name two cities: "SANAA/WASHINGTON, Jan 20 (Reuters) -".
DATELINE = re.compile(
    rf"[A-Z][A-Z'’.\-/ ]{{1,40}}{_COUNTRY},?"
    r"(?: [A-Z][a-z]{2,8}\.? \d{1,2}(?:, \d{4})?)? \((?P<source>[^()\n]{2,60})\) ?[-—–]"
)


_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
# A dateline that is only a date: "May 3, 2024 -", "3 May 2024 —", "Oct. 17 -".
DATE_DATELINE = re.compile(
    rf"(?:{_MONTH} \d{{1,2}}(?:,? \d{{4}})?|\d{{1,2}} {_MONTH}(?: \d{{4}})?) ?[-—–](?= )"
)


# A dateline naming no outlet: "GOMA, Feb 10 -", "GOMA, Congo, Feb. 10, 2023 —" (its dash
# ends the line where the parser cut the dateline off as a sentence of its own).
PLACE_DATE_DATELINE = re.compile(
    rf"[A-Z][A-Z'’.\-/ ]{{1,40}}{_COUNTRY}, "
    rf"{_MONTH} \d{{1,2}}(?:, \d{{4}})? ?[-—–](?=\s|$)"
)


def match_dateline(text: str, pos: int = 0) -> re.Match[str] | None:
    """The dateline starting exactly at ``pos`` in ``text``, if there is one: with the outlet
    ("BAKU, Nov 1 (Reuters) -") or without ("GOMA, Feb 10 -")."""
    return DATELINE.match(text, pos) or PLACE_DATE_DATELINE.match(text, pos)


def match_date_dateline(text: str, pos: int = 0) -> re.Match[str] | None:
    """A paragraph opening with a bare date and a dash ("May 3, 2024 - A strike hit ..."),
    which the parser would otherwise split after the month."""
    return DATE_DATELINE.match(text, pos)


def dateline_source(text: str) -> str | None:
    """The outlet named in the dateline that opens one of the first paragraphs."""
    for paragraph in text.split("\n\n")[:3]:
        match = DATELINE.match(paragraph.strip())  # a dateline naming its outlet
        if match:
            return match.group("source").strip()
    return None
