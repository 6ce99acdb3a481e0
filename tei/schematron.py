"""A small ISO Schematron interpreter over lxml's XPath 1.0.

Why not ``lxml.isoschematron``: it compiles Schematron to XSLT, and the project
runs no XSLT. Schematron with the default query binding is XPath 1.0 plus a
little structure, so the project's rules are checked here directly: ``ns``,
``let`` (schema, pattern and rule level), ``pattern``, ``rule @context``
(a match pattern), ``assert``/``report`` with ``@test @id @role
@diagnostics``, ``name`` and ``value-of`` in messages, ``diagnostics``. In each
pattern a node is checked by the first rule whose context matches it, as ISO
Schematron says. Anything else (abstract rules and patterns, ``extends``,
``include``, phases, XPath 2) is refused when the schema is read, never
silently skipped.
"""

from __future__ import annotations

import re

from dataclasses import dataclass
from typing import Any

from lxml import etree

from .ns import SCH

_S = f"{{{SCH}}}"
_QUERY_BINDINGS = {None, "", "xslt", "xslt1", "xpath", "xpath1", "exslt"}
_UNSUPPORTED = {"include", "extends", "phase", "param", "properties", "active"}


class SchematronError(ValueError):
    """The Schematron schema uses something this interpreter does not run."""


@dataclass(frozen=True)
class Failure:
    """One failed assert (or fired report) on one node."""

    code: str  # the assert's id, else its rule's, else its pattern's
    role: str  # "error", "warning" or "info"
    message: str
    node: Any  # the context node: an element, or the document for "/"
    hint: str | None = None


@dataclass(frozen=True)
class _Check:
    report: bool  # sch:report fires when the test is true; sch:assert when it is false
    test: etree.XPath
    code: str
    role: str
    message: etree._Element
    hint: str | None


@dataclass(frozen=True)
class _Rule:
    contexts: tuple[etree.XPath, ...]  # one per alternative of the context's union
    lets: tuple[tuple[str, etree.XPath], ...]
    checks: tuple[_Check, ...]


@dataclass(frozen=True)
class _Pattern:
    ident: str | None
    lets: tuple[tuple[str, etree.XPath], ...]
    rules: tuple[_Rule, ...]


class Schematron:
    """A compiled schema: build once (``from_bytes``), then ``validate`` many documents."""

    def __init__(self, schema: etree._Element) -> None:
        if schema.tag != _S + "schema":
            raise SchematronError("not an ISO Schematron schema (the root must be sch:schema)")
        binding = schema.get("queryBinding")
        if binding not in _QUERY_BINDINGS:
            raise SchematronError(f'queryBinding="{binding}" needs XPath 2 or later; only XPath 1.0 is supported')
        for node in schema.iter(etree.Element):
            if node.tag.startswith(_S) and etree.QName(node).localname in _UNSUPPORTED:
                raise SchematronError(f"sch:{etree.QName(node).localname} is not supported")
        self.namespaces = {ns.get("prefix"): ns.get("uri") for ns in schema.iterchildren(_S + "ns")}
        self.namespaces.pop("xml", None)  # predeclared in XPath; lxml refuses to rebind it
        self._hints = {d.get("id"): _text(d) for d in schema.iter(_S + "diagnostic")}
        self._lets = self._compile_lets(schema)
        self._patterns = tuple(self._compile_pattern(p) for p in schema.iterchildren(_S + "pattern"))

    @classmethod
    def from_bytes(cls, data: bytes) -> "Schematron":
        from .xmlio import parse_bytes

        return cls(parse_bytes(data, "<schematron>").getroot())

    @property
    def codes(self) -> list[str]:
        """The code of every check, in schema order."""
        return [check.code for pattern in self._patterns for rule in pattern.rules for check in rule.checks]

    def validate(self, tree: etree._ElementTree | etree._Element) -> list[Failure]:
        document = tree if isinstance(tree, etree._ElementTree) else tree.getroottree()
        variables = _bind(self._lets, document, {})
        failures: list[Failure] = []
        for pattern in self._patterns:
            pattern_vars = _bind(pattern.lets, document, variables)
            claimed: set = set()
            for rule in pattern.rules:
                for node in (n for context in rule.contexts for n in context(document, **pattern_vars)):
                    key = _node_key(node)
                    if key in claimed:
                        continue
                    claimed.add(key)
                    context = document if node is document else node
                    rule_vars = _bind(rule.lets, context, pattern_vars)
                    for check in rule.checks:
                        if _boolean(check.test(context, **rule_vars)) == check.report:
                            message = self._message(check.message, context, rule_vars)
                            failures.append(Failure(check.code, check.role, message, node, check.hint))
        return failures

    # -- compiling

    def _xpath(self, expression: str, where: etree._Element) -> etree.XPath:
        try:
            return etree.XPath(expression, namespaces=self.namespaces)
        except etree.XPathSyntaxError as exc:
            raise SchematronError(f"line {where.sourceline}: not an XPath 1.0 expression "
                                  f"({exc}): {expression}") from None

    def _compile_lets(self, parent: etree._Element) -> tuple[tuple[str, etree.XPath], ...]:
        return tuple((let.get("name"), self._xpath(let.get("value"), let)) for let in parent.iterchildren(_S + "let"))

    def _compile_pattern(self, pattern: etree._Element) -> _Pattern:
        if pattern.get("abstract") == "true" or pattern.get("is-a"):
            raise SchematronError(f"line {pattern.sourceline}: abstract patterns are not supported")
        rules = []
        for rule in pattern.iterchildren(_S + "rule"):
            if rule.get("abstract") == "true":
                raise SchematronError(f"line {rule.sourceline}: abstract rules are not supported")
            # Each alternative is selected on its own: libxml2 merges a union's node-sets in
            # quadratic time, and `claimed` already keeps a node matched twice from being checked twice.
            context = tuple(self._xpath(part, rule) for part in match_expressions(rule.get("context", "")))
            checks = tuple(self._compile_check(node, rule, pattern)
                           for node in rule if node.tag in (_S + "assert", _S + "report"))
            rules.append(_Rule(context, self._compile_lets(rule), checks))
        return _Pattern(pattern.get("id"), self._compile_lets(pattern), tuple(rules))

    def _compile_check(self, node: etree._Element, rule: etree._Element, pattern: etree._Element) -> _Check:
        code = node.get("id") or rule.get("id") or pattern.get("id") or "schematron"
        role = _severity(node.get("role") or rule.get("role"))
        hints = [self._hints[ref] for ref in (node.get("diagnostics") or "").split() if ref in self._hints]
        return _Check(node.tag == _S + "report", self._xpath(node.get("test"), node), code, role, node,
                      "; ".join(hints) or None)

    def _message(self, template: etree._Element, context: Any, variables: dict) -> str:
        parts = [template.text or ""]
        for child in template:
            local = etree.QName(child).localname if isinstance(child.tag, str) else ""
            if child.tag == _S + "name":
                target = context
                if child.get("path"):
                    found = self._xpath(child.get("path"), child)(context, **variables)
                    target = found[0] if isinstance(found, list) and found else None
                parts.append(_node_name(target))
            elif child.tag == _S + "value-of":
                parts.append(_string(self._xpath(child.get("select"), child)(context, **variables)))
            elif local in ("emph", "dir", "span"):
                parts.append(_text(child))
            parts.append(child.tail or "")
        return " ".join("".join(parts).split())


