"""What a paragraph says of where its events happened beyond each sentence's own words: the
scene an opening 'in X' sets, a verbless line naming a finer place, the place carried from
the event told before."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sitrep.events.place.mentions import doc_text, in_a_name, of_a_title
from sitrep.events.place.ranks import LEVEL_RANK, UNRESOLVED_RANK, rank
from sitrep.records import Place, PlaceLevel

if TYPE_CHECKING:
    from spacy.tokens import Doc
    from spacy.tokens import Span as SpacySpan


def _best(places: Sequence[Place], start: int, end: int, parsed: Doc) -> str | None:
    named = [
        (rank(p), m.start, p.id)
        for p in places
        for m in p.mentions
        if start <= m.start
        and m.end <= end
        and not in_a_name(parsed, m, places=places)
        and not of_a_title(parsed, p, m)
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
        text = doc_text(sent.doc)  # (a span's own text is joined anew from its tokens)
        before = sentences[i - 1]
        end = before.start_char + len(text[before.start_char : before.end_char].rstrip())
        words = text[sent.start_char : sent.end_char]
        start = sent.start_char + len(words) - len(words.lstrip())
        gap = text[end:start].replace("\r", "").replace(" ", "")
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
        ranks = {p.id: rank(p) for p in places}
        here = ranks.get(place, UNRESOLVED_RANK + 1) if place is not None else None
        if self.aside is not None and (here is None or ranks[self.aside] < here):
            return self.aside
        country = LEVEL_RANK[PlaceLevel.COUNTRY]
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
