"""A TEI tree → the view model that every output format's rules and page templates read.

Renderers read TEI, never the parser's objects, so this walker takes any TEI
(ours, FRUS, DraCor): it keeps every element and every piece of text, and adds
only what a format cannot work out for itself — numbered notes, anchors,
safe links, how editorial brackets print (from the conventions table), who
speaks where. Everything a format may put into an attribute that a browser
acts on (``href``, ``id``, ``class``) is computed here and is safe; other
attribute values are plain strings that the formats escape like text.

The model is built once per document and read, never changed, by every
format (``render.render_formats``). Building it is most of the cost of
rendering, so the walk (``_Walker._element``) reads each lxml value once and
looks up what an element's name decides once per name (``_kind_of``).
"""

from __future__ import annotations

import ctypes
import functools
import re
import unicodedata
from dataclasses import dataclass, field

from lxml import etree

from .conventions import DEFAULT_TABLE
from .diagnostics import InputError, error
from .ns import TEI, XML_ID, XML_LANG, local

_TEI = f"{{{TEI}}}"
_UNSAFE_ID = re.compile(r"[^\w.:-]")
_XML_IDS = etree.XPath(".//@xml:id", smart_strings=False)  # the element's own and its descendants'
_HTTP = re.compile(r"https?://[^\s\"'<>`]+", re.IGNORECASE)

# Containers whose text between children is layout, not words (TEI: element-only content).
DIV_LIKE = frozenset("text group body front back div div1 div2 div3 div4 div5 div6 div7".split())
# Always inline (phrase-level) / always blocks; anything else — milestones such as pb and lb,
# notes, quotations — is inline inside a paragraph-like element and a block between blocks.
INLINE = frozenset("""
    hi emph foreign term mentioned soCalled distinct gloss title persName name placeName orgName geogName
    roleName forename surname rs ref ptr supplied gap unclear choice sic corr abbr expan orig reg add del
    damage surplus time date num measure q seg c w pc graphic idno affiliation
""".split())
BLOCK = DIV_LIKE | frozenset("""
    p ab list item table row cell lg l sp speaker head closer opener signed dateline salute trailer byline
    docTitle titlePart titlePage docImprint docAuthor docDate docEdition epigraph argument figure castList
    castGroup castItem roleDesc listBibl listPerson listPlace postscript
""".split())
# Containers whose white space between children is layout only.
ELEMENT_ONLY = DIV_LIKE | frozenset("""
    sp list listBibl listPerson listPlace listEvent table row lg castList castGroup figure choice titlePage
    docTitle closer opener
""".split())
# Where the source's page or line turns: a line's number between blocks followed by one of these, or by
# nothing, numbers a blank line.
_MILESTONE_KINDS = frozenset({"lb", "pb", "fw"})
# Blocks whose content a format prints as it is: a line's number may be printed at the head of it.
_LINE_BEGINNINGS = frozenset("p ab head speaker salute signed dateline l trailer byline stage".split())
# Notes that keep their place as a sign in the text: TEI note types the conventions print inline.
INLINE_NOTE_TYPES = frozenset({"query", "sic"})
# @rend tokens that may become CSS classes (never copied into a style attribute).
REND_CLASSES = frozenset("""
    italic bold strong underline smallcaps small-caps superscript sup subscript sub center right left
    blockquote bulleted numbered bordered uppercase strikethrough sectiontitlebold sectiontitleital
""".split())
# Punctuation that a paragraph may start with when it runs on from the speaker's name.
RUN_ON_PUNCTUATION = frozenset(",.;:")
_CONVENTIONS = {row.name: row for row in DEFAULT_TABLE}
# Anchors of the page's own parts: a document's ids give way to them.
RESERVED_IDS = ("text", "notes", "notes-title", "persons", "persons-title", "conventions", "conventions-title",
                "contents", "top")


@dataclass(frozen=True)
class Sign:
    """How an editorial element prints: the characters around its content."""

    name: str  # convention name ("supplied", "gloss") or the element name for TEI from others
    opener: str
    closer: str


@dataclass(eq=False, slots=True, init=False)
class Node:
    """One TEI element: its name, its attributes (as text) and its content, plus what formats need."""

    kind: str  # the TEI local name; "" for elements of other namespaces
    attrs: dict[str, str]  # but the xml:id, whose anchor is ``id``; shared, so never changed
    children: "list[str | Node]"
    inline: bool = False
    id: str | None = None  # a safe, unique anchor
    href: str | None = None  # a safe link: "#fragment" that exists, or http(s)
    css: str = ""  # whitelisted classes from @rend
    sign: Sign | None = None
    label: str | None = None  # a moved note's number; a list item's printed label (as text)
    item_label: Node | None = None  # a list item's <label> element
    ref_id: str | None = None  # the id of a moved note's marker in the text
    backref: str | None = None  # the id of the first marker that points at this note
    lead: Node | None = None  # a paragraph's speaker, printed run in before it
    joiner: str = " "  # what stands between that speaker and the paragraph
    level: int = 0  # a heading's depth (1 = top-level division)
    moved: bool = False  # a note printed at the end, with a marker where it stood
    has_blocks: bool = False  # block elements inside (a paragraph holding a list)
    mixed: bool = False  # words of its own between its children (mixed content)
    # A note marker or footnote reference after a space: the space is kept here, not in the text
    # before it, so a reading edition can set the marker against the word and a diplomatic one
    # can print the space as the source had it.
    space_before: bool = False

    def __init__(self, kind: str, attrs: dict[str, str], children: list, inline: bool = False,
                 mixed: bool = False) -> None:
        # By hand, not dataclass's: a document has hundreds of nodes, and binding every field
        # as an argument cost more than setting it.
        self.kind, self.attrs, self.children, self.inline, self.mixed = kind, attrs, children, inline, mixed
        self.id = self.href = self.sign = self.label = self.item_label = self.ref_id = self.backref = None
        self.lead = None
        self.css = ""
        self.joiner = " "
        self.level = 0
        self.moved = self.has_blocks = self.space_before = False

    @property
    def number(self) -> str:
        """A paragraph's number for its citation link: p12 → "12"; "" for other anchors."""
        anchor = self.id or ""
        return anchor[1:] if anchor[:1] == "p" and anchor[1:].isdecimal() else ""  # as fullmatch(r"p(\d+)")

    def get(self, name: str, default: str = "") -> str:
        return self.attrs.get(name, default)

    @property
    def text(self) -> str:
        """The words inside, whitespace collapsed: for titles, tooltips, sorting."""
        return " ".join("".join(_itertext(self)).split())

    def first(self, kind: str) -> Node | None:
        for child in self.children:
            if not isinstance(child, str) and child.kind == kind:
                return child
        return None

    def all(self, kind: str) -> list[Node]:
        return [c for c in self.children if isinstance(c, Node) and c.kind == kind]


