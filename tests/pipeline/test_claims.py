"""The claims stage on sentences we wrote, with hand-made times and actors layers."""

from __future__ import annotations

import pytest

from sitrep.pipeline.base import Document, Timeline
from sitrep.pipeline.claims import ClaimsStage
from sitrep.records import (
    Actor,
    ActorKind,
    Claim,
    Stance,
    TimeExpression,
    TimexType,
)
from tests.conftest import DocBuilder, actor_in, with_layers
from tests.conftest import span_of as _span

pytestmark = pytest.mark.slow


def _claims(
    make_doc: DocBuilder,
    text: str,
    *,
    actors: tuple[Actor, ...] = (),
    times: tuple[TimeExpression, ...] = (),
) -> tuple[Document, tuple[Claim, ...]]:
    doc = with_layers(make_doc(text), times=Timeline(times), actors=actors)
    return doc, ClaimsStage()(doc)


def test_stage_contract() -> None:
    assert ClaimsStage.name == "claims.v1"
    assert ClaimsStage.provides == "claims"
    assert ClaimsStage.requires == ("parse", "times", "actors")


def test_said_on_a_day_gets_that_day_and_speaker(make_doc: DocBuilder) -> None:
    text = "The Ruritanian interior ministry said on Friday that two bridges were destroyed."
    ministry = actor_in(
        text,
        "a1",
        "Interior Ministry of Ruritania",
        ActorKind.ORGANIZATION,
        "The Ruritanian interior ministry",
    )
    friday = TimeExpression(span=_span(text, "Friday"), type=TimexType.DATE, value="2020-10-30")
    _, (c,) = _claims(make_doc, text, actors=(ministry,), times=(friday,))
    assert c.id == "c1" and c.speaker == "a1" and c.stance is Stance.ASSERT
    assert c.date == "2020-10-30" and c.cue == "said" and not c.quoted
    assert c.source_span == _span(text, "The Ruritanian interior ministry")
    assert "two bridges were destroyed" in text[c.content.start : c.content.end]
    assert c.evidence[0].contains(c.content) and c.evidence[0].contains(c.cue_span)  # type: ignore[arg-type]


def test_no_date_without_a_time_expression_on_the_cue(make_doc: DocBuilder) -> None:
    text = "The mayor says the water supply was cut on Monday."
    monday = TimeExpression(span=_span(text, "Monday"), type=TimexType.DATE, value="2020-10-26")
    _, (c,) = _claims(make_doc, text, times=(monday,))
    assert c.date is None  # Monday dates the cut, not the statement
    assert c.speaker is None and c.source_span == _span(text, "The mayor")


def test_pronoun_and_description_resolve_to_earlier_speakers(make_doc: DocBuilder) -> None:
    text = (
        "General Anna Varga said the offensive had stalled. "
        "The defence ministry of Ruritania accused rebels of shelling a hospital. "
        "“We will not retreat,” she said. "
        "The ministry also said three soldiers were wounded."
    )
    varga = actor_in(text, "a1", "Anna Varga", ActorKind.PERSON, "General Anna Varga")
    ministry = actor_in(
        text,
        "a2",
        "Ministry of Defence of Ruritania",
        ActorKind.ORGANIZATION,
        "The defence ministry of Ruritania",
    )
    _, claims = _claims(make_doc, text, actors=(varga, ministry))
    assert [(c.speaker, c.stance) for c in claims] == [
        ("a1", Stance.ASSERT),
        ("a2", Stance.ACCUSE),
        ("a1", Stance.ASSERT),
        ("a2", Stance.ASSERT),
    ]
    assert claims[2].quoted


def test_via_a_news_agency(make_doc: DocBuilder) -> None:
    text = "The premier, quoted by the news agency Reuna, said elections would be held."
    premier = Actor(
        id="a1", name="premier", kind=ActorKind.PERSON, mentions=(_span(text, "The premier"),)
    )
    agency = actor_in(text, "a2", "Reuna", ActorKind.MEDIA, "the news agency Reuna")
    _, (c,) = _claims(make_doc, text, actors=(premier, agency))
    assert (c.speaker, c.via) == ("a1", "a2")


