"""A paragraph's text → inline nodes: brackets, times, page turns, corrections.

Brackets are scanned with a stack, so nesting works and a bracket that is
never closed (or closed without being opened) keeps its character, is marked
and reported, and never swallows the text after it. What a closed bracket
means is the conventions table's business, not this module's.
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from itertools import accumulate
from typing import Callable

from . import rules, signs
from .conventions import BracketContext, Table
from .diagnostics import InputError, Reporter, Severity, Span
from .model import (MILESTONE, MILESTONES, Correction, Editorial, Highlighted, Inline, LineBreak, Milestone, PageBreak,
                    Sign, Stamp, Text, Time, Unmatched)


# (Not a parliamentary year's document number: "Proposition 2012/13:50".)
# (not a court's docket number: "Civil Action No. 1:19-cv-10482", a district's number, then the year's)
_TIME = re.compile(r"(?<![\w:.,])(?<!\d{4}/)([01]?\d|2[0-3]):([0-5]\d)(?![\w:])(?!-[a-z]{2}-\d)")
_SPACES = re.compile(r"\s+")
_SPECIAL = re.compile(r"[\[\]\x00]")


@dataclass(slots=True)
class Joined:
    """A paragraph's lines joined by single spaces, mapped back to source offsets."""

    text: str = ""
    starts: list[int] = field(default_factory=list)  # where each piece starts in ``text``
    origins: list[int] = field(default_factory=list)  # where that piece starts in the source
    milestones: list[Milestone] = field(default_factory=list)

    @classmethod
    def of(cls, parts: list) -> "Joined":
        """The joined text of a unit's parts, (offset, line) pairs and milestones, in one pass.

        Lines are joined by one space; a milestone (a page turn, a numbered line's beginning)
        is the MILESTONE sentinel, with a space before it unless the text already ends in one. A
        word broken at a line's end by a hyphen runs on without a space, past a line break that
        breaks no word (``hyphen_joins``); so do lines of a script that spaces no words (``unspaced_joins``).
        """
        pieces: list[str] = []
        starts: list[int] = []
        origins: list[int] = []
        pages: list[Milestone] = []
        length = 0
        last = ""  # the last character of the text so far
        previous = None  # the last line
        for part in parts:
            if type(part) is tuple and previous and (
                    previous[-1] in LINE_END_HYPHENS and hyphen_joins(previous, part[1])
                    or previous[-1] >= "\u3000" and unspaced_joins(previous, part[1])):
                starts.append(length)
                origins.append(part[0])
                pieces.append(MILESTONE)
                length += 1
                last = MILESTONE
                pages.append(LineBreak("", Span(part[0], part[0])))
            previous = part[1] if type(part) is tuple else None
            if type(part) is not tuple:
                at = part.span.start
                if length and last != " " and last != MILESTONE:
                    starts.append(length)
                    origins.append(at)
                    pieces.append(" ")
                    length += 1
                starts.append(length)
                origins.append(at)
                pieces.append(MILESTONE)
                length += 1
                last = MILESTONE
                pages.append(part)
                continue
            origin, piece = part
            if length and last != " " and last != MILESTONE:
                starts.append(length)
                origins.append(origin - 1 if origin else 0)
                pieces.append(" ")
                length += 1
                last = " "
            starts.append(length)
            origins.append(origin)
            pieces.append(piece)
            if piece:
                length += len(piece)
                last = piece[-1]
        return cls("".join(pieces), starts, origins, pages)

    def index(self, plain: int) -> int:
        """Where in ``text`` the character at ``plain`` of the text without its milestones (what the rules
        read: a unit's ``text``) stands; milestones right at ``plain`` stay after it, with what follows."""
        if not self.milestones:
            return plain
        text = self.text
        shift = 0
        at = text.find(MILESTONE)
        while at != -1 and at - shift < plain:
            shift += 1
            at = text.find(MILESTONE, at + 1)
        return plain + shift

    def offset(self, index: int) -> int:
        """The source offset of ``text[index]``."""
        starts = self.starts
        if not starts:
            return 0
        k = bisect_right(starts, index) - 1
        if k < 0:
            k = 0
        return self.origins[k] + (index - starts[k])

    def span(self, start: int, end: int) -> Span:
        """The source span of ``text[start:end]``."""
        a = self.offset(start)
        if end <= start:
            return Span(a, a)
        b = self.offset(end - 1) + 1
        return Span(a, b if b > a else a)

    def slice(self, start: int, end: int | None = None) -> "Joined":
        """The part of the text from ``start`` to ``end``, still mapped to the source."""
        text = self.text
        if end is None:
            end = len(text)
        piece = text[start:end]
        pages: list[Milestone] = []
        if self.milestones:
            skipped = text[:start].count(MILESTONE)
            pages = self.milestones[skipped:skipped + piece.count(MILESTONE)]
        if not piece:
            return Joined(piece, [], [], pages)
        starts = self.starts
        k = bisect_right(starts, start) - 1
        if k < 0:
            k = 0
        stop = bisect_left(starts, end, k + 1)
        out_starts = [0]
        out_starts.extend(s - start for s in starts[k + 1:stop])
        out_origins = [self.offset(start)]
        out_origins.extend(self.origins[k + 1:stop])
        return Joined(piece, out_starts, out_origins, pages)


