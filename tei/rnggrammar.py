"""What a RELAX NG grammar allows, in words a hint can use.

libxml2 says that an element is wrong, not what would be right; these answers
(which children, which attributes, which values, what must come first) turn
its errors into hints.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator

from lxml import etree

from .ns import RNG

_R = f"{{{RNG}}}"
_NOT_REQUIRED = {"optional", "zeroOrMore", "choice", "interleave"}


class Grammar:
    """What a simple RELAX NG grammar (TEI's compiled form) allows.

    ``known`` is False for grammars this does not understand (includes,
    nested grammars): then every question has no answer and hints stay generic.
    """

    def __init__(self, root: etree._Element) -> None:
        self.known = root.tag == _R + "grammar" and not any(
            root.iter(_R + "include", _R + "externalRef", _R + "parentRef")) and \
            sum(1 for _ in root.iter(_R + "grammar")) == 1
        self.defines: dict[str, list[etree._Element]] = {}
        self.elements: dict[str, list[etree._Element]] = {}
        if not self.known:
            return
        for define in root.iter(_R + "define"):
            self.defines.setdefault(define.get("name"), []).append(define)
        for element in root.iter(_R + "element"):
            if element.get("name"):
                self.elements.setdefault(element.get("name").rsplit(":", 1)[-1], []).append(element)

    @functools.cache
    def children(self, name: str) -> frozenset[str] | None:
        """Local names of the elements allowed as children of ``name`` (None: unknown)."""
        if not self.known or name not in self.elements:
            return None
        return frozenset(n.rsplit(":", 1)[-1] for element in self.elements[name]
                         for n in self._names(element, _R + "element", _own))

    @functools.cache
    def attributes(self, name: str) -> frozenset[str]:
        return frozenset(n.rsplit(":", 1)[-1] for element in self.elements.get(name, [])
                         for n in self._names(element, _R + "attribute", _own))

    @functools.cache
    def required_attributes(self, name: str) -> tuple[str, ...]:
        return self._required(name, _R + "attribute")

    @functools.cache
    def required_children(self, name: str) -> tuple[str, ...]:
        return self._required(name, _R + "element")

    @functools.cache
    def values(self, element: str, attribute: str) -> list[str]:
        """The enumerated values of an attribute, if the schema lists them."""
        out: list[str] = []
        for el in self.elements.get(element, []):
            for node in self._patterns(_content(el), set(), _own):
                if node.tag == _R + "attribute" and (node.get("name") or "").rsplit(":", 1)[-1] == attribute:
                    out.extend(v.text or "" for v in node.iter(_R + "value"))
        return sorted(set(out))

    @functools.cache
    def first(self, name: str) -> frozenset[str]:
        """Local names of the elements that may come first in ``name``'s content."""
        found: set[str] = set()
        for element in self.elements.get(name, []):
            found |= self._first(_content(element), frozenset())[0]
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
        local = etree.QName(node).localname
        children = _content(node)
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
        if node.tag == _R + "ref":
            name = node.get("name")
            if name in active:
                return set(), False
            return self._first(self._refs(node), active | {name})
        return set(), True  # attribute, text, empty, data, value, list

    # -- walking

    def _refs(self, node: etree._Element) -> list[etree._Element]:
        return [child for define in self.defines.get(node.get("name"), []) for child in define]

    def _patterns(self, nodes, visited: set[str], into) -> Iterator[etree._Element]:
        """Every node of the patterns in document order, through each ref once, into those ``into`` accepts."""
        for node in nodes:
            yield node
            if node.tag == _R + "ref":
                if node.get("name") not in visited:
                    visited.add(node.get("name"))
                    yield from self._patterns(self._refs(node), visited, into)
            elif into(node):
                yield from self._patterns(_content(node), visited, into)

    def _names(self, element: etree._Element, tag: str, into) -> list[str]:
        """The names of the ``tag`` patterns (element or attribute) in one element's content."""
        return [node.get("name") for node in self._patterns(_content(element), set(), into)
                if node.tag == tag and node.get("name")]

    def _required(self, name: str, tag: str) -> tuple[str, ...]:
        patterns = self.elements.get(name, [])
        if len(patterns) != 1:
            return ()
        found = self._names(patterns[0], tag, _own_required)
        return tuple(dict.fromkeys(n.rsplit(":", 1)[-1] if tag.endswith("element") else n for n in found))


def _own(node: etree._Element) -> bool:
    """An element's own content: not its children's, nor an attribute's value."""
    return node.tag not in (_R + "element", _R + "attribute")


def _own_required(node: etree._Element) -> bool:
    """What an element must contain: its own content outside optional, repeated and alternative parts."""
    return _own(node) and etree.QName(node).localname not in _NOT_REQUIRED


def _content(node: etree._Element) -> list[etree._Element]:
    """A pattern's child patterns (not its comments)."""
    return [c for c in node if isinstance(c.tag, str)]
