"""Validation: a TEI document → diagnostics, against RELAX NG and the project's Schematron.

Which schema: the project's (RELAX NG + Schematron) for documents that declare
it or that the encoder made; for other TEI, the RELAX NG file their
``<?xml-model?>`` names when it is a local file, else the project's RELAX NG;
or what the caller names (any RELAX NG file, or TEI's full schema from a local
path — nothing is ever fetched). Schemas compile once per process.

What comes out: one diagnostic per real error, at the real line and column of
the offending start tag, attribute or text (libxml2 reports each RELAX NG error
twice and always at column 0), with the element's path, a hint in words where
one helps and, for documents the encoder made, the transcript's line and
column that produced the element.
"""

from __future__ import annotations

import bisect
import copy
import functools
import os
import re
from dataclasses import dataclass, field
from importlib.resources import files
from pathlib import Path
from urllib.parse import unquote, urlparse

from lxml import etree

from . import xmlio
from .diagnostics import Diagnostic, InputError, Position, Severity, TeiError, error
from .ns import RNG, TEI, XML, XML_ID
from .schematron import Schematron

PROJECT_RNG = "tei-encoder.rng"
PROJECT_SCH = "tei-encoder.sch"
PROJECT_NAME = "tei-encoder"
TEI_ALL_ENV = "TEI_ALL_RNG"
XINCLUDE = "http://www.w3.org/2001/XInclude"
TOOL_IDENT = "tei-encoder"  # appInfo/application/@ident of documents the encoder made

VALID, INVALID, UNUSABLE = "valid", "invalid", "unusable"


# ------------------------------------------------------------------ schemas


class Schema:
    """A compiled RELAX NG schema (and the project's Schematron, when it is the project's)."""

    def __init__(self, name: str, grammar: etree._ElementTree, schematron: Schematron | None = None,
                 tei: bool = True) -> None:
        self.name = name
        self.tree = grammar
        self.relaxng = etree.RelaxNG(grammar)
        self.schematron = schematron
        self.tei = tei  # a TEI schema: the root must be TEI (or teiCorpus) in TEI's namespace

    @functools.cached_property
    def grammar(self) -> "Grammar":
        return Grammar(self.tree.getroot())

    def without_rules(self) -> "Schema":
        """The same RELAX NG without the Schematron (for documents that are not the project's)."""
        clone = copy.copy(self)
        clone.schematron = None
        return clone


@functools.cache
def project_schema() -> Schema:
    """The project's schema, shipped in the package (``tei.schema``), compiled on first use."""
    folder = files("tei.schema")
    rng = xmlio.parse_bytes(folder.joinpath(PROJECT_RNG).read_bytes(), PROJECT_RNG)
    schematron = Schematron.from_bytes(folder.joinpath(PROJECT_SCH).read_bytes())
    return Schema(PROJECT_NAME, rng, schematron)


def tei_all_path(path: Path | str | None = None) -> Path:
    """TEI's full schema: ``path``, else $TEI_ALL_RNG; a clear error when neither names a file."""
    value = path or os.environ.get(TEI_ALL_ENV)
    hint = (f"pass --tei-all-path PATH or set {TEI_ALL_ENV} to a local copy of tei_all.rng "
            "(e.g. ../shared/schemas/tei_all.rng); it is never downloaded")
    if not value:
        raise InputError(error("tei-all-missing", "TEI's full schema (tei_all.rng) is not configured", "tei_all.rng",
                               hint=hint))
    resolved = Path(value)
    if not resolved.is_file():
        raise InputError(error("tei-all-missing", "no such file", str(resolved), hint=hint))
    return resolved


def tei_all_schema(path: Path | str | None = None) -> Schema:
    """TEI's full schema, compiled once per process (it takes seconds). RELAX NG only:
    its embedded Schematron is XPath 2 and is not run."""
    return rng_schema(tei_all_path(path), name="tei_all")


def rng_schema(path: Path | str, name: str | None = None, tei: bool = True) -> Schema:
    """Any RELAX NG file (XML syntax), compiled once per process and file version."""
    path = Path(path)
    try:
        stat = path.stat()
    except OSError as exc:
        raise InputError(error("schema-unreadable", f"cannot read the schema: {exc.strerror}", str(path))) from None
    return _compile(str(path.resolve()), stat.st_mtime_ns, stat.st_size, name or str(path), tei)


@functools.cache
def _compile(path: str, _mtime: int, _size: int, name: str, tei: bool) -> Schema:
    try:
        grammar = xmlio.parse_file(Path(path))
        return Schema(name, grammar, tei=tei)
    except etree.RelaxNGParseError as exc:
        raise InputError(error("schema-unusable", f"not a usable RELAX NG schema: {exc}", name,
                               hint="name a RELAX NG schema in XML syntax (.rng)")) from None
    except InputError as exc:
        raise InputError(*(_retag(d, "schema-unusable") for d in exc.diagnostics)) from None


def _retag(diagnostic: Diagnostic, code: str) -> Diagnostic:
    return Diagnostic(code, diagnostic.severity, f"the schema is unusable: {diagnostic.message}", diagnostic.file,
                      diagnostic.position, diagnostic.hint)


