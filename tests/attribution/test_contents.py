"""What a reporting verb reports, on sentences written for these tests."""

from __future__ import annotations

import pytest

from sitrep.attribution.contents import adjacent_quotation, content_of
from sitrep.attribution.lexicon import lexicon
from sitrep.attribution.quotes import find_quotes
from tests.attribution.conftest import Extract, words
from tests.conftest import DocBuilder

pytestmark = pytest.mark.slow


def _content(make_doc, text: str, verb: str) -> str:  # type: ignore[no-untyped-def]
    parsed = make_doc(text).parse.doc
    token = next(t for t in parsed if t.text == verb)
    entry = lexicon().lookup(token.lemma_.lower())
    assert entry is not None
    found = content_of(token, entry, None)
    return parsed.text[found[0].idx : found[-1].idx + len(found[-1].text)] if found else ""


@pytest.mark.parametrize(
    ("text", "verb", "content"),
    [
        ("The mayor said that the bridge was down.", "said", "that the bridge was down"),
        ("The envoy vowed to return.", "vowed", "to return"),
        ("The army denied shelling the town.", "denied", "shelling the town"),
        ("The minister called the commander a liar.", "called", "the commander a liar"),
        ("The sergeant told the story of the raid.", "told", "the story of the raid"),
        ("The town seemed calm.", "seemed", "The town seemed calm"),
        ("The rebels said so.", "said", "so"),
        (
            # the parse takes 'allied' for a second verb and hangs the charge on it
            "The Northern Front accused the police and allied Wazalendo militias of burning its "
            "depots near the town of Kavumu on Friday.",
            "accused",
            "the police and allied Wazalendo militias of burning its depots near the town of "
            "Kavumu on Friday",
        ),
    ],
)
def test_content_of(make_doc, text: str, verb: str, content: str) -> None:  # type: ignore[no-untyped-def]
    assert _content(make_doc, text, verb) == content


def test_adjacent_quotation(make_doc) -> None:  # type: ignore[no-untyped-def]
    text = "“Hold the bridge,” the colonel said."
    parsed = make_doc(text).parse.doc
    said = next(t for t in parsed if t.text == "said")
    found = adjacent_quotation(said, find_quotes(text))
    assert text[found[0].idx : found[-1].idx + 1] == "“Hold the bridge,”"


def test_the_clause_after_the_verb_beats_the_clause_before(make_doc) -> None:  # type: ignore[no-untyped-def]
    text = "The shelling went on all night, a resident noted that the hospital had been hit."
    assert _content(make_doc, text, "noted") == "that the hospital had been hit"


def test_an_object_after_the_verb_beats_the_clause_before(make_doc) -> None:  # type: ignore[no-untyped-def]
    text = "Few civilians stayed in the town, the mayor called it a ghost town."
    assert _content(make_doc, text, "called") == "it a ghost town"


def test_the_clause_before_an_inverted_speaker_stays_the_content(make_doc) -> None:  # type: ignore[no-untyped-def]
    text = "The convoy was turned back at dawn, said the governor."
    assert _content(make_doc, text, "said") == "The convoy was turned back at dawn"


def test_called_on_takes_whom_it_asks_and_what(make_doc) -> None:  # type: ignore[no-untyped-def]
    parsed = make_doc("The minister called on the army to withdraw from the town.").parse.doc
    verb = next(t for t in parsed if t.text == "called")
    particle = next(t for t in verb.children if t.text == "on")
    entry = lexicon().lookup("call", "on")
    assert entry is not None
    found = content_of(verb, entry, particle)
    said = parsed.text[found[0].idx : found[-1].idx + len(found[-1].text)]
    assert said == "the army to withdraw from the town"


def test_a_noun_phrase_after_a_comma_is_no_object_said(make_doc) -> None:  # type: ignore[no-untyped-def]
    text = "Both delegations will meet in Vienna on Friday, the ministry said Tuesday, the first talks in a year."
    assert _content(make_doc, text, "said") == "Both delegations will meet in Vienna on Friday"


def test_an_inverted_verb_reports_the_quotation_before_it(make_doc) -> None:  # type: ignore[no-untyped-def]
    text = "“We will hold the line,” tweeted Anna Petrova, who commands the unit."
    assert "We will hold the line" in _content(make_doc, text, "tweeted")


def test_a_second_that_clause_is_said_too(make_doc) -> None:  # type: ignore[no-untyped-def]
    text = "The governor said shelling hit Dorn overnight and that five guards were killed."
    assert _content(make_doc, text, "said") == (
        "shelling hit Dorn overnight and that five guards were killed"
    )


def test_objects_the_parse_split_from_a_last_word(make_doc) -> None:  # type: ignore[no-untyped-def]
    text = "The Ruritanian army reported 20 dead and 35 wounded."
    assert _content(make_doc, text, "reported") == "20 dead and 35 wounded"


