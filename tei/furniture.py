"""A paged transcript's furniture: what its pages print beside the text — a page's number, a running head or
foot — found where the pages repeat it at their head or foot, and taken out of the text to stand where it
stood, as TEI's forme work (fw). A classification stamped on each page was a section heading, a page's number
a paragraph of whoever spoke last, a running head glued to the speaker's name under it.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from .diagnostics import Span
from .model import Furniture
from .rules import CLASSIFICATION

# A page's word before its number in the other languages the records are in, as the Riksdag's and the Bundestag's
# printed records set it ("Sid. 23", "Seite 4").
PAGE_WORDS = r"Sid\.|Sida|Seite|Pág\.|Pag\.|Página|Pagina|Strona|Str\.|Стр\.|Страница"
# A line that is a page's number and nothing else: "12", "- 12 -", "-- 12 --" (a typewriter's dashes), "— 12 —",
# "[12]", "(12)", "Page 12", "p. 12", "Page 12 of 40", "12/40".
# (its word in other languages too, and a full stop after the number that follows one: "Sid. 23", "Page 214.")
_PAGE_NUMBER = re.compile(r"((?:--|[-–—(\[])\s*)?(?:(?:page|pg\.?|p\.)\s*)?(\d{1,4})(?:\s*(?:of|/)\s*\d{1,4})?"
                          r"(\s*(?:--|[-–—)\]]))?"
                          rf"|(?:page|{PAGE_WORDS})\s*(\d{{1,4}})(?:\s*(?:of|/)\s*\d{{1,4}})?\.?", re.IGNORECASE)
_PAGE_WORD = re.compile(r"\b(?:page|p\.)\s*(\d{1,4})\b", re.IGNORECASE)  # a page's number in a running line
_DIGITS = re.compile(r"\d+")
_FURNITURE_DEPTH = 2  # lines at a page's head (and at its foot) that may be its furniture
_RUNNING_LONGEST = 100  # characters: a running head is a short line


@dataclass
class Furnishing:
    """The lines a paged transcript prints beside its text — a page's number, a running head or foot —
    and where each stands once they are taken out of the text: between chunks, before the page turn
    (a page's foot) or after it (the next page's head)."""

    lines: dict[int, tuple[Furniture, bool]]  # a furniture line's offset → what it is, at a page's head?
    numbers: dict[int, str]  # page (0 the first) → the number it prints
    # Before chunk k: its furniture in the source's order, TURN where the page turns among it (before the first
    # head: a page of furniture alone, gone, keeps its head and its foot in order after the turn).
    gaps: list[tuple] = field(default_factory=list)

    def gap(self, index: int, turn: tuple) -> tuple:
        """What stands between chunk ``index - 1`` and chunk ``index``: a page's foot, ``turn``, a page's head."""
        return around_turn(self.gaps[index] if index < len(self.gaps) else (), turn)

    def taken_from(self, chunks: list, gaps: list, threshold: int) -> tuple[list, list]:
        """The chunks without the furniture's lines, and their gaps. A chunk of furniture alone is gone and
        the gaps on its sides are one: the page turns there if it turned on either side."""
        def turns(gap: tuple) -> bool:
            return gap[1] or gap[0] >= threshold

        out_chunks: list = []
        out_gaps: list = []
        marks: list = []
        turn_at = None  # where the page turns among ``marks``: before the first head
        gap = None  # the gap before the next chunk kept
        for chunk, chunk_gap in zip(chunks, gaps):
            gap = chunk_gap if gap is None or (turns(chunk_gap) and not turns(gap)) else gap
            kept: list = []
            for line in chunk:
                found = self.lines.get(line[0])
                if found is None:
                    kept.append(line)
                    continue
                if kept:  # a foot after text in one chunk: the text before it is a chunk of its own
                    out_chunks.append(kept)
                    out_gaps.append(gap)
                    self.gaps.append(_placed(marks, turn_at))
                    marks, turn_at, kept, gap = [], None, [], (0, False, line[0])
                mark, head = found
                if head and turn_at is None:
                    turn_at = len(marks)
                marks.append(mark)
            if kept:
                out_chunks.append(kept)
                out_gaps.append(gap)
                self.gaps.append(_placed(marks, turn_at))
                marks, turn_at, gap = [], None, None
        self.gaps.append(_placed(marks, turn_at))  # after the last chunk
        return out_chunks, out_gaps


def _placed(marks: list, turn_at: int | None) -> tuple:
    """A gap's furniture with TURN where the page turns among it (after it all, when no page's head is there)."""
    at = len(marks) if turn_at is None else turn_at
    return (*marks[:at], TURN, *marks[at:])


# Where the page turns among the marks of a gap between chunks (a page's furniture, a numbered transcript's
# blank lines' numbers), for ``around_turn`` to put the page turn there.
TURN = object()


def around_turn(marks: tuple, turn: tuple) -> tuple:
    """A gap's marks with ``turn`` (a page turn, or nothing) where TURN stands among them; before them all when
    no TURN does."""
    if TURN not in marks:
        return (*turn, *marks)
    at = marks.index(TURN)
    return (*marks[:at], *turn, *marks[at + 1:])


def find_furniture(chunks: list[list[tuple[int, str]]], gaps: list[tuple[int, bool, int]],
               threshold: int, known: dict[int, tuple[Furniture, bool]] | None = None) -> Furnishing | None:
    """The pages' furniture, when a transcript of two pages or more prints it; else None.

    Read at each page's head and foot, two lines deep: a page's number alone on its line where the
    numbers of two pages at least run on as the pages do (12 then 13 on the next page, 15 two pages
    on); a line that half the pages at least repeat there (digits aside, as "Page 3 of 9" changes),
    three at least or every page: a classification stamp, a running title. Lines that are most of their
    pages' only line are text (a page of furniture alone is a page turn read from too many blank lines),
    and a line ending in a colon (a speaker's label above the speech) is never furniture. A running head that
    prints the page's number at its outer edge ("212      ROYAL COMMISSION ON DOCK LABOUR:" then
    "MINUTES OF EVIDENCE.      213") is one where two pages at least print it and the numbers run on.
    ``known``: the lines ``set_apart`` read as furniture on their own evidence, at their pages' heads and feet.
    """
    known = known or {}
    starts = [0, *(k for k in range(1, len(chunks)) if gaps[k][1] or gaps[k][0] >= threshold)]
    if len(starts) < 2:
        return Furnishing(dict(known), {0: n for _, (mark, _) in known.items() if (n := mark.n) is not None}) \
            if known else None
    pages = [[line for chunk in chunks[a:b] for line in chunk] for a, b in zip(starts, [*starts[1:], len(chunks)])]
    found: dict[int, tuple[Furniture, bool]] = dict(known)
    numbers: dict[int, str] = {}
    taken = [[0, 0] for _ in pages]  # lines taken at each page's head and at its foot
    for p, lines in enumerate(pages):  # (what is known stands at its page's head or foot)
        for edge, ordered in ((0, lines), (1, lines[::-1])):
            for offset, _ in ordered:
                if sum(taken[p]) == len(lines) or offset not in known or known[offset][1] != (edge == 0):
                    break
                taken[p][edge] += 1
                if known[offset][0].n is not None:
                    numbers.setdefault(p, known[offset][0].n)
    for head in (True, False):
        edge = 0 if head else 1
        for depth in range(_FURNITURE_DEPTH):
            candidates = {}
            alone = set()  # pages whose candidate is the one line left on them
            for p, lines in enumerate(pages):
                if taken[p][edge] == depth and sum(taken[p]) < len(lines):
                    candidates[p] = lines[depth] if head else lines[-1 - depth]
                    if sum(taken[p]) + 1 == len(lines):
                        alone.add(p)
            # (under a running head, the pages that printed one: "14 March 1893.]   Mr. OAKES.   [Continued.", a
            # blue book's second line under "212      ROYAL COMMISSION ON DOCK LABOUR:", is the head's too)
            headed = frozenset(candidates) if depth and head else frozenset()
            kinds = [_page_numbers(candidates), _running_lines(candidates, head, len(pages), headed)]
            read = {p for together in kinds for p, _ in together}
            kinds.append(_edge_numbered({p: line for p, line in candidates.items() if p not in read}, head))
            marks = [(p, mark) for together in kinds
                     if 2 * sum(p in alone for p, _ in together) < len(together) for p, mark in together]
            if not marks:
                break
            for p, mark in marks:
                found[candidates[p][0]] = (mark, head)
                taken[p][edge] += 1
                if mark.n is not None:
                    numbers.setdefault(p, mark.n)
    return Furnishing(found, numbers) if found else None


def is_marked_page_number(text: str) -> bool:
    """A page's number past the first, marked as one, alone on its line: between dashes ("- 2 -", "-- 2 --",
    "— 12 —"), as typescripts print it at a page's head, or after its word ("Page 14", "p. 2", "Page 3 of 9"):
    the page turns there, whether or not blank lines or a form feed say so, and in a block's middle too."""
    number = marked_page_number(text)
    return number is not None and number >= 2


