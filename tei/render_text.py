"""Plain-text layout for the text format's rules: wrapped blocks, page marks in the margin.

Rules write inline text as they please; a block rule hands its content to
``block``, which collapses white space, wraps at the width and frames the
result so that an enclosing block keeps it as it is (indented, not rewrapped).
Frames use two control characters that XML 1.0 cannot contain, so no TEI text
can forge one. ``finish`` removes the frames and leaves one blank line
between blocks.

Most of a record is paragraphs in speeches in one division, so ``block`` goes
straight through its common cases (text already collapsed, frames and nothing
else, the one block it has just made handed up again); everything else takes
the general path. tests/test_render_layout.py holds each shortcut to it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator

# C0 controls that XML 1.0 forbids and Python does not count as white space (\x1c-\x1f it does).
OPEN, CLOSE = "\x02", "\x03"  # a finished block, kept whole by the blocks around it
MARK = "\x07"  # a page turn in the margin policy: MARK + number + MARK
LINE = "\x04"  # a line the source breaks (TEI's lb): the words after it on a line of their own
_MARK = re.compile(f" ?{MARK}([^{MARK}]*){MARK}")
_WORD = re.compile(r"\w")
_BLANK_LINES = re.compile(r"\n{3,}")
_ASCII_SPACE = "\t\r\x0b\x0c\x1c\x1d\x1e\x1f"  # str.isspace(), but for " " and "\n"
MARGIN = 9  # columns kept for "  [p. 12]" when page numbers go in the margin


class Layout:
    """Wraps blocks for one rendering: the width and whether page marks go in the margin."""

    def __init__(self, width: int = 72, margin: bool = False) -> None:
        self.width = width
        self.margin = margin
        self.depth = 0  # columns that enclosing blocks will add in front of every line
        # Every line made so far ends in a printable character, and no block starts or ends with a
        # line break: true unless a page number or a prefix brings a line break of its own (see finish).
        self.clean = True
        # The last block made of inline text or of blocks, which holds no frame inside: handed up whole
        # (a body's one division), it stays as it is.
        self._made: str | None = None

    def nest(self, prefix: str, caller) -> str:
        """``nest("    ", lambda: r.children(n))``: blocks made by ``caller`` are wrapped narrower, then indented."""
        return self.block(self.within(prefix, caller), indent=prefix)

    def within(self, prefix: str, caller):
        """``caller()``'s blocks made as narrow as ``prefix`` will indent them (a list item's quotation had been
        wrapped at the full width, then indented past it)."""
        self.depth += len(prefix)
        try:
            return caller()
        finally:
            self.depth -= len(prefix)

    def block(self, content: str, indent: str = "", first: str | None = None, tight: bool = False) -> str:
        """Wrap ``content`` (inline text and finished blocks) into one framed block.

        ``tight``: its parts follow each other line by line (a closer's signatures),
        not with a blank line between them.
        """
        if content is self._made and not indent and not (first or "").strip():
            return content  # one finished block and nothing else: framing it again changes nothing
        opening = first if first is not None else indent
        if opening and "\n" in opening or indent and "\n" in indent:
            self.clean = False
        if OPEN not in content:  # inline text only: a paragraph, a name, an item
            text = content if _collapsed(content) else " ".join(content.split())  # white space collapsed, ends stripped
            made = OPEN + self._wrap(text, opening, indent) + CLOSE if text else OPEN + CLOSE
            if CLOSE not in text:  # (it never is: XML cannot hold it; but then the frame would not be one)
                self._made = made
            return made
        # Finished blocks and the white space between them (a speech, a division), with no label to set before
        # them (an item's "-" before a block alone was lost: the loop below puts it on a line of its own).
        blocks = _only_blocks(content) if opening == indent or not opening.strip() else None
        if blocks is not None:
            if indent:
                blocks = ["\n".join(indent + line if line else line for line in text.split("\n")) for text in blocks]
            made = self._made = OPEN + ("\n" if tight else "\n\n").join([x for x in blocks if x and not x.isspace()]) \
                + CLOSE
            return made
        lines_out: list[str] = []
        for is_block, text in _parts(content):
            if is_block:
                if opening != indent and opening.strip() and text.strip():
                    lines_out.append(opening.rstrip())  # a label before a block: on its own line, not lost
                    opening = indent
                lines_out.append("\n".join(indent + line if line else line for line in text.split("\n"))
                                 if indent else text)
                continue
            text = " ".join(text.split())
            if not text:
                continue
            # The opening goes before the first words (blank blocks before them, a page turn printed as nothing,
            # took it: a field's name was lost).
            lines_out.append(self._wrap(text, opening, indent))
            opening = indent
        # Blank blocks (an empty paragraph, a page turn printed as nothing) leave no blank lines.
        return OPEN + ("\n" if tight else "\n\n").join([x for x in lines_out if x and not x.isspace()]) + CLOSE

    def _wrap(self, text: str, first: str, indent: str) -> str:
        if LINE in text:  # each line the source breaks wrapped alone, under the first (no blank line for an empty one)
            lines = [" ".join(line.split()) for line in text.split(LINE)]
            lines = [line for line in lines if line]
            return "\n".join(self._wrap(line, first if k == 0 else indent, indent) for k, line in enumerate(lines))
        width = self.width - self.depth - (MARGIN if self.margin and MARK in text else 0)
        lines = wrap(text, max(width, 20), first, indent)
        if MARK in text:
            lines = [self._margin(line) for line in lines]
        return "\n".join(lines)

    def _margin(self, line: str) -> str:
        pages = _MARK.findall(line)
        if not pages:
            return line
        # A bar where the page turns in the line, its number in the margin (nothing had said where it turned).
        text = _MARK.sub(lambda mark: " |" if mark.group()[:1] == " " else "|", line).rstrip()
        note = " ".join(f"[p. {n}]" for n in pages)
        return text + " " * max(2, self.width - self.depth - len(text) - len(note)) + note

    def margin_line(self, n: str) -> str:
        """A page turn between blocks, its number at the right edge."""
        note = f"[p. {n}]"
        if "\n" in n:
            self.clean = False
        return OPEN + " " * max(0, self.width - len(note)) + note + CLOSE


def wrap(text: str, width: int, first: str = "", indent: str = "") -> list[str]:
    """``text`` in lines of at most ``width`` columns; a word longer than a line stands on a line of its own.

    For text whose only white space is single spaces (collapsed and stripped),
    the very lines of ``textwrap.wrap(text, width, initial_indent=first,
    subsequent_indent=indent, break_long_words=False, break_on_hyphens=False)``:
    the same greedy fill, at a fraction of its cost (wrapping was most of the
    work of a plain-text edition).
    """
    if not text:
        return []
    lines = []
    prefix, start, end = first, 0, len(text)
    if not first and not indent:  # the common case, with less to compute per line
        while end - start > width:
            cut = text.rfind(" ", start, start + width + 1)
            if cut < 0:
                cut = text.find(" ", start)
                if cut < 0:
                    break
            lines.append(text[start:cut])
            start = cut + 1
        lines.append(text[start:])
        return lines
    while end - start > width - len(prefix):
        room = width - len(prefix)
        # The last space that the line can reach ends it; a word longer than the line ends at its own end.
        cut = text.rfind(" ", start, start + room + 1) if room >= 0 else -1
        if cut < 0:
            cut = text.find(" ", start)
            if cut < 0:
                break
        lines.append(prefix + text[start:cut])
        prefix, start = indent, cut + 1
    lines.append(prefix + text[start:])
    return lines


def _parts(content: str) -> list[tuple[bool, str]]:
    """Split into inline runs and finished blocks; hang bare punctuation onto a block beside it.

    A quotation mark that opens a quoted list stands before the list's first
    label, a closing one after its last word, as the source prints them.
    """
    if OPEN not in content:  # inline text only, the most common case
        return [(False, content)] if content else []
    pieces = content.split(OPEN)
    parts: list[tuple[bool, str]] = [(False, pieces[0])] if pieces[0] else []
    bare = False  # inline text of punctuation only, which hangs onto a block
    for index in range(1, len(pieces)):
        piece = pieces[index]
        end = piece.find(CLOSE)
        if end < 0:  # a frame that does not close here: not one that block() made
            return _merge(_split(content))
        parts.append((True, piece[:end]))
        if end + 1 < len(piece):
            text = piece[end + 1:]
            parts.append((False, text))
            bare = bare or bool(text.strip()) and not _WORD.search(text)
    if pieces[0] and not bare:
        bare = bool(pieces[0].strip()) and not _WORD.search(pieces[0])
    return _merge(parts) if bare else parts


def _may_end_in_space(text: str) -> bool:
    """Whether a line of ``text`` may end in white space (a cheaper test than stripping every line).

    ASCII text holds no white space but a space, a newline and the controls
    looked for here (each a fast search); other text is stripped line by line.
    """
    if not text.isascii():
        return True
    return " \n" in text or text.endswith(" ") or any(c in text for c in _ASCII_SPACE)


def _collapsed(text: str) -> bool:
    """Whether ``" ".join(text.split()) == text``, found by searching (ASCII text) rather than by splitting."""
    return text.isascii() and text[:1] != " " and text[-1:] != " " and "  " not in text and "\n" not in text \
        and "\t" not in text and "\r" not in text and "\x0b" not in text and "\x0c" not in text \
        and "\x1c" not in text and "\x1d" not in text and "\x1e" not in text and "\x1f" not in text


def _only_blocks(content: str) -> list[str] | None:
    """The blocks of ``content`` if there is nothing else in it but white space; else None."""
    if content[:1] == OPEN and content[-1:] == CLOSE:  # frame after frame, nothing between them?
        pieces = content.split(CLOSE)  # (single characters: the fastest searches)
        pieces.pop()  # after the last frame: ""
        if len(pieces) == content.count(OPEN) and all(piece[:1] == OPEN for piece in pieces):
            return [piece[1:] for piece in pieces]
    pieces = content.split(OPEN)
    if pieces[0] and not pieces[0].isspace():
        return None
    blocks = []
    for index in range(1, len(pieces)):
        piece = pieces[index]
        end = piece.find(CLOSE)
        if end < 0 or end + 1 < len(piece) and not piece[end + 1:].isspace():
            return None
        blocks.append(piece[:end])
    return blocks


def _split(content: str) -> list[tuple[bool, str]]:
    """Inline runs and blocks, by the first CLOSE after each OPEN."""
    parts: list[tuple[bool, str]] = []
    position = 0
    while (start := content.find(OPEN, position)) >= 0 and (end := content.find(CLOSE, start)) >= 0:
        if start > position:
            parts.append((False, content[position:start]))
        parts.append((True, content[start + 1:end]))
        position = end + 1
    if position < len(content):
        parts.append((False, content[position:]))
    return parts


def _merge(parts: list[tuple[bool, str]]) -> list[tuple[bool, str]]:
    return list(_merged(iter(parts)))


def _prefix(mark: str, block: str) -> str:
    stripped = block.lstrip(" ")
    return block[: len(block) - len(stripped)] + mark + stripped


def _never_clean() -> bool:
    return False


def finish(pieces: Iterable[str], width: int = 72, clean: Callable[[], bool] = _never_clean) -> Iterator[str]:
    """The final text, a block at a time: frames removed, one blank line between blocks, no line ending in white
    space, one final newline.

    ``pieces`` are the page's content, cut anywhere. A frame may hold frames and white space (a division given a
    block at a time): its blocks are then the page's, as in the one frame that would be made of them. So a long
    record's text is never joined whole. ``clean()``: every block made so far was made by a ``Layout`` that stayed
    clean (no line ends in white space, no block starts or ends with a line break): a block given out then needs
    no stripping.
    """
    first = True
    for is_block, text in _merged(_stream_parts(pieces)):
        if not is_block:
            if not text.strip():
                continue
            text = "\n".join(wrap(" ".join(text.split()), width))
        if not text or text.isspace():
            continue
        if not clean():
            if _may_end_in_space(text):
                text = "\n".join([line.rstrip() for line in text.split("\n")])
            text = text.strip("\n")  # (blank lines between blocks are one, whatever the blocks' ends)
            if "\n\n\n" in text:
                text = _BLANK_LINES.sub("\n\n", text)
        yield text if first else "\n\n" + text
        first = False
    yield "\n"


def _stream_parts(pieces: Iterable[str]) -> Iterator[tuple[bool, str]]:
    """``_parts`` of the pieces joined, without joining them: (True, a block's text) and (False, a run of inline
    text); a frame that holds frames gives its blocks (the white space between them is layout)."""
    run: list[str] = []  # the inline run, or the text of the frame open now
    depth = 0
    leaf = False  # the frame open now holds no frame (so far)
    for piece in pieces:
        position = 0
        while True:
            opening, closing = piece.find(OPEN, position), piece.find(CLOSE, position)
            if opening < 0 and closing < 0:
                if position < len(piece):
                    run.append(piece[position:])
                break
            if closing < 0 or 0 <= opening < closing:  # a frame opens
                run.append(piece[position:opening])
                text = "".join(run)
                run.clear()
                if depth == 0 and text:
                    yield False, text
                elif depth and text and not text.isspace():  # (words beside a frame's frames: not made so)
                    yield False, text
                depth += 1
                leaf = True
                position = opening + 1
            else:  # a frame closes
                run.append(piece[position:closing])
                text = "".join(run)
                run.clear()
                if leaf:
                    yield True, text
                elif text and not text.isspace():
                    yield False, text
                depth = max(depth - 1, 0)
                leaf = False
                position = closing + 1
    if run:
        yield False, "".join(run)


def _merged(parts: Iterator[tuple[bool, str]]) -> Iterator[tuple[bool, str]]:
    """``_merge``, a part at a time: bare punctuation before the first block goes onto it, and after a block onto
    that block."""
    held: tuple[bool, str] | None = None  # the last part, which punctuation after it may yet join
    waiting: str | None = None  # bare punctuation before any block: onto the next part if it is a block
    blocks = False
    for is_block, text in parts:
        if waiting is not None:
            if is_block:
                text = _prefix(waiting.strip(), text)
            else:  # (inline after inline: a run of words beside a frame's frames)
                if held is not None:
                    yield held
                held = (False, waiting)
            waiting = None
        bare = not is_block and text.strip() and not _WORD.search(text)
        if bare and not blocks:
            if held is not None:
                yield held
                held = None
            waiting = text
            continue
        if bare and held is not None and held[0]:
            held = (True, held[1] + text.strip())
            continue
        if held is not None:
            yield held
        held = (is_block, text)
        blocks = blocks or is_block
    if held is not None:
        yield held
    if waiting is not None:
        yield False, waiting
