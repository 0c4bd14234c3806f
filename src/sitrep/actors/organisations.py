"""Organisations and media: known international bodies and outlets, then the NER's ORG.

Known organisations and outlets are found first, by their names and acronyms in the lexicon, so
that "state news agency Azertac" is media before the NER can call Azertac a person. An outlet is
also a media noun followed by a name ("news agency X"), a name followed by a medium's words
("its X radio station") or an organisation whose name has media words ("... Daily Courier").
What the NER calls an organisation stays one unless the article uses the name as a place or it
is a country or capital, an area's ("the X neighbourhood") or a formation's ("the X group of
forces").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from typing import TYPE_CHECKING

from sitrep.actors import lexicon
from sitrep.actors.context import (
    IRREGULAR,
    REACH,
    WORD_GIVING,
    Context,
    Found,
    Mention,
    mission_noun_after,
    speaks,
)
from sitrep.actors.persons import UNIT_NOUNS, names_a_site
from sitrep.actors.scan import ActorKey, Owner, Scan, state_owner
from sitrep.geo.countries import (
    Country,
    country_by_capital,
    country_by_demonym,
    country_by_name,
)
from sitrep.geo.cues import PARTY_LETTERS
from sitrep.geo.notplaces import military_unit, ordinal
from sitrep.records import ActorKind, Span

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = [
    "SOURCE_WORK",
    "apposed_acronyms",
    "known_organisations",
    "media",
    "organisations",
    "speaking_bodies",
]

_MEDIA_DESCRIPTORS = lexicon.MEDIA_NOUNS | {
    "news",
    "state",
    "state-run",
    "state-owned",
    "official",
    "private",
    "independent",
    "pro-government",
    "opposition",
    "online",
    "local",
}


# A name ends at no word character nor hyphen, except the hyphen of a controller ("Hamas-run").
_NOT_GLUED = rf"(?![\w])(?!-(?!(?:{'|'.join(sorted(lexicon.CONTROLLED))})\b))"


def _alias_hits(
    ctx: Context, known: tuple[lexicon.KnownOrganisation, ...]
) -> Iterator[tuple[int, int, lexicon.KnownOrganisation]]:
    s = ctx.scan
    for org in known:
        for alias in sorted(org.aliases, key=len, reverse=True):
            for m in re.finditer(rf"(?<![\w-]){re.escape(alias)}{_NOT_GLUED}", s.read_as):
                rng = s.tokens_of(Span(m.start(), m.end()))
                if rng is not None and ctx.free(*rng):
                    yield rng[0], rng[1], org


def known_organisations(ctx: Context) -> Iterator[Found]:
    """International organisations and armed groups by the names the lexicon knows them by."""
    armed = {id(org) for org in lexicon.ARMED_GROUPS}
    seats = {id(org) for org in lexicon.GOVERNMENT_SEATS}
    known = (*lexicon.INTERNATIONAL_ORGANISATIONS, *lexicon.ARMED_GROUPS, *lexicon.GOVERNMENT_SEATS)
    hits = sorted(_alias_hits(ctx, known), key=lambda h: h[0] - h[1])
    taken: set[int] = set()
    for start, end, org in hits:
        if taken & set(range(start, end)):
            continue
        controls = ctx.scan.lower(end) == "-"  # "the Hamas-run ministry": "the" is not its
        first = start - 1 if ctx.scan.lower(start - 1) == "the" and not controls else start
        if id(org) in seats and ctx.scan.lower(first - 1) in lexicon.LOCATIVE_PREPOSITIONS:
            continue  # 'a rally outside the White House': the building
        taken.update(range(start, end))
        if (society := _national_society(ctx.scan, start, end)) is not None:
            # "the Palestinian Red Crescent": a country's own society, not the movement
            (start, end), country = society
            first = start - 1 if ctx.scan.lower(start - 1) == "the" else start
            name = ctx.scan.words(start, end)
            taken.update(range(start, end))
            mention = Mention(
                ctx.scan.span(first, end),
                ActorKind.ORGANIZATION,
                ("org", name.casefold()),
                name,
                country=country,
            )
            ctx.org_ending[end - 1] = (first, mention)
            yield mention, range(first, end)
            continue
        mention = Mention(
            ctx.scan.span(first, end),
            ActorKind.ARMED_GROUP if id(org) in armed else ActorKind.ORGANIZATION,
            ("org", org.name.casefold()),
            org.name,
            country=org.country if id(org) in seats else None,
            part_of=org.part_of,
        )
        ctx.org_ending[end - 1] = (first, mention)
        yield mention, range(first, end)


# The movement's names that a country's own society bears ("the Ukrainian Red Cross").
_MOVEMENT = frozenset({"red crescent", "red cross"})


def _national_society(s: Scan, start: int, end: int) -> tuple[tuple[int, int], str] | None:
    """A country's Red Cross or Red Crescent society named at tokens ``start:end`` with its
    country's adjective or name before ("the Palestinian Red Crescent", "the Syrian Arab Red
    Crescent", "the Sudan Red Crescent Society"): its tokens and the country's code."""
    if s.words(start, end).casefold() not in _MOVEMENT or start == 0:
        return None
    first = start - 1
    if s.lower(first) == "arab" and first > 0:
        first -= 1  # "the Syrian Arab Red Crescent"
    word = s.words(first, first + 1)
    if not word[:1].isupper():
        return None
    country = s.demonym_at(first) or country_by_name(word)
    if country is None:
        return None
    if s.lower(end) == "society":
        end += 1
    return (first, end), country.iso2


def media(ctx: Context) -> Iterator[Found]:
    """News outlets: a known agency, or a media noun followed by a name ("news agency X")."""
    s = ctx.scan
    found: dict[int, tuple[int, str, str | None]] = {}
    for start, end, org in _alias_hits(ctx, lexicon.NEWS_MEDIA):
        found.setdefault(start, (end, org.name, org.country))
    for i in range(len(s)):
        if (
            s.lower(i) in lexicon.MEDIA_NOUNS
            and not s.tok(i).is_title
            and i + 1 < len(s)
            and i not in found
            and not _kind_of_agency(s, i)
        ):
            end = i + 1
            # a name or an acronym ("state broadcaster TVM")
            while (
                end < len(s)
                and s.tok(end).pos_ == "PROPN"
                and (s.tok(end).is_title or (s.tok(end).is_upper and len(s.tok(end)) > 1))
            ):
                end += 1
            if end > i + 1 and ctx.free(i + 1, end) and (i + 1) not in found:
                name = s.words(i + 1, end)
                if not (country_by_name(name) or s.is_place(s.span(i + 1, end))):
                    found[i + 1] = (end, name, None)
    for start, end in _named_before_medium(s):
        if start not in found and ctx.free(start, end):
            found[start] = (end, s.words(start, end), None)
    for ent in s.sdoc.ents:
        if ent.label_ not in ("ORG", "WORK_OF_ART") or ent.start in found:
            continue
        start = ent.start + (1 if s.lower(ent.start) == "the" else 0)
        words = {s.lower(i) for i in range(start, ent.end)}
        if (words & lexicon.MEDIA_NAME_WORDS or _told_state_outlet(s, start, ent.end)) and ctx.free(
            start, ent.end
        ):
            found[start] = (ent.end, s.words(start, ent.end), None)
    for start, (end, name, country) in sorted(found.items()):
        first = start
        described = False
        while first > 0 and s.lower(first - 1) in _MEDIA_DESCRIPTORS:
            first -= 1
            described = described or s.lower(first) in lexicon.MEDIA_NOUNS
        owner: Owner | None = None
        # "Syria's state news agency SANA" is one outlet: its description is no state body
        described_from = first
        if described:
            mods = s.modifiers_before(first, irregular_words=IRREGULAR)
            owner, first = mods.owner, mods.start
        yield (
            Mention(
                s.span(first, end),
                ActorKind.MEDIA,
                ("media", name.casefold()),
                name,
                country=owner.country if owner else country,
            ),
            range(described_from, end),
        )


