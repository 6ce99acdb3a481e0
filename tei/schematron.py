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

Speed without changing a finding: a call into libxml2 per node and per assert
costs more than the asserts, so a rule is first asked, as cheaply as its
expressions allow, which of its nodes could fail (``_Rule.mode``), and only
those are checked one by one, exactly as before. Nothing fails in a valid
document, so there nothing is checked one by one.
"""

from __future__ import annotations

import re

from dataclasses import dataclass
from typing import Any, Callable

from lxml import etree

from .ns import SCH, XML
from .xpathreads import descendant_steps, reads, selects_elements

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
    # How to find the nodes that could fail, before checking them one by one:
    # "filter": one XPath per alternative says whether any of its nodes fails (no lets, no position());
    # "shared": the outcome depends on the node's tag and ``key`` attributes only, so it is worked out
    # once per distinct tag and values; "each": every node is checked.
    mode: str = "each"
    filters: tuple[etree.XPath, ...] = ()
    key: Callable[[etree._Element], Any] | None = None


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
            self._check_pattern(pattern, document, _bind(pattern.lets, document, variables), failures)
        return failures

    def _check_pattern(self, pattern: _Pattern, document: etree._ElementTree, variables: dict,
                       failures: list[Failure]) -> None:
        """A node is checked by the first rule whose context matches it: the nodes of earlier rules are
        claimed, and worked out only when a later rule has a node that fails."""
        claimed: set = set()
        claimed_rules = 0
        for number, rule in enumerate(pattern.rules):
            for node in self._suspects(rule, document, variables):
                if number:
                    while claimed_rules < number:
                        claimed.update(_node_key(n) for n in _nodes(pattern.rules[claimed_rules], document,
                                                                     variables))
                        claimed_rules += 1
                    if _node_key(node) in claimed:
                        continue
                failures.extend(self._check(rule, node, document, variables))

    def _suspects(self, rule: _Rule, document: etree._ElementTree, variables: dict):
        """The rule's nodes that may fail, in the order a node-by-node check meets them."""
        if rule.mode != "shared":
            if rule.mode == "each" or any(suspects(document, **variables) for suspects in rule.filters):
                yield from _nodes(rule, document, variables)
            return
        outcomes: dict = {}
        met: set = set()  # a node of two alternatives is met at the first (as in _nodes), if it fails
        for context in rule.contexts:
            for node in context(document, **variables):
                if isinstance(getattr(node, "tag", None), str):
                    key = rule.key(node)
                    fails = outcomes.get(key)
                    if fails is None:
                        fails = outcomes[key] = bool(self._check(rule, node, document, variables, messages=False))
                    if not fails:
                        continue
                if _node_key(node) not in met:
                    met.add(_node_key(node))
                    yield node

    def _check(self, rule: _Rule, node: Any, document: etree._ElementTree, variables: dict,
               messages: bool = True) -> list[Failure]:
        """The failures of one node, as ISO Schematron defines them."""
        context = document if node is document else node
        rule_vars = _bind(rule.lets, context, variables)
        failures = []
        for check in rule.checks:
            if _boolean(check.test(context, **rule_vars)) == check.report:
                message = self._message(check.message, context, rule_vars) if messages else ""
                failures.append(Failure(check.code, check.role, message, node, check.hint))
        return failures

    # -- compiling

    def _xpath(self, expression: str, where: etree._Element) -> etree.XPath:
        try:
            compiled = etree.XPath(expression, namespaces=self.namespaces)
        except etree.XPathSyntaxError as exc:
            raise SchematronError(f"line {where.sourceline}: not an XPath 1.0 expression "
                                  f"({exc}): {expression}") from None
        faster = descendant_steps(expression)
        return compiled if faster == expression else etree.XPath(faster, namespaces=self.namespaces)

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
            # quadratic time, and `_nodes` already keeps a node matched twice from being checked twice.
            parts = match_expressions(rule.get("context", ""))
            context = tuple(self._xpath(part, rule) for part in parts)
            checks = tuple(self._compile_check(node, rule, pattern)
                           for node in rule if node.tag in (_S + "assert", _S + "report"))
            lets = self._compile_lets(rule)
            rules.append(_Rule(context, lets, checks, *self._mode(parts, lets, checks)))
        return _Pattern(pattern.get("id"), self._compile_lets(pattern), tuple(rules))

    def _mode(self, parts: list[str], lets: tuple, checks: tuple[_Check, ...]) -> tuple:
        """How to find a rule's failing nodes (see ``_Rule``): the cheapest way that finds them all."""
        tests = [check.test.path for check in checks]
        if not checks:
            return ("filter", (), None)
        if not lets and all(selects_elements(part) for part in parts) and \
                not any(reads(test).positional for test in tests):
            # One filter per alternative (a union's node-sets are merged in quadratic time), as one more
            # predicate on its last step: no position in it, so it keeps the nodes the step's own keep.
            fails = " or ".join(f"boolean(({c.test.path}))" if c.report else f"not(({c.test.path}))"
                                for c in checks)
            try:
                return ("filter", tuple(etree.XPath(f"boolean({descendant_steps(part)}[{fails}])",
                                                    namespaces=self.namespaces) for part in parts), None)
            except etree.XPathSyntaxError:
                pass
        found = [reads(expression.path) for _, expression in lets] + [reads(test) for test in tests]
        if not any(r.anything for r in found):
            return ("shared", (), self._key({a for r in found for a in r.attributes}))
        return ("each", (), None)

    def _key(self, attributes: set[str]) -> Callable[[etree._Element], Any]:
        """What a node's outcome depends on: its tag and the values of the attributes read."""
        names = []
        for name in sorted(attributes):
            prefix, _, local = name.rpartition(":")
            uri = XML if prefix == "xml" else self.namespaces.get(prefix) if prefix else ""
            if name == "*" or uri is None:
                return lambda node: (node.tag, tuple(node.attrib.items()))
            names.append(f"{{{uri}}}{local}" if uri else local)
        return lambda node: (node.tag, *map(node.get, names))

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
    (``tei:p`` → ``/descendant::tei:p``): libxml2 evaluates ``//x[predicate]`` as a step per
    node, and that grows faster than the document. A step with a predicate is rewritten only
    where the predicate cannot be a position (``tei:p[@n]``): ``tei:p[1]`` matches the first
    ``p`` of each parent, ``/descendant::tei:p[1]`` only the document's first.
    """
    out = []
    for part in split_union(pattern):
        expression = _anywhere(part, pattern)
        if expression.startswith("//"):
            test = _ELEMENT_TEST.match(expression, 2)
            if test and not expression.startswith("[", test.end()):
                expression = "/descendant::" + expression[2:]
            else:
                expression = descendant_steps(expression)
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


def _nodes(rule: _Rule, document: etree._ElementTree, variables: dict):
    """The rule's context nodes in document order per alternative, each once."""
    if len(rule.contexts) == 1:
        yield from rule.contexts[0](document, **variables)
        return
    seen = set()
    for context in rule.contexts:
        for node in context(document, **variables):
            key = _node_key(node)
            if key not in seen:
                seen.add(key)
                yield node


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
