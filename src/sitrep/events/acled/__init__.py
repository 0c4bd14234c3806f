"""ACLED sub-event types from the words of a report, by rules written from ACLED's codebook.

- :mod:`.rules`: the rules in the codebook's order of precedence, :func:`sub_event`,
  :func:`sub_events`, :func:`bare_unrest`;
- :mod:`.kinds`: the ACLED event type and the PLOVER type of each sub-event type;
- the word patterns the rules are made of, by subject: :mod:`.crowds` (protests, riots, mobs),
  :mod:`.weapons`, :mod:`.territory`, :mod:`.violence`, :mod:`.strategic`.
"""

from __future__ import annotations

from sitrep.events.acled.kinds import EVENT_TYPE, PLOVER_TYPE
from sitrep.events.acled.rules import RULES, Rule, bare_unrest, sub_event, sub_events

__all__ = [
    "EVENT_TYPE",
    "PLOVER_TYPE",
    "RULES",
    "Rule",
    "bare_unrest",
    "sub_event",
    "sub_events",
]
