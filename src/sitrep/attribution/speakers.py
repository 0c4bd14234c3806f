"""Who a source is: the words naming a speaker resolved to one of the article's actors.

In order:

0. a person named in apposition to the source ("a Hamas official, Osama Hamdan, said");
1. the actor the actors stage found at the source's words (``actor_at``), which covers names,
   titles and the pronouns and descriptions that stage already linked;
2. a relative pronoun stands for the noun it follows ("officials who said" -> "officials");
3. a personal pronoun ("he", "she") is the latest person who spoke before; failing that the
   latest person named before; "they", "it" the latest speaker that is no person. Where the
   latest person who spoke is unnamed ('..., a resident told AFP. He said ...'), the pronoun
   stands for that source: no actor, and the source's words are the unnamed one's; so does
   an "it" or "they" whose latest speaker that is no person is a body the actors stage did
   not name ('The ship's manager said ... It said'). An "it" or "they" in a clause of time
   is the subject of the verb the clause hangs on ("the army struck ..., a day after it
   announced a truce");
4. a spokesperson of a possessive pronoun ("its spokeswoman", "his office") speaks for the
   latest speaker of that kind (no person for "its", "their"; a person for "his", "her"); one
   with no owner at all ("a spokesperson said") for the body or state that spoke last, in the
   same sentence or the one before, or, after a statement whose subject is a titled person
   ("President X condemned the killings, a spokesman said"), for that person;
5. a definite description ("the ministry", "the official", "the leader") is the latest actor
   before it whose name, title or a mention holds the same noun; failing that, an office
   ("the regional governor", "the mayor") is the one person the article gives that title;
   failing that, a civil body's description ("the mission", "the war monitor") is the
   organisation that spoke last, in the same sentence or the one before.

Nothing is guessed beyond that: an unresolved source leaves the speaker null, and the claim
keeps the source's words in ``source_span``.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sitrep.actors import actor_at, state_actor
from sitrep.actors import lexicon as actor_words
from sitrep.actors.context import BARE_ARMY, REACH
from sitrep.attribution.base import CueKind, on_first_line
from sitrep.attribution.extract import Attribution, relative_antecedent
from sitrep.events.place import doc_text
from sitrep.geo.countries import country_by_capital, country_by_demonym, country_by_name
from sitrep.records import Actor, ActorKind, Span

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_PERSONAL = {"he", "she", "him", "her"}
_COLLECTIVE = {"they", "it", "we", "them"}
_DEFINITE = {"the", "this", "that", "these", "those"}
_POSSESSIVE = {"its", "their", "his", "her"}
# Those who speak for someone: 'its spokeswoman' says what the ministry says.
_VOICES = {
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "representative",
    "office",
    "service",
    "envoy",
    "ambassador",
}


# Spokespeople whose owner a sentence may leave to the one before ('a spokesperson said').
# Who speaks through a spokesperson: a body or a state, not a person.
_VOICED = frozenset(
    {ActorKind.ORGANIZATION, ActorKind.ARMED_GROUP, ActorKind.MEDIA, ActorKind.STATE}
)


# Nouns for one unnamed person who speaks ('a resident', 'a doctor at the hospital'), that a
# later 'he' or 'she' stands for; titles ('a spokesman', 'a commander') count as well.
_INDIVIDUALS = frozenset(
    {"resident", "witness", "eyewitness", "doctor", "nurse", "medic", "paramedic", "worker"}
    | {"official", "source", "survivor", "villager", "farmer", "activist", "journalist"}
    | {"trader", "teacher", "student", "relative", "neighbour", "neighbor", "man", "woman"}
    | {"diplomat", "officer", "soldier", "fighter", "member", "employee", "volunteer", "lawyer"}
    | {"driver", "shopkeeper", "refugee", "elder", "cleric", "priest", "imam", "monk", "mother"}
    | {"father", "businessman", "civilian", "engineer", "mechanic", "fisherman", "herder"}
)


# Marks of a clause of time whose subject may be the main clause's ('a day after it said').
_CLAUSE_OF_TIME = frozenset({"after", "before", "since", "when", "as", "while", "until"})


# What makes a noun say more than the bare word ('officials'): an article, an owner, a
# modifier, a number, a phrase after it.
_QUALIFYING = frozenset(
    {"det", "poss", "amod", "compound", "nummod", "prep", "relcl", "acl", "appos", "conj"}
)


# A body described before it is named in apposition ('a rights group, the X Network, said').
_BODIES = frozenset({ActorKind.ORGANIZATION, ActorKind.ARMED_GROUP, ActorKind.MEDIA})
_BODY_NOUNS = frozenset(
    {"group", "organisation", "organization", "network", "monitor", "charity", "body"}
    | {"agency", "ngo", "coalition", "committee", "association", "union", "movement"}
    | {"outlet", "newspaper", "broadcaster", "channel", "observatory", "alliance", "faction"}
    | {"party", "mission", "watchdog"}
)
# Nouns that describe a civil body without naming it ('the Britain-based war monitor', 'the
# mission'): the body that spoke last, in that sentence or the one before, when the article
# never calls an actor so.
_CIVIL_NOUNS = frozenset(
    {"monitor", "observatory", "watchdog", "organisation", "organization", "agency"}
    | {"charity", "ngo", "mission", "body", "network"}
)


@dataclass(frozen=True, slots=True)
class Source:
    """Who a statement's source is: the actor, when one fits, and the words that name it
    (the unnamed source a pronoun stands for, else the source's own words; None keeps them)."""

    speaker: Actor | None
    words: Span | None = None


@dataclass(frozen=True, slots=True)
class Resolved:
    """A source already resolved, remembered for the pronouns after it."""

    attribution: Attribution
    speaker: Actor | None
    # The words of the unnamed person the source is or stands for ('a resident', 'an RSF
    # adviser'), whose ``speaker`` is the body they speak for, if any.
    unnamed: Span | None = None


class SpeakerResolver:
    """Resolves sources in text order; remembers who spoke, for pronouns later on."""

    def __init__(self, parsed: Doc, actors: Sequence[Actor]) -> None:
        self.parsed = parsed
        self.text = doc_text(parsed)
        self.actors = tuple(actors)
        self._by_id = {a.id: a for a in self.actors}
        self.history: list[Resolved] = []
        self._sentence_starts: list[int] | None = None

    def resolve(self, a: Attribution) -> Source:
        """The source of ``a``; remembered for the pronouns after it."""
        antecedent = self._unnamed_antecedent(a) or self._same_spokesperson(a)
        if antecedent is not None:
            self.history.append(antecedent)
            return Source(antecedent.speaker, antecedent.unnamed)
        body = self._unnamed_body(a)
        if body is not None:
            self.history.append(Resolved(a, None))
            return Source(None, body)
        speaker = self._resolve(a)
        unnamed = None
        if (speaker is None or speaker.kind is not ActorKind.PERSON) and self._one_unnamed_person(
            a
        ):
            # 'a resident' (no actor), 'an RSF adviser' (who speaks for the RSF)
            unnamed = a.source
        self.history.append(Resolved(a, speaker, unnamed))
        return Source(speaker)

    def _one_unnamed_person(self, a: Attribution) -> bool:
        """'a resident', 'a doctor at the town's main hospital', 'the official': one person
        the source does not name."""
        if a.source_head is None or a.kind is CueKind.HEADLINE:
            return False
        head = self.parsed[a.source_head]
        if head.tag_ != "NN" or any(c.dep_ == "conj" for c in head.children):
            return False
        noun = head.lemma_.lower()
        return noun in _INDIVIDUALS or bool(actor_words.TITLES.ending_with(noun))

    def _unnamed_antecedent(self, a: Attribution) -> Resolved | None:
        """The unnamed person a 'he' or 'she' stands for: the latest person who spoke before,
        when the source does not name them ('..., a resident told AFP. He said ...': no actor;
        'an RSF adviser said ... He added': the RSF), with the words that describe them; None
        where a named person spoke since, or no person spoke."""
        if a.source_head is None or a.source is None:
            return None
        if self.parsed[a.source_head].lower_ not in {"he", "she"}:
            return None
        for r in reversed(self.history):
            if r.attribution.cue.start >= a.source.start:
                continue
            if r.unnamed is not None:
                return Resolved(a, r.speaker, r.unnamed)
            if r.speaker is not None and r.speaker.kind is ActorKind.PERSON:
                return None
        return None

    def _same_spokesperson(self, a: Attribution) -> Resolved | None:
        """'A spokesman for the force said ... The spokesman said ...': a bare 'the spokesman'
        that no actor holds is the one unnamed spokesman who spoke before, the same words and
        the body he speaks for; None where two spoke, or the article names a holder of the
        title (the one of :meth:`_one_holder`)."""
        if a.source_head is None or a.source is None or a.kind is CueKind.HEADLINE:
            return None
        head = self.parsed[a.source_head]
        noun = head.lemma_.lower()
        if noun not in actor_words.SPOKESPEOPLE or head.tag_ != "NN":
            return None
        if [c.lower_ for c in head.children] != ["the"]:
            return None  # 'the army spokesman', 'the spokesman for the ministry'
        if actor_at(self.actors, a.source, text=self.text) is not None:
            return None
        if any(
            actor.kind is ActorKind.PERSON and (actor.title or "").casefold().split()[-1:] == [noun]
            for actor in self.actors
        ):
            return None
        earlier: dict[tuple[int, int], Resolved] = {}
        for r in self.history:
            told = r.attribution
            if r.unnamed is None or told.cue.start >= a.source.start:
                continue
            if told.source != r.unnamed or told.source_head is None:
                continue
            if self.parsed[told.source_head].lemma_.lower() == noun:
                earlier.setdefault((r.unnamed.start, r.unnamed.end), r)
        if len(earlier) != 1:
            return None
        (only,) = earlier.values()
        return Resolved(a, only.speaker, only.unnamed)

    def _unnamed_body(self, a: Attribution) -> Span | None:
        """The words of the body an 'it' or 'they' stands for when the latest speaker that is
        no person is one the actors stage did not name ('The ship's manager said ... It
        said', 'the government's communication service said ... It called ...'): the pronoun
        is that source, with no actor, not an actor that spoke before it. Number must agree:
        'it' a singular noun that is no single person ('a resident'), 'they' a plural one."""
        if a.source_head is None or a.source is None or a.kind is CueKind.HEADLINE:
            return None
        pronoun = self._pronoun_source(a)
        if pronoun is None:
            return None
        for r in self._told_before(a.source.start):
            earlier = r.attribution
            if earlier.source is None or earlier.source_head is None:
                continue
            if r.speaker is not None:
                if r.speaker.kind is ActorKind.PERSON:
                    continue
                return None  # a named body: the pronoun is it
            head = self.parsed[earlier.source_head]
            if head.pos_ == "PRON":
                continue
            plural = head.tag_ in {"NNS", "NNPS"}
            if pronoun.lower_ == "they" and plural:
                return earlier.source
            # 'One said he had helped bury 41 bodies': one of the people told of, no body
            single = head.lemma_.lower() in _INDIVIDUALS or head.lower_ == "one"
            if pronoun.lower_ == "it" and not plural and not single:
                return earlier.source
        return None

    def _pronoun_source(self, a: Attribution) -> Token | None:
        """The source's 'it' or 'they' when no actor told of just before is what it stands for
        (the subject of the verb governing its clause, or of the sentence before)."""
        assert a.source_head is not None
        pronoun = self.parsed[a.source_head]
        if pronoun.lower_ not in {"it", "they"}:
            return None
        if self._governing_subject(pronoun) is not None:
            return None
        if self._subject_just_before(pronoun) is not None:
            return None
        return pronoun

    def _told_before(self, start: int) -> Iterator[Resolved]:
        """The sources resolved so far whose cue comes before ``start``, latest first; not a
        headline's, nor one told inside another's words ('X said the ship reported ...')."""
        for r in reversed(self.history):
            earlier = r.attribution
            if earlier.cue.start >= start or earlier.kind is CueKind.HEADLINE:
                continue
            if any(o.attribution.content.contains(earlier.cue) for o in self.history):
                continue
            yield r

    def _resolve(self, a: Attribution) -> Actor | None:
        if a.source is None or a.source_head is None:
            return None
        named = self._appositive_person(a.source_head) or self._body_named_after_noun(a)
        if named is not None:
            return named
        direct = actor_at(self.actors, a.source, text=self.text)
        if direct is not None and not _bare_officials(direct):
            return direct
        # bare 'officials' are the body the headline or story calls so, if one; else their own
        return self._resolve_words(a) or direct

    def _resolve_words(self, a: Attribution) -> Actor | None:
        """The source of ``a`` from its words, where no actor of its own stands there."""
        if a.source is None or a.source_head is None:
            return None
        if a.kind is CueKind.HEADLINE:
            return self._named(a.source.text(self.text).strip())
        if self._in_headline(a):
            # 'Burkina Faso says 40 jihadists killed ...': the tagger may leave a headline's
            # name out of the actors' mentions ('Burkina' a place and 'Faso' nothing)
            headline_name = self._named(a.source.text(self.text).strip())
            if headline_name is not None:
                return headline_name
        head = relative_antecedent(self.parsed[a.source_head])
        if head.i != a.source_head:
            found = actor_at(self.actors, _token_span(head))
            if found is not None:
                return found
        seat = self._seat_of_government(a.source) or self._national_count(head)
        if seat is not None:
            return seat
        word = head.lower_
        if word in _PERSONAL:
            return self._latest_speaker(a.source.start, person=True) or self._latest_named(
                a.source.start, person=True
            )
        if word in _COLLECTIVE:
            governing = (
                self._governing_speaker(head)
                or self._main_clause_subject(head)
                or self._subject_just_before(head)
            )
            if governing is not None:
                return governing
            if self._governing_subject(head) is not None:
                # 'soldiers shot men they accused of ...': the soldiers, no actor
                return None
            return self._latest_speaker(a.source.start, person=False)
        owner = next((c.lower_ for c in head.children if c.dep_ == "poss"), None)
        if owner in _POSSESSIVE and head.lemma_.lower() in _VOICES:
            return self._latest_speaker(a.source.start, person=owner in _PERSONAL)
        if owner is None and head.lemma_.lower() in actor_words.SPOKESPEOPLE:
            voiced = self._voice_of_subject(a, head) or self._voice_of_latest(a, head)
            if voiced is not None:
                return voiced
        force = self._force_spokesperson(head)
        if force is not None:
            return force
        body = next((c for c in head.children if c.dep_ == "poss" and c.pos_ == "NOUN"), None)
        if (
            body is not None
            and head.lemma_.lower() in _VOICES
            and any(c.lower_ in _DEFINITE for c in body.children)
        ):
            # 'the federal government's communication service said': the body it speaks for,
            # the one the article calls so (before or after)
            return (
                actor_at(self.actors, _token_span(body))
                or self._latest_described(body, a.source.start)
                or self._latest_described(body, len(self.text))
            )
        if head.pos_ == "NOUN" and any(c.lower_ in _DEFINITE for c in head.children):
            if self._holders_before(head, a.source.start) > 1:
                return None  # 'Foreign Minister X and Defence Minister Y ... the minister'
            return (
                self._latest_described(head, a.source.start)
                or self._one_holder(head)
                or self._body_spoken_before(a, head)
                or self._body_named_later(a, head)
            )
        if (
            on_first_line(self.text, a.source.start)
            and head.is_lower
            and head.is_alpha
            and not any(c.dep_ in {"compound", "amod"} for c in head.children)
        ):
            # 'junta denies ...' in a headline, a bare word the actors stage left out: the
            # actor the story calls so ('the junta'); not 'resistance group says', which a
            # later 'monitoring group' is not; nor is one person plural 'officials' ('a
            # provincial official said')
            found = self._latest_described(head, len(self.text)) or self._described_before(head)
            if found is None or not (head.tag_ == "NNS" and found.kind is ActorKind.PERSON):
                return found
        return self._called_so_in_headline(head)

    def _called_so_in_headline(self, head: Token) -> Actor | None:
        """'Karabakh officials say ...' over a story whose first statement ends 'officials
        said': a bare plural noun (no article, owner or modifier of its own) that the
        headline's source is called by is that source, when no one else has spoken since.
        Later on, bare 'officials' may be anyone's."""
        if head.tag_ != "NNS" or any(c.dep_ in _QUALIFYING for c in head.children):
            return None
        if not self.history or not all(self._in_headline(r.attribution) for r in self.history):
            return None
        for r in self.history:
            earlier = r.attribution.source_head
            if r.speaker and earlier is not None and self.parsed[earlier].lemma_ == head.lemma_:
                return r.speaker
        return None

    def _in_headline(self, a: Attribution) -> bool:
        return a.kind is CueKind.HEADLINE or on_first_line(self.text, a.cue.start)

    def _voice_of_subject(self, a: Attribution, head: Token) -> Actor | None:
        """'President Bola Tinubu condemned the killings and ordered arrests, a spokesman
        said': a spokesperson with no owner named, after a content whose subject is a person
        with a title, speaks for that person (whose acts the spokesperson tells)."""
        if a.source is None or a.content.start > a.source.start:
            return None
        if not _unqualified_spokesperson(head):
            return None
        verb = self.parsed[a.cue_head]
        clauses = [c for c in verb.children if c.dep_ == "ccomp" and c.i < head.i]
        subject = next(
            (t for c in clauses for t in c.children if t.dep_ == "nsubj" and t.pos_ == "PROPN"),
            None,
        )
        if subject is None:
            return None
        found = actor_at(self.actors, _token_span(subject))
        if found is None or found.kind is not ActorKind.PERSON or not found.title:
            return None
        return found

    def _voice_of_latest(self, a: Attribution, head: Token) -> Actor | None:
        """'The foundation denied that anyone was killed. "These reports are false," a
        spokesperson said': a spokesperson with no owner named speaks for the body that spoke
        in that sentence or the one before, when that body spoke last; a noun before the title
        must be in the body's name ('a foundation spokesperson'), and one qualified otherwise
        ('a military spokesman', 'a spokesman for the army') may be another's."""
        if a.source is None or not _unqualified_spokesperson(head):
            return None
        words = [c.lower_ for c in head.children if c.dep_ == "compound"]
        speaker = self._spoke_just_before(a.source.start, head.idx)
        if speaker is None or speaker.kind not in _VOICED:
            return None
        names = " ".join([speaker.name] + [m.text(self.text) for m in speaker.mentions])
        return speaker if all(w in names.casefold().split() for w in words) else None

    def _body_spoken_before(self, a: Attribution, head: Token) -> Actor | None:
        """'..., the U.N. mission said. The mission, UNMISS, said ...', '... the Syrian
        Observatory for Human Rights said. The Britain-based war monitor said ...': a
        definite description of a civil body that no actor's name or mention holds is the
        body whose words, or whose kind, it takes up, when that body spoke last, in the same
        sentence or the one before; never a person, a state or an armed group."""
        if a.source is None:
            return None
        if head.lemma_.lower() not in _CIVIL_NOUNS:
            return None
        last = self._spoke_just_before(a.source.start, head.idx)
        if last is None or last.kind is not ActorKind.ORGANIZATION:
            return None
        return last

    def _body_named_later(self, a: Attribution, head: Token) -> Actor | None:
        """'A police officer ... was killed on Tuesday, the mission said. ... the
        Multinational Security Support mission said in a statement': a lede's definite
        description of a civil body, named only later, is the one organisation whose name
        holds the noun; with two such organisations, or none, it is no one."""
        if a.source is None or head.lemma_.lower() not in _CIVIL_NOUNS:
            return None
        noun = _stem(head.lemma_.lower())
        named = [
            actor
            for actor in self.actors
            if actor.kind is ActorKind.ORGANIZATION
            and any(
                noun in {_stem(w) for w in _words(words)}
                # 'the Multinational Security Support mission': the kind after the name
                for words in [actor.name, *(self._with_next_word(m) for m in actor.mentions)]
            )
        ]
        if len(named) != 1 or not any(m.start > a.source.end for m in named[0].mentions):
            return None
        return named[0]

    def _with_next_word(self, mention: Span) -> str:
        """A mention's words and the word right after it."""
        after = self.text[mention.end :].split(maxsplit=1)
        return mention.text(self.text) + (" " + after[0] if after else "")

    def _spoke_just_before(self, start: int, here: int) -> Actor | None:
        """The speaker of the latest source told before ``start`` (see :meth:`_told_before`),
        when its cue lies in the sentence of the character ``here`` or the one before."""
        last = next(self._told_before(start), None)
        if (
            last is None
            or self._sentence_of(here) - self._sentence_of(last.attribution.cue.start) > 1
        ):
            return None
        return last.speaker

    def _sentence_of(self, char: int) -> int:
        """The number of the sentence that holds the character at ``char``."""
        if self._sentence_starts is None:
            self._sentence_starts = [sent.start_char for sent in self.parsed.sents]
        return bisect_right(self._sentence_starts, char) - 1

    def _holders_before(self, head: Token, before: int) -> int:
        """How many named persons before ``before`` hold the title a bare 'the minister' names
        (no word but its article): with two, which one spoke we cannot tell."""
        noun = head.lemma_.lower()
        if head.tag_ != "NN" or not actor_words.TITLES.ending_with(noun):
            return 0
        if any(c.dep_ != "det" for c in head.children):
            return 0
        return sum(
            1
            for actor in self.actors
            if actor.kind is ActorKind.PERSON
            and (actor.title or "").casefold().split()[-1:] == [noun]
            and not actor.name.casefold().startswith((actor.title or "").casefold())
            and any(m.end <= before for m in actor.mentions)
        )

    def _one_holder(self, head: Token) -> Actor | None:
        """'..., the regional governor said. Governor X said ...': an office described before
        its holder is named is the one person the article gives that title, when there is
        exactly one, named, and nothing but the office's reach qualifies it ('the
        Russian-installed governor' may be another)."""
        noun = head.lemma_.lower()
        if not actor_words.TITLES.ending_with(noun):
            return None
        for child in head.children:
            if child.dep_ in ("amod", "compound", "nmod", "poss") and child.lower_ not in REACH:
                return None
        holders = [
            actor
            for actor in self.actors
            if actor.kind is ActorKind.PERSON
            and (actor.title or "").casefold().split()[-1:] == [noun]
            and not actor.name.casefold().startswith((actor.title or "").casefold())
        ]
        return holders[0] if len(holders) == 1 else None

    def _governing_speaker(self, pronoun: Token) -> Actor | None:
        """'X claimed an ambush in which it said 17 soldiers died': 'it' in a relative clause
        is the subject of the verb that governs the clause's noun, when that is an actor."""
        governing = self._governing_verb(pronoun)
        if governing is None:
            return None
        for r in reversed(self.history):
            if r.attribution.cue_head == governing.i and r.speaker is not None:
                return r.speaker
        subject = self._governing_subject(pronoun)
        if subject is None:
            return None
        for r in reversed(self.history):
            if r.attribution.source_head == subject.i:
                return r.speaker
        return actor_at(self.actors, _token_span(subject))

    @staticmethod
    def _governing_verb(pronoun: Token) -> Token | None:
        """The verb that governs the noun of the relative clause whose subject ``pronoun``
        ('it', 'they') is."""
        verb = pronoun.head
        if verb.dep_ != "relcl" or pronoun.lower_ not in {"it", "they"}:
            return None
        governing = verb.head
        while governing.pos_ in {"NOUN", "PROPN"} and governing.head.i != governing.i:
            governing = governing.head
            if governing.pos_ == "ADP":
                governing = governing.head
        return governing if governing.pos_ == "VERB" else None

    def _governing_subject(self, pronoun: Token) -> Token | None:
        """The subject of :meth:`_governing_verb` ('soldiers shot men they accused of ...':
        the soldiers), when it is a noun that agrees in number with the pronoun."""
        governing = self._governing_verb(pronoun)
        if governing is None:
            return None
        subject = next((c for c in governing.children if c.dep_ == "nsubj"), None)
        if subject is None and governing.dep_ == "conj":
            # 'soldiers went from house to house and shot men they accused ...': the subject
            # of the verb it is joined to
            subject = next((c for c in governing.head.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.pos_ not in {"NOUN", "PROPN"}:
            return None  # no one, a pronoun, or a count ('three killed and nine wounded')
        if (subject.tag_ in {"NNS", "NNPS"}) != (pronoun.lower_ == "they"):
            # 'its fighters attacked the Front, which it accused of ...': 'it' is not the
            # fighters
            return None
        return subject

    def _main_clause_subject(self, pronoun: Token) -> Actor | None:
        """'Myanmar's military carried out air strikes ..., a day after it announced a
        ceasefire': 'it' in a clause of time on a verb is that verb's subject, when the
        subject is an actor that is no person and agrees in number ('it' a singular noun,
        'they' a plural one), and no other actor is named between them."""
        verb = pronoun.head
        if verb.dep_ != "advcl" or verb.head.i > verb.i or pronoun.dep_ != "nsubj":
            return None
        if not any(c.dep_ == "mark" and c.lower_ in _CLAUSE_OF_TIME for c in verb.children):
            return None
        # 'on Friday, a day after it ...': the clause may hang on the day, not the verb
        governing = verb.head
        for _ in range(3):
            if governing.pos_ in {"VERB", "AUX"} or governing.head.i == governing.i:
                break
            governing = governing.head
        subject = next((c for c in governing.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.pos_ == "PRON":
            return None
        plural = subject.tag_ in {"NNS", "NNPS"}
        if plural != (pronoun.lower_ == "they"):
            return None
        words = Span(subject.left_edge.idx, subject.idx + len(subject.text))
        found = actor_at(self.actors, words, text=self.text)
        if found is None or found.kind is ActorKind.PERSON:
            return None
        if any(
            words.end <= m.start and m.end <= pronoun.idx
            for actor in self.actors
            for m in actor.mentions
        ):
            # 'the militia turned against the government after it ordered ...': another
            # actor named between may be the one meant
            return None
        return found

    def _subject_just_before(self, pronoun: Token) -> Actor | None:
        """'Ethiopia's government did not respond to a request for comment. It has previously
        acknowledged that ...': 'it' opening a sentence is the subject of the sentence before,
        when that subject is an actor that is no person, agrees in number, and that sentence
        reports no statement (where it does, the latest speaker is meant)."""
        sentence = pronoun.sent
        first = next(t for t in sentence if not t.is_space)
        if pronoun.dep_ != "nsubj" or pronoun.i != first.i or sentence.start == 0:
            return None
        before = self.parsed[sentence.start - 1].sent
        if any(
            before.start_char <= r.attribution.cue.start < before.end_char for r in self.history
        ):
            return None
        subject = next((c for c in before.root.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.pos_ == "PRON":
            return None
        if (subject.tag_ in {"NNS", "NNPS"}) != (pronoun.lower_ == "they"):
            return None
        words = Span(subject.left_edge.idx, subject.idx + len(subject.text))
        found = actor_at(self.actors, words, text=self.text)
        if found is None or found.kind is ActorKind.PERSON:
            return None
        return found

    def _appositive_person(self, source_head: int) -> Actor | None:
        """'A Hamas official, Osama Hamdan, told ...': the person the appositive (or a clause
        giving the name: 'who gave only his first name, Ahmed') names speaks, not the body the
        description belongs to."""
        head = self.parsed[source_head]
        # a name, or a name's capitalised head the tagger took for a noun ('the Valdian
        # People's Front')
        named = [
            c
            for c in head.children
            if c.dep_ == "appos" and (c.pos_ == "PROPN" or (c.ent_type_ and c.is_title))
        ]
        # 'one of them, a farmer who gave his name only as Joseph': the name the described
        # appositive's clause gives
        described = [c for c in head.children if c.dep_ == "appos" and c.pos_ == "NOUN"]
        given = _name_given(head) + [t for c in described for t in _name_given(c)]
        for child in named + given:
            found = actor_at(self.actors, _token_span(child))
            if found is None:
                continue
            if found.kind is ActorKind.PERSON:
                return found
            if found.kind in _BODIES and head.lemma_.lower() in _BODY_NOUNS:
                # 'a local monitoring group, the Kassala Monitors, said': the body named
                return found
        return None

    def _body_named_after_noun(self, a: Attribution) -> Actor | None:
        """'The United Nations children's agency UNICEF said': the body whose name the source
        ends on, after the noun describing it, speaks; not the parent body named first."""
        if a.source is None or a.source_head is None:
            return None
        head = self.parsed[a.source_head]
        before = self.parsed[head.i - 1] if head.i > 0 else None
        if (
            head.pos_ != "PROPN"
            or before is None
            or before.dep_ != "compound"
            or before.head.i != head.i
            or before.lemma_.lower() not in _BODY_NOUNS
        ):
            return None
        found = actor_at(self.actors, _token_span(head))
        if found is None or found.kind not in _BODIES:
            return None
        mention = next((m for m in found.mentions if m.contains(_token_span(head))), None)
        if mention is None or not a.source.contains(mention) or mention.start <= a.source.start:
            return None
        return found

    def _seat_of_government(self, source: Span) -> Actor | None:
        """'a charge Tehran denies', where the actors stage read the capital as a place: a
        capital alone as the source, in title case, is the state seated there, when the
        article has that state as an actor."""
        words = source.text(self.text).strip()
        if not words[:1].isupper() or words.isupper():
            return None
        country = country_by_capital(words)
        if country is None:
            return None
        return state_actor(self.actors, country.iso2)

    def _national_count(self, head: Token) -> Actor | None:
        """'according to Israeli tallies', 'Ukrainian figures show': a count named by a nation
        is that state's, when the article has the state as an actor."""
        if head.lemma_.lower() not in _NATIONAL_COUNTS:
            return None
        nation = next((c for c in head.children if c.dep_ in {"amod", "compound"}), None)
        country = country_by_demonym(nation.text) if nation is not None else None
        if country is None:
            return None
        return state_actor(self.actors, country.iso2)

    def _named(self, words: str) -> Actor | None:
        """The actor a headline's source names where the actors stage left the headline out
        ('Armenia: ...' over a story in which Armenia's ministry speaks): a state by its
        country, any actor by its name or one of its mentions' words."""
        country = country_by_name(words) or (
            country_by_capital(words) if not words.isupper() else None
        )
        for actor in self.actors:
            if country is not None and actor.kind is ActorKind.STATE:
                if actor.country == country.iso2:
                    return actor
            elif actor.name.casefold() == words.casefold() or any(
                m.text(self.text).casefold() == words.casefold() for m in actor.mentions
            ):
                return actor
        return None

    def _latest_speaker(self, before: int, *, person: bool) -> Actor | None:
        for r in reversed(self.history):
            s = r.speaker
            if (
                s is not None
                and r.attribution.cue.start < before
                and (s.kind is ActorKind.PERSON) == person
            ):
                return s
        return None

    def _latest_named(self, before: int, *, person: bool) -> Actor | None:
        best: tuple[int, Actor] | None = None
        for actor in self.actors:
            if (actor.kind is ActorKind.PERSON) != person:
                continue
            for m in actor.mentions:
                if m.end <= before and (best is None or m.start > best[0]):
                    best = (m.start, actor)
        return best[1] if best else None

    def _force_spokesperson(self, head: Token) -> Actor | None:
        """'An army spokesman denied it': a spokesperson whose one qualifier is a force's bare
        noun ('army', 'military'), no state named, speaks for the one armed force the article
        calls so (the home state's, as the actors stage makes of 'the army'), else, where none
        is, for the one state's forces it names ('Malian troops'); None where two are."""
        if head.lemma_.lower() not in actor_words.SPOKESPEOPLE:
            return None
        qualifiers = [c for c in head.children if c.dep_ in _FORCE_QUALIFIERS]
        if len(qualifiers) != 1 or qualifiers[0].lower_ not in BARE_ARMY:
            return None
        noun = qualifiers[0].lower_
        forces = {
            actor.id: actor
            for actor in self.actors
            if actor.kind is ActorKind.ARMED_GROUP
            and any(noun in _words(m.text(self.text)) for m in actor.mentions)
        }
        if not forces:
            # 'Malian troops ... An army spokesman said': no force called so, the one state's
            # forces the article names
            states = {a.id for a in self.actors if a.kind is ActorKind.STATE}
            forces = {
                actor.id: actor
                for actor in self.actors
                if actor.kind is ActorKind.ARMED_GROUP and actor.affiliation in states
            }
        return next(iter(forces.values())) if len(forces) == 1 else None

    def _described_before(self, head: Token) -> Actor | None:
        """'Sudan paramilitary disputes toll' over 'the paramilitary Rapid Support Forces': the
        one actor whose name the story opens with the headline's word (an adjective or noun
        right before a mention, in its noun phrase). None where two actors are so called."""
        found: dict[str, Actor] = {}
        for actor in self.actors:
            for m in actor.mentions:
                words = self.parsed.char_span(m.start, m.end, alignment_mode="expand")
                if words is None or words.start == 0 or words.start - 1 == head.i:
                    continue
                before = self.parsed[words.start - 1]
                if before.lower_ == head.lower_ and before.dep_ in {"amod", "compound"}:
                    found[actor.id] = actor
        return next(iter(found.values())) if len(found) == 1 else None

    def _latest_described(self, head: Token, before: int) -> Actor | None:
        noun = _stem(head.lemma_.lower())
        best: tuple[int, Actor] | None = None
        for actor in self.actors:
            words = {_stem(w) for w in _words(actor.name) | _words(actor.title or "")}
            for m in actor.mentions:
                if m.end > before:
                    continue
                named = noun in words or noun in {_stem(w) for w in _words(m.text(self.text))}
                if named and (best is None or m.start > best[0]):
                    best = (m.start, actor)
        return best[1] if best else None


_FORCE_QUALIFIERS = frozenset({"compound", "amod", "nmod", "poss", "prep"})


# Counts a nation keeps: 'Israeli tallies', 'Russian figures', 'Ukrainian data'.
_NATIONAL_COUNTS = {"tally", "figure", "count", "estimate", "data", "statistic", "record"}


def _bare_officials(actor: Actor) -> bool:
    """Whether ``actor`` is officials no words describe ('officials said'), a body of its own
    only where the story names no officials it stands for."""
    return actor.kind is ActorKind.ORGANIZATION and actor.name == "officials"


def _unqualified_spokesperson(head: Token) -> bool:
    """'a spokesperson', 'a foundation spokesperson': no owner, no qualifier that may make it
    another's ('a military spokesman', 'a spokesman for the army')."""
    if not any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in head.children):
        return False
    return not any(
        c.dep_ in {"amod", "nmod", "prep", "poss", "appos", "relcl", "acl"} for c in head.children
    )


def _words(text: str) -> set[str]:
    return {w.strip(".,’'").lower() for w in text.split() if w}


def _stem(word: str) -> str:
    return word[:-1] if word.endswith("s") and len(word) > 3 else word


def _token_span(token: Token) -> Span:
    return Span(token.idx, token.idx + len(token.text))


def _name_given(head: Token) -> list[Token]:
    """The name a clause on the source gives: 'a port employee, who gave only his first name,
    Ahmed', 'a fighter identified only as Abu Omar', 'a farmer who gave his name as Joseph'."""
    out = []
    for clause in (c for c in head.children if c.dep_ in {"relcl", "acl"}):
        for t in clause.subtree:
            given = t.dep_ == "appos" and t.head.lemma_.lower() == "name"
            identified = (
                t.dep_ == "pobj"
                and t.head.lower_ == "as"
                and (
                    t.head.head.lemma_.lower() in {"identify", "name"}
                    # 'who gave his name only as Joseph'
                    or (
                        t.head.head.lemma_.lower() == "give"
                        and any(c.lemma_.lower() == "name" for c in t.head.head.children)
                    )
                )
            )
            if t.pos_ == "PROPN" and (given or identified):
                out.append(t)
    return out