# -------------------------------------------------------------- the reports


@dataclass
class Report:
    """The verdict on one file and its diagnostics."""

    file: str
    verdict: str
    schema: str | None = None
    diagnostics: list[Diagnostic] = field(default_factory=list)

    @property
    def errors(self) -> list[Diagnostic]:
        return [d for d in self.diagnostics if d.severity is Severity.ERROR]

    def as_dict(self) -> dict:
        return {"file": self.file, "verdict": self.verdict, "schema": self.schema, "errors": len(self.errors),
                "diagnostics": [d.as_dict() for d in self.diagnostics]}


@dataclass
class Summary:
    """Counts over a run; owns the exit code (0 valid, 1 invalid, 2 unusable)."""

    files: int = 0
    valid: int = 0
    invalid: int = 0
    unusable: int = 0
    errors: int = 0

    def add(self, report: Report) -> None:
        self.files += 1
        setattr(self, report.verdict, getattr(self, report.verdict) + 1)
        self.errors += len(report.errors)

    @property
    def exit_code(self) -> int:
        return 2 if self.unusable else 1 if self.invalid else 0

    def line(self) -> str:
        files = "file" if self.files == 1 else "files"
        errors = "error" if self.errors == 1 else "errors"
        return (f"{self.files} {files}: {self.valid} valid, {self.invalid} invalid"
                + (f", {self.unusable} unusable" if self.unusable else "") + f", {self.errors} {errors}")

    def as_dict(self) -> dict:
        return {"files": self.files, "valid": self.valid, "invalid": self.invalid, "unusable": self.unusable,
                "errors": self.errors}


# ------------------------------------------------------------ entry points


def validate_file(path: Path | str, schema: Schema | None = None, transcripts: Path | None = None) -> Report:
    """Validate one file; ``schema=None`` chooses as the module docstring says."""
    name = str(path)
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        return Report(name, UNUSABLE, None, [error("file-unreadable", f"cannot read: {exc.strerror}", name)])
    return validate_bytes(data, name, schema, base=Path(path).parent, transcripts=transcripts)


def validate_bytes(data: bytes, name: str, schema: Schema | None = None, base: Path | None = None,
                   transcripts: Path | None = None, result=None) -> Report:
    """Validate a document given as bytes; ``result`` (an EncodeResult) gives transcript positions."""
    try:
        tree = xmlio.parse_bytes(data, name, lenient_ids=True)
    except InputError as exc:
        return Report(name, UNUSABLE, None, list(exc.diagnostics))
    notes: list[Diagnostic] = []
    try:
        if schema is None:
            schema, notes = choose_schema(tree, base, name)
    except InputError as exc:
        return Report(name, UNUSABLE, None, list(exc.diagnostics))
    document = _Document(tree, data, name)
    root_problem = _check_root(document, schema)
    if root_problem is not None:
        verdict = UNUSABLE if root_problem.code == "not-tei" else INVALID
        return Report(name, verdict, schema.name, [root_problem])
    grammar_problems = _relaxng(document, schema)
    # A repeated xml:id is found by both; keep the RELAX NG one (it points at the repeat).
    repeated = {p.element.get(XML_ID) for p in grammar_problems if p.code == "id-unique"}
    diagnostics = grammar_problems + [p for p in _schematron(document, schema)
                                      if not (p.code == "id-unique" and p.element.get(XML_ID) in repeated)]
    if diagnostics:
        transcript = _Transcript.from_result(result) if result is not None else \
            _Transcript.find(tree, base, transcripts)
        diagnostics = [document.diagnostic(problem, transcript) for problem in diagnostics]
        diagnostics.sort(key=lambda d: (d.position.line, d.position.column) if d.position else (0, 0))
    invalid = any(d.severity is Severity.ERROR for d in diagnostics)
    return Report(name, INVALID if invalid else VALID, schema.name, diagnostics + (notes if invalid else []))


def validate_tree(tree: etree._ElementTree | etree._Element, schema: Schema | None = None,
                  name: str | None = None, result=None) -> list[Diagnostic]:
    """Validate an in-memory tree (the encoder's), as the bytes it would be written as.

    Positions are those of the serialised document; with ``result`` (the
    EncodeResult that built the tree) each message also names the transcript's
    line and column. ``schema=None``: the project's schema and Schematron.
    """
    report = validate_bytes(xmlio.serialise(tree), name or "<output>", schema or project_schema(), result=result)
    return report.diagnostics


def validate_result(result, name: str | None = None) -> list[Diagnostic]:
    """Validate what ``tei.encode`` made, before it is written: the project's schema and rules."""
    return validate_tree(result.tree, project_schema(), name, result)


# ---------------------------------------------------------- choosing a schema


def xml_models(tree: etree._ElementTree) -> list[dict[str, str]]:
    """The pseudo-attributes of every ``<?xml-model?>`` before the root element."""
    models = []
    node = tree.getroot().getprevious()
    while node is not None:
        if isinstance(node, etree._ProcessingInstruction) and node.target == "xml-model":
            models.append(dict(re.findall(r'([\w:-]+)\s*=\s*["\']([^"\']*)["\']', node.text or "")))
        node = node.getprevious()
    return list(reversed(models))