def _empty_brackets(joined: Joined, closed: Unmatched, frame: "_Frame", close_index: int) -> list[Inline]:
    """Empty brackets, and the milestones between them: a page turn is kept after them; a line's number in
    the margin, or a page's (printed characters), between their two halves."""
    marks = [node for node in frame.children if type(node) in MILESTONES]
    if all(type(mark) is PageBreak for mark in marks):
        return [closed, *marks]
    text = joined.text
    first, last = text.index(MILESTONE, frame.open_index), text.rindex(MILESTONE, 0, close_index)
    return [Unmatched(text[frame.open_index:first], "empty", joined.span(frame.open_index, first)), *marks,
            Unmatched(text[last + 1:close_index + 1], "empty", joined.span(last + 1, close_index + 1))]


# A correction is of whole words: a slip that starts with a letter or digit starts a word of the text (a
# run of str.isalnum characters, re's [^\W_]), and that word is the slip's first. A sidecar with many
# corrections has a paragraph searched only for those whose first word is one of its words.
_WORDS = re.compile(r"[^\W_]+")
INDEXED_FROM = 48  # corrections


@dataclass(frozen=True)
class Corrections:
    """Editor-declared slips: (sic, corr, context) triples from the sidecar."""

    items: tuple[tuple[str, str, str], ...] = ()
    shared: int = 0  # the first this many are the collection file's, which any one record may not need

    @functools.cached_property
    def _by_word(self) -> tuple[dict[str, list[int]], list[int]]:
        """The corrections by their slip's first word, and those whose slip does not start with a letter
        or digit."""
        by_word: dict[str, list[int]] = {}
        others: list[int] = []
        for index, (sic, _corr, _context) in enumerate(self.items):
            first = _WORDS.match(sic)
            if first is None:
                others.append(index)
            else:
                by_word.setdefault(first.group(), []).append(index)
        return by_word, others

    def candidates(self, text: str) -> list[int]:
        """The corrections that may occur in ``text``: each looked for in each paragraph, a long record's
        encoding grew with paragraphs times corrections (200 doubled it). Reading a paragraph's words
        costs about as much as fifty searches of it, so fewer corrections are each searched for."""
        count = len(self.items)
        if count < INDEXED_FROM:
            return list(range(count))
        by_word, others = self._by_word
        words = set(_WORDS.findall(text))
        return others + [index for word in words if word in by_word for index in by_word[word]]

    def ranges(self, text: str) -> list[tuple[int, int, int]]:
        """(start, end, index of correction) in ``text``, non-overlapping, sorted."""
        found: list[tuple[int, int, int]] = []
        items = self.items
        for index in self.candidates(text):
            sic, _corr, context = items[index]
            anchor = context or sic
            at = text.find(anchor)
            while at != -1:
                start = at + anchor.find(sic)
                end = start + len(sic)
                # Only whole words: a slip inside a longer word is another word.
                if not (text[start - 1:start].isalnum() or text[end:end + 1].isalnum()):
                    found.append((start, end, index))
                at = text.find(anchor, at + 1)
        found.sort()
        result: list[tuple[int, int, int]] = []
        for item in found:
            if not result or item[0] >= result[-1][1]:
                result.append(item)
        return result


# Brackets open inside one another at most this deep. Each becomes an element, so a
# deeper nest makes XML that most parsers refuse (libxml2 stops at 256 levels) and
# that no renderer can walk; a transcript never needs more than a few.
MAX_BRACKET_DEPTH = 100


class _Frame:
    """An open bracket (or the paragraph itself) and the nodes read inside it so far."""

    __slots__ = ("open_index", "children")

    def __init__(self, open_index: int | None) -> None:
        self.open_index = open_index
        self.children: list[Inline] = []


