"""Validation: a TEI document → diagnostics, against RELAX NG and the project's Schematron.

Which schema is ``schemas.choose_schema``'s answer, unless the caller names one.
What comes out: one diagnostic per real error, at the real line and column of
the offending start tag, attribute or text (libxml2 reports each RELAX NG error
twice and always at column 0), with the element's path, a hint in words where
one helps and, for documents the encoder made, the transcript's line and
column that produced the element.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from . import xmlio
from .diagnostics import Diagnostic, InputError, Position, Severity, error
from .ns import TEI, XML_ID
from .rngerrors import RelaxNGErrors
from .schemas import Schema, choose_schema, project_schema, rng_schema, tei_all_path, tei_all_schema
from .transcriptmap import TranscriptMap
from .xmlpositions import Document, Problem, SourceMap, element_path

__all__ = [
    "VALID", "INVALID", "UNUSABLE", "Report", "Summary",
    "validate_file", "validate_bytes", "validate_tree", "validate_result",
    # the schemas to validate against, from tei.schemas
    "Schema", "choose_schema", "project_schema", "rng_schema", "tei_all_path", "tei_all_schema",
    # where diagnostics point, from tei.diagnostics and tei.xmlpositions
    "Position", "SourceMap", "element_path",
]

VALID, INVALID, UNUSABLE = "valid", "invalid", "unusable"


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
    """Validate one file; ``schema=None``: the one the document asks for."""
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
    document = Document(tree, data, name)
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
        transcript = TranscriptMap.from_result(result) if result is not None else \
            TranscriptMap.find(tree, base, transcripts)
        diagnostics = [document.diagnostic(problem, transcript) for problem in diagnostics]
        diagnostics.sort(key=lambda d: (d.position.line, d.position.column) if d.position else (0, 0))
    invalid = any(d.severity is Severity.ERROR for d in diagnostics)
    return Report(name, INVALID if invalid else VALID, schema.name, diagnostics + (notes if invalid else []))


def validate_tree(tree: etree._ElementTree | etree._Element, schema: Schema | None = None,
                  name: str | None = None, result=None, in_place: bool = False) -> list[Diagnostic]:
    """Validate an in-memory tree (the encoder's), as the bytes it would be written as.

    Positions are those of the serialised document; with ``result`` (the
    EncodeResult that built the tree) each message also names the transcript's
    line and column. ``schema=None``: the project's schema and Schematron. A tree
    that is valid as built is not written out first: there is nothing to place.
    ``in_place``: see ``validate_result``.
    """
    schema = schema or project_schema()
    if _valid_as_built(tree, schema, in_place):
        return []
    report = validate_bytes(xmlio.serialise(tree), name or "<output>", schema, result=result)
    return report.diagnostics


def validate_result(result, name: str | None = None, in_place: bool = False) -> list[Diagnostic]:
    """Validate what ``tei.encode`` made, before it is written: the project's schema and rules.

    ``in_place``: nothing in the tree was changed since ``encode`` made it, so it is checked as it
    is rather than as a copy (the copy cost about a tenth of validating, and a second tree's
    memory); validating registers its xml:ids, as a parser's reading would.
    """
    return validate_tree(result.tree, project_schema(), name, result, in_place)


# ------------------------------------------------------------- the checks


def _valid_as_built(tree: etree._ElementTree | etree._Element, schema: Schema, in_place: bool = False) -> bool:
    """Whether the tree is valid as it is: then writing it out and reading it back, which is needed only
    to place diagnostics, is skipped. False sends the tree that way, and that gives the verdict.

    Checked on a copy, which gets the table of xml:id values a parser would build: in lxml's tree an
    element built on its own keeps its xml:id in its first document's table, and a changed xml:id can
    drop out of it, while RELAX NG (for a repeated xml:id) and XPath's id() read that table. Only a
    document's root is checked this way (``xmlio.serialise`` writes any other element as a document).
    A tree as ``encode`` made it has nothing in that table (``xmlio.parse_markup`` collects no ids, and
    the header's elements bring none with them), the state a copy starts in: ``in_place`` checks it
    as it is.
    """
    root = tree.getroot() if isinstance(tree, etree._ElementTree) else tree
    if root is None or root.getparent() is not None or (schema.tei and root.tag not in _TEI_ROOTS):
        return False
    document = root.getroottree() if in_place else copy.deepcopy(root).getroottree()
    if not schema.valid(document):
        return False
    return schema.schematron is None or not schema.schematron.validate(document)


_TEI_ROOTS = (f"{{{TEI}}}TEI", f"{{{TEI}}}teiCorpus")


def _check_root(document: Document, schema: Schema) -> Diagnostic | None:
    """Not TEI at all, or TEI out of its namespace: one clear message instead of a cascade."""
    if not schema.tei:
        return None
    root = document.tree.getroot()
    qname = etree.QName(root)
    if qname.localname not in ("TEI", "teiCorpus"):
        return document.diagnostic(Problem(
            "not-tei", Severity.ERROR, f"the root element is {qname.localname}, not TEI: this is not a TEI document",
            root, hint="validate a TEI P5 document (root element TEI in the namespace " + TEI + ")"))
    if qname.namespace != TEI:
        where = f"in the namespace {qname.namespace}" if qname.namespace else "in no namespace"
        return document.diagnostic(Problem(
            "tei-namespace", Severity.ERROR, f"{qname.localname} is {where}, not in TEI's", root,
            hint=f'declare TEI\'s namespace on the root: <{qname.localname} xmlns="{TEI}">'))
    return None


def _relaxng(document: Document, schema: Schema) -> list[Problem]:
    valid, logged = schema.judge(document.tree)
    if valid:
        return []
    validator = schema.relaxng
    if not logged:
        validator.validate(document.tree)  # for its errors
    return RelaxNGErrors(document, schema).problems(list(validator.error_log))


def _schematron(document: Document, schema: Schema) -> list[Problem]:
    if schema.schematron is None:
        return []
    problems = []
    for failure in schema.schematron.validate(document.tree):
        node, attribute = failure.node, None
        if getattr(node, "is_attribute", False):  # a rule about an attribute: place it on its element
            node, attribute = node.getparent(), etree.QName(node.attrname).localname
        element = node if isinstance(node, etree._Element) else document.tree.getroot()
        severity = {"warning": Severity.WARNING, "info": Severity.INFO}.get(failure.role, Severity.ERROR)
        problems.append(Problem(failure.code, severity, failure.message, element, attribute, hint=failure.hint))
    return problems