def _kind_of_agency(s: Scan, i: int) -> bool:
    """Whether the ``agency`` at ``i`` is a state's body of some other kind than news:
    "Britain's maritime agency UKMTO", "France's nuclear agency ASN" (a lower-case word
    before it that says no medium), not "state news agency SANA" nor "news agency Reuters"."""
    if s.lower(i) != "agency" or i == 0:
        return False
    before = s.tok(i - 1)
    return (
        before.is_lower
        and before.is_alpha
        and before.lower_ not in _MEDIA_DESCRIPTORS
        and before.pos_ in ("ADJ", "NOUN", "PROPN")
    )


# The words after a name that say it is an outlet's: "its Andalus radio station", "the Amaq
# news agency", "the Rudaw television channel".
_MEDIUM_WORDS = lexicon.MEDIA_NOUNS | {"station", "news"}
_MEDIUM_ENDS = lexicon.MEDIA_NOUNS | {"station"}
# The tagger's readings of a name's word: its own name, or one it takes for a person's, a
# work's or a building's.
_NAME_ENTITIES = frozenset({"ORG", "PERSON", "WORK_OF_ART", "FAC", "PRODUCT"})


def _named_before_medium(s: Scan) -> Iterator[tuple[int, int]]:
    """A name followed by a medium's words ("its Andalus radio station", "the Amaq news
    agency"): its tokens, unless it is a state's or a place's name ("Syrian television")."""
    i = 0
    while i < len(s):
        if not _medium_follows(s, i):
            i += 1
            continue
        start = i
        while start > 0 and _name_word(s.tok(start - 1)):
            start -= 1
        if start < i:
            name = s.words(start, i)
            if not (
                country_by_name(name)
                or s.is_place(s.span(start, i))
                or any(s.demonym_at(j) for j in range(start, i))
            ):
                yield start, i
        i += 1


def _medium_follows(s: Scan, i: int) -> bool:
    """Whether tokens from ``i`` are one or two lower-case words naming a medium ("radio
    station", "news agency", "television")."""
    words = [s.lower(j) for j in range(i, min(i + 2, len(s)))]
    if not words or s.tok(i).is_title or words[0] not in _MEDIUM_WORDS:
        return False
    if len(words) > 1 and words[1] in _MEDIUM_ENDS and not s.tok(i + 1).is_title:
        return True
    return words[0] in _MEDIUM_ENDS


def _name_word(tok: Token) -> bool:
    return (tok.is_title or (tok.is_upper and len(tok) > 1)) and (
        tok.pos_ == "PROPN" or tok.ent_type_ in _NAME_ENTITIES
    )


# What says an outlet one told is the state's: "told state-run MRTV".
_STATE_RUN = frozenset({"state-run", "state-owned", "state-controlled", "government-run"})


def _told_state_outlet(s: Scan, start: int, end: int) -> bool:
    """A name told something, run by the state: "told state-run MRTV", "said in an interview
    with state-owned Rossiya 1" (a state-run company is told nothing)."""
    if start < 3 or s.words(start - 3, start).casefold() not in _STATE_RUN:
        return False
    root = s.sdoc[start:end].root
    head = root.head
    if root.dep_ in ("dobj", "dative"):
        return head.lemma_.lower() == "tell"
    return (
        root.dep_ == "pobj"
        and head.lower_ == "with"
        and head.head.lemma_.lower() in ("interview", "talk", "speak")
    )


# A state's bodies by their common noun, capitalised at a sentence's start: no name of their own.
_BARE_BODIES = frozenset({"army", "military", "police", "government", "ministry"})


def _possessive_free(text: str) -> str:
    return text.removesuffix("'s").removesuffix("’s")


def _cut_force_noun(s: Scan, start: int, end: int) -> bool:
    """Whether the NER's organisation at tokens ``start:end`` is the opening of a state's force
    named by common nouns, the rest written in lower case: 'Air force spokesman X said' at a
    sentence's start, 'Armed forces chief X'. A name goes on in capitals ('Air Force')."""
    words = [s.lower(i) for i in range(start, end)]
    k = end
    while k < len(s.sdoc) and s.tok(k).is_lower and k - end < 2:
        words.append(s.lower(k))
        k += 1
        if " ".join(words) in lexicon.STATE_FORCE_NOUNS:
            return True
    return False


