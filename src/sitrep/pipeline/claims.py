"""Stage claims.v1: every reported statement, with who said it, how, and when.

Attributions are found on the dependency parse (:mod:`sitrep.attribution.extract`): a reporting
verb from the lexicon with its subject and its clause, object or infinitive, "according to X",
and direct quotations, also when they run over several sentences or paragraphs; statement nouns
("Moscow's criticism of ...", "issued a warning that ..."), attitudes ("was critical of ...")
(:mod:`sitrep.attribution.frames`) and headline colons ("Minister: ...")
(:mod:`sitrep.attribution.headlines`). Each becomes a
:class:`~sitrep.records.Claim`:

- ``speaker``: the actor the source's words name, resolved through pronouns and definite
  descriptions (:mod:`sitrep.attribution.speakers`); null when no actor fits. ``source_span``
  keeps the words ("officials", "a senior diplomat") either way.
- ``via``: the actor that relayed the statement ("quoted by state news agency X", "in an
  interview with X", "told X" when X is a media actor, "X reported that the ministry said ...",
  "X's report that ...", "according to X, the ministry said ..."). The relaying report is then
  no claim of its own.
- ``stance``: from the lexicon entry of the cue ("accused" -> accuse), refined by what a plain
  assertion says (:mod:`sitrep.attribution.stance`): "said the claim was disinformation",
  "described the reports as fabricated", "said its forces had not fired" -> deny; "called the
  strike a war crime" -> accuse. A negated cue ("have not disclosed", "did not comment on the
  report") reports no statement and makes no claim, nor does a refusal to speak ("declined to
  comment", "refused to confirm or deny"): no statement was made, and a claim with stance
  ``other`` would only stand in the way of the statements that were. Nor does a belief or wish
  inside another statement ("said he wanted to ..." is one claim), what someone will do or keeps
  doing ("would respond on the battlefield", "would keep supporting X"), nor the basis a
  speaker gives for a statement ("Putin has said, according to Moscow's information, ...").
- Reciprocal accusations ("with both sides blaming each other for new attacks", "the two sides
  accused each other of ..."): one claim, stance accuse, speaker null (no one actor says it;
  each side says it of the other), ``source_span`` "both sides" and content "each other ...";
  the text report groups them as such. The sides' own accusations, where the article reports
  them, are claims of their own, and the contradictions stage pairs those. Where the subject
  names each side ("Congo's army and the M23 rebels accused each other of ..."), each named
  actor is the speaker of a claim of its own, with the same cue and content and its own words
  as ``source_span``; the contradictions stage pairs them as a mutual accusation.
- ``quoted``: the content is mostly direct quotation; a paraphrase with a few quoted words is not.
- ``date``: the day a time expression attached in the parse to the reporting word names ("said
  on Saturday"; :func:`sitrep.temporal.attached_time`), or to a participle or occasion that
  frames it ("speaking during a meeting on Sunday, ... said", "in a statement on Monday, it
  said"), when the times stage resolved it to a full date; never a time elsewhere in the
  sentence ("..., officials said, the third day since a truce was announced on Monday").
  Otherwise null: a present-tense "says" or a perfect "has said" does not tell the day, and the
  publication date is not put in its place.
- Statements inside a quotation ("I think ...") are part of the quoted speaker's claim, not
  claims of their own.
- "Troops reportedly shelled the town": a claim whose speaker is not named (speaker and
  ``source_span`` null). The writer's own impressions ("the town seemed calm") and refusals to
  speak are found as attributions (PolNeAR counts them) but make no claim.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, ClassVar

from sitrep.actors import actor_at
from sitrep.attribution.base import CueKind, relative_antecedent
from sitrep.attribution.contents import (
    clause_a_which_stands_for,
    clause_an_apposed_statement_stands_for,
    thing_a_which_stands_for,
)
from sitrep.attribution.extract import Attribution, extract_attributions
from sitrep.attribution.nesting import could_speak
from sitrep.attribution.speakers import SpeakerResolver
from sitrep.attribution.stance import commitment
from sitrep.geo.countries import country_by_capital, country_by_name
from sitrep.geo.gazetteer import default_gazetteer
from sitrep.geo.sources import Kind
from sitrep.pipeline.base import Document
from sitrep.records import Actor, ActorKind, Claim, Span, Stance, TimeExpression
from sitrep.temporal import attached_time

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# Cues whose source passes on someone else's statement when that statement is in its content.
_RELAYING = {"report", "quote", "cite", "according to", "relay", "carry", "broadcast"}
# Cues of what a thing shows, not what someone says: inside a statement ("Zelenskiy said the
# strike showed that Moscow was not looking for peace") they are part of what the speaker says.
_EVIDENTIAL = {"show", "prove", "demonstrate"}
_FULL_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}")


class ClaimsStage:
    name: ClassVar[str] = "claims.v1"
    provides: ClassVar[str] = "claims"
    requires: ClassVar[tuple[str, ...]] = ("parse", "times", "actors")

    def __call__(self, doc: Document) -> tuple[Claim, ...]:
        parsed = doc.parse.doc
        actors = doc.actors
        resolver = SpeakerResolver(parsed, actors)
        claims: list[Claim] = []
        # The relay of each statement, by its cue's word, for the participles that go on with it.
        relayed: dict[int, tuple[Span | None, Actor]] = {}
        for a in statements(extract_attributions(parsed)):
            if dateline(a, doc.text, actors):
                continue
            source = resolver.resolve(a)
            speaker = source.speaker
            via = _relay(a, actors) or _relay_of_head(a, parsed, relayed)
            if via is not None:
                relayed[a.cue_head] = (a.source, via)
            content = _what_which_stands_for(a, parsed) or a.content
            parts = _parts_around_attribution(a, content, parsed)
            if not parts and (held := _said_of_the_noun_before(a, parsed)) is not None:
                content, parts = held
            claim = Claim(
                id=f"c{len(claims) + 1}",
                speaker=speaker.id if speaker else None,
                via=via.id if via is not None and via != speaker else None,
                cue=a.cue.text(doc.text),
                cue_span=a.cue,
                source_span=source.words or _source_words(a, parsed),
                stance=_own_future(a, parsed, speaker, actors),
                quoted=a.quoted,
                date=statement_date(a, doc.times, parsed),
                content=content,
                content_parts=parts,
                evidence=(
                    Span(min(a.evidence.start, content.start), max(a.evidence.end, content.end)),
                ),
            )
            reciprocal = _reciprocal_sources(a, parsed, actors, doc.text) or _both_sides(
                a, parsed, actors, doc.text
            )
            if reciprocal:
                for words, side in reciprocal:
                    claims.append(
                        replace(
                            claim,
                            id=f"c{len(claims) + 1}",
                            speaker=side.id,
                            via=claim.via if claim.via != side.id else None,
                            source_span=words,
                        )
                    )
                continue
            claims.append(claim)
        return _cited_sources(_relayed_according_to(claims, parsed, actors), parsed, actors)


_RECIPROCAL = re.compile(r"^(?:each other|one another)\b", re.I)


def _reciprocal_sources(
    a: Attribution, parsed: Doc, actors: Sequence[Actor], text: str
) -> list[tuple[Span, Actor]]:
    """'Congo's army and the M23 rebels accused each other of breaking the truce': each side
    named in the joined subject says it of the other, so each is the speaker of a claim of its
    own (same cue, same content). The words naming each side and its actor; empty unless the
    content is reciprocal and every side named is a different actor ('the two sides accused
    each other' names none: one claim, no speaker)."""
    if a.source_head is None or not _RECIPROCAL.match(a.content.text(text)):
        return []
    head = parsed[a.source_head]
    if head.dep_ == "conj":
        return []
    sides = [head]
    for side in sides:
        sides.extend(c for c in side.children if c.dep_ == "conj")
    if len(sides) < 2:
        return []
    return _named_sides(sides, actors, text)


def _named_sides(
    sides: Sequence[Token], actors: Sequence[Actor], text: str
) -> list[tuple[Span, Actor]]:
    """The words naming each side and its actor; empty unless every side names an actor of
    its own."""
    out: list[tuple[Span, Actor]] = []
    for side in sides:
        # its own words: not the sides joined to it, nor the 'and' or comma before them
        others = {
            t.i for c in side.children if c.dep_ in {"conj", "cc", "punct"} for t in c.subtree
        }
        words = [t for t in side.subtree if t.i not in others]
        span = Span(words[0].idx, words[-1].idx + len(words[-1].text))
        actor = actor_at(actors, span, text=text)
        if actor is None or any(actor.id == o.id for _, o in out):
            return []
        out.append((span, actor))
    return out


_BOTH = re.compile(r"(?:both(?: sides| parties)?|the two(?: sides| parties)?)", re.I)
# Verbs whose subject and object are the two sides of a meeting: 'an envoy met officials'.
_MEETING = {"meet", "talk", "negotiate"}


def _both_sides(
    a: Attribution, parsed: Doc, actors: Sequence[Actor], text: str
) -> list[tuple[Span, Actor]]:
    """'Fighting broke out between the army and M23 rebels, weeks after the two sides signed a
    declaration in which both pledged to halt attacks': 'both' are the two sides the sentence
    names, joined by 'between', as a joined subject ('X and Y signed') or as the two ends of a
    meeting ('an envoy met Afghan officials, where both sides pledged'); each says it. When
    the sentence names none, those who met in the sentence before ('The foreign ministers of
    Armenia and Azerbaijan met in Geneva. ... the two sides agreed'). Empty unless the speaker
    is 'both' or 'the two sides' and exactly two actors are so named."""
    if a.source is None or a.source_head is None:
        return []
    if not _BOTH.fullmatch(a.source.text(text).strip()):
        return []
    sentence = parsed[a.source_head].sent
    pairs = _pairs_in(sentence, a.source_head, meetings_only=False)
    if not pairs and sentence.start > 0:
        # 'The foreign ministers of A and B met in Geneva. ... the two sides agreed': the
        # meeting of the sentence before names them
        before = parsed[sentence.start - 1].sent
        pairs = _pairs_in(before, before.end, meetings_only=True)
    for pair in reversed(pairs):
        named = _named_sides(pair, actors, text) if len(pair) == 2 else []
        if named:
            return named
    return []


def _pairs_in(tokens: Iterable[Token], stop: int, *, meetings_only: bool) -> list[list[Token]]:
    """The pairs of sides named before token ``stop``: joined by 'between', a joined subject
    ('X and Y signed', 'the presidents of X and Y signed') and the two ends of a meeting ('an
    envoy met officials'); with ``meetings_only``, those who meet alone."""
    pairs: list[list[Token]] = []
    for t in tokens:
        if t.i >= stop:
            break
        if t.dep_ == "prep" and t.lower_ == "between" and not meetings_only:
            pairs += [[o, *(c for c in o.children if c.dep_ == "conj")] for o in t.children]
        elif t.dep_ in {"nsubj", "nsubjpass"} and not meetings_only and (joined := _joined(t)):
            pairs.append(joined)
        elif t.pos_ == "VERB" and _meets(t):
            subject = next((c for c in t.children if c.dep_ == "nsubj"), None)
            if subject is not None and (joined := _joined(subject)):
                pairs.append(joined)
                continue
            other = next((c for c in t.children if c.dep_ == "dobj"), None) or next(
                (
                    o
                    for c in t.children
                    if c.dep_ == "prep" and c.lower_ == "with"
                    for o in c.children
                    if o.dep_ == "pobj"
                ),
                None,
            )
            if subject is not None and other is not None and other.lemma_ not in _TALKS:
                pairs.append([subject, other])
    return pairs


def _joined(noun: Token) -> list[Token]:
    """'Armenia and Azerbaijan', and the people of both ('the foreign ministers of Armenia and
    Azerbaijan'): the sides a joined noun names; empty for one noun."""
    if any(c.dep_ == "conj" for c in noun.children):
        return [noun, *(c for c in noun.children if c.dep_ == "conj")]
    of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    owner = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if noun.tag_ == "NNS" and owner is not None and any(c.dep_ == "conj" for c in owner.children):
        return [owner, *(c for c in owner.children if c.dep_ == "conj")]
    return []


# What is held at a meeting: 'held talks', 'held a meeting'.
_TALKS = frozenset({"talk", "talks", "meeting", "negotiation", "negotiations"})


def _meets(verb: Token) -> bool:
    """'met', 'talked', 'held talks': a verb of two sides meeting."""
    lemma = verb.lemma_.lower()
    if lemma in _MEETING:
        return True
    return lemma == "hold" and any(
        c.dep_ == "dobj" and c.lemma_.lower() in _TALKS for c in verb.children
    )


# What may stand between the words of a statement and the attribution set among them.
_BETWEEN_PARTS = " \t\n,;:.—–-"


def _parts_around_attribution(a: Attribution, content: Span, parsed: Doc) -> tuple[Span, ...]:
    """'“The enemy is lying,” said X, a spokesman for the forces. “Our units are where they
    were.”': a statement that goes on after its attribution holds the attribution in its
    content (as annotators mark it); its parts are the words before and after it. Empty
    when the attribution does not stand inside the content."""
    if not (content.start < a.cue.start and a.cue.end < content.end):
        return ()
    text = parsed.text
    block = [a.cue] + ([a.source] if a.source is not None else [])
    block += [
        Span(parsed[i].idx, parsed[i].idx + len(parsed[i].text))
        for i in a.frame
        # the quotation marks and commas around the attribution belong to the words
        if content.start <= parsed[i].idx < content.end and not parsed[i].is_punct
    ]
    first = min(b.start for b in block)
    last = max(b.end for b in block)
    if first <= content.start or last >= content.end:
        return ()
    before = text[content.start : first].rstrip(_BETWEEN_PARTS)
    after = text[last : content.end].lstrip(_BETWEEN_PARTS)
    parts = (
        Span(content.start, content.start + len(before)),
        Span(content.end - len(after), content.end),
    )
    if any(len(re.findall(r"\w+", p.text(text))) < 2 for p in parts):
        # 'a launcher that it said had been used': a relative word is no part of its own
        return ()
    return parts


def _said_of_the_noun_before(a: Attribution, parsed: Doc) -> tuple[Span, tuple[Span, ...]] | None:
    """'including a rocket launcher that it said had been used on Tuesday night': what was
    said is of the noun the relative word stands for ('a rocket launcher … had been used on
    Tuesday night'). The content runs from that noun; its parts leave out 'that it said'."""
    words = parsed.char_span(a.content.start, a.content.end, alignment_mode="expand")
    if words is None or len(words) < 2:
        return None
    relative = words[0]
    cue = parsed.char_span(a.cue.start, a.cue.end, alignment_mode="expand")
    if (
        cue is None
        or relative.lower_ not in {"that", "which", "who"}
        or relative.tag_ not in {"WDT", "WP"}
        or relative.dep_ not in {"nsubj", "nsubjpass", "dobj"}
        or cue.root.dep_ != "relcl"
        or relative.head.dep_ != "ccomp"
        or relative.head.head.i != cue.root.i
        or cue.root.head.i >= relative.i
    ):
        return None
    noun = cue.root.head
    said = [t for t in words if t.i > cue.root.i and not (t.is_punct and t.i == cue.root.i + 1)]
    if not said:
        return None
    first = parsed[noun.left_edge.i]
    if first.dep_ in {"prep", "cc"} or first.is_punct:
        return None
    named = Span(first.idx, noun.idx + len(noun.text))
    rest = Span(said[0].idx, a.content.end)
    return Span(named.start, a.content.end), (named, rest)


def _what_which_stands_for(a: Attribution, parsed: Doc) -> Span | None:
    """', which the group denies' after a clause, or ', a claim Kyiv denied': what is denied
    is that clause."""
    words = parsed.char_span(a.content.start, a.content.end, alignment_mode="expand")
    if words is None or len(words) > 3:
        return None
    if len(words) == 1 and words[0].lower_ == "which":
        clause = (
            clause_a_which_stands_for(words[0])
            or clause_an_apposed_statement_stands_for(words[0])
            or thing_a_which_stands_for(words[0])
        )
    else:
        clause = clause_an_apposed_statement_stands_for(words.root)
    if not clause:
        return None
    return Span(clause[0].idx, clause[-1].idx + len(clause[-1].text))


def _own_future(
    a: Attribution, parsed: Doc, speaker: Actor | None, actors: Sequence[Actor]
) -> Stance:
    """The stance of a statement whose subject is the speaker's own side by name: 'a senior RSF
    adviser said the group would take the war to every city' threatens, as 'it would' does
    (the attribution layer reads pronouns; the actors tell who 'the group' is)."""
    if a.stance is not Stance.ASSERT or speaker is None:
        return a.stance
    words = parsed.char_span(a.content.start, a.content.end, alignment_mode="expand")
    if words is None:
        return a.stance

    def own(subject: Token) -> bool:
        tokens = list(subject.subtree)
        found = actor_at(actors, Span(tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)))
        return found is not None and (
            found.id == speaker.id
            or found.id == speaker.affiliation
            or _commands(speaker, found, actors)
        )

    return commitment(list(words), own) or a.stance


