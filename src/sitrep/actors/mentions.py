"""Finding actor mentions in one parsed article.

Each finder reads the parse and the lexicons and yields :class:`Mention` records; the finders run
in order of precedence and claim the tokens that name their actor, so that a later, more generic
finder (the NER's ORG and PERSON, country names) never re-reads them: "state news agency Azertac"
is media before the NER can call Azertac a person. Toponyms from the places layer are never
persons or organisations.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass

from sitrep.actors import lexicon
from sitrep.actors.scan import POSSESSIVES, ActorKey, Owner, Scan, state_owner
from sitrep.geo.countries import country_by_capital, country_by_demonym, country_by_name
from sitrep.records import ActorKind, Span


@dataclass(frozen=True, slots=True)
class Mention:
    """One span naming an actor, with what the words say about it."""

    span: Span
    kind: ActorKind
    key: ActorKey  # identity for coreference: same key, same actor
    name: str
    title: str | None = None
    country: str | None = None
    owner: Owner | None = None
    # Persons: the name as written ("Ilham Aliyev", "Aliyev"); None for an unnamed office holder.
    person_name: str | None = None
    # A definite description to resolve to an earlier actor ("the ministry", "the president").
    refers_back: str | None = None
    # Canonical name of the organisation this one is part of (Minsk Group -> OSCE).
    part_of: str | None = None


IRREGULAR = lexicon.ETHNIC_MARKERS


@functools.cache
def _titles_ending_with(word: str) -> tuple[tuple[tuple[str, ...], str], ...]:
    return tuple((words, title) for words, title in lexicon.TITLES.items() if words[-1] == word)


SPEECH_VERBS = frozenset(
    {
        "say",
        "accuse",
        "deny",
        "claim",
        "report",
        "announce",
        "reject",
        "vow",
        "insist",
        "warn",
        "demand",
        "call",
        "state",
        "confirm",
        "threaten",
        "blame",
    }
)
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


class Finder:
    """Runs the finders over one article; ``claimed`` holds tokens already naming an actor."""

    def __init__(self, scan: Scan) -> None:
        self.scan = scan
        self.claimed: set[int] = set()
        self.mentions: list[Mention] = []
        self.toponym_like = _toponym_like(scan)
        self._titles: dict[int, tuple[int, str] | None] = {}
        # Known organisations by their last token, as owners of titles ("UN Secretary-General").
        self.org_ending: dict[int, tuple[int, Mention]] = {}

    def find(self) -> list[Mention]:
        for step in (
            self.known_organisations,
            self.media,
            self.persons,
            self.ministries,
            self.institutions,
            self.forces,
            self.offices,
            self.populations,
            self.organisations,
            self.states,
            self.sides,
            self.polities,
            self.surnames,
        ):
            for mention, claim in step():
                self.mentions.append(mention)
                self.claimed.update(claim)
        return self.mentions

    def free(self, start: int, end: int) -> bool:
        return not any(i in self.claimed for i in range(start, end))

    # -- lexicon organisations and media -----------------------------------------------------

    def _alias_hits(
        self, known: tuple[lexicon.KnownOrganisation, ...]
    ) -> Iterator[tuple[int, int, lexicon.KnownOrganisation]]:
        s = self.scan
        for org in known:
            for alias in sorted(org.aliases, key=len, reverse=True):
                for m in re.finditer(rf"(?<![\w-]){re.escape(alias)}(?![\w-])", s.text):
                    rng = s.tokens_of(Span(m.start(), m.end()))
                    if rng is not None and self.free(*rng):
                        yield rng[0], rng[1], org

    def known_organisations(self) -> Iterator[tuple[Mention, range]]:
        hits = sorted(
            self._alias_hits(lexicon.INTERNATIONAL_ORGANISATIONS), key=lambda h: h[0] - h[1]
        )
        taken: set[int] = set()
        for start, end, org in hits:
            if taken & set(range(start, end)):
                continue
            taken.update(range(start, end))
            if self.scan.lower(start - 1) == "the":
                start -= 1
            mention = Mention(
                self.scan.span(start, end),
                ActorKind.ORGANIZATION,
                ("org", org.name.casefold()),
                org.name,
                part_of=org.part_of,
            )
            self.org_ending[end - 1] = (start, mention)
            yield mention, range(start, end)

    def media(self) -> Iterator[tuple[Mention, range]]:
        """News outlets: a known agency, or a media noun followed by a name ("news agency X")."""
        s = self.scan
        found: dict[int, tuple[int, str, str | None]] = {}
        for start, end, org in self._alias_hits(lexicon.NEWS_MEDIA):
            found.setdefault(start, (end, org.name, org.country))
        for i in range(len(s)):
            if (
                s.lower(i) in lexicon.MEDIA_NOUNS
                and not s.tok(i).is_title
                and i + 1 < len(s)
                and i not in found
            ):
                end = i + 1
                while end < len(s) and s.tok(end).pos_ == "PROPN" and s.tok(end).is_title:
                    end += 1
                if end > i + 1 and self.free(i + 1, end) and (i + 1) not in found:
                    name = s.words(i + 1, end)
                    if not (country_by_name(name) or s.is_place(s.span(i + 1, end))):
                        found[i + 1] = (end, name, None)
        for ent in s.sdoc.ents:
            if ent.label_ not in ("ORG", "WORK_OF_ART") or ent.start in found:
                continue
            start = ent.start + (1 if s.lower(ent.start) == "the" else 0)
            words = {s.lower(i) for i in range(start, ent.end)}
            if words & lexicon.MEDIA_NAME_WORDS and self.free(start, ent.end):
                found[start] = (ent.end, s.words(start, ent.end), None)
        for start, (end, name, country) in sorted(found.items()):
            first = start
            described = False
            while first > 0 and s.lower(first - 1) in _MEDIA_DESCRIPTORS:
                first -= 1
                described = described or s.lower(first) in lexicon.MEDIA_NOUNS
            owner: Owner | None = None
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
                range(start, end),
            )

    # -- persons and office holders -----------------------------------------------------------

    def _title_ending_at(self, j: int) -> tuple[int, str] | None:
        """The longest role title whose last token is ``j``: (first token, title)."""
        if j in self._titles:
            return self._titles[j]
        best: tuple[int, str] | None = None
        for words, title in _titles_ending_with(self.scan.lower(j)):
            n = len(words)
            if j - n + 1 < 0:
                continue
            matches = all(self.scan.lower(j - n + 1 + k) == w for k, w in enumerate(words))
            if matches and (best is None or j - n + 1 < best[0]):
                best = (j - n + 1, title)
        if best is not None and self.scan.lower(best[0] - 1) in lexicon.TITLE_PREFIXES:
            prefix = lexicon.TITLE_PREFIXES[self.scan.lower(best[0] - 1)]
            best = (best[0] - 1, f"{prefix} {best[1]}")
        self._titles[j] = best
        return best

    def _person_names(self) -> Iterator[tuple[int, int]]:
        s = self.scan
        seen: set[int] = set()
        for ent in s.sdoc.ents:
            if ent.label_ == "PERSON":
                end = ent.end
                while end > ent.start and s.tok(end - 1).text in POSSESSIVES:
                    end -= 1
                if end > ent.start:
                    seen.update(range(ent.start, end))
                    yield ent.start, end
        # A title followed by capitalised proper nouns the NER missed ("President Erdogan").
        for i in range(len(s)):
            if i in seen or s.tok(i).pos_ != "PROPN" or not s.tok(i).is_title:
                continue
            if i == 0 or self._title_ending_at(i - 1) is None:
                continue
            end = i
            while (
                end < len(s)
                and s.tok(end).pos_ == "PROPN"
                and s.tok(end).is_title
                and s.tok(end).ent_type_ in ("", "PERSON")
                and s.lower(end) not in ORG_WORDS
                and self._title_ending_at(end) is None
            ):
                end += 1
            if end > i:
                seen.update(range(i, end))
                yield i, end

    def _title_owner(self, first: int) -> tuple[Owner | None, int]:
        """The owner before a title at token ``first``: a state or polity, or an organisation."""
        mods = self.scan.modifiers_before(first, irregular_words=IRREGULAR)
        if mods.owner is None and (org := self.org_ending.get(first - 1)) is not None:
            start, m = org
            return Owner(m.key, m.name, m.kind, m.country, m.span), start
        return mods.owner, mods.start

    def _is_not_a_person(self, start: int, end: int) -> bool:
        s = self.scan
        text = s.words(start, end)
        return (
            not self.free(start, end)
            or s.is_place(s.span(start, end))
            or country_by_name(text) is not None
            or country_by_demonym(text) is not None
            or country_by_capital(text) is not None
            or any(s.lower(i) in ORG_WORDS for i in range(start, end))
            or _fold_name(text) in self.toponym_like
        )

    def _appositive_role(self, start: int, end: int) -> tuple[str, Owner | None] | None:
        """ "Ilham Aliyev, Azerbaijan's president, ...": the role an appositive gives a name."""
        s = self.scan
        root = s.sdoc[start:end].root
        for child in root.children:
            if child.dep_ != "appos" or child.i < end:
                continue
            found = self._title_ending_at(child.i)
            if found is None:
                continue
            mods = s.modifiers_before(found[0], irregular_words=IRREGULAR)
            owner = mods.owner
            if owner is None and (after := s.owner_after(child.i)) is not None:
                owner = after[0]
            return found[1], owner
        return None

    def _named_in_apposition(self, start: int, end: int) -> tuple[str, Owner | None, int] | None:
        """ "the ministry's spokeswoman, Ana Soto, said": a name in apposition to a role."""
        s = self.scan
        root = s.sdoc[start:end].root
        if root.dep_ != "appos" or root.head.i >= start:
            return None
        found = self._title_ending_at(root.head.i)
        if found is None or not self.free(found[0], root.head.i + 1):
            return None
        owner, first = self._title_owner(found[0])
        return found[1], owner, first if owner is not None else start

    def _counterpart_title(self) -> str | None:
        """A counterpart holds the title of the last titled person before them."""
        titled = [m for m in self.mentions if m.kind is ActorKind.PERSON and m.title]
        return titled[-1].title if titled else None

    def persons(self) -> Iterator[tuple[Mention, range]]:
        s = self.scan
        for start, end in sorted(set(self._person_names())):
            if self._is_not_a_person(start, end):
                continue
            name = s.words(start, end)
            title: str | None = None
            owner: Owner | None = None
            first = claim_from = start
            found = self._title_ending_at(start - 1)
            if found is not None:
                claim_from = found[0]
                title = found[1]
                owner, first = self._title_owner(found[0])
            elif (role := self._appositive_role(start, end)) is not None:
                title, owner = role
            elif (named_role := self._named_in_apposition(start, end)) is not None:
                title, owner, first = named_role
            if title == "counterpart":
                title = self._counterpart_title()
            yield (
                Mention(
                    s.span(first, end),
                    ActorKind.PERSON,
                    ("person", name.casefold()),
                    name,
                    title=title,
                    country=owner.country if owner else None,
                    owner=owner,
                    person_name=name,
                ),
                range(claim_from, end),
            )

    def offices(self) -> Iterator[tuple[Mention, range]]:
        """A role without a name: "Nagorno-Karabakh's leader", "the president of Azerbaijan"."""
        s = self.scan
        for j in range(len(s)):
            tok = s.tok(j)
            if j in self.claimed or tok.tag_ not in ("NN", "NNP"):
                continue
            found = self._title_ending_at(j)
            if found is None or not self.free(found[0], j + 1):
                continue
            if j + 1 < len(s) and s.tok(j + 1).pos_ == "PROPN" and s.tok(j + 1).is_title:
                continue  # a title before a name the person finder did not take
            first, title = found
            if title == "counterpart":
                resolved = self._counterpart_title()
                if resolved is None:
                    continue
                title = resolved
            owner, start = self._title_owner(first)
            end = j + 1
            if owner is None and (after := s.owner_after(j)) is not None:
                owner, end = after
            if owner is not None:
                name = f"{title} of {owner.name}"
                yield (
                    Mention(
                        s.span(start, end),
                        ActorKind.PERSON,
                        ("office", title.casefold(), *owner.key),
                        name,
                        title=title,
                        country=owner.country,
                        owner=owner,
                    ),
                    range(first, j + 1),
                )
            elif s.lower(first - 1) == "the":
                yield (
                    Mention(
                        s.span(first - 1, j + 1),
                        ActorKind.PERSON,
                        ("office", title.casefold()),
                        title,
                        title=title,
                        refers_back=title.casefold(),
                    ),
                    range(first, j + 1),
                )

    def surnames(self) -> Iterator[tuple[Mention, range]]:
        """Later mentions by surname alone ("Aliyev"), whatever the NER called them."""
        s = self.scan
        surnames = {
            m.person_name.split()[-1]: m.person_name
            for m in self.mentions
            if m.person_name and len(m.person_name.split()) > 1
        }
        for i in range(len(s)):
            text = s.tok(i).text
            if i in self.claimed or text not in surnames:
                continue
            if i + 1 < len(s) and s.tok(i + 1).pos_ == "PROPN" and s.tok(i + 1).is_title:
                continue
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

    # -- institutions ---------------------------------------------------------------------------

    def ministries(self) -> Iterator[tuple[Mention, range]]:
        s = self.scan
        for k in range(len(s)):
            if s.lower(k) != "ministry" or k in self.claimed:
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
            canonical = f"Ministry of {portfolio}" if portfolio else "Ministry"
            if owner is not None:
                canonical = f"{canonical} of {owner.name}"
            refers = None
            if owner is None:
                refers = f"ministry:{portfolio or ''}"
            yield (
                Mention(
                    s.span(mods.start, end),
                    ActorKind.ORGANIZATION,
                    ("ministry", portfolio or "", *(owner.key if owner else ())),
                    canonical,
                    country=owner.country if owner else None,
                    owner=owner,
                    refers_back=refers,
                ),
                range(first, end),
            )

    def institutions(self) -> Iterator[tuple[Mention, range]]:
        s = self.scan
        for k in range(len(s)):
            word = s.lower(k)
            if word not in lexicon.INSTITUTIONS or k in self.claimed:
                continue
            if s.tok(k).pos_ not in ("NOUN", "PROPN") or s.tok(k).dep_ in ("amod", "compound"):
                continue
            head = lexicon.INSTITUTIONS[word]
            mods = s.modifiers_before(k, irregular_words=IRREGULAR, skip_modifiers=True)
            owner, end = mods.owner, k + 1
            if owner is None and (after := s.owner_after(k, seat=True)) is not None:
                owner, end = after
            if mods.irregular:
                # "the ethnic Armenian administration": named as written, no state.
                first = mods.start + (1 if s.lower(mods.start) == "the" else 0)
                name = s.words(first, k + 1)
                name = name[:1].lower() + name[1:]
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
                yield (
                    Mention(
                        s.span(mods.start, end),
                        ActorKind.ORGANIZATION,
                        ("institution", head.casefold(), *owner.key),
                        f"{head} of {owner.name}",
                        country=owner.country,
                        owner=owner,
                    ),
                    range(k, k + 1),
                )
            elif s.lower(k - 1) == "the":
                yield (
                    Mention(
                        s.span(k - 1, k + 1),
                        ActorKind.ORGANIZATION,
                        ("institution", head.casefold()),
                        head.lower(),
                        refers_back=f"institution:{head.casefold()}",
                    ),
                    range(k, k + 1),
                )

    def forces(self) -> Iterator[tuple[Mention, range]]:
        """Armed forces of a state ("Azerbaijani troops"), and irregular or ethnic armed groups."""
        s = self.scan
        for k in range(len(s)):
            if k in self.claimed or s.tok(k).pos_ not in ("NOUN", "PROPN"):
                continue
            if s.tok(k).dep_ in ("amod", "compound") and s.tok(k).head.i > k:
                continue
            two = f"{s.lower(k - 1)} {s.lower(k)}"
            first = k - 1 if two in lexicon.STATE_FORCE_NOUNS else k
            noun = two if first < k else s.lower(k)
            irregular_noun = noun in lexicon.IRREGULAR_FORCE_NOUNS
            if not (irregular_noun or noun in lexicon.STATE_FORCE_NOUNS):
                continue
            mods = s.modifiers_before(first, irregular_words=IRREGULAR, skip_modifiers=True)
            owner, end = mods.owner, k + 1
            if owner is None and not irregular_noun and (after := s.owner_after(k)) is not None:
                owner, end = after
            backed = any(s.lower(i).endswith("backed") for i in range(max(0, first - 3), first))
            if irregular_noun or mods.irregular or backed:
                start = first
                while start > 0 and start - 1 not in self.claimed and _names_group(s, start - 1):
                    start -= 1
                name = s.words(start, k + 1)
                if s.lower(start) in IRREGULAR or not s.tok(start).is_title:
                    name = name[:1].lower() + name[1:]
                bare = start == first
                if s.lower(start - 1) == "the":
                    start -= 1
                yield (
                    Mention(
                        s.span(start, k + 1),
                        ActorKind.ARMED_GROUP,
                        ("armed", name.casefold()),
                        name,
                        refers_back=f"armed:{noun}" if bare and start < first else None,
                    ),
                    range(start, k + 1),
                )
            elif owner is not None:
                yield (
                    Mention(
                        s.span(mods.start, end),
                        ActorKind.ARMED_GROUP,
                        ("forces", *owner.key),
                        f"Military Forces of {owner.name}",
                        country=owner.country,
                        owner=owner,
                    ),
                    range(first, k + 1),
                )
            elif s.lower(first - 1) == "the" and noun in ("army", "military", "armed forces"):
                yield (
                    Mention(
                        s.span(first - 1, k + 1),
                        ActorKind.ARMED_GROUP,
                        ("forces",),
                        noun,
                        refers_back="forces",
                    ),
                    range(first, k + 1),
                )

    def populations(self) -> Iterator[tuple[Mention, range]]:
        s = self.scan
        for k in range(len(s)):
            tok = s.tok(k)
            if k in self.claimed or tok.dep_ in ("amod", "compound"):
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
            start = k
            country = None
            if is_people and (c := s.demonym_at(k - 1)) is not None:
                start, country = k - 1, c.iso2
            if s.lower(start - 1) in lexicon.ETHNIC_MARKERS:
                start -= 1
            name = s.words(start, k + 1)
            name = name if name[:1].isupper() and start < k else name[0].lower() + name[1:]
            if is_nation and start == k:
                name = tok.text
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

    def organisations(self) -> Iterator[tuple[Mention, range]]:
        """The NER's organisations, less toponyms and country names it mislabels as ORG."""
        s = self.scan
        for ent in s.sdoc.ents:
            if ent.label_ != "ORG":
                continue
            start, end = ent.start, ent.end
            if s.lower(start) == "the":
                start += 1
            while end > start and s.tok(end - 1).text in POSSESSIVES:
                end -= 1
            if end <= start or not self.free(start, end):
                continue
            text = s.words(start, end)
            if (
                text.islower()
                or _fold_name(text) in self.toponym_like
                or s.is_place(s.span(start, end))
                or country_by_name(text)
                or country_by_demonym(text)
                or country_by_capital(text)
            ):
                continue
            first = start - 1 if s.lower(start - 1) == "the" else start
            yield (
                Mention(
                    s.span(first, end),
                    ActorKind.ORGANIZATION,
                    ("org", text.casefold()),
                    text,
                ),
                range(start, end),
            )

    # -- states and polities --------------------------------------------------------------------

    def _candidate_names(self) -> Iterator[tuple[int, int]]:
        s = self.scan
        seen: set[tuple[int, int]] = set()
        for span, _ in s.places:
            rng = s.tokens_of(span)
            if rng is not None and rng not in seen:
                seen.add(rng)
                yield rng
        for ent in s.sdoc.ents:
            start = ent.start + (1 if s.lower(ent.start) == "the" else 0)
            end = ent.end
            while end > start and s.tok(end - 1).text in POSSESSIVES:
                end -= 1
            if end > start and (start, end) not in seen:
                seen.add((start, end))
                yield start, end

    def states(self) -> Iterator[tuple[Mention, range]]:
        """A country acting, owning or addressed is its state; a capital acting is metonymy."""
        s = self.scan
        for start, end in sorted(self._candidate_names()):
            if not self.free(start, end):
                continue
            text = s.words(start, end)
            country = country_by_name(text)
            metonymy = False
            if country is None:
                country = country_by_capital(text)
                metonymy = True
            if country is None or not _acts(s, start, end, capital=metonymy):
                continue
            owner = state_owner(country, s.span(start, end))
            yield (
                Mention(owner.span, ActorKind.STATE, owner.key, owner.name, country=country.iso2),
                range(start, end),
            )

    def sides(self) -> Iterator[tuple[Mention, range]]:
        """ "the Azerbaijani side" is Azerbaijan."""
        s = self.scan
        for k in range(1, len(s)):
            if s.lower(k) != "side" or k in self.claimed or s.tok(k).dep_ == "compound":
                continue
            country = s.demonym_at(k - 1)
            if country is None:
                continue
            start = k - 2 if s.lower(k - 2) == "the" else k - 1
            owner = state_owner(country, s.span(start, k + 1))
            yield (
                Mention(owner.span, ActorKind.STATE, owner.key, owner.name, country=country.iso2),
                range(start, k + 1),
            )

    def polities(self) -> Iterator[tuple[Mention, range]]:
        """A toponym that is no country speaking ("Nagorno-Karabakh said") is a polity."""
        s = self.scan
        for start, end in sorted(self._candidate_names()):
            span = s.span(start, end)
            place = s.place_for(span)
            if place is None or not self.free(start, end) or country_by_name(span.text(s.text)):
                continue
            root = s.sdoc[start:end].root
            if root.dep_ == "nsubj" and root.head.lemma_ in SPEECH_VERBS:
                yield (
                    Mention(span, ActorKind.OTHER, ("polity", place.name), place.name),
                    range(start, end),
                )

    def owners(self) -> list[Mention]:
        """The states and polities that own the mentions found, at the words naming them."""
        have = {(m.span, m.key) for m in self.mentions}
        out: list[Mention] = []
        for m in self.mentions:
            o = m.owner
            if o is not None and (o.span, o.key) not in have:
                have.add((o.span, o.key))
                out.append(Mention(o.span, o.kind, o.key, o.name, country=o.country))
        return out


