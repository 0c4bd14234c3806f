"""Extraction patterns on sentences written for these tests."""

from __future__ import annotations

import pytest

from sitrep.attribution.base import Attribution, CueKind
from sitrep.attribution.extract import _without_borrowed_quotation, extract_attributions
from sitrep.records import Stance
from tests.attribution.conftest import words
from tests.conftest import DocBuilder
from tests.conftest import span_of as _span

pytestmark = pytest.mark.slow


def test_said_with_that_clause(extract) -> None:  # type: ignore[no-untyped-def]
    text, (a,) = extract("The governor said on Monday that the bridge had been destroyed.")
    assert words(text, a.source) == "The governor"
    assert words(text, a.cue) == "said"
    assert "the bridge had been destroyed" in words(text, a.content)  # type: ignore[operator]
    assert a.stance is Stance.ASSERT and not a.quoted


def test_trailing_attribution(extract) -> None:  # type: ignore[no-untyped-def]
    text, (a,) = extract("Rebel units shelled the village overnight, local officials said.")
    assert words(text, a.source) == "local officials"
    assert words(text, a.content) == "Rebel units shelled the village overnight"


def test_according_to(extract) -> None:  # type: ignore[no-untyped-def]
    text, (a,) = extract("According to the health ministry, twelve people died in the blast.")
    assert words(text, a.cue) == "According to"
    assert words(text, a.source) == "the health ministry"
    assert words(text, a.content) == "twelve people died in the blast"


def test_accusation_and_rejection(extract) -> None:  # type: ignore[no-untyped-def]
    text, found = extract(
        "The army accused the militia of attacking a convoy. The militia rejected the accusation."
    )
    accuse, reject = found
    assert accuse.stance is Stance.ACCUSE
    assert words(text, accuse.content) == "the militia of attacking a convoy"
    assert reject.stance is Stance.REJECT and words(text, reject.source) == "The militia"
    assert words(text, reject.content) == "the accusation"


def test_split_quotation_is_one_direct_statement(extract) -> None:  # type: ignore[no-untyped-def]
    text, (a,) = extract("“We are ready,” the commander said, “and we will hold the line.”")
    assert a.quoted
    assert words(text, a.content) == text[: text.index("”", 40) + 1]


def test_split_quotation_is_quoted_whatever_the_length_of_its_frame(extract) -> None:  # type: ignore[no-untyped-def]
    # The speaker and cue between the two parts are no unquoted words of the content.
    for text, speaker in [
        ('"The road," the minister said, "is open again."', "the minister"),
        ('"The trucks," the official said, "were checked twice."', "the official"),
        ("“Fuel,” the aid coordinator said, “ran out.”", "the aid coordinator"),
    ]:
        _, (a,) = extract(text)
        assert a.quoted and words(text, a.source) == speaker
        assert a.content == _span(text, text)


def test_quotation_continued_in_the_next_sentence(extract) -> None:  # type: ignore[no-untyped-def]
    text, (a,) = extract("“The road is open,” she said. “Convoys can pass from tomorrow.”")
    assert a.quoted and a.content.end == len(text)


def test_statements_inside_a_quotation_are_the_speaker_s(extract) -> None:  # type: ignore[no-untyped-def]
    text, found = extract("“I think they want peace,” the envoy said.")
    assert [words(text, a.source) for a in found] == ["the envoy"]


def test_anonymous_source_asking_not_to_be_named(extract) -> None:  # type: ignore[no-untyped-def]
    text, found = extract("A senior diplomat who asked not to be named said the talks had stalled.")
    assert [words(text, a.cue) for a in found] == ["said"]
    assert "diplomat" in words(text, found[0].source)  # type: ignore[operator]


def test_not_identifying_with_someone_is_a_statement(extract) -> None:  # type: ignore[no-untyped-def]
    # Only being named is asked for: "I don't identify with ..." is a statement of its own.
    text, found = extract(
        "“I don't identify with what the general says,” Amir Haddad said on Friday."
    )
    assert [words(text, a.source) for a in found if words(text, a.cue) == "said"] == ["Amir Haddad"]


