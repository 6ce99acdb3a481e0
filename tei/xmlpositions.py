"""Where a problem is in a document as written: line, column and a readable path.

libxml2 gives lines only, and names elements by its own paths; a reader needs
the column of the offending start tag, attribute or text, and the element's
place in words. Checks report a ``Problem`` on an element; ``Document`` places it.
"""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from lxml import etree

from .diagnostics import Diagnostic, Position, Severity

if TYPE_CHECKING:
    from .transcriptmap import TranscriptMap


@dataclass
class Problem:
    """A finding before it is placed: the element, and where in it (attribute or text)."""

    code: str
    severity: Severity
    message: str
    element: etree._Element | None
    attribute: str | None = None
    text: bool = False
    hint: str | None = None


_START_TAG = re.compile(r"""<[^\s/>!?]+(?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*\s*(/?)>""")


class SourceMap:
    """Where each element's start tag is in the raw document.

    The n-th start tag in the text is the n-th element in document order (the
    document was read without expanding entities or XInclude), so one scan
    that skips comments, CDATA, processing instructions and the DOCTYPE finds
    them all.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self.starts: list[int] = []  # offset of "<" of each start tag
        self.tag_ends: list[int] = []  # offset just after its ">"
        self.ends: list[int] = []  # offset just after the element's end tag
        self.line_starts = [0] + [m.end() for m in re.finditer(r"\n", text)]
        self._scan()

    @classmethod
    def from_bytes(cls, data: bytes, encoding: str | None) -> "SourceMap":
        """Columns count characters, not bytes; a byte order mark is not one."""
        codec = (encoding or "utf-8").lower()
        if codec in ("utf-8", "utf8"):
            codec = "utf-8-sig"
        try:
            text = data.decode(codec, errors="replace")
        except LookupError:
            text = data.decode("utf-8-sig", errors="replace")
        if text[:1] == "\ufeff":
            text = text[1:]
        return cls(text)

    def _scan(self) -> None:
        text, stack, index = self.text, [], 0
        while True:
            index = text.find("<", index)
            if index < 0:
                return
            if text.startswith("<!--", index):
                index = _after(text, "-->", index + 4)
            elif text.startswith("<![CDATA[", index):
                index = _after(text, "]]>", index + 9)
            elif text.startswith("<?", index):
                index = _after(text, "?>", index + 2)
            elif text.startswith("<!", index):
                index = _skip_declaration(text, index)
            elif text.startswith("</", index):
                index = _after(text, ">", index + 2)
                if stack:
                    self.ends[stack.pop()] = index
            else:
                match = _START_TAG.match(text, index)
                if match is None:
                    return
                number = len(self.starts)
                self.starts.append(index)
                self.tag_ends.append(match.end())
                self.ends.append(match.end())
                if not match.group(1):
                    stack.append(number)
                index = match.end()

    def position(self, offset: int) -> Position:
        line = bisect.bisect_right(self.line_starts, offset)
        return Position(line, offset - self.line_starts[line - 1] + 1)


def _after(text: str, end: str, start: int) -> int:
    found = text.find(end, start)
    return len(text) if found < 0 else found + len(end)


def _skip_declaration(text: str, index: int) -> int:
    """Past a ``<!DOCTYPE …>``: its internal subset may hold ``>`` in quotes and comments."""
    depth, quote, i = 0, None, index + 2
    while i < len(text):
        char = text[i]
        if quote:
            if char == quote:
                quote = None
        elif text.startswith("<!--", i):
            i = _after(text, "-->", i + 4)
            continue
        elif char in "\"'":
            quote = char
        elif char == "[":
            depth += 1
        elif char == "]":
            depth -= 1
        elif char == ">" and depth <= 0:
            return i + 1
        i += 1
    return len(text)


# A libxml2 path of element steps only, each ``*`` or ``*[n]``: the root step is the document's one element.
_ELEMENT_STEPS = re.compile(r"(?:/\*(?:\[[1-9]\d*\])?)+")
_STEP_INDEX = re.compile(r"/\*(?:\[(\d+)\])?")


class Document:
    """A parsed document with its bytes: the tree answers what, the bytes where."""

    def __init__(self, tree: etree._ElementTree, data: bytes, name: str) -> None:
        self.tree = tree
        self.data = data
        self.name = name
        self._sibling_positions: dict = {}  # element_path's numbering, kept for the document's diagnostics
        self._element_children: dict[etree._Element, list[etree._Element]] = {}  # for find's walk

    @functools.cached_property
    def source_map(self) -> SourceMap | None:
        """None when the scan and the tree disagree: then lines only, from libxml2."""
        source = SourceMap.from_bytes(self.data, self.tree.docinfo.encoding)
        return source if len(source.starts) == len(self.order) else None

    @functools.cached_property
    def order(self) -> dict[etree._Element, int]:
        return {element: i for i, element in enumerate(self.tree.getroot().iter(etree.Element))}

    @functools.cached_property
    def prefixes(self) -> dict[str, str]:
        """Every prefix the document declares: libxml2 writes prefixed names in its paths."""
        found: dict[str, str] = {}
        for element in self.tree.getroot().iter(etree.Element):
            for prefix, uri in element.nsmap.items():
                if prefix:
                    found.setdefault(prefix, uri)
        return found

    def find(self, path: str | None) -> etree._Element | None:
        """The element at one of libxml2's paths."""
        if not path:
            return None
        if _ELEMENT_STEPS.fullmatch(path):
            return self._walk(path)
        try:
            found = self.tree.xpath(path, namespaces=self.prefixes)
        except etree.XPathError:
            return None
        return found[0] if found and isinstance(found[0], etree._Element) else None

    def _walk(self, path: str) -> etree._Element | None:
        """A path of ``*`` steps (``/*/*[2]/*/*/*[3]``: elements in a namespace without a prefix, as
        libxml2 writes them), followed a step at a time through each parent's element children,
        numbered once: XPath's ``*[n]`` reads the first n children on every call, so a document with
        an error in each of thousands of turns took time growing with the square of the turns."""
        node = self.tree.getroot()
        for index in _STEP_INDEX.findall(path)[1:]:  # the first step is the root
            children = self._element_children.get(node)
            if children is None:
                children = self._element_children[node] = [c for c in node if isinstance(c.tag, str)]
            position = int(index) - 1 if index else 0
            if not 0 <= position < len(children):
                return None
            node = children[position]
        return node

    def position(self, problem: Problem) -> Position | None:
        element = problem.element
        if element is None:
            return None
        source = self.source_map
        index = self.order.get(element)
        if source is None or index is None:
            return Position(element.sourceline, 1) if element.sourceline else None
        offset = source.starts[index]
        if problem.attribute:
            tag = source.text[offset:source.tag_ends[index]]
            match = re.search(r"\s(" + re.escape(problem.attribute) + r")\s*=", tag)
            if match:
                offset += match.start(1)
        elif problem.text:
            offset = self._text_offset(element, index) or offset
        return source.position(offset)

    def _text_offset(self, element: etree._Element, index: int) -> int | None:
        """The first non-blank character of the element's own text (not its children's)."""
        source = self.source_map
        candidates = []
        if element.text and element.text.strip():
            candidates.append(source.tag_ends[index])
        for child in element:
            if child.tail and child.tail.strip() and child in self.order:
                candidates.append(source.ends[self.order[child]])
        if not candidates:
            return None
        start = candidates[0]
        match = re.compile(r"\S").search(source.text, start)
        return match.start() if match else start

    def diagnostic(self, problem: Problem, transcript: TranscriptMap | None = None) -> Diagnostic:
        message = problem.message
        details = []
        if problem.element is not None:
            details.append(f"at {element_path(problem.element, self._sibling_positions)}")
            where = transcript.locate(problem.element) if transcript else None
            if where:
                details.append(f"transcript {where}")
        if details:
            message += f" ({'; '.join(details)})"
        return Diagnostic(problem.code, problem.severity, message, self.name, self.position(problem), problem.hint)


def element_path(element: etree._Element, positions: dict | None = None) -> str:
    """``/TEI/text/body/div/sp[3]/p[2]``: names as written, a position where a name repeats.

    ``positions`` keeps, for each (parent, tag) met, its children of that tag numbered:
    a document with an error in each of thousands of turns numbered the turns once, not
    once an error (which took time growing with the square of the turns).
    """
    positions = {} if positions is None else positions
    steps = []
    node = element
    while node is not None:
        name = element_name(node)
        parent = node.getparent()
        if parent is not None:
            numbered = positions.get((parent, node.tag))
            if numbered is None:
                same = parent.iterchildren(node.tag)
                numbered = positions[parent, node.tag] = {child: n for n, child in enumerate(same, 1)}
            if len(numbered) > 1:
                name += f"[{numbered[node]}]"
        steps.append(name)
        node = parent
    return "/" + "/".join(reversed(steps))


def element_name(element: etree._Element | None) -> str:
    """The element's name as the document writes it (``prefix:local``); '' for anything else."""
    if element is None or not isinstance(element.tag, str):
        return ""
    local = etree.QName(element).localname
    return f"{element.prefix}:{local}" if element.prefix else local
