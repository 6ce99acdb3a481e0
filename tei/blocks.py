"""Lines → units (paragraph candidates), page turns and lines' numbers in the margin.

A transcript extracted from a PDF is hard-wrapped: a paragraph is several lines,
paragraphs are separated by a blank line, and a printed page turns where a
longer run of blank lines (or a form feed) stands. Some paragraphs end without
a blank line: a short line that ends a sentence, followed by a line that opens a
new block, is a paragraph end too. A court reporter numbers the lines in the
margin, from 1 on each page: those numbers are read off the lines (each is kept
where its line begins), and there the numbering, not blank lines, says where a
page turns. What the pages print beside the text (running heads, page numbers)
is taken out of it first (:mod:`tei.furniture`). What the units *are* (turn,
list item, heading …) is decided by the block rules in :mod:`tei.rules`.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Callable

from .diagnostics import Span
from .furniture import (MARKED_FIRST, TURN, Furnishing, around_turn, find_furniture, is_marked_page_number,
                        line_mark, paged_running_lines, running_key, set_apart)
from .inline import LINE_END_HYPHENS, Joined, hyphen_joins, unspaced_joins
from .model import MILESTONE, Furniture, LineBreak, Milestone, PageBreak
from .rules import (ABBREVIATED_TITLES, BULLET_ITEM, BULLETS, CLOCK_TIME, CLOSING_DATE, TIMESTAMP_FIRST,
                    TIMESTAMP_LEAD, VOTE_TALLY, item_ordinal)
from .source import Source

_is_date = CLOSING_DATE.match  # a date alone on its line, perhaps after its place
# A Chinese or Japanese date alone on its line, perhaps after its place: "一九五八年七月三十一日", "北京，1972年2月21日".
_CHINESE_DATE_LINE = re.compile(r".{0,20}?(?:\d{4}|[〇○零一二三四五六七八九]{4})\s?年.{1,8}?日")

# Characters that may end a paragraph (after trailing white space is removed).
SENTENCE_END = tuple('.!?:;"\'”’)]»。！？」』')
# (A title's abbreviation at a line's end, "… welcomed Prof." / "Cohen, who …", ends no sentence: the name is
# on the next line, and a name there, known from a participants list, opened a turn.)


# How a line ends where its speaker is cut off: a dash after a space (an interruption), not a word's hyphen.
_CUT_OFF = (" --", " -", " —", " –", "—", "--")


def _ends_sentence(line: str) -> bool:
    if not line.endswith(SENTENCE_END):
        return False
    return line[-1] != "." or line[line.rfind(" ") + 1:-1].lstrip("(").lower() not in ABBREVIATED_TITLES


@dataclass(slots=True)
class Unit:
    """A paragraph candidate: its lines (offset, text) and the milestones inside it (page turns, lines'
    numbers in the margin)."""

    parts: list = field(default_factory=list)  # (offset, stripped line), PageBreak or LineBreak
    # Between this unit and the previous one, in order: a page turn, the numbers of blank lines
    # numbered in the margin, then its first line's own number.
    before: tuple[Milestone, ...] = ()
    blank_before: bool = True  # False when split off the previous unit inside one chunk
    # Its lines and their text, asked for by nearly every rule: read once, as the unit is made
    # (a unit's parts never change after that).
    lines: list[tuple[int, str]] = field(init=False, repr=False, compare=False)
    text: str = field(init=False, repr=False, compare=False)
    # The page turn between this unit and the previous one, if the page turns there.
    page_before: PageBreak | None = field(init=False, repr=False, compare=False)
    # Whether lines of a script that spaces no words run on in it without a space (``unspaced_lines``).
    unspaced: bool = field(default=False, init=False, repr=False, compare=False)
    _joined: Joined | None = field(default=None, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        parts = self.parts
        self.lines = [p for p in parts if type(p) is tuple] if len(parts) > 1 else parts
        self.text = " ".join([text for _, text in self.lines])
        if len(parts) > 1:
            self.unspaced = not self.text.isascii() and unspaced_lines(self)
            if self.unspaced or ("-" in self.text or "\u00ad" in self.text) \
                    and any(line[-1:] in LINE_END_HYPHENS for _, line in self.lines):
                # A word broken by a hyphen at a line's end runs on, and so do lines of Chinese: the text is the
                # joined text, its milestones out.
                self.text = self.joined().text.replace(MILESTONE, "")
        self.page_before = next((mark for mark in self.before if type(mark) is PageBreak), None) \
            if self.before else None

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
        self.parts, self.lines, self.text, self._joined = [], [], "", None

    def split(self, index: int) -> tuple["Unit", "Unit"]:
        """Two units at ``index`` of the first line: a heading run into the text after it."""
        offset, first = self.parts[0]
        head = first[:index].rstrip()
        rest_start = index + (len(first[index:]) - len(first[index:].lstrip()))
        before = Unit([(offset, head)], self.before, self.blank_before)
        after = Unit([(offset + rest_start, first[rest_start:])] + self.parts[1:], (), False)
        return before, after

    def merged(self, *others: "Unit") -> "Unit":
        """A new unit: this one continued by ``others`` (on the next line, or across a page turn).

        Units are never changed in place, so the parser may classify the same units twice. A run is
        merged at once: merged one unit at a time, it copied its lines again for each.
        """
        parts = list(self.parts)
        for other in others:
            parts.extend(other.before)
            parts.extend(other.parts)
        return Unit(parts, self.before, self.blank_before)


def breaks_words(unit: Unit) -> bool:
    """Whether a word of the unit is broken by a hyphen at a line's end (and runs on in its text, as
    ``Joined.of`` joins two lines with nothing between them)."""
    parts = unit.parts
    return ("-" in unit.text or "\u00ad" in unit.text) and any(
        type(a) is tuple and type(b) is tuple and hyphen_joins(a[1], b[1]) for a, b in zip(parts, parts[1:]))


def unspaced_lines(unit: Unit) -> bool:
    """Whether two of the unit's lines are of a script that spaces no words, and run on without a space."""
    if not any(line[-1:] >= "\u3000" for _, line in unit.lines):  # (most units: no line ends in such a script)
        return False
    parts = unit.parts
    return any(type(a) is tuple and type(b) is tuple and a[1] and unspaced_joins(a[1], b[1])
               for a, b in zip(parts, parts[1:]))


