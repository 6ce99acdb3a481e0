"""A collection: ``seeds/*.txt`` (with sidecars) → ``editions/<stem>.{xml,html,txt,pdf}`` + index.

Each document is encoded, validated and rendered by itself (in a worker
process when ``jobs`` > 1), so one bad document does not stop the others: its
errors are reported with positions and the build's exit code is non-zero.
Outputs are written only when their bytes change, atomically. A document whose
transcript, sidecar, collection file, tool (its version and its files), formats and encoding are
unchanged since the last build is not rebuilt (the manifest in the output folder remembers them).
The editions of a transcript that is gone are removed by the next build, if the
manifest says this tool made them from the same folder of transcripts; any other
edition without a transcript is kept and named. ``check`` writes nothing and reports which editions differ from
a new build, editions without a transcript among them.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
import re
import signal
import sys
import threading
import time
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator
from urllib.parse import quote

from . import apart
from .builder import SCHEMA_RNG
from .diagnostics import Diagnostic, HasDiagnostics, OutputError, Severity, TeiError, counted, error
from .encoder import cyclic_gc_paused, encode
from .metadata import COLLECTION_FILE, SIDECAR_SUFFIX, Metadata, find_collection, find_sidecar, load_collection
from .header import TOOL_IDENT
from .validation import validate_result
from .version import __version__
from .xmlio import StagedOutput, commit, remove_stale, serialise_to, utf8_batches, write_atomic

TRANSCRIPT_SUFFIX = ".txt"
SUFFIXES = {"xml": ".xml", "html": ".html", "text": ".txt", "pdf": ".pdf"}
FORMATS = tuple(SUFFIXES)
FORMAT_OF = {suffix: fmt for fmt, suffix in SUFFIXES.items()}
# The index page's own ids (tei/templates/html/index.html): a record's anchor takes none of them.
INDEX_IDS = frozenset({"text", "persons", "not-built"})
_EDITION_NAMES = {"xml": "XML", "html": "HTML", "text": "text", "pdf": "PDF"}
MANIFEST = ".tei-build.json"
INDEX = "index.html"
# Per-document timings: the TEI made and serialised; checked; every other format rendered.
STAGES = ("encode", "validate", "render")


def pdf_available() -> bool:
    try:
        import weasyprint  # noqa: F401
    except (ImportError, OSError):
        return False
    return True


def default_formats() -> tuple[str, ...]:
    return FORMATS if pdf_available() else ("xml", "html", "text")


@dataclass
class Document(HasDiagnostics):
    """What building one transcript gave: picklable, so workers can send it back."""

    source: str
    stem: str
    key: str
    diagnostics: list[Diagnostic] = field(default_factory=list)
    failed: bool = False
    skipped: bool = False  # up to date: not rebuilt
    written: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    differing: list[str] = field(default_factory=list)
    turns: int = 0
    # Turns by the rule that found them (speakers.py's table): where to review first, across a collection.
    turn_rules: dict[str, int] = field(default_factory=dict)
    title: str = ""
    date: str | None = None
    participants: list[str] = field(default_factory=list)
    persons: list[str] = field(default_factory=list)  # the ids of the collection's persons it names
    # The speakers no register names, whose ids the encoder made: id → the names it was written as.
    unregistered: dict[str, list[str]] = field(default_factory=dict)
    seconds: dict[str, float] = field(default_factory=dict)
    input_bytes: int = 0
    output_bytes: dict[str, int] = field(default_factory=dict)
    # An up-to-date record's notes for the editor, counted: the manifest keeps their number, not the notes (ten a
    # record, they would make it the size of the editions' text); a build with --force lists them again.
    notes_not_repeated: int = 0
    # Each format's output: what it was made from (``made_from``), this build's or an earlier one's.
    made: dict[str, str] = field(default_factory=dict)


@dataclass
class Report:
    """The build's counts and documents; owns the exit code."""

    documents: list[Document] = field(default_factory=list)
    seconds: float = 0.0
    index_written: bool = False
    index_differs: bool = False
    check: bool = False
    removed: list[str] = field(default_factory=list)  # editions of transcripts that are gone, deleted
    orphaned: list[str] = field(default_factory=list)  # editions no transcript makes, left in place
    elsewhere: list[str] = field(default_factory=list)  # of those, what a build from another folder made
    lone_sidecars: list[str] = field(default_factory=list)  # sidecars beside no transcript: read by nothing
    stale: list[str] = field(default_factory=list)  # outputs of formats not built now, made from an earlier state
    subfolders: list[tuple[str, int]] = field(default_factory=list)  # folders in SEEDS holding transcripts
    empty_seeds: str | None = None  # the folder of transcripts, when it holds none

    def count(self, what: str) -> int:
        counted_only = self.notes_not_repeated if what == "notes" else 0
        return sum(len(getattr(d, what)) for d in self.documents) + counted_only

    @property
    def notes_not_repeated(self) -> int:
        """The notes of the records up to date: counted, not listed (``Document.notes_not_repeated``)."""
        return sum(d.notes_not_repeated for d in self.documents)

    @property
    def failed(self) -> int:
        return sum(1 for d in self.documents if d.failed)

    @property
    def turn_rules(self) -> dict[str, int]:
        total: dict[str, int] = {}
        for d in self.documents:
            for rule, n in d.turn_rules.items():
                total[rule] = total.get(rule, 0) + n
        return dict(sorted(total.items()))

    @property
    def differing(self) -> list[str]:
        """What a build would change: in check mode, editions without a transcript too."""
        return [path for d in self.documents for path in d.differing] + (["index.html"] if self.index_differs else []) \
            + (self.orphaned if self.check else [])

    @property
    def unregistered(self) -> list[dict]:
        """The speakers no register names, across the collection: each id with the names it was written
        as and the records that name it, the most named first. What an editor adds to collection.toml."""
        found: dict[str, tuple[set[str], list[str]]] = {}
        for d in self.documents:
            for ident, names in d.unregistered.items():
                spellings, records = found.setdefault(ident, (set(), []))
                spellings.update(names)
                records.append(d.stem)
        return [{"id": ident, "names": sorted(spellings), "records": records}
                for ident, (spellings, records) in sorted(found.items(), key=lambda item: (-len(item[1][1]), item[0]))]

    @property
    def diagnostics(self) -> list[Diagnostic]:
        return [x for d in self.documents for x in d.diagnostics]

    @property
    def exit_code(self) -> int:
        return 1 if self.failed or self.differing else 0

    def lines(self) -> list[str]:
        orphaned = set(self.orphaned)
        out = [f"{path}: differs from a new build" for path in self.differing if path not in orphaned]
        elsewhere = set(self.elsewhere)
        out += [f"{path}: no transcript makes it" + (
            "" if self.check else "; kept, as a build from another folder of transcripts made it (remove it if that "
            "collection is done with)" if path in elsewhere else "; kept, as this tool's last build did not make it "
            "(remove it if it is not yours)") for path in self.orphaned]
        out += [f"{path}: no transcript of this name beside it; nothing reads this sidecar"
                for path in self.lone_sidecars]
        unregistered = self.unregistered
        if unregistered:
            named = sum(1 for d in self.documents if d.unregistered)
            out.append(f"{counted(len(unregistered), 'speaker')} in no register, named in "
                       f"{counted(named, 'record')} (ids the encoder made; --report json lists each under "
                       f"summary.unregistered, with its names and records, for a [[person]] in {COLLECTION_FILE})")
        stale: dict[str, int] = {}
        for name in self.stale:
            fmt = FORMAT_OF[name[name.rfind("."):]]  # (the option's name: "text", not the file's "txt")
            stale[fmt] = stale.get(fmt, 0) + 1
        out += [f"{counted(n, _EDITION_NAMES[fmt] + ' edition')} made from an earlier transcript, sidecar or "
                f"collection file, and not rebuilt by this build's formats: left in place, not linked from the index "
                f"(--to with {fmt} among the formats rebuilds them; --report json names them)"
                for fmt, n in sorted(stale.items())]
        if self.empty_seeds is not None:
            out.append(f"{self.empty_seeds}: no transcript in this folder (a transcript is a .txt file)")
        out += [f"{folder}: a folder with {counted(count, 'transcript')}, not built: a build reads "
                f"its folder's own files (build that folder as a collection of its own, into a folder of its own)"
                for folder, count in self.subfolders]
        skipped = sum(1 for d in self.documents if d.skipped)
        out.append(
            f"{counted(len(self.documents), 'document')} ({skipped} up to date), "
            f"{counted(sum(d.turns for d in self.documents), 'turn')}, "
            f"{counted(self.count('warnings'), 'warning')}, {counted(self.count('notes'), 'note')}, "
            f"{counted(self.count('errors'), 'error')}, {self.failed} failed; "
            f"{counted(self.count('written'), 'file')} written"
            + (" and the index" if self.index_written else "") + f", {self.count('unchanged')} unchanged"
            + (f", {len(self.removed)} removed" if self.removed else "")
            + (f", {len(self.differing)} differ" if self.differing else "") + f"; {self.seconds:.1f} s")
        return out

    def as_dict(self, stopped_by: list[Diagnostic] | None = None, exit_code: int | None = None) -> dict:
        """The report for ``--report json``; ``stopped_by``: the errors that stopped the build before any record
        (a collection file it cannot read, an output folder it cannot write), so a CI reading JSON sees them."""
        documents = []
        for d in self.documents:
            item = asdict(d)
            item["diagnostics"] = [x.as_dict() for x in d.diagnostics]
            documents.append(item)
        return {
            "tool": {"name": TOOL_IDENT, "version": __version__},
            "summary": {"documents": len(self.documents), "failed": self.failed,
                        "up_to_date": sum(1 for d in self.documents if d.skipped),
                        "turns": sum(d.turns for d in self.documents), "turn_rules": self.turn_rules,
                        "warnings": self.count("warnings"),
                        "notes": self.count("notes"), "errors": self.count("errors") + len(stopped_by or ()),
                        "written": self.count("written"), "index_written": self.index_written,
                        "unchanged": self.count("unchanged"), "removed": self.removed,
                        "orphaned": self.orphaned, "orphaned_elsewhere": self.elsewhere,
                        "lone_sidecars": self.lone_sidecars, "stale": self.stale,
                        "subfolders": [{"folder": f, "transcripts": n} for f, n in self.subfolders],
                        "differing": self.differing, "unregistered": self.unregistered,
                        "seconds": round(self.seconds, 3),
                        "exit_code": self.exit_code if exit_code is None else exit_code},
            "documents": documents,
        } | ({"stopped": [x.as_dict() for x in stopped_by]} if stopped_by else {})


