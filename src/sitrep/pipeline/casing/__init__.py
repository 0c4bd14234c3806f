"""Casing repair: headlines in Title Case and text in ALL CAPS, parsed as ordinary prose.

spaCy learned English from text in ordinary case. Given "Azerbaijan Says Armenian Forces Shelled
Barda, Killing Four Civilians" it tags every word a proper noun and finds a person named "Shelled
Barda"; given a paragraph in capitals it does worse. So before parsing we build a copy of the text,
the same length character for character, in which such lines read as a newspaper would print them
in a sentence: ordinary words in lower case, names keeping their capital. The parser reads the copy;
:func:`restore` then puts the article's own characters back on the parsed tokens, so that every
offset, token text and entity text is the article's.

Which words are names, in order of trust (:mod:`.names`):

1. the article itself, where it is not shouting: a name of several words it spells with capitals
   ('House Freedom Caucus'); a word it prints in lower case is ordinary; a word it capitalises in
   the middle of a sentence is a name, spelled as there ('NATO', 'McCain');
2. the organisations the actor lexicons know ('Rapid Support Forces', 'al-Shabaab');
   abbreviations and initials that spaCy's tokenizer knows ('Gov.', 'Ky.', 'U.S.') keep theirs;
3. closed classes: function words (spaCy's English stop words) are ordinary;
4. countries and their demonyms (sitrep.geo.countries) are names: 'Turkey', 'Armenian';
5. spaCy reading the line in lower case: a word inside a named entity is a name, and so is a proper
   noun that WordNet (the lemmatizer's index, shipped with the pipeline) does not list as an
   ordinary word, or a month or a weekday;
6. the gazetteer: a word that neither WordNet nor its lemma knows is a name when it names a place
   ('Barda'), and a noun WordNet lists is one when it names a city of 100,000 ('Goma'); any other
   word is ordinary.

Which lines shout is :mod:`.lines`; the copy and the restored Doc are :mod:`.repair`.

Lines that are not shouted are left exactly as they are: ordinary prose parses as before.
"""

from sitrep.pipeline.casing.lines import Line, Shout, shouted_lines
from sitrep.pipeline.casing.repair import read_as, recased, recased_many, restore

__all__ = ["Line", "Shout", "read_as", "recased", "recased_many", "restore", "shouted_lines"]