def choose_schema(tree: etree._ElementTree, base: Path | None, name: str) -> tuple[Schema, list[Diagnostic]]:
    """The schema a document asks for (see the module docstring) and notes on the choice."""
    rng_models = [m for m in xml_models(tree) if m.get("schematypens") == RNG
                  or (not m.get("schematypens") and m.get("href", "").endswith(".rng"))]
    hrefs = [m.get("href", "") for m in rng_models]
    if any(_basename(href) == PROJECT_RNG for href in hrefs) or _made_by_encoder(tree):
        return project_schema(), []
    notes = []
    for href in hrefs:
        local = _local_path(href, base)
        if local is None:
            notes.append(error("schema-remote", f'the schema "{href}" named by xml-model is not a local file and is '
                               "never fetched; validated against the project's schema instead", name,
                               hint="use --tei-all for TEI's full schema, or --schema PATH"))
        elif local.is_file():
            return rng_schema(local, tei=False), []
        else:
            notes.append(error("schema-missing", f'the schema "{href}" named by xml-model does not exist '
                               f"({local}); validated against the project's schema instead", name,
                               hint="use --schema PATH or --tei-all"))
    if not hrefs:
        notes.append(error("schema-default", "the document names no schema (xml-model); validated against the "
                           "project's schema", name, hint="use --tei-all for TEI's full schema, or --schema PATH"))
    return _project_relaxng(), [Diagnostic(n.code, Severity.INFO, n.message, n.file, n.position, n.hint) for n in notes]


@functools.cache
def _project_relaxng() -> Schema:
    """The project's RELAX NG alone: its rules are about the encoder's conventions, not others' TEI."""
    return project_schema().without_rules()


def _basename(href: str) -> str:
    return unquote(urlparse(href).path).rsplit("/", 1)[-1]


def _local_path(href: str, base: Path | None) -> Path | None:
    parsed = urlparse(href)
    if parsed.scheme in ("", "file") and not parsed.netloc:
        path = Path(unquote(parsed.path))
        if not path.is_absolute():
            path = (base or Path(".")) / path
        return path if path.suffix == ".rng" else None
    if len(parsed.scheme) == 1:  # a Windows drive letter
        return Path(href)
    return None


def _made_by_encoder(tree: etree._ElementTree) -> bool:
    found = tree.getroot().find(f"{{{TEI}}}teiHeader/{{{TEI}}}encodingDesc/{{{TEI}}}appInfo/{{{TEI}}}application")
    return found is not None and found.get("ident") == TOOL_IDENT


# ------------------------------------------------------------- the checks


@dataclass
class _Problem:
    """A finding before it is placed: the element, and where in it (attribute or text)."""

    code: str
    severity: Severity
    message: str
    element: etree._Element | None
    attribute: str | None = None
    text: bool = False
    hint: str | None = None


def _check_root(document: "_Document", schema: Schema) -> Diagnostic | None:
    if not schema.tei:
        return None
    root = document.tree.getroot()
    qname = etree.QName(root)
    if qname.localname not in ("TEI", "teiCorpus"):
        return document.diagnostic(_Problem(
            "not-tei", Severity.ERROR, f"the root element is {qname.localname}, not TEI: this is not a TEI document",
            root, hint="validate a TEI P5 document (root element TEI in the namespace " + TEI + ")"))
    if qname.namespace != TEI:
        where = f"in the namespace {qname.namespace}" if qname.namespace else "in no namespace"
        return document.diagnostic(_Problem(
            "tei-namespace", Severity.ERROR, f"{qname.localname} is {where}, not in TEI's", root,
            hint=f'declare TEI\'s namespace on the root: <{qname.localname} xmlns="{TEI}">'))
    return None


def _relaxng(document: "_Document", schema: Schema) -> list[_Problem]:
    validator = schema.relaxng
    if validator.validate(document.tree):
        return []
    return _RelaxNGErrors(document, schema).problems(list(validator.error_log))


def _schematron(document: "_Document", schema: Schema) -> list[_Problem]:
    if schema.schematron is None:
        return []
    problems = []
    for failure in schema.schematron.validate(document.tree):
        node, attribute = failure.node, None
        if getattr(node, "is_attribute", False):  # a rule about an attribute: place it on its element
            node, attribute = node.getparent(), etree.QName(node.attrname).localname
        element = node if isinstance(node, etree._Element) else document.tree.getroot()
        severity = {"warning": Severity.WARNING, "info": Severity.INFO}.get(failure.role, Severity.ERROR)
        problems.append(_Problem(failure.code, severity, failure.message, element, attribute, hint=failure.hint))
    return problems


