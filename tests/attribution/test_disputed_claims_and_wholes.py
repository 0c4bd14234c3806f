"""Claims end to end where a statement is disputed in an aside after it ('a claim denied by
Kyiv', 'an assertion that Kyiv rejected'), where a speaker named after the words is followed
by a side clause of its own, and where a participle hung inside another's words tells when it
was said; and casualty rows whose wounded belong to the whole figure, not a part of it."""

from __future__ import annotations

from typing import Any

import pytest

from tests.attribution.conftest import analysed, claims_read

pytestmark = pytest.mark.slow


def _report(text: str) -> dict[str, Any]:
    return analysed(text, "2026-11-26")


def _claims(text: str) -> list[dict[str, Any]]:
    return claims_read(_report(text), text)


@pytest.mark.parametrize(
    "aside",
    ["a claim denied by Ukraine", "an assertion that Ukraine rejected", "a claim Ukraine denied"],
)
def test_a_statement_disputed_in_an_aside_is_denied_as_what_it_says(aside: str) -> None:
    text = f"Russia said on Wednesday its forces had captured the village of Dovhe, {aside}."
    report = _report(text)
    claims = _claims(text)
    said, denied = claims
    assert said["cue"] == "said"
    assert said["content"] == "its forces had captured the village of Dovhe"
    assert denied["speaker"] == "Ukraine"
    assert denied["stance"] in {"deny", "reject"}
    assert denied["content"] == said["content"]
    kinds = [c["kind"] for c in report["contradictions"]]
    assert "denial" in kinds


def test_the_claim_that_says_a_clause_keeps_its_clause() -> None:
    text = "Russia repeated the claim that Ukraine rejected the offer of talks."
    claims = _claims(text)
    assert any(c["content"].endswith("that Ukraine rejected the offer of talks") for c in claims)
    rejected = next(c for c in claims if c["cue"] == "rejected")
    assert rejected["content"] == "the offer of talks"


def test_what_a_speaker_named_after_the_words_said_ends_before_the_speaker() -> None:
    text = (
        "At least 31 people were killed when shells hit a market in the town on Tuesday, a "
        "medical group said, while the army and the militia blamed each other for the attack."
    )
    said = next(c for c in _claims(text) if c["cue"] == "said")
    assert said["content"] == (
        "At least 31 people were killed when shells hit a market in the town on Tuesday"
    )


def test_a_participle_hung_inside_the_dismissed_claim_is_dated_by_the_dismissal() -> None:
    text = (
        "Ukraine on Monday dismissed as fiction a Russian claim that its forces had surrounded "
        "two brigades near the town of Dovhe, saying its troops were holding their positions."
    )
    saying = next(c for c in _claims(text) if c["cue"] == "saying")
    assert saying["speaker"] == "Ukraine"
    assert saying["date"] == "2026-11-23"


def test_the_wounded_after_a_part_belong_to_the_whole_figure() -> None:
    text = (
        "The medical group said in a statement that 31 civilians, including nine children, "
        "had died and more than 70 were wounded."
    )
    rows = _report(text)["casualties"]
    whole = next(k for k in rows if k["killed"]["value"] == 31)
    part = next(k for k in rows if k["killed"]["value"] == 9)
    assert whole["injured"]["value"] == 70
    assert part.get("injured") is None


def test_a_quotation_going_on_after_its_speaker_has_two_parts() -> None:
    text = (
        '"The enemy is lying, as it always does," said Ivan Petrenko, a spokesman for the '
        'forces in the area. "Our units are where they were yesterday."'
    )
    (claim,) = _report(text)["claims"]
    parts = [text[p["start"] : p["end"]] for p in claim["content_parts"]]
    assert parts == [
        '"The enemy is lying, as it always does,"',
        '"Our units are where they were yesterday."',
    ]


def test_a_statement_in_one_stretch_has_no_parts() -> None:
    text = "Ivan Petrenko, a spokesman for the forces, said the town was still held."
    (claim,) = _report(text)["claims"]
    assert "content_parts" not in claim


def test_what_is_said_of_the_noun_before_a_relative_clause() -> None:
    text = (
        "The navy said its gunboats had sunk two skiffs near the cape, including a supply "
        "boat that it said had carried mines on Friday night."
    )
    claims = _report(text)["claims"]
    held = claims[-1]
    assert text[held["content"]["start"] : held["content"]["end"]] == (
        "a supply boat that it said had carried mines on Friday night"
    )
    parts = [text[p["start"] : p["end"]] for p in held["content_parts"]]
    assert parts == ["a supply boat", "had carried mines on Friday night"]