def transcripts(seeds: Path) -> list[Path]:
    """Every ``*.txt`` (any case: ``.TXT`` from another system too), hidden files left out: an
    editor's lock file or the ``._name.txt`` a Mac leaves on a shared drive is not a transcript."""
    with os.scandir(seeds) as entries:  # (a directory entry knows its type: no stat for each of 10,000 files)
        return [seeds / name for name in sorted((entry.name for entry in entries if _is_transcript(entry)),
                                                key=_in_number_order)]


def _in_number_order(name: str) -> tuple:
    """A name's numbers compared as numbers: "dfat-26" before "dfat-227", "rec-2" before "rec-10" (in the index
    and the report; they had been in the order of their characters). Names alike in that order keep theirs."""
    parts = _DIGITS.split(name)
    return tuple((int(part), len(part)) if index % 2 else part for index, part in enumerate(parts)), name


_DIGITS = re.compile(r"(\d+)")


def _is_transcript(entry: Path | os.DirEntry) -> bool:
    name = entry.name
    # (A link to no file is one too: its document fails, "cannot read", where it had been left out without a word.)
    return name.lower().endswith(TRANSCRIPT_SUFFIX) and name[:1] != "." and (
        entry.is_file() or entry.is_symlink() and not entry.is_dir())


def _key(source: Path, formats: tuple[str, ...], encoding: str | None = None, shared: bytes | None = None) -> str:
    """What a document's outputs depend on: its bytes, its sidecar's, the collection file's (``shared``: its
    digest, read once for a build), the tool, the formats, the encoding."""
    return _key_of(source, source.read_bytes(), find_sidecar(source), formats, encoding, shared)


