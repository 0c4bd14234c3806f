"""Persons and office holders: names with their role titles, unnamed offices, later surnames.

A title before a name gives the person a role and, through the words before the title, an owner
("Turkish Foreign Minister X", "UN Secretary-General X"); so does an appositive ("X, Peru's
president,") or a name in apposition to a role ("its spokeswoman, X,"). A role with no name
("Nagorno-Karabakh's leader") is an office holder named by the office.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from typing import TYPE_CHECKING

from sitrep.actors import lexicon
from sitrep.actors.context import (
    BARE_ARMY,
    IRREGULAR,
    REACH,
    Context,
    Found,
    Mention,
    army_of_no_country,
    definite,
    owned,
)
from sitrep.actors.scan import POSSESSIVES, Owner, Scan
from sitrep.actors.states import speaks_before_colon
from sitrep.geo.gazetteer import default_gazetteer
from sitrep.records import ActorKind, Span

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["offices", "persons", "plural_offices", "surnames", "unnamed_people"]

# Words of an organisation's name, never a person's ("General Assembly", "Security Council").
ORG_WORDS = frozenset(
    {
        "assembly",
        "council",
        "committee",
        "group",
        "staff",
        "ministry",
        "office",
        "agency",
        "court",
        "union",
        "army",
        "forces",
        "command",
        "service",
    }
)


def _person_names(ctx: Context) -> Iterator[tuple[int, int]]:
    s = ctx.scan
    seen: set[int] = set()
    for ent in s.sdoc.ents:
        if ent.label_ == "PERSON":
            # "The Public Defender": an article the NER took in is no part of a name
            start = ent.start + (1 if s.tok(ent.start).pos_ == "DET" else 0)
            end = ent.end
            while end > start and s.tok(end - 1).text in POSSESSIVES:
                end -= 1
            whole_title = ctx.title_ending_at(end - 1) if end > start else None
            if whole_title is not None and whole_title[0] <= start:
                continue  # "Lieutenant-Colonel" taken for a name of its own: the title only
            if end > start:
                seen.update(range(start, end))
                yield start, end
        elif ent.label_ == "ORG" and _named_for_a_role(ctx, ent.start, ent.end):
            seen.update(range(ent.start, ent.end))
            yield ent.start, ent.end
    # A title followed by capitalised proper nouns the NER missed ("President Erdogan").
    for i in range(len(s)):
        if i in seen or s.tok(i).pos_ != "PROPN" or not s.tok(i).is_title:
            continue
        if i == 0 or ctx.title_ending_at(i - 1) is None:
            continue
        end = i
        while (
            end < len(s)
            and s.tok(end).pos_ == "PROPN"
            and s.tok(end).is_title
            and s.tok(end).ent_type_ in ("", "PERSON")
            and s.lower(end) not in ORG_WORDS
            and ctx.title_ending_at(end) is None
        ):
            end += 1
        if end > i:
            seen.update(range(i, end))
            yield i, end
    # A name the NER missed set off by commas beside a person's role ("the acting mayor,
    # Ivan Petrenko, said"): two or three capitalised proper nouns in apposition to the title.
    for i in range(1, len(s)):
        if i in seen or s.tok(i - 1).text != ",":
            continue
        end = i
        while end < len(s) and end - i < 3 and _untagged_name_word(s.tok(end)):
            end += 1
        if (
            end - i >= 2
            and (end == len(s) or s.tok(end).is_punct)
            and not any(k in seen for k in range(i, end))
            and s.sdoc[i:end].root.head.i < i - 1
            and _named_for_a_role(ctx, i, end)
        ):
            seen.update(range(i, end))
            yield i, end


def _untagged_name_word(tok: Token) -> bool:
    return (
        tok.pos_ == "PROPN"
        and tok.is_title
        and tok.ent_type_ == ""
        and tok.is_alpha
        and tok.lower_ not in ORG_WORDS
    )


# Lower-case particles glued by a hyphen to a name's next part ("al-Ajri", "el-Sayed").
_NAME_PARTICLES = frozenset({"al", "el", "ad", "ar", "as", "ash", "at", "az", "bin", "ibn"})


def _named_for_a_role(ctx: Context, start: int, end: int) -> bool:
    """A name the NER called an organisation, set beside a person's role as its holder ("a
    spokesman for the separatists, Capo Daniel, denied", "regional governor Oleh Kiper"): two
    or three capitalised words, no word of an organisation's name."""
    s = ctx.scan
    words = s.sdoc[start:end]
    # a hyphen joins the parts of one word of a name ("Al-Fateh Qurashi", "Abdel-Malik al-Ajri")
    parts = [
        t
        for t in words
        if not (
            t.text == "-"
            and start < t.i < end - 1
            and not t.whitespace_
            and not words[t.i - start - 1].whitespace_
        )
    ]
    if not 2 <= len(words.text.split()) <= 3 or not all(
        t.pos_ == "PROPN"
        and (t.is_title or (t.lower_ in _NAME_PARTICLES and s.lower(t.i + 1) == "-"))
        for t in parts
    ):
        return False
    if any(s.lower(i) in ORG_WORDS for i in range(start, end)):
        return False
    if start > 0 and ctx.title_ending_at(start - 1) is not None:
        # "regional governor Oleh Kiper said", "President Gustavo Petro said": the role's
        # holder, named after it
        return True
    root = words.root
    return root.dep_ == "appos" and ctx.title_ending_at(root.head.i) is not None


