"""Conventions of British Cabinet conclusions and similar committee minutes: the meeting's title sentence, and those
listed as absent ("Absent:", "Apologies:", "Regrets:") apart from those present."""

import pytest

from encoded import NS, XML_ID, checked, flat, people, whos


def title(result) -> str:
    return result.tree.findtext(".//t:titleStmt/t:title", namespaces=NS)


def created(result) -> str:
    return result.tree.find(".//t:profileDesc/t:creation/t:date", NS).get("when")


CONCLUSIONS = ("CABINET\n\n"
               "CONCLUSIONS of a Meeting of the Cabinet held at 10 Downing Street, S.W.1,\n"
               "on Monday, 3rd April, 1950, at 11 a.m.\n\n"
               "The Prime Minister said that the position was serious.\n\n"
               "The Cabinet agreed to resume the discussion at their next meeting.\n")


def test_a_cabinets_conclusions_are_titled_by_the_meeting_and_dated_by_it():
    """"CABINET" over "CONCLUSIONS of a Meeting of the Cabinet held at …" had titled the record "CABINET"."""
    result = checked(CONCLUSIONS)
    assert title(result) == "Conclusions of a Meeting of the Cabinet"
    assert created(result) == "1950-04-03"
    # the sentence is kept in the body as written, where it stands
    sentence = result.tree.find(".//t:body//t:p", NS)
    assert flat(sentence) == ("CONCLUSIONS of a Meeting of the Cabinet held at 10 Downing Street, S.W.1, "
                              "on Monday, 3rd April, 1950, at 11 a.m.")
    assert result.position(sentence.get(XML_ID)).line == 3
    # Not a sentence that draws conclusions ("Conclusions of the working party were …"): the heading titles it still.
    other = checked("WORKING PARTY ON COAL\n\nConclusions of the working party were sent to the Minister held back."
                    "\n\nThe Chairman said that it was so.\n")
    assert title(other) == "WORKING PARTY ON COAL"


@pytest.mark.parametrize("head, expected", [
    ("CONCLUSIONS OF A MEETING OF THE CABINET HELD AT 10 DOWNING STREET, S.W.1,\nON TUESDAY, 9TH OCTOBER, 1956, "
     "AT 10.30 A.M.", "Conclusions of a Meeting of the Cabinet"),
    ("SECRET                                                    Copy No. 42\n\nWAR CABINET 45 (40)\n\n"
     "CONCLUSIONS of a Meeting of the War Cabinet held in the Prime Minister's\nRoom, House of Commons, S.W.1, on "
     "Wednesday, 9th October, 1956, at\n11.30 a.m.", "Conclusions of a Meeting of the War Cabinet"),
])
def test_the_meetings_title_in_capitals_or_under_the_cabinets_number_wrapped_over_lines(head, expected):
    """In capitals, the sentence had been the title whole; under "WAR CABINET 45 (40)" that line had been it."""
    result = checked(head + "\n\nTHE PRIME MINISTER said that it was so.\n")
    assert title(result) == expected
    assert created(result) == "1956-10-09"
    assert whos(result) == ["#prime-minister"]


def test_a_long_sentence_of_where_the_meeting_was_held_still_dates_the_record():
    """Over 160 characters and held "in" a room, the sentence had dated nothing."""
    text = ("CABINET\n\nCONCLUSIONS of a Meeting of the Cabinet held in the Conference Room, Ministry of Defence,\n"
            "Storey's Gate, Westminster, London, S.W.1, by kind permission of the Minister, on Thursday,\n"
            "21st November, 1957, at 10.30 a.m.\n\nThe Prime Minister said that it was so.\n")
    result = checked(text)
    assert title(result) == "Conclusions of a Meeting of the Cabinet"
    assert created(result) == "1957-11-21"

