"""Metadata and the edition's findings → ``teiHeader``.

What the header states, and where (TEI Guidelines, HD): the title and who did
what (titleStmt, HD.html#HD21), the archival source and the publication the
transcript comes from (sourceDesc, HD.html#HD3), every convention the encoder
applied and how it reads brackets (encodingDesc/editorialDecl, HD.html#HD53),
the tool (appInfo, HD.html#HD57), and the date, languages and people of the
conversation (profileDesc, HD.html#HD4). No clock, host or path goes in.
"""

from __future__ import annotations

import re

from lxml import etree

from . import ids, rules
from .conventions import Table
from .metadata import Metadata
from .dates import read_date, running_head_date, spelled_date
from .titles import meeting_title, named_in_head
from .model import Edition, Furniture, Heading, ItemList, Paragraph, Person, PersonName, Text, Time, Turn
from .speakers import EXAMINATION, LINE_LABEL_RULES, REPORTED_WITHIN, nickname_apart
from .ns import XML_ID, tei

TOOL_IDENT = "tei-encoder"

LANGUAGES = {"en": "English", "ru": "Russian", "zh": "Chinese", "de": "German", "fr": "French", "ja": "Japanese",
             "es": "Spanish", "it": "Italian", "pt": "Portuguese", "vi": "Vietnamese", "ko": "Korean",
             "pl": "Polish", "cs": "Czech", "hu": "Hungarian", "ar": "Arabic", "hi": "Hindi", "id": "Indonesian",
             "uk": "Ukrainian", "nl": "Dutch", "sv": "Swedish", "fi": "Finnish", "ro": "Romanian", "el": "Greek",
             "he": "Hebrew", "et": "Estonian", "da": "Danish", "no": "Norwegian", "tr": "Turkish", "cy": "Welsh"}

