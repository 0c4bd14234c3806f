"""Denials that only name what they answer, read end to end on hand-written news."""

from __future__ import annotations

from sitrep.pipeline.base import Document
from sitrep.pipeline.registry import DEFAULT_PIPELINE
from sitrep.records import Contradiction, ContradictionKind
from tests.conftest import DocBuilder

ALL = DEFAULT_PIPELINE  # every stage, read end to end


def _found(
    doc: Document, kind: ContradictionKind = ContradictionKind.DENIAL
) -> list[Contradiction]:
    """The document's contradictions of one kind."""
    return [c for c in doc.contradictions if c.kind is kind]


def _words(doc: Document, claim_id: str) -> str:
    """What the claim with this id says."""
    claim = next(c for c in doc.claims if c.id == claim_id)
    return claim.content.text(doc.text)


def test_a_figure_dismissed_is_the_nearest_claim_with_a_figure(make_doc: DocBuilder) -> None:
    text = (
        "Valdian officials said the Northland army had shelled the port overnight. "
        "Valdia's air force said it had shot down 12 drones over the capital. "
        "The Northland defence ministry dismissed the figure as propaganda."
    )
    doc = make_doc(text, stages=ALL)
    denial = _found(doc)
    assert denial, doc.contradictions
    assert "12 drones" in _words(doc, denial[0].between[0])


def test_a_toll_disputed_in_a_headline_is_the_figure_before_it(make_doc: DocBuilder) -> None:
    text = (
        "Valdian army says dozens of rebels killed near Orsk; villagers dispute toll\n\n"
        "The Valdian army said on Sunday it had killed about 40 rebels in air strikes."
    )
    doc = make_doc(text, stages=ALL)
    denial = _found(doc)
    assert denial, doc.contradictions
    assert "dozens of rebels" in _words(doc, denial[0].between[0])
    assert _words(doc, denial[0].between[1]) == "toll"


def test_figures_named_by_their_owner_are_the_figure_before_them(make_doc: DocBuilder) -> None:
    text = (
        "The rebels accused the Valdian army of shelling the market in Orsk. "
        "The regional health office says more than 2,000 people have been killed since the "
        "war began. The Valdian army disputes the health office's figures."
    )
    doc = make_doc(text, stages=ALL)
    (denial,) = _found(doc)
    assert "more than 2,000 people" in _words(doc, denial.between[0])
    assert _words(doc, denial.between[1]) == "the health office's figures"


def test_a_denial_of_that_answers_the_statement_just_before(make_doc: DocBuilder) -> None:
    text = (
        "A Valdian official said the army had been told to strike rebel depots if attacks "
        "went on. The rebel leader said the Valdian army had broken the truce 30 times since "
        "Monday. The Valdian army denied that, saying it had only fired back."
    )
    doc = make_doc(text, stages=ALL)
    (denial,) = _found(doc)
    assert "broken the truce 30 times" in _words(doc, denial.between[0])
    assert _words(doc, denial.between[1]) == "that"


def test_a_denial_whose_content_is_the_accusation_answers_it(make_doc: DocBuilder) -> None:
    text = (
        "Rebels of the Orsk Front seized the town of Tarn on Monday, residents said. "
        "The army blamed the rebels for the shelling of the camp; the Orsk Front denied it."
    )
    doc = make_doc(text, stages=ALL)
    (denial,) = _found(doc)
    assert _words(doc, denial.between[0]) == "the rebels for the shelling of the camp"


def test_a_denial_of_the_act_named_answers_the_nearest_telling_of_it(make_doc: DocBuilder) -> None:
    text = (
        "A drone struck a crowded market in the town on Thursday, killing 12 civilians, "
        "regional officials said. The Valdian army denied carrying out the strike."
    )
    doc = make_doc(text, stages=ALL)
    (denial,) = _found(doc)
    assert "drone struck" in _words(doc, denial.between[0])
    assert _words(doc, denial.between[1]) == "carrying out the strike"


def test_a_denial_of_hitting_civilians_answers_the_report_of_the_strike(
    make_doc: DocBuilder,
) -> None:
    text = (
        "Warplanes struck a market in the town of Dorvia on Tuesday, killing 14 civilians, "
        "rescue workers said. The Valdian state news agency said the air force had targeted "
        "rebel positions in the countryside and denied hitting civilians."
    )
    doc = make_doc(text, stages=ALL)
    (denial,) = _found(doc)
    assert "struck a market" in _words(doc, denial.between[0])
    assert _words(doc, denial.between[1]) == "hitting civilians"


