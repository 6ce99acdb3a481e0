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



def lists(result) -> list[tuple[str, str, list[str]]]:
    """Each list of persons in the body: its type, its head and each item's words."""
    return [(found.get("type"), found.findtext("t:head", namespaces=NS),
             [flat(item) for item in found.iterfind("t:item", NS)])
            for found in result.tree.xpath(".//t:body//t:list[@type='participants' or @type='absent']",
                                           namespaces=NS)]


def header_lists(result) -> list[tuple[str | None, list[str]]]:
    """Each listPerson of the header: its type and its persons' ids."""
    return [(found.get("type"), [p.get(XML_ID) for p in found.iterfind("t:person", NS)])
            for found in result.tree.iterfind(".//t:particDesc/t:listPerson", NS)]


ABSENT = ("CABINET\n\n"
          "CONCLUSIONS of a Meeting of the Cabinet held at 10 Downing Street, S.W.1,\n"
          "on Monday, 3rd April, 1950, at 11 a.m.\n\n"
          "Present:\n"
          "The Right Hon. C. R. Attlee, M.P., Prime Minister (in the Chair).\n"
          "The Right Hon. Ernest Bevin, M.P., Secretary of State for Foreign Affairs.\n\n"
          "Absent:\n"
          "The Right Hon. Hugh Dalton, M.P., Minister of Town and Country Planning.\n"
          "The Right Hon. Aneurin Bevan, M.P., Minister of Health.\n\n"
          "The Prime Minister said that the position was serious.\n")


def test_those_absent_under_their_label_alone_are_a_list_of_the_absent_and_listed_apart_in_the_header():
    """"Absent:" alone over the absent a line each had been two paragraphs, and its persons no one's; they took no
    part, so the header lists them apart from those present."""
    result = checked(ABSENT)
    assert lists(result) == [
        ("participants", "Present:", ["The Right Hon. C. R. Attlee, M.P., Prime Minister (in the Chair).",
                                      "The Right Hon. Ernest Bevin, M.P., Secretary of State for Foreign Affairs."]),
        ("absent", "Absent:", ["The Right Hon. Hugh Dalton, M.P., Minister of Town and Country Planning.",
                               "The Right Hon. Aneurin Bevan, M.P., Minister of Health."])]
    assert header_lists(result) == [(None, ["attlee", "ernest-bevin"]), ("absent", ["hugh-dalton", "aneurin-bevan"])]
    absent = result.tree.find(".//t:body//t:list[@type='absent']", NS)
    assert result.position(absent.get(XML_ID)).line == 10
    assert whos(result) == ["#attlee"]
    assert "Hugh Dalton" not in result.summary.participants  # (the collection's index: those who took part)
    assert "C. R. Attlee" in result.summary.participants


def test_apologies_for_absence_run_together_and_one_of_them_who_speaks_keeps_his_turn():
    """"Apologies for absence: Mr. Dalton, Mr. Bevan." had been a participants list; Mr. Bevan, who speaks later (come
    for an item), keeps his turn and his place among those who took part."""
    text = ("CONCLUSIONS OF A MEETING OF THE CABINET HELD AT\n10 DOWNING STREET, S.W.1, ON THURSDAY,\n"
            "14TH JULY, 1949, AT 10 A.M.\n\nPresent:\nMr. Attlee (in the Chair), Mr. Morrison.\n\n"
            "Apologies for absence: Mr. Dalton, Mr. Bevan.\n\n"
            "Mr. Bevan said that he would not accept it.\n\nThe Cabinet agreed.\n")
    result = checked(text)
    assert title(result) == "Conclusions of a Meeting of the Cabinet"
    assert [(kind, head) for kind, head, _ in lists(result)] == [
        ("participants", "Present:"), ("absent", "Apologies for absence:")]
    assert whos(result) == ["#bevan"]
    assert header_lists(result) == [(None, ["attlee", "bevan"]), ("absent", ["dalton"])]


def test_regrets_on_a_line_of_the_present_block_end_where_the_next_label_opens():
    """"Regrets: …" on the line under "Present: …", and "In attendance: …" under it, had been items of one participants
    list, the absent among those present."""
    text = ("MINUTES OF THE MEETING OF THE BOARD\n\n"
            "Present: Mrs J. Smith (Chair), Mr R. Brown, Dr A. Patel\n"
            "Regrets: Mr K. Black, Ms L. Grey\n"
            "In attendance: Mr T. White (Secretary)\n\n"
            "Mr Brown reported that the roof was mended.\n")
    result = checked(text)
    assert lists(result) == [
        ("participants", "Present:", ["Mrs J. Smith (Chair), Mr R. Brown, Dr A. Patel"]),
        ("absent", "Regrets:", ["Mr K. Black, Ms L. Grey"]),
        ("participants", "In attendance:", ["Mr T. White (Secretary)"])]
    assert header_lists(result) == [(None, ["smith", "brown", "patel", "white"]), ("absent", ["black", "grey"])]
    positions = [result.position(found.get(XML_ID)).line
                 for found in result.tree.xpath(".//t:body//t:list", namespaces=NS)]
    assert positions == [3, 4, 5]
    assert whos(result) == ["#brown"]


