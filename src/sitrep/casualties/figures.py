"""The words of a figure around a number in the parse: 'at least 91', 'a dozen', 'hundreds, if
not thousands'.

Numbers that spaCy tags as dates, times, money, percentages, quantities or ordinals are never
figures of people.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.casualties.numbers import (
    QUALIFYING_VERBS,
    Figure,
    count_of,
    is_number_word,
    qualifier_before,
    read_number,
)
from sitrep.records import Count, Qualifier

if TYPE_CHECKING:
    from spacy.tokens import Token

NOT_VICTIM_ENTS = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "ORDINAL"})
_DASHES = frozenset({"-", "–", "—"})
_ALTERNATIVES = frozenset({"if not", "or even", "possibly", "perhaps", "or"})


def is_figure_word(t: Token) -> bool:
    if t.ent_type_ in NOT_VICTIM_ENTS:
        return False
    return t.like_num or is_number_word(t.text)


def toll_figure(t: Token) -> bool:
    """A figure a toll is given. The NER reads a bare number after 'at' as a date or an age
    ('put the death toll at 42'), so only a year-like number is refused here."""
    if is_figure_word(t):
        return True
    if t.ent_type_ != "DATE" or not (t.like_num or is_number_word(t.text)):
        return False
    digits = t.text.replace(",", "")
    return not (digits.isdigit() and len(digits) == 4 and 1800 <= int(digits) <= 2100)


def _joined(before: Token, link: Token, after: Token) -> bool:
    """Whether a link word makes one figure of two number words: 'tens of thousands' is one
    figure, 'one of two' is one person out of two."""
    if link.text != "of":
        return True
    return before.lower_.endswith("s") and after.lower_.endswith("s") and not before.like_num


def figure_tokens(anchor: Token) -> list[Token]:
    """The words of the figure around a number word: 'a dozen', 'tens of thousands'."""
    doc = anchor.doc
    start = end = anchor.i
    while start > 0:
        prev = doc[start - 1]
        if is_figure_word(prev) or (
            prev.lower_ in {"a", "an"}
            and doc[start].lower_ in {"dozen", "hundred", "thousand", "few", "handful"}
        ):
            start -= 1
        elif (
            prev.text in {"-", "of", "and"}
            and start > 1
            and is_figure_word(doc[start - 2])
            and _joined(doc[start - 2], prev, doc[start])
        ):
            start -= 2 if prev.text != "and" or doc[start].lower_ not in {"and"} else 1
        else:
            break
    while end + 1 < len(doc):
        nxt = doc[end + 1]
        if is_figure_word(nxt) and nxt.dep_ != "conj":
            end += 1
        elif (
            nxt.text in {"-", "of"}
            and end + 2 < len(doc)
            and is_figure_word(doc[end + 2])
            and _joined(doc[end], nxt, doc[end + 2])
        ):
            end += 2
        else:
            break
    return list(doc[start : end + 1])


def figure_count(tokens: list[Token]) -> tuple[Count, list[Token]] | None:
    spanned = _spanned(tokens)
    if spanned is not None:
        figure, tokens = spanned
    else:
        read = read_number([t.text for t in tokens])
        if read is None:
            return None
        figure = read
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
    # quotation marks around a qualifier ('"at least" six') do not part it from its figure
    window = [t for t in doc[max(first - 5, tokens[0].sent.start) : first] if not t.is_quote][-3:]
    found = qualifier_before([t.text for t in window])
    qualifier = found[0] if found else None
    lead: list[Token] = window[len(window) - found[1] :] if found else []
    head = tokens[-1]
    if head.dep_ == "dobj" and head.head.lemma_ in QUALIFYING_VERBS and qualifier is None:
        qualifier = QUALIFYING_VERBS[head.head.lemma_]
        lead = [head.head]
    counted = head.head if head.dep_ == "nummod" else head
    if qualifier is None and counted.dep_ == "dobj" and counted.head.lemma_ == "receive":
        # 'the hospital had received 18 bodies': what one hospital or morgue took in is a
        # floor of the toll, not the toll
        qualifier = Qualifier.AT_LEAST
    count = count_of(figure, qualifier)
    # 'hundreds, if not thousands': the higher alternative widens the range
    alt = _alternative(tokens[-1])
    if alt is not None:
        higher = read_number([t.text for t in figure_tokens(alt)])
        if higher is not None:
            top = higher.high if higher.high is not None else higher.low
            if top > (count.high or count.value):
                count = Count(value=count.value, qualifier=count.qualifier, high=top)
                tokens = [*tokens, *figure_tokens(alt)]
    return count, [*lead, *tokens]


def _spanned(tokens: list[Token]) -> tuple[Figure, list[Token]] | None:
    """A range written with a dash or 'to': '20-25 civilians', '10 to 15 soldiers'. Not a
    change ('rose from 10 to 15'), which a toll reads as its last figure."""
    doc = tokens[0].doc
    for k, t in enumerate(tokens[1:-1], start=1):
        if t.text in _DASHES and tokens[k - 1].like_num and tokens[k + 1].like_num:
            return _range(tokens[:k], tokens[k + 1 :], tokens)
    start = tokens[0].i
    if start < 2 or doc[start - 1].lower_ not in {"to", *_DASHES}:
        return None
    low = doc[start - 2]
    if not is_figure_word(low) or (start > 2 and doc[start - 3].lower_ == "from"):
        return None
    return _range([low], tokens, [low, doc[start - 1], *tokens])


def _range(
    low: list[Token], high: list[Token], tokens: list[Token]
) -> tuple[Figure, list[Token]] | None:
    lo, hi = read_number([t.text for t in low]), read_number([t.text for t in high])
    if lo is None or hi is None or hi.low <= lo.low:
        return None
    return Figure(lo.low, hi.high if hi.high is not None else hi.low), tokens


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
            if rest and is_figure_word(rest[-1]):
                return figure_tokens(rest[-1])
    return None


def _alternative(figure_end: Token) -> Token | None:
    """The 'thousands' of 'hundreds – if not thousands': a higher figure offered as an aside."""
    doc = figure_end.doc
    window = doc[figure_end.i + 1 : min(figure_end.i + 6, figure_end.sent.end)]
    words = [t.lower_ for t in window]
    text = " ".join(w for w in words if w not in {"-", "–", "—", ","})
    if not any(text.startswith(a + " ") for a in _ALTERNATIVES):
        return None
    return next((t for t in window if is_figure_word(t)), None)
