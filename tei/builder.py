"""The edition model → a TEI tree, by a dispatch table of block and inline builders.

Encodings follow ``docs/encoding.md`` (and the TEI Guidelines sections named
there): turns are ``sp`` with ``speaker`` (CO.html#CODV); the participants an
in-text ``list type="participants"``; brackets what the conventions table says,
each pointing at its declaration with ``@ana``; page turns ``pb`` where the page
turns, without splitting the paragraph (CO.html#CORS5); the closing ``closer``
with one ``signed`` per signatory (DS.html#DSOC). Every ``sp`` and ``p`` gets a
stable ``xml:id``, and the builder returns the map from id to source span.
"""

from __future__ import annotations


from lxml import etree

from . import xmlio
from .conventions import Convention, Table
from .diagnostics import Span
from .header import build_header, convention_id
from .metadata import Metadata
from .model import (Abbreviation, Block, Closer, Correction, Edition, Editorial, Footnote, Heading, Inline,
                    ItemList, PageBreak, Paragraph, Participants, PersonName, Quoted, Signed, Text, Time, Turn,
                    Unmatched)
from .ns import NSMAP, XML_ID, XML_LANG, tei

SCHEMA_RNG = "../schema/tei-encoder.rng"
SCHEMA_SCH = "../schema/tei-encoder.sch"

# Elements whose content is other elements only: these are indented in the output.
STRUCTURAL = frozenset("""
    TEI teiHeader fileDesc titleStmt respStmt publicationStmt sourceDesc msDesc msIdentifier bibl
    encodingDesc appInfo application editorialDecl normalization segmentation correction interpretation
    profileDesc abstract langUsage particDesc listPerson person text body back div sp list quote closer
""".split())


