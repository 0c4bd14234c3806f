"""Casualty predicates in a parsed sentence and the words they make victims of.

A predicate is a verb that kills or wounds ('killed', 'wounded', 'shot'), a verb of dying, a state
word ('dead', 'injured', 'missing'), a toll ('the death toll rose to 12'), a hurt condition ('in
critical condition') or a noun of death ('his death'). Its victims are the passive subject or
object (the active subject of 'kill' is the killer, never counted), the subject of 'die', the
noun a state word describes.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from sitrep.casualties import lexicon as lx
from sitrep.casualties.figures import is_figure_word, toll_figure
from sitrep.casualties.headlines import (
    headline_present,
    is_headline,
)
from sitrep.casualties.victims import objects, subjects
from sitrep.casualties.words import SUBJECTS, person_word

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

__all__ = ["THE_HARMED", "predicates"]


def predicates(sent: SpacySpan) -> Iterator[tuple[Token, str, Token, bool]]:
    """(predicate, kind, victim, is_total) for every casualty predicate in the sentence."""
    for t in sent:
        lemma = t.lemma_.lower()
        lower = t.lower_
        if any(c.dep_ == "neg" for c in t.children) or (
            t.pos_ == "VERB" and t.tag_ == "VB" and not headline_present(t) and not _made_to_flee(t)
        ):
            continue  # 'did not kill', 'threatened to kill', 'Shoot him!': nobody was hit
        if _asked(t):
            continue  # 'did not say whether the man was among the dead': an open question
        if any(
            (c.dep_ == "advmod" and c.lower_ in lx.UNREALISED)
            or (c.dep_ == "aux" and c.lower_ in lx.UNREALISED_MODALS)
            for c in t.children
        ):
            continue  # 'came within inches of possibly killing him', 'nearly killed'
        if (
            lemma in lx.SHOOT_VERBS
            and t.i + 1 < t.sent.end
            and t.nbor(1).lower_ == "at"
            and not list(t.nbor(1).children)
        ):
            continue  # 'was shot at': fired on, not hit
        if _downs_aircraft(t):
            continue  # 'shot down 11 drones', 'air defences shot down 11 of them'
        if t.dep_ == "relcl" and t.head.ent_type_ == "DATE":
            continue  # 'the most since 2007, when 28 were killed': another time's figure
        if _killed_or_wounded(t):
            continue  # 'dozens killed, wounded': one figure of both, neither kind's own
        if (among := _among_the_harmed(t)) is not None:
            # 'Eleven women were among the dead': the subject of the 'were' is of the dead
            for v in subjects(t.head.head):
                yield t, among, v, False
            continue
        if (kind := _the_harmed_include(t)) is not None:
            # 'the dead included five soldiers and seven civilians': each counted part
            for o in t.head.children:
                if o.dep_ != "dobj" or any(c.lower_ == "among" for c in o.children):
                    continue  # ', among them a street vendor': one of those counted
                for v in (o, *o.conjuncts):
                    if any(c.dep_ == "nummod" for c in v.children):
                        yield t, kind, v, False
            continue
        if lemma == "condition" and any(c.lower_ in lx.HURT_CONDITIONS for c in t.children):
            # 'left a man in critical condition', 'she is in serious condition'
            prep = t.head if t.dep_ == "pobj" else None
            if prep is not None and prep.lower_ == "in":
                owner = prep.head
                if owner.pos_ in {"VERB", "AUX"}:
                    holders = [
                        c for c in owner.children if c.dep_ in {"nsubj", "nsubjpass", "dobj"}
                    ] or subjects(owner)  # 'was struck and is in critical condition'
                    for v in holders:
                        if (
                            owner.lemma_ in {"be", "remain", "leave", "list", "hospitalize", "take"}
                            or v.dep_ != "nsubj"
                        ):
                            yield t, lx.INJURED, v, False
                elif owner.pos_ in {"NOUN", "PROPN", "PRON"}:
                    yield t, lx.INJURED, owner, False
            continue
        if t.pos_ in {"VERB", "AUX"} and lemma in lx.KILL_VERBS | lx.INJURE_VERBS | lx.SHOOT_VERBS:
            if lemma in lx.KILL_VERBS and not (lemma == "stab" and not _fatal(t)):
                kind = lx.KILLED
            elif lemma in lx.INJURE_VERBS:
                kind = lx.INJURED
            else:
                kind = lx.KILLED if _fatal(t) else lx.INJURED
            total = _perfect(t)
            figure = _figure_before(t) if lower in lx.STATE_WORDS else None
            victims = [figure] if figure is not None else objects(t)
            for v in victims:
                yield t, kind, v, total
            if not victims and lower in lx.STATE_WORDS:
                # 'left one man critically injured'; '16 killed, 25 wounded.'
                # ('treating 55 wounded people': the people it describes are the victims)
                own = t.dep_ not in {"oprd", "acomp", "xcomp", "amod"}
                yield from _state_victims(t, own_only=own)
        elif (
            t.pos_ == "VERB"
            and lemma in lx.BURY_VERBS
            and not any(c.dep_ in {"auxpass", "nsubjpass"} for c in t.children)
        ):
            # 'We buried 52 people this morning': the buried are dead ('were buried under the
            # rubble' may be alive, and is left alone)
            for c in t.children:
                if c.dep_ == "dobj" and _counted_people(c):
                    yield t, lx.KILLED, c, False
        elif t.pos_ == "VERB" and lemma in lx.LOSS_VERBS:
            # 'the militia has lost 500 fighters', 'lost 40 of its soldiers': a side's dead.
            # Only counted people: 'lost his job', 'lost ground' are no deaths
            total = _perfect(t)
            for c in t.children:
                if c.dep_ == "dobj" and _counted_people(c):
                    yield t, lx.KILLED, c, total
                elif c.dep_ == "dobj" and c.lemma_ == "life":
                    for v in subjects(t):  # '15 people lost their lives'
                        yield t, lx.KILLED, v, total
                elif c.dep_ in {"advcl", "ccomp"} and c.tag_ == "VBG" and not _has_object(t):
                    # 'lost more than a hundred soldiers trying to take the town': the parse
                    # makes the lost men the subject of the participle after them
                    for v in c.children:
                        if v.dep_ == "nsubj" and v.i < c.i and _counted_people(v):
                            yield t, lx.KILLED, v, total
        elif t.pos_ == "VERB" and lemma in lx.TRANSPORT_VERBS and _to_hospital(t):
            # 'was rushed to the hospital', 'sends one person to the hospital': hurt, outcome
            # untold (weak: the story may yet tell of a death)
            for v in objects(t):
                yield t, lx.INJURED, v, False
        elif t.pos_ == "VERB" and lemma in lx.DIE_VERBS:
            for v in subjects(t):
                yield t, lx.KILLED, v, False
        elif t.pos_ == "VERB" and lemma in lx.DISPLACE_VERBS | lx.ABDUCT_VERBS:
            # 'the fighting displaced 5,000 people', '5,000 have been displaced'; 'abducted
            # dozens of villagers', '40 women were kidnapped'
            kind = lx.DISPLACED if lemma in lx.DISPLACE_VERBS else lx.ABDUCTED
            for v in objects(t):
                if _counted_people(v) or is_figure_word(v):
                    yield t, kind, v, _perfect(t)
        elif t.pos_ == "VERB" and lemma in lx.FLEE_VERBS:
            # '5,000 people fled', 'forced more than 5,000 people to flee their homes'
            forced = t.dep_ == "xcomp" and t.head.lemma_.lower() in lx.FORCING_VERBS
            fled = [c for c in t.head.children if c.dep_ == "dobj"] if forced else subjects(t)
            for v in fled:
                if _counted_people(v) or is_figure_word(v):
                    yield t, lx.DISPLACED, v, _perfect(t.head if forced else t)
        elif lower in lx.STATE_WORDS and (
            t.pos_ in {"ADJ", "VERB"} or (t.pos_ == "PROPN" and is_headline(t.sent))
        ):
            # a title-case headline's 'Dead' is tagged as a name: '18 Dead Since Sunday'
            yield from _state_victims(t)
        elif lower == "shot" and t.tag_ == "NN" and is_headline(t.sent):
            # a headline's 'Three shot, one dead', 'Woman shot, killed in ...': the parser
            # reads 'shot' as a noun
            fatal = any(c.lower_ in {"killed", "dead"} for c in t.children)
            for c in t.children:
                if (c.dep_ == "nummod" and is_figure_word(c) and c.lower_ not in {"one", "1"}) or (
                    c.dep_ == "compound" and c.i < t.i and person_word(c)
                ):
                    yield t, lx.KILLED if fatal else lx.INJURED, c, False
        elif t.lower_ in {"die", "dies"} and t.pos_ in {"NOUN", "PROPN"} and t.text.isupper():
            # an upper-case wire headline's '19 DIE IN GUNBATTLE', 'NINE GUERRILLAS DIE': the
            # parser takes the verb for a noun
            for c in t.children:
                if (c.dep_ == "nummod" and is_figure_word(c)) or (
                    c.dep_ in {"compound", "nsubj"} and c.i < t.i and person_word(c)
                ):
                    yield t, lx.KILLED, c, False
        elif lemma == "victim" and t.pos_ == "NOUN" and t.tag_ == "NN" and _deadly_of(t):
            yield t, lx.KILLED, t, False  # 'the victim of a deadly shooting'
        elif lemma in lx.ATTACK_NOUNS and t.pos_ == "NOUN" and _deadly(t):
            # 'the fatal shooting of a man'
            for c in t.children:
                if c.dep_ == "prep" and c.lower_ == "of":
                    for g in c.children:
                        if g.dep_ == "pobj" and person_word(g):
                            yield t, lx.KILLED, g, False
        elif lemma in lx.TOLL_NOUNS and t.pos_ == "NOUN":
            kind = (
                lx.INJURED if any(c.lower_ in {"injury", "wounded"} for c in t.lefts) else lx.KILLED
            )
            if (
                kind == lx.KILLED
                and lemma != "toll"
                and not any(c.lemma_ in {"death", "casualty", "body"} for c in t.lefts)
            ):
                continue
            for v in _toll_figures(t):
                yield t, kind, v, True
        elif lemma == "number" and t.pos_ == "NOUN" and (counted := _number_of(t)) is not None:
            # 'the number of dead rose to 40', 'the number of people killed stood at 300'
            for v in _toll_figures(t):
                yield t, counted, v, True
        elif t.pos_ == "VERB" and lemma in lx.SUFFER_VERBS:
            # 'she suffered six gunshot wounds', 'sustained serious injuries'
            # 'has a buzz cut' is no harm: 'have' takes only wounds and injuries
            harms = lx.HARM_NOUNS if lemma != "have" else lx.WOUND_NOUNS
            harm = [c for c in t.children if c.dep_ == "dobj" and c.lemma_ in harms]
            if harm:
                for v in subjects(t):
                    yield t, lx.INJURED, v, False
        elif lemma == "body" and t.pos_ == "NOUN" and t.tag_ == "NN":
            # 'his body was found', "a man's body": one person dead; 'the side of his body' is
            # where a living person was hit
            if t.dep_ != "pobj":
                for owner in [c for c in t.children if c.dep_ == "poss"][:1]:
                    yield t, lx.KILLED, owner, False
        elif lemma in lx.WOUND_NOUNS and t.pos_ == "NOUN" and t.dep_ == "pobj":
            yield from _carried_wounds(t)
        elif lemma in lx.CASUALTY_NOUNS and t.pos_ in {"NOUN", "ADJ"}:
            for c in t.children:
                if c.dep_ in {"nummod", "quantmod"} or (c.dep_ == "amod" and is_figure_word(c)):
                    yield t, lx.CASUALTY_NOUNS[lemma], t, False
                    break
            if lemma == "life" and t.dep_ == "dobj" and t.head.lemma_ in {"claim", "take", "lose"}:
                yield t, lx.KILLED, t, False
        if (
            lemma in lx.DEATH_NOUNS
            and t.pos_ == "NOUN"
            and t.dep_ != "compound"
            # 'the city's first homicide of 2016' ranks a tally; 'one death of a child' is
            # counted by its own figure
            and not any(c.ent_type_ == "ORDINAL" or c.dep_ == "nummod" for c in t.children)
        ):
            # 'the shooting death of Tom Reed', "Larry's death", 'the murder of his father'
            owners = [c for c in t.children if c.dep_ == "poss"]
            owners += [
                g for c in t.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
            ]
            owners = [
                o
                for o in owners
                if not (o.dep_ == "poss" and o.pos_ == "PROPN" and o.ent_type_ != "PERSON")
            ]
            for owner in [o for o in owners if o.pos_ != "NUM" and person_word(o)][:1]:
                yield t, lx.KILLED, owner, False


# The harmed as a group, by the kind of harm: 'were among the dead', 'the dead included ...'.
THE_HARMED: dict[str, str] = {
    "dead": lx.KILLED,
    "killed": lx.KILLED,
    "wounded": lx.INJURED,
    "injured": lx.INJURED,
    "missing": lx.MISSING,
}


def _asked(t: Token) -> bool:
    """Whether the clause a casualty word stands in is a question or a condition: 'did not say
    whether the man was among the dead', 'would not confirm if anyone was killed', 'if the
    shelling killed civilians, ...'. Nobody is told of as harmed there."""
    clause = t
    while clause.pos_ not in {"VERB", "AUX"} and clause.dep_ != "ROOT":
        clause = clause.head
    return any(c.dep_ == "mark" and c.lower_ in {"whether", "if"} for c in clause.children)