def marked_page_number(text: str) -> int | None:
    """The number of a page's number marked as one, alone on its line ("- 12 -", "Page 12", "Sid. 23"), else None."""
    found = _MARKED_PAGE_NUMBER.fullmatch(text) if text[:1] in MARKED_FIRST else None
    return int(found.group(1) or found.group(2) or found.group(3)) if found is not None else None


MARKED_FIRST = frozenset("-–—PpSС")  # (the last Cyrillic's: "Стр. 4")
# (its word in other languages too, and a full stop after the number that follows a word: "Page 214.", a royal
# commission's)
_MARKED_PAGE_NUMBER = re.compile(r"(?:--|[-–—])\s*(\d{1,4})\s*(?:--|[-–—])"
                                 r"|(?:pp?\.|Pg\.?)\s*(\d{1,4})(?:\s*(?:of|/)\s*\d{1,4})?"
                                 rf"|(?:Page|PAGE|{PAGE_WORDS})\s*(\d{{1,4}})(?:\s*(?:of|/)\s*\d{{1,4}})?\.?")


def _page_numbers(candidates: dict[int, tuple[int, str]]) -> list[tuple[int, Furniture]]:
    """Lines that are a page's number alone, when two pages at least print them and they run on as the pages do;
    or marked as one, on one page too, past the first ("- 2 -", "Page 12")."""
    read = []
    for p, (offset, text) in sorted(candidates.items()):
        match = _PAGE_NUMBER.fullmatch(text)
        if match and bool(match.group(1)) == bool(match.group(3)):  # "- 12 -", "12", never "(12" or "12)"
            read.append((p, int(match.group(2) or match.group(4)), offset, text))
    numbered = [(p, n) for p, n, _, _ in read]
    # (one marked so is a page's number whatever it is: a transcript may begin on its twelfth page)
    if not _runs_on(numbered) and not (read and all(is_marked_page_number(text) for *_, text in read)
                                       and (len(read) == 1 or _runs_on([(0, 1), *numbered]))):
        return []
    return [(p, Furniture("pageNum", text, Span(offset, offset + len(text)), str(n))) for p, n, offset, text in read]