def _is_not_a_person(ctx: Context, start: int, end: int) -> bool:
    return (
        not ctx.free(start, end)
        or ctx.names_a_place(start, end)
        or any(ctx.scan.lower(i) in ORG_WORDS for i in range(start, end))
        or names_a_site(ctx, start, end)
        or _dateline_place(ctx, start, end)
        or ctx.scan.names_group(ctx.scan.words(start, end))
        # a unit's name: "the group's Radwan force", "the Wolf brigade"; "the Kani People's
        # Defence Force", the NER taking the whole name for a person's
        or ctx.scan.lower(end) in UNIT_NOUNS
        or ctx.scan.lower(end - 1) in UNIT_NOUNS
        # a rank the NER tagged alone ("spokesman [Brigadier] General Nabil Abdallah")
        or all(ctx.scan.lower(i) in _RANK_WORDS for i in range(start, end))
    )


_RANK_WORDS = frozenset(w.lower() for rank in lexicon.RANKS for w in rank.split())


UNIT_NOUNS = frozenset(
    {"force", "unit", "brigade", "brigades", "battalion", "division", "regiment", "corps"}
)


def _dateline_place(ctx: Context, start: int, end: int) -> bool:
    """ "Stepanakert: shelling resumes": a one-word name opening a line before a colon that the
    gazetteer knows as a place is a dateline, whatever the NER made of it."""
    if end - start != 1 or not speaks_before_colon(ctx.scan, start, end):
        return False
    return bool(default_gazetteer().lookup(ctx.scan.words(start, end)))


def names_a_site(ctx: Context, start: int, end: int) -> bool:
    """ "the Abu Shouk displacement camp": a name after "the" that modifies a site noun (through
    other modifiers) is the site's name; so is a name right before the site noun it modifies
    ("at Nasser hospital")."""
    s = ctx.scan
    root = s.sdoc[start:end].root
    head = root.head
    if s.lower(start - 1) != "the":
        # "a spokesperson for Nasser hospital": a name right before a site noun it modifies
        return (
            head.i == end
            and root.dep_ in ("compound", "nmod")
            and head.lower_ in lexicon.SITE_NOUNS
            and head.pos_ in ("NOUN", "PROPN")
        )
    hops = 0
    while root.dep_ in ("compound", "nmod", "amod") and head.i > root.i and hops < 3:
        if head.pos_ == "NOUN" and head.lower_ in lexicon.SITE_NOUNS:
            return True
        root, head = head, head.head
        hops += 1
    return False


