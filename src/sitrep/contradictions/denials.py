"""Denials: a denial or rejection and the accusation or assertion it answers."""

from __future__ import annotations

import re
from collections.abc import Sequence

from sitrep.actors.lexicon import IRREGULAR_FORCE_NOUNS
from sitrep.attribution.base import on_first_line
from sitrep.contradictions.sides import Sides, event_about, same_source, start
from sitrep.contradictions.wording import ACT, CIVILIAN, said, stems
from sitrep.geo.countries import country_by_demonym
from sitrep.records import Actor, ActorKind, Claim, Contradiction, ContradictionKind, Event, Stance

_DENIALS = {Stance.DENY, Stance.REJECT}
_ANSWERABLE = {Stance.ACCUSE, Stance.ASSERT}
_BACK_REFERENCE = re.compile(
    r"\b(?:allegations?|accusations?|claims?|reports?|charges?|accounts?|figures?|statements?"
    r"|tolls?|tall(?:y|ies)|information|news)\b",
    re.I,
)
# What names a report, not an accusation: "the information about the capture ...".
_REPORT_REFERENCE = re.compile(r"\b(?:information|news|reports?|claims?|accounts?)\b", re.I)
# Minimum fit for a denial to answer a claim: the accused side, or three shared words (the act
# counting as two), or a few shared words between opposed speakers.
_MIN_FIT = 3.0
# A denial that only names what it answers ("rejected the accusation") answers the nearest
# claim before it, within this many characters.
_REFERRED = 3.0
_NEAR_REFERENCE = 600
_FIGURE = re.compile(r"\d|\b(?:dozens?|hundreds?|thousands?|scores?)\b", re.I)
_BARE_REFERENCE = re.compile(
    # "the ministry's figures", "Kyiv's latest account", "the casualty figures"
    r"(?:the|a|an|this|that|these|those|such|its|their)?\s*(?:[\w-]+(?:['’]s?)?\s+){0,2}"
    r"(allegations?|accusations?|claims?|reports?|charges?|accounts?|assertions?|figures?"
    r"|statements?|tolls?|tall(?:y|ies))"
    # what the denial calls it: 'dismissed the figure as propaganda'
    r"(?:\s+as\s+[\w\s-]{1,40})?",
    re.I,
)

# A denial whose content is a pronoun only: "denied that", "rejected it", "disputed this".
_PRONOUN = re.compile(r"that|this|it|these|those|them", re.I)

# What lies between a statement and a denial set beside it as an apposition: the rest of the
# statement's sentence ("... in the Mopti region between December and February"), then a comma
# or a dash.
_BESIDE = re.compile(r"[^.!?;“”\"]{0,80}?[,—–]\s*|\s*-\s+")

# A denial that names the act it denies by a definite noun: "carrying out the strike", "any
# role in the attack", "responsibility for the shelling", "the bombing".
_ACT_REFERENCE = re.compile(
    r"(?:(?:carrying out|conducting|launching|staging|responsibility for|any role in|"
    r"involvement in|being behind)\s+)?(?:the|this|that|these|those|any such)\s+"
    r"(?:\w+\s+)?(?:strikes?|attacks?|shelling|bombings?|raids?|air ?strikes?|assault)"
    # or only its part in it: "RSF denies role", "denied any involvement"
    r"|(?:any\s+)?(?:role|involvement|responsibility|part)(?:\s+in\s+(?:it|them))?",
    re.I,
)

# A denial that the denier's own people had a part, with no act named: "denied that its
# members had taken part", "denied its fighters were involved".
_OWN_PART = re.compile(
    r"(?:that\s+)?(?:its|their|his|her|our)\s+(?:[\w-]+\s+)?"
    r"(?:members|fighters|forces|men|troops|supporters|soldiers|militants|followers)\s+"
    r"(?:had\s+|have\s+|were\s+|was\s+)?(?:been\s+)?"
    r"(?:taken\s+part|took\s+part|involved|behind\s+(?:it|them)|responsible)"
    r"(?:\s+in\s+(?:it|them|the\s+\w+))?",
    re.I,
)

# An accusation that names an act and no one: "condemned the killings".
_ACT_ONLY = re.compile(
    r"(?:the|this|that|these|those|such|its|their)\s+(?:[\w-]+\s+){0,2}"
    r"(?:killings?|attacks?|strikes?|shelling|bombings?|raids?|massacres?|violence|assaults?)",
    re.I,
)