def _running_lines(candidates: dict[int, tuple[int, str]], head: bool, pages: int,
                   headed: frozenset[int] = frozenset()) -> list[tuple[int, Furniture]]:
    """Lines that half the pages at least (three at least, or every page) repeat at this place, digits aside; or,
    under the running heads (``headed``: the pages with a head above this line), every headed page, two at least."""
    by_key: dict[str, list[int]] = {}
    for p, (_, text) in candidates.items():
        if len(text) <= _RUNNING_LONGEST and not text.endswith(":") and not _PAGE_NUMBER.fullmatch(text) \
                and any(c.isalpha() for c in text):
            by_key.setdefault(running_key(text), []).append(p)
    marks = []
    for repeated in by_key.values():
        if len(repeated) < 2 or (2 * len(repeated) < pages or len(repeated) < 3 and len(repeated) < pages) \
                and len(repeated) != len(headed):
            continue
        if head and len(repeated) == 2 and 0 in repeated and _title_again(candidates[0][1]):
            repeated = repeated[1:]  # (the record's first line: its title, which the next page prints as its head)
        read = {p: _PAGE_WORD.search(candidates[p][1]) for p in repeated}
        numbered = sorted((p, int(m.group(1))) for p, m in read.items() if m)
        runs_on = _runs_on(numbered)
        for p in sorted(repeated):
            offset, text = candidates[p]
            n = read[p].group(1) if runs_on and read[p] else None
            marks.append((p, Furniture("header" if head else "footer", text, Span(offset, offset + len(text)), n)))
    return marks