def match_expression(pattern: str) -> str:
    """An XSLT match pattern as an XPath that selects every node it matches in a document.

    Each alternative of a union that is not absolute matches at any depth:
    ``tei:p | tei:l//tei:p`` → ``//tei:p | //tei:l//tei:p``.
    """
    return " | ".join(_anywhere(part, pattern) for part in split_union(pattern))


def match_expressions(pattern: str) -> list[str]:
    """The alternatives of a match pattern, each as a fast XPath selecting its nodes anywhere.

    A first step that is a plain element test is selected with the descendant axis
    (``tei:p[@n]`` → ``/descendant::tei:p[@n]``): libxml2 evaluates ``//x[predicate]`` as a
    step per node, and that grows faster than the document.
    """
    out = []
    for part in split_union(pattern):
        expression = _anywhere(part, pattern)
        if expression.startswith("//") and _ELEMENT_TEST.match(expression[2:]):
            expression = "/descendant::" + expression[2:]
        out.append(expression)
    return out


_ELEMENT_TEST = re.compile(r"(?:\*|[\w.-]+:\*|[\w.-]+(?::[\w.-]+)?)(?![\w.:(-])")


def _anywhere(part: str, pattern: str) -> str:
    part = part.strip()
    if not part:
        raise SchematronError(f"empty alternative in the rule context {pattern!r}")
    if part.startswith("/") or part.startswith(("id(", "key(")):
        return part
    return "//" + part


def split_union(expression: str) -> list[str]:
    """Split at ``|`` outside brackets, parentheses and string literals."""
    parts, depth, quote, start = [], 0, None, 0
    for index, char in enumerate(expression):
        if quote:
            if char == quote:
                quote = None
        elif char in "\"'":
            quote = char
        elif char in "[(":
            depth += 1
        elif char in "])":
            depth -= 1
        elif char == "|" and depth == 0:
            parts.append(expression[start:index])
            start = index + 1
    parts.append(expression[start:])
    return parts


def _bind(lets: tuple[tuple[str, etree.XPath], ...], context: Any, outer: dict) -> dict:
    if not lets:
        return outer
    variables = dict(outer)
    for name, expression in lets:
        value = expression(context, **variables)
        if isinstance(value, list) and any(not isinstance(v, etree._Element) for v in value):
            value = _string(value)  # lxml binds only element node-sets; others by their string value
        variables[name] = value
    return variables


def _boolean(value: Any) -> bool:
    """XPath's boolean() of an lxml result."""
    if isinstance(value, float):
        return value == value and value != 0
    return bool(value)


def _string(value: Any) -> str:
    """XPath's string() of an lxml result."""
    if isinstance(value, list):
        if not value:
            return ""
        first = value[0]
        return first.xpath("string()") if isinstance(first, etree._Element) else str(first)
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else str(value)
    return str(value)


def _node_name(node: Any) -> str:
    if isinstance(node, etree._Element) and isinstance(node.tag, str):
        qname = etree.QName(node)
        return f"{node.prefix}:{qname.localname}" if node.prefix else qname.localname
    return ""


def _node_key(node: Any) -> Any:
    """Identity of a matched node: lxml keeps one proxy per node while a reference lives (the set holds it)."""
    if isinstance(node, etree._Element):
        return node
    if getattr(node, "is_attribute", False):
        return (node.getparent(), node.attrname)
    return (getattr(node, "getparent", lambda: None)(), str(node))


def _text(element: etree._Element) -> str:
    return " ".join("".join(element.itertext()).split())


def _severity(role: str | None) -> str:
    role = (role or "error").lower()
    if role in ("warning", "warn"):
        return "warning"
    if role in ("info", "information", "note"):
        return "info"
    return "error"
