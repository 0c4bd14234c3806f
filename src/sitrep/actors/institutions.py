"""Institutions, forces and populations: what a state or polity has, and who suffers.

Ministries, authorities, officials and the like belong to the owner before or after them
("Bolivia's defence ministry", "officials in Quito"); regular forces with an owner are that
owner's military; ethnic, irregular and "X-backed" groups are named as written, with no state.
With no owner, "the ministry" or "the army" refers back to an earlier actor or to none.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from typing import TYPE_CHECKING

from sitrep.actors import TERRITORIAL, lexicon
from sitrep.actors.context import (
    IRREGULAR,
    LOCAL_BODIES,
    SPEECH_VERBS,
    WORD_GIVING,
    Context,
    Found,
    Mention,
    definite,
    kept_anonymous,
    owned,
    speaking_official,
    speaks,
)
from sitrep.actors.scan import POSSESSIVES, ActorKey, Modifiers, Owner, Scan, name_word
from sitrep.geo.countries import country_by_demonym, country_by_name
from sitrep.records import ActorKind, Span

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = [
    "forces",
    "institutions",
    "ministries",
    "populations",
]


def ministries(ctx: Context) -> Iterator[Found]:
    s = ctx.scan
    for k in range(len(s)):
        if s.lower(k) != "ministry" or k in ctx.claimed:
            continue
        portfolio: str | None = None
        first, end = k, k + 1
        for n in (2, 1):
            words = " ".join(s.lower(k - n + i) for i in range(n))
            if k - n >= 0 and words in lexicon.MINISTRIES:
                portfolio, first = lexicon.MINISTRIES[words], k - n
                break
        if portfolio is None and s.lower(k + 1) == "of":
            for n in (2, 1):
                words = " ".join(s.lower(k + 2 + i) for i in range(n))
                if words in lexicon.MINISTRIES:
                    portfolio, end = lexicon.MINISTRIES[words], k + 2 + n
                    break
        mods = s.modifiers_before(first, irregular_words=frozenset())
        owner = mods.owner
        if owner is None and (after := s.owner_after(end - 1)) is not None:
            owner, end = after
        head = f"Ministry of {portfolio}" if portfolio else "Ministry"
        key = ("ministry", portfolio or "")
        start = mods.start
        if owner is None and s.lower((lead := _controller(s, start)) - 1) == "the":
            start = lead - 1  # "the Hamas-run ministry": the whole phrase names the ministry
        span = s.span(start, end)
        if owner is not None:
            mention = owned(span, ActorKind.ORGANIZATION, key, head, owner)
        else:
            # "the health ministry" with none named before: a health ministry of unknown
            # owner, for its words say which one it is; a bare "the ministry" names none
            mention = definite(
                span,
                ActorKind.ORGANIZATION,
                key,
                head,
                f"ministry:{portfolio or ''}",
                stands_alone=portfolio is not None,
            )
            mention = replace(mention, run_by=_run_by(ctx, start))
        yield mention, range(first, end)


# Controllers that make a body the controller's own: "the Houthi-run health ministry".
_RUNS = frozenset({"run", "controlled", "led"})


def _run_by(ctx: Context, start: int) -> Owner | None:
    """The organisation or armed group that runs the body whose words open at ``start`` ("the
    Houthi-run health ministry", "the Hamas-controlled government"); None for no such one."""
    s = ctx.scan
    k = start + 1 if s.lower(start) == "the" else start
    name_end = _controller_name_end(s, k)
    if name_end is None or s.lower(name_end + 2) not in _RUNS:
        return None
    found = ctx.organisation_ending_at(name_end)
    if found is None or found[0].kind not in (ActorKind.ORGANIZATION, ActorKind.ARMED_GROUP):
        return None
    return found[0]


def _controller_name_end(s: Scan, k: int) -> int | None:
    """The last token of a controller's name opening at token ``k`` ("Houthi" in "Houthi-run
    health ministry"): the token before the first hyphen of a controller word."""
    for j in range(k, min(k + 5, len(s) - 2)):
        if s.lower(j + 1) == "-" and s.lower(j + 2) in lexicon.CONTROLLED:
            return j
        if s.tok(j).pos_ != "PROPN":
            return None
    return None


def _controller(s: Scan, first: int) -> int:
    """Where a hyphenated controller before token ``first`` begins ("Hamas-run", "Iranian-
    backed", "rebel-held"); ``first`` itself when there is none."""
    if first < 3 or s.lower(first - 2) != "-" or s.lower(first - 1) not in lexicon.CONTROLLED:
        return first
    start = first - 3
    while start > 0 and s.tok(start - 1).pos_ == "PROPN" and s.tok(start - 1).text[:1].isupper():
        start -= 1
    return start


def institutions(ctx: Context) -> Iterator[Found]:
    """A state's, polity's or place's body: "Peru's prosecutor general's office", "officials in
    Lima", "the city's council"; with no owner, a body of unknown owner when its name says which
    one it is ("the emergency service"), else a reference back ("the government")."""
    s = ctx.scan
    for k in range(len(s)):
        if k in ctx.claimed or s.tok(k).pos_ not in ("NOUN", "PROPN"):
            continue
        if kept_anonymous(s.tok(k)) or speaking_official(s.tok(k)):
            # "a Hamas official, who asked not to be named,": one person, an anonymous source
            # (sources.anonymous_sources), not the body of officials; so is "a Syrian official
            # said"
            continue
        # a modifier names no body ("government forces"), save before a title that holds a
        # post in it ("a Rwandan government spokeswoman")
        modifier = (
            s.tok(k).dep_ in ("amod", "compound")
            and s.tok(k).head.i > k
            # "the army general staff said" is the army's word
            and s.tok(k).head.lower_ not in _COMMANDS
        )
        member = s.tok(k).head.i == k + 1 and (
            s.lower(k + 1) in _MEMBERS_OF_BODY
            # "Kenyan police officers came under fire": members of the state's police
            or (s.lower(k) == "police" and s.lower(k + 1) in _POLICE_MEMBERS)
        )
        if (
            modifier
            and not member
            and (s.tok(k).head.i != k + 1 or ctx.title_ending_at(k + 1) is None)
        ):
            continue
        found = ctx.phrase_ending_at(lexicon.INSTITUTIONS, k)
        if found is None:
            if not modifier and (service := _state_service(ctx, k)) is not None:
                yield service
            continue
        if not ctx.free(found[0], k + 1):
            continue
        first, head = found
        if (
            head == "Civil Defence"
            and s.lower(k) in ("defence", "defense")
            and (not (modifier or member) or s.tok(k).is_title)
            # "Lebanon's civil defence said": the state's body, in lower case
            and (s.tok(k).is_title or s.tok(first - 1).text not in POSSESSIVES)
        ):
            # a bare "Civil Defence" before no one speaking for it ("the Syrian Civil Defence")
            # is a name of its own, left to the organisations
            continue
        if head == "Opposition" and (s.lower(k + 1) in ("to", "'s") or s.lower(first - 1) == "in"):
            continue  # 'opposition to the plan', 'in opposition': a stance, no body
        owners, joint_start = s.owners_before(first, irregular_words=IRREGULAR)
        if len(owners) > 1 and s.tok(k).tag_ in ("NNS", "NNPS"):
            # "Egyptian and Qatari mediators said": one body of speakers from several states,
            # named as such (a claim has one speaker); each state is its owner mention
            name = f"{head} of {' and '.join(o.name for o in owners)}"
            for o in owners:
                yield Mention(o.span, o.kind, o.key, o.name, country=o.country), range(0)
            yield _named_as_written(s, joint_start, k + 1, name)
            continue
        installed = _installed_by(ctx, first)
        if installed is not None:
            # "Russian-installed officials said": the officials of the administration a state
            # set up, named as written; the state is no owner of theirs
            yield _named_as_written(s, installed, k + 1, s.words(installed, k + 1))
            continue
        mods = ctx.owner_before(first, skip_modifiers=True)
        if (named := _named_body(ctx, mods, head, first, k)) is not None:
            yield named
            continue
        if member and s.lower(k + 1) in _POLICE_MEMBERS and _capitalised_name(s, k):
            # "Park Police officers": members of a force named by words that may also name a
            # place; whose force it is the words do not tell
            continue
        owner, end = mods.owner, k + 1
        if owner is None and (after := s.owner_after(k, seat=True)) is not None:
            owner, end = after
            if head.casefold() in LOCAL_BODIES and owner.kind is not ActorKind.STATE:
                # "Police in Kandahar province": where the police stand, not whose they are;
                # ownerless police, whose state the sentence's places tell (see coref)
                owner, end = None, k + 1
        key = ("institution", head.casefold())
        if mods.irregular:
            # "the ethnic Armenian administration": named as written, no state.
            start = mods.start + (1 if s.lower(mods.start) == "the" else 0)
            name = _as_written(s, start, k + 1)
            yield (
                Mention(
                    s.span(mods.start, k + 1),
                    ActorKind.ORGANIZATION,
                    ("institution", name.casefold()),
                    name,
                ),
                range(mods.start, k + 1),
            )
        elif owner is not None:
            span = s.span(mods.start, end)
            yield owned(span, ActorKind.ORGANIZATION, key, head, owner), range(first, k + 1)
        elif (
            (modifier or member)
            and s.tok(max(first - 1, 0)).dep_ != "poss"
            and (first == 0 or s.lower(first - 1) not in ("the", "this", "that", "these", "those"))
        ):
            # "a civil defence official said": one speaking for a body the words name, whose
            # owner the article does not tell (a later "the civil defence" is the same body)
            mention = definite(
                s.span(first, k + 1),
                ActorKind.ORGANIZATION,
                key,
                head,
                f"institution:{head.casefold()}",
                stands_alone=first < k or head == "Police",
            )
            yield mention, range(first, k + 1)
        elif s.lower(first - 1) in _REGIONAL and s.lower(first - 2) == "the":
            # "the regional prosecutor's office said": the body of the region named last, else
            # a body whose words say which one it is, of a region the article leaves unnamed
            region = s.region_before(first - 1)
            span = s.span(first - 2, k + 1)
            if region is not None:
                yield (
                    owned(span, ActorKind.ORGANIZATION, key, head, region),
                    range(first - 1, k + 1),
                )
            else:
                name = f"{s.tok(first - 1).text.capitalize()} {head}"
                yield (
                    Mention(span, ActorKind.ORGANIZATION, ("institution", name.casefold()), name),
                    range(first - 1, k + 1),
                )
        elif (lead := _referring_start(s, head, first, k)) is not None:
            # "the Hamas-run ministry": who runs it is no owner; the phrase refers back.
            # "Police fired tear gas": the police, whose state the article may tell
            mention = definite(
                s.span(lead, k + 1),
                ActorKind.ORGANIZATION,
                key,
                head if first < k else head.lower(),
                f"institution:{head.casefold()}",
                stands_alone=first < k or head == "Police",
            )
            yield replace(mention, run_by=_run_by(ctx, lead)), range(first, k + 1)


# Nouns that head a state's service named by what it does: "Israel's ambulance service".
_SERVICE_NOUNS = frozenset({"service", "services", "agency", "directorate", "department"})
# Nouns of a state's agency that an adjective of its domain may name: "the UK maritime agency",
# "France's nuclear safety authority".
_AGENCY_NOUNS = frozenset({"agency", "authority"})
# Adjectives before an agency's noun that say nothing of its domain.
_NO_DOMAIN = frozenset(
    {"new", "same", "main", "other", "own", "former", "only", "top", "federal", "national"}
    | {"state", "official", "local", "regional", "government", "news", "spy", "intelligence"}
    | {"military"}
)


def _domain_word(tok: Token, k: int, agency: bool) -> bool:
    """A lower-case word of a service's domain before its noun at ``k``: a noun ("ambulance
    service"), or before an agency's noun an adjective too ("maritime agency")."""
    if not (tok.text.isalpha() and tok.text.islower()):
        return False
    if tok.pos_ == "NOUN" and tok.dep_ == "compound":
        return True
    return (
        agency
        and tok.pos_ == "ADJ"
        and tok.dep_ == "amod"
        and tok.head.i == k
        and tok.lower_ not in _NO_DOMAIN
    )


def _state_service(ctx: Context, k: int) -> Found | None:
    """A state's service named by one or two common nouns before a body noun at token ``k``
    ("Israel's ambulance service", "the Greek fire service"): its own organisation of that
    state, not the state. None unless a state or polity owns it."""
    s = ctx.scan
    agency = s.lower(k) in _AGENCY_NOUNS
    if not (agency or s.lower(k) in _SERVICE_NOUNS) or s.tok(k).text != s.lower(k):
        return None
    first = k
    while first > 0 and k - first < 2 and _domain_word(s.tok(first - 1), k, agency):
        first -= 1
    if first == k or not ctx.free(first, k + 1):
        return None
    mods = ctx.scan.modifiers_before(first, irregular_words=IRREGULAR)
    owner = mods.owner
    if owner is None or mods.irregular or owner.kind not in TERRITORIAL:
        return None
    noun = "service" if s.lower(k) == "services" else s.lower(k)
    domain = s.words(first, k).split()
    span = s.span(mods.start, k + 1)
    named = _agency_named_before(ctx, owner, domain) if agency else None
    if named is not None:
        # "The United Kingdom Maritime Trade Operations (UKMTO) ... the UK maritime agency
        # said": the state's body named before whose name holds the domain's words
        mention = replace(named, span=span, owner=owner)
        return mention, range(first, k + 1)
    head = " ".join(w.capitalize() for w in (*domain, noun))
    key = ("institution", head.casefold())
    return owned(span, ActorKind.ORGANIZATION, key, head, owner), range(first, k + 1)


def _agency_named_before(ctx: Context, owner: Owner, domain: list[str]) -> Mention | None:
    """An organisation of the owner's state already found under a name of its own that holds
    every word of the domain ("United Kingdom Maritime Trade Operations" for "maritime")."""
    for m in ctx.mentions:
        if m.kind is not ActorKind.ORGANIZATION or m.country is None or m.key[0] != "org":
            continue
        words = set(m.name.casefold().split())
        if m.country == owner.country and all(w in words for w in domain):
            return m
    return None


# Body words that close a force's or service's own name after a proper noun: "the U.S. Capitol
# police" is the force called "U.S. Capitol Police", not the police of something called Capitol.
_NAME_CLOSING_BODIES = frozenset({"Police"})


def _named_body(ctx: Context, mods: Modifiers, head: str, first: int, k: int) -> Found | None:
    """A force named by the proper nouns right before its body word ("the U.S. Capitol police",
    "Capitol Police said"): one organisation named as written, the body word capitalised. Only
    when the name before it is one the NER alone calls an organisation (a known group's police,
    "Hamas police", stay that group's), with no possessive between; else None."""
    s = ctx.scan
    owner = mods.owner
    if (
        head not in _NAME_CLOSING_BODIES
        or first != k
        or k == 0
        or s.tok(k - 1).pos_ != "PROPN"
        or s.tok(k - 1).text in POSSESSIVES
    ):
        return None
    # "U.S. Park Police": a state's name, then a name of the force's own, then "Police" in
    # capitals; "Capitol Police officers": a name the NER leaves untagged
    own_name = (
        s.tok(k).is_title
        and s.tok(k - 1).is_title
        and (owner is None or s.tok(k - 1).idx >= owner.span.end)
    )
    if not own_name and (owner is None or owner.key[0] != "org"):
        return None
    start = k - 1
    while start > 0 and s.tok(start - 1).pos_ == "PROPN" and s.tok(start - 1).text[:1].isupper():
        start -= 1
    if not ctx.free(start, k + 1):
        return None
    lead = start - 1 if s.lower(start - 1) == "the" else start
    name = f"{s.words(start, k)} {head}"
    key = ("institution", name.casefold())
    # "U.S. Capitol Police": a state's name opening the force's name says whose force it is
    state = country_by_name(s.tok(start).text) if start < k - 1 else None
    country = state.iso2 if state is not None else None
    if country is None and owner is not None and owner.kind is ActorKind.STATE:
        country = owner.country  # "Afghan National Police": the demonym's state's force
    mention = Mention(s.span(lead, k + 1), ActorKind.ORGANIZATION, key, name, country=country)
    return mention, range(lead, k + 1)


def _capitalised_name(s: Scan, k: int) -> bool:
    """Whether "Police" at token ``k`` is capitalised after a capitalised proper noun, as in a
    force's own name ("Park Police")."""
    return k > 0 and s.tok(k).is_title and s.tok(k - 1).is_title and s.tok(k - 1).pos_ == "PROPN"


# Adjectives that tie a body to the region the story is in: "the regional prosecutor's office".
_REGIONAL = frozenset({"regional", "provincial"})

# Who set up an administration or its officials: "Russian-installed", "Moscow-appointed".
_INSTALLED = frozenset({"installed", "appointed", "imposed"})


def _named_as_written(s: Scan, start: int, end: int, name: str) -> Found:
    """An organisation named by ``name``, at tokens ``start:end`` ('Egyptian and Qatari
    mediators', 'Russian-installed officials')."""
    key = ("institution", name.casefold())
    return Mention(s.span(start, end), ActorKind.ORGANIZATION, key, name), range(start, end)


def _installed_by(ctx: Context, first: int) -> int | None:
    """The first token of "Russian-installed" ("Moscow-appointed") right before an institution's
    word at ``first``, when a state's or capital's name opens it; else None."""
    s = ctx.scan
    if s.lower(first - 1) not in _INSTALLED or s.lower(first - 2) != "-":
        return None
    name = s.tok(first - 3) if first >= 3 else None
    if name is None or not name.text[:1].isupper():
        return None
    if ctx.scan.demonym_at(name.i) is None and not ctx.names_a_place(name.i, name.i + 1):
        return None
    return name.i


# What kind of government a state has, between "the" and "government": "the military government".
_GOVERNMENT_FORMS = frozenset({"military", "interim", "transitional", "caretaker", "civilian"})


def _referring_start(s: Scan, head: str, first: int, k: int) -> int | None:
    """Where an ownerless institution's words begin: at its "the" ("the ministry", "the
    Hamas-run ministry"), or at the word itself for a bare "Police" acting with no name
    before it ("Police fired tear gas", not "Capitol Police"); None for neither."""
    if s.lower(first - 1) == "the":
        return first - 1
    if head == "Government" and s.lower(first - 1) in _GOVERNMENT_FORMS:
        # "the military government of Captain X", "the interim government": the government
        # of whichever state it governs, not the man who leads it
        return first - 2 if s.lower(first - 2) == "the" else None
    if s.lower((lead := _controller(s, first)) - 1) == "the":
        return lead - 1
    bare_police = (
        head == "Police"
        and first == k
        and s.tok(k).dep_ in ("nsubj", "nsubjpass", "conj")
        and not any(c.dep_ in ("compound", "amod") for c in s.tok(k).lefts)
    )
    return k if bare_police else None


def forces(ctx: Context) -> Iterator[Found]:
    """Armed forces of a state ("Azerbaijani troops"), and irregular or ethnic armed groups."""
    s = ctx.scan
    for k in range(len(s)):
        if k in ctx.claimed:
            continue
        modifier = (
            s.tok(k).dep_ in ("amod", "compound")
            and s.tok(k).head.i > k
            # "the army general staff said" is the army's word
            and s.tok(k).head.lower_ not in _COMMANDS
        )
        # "army spokesman" is no force; "a Myanmar military air strike" names the state's
        # the tagger takes rare nouns for adjectives ("the junta said"): a word in a noun's
        # place is one
        nominal = (
            s.tok(k).pos_ in ("NOUN", "PROPN")
            or s.tok(k).dep_ in _NOMINAL_DEPS
            or s.lower(k - 1) in ("'s", "’s", "the")
        )
        if (modifier or not nominal) and not (modifier and _state_force_modifier(ctx, k)):
            continue
        two = f"{s.lower(k - 1)} {s.lower(k)}"
        pair = two in lexicon.STATE_FORCE_NOUNS or two in lexicon.IRREGULAR_FORCE_NOUNS
        first = k - 1 if pair else k
        noun = two if first < k else s.lower(k)
        irregular_noun = noun in lexicon.IRREGULAR_FORCE_NOUNS
        if not (irregular_noun or noun in lexicon.STATE_FORCE_NOUNS):
            continue
        mods = ctx.owner_before(first, skip_modifiers=True)
        owner: Owner | None = mods.owner
        if owner is not None and owner.kind in TERRITORIAL and _named_before(s, mods.start):
            continue  # "the Free Syrian Army": a group's name, left to the organisations
        if owner is not None and owner.kind in TERRITORIAL and _insurgent_name(s, mods.start, k):
            # "the Balochistan Liberation Army": the group's own name, whole
            start = mods.start + (1 if s.lower(mods.start) == "the" else 0)
            name = s.words(start, k + 1)
            mention = Mention(
                s.span(start, k + 1), ActorKind.ARMED_GROUP, ("armed", name.casefold()), name
            )
            yield mention, range(start, k + 1)
            continue
        end = k + 1
        if (
            owner is None
            and not irregular_noun
            and not _named_before(s, first)
            and (after := s.owner_after(k)) is not None
        ):
            owner, end = after
        backed = any(s.lower(i).endswith("backed") for i in range(max(0, first - 3), first))
        # An organisation's forces ("Hamas fighters") are named as written, and are its own.
        group_owner = owner if owner is not None and owner.kind not in TERRITORIAL else None
        if irregular_noun or mods.irregular or backed or group_owner is not None:
            start = first
            while start > 0 and start - 1 not in ctx.claimed and _names_group(s, start - 1):
                start -= 1
            if group_owner is not None:
                start = min(start, mods.start + (1 if s.lower(mods.start) == "the" else 0))
            name = s.words(start, k + 1)
            # "Insurgents" opening a sentence are insurgents
            if s.lower(start) in IRREGULAR or s.tok(start).is_lower or start == k:
                name = _lower_start(name)
            key: ActorKey = ("armed", name.casefold())
            if start < first and group_owner is None and s.names_group(s.words(start, first)):
                name = s.words(start, first)  # "the Fano militia" is Fano
                key = s.group_key(name)
            bare = start == first
            # "the terrorist militia": a side's word for a group named before, no new group
            labelled = (
                group_owner is None
                and s.lower(start - 1) == "the"
                and (
                    (not bare and all(s.lower(i) in _LABELS for i in range(start, first)))
                    # "the militia", "the paramilitary": the one armed group named before
                    or (bare and noun in _ONE_GROUP)
                )
            )
            if s.lower(start - 1) == "the":
                start -= 1
            if (
                group_owner is not None
                and noun in WHOLE_GROUP_NOUNS
                and _right_before(s, group_owner, first)
            ):
                # "Houthi rebels", "the ELN rebels": the noun says what the group is, so the
                # phrase names the group itself ("ELN fighters" are the group's own fighters)
                kind, owner_key = group_owner.kind, group_owner.key
                if kind is ActorKind.ORGANIZATION and s.names_group(group_owner.name):
                    # "the KDL militia": a name the tagger called an organisation that the
                    # article names an armed group by is that group, not a body besides it
                    kind, owner_key = ActorKind.ARMED_GROUP, s.group_key(group_owner.name)
                yield (
                    Mention(
                        s.span(start, k + 1),
                        kind,
                        owner_key,
                        group_owner.name,
                        country=group_owner.country,
                    ),
                    range(first, k + 1),
                )
                continue
            group_at = _group_named_after(s, k) if group_owner is None else None
            if group_at is not None:
                # the fighters of one group are not another's
                key = (*key, group_at.text(s.text).casefold())
            yield (
                Mention(
                    s.span(start, k + 1),
                    ActorKind.ARMED_GROUP,
                    key,
                    name,
                    owner=group_owner,
                    refers_back=(
                        "group:armed"
                        if labelled
                        else f"armed:{noun}"
                        if bare and start < first
                        # "killed 40 rebels" after "M23 rebels": the one group so called
                        else f"armed-one:{noun}"
                        if bare and noun in WHOLE_GROUP_NOUNS and _no_determiner(s, first)
                        else None
                    ),
                    stands_alone=True,
                    owner_at=group_at,
                ),
                range(first, k + 1) if group_owner is not None else range(start, k + 1),
            )
        elif owner is not None:
            span = s.span(mods.start, end)
            mention = owned(span, ActorKind.ARMED_GROUP, ("forces",), "Military Forces", owner)
            yield mention, range(first, k + 1)
            yield from _coordinated_forces(ctx, mods.start)
        elif noun in _TROOP_NOUNS and first == k and _pro_government(s, k - 1):
            # "pro-government forces": a group that fights for the state, none of its own
            # forces; whose government it sides with is told when all actors are known
            start = k - 3
            name = _lower_start(s.words(start, k + 1))
            yield (
                Mention(
                    s.span(start, k + 1),
                    ActorKind.ARMED_GROUP,
                    ("armed", name.casefold()),
                    name,
                    stands_alone=True,
                ),
                range(start, k + 1),
            )
        elif (
            noun in _TROOP_NOUNS
            and first == k
            and s.lower(k - 1) in _OF_THE_STATE
            and s.tok(k - 1).head.i == k
            # "pro-government forces" are no state's
            and not (s.lower(k - 2) == "-" and not s.tok(k - 2).whitespace_)
            and k - 1 not in ctx.claimed
        ):
            # "Government troops clashed with rebels": the forces of the one state whose forces
            # the article names, else of the state it is told from, else of no state we can tell
            lead = k - 2 if s.lower(k - 2) == "the" else k - 1
            yield (
                Mention(
                    s.span(lead, k + 1), ActorKind.ARMED_GROUP, ("forces",), "government forces"
                ),
                range(k - 1, k + 1),
            )
        elif noun == "force" and s.lower(first - 1) == "the" and s.lower(k + 1) != "of":
            # "a spokesman for the force said": the one force named before (the RSF, a state's
            # police, a security mission), else nothing ("the force of the blast" is none)
            yield (
                definite(
                    s.span(first - 1, k + 1), ActorKind.ARMED_GROUP, ("forces",), noun, "force"
                ),
                range(first, k + 1),
            )
        elif noun in _BARE_FORCES and (s.lower(_article(s, first)) == "the" or _bare_speaker(s, k)):
            det = _article(s, first)
            span = s.span(det if s.lower(det) == "the" else first, k + 1)
            # "the army said" with no army named before: the army, of no country we can tell;
            # "the ruling military council" is the junta
            back = "forces:junta" if noun in _MILITARY_GOVERNMENTS else "forces"
            yield (
                definite(span, ActorKind.ARMED_GROUP, ("forces",), noun, back, stands_alone=True),
                range(first, k + 1),
            )


def _pro_government(s: Scan, j: int) -> bool:
    """Whether token ``j`` is the "government" of "pro-government" (or "pro-regime")."""
    return (
        j >= 2
        and s.lower(j) in _OF_THE_STATE
        and s.lower(j - 1) == "-"
        and not s.tok(j - 1).whitespace_
        and not s.tok(j - 2).whitespace_
        and s.lower(j - 2) == "pro"
    )


def _no_determiner(s: Scan, first: int) -> bool:
    """Whether a plural group noun at ``first`` stands with no word before it that makes it
    some group's or a kind of its own ("their rebels", "Islamist rebels"); a number may
    stand there ("killed 40 rebels")."""
    return not any(c.dep_ in ("det", "poss", "amod", "compound") for c in s.tok(first).lefts)


# What one side calls a group it fights, no description of a group of its own: "the terrorist
# militia" (the Sudanese army's word for the RSF), "the criminal gangs".
_LABELS = frozenset({"terrorist", "criminal", "mercenary"})
# Nouns in the singular that name one whole armed group: "the militia said", "the
# paramilitary's fighters" refer to the group named before.
_ONE_GROUP = frozenset({"militia", "paramilitary"})


def _group_named_after(s: Scan, k: int) -> Span | None:
    """ "Fighters of Colombia's National Liberation Army (ELN)": the words naming the group an
    irregular force noun at ``k`` is of, an owner's possessive left out, to be read as an
    actor once all are known; none unless a name that is no place follows "of"."""
    if s.lower(k + 1) != "of":
        return None
    first = k + 3 if s.lower(k + 2) == "the" else k + 2
    end = first
    while end < len(s) and end - first < 8:
        if s.lower(end) in ("'s", "’s") and end > first:
            first = end = end + 1  # past "Colombia's"
        elif s.tok(end).text[:1].isupper() and s.tok(end).pos_ in ("PROPN", "ADJ"):
            end += 1
        else:
            break
    if end == first or s.is_place(s.span(first, end)):
        return None
    if s.lower(end) in ("group", "movement", "militia"):
        end += 1  # "the Islamic State group"
    if s.lower(first - 1) == "the":
        first -= 1
    return s.span(first, end)


# Who speaks for a body without being its title-holder: "a civil defence official said".
_MEMBERS_OF_BODY = frozenset({"official", "officials", "source", "sources", "worker", "workers"})

# Who serve in a police force, named after its word: "Kenyan police officers". Only the police:
# "officials" of any body speak for it, while a "Park Police officer" is a member of the force
# called Park Police (see _named_body), not of a body of something called Park.
_POLICE_MEMBERS = frozenset({"officer", "officers"})

# The command of a force, that speaks for it: "the army general staff", "the army command".
_COMMANDS = frozenset({"staff", "command", "headquarters", "leadership"})
_NOMINAL_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "poss", "appos", "conj"})
# A state's forces named bare ("the army said"), and those that govern ("the junta").
_MILITARY_GOVERNMENTS = frozenset({"junta", "military council"})
# Words before a force noun that say it is a state's, whichever state: "government troops".
_OF_THE_STATE = frozenset({"government", "state", "regime"})
_TROOP_NOUNS = frozenset({"forces", "troops", "soldiers"})
_BARE_FORCES = frozenset({"army", "military", "armed forces", "air force"}) | _MILITARY_GOVERNMENTS


