"""A telegram's record, in capitals, "STOP" its full stop: its heading's lines, its text and its sender."""

from __future__ import annotations

import tei
from tei.validation import validate_result
from words import source_words, tei_words

NS = {"t": "http://www.tei-c.org/ns/1.0"}
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"

# Two telegrams, one after the other, as a file of them sets them (the address without a colon, two spaces after
# "TO", its number and classification on a line of their own).
TWO = ("TO  COLONIAL SECRETARY DOWNING STREET LONDON\n\nNo 214 SECRET\n\n"
       "YOUR 187 OF 2ND MARCH STOP TRIBESMEN ATTACKED CONVOY NEAR DHALA\n"
       "STOP REQUEST AUTHORITY TO EMPLOY RAF STOP GOVERNOR\n\n"
       "TO  GOVERNOR ADEN\n\nNo 192 SECRET\n\n"
       "YOUR 214 STOP AUTHORITY GRANTED STOP REPORT RESULTS SECRETARY OF STATE\n")


def fields(listed) -> list[tuple[str, str]]:
    labels = [label.text for label in listed.findall("t:label", NS)]
    values = [" ".join("".join(item.itertext()).split()) for item in listed.findall("t:item", NS)]
    return list(zip(labels, values))


def kept(text: str, result) -> bool:
    return source_words(text) == tei_words(result.tree)


def test_a_telegrams_address_and_number_are_its_heading_fields_not_a_persons_turn():
    """"TO  COLONIAL SECRETARY …" made a person "#to", the whole telegram that person's turn, and the second
    telegram's "TO  GOVERNOR ADEN" another turn of it: each telegram's address and number are its fields."""
    result = tei.encode(TWO, name="telegrams.txt")
    tree = result.tree
    assert not tree.findall(".//t:sp", NS) and not tree.findall(".//t:person", NS)
    lists = tree.findall(".//t:body//t:list[@type='fields']", NS)
    assert [fields(listed) for listed in lists] == [
        [("TO", "COLONIAL SECRETARY DOWNING STREET LONDON"), ("No", "214 SECRET")],
        [("TO", "GOVERNOR ADEN"), ("No", "192 SECRET")]]
    assert [result.position(listed.get(XML_ID)).line for listed in lists] == [1, 8]
    first_text = lists[0].getnext()
    assert first_text.tag == "{http://www.tei-c.org/ns/1.0}p"
    assert "".join(first_text.itertext()).startswith("YOUR 187 OF 2ND MARCH STOP")
    assert result.position(first_text.get(XML_ID)).line == 5
    assert kept(TWO, result) and validate_result(result) == []


def test_a_telegrams_heading_fields_with_colons_or_without_and_its_dates_and_precedence():
    """"FROM  GOVERNOR ADEN" (no colon), "TO:" without a strong field beside it, "IMMEDIATE", "DATED …",
    "RECEIVED …": fields of the telegram's heading ("TO:" alone had been a speaker's label)."""
    text = ("FROM  GOVERNOR ADEN\nTO:  COLONIAL SECRETARY\n\nIMMEDIATE\n\nNo. 214 SECRET\n"
            "DATED 4TH MARCH 1947\nRECEIVED 5TH MARCH 13.40\n\n"
            "YOUR 187 STOP TRIBESMEN ATTACKED CONVOY STOP REQUEST AUTHORITY TO EMPLOY RAF\n\n"
            "TO: GOVERNOR ADEN\n\nYOUR 214 STOP AUTHORITY GRANTED STOP REPORT RESULTS\n")
    result = tei.encode(text, name="telegrams.txt")
    tree = result.tree
    lists = tree.findall(".//t:body//t:list[@type='fields']", NS)
    assert [fields(listed) for listed in lists] == [
        [("FROM", "GOVERNOR ADEN"), ("TO:", "COLONIAL SECRETARY"), ("IMMEDIATE", ""), ("No.", "214 SECRET"),
         ("DATED", "4TH MARCH 1947"), ("RECEIVED", "5TH MARCH 13.40")],
        [("TO:", "GOVERNOR ADEN")]]
    assert not tree.findall(".//t:sp", NS) and not tree.findall(".//t:head", NS)
    assert kept(text, result) and validate_result(result) == []


def test_lines_like_a_telegrams_heading_are_no_fields_outside_a_telegrams_record():
    """Without "STOP" as its full stop, a record's "TO  GOVERNOR ADEN" is what it had been."""
    text = "TO  GOVERNOR ADEN\n\nNo 192 SECRET\n\nYour 214. Authority granted. Report results.\n"
    assert tei.encode(text, name="x").tree.find(".//t:body//t:list[@type='fields']", NS) is None


def test_a_telegrams_text_on_one_line_is_a_paragraph_not_a_heading():
    """"YOUR 214 STOP AUTHORITY GRANTED STOP …" alone on its line, in capitals, had been a section's heading,
    heading nothing; the title above it stays the title."""
    text = ("POST OFFICE TELEGRAM\n\nNo 192 SECRET  IMMEDIATE\n\n"
            "YOUR 214 STOP AUTHORITY GRANTED STOP REPORT RESULTS\n")
    result = tei.encode(text, name="telegram.txt")
    tree = result.tree
    assert [head.text for head in tree.findall(".//t:body//t:head", NS)] == ["POST OFFICE TELEGRAM"]
    assert tree.findtext(".//t:titleStmt/t:title", namespaces=NS) == "POST OFFICE TELEGRAM"
    assert fields(tree.find(".//t:body//t:list[@type='fields']", NS)) == [("No", "192 SECRET IMMEDIATE")]
    paragraph = tree.find(".//t:body//t:p", NS)
    assert paragraph.text == "YOUR 214 STOP AUTHORITY GRANTED STOP REPORT RESULTS"
    assert result.position(paragraph.get(XML_ID)).line == 5
    assert not tree.findall(".//t:div[@type='section']", NS)
    assert kept(text, result) and validate_result(result) == []
