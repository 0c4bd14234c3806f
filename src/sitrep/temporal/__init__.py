"""Time expressions: a small grammar of TIMEX3 expressions and their anchoring in a story.

- :mod:`~sitrep.temporal.lexicon`: the words (months, weekdays, numbers, units, modifiers);
- :mod:`~sitrep.temporal.patterns`: tokens with lexical categories and the pattern language;
- :mod:`~sitrep.temporal.grammar`: the rules that read expressions into partial values;
- :mod:`~sitrep.temporal.normalise`: partial value + reference date -> TIMEX3 value;
- :mod:`~sitrep.temporal.anchoring`: a whole article, with the reference moving through it;
- :mod:`~sitrep.temporal.timeml`: reading TimeML (.tml) files for the benchmark.

Other stages use :func:`precision` and :func:`to_date` to date what they find.
"""

from sitrep.temporal.values import precision, to_date

__all__ = ["precision", "to_date"]
