"""Finding every actor mention in one parsed article, the finders in order of precedence.

Each finder claims the tokens that name its actor, so that a later, more generic finder never
re-reads them (see :mod:`sitrep.actors.context`). Lexicon organisations and media come first,
then persons and offices, institutions and forces, populations, the NER's organisations, and
last states, sides, polities and surnames. Toponyms from the places layer are never persons or
organisations.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from sitrep.actors import TERRITORIAL, institutions, organisations, persons, sources, states
from sitrep.actors.context import Context, FinderStep, Mention, owned
from sitrep.actors.institutions import WHOLE_GROUP_NOUNS
from sitrep.actors.scan import ActorKey, Owner, Scan, owner_of
from sitrep.records import ActorKind, Span

if TYPE_CHECKING:
    from collections.abc import Iterator

    from spacy.tokens import Token

__all__ = ["FINDERS", "Mention", "find_mentions"]

FINDERS: tuple[FinderStep, ...] = (
    organisations.led_bodies,
    organisations.known_organisations,
    organisations.apposed_acronyms,
    organisations.media,
    persons.persons,
    institutions.ministries,
    institutions.institutions,
    institutions.forces,
    institutions.named_groups,
    institutions.the_group,
    persons.offices,
    persons.plural_offices,
    persons.unnamed_people,
    sources.anonymous_sources,
    institutions.populations,
    organisations.unnamed_bodies,
    organisations.speaking_bodies,
    organisations.organisations,
    states.states,
    states.sides,
    states.doers,
    states.polities,
    persons.surnames,
)


def find_mentions(scan: Scan) -> list[Mention]:
    """Every mention of an actor in the article, and a mention of each owner they name."""
    ctx = Context(scan)
    for step in FINDERS:
        for mention, claim in step(ctx):
            ctx.mentions.append(mention)
            ctx.claimed.update(claim)
    _acronyms(ctx)
    _named_group_nouns(ctx)
    _held_by_the_subject(ctx)
    _held_by_a_group(ctx)
    _part_in_apposition(ctx)
    _its_state_forces(ctx)
    _its_body_after_statement(ctx)
    _owner_in_body(ctx)
    _minister_of_the_forces(ctx)
    return [*ctx.mentions, *states.owners(ctx.mentions)]


def _owner_in_body(ctx: Context) -> None:
    """ "Lebanese Parliament Speaker Nabih Berri": the title's body ("Parliament") is the last
    word of a body found over more words ("Lebanese Parliament", the Parliament of Lebanon),
    so the person holds that body's office, not a second, ownerless "Parliament". A titled
    person with no owner right after a body's name holds that body's office; a title's polity
    named at the very words of an organisation or armed group is that body."""
    bodies = [
        m
        for m in ctx.mentions
        if m.kind in (ActorKind.ORGANIZATION, ActorKind.ARMED_GROUP) and m.person_name is None
    ]
    text = ctx.scan.text
    for i, m in enumerate(ctx.mentions):
        o = m.owner
        if o is None and m.kind is ActorKind.PERSON and m.title and m.owner_at is None:
            # "Kenyan Parliament Speaker Joel Ruto": the body right before the title is its owner
            # (a body after the person, whose words end past the title's, is none before it)
            before = [
                b
                for b in bodies
                if b.span.end < m.span.start and not text[b.span.end : m.span.start].strip()
            ]
            if before:
                body = before[0]
                ctx.mentions[i] = replace(m, owner_at=body.span, country=m.country or body.country)
            continue
        if o is not None and o.kind is ActorKind.OTHER:
            # "M23 spokesman Lawrence Kanyuka": a name the NER called a polity that the article
            # names an organisation or armed group at the same words is that body
            same = [b for b in bodies if b.span == o.span]
            if same:
                body = same[0]
                owner = owner_of(body, body.span)
                ctx.mentions[i] = replace(m, owner=owner)
            continue
        if o is None or o.kind not in (ActorKind.ORGANIZATION, ActorKind.ARMED_GROUP):
            continue
        for body in bodies:
            if body.key == o.key:
                continue
            if (
                body.span.start <= o.span.start
                and body.span.end == o.span.end
                and body.key[0] != "org"
                and o.key[0] == "org"
            ):
                # "Russian Foreign Ministry spokeswoman Maria Zakharova": the title's body is the
                # ministry found at (or ending) the same words, not an organisation they name
                owner = owner_of(body, body.span)
                ctx.mentions[i] = replace(m, owner=owner, country=m.country or body.country)
                break
            if body.span == o.span:
                continue
            if not (body.span.start < o.span.start and body.span.end == o.span.end):
                continue
            if o.name.casefold() not in body.name.casefold():
                continue
            owner = owner_of(body, body.span)
            ctx.mentions[i] = replace(m, owner=owner, country=m.country or body.country)
            break


# A minister over a state's forces, by the title news gives with no country before it.
_FORCES_MINISTERS = frozenset({"Defence Minister"})


def _minister_of_the_forces(ctx: Context) -> None:
    """ "The Israeli military said it had struck ... 'We will act,' Defence Minister Israel Katz
    said": a defence minister named with no state is the minister of the one state whose forces
    the sentence before, or his own before him, names, where no other state is named there."""
    s = ctx.scan
    for i, m in enumerate(ctx.mentions):
        if not (
            m.kind is ActorKind.PERSON
            and m.title in _FORCES_MINISTERS
            and m.owner is None
            and m.owner_at is None
            and m.country is None
        ):
            continue
        rng = s.tokens_of(m.span)
        if rng is None:
            continue
        sent = s.tok(rng[0]).sent
        first = s.tok(sent.start - 1).sent.start if sent.start > 0 else sent.start
        start, end = s.tok(first).idx, m.span.start
        window = [o for o in ctx.mentions if start <= o.span.start < end]
        forces = {
            o.owner.key: o.owner
            for o in window
            if o.kind is ActorKind.ARMED_GROUP
            and o.owner is not None
            and o.owner.kind is ActorKind.STATE
        }
        states = {o.key for o in window if o.kind is ActorKind.STATE} | {
            o.owner.key for o in window if o.owner is not None and o.owner.kind in TERRITORIAL
        }
        if len(forces) == 1 and states == set(forces):
            owner = next(iter(forces.values()))
            ctx.mentions[i] = replace(m, owner=owner, country=owner.country)


def _held_by_the_subject(ctx: Context) -> None:
    """ "the paramilitary group said its fighters had fired": an armed body named by a noun
    with "its" or "their" belongs to the subject of the verb that reports or does it, when
    that subject is an organisation, an armed group or a state (read once all are known)."""
    for i, m, noun in _held_unowned(ctx, ActorKind.ARMED_GROUP):
        holder = _subject_above(ctx, noun, _HOLDERS)
        if holder is None or (_said_its(noun) and _plural(ctx, holder)):
            # "X said government troops had attacked its positions and its fighters": "its"
            # is no plural subject's
            continue
        ctx.mentions[i] = replace(m, owner_at=holder.span)


def _said_its(noun: Token) -> bool:
    return any(c.dep_ == "poss" and c.lower_ == "its" for c in noun.children)


def _plural(ctx: Context, m: Mention) -> bool:
    """Whether ``m``'s words are headed by a common noun in the plural ("government troops")."""
    rng = ctx.scan.tokens_of(m.span)
    return rng is not None and ctx.scan.sdoc[rng[0] : rng[1]].root.tag_ == "NNS"


