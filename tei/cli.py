"""The ``tei`` command: a thin click layer over the library.

Every command prints diagnostics to standard error in the one format
(``file:line:col: severity[code]: message``) and exits 0 on success, 1 when
the input was read but is invalid, 2 when it could not be used at all. A user
mistake never shows a traceback.
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

from . import corpus
from .diagnostics import Diagnostic, Severity, TeiError
from .encoder import encode
from .version import __version__
from .xmlio import write_atomic

EXIT_OK, EXIT_INVALID, EXIT_UNUSABLE = 0, 1, 2


def _emit(diagnostics: list[Diagnostic], quiet: bool = False) -> None:
    for diagnostic in diagnostics:
        if quiet and diagnostic.severity is Severity.INFO:
            continue
        click.echo(diagnostic.format(), err=True)


def _fail(exc: TeiError) -> None:
    _emit(exc.diagnostics)
    sys.exit(EXIT_UNUSABLE)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="tei")
def main() -> None:
    """Encode transcripts of archival records as TEI P5, validate and render them."""


@main.command("encode")
@click.argument("source", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--meta", "meta", type=click.Path(dir_okay=False, path_type=Path),
              help="Sidecar TOML with the metadata (default: SOURCE with .toml, if present).")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              help="Write the TEI here (default: standard output).")
@click.option("--encoding", help="Character encoding of SOURCE when it is not UTF-8 (e.g. cp1252).")
@click.option("--no-sidecar", is_flag=True, help="Ignore a sidecar next to SOURCE.")
@click.option("-q", "--quiet", is_flag=True, help="Do not print informational notes (queries for the editor).")
def encode_command(source: Path, meta: Path | None, output: Path | None, encoding: str | None,
                   no_sidecar: bool, quiet: bool) -> None:
    """Encode the transcript SOURCE as a TEI P5 document."""
    try:
        if output is not None and output.resolve() == source.resolve():
            raise TeiError(corpus.same_path_error(source))
        result = encode(source, meta, encoding=encoding, find_sidecar=not no_sidecar)
        _emit(list(result.diagnostics), quiet)
        data = result.to_bytes()
        if output is None:
            sys.stdout.buffer.write(data)
            sys.stdout.buffer.flush()
        else:
            write_atomic(output, data)
    except TeiError as exc:
        _fail(exc)


@main.command("build")
@click.argument("seeds", type=click.Path(file_okay=False, path_type=Path), default=Path("seeds"))
@click.option("-o", "--output", type=click.Path(file_okay=False, path_type=Path), default=Path("editions"),
              help="Folder of the editions (default: editions).")
@click.option("--check", is_flag=True, help="Write nothing; fail if a committed edition differs from a new build.")
@click.option("-q", "--quiet", is_flag=True, help="Do not print informational notes.")
def build_command(seeds: Path, output: Path, check: bool, quiet: bool) -> None:
    """Encode every transcript in SEEDS (default: seeds) into OUTPUT."""
    if not seeds.is_dir():
        click.echo(f"{seeds}: error[seeds-missing]: no such folder", err=True)
        sys.exit(EXIT_UNUSABLE)
    report = corpus.build(seeds, output, check=check)
    _emit(report.diagnostics, quiet)
    for line in report.lines():
        click.echo(line, err=True)
    sys.exit(report.exit_code)


if __name__ == "__main__":  # pragma: no cover
    main()