# A title whose holder speaks for a state's forces: 'the defence minister said the armed forces
# would respond'.
_DEFENCE_TITLE = re.compile(r"\b(?:defen[cs]e|army|military|armed forces)\b", re.I)


def _commands(speaker: Actor, found: Actor, actors: Sequence[Actor]) -> bool:
    """Whether ``found`` is a state's armed forces and ``speaker`` holds a defence title with no
    other allegiance known, or one in that state: the forces are the speaker's own."""
    if found.kind is not ActorKind.ARMED_GROUP or found.affiliation is None:
        return False
    state = next((x for x in actors if x.id == found.affiliation), None)
    if state is None or state.kind is not ActorKind.STATE:
        return False
    if speaker.title is None or not _DEFENCE_TITLE.search(speaker.title):
        return False
    return speaker.country is None or speaker.country == state.country


_CITING = re.compile(r"^(?:citing|quoting)$", re.I)


def _cited_sources(claims: list[Claim], parsed: Doc, actors: Sequence[Actor]) -> tuple[Claim, ...]:
    """'SANA, citing a military source, said the army had ...': the cited source said it and
    the agency relays it. The 'citing' aside is no claim of its own; the statement after it
    takes the cited words as its source (an actor when they name one) and the citer as
    ``via``. A 'citing' after the statement ('the channel said the strikes killed three,
    citing the health ministry', '..., quoting a military source') relays it too, but only
    when the cited words name an actor or someone who could speak: 'closed the border, citing
    security concerns' gives a reason, not a source. Ids are numbered again in order."""
    text = parsed.text
    dropped: set[str] = set()
    out = list(claims)
    position = {c.id: i for i, c in enumerate(claims)}
    for cite in claims:
        if not _CITING.match(cite.cue) or cite.cue_span is None:
            continue
        words = cite.content.text(text)
        if any(ch in words for ch in ",;") or len(words.split()) > 8:
            continue
        cited = actor_at(actors, cite.content)
        cited_id = cited.id if cited is not None else None
        root = parsed.char_span(cite.content.start, cite.content.end, alignment_mode="expand")
        speaks = cited is not None or (root is not None and could_speak(root.root))
        told = [
            c
            for c in claims
            if c is not cite
            and c.speaker == cite.speaker
            and c.evidence[0].overlaps(cite.evidence[0])
            and c.cue_span is not None
            and (
                c.cue_span.start >= cite.content.end
                or (speaks and cite.cue_span.start >= c.content.end)
            )
        ]
        if not told:
            continue
        for main in told:
            out[position[main.id]] = replace(
                main,
                speaker=cited_id,
                source_span=cite.content,
                via=cite.speaker if cite.speaker != cited_id else None,
            )
        dropped.add(cite.id)
    kept = [c for c in out if c.id not in dropped]
    return tuple(_numbered(kept))