def _itertext(node: Node):
    for child in node.children:
        if isinstance(child, str):
            yield child
        elif child.kind != "metamark" and child.kind != "note":
            # (a sign of the transcript's format is no word of a title or a name, nor is a note's)
            yield from _itertext(child)


def _is_wide(character: str) -> bool:
    """A character of the scripts written without spaces between words (Chinese, Japanese), or their signs."""
    return bool(character) and not character.isascii() \
        and unicodedata.east_asian_width(character) in ("W", "F") \
        and not "\uac00" <= character <= "\ud7af"  # (Korean writes spaces; no ASCII character is wide)


def _first_character(node: Node) -> str:
    """``node.text[:1]``, without collecting the rest of a long paragraph's words."""
    for child in node.children:
        if isinstance(child, str):
            child = child.lstrip()
            if child:
                return child[0]
        elif character := _first_character(child):
            return character
    return ""


def _last_character(node: Node) -> str:
    """``node.text[-1:]``, without collecting the words before it (a speaker's name, at every turn)."""
    for child in reversed(node.children):
        if isinstance(child, str):
            child = child.rstrip()
            if child:
                return child[-1]
        elif child.kind != "metamark" and child.kind != "note" and (character := _last_character(child)):
            return character  # (not a metamark's nor a note's, as ``text`` reads them)
    return ""


@dataclass
class Person:
    id: str
    name: str
    role: str
    turns: list[tuple[str, str]] = field(default_factory=list)  # (number, anchor)
    # Each turn's first paragraph's number, as the margin prints it ("" where it has none): what a reader cites.
    paragraphs: list[str] = field(default_factory=list)
    mentions: list[str] = field(default_factory=list)  # anchors of persName elements


@dataclass
class Convention:
    id: str  # anchor in the legend
    name: str
    description: str
    example: str  # the first use, as the source wrote it ("[of POWs]")
    kind: str  # TEI element it is encoded as
    moved: bool  # printed as a numbered note in a reading edition


@dataclass
class Header:
    title: str = "Untitled"
    subtitles: list[str] = field(default_factory=list)
    authors: list[str] = field(default_factory=list)
    date: str = ""
    date_when: str = ""
    place: str = ""
    citation: list[str] = field(default_factory=list)  # repository, settlement, "fond 45", …
    publication: list[str] = field(default_factory=list)  # title, publisher, identifier
    source_notes: list[str] = field(default_factory=list)  # sourceDesc prose
    responsibilities: list[tuple[str, str]] = field(default_factory=list)  # (role, names)
    summary: list[str] = field(default_factory=list)
    languages: list[str] = field(default_factory=list)
    principles: list[tuple[str, str]] = field(default_factory=list)  # editorialDecl prose: (topic, text)
    # The edition's own publication (publicationStmt), its editors and its licence, as another's TEI names them: who
    # published it, where and when; (the licence's words, a safe http(s) link to it or "").
    edition: str = ""
    editors: list[str] = field(default_factory=list)
    licences: list[tuple[str, str]] = field(default_factory=list)


@dataclass
class Document:
    """What a page template gets: the header, the text, and the apparatus built from both."""

    lang: str
    header: Header
    text: Node
    notes: list[tuple[str, list[Node]]]  # endnotes grouped by top-level division: (heading, notes)
    persons: list[Person]
    conventions: list[Convention]
    contents: list[tuple[int, str, str]]  # (level, heading, anchor)
    struck: bool = False  # words struck through (del): the plain text marks them, and says how, where no line can

    @property
    def direction(self) -> str:
        """The text's writing direction: right to left for Arabic, Hebrew, Persian and their kin."""
        primary = self.lang.split("-")[0].lower()
        script = self.lang.split("-")[1].lower() if "-" in self.lang else ""
        return "rtl" if primary in _RIGHT_TO_LEFT or script in ("arab", "hebr", "syrc", "thaa") else "ltr"


# Languages written right to left (BCP 47 primary tags).
_RIGHT_TO_LEFT = frozenset("ar he fa ur ps yi syr dv ku ckb sd ug arc".split())


