"""Headline colons and dashes on sentences written for these tests."""

from __future__ import annotations

import pytest

from sitrep.attribution.base import CueKind
from tests.attribution.conftest import words

pytestmark = pytest.mark.slow


def test_headline_colon(extract) -> None:  # type: ignore[no-untyped-def]
    text, found = extract(
        "Ruritanian Minister Varga: talks will resume next week.\n\nMore text here."
    )
    (a,) = [a for a in found if a.kind is CueKind.HEADLINE]
    assert words(text, a.source) == "Ruritanian Minister Varga"
    assert words(text, a.content) == "talks will resume next week"


def test_headline_genre_label_is_no_source(extract) -> None:  # type: ignore[no-untyped-def]
    _, found = extract("Editor's note: this story was updated on Monday.")
    assert [a for a in found if a.kind is CueKind.HEADLINE] == []


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Why the talks stalled - Jane Doe: “Neither side wanted them.”", "Jane Doe"),
        (
            "The mood in the capital is grim, according to one who stayed, the "
            "shopkeeper Omar Haddad: “We have no bread and no news.”",
            "Omar Haddad",
        ),
        ("Medics: the field hospital has run out of blood\n\nMore text here.", "Medics"),
    ],
)
def test_names_before_a_colon(extract, text: str, source: str) -> None:  # type: ignore[no-untyped-def]
    text, found = extract(text)
    (a,) = [a for a in found if a.kind is CueKind.HEADLINE]
    assert words(text, a.source) == source


def test_a_day_before_a_colon_names_no_speaker(extract) -> None:  # type: ignore[no-untyped-def]
    _, found = extract("The decree was signed late on Sunday: “The border is closed.”")
    assert [a for a in found if a.kind is CueKind.HEADLINE] == []


def test_headline_naming_its_source_last(extract) -> None:  # type: ignore[no-untyped-def]
    text, found = extract(
        "Toll in Dorn shelling rises to 40: Ruritanian ministry\n\nMore text here."
    )
    (a,) = [a for a in found if a.kind is CueKind.HEADLINE]
    assert words(text, a.source) == "Ruritanian ministry"
    assert words(text, a.content) == "Toll in Dorn shelling rises to 40"
    text, found = extract("Nine fishermen killed off Kell: officials\n\nMore text here.")
    (a,) = [a for a in found if a.kind is CueKind.HEADLINE]
    assert words(text, a.source) == "officials"


def test_a_sentence_ending_in_a_name_after_a_colon_is_no_headline(extract) -> None:  # type: ignore[no-untyped-def]
    _, found = extract("The king named the new commander: General Anton Varga.")
    assert [a for a in found if a.kind is CueKind.HEADLINE] == []


def test_headline_naming_its_source_after_a_dash(extract) -> None:  # type: ignore[no-untyped-def]
    text, found = extract("Nine killed in Dorn market blast - state media\n\nMore text here.")
    (a,) = [a for a in found if a.kind is CueKind.HEADLINE]
    assert words(text, a.source) == "state media"
    assert words(text, a.content) == "Nine killed in Dorn market blast"


def test_asides_between_dashes_name_no_source(extract) -> None:  # type: ignore[no-untyped-def]
    _, found = extract("The army - which lost 12 men - said nothing new - officials")
    assert [a for a in found if a.kind is CueKind.HEADLINE] == []


def test_headline_run_on_into_its_story_says_only_its_sentence(extract) -> None:  # type: ignore[no-untyped-def]
    text, found = extract(
        "Governor Varga: the bridge will reopen soon. On Sunday the governor said repairs "
        "had begun."
    )
    (a,) = [a for a in found if a.kind is CueKind.HEADLINE]
    assert words(text, a.content) == "the bridge will reopen soon"


