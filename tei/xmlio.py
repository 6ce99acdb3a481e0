"""The one safe XML parser and the one canonical serialiser.

Reading: no DTD loading, no external or parameter entities, no network, no
entity expansion beyond libxml2's limits, no XInclude — any XML a user hands
us is read the same careful way. Writing: UTF-8, an XML declaration, element-
only content indented and mixed content left exactly as it is, so the same
tree always gives the same bytes.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from lxml import etree

from .diagnostics import InputError, OutputError, error

_INDENT = "  "


def parser() -> etree.XMLParser:
    """A parser that reads only the bytes it is given."""
    return etree.XMLParser(
        resolve_entities=False, load_dtd=False, no_network=True, dtd_validation=False,
        huge_tree=False, remove_blank_text=False, collect_ids=True,
    )


def parse_bytes(data: bytes, name: str | None = None) -> etree._ElementTree:
    """Parse XML safely; a DTD with entity declarations is refused outright."""
    try:
        tree = etree.ElementTree(etree.fromstring(data, parser(), base_url=None))
    except etree.XMLSyntaxError as exc:
        line, column = exc.position if exc.position else (None, None)
        raise InputError(error("xml-syntax", f"not well-formed XML: {exc.msg}", name, line,
                               (column or 0) + 1 if column is not None else None)) from None
    docinfo = tree.docinfo
    if docinfo.internalDTD is not None and _declares_entities(tree):
        raise InputError(error("xml-entities", "the document declares entities in a DTD; refused for safety",
                               name, 1, 1, hint="TEI needs no DTD: remove the <!DOCTYPE …> declaration"))
    return tree


def _declares_entities(tree: etree._ElementTree) -> bool:
    dtd = tree.docinfo.internalDTD
    return dtd is not None and any(True for _ in dtd.iterentities())


def parse_file(path: Path) -> etree._ElementTree:
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise InputError(error("file-unreadable", f"cannot read: {exc.strerror}", str(path))) from None
    return parse_bytes(data, str(path))


def indent(element: etree._Element, level: int = 0, structural: frozenset[str] | None = None) -> None:
    """Indent element-only content; never touch text inside mixed content.

    With ``structural``, only elements of those local names are indented, so
    inline elements with element-only content (``choice``) stay on one line.
    """
    children = list(element)
    if not children:
        return
    if structural is not None and etree.QName(element).localname not in structural:
        return
    mixed = (element.text and element.text.strip()) or any(c.tail and c.tail.strip() for c in children)
    if mixed:
        return
    pad = "\n" + _INDENT * (level + 1)
    element.text = pad
    for child in children:
        child.tail = pad
        indent(child, level + 1, structural)
    children[-1].tail = "\n" + _INDENT * level


def serialise(tree: etree._ElementTree | etree._Element) -> bytes:
    """Canonical bytes: XML declaration, UTF-8, final newline."""
    if isinstance(tree, etree._ElementTree):
        tree = tree.getroot()
    lines = [b'<?xml version="1.0" encoding="UTF-8"?>']
    sibling = tree.getprevious()
    leading = []
    while sibling is not None:
        leading.append(etree.tostring(sibling).strip())
        sibling = sibling.getprevious()
    lines.extend(reversed(leading))
    lines.append(etree.tostring(tree, encoding="UTF-8", xml_declaration=False))
    return b"\n".join(lines) + b"\n"


def write_atomic(path: Path, data: bytes) -> bool:
    """Write ``data`` to ``path`` via a temporary file and a rename; False if unchanged.

    A reader (or an interrupted run) sees the old file or the new one, never half.
    """
    path = Path(path)
    try:
        if path.exists() and path.read_bytes() == data:
            return False
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as exc:
        raise OutputError(error("output-unwritable", f"cannot write: {exc.strerror}", str(path),
                                hint="check that the folder exists and is writable")) from None
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(temp, path)
    except BaseException as exc:
        try:
            os.unlink(temp)
        except OSError:
            pass
        if isinstance(exc, OSError):
            raise OutputError(error("output-unwritable", f"cannot write: {exc.strerror}", str(path))) from None
        raise
    return True