def test_a_mere_mention_of_a_side_answers_no_denial(make_doc: DocBuilder) -> None:
    text = (
        "Rebels attacked an army base near the town of Dorvia on Thursday. The regional "
        "mission condemned the attack and said it would support Valdian forces. The Valdian "
        "army denied that the base had been overrun."
    )
    doc = make_doc(text, stages=ALL)
    assert not _found(doc)


def test_a_report_of_killing_a_sides_fighters_answers_its_denial(make_doc: DocBuilder) -> None:
    text = (
        "The defence ministry said troops had clashed with Northern Front fighters on "
        "Thursday, killing three rebels. The Northern Front denied losing any fighters."
    )
    doc = make_doc(text, stages=ALL)
    denials = _found(doc)
    assert len(denials) == 1


def test_two_states_civil_bodies_count_their_own_people(make_doc: DocBuilder) -> None:
    text = (
        "Peruvian strikes on border towns killed 22 people on Tuesday, Chile's health "
        "ministry said. The ministry said 81 people were wounded in the strikes. Peru's "
        "emergency service said two people were lightly injured by shrapnel in Tacna."
    )
    doc = make_doc(text, stages=ALL)
    assert len(doc.casualties) == 3
    assert not _found(doc, ContradictionKind.FIGURES)


def test_a_period_tally_is_not_set_against_an_incidents_figure(make_doc: DocBuilder) -> None:
    text = (
        "Officers killed three gunmen in a shootout on Tuesday, a police spokesman said. The "
        "United Nations said more than 1,500 people were killed in the first three months of "
        "the year."
    )
    doc = make_doc(text, stages=ALL)
    assert len(doc.casualties) == 2
    assert not _found(doc, ContradictionKind.FIGURES)


def test_the_accused_sides_denial_answers_a_report_told_paragraphs_before(
    make_doc: DocBuilder,
) -> None:
    text = (
        "Armed rebels abducted nine pupils from a school in the north on Monday, the regional "
        "governor said.\n\n"
        "He said the kidnappers had arrived on motorcycles and fled into the forest with the "
        "children and their teacher, and that the army had begun a search of the villages "
        "around the school.\n\n"
        "Aid workers said schools across the region had closed for the week after the attack, "
        "and that parents were keeping their children at home until the search was over.\n\n"
        "A spokesman for the rebels denied that their fighters were involved."
    )
    doc = make_doc(text, stages=ALL)
    (denial,) = _found(doc)
    assert "abducted nine pupils" in _words(doc, denial.between[0])


def test_a_denial_answers_the_report_before_it_not_an_appeal_after_it(
    make_doc: DocBuilder,
) -> None:
    text = (
        "Jets bombed a school in the village of Dorvia on Saturday, killing 20 civilians, "
        "local rebels said. The Valdian army's spokesman, Colonel Ana Soto, denied that "
        "civilians had been targeted. The United Nations said it was alarmed and urged the "
        "Valdian army to stop attacks on civilians."
    )
    doc = make_doc(text, stages=ALL)
    (denial,) = _found(doc)
    assert "bombed a school" in _words(doc, denial.between[0])


def test_a_denial_set_beside_a_statement_answers_that_statement(make_doc: DocBuilder) -> None:
    text = (
        "The Valdian rebels accused the army of massacring villagers. "
        "Human Rights Watch said last month that soldiers had killed at least 32 civilians in "
        "the north between December and February, an accusation the army rejected."
    )
    doc = make_doc(text, stages=ALL)
    (denial,) = _found(doc)
    assert "32 civilians" in _words(doc, denial.between[0])
    # the accusation set beside the clause is that clause: what the army rejects
    assert _words(doc, denial.between[1]).endswith(
        "soldiers had killed at least 32 civilians in the north between December and February"
    )


def test_a_rejected_offer_answers_no_report(make_doc: DocBuilder) -> None:
    text = (
        "A Valdian rocket hit a school in Orsk on Sunday, killing four people, the governor "
        "said. Valdia has rejected a partial truce, saying it would only help the rebels rearm."
    )
    assert _found(make_doc(text, stages=ALL)) == []