@pytest.mark.parametrize(
    "text",
    [
        'The talks stalled again. Varga: "The mission is to hold the line." Others disagreed.',
        "The talks stalled again. Varga: ''The mission is to hold the line.'' Others disagreed.",
    ],
)
def test_a_name_a_colon_and_a_straight_quotation(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    text, found = extract(text)
    (a,) = [a for a in found if a.kind is CueKind.HEADLINE]
    assert words(text, a.source) == "Varga"


def test_a_verb_object_before_a_colon_is_no_speaker(extract) -> None:  # type: ignore[no-untyped-def]
    _, found = extract('Later the envoy told the radio: "We will stay."')
    assert [a for a in found if a.kind is CueKind.HEADLINE] == []


def test_a_speaker_introducing_a_quotation_with_a_colon_speaks(extract) -> None:  # type: ignore[no-untyped-def]
    text, found = extract("Mr. Haddad shot back: “Nothing has failed yet.”")
    (a,) = found
    assert words(text, a.cue) == ":"
    assert words(text, a.source) == "Mr. Haddad"
    assert words(text, a.content) == "“Nothing has failed yet.”" and a.quoted


def test_a_colon_after_a_clause_about_no_speaker_is_no_cue(extract) -> None:  # type: ignore[no-untyped-def]
    _, found = extract("The road was closed for a simple reason: “Mines.”")
    assert found == []


def test_transcript_speaker_labels(extract) -> None:  # type: ignore[no-untyped-def]
    text, found = extract(
        "The interview, in part:\n\n"
        '"HOLM: Let us begin with the ceasefire. Will the convoy reach the town?\n\n'
        '"VARGA: Well, look, the convoy will get through. The road is open again.\n\n'
        "NOTE: this transcript was edited for length.\n"
    )
    labels = [a for a in found if a.kind is CueKind.HEADLINE]
    assert [words(text, a.source) for a in labels] == ["HOLM", "VARGA"]
    assert words(text, labels[0].content) == (
        "Let us begin with the ceasefire. Will the convoy reach the town"
    )
    assert words(text, labels[1].content).startswith("Well, look, the convoy will get through.")


def test_a_headline_colon_keeps_a_quotation_after_it(extract) -> None:  # type: ignore[no-untyped-def]
    text, found = extract(
        "Varga: Holm's view of the truce is 'dangerously naive'; \n"
        "In a speech to farmers, she attacks her rival's record.\n\nMore text here."
    )
    (a,) = [a for a in found if a.kind is CueKind.HEADLINE]
    assert words(text, a.source) == "Varga"


def test_no_content_reaches_back_over_a_headline_colon(extract) -> None:  # type: ignore[no-untyped-def]
    text, found = extract(
        "Varga: I Am Hopeful Farmers Will Say No to the Deal.\n\n"
        "On Sunday the minister spoke in Dorn.\n"
    )
    colon = text.index(":")
    (a,) = [a for a in found if a.content.start <= colon < a.content.end or a.cue.start == colon]
    assert a.kind is CueKind.HEADLINE
    assert words(text, a.source) == "Varga"


@pytest.mark.parametrize(
    "text",
    [
        "The fighting drove thousands from the valley.\n\nLittle Relief for Refugees: Families "
        "sleep in tents and the camps have run out of water.",
        "The truce held for a third day.\n\nWhat Comes Next: The ceasefire is due to take effect "
        "on Tuesday, but neither army has pulled back.",
        "Hard Choices for Aid Groups: Food convoys have not reached the city since Monday.",
        "Little Relief for Refugees: “We have nothing left.”",
        "Quiet Streets: Most shops in the old town stayed shut on Friday.",
    ],
)
def test_a_subhead_names_no_speaker(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    text, found = extract(text)
    assert [words(text, a.source) for a in found if a.kind is CueKind.HEADLINE] == []


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Cruz: Just hang on.\n\nMore text here.", "Cruz"),
        ("Aliyev: 'We will go to the end'\n\nThe president spoke on Sunday.", "Aliyev"),
        (
            "Ministry of Defence: Air defences shot down two drones overnight.",
            "Ministry of Defence",
        ),
        ("Secretary of State Blinken: The talks were productive.", "Secretary of State Blinken"),
        (
            "Judicial Watch: The records show the agency knew of the raid in advance.",
            "Judicial Watch",
        ),
        (
            "Human Rights Watch: The strikes on the market were indiscriminate.",
            "Human Rights Watch",
        ),
        (
            'The moderator turned to him.\n\n"PENCE: Well, look, we have been clear about this.',
            "PENCE",
        ),
    ],
)
def test_names_and_groups_before_a_colon_still_speak(extract, text: str, source: str) -> None:  # type: ignore[no-untyped-def]
    text, found = extract(text)
    assert source in [words(text, a.source) for a in found if a.kind is CueKind.HEADLINE]