NORMALISATION = (
    "The transcript was decoded as UTF-8 (a byte-order mark, if any, dropped), line ends were made LF and "
    "the text put in Unicode NFC. Runs of white space inside a paragraph are one space. No word was changed."
)
SEGMENTATION = (
    "Hard-wrapped lines are joined into paragraphs with a single space. A blank line, or a short line ending a "
    "sentence before a line that opens a new block, ends a paragraph. A longer run of blank lines, or a form "
    "feed, is a page turn, encoded as pb where the page turns, also inside a paragraph that runs on."
)
NUMBERED_LINES = (
    "The transcript numbers its lines in the margin, from 1 on each page, as court reporters do: each number "
    "is lb/@n where its line begins (a blank line's too), not a word of the text. There the numbers, not runs "
    "of blank lines, say where a page turns; a page's number printed above its first line is pb/@n and is "
    "kept, as printed, in fw type=\"pageNum\"."
)
FURNITURE = (
    "Lines that the pages print beside the text were found where they stand at the head or foot of two pages "
    "or more: a page's number alone on its line, where the numbers run on as the pages do (marked as one, "
    "between dashes or after the word page, on one page too, the page turning there, in a block's middle "
    "too), and a line that "
    "half the pages at least repeat there, digits aside (a classification, a running title, \"Page 3 of 9\"). "
    "They are kept where they stand, as printed, in fw (type pageNum, header or footer), not as words of the "
    "text; a page's printed number is the pb/@n of the page turn before it."
)
LETTERHEAD = (
    "The lines in capitals above the record's title that name an office and its place, and no record (\"THE "
    "WHITE HOUSE\" / \"WASHINGTON\"), are the paper's printed letterhead: fw type=\"letterhead\", its lines "
    "as printed, lb between them."
)
NOTES_AT_FOOT = (
    "Notes printed at the foot of a page inside the record, each opening with the number of a marker of that "
    "page, are note elements where they stand, before the page's pb; a paragraph that ran on across that page "
    "ends before them. So are notes printed above the record's closing. The k-th marker of a number points at "
    "the k-th note of that number (fn1, fn1-2, ...)."
)
UNSPACED_LINES = (
    "Lines of Chinese or Japanese, which space no words, run on without a space where the transcript broke them; "
    "lb break=\"no\" marks where the line turned."
)
HYPHENATION = (
    "A word broken by a hyphen or a soft hyphen at a line's end (a letter or a digit, the hyphen, and a letter or "
    "a digit at the next line's start) runs on without a space, lb break=\"no\" where the line turned; the "
    "hyphen is kept, as it may be the word's own (\"well-known\", \"Sino-Soviet\")."
)
FORMAT_SIGNS = (
    "The signs with which the transcript's format sets out its layout (Markdown's bold, emphasis and headings, "
    "a WebVTT caption file's voices and its first line) are kept as written, each in metamark, its function "
    "what the sign does (bold, emphasis, heading, voice, format): they are not words of the text."
)
STRUCK = (
    "Words the transcript strikes through (between Markdown's tildes, ~~…~~, or an HTML tag's pair, <del>…</del>) "
    "are in del rend=\"strikethrough\", the signs kept as written, each in metamark, its function strikethrough."
)
TURNS = (
    "Speaker turns were identified by the encoder: a person's name at the start of a paragraph followed by a "
    "verb of speaking, a colon or a full stop, or a name that the register declares. The name as written is "
    "kept in speaker; sp/@who points at the person in particDesc. Paragraphs that follow a turn without naming "
    "a new speaker continue it. Turns found by weaker evidence carry @cert (medium or low) for review; people "
    "whose identifiers the encoder derived from a name, rather than read from the register, carry "
    "@resp=\"#encoder\"."
)
LINE_LABELS = (
    "Some speakers' names stand on a line of their own above the speech, as recording services and "
    "interviews set them: with the offset into the recording, kept in speaker as seg type=\"timestamp\", or "
    "in capitals. Such a name opens a turn when it is used more than once (in capitals, when two speakers at "
    "least are so named and one is surely a person, by a role, a title or the register)."
)
JOINT_TURNS = (
    "A turn that two or more speak together (\"Mr. A and Mr. B associated themselves with …\") points at each of "
    "them, its @who naming them in the order written."
)
EXAMINATION_TURNS = (
    "In the court's examination of a witness, a question (Q.) is a turn of the examiner whom the last "
    "line \"BY …:\" names, and an answer (A.) a turn of the witness, whom \"THE WITNESS:\" names too, "
    "by name once a line swears the witness in (\"MARY JONES, called as a witness, …\"); the letter is "
    "kept in speaker."
)
REPORTED_TURNS = (
    "Some speakers are named within a paragraph's first sentence, not at its start (as in \"When the Ambassador "
    "finished, the Minister, after expressing thanks, said: …\" or \"The talks, continued the Minister, …\"): "
    "the paragraph opens that person's turn, which has no speaker of its own, the name being the sentence's words; "
    "it carries @cert=\"medium\"."
)
UNMATCHED = (
    "A square bracket without its partner (never closed, closed without being opened, or empty) is kept as "
    "written inside sic; the encoder does not guess where the insertion ends."
)
CORRECTIONS = (
    "Slips of the source are kept as written (sic) with the editor's correction beside them (corr), only "
    "where the editor declared the correction; nothing is corrected silently."
)


def build_header(edition: Edition, version: str) -> etree._Element:
    meta: Metadata = edition.metadata
    header = etree.Element(tei("teiHeader"))
    header.append(_file_desc(edition, meta))
    header.append(_encoding_desc(edition, meta, version))
    header.append(_profile_desc(edition, meta))
    return header


def _sub(parent: etree._Element, tag: str, text: str | None = None, **attributes: str | None) -> etree._Element:
    element = etree.SubElement(parent, tei(tag))
    for key, value in attributes.items():
        if value:
            element.set(key.replace("_", ""), value)
    if text is not None:
        element.text = text
    return element


_SUBJECT = re.compile(rules.MARKDOWN_BOLD + r"(?:SUBJECT|SUBJ|RE|BETREFF|OBJET|ТЕМА)" + rules.MARKDOWN_BOLD
                      + r"\s?\.?\s*:" + rules.MARKDOWN_BOLD, re.IGNORECASE)  # (in Markdown's bold too: "**Subject:**")