# A rejection of what was proposed or demanded ("Russia has rejected a partial truce",
# "rejected calls for talks") refuses an offer; it denies no statement.
_PROPOSAL = re.compile(
    r"(?:(?:the|a|an|any|this|that|these|those|such|its|their|his|her)\s+)?(?:[\w-]+\s+){0,2}"
    r"(?:truces?|ceasefires?|cease-fires?|proposals?|offers?|plans?|deals?|demands?|calls?"
    r"|invitations?|talks|requests?|ultimatums?|initiatives?|negotiations?|terms|conditions"
    r"|peace)\b",
    re.I,
)
# A denial of losses ("denied losing any fighters", "denied suffering casualties") answers
# the figure of its dead told before it.
_LOSSES = re.compile(
    r"(?:that\s+(?:it|they)\s+had\s+)?(?:los(?:e|es|ing|t)|suffer(?:ed|ing)?)\b", re.I
)
_DEAD = frozenset({"kill", "dead", "died", "death", "bodi"})
# A denial that civilians were harmed at all ("no civilian casualties", "no indication of
# civilian deaths") answers a toll told before it.
_NO_CIVILIAN_HARM = re.compile(
    r"\b(?:no|nor|any|without)\s+(?:\w+\s+){0,3}?civilian\s+(?:casualties|deaths|victims|dead)\b",
    re.I,
)
_HARMED = _DEAD | {"wound", "injur", "casualti"}

# Stems of fighting beyond the acts of war in ``ACT``: a report that names a side and tells of
# killing, clashes or capture can be what that side denies.
_VIOLENCE = frozenset(
    {"kill", "clash", "fought", "fight", "captur", "seiz", "overran", "overrun", "ambush"}
    | {"execut", "abduct", "wound"}
)


def denials(
    text: str,
    claims: Sequence[Claim],
    actors: Sequence[Actor],
    events: Sequence[Event],
    *,
    names: dict[str, str],
    sides: Sides | None = None,
) -> list[Contradiction]:
    out: list[Contradiction] = []
    sides = sides or Sides(actors, claims)
    stemmed = {c.id: stems(c.content.text(text)) for c in claims}
    for denial in claims:
        if denial.stance not in _DENIALS:
            continue
        named = denial.content.text(text).strip(" “”\"'.,")
        if (
            denial.stance is Stance.REJECT
            and _PROPOSAL.match(named)
            and not _BACK_REFERENCE.search(named)
        ):
            continue
        candidates = [
            c
            for c in claims
            if c.stance in _ANSWERABLE
            and c.id != denial.id
            and not same_source(text, c, denial)
            and not sides.allied(c, denial)
        ]
        # what the denial says it answers: "the accusation", "carrying out the strike"
        referred = (
            _owned(text, denial, named, candidates, actors)
            or _of_a_nation(text, denial, named, candidates, sides)
            or _referred(text, denial, named, candidates, stemmed)
        )
        best: tuple[float, Claim] | None = None
        if (within := _within(denial, candidates)) is not None:
            # "The army blamed the rebels; M23 denied it": the denial's content, read from
            # its pronoun, is the statement itself
            best = (0.0, within)
            candidates = []
        elif (answered := _answering(text, denial, candidates, sides, stemmed)) is not None:
            # "Rights groups accused both sides of abuses; the government denies targeting
            # civilians": the accusation the same sentence answers
            best = (0.0, answered)
            candidates = []
        elif (beside := _beside(text, denial, named, candidates)) is not None:
            # "..., an accusation the junta rejected": the statement it is set beside
            best = (0.0, beside)
            candidates = []
        elif (toll := _headline_toll(text, denial, named, candidates, stemmed)) is not None:
            # "Sudan paramilitary disputes toll from market shelling": the story's first toll
            best = (0.0, toll)
            candidates = []
        elif referred is not None and _counted_reference(named):
            # "The RSF disputed the toll": the figure told before it, not the accusation
            # against the RSF beside it (which disputes no figure)
            best = (0.0, referred)
            candidates = []
        patient = _NONE_DONE.match(named)
        for claim in candidates:
            if claim.content.start >= denial.content.end and not (
                stemmed[claim.id] & stemmed[denial.id] & (_VIOLENCE | {ACT})
            ):
                # told after the denial, it answers it only by the same act ('denies that the
                # army has lost control ...' is no answer to a later accusation of killings)
                continue
            if not _same_patient(patient, stemmed[claim.id]):
                continue
            fit = _denial_fit(text, claim, denial, sides, stemmed)
            if claim is referred:
                fit += _REFERRED
            if fit < _MIN_FIT:
                continue
            # nearer claims answer first; a denial answers what came before it
            fit -= _distance(claim, denial)
            if (
                best is None
                or fit > best[0]
                or (fit == best[0] and _nearer(claim, best[1], denial))
            ):
                best = (fit, claim)
        if best is None:
            continue
        claim = best[1]
        out.append(
            Contradiction(
                kind=ContradictionKind.DENIAL,
                between=(claim.id, denial.id),
                about=event_about(events, claim, denial),
                note=f"{said(text, claim, names)}; {said(text, denial, names)}",
            )
        )
    return out