def test_watch_alone_labels_a_video(extract) -> None:  # type: ignore[no-untyped-def]
    _, found = extract("Watch: Drone footage of the flooded town.")
    assert [a for a in found if a.kind is CueKind.HEADLINE] == []


@pytest.mark.parametrize(
    ("text", "cue", "source", "content"),
    [
        (
            "Mayor Tom Ellis toured the shelter on Monday. He was blunt. Said Ellis: Nobody has "
            "come to help us.",
            "Said",
            "Ellis",
            "Nobody has come to help us",
        ),
        (
            "Mayor Tom Ellis toured the shelter on Monday.\n\nSaid Ellis: “We are not going "
            "anywhere until the shelling stops.”",
            "Said",
            "Ellis",
            "“We are not going anywhere until the shelling stops.”",
        ),
        (
            "Added Ellis: We will rebuild the school.",
            "Added",
            "Ellis",
            "We will rebuild the school",
        ),
    ],
)
def test_a_verb_before_its_speaker_and_a_colon(  # type: ignore[no-untyped-def]
    extract, text: str, cue: str, source: str, content: str
) -> None:
    text, found = extract(text)
    (a,) = [a for a in found if words(text, a.cue) == cue]
    assert (words(text, a.source), words(text, a.content)) == (source, content)


def test_said_before_a_name_used_nowhere_else_may_be_a_first_name(extract) -> None:  # type: ignore[no-untyped-def]
    text, found = extract("Said Haddad: “The bakery is closed.”\n\nMore text here.")
    # Read once: as the verb the tagger took it for, never again as a name 'Said Haddad'.
    assert [words(text, a.source) for a in found] == ["Haddad"]


_INTERVIEW = (
    "The commander gave his first interview since the offensive.\n\n"
    "In an interview with the Ruritanian Times on Monday, General Tomas Varga said his "
    "troops would hold the bridge.\n\n"
    "Q: Will your troops withdraw from the river?\n\n"
    "A: No. We will hold every bridge until the talks begin.\n\n"
    "Q: What do you need most?\n\n"
    "A: Fuel and shells, most of all."
)


def test_interview_answers_are_the_interviewees(extract) -> None:  # type: ignore[no-untyped-def]
    text, found = extract(_INTERVIEW)
    answers = [a for a in found if a.kind is CueKind.HEADLINE]
    assert [(words(text, a.source), words(text, a.content)) for a in answers] == [
        ("Tomas Varga", "No. We will hold every bridge until the talks begin"),
        ("Tomas Varga", "Fuel and shells, most of all"),
    ]


def test_interviewee_who_spoke_to_an_outlet(extract) -> None:  # type: ignore[no-untyped-def]
    text, found = extract(
        "Mara Ellis spoke to the Ruritanian Times:\n\nQ: Why did you stay in the town?\n\n"
        "A: My mother could not walk, so we stayed."
    )
    (a,) = [a for a in found if a.kind is CueKind.HEADLINE]
    assert words(text, a.source) == "Mara Ellis"


@pytest.mark.parametrize(
    "intro",
    [
        "The town has changed since the war. Answers have been edited for length.",
        "Tom Ellis and Mara Ellis spoke to the Ruritanian Times about the war.",
    ],
)
def test_interview_with_no_one_interviewee_has_no_answers(extract, intro: str) -> None:  # type: ignore[no-untyped-def]
    _, found = extract(intro + "\n\nQ: Why did you stay?\n\nA: My mother could not walk.")
    assert [a for a in found if a.kind is CueKind.HEADLINE] == []