def _held_by_a_group(ctx: Context) -> None:
    """ "the RSF's fighters", "the militia's gunmen": fighters with no owner of their own that
    a group or organisation named in the possessive holds are that group's (read once all are
    known)."""
    bodies = (ActorKind.ARMED_GROUP, ActorKind.ORGANIZATION)
    for i, m, noun in _unowned(ctx, ActorKind.ARMED_GROUP):
        holder = next(
            (
                c
                for c in noun.children
                if c.dep_ == "poss" and c.pos_ in ("PROPN", "NOUN") and c.idx < m.span.start
            ),
            None,
        )
        held_by = _mention_at(ctx, holder.idx, bodies) if holder is not None else None
        if held_by is not None and held_by is not m:
            ctx.mentions[i] = replace(m, owner_at=held_by.span)


# Nouns of a part of a body, in apposition to a group's name: "the 33rd Front, a dissident
# faction of the FARC,".
_PARTS = frozenset(
    {"faction", "wing", "branch", "affiliate", "arm", "cell", "unit", "franchise", "division"}
    | {"chapter"}
)
# Words between the comma and the part's noun: its determiner and what kind of part it is.
_PART_WORDS = frozenset({"DET", "ADJ", "NOUN", "VERB"})


def _part_in_apposition(ctx: Context) -> None:
    """ "the 33rd Front, a dissident faction of the FARC,": a group or body named with no owner
    and set beside a part of another ("a faction of", "the armed wing of", "a local branch
    of") belongs to that other, at the words after "of" (read once all actors are known)."""
    s = ctx.scan
    bodies = (ActorKind.ORGANIZATION, ActorKind.ARMED_GROUP)
    for i, m in enumerate(ctx.mentions):
        if m.kind not in bodies or m.owner is not None or m.owner_at is not None or m.part_of:
            continue
        rng = s.tokens_of(m.span)
        if rng is None or s.lower(rng[1]) != ",":
            continue
        k = rng[1] + 1
        while k < len(s) and k - rng[1] <= 4 and s.tok(k).dep_ != "appos":
            if s.tok(k).pos_ not in _PART_WORDS:
                break
            k += 1
        if s.lower(k) not in _PARTS or s.tok(k).dep_ != "appos" or s.lower(k + 1) != "of":
            continue
        if s.tok(rng[1] + 1).pos_ != "DET":
            continue  # "the Front, faction leaders said": no apposition
        owner = next((c for c in s.tok(k + 1).children if c.dep_ == "pobj"), None)
        if owner is None:
            continue
        ctx.mentions[i] = replace(m, owner_at=s.span(owner.left_edge.i, owner.i + 1))