def _title_again(text: str) -> bool:
    """A record's title that the one page after its first prints again at its head ("OVERSIGHT OF FEDERAL INLAND
    WATERWAY LOCKS", a hearing's): three words at least, no number, no classification ("CONFIDENTIAL" on both pages
    is the pages' marking). On its first page it is the title (it had been a running head, the record untitled)."""
    words = text.split()
    return len(words) >= 3 and not any(c.isdigit() for c in text) and CLASSIFICATION.pattern.match(text.strip()) is None


def running_key(text: str) -> str:
    """What a running line prints, its digits aside and its spaces one: the same on every page ("Page 3 of 9")."""
    return _DIGITS.sub("#", " ".join(text.split()))


def _edge_numbered(candidates: dict[int, tuple[int, str]], head: bool) -> list[tuple[int, Furniture]]:
    """Lines that print a page's number at their outer edge, set apart from their words, as a printed paper's
    running heads do ("212      ROYAL COMMISSION ON DOCK LABOUR:", "MINUTES OF EVIDENCE.      213"), when two
    pages at least print them and the numbers run on."""
    read = sorted((p, n, offset, text) for p, (offset, text) in candidates.items()
                  if (n := edge_number(text)) is not None)
    if not _runs_on([(p, n) for p, n, _, _ in read]):
        return []
    return [(p, Furniture("header" if head else "footer", text, Span(offset, offset + len(text)), str(n)))
            for p, n, offset, text in read]


# A page's number at a running line's outer edge, three spaces at least from its words.
_EDGE_NUMBER = re.compile(r"(\d{1,4})[ \t]{3,}(\S.*)|(\S.*?)[ \t]{3,}(\d{1,4})")


def edge_number(text: str) -> int | None:
    """The page's number a running head prints at its outer edge ("2      Security Council - Twenty-first Year",
    "MINUTES OF EVIDENCE.      213"), else None: a short line of two words at least (a table's total, "Total
    27", is no page's head)."""
    found = _EDGE_NUMBER.fullmatch(text) if len(text) <= _RUNNING_LONGEST else None
    if found is None or sum(any(c.isalpha() for c in word) for word in (found.group(2) or found.group(3)).split()) < 2:
        return None
    return int(found.group(1) or found.group(4))


# A running line's words, then the page's number after its word at its outer edge, three spaces at least from them
# ("Ellison interview, 9 June 1994      Page 2").
_PAGE_WORD_AT_EDGE = re.compile(r"(\S.*?)[ \t]{3,}(?:Page|PAGE|Pg\.|p\.)[ \t]*(\d{1,4})(?:[ \t]+of[ \t]+\d{1,4})?")


def paged_running_lines(chunks: list[list[tuple[int, str]]], gaps: list[tuple[int, bool, int]],
                        threshold: int) -> dict[int, tuple[Furniture, bool]]:
    """Running lines set apart by blank lines that print the page's number after its word at their outer edge
    ("Ellison interview, 9 June 1994      Page 2"), as an oral history's typescript heads its pages, on one page
    too: the head of the page it numbers, where the page turns right before it or right after it (the typist's
    blank lines under the head read as the turn; it had been the last speaker's words), or the foot of the page
    it numbers, where the page turns after it. A line's offset → (the mark, at a page's head?)."""
    found: dict[int, tuple[Furniture, bool]] = {}
    page = 1
    for k, chunk in enumerate(chunks):
        turned = k > 0 and (gaps[k][1] or gaps[k][0] >= threshold)
        page += turned
        if k == 0 or len(chunk) != 1 or len(chunk[0][1]) > _RUNNING_LONGEST:
            continue
        line = chunk[0]
        edge = _PAGE_WORD_AT_EDGE.fullmatch(line[1])
        if edge is None or sum(any(c.isalpha() for c in word) for word in edge.group(1).split()) < 2:
            continue
        n = int(edge.group(2))
        after = k + 1 < len(chunks) and (gaps[k + 1][1] or gaps[k + 1][0] >= threshold)
        if turned and n == page or after and n == page + 1:
            found[line[0]] = (line_mark("header", line, str(n)), True)
        elif after and n == page:
            found[line[0]] = (line_mark("footer", line), False)
    return found