def _key_of(source: Path, data: bytes, sidecar: Path | None, formats: tuple[str, ...], encoding: str | None,
            shared: bytes | None) -> str:
    """``_key``, of the transcript's bytes and sidecar as the caller read and found them: what its outputs are made
    from (``made_from``), the tool, then the formats."""
    digest = hashlib.sha256()
    digest.update(data)
    digest.update(b"\0" + (sidecar.read_bytes() if sidecar else b""))
    if shared is None:
        collection = find_collection(source)
        shared = _digest(collection.read_bytes()) if collection else b""
    if shared:  # (the keys of a collection without one stay what they were)
        digest.update(b"\0collection\0" + shared)
    digest.update(f"\0{encoding or ''}".encode())
    return f"{digest.hexdigest()}/{tool_digest()[:16]}/{','.join(formats)}"


def made_from(key: str) -> str:
    """What a document's outputs are made from, of its build key: its transcript, sidecar and collection file, and
    the encoding; not the tool, nor the formats (a PDF made once stays the record's while its HTML alone is rebuilt,
    by this tool or a later one: it prints the record's words)."""
    return key.partition("/")[0]


def _digest(data: bytes) -> bytes:
    return hashlib.sha256(data).digest()


_TOOL_FILES = frozenset({".py", ".css", ".html", ".txt", ".odd", ".rng", ".sch"})


@functools.cache
def tool_digest() -> str:
    """The tool as installed: its version, code, templates and schema. In every document's build key, so a
    changed encoder rebuilds what it changes also where its version number did not move (a checkout, a fix)."""
    from . import schema

    digest = hashlib.sha256(__version__.encode())
    for folder in (Path(__file__).parent, Path(schema.__file__).parent):
        for path in sorted(folder.rglob("*")):
            if path.suffix in _TOOL_FILES and "__pycache__" not in path.parts and path.is_file():
                digest.update(f"\0{path.relative_to(folder).as_posix()}\0".encode() + path.read_bytes())
    return digest.hexdigest()


@dataclass(frozen=True)
class _Task:
    source: Path
    output: Path
    formats: tuple[str, ...]
    check: bool
    key: str | None  # None: not worked out yet (no earlier build to compare with); the worker does
    encoding: str | None = None  # of every transcript not in UTF-8 whose sidecar names none
    shared: bytes = b""  # the collection file's digest, as the build read it once


def build_file(source: Path, output: Path, formats: Iterable[str] = ("xml", "html", "text"),
               check: bool = False) -> Document:
    """One transcript through the whole build, as ``build`` does it for each (no manifest, no index)."""
    formats = tuple(f for f in FORMATS if f in set(formats))
    task = _Task(Path(source), Path(output), formats, check, _key(Path(source), formats))
    return _build_apart(task) if apart.is_large(task.source, apart.threshold()) else build_document(task)


def _build_apart(task: _Task) -> Document:
    """A long transcript's document, built in a process of its own (``tei.apart``); here if none can be started."""
    try:
        return apart.run(task)
    except OSError:
        return build_document(task)
    except apart.Ended as ended:
        return _refused(task.source, "internal-error", f"the process that built this document ended ({ended})",
                        hint="if it ran out of memory, build it on a machine with more, or alone (-j 1)")


def build_document(task: _Task) -> Document:
    """Encode → validate → render one transcript; write (or, in check mode, compare) its outputs."""
    with cyclic_gc_paused():
        return _build_document(task)


def _build_document(task: _Task) -> Document:
    source = task.source
    try:  # (the transcript read once: for its key and to encode it)
        data = source.read_bytes()
        sidecar = find_sidecar(source)
        key = task.key or _key_of(source, data, sidecar, task.formats, task.encoding, task.shared)
    except OSError as exc:  # the transcript or its sidecar cannot be read: that document fails
        return _refused(source, "file-unreadable", f"cannot read: {exc.strerror}", file=exc.filename)
    document = Document(str(source), source.stem, key, input_bytes=len(data))
    clock = time.perf_counter
    staged: list[tuple[str | None, StagedOutput]] = []  # (what it came to, the output), in order
    try:
        started = clock()
        result = encode(data, sidecar, name=str(source), default_encoding=task.encoding,
                        collection=find_collection(source))
        del data
        document.seconds["encode"] = clock() - started
        document.diagnostics.extend(result.diagnostics)
        started = clock()
        problems = validate_result(result, in_place=True)
        document.seconds["validate"] = clock() - started
        document.diagnostics.extend(problems)
        if any(d.severity is Severity.ERROR for d in problems):
            document.failed = True
            return document
        _describe(document, result)
        # Each output is staged (compared with its place, and written to a temporary file beside it
        # once it differs) a piece at a time as it is made, so a long record's outputs are never held
        # whole, nor all of them, nor its tree and its outputs. They take their places when all are
        # made: a document that fails leaves its editions as they were.
        if "xml" in task.formats:
            started = clock()
            output = _staging(task, "xml", staged)
            serialise_to(result.tree, output.write)
            _staged(document, "xml", output, staged)
            document.seconds["encode"] += clock() - started
        reading = [fmt for fmt in task.formats if fmt != "xml"]
        if reading:
            from . import render

            # One view of the document for every format (HTML, text, PDF from the HTML). The view takes the
            # parts of the record out of the tree as it reads them, and nothing holds the tree once it is
            # made (the edition model and the transcript's text go with it).
            outputs = render.render_streams(result.tree, reading, siblings=siblings(source.stem, task.formats),
                                            consume=True)
            del result
            started = clock()
            for fmt, value in outputs:
                output = _staging(task, fmt, staged)
                for data in ((value,) if isinstance(value, bytes) else utf8_batches(value)):
                    output.write(data)
                del value
                _staged(document, fmt, output, staged)
            document.seconds["render"] = clock() - started
        while staged:
            outcome, output = staged[0]
            if output.temp is not None:
                commit(output.temp, output.path)
            del staged[0]
            getattr(document, outcome).append(str(output.path))
    except TeiError as exc:
        document.failed = True
        document.diagnostics.extend(exc.diagnostics)
    except RecursionError:
        document.failed = True
        document.diagnostics.append(error("too-deep", "the document nests too deeply to build", str(source)))
    except Exception as exc:  # a fault of the tool's: it fails this document, not the other thousands
        document.failed = True
        document.diagnostics.append(error(
            "internal-error", f"the tool failed on this document ({type(exc).__name__}: {exc})", str(source),
            hint="a fault of tei-encoder, not of the transcript: please report it with the transcript"))
    finally:
        for _, output in staged:
            output.abandon()
    return document