def _appositive_role(ctx: Context, start: int, end: int) -> tuple[str, Owner | None] | None:
    """ "Ilham Aliyev, Azerbaijan's president, ...": the role an appositive gives a name."""
    s = ctx.scan
    root = s.sdoc[start:end].root
    for child in root.children:
        if child.dep_ != "appos" or child.i < end:
            continue
        found = ctx.title_ending_at(child.i)
        if found is None:
            continue
        owner = ctx.title_owner(found[0])[0]
        serving = found[1] in lexicon.SERVING_TITLES
        if owner is None and (after := s.owner_after(child.i, serving=serving)) is not None:
            owner = after[0]
        return found[1], owner
    return None


def _named_in_apposition(
    ctx: Context, start: int, end: int
) -> tuple[str, Owner | None, int] | None:
    """ "the ministry's spokeswoman, Ana Soto, said": a name in apposition to a role; "a Hamas
    official, Osama Hamdan, told": one named official is a person with that role."""
    root = ctx.scan.sdoc[start:end].root
    if root.dep_ != "appos" or root.head.i >= start:
        return None
    role = root.head.i
    found = ctx.title_ending_at(role)
    if found is None and ctx.scan.lower(role) == "official":
        k = role - 1
        while k >= 0 and ctx.scan.tok(k).pos_ == "ADJ":  # 'a senior Hamas official'
            k -= 1
        found = (k + 1, "official")
    elif found is None and ctx.scan.lower(role) in _HEADS and _held_by_possessor(root.head):
        # "the army's chief, General X": a head of the body that owns the word
        found = (role, ctx.scan.tok(role).text)
    if found is None or not ctx.free(found[0], role + 1):
        return None
    owner, first = ctx.title_owner(found[0])
    return found[1], owner, first if owner is not None else start


# Words for the head of a body that are no title alone ("the army's chief, General X").
_HEADS = frozenset({"chief", "commander", "head", "leader"})


def _speaking_for(ctx: Context, start: int, end: int) -> tuple[str, Span] | None:
    """ "a spokesman for the defence ministry, Vagif Dargahli, said": the parse hangs the name
    on the body; the name holds the title before "for" (or "of", "at"), and works for the
    body, whose words are returned to be read as an actor once all are known."""
    s = ctx.scan
    root = s.sdoc[start:end].root
    body = root.head
    if root.dep_ != "appos" or body.i >= start or body.dep_ != "pobj":
        return None
    prep = body.head
    if prep.lower_ not in ("for", "of", "at") or prep.head.i >= prep.i:
        return None
    found = ctx.title_ending_at(prep.head.i)
    if found is None:
        return None
    words = [t for t in body.subtree if t.i < start - 1 or t.i >= end]
    words = [t for t in words if t.i < root.i and t.dep_ != "punct"]
    if not words:
        return None
    return found[1], s.span(words[0].i, words[-1].i + 1)


# Nouns for one who belongs to a body, a title before a name only with the body before them:
# "Hamas official Basem Naim", "Hezbollah lawmaker Hassan Fadlallah".
_MEMBER_NOUNS = frozenset({"official", "lawmaker", "legislator", "member", "deputy", "mp"})


def _member_before(ctx: Context, start: int) -> tuple[int, str] | None:
    """A member's noun right before a name, tied to it, with an owner before it ("Hamas
    official X", "Russian lawmaker X"): the noun's token and the noun as the person's title."""
    s = ctx.scan
    j = start - 1
    if j < 1 or s.lower(j) not in _MEMBER_NOUNS:
        return None
    if s.tok(j).tag_ != "NN" and not (s.tok(j).text == "MP" and s.tok(j).tag_ == "NNP"):
        return None
    if s.tok(j).dep_ != "compound" or s.tok(j).head.i < start:
        return None
    if ctx.title_owner(j)[0] is None:
        return None
    # "Hezbollah MP X": the acronym is the title as written
    return j, s.tok(j).text if s.tok(j).text == "MP" else s.lower(j)