@dataclass
class Layout:
    """The transcript's blocks of non-blank lines and the gaps between them, read once."""

    chunks: list[list[tuple[int, str]]]
    gaps: list[tuple[int, bool, int]]  # before chunk k: (blank lines, form feed?, offset)
    trailing_feed: bool
    threshold: int
    width: int | None
    first_page: int
    margin: "Margin | None" = None  # the lines' numbers in the margin, if the transcript has them
    furniture: Furnishing | None = None  # running heads and feet, page numbers, if the pages print them
    # Where a line indented by a full-width space starts (past it): a paragraph's first line, as Chinese and
    # Japanese set it ("　予算の実施状況に関する件…" under the speaker's first paragraph).
    indented: frozenset[int] = frozenset()
    # The chunks whose lines are a table's rows, by their first line's offset: each row's cells (``table_cells``).
    tabular: dict[int, list] = field(default_factory=dict)
    tables: dict[int, list] = field(default_factory=dict)  # the units that are tables (by id): their rows' cells

    _rough: list[Unit] | None = field(default=None, repr=False, compare=False)
    _turns: int = field(default=0, repr=False, compare=False)
    _last_page: int = field(default=0, repr=False, compare=False)

    def rough_units(self) -> list[Unit]:
        """Units split by shape alone (a short line that ends a sentence ends a unit).

        The first segmentation, read before there is evidence of who speaks; :meth:`units`
        refines it. Each unit knows the page turn before it.
        """
        if self._rough is None:
            units: list[Unit] = []
            self._last_page = self.first_page
            turns = 0
            margin = self.margin
            for index, chunk in enumerate(self.chunks):
                blanks, formfeed, at = self.gaps[index]
                printed = margin.printed(index) if margin else None
                before: tuple = ()
                if printed is not None or index and (formfeed or blanks >= self.threshold):
                    if self.furniture is not None:
                        printed = self.furniture.numbers.get(turns + 1)
                    before = (self._turn(printed, Span(at, max(at, chunk[0][0])), not turns),)
                    turns += 1
                if margin is None:
                    if self.furniture is not None:
                        before = self.furniture.gap(index, before)
                    if chunk[0][0] in self.tabular:  # a table's rows: one unit, whatever their lines end with
                        units.append(Unit(chunk, before, True))
                        continue
                    for k, unit_lines in enumerate(_split(chunk, self.width, self.indented)):
                        units.append(Unit(unit_lines, before if k == 0 else (), k == 0))
                    continue
                before = margin.gap(index, before)
                for k, unit_lines in enumerate(_split(chunk, self.width, self.indented)):
                    units.append(self._unit(unit_lines, (*before, *self._own(unit_lines[0])) if k == 0
                                            else self._own(unit_lines[0]), k == 0))
            self._rough = units
            self._turns = turns
        return self._rough

    def _turn(self, printed: str | None, span: Span, first: bool) -> PageBreak:
        """Where the page turns: the page's printed number, if it runs on (numbers increase); else counted."""
        if printed is not None and (first or int(printed) > self._last_page):
            self._last_page = int(printed)
        else:
            self._last_page += 1
        return PageBreak(str(self._last_page), span)

    def _own(self, line: tuple[int, str]) -> tuple[LineBreak, ...]:
        """The line's number in the margin, if it has one: it stands before the unit the line begins."""
        number = self.margin.numbers.get(line[0]) if self.margin is not None else None
        return (number,) if number is not None else ()

    def _unit(self, lines: list[tuple[int, str]], before: tuple, blank_before: bool) -> Unit:
        """A unit of these lines, with the margin's number of each line after its first among its parts."""
        if self.margin is None:
            return Unit(lines, before, blank_before)
        numbers = self.margin.numbers
        parts: list = [lines[0]]
        for line in lines[1:]:
            number = numbers.get(line[0])
            if number is not None:
                parts.append(number)
            parts.append(line)
        return Unit(parts, before, blank_before)

    def page_turns(self) -> int:
        """How many times the page turns in the transcript: the edition has a ``pb`` for each."""
        self.rough_units()
        return self._turns + (1 if self.trailing_feed and self.chunks else 0)

    def units(self, opens_block: Callable[[str], bool], stands_alone: Callable[[str], bool] | None = None,
              leads: Callable[[str], bool] | None = None) -> tuple[list[Unit], list[Milestone]]:
        """Units in reading order, each knowing the page turn before it; plus trailing page turns.

        A line that ends a sentence also ends a unit when the next line ``opens_block`` (a
        speaker's name, a list item …), however long it is; a line that ``stands_alone`` (a
        speaker's label above the speech) is a unit of its own, and one that ``leads`` (a
        recording's offset above its words) opens one, whatever the line before it: the rough
        units, split again there. A unit that is not split again is the rough one, with what it
        has cached.
        """
        units: list[Unit] = []
        for unit in self.rough_units():
            if len(unit.parts) == 1:
                units.append(unit)
            elif self.tabular and unit.start in self.tabular:
                units.extend(self._table_or_lines(unit, opens_block, stands_alone, leads, top=not units))
            else:
                units.extend(self._split_again(unit, opens_block, stands_alone, leads, top=not units))
        trailing: tuple[Milestone, ...] = ()
        if self.trailing_feed and units:
            printed = self.margin.printed(len(self.chunks)) if self.margin is not None else None
            trailing = (self._turn(printed, Span(units[-1].end, units[-1].end), not self._turns),)
        if self.margin is not None:
            trailing = self.margin.gap(len(self.chunks), trailing)
        elif self.furniture is not None:
            trailing = self.furniture.gap(len(self.chunks), trailing)
        return units, list(trailing)

    def _table_or_lines(self, unit: Unit, opens_block: Callable[[str], bool],
                        stands_alone: Callable[[str], bool] | None, leads: Callable[[str], bool] | None,
                        top: bool) -> list[Unit]:
        """A table's rows, one unit, unless a row opens a block (a speaker's label, a list's item: the rows are
        a transcript's lines set in columns, as a recorder's are): then its lines, as any chunk's."""
        if not any(opens_block(text) or stands_alone is not None and stands_alone(text) for _, text in unit.lines):
            self.tables[id(unit)] = self.tabular[unit.start]
            return [unit]
        pieces = [Unit(lines, unit.before if k == 0 else (), k == 0)
                  for k, lines in enumerate(_split(unit.lines, self.width, self.indented))]
        return [split for k, piece in enumerate(pieces) for split in (
            self._split_again(piece, opens_block, stands_alone, leads, top=top and k == 0)
            if len(piece.parts) > 1 else (piece,))]

    def _split_again(self, unit: Unit, opens_block: Callable[[str], bool],
                     stands_alone: Callable[[str], bool] | None, leads: Callable[[str], bool] | None = None,
                     top: bool = False) -> list[Unit]:
        """A rough unit split where a line ends a sentence and the next one opens a block, and on both
        sides of a line that stands alone (asked only of a document that has such lines). (``top``: the record's
        first block, its title's: "Stenographisches Protokoll" / "95. Sitzung …" heads no numbered item.)"""
        lines = unit.lines
        # After a line that ends a sentence, or is cut off ("Well, in Saxon we said --" / "MR. SMITH: In Saxon --",
        # a court's transcript, one line a turn), or a date alone ("Bonn, den 5. März 1960" / "gez. Globke").
        # And before a speech's mark, however the line before it ends: the Japanese Diet's minutes open each speech
        # with "○" and run one under another ("○委員長（高村義雄君）　これより…。" / "○大河内委員　まず…").
        cuts = [i for i in range(1, len(lines))
                if (_ends_sentence(before := lines[i - 1][1])
                    and not is_lone_stamp(before)
                    or before.endswith(_CUT_OFF) or before.endswith(_SWORN) or before.endswith(_COLON_DASHES)
                    or before[-1:].isdigit() and _is_date(before) or lines[i][1][:1] in _SPEECH_MARKS
                    or before[-1:] == "日" and _CHINESE_DATE_LINE.fullmatch(before) is not None
                    or before[:1] in "ANY" and VOTE_TALLY.match(before))  # ("Ayes:", "Noes:", "Nays:", "Yeas:")
                and opens_block(lines[i][1])]
        if cuts and ("[" in unit.text or "(" in unit.text):
            cuts = _outside_brackets(lines, cuts)
        # What the lines open with, read once: numbered and bulleted lines are rare.
        heads = "".join([text[:1] for _, text in lines]) if len(lines) > 1 else ""
        if _NUMBERED_HEAD.search(heads):
            more = _next_numbers(lines)
            if not top and _heads_numbered(lines):
                more.append(1)
            if more:
                cuts = sorted({*cuts, *more})
        if _BULLET_HEAD.search(heads):
            bullets = _bulleted_lines(lines)
            if bullets:
                cuts = sorted({*cuts, *bullets})
        if not top and len(lines) > 1 and 1 not in cuts and _heads_its_item(lines):
            cuts = sorted({*cuts, 1})
        if stands_alone is not None:
            alone = [stands_alone(text) for _, text in lines]
            # (not one of a run of them, a roster's names over no speech: "Corporate Participants" / "Linda Saarinen -
            # Director, Investor Relations" / "Paul Ferreira - Chief Executive Officer", each a label of the call's
            # turns below, had been a turn of no words each)
            alone = [here and not (k and alone[k - 1] or k + 1 < len(alone) and alone[k + 1])
                     for k, here in enumerate(alone)]
            cuts = sorted({*cuts, *(i for i in range(1, len(lines)) if alone[i - 1] or alone[i])})
        if leads is not None:
            cuts = sorted({*cuts, *(i for i in range(1, len(lines)) if leads(lines[i][1]))})
        if not cuts:
            return [unit]
        bounds = [0, *cuts, len(lines)]
        pieces = [self._unit(lines[bounds[0]:bounds[1]], unit.before, unit.blank_before)]
        pieces.extend(self._unit(lines[a:b], self._own(lines[a]), False) for a, b in zip(bounds[1:], bounds[2:]))
        return pieces