def document_title(edition: Edition) -> str:
    from .model import MILESTONES, Address

    if edition.metadata.title:
        return edition.metadata.title
    for block in edition.blocks[:_OPENING]:  # a cabinet's conclusions, named by their opening sentence
        if type(block) is Turn:
            break
        if isinstance(block, Heading) or type(block) is Paragraph:
            title = meeting_title(_words(block.content))
            if title is not None:
                return title
    titles = []
    for block in edition.blocks:  # the record's titles, with the opening's parts between them
        if isinstance(block, Heading) and block.kind == "title":
            # (its words: a Markdown heading's signs, "# Record of …", are signs of their own)
            titles.append(_words(block.content).strip())
        elif not (isinstance(block, (Address, *MILESTONES)) or isinstance(block, Heading) and block.kind in (
                "dateline", "classification", "salute", "reference")):
            break
    if titles:
        return " — ".join(titles)
    for block in edition.blocks:  # else a memorandum's subject, from its heading fields
        if isinstance(block, ItemList) and block.kind == "fields":
            for item in block.items:
                subject = " ".join(_words(item.content).split())
                if subject and _SUBJECT.fullmatch(item.label):
                    return subject
    return named_in_head(edition.head) or "Untitled record"  # else what its head calls it


def _words(content: tuple) -> str:
    """A heading's or a field's words: its text, times and names as written (a Markdown heading's signs, "# Record
    of …", are signs of their own, and a time's words had been left out: "… AT  A.M.")."""
    return "".join(node.text for node in content if isinstance(node, (Text, Time, PersonName)))


def stated_date(edition: Edition) -> str | None:
    """The date the record states where it opens (its dateline, its date field, its title, a short line before the
    first turn: "TUESDAY, MARCH 14, 1978") or in its closing dateline, as ISO 8601: the record's date where no sidecar
    gives one."""
    blocks = edition.blocks
    in_a_sentence = None  # (a date a sentence of the record states, "The exercise will take place from 7 to 11
    # November 1983.": the record's own only where no line of its head states one)
    for block in blocks[:_OPENING]:
        if type(block) is Turn:
            break
        stated = None
        if isinstance(block, Heading) or type(block) is Paragraph and len(block.content) < 8:
            words = _words(block.content)
            stated = read_date(words) if len(words) <= 160 or len(words) <= 400 and (
                _MEETING_HELD in words or meeting_title(words) is not None) else None
            if stated is not None and type(block) is Paragraph and words.endswith(".") and words.count(" ") > 5:
                in_a_sentence, stated = in_a_sentence or stated, None
        elif type(block) is Furniture and block.kind == "header" and block.text[:1].isdigit():
            stated = running_head_date(block.text)  # a court reporter's running head, the day's: "1 Dec. 45"
        elif isinstance(block, ItemList) and block.kind == "fields":
            stated = next((read_date(_words(item.content)) for item in block.items
                           if _DATE_FIELD.match(item.label)), None)
        if stated is not None:
            return stated
    for block in reversed(blocks):  # (a closing dateline stands after the last turn)
        if type(block) is Turn:
            break
        if isinstance(block, Heading) and block.kind == "closing-dateline":
            return read_date(_words(block.content)) or in_a_sentence
    return in_a_sentence


# A minute's opening sentence that says where and when the meeting was held, longer than a dateline: "MINUTES of the
# … General Meeting of the Company held at the Midland Hotel, …, on Friday, the 15th day of December, 1950, at 3 p.m."
_MEETING_HELD = " held at "
_OPENING = 12  # blocks: how far a record's opening may run (its title, dateline, fields, participants)
_DATE_FIELD = re.compile(rules.MARKDOWN_BOLD + r"(?:DATE(?: OF \w+)?|ON|DATUM|FECHA|ДАТА|DATE AND TIME|"
                         r"DATE, TIME(?: AND|,) PLACE|时间|時間|日期|日時|일\s*시)" + rules.MARKDOWN_BOLD + r"\s*[:：]",
                         re.IGNORECASE)


