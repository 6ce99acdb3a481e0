"""A quicker RELAX NG verdict: the grammar without the optional attributes the documents do not use.

libxml2 tries each optional attribute pattern of an element in turn, copying its
state for every try, and TEI's attribute classes give every element twenty or
more (``facs``, ``corresp``, ``rendition``, ``xml:base``…): in a seed-sized
edition that is nine tenths of RELAX NG's work. An ``optional`` attribute pattern
of element ``e`` whose attribute no ``e`` in the document carries can only match
nothing, so the grammar without it gives that document the same verdict.

The grammar is pruned for the pairs (element, attribute) seen so far in the
documents checked, once the first documents have been checked whole, and again
once as many have needed the whole grammar for a pair not seen before (a
collection's own conventions: a handful of times in a build). A grammar
pruned for pairs P accepts a document only if the whole grammar does (dropping
an optional pattern never admits a document), and gives exactly the whole
grammar's verdict on a document whose pairs are all in P. So which pairs are
kept changes only the speed, never the verdict.
"""

from __future__ import annotations

import copy

from lxml import etree

from .ns import RNG, XML

_R = f"{{{RNG}}}"
MAX_PRUNINGS = 16  # past this many, a document set this varied gets the whole grammar
WARM_UP = 20  # documents checked by the whole grammar before a pruning (about 0.1 s) pays for itself

# What a define may hold to be a set of attributes, inlined into each element that refers to it.
_ATTRIBUTE_ONLY = {_R + name for name in ("group", "interleave", "optional", "zeroOrMore", "oneOrMore", "choice",
                                          "empty", "notAllowed", "attribute", "ref")}


class QuickGrammar:
    """One grammar's pruned form for the (element, attribute) pairs its documents have used so far."""

    def __init__(self, grammar: etree._ElementTree, whole: etree.RelaxNG | None = None,
                 warm_up: int = WARM_UP) -> None:
        root = grammar.getroot()
        # Only the simple form this understands: one grammar, no includes, no combined defines.
        nested = root.iterdescendants(_R + "include", _R + "externalRef", _R + "parentRef", _R + "grammar", _R + "div")
        self.usable = root.tag == _R + "grammar" and next(nested, None) is None \
            and not any(d.get("combine") for d in root.iter(_R + "define"))
        self.grammar = grammar
        self.whole = whole if whole is not None else etree.RelaxNG(grammar)
        self.kept: frozenset[tuple[str, str]] = frozenset()  # the pairs the pruned grammar keeps
        self.seen: frozenset[tuple[str, str]] = frozenset()  # every pair met, kept or not yet
        self.pruned: etree.RelaxNG | None = None
        self.prunings = 0
        self.warm_up = warm_up
        self.waiting = 0  # documents the whole grammar checked since the last pruning
        self.whole_checks = 0

    def verdict(self, document: etree._ElementTree) -> bool:
        """Whether the document is valid under the whole grammar."""
        return self.judge(document)[0]

    def judge(self, document: etree._ElementTree) -> tuple[bool, bool]:
        """The verdict, and whether the whole grammar gave it (then its error log is this document's)."""
        used = None
        if self.pruned is not None:
            # A document with a pair the pruning left out fails the pruned grammar at every element that
            # has it, and lxml works out each failure's path by counting the element's earlier siblings:
            # time that grows with the square of the failures (7 s for a long record's 30,000 sidecar
            # corrections, each with a @resp the collection had not used). A long document's pairs are
            # read first; a short one's (most) would cost more to read than its failures.
            if _ELEMENTS(document) > LONG_DOCUMENT:
                used = _pairs(document)
            if used is None or used <= self.kept:
                if self.pruned.validate(document):
                    return True, False
                if used is not None:
                    return False, False  # the verdict was exact
        if not self.usable:
            return self._whole(document), True
        if used is None:
            used = _pairs(document)
        if self.pruned is not None and used <= self.kept:
            return False, False  # the verdict was exact
        self.seen |= used
        self.waiting += 1
        # A pruning is made only after ``warm_up`` documents needed the whole grammar, so that documents
        # that keep bringing new pairs (others' TEI of every kind) cost at most one pruning per so many.
        if self.waiting < self.warm_up or self.prunings >= MAX_PRUNINGS:
            return self._whole(document), True
        self.kept = self.seen
        self.pruned = etree.RelaxNG(pruned_grammar(self.grammar, self.kept))
        self.prunings += 1
        self.waiting = 0
        return self.pruned.validate(document), False

    def _whole(self, document: etree._ElementTree) -> bool:
        self.whole_checks += 1
        return self.whole.validate(document)