def test_none_of_a_group_holds_a_view_but_claims_nothing(extract) -> None:  # type: ignore[no-untyped-def]
    text, found = extract("None of the envoys thought a truce was likely before the winter.")
    assert [words(text, a.source) for a in found] == ["None of the envoys"]
    text, found = extract("None of the armed factions has claimed the attack on the convoy.")
    assert found == []


def test_appearing_somewhere_to_deny(extract) -> None:  # type: ignore[no-untyped-def]
    # Showing up on television to deny something is a denial by whoever showed up.
    text, found = extract(
        "The army spokesman appeared on state television to deny reports of a retreat."
    )
    (a,) = [a for a in found if a.lemma == "deny"]
    assert words(text, a.source) == "The army spokesman"
    assert a.stance is Stance.DENY


def test_a_banner_that_said_is_no_connective(extract) -> None:  # type: ignore[no-untyped-def]
    # "That said," opening a clause is the writer's turn; "a banner that said, ..." speaks.
    text, found = extract(
        "Protesters waved a banner that said, “Stop the shelling now.” That said, the talks went on."
    )
    (a,) = found
    assert words(text, a.content) == "“Stop the shelling now.”"


def test_who_is_seeking_or_challenging_describes_a_person(extract) -> None:  # type: ignore[no-untyped-def]
    # Running for an office or against an incumbent is no statement; what the person says is.
    _, found = extract(
        "The colonel, who is challenging the president for the party's leadership, said the "
        "army would stay in the north."
    )
    assert [a.lemma for a in found] == ["say"]
    _, found = extract("The governor, who is seeking reelection, visited the camps on Monday.")
    assert found == []


def test_relay_quoted_by_an_agency(extract) -> None:  # type: ignore[no-untyped-def]
    text, (a,) = extract(
        "The president, quoted by the state news agency Tanjug, said he would resign."
    )
    assert words(text, a.source) == "The president"
    assert words(text, a.via) == "the state news agency Tanjug"


def test_vow_with_infinitive_is_a_promise(extract) -> None:  # type: ignore[no-untyped-def]
    text, (a,) = extract("The rebels vowed to reopen the airport.")
    assert a.stance is Stance.PROMISE and words(text, a.content) == "to reopen the airport"


def test_vow_to_harm_another_is_a_threat(extract) -> None:  # type: ignore[no-untyped-def]
    text, (a,) = extract("The rebels vowed to retake the airport.")
    assert a.stance is Stance.THREATEN and words(text, a.content) == "to retake the airport"


def test_said_so_names_the_statement(extract) -> None:  # type: ignore[no-untyped-def]
    text, (a,) = extract("Most residents said so in the survey.")
    assert words(text, a.content) == "so" and words(text, a.source) == "Most residents"


def test_as_the_envoy_noted(extract) -> None:  # type: ignore[no-untyped-def]
    text, (a,) = extract("As the envoy noted, the talks have stalled.")
    assert words(text, a.source) == "the envoy"
    assert words(text, a.content) == "the talks have stalled"


def test_passive_seen_as(extract) -> None:  # type: ignore[no-untyped-def]
    text, (a,) = extract("The governor is widely seen as a moderate.")
    assert a.source is None and words(text, a.content) == "a moderate"


def test_participle_of_a_position_is_no_statement(extract) -> None:  # type: ignore[no-untyped-def]
    _, found = extract("A group supporting the governor bought new advertisements.")
    assert found == []


def test_wish_inside_a_statement_is_part_of_it(extract) -> None:  # type: ignore[no-untyped-def]
    text, found = extract("The colonel said he wanted a truce.")
    assert [words(text, a.cue) for a in found] == ["said"]


def test_infinitive_after_a_noun_is_no_statement(extract) -> None:  # type: ignore[no-untyped-def]
    text, found = extract("The minister said the rebels had no right to demand talks.")
    assert [words(text, a.cue) for a in found] == ["said"]


def test_inverted_speaker_after_a_quotation(extract) -> None:  # type: ignore[no-untyped-def]
    text, (a,) = extract("“The bridge will hold,” said Mayor Ilona Kravec.")
    assert words(text, a.source) == "Mayor Ilona Kravec" and a.quoted