def organisations(ctx: Context) -> Iterator[Found]:
    """The NER's organisations, less toponyms and country names it mislabels as ORG."""
    s = ctx.scan
    # A person's name the NER calls an organisation elsewhere ("Biden says ..." in a headline,
    # "President Biden" in the story) is the person's, left to the surname finder.
    people = {
        word
        for m in ctx.mentions
        if m.person_name
        for word in (m.person_name, m.person_name.split()[-1])
    }
    yield from _speaking_sites(ctx)
    yield from _formations(ctx)
    yield from _numbered_units(ctx)
    communities = s.communities
    for ent in s.sdoc.ents:
        if ent.label_ not in ("ORG", "PERSON"):
            continue
        start, end = ctx.entity_tokens(ent.start, ent.end)
        if end <= start or not ctx.free(start, end):
            continue
        if ent.label_ == "PERSON" and s.lower(end - 1) not in UNIT_NOUNS:
            continue  # a person's name; but "the Kani People's Defence Force" is a unit's
        text = s.words(start, end)
        if text.islower() or _possessive_free(text) in people or text.casefold() in _BARE_BODIES:
            continue  # 'Army spokesman X' opening a sentence: a body's common noun, no name
        if _cut_force_noun(s, start, end):
            continue  # 'Air force spokesman X': the NER took 'Air' alone, a common noun's word
        if end - start > 2 and s.tok(start).text in PARTY_LETTERS and s.lower(start + 1) == "-":
            continue  # 'Chris Coons, D-Del.,': a legislator's party and home state, no body
        if ctx.names_a_place(start, end, whole=True) and s.lower(end - 1) not in lexicon.BODY_HEADS:
            continue  # a toponym the NER called an organisation; but "the Kenya Human Rights
            # Commission" is a body whose name holds a toponym, and so is "the Sudan People's
            # Liberation Army", whose toponym is only the name's first word
        if _medium(s, start, end):
            continue  # 'posted on Telegram': where words were posted, no one acting
        if s.lower(end) in _AREA_NOUNS and not s.tok(end).is_title:
            continue  # 'in the Daraja neighbourhood': an area's name, no one acting
        if _only_a_site_name(ctx, start, end):
            continue  # 'the Natanz enrichment plant': the site's name, no one acting
        if " ".join(s.lower(i) for i in range(end, end + 3)) in _FORMATIONS:
            continue  # 'units of the Centre group of forces': a formation, _formations' own
        if _weapon_model(s, start, end):
            continue  # '84 Shahed-type drones', 'three Iskander-M missiles': arms, no actor
        if _joined_names(s, start, end):
            continue  # 'strikes on Haris and Tallousa': two names the NER ran together
        first = start - 1 if s.lower(start - 1) == "the" else start
        if text in communities:
            # "the Nuer" where the article calls them "the Nuer community": that people
            key = ("population", text.casefold())
            yield Mention(s.span(first, end), ActorKind.POPULATION, key, text), range(start, end)
            continue
        state = _state_military(s, start, end)
        if state is not None:
            # "the Israeli Defense Forces": a state's own military, by another spelling
            forces: ActorKey = ("forces", "state", state.iso2)
            name = f"Military Forces of {state.name}"
            mention = Mention(
                s.span(first, end), ActorKind.ARMED_GROUP, forces, name, country=state.iso2
            )
            yield mention, range(start, end)
            continue
        # a name that ends as a fighting force's is an armed group ("the Arakan Army", "the
        # Allied Democratic Forces", "the al-Quds Brigades")
        armed = s.lower(end - 1) in _ARMED_HEADS
        kind = ActorKind.ARMED_GROUP if armed else ActorKind.ORGANIZATION
        missioned = mission_noun_after(s, start, end)
        if missioned:
            end += 1
            text = s.words(start, end)
        mention = Mention(s.span(first, end), kind, ("org", text.casefold()), text)
        if missioned:
            ctx.org_ending[end - 1] = (start, mention)  # "the ... mission's commander"
        yield mention, range(start, end)


# What an unnamed civic body does, before the noun that makes it one: "a local rescue group",
# "a human rights organisation", "an aid group". Armed groups are the forces' finders'.
_CIVIC_WORK = frozenset(
    {"rescue", "rights", "aid", "relief", "monitoring", "humanitarian", "volunteer"}
    | {"activist", "advocacy", "watchdog", "charity"}
)
_CIVIC_BODIES = frozenset(
    {"group", "organisation", "organization", "network", "charity", "committee"}
)
# What an unnamed committee does: "a local resistance committee" (Sudan's neighbourhood
# committees), not a state's or a parliament's committees.
_COMMITTEE_WORK = frozenset({"resistance"})
# Unnamed sources whose work says whose word they give: "a medical source", "hospital sources".
SOURCE_WORK = frozenset({"medical", "hospital", "health"})
_SOURCES = frozenset({"source", "sources"})


def unnamed_bodies(ctx: Context) -> Iterator[Found]:
    """Bodies the article describes without a name: "a local rescue group said", later "the
    rescue group said" (one body: its work and noun are its key), and an unnamed source whose
    work says who speaks ("a medical source at the main hospital said": medical sources)."""
    s = ctx.scan
    for k in range(1, len(s)):
        tok = s.tok(k)
        noun = s.lower(k)
        if k in ctx.claimed or tok.pos_ != "NOUN" or noun not in _CIVIC_BODIES | _SOURCES:
            continue
        work = SOURCE_WORK if noun in _SOURCES else _CIVIC_WORK
        if noun == "committee":
            work = _COMMITTEE_WORK
        first = k
        while (
            first > 0
            and s.lower(first - 1) in work
            and (s.tok(first - 1).is_lower or s.tok(first - 1).is_sent_start)
        ):
            first -= 1
        if first == k or any(i in ctx.claimed for i in range(first, k)):
            continue
        if s.lower(first - 1) == "human" and s.lower(first) == "rights":
            first -= 1
        start = first
        while start > 0 and s.lower(start - 1) in ("local", "international", "independent"):
            start -= 1
        if s.lower(start - 1) in ("a", "an", "the", "one"):
            start -= 1
        name = " ".join(s.lower(i) for i in range(first, k + 1))
        if noun in _SOURCES:
            name = " ".join(s.lower(i) for i in range(first, k)) + " sources"
        yield (
            Mention(s.span(start, k + 1), ActorKind.ORGANIZATION, ("unnamed", name), name),
            range(start, k + 1),
        )
    yield from _site_staff(ctx)


# The nouns of a body or of sources that may speak unnamed: "a local medical group said",
# "resistance committees put the toll at 45", "two security sources said".
_SPEAKING_BODIES = frozenset(
    {"group", "committee", "organisation", "organization", "network", "union", "council"}
    | {"monitor", "ngo", "charity", "association", "source", "agency"}
)
# Words before such a noun that only count or point: no part of its description.
_COUNTING = frozenset({"a", "an", "the", "one", "some", "several", "many", "other", "various"})


