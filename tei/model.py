"""The edition model: what the parser found, before any TEI is written.

The model is the contract between the parsing modules (which alone know the
transcript's syntax) and the builder (which alone knows TEI). Every node keeps
the span of source text it came from, so diagnostics and validation errors can
point back at the transcript. No lxml, no regular expressions, no I/O here.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Union

from .diagnostics import Span, assigning_init

# ---------------------------------------------------------------- inline nodes


@assigning_init
@dataclass(frozen=True, slots=True)
class Text:
    text: str
    span: Span


@assigning_init
@dataclass(frozen=True, slots=True)
class Editorial:
    """A bracketed insertion, classified by a row of the conventions table."""

    convention: str
    content: tuple["Inline", ...]
    opener: str
    closer: str
    span: Span


@assigning_init
@dataclass(frozen=True, slots=True)
class Unmatched:
    """A bracket character with no partner: kept, marked, reported."""

    char: str
    kind: str  # "unclosed", "stray" or "empty"
    span: Span


@assigning_init
@dataclass(frozen=True, slots=True)
class Time:
    text: str
    when: str  # hh:mm:ss
    span: Span


@assigning_init
@dataclass(frozen=True, slots=True)
class Abbreviation:
    abbr: str
    expansion: str
    span: Span


@assigning_init
@dataclass(frozen=True, slots=True)
class PersonName:
    text: str
    person: str  # register id
    span: Span


@assigning_init
@dataclass(frozen=True, slots=True)
class PageBreak:
    """A page turn: inline inside a paragraph that runs on, or between blocks."""

    n: str
    span: Span


@assigning_init
@dataclass(frozen=True, slots=True)
class LineBreak:
    """A line's number printed in the margin (a court reporter's 1–25 a page): where that line begins."""

    n: str
    span: Span


@assigning_init
@dataclass(frozen=True, slots=True)
class Furniture:
    """What a page prints beside its text — its number, a running head or foot — kept where it stands (TEI's
    fw): a page number above a numbered page's first line; a line repeated at the head or foot of the pages."""

    kind: str  # fw/@type: "pageNum", "header", "footer", "catch" (a page's "MORE"), or "letterhead" (the paper's
    # printed head, above the title)
    text: str  # as printed (a letterhead's lines one under the other)
    span: Span
    n: str | None = None  # the page's number, when the line prints it


# Where the source's layout turns, kept in the text wherever it falls: inline, or between blocks.
MILESTONES = (PageBreak, LineBreak, Furniture)
Milestone = Union[PageBreak, LineBreak, Furniture]
# Where one stands in a paragraph's joined text (and a speaker's name run over lines). NUL cannot occur in a
# source (XML forbids it and the source module refuses it), so it is a safe sentinel.
MILESTONE = "\x00"


@assigning_init
@dataclass(frozen=True, slots=True)
class Quoted:
    """Words between quotation marks that the parser read as one quotation."""

    content: tuple["Inline", ...]
    opener: str
    closer: str
    span: Span


@assigning_init
@dataclass(frozen=True, slots=True)
class Correction:
    """A slip of the source that the sidecar's editor corrected (never guessed)."""

    sic: str
    corr: str
    span: Span


@assigning_init
@dataclass(frozen=True, slots=True)
class Stamp:
    """A recording's timestamp or a caption's cue that opens a paragraph, no brackets round it, as written ("00:00:20",
    "2 00:00:05,500 --> 00:00:09,000"): the time the words start in the recording."""

    text: str
    span: Span


@assigning_init
@dataclass(frozen=True, slots=True)
class Sign:
    """A transcript format's own sign, as written ("**", "# ", "<v John Smith>"'s parts, "</v>", "WEBVTT"): its
    layout, not its words (see ``signs``)."""

    text: str
    function: str  # what it does: "bold", "heading", "voice", "format"
    span: Span


@assigning_init
@dataclass(frozen=True, slots=True)
class Highlighted:
    """Words a format's signs set in bold or italics ("**Note:**", "*very*"), the signs among its content."""

    rend: str  # "bold" or "italic"
    content: tuple["Inline", ...]
    span: Span