def _headline_toll(
    text: str,
    denial: Claim,
    words: str,
    candidates: Sequence[Claim],
    stemmed: dict[str, set[str]],
) -> Claim | None:
    """'Sudan paramilitary disputes toll from market shelling': a headline (the text's first
    line) that denies a toll answers the first toll of harm the story tells after it, where the
    headline tells none before it."""
    if not on_first_line(text, start(denial)):
        return None
    match = _BARE_REFERENCE.match(words)
    if match is None or not _names_a_count(match):
        return None
    counted = _tolls(text, candidates, stemmed, _HARMED)
    if any(c.content.end <= start(denial) for c in counted):
        return None  # 'Army says 40 rebels killed; villagers dispute toll': the figure before it
    after = [c for c in counted if c.content.start >= denial.content.end]
    return min(after, key=lambda c: c.content.start, default=None)


def _tolls(
    text: str, claims: Sequence[Claim], stemmed: dict[str, set[str]], harm: frozenset[str]
) -> list[Claim]:
    """The claims that give a figure and tell of harm (one of the stems ``harm``)."""
    return [c for c in claims if _FIGURE.search(c.content.text(text)) and stemmed[c.id] & harm]


def _counted_reference(words: str) -> bool:
    """Whether a denial names only a figure: "the toll", "the ministry's figures"."""
    match = _BARE_REFERENCE.fullmatch(words)
    return match is not None and _names_a_count(match)


def _names_a_count(match: re.Match[str]) -> bool:
    """Whether the statement a :data:`_BARE_REFERENCE` match names is a figure or a toll."""
    return match.group(1).lower().startswith(("figure", "toll", "tall"))


def _referred(
    text: str,
    denial: Claim,
    words: str,
    candidates: Sequence[Claim],
    stemmed: dict[str, set[str]],
) -> Claim | None:
    """The claim a denial that only names it ("rejected the accusation", "a claim Armenian
    officials rejected") answers: the nearest before it, an accusation for "the accusation";
    a denial of "the strike", "carrying out the attack", the nearest claim telling of an act.
    ``words``: the denial's content, without quotation marks and end punctuation."""
    before = [c for c in candidates if c.content.end <= start(denial)]
    if _NO_CIVILIAN_HARM.search(words):
        # 'there was no indication of civilian casualties': the toll told before it
        return _nearest_before(denial, _tolls(text, before, stemmed, _HARMED))
    if _LOSSES.match(words):
        return _nearest_before(denial, _tolls(text, before, stemmed, _DEAD))
    if _ACT_REFERENCE.fullmatch(words):
        # "denied any involvement": the accusation of the act first, then any report of it
        acts = [c for c in before if ACT in stemmed[c.id]]
        return _nearest_before(
            denial, [c for c in acts if c.stance is Stance.ACCUSE]
        ) or _nearest_before(denial, acts)
    if _OWN_PART.fullmatch(words):
        # "denied that its members had taken part": the accusation before it
        # that names whom it accuses, not a condemnation of the act alone ("condemned the
        # killings")
        return _nearest_before(
            denial,
            [
                c
                for c in before
                if c.stance is Stance.ACCUSE
                and not _ACT_ONLY.fullmatch(c.content.text(text).strip(" “”\"'.,"))
            ],
        )
    if _PRONOUN.fullmatch(words):
        return _nearest_before(denial, before)  # "The army denied that": the statement before
    match = _BARE_REFERENCE.fullmatch(words)
    if match is None:
        return None
    if match.group(1).lower().startswith(("accusation", "allegation", "charge")):
        before = [c for c in before if c.stance is Stance.ACCUSE] or before
    if _names_a_count(match):
        before = [c for c in before if _FIGURE.search(c.content.text(text))] or before
    return _nearest_before(denial, before)