def _outside_brackets(lines: list[tuple[int, str]], cuts: list[int]) -> list[int]:
    """The cuts that fall inside no bracket or parenthesis that a later line of the unit closes: it holds its
    paragraph together across its lines ("[Source: Národní archiv, … a.j. 110." / "Translated by Oldřich Tůma.]" had
    been two paragraphs, each bracket unmatched; "… the mistakes. (Commotion." / "Rákosi: Let him speak!) The people
    …", an interjection, had been a turn of Rákosi's). One never closed cuts nothing off (the encoder does not guess)."""
    squares, rounds = _depths(lines, "[", "]"), _depths(lines, "(", ")")
    return [i for i in cuts if not _closed_later(*squares, i) and not _closed_later(*rounds, i)]


def _depths(lines: list[tuple[int, str]], opener: str, closer: str) -> tuple[list[int], list[int]]:
    """How many brackets are open before each line, and the fewest open after each line to the unit's end (made in
    one pass back, so that asking at every cut is not a search to the end each time)."""
    depths = [0]
    for _, text in lines:
        depths.append(depths[-1] + text.count(opener) - text.count(closer))
    fewest = depths[:]
    for k in range(len(fewest) - 2, -1, -1):
        fewest[k] = min(depths[k], fewest[k + 1])
    return depths, fewest


def _closed_later(depths: list[int], fewest: list[int], i: int) -> bool:
    """Whether a bracket open before line ``i`` (its depth there) is closed by a line after it."""
    return depths[i] > 0 and i + 1 < len(depths) and fewest[i + 1] < depths[i]


# A colon and a dash that end a line, as British and Indian typescripts set a colon ("reported as follows:-" / "(a) …")
_COLON_DASHES = (":-", ":–", ":—")
_SPEECH_MARKS = "○◯"  # what opens a speech in the Japanese Diet's minutes
# A witness sworn, which ends its line's statement ("PC GRAHAM LEWIS, sworn" / "Examined by MR HALE").
_SWORN = (", sworn", ", affirmed", "(sworn)", "(affirmed)", ", SWORN", ", AFFIRMED", "(SWORN)", "(AFFIRMED)")
_LONE_STAMP = re.compile(r"\[\d{1,2}:\d{2}:\d{2}(?:[.,]\d{1,3})?\]")  # "[00:03:41]", as TIMESTAMP_LEAD reads it


def is_lone_stamp(text: str) -> bool:
    """A recording's timestamp in brackets and nothing else ("[00:03:41]"): the first character asked first."""
    return text[:1] == "[" and len(text) <= 14 and _LONE_STAMP.fullmatch(text) is not None

# A time of day alone in brackets, hours and minutes, as a police interview's record notes the clock ("[14:02]").
_LONE_CLOCK = re.compile(rf"\[{CLOCK_TIME}\]")


def is_lone_clock(text: str) -> bool:
    """A time of day in brackets and nothing else ("[14:02]"): the first character and the length asked first."""
    return text[:1] == "[" and len(text) <= 7 and _LONE_CLOCK.fullmatch(text) is not None

# A numbered line's number: "1." or "2)"; or in parentheses, a letter or a small Roman number too ("(b)", "(ii)").
_NUMBERED = re.compile(r"(\d{1,2})([.)])\s|\((\d{1,2}|i{2,3}|iv|vi{1,3}|ix|[a-z])\)\s")
_NUMBERED_HEAD = re.compile(r"[\d(]")
_BULLET_HEAD = re.compile(f"[{re.escape(BULLETS)}]")


def _next_numbers(lines: list[tuple[int, str]]) -> list[int]:
    """The lines that open the next numbered item after an item begun on a line above, with no sentence's end
    between ("The agenda was:" / "1. Opening" / "2. Approval of minutes"; "(b) the proposals …; and" / "(c) the
    date …"): each a block of its own."""
    cuts, last = [], None
    for index, (_, text) in enumerate(lines):
        found = _NUMBERED.match(text)
        if found is None:
            continue
        if found.group(1):
            number = (int(found.group(1)), -1, found.group(2))
        else:  # (as a letter and as a Roman number: "(i)" follows "(h)", "(ii)" follows "(i)")
            marker = found.group(3)
            number = (item_ordinal(marker), item_ordinal(marker, roman=True), "()")
        if last is not None and number[2] == last[2] and (
                number[0] == last[0] + 1 or number[1] == last[1] + 1):
            cuts.append(index)
        last = number
    return cuts


def _bulleted_lines(lines: list[tuple[int, str]]) -> list[int]:
    """The lines that open a bulleted list's item, where two lines or more open with one sign ("The points
    were:" / "- wheat deliveries" / "- the grain price"), or one under a colon: each a block of its own, with
    the lines it wraps onto. (One such line among others is a dash of the sentence.)"""
    signs = [found.group(1) if (found := BULLET_ITEM.match(text)) else None for _, text in lines]
    counts = Counter(signs)
    return [index for index, sign in enumerate(signs)
            if index and sign and (counts[sign] >= 2 or lines[index - 1][1].rstrip().endswith(":"))]


