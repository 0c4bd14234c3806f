"""sitrep: news about armed conflict in, a sourced, structured record out."""

from __future__ import annotations

__version__ = "0.1.0"

from sitrep.api import analyze, analyze_many, read_inputs
from sitrep.errors import SitrepError
from sitrep.records import Article, Report

__all__ = [
    "Article",
    "Report",
    "SitrepError",
    "__version__",
    "analyze",
    "analyze_many",
    "read_inputs",
]