# A state's forces by the plain nouns that take "its" ("the ministry said its forces ...").
_FORCE_NOUNS = frozenset({"forces", "troops", "army", "military", "soldiers", "units"})


def _its_state_forces(ctx: Context) -> None:
    """ "Russia's defence ministry said its forces had struck ...": "its forces" are the forces
    of the state whose body (or which state itself) is the subject of the verb above them."""
    s = ctx.scan
    holders = (ActorKind.ORGANIZATION, ActorKind.STATE, ActorKind.OTHER)
    for tok in s.sdoc:
        if tok.lower_ not in _FORCE_NOUNS or tok.i in ctx.claimed:
            continue
        poss = [c for c in tok.children if c.dep_ == "poss" and c.lower_ in ("its", "their")]
        if len(poss) != 1 or any(c.dep_ in ("amod", "compound") for c in tok.children):
            continue
        holder = _subject_above(ctx, tok, holders)
        if holder is None:
            continue
        if holder.kind in TERRITORIAL and holder.owner is None:
            owner: Owner | None = _as_owner(holder)
        else:
            owner = holder.owner
        if owner is None or owner.kind not in TERRITORIAL:
            continue
        span = s.span(poss[0].i, tok.i + 1)
        ctx.mentions.append(
            owned(span, ActorKind.ARMED_GROUP, ("forces",), "Military Forces", owner)
        )
        ctx.claimed.update(range(poss[0].i, tok.i + 1))


def _its_body_after_statement(ctx: Context) -> None:
    """ "Turkey denied sending fighters, its foreign ministry said": a body named with "its" or
    "their" that speaks after the statement belongs to the subject of the statement, when that
    subject is a state or a body (read once all are known)."""
    for i, m, noun in _held_unowned(ctx, ActorKind.ORGANIZATION):
        if noun.dep_ != "nsubj":
            continue
        said = next((c for c in noun.head.children if c.dep_ == "ccomp" and c.i < noun.i), None)
        subject = next((c for c in said.children if c.dep_ == "nsubj"), None) if said else None
        if subject is None:
            continue
        holder = _mention_at(ctx, subject.idx, _HOLDERS)
        if holder is None or holder is m:
            continue
        if holder.kind in TERRITORIAL and holder.owner is None:
            owner = _as_owner(holder)
            ctx.mentions[i] = replace(
                m,
                key=(*m.key, *owner.key),
                name=f"{m.name} of {owner.name}",
                owner=owner,
                country=owner.country,
                refers_back=None,
            )
        else:
            ctx.mentions[i] = replace(m, owner_at=holder.span, refers_back=None)