def _rank_opening(ctx: Context, start: int, end: int) -> tuple[int, str] | None:
    """A title opening a person's name as tagged ("Brigadier Ali Khan"): where the name proper
    starts, and the title; None when the name opens with no title."""
    found = None
    for k in range(start, end - 1):
        title = ctx.title_ending_at(k)
        if title is not None and title[0] == start:
            found = (k + 1, title[1])
    return found


def _held_by_possessor(role: Token) -> tuple[Span, int, int] | None:
    """ "the government's chief negotiator, Otty Patino": the role is the person's, and
    whoever "the government" is, is theirs. The possessor's words (read as an actor once all
    are known), the role phrase's first token, and the role's first token after the possessive
    (what the person claims, leaving the possessor to the other finders)."""
    possessor = next((c for c in role.children if c.dep_ == "poss" and c.pos_ != "PRON"), None)
    if possessor is None:
        return None
    words = Span(possessor.left_edge.idx, possessor.idx + len(possessor))
    return words, role.left_edge.i, possessor.right_edge.i + 1


# Nouns heading the body a title before a name belongs to: "Azerbaijani defence ministry
# spokesman X", "a Rwandan government spokeswoman, X".
_BODY_NOUNS = frozenset(
    {
        "ministry",
        "government",
        "opposition",
        "army",
        "military",
        "police",
        "office",
        "presidency",
        "agency",
    }
)


def _body_before(ctx: Context, title_first: int) -> Span | None:
    """The words of the body named right before a title ("defence ministry spokesman",
    "Rwandan government spokeswoman"), read as an actor once all are known."""
    s = ctx.scan
    j = title_first - 1
    if j < 0 or s.lower(j) not in _BODY_NOUNS:
        return None
    body = s.tok(j)
    if body.dep_ not in ("compound", "nmod", "amod") or body.head.i < title_first:
        return None
    left = min(body.left_edge.i, s.tok(title_first).left_edge.i)
    while left < j and s.tok(left).pos_ == "DET":
        left += 1
    return s.span(left, j + 1)


def _forces_opening(ctx: Context, title: tuple[int, str]) -> Owner | None:
    """The army a title opens with ("Army chief X", "military chief X"), as for "Army
    spokesman X" (:meth:`Context.title_owner`)."""
    first, words = title
    if " " not in words or ctx.scan.lower(first) not in BARE_ARMY:
        return None
    return army_of_no_country(ctx.scan.span(first, first + 1))


def _body_after(role: Token) -> Span | None:
    """The words after a role's "for" ("a spokesperson for the UN human rights office")."""
    for prep in role.children:
        if prep.dep_ == "prep" and prep.lower_ in ("for", "of", "at"):
            body = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if body is not None:
                return Span(body.left_edge.idx, body.idx + len(body.text))
    return None


def _governed_region(
    ctx: Context, start: int, end: int, owner_at: Span | None = None
) -> Owner | None:
    """The region a governor named at tokens ``start:end`` with no owner governs: the region
    the words the role is of name ("The governor of Russia's Belgorod region, X,", at
    ``owner_at``; "Governor X of the Belgorod region"), else the region the governor's own
    sentence names before the title ("Russian drones hit Ukraine's Odesa region, regional
    governor X said"); none when it names none, or only a city (the region named in another
    sentence may be another's: "drones hit the city of Belgorod, the regional governor said"
    after a paragraph on the Donetsk region)."""
    s = ctx.scan
    if owner_at is not None:
        return s.region_within(owner_at)
    if s.lower(end) == "of":
        body = next((c for c in s.tok(end).children if c.dep_ == "pobj"), None)
        if body is not None:
            return s.region_within(s.span(end + 1, body.right_edge.i + 1))
    root = s.sdoc[start:end].root
    near = [start - 1, start - 2] if s.lower(start - 1) == "," else [start - 1]
    if root.dep_ == "appos":
        near.append(root.head.i)
    near.extend(c.i for c in root.children if c.dep_ == "appos")
    title = next((k for k in near if k >= 0 and s.lower(k) == "governor"), None)
    if title is None:
        return None
    return s.region_in_sentence(title)