def _among_the_harmed(t: Token) -> str | None:
    """The kind of harm when ``t`` is 'the dead' or 'the wounded' after 'among' that a form of
    'be' governs ('Three children were among the dead', 'two medics are among the injured'),
    else None. 'among those killed' is read by :mod:`sitrep.casualties.victims`."""
    kind = THE_HARMED.get(t.lower_)
    if kind is None or t.dep_ != "pobj" or t.head.lower_ != "among":
        return None
    if not any(c.lower_ == "the" for c in t.children) or t.head.head.lemma_ != "be":
        return None
    return kind


def _the_harmed_include(t: Token) -> str | None:
    """The kind of harm when ``t`` is 'the dead', 'the wounded' subject of 'include' ('the dead
    included five soldiers'), else None."""
    kind = THE_HARMED.get(t.lower_)
    if kind is None or t.dep_ != "nsubj" or t.head.lemma_ != "include":
        return None
    return kind if any(c.lower_ == "the" for c in t.children) else None


def _harm_kind(t: Token) -> str | None:
    lemma = t.lemma_.lower()
    if lemma in lx.KILL_VERBS - {"stab"} or lemma in lx.DIE_VERBS or lemma in {"death", "dead"}:
        return lx.KILLED
    if lemma in lx.INJURE_VERBS or lemma in lx.WOUND_NOUNS or t.lower_ in {"wounded", "injured"}:
        return lx.INJURED
    return None