# 'according to' closing a statement: what follows it may name the outlet that carried it.
_ACCORDING = re.compile(r"[\s,;—–-]*\baccording to\b", re.I)


def _relayed_according_to(claims: list[Claim], parsed: Doc, actors: Sequence[Actor]) -> list[Claim]:
    """'The health ministry said 16 people were killed, according to the group's al-Masirah
    television': a news outlet named after 'according to' at the end of another's statement
    carried it. The outlet is the statement's ``via``, not a second speaker of the same words
    (the 'according to' statement, if one was read, goes), and the statement ends before the
    comma."""
    media = [a for a in actors if a.kind is ActorKind.MEDIA]
    if not media:
        return claims
    text = parsed.text
    dropped: set[str] = set()
    out = list(claims)
    for k, told in enumerate(claims):
        if told.cue_span is None or told.speaker is None or told.cue.casefold() == "according to":
            continue
        sentence = parsed.char_span(told.cue_span.start, told.cue_span.end, alignment_mode="expand")
        if sentence is None:
            continue
        bounds = Span(told.content.start, max(told.content.end, sentence.sent.end_char))
        relays = [
            c
            for c in claims
            if c.cue.casefold() == "according to"
            and c.cue_span is not None
            and c.speaker != told.speaker
            and c.content.start == told.content.start
            and told.cue_span.start < c.cue_span.start < bounds.end
        ]
        at = relays[0].cue_span if relays else None
        if at is None and (reported := _reported_by_outlet(told, claims, media)) is not None:
            # '..., state news agency TASS reported': the outlet's own words close the statement
            relays = [reported]
            assert reported.source_span is not None
            at = Span(reported.source_span.start, reported.source_span.start)
        if at is None and (found := _ACCORDING.search(text, told.content.start, told.content.end)):
            at = Span(found.start(), found.end())
        if at is None or any(ch in text[at.end : told.content.end] for ch in ",;:"):
            continue  # 'said that, according to the agency, ...': no closing phrase
        outlet = next(
            (
                a
                for a in media
                if any(at.end <= m.start and m.end <= bounds.end for m in a.mentions)
            ),
            None,
        )
        if outlet is None or outlet.id == told.speaker:
            continue
        content = told.content
        if content.end > at.start:
            cut = text[content.start : at.start].rstrip(" ,;—–-")
            content = Span(content.start, content.start + len(cut))
        out[k] = replace(told, via=outlet.id, content=content)
        dropped.update(c.id for c in relays)
    # (numbered again with the cited sources' drops, :func:`_cited_sources`)
    return [c for c in out if c.id not in dropped]


