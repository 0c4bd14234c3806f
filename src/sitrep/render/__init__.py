"""Rendering for people: the terminal report and the consoles every command prints to."""

from __future__ import annotations

import os
import sys
from typing import Any, TextIO

from rich.console import Console

# Output that goes to a file or a pipe has no terminal width; wide tables read better than 80.
PIPE_WIDTH = 140


def console(
    *, out: TextIO | None = None, stderr: bool = False, color: bool | None = None
) -> Console:
    """A rich console: the terminal's width on a TTY, else $COLUMNS or 140 columns."""
    stream = out if out is not None else (sys.stderr if stderr else sys.stdout)
    width = None
    if not stream.isatty():
        columns = os.environ.get("COLUMNS", "")
        width = int(columns) if columns.isdigit() else PIPE_WIDTH
    return Console(
        file=stream,
        force_terminal=color,
        no_color=color is False,
        width=width,
        highlight=False,
    )


def counted(n: int, noun: str, plural: str | None = None) -> str:
    """'1 report', '3 reports', '2 casualty reports': a number and its noun, agreeing."""
    return f"{n} {noun if n == 1 else plural or noun + 's'}"


# How each qualifier is shown before a figure: 'at least 4' is '≥ 4'.
_SIGNS = {
    "exact": "",
    "at_least": "≥ ",
    "more_than": "> ",
    "about": "~ ",
    "at_most": "≤ ",
    "nearly": "nearly ",
}


def as_reported(count: dict[str, Any] | None, value: Any = None) -> str:
    """A figure as the source gave it ("≥ 4", "10–15"); ``value`` when only the number is known."""
    if not count:
        return "" if value is None else f"{value:,}" if isinstance(value, int) else str(value)
    sign = _SIGNS.get(str(count.get("qualifier")), "")
    high = count.get("high")
    return f"{sign}{count['value']:,}" + (f"–{high:,}" if high is not None else "")
