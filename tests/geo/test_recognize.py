"""Recognition rules on documents whose entities we set by hand (no model needed)."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc, Span
from spacy.vocab import Vocab

from sitrep.geo.containers import link_containers
from sitrep.geo.mention import Cue, Mention
from sitrep.geo.notplaces import operation_names
from sitrep.geo.recognize import recognize
from tests.conftest import DocBuilder


def _doc(words: list[str], ents: list[tuple[int, int, str]]) -> Doc:
    doc = Doc(Vocab(), words=words)
    doc.ents = [Span(doc, s, e, label=label) for s, e, label in ents]
    return doc


def test_an_unknown_name_the_ner_mostly_calls_a_person_is_no_place() -> None:
    words = [
        "Zarandia",
        "said",
        "talks",
        "failed",
        ".",
        "Zarandia",
        "left",
        ".",
        "Officials",
        "in",
        "Zarandia",
        "waited",
        ".",
    ]
    doc = _doc(words, [(0, 1, "PERSON"), (5, 6, "PERSON"), (10, 11, "GPE")])
    assert recognize(doc, lambda text: False, lambda tok: False) == []


def test_an_unknown_name_the_ner_calls_a_place_is_kept() -> None:
    doc = _doc(["Shelling", "hit", "Zarandia", "overnight", "."], [(2, 3, "GPE")])
    assert [m.text for m in recognize(doc, lambda text: False, lambda tok: False)] == ["Zarandia"]


def test_the_surname_of_a_person_named_in_full_is_that_person() -> None:
    # A name no gazetteer knows: the person, however the NER tags it.
    words = ["Minister", "Tamaz", "Zarandia", "arrived", ".", "Zarandia", "said", "no", "."]
    doc = _doc(words, [(1, 3, "PERSON"), (5, 6, "GPE")])
    assert recognize(doc, lambda text: False, lambda tok: False) == []
    # A known town's name: the person where the words say person ("Webb's home") ...
    known = ["Ann", "Webb", "spoke", ".", "Webb", "'s", "home", "burned", "."]
    doc = _doc(known, [(0, 2, "PERSON"), (4, 5, "GPE")])
    assert recognize(doc, lambda text: text == "Webb", lambda tok: False) == []
    # ... and the town where they say place.
    town = ["Ann", "Webb", "spoke", ".", "Troops", "moved", "into", "Webb", "."]
    doc = _doc(town, [(0, 2, "PERSON"), (7, 8, "GPE")])
    found = recognize(doc, lambda text: text == "Webb", lambda tok: False)
    assert [m.text for m in found] == ["Webb"]


def test_a_one_word_name_before_a_college_is_a_person_when_never_used_alone() -> None:
    # 'Garvin' is a hamlet somewhere; the article only ever says 'Garvin College'.
    words = [
        "Students",
        "at",
        "Garvin",
        "College",
        "held",
        "a",
        "sale",
        ".",
        "Garvin",
        "College",
        "thanked",
        "them",
        ".",
    ]
    doc = _doc(words, [(2, 4, "ORG"), (8, 10, "ORG")])
    assert recognize(doc, lambda text: text == "Garvin", lambda tok: False) == []


def test_a_one_word_name_before_a_college_stays_a_place_when_used_alone() -> None:
    words = ["Students", "at", "Garvin", "College", "met", "in", "Garvin", "on", "Monday", "."]
    doc = _doc(words, [(2, 4, "ORG"), (6, 7, "GPE")])
    found = recognize(doc, lambda text: text == "Garvin", lambda tok: False)
    assert [m.text for m in found] == ["Garvin", "Garvin"]


def test_a_longer_institution_name_keeps_its_town() -> None:
    words = ["She", "was", "taken", "to", "Garvin", "Regional", "Medical", "Center", "."]
    doc = Doc(spacy.blank("en").vocab, words=words)  # lexical attributes: 'center'
    doc.ents = [Span(doc, 4, 8, label="ORG")]
    found = recognize(doc, lambda text: text == "Garvin", lambda tok: False)
    assert [m.text for m in found] == ["Garvin"]


def test_a_name_the_article_calls_ethnic_is_a_people_throughout() -> None:
    words = [
        "Leaders",
        "of",
        "the",
        "ethnic",
        "Velari",
        "minority",
        "met",
        ".",
        "Velari",
        "separatists",
        "agreed",
        ".",
    ]
    doc = _doc(words, [(4, 5, "GPE"), (8, 9, "GPE")])
    assert recognize(doc, lambda text: text == "Velari", lambda tok: False) == []


def _en_doc(words: list[str], ents: list[tuple[int, int, str]]) -> Doc:
    doc = Doc(spacy.blank("en").vocab, words=words)  # with lexical attributes ('police')
    doc.ents = [Span(doc, s, e, label=label) for s, e, label in ents]
    return doc


def test_an_adjective_opening_an_institution_is_no_town() -> None:
    doc = _en_doc(["Federal", "Police", "arrested", "him", "."], [(0, 2, "ORG")])
    found = recognize(
        doc, lambda t: t == "Federal", lambda tok: False, adjective=lambda t: t == "Federal"
    )
    assert found == []
    doc = _en_doc(["Garvin", "Police", "arrested", "him", "."], [(0, 2, "ORG")])
    found = recognize(
        doc, lambda t: t == "Garvin", lambda tok: False, adjective=lambda t: t == "Federal"
    )
    assert [m.text for m in found] == ["Garvin"]


def test_an_adjective_tagged_as_a_place_before_a_noun_is_no_place() -> None:
    words = ["Work", "on", "the", "Olympic", "facilities", "began", "in", "Garvin", "."]
    doc = _en_doc(words, [(3, 4, "LOC"), (7, 8, "GPE")])
    known = {"Olympic", "Garvin"}
    found = recognize(
        doc, known.__contains__, lambda tok: False, adjective=lambda t: t == "Olympic"
    )
    assert [m.text for m in found] == ["Garvin"]


def test_an_unknown_name_after_a_title_is_a_person_throughout() -> None:
    words = ["Crowds", "wanted", "President", "Zarandov", "out", ".", "Zarandov", "refused", "."]
    doc = _doc(words, [(3, 4, "GPE"), (6, 7, "GPE")])
    assert recognize(doc, lambda text: False, lambda tok: False) == []


def test_a_parenthesised_hierarchy_names_each_unit() -> None:
    words = ["Gunmen", "attacked", "Lumbishi", "(", "Kalehe", ",", "Sud-Kivu", ")", "today", "."]
    doc = _doc(words, [(2, 5, "GPE")])  # the NER's 'Lumbishi (Kalehe'
    units = {"Sud-Kivu"}
    found = recognize(doc, units.__contains__, lambda tok: False, unit=units.__contains__)
    assert [m.text for m in found] == ["Lumbishi", "Kalehe", "Sud-Kivu"]
    assert found[0].container == (found[1].start, found[1].end)
    assert found[1].container == (found[2].start, found[2].end)
    assert found[1].written_unit and found[2].written_unit and not found[0].written_unit


def test_an_abbreviation_in_parentheses_is_no_unit() -> None:
    words = ["the", "Food", "and", "Drug", "Administration", "(", "FDA", ")", "said", "."]
    doc = _doc(words, [(1, 5, "ORG"), (6, 7, "ORG")])
    known = {"FDA"}
    assert recognize(doc, known.__contains__, lambda tok: False, unit=known.__contains__) == []


def test_a_list_of_places_is_no_chain_of_containers() -> None:
    text = "Shelling hit Shushi, Terter, Barda and Lachin; Martuni, Khojavend was calm."
    names = ["Shushi", "Terter", "Barda", "Lachin", "Martuni", "Khojavend"]
    mentions = [Mention(text.index(n), text.index(n) + len(n), n) for n in names]
    linked = link_containers(text, mentions)
    assert [m.container for m in linked[:4]] == [None, None, None, None]
    assert linked[4].container == (mentions[5].start, mentions[5].end)


@pytest.mark.parametrize(
    ("text", "inner", "outer"),
    [
        (
            "Rebels attacked a school in Cameroon's restive North West region.",
            "North West",
            "Cameroon",
        ),
        ("Jets struck Syria’s northwestern Idlib province.", "Idlib", "Syria"),
        ("Drones hit Ukraine's Kharkiv region.", "Kharkiv", "Ukraine"),
    ],
)
def test_a_place_owned_by_a_place_lies_in_it(text: str, inner: str, outer: str) -> None:
    mentions = [Mention(text.index(n), text.index(n) + len(n), n) for n in (outer, inner)]
    linked = link_containers(text, mentions)
    assert linked[1].container == (mentions[0].start, mentions[0].end)
    assert linked[0].container is None


def test_a_known_town_the_ner_calls_a_product_is_a_place() -> None:
    doc = _en_doc(["A", "guard", "was", "injured", "in", "Wajir", "."], [(5, 6, "PRODUCT")])
    known = {"Wajir"}
    assert [m.text for m in recognize(doc, known.__contains__, lambda tok: False)] == ["Wajir"]


def test_a_town_and_its_unit_tagged_as_one_organisation_are_two_places() -> None:
    words = ["Shells", "fell", "near", "Hnutove", ",", "Donetsk", "today", "."]
    doc = _en_doc(words, [(3, 6, "ORG")])
    known = {"Hnutove", "Donetsk"}
    found = recognize(doc, known.__contains__, lambda tok: False)
    assert [m.text for m in found] == ["Hnutove", "Donetsk"]
    assert found[0].container == (found[1].start, found[1].end)


def test_a_direction_word_cut_off_a_country_is_no_place() -> None:
    words = ["Strikes", "hit", "Dahuk", ",", "Northern", "Iraq", "."]
    doc = _en_doc(words, [(2, 5, "GPE"), (5, 6, "GPE")])  # 'Dahuk, Northern' and 'Iraq'
    known = {"Dahuk", "Northern", "Iraq"}
    found = recognize(doc, known.__contains__, lambda tok: False)
    assert [m.text for m in found] == ["Dahuk", "Iraq"]


def test_an_office_in_a_place_names_the_place() -> None:
    words = ["a", "protest", "outside", "the", "Revenue", "Office", "in", "Yerevan", "."]
    doc = _en_doc(words, [(4, 6, "ORG"), (7, 8, "GPE")])
    found = recognize(doc, {"Yerevan"}.__contains__, lambda tok: False)
    assert [m.text for m in found] == ["Yerevan"]


def test_a_hamlet_that_is_an_english_word_is_the_word_without_a_place_cue() -> None:
    def hamlet(text: str) -> bool:
        return text == "Earth"

    def is_word(tok: object) -> bool:
        return getattr(tok, "text", "") == "Earth"

    words = ["Debris", "burned", "up", "in", "the", "Earth", "'s", "atmosphere", "."]
    doc = _en_doc(words, [(5, 6, "LOC")])
    assert recognize(doc, hamlet, is_word, hamlet=hamlet) == []
    # A word no gazetteer knows at all is the word too.
    office = ["She", "joined", "the", "District", "Attorney", "'s", "office", "."]
    doc_office = _en_doc(office, [(3, 4, "GPE")])
    assert recognize(doc_office, lambda text: False, lambda tok: True, hamlet=hamlet) == []
    # Without the test, or with a place noun before it, the town stays.
    assert [m.text for m in recognize(doc, hamlet, is_word)] == ["Earth"]
    town = ["Floods", "hit", "the", "town", "of", "Earth", "."]
    doc = _en_doc(town, [(5, 6, "GPE")])
    assert [m.text for m in recognize(doc, hamlet, is_word, hamlet=hamlet)] == ["Earth"]


def test_a_name_opening_a_streets_name_is_the_street() -> None:
    def known(text: str) -> bool:
        return text in ("Harrison", "Lakeview", "Douglas County")

    words = ["A", "main", "broke", "at", "Lakeview", "and", "Harrison", "streets", "."]
    doc = _en_doc(words, [(4, 5, "GPE"), (6, 7, "GPE")])
    assert recognize(doc, known, lambda tok: False) == []
    drive = ["Crews", "closed", "Harrison", "Drive", "on", "Monday", "."]
    assert recognize(_en_doc(drive, [(2, 3, "GPE")]), known, lambda tok: False) == []
    # A name the gazetteer lacks that ends with a street word is a street, or named like one.
    street = ["Crews", "repaved", "West", "Broad", "Street", "and", "thanked", "United", "Way", "."]
    doc = _en_doc(street, [(2, 5, "LOC"), (7, 9, "GPE")])
    assert recognize(doc, known, lambda tok: False) == []
    # A county's road names the county.
    road = ["A", "crash", "closed", "Douglas", "County", "Road", "4", "."]
    found = recognize(_en_doc(road, [(3, 5, "GPE")]), known, lambda tok: False)
    assert [m.text for m in found] == ["Douglas County"]


def test_a_persons_possessive_after_a_preposition_is_the_person() -> None:
    words = ["John", "Carter", "was", "held", ".", "Guns", "were", "found", "at"]
    words += ["Carter", "'s", "home", "."]
    doc = _en_doc(words, [(0, 2, "PERSON"), (9, 10, "PERSON")])
    assert recognize(doc, lambda text: text == "Carter", lambda tok: False) == []


def test_names_joined_by_a_hyphen_into_a_known_name_are_one_place() -> None:
    words = ["Cases", "rose", "in", "Guinea", "-", "Bissau", "and", "Saxony-", "Anhalt", "."]
    spaces = [True, True, True, False, False, True, True, False, False, False]
    doc = Doc(spacy.blank("en").vocab, words=words, spaces=spaces)
    doc.ents = [Span(doc, s, e, label="GPE") for s, e in ((3, 4), (5, 6), (7, 8))]
    names = ("Guinea", "Bissau", "Guinea-Bissau", "Saxony", "Saxony-Anhalt")
    found = recognize(doc, lambda text: text in names, lambda tok: False)
    assert [m.text for m in found] == ["Guinea-Bissau", "Saxony-Anhalt"]
    # 'DR' and 'Congo' tagged apart: the country, not Dar'a (whose alternate name is 'DR').
    words = ["Cases", "rose", "in", "DR", "Congo", "."]
    doc = Doc(spacy.blank("en").vocab, words=words, spaces=[True] * 4 + [False, False])
    doc.ents = [Span(doc, 3, 4, label="ORG"), Span(doc, 4, 5, label="GPE")]
    parts = ("DR", "Congo", "DR Congo")
    found = recognize(doc, lambda text: text in parts, lambda tok: True)
    assert [m.text for m in found] == ["DR Congo"]
    # The first part tagged alone, the rest after the hyphen left out: the whole name.
    words = ["Cases", "rose", "in", "the", "region", "KwaZulu", "-", "Natal", "."]
    doc = Doc(spacy.blank("en").vocab, words=words, spaces=[True] * 5 + [False] * 4)
    doc.ents = [Span(doc, 5, 6, label="GPE")]
    found = recognize(doc, lambda text: text in ("KwaZulu-Natal",), lambda tok: False)
    assert [m.text for m in found] == ["KwaZulu-Natal"]


def test_a_direction_before_a_state_opening_an_institution_names_the_state() -> None:
    words = ["She", "attended", "Northeast", "Texas", "Community", "College", "."]
    doc = _en_doc(words, [(2, 6, "ORG")])

    def texas(text: str) -> bool:
        return text == "Texas"

    found = recognize(doc, texas, lambda tok: False, jurisdiction=texas)
    assert [m.text for m in found] == ["Texas"]


def test_a_town_closing_a_universitys_name_is_a_place() -> None:
    words = ["Zoz", ",", "a", "University", "of", "Cincinnati", "student", ",", "won", "."]
    doc = _en_doc(words, [(0, 1, "PERSON"), (3, 6, "ORG")])
    found = recognize(doc, lambda text: text == "Cincinnati", lambda tok: False)
    assert [m.text for m in found] == ["Cincinnati"]


def test_a_name_that_is_the_subject_of_a_verb_of_saying_is_an_actor() -> None:
    from sitrep.geo.cues import acts

    words = ["Russia", "said", "the", "talks", "in", "Geneva", "would", "resume"]
    doc = Doc(
        Vocab(),
        words=words,
        pos=["PROPN", "VERB", "DET", "NOUN", "ADP", "PROPN", "AUX", "VERB"],
        heads=[1, 1, 3, 7, 3, 4, 7, 1],
        deps=["nsubj", "ROOT", "det", "nsubj", "prep", "pobj", "aux", "ccomp"],
        lemmas=["Russia", "say", "the", "talk", "in", "Geneva", "would", "resume"],
    )
    assert acts(doc, 0, 1)  # the government speaking
    assert not acts(doc, 5, 6)  # where the talks are


def test_a_governments_body_speaking_and_a_broker_are_actors() -> None:
    from sitrep.geo.cues import acts

    words = ["Ruritania", "'s", "ministry", "denied", "a", "US", "-", "brokered", "truce"]
    doc = Doc(
        Vocab(),
        words=words,
        pos=["PROPN", "PART", "NOUN", "VERB", "DET", "PROPN", "PUNCT", "VERB", "NOUN"],
        heads=[2, 0, 3, 3, 8, 7, 7, 8, 3],
        deps=["poss", "case", "nsubj", "ROOT", "det", "npadvmod", "punct", "amod", "dobj"],
        lemmas=["Ruritania", "'s", "ministry", "deny", "a", "US", "-", "broker", "truce"],
    )
    assert acts(doc, 0, 1)  # "Ruritania's ministry denied": the government speaking
    assert acts(doc, 5, 6)  # "a US-brokered truce": who brokered it, not where it is


def test_the_agent_of_a_passive_is_an_actor() -> None:
    from sitrep.geo.cues import acts

    words = ["talks", "brokered", "by", "Ruritania", "and", "Freedonia", "failed"]
    doc = Doc(
        Vocab(),
        words=words,
        pos=["NOUN", "VERB", "ADP", "PROPN", "CCONJ", "PROPN", "VERB"],
        heads=[6, 0, 1, 2, 3, 3, 6],
        deps=["nsubj", "acl", "agent", "pobj", "cc", "conj", "ROOT"],
        lemmas=["talk", "broker", "by", "Ruritania", "and", "Freedonia", "fail"],
    )
    assert acts(doc, 3, 4) and acts(doc, 5, 6)  # who brokered the talks, not where they were


def test_a_place_tagged_with_an_event_word_or_a_figure_is_the_place() -> None:
    known = {"Lower Zarandia", "Tovia"}.__contains__
    words = ["Aid", "for", "the", "Lower", "Zarandia", "Earthquake", "arrived", "."]
    doc = _doc(words, [(3, 6, "LOC")])
    assert [m.text for m in recognize(doc, known, lambda tok: False)] == ["Lower Zarandia"]
    words = ["Deaths", ":", "Lower", "Zarandia", "12", ",", "and", "Tovia", "84", "."]
    doc = _doc(words, [(2, 5, "GPE"), (7, 9, "GPE")])
    found = [m.text for m in recognize(doc, known, lambda tok: False)]
    assert found == ["Lower Zarandia", "Tovia"]
    # a figure inside a longer name stays ('Tovia 1 radio' is a station, no place)
    words = ["She", "told", "Tovia", "1", "radio", "so", "."]
    doc = _doc(words, [(2, 4, "ORG")])
    assert [m.text for m in recognize(doc, known, lambda tok: False)] == []


def test_names_either_side_of_a_spaced_dash_are_two_places() -> None:
    known = {"Lower Zarandia", "Tovia"}.__contains__
    words = ["It", "spread", "to", "Lower", "Zarandia", "-", "Tovia", "and", "beyond", "."]
    doc = _doc(words, [(3, 7, "GPE")])
    found = [m.text for m in recognize(doc, known, lambda tok: False)]
    assert found == ["Lower Zarandia", "Tovia"]


def test_an_unknown_name_opening_a_school_name_is_the_school() -> None:
    words = ["Parents", "met", "about", "Zarvale", ".", "Zarvale", "School", "will", "close", "."]
    doc = _doc(words, [(3, 4, "GPE"), (5, 6, "GPE")])
    assert recognize(doc, lambda text: False, lambda tok: False) == []
    # a known town keeps its mentions: 'Tovia High School' is named after the town
    words = ["Parents", "met", "in", "Tovia", ".", "Tovia", "School", "will", "close", "."]
    doc = _doc(words, [(3, 4, "GPE"), (5, 6, "GPE")])
    found = recognize(doc, lambda text: text == "Tovia", lambda tok: False)
    assert [m.text for m in found][:1] == ["Tovia"]


def test_an_unknown_name_that_speaks_is_no_place() -> None:
    words = ["Zarandin", "said", "the", "talks", "failed", "."]
    doc = Doc(
        Vocab(),
        words=words,
        pos=["PROPN", "VERB", "DET", "NOUN", "VERB", "PUNCT"],
        heads=[1, 1, 3, 4, 1, 1],
        deps=["nsubj", "ROOT", "det", "nsubj", "ccomp", "punct"],
        lemmas=["Zarandin", "say", "the", "talk", "fail", "."],
    )
    doc.ents = [Span(doc, 0, 1, label="GPE")]
    assert recognize(doc, lambda text: False, lambda tok: False) == []
    # a known place that speaks is its government: still a place ('Moscow said')
    found = recognize(doc, lambda text: text == "Zarandin", lambda tok: False)
    assert [m.text for m in found] == ["Zarandin"]


def test_a_firm_and_an_authority_named_like_places_are_no_places() -> None:
    known = {"Tovia", "PA"}.__contains__
    words = ["Auditors", "from", "Tovia", "&", "Marsh", "met", "in", "Tovia", "."]
    doc = _doc(words, [(2, 3, "ORG"), (7, 8, "GPE")])
    assert recognize(doc, known, lambda tok: False) == []
    # a code after 'the' heading its phrase is an authority; before a noun, a state's code
    words = ["Officials", "said", "the", "PA", "was", "worried", "."]
    pos = ["NOUN", "VERB", "DET", "PROPN", "AUX", "ADJ", "PUNCT"]
    doc = Doc(Vocab(), words=words, pos=pos)
    doc.ents = [Span(doc, 3, 4, label="GPE")]
    assert recognize(doc, known, lambda tok: False) == []
    words = ["Officials", "said", "the", "PA", "government", "was", "worried", "."]
    pos = ["NOUN", "VERB", "DET", "PROPN", "NOUN", "AUX", "ADJ", "PUNCT"]
    doc = Doc(Vocab(), words=words, pos=pos)
    doc.ents = [Span(doc, 3, 4, label="GPE")]
    assert [m.text for m in recognize(doc, known, lambda tok: False)] == ["PA"]


def _tagged(words: list[str], ents: list[tuple[int, int, str]]) -> Doc:
    """A document whose capitalised words are proper nouns, as the tagger would have them."""
    pos = ["PROPN" if w[:1].isupper() and w.isalpha() and w != "The" else "X" for w in words]
    spaces = [nxt not in ("'s", ".", ",") for nxt in [*words[1:], ""]]
    doc = Doc(_ENGLISH.vocab, words=words, pos=pos, spaces=spaces)
    doc.ents = [Span(doc, s, e, label=label) for s, e, label in ents]
    return doc


_ENGLISH = spacy.blank("en")  # lexical attributes ('is_alpha', 'like_num') need a language


def test_an_upper_case_name_before_a_dash_opening_a_story_is_its_dateline() -> None:
    known = {"ZARVILLE", "Zarville"}.__contains__
    words = ["Fire", "hit", "a", "home", ".", "ZARVILLE", "--", "Crews", "came", "."]
    found = recognize(_tagged(words, []), known, lambda tok: False)
    assert [m.text for m in found] == ["ZARVILLE"]
    # After the byline's date, with no sentence break before it.
    words = ["By", "Ann", "Lee", "March", "29", ",", "2009", "ZARVILLE", "—", "Crews", "came"]
    found = recognize(_tagged(words, [(1, 3, "PERSON")]), known, lambda tok: False)
    assert [m.text for m in found] == ["ZARVILLE"]
    # An upper-case word inside a sentence is no dateline.
    words = ["Crews", "said", "the", "ZARVILLE", "plan", "failed", "."]
    assert recognize(_tagged(words, []), known, lambda tok: False) == []


def test_a_place_named_elsewhere_opening_an_organisations_name_is_its_place() -> None:
    known = {"Zarville"}.__contains__
    words = ["Crews", "in", "Zarville", "met", ".", "The", "Zarville", "Convention", "and"]
    words += ["Visitors", "Bureau", "paid", "."]
    doc = _tagged(words, [(2, 3, "GPE"), (5, 11, "ORG")])
    found = recognize(doc, known, lambda tok: False)
    assert [(m.start, m.text) for m in found] == [(9, "Zarville"), (27, "Zarville")]
    # A firm's name says nothing of the kind: 'Zarville Real Estate' may be named after anyone.
    words = ["Crews", "in", "Zarville", "met", ".", "Zarville", "Real", "Estate", "paid", "."]
    doc = _tagged(words, [(2, 3, "GPE"), (5, 8, "ORG")])
    assert [m.start for m in recognize(doc, known, lambda tok: False)] == [9]


def test_a_town_opening_a_local_bodys_name_is_a_place_but_not_a_persons_name() -> None:
    known = {"Zarville", "Manly"}.__contains__
    words = ["The", "Zarville", "Water", "District", "voted", "."]
    found = recognize(_tagged(words, [(1, 4, "ORG")]), known, lambda tok: False)
    assert [m.text for m in found] == ["Zarville"]
    words = ["She", "read", "Manly", "P.", "Hall", "."]
    assert recognize(_tagged(words, [(2, 5, "FAC")]), known, lambda tok: False) == []


def test_a_saints_feast_day_is_no_place() -> None:
    known = {"St. Patrick", "Zarville"}.__contains__
    words = ["Crowds", "in", "Zarville", "marked", "St.", "Patrick", "'s", "Day", "."]
    doc = _tagged(words, [(2, 3, "GPE"), (4, 6, "GPE")])
    assert [m.text for m in recognize(doc, known, lambda tok: False)] == ["Zarville"]


def test_an_upper_case_code_no_table_knows_is_no_place() -> None:
    known = {"DRC"}.__contains__
    words = ["She", "was", "charged", "with", "DUI", "in", "the", "DRC", "."]
    doc = _tagged(words, [(4, 5, "GPE"), (7, 8, "GPE")])
    assert [m.text for m in recognize(doc, known, lambda tok: False)] == ["DRC"]


def test_a_state_after_of_inside_an_institutions_name_is_its_place() -> None:
    known = {"Zaria"}.__contains__
    words = ["Doctors", "at", "the", "University", "of", "Zaria", "Medical", "Center", "met"]
    doc = _tagged(words, [(3, 8, "ORG")])
    found = recognize(doc, known, lambda tok: False, jurisdiction=known)
    assert [m.text for m in found] == ["Zaria"]
    words = ["the", "Spina", "Association", "of", "Western", "Zaria", "said", "so"]
    doc = _tagged(words, [(1, 6, "ORG")])
    found = recognize(doc, known, lambda tok: False, jurisdiction=known)
    assert [m.text for m in found] == ["Zaria"]


def test_a_disease_named_after_a_place_is_no_place() -> None:
    known = {"West Nile", "Zarville", "United States"}.__contains__
    words = ["Zarville", "reported", "cases", "of", "West", "Nile", "virus", "in", "the"]
    words += ["United", "States", "flu", "season"]
    doc = _tagged(words, [(0, 1, "GPE"), (4, 6, "LOC"), (9, 11, "GPE")])
    found = recognize(doc, known, lambda tok: False)
    assert [m.text for m in found] == ["Zarville", "United States"]


def test_a_place_after_a_direction_tagged_as_a_people_is_the_place() -> None:
    known = {"Zarville", "Eastern"}.__contains__
    words = ["A", "sign", "in", "East", "Zarville", "fell", "."]
    found = recognize(_tagged(words, [(3, 5, "NORP")]), known, lambda tok: False)
    assert [m.text for m in found] == ["Zarville"]
    # A compound direction is a name of its own, not a direction and a unit.
    words = ["Cases", "in", "North", "Eastern", "rose", "."]
    assert recognize(_tagged(words, [(2, 4, "NORP")]), known, lambda tok: False) == []


def test_two_places_joined_by_a_hyphen_are_each_a_place() -> None:
    known = {"Zarville", "Henry County", "Zaria", "America", "Mid"}.__contains__
    words = ["the", "Zarville", "-", "Henry", "County", "Rescue", "Squad", "came"]
    spaces = [True, False, False, True, True, True, True, False]
    doc = Doc(_ENGLISH.vocab, words=words, spaces=spaces)
    assert [m.text for m in recognize(doc, known, lambda tok: False)] == [
        "Zarville",
        "Henry County",
    ]
    # A prefix is no place: 'the Mid-America Council'.
    words = ["the", "Mid", "-", "America", "Council", "met"]
    spaces = [True, False, False, True, True, False]
    doc = Doc(_ENGLISH.vocab, words=words, spaces=spaces)
    assert recognize(doc, known, lambda tok: False, jurisdiction=known) == []


def test_a_seat_of_government_is_no_town_of_its_translated_name() -> None:
    known = {"White House", "Zarville"}.__contains__  # a gazetteer's alternate name of a city
    words = ["Talks", "at", "White", "House", "on", "Zarville", "aid", "."]
    doc = _tagged(words, [(2, 4, "FAC"), (5, 6, "GPE")])
    assert [m.text for m in recognize(doc, known, lambda tok: False)] == ["Zarville"]


def test_a_dateline_naming_two_places_names_both() -> None:
    known = {"ZARVILLE", "QUILLTON"}.__contains__
    words = ["ZARVILLE", "/", "QUILLTON", ",", "Jan", "20", "(", "Wire", ")", "-", "Crews", "came"]
    doc = _tagged(words, [(0, 1, "ORG"), (2, 3, "GPE")])
    assert [m.text for m in recognize(doc, known, lambda tok: False)] == ["ZARVILLE", "QUILLTON"]


def test_an_international_body_by_its_acronym_is_no_hamlet() -> None:
    known = {"NATO", "Zarville"}.__contains__  # a gazetteer's hamlet of that name
    words = ["NATO", "—", "Troops", "reached", "Zarville", "."]
    doc = _tagged(words, [(0, 1, "ORG"), (4, 5, "GPE")])
    assert [m.text for m in recognize(doc, known, lambda tok: False)] == ["Zarville"]


def test_an_area_or_a_valley_after_a_name_says_place_but_not_which_kind() -> None:
    from sitrep.geo.cues import cue_of

    vocab = spacy.blank("en").vocab
    doc = Doc(vocab, words=["Crops", "failed", "across", "the", "Salinas", "Valley", "."])
    assert cue_of(doc, 4, 5) == (Cue.NONE, True)
    doc = Doc(vocab, words=["Floods", "hit", "the", "Houston", "area", "."])
    assert cue_of(doc, 3, 4) == (Cue.NONE, True)
    doc = Doc(vocab, words=["Troops", "entered", "Kunduz", "province", "."])
    assert cue_of(doc, 2, 3) == (Cue.REGION, True)


def test_a_city_word_inside_the_name_that_opens_an_office() -> None:
    from sitrep.geo.spans import leading_place

    vocab = spacy.blank("en").vocab
    known = {"Mexico City", "Mexico", "Fargo"}.__contains__
    doc = Doc(vocab, words=["Mexico", "City", "Health", "Secretary", "spoke", "."])
    assert leading_place(doc, 0, 4, known) == 2  # 'Mexico City', not 'Mexico'
    doc = Doc(vocab, words=["Fargo", "Police", "Chief", "spoke", "."])
    assert leading_place(doc, 0, 3, known) == 1


def test_a_persons_hyphenated_first_name_is_no_pair_of_places() -> None:
    known = {"Zarville", "Quillton", "Quillton County"}.__contains__
    words = ["said", "Zarville", "-", "Quillton", "Obi", ",", "a", "leader", "."]
    spaces = [True, False, False, True, False, True, True, False, False]
    pos = ["VERB", "PROPN", "PUNCT", "PROPN", "PROPN", "PUNCT", "DET", "NOUN", "PUNCT"]
    doc = Doc(_ENGLISH.vocab, words=words, pos=pos, spaces=spaces)
    doc.ents = [Span(doc, 1, 5, label="PERSON")]
    assert recognize(doc, known, lambda tok: False, jurisdiction=known) == []


def test_a_facility_named_after_a_person_is_the_place_not_a_town_of_the_first_name() -> None:
    known = {"Tam", "Zarville"}.__contains__  # a gazetteer's town called Tam
    words = ["Rockets", "fell", "near", "Tam", "Orvane", "Airport", "on", "Monday", "."]
    found = recognize(_tagged(words, [(3, 6, "FAC")]), known, lambda tok: False)
    assert [m.text for m in found] == ["Tam Orvane Airport"]
    # An ordinary word after the town's name: the town's hospital.
    words = ["Crews", "reached", "Zarville", "General", "Hospital", "."]
    ordinary = lambda tok: tok.text == "General"  # noqa: E731
    found = recognize(_tagged(words, [(2, 5, "FAC")]), known, ordinary)
    assert [m.text for m in found] == ["Zarville"]
    # The article uses the name on its own: the town, with a hospital named after someone.
    words = ["Shelling", "hit", "Tam", "and", "the", "Tam", "Orvane", "Hospital", "."]
    found = recognize(_tagged(words, [(2, 3, "GPE"), (5, 8, "FAC")]), known, lambda tok: False)
    assert [m.text for m in found] == ["Tam", "Tam"]


def test_a_dateline_the_tagger_took_whole_for_one_name_names_each_place() -> None:
    known = {"ZARVILLE", "NEW QUILLTON"}.__contains__
    words = ["ZARVILLE", "/", "NEW", "QUILLTON", ",", "Jan", "20", "(", "Wire", ")", "-"]
    words += ["Crews", "came", "."]
    spaces = [False, False, True, False, True, True, True, False, False, True, True, True]
    spaces += [False, False]
    doc = Doc(_ENGLISH.vocab, words=words, spaces=spaces)
    doc.ents = [Span(doc, 0, 4, label="ORG")]
    found = recognize(doc, known, lambda tok: False)
    assert [m.text for m in found] == ["ZARVILLE", "NEW QUILLTON"]
    # A slash between upper-case words inside a sentence is no dateline.
    words = ["Fans", "of", "ZARVILLE", "/", "NEW", "QUILLTON", "met", "."]
    spaces = [True, True, False, False, True, True, False, False]
    doc = Doc(_ENGLISH.vocab, words=words, spaces=spaces)
    doc.ents = [Span(doc, 2, 6, label="ORG")]
    assert recognize(doc, known, lambda tok: False) == []


def test_a_numbered_unit_of_a_force_is_no_place() -> None:
    # 'the 33rd Front', 'the Fifth Fleet', 'the 47th Mechanised Brigade': a rank before a
    # unit's word names a unit, whatever the tagger and the gazetteer say of the word.
    known = {"Front", "Fleet", "Brigade", "Tibu"}.__contains__
    words = ["Rebels", "attacked", "the", "33rd", "Front", "near", "Tibu", "."]
    doc = _doc(words, [(4, 5, "GPE"), (6, 7, "GPE")])
    assert [m.text for m in recognize(doc, known, lambda tok: False)] == ["Tibu"]
    words = ["Ships", "of", "the", "Fifth", "Fleet", "and", "the", "47th", "Mechanised"]
    doc = _doc([*words, "Brigade", "left", "."], [(4, 5, "LOC"), (8, 10, "GPE")])
    assert recognize(doc, known, lambda tok: False) == []
    # The same word with no rank before it stays a place where the words say so.
    doc = _doc(["Troops", "moved", "into", "Front", "."], [(3, 4, "GPE")])
    assert [m.text for m in recognize(doc, known, lambda tok: False)] == ["Front"]


def test_the_name_of_an_operation_or_a_mission_is_no_place(make_doc: DocBuilder) -> None:
    text = (
        "The EU's naval operation, Atalanta, said it had freed a ship. Ships of Operation "
        "Sophia left Catania, and the UN mission, Harbor Watch, said the port was shut."
    )
    doc = make_doc(text, stages=("sentences.v1",))
    assert operation_names(doc.parse.doc) == {"Atalanta", "Sophia", "Harbor Watch"}
    # a place in apposition to another noun stays a place's name
    doc = make_doc("The port city, Catania, was shut.", stages=("sentences.v1",))
    assert operation_names(doc.parse.doc) == frozenset()


def test_a_country_opening_a_body_tagged_whole_as_a_place_is_the_country() -> None:
    # 'The Freedonia Maritime Trade Operations said ...' tagged GPE whole: the body's name
    # holds the country, no place of the whole name
    words = ["The", "Freedonia", "Maritime", "Trade", "Operations", "said", "a", "ship", "sank"]
    doc = _doc(words, [(1, 5, "GPE")])
    country = lambda text: text == "Freedonia"  # noqa: E731
    found = recognize(doc, country, lambda tok: False, jurisdiction=country)
    assert [m.text for m in found] == ["Freedonia"]
    # a whole place name the tagger got right stays whole
    doc = _doc(["Shelling", "hit", "Port", "Lorn", "Authority", "."], [(2, 4, "GPE")])
    found = recognize(doc, lambda text: text == "Port Lorn", lambda tok: False)
    assert [m.text for m in found] == ["Port Lorn"]
