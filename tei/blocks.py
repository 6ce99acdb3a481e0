"""Lines → units (paragraph candidates) and page turns.

A transcript extracted from a PDF is hard-wrapped: a paragraph is several lines,
paragraphs are separated by a blank line, and a printed page turns where a
longer run of blank lines (or a form feed) stands. Some paragraphs end without
a blank line: a short line that ends a sentence, followed by a line that opens a
new block, is a paragraph end too. What the units *are* (turn, list item,
heading …) is decided by the block rules in :mod:`tei.rules`.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Callable

from .diagnostics import Span
from .inline import PAGE_TURN, Joined
from .model import PageBreak
from .source import Source

# Characters that may end a paragraph (after trailing white space is removed).
SENTENCE_END = tuple('.!?:;"\'”’)]»')


@dataclass
class Unit:
    """A paragraph candidate: its lines (offset, text) and the page turns inside it."""

    parts: list = field(default_factory=list)  # (offset, stripped line) or PageBreak
    page_before: PageBreak | None = None  # a page turn between this unit and the previous one
    blank_before: bool = True  # False when split off the previous unit inside one chunk
    _text: str | None = field(default=None, repr=False, compare=False)
    _lines: list[tuple[int, str]] | None = field(default=None, repr=False, compare=False)

    @property
    def lines(self) -> list[tuple[int, str]]:
        # Asked for by nearly every rule; a unit's parts never change after it is made.
        if self._lines is None:
            self._lines = [p for p in self.parts if type(p) is not PageBreak]
        return self._lines

    @property
    def text(self) -> str:
        if self._text is None:
            self._text = " ".join(text for _, text in self.lines)
        return self._text

    @property
    def start(self) -> int:
        return self.lines[0][0]

    @property
    def end(self) -> int:
        offset, text = self.lines[-1]
        return offset + len(text)

    @property
    def span(self) -> Span:
        return Span(self.start, self.end)

    def joined(self) -> Joined:
        joined = Joined()
        for part in self.parts:
            if isinstance(part, PageBreak):
                joined.add_page_break(part)
            else:
                joined.add(part[1], part[0])
        return joined

    def split(self, index: int) -> tuple["Unit", "Unit"]:
        """Two units at ``index`` of the first line: a heading run into the text after it."""
        offset, first = self.parts[0]
        head = first[:index].rstrip()
        rest_start = index + (len(first[index:]) - len(first[index:].lstrip()))
        before = Unit([(offset, head)], self.page_before, self.blank_before)
        after = Unit([(offset + rest_start, first[rest_start:])] + self.parts[1:], None, False)
        return before, after

    def merged(self, other: "Unit") -> "Unit":
        """A new unit: this one continued by ``other`` (on the next line, or across a page turn).

        Units are never changed in place, so the parser may classify the same units twice.
        """
        turn = [other.page_before] if other.page_before is not None else []
        return Unit(self.parts + turn + other.parts, self.page_before, self.blank_before)


def _stripped(offset: int, text: str) -> tuple[int, str]:
    lead = len(text) - len(text.lstrip())
    return offset + lead, text.strip()


@dataclass
class Layout:
    """The transcript's blocks of non-blank lines and the gaps between them, read once."""

    chunks: list[list[tuple[int, str]]]
    gaps: list[tuple[int, bool, int]]  # before chunk k: (blank lines, form feed?, offset)
    trailing_feed: bool
    threshold: int
    width: int | None
    first_page: int

    def units(self, opens_block: Callable[[str], bool]) -> tuple[list[Unit], list[PageBreak]]:
        """Units in reading order, each knowing the page turn before it; plus trailing page turns."""
        units: list[Unit] = []
        trailing: list[PageBreak] = []
        page = self.first_page
        for index, chunk in enumerate(self.chunks):
            blanks, formfeed, at = self.gaps[index]
            page_break = None
            if index and (formfeed or blanks >= self.threshold):
                page += 1
                page_break = PageBreak(str(page), Span(at, max(at, chunk[0][0])))
            for k, unit_lines in enumerate(_split(chunk, self.width, opens_block)):
                units.append(Unit(list(unit_lines), page_break if k == 0 else None, k == 0))
        if self.trailing_feed and units:
            page += 1
            trailing.append(PageBreak(str(page), Span(units[-1].end, units[-1].end)))
        return units, trailing


def layout(source: Source, page_break_blank_lines: int | None, first_page: int) -> Layout:
    events: list[tuple[str, int, str]] = []
    for offset, text in source.lines():
        if "\f" not in text:
            events.append(("line", offset, text) if text.strip() else ("blank", offset, ""))
            continue
        position = offset
        for k, piece in enumerate(text.split("\f")):
            if k:
                events.append(("feed", position - 1, ""))
            if piece.strip():
                events.append(("line", position, piece))
            position += len(piece) + 1

    chunks: list[list[tuple[int, str]]] = []
    gaps: list[tuple[int, bool, int]] = []
    current: list[tuple[int, str]] = []
    blank, feed, gap_at = 0, False, 0
    for kind, offset, text in events:
        if kind == "line":
            if not current:
                gaps.append((blank, feed, gap_at))
                blank, feed = 0, False
            current.append(_stripped(offset, text))
            continue
        if current:
            chunks.append(current)
            current = []
            gap_at = offset
        if kind == "blank":
            blank += 1
        else:
            feed = True
    if current:
        chunks.append(current)
    threshold = page_break_blank_lines or _infer_threshold([g[0] for g in gaps[1:]])
    return Layout(chunks, gaps, feed and not current, threshold, _wrap_width(chunks), first_page)


def _infer_threshold(runs: list[int]) -> int:
    """Blank lines that make a page turn: more than the usual paragraph gap."""
    if len(runs) < 3:
        return 2
    counts = Counter(runs)
    usual = min(counts, key=lambda n: (-counts[n], n))
    return usual + 1


def _wrap_width(chunks: list[list[tuple[int, str]]]) -> int | None:
    lengths = sorted(len(text) for chunk in chunks if len(chunk) > 1 for _, text in chunk)
    if len(lengths) < 3:
        return None
    return lengths[int(len(lengths) * 0.9)]


def _split(chunk: list[tuple[int, str]], width: int | None,
           opens_block: Callable[[str], bool]) -> list[list[tuple[int, str]]]:
    units = [[chunk[0]]]
    for previous, line in zip(chunk, chunk[1:]):
        prev_text = previous[1]
        ends = prev_text.endswith(SENTENCE_END)
        short = width is not None and len(prev_text) < 0.8 * width
        if ends and (short or opens_block(line[1])):
            units.append([line])
        else:
            units[-1].append(line)
    return units


__all__ = ["Unit", "Layout", "layout", "SENTENCE_END", "PAGE_TURN"]