def test_an_outlet_named_after_according_to_relays_the_statement(make_doc: DocBuilder) -> None:
    text = (
        "The health ministry said 16 people were killed, according to the state news agency "
        "Reuna. The rebel ministry said 12 were hurt, according to the group's Lumo television."
    )
    ministry = actor_in(text, "a1", "health ministry", ActorKind.ORGANIZATION, "health ministry")
    agency = actor_in(text, "a2", "Reuna", ActorKind.MEDIA, "Reuna")
    rebels = actor_in(text, "a3", "rebel ministry", ActorKind.ORGANIZATION, "rebel ministry")
    lumo = actor_in(text, "a4", "Lumo", ActorKind.MEDIA, "Lumo television")
    _, claims = _claims(make_doc, text, actors=(ministry, agency, rebels, lumo))
    got = [(c.speaker, c.via, c.content.text(text)) for c in claims]
    assert got == [
        ("a1", "a2", "16 people were killed"),
        ("a3", "a4", "12 were hurt"),
    ], got


def test_an_outlet_reporting_after_a_statement_relays_it(make_doc: DocBuilder) -> None:
    text = (
        "The defence ministry said its air defences had destroyed 30 drones over the border "
        "region, the state news agency Reuna reported."
    )
    ministry = actor_in(text, "a1", "defence ministry", ActorKind.ORGANIZATION, "defence ministry")
    agency = actor_in(text, "a2", "Reuna", ActorKind.MEDIA, "Reuna")
    _, claims = _claims(make_doc, text, actors=(ministry, agency))
    got = [(c.speaker, c.via, c.content.text(text)) for c in claims]
    assert got == [
        ("a1", "a2", "its air defences had destroyed 30 drones over the border region")
    ], got


def test_according_to_inside_a_statement_relays_nothing(make_doc: DocBuilder) -> None:
    text = "The ministry said that, according to Reuna, 16 people were killed in the strike."
    ministry = actor_in(text, "a1", "ministry", ActorKind.ORGANIZATION, "The ministry")
    agency = actor_in(text, "a2", "Reuna", ActorKind.MEDIA, "Reuna")
    _, claims = _claims(make_doc, text, actors=(ministry, agency))
    said = next(c for c in claims if c.cue == "said")
    assert said.via is None and "16 people" in said.content.text(text)


def test_negated_cue_and_nested_wish_make_no_claim(make_doc: DocBuilder) -> None:
    text = "The army has not disclosed its losses. The colonel said he wanted a truce."
    _, claims = _claims(make_doc, text)
    assert [c.cue for c in claims] == ["said"]


def test_unnamed_sources(make_doc: DocBuilder) -> None:
    text = "Two villages were evacuated, officials said."
    _, (c,) = _claims(make_doc, text)
    assert c.speaker is None and c.source_span == _span(text, "officials")


def test_a_cited_source_says_it_and_the_citer_relays_it(make_doc: DocBuilder) -> None:
    text = (
        "The news agency Reuna, citing a military source, said the army had hit rebel "
        "positions and denied hitting civilians."
    )
    agency = actor_in(text, "a1", "Reuna", ActorKind.MEDIA, "The news agency Reuna")
    _, claims = _claims(make_doc, text, actors=(agency,))
    assert [c.cue for c in claims] == ["said", "denied"]
    assert [c.id for c in claims] == ["c1", "c2"]
    for c in claims:
        assert (c.speaker, c.via) == (None, "a1")
        assert c.source_span == _span(text, "a military source")


def test_a_source_cited_after_the_statement_says_it(make_doc: DocBuilder) -> None:
    text = (
        "The rebel radio said the raids killed four farmers, citing the region's health "
        "office. The office said it had shut two clinics, citing a lack of fuel."
    )
    radio = actor_in(text, "a1", "rebel radio", ActorKind.MEDIA, "The rebel radio")
    office = actor_in(text, "a2", "health office", ActorKind.ORGANIZATION, "health office")
    _, claims = _claims(make_doc, text, actors=(radio, office))
    killed = next(c for c in claims if c.content.text(text).startswith("the raids"))
    assert (killed.speaker, killed.via) == ("a2", "a1")
    assert killed.source_span == _span(text, "the region's health office")
    # a reason, not a source: the statement keeps its speaker
    shut = next(c for c in claims if c.content.text(text).startswith("it had shut"))
    assert shut.via is None and shut.source_span == _span(text, "The office")