def _staging(task: _Task, fmt: str, staged: list) -> StagedOutput:
    """One output, to be compared with the edition in its place (and, unless in check mode, staged in a
    temporary file beside it if it differs); listed at once, so that a failure abandons it."""
    path = task.output / f"{task.source.stem}{SUFFIXES[fmt]}"
    output = StagedOutput(path, compare_only=task.check)
    staged.append((None, output))
    return output


def _staged(document: Document, fmt: str, output: StagedOutput, staged: list) -> None:
    """The output is whole: what it comes to is counted only when the whole document is made."""
    output.close()
    document.output_bytes[fmt] = output.size
    outcome = ("differing" if output.compare_only else "written") if output.differs else "unchanged"
    staged[-1] = (outcome, output)


def _describe(document: Document, result) -> None:
    summary = result.summary
    document.turns = len(result.tree.getroot().findall(".//{http://www.tei-c.org/ns/1.0}sp"))
    document.turn_rules = dict(summary.turn_rules)
    document.title = summary.title
    document.date = summary.date
    document.participants = list(summary.participants)
    document.persons = list(summary.registered)
    document.unregistered = {ident: list(names) for ident, names in summary.unregistered.items()}


# The manifest's one key that is not a document's (a transcript's name never starts with "."):
# the folder of transcripts that build read.
BUILT_FROM = ".seeds"