def test_speaker_of_a_gerund_after_a_preposition(extract) -> None:  # type: ignore[no-untyped-def]
    text, found = extract("The general ended the briefing by saying the front was quiet.")
    (a,) = [a for a in found if a.lemma == "say"]
    assert words(text, a.source) == "The general"


def test_asked_if(extract) -> None:  # type: ignore[no-untyped-def]
    text, found = extract("The envoy asked the commanders if they would accept a truce.")
    a = found[0]
    assert (
        words(text, a.cue) == "asked"
        and a.stance is Stance.REQUEST
        and "they would accept a truce" in words(text, a.content)
    )  # type: ignore[operator]


def test_call_for_someone_to_act(extract) -> None:  # type: ignore[no-untyped-def]
    text, (a,) = extract("The mayor is calling for the militia to leave the city.")
    assert a.stance is Stance.APPEAL and words(text, a.source) == "The mayor"
    assert words(text, a.content) == "the militia to leave the city"


def test_question_asked_in_a_quotation(extract) -> None:  # type: ignore[no-untyped-def]
    text, (a,) = extract("The reporter turned to the colonel. “Will the convoy pass?” he asked.")
    assert a.stance is Stance.REQUEST and a.quoted
    assert words(text, a.content) == "“Will the convoy pass?”"


def test_statement_saying_belongs_to_its_issuer(extract) -> None:  # type: ignore[no-untyped-def]
    text, found = extract("The ministry issued a statement saying the border was closed.")
    (a,) = [a for a in found if a.lemma == "say"]
    assert words(text, a.source) == "The ministry"


def test_denied_with_a_gerund(extract) -> None:  # type: ignore[no-untyped-def]
    text, (a,) = extract("The Ruritanian army denied shelling the market.")
    assert a.stance is Stance.DENY and words(text, a.content) == "shelling the market"
    assert words(text, a.source) == "The Ruritanian army"


def test_verb_coordinated_with_the_reporting_verb(extract) -> None:  # type: ignore[no-untyped-def]
    text, found = extract(
        "The militia said its units were holding the ridge and accused the army of "
        "shelling the bridge."
    )
    said, accused = found
    assert words(text, said.content) == "its units were holding the ridge"
    assert words(text, accused.source) == "The militia" and accused.stance is Stance.ACCUSE


def test_speaker_in_apposition_before_a_parenthetical_said(extract) -> None:  # type: ignore[no-untyped-def]
    text, (a,) = extract(
        "Two farmers were wounded near the village of Dorn, the province's governor said, "
        "and a barn burned down."
    )
    assert words(text, a.source) == "the province's governor"
    assert words(text, a.content) == "Two farmers were wounded near the village of Dorn"


def test_subject_of_a_finite_clause_is_its_own(extract) -> None:  # type: ignore[no-untyped-def]
    text, found = extract("Talks open in Vienna as the rebels claim new ground")
    assert [words(text, a.source) for a in found] in ([], ["the rebels"])
    assert not any(words(text, a.source) == "Talks" for a in found)


def test_as_clause_without_a_comma_is_no_comment(extract) -> None:  # type: ignore[no-untyped-def]
    _, found = extract("Envoys meet in Vienna as the siege continues.")
    assert found == []


def test_a_day_is_no_topic(extract) -> None:  # type: ignore[no-untyped-def]
    text, (a,) = extract(
        "Rebel fighters have reached the outskirts of the capital, the president's office "
        "said on Monday."
    )
    assert words(text, a.content) == "Rebel fighters have reached the outskirts of the capital"


def test_participle_with_a_subject_of_its_own(extract) -> None:  # type: ignore[no-untyped-def]
    text, found = extract(
        "The shelling resumed a day after the two armies pledged not to target farms."
    )
    pledged = next(a for a in found if words(text, a.cue) == "pledged")
    assert words(text, pledged.source) == "the two armies"
    assert pledged.stance is Stance.PROMISE


