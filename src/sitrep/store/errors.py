"""Errors of the corpus store. The class lives in the one error tree, :mod:`sitrep.errors`."""

from __future__ import annotations

from sitrep.errors import StoreError

__all__ = ["StoreError"]