LONG_DOCUMENT = 1000  # elements: a document this long has its pairs read before the pruned grammar is tried
_ELEMENTS = etree.XPath("count(//*)")


def _pairs(document: etree._ElementTree) -> frozenset[tuple[str, str]]:
    """The (element, attribute) pairs a document uses, in Clark notation."""
    return frozenset((element.tag, name) for element in document.iter() for name in element.keys())


def pruned_grammar(grammar: etree._ElementTree, keep: frozenset[tuple[str, str]]) -> etree._ElementTree:
    """A copy of the grammar in which each element holds its attribute patterns itself, less the optional
    ones it does not keep.

    A reference to a define that holds only attributes (TEI's attribute classes) is
    replaced by the define's content (the same grammar), leaving out each ``optional``
    attribute whose (element, attribute) pair, in Clark notation, is not in ``keep``.
    A document whose pairs are all in ``keep`` is valid under the result exactly when
    it was; any other document is no more valid than it was. (A pattern that says
    nothing is dropped too.)
    """
    pruned = copy.deepcopy(grammar)
    defines = {d.get("name"): d for d in pruned.iter(_R + "define")}
    attribute_only: dict[str, bool] = {}

    def only_attributes(name: str) -> bool:
        if name not in attribute_only:
            attribute_only[name] = False  # a define that refers to itself is not inlined
            define = defines.get(name)
            attribute_only[name] = define is not None and all(
                _holds_attributes(c, only_attributes) for c in define if isinstance(c.tag, str))
        return attribute_only[name]

    for element in list(pruned.iter(_R + "element")):
        owner = _element_name(element)
        if owner is None:
            continue
        for ref in _own_refs(element):
            if only_attributes(ref.get("name")):
                _splice(ref, _expand(defines[ref.get("name")], owner, keep, defines, only_attributes))
    # A token of a list holds no white space, so a pattern \S+ on it says nothing; libxml2 compiles a
    # pattern again for every value it checks (TEI's pointers: @who, @ana, @ref …).
    for param in list(pruned.iter(_R + "param")):
        if param.get("name") == "pattern" and param.text == r"\S+" \
                and next(param.iterancestors(_R + "list"), None) is not None \
                and next(param.iterancestors(_R + "except"), None) is None:
            param.getparent().remove(param)
    return pruned


def _expand(pattern: etree._Element, owner: str, keep: frozenset, defines: dict, only_attributes) -> list:
    """Copies of the patterns inside ``pattern`` (attributes only), with the references to attribute
    sets expanded and the optional attributes ``owner`` does not keep left out ([]: no attribute at all)."""
    out = []
    for child in pattern:
        tag = child.tag
        if not isinstance(tag, str):
            continue
        if tag == _R + "ref" and only_attributes(child.get("name")):
            out.extend(_expand(defines[child.get("name")], owner, keep, defines, only_attributes))
        elif tag == _R + "empty":  # in a sequence, nothing to add (a choice's empty alternative stays)
            continue
        elif tag in (_R + "attribute", _R + "ref", _R + "notAllowed"):
            out.append(copy.deepcopy(child))
        elif tag == _R + "optional" and (attribute := _single_attribute(child)) is not None:
            name = _attribute_name(attribute)
            if name is None or (owner, name) in keep:
                out.append(copy.deepcopy(child))
        elif tag == _R + "choice":
            choice = etree.Element(tag)
            for alternative in child:
                if isinstance(alternative.tag, str):
                    wrapper = etree.Element(_R + "group")
                    wrapper.append(copy.deepcopy(alternative))
                    kept = _expand(wrapper, owner, keep, defines, only_attributes)
                    _splice_into(choice, kept)
            out.append(choice)
        else:  # group, interleave, optional of several, zeroOrMore, oneOrMore: nothing if nothing is left
            kept = _expand(child, owner, keep, defines, only_attributes)
            if kept:
                copied = etree.Element(tag)
                copied.extend(kept)
                out.append(copied)
    return out