def _region_of_state(ctx: Context, region: Owner) -> tuple[Owner, Mention | None]:
    """A governed region the article's words say is a state's ("Russia's Belgorod region"):
    the region as owner, with that state's country, and a mention of the region owned by the
    state, so that the governor is the region's and the region the state's."""
    if region.kind is not ActorKind.OTHER or region.country is not None:
        return region, None
    state = ctx.scan.region_state(region.span)
    if state is None:
        return region, None
    mention = Mention(
        region.span, region.kind, region.key, region.name, country=state.country, owner=state
    )
    return replace(region, country=state.country), mention


def _counterpart_title(ctx: Context) -> str | None:
    """A counterpart holds the title of the last titled person before them."""
    titled = [m for m in ctx.mentions if m.kind is ActorKind.PERSON and m.title]
    return titled[-1].title if titled else None


def persons(ctx: Context) -> Iterator[Found]:
    s = ctx.scan
    for start, end in sorted(set(_person_names(ctx))):
        if _is_not_a_person(ctx, start, end):
            continue
        # a rank the NER took into the name ("spokesman Brigadier Ali Khan") is a title
        rank = _rank_opening(ctx, start, end)
        name = s.words(rank[0] if rank else start, end)
        title: str | None = None
        owner: Owner | None = None
        named_role = None
        owner_at: Span | None = None
        first = claim_from = start
        found = ctx.title_ending_at(start - 1) or _member_before(ctx, start)
        if found is not None and found[1] in lexicon.RANKS:
            # "Army spokesman Colonel X": the role before the rank is what the person speaks as
            found = ctx.title_ending_at(found[0] - 1) or found
        if found is not None:
            claim_from = found[0]
            title = found[1]
            owner, first = ctx.title_owner(found[0])
            if owner is None:
                owner = _forces_opening(ctx, found)
            if owner is None:
                owner_at = _body_before(ctx, found[0])
            if owner is None and (role_of := _named_in_apposition(ctx, start, end)) is not None:
                # "the army's spokesman, Colonel Ali Said": the rank is the title, the role
                # before says whose the person is
                _, owner, role_first = role_of
                if owner is not None:
                    first = claim_from = role_first
                elif (held := _held_by_possessor(s.sdoc[start:end].root.head)) is not None:
                    owner_at, first, claim_from = held
            if owner is None and owner_at is None and found[1] in lexicon.RANKS:
                # "a spokesman for the army, Colonel Ali Musa": the rank is the title, the
                # body spoken for is whose the person is
                root = s.sdoc[start:end].root
                owner_at = _body_after(root.head) if root.dep_ == "appos" else None
                if owner_at is None and (speaking := _speaking_for(ctx, start, end)):
                    # "a spokesman for the KIA, Colonel Naw Bu": the parse hangs the name on
                    # the body, which is whose the person is
                    owner_at = speaking[1]
        elif (role := _appositive_role(ctx, start, end)) is not None:
            title, owner = role
            if owner is None:
                # "Dr. X, the director of the Aamin ambulance service,": the body after the
                # role is whose the person is
                owner_at = next(
                    (
                        _body_after(c)
                        for c in s.sdoc[start:end].root.children
                        if c.dep_ == "appos" and c.i >= end
                    ),
                    None,
                )
        elif (named_role := _named_in_apposition(ctx, start, end)) is not None:
            title, owner, first = named_role
            if title == "official":
                claim_from = first  # the official is this person, no body of officials
            if owner is None:
                role_tok = s.sdoc[start:end].root.head
                owner_at = _body_after(role_tok)
                if owner_at is None and (role_title := ctx.title_ending_at(role_tok.i)):
                    owner_at = _body_before(ctx, role_title[0])
                if owner_at is None and (held := _held_by_possessor(role_tok)) is not None:
                    owner_at, first, claim_from = held
        elif (speaking := _speaking_for(ctx, start, end)) is not None:
            title, owner_at = speaking
        region: Mention | None = None
        if title == "Governor" and owner is None:
            owner = _governed_region(ctx, start, end, owner_at)
            if owner is not None:
                owner_at = None
                owner, region = _region_of_state(ctx, owner)
        if title == "counterpart":
            title = _counterpart_title(ctx)
        if title is None and rank is not None:
            title = rank[1]
        mention = Mention(
            s.span(first, end),
            ActorKind.PERSON,
            ("person", name.casefold()),
            name,
            title=title,
            country=owner.country if owner else None,
            owner=owner,
            person_name=name,
            owner_at=owner_at,
        )
        yield mention, range(claim_from, end)
        if region is not None:
            yield region, range(0)
        if title == "official" and named_role is not None:
            # the role alone names the person too: a speaker phrase "A Hamas official" that
            # leaves the name in apposition out is still Osama Hamdan
            official = s.sdoc[start:end].root.head
            yield replace(mention, span=s.span(official.left_edge.i, official.i + 1)), range(0)


