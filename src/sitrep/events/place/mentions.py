"""Where a place is named in the text: the parsed text, once per document; the places'
mentions by position; and the mentions that do not say where something happened (inside the
name of an organisation, in a road's name, a destination, where goods came from)."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from typing import TYPE_CHECKING

from sitrep.records import Place, PlaceLevel, Span

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

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


def mentions_by_start(
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


def in_a_name(parsed: Doc, mention: Span, *, places: Sequence[Place] = ()) -> bool:
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
        and not _only_places(doc_text(parsed), start, end, places)
    )


def _only_places(text: str, start: int, end: int, places: Sequence[Place]) -> bool:
    """Whether a name is only places and commas ('Jalco, Jalco' tagged as an organisation, a
    town written with its state of the same name): the tagger's slip, no body's name."""
    rest = list(text[start:end])
    for p in places:
        for m in p.mentions:
            if start <= m.start and m.end <= end:
                rest[m.start - start : m.end - start] = " " * (m.end - m.start)
    return bool(places) and not re.sub(r"[\s,]+", "", "".join(rest))


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


def in_a_road_name(text: str, mention: Span) -> bool:
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


# 'the homes of refugees from Waziristan': where people who left came from, not where the
# event happened
_HOMELAND = re.compile(
    r"\b(?:refugees|migrants|asylum[- ]seekers|evacuees|returnees|pilgrims|"
    r"displaced (?:people|persons|families))\s+from\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def not_where(text: str, mention: Span) -> bool:
    """A place named in a road's name, a destination, where goods came from, or where a body
    is based ('the Britain-based monitor', 'a London-based group')."""
    before = text[max(0, mention.start - 40) : mention.start]
    return in_a_road_name(text, mention) or bool(_ORIGIN.search(before)) or based_in(text, mention)


def homeland(text: str, mention: Span) -> bool:
    """Where people who left came from ('the homes of refugees from Waziristan'): never where
    what befell them there happened."""
    return bool(_HOMELAND.search(text[max(0, mention.start - 40) : mention.start]))


# Verbs of a government's word or will, whose subject a capital or country stands for:
# 'Kabul would respond', 'Moscow denied', 'Islamabad has long accused'.
_GOVERNMENTS_DO = frozenset(
    {
        "say",
        "accuse",
        "blame",
        "deny",
        "reject",
        "respond",
        "retaliate",
        "warn",
        "threaten",
        "vow",
        "demand",
        "urge",
        "insist",
        "claim",
        "condemn",
        "announce",
        "agree",
        "decide",
        "refuse",
        "welcome",
        "protest",
    }
)


def where_a_speaker_is(parsed: Doc, mention: Span) -> bool:
    """A place that says where a person with a title is ('a security official in Islamabad
    said', 'diplomats in Geneva'): where the words were spoken, not where the act was."""
    root = mention_root(parsed, mention)
    if root is None or root.dep_ != "pobj" or root.head.lower_ != "in":
        return False
    return root.head.head.lower_ in _TITLES


def standing_for_its_government(parsed: Doc, place: Place, mention: Span) -> bool:
    """A town named as the subject of a government's word or will ('Islamabad has long
    accused ...', 'adding that Kabul would respond'): the capital stands for the state, no
    place. (A country that says it was struck may well be where: 'Freedonia says rockets
    struck'.)"""
    if place.level is PlaceLevel.COUNTRY:
        return False
    root = mention_root(parsed, mention)
    if root is None or any(c.dep_ == "det" for c in root.children):
        return False
    if root.dep_ == "nsubj" and root.head.lemma_.lower() in _GOVERNMENTS_DO:
        return True
    return _headline_word(root)


def _headline_word(root: Token) -> bool:
    """A headline's 'Kyiv claims hit on oil depot', the parser reading the verb as a noun the
    town qualifies: the noun right after it is a government's verb ('claims', 'says', 'vows')
    that heads a clause of its own (its told act, or the line)."""
    head = root.head
    word = head.lower_
    return (
        root.dep_ in {"amod", "compound"}
        and head.i == root.i + 1
        and head.pos_ == "NOUN"
        and word.endswith("s")
        and (word[:-1] in _GOVERNMENTS_DO or word[:-2] in _GOVERNMENTS_DO)
        and (head.dep_ == "ROOT" or any(c.dep_ in {"acl", "ccomp"} for c in head.children))
    )


# A place's name joined to a participle of where a body sits or who stands behind it: 'the
# Britain-based monitor', 'Iran-backed militias', 'the US-led coalition'.
_BASED = re.compile(
    r"[-–](?:based|backed|linked|allied|aligned|supported|sponsored|funded|trained|armed"
    r"|affiliated|led)\b",
    re.IGNORECASE,
)


def based_in(text: str, mention: Span) -> bool:
    """Where a body is based, or who backs or leads it ('the Britain-based monitor', 'Iran-backed
    militias', 'the US-led coalition'): never where its news happened."""
    return bool(_BASED.match(text[mention.end : mention.end + 12]))


def mention_root(parsed: Doc, mention: Span) -> Token | None:
    """The head word of the place mention at ``mention`` in the parse."""
    span = parsed.char_span(mention.start, mention.end, alignment_mode="expand")
    return None if span is None else span.root


# Titles of people a country word may qualify ('U.S. envoy', 'a U.S. official').
_TITLES = frozenset(
    {
        "envoy",
        "envoys",
        "ambassador",
        "ambassadors",
        "president",
        "chancellor",
        "minister",
        "ministers",
        "secretary",
        "official",
        "officials",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "diplomat",
        "diplomats",
        "negotiator",
        "negotiators",
        "senator",
        "lawmaker",
        "lawmakers",
        "leader",
        "leaders",
        "counterpart",
        "representative",
        "delegate",
        "premier",
        "king",
        "queen",
    }
)


def of_a_title(parsed: Doc, place: Place, mention: Span) -> bool:
    """Whether a country word only qualifies a person's title ('U.S. envoy Keith Kellogg said',
    'a U.S. official said', 'German Chancellor Olaf Scholz'): it says whom the person speaks
    for, not where anything happened. (A town's word may: 'Kyiv Mayor Vitali Klitschko'.)"""
    if place.level is not PlaceLevel.COUNTRY:
        return False
    root = mention_root(parsed, mention)
    if root is None or root.dep_ not in {"compound", "amod", "nmod"}:
        return False
    head = root.head
    # the title may itself be named in parts ('Foreign Minister', 'Prime Minister')
    for _ in range(3):
        if head.lower_ in _TITLES:
            return True
        if head.dep_ != "compound" or head.head.i == head.i:
            return False
        head = head.head
    return False


# Verbs whose object is whom words or pressure are addressed to ('urged Washington and Paris to
# press Israel', 'called on Moscow', 'thanked Ankara'): the addressee is no place.
_ADDRESSED = frozenset(
    {
        "urge",
        "press",
        "ask",
        "tell",
        "call",
        "appeal",
        "warn",
        "accuse",
        "blame",
        "condemn",
        "criticize",
        "criticise",
        "thank",
        "praise",
        "invite",
        "implore",
        "lobby",
        "petition",
        "summon",
    }
)


def addressee_or_broker(parsed: Doc, mention: Span) -> bool:
    """A place named as whom words are addressed to ('urged Washington and Paris to press
    Israel', 'called on Moscow to ...') or as the agent of a passive ('a ceasefire brokered by
    the United States'): the state addressed or acting, never where the event happened."""
    root = mention_root(parsed, mention)
    if root is None:
        return False
    for _ in range(4):  # 'Washington and Paris': the conjunct stands where the first does
        if root.dep_ != "conj" or root.head.i == root.i:
            break
        root = root.head
    head = root.head
    if root.dep_ in {"dobj", "dative"}:
        return head.lemma_.lower() in _ADDRESSED
    if root.dep_ != "pobj":
        return False
    if head.lower_ == "by" and head.dep_ == "agent":
        return True
    return head.lower_ in {"on", "upon", "to"} and head.head.lemma_.lower() in {"call", "appeal"}