def _fold_name(text: str) -> str:
    return " ".join(text.replace("’", "'").removesuffix("'s").split()).casefold()


def _toponym_like(s: Scan) -> set[str]:
    """Names the NER calls a person or organisation but the article uses as a place.

    "the village of X", "X and Y districts", "shelled X", "in X", or tagged GPE/LOC elsewhere: a
    name used so anywhere in the article is a toponym everywhere in it, whatever the places
    layer made of it.
    """
    out: set[str] = set()
    for ent in s.sdoc.ents:
        if ent.label_ in ("GPE", "LOC", "FAC"):
            # Called a toponym once by the NER: the same words elsewhere are that toponym.
            out.add(_fold_name(ent.text.removeprefix("the ").removeprefix("The ")))
            continue
        if ent.label_ not in ("PERSON", "ORG"):
            continue
        tok = ent.root
        while tok.dep_ == "conj" and tok.head.i != tok.i:
            tok = tok.head
        head = tok.head
        placed = (
            (tok.dep_ in ("compound", "nmod") and head.lower_ in lexicon.PLACE_NOUNS)
            or (
                tok.dep_ == "pobj"
                and head.lower_ == "of"
                and head.head.lower_ in lexicon.PLACE_NOUNS
            )
            or (tok.dep_ == "pobj" and head.lower_ in ("in", "near", "around", "outside"))
            or (tok.dep_ == "dobj" and head.lemma_ in lexicon.PLACE_OBJECT_VERBS)
        )
        if placed:
            out.add(_fold_name(ent.text))
            out.add(_fold_name(s.text[ent[0].idx : ent.root.idx + len(ent.root.text)]))
    return out


