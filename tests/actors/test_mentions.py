"""Acronyms the article defines, and names that belong to a site rather than a person."""

from __future__ import annotations

from sitrep.records import ActorKind
from tests.conftest import DocBuilder

STAGES = ("sentences.v1", "places.v1", "actors.v1")


def test_a_defined_acronym_is_the_same_actor_before_and_after(make_doc: DocBuilder) -> None:
    text = (
        "SDF fighters took the village on Monday. The Syrian Democratic Forces (SDF) said the "
        "assault began at dawn. Later the SDF said it had cleared the area."
    )
    doc = make_doc(text, stages=STAGES)
    sdf = [a for a in doc.actors if a.name == "Syrian Democratic Forces"]
    assert len(sdf) == 1
    written = {m.text(text) for m in sdf[0].mentions}
    assert {"SDF", "the SDF"} <= written
    assert not [a for a in doc.actors if a.name == "SDF"]


def test_a_long_name_the_ner_took_for_a_person_is_the_organisation_its_acronym_names(
    make_doc: DocBuilder,
) -> None:
    text = (
        "No group has claimed the raid, but Jama'at Ansar al-Haqq wal-Nasr (JAHN) has struck "
        "nearby villages before. JAHN denied any role on Monday."
    )
    doc = make_doc(text, stages=STAGES)
    group = [a for a in doc.actors if a.name == "Jama'at Ansar al-Haqq wal-Nasr"]
    assert len(group) == 1
    assert group[0].kind is ActorKind.ORGANIZATION
    assert "JAHN" in {m.text(text) for m in group[0].mentions}
    assert not [a for a in doc.actors if a.kind is ActorKind.PERSON]


def test_a_states_body_goes_by_initials_of_its_own_language(make_doc: DocBuilder) -> None:
    text = (
        "Bolivia's military intelligence agency (DIRNA) said the depot burned. "
        "DIRNA later said the fire was out."
    )
    doc = make_doc(text, stages=STAGES)
    agency = [a for a in doc.actors if a.name == "Military Intelligence Agency of Bolivia"]
    assert len(agency) == 1
    assert {"DIRNA"} <= {m.text(text) for m in agency[0].mentions}
    assert not [a for a in doc.actors if a.name == "DIRNA"]


def test_capitals_in_brackets_after_no_organisation_define_nothing(make_doc: DocBuilder) -> None:
    text = "The talks (UPDATED) ended on Friday. UPDATED figures were released later."
    doc = make_doc(text, stages=STAGES)
    assert not [a for a in doc.actors if "UPDATED" in a.name]


def test_a_name_that_labels_a_site_is_no_person(make_doc: DocBuilder) -> None:
    text = (
        "Shells hit the Abu Shouk displacement camp and the Al-Amal hospital overnight, "
        "witnesses said. Ahmed Saleh, a nurse, said the wards were full."
    )
    doc = make_doc(text, stages=STAGES)
    persons = {a.name for a in doc.actors if a.kind is ActorKind.PERSON}
    assert "Abu Shouk" not in persons
    assert "Ahmed Saleh" in persons


def test_an_organisation_closing_the_text_defines_nothing(make_doc: DocBuilder) -> None:
    for text in (
        "Talks were hosted by the United Nations",
        "It was run by Amnesty International (",
    ):
        doc = make_doc(text, stages=STAGES)
        assert doc.actors is not None


def test_a_ministers_portfolio_the_table_lacks_keeps_the_owner(make_doc: DocBuilder) -> None:
    text = "Mali's information minister Amadou Diallo said the talks were over."
    doc = make_doc(text, stages=STAGES)
    (person,) = [a for a in doc.actors if a.kind is ActorKind.PERSON]
    assert (person.name, person.title, person.country) == (
        "Amadou Diallo",
        "Information Minister",
        "ML",
    )


def test_a_seat_of_government_speaking_is_its_states_body(make_doc: DocBuilder) -> None:
    doc = make_doc("The Kremlin dismissed the report as a provocation.", stages=STAGES)
    assert [(a.name, a.country) for a in doc.actors] == [("Kremlin", "RU")]
    doc = make_doc("Hundreds rallied outside the White House on Sunday.", stages=STAGES)
    assert not [a for a in doc.actors if a.name == "White House"]