def test_a_quoted_source_says_it_where_the_participle_hangs_on_the_agency(
    make_doc: DocBuilder,
) -> None:
    text = (
        "The state agency Reuna, quoting the health office, said two nurses were hurt. "
        "Quoting a police source, the agency said the road was shut."
    )
    agency = actor_in(text, "a1", "Reuna", ActorKind.MEDIA, "The state agency Reuna")
    office = actor_in(text, "a2", "health office", ActorKind.ORGANIZATION, "health office")
    _, claims = _claims(make_doc, text, actors=(agency, office))
    assert [c.cue for c in claims] == ["said", "said"]
    hurt, shut = claims
    assert (hurt.speaker, hurt.via) == ("a2", "a1")
    assert hurt.source_span == _span(text, "the health office")
    assert shut.speaker is None and shut.source_span == _span(text, "a police source")


def test_an_unnamed_source_cited_after_the_statement_says_it(make_doc: DocBuilder) -> None:
    text = "The rebel radio said the bridge was down, citing two local residents."
    radio = actor_in(text, "a1", "rebel radio", ActorKind.MEDIA, "The rebel radio")
    _, claims = _claims(make_doc, text, actors=(radio,))
    (claim,) = claims
    assert (claim.speaker, claim.via) == (None, "a1")
    assert claim.source_span == _span(text, "two local residents")


def test_a_relative_pronoun_source_is_shown_by_the_noun_it_stands_for(
    make_doc: DocBuilder,
) -> None:
    text = "The group cited witnesses who reported that twelve people were missing."
    _, claims = _claims(make_doc, text)
    reported = next(c for c in claims if c.cue == "reported")
    assert reported.source_span == _span(text, "witnesses")


SEED_SPEAKERS = {
    "Ilham Aliyev",
    "Nikol Pashinyan",
    "Ministry of Foreign Affairs of Russia",
    "Officials of Nagorno-Karabakh",
    "Ministry of Defence of Azerbaijan",
    "Authorities of Azerbaijan",
    "Vladimir Putin",
    "leader of Nagorno-Karabakh",
}


def test_seed_article(make_doc: DocBuilder, seed_text: str) -> None:
    doc = make_doc(
        seed_text, stages=("sentences.v1", "times.v1", "places.v1", "actors.v1", "claims.v1")
    )
    names = {a.id: a.name for a in doc.actors}

    def claim(source: str, cue: str) -> Claim:
        for c in doc.claims:
            if c.source_span and doc.span_text(c.source_span) == source and c.cue == cue:
                return c
        raise AssertionError(f"no claim {source!r} {cue!r}")

    speakers = {names.get(c.speaker or "") for c in doc.claims}
    assert speakers >= SEED_SPEAKERS
    assert claim("Russia’s foreign ministry", "said").date == "2020-10-31"
    assert claim("Armenian Prime Minister Nikol Pashinyan", "has asked").stance is Stance.REQUEST
    relayed = [c for c in doc.claims if c.via and names[c.via] == "Azertac"]
    assert relayed and names[relayed[0].speaker or ""] == "Ilham Aliyev"
    accusation = claim("Nagorno-Karabakh officials", "accused")
    assert accusation.stance is Stance.ACCUSE
    assert names[claim("they", "said").speaker or ""] == "Officials of Nagorno-Karabakh"
    assert claim("Azerbaijan’s defence ministry", "rejected").stance is Stance.REJECT
    assert names[claim("The ministry", "said").speaker or ""] == "Ministry of Defence of Azerbaijan"
    quoted = claim("he", "said")
    assert quoted.quoted and names[quoted.speaker or ""] == "Ilham Aliyev"
    assert (
        names[claim("Russian President Vladimir Putin", "has said").speaker or ""]
        == "Vladimir Putin"
    )


