"""Plain text: one rule per TEI element, by its local name (``ELEMENTS``); ``fallback`` renders any
other element's content, so no text is lost.

A rule is ``rule(n, r) -> str``. Inline rules return text; block rules hand their content to
``r.layout.block``, which wraps it at ``opt.width`` (see tei/render_text.py). ``r.children(n)``
is an element's content, its elements rendered; ``r.opt.diplomatic`` asks for the source's
conventions back (brackets, names as written, sic, abbr). Nothing is escaped: text is text.

Names that are not TEI elements (``endnote``, ``speaker_name``, …) are helpers, reached only
through the rules and the page (page.txt), never by an element of the same name.
"""

from __future__ import annotations

from collections.abc import Iterator

from tei.render import quote_marks
from tei.render_text import CLOSE, LINE, MARK, OPEN, Layout, finish, wrap

PAGE = "text/page.txt"
escape = None  # text from the TEI goes in as it is


# The text's containers, which ``r.stream`` gives a block at a time when they hold more than so many children (a
# seed-sized record's division is made whole): ``finish`` takes the blocks of a frame of frames as the page's.
STREAMED = {"text": 0, "body": 0, "div": 256}
# Where the page template puts the text (``{{ the_text() }}``), which ``end`` streams in: a NUL, which no XML
# text holds.
_TEXT_HERE = "\x00text\x00"


def begin(r) -> dict:
    """Set up the layout for this rendering; the page template's helpers."""
    opt = r.opt
    r.layout = Layout(opt.width, margin=opt.pages == "margin" and not opt.diplomatic)
    return {"the_text": lambda: _TEXT_HERE, "endnote": lambda n: endnote(n, r), "block": r.layout.block,
            "underline": lambda text, char: underline(r, text, char)}


def end(r, pieces: Iterator[str]) -> Iterator[str]:
    """The page's blocks laid out as text, the text streamed in where the template puts it, given out a block at
    a time (a long record's text is never joined whole)."""
    return finish(r.streamed_in(pieces, _TEXT_HERE), r.opt.width, clean=lambda: r.layout.clean)


def underline(r, text: str, char: str) -> str:
    return char * min(len(text), r.opt.width)


def fallback(n, r) -> str:
    return r.children(n) if n.inline else r.layout.block(r.children(n))


# Brackets: the characters the conventions table (or the element's default) prints around it.

def _open(n, default: str = "[") -> str:
    return n.sign.opener if n.sign else default


def _close(n, default: str = "]") -> str:
    return n.sign.closer if n.sign else default


def _space(n) -> str:
    return " " if n.space_before else ""


# ---------------------------------------------------------------- structure

def p(n, r) -> str:
    lead = speaker_name(n.lead, r) + n.joiner if n.lead else ""
    return r.layout.block(lead + r.children(n))


def speaker_name(n, r) -> str:
    return r.children(n) if r.opt.diplomatic else r.children(n).upper()


def speaker(n, r) -> str:
    return r.layout.block(speaker_name(n, r))


def head(n, r) -> str:
    block = r.layout.block
    if n.level and n.level <= 2 and not r.opt.diplomatic:
        rule = underline(r, n.text, "=" if n.level == 1 else "-")
        return block(block(r.children(n)) + block(rule), tight=True)
    label = "Running head: " if "running-head" in n.css else ""  # (the page's head, not the text's heading)
    return label + r.children(n) if n.inline else block(label + r.children(n))


def list_(n, r) -> str:
    if n.get("type") in ("participants", "absent"):  # (those absent set as those present are: "Apologies: …")
        return participants(n, r)
    if n.get("type") == "fields":
        return fields(n, r)
    if n.get("type") == "simple":
        return simple(n, r)
    ordered = n.get("type") in ("ordered", "numbered") or "r-numbered" in n.css
    out = []
    k = 0
    for c in n.children:
        if isinstance(c, str):
            out.append(c)
        elif c.kind == "item":
            k += 1
            out.append(item(c, r, c.label if c.label is not None else (f"{k}." if ordered else "-")))
        else:
            out.append(r.render(c))
    return r.layout.block("".join(out))


def simple(n, r) -> str:
    """A label's lines under it ("CONTENTS:" / "  Adoption of the agenda"): the head, then a line an item, indented
    under it as printed, with no sign of their own."""
    block = r.layout.block
    out = []
    for c in n.children:
        if isinstance(c, str):
            continue
        if c.kind == "head":
            out.append(block(r.children(c)))
        elif c.kind == "item":
            out.append(block(r.layout.within("  ", lambda: r.children(c)), indent="  ", first="  "))
        else:
            out.append(r.render(c))
    return block("".join(out), tight=True)


def item(n, r, mark: str = "-") -> str:
    indent = " " * (len(mark) + 1)
    return r.layout.block(f"{mark} {r.layout.within(indent, lambda: r.children(n))}", indent=indent, first="")


