"""Inputs to Articles: plain text, HTML pages, JSON Lines, standard input.

Every reader yields :class:`~sitrep.records.Article` or, for an input that cannot be read, a
:class:`~sitrep.pipeline.runner.Failure` naming it: one bad input never stops the others.
"""

from __future__ import annotations

from sitrep.ingest.readers import ArticleDefaults, parse_date, read_inputs, read_path

__all__ = ["ArticleDefaults", "parse_date", "read_inputs", "read_path"]