def test_agency_report_relays_the_statement_it_carries(make_doc: DocBuilder) -> None:
    text = "The news agency Reuna reported that the defence ministry said two drones were downed."
    ministry = actor_in(
        text, "a1", "Ministry of Defence", ActorKind.ORGANIZATION, "the defence ministry"
    )
    agency = actor_in(text, "a2", "Reuna", ActorKind.MEDIA, "The news agency Reuna")
    _, claims = _claims(make_doc, text, actors=(ministry, agency))
    assert [(c.speaker, c.via, c.cue) for c in claims] == [("a1", "a2", "said")]


def test_noun_and_attitude_inside_a_statement_are_part_of_it(make_doc: DocBuilder) -> None:
    text = "The militia rejected the allegation of shelling the market."
    _, claims = _claims(make_doc, text)
    assert [(c.cue, c.stance) for c in claims] == [("rejected", Stance.REJECT)]


def test_attitude_adjective_is_a_claim_of_its_subject(make_doc: DocBuilder) -> None:
    text = "The governor was critical of the new checkpoints."
    _, (c,) = _claims(make_doc, text)
    assert c.stance is Stance.ACCUSE and c.source_span == _span(text, "The governor")


def test_report_noun_relays_too(make_doc: DocBuilder) -> None:
    text = "Reuna's report that the ministry said three bridges collapsed was denied."
    ministry = actor_in(text, "a1", "Ministry", ActorKind.ORGANIZATION, "the ministry")
    agency = Actor(id="a2", name="Reuna", kind=ActorKind.MEDIA, mentions=(_span(text, "Reuna"),))
    _, claims = _claims(make_doc, text, actors=(ministry, agency))
    said = [c for c in claims if c.cue == "said"]
    assert [(c.speaker, c.via) for c in said] == [("a1", "a2")]
    assert not [c for c in claims if c.cue.startswith("report")]


def test_statement_date_is_the_reporting_clause_not_the_sentence(make_doc: DocBuilder) -> None:
    text = (
        "Mortars hit the old quarter, officials said, the fourth day of fighting since a truce "
        "was signed on Monday. The governor, speaking at a news conference on Friday, said the "
        "water supply had been cut."
    )
    monday = TimeExpression(span=_span(text, "Monday"), type=TimexType.DATE, value="2020-10-26")
    friday = TimeExpression(span=_span(text, "Friday"), type=TimexType.DATE, value="2020-10-30")
    _, claims = _claims(make_doc, text, times=(monday, friday))
    assert [c.date for c in claims] == [None, "2020-10-30"]


def test_speaker_in_apposition_resolves_to_its_actor(make_doc: DocBuilder) -> None:
    text = (
        "Two farmers were wounded near the village of Dorn, the province's human rights "
        "ombudsman said, and a barn burned down."
    )
    ombudsman = actor_in(
        text,
        "a1",
        "Human Rights Ombudsman of Dorn province",
        ActorKind.PERSON,
        "the province's human rights ombudsman",
    )
    _, (c,) = _claims(make_doc, text, actors=(ombudsman,))
    assert c.speaker == "a1" and c.stance is Stance.ASSERT
    assert text[c.content.start : c.content.end].startswith("Two farmers were wounded")


def test_dismissing_an_accusation_is_a_denial(make_doc: DocBuilder) -> None:
    text = (
        "Village elders accused the militia of burning crops. "
        "The militia's commander said the accusation was “pure disinformation”."
    )
    _, claims = _claims(make_doc, text)
    assert [c.stance for c in claims] == [Stance.ACCUSE, Stance.DENY]


