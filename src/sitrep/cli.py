"""The command line: parse arguments, call the API, render. No domain logic here."""

from __future__ import annotations

import importlib
import importlib.util
import json
import logging
import os
import sys
from collections.abc import Callable, Iterator
from typing import Any, TextIO

import click

from sitrep import __version__
from sitrep.errors import InputError, SitrepError

FORMATS = ("text", "json", "jsonl")

# sitrep bench NAME -> the module that defines `command`; imported only when that bench runs.
BENCHES: dict[str, str] = {
    "speed": "sitrep.bench.speed",
    "timex": "sitrep.bench.timex",
    "geo": "sitrep.bench.geo",
    "attribution": "sitrep.bench.attribution",
    "events": "sitrep.bench.events",
    "casualties": "sitrep.bench.casualties",
    "merge": "sitrep.bench.merge",
    "ingest": "sitrep.bench.ingest",
}


# Exit status when the user interrupts (Ctrl-C), as shells report SIGINT.
INTERRUPTED = 130
# Libraries whose own warnings about an input say less than sitrep's error line naming it.
_QUIET_LOGGERS = ("trafilatura", "htmldate", "charset_normalizer")


def _error(message: str) -> None:
    click.echo(f"sitrep: error: {message}", err=True)


class _Main(click.Group):
    """The top command: an error sitrep raises on purpose is one line, never a traceback."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except SitrepError as exc:
            _error(str(exc))
            sys.exit(1)
        except click.UsageError:
            raise  # click shows the usage line with it
        except click.ClickException as exc:
            # every command's errors read alike: "sitrep: error: ...", not click's "Error: ..."
            _error(exc.format_message())
            sys.exit(exc.exit_code)


@click.group(cls=_Main, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="sitrep")
@click.option("-v", "--verbose", is_flag=True, help="Log what the pipeline loads and decides.")
def main(verbose: bool) -> None:
    """sitrep: news about armed conflict in, a sourced, structured record out."""
    logging.basicConfig(
        level=logging.INFO if verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
    )
    if not verbose:
        for name in _QUIET_LOGGERS:
            logging.getLogger(name).setLevel(logging.CRITICAL)


@main.command()
@click.argument("paths", nargs=-1, metavar="[PATH|-]...")
@click.option("--published", metavar="DATE", help="Publication date for inputs that carry none.")
@click.option("--source", metavar="NAME", help="Outlet name for inputs that carry none.")
@click.option("--title", metavar="TEXT", help="Title for inputs that carry none.")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(FORMATS),
    default="text",
    show_default=True,
    help="text: readable report; json: report-1 (an array when several); jsonl: one per line.",
)
@click.option(
    "--input-format",
    type=click.Choice(["text", "html", "jsonl", "json"]),
    default=None,
    help="Read every input as this kind instead of guessing from its name.",
)
@click.option(
    "--color/--no-color", default=None, help="Colour the text report (default: on a TTY)."
)
def analyze(
    paths: tuple[str, ...],
    published: str | None,
    source: str | None,
    title: str | None,
    fmt: str,
    input_format: str | None,
    color: bool | None,
) -> None:
    """Analyse articles (.txt, .html, .jsonl, .json, feeds, folders or - for standard input).

    \b
    Examples:
      sitrep analyze article.txt --published 2020-11-01
      sitrep analyze page.html --format json > report.json
      sitrep analyze --format jsonl articles.jsonl > reports.jsonl
      cat article.txt | sitrep analyze - --published 2020-11-01
    """
    from sitrep import api
    from sitrep.ingest import ArticleDefaults, parse_date
    from sitrep.records import Failure, Report

    if not paths:
        if sys.stdin is None or sys.stdin.isatty():
            raise click.UsageError("give one or more paths, or - to read standard input")
        paths = ("-",)
    try:
        date = parse_date(published, origin="--published") if published else None
    except InputError as exc:
        _error(str(exc))
        sys.exit(2)
    if "-" in paths and sys.stdin is not None and sys.stdin.isatty():
        click.echo("sitrep: reading the article from the terminal; end it with Ctrl-D", err=True)
    defaults = ArticleDefaults(published=date, source=source, title=title)
    items = api.read_inputs(paths, defaults=defaults, kind=input_format)
    failures: list[Failure] = []
    analysed = 0

    def reports() -> Iterator[Report]:
        nonlocal analysed
        for result in api.analyze_many(items):
            if isinstance(result, Failure):
                failures.append(result)
                _error(str(result))
            else:
                analysed += 1
                yield result

    out = sys.stdout
    try:
        _write(reports(), fmt=fmt, out=out, color=color, read=lambda: analysed + len(failures))
    except KeyboardInterrupt:
        # Every report already written is whole (jsonl: one flushed line each); say where it
        # stopped instead of a traceback.
        click.echo(
            f"sitrep: interrupted: {_tally(analysed, len(failures))} before the interruption",
            err=True,
        )
        sys.exit(INTERRUPTED)
    except BrokenPipeError:
        # The reader went away (`| head`): stop quietly, and keep Python from complaining
        # again when it flushes stdout at exit.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        sys.exit(1)
    if failures or analysed > 1:
        click.echo(f"sitrep: {_tally(analysed, len(failures))}", err=True)
    if failures:
        sys.exit(1)


def _tally(analysed: int, failed: int) -> str:
    inputs = analysed + failed
    return f"{analysed} of {inputs} article{'s' if inputs != 1 else ''} analysed, {failed} failed"


def _write(
    reports: Iterator[object],
    *,
    fmt: str,
    out: TextIO,
    color: bool | None,
    read: Callable[[], int] = lambda: 0,
) -> None:
    """Write the reports as they come; ``read`` counts the articles read so far, failed ones
    included, so that `json` is an object for one article and an array for several, however
    many of them failed."""
    from sitrep.records import Report

    if fmt == "jsonl":
        for report in reports:
            assert isinstance(report, Report)
            out.write(report.to_json(indent=None) + "\n")
            out.flush()
    elif fmt == "json":
        collected: list[dict[str, object]] = []
        try:
            collected.extend(r.to_dict() for r in reports if isinstance(r, Report))
        finally:
            # Interrupted or not, the reports finished so far come out as valid JSON.
            # several articles read make an array, an empty one when every one failed
            if collected or read() > 1:
                payload = collected[0] if read() <= 1 else collected
                out.write(json.dumps(payload, ensure_ascii=False, indent=1) + "\n")
    else:
        from sitrep.render.text import render_report

        for report in reports:
            assert isinstance(report, Report)
            render_report(report, out=out, color=color)


class _Benches(click.Group):
    """`sitrep bench NAME`: each benchmark lives in its own module, imported only when run."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return [n for n, m in BENCHES.items() if importlib.util.find_spec(m) is not None]

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        module_name = BENCHES.get(cmd_name)
        if module_name is None or importlib.util.find_spec(module_name) is None:
            return None
        command = importlib.import_module(module_name).command
        assert isinstance(command, click.Command)
        return command


@main.group(cls=_Benches)
def bench() -> None:
    """Measure speed and quality against the annotated corpora in ../shared/data."""


# The corpus commands (ingest, queries, report, export, db) live in sitrep.commands.corpus.
from sitrep.commands.corpus import COMMANDS as _CORPUS_COMMANDS  # noqa: E402

for _command in _CORPUS_COMMANDS:
    main.add_command(_command)


if __name__ == "__main__":  # pragma: no cover
    main()