def test_a_denial_of_losses_answers_the_figure_of_its_dead(make_doc: DocBuilder) -> None:
    text = (
        "A car bomb exploded near the Orsk checkpoint on Tuesday, killing nine people in an "
        "attack claimed by the Northland Front, police said. The army said on Sunday that "
        "more than 40 militants had been killed in its offensive. The Northland Front denied "
        "losing any fighters."
    )
    doc = make_doc(text, stages=ALL)
    (denial,) = _found(doc)
    assert "more than 40 militants" in _words(doc, denial.between[0])


def test_a_report_called_untrue_answers_the_other_sides_report(make_doc: DocBuilder) -> None:
    text = (
        "Valdia's defence ministry said on Sunday its forces had captured the village of "
        "Kerensk. Ukraine's army said Valdian troops had launched 30 assaults near Orsk. "
        '"The information about the capture of Kerensk does not correspond to reality," a '
        "Northland army spokesman told reporters."
    )
    doc = make_doc(text, stages=ALL)
    (denial,) = _found(doc)
    assert "captured the village of Kerensk" in _words(doc, denial.between[0])


def test_a_denial_of_a_role_in_a_headline_answers_the_report_before_it(
    make_doc: DocBuilder,
) -> None:
    text = (
        "Drone strike on Orsk market kills 20, activists say; Northland Front denies role\n\n"
        "A drone strike on a market in Orsk killed 20 people on Friday, activists said."
    )
    doc = make_doc(text, stages=ALL)
    denial = next(c for c in _found(doc) if _words(doc, c.between[1]) == "role")
    assert "Drone strike on Orsk market" in _words(doc, denial.between[0])


def test_a_denial_answers_a_later_accusation_only_of_the_same_act(make_doc: DocBuilder) -> None:
    text = (
        "The government of Burkina Faso denies that the army has lost control of the north. "
        "Human Rights Watch accused the army of killing 40 civilians in two villages. "
        "The government rejected the report as baseless."
    )
    doc = make_doc(text, stages=ALL)
    pairs = [(_words(doc, c.between[0]), _words(doc, c.between[1])) for c in _found(doc)]
    assert all("lost control" not in denial for _, denial in pairs), pairs
    assert any("killing 40 civilians" in accusation for accusation, _ in pairs), pairs


def test_a_denial_after_a_semicolon_answers_the_accusation_it_follows(
    make_doc: DocBuilder,
) -> None:
    text = (
        "Residents said a drone strike killed 20 people at the cattle market in Orsk. "
        "Monitors have accused both armies of abuses; the Valdian government denies "
        "targeting civilians."
    )
    doc = make_doc(text, stages=ALL)
    (denial,) = _found(doc)
    assert _words(doc, denial.between[0]) == "both armies of abuses"
    assert _words(doc, denial.between[1]) == "targeting civilians"


def test_a_denial_of_any_involvement_answers_the_accusation(make_doc: DocBuilder) -> None:
    text = (
        "The Valdian army accused the Orsk Brigade of carrying out the attack on the camp, "
        "saying the group had deliberately targeted families. "
        "The Orsk Brigade denied any involvement."
    )
    doc = make_doc(text, stages=ALL)
    (denial,) = _found(doc)
    assert _words(doc, denial.between[0]).startswith("the Orsk Brigade of carrying out")


def test_of_two_accusations_that_fit_alike_the_later_is_answered(make_doc: DocBuilder) -> None:
    text = (
        "Valdian army blames Orsk Brigade\n\n"
        "The Valdian army accused the Orsk Brigade of shelling the camp near Dornby. "
        + "Aid workers said food was running short in the camp and water was scarce. " * 4
        + "A spokesman for the Orsk Brigade said the army was inventing massacres."
    )
    doc = make_doc(text, stages=ALL)
    answered = [c.between[0] for c in _found(doc) if "inventing" in _words(doc, c.between[1])]
    assert answered and "shelling the camp" in _words(doc, answered[0])


def test_figures_told_after_a_place_are_not_set_against_another_town(
    make_doc: DocBuilder,
) -> None:
    text = (
        "A strike hit an apartment block in Kherson late on Saturday. "
        "Governor Ana Petrova said 31 people had been injured in the attack. "
        "In the Kursk region, Governor Ivan Rusov said a drone had hit a car near the "
        "town of Rylsk, wounding two men."
    )
    doc = make_doc(text, stages=ALL)
    assert not _found(doc, ContradictionKind.FIGURES), doc.contradictions