def test_its_spokeswoman_speaks_for_the_latest_organisation(make_doc: DocBuilder) -> None:
    text = (
        "The Ruritanian navy rejected the accusation. Its spokeswoman said the navy's "
        "gunners had not fired at the harbour."
    )
    navy = actor_in(text, "a1", "Navy of Ruritania", ActorKind.ORGANIZATION, "The Ruritanian navy")
    _, claims = _claims(make_doc, text, actors=(navy,))
    assert [(c.speaker, c.stance) for c in claims] == [
        ("a1", Stance.REJECT),
        ("a1", Stance.DENY),
    ]


def test_reciprocal_accusation_is_one_claim_without_a_speaker(make_doc: DocBuilder) -> None:
    text = "The siege went on, with both sides blaming each other for the burning of the granary."
    _, (c,) = _claims(make_doc, text)
    assert c.speaker is None and c.stance is Stance.ACCUSE
    assert c.source_span == _span(text, "both sides")
    assert text[c.content.start : c.content.end].startswith("each other")


def test_refusal_to_comment_makes_no_claim(make_doc: DocBuilder) -> None:
    text = "The garrison declined to comment on the report. The governor did not comment either."
    _, claims = _claims(make_doc, text)
    assert claims == ()


def test_the_writers_impression_makes_no_claim(make_doc: DocBuilder) -> None:
    text = "The town seemed calm on Sunday. The talks appear close to collapse."
    _, claims = _claims(make_doc, text)
    assert claims == ()


def test_reportedly_makes_a_claim_without_a_speaker(make_doc: DocBuilder) -> None:
    text = "Government troops reportedly shelled the town overnight."
    _, (c,) = _claims(make_doc, text)
    assert c.speaker is None and c.source_span is None and c.cue == "reportedly"


def test_a_figure_after_the_cue_is_in_the_content_and_the_day_stays_the_statements(
    make_doc: DocBuilder,
) -> None:
    text = (
        "Shelling killed four guards at Dorn, the Ruritanian army said on Tuesday, "
        "bringing the number of its dead to 312."
    )
    tuesday = TimeExpression(span=_span(text, "Tuesday"), type=TimexType.DATE, value="2020-10-27")
    _, (c,) = _claims(make_doc, text, times=(tuesday,))
    assert c.content.contains(_span(text, "312")) and c.content.contains(_span(text, "four"))
    assert c.date == "2020-10-27"


# --- headlines: 'Source: content' ----------------------------------------------------------


def _headline_claims(claims: tuple[Claim, ...]) -> list[Claim]:
    return [c for c in claims if c.cue == ":"]


def test_country_before_a_headline_colon_speaks_as_its_state(make_doc: DocBuilder) -> None:
    text = (
        "Georgia: Russian troops moved the border fence overnight\n\n"
        "Georgia's foreign ministry said the move broke the truce."
    )
    georgia = Actor(
        id="a1",
        name="Georgia",
        kind=ActorKind.STATE,
        country="GE",
        mentions=(_span(text, "Georgia", 1),),
    )
    _, claims = _claims(make_doc, text, actors=(georgia,))
    (c,) = _headline_claims(claims)
    assert c.speaker == "a1" and c.source_span == _span(text, "Georgia")
    assert (
        text[c.content.start : c.content.end] == "Russian troops moved the border fence overnight"
    )


def test_armed_group_whose_name_is_also_a_town_speaks(make_doc: DocBuilder) -> None:
    text = "Taliban: Foreign troops must leave the valley by May\n\nThe talks resume on Monday."
    group = Actor(
        id="a1", name="Taliban", kind=ActorKind.ARMED_GROUP, mentions=(_span(text, "Taliban"),)
    )
    _, claims = _claims(make_doc, text, actors=(group,))
    assert [c.speaker for c in _headline_claims(claims)] == ["a1"]


@pytest.mark.parametrize(
    "headline",
    [
        "Mariupol: Three civilians were killed in overnight shelling",
        "ODESA: Two cargo ships were hit in the port overnight",
        "Explainer: Why the ceasefire in the south collapsed so fast",
    ],
)
def test_a_dateline_or_section_label_before_a_colon_makes_no_claim(
    make_doc: DocBuilder, headline: str
) -> None:
    _, claims = _claims(make_doc, headline + "\n\nThe city council met on Monday.")
    assert _headline_claims(claims) == []


