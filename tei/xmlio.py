"""The one safe XML parser and the one canonical serialiser.

Reading: no DTD loading, no external or parameter entities, no network, no
entity expansion beyond libxml2's limits, no XInclude — any XML a user hands
us is read the same careful way. Writing: UTF-8, an XML declaration, element-
only content indented and mixed content left exactly as it is, so the same
tree always gives the same bytes. The builder writes a record's body as markup:
every text and attribute value in it is escaped here, and ``parse_markup``
reads it back.
"""

from __future__ import annotations

import errno
import itertools
import os
import re
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from lxml import etree

from .diagnostics import Diagnostic, InputError, OutputError, error

_INDENT = "  "

# What XML 1.0 can hold: no C0 control but tab, LF and CR, no U+FFFE/U+FFFF, no lone surrogate.
NOT_XML_CHARACTER = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
# A name without a prefix: an id, an attribute's name.
NCNAME = re.compile(r"[^\W\d][\w.-]*")


def parser(recover: bool = False) -> etree.XMLParser:
    """A parser that reads only the bytes it is given.

    Never ``collect_ids=False``: lxml then asks libxml2 to load the external DTD
    (the "skip IDs" flag makes libxml2 load the DTD subset).
    """
    return etree.XMLParser(
        resolve_entities=False, load_dtd=False, no_network=True, dtd_validation=False,
        huge_tree=False, remove_blank_text=False, collect_ids=True, recover=recover,
    )


def escape_text(text: str) -> str:
    """``text`` as character data in markup: no transcript character ever becomes markup."""
    if "&" in text or "<" in text or ">" in text or "\r" in text:  # most texts have none
        # A parser reads a bare CR as LF: it goes in as a reference.
        text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\r", "&#13;")
    return text


def escape_attribute(value: str) -> str:
    """``value`` inside double quotes; tab and line ends as references, which a parser keeps."""
    if "&" in value or "<" in value or '"' in value or "\t" in value or "\n" in value or "\r" in value:
        value = value.replace("&", "&amp;").replace("<", "&lt;").replace('"', "&quot;")
        value = value.replace("\t", "&#9;").replace("\n", "&#10;").replace("\r", "&#13;")
    return value


def parse_markup(markup: str | Iterable[str]) -> etree._Element:
    """Markup that this package wrote, every text in it escaped, → its root element.

    The builder writes a record's body as markup because lxml makes an element asked for
    from Python at many times the cost of the parser making it. White space is kept as it
    is; no xml:id is collected (a repeated one is for validation to report, and markup
    without a DOCTYPE loads no DTD); no size limit (a record may be long).

    The markup may come in pieces: they go to the parser a batch at a time, so a long
    record's markup is never held whole beside the tree being made from it (a seed-sized
    record is one batch).
    """
    own = etree.XMLParser(resolve_entities=False, load_dtd=False, no_network=True, dtd_validation=False,
                          huge_tree=True, remove_blank_text=False, collect_ids=False)
    if isinstance(markup, str):
        return etree.fromstring(markup.encode("utf-8"), own)
    for data in utf8_batches(markup, _MARKUP_BATCH):
        own.feed(data)
    return own.close()


_MARKUP_BATCH = 1 << 16  # characters of markup parsed at a time


_POSITION_SUFFIX = re.compile(r",? line \d+, column \d+$")
_NO_DTD = "TEI needs no DTD: remove the <!DOCTYPE …> declaration"
# libxml2 reports a repeated or malformed xml:id while parsing; these are validity errors, not syntax.
_ID_ERRORS = frozenset({"DTD_ID_REDEFINED", "DTD_XMLID_VALUE"})