def test_rejected_in_a_relative_clause(extract) -> None:  # type: ignore[no-untyped-def]
    text, found = extract(
        "Rebels have taken the airport, the army said on Sunday, a claim the government rejected."
    )
    rejected = next(a for a in found if words(text, a.cue) == "rejected")
    assert rejected.stance is Stance.REJECT and words(text, rejected.content) == "a claim"
    assert words(text, rejected.source) == "the government"


@pytest.mark.parametrize(
    "text",
    [
        "The rebel command declined to comment on the report.",
        "The rebel command refused to confirm or deny the losses.",
        "The rebel command did not comment on the report.",
    ],
)
def test_refusing_to_comment_is_no_statement(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    # Found as an attribution (the command answered so), marked so that no claim is made of it.
    _, found = extract(text)
    assert [a for a in found if not (a.negated or a.refusal)] == []
    assert all(a.stance is Stance.OTHER for a in found)


def test_what_someone_will_do_or_keeps_doing_is_no_statement(extract) -> None:  # type: ignore[no-untyped-def]
    text, found = extract(
        "The envoy said the republic would keep supporting the rebels and would respond "
        "“with force”."
    )
    assert [words(text, a.cue) for a in found] == ["said"]


def test_clause_before_the_speaker_hung_as_an_adverbial(extract) -> None:  # type: ignore[no-untyped-def]
    text, found = extract(
        "After two days of talks, the two delegations agreed not to shell the port, the "
        "co-chairs said in a joint statement."
    )
    said = next(a for a in found if words(text, a.cue) == "said")
    assert words(text, said.source) == "the co-chairs"
    assert "agreed not to shell the port" in words(text, said.content)  # type: ignore[operator]


def test_a_no_break_space_ends_the_source(extract) -> None:  # type: ignore[no-untyped-def]
    # Web text puts a no-break space between words; it is a token of its own, not part of one.
    text, found = extract(
        "The inquiry's report\u00a0concludes that the shells were fired from the east."
    )
    (concludes,) = found
    assert words(text, concludes.source) == "The inquiry's report"


@pytest.mark.parametrize(
    "text",
    [
        "“With an eye to the border crossings,” the colonel said. The column moved on.",
        "The colonel said, “Hold the bridge until the relief arrives.”",
    ],
)
def test_quotation_hung_on_the_verb(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    text, found = extract(text)
    (a,) = [a for a in found if words(text, a.cue) == "said"]
    assert words(text, a.source) == "the colonel" or words(text, a.source) == "The colonel"
    assert a.quoted


def test_said_the_same(extract) -> None:  # type: ignore[no-untyped-def]
    text, found = extract("Half of the villagers said they had fled, and a third said the same.")
    assert [words(text, a.source) for a in found] == ["Half of the villagers", "a third"]


def test_a_name_in_the_content_is_no_request_for_anonymity(extract) -> None:  # type: ignore[no-untyped-def]
    text, (a,) = extract("Officials say the commander's name was not left off the list.")
    assert words(text, a.source) == "Officials"


@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        ("In the ministry's view, the talks have failed.", "the ministry", "the talks have failed"),
        (
            "In the words of one commander, the ceasefire is a fiction.",
            "one commander",
            "the ceasefire is a fiction",
        ),
    ],
)
def test_in_the_view_of(extract, text: str, source: str, content: str) -> None:  # type: ignore[no-untyped-def]
    text, (a,) = extract(text)
    assert words(text, a.source) == source and words(text, a.content) == content


def test_a_view_of_the_river_is_no_attribution(extract) -> None:  # type: ignore[no-untyped-def]
    _, found = extract("In the view from the hill, the river shone.")
    assert found == []


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("The envoy lambasted the blockade.", Stance.ACCUSE),
        ("The rebels disavowed the attack on the convoy.", Stance.REJECT),
        ("The governor credited the volunteers with saving the town.", Stance.AGREE),
        ("The army downplayed the losses.", Stance.DENY),
    ],
)
def test_more_reporting_verbs(extract, text: str, stance: Stance) -> None:  # type: ignore[no-untyped-def]
    _, (a,) = extract(text)
    assert a.stance is stance