def test_a_claim_named_by_its_owner_is_that_owner_s(make_doc: DocBuilder) -> None:
    text = (
        "The Kassala rebels said they had shot down an army helicopter near Kassala. "
        "The Sudan Doctors Network said army shelling had killed six children in Kassala. "
        "The army dismissed the rebels' claim that a helicopter had been downed."
    )
    doc = make_doc(text, stages=ALL)
    (denial,) = _found(doc)
    assert "shot down an army helicopter" in _words(doc, denial.between[0])


def test_a_denial_that_nothing_of_a_kind_was_hit_answers_a_claim_about_it(
    make_doc: DocBuilder,
) -> None:
    claimed = "The Houthis said they had hit a U.S. ship in the Red Sea. "
    toll = "U.S. strikes on a Yemeni port killed 38 people, the Houthis said. "
    denial = "U.S. officials said no ships had been hit."
    doc = make_doc(claimed + denial, stages=ALL)
    (answered,) = _found(doc)
    assert "hit a U.S. ship" in _words(doc, answered.between[0])
    assert not _found(make_doc(toll + denial, stages=ALL))


def test_two_bodies_of_one_state_do_not_answer_each_other(make_doc: DocBuilder) -> None:
    text = (
        "Pakistani shelling killed at least nine civilians in the Kupwara district, the Indian "
        "army said. India's defence ministry said its strikes were measured and that no "
        "Pakistani military sites had been targeted."
    )
    doc = make_doc(text, stages=ALL)
    assert _found(doc) == []
    answered = text + " Pakistan's army denied shelling civilians."
    doc = make_doc(answered, stages=ALL)
    (denial,) = _found(doc)
    assert "Pakistani shelling" in _words(doc, denial.between[0])
    assert _words(doc, denial.between[1]) == "shelling civilians"


def test_a_charge_set_beside_a_statement_answers_that_statement(make_doc: DocBuilder) -> None:
    text = (
        "The health ministry put the number of wounded at 329. "
        "The minister said Kyiv held the Kremlin responsible for the attacks, "
        "a charge Moscow denied."
    )
    doc = make_doc(text, stages=ALL)
    (denial,) = _found(doc)
    assert _words(doc, denial.between[0]) == "Kyiv held the Kremlin responsible for the attacks"


def test_a_denial_that_its_members_took_part_answers_the_accusation_naming_someone(
    make_doc: DocBuilder,
) -> None:
    text = (
        "The governor blamed armed herders for the raid on the village. "
        "The president condemned the killings. "
        "A herders' association, the Lowland Graziers Union, denied that its members had "
        "taken part."
    )
    doc = make_doc(text, stages=ALL)
    (denial,) = _found(doc)
    assert _words(doc, denial.between[0]) == "armed herders for the raid on the village"


def test_a_dismissed_report_of_a_fall_answers_the_claim_of_taking_control(
    make_doc: DocBuilder,
) -> None:
    text = (
        "The Dorn Front said its fighters had taken control of the army base for several hours. "
        "A government spokesman, Ilan Varo, said reports of the base falling were "
        '"pure propaganda".'
    )
    doc = make_doc(text, stages=ALL)
    (denial,) = _found(doc)
    assert _words(doc, denial.between[0]).startswith("its fighters had taken control")


def test_an_account_named_by_nationality_is_that_sides_claim(make_doc: DocBuilder) -> None:
    text = (
        "Russia's defence ministry said on Monday its forces had repelled a Ukrainian attack "
        "near Sudzha and killed about 200 soldiers. Ukraine's General Staff said its forces "
        "were conducting active operations in the region. A Ukrainian official, Andriy "
        'Kovalenko, dismissed the Russian account as "fiction".'
    )
    doc = make_doc(text, stages=ALL)
    denial = _found(doc)
    assert len(denial) == 1, doc.contradictions
    assert "repelled" in _words(doc, denial[0].between[0])


def test_a_denial_that_any_of_a_kind_was_harmed_needs_a_claim_about_it(
    make_doc: DocBuilder,
) -> None:
    text = (
        "Russia's defence ministry said the attack was in response to terrorist acts by Kyiv. "
        "Ukrainian officials denied that any aircraft had been destroyed."
    )
    doc = make_doc(text, stages=ALL)
    assert _found(doc) == []


