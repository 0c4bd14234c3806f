"""How the ACLED word patterns are written."""

from __future__ import annotations

import re


def any_of(*alternatives: str) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(alternatives) + r")", re.IGNORECASE)