Inline = Union[Text, Editorial, Unmatched, Time, Abbreviation, PersonName, PageBreak, LineBreak, Furniture, Quoted,
               Correction, Stamp, Sign, Highlighted]

# ----------------------------------------------------------------- block nodes


@assigning_init
@dataclass(frozen=True, slots=True)
class Paragraph:
    content: tuple[Inline, ...]
    span: Span
    n: str | None = None  # a printed paragraph number, e.g. "5."


@assigning_init
@dataclass(frozen=True, slots=True)
class Direction:
    """A paragraph that is one parenthesis: the record's note of what happened, not speech (TEI's stage); or a
    broadcast script's cue for a sound or music (its ``type``)."""

    content: tuple[Inline, ...]
    span: Span
    type: str | None = None  # "sound", "music"


@assigning_init
@dataclass(frozen=True, slots=True)
class Item:
    label: str  # as printed: "1.", "2/", "SUBJECT:"
    n: str  # the number ("" for a field)
    content: tuple[Inline, ...]
    span: Span
    before: tuple["Milestone", ...] = ()  # lines numbered in the margin since the item before it


@assigning_init
@dataclass(frozen=True, slots=True)
class ItemList:
    items: tuple[Item, ...]
    span: Span
    # Quotation marks that open and close the whole list ('"' … '"'), if any.
    quote: tuple[str, str] | None = None
    # "ordered" (numbered items), "bulleted" (each item's label the sign it opens with, "-", "•"), or "fields": a
    # memorandum's heading fields, each item's label its field's name; or "simple": a label's lines set under it, an
    # item a line with no label of its own ("CONTENTS:" / "  Adoption of the agenda" / …), the label its head.
    kind: str = "ordered"
    head: tuple["Inline", ...] = ()


@assigning_init
@dataclass(frozen=True, slots=True)
class Columns:
    """Lines set in columns (a log's, a vote's), a row each: each row's cells, each cell's content."""

    rows: tuple[tuple[tuple[Inline, ...], ...], ...]
    span: Span


@assigning_init
@dataclass(frozen=True, slots=True)
class Speaker:
    written: str  # the name as written, with its delimiter if any ("STALIN."); MILESTONE where one stands
    person: str  # register id
    span: Span
    milestones: tuple["Milestone", ...] = ()  # a name run over lines numbered in the margin
    corrections: tuple[tuple[str, str], ...] = ()  # the sidecar's corrections of slips in the label: (sic, corr)
    others: tuple[str, ...] = ()  # those who speak with ``person`` (register ids): "Mr. BELAUNDE (Peru) and Mr. SANTA
    # CRUZ (Chile) associated themselves …", one turn of both


@assigning_init
@dataclass(frozen=True, slots=True)
class Turn:
    speaker: Speaker
    blocks: tuple["Block", ...]
    span: Span
    rule: str  # which turn rule matched: provenance for the editor
    certainty: str  # "high", "medium" or "low"
    number: str | None = None  # printed paragraph number before the speaker
    lead: tuple["Inline", ...] = ()  # a recording's timestamp before the speaker's name ([00:12:05] )
    # Where in the speaker's label a recording's offset stands ("Speaker 2 1:04", "Speaker 2 (01:04):").
    stamp: tuple[int, int] | None = None


@assigning_init
@dataclass(frozen=True, slots=True)
class Participants:
    head: str
    groups: tuple[tuple[Inline, ...], ...]
    span: Span
    # "participants", or "absent": those a minute lists as not there ("Apologies:", "Absent:", "Regrets:"), who took
    # no part (the header lists them apart, ``Edition.absent``).
    kind: str = "participants"


@assigning_init
@dataclass(frozen=True, slots=True)
class Heading:
    content: tuple[Inline, ...]
    span: Span
    kind: str  # "title", "topic", "subject" (a topic's part: a parliament's question), "dateline", "classification"


@assigning_init
@dataclass(frozen=True, slots=True)
class Address:
    """A letter's inside address above its greeting, a line each (milestones between its lines kept there)."""

    lines: tuple[Union[tuple["Inline", ...], "Milestone"], ...]
    span: Span