def test_a_seat_of_government_is_affiliated_to_its_state_when_the_state_is_named(
    make_doc: DocBuilder,
) -> None:
    text = (
        "Russian drones struck a depot near Odesa overnight. The Kremlin said Russia had hit "
        "only military targets."
    )
    doc = make_doc(text, stages=STAGES)
    (kremlin,) = [a for a in doc.actors if a.name == "Kremlin"]
    (russia,) = [a for a in doc.actors if a.kind is ActorKind.STATE and a.country == "RU"]
    assert kremlin.affiliation == russia.id
    doc = make_doc("The Kremlin dismissed the report as a provocation.", stages=STAGES)
    assert [a.affiliation for a in doc.actors] == [None]


def test_a_controller_before_a_body_is_no_speaker(make_doc: DocBuilder) -> None:
    text = (
        "The Gaza health ministry said 18 people died. The Hamas-run ministry said later that "
        "the toll had risen."
    )
    doc = make_doc(text, stages=STAGES)
    (ministry,) = [a for a in doc.actors if a.name.startswith("Ministry")]
    assert "The Hamas-run ministry" in {m.text(text) for m in ministry.mentions}
    assert [a.name for a in doc.actors if a.name == "Hamas"] == ["Hamas"]


def test_an_acronym_of_the_words_written_not_of_our_name(make_doc: DocBuilder) -> None:
    text = "The Israel Defense Forces (IDF) said it struck a depot. The IDF later said it was hit."
    doc = make_doc(text, stages=STAGES)
    (army,) = [a for a in doc.actors if a.name == "Military Forces of Israel"]
    assert "The IDF" in {m.text(text) for m in army.mentions}
    assert not [a for a in doc.actors if a.name == "IDF"]


def test_a_headline_name_before_a_colon(make_doc: DocBuilder) -> None:
    text = "Georgia: Russian troops moved the border fence\n\nResidents said the fence moved again."
    doc = make_doc(text, stages=STAGES)
    assert "Georgia" in {a.name for a in doc.actors}
    text = "Stepanakert: shelling resumes\n\nShelling continued on Sunday, residents said."
    doc = make_doc(text, stages=STAGES)
    assert "Stepanakert" not in {a.name for a in doc.actors}


def test_a_known_organisation_in_a_shouted_headline(make_doc: DocBuilder) -> None:
    text = "RAPID SUPPORT FORCES CLAIM AIRPORT\n\nThe Rapid Support Forces said they held it."
    doc = make_doc(text, stages=STAGES)
    (rsf,) = [a for a in doc.actors if a.name == "Rapid Support Forces"]
    assert "RAPID SUPPORT FORCES" in {m.text(text) for m in rsf.mentions}


def test_a_persons_name_the_ner_calls_an_organisation_is_the_person(make_doc: DocBuilder) -> None:
    text = (
        "Fauci says masks may return\n\nDr. Anthony Fauci said on Sunday that officials were "
        "weighing new guidance. Fauci added that no decision had been made."
    )
    doc = make_doc(text, stages=STAGES)
    assert not [a for a in doc.actors if a.kind is ActorKind.ORGANIZATION]
    (fauci,) = [a for a in doc.actors if a.kind is ActorKind.PERSON]
    assert len(fauci.mentions) >= 2


def test_a_translated_name_keeps_its_own_languages_acronym(make_doc: DocBuilder) -> None:
    # a made-up group whose initials follow its French name ('Front de Defense du Peuple')
    text = (
        "The government suspended talks with the People's Defence Front (FDP) on Friday. "
        "The FDP said it would answer."
    )
    doc = make_doc(text, stages=STAGES)
    group = [a for a in doc.actors if a.name == "People's Defence Front"]
    assert len(group) == 1
    assert "The FDP" in {m.text(text) for m in group[0].mentions}
    assert not [a for a in doc.actors if a.name == "FDP"]


def test_a_name_ending_as_a_fighting_forces_is_an_armed_group(make_doc: DocBuilder) -> None:
    text = "The Northern Liberation Army said it had taken the base."
    doc = make_doc(text, stages=STAGES)
    group = [a for a in doc.actors if a.name == "Northern Liberation Army"]
    assert group and group[0].kind is ActorKind.ARMED_GROUP


def test_a_groups_name_holding_a_state_is_no_states_army(make_doc: DocBuilder) -> None:
    text = (
        "Fighters of the Free Syrian Army clashed with Syrian forces. The Revolutionary "
        "Armed Forces of Colombia (FARC) signed the deal. The Armed Forces of Ukraine said "
        "they held the line."
    )
    doc = make_doc(text, stages=STAGES)
    names = {a.name: a for a in doc.actors}
    assert names["Free Syrian Army"].kind is ActorKind.ARMED_GROUP
    assert names["Revolutionary Armed Forces of Colombia"].country is None
    assert {m.text(text) for m in names["Military Forces of Syria"].mentions} == {"Syrian forces"}
    assert "Military Forces of Ukraine" in names


