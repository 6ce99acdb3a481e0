"""The sidecar (TOML) → ``Metadata``: what the transcript itself does not say.

The sidecar sits next to the transcript under the same stem
(``seeds/x.txt`` → ``seeds/x.toml``) or is named with ``--meta``. Every field
is optional: without a sidecar the encoder still writes a valid document from
what the text says. Mistakes in it are errors with the sidecar's line and
column; unknown keys are warnings, since they are usually typos.

A collection file (``collection.toml`` beside the transcripts) holds what the
records of a collection share — the archive, the publisher, the translators,
the bracket conventions, and the register of persons, kept once for thousands
of records. Each record's sidecar is read on top of it. It is read strictly
(an unknown key is an error: a typo there would go unseen in every record).
"""

from __future__ import annotations

import codecs
import datetime
import functools
import itertools
import os
import re
import tomllib
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Iterator

from . import ids
from .conventions import DEFAULT_TABLE, Table, extend
from .diagnostics import Diagnostic, InputError, Position, Severity, error
from .inline import Corrections
from .persons import RegisterEntry
from .source import byte_position
from .xmlio import NCNAME, NOT_XML_CHARACTER


@dataclass(frozen=True)
class Responsibility:
    id: str
    role: str
    names: tuple[str, ...]


@dataclass(frozen=True)
class Metadata:
    title: str | None = None
    date: str | None = None  # ISO 8601: 1952-09-19
    place: str | None = None
    language: str | None = None  # None: not stated (the encoder identifies it from the text)
    original_language: str | None = None
    summary: str | None = None
    repository: str | None = None
    settlement: str | None = None
    identifiers: tuple[tuple[str, str], ...] = ()  # ordered (type, value): fond, opis, delo …
    publisher: str | None = None
    publication_title: str | None = None
    publication_idno: str | None = None
    responsibilities: tuple[Responsibility, ...] = ()
    register: tuple[RegisterEntry, ...] = ()  # the sidecar's own
    # The collection file's, listed in a record's header only for the persons it names (the same tuple
    # for every record of a collection: its index is made once).
    shared_register: tuple[RegisterEntry, ...] = ()
    table: Table = field(default_factory=Table)
    corrections: Corrections = field(default_factory=Corrections)
    page_break_blank_lines: int | None = None  # None: inferred from the text
    first_page: int = 1
    sidecar: str | None = None  # the sidecar's file name, for the record
    collection: str | None = None  # the collection file's name, when the record inherits one
    encoding: str | None = None  # the transcript's, when it is not UTF-8 and has no BOM (a codec name)
    # The collection's: read only a transcript that is not UTF-8 (a folder may hold both).
    fallback_encoding: str | None = None
    warnings: tuple[Diagnostic, ...] = ()

    def responsibility(self, ident: str) -> Responsibility | None:
        return next((r for r in self.responsibilities if r.id == ident), None)


# key → expected type, per table; "person" etc. are arrays of tables.
_TOP = {"title": str, "date": str, "place": str, "language": str, "original_language": str,
        "summary": str, "encoding": str, "source": dict, "publication": dict, "responsibility": list,
        "person": list, "conventions": dict, "correction": list}
_SOURCE = {"repository": str, "settlement": str, "identifiers": dict}
_PUBLICATION = {"publisher": str, "title": str, "idno": str}
_RESPONSIBILITY = {"id": str, "role": str, "names": list}
_PERSON = {"id": str, "name": str, "full_name": str, "aliases": list, "role": str, "sex": str}
_CONVENTIONS = {"page_break_blank_lines": int, "first_page": int, "brackets": dict, "bracket": list}
_BRACKET = {"name": str, "match": str, "as": str, "element": str, "attributes": dict,
            "description": str, "resp": str, "cert": str, "examples": list}
_CORRECTION = {"sic": str, "corr": str, "context": str}

_DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")
_TOML_POSITION = re.compile(r"\(at line (\d+), column (\d+)\)")