def speaking_bodies(ctx: Context) -> Iterator[Found]:
    """A body or sources described by common nouns alone that speak: "a local medical group
    said", "Local resistance committees put the death toll at 45", "two security sources said",
    "the ethnic rebel group that took it in August said". The description is its name (less
    its counting words; a state's demonym stays, and is its country), armed where its words
    say so; a definite one ("the ...") is first the armed group or body named before it fits.
    Never a named body: a capitalised word that is not a state's stops it, unless another
    finder named it (then it is whose the sources are, read once all actors are known)."""
    s = ctx.scan
    for k in range(len(s)):
        tok = s.tok(k)
        if k in ctx.claimed or tok.pos_ not in ("NOUN", "PROPN"):
            continue
        lemma = tok.lemma_.casefold()
        plural = tok.tag_ in ("NNS", "NNPS")
        if lemma == "official" and plural and (_reach_only(ctx, k) or _plain_officials(ctx, k)):
            pass  # "regional officials said": a place's officials the article leaves unnamed
        elif lemma not in _SPEAKING_BODIES or (lemma == "source" and not plural):
            continue  # one source is a person (sources.anonymous_sources)
        if not _gives_word(tok):
            continue
        left = tok.left_edge.i
        det = left if left < k and (s.lower(left) in _COUNTING or s.tok(left).like_num) else None
        first = left if det is None else left + 1
        if first >= k and lemma != "official":
            continue  # "a group said", "sources said": nothing describes it
        country: str | None = None
        owner_at: Span | None = None
        ok = True
        for i in range(first, k):
            w = s.tok(i)
            if w.is_lower or (w.is_sent_start and w.text[1:].islower()):
                if w.pos_ not in ("ADJ", "NOUN", "VERB") or i in ctx.claimed:
                    ok = False
                continue
            state = country_by_demonym(w.text) or country_by_name(w.text)
            if state is not None and i not in ctx.claimed:
                country = state.iso2
            elif i in ctx.claimed and any(m.span.contains(s.span(i, i + 1)) for m in ctx.mentions):
                owner_at = s.span(first, k)  # "Hamas sources": the sources are Hamas's
            else:
                ok = False
        if not ok:
            continue
        if lemma == "agency" and (
            det is None
            or owner_at is not None
            or any(m.span.contains(s.span(k, k + 1)) for m in ctx.mentions)
        ):
            # "the U.N. refugee agency" is the UN's, a headline's "Israeli agency says" is no
            # body's description, and "the Israeli military agency ..., COGAT," is COGAT
            continue
        named = _group_named(ctx, tok, owner_at)
        if named is not None:
            # "the M23 rebel group": the group is the one named, not a body of its own
            start = det if det is not None else first
            yield replace(named, span=s.span(start, k + 1)), range(start, k + 1)
            continue
        words = [s.tok(i).text for i in range(first, k)]
        if words and s.tok(first).is_sent_start and s.tok(first).text[1:].islower():
            words[0] = words[0].lower()  # "Local resistance committees" opening a sentence
        name = " ".join([*words, tok.text if tok.text.isupper() else tok.lower_])
        armed = any(s.lower(i) in lexicon.ARMED_WORDS for i in range(first, k))
        kind = ActorKind.ARMED_GROUP if armed else ActorKind.ORGANIZATION
        start = det if det is not None else first
        # "the ethnic rebel group said": first the group named before, if one fits
        definite = det is not None and s.lower(det) == "the" and lemma in ("group", "agency")
        refers_back: str | None = None
        if definite and lemma == "agency":
            # "COGAT, the Israeli military agency that ... The Israeli military agency said":
            # the body the article so described before, if one
            refers_back = "described:agency"
        elif definite:
            refers_back = "group:armed" if armed else "group:"
        yield (
            Mention(
                s.span(start, k + 1),
                kind,
                ("unnamed", name.casefold()),
                name,
                country=country,
                owner_at=owner_at,
                refers_back=refers_back,
                stands_alone=definite,
            ),
            range(start, k + 1),
        )


def _group_named(ctx: Context, tok: Token, owner_at: Span | None) -> Mention | None:
    """The mention of a named body right before ``tok`` when 'group' only says what it is
    ("the M23 rebel group", "the Hamas militant group"): 'Hamas sources' are Hamas's, but a
    group after its name is that body."""
    if owner_at is None or tok.lemma_.casefold() != "group":
        return None
    return next(
        (
            m
            for m in ctx.mentions
            if m.span.start <= owner_at.start < m.span.end and m.kind is not ActorKind.STATE
        ),
        None,
    )


def _reach_only(ctx: Context, k: int) -> bool:
    """Whether only words of how far an office reaches stand before the officials at ``k``
    ("regional officials", "local officials"), no state's or body's name: those officials are
    of a place the article leaves unnamed, one body of officials with no owner."""
    s = ctx.scan
    left = s.tok(k).left_edge.i
    if s.lower(left) in _COUNTING:
        left += 1
    return left < k and all(s.lower(i) in REACH and i not in ctx.claimed for i in range(left, k))


# The work lower-case words say unnamed officials do, no body's name: "security officials said".
_OFFICIALS_WORK = frozenset(
    {"security", "health", "aid", "humanitarian", "medical", "intelligence", "border"}
    | {"defence", "defense", "relief", "rescue", "emergency", "senior", "top"}
)


def _plain_officials(ctx: Context, k: int) -> bool:
    """Whether the officials at ``k`` are described by nothing or by lower-case words of their
    work alone ("officials said", "security officials said", "the officials said"): officials
    the article leaves unnamed and of no owner its words name, one body of officials."""
    s = ctx.scan
    if "\n" not in s.text[: s.tok(k).idx]:
        return False  # a headline's "officials say": those the story names (attribution)
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in s.tok(k).children):
        return False  # "officials of the administration": the administration's
    left = s.tok(k).left_edge.i
    if s.lower(left) in _COUNTING:
        left += 1
    return all(
        s.lower(i) in _OFFICIALS_WORK and s.tok(i).is_lower and i not in ctx.claimed
        for i in range(left, k)
    )


def _gives_word(tok: Token) -> bool:
    """Whether ``tok`` is the subject of a verb of speech or of giving a figure, or follows
    "according to"."""
    if not speaks(tok):
        return False
    return tok.dep_ == "pobj" or (tok.dep_ == "nsubj" and tok.head.lemma_.casefold() in WORD_GIVING)


# What one state or body leads for others, named by its leader: "the Kenyan-led security mission".
_LED_BODIES = frozenset({"mission", "coalition"})


def led_bodies(ctx: Context) -> Iterator[Found]:
    """A mission or coalition another leads, named by its leader and what it does ("the
    Kenyan-led security mission said", "a UN-led mission", "the Saudi-led coalition"): one
    body of its own, named as written, found before the leader's own name is ("UN" is the
    mission's word here, not the UN acting); its leader is no owner (the mission is many
    states', not the leader's)."""
    s = ctx.scan
    for k in range(3, len(s)):
        if s.lower(k) not in _LED_BODIES or s.tok(k).pos_ != "NOUN" or not ctx.free(k, k + 1):
            continue
        led = k - 1
        while led > k - 3 and s.tok(led).is_lower and s.tok(led).pos_ in ("ADJ", "NOUN"):
            led -= 1  # "security", "multinational peacekeeping"
        if s.lower(led) != "led" or s.lower(led - 1) != "-" or s.tok(led - 1).whitespace_:
            continue
        leader = s.name_ending_at(led - 2)
        if leader is None and s.demonym_at(led - 2) is not None:
            leader = (led - 2, led - 1)
        if leader is None or not ctx.free(leader[0], k + 1):
            continue
        name = s.words(leader[0], k + 1)
        start = leader[0] - 1 if s.lower(leader[0] - 1) in ("the", "a", "an") else leader[0]
        yield (
            Mention(
                s.span(start, k + 1), ActorKind.ORGANIZATION, ("unnamed", name.casefold()), name
            ),
            range(start, k + 1),
        )