def test_reportedly_attributes_without_a_source(extract) -> None:  # type: ignore[no-untyped-def]
    text, (a,) = extract("Government troops reportedly shelled the town overnight.")
    assert words(text, a.cue) == "reportedly" and a.source is None
    assert words(text, a.content) == "Government troops reportedly shelled the town overnight"


def test_an_impression_is_attributed_to_no_one(extract) -> None:  # type: ignore[no-untyped-def]
    text, (a,) = extract("The town seemed calm on Sunday.")
    assert a.impression and a.source is None and a.stance is Stance.OTHER
    assert words(text, a.content) == "The town seemed calm"


@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        (
            "The senator said following a vote in 2001 that he had serious concerns.",
            "The senator",
            "he had serious concerns",
        ),
        ("“The job was to hold the bridge,” Petrov said.", "Petrov", None),
        ("''The town is lost,'' said Omar Haddad, a shopkeeper.", "Omar Haddad", None),
    ],
)
def test_parse_slips_around_the_reporting_verb(
    extract, text: str, source: str, content: str | None
) -> None:  # type: ignore[no-untyped-def]
    text, (a,) = extract(text)
    assert words(text, a.source) == source
    if content is not None:
        assert words(text, a.content) == content
    else:
        assert a.quoted


def test_naming_with_two_objects(extract) -> None:  # type: ignore[no-untyped-def]
    text, (a,) = extract("The minister called the commander a liar.")
    assert words(text, a.content) == "the commander a liar"


def test_what_is_told_and_a_memo_telling(extract) -> None:  # type: ignore[no-untyped-def]
    text, found = extract("The sergeant told the story of the night raid.")
    assert [words(text, a.content) for a in found] == ["the story of the night raid"]
    text, found = extract("The ministry sent a memo telling schools to close early.")
    assert any(str(words(text, a.cue)).startswith("telling") for a in found)


def test_responding_to_what_was_said_not_to_an_attack(extract) -> None:  # type: ignore[no-untyped-def]
    _, found = extract("The army responded to the shelling with artillery.")
    assert found == []
    text, (a,) = extract("The ministry responded to the accusation on Monday.")
    assert words(text, a.content) == "the accusation"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The president called on Wednesday for the rebels to lay down their arms.",
            "the rebels to lay down their arms",
        ),
        ("The party distanced itself from the attack.", "the attack"),
    ],
)
def test_a_particle_past_a_day_or_a_reflexive(extract, text: str, content: str) -> None:  # type: ignore[no-untyped-def]
    text, (a,) = extract(text)
    assert words(text, a.content) == content


def test_an_opening_poll_is_the_source_of_its_findings(extract) -> None:  # type: ignore[no-untyped-def]
    text, found = extract(
        "In a survey of refugees released on Monday, most families wanted to return home."
    )
    a = next(a for a in found if words(text, a.cue) == "In")
    assert words(text, a.source) == "a survey of refugees released on Monday"
    assert words(text, a.content) == "most families wanted to return home"


def test_a_poll_inside_the_sentence_is_the_writers_account(extract) -> None:  # type: ignore[no-untyped-def]
    text, found = extract("The two candidates were tied in the poll.")
    assert not any(words(text, a.cue) == "in" for a in found)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The Ruritanian army put the death toll at 52.", "the death toll at 52"),
        ("The Ruritanian army estimated the number of dead at 35.", "the number of dead at 35"),
        ("The Ruritanian army gave a toll of 50 dead.", "a toll of 50 dead"),
        ("The Ruritanian army recorded 14 more deaths on Sunday.", "14 more deaths"),
    ],
)
def test_a_tally_is_said_by_its_subject(extract, text: str, content: str) -> None:  # type: ignore[no-untyped-def]
    _, (a,) = extract(text)
    assert words(text, a.source) == "The Ruritanian army" and a.stance is Stance.ASSERT
    assert words(text, a.content) == content


def test_a_count_that_is_no_tally_is_no_statement(extract) -> None:  # type: ignore[no-untyped-def]
    _, found = extract("The government raised the number of guards to 5,000.")
    assert found == []
    # What raises a toll is no one who gives it.
    _, found = extract("The blast at the Dorn depot raised the death toll to 50.")
    assert found == []
    _, found = extract("Valdia's shelling raised the death toll to 50.")
    assert found == []


