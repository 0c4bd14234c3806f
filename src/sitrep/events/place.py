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
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sitrep.records import Place, PlaceLevel, Span

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan

_LEVEL_RANK = {
    PlaceLevel.POINT: 0,
    PlaceLevel.LOCALITY: 0,
    PlaceLevel.REGION: 1,
    PlaceLevel.OTHER: 2,
    None: 2,
    PlaceLevel.COUNTRY: 3,
}
_UNRESOLVED_RANK = 2
# The levels a place at each level may contain, an unknown level among them.
_FINER: dict[PlaceLevel | None, frozenset[PlaceLevel | None]] = {
    PlaceLevel.REGION: frozenset({PlaceLevel.LOCALITY, PlaceLevel.POINT, PlaceLevel.OTHER, None}),
    PlaceLevel.LOCALITY: frozenset({PlaceLevel.POINT, PlaceLevel.OTHER, None}),
}


def _rank(place: Place) -> int:
    """How specific a place is on the map: a name without coordinates ranks after every
    resolved place below a country, whatever its level."""
    rank = _LEVEL_RANK.get(place.level, _UNRESOLVED_RANK)
    if place.lat is None and rank < _UNRESOLVED_RANK:
        return _UNRESOLVED_RANK
    return rank


# Edges along which a place word stays an adjunct of the event word.
_ADJUNCT = frozenset({"prep", "pobj", "compound", "appos", "conj", "npadvmod", "advmod", "acl"})


def _event_words(parsed: Doc, trigger: int) -> frozenset[int] | None:
    """The indices of the event word and the words it shares its time with
    (:func:`sitrep.events.dating.time_words`); None when there is no event word."""
    if trigger < 0:
        return None
    from sitrep.events.dating import time_words

    return frozenset(t.i for t in time_words(parsed[trigger]))


def _mention_root(parsed: Doc, mention: Span) -> Token | None:
    span = parsed.char_span(mention.start, mention.end, alignment_mode="expand")
    return None if span is None else span.root


def _attached(parsed: Doc, mention: Span, words: frozenset[int] | None) -> bool:
    """Whether the place word is an adjunct of the event word or of the verb it shares its
    time with (``words``, :func:`_event_words`; 'staged a protest in Siliguri': the protest is
    in Siliguri)."""
    node = _mention_root(parsed, mention)
    if node is None or words is None:
        return False
    for _ in range(8):
        if node.i in words:
            return True
        if node.dep_ not in _ADJUNCT or node.head.i == node.i:
            return False
        node = node.head
    return False


def _in_a_relative_clause(parsed: Doc, mention: Span, words: frozenset[int] | None) -> bool:
    """Whether the place word lies in a relative clause below the event's words (``words``,
    :func:`_event_words`): it describes a person or thing of the event ('a road that leads to
    Camargo', 'a guard who once worked in Negros'), not where the event happened."""
    node = _mention_root(parsed, mention)
    if node is None or words is None:
        return False
    for _ in range(12):
        if node.i in words or node.head.i == node.i:
            return False
        if node.dep_ == "relcl":
            return True
        node = node.head
    return False


def _whose_country(parsed: Doc, place: Place, mention: Span) -> bool:
    """Whether a country is named as whose something is ('the prime minister of Armenia', 'a
    law adopted by the National Assembly of Armenia'): an 'of' phrase of a noun describes the
    noun, it does not place the event."""
    if place.level is not PlaceLevel.COUNTRY:
        return False
    root = _mention_root(parsed, mention)
    if root is None:
        return False
    of = root.head
    return (
        root.dep_ == "pobj"
        and of.lower_ == "of"
        and of.head.pos_ in {"NOUN", "PROPN"}
        and of.head.i != of.i
    )


# Names a place word may be part of without the event being there: 'the Minsk Group',
# 'the Geneva Conventions'.
_NAMES = frozenset({"ORG", "LAW", "EVENT", "WORK_OF_ART", "PRODUCT"})


_WHERE_IT_IS = re.compile(r"\b(?:in|at)\s+(?:the\s+)?$", re.IGNORECASE)


_TEXT = "sitrep.events.text"
_NAME_SPANS = "sitrep.events.names"


