"""Speakers and contents of verb cues (attribution.verbs, attribution.verb_sources), on our sentences."""

from __future__ import annotations

import pytest

from sitrep.attribution.extract import Attribution
from sitrep.attribution.quotes import find_quotes
from sitrep.attribution.verb_sources import quoted_word, speaker_after
from sitrep.records import Stance
from tests.attribution.conftest import Extract, words
from tests.conftest import DocBuilder

pytestmark = pytest.mark.slow


def by_cue(text: str, found: list[Attribution], cue: str) -> Attribution:
    return next(a for a in found if words(text, a.cue) == cue)


def test_conjunct_of_a_passive_verb_shares_its_subject(extract) -> None:  # type: ignore[no-untyped-def]
    text, found = extract(
        "The minister was forced out of the cabinet and said that the army had lied."
    )
    assert words(text, by_cue(text, found, "said").source) == "The minister"


def test_quotation_before_said_of_is_the_content(extract) -> None:  # type: ignore[no-untyped-def]
    text, found = extract("“He cannot be trusted with a ceasefire,” the envoy said of the general.")
    a = by_cue(text, found, "said")
    assert words(text, a.content) == "“He cannot be trusted with a ceasefire,”"
    assert words(text, a.source) == "the envoy"


def test_quotation_before_wrote_on_is_the_content(extract) -> None:  # type: ignore[no-untyped-def]
    text, found = extract("“The shelling has not stopped,” a local journalist wrote on Telegram.")
    a = by_cue(text, found, "wrote")
    assert words(text, a.content) == "“The shelling has not stopped,”"


def test_spoke_about_is_a_topic_but_spoke_alone_is_no_cue(extract) -> None:  # type: ignore[no-untyped-def]
    text, found = extract("The mayor spoke at the memorial on Sunday.")
    assert not [a for a in found if words(text, a.cue) == "spoke"]
    text, found = extract("The mayor spoke about the shortage of water in the city.")
    a = by_cue(text, found, "spoke about")
    assert words(text, a.content) == "the shortage of water in the city"


def test_whoever_asked_is_not_said(extract) -> None:  # type: ignore[no-untyped-def]
    text, found = extract(
        "Asked whether the talks would resume, the spokesman said no date had been set."
    )
    asked = by_cue(text, found, "Asked")
    assert asked.source is None
    assert words(text, by_cue(text, found, "said").source) == "the spokesman"


def test_who_issued_a_response_says_what_it_says(extract) -> None:  # type: ignore[no-untyped-def]
    text, found = extract("The ministry issued a response saying the convoy carried no weapons.")
    assert words(text, by_cue(text, found, "saying").source) == "The ministry"


def test_a_passive_cue_shares_no_subject(extract) -> None:  # type: ignore[no-untyped-def]
    text, found = extract(
        "The general, who has commanded the northern front since May and is widely expected "
        "to lead the army, visited the front."
    )
    assert by_cue(text, found, "is widely expected").source is None


def test_it_before_an_adjective_is_no_speaker(extract) -> None:  # type: ignore[no-untyped-def]
    _text, found = extract("It is hard to know whether the ceasefire will hold.")
    assert all(a.source is None for a in found)


def test_passive_cue_reports_its_subject_and_its_agent_speaks(extract) -> None:  # type: ignore[no-untyped-def]
    text, (a,) = extract("The curfew plan was sharply criticised by two aid groups.")
    assert words(text, a.source) == "two aid groups"
    assert words(text, a.content) == "The curfew plan" and a.stance is Stance.ACCUSE


def test_passive_announcement_without_agent_has_no_source(extract) -> None:  # type: ignore[no-untyped-def]
    text, (a,) = extract("A three-day truce was announced on Sunday evening.")
    assert a.source is None and words(text, a.content) == "A three-day truce"


def test_passive_it_takes_the_clause_not_the_pronoun(extract) -> None:  # type: ignore[no-untyped-def]
    text, (a,) = extract("It was announced by the ministry that the crossing would reopen.")
    assert words(text, a.source) == "the ministry"
    assert words(text, a.content) == "that the crossing would reopen"


def test_cue_after_an_adjective_takes_the_copulas_subject(extract) -> None:  # type: ignore[no-untyped-def]
    text, (a,) = extract("Older voters were far more likely to say the war was lost.")
    assert words(text, a.source) == "Older voters" and words(text, a.content) == "the war was lost"