def _runs_on(numbered: list[tuple[int, int]]) -> bool:
    """(page, printed number) pairs, two at least, whose numbers increase as the pages do: by one a page, or by
    two at most (a page turn read from too many blank lines, a page the extraction lost)."""
    steps = zip(numbered, numbered[1:])
    return len(numbered) >= 2 and all(0 < n2 - n1 <= 2 * (p2 - p1) for (p1, n1), (p2, n2) in steps)


# ------------------------------------------------------- furniture that shows itself, on one page too

# A rule across the page: ten underscores, dashes or equals signs at least, alone on its line.
_RULE = re.compile(r"([-_=])\1{9,}")
_RULE_FIRST = frozenset("-_=")
_FAR_RIGHT = 20  # spaces at least before a line set at the right of the page
_SET_APART_LONGEST = 60  # characters: a document's symbol over its page's number


def set_apart(chunks: list[list[tuple[int, str]]], gaps: list[tuple[int, bool, int]], leads: dict[int, int],
              ruled: bool = True) -> tuple[list, list, dict[int, tuple[Furniture, bool]]]:
    """The chunks and gaps, the page turning before the furniture that shows itself for what it is on one page
    too, and that furniture (a line's offset → what it is, at a page's head?):

    - a page's head between rules across the page, or under one, that prints the page's number, in a block's
      middle too (``________`` / ``2      Security Council - Twenty-first Year`` / ``________``, a verbatim
      record's; ``- 2 -`` or ``Page 2`` so), past the first page;
    - a page's number marked as one over a rule, the page's foot (``Page 1 of 2`` / ``--------``), the rule and
      the block's one line under it the next page's head (``NORTHGATE LOGISTICS PLC - Board minutes …``);
    - a block of its own, of two or three short lines, that a page's number after its word ends or opens
      (``E/CONF.41/SR.4`` / ``page 2``, a UN document's symbol over its page's number), its other lines
      repeated so over another page or the block set at the right of the page.

    Never the transcript's first lines, nor a page's number under a rule among lines set in columns (a table's
    total under its figures)."""
    known: dict[int, tuple[Furniture, bool]] = {}
    heads = _symbol_heads(chunks, leads)
    if not heads and not ruled:  # (``ruled``: the transcript holds a rule; most hold none, and no such head)
        return chunks, gaps, known
    out_chunks: list = []
    out_gaps: list = []
    last = len(chunks) - 1
    for k, (chunk, gap) in enumerate(zip(chunks, gaps)):
        if k in heads:
            known.update(heads[k])
            out_chunks.append(chunk)
            out_gaps.append((gap[0], True, gap[2]))
            continue
        turns: list[int] = []  # where the page turns in the chunk, by line
        for i, (offset, text) in enumerate(chunk):
            if text[:1] not in _RULE_FIRST or not _RULE.fullmatch(text) or chunk[i][0] in known:
                continue  # (most lines: no rule, told by their first character)
            below = chunk[i + 1][1] if i + 1 < len(chunk) else None
            above = chunk[i - 1][1] if i > 0 and chunk[i - 1][0] not in known else None
            headed = _head_number(below) if below is not None else None
            if headed is not None:  # a head under a rule, between two perhaps
                group = [i, i + 1, *([i + 2] if i + 2 < len(chunk) and _RULE.fullmatch(chunk[i + 2][1]) else [])]
                n = headed
            elif above is not None and (i < 2 or not _RULE.fullmatch(chunk[i - 2][1])) \
                    and _head_number(above) is not None and marked_page_number(above) is None:
                group, n = [i - 1, i], _head_number(above)  # a head over a rule
            elif above is not None and _foot_number(above) is not None:  # a page's foot over a rule
                if k == last and i == len(chunk) - 1:  # (the transcript's last lines: a foot, the rule too)
                    known[chunk[i - 1][0]] = (line_mark("pageNum", chunk[i - 1], str(_foot_number(above))), False)
                    known[offset] = (line_mark("footer", chunk[i]), False)
                    continue
                under = [i + 1] if i + 2 == len(chunk) and len(below) <= _RUNNING_LONGEST \
                    and below[-1:] not in ":.?!" else []
                if not _apart(chunk, i - 1, i + len(under)):
                    continue
                known[chunk[i - 1][0]] = (line_mark("pageNum", chunk[i - 1], str(_foot_number(above))), False)
                for j in [i, *under]:
                    known[chunk[j][0]] = (line_mark("header", chunk[j]), True)
                turns.append(i)
                continue
            else:
                continue
            if n < 2 or k == 0 and group[0] == 0 or not _apart(chunk, group[0], group[-1]):
                continue
            for j in group:
                line = chunk[j]
                kind = "header" if _RULE.fullmatch(line[1]) or edge_number(line[1]) is not None else "pageNum"
                known[line[0]] = (line_mark(kind, line, None if _RULE.fullmatch(line[1]) else str(n)), True)
            turns.append(group[0])
        for a, b in zip([0, *turns], [*turns, len(chunk)]):
            if a == b == 0:
                continue
            out_chunks.append(chunk[a:b])
            out_gaps.append(gap if a == 0 else (0, True, chunk[a][0]))
        if turns and turns[0] == 0:
            out_gaps[-len(turns)] = (gap[0], True, gap[2])
    return out_chunks, out_gaps, known


