"""The ``tei`` command: a thin click layer over the library.

Every command prints diagnostics to standard error in the one format
(``file:line:col: severity[code]: message``) and exits 0 on success, 1 when
the input was read but is invalid, 2 when it could not be used at all. A user
mistake never shows a traceback.
"""

from __future__ import annotations

import codecs
import sys
from collections.abc import Callable
from typing import NoReturn
from pathlib import Path

import click

from . import corpus, validation
from .command import EXIT_INTERRUPTED
from .diagnostics import Diagnostic, Severity, TeiError, counted, error, grouped_notes
from .encoder import encode
from .version import __version__
from .xmlio import serialise_to, utf8_batches, write_streamed

EXIT_OK, EXIT_INVALID, EXIT_UNUSABLE = 0, 1, 2


def _emit(diagnostics: list[Diagnostic], quiet: bool = False) -> None:
    for diagnostic in diagnostics:
        if quiet and diagnostic.severity is Severity.INFO:
            continue
        click.echo(diagnostic.format(), err=True)


def _standard_output(output: Path | None) -> Path | None:
    """``-o -``: standard output, as the shell's tools read a dash (it had written a file named "-")."""
    return None if output is not None and str(output) == "-" else output


def _write(write_into: Callable[[Callable[[bytes], None]], None], output: Path | None) -> None:
    """An output made a piece at a time (``write_into(write)``): to the file atomically, never held whole;
    or to standard output, whole, once it is all made (a failure part way writes nothing there either)."""
    if output is None:
        pieces: list[bytes] = []
        write_into(pieces.append)
        sys.stdout.buffer.write(b"".join(pieces))
        sys.stdout.buffer.flush()
    else:
        write_streamed(output, write_into)


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
              help="Write the TEI here (default, or -: standard output).")
@click.option("--encoding", help="Character encoding of SOURCE when it is not UTF-8 (e.g. cp1252).")
@click.option("--no-sidecar", is_flag=True, help="Ignore a sidecar next to SOURCE, and the collection.toml of its folder.")
@click.option("-q", "--quiet", is_flag=True, help="Do not print informational notes (queries for the editor).")
def encode_command(source: Path, meta: Path | None, output: Path | None, encoding: str | None,
                   no_sidecar: bool, quiet: bool) -> None:
    """Encode the transcript SOURCE as a TEI P5 document."""
    output = _standard_output(output)
    try:
        if output is not None and output.resolve() == source.resolve():
            raise TeiError(corpus.same_path_error(source))
        result = encode(source, meta, encoding=encoding, find_sidecar=not no_sidecar)
        _emit(list(result.diagnostics), quiet)
        # Invalid output is never written: the project's schema and rules check it first.
        problems = validation.validate_result(result, str(output) if output is not None else "<stdout>",
                                              in_place=True)
        _emit(problems, quiet)
        if any(d.severity is Severity.ERROR for d in problems):
            click.echo(f"{output or '<stdout>'}: not written: the encoded TEI is not valid", err=True)
            sys.exit(EXIT_INVALID)
        _write(lambda write: serialise_to(result.tree, write), output)
    except TeiError as exc:
        _fail(exc)


@main.command("build")
@click.argument("seeds", type=click.Path(path_type=Path), default=Path("seeds"))  # (a file: stopped(), below)
@click.option("-o", "--output", type=click.Path(path_type=Path), default=Path("editions"),
              show_default=True, help="Folder of the editions.")
@click.option("-j", "--jobs", type=click.IntRange(1, 256), default=None,
              help="Worker processes (default: the machine's cores).")
@click.option("--to", "formats", default=None,
              help="Comma-separated formats among xml,html,text,pdf (default: all; pdf when its extra is installed).")
@click.option("--check", is_flag=True,
              help="Write nothing; exit 1 if an edition differs from a new build or has no transcript.")
@click.option("--force", is_flag=True, help="Rebuild every document, even those unchanged since the last build.")
@click.option("--report", "report_format", type=click.Choice(["json"]), default=None,
              help="json: print a machine-readable report on standard output.")
@click.option("--encoding", help="Character encoding of the transcripts that are not UTF-8 and whose sidecar "
                                 "names none (e.g. cp1252).")
@click.option("-q", "--quiet", is_flag=True, help="Do not print informational notes.")
@click.option("-v", "--verbose", is_flag=True,
              help="Print every informational note (by default, one line for each kind, with its count).")