_SIDE_HEADING = re.compile(r"[^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*){0,3}")  # four words at most
_SMALL_WORDS = frozenset("of and the for in on to".split())  # a heading's words in small letters


def _heads_numbered(lines: list[tuple[int, str]]) -> bool:
    """A short heading on the line right above a numbered paragraph, as a cabinet's conclusions set an item's
    subject ("Berlin" / "2. The Foreign Secretary said …"): a block of its own."""
    first, second = lines[0][1], lines[1][1]
    return _NUMBERED.match(second) is not None and _SIDE_HEADING.fullmatch(first) is not None \
        and all(word[:1].isupper() for word in first.split() if word not in _SMALL_WORDS)


# An agenda item's numbered heading, as minutes print it: "3. FINANCE REPORT", "1. Welcome and introductions", and by
# the year, "19/47 PLANNING". (Not a heading without its number: "SUBJECT" / "Berlin again" is a field's name above its
# value, and "RECORD OF CONVERSATION" / "with the Ambassador …" one title.)
_ITEM_HEADING = re.compile(r"(?:\d{1,2}[.)]?|\d{1,4}/\d{1,4}\.?)\s+[^\W\d_][^.!?:;,]{2,78}")
# Words a line that runs on ends with: a hard-wrapped sentence's, no heading's.
RUNS_ON = frozenset("the a an of and or to in on at for with by from that as is was were be his her its their".split())


def _heads_its_item(lines: list[tuple[int, str]]) -> bool:
    """An agenda item's numbered heading on the line right above its words: a block of its own. In capitals above
    words in small letters ("3. FINANCE REPORT" / "Dr Patel presented the accounts …"), or short ("1. Welcome and
    introductions" / "SL welcomed everyone …"); not a numbered paragraph's first line, which runs on: as long as
    the lines under it, or ending with a word that runs on."""
    first = lines[0][1].strip()
    if _ITEM_HEADING.fullmatch(first) is None:
        return False
    if first.upper() == first and any(c.islower() for c in lines[1][1]):
        return True
    longest = max(len(text.strip()) for _, text in lines[1:])
    return len(first) < 0.6 * longest and first.rsplit(None, 1)[-1].lower() not in RUNS_ON


def layout(source: Source, page_break_blank_lines: int | None, first_page: int) -> Layout:
    chunks: list[list[tuple[int, str]]] = []
    gaps: list[tuple[int, bool, int]] = []
    current: list[tuple[int, str]] = []
    blank, feed, gap_at = 0, False, 0
    lines: list[tuple[int, str | None]] = source.lines()  # (a form feed's text is None)
    if "\f" in source.text:
        lines = _with_feeds(lines)
    reads = _read_margin(lines)
    margin = Margin() if reads is not None else None
    margin_furniture = _margin_furniture(lines, reads) if reads is not None else {}
    pending: list = []  # in a numbered transcript: the gap's blank lines' numbers and its page turn, in order
    indented: set[int] | None = set() if "\u3000" in source.text else None
    leads: dict[int, int] = {}  # an indented line's offset (past its white space) → how far it is indented
    for index, (offset, text) in enumerate(lines):
        if text is None:  # a form feed
            if current:
                chunks.append(current)
                current = []
                gap_at = offset
            feed = True
            if margin is not None and TURN not in pending:
                pending.append(TURN)
            continue
        read = reads.get(index) if reads is not None else None
        if read is None and index in margin_furniture:  # a numbered page's running head or foot, unnumbered
            if current:  # (the block above it ends there: the line stands after its words, before the next's)
                chunks.append(current)
                current = []
                gap_at = offset
            at = offset + len(text) - len(text.lstrip())
            pending.append(Furniture(margin_furniture[index], text.strip(), Span(at, at + len(text.strip()))))
            continue
        if read is not None:
            n, cut, turn, foot = read
            if foot:  # a page's number at its foot: it stands under the page's words, then the page turns
                if current:
                    chunks.append(current)
                    current = []
                    gap_at = offset
                at = offset + len(text) - len(text.lstrip())
                printed = text.strip()
                pending.append(Furniture("pageNum", printed, Span(at, at + len(printed)), n))
                if turn:
                    feed = True
                    if TURN not in pending:
                        pending.append(TURN)
                continue
            if turn:  # a printed page number (cut 0: the whole line), or the first line of a new page
                if current:
                    chunks.append(current)
                    current = []
                    gap_at = offset
                feed = True
                if TURN not in pending:
                    pending.append(TURN)
                if not cut:  # kept where it stands, as printed ("12", "Page 12"); the page break takes its number
                    at = offset + len(text) - len(text.lstrip())
                    printed = text.strip()
                    pending.append(Furniture("pageNum", printed, Span(at, at + len(printed)), n))
                    continue
            at = offset + len(text) - len(text.lstrip())  # where the number is printed
            number = LineBreak(n, Span(at, at + len(n)))
            offset, text = offset + cut, text[cut:]
            if not text.strip():  # a blank line, numbered: its number stands in the gap
                pending.append(number)
            else:
                margin.numbers[offset] = number
        stripped = text.strip()
        if stripped:
            if current and stripped[:1] in MARKED_FIRST and is_marked_page_number(stripped) \
                    and not (gaps[-1][1] and len(current) < 2):  # (under a form feed's running head: the page's)
                chunks.append(current)  # (a page's number in a block's middle heads the block of the page it opens)
                current = []
                gap_at = offset
            if not current:
                gaps.append((blank, feed, gap_at))
                blank, feed = 0, False
                if margin is not None:
                    margin.gaps.append(tuple(pending))
                    pending = []
            if len(stripped) != len(text):
                lead = len(text) - len(text.lstrip())
                if indented is not None and text[:1] == "\u3000":
                    indented.add(offset + lead)
                offset += lead
                leads[offset] = lead
            current.append((offset, stripped))
            continue
        if margin is not None and read is None:
            continue  # a blank line without a number: the spacing of a double-spaced transcript, not a gap
        if current:
            chunks.append(current)
            current = []
            gap_at = offset
        blank += 1
    if current:
        chunks.append(current)
    if margin is not None:
        margin.gaps.append(tuple(pending))  # after the last line
    # In a numbered transcript the numbers say where the pages turn; its blank lines do not. (No blank line: a
    # page's number cut out of a block's middle.)
    threshold = page_break_blank_lines or (_NEVER if margin is not None else
                                           _infer_threshold([g[0] for g in gaps[1:] if not g[1] and g[0]]))
    known = None
    if margin is None:
        chunks, gaps, known = set_apart(chunks, gaps, leads, any(rule in source.text for rule in _RULES))
        gaps = _turns_at_marked_numbers(chunks, gaps, threshold)
        if leads:
            gaps = _turns_at_set_numbers(chunks, gaps, leads)
        if "Wahlperiode" in source.text:
            gaps = _sitting_heads(chunks, gaps, known, source.text)
        if "Page " in source.text or "PAGE " in source.text:  # (a running line's page number after its word)
            known.update(paged_running_lines(chunks, gaps, threshold))
    furniture = find_furniture(chunks, gaps, threshold, known) if margin is None else None
    if furniture is not None:
        chunks, gaps = furniture.taken_from(chunks, gaps, threshold)
    tabular = {}
    if margin is None and ("  " in source.text or "\t" in source.text or "...." in source.text):
        tabular = {chunk[0][0]: cells for chunk in chunks if len(chunk) > 1
                   and (cells := table_cells(chunk, source.text)) is not None}
    if leads:
        indented = _indented_paragraphs(chunks, leads) | (indented or set())
    return Layout(chunks, gaps, feed and not current, threshold, _wrap_width(chunks), first_page, margin, furniture,
                  frozenset(indented or ()), tabular)