def _holder_named(ctx: Context, role: Token) -> bool:
    """Whether a person found already is named in apposition to the role."""
    named = [m.span for m in ctx.mentions if m.kind is ActorKind.PERSON]
    return any(
        c.dep_ == "appos" and any(span.start <= c.idx < span.end for span in named)
        for c in role.children
    )


def offices(ctx: Context) -> Iterator[Found]:
    """A role without a name: "Nagorno-Karabakh's leader", "the president of Azerbaijan"."""
    s = ctx.scan
    for j in range(len(s)):
        tok = s.tok(j)
        if j in ctx.claimed or tok.tag_ not in ("NN", "NNP"):
            continue
        found = ctx.title_ending_at(j)
        if found is None or not ctx.free(found[0], j + 1):
            continue
        if j + 1 < len(s) and s.tok(j + 1).pos_ == "PROPN" and s.tok(j + 1).is_title:
            continue  # a title before a name the person finder did not take
        if j + 1 < len(s) and s.tok(j + 1).text == "-" and not tok.whitespace_:
            continue  # the start of a longer hyphenated title ("sergeant-at-arms")
        first, title = found
        if title == "counterpart":
            resolved = _counterpart_title(ctx)
            if resolved is None:
                continue
            title = resolved
        owner, start = ctx.title_owner(first)
        end = j + 1
        serving = title in lexicon.SERVING_TITLES
        if owner is None and (after := s.owner_after(j, serving=serving)) is not None:
            owner, end = after
        if _holder_named(ctx, tok):
            # "the governor of Russia's Belgorod region, Vyacheslav Gladkov,": the named
            # person's role, no second person; its owner is still named there
            if owner is not None:
                o = owner
                yield Mention(o.span, o.kind, o.key, o.name, country=o.country), range(0)
            continue
        if owner is not None:
            yield (
                owned(
                    s.span(start, end),
                    ActorKind.PERSON,
                    ("office", title.casefold()),
                    title,
                    owner,
                    title=title,
                ),
                range(first, j + 1),
            )
        elif s.lower(first - 1) == "the" or _reach_after_the(ctx, first):
            # An office named by more than one word ("the human rights ombudsman") says which
            # office it is; "the president" must refer back to someone. A word of how far it
            # reaches is part of its title ("the regional governor").
            office = ctx.phrase_ending_at(lexicon.TITLES, j)
            # the words before the title: "the", and the reach word after it if any
            opens = first - 1 if s.lower(first - 1) == "the" else first - 2
            named = title if opens == first - 1 else f"{s.lower(first - 1).capitalize()} {title}"
            yield (
                definite(
                    s.span(opens, j + 1),
                    ActorKind.PERSON,
                    ("office", named.casefold()),
                    named,
                    title.casefold(),
                    title=named,
                    stands_alone=(office is not None and office[0] < j)
                    or (title in _LOCAL and not _holder_named_elsewhere(s, j)),
                ),
                range(opens + 1, j + 1),
            )


