"""What an XPath 1.0 expression reads of its context node.

Why: the Schematron interpreter checks a rule once per node, and a call into
libxml2 per node costs more than the check. An expression that reads the node
only through its name and some of its attributes (``@who``,
``self::tei:persName/@ref``) gives the same answer on every node that agrees on
those, so one evaluation serves them all; an expression that does not ask for
the context's position can be checked for all nodes in one filter. What cannot
be shown here (a child, the text, the parent, ``name()`` with its prefix, an
unknown function) counts as reading the whole node, so that the interpreter
falls back to checking node by node: this module may be too careful, never
too bold.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_NCNAME = r"[^\W\d][\w.\-]*"
_TOKEN = re.compile(rf"""
    (?P<space>\s+)
  | (?P<literal>"[^"]*"|'[^']*')
  | (?P<number>\d+(?:\.\d*)?|\.\d+)
  | (?P<variable>\$(?:{_NCNAME}:)?{_NCNAME})
  | (?P<name>{_NCNAME}(?::(?:{_NCNAME}|\*))?)
  | (?P<symbol>//|::|\.\.|!=|<=|>=|[/()\[\].@,|+\-=<>*])
""", re.VERBOSE)
_OPERATOR_NAMES = {"and", "or", "mod", "div"}
_OPERATORS = _OPERATOR_NAMES | {"*", "/", "//", "|", "+", "-", "=", "!=", "<", "<=", ">", ">="}
_NODE_TYPES = {"node", "text", "comment", "processing-instruction"}
_ELEMENT_AXES = {"child", "descendant", "descendant-or-self", "self", "parent", "ancestor", "ancestor-or-self",
                 "following", "following-sibling", "preceding", "preceding-sibling"}
# Functions whose value is a function of their arguments' values (and of the document).
_PURE = {"count", "sum", "id", "boolean", "not", "true", "false", "concat", "contains", "starts-with", "substring",
         "substring-before", "substring-after", "translate", "floor", "ceiling", "round"}
# With no argument these read the context node's string value; with one, only the argument.
_STRING_OF_CONTEXT = {"string", "normalize-space", "string-length", "number"}
# With no argument these read the context node's name, which the node's tag says.
_NAME_OF_CONTEXT = {"local-name", "namespace-uri"}

# What a subexpression gives: _OWN is a node-set of the context node's own attributes.
_SCALAR, _NODES, _OWN = "scalar", "nodes", "own"


class _Syntax(ValueError):
    pass


@dataclass(frozen=True)
class Reads:
    """What an expression reads of its context node."""

    anything: bool  # more than its name and the attributes listed
    attributes: frozenset[str]  # the attributes read, as written (``who``, ``xml:id``; ``*``: any)
    positional: bool  # calls position() or last() on the context, outside any predicate


@dataclass(frozen=True)
class _Token:
    kind: str  # literal number variable name function nodetype axis operator symbol
    text: str
    start: int = 0  # offset in the expression


def reads(expression: str) -> Reads:
    """What ``expression`` reads of its context node; a parse it cannot make reads anything."""
    try:
        parser = _Parser(expression)
        parser.expression()
        parser.end()
    except _Syntax:
        return Reads(True, frozenset(), True)
    return Reads(parser.anything, frozenset(parser.attributes), parser.positional)


def selects_elements(expression: str) -> bool:
    """Whether ``expression`` is one location path whose last step can select elements only."""
    try:
        parser = _Parser(expression)
        kind, last = parser.top_path()
        parser.end()
    except _Syntax:
        return False
    return kind == "path" and last is not None and last[0] in _ELEMENT_AXES and last[1] == "name"


def descendant_steps(expression: str) -> str:
    """``//x[@a]`` written as ``/descendant::x[@a]``: the same nodes, found faster.

    libxml2 reads ``//x`` as a child step from every node, and runs it that way when the step
    has a predicate (a position would count among each node's children); with no position in
    the predicates, the descendant axis finds the same nodes in one pass. Only predicates that
    test an attribute's presence are rewritten: they cannot be positions.
    """
    try:
        tokens = _tokens(expression)
    except _Syntax:
        return expression
    starts = []
    for index, token in enumerate(tokens):
        if token.text == "//" and token.kind == "operator" and index + 1 < len(tokens) \
                and tokens[index + 1].kind == "name":
            after = index + 2
            while [t.text for t in tokens[after:after + 2]] == ["[", "@"] and after + 3 < len(tokens) \
                    and tokens[after + 2].kind == "name" and tokens[after + 3].text == "]":
                after += 4
            if after > index + 2 and (after == len(tokens) or tokens[after].text != "["):
                starts.append(token.start)
    for start in reversed(starts):
        expression = expression[:start] + "/descendant::" + expression[start + 2:]
    return expression


def _tokens(expression: str) -> list[_Token]:
    out: list[_Token] = []
    position = 0
    while position < len(expression):
        match = _TOKEN.match(expression, position)
        if match is None:
            raise _Syntax(expression[position:])
        start, position = match.start(), match.end()
        kind, text = match.lastgroup, match.group(match.lastgroup)
        if kind == "space":
            continue
        # XPath's rule: after a token that ends an operand, * and names are operators.
        previous = out[-1] if out else None
        operand_before = previous is not None and previous.text not in ("@", "::", "(", "[", ",") \
            and previous.kind != "operator"
        if kind == "symbol" and text == "*":
            kind = "operator" if operand_before else "name"
        elif kind == "name":
            following = expression[position:].lstrip()
            if operand_before:
                if text not in _OPERATOR_NAMES:
                    raise _Syntax(text)
                kind = "operator"
            elif following.startswith("::"):
                kind = "axis"
            elif following.startswith("("):
                kind = "nodetype" if text in _NODE_TYPES else "function"
        elif kind == "symbol" and text in _OPERATORS:
            kind = "operator"
        out.append(_Token(kind, text, start))
    return out


class _Parser:
    """Recursive descent over XPath 1.0, noting what is read while the context is the rule's node."""

    def __init__(self, expression: str) -> None:
        self.tokens = _tokens(expression)
        self.index = 0
        self.outer = True  # the context is the node the expression is evaluated on (not in a predicate)
        self.anything = False
        self.positional = False
        self.attributes: set[str] = set()

    # -- tokens

    def peek(self) -> _Token | None:
        return self.tokens[self.index] if self.index < len(self.tokens) else None

    def at(self, *texts: str) -> bool:
        token = self.peek()
        return token is not None and token.text in texts and token.kind in ("operator", "symbol")

    def take(self) -> _Token:
        token = self.peek()
        if token is None:
            raise _Syntax("unexpected end")
        self.index += 1
        return token

    def expect(self, text: str) -> None:
        if self.take().text != text:
            raise _Syntax(text)

    def end(self) -> None:
        if self.peek() is not None:
            raise _Syntax(self.peek().text)

    def reads_everything(self) -> None:
        if self.outer:
            self.anything = True

    # -- expressions (each returns _SCALAR, _NODES or _OWN)

    def expression(self) -> str:
        return self.binary(0)

    _LEVELS = (("or",), ("and",), ("=", "!="), ("<", "<=", ">", ">="), ("+", "-"), ("*", "div", "mod"))

    def binary(self, level: int) -> str:
        if level == len(self._LEVELS):
            return self.unary()
        kind = self.binary(level + 1)
        while self.at(*self._LEVELS[level]):
            self.take()
            self.binary(level + 1)
            kind = _SCALAR
        return kind

    def unary(self) -> str:
        if self.at("-"):
            self.take()
            self.unary()
            return _SCALAR
        return self.union()

    def union(self) -> str:
        kinds = [self.path()]
        while self.at("|"):
            self.take()
            kinds.append(self.path())
        if len(kinds) == 1:
            return kinds[0]
        if _OWN in kinds:  # the context's own attributes in a node-set whose identity can be seen
            self.reads_everything()
        return _NODES

    def path(self) -> str:
        token = self.peek()
        if token is None:
            raise _Syntax("unexpected end")
        if token.text in ("/", "//") and token.kind == "operator":
            self.take()
            if token.text == "//" or self.starts_step():
                self.relative(detached=True)
            return _NODES
        if self.starts_step():
            return self.relative(detached=False)
        kind = self.primary()
        if self.at("["):
            if kind == _OWN:
                self.reads_everything()
            self.predicates()
            kind = _NODES
        if self.at("/", "//"):
            if kind == _OWN:
                self.reads_everything()
            self.take()
            self.relative(detached=True)
            kind = _NODES
        return kind

    def starts_step(self) -> bool:
        token = self.peek()
        return token is not None and (token.kind in ("name", "axis", "nodetype") or
                                      (token.kind == "symbol" and token.text in ("@", ".", "..")))

    def relative(self, detached: bool) -> str:
        """A relative location path: from the context node, unless ``detached`` (after / or a filter)."""
        steps = [self.step()]
        while self.at("/", "//"):
            if self.take().text == "//":
                steps.append(("descendant-or-self", "type", False, "*"))
            steps.append(self.step())
        if detached or not self.outer:
            return _NODES
        *leading, (axis, test, predicated, name) = steps
        if axis == "attribute" and not predicated and all(a == "self" and not p for a, _, p, _ in leading):
            self.attributes.add("*" if test == "type" or name.endswith("*") else name)
            return _OWN
        self.anything = True
        return _NODES

    def step(self) -> tuple[str, str, bool, str]:
        """(axis, "name" or "type" test, whether it has predicates, the name tested)."""
        token = self.take()
        if token.kind == "symbol" and token.text in (".", ".."):
            return ("self" if token.text == "." else "parent", "type", False, "*")
        axis = "child"
        if token.kind == "symbol" and token.text == "@":
            axis, token = "attribute", self.take()
        elif token.kind == "axis":
            axis = token.text
            self.expect("::")
            token = self.take()
        if token.kind == "nodetype":
            self.expect("(")
            if self.peek() is not None and self.peek().kind == "literal":
                self.take()
            self.expect(")")
            test = "type"
        elif token.kind == "name":
            test = "name"
        else:
            raise _Syntax(token.text)
        predicated = self.at("[")
        self.predicates()
        return (axis, test, predicated, token.text)

    def predicates(self) -> None:
        while self.at("["):
            self.take()
            outer, self.outer = self.outer, False
            self.expression()
            self.outer = outer
            self.expect("]")

    def primary(self) -> str:
        token = self.take()
        if token.kind == "variable":
            return _NODES
        if token.kind in ("literal", "number"):
            return _SCALAR
        if token.text == "(":
            kind = self.expression()
            self.expect(")")
            return kind
        if token.kind == "function":
            return self.function(token.text)
        raise _Syntax(token.text)

    def function(self, name: str) -> str:
        self.expect("(")
        arguments = []
        if not self.at(")"):
            arguments.append(self.expression())
            while self.at(","):
                self.take()
                arguments.append(self.expression())
        self.expect(")")
        if name in _PURE:
            return _NODES if name == "id" else _SCALAR
        if name in _STRING_OF_CONTEXT or name in _NAME_OF_CONTEXT:
            if not arguments and name in _STRING_OF_CONTEXT:
                self.reads_everything()
            return _SCALAR
        if name in ("position", "last"):
            if self.outer:
                self.positional = True
            self.reads_everything()
            return _SCALAR
        if name == "name" and arguments and _OWN not in arguments:
            return _SCALAR
        # name() (a prefix is not in the tag), lang(), and functions XPath 1.0 does not define,
        # even in a predicate: current() and extensions can see past the predicate's node.
        self.anything = True
        return _NODES

    # -- the shape of a rule context

    def top_path(self) -> tuple[str, tuple[str, str] | None]:
        """("path", (axis, test) of the last step) when the expression is one location path."""
        token = self.peek()
        if token is None:
            raise _Syntax("empty")
        if token.text in ("/", "//") and token.kind == "operator":
            self.take()
            if token.text == "/" and not self.starts_step():
                return "path", None
        elif not self.starts_step():
            self.expression()
            return "other", None
        last = self.step()
        while self.at("/", "//"):
            self.take()
            last = self.step()
        return "path", last[:2]
