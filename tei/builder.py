"""The edition model → a TEI tree, by a dispatch table of block and inline writers.

Encodings follow ``docs/encoding.md`` (and the TEI Guidelines sections named
there): turns are ``sp`` with ``speaker`` (CO.html#CODV); the participants an
in-text ``list type="participants"``; brackets what the conventions table says,
each pointing at its declaration with ``@ana``; page turns ``pb`` where the page
turns, without splitting the paragraph (CO.html#CORS5); the closing ``closer``
with one ``signed`` per signatory (DS.html#DSOC). Every ``sp`` and ``p`` gets a
stable ``xml:id``, and the builder returns the map from id to source span.

The body is written as markup and parsed once (``xmlio.parse_markup``): lxml makes
an element asked for from Python at many times the cost of its parser making the
same element, and a record has hundreds. Every text and attribute value goes
through ``xmlio.escape_text`` or ``xmlio.escape_attribute``, so nothing in a
transcript becomes markup. The header is built as elements (``tei.header``).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import replace

from lxml import etree

from . import signs, xmlio
from .conventions import Convention, Table
from .diagnostics import Span
from .header import build_header, convention_id
from .metadata import Metadata
from .model import (MILESTONE, MILESTONES, Abbreviation, Address, Block, Closer, Columns, Correction, Direction,
                    Edition, Editorial, Footnote, Furniture, Heading, Highlighted, Inline, ItemList, LineBreak,
                    Milestone, PageBreak, Paragraph, Participants, PersonName, Postscript, Quoted, QuotedText, Sign,
                    Signed, Speaker, Stamp, Text, Time, Turn, Unmatched)
from .ns import TEI
from .rules import figures, note_key, number_kind

SCHEMA_RNG = "../schema/tei-encoder.rng"
SCHEMA_SCH = "../schema/tei-encoder.sch"

# Elements whose content is other elements only: these are indented in the output.
STRUCTURAL = frozenset("""
    TEI teiHeader fileDesc titleStmt respStmt publicationStmt sourceDesc msDesc msIdentifier bibl
    encodingDesc appInfo application editorialDecl normalization segmentation correction interpretation
    profileDesc abstract langUsage particDesc listPerson person personGrp text body back div sp list quote closer