def build(tree: etree._ElementTree | etree._Element, consume: bool = False) -> Document:
    """Walk a TEI document into its view model; raises InputError if it is not TEI with a text.

    ``consume``: the parts of a division (its speeches, its paragraphs) are taken out of the tree once they are read,
    a thousand at a time, for a caller that has no other use for the tree, and the freed pages go back to the system
    (``give_back_freed_memory``): a long record's view then takes the place of the tree it is made from, rather than
    standing beside it.
    """
    root = tree.getroot() if isinstance(tree, etree._ElementTree) else tree
    if root.tag not in (f"{_TEI}TEI", f"{_TEI}teiCorpus"):
        raise InputError(error("not-tei", f"the root element is <{local(root.tag) or root.tag}>, not TEI's <TEI>",
                               hint="render a TEI P5 document (namespace http://www.tei-c.org/ns/1.0)"))
    if root.tag == f"{_TEI}teiCorpus":
        root = root.find(f"{_TEI}TEI")
        if root is None:
            raise InputError(error("no-text", "the teiCorpus holds no TEI document to render"))
    text = root.find(f"{_TEI}text")
    if text is None:
        raise InputError(error("no-text", "the TEI document has no <text> element to render"))
    return _Walker(root, text, consume).document()


class _Walker:
    def __init__(self, root: etree._Element, text: etree._Element, consume: bool = False) -> None:
        self.root = root
        self.consume = consume
        self.header_el = root.find(f"{_TEI}teiHeader")
        self.text_el = text
        # Every id that the page will carry, so links point only at anchors that exist.
        self.ids: set[str] = set()
        self.anchors: dict[str, str] = {}  # a document's xml:id → its anchor on the page
        self.targets = set(_XML_IDS(text))
        self.interpretations = self._interpretations()
        self.persons = self._declared_persons()
        self.notes: list[tuple[str, list[Node]]] = []
        self.contents: list[tuple[int, str, str]] = []
        self.used: dict[str, Node] = {}  # convention → first element that uses it
        self.turns: dict[str, int] = {}
        self.links: list[Node] = []  # nodes whose href is settled once every id is known
        self.by_id: dict[str, Node] = {}  # xml:id → node, for notes that refs point at
        # Numbers the document's own notes and footnote markers carry: generated ones avoid them.
        self.labels = {e.get("n") for e in text.iter(f"{_TEI}note", f"{_TEI}ref") if e.get("n")}
        self.group = ""
        self.title_again = self._title_words()  # the header's title: a heading that repeats it is no section's
        self._signs_by_ana: dict[str, tuple[str, Sign] | tuple[()]] = {}  # elements that share @ana print alike
        self._last_suffix: dict[str, int] = {}  # _claim's: the last n of each base-n it gave
        self._open = 0  # elements being read, one inside the next (see _DEEPEST)
        self._counter = 0
        self._notes = 0
        self._corrections = 0
        self.struck = False

    # -- the whole document

    def document(self) -> Document:
        self.ids.update(RESERVED_IDS)  # the page's own parts keep their names; a document's ids give way
        for person in self.persons.values():
            person.id = self._claim(person.id, own=True)
        for key, (anchor, name, description) in list(self.interpretations.items()):
            self.interpretations[key] = (self._claim(anchor, own=True), name, description)
        text = self._element(self.text_el, self.text_el.tag, None, 0)
        self._settle_links()
        header = self._header()
        lang = self.text_el.get(XML_LANG) or self.root.get(XML_LANG) or self._first_language() or "und"
        return Document(_safe_lang(lang), header, text, self.notes, list(self.persons.values()),
                        self._conventions(), self.contents, self.struck)

    def _claim(self, wanted: str, own: bool = False) -> str:
        """A unique, safe anchor id, as close to ``wanted`` as possible.

        ``own``: ``wanted`` is the element's own xml:id; a generated id never takes
        an xml:id that an element further on will claim.
        """
        base = _safe_id(wanted)
        ids = self.ids
        candidate = base
        if candidate in ids or (not (own and candidate == wanted) and candidate in self.targets):
            # base-2, base-3 … (never ``wanted`` itself: that is safe, so it is the base). The search
            # goes on from the last suffix this base took: those below it are all taken, and stay
            # so. From 2 each time, a thousand notes marked "*" or pages without a number took
            # time growing with their square.
            k = self._last_suffix.get(base, 1)
            while True:
                k += 1
                candidate = f"{base}-{k}"
                if candidate not in ids and candidate not in self.targets:
                    break
            self._last_suffix[base] = k
        ids.add(candidate)
        if own:
            self.anchors.setdefault(wanted, candidate)
        return candidate

    # -- elements

    def _element(self, el: etree._Element, tag: str, parent: Node | None, depth: int) -> Node:
        """One element (``tag``: its tag) and everything inside it: the hot loop of rendering, so each lxml
        value is read once, and what depends on the element's name alone is looked up once (``_kind_of``)."""
        self._open += 1
        if self._open > _DEEPEST:
            raise RecursionError("elements nested too deeply")
        kind, block, phrase, element_only, is_div, handler = _kind_of(tag)
        items = el.items()
        # Attributes as formats know them: TEI's own plain, xml:lang prefixed, each name one string
        # for every document (lxml makes a new one at each read); the xml:id is the node's ``id``.
        xml_id = None
        if not items:
            attrs = _NO_ATTRIBUTES
        elif len(items) == 1 and items[0][0] == XML_ID:  # most elements: an xml:id alone
            xml_id = items[0][1]
            attrs = _NO_ATTRIBUTES
        else:
            names = _ATTRIBUTE_NAMES
            attrs = {names.get(k) or _attr_name(k): v for k, v in items}
            xml_id = attrs.pop("xml:id", None)
        text = el.text
        mixed = True if text and not text.isspace() else False
        kids = list(el) if len(el) else None
        if kids:
            tails = [child.tail for child in kids]
            if not mixed:
                between = "".join(filter(None, tails))  # the text between the children
                mixed = True if between and not between.isspace() else False
        # Phrase-level: always for INLINE elements, never for BLOCK ones; others follow their parent.
        # (A line break among a line's words is theirs, their container's words elements only: a byline's names.)
        inline = parent is not None and not block and (phrase or parent.inline or parent.mixed
                                                       or kind == "lb" and parent.kind in _LINE_BEGINNINGS)
        # White space between the children of an element-only container is layout, not text.
        keep_space = mixed or not element_only
        # A list made with its first item is the size it holds (most hold a text alone); one grown
        # from empty would keep room for four.
        children: list[str | Node] = [_collapse(text)] if text and (keep_space or not text.isspace()) else []
        node = Node(kind, attrs, children, inline, mixed)
        if items:
            if xml_id:
                ids = self.ids
                if xml_id not in ids and _safe_id(xml_id) == xml_id:  # _claim's first try, in line
                    ids.add(xml_id)
                    self.anchors.setdefault(xml_id, xml_id)
                    node.id = xml_id
                else:
                    node.id = self._claim(xml_id, own=True)
                self.by_id[node.id] = node
            if "rend" in attrs:  # the name may also be a foreign namespace's rend: read TEI's own
                node.css = " ".join(f"r-{t}" for t in el.get("rend", "").lower().split() if t in REND_CLASSES)
        if is_div and parent is not None and parent.kind in ("body", "front", "back"):
            self.group = _heading_of(el)
        if kids:
            count, last, apart = 0, None, False
            depth += is_div
            consumed = is_div and self.consume
            gone = 0  # (consumed: the parts taken out of the tree so far)
            for index, (child, tail) in enumerate(zip(kids, tails)):
                tag = child.tag
                if isinstance(tag, str):
                    built = self._element(child, tag, node, depth)
                    if consumed:
                        kids[index] = None  # (read: nothing holds it but this loop)
                        if (index + 1) % _PARTS_BETWEEN_TRIMS == 0:
                            gone = _take_out(el, index + 1, gone)
                    if (built.moved or built.kind == "ref") and _is_marker(built) and children \
                            and isinstance(children[-1], str) and children[-1].endswith(" "):
                        children[-1] = children[-1][:-1]
                        built.space_before = True
                    if last is not None and last.kind == "lb" and not last.inline and "n" in last.attrs:
                        _line_number_between_blocks(last, built, children)
                    elif apart and built.inline and last is not None and last.inline and children[-1] is last:
                        children.append(" ")  # (an opener's parts in a line: "SECRET" "Copy No. 1", not "SECRETCopy")
                    children.append(built)
                    count += 1
                    last = built
                    if not built.inline:
                        node.has_blocks = True
                if tail and (keep_space or not tail.isspace()):
                    children.append(_collapse(tail))
                else:
                    apart = kind == "opener" and tail is not None  # (the space between two of its inline parts)
            if count == 1 and not mixed and last.moved and last.kind == "note" and kind not in DIV_LIKE:
                self._keep_in_place(last)
            depth -= is_div
        if handler is not None:
            handler(self, node, el, parent, depth)
        if items and "ana" in attrs and el.get("ana"):
            self._sign(node, el)
        self._open -= 1
        return node

    # -- what some elements need beyond their content (one handler per TEI element)

    def _on_sp(self, node: Node, el: etree._Element, parent: Node | None, depth: int) -> None:
        who = el.get("who")
        whos = [w.lstrip("#") for w in who.split() if w.startswith("#") or "#" not in w] if who else []
        # One pass over the turn's content: its speaker, its first two elements and its first paragraph (most
        # turns are a speaker and a paragraph: two steps, where a pass for each had taken five, and two calls).
        speaker = first = second = paragraph = None
        for child in node.children:
            if isinstance(child, str):
                continue
            if first is None:
                first = child
            elif second is None:
                second = child
            kind = child.kind
            if speaker is None and kind == "speaker":
                speaker = child
            elif paragraph is None and kind == "p":
                paragraph = child
            if speaker is not None and paragraph is not None and second is not None:
                break
        number = paragraph.number if paragraph is not None else ""  # as the margin prints it
        turns = self.turns
        for who in whos:
            turns[who] = turns.get(who, 0) + 1
        if node.id is None and whos:
            node.id = self._claim(f"sp-{whos[0]}-{turns[whos[0]]}")
        if speaker is not None and node.id:
            speaker.href = f"#{node.id}"
        for who in whos:
            person = self.persons.get(who)
            if person is None:
                name = speaker.text if speaker is not None else who
                person = self.persons[who] = Person(self._claim(who), name, "")
            person.turns.append((str(turns[who]), node.id or ""))
            person.paragraphs.append(number)
        # The speaker's name runs into a paragraph that follows it directly, as the record prints it.
        if speaker is not None and first is speaker and second is not None and second.kind in ("p", "ab"):
            paragraph = second
            paragraph.lead = speaker
            # "STALIN, opening …": no space before a comma that follows the name itself; but
            # "WHEAT: , …" had one (the name ends in its own punctuation).
            first_character, last_character = _first_character(paragraph), _last_character(speaker)
            runs_on = first_character in RUN_ON_PUNCTUATION and last_character.isalnum()
            # A script written without spaces puts none between them either ("毛泽东：我们…", "周恩来说：…").
            unspaced = _is_wide(last_character) or _is_wide(first_character)
            paragraph.joiner = "" if runs_on or unspaced else " "
            node.children.remove(speaker)

    def _on_del(self, node: Node, el: etree._Element, parent: Node | None, depth: int) -> None:
        self.struck = True

    def _on_persName(self, node: Node, el: etree._Element, parent: Node | None, depth: int) -> None:
        ref = el.get("ref", "")
        person = self.persons.get(ref[1:]) if ref.startswith("#") else None
        if person is not None:
            node.href = f"#{person.id}"
            node.id = node.id or self._claim(f"name-{person.id}-{len(person.mentions) + 1}")
            person.mentions.append(node.id)

    def _on_ref(self, node: Node, el: etree._Element, parent: Node | None, depth: int) -> None:
        node.href = el.get("target", "").split()[0] if el.get("target", "").split() else None
        if node.href and node.href.startswith("#"):
            node.id = node.id or self._claim(f"ref-{node.href[1:]}-{self._next()}")
        self.links.append(node)
        if el.get("type") == "footnote" and not el.get("ana"):
            node.sign = Sign("footnote", "[", "]")

    def _on_ptr(self, node: Node, el: etree._Element, parent: Node | None, depth: int) -> None:
        self._on_ref(node, el, parent, depth)

    def _on_note(self, node: Node, el: etree._Element, parent: Node | None, depth: int) -> None:
        inline_sign = el.get("type") in INLINE_NOTE_TYPES and el.get("place", "inline") == "inline"
        if inline_sign:  # a sign in the text ([?], [sic]), even where it is all a paragraph holds
            node.inline = True
            if not el.get("ana"):
                node.sign = Sign(el.get("type", "note"), "[", "]")
            return
        if parent is not None and (parent.kind in DIV_LIKE | {"sp", "listBibl"}
                                   or parent.kind == "quote" and not parent.inline and not parent.mixed):
            # A note standing as a block where it is (a record's footnotes at the end; a page's, in a quoted text)
            return
        node.moved = True
        number = self._next_note()
        node.label = el.get("n") or str(number)
        node.id = node.id or self._claim(f"note-{number}")
        node.ref_id = self._claim(f"noteref-{number}")
        self._endnote(node)
        if not el.get("ana"):
            node.sign = Sign("note", "[", "]")

    def _on_choice(self, node: Node, el: etree._Element, parent: Node | None, depth: int) -> None:
        # A declared correction: the reading edition prints corr and notes what the source has.
        # Such textual notes are lettered (a, b, …), as in a critical apparatus, so they never
        # clash with the document's own numbered notes.
        if node.first("sic") is not None and node.first("corr") is not None:
            node.moved = True
            self._corrections += 1
            node.label = _letters(self._corrections)
            node.id = self._claim(f"note-{node.label}")
            node.ref_id = self._claim(f"noteref-{node.label}")
            self._endnote(node)

    def _on_pb(self, node: Node, el: etree._Element, parent: Node | None, depth: int) -> None:
        n = el.get("n", "")
        node.id = node.id or self._claim(f"page-{n}" if n else "page")

    def _on_head(self, node: Node, el: etree._Element, parent: Node | None, depth: int) -> None:
        if "running" in el.get("type", ""):  # ("shortened-for-running-head", FRUS's): the page's head, not a heading
            node.css = f"{node.css} running-head".lstrip()
            return
        if self.title_again and " ".join(node.text.casefold().split()) == self.title_again:
            # The record's own heading, which the edition's title repeats: printed where the record prints it, no
            # second heading of the page (a record of conversation's had been the title twice, and in the contents).
            self.title_again = ""
            node.css = f"{node.css} title-again".lstrip()
            return
        if parent is not None and parent.kind in DIV_LIKE:
            node.level = max(1, min(depth, 5))
            if node.id is None:
                node.id = self._claim(f"section-{self._next()}")
            self.contents.append((node.level, node.text, node.id))

    def _on_list(self, node: Node, el: etree._Element, parent: Node | None, depth: int) -> None:
        # label/item pairs (a glossary-style list): the label is printed with its item.
        pending = None
        kept = []
        for child in node.children:
            if isinstance(child, Node) and child.kind == "label":
                if pending is not None:
                    kept.append(pending)
                pending = child
                continue
            if isinstance(child, Node) and child.kind == "item" and pending is not None:
                child.item_label, child.label, pending = pending, pending.text, None
            kept.append(child)
        if pending is not None:
            kept.append(pending)
        node.children = kept

    # -- editorial signs

    def _sign(self, node: Node, el: etree._Element) -> None:
        ana = el.get("ana", "")
        found = self._signs_by_ana.get(ana)
        if found is None:
            found = self._signs_by_ana[ana] = self._sign_of(ana)
        if found:
            target, node.sign = found
            self.used.setdefault(target, node)

    def _sign_of(self, ana: str) -> tuple[str, Sign] | tuple[()]:
        """The first declared convention that ``ana`` points at, and how it prints; () for none."""
        for token in ana.split():
            target = token[1:] if token.startswith("#") else token
            entry = self.interpretations.get(target)
            if entry is None and not target.startswith("conv-"):
                continue
            name = entry[1] if entry else target[len("conv-"):]
            row = _CONVENTIONS.get(name)
            opener, closer = (row.opener, row.closer) if row else ("[", "]")
            return target, Sign(name, opener, closer)
        return ()

    def _interpretations(self) -> dict[str, tuple[str, str, str]]:
        """Declared conventions: xml:id → (anchor, name, description)."""
        found: dict[str, tuple[str, str, str]] = {}
        if self.header_el is None:
            return found
        for el in [i for d in self.header_el.iterdescendants(f"{_TEI}editorialDecl")
                   for i in d.iterchildren(f"{_TEI}interpretation")]:  # .//editorialDecl/interpretation
            xml_id = el.get(XML_ID)
            if xml_id:
                name = el.get("n") or (xml_id[len("conv-"):] if xml_id.startswith("conv-") else xml_id)
                found[xml_id] = (xml_id, name, _plain(el))
        return found

    def _conventions(self) -> list[Convention]:
        out = []
        for target, (anchor, name, description) in self.interpretations.items():
            node = self.used.get(target)
            if node is None:
                continue
            out.append(Convention(anchor, name, description, _source_form(node), node.kind, node.moved))
        return out

    # -- notes and links

    def _next(self) -> int:
        self._counter += 1
        return self._counter

    def _next_note(self) -> int:
        """The next number for a note that has none, skipping numbers the document's own notes use."""
        self._notes += 1
        while str(self._notes) in self.labels:
            self._notes += 1
        return self._notes

    def _keep_in_place(self, note: Node) -> None:
        """A note that is all its paragraph holds has no words to hang a marker on: it stays, in its brackets."""
        note.moved, note.inline = False, True
        for _, group in self.notes:
            if note in group:
                group.remove(note)
        self.notes[:] = [(heading, group) for heading, group in self.notes if group]
        if note.label == str(self._notes):
            self._notes -= 1

    def _endnote(self, node: Node) -> None:
        if not self.notes or self.notes[-1][0] != self.group:
            self.notes.append((self.group, []))
        self.notes[-1][1].append(node)

    def _settle_links(self) -> None:
        """Keep a link only if it is safe and goes somewhere: an anchor on the page, or http(s).

        A note that a marker points at (a footnote at the end of the record) links back to it.
        """
        for node in self.links:
            target = node.href or ""
            if target.startswith("#"):
                anchor = self.anchors.get(target[1:])
                node.href = f"#{anchor}" if anchor else None
            elif not _HTTP.fullmatch(target):
                node.href = None
            if node.href and node.href.startswith("#") and node.id:
                note = self.by_id.get(node.href[1:])
                if note is not None and note.kind == "note" and note.backref is None:
                    note.backref = node.id
        for _, group in self.notes:
            for note in group:
                note.backref = note.ref_id

    # -- people

    def _declared_persons(self) -> dict[str, Person]:
        persons: dict[str, Person] = {}
        if self.header_el is None:
            return persons
        for el in [p for d in self.header_el.iterdescendants(f"{_TEI}particDesc")
                   for p in d.iterdescendants(f"{_TEI}person", f"{_TEI}personGrp")]:  # .//particDesc//person
            xml_id = el.get(XML_ID)
            if not xml_id:
                continue
            names, full, notes = [], None, []
            for part in el.iterchildren(f"{_TEI}persName", f"{_TEI}note"):
                if part.tag == f"{_TEI}note":
                    notes.append(_plain(part))
                    continue
                names.append(_plain(part))
                if full is None and part.get("type") == "full":
                    full = names[-1]
            if el.getparent().get("type") == "absent":  # (listed as absent: the reader told so beside the name)
                notes.append("absent")
            persons[xml_id] = Person(xml_id, full or (names[0] if names else xml_id), " ".join(notes))
        return persons

    # -- the header

    def _title_words(self) -> str:
        h = self.header_el
        titles = _path(h, "fileDesc", "titleStmt", "title") if h is not None else []
        main = [x for x in titles if x.get("type") in (None, "main", "complete")] or titles
        return " ".join(_plain(main[0]).casefold().split()) if main else ""

    def _header(self) -> Header:
        head = Header()
        h = self.header_el
        if h is None:
            return head
        # Child paths (fileDesc/titleStmt/title) as lxml's find/findall read them, in document order,
        # walked with iterchildren: the header is read for every rendering, and ElementPath cost more.
        title_stmt = _path(h, "fileDesc", "titleStmt")
        titles = _path(title_stmt, "title")
        main = [x for x in titles if x.get("type") in (None, "main", "complete")] or titles
        if main:
            head.title = _plain(main[0]) or head.title
        head.subtitles = [_plain(x) for x in titles if x.get("type") in ("sub", "subtitle")]
        head.authors = [_plain(x) for x in _path(title_stmt, "author")]
        head.editors = [name for name in map(_plain, _path(title_stmt, "editor")) if name]
        self._publication(head, _path(h, "fileDesc", "publicationStmt"))
        for stmt in _path(title_stmt, "respStmt"):
            resp = next(stmt.iterchildren(f"{_TEI}resp"), None)
            role = _plain(resp) if resp is not None else ""
            names = ", ".join(_plain(n) for n in stmt if local(n.tag) in ("persName", "name", "orgName"))
            head.responsibilities.append((role, names))
        profile = _path(h, "profileDesc")
        creation = next(iter(_path(profile, "creation")), None)
        date = next(creation.iterdescendants(f"{_TEI}date"), None) if creation is not None else None
        if date is None:
            date = next((d for d in _path(h, "fileDesc", "publicationStmt", "date") if d.get("type") == "created"),
                        None)
        if date is not None:
            head.date, head.date_when = _plain(date), date.get("when", "")
        place = next(creation.iterdescendants(f"{_TEI}placeName"), None) if creation is not None else None
        head.place = _plain(place) if place is not None else ""
        identifiers = [i for d in h.iterdescendants(f"{_TEI}sourceDesc")
                       for i in d.iterdescendants(f"{_TEI}msIdentifier")]  # .//sourceDesc//msIdentifier
        for ident in identifiers:
            # Cited as archives cite: repository, place, then the shelfmark from the largest unit down.
            parts = sorted(ident, key=lambda e: {"repository": 0, "institution": 0}.get(local(e.tag), 1))
            for part in parts:
                value = _plain(part)
                if local(part.tag) == "idno" and part.get("type"):
                    head.citation.append(f"{part.get('type')} {value}")
                elif value:
                    head.citation.append(value)
        source_desc = _path(h, "fileDesc", "sourceDesc")
        for bibl in _path(source_desc, "bibl"):
            parts = [(f"{x.get('type')} " if local(x.tag) == "idno" and x.get("type") else "") + _plain(x)
                     for x in bibl if local(x.tag) in ("title", "publisher", "pubPlace", "date", "idno")]
            head.publication.append(". ".join(p for p in parts if p) if parts else _plain(bibl))
        head.source_notes = [_plain(p) for p in _path(source_desc, "p")]
        abstracts = _path(profile, "abstract")
        head.summary = [_plain(p) for p in _path(abstracts, "p")] or [_plain(a) for a in abstracts]
        head.languages = [_plain(x) for x in _path(profile, "langUsage", "language")]
        decl = next(iter(_path(h, "encodingDesc", "editorialDecl")), None)
        if decl is not None:
            for part in decl:
                if not isinstance(part.tag, str) or (part.get(XML_ID) or "") in self.interpretations and \
                        (part.get(XML_ID) or "").startswith("conv-"):
                    continue
                topic = part.get("n") or part.get(XML_ID) or local(part.tag)
                head.principles.append((topic, _plain(part)))
        return head

    @staticmethod
    def _publication(head: Header, statements: list[etree._Element]) -> None:
        """Who published the edition, where and when (not the record's date of creation, which the header gives
        apart), and under what licence: another's TEI had shown none of it."""
        for stmt in statements:
            parts = [_plain(x) for x in stmt if local(x.tag) in ("publisher", "distributor", "authority", "pubPlace")
                     or local(x.tag) == "date" and x.get("type") != "created"
                     or local(x.tag) == "idno" and (x.get("type") or "").upper() in ("URL", "URI", "DOI")]
            head.edition = ", ".join(part for part in parts if part)
            for availability in stmt.iterchildren(f"{_TEI}availability"):
                licences = list(availability.iterchildren(f"{_TEI}licence"))
                for licence in licences:
                    target = licence.get("target", "").strip()
                    head.licences.append((_plain(licence) or target, target if _HTTP.fullmatch(target) else ""))
                if not licences and (words := _plain(availability)):
                    head.licences.append((words, ""))

    def _first_language(self) -> str | None:
        if self.header_el is None:
            return None
        language = next((x for usage in self.header_el.iterdescendants(f"{_TEI}langUsage")
                         for x in usage.iterchildren(f"{_TEI}language")), None)  # .//langUsage/language
        return language.get("ident") if language is not None else None