def doc_text(parsed: Doc) -> str:
    """The parsed text, built once per document: spaCy joins its tokens anew on every
    ``Doc.text``, which made reading places and dates grow with the square of the length."""
    text = parsed.user_data.get(_TEXT)
    if not isinstance(text, str):
        text = parsed.user_data[_TEXT] = parsed.text
    return text


def _name_spans(parsed: Doc) -> tuple[list[int], list[tuple[int, int]]]:
    """The starts and (start, end) of the document's names of organisations, laws, events ...
    (entities do not overlap, so a mention lies in at most one), built once per document. A
    name with a bracket left open is the tagger's slip ('Kapkwen (Bomet'), not a name."""
    cached = parsed.user_data.get(_NAME_SPANS)
    if cached is None:
        spans = [
            (e.start_char, e.end_char)
            for e in parsed.ents
            if e.label_ in _NAMES and e.text.count("(") == e.text.count(")")
        ]
        cached = parsed.user_data[_NAME_SPANS] = ([s for s, _ in spans], spans)
    return cached  # type: ignore[no-any-return]


_MENTIONS = "sitrep.events.mentions"


def _mentions(
    parsed: Doc, places: Sequence[Place]
) -> tuple[list[int], list[tuple[int, tuple[int, int], Place, Span]]]:
    """The places' mentions sorted by where they start, each with its rank in the places' own
    order ((place index, mention index)), built once per document and places layer."""
    cached = parsed.user_data.get(_MENTIONS)
    if cached is None or cached[0] is not places:
        ordered = sorted(
            (m.start, (i, j), p, m) for i, p in enumerate(places) for j, m in enumerate(p.mentions)
        )
        cached = parsed.user_data[_MENTIONS] = (places, [o[0] for o in ordered], ordered)
    return cached[1], cached[2]  # type: ignore[no-any-return]


def _in_a_name(parsed: Doc, mention: Span) -> bool:
    # a place after 'in' or 'at' says where the body named is ('a secondary school in Isiolo')
    starts, spans = _name_spans(parsed)
    i = bisect_right(starts, mention.start) - 1
    if i < 0:
        return False
    start, end = spans[i]
    return (
        mention.end <= end
        and (end - start) > (mention.end - mention.start)
        and not _WHERE_IT_IS.search(doc_text(parsed)[start : mention.start])
    )


# 'the Nairobi-Mombasa highway', 'Mombasa Road': a road runs far from the towns it is named
# after, so a place named only there is the event's place only when no other is named.
_ROAD = r"(?:highway|road|expressway|motorway|freeway|street|avenue)\b"
_ROAD_AFTER = re.compile(r"(?:[-\u2013][A-Z][\w']+)*\s+" + _ROAD, re.IGNORECASE)
# 'a Mombasa-bound bus': where it was going, not where it was
_BOUND = re.compile(r"[-\u2013]bound\b", re.IGNORECASE)
# 'blocked the road to Yerevan': where the road leads
_ROAD_TO = re.compile(
    r"\b(?:road|highway|route|motorway)s?\s+(?:to|from|towards)\s+(?:the\s+)?$", re.IGNORECASE
)
_ROAD_BETWEEN = re.compile(r"[A-Z][\w']+[-\u2013]$")


def _in_a_road_name(text: str, mention: Span) -> bool:
    after = text[mention.end : mention.end + 40]
    if _ROAD_AFTER.match(after) or _BOUND.match(after):
        return True
    before = text[max(0, mention.start - 30) : mention.start]
    if _ROAD_TO.search(before):
        return True
    return bool(_ROAD_BETWEEN.search(before)) and bool(
        re.match(r"\s+" + _ROAD, after, re.IGNORECASE)
    )