# Nouns that say what an armed group is rather than name some of its members: "Houthi rebels"
# are the Houthis, "RSF fighters" the RSF's fighters.
WHOLE_GROUP_NOUNS = frozenset(
    {
        "rebels",
        "militants",
        "insurgents",
        "guerrillas",
        "jihadists",
        "separatists",
        "militia",
        "militias",
        "paramilitaries",
    }
)


def _right_before(s: Scan, owner: Owner, first: int) -> bool:
    """Whether the owner's name stands right before the noun at ``first``, with no possessive
    between ("Hamas militants", not "Hamas's militants")."""
    return not s.text[owner.span.end : s.tok(first).idx].strip()


def _article(s: Scan, first: int) -> int:
    """Where the article of a bare force noun would stand: before 'ruling' in "the ruling
    junta"."""
    return first - 2 if s.lower(first - 1) == "ruling" else first - 1


# Words in the name of an insurgent army: "the Balochistan Liberation Army", "the Sudan
# People's Liberation Army", "the Kachin Independence Army".
_INSURGENT_WORDS = frozenset(
    {"liberation", "revolutionary", "resistance", "independence", "patriotic", "salvation"}
)


def _insurgent_name(s: Scan, start: int, first: int) -> bool:
    """Whether a word between a place and a force noun makes the phrase a group's name
    ("Balochistan Liberation Army"), not the forces of the place ("Kosovo's army")."""
    return any(
        s.tok(i).is_title and s.lower(i) in _INSURGENT_WORDS for i in range(start + 1, first)
    )