class _Checker:
    """Type checks with positions found by looking the key up in the TOML text."""

    def __init__(self, text: str, name: str, strict: bool = False) -> None:
        self.lines = text.splitlines()
        self.name = name
        self.strict = strict  # an unknown key is an error (a collection file's)
        self.what, self.code = _KINDS[strict]
        self.warnings: list[Diagnostic] = []
        self.errors: list[Diagnostic] = []
        self._headers: dict[str, list[int]] = {}  # a table's name → the line index of each of its headers

    def where(self, key: str, after: int = 0) -> tuple[int | None, int | None]:
        """The key's line and column: its first from line index ``after`` (an entry's header), else its first."""
        pattern = re.compile(rf"^\s*\"?{re.escape(key)}\"?\s*=|^\s*\[+\s*(?:[\w.]+\.)?{re.escape(key)}\s*\]+")
        for number, line in itertools.chain(enumerate(self.lines[after:], after + 1), enumerate(self.lines[:after], 1)):
            match = pattern.search(line)
            if match:
                return number, match.start() + len(line[match.start():]) - len(line[match.start():].lstrip()) + 1
        # A key of an inline table: attributes = {type = "…"}.
        inline = re.compile(rf"[{{,]\s*(\"?{re.escape(key)}\"?\s*=)")
        for number, line in enumerate(self.lines, 1):
            match = inline.search(line)
            if match:
                return number, match.start(1) + 1
        return None, None

    def where_value(self, key: str, value: str, occurrence: int) -> tuple[int | None, int | None]:
        """The line of the n-th ``key = "value"`` (1-based), for duplicates."""
        pattern = re.compile(rf"^(\s*){re.escape(key)}\s*=\s*[\"']{re.escape(value)}[\"']")
        seen = 0
        for number, line in enumerate(self.lines, 1):
            match = pattern.match(line)
            if match:
                seen += 1
                if seen == occurrence:
                    return number, len(match.group(1)) + 1
        return None, None

    def refuse(self, key: str, message: str, hint: str | None = None, after: int = 0) -> None:
        """Note a mistake at its key and read on: one run names every mistake of the file, not its first alone."""
        line, column = self.where(key, after)
        self.errors.append(error(f"{self.code}-field", message, self.name, line, column, hint))

    def refuse_at(self, line: int | None, column: int | None, message: str, hint: str) -> None:
        self.errors.append(error(f"{self.code}-field", message, self.name, line, column, hint))

    def entry_checked(self, item: object, spec: dict, where: str, after: int) -> dict | None:
        """An entry of an array of tables, checked; None if it has a mistake, which is noted (read on, it
        would be named again as a missing key)."""
        noted = len(self.errors)
        if not isinstance(item, dict):
            self.refuse(where, f"each {where} entry must be a table ([[{where}]])", after=after)
            return None
        item = self.check(item, spec, where, after)
        return item if len(self.errors) == noted else None

    def entries(self, items: list, spec: dict, where: str) -> Iterator[tuple[dict, int]]:
        """Each entry of an array of tables ``[[where]]`` that has no mistake of its own (those are noted), with
        its header's line index."""
        for number, item in enumerate(items):
            after = self.entry(where, number)
            item = self.entry_checked(item, spec, where, after)
            if item is not None:
                yield item, after

    def raise_errors(self) -> None:
        if self.errors:  # (with the warnings, which had been seen only once the errors were mended)
            raise InputError(*sorted([*self.errors, *self.warnings],
                                     key=lambda d: (d.position.line, d.position.column)
                                     if d.position else (len(self.lines) + 1, 0)))

    def entry(self, table: str, number: int = 0) -> int:
        """The line index of the header of the ``number``-th (from 0) ``[[table]]``, or of ``[table]``:
        its keys are below it (0 for a table written inline)."""
        headers = self._headers.get(table)
        if headers is None:  # (found once for each table: a register of 2,000 persons had read its lines for each)
            header = re.compile(rf"^\s*\[\[?\s*{re.escape(table)}\s*\]\]?")
            headers = self._headers[table] = [index for index, line in enumerate(self.lines) if header.match(line)]
        return headers[number] if number < len(headers) else 0

    def check(self, table: dict, spec: dict, where: str, after: int = 0) -> dict:
        """The table's keys that are known and of their type; each other one is noted and left out."""
        kept = {}
        for key, value in table.items():
            if key not in spec:
                if self.strict:
                    known = sorted(k for k in spec if spec is not _TOP or k not in _RECORD_ONLY)
                    self.refuse(key, f"unknown key {key!r} in {where}", f"known keys: {', '.join(known)}", after)
                    continue
                line, column = self.where(key, after)
                self.warnings.append(Diagnostic(
                    "sidecar-unknown-key", Severity.WARNING, f"unknown key {key!r} in {where}; ignored",
                    self.name, Position(line, column or 1) if line else None,
                    f"known keys: {', '.join(sorted(spec))}"))
                continue
            expected = spec[key]
            if not isinstance(value, expected) or (expected is int and isinstance(value, bool)):
                named = key if where == self.what else f"{where}.{key}"
                self.refuse(key, f"{named} must be {_type_name(expected)}, not {_type_name(type(value))}", after=after)
                continue
            kept[key] = value
        return kept