# A statement named by its owner: "the group's claim that ...", "the army's account", "the
# ministry's figures".
_OWNED = re.compile(
    r"(?:the\s+)?(?P<owner>[\w-]+(?:\s+[\w-]+)?)['’]s?\s+(?:[\w-]+\s+)?"
    r"(?:claims?|allegations?|accusations?|accounts?|reports?|figures?|statements?|version)\b",
    re.I,
)


# Owners that stand for an armed group: "the group's claim", "the rebels' account" (the actors
# stage's irregular forces).
_ARMED_OWNERS = IRREGULAR_FORCE_NOUNS | {"group"}


def _owned(
    text: str, denial: Claim, words: str, candidates: Sequence[Claim], actors: Sequence[Actor]
) -> Claim | None:
    """The claim a denial names by its owner ("rejected the group's claim that only soldiers
    had been targeted", "the ministry's account"): the nearest before it whose speaker is
    called so, by the words that named it ("The group said ..."), by its name, or, for "the
    group's" or "the rebels'", by being an armed group."""
    match = _OWNED.match(words)
    if match is None:
        return None
    owner = re.compile(rf"\b{re.escape(match.group('owner'))}\b", re.I)
    by_id = {a.id: a for a in actors}
    armed = match.group("owner").lower() in _ARMED_OWNERS

    def called(c: Claim) -> bool:
        source = c.source_span.text(text) if c.source_span is not None else ""
        speaker = by_id.get(c.speaker) if c.speaker is not None else None
        return bool(owner.search(source)) or (
            speaker is not None
            and (
                bool(owner.search(speaker.name))
                or (armed and speaker.kind is ActorKind.ARMED_GROUP)
            )
        )

    before = [c for c in candidates if c.content.end <= start(denial) and called(c)]
    return _nearest_before(denial, before)


# A statement named by its speakers' nationality: "the Russian account", "Israeli claims".
_NATIONS = re.compile(
    r"(?:the\s+)?(?P<nation>[A-Z][\w-]+)\s+(?:[\w-]+\s+)?"
    r"(?P<noun>claim|allegation|accusation|account|report|figure|statement|version)s?\b"
)


def _of_a_nation(
    text: str, denial: Claim, words: str, candidates: Sequence[Claim], sides: Sides
) -> Claim | None:
    """The claim a denial names by its speakers' nationality ("dismissed the Russian account
    as fiction"): the nearest before it whose speaker is of that state's side. It may lie
    farther back than a bare "the account" reaches: the nationality says whose it is."""
    match = _NATIONS.match(words)
    if match is None:
        return None
    country = country_by_demonym(match.group("nation"))
    if country is None:
        return None
    before = [
        c for c in candidates if c.content.end <= start(denial) and sides.of(c) == country.iso2
    ]
    # "the Russian claim": the one the story has already called a claim, if any
    named = [c for c in before if _called_so(text, c, match.group("noun"))]
    return max(named or before, key=lambda c: c.content.end, default=None)


def _called_so(text: str, claim: Claim, noun: str) -> bool:
    """Whether the text calls ``claim`` by ``noun`` where it tells it: '..., a claim Kyiv
    denied' after its words, or 'a Russian claim that ...' before them."""
    after = text[claim.content.end : claim.content.end + 40]
    before = text[max(0, claim.content.start - 60) : claim.content.start]
    return bool(
        re.match(rf"[\s”\"']*[,—–]\s*(?:a|an|the)\s+(?:[\w-]+\s+)?{noun}s?\b", after, re.I)
        or re.search(rf"\b{noun}s?\s+(?:that\s+)?$", before, re.I)
    )


def _nearest_before(denial: Claim, before: Sequence[Claim]) -> Claim | None:
    """The claim of ``before`` (claims ending before the denial) nearest to it, if it lies
    within reach of a denial that only refers to it."""
    nearest = max(before, key=lambda c: c.content.end, default=None)
    if nearest is None or start(denial) - nearest.content.end > _NEAR_REFERENCE:
        return None
    return nearest


def _within(denial: Claim, candidates: Sequence[Claim]) -> Claim | None:
    """The statement whose words the denial's content holds, the last of them."""
    inside = [c for c in candidates if denial.content.contains(c.content)]
    return max(inside, key=lambda c: c.content.end, default=None)