def _names_group(s: Scan, i: int) -> bool:
    """Whether token ``i`` is part of an armed group's description ("pro-Russian", "Turkish-backed")."""
    tok = s.tok(i)
    return (
        tok.pos_ in ("ADJ", "PROPN")
        or tok.text == "-"
        or tok.lower_.endswith("backed")
        or tok.lower_ in lexicon.ETHNIC_MARKERS
    )


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


def _acts(s: Scan, start: int, end: int, *, capital: bool) -> bool:
    """Whether the country (or capital) at tokens ``start:end`` is an actor here, not a place."""
    tok = s.sdoc[start:end].root
    while tok.dep_ in ("conj", "appos") and tok.head.i != tok.i:
        tok = tok.head
    dep, head = tok.dep_, tok.head
    if dep in ("nsubj", "nsubjpass"):
        return head.lemma_ not in lexicon.LOCATIVE_VERBS
    if dep == "poss":
        return head.lower_ not in lexicon.PLACE_NOUNS
    if dep == "dobj":
        return head.lemma_ not in lexicon.PLACE_OBJECT_VERBS
    if dep == "pobj":
        prep = head.lower_
        governor = head.head
        if head.dep_ == "agent" or prep in ("by", "against"):
            return True
        if capital:
            return False
        if prep in ("of", "with"):
            return governor.lower_ in lexicon.RELATION_NOUNS or (
                prep == "with" and governor.pos_ == "VERB" and governor.lemma_ in _WITH_ACTS
            )
        return False
    return False


# Verbs whose "with" partner is an actor ("met with Armenia", "agreed with Russia").
_WITH_ACTS = frozenset(
    {"meet", "agree", "negotiate", "talk", "fight", "clash", "cooperate", "sign"}
)