_RULES = ("-" * 10, "_" * 10, "=" * 10)  # (a transcript's rule across the page holds one: ``furniture.set_apart``)


def _indented_paragraphs(chunks: list[list[tuple[int, str]]], leads: dict[int, int]) -> set[int]:
    """The lines indented past their block's margin that open its paragraphs, as typescripts set them with no blank
    line between ("          MS. PORTER: That may be so, but --" / "          QUESTION: Counsel, was this …" /
    "below?"): where two of them at least stand over a line at the margin, each line indented as far (the speaker's
    words run on into the next speaker's had been one paragraph where the line did not end a sentence). The block's
    first line is indented so too: a hanging indent's lines under a label or a number at the margin run on."""
    out: set[int] = set()
    for chunk in chunks:
        if len(chunk) < 2:
            continue
        indents = [leads.get(offset, 0) for offset, _ in chunk]
        margin = min(indents)
        right = _set_right(chunk, indents, margin)
        if right is not None:
            out.add(right)
        if len(chunk) < 4:
            continue
        if indents[0] == margin:
            out.update(_back_at_the_margin(chunk, indents, margin))
            continue
        if indents[0] < margin + 2 or any(lead == margin and text[:1].isdigit() or "   " in text
                                          for (_, text), lead in zip(chunk, indents)):
            continue  # (a hanging indent's, a label or a list's number at the margin; a line's number in the margin;
            # a table's columns)
        firsts = [indents[k] for k in range(len(chunk) - 1) if indents[k] >= margin + 2 and indents[k + 1] == margin]
        if len(firsts) < 2:
            continue
        indent = max(set(firsts), key=firsts.count)
        out.update(offset for (offset, _), lead in zip(chunk, indents) if abs(lead - indent) <= 1)
    return out


# Between two columns: two spaces or more, or a tab, after a word (not after a sentence's end, where a typist's two
# spaces are no column's: "Prefix 0815.  Strength 4" is one column's text).
_COLUMN_GAP = re.compile(r"(?<=[^\s.!?;:,])(?: {2,}|\t[ \t]*)(?=\S)")
_CELL_BRACKETS = (("[", "]"), ("(", ")"))
_SHORT_CELL = 15  # characters


def table_cells(lines: list[tuple[int, str]], text: str) -> list[list[tuple[int, int]]] | None:
    """Each line's cells, (start, end) in the line, if the lines are a table's rows: a log's, a vote's, a list's set
    in columns ("1902  DKW v QZA  28  Prefix 0815. …" / "1910  QZA v DKW  R  Receipt acknowledged."), each line
    two columns or more, a column that starts (or, its figures set to the right, ends) at one place on every line;
    three lines at least where a line has two columns only, and the second column set well apart from the first.
    Not a transcript's lines that a name or a recorder's source opens at the margin (``HALE     Yes.``,
    ``21:41:02  HOT-1   okay``): those are turns. Each row had run into the one above it, a paragraph of all."""
    leaders = _leader_cells(lines)
    if leaders is not None:
        return leaders
    rows = []
    starts: set[int] | None = None
    ends: set[int] | None = None
    widest = 0
    nearest = margin = len(text)
    columns: list[list[tuple[int, int]]] = []  # each row's cells, by the line's columns
    for offset, line in lines:
        gaps = list(_COLUMN_GAP.finditer(line))
        if not gaps or _opens_stamped_label(line):
            return None
        indent = offset - (text.rfind("\n", 0, offset) + 1)
        cells, start = [], 0
        for gap in gaps:
            cells.append((start, gap.start()))
            start = gap.end()
        cells.append((start, len(line)))
        if any(line[a:b].count(o) != line[a:b].count(c) for a, b in cells for o, c in _CELL_BRACKETS):
            return None  # (a bracket's words across a gap: one column's)
        starts = {indent + a for a, _ in cells} & (starts if starts is not None else {indent + a for a, _ in cells})
        # (a line's end is a column's only where its last cell is short, a figure set to the right: lines of prose
        # all as long, justified, end alike)
        right = cells if cells[-1][1] - cells[-1][0] <= _SHORT_CELL else cells[:-1]
        ends = {indent + b for _, b in right} & (ends if ends is not None else {indent + b for _, b in right})
        if not starts and not ends:
            return None
        margin = min(margin, indent)
        widest = max(widest, indent + cells[0][1])
        nearest = min(nearest, indent + cells[1][0])
        rows.append(cells)
        columns.append([(indent + a, indent + b) for a, b in cells])
    if not starts - {margin} and not ends:  # (every line starts at the margin: that is no column)
        return None
    if all(len(cells) == 2 for cells in rows):
        firsts = [line[:cells[0][1]] for (_, line), cells in zip(lines, rows)]
        if len(rows) < 3 or nearest < widest + 3 or all(first.isupper() for first in firsts):
            return None
    return [_in_columns(cells, where, columns) for cells, where in zip(rows, columns)]


# What is listed, dots leading from it, then a short figure at the line's end ("J. H. Crane & Co., coal ........ $186.40",
# "Meriden Falls Gas Light Co. ........   22.15"): the dots, four at least, run together or spaced, are the first
# cell's, as written.
_LEADER_ROW = re.compile(r"(?P<what>\S.*?(?:\.{4,}|(?:\. ){3,}\.))[ \t]+(?P<figure>[^\s.][^\t]{0,14})")


def _leader_cells(lines: list[tuple[int, str]]) -> list[list[tuple[int, int]]] | None:
    """A list's lines each leading by dots to a figure, as a treasurer's bills or a contents' pages are set, two
    lines at least: two cells a row, what and the figure (the lines had run into one paragraph: the dots' last is no
    column's gap, a sentence's end to the columns' reading)."""
    if len(lines) < 2:
        return None
    rows = []
    for _, line in lines:
        found = _LEADER_ROW.fullmatch(line) if "...." in line or ". . ." in line else None
        if found is None or not any(c.isdigit() for c in found.group("figure")) \
                or found.group("figure").rstrip() != found.group("figure"):
            return None
        rows.append([found.span("what"), found.span("figure")])
    return rows