def _killed_or_wounded(t: Token) -> bool:
    """A figure of killed and wounded together: 'dozens killed, wounded', 'were killed and
    wounded', '40 deaths and injuries'. The second word has no people of its own."""
    kind = _harm_kind(t)
    if kind is None:
        return False

    def bare(w: Token) -> bool:
        return not any(c.dep_ in {"nsubj", "nsubjpass", "dobj", "nummod"} for c in w.children)

    for c in t.children:
        if c.dep_ in {"conj", "advcl"} and bare(c) and _harm_kind(c) not in {None, kind}:
            return True
    return (
        t.dep_ in {"conj", "advcl"}
        and bare(t)
        and _harm_kind(t.head) not in {None, kind}
        and t.head.pos_ == t.pos_
    )


def _number_of(noun: Token) -> str | None:
    """What 'the number of ...' counts: 'of dead', 'of casualties', 'of people killed', 'of
    dead soldiers'."""
    for c in noun.children:
        if c.dep_ != "prep" or c.lower_ != "of":
            continue
        for g in c.children:
            if g.lower_ in lx.STATE_WORDS:
                return lx.STATE_WORDS[g.lower_]
            if g.lemma_.lower() in lx.CASUALTY_NOUNS:
                return lx.CASUALTY_NOUNS[g.lemma_.lower()]
            for a in g.children:
                if a.dep_ == "acl" and a.lower_ in lx.STATE_WORDS:
                    return lx.STATE_WORDS[a.lower_]
                if a.dep_ == "amod" and a.i < g.i and a.lower_ in lx.STATE_WORDS:
                    return lx.STATE_WORDS[a.lower_]  # 'of dead soldiers', 'of injured people'
    return None