# Nouns of a body that an acronym in apposition names: "the mission, UNMISS, said".
_APPOSED_BODIES = frozenset(
    {"mission", "agency", "office", "force", "body", "organisation", "organization"}
    | {"commission", "programme", "program", "fund", "operation"}
)
# The United Nations' words before a body's noun: "the U.N. mission".
_UN_WORDS = frozenset({"u.n.", "un", "united nations"})


def apposed_acronyms(ctx: Context) -> Iterator[Found]:
    """An acronym set off by commas after a body's noun ("The mission, UNMISS, said"; "the
    agency, OCHA,"): that body's own name, an organisation the tagger may miss. Part of the
    United Nations where the article calls the body so ("the U.N. mission") at that noun or at
    the same noun's last mention before it; else of no one."""
    s = ctx.scan
    for k in range(2, len(s) - 1):
        acronym = s.tok(k)
        if not (
            acronym.is_alpha
            and acronym.is_upper
            and len(acronym) >= 3
            and s.lower(k - 1) == ","
            and s.lower(k + 1) in (",", ")", ";")
            and s.lower(k - 2) in _APPOSED_BODIES
            and s.tok(k - 2).pos_ == "NOUN"
            and ctx.free(k, k + 1)
            and not country_by_name(acronym.text)
        ):
            continue
        noun = k - 2
        start = noun
        while start > 0 and s.lower(start - 1) not in ("the", ",", ".") and noun - start < 4:
            start -= 1
        if s.lower(start - 1) != "the":
            continue  # "the mission, UNMISS," but not "a peace mission, UNMISS,"
        name = acronym.text
        yield (
            Mention(
                s.span(start - 1, k + 1),
                ActorKind.ORGANIZATION,
                ("org", name.casefold()),
                name,
                part_of="United Nations" if _un_body(s, start, noun) else None,
            ),
            range(k, k + 1),
        )
        yield from _same_name_later(ctx, name, k)
    yield from _described_acronyms(ctx)
    yield from _named_missions(ctx)
    yield from _owned_agencies(ctx)
    yield from _country_named_bodies(ctx)


# The last word of a body's name that opens with its country's: "the United Kingdom Maritime
# Trade Operations", "the Freedonia Ports Authority". A state's forces ("the United States
# Navy") are the forces' finders'.
# A state's military command named with the country's name: "U.S. Central Command" is an armed
# force of the United States.
_MILITARY_COMMANDS = frozenset({"command"})
_COUNTRY_BODY_HEADS = lexicon.BODY_HEADS | frozenset(
    {"operations", "ministry", "department", "bureau", "service", "services", "administration"}
    | {"directorate", "board", "organisation", "organization", "programme", "program", "fund"}
    | _MILITARY_COMMANDS
)


def _country_named_bodies(ctx: Context) -> Iterator[Found]:
    """A name of capitalised words opening with a country's name and closing with a body's
    noun ("The United Kingdom Maritime Trade Operations (UKMTO) agency said"): one
    organisation of that country, not the country, whatever the tagger made of it; an acronym
    in brackets right after it, and the acronym alone elsewhere, name the same body."""
    s = ctx.scan
    i = 0
    while i < len(s) - 1:
        found = _country_named_body(ctx, i)
        if found is None:
            i += 1
            continue
        country, end = found
        name = s.words(i, end)
        key = ("org", name.casefold())
        first = i - 1 if s.lower(i - 1) == "the" else i
        # the country's name is part of the body's, which is of that country: no owner named
        military = s.lower(end - 1) in _MILITARY_COMMANDS
        kind = ActorKind.ARMED_GROUP if military else ActorKind.ORGANIZATION
        mention = Mention(s.span(first, end), kind, key, name, country=country.iso2)
        yield mention, range(first, end)
        acronym = s.tok(end + 1) if end + 2 < len(s) else None
        if (
            acronym is not None
            and s.lower(end) == "("
            and s.lower(end + 2) == ")"
            and acronym.is_upper
            and acronym.is_alpha
            and len(acronym) >= 3
        ):
            yield from _same_name_later(ctx, acronym.text, -1, like=mention)
        i = end


def _country_named_body(ctx: Context, i: int) -> tuple[Country, int] | None:
    """The country and the end of the body's name opening at ``i``."""
    s = ctx.scan
    if s.lower(i) == "the" or not _name_word(s.tok(i)):
        return None
    if i > 0 and s.lower(i - 1) != "the" and _name_word(s.tok(i - 1)):
        return None  # 'the Kenya Ports Authority' opens at Kenya, not inside a longer name
    for lead in range(min(len(s), i + 3), i, -1):
        if s.tok(lead - 1).text[:1] in ("'", "\u2019"):
            continue  # "Peru's Shining Path Front": the country owns a body of another name
        country = country_by_name(s.words(i, lead))
        if country is not None:
            break
    else:
        return None
    end = lead
    while end < len(s) and s.tok(end).is_title and s.tok(end).is_alpha:
        end += 1
    if end == lead or s.lower(end - 1) not in _COUNTRY_BODY_HEADS:
        return None
    if any(country_by_name(s.words(j, j + 1)) for j in range(lead, end)):
        return None
    if not ctx.free(i, end):
        return None
    return country, end


# Nouns of a body an apposition after an acronym describes it by: "COGAT, the Israeli military
# agency that coordinates aid,"; "ANSF, the Afghan security force".
_DESCRIBED_BODIES = _APPOSED_BODIES | frozenset(
    {"ministry", "department", "authority", "service", "directorate", "council", "committee"}
    | {"group", "unit", "institute", "bureau", "watchdog", "regulator", "body"}
)


def _described_acronyms(ctx: Context) -> Iterator[Found]:
    """An acronym the tagger missed, set off by an apposition that describes it as a body:
    "COGAT, the Israeli military agency that coordinates aid, said", or set off after one: "the
    Israeli military agency that oversees aid crossings, COGAT, said". An organisation named by
    the acronym (an armed group where the description says so), of the one state the
    description names ("Israeli": Israel), else of no one."""
    s = ctx.scan
    for k in range(len(s) - 1):
        acronym = s.tok(k)
        if not (
            acronym.is_alpha
            and acronym.is_upper
            and len(acronym) >= 3
            and s.lower(k + 1) == ","
            and ctx.free(k, k + 1)
            and not country_by_name(acronym.text)
        ):
            continue
        if _no_body_acronym(s, k):
            continue
        if k == 0 or s.lower(k - 1) != ",":
            # the parse may miss the apposition after a dateline ("JERUSALEM, Nov 25 - COGAT,
            # the Israeli military agency"): read the words, a determiner and a body's noun
            # after its modifiers
            if k + 3 < len(s) and (noun := _described_noun(s, k + 2, len(s))) is not None:
                yield from _described(ctx, k, k + 2, noun)
            continue
        # "the Israeli military agency that oversees aid crossings, COGAT,": the nearest
        # determiner of the sentence before it that opens a body's description
        sent = acronym.sent.start
        for d in range(k - 2, max(sent, k - 16) - 1, -1):
            if (noun := _described_noun(s, d, k - 1)) is not None:
                yield from _described(ctx, k, d, noun)
                break