# Who can hold a body named with "its" or "their".
_HOLDERS = (ActorKind.ORGANIZATION, ActorKind.ARMED_GROUP, ActorKind.STATE)


def _unowned(ctx: Context, kind: ActorKind) -> Iterator[tuple[int, Mention, Token]]:
    """Each mention of ``kind`` with no owner yet, with its index and head noun."""
    for i, m in enumerate(ctx.mentions):
        if m.kind is not kind or m.owner is not None or m.owner_at is not None:
            continue
        rng = ctx.scan.tokens_of(m.span)
        if rng is not None:
            yield i, m, ctx.scan.tok(rng[1] - 1)


def _held_unowned(ctx: Context, kind: ActorKind) -> Iterator[tuple[int, Mention, Token]]:
    """Each mention of ``kind`` with no owner yet that "its" or "their" holds ("its
    fighters", "their ministry"), with its index and head noun."""
    for i, m, noun in _unowned(ctx, kind):
        if any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in noun.children):
            yield i, m, noun


def _mention_at(ctx: Context, at: int, kinds: tuple[ActorKind, ...]) -> Mention | None:
    """The first mention of one of ``kinds`` over character ``at``."""
    return next(
        (m for m in ctx.mentions if m.kind in kinds and m.span.start <= at < m.span.end), None
    )


def _as_owner(m: Mention) -> Owner:
    """A state's mention as the owner of what it has."""
    return owner_of(m, m.span)