def test_quoted_as_saying_names_who_is_quoted(extract) -> None:  # type: ignore[no-untyped-def]
    text, (a,) = extract("Two bridges were destroyed, officials were quoted as saying.")
    assert words(text, a.source) == "officials" and words(text, a.content) == (
        "Two bridges were destroyed"
    )


def test_quoted_by_a_medium_as_saying_keeps_the_medium_as_quoting(extract) -> None:  # type: ignore[no-untyped-def]
    text, found = extract("The colonel was quoted by the radio as saying that the dam held.")
    by_lemma = {a.lemma: a for a in found}
    assert words(text, by_lemma["quote"].source) == "the radio"
    assert words(text, by_lemma["say"].source) == "The colonel"


def test_hoping_for_reports_what_is_hoped(extract) -> None:  # type: ignore[no-untyped-def]
    text, (a,) = extract("The besieged villagers are hoping for a convoy of food.")
    assert words(text, a.source) == "The besieged villagers"
    assert words(text, a.content) == "a convoy of food" and a.stance is Stance.OTHER


def test_backing_a_party_is_no_statement_but_backing_a_plan_is(extract) -> None:  # type: ignore[no-untyped-def]
    text, found = extract("The rebels, who are backed by Iran, fired rockets at the town.")
    assert found == []
    text, found = extract("The militia is backed by Turkey, officials said.")
    assert [a.lemma for a in found] == ["say"]
    text, found = extract("Russia backed the ceasefire plan on Monday.")
    assert [words(text, a.content) for a in found] == ["the ceasefire plan"]


@pytest.mark.parametrize(
    "text",
    [
        "That said, the talks could still collapse.",
        "Having said that, the army will not withdraw.",
        "That being said, the ceasefire held.",
    ],
)
def test_a_turn_in_the_writers_argument_is_no_statement(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    _, found = extract(text)
    assert found == []


@pytest.mark.parametrize(
    "text",
    [
        "No group claimed responsibility for the bombing.",
        "Nobody said when the convoy would leave.",
        "The escalation threatened a fragile truce in the north.",
    ],
)
def test_no_one_speaking_makes_no_statement(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    _, found = extract(text)
    assert found == []


def test_a_name_before_its_description_speaks(extract) -> None:  # type: ignore[no-untyped-def]
    text, found = extract(
        "The Valdian Unity Council, the exile body set up by ousted deputies, condemned the raid."
    )
    assert words(text, by_cue(text, found, "condemned").source) == "The Valdian Unity Council"


def test_a_word_of_the_quotation_is_no_speaker_the_name_after_the_verb_is(
    make_doc: DocBuilder,
) -> None:
    text = "“On a blackboard, the tax is great,” said Ann Lee, a former adviser."
    parsed = make_doc(text).parse.doc
    quotes = find_quotes(text)
    said = next(t for t in parsed if t.text == "said")
    tax = next(t for t in parsed if t.text == "tax")
    lee = next(t for t in parsed if t.text == "Lee")
    assert quoted_word(tax, quotes, said) and not quoted_word(lee, quotes, said)
    assert speaker_after(said, quotes) == lee


@pytest.mark.parametrize(
    "text",
    [
        "We waited to see if the army would withdraw.",
        "It is hard to see how the talks can succeed.",
    ],
)
def test_to_see_is_looking_on_not_a_statement(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    assert extract(text)[1] == []


@pytest.mark.parametrize("text", ["Call it viral fundraising.", "Ask any voter about the war."])
def test_a_bare_verb_opening_the_sentence_is_the_writers_aside(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    assert extract(text)[1] == []


def test_speakers_after_the_last_comma_of_a_misparsed_sentence(extract) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Gunmen killed at least 37 people and abducted dozens more in a raid on a village in "
        "the northern Dorvia state, police and local residents said on Sunday."
    )
    text, found = extract(text)
    said = by_cue(text, found, "said")
    assert words(text, said.source) == "police and local residents"
    assert words(text, said.content).startswith("Gunmen killed at least 37 people")


def test_verb_parsed_as_a_participle_of_the_name_has_the_name_as_speaker(extract) -> None:  # type: ignore[no-untyped-def]
    text, found = extract(
        "Kofi Mbeki, the former army colonel who commands the militia, denied in a video "
        "released on Monday that his fighters had shelled the clinic."
    )
    a = by_cue(text, found, "denied")
    assert words(text, a.source) == "Kofi Mbeki"
    assert (words(text, a.content) or "").endswith("his fighters had shelled the clinic")
    assert a.stance is Stance.DENY
    # The video is how he said it, not a statement of its own.
    assert [words(text, b.cue) for b in found] == ["denied"]


def test_statement_posted_online_belongs_to_who_said_it(extract) -> None:  # type: ignore[no-untyped-def]
    text, found = extract(
        "The ministry said in a statement posted on its website that two soldiers were killed."
    )
    assert [(words(text, a.cue), words(text, a.source)) for a in found] == [
        ("said", "The ministry")
    ]


def test_misparsed_denial_is_a_claim_of_the_named_speaker(make_doc: DocBuilder) -> None:
    text = (
        "Kofi Mbeki, the former army colonel who commands the militia, denied in a video "
        "released on Monday that his fighters had shelled the clinic."
    )
    doc = make_doc(text, stages=("sentences.v1", "times.v1", "places.v1", "actors.v1", "claims.v1"))
    names = {a.id: a.name for a in doc.actors}
    denial = next(c for c in doc.claims if c.cue == "denied")
    assert names[denial.speaker or ""] == "Kofi Mbeki"
    assert denial.stance is Stance.DENY


def test_a_sentence_cut_off_after_the_reporting_verb_goes_on_in_the_next() -> None:
    from spacy.lang.en import English
    from spacy.tokens import Doc

    from sitrep.attribution.verbs import _clause_cut_off

    vocab = English().vocab

    # The parse ended a sentence after 'says' with no mark to end it (two roots).
    words = ["He", "says", "the", "army", "left", ".", "It", "rained", "."]
    doc = Doc(
        vocab,
        words=words,
        spaces=[True, True, True, True, False, True, True, False, False],
        heads=[1, 1, 3, 4, 4, 4, 7, 7, 7],
        deps=["nsubj", "ROOT", "det", "nsubj", "ROOT", "punct", "nsubj", "ROOT", "punct"],
    )
    assert [t.text for t in _clause_cut_off(doc[1])] == ["the", "army", "left"]
    # A sentence that ends with its own mark is not cut off.
    closed = Doc(
        vocab,
        words=["He", "says", ".", "It", "rained", "."],
        heads=[1, 1, 1, 4, 4, 4],
        deps=["nsubj", "ROOT", "punct", "nsubj", "ROOT", "punct"],
    )
    assert _clause_cut_off(closed[1]) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "When the moderator pressed him, the candidate said families of people killed by "
            "soldiers file lawsuits.",
            "families of people killed by soldiers file lawsuits",
        ),
        (
            "The spokesman said the way the army treated prisoners would be investigated.",
            "the way the army treated prisoners would be investigated",
        ),
    ],
)
def test_a_clause_the_parse_broke_up_after_the_verb_is_what_was_said(
    extract: Extract, text: str, content: str
) -> None:
    found = extract(text)[1]
    said = by_cue(text, found, "said")
    assert words(text, said.content) == content


