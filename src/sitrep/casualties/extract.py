"""Casualty figures in one parsed sentence: who was killed, injured or missing, and how many.

Rules over spaCy's dependency parse, in three passes:

1. Predicates (:mod:`sitrep.casualties.predicates`): what kills, wounds or leaves people dead,
   and the words it makes victims of.
2. Figures (:mod:`sitrep.casualties.figures`): the victim's number ('45 civilians', '1,166 of
   their troops', 'wounded 400'), a singular person ('a man was killed' is one), 'both' (two),
   or nothing (plural nouns with no number say that people died, not how many: no figure is
   made up).
3. Mentions (:class:`~sitrep.casualties.mention.Mention`): one per person or group and kind
   (:mod:`sitrep.casualties.people` tells who is one person), with its group, whose people it
   may be, whether it adds to or totals earlier figures, and the period it covers when that is
   not the article's incident (:mod:`sitrep.casualties.scope`).

A victim that is not a person ('three vehicles were hit') gives no figure. Numbers that are
dates, times, distances, money or percentages are never victims because no casualty predicate
governs them.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from sitrep.actors.lexicon import IRREGULAR_FORCE_NOUNS
from sitrep.casualties import lexicon as lx
from sitrep.casualties.figures import (
    NOT_VICTIM_ENTS,
    figure_count,
    figure_tokens,
    is_figure_word,
    toll_figure,
)
from sitrep.casualties.mention import Mention
from sitrep.casualties.numbers import Figure, count_of, read_number
from sitrep.casualties.people import (
    anaphoric,
    another,
    listed_before,
    plural_pronouns,
    same_people_once,
)
from sitrep.casualties.predicates import THE_HARMED, predicates
from sitrep.casualties.scope import conflict_toll, natural_hazard, other_incident, period_of
from sitrep.casualties.words import is_age, own_state
from sitrep.records import CasualtyGroup, Count, Qualifier, Span

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token


def mentions(sent: SpacySpan) -> list[Mention]:
    """Every casualty figure in a sentence, one per victim and kind, in reading order."""
    found: dict[tuple[int, str], Mention] = {}
    plural: list[tuple[Token, Token, str]] = []
    for pred, kind, victim, total in predicates(sent):
        if natural_hazard(pred):
            continue  # 'heavy flooding has killed 17': no casualties of the conflict
        listed = (*victim.conjuncts, *listed_before(victim), *_included(victim, pred))
        if _among(victim) is not None:
            listed = ()  # 'Nine rebels, two soldiers among 14 killed': all are of the 14
        for n, v in enumerate((victim, *listed)):
            if v.i < sent.start or v.i >= sent.end:
                continue
            if n > 0 and own_state(v, pred):
                continue  # '14 people dead and 17 more wounded': the 17 are not dead
            m = _mention(v, pred, kind, total=total)
            if m is None:
                if v.lower_ in lx.PLURAL_PRONOUNS:
                    plural.append((v, pred, kind))
                continue
            key = (m.victim, m.kind)
            old = found.get(key)
            if old is None or (old.weak and not m.weak):
                found[key] = m
    out = same_people_once(sent, list(found.values()))
    out += plural_pronouns(plural, out)
    # 'one man was killed, another was injured': 'another' is told against this sentence's
    # own people, not earlier ones
    first = min((m.victim for m in out), default=None)
    out = [
        m if m.victim == first or not m.additional else replace(m, additional=False) for m in out
    ]
    out = _others_of_the_group_before(out)
    fatal = {m.victim for m in out if m.kind == lx.KILLED}
    # 'suffered a gunshot wound and died', 'was shot and killed': the dead are not also injured
    out = [m for m in out if not (m.kind == lx.INJURED and m.victim in fatal)]
    return sorted(out, key=lambda m: (m.figure.start, m.kind))


# A loser named by a pronoun owns the men it lost: 'they had lost five fighters'.
_PRONOUN_OWNERS = {"they": "their", "we": "our", "it": "its", "he": "his", "she": "her"}


def _others_of_the_group_before(found: list[Mention]) -> list[Mention]:
    """'killed four soldiers and wounded six others': the six are others of the group just
    counted (soldiers), as English reads them, not people of any kind; a part named inside
    that count ('killing 34 people, including two children, and wounding 117 others') is no
    group the others belong to."""
    out: list[Mention] = []
    for m in sorted(found, key=lambda m: m.figure.start):
        counted = [o for o in out if o.has_group_noun and o.noun != "other" and not o.part]
        before = counted[-1] if counted else None
        if m.noun == "other" and m.group is CasualtyGroup.ALL and before is not None:
            # 'eight soldiers and four militiamen were killed and 15 others wounded': others of
            # all those counted together, of a side only where they are all of one
            together = [o for o in counted if o.evidence.end == before.evidence.end]
            if before.group is not CasualtyGroup.ALL and all(
                o.group is before.group for o in together
            ):
                whose = before.side_words if len(together) < 2 else ()
                m = replace(m, group=before.group, side_words=m.side_words or whose)
        out.append(m)
    return out


def _mention(victim: Token, pred: Token, kind: str, *, total: bool) -> Mention | None:
    victim = _antecedent(victim)
    if victim.lower_ in lx.NOBODY or any(c.lower_ == "no" for c in victim.children):
        return None  # 'no one was hurt', 'none of the officers', 'no people were killed'
    if any(c.lower_ in lx.UNHARMED for c in victim.children):
        return None  # 'the child, unharmed by the gunfire, was taken to a hospital'
    ordinal = victim.lower_ in lx.ORDINAL_PEOPLE and any(c.dep_ == "det" for c in victim.children)
    # a toll's figure the NER took for a date ('put the death toll at 42')
    tolled = pred.pos_ == "NOUN" and pred.lemma_.lower() in lx.TOLL_NOUNS | {"number"}
    tolled = tolled and toll_figure(victim)
    if victim.ent_type_ in NOT_VICTIM_ENTS and not ordinal and not is_age(victim) and not tolled:
        return None
    group_noun: Token | None = None
    words: list[Token]
    count: Count
    number = next(
        (c for c in victim.children if c.dep_ in {"nummod", "quantmod"} and is_figure_word(c)),
        None,
    ) or _capitalised_number(victim)
    both = next((c for c in victim.children if c.lower_ == "both" and c.dep_ != "conj"), None)
    among = _among(victim)
    between = _between(victim)
    if between is not None:
        count, words = between
        group_noun = victim
    elif ordinal:
        count, words = Count(value=1), [victim]  # 'a second was injured': one more person
    elif victim.lower_ == "both" and victim.pos_ in {"PRON", "DET"}:
        count, words = Count(value=2), [victim]  # 'both were taken to hospital'
    elif both is not None and victim.tag_ in {"NNS", "NNPS"}:
        count, words, group_noun = Count(value=2), [both], victim  # 'both victims'
    elif among is not None:
        # 'woman among a dozen killed': the dozen are the dead, the woman one of them
        read = figure_count(figure_tokens(among))
        if read is None:
            return None
        count, words = read
    elif (is_figure_word(victim) or tolled) and victim.pos_ in {"NUM", "NOUN", "PRON", "PROPN"}:
        read = figure_count(figure_tokens(victim))
        if read is None:
            return None
        count, words = read
        of = [
            g for c in victim.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
        ]
        group_noun = of[0] if of else None
    elif number is not None:
        read = figure_count(figure_tokens(number))
        if read is None:
            return None
        count, words = read
        group_noun = victim
    elif _singular_person(victim):
        count = Count(value=1)
        words = [victim]
        group_noun = victim if victim.pos_ == "NOUN" else None
    else:
        return None
    if group_noun is None and tolled:
        # 'put the number of dead soldiers at 100', 'the death toll among ethnic Armenian
        # forces rose to 1,166': the soldiers and forces are the people counted
        preps = {"of", "among"} if pred.lower_ in {"number", "numbers"} else {"among"}
        group_noun = next(
            (
                g
                for c in pred.children
                if c.dep_ == "prep" and c.lower_ in preps
                for g in c.children
                if g.pos_ == "NOUN" and lx.group_of(g.lemma_) is not None
            ),
            None,
        )
    if group_noun is not None and group_noun.lemma_.lower() in lx.CASUALTY_NOUNS:
        group_noun = None  # '12 deaths' counts deaths, not a group of people
    group = CasualtyGroup.ALL
    side_words: list[Span] = []
    possessive: str | None = None
    named_by_side = group_noun if group_noun is not None else victim
    if (named_by_side.ent_type_ == "NORP" and named_by_side.pos_ == "PROPN") or (
        named_by_side.lower_ in IRREGULAR_FORCE_NOUNS
    ):
        # people named by their side: 'two Palestinians', 'rocket kills Palestinian'; fighters
        # named by the group they are ('killed 23 militants': the militants the article names)
        side_words.append(Span(named_by_side.idx, named_by_side.idx + len(named_by_side.text)))
    if group_noun is not None:
        named = lx.group_of(group_noun.lemma_) or lx.group_of(group_noun.lower_)
        if named is None and (
            group_noun.pos_ == "NOUN"
            or (
                group_noun.pos_ == "PROPN"
                and group_noun.ent_type_ not in {"NORP", "PERSON"}
                # a counted plural name is people: '18 Tamil Tigers killed'
                and not (group_noun.tag_ == "NNPS" and number is not None)
            )
        ):
            return None  # 'three vehicles were hit', 'FOX 8 News': not people
        group = named or CasualtyGroup.ALL
        for c in group_noun.children:
            if c.lower_ in lx.GROUP_ADJECTIVES and c.dep_ in {"amod", "compound"}:
                group = lx.GROUP_ADJECTIVES[c.lower_]
            if c.dep_ == "poss" and c.pos_ == "PRON":
                possessive = c.lower_
            elif c.dep_ in {"amod", "compound", "poss", "nmod"} and (
                c.pos_ == "PROPN" or c.ent_type_ in {"NORP", "GPE", "ORG"}
            ):
                side_words.append(Span(c.idx, c.idx + len(c.text)))
            elif c.dep_ == "prep" and c.lower_ in {"of", "from"}:
                side_words.extend(
                    Span(g.left_edge.idx, g.right_edge.idx + len(g.right_edge.text))
                    for g in c.children
                )
                if group is CasualtyGroup.ALL and group_noun.lemma_.lower() == "member":
                    # '13 members of the security forces': members of a group are of its kind
                    group = next(
                        (
                            found
                            for g in c.children
                            if g.dep_ == "pobj" and (found := lx.group_of(g.lemma_)) is not None
                        ),
                        group,
                    )
    if possessive is None and (estimate := _estimated(victim)) is not None:
        # 'the army put its losses at five dead': the losses' owner is whose people they are
        for c in estimate.children:
            if c.dep_ == "poss" and c.pos_ == "PRON":
                possessive = c.lower_
            elif c.lower_ in lx.GROUP_ADJECTIVES and c.dep_ in {"amod", "compound"}:
                group = lx.GROUP_ADJECTIVES[c.lower_]
    if possessive is None and not side_words:
        # 'were killed on its side', 'on the Israeli side': whose people they are
        for side in _sides_of(pred):
            for c in side.children:
                if c.dep_ == "poss" and c.pos_ == "PRON":
                    possessive = c.lower_
                elif c.dep_ in {"amod", "compound", "poss"} and (
                    c.pos_ == "PROPN" or c.ent_type_ in {"NORP", "GPE", "ORG"}
                ):
                    side_words.append(Span(c.idx, c.idx + len(c.text)))
    if (
        group_noun is not None
        and group_noun.lemma_.lower() == "guard"
        and any(c.lower_ in lx.PRIVATE_GUARDS for c in group_noun.children)
    ):
        group = CasualtyGroup.CIVILIAN  # 'two security guards', 'a school guard'
    if group is CasualtyGroup.ALL and pred.lemma_.lower() in lx.COMBATANT_KILL_VERBS:
        group = CasualtyGroup.MILITARY  # 'neutralised 11 of them': fighters, as armies say
    if pred.lemma_.lower() in lx.LOSS_VERBS and victim.dep_ != "nsubj":
        # 'the militia has lost 500 fighters': the loser's own people
        losers = [c for c in pred.children if c.dep_ == "nsubj"]
        side_words.extend(
            Span(c.left_edge.idx, c.right_edge.idx + len(c.right_edge.text)) for c in losers
        )
        for loser in losers:
            if possessive is None:
                # 'his forces had lost three men': the speaker's own side
                possessive = next(
                    (c.lower_ for c in loser.children if c.dep_ == "poss" and c.pos_ == "PRON"),
                    _PRONOUN_OWNERS.get(loser.lower_),
                )
            if group is CasualtyGroup.ALL and lx.group_of(loser.lemma_) is CasualtyGroup.MILITARY:
                group = CasualtyGroup.MILITARY  # the men a force loses are its fighters
    doc = victim.doc
    # 'two more', 'another three', 'five additional': adds to an earlier figure. 'Another man'
    # is one more victim in a list, not an update of a figure, so a bare 'another' does not count.
    own = {f.i for f in words}  # 'More than 30' qualifies the figure; 'two more' adds to one
    near = [c for f in words for c in f.children if c.i not in own]
    if group_noun is not None:
        near += [c for c in group_noun.children if c.i not in own]
    increment = any(c.lower_ in lx.INCREMENT_WORDS - {"another", "other", "new"} for c in near)
    increment = increment or (
        (number is not None or is_figure_word(victim))
        and any(doc[max(f.i - 1, 0)].lower_ == "another" for f in words[:1])
    )
    first = min(words, key=lambda t: t.i)
    last = max(words, key=lambda t: t.i)
    figure = Span(first.idx, last.idx + len(last.text))
    lo = min(first.i, pred.i, (group_noun or victim).i)
    hi = max(last.i, pred.i, (group_noun or victim).i)
    evidence = Span(doc[lo].idx, doc[hi].idx + len(doc[hi].text))
    return Mention(
        kind=kind,
        count=count,
        group=group,
        figure=figure,
        evidence=evidence,
        victim=(group_noun or victim).i,
        has_group_noun=group_noun is not None,
        increment=increment and not total,
        total=total,
        # 'was shot', 'with a gunshot wound': hurt, but the story may yet tell of a death
        weak=kind == lx.INJURED
        and (
            pred.lemma_.lower() in lx.SHOOT_VERBS | lx.TRANSPORT_VERBS | {"have", "shot"}
            or (pred.pos_ == "NOUN" and pred.lemma_.lower() in lx.WOUND_NOUNS)
        )
        and not another(victim),
        possessive=possessive,
        side_words=tuple(side_words),
        anaphoric=anaphoric(victim),
        agentive=_agentive(pred),
        period=period_of(pred),
        elsewhere=other_incident(pred),
        additional=_additional(victim, pred),
        others=_others(victim),
        suicide=_suicide(victim, pred),
        noun=(group_noun or victim).lemma_.lower(),
        part=_part(victim),
        conflict_toll=conflict_toll(pred),
    )


def _sides_of(pred: Token) -> list[Token]:
    """'killed on its side', 'wounded on the Russian side': the 'side' the harm is told on
    ('on both sides' names no one's)."""
    return [
        g
        for c in pred.children
        if c.dep_ == "prep" and c.lower_ == "on"
        for g in c.children
        if g.dep_ == "pobj"
        and g.lemma_.lower() == "side"
        and not any(d.lower_ in {"both", "either", "each", "all"} for d in g.children)
    ]


def _estimated(victim: Token) -> Token | None:
    """The losses a figure puts a number on: 'put its losses at five dead and eight wounded',
    'estimated military casualties at 300' (the object of the verb of estimating)."""
    t = victim
    while t.dep_ == "conj" and t.head.i != t.i:
        t = t.head
    prep = t.head
    if t.dep_ != "pobj" or prep.lower_ != "at" or prep.head.lemma_.lower() not in lx.ESTIMATE_VERBS:
        return None
    return next(
        (
            c
            for c in prep.head.children
            if c.dep_ == "dobj" and c.lemma_.lower() in lx.LOSS_NOUNS | lx.TOLL_NOUNS
        ),
        None,
    )


def _between(victim: Token) -> tuple[Count, list[Token]] | None:
    """'Between 10 and 15 people': a range, which the tagger may take for a date."""
    doc = victim.doc
    for low in victim.children:
        if low.dep_ != "nummod" or not low.like_num or low.i == 0:
            continue
        if doc[low.i - 1].lower_ != "between":
            continue
        high = next((c for c in low.children if c.dep_ == "conj" and c.like_num), None)
        if high is None:
            continue
        lo, hi = read_number([low.text]), read_number([high.text])
        if lo is None or hi is None or hi.low < lo.low:
            continue
        return count_of(Figure(lo.low, hi.low), None), list(doc[low.i - 1 : high.i + 1])
    return None


def _among(victim: Token) -> Token | None:
    """The figure a victim is one of: 'woman among a dozen killed'."""
    return next(
        (
            g
            for c in victim.children
            if c.dep_ == "prep" and c.lower_ == "among"
            for g in c.children
            if g.dep_ == "pobj" and is_figure_word(g)
        ),
        None,
    )


def _included(victim: Token, pred: Token) -> list[Token]:
    """The counted parts of a figure: '4,000 people, including 150 civilians and 20 children'
    are rows of their own (marked as parts, see :func:`_part`). The parser may hang the
    'including' on the verb ('40 people were killed, including 12 children')."""
    holders = [victim, pred] if victim.head.i == pred.i else [victim]
    if victim.dep_ == "pobj" and victim.head.lower_ in {"at", "to"}:
        # 'put the death toll at 16, including four children', 'the toll rose to 46, including
        # 19 children'
        holders.append(victim.head.head)
    return [
        p
        for h in holders
        for c in h.children
        if c.dep_ == "prep" and c.lower_ == "including"
        for g in c.children
        if g.dep_ == "pobj"
        for p in (g, *g.conjuncts)
    ]


def _part(victim: Token) -> bool:
    """A part of a figure told before: '37 of whom were killed by air strikes', 'including 78
    civilians'."""
    if any(
        c.dep_ == "prep"
        and c.lower_ == "of"
        and any(g.lower_ in {"whom", "which"} for g in c.children)
        for c in victim.children
    ):
        return True
    first = victim
    while first.dep_ == "conj" and first.head is not first:
        first = first.head  # 'Three children and a monk were among the dead'
    if first.dep_ == "dobj" and first.head.lemma_ == "include":
        # 'the dead included five soldiers and seven civilians'
        return any(c.dep_ == "nsubj" and c.lower_ in THE_HARMED for c in first.head.children)
    if first.dep_ == "nsubj" and first.head.lemma_ == "be":
        # 'Eleven women were among the dead': some of the dead counted before
        return any(c.dep_ == "prep" and c.lower_ == "among" for c in first.head.children)
    return any(a.lower_ == "including" and a.dep_ == "prep" for a in victim.ancestors)


def _additional(victim: Token, pred: Token) -> bool:
    """Someone besides the people met so far: 'another man was shot', 'a second victim was
    found', 'the officer also killed a neighbor'. 'The other man' is one of them."""
    if anaphoric(victim) or any(c.lower_ == "the" for c in victim.children):
        return False
    if another(victim):
        # 'another man was shot'; but 'he killed another man' sets the victim against the
        # killer, and 'two other people were hurt' sets them against the dead (see `_others`)
        return victim.dep_ in {"nsubj", "nsubjpass"} and not _plural(victim)
    verbs = [pred, pred.head] if pred.dep_ == "conj" else [pred]
    return any(c.dep_ == "advmod" and c.lower_ == "also" for v in verbs for c in v.children)


def _others(victim: Token) -> bool:
    """'Three other people were wounded': people besides those just counted."""
    return another(victim) and _plural(victim) and not anaphoric(victim)


def _plural(victim: Token) -> bool:
    return victim.tag_ in {"NNS", "NNPS"} or (victim.like_num and victim.lower_ not in {"one", "1"})


def _suicide(victim: Token, pred: Token) -> bool:
    """A shooter who killed himself: a reflexive victim, or a self-inflicted wound."""
    if victim.lower_ in lx.REFLEXIVES:
        return True
    # the clause around a state word: 'found dead from a self-inflicted gunshot wound'
    clause = pred.head if pred.dep_ in {"oprd", "acomp", "xcomp"} else pred
    words = "".join(t.lower_ for t in clause.subtree)
    return "selfinflict" in words or "self-inflict" in words


def _antecedent(victim: Token) -> Token:
    """The person a relative pronoun stands for: 'Jon Reed, who was shot' and 'the man who
    police shot' are about Jon Reed and the man."""
    clause = victim.head
    if victim.tag_ in {"WP", "WDT"} and victim.lower_ in lx.RELATIVE_PRONOUNS:
        while clause.dep_ == "conj" and clause.head.i != clause.i:
            clause = clause.head
        if clause.dep_ == "relcl":
            head = clause.head
            if (
                head.ent_type_ in {"GPE", "LOC", "FAC"}
                and head.dep_ == "pobj"
                and head.head.head.ent_type_ == "PERSON"
            ):
                return head.head.head  # 'Tom Reed, 18, of the Bronx, who is hospitalized'
            if head.lower_ in lx.COLLECTIVE_NOUNS:
                # 'Family of man who police shot': the parser hangs the clause on 'Family'
                of = [
                    g
                    for c in head.children
                    if c.dep_ == "prep" and c.lower_ == "of"
                    for g in c.children
                    if g.dep_ == "pobj" and lx.group_of(g.lemma_) is not None
                ]
                return of[0] if of else head
            return head
    return victim


def _agentive(pred: Token) -> bool:
    """Whether someone is named as the killer: a person, a body, a state, or a pronoun for one
    ('we', 'it' as the army). An event noun ('the fighting', 'the blast') names nobody."""
    if pred.pos_ != "VERB":
        return False
    for c in pred.children:
        if c.dep_ == "nsubj" or (c.dep_ == "agent"):
            doer = c if c.dep_ == "nsubj" else next((g for g in c.children), c)
            if doer.pos_ in {"PRON", "PROPN"} or doer.ent_type_ in {"NORP", "ORG", "GPE"}:
                return True
            if lx.group_of(doer.lemma_) is not None:
                return True
    return False


def _singular_person(t: Token) -> bool:
    if t.lower_ in lx.COLLECTIVE_NOUNS:
        return False  # 'the family', 'Taliban killed': several people, how many untold
    if t.lower_ in lx.PERSON_PRONOUNS or t.lower_ in {"his", "her"}:
        return True
    if is_age(t):
        return True  # 'a 15-year-old with a gunshot wound'
    if t.lower_ == "another" and t.dep_ in {"nsubj", "nsubjpass"}:
        return True  # 'one man was killed, another was injured'
    if t.pos_ == "PROPN":
        # a name, or a headline's capitalised 'Man', 'Teen'
        if t.ent_type_ == "PERSON" or (t.tag_ == "NNP" and lx.group_of(t.lower_) is not None):
            return True
        if t.ent_type_ == "NORP" and t.tag_ == "NNP" and t.dep_ in {"dobj", "nsubjpass"}:
            return True  # 'rocket kills Palestinian': one person named by nationality
        return _untagged_name(t)
    if t.pos_ != "NOUN" or t.tag_ != "NN":
        return False
    return lx.group_of(t.lemma_) is not None and t.lower_ not in lx.COLLECTIVE_NOUNS


def _capitalised_number(victim: Token) -> Token | None:
    """A headline's capitalised number word that the parser took for part of a name: 'Nine
    Taleban killed', 'Twelve Kurdish Rebels Die'. Only a written number right before the
    victim's words, never digits inside a name ('FOX 8')."""
    for c in victim.children:
        if c.dep_ == "compound" and c.i < victim.i and c.is_alpha and is_figure_word(c):
            return c
    return None


def _untagged_name(t: Token) -> bool:
    """A surname the tagger missed or took for an organisation ('Waldron was shot and killed',
    'Cantu was found dead'): a lone proper noun, with no article, that suffers the harm itself.
    Places, nationalities and named organisations ('the Army') stay out."""
    if t.tag_ != "NNP" or t.ent_type_ not in {"", "ORG"} or not t.text.istitle():
        return False
    if t.lower_ in lx.ANIMALS:  # a headline's 'Dog shot by burglars dies'
        return False
        return False
    if t.dep_ != "nsubjpass" and not (t.dep_ == "nsubj" and t.head.lemma_ in lx.DIE_VERBS):
        return False
    if any(c.dep_ in {"det", "poss"} for c in t.children):
        return False
    return t.ent_type_ == "" or not any(c.dep_ == "compound" for c in t.children)


__all__ = ["Mention", "Qualifier", "mentions"]
