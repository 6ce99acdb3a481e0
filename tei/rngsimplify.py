"""Rewrites of a RELAX NG grammar that keep its language and spare libxml2 its ambiguous repeats.

libxml2 checks a repeat whose runs can be cut in several ways by keeping a state
for every way, so the time to check n children of such an element grows faster
than n²: TEI's lists of persons, places, bibliographic entries … (``listPerson``,
``listBibl`` and five more) are written ``(a+ b*)+`` — members, then relations —
and tei_all took 9.7 s to check a listPerson of 2,000 persons. Two rewrites,
each giving the same language with one way to read a run:

- a repeat whose one pattern is a repeat: ``(p+)+`` is ``p+``; with a ``*`` in
  either, ``p*``;
- ``(a+ b*)+`` is ``a (a | b)*``: every such run starts with an ``a``, and any
  run of ``a`` and ``b`` that does can be cut into ``a+ b*`` pieces. Only where
  ``a`` and ``b`` stand for elements (no attribute, text or data, also through
  the defines they refer to), since ``a`` is written twice.
"""

from __future__ import annotations

import copy

from lxml import etree

from .ns import RNG

_R = f"{{{RNG}}}"
_REPEATS = (_R + "oneOrMore", _R + "zeroOrMore")
_NOT_ELEMENTS = {_R + name for name in ("attribute", "text", "data", "value", "list", "mixed", "interleave",
                                        "externalRef", "parentRef", "grammar", "include")}


def simplify(grammar: etree._Element) -> etree._Element:
    """The grammar, rewritten in place (see the module's docstring); returned for convenience."""
    for outer in list(grammar.iter(*_REPEATS)):
        while len(outer) == 1 and outer[0].tag in _REPEATS:
            inner = outer[0]
            if inner.tag == _R + "zeroOrMore":
                outer.tag = inner.tag
            outer.remove(inner)
            outer.extend(list(inner))
    defines: dict[str, list[etree._Element]] = {}
    for define in grammar.iter(_R + "define"):
        defines.setdefault(define.get("name"), []).append(define)  # combined defines: every part
    known: dict[str, bool] = {}
    for outer in list(grammar.iter(_R + "oneOrMore")):
        patterns = [child for child in outer if isinstance(child.tag, str)]
        if len(patterns) != 2 or len(outer) != 2 or patterns[0].tag != _R + "oneOrMore" \
                or patterns[1].tag != _R + "zeroOrMore":
            continue
        members, others = _one_pattern(patterns[0]), _one_pattern(patterns[1])
        if not (_elements_only(members, defines, known) and _elements_only(others, defines, known)):
            continue
        either = etree.Element(_R + "choice")
        either.extend([copy.deepcopy(members), others])
        then = etree.Element(_R + "zeroOrMore")
        then.append(either)
        outer.tag = _R + "group"
        outer[:] = [members, then]  # a (a | b)*
    return grammar


def _one_pattern(repeat: etree._Element) -> etree._Element:
    """A repeat's content as one pattern: its only child, or its children as a group."""
    children = list(repeat)
    if len(children) == 1:
        return children[0]
    group = etree.Element(_R + "group")
    group.extend(children)
    return group


def _elements_only(pattern: etree._Element, defines: dict, known: dict[str, bool]) -> bool:
    """Whether the pattern matches elements alone (what an element holds is its own business).
    Comments and annotations (elements of other namespaces) say nothing."""
    tag = pattern.tag
    if tag == _R + "element" or not isinstance(tag, str) or not tag.startswith(_R):
        return True
    if tag in _NOT_ELEMENTS:
        return False
    if tag == _R + "ref":
        name = pattern.get("name")
        if name not in known:
            known[name] = False  # a define that refers to itself, through others, is not counted on
            parts = defines.get(name, [])
            known[name] = bool(parts) and all(_elements_only(child, defines, known)
                                              for define in parts for child in define)
        return known[name]
    return all(_elements_only(child, defines, known) for child in pattern)