def _named_before(s: Scan, first: int) -> bool:
    """Whether the force noun at ``first`` ends a name that opens with a word of its own
    ("the Revolutionary Armed Forces of Colombia", "the Free Syrian Army of ..."): a group's
    name, not the forces of the state named after it."""
    if first == 0:
        return False
    before, tok = s.tok(first - 1), s.tok(first)
    return (
        before.is_title
        and before.pos_ in ("PROPN", "ADJ")
        and before.ent_type_ == "ORG"
        and tok.ent_iob_ == "I"
    )


def _coordinated_forces(ctx: Context, j: int) -> Iterator[Found]:
    """The other states of a coordinated owner ("Russian and Syrian warplanes", "Turkish,
    Russian and Iranian troops"): each names its own state's forces, the word alone its span."""
    s = ctx.scan
    while s.lower(j - 1) in ("and", ",") and j - 1 not in ctx.claimed:
        other = ctx.owner_before(j - 1)
        if (
            other.owner is None
            or other.owner.kind not in TERRITORIAL
            or other.start >= j - 1
            # a demonym ("Russian and Syrian troops"), never a noun ("Armenia and Azerbaijani
            # forces" may be talks between a state and another's forces)
            or s.tok(j - 2).pos_ != "ADJ"
        ):
            return
        span = s.span(other.start, j - 1)
        yield (
            owned(span, ActorKind.ARMED_GROUP, ("forces",), "Military Forces", other.owner),
            range(other.start, j - 1),
        )
        j = other.start


