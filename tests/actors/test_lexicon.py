"""The lexicons are well formed: lower-case keys, no word in two roles that would clash."""

from __future__ import annotations

from sitrep.actors import lexicon


def test_keys_are_lower_case() -> None:
    for phrases in (lexicon.TITLES, lexicon.INSTITUTIONS):
        for entry in phrases:
            assert all(w == w.lower() for w in entry)
    for table in (lexicon.MINISTRIES, lexicon.TITLE_PREFIXES):
        assert all(k == k.lower() for k in table)
    for words in (
        lexicon.STATE_FORCE_NOUNS,
        lexicon.IRREGULAR_FORCE_NOUNS,
        lexicon.POPULATION_NOUNS,
        lexicon.MEDIA_NOUNS,
    ):
        assert all(w == w.lower() for w in words)


def test_force_nouns_are_either_regular_or_irregular() -> None:
    assert not lexicon.STATE_FORCE_NOUNS & lexicon.IRREGULAR_FORCE_NOUNS


def test_known_organisations_have_unique_aliases() -> None:
    seen: dict[str, str] = {}
    for org in (
        *lexicon.NEWS_MEDIA,
        *lexicon.INTERNATIONAL_ORGANISATIONS,
        *lexicon.ARMED_GROUPS,
    ):
        assert org.aliases
        for alias in org.aliases:
            assert seen.setdefault(alias, org.name) == org.name, alias


def test_parts_name_a_known_organisation() -> None:
    names = {org.name for org in lexicon.INTERNATIONAL_ORGANISATIONS}
    assert all(org.part_of in names for org in lexicon.INTERNATIONAL_ORGANISATIONS if org.part_of)


def test_phrases_are_found_by_their_last_word() -> None:
    found = dict(lexicon.INSTITUTIONS.ending_with("office"))
    assert found[("prosecutor", "general", "'s", "office")] == "Prosecutor General's Office"
    assert all(words[-1] == "office" for words in found)
    assert lexicon.TITLES.ending_with("no-such-word") == ()


def test_shared_titles_are_titles() -> None:
    assert set(lexicon.TITLES.values()) >= lexicon.SHARED_TITLES
