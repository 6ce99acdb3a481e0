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
    assert not tree.findall(".//t:sp", NS)
    assert [person.get(XML_ID) for person in tree.iterfind(".//t:person", NS)] == ["secretary-of-state"]  # (its sender)
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


def closer_of(text: str, register: str | None = None):
    result = tei.encode(text, name="telegram.txt")
    return result, result.tree.find(".//t:body//t:closer", NS)


def test_a_telegrams_sender_run_onto_its_last_line_after_the_last_stop_is_its_signature():
    """"… STOP REPORT RESULTS SECRETARY OF STATE": the sender's office had stayed the paragraph's last words. In
    a file of several telegrams, the last one's is the record's closing."""
    result, closer = closer_of(TWO)
    assert ["".join(signed.itertext()) for signed in closer.findall("t:signed", NS)] == ["SECRETARY OF STATE"]
    assert closer.find("t:signed/t:persName", NS).text == "SECRETARY OF STATE"
    paragraphs = result.tree.findall(".//t:body//t:p", NS)
    assert "".join(paragraphs[-1].itertext()) == "YOUR 214 STOP AUTHORITY GRANTED STOP REPORT RESULTS"
    position = result.position(closer.get(XML_ID))
    assert (position.line, position.column) == (12, 53)
    assert result.position(closer.find("t:signed", NS).get(XML_ID)).column == 53
    assert kept(TWO, result) and validate_result(result) == []


def test_a_telegrams_office_right_after_the_last_stop_or_on_its_own_last_line_signs_it():
    for ending, text_end, line in (
            ("STOP REQUEST AUTHORITY TO EMPLOY RAF STOP GOVERNOR\n", "EMPLOY RAF STOP", 4),
            ("STOP WILL REPORT FURTHER TOMORROW\nHIGH COMMISSIONER\n", "FURTHER TOMORROW", 5),
            ("STOP WILL REPORT FURTHER TOMORROW ACTING GOVERNOR\n", "FURTHER TOMORROW", 4)):
        text = "TO  COLONIAL SECRETARY LONDON\n\nYOUR 187 STOP TRIBESMEN ATTACKED CONVOY STOP TWO KILLED\n" + ending
        result, closer = closer_of(text)
        assert closer is not None, ending
        assert "".join(result.tree.findall(".//t:body//t:p", NS)[-1].itertext()).endswith(text_end)
        assert result.position(closer.get(XML_ID)).line == line
        assert kept(text, result) and validate_result(result) == [], ending


def test_a_telegrams_last_words_that_are_no_sender_stay_its_text():
    """"… REPORT RESULTS" is the text's; so is an office the text speaks of ("… PLEASE INFORM GOVERNOR", "… TO
    SECRETARY OF STATE"), and an office after "STOP" in a record that is no telegram's."""
    head = "TO  GOVERNOR ADEN\n\nYOUR 214 STOP AUTHORITY GRANTED STOP AVOID CASUALTIES STOP "
    for ending in ("REPORT RESULTS", "PLEASE INFORM GOVERNOR", "REPORT RESULTS TO SECRETARY OF STATE",
                   "COPY SENT HIGH COMMISSIONER WHO WILL ADVISE GOVERNOR", "COPY TO HIGH COMMISSIONER",
                   # (the office alone on the last line, the word before it the line above's: it had signed)
                   "PLEASE INFORM\nGOVERNOR"):
        result, closer = closer_of(head + ending + "\n")
        assert closer is None, ending
        assert "".join(result.tree.findall(".//t:body//t:p", NS)[-1].itertext()).endswith(ending.split()[-1])
    # (one "STOP" in the text: no telegram's full stop, and no telegram's record)
    _, closer = closer_of("Minutes of the meeting.\n\nThe word STOP was painted on the sign. Governor\n")
    assert closer is None