def test_a_person_in_apposition_speaks_rather_than_the_body(make_doc: DocBuilder) -> None:
    text = "A Ruritanian army officer, Anton Varga, told reporters the bridge had fallen."
    army = actor_in(
        text,
        "a1",
        "Officers of the Ruritanian army",
        ActorKind.ORGANIZATION,
        "A Ruritanian army officer",
    )
    varga = Actor(
        id="a2", name="Anton Varga", kind=ActorKind.PERSON, mentions=(_span(text, "Anton Varga"),)
    )
    _, (c,) = _claims(make_doc, text, actors=(army, varga))
    assert c.speaker == "a2"


def test_a_claim_reported_inside_another_is_a_claim_of_its_own(make_doc: DocBuilder) -> None:
    # PolNeAR annotates only the outer statement (its annotation is univocal), and the bench
    # scores it so; the claims stage keeps both, each with its own speaker and cue.
    text = "The ministry said the rebels claimed the bridge had been retaken."
    ministry = actor_in(text, "a1", "Ministry", ActorKind.ORGANIZATION, "The ministry")
    rebels = Actor(
        id="a2", name="Rebels", kind=ActorKind.ARMED_GROUP, mentions=(_span(text, "the rebels"),)
    )
    doc, claims = _claims(make_doc, text, actors=(ministry, rebels))
    assert [(c.speaker, c.cue, doc.span_text(c.content)) for c in claims] == [
        ("a1", "said", "the rebels claimed the bridge had been retaken"),
        ("a2", "claimed", "the bridge had been retaken"),
    ]


def test_a_participle_after_a_reporting_relative_clause_is_that_speakers_claim(
    make_doc: DocBuilder,
) -> None:
    text = "The rebels said 40 were killed, a figure the ministry disputed, saying nine had died."
    rebels = Actor(
        id="a1", name="Rebels", kind=ActorKind.ARMED_GROUP, mentions=(_span(text, "The rebels"),)
    )
    ministry = actor_in(text, "a2", "Ministry", ActorKind.ORGANIZATION, "the ministry")
    doc, claims = _claims(make_doc, text, actors=(rebels, ministry))
    saying = next(c for c in claims if c.cue == "saying")
    assert (saying.speaker, doc.span_text(saying.content)) == ("a2", "nine had died")


def test_the_day_an_occasion_was_posted_dates_the_statement(make_doc: DocBuilder) -> None:
    text = (
        "Lucas Dorn, the former officer who leads the coalition, denied in a video posted on "
        "Sunday that his men had attacked the clinic."
    )
    sunday = TimeExpression(span=_span(text, "Sunday"), type=TimexType.DATE, value="2020-11-01")
    _, (c,) = _claims(make_doc, text, times=(sunday,))
    assert (c.stance, c.date) == (Stance.DENY, "2020-11-01")


def test_the_day_of_the_message_a_claim_was_made_in_dates_it_and_its_participle(
    make_doc: DocBuilder,
) -> None:
    text = (
        "The front claimed responsibility in a message posted on Saturday, saying its fighters "
        "had killed 50 soldiers."
    )
    saturday = TimeExpression(span=_span(text, "Saturday"), type=TimexType.DATE, value="2020-10-31")
    _, claims = _claims(make_doc, text, times=(saturday,))
    saying = next(c for c in claims if c.cue == "saying")
    assert saying.date == "2020-10-31"