def _no_body_acronym(s: Scan, k: int) -> bool:
    """Whether the word in capitals at ``k`` before a comma is no body's acronym: a place the
    places layer knows ("trucks entering GAZA, a UN agency said"), the last word of a longer
    name in capitals ("reached EL FASHER,"), or an object closing a clause whose speaker
    follows ("aid reached KADUGLI, a UN agency said": the agency speaks, it is no apposition)."""
    acronym = s.tok(k)
    if s.is_place(s.span(k, k + 1)):
        return True
    before = s.tok(k - 1) if k > 0 else None
    if before is not None and before.is_alpha and before.is_upper and len(before) >= 2:
        return True
    if acronym.dep_ not in ("dobj", "pobj"):
        return False
    speaker = next((i for i in range(k + 2, min(k + 8, len(s))) if s.tok(i).dep_ == "nsubj"), None)
    if speaker is None:
        return False
    head = s.tok(speaker).head
    return head.i > speaker and head.lemma_.casefold() in WORD_GIVING


def _described_noun(s: Scan, d: int, end: int) -> int | None:
    """The body's noun (before ``end``) of the description a determiner at ``d`` opens: "the
    Israeli military agency"; None where it opens none."""
    if s.lower(d) not in ("the", "a", "an"):
        return None
    noun = next(
        (
            i
            for i in range(d + 1, min(d + 6, end))
            if s.lower(i) in _DESCRIBED_BODIES and s.tok(i).pos_ == "NOUN"
        ),
        None,
    )
    if noun is None or s.tok(noun).tag_ != "NN":
        return None
    if any(s.tok(i).pos_ not in ("ADJ", "PROPN", "NOUN") for i in range(d + 1, noun)):
        return None
    return noun


def _described(ctx: Context, k: int, d: int, noun: int) -> Iterator[Found]:
    """The acronym at ``k`` and its description from ``d`` to ``noun``: one body."""
    s = ctx.scan
    acronym = s.tok(k)
    words = [s.tok(i) for i in range(d + 1, noun)]
    states = {
        c.iso2: c
        for w in words
        if w.text[:1].isupper() and (c := country_by_demonym(w.text) or country_by_name(w.text))
    }
    owner = None
    if len(states) == 1:
        state = next(iter(states.values()))
        at = next(w.i for w in words if w.text[:1].isupper())
        owner = state_owner(state, s.span(at, at + 1))
    armed = any(w.lower_ in lexicon.ARMED_WORDS for w in words)
    name = acronym.text
    mention = Mention(
        s.span(k, k + 1),
        ActorKind.ARMED_GROUP if armed else ActorKind.ORGANIZATION,
        ("org", name.casefold()),
        name,
        country=owner.country if owner else None,
        owner=owner,
    )
    yield mention, range(k, k + 1)
    # the description names it too: a speaker phrase the parse reads as "the Israeli military
    # agency ... said" is the agency's, not the state's named inside it
    yield replace(mention, span=s.span(d, noun + 1)), range(0)
    yield from _same_name_later(ctx, name, k)


def _owned_agencies(ctx: Context) -> Iterator[Found]:
    """A state's agency of some kind named right after its noun: "Britain's maritime agency
    UKMTO said", "France's nuclear agency ASN". An organisation of that state, the whole phrase
    its words (the speaker is the agency, not the state inside it); a news agency is media."""
    s = ctx.scan
    for i in range(1, len(s) - 1):
        if not _kind_of_agency(s, i):
            continue
        end = i + 1
        while end < len(s) and _name_word(s.tok(end)) and s.tok(end).pos_ == "PROPN":
            end += 1
        if end == i + 1 or not ctx.free(i + 1, end):
            continue
        name = s.words(i + 1, end)
        if country_by_name(name) or s.is_place(s.span(i + 1, end)):
            continue
        mods = s.modifiers_before(i, irregular_words=IRREGULAR, skip_modifiers=True)
        owner = mods.owner
        if owner is None or owner.kind is not ActorKind.STATE:
            continue
        mention = Mention(
            s.span(mods.start, end),
            ActorKind.ORGANIZATION,
            ("org", name.casefold()),
            name,
            country=owner.country,
            owner=owner,
        )
        yield mention, range(mods.start, end)
        yield from _same_name_later(ctx, name, i + 1)


def _same_name_later(
    ctx: Context, name: str, k: int, *, like: Mention | None = None
) -> Iterator[Found]:
    """ "MONUSCO later said": a body's one-word name alone elsewhere (than token ``k``) names
    the same body: an organisation of that name, or the body of the mention ``like``."""
    s = ctx.scan
    for j in range(len(s)):
        if j != k and s.tok(j).text == name and ctx.free(j, j + 1):
            if like is None:
                key = ("org", name.casefold())
                mention = Mention(s.span(j, j + 1), ActorKind.ORGANIZATION, key, name)
            else:
                mention = replace(like, span=s.span(j, j + 1))
            yield mention, range(j, j + 1)


# What a body sends out under a name of its own: "the European Union's naval mission, Aspides".
_NAMED_MISSIONS = frozenset({"mission", "operation"})


def _named_missions(ctx: Context) -> Iterator[Found]:
    """A body's mission or operation with its own name set off by commas after it ("The
    European Union's naval mission in the region, Aspides, said"; "the U.N. mission, Alpha,"):
    an organisation of its own, part of the organisation named as the mission's owner (or of
    the United Nations, as for an apposed acronym); not a place nor a person the article names."""
    s = ctx.scan
    for tok in s.sdoc:
        noun = tok.head
        k = tok.i
        if not (
            tok.dep_ == "appos"
            and tok.pos_ == "PROPN"
            and noun.lower_ in _NAMED_MISSIONS
            and noun.pos_ == "NOUN"
            and noun.i < k
            and s.lower(k - 1) == ","
        ):
            continue
        start = k
        while start > 0 and s.tok(start - 1).pos_ == "PROPN" and s.tok(start - 1).head.i == k:
            start -= 1
        end = k + 1
        if s.lower(start - 1) != "," or s.lower(end) not in (",", ")", ";", "."):
            continue
        if not ctx.free(start, end):
            continue
        name = s.words(start, end)
        # the apposition names a body, whatever the NER called the name elsewhere (a town's
        # name: "Atalanta"); a place only where the places layer or the countries say so
        if s.is_place(s.span(start, end)) or country_by_name(name) or country_by_capital(name):
            continue
        if any(s.tok(i).ent_type_ == "PERSON" or not s.tok(i).is_title for i in range(start, end)):
            continue  # 'the mission's head, Ann Lee,': a person
        first = noun.left_edge.i
        owner = next((c for c in noun.children if c.dep_ == "poss"), None)
        part_of = None
        if owner is not None:
            first = owner.i + 1 + (s.lower(owner.i + 1) in ("'s", "’s", "'"))
            body = next(
                (
                    m
                    for m in ctx.mentions
                    if m.key[0] == "org"
                    and m.kind is ActorKind.ORGANIZATION
                    and m.span.start <= s.tok(owner.i).idx < m.span.end
                ),
                None,
            )
            part_of = body.name if body is not None else None
        elif _un_body(s, first, noun.i):
            part_of = "United Nations"
        yield (
            Mention(
                s.span(first, end),
                ActorKind.ORGANIZATION,
                ("org", name.casefold()),
                name,
                part_of=part_of,
            ),
            range(start, end),
        )
        if end - start == 1:
            yield from _same_name_later(ctx, name, k)