def test_a_body_named_beside_its_noun_gives_the_tally(extract) -> None:  # type: ignore[no-untyped-def]
    text, found = extract(
        "The league's monitoring mission in the valley, Lantern, put the number of dead at "
        "three and said at least two people were wounded."
    )
    assert [words(text, a.cue) for a in found] == ["put", "said"]
    assert words(text, found[0].content) == "the number of dead at three"


def test_as_fighting_continued_comments_on_nothing(extract) -> None:  # type: ignore[no-untyped-def]
    _, found = extract(
        "Twelve guards were killed, the Ruritanian army said, as fighting continued for a third day."
    )
    assert [a.lemma for a in found] == ["say"]


def test_going_on_a_way_says_nothing(extract) -> None:  # type: ignore[no-untyped-def]
    _, found = extract("The agency said the vessel reported no damage and continued on its way.")
    assert [a.lemma for a in found] == ["say", "report"]
    _, found = extract("The tanker continued on its way.")
    assert found == []


def test_a_distance_after_the_speaker_only_places_it(extract) -> None:  # type: ignore[no-untyped-def]
    text, (a,) = extract(
        "A vessel about 70 nautical miles west of Vardo reported two explosions nearby."
    )
    assert words(text, a.source) == "A vessel"  # type: ignore[arg-type]


def test_a_quotation_goes_on_past_the_day_it_was_said(extract) -> None:  # type: ignore[no-untyped-def]
    text, found = extract(
        "“We lost nine men,” Ruritanian army spokesman Anton Varga said on Sunday. "
        "“Another 30 were wounded.”"
    )
    (a,) = found
    assert words(text, a.content).endswith("“Another 30 were wounded.”")  # type: ignore[union-attr]


def test_a_quotation_goes_on_with_a_paraphrase(extract) -> None:  # type: ignore[no-untyped-def]
    text, found = extract(
        "The Ruritanian army said nine guards were killed on Sunday. "
        "“Four of them were officers, and 30 others were wounded.”"
    )
    (a,) = found
    assert words(text, a.content).endswith("30 others were wounded.”")  # type: ignore[union-attr]


def test_opening_to_whom_gives_that_persons_view(extract) -> None:  # type: ignore[no-untyped-def]
    text, (a,) = extract("To Ms. Haddad, the new checkpoint means hours of waiting.")
    assert a.kind is CueKind.ACCORDING and words(text, a.source) == "Ms. Haddad"
    assert words(text, a.content) == "the new checkpoint means hours of waiting"


def test_opening_to_a_direction_is_no_view(extract) -> None:  # type: ignore[no-untyped-def]
    _, found = extract("To the north, the army held the ridge.")
    assert found == []


def test_in_someones_assessment_is_an_according_to(extract) -> None:  # type: ignore[no-untyped-def]
    text, (a,) = extract("In the monitors' assessment, the front line has not moved.")
    assert a.kind is CueKind.ACCORDING and words(text, a.source) == "the monitors"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The general has a long history of blaming the rebels for the shelling.", "The general"),
        ("The governor was the most outspoken in denouncing the strikes.", "The governor"),
        ("He was back to boasting about the polls and denouncing the strikes.", "He"),
        (
            "Since announcing in May that he would resign, the minister has said little.",
            "the minister",
        ),
    ],
)
def test_a_gerund_after_a_noun_or_adjective_speaks_for_the_verbs_subject(  # type: ignore[no-untyped-def]
    extract, text: str, source: str
) -> None:
    text, found = extract(text)
    gerund = next(a for a in found if words(text, a.cue) in {"blaming", "denouncing", "announcing"})
    assert words(text, gerund.source) == source