""".split())

_escape = xmlio.escape_text
_attribute = xmlio.escape_attribute

# Markup cannot say "an empty text" (``<corr></corr>`` reads back as no text): such an element
# carries this instruction, which the builder replaces by an empty text once the markup is read.
_EMPTY = "<?tei-encoder-empty?>"


class Builder:
    """Builds one document; keeps the id counters and the id → span map."""

    def __init__(self, edition: Edition) -> None:
        self.edition = edition
        self.meta: Metadata = edition.metadata
        self.table: Table = edition.metadata.table
        self.spans: dict[str, Span] = {}
        self._counts: dict[str, int] = {}
        self._turns: dict[str, int] = {}
        self._same_as = edition.same_as
        # Each footnote's id, by its number: fn1, then fn1-2 for a second note 1 (a book numbers its notes
        # anew on each page); the k-th marker [1] points at the k-th note 1, the last one past them.
        self._footnotes: dict[str, list[str]] = {}
        for note in _footnotes_in_order(edition):
            ids = self._footnotes.setdefault(note.n, [])
            key = note_key(note.n)  # "1"; "-star" for "*"
            ids.append(f"fn{key}" if not ids else f"fn{key}-{len(ids) + 1}")
        self._notes_written: dict[str, int] = {}
        self._markers_written: dict[str, int] = {}
        self._encodings: dict[str, tuple[Convention, str, str]] = {}
        self._empty_texts = False

    # -- the document

    def build(self, version: str) -> etree._ElementTree:
        header = build_header(self.edition, version)
        language = self._from_sidecar(self.edition.language)
        # The builder holds the record's blocks alone from here, and lets each go once its markup is
        # made, and the markup once the parser has read it: a long record's model, its markup and its
        # tree are never all held at once (a build once peaked at the model and the tree together).
        blocks = list(self.edition.blocks)
        self.edition = replace(self.edition, blocks=())
        # The body, indented here as xmlio.indent indents element-only content (its structural
        # elements never hold text); the header is built and indented as elements.
        record = _pieces('<div type="record">', self._record(blocks), "</div>", 3)
        parts = [_pieces("<body>", [record], "</body>", 2)]
        if self.edition.back:
            notes = [_BACK[type(item)](self, item, 4) for item in self.edition.back]
            parts.append(_pieces("<back>", [_pieces('<div type="notes">', notes, "</div>", 3)], "</back>", 2))
        text = _pieces(f'<text xml:lang="{_attribute(language)}">', parts, "</text>", 1)
        root = xmlio.parse_markup(_pieces(f'<TEI xmlns="{TEI}">', [text], "</TEI>", 0))
        if self._empty_texts:
            _restore_empty_texts(root)
        xmlio.indent(header, 1, structural=STRUCTURAL)
        root.insert(0, header)
        header.tail = _pad(1)
        tree = etree.ElementTree(root)
        for href, kind in ((SCHEMA_RNG, "http://relaxng.org/ns/structure/1.0"),
                           (SCHEMA_SCH, "http://purl.oclc.org/dsdl/schematron")):
            pi = etree.ProcessingInstruction(
                "xml-model", f'href="{href}" type="application/xml" schematypens="{kind}"')
            root.addprevious(pi)
        return tree

    def _record(self, blocks: list[Block]) -> list[str | Iterator[str]]:
        """Title and opener first, then the body; topic headings open sections; the closer last.

        The record's children, as markup; they stand at level 4 of the document.
        """
        out: list[str | Iterator[str]] = []
        index = 0
        opener: tuple[int, str, list[str]] | None = None  # where it goes in ``out``, its id, its parts
        held: list[str] = []  # milestones after the opener's last part: in it if another part follows
        titled = False
        while index < len(blocks):
            block = blocks[index]
            if isinstance(block, Heading) and block.kind == "title" and (titled or all(
                    part.startswith(("<pb ", "<lb ", "<fw ")) or opener is not None and k == opener[0]
                    for k, part in enumerate(out))):  # only milestones before the first, or an opener
                # (its classification, in an opener of its own: "SECRET" / "RECORD OF CONVERSATION")
                if opener is not None:  # a second title ends the opener before it; parts after it open another
                    out.extend(held)
                    held = []
                    out[opener[0]] = f'<opener xml:id="{opener[1]}">{"".join(opener[2])}</opener>'
                    opener = None
                ident = self._identify("head", block.span)
                out.append(f'<head xml:id="{ident}">{self._inline(block.content)}</head>')
                titled = True
            elif isinstance(block, Address) or isinstance(block, Heading) and block.kind in (
                    "dateline", "classification", "salute", "reference"):
                if opener is None:
                    # The opener stands where its first part is; later parts join it there.
                    opener = (len(out), self._identify("opener", block.span), [])
                    out.append("")
                parts = opener[2]
                if parts:
                    parts.append(" ")
                parts.extend(held)
                held = []
                if isinstance(block, Address):
                    parts.append(self._address(block))
                elif block.kind in ("dateline", "salute"):
                    parts.append(f"<{block.kind}>{self._inline(block.content)}</{block.kind}>")
                elif block.kind == "reference":  # the record's file number: "No. 2/44/68/IV"
                    parts.append(f'<idno type="reference">{self._inline(block.content)}</idno>')
                else:
                    parts.append(f'<seg type="classification">{self._inline(block.content)}</seg>')
            elif isinstance(block, MILESTONES):
                (held if opener is not None else out).append(self._milestone(block))
            else:
                break
            index += 1
        out.extend(held)
        if opener is not None:
            out[opener[0]] = f'<opener xml:id="{opener[1]}">{"".join(opener[2])}</opener>'
        container = out
        sections: list[tuple[str, list[str]]] = []  # (the division's type, its children)
        topic: list | None = None  # the open section, which a subject's section goes in
        printed = False  # a printed statement's division is open ("Prepared Statement of …"), until a label
        closers: list[Block] = []
        level = 4

        def division(kind: str, children: list) -> int:
            """A division opened in the section open now, else beside the others; the level of its children."""
            if topic is not None:
                topic.append(_pieces(f'<div type="{kind}">', children, "</div>", 5))
                return 6
            sections.append((kind, children))
            return 5

        for index in range(index, len(blocks)):
            block, blocks[index] = blocks[index], None
            if printed and type(block) is Turn and block.speaker.written:
                # The next speaker's label resumes the questioning after a printed statement ("Senator BELLWEATHER.
                # Thank you …"): a division of its own beside the statement's, in the witness's section if one is
                # open (the statement's division had held the rest of the hearing).
                printed = False
                container = []
                level = division("section", container)
            if isinstance(block, Heading) and block.kind in ("topic", "subject", "title", "dateline", "classification",
                                                             "entry", "statement"):
                ident = self._identify("head", block.span)
                # Once a section opens, every later block is in a section; a subject's is in the section open
                # before it ("QUESTIONS WITHOUT NOTICE" / "Economy" / its turns), a division of it.
                container = [f'<head xml:id="{ident}">{self._inline(block.content)}</head>']
                printed = block.kind == "statement"
                if printed:  # a printed statement's, in the witness's section if one is open
                    level = division("statement", container)
                    continue
                if block.kind == "subject" and topic is not None:
                    level = division("section", container)
                    continue
                sections.append(("entry" if block.kind == "entry" else "section", container))
                # (A subject's own section is no topic's: the next subject stands beside it, "Engagements" /
                # "Climate Change" under no topic, as Westminster's questions to the Prime Minister.)
                topic = container if block.kind != "subject" else None
                level = 5
                continue
            if isinstance(block, Closer) or closers or isinstance(block, Heading) and block.kind == "closing-dateline":
                closers.append(block)  # the record's bottom: its closing date, closing, postscript
                continue
            container.append(_BLOCKS[type(block)](self, block, level))
        out.extend(_pieces(f'<div type="{kind}">', section, "</div>", 4) for kind, section in sections)
        for block in closers:
            out.append(_BLOCKS[type(block)](self, block, 4))
        return out

    def _identify(self, prefix: str, span: Span) -> str:
        """A stable xml:id (``p12``, ``list2``) that maps back to the transcript."""
        count = self._counts[prefix] = self._counts.get(prefix, 0) + 1
        ident = f"{prefix}{count}"
        self.spans[ident] = span
        return ident

    def _from_sidecar(self, value: str, name: str | None = None) -> str:
        """A sidecar string (or attribute name) on its way into the markup.

        ``metadata.parse`` refuses one that XML cannot hold, with its position in the sidecar;
        metadata made in code meets the same refusal here, not a parse error of the markup.
        """
        if xmlio.NOT_XML_CHARACTER.search(value) or (name is not None and not xmlio.NCNAME.fullmatch(name)):
            raise ValueError(f"a sidecar string that XML cannot hold: {name or value!r}")
        return value

    def _leaf(self, tag: str, attributes: str, text: str | None) -> str:
        """An element holding only ``text``."""
        if text:
            return f"<{tag}{attributes}>{_escape(text)}</{tag}>"
        if text is None:
            return f"<{tag}{attributes}/>"
        self._empty_texts = True
        return f"<{tag}{attributes}>{_EMPTY}</{tag}>"

    # -- blocks

    # Each block writer gets the level its element stands at, for the indentation of those
    # that hold other elements only.

    def _paragraph(self, block: Paragraph, level: int) -> str:
        ident = self._identify("p", block.span)
        content = block.content
        number = block.n
        if number:
            start = f'<p xml:id="{ident}" n="{_attribute(number.rstrip("."))}">'
            first = content[0] if content else None
            if isinstance(first, Text) and first.text.lstrip().startswith(number):
                # The printed paragraph number becomes ``num type="paragraph"``; the rest stays text.
                lead = first.text[: len(first.text) - len(first.text.lstrip())]
                rest = first.text.lstrip()[len(number):]
                num = self._leaf("num", ' type="paragraph"', number)
                inner = self._inline((Text(rest, first.span),) + content[1:], lead or None, num)
                return f"{start}{inner}</p>"
            return f"{start}{self._inline(content)}</p>"
        return f'<p xml:id="{ident}">{self._inline(content)}</p>'

    def _turn(self, block: Turn, level: int) -> str:
        person = self._from_sidecar(self._same_as.get(block.speaker.person, block.speaker.person))  # (see Edition)
        count = self._turns[person] = self._turns.get(person, 0) + 1
        ident = f"sp-{person}-{count}"
        self.spans[ident] = block.span
        who = "#" + person
        for other in block.speaker.others:  # two speakers of one turn: "#belaunde #santa-cruz"
            who += " #" + self._from_sidecar(self._same_as.get(other, other))
        start = f'<sp who="{_attribute(who)}" xml:id="{_attribute(ident)}"'
        if block.number:
            start += f' n="{_attribute(block.number.rstrip("."))}"'
        if block.certainty != "high":
            start += f' cert="{_attribute(block.certainty)}"'
        speaker = block.speaker
        # A name run over lines numbered in the margin has their numbers in it, where they stand; a slip the
        # sidecar corrects, its correction.
        written = self._with_milestones(speaker) if speaker.milestones else _escape
        if speaker.corrections:
            written = self._with_corrections(speaker.corrections, written)
        if block.number:
            num = self._leaf("num", f' type="{number_kind(block.number)}"', block.number)
            label = f" {_label(speaker.written, written)}" if speaker.written else ""  # (a royal commission's
            children = [f"<speaker>{num}{label}</speaker>"]  # question by the examiner before it: its number alone)
        elif block.lead:  # a recording's timestamp before the name: a seg of its convention, in the speaker
            children = [f"<speaker>{self._inline(block.lead)} {_label(speaker.written, written)}</speaker>"]
        elif block.stamp:  # a recording's offset in the label, not a bracket: a seg of no convention
            (a, b) = block.stamp
            stamp = self._leaf("seg", ' type="timestamp"', speaker.written[a:b])
            rest = speaker.written[b:]
            label = rest.lstrip()
            children = [f"<speaker>{_label(speaker.written[:a], written)}{stamp}"
                        f"{written(rest[:len(rest) - len(label)])}{_label(label, written)}</speaker>"]
        elif speaker.milestones or speaker.written[:1] in _LABEL_SIGNS:
            children = [f"<speaker>{_label(speaker.written, written)}</speaker>"]
        elif not speaker.written:  # named within the paragraph's words ("When KISHI finished, MR MENZIES … said"):
            children = []  # no label of its own
        elif speaker.corrections:
            children = [f"<speaker>{_label(speaker.written, written)}</speaker>"]
        else:
            children = [self._leaf("speaker", "", speaker.written)]
        for inner in block.blocks:
            children.append(_BLOCKS[type(inner)](self, inner, level + 1))
        return _element_only(start + ">", children, "</sp>", level)

    def _list(self, block: ItemList, level: int) -> str:
        if block.quote:
            # The quotation marks as printed, for renderers that give the source's conventions back.
            start = f'<quote rend="{_attribute(f"pre({block.quote[0]}) post({block.quote[1]})")}">'
            return _element_only(start, [self._ordered(block, level + 1)], "</quote>", level)
        return self._ordered(block, level)

    def _ordered(self, block: ItemList, level: int) -> str:
        ident = self._identify("list", block.span)
        children = [f"<head>{self._inline(block.head)}</head>"] if block.head else []
        for item in block.items:
            children.extend(self._milestone(mark) for mark in item.before)  # after the item before it
            if item.label:  # (a simple list's line has no label of its own)
                children.append(self._leaf("label", "", item.label) if item.label[:1] not in _LABEL_SIGNS
                                else f"<label>{_label(item.label, _escape)}</label>")  # ("**Date:**")
            number = f' n="{_attribute(item.n)}"' if item.n else ""
            children.append(f'<item{number}>{self._inline(item.content)}</item>')
        return _element_only(f'<list type="{block.kind}" xml:id="{ident}">', children, "</list>", level)

    def _table(self, block: Columns, level: int) -> str:
        ident = self._identify("table", block.span)
        rows = ["<row>" + "".join(f"<cell>{self._inline(cell)}</cell>" for cell in row) + "</row>"
                for row in block.rows]
        return _element_only(f'<table xml:id="{ident}">', rows, "</table>", level)

    def _participants(self, block: Participants, level: int) -> str:
        ident = self._identify("list", block.span)
        children = [f"<head>{_label(block.head, _escape)}</head>"] if block.head else []
        for group in block.groups:
            children.append(f"<item>{self._inline(group)}</item>")
        return _element_only(f'<list type="{block.kind}" xml:id="{ident}">', children, "</list>", level)

    def _address(self, block: Address) -> str:
        lines = "".join(f"<addrLine>{self._inline(line)}</addrLine>" if type(line) is tuple else self._milestone(line)
                        for line in block.lines)
        return f"<address>{lines}</address>"

    def _direction(self, block: Direction, level: int) -> str:
        kind = f' type="{block.type}"' if block.type else ""
        return f"<stage{kind}>{self._inline(block.content)}</stage>"

    def _heading(self, block: Heading, level: int) -> str:
        if block.kind == "closing-dateline":  # the record's date at its end, in its bottom
            return f"<dateline>{self._inline(block.content)}</dateline>"
        # A heading inside a turn or after the opening is printed prose, kept as a labelled paragraph.
        return f'<p rend="heading">{self._inline(block.content)}</p>'

    def _closer(self, block: Closer, level: int) -> str:
        ident = self._identify("closer", block.span)
        signatures = [self._signed(signed) for signed in block.signatures]
        if block.salute:
            signatures.insert(0, f"<salute>{self._inline(block.salute)}</salute>")
        if block.addressee:
            signatures.append(f'<note type="addressee">{self._inline(block.addressee)}</note>')
        return _element_only(f'<closer xml:id="{ident}">', signatures, "</closer>", level)

    def _notes_heading(self, block: Heading, level: int) -> str:
        return f'<head xml:id="{self._identify("head", block.span)}">{self._inline(block.content)}</head>'

    def _quoted_text(self, block: QuotedText, level: int) -> str:
        children = [_BLOCKS[type(child)](self, child, level + 1) for child in block.blocks]
        # Its marks are the record's own paragraphs before and after it ("Begin text.", "End text."): none around it.
        return _element_only('<quote type="text" rend="pre() post()">', children, "</quote>", level)

    def _postscript(self, block: Postscript, level: int) -> str:
        parts = [self._milestone(item) if isinstance(item, MILESTONES) else self._paragraph(item, level + 1)
                 for item in block.blocks]
        return _element_only("<postscript>", parts, "</postscript>", level)

    def _signed(self, signed: Signed) -> str:
        ident = self._identify("signed", signed.span)
        if not signed.label:
            return f'<signed xml:id="{ident}">{self._inline(signed.content)}</signed>'
        label = self._leaf("label", "", signed.label.strip())
        text, children = self._inline_parts(signed.content, None, label, None)
        if len(children) > 1 and not (children[0][1] or "").strip():
            children[0][1] = " "
        return f'<signed xml:id="{ident}">{self._content(text, children)}</signed>'

    def _with_milestones(self, speaker: Speaker):
        """Text with MILESTONE where the speaker's milestones stand → its markup, each in its place."""
        milestones = iter(speaker.milestones)

        def written(text: str) -> str:
            first, *rest = text.split(MILESTONE)
            return _escape(first) + "".join(self._milestone(next(milestones)) + _escape(piece) for piece in rest)
        return written

    def _milestone(self, block: Milestone, level: int = 0) -> str:
        """A page turn, where a line numbered in the margin begins, a page's furniture: wherever it falls,
        block or inline."""
        if type(block) is LineBreak:  # a line's number in the margin, or a line that breaks no word (no number)
            return f'<lb n="{_attribute(block.n)}"/>' if block.n else '<lb break="no"/>'
        if type(block) is Furniture:  # what the page prints beside the text, as it prints it: its forme work
            lines = "<lb/>".join(map(_escape, block.text.split("\n")))  # (a letterhead's, each as printed)
            return f'<fw type="{block.kind}">{lines}</fw>'
        return f'<pb n="{_attribute(block.n)}"/>'

    def _footnote(self, note: Footnote, level: int) -> str:
        written = self._notes_written[note.n] = self._notes_written.get(note.n, 0) + 1
        ident = self._footnotes[note.n][written - 1]
        self.spans[ident] = note.span
        label = self._leaf("label", "", note.label or note.n)
        content = self._inline(note.content, None, label, " ")
        return f'<note type="footnote" n="{_attribute(note.n)}" xml:id="{_attribute(ident)}">{content}</note>'

    # -- inline content

    def _inline(self, nodes: Sequence[Inline], text: str | None = None, first: str | None = None,
                first_tail: str | None = None) -> str:
        """Inline nodes as an element's content, without the block's leading and trailing white space.

        ``text``, ``first`` and ``first_tail`` are what the element holds before the nodes:
        its text, and a first child (a printed number, a label) with its tail.
        """
        if first is None and text is None and len(nodes) == 1 and type(nodes[0]) is Text:
            value = nodes[0].text  # most paragraphs: one text
            stripped = value.strip()
            if stripped:
                return _escape(stripped)
            return self._empty() if value == "" else ""
        return self._content(*self._inline_parts(nodes, text, first, first_tail))

    def _inline_parts(self, nodes: Sequence[Inline], text: str | None, first: str | None,
                      first_tail: str | None) -> tuple[str | None, list[list]]:
        """The element's text and its children as [markup, tail] pairs, stripped as a block's are."""
        children: list[list] = [] if first is None else [[first, first_tail]]
        for node in nodes:
            if type(node) is Text:
                if children:
                    last = children[-1]
                    last[1] = node.text if last[1] is None else last[1] + node.text
                else:
                    text = node.text if text is None else text + node.text
            else:
                children.append([_INLINES[type(node)](self, node), None])
        # Leading white space of a block is the transcript's indentation, not text.
        if text:
            text = text.lstrip() or None
        if not children:
            if text:
                text = text.rstrip()
        else:
            last = children[-1]
            if last[1]:
                last[1] = last[1].rstrip() or None
        return text, children

    def _content(self, text: str | None, children: list[list]) -> str:
        if not children:
            if text is None:
                return ""
            return _escape(text) if text else self._empty()
        parts = [_escape(text)] if text else []
        for markup, tail in children:
            parts.append(markup)
            if tail:
                parts.append(_escape(tail))
        return "".join(parts)

    def _empty(self) -> str:
        self._empty_texts = True
        return _EMPTY

    def _encoding(self, name: str) -> tuple[Convention, str, str]:
        """A convention's row, element and attributes (``@ana``, ``@resp``, ``@cert`` included), found once."""
        found = self._encodings.get(name)
        if found is None:
            row = self.table.by_name(name)
            attributes = {key: self._from_sidecar(value, key) for key, value in row.attributes}
            attributes["ana"] = f"#{convention_id(row.name)}"
            if row.resp_role and (self.meta.responsibility(row.resp_role)
                                  or (row.resp_role == "editor" and self.meta.corrections.items)):
                attributes["resp"] = f"#{row.resp_role}"
            if row.certainty:
                attributes["cert"] = row.certainty
            markup = "".join(f' {key}="{_attribute(value)}"' for key, value in attributes.items())
            found = self._encodings[name] = (row, row.element, markup)
        return found

    def _editorial(self, node: Editorial) -> str:
        row, tag, attributes = self._encoding(node.convention)
        if row.element == "ref":
            number = figures(_plain(node.content).strip())  # "¹" is note 1's marker too
            attributes += f' n="{_attribute(number)}"'
            ids = self._footnotes.get(number)
            if ids:
                written = self._markers_written[number] = self._markers_written.get(number, 0) + 1
                attributes += f' target="#{_attribute(ids[min(written, len(ids)) - 1])}"'
        if row.content == "desc":
            return f"<{tag}{attributes}>{self._leaf('desc', '', _plain(node.content))}</{tag}>"
        # The bracket's words as they are: no stripping inside an insertion.
        parts = []
        for child in node.content:
            if isinstance(child, Text):
                parts.append(_escape(child.text) if child.text else "")
            else:
                parts.append(_INLINES[type(child)](self, child))
        inner = "".join(parts)
        if not inner and any(isinstance(child, Text) for child in node.content):
            inner = self._empty()  # a text, if an empty one
        return f"<{tag}{attributes}>{inner}</{tag}>" if inner else f"<{tag}{attributes}/>"

    def _unmatched(self, node: Unmatched) -> str:
        return self._leaf("sic", f' ana="#{convention_id("unmatched")}"', node.char)

    def _sign(self, node: Sign, level: int = 0) -> str:
        return _metamark(node.function, node.text)

    def _highlighted(self, node: Highlighted) -> str:
        inner = "".join([_escape(part.text) if type(part) is Text else _INLINES[type(part)](self, part)
                         for part in node.content])
        if node.rend == signs.STRUCK_FUNCTION:  # words struck through: the transcript's deletion
            return f'<del rend="strikethrough">{inner}</del>'
        return f'<hi rend="{node.rend}">{inner}</hi>'

    def _stamp(self, node: Stamp) -> str:
        return self._leaf("seg", ' type="timestamp"', node.text)  # (of no bracket convention, as a label's is)

    def _time(self, node: Time) -> str:
        return self._leaf("time", f' when="{_attribute(node.when)}"', node.text)

    def _abbreviation(self, node: Abbreviation) -> str:
        return f"<choice>{self._leaf('abbr', '', node.abbr)}{self._leaf('expan', '', node.expansion)}</choice>"

    def _person_name(self, node: PersonName) -> str:
        person = self._same_as.get(node.person, node.person)
        return self._leaf("persName", f' ref="{_attribute("#" + self._from_sidecar(person))}"', node.text)

    def _quoted(self, node: Quoted) -> str:
        return f"<q>{self._inline(node.content)}</q>"

    def _with_corrections(self, corrections: tuple[tuple[str, str], ...], write):
        """A label's writer that marks the sidecar's corrections in it as the text's are marked."""
        def written(text: str) -> str:
            for sic, corr in corrections:
                at = text.find(sic)
                if at != -1:
                    return f"{written(text[:at])}{self._correction(Correction(sic, corr, Span(0, 0)))}" \
                           f"{written(text[at + len(sic):])}"
            return write(text)
        return written

    def _correction(self, node: Correction) -> str:
        corr = self._leaf("corr", ' resp="#editor"', self._from_sidecar(node.corr))
        return f"<choice>{self._leaf('sic', '', node.sic)}{corr}</choice>"