def _reported_by_outlet(
    told: Claim, claims: Sequence[Claim], media: Sequence[Actor]
) -> Claim | None:
    """'The defence ministry said its air defences had destroyed 40 drones, state news agency
    TASS reported': the outlet's report of the same words, told after the speaker's cue and
    inside the statement's reach; the outlet carried the statement, it did not make it."""
    outlets = {a.id for a in media}
    assert told.cue_span is not None
    return next(
        (
            c
            for c in claims
            if c.speaker in outlets
            and c.speaker != told.speaker
            and c.cue_span is not None
            and c.source_span is not None
            and c.content.start == told.content.start
            and told.cue_span.end <= c.source_span.start
            and c.source_span.start < c.cue_span.start <= told.content.end
        ),
        None,
    )


def _numbered(claims: Sequence[Claim]) -> list[Claim]:
    """The claims with their ids numbered again in order, once some are dropped."""
    return [replace(c, id=f"c{n}") for n, c in enumerate(claims, start=1)]


def statements(found: Sequence[Attribution]) -> list[Attribution]:
    """The attributions that are claims: not a negated cue ("have not disclosed") nor a refusal
    to speak ("declined to comment") nor the writer's impression ("the town seemed calm"), not a
    belief, wish, noun, attitude or evidence inside another statement ("said he wanted to ...",
    "rejected the allegation of ...", "said the strike showed that ...": one claim, not two), and not the basis a speaker gives ("X has said,
    according to Moscow's information, ...": X says so). A report that relays another statement
    ("agency X reported that the ministry said ...", "X's report that ...") is no claim of its
    own: its source becomes the relay (``via``) of the statement it carries."""
    kept = []
    # Nested reports still relay what they carry ("X's report that the ministry said ... was
    # denied"): no claim of their own, but the relay of the statement inside.
    nested_relays = []
    for a in found:
        if a.negated or a.refusal or a.impression:
            continue
        nested = any(b is not a and b.content.contains(a.cue) for b in found)
        if any(
            b is not a
            and b.stance is Stance.ACCUSE
            and b.content.contains(a.cue)
            and a.source is not None
            and a.source == b.source
            for b in found
        ):
            # 'It accused Israel of seeking pretexts': what the accused is charged with, not
            # a statement of the accuser's
            continue
        if nested and a.lemma in _EVIDENTIAL:
            continue
        if nested and (
            a.stance is Stance.OTHER
            or a.kind in {CueKind.ACCORDING, CueKind.NOUN, CueKind.ADJECTIVE}
        ):
            nested_relays.append(a)
            continue
        kept.append(a)
    relayed_by: dict[int, Attribution] = {}
    for outer in kept + nested_relays:
        if outer.lemma not in _RELAYING or outer.source is None:
            continue
        for inner in kept:
            if (
                inner is not outer
                and outer.content.contains(inner.cue)
                and inner.source is not None
                and inner.stance is not Stance.OTHER
            ):
                relayed_by[id(inner)] = outer
    relays = {id(outer) for outer in relayed_by.values()}
    out = []
    for a in kept:
        if id(a) in relays:
            continue
        relay = relayed_by.get(id(a))
        if relay is not None and a.via is None:
            a = replace(a, via=relay.source)
        out.append(a)
    return out