def _type_name(kind: type) -> str:
    return {str: "a string", int: "a whole number", list: "an array", dict: "a table",
            bool: "true or false", float: "a number"}.get(kind, kind.__name__)


SIDECAR_SUFFIX = ".toml"
COLLECTION_FILE = "collection.toml"
# How messages name the file, and their codes' prefix: a record's sidecar (False), the collection file (True).
_KINDS = {False: ("sidecar", "sidecar"), True: ("collection file", "collection")}
# Facts of one record: a collection file may not give them to all its records (its title names the collection).
_RECORD_ONLY = ("date", "summary")


def find_sidecar(source: Path) -> Path | None:
    """The sidecar beside the transcript; one that is there but no file (a folder, a link to nothing) too, so that
    reading it fails with its name, where the record had been built without it and without a word."""
    candidate = source.with_suffix(SIDECAR_SUFFIX)
    return candidate if os.path.lexists(candidate) else None


def find_collection(source: Path) -> Path | None:
    """The collection file of the transcript's folder; not for a transcript whose sidecar it would be
    (``collection.txt``, which a build refuses)."""
    candidate = source.parent / COLLECTION_FILE
    if source.with_suffix(SIDECAR_SUFFIX).name == COLLECTION_FILE or not candidate.is_file():
        return None
    return candidate


def load(path: Path | None, collection: Metadata | None = None) -> Metadata:
    """Read a sidecar file, on top of the collection's metadata if there is one; ``None`` gives the
    collection's (or empty) metadata."""
    if path is None:
        return replace(parse("", COLLECTION_FILE, collection), sidecar=None) if collection else Metadata()
    return parse(_read(path, collection_file=False), str(path), collection)


def load_collection(path: Path) -> Metadata:
    """Read a collection file: every record of the folder inherits it."""
    return _parse_collection(_read(path, collection_file=True), str(path))


@functools.lru_cache(maxsize=4)
def _parse_collection(text: str, name: str) -> Metadata:
    # A build reads it once for each record: the same text is parsed once in each process.
    return parse(text, name, collection_file=True)


def _read(path: Path, collection_file: bool) -> str:
    what, code = _KINDS[collection_file]
    try:
        return path.read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise InputError(error(f"{code}-unreadable", f"cannot read {what}: {exc.strerror}", str(path))) from None
    except UnicodeDecodeError as exc:
        line, column = byte_position(exc.object, exc.start)
        raise InputError(error(f"{code}-not-utf8", f"{what} is not UTF-8: byte 0x{exc.object[exc.start]:02X} (byte "
                               f"offset {exc.start})", str(path), line, column,
                               hint=f"save the {what} as UTF-8")) from None