def fields(n, r) -> str:
    """A memorandum's heading fields, a line each, their values aligned after the longest name."""
    block = r.layout.block
    width = max((len(c.label) for c in n.all("item") if c.label is not None), default=0) + 1
    out = []
    for c in n.children:
        if isinstance(c, str):
            continue
        if c.kind == "item":
            value = r.children(c)
            label = c.label or ""
            out.append(block(value, indent=" " * width, first=label.ljust(width)) if value.strip() else block(label))
        else:
            out.append(r.render(c))
    return block("".join(out), tight=True)


def participants(n, r) -> str:
    """"Present: comrs. Molotov, …": the head, then one line per printed group, aligned under the first."""
    block = r.layout.block
    heading = n.first("head")
    lead = r.children(heading) + " " if heading is not None else ""
    pad = " " * len(lead)
    out = []
    first = True
    for c in n.children:
        if isinstance(c, str) or c.kind == "head":
            continue
        if c.kind == "item":
            content = r.children(c)
            if first and lead and content.lstrip().startswith(OPEN):
                # The item opens with a block (a line's number in the margin): the head stands on its own line.
                out.append(block(lead))
                lead = ""
            out.append(block(content, indent=pad, first=lead if first else pad))
            first = False
        else:
            out.append(r.render(c))
    return block(lead if first else "".join(out), tight=True)


def label(n, r) -> str:
    return r.children(n) if n.inline else r.layout.block(r.children(n))


def quote(n, r) -> str:
    """A quotation set off as a block: indented for reading; in the diplomatic text its quotation
    marks come back (a quote of element-only content, like a quoted list, has none in its text)."""
    if r.opt.diplomatic:
        before, after = quote_marks(n) if n.has_blocks or not n.text or n.get("rend") else ("", "")
        content = before + r.children(n) + after
        return content if n.inline else r.layout.block(content)
    if n.inline:
        return r.children(n)
    return r.layout.nest("    ", lambda: r.children(n))


def q(n, r) -> str:
    before, after = quote_marks(n) if r.opt.diplomatic else ("“", "”")
    return before + r.children(n) + after


def sp(n, r) -> str:
    """A speech in verse keeps its lines together."""
    return r.layout.block(r.children(n), tight=n.first("l") is not None)


def lines(n, r) -> str:
    """A closer's signatures, a stanza's lines, an address's: one under the other, no blank line between them."""
    return r.layout.block(r.children(n), tight=True)


def signed(n, r) -> str:
    return r.layout.block(r.children(n))


def l(n, r) -> str:  # noqa: E743 (TEI's name for a verse line)
    return r.layout.block(r.children(n), indent="    ", first="  ")


def stage(n, r) -> str:
    return r.children(n) if n.inline else r.layout.block(r.children(n), indent="  ")


def table(n, r) -> str:
    """Rows of cells set as columns, as the source set them: each column as wide as its widest cell, the last
    wrapped under itself. A table that will not fit so (or holds more than rows of cells) is a row a block."""
    children = _elements(n)
    rows = [[" ".join(r.children(cell).split()) for cell in _elements(row)]
            for row in children if row.kind == "row" and all(c.kind == "cell" for c in _elements(row))]
    if not rows or len(rows) != len(children) or any(OPEN in cell or MARK in cell for row in rows for cell in row):
        return r.layout.block(r.children(n))
    columns = max(map(len, rows))
    widths = [max((len(row[k]) for row in rows if k < len(row) - 1), default=0) for k in range(columns - 1)]
    room = r.layout.width - r.layout.depth - sum(widths) - 2 * len(widths)
    if room < 20:
        return r.layout.block(r.children(n))
    lines = []
    for row in rows:
        lead = "".join(cell.ljust(width + 2) for cell, width in zip(row[:-1], widths))
        last = wrap(row[-1], room) or [""]
        lines.append((lead + last[0]).rstrip())
        lines.extend(" " * len(lead) + line for line in last[1:])
    return OPEN + "\n".join(lines) + CLOSE


def _elements(n) -> list:
    return [c for c in n.children if not isinstance(c, str)]


def row(n, r) -> str:
    """A row a block, its cells apart: by a rule in the reading text, by white space in the diplomatic, whose every
    sign is the source's."""
    between = "   " if r.opt.diplomatic else " | "
    return r.layout.block(between.join(r.render(c) for c in n.children if not isinstance(c, str)))


def content(n, r) -> str:
    return r.children(n)


def lb(n, r) -> str:
    """Where a line's number stands in the margin, a space (the number printed in the diplomatic text only), and
    none where the line breaks a word; a line the source breaks, with neither, breaks the text's too (a list of
    names a line each had run into one line)."""
    number = n.get("n")
    if number and r.opt.diplomatic:
        return f" {number} " if n.inline else r.layout.block(number)
    if n.get("break") == "no":
        return ""
    return LINE if n.inline and not number else " "


