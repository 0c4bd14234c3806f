"""The lexicons are well formed: lower-case keys, no word in two roles that would clash."""

from __future__ import annotations

from sitrep.actors import lexicon


def test_keys_are_lower_case() -> None:
    for words in lexicon.TITLES:
        assert all(w == w.lower() for w in words)
    for table in (lexicon.MINISTRIES, lexicon.INSTITUTIONS, lexicon.TITLE_PREFIXES):
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
    for org in (*lexicon.NEWS_MEDIA, *lexicon.INTERNATIONAL_ORGANISATIONS):
        assert org.aliases
        for alias in org.aliases:
            assert seen.setdefault(alias, org.name) == org.name, alias


def test_parts_name_a_known_organisation() -> None:
    names = {org.name for org in lexicon.INTERNATIONAL_ORGANISATIONS}
    assert all(org.part_of in names for org in lexicon.INTERNATIONAL_ORGANISATIONS if org.part_of)