# The escapes of TOML's strings that can write a character XML cannot hold: "\u0001", "\U0000FFFF", "\b", "\f".
_CONTROL_ESCAPE = re.compile(r"\\[uUbf]")


def _refuse_characters_xml_forbids(check: _Checker, value: object, key: str) -> None:
    """Every string of the sidecar ends up in the edition: one XML cannot hold is refused here, at its key."""
    if isinstance(value, dict):
        for inner_key, inner in value.items():
            _refuse_characters_xml_forbids(check, inner_key, inner_key)
            _refuse_characters_xml_forbids(check, inner, inner_key)
    elif isinstance(value, list):
        for item in value:
            _refuse_characters_xml_forbids(check, item, key)
    elif isinstance(value, str):
        bad = NOT_XML_CHARACTER.search(value)  # a TOML escape (\u0001) can write one
        if bad:
            check.refuse(key, f"{key} holds the control character U+{ord(bad.group()):04X}, "
                              "which XML cannot hold", "remove it, or write the character it stands for")


def parse(text: str, name: str = "<sidecar>", collection: Metadata | None = None, *,
          collection_file: bool = False) -> Metadata:
    """A sidecar's metadata, on top of ``collection``'s: a field the sidecar sets is its own; the
    identifiers, responsibilities (by id), bracket conventions and corrections add to the collection's;
    its register stands beside the collection's (``shared_register``), without taking an id of it.
    ``collection_file``: this is the collection file itself (read strictly; its register's persons go
    into a record's header only when the record names them)."""
    base = collection or Metadata()
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        message = str(exc)
        match = _TOML_POSITION.search(message)
        if match:
            line, column = int(match.group(1)), int(match.group(2))
        else:  # "(at end of document)"
            lines = text.rstrip("\n").split("\n")
            line, column = len(lines), len(lines[-1]) + 1
        message = re.sub(r"\s*\(at (?:line \d+, column \d+|end of document)\)", "", message).strip()
        what, code = _KINDS[collection_file]
        raise InputError(error(f"{code}-toml", f"{what} is not valid TOML: {message}",
                               name, line, column, hint="see https://toml.io for the syntax")) from None
    check = _Checker(text, name, strict=collection_file)
    if _CONTROL_ESCAPE.search(text) or NOT_XML_CHARACTER.search(text):  # only these can bring one
        _refuse_characters_xml_forbids(check, data, "sidecar")
    data = check.check(data, _TOP, check.what)
    for key in _RECORD_ONLY if collection_file else ():
        if key in data:
            check.refuse(key, f"{key} describes one record, not a collection",
                         "give it in the record's own sidecar (x.toml beside x.txt)")
            del data[key]  # not read further: its value's mistakes would be named as well
    source = check.check(data.get("source", {}), _SOURCE, "source", check.entry("source"))
    publication = check.check(data.get("publication", {}), _PUBLICATION, "publication", check.entry("publication"))
    conventions = check.check(data.get("conventions", {}), _CONVENTIONS, "conventions", check.entry("conventions"))

    encoding = data.get("encoding")
    if encoding is not None:
        try:
            codecs.lookup(encoding)
        except LookupError:
            check.refuse("encoding", f"unknown encoding {encoding!r}",
                         "a Python codec name, such as cp1252, latin-1 or mac-roman")
            encoding = None

    date = data.get("date")
    if date is not None and not _is_iso_date(date):
        check.refuse("date", f"date {date!r} is not an ISO date", "write it as YYYY-MM-DD, YYYY-MM or YYYY")

    seen: dict[str, str] = {}  # the sidecar's ids (responsibilities' and persons'): each names one element
    # The collection's: a responsibility of the same id replaces the collection's; a person's id is the
    # collection's alone (one person, one id, in every record).
    shared_register = base.shared_register + base.register if base.shared_register else base.register
    inherited = {**{r.id: "responsibility" for r in base.responsibilities}, **{p.id: "person" for p in shared_register}}
    responsibilities = {r.id: r for r in base.responsibilities}
    for item, after in check.entries(data.get("responsibility", []), _RESPONSIBILITY, "responsibility"):
        ident = _own_ident(check, item.get("id"), "responsibility", seen, after)
        if ident is not None and _not_the_collections(check, ident, "responsibility", inherited, base):
            names = tuple(_strings(check, item.get("names", []), "names", after))
            responsibilities[ident] = Responsibility(ident, item.get("role", ident), names)

    register = []
    for item, after in check.entries(data.get("person", []), _PERSON, "person"):
        ident = _own_ident(check, item.get("id"), "person", seen, after)
        if ident is None or not _not_the_collections(check, ident, "person", inherited, base):
            continue
        if "name" not in item:
            check.refuse("person", f"person {ident!r} has no name", "add name = \"…\" as the text writes it", after)
            continue
        register.append(RegisterEntry(ident, item["name"], item.get("full_name"),
                                      tuple(_strings(check, item.get("aliases", []), "aliases", after)),
                                      item.get("role"), item.get("sex")))

    overrides = {}
    for literal, value in conventions.get("brackets", {}).items():
        if isinstance(value, str):
            overrides[str(literal)] = value
        else:
            check.refuse("brackets", f"conventions.brackets[{literal!r}] must name a convention")
    rows = [item for item, after in check.entries(conventions.get("bracket", []), _BRACKET, "conventions.bracket")
            if _bracket_row(check, item, after)]
    try:
        table = extend(base.table, rows, overrides)
    except KeyError as exc:
        names = ", ".join(row.name for row in DEFAULT_TABLE if row.opener)
        check.refuse("brackets", f"unknown bracket convention {exc.args[0]!r}", f"known: {names}")
    except ValueError as exc:
        check.refuse("element", str(exc))

    corrections = []
    for item, after in check.entries(data.get("correction", []), _CORRECTION, "correction"):
        if "sic" not in item or "corr" not in item:
            check.refuse("correction", "a correction needs both 'sic' and 'corr'", after=after)
            continue
        context = item.get("context", "")
        if context and item["sic"] not in context:
            check.refuse("context", f"correction context {context!r} does not contain {item['sic']!r}", after=after)
            continue
        corrections.append((item["sic"], item["corr"], context))
    corrections = [*base.corrections.items, *corrections]

    blank = conventions.get("page_break_blank_lines")
    if blank is not None and blank < 1:
        check.refuse("page_break_blank_lines", "page_break_blank_lines must be at least 1")
    check.raise_errors()
    identifiers = {**dict(base.identifiers), **{str(k): str(v) for k, v in source.get("identifiers", {}).items()}}
    return Metadata(
        # The title is never inherited: a collection file's names the collection.
        title=data.get("title"), date=date, place=data.get("place", base.place),
        language=data.get("language", base.language),
        original_language=data.get("original_language", base.original_language),
        summary=data.get("summary"), repository=source.get("repository", base.repository),
        settlement=source.get("settlement", base.settlement),
        identifiers=tuple(identifiers.items()), publisher=publication.get("publisher", base.publisher),
        publication_title=publication.get("title", base.publication_title),
        publication_idno=publication.get("idno", base.publication_idno),
        responsibilities=tuple(responsibilities.values()), register=tuple(register),
        shared_register=shared_register, table=table,
        corrections=Corrections(tuple(corrections),
                                len(corrections) if collection_file else len(base.corrections.items)),
        page_break_blank_lines=blank if blank is not None else base.page_break_blank_lines,
        first_page=conventions.get("first_page", base.first_page),
        sidecar=Path(name).name, encoding=encoding,
        fallback_encoding=base.encoding or base.fallback_encoding,
        collection=collection.sidecar if collection else None, warnings=tuple(check.warnings),
    )