def test_with_clause_participle_with_its_own_subject_is_a_statement(extract) -> None:  # type: ignore[no-untyped-def]
    text, found = extract("The talks broke up, with the envoy calling the offer an insult.")
    (a,) = [a for a in found if a.lemma == "call"]
    assert words(text, a.source) == "the envoy" and words(text, a.content) == "the offer an insult"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The mayor offered his thoughts on the ceasefire.", "his thoughts on the ceasefire"),
        ("The rebels claimed credit for the attack.", "credit for the attack"),
        ("The minister challenged the envoy over his remarks.", "the envoy over his remarks"),
        ("The governor thanked supporters at a rally in Dorn.", "supporters"),
    ],
)
def test_what_the_object_is_about_is_said_but_not_where(
    extract: Extract, text: str, content: str
) -> None:
    text, (a,) = extract(text)
    assert words(text, a.content) == content


def test_two_clauses_before_the_verb_are_both_said(extract: Extract) -> None:
    text, (said,) = extract(
        "Her district includes the plant, and for all their grit, factory jobs are not like "
        "other jobs, she said."
    )
    assert words(text, said.content) == (
        "Her district includes the plant, and for all their grit, factory jobs are not like "
        "other jobs"
    )


def test_the_medium_a_question_was_asked_on_is_not_what_was_asked(extract: Extract) -> None:
    text, (asked,) = extract("“Does that fly?” the adviser asked on Twitter.")
    assert words(text, asked.content) == "“Does that fly?”"


def test_a_share_of_people_saying_a_clause(extract: Extract) -> None:
    text, found = extract(
        "On social issues, the young hold liberal views: 53% describe themselves as liberal; "
        "26% say they are conservative."
    )
    say = next(a for a in found if words(text, a.cue) == "say")
    assert (words(text, say.source), words(text, say.content)) == ("26%", "they are conservative")


@pytest.mark.parametrize(
    ("text", "verb", "content"),
    [
        (
            "The commander warned the villagers they would be punished.",
            "warned",
            "they would be punished",
        ),
        (
            "A nurse told the reporters she had seen the soldiers burn the houses.",
            "told",
            "she had seen the soldiers burn the houses",
        ),
        # A clause that is the object's own: what was told, or whom he trusted.
        (
            "He told the story he had heard from his father.",
            "told",
            "the story he had heard from his father",
        ),
    ],
)
def test_a_clause_the_parse_hung_on_the_addressee_is_what_was_said(
    make_doc: DocBuilder, text: str, verb: str, content: str
) -> None:
    assert _content(make_doc, text, verb) == content


def test_a_relative_clause_on_whom_he_trusted_is_no_statement(extract: Extract) -> None:
    text, found = extract("The colonel told the men he trusted to hold the bridge.")
    assert "he trusted to hold the bridge" not in [words(text, a.content) for a in found]


def test_a_quotation_after_another_reporting_verb_is_that_verbs(make_doc) -> None:  # type: ignore[no-untyped-def]
    text = "“The town is ours,” the commander said, adding of the rebels, “They have already fled.”"
    assert _content(make_doc, text, "said") == "The town is ours"


def test_a_clause_before_a_semicolon_is_not_what_the_next_verb_says(make_doc) -> None:  # type: ignore[no-untyped-def]
    text = "Monitors have blamed both armies for the looting; the ministry denies arming militias."
    assert _content(make_doc, text, "denies") == "arming militias"


def test_both_conjuncts_before_a_closing_speaker_are_said(make_doc) -> None:  # type: ignore[no-untyped-def]
    # the parse takes 'said' for a third conjunct of 'killed' and hangs 'wounded' on it
    text = (
        "At least nine villagers were killed and 25 others wounded when rockets hit a market "
        "near the river, the provincial health office said in a statement."
    )
    assert _content(make_doc, text, "said") == (
        "At least nine villagers were killed and 25 others wounded when rockets hit a market "
        "near the river"
    )


def test_a_report_of_its_own_before_and_is_not_said_by_the_closing_speaker(make_doc) -> None:  # type: ignore[no-untyped-def]
    text = "Other mayors said they back the plan, and they would not fund it, the mayors added."
    assert "Other mayors said" not in _content(make_doc, text, "added")


def test_a_remark_not_made_is_no_part_of_what_was_said(extract: Extract) -> None:
    text, found = extract(
        "Governor Omar Haddad said that debris from a drone had damaged two houses and injured "
        "a woman, but made no mention of the depot."
    )
    said = next(a for a in found if a.lemma == "say")
    assert all(a.negated for a in found if a is not said)
    assert (words(text, said.content) or "").endswith("injured a woman")


def test_a_quoted_word_in_a_phrase_of_the_object_is_no_statement(extract: Extract) -> None:
    # the attacker's word for whom the camp held: an attack on a camp, nothing said by attacking
    _, found = extract('The ruling military said it had attacked a training camp of "terrorists".')
    assert [a.lemma for a in found] == ["say"]


@pytest.mark.parametrize(
    "text",
    [
        'The minister attacked the "reckless" plan of the opposition.',
        'Kyiv calls Russian claim of Kursk breakthrough "fiction".',
    ],
)
def test_a_quotation_in_the_object_itself_or_naming_it_is_said(extract: Extract, text: str) -> None:
    _, found = extract(text)
    assert found and found[0].lemma in {"attack", "call"}