class InlineParser:
    """Parses one paragraph at a time; shares the table, reporter and corrections."""

    def __init__(self, table: Table, reporter: Reporter, corrections: Corrections | None = None) -> None:
        self.table = table
        self.reporter = reporter
        self.corrections = corrections or Corrections()
        self.used_conventions: set[str] = set()
        self.used_corrections: set[int] = set()
        # The numbers or signs of the record's notes printed with superscript figures or signs: their markers
        # ("treaty¹", "ratified.*") are read in the text (none in most records: then no text is searched for them).
        self.raised_notes: frozenset[str] = frozenset()
        # Whether the record writes a.m. or p.m. anywhere: only then is a paragraph searched for "10.30 a.m.".
        self.dotted_times = False
        # The record's head says the meeting was in the evening ("Regular Meeting, Monday Evening, February 4, 1895."):
        # an hour from 1 to 11 said without a.m. or p.m. is the evening's ("met at 7:30 o'clock" had been 07:30).
        self.evening = False
        # Whether the record is a recording's transcript or a caption file whose paragraphs open with a timestamp
        # or a cue, no brackets round it (see rules.TIMESTAMP_LEAD): each is marked where it opens a paragraph.
        self.stamps = False
        # Whether the record sets its words under offsets into the recording, each alone on its line
        # (``rules.offsets_alone``): the offset that opens a paragraph on a line of its own is marked so.
        self.offsets_alone = False
        # Whether the record is set out in Markdown: then words in its bold or italics are read (``signs``).
        self.emphasis = False
        # Whether the record notes the house's noises in parentheses inside a speech ("(Applause.)",
        # "(Aplausos)"): only then is a paragraph's every parenthesis read (``rules.HOUSE_NOISE``).
        self.house = False
        # Whether the record puts a translator's or an editor's note in parentheses inside the words ("(Translator's
        # note: in the original "poshliny".)"): only then are a paragraph's parentheses looked at for one.
        self.parenthesised_notes = False
        # Who speaks in the record by a name and a colon, when one may call out in parentheses inside another's
        # speech ("(Gerő: Not only the Petőfi Circle.)"): whether a name is one of them (None: no record's asides read).
        self.speaks: Callable[[str], bool] | None = None
        self.signed = False  # a format's sign was read
        # Whether the record strikes words through with Markdown's tildes or an HTML tag ("~~two~~", "<del>…</del>"):
        # only then is a paragraph's every tilde or tag looked at (``signs.STRUCK``); and whether one was read.
        self.struck = False
        self.struck_read = False

    def parse(self, joined: Joined, start: int = 0, end: int | None = None) -> tuple[Inline, ...]:
        """Inline nodes of ``joined.text[start:end]``, read as if that part were the whole text.

        Reading the part in place spares a copy of the text and its mapping (a turn's speech
        is the paragraph after the speaker's name); nothing before ``start`` or after ``end``
        is seen, not even as a bracket's context.
        """
        text = joined.text
        if end is None and start >= 0:
            end = len(text)
        else:  # the part a slice would give: negative ends count from the end
            start, end, _ = slice(start, end).indices(len(text))
        if (self.stamps or self.offsets_alone) and start == 0 and text[:1].isdigit():
            lead = rules.TIMESTAMP_LEAD.match(text, 0, end) if self.stamps else None
            if lead is not None:
                stamp_end = len(text[:lead.end()].rstrip())
                return (Stamp(text[:stamp_end], joined.span(0, stamp_end)), *self.parse(joined, stamp_end, end))
            lead = rules.OFFSET_ALONE.match(text, 0, end) if self.offsets_alone else None
            if lead is not None and (lead.end() == end or len(joined.starts) > 1 and joined.starts[1] == lead.end()):
                # (the offset is the paragraph's first line, all of it)
                return (Stamp(lead.group(), joined.span(0, lead.end())), *self.parse(joined, lead.end(), end))
        correction_ranges = self._corrections(text, start, end) if self.corrections.items else []
        if text.find("[", start, end) == -1 and text.find("]", start, end) == -1 and \
                text.find(MILESTONE, start, end) == -1:
            # Most paragraphs: no bracket and no page turn, so no stack to keep; and most of
            # those have no time or correction either: one text node.
            if not correction_ranges and text.find(":", start, end) == -1 and not self.raised_notes \
                    and not (self.dotted_times and _dotted_times_may_be(text, start, end)) \
                    and not (self.emphasis and _emphasis_may_be(text, start, end)) \
                    and not (self.struck and _struck_may_be(text, start, end)) \
                    and not (self.house and _may_hold_noise(text, start, end)):
                return (_folded(Text(text[start:end], joined.span(start, end))),) if start < end else ()
            out: list[Inline] = []
            self._text(joined, start, end, out, correction_ranges, start)
            return _merge_text(out)
        stack = [_Frame(None)]
        children = stack[0].children  # where the nodes read now go: the innermost open bracket's
        skipped = text.count(MILESTONE, 0, start) if start else 0
        pages = iter(joined.milestones[skipped:])
        cursor = start
        # The house's noises that hold the record's own square brackets ("(Zuruf des Abg. Müller [SPD]: …)"): read
        # whole, as a noise is, those brackets no editor's.
        noises = self._bracketed_noises(text, start, end) if self.house and _may_hold_noise(text, start, end) else ()
        # A law report's year in a citation's own brackets ("Burchell [1980] ICR 303"): the source's words.
        cited = _cited_years(text, start, end)
        for match in _SPECIAL.finditer(text, start, end):
            i = match.start()
            if noises and any(a < i < b for a, b in noises):
                continue
            if cited and i in cited:
                continue
            if cursor < i:
                self._text(joined, cursor, i, children, correction_ranges, start)
            cursor = i + 1
            char = text[i]
            if char == "[":
                if len(stack) > MAX_BRACKET_DEPTH:
                    raise InputError(self.reporter.error(
                        "brackets-too-deep", f"brackets open inside one another more than {MAX_BRACKET_DEPTH} deep",
                        joined.span(i, i + 1).start, hint="close the brackets that are still open before this "
                        "one (a ']' missing many times over?)"))
                frame = _Frame(i)
                stack.append(frame)
                children = frame.children
            elif char == "]":
                if len(stack) > 1:
                    frame = stack.pop()
                    children = stack[-1].children
                    closed = self._close(joined, frame, i, start, end)
                    if type(closed) is Unmatched:
                        children.extend(_empty_brackets(joined, closed, frame, i))
                    else:
                        children.append(closed)
                else:
                    span = joined.span(i, i + 1)
                    self.reporter.warning(
                        "bracket-stray", "closing bracket ']' without an opening bracket", span.start,
                        hint="add the missing '[' where the insertion starts, or remove the ']'")
                    children.append(Unmatched("]", "stray", span))
                    self.used_conventions.add("unmatched")
            else:
                children.append(next(pages))
        self._text(joined, cursor, end, children, correction_ranges, start)
        while len(stack) > 1:
            frame = stack.pop()
            span = joined.span(frame.open_index, frame.open_index + 1)
            hint = "add the missing ']' where the insertion ends (the encoder does not guess)"
            paren = text.find(")", frame.open_index, end)
            if paren != -1 and "(" not in text[frame.open_index:paren]:
                where = self.reporter.locate(joined.offset(paren)) if self.reporter.locate else None
                at = f" at {where.line}:{where.column}" if where else ""
                hint = f"it may be closed by the ')'{at}: write ']' there"
            self.reporter.warning(
                "bracket-unclosed", "opening bracket '[' is never closed; kept as it is", span.start, hint=hint)
            stack[-1].children.append(Unmatched("[", "unclosed", span))
            self.used_conventions.add("unmatched")
            stack[-1].children.extend(frame.children)
        return _merge_text(stack[0].children)

    @staticmethod
    def _bracketed_noises(text: str, start: int, end: int) -> list[tuple[int, int]]:
        """Where the house's noises that hold square brackets stand (they hold no page turn: ``rules.HOUSE_NOISE``)."""
        return [(m.start(), m.end()) for m in rules.HOUSE_NOISE.pattern.finditer(text, start, end) if "[" in m.group()]

    def _corrections(self, text: str, start: int, end: int) -> list[tuple[int, int, int]]:
        """The corrections' ranges in ``text[start:end]`` (found in that part alone), as offsets in ``text``."""
        if not start and end == len(text):
            return self.corrections.ranges(text)
        return [(a + start, b + start, index) for a, b, index in self.corrections.ranges(text[start:end])]

    def _close(self, joined: Joined, frame: _Frame, close_index: int, first: int, stop: int) -> Inline:
        """The bracket from ``frame`` to ``close_index``, in a part that runs from ``first`` to ``stop``."""
        text = joined.text
        start = frame.open_index
        span = joined.span(start, close_index + 1)
        pages = bool(joined.milestones)  # else there is no page turn to take out
        content = text[start + 1:close_index]
        if pages:
            content = content.replace(MILESTONE, "")
        if not content.strip():
            self.reporter.warning("bracket-empty", "empty brackets '[]'; kept as they are", span.start,
                                  hint="remove them, or put the missing words inside")
            self.used_conventions.add("unmatched")
            return Unmatched(text[start:close_index + 1].replace(MILESTONE, ""), "empty", span)
        before = text[max(first, start - 40):start]
        after = text[close_index + 1:min(stop, close_index + 41)]
        if pages:
            before = before.replace(MILESTONE, "")
            after = after.replace(MILESTONE, "")
        row = self.table.classify(BracketContext(content, before, after))
        if row.content == "desc" and any(type(child) is not Text and type(child) is not Time
                                         for child in frame.children):
            # A description holds text alone: a bracket with a page turn, a line's number or another bracket
            # inside keeps them where they stand, as words supplied (a gap's desc had dropped them). A time is
            # its words ("[Whereupon, at 1:05 p.m., the committee was adjourned.]").
            row = self.table.by_name("supplied")
        self.used_conventions.add(row.name)
        if row.name == "query":
            self.reporter.report("bracket-query", Severity.INFO, "[?] kept as a query for an editor to resolve",
                                 span.start, hint="declare its meaning in the sidecar: [conventions.brackets] \"?\" = "
                                                  "\"supplied-punctuation\" if it supplies a question mark")
        return Editorial(row.name, _merge_text(frame.children), "[", "]", span)

    def _text(self, joined: Joined, start: int, end: int, out: list[Inline],
              corrections: list[tuple[int, int, int]], first: int) -> None:
        """Plain text between specials, with times and corrections picked out (the part begins at ``first``)."""
        if start >= end:
            return
        text = joined.text
        # Most runs have neither a time nor a correction: one text node, no searching.
        if not corrections and text.find(":", start, end) == -1 and not self.raised_notes \
                and not (self.dotted_times and _dotted_times_may_be(text, start, end)) \
                and not (self.emphasis and _emphasis_may_be(text, start, end)) \
                and not (self.struck and _struck_may_be(text, start, end)) \
                and not (self.house and _may_hold_noise(text, start, end)):
            out.append(Text(text[start:end], joined.span(start, end)))
            return
        cuts: list[tuple[int, int, Inline]] = []
        scanned, base = text, 0
        if start == first and first:
            # A time's look-behind must not see before the part: scan the part as its own string.
            scanned, base = text[first:end], first
        times = _TIME.finditer(scanned, start - base, end - base)
        if self.dotted_times and _dotted_times_may_be(text, start, end):  # "10.30 a.m.", as British records write it
            times = [*times, *_DOTTED_TIME.finditer(scanned, start - base, end - base)]
        for m in times:
            a, b = m.start() + base, m.end() + base
            hours = _on_the_clock(int(m.group(1)), _meridiem(scanned, m) or ("p" if self.evening else None))
            cuts.append((a, b, Time(m.group(), f"{hours:02d}:{m.group(2)}:00", joined.span(a, b))))
        if self.raised_notes:
            self._raised_markers(joined, scanned, base, start, end, cuts)
        for a, b, index in corrections:
            if a >= start and b <= end and not any(a < y and b > x for x, y, _ in cuts):
                sic, corr, _ = self.corrections.items[index]
                cuts.append((a, b, Correction(sic, corr, joined.span(a, b))))
                self.used_corrections.add(index)
        if self.emphasis and _emphasis_may_be(text, start, end):
            self._emphasised(joined, scanned, base, start, end, cuts)
        if self.struck and _struck_may_be(text, start, end):
            self._struck_through(joined, scanned, base, start, end, cuts)
        if self.house and _may_hold_noise(text, start, end):
            self._house_noises(joined, scanned, base, start, end, cuts)
        if self.parenthesised_notes and text.find("(", start, end) != -1:
            self._parenthesised_notes(joined, scanned, base, start, end, cuts)
        if self.speaks is not None and text.find("(", start, end) != -1:
            self._named_asides(joined, scanned, base, start, end, cuts)
        cuts.sort(key=lambda c: c[0])
        at = start
        for a, b, node in cuts:
            if a > at:
                out.append(Text(text[at:a], joined.span(at, a)))
            out.append(node)
            at = b
        if at < end:
            out.append(Text(text[at:end], joined.span(at, end)))

    def _house_noises(self, joined: Joined, scanned: str, base: int, start: int, end: int,
                      cuts: list[tuple[int, int, Inline]]) -> None:
        """What the record notes of the house in parentheses inside a speech ("(Applause.)", "(Aplausos)"): the
        parentheses and their words, a row of the conventions table as a bracket is."""
        clear = _clear_of(cuts)
        for m in rules.HOUSE_NOISE.pattern.finditer(scanned, start - base, end - base):
            a, b = m.start() + base, m.end() + base
            if a == start and b == end or not clear(a, b):
                continue  # (a paragraph of the noise alone is the record's direction, as it was; in italics, those)
            row = HOUSE_VOCAL if rules.house_noise_kind(m) == "vocal" else HOUSE_EVENT
            if scanned[m.start()] == "（":
                row += "-wide"  # (its full-width parentheses, as the table's row prints them: "house-vocal-wide")
            self.used_conventions.add(row)
            cuts.append((a, b, Editorial(row, (Text(joined.text[a + 1:b - 1], joined.span(a + 1, b - 1)),),
                                         joined.text[a], joined.text[b - 1], joined.span(a, b))))  # ("(", "（")

    def _parenthesised_notes(self, joined: Joined, scanned: str, base: int, start: int, end: int,
                             cuts: list[tuple[int, int, Inline]]) -> None:
        """A translator's or an editor's note in parentheses inside the words (``rules.PARENTHESISED_NOTE``): the
        note row of the conventions table, its parentheses printed back (it had been the speaker's words)."""
        clear = _clear_of(cuts)
        for m in rules.PARENTHESISED_NOTE.finditer(scanned, start - base, end - base):
            a, b = m.start() + base, m.end() + base
            if not clear(a, b):
                continue
            self.used_conventions.add(PARENTHESISED_NOTE)
            words = Text(joined.text[a + 1:b - 1], joined.span(a + 1, b - 1))
            cuts.append((a, b, Editorial(PARENTHESISED_NOTE, (words,), "(", ")", joined.span(a, b))))

    def _named_asides(self, joined: Joined, scanned: str, base: int, start: int, end: int,
                      cuts: list[tuple[int, int, Inline]]) -> None:
        """One of the record's speakers calling out inside another's speech, in parentheses, perhaps after the room's
        noise ("(Gerő: Not only the Petőfi Circle.)", "(Commotion. Rákosi: Let him speak!)"): the house's voices, as
        a member named calling out is read (``rules.HOUSE_NOISE``); they had been the speaker's words."""
        clear = _clear_of(cuts)
        for m in _NAMED_ASIDE.finditer(scanned, start - base, end - base):
            a, b = m.start() + base, m.end() + base
            if a == start and b == end or not clear(a, b) or not self.speaks(m.group(1)):
                continue
            self.used_conventions.add(HOUSE_VOCAL)
            cuts.append((a, b, Editorial(HOUSE_VOCAL, (Text(joined.text[a + 1:b - 1], joined.span(a + 1, b - 1)),),
                                         "(", ")", joined.span(a, b))))

    def _raised_markers(self, joined: Joined, scanned: str, base: int, start: int, end: int,
                        cuts: list[tuple[int, int, Inline]]) -> None:
        """Superscript figures or a sign against a word ("treaty¹", "ratified.*") that number one of the record's
        notes: its marker, as printed (a row of the conventions table each, as "[1]" is)."""
        for m in rules.unbracketed_markers(scanned, start - base, end - base):
            printed = m.group()
            if rules.figures(printed) not in self.raised_notes:
                continue
            a, b = m.start() + base, m.end() + base
            span = joined.span(a, b)
            row = RAISED_FOOTNOTE if printed[0] in rules.SUPERSCRIPT_FIGURES else SIGN_FOOTNOTE
            self.used_conventions.add(row)
            cuts.append((a, b, Editorial(row, (Text(printed, span),), "", "", span)))

    def _emphasised(self, joined: Joined, scanned: str, base: int, start: int, end: int,
                    cuts: list[tuple[int, int, Inline]]) -> None:
        """Words a record in Markdown sets in bold or italics, its signs around them: one node, the signs marked
        as its format's (where no time or correction was read in them)."""
        clear = _clear_of(cuts)
        for m in signs.EMPHASIS.finditer(scanned, start - base, end - base):
            a, b = m.start() + base, m.end() + base
            if not clear(a, b):
                continue
            sign = len(m.group(1))
            function, rend = signs.EMPHASIS_KIND[sign]
            words = _folded(Text(joined.text[a + sign:b - sign], joined.span(a + sign, b - sign)))
            content = (Sign(m.group(1), function, joined.span(a, a + sign)), words,
                       Sign(m.group(2), function, joined.span(b - sign, b)))
            cuts.append((a, b, Highlighted(rend, content, joined.span(a, b))))
            self.signed = True

    def _struck_through(self, joined: Joined, scanned: str, base: int, start: int, end: int,
                        cuts: list[tuple[int, int, Inline]]) -> None:
        """Words struck through, their signs around them ("~~two~~", "<del>First Baptist</del>"): one node, the
        signs marked as the format's (they had been words, "fifty ~~two~~ three", the tags escaped)."""
        clear = _clear_of(cuts)
        for m in signs.STRUCK.finditer(scanned, start - base, end - base):
            a, b = m.start() + base, m.end() + base
            if not clear(a, b):
                continue
            opened, closed = len(m.group(1)), len(m.group(3))
            words = _folded(Text(joined.text[a + opened:b - closed], joined.span(a + opened, b - closed)))
            content = (Sign(m.group(1), signs.STRUCK_FUNCTION, joined.span(a, a + opened)), words,
                       Sign(m.group(3), signs.STRUCK_FUNCTION, joined.span(b - closed, b)))
            cuts.append((a, b, Highlighted(signs.STRUCK_FUNCTION, content, joined.span(a, b))))
            self.struck_read = True