class _RelaxNGErrors:
    """libxml2's RELAX NG error log → one problem per real error, with words that help."""

    # Echoes: libxml2 adds one of these beside (or above) the real error.
    ECHOES = {"RELAXNG_ERR_EXTRACONTENT", "RELAXNG_ERR_CONTENTVALID", "RELAXNG_ERR_INTERSEQ",
              "RELAXNG_ERR_INTEREXTRA", "RELAXNG_ERR_ELEMNOTEMPTY", "RELAXNG_ERR_NOTELEM"}

    def __init__(self, document: "_Document", schema: Schema) -> None:
        self.document = document
        self.schema = schema

    def problems(self, entries: list) -> list[_Problem]:
        seen, kept = set(), []
        for entry in entries:
            key = (entry.type_name, entry.message, entry.path)
            if key not in seen:
                seen.add(key)
                kept.append(entry)
        specific = [e for e in kept if e.type_name not in self.ECHOES]
        out: list[_Problem] = []
        for entry in kept:
            if entry.type_name in self.ECHOES and any(_covers(entry.path, other.path) for other in specific):
                continue
            out.append(self._problem(entry))
        return _unique_problems(out)

    def _problem(self, entry) -> _Problem:
        element = self.document.find(entry.path)
        kind, message = entry.type_name, entry.message
        if kind in ("RELAXNG_ERR_TEXTWRONG",) or (kind == "RELAXNG_ERR_EXTRACONTENT" and message.endswith(": text")):
            return self._text(element)
        if kind in ("RELAXNG_ERR_ELEMWRONG", "RELAXNG_ERR_EXTRACONTENT", "RELAXNG_ERR_ELEMEXTRANS",
                    "RELAXNG_ERR_ELEMNAME", "RELAXNG_ERR_ELEMNONS", "RELAXNG_ERR_ELEMWRONGNS"):
            return self._element(element)
        if kind == "RELAXNG_ERR_INVALIDATTR":
            match = re.match(r"Invalid attribute (\S+) for element", message)
            return self._attribute(element, match.group(1) if match else None)
        if kind == "RELAXNG_ERR_ATTRVALID":
            return self._attributes(element)
        if kind in ("RELAXNG_ERR_NOELEM", "RELAXNG_ERR_CONTENTVALID", "RELAXNG_ERR_NOTELEM"):
            return self._incomplete(element)
        if kind in ("RELAXNG_ERR_DATATYPE", "RELAXNG_ERR_VALUE", "RELAXNG_ERR_LIST", "RELAXNG_ERR_DATAELEM",
                    "RELAXNG_ERR_VALELEM", "RELAXNG_ERR_LISTELEM"):
            return _Problem("text-value", Severity.ERROR, f"the content of {_name(element)} is not a value the "
                            f"schema allows ({message})", element, text=True)
        return _Problem("content-invalid", Severity.ERROR, _sentence(message), element)

    # -- kinds

    def _element(self, element: etree._Element | None) -> _Problem:
        if element is None:
            return _Problem("element-not-allowed", Severity.ERROR, "an element is not allowed here", None)
        parent = element.getparent()
        if parent is None:
            return _Problem("element-not-allowed", Severity.ERROR, f"{_name(element)} is not allowed as the root "
                            f"element by the schema {self.schema.name}", element)
        name, qname = _name(element), etree.QName(element)
        where = _name(parent) if parent is not None else "the document"
        if qname.namespace == XINCLUDE:
            return _Problem("element-not-allowed", Severity.ERROR, f"{name}: XInclude is never processed, and "
                            f"the element is not allowed in {where}", element,
                            hint="put the included text into the document itself")
        grammar = self.schema.grammar
        if self.schema.tei and qname.namespace != TEI:
            ns = f"the namespace {qname.namespace}" if qname.namespace else "no namespace"
            return _Problem("element-not-allowed", Severity.ERROR, f"{name} (in {ns}) is not allowed in {where}",
                            element, hint=f"TEI elements belong to the namespace {TEI}")
        if grammar.known and qname.localname not in grammar.elements:
            return _Problem("element-not-allowed", Severity.ERROR,
                            f"{name} is not an element of the schema {self.schema.name}", element,
                            hint=_unknown_hint(self.schema, element))
        allowed = grammar.children(_local(parent)) if parent is not None else None
        previous = _previous_element(element)
        if allowed is not None and qname.localname not in allowed:
            listing = ", ".join(sorted(allowed)[:15]) + (", …" if len(allowed) > 15 else "")
            return _Problem("element-not-allowed", Severity.ERROR, f"{name} is not allowed in {where}", element,
                            hint=f"{where} may contain: {listing}" if allowed else f"{where} takes no elements")
        missing = [n for n in grammar.required_children(_local(parent))
                   if parent is not None and not any(_local(c) == n for c in parent.iterchildren(etree.Element))]
        if missing:
            return _Problem("element-missing", Severity.ERROR, f"{where} lacks {', '.join(missing)}, which must "
                            f"come before {name}", element, hint=f"add {missing[0]} to {where}")
        if previous is None:
            starts = sorted(grammar.first(_local(parent))) if parent is not None else []
            return _Problem("element-not-allowed", Severity.ERROR, f"{name} cannot come first in {where}", element,
                            hint=f"{where} must start with one of: {', '.join(starts)}" if starts else
                            f"something must come before {name} in {where}")
        if previous is not None:
            above = "the closing" if _local(previous) == "closer" else f"the {_name(previous)}"
            return _Problem("element-not-allowed", Severity.ERROR, f"{name} cannot follow {_name(previous)} "
                            f"in {where}", element, hint=f"`{name}` cannot follow `{_name(previous)}`: "
                                                         f"move it above {above}")
        return _Problem("element-not-allowed", Severity.ERROR, f"{name} is not allowed here", element)

    def _text(self, element: etree._Element | None) -> _Problem:
        name = _name(element) if element is not None else "this element"
        return _Problem("text-not-allowed", Severity.ERROR, f"text is not allowed directly in {name}", element,
                        text=True, hint="put the text in an element that takes text (a p, for prose)")

    def _attribute(self, element: etree._Element | None, attribute: str | None) -> _Problem:
        name = _name(element) if element is not None else "the element"
        local = (attribute or "").rsplit(":", 1)[-1]
        if element is None or not attribute:
            return _Problem("attribute-not-allowed", Severity.ERROR, f"an attribute of {name} is not valid", element)
        written = _attribute_as_written(element, local)
        value = element.get(_clark(written)) if written else None
        if written == "xml:id":
            return self._identifier(element, value or "")
        grammar = self.schema.grammar
        if grammar.known and local not in grammar.attributes(_local(element)):
            return _Problem("attribute-not-allowed", Severity.ERROR, f"@{written or attribute} is not allowed on "
                            f"{name}", element, written or attribute,
                            hint=f"remove it, or use an attribute that {name} has (see the TEI Guidelines)")
        values = grammar.values(_local(element), local)
        hint = ("allowed values: " + ", ".join(values[:20])) if values else \
            f"see the TEI Guidelines for the form of @{written or local} on {name}"
        return _Problem("attribute-value", Severity.ERROR, f'@{written or local}="{value}" is not a valid value '
                        f"on {name}", element, written or attribute, hint=hint)

    def _identifier(self, element: etree._Element, value: str) -> _Problem:
        first = next((e for e in self.document.tree.getroot().iter(etree.Element)
                      if e is not element and e.get(XML_ID) == value), None)
        if first is not None and _before(first, element):
            line = first.sourceline
            return _Problem("id-unique", Severity.ERROR, f'xml:id "{value}" is already used (line {line}, '
                            f"{_name(first)})", element, "xml:id",
                            hint="give one of the two elements another xml:id (and update the pointers to it)")
        return _Problem("id-invalid", Severity.ERROR, f'xml:id "{value}" is not a valid identifier', element,
                        "xml:id", hint="an xml:id starts with a letter or _ and has only letters, digits, "
                                       "'.', '-' and '_'; it must be unique in the document")

    def _attributes(self, element: etree._Element | None) -> _Problem:
        name = _name(element) if element is not None else "the element"
        if element is not None:
            present = {etree.QName(a).localname for a in element.attrib}
            missing = [a for a in self.schema.grammar.required_attributes(_local(element)) if
                       a.rsplit(":", 1)[-1] not in present]
            if missing:
                return _Problem("attribute-missing", Severity.ERROR, f"{name} lacks the required attribute"
                                f"{'s' if len(missing) > 1 else ''} {', '.join('@' + m for m in missing)}",
                                element, hint=f'add {missing[0]}="…" to {name}')
        return _Problem("attribute-value", Severity.ERROR, f"the attributes of {name} are not valid", element)

    def _incomplete(self, element: etree._Element | None) -> _Problem:
        name = _name(element) if element is not None else "an element"
        required = self.schema.grammar.required_children(_local(element)) if element is not None else []
        present = {_local(c) for c in element.iterchildren(etree.Element)} if element is not None else set()
        missing = [r for r in required if r not in present]
        if missing:
            return _Problem("element-missing", Severity.ERROR, f"{name} lacks {', '.join(missing)}", element,
                            hint=f"add {missing[0]} to {name}")
        allowed = self.schema.grammar.children(_local(element)) if element is not None else None
        hint = ("it may contain: " + ", ".join(sorted(allowed)[:15])) if allowed else None
        return _Problem("element-missing", Severity.ERROR, f"{name} is incomplete: an element it needs is missing",
                        element, hint=hint)


