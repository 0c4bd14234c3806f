"""Casualty figures in one parsed sentence: who was killed, injured or missing, and how many.

Rules over spaCy's dependency parse, in three passes:

1. Predicates: a verb that kills or wounds ('killed', 'wounded', 'shot'), a verb of dying, a
   state word ('dead', 'injured', 'missing') or a toll ('the death toll rose to 12').
2. Victims: the predicate's passive subject or object (the active subject of 'kill' is the
   killer, never counted), the subject of 'die', the noun a state word describes.
3. Figures: the victim's number ('45 civilians', '1,166 of their troops', 'wounded 400'), a
   singular person ('a man was killed' is one), or nothing (plural nouns with no number say
   that people died, not how many: no figure is made up).

A victim that is not a person ('three vehicles were hit') gives no figure. Numbers that are
dates, times, distances, money or percentages are never victims because no casualty predicate
governs them.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sitrep.casualties import lexicon as lx
from sitrep.casualties.numbers import (
    QUALIFYING_VERBS,
    Figure,
    count_of,
    is_number_word,
    qualifier_before,
    read_number,
)
from sitrep.records import CasualtyGroup, Count, Qualifier, Span

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

_NOT_VICTIM_ENTS = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "ORDINAL"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_ALTERNATIVES = frozenset({"if not", "or even", "possibly", "perhaps", "or"})


@dataclass(frozen=True, slots=True)
class Mention:
    """One figure for one group of people in one sentence."""

    kind: str  # lexicon.KILLED, INJURED or MISSING
    count: Count
    group: CasualtyGroup
    figure: Span  # the figure's words ('at least 91', 'a man')
    evidence: Span  # from the figure to its predicate
    victim: int  # token index of the victim word, to tell rows apart
    has_group_noun: bool  # 'civilians' names a group; a bare 'wounded 400' does not
    increment: bool  # 'two more', 'another': adds to an earlier figure
    total: bool  # a toll or a cumulative 'has killed'
    weak: bool  # 'was shot' with no word on the outcome
    possessive: str | None  # 'their', 'our', 'its': whose people, resolved by the stage
    side_words: tuple[Span, ...]  # words that may name whose people ('Azerbaijani troops')


def mentions(sent: SpacySpan) -> list[Mention]:
    """Every casualty figure in a sentence, one per victim and kind, in reading order."""
    found: dict[tuple[int, str], Mention] = {}
    for pred, kind, victim, total in _predicates(sent):
        for v in (victim, *victim.conjuncts):
            if v.i < sent.start or v.i >= sent.end:
                continue
            m = _mention(v, pred, kind, total=total)
            if m is None:
                continue
            key = (m.victim, m.kind)
            old = found.get(key)
            if old is None or (old.weak and not m.weak):
                found[key] = m
    out = list(found.values())
    fatal = {m.victim for m in out if m.kind == lx.KILLED}
    out = [m for m in out if not (m.weak and m.victim in fatal)]
    return sorted(out, key=lambda m: (m.figure.start, m.kind))


def _predicates(sent: SpacySpan) -> Iterator[tuple[Token, str, Token, bool]]:
    """(predicate, kind, victim, is_total) for every casualty predicate in the sentence."""
    for t in sent:
        lemma = t.lemma_.lower()
        lower = t.lower_
        if any(c.dep_ == "neg" for c in t.children) or (t.pos_ == "VERB" and t.tag_ == "VB"):
            continue  # 'did not kill', 'threatened to kill', 'Shoot him!': nobody was hit
        if lemma == "condition" and any(c.lower_ in lx.HURT_CONDITIONS for c in t.children):
            # 'left a man in critical condition', 'she is in serious condition'
            prep = t.head if t.dep_ == "pobj" else None
            if prep is not None and prep.lower_ == "in":
                owner = prep.head
                if owner.pos_ in {"VERB", "AUX"}:
                    for v in [
                        c for c in owner.children if c.dep_ in {"nsubj", "nsubjpass", "dobj"}
                    ]:
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
            total = any(c.lower_ in {"has", "have"} for c in t.children if c.dep_ == "aux")
            for v in _objects(t):
                yield t, kind, v, total
        elif t.pos_ == "VERB" and lemma in lx.DIE_VERBS:
            for v in _subjects(t):
                yield t, lx.KILLED, v, False
        elif lower in lx.STATE_WORDS and t.pos_ in {"ADJ", "VERB"}:
            kind = lx.STATE_WORDS[lower]
            if t.dep_ == "amod" or (t.dep_ == "acl" and t.head.pos_ in {"NUM", "NOUN"}):
                yield t, kind, t.head, False
            elif t.dep_ in {"acomp", "oprd", "xcomp", "ccomp", "advcl", "attr"}:
                head = t.head
                for v in [c for c in head.children if c.dep_ in {"dobj", "nsubj", "nsubjpass"}]:
                    if not any(
                        c.lower_ in lx.STATE_WORDS and c is not t and c.dep_ == "amod"
                        for c in v.children
                    ):
                        yield t, kind, v, head.lemma_ == "leave"
            for c in t.children:
                if c.dep_ in {"npadvmod", "nsubj"} and _is_figure_word(c):
                    yield t, kind, c, False
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
        elif t.pos_ == "VERB" and lemma in lx.SUFFER_VERBS:
            # 'she suffered six gunshot wounds', 'sustained serious injuries'
            harm = [c for c in t.children if c.dep_ == "dobj" and c.lemma_ in {"wound", "injury"}]
            if harm:
                for v in _subjects(t):
                    yield t, lx.INJURED, v, False
        elif lemma == "body" and t.pos_ == "NOUN" and t.tag_ == "NN":
            # 'his body was found', "a man's body": one person dead
            for owner in [c for c in t.children if c.dep_ == "poss"][:1]:
                yield t, lx.KILLED, owner, False
        elif lemma in lx.CASUALTY_NOUNS and t.pos_ in {"NOUN", "ADJ"}:
            for c in t.children:
                if c.dep_ in {"nummod", "quantmod"} or (c.dep_ == "amod" and _is_figure_word(c)):
                    yield t, lx.CASUALTY_NOUNS[lemma], t, False
                    break
            if lemma == "life" and t.dep_ == "dobj" and t.head.lemma_ in {"claim", "take", "lose"}:
                yield t, lx.KILLED, t, False


def _fatal(verb: Token) -> bool:
    near = [*verb.children, *verb.conjuncts]
    for c in near:
        if c.lemma_.lower() in lx.FATAL_WORDS or c.lower_ in lx.FATAL_WORDS:
            return True
        if c.dep_ == "prep" and any(g.lemma_ == "death" for g in c.children):
            return True
    return False


def _subjects(verb: Token) -> list[Token]:
    own = [c for c in verb.children if c.dep_ in _SUBJECTS]
    if own:
        return own
    # 'were shot and killed': a conjoined verb shares its head's subject
    if verb.dep_ == "conj" and verb.head.pos_ in {"VERB", "AUX"}:
        return _subjects(verb.head)
    return []


def _objects(verb: Token) -> list[Token]:
    """Victims of a verb that kills or wounds: never its active subject (the killer)."""
    out = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
    if not out and verb.dep_ == "acl" and verb.tag_ == "VBN":
        out = [verb.head]  # 'twelve people killed in the blast'
    if not out and verb.dep_ == "conj" and verb.tag_ == "VBN":
        out = [c for c in _subjects(verb) if c.dep_ == "nsubjpass"]
    if not out and verb.tag_ == "VBN" and any(c.lower_ == "being" for c in verb.children):
        # 'charged with assault after being shot': the victim is the main clause's subject
        head = verb.head.head if verb.head.dep_ == "prep" else verb.head
        out = [c for c in head.children if c.dep_ in _SUBJECTS]
    if not out and verb.dep_ in {"xcomp", "ccomp"} and verb.tag_ == "VBN":
        # 'were reported killed', 'was found shot'
        out = [c for c in verb.head.children if c.dep_ in _SUBJECTS]
    return out


def _toll_figures(toll: Token) -> list[Token]:
    """Figures a toll noun is given: 'toll of 12', 'toll rose to 12', 'toll was nearing 5,000'."""
    found: list[Token] = []
    for c in toll.children:
        if c.dep_ == "prep" and c.lower_ in {"of", "at"}:
            found.extend(g for g in c.children if _is_figure_word(g))
        if c.dep_ in {"appos", "nummod"} and _is_figure_word(c):
            found.append(c)
    if found or toll.dep_ not in {"nsubj", "dobj", "nsubjpass"}:
        return found
    verb = toll.head
    frontier = [verb, *[c for c in verb.children if c.dep_ in {"acomp", "xcomp", "attr"}]]
    frontier += [c for f in list(frontier) for c in f.children if c.dep_ == "conj"]
    for f in frontier:
        for c in f.children:
            if c is toll:
                continue
            if c.dep_ in {"attr", "dobj", "oprd"} and _is_figure_word(c):
                found.append(c)
            elif c.dep_ == "prep" and c.lower_ in {"to", "at", "of"}:
                found.extend(g for g in c.children if _is_figure_word(g))
    return found


def _is_figure_word(t: Token) -> bool:
    if t.ent_type_ in _NOT_VICTIM_ENTS:
        return False
    return t.like_num or is_number_word(t.text)


def _figure_tokens(anchor: Token) -> list[Token]:
    """The words of the figure around a number word: 'a dozen', 'tens of thousands'."""
    doc = anchor.doc
    start = end = anchor.i
    while start > 0:
        prev = doc[start - 1]
        if _is_figure_word(prev) or (
            prev.lower_ in {"a", "an"}
            and doc[start].lower_ in {"dozen", "hundred", "thousand", "few", "handful"}
        ):
            start -= 1
        elif prev.text in {"-", "of", "and"} and start > 1 and _is_figure_word(doc[start - 2]):
            start -= 2 if prev.text != "and" or doc[start].lower_ not in {"and"} else 1
        else:
            break
    while end + 1 < len(doc):
        nxt = doc[end + 1]
        if _is_figure_word(nxt) and nxt.dep_ != "conj":
            end += 1
        elif nxt.text in {"-", "of"} and end + 2 < len(doc) and _is_figure_word(doc[end + 2]):
            end += 2
        else:
            break
    return list(doc[start : end + 1])


def _figure_count(tokens: list[Token]) -> tuple[Count, list[Token]] | None:
    figure = read_number([t.text for t in tokens])
    if figure is None:
        return None
    doc = tokens[0].doc
    first = tokens[0].i
    # 'hundreds – if not thousands': read from the lower alternative, widen to the higher
    lower = _alternative_before(tokens[0])
    if lower is not None:
        low = read_number([t.text for t in lower])
        if low is not None and low.low < figure.low:
            top = figure.high if figure.high is not None else figure.low
            figure = Figure(low.low, top)
            tokens = [*lower, *tokens]
            first = tokens[0].i
    before = [t.text for t in doc[max(first - 3, tokens[0].sent.start) : first]]
    found = qualifier_before(before)
    qualifier = found[0] if found else None
    lead: list[Token] = list(doc[first - found[1] : first]) if found else []
    head = tokens[-1]
    if head.dep_ == "dobj" and head.head.lemma_ in QUALIFYING_VERBS and qualifier is None:
        qualifier = QUALIFYING_VERBS[head.head.lemma_]
        lead = [head.head]
    count = count_of(figure, qualifier)
    # 'hundreds, if not thousands': the higher alternative widens the range
    alt = _alternative(tokens[-1])
    if alt is not None:
        higher = read_number([t.text for t in _figure_tokens(alt)])
        if higher is not None:
            top = higher.high if higher.high is not None else higher.low
            if top > (count.high or count.value):
                count = Count(value=count.value, qualifier=count.qualifier, high=top)
                tokens = [*tokens, *_figure_tokens(alt)]
    return count, [*lead, *tokens]


def _alternative_before(figure_start: Token) -> list[Token] | None:
    """The 'hundreds' before '– if not thousands', when the parse attached 'dead' to the latter."""
    doc = figure_start.doc
    lo = max(figure_start.i - 6, figure_start.sent.start)
    window = [t for t in doc[lo : figure_start.i] if t.text not in {"-", "–", "—", ","}]
    words = " ".join(t.lower_ for t in window)
    for alt in _ALTERNATIVES:
        if words.endswith(" " + alt):
            n = len(alt.split())
            rest = window[:-n]
            if rest and _is_figure_word(rest[-1]):
                return _figure_tokens(rest[-1])
    return None


def _alternative(figure_end: Token) -> Token | None:
    """The 'thousands' of 'hundreds – if not thousands': a higher figure offered as an aside."""
    doc = figure_end.doc
    window = doc[figure_end.i + 1 : min(figure_end.i + 6, figure_end.sent.end)]
    words = [t.lower_ for t in window]
    text = " ".join(w for w in words if w not in {"-", "–", "—", ","})
    if not any(text.startswith(a + " ") for a in _ALTERNATIVES):
        return None
    return next((t for t in window if _is_figure_word(t)), None)


def _mention(victim: Token, pred: Token, kind: str, *, total: bool) -> Mention | None:
    if victim.ent_type_ in _NOT_VICTIM_ENTS:
        return None
    group_noun: Token | None = None
    figure_tokens: list[Token]
    count: Count
    number = next(
        (c for c in victim.children if c.dep_ in {"nummod", "quantmod"} and _is_figure_word(c)),
        None,
    )
    if _is_figure_word(victim) and victim.pos_ in {"NUM", "NOUN", "PRON"}:
        read = _figure_count(_figure_tokens(victim))
        if read is None:
            return None
        count, figure_tokens = read
        of = [
            g for c in victim.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
        ]
        group_noun = of[0] if of else None
    elif number is not None:
        read = _figure_count(_figure_tokens(number))
        if read is None:
            return None
        count, figure_tokens = read
        group_noun = victim
    elif _singular_person(victim):
        count = Count(value=1)
        figure_tokens = [victim]
        group_noun = victim if victim.pos_ == "NOUN" else None
    else:
        return None
    if group_noun is not None and group_noun.lemma_.lower() in lx.CASUALTY_NOUNS:
        group_noun = None  # '12 deaths' counts deaths, not a group of people
    group = CasualtyGroup.ALL
    side_words: list[Span] = []
    possessive: str | None = None
    if group_noun is not None:
        named = lx.group_of(group_noun.lemma_) or lx.group_of(group_noun.lower_)
        if named is None and group_noun.pos_ == "NOUN":
            return None  # 'three vehicles were hit': not people
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
    doc = victim.doc
    # 'two more', 'another three', 'five additional': adds to an earlier figure. 'Another man'
    # is one more victim in a list, not an update of a figure, so a bare 'another' does not count.
    near = [c for f in figure_tokens for c in f.children]
    if group_noun is not None:
        near += list(group_noun.children)
    increment = any(c.lower_ in lx.INCREMENT_WORDS - {"another", "other", "new"} for c in near)
    increment = increment or (
        (number is not None or _is_figure_word(victim))
        and any(doc[max(f.i - 1, 0)].lower_ == "another" for f in figure_tokens[:1])
    )
    first = min(figure_tokens, key=lambda t: t.i)
    last = max(figure_tokens, key=lambda t: t.i)
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
        weak=pred.lemma_.lower() in lx.SHOOT_VERBS and kind == lx.INJURED,
        possessive=possessive,
        side_words=tuple(side_words),
    )


def _singular_person(t: Token) -> bool:
    if t.lower_ in lx.PERSON_PRONOUNS or t.lower_ in {"his", "her"}:
        return True
    if t.pos_ == "PROPN":
        return t.ent_type_ == "PERSON"
    if t.pos_ != "NOUN" or t.tag_ != "NN":
        return False
    return lx.group_of(t.lemma_) is not None and t.lower_ not in {
        "police",
        "personnel",
        "army",
        "force",
    }


__all__ = ["Mention", "Qualifier", "mentions"]