# The conventions table's rows for markers printed without brackets: superscript figures, signs.
RAISED_FOOTNOTE, SIGN_FOOTNOTE = "footnote-superscript", "footnote-sign"
# And for the house's noises in parentheses: its voices, and what else happened.
HOUSE_VOCAL, HOUSE_EVENT = "house-vocal", "house-event"
# A name of up to three words and its colon in parentheses, what was called after it, perhaps after the room's noise
# in a word ("(Commotion. Rákosi: Let him speak!)"): whether the name is a speaker's is asked after.
_NAMED_ASIDE = re.compile(r"\((?:[^\W\d_][\w-]*[.!]\s+)?([^\W\d_][\w.'’-]*(?: [^\W\d_][\w.'’-]*){0,2}):[ \t\n]"
                          r"[^()\[\]]{1,300}\)")
PARENTHESISED_NOTE = "editorial-note-parenthesised"


def _cited_years(text: str, start: int, end: int) -> frozenset[int]:
    """Where the brackets of a law report's year in a citation stand (``rules.LAW_REPORT_YEAR``): none in most
    paragraphs, which a bracket and four figures in it turn away first."""
    if _FOUR_FIGURES.search(text, start, end) is None:
        return frozenset()
    return frozenset(index for m in rules.LAW_REPORT_YEAR.pattern.finditer(text, start, end)
                     for index in (m.start(), m.end() - 1))


