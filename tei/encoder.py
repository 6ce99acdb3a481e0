"""``encode``: a transcript (and its sidecar) → a TEI tree and diagnostics.

The library entry point: the CLI, the collection build and the tests all call
this. It reads, parses and builds; it writes nothing.
"""

from __future__ import annotations

import gc
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from lxml import etree

from . import metadata as metadata_module
from . import xmlio
from .builder import Builder
from .diagnostics import Diagnostic, HasDiagnostics, InputError, Reporter, Span, error
from .metadata import Metadata
from .header import document_title, stated_date
from .model import Edition, Turn
from .parser import parse
from .source import Source
from .version import __version__


@dataclass(frozen=True)
class Summary:
    """What an index of a collection lists of a record, read from its edition model before the build
    lets the model go (a long record's model is as large as its tree: both held made the build's peak)."""

    title: str
    date: str | None
    participants: tuple[str, ...]  # as the index names them
    registered: tuple[str, ...]  # the ids of those in the collection's shared register
    unregistered: dict[str, list[str]]  # a derived id → the names it was written with
    turn_rules: dict[str, int]  # the rule that read a turn → how many it read

    @classmethod
    def of(cls, edition: Edition) -> "Summary":
        rules: dict[str, int] = {}
        for block in edition.blocks:
            if type(block) is Turn:
                rules[block.rule] = rules.get(block.rule, 0) + 1
        shared = {entry.id for entry in edition.metadata.shared_register}
        return cls(document_title(edition), edition.metadata.date or stated_date(edition),
                   tuple(p.full_name or (p.names[0] if p.names else p.id) for p in edition.persons
                         if p.id not in edition.absent),  # (not those listed absent: they took no part)
                   tuple(p.id for p in edition.persons if p.id in shared),
                   {p.id: list(p.names) for p in edition.persons if p.derived}, dict(sorted(rules.items())))


@dataclass(frozen=True)
class EncodeResult(HasDiagnostics):
    tree: etree._ElementTree
    summary: Summary
    diagnostics: tuple[Diagnostic, ...]
    spans: dict[str, Span]  # xml:id → span in the normalised transcript
    source: Source

    def to_bytes(self) -> bytes:
        return xmlio.serialise(self.tree)

    def position(self, xml_id: str):
        """Line and column in the transcript of the element with this xml:id."""
        span = self.spans.get(xml_id)
        return self.source.position(span.start) if span else None


def encode(source: str | bytes | Path, meta: Metadata | Path | str | None = None, *,
           name: str | None = None, encoding: str | None = None, find_sidecar: bool = True,
           default_encoding: str | None = None, collection: Metadata | Path | None = None) -> EncodeResult:
    """Encode a transcript.

    ``source`` is a path, the transcript's bytes, or its text. ``meta`` is
    ``Metadata``, a sidecar path, or None (then a sidecar next to a source path
    is used if there is one). ``collection`` is the collection file's metadata
    or path, read under the sidecar (by default, the ``collection.toml`` in a
    source path's folder; ``find_sidecar=False`` reads neither). Bytes are
    read in ``encoding``, else the sidecar's ``encoding``; else by their BOM,
    else as UTF-8, and only bytes that are not UTF-8 in the collection file's
    ``encoding``, else ``default_encoding`` (a build's). Raises
    ``InputError`` for unusable input.
    """
    if isinstance(source, Path):
        name = name or str(source)
        if find_sidecar:
            meta = meta if meta is not None else metadata_module.find_sidecar(source)
            collection = collection if collection is not None else metadata_module.find_collection(source)
        try:
            source = source.read_bytes()
        except OSError as exc:
            raise InputError(error("file-unreadable", f"cannot read: {exc.strerror}", name)) from None
    if isinstance(collection, (str, Path)):
        collection = metadata_module.load_collection(Path(collection))
    if isinstance(meta, (str, Path)) or (meta is None and collection is not None):
        meta = metadata_module.load(Path(meta) if meta is not None else None, collection)
    meta = meta or Metadata()
    if isinstance(source, bytes):
        text_source = Source.from_bytes(source, name, encoding or meta.encoding,
                                        fallback=meta.fallback_encoding or default_encoding)
    else:
        text_source = Source.from_text(source, name)
    del source  # the text is decoded: a file's bytes are not held while it is encoded
    with cyclic_gc_paused():
        return _encode(text_source, meta, name)


@contextmanager
def cyclic_gc_paused() -> Iterator[None]:
    """Pause Python's cycle collector while a document is built.

    Encoding makes many small objects and no garbage cycles; the collector's full
    passes grow with the heap, which made a large record's time grow faster than
    its size (a third of the time on a 2 MB record). Reference counting still frees
    everything; the collector runs again afterwards.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _encode(text_source: Source, meta: Metadata, name: str | None) -> EncodeResult:
    reporter = Reporter(name, text_source.position)
    reporter.diagnostics.extend(meta.warnings)
    edition = parse(text_source, meta, reporter)
    summary = Summary.of(edition)
    builder = Builder(edition)
    del edition  # the builder lets each block go once it is written
    tree = builder.build(__version__)
    diagnostics = sorted(reporter.diagnostics, key=_reading_order)
    return EncodeResult(tree, summary, tuple(diagnostics), builder.spans, text_source)


def _reading_order(diagnostic: Diagnostic) -> tuple[int, int]:
    position = diagnostic.position
    return (position.line, position.column) if position else (0, 0)