def line_mark(kind: str, line: tuple[int, str], n: str | None = None) -> Furniture:
    """A line (its offset, its text) as page furniture of this kind, the page's number ``n`` if it gives one."""
    return Furniture(kind, line[1], Span(line[0], line[0] + len(line[1])), n)


def _head_number(text: str) -> int | None:
    """The page's number a page's head prints: marked as one ("- 2 -", "Page 2"), or at the edge of its words."""
    number = marked_page_number(text)
    return number if number is not None else edge_number(text)


def _foot_number(text: str) -> int | None:
    """The page's number a page's foot prints, marked as one ("Page 1 of 2", "- 1 -", "page 1")."""
    number = marked_page_number(text)
    if number is None and text[:1].isalpha() and (found := _PAGE_NUMBER.fullmatch(text)):
        number = int(found.group(2) or found.group(4))
    return number


def _apart(chunk: list[tuple[int, str]], first: int, last: int) -> bool:
    """Whether the lines around chunk[first:last + 1] are no table's rows (set in columns, or a figure)."""
    return not any("   " in text or text.replace(",", "").replace(".", "").isdigit()
                   for _, text in chunk[max(first - 1, 0):first] + chunk[last + 1:last + 2])


def _symbol_heads(chunks: list[list[tuple[int, str]]], leads: dict[int, int]
                  ) -> dict[int, dict[int, tuple[Furniture, bool]]]:
    """Chunk index → its lines as furniture, for the blocks that are a page's head of their own: two or three short
    lines, one a page's number after its word, past the first ("E/CONF.41/SR.4" / "page 2"); the others repeated
    so over another page (digits aside), or every line set at the right of the page. The numbers increase."""
    found: dict[int, tuple[int, int, list[str]]] = {}  # chunk → (its page's number, its line, the others' keys)
    for k, chunk in enumerate(chunks[1:-1], 1):  # (not the transcript's first block, nor its last: no page's head)
        if not 2 <= len(chunk) <= 3 or any(len(text) > _SET_APART_LONGEST for _, text in chunk):
            continue
        numbered = [(j, n) for j, (_, text) in enumerate(chunk)
                    if text[:1].isalpha() and (n := _foot_number(text)) is not None]
        if len(numbered) != 1 or numbered[0][1] < 2 or numbered[0][0] not in (0, len(chunk) - 1):
            continue
        j, n = numbered[0]
        others = [running_key(text) for i, (_, text) in enumerate(chunk) if i != j]
        if any(not any(c.isalpha() for c in key) or key.endswith(":") for key in others):
            continue
        found[k] = (n, j, others)
    heads: dict[int, dict[int, tuple[Furniture, bool]]] = {}
    last = 0
    printed = Counter(tuple(others) for _, _, others in found.values())  # (counted once: a long record has thousands)
    for k, (n, j, others) in sorted(found.items()):
        repeated = printed[tuple(others)] >= 2
        right = all(leads.get(offset, 0) >= _FAR_RIGHT for offset, _ in chunks[k])
        if not (repeated or right) or n <= last:
            continue
        last = n
        heads[k] = {line[0]: (line_mark("pageNum", line, str(n)) if i == j else line_mark("header", line), True)
                    for i, line in enumerate(chunks[k])}
    return heads
