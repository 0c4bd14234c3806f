"""Rendering reports for people: the terminal report."""