def _in_columns(cells: list[tuple[int, int]], where: list[tuple[int, int]], rows: list[list[tuple[int, int]]]
                ) -> list[tuple[int, int] | None]:
    """A row of fewer cells than the table's fullest, each in the column it stands under, an empty cell (None)
    in each column it leaves out before its last: a vote's head, ``Ayes      Noes`` over the figures, set right of
    the first column (its cells had stood under the first two)."""
    full = max(rows, key=len)
    if len(cells) == len(full):
        return cells
    out: list[tuple[int, int] | None] = []
    for placed, (cell, (start, end)) in enumerate(zip(cells, where)):
        # the column it overlaps most, or else the nearest; never one to the left of the cell before it
        column = max(range(len(out), len(full)), key=lambda k: (min(end, full[k][1]) - max(start, full[k][0]), -k))
        if len(full) - column < len(cells) - placed:
            return cells  # (too few columns left for the cells after it: the row as it is)
        out.extend([None] * (column - len(out)))
        out.append(cell)
    return out


def _turns_at_marked_numbers(chunks: list, gaps: list, threshold: int) -> list:
    """The gaps, the page turning before a page's number marked as one that heads a block ("the question of
    Berlin" / "- 2 -" / "remained open."; "Page 15"), unless the page turns after it (it is a page's foot there), or
    it is the transcript's last line."""
    def turns(gap: tuple) -> bool:
        return gap[1] or gap[0] >= threshold

    last = len(chunks) - 1
    if last > 0 and len(chunks[last]) == 1 and chunks[last][0][1][:1] in MARKED_FIRST \
            and is_marked_page_number(chunks[last][0][1]):
        # The transcript ends with one, a block of its own: the pages' feet ("… na kolanie." / "- 18 -" /
        # "Marszałek:"), the page turning after each such block (it had turned before, each page one number on).
        feet = [k + 1 for k in range(last) if len(chunks[k]) == 1 and chunks[k][0][1][:1] in MARKED_FIRST
                and is_marked_page_number(chunks[k][0][1])]
        if feet:
            turned = list(gaps)
            for k in feet:
                turned[k] = (gaps[k][0], True, gaps[k][2])
            return turned
    return [(gap[0], True, gap[2]) if 0 < k and (k < len(chunks) - 1 and not turns(gaps[k + 1]) or len(chunks[k]) > 1)
            and is_marked_page_number(chunks[k][0][1]) else gap for k, gap in enumerate(gaps)]


# A German parliament's running head, its page's number at the outer edge ("Deutscher Bundestag – 20. Wahlperiode –
# 87. Sitzung. Berlin, Donnerstag, den 16. Februar 2023          10235"), and the letters its margin sets beside each
# quarter of the page to cite it by ("(A)          (C)").
_SITTING_HEAD = re.compile(r"(\d{1,5})[ \t]{3,}(\S.*Wahlperiode.*)|(\S.*Wahlperiode.*?)[ \t]{3,}(\d{1,5})")
_MARGIN_LETTERS = re.compile(r"\([A-D]\)(?:[ \t]+\([A-D]\))*")
_LABEL_AT_LINE_START = re.compile(r"^([^\n:]{1,80}):", re.MULTILINE)


def _sitting_heads(chunks: list, gaps: list, known: dict, text: str) -> list:
    """The gaps, the page turning before each running head of a German parliament's printed record (a block of its
    own: ``_SITTING_HEAD``), which ``known`` takes as the page's head with the page's number; with it the margin's
    letters under it and the speaker's name the page repeats above the speech going on ("Bernhard Daldrup (SPD)",
    its label without the colon, printed before): they had been words of the turn, and the letters a heading. A
    line of the margin's letters alone elsewhere is furniture too (``known``, in place)."""
    turned = list(gaps)
    labels: dict[str, int] | None = None  # each name-and-colon label at a line's start → where it is first used
    for k, chunk in enumerate(chunks):
        line = chunk[0][1]
        if len(chunk) != 1 or k == 0:
            continue
        if line[:1] == "(" and _MARGIN_LETTERS.fullmatch(line):
            known.setdefault(chunk[0][0], (line_mark("lineNum", chunk[0]), False))
            continue
        found = _SITTING_HEAD.fullmatch(line) if "Wahlperiode" in line else None
        if found is None:
            continue
        known[chunk[0][0]] = (line_mark("header", chunk[0], found.group(1) or found.group(4)), True)
        turned[k] = (gaps[k][0], True, gaps[k][2])
        below = k + 1
        if below < len(chunks) and len(chunks[below]) == 1 and _MARGIN_LETTERS.fullmatch(chunks[below][0][1]):
            known[chunks[below][0][0]] = (line_mark("lineNum", chunks[below][0]), True)
            below += 1
        if below < len(chunks) - 1 and len(chunks[below]) == 1:
            offset, name = chunks[below][0]
            if labels is None:  # (read once: a search of the text before each page's head grew with the square)
                labels = {}
                for label in _LABEL_AT_LINE_START.finditer(text):
                    labels.setdefault(label.group(1), label.start(1))
            if name[-1:] not in ":.!?" and labels.get(name, offset) < offset:
                known[offset] = (line_mark("header", chunks[below][0]), True)
    return turned


_SET_NUMBER_LEAD = 20  # spaces at least before a page's bare number set in the page's middle or at its right


def _turns_at_set_numbers(chunks: list, gaps: list, leads: dict[int, int]) -> list:
    """The gaps, the page turning at a page's bare number set far in from the margin, a block of its own ("  …  18"),
    where two at least run on and the transcript ends with one (the pages' feet: the page turns after each) or
    begins with one (their heads: it turns before each). A section's number so set ("1" over "QUESTIONS AU
    GOUVERNEMENT") neither ends nor begins a record."""
    numbered = [k for k, chunk in enumerate(chunks) if len(chunk) == 1 and chunk[0][1].isdigit()
                and len(chunk[0][1]) <= 4 and leads.get(chunk[0][0], 0) >= _SET_NUMBER_LEAD]
    if len(numbered) < 2 or numbered[-1] != len(chunks) - 1 and numbered[0] != 0:
        return gaps
    values = [int(chunks[k][0][1]) for k in numbered]
    if not all(0 < b - a <= 2 for a, b in zip(values, values[1:])):
        return gaps
    feet = numbered[-1] == len(chunks) - 1
    turned = list(gaps)
    for k in numbered:
        at = k + 1 if feet else k
        if 0 < at < len(chunks):
            turned[at] = (gaps[at][0], True, gaps[at][2])
    return turned


# ------------------------------------------------------- line numbers in the margin

_NEVER = 1 << 30