def parse_bytes(data: bytes, name: str | None = None, *, lenient_ids: bool = False) -> etree._ElementTree:
    """Parse XML safely; a DTD that declares entities or names an external file is refused outright.

    With ``lenient_ids``, a document whose only errors are a repeated or malformed
    xml:id is read anyway, so that a validator reports them as the validity
    errors they are.
    """
    xml_parser = parser()
    try:
        tree = etree.ElementTree(etree.fromstring(data, xml_parser, base_url=None))
    except etree.XMLSyntaxError as exc:
        errors = [entry for entry in xml_parser.error_log if entry.level_name in ("ERROR", "FATAL")]
        syntax = [entry for entry in errors if entry.type_name not in _ID_ERRORS]
        if lenient_ids and errors and not syntax:
            tree = etree.ElementTree(etree.fromstring(data, parser(recover=True), base_url=None))
        else:
            # libxml2's columns are 1-based already.
            first = syntax[0] if lenient_ids and syntax else None
            line, column = (first.line, first.column) if first else (exc.position or (None, None))
            message = first.message if first else _POSITION_SUFFIX.sub("", exc.msg or "")
            raise InputError(_syntax_error(message.strip(), name, line, column or None)) from None
    docinfo = tree.docinfo
    if docinfo.internalDTD is not None and _declares_entities(tree):
        raise InputError(error("xml-entities", "the document declares entities in a DTD; refused for safety",
                               name, 1, 1, hint=_NO_DTD))
    if docinfo.system_url or docinfo.public_id:
        external = docinfo.system_url or docinfo.public_id
        raise InputError(error("xml-dtd", f'the document names an external DTD ("{external}"); DTDs are never '
                               "loaded, so its entities would be lost: refused", name, 1, 1, hint=_NO_DTD))
    return tree


def _syntax_error(message: str, name: str | None, line: int | None, column: int | None) -> Diagnostic:
    """Entity bombs and oversized text are refused by libxml2's limits; say so plainly."""
    lowered = message.lower()
    if "amplification" in lowered or "entity loop" in lowered or "entities" in lowered and "limit" in lowered:
        return error("xml-entities", f"entity expansion beyond the safe limit; refused ({message})", name, line,
                     column, hint=_NO_DTD)
    if "huge" in lowered or "too long" in lowered or "resource limit" in lowered or "too deep" in lowered:
        return error("xml-too-large", f"the document exceeds the parser's safety limits ({message})", name, line,
                     column, hint="a text node may hold at most 10 MB and elements may nest at most 256 deep; "
                                  "split the document")
    return error("xml-syntax", f"not well-formed XML: {message}", name, line, column)


def _declares_entities(tree: etree._ElementTree) -> bool:
    dtd = tree.docinfo.internalDTD
    return dtd is not None and any(True for _ in dtd.iterentities())


def parse_file(path: Path, *, lenient_ids: bool = False) -> etree._ElementTree:
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise InputError(error("file-unreadable", f"cannot read: {exc.strerror}", str(path))) from None
    return parse_bytes(data, str(path), lenient_ids=lenient_ids)


def indent(element: etree._Element, level: int = 0, structural: frozenset[str] | None = None) -> None:
    """Indent element-only content; never touch text inside mixed content.

    With ``structural``, only elements of those local names are indented, so
    inline elements with element-only content (``choice``) stay on one line.
    """
    if structural is not None and element.tag.rpartition("}")[2] not in structural:
        return
    children = list(element)
    if not children:
        return
    text = element.text
    if (text and not text.isspace()) or any(c.tail and not c.tail.isspace() for c in children):
        return  # mixed content
    pad = "\n" + _INDENT * (level + 1)
    element.text = pad
    for child in children:
        child.tail = pad
        if len(child):
            indent(child, level + 1, structural)
    children[-1].tail = "\n" + _INDENT * level


def serialise(tree: etree._ElementTree | etree._Element) -> bytes:
    """Canonical bytes: XML declaration, UTF-8, final newline."""
    out: list[bytes] = []
    serialise_to(tree, out.append)
    return b"".join(out)


def serialise_to(tree: etree._ElementTree | etree._Element, write) -> None:
    """``serialise``'s bytes handed to ``write`` a few kilobytes at a time: a long document's bytes are
    never held whole (``tei build`` writes them straight into the staged file)."""
    if isinstance(tree, etree._ElementTree):
        tree = tree.getroot()
    leading = []
    sibling = tree.getprevious()
    while sibling is not None:
        leading.append(etree.tostring(sibling).strip())
        sibling = sibling.getprevious()
    write(b"\n".join([b'<?xml version="1.0" encoding="UTF-8"?>', *reversed(leading), b""]))
    with etree.xmlfile(_Writes(write), encoding="UTF-8") as xml:
        xml.write(tree)
    write(b"\n")


class _Writes:
    """A callable as the file-like object that lxml's incremental writer asks for."""

    __slots__ = ("write",)

    def __init__(self, write) -> None:
        self.write = write