@pytest.mark.parametrize(
    "text",
    [
        "Protesters shouted. “You lied to us,” one woman said.",
        "The crowd shouted insults at the mayor. “You lied to us,” one woman said.",
    ],
)
def test_a_quotation_in_the_next_sentence_with_its_own_speaker_is_not_borrowed(  # type: ignore[no-untyped-def]
    extract, text: str
) -> None:
    text, found = extract(text)
    quotation = "“You lied to us,”"
    holders = [words(text, a.source) for a in found if words(text, a.content) == quotation]
    assert holders == ["one woman"]
    shouted = [a for a in found if words(text, a.cue) == "shouted"]
    assert all(words(text, a.content) == "insults" for a in shouted)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The reports lead many experts to suspect that the files were faked.", "many experts"),
        ("The war drove thousands of villagers to demand a referendum.", "thousands of villagers"),
        ("The minister moved to denounce the strike.", "The minister"),
    ],
)
def test_the_object_of_a_control_verb_does_what_the_infinitive_says(  # type: ignore[no-untyped-def]
    extract, text: str, source: str
) -> None:
    text, found = extract(text)
    (infinitive,) = [a for a in found if words(text, a.cue).startswith("to ")]  # type: ignore[union-attr]
    assert words(text, infinitive.source) == source


def test_what_follows_a_verb_that_lost_its_subject_is_no_speaker(extract) -> None:  # type: ignore[no-untyped-def]
    text, found = extract(
        "In a message to the minister, Tanden, head of the council, recounted a conversation."
    )
    recounted = next(a for a in found if words(text, a.cue) == "recounted")
    assert words(text, recounted.source) != "a conversation"
    text, (said,) = extract("“We will win,” said the mayor.")
    assert words(text, said.source) == "the mayor"