_FOUR_FIGURES = re.compile(r"\[\d{4}\]")


def _meridiem(text: str, time: re.Match) -> str | None:
    """"a" or "p" where the time is followed by a.m. or p.m. ("3:55 p.m."), or is the first of a range that is
    ("2:50-3:55 p.m."); None where neither is (the 24-hour clock, or a time of day not said)."""
    after = _MERIDIEM.match(text, time.end())
    if after is not None:
        return after.group(1).lower()
    second = _RANGE_END.match(text, time.end())
    if second is None:
        return None
    after = _MERIDIEM.match(text, second.end())
    if after is None:
        return None
    first, last = int(time.group(1)) % 12, int(second.group(1)) % 12
    meridiem = after.group(1).lower()
    return meridiem if first <= last else ("a" if meridiem == "p" else "p")  # "11:30-1:00 p.m.": from the morning


# An evening meeting, as its heading names it: "Monday Evening", "Evening Session", "Regular Meeting … Evening".
EVENING_MEETING = re.compile(r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|MONDAY|TUESDAY|WEDNESDAY|"
                             r"THURSDAY|FRIDAY|SATURDAY|SUNDAY)\s+(?:Evening|evening|EVENING)\b"
                             r"|\b(?:Evening|EVENING)\s+(?:Meeting|Session|Sitting|MEETING|SESSION|SITTING)\b")


