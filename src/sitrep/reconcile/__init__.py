"""Across articles: what several sources report about the same thing, kept apart and compared."""