def test_a_day_after_late_or_early_dates_the_statement(make_doc: DocBuilder) -> None:
    text = "The army said in a statement late on Saturday that its troops had repelled the attack."
    saturday = TimeExpression(span=_span(text, "Saturday"), type=TimexType.DATE, value="2020-10-31")
    _, (c,) = _claims(make_doc, text, times=(saturday,))
    assert c.date == "2020-10-31"


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("The rebel movement said on Tuesday it had fired missiles at a ship.", "Tuesday"),
        ("The army said late on Monday the rebels had attacked a base.", "Monday"),
        ("Officials said Sunday the death toll had risen to 40.", "Sunday"),
    ],
)
def test_a_time_between_the_cue_and_the_reported_clause_dates_the_statement(
    make_doc: DocBuilder, text: str, day: str
) -> None:
    when = TimeExpression(span=_span(text, day), type=TimexType.DATE, value="2020-10-27")
    _, claims = _claims(make_doc, text, times=(when,))
    assert [c.date for c in claims] == ["2020-10-27"]
    # at the end of the reported clause, the time is the act's
    late = "The army said the rebels had attacked a base on Monday."
    monday = TimeExpression(span=_span(late, "Monday"), type=TimexType.DATE, value="2020-10-26")
    _, (c,) = _claims(make_doc, late, times=(monday,))
    assert c.date is None


def test_it_in_a_relative_clause_is_the_governing_subject(make_doc: DocBuilder) -> None:
    text = (
        "The coastal council said the pier was closed. "
        "The Valley Brigade carried out a raid on a depot in which it said six guards died."
    )
    council = actor_in(text, "a1", "coastal council", ActorKind.ORGANIZATION, "The coastal council")
    brigade = actor_in(text, "a2", "Valley Brigade", ActorKind.ARMED_GROUP, "The Valley Brigade")
    _, claims = _claims(make_doc, text, actors=(council, brigade))
    assert [(c.cue, c.speaker) for c in claims] == [
        ("said", "a1"),
        ("said", "a2"),
    ]


def test_a_verb_joined_to_the_reported_clause_keeps_the_speaker(make_doc: DocBuilder) -> None:
    text = (
        "The relief agency said it was “gravely concerned” by the shelling and urged the "
        "militia to open the road."
    )
    agency = actor_in(text, "a1", "relief agency", ActorKind.ORGANIZATION, "The relief agency")
    _, claims = _claims(make_doc, text, actors=(agency,))
    assert [(c.cue, c.speaker) for c in claims] == [("said", "a1"), ("urged", "a1")]


def test_a_day_that_opens_the_sentence_dates_the_saying(make_doc: DocBuilder) -> None:
    text = "On Tuesday, the governor said, the flood had cut two roads."
    tuesday = TimeExpression(span=_span(text, "Tuesday"), type=TimexType.DATE, value="2020-10-27")
    _, (c,) = _claims(make_doc, text, times=(tuesday,))
    assert text[c.content.start : c.content.end] == "the flood had cut two roads"
    assert c.date == "2020-10-27" and c.source_span == _span(text, "the governor")


def test_the_speakers_own_side_named_in_its_future_threatens_or_promises(
    make_doc: DocBuilder,
) -> None:
    text = (
        "A spokesman for the Northern Front said the group would bring the war to the capital. "
        "A Northern Front commander said the group would free the prisoners."
    )
    front = Actor(
        id="a1",
        name="Northern Front",
        kind=ActorKind.ARMED_GROUP,
        mentions=(
            _span(text, "A spokesman for the Northern Front"),
            _span(text, "the group"),
            _span(text, "A Northern Front commander"),
            _span(text, "the group", 1),
        ),
    )
    _, (threat, pledge) = _claims(make_doc, text, actors=(front,))
    assert threat.speaker == "a1" and threat.stance is Stance.THREATEN
    assert pledge.speaker == "a1" and pledge.stance is Stance.PROMISE


def test_a_speaker_of_a_side_on_that_side_in_its_future_commits_it(make_doc: DocBuilder) -> None:
    text = "General Ivo Marek said Valdia would respond on the battlefield."
    state = actor_in(text, "a1", "Valdia", ActorKind.STATE, "Valdia")
    general = Actor(
        id="a2",
        name="Ivo Marek",
        kind=ActorKind.PERSON,
        mentions=(_span(text, "Ivo Marek"),),
        affiliation="a1",
    )
    _, (c,) = _claims(make_doc, text, actors=(state, general))
    assert c.speaker == "a2" and c.stance is Stance.THREATEN