@pytest.mark.parametrize(
    "text",
    [
        "The ministry released a statement saying the town had fallen.",
        "The ministry released a statement on Monday, saying the town had fallen.",
    ],
)
def test_a_released_statement_says_what_its_participle_says(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    text, found = extract(text)
    assert [(words(text, a.cue), words(text, a.source), words(text, a.content)) for a in found] == [
        ("saying", "The ministry", "the town had fallen")
    ]


def test_a_verb_in_a_series_shares_the_first_verbs_subject(extract) -> None:  # type: ignore[no-untyped-def]
    text, found = extract('He looked at me, furrowed his brow and said, "I will win."')
    said = next(a for a in found if words(text, a.cue) == "said")
    assert words(text, said.source) == "He"


def test_only_a_quotation_is_borrowed_across_sentences(make_doc: DocBuilder) -> None:
    text = "Berg:\n\nThe talks will resume, the envoy said."
    parsed = make_doc(text).parse.doc
    found = extract_attributions(parsed)
    said = next(a for a in found if words(text, a.cue) == "said")
    colon = Attribution(
        cue=_span(text, ":"),
        cue_head=1,
        lemma=":",
        stance=Stance.ASSERT,
        content=said.content,
        source=_span(text, "Berg"),
        kind=CueKind.HEADLINE,
    )
    assert _without_borrowed_quotation(parsed, colon, [colon, said]) is colon


def test_accusation_after_a_denied_passive_shares_the_denier(extract) -> None:  # type: ignore[no-untyped-def]
    text, found = extract(
        "The garrison denied that any farmers were hurt and accused “hostile outlets” of "
        "inventing the story."
    )
    by_cue = {words(text, a.cue): a for a in found}
    assert words(text, by_cue["accused"].source) == "The garrison"
    assert words(text, by_cue["denied"].content) == "that any farmers were hurt"


def test_requesting_anonymity_is_no_statement(extract) -> None:  # type: ignore[no-untyped-def]
    text, found = extract("A port official who requested anonymity said nine crates were seized.")
    assert [words(text, a.cue) for a in found] == ["said"]


def test_it_alarmed_by_something_is_no_expletive(extract) -> None:  # type: ignore[no-untyped-def]
    text, found = extract(
        "The relief agency said it was “gravely concerned” by the shelling and urged the "
        "militia to open the road."
    )
    urged = next(a for a in found if words(text, a.cue) == "urged")
    assert words(text, urged.source) in {"it", "The relief agency"}


def test_speakers_after_a_list_the_parse_took_for_the_reported_clause(extract) -> None:  # type: ignore[no-untyped-def]
    text, (a,) = extract(
        "A rocket attack on a market killed at least 15 people, including three girls, "
        "a medical charity and witnesses said on Monday."
    )
    assert words(text, a.cue) == "said"
    assert words(text, a.source) == "a medical charity and witnesses"
    assert words(text, a.content).endswith("including three girls")  # type: ignore[union-attr]


def test_a_list_of_speakers_is_not_split_at_its_last_comma(extract) -> None:  # type: ignore[no-untyped-def]
    text, found = extract("The mayor, the police and two witnesses said the bridge was shelled.")
    (a,) = [a for a in found if words(text, a.cue) == "said"]
    assert "the bridge was shelled" in words(text, a.content)  # type: ignore[operator]


def test_according_to_after_two_verbs_closes_the_clause_of_both(extract) -> None:  # type: ignore[no-untyped-def]
    text, found = extract(
        "The war has killed tens of thousands of people and displaced more than two million, "
        "according to aid agencies."
    )
    (a,) = found
    assert words(text, a.content) == (
        "The war has killed tens of thousands of people and displaced more than two million"
    )


def test_speakers_after_a_list_closed_by_and(extract) -> None:  # type: ignore[no-untyped-def]
    text, found = extract(
        "A shell hit the square in Dornby on Friday, killing nine people, most of them women and "
        "children, the town council and a local aid group said."
    )
    said = next(a for a in found if words(text, a.cue) == "said")
    assert words(text, said.source) == "the town council and a local aid group"


def test_one_list_of_speakers_stays_whole(extract) -> None:  # type: ignore[no-untyped-def]
    text, found = extract(
        "The shelling went on all night, the army, the police and the mayor said."
    )
    said = next(a for a in found if words(text, a.cue) == "said")
    assert (words(text, said.source) or "").startswith("the army")


def test_speakers_listed_after_the_victims_a_count_includes(extract) -> None:  # type: ignore[no-untyped-def]
    text, found = extract(
        "The shelling of Dornby killed at least 20 people, including six children, a local aid "
        "group and residents said on Monday."
    )
    said = next(a for a in found if words(text, a.cue) == "said")
    assert words(text, said.source) == "a local aid group and residents"


@pytest.mark.parametrize(
    "text",
    [
        "A truce agreed in Dornby in May collapsed within weeks.",
        "The talks ended after the two sides failed to agree on terms.",
    ],
)
def test_a_pact_agreed_or_a_failure_to_agree_is_no_agreement(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    _, found = extract(text)
    assert not [a for a in found if a.lemma == "agree" and not a.negated]


def test_a_body_named_by_its_description_gives_the_tally(extract) -> None:  # type: ignore[no-untyped-def]
    text, found = extract(
        "A local human rights network put the death toll at six and said the dead were farmers."
    )
    tally = next(a for a in found if words(text, a.cue) == "put")
    assert words(text, tally.source) == "A local human rights network"
    assert words(text, tally.content) == "the death toll at six"


def test_split_quotation_with_the_cue_before_its_speaker(extract) -> None:  # type: ignore[no-untyped-def]
    # '"...," said X, "..."': the parse takes only the second part as the verb's clause.
    for text, speaker in [
        ('"The trucks," said the official, "were stopped at the crossing."', "the official"),
        ("“The fuel”, said a driver, “ran out on the first night.”", "a driver"),
    ]:
        _, (a,) = extract(text)
        assert a.quoted and words(text, a.source) == speaker
        assert a.content == _span(text, text)


def test_a_quotation_ending_a_sentence_is_no_first_part(extract) -> None:  # type: ignore[no-untyped-def]
    text, found = extract('The convoy left at dawn. "It was late," said the official.')
    assert [words(text, a.content) for a in found] == ['"It was late,"']


def test_a_list_of_owners_is_the_whole_source(extract) -> None:  # type: ignore[no-untyped-def]
    # The commas between the first conjuncts of a list ended by 'and' are no aside.
    text, (a,) = extract("Egyptian, Qatari and US mediators said the talks would resume.")
    assert words(text, a.source) == "Egyptian, Qatari and US mediators"
    text, (a,) = extract("Smith, the spokesman, said the talks would resume.")
    assert words(text, a.source) == "Smith"