_LABEL_SIGNS = signs.LABEL_FIRST


def _label(label: str, write) -> str:
    """A speaker's label as written, with its format's signs marked ("**Stalin:**", "<v John Smith>")."""
    found = signs.parts(label, signs.LABEL) if label[:1] in _LABEL_SIGNS else None
    if found is None:
        return write(label)
    return "".join(_metamark(function, label[a:b]) if function else write(label[a:b]) for a, b, function in found)


def _metamark(function: str, text: str) -> str:
    return f'<metamark function="{function}">{_escape(text)}</metamark>'


def _restore_empty_texts(root: etree._Element) -> None:
    """Each element that holds the empty-text instruction gets an empty text instead."""
    for mark in list(root.iter(etree.ProcessingInstruction)):
        parent = mark.getparent()
        parent.remove(mark)
        parent.text = ""


def _plain(nodes: tuple[Inline, ...]) -> str:
    """The words of inline nodes, nested ones included, as plain text."""
    out = []
    for node in nodes:
        if isinstance(node, (Editorial, Quoted)):
            out.append(node.opener + _plain(node.content) + node.closer)
        elif isinstance(node, Correction):
            out.append(node.sic)
        elif isinstance(node, Abbreviation):
            out.append(node.abbr)
        elif isinstance(node, Unmatched):
            out.append(node.char)
        else:
            out.append(getattr(node, "text", ""))
    return "".join(out)


