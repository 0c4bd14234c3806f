"""Where the sources of one article disagree: the four kinds of contradiction.

Each contradiction names the records on both sides and says in one line what is disputed
("Officials of X accused: “...”; Ministry of Defence of Y denied: “...”": who, what the
statement does by its stance, not its cue word, and its words clipped at a word).

- ``denial`` (:mod:`.denials`): a denial or rejection ("rejected the allegation of targeting
  civilian areas") and the accusation or assertion it answers. The answered claim is the one
  that best fits: it names the denier's side among the accused (the denier's actor, the state it
  belongs to, or another body of that state), shares content words with the denial, is an
  accusation when the denial refers back to "the allegation", "the claims", and lies close
  before it. The act in dispute counts double ("denied targeting the city" / "our city is being
  shelled": attack words are one word here), and opposed speakers count. A denial that only
  names what it answers ("rejected the accusation", "a claim officials rejected") answers the
  nearest claim before it (the nearest accusation for "the accusation"). A speaker does not
  contradict itself. A side that says it keeps to a truce or agreement ("remains committed to
  the truce", "respects the ceasefire", "is abiding by the deal") denies in effect an
  accusation of breaking it that names that side ("accused Y of violating the ceasefire")
  (:func:`.commitments.kept_commitments`; not where the same speaker denied it outright).
- ``attribution`` (:mod:`.mutual`): two sides each accusing the other ("X accused Y of shelling
  ...", "Y blamed X for ..."): two accusations whose speakers belong to different sides, each
  naming the other's side in its content. A sentence saying that both sides blame each other is
  one claim with no speaker (see :mod:`sitrep.pipeline.claims`), and is left alone.
- ``other`` (:mod:`.commitments`, a broken commitment): a promise or agreement not to do
  something ("will not deliberately target civilian populations") and a later report of an
  attack (an event of the events stage) sharing the act and whom it spares ("shelling of
  civilian settlements", "drone strikes on villages": civilians, villages, settlements, homes
  are one word here); the note names who reported the attack when a claim asserts it.
- ``figures`` (:mod:`.figures`): two sources giving incompatible figures of killed, injured or
  missing for the same side and group (from the casualties stage), as of the same date, counted
  from the same stated start ("since Wednesday", or none), and not told of different places ("three wounded in Kelso", "five in Marlow" count different people;
  a town and the region holding it do not differ). Figures compatible as stated ("at least 91"
  and "120") are no contradiction; increments ("two more") are not totals. A source is the
  reporting actor, or the words naming an unresolved one.

Sides: an actor is on its state's side through its affiliations, and on the side of whoever
the narration says backs, is allied with or controls it (:mod:`.alliances`: "Nagorno-Karabakh
... under the control of ethnic Armenian forces backed by Armenia"); a mutual accusation built
on such a reading quotes it.

Claims and actors are weighed once per article (:class:`.sides.Sides`), so that pairing every
claim with every other stays fast on long articles.
"""

from sitrep.contradictions.commitments import broken_commitments, kept_commitments
from sitrep.contradictions.denials import denials
from sitrep.contradictions.figures import compatible, figures
from sitrep.contradictions.mutual import mutual_accusations

__all__ = [
    "broken_commitments",
    "compatible",
    "denials",
    "figures",
    "kept_commitments",
    "mutual_accusations",
]