# What a force's name modifies when the force acts or owns the thing: "a Myanmar military air
# strike", "Armenian army positions" (never its people: "Russian military officials").
_FORCE_ACTS = frozenset(
    {
        "strike",
        "airstrike",
        "raid",
        "attack",
        "assault",
        "offensive",
        "operation",
        "shelling",
        "bombardment",
        "bombing",
        "drone",
        "aircraft",
        "jet",
        "helicopter",
        "plane",
        "convoy",
        "vehicle",
        "tank",
        "position",
        "base",
        "post",
        "checkpoint",
        "camp",
        "unit",
        "patrol",
        "artillery",
        "missile",
        "rocket",
        "campaign",
        "crackdown",
    }
)


def named_groups(ctx: Context) -> Iterator[Found]:
    """A name the article gives an armed group ("the Fano militia"), standing alone elsewhere
    ("Fano said", "accused Fano"): that group, whatever the NER called it."""
    s = ctx.scan
    if not s.group_names:
        return
    k = 0
    while k < len(s):
        end = k
        while end < len(s) and name_word(s.tok(end)):
            end += 1
        if end > k and ctx.free(k, end) and s.names_group(s.words(k, end)):
            name = s.words(k, end)
            first = k - 1 if s.lower(k - 1) == "the" else k
            mention = Mention(s.span(first, end), ActorKind.ARMED_GROUP, s.group_key(name), name)
            ctx.org_ending[end - 1] = (first, mention)  # "a Fano commander": Fano's
            yield mention, range(first, end)
        k = max(end, k + 1)