def _counted_people(t: Token) -> bool:
    """People with a figure: '500 fighters', '40 of its soldiers'."""
    if is_figure_word(t):
        return any(
            c.dep_ == "prep" and c.lower_ == "of" and any(person_word(g) for g in c.children)
            for c in t.children
        )
    return lx.group_of(t.lemma_) is not None and any(
        c.dep_ == "nummod" and is_figure_word(c) for c in t.children
    )


def _figure_before(t: Token) -> Token | None:
    """The figure just before a state word that the parser hung elsewhere, when that figure is
    a conjunct of another ('reported 20 dead and 35 wounded': the 35 are the wounded)."""
    before = t.doc[t.i - 1] if t.i > 0 else None
    if (
        before is not None
        and before.dep_ == "conj"
        and before.pos_ == "NUM"
        and is_figure_word(before)
        and before.head.i != t.i
    ):
        return before
    return None


def _state_victims(t: Token, *, own_only: bool = False) -> Iterator[tuple[Token, str, Token, bool]]:
    """People a state word describes: '14 people dead', 'was found dead', 'left two injured'.
    With ``own_only``, only the figures it governs itself ('16 killed, 25 wounded')."""
    kind = lx.STATE_WORDS[t.lower_]
    if own_only:
        pass
    elif t.dep_ == "amod" or (t.dep_ == "acl" and t.head.pos_ in {"NUM", "NOUN"}):
        yield t, kind, t.head, False
    elif t.dep_ in {"acomp", "oprd", "xcomp", "ccomp", "advcl", "attr"} and not (
        t.dep_ in {"ccomp", "advcl"} and any(c.dep_ in {"nsubj", "nsubjpass"} for c in t.children)
    ):
        # not a clause with its own subject: 'the manager said four crew members were
        # missing' is no missing manager
        head = t.head
        holders = [c for c in head.children if c.dep_ in {"dobj", "nsubj", "nsubjpass"}]
        if not holders and head.dep_ == "conj":
            holders = subjects(head)  # 'had been shot and was pronounced dead'
        for v in holders:
            if not any(
                c.lower_ in lx.STATE_WORDS and c.i != t.i and c.dep_ == "amod" for c in v.children
            ):
                yield t, kind, v, head.lemma_ == "leave"
    before = _figure_before(t)
    if before is not None:
        yield t, kind, before, False
    for c in t.children:
        if (
            c.dep_ in {"npadvmod", "nsubj", "nummod"}
            or (c.dep_ == "compound" and c.i < t.i and t.pos_ == "PROPN")
        ) and is_figure_word(c):
            # 'two dead', and a title-case headline's 'Nine Dead', 'Three Dead' however parsed
            yield t, kind, c, False
        elif c.dep_ == "nsubj" and t.dep_ in {"ccomp", "advcl"} and person_word(c):
            yield t, kind, c, False  # a small clause: 'deputies found Tammy Reyes dead'
        elif c.dep_ == "nsubj" and t.pos_ == "VERB" and kind == lx.MISSING and person_word(c):
            yield t, kind, c, False  # 'five people are missing' (tagged as a verb)