def _malloc_trim():
    """The C library's ``malloc_trim`` (glibc), or None where there is none (macOS, musl; Windows, whose ctypes
    opens no library by None)."""
    try:
        return ctypes.CDLL(None).malloc_trim
    except (OSError, AttributeError, TypeError):
        return None


_TRIM = _malloc_trim()
# Elements one inside the next that a document may nest: Python's stack holds about 490 when this module runs as
# Python; compiled, it has no such limit, and the C stack would overflow long before RecursionError.
_DEEPEST = 400
_PARTS_BETWEEN_TRIMS = 1000  # (a record of fewer parts never asks: a call walks the whole heap)


def _take_out(container: etree._Element, read: int, gone: int) -> int:
    """The container's first ``read`` children, read already, taken out of the tree (those of them still there:
    ``read - gone``), and their pages given back. Taken out in a batch with no proxy left to them, they are freed
    at once; one at a time, each held by its proxy, lxml had walked each part's subtree to move it to a document of
    its own (an eighth of a rendering's time)."""
    del container[:read - gone]
    give_back_freed_memory()
    return read

def give_back_freed_memory() -> None:
    """Hand the pages of the tree's freed memory back to the system. The C library keeps them for its own later
    use, but the view's objects come from Python's allocator, which cannot use them: a long record's view had
    stood beside its tree's emptied memory as if the tree were whole (a third more than the tree alone)."""
    if _TRIM is not None:
        _TRIM(0)