@assigning_init
@dataclass(frozen=True, slots=True)
class Signed:
    label: str | None
    content: tuple[Inline, ...]
    span: Span


@assigning_init
@dataclass(frozen=True, slots=True)
class Closer:
    signatures: tuple[Signed, ...]
    span: Span
    salute: tuple["Inline", ...] = ()  # a letter's leave-taking before the signatures ("Yours sincerely,")
    addressee: tuple["Inline", ...] = ()  # a despatch's addressee at its foot ("The Right Honourable" / "A. Creech …")


@assigning_init
@dataclass(frozen=True, slots=True)
class Footnote:
    n: str
    content: tuple[Inline, ...]
    span: Span
    label: str | None = None  # its number as printed, where that is not ``n`` alone ("1.", "[1]")


@assigning_init
@dataclass(frozen=True, slots=True)
class Postscript:
    """A letter's afterthought, after its closing."""

    blocks: tuple[Union[Paragraph, PageBreak, LineBreak, Furniture], ...]
    span: Span


@assigning_init
@dataclass(frozen=True, slots=True)
class QuotedText:
    """A text the record quotes whole between its own marks ("Begin text." … "End text."): a letter a telegram
    carries, its paragraphs and lists, nobody's turns."""

    blocks: tuple["Block", ...]
    span: Span


Block = Union[Paragraph, Direction, ItemList, Columns, Turn, Participants, Heading, Address, Closer, Postscript,
              PageBreak, LineBreak, Furniture, Footnote, QuotedText, Sign]
# (a Sign: a caption file's signature, "WEBVTT"; Columns: lines set in columns, a table)

# --------------------------------------------------------------- the document


@assigning_init
@dataclass(frozen=True, slots=True)
class Person:
    id: str
    names: tuple[str, ...]  # as written in the text and the register
    full_name: str | None = None
    role: str | None = None
    sex: str | None = None
    derived: bool = False  # True when the encoder made the id, not the register
    group: bool = False  # members speaking together ("Honorable Members"): TEI's personGrp


@dataclass(frozen=True)
class Edition:
    metadata: Any  # tei.metadata.Metadata
    blocks: tuple[Block, ...]
    persons: tuple[Person, ...]
    conventions_used: tuple[str, ...]
    # What follows the record: footnotes and archival references, in source order.
    # (a page turn, a numbered line before a note)
    back: tuple[Union[Footnote, Paragraph, Heading, PageBreak, LineBreak, Furniture], ...] = field(default=())
    transcript: str | None = None  # the transcript's file name (no folder), for the record
    numbered_lines: bool = False  # the transcript numbers its lines in the margin (lb n)
    furnished: bool = False  # the transcript's pages print running heads or feet, or their numbers (fw)
    hyphenated: bool = False  # a word is broken by a hyphen at a line's end (lb break="no")
    # The text's language: the sidecar's, else identified from the text ("identified"), else English ("assumed").
    language: str = "en"
    language_from: str = "sidecar"
    notes_at_foot: bool = False  # notes printed at pages' feet inside the record are notes where they stand
    format_signs: bool = False  # the transcript's format marks its layout with signs of its own (metamark)
    unspaced_lines: bool = False  # lines of Chinese or Japanese run on without a space (lb break="no")
    # A person the office alone made before the record named its holder → the holder ("The President" above
    # "President Nixon"): the blocks keep the first id, the markup writes the second.
    same_as: dict[str, str] = field(default_factory=dict)
    # The lines of the record's head, before its first turn, unit by unit: what it calls itself there is its title
    # where nothing else gives one (tei.titles).
    head: tuple[tuple[str, ...], ...] = ()
    corrected: bool = False  # a correction of the sidecar's or the collection's was made in the text
    struck: bool = False  # words struck through are marked (del), their signs kept (metamark)
    # The persons listed only as absent ("Apologies: Mr K. Black"), neither among those present nor speaking: the
    # header lists them apart from those who took part (listPerson type="absent").
    absent: frozenset[str] = frozenset()