def _load_manifest(output: Path) -> tuple[dict, str | None]:
    """The last build's record and the transcripts' folder it was built from; what this version cannot
    read (another tool's file, a hand edit) is left out, so its documents are built again and nothing
    of theirs is deleted."""
    try:
        data = json.loads((output / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}, None
    if not isinstance(data, dict):
        return {}, None
    built_from = data.pop(BUILT_FROM, None)
    return ({stem: entry for stem, entry in data.items() if _readable(entry)},
            built_from if isinstance(built_from, str) else None)


def _readable(entry) -> bool:
    try:
        return isinstance(entry, dict) and isinstance(entry.get("key"), str) \
            and isinstance(entry.get("turns", 0), int) and isinstance(entry.get("title", ""), str) \
            and type(entry.get("notes", 0)) is int \
            and isinstance(entry.get("made", {}), dict) \
            and all(isinstance(k, str) and isinstance(v, str) for k, v in entry.get("made", {}).items()) \
            and isinstance(entry.get("turn_rules", {}), dict) \
            and all(isinstance(k, str) and type(n) is int for k, n in entry.get("turn_rules", {}).items()) \
            and isinstance(entry.get("date"), (str, type(None))) \
            and all(isinstance(name, str) for name in entry.get("participants", [])) \
            and all(isinstance(ident, str) for ident in entry.get("persons", [])) \
            and isinstance(entry.get("unregistered", {}), dict) \
            and all(isinstance(ident, str) and isinstance(names, list) and all(isinstance(n, str) for n in names)
                    for ident, names in entry.get("unregistered", {}).items()) \
            and all(_diagnostic(item) and all(isinstance(item.get(k), (int, type(None))) for k in ("line", "column"))
                    and all(isinstance(item.get(k), str) for k in ("code", "message"))
                    for item in entry.get("diagnostics", []))
    except (AttributeError, KeyError, TypeError, ValueError):
        return False


def build(seeds: Path, output: Path, check: bool = False, jobs: int = 1, formats: Iterable[str] | None = None,
          progress: Callable[[Iterator[Document], int], Iterator[Document]] | None = None,
          incremental: bool = True, encoding: str | None = None) -> Report:
    """Build every transcript in ``seeds`` into ``output``; see the module docstring. Ctrl-C stops it between two
    documents (``BuildInterrupted``)."""
    with _interrupts_noted() as interrupted:
        return _build(seeds, output, check, jobs, formats, progress, incremental, encoding, interrupted)


@contextmanager
def _one_build_into(output: Path, check: bool) -> Iterator[None]:
    """One build at a time writes into a folder (an advisory lock on the folder itself, which the system lets go
    when the build ends, however it ends): two at once had left one record's XML from one collection and its PDF,
    the index and the manifest from the other. ``--check`` writes nothing and takes no lock."""
    try:
        import fcntl
    except ImportError:  # (not on Windows)
        fcntl = None
    folder = None
    if fcntl is not None and not check:
        try:
            output.mkdir(parents=True, exist_ok=True)
            folder = os.open(output, os.O_RDONLY)
        except OSError:
            pass  # (the build names what it cannot write, where it writes it)
    try:
        if folder is not None:
            try:
                fcntl.flock(folder, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                raise OutputError(error("output-busy", "another build is writing into this folder; nothing is "
                                        "written", str(output), hint="wait for it to finish, or build into another "
                                        "folder with -o")) from None
        yield
    finally:
        if folder is not None:
            os.close(folder)


@contextmanager
def _interrupts_noted() -> Iterator[threading.Event]:
    """Ctrl-C noted, not raised wherever it falls: raised there, it could stop the build inside the pool's own
    bookkeeping, holding a lock its workers wait on, and the command hung at its exit. The build asks between
    documents. (Only the main thread may take the signal: elsewhere, Ctrl-C is the caller's; and one that ignores
    it, as a shell's background job does, goes on ignoring it.)"""
    noted = threading.Event()
    if threading.current_thread() is not threading.main_thread() or signal.getsignal(signal.SIGINT) is signal.SIG_IGN:
        yield noted
        return
    previous = signal.signal(signal.SIGINT, lambda signum, frame: noted.set())
    try:
        yield noted
    finally:
        signal.signal(signal.SIGINT, previous)


def _build(seeds: Path, output: Path, check: bool, jobs: int, formats: Iterable[str] | None,
           progress: Callable[[Iterator[Document], int], Iterator[Document]] | None, incremental: bool,
           encoding: str | None, interrupted: threading.Event) -> Report:
    formats = tuple(f for f in FORMATS if f in set(formats or default_formats()))
    if "text" in formats and _same_folder(seeds, output):
        # The text edition of x.txt is x.txt: it would take the transcript's place.
        raise OutputError(error("output-is-input", "the output folder is the transcripts' folder: the text "
                                "editions would overwrite the transcripts; refusing", str(output),
                                hint="name another folder with -o (editions/ by default)"))
    started = time.perf_counter()
    # What the records share: a mistake in it is every record's, so it stops the build before any.
    collection_file = seeds / COLLECTION_FILE
    collection = load_collection(collection_file) if collection_file.is_file() else None
    shared = _digest(collection_file.read_bytes()) if collection else b""
    apart_from = apart.threshold()
    with _one_build_into(output, check):
        return _build_locked(seeds, output, check, jobs, formats, progress, incremental, encoding, interrupted,
                             started, collection, shared, apart_from)


def _build_locked(seeds: Path, output: Path, check: bool, jobs: int, formats: tuple[str, ...],
                  progress: Callable[[Iterator[Document], int], Iterator[Document]] | None, incremental: bool,
                  encoding: str | None, interrupted: threading.Event, started: float, collection: Metadata | None,
                  shared: bytes, apart_from: int) -> Report:
    recorded, built_from = _load_manifest(output)
    manifest = {} if check or not incremental else recorded
    report = Report(check=check)
    sources = transcripts(seeds)
    report.empty_seeds = None if sources else str(seeds)
    stems = {source.stem for source in sources}
    # A sidecar whose name misses its transcript's by a letter leaves that record without its metadata.
    report.lone_sidecars = [str(p) for p in sorted(seeds.glob(f"*{SIDECAR_SUFFIX}"))
                            if p.stem not in stems and not p.name.startswith(".") and p.name != COLLECTION_FILE]
    report.subfolders = _unread_folders(seeds, output)
    present = _files_in(output)  # read once: what is there decides what is up to date and what the index links
    if not check:
        remove_stale(output)  # outputs staged by a build that was killed outright
    if INDEX in present and not _made_here(output, INDEX, "html", recorded):
        raise OutputError(_not_ours(output / INDEX, "the collection's index page"))
    tasks = _plan(sources, output, present, formats, check, encoding, manifest, report, shared, recorded)
    finished: list[Document] = []
    late: list[Document] = []  # finished while an interrupted build waited for its workers
    runner = _run(tasks, jobs, late, interrupted, apart_from)
    results = progress(runner, len(tasks)) if progress is not None else runner
    try:
        finished.extend(results)
    except KeyboardInterrupt:  # (raised by the runner between two documents, once Ctrl-C is noted)
        # What was finished is recorded, so that the next build starts from there; the index
        # stays as it was until a build finishes.
        runner.close()
        finished.extend(late)
        _note_made(finished, recorded, formats)
        if not check:
            report.documents.extend(finished)
            done = {d.stem for d in finished}
            keep = {t.source.stem: recorded[t.source.stem] for t in tasks
                    if t.source.stem in recorded and t.source.stem not in done}
            if built_from == _folder_name(seeds):  # (and the records whose transcripts are gone: the build that
                # finishes removes their editions)
                keep.update((stem, entry) for stem, entry in recorded.items() if stem not in stems)
            _save_manifest(output, report, seeds, keep)
        raise BuildInterrupted(len(finished), len(tasks), check) from None
    _note_made(finished, recorded, formats)
    # Only a build from the same folder of transcripts removes editions: two collections built into one folder must
    # not delete each other's. Removed once the build is whole, with the new index: an interrupted build had removed
    # them first, and left the old index linking them.
    _settle_orphans(report, output, present, stems, recorded, built_from == _folder_name(seeds), check)
    report.documents.extend(finished)
    report.documents.sort(key=lambda d: _in_number_order(os.path.basename(d.source)))
    report.stale = [f"{d.stem}{SUFFIXES[fmt]}" for d in report.documents if not d.failed
                    for fmt in FORMATS if fmt not in formats and _stale(d, fmt, present)]
    index = _index_page(report, present, formats, collection).encode("utf-8")
    if check:
        path = output / INDEX
        report.index_differs = not (path.is_file() and path.read_bytes() == index)
    else:
        report.index_written = write_atomic(output / INDEX, index)
        _save_manifest(output, report, seeds)
    report.seconds = time.perf_counter() - started
    return report


def _note_made(built: list[Document], recorded: dict, formats: tuple[str, ...]) -> None:
    """What each output of the documents built now is made from: this build's formats, and what the manifest
    recorded of the others (left in the folder as an earlier build made them)."""
    for d in built:
        if not d.failed:
            earlier = _made(recorded[d.stem]) if d.stem in recorded else {}
            d.made = {**earlier, **dict.fromkeys(formats, made_from(d.key))}


def _made(entry: dict) -> dict[str, str]:
    """What a manifest's entry says each output of the record was made from: the formats of its key, what the key
    says; any other, as written."""
    key = entry.get("key", "")  # (an earlier manifest's key names no format: nothing is known, nothing stale)
    return {**dict.fromkeys(_formats_of(key), made_from(key)), **entry.get("made", {})}


def _formats_of(key: str) -> tuple[str, ...]:
    formats = key.rpartition("/")[2] if "/" in key else ""
    return tuple(formats.split(",")) if formats else ()


def _stale(d: Document, fmt: str, present: set[str]) -> bool:
    """An output in the folder that an earlier build made from another transcript, sidecar or collection file than
    the document's now, which this build did not make (a PDF, where --to leaves it out). Of one the manifest does
    not record (another tool's, or from before the manifest knew), nothing is known: it is not stale."""
    return f"{d.stem}{SUFFIXES[fmt]}" in present and d.made.get(fmt, made_from(d.key)) != made_from(d.key)


def _plan(sources: list[Path], output: Path, present: set[str], formats: tuple[str, ...], check: bool,
          encoding: str | None, manifest: dict, report: Report, shared: bytes, recorded: dict) -> list[_Task]:
    """What is to be built; a transcript up to date, or refused before building, goes to the report.
    ``recorded``: the last build's manifest, which ``manifest`` is unless the build is to ignore it."""
    tasks = []
    makers: dict[str, Path] = {}
    for source in sources:
        first = makers.setdefault(source.stem, source)
        if first is not source:  # a.txt and a.TXT: one set of editions, two transcripts
            report.documents.append(_refused(source, "same-stem", f"{first.name} makes the editions named "
                                             f"{source.stem} already", hint="rename one of the two transcripts"))
            continue
        if "html" in formats and f"{source.stem}{SUFFIXES['html']}".lower() == INDEX:
            report.documents.append(_refused(source, "reserved-name", f"its HTML edition would be {INDEX}, the "
                                             "collection's index page", hint="rename the transcript"))
            continue
        if shared and source.with_suffix(SIDECAR_SUFFIX).name == COLLECTION_FILE:
            report.documents.append(_refused(source, "reserved-name", f"its sidecar would be {COLLECTION_FILE}, "
                                             "the collection's file", hint="rename the transcript"))
            continue
        foreign = next((name for fmt in formats if (name := f"{source.stem}{SUFFIXES[fmt]}") in present
                        and not _made_here(output, name, fmt, recorded)), None)
        if foreign is not None:
            report.documents.append(Document(str(source), source.stem, "", failed=True, diagnostics=[
                _not_ours(output / foreign, f"its {_EDITION_NAMES[FORMAT_OF[Path(foreign).suffix]]} edition")]))
            continue
        entry = manifest.get(source.stem)
        if not entry:  # nothing to compare with: the worker works out the key, so that the workers start at once
            tasks.append(_Task(source, output, formats, check, None, encoding, shared))
            continue
        try:
            key = _key(source, formats, encoding, shared)
        except OSError as exc:  # the transcript or its sidecar cannot be read: that document fails
            report.documents.append(_refused(source, "file-unreadable", f"cannot read: {exc.strerror}",
                                             file=exc.filename))
            continue
        if entry.get("key") == key and all(f"{source.stem}{SUFFIXES[f]}" in present for f in formats) \
                and _as_made(output, source.stem, formats, entry.get("sizes", {})):
            report.documents.append(Document(str(source), source.stem, key, skipped=True, turns=entry.get("turns", 0),
                                             turn_rules=entry.get("turn_rules", {}),
                                             title=entry.get("title", ""), date=entry.get("date"),
                                             participants=entry.get("participants", []),
                                             persons=entry.get("persons", []),
                                             unregistered=entry.get("unregistered", {}),
                                             diagnostics=[_diagnostic(d) for d in entry.get("diagnostics", [])],
                                             notes_not_repeated=entry.get("notes", 0),
                                             made=_made(entry), output_bytes=dict(entry.get("sizes", {}))))
            continue
        tasks.append(_Task(source, output, formats, check, key, encoding, shared))
    return tasks


def _as_made(output: Path, stem: str, formats: tuple[str, ...], sizes: dict[str, int]) -> bool:
    """Whether each output is as long as the build that made it wrote it: one emptied, cut short or edited by hand
    to another length is made again (it had been "up to date", and the index linked it; an edit of the same
    length is --check's to find). A stat an output, for the records whose key says they are up to date."""
    for fmt in formats:
        size = sizes.get(fmt)
        if size is not None:
            try:
                if os.stat(output / f"{stem}{SUFFIXES[fmt]}").st_size != size:
                    return False
            except OSError:
                return False
    return True


# What an edition says of the tool that made it, in its first bytes (the TEI's model of this tool's schema, on its
# second line; the HTML head's generator), and how far in: a text or PDF edition, which has no such place, is known
# by the record's other editions. (Read only where no manifest knows the file: a clone's first build.)
_MARKS = {"xml": (f'<?xml-model href="{SCHEMA_RNG}"'.encode(), 1 << 10),
          "html": (f'<meta name="generator" content="{TOOL_IDENT}">'.encode(), 1 << 13)}


def _made_here(output: Path, name: str, fmt: str, recorded: dict) -> bool:
    """Whether the file ``name`` in the output folder is this tool's to replace: the last build's manifest records
    it, or it is marked as an edition (a clone of a repository that commits its editions has no manifest). A
    file of the user's own, such as a site's index.html, is not; the build had replaced it without a word."""
    stem = Path(name).stem
    if stem in recorded and fmt in _made(recorded[stem]):
        return True
    if fmt not in _MARKS:
        return any(_marked(output / f"{stem}{SUFFIXES[other]}", *_MARKS[other]) for other in _MARKS)
    return _marked(output / name, *_MARKS[fmt])


def _marked(path: Path, mark: bytes, within: int) -> bool:
    try:
        with open(path, "rb") as handle:
            return mark in handle.read(within)
    except OSError:
        return False


def _not_ours(path: Path, what: str) -> Diagnostic:
    return error("output-not-ours", f"not made by this tool, and {what} would replace it; nothing is written "
                 "in its place", str(path), hint="move the file out of the output folder, or build into another "
                 "folder with -o; if it is an edition an earlier build made, delete it")


def _refused(source: Path, code: str, message: str, file: str | None = None, hint: str | None = None) -> Document:
    """A transcript not built at all, and the one error that says why."""
    return Document(str(source), source.stem, "", failed=True,
                    diagnostics=[error(code, message, file or str(source), hint=hint)])


def _unread_folders(seeds: Path, output: Path) -> list[tuple[str, int]]:
    """Folders in SEEDS that hold transcripts, which a build does not read: said, not skipped in silence."""
    found = []
    with os.scandir(seeds) as entries:
        folders = sorted(Path(entry.path) for entry in entries if entry.is_dir() and entry.name[:1] != ".")
    for folder in folders:
        try:
            if output.resolve().is_relative_to(folder.resolve()):
                continue  # the editions' own folder: its text editions are not transcripts
        except OSError:
            continue
        count = sum(1 for path in folder.rglob("*") if _is_transcript(path))
        if count:
            found.append((str(folder), count))
    return found


def _folder_name(folder: Path) -> str:
    try:
        return str(folder.resolve())
    except OSError:
        return str(folder.absolute())


def _same_folder(one: Path, other: Path) -> bool:
    return _folder_name(one) == _folder_name(other)


def _files_in(folder: Path) -> set[str]:
    """The names of the files in a folder (none if it is not there yet): one listing, where a stat of each
    edition took a third of a second for 10,000 records."""
    try:
        with os.scandir(folder) as entries:
            return {entry.name for entry in entries if entry.is_file()}
    except (FileNotFoundError, NotADirectoryError):
        return set()


def _settle_orphans(report: Report, output: Path, present: set[str], stems: set[str], recorded: dict, here: bool,
                    check: bool) -> None:
    """Editions whose transcript is gone: removed if this tool's last build made them, else named.

    An edition is ``<stem><suffix>`` of a format in the output folder. Only what the manifest
    records as built here is ever deleted; a file of the same shape that it does not record may
    be someone else's. In check mode nothing is deleted, and every such edition differs.
    """
    suffixes = set(SUFFIXES.values())
    for name in sorted(present):  # (names sort as their paths do, and tens of times faster)
        stem, suffix = os.path.splitext(name)
        if suffix not in suffixes or stem in stems or name == INDEX:
            continue
        path = output / name
        if check or stem not in recorded or not here:
            report.orphaned.append(str(path))
            if stem in recorded and not here:
                report.elsewhere.append(str(path))
            continue
        try:
            path.unlink()
        except OSError as exc:
            raise OutputError(error("output-unwritable", f"cannot remove an edition whose transcript is gone: "
                                    f"{exc.strerror}", str(path))) from None
        report.removed.append(str(path))


class BuildInterrupted(Exception):
    """Ctrl-C during a build: the documents finished are written and recorded, the others are not."""

    def __init__(self, done: int, total: int, check: bool = False) -> None:
        super().__init__(f"interrupted: {done} of {total} documents checked; nothing was written" if check else
                         f"interrupted: {done} of {total} documents built; the same command finishes the "
                         "build (what was built is not built again)")


def _run(tasks: list[_Task], jobs: int, late: list[Document], interrupted: threading.Event,
         apart_from: int) -> Iterator[Document]:
    """Each document as it is finished (in any order: the report sorts them); KeyboardInterrupt between two, once
    ``interrupted`` is set. Long transcripts first, one at a time, each in a process of its own (``tei.apart``):
    two at once would hold twice the memory (``apart_from``: the bytes that make a transcript long)."""
    short = []
    for task in tasks:
        if not apart.is_large(task.source, apart_from):
            short.append(task)
            continue
        if interrupted.is_set():
            raise KeyboardInterrupt
        yield _build_apart(task)
    tasks = short
    if jobs <= 1 or len(tasks) <= 1:
        for task in tasks:
            if interrupted.is_set():
                raise KeyboardInterrupt
            yield build_document(task)
        return
    if interrupted.is_set():
        raise KeyboardInterrupt
    pool = ProcessPoolExecutor(max_workers=jobs, initializer=worker_started, initargs=(os.getpid(),))
    chunks = [pool.submit(_build_chunk, part) for part in _chunks(tasks, jobs)]
    received = set()
    try:
        pending = set(chunks)
        while pending:
            done, pending = wait(pending, timeout=_POLL, return_when=FIRST_COMPLETED)
            for chunk in done:
                received.add(chunk)
                yield from chunk.result()
            if interrupted.is_set() and pending:
                raise KeyboardInterrupt
    finally:
        # Ctrl-C reaches the workers too, which ignore it: the main process cancels what has not
        # started, and the documents being built are finished, never left half-written.
        pool.shutdown(wait=True, cancel_futures=True)
        for chunk in chunks:
            if chunk not in received and chunk.done() and not chunk.cancelled() and chunk.exception() is None:
                late.extend(chunk.result())


_POLL = 0.05  # seconds: how soon a build waiting on its workers sees Ctrl-C


def _chunks(tasks: list[_Task], jobs: int) -> Iterator[list[_Task]]:
    """Tasks in parts of at most 64 (each part one message to a worker and one back), smaller towards the end,
    each an eighth of a worker's share of what is left, so the workers finish together rather than one of
    them idle while the other builds a last part of 64 records. A PDF takes seconds: one document a part,
    so that the progress moves and Ctrl-C waits little."""
    start = 0
    while start < len(tasks):
        size = 1 if "pdf" in tasks[0].formats else max(1, min(64, (len(tasks) - start) // (jobs * 8)))
        yield tasks[start:start + size]
        start += size


_FORMAT_NAMES = {"xml": "TEI XML", "text": "Plain text", "pdf": "PDF"}


def siblings(stem: str, formats: Iterable[str]) -> tuple[tuple[str, str], ...]:
    """What an HTML edition of the collection links at its head: the collection's index, and the record's other
    formats this build makes."""
    return (("Collection", INDEX), *((_FORMAT_NAMES[fmt], quote(stem) + SUFFIXES[fmt]) for fmt in formats
                                     if fmt in _FORMAT_NAMES))


def _build_chunk(tasks: list[_Task]) -> list[Document]:
    return [build_document(task) for task in tasks]


def worker_started(build: int) -> None:
    """A worker ignores Ctrl-C (the build finishes the documents in hand), and ends with a build killed outright
    (SIGTERM, SIGKILL), which had left its workers waiting for work for ever. Linux only: the kernel's parent-death
    signal (prctl's PR_SET_PDEATHSIG); what a worker ended so had staged, the next build removes."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if not sys.platform.startswith("linux"):
        return
    import ctypes

    try:
        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGTERM)  # 1: PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        return
    if os.getppid() != build:  # the build ended before the signal was set
        os._exit(1)


def _save_manifest(output: Path, report: Report, seeds: Path, keep: dict | None = None) -> None:
    entries: dict = {BUILT_FROM: _folder_name(seeds), **(keep or {})}
    for d in report.documents:
        if d.failed:
            continue
        entries[d.stem] = {"key": d.key, "turns": d.turns, "turn_rules": d.turn_rules, "title": d.title, "date": d.date,
                           "participants": d.participants,
                           "diagnostics": [x.as_dict() for x in d.diagnostics if x.severity is not Severity.INFO]}
        notes = len(d.notes) + d.notes_not_repeated
        if notes:
            entries[d.stem]["notes"] = notes
        # (what the key says, each of its formats made from what it is made from now, is not written again)
        current, built = made_from(d.key), _formats_of(d.key)
        others = {fmt: made for fmt, made in d.made.items() if fmt not in built or made != current}
        if others:
            entries[d.stem]["made"] = others
        if d.output_bytes:
            entries[d.stem]["sizes"] = dict(sorted(d.output_bytes.items()))
        if d.persons:  # (the manifests of collections without a register stay as they were)
            entries[d.stem]["persons"] = d.persons
        if d.unregistered:
            entries[d.stem]["unregistered"] = d.unregistered
    # A record a line: a diff names the records that changed, and json's C encoder writes each (with an
    # indent json writes in Python, which took a third of a second for 10,000 records, the workers idle).
    lines = [f"{json.dumps(stem, ensure_ascii=False)}: {json.dumps(entry, ensure_ascii=False, sort_keys=True)}"
             for stem, entry in sorted(entries.items())]
    data = ("{\n" + ",\n".join(lines) + "\n}\n").encode("utf-8")
    write_atomic(output / MANIFEST, data)


def _diagnostic(data: dict) -> Diagnostic:
    from .diagnostics import Position

    position = Position(data["line"], data["column"] or 1) if data.get("line") else None
    return Diagnostic(data["code"], Severity(data["severity"]), data["message"], data.get("file"), position,
                      data.get("hint"))


def _index_page(report: Report, present: set[str], formats: tuple[str, ...], collection: Metadata | None) -> str:
    """Links go to every format the edition has: built now, or already in the folder and made from what the
    edition is made from now (not a stale PDF, ``_stale``). With a collection
    file: its title, and an index of its register's persons, each with the records that name them."""
    from .render import render_index

    entries: list[tuple[_IndexEntry, list[str]]] = []  # each with the register's persons it names
    failed = []
    naming: dict[str, list[_IndexEntry]] = {}  # a register's person → the records that name them, in order
    anchors = set(INDEX_IDS)
    for d in report.documents:
        if d.failed:
            failed.append({"name": os.path.basename(d.source), "errors": [_relative(e).format() for e in d.errors]})
            continue
        # A file name in a link is percent-encoded: "#" would start a fragment, a space ends nothing. (The
        # suffixes need none: the stem is quoted once.)
        stem = quote(d.stem)
        anchor = "-".join(d.stem.split())
        while anchor in anchors or anchor.startswith("person-"):
            anchor = f"record-{anchor}"  # (a record "persons" or "text": the page's own parts keep their ids)
        anchors.add(anchor)
        links = [(fmt, stem + SUFFIXES[fmt]) for fmt in FORMATS
                 if fmt in formats or f"{d.stem}{SUFFIXES[fmt]}" in present and not _stale(d, fmt, present)]
        entry = _IndexEntry(
            d.stem, anchor, d.title, d.date, d.participants, d.turns, links,
            # The title leads to the reading edition, else to the text, else to what there is.
            next((href for reading in ("html", "text", "pdf", "xml") for fmt, href in links if fmt == reading), None),
            next((href for fmt, href in links if fmt == "html"), None),
            [_relative(w).format() for w in d.warnings])
        entries.append((entry, d.persons))
    # In the order of their dates, as a documentary edition sets its records (the files' order had been the page's);
    # the undated after them, in the files' order. The register's persons list their records so too.
    entries.sort(key=lambda pair: (0, pair[0].date) if pair[0].date and pair[0].date[:4].isdigit() else (1, ""))
    for entry, idents in entries:
        for ident in idents:
            naming.setdefault(ident, []).append(entry)
    persons = []
    for person in collection.register if collection else ():
        # To the person in the reading edition's list of persons, else to the record. (Each person's records
        # are looked up, not searched for among all the records: a register of thousands and a collection of
        # thousands took the product of the two.)
        records = [{"title": e.title, "href": f"{e.html}#{quote(person.id)}" if e.html else e.href}
                   for e in naming.get(person.id, ())]
        if records:
            persons.append({"anchor": f"person-{person.id}", "name": person.full_name or person.name,
                            "records": records})
    return render_index([entry for entry, _ in entries], failed, collection.title if collection else None, persons)


@dataclass(frozen=True, slots=True)
class _IndexEntry:
    """An edition as the index lists it. (Fields, not a dict's keys: the page template reads each by attribute,
    which on a dict jinja2 tries and fails before the key; a quarter of the index's time for 10,000 records.)"""

    stem: str
    anchor: str
    title: str
    date: str | None
    participants: list[str]
    turns: int
    links: list[tuple[str, str]]
    href: str | None
    html: str | None
    warnings: list[str]


def _relative(diagnostic: Diagnostic) -> Diagnostic:
    """An index must not depend on where the seeds folder was: name files by their base name."""
    name = os.path.basename(diagnostic.file) if diagnostic.file else None
    return Diagnostic(diagnostic.code, diagnostic.severity, diagnostic.message, name, diagnostic.position,
                      diagnostic.hint)


def same_path_error(path: Path, what: str = "transcript") -> Diagnostic:
    """``-o`` naming the file read: ``what`` it is ("transcript"; "TEI document" to ``tei render``)."""
    return error("output-is-input", f"the output path is the input file; refusing to overwrite the {what}",
                 str(path), hint="name another file with -o")