def build_command(seeds: Path, output: Path, jobs: int | None, formats: str | None, check: bool, force: bool,
                  report_format: str | None, encoding: str | None, quiet: bool, verbose: bool) -> None:
    """Encode, validate and render every transcript in SEEDS (default: seeds) into OUTPUT, with an index.

    The editions of a transcript removed from SEEDS are removed too (those this tool built).
    """
    import json
    import os

    def stopped(*diagnostics: Diagnostic, exit_code: int = EXIT_UNUSABLE) -> NoReturn:
        """The build stopped before any record: the errors, and with --report json a report that says so."""
        _emit(diagnostics)
        if report_format == "json":
            report = corpus.Report().as_dict(stopped_by=list(diagnostics), exit_code=exit_code)
            click.echo(json.dumps(report, ensure_ascii=False, indent=2))
        sys.exit(exit_code)

    # (Refused here, not by click: --report json then prints the report that says why the build stopped.)
    if not seeds.is_dir():
        stopped(error("seeds-missing", "a file, not a folder of transcripts" if seeds.exists() else "no such folder",
                      str(seeds), hint="name the folder that holds the transcripts" if seeds.exists() else None))
    if output.exists() and not output.is_dir():
        stopped(error("output-unwritable", "a file, not a folder: the editions cannot be written into it", str(output),
                      hint="name a folder with -o (one that does not exist yet is made)"))
    chosen = None
    if formats is not None:
        chosen = [f.strip() for f in formats.split(",") if f.strip()]
        if not chosen:  # (``--to ''`` had built every format, a PDF each too)
            raise click.BadParameter(f"no format named; choose from {', '.join(corpus.FORMATS)}", param_hint="--to")
        unknown = [f for f in chosen if f not in corpus.FORMATS]
        if unknown:
            raise click.BadParameter(f"unknown format {unknown[0]!r}; choose from {', '.join(corpus.FORMATS)}",
                                     param_hint="--to")
        if "pdf" in chosen and not corpus.pdf_available():
            click.echo(f"error[pdf-unavailable]: PDF output needs WeasyPrint\n  hint: {rendering_hint()}", err=True)
            sys.exit(EXIT_UNUSABLE)

    if encoding is not None:
        try:
            codecs.lookup(encoding)
        except LookupError:
            raise click.BadParameter(f"unknown encoding {encoding!r}; a Python codec name such as cp1252 or "
                                     "latin-1", param_hint="--encoding") from None

    def progress(results, total):
        if not sys.stderr.isatty() or total < 20:
            return results
        return _progress(results, total)

    try:
        report = corpus.build(seeds, output, check=check, jobs=jobs or os.cpu_count() or 1, formats=chosen,
                              progress=progress, incremental=not force, encoding=encoding)
    except TeiError as exc:  # the collection file is wrong, or the output folder cannot be written
        stopped(*exc.diagnostics)
    except corpus.BuildInterrupted as exc:
        click.echo(str(exc), err=True)
        sys.exit(EXIT_INTERRUPTED)
    diagnostics = report.diagnostics
    _emit(diagnostics, quiet=quiet or not verbose)
    if not quiet and not verbose:
        notes = grouped_notes(diagnostics)
        for line in notes:
            click.echo(line, err=True)
        if notes:
            click.echo("(each note: tei build -v, or --report json)", err=True)
    if not quiet and report.notes_not_repeated:
        click.echo(f"({counted(report.notes_not_repeated, 'note')} of the records up to date counted, not repeated: "
                   "tei build --force lists them)", err=True)
    for line in report.lines():
        click.echo(line, err=True)
    if report_format == "json":
        click.echo(json.dumps(report.as_dict(), ensure_ascii=False, indent=2))
    sys.exit(report.exit_code)


def _progress(results, total):
    with click.progressbar(length=total, label="building", file=sys.stderr) as bar:
        for item in results:
            bar.update(1)
            yield item


def rendering_hint() -> str:
    from .render import PDF_HINT

    return PDF_HINT


@main.command("render")
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--to", "to", type=click.Choice(["html", "text", "pdf"]), default="html", show_default=True,
              help="Output format.")
@click.option("--diplomatic", is_flag=True,
              help="The source's conventions back: brackets where the transcript had them, names as written.")
@click.option("--pages", type=click.Choice(["inline", "margin", "none"]), default="inline", show_default=True,
              help="Plain text: page numbers inline ([p. 2]), in the right margin, or not at all (the "
                   "diplomatic text has none: its words are the transcript's alone).")