def test_the_nations_claim_is_the_one_the_story_called_a_claim(make_doc: DocBuilder) -> None:
    text = (
        "Russia's defence ministry said on Wednesday its forces had captured the village of "
        "Dovhe, a claim Ukraine's military denied. The ministry said its air defences had "
        "destroyed 45 Ukrainian drones overnight. Ukraine's General Staff said its troops had "
        "repelled 14 assaults near the village. A spokesman for Ukraine's forces in the east, "
        'Ivan Petrenko, said the Russian claim was "pure propaganda".'
    )
    doc = make_doc(text, stages=ALL)
    answered = {
        _words(doc, c.between[1]): _words(doc, c.between[0])
        for c in doc.contradictions
        if c.kind is ContradictionKind.DENIAL
    }
    propaganda = next(v for k, v in answered.items() if "propaganda" in k)
    assert "captured the village of Dovhe" in propaganda


def test_a_denial_after_but_answers_the_other_sides_account(make_doc: DocBuilder) -> None:
    text = (
        "M23 rebels said on Sunday they had seized the town of Kanyo after two days of "
        "fighting, but the army denied the town had fallen."
    )
    doc = make_doc(text, stages=ALL)
    (denial,) = _found(doc)
    assert "seized the town" in _words(doc, denial.between[0])
    assert _words(doc, denial.between[1]) == "the town had fallen"


def test_a_denial_after_but_needs_shared_words_with_an_assertion(make_doc: DocBuilder) -> None:
    text = (
        "M23 rebels said on Sunday they would hold talks in Nairobi, but the army denied "
        "shelling any villages."
    )
    doc = make_doc(text, stages=ALL)
    assert not _found(doc), doc.contradictions


def test_a_charge_a_capital_denies_answers_the_accusation(make_doc: DocBuilder) -> None:
    text = (
        "Congo's government has long accused Rwanda of backing the rebels, a charge Kigali denies."
    )
    doc = make_doc(text, stages=ALL)
    (denial,) = _found(doc)
    assert _words(doc, denial.between[0]) == "Rwanda of backing the rebels"
    assert _words(doc, denial.between[1]) == "a charge"


def test_no_civilian_casualties_answers_the_toll_told_before(make_doc: DocBuilder) -> None:
    text = (
        "The Houthi-run health ministry said 16 people were killed and 42 wounded in the "
        "strikes on the port. A U.S. defense official said the strikes had hit only military "
        "sites and that there was no indication of civilian casualties."
    )
    doc = make_doc(text, stages=ALL)
    (denial,) = _found(doc)
    assert _words(doc, denial.between[0]).startswith("16 people were killed")


def test_a_disputed_toll_answers_the_figure_not_the_accusation_beside_it(
    make_doc: DocBuilder,
) -> None:
    text = (
        "Shelling killed at least 30 people at a market in Dorn on Monday, volunteer medics "
        "said. The Valdian Doctors Union blamed the paramilitary Northern Guard for the attack. "
        "The Northern Guard disputed the toll, saying no more than 10 people had died."
    )
    doc = make_doc(text, stages=ALL)
    (denial,) = _found(doc)
    assert "at least 30 people" in _words(doc, denial.between[0])


def test_a_headline_disputing_a_toll_answers_the_story_s_first_figure(
    make_doc: DocBuilder,
) -> None:
    text = (
        "Valdian paramilitary disputes toll from Dorn market shelling\n\n"
        "DORN, Dec 1 (Reuters) - Shelling killed at least 30 people at a market in Dorn on "
        "Monday, volunteer medics said. The Valdian Doctors Union blamed the paramilitary "
        "Northern Guard for the attack."
    )
    doc = make_doc(text, stages=ALL)
    (denial,) = _found(doc)
    assert "at least 30 people" in _words(doc, denial.between[0])
    assert _words(doc, denial.between[1]) == "toll from Dorn market shelling"


def test_own_forces_not_in_the_area_answer_the_charge_of_the_attack(make_doc: DocBuilder) -> None:
    text = (
        "The Valdian Doctors Union blamed the paramilitary Northern Guard for the attack on the "
        'market. "Our forces were not in the area at the time," Northern Guard adviser Tom Varn said.'
    )
    doc = make_doc(text, stages=ALL)
    (denial,) = _found(doc)
    assert "Northern Guard for the attack" in _words(doc, denial.between[0])