def _is_iso_date(value: str) -> bool:
    if not _DATE.fullmatch(value):
        return False
    parts = [int(p) for p in value.split("-")]
    try:
        datetime.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    except ValueError:
        return False
    return True


def _bracket_row(check: _Checker, item: dict, after: int) -> bool:
    """Whether a ``[[conventions.bracket]]`` row is one the conventions table can take (its mistakes noted if not)."""
    missing = [required for required in ("name", "match") if required not in item]
    for required in missing:
        check.refuse("bracket", f"a conventions.bracket row needs {required!r}", after=after)
    if "as" not in item and not ("element" in item and "description" in item):
        check.refuse("bracket", "a conventions.bracket row needs 'as' (an existing convention) "
                                "or 'element' and 'description'", after=after)
        return False
    if missing:
        return False
    try:
        re.compile(item["match"])
    except re.error as exc:
        check.refuse("match", f"conventions.bracket {item['name']!r}: bad regular expression: {exc}", after=after)
        return False
    bad = [key for key in item.get("attributes", {}) if not NCNAME.fullmatch(key)]
    for key in bad:
        check.refuse("attributes", f"conventions.bracket {item['name']!r}: {key!r} is not an "
                                   "attribute name XML allows here",
                     "use a plain name such as type or subtype, without a prefix or spaces", after)
    return not bad