def write_atomic(path: Path, data: bytes) -> bool:
    """Write ``data`` to ``path`` via a temporary file and a rename; False if unchanged.

    A reader (or an interrupted run) sees the old file or the new one, never half.
    """
    return write_streamed(path, lambda write: write(data))


def stage(path: Path, data: bytes) -> str | None:
    """``data`` in a temporary file beside ``path``, for ``commit`` (or ``discard``); None if ``path``
    holds these bytes already. (``StagedOutput`` for an output made a piece at a time.)"""
    output = StagedOutput(path)
    output.write(data)
    return output.close()


def utf8_batches(pieces: Iterable[str], size: int = 1 << 16) -> Iterator[bytes]:
    """Pieces of text as UTF-8, a batch of about ``size`` characters at a time (a rendering's pieces
    are many and short; one ``write`` each would cost more than the writing)."""
    batch: list[str] = []
    length = 0
    for piece in pieces:
        batch.append(piece)
        length += len(piece)
        if length >= size:
            yield "".join(batch).encode("utf-8")
            batch.clear()
            length = 0
    if batch:
        yield "".join(batch).encode("utf-8")


class StagedOutput:
    """An output written a piece at a time, compared with the file in its place as it comes.

    While the pieces match the old file nothing is written; at the first piece that
    differs, a temporary file beside ``path`` gets the old file's matching start (the same
    bytes) and every piece after it. ``close`` gives that file, for ``commit``, or None
    when the old file holds the output already. ``compare_only`` (``tei build --check``)
    writes nothing and only tells, by ``differs``. So a long output is never held whole,
    and an unchanged one costs no write.
    """

    def __init__(self, path: Path, compare_only: bool = False) -> None:
        self.path = Path(path)
        self.compare_only = compare_only
        self.size = 0  # bytes written so far
        self.differs = False
        self.temp: str | None = None
        self._matched = 0  # bytes of the old file that the output has matched so far
        self._handle = None  # the temporary file, once the output differs
        try:
            self._old = open(self.path, "rb")
        except (FileNotFoundError, NotADirectoryError, IsADirectoryError):  # nothing there, or not a file
            self._old = None
        except OSError as exc:
            raise self._unwritable(exc) from None

    def write(self, data: bytes) -> None:
        self.size += len(data)
        if not self.differs:
            old, view = self._old, memoryview(data)
            for start in range(0, len(data), _COMPARED):  # the old file read a block at a time
                block = view[start:start + _COMPARED]
                if old is None or old.read(len(block)) != block:
                    self._differ()
                    data = view[start:]
                    break
                self._matched += len(block)
            else:
                return
        if self._handle is not None:
            with _discarded_on_failure(self.temp, self.path):
                self._handle.write(data)

    def close(self) -> str | None:
        """The temporary file that holds the output, or None if ``path`` holds it already (or
        ``compare_only``)."""
        if not self.differs and (self._old is None or self._old.read(1) != b""):
            self._differ()
        if self._old is not None:
            self._old.close()
            self._old = None
        if self._handle is not None:
            with _discarded_on_failure(self.temp, self.path):
                self._handle.close()
            self._handle = None
        return self.temp

    def abandon(self) -> None:
        """Close everything and remove the temporary file (an output that will not be used)."""
        for handle in (self._old, self._handle):
            if handle is not None:
                handle.close()
        self._old = self._handle = None
        if self.temp is not None:
            discard(self.temp)

    def _differ(self) -> None:
        """From here on the output differs: a temporary file gets the old file's matching start."""
        self.differs = True
        if self.compare_only:
            return
        try:
            self.temp, fd = _new_beside(self.path)
        except OSError as exc:
            raise self._unwritable(exc) from None
        self._handle = os.fdopen(fd, "wb", buffering=1 << 16)  # (a size named: no asking whether it is a terminal)
        if self._matched:
            with _discarded_on_failure(self.temp, self.path):
                self._old.seek(0)
                left = self._matched
                while left:
                    block = self._old.read(min(left, _COMPARED))
                    if not block:  # the old file was cut short under us since it was compared
                        raise OSError(errno.EIO, "the file in its place changed while it was compared")
                    self._handle.write(block)
                    left -= len(block)

    def _unwritable(self, exc: OSError) -> OutputError:
        return OutputError(error("output-unwritable", f"cannot write: {exc.strerror}", str(self.path),
                                 hint="check that the folder exists and is writable"))


