"""Which of the places named near an event is where it happened.

ACLED's coders place an event at the most specific place the report gives: a village before its
district, a district before its country. So does this: among the places named in the event's
own clause (then its verb's clause, then its sentence), a locality or point comes first, then a
region, then a name the gazetteer could not place, then a country: an event is put on the map
at the most specific place that has coordinates ('in Kuvasali village, Kakamega County': the
county, the village being unknown), the unknown name only when nothing more specific is
resolved. Among equals, the place the parse attaches to the event word ('fired ... near
Aygedzor', 'met in Geneva') before a place inside an argument ('the forces of Armenia'), and then
the first named. A place named only in the actor's words ('students of the Kisii branch'), in
a relative clause ('a road that leads to Camargo'), in a road's name ('the Nairobi-Mombasa
highway') or as a destination ('a Mombasa-bound bus'), and a country named as whose something
is ('the prime minister of Armenia'), come after all others, and a scope that names no other
place gives way to the next. A place the gazetteer put in another country than the wider place
the text names for it ('Eastleigh district of Nairobi', Eastleigh put in England) ranks as a
name it could not place. Before all these, a locality or region the event's target names
('struck Terter and Barda') is where it happened.

Beyond the event's sentence (:func:`scenes`, :func:`carry_places`): a verbless line after it that
names a finer place tells where ('(Nyeri town specifically)'); an event whose sentence names
no place, or only a country, happened where its paragraph's opening 'in X' set the scene ('On
4 May, in Coatzacoalcos, ...'); one whose sentence names none, where the event told before it
in the paragraph did.

The package: :mod:`.ranks` (how specific a place is), :mod:`.mentions` (where places are named
and which mentions say where), :mod:`.locate` (the place of one event), :mod:`.scenes` (what the
paragraph adds).
"""

from sitrep.events.place.locate import locate_event, place_of_event
from sitrep.events.place.mentions import doc_text
from sitrep.events.place.scenes import Scene, carry_places, named_places, paragraphs, scenes

__all__ = [
    "Scene",
    "carry_places",
    "doc_text",
    "locate_event",
    "named_places",
    "paragraphs",
    "place_of_event",
    "scenes",
]