def _on_the_clock(hours: int, meridiem: str | None) -> int:
    """The hour on the 24-hour clock: 3 p.m. is 15, 12 a.m. is 0, 12 p.m. is 12; a 13 or a 0 as written."""
    if meridiem is None or not 1 <= hours <= 12:
        return hours
    return hours % 12 + (12 if meridiem == "p" else 0)


def _emphasis_may_be(text: str, start: int, end: int) -> bool:
    return text.find("*", start, end) != -1 or text.find("_", start, end) != -1


def _clear_of(cuts: list[tuple[int, int, Inline]]) -> Callable[[int, int], bool]:
    """Whether a span overlaps none of the cuts made so far, asked of those alone (a pattern's finds overlap none of
    each other), a handful one by one, more by halving: asked of every cut, including the pattern's own finds, a
    paragraph of many had taken time growing with their square."""
    if len(cuts) <= 8:
        made = tuple((x, y) for x, y, _ in cuts)
        return lambda a, b: not any(a < y and b > x for x, y in made)
    spans = sorted((x, y) for x, y, _ in cuts)
    starts = [x for x, _ in spans]
    reach = list(accumulate((y for _, y in spans), max))  # (the furthest end of the spans up to each)

    def clear(a: int, b: int) -> bool:
        k = bisect_left(starts, b)  # (the spans that start before the span's end)
        return k == 0 or reach[k - 1] <= a

    return clear


