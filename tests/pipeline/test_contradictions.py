"""The contradictions stage on hand-made claims, events and casualty reports."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.pipeline.base import Document
from sitrep.pipeline.contradictions import ContradictionsStage, compatible
from sitrep.records import (
    Actor,
    ActorKind,
    Article,
    Casualty,
    CasualtyGroup,
    Claim,
    ContradictionKind,
    Count,
    Event,
    EventType,
    Qualifier,
    Span,
    Stance,
)

TEXT = (
    "Northern officials accused Ruritania of targeting the town of Velka with drones. "
    "Ruritania's defence ministry rejected the allegation of targeting civilian areas. "
    "Both sides agreed they would not target civilian populations. "
    "Later there was shelling of civilian settlements near Velka."
)


def _span(words: str) -> Span:
    start = TEXT.index(words)
    return Span(start, start + len(words))


ACTORS = (
    Actor(
        id="a1",
        name="Ruritania",
        kind=ActorKind.STATE,
        mentions=(_span("Ruritania"),),
        country="RU",
    ),
    Actor(
        id="a2",
        name="Ministry of Defence of Ruritania",
        kind=ActorKind.ORGANIZATION,
        mentions=(_span("Ruritania's defence ministry"),),
        affiliation="a1",
        country="RU",
    ),
    Actor(
        id="a3",
        name="Northern officials",
        kind=ActorKind.ORGANIZATION,
        mentions=(_span("Northern officials"),),
    ),
)


def _claim(cid: str, speaker: str | None, cue: str, stance: Stance, content: str) -> Claim:
    return Claim(
        id=cid,
        speaker=speaker,
        cue=cue,
        cue_span=_span(cue),
        stance=stance,
        content=_span(content),
        evidence=(_span(content),),
    )


ACCUSE = _claim(
    "c1", "a3", "accused", Stance.ACCUSE, "Ruritania of targeting the town of Velka with drones"
)
REJECT = _claim("c2", "a2", "rejected", Stance.REJECT, "the allegation of targeting civilian areas")
AGREE = _claim("c3", None, "agreed", Stance.AGREE, "they would not target civilian populations")
SHELLING = Event(
    id="e1", type=EventType.ASSAULT, evidence=(_span("shelling of civilian settlements"),)
)


def _doc(**layers: object) -> Document:
    doc = Document(Article(id="t", text=TEXT, published=dt.date(2020, 11, 1)))
    for name, value in layers.items():
        doc.put(name, value)
    return doc


def test_stage_contract() -> None:
    assert ContradictionsStage.name == "contradictions.v1"
    assert ContradictionsStage.provides == "contradictions"
    assert ContradictionsStage.requires == ("claims",)


def test_accusation_and_denial() -> None:
    doc = _doc(actors=ACTORS, claims=(ACCUSE, REJECT))
    (x,) = ContradictionsStage()(doc)
    assert x.kind is ContradictionKind.DENIAL and x.between == ("c1", "c2")
    assert x.note is not None and "Northern officials accused" in x.note
    assert "Ministry of Defence of Ruritania rejected" in x.note and "\n" not in x.note


def test_a_speaker_does_not_contradict_itself() -> None:
    own = _claim(
        "c1", "a2", "accused", Stance.ACCUSE, "Ruritania of targeting the town of Velka with drones"
    )
    doc = _doc(actors=ACTORS, claims=(own, REJECT))
    assert ContradictionsStage()(doc) == ()


def test_broken_commitment_needs_the_events_layer() -> None:
    assert ContradictionsStage()(_doc(claims=(AGREE,))) == ()
    doc = _doc(claims=(AGREE,), events=(SHELLING,))
    (x,) = ContradictionsStage()(doc)
    assert x.kind is ContradictionKind.OTHER and x.between == ("c3", "e1") and x.about == "e1"


def _casualty(kid: str, reporter: str, killed: Count, side: str | None = "a1") -> Casualty:
    return Casualty(
        id=kid,
        reporter=reporter,
        evidence=(_span("shelling"),),
        killed=killed,
        group=CasualtyGroup.CIVILIAN,
        side=side,
    )


def test_incompatible_figures_from_two_reporters() -> None:
    k1 = _casualty("k1", "a2", Count(value=12))
    k2 = _casualty("k2", "a3", Count(value=40, qualifier=Qualifier.AT_LEAST))
    k3 = _casualty("k3", "a3", Count(value=10, qualifier=Qualifier.AT_LEAST))
    k4 = _casualty("k4", "a3", Count(value=90), side=None)  # whose civilians? not comparable
    doc = _doc(claims=(), actors=ACTORS, casualties=(k1, k2, k3, k4))
    (x,) = ContradictionsStage()(doc)
    assert x.kind is ContradictionKind.FIGURES and x.between == ("k1", "k2")
    assert (
        x.note
        == "killed (civilian of Ruritania): 12 according to Ministry of Defence of Ruritania, at least 40 according to Northern officials"
    )


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        (Count(value=91, qualifier=Qualifier.AT_LEAST), Count(value=120), True),
        (Count(value=91, qualifier=Qualifier.AT_LEAST), Count(value=45), False),
        (Count(value=100, high=200), Count(value=150), True),
        (Count(value=5000, qualifier=Qualifier.NEARLY), Count(value=4500), True),
        (Count(value=10, qualifier=Qualifier.AT_MOST), Count(value=11), False),
    ],
)
def test_compatible_figures(a: Count, b: Count, expected: bool) -> None:
    assert compatible(a, b) is expected and compatible(b, a) is expected


@pytest.mark.slow
def test_seed_article_civilian_targets(make_doc, seed_text: str) -> None:  # type: ignore[no-untyped-def]
    doc = make_doc(
        seed_text,
        stages=(
            "sentences.v1",
            "times.v1",
            "places.v1",
            "actors.v1",
            "claims.v1",
            "contradictions.v1",
        ),
    )
    by_id = {c.id: c for c in doc.claims}
    denials = [x for x in doc.contradictions if x.kind is ContradictionKind.DENIAL]
    assert denials
    accusation, denial = (by_id[i] for i in denials[0].between)
    assert accusation.stance is Stance.ACCUSE and "Martuni" in doc.span_text(accusation.content)
    assert denial.stance is Stance.REJECT and "civilian" in doc.span_text(denial.content)


MUTUAL_TEXT = (
    "The Velka council blamed Ruritania for the fire at the depot. "
    "Ruritania accused the Velka council of starting the fire itself."
)


def _mutual_span(words: str, nth: int = 0) -> Span:
    start = -1
    for _ in range(nth + 1):
        start = MUTUAL_TEXT.index(words, start + 1)
    return Span(start, start + len(words))


def test_mutual_accusations_are_an_attribution_dispute() -> None:
    council = Actor(
        id="a1",
        name="Velka council",
        kind=ActorKind.ORGANIZATION,
        mentions=(_mutual_span("The Velka council"), _mutual_span("the Velka council")),
    )
    ruritania = Actor(
        id="a2",
        name="Ruritania",
        kind=ActorKind.STATE,
        mentions=(_mutual_span("Ruritania"), _mutual_span("Ruritania", 1)),
        country="RU",
    )

    def claim(cid: str, speaker: str, cue: str, content: str) -> Claim:
        return Claim(
            id=cid,
            speaker=speaker,
            cue=cue,
            cue_span=_mutual_span(cue),
            stance=Stance.ACCUSE,
            content=_mutual_span(content),
            evidence=(_mutual_span(content),),
        )

    claims = (
        claim("c1", "a1", "blamed", "Ruritania for the fire at the depot"),
        claim("c2", "a2", "accused", "the Velka council of starting the fire itself"),
    )
    doc = Document(Article(id="m", text=MUTUAL_TEXT, published=dt.date(2020, 11, 1)))
    doc.put("actors", (council, ruritania))
    doc.put("claims", claims)
    (x,) = ContradictionsStage()(doc)
    assert x.kind is ContradictionKind.ATTRIBUTION and x.between == ("c1", "c2")
    assert x.note is not None and x.note.startswith("each blames the other")


REPLY_TEXT = (
    "Mortars struck the market of Dorn, the town's mayor said. "
    "The Velka militia's commander called the shelling a war crime. "
    "Ruritania's army rejected the accusation. "
    "Its spokesman said Ruritanian gunners had not fired at Dorn. "
    "Both armies promised not to target civilians. "
    "The next day rockets hit two villages near Dorn."
)


def _reply_span(words: str) -> Span:
    start = REPLY_TEXT.index(words)
    return Span(start, start + len(words))


def _reply_claim(cid: str, speaker: str, cue: str, stance: Stance, content: str) -> Claim:
    return Claim(
        id=cid,
        speaker=speaker,
        cue=cue,
        cue_span=_reply_span(cue),
        stance=stance,
        content=_reply_span(content),
        evidence=(_reply_span(content),),
    )


REPLY_ACTORS = (
    Actor(
        id="a1",
        name="Mayor of Dorn",
        kind=ActorKind.PERSON,
        mentions=(_reply_span("the town's mayor"),),
    ),
    Actor(
        id="a2",
        name="Velka militia",
        kind=ActorKind.ARMED_GROUP,
        mentions=(_reply_span("The Velka militia's commander"),),
    ),
    Actor(
        id="a3",
        name="Army of Ruritania",
        kind=ActorKind.ARMED_GROUP,
        mentions=(_reply_span("Ruritania's army"),),
        country="RU",
    ),
)
REPLIES = (
    _reply_claim("c1", "a1", "said", Stance.ASSERT, "Mortars struck the market of Dorn"),
    _reply_claim("c2", "a2", "called", Stance.ACCUSE, "the shelling a war crime"),
    _reply_claim("c3", "a3", "rejected", Stance.REJECT, "the accusation"),
    _reply_claim("c4", "a3", "said", Stance.DENY, "Ruritanian gunners had not fired at Dorn"),
)


def test_a_denial_that_only_names_the_accusation_answers_the_nearest_one() -> None:
    doc = _doc_of(REPLY_TEXT, actors=REPLY_ACTORS, claims=REPLIES)
    pairs = {x.between: x.note for x in ContradictionsStage()(doc)}
    assert ("c2", "c3") in pairs
    # The denial of the act answers the report of the act, sharing the act and the place.
    assert ("c1", "c4") in pairs
    note = pairs[("c1", "c4")] or ""
    assert note == (
        "Mayor of Dorn said: “Mortars struck the market of Dorn”; "
        "Army of Ruritania denied: “Ruritanian gunners had not fired at Dorn”"
    )


def test_a_commitment_is_broken_by_the_act_on_whom_it_spares() -> None:
    promise = _reply_claim("c5", "a3", "promised", Stance.PROMISE, "not to target civilians")
    strike = Event(
        id="e1",
        type=EventType.ASSAULT,
        evidence=(_reply_span("rockets hit two villages near Dorn"),),
    )
    unrelated = Event(
        id="e2", type=EventType.ASSAULT, evidence=(_reply_span("Mortars struck the market"),)
    )
    doc = _doc_of(REPLY_TEXT, actors=REPLY_ACTORS, claims=(promise,), events=(strike, unrelated))
    (x,) = ContradictionsStage()(doc)
    assert x.between == ("c5", "e1")
    assert x.note == (
        "commitment broken? Army of Ruritania promised: “not to target civilians”; "
        "later reported: “rockets hit two villages near Dorn”"
    )


def _doc_of(text: str, **layers: object) -> Document:
    doc = Document(Article(id="r", text=text, published=dt.date(2020, 11, 1)))
    for name, value in layers.items():
        doc.put(name, value)
    return doc