def _un_body(s: Scan, start: int, noun: int) -> bool:
    """Whether the body's noun at ``noun`` (its phrase opening at ``start``) or the same noun's
    last mention before it is the United Nations' ("the U.N. mission")."""
    word = s.lower(noun)
    for j in range(noun, 0, -1):
        if s.lower(j) != word or (j != noun and s.tok(j).pos_ != "NOUN"):
            continue
        first = start if j == noun else max(j - 3, 0)
        words = {s.lower(i) for i in range(first, j)}
        if first < j and (words & _UN_WORDS or "united nations" in s.words(first, j).casefold()):
            return True
        if j != noun:
            return False
    return False


# The staff of a named hospital or clinic who speak together without a name: "doctors at
# Madina hospital said".
_STAFF = frozenset({"doctors", "medics", "nurses", "paramedics", "staff"})


def _site_staff(ctx: Context) -> Iterator[Found]:
    """The unnamed staff of a named site that speak ("Doctors at Madina hospital said ..."): a
    body of their own, like "medical sources", which works for the site (its ``owner_at``, the
    site's name), not the site itself speaking."""
    s = ctx.scan
    for tok in s.sdoc:
        k = tok.i
        if tok.lower_ not in _STAFF or tok.pos_ != "NOUN" or not ctx.free(k, k + 1):
            continue
        if tok.dep_ != "nsubj" or s.lower(k + 1) not in ("at", "in", "from"):
            continue
        site = next((c for c in s.tok(k + 1).children if c.dep_ == "pobj"), None)
        if site is None or site.lower_ not in _SPEAKING_SITES or site.i < k + 2:
            continue
        name = s.name_ending_at(site.i - 1)
        if name is None or not s.tok(name[0]).is_title:
            continue
        site_name = f"{s.words(name[0], site.i)} {site.text[:1].upper()}{site.text[1:].lower()}"
        start = k - 1 if s.lower(k - 1) == "the" else k
        yield (
            Mention(
                s.span(start, k + 1),
                ActorKind.ORGANIZATION,
                ("unnamed", tok.lower_, site_name.casefold()),
                tok.lower_,
                owner_at=s.span(name[0], site.i + 1),
            ),
            range(start, k + 1),
        )


# Common nouns after a name that make it an area's: "the X neighbourhood", "X district".
_AREA_NOUNS = frozenset(
    {"neighbourhood", "neighborhood", "district", "quarter", "village", "town", "street"}
    | {"road", "square", "suburb", "township", "locality", "area"}
)


def _only_a_site_name(ctx: Context, start: int, end: int) -> bool:
    """A name that modifies a site's noun ("the Natanz enrichment plant", "the Fordow site")
    and stands nowhere else in the article without one: the site's name, not an organisation
    ("the Hezbollah arms depot" keeps Hezbollah where the article names the group alone)."""
    s = ctx.scan
    if not names_a_site(ctx, start, end):
        return False
    words = [s.tok(i).text for i in range(start, end)]
    n = len(words)
    for i in range(len(s) - n + 1):
        if (
            i != start
            and [s.tok(i + j).text for j in range(n)] == words
            and not names_a_site(ctx, i, i + n)
            and not ctx.names_a_place(i, i + n)
        ):
            return False
    return True


# Words after a name that make it a formation of a state's forces, whose units the state's
# ministry speaks of: "the Centre group of forces".
_FORMATIONS = frozenset({"group of forces", "grouping of forces", "group of troops"})


def _formations(ctx: Context) -> Iterator[Found]:
    """ "units of the Centre group of forces": a formation of a state's forces, named by the
    capitalised words before the formation's words, whose state the sentence's speaker says
    (read once all actors are known)."""
    s = ctx.scan
    for k in range(1, len(s) - 2):
        formation = " ".join(s.lower(i) for i in range(k, k + 3))
        if formation not in _FORMATIONS:
            continue
        start = k
        while start > 0 and s.tok(start - 1).is_title and not s.tok(start - 1).is_sent_start:
            start -= 1
        if start == k or not ctx.free(start, k + 3):
            continue
        first = start - 1 if s.lower(start - 1) == "the" else start
        name = f"{s.words(start, k)} {formation}"
        yield (
            Mention(
                s.span(first, k + 3), ActorKind.ARMED_GROUP, ("formation", name.casefold()), name
            ),
            range(start, k + 3),
        )


def _numbered_units(ctx: Context) -> Iterator[Found]:
    """A numbered unit of a force ("the 33rd Front", "the 47th Mechanised Brigade", "the Fifth
    Fleet"; the shape :func:`sitrep.geo.notplaces.military_unit` reads): an armed group named
    as written, whatever the tagger made of it (an organisation, a place, nothing)."""
    s = ctx.scan
    for k in range(len(s) - 1):
        if not ordinal(s.tok(k).text):
            continue
        # the first unit word after the rank ('the 5th Army Corps' is the 5th Army's)
        j = next(
            (j for j in range(k + 1, min(k + 4, len(s))) if military_unit(s.sdoc, k, j + 1) == k),
            None,
        )
        if j is not None and ctx.free(k, j + 1):
            name = s.words(k, j + 1)
            first = k - 1 if s.lower(k - 1) == "the" else k
            key = ("org", name.casefold())
            yield Mention(s.span(first, j + 1), ActorKind.ARMED_GROUP, key, name), range(k, j + 1)


# Sites whose staff speak for them: "a spokesperson for Nasser hospital", "Al-Awda Hospital said".
_SPEAKING_SITES = frozenset({"hospital", "clinic", "university"})