@dataclass
class Margin:
    """A numbered transcript's line numbers (a court reporter's, 1–25 on each page) and page numbers."""

    numbers: dict[int, LineBreak] = field(default_factory=dict)  # a line's offset, past its number → the number
    # Chunk k's gap (and after the last chunk's): numbered blank lines, a printed page number, TURN.
    gaps: list[tuple] = field(default_factory=list)

    def printed(self, index: int) -> str | None:
        """The page number printed in the gap before chunk ``index`` (the page that starts there), if any."""
        marks = self.gaps[index] if index < len(self.gaps) else ()
        turn_at = marks.index(TURN) if TURN in marks else len(marks)
        for at in range(len(marks) - 1, -1, -1):
            mark = marks[at]
            if type(mark) is Furniture and mark.n is not None:
                # (printed at the foot of the page before, "505" under its last line: this page is the next)
                return mark.n if at > turn_at else str(int(mark.n) + 1)
        return None

    def gap(self, index: int, turn: tuple) -> tuple:
        """What stands between chunk ``index - 1`` and chunk ``index``: ``turn`` (a page turn, or nothing)
        where the page turns among the numbers of the blank lines there."""
        return around_turn(self.gaps[index] if index < len(self.gaps) else (), turn)


_MARGIN_NUMBER = re.compile(r"[ \t]{0,8}(\d{1,2})(?=[ \t]|$)")
# A page's printed number alone on its line, or after "Page", as a deposition's pages print it ("Page 12").
_LONE_NUMBER = re.compile(r"[ \t]*(?:(?:Page|PAGE)[ \t]+)?(\d{1,5})[ \t]*$")
_MARGIN_SHARE = 0.8  # of the non-blank lines, numbered in sequence
_MARGIN_LINES = 20  # numbered lines at least
_MARGIN_PAGE = 10  # one page has this many lines at least


def _read_margin(lines: list[tuple[int, str | None]]) -> dict[int, tuple[str, int, bool, bool]] | None:
    """Line index → (number, characters before the text, page turns?, a page number at the page's foot?) when the
    transcript numbers its lines in the margin; else None.

    Numbered so: four non-blank lines in five start (within 8 columns) with the next number of their
    page or a new page's 1, twenty lines at least, one page ten lines long at least. A number alone
    on its line right above a page's line 1 is the page's printed number (cut 0), when the printed
    numbers run on by one. A line out of sequence stays text, as it is.
    """
    starts = seen = 0
    for _, text in lines:  # most transcripts are told by their first forty lines
        if text is not None and text.strip():
            seen += 1
            starts += _MARGIN_NUMBER.match(text) is not None
            if seen == 40:
                break
    least = _MARGIN_LINES
    if starts < _MARGIN_LINES:
        if not (_MARGIN_PAGE <= starts and seen < 40 and _a_court_page(lines)):
            return None
        least = _MARGIN_PAGE  # (one short page of a court reporter's: it had been a table)
    filled = [(i, text) for i, (_, text) in enumerate(lines) if text is not None and text.strip()]
    # A page's number printed at its foot, set far from the margin, the transcript's last line a number alone as the
    # International Military Tribunal's pages end ("                    505"): each such number is its page's.
    at_foot = _MARGIN_NUMBER.match(filled[-1][1]) is None and _LONE_NUMBER.match(filled[-1][1]) is not None
    reads: dict[int, tuple[str, int, bool, bool]] = {}
    expected: int | None = None  # the next line's number on this page
    page: int | None = None  # the last printed page number
    longest = 0
    for k, (i, text) in enumerate(filled):
        match = _MARGIN_NUMBER.match(text)
        n = int(match.group(1)) if match else None
        lone = _LONE_NUMBER.match(text)
        if lone and at_foot and match is None and expected is not None \
                and (page is None or int(lone.group(1)) == page + 1):
            reads[i] = (lone.group(1), 0, k + 1 < len(filled), True)  # (the page turns after it, if a page follows)
            page, expected = int(lone.group(1)), 1
            continue
        if lone and k + 1 < len(filled) and not (n is not None and n == expected and n != 1):
            following = _MARGIN_NUMBER.match(filled[k + 1][1])
            printed = int(lone.group(1))
            # (or the next page's number with its word over lines that are not numbered: "Page 6" over a deposition's
            # certificate)
            if (following and following.group(1) == "1" or page is not None and lone.group(0).lstrip()[:1] in "Pp") \
                    and (page is None or printed == page + 1):
                reads[i] = (lone.group(1), 0, True, False)
                page, expected = printed, 1
                continue
        if n is None or not (n == 1 or expected is not None and expected <= n <= expected + 2):
            continue
        if (n == 1 or expected == 1) and k + 1 < len(filled) and text[match.end():].strip() \
                and (below := _MARGIN_NUMBER.match(filled[k + 1][1])) is not None and below.group(1) == "1":
            continue  # a running head that opens with the day, over the page's line 1 ("1 Dec. 45"): not a line
        cut = len(text) - len(text[match.end():].lstrip())
        reads[i] = (str(n), cut, n == 1 and expected not in (None, 1), False)
        longest = max(longest, n)
        expected = n + 1
    numbered = sum(1 for read in reads.values() if read[1])
    # (the share of the lines from the first numbered to the last: a deposition's caption and its reporter's
    # certificate, unnumbered pages before and after the testimony's, had left its 25-line pages unread)
    lines_read = [i for i, read in reads.items() if read[1]]
    stretch = sum(1 for i, _ in filled if lines_read[0] <= i <= lines_read[-1]) if lines_read else 0
    if numbered < least or numbered < _MARGIN_SHARE * stretch or longest < _MARGIN_PAGE:
        return None
    return reads


# A court reporter's page: its lines' numbers set right in two columns, two spaces at least before the text (" 1   THE
# PRESIDENT: …", "10        A    Erwin Lahousen."), a speaker's label in capitals and a colon among them.
_COURT_LINE = re.compile(r"(?: \d|\d\d)[ \t]{2,}(\S.*)")
_CAPITALS_LABEL = re.compile(r"[A-Z][A-Z.' -]{2,40}:\s")


def _a_court_page(lines: list[tuple[int, str | None]]) -> bool:
    """Whether a short transcript (under forty lines) is one page of a court reporter's, its lines numbered 1, 2, …
    in order, all of them but two at most (a running head): ten lines or more, too few for the numbers alone."""
    filled = [text for _, text in lines if text is not None and text.strip()]
    numbered = [found for text in filled if (found := _COURT_LINE.match(text)) is not None]
    return len(numbered) >= len(filled) - 2 \
        and [int(found.group(0)[:2]) for found in numbered] == list(range(1, len(numbered) + 1)) \
        and any(_CAPITALS_LABEL.match(found.group(1)) for found in numbered)


# A running head that is the sitting's date, over a page's line 1 ("1 Dec. 45"): a header though one page prints it.
_DATE_HEAD = re.compile(r"\d{1,2} (?:Jan|Feb|Mar|Apr|May|June?|July?|Aug|Sept?|Oct|Nov|Dec)\.? \d{2}(?:\d{2})?")