def _to_hospital(verb: Token) -> bool:
    """Whether a verb of carrying goes to a hospital: 'taken to Mercy Hospital' (not 'for a
    medical clearance' before jail)."""
    if any(
        c.dep_ == "prep" and c.lower_ == "for" and any(g.lemma_ in lx.CHECKUPS for g in c.children)
        for c in verb.children
    ):
        return False
    return any(
        c.dep_ == "prep"
        and c.lower_ == "to"
        and any(g.lemma_.lower() in lx.HOSPITAL_WORDS for g in c.children)
        for c in verb.children
    )


def _deadly(noun: Token) -> bool:
    return any(c.lower_ in {"deadly", "fatal"} for c in noun.children if c.dep_ == "amod")


def _deadly_of(victim: Token) -> bool:
    """'The victim of a deadly shooting', 'the victim of Sunday's fatal stabbing'."""
    return any(
        c.dep_ == "prep" and c.lower_ == "of" and any(_deadly(g) for g in c.children)
        for c in victim.children
    )


def _carried_wounds(wound: Token) -> Iterator[tuple[Token, str, Token, bool]]:
    """People who have a wound: 'taken to hospital with gunshot wounds', 'a man with a gunshot
    wound', 'suffering from a stab wound', 'treated for injuries'. Fatal wounds kill."""
    prep = wound.head
    owner = prep.head
    if owner.dep_ == "pobj" and not person_word(owner) and owner.head.head.pos_ == "VERB":
        owner = owner.head.head  # 'taken to the hospital with injuries': the carrying verb
    fatal = any(c.lower_ in {"fatal", "mortal"} for c in wound.children)
    kind = lx.KILLED if fatal else lx.INJURED
    if prep.lower_ == "with":
        if person_word(owner):
            yield wound, kind, owner, False
        elif owner.pos_ in {"VERB", "AUX"}:
            direct = [c for c in owner.children if c.dep_ == "dobj"]
            people = [c for c in direct if person_word(c)]
            # 'found a man with a gunshot wound' (the object), 'arrived with wounds' (the
            # subject); in 'finds body with gunshot wound' the wound is the object's
            for v in people or ([] if direct else subjects(owner)):
                if v.dep_ == "nsubj" and owner.lemma_ in lx.HARM_VERBS:
                    continue  # 'the gunman shot him with ...' is no wound of the gunman
                yield wound, kind, v, False
    elif (prep.lower_ == "for" and owner.lemma_ in lx.TREAT_VERBS) or (
        prep.lower_ == "from" and owner.lemma_ in lx.SUFFER_VERBS | {"die", "recover"}
    ):
        # 'treated for gunshot wounds', 'suffering from a stab wound', 'died from his wounds'
        kind = lx.KILLED if owner.lemma_ == "die" else kind
        carriers = subjects(owner)
        if not carriers and owner.dep_ == "acl" and person_word(owner.head):
            carriers = [owner.head]  # 'a man suffering from a gunshot wound'
        for v in carriers:
            yield wound, kind, v, False