def test_the_absent_label_alone_with_no_blank_line_and_those_also_present_under_them():
    """"Absent:" right under those present, its person under it, then "The following were also present:": the label
    had been read into the list of those present, and the secretary among the absent."""
    text = ("CABINET\n\nCONCLUSIONS of a Meeting of the Cabinet held at 10 Downing Street, S.W.1, on Tuesday, "
            "4th May, 1948, at 11 a.m.\n\nPresent:\n"
            "The Right Hon. C. R. Attlee, M.P., Prime Minister (in the Chair).\n"
            "The Right Hon. Ernest Bevin, M.P., Secretary of State for Foreign Affairs.\n"
            "Absent:\nThe Right Hon. Hugh Dalton, M.P., Chancellor of the Duchy of Lancaster.\n"
            "The following were also present:\nSir Norman Brook, Secretary.\n\n"
            "The Prime Minister said that the position was serious.\n")
    result = checked(text)
    assert [(kind, head, len(items)) for kind, head, items in lists(result)] == [
        ("participants", "Present:", 2), ("absent", "Absent:", 1),
        ("participants", "The following were also present:", 1)]
    assert header_lists(result) == [(None, ["attlee", "ernest-bevin", "norman-brook"]), ("absent", ["hugh-dalton"])]


def test_those_absent_are_rendered_as_those_present_are_and_called_absent_among_the_persons():
    """The list of the absent had been rendered as a bulleted list in the text and a plain list in HTML, and its
    persons among the others with nothing to say they were absent."""
    from lxml import html as lhtml

    from tei.render import render_html, render_text

    result = checked(ABSENT)
    text = render_text(result.tree)
    assert "Absent: The Right Hon. Hugh Dalton, M.P., Minister of Town and Country\n" \
           "        Planning.\n        The Right Hon. Aneurin Bevan" in text
    page = lhtml.fromstring(render_html(result.tree))
    (absent,) = page.xpath("//div[@class='participants absent']")
    assert absent.xpath("string(span[@class='list-head'])") == "Absent:"
    assert [flat(li) for li in absent.iterfind(".//li")][1] == "The Right Hon. Aneurin Bevan, M.P., Minister of Health."
    assert page.xpath("string(//li[@id='hugh-dalton']/bdi[@class='role'])") == "absent"
    assert page.xpath("//li[@id='attlee']/bdi[@class='role']") == []


def test_the_last_meetings_conclusions_confirmed_neither_title_nor_date_the_record():
    """ "Conclusions of the last Meeting … held on 3rd May, 1951, were confirmed" is the minutes' first business,
    not their title: the record is not titled by it, nor dated by the last meeting's day."""
    result = checked("STEERING COMMITTEE\n\nConclusions of the last Meeting of the Committee held on 3rd May, 1951, "
                     "were confirmed, subject to the amendment of the second paragraph of Minute 4, which should "
                     "read as the Secretary had proposed in his note of that day\n\n"
                     "The Chairman said that the position was serious.\n")
    assert result.tree.findtext(".//t:titleStmt/t:title", namespaces=NS) == "STEERING COMMITTEE"
    assert result.tree.find(".//t:creation/t:date", NS) is None


@pytest.mark.parametrize("label", ["Regrets:", "Apologies:", "Absent -"])
def test_a_sentence_after_an_absent_label_is_a_paragraph_not_a_list_of_the_absent(label):
    """"Regrets: the Chairman was unable to attend …" had been a list of the absent, the Chairman among them."""
    text = ("MINUTES OF THE MEETING OF THE PARISH COUNCIL\n\n"
            "Present: Mr. A. Jones (Chairman), Mrs. B. Smith, Mr. C. Brown.\n\n"
            f"{label} the Chairman was unable to attend the site visit, and the Clerk will write to the owners.\n\n"
            "Mr. Brown said that the hedge should be cut.\n")
    result = checked(text)
    assert [found.get("type") for found in result.tree.iterfind(".//t:body//t:list", NS)] == ["participants"]
    assert result.tree.find(".//t:listPerson[@type='absent']", NS) is None
    paragraph = result.tree.find(".//t:body/t:div/t:p", NS)
    assert flat(paragraph).startswith(f"{label} the Chairman was unable") and paragraph.find("t:persName", NS) is None


@pytest.mark.parametrize("names", ["the Treasurer, Mr K. Black", "van der Berg, Mr K. Black"])
def test_an_office_or_a_particle_after_an_absent_label_is_still_who_was_absent(names):
    text = ("MINUTES OF THE MEETING OF THE BOARD\n\n"
            "Present: Mrs J. Smith (Chair), Mr R. Brown\n"
            f"Regrets: {names}\n\n"
            "Mr Brown reported that the roof was mended.\n")
    result = checked(text)
    assert [found.get("type") for found in result.tree.iterfind(".//t:body//t:list", NS)] == ["participants", "absent"]