# Actors that speak whatever their name also names somewhere ('Hamas: ...' is no town).
_SPEAKING_KINDS = {ActorKind.ORGANIZATION, ActorKind.ARMED_GROUP, ActorKind.MEDIA, ActorKind.STATE}
# Gazetteer kinds a dateline names; a country before a colon is a state that speaks, a capital
# in title case the government seated there ('Moscow: Kyiv must withdraw').
_DATELINE_KINDS = {Kind.CITY, Kind.CAPITAL, Kind.ADMIN1, Kind.ADMIN2, Kind.REGION}


def dateline(a: Attribution, text: str, actors: Sequence[Actor]) -> bool:
    """Whether a headline's words before the colon name where, not who: 'Stepanakert: five
    killed overnight', 'MOSCOW: ...'. A country ('Armenia: Azerbaijan shelled Stepanakert'), a
    capital in title case, or an actor that is no person (an organisation, an armed group)
    speaks; a town, a province or a name in capitals that the gazetteer knows as a place is a
    dateline, and the line makes no claim."""
    if a.kind is not CueKind.HEADLINE or a.source is None or a.source.end > a.cue.start:
        return False
    words = a.source.text(text).strip()
    found = actor_at(actors, a.source)
    if found is not None and found.kind in _SPEAKING_KINDS:
        return False
    capitals = words.isupper() and len(words) > 3
    if not capitals and (country_by_name(words) or country_by_capital(words)):
        return False
    entries = default_gazetteer().lookup(words)
    return bool(entries) and (capitals or entries[0].kind in _DATELINE_KINDS)