def _struck_may_be(text: str, start: int, end: int) -> bool:
    return text.find("~~", start, end) != -1 or text.find("</", start, end) != -1


def _may_hold_noise(text: str, start: int, end: int) -> bool:
    """Whether a part of the text opens a parenthesis, a noise of the house's perhaps ("(Applause.)", "（众笑）")."""
    return text.find("(", start, end) != -1 or text.find("（", start, end) != -1


def _dotted_times_may_be(text: str, start: int, end: int) -> bool:
    """Whether a time with a full stop may stand in the part: only before "a.m." or "p.m." is "10.30" a time."""
    return text.find(".m.", start, end) != -1 or text.find(".M.", start, end) != -1


# "10.30 a.m.", "3.15 P.M." (a number with a full stop is a time only so: "10.30 per cent" is none).
_DOTTED_TIME = re.compile(r"(?<![\w:.,])([01]?\d|2[0-3])\.([0-5]\d)"
                          r"(?=\s?[AaPp]\.\s?[Mm]\.|\s?[-–]\s?\d{1,2}\.\d\d\s?[AaPp]\.\s?[Mm]\.)")  # (or a range's first)
_MERIDIEM = re.compile(r"\s?([AaPp])\.?\s?[Mm](?:\.|\b)")
_RANGE_END = re.compile(r"\s?[-–]\s?([01]?\d|2[0-3])[:.]([0-5]\d)(?![\w:])")