# What some elements need beyond their content: TEI local name → _Walker._on_<name>.
_HANDLERS = {name[len("_on_"):]: method for name, method in vars(_Walker).items() if name.startswith("_on_")}


@functools.lru_cache(maxsize=1024)
def _kind_of(tag: str) -> tuple[str, bool, bool, bool, int, object]:
    """What an element's name alone decides: (local name, always a block, always phrase-level,
    element-only content, a division (1, else 0), the walker's handler or None)."""
    kind = _kind(tag)
    return (kind, kind in BLOCK, kind in INLINE, kind in ELEMENT_ONLY, int(kind.startswith("div")),
            _HANDLERS.get(kind))


def _line_number_between_blocks(number: Node, following: Node, children: list) -> None:
    """A line's number between blocks: a blank line's, when a page or line turns again next (it stays
    there); else the first line's of the block that follows, so it goes where that line's first word
    is, inline, as the numbers of the block's other lines are."""
    if following.kind in _MILESTONE_KINDS or following.inline:
        return
    target = following
    while target.kind in ELEMENT_ONLY and target.children and isinstance(target.children[0], Node) \
            and not target.children[0].inline:  # into a turn, a list, a closing: to its first words
        target = target.children[0]
    if target.kind not in _LINE_BEGINNINGS or target.item_label is not None:  # (a list's label: printed with
        return  # its item) it stays where it is, before the block
    if target.lead is not None:  # a speaker's name printed run in: the line begins with it
        target = target.lead
    if children and children[-1] is number:
        children.pop()
        number.inline = True
        target.children.insert(0, number)


