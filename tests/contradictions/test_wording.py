"""What two statements share, and the one-line notes."""

from __future__ import annotations

from sitrep.contradictions.wording import ACT, CIVILIAN, clip, stems


def test_acts_and_the_spared_are_one_word_each() -> None:
    assert ACT in stems("the army shelled the villages") & stems("denied targeting civilians")
    assert CIVILIAN in stems("the army shelled the villages") & stems("denied targeting civilians")


def test_common_words_and_suffixes() -> None:
    words = stems("They said the convoys were attacking through the mountains")
    assert "convoy" in words and "mountain" in words
    assert "said" not in words and "through" not in words


def test_clip_cuts_at_a_word_and_drops_quotation_marks() -> None:
    line = clip(
        "“We will never\nwithdraw from the hills around the capital, whatever the cost may be,” he said"
    )
    assert "\n" not in line and "“" not in line
    assert line.endswith("…") and len(line) <= 72
    assert clip("short words.") == "short words."
