"""From mentions to actors: one actor per referent, with all its mentions, in reading order.

Three kinds of links inside one article:

* the same key is the same actor ("Azerbaijani forces" and "the Azerbaijani army" are both the
  forces of Azerbaijan; every "Azerbaijan" acting is the state);
* person names: a name that ends another ("Aliyev", "Ilham Aliyev") is that person, the most
  recently mentioned one when two share a surname; an unnamed office holder ("Azerbaijan's
  president") is the one named person with that title and owner, when there is exactly one;
* definite descriptions ("the ministry", "the president", "the army") are the most recent
  earlier actor they fit, and nothing when none fits: we never make up a referent for them.

Pronouns are left to the claims stage.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace

from sitrep.actors.context import LOCAL_BODIES, REACH, Mention
from sitrep.actors.lexicon import GOVERNMENT_SEATS
from sitrep.actors.scan import ActorKey, Owner, owner_of, state_owner
from sitrep.geo.countries import country_by_iso2
from sitrep.records import Actor, ActorKind, Span


@dataclass(slots=True)
class _Group:
    key: ActorKey
    mentions: list[Mention] = field(default_factory=list)
    merged_into: _Group | None = None

    @property
    def first(self) -> Mention:
        return self.mentions[0]

    @property
    def last_start(self) -> int:
        return max(m.span.start for m in self.mentions)

    @property
    def kind(self) -> ActorKind:
        return self.first.kind

    @property
    def title(self) -> str | None:
        return next((m.title for m in self.mentions if m.title), None)

    @property
    def owner_key(self) -> ActorKey | None:
        return next((m.owner.key for m in self.mentions if m.owner), None)

    @property
    def person_name(self) -> str | None:
        names = [m.person_name for m in self.mentions if m.person_name]
        return max(names, key=lambda n: len(n.split())) if names else None

    @property
    def name(self) -> str:
        return self.person_name or next(m.name for m in self.mentions if not m.refers_back)

    @property
    def country(self) -> str | None:
        return next((m.country for m in self.mentions if m.country), None)

    @property
    def part_of(self) -> str | None:
        return next((m.part_of for m in self.mentions if m.part_of), None)

    @property
    def owner_at(self) -> Span | None:
        return next((m.owner_at for m in self.mentions if m.owner_at), None)


@dataclass(frozen=True, slots=True)
class Subjects:
    """Where each sentence starts, and where the head words of the subjects of its main
    clauses are (character offsets): who a sentence is about, for 'the group' that follows."""

    sentence_starts: tuple[int, ...] = ()
    heads: frozenset[int] = frozenset()

    def sentence(self, offset: int) -> int:
        return bisect_right(self.sentence_starts, offset) - 1

    def subject(self, span: Span) -> bool:
        return any(span.start <= h < span.end for h in self.heads)


def _names_match(a: str, b: str) -> bool:
    """'Aliyev' and 'Ilham Aliyev' match; 'Ilham Aliyev' and 'Heydar Aliyev' do not."""
    x, y = a.casefold().split(), b.casefold().split()
    short, long = (x, y) if len(x) <= len(y) else (y, x)
    return long[len(long) - len(short) :] == short


# The nouns that call an armed group rebels, plural and singular: bare "rebels" are the one
# group the article calls so ("the M23 rebel group").
_REBEL_NOUNS = {"rebels": "rebel", "insurgents": "insurgent"}
_NOT_GROUPS = frozenset({"forces", "ministry", "institution", "office", "group"})
# Last words of an organisation's name that make it a force: "the Multinational Security
# Support mission", "the Kosovo Force".
_FORCE_BODIES = frozenset({"mission", "force", "forces"})
# A mission's or force's noun set off before its name: "the UN peacekeeping mission, MONUSCO".
_MISSION_BEFORE = re.compile(r"\b(?:mission|force)\s*,\s*$", re.IGNORECASE)


def _fits(what: str, detail: str, g: _Group) -> bool:
    """Whether the definite description ("ministry:Defence", "president") can refer to ``g``."""
    if what == "ministry":
        return g.key[0] == "ministry" and (not detail or g.key[1] == detail)
    if what == "institution":
        return g.key[:2] == ("institution", detail)
    if what == "armed":
        return g.key[0] == "armed" and g.key[-1].endswith(detail)
    if what == "forces":
        return g.key[0] == "forces" and len(g.key) > 1
    if what == "force":
        # 'the force': a state's forces or police, a security mission, an armed group by name
        last = g.name.rsplit(maxsplit=1)[-1].casefold()
        return (
            (g.key[0] == "forces" and len(g.key) > 1)
            or g.key[:2] == ("institution", "police")
            or (g.kind is ActorKind.ORGANIZATION and last in _FORCE_BODIES)
            or _fits("group", "armed", g)
        )
    if what == "group":
        # an armed group's or an organisation's own name, not a state's forces, a body of a
        # state or a group of people
        if g.key[0] in _NOT_GROUPS or g.mentions[0].owner is not None:
            return False
        if not any(c.isupper() for c in g.name):
            return False  # 'its fighters', 'militants': no group's name
        return g.kind is ActorKind.ARMED_GROUP or (not detail and g.kind is ActorKind.ORGANIZATION)
    title = g.title
    return g.kind is ActorKind.PERSON and bool(title) and (title or "").casefold().endswith(what)


class _Linker:
    def __init__(
        self,
        text: str = "",
        subjects: Subjects | None = None,
        home: str | None = None,
        places: Sequence[tuple[int, str]] = (),
    ) -> None:
        self.text = text
        self.subjects = subjects or Subjects()
        # where the article names a place, and the country it lies in
        self.places = places
        country = country_by_iso2(home) if home else None
        # the state the article is told from: whose 'the government' it is when no other is
        self.home = state_owner(country, Span(0, 0)) if country is not None else None
        self.groups: list[_Group] = []
        self.by_key: dict[ActorKey, _Group] = {}

    def new(self, key: ActorKey, m: Mention) -> _Group:
        g = _Group(key, [m])
        self.groups.append(g)
        self.by_key.setdefault(key, g)
        return g

    def words(self, m: Mention) -> str:
        return self.text[m.span.start : m.span.end].casefold()

    def owns_last(self, g: _Group, m: Mention) -> bool:
        """Whether ``g``'s last mention before ``m`` is a possessive ("al Qaeda's")."""
        before = [x.span.end for x in g.mentions if x.span.end <= m.span.start]
        end = max(before, default=None)
        return end is not None and self.text[end : end + 2] in ("'s", "’s")

    def earlier(self, m: Mention) -> list[_Group]:
        """Live groups mentioned before ``m``, the most recent first."""
        live = [g for g in self.groups if g.merged_into is None and g.first.span < m.span]
        return sorted(live, key=lambda g: g.last_start, reverse=True)

    def add(self, m: Mention) -> None:
        if m.refers_back is not None:
            self.refer_back(m)
        elif m.person_name is not None:
            self.add_person(m)
        elif (g := self.by_key.get(m.key)) is not None:
            g.mentions.append(m)
        else:
            self.new(m.key, m)

    def add_person(self, m: Mention) -> None:
        assert m.person_name is not None
        named = [g for g in self.groups if g.merged_into is None and g.person_name]
        fits = [g for g in named if g.person_name and _names_match(g.person_name, m.person_name)]
        if fits:
            max(fits, key=lambda g: g.last_start).mentions.append(m)
        else:
            self.new(m.key, m)

    def refer_back(self, m: Mention) -> None:
        assert m.refers_back is not None
        what, _, detail = m.refers_back.partition(":")
        one = what == "armed-one"
        what = "armed" if one else what
        fitting = [
            g
            for g in self.earlier(m)
            if _fits(what, detail, g) or self.called(what, detail, g) or self.source_of(m, g)
        ]
        if one and len(fitting) != 1:
            # "rebels" with no word before them: the one group the article called so, if
            # only one; else rebels of their own
            fitting = []
        if what == "forces" and detail:
            # 'the junta' is the junta named before, not the foreign troops named since
            said = [g for g in fitting if any(detail in self.words(x) for x in g.mentions)]
            fitting = said or fitting
        elif what == "forces" and (
            branch := next((b for b in _BRANCHES if b.search(self.words(m))), None)
        ):
            # 'the army' is the army named before ("Mali's army"), not the foreign troops
            # named since ("has since expelled French troops ... the army said")
            said = [g for g in fitting if any(branch.search(self.words(x)) for x in g.mentions)]
            fitting = said or fitting
        missions = [g for g in fitting if what == "force" and self.mission(g)]
        if fitting and fitting[0] in missions and len(missions) > 1:
            # 'the force' after two missions named: which one we cannot tell
            fitting = []
        if what == "group" and not detail and (g := self.previous_subject(m, fitting)):
            # 'Human Rights Watch said ... the Wagner Group. The group called for ...': a
            # subject that follows a subject is the same one, armed or not
            g.mentions.append(m)
            return
        if what == "group":
            # in news of fighting 'the group' is the armed group named last, not the
            # mediators or monitors named after it; an organisation only where none is armed
            armed = [g for g in fitting if g.kind is ActorKind.ARMED_GROUP]
            fitting = armed or fitting
            # nor one last named as another's owner ('JNIM, al Qaeda's affiliate in the Sahel,
            # has carried out raids. The group denied ...' is JNIM)
            fitting = [g for g in fitting if not self.owns_last(g, m)] or fitting
        if what == "institution" and detail in LOCAL_BODIES and self.sentence_countries(m):
            # 'the police' in a sentence of places in Kandahar: not Pakistan's police named before
            state = self.local_state(m)
            fitting = [g for g in fitting if state is not None and g.country == state.country]
        named = [g for g in fitting if g.kind is ActorKind.PERSON and g.person_name]
        if m.kind is ActorKind.PERSON and len(named) > 1 and fitting[0] in named:
            # 'Foreign Minister Diallo and Defence Minister Traore met ... The minister
            # pledged': two named holders fit, and which one spoke we cannot tell
            fitting = []
        if fitting:
            fitting[0].mentions.append(m)
            return
        if (run_by := m.run_by) is not None:
            # 'the Houthi-run health ministry' with none named before: the Houthis' own, not
            # the ministry of the state the article is told from or about
            self.add(
                replace(
                    m,
                    key=(*m.key, *run_by.key),
                    name=f"{m.name[:1].upper()}{m.name[1:]} of {run_by.name}",
                    country=run_by.country,
                    owner=replace(run_by, span=m.span),
                    refers_back=None,
                )
            )
            return
        elsewhere = self.places_abroad(m) if detail in LOCAL_BODIES else set()
        if what == "institution" and len(elsewhere) == 1 and (state := self.local_state(m)):
            # 'Police arrested three suspects in Peshawar' in a story told from Kabul: the
            # police of the one state the sentence's places lie in
            self.add(self.of_state(m, state, "institution", detail, head=_HOME_BODIES[detail]))
            return
        if what == "institution" and detail in _HOME_BODIES and self.home is not None:
            if elsewhere:
                # places of other states besides, or of several: whose we cannot tell
                self.add(replace(m, refers_back=None))
                return
            # 'the government' with none named before: the government of the state the article
            # is told from ('ADDIS ABABA - ... the government declared a state of emergency')
            head = _HOME_BODIES[detail]
            self.add(self.of_home(m, "institution", detail, head=head))
            return
        if what == "ministry" and detail and self.home is not None:
            # 'the interior ministry' in a story told from Tbilisi: Georgia's
            self.add(self.of_home(m, "ministry", detail, head=f"Ministry of {detail}"))
            return
        if (
            m.stands_alone
            and m.kind is ActorKind.PERSON
            and any(g.kind is ActorKind.PERSON and not g.title for g in self.earlier(m))
        ):
            # "the mayor said" with no mayor named before is an unnamed holder, unless the
            # article named someone without a title who may hold it ("Gretchen Whitmer ... the
            # governor")
            return
        if m.stands_alone:
            # "the defence ministry" with no earlier ministry: a ministry of unknown country;
            # "the rebels" with no earlier rebels: rebels.
            self.add(replace(m, refers_back=None))

    def source_of(self, m: Mention, g: _Group) -> bool:
        """Whether ``m`` ("the official") names the anonymous source ``g`` by its head noun in
        the singular ("a Hamas official, who asked not to be named, ... the official said")."""
        if g.key[0] != "source" or m.kind is ActorKind.PERSON:
            return False
        word = self.words(m).rsplit(maxsplit=1)[-1]
        name = g.name.casefold()
        return not word.endswith("s") and (name == word or name.endswith(f" {word}"))

    def called(self, what: str, detail: str, g: _Group) -> bool:
        """Whether the article called the armed group ``g`` by the noun of "the rebels" before
        ("the ELN rebels", "Houthi rebels"), or the body ``g`` by the noun of "the force" ("the
        UN peacekeeping mission, MONUSCO,": a mission is a force)."""
        if what == "described":
            # 'COGAT, the Israeli military agency that oversees ...': set off after its name
            return g.kind in (ActorKind.ORGANIZATION, ActorKind.ARMED_GROUP) and any(
                re.match(
                    rf",\s+(?:the|an?)\s+[^,.;]{{0,60}}?\b{re.escape(detail)}\b",
                    self.text[x.span.end :],
                )
                for x in g.mentions
            )
        if what == "force":
            return g.kind is ActorKind.ORGANIZATION and any(
                _MISSION_BEFORE.search(self.text[max(0, x.span.start - 40) : x.span.start])
                for x in g.mentions
            )
        return (
            what == "armed"
            and g.kind in (ActorKind.ARMED_GROUP, ActorKind.ORGANIZATION)
            and any(self.words(x).endswith(f" {detail}") for x in g.mentions)
        )

    def mission(self, g: _Group) -> bool:
        """Whether ``g`` is a security mission or force by name ("the Multinational Security
        Support mission") or by the noun set off before it ("the UN mission, UNMISS,")."""
        last = g.name.rsplit(maxsplit=1)[-1].casefold()
        return g.kind is ActorKind.ORGANIZATION and (
            last in _FORCE_BODIES or self.called("force", "", g)
        )

    def previous_subject(self, m: Mention, fitting: list[_Group]) -> _Group | None:
        """The group that is the subject of the sentence before ``m``'s, when ``m`` is its own
        sentence's subject and only one group is ('X said Y seized the mine. The group denied
        it' has two: left to the other rules)."""
        s = self.subjects
        if not s.subject(m.span):
            return None
        before = s.sentence(m.span.start) - 1
        subjects = [
            g
            for g in fitting
            if any(s.sentence(x.span.start) == before and s.subject(x.span) for x in g.mentions)
        ]
        return subjects[0] if len(subjects) == 1 else None

    def of_home(self, m: Mention, *key: str, head: str) -> Mention:
        assert self.home is not None
        return self.of_state(m, self.home, *key, head=head)

    def of_state(self, m: Mention, state: Owner, *key: str, head: str) -> Mention:
        return replace(
            m,
            key=(*key, *state.key),
            name=f"{head} of {state.name}",
            country=state.country,
            owner=replace(state, span=m.span),
            refers_back=None,
        )

    def sentence_countries(self, m: Mention) -> set[str]:
        """The countries the places named in ``m``'s sentence lie in."""
        sentence = self.subjects.sentence(m.span.start)
        return {c for at, c in self.places if self.subjects.sentence(at) == sentence}

    def places_abroad(self, m: Mention) -> set[str]:
        """The countries other than the home state's of the places in ``m``'s sentence."""
        home = self.home.country if self.home is not None else None
        return self.sentence_countries(m) - {home}

    def local_state(self, m: Mention) -> Owner | None:
        """The one state all the places of ``m``'s sentence lie in."""
        found = self.sentence_countries(m)
        country = country_by_iso2(next(iter(found))) if len(found) == 1 else None
        return state_owner(country, m.span) if country is not None else None

    def merge_forces(self, home: str | None) -> None:
        """ "army says" in a headline, "the army said" before any state's forces are named: the
        army of the one state whose forces the article names, when it names only one, and
        unless that state's forces are named only after it and are foreign to an article told
        from ``home`` ("the army had deployed troops" in a story from Mozambique is not the
        Rwandan troops named further on)."""
        bare = self.by_key.get(("forces",))
        owned = [
            g
            for g in self.groups
            if g.key[0] == "forces" and len(g.key) > 1 and g.merged_into is None
        ]
        if bare is None or bare.merged_into is not None:
            return
        if not owned and self.home is not None:
            # no state's forces named at all: the army of the state the article is told from
            moved = [self.of_home(x, "forces", head="Military Forces") for x in bare.mentions]
            g = self.new(moved[0].key, moved[0])
            g.mentions.extend(moved[1:])
            bare.merged_into = g
            return
        if len(owned) > 1:
            # 'the army' where one state's army is named and another's troops or forces: that
            # army ("Congo's army ... Rwanda says its forces"); never when two states' are named
            branches = {b for b in _BRANCHES for x in bare.mentions if b.search(self.words(x))}
            owned = [
                g
                for g in owned
                if any(b.search(self.words(x)) for b in branches for x in g.mentions)
            ]
        if len(owned) != 1:
            return
        foreign = home is not None and owned[0].country not in (None, home)
        if not (foreign and bare.first.span < owned[0].first.span):
            owned[0].mentions.extend(bare.mentions)  # after its own: the name stays the state's
            bare.merged_into = owned[0]

    def home_bodies(self) -> None:
        """ "Government spokesman Legesse Tulu", "army spokesman X" with no government or army
        named by its state: the home state's body, which gets the word as its mention."""
        if self.home is None:
            return
        for g in list(self.groups):
            if g.merged_into is not None or g.kind is not ActorKind.PERSON or g.owner_key:
                continue
            first = g.first
            start = first.span.start
            found = _BODY_BEFORE.search(self.text, max(0, start - 40), start)
            if found is None:
                continue
            key, name, kind = _HOME_BODY_WORDS[found.group(1).casefold()]
            at = Span(found.start(1), found.end(1))
            body = self.of_home(Mention(at, kind, key, name), *key, head=name)
            self.add(body)
            owner = owner_of(body, at)
            g.mentions[0] = replace(first, owner=owner)

    def pro_government(self) -> None:
        """ "pro-government militias", "pro-government forces": an armed group on the side of
        the government of the one state the places of its sentence lie in, else of the state
        the article is told from; of no one where neither is known. The government gets the
        word "government" as its mention."""
        for g in list(self.groups):
            if g.merged_into is not None or g.kind is not ActorKind.ARMED_GROUP or g.owner_key:
                continue
            if g.key[0] != "armed" or not str(g.key[-1]).startswith(_PRO_GOVERNMENT):
                continue
            first = g.first
            state = self.local_state(first) or self.home
            if state is None:
                continue
            written = self.text[first.span.start : first.span.end]
            at = written.casefold().find("government")
            if at < 0:
                at = written.casefold().find("regime")
                length = len("regime")
            else:
                length = len("government")
            if at < 0:
                continue
            span = Span(first.span.start + at, first.span.start + at + length)
            body = self.of_state(
                Mention(span, ActorKind.ORGANIZATION, ("institution", "government"), "Government"),
                state,
                "institution",
                "government",
                head="Government",
            )
            self.add(body)
            owner = owner_of(body, span)
            g.mentions[0] = replace(first, owner=owner, country=state.country)

    def local_officials(self, told_from: str | None) -> None:
        """ "regional officials said", "local officials": the officials of a place the article
        leaves unnamed, of the one state the places of their sentence lie in, else of the state
        the article is told from where every place it names lies there; of none where neither
        is told."""
        for g in self.groups:
            if g.merged_into is not None or g.country is not None or len(g.key) != 2:
                continue
            words = str(g.key[1]).split()
            if g.key[0] != "unnamed" or words[-1:] != ["officials"] or len(words) < 2:
                continue
            if not all(w in REACH for w in words[:-1]):
                continue
            state = self.local_state(g.first)
            country = state.country if state is not None else None
            if country is None and told_from and {c for _, c in self.places} == {told_from}:
                country = told_from
            if country is not None:
                g.mentions[0] = replace(g.first, country=country)

    def home_heads(self) -> None:
        """ "President Gustavo Petro" with no state named with the title, in an article told
        from Bogota about Colombia that names Colombia: Colombia's president, for news names a
        foreign head of state or government by the state ("U.S. President X") and its own
        country's by the title alone. Nothing where the article never names its home state."""
        if self.home is None:
            return
        state = self.by_key.get(self.home.key)
        while state is not None and state.merged_into is not None:
            state = state.merged_into
        if state is None or not state.mentions:
            return
        for g in self.groups:
            if g.merged_into is not None or g.kind is not ActorKind.PERSON or g.owner_key:
                continue
            if not g.person_name or (g.title or "").casefold() not in _HEAD_TITLES:
                continue
            first = g.mentions[0]
            owner = replace(self.home, span=state.first.span)
            g.mentions[0] = replace(first, owner=owner, country=first.country or owner.country)

    def merge_unnamed(self) -> None:
        """ "a local resistance committee said ...; the El Fasher Resistance Committee said":
        a body described without its name is the one organisation the article names whose
        name ends with the description's words, when exactly one does."""
        unnamed: dict[tuple[str, ...], _Group] = {
            g.key[1:]: g for g in self.groups if g.key[0] == "unnamed" and len(g.key) == 2
        }
        for g in self.groups:
            # "regional officials said ... the regional officials added": the same body
            first = unnamed.get(g.key[1:])
            if (
                g.key[0] == "institution"
                and g.merged_into is None
                and first is not None
                and first.merged_into is None
                and first.first.span < g.first.span
            ):
                first.mentions.extend(g.mentions)
                g.merged_into = first
        named = [
            g
            for g in self.groups
            if g.merged_into is None and g.key[0] == "org" and g.kind is ActorKind.ORGANIZATION
        ]
        for g in self.groups:
            if g.merged_into is not None or g.key[0] != "unnamed" or len(g.key) != 2:
                continue
            words = g.key[1].split()
            if len(words) < 2:
                continue
            fits = [n for n in named if n.name.casefold().split()[-len(words) :] == words]
            if len(fits) == 1 and len(fits[0].name.split()) > len(words):
                fits[0].mentions.extend(g.mentions)
                g.merged_into = fits[0]

    def one_rebel_group(self) -> None:
        """ "Rebels ambushed a convoy ... The M23 rebel group denied it. A rebel spokesman
        said": where the article calls exactly one named armed group rebels ("the M23 rebel
        group", "M23 rebels"), its bare "rebels" are that group, before or after it is named,
        and its unnamed rebel sources speak for it; none where two groups are so called."""
        for plural, singular in _REBEL_NOUNS.items():
            called = [
                g
                for g in self.groups
                if g.merged_into is None
                and g.kind in (ActorKind.ARMED_GROUP, ActorKind.ORGANIZATION)
                and g.key[0] in ("org", "armed")
                and g.key != ("armed", plural)
                and any(c.isupper() for c in g.name)
                and any(
                    re.match(
                        rf"\s*{singular}s?\b",
                        self.text[x.span.end : x.span.end + 20],
                        re.IGNORECASE,
                    )
                    or re.search(rf"\b{singular}s?\b", self.words(x))
                    for x in g.mentions
                )
            ]
            if len(called) != 1:
                continue
            group = called[0]
            for g in self.groups:
                if g.merged_into is None and g is not group and g.key == ("armed", plural):
                    group.mentions.extend(g.mentions)
                    g.merged_into = group
            self.speak_for(group, (singular,))

    def army_sources(self) -> None:
        """ "Malian troops ... an army spokesman said": an unnamed army or military source or
        spokesperson speaks for the one state's forces the article names; none when it names
        two states' forces or none."""
        owned = [
            g
            for g in self.groups
            if g.key[0] == "forces" and len(g.key) > 1 and g.merged_into is None
        ]
        bare = self.by_key.get(("forces",))
        if not owned and bare is not None and bare.merged_into is None:
            owned = [bare]  # "the army said ... an army spokesman said": that army's
        if len(owned) != 1:
            return
        self.speak_for(owned[0], ("army", "military"))

    def speak_for(self, side: _Group, words: tuple[str, ...]) -> None:
        """Unnamed sources of no owner whose description opens with one of ``words`` ("a
        rebel spokesman", "army sources") speak for ``side``."""
        owner = owner_of(side, side.first.span)
        for g in self.groups:
            if (
                g.merged_into is None
                and g.key[0] == "source"
                and len(g.key) == 2
                and g.key[1].split()[0] in words
                and g.owner_key is None
            ):
                g.mentions = [replace(m, owner=owner) for m in g.mentions]

    def formations(self) -> None:
        """ "'Units of the Centre group of forces have liberated X,' the ministry said": a
        formation belongs to the forces of the one state whose ministry or forces its own
        sentence names (the speaker who reports its acts); none when it names none or two."""
        s = self.subjects
        for g in self.groups:
            if g.merged_into is not None or g.key[0] != "formation" or g.owner_key:
                continue
            first = g.first
            here = s.sentence(first.span.start)
            speakers = [
                o
                for o in self.groups
                if o.merged_into is None
                and o.key[0] in ("ministry", "forces")
                and o.first.owner is not None
                and o.first.owner.kind is ActorKind.STATE
                and any(s.sentence(m.span.start) == here for m in o.mentions)
            ]
            owners = {o.first.owner.key for o in speakers if o.first.owner is not None}
            if len(owners) != 1 or speakers[0].first.owner is None:
                continue
            owner = speakers[0].first.owner
            forces = self.by_key.get(("forces", *owner.key))
            if forces is not None and forces.merged_into is None:
                owner = owner_of(forces, first.span)
            g.mentions[0] = replace(first, owner=owner, country=owner.country)

    def merge_offices(self) -> None:
        """ "Azerbaijan's president" is the named President whose owner is Azerbaijan."""
        named = [g for g in self.groups if g.person_name]
        for g in self.groups:
            if g.key[0] != "office" or g.person_name or g.merged_into is not None:
                continue
            title = (g.title or "").casefold()
            fits = [
                p
                for p in named
                if (p.title or "").casefold() == title and p.owner_key == g.owner_key
            ]
            if len(fits) == 1:
                fits[0].mentions.extend(g.mentions)
                g.merged_into = fits[0]