# 'rocket systems supplied by Turkey', 'weapons bought from Iran': where goods came from, not
# where the event happened
_ORIGIN = re.compile(
    r"\b(?:supplied|provided|sold|delivered|made|manufactured|built|bought|purchased|imported|"
    r"donated|shipped|sent)\s+(?:by|in|from)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def _not_where(text: str, mention: Span) -> bool:
    """A place named in a road's name, a destination, or where goods came from."""
    before = text[max(0, mention.start - 40) : mention.start]
    return _in_a_road_name(text, mention) or bool(_ORIGIN.search(before))


_LOCAL = frozenset({PlaceLevel.POINT, PlaceLevel.LOCALITY, PlaceLevel.REGION})


def _target_place(places: Sequence[Place], target: Span, *, parsed: Doc) -> str | None:
    """The first locality or region the event's target names ('struck Terter and Barda'),
    by a mention of it there or by its name, told elsewhere in the article; not a road's or a
    destination's ('attacked a Mombasa-bound bus')."""
    words = doc_text(parsed)[target.start : target.end]
    found: list[tuple[int, str]] = []
    for p in places:
        if p.level not in _LOCAL:
            continue
        inside = [
            m.start
            for m in p.mentions
            if target.contains(m) and not _in_a_road_name(doc_text(parsed), m)
        ]
        named = re.search(rf"\b{re.escape(p.name)}\b", words) if p.name else None
        if named is not None:
            at = Span(target.start + named.start(), target.start + named.end())
            if not _in_a_road_name(doc_text(parsed), at):
                inside.append(at.start)
        if inside:
            found.append((min(inside), p.id))
    return min(found)[1] if found else None


def place_of_event(
    places: Sequence[Place],
    scopes: Sequence[Sequence[Span]],
    *,
    parsed: Doc,
    trigger: int,
    target: Span | None = None,
    actor: Span | None = None,
) -> str | None:
    """The id of the place the event happened at, by the order in the module doc; else None.

    ``target`` is the whole phrase of the event's target with its conjuncts: a locality it
    names is where an attack fell, before a country named anywhere else ('Armenian rockets
    struck Terter and Barda': Terter, not Armenia or Azerbaijan). ``actor`` is the actor's
    words: a place named there describes who acted ('leaders of the Darjeeling unit staged a
    rally in Siliguri'), not where.
    """
    return locate_event(places, scopes, parsed=parsed, trigger=trigger, target=target, actor=actor)[
        0
    ]


def locate_event(
    places: Sequence[Place],
    scopes: Sequence[Sequence[Span]],
    *,
    parsed: Doc,
    trigger: int,
    target: Span | None = None,
    actor: Span | None = None,
) -> tuple[str | None, str | None]:
    """The event's place (as :func:`place_of_event`) and its *site*: the id of a place the
    same scope names for it that the gazetteer could not resolve, when the place chosen is a
    resolved one ranked before it ('in Kuvasali village, Kakamega County': the county, and the
    village as its site); (None, None) when no place is named."""
    if target is not None:
        local = _target_place(places, target, parsed=parsed)
        if local is not None:
            return local, None
    aside: tuple[tuple[bool, bool, int, bool, int], str] | None = None
    starts, mentions = _mentions(parsed, places)
    text = doc_text(parsed)
    words = _event_words(parsed, trigger)
    for scope in scopes:
        # the places' mentions inside the scope, in the places' order (ties keep the first)
        inside = sorted(
            {
                k
                for piece in scope
                for k in range(bisect_left(starts, piece.start), bisect_left(starts, piece.end))
                if piece.contains(mentions[k][3])
            }
        )
        named = [
            (p, m)
            for _, p, m in sorted(mentions[k][1:] for k in inside)
            if not _in_a_name(parsed, m)
        ]
        if not named:
            continue
        keyed = [
            (
                (
                    _not_where(text, m),
                    (actor is not None and actor.contains(m))
                    or _in_a_relative_clause(parsed, m, words)
                    or _whose_country(parsed, p, m),
                    _UNRESOLVED_RANK if _abroad(p, m, places, text) else _rank(p),
                    not _attached(parsed, m, words),
                    m.start,
                ),
                p,
            )
            for p, m in named
        ]
        key, best = min(keyed, key=lambda kp: kp[0])
        if not (key[0] or key[1]):
            return best.id, _site(keyed, best)
        # only a road's or the actor's place here: a wider scope may name where it happened
        if aside is None or key < aside[0]:
            aside = (key, best.id)
    return (aside[1] if aside is not None else None), None


# What may stand between a place and the wider place the text names for it: 'Eastleigh
# district of Nairobi', 'Elenovka, Donetsk', 'Amba (Bandiagara, Mopti)', 'Thor village in Thies'.
_TO_CONTAINER = re.compile(r"(?:\s+[a-z][\w-]*){0,2}\s*(?:,|\(|\bof\b|\bin\b)\s*(?:the\s+)?")


def _abroad(place: Place, mention: Span, places: Sequence[Place], text: str) -> bool:
    """Whether the place was resolved in another country than the wider place the text names
    for it right after ('Eastleigh district of Nairobi' with Eastleigh put in England): the
    gazetteer took a namesake, so it ranks as a name it could not place."""
    if place.country is None or place.level is PlaceLevel.COUNTRY:
        return False
    for other in places:
        if other.id == place.id or other.country is None or other.country == place.country:
            continue
        for m in other.mentions:
            gap = text[mention.end : m.start]
            if 0 < len(gap) <= 30 and _TO_CONTAINER.fullmatch(gap):
                return True
    return False


def _site(
    keyed: Sequence[tuple[tuple[bool, bool, int, bool, int], Place]], best: Place
) -> str | None:
    """The best-ranked unresolved place of a scope that can lie inside ``best``: below a region
    a locality, point or name of unknown level; below a locality a point or unknown name."""
    if best.lat is None:
        return None  # the place is the unresolved name itself
    finer = _FINER.get(best.level, frozenset())
    unknown = [
        (key[3], key[4], p.id)
        for key, p in keyed
        if p.lat is None and p.level in finer and not (key[0] or key[1])
    ]
    return min(unknown)[2] if unknown else None


def _best(places: Sequence[Place], start: int, end: int, parsed: Doc) -> str | None:
    named = [
        (_rank(p), m.start, p.id)
        for p in places
        for m in p.mentions
        if start <= m.start and m.end <= end and not _in_a_name(parsed, m)
    ]
    return min(named)[2] if named else None


def _subject_start(sent: SpacySpan) -> int:
    """Where the sentence's subject begins (its end when it has none): what comes before it is
    the sentence's opening adverbials ('On 2 May, in Celaya, a man was found ...')."""
    subject = next((c for c in sent.root.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None or subject.i < sent.start:
        return sent.end_char
    return subject.left_edge.idx


def _opening_place(sent: SpacySpan, places: Sequence[Place], parsed: Doc) -> str | None:
    """The place an opening 'in X' or 'at X' names before the subject, if any."""
    end = _subject_start(sent)
    preps = [t for t in sent if t.idx < end and t.lower_ in {"in", "at"} and t.dep_ == "prep"]
    if not preps:
        return None
    return _best(places, preps[0].idx, end, parsed)


_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"})
_FINITE = frozenset({"VBD", "VBZ", "MD"})


def _afterthought(sent: SpacySpan, places: Sequence[Place], parsed: Doc) -> str | None:
    """The place a line with no clause of its own names ('(Nyeri town specifically)', 'In
    Mandera district.', 'LOCATION: Kapkoto base'): it says where the sentence before it
    happened. A line has a clause when a word has a subject or a verb is finite (the tagger
    may take a misspelt noun for a bare verb: 'In Mandera distrcit.')."""
    if any(t.dep_ in _SUBJECTS or t.tag_ in _FINITE for t in sent):
        return None
    return _best(places, sent.start_char, sent.end_char, parsed)


def paragraphs(sentences: Sequence[SpacySpan]) -> list[int]:
    """The paragraph number of each sentence: a blank line parts paragraphs (the parser may
    leave it at the end of one sentence or the start of the next)."""
    out: list[int] = []
    for i, sent in enumerate(sentences):
        if i == 0:
            out.append(0)
            continue
        before = sentences[i - 1]
        end = before.start_char + len(before.text.rstrip())
        start = sent.start_char + len(sent.text) - len(sent.text.lstrip())
        gap = doc_text(sent.doc)[end:start].replace("\r", "").replace(" ", "")
        out.append(out[-1] + ("\n\n" in gap))
    return out


def carry_places(
    told: Sequence[tuple[int, str | None]],
    paragraph_of: Sequence[int],
    *,
    named: Sequence[str | None] = (),
    places: Sequence[Place] = (),
) -> list[str | None]:
    """Each event's place, given (sentence, place) for the events in reading order: an event
    whose words and sentence name no place happened where the event told before it in the same
    paragraph did ('Police dispersed a crowd in Eldoret. Three were arrested.'), or, nearer,
    at the place a sentence between them that tells no event names ('Workers at the Juja
    quarries stopped work. They blocked the road.'): a report stays where it is until it says
    otherwise; so does one placed only in a country ('Armenian forces opened fire in return'
    after 'fired at positions near Shavarshavan'). ``named`` gives, per sentence, the place a
    sentence without events names; ``places`` the places layer, for their levels."""
    countries = {p.id for p in places if p.level is PlaceLevel.COUNTRY}
    out: list[str | None] = []
    last: tuple[int, str] | None = None
    at = 0  # the next sentence whose named place may set the scene
    for sentence, place in told:
        for k in range(at, min(sentence, len(named))):
            scene = named[k]
            if scene is not None:
                last = (paragraph_of[k], scene)
        at = max(at, sentence + 1)
        here = paragraph_of[sentence]
        kept = last[1] if last is not None and last[0] == here else None
        if kept is not None and (place is None or (place in countries and kept not in countries)):
            place = kept
        if place is not None:
            last = (here, place)
        out.append(place)
    return out


def named_places(
    sentences: Sequence[SpacySpan], places: Sequence[Place], *, parsed: Doc
) -> list[str | None]:
    """The most specific place each sentence names (outside names of organisations)."""
    return [_best(places, s.start_char, s.end_char, parsed) for s in sentences]


@dataclass(frozen=True, slots=True)
class Scene:
    """What the paragraph says of where a sentence's events happened, beyond the sentence's
    own words: ``frame``, the place an opening adverbial named ('On 4 May, in Coatzacoalcos,
    Veracruz, two men threw ...'), carried on until a sentence names a place of its own (for a
    label line, 'Looting:', the place of the sentence it introduces);
    ``aside``, the place a verbless line after the sentence in its paragraph names ('Riots broke
    out across the country. (Nyeri town specifically)', 'Two were killed. Police intervened.
    LOCATION: Bururi village')."""

    frame: str | None = None
    aside: str | None = None

    def settle(self, place: str | None, places: Sequence[Place]) -> str | None:
        """The event's place given the one its sentence named (``place``): the aside when it
        is finer, else the frame when the sentence named only a country ('On 25 April, in
        Yerevan, a protest against the prime minister of Armenia'), else the sentence's own
        place, else the frame."""
        ranks = {p.id: _rank(p) for p in places}
        here = ranks.get(place, _UNRESOLVED_RANK + 1) if place is not None else None
        if self.aside is not None and (here is None or ranks[self.aside] < here):
            return self.aside
        country = _LEVEL_RANK[PlaceLevel.COUNTRY]
        if self.frame is not None and here == country and ranks[self.frame] < country:
            return self.frame
        return place if place is not None else self.frame


def scenes(sentences: Sequence[SpacySpan], places: Sequence[Place], *, parsed: Doc) -> list[Scene]:
    """The :class:`Scene` of each sentence."""
    paragraph_of = paragraphs(sentences)
    frames: list[str | None] = []
    current: str | None = None
    for i, sent in enumerate(sentences):
        if i > 0 and paragraph_of[i] != paragraph_of[i - 1]:
            current = None
        opening = _opening_place(sent, places, parsed)
        if opening is not None:
            current = opening
        elif _best(places, sent.start_char, sent.end_char, parsed) is not None:
            current = None
        frames.append(current)
    # a label line ('Looting:') is of the sentence it introduces
    for i in range(len(sentences) - 2, -1, -1):
        if paragraph_of[i] == paragraph_of[i + 1] and sentences[i].text.rstrip().endswith(":"):
            nxt = sentences[i + 1]
            frames[i] = _best(places, nxt.start_char, nxt.end_char, parsed) or frames[i + 1]
    afterthoughts = [_afterthought(s, places, parsed) for s in sentences]
    asides: list[str | None] = [None] * len(sentences)
    for i in range(1, len(sentences)):
        aside = afterthoughts[i]
        # it tells where of the sentences before it in the paragraph, back to another such line
        j = i - 1
        while aside is not None and j >= 0 and paragraph_of[j] == paragraph_of[i]:
            if asides[j] is not None or afterthoughts[j] is not None:
                break
            asides[j] = aside
            j -= 1
    return [Scene(frame=f, aside=a) for f, a in zip(frames, asides, strict=True)]