def _file_desc(edition: Edition, meta: Metadata) -> etree._Element:
    file_desc = etree.Element(tei("fileDesc"))
    title_stmt = _sub(file_desc, "titleStmt")
    _sub(title_stmt, "title", document_title(edition))
    for resp in meta.responsibilities:
        stmt = _sub(title_stmt, "respStmt")
        stmt.set(XML_ID, resp.id)
        _sub(stmt, "resp", resp.role)
        for name in resp.names or ("unnamed",):
            _sub(stmt, "persName", name)
    if edition.corrected and meta.responsibility(ids.EDITOR) is None:  # (not every record of a collection whose
        # file declares corrections has one made: each had been credited with "Corrections: the editor")
        stmt = _sub(title_stmt, "respStmt")
        stmt.set(XML_ID, ids.EDITOR)
        _sub(stmt, "resp", "Corrections")
        _sub(stmt, "name", "the editor")

    publication = _sub(file_desc, "publicationStmt")
    statement = _sub(publication, "p", f"Encoded in TEI P5 by {TOOL_IDENT} from the plain-text transcript ")
    read = (f" and its sidecar {meta.sidecar}" if meta.sidecar else "") + (
        f", with its collection's {meta.collection}" if meta.collection else "") + "."
    if edition.transcript:
        # Its file's name, not a link: read from the edition's folder, a link "x.txt" led to the text edition of the
        # same name beside it (tei build), and where the edition goes is not the encoder's to know.
        idno = _sub(statement, "idno", edition.transcript, type="transcript")
        idno.tail = read
    else:
        statement.text += "given on standard input" + read

    source_desc = _sub(file_desc, "sourceDesc")
    described = False
    if meta.repository or meta.identifiers:
        ms = _sub(source_desc, "msDesc")
        ident = _sub(ms, "msIdentifier")
        if meta.settlement:
            _sub(ident, "settlement", meta.settlement)
        _sub(ident, "repository", meta.repository or "unknown repository")
        for kind, value in meta.identifiers:
            _sub(ident, "idno", value, type=kind)
        described = True
    if meta.publisher or meta.publication_title or meta.publication_idno:
        bibl = _sub(source_desc, "bibl")
        _sub(bibl, "title", meta.publication_title or document_title(edition))
        for resp in meta.responsibilities:
            stmt = _sub(bibl, "respStmt")
            _sub(stmt, "resp", resp.role)
            for name in resp.names:
                _sub(stmt, "persName", name)
        if meta.publisher:
            _sub(bibl, "publisher", meta.publisher)
        if meta.publication_idno:
            _sub(bibl, "idno", meta.publication_idno, type="document")
        described = True
    if not described:
        _sub(source_desc, "p", "A plain-text transcript; its source was not described in a sidecar.")
    return file_desc


def _encoding_desc(edition: Edition, meta: Metadata, version: str) -> etree._Element:
    encoding = etree.Element(tei("encodingDesc"))
    app_info = _sub(encoding, "appInfo")
    application = _sub(app_info, "application", ident=TOOL_IDENT, version=version)
    application.set(XML_ID, ids.ENCODER)
    _sub(application, "label", "TEI critical-edition encoder")

    decl = _sub(encoding, "editorialDecl")
    _sub(_sub(decl, "normalization"), "p", NORMALISATION)
    segmentation = _sub(decl, "segmentation")
    _sub(segmentation, "p", SEGMENTATION)
    if edition.numbered_lines:
        _sub(segmentation, "p", NUMBERED_LINES)
    if edition.furnished:
        _sub(segmentation, "p", FURNITURE)
    if any(type(block) is Furniture and block.kind == "letterhead" for block in edition.blocks[:2]):
        _sub(segmentation, "p", LETTERHEAD)
    if edition.notes_at_foot:
        _sub(segmentation, "p", NOTES_AT_FOOT)
    if edition.hyphenated:
        _sub(segmentation, "p", HYPHENATION)
    if edition.unspaced_lines:
        _sub(segmentation, "p", UNSPACED_LINES)
    if edition.format_signs:
        _sub(segmentation, "p", FORMAT_SIGNS)
    if edition.struck:
        _sub(segmentation, "p", STRUCK)
    if edition.corrected:
        _sub(_sub(decl, "correction"), "p", CORRECTIONS)
    turns = _sub(decl, "interpretation")
    turns.set(XML_ID, ids.TURNS)
    _sub(turns, "p", TURNS)
    if any(type(block) is Turn and block.rule in LINE_LABEL_RULES for block in edition.blocks):
        _sub(turns, "p", LINE_LABELS)
    if any(type(block) is Turn and block.speaker.others for block in edition.blocks):
        _sub(turns, "p", JOINT_TURNS)
    if any(type(block) is Turn and block.rule == EXAMINATION.rule for block in edition.blocks):
        _sub(turns, "p", EXAMINATION_TURNS)
    if any(type(block) is Turn and block.rule == REPORTED_WITHIN.rule for block in edition.blocks):
        _sub(turns, "p", REPORTED_TURNS)
    table: Table = meta.table
    for row in table.rows:
        if row.name in edition.conventions_used:
            part = _sub(decl, "interpretation", n=row.name)
            part.set(XML_ID, convention_id(row.name))
            _sub(part, "p", row.description)
    if "unmatched" in edition.conventions_used:
        part = _sub(decl, "interpretation", n="unmatched")
        part.set(XML_ID, convention_id("unmatched"))
        _sub(part, "p", UNMATCHED)
    return encoding


