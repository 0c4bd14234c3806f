"""The one error hierarchy of sitrep. Every error says what it is about (which input, which stage).

SitrepError
 ├── InputError            an input cannot be read or understood (names the input)
 ├── ModelNotFoundError    no spaCy English pipeline is installed (says what to install)
 ├── GazetteerError        the gazetteer is missing or corrupt (names the file)
 ├── PipelineError         stages are missing or out of order (found when the pipeline is built)
 ├── StageError            a stage failed on one article (names the article and the stage)
 └── RecordError           a record was built without valid evidence or references
"""

from __future__ import annotations


class SitrepError(Exception):
    """Root of every error sitrep raises on purpose."""


class InputError(SitrepError):
    """An input could not be read or understood; ``origin`` names it (path, 'stdin', 'f.jsonl:3')."""

    def __init__(self, origin: str, reason: str) -> None:
        super().__init__(f"{origin}: {reason}")
        self.origin = origin
        self.reason = reason


class ModelNotFoundError(SitrepError):
    """No usable spaCy English pipeline is installed."""


class GazetteerError(SitrepError):
    """The gazetteer file is missing, unreadable or corrupt."""


class PipelineError(SitrepError):
    """The pipeline is ill-formed: an unknown stage, or a stage before the stages it needs."""


class StageError(SitrepError):
    """A stage failed on one article."""

    def __init__(self, stage: str, article_id: str, cause: BaseException) -> None:
        super().__init__(f"stage {stage} failed on article {article_id}: {cause}")
        self.stage = stage
        self.article_id = article_id
        self.__cause__ = cause


class StoreError(SitrepError):
    """The corpus store cannot be opened, migrated or written; ``where`` names the database."""

    def __init__(self, where: str, reason: str) -> None:
        super().__init__(f"{where}: {reason}")
        self.where = where
        self.reason = reason


class RecordError(SitrepError, ValueError):
    """A record is malformed: a bad span, a dangling reference, a missing evidence span."""
