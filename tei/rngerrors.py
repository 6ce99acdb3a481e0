"""libxml2's RELAX NG error log → one problem per real error, in words that help.

libxml2 reports most errors twice (the error and an echo on an ancestor),
names the element by a path and says what is wrong, not what would be
right. Each kind of error here becomes one ``Problem`` on the offending
element, attribute or text, with a hint from the schema's ``Grammar``.
"""

from __future__ import annotations

import re

from lxml import etree

from .diagnostics import Severity
from .ns import TEI, XINCLUDE, XML, XML_ID, local
from .schemas import PROJECT_NAME, Schema
from .xmlpositions import Document, Problem, element_name

# Echoes: libxml2 adds one of these beside (or above) the real error.
_ECHOES = {"RELAXNG_ERR_EXTRACONTENT", "RELAXNG_ERR_CONTENTVALID", "RELAXNG_ERR_INTERSEQ",
          "RELAXNG_ERR_INTEREXTRA", "RELAXNG_ERR_ELEMNOTEMPTY", "RELAXNG_ERR_NOTELEM"}


class RelaxNGErrors:
    """Explains the RELAX NG errors of one document against one schema."""

    def __init__(self, document: Document, schema: Schema) -> None:
        self.document = document
        self.schema = schema

    def problems(self, entries: list) -> list[Problem]:
        """Drop repeated entries, and echoes of a specific error at or inside the same element."""
        seen, kept = set(), []
        for entry in entries:
            key = (entry.type_name, entry.message, entry.path)
            if key not in seen:
                seen.add(key)
                kept.append(entry)
        specific = [e for e in kept if e.type_name not in _ECHOES]
        out: list[Problem] = []
        for entry in kept:
            if entry.type_name in _ECHOES and any(_covers(entry.path, other.path) for other in specific):
                continue
            out.append(self._problem(entry))
        return _unique_problems(out)

    def _problem(self, entry) -> Problem:
        element = self.document.find(entry.path)
        kind, message = entry.type_name, entry.message
        if kind == "RELAXNG_ERR_TEXTWRONG" or (kind == "RELAXNG_ERR_EXTRACONTENT" and message.endswith(": text")):
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
            return Problem("text-value", Severity.ERROR, f"the content of {element_name(element)} is not a value "
                           f"the schema allows ({message})", element, text=True)
        return Problem("content-invalid", Severity.ERROR, _sentence(message), element)

    # -- kinds

    def _element(self, element: etree._Element | None) -> Problem:
        if element is None:
            return Problem("element-not-allowed", Severity.ERROR, "an element is not allowed here", None)
        parent = element.getparent()
        if parent is None:
            return Problem("element-not-allowed", Severity.ERROR, f"{element_name(element)} is not allowed as the "
                           f"root element by the schema {self.schema.name}", element)
        name, qname, where = element_name(element), etree.QName(element), element_name(parent)
        if qname.namespace == XINCLUDE:
            return Problem("element-not-allowed", Severity.ERROR, f"{name}: XInclude is never processed, and "
                           f"the element is not allowed in {where}", element,
                           hint="put the included text into the document itself")
        grammar = self.schema.grammar
        if self.schema.tei and qname.namespace != TEI:
            ns = f"the namespace {qname.namespace}" if qname.namespace else "no namespace"
            return Problem("element-not-allowed", Severity.ERROR, f"{name} (in {ns}) is not allowed in {where}",
                           element, hint=f"TEI elements belong to the namespace {TEI}")
        if grammar.known and qname.localname not in grammar.elements:
            hint = ("the project's schema lists the elements it allows in schema/tei-encoder.odd; use one of "
                    "those, or check the file with --tei-all") if self.schema.name == PROJECT_NAME else \
                "check the spelling of the element's name"
            return Problem("element-not-allowed", Severity.ERROR,
                           f"{name} is not an element of the schema {self.schema.name}", element, hint=hint)
        allowed = grammar.children(local(parent.tag))
        if allowed is not None and qname.localname not in allowed:
            listing = ", ".join(sorted(allowed)[:15]) + (", …" if len(allowed) > 15 else "")
            return Problem("element-not-allowed", Severity.ERROR, f"{name} is not allowed in {where}", element,
                           hint=f"{where} may contain: {listing}" if allowed else f"{where} takes no elements")
        missing = [n for n in grammar.required_children(local(parent.tag))
                   if not any(local(c.tag) == n for c in parent.iterchildren(etree.Element))]
        if missing:
            return Problem("element-missing", Severity.ERROR, f"{where} lacks {', '.join(missing)}, which must "
                           f"come before {name}", element, hint=f"add {missing[0]} to {where}")
        previous = next(element.itersiblings(etree.Element, preceding=True), None)
        if previous is None:
            starts = sorted(grammar.first(local(parent.tag)))
            return Problem("element-not-allowed", Severity.ERROR, f"{name} cannot come first in {where}", element,
                           hint=f"{where} must start with one of: {', '.join(starts)}" if starts else
                           f"something must come before {name} in {where}")
        before = element_name(previous)
        above = "the closing" if local(previous.tag) == "closer" else f"the {before}"
        return Problem("element-not-allowed", Severity.ERROR, f"{name} cannot follow {before} in {where}", element,
                       hint=f"`{name}` cannot follow `{before}`: move it above {above}")

    def _text(self, element: etree._Element | None) -> Problem:
        name = element_name(element) if element is not None else "this element"
        return Problem("text-not-allowed", Severity.ERROR, f"text is not allowed directly in {name}", element,
                       text=True, hint="put the text in an element that takes text (a p, for prose)")

    def _attribute(self, element: etree._Element | None, attribute: str | None) -> Problem:
        name = element_name(element) if element is not None else "the element"
        if element is None or not attribute:
            return Problem("attribute-not-allowed", Severity.ERROR, f"an attribute of {name} is not valid", element)
        attribute_local = attribute.rsplit(":", 1)[-1]
        written, value = _attribute_as_written(element, attribute_local)
        if written == "xml:id":
            return self._identifier(element, value or "")
        grammar = self.schema.grammar
        if grammar.known and attribute_local not in grammar.attributes(local(element.tag)):
            return Problem("attribute-not-allowed", Severity.ERROR, f"@{written or attribute} is not allowed on "
                           f"{name}", element, written or attribute,
                           hint=f"remove it, or use an attribute that {name} has (see the TEI Guidelines)")
        values = grammar.values(local(element.tag), attribute_local)
        hint = ("allowed values: " + ", ".join(values[:20])) if values else \
            f"see the TEI Guidelines for the form of @{written or attribute_local} on {name}"
        return Problem("attribute-value", Severity.ERROR, f'@{written or attribute_local}="{value}" is not a valid '
                       f"value on {name}", element, written or attribute, hint=hint)

    def _identifier(self, element: etree._Element, value: str) -> Problem:
        """libxml2 says only that an xml:id is invalid: say whether it is a repeat, and of what."""
        root = self.document.tree.getroot()
        first = next((e for e in root.iter(etree.Element) if e.get(XML_ID) == value), element)
        if first is not element:
            return Problem("id-unique", Severity.ERROR, f'xml:id "{value}" is already used (line {first.sourceline}, '
                           f"{element_name(first)})", element, "xml:id",
                           hint="give one of the two elements another xml:id (and update the pointers to it)")
        return Problem("id-invalid", Severity.ERROR, f'xml:id "{value}" is not a valid identifier', element,
                       "xml:id", hint="an xml:id starts with a letter or _ and has only letters, digits, "
                                      "'.', '-' and '_'; it must be unique in the document")

    def _attributes(self, element: etree._Element | None) -> Problem:
        name = element_name(element) if element is not None else "the element"
        if element is not None:
            present = {etree.QName(a).localname for a in element.attrib}
            missing = [a for a in self.schema.grammar.required_attributes(local(element.tag)) if
                       a.rsplit(":", 1)[-1] not in present]
            if missing:
                return Problem("attribute-missing", Severity.ERROR, f"{name} lacks the required attribute"
                               f"{'s' if len(missing) > 1 else ''} {', '.join('@' + m for m in missing)}",
                               element, hint=f'add {missing[0]}="…" to {name}')
        return Problem("attribute-value", Severity.ERROR, f"the attributes of {name} are not valid", element)

    def _incomplete(self, element: etree._Element | None) -> Problem:
        if element is None:
            return Problem("element-missing", Severity.ERROR, "an element is incomplete: an element it needs is "
                           "missing", None)
        name = element_name(element)
        present = {local(c.tag) for c in element.iterchildren(etree.Element)}
        missing = [r for r in self.schema.grammar.required_children(local(element.tag)) if r not in present]
        if missing:
            return Problem("element-missing", Severity.ERROR, f"{name} lacks {', '.join(missing)}", element,
                           hint=f"add {missing[0]} to {name}")
        allowed = self.schema.grammar.children(local(element.tag))
        hint = ("it may contain: " + ", ".join(sorted(allowed)[:15])) if allowed else None
        return Problem("element-missing", Severity.ERROR, f"{name} is incomplete: an element it needs is missing",
                       element, hint=hint)


def _covers(path: str | None, other: str | None) -> bool:
    """An echo at ``path`` repeats a specific error at the same element or inside it."""
    if path is None or other is None:
        return path == other
    return other == path or other.startswith(path + "/")


def _unique_problems(problems: list[Problem]) -> list[Problem]:
    """Two log entries can name one fault (an element wrong in two ways): say it once."""
    seen, out = set(), []
    for problem in problems:
        key = (problem.code, id(problem.element), problem.attribute, problem.text)
        if key not in seen:
            seen.add(key)
            out.append(problem)
    return out


def _attribute_as_written(element: etree._Element, attribute_local: str) -> tuple[str | None, str | None]:
    """The attribute's name as written (``xml:id`` where libxml2 says ``id``) and its value."""
    for key, value in element.attrib.items():
        qname = etree.QName(key)
        if qname.localname == attribute_local:
            if qname.namespace == XML:
                return f"xml:{attribute_local}", value
            return (attribute_local if not qname.namespace else key), value
    return None, None


def _sentence(message: str) -> str:
    message = message.strip()
    return message[:1].lower() + message[1:] if message else "the document is not valid"