def _made_to_flee(t: Token) -> bool:
    """'forced 5,000 people to flee': an infinitive that happened, because the verb over it did
    (not 'threatened to force them to flee')."""
    head = t.head
    return (
        t.lemma_.lower() in lx.FLEE_VERBS
        and t.dep_ == "xcomp"
        and head.lemma_.lower() in lx.FORCING_VERBS
        and head.tag_ != "VB"
        and not any(c.dep_ == "neg" for c in head.children)
    )


def _perfect(verb: Token) -> bool:
    """'has killed', 'have lost': a cumulative figure, a total so far."""
    return any(c.lower_ in {"has", "have"} for c in verb.children if c.dep_ == "aux")


def _fatal(verb: Token) -> bool:
    if verb.lemma_.lower() == "gun" and any(c.lower_ == "down" for c in verb.children):
        return True  # 'gunned down'
    # a conjoined verb with a subject of its own tells of someone else: 'a man was shot, and
    # a boy was killed'
    near = [
        c
        for c in (*verb.children, *verb.conjuncts)
        if not (c.dep_ == "conj" and any(g.dep_ in SUBJECTS for g in c.children))
    ]
    for c in near:
        if c.lemma_.lower() in lx.FATAL_WORDS or c.lower_ in lx.FATAL_WORDS:
            return True
        if c.dep_ == "prep" and any(g.lemma_ == "death" for g in c.children):
            return True
    return False