def _speaking_sites(ctx: Context) -> Iterator[Found]:
    """A named hospital (or clinic, university) that speaks or has someone speak for it: the
    subject of a verb, or the body after a person's "for", "of" or "at" ("a spokesperson for
    Nasser hospital", "a doctor at Al-Awda hospital"). Named as a place of harm ("killed at
    Nasser hospital") it stays a site."""
    s = ctx.scan
    for tok in s.sdoc:
        if tok.lower_ not in _SPEAKING_SITES or tok.i == 0:
            continue
        name = s.name_ending_at(tok.i - 1)
        if name is None or not ctx.free(name[0], tok.i + 1):
            continue
        start = name[0]
        if s.lower(start) == "the" or not s.tok(start).is_title:
            continue
        speaks = tok.dep_ == "nsubj" or (
            tok.dep_ == "pobj"
            and tok.head.lower_ in ("for", "of", "at")
            and tok.head.head.pos_ == "NOUN"
            and tok.head.head.i < tok.head.i
            and tok.head.head.lower_ not in lexicon.SITE_NOUNS
        )
        if not speaks:
            continue
        text = f"{s.words(start, tok.i)} {tok.text[:1].upper()}{tok.text[1:].lower()}"
        first = start - 1 if s.lower(start - 1) == "the" else start
        yield (
            Mention(
                s.span(first, tok.i + 1), ActorKind.ORGANIZATION, ("org", text.casefold()), text
            ),
            range(start, tok.i + 1),
        )


# Words that make a name a model's: "Shahed-type drones", "Kilo-class submarines".
_MODEL_WORDS = frozenset({"type", "class", "model", "series"})


def _weapon_model(s: Scan, start: int, end: int) -> bool:
    """A name that modifies a weapon's noun counted or typed as arms are ("84 Shahed-type
    drones", "three Iskander-M ballistic missiles"): the weapon's model, no one acting; a group
    named before its arms ("Hamas rockets") has neither number nor model word. So is a
    weapon's own common noun that a headline's capitals made a name ("Rockets kill 2
    Israelis")."""
    root = s.sdoc[start:end].root
    if end - start == 1 and root.pos_ == "NOUN" and root.lemma_.lower() in lexicon.WEAPONS:
        return True
    tok, hops = root, 0
    typed = False
    while tok.dep_ in ("compound", "nmod", "amod") and tok.head.i > tok.i and hops < 3:
        tok = tok.head
        hops += 1
        typed = typed or tok.lower_ in _MODEL_WORDS
        if tok.lemma_.lower() in lexicon.WEAPONS:
            counted = any(c.dep_ == "nummod" for c in tok.children)
            return typed or counted
    return False


def _joined_names(s: Scan, start: int, end: int) -> bool:
    """Two or more bare names joined by "and" that the NER took for one organisation ("the
    strikes on Haris and Tallousa"): no word of the span names a body, a force or an outlet, so
    the names are places or others' names, not one actor's."""
    words = [s.lower(i) for i in range(start, end)]
    if "and" not in words and "&" not in words:
        return False
    joined = [i for i in range(start, end) if s.lower(i) in ("and", "&")]
    if len(joined) != 1 or joined[0] - start > 2 or end - joined[0] - 1 > 2:
        return False  # "Armed Conflict Location and Event Data Project": one long name
    if any(
        j in (start, end - 1) or not s.tok(j - 1).is_title or not s.tok(j + 1).is_title
        for j in joined
    ):
        return False
    root = s.sdoc[start:end].root
    if root.dep_ == "nsubj":
        return False  # 'Marks and Spencer said ...': a firm speaks, places do not
    plain = {w.removesuffix("s") for w in words} | set(words)
    return not (
        plain & lexicon.BODY_HEADS
        or plain & _ARMED_HEADS
        or plain & lexicon.MEDIA_NAME_WORDS
        or plain & lexicon.MEDIA_NOUNS
        or any(lexicon.INSTITUTIONS.get((w,)) for w in words)
        or plain & _ORGANISATION_WORDS
    )


# The words between a state's name and "Forces" or "Army" that name its own military ("the
# Israeli Defense Forces", "the Ukrainian Armed Forces"). "National", "Democratic", "Liberation"
# and the like are left out: "the Syrian National Army", "the Syrian Democratic Forces" and "the
# Sudan People's Liberation Army" are groups of their own, of no state (and their country is
# left unknown: a name's toponym says where a group fights, not that a state owns it).
_STATE_MILITARY_WORDS = frozenset({"defense", "defence", "armed"})


def _state_military(s: Scan, start: int, end: int) -> Country | None:
    """The state whose military tokens ``start:end`` name: its name or demonym, a word of
    defence or none, and "Forces" or "Army" ("Israeli Defense Forces")."""
    if end - start not in (2, 3) or s.lower(end - 1) not in ("forces", "army"):
        return None
    if end - start == 3 and s.lower(start + 1) not in _STATE_MILITARY_WORDS:
        return None
    return s.demonym_at(start) or s.country_named(s.span(start, start + 1))


# Words of a name that make it a body's even when it joins two names ("Ministry of Culture and
# Tourism", "Bureau of Democracy and Human Rights").
_ORGANISATION_WORDS = frozenset(
    {
        "ministry",
        "department",
        "bureau",
        "group",
        "brothers",
        "sons",
        "co",
        "inc",
        "ltd",
        "watch",
        "rights",
        "development",
        "affairs",
        "relief",
        "service",
        "services",
        "doctors",
        "forces",
        "guard",
        "police",
        "army",
        "navy",
        "university",
        "hospital",
        "school",
        "college",
        "institute",
        "programme",
        "program",
        "fund",
        "organization",
        "organisation",
        "national",
        "international",
        "united",
        "democratic",
        "republican",
        "liberation",
        "justice",
        "peace",
        "security",
        "defence",
        "defense",
        "health",
        "human",
        "project",
        "data",
    }
)


# Platforms that carry statements: the place words were posted, not an actor, unless acting.
_PLATFORMS = frozenset(
    {"telegram", "x", "twitter", "facebook", "youtube", "whatsapp", "tiktok", "instagram"}
)


def _medium(s: Scan, start: int, end: int) -> bool:
    """A platform named as where something was posted or said: 'on Telegram', 'via X', 'on
    the Telegram messaging app'."""
    # 'said on X.' at a sentence's end: the tokenizer may keep the full stop on the name
    if end - start != 1 or s.lower(start).rstrip(".") not in _PLATFORMS:
        return False
    if s.lower(start - 1) in ("on", "via"):
        return True  # 'wrote on X.' where the parser hung the name on the verb, not on 'on'
    head = s.tok(start).head
    if head.dep_ == "pobj" and head.i > start:
        head = head.head  # 'on the Telegram messaging app'
    return head.lower_ in ("on", "via", "through", "in") and head.i < start


_ARMED_HEADS = frozenset(
    {"army", "forces", "militia", "militias", "brigade", "brigades", "battalion", "battalions"}
)
