"""The events stage on an act told again in a speaker's words, a side's weapons owned by a
pronoun, a danger told as a threat, a headline's act and a fire burning on. Sentences are our
own; every stage the events stage reads is run for real."""

from __future__ import annotations

import pytest

from sitrep.records import ActorKind, ClaimLink, EventClaim, EventType, Stance
from tests.conftest import DocBuilder
from tests.pipeline.events_support import full as _full
from tests.pipeline.events_support import said as _said

pytestmark = pytest.mark.slow


def _assaults(make_doc: DocBuilder, text: str) -> list[str]:
    doc, events = _full(make_doc, text)
    return [_said(doc, e) for e in events if e.type is EventType.ASSAULT]


def test_a_quoted_retelling_is_the_act_told_before(make_doc: DocBuilder) -> None:
    text = (
        "Russian drones struck a water plant in the town of Velsk overnight, the governor "
        'said on Sunday.\n\n"The enemy deliberately targeted civilian infrastructure again," '
        "the governor wrote on Telegram."
    )
    assert _assaults(make_doc, text) == ["struck"]


def test_all_targets_hit_is_the_strike_of_its_sentence(make_doc: DocBuilder) -> None:
    text = (
        "The defence ministry said its forces had carried out a large strike on arms depots "
        "near Velsk and that all targets had been hit."
    )
    assert _assaults(make_doc, text) == ["strike"]


def test_a_new_act_told_in_words_stays_its_own(make_doc: DocBuilder) -> None:
    text = (
        "Russian drones struck a water plant in the town of Velsk overnight. The governor "
        "said rebels had attacked a police post in Orsha on Friday."
    )
    assert _assaults(make_doc, text) == ["struck", "attacked"]


def test_its_jets_are_the_speakers_forces(make_doc: DocBuilder) -> None:
    doc, events = _full(
        make_doc,
        "The Israeli military said its jets had struck fuel depots used by the militia.",
    )
    (strike,) = [e for e in events if e.type is EventType.ASSAULT]
    actor = next(a for a in doc.actors if a.id == strike.actor)
    assert actor.country == "IL" or any(
        s.id == actor.affiliation and s.country == "IL" for s in doc.actors
    )
    assert actor.kind in {ActorKind.STATE, ActorKind.ARMED_GROUP}


def test_a_sides_retelling_folds_into_its_own_act(make_doc: DocBuilder) -> None:
    text = (
        "Houthi fighters fired a missile at Eilat on Sunday. Israeli warplanes struck the "
        "port of Ras Kanda on Monday, killing six people. The Israeli military said its "
        "jets had targeted fuel depots and a power station."
    )
    doc, events = _full(make_doc, text)
    assaults = [e for e in events if e.type is EventType.ASSAULT]
    assert [_said(doc, e) for e in assaults] == ["fired", "struck"]
    strike = assaults[1]
    assert any("targeted" in doc.text[s.start : s.end] for s in strike.evidence)


def test_the_days_strike_is_the_strike_of_that_day(make_doc: DocBuilder) -> None:
    text = (
        "An air strike on a house in the town of Velsk killed five people on Tuesday, medics "
        "said. Officials put the toll from Tuesday's strike at seven."
    )
    assert len(_assaults(make_doc, text)) == 1


def test_a_danger_posed_is_no_threat(make_doc: DocBuilder) -> None:
    text = 'The army said its aircraft had struck "a gunman who posed an imminent threat."'
    _doc, events = _full(make_doc, text)
    assert not any(e.type is EventType.THREATEN for e in events)


def test_a_threat_made_is_still_one(make_doc: DocBuilder) -> None:
    _doc, events = _full(make_doc, "The rebels issued a threat against the governor on Monday.")
    assert any(e.type is EventType.THREATEN for e in events)


def test_shelling_under_as_that_killed_is_one_act(make_doc: DocBuilder) -> None:
    text = (
        "Rebels seized the town of Velsk on Monday, officials said, as shelling on a nearby "
        "camp killed 14 civilians."
    )
    _doc, events = _full(make_doc, text)
    shelling = [e for e in events if e.acled is not None and "Shelling" in e.acled.value]
    assert len(shelling) == 1


def test_a_fire_burning_on_is_no_act(make_doc: DocBuilder) -> None:
    text = (
        "Israeli warplanes struck the port of Ras Kanda on Monday. The strikes set off a huge "
        "fire that was still burning on Tuesday."
    )
    assert _assaults(make_doc, text) == ["struck"]


