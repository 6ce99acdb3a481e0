"""``Span``: a half-open range of character offsets into a normalised source text.

A record's model holds a span for nearly every node (a 2 MB record, about 45,000), so its size counts: compiled,
a span is one object with its two offsets inside it; as a frozen dataclass of Python's it had been three, the
span and its two integers (past 256 each is an object of its own), about 110 bytes where this takes 48. It is
compiled with the parse (``tei.native``) and is an ordinary class of Python's when that runs as Python.
"""

from __future__ import annotations


class Span:
    """Immutable by use: the model's nodes share their spans, and nothing assigns to one after it is made."""

    __slots__ = ("start", "end")

    def __init__(self, start: int, end: int) -> None:
        if start < 0 or end < start:
            raise ValueError(f"bad span {start}..{end}")
        self.start = start
        self.end = end

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Span) and self.start == other.start and self.end == other.end

    def __hash__(self) -> int:
        return hash((self.start, self.end))

    def __repr__(self) -> str:
        return f"Span(start={self.start}, end={self.end})"

    def __reduce__(self) -> tuple[object, tuple[int, int]]:
        return Span, (self.start, self.end)