def _covers(path: str | None, other: str | None) -> bool:
    """An echo at ``path`` repeats a specific error at the same element or inside it."""
    if path is None or other is None:
        return path == other
    return other == path or other.startswith(path + "/")


def _unique_problems(problems: list[_Problem]) -> list[_Problem]:
    seen, out = set(), []
    for problem in problems:
        key = (problem.code, id(problem.element), problem.attribute, problem.text)
        if key not in seen:
            seen.add(key)
            out.append(problem)
    return out


def _unknown_hint(schema: Schema, element: etree._Element) -> str:
    if schema.name == PROJECT_NAME:
        return ("the project's schema lists the elements it allows in schema/tei-encoder.odd; "
                "use one of those, or check the file with --tei-all")
    return "check the spelling of the element's name"


# -------------------------------------------------------- schema facts (hints)


class Grammar:
    """What a simple RELAX NG grammar (TEI's compiled form) allows, for hints.

    ``known`` is False for grammars this does not understand (includes,
    nested grammars): then every question has no answer and hints stay generic.
    """

    _NOT_REQUIRED = {"optional", "zeroOrMore", "choice", "interleave"}

    def __init__(self, root: etree._Element) -> None:
        r = f"{{{RNG}}}"
        self._r = r
        self.known = root.tag == r + "grammar" and not any(
            root.iter(r + "include", r + "externalRef", r + "parentRef")) and \
            sum(1 for _ in root.iter(r + "grammar")) == 1
        self.defines: dict[str, list[etree._Element]] = {}
        self.elements: dict[str, list[etree._Element]] = {}
        if not self.known:
            return
        for define in root.iter(r + "define"):
            self.defines.setdefault(define.get("name"), []).append(define)
        for element in root.iter(r + "element"):
            if element.get("name"):
                self.elements.setdefault(element.get("name").rsplit(":", 1)[-1], []).append(element)

    @functools.cache
    def children(self, name: str) -> frozenset[str] | None:
        """Local names of the elements allowed as children of ``name`` (None: unknown)."""
        if not self.known or name not in self.elements:
            return None
        found: set[str] = set()
        for element in self.elements[name]:
            self._walk(self._content(element), found, set(), attributes=False)
        return frozenset(found)

    @functools.cache
    def attributes(self, name: str) -> frozenset[str]:
        found: set[str] = set()
        for element in self.elements.get(name, []):
            self._walk(self._content(element), found, set(), attributes=True)
        return frozenset(n.rsplit(":", 1)[-1] for n in found)

    @functools.cache
    def required_attributes(self, name: str) -> tuple[str, ...]:
        return self._required(name, self._r + "attribute")

    @functools.cache
    def required_children(self, name: str) -> tuple[str, ...]:
        return self._required(name, self._r + "element")

    @functools.cache
    def values(self, element: str, attribute: str) -> list[str]:
        """The enumerated values of an attribute, if the schema lists them."""
        out: list[str] = []
        for el in self.elements.get(element, []):
            for node in self._reachable(self._content(el), set()):
                if node.tag == self._r + "attribute" and (node.get("name") or "").rsplit(":", 1)[-1] == attribute:
                    out.extend(v.text or "" for v in node.iter(self._r + "value"))
        return sorted(set(out))

    @functools.cache
    def first(self, name: str) -> frozenset[str]:
        """Local names of the elements that may come first in ``name``'s content."""
        found: set[str] = set()
        for element in self.elements.get(name, []):
            found |= self._first(self._content(element), frozenset())[0]
        return frozenset(found)

    def _first(self, nodes, active: frozenset[str]) -> tuple[set[str], bool]:
        """(first elements, nullable) of a sequence of patterns."""
        found: set[str] = set()
        for node in nodes:
            first, nullable = self._first_one(node, active)
            found |= first
            if not nullable:
                return found, False
        return found, True

    def _first_one(self, node: etree._Element, active: frozenset[str]) -> tuple[set[str], bool]:
        r, local = self._r, etree.QName(node).localname
        children = [c for c in node if isinstance(c.tag, str)]
        if local == "element":
            return ({node.get("name").rsplit(":", 1)[-1]} if node.get("name") else set()), False
        if local == "notAllowed":
            return set(), False
        if local in ("choice", "interleave"):
            parts = [self._first_one(c, active) for c in children]
            nullable = any(p[1] for p in parts) if local == "choice" else all(p[1] for p in parts)
            return set().union(*(p[0] for p in parts)) if parts else set(), nullable
        if local in ("optional", "zeroOrMore"):
            return self._first(children, active)[0], True
        if local in ("group", "oneOrMore", "mixed"):
            return self._first(children, active)
        if node.tag == r + "ref":
            name = node.get("name")
            if name in active:
                return set(), False
            return self._first(self._refs(node), active | {name})
        return set(), True  # attribute, text, empty, data, value, list

    # -- walking

    def _content(self, element: etree._Element) -> list[etree._Element]:
        return [c for c in element if isinstance(c.tag, str)]

    def _refs(self, node: etree._Element) -> list[etree._Element]:
        return [child for define in self.defines.get(node.get("name"), []) for child in define]

    def _walk(self, nodes, found: set[str], visited: set[str], attributes: bool) -> None:
        r = self._r
        for node in nodes:
            if node.tag == r + "element":
                if not attributes and node.get("name"):
                    found.add(node.get("name").rsplit(":", 1)[-1])
            elif node.tag == r + "attribute":
                if attributes and node.get("name"):
                    found.add(node.get("name"))
            elif node.tag == r + "ref":
                if node.get("name") not in visited:
                    visited.add(node.get("name"))
                    self._walk(self._refs(node), found, visited, attributes)
            else:
                self._walk([c for c in node if isinstance(c.tag, str)], found, visited, attributes)

    def _reachable(self, nodes, visited: set[str]):
        """Nodes of one element's own pattern (through refs, not into child elements)."""
        r = self._r
        for node in nodes:
            yield node
            if node.tag == r + "ref":
                if node.get("name") not in visited:
                    visited.add(node.get("name"))
                    yield from self._reachable(self._refs(node), visited)
            elif node.tag != r + "element":
                yield from self._reachable([c for c in node if isinstance(c.tag, str)], visited)

    def _required(self, name: str, tag: str) -> tuple[str, ...]:
        patterns = self.elements.get(name, [])
        if len(patterns) != 1:
            return ()
        found: list[str] = []
        self._must(self._content(patterns[0]), tag, found, set())
        return tuple(dict.fromkeys(n.rsplit(":", 1)[-1] if tag.endswith("element") else n for n in found))

    def _must(self, nodes, tag: str, found: list[str], visited: set[str]) -> None:
        r = self._r
        for node in nodes:
            local = etree.QName(node).localname
            if node.tag == tag and node.get("name"):
                found.append(node.get("name"))
            elif local in self._NOT_REQUIRED or node.tag in (r + "element", r + "attribute"):
                continue
            elif node.tag == r + "ref":
                if node.get("name") not in visited:
                    visited.add(node.get("name"))
                    self._must(self._refs(node), tag, found, visited)
            else:
                self._must([c for c in node if isinstance(c.tag, str)], tag, found, visited)