_PADS = tuple("\n" + "  " * level for level in range(16))


def _pad(level: int) -> str:
    """The white space before an element at ``level`` (the root is 0), as xmlio.indent writes it."""
    return _PADS[level] if level < 16 else "\n" + "  " * level


def _element_only(start: str, children: list[str], end: str, level: int) -> str:
    """An element that holds other elements only, at ``level``, with its children indented."""
    if not children:
        return start + end
    inner = _pad(level + 1)
    return f"{start}{inner}{inner.join(children)}{_pad(level)}{end}"


def _pieces(start: str, children: list, end: str, level: int) -> Iterator[str]:
    """``_element_only``'s markup as a stream of pieces (a child may be a stream itself): the record's
    containers are never joined into one string, as the parser reads them a batch at a time, and each
    child is let go once it is read (``children`` is the caller's list, emptied)."""
    if not children:
        yield start + end
        return
    inner = _pad(level + 1)
    yield start
    children.reverse()
    while children:
        child = children.pop()
        yield inner
        if isinstance(child, str):
            yield child
        else:
            yield from child
    yield _pad(level)
    yield end


def _footnotes_in_order(edition: Edition) -> Iterator[Footnote]:
    """The notes at the pages' feet inside the record (between its blocks, in its turns and the texts quoted in
    them), then those after it."""
    yield from _notes_within(edition.blocks)
    yield from (note for note in edition.back if isinstance(note, Footnote))