def the_group(ctx: Context) -> Iterator[Found]:
    """ "the group", "the militant group": the armed group or organisation named last before
    it ("The Pakistani Taliban claimed the attack ... The group's spokesman said"), also as
    the one charged with an act ("accused the group of violating the truce")."""
    s = ctx.scan
    for k in range(1, len(s)):
        if s.lower(k) != "group" or k in ctx.claimed:
            continue
        if s.lower(k + 1) == "of" and not (k + 2 < len(s) and s.tok(k + 2).tag_ == "VBG"):
            continue  # 'the group of experts'; not 'accused the group of violating the truce'
        first = k - 1
        armed = s.lower(first) in lexicon.ARMED_WORDS
        if armed:
            first -= 1
        if s.lower(first) != "the" or not ctx.free(first, k + 1):
            continue
        tok = s.tok(k)
        if tok.dep_ == "compound" and s.lower(k + 1) not in ("'s", "’s"):
            continue  # 'the group leader', 'the group chat'
        yield (
            definite(
                s.span(first, k + 1),
                ActorKind.ARMED_GROUP if armed else ActorKind.ORGANIZATION,
                ("group",),
                "group",
                "group:armed" if armed else "group:",
            ),
            range(first, k + 1),
        )


def _bare_speaker(s: Scan, k: int) -> bool:
    """A headline's "army says", "Military denies": the force speaking with its article
    dropped, as headlines drop them."""
    tok = s.tok(k)
    return (
        tok.dep_ == "nsubj"
        and tok.head.lemma_ in SPEECH_VERBS
        and not any(c.dep_ in ("det", "poss") for c in tok.children)
    )