def _is_marker(node: Node) -> bool:
    return (node.kind == "note" and node.moved) or (node.kind == "ref" and node.get("type") == "footnote")


def _letters(number: int) -> str:
    """1 → a, 26 → z, 27 → aa: labels for textual notes."""
    label = ""
    while number:
        number, rest = divmod(number - 1, 26)
        label = chr(ord("a") + rest) + label
    return label


@functools.lru_cache(maxsize=1024)
def _kind(tag: object) -> str:
    """An element's TEI local name; "" for other namespaces, comments and processing instructions."""
    return local(tag) if isinstance(tag, str) and tag.startswith(_TEI) else ""


@functools.lru_cache(maxsize=4096)
def _safe_id(wanted: str) -> str:
    """``wanted`` with every character that an anchor may not hold made "-" (ids recur from record to record)."""
    return _UNSAFE_ID.sub("-", wanted) or "x"


# An element without attributes has this one dict (nothing changes a node's attributes once it is made).
_NO_ATTRIBUTES: dict[str, str] = {}
# An attribute's name as lxml gives it → as formats know it (TEI's own plain, xml:id and xml:lang prefixed).
_ATTRIBUTE_NAMES: dict[str, str] = {}


def _attr_name(clark: str) -> str:
    """The name formats know an attribute by; kept for the names of most documents, so that a view model
    holds each name once (a view model's attribute names were a sixth of its size)."""
    name = {XML_ID: "xml:id", XML_LANG: "xml:lang"}.get(clark) or (clark if clark[0] != "{" else local(clark))
    if len(_ATTRIBUTE_NAMES) < 4096:
        _ATTRIBUTE_NAMES[clark] = name
    return name


