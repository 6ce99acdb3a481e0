"""A small transcript encoded in a test, the invariants every encoding keeps checked on the way: every word of
the source kept in order, and the result valid. The tests of conventions read what they assert from it."""

from __future__ import annotations

from words import source_words, tei_words

import tei
from tei.validation import validate_result

NS = {"t": "http://www.tei-c.org/ns/1.0"}
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"


def checked(text: str, name: str = "x.txt"):
    """The encoding of ``text`` (an ``EncodeResult``), its words and its validity asserted."""
    result = tei.encode(text, name=name)
    assert tei_words(result.tree) == source_words(text)
    assert validate_result(result) == []
    return result


def people(result) -> set[str]:
    """The ids of the persons the header lists."""
    return {p.get(XML_ID) for p in result.tree.iterfind(".//t:particDesc//t:person", NS)}


def whos(result) -> list[str]:
    """Each turn's @who, in order."""
    return [sp.get("who") for sp in result.tree.iterfind(".//t:sp", NS)]


def listed(result) -> list[list[tuple[str, str]]]:
    """Each item of a participants list: its names, as written, and whom each points at."""
    return [[(name.text, name.get("ref")) for name in item.iterfind(".//t:persName", NS)]
            for item in result.tree.iterfind(".//t:list[@type='participants']/t:item", NS)]


def flat(element) -> str:
    """An element's words, its white space made one space."""
    return " ".join("".join(element.itertext()).split())


def turns(result) -> list[tuple[str, str, str]]:
    """Each turn's @who, its speaker's words and its first paragraph's."""
    return [(sp.get("who"), flat(sp.find("t:speaker", NS)),
             flat(sp.find("t:p", NS)) if sp.find("t:p", NS) is not None else "")
            for sp in result.tree.iterfind(".//t:sp", NS)]


def body_children(result) -> list[tuple[str, str]]:
    """The record's blocks in order: the name and the words of each child of the body's divisions."""
    return [(child.tag.split("}")[1], flat(child))
            for div in result.tree.iterfind(".//t:body/t:div", NS) for child in div]