def _margin_furniture(lines: list[tuple[int, str | None]], reads: dict[int, tuple[str, int, bool, bool]]
                      ) -> dict[int, str]:
    """Line index → "header" or "footer": in a transcript that numbers its lines, the lines no number opens above a
    page's first numbered line or under its last that half its pages at least, two at least, print alike (digits
    aside: "GRAND JURY PROCEEDINGS - CONFIDENTIAL" under line 25, a reporter's name and telephone; they had been a
    person's turn on each page, "GRAND JURY PROCEEDINGS -", or words of the last speaker's)."""
    pages: list[list[int]] = [[]]
    fed = False  # a form feed turned the page since its last numbered line: its head's lines are the new page's
    for index, (_, text) in enumerate(lines):
        read = reads.get(index)
        if text is None:
            if pages[-1]:
                pages.append([])
            fed = True
            continue
        if read is not None and read[2] and pages[-1] and not fed:
            pages.append([])
        if read is not None and read[1]:
            fed = False
        if text.strip():
            pages[-1].append(index)
    found: dict[int, str] = {}
    for kind, side in (("header", lambda page: page), ("footer", lambda page: page[::-1])):
        lines_of: dict[str, list[int]] = {}  # what is printed (digits aside) → its lines, one a page
        for page in pages:
            if not any((read := reads.get(index)) is not None and read[1] for index in page):
                continue  # (a page whose lines no number opens: a caption's, a certificate's, or one left unread)
            keys = set()
            for index in side(page):
                read = reads.get(index)
                if read is not None and read[1]:  # the page's first numbered line (from its foot: the last)
                    break
                if read is None:
                    key = running_key(lines[index][1])
                    if key not in keys and any(c.isalpha() for c in key):  # (a number alone is no running line's)
                        keys.add(key)
                        lines_of.setdefault(key, []).append(index)
        for key, indexes in lines_of.items():
            if len(indexes) >= 2 and 2 * len(indexes) >= len(pages) \
                    or kind == "header" and key[:1] == "#" and _DATE_HEAD.fullmatch(lines[indexes[0]][1].strip()):
                found.update(dict.fromkeys(indexes, kind))
    return found



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
    """Blank lines that make a page turn: more than the usual paragraph gap (read from the gaps without a
    form feed: with one, the page turns anyway, and pages turned by form feeds alone made one blank line,
    a paragraph's end, a page turn too)."""
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


def _set_right(chunk: list[tuple[int, str]], indents: list[int], margin: int) -> int | None:
    """The first of the block's last lines set far to the right of its margin under a sentence's end, as a typescript
    sets a closing ("… Adansi." / "                    True Extract," / "                    W. H. SIMPSON," /
    "                    Colonial Secretary."): they open a block of their own (they had been the paragraph's words)."""
    k = len(chunk)
    while k > 1 and indents[k - 1] >= margin + _SET_RIGHT:
        k -= 1
    if k == len(chunk) or k == 0 or indents[k - 1] >= margin + _SET_RIGHT or not _ends_sentence(chunk[k - 1][1]):
        return None
    return chunk[k][0]


_SET_RIGHT = 16  # characters past the block's margin: a closing set to the right, not a paragraph's indent


def _back_at_the_margin(chunk: list[tuple[int, str]], indents: list[int], margin: int) -> list[int]:
    """The lines back at the margin under a list's items indented past it, the last item ending a sentence: a
    paragraph of their own ("  3. Britain Yearly Meeting asks for our quota." / "We accept this report with thanks.",
    which had been words of the last item)."""
    out = []
    item = False  # (an item opens the indented lines above)
    for k in range(1, len(chunk)):
        if indents[k] >= margin + 2 and indents[k - 1] == margin:
            item = _INDENTED_ITEM.match(chunk[k][1]) is not None
        elif item and indents[k] == margin and indents[k - 1] >= margin + 2 and _ends_sentence(chunk[k - 1][1]):
            out.append(chunk[k][0])
            item = False
    return out


_INDENTED_ITEM = re.compile(r"\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)]\s")


def _split(chunk: list[tuple[int, str]], width: int | None, indented: frozenset[int] = frozenset()
           ) -> list[list[tuple[int, str]]]:
    """A chunk's lines → units: a short line (under 80 % of the wrap width) that ends a sentence ends one, a
    line that opens with a timestamp in brackets and a name's colon starts one (a chat's message or a recording's
    turn a line, "[10:02 AM] John Smith: …", however long the line before it), and so does a line indented by a
    full-width space."""
    units = [[chunk[0]]]
    limit = None if width is None else 0.8 * width
    for at, (previous, line) in enumerate(zip(chunk, chunk[1:]), 1):
        prev_text = previous[1]
        # (A recording's time alone in brackets is the speaker's label's under it, "[00:03:41]" / "SP: And the
        # march?", as on one line: it had been a paragraph of the turn before.)
        # (but not inside a bracket or a parenthesis that a line below closes)
        if limit is not None and (len(prev_text) < limit or prev_text[-1:] == "." and _is_date(prev_text)) \
                and _ends_sentence(prev_text) \
                and not (is_lone_stamp(prev_text) and _NAME_COLON.match(line[1])) \
                and not _held_open(units[-1], chunk, at) \
                or line[1][:1] in TIMESTAMP_FIRST and _opens_stamped_label(line[1]) \
                or indented and line[0] in indented:
            units.append([line])
        else:
            units[-1].append(line)
    return units


_HOLDS_OPEN = 6  # lines: how far a bracket or parenthesis open at a line's end is looked for its close


def _held_open(lines: list[tuple[int, str]], chunk: list[tuple[int, str]], at: int) -> bool:
    """Whether these lines leave a bracket or a parenthesis open that one of the chunk's next few lines, from ``at``,
    closes: its paragraph goes on ("… the mistakes. (Commotion." / "Rákosi: Let him speak!) The people …")."""
    if not any("(" in text or "[" in text for _, text in lines):
        return False
    squares = sum(text.count("[") - text.count("]") for _, text in lines)
    rounds = sum(text.count("(") - text.count(")") for _, text in lines)
    if squares <= 0 and rounds <= 0:
        return False
    least_squares, least_rounds = squares, rounds
    for _, text in chunk[at:at + _HOLDS_OPEN]:
        squares += text.count("[") - text.count("]")
        rounds += text.count("(") - text.count(")")
        if 0 < least_squares and squares < least_squares or 0 < least_rounds and rounds < least_rounds:
            return True
    return False


# A name and its colon after a timestamp: "John Smith: …" in "[10:02 AM] John Smith: …".
_NAME_COLON = re.compile(r"[^\W\d_][\w.'’ -]{0,40}:(?:\s|$)")


# Or a source in capitals at the margin, a wide space after it: "HOT-1   …" in "21:41:02  HOT-1   okay, …", a
# cockpit recorder's row (each row had run into the one above it).
_MARGIN_SOURCE = re.compile(r"[A-Z][A-Z0-9?-]{1,5}(?=[ \t]{2,}\S)")


def _opens_stamped_label(text: str) -> bool:
    lead = TIMESTAMP_LEAD.match(text)
    return lead is not None and (_NAME_COLON.match(text, lead.end()) is not None
                                 or _MARGIN_SOURCE.match(text, lead.end()) is not None)


__all__ = ["Unit", "Layout", "Margin", "layout", "breaks_words", "SENTENCE_END"]
