"""The verbs of harm to people, one lexicon for every rule that reads them.

``HARM``: 'killed', 'wounded', 'died', 'maimed', 'murdered' ... (a toll, an act's outcome, a
harm told alone); the rules that read more add their own few words to it (the ways victims
were hurt, 'leaving 20 injured').
"""

from __future__ import annotations

HARM = frozenset({"kill", "wound", "injure", "hurt", "die", "maim", "murder", "slay", "harm"})
# How those an act harmed were harmed: 'had been shot', 'were stabbed'.
WAYS_OF_HURTING = frozenset({"shoot", "stab", "behead", "hack"})