def _relay(a: Attribution, actors: Sequence[Actor]) -> Actor | None:
    if a.via is not None:
        found = actor_at(actors, a.via)
        if found is not None:
            return found
    if a.addressee is not None:
        found = actor_at(actors, a.addressee)
        if found is not None and found.kind is ActorKind.MEDIA:
            return found
    return None


def _relay_of_head(
    a: Attribution, parsed: Doc, relayed: dict[int, tuple[Span | None, Actor]]
) -> Actor | None:
    """'..., a doctor told Reuters, adding that ...': what the speaker adds goes to whom the
    statement it goes on with was told, when both have one source."""
    verb = parsed[a.cue_head]
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or a.source is None:
        return None
    found = relayed.get(verb.head.i)
    return found[1] if found is not None and found[0] == a.source else None


# Where a statement is made: 'in a statement on Monday', 'at a news conference on Sunday',
# 'speaking during a meeting on Sunday'.
_OCCASIONS = {
    "statement",
    "interview",
    "briefing",
    "conference",
    "speech",
    "address",
    "post",
    "meeting",
    "visit",
    "session",
    "summit",
    "call",
    "talks",
    "video",
    "message",
    "broadcast",
    "letter",
}


def statement_date(a: Attribution, times: Sequence[TimeExpression], parsed: Doc) -> str | None:
    """The full date of the time expression attached in the parse to the reporting word ("said
    on Saturday"), to a participle that frames the statement ("X, speaking on Sunday, said") or
    to the occasion it names ("in a statement on Monday, it said", "speaking during a meeting on
    Sunday"); never one in the content, nor one elsewhere in the sentence ("the third day since
    a truce was announced on Monday")."""
    if not a.frame:
        return None
    head = parsed[a.cue_head]
    frame = set(a.frame)
    anchors = [head]
    framing = [c for c in head.children if c.dep_ == "advcl" and c.i < head.i]
    if a.source_head is not None:
        framing += [c for c in parsed[a.source_head].children if c.dep_ == "acl"]
    anchors += [v for v in framing if v.tag_ in {"VBG", "VBN"} and v.i in frame]
    if head.dep_ == "advcl" and head.tag_ == "VBG" and head.head.i < head.i:
        # "X claimed the attack on Saturday, saying ...": the participle tells the same
        # statement as the verb it hangs from
        anchors.append(head.head)
        # "Ukraine on Monday dismissed a claim that ..., saying ...": the parse hung the
        # participle inside the dismissed claim; the verb whose subject speaks tells it
        anchors += [
            v
            for v in head.ancestors
            if v.pos_ == "VERB" and any(c.i == a.source_head for c in v.children)
        ][:1]
    for anchor in list(anchors):
        # the occasion, on the verb or on its object: "said in a statement on Monday",
        # "claimed responsibility in a message posted on Saturday"
        holders = [anchor, *(o for o in anchor.children if o.dep_ == "dobj")]
        occasions = [
            n
            for h in holders
            for p in h.children
            if p.dep_ == "prep"
            for n in p.children
            if n.dep_ == "pobj" and n.lemma_.lower() in _OCCASIONS
        ]
        # and what dates the occasion: 'in a video posted on Sunday', 'a statement issued on
        # Monday'
        anchors += occasions + [
            v for n in occasions for v in n.children if v.dep_ == "acl" and v.tag_ in {"VBN", "VBG"}
        ]
    # The content may run past the cue ('..., X said on Monday, bringing the toll to 40'): a
    # time on the frame's own words is the statement's, whatever the content's span.
    framed = [Span(parsed[i].idx, parsed[i].idx + len(parsed[i].text)) for i in a.frame]
    outside = [
        t
        for t in times
        if not t.span.overlaps(a.content) or any(t.span.overlaps(w) for w in framed)
    ]
    for anchor in anchors:
        word = Span(anchor.idx, anchor.idx + len(anchor.text))
        found = attached_time(outside, word, parsed=parsed)
        if found is not None and _FULL_DATE.match(found.value):
            return found.value[:10]
    return _between_cue_and_clause(head, times, parsed) or _opening_time(a, head, times, parsed)