def _subject_above(ctx: Context, noun: Token, kinds: tuple[ActorKind, ...]) -> Mention | None:
    """The nearest subject before ``noun`` of a verb it hangs from, in its sentence, that is a
    mention of one of ``kinds``."""
    tok = noun
    while tok.head.i != tok.i:
        tok = tok.head
        for subject in (c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")):
            if subject.i >= noun.left_edge.i:
                continue  # the noun's own phrase, or a subject after it
            # the nearest subject is someone else's: no guess past it
            return _mention_at(ctx, subject.idx, kinds)
    return None


# A short name in capitals: "RSF", "SDF", "M23", "ECOWAS".
_ACRONYM = re.compile(r"[A-Z][A-Z0-9&]{1,7}")
_DEFINES = (ActorKind.ORGANIZATION, ActorKind.ARMED_GROUP, ActorKind.MEDIA)


def _written(s: Scan, m: Mention) -> str:
    """A mention's own words, without a leading article ("The Israel Defense Forces")."""
    words = m.span.text(s.text).split()
    return " ".join(words[1:] if words and words[0].lower() == "the" else words)


def _abbreviates(acronym: str, name: str) -> bool:
    """Whether a short name can stand for ``name``: it opens with the name's first initial
    ("SDF", "RSF", "MONUSCO"), so that a name the NER cut short ("Paralympic Committee" for
    "USOPC") is not taken for the whole."""
    initials = [w[0] for w in name.replace("-", " ").split() if w[:1].isupper()]
    if not initials:
        return False
    if acronym[0] == initials[0]:
        return True
    # a name translated from a language that orders its words otherwise: "National Liberation
    # Army (ELN)", "Revolutionary Armed Forces of Colombia (FARC)"; most of the letters are the
    # name's initials
    letters = [c for c in acronym if c.isalpha()]
    shared = sum(1 for c in letters if c in initials)
    return len(letters) >= 3 and len(initials) >= 3 and 3 * shared >= 2 * len(letters)


def _name_part(t: Token) -> bool:
    """A word that carries a long name on: 'wal-Muslimin', 'al', 'Sunna', '-'."""
    if t.is_title or t.text == "-":
        return True
    return t.is_lower and t.i + 1 < len(t.doc) and t.nbor(1).text == "-"


def _acronyms(ctx: Context) -> None:
    """Short names the article defines: "the paramilitary Rapid Support Forces (RSF)" makes
    every "RSF" (and "the RSF") a mention of the Rapid Support Forces, before or after the
    definition, and folds an actor the finders made of the bare acronym into it."""
    s = ctx.scan
    defined: dict[str, tuple[Mention, int]] = {}
    for i, m in enumerate(ctx.mentions):
        rng = s.tokens_of(m.span) if m.kind in _DEFINES or m.kind is ActorKind.PERSON else None
        if rng is None:
            continue
        end = rng[1]
        if m.kind is ActorKind.PERSON:
            # "Jama'at Nusrat al-Islam wal-Muslimin (JNIM)": the NER took the start of a long
            # name for a person; a person is never given an acronym, so it is an organisation
            while end < len(s) and end not in ctx.claimed and _name_part(s.tok(end)):
                end += 1
        k = end + 1
        if k + 1 >= len(s):
            continue
        word = s.tok(k).text
        if not (
            s.lower(k - 1) == "("
            and s.lower(k + 1) == ")"
            and _ACRONYM.fullmatch(word)
            and word.casefold() != m.name.casefold()
        ):
            continue
        if m.kind is ActorKind.PERSON:
            name = s.words(rng[0], end)
            if not _abbreviates(word, name) or len(word) < 3:
                continue
            m = Mention(s.span(rng[0], end), ActorKind.ORGANIZATION, ("org", name.casefold()), name)
            ctx.mentions[i] = m
            ctx.claimed.update(range(rng[0], end))
        # a state's body may go by its own language's initials: "Ukraine's military
        # intelligence agency (HUR)", "Russia's Federal Security Service (FSB)"
        state_body = m.owner is not None and m.key[0] in ("institution", "ministry", "forces")
        if state_body or _abbreviates(word, m.name) or _abbreviates(word, _written(s, m)):
            defined.setdefault(word, (m, k))
    _undefined_initials(ctx, defined)
    if not defined:
        return
    owned_at: set[int] = set()
    for i, m in enumerate(ctx.mentions):
        name = m.name.removeprefix("the ").removeprefix("The ")
        if name in defined and m.key != defined[name][0].key:
            d = defined[name][0]
            m = replace(m, key=d.key, name=d.name, kind=d.kind, country=d.country, person_name=None)
        o = m.owner
        opening = m.name.split(" ", 1)[0]
        if o is None and m.kind is ActorKind.PERSON and opening in defined and " " in m.name:
            # "an RSF commander" found before the initials were known: one of the group's
            d = defined[opening][0]
            written = m.span.text(s.text)
            off = written.find(opening)
            if off >= 0 and written[:off].strip().casefold() in ("", "a", "an", "the"):
                at = Span(m.span.start + off, m.span.start + off + len(opening))
                m = replace(m, owner=owner_of(d, at))
        elif o is None and m.kind is ActorKind.ARMED_GROUP and opening in defined and " " in m.name:
            # "FDP fighters" found before the article's "(FDP)" was read: the group's own
            d = defined[opening][0]
            at = Span(m.span.start, m.span.start + len(opening))
            if m.span.text(s.text).startswith(opening):
                if m.name.split(" ", 1)[1].casefold() in WHOLE_GROUP_NOUNS:
                    # "ELN rebels" before "(ELN)" is read: the group itself
                    m = replace(m, key=d.key, name=d.name, kind=d.kind, country=d.country)
                else:
                    m = replace(m, owner=owner_of(d, at))
                owned_at.add(at.start)
        elif o is not None and o.name in defined:
            # "SDF fighters": the fighters belong to the organisation the acronym names.
            d = defined[o.name][0]
            m = replace(m, owner=owner_of(d, o.span))
            owned_at.add(o.span.start)
        ctx.mentions[i] = m
    for k in range(len(s)):
        found = defined.get(s.tok(k).text)
        if found is None or k in ctx.claimed or k == found[1] or s.tok(k).idx in owned_at:
            continue
        first = k - 1 if s.lower(k - 1) == "the" and k - 1 not in ctx.claimed else k
        ctx.mentions.append(replace(found[0], span=s.span(first, k + 1), refers_back=None))
        ctx.claimed.update(range(first, k + 1))
        _owned_by_acronym(ctx, k, found[0])


def _named_group_nouns(ctx: Context) -> None:
    """ "M23 rebels", "al-Shabaab fighters": a group noun right after a named armed group
    whose name the NER read as a place (so the forces finder saw a polity, no group, before
    it). "Rebels" say what the group is, so the two words name the group itself; "fighters"
    are the group's own (read once all are known)."""
    s = ctx.scan
    dropped: set[int] = set()
    for gi, group in enumerate(ctx.mentions):
        if group.kind is not ActorKind.ARMED_GROUP or group.key[0] != "org" or group.owner:
            continue
        named = s.tokens_of(group.span)
        if named is None:
            continue
        for i, m in enumerate(ctx.mentions):
            rng = s.tokens_of(m.span)
            if (
                rng is None
                or rng[0] != named[1]
                or m.kind is not ActorKind.ARMED_GROUP
                or m.key != ("armed", m.name.casefold())
                or m.owner is not None
                or m.owner_at is not None
                or m.refers_back is not None
            ):
                continue
            if m.name.casefold() in WHOLE_GROUP_NOUNS:
                ctx.mentions[gi] = replace(group, span=Span(group.span.start, m.span.end))
                dropped.add(i)
            else:
                name = f"{group.span.text(s.text)} {m.name}"
                ctx.mentions[i] = replace(
                    m, key=("armed", name.casefold()), name=name, owner=_as_owner(group)
                )
    ctx.mentions[:] = [m for i, m in enumerate(ctx.mentions) if i not in dropped]


def _undefined_initials(ctx: Context, defined: dict[str, tuple[Mention, int]]) -> None:
    """Initials the article uses without defining them ("the paramilitary Rapid Support
    Forces ... The RSF denied"): exactly the initials of the capitalised words of one group's
    name, three letters or more, stand for it."""
    s = ctx.scan
    used = {t.text for t in s.sdoc if _ACRONYM.fullmatch(t.text) and len(t.text) >= 3}
    if not used:
        return
    by_initials: dict[str, set[ActorKey]] = {}
    first: dict[str, Mention] = {}
    for m in ctx.mentions:
        if m.kind not in _DEFINES or m.owner is not None:
            continue
        words = m.name.replace("-", " ").split()
        if len(words) < 3 or not all(w[:1].isupper() for w in words if w.lower() not in _LINKS):
            continue
        initials = "".join(w[0] for w in words if w.lower() not in _LINKS)
        if initials in used and initials not in defined:
            by_initials.setdefault(initials, set()).add(m.key)
            first.setdefault(initials, m)
    for initials, keys in by_initials.items():
        if len(keys) == 1:  # two groups of the same initials: neither
            defined[initials] = (first[initials], -1)


# Small words a name's initials leave out: "Movement for the Liberation of ..." is MLC-like.
_LINKS = frozenset({"of", "for", "the", "and", "de", "du", "des", "la", "le", "al"})


def _owned_by_acronym(ctx: Context, k: int, group: Mention) -> None:
    """ "RSF fighters", the RSF defined in the article: fighters found before the acronym was
    known are the group's own, named as written."""
    s = ctx.scan
    for i, m in enumerate(ctx.mentions):
        rng = s.tokens_of(m.span)
        if m.kind is not ActorKind.ARMED_GROUP or m.owner is not None or rng is None:
            continue
        if rng[0] != k + 1:
            continue
        if m.name.casefold() in WHOLE_GROUP_NOUNS:
            # "ELN rebels": the group itself, named with its acronym
            ctx.mentions[i] = replace(
                m,
                span=s.span(k, rng[1]),
                key=group.key,
                name=group.name,
                kind=group.kind,
                country=group.country,
                refers_back=None,
            )
            ctx.claimed.add(k)
            continue
        name = f"{s.tok(k).text} {m.name}"
        owner = owner_of(group, s.span(k, k + 1))
        ctx.mentions[i] = replace(
            m, key=("armed", name.casefold()), name=name, owner=owner, refers_back=None
        )
