"""Cold War records (second group): participants' groups and chairs, offices named again, ids of names written in
letters Unicode does not decompose, header dates and a letterhead's lines."""

from __future__ import annotations

from words import source_words, tei_words

import tei
from tei.validation import validate_result

NS = {"t": "http://www.tei-c.org/ns/1.0"}
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"


def encoded(text: str):
    result = tei.encode(text, name="x.txt")
    assert tei_words(result.tree) == source_words(text)
    assert validate_result(result) == []
    people = [p.get(XML_ID) for p in result.tree.iterfind(".//t:particDesc//t:person", NS)]
    turns = [(sp.get("who"), sp.findtext("t:speaker", namespaces=NS)) for sp in result.tree.iterfind(".//t:sp", NS)]
    return result, people, turns


def test_a_name_written_with_a_letter_that_has_no_decomposition_is_folded_in_its_id():
    """"Comrade W. Gomułka (Poland):" is "#gomulka" as "Comrade J. Kádár" is "#kadar" (its "ł", no accent
    Unicode takes apart, had been kept: "#gomułka")."""
    text = ("Comrade W. Gomułka (Poland): We agree with the proposal.\n\n"
            "Comrade J. Kádár (Hungary): We agree.\n\n"
            "Comrade W. Gomułka (Poland): Then it is settled.\n\n"
            "Comrade Đilas: And Støre, Æsgård and Þórsson agree.\n")
    _, people, turns = encoded(text)
    assert people == ["gomulka", "kadar", "dilas"]
    assert [who for who, _ in turns] == ["#gomulka", "#kadar", "#gomulka", "#dilas"]