# What parts an accusation from the denial that answers it in the same sentence: a semicolon
# or 'but', and the denier's words ("; the government denies ...", ", but the army denied ...").
_ANSWER = re.compile(r"[”\"']?\s*(?:;|,?\s+but|,?\s+while)\s+[^.!?;“”\"]{0,60}")


def _answering(
    text: str,
    denial: Claim,
    candidates: Sequence[Claim],
    sides: Sides,
    stemmed: dict[str, set[str]],
) -> Claim | None:
    """The statement a denial answers in the same sentence, after a semicolon or 'but': an
    accusation, or another side's account of the same thing ("M23 said it had seized the
    town, but the army denied the town had fallen")."""
    source = denial.source_span.start if denial.source_span is not None else start(denial)
    for c in candidates:
        if c.content.end > source:
            continue
        if c.stance is not Stance.ACCUSE and not (
            sides.opposed(c, denial) and stemmed[c.id] & stemmed[denial.id]
        ):
            continue
        if _ANSWER.fullmatch(text[c.content.end : min(source, start(denial))]):
            return c
    return None


def _beside(text: str, denial: Claim, words: str, candidates: Sequence[Claim]) -> Claim | None:
    """The statement a denial that only names it (``words``) is set beside as an apposition
    ("X said ..., an accusation the junta rejected"; "... - a claim the ministry denied")."""
    if not _BARE_REFERENCE.fullmatch(words):
        return None
    beside = [
        c
        for c in candidates
        if c.content.end <= denial.content.start
        and _BESIDE.fullmatch(text[c.content.end : denial.content.start])
    ]
    return max(beside, key=lambda c: c.content.end, default=None)


def _denial_fit(
    text: str, claim: Claim, denial: Claim, sides: Sides, stemmed: dict[str, set[str]]
) -> float:
    fit = 0.0
    shared = stemmed[claim.id] & stemmed[denial.id]
    if sides.names_side_of(claim, denial):
        # An accusation, or a report of an act, that names the denier's side; a mere mention
        # ("said it would support Somali forces") answers no denial by itself.
        tells_of_violence = ACT in stemmed[claim.id] or bool(stemmed[claim.id] & _VIOLENCE)
        fit += 3 if claim.stance is Stance.ACCUSE or tells_of_violence else 1
    # The same act ("denied targeting the city" / "our city is being shelled") counts double.
    fit += min(len(shared) + (ACT in shared), 3)
    denied = denial.content.text(text)
    if ACT in shared and CIVILIAN in shared and not _BACK_REFERENCE.search(denied):
        # the act itself denied, against civilians: "denied hitting civilians" / "struck a
        # market, killing 14 civilians" (a denial of "the allegation" answers an accusation)
        fit += 1
    if sides.opposed(claim, denial):
        fit += 0.5
        if claim.stance is not Stance.ACCUSE and _REPORT_REFERENCE.search(denied) and shared:
            # "the information about the capture of X does not correspond to reality": the
            # other side's report of it
            fit += 0.5
    if claim.stance is Stance.ACCUSE:
        fit += 0.5
        if _BACK_REFERENCE.search(denied):
            fit += 1
    return fit


# A denial that nothing of a kind was harmed: "no ships had been hit", "that no school was
# struck", "denied that any aircraft had been destroyed".
_NONE_DONE = re.compile(
    r"(?:that\s+)?(?:no|any)\s+(?:[\w-]+\s+)?(?P<patient>[\w-]+)\s+(?:had|has|have|was|were)\s+"
    r"(?:been\s+)?\w+\b",
    re.I,
)


def _same_patient(patient: re.Match[str] | None, claim_stems: set[str]) -> bool:
    """Whether a claim tells of what a denial says was not harmed ("no ships had been hit"
    answers a claim about ships, not a toll of a strike on a port); True for other denials."""
    if patient is None:
        return True
    return bool(stems(patient.group("patient")) & claim_stems)


def _nearer(claim: Claim, other: Claim, denial: Claim) -> bool:
    """Whether ``claim``, told before ``denial``, is nearer to it than ``other``: of two that fit
    as well ('army blames RSF' in the headline, the army's accusation in the story), the denial
    answers the latest."""
    return other.content.end < claim.content.end <= denial.content.start


def _distance(claim: Claim, denial: Claim) -> float:
    """How much farther the claim lies from the denial than it could: ranks the claims a denial
    may answer, and never rules one out (an accused side's denial three paragraphs on)."""
    distance = denial.content.start - claim.content.end
    return 1.5 if distance < 0 else min(distance / 2000, 0.4)