def test_a_defence_minister_on_the_states_forces_speaks_for_them(make_doc: DocBuilder) -> None:
    text = (
        "In Valdia, the defence minister said the armed forces would respond to any further "
        "attack. The mayor said the armed forces would respond to any further attack."
    )
    state = Actor(
        id="a1",
        name="Valdia",
        kind=ActorKind.STATE,
        mentions=(_span(text, "Valdia"),),
        country="VA",
    )
    forces = Actor(
        id="a2",
        name="Military Forces of Valdia",
        kind=ActorKind.ARMED_GROUP,
        mentions=(_span(text, "the armed forces"), _span(text, "the armed forces", 1)),
        affiliation="a1",
        country="VA",
    )
    minister = Actor(
        id="a3",
        name="Defence Minister",
        kind=ActorKind.PERSON,
        mentions=(_span(text, "the defence minister"),),
        title="Defence Minister",
    )
    mayor = Actor(
        id="a4",
        name="mayor",
        kind=ActorKind.PERSON,
        mentions=(_span(text, "The mayor"),),
        title="mayor",
    )
    _, (vow, forecast) = _claims(make_doc, text, actors=(state, forces, minister, mayor))
    assert vow.speaker == "a3" and vow.stance is Stance.THREATEN
    assert forecast.speaker == "a4" and forecast.stance is Stance.ASSERT


def test_another_side_named_in_the_future_is_no_commitment(make_doc: DocBuilder) -> None:
    text = "A United Nations official said the group would attack the capital."
    un = actor_in(text, "a1", "United Nations", ActorKind.ORGANIZATION, "A United Nations official")
    group = actor_in(text, "a2", "Northern Front", ActorKind.ARMED_GROUP, "the group")
    _, (c,) = _claims(make_doc, text, actors=(un, group))
    assert c.speaker == "a1" and c.stance is Stance.ASSERT


def test_what_the_accused_is_charged_with_is_no_statement_of_the_accuser(
    make_doc: DocBuilder,
) -> None:
    text = "The Dorn Front accused Valdia of seeking excuses to bomb the valley."
    front = actor_in(text, "a1", "Dorn Front", ActorKind.ARMED_GROUP, "The Dorn Front")
    _, claims = _claims(make_doc, text, actors=(front,))
    assert [(c.cue, c.stance) for c in claims] == [("accused", Stance.ACCUSE)]


def test_what_a_thing_shows_inside_a_statement_is_the_speaker_s(make_doc: DocBuilder) -> None:
    text = "The president said the strike showed that the enemy was not looking for peace."
    _, claims = _claims(make_doc, text)
    assert [c.cue for c in claims] == ["said"]


def test_a_split_quotation_of_an_unnamed_official(make_doc: DocBuilder) -> None:
    # As "A senior official said ...": no actor is the speaker, the words name the source, and
    # the content is the two quoted parts around the frame.
    text = '"The trucks," the official said, "were checked twice."'
    _, (c,) = _claims(make_doc, text)
    assert c.speaker is None and c.quoted
    assert c.source_span == _span(text, "the official")
    assert c.content_parts == (_span(text, '"The trucks,"'), _span(text, '"were checked twice."'))


def test_a_split_quotation_with_the_cue_first(make_doc: DocBuilder) -> None:
    text = '"The trucks," said the official, "were stopped at the crossing."'
    _, (c,) = _claims(make_doc, text)
    assert c.speaker is None and c.quoted
    assert c.content_parts == (
        _span(text, '"The trucks,"'),
        _span(text, '"were stopped at the crossing."'),
    )


def test_mediators_of_a_list_of_countries_speak(make_doc: DocBuilder) -> None:
    # The whole list owns the mediators, not its first country.
    text = "Ruritanian, Borduvian and US mediators said the talks would resume."
    mediators = actor_in(
        text, "a1", "Mediators", ActorKind.ORGANIZATION, "Ruritanian, Borduvian and US mediators"
    )
    ruritania = Actor(
        id="a2", name="Ruritania", kind=ActorKind.STATE, mentions=(_span(text, "Ruritanian"),)
    )
    _, (c,) = _claims(make_doc, text, actors=(mediators, ruritania))
    assert c.speaker == "a1"