@pytest.mark.parametrize(
    ("text", "cue", "content", "stance"),
    [
        (
            "The former president agreed with the analysis.",
            "agreed with",
            "the analysis",
            Stance.AGREE,
        ),
        (
            "The minister apologized for the strike on the hospital.",
            "apologized for",
            "the strike on the hospital",
            Stance.OTHER,
        ),
    ],
)
def test_agreeing_with_and_apologizing_for_say_what_about(
    extract: Extract, text: str, cue: str, content: str, stance: Stance
) -> None:
    found = extract(text)[1]
    a = by_cue(text, found, cue)
    assert words(text, a.content) == content and a.stance is stance


def test_a_name_the_parse_hung_on_the_opening_phrase_is_the_subject(extract) -> None:  # type: ignore[no-untyped-def]
    text, found = extract(
        "In a statement issued by the office of the governor, Okonkwo accused the army of "
        "burning villages and chided it for lying."
    )
    assert words(text, by_cue(text, found, "accused").source) == "Okonkwo"
    assert words(text, by_cue(text, found, "chided").source) == "Okonkwo"


def test_a_title_the_parse_made_a_clause_still_names_the_speaker_after_the_verb(
    extract: Extract,
) -> None:
    text, found = extract(
        "“The rebels are frustrated and they are now unloading on the army with everything "
        "they have,” said ranking Democrat Elijah Cummings (D-Md.)."
    )
    assert "Elijah Cummings" in (words(text, by_cue(text, found, "said").source) or "")