def _state_force_modifier(ctx: Context, k: int) -> bool:
    """A state's force named as a modifier: "a Myanmar military air strike", "an Azerbaijani
    army drone" (the state right before it)."""
    s = ctx.scan
    head = s.tok(k).head.lemma_
    if s.lower(k) not in lexicon.STATE_FORCE_NOUNS or head not in _FORCE_ACTS | _MEMBERS:
        return False
    owner = ctx.owner_before(k).owner
    return owner is not None and owner.kind is ActorKind.STATE


# Who speaks for a force without a name: "a Somali army officer said" is that army's word.
_MEMBERS = frozenset({"officer", "source", "spokesman", "spokeswoman", "spokesperson"})


def populations(ctx: Context) -> Iterator[Found]:
    s = ctx.scan
    for name, (start, k) in s.communities.items():
        # "an armed youth group from the Nuer community": a people, not an organisation
        if ctx.free(start, k + 1):
            key = ("population", name.casefold())
            yield (
                Mention(s.span(start, k + 1), ActorKind.POPULATION, key, name),
                range(start, k + 1),
            )
    for k in range(len(s)):
        tok = s.tok(k)
        if k in ctx.claimed or tok.dep_ in ("amod", "compound"):
            continue
        word = s.lower(k)
        is_people = word in lexicon.POPULATION_NOUNS and tok.pos_ == "NOUN"
        is_nation = (
            tok.ent_type_ == "NORP"
            and tok.tag_ in ("NNPS", "NNS")
            and country_by_demonym(tok.text) is not None
        )
        if not (is_people or is_nation):
            continue
        if word in lexicon.SITE_STAFF_NOUNS and s.lower(k + 1) in ("at", "in", "from"):
            continue  # "medics at Nasser hospital": the site's staff (organisations)
        if is_people and tok.dep_ == "poss" and tok.head.lower_ in lexicon.BODY_HEADS:
            continue  # "the United Nations children's agency": a body's kind, no people acting
        start = k
        country = None
        if is_people and (c := s.demonym_at(k - 1)) is not None:
            start, country = k - 1, c.iso2
        if s.lower(start - 1) in lexicon.ETHNIC_MARKERS:
            start -= 1
        name = s.words(start, k + 1)
        name = name if name[:1].isupper() and start < k else _lower_start(name)
        if is_nation and start == k:
            name = tok.text
        if (group := _speaking_group(s, k)) is not None:
            # "a group of volunteer medics said": a body that gives its word, not a people
            first = group - 1 if s.lower(group - 1) in ("a", "an", "the", "one") else group
            name = f"{s.lower(group)} of {_lower_start(s.words(group + 2, k + 1))}"
            key = ("unnamed", name.casefold())
            yield (
                Mention(s.span(first, k + 1), ActorKind.ORGANIZATION, key, name, country=country),
                range(first, k + 1),
            )
            continue
        yield (
            Mention(
                s.span(start, k + 1),
                ActorKind.POPULATION,
                ("population", name.casefold()),
                name,
                country=country,
            ),
            range(start, k + 1),
        )


