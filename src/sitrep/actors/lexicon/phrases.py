"""Lexicon tables: read-only maps, and multi-word phrases found by their last word."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from types import MappingProxyType


def frozen[K, V](entries: dict[K, V]) -> Mapping[K, V]:
    return MappingProxyType(entries)


class Phrases(Mapping[tuple[str, ...], str]):
    """Multi-word entries (lower-cased token tuples) -> canonical form, found by their last word.

    The possessive is its own token and is written ``'s`` ("prosecutor general's office").
    """

    def __init__(self, entries: dict[tuple[str, ...], str]) -> None:
        self._entries = MappingProxyType(entries)
        self._by_last: dict[str, tuple[tuple[tuple[str, ...], str], ...]] | None = None

    def __getitem__(self, words: tuple[str, ...]) -> str:
        return self._entries[words]

    def __iter__(self) -> Iterator[tuple[str, ...]]:
        return iter(self._entries)

    def __len__(self) -> int:
        return len(self._entries)

    def ending_with(self, word: str) -> tuple[tuple[tuple[str, ...], str], ...]:
        """The entries whose last word is ``word``, as (words, canonical form)."""
        if self._by_last is None:
            by_last: dict[str, list[tuple[tuple[str, ...], str]]] = {}
            for words, canonical in self._entries.items():
                by_last.setdefault(words[-1], []).append((words, canonical))
            self._by_last = {w: tuple(entries) for w, entries in by_last.items()}
        return self._by_last.get(word, ())