def _notes_within(blocks) -> Iterator[Footnote]:
    for block in blocks:
        if isinstance(block, Footnote):
            yield block
        elif isinstance(block, (Turn, QuotedText)):  # (a quoted text in a turn had a note the ids missed)
            yield from _notes_within(block.blocks)


_BLOCKS = {
    Paragraph: Builder._paragraph,
    Direction: Builder._direction,
    Turn: Builder._turn,
    ItemList: Builder._list,
    Columns: Builder._table,
    Participants: Builder._participants,
    Heading: Builder._heading,
    Closer: Builder._closer,
    Postscript: Builder._postscript,
    PageBreak: Builder._milestone,
    LineBreak: Builder._milestone,
    Furniture: Builder._milestone,
    Footnote: Builder._footnote,  # a note at a page's foot, where it stands
    QuotedText: Builder._quoted_text,
    Sign: Builder._sign,  # a caption file's signature, between the record's blocks
}

# What follows the record, in its notes' division: notes, their heading, milestones, other paragraphs.
_BACK = {
    Footnote: Builder._footnote,
    Heading: Builder._notes_heading,
    Paragraph: Builder._paragraph,
    PageBreak: Builder._milestone,
    LineBreak: Builder._milestone,
    Furniture: Builder._milestone,
}

_INLINES = {
    Editorial: Builder._editorial,
    Unmatched: Builder._unmatched,
    Time: Builder._time,
    Abbreviation: Builder._abbreviation,
    PersonName: Builder._person_name,
    PageBreak: Builder._milestone,
    LineBreak: Builder._milestone,
    Furniture: Builder._milestone,
    Quoted: Builder._quoted,
    Correction: Builder._correction,
    Stamp: Builder._stamp,
    Sign: Builder._sign,
    Highlighted: Builder._highlighted,
}