# The branch of a state's forces a bare 'the army', 'the navy' names; 'army' and 'military'
# name the same forces.
_BRANCHES = tuple(
    re.compile(rf"\b(?:{words})\b") for words in ("army|military|armed forces", "air force", "navy")
)

# Bodies a state has one of, which 'the X' with none named before is the home state's.
_HOME_BODIES = {"government": "Government", "opposition": "Opposition", "police": "Police"}

# The titles of a state's head of state or government, which news writes alone for the
# country it reports from.
_HEAD_TITLES = frozenset({"president", "prime minister"})

# A state body's word right before an unnamed-owner title: "Government spokesman X", and the
# key, name and kind of the home state's body it names.
_BODY_BEFORE = re.compile(r"\b(government|army|military)\s+$", re.I)
_HOME_BODY_WORDS: dict[str, tuple[ActorKey, str, ActorKind]] = {
    "government": (("institution", "government"), "Government", ActorKind.ORGANIZATION),
    "army": (("forces",), "Military Forces", ActorKind.ARMED_GROUP),
    "military": (("forces",), "Military Forces", ActorKind.ARMED_GROUP),
}


# The keys of the seats of government news names for the government ('the Kremlin').
_SEAT_KEYS: frozenset[ActorKey] = frozenset(
    ("org", seat.name.casefold()) for seat in GOVERNMENT_SEATS
)


