"""Benchmarks against the annotated corpora in ../shared/data, one module per benchmark."""