# Nouns of a band of people that, when it speaks, is one body: "a group of volunteer medics".
_BANDS = frozenset({"group", "team", "network", "collective", "coalition"})


def _speaking_group(s: Scan, k: int) -> int | None:
    """The band noun whose people ``k`` are when that band gives its word ("a group of volunteer
    medics said", "according to a group of volunteer medics"): the group is a body then; a band
    that only suffers ("a group of farmers was attacked") stays a people."""
    tok = s.tok(k)
    if tok.dep_ != "pobj" or tok.head.lower_ != "of" or tok.head.i != tok.left_edge.i - 1:
        return None
    band = tok.head.head
    if band.lemma_.casefold() not in _BANDS or band.i != tok.head.i - 1 or not speaks(band):
        return None
    if band.dep_ == "nsubj" and band.head.lemma_.casefold() not in WORD_GIVING:
        return None
    return band.i


def _as_written(s: Scan, start: int, end: int) -> str:
    """A group's name as the article words it, lower-cased at the start ("ethnic Peruvian ...")."""
    return _lower_start(s.words(start, end))


def _lower_start(name: str) -> str:
    """A common noun phrase lower-cased at its start: its first letter; all of it when it is
    written in capitals ('CIVILIANS' is 'civilians', never 'cIVILIANS'); an acronym opening it
    stays ('NATO troops')."""
    if name.isupper():
        return name.lower()
    first = name.split(" ", 1)[0]
    if len(first) > 1 and first.isupper():
        return name
    return name[:1].lower() + name[1:]


def _names_group(s: Scan, i: int) -> bool:
    """Whether token ``i`` is part of an armed group's description ("pro-Russian", "Turkish-backed")."""
    tok = s.tok(i)
    return (
        tok.pos_ in ("ADJ", "PROPN")
        # the hyphen of "pro-Russian", never a dash standing between words
        or (tok.text == "-" and not tok.whitespace_)
        or tok.lower_.endswith("backed")
        or tok.lower_ in lexicon.ETHNIC_MARKERS
    )