# The words opening an armed group's name that side it with a state's government.
_PRO_GOVERNMENT = ("pro-government ", "pro-regime ")


def _unique_spans(mentions: Iterable[Mention]) -> tuple[Span, ...]:
    return tuple(sorted({m.span for m in mentions}))


def link(
    mentions: Iterable[Mention],
    *,
    home: str | None = None,
    text: str = "",
    subjects: Subjects | None = None,
    home_state: str | None = None,
    places: Sequence[tuple[int, str]] = (),
) -> tuple[Actor, ...]:
    """Group mentions into actors; ids follow the first mention of each actor in the text.
    ``home``: the country the article is told from (its dateline's), when known; ``text``: the
    article's text, which the mentions' spans index; ``subjects``: its sentences' subjects;
    ``home_state``: the state whose bare 'the government' and 'the army' these are, when none
    is named (the country it is told from, where that is also the one its places lie in);
    ``places``: where the article names a place and its country, for bodies that are the
    state's they act in ('Police arrested three suspects in Peshawar')."""
    linker = _Linker(text, subjects, home_state, places)
    for m in sorted(mentions, key=lambda m: (m.span.start, -m.span.end)):
        linker.add(m)
    linker.merge_forces(home)
    linker.home_bodies()
    linker.pro_government()
    linker.home_heads()
    linker.merge_unnamed()
    linker.one_rebel_group()
    linker.army_sources()
    linker.local_officials(home)
    linker.formations()
    linker.merge_offices()
    groups = [g for g in linker.groups if g.merged_into is None and g.mentions]
    groups.sort(key=lambda g: min(m.span for m in g.mentions))
    ids = {id(g): f"a{n}" for n, g in enumerate(groups, start=1)}

    def id_of_key(key: ActorKey | None) -> str | None:
        g = linker.by_key.get(key) if key is not None else None
        while g is not None and g.merged_into is not None:
            g = g.merged_into
        return ids.get(id(g)) if g is not None else None

    def id_at(span: Span | None) -> str | None:
        if span is None:
            return None
        inside = [(m.span, g) for g in groups for m in g.mentions if span.contains(m.span)]
        if not inside:
            return None
        # the longest mention opening the words: "the defence ministry", not "Azerbaijani"
        _, g = min(inside, key=lambda x: (x[0].start, x[0].start - x[0].end))
        return ids[id(g)]

    actors: list[Actor] = []
    for g in groups:
        affiliation = id_of_key(g.owner_key)
        if affiliation is None and g.part_of is not None:
            affiliation = id_of_key(("org", g.part_of.casefold()))
        if affiliation is None:
            affiliation = id_at(g.owner_at)
        if affiliation is None and g.key in _SEAT_KEYS and g.country is not None:
            # 'the Kremlin said', where the article names Russia: a body of that state
            affiliation = id_of_key(("state", g.country))
        actors.append(
            Actor(
                id=ids[id(g)],
                name=g.name,
                kind=g.kind,
                title=g.title,
                affiliation=affiliation if affiliation != ids[id(g)] else None,
                country=g.country,
                mentions=_unique_spans(g.mentions),
            )
        )
    return tuple(actors)