_BEFORE_TIME = re.compile(r"\s*(?:(?:late|early)\s+)?(?:on\s+)?$", re.I)


def _between_cue_and_clause(
    head: Token, times: Sequence[TimeExpression], parsed: Doc
) -> str | None:
    """A time between the reporting verb and the subject of the clause it reports is the
    statement's, wherever the parser hung it: 'said on Tuesday it had fired missiles'."""
    subjects = [
        s
        for c in head.children
        if c.dep_ == "ccomp" and c.i > head.i
        for s in c.children
        if s.dep_ in ("nsubj", "nsubjpass") and s.i < c.i
    ]
    if not subjects:
        return None
    return _time_between(times, parsed.text, head.idx + len(head.text), subjects[0].left_edge.idx)


def _time_between(
    times: Sequence[TimeExpression], text: str, start: int, end: int, *, outside: Span | None = None
) -> str | None:
    """The full date of the time expression that fills the words from ``start`` to ``end``
    but for a leading 'on' ('late on', 'early on') and the commas after it; None where the
    expression there is no full date. ``outside``: a span it may not overlap."""
    for t in times:
        if not (start <= t.span.start and t.span.end <= end):
            continue
        if outside is not None and t.span.overlaps(outside):
            continue
        if _BEFORE_TIME.fullmatch(text[start : t.span.start]) and not text[t.span.end : end].strip(
            " ,"
        ):
            return t.value[:10] if _FULL_DATE.match(t.value) else None
    return None


def _opening_time(
    a: Attribution, head: Token, times: Sequence[TimeExpression], parsed: Doc
) -> str | None:
    """The time that opens a sentence whose speaker comes before what is said, set off by
    commas: 'On Monday, the mayor said, the shelling had destroyed two classrooms' (the
    parse hangs 'said' on the clause it reports, and the day on that clause)."""
    if head.dep_ != "parataxis" or head.i > head.head.i or not a.frame:
        return None
    frame = min(parsed[i].idx for i in a.frame)
    return _time_between(times, parsed.text, head.sent.start_char, frame, outside=a.content)


def _source_words(a: Attribution, parsed: Doc) -> Span | None:
    """The words naming the source: for a relative pronoun ("witnesses who reported"), the
    phrase of the noun it stands for, so that an unresolved source reads "witnesses"."""
    if a.source is None or a.source_head is None:
        return a.source
    head = relative_antecedent(parsed[a.source_head])
    if head.i == a.source_head:
        return a.source
    words = [t for t in head.subtree if t.i <= head.i]
    return Span(words[0].idx, head.idx + len(head))
