"""Commitments in dispute, read end to end on hand-written news."""

from __future__ import annotations

from sitrep.pipeline.registry import DEFAULT_PIPELINE
from sitrep.records import ContradictionKind
from tests.conftest import DocBuilder

ALL = DEFAULT_PIPELINE  # every stage, read end to end
ACCUSED = (
    "YEREVAN, May 12 (Reuters) - Armenia accused Azerbaijan on Sunday of violating the "
    "ceasefire by shelling villages near the border. "
)


def _pairs(make_doc: DocBuilder, text: str) -> list[tuple[str, str, str]]:
    doc = make_doc(text, stages=ALL)
    by_id = {c.id: c for c in doc.claims}
    return [
        (
            by_id[k.between[0]].content.text(text),
            by_id[k.between[1]].content.text(text),
            k.note,
        )
        for k in doc.contradictions
        if k.kind is ContradictionKind.DENIAL
    ]


def test_the_accused_side_keeping_to_the_truce_answers_the_accusation(
    make_doc: DocBuilder,
) -> None:
    text = ACCUSED + "Azerbaijan's defence ministry said it remained committed to the truce."
    ((accusation, keeper, note),) = _pairs(make_doc, text)
    assert "violating the ceasefire" in accusation
    assert keeper == "it remained committed to the truce"
    assert "says it keeps to it" in note


def test_respecting_or_abiding_by_the_agreement_keeps_to_it(make_doc: DocBuilder) -> None:
    text = ACCUSED + "Baku insisted that it was abiding by the Russian-brokered agreement."
    ((_, keeper, _),) = _pairs(make_doc, text)
    assert "abiding by" in keeper


def test_a_side_no_longer_committed_does_not_answer(make_doc: DocBuilder) -> None:
    text = ACCUSED + "Azerbaijan's defence ministry said it was no longer committed to the truce."
    assert _pairs(make_doc, text) == []


def test_a_call_on_both_sides_to_respect_the_truce_answers_nothing(make_doc: DocBuilder) -> None:
    text = ACCUSED + "Russia said both sides must respect the agreement."
    assert _pairs(make_doc, text) == []


def test_an_outright_denial_by_the_same_side_is_not_doubled(make_doc: DocBuilder) -> None:
    text = (
        ACCUSED + "Azerbaijan's defence ministry denied the accusation. "
        "The ministry said it remained committed to the truce."
    )
    pairs = _pairs(make_doc, text)
    assert len(pairs) == 1, pairs


def test_a_pledge_to_halt_attacks_is_broken_by_the_pledging_sides_attack(
    make_doc: DocBuilder,
) -> None:
    text = (
        "Fighters of the Northland Front attacked an army base in Orsk on Saturday, killing "
        "three soldiers, the army said, days after the Northland Front pledged to halt "
        "offensive operations."
    )
    doc = make_doc(text, stages=ALL)
    broken = [k for k in doc.contradictions if k.kind is ContradictionKind.OTHER]
    assert len(broken) == 1
    assert "commitment broken?" in broken[0].note
    assert "attacked an army base" in broken[0].note


def test_an_attack_told_in_the_headline_breaks_a_pledge_by_its_later_telling(
    make_doc: DocBuilder,
) -> None:
    text = (
        "Northland Front fighters attack army base in Orsk despite truce pledge\n\n"
        "The Northland Front pledged on Monday to halt offensive operations. "
        "Fighters of the Northland Front attacked an army base in Orsk on Saturday, killing "
        "three soldiers, the army said."
    )
    doc = make_doc(text, stages=ALL)
    broken = [k for k in doc.contradictions if k.kind is ContradictionKind.OTHER]
    assert len(broken) == 1, doc.contradictions
    assert "attacked an army base in Orsk" in broken[0].note


def test_an_attack_by_another_side_breaks_no_pledge_to_halt_attacks(
    make_doc: DocBuilder,
) -> None:
    text = (
        "The Northland Front pledged on Monday to halt offensive operations. "
        "Government troops attacked a village in Orsk on Saturday, killing three people, "
        "residents said."
    )
    doc = make_doc(text, stages=ALL)
    assert [k for k in doc.contradictions if k.kind is ContradictionKind.OTHER] == []


def test_the_group_accused_of_breaking_a_truce_it_pledged_to_keep(make_doc: DocBuilder) -> None:
    text = (
        "BEIRUT, Dec 3 - Hezbollah fired rockets at an Israeli army post on Monday. The Israeli "
        "military accused the group of violating the truce. The group had pledged on Nov. 26 to "
        "abide by the agreement."
    )
    ((accusation, keeper, note),) = _pairs(make_doc, text)
    assert accusation == "the group of violating the truce"
    assert keeper.startswith("to abide by the agreement")
    assert "Hezbollah pledged to keep to it" in note


def test_both_sides_pledge_is_broken_once(make_doc: DocBuilder) -> None:
    text = (
        "The foreign ministers of Armenia and Azerbaijan met in Geneva on Friday. The two "
        "sides agreed not to target civilian settlements. On Saturday, officials in Stepanakert "
        "said drones had struck civilian settlements near Martuni."
    )
    doc = make_doc(text, stages=ALL)
    (broken,) = [k for k in doc.contradictions if k.kind is ContradictionKind.OTHER]
    by_id = {c.id: c for c in doc.claims}
    assert all(by_id[i].speaker for i in broken.between[:2])
    assert len(broken.between) == 3
    assert (broken.note or "").startswith("commitment broken? Armenia and Azerbaijan agreed")