def _own_ident(check: _Checker, value: object, where: str, seen: dict[str, str], after: int) -> str | None:
    """A responsibility's or a person's id: none the edition gives its own parts, and each used once
    (None, its mistake noted, if it is not)."""
    ident = _ident(check, value, where, after)
    if ident is None:
        return None
    if ids.is_generated(ident) or (where == "person" and ident == ids.EDITOR):
        line, column = check.where_value("id", ident, 1)
        check.refuse_at(line, column, f"{where} id {ident!r} is an id the encoder gives a part of the edition "
                        f"(paragraphs p1, p2 …, headings head1 …, turns sp-…, conventions conv-…, the corrections' "
                        f"editor)", f"choose another id, such as '{where}-{ident}'")
        return None
    if ident in seen:
        line, column = check.where_value("id", ident, 2)
        if seen[ident] == where == "person":
            message, hint = (f"two register entries have the id {ident!r}",
                             "give each person its own id, or merge the two entries with aliases")
        else:
            message, hint = (f"{where} id {ident!r} is already the id of a {seen[ident]}",
                             f"give each {where} and {seen[ident]} its own id")
        check.refuse_at(line, column, message, hint)
        return None
    seen[ident] = where
    return ident


def _not_the_collections(check: _Checker, ident: str, where: str, inherited: dict[str, str],
                         collection: Metadata) -> bool:
    """Whether the id is free of the collection's; if not, the mistake is noted."""
    kind = inherited.get(ident)
    if kind is None or kind == where == "responsibility":
        return True
    line, column = check.where_value("id", ident, 1)
    check.errors.append(error(
        "sidecar-field", f"{where} id {ident!r} is already the id of a {kind} in the collection file "
        f"{collection.sidecar}", check.name, line, column,
        "give it another id; a person of the collection's register is named in the record as it is "
        "(add a name the record uses to the collection's aliases)" if kind == "person"
        else f"give the {where} another id"))
    return False


def _ident(check: _Checker, value: object, where: str, after: int) -> str | None:
    if not isinstance(value, str) or not NCNAME.fullmatch(value):
        check.refuse("id", f"{where} id {value!r} is not a valid identifier",
                     "use letters, digits, '-' or '.', starting with a letter", after)
        return None
    return value


def _strings(check: _Checker, values: list, key: str, after: int) -> list[str]:
    if any(not isinstance(value, str) for value in values):
        check.refuse(key, f"{key} must be an array of strings", after=after)
        return []
    return values
