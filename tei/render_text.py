"""Plain-text layout for the text templates: wrapped blocks, page marks in the margin.

Templates write inline text as they please; a block macro hands its content
to ``block``, which collapses white space, wraps at the width and frames the
result so that an enclosing block keeps it as it is (indented, not rewrapped).
Frames use two control characters that XML 1.0 cannot contain, so no TEI text
can forge one. ``finish`` removes the frames and leaves one blank line
between blocks.
"""

from __future__ import annotations

import re

# C0 controls that XML 1.0 forbids and Python does not count as white space (\x1c-\x1f it does).
OPEN, CLOSE = "\x02", "\x03"  # a finished block, kept whole by the blocks around it
MARK = "\x07"  # a page turn in the margin policy: MARK + number + MARK
_MARK = re.compile(f" ?{MARK}([^{MARK}]*){MARK}")
_WORD = re.compile(r"\w")
MARGIN = 9  # columns kept for "  [p. 12]" when page numbers go in the margin


class Layout:
    """Wraps blocks for one rendering: the width and whether page marks go in the margin."""

    def __init__(self, width: int = 72, margin: bool = False) -> None:
        self.width = width
        self.margin = margin
        self.depth = 0  # columns that enclosing blocks will add in front of every line

    def nest(self, prefix: str, caller) -> str:
        """``{% call nest('    ') %}…{% endcall %}``: blocks inside are wrapped narrower, then indented."""
        self.depth += len(prefix)
        try:
            content = caller()
        finally:
            self.depth -= len(prefix)
        return self.block(content, indent=prefix)

    def block(self, content: str, indent: str = "", first: str | None = None, tight: bool = False) -> str:
        """Wrap ``content`` (inline text and finished blocks) into one framed block.

        ``tight``: its parts follow each other line by line (a closer's signatures),
        not with a blank line between them.
        """
        parts = _parts(content)
        lines_out: list[str] = []
        opening = first if first is not None else indent
        for index, (is_block, text) in enumerate(parts):
            if is_block:
                lines_out.append("\n".join(indent + line if line else line for line in text.split("\n"))
                                 if indent else text)
                continue
            text = " ".join(text.split())  # white space collapsed, ends stripped
            if not text:
                continue
            lines_out.append(self._wrap(text, opening if index == 0 or not lines_out else indent, indent))
            opening = indent
        return OPEN + ("\n" if tight else "\n\n").join(x for x in lines_out if x.strip()) + CLOSE

    def _wrap(self, text: str, first: str, indent: str) -> str:
        width = self.width - self.depth - (MARGIN if self.margin and MARK in text else 0)
        lines = wrap(text, max(width, 20), first, indent)
        if MARK in text:
            lines = [self._margin(line) for line in lines]
        return "\n".join(lines)

    def _margin(self, line: str) -> str:
        pages = _MARK.findall(line)
        if not pages:
            return line
        text = _MARK.sub("", line).rstrip()
        note = " ".join(f"[p. {n}]" for n in pages)
        return text + " " * max(2, self.width - self.depth - len(text) - len(note)) + note

    def margin_line(self, n: str) -> str:
        """A page turn between blocks, its number at the right edge."""
        note = f"[p. {n}]"
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
    parts: list[tuple[bool, str]] = []
    position = 0
    while (start := content.find(OPEN, position)) >= 0 and (end := content.find(CLOSE, start)) >= 0:
        if start > position:
            parts.append((False, content[position:start]))
        parts.append((True, content[start + 1:end]))
        position = end + 1
    if position < len(content):
        parts.append((False, content[position:]))
    merged: list[tuple[bool, str]] = []
    for index, (is_block, text) in enumerate(parts):
        bare = not is_block and text.strip() and not _WORD.search(text)
        following = parts[index + 1] if index + 1 < len(parts) else None
        if bare and following is not None and following[0] and not any(b for b, _ in merged):
            parts[index + 1] = (True, _prefix(text.strip(), following[1]))
            continue
        if bare and merged and merged[-1][0]:
            merged[-1] = (True, merged[-1][1] + text.strip())
            continue
        merged.append((is_block, text))
    return merged


def _prefix(mark: str, block: str) -> str:
    stripped = block.lstrip(" ")
    return block[: len(block) - len(stripped)] + mark + stripped


def finish(content: str, width: int = 72) -> str:
    """The final text: frames removed, one blank line between blocks, one final newline."""
    parts = []
    for is_block, text in _parts(content):
        if is_block:
            parts.append(text)
        elif text.strip():
            parts.append("\n".join(wrap(" ".join(text.split()), width)))
    text = "\n\n".join(p for p in parts if p.strip())
    text = "\n".join(line.rstrip() for line in text.split("\n"))
    return re.sub(r"\n{3,}", "\n\n", text).strip("\n") + "\n"
