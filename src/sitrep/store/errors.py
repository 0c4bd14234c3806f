"""Errors of the corpus store, rooted in :class:`sitrep.errors.SitrepError`.

SitrepError
 └── StoreError            the store cannot be opened, migrated or written (names the database)
"""

from __future__ import annotations

from sitrep.errors import SitrepError


class StoreError(SitrepError):
    """The corpus store cannot be opened, migrated or written; ``where`` names the database."""

    def __init__(self, where: str, reason: str) -> None:
        super().__init__(f"{where}: {reason}")
        self.where = where
        self.reason = reason