def write_streamed(path: Path, write_into: Callable[[Callable[[bytes], None]], None]) -> bool:
    """``write_atomic`` for an output made a piece at a time: ``write_into(write)`` hands each piece to
    ``write``; False if ``path`` held these bytes already. A failure part way leaves ``path`` as it was."""
    output = StagedOutput(path)
    try:
        write_into(output.write)
        staged = output.close()
    except BaseException:
        output.abandon()
        raise
    if staged is None:
        return False
    commit(staged, path)
    return True


def _new_beside(path: Path) -> tuple[str, int]:
    """A new, empty temporary file beside ``path`` (its folder made if need be), open for writing.

    Made with an ordinary file's mode, as ``open`` makes one (0666 less the umask), where
    ``mkstemp`` makes 0600 and a ``chmod`` had to follow; named by this process and a count,
    so no two writers share one. A build writes three of these for every record.
    """
    folder_made = False
    while True:
        temp = f"{path.parent}/.{path.name}.{os.getpid()}-{next(_STAGED)}.tmp"
        try:
            return temp, os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_CLOEXEC, 0o666)
        except FileExistsError:  # left by an earlier process of the same number: take the next name
            continue
        except FileNotFoundError:
            # No folder yet: make it, and try again once. Another worker of the build may make it
            # between the two steps (it is then there when asked for, and this one tries again too).
            if folder_made:
                raise
            path.parent.mkdir(parents=True, exist_ok=True)
            folder_made = True


_STAGED = itertools.count()
_STAGED_NAME = re.compile(r"\..+\.([1-9]\d*)-\d+\.tmp")  # as _new_beside names them: the process, a count


def remove_stale(folder: Path) -> None:
    """Remove the temporary files that ``stage`` left in ``folder`` in processes that no longer run.

    A build killed outright (SIGKILL, the out-of-memory killer) leaves the outputs of the
    documents it had in hand staged beside their places; hidden, but an editor who commits
    the editions folder would commit them. A file of a process that still runs (a build
    into the same folder) is left alone; one of a killed process that its parent has not yet
    reaped (a zombie) is removed on Linux, where /proc tells, and elsewhere at the next build
    after. Not on Windows, where no signal only asks whether a process runs.
    """
    if os.name != "posix":
        return
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return
    for entry in entries:
        found = _STAGED_NAME.fullmatch(entry.name)
        if found is not None and not _running(int(found.group(1))) and entry.is_file(follow_symlinks=False):
            discard(entry.path)


def _running(pid: int) -> bool:
    try:
        os.kill(pid, 0)  # signal 0: only whether the process exists
    except ProcessLookupError:
        return False
    except OSError:  # it exists, and belongs to someone else
        return True
    try:  # (Linux: a process that has ended but is not yet reaped, a zombie, runs no more)
        with open(f"/proc/{pid}/stat", "rb") as handle:
            return handle.read().rsplit(b")", 1)[1].split()[0] != b"Z"
    except (OSError, IndexError):
        return True


def holds(path: Path, data: bytes) -> bool:
    """Whether the file at ``path`` holds exactly ``data``: its size first, then a block at a time (a
    long edition is not read whole beside the new one)."""
    try:
        if os.stat(path).st_size != len(data):
            return False
    except (FileNotFoundError, NotADirectoryError):
        return False
    output = StagedOutput(path, compare_only=True)
    output.write(data)
    output.close()
    return not output.differs


_COMPARED = 1 << 20  # bytes of a file compared at a time


def commit(staged: str, path: Path) -> None:
    """Rename a staged file into place (``stage``'s, or a ``StagedOutput``'s ``temp``)."""
    with _discarded_on_failure(staged, path):
        os.replace(staged, path)


@contextmanager
def _discarded_on_failure(staged: str, path: Path) -> Iterator[None]:
    """A staged file that cannot be written or put in place is removed; the reason is an OutputError."""
    try:
        yield
    except BaseException as exc:
        discard(staged)
        if isinstance(exc, OSError):
            raise OutputError(error("output-unwritable", f"cannot write: {exc.strerror}", str(path))) from None
        raise


def discard(staged: str) -> None:
    try:
        os.unlink(staged)
    except OSError:
        pass