def fw(n, r) -> str:
    """Forme work (a running head, a printed page number): in the diplomatic text only; a letterhead in both,
    a line each as printed."""
    if n.get("type") == "letterhead" and not n.inline:
        block = r.layout.block
        lines = [[]]
        for c in n.children:
            if isinstance(c, str) or c.kind != "lb":
                lines[-1].append(c if isinstance(c, str) else r.render(c))
            else:
                lines.append([])
        return block("".join(block("".join(line)) for line in lines), tight=True)
    if not r.opt.diplomatic:
        return ""
    # Inline (a page's foot and the next one's head in a paragraph that runs on): set off as a page turn's number is.
    return f" {r.children(n)} " if n.inline else r.layout.block(r.children(n))


def metamark(n, r) -> str:
    """A sign of the transcript's format ("**", "# ", "<v John Smith>", "WEBVTT"): in the diplomatic text only."""
    if not r.opt.diplomatic:
        return ""
    return r.children(n) if n.inline else r.layout.block(r.children(n))


def nothing(n, r) -> str:
    return ""


def pb(n, r) -> str:
    """A page turn: white space in the diplomatic text; by policy in the reading text."""
    number, opt = n.get("n"), r.opt
    if opt.diplomatic or opt.pages == "none" or not number:
        return " " if n.inline else ""
    pad = "" if n.get("break") == "no" else " "
    if opt.pages == "margin":
        return f"{pad}{MARK}{number}{MARK}{pad}" if n.inline else r.layout.margin_line(number)
    return f"{pad}[p. {number}]{pad}" if n.inline else r.layout.block(f"[p. {number}]")


# ---------------------------------------------------------------- editorial signs

def supplied(n, r) -> str:
    return _open(n) + r.children(n) + _close(n)


def unclear(n, r) -> str:
    return _open(n) + r.children(n) + _close(n, "?]")


def _described(n, r, missing: str) -> str:
    """An element that describes what stood there (its ``desc``), in the editor's brackets."""
    desc = n.first("desc")
    return _open(n) + (r.children(desc) if desc is not None else missing) + _close(n)


def gap(n, r) -> str:
    return _described(n, r, "...")


def described(n, r) -> str:
    """A sound or an event of a recording, described and not spoken (vocal, incident: [laughs], [pause])."""
    return _described(n, r, n.kind)


def del_(n, r) -> str:
    """Words struck through: between Leiden's double brackets in the reading text, where no line can strike them
    (they had read as words of the text); as the source set them in the diplomatic."""
    return r.children(n) if r.opt.diplomatic else STRUCK_OPEN + r.children(n) + STRUCK_CLOSE


STRUCK_OPEN, STRUCK_CLOSE = "⟦", "⟧"


def signed_or_plain(n, r) -> str:
    """An element a bracket convention made (a timestamp's seg, a sidecar row's add or seg): in its
    brackets, as the transcript had it; any other, as every element without a rule."""
    return _open(n) + r.children(n) + _close(n) if n.sign else fallback(n, r)


def choice(n, r) -> str:
    if r.opt.diplomatic:
        source = n.first("sic") or n.first("abbr") or n.first("orig")
    elif n.moved:
        return f"{r.children(n.first('corr'))}[{n.label}]"
    else:
        source = n.first("abbr") or n.first("reg") or n.first("corr")
    if source is not None:
        return r.children(source)
    first = next((c for c in n.children if not isinstance(c, str)), None)
    return r.render(first) if first is not None else ""


def note(n, r) -> str:
    if n.moved and not r.opt.diplomatic:
        return f"[{n.label}]"
    if n.moved or n.inline:
        return _space(n) + _open(n) + r.children(n) + _close(n)
    return r.layout.block(r.children(n))


def ref(n, r) -> str:
    """A footnote marker: [1], against the word in the reading text, where the source had it in the diplomatic."""
    if n.sign:
        return (_space(n) if r.opt.diplomatic else "") + n.sign.opener + r.children(n) + n.sign.closer
    return r.children(n)


def endnote(n, r) -> str:
    """The notes at the end of a reading text: the marker's number, then the note."""
    mark = f"[{n.label}] "
    if n.kind == "choice":
        content = (f"{mark}The source reads “{r.children(n.first('sic'))}”; "
                   f"corrected to “{r.children(n.first('corr'))}”.")
    else:
        content = mark + r.children(n) + (f" ({n.get('type')})" if n.get("type") == "gloss" else "")
    return r.layout.block(content, indent=" " * len(mark), first="")


# TEI local name → rule. Elements not named here are rendered by ``fallback``.
ELEMENTS = {
    "p": p, "ab": p, "speaker": speaker, "head": head, "list": list_, "item": item, "label": label,
    "quote": quote, "q": q, "sp": sp, "closer": lines, "lg": lines, "address": lines, "signed": signed, "l": l,
    "stage": stage, "table": table, "row": row, "cell": content, "lb": lb, "fw": fw, "metamark": metamark, "graphic": nothing,
    "anchor": nothing, "pb": pb, "supplied": supplied, "unclear": unclear, "gap": gap, "sic": content,
    "choice": choice, "note": note, "ref": ref, "vocal": described, "incident": described,
    "seg": signed_or_plain, "add": signed_or_plain, "del": del_,
}
