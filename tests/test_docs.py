"""Every command and every setting a user can reach is documented in the README."""

from __future__ import annotations

import re

import click

from sitrep.cli import BENCHES, main
from tests.conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_every_command_is_in_the_readme() -> None:
    ctx = click.Context(main)
    missing = [name for name in main.list_commands(ctx) if f"sitrep {name}" not in README]
    assert not missing, f"commands not in README.md: {missing}"


def test_every_benchmark_is_in_the_readme() -> None:
    assert all(f"`{name}`" in README for name in BENCHES), "benchmarks missing from README.md"


def test_every_setting_is_in_the_readme() -> None:
    used: set[str] = set()
    for path in (ROOT / "src").rglob("*.py"):
        used |= set(re.findall(r"SITREP_[A-Z_]+", path.read_text(encoding="utf-8")))
    missing = sorted(name for name in used if name not in README)
    assert not missing, f"settings not in README.md: {missing}"