LINE_END_HYPHENS = frozenset("-\u00ad")  # a hyphen, and a soft hyphen: where a word may break at a line's end


def hyphen_joins(line: str, following: str) -> bool:
    """A word broken by a hyphen or a soft hyphen at the end of ``line`` and run on at the start of ``following``
    ("nego-" / "tiations", "well-" / "known", "Sino-" / "Soviet", "mid-" / "1950s"): a letter or a digit, the
    hyphen, then a letter or a digit. The hyphen is kept (it may be the word's own); the lines join without a
    space."""
    return len(line) > 1 and line[-1] in LINE_END_HYPHENS and line[-2].isalnum() and following[:1].isalnum()


def unspaced_joins(line: str, following: str) -> bool:
    """Lines of Chinese or Japanese, which space no words, broken where the page's width ended them ("我们明天" /
    "再谈。"): they run on without a space, a line break that breaks no word between them."""
    return bool(following) and _unspaced(line[-1]) and _unspaced(following[0])


def _unspaced(char: str) -> bool:
    """A character of a script that spaces no words: Chinese characters, kana, their punctuation and full-width
    forms (not Hangul's syllables, beyond them: Korean spaces its words)."""
    return "\u3000" <= char <= "\u9fff" or "\uf900" <= char <= "\ufaff" or "\uff00" <= char <= "\uffef"


def _merge_text(nodes: list[Inline]) -> tuple[Inline, ...]:
    """Adjacent text nodes become one, with runs of white space folded."""
    if len(nodes) == 1:
        node = nodes[0]
        return (_folded(node),) if type(node) is Text else (node,)
    out: list[Inline] = []
    for node in nodes:
        if type(node) is Text and out and type(out[-1]) is Text:
            prev = out[-1]
            out[-1] = Text(prev.text + node.text, Span(prev.span.start, node.span.end))
        else:
            out.append(node)
    return tuple([n if type(n) is not Text or ("  " not in n.text and n.text.isprintable()) else _folded(n)
                  for n in out])


def _folded(node: Text) -> Text:
    """The node with each run of white space as one space; itself when there is none to fold."""
    text = node.text
    # Every white-space character but the space is unprintable: a printable text without
    # two spaces in a row has nothing to fold.
    if "  " not in text and text.isprintable():
        return node
    return Text(_SPACES.sub(" ", text), node.span)