def test_a_states_warplanes_are_its_forces_and_each_state_of_a_pair_has_its_own(
    make_doc: DocBuilder,
) -> None:
    text = "Russian and Syrian government warplanes struck a market in the town on Tuesday."
    doc = make_doc(text, stages=STAGES)
    forces = {a.name: a for a in doc.actors if a.kind is ActorKind.ARMED_GROUP}
    assert {m.text(text) for m in forces["Military Forces of Russia"].mentions} == {"Russian"}
    assert "Military Forces of Syria" in forces


def test_a_dash_after_a_dateline_is_no_part_of_the_group(make_doc: DocBuilder) -> None:
    text = (
        "PEMBA, June 9 (Wire) - Insurgents burned homes in the village. The insurgents fled "
        "before troops arrived."
    )
    doc = make_doc(text, stages=STAGES)
    group = [a for a in doc.actors if a.name == "insurgents"]
    assert len(group) == 1
    assert {m.text(text) for m in group[0].mentions} == {"Insurgents", "The insurgents"}


def test_an_outlet_named_by_its_initials_after_a_media_noun(make_doc: DocBuilder) -> None:
    text = "The administrator told state broadcaster TVM that the attackers had fled."
    doc = make_doc(text, stages=STAGES)
    outlet = [a for a in doc.actors if a.name == "TVM"]
    assert outlet and outlet[0].kind is ActorKind.MEDIA


def test_an_unnamed_officer_of_a_states_army_speaks_for_that_army(make_doc: DocBuilder) -> None:
    text = "Gunmen killed 11 soldiers near the base, a Peruvian army officer said."
    doc = make_doc(text, stages=("sentences.v1", "times.v1", "places.v1", "actors.v1", "claims.v1"))
    (claim,) = doc.claims
    army = [a for a in doc.actors if a.id == claim.speaker]
    assert army and army[0].name == "Military Forces of Peru"


def test_fighters_named_by_an_acronym_the_article_defines_are_the_groups(
    make_doc: DocBuilder,
) -> None:
    text = (
        "The People's Defence Front (FDP) took the town on Monday. Residents said FDP "
        "fighters had shelled the camp."
    )
    doc = make_doc(text, stages=STAGES)
    front = [a for a in doc.actors if a.name == "People's Defence Front"]
    fighters = [a for a in doc.actors if a.name == "FDP fighters"]
    assert front and fighters and fighters[0].affiliation == front[0].id


def test_armed_men_the_article_cannot_name_are_an_armed_group(make_doc: DocBuilder) -> None:
    text = "Gunmen killed five villagers on Monday. Bandits later burned the market."
    doc = make_doc(text, stages=STAGES)
    kinds = {a.name: a.kind for a in doc.actors}
    assert kinds.get("gunmen") is ActorKind.ARMED_GROUP
    assert kinds.get("bandits") is ActorKind.ARMED_GROUP
    doc = make_doc("Gang members burned 30 houses, police said.", stages=STAGES)
    assert {a.name: a.kind for a in doc.actors}.get("Gang members") is ActorKind.ARMED_GROUP


def test_a_surname_inside_another_name_or_a_place_is_not_that_person(
    make_doc: DocBuilder,
) -> None:
    text = (
        "Gunmen attacked a post in Dera Ismail Khan district, police official Tariq Khan said. "
        "Former prime minister Imran Khan condemned the attack. Khan said more police were sent."
    )
    doc = make_doc(text, stages=STAGES)
    (tariq,) = [a for a in doc.actors if a.name == "Tariq Khan"]
    said = [text[m.start : m.end] for m in tariq.mentions]
    assert all(text[m.start - 7 : m.start] != "Ismail " for m in tariq.mentions)
    assert all(text[m.start - 6 : m.start] != "Imran " for m in tariq.mentions), said


def test_the_groups_spokesman_speaks_for_the_group_named_before(make_doc: DocBuilder) -> None:
    text = (
        "The Northern Front said its fighters had taken the bridge. Militants also burned a "
        "truck. The group's spokesman said the offensive would go on."
    )
    doc = make_doc(text, stages=STAGES)
    at = text.index("The group")
    (front,) = [a for a in doc.actors if any(m.start == at for m in a.mentions)]
    assert front.name == "Northern Front"