def _reach_after_the(ctx: Context, first: int) -> bool:
    """Whether the title at ``first`` follows "the" and a word of how far the office reaches
    ("the regional governor", "the provincial governor")."""
    s = ctx.scan
    at = first - 1
    return (
        s.lower(at) in REACH
        and s.tok(at).is_lower
        and ctx.free(at, first)
        and s.lower(at - 1) == "the"
    )


# Offices of a town or province that news names without their holder ("the mayor said"): an
# unnamed holder even with no earlier one to refer to.
_LOCAL = frozenset({"Mayor", "Governor"})


def _holder_named_elsewhere(s: Scan, j: int) -> bool:
    """Whether the article names a holder of the title at ``j`` anywhere else ("the governor
    said ... Governor Ivan Petrov", "the mayor of Sumy"): then "the governor" is one of them."""
    word = s.lower(j)
    for i in range(len(s)):
        if i == j or s.lower(i) != word or i + 1 >= len(s):
            continue
        after = s.tok(i + 1)
        if after.lower_ == "of" or (after.pos_ == "PROPN" and after.is_title):
            return True
    return False


def plural_offices(ctx: Context) -> Iterator[Found]:
    """ "the foreign ministers of Armenia and Chile": one office holder per owner.

    Each holder is named by the office, and the shared phrase is the evidence for each: we
    never make up a name. A title many people hold for one owner ("generals") names no one.
    """
    s = ctx.scan
    for j in range(len(s)):
        if j in ctx.claimed:
            continue
        found = ctx.plural_title_ending_at(j)
        if found is None or found[1] in lexicon.SHARED_TITLES or not ctx.free(found[0], j + 1):
            continue
        first, title = found
        owners, start = s.owners_before(first, irregular_words=IRREGULAR)
        end = j + 1
        if not owners:
            owners, end = s.owners_after(j)
        if len(owners) < 2:
            continue  # one owner and a plural title: several people we cannot tell apart
        span = s.span(start, end)
        for owner in owners:
            key = ("office", title.casefold())
            yield owned(span, ActorKind.PERSON, key, title, owner, title=title), range(first, j + 1)


def surnames(ctx: Context) -> Iterator[Found]:
    """Other mentions by surname alone ("Aliyev"; "Biden" where the story names "President
    Biden"), whatever the NER called them."""
    s = ctx.scan
    full_names = {m.person_name.split()[-1]: m.person_name for m in ctx.mentions if m.person_name}
    for i in range(len(s)):
        text = s.tok(i).text
        if i in ctx.claimed or text not in full_names:
            continue
        if i + 1 < len(s) and s.tok(i + 1).pos_ == "PROPN" and s.tok(i + 1).is_title:
            continue
        if i > 0 and s.tok(i - 1).pos_ == "PROPN" and s.tok(i - 1).is_title:
            continue  # 'Imran Khan' beside 'Tariq Khan', 'Dera Ismail Khan': another name's end
        yield (
            Mention(
                s.span(i, i + 1),
                ActorKind.PERSON,
                ("person", text.casefold()),
                text,
                person_name=text,
            ),
            range(i, i + 1),
        )