def _toll_people(t: Token) -> bool:
    """People counted in a toll's figure: 'rose to 20 civilians', 'stood at 12 soldiers'."""
    return (
        t.dep_ == "pobj"
        and person_word(t)
        and any(n.dep_ == "nummod" and toll_figure(n) for n in t.children)
    )


_BOUND_PREPOSITIONS = frozenset({"above", "over", "below", "under", "beyond"})


def _toll_figures(toll: Token) -> list[Token]:
    """Figures a toll noun is given: 'toll of 12', 'toll rose to 12', 'toll was nearing 5,000'."""
    found: list[Token] = []
    for c in toll.children:
        if c.dep_ == "prep" and c.lower_ in {"of", "at"}:
            found.extend(g for g in c.children if toll_figure(g))
        if c.dep_ in {"appos", "nummod"} and toll_figure(c):
            found.append(c)
    if found or toll.dep_ not in {"nsubj", "dobj", "nsubjpass"}:
        return found
    verb = toll.head
    frontier = [verb, *[c for c in verb.children if c.dep_ in {"acomp", "xcomp", "attr"}]]
    frontier += [c for f in list(frontier) for c in f.children if c.dep_ == "conj"]
    for f in frontier:
        for c in f.children:
            if c.i == toll.i:
                continue
            if c.dep_ in {"attr", "dobj", "oprd"} and toll_figure(c):
                found.append(c)
            elif c.dep_ == "prep" and c.lower_ in {"to", "at", "of"} | _BOUND_PREPOSITIONS:
                # 'the toll rose to 12'; 'the toll was above 50' (the figure reads the bound)
                found.extend(g for g in c.children if toll_figure(g) or _toll_people(g))
            elif c.dep_ == "prep" and c.lower_ == "from":
                # 'rose from 10 to 15', parsed as one quantity: the toll is now 15
                found.extend(
                    g
                    for g in c.subtree
                    if toll_figure(g)
                    and (
                        any(q.lower_ == "to" for q in g.children)
                        or (g.dep_ == "pobj" and g.head.lower_ == "to")
                    )
                )
    return found


# What air defences shoot down: 'shot down' in a sentence naming one is no harm to people
# ('a man was shot down outside a bar' is).
_AIRCRAFT = frozenset(
    {
        "drone",
        "missile",
        "rocket",
        "aircraft",
        "plane",
        "jet",
        "helicopter",
        "uav",
        "balloon",
        "defence",
        "defense",
        "warplane",
        "fighter-bomber",
    }
)


def _downs_aircraft(t: Token) -> bool:
    return (
        t.lemma_.lower() == "shoot"
        and any(c.dep_ in {"prt", "advmod"} and c.lower_ == "down" for c in t.children)
        and any(w.lemma_.lower() in _AIRCRAFT for w in t.sent)
    )


def _has_object(verb: Token) -> bool:
    return any(c.dep_ == "dobj" for c in verb.children)
