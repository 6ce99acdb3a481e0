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


@dataclass(slots=True)
class Unit:
    """A paragraph candidate: its lines (offset, text) and the page turns inside it."""

    parts: list = field(default_factory=list)  # (offset, stripped line) or PageBreak
    page_before: PageBreak | None = None  # a page turn between this unit and the previous one
    blank_before: bool = True  # False when split off the previous unit inside one chunk
    # Its lines and their text, asked for by nearly every rule: read once, as the unit is made
    # (a unit's parts never change after that).
    lines: list[tuple[int, str]] = field(init=False, repr=False, compare=False)
    text: str = field(init=False, repr=False, compare=False)
    _joined: Joined | None = field(default=None, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        self.lines = [p for p in self.parts if type(p) is not PageBreak]
        self.text = " ".join([text for _, text in self.lines])

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
        """The unit's text mapped to the source; made once (readers only slice it, never change it)."""
        if self._joined is None:
            self._joined = Joined.of(self.parts)
        return self._joined

    def forget(self) -> None:
        """The parse has read the unit into blocks: its lines and texts go (a long record's would all be
        held to the end of the parse, beside the blocks made of them); nothing may read it after this."""
        del self.parts, self.lines, self.text
        self._joined = None

    def split(self, index: int) -> tuple["Unit", "Unit"]:
        """Two units at ``index`` of the first line: a heading run into the text after it."""
        offset, first = self.parts[0]
        head = first[:index].rstrip()
        rest_start = index + (len(first[index:]) - len(first[index:].lstrip()))
        before = Unit([(offset, head)], self.page_before, self.blank_before)
        after = Unit([(offset + rest_start, first[rest_start:])] + self.parts[1:], None, False)
        return before, after

    def merged(self, *others: "Unit") -> "Unit":
        """A new unit: this one continued by ``others`` (on the next line, or across a page turn).

        Units are never changed in place, so the parser may classify the same units twice. A run is
        merged at once: merged one unit at a time, it copied its lines again for each.
        """
        parts = list(self.parts)
        for other in others:
            if other.page_before is not None:
                parts.append(other.page_before)
            parts.extend(other.parts)
        return Unit(parts, self.page_before, self.blank_before)


@dataclass
class Layout:
    """The transcript's blocks of non-blank lines and the gaps between them, read once."""

    chunks: list[list[tuple[int, str]]]
    gaps: list[tuple[int, bool, int]]  # before chunk k: (blank lines, form feed?, offset)
    trailing_feed: bool
    threshold: int
    width: int | None
    first_page: int

    _rough: list[Unit] | None = field(default=None, repr=False, compare=False)
    _last_page: int = field(default=0, repr=False, compare=False)

    def rough_units(self) -> list[Unit]:
        """Units split by shape alone (a short line that ends a sentence ends a unit).

        The first segmentation, read before there is evidence of who speaks; :meth:`units`
        refines it. Each unit knows the page turn before it.
        """
        if self._rough is None:
            units: list[Unit] = []
            page = self.first_page
            for index, chunk in enumerate(self.chunks):
                blanks, formfeed, at = self.gaps[index]
                page_break = None
                if index and (formfeed or blanks >= self.threshold):
                    page += 1
                    page_break = PageBreak(str(page), Span(at, max(at, chunk[0][0])))
                for k, unit_lines in enumerate(_split(chunk, self.width)):
                    units.append(Unit(unit_lines, page_break if k == 0 else None, k == 0))
            self._rough = units
            self._last_page = page
        return self._rough

    def page_turns(self) -> int:
        """How many times the page turns in the transcript: the edition has a ``pb`` for each."""
        self.rough_units()
        return self._last_page - self.first_page + (1 if self.trailing_feed and self.chunks else 0)

    def units(self, opens_block: Callable[[str], bool], stands_alone: Callable[[str], bool] | None = None
              ) -> tuple[list[Unit], list[PageBreak]]:
        """Units in reading order, each knowing the page turn before it; plus trailing page turns.

        A line that ends a sentence also ends a unit when the next line ``opens_block`` (a
        speaker's name, a list item …), however long it is; a line that ``stands_alone`` (a
        speaker's label above the speech) is a unit of its own: the rough units, split again
        there. A unit that is not split again is the rough one, with what it has cached.
        """
        units: list[Unit] = []
        for unit in self.rough_units():
            if len(unit.parts) == 1:
                units.append(unit)
            else:
                units.extend(_split_again(unit, opens_block, stands_alone))
        trailing: list[PageBreak] = []
        if self.trailing_feed and units:
            trailing.append(PageBreak(str(self._last_page + 1), Span(units[-1].end, units[-1].end)))
        return units, trailing


def layout(source: Source, page_break_blank_lines: int | None, first_page: int) -> Layout:
    chunks: list[list[tuple[int, str]]] = []
    gaps: list[tuple[int, bool, int]] = []
    current: list[tuple[int, str]] = []
    blank, feed, gap_at = 0, False, 0
    lines = source.lines()
    if "\f" in source.text:
        lines = _with_feeds(lines)
    for offset, text in lines:
        if text is None:  # a form feed
            if current:
                chunks.append(current)
                current = []
                gap_at = offset
            feed = True
            continue
        stripped = text.strip()
        if stripped:
            if not current:
                gaps.append((blank, feed, gap_at))
                blank, feed = 0, False
            if len(stripped) != len(text):
                offset += len(text) - len(text.lstrip())
            current.append((offset, stripped))
            continue
        if current:
            chunks.append(current)
            current = []
            gap_at = offset
        blank += 1
    if current:
        chunks.append(current)
    threshold = page_break_blank_lines or _infer_threshold([g[0] for g in gaps[1:]])
    return Layout(chunks, gaps, feed and not current, threshold, _wrap_width(chunks), first_page)


def _with_feeds(lines: list[tuple[int, str]]) -> list[tuple[int, str | None]]:
    """Lines with each form feed as ``(offset, None)`` between the pieces it separates.

    A blank piece beside a form feed is neither a line nor a blank line.
    """
    out: list[tuple[int, str | None]] = []
    for offset, text in lines:
        if "\f" not in text:
            out.append((offset, text))
            continue
        position = offset
        for k, piece in enumerate(text.split("\f")):
            if k:
                out.append((position - 1, None))
            if piece.strip():
                out.append((position, piece))
            position += len(piece) + 1
    return out


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


def _split(chunk: list[tuple[int, str]], width: int | None) -> list[list[tuple[int, str]]]:
    """A chunk's lines → units: a short line (under 80 % of the wrap width) that ends a sentence ends one."""
    units = [[chunk[0]]]
    limit = None if width is None else 0.8 * width
    for previous, line in zip(chunk, chunk[1:]):
        prev_text = previous[1]
        if limit is not None and len(prev_text) < limit and prev_text.endswith(SENTENCE_END):
            units.append([line])
        else:
            units[-1].append(line)
    return units


def _split_again(unit: Unit, opens_block: Callable[[str], bool], stands_alone: Callable[[str], bool] | None
                 ) -> list[Unit]:
    """A rough unit split where a line ends a sentence and the next one opens a block, and on both sides
    of a line that stands alone (asked only of a document that has such lines)."""
    lines = unit.parts
    cuts = [i for i in range(1, len(lines)) if lines[i - 1][1].endswith(SENTENCE_END) and opens_block(lines[i][1])]
    if stands_alone is not None:
        alone = [stands_alone(text) for _, text in lines]
        cuts = sorted({*cuts, *(i for i in range(1, len(lines)) if alone[i - 1] or alone[i])})
    if not cuts:
        return [unit]
    bounds = [0, *cuts, len(lines)]
    pieces = [Unit(lines[bounds[0]:bounds[1]], unit.page_before, unit.blank_before)]
    pieces.extend(Unit(lines[a:b], None, False) for a, b in zip(bounds[1:], bounds[2:]))
    return pieces


__all__ = ["Unit", "Layout", "layout", "SENTENCE_END", "PAGE_TURN"]
