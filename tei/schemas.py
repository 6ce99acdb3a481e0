"""The schemas a document is validated against: which one, compiled once per process.

Which schema: the project's (RELAX NG + Schematron) for documents that declare
it or that the encoder made; for other TEI, the RELAX NG file their
``<?xml-model?>`` names when it is a local file, else the project's RELAX NG;
or what the caller names (any RELAX NG file, or TEI's full schema from a local
path — nothing is ever fetched). Compiling TEI's full schema takes seconds, so
each schema is compiled once per process.
"""

from __future__ import annotations

import copy
import functools
import os
import re
from importlib.resources import files
from pathlib import Path
from urllib.parse import unquote, urlparse

from lxml import etree

from . import xmlio
from .diagnostics import Diagnostic, InputError, Severity, error
from .header import TOOL_IDENT
from .ns import RNG, TEI
from .rnggrammar import Grammar
from .rngquick import QuickGrammar
from .rngsimplify import simplify
from .schematron import Schematron

PROJECT_RNG = "tei-encoder.rng"
PROJECT_SCH = "tei-encoder.sch"
PROJECT_NAME = "tei-encoder"
TEI_ALL_ENV = "TEI_ALL_RNG"


class Schema:
    """A compiled RELAX NG schema (and the project's Schematron, when it is the project's)."""

    def __init__(self, name: str, grammar: etree._ElementTree, schematron: Schematron | None = None,
                 tei: bool = True, quick: bool = False) -> None:
        self.name = name
        self.tree = grammar
        self.relaxng = etree.RelaxNG(grammar)
        self.schematron = schematron
        self.tei = tei  # a TEI schema: the root must be TEI (or teiCorpus) in TEI's namespace
        # The verdict from a pruned copy (tei/rngquick.py): worth it for a small grammar, compiled in 0.1 s.
        self.quick = QuickGrammar(grammar, self.relaxng) if quick else None

    def valid(self, document: etree._ElementTree) -> bool:
        """The RELAX NG verdict alone (``relaxng.validate`` gives the same, with errors, more slowly)."""
        return self.judge(document)[0]

    def judge(self, document: etree._ElementTree) -> tuple[bool, bool]:
        """The verdict, and whether ``relaxng.error_log`` now holds this document's errors: an invalid
        document's messages then need no second run of the whole grammar (seconds for a long
        document under tei_all)."""
        return self.quick.judge(document) if self.quick is not None else (self.relaxng.validate(document), True)

    @functools.cached_property
    def grammar(self) -> Grammar:
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
    return Schema(PROJECT_NAME, rng, schematron, quick=True)


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
    """TEI's full schema. RELAX NG only: its embedded Schematron is XPath 2 and is not run."""
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
        simplify(grammar.getroot())  # tei_all's lists of persons, places … checked in linear time
        return Schema(name, grammar, tei=tei)
    except etree.RelaxNGParseError as exc:
        raise InputError(error("schema-unusable", f"not a usable RELAX NG schema: {exc}", name,
                               hint="name a RELAX NG schema in XML syntax (.rng)")) from None
    except InputError as exc:
        raise InputError(*(_retag(d, "schema-unusable") for d in exc.diagnostics)) from None


def _retag(diagnostic: Diagnostic, code: str) -> Diagnostic:
    """A schema that cannot be read is the schema's fault, not the document's."""
    return Diagnostic(code, diagnostic.severity, f"the schema is unusable: {diagnostic.message}", diagnostic.file,
                      diagnostic.position, diagnostic.hint)


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
    """A local .rng file the href names, relative to the document; None for anything to fetch."""
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