def _collapse(text: str) -> str:
    """Every run of white space as one space, as ``re.sub(r"\\s+", " ", text)`` but three times faster.

    Most text in TEI holds no white space but single spaces, and no other white
    space character is printable, so such text comes back as it is. Otherwise
    ``str.split`` and ``\\s`` agree on what white space is (``str.isspace``).
    ASCII text (``isascii`` costs nothing) is checked for the white space that XML
    can hold (tab, newline, carriage return; lxml holds no other C0 control), which
    is several times faster than ``isprintable`` on a long paragraph.
    """
    if text.isascii():
        if "  " not in text and "\n" not in text and "\t" not in text and "\r" not in text:
            return text
    elif text.isprintable() and "  " not in text:
        return text
    words = text.split()
    if not words:
        return " " if text else ""
    joined = " ".join(words)
    return (" " if text[0].isspace() else "") + joined + (" " if text[-1].isspace() else "")


def _plain(el: etree._Element | None) -> str:
    """An element's words, white space collapsed."""
    if el is None:
        return ""
    if not len(el):  # no children: its own text is all of it
        return " ".join(el.text.split()) if el.text else ""
    return " ".join("".join(el.itertext()).split())


def _path(start: etree._Element | list[etree._Element], *names: str) -> list[etree._Element]:
    """``start/name1/name2/…`` (TEI names), as ``findall`` gives it: every match, in document order."""
    found = [start] if isinstance(start, etree._Element) else start
    for name in names:
        tag = f"{_TEI}{name}"
        found = [child for el in found for child in el.iterchildren(tag)]
    return found


def _heading_of(el: etree._Element) -> str:
    """A division's heading's words, without a note's in it (FRUS's notes in headings had headed their notes)."""
    head = next(el.iterchildren(f"{_TEI}head"), None)
    if head is None:
        return ""
    if head.find(f".//{_TEI}note") is None:
        return _plain(head)
    return " ".join("".join(_NOT_IN_NOTES(head)).split())


_NOT_IN_NOTES = etree.XPath(".//text()[not(ancestor::t:note)]", namespaces={"t": TEI})


def _safe_lang(value: str) -> str:
    return value if re.fullmatch(r"[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*", value) else "und"


def _source_form(node: Node) -> str:
    """How the transcript wrote an editorial element: brackets around its content."""
    if node.kind == "sic":
        return node.text
    content = node.first("desc").text if node.first("desc") is not None else node.text
    sign = node.sign
    return f"{sign.opener}{content}{sign.closer}" if sign else content