def test_the_pakistani_taliban_are_the_ttp(make_doc: DocBuilder) -> None:
    text = "The Pakistani Taliban, known as the TTP, said its fighters had attacked the post."
    doc = make_doc(text, stages=STAGES)
    (ttp,) = [a for a in doc.actors if a.name == "Tehrik-i-Taliban Pakistan"]
    assert len(ttp.mentions) == 2


def test_a_name_beside_a_spokesmans_role_is_a_person_whatever_the_ner_said(
    make_doc: DocBuilder,
) -> None:
    text = "A spokesman for the separatists, Capo Daniel, denied that his fighters were involved."
    doc = make_doc(text, stages=STAGES)
    kinds = {a.name: a.kind for a in doc.actors}
    assert kinds.get("Capo Daniel") is ActorKind.PERSON


def test_a_spokesperson_named_after_a_bodys_title_speaks_for_that_body(
    make_doc: DocBuilder,
) -> None:
    text = (
        "Zarvish defence ministry spokesman Tomas Hale said the troops had left. A Kenyan "
        "government spokeswoman, Lina Ord, said the talks would go on."
    )
    doc = make_doc(text, stages=STAGES, published="2024-05-01")
    by_id = {a.id: a for a in doc.actors}
    names = {a.name: a for a in doc.actors}
    hale, ord_ = names["Tomas Hale"], names["Lina Ord"]
    assert hale.affiliation is not None and "Defence" in by_id[hale.affiliation].name
    assert ord_.affiliation is not None and "Government" in by_id[ord_.affiliation].name


def test_its_fighters_are_the_speaking_groups_and_no_one_elses(make_doc: DocBuilder) -> None:
    text = "The Northern Front said its fighters had taken the bridge."
    doc = make_doc(text, stages=STAGES)
    by_id = {a.id: a for a in doc.actors}
    (held,) = [a for a in doc.actors if a.name == "fighters"]
    assert held.affiliation is not None and by_id[held.affiliation].name == "Northern Front"
    doc = make_doc("Villagers said their fighters had left.", stages=STAGES)
    (other,) = [a for a in doc.actors if a.name == "fighters"]
    assert other.affiliation is None  # villagers are no organisation: no owner guessed


def test_its_fighters_are_no_plural_subject_s(make_doc: DocBuilder) -> None:
    text = (
        "The Northern Front said government troops had attacked its camps and that its "
        "fighters had repelled them."
    )
    doc = make_doc(text, stages=STAGES)
    (held,) = [a for a in doc.actors if a.name == "fighters"]
    assert held.affiliation is None  # not the troops': "its" is no plural's


def test_a_role_before_a_name_the_ner_called_an_organisation_makes_a_person(
    make_doc: DocBuilder,
) -> None:
    text = "Two people were killed, regional governor Oleh Kiper said. Kiper said a depot burned."
    doc = make_doc(text, stages=STAGES)
    (kiper,) = [a for a in doc.actors if "Kiper" in a.name]
    assert (kiper.name, kiper.kind, kiper.title) == ("Oleh Kiper", ActorKind.PERSON, "Governor")
    assert len(kiper.mentions) == 2


def test_a_role_with_its_holder_named_beside_it_is_that_one_person(make_doc: DocBuilder) -> None:
    text = "The governor of Russia's Belgorod region, Vyacheslav Gladkov, said a woman was hurt."
    doc = make_doc(text, stages=STAGES)
    people = [a for a in doc.actors if a.kind is ActorKind.PERSON]
    assert [p.name for p in people] == ["Vyacheslav Gladkov"]
    by_id = {a.id: a for a in doc.actors}
    assert people[0].affiliation is not None
    region = by_id[people[0].affiliation]
    assert region.affiliation is not None and by_id[region.affiliation].name == "Russia"


def test_a_platform_a_statement_was_posted_on_is_no_actor(make_doc: DocBuilder) -> None:
    text = "The Northern Front said in a statement posted on Telegram that it had taken the bridge."
    doc = make_doc(text, stages=STAGES)
    assert "Telegram" not in {a.name for a in doc.actors}


def test_a_groups_military_spokesman_speaks_for_the_group(make_doc: DocBuilder) -> None:
    text = (
        "ADEN, Dec 6 - Yemen's Houthi movement said it had struck a tanker. Houthi military spokesman "
        "Ivo Marek said the group had targeted the ship."
    )
    doc = make_doc(text, stages=STAGES)
    names = {a.name: a for a in doc.actors}
    assert names["Ivo Marek"].affiliation == names["Houthis"].id
    assert not any(a.name.startswith("Military Forces") for a in doc.actors)