@pytest.mark.parametrize(
    "text",
    [
        "Thousands of students marched through the capital to oppose the new tax.",
        "Hundreds of farmers gathered outside the ministry to demand lower fuel prices.",
    ],
)
def test_why_a_crowd_moved_is_no_statement(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    _, found = extract(text)
    assert found == []


def test_seeming_to_make_a_statement_is_the_subjects(extract) -> None:  # type: ignore[no-untyped-def]
    text, found = extract("The governor appeared to blame the militia for the ambush.")
    a = by_cue(text, found, "appeared")
    assert words(text, a.source) == "The governor"
    assert not a.impression


def test_seeming_to_feel_something_has_no_source(extract) -> None:  # type: ignore[no-untyped-def]
    text, found = extract("The colonel seemed to enjoy the long march through the hills.")
    assert all(a.source is None for a in found if words(text, a.cue) == "seemed")


def test_it_seems_to_has_no_source(extract) -> None:  # type: ignore[no-untyped-def]
    text, found = extract("It seemed to confirm that the bridge had been mined.")
    assert all(a.source is None for a in found if words(text, a.cue) == "seemed")


def test_a_group_called_by_a_name_is_no_statement(extract) -> None:  # type: ignore[no-untyped-def]
    text, found = extract(
        "Two years ago he founded a rebel group called “Dawn of Freedom” in the hills."
    )
    assert not [a for a in found if words(text, a.cue) == "called"]


def test_families_seeking_asylum_is_no_statement(extract) -> None:  # type: ignore[no-untyped-def]
    text, found = extract("Hundreds of families seeking asylum crossed the border on Monday.")
    assert not [a for a in found if words(text, a.cue) == "seeking"]


def test_seeking_as_the_verb_of_a_clause_is_a_request(extract) -> None:  # type: ignore[no-untyped-def]
    text, found = extract("The ministry is seeking an inquiry into the shelling of the market.")
    assert words(text, by_cue(text, found, "is seeking").source) == "The ministry"


def test_a_speaker_set_off_after_the_verb_speaks(extract) -> None:  # type: ignore[no-untyped-def]
    text, found = extract(
        "Any honest reading of the minister's actions, said Anna Berg, an expert on the region"
        " at the institute, would see this as a retreat."
    )
    a = by_cue(text, found, "said")
    assert words(text, a.source) == "Anna Berg"
    assert "would see this as a retreat" in (words(text, a.content) or "")


def test_a_speaker_before_the_verb_in_an_aside_stays(extract) -> None:  # type: ignore[no-untyped-def]
    text, found = extract("The convoy, officials said on Sunday, was hit by a mine.")
    assert words(text, by_cue(text, found, "said").source) == "officials"


def test_responding_by_saying_says_what_follows(extract) -> None:  # type: ignore[no-untyped-def]
    text, found = extract("The governor continued by saying the road would reopen soon.")
    a = by_cue(text, found, "continued")
    assert words(text, a.content) == "saying the road would reopen soon"
    assert words(text, a.source) == "The governor"


def test_responding_by_explaining_is_not_the_next_quotation(extract) -> None:  # type: ignore[no-untyped-def]
    text, found = extract(
        "The aide responded by explaining it was impossible to send the file."
        " “Trust me, I share your anger.”"
    )
    content = words(text, by_cue(text, found, "responded").content) or ""
    assert content.startswith("explaining it was impossible")


@pytest.mark.parametrize(
    "text",
    [
        "“Nobody is safe here,” he said, not finishing his sentence.",
        "“The wells are dry,” the engineer said, not looking up from the map.",
        "“We will not pay for the repairs,” the mayor said in a statement issued an hour "
        "before the meeting.",
    ],
)
def test_a_quotation_running_into_its_speaker_is_what_was_said_not_the_words_after(
    extract: Extract, text: str
) -> None:
    text, found = extract(text)
    said = next(a for a in found if a.lemma == "say")
    assert (words(text, said.content) or "").startswith("“")


def test_a_clause_after_the_verb_stays_what_was_said_after_a_finished_quotation(
    extract: Extract,
) -> None:
    text, found = extract(
        "“The village needs a school.” She said on Monday that the plan had failed."
    )
    said = next(a for a in found if a.lemma == "say")
    assert words(text, said.content) == "that the plan had failed"


@pytest.mark.parametrize(
    "text",
    [
        "The rebels released 20 hostages on Tuesday.",
        "The army released the two journalists after a week.",
        "The militia released Omar Haddad, an engineer held for five years.",
    ],
)
def test_freeing_people_is_an_act_not_a_statement(extract: Extract, text: str) -> None:
    _, found = extract(text)
    assert not any(a.lemma == "release" for a in found)


def test_releasing_a_document_still_says_something(extract: Extract) -> None:
    text, found = extract("The militia released a video showing the captured town.")
    released = next(a for a in found if a.lemma == "release")
    assert words(text, released.source) == "The militia"


def test_a_name_with_to_taken_for_an_infinitive_keeps_its_verb() -> None:
    from spacy.lang.en import English
    from spacy.tokens import Doc

    from sitrep.attribution.verb_sources import name_taken_for_infinitive_subject

    # 'The League to Guard Herders, a militia, claimed a raid.': the parse made 'League' the
    # subject of an infinitive 'to Guard' hung on 'claimed', which has no subject left.
    words = [
        "The",
        "League",
        "to",
        "Guard",
        "Herders",
        ",",
        "a",
        "militia",
        ",",
        "claimed",
        "a",
        "raid",
        ".",
    ]
    doc = Doc(
        English().vocab,
        words=words,
        heads=[1, 3, 3, 9, 3, 3, 7, 3, 9, 9, 11, 9, 9],
        deps=[
            "det",
            "nsubj",
            "aux",
            "advcl",
            "dobj",
            "punct",
            "det",
            "appos",
            "punct",
            "ROOT",
            "det",
            "dobj",
            "punct",
        ],
        tags=["DT", "NNP", "TO", "VB", "NNPS", ",", "DT", "NN", ",", "VBD", "DT", "NN", "."],
        pos=[
            "DET",
            "PROPN",
            "PART",
            "VERB",
            "PROPN",
            "PUNCT",
            "DET",
            "NOUN",
            "PUNCT",
            "VERB",
            "DET",
            "NOUN",
            "PUNCT",
        ],
        sent_starts=[True] + [False] * 12,
    )
    speaker = name_taken_for_infinitive_subject(doc[9])
    assert speaker is not None and speaker.text == "League"
    # A verb with a subject of its own keeps it.
    assert name_taken_for_infinitive_subject(doc[3]) is None


@pytest.mark.parametrize(
    ("text", "cues"),
    [
        (
            "The president said the government would halt the talks until the militia "
            "explained the raid.",
            ["said"],
        ),
        ("The envoy will not come back unless the council admits its error.", []),
        ("The talks stalled until the militia explained the raid.", ["explained"]),
    ],
)
def test_a_statement_awaited_by_an_act_to_come_is_none(  # type: ignore[no-untyped-def]
    extract, text: str, cues: list[str]
) -> None:
    text, found = extract(text)
    assert [words(text, a.cue) for a in found] == cues


def test_a_second_that_clause_is_more_of_the_content(extract) -> None:  # type: ignore[no-untyped-def]
    text, found = extract(
        "The envoy said on Friday that the council remained open to talks but that the "
        "militia had shown no interest."
    )
    assert [words(text, a.cue) for a in found] == ["said"]
    assert words(text, found[0].content) == (
        "that the council remained open to talks but that the militia had shown no interest"
    )


def test_quotation_before_said_of_is_the_content_not_a_relative_that(extract) -> None:  # type: ignore[no-untyped-def]
    text, found = extract(
        "Regional governor Veniamin Kondratyev said two workers were injured. "
        "“Our troops were not near the village at the time,” a Ukrainian military spokesman said "
        "of a separate strike on Monday that local officials said killed three civilians."
    )
    said = [a for a in found if words(text, a.cue) == "said"]
    assert words(text, said[0].content) == "two workers were injured"
    assert words(text, said[1].content) == "“Our troops were not near the village at the time,”"
    assert words(text, said[1].source) == "a Ukrainian military spokesman"


def test_said_of_a_noun_with_a_which_clause_then_that(extract) -> None:  # type: ignore[no-untyped-def]
    text, found = extract(
        "The army spokesman said of the strike, which officials said killed three, "
        "that it was aimed at a depot."
    )
    said = {words(text, a.source): words(text, a.content) for a in found}
    assert said == {
        "The army spokesman": "that it was aimed at a depot",
        # the claims stage reads the noun the relative pronoun stands for into it
        "officials": "which officials said killed three",
    }


def test_said_of_a_noun_with_a_who_clause_then_that(extract) -> None:  # type: ignore[no-untyped-def]
    text, found = extract(
        "A police official said of the commander, who was captured on Monday, "
        "that he had ordered the shelling."
    )
    assert [(words(text, a.source), words(text, a.content)) for a in found] == [
        ("A police official", "that he had ordered the shelling")
    ]
