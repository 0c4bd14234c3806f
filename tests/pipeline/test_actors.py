"""actors.v1 on sentences we wrote, with a hand-made places layer where toponyms matter."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping

import pytest

from sitrep.pipeline.actors import ActorsStage, actor_at
from sitrep.pipeline.base import Document
from sitrep.pipeline.registry import create, is_available
from sitrep.records import Actor, ActorKind, Place, PlaceLevel, Span
from tests.conftest import DocBuilder

pytestmark = pytest.mark.slow

ActorsOf = Callable[..., tuple[Document, tuple[Actor, ...]]]


def places_for(
    text: str, names: Iterable[str], levels: Mapping[str, PlaceLevel] | None = None
) -> tuple[Place, ...]:
    """A places layer naming every occurrence of each toponym, as the places stage would.

    Every toponym is a locality unless ``levels`` says otherwise.
    """
    out = []
    for n, name in enumerate(names, start=1):
        spans = tuple(
            Span(m.start(), m.end()) for m in re.finditer(rf"\b{re.escape(name)}\b", text)
        )
        if spans:
            level = (levels or {}).get(name, PlaceLevel.LOCALITY)
            out.append(Place(id=f"p{n}", name=name, mentions=spans, level=level))
    return tuple(out)


@pytest.fixture
def actors_of(make_doc: DocBuilder) -> ActorsOf:
    stage = ActorsStage()

    def run(
        text: str,
        places: Iterable[str] = (),
        *,
        levels: Mapping[str, PlaceLevel] | None = None,
    ) -> tuple[Document, tuple[Actor, ...]]:
        doc = make_doc(text, stages=("sentences.v1",))
        doc.put("places", places_for(text, places, levels))
        return doc, stage(doc)

    return run


def named(doc: Document, actors: tuple[Actor, ...], name: str) -> Actor:
    found = [a for a in actors if a.name == name]
    assert found, f"no actor {name!r} in {[a.name for a in actors]}"
    return found[0]


def mention_texts(doc: Document, actor: Actor) -> list[str]:
    return [doc.span_text(m) for m in actor.mentions]


def by_id(actors: tuple[Actor, ...], actor_id: str | None) -> Actor | None:
    return next((a for a in actors if a.id == actor_id), None)


def test_stage_contract() -> None:
    stage = create("actors.v1")
    assert isinstance(stage, ActorsStage)
    assert stage.provides == "actors"
    assert stage.requires == ("parse", "places")


def test_person_with_title_and_demonym_is_affiliated_with_the_state(actors_of: ActorsOf) -> None:
    doc, actors = actors_of("Chilean Foreign Minister Ana Soto met reporters on Monday.")
    soto = named(doc, actors, "Ana Soto")
    assert soto.kind is ActorKind.PERSON
    assert soto.title == "Foreign Minister"
    assert soto.country == "CL"
    chile = by_id(actors, soto.affiliation)
    assert chile is not None and chile.kind is ActorKind.STATE and chile.name == "Chile"
    assert mention_texts(doc, chile) == ["Chilean"]
    assert mention_texts(doc, soto) == ["Chilean Foreign Minister Ana Soto"]


def test_possessive_country_before_title(actors_of: ActorsOf) -> None:
    doc, actors = actors_of("Peru's President Jorge Quispe said the talks would go on.")
    quispe = named(doc, actors, "Jorge Quispe")
    assert (quispe.title, quispe.country) == ("President", "PE")
    assert by_id(actors, quispe.affiliation) == named(doc, actors, "Peru")


def test_one_actor_per_person_with_all_name_mentions(actors_of: ActorsOf) -> None:
    text = (
        "President Jorge Quispe spoke first. Peru's President Jorge Quispe said the army was "
        "ready. Quispe, speaking in the evening, added that the president would travel."
    )
    doc, actors = actors_of(text)
    persons = [a for a in actors if a.kind is ActorKind.PERSON]
    assert len(persons) == 1
    quispe = persons[0]
    assert quispe.name == "Jorge Quispe"
    assert quispe.country == "PE"
    texts = mention_texts(doc, quispe)
    assert texts.count("Quispe") == 1
    assert "the president" in texts
    assert "President Jorge Quispe" in texts


def test_appositive_gives_a_role(actors_of: ActorsOf) -> None:
    doc, actors = actors_of("Jorge Quispe, Peru's president, said the border was closed.")
    quispe = named(doc, actors, "Jorge Quispe")
    assert (quispe.title, quispe.country) == ("President", "PE")
    assert "Peru's president" in mention_texts(doc, quispe)


def test_a_named_official_in_apposition_is_that_person_and_speaks(actors_of: ActorsOf) -> None:
    text = "A senior Fatah official, Omar Haddad, told reporters the talks had failed."
    doc, actors = actors_of(text)
    haddad = named(doc, actors, "Omar Haddad")
    assert haddad.title == "official"
    assert by_id(actors, haddad.affiliation) == named(doc, actors, "Fatah")
    assert "A senior Fatah official" in mention_texts(doc, haddad)
    assert not [a for a in actors if a.name.startswith("Officials")]


@pytest.mark.parametrize(
    "text",
    [
        "A spokesman for the Bolivian defence ministry, Omar Haddad, said the town was shelled.",
        "A spokesman for the defence ministry of Bolivia, Omar Haddad, said the town was shelled.",
    ],
)
def test_a_named_spokesman_for_a_body_works_for_it(actors_of: ActorsOf, text: str) -> None:
    doc, actors = actors_of(text)
    haddad = named(doc, actors, "Omar Haddad")
    assert haddad.title == "spokesman"
    assert by_id(actors, haddad.affiliation) == named(doc, actors, "Ministry of Defence of Bolivia")


def test_an_owner_inside_a_longer_name_is_named_by_its_own_words(actors_of: ActorsOf) -> None:
    doc, actors = actors_of("The Bolivia Defense Forces said the border was calm.", ["Bolivia"])
    assert mention_texts(doc, named(doc, actors, "Bolivia")) == ["Bolivia"]


def test_same_surname_different_people_stay_apart(actors_of: ActorsOf) -> None:
    doc, actors = actors_of("Maria Lopez met Pedro Lopez in the capital. Lopez said nothing.")
    assert {a.name for a in actors if a.kind is ActorKind.PERSON} == {"Maria Lopez", "Pedro Lopez"}
    pedro = named(doc, actors, "Pedro Lopez")
    assert mention_texts(doc, pedro)[-1] == "Lopez"  # the most recent Lopez


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("A Chilean diplomat said the talks had failed.", "Diplomats of Chile"),
        ("Bolivian state media said the bridge was destroyed.", "State Media of Bolivia"),
    ],
)
def test_one_unnamed_office_holder_or_state_media_speaks_for_the_state(
    actors_of: ActorsOf, text: str, name: str
) -> None:
    doc, actors = actors_of(text)
    assert named(doc, actors, name).kind is ActorKind.ORGANIZATION


def test_official_as_an_adjective_is_no_actor(actors_of: ActorsOf) -> None:
    _doc, actors = actors_of("The official Bolivian death toll rose to 90.")
    assert not any("Officials" in a.name for a in actors)


def test_ministry_is_owned_and_named_canonically(actors_of: ActorsOf) -> None:
    text = "Bolivia's defence ministry denied the report. The ministry said no soldier was hurt."
    doc, actors = actors_of(text)
    ministry = named(doc, actors, "Ministry of Defence of Bolivia")
    assert ministry.kind is ActorKind.ORGANIZATION
    assert ministry.country == "BO"
    assert mention_texts(doc, ministry) == ["Bolivia's defence ministry", "The ministry"]
    assert by_id(actors, ministry.affiliation) == named(doc, actors, "Bolivia")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The defence ministry of Ecuador said the road was open.",
            "Ministry of Defence of Ecuador",
        ),
        (
            "The Peruvian Foreign Ministry issued a statement.",
            "Ministry of Foreign Affairs of Peru",
        ),
        (
            "The Ministry of Foreign Affairs of Chile said so.",
            "Ministry of Foreign Affairs of Chile",
        ),
        ("Chile's interior ministry said so.", "Ministry of Internal Affairs of Chile"),
    ],
)
def test_ministry_forms(actors_of: ActorsOf, text: str, name: str) -> None:
    doc, actors = actors_of(text)
    assert named(doc, actors, name).kind is ActorKind.ORGANIZATION


def test_ministry_without_antecedent_is_not_made_up(actors_of: ActorsOf) -> None:
    _doc, actors = actors_of("The ministry said the shelling stopped.")
    assert actors == ()


def test_a_bodys_title_holder_belongs_to_the_state_named_as_its_owner_before(
    actors_of: ActorsOf,
) -> None:
    text = "Bolivia's government said the truce held. Government spokesman Abel Tesfaye agreed."
    doc, actors = actors_of(text, ["Bolivia"])
    tesfaye = named(doc, actors, "Abel Tesfaye")
    government = named(doc, actors, "Government of Bolivia")
    assert by_id(actors, tesfaye.affiliation) == government
    assert mention_texts(doc, government) == ["Bolivia's government", "Government"]
    doc, actors = actors_of("Bolivian police fired tear gas. Police spokeswoman Ana Soto said so.")
    police = named(doc, actors, "Police of Bolivia")
    assert by_id(actors, named(doc, actors, "Ana Soto").affiliation) == police


def test_a_ministry_named_by_its_portfolio_stands_alone(actors_of: ActorsOf) -> None:
    doc, actors = actors_of("The rebel-run health ministry said nine people were killed.")
    ministry = named(doc, actors, "Ministry of Health")
    assert (ministry.country, ministry.affiliation) == (None, None)
    assert mention_texts(doc, ministry) == ["The rebel-run health ministry"]


def test_country_acting_is_a_state_and_a_place_use_is_not(actors_of: ActorsOf) -> None:
    text = (
        "Ecuador accused Peru of moving troops. The convoy travelled to Peru. "
        "Colombia also has a treaty with Ecuador."
    )
    doc, actors = actors_of(text)
    peru = named(doc, actors, "Peru")
    assert peru.kind is ActorKind.STATE and peru.country == "PE"
    assert len(peru.mentions) == 1  # "to Peru" is where the convoy went, not Peru acting
    ecuador = named(doc, actors, "Ecuador")
    assert len(ecuador.mentions) == 2
    assert named(doc, actors, "Colombia").kind is ActorKind.STATE


def test_capital_metonymy_is_a_mention_of_the_state(actors_of: ActorsOf) -> None:
    doc, actors = actors_of("Chile asked Lima to explain. Later the envoy flew to Lima.", ["Lima"])
    peru = named(doc, actors, "Peru")
    assert peru.kind is ActorKind.STATE
    assert mention_texts(doc, peru) == ["Lima"]


@pytest.mark.parametrize("noun", ["forces", "troops", "army", "artillery"])
def test_demonym_force_noun_is_the_state_military(actors_of: ActorsOf, noun: str) -> None:
    doc, actors = actors_of(f"The Bolivian {noun} shelled the ridge overnight.")
    forces = named(doc, actors, "Military Forces of Bolivia")
    assert forces.kind is ActorKind.ARMED_GROUP
    assert forces.country == "BO"
    assert by_id(actors, forces.affiliation) == named(doc, actors, "Bolivia")


def test_forces_troops_and_army_of_one_state_are_one_actor(actors_of: ActorsOf) -> None:
    text = "Bolivian forces advanced. Bolivian troops took the hill, and the Bolivian army held it."
    _doc, actors = actors_of(text)
    armed = [a for a in actors if a.kind is ActorKind.ARMED_GROUP]
    assert len(armed) == 1
    assert len(armed[0].mentions) == 3


def test_ethnic_forces_are_a_distinct_group_without_a_state(actors_of: ActorsOf) -> None:
    doc, actors = actors_of("Ethnic Peruvian forces and Peruvian forces both moved north.")
    ethnic = named(doc, actors, "ethnic Peruvian forces")
    assert ethnic.kind is ActorKind.ARMED_GROUP
    assert (ethnic.country, ethnic.affiliation) == (None, None)
    assert named(doc, actors, "Military Forces of Peru").country == "PE"


def test_adjective_military_is_no_armed_group(actors_of: ActorsOf) -> None:
    _doc, actors = actors_of("Chile asked for Peruvian military assistance.")
    assert not [a for a in actors if a.kind is ActorKind.ARMED_GROUP]


@pytest.mark.parametrize(
    "text",
    [
        "A Bolivian military air strike hit the depot on Tuesday.",
        "Bolivian army positions were shelled overnight.",
        "Bolivia's junta said the rebels had been routed.",
    ],
)
def test_a_states_force_acting_as_a_modifier_or_a_junta(actors_of: ActorsOf, text: str) -> None:
    doc, actors = actors_of(text)
    assert named(doc, actors, "Military Forces of Bolivia").country == "BO"


def test_a_states_military_people_are_no_separate_force(actors_of: ActorsOf) -> None:
    _doc, actors = actors_of("Bolivian military officials said the talks failed.")
    assert not [a for a in actors if a.kind is ActorKind.ARMED_GROUP]


def test_the_army_with_no_state_named_is_an_army_of_no_country(actors_of: ActorsOf) -> None:
    doc, actors = actors_of("Gunmen burned the market on Saturday, the army said.")
    army = named(doc, actors, "army")
    assert (army.kind, army.country, army.affiliation) == (ActorKind.ARMED_GROUP, None, None)


def test_a_name_written_before_a_group_noun_is_that_armed_group_everywhere(
    actors_of: ActorsOf,
) -> None:
    text = (
        "The government said a truce with the Zuwa militia was holding. Zuwa denied it. "
        "A Zuwa commander said the army had shelled two villages. The militia said so too."
    )
    doc, actors = actors_of(text)
    zuwa = named(doc, actors, "Zuwa")
    assert zuwa.kind is ActorKind.ARMED_GROUP
    written = mention_texts(doc, zuwa)
    assert written[:2] == ["the Zuwa militia", "Zuwa"] and written[-1] == "The militia"
    commander = named(doc, actors, "commander of Zuwa")
    assert commander.affiliation == zuwa.id
    assert not [a for a in actors if a.kind is ActorKind.PERSON and a.name == "Zuwa"]


def test_a_body_whose_name_holds_a_toponym_is_the_body(actors_of: ActorsOf) -> None:
    text = "The Bolivia Human Rights Commission said police had shot two protesters."
    doc, actors = actors_of(text, ["Bolivia"])
    body = named(doc, actors, "Bolivia Human Rights Commission")
    assert body.kind is ActorKind.ORGANIZATION
    assert not [a for a in actors if a.name == "Bolivia"]


def test_a_body_of_several_states_speaks_as_one(actors_of: ActorsOf) -> None:
    doc, actors = actors_of("Chilean and Peruvian mediators said talks would resume on Monday.")
    body = named(doc, actors, "Mediators of Chile and Peru")
    assert (body.kind, body.country, body.affiliation) == (ActorKind.ORGANIZATION, None, None)
    assert named(doc, actors, "Chile").kind is ActorKind.STATE
    assert named(doc, actors, "Peru").kind is ActorKind.STATE


def test_a_headlines_army_is_the_one_states_army_the_story_names(actors_of: ActorsOf) -> None:
    text = "Army says it repelled attack\n\nBolivia's army said on Friday it had held the ridge."
    doc, actors = actors_of(text, ["Bolivia"])
    army = named(doc, actors, "Military Forces of Bolivia")
    assert mention_texts(doc, army) == ["Army", "Bolivia's army"]
    text = "Army says it repelled attack\n\nThe army said on Friday it had held the ridge."
    doc, actors = actors_of(text)
    assert mention_texts(doc, named(doc, actors, "army")) == ["Army", "The army"]


def test_authorities_belong_to_their_state(actors_of: ActorsOf) -> None:
    doc, actors = actors_of("Ecuadorian authorities have not disclosed their losses.")
    authorities = named(doc, actors, "Authorities of Ecuador")
    assert authorities.kind is ActorKind.ORGANIZATION
    assert authorities.country == "EC"
    assert by_id(actors, authorities.affiliation) == named(doc, actors, "Ecuador")


def test_polity_officials_and_leader(actors_of: ActorsOf) -> None:
    text = "Upper Valdoria officials said the town was hit. Upper Valdoria's leader said so too."
    doc, actors = actors_of(text, ["Upper Valdoria"])
    polity = named(doc, actors, "Upper Valdoria")
    assert polity.kind is ActorKind.OTHER
    assert polity.country is None  # never a country we were not told
    officials = named(doc, actors, "Officials of Upper Valdoria")
    assert officials.kind is ActorKind.ORGANIZATION
    assert officials.affiliation == polity.id
    leader = named(doc, actors, "leader of Upper Valdoria")
    assert (leader.kind, leader.title, leader.affiliation) == (
        ActorKind.PERSON,
        "leader",
        polity.id,
    )


def test_toponyms_the_ner_calls_people_are_not_actors(actors_of: ActorsOf) -> None:
    text = "Shelling hit Stepanakert and Martuni overnight, residents of Stepanakert said."
    _doc, actors = actors_of(text, ["Stepanakert", "Martuni"])
    names = {a.name for a in actors}
    assert not names & {"Stepanakert", "Martuni"}
    assert all(a.kind is not ActorKind.PERSON for a in actors)


def test_media_by_agency_noun_and_by_name(actors_of: ActorsOf) -> None:
    text = "Vargas, quoted by state news agency Quillpress, said the talks failed, AFP reported."
    doc, actors = actors_of(text)
    agency = named(doc, actors, "Quillpress")
    assert agency.kind is ActorKind.MEDIA
    assert mention_texts(doc, agency) == ["state news agency Quillpress"]
    afp = named(doc, actors, "AFP")
    assert (afp.kind, afp.country) == (ActorKind.MEDIA, "FR")
    assert not [
        a for a in actors if a.name in ("Quillpress", "AFP") and a.kind is not ActorKind.MEDIA
    ]


def test_media_country_from_its_description(actors_of: ActorsOf) -> None:
    doc, actors = actors_of("Peru's state news agency Andina said the road was closed.")
    andina = named(doc, actors, "Andina")
    assert (andina.kind, andina.country) == (ActorKind.MEDIA, "PE")


def test_international_organisations(actors_of: ActorsOf) -> None:
    text = (
        "The Minsk Group of the Organization for Security and Cooperation in Europe and the "
        "Red Cross called for calm. The United Nations agreed."
    )
    doc, actors = actors_of(text)
    osce = named(doc, actors, "Organization for Security and Co-operation in Europe")
    minsk = named(doc, actors, "OSCE Minsk Group")
    assert minsk.affiliation == osce.id
    for a in (osce, minsk, named(doc, actors, "United Nations")):
        assert a.kind is ActorKind.ORGANIZATION
    assert named(doc, actors, "International Committee of the Red Cross").country is None
    assert "Europe" not in {a.name for a in actors}


def test_title_owned_by_an_organisation(actors_of: ActorsOf) -> None:
    doc, actors = actors_of("UN Secretary-General Lena Moreau urged restraint.")
    moreau = named(doc, actors, "Lena Moreau")
    assert moreau.title == "Secretary-General"
    assert by_id(actors, moreau.affiliation) == named(doc, actors, "United Nations")
    assert moreau.country is None


def test_civilians_are_a_population(actors_of: ActorsOf) -> None:
    doc, actors = actors_of("The shelling killed 12 civilians and hit civilian settlements.")
    civilians = named(doc, actors, "civilians")
    assert civilians.kind is ActorKind.POPULATION
    assert mention_texts(doc, civilians) == ["civilians"]


def test_irregular_armed_groups_keep_their_words(actors_of: ActorsOf) -> None:
    text = "Pro-Chilean separatists clashed with the rebels. The separatists withdrew."
    doc, actors = actors_of(text)
    separatists = named(doc, actors, "pro-Chilean separatists")
    assert separatists.kind is ActorKind.ARMED_GROUP
    assert (separatists.country, separatists.affiliation) == (None, None)
    assert mention_texts(doc, separatists) == ["Pro-Chilean separatists", "The separatists"]


def test_unknown_is_null(actors_of: ActorsOf) -> None:
    doc, actors = actors_of("President Tomas Ferrer met Ines Duarte in the afternoon.")
    ferrer = named(doc, actors, "Tomas Ferrer")
    assert (ferrer.title, ferrer.country, ferrer.affiliation) == ("President", None, None)
    duarte = named(doc, actors, "Ines Duarte")
    assert (duarte.title, duarte.country, duarte.affiliation) == (None, None, None)


def test_ids_follow_the_text_and_affiliations_resolve(actors_of: ActorsOf) -> None:
    text = "Bolivia's defence ministry said Bolivian troops repelled Peruvian forces."
    _doc, actors = actors_of(text)
    assert [a.id for a in actors] == [f"a{n}" for n in range(1, len(actors) + 1)]
    firsts = [a.mentions[0].start for a in actors]
    assert firsts == sorted(firsts)
    ids = {a.id for a in actors}
    assert all(a.affiliation in ids for a in actors if a.affiliation)
    for a in actors:
        for m in a.mentions:
            assert 0 <= m.start < m.end <= len(text)


def test_actor_at_prefers_the_tightest_mention(actors_of: ActorsOf) -> None:
    text = "Bolivia's defence ministry said the attack failed."
    doc, actors = actors_of(text)
    ministry = named(doc, actors, "Ministry of Defence of Bolivia")
    bolivia = named(doc, actors, "Bolivia")
    phrase = ministry.mentions[0]
    assert actor_at(actors, phrase) == ministry
    assert actor_at(actors, Span(0, 7)) == bolivia
    start = text.index("ministry")
    assert actor_at(actors, Span(start, start + 8)) == ministry
    assert actor_at(actors, Span(text.index("attack"), len(text))) is None


SEED_PLACES = (
    "Nagorno-Karabakh",
    "Stepanakert",
    "Martuni",
    "Shushi",
    "Baku",
    "Terter",
    "Aghjabedi",
    "Geneva",
)


@pytest.mark.shared
def test_seed_article(make_doc: DocBuilder, seed_text: str) -> None:
    if not is_available("places.v1"):
        pytest.skip("the places stage (sitrep.pipeline.places) is not built yet")
    doc = make_doc(seed_text, stages=("sentences.v1", "places.v1", "actors.v1"))
    actors = doc.actors

    def one(name: str) -> Actor:
        return named(doc, actors, name)

    def state_of(actor: Actor) -> str | None:
        owner = by_id(actors, actor.affiliation)
        return owner.name if owner else None

    aliyev = one("Ilham Aliyev")
    assert (aliyev.kind, aliyev.title, aliyev.country) == (ActorKind.PERSON, "President", "AZ")
    assert mention_texts(doc, aliyev).count("Aliyev") >= 2
    assert sum("Ilham Aliyev" in t for t in mention_texts(doc, aliyev)) == 2
    for name, title, country in (
        ("Mevlut Cavusoglu", "Foreign Minister", "TR"),
        ("Nikol Pashinyan", "Prime Minister", "AM"),
        ("Vladimir Putin", "President", "RU"),
    ):
        person = one(name)
        assert (person.kind, person.title, person.country) == (ActorKind.PERSON, title, country)
    assert (one("Azertac").kind, one("Azertac").country) == (ActorKind.MEDIA, "AZ")
    mfa = one("Ministry of Foreign Affairs of Russia")
    assert (mfa.kind, state_of(mfa)) == (ActorKind.ORGANIZATION, "Russia")
    mod = one("Ministry of Defence of Azerbaijan")
    assert (mod.kind, state_of(mod)) == (ActorKind.ORGANIZATION, "Azerbaijan")
    assert "The ministry" in mention_texts(doc, mod)
    officials = one("Officials of Nagorno-Karabakh")
    assert len(officials.mentions) == 2
    assert state_of(one("Authorities of Azerbaijan")) == "Azerbaijan"
    forces = one("Military Forces of Azerbaijan")
    assert (forces.kind, state_of(forces)) == (ActorKind.ARMED_GROUP, "Azerbaijan")
    assert len(forces.mentions) >= 4  # forces, army, troops (twice)
    names = {a.name for a in actors}
    assert not names & {"Stepanakert", "Martuni", "Shushi"}
    assert all(
        a.kind is not ActorKind.PERSON or "Stepanakert" not in mention_texts(doc, a) for a in actors
    )


@pytest.mark.shared
def test_seed_article_with_hand_made_places(actors_of: ActorsOf, seed_text: str) -> None:
    """The same checks without the places stage: toponyms come from a list we wrote."""
    doc, actors = actors_of(seed_text, SEED_PLACES)
    assert named(doc, actors, "Ilham Aliyev").title == "President"
    assert named(doc, actors, "Azertac").kind is ActorKind.MEDIA
    assert named(doc, actors, "leader of Nagorno-Karabakh").title == "leader"
    assert named(doc, actors, "Nagorno-Karabakh").country is None
    assert not {a.name for a in actors} & {"Stepanakert", "Martuni"}


def test_counterpart_takes_the_title_of_the_person_before(actors_of: ActorsOf) -> None:
    text = "Chilean Foreign Minister Ana Soto met her Peruvian counterpart Luis Vargas in Lima."
    doc, actors = actors_of(text, ["Lima"])
    vargas = named(doc, actors, "Luis Vargas")
    assert (vargas.title, vargas.country) == ("Foreign Minister", "PE")


def test_officials_in_a_capital_belong_to_its_state(actors_of: ActorsOf) -> None:
    doc, actors = actors_of("Officials in Quito said the road was open.", ["Quito"])
    officials = named(doc, actors, "Officials of Ecuador")
    assert officials.affiliation == named(doc, actors, "Ecuador").id


def test_the_demonym_side_is_the_state(actors_of: ActorsOf) -> None:
    doc, actors = actors_of("According to the Bolivian side, nine soldiers died.")
    assert mention_texts(doc, named(doc, actors, "Bolivia")) == ["the Bolivian side"]


def test_ethnic_institution_is_named_as_written(actors_of: ActorsOf) -> None:
    doc, actors = actors_of("Officials of the ethnic Peruvian administration said so.")
    admin = named(doc, actors, "ethnic Peruvian administration")
    assert (admin.kind, admin.country, admin.affiliation) == (ActorKind.ORGANIZATION, None, None)


def test_outlet_named_by_its_media_words(actors_of: ActorsOf) -> None:
    doc, actors = actors_of("LIMA, Oct. 2 (Andean Daily Courier) - Peru's army said it moved.")
    assert named(doc, actors, "Andean Daily Courier").kind is ActorKind.MEDIA


def test_name_in_apposition_to_a_role(actors_of: ActorsOf) -> None:
    text = (
        "The ministry of Chile rejected it. Its spokeswoman, Ana Soto, said the report was false."
    )
    doc, actors = actors_of(text)
    assert named(doc, actors, "Ana Soto").title == "spokeswoman"


def test_a_name_used_as_a_place_is_no_person(actors_of: ActorsOf) -> None:
    # The NER calls the first "Karsa Dolun" an organisation and the second a person.
    text = "Shelling hit the village of Karsa Dolun. Karsa Dolun was empty."
    _doc, actors = actors_of(text)
    assert not [a for a in actors if "Dolun" in a.name]


def test_owner_before_a_modified_force_noun(actors_of: ActorsOf) -> None:
    doc, actors = actors_of(
        "Upper Valdoria's defence army said 40 soldiers died.", ["Upper Valdoria"]
    )
    army = named(doc, actors, "Military Forces of Upper Valdoria")
    assert by_id(actors, army.affiliation) == named(doc, actors, "Upper Valdoria")


@pytest.mark.parametrize(
    "text",
    [
        "The foreign ministers of Chile and Peru met on Friday.",
        "The Chilean and Peruvian foreign ministers met on Friday.",
        "Chile's and Peru's foreign ministers met on Friday.",
    ],
)
def test_plural_role_is_one_office_holder_per_owner(actors_of: ActorsOf, text: str) -> None:
    doc, actors = actors_of(text)
    phrase = text.removesuffix(" met on Friday.")
    for name, state in (
        ("Foreign Minister of Chile", "Chile"),
        ("Foreign Minister of Peru", "Peru"),
    ):
        holder = named(doc, actors, name)
        assert (holder.kind, holder.title) == (ActorKind.PERSON, "Foreign Minister")
        assert by_id(actors, holder.affiliation) == named(doc, actors, state)
        assert mention_texts(doc, holder) == [phrase]  # the shared phrase, for each


def test_plural_role_joins_the_named_holder(actors_of: ActorsOf) -> None:
    text = (
        "The presidents of Chile, Peru and Bolivia spoke by phone. "
        "Peruvian President Jorge Quispe said the call went well."
    )
    doc, actors = actors_of(text)
    persons = [a for a in actors if a.kind is ActorKind.PERSON]
    assert sorted(a.name for a in persons) == [
        "Jorge Quispe",
        "President of Bolivia",
        "President of Chile",
    ]
    assert mention_texts(doc, named(doc, actors, "Jorge Quispe"))[0].startswith("The presidents")


@pytest.mark.parametrize(
    "text",
    [
        "Chilean generals met on Friday.",  # one owner: several people we cannot tell apart
        "The generals of Chile and Peru met on Friday.",  # many generals each
        "The foreign ministers met on Friday.",  # no owner: nobody to name
    ],
)
def test_plural_role_names_no_one_it_cannot_tell_apart(actors_of: ActorsOf, text: str) -> None:
    _doc, actors = actors_of(text)
    assert not [a for a in actors if a.kind is ActorKind.PERSON]


@pytest.mark.parametrize(
    ("text", "name", "owner"),
    [
        (
            "Peru's prosecutor general's office opened a case.",
            "Prosecutor General's Office",
            "Peru",
        ),
        ("Chile's interior ministry denied it.", "Ministry of Internal Affairs", "Chile"),
        ("The Bolivian health ministry counted nine wounded.", "Ministry of Health", "Bolivia"),
        ("Ecuador's emergency service put out the fires.", "Emergency Service", "Ecuador"),
        ("The press service of Colombia said so.", "Press Service", "Colombia"),
    ],
)
def test_institution_names_of_several_words_take_their_owner(
    actors_of: ActorsOf, text: str, name: str, owner: str
) -> None:
    doc, actors = actors_of(text)
    body = named(doc, actors, f"{name} of {owner}")
    assert body.kind is ActorKind.ORGANIZATION
    assert by_id(actors, body.affiliation) == named(doc, actors, owner)


def test_a_named_office_or_body_stands_alone_and_a_bare_one_refers_back(
    actors_of: ActorsOf,
) -> None:
    text = (
        "The human rights ombudsman said homes burned. The emergency service sent crews. "
        "The government and the president said nothing."
    )
    doc, actors = actors_of(text)
    ombudsman = named(doc, actors, "Human Rights Ombudsman")
    assert (ombudsman.kind, ombudsman.title, ombudsman.affiliation) == (
        ActorKind.PERSON,
        "Human Rights Ombudsman",
        None,
    )
    assert named(doc, actors, "Emergency Service").affiliation is None
    assert {a.name for a in actors} == {"Human Rights Ombudsman", "Emergency Service"}


def test_the_city_and_the_region_own_their_officials(actors_of: ActorsOf) -> None:
    text = (
        "Shells fell on Upper Valdoria and on Karsk. The city's mayor said nine houses burned. "
        "The region's human rights ombudsman said so too."
    )
    doc, actors = actors_of(
        text, ["Upper Valdoria", "Karsk"], levels={"Upper Valdoria": PlaceLevel.REGION}
    )
    mayor = named(doc, actors, "Mayor of Karsk")
    assert (mayor.kind, mayor.title) == (ActorKind.PERSON, "Mayor")
    assert mention_texts(doc, mayor) == ["The city's mayor"]
    city = by_id(actors, mayor.affiliation)
    assert city is not None and city.name == "Karsk"
    assert mention_texts(doc, city) == ["The city"]  # the words that refer to it
    ombudsman = named(doc, actors, "Human Rights Ombudsman of Upper Valdoria")
    region = by_id(actors, ombudsman.affiliation)
    assert region is not None and region.name == "Upper Valdoria"


def test_the_city_with_no_city_before_it_owns_nothing(actors_of: ActorsOf) -> None:
    _doc, actors = actors_of("The city's mayor said nine houses burned.")
    assert actors == ()


def test_part_of_a_hyphenated_toponym_owns_officials(actors_of: ActorsOf) -> None:
    # The NER calls the bare "Karabakh" a person; the places layer knows the whole name.
    text = (
        "Fighting went on in Nagorno-Karabakh overnight. Karabakh officials said two towns burned."
    )
    doc, actors = actors_of(text, ["Nagorno-Karabakh"])
    officials = named(doc, actors, "Officials of Nagorno-Karabakh")
    polity = by_id(actors, officials.affiliation)
    assert polity is not None and polity.kind is ActorKind.OTHER
    assert not [a for a in actors if a.kind is ActorKind.PERSON]


def test_an_armed_organisation_owns_officials_spokesmen_and_fighters(actors_of: ActorsOf) -> None:
    text = (
        "Hamas officials said two rockets were fired. A Hamas spokesman denied it, "
        "and Hamas fighters withdrew."
    )
    doc, actors = actors_of(text)
    hamas = named(doc, actors, "Hamas")
    assert hamas.kind is ActorKind.ARMED_GROUP
    for name in ("Officials of Hamas", "spokesman of Hamas", "Hamas fighters"):
        assert named(doc, actors, name).affiliation == hamas.id
    assert named(doc, actors, "Hamas fighters").kind is ActorKind.ARMED_GROUP


def test_an_organisation_the_ner_knows_owns_its_officials_and_leader(
    actors_of: ActorsOf,
) -> None:
    text = "The Zorvan Front's leader said the camp was hit. Zorvan Front officials agreed."
    doc, actors = actors_of(text)
    front = named(doc, actors, "Zorvan Front")
    assert front.kind is ActorKind.ORGANIZATION and front.country is None
    assert named(doc, actors, "leader of Zorvan Front").affiliation == front.id
    assert named(doc, actors, "Officials of Zorvan Front").affiliation == front.id


def test_a_building_entered_is_no_polity(actors_of: ActorsOf) -> None:
    text = "Protesters entered the Pentagon on Monday. Pentagon officials said no one was hurt."
    doc, actors = actors_of(text)
    officials = named(doc, actors, "Officials of Pentagon")
    owner = by_id(actors, officials.affiliation)
    assert owner is not None and owner.kind is ActorKind.ORGANIZATION


def test_the_institution_named_before_a_possessive_owns_what_follows(
    actors_of: ActorsOf,
) -> None:
    text = (
        "Chile's defence ministry denied the report. The ministry's spokeswoman said no shell "
        "fell. The ethnic Peruvian administration met. The administration's emergency service "
        "sent crews."
    )
    doc, actors = actors_of(text)
    ministry = named(doc, actors, "Ministry of Defence of Chile")
    spokeswoman = named(doc, actors, "spokeswoman of Ministry of Defence of Chile")
    assert (spokeswoman.affiliation, spokeswoman.country) == (ministry.id, "CL")
    admin = named(doc, actors, "ethnic Peruvian administration")
    service = named(doc, actors, "Emergency Service of ethnic Peruvian administration")
    assert (service.affiliation, service.country) == (admin.id, None)


def test_an_organisation_owns_a_modified_force_noun(actors_of: ActorsOf) -> None:
    doc, actors = actors_of("The Zorvan Front's defence army said nine fighters died.")
    army = named(doc, actors, "Zorvan Front's defence army")
    assert army.kind is ActorKind.ARMED_GROUP
    assert army.affiliation == named(doc, actors, "Zorvan Front").id


def test_an_aide_serves_the_owner_after_to(actors_of: ActorsOf) -> None:
    doc, actors = actors_of("Luis Vargas, a senior aide to Chile's president, called it a crime.")
    vargas = named(doc, actors, "Luis Vargas")
    assert (vargas.title, vargas.country) == ("aide", "CL")
    doc, actors = actors_of("Russia's envoy to Chile spoke.")
    assert named(doc, actors, "Envoy of Russia").country == "RU"  # an envoy is not the host's


def test_a_name_in_apposition_to_a_bodys_role_is_that_bodys_person(actors_of: ActorsOf) -> None:
    text = (
        "Peru's government suspended the talks. The government's chief negotiator, Ana Soto, "
        "rejected the accusation. The army's spokesman, Colonel Luis Paredes, said the base "
        "was safe."
    )
    doc, actors = actors_of(text)
    soto = named(doc, actors, "Ana Soto")
    assert soto.title == "chief negotiator"
    assert by_id(actors, soto.affiliation) == named(doc, actors, "Government of Peru")
    assert not [a for a in actors if a.name.startswith("chief negotiator")]
    paredes = named(doc, actors, "Luis Paredes")
    assert paredes.title == "Colonel"  # a rank before the name
    army = by_id(actors, paredes.affiliation)
    assert army is not None and army.kind is ActorKind.ARMED_GROUP


def test_names_listed_after_towns_or_before_a_unit_noun_are_no_people(
    actors_of: ActorsOf,
) -> None:
    text = (
        "Strikes hit towns near the border, including Bint Jbeil and Nabatieh. The army said "
        "it had killed a commander of the group's Radwan force."
    )
    _doc, actors = actors_of(text)
    assert not [a for a in actors if a.kind is ActorKind.PERSON]


def test_an_army_spokesman_with_a_rank_in_the_name(actors_of: ActorsOf) -> None:
    text = (
        "Peruvian troops clashed with rebels on Monday. The attack was repelled, Army "
        "spokesman Colonel Ana Soto said. Soto added that two soldiers were wounded."
    )
    doc, actors = actors_of(text)
    soto = named(doc, actors, "Ana Soto")
    assert soto.title == "spokesman"
    army = by_id(actors, soto.affiliation)
    assert army is not None and army.name == "Military Forces of Peru"
    assert not [a for a in actors if a.name in ("Army", "Colonel Ana Soto")]


def test_the_head_of_a_body_named_by_it(actors_of: ActorsOf) -> None:
    doc, actors = actors_of("Peru's army chief, General Ana Soto, warned of reprisals.")
    soto = named(doc, actors, "Ana Soto")
    assert by_id(actors, soto.affiliation) == named(doc, actors, "Peru")


def test_an_armed_groups_english_name_is_the_group(actors_of: ActorsOf) -> None:
    doc, actors = actors_of(
        "The Group to Support Islam and Muslims (JNIM) claimed the ambush near the river."
    )
    jnim = named(doc, actors, "Jama'at Nusrat al-Islam wal-Muslimin")
    assert mention_texts(doc, jnim) == ["The Group to Support Islam and Muslims", "JNIM"]


def test_the_group_that_follows_a_subject_is_that_subject(actors_of: ActorsOf) -> None:
    doc, actors = actors_of(
        "Amnesty International said the gunmen were fighters of the Wagner Group. "
        "The group called for an independent inquiry."
    )
    amnesty = named(doc, actors, "Amnesty International")
    assert mention_texts(doc, amnesty) == ["Amnesty International", "The group"]
    # told as the subject, an armed group is still the one 'the group' refers to
    doc, actors = actors_of(
        "The Wagner Group seized the mine, Amnesty International said. The group denied it."
    )
    assert "The group" in mention_texts(doc, named(doc, actors, "Wagner Group"))


def test_a_junta_is_its_states_military_and_the_junta_is_not_foreign_troops(
    actors_of: ActorsOf,
) -> None:
    text = (
        "Valdia's junta expelled Ruritanian troops last year. "
        "The peacekeepers left after the junta asked them to go."
    )
    doc, actors = actors_of(text, ["Valdia", "Ruritania"])
    forces = [a for a in actors if a.name.startswith("Military Forces")]
    junta = next(a for a in forces if "Valdia's junta" in mention_texts(doc, a))
    assert "the junta" in mention_texts(doc, junta)


@pytest.mark.parametrize("bare", ["the army", "the military"])
def test_the_army_is_the_army_named_before_not_foreign_troops_named_since(
    actors_of: ActorsOf, bare: str
) -> None:
    text = (
        "Mali's army said it had retaken the town. The junta has since expelled "
        f"French troops. Two weeks earlier, rebels ambushed a convoy, {bare} said."
    )
    doc, actors = actors_of(text, ["Mali"])
    army = next(a for a in actors if "Mali's army" in mention_texts(doc, a))
    assert bare in mention_texts(doc, army)


def test_the_ruling_military_council_is_the_junta_and_its_ranked_spokesman_its_own(
    actors_of: ActorsOf,
) -> None:
    text = (
        "Myanmar's army shelled the village. A spokesman for the ruling military council, "
        "Major General Aung Thura, denied the report. The ruling junta said it would hold talks."
    )
    doc, actors = actors_of(text, ["Myanmar"])
    army = next(a for a in actors if "Myanmar's army" in mention_texts(doc, a))
    assert {"the ruling military council", "The ruling junta"} <= set(mention_texts(doc, army))
    person = next(a for a in actors if a.kind is ActorKind.PERSON)
    assert person.affiliation == army.id


def test_a_civil_defence_agency_is_its_places_institution(actors_of: ActorsOf) -> None:
    doc, actors = actors_of(
        "Valdia's civil defence agency said 12 bodies were recovered.", ["Valdia"]
    )
    body = next(a for a in actors if a.name == "Civil Defence of Valdia")
    assert mention_texts(doc, body) == ["Valdia's civil defence agency"]
    state = next(a for a in actors if a.name == "Valdia")
    assert body.affiliation == state.id


def test_an_armys_command_speaks_for_the_army(actors_of: ActorsOf) -> None:
    text = (
        "Chad's army said it had repelled an attack.\n\n"
        '"The enemy fled in disorder," the army general staff said in a statement. '
        "The army command said two soldiers were missing."
    )
    doc, actors = actors_of(text, ["Chad"])
    army = next(a for a in actors if "Chad's army" in mention_texts(doc, a))
    assert len(mention_texts(doc, army)) == 3, mention_texts(doc, army)


def test_the_air_force_is_the_one_state_forces_named(actors_of: ActorsOf) -> None:
    doc, actors = actors_of(
        "Valdia's military said it had struck a camp. A spokesman said the air force had "
        "hit a depot.",
        ["Valdia"],
    )
    (forces,) = [a for a in actors if a.name.startswith("Military Forces")]
    assert mention_texts(doc, forces) == ["Valdia's military", "the air force"]


def test_the_government_and_army_of_the_country_the_story_is_told_from_and_about(
    make_doc: DocBuilder,
) -> None:
    stages = ("sentences.v1", "times.v1", "places.v1", "actors.v1")
    text = (
        "ADDIS ABABA, Aug 14 (AP) - The government declared a state of emergency in Amhara "
        "after the military clashed with militiamen near Gondar and Bahir Dar."
    )
    names = {a.name for a in make_doc(text, stages=stages).actors}
    assert {"Government of Ethiopia", "Military Forces of Ethiopia"} <= names
    # told from Doha about fighting in Congo: whose army it is, the words do not say
    away = (
        "DOHA, March 3 (AP) - Congolese envoys and rebel leaders met in Doha on Sunday. "
        "Fighting went on near Goma, Walikale and Masisi, where the army shelled rebel positions."
    )
    assert "Military Forces of Qatar" not in {a.name for a in make_doc(away, stages=stages).actors}


def test_a_government_spokesman_speaks_for_the_home_government(make_doc: DocBuilder) -> None:
    stages = ("sentences.v1", "times.v1", "places.v1", "actors.v1")
    text = (
        "ADDIS ABABA, Aug 14 (AP) - Fighting went on in Amhara near Gondar and Bahir Dar. "
        "Government spokesman Legesse Tulu denied that the army had shelled the towns."
    )
    actors = make_doc(text, stages=stages).actors
    tulu = next(a for a in actors if a.name == "Legesse Tulu")
    body = next(a for a in actors if a.id == tulu.affiliation)
    assert body.name == "Government of Ethiopia"


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("An Ethiopian drone strike on a market killed 30 people.", "Ethiopia"),
        ("Russian shelling hit the port overnight.", "Russia"),
        ("U.S. strikes hit a radar site on Monday.", "United States"),
    ],
)
def test_a_states_adjective_on_an_act_of_force_is_the_state_acting(
    actors_of: ActorsOf, text: str, state: str
) -> None:
    _, actors = actors_of(text)
    assert [a.kind for a in actors if a.name == state] == [ActorKind.STATE]


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("Russia launched Iranian drones at the city.", "Iran"),
        ("Iranian drones were shot down over the port.", "Iran"),
        ("Russian tanks rolled toward the border.", "Russia"),
    ],
)
def test_a_states_adjective_on_a_weapon_that_does_not_attack_is_no_actor(
    actors_of: ActorsOf, text: str, state: str
) -> None:
    _, actors = actors_of(text)
    assert state not in {a.name for a in actors}


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("Russian drones struck an apartment block in Kharkiv overnight.", "Russia"),
        ("Israeli jets pounded the camp on Monday.", "Israel"),
        ("Sudanese army drones hit a market in El Fasher.", "Sudan"),
    ],
)
def test_a_states_adjective_on_an_attacking_weapon_is_the_state_acting(
    actors_of: ActorsOf, text: str, state: str
) -> None:
    _, actors = actors_of(text)
    assert state in {a.name for a in actors}


def test_the_opposition_police_and_a_ministry_of_the_home_state(make_doc: DocBuilder) -> None:
    stages = ("sentences.v1", "times.v1", "places.v1", "actors.v1")
    text = (
        "TBILISI, Dec 1 (Reuters) - Police dispersed protesters in Tbilisi and Batumi. "
        "The opposition said 50 protesters were hurt. "
        "The interior ministry said 107 people were detained."
    )
    names = {a.name for a in make_doc(text, stages=stages).actors}
    assert {
        "Police of Georgia",
        "Opposition of Georgia",
        "Ministry of Internal Affairs of Georgia",
    } <= names


def test_opposition_to_something_and_a_named_police_force_are_no_home_bodies(
    actors_of: ActorsOf,
) -> None:
    _, actors = actors_of("Their opposition to the plan grew. Capitol Police said it was calm.")
    assert [a.name for a in actors] == ["Capitol Police"]
    _, actors = actors_of("Police fired tear gas at the crowd.")
    assert [a.name for a in actors if a.kind is ActorKind.ORGANIZATION] == ["police"]


def test_a_named_police_force_in_lower_case_is_one_body(actors_of: ActorsOf) -> None:
    _, actors = actors_of(
        "Jane Roe, an officer with the U.S. Capitol police, said the mob beat her. "
        "Hamas police arrested two men."
    )
    bodies = [(a.name, a.country) for a in actors if a.kind is ActorKind.ORGANIZATION]
    assert ("U.S. Capitol Police", "US") in bodies
    assert not any(name == "Capitol" or name.endswith("of Capitol") for name, _ in bodies)
    # a known group's police stay that group's
    assert not any(name == "Hamas Police" for name, _ in bodies)
