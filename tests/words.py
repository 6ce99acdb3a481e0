"""Words of a transcript and of its TEI, for the 'nothing lost' invariant."""

from __future__ import annotations

import re

from lxml import etree

TEI = "{http://www.tei-c.org/ns/1.0}"
# Readings that the editor or the encoder added beside the source's own words.
ADDED = {f"{TEI}expan", f"{TEI}corr"}
LB = f"{TEI}lb"
# A word: letters and digits together; in the scripts written without spaces (Chinese, Japanese), each character,
# since an element's edge there ("周恩来" / "说：", a speaker and the speech) need not have been a space.
_UNSPACED = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002ffff"
# Superscript figures are a word of their own: against a word, they may be a note's marker, an element of its own.
_RAISED = "⁰¹²³⁴⁵⁶⁷⁸⁹"
# (An underscore is no letter: it may be Markdown's sign for italics, "_very_", an element's edge, against a word.)
_WORD = re.compile(f"[{_UNSPACED}]|[{_RAISED}]+|[^\\W_{_UNSPACED}{_RAISED}]+")


def source_words(text: str) -> list[str]:
    return _WORD.findall(text)


def tei_text(tree: etree._ElementTree) -> str:
    """The text of <text>, in document order, without editorial additions."""
    text = tree.getroot().find(f"{TEI}text")
    out: list[str] = []

    def walk(element: etree._Element) -> None:
        if element.tag in ADDED:
            out.append(" ")
            return
        # Every element edge is a word boundary, as the bracket or line end it came from was.
        out.append(" ")
        if element.tag == LB and element.get("n"):  # a line's number in the margin: the source printed it
            out.append(element.get("n") + " ")
        out.append(element.text or "")
        for child in element:
            if isinstance(child.tag, str):
                walk(child)
            out.append(child.tail or "")
        out.append(" ")

    walk(text)
    return "".join(out)


def tei_words(tree: etree._ElementTree) -> list[str]:
    return _WORD.findall(tei_text(tree))


def page_turns(text: str) -> int:
    """The transcript's page turns, as the layout reads them (inferred blank-line runs, form feeds)."""
    from tei.blocks import layout
    from tei.source import Source

    return layout(Source.from_text(text), None, 1).page_turns()


def tei_page_breaks(tree: etree._ElementTree) -> int:
    return len(tree.getroot().findall(f"{TEI}text//{TEI}pb"))


def tei_line_numbers(tree: etree._ElementTree) -> list[str]:
    return [lb.get("n") for lb in tree.getroot().iterfind(f"{TEI}text//{LB}")]