def convention_id(name: str) -> str:
    return f"conv-{name}"


def _profile_desc(edition: Edition, meta: Metadata) -> etree._Element:
    profile = etree.Element(tei("profileDesc"))
    if meta.summary:
        _sub(_sub(profile, "abstract"), "p", meta.summary)
    stated = None if meta.date else stated_date(edition)
    if meta.date or meta.place or stated:
        creation = _sub(profile, "creation")
        if meta.date or stated:
            value = meta.date or stated
            if "/" in value:  # days of a meeting ("24-26 May 1958"): from the first, to the last
                first, _, last = value.partition("/")
                date = _sub(creation, "date", spelled_date(value), **{"from": first, "to": last})
            else:
                date = _sub(creation, "date", spelled_date(value), when=value)
            if stated:  # read from the text, not given by the sidecar
                date.set("resp", "#" + ids.ENCODER)
                date.set("evidence", "internal")
            if meta.place:
                date.tail = ", "
        if meta.place:
            _sub(creation, "placeName", meta.place)
    usage = _sub(profile, "langUsage")
    language = edition.language
    _sub(usage, "language", _language(language) + (" (translation)" if meta.original_language else "")
         + _LANGUAGE_FROM[edition.language_from], ident=language)
    if meta.original_language and meta.original_language != language:
        _sub(usage, "language", _language(meta.original_language) + " (original)", ident=meta.original_language)
    if edition.persons:
        partic = _sub(profile, "particDesc")
        people = _sub(partic, "listPerson")
        absent = None  # (those a minute lists as absent, apart: they took no part)
        for person in edition.persons:
            if person.id in edition.absent:
                if absent is None:
                    absent = etree.Element(tei("listPerson"), type="absent")
                absent.append(_person(person))
            else:
                people.append(_person(person))
        if absent is not None:
            if len(people):
                partic.append(absent)
            else:  # (no one else: the one list, of the absent)
                partic.replace(people, absent)
    return profile


def _person(person: Person) -> etree._Element:
    element = etree.Element(tei("personGrp" if person.group else "person"))
    element.set(XML_ID, person.id)
    if person.derived:
        element.set("resp", "#encoder")
    if person.sex:
        element.set("sex", person.sex)
    names = ([person.full_name] if person.full_name else []) + [n for n in person.names if n != person.full_name]
    for index, name in enumerate(names or [person.id]):
        _sub(element, "persName", name, type="full" if person.full_name and index == 0 else None)
    nicknames = {nicknamed[0] for name in names if (nicknamed := nickname_apart(name)) is not None}
    for nickname in sorted(nicknames):  # ('Ernesto "Che" Guevara': the nickname, marked, beside the name as written)
        _sub(element, "persName", nickname, type="nickname")
    if person.role:
        _sub(element, "note", person.role, type="role")
    return element


# How the text's language was known, when no sidecar stated it.
_LANGUAGE_FROM = {"sidecar": "", "identified": " (identified from the text by the encoder)",
                  "assumed": " (assumed: no sidecar names the language and the text does not tell it)"}


def _language(code: str) -> str:
    return LANGUAGES.get(code.split("-")[0], code)