class Builder:
    """Builds one document; keeps the id counters and the id → span map."""

    def __init__(self, edition: Edition) -> None:
        self.edition = edition
        self.meta: Metadata = edition.metadata
        self.table: Table = edition.metadata.table
        self.spans: dict[str, Span] = {}
        self._counts: dict[str, int] = {}
        self._turns: dict[str, int] = {}
        self._footnotes = {note.n for note in edition.back if isinstance(note, Footnote)}
        self._encodings: dict[str, tuple[Convention, str, tuple[tuple[str, str], ...]]] = {}

    # -- the document

    def build(self, version: str) -> etree._ElementTree:
        root = etree.Element(tei("TEI"), nsmap=NSMAP)
        root.append(build_header(self.edition, version))
        text = etree.SubElement(root, tei("text"))
        text.set(XML_LANG, self.meta.language)
        body = etree.SubElement(text, tei("body"))
        record = etree.SubElement(body, tei("div"), type="record")
        self._record(record, list(self.edition.blocks))
        if self.edition.back:
            back = etree.SubElement(text, tei("back"))
            notes = etree.SubElement(back, tei("div"), type="notes")
            for item in self.edition.back:
                if isinstance(item, Footnote):
                    notes.append(self._footnote(item))
                else:
                    self._paragraph(notes, item)
        tree = etree.ElementTree(root)
        for href, kind in ((SCHEMA_RNG, "http://relaxng.org/ns/structure/1.0"),
                           (SCHEMA_SCH, "http://purl.oclc.org/dsdl/schematron")):
            pi = etree.ProcessingInstruction(
                "xml-model", f'href="{href}" type="application/xml" schematypens="{kind}"')
            root.addprevious(pi)
        xmlio.indent(root, structural=STRUCTURAL)
        return tree

    def _record(self, record: etree._Element, blocks: list[Block]) -> None:
        """Title and opener first, then the body; topic headings open sections; the closer last."""
        index = 0
        opener = None
        while index < len(blocks):
            block = blocks[index]
            if isinstance(block, Heading) and block.kind == "title" and opener is None and len(record) == 0:
                head = etree.SubElement(record, tei("head"))
                self._identify(head, "head", block.span)
                self._inline(head, block.content)
            elif isinstance(block, Heading) and block.kind in ("dateline", "classification"):
                if opener is None:
                    opener = etree.SubElement(record, tei("opener"))
                    self._identify(opener, "opener", block.span)
                elif len(opener):
                    opener[-1].tail = (opener[-1].tail or "") + " "
                tag = "dateline" if block.kind == "dateline" else "seg"
                element = etree.SubElement(opener, tei(tag))
                if block.kind == "classification":
                    element.set("type", "classification")
                self._inline(element, block.content)
            elif isinstance(block, PageBreak):
                self._page_break(record, block)
            else:
                break
            index += 1
        container = record
        closers: list[Block] = []
        for block in blocks[index:]:
            if isinstance(block, Heading) and block.kind in ("topic", "title", "dateline", "classification"):
                container = etree.SubElement(record, tei("div"), type="section")
                head = etree.SubElement(container, tei("head"))
                self._identify(head, "head", block.span)
                self._inline(head, block.content)
                continue
            if isinstance(block, Closer) or closers:
                closers.append(block)
                continue
            self._block(container, block)
        for block in closers:
            self._block(record, block)

    def _identify(self, element: etree._Element, prefix: str, span: Span) -> None:
        """A stable xml:id (``p12``, ``list2``) that maps back to the transcript."""
        count = self._counts[prefix] = self._counts.get(prefix, 0) + 1
        ident = f"{prefix}{count}"
        element.set(XML_ID, ident)
        self.spans[ident] = span

    # -- blocks

    def _block(self, parent: etree._Element, block: Block) -> None:
        _BLOCKS[type(block)](self, parent, block)

    def _paragraph(self, parent: etree._Element, block: Paragraph) -> None:
        p = etree.SubElement(parent, _P)
        self._identify(p, "p", block.span)
        content = block.content
        if block.n:
            p.set("n", block.n.rstrip("."))
            content = self._split_number(p, block.n, content)
        self._inline(p, content)

    def _split_number(self, parent: etree._Element, number: str, content: tuple[Inline, ...]) -> tuple[Inline, ...]:
        """The printed paragraph number becomes ``num type="paragraph"``; the rest stays text."""
        first = content[0] if content else None
        if isinstance(first, Text) and first.text.lstrip().startswith(number):
            lead = first.text[: len(first.text) - len(first.text.lstrip())]
            num = etree.SubElement(parent, tei("num"), type="paragraph")
            num.text = number
            parent.text = (parent.text or "") + lead if lead else parent.text
            rest = first.text.lstrip()[len(number):]
            return (Text(rest, first.span),) + content[1:]
        return content

    def _turn(self, parent: etree._Element, block: Turn) -> None:
        person = block.speaker.person
        count = self._turns[person] = self._turns.get(person, 0) + 1
        sp = etree.SubElement(parent, _SP, who=f"#{person}")
        ident = f"sp-{person}-{count}"
        sp.set(XML_ID, ident)
        self.spans[ident] = block.span
        if block.number:
            sp.set("n", block.number.rstrip("."))
        if block.certainty != "high":
            sp.set("cert", block.certainty)
        speaker = etree.SubElement(sp, _SPEAKER)
        if block.number:
            num = etree.SubElement(speaker, tei("num"), type="paragraph")
            num.text = block.number
            num.tail = " " + block.speaker.written
        else:
            speaker.text = block.speaker.written
        for inner in block.blocks:
            _BLOCKS[type(inner)](self, sp, inner)

    def _list(self, parent: etree._Element, block: ItemList) -> None:
        if block.quote:
            # The quotation marks as printed, for renderers that give the source's conventions back.
            parent = etree.SubElement(parent, tei("quote"), rend=f"pre({block.quote[0]}) post({block.quote[1]})")
        element = etree.SubElement(parent, tei("list"), type="ordered")
        self._identify(element, "list", block.span)
        for item in block.items:
            label = etree.SubElement(element, tei("label"))
            label.text = item.label
            entry = etree.SubElement(element, tei("item"), n=item.n)
            self._inline(entry, item.content)

    def _participants(self, parent: etree._Element, block: Participants) -> None:
        element = etree.SubElement(parent, tei("list"), type="participants")
        self._identify(element, "list", block.span)
        if block.head:
            etree.SubElement(element, tei("head")).text = block.head
        for group in block.groups:
            self._inline(etree.SubElement(element, tei("item")), group)

    def _heading(self, parent: etree._Element, block: Heading) -> None:
        # A heading inside a turn or after the opening is printed prose, kept as a labelled paragraph.
        p = etree.SubElement(parent, tei("p"), rend="heading")
        self._inline(p, block.content)

    def _closer(self, parent: etree._Element, block: Closer) -> None:
        closer = etree.SubElement(parent, tei("closer"))
        self._identify(closer, "closer", block.span)
        for signed in block.signatures:
            self._signed(closer, signed)

    def _signed(self, parent: etree._Element, signed: Signed) -> None:
        element = etree.SubElement(parent, tei("signed"))
        self._identify(element, "signed", signed.span)
        if signed.label:
            label = etree.SubElement(element, tei("label"))
            label.text = signed.label.strip()
        self._inline(element, signed.content)
        if signed.label and len(element) > 1 and not (element[0].tail or "").strip():
            element[0].tail = " "

    def _page_break(self, parent: etree._Element, block: PageBreak) -> None:
        etree.SubElement(parent, tei("pb"), n=block.n)

    def _footnote(self, note: Footnote) -> etree._Element:
        element = etree.Element(tei("note"), type="footnote", n=note.n)
        element.set(XML_ID, f"fn{note.n}")
        self.spans[f"fn{note.n}"] = note.span
        label = etree.SubElement(element, tei("label"))
        label.text = note.n
        label.tail = " "
        self._inline(element, note.content)
        return element

    # -- inline content

    def _inline(self, parent: etree._Element, nodes: tuple[Inline, ...]) -> None:
        for node in nodes:
            if type(node) is Text:
                _append_text(parent, node.text)
            else:
                _INLINES[type(node)](self, parent, node)
        # Leading white space of a block is the transcript's indentation, not text.
        if parent.text:
            parent.text = parent.text.lstrip() or None
        last = parent[-1] if len(parent) else None
        if last is None and parent.text:
            parent.text = parent.text.rstrip()
        elif last is not None and last.tail:
            last.tail = last.tail.rstrip() or None

    def _encoding(self, name: str) -> tuple[Convention, str, tuple[tuple[str, str], ...]]:
        """A convention's row, element and attributes (``@ana``, ``@resp``, ``@cert`` included), found once."""
        found = self._encodings.get(name)
        if found is None:
            row = self.table.by_name(name)
            attributes = dict(row.attributes)
            attributes["ana"] = f"#{convention_id(row.name)}"
            if row.resp_role and (self.meta.responsibility(row.resp_role)
                                  or (row.resp_role == "editor" and self.meta.corrections.items)):
                attributes["resp"] = f"#{row.resp_role}"
            if row.certainty:
                attributes["cert"] = row.certainty
            found = self._encodings[name] = (row, tei(row.element), tuple(attributes.items()))
        return found

    def _editorial(self, parent: etree._Element, node: Editorial) -> None:
        row, tag, attributes = self._encoding(node.convention)
        element = etree.SubElement(parent, tag)
        for key, value in attributes:
            element.set(key, value)
        if row.element == "ref":
            number = _plain(node.content).strip()
            element.set("n", number)
            if number in self._footnotes:
                element.set("target", f"#fn{number}")
        if row.content == "desc":
            etree.SubElement(element, tei("desc")).text = _plain(node.content)
        else:
            for child in node.content:
                if isinstance(child, Text):
                    _append_text(element, child.text)
                else:
                    _INLINES[type(child)](self, element, child)

    def _unmatched(self, parent: etree._Element, node: Unmatched) -> None:
        element = etree.SubElement(parent, tei("sic"), ana=f"#{convention_id('unmatched')}")
        element.text = node.char

    def _time(self, parent: etree._Element, node: Time) -> None:
        etree.SubElement(parent, tei("time"), when=node.when).text = node.text

    def _abbreviation(self, parent: etree._Element, node: Abbreviation) -> None:
        choice = etree.SubElement(parent, tei("choice"))
        etree.SubElement(choice, tei("abbr")).text = node.abbr
        etree.SubElement(choice, tei("expan")).text = node.expansion

    def _person_name(self, parent: etree._Element, node: PersonName) -> None:
        etree.SubElement(parent, tei("persName"), ref=f"#{node.person}").text = node.text

    def _quoted(self, parent: etree._Element, node: Quoted) -> None:
        element = etree.SubElement(parent, tei("q"))
        self._inline(element, node.content)

    def _correction(self, parent: etree._Element, node: Correction) -> None:
        choice = etree.SubElement(parent, tei("choice"))
        etree.SubElement(choice, tei("sic")).text = node.sic
        etree.SubElement(choice, tei("corr"), resp="#editor").text = node.corr


def _append_text(parent: etree._Element, text: str) -> None:
    if len(parent):
        parent[-1].tail = (parent[-1].tail or "") + text
    else:
        parent.text = (parent.text or "") + text


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


def _unsupported_in_body(self: Builder, parent: etree._Element, block: Block) -> None:
    raise TypeError(f"{type(block).__name__} cannot stand in the body")


_P = tei("p")
_SP = tei("sp")
_SPEAKER = tei("speaker")

_BLOCKS = {
    Paragraph: Builder._paragraph,
    Turn: Builder._turn,
    ItemList: Builder._list,
    Participants: Builder._participants,
    Heading: Builder._heading,
    Closer: Builder._closer,
    PageBreak: Builder._page_break,
    Footnote: _unsupported_in_body,
}

_INLINES = {
    Editorial: Builder._editorial,
    Unmatched: Builder._unmatched,
    Time: Builder._time,
    Abbreviation: Builder._abbreviation,
    PersonName: Builder._person_name,
    PageBreak: Builder._page_break,
    Quoted: Builder._quoted,
    Correction: Builder._correction,
}