def test_every_verb_of_harm_tells_what_the_act_did(make_doc: DocBuilder) -> None:
    # one lexicon of harm (sitrep.events.harm): 'murdering' is the raid's outcome as 'killing' is
    text = "Gunmen raided the village of Oska on Friday, murdering six farmers."
    assert _assaults(make_doc, text) == ["raided"]


def test_a_response_promised_is_no_meeting(make_doc: DocBuilder) -> None:
    text = (
        "The navy warned that any raid on the port would be met with force. The plan was met "
        "with protests. The envoy met with the rebel leaders on Monday."
    )
    doc, events = _full(make_doc, text)
    met = [_said(doc, e) for e in events if e.type in {EventType.CONSULT, EventType.AGREE}]
    assert met == ["met"], met  # the envoy's meeting only
    assert doc.text.index("met with the rebel") == min(
        e.trigger.start for e in events if e.type is EventType.CONSULT and e.trigger
    )


def test_a_request_the_parse_joined_to_the_reported_clause_is_the_speakers(
    make_doc: DocBuilder,
) -> None:
    text = (
        "The Red Cross said its surgeons at the Kassala hospital had treated 40 wounded people "
        "since Monday, and urged both sides to spare the town."
    )
    doc, events = _full(make_doc, text)
    (request,) = [e for e in events if e.type is EventType.REQUEST]
    names = {a.id: a.name for a in doc.actors}
    assert names.get(request.actor or "") == "International Committee of the Red Cross"


def test_a_threat_by_no_one_named_in_its_clause_is_the_warners(make_doc: DocBuilder) -> None:
    text = "The Red Cross warned that any attack on the hospital would be met with force."
    doc, events = _full(make_doc, text)
    (threat,) = [e for e in events if e.type is EventType.THREATEN]
    names = {a.id: a.name for a in doc.actors}
    assert names.get(threat.actor or "") == "International Committee of the Red Cross"


def test_a_denial_that_the_town_fell_denies_its_taking(make_doc: DocBuilder) -> None:
    doc, events = _full(
        make_doc,
        "Rebels said on Sunday they had seized the town of Lubero after three days of "
        "fighting. The army denied the town had fallen.",
    )
    (taking,) = [e for e in events if e.type is EventType.ASSAULT]
    denial = next(c for c in doc.claims if c.stance is Stance.DENY)
    assert EventClaim(claim=denial.id, stance=ClaimLink.DENIES) in taking.claims


def test_a_charge_denied_is_rejected_by_the_claims_speaker(make_doc: DocBuilder) -> None:
    doc, events = _full(
        make_doc,
        "Kinshasa has long accused Rwanda of arming the rebels, a charge Kigali denies.",
    )
    (rejection,) = [e for e in events if e.type is EventType.REJECT]
    denial = next(c for c in doc.claims if c.stance is Stance.DENY)
    assert denial.speaker is not None
    assert rejection.actor == denial.speaker
    actor = next(a for a in doc.actors if a.id == rejection.actor)
    assert actor.country == "RW"


def test_a_charged_act_at_a_thing_named_before_is_the_act_told_before(
    make_doc: DocBuilder,
) -> None:
    text = (
        "Shelling killed 20 people at a busy market in the town of Velsk on Monday, "
        "medics said.\n\nThe rebels accused the army of shelling the market to frame them."
    )
    doc, events = _full(make_doc, text)
    (act,) = [e for e in events if e.type is EventType.ASSAULT]
    accusation = next(c for c in doc.claims if c.stance is Stance.ACCUSE)
    assert accusation.id in {c.claim for c in act.claims}
    # the accused is the rebels' word, kept in their claim, not who shelled the market
    assert act.actor is None


def test_a_charged_act_of_its_own_time_stays_its_own(make_doc: DocBuilder) -> None:
    text = (
        "Shelling killed 20 people at a busy market in the town of Velsk on Monday, "
        "medics said.\n\nThe rebels accused the army of shelling the market on Sunday."
    )
    assert len(_assaults(make_doc, text)) == 2


def test_an_act_told_only_as_a_sides_charge_names_no_doer_of_the_act_before(
    make_doc: DocBuilder,
) -> None:
    text = (
        "Shells hit a crowded market in the town of Velsk on Tuesday, killing 20 people, "
        "medics said.\n\nThe rebels rejected the accusation. They said the army's own "
        'aircraft had bombed the market and that it was "a crime committed by the regime".'
    )
    doc, events = _full(make_doc, text)
    (act,) = [e for e in events if e.type is EventType.ASSAULT]
    accusation = next(c for c in doc.claims if c.stance is Stance.ACCUSE)
    assert accusation.id in {c.claim for c in act.claims} and act.actor is None