@click.option("--width", type=click.IntRange(20, 500), default=72, show_default=True,
              help="Plain text: wrap at this many columns.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              help="Write here (default, or -: standard output; a PDF needs -o or a redirect).")
def render_command(file: Path, to: str, diplomatic: bool, pages: str, width: int, output: Path | None) -> None:
    """Render the TEI document FILE as an HTML edition, plain text or PDF."""
    from . import render as rendering
    from .xmlio import parse_file

    output = _standard_output(output)
    try:
        if output is not None and output.resolve() == file.resolve():
            raise TeiError(corpus.same_path_error(file, "TEI document"))
        if to == "pdf" and output is None and sys.stdout.isatty():
            raise TeiError(Diagnostic("pdf-to-terminal", Severity.ERROR, "a PDF is binary; not writing it to a terminal",
                                      str(file), hint="give -o FILE.pdf, or redirect standard output"))
        tree = parse_file(file)
        options = {"pages": pages, "width": width} if to == "text" else {}
        ((_, made),) = rendering.render_streams(tree, (to,), diplomatic, **options)
        del tree  # read into the view model: not held while the output is made

        def write_into(write: Callable[[bytes], None]) -> None:
            for data in ((made,) if isinstance(made, bytes) else utf8_batches(made)):
                write(data)

        _write(write_into, output)
    except TeiError as exc:
        for diagnostic in exc.diagnostics:
            if diagnostic.file is None:
                diagnostic = Diagnostic(diagnostic.code, diagnostic.severity, diagnostic.message, str(file),
                                        diagnostic.position, diagnostic.hint)
            click.echo(diagnostic.format(), err=True)
        sys.exit(EXIT_UNUSABLE)


@main.command("validate")
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--schema", "schema_path", type=click.Path(dir_okay=False, path_type=Path),
              help="Validate against this RELAX NG schema (XML syntax) instead.")
@click.option("--tei-all", "use_tei_all", is_flag=True,
              help="Validate against TEI's full schema (RELAX NG only: its embedded Schematron needs XPath 2 "
                   "and is not run).")
@click.option("--tei-all-path", type=click.Path(dir_okay=False, path_type=Path),
              help="Where tei_all.rng is (default: $TEI_ALL_RNG). Nothing is ever downloaded.")
@click.option("--transcripts", type=click.Path(file_okay=False, path_type=Path),
              help="Folder of the transcripts, to name the transcript line of each error in encoded documents "
                   "(default: beside the file, or ../seeds).")
@click.option("--format", "output_format", type=click.Choice(["text", "json"]), default="text", show_default=True,
              help="json: one JSON object on standard output, for machines.")
def validate_command(files: tuple[Path, ...], schema_path: Path | None, use_tei_all: bool,
                     tei_all_path: Path | None, transcripts: Path | None, output_format: str) -> None:
    """Validate TEI files (FILE may be a folder: its *.xml files; - reads standard input).

    By default, documents that declare the project's schema (or that the encoder
    made) are checked against it and its Schematron rules; other TEI against the
    RELAX NG schema their <?xml-model?> names when it is a local file, else the
    project's schema. Exit status: 0 valid, 1 invalid, 2 unusable input or arguments.
    """
    import json
    from contextlib import nullcontext

    if schema_path is not None and (use_tei_all or tei_all_path is not None):
        raise click.UsageError("--schema and --tei-all name two different schemas: give one")
    try:
        if use_tei_all or tei_all_path is not None:
            if sys.stderr.isatty():
                click.echo("compiling TEI's full schema (tei_all.rng): a few seconds…", err=True)
            schema = validation.tei_all_schema(tei_all_path)
        elif schema_path is not None:
            schema = validation.rng_schema(schema_path, tei=False)
        else:
            schema = None
    except TeiError as exc:
        _fail(exc)
    paths = [p for given in files for p in (sorted(given.rglob("*.xml")) if given.is_dir() else [given])]
    summary = validation.Summary()
    reports = []
    show_bar = sys.stderr.isatty() and len(paths) >= 20
    held: list[Diagnostic] = []
    bar = click.progressbar(paths, label="validating", file=sys.stderr) if show_bar else nullcontext(paths)
    with bar as items:
        for path in items:
            if str(path) == "-":  # standard input: what `tei encode` printed, piped in
                report = validation.validate_bytes(sys.stdin.buffer.read(), "<stdin>", schema, base=Path.cwd(),
                                                   transcripts=transcripts)
            else:
                report = validation.validate_file(path, schema, transcripts)
            summary.add(report)
            if output_format == "json":
                reports.append(report.as_dict())
            elif show_bar:
                held.extend(report.diagnostics)
            else:
                _emit(report.diagnostics)
    _emit(held)
    if output_format == "json":
        click.echo(json.dumps({"files": reports, "summary": summary.as_dict()}, ensure_ascii=False, indent=2))
    click.echo(summary.line(), err=True)
    sys.exit(summary.exit_code)


if __name__ == "__main__":  # pragma: no cover
    main()