# What a person does at a place of work, the words news names an unnamed witness by: "a doctor
# at the hospital", "a nurse in the camp", "a health worker at the clinic".
_WORKERS = frozenset(
    {
        ("doctor",),
        ("nurse",),
        ("medic",),
        ("surgeon",),
        ("paramedic",),
        ("midwife",),
        ("pharmacist",),
        ("teacher",),
        ("health", "worker"),
        ("aid", "worker"),
        ("rescue", "worker"),
        ("hospital", "worker"),
        ("medical", "worker"),
        ("humanitarian", "worker"),
    }
)
# One person, not a definite one the article named before: "a doctor", "one nurse".
_ONE = frozenset({"a", "an", "one", "another"})
# Where someone works: "at" or "in" the place ("a teacher from a school" may be its pupil's
# fellow captive).
_AT = frozenset({"at", "in"})
# Who runs a thing: "the ship's manager", "the hospital's director"
# (a town's mayor or governor is the town's, read by the offices when the town is named)
_HOLDERS = frozenset({"manager", "owner", "operator", "captain", "director", "head", "chief"})

# Holders of a thing that are as often a firm as a person ("the ship's manager said ... it
# said"): an unnamed organisation.
_FIRMS = frozenset({"manager", "owner", "operator"})


def unnamed_people(ctx: Context) -> Iterator[Found]:
    """Unnamed persons news quotes by what they do and where ("a health worker at the town's
    hospital", "a doctor at Al-Shifa hospital") or by what they run that is no actor ("the
    ship's Greek manager", "the hospital's director"): a person named as written, attached to the
    body at the words after "at" when the article names one there."""
    s = ctx.scan
    for j in range(len(s)):
        if j in ctx.claimed:
            continue
        two = (s.lower(j - 1), s.lower(j)) if j > 0 else None
        if two in _WORKERS and j - 1 not in ctx.claimed:
            first = j - 1
        elif (s.lower(j),) in _WORKERS:
            first = j
        else:
            first = -1
        if first >= 0 and s.lower(first - 1) in _ONE and s.lower(j + 1) in _AT:
            prep = s.tok(j + 1)
            objects = [c for c in prep.children if c.dep_ == "pobj"]
            if len(objects) != 1:
                continue
            obj = objects[0]
            end = obj.right_edge.i + 1
            if any(s.lower(i) in (",", "said", "says", "told") for i in range(j + 2, end)):
                continue
            span = s.span(first - 1, end)
            name = s.words(first, end)
            at = s.span(obj.left_edge.i, end)
            yield (
                Mention(
                    span,
                    ActorKind.PERSON,
                    ("unnamed", name.casefold()),
                    name,
                    title=s.words(first, j + 1),
                    owner_at=at,
                ),
                range(first, j + 1),
            )
            continue
        if s.lower(j) not in _HOLDERS or s.tok(j).pos_ != "NOUN":
            continue
        poss = [c for c in s.tok(j).children if c.dep_ == "poss" and c.i < j]
        if len(poss) != 1 or poss[0].pos_ != "NOUN" or not poss[0].is_lower:
            continue
        owner = poss[0]
        if owner.i in ctx.claimed or s.lower(owner.i + 1) not in POSSESSIVES:
            continue
        if not all(s.tok(i).pos_ in ("ADJ", "PROPN") for i in range(owner.i + 2, j)):
            continue
        start = owner.left_edge.i
        if s.lower(start) != "the" or owner.left_edge.i != owner.i - 1:
            continue  # "the ship's manager", not "a Greek firm's manager"
        name = f"{s.lower(j)} of the {owner.lower_}"
        yield (
            Mention(
                s.span(start, j + 1),
                ActorKind.ORGANIZATION if s.lower(j) in _FIRMS else ActorKind.PERSON,
                ("unnamed", name),
                name,
                title=s.lower(j),
            ),
            range(start, j + 1),
        )
