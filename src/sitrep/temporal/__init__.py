"""Time expressions: a small grammar of TIMEX3 expressions and their anchoring in a story.

- :mod:`~sitrep.temporal.lexicon`: the words (months, weekdays, numbers, units, modifiers);
- :mod:`~sitrep.temporal.patterns`: tokens with lexical categories and the pattern language;
- :mod:`~sitrep.temporal.grammar`: the rules that read expressions into partial values, with
  their builders (:mod:`~sitrep.temporal.builders`; clock times and parts of days in
  :mod:`~sitrep.temporal.daytime`; PRESENT_REF, PAST_REF, FUTURE_REF and vague stretches in
  :mod:`~sitrep.temporal.vague`; holidays and events in :mod:`~sitrep.temporal.occasions`;
  quarters, fiscal periods, "the year" and year-end in :mod:`~sitrep.temporal.periods`;
  both ends of ranges of days in :mod:`~sitrep.temporal.ranges`);
- :mod:`~sitrep.temporal.normalise`: partial value + reference date -> TIMEX3 value;
- :mod:`~sitrep.temporal.anchoring`: a whole article, with the reference moving through it
  (the last day, month or year named, the story's quarter, the starts of the events it dates);
  an earnings story's reporting periods in :mod:`~sitrep.temporal.earnings`;
- :mod:`~sitrep.temporal.publication`: the publication date inferred from the text, when the
  article has none;
- :mod:`~sitrep.temporal.syntax`: what the dependency parse says (tense, counts, attachment);
- :mod:`~sitrep.temporal.timeml`: reading TimeML (.tml) files for the benchmark.

For the other stages:

- :func:`attached_time` (timeline, span of a verb or event noun, ``parsed=``) is the date or
  time expression that modifies that word in the parse, else None. A statement's date is the
  one attached to its reporting verb ("Baku *said on Saturday* that ..."); an event's date is
  the one attached to its trigger ("*attacked* the village *on Friday*", "the *attack on
  Thursday*"). The two differ: a claim made on Sunday may report a Friday attack.
- :func:`when` (an expression) is the first day it dates and its precision, or None; it also
  reads periods counted from an event, which carry ``begins`` ("the sixth week of fighting":
  ``P1W`` beginning 2020-11-01 when the story says fighting began on September 27).
- :func:`precision` (``day``, ``week``, ``month``, ``year``, or None) and :func:`to_date` (the
  first day covered) read a TIMEX3 value, for ``Event.date_precision`` and comparisons.

Unknown stays unknown: without a publication date (given or inferred, see
``Timeline.inferred``) relative words keep X's (``XXXX-WXX-6``); a day that does not exist
("February 30"), a number that only looks like a year ("Resolution 1244", "1300 GMT") is no
time at all; a past event on a day after publication keeps its year unknown (``XXXX-12-05``).
"""

from sitrep.temporal.syntax import attached_time
from sitrep.temporal.values import precision, to_date, when

__all__ = ["attached_time", "precision", "to_date", "when"]