def _splice_into(choice: etree._Element, patterns: list) -> None:
    """One alternative of a choice: nothing (``empty``), one pattern, or several as a group."""
    if not patterns:
        choice.append(etree.Element(_R + "empty"))
    elif len(patterns) == 1:
        choice.append(patterns[0])
    else:
        group = etree.Element(_R + "group")
        group.extend(patterns)
        choice.append(group)


def _splice(ref: etree._Element, patterns: list) -> None:
    """Put the patterns where the reference was. In a choice they stay one alternative; elsewhere
    they go in, in order, unwrapped: libxml2 reads an element's attributes apart from its content
    only where they are not inside a group."""
    parent = ref.getparent()
    if parent.tag == _R + "choice":
        at = parent.index(ref)
        parent.remove(ref)
        holder = etree.Element(_R + "choice")
        _splice_into(holder, patterns)
        parent.insert(at, holder[0])
        return
    at = parent.index(ref)
    parent.remove(ref)
    for offset, pattern in enumerate(patterns):
        parent.insert(at + offset, pattern)
    if not any(isinstance(c.tag, str) for c in parent):
        etree.SubElement(parent, _R + "empty")


def _single_attribute(optional: etree._Element) -> etree._Element | None:
    children = [c for c in optional if isinstance(c.tag, str)]
    return children[0] if len(children) == 1 and children[0].tag == _R + "attribute" else None


def _holds_attributes(pattern: etree._Element, only_attributes) -> bool:
    tag = pattern.tag
    if tag not in _ATTRIBUTE_ONLY:
        return False
    if tag == _R + "attribute":
        return True
    if tag == _R + "ref":
        return only_attributes(pattern.get("name"))
    return all(_holds_attributes(c, only_attributes) for c in pattern if isinstance(c.tag, str))


def _own_refs(pattern: etree._Element) -> list[etree._Element]:
    """The references in a pattern, outside the elements and attributes nested in it."""
    found, stack = [], [c for c in pattern if isinstance(c.tag, str)]
    while stack:
        node = stack.pop()
        if node.tag == _R + "ref":
            found.append(node)
        elif node.tag not in (_R + "element", _R + "attribute"):
            stack.extend(c for c in node if isinstance(c.tag, str))
    return found


def _attribute_name(attribute: etree._Element) -> str | None:
    return _clark_name(attribute, inherits_ns=False)


def _element_name(element: etree._Element) -> str | None:
    return _clark_name(element, inherits_ns=True)


def _clark_name(pattern: etree._Element, inherits_ns: bool) -> str | None:
    """The Clark name of a pattern's ``name`` (None for name classes). An unprefixed name is in the
    namespace its ``ns`` says; an element's takes the nearest ancestor's, an attribute's none."""
    name = pattern.get("name")
    if not name:
        return None
    if ":" in name:
        prefix, local = name.split(":", 1)
        uri = XML if prefix == "xml" else pattern.nsmap.get(prefix)
        return f"{{{uri}}}{local}" if uri else None
    uri = pattern.get("ns")
    if uri is None:
        uri = next((a.get("ns") for a in pattern.iterancestors() if a.get("ns") is not None), "") \
            if inherits_ns else ""
    return f"{{{uri}}}{name}" if uri else name
