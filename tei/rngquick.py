"""A quicker RELAX NG verdict: the grammar without the optional attributes a document does not use.

libxml2 tries each optional attribute pattern of an element in turn, copying its
state for every try, and TEI's global attribute classes give every element about
twenty (``facs``, ``corresp``, ``rendition``, ``xml:base``…). An ``optional``
attribute whose name no element of the document carries can only match nothing,
so the grammar without it gives that document the same verdict, in half the
instructions (15.7M → 8.7M a seed-sized record, ``benchmarks/instructions.py``).

``verdict`` first tries the grammar that keeps only the attributes the encoder
writes (``ENCODER_ATTRIBUTES``): a sublanguage, so "valid" there is valid. If it
says "invalid", the document's own attribute names decide: when they are all
among those kept, the verdict was exact; else the grammar that keeps them too
gives it. Which attributes are kept changes only the speed, never the verdict.
"""

from __future__ import annotations

import functools

from lxml import etree

from .ns import RNG, XML

_R = f"{{{RNG}}}"

# Clark names of the attributes the encoder writes (builder.py, header.py); a sidecar's
# conventions may add others, which the second try keeps.
ENCODER_ATTRIBUTES = frozenset({
    "ana", "cert", "ident", "n", "place", "reason", "ref", "rend", "resp", "target", "type", "version", "when",
    "who", f"{{{XML}}}id", f"{{{XML}}}lang",
})

# Patterns that mean the same with a child that matches only nothing dropped (``group(p, empty)``
# is ``p``); a parent of another kind stops the pruning there (see ``_drop``).
_TRANSPARENT = {_R + name for name in ("group", "interleave", "optional", "zeroOrMore", "oneOrMore")}


class QuickGrammar:
    """The pruned grammars of one RELAX NG grammar, compiled once for each set of kept attributes."""

    def __init__(self, grammar: etree._ElementTree) -> None:
        self.grammar = grammar
        root = grammar.getroot()
        # Only the simple form this understands: one grammar, no includes, no combined defines.
        nested = root.iterdescendants(_R + "include", _R + "externalRef", _R + "parentRef", _R + "grammar", _R + "div")
        self.usable = root.tag == _R + "grammar" and next(nested, None) is None \
            and not any(d.get("combine") for d in root.iter(_R + "define"))

    def verdict(self, document: etree._ElementTree) -> bool:
        """Whether the document is valid under the whole grammar."""
        if self._compiled(ENCODER_ATTRIBUTES).validate(document):
            return True
        used = frozenset(name for element in document.iter() for name in element.keys())
        if used <= ENCODER_ATTRIBUTES:
            return False
        return self._compiled(ENCODER_ATTRIBUTES | used).validate(document)

    @functools.lru_cache(maxsize=32)  # one QuickGrammar per schema, kept for the process
    def _compiled(self, keep: frozenset[str]) -> etree.RelaxNG:
        return etree.RelaxNG(without_attributes(self.grammar, keep) if self.usable else self.grammar)


def without_attributes(grammar: etree._ElementTree, keep: frozenset[str]) -> etree._ElementTree:
    """A copy of the grammar without each ``optional`` that holds only an attribute named outside ``keep``.

    Every step leaves a document without such attributes valid exactly when it was
    (an optional that can match only nothing is ``empty``), and any other document
    no more valid than it was (dropping an alternative never admits one).
    """
    pruned = etree.ElementTree(etree.fromstring(etree.tostring(grammar)))
    refs: dict[str, list[etree._Element]] = {}
    for ref in pruned.iter(_R + "ref"):
        refs.setdefault(ref.get("name"), []).append(ref)
    for optional in list(pruned.iter(_R + "optional")):
        children = [c for c in optional if isinstance(c.tag, str)]
        if len(children) == 1 and children[0].tag == _R + "attribute" \
                and _attribute_name(children[0]) not in (keep | {None}):
            _drop(refs, optional)
    return pruned


def _attribute_name(attribute: etree._Element) -> str | None:
    """The Clark name of an attribute pattern with a ``name`` attribute (None for name classes)."""
    name = attribute.get("name")
    if not name:
        return None
    if ":" in name:
        prefix, local = name.split(":", 1)
        uri = XML if prefix == "xml" else attribute.nsmap.get(prefix)
        return f"{{{uri}}}{local}" if uri else None
    uri = attribute.get("ns", "")  # an unprefixed attribute name is in no namespace unless ns says so
    return f"{{{uri}}}{name}" if uri else name


def _drop(refs: dict[str, list[etree._Element]], pattern: etree._Element) -> None:
    """Remove a pattern that matches only nothing, and whatever is left matching only nothing by that
    (``refs``: the grammar's references by name)."""
    parent = pattern.getparent()
    if parent is None:
        return
    tag = parent.tag
    if tag == _R + "choice":  # nothing is one of the choices: say so
        parent.replace(pattern, etree.Element(_R + "empty"))
        return
    parent.remove(pattern)
    if any(isinstance(c.tag, str) for c in parent):
        return
    if tag == _R + "element":
        etree.SubElement(parent, _R + "empty")
    elif tag == _R + "mixed":
        parent.getparent().replace(parent, etree.Element(_R + "text"))
    elif tag == _R + "define":
        if parent.getparent() is None:  # inside a define already removed
            return
        name = parent.get("name")
        parent.getparent().remove(parent)
        for ref in refs.pop(name, []):
            _drop(refs, ref)
    elif tag in _TRANSPARENT:
        _drop(refs, parent)
    else:  # start, list, attribute, data: leave nothing unsaid
        etree.SubElement(parent, _R + "empty")
