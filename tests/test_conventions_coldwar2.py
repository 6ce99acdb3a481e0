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


def test_an_office_of_two_words_alone_is_the_holder_named_with_it_before():
    """"Deputy Minister Winiewicz replied …" then "The Deputy Minister noted …": one person, as "Ambassador Gregor"
    and "The Ambassador" are (the office of two words had been a person "#deputy-minister")."""
    text = ("Deputy Minister Winiewicz replied that the press expresses the views of the public.\n\n"
            "Ambassador Gregor said that the statement had been condemned.\n\n"
            "The Deputy Minister noted that a meeting would be welcome.\n\n"
            "The Ambassador answered that he had no instructions.\n")
    _, people, turns = encoded(text)
    assert people == ["winiewicz", "gregor"]
    assert turns == [("#winiewicz", "Deputy Minister Winiewicz"), ("#gregor", "Ambassador Gregor"),
                     ("#winiewicz", "The Deputy Minister"), ("#gregor", "The Ambassador")]


def test_a_chancellor_listed_with_his_office_is_the_chancellor_who_speaks():
    """"Chancellor Konrad Adenauer" among the participants, then "The Chancellor said …": his turns (the office had
    been a person "#chancellor" of its own, and the listed one "#chancellor-konrad-adenauer")."""
    text = ("MEMORANDUM OF CONVERSATION\n\nPARTICIPANTS:\nThe President\nChancellor Konrad Adenauer\n"
            "Mr. Heinz Weber, Interpreter\n\n"
            "The President said that he welcomed the Chancellor.\n\n"
            "The Chancellor said that he was grateful for the invitation.\n\n"
            "The Chancellor replied that it was serious.\n")
    _, people, turns = encoded(text)
    assert people == ["president", "konrad-adenauer", "heinz-weber"]
    assert [who for who, _ in turns] == ["#president", "#konrad-adenauer", "#konrad-adenauer"]