# ------------------------------------------------------------ positions


_START_TAG = re.compile(r"""<[^\s/>!?]+(?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*\s*(/?)>""")


class SourceMap:
    """Where each element's start tag is in the raw document: libxml2 gives lines only.

    The n-th start tag in the text is the n-th element in document order (the
    document was read without expanding entities or XInclude), so one scan
    that skips comments, CDATA, processing instructions and the DOCTYPE finds
    them all.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self.starts: list[int] = []  # offset of "<" of each start tag
        self.tag_ends: list[int] = []  # offset just after its ">"
        self.ends: list[int] = []  # offset just after the element's end tag
        self.line_starts = [0] + [m.end() for m in re.finditer(r"\n", text)]
        self._scan()

    @classmethod
    def from_bytes(cls, data: bytes, encoding: str | None) -> "SourceMap":
        codec = (encoding or "utf-8").lower()
        if codec in ("utf-8", "utf8"):
            codec = "utf-8-sig"
        try:
            text = data.decode(codec, errors="replace")
        except LookupError:
            text = data.decode("utf-8-sig", errors="replace")
        if text[:1] == "\ufeff":
            text = text[1:]
        return cls(text)

    def _scan(self) -> None:
        text, stack, index = self.text, [], 0
        while True:
            index = text.find("<", index)
            if index < 0:
                return
            if text.startswith("<!--", index):
                index = _after(text, "-->", index + 4)
            elif text.startswith("<![CDATA[", index):
                index = _after(text, "]]>", index + 9)
            elif text.startswith("<?", index):
                index = _after(text, "?>", index + 2)
            elif text.startswith("<!", index):
                index = _skip_declaration(text, index)
            elif text.startswith("</", index):
                index = _after(text, ">", index + 2)
                if stack:
                    self.ends[stack.pop()] = index
            else:
                match = _START_TAG.match(text, index)
                if match is None:
                    return
                number = len(self.starts)
                self.starts.append(index)
                self.tag_ends.append(match.end())
                self.ends.append(match.end())
                if not match.group(1):
                    stack.append(number)
                index = match.end()

    def position(self, offset: int) -> Position:
        line = bisect.bisect_right(self.line_starts, offset)
        return Position(line, offset - self.line_starts[line - 1] + 1)


def _after(text: str, end: str, start: int) -> int:
    found = text.find(end, start)
    return len(text) if found < 0 else found + len(end)


def _skip_declaration(text: str, index: int) -> int:
    """Past a ``<!DOCTYPE …>``, with its internal subset, quoted strings and comments."""
    depth, quote, i = 0, None, index + 2
    while i < len(text):
        char = text[i]
        if quote:
            if char == quote:
                quote = None
        elif text.startswith("<!--", i):
            i = _after(text, "-->", i + 4)
            continue
        elif char in "\"'":
            quote = char
        elif char == "[":
            depth += 1
        elif char == "]":
            depth -= 1
        elif char == ">" and depth <= 0:
            return i + 1
        i += 1
    return len(text)


class _Document:
    """A parsed document with its bytes: finds elements by libxml2 path and places problems."""

    def __init__(self, tree: etree._ElementTree, data: bytes, name: str) -> None:
        self.tree = tree
        self.data = data
        self.name = name

    @functools.cached_property
    def source_map(self) -> SourceMap | None:
        source = SourceMap.from_bytes(self.data, self.tree.docinfo.encoding)
        return source if len(source.starts) == len(self.order) else None

    @functools.cached_property
    def order(self) -> dict[etree._Element, int]:
        return {element: i for i, element in enumerate(self.tree.getroot().iter(etree.Element))}

    @functools.cached_property
    def prefixes(self) -> dict[str, str]:
        """Every prefix the document declares: libxml2 writes prefixed names in its paths."""
        found: dict[str, str] = {}
        for element in self.tree.getroot().iter(etree.Element):
            for prefix, uri in element.nsmap.items():
                if prefix:
                    found.setdefault(prefix, uri)
        return found

    def find(self, path: str | None) -> etree._Element | None:
        if not path:
            return None
        try:
            found = self.tree.xpath(path, namespaces=self.prefixes)
        except etree.XPathError:
            return None
        return found[0] if found and isinstance(found[0], etree._Element) else None

    def position(self, problem: _Problem) -> Position | None:
        element = problem.element
        if element is None:
            return None
        source = self.source_map
        index = self.order.get(element)
        if source is None or index is None:
            return Position(element.sourceline, 1) if element.sourceline else None
        offset = source.starts[index]
        if problem.attribute:
            tag = source.text[offset:source.tag_ends[index]]
            match = re.search(r"\s(" + re.escape(problem.attribute) + r")\s*=", tag)
            if match:
                offset += match.start(1)
        elif problem.text:
            offset = self._text_offset(element, index) or offset
        return source.position(offset)

    def _text_offset(self, element: etree._Element, index: int) -> int | None:
        """The first non-blank character of the element's own text (not its children's)."""
        source = self.source_map
        candidates = []
        if element.text and element.text.strip():
            candidates.append(source.tag_ends[index])
        for child in element:
            if child.tail and child.tail.strip() and child in self.order:
                candidates.append(source.ends[self.order[child]])
        if not candidates:
            return None
        start = candidates[0]
        match = re.compile(r"\S").search(source.text, start)
        return match.start() if match else start

    def diagnostic(self, problem: _Problem, transcript: "_Transcript | None" = None) -> Diagnostic:
        message = problem.message
        details = []
        if problem.element is not None:
            details.append(f"at {element_path(problem.element)}")
            where = transcript.locate(problem.element) if transcript else None
            if where:
                details.append(f"transcript {where}")
        if details:
            message += f" ({'; '.join(details)})"
        return Diagnostic(problem.code, problem.severity, message, self.name, self.position(problem), problem.hint)


def element_path(element: etree._Element) -> str:
    """``/TEI/text/body/div/sp[3]/p[2]``: local names, a position where a name repeats."""
    steps = []
    node = element
    while node is not None:
        name = _name(node)
        parent = node.getparent()
        if parent is not None:
            same = [c for c in parent.iterchildren(node.tag)]
            if len(same) > 1:
                name += f"[{same.index(node) + 1}]"
        steps.append(name)
        node = parent
    return "/" + "/".join(reversed(steps))


# ---------------------------------------------------------- transcripts


class _Transcript:
    """Transcript positions of the elements of a document the encoder made (by xml:id)."""

    def __init__(self, result, label: str) -> None:
        self.result = result
        self.label = label

    @classmethod
    def from_result(cls, result) -> "_Transcript":
        return cls(result, result.source.name or "<transcript>")

    @classmethod
    def find(cls, tree: etree._ElementTree, base: Path | None, folder: Path | None) -> "_Transcript | None":
        """Re-encode the transcript named in the header, if it is beside the file, in ../seeds or ``folder``."""
        ref = tree.getroot().find(f".//{{{TEI}}}publicationStmt//{{{TEI}}}ref[@type='transcript']")
        if ref is None or not ref.get("target"):
            return None
        if base is None and folder is None:
            return None
        file_name = Path(unquote(ref.get("target"))).name
        base = base or Path(".")
        for candidate in ([folder / file_name] if folder else []) + [base / file_name, base.parent / "seeds" / file_name]:
            if candidate.is_file():
                return _encoded(str(candidate), candidate.stat().st_mtime_ns)
        return None

    def locate(self, element: etree._Element) -> str | None:
        node = element
        while node is not None:
            ident = node.get(XML_ID)
            if ident and ident in self.result.spans:
                position = self.result.position(ident)
                if position is not None:
                    return f"{self.label}:{position.line}:{position.column}"
            node = node.getparent()
        return None


@functools.lru_cache(maxsize=32)
def _encoded(path: str, _mtime: int) -> _Transcript | None:
    from .encoder import encode

    try:
        return _Transcript(encode(Path(path)), path)
    except TeiError:
        return None


# ------------------------------------------------------------- small helpers


def _local(element: etree._Element | None) -> str:
    return etree.QName(element).localname if element is not None and isinstance(element.tag, str) else ""


def _name(element: etree._Element | None) -> str:
    if element is None or not isinstance(element.tag, str):
        return ""
    local = etree.QName(element).localname
    return f"{element.prefix}:{local}" if element.prefix else local


def _previous_element(element: etree._Element) -> etree._Element | None:
    node = element.getprevious()
    while node is not None and not isinstance(node.tag, str):
        node = node.getprevious()
    return node


def _before(first: etree._Element, second: etree._Element) -> bool:
    root = first.getroottree().getroot()
    for node in root.iter(etree.Element):
        if node is first:
            return True
        if node is second:
            return False
    return False


def _attribute_as_written(element: etree._Element, local: str) -> str | None:
    """The attribute's name as written (``xml:id`` for libxml2's ``id``)."""
    for key in element.attrib:
        qname = etree.QName(key)
        if qname.localname == local:
            if qname.namespace == XML:
                return f"xml:{local}"
            return local if not qname.namespace else key
    return None


def _clark(written: str) -> str:
    if written.startswith("xml:"):
        return f"{{{XML}}}{written[4:]}"
    return written


def _sentence(message: str) -> str:
    message = message.strip()
    return message[:1].lower() + message[1:] if message else "the document is not valid"
