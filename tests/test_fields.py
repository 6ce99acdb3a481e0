"""A memorandum's and a telegram's heading fields ("SUBJECT: Berlin"), and how such records sign off."""

from __future__ import annotations

import pytest

import tei
from tei.render import render_html, render_text
from tei.validation import validate_result

NS = {"t": "http://www.tei-c.org/ns/1.0"}
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"

MEMO = ("THE WHITE HOUSE\nWASHINGTON\n\nMEMORANDUM FOR: THE PRESIDENT\nFROM: Henry A. Kissinger\n"
        "SUBJECT: My Meeting with Ambassador Dobrynin on the\n    Talks in Vienna\n\n"
        "I met with Dobrynin at his request. He began by saying that Moscow attached importance to the talks.\n")


def fields(result) -> list[tuple[str, str]]:
    """The fields lists' (label, value) pairs, in order."""
    out = []
    for listed in result.tree.iterfind(".//t:list[@type='fields']", NS):
        labels = [label.text for label in listed.findall("t:label", NS)]
        values = [" ".join("".join(item.itertext()).split()) for item in listed.findall("t:item", NS)]
        out.extend(zip(labels, values))
    return out


def test_a_memorandums_heading_fields_are_a_list_of_labelled_values_not_turns_or_headings():
    """"MEMORANDUM FOR: THE PRESIDENT" / "FROM: Henry A. Kissinger" / "SUBJECT: …": "MEMORANDUM FOR:" was a
    section's heading, "THE PRESIDENT FROM:" a speaker (of the whole memorandum), the rest his speech."""
    result = tei.encode(MEMO, name="memo.txt")
    assert fields(result) == [("MEMORANDUM FOR:", "THE PRESIDENT"), ("FROM:", "Henry A. Kissinger"),
                              ("SUBJECT:", "My Meeting with Ambassador Dobrynin on the Talks in Vienna")]
    assert not result.tree.findall(".//t:sp", NS) and not result.tree.findall(".//t:head", NS)
    listed = result.tree.find(".//t:list[@type='fields']", NS)
    position = result.position(listed.get(XML_ID))
    assert (position.line, position.column) == (4, 1)
    assert [item.get("n") for item in listed.findall("t:item", NS)] == [None, None, None]
    assert result.tree.findtext(".//t:body/t:div/t:fw[@type='letterhead']", namespaces=NS) == "THE WHITE HOUSE"
    # With no title line (a letterhead of two lines is none), the subject is the record's title.
    assert result.tree.findtext(".//t:titleStmt/t:title", namespaces=NS) == \
        "My Meeting with Ambassador Dobrynin on the Talks in Vienna"
    assert validate_result(result) == []


def test_the_fields_of_blocks_one_after_another_are_one_list_and_a_participants_list_stays_one():
    text = ("MEMORANDUM OF CONVERSATION\n\nDATE: June 4, 1961\nTIME: 10:15 a.m.\nPLACE: Soviet Embassy, Vienna\n\n"
            "SUBJECT: Berlin\n\nPARTICIPANTS: The President\nChairman Khrushchev\n\n"
            "The President said that he hoped the meeting would be useful.\n")
    result = tei.encode(text, name="memcon.txt")
    assert len(result.tree.findall(".//t:list[@type='fields']", NS)) == 1
    assert fields(result) == [("DATE:", "June 4, 1961"), ("TIME:", "10:15 a.m."),
                              ("PLACE:", "Soviet Embassy, Vienna"), ("SUBJECT:", "Berlin")]
    assert [i.text for i in result.tree.findall(".//t:list[@type='participants']/t:item/t:persName", NS)] == \
        ["The President", "Chairman Khrushchev"]
    assert result.tree.find(".//t:sp", NS).get("who") == "#president"
    # The title line stays the title.
    assert result.tree.findtext(".//t:titleStmt/t:title", namespaces=NS) == "MEMORANDUM OF CONVERSATION"
    assert validate_result(result) == []


def test_weak_labels_make_fields_only_beside_a_strong_one():
    """"TO:", "RE:", "CC:" alone may be a speaker's initials; with "FROM:" or "SUBJECT:", or right after
    fields, they are fields. A participants line among them is a participants list of its own."""
    assert fields(tei.encode("TO: Smith\nRE: the plan\n\nIt was done.\n", name="x")) == []
    assert fields(tei.encode("TO: Smith\nFROM: Jones\n\nRE: the plan\n\nIt was done.\n", name="x")) == [
        ("TO:", "Smith"), ("FROM:", "Jones"), ("RE:", "the plan")]
    mixed = tei.encode("DATE: 4 May\nPresent: Mr. Smith\n\nIt was done.\n", name="x")
    assert fields(mixed) == [("DATE:", "4 May")]  # and the participants list after it, its own
    assert mixed.tree.find(".//t:list[@type='participants']", NS) is not None
    # Half the lines at least open a field: a paragraph after one is no field's value.
    assert fields(tei.encode("SUBJECT: Berlin\nThe talks went on.\nThey ended.\nLate.\n", name="x")) == []


def test_nothing_between_two_fields_is_lost():
    """A page turn between two blocks of fields, a line broken by a hyphen in a value: kept where they stand."""
    text = "FROM: Embassy Moscow\nSUBJECT: Nego-\ntiations\n\n\f\nTO: Secretary of State\n\nSaw Gromyko today.\n"
    result = tei.encode(text, name="x")
    listed = result.tree.find(".//t:list[@type='fields']", NS)
    tags = [child.tag.split("}")[1] for child in listed]
    assert tags == ["label", "item", "label", "item", "pb", "label", "item"]
    assert listed.findall("t:item", NS)[1].find("t:lb", NS).get("break") == "no"
    assert fields(result)[1] == ("SUBJECT:", "Nego-tiations")
    assert validate_result(result) == []


def test_a_margins_line_numbers_stand_between_the_fields():
    lines = ["FROM: Embassy Moscow", "TO: Secretary of State", "SUBJECT: Talks", ""] + [
        f"Line {k} of the report goes on here." for k in range(1, 22)]
    result = tei.encode("".join(f"{k:>2}  {line}\n" for k, line in enumerate(lines, 1)), name="x")
    listed = result.tree.find(".//t:list[@type='fields']", NS)
    assert [(child.tag.split("}")[1], child.get("n") or child.text) for child in listed] == [
        ("label", "FROM:"), ("item", "Embassy Moscow"), ("lb", "2"), ("label", "TO:"),
        ("item", "Secretary of State"), ("lb", "3"), ("label", "SUBJECT:"), ("item", "Talks")]
    assert validate_result(result) == []


def test_fields_render_as_a_definition_list_and_aligned_lines():
    result = tei.encode(MEMO, name="memo.txt")
    html = render_html(result.tree)
    assert '<dt>MEMORANDUM FOR:</dt><dd>THE PRESIDENT</dd><dt>FROM:</dt><dd>Henry A. Kissinger</dd>' in html
    text = render_text(result.tree)
    assert "MEMORANDUM FOR: THE PRESIDENT\nFROM:           Henry A. Kissinger\nSUBJECT:        My Meeting" in text


def test_fields_are_valid_tei(tei_all):
    result = tei.encode(MEMO, name="memo.txt")
    assert tei_all.validate(result.tree), str(tei_all.error_log)


def test_a_telegram_signs_with_its_senders_surname_in_capitals():
    """"KOHLER" on the last line was a section's heading, heading nothing; an end mark or a classification
    there is no signature."""
    body = "FROM: Embassy Moscow\nTO: Secretary of State\n\n1. Saw Gromyko this afternoon.\n\n"
    result = tei.encode(body + "KOHLER\n", name="x")
    signed = result.tree.find(".//t:closer/t:signed/t:persName", NS)
    assert signed.text == "KOHLER" and not result.tree.findall(".//t:head", NS)
    assert result.position(result.tree.find(".//t:closer", NS).get(XML_ID)).line == 6
    for ending in ("END", "SECRET", "KOHLER 12", "NO FURTHER COMMENT"):
        assert tei.encode(body + ending + "\n", name="x").tree.find(".//t:closer", NS) is None, ending


def test_a_signature_noted_in_parentheses_opens_the_closing():
    text = "Stalin: Good.\n\nZhou Enlai: Yes.\n\nStalin: Then we sign.\n\n(Signature)\nA. Vyshinsky\n"
    closer = tei.encode(text, name="x").tree.find(".//t:closer", NS)
    assert ["".join(s.itertext()) for s in closer.findall("t:signed", NS)] == ["(Signature)", "A. Vyshinsky"]


def test_a_record_in_russian_or_german_signs_with_its_recorders_label():
    for label, name in (("Записал:", "А. Вышинский"), ("Записал", "А. Вышинский"), ("Aufgezeichnet von:", "Dr. Schmidt")):
        text = f"Сталин: Хорошо.\n\nЧжоу Эньлай: Спасибо.\n\nСталин: До свидания.\n\n{label} {name}\n"
        signed = tei.encode(text, name="x").tree.find(".//t:closer/t:signed", NS)
        assert signed.findtext("t:label", namespaces=NS) == label
        assert signed.findtext("t:persName", namespaces=NS) == name


def test_fields_before_a_letters_address_and_greeting_leave_them_paragraphs():
    """A letter's opener stands first in its division: after fields, its address and greeting are paragraphs
    (asking whether all before the greeting was opener parts raised a TypeError on the fields' lines)."""
    text = "FROM: Embassy Moscow\nSUBJECT: Talks\n\nThe Secretary of State\nWashington\n\nDear Sir,\n\nI saw him.\n"
    result = tei.encode(text, name="x")
    assert result.tree.find(".//t:opener", NS) is None
    assert [p.text for p in result.tree.iterfind(".//t:p", NS)][-3:] == [
        "The Secretary of State Washington", "Dear Sir,", "I saw him."]
    assert validate_result(result) == []


def test_an_emails_header_is_fields_too():
    text = ("From: John Smith\nSent: Monday, March 3, 2003 9:14 AM\nTo: Jane Doe\nCc: Policy Staff\n"
            "Subject: Draft talking points\n\nJane,\n\nAttached are the points.\n")
    result = tei.encode(text, name="x")
    assert [label for label, _ in fields(result)] == ["From:", "Sent:", "To:", "Cc:", "Subject:"]
    assert fields(result)[1] == ("Sent:", "Monday, March 3, 2003 9:14 AM")
    assert result.tree.findtext(".//t:titleStmt/t:title", namespaces=NS) == "Draft talking points"


def test_the_mark_of_a_signature_is_nobodys_name():
    text = "Stalin: Good.\n\nZhou Enlai: Yes.\n\nStalin: Then we sign.\n\n(Signature)\n\nA. Vyshinsky\n"
    closer = tei.encode(text, name="x").tree.find(".//t:closer", NS)
    assert [n.text for n in closer.iterfind(".//t:persName", NS)] == ["A. Vyshinsky"]
    assert "".join(closer.find("t:signed", NS).itertext()) == "(Signature)"


def test_a_fields_name_alone_on_its_line_heads_its_value_below():
    """FRUS sets "SUBJECT" on its line and the subject under it: one paragraph, "SUBJECT Middle East; SALT"."""
    text = ("MEMORANDUM OF CONVERSATION\n\nSUBJECT\nMiddle East; SALT\n\nThe Secretary said that he agreed.\n\n"
            "SUBJECTS OF THE TALKS\nwere many.\n")
    result = tei.encode(text, name="x")
    assert fields(result) == [("SUBJECT", "Middle East; SALT")]
    assert validate_result(result) == []
    assert fields(tei.encode("SUBJECT\n\nThe talks began.\n", name="x")) == []  # a name with no value below


def test_a_closings_line_of_dates_and_words_is_nobodys_name():
    """"Approved in S on 3/8/73" under "Drafted by: W.J. Stoessel" was a person ("/8/" a typed name, and the
    line a bare name): a typed name has letters, and a line with digits or of many words names nobody."""
    text = ("The Secretary said that he agreed.\n\nDobrynin said that was acceptable.\n\n"
            "Drafted by: W.J. Stoessel\nApproved in S on 3/8/73\n")
    result = tei.encode(text, name="x")
    assert [n.text for n in result.tree.iterfind(".//t:closer//t:persName", NS)] == ["W.J. Stoessel"]
    assert [p.findtext("t:persName", namespaces=NS) for p in result.tree.iterfind(".//t:person", NS)
            if p.findtext("t:persName", namespaces=NS)[:1].isdigit() or "Approved" in p.findtext("t:persName",
                                                                                                  namespaces=NS)] == []


def test_a_participants_line_among_the_fields_is_the_participants_list_between_them():
    """"DATE: …" / "PARTICIPANTS: …" / "SUBJECT: …" in one block was one paragraph of all three."""
    text = ("MEMORANDUM OF CONVERSATION\n\nDATE: June 4, 1961\nPARTICIPANTS: The President, Chairman Khrushchev\n"
            "SUBJECT: Berlin\n\nThe President said that he hoped the meeting would be useful.\n")
    result = tei.encode(text, name="x")
    record = result.tree.find(".//t:div[@type='record']", NS)
    assert [(c.tag.split("}")[1], c.get("type")) for c in record][1:4] == [
        ("list", "fields"), ("list", "participants"), ("list", "fields")]
    assert fields(result) == [("DATE:", "June 4, 1961"), ("SUBJECT:", "Berlin")]
    assert [n.text for n in result.tree.iterfind(".//t:list[@type='participants']//t:persName", NS)] == [
        "The President", "Chairman Khrushchev"]
    participants = result.tree.find(".//t:list[@type='participants']", NS)
    assert result.position(participants.get(XML_ID)).line == 4
    assert validate_result(result) == []
    # Participants first, then a field.
    text = "PARTICIPANTS: The President, Chairman Khrushchev\nSUBJECT: Berlin\n\nThe President said so.\n"
    assert fields(tei.encode(text, name="x")) == [("SUBJECT:", "Berlin")]


def test_a_margins_line_numbers_keep_their_places_when_participants_are_cut_from_the_fields():
    """Found by the fuzzer: cut from the fields around it, a participants line took the number of its line in
    the margin inside its first item, after its head (the number stood before the head in the source)."""
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).parent))
    from words import source_words, tei_words

    lines = ["DATE: June 4, 1961", "PARTICIPANTS: The President, Chairman Khrushchev", "SUBJECT: Berlin", ""] + [
        f"The President said that point {k} was made." for k in range(1, 22)]
    text = "".join(f"{k:>2}  {line}\n" for k, line in enumerate(lines, 1))
    result = tei.encode(text, name="x")
    assert tei_words(result.tree) == source_words(text)
    participants = result.tree.find(".//t:list[@type='participants']", NS)
    assert participants.getprevious().tag.endswith("lb") and participants.getprevious().get("n") == "2"
    assert validate_result(result) == []


TELEGRAM = ("TELEGRAM FROM THE DEPARTMENT OF STATE\n\nWashington, October 22, 1962, 6 p.m.\n\n985. Please deliver the "
            "following letter from the President to Chairman Khrushchev. Begin text.\n\nDear Mr. Chairman:\n\n"
            "The President said that he hopes for peace.\n\nSincerely,\nJohn F. Kennedy\n\nEnd text.\n\nRUSK\n")


def test_a_telegrams_text_between_its_begin_and_end_marks_is_a_quoted_text():
    """The letter a telegram carries ("Begin text." … "End text.") was the telegram's own paragraphs, and
    "The President said …" in it a turn of the President's in the telegram."""
    from tei.render import render_text

    result = tei.encode(TELEGRAM, name="x")
    quote = result.tree.find(".//t:div[@type='record']/t:quote[@type='text']", NS)
    assert [" ".join("".join(p.itertext()).split()) for p in quote] == [
        "Dear Mr. Chairman:", "The President said that he hopes for peace.", "Sincerely, John F. Kennedy"]
    assert not result.tree.findall(".//t:sp", NS)
    assert result.position(quote[0].get(XML_ID)).line == 7
    assert "".join(quote.getprevious().itertext()).endswith("Begin text.") and quote.getnext().text == "End text."
    assert validate_result(result) == []
    # No marks of its own around it in the diplomatic text: the source's are its paragraphs before and after.
    diplomatic = render_text(result.tree, diplomatic=True)
    assert '"' not in diplomatic and "Begin text.\n\nDear Mr. Chairman:" in diplomatic


def test_a_begin_mark_without_its_end_quotes_nothing():
    result = tei.encode(TELEGRAM.replace("End text.", "Ends."), name="x")
    assert result.tree.find(".//t:quote", NS) is None
    # Nor does a begin mark right above its end.
    result = tei.encode("Please deliver the following. Begin text.\n\nEnd text.\n\nIt was done.\n", name="x")
    assert result.tree.find(".//t:quote", NS) is None and validate_result(result) == []


def test_a_record_that_is_no_conversation_is_not_warned_of_its_lack_of_turns():
    """A memorandum or telegram headed by fields, a diary of dated entries: "no speaker turns found" on each of
    thousands of them was noise in a collection's report. A record of paragraphs alone is still warned."""
    memo = "FROM: Embassy Moscow\nSUBJECT: Talks\n\nThe talks went well.\n"
    diary = "Monday, 3 March 1941\n\nRain.\n\nTuesday, 4 March 1941\n\nSun.\n"
    for text in (memo, diary):
        assert not any(d.code == "no-turns" for d in tei.encode(text, name="x").diagnostics), text
    assert any(d.code == "no-turns" for d in tei.encode("The talks went well.\n", name="x").diagnostics)


MEMCON = ("THE WHITE HOUSE\nWASHINGTON\n\nMEMORANDUM OF CONVERSATION\n\nPARTICIPANTS: President Nixon\n"
          "Dr. Henry A. Kissinger\n\nDATE AND TIME: Tuesday, March 6, 1973, 10:00 a.m.\n\nPLACE: The Oval Office\n\n"
          "The President said that he was glad to see him.\n\nDr. Kissinger said that the talks had gone well.\n")


def test_a_letterhead_above_the_title_is_the_papers_forme_work_and_the_title_heads_the_record():
    """"THE WHITE HOUSE" / "WASHINGTON" had been the record's first paragraph, and "MEMORANDUM OF CONVERSATION"
    under it a section's heading; "DATE AND TIME:" headed a section of its own and "The President" was a
    person beside "President Nixon"."""
    result = tei.encode(MEMCON, name="memcon.txt")
    record = result.tree.find(".//t:body/t:div", NS)
    letterhead, head = record[0], record[1]
    assert (letterhead.tag, letterhead.get("type"), letterhead.text, letterhead[0].tag, letterhead[0].tail) == (
        "{http://www.tei-c.org/ns/1.0}fw", "letterhead", "THE WHITE HOUSE", "{http://www.tei-c.org/ns/1.0}lb",
        "WASHINGTON")
    assert (head.tag, head.text) == ("{http://www.tei-c.org/ns/1.0}head", "MEMORANDUM OF CONVERSATION")
    assert result.tree.findtext(".//t:titleStmt/t:title", namespaces=NS) == "MEMORANDUM OF CONVERSATION"
    assert not record.findall("t:div", NS) and not record.findall("t:p", NS)
    assert fields(result) == [("DATE AND TIME:", "Tuesday, March 6, 1973, 10:00 a.m."), ("PLACE:", "The Oval Office")]
    assert [sp.get("who") for sp in result.tree.iterfind(".//t:sp", NS)] == ["#nixon", "#henry-kissinger"]
    assert "letterhead" in result.tree.findtext(".//t:segmentation/t:p[last()]", namespaces=NS)
    assert not validate_result(result)
    html = render_html(result.tree)
    assert '<div class="letterhead">THE WHITE HOUSE<br>WASHINGTON</div>' in html
    assert html.index('<div class="letterhead">') < html.index('<p id="head1" class="head title-again">MEMORANDUM OF CONVERSATION')
    for diplomatic in (False, True):  # the paper's lines, one under the other, in both texts
        assert "\nTHE WHITE HOUSE\nWASHINGTON\n\nMEMORANDUM OF CONVERSATION\n" in "\n" + render_text(result.tree, diplomatic)


@pytest.mark.parametrize("first", [
    "MEMORANDUM OF CONVERSATION\nBETWEEN THE PRESIDENT AND THE CHAIRMAN",  # a title of two lines names a record
    "TOP SECRET\nEYES ONLY",  # a classification
    "THE WHITE HOUSE.\nWASHINGTON",  # a sentence's end
    "THE WHITE HOUSE\nWASHINGTON\nMARCH 6, 1973",  # a dateline under it
    "THE WHITE HOUSE\nWashington",  # not in capitals
    "THE WHITE HOUSE",  # one line
    "THE PRESIDENT MET THE\nCHAIRMAN IN THE CABINET ROOM",  # no title, date or fields under it (a telegram's words)
])
def test_what_is_no_letterhead(first):
    result = tei.encode(first + "\n\nThe President said that he was glad.\n\nThe President said no more.\n", name="x")
    assert not result.tree.findall(".//t:fw", NS)


def test_the_office_a_person_is_named_after_names_him_alone():
    """"The President said" is the turn of the one the record names "President Nixon"; of two presidents, of
    neither."""
    def speakers(text):
        return [sp.get("who") for sp in tei.encode(text, name="x").tree.iterfind(".//t:sp", NS)]

    two = "PARTICIPANTS: President Nixon, President Thieu\n\nThe President said that he was glad.\n"
    assert speakers(two) == ["#president"]
    assert speakers("PARTICIPANTS: Ambassador Dobrynin, Mr. Rusk\n\nThe Ambassador said that he agreed.\n") == [
        "#dobrynin"]


@pytest.mark.parametrize("first, head", [
    ("MEMORANDUM OF CONVERSATION\nBETWEEN THE PRESIDENT AND\nCHAIRMAN BREZHNEV",
     "MEMORANDUM OF CONVERSATION BETWEEN THE PRESIDENT AND CHAIRMAN BREZHNEV"),
    ("THE WHITE HOUSE\nWASHINGTON\n\nRECORD OF A MEETING\nIN THE CABINET ROOM", "RECORD OF A MEETING IN THE CABINET ROOM"),
    ("MEMORANDUM OF CONVERSATION\nBETWEEN THE PRESIDENT AND THE CHAIRMAN.", None),  # a sentence's end
    ("THE PRESIDENT MET THE\nCHAIRMAN IN THE CABINET ROOM", None),  # no record named on its first line
    # Not in capitals, a title still by the turn under it, its first line naming the record (it was a paragraph).
    ("MEMORANDUM OF CONVERSATION\nBetween the President and the Chairman",
     "MEMORANDUM OF CONVERSATION Between the President and the Chairman"),
    ("THE PRESIDENT MET THE\nChairman in the Cabinet Room", None),  # no record named on its first line
    ("MEMORANDUM OF CONVERSATION\nSECRET", None),  # a classification in it
    ("MEMORANDUM OF CONVERSATION\nBETWEEN THE PRESIDENT\nAND THE CHAIRMAN\nOF THE COUNCIL", None),  # four lines
])
def test_a_title_of_two_or_three_lines_in_capitals_that_names_a_record_heads_it(first, head):
    """It was the record's first paragraph."""
    result = tei.encode(first + "\n\nThe President said that he was glad.\n\nThe President said no more.\n", name="x")
    assert result.tree.findtext(".//t:body/t:div/t:head", namespaces=NS) == head


@pytest.mark.parametrize("under, element", [
    ("March 6, 1973", "t:opener/t:dateline"),
    ("SECRET", "t:opener/t:seg[@type='classification']"),
    ("MEMORANDUM FOR THE RECORD", "t:head"),
    ("SUBJECT: Berlin", "t:list[@type='fields']"),
])
def test_a_letterhead_stands_above_a_title_a_date_a_classification_or_fields(under, element):
    result = tei.encode(f"DEPARTMENT OF STATE\nWASHINGTON\n\n{under}\n\nThe Secretary said that he agreed.\n\n"
                        "The Secretary said no more.\n", name="x")
    record = result.tree.find(".//t:body/t:div", NS)
    assert record[0].get("type") == "letterhead" and record.find(element, NS) is not None


@pytest.mark.parametrize("text, letterhead, head", [
    ("DEPARTMENT OF STATE\n\nNEWS CONFERENCE OF SECRETARY RUSK\n\n", "DEPARTMENT OF STATE",
     "NEWS CONFERENCE OF SECRETARY RUSK"),
    ("DEPARTMENT OF STATE\n\nMEMORANDUM OF CONVERSATION\nBETWEEN THE SECRETARY AND\nTHE AMBASSADOR\n\n",
     "DEPARTMENT OF STATE", "MEMORANDUM OF CONVERSATION BETWEEN THE SECRETARY AND THE AMBASSADOR"),
    ("DEPARTMENT OF STATE\n\nSECRET\n\n", None, "DEPARTMENT OF STATE"),  # one line above no title: the title
    # and above a line that names the record at its head, however cased ("Minutes of the meeting held on 8 May
    # 1963" under "NORTHBRIDGE HARBOUR COMMISSION" had been a dateline, and the office's name the record's title)
    ("DEPARTMENT OF STATE\n\nMemorandum of Conversation\n\n", "DEPARTMENT OF STATE", "Memorandum of Conversation"),
    ("HARBOUR COMMISSION\n\nMinutes of the meeting held on 8 May 1963\n\n", "HARBOUR COMMISSION",
     "Minutes of the meeting held on 8 May 1963"),
])
def test_a_letterhead_of_one_line_stands_above_a_title_in_capitals(text, letterhead, head):
    """"DEPARTMENT OF STATE" above "NEWS CONFERENCE …" was the record's title, and the real title a section's
    heading with nothing in it."""
    result = tei.encode(text + "The Secretary said that he agreed.\n\nThe Secretary said no more.\n", name="x")
    record = result.tree.find(".//t:body/t:div", NS)
    assert record.findtext("t:fw[@type='letterhead']", namespaces=NS) == letterhead
    assert record.findtext("t:head", namespaces=NS) == head and not record.findall("t:div", NS)


@pytest.mark.parametrize("last, label, before, name, ref", [
    ("Секретарь ЦК Л. Брежнев", None, "Секретарь ЦК ", "Л. Брежнев", "#брежнев"),  # an office, then the name
    ("Ambassador A.F. Dobrynin", None, "Ambassador ", "A.F. Dobrynin", "#dobrynin"),
    ("Recorded by A. Vyshinsky", "Recorded by", None, "A. Vyshinsky", "#vyshinsky"),  # no colon, a capital after
    ("(signed) J. Smith", "(signed)", None, "J. Smith", "#smith"),  # the mark, then the typed name
    ("Note taker: John Smith", "Note taker:", None, "John Smith", "#john-smith"),
])
def test_a_records_last_line_signs_it(last, label, before, name, ref):
    """Each was a paragraph of the last speaker's turn."""
    result = tei.encode(f"Record\n\nStalin said that he agreed.\n\nZhou said that he agreed too.\n\n{last}\n", name="x")
    signed = result.tree.find(".//t:closer/t:signed", NS)
    assert signed is not None, last
    assert (signed.findtext("t:label", namespaces=NS), signed.text if label is None else None) == (label, before)
    assert (signed.findtext("t:persName", namespaces=NS), signed.find("t:persName", NS).get("ref")) == (name, ref)
    assert "".join(signed.itertext()) == last


def test_a_last_paragraph_that_is_a_sentence_signs_nothing():
    for last in ("Recorded by the embassy staff.", "He met L. Brezhnev in Moscow on the next day."):
        result = tei.encode(f"Record\n\nStalin said that he agreed.\n\nZhou said that he agreed.\n\n{last}\n", name="x")
        assert not result.tree.findall(".//t:closer", NS), last


def test_a_signatures_label_run_over_two_lines_is_the_first_signatures():
    """"Recorded by" / ": Prof. Smith": the colon was the label's and the second signature's words too (the
    fuzzer found the diplomatic text printing it twice)."""
    result = tei.encode("Stalin said yes.\n\nZhou said no.\n\nRecorded by\n: Prof. Smith\n", name="x")
    signed = result.tree.findall(".//t:closer/t:signed", NS)
    assert [" ".join("".join(s.itertext()).split()) for s in signed] == ["Recorded by : Prof. Smith"]
    assert "".join(render_text(result.tree, diplomatic=True).split()).endswith("Zhousaidno.Recordedby:Prof.Smith")


def test_a_police_interviews_record_heads_it_with_fields_and_only_those_that_name_people_name_persons():
    """"Person interviewed:", "Place of interview:", "Time commenced:", "Interviewer(s):" had been one paragraph; and a
    field of an interview's heading that names no one ("Project: Valley Voices Project") had been read as a person."""
    text = ("RECORD OF TAPED INTERVIEW\n\nPerson interviewed: John Smith\nPlace of interview: Leeds Central Police "
            "Station\nDate: 12 March 2019\nTime commenced: 14:02\nInterviewer(s): DC 1234 Jones, DS 567 Brown\n\n"
            "DC JONES: Can you confirm your name?\n\nSMITH: John Smith.\n\nDC JONES: Where were you?\n\n"
            "SMITH: No comment.\n")
    result = tei.encode(text, name="x.txt")
    fields = result.tree.find(".//t:list[@type='fields']", NS)
    assert [label.text for label in fields.iterfind("t:label", NS)] == [
        "Person interviewed:", "Place of interview:", "Date:", "Time commenced:", "Interviewer(s):"]
    position = result.position(fields.get("{http://www.w3.org/XML/1998/namespace}id"))
    assert (position.line, position.column) == (3, 1)
    persons = [p.get("{http://www.w3.org/XML/1998/namespace}id") for p in result.tree.iterfind(".//t:person", NS)]
    assert "leeds-central-police-station" not in persons and "john-smith" in persons
    assert [sp.get("who") for sp in result.tree.iterfind(".//t:sp", NS)] == [
        "#jones", "#john-smith", "#jones", "#john-smith"]
    assert validate_result(result) == []
    # A date's field named by what it dates ("Date of interview:") is a date's field: the block had been a paragraph,
    # its other fields an interview's, which need one such.
    dated = tei.encode(text.replace("Date: 12", "Date of interview: 12"), name="x.txt")
    assert [label.text for label in dated.tree.iterfind(".//t:list[@type='fields']/t:label", NS)][2:4] == [
        "Date of interview:", "Time commenced:"]
    # A police rank is a title before the name, not a part of it ("DC JONES" is Jones, as "Mr JONES" would be); but
    # no abbreviation a name must follow: "Washington, DC." ends its paragraph, as "by Dr." would not.
    assert [p.findtext("t:persName", namespaces=NS) for p in result.tree.iterfind(".//t:person", NS)] == [
        "John Smith", "JONES"]
    capital = tei.encode("Hearing\n\nCommittee on Foreign Affairs,\nWashington, DC.\n\nThe committee met at ten.\n\n"
                         "The hearing was adjourned by Dr.\n\nSmith at noon.\n", name="x.txt")
    assert [p.text for p in capital.tree.iterfind(".//t:body//t:p", NS)] == [
        "Committee on Foreign Affairs, Washington, DC.", "The committee met at ten.",
        "The hearing was adjourned by Dr. Smith at noon."]
    project = tei.encode("Oral History Interview\n\nInterviewee: Maria Lopez\nProject: Valley Voices Project\n"
                         "Date: 12 March 2019\n\nQ: Where?\n\nA: Leeds.\n", name="x.txt")
    assert [p.get("{http://www.w3.org/XML/1998/namespace}id") for p in project.tree.iterfind(".//t:person", NS)
            if "valley" in p.get("{http://www.w3.org/XML/1998/namespace}id")] == []


def test_an_interviews_heading_is_fields_and_its_labels_after_them_turns():
    """"Interviewee: John Smith" / "Interviewer: Jane Doe" / "Date: …" was one paragraph; the same labels opening
    the speech after the heading stay turns (they are no fields without a strong label in their block)."""
    text = ("Oral History Interview\n\nInterviewee: John Smith\nInterviewer: Jane Doe\nDate: 12 May 1998\n\n"
            "Interviewer: Where were you born?\n\nJohn Smith: In Leeds.\n\nInterviewer: When?\n\nJohn Smith: In 1930.\n")
    result = tei.encode(text, name="oh.txt")
    assert fields(result) == [("Interviewee:", "John Smith"), ("Interviewer:", "Jane Doe"), ("Date:", "12 May 1998")]
    # The heading names the interviewer: "Interviewer:" labels her turns, and the field her name.
    assert [sp.get("who") for sp in result.tree.iterfind(".//t:sp", NS)] == [
        "#jane-doe", "#john-smith", "#jane-doe", "#john-smith"]
    assert [(name.text, name.get("ref")) for name in result.tree.iterfind(".//t:list[@type='fields']//t:persName", NS)] \
        == [("John Smith", "#john-smith"), ("Jane Doe", "#jane-doe")]
    # Without a name there, the role is a person of its own; words that are no name stay words.
    alone = tei.encode(text.replace("Interviewer: Jane Doe\n", "Interviewer: staff of the project\n"), name="oh.txt")
    assert [sp.get("who") for sp in alone.tree.iterfind(".//t:sp", NS)][0] == "#interviewer"
    assert [name.text for name in alone.tree.iterfind(".//t:list[@type='fields']//t:persName", NS)] == ["John Smith"]


@pytest.mark.parametrize("heading", ["Interviewee: John Smith\nInterviewer: Jane Doe\nDate: 12 May 1998",
                                     "Narrator: John Smith\nInterviewer: Jane Doe\nLocation: Leeds"])
def test_an_interviews_q_and_a_are_the_people_its_heading_names(heading):
    """"Q:" and "A:" were persons #q and #a though the heading names who asks and who answers."""
    text = f"Oral History Interview\n\n{heading}\n\nQ: Where were you born?\n\nA: In Leeds.\n\nQ: When?\n\nA: In 1930.\n"
    result = tei.encode(text, name="oh.txt")
    assert [(sp.findtext("t:speaker", namespaces=NS), sp.get("who")) for sp in result.tree.iterfind(".//t:sp", NS)] \
        == [("Q:", "#jane-doe"), ("A:", "#john-smith")] * 2
    assert not validate_result(result)


CABLE = ("CONFIDENTIAL\n\nPAGE 01 MOSCOW 01234 051200Z\n\nACTION EUR-12\n\nO 051100Z MAR 73\nFM AMEMBASSY MOSCOW\n"
         "TO SECSTATE WASHDC IMMEDIATE 1234\n\nSUBJECT: MEETING WITH GROMYKO\n\n1. I MET WITH GROMYKO TODAY.\n\n"
         "2. HE SAID THAT THE SOVIET SIDE WAS READY.\n\nKOHLER\n")


def test_a_raw_telegrams_routing_lines_are_its_fields():
    """"PAGE 01 MOSCOW …" and "ACTION EUR-12" headed sections (one of them holding the whole telegram), and the
    block "O 051100Z MAR 73" / "FM AMEMBASSY MOSCOW" / "TO SECSTATE …" was a paragraph."""
    result = tei.encode(CABLE, name="cable.txt")
    assert fields(result) == [("PAGE", "01 MOSCOW 01234 051200Z"), ("ACTION", "EUR-12"), ("O", "051100Z MAR 73"),
                              ("FM", "AMEMBASSY MOSCOW"), ("TO", "SECSTATE WASHDC IMMEDIATE 1234"),
                              ("SUBJECT:", "MEETING WITH GROMYKO")]
    assert not result.tree.findall(".//t:div[@type='section']", NS)
    assert result.tree.findtext(".//t:titleStmt/t:title", namespaces=NS) == "MEETING WITH GROMYKO"
    assert not validate_result(result)
    # Routing words alone, with no sender or page among them, are the record's words.
    plain = tei.encode("Minutes\n\nTO THE PRESIDENT AND HIS ADVISERS\n\nThe President said that he was glad.\n",
                       name="x")
    assert fields(plain) == []


def test_a_telegram_in_capitals_has_turns_and_its_author_speaks_in_the_first_person():
    """"2. GROMYKO SAID THAT …" in a telegram's capitals was no turn (a verb in capitals was no verb), and the
    author's "3. I REPLIED …" would have run on as Gromyko's words."""
    result = tei.encode(CABLE.replace("2. HE SAID", "2. GROMYKO SAID") .replace(
        "\n\nKOHLER", "\n\n3. I REPLIED THAT WE WOULD CONSIDER IT.\n\nKOHLER"), name="cable.txt")
    record = result.tree.find(".//t:body/t:div", NS)
    assert [(child.tag.split("}")[1], child.get("n")) for child in record if child.tag.endswith(("sp", "p"))] == [
        ("p", "1"), ("sp", "2"), ("p", "3")]
    assert result.tree.find(".//t:sp", NS).get("who") == "#gromyko"
    # In a record in small letters, a name in capitals before a verb in capitals is a heading's run, no turn.
    from tei.speakers import match_turn_start, speech_verbs
    start = match_turn_start("GROMYKO SAID THAT IT WAS", speech_verbs("en"))
    assert start is None or start.shape != "verb"


def test_only_a_record_in_capitals_throughout_reads_verbs_in_capitals():
    from tei.parser import _in_capitals

    assert _in_capitals(CABLE)
    assert not _in_capitals(MEMCON)  # in small letters, its letterhead and title in capitals
    assert not _in_capitals("SECRET\n\nSTALIN SAID YES.\n")  # too few letters to tell
    assert not _in_capitals(CABLE.replace("GROMYKO TODAY", "Gromyko today and the weather was fine in Moscow"))


def test_a_telegrams_spaced_classification_after_its_routing_is_its_words():
    """"C O N F I D E N T I A L MOSCOW 1234" after the routing lines headed a section holding the whole telegram;
    a classification after the record's first words opens nothing (it is no opener's part there)."""
    text = CABLE.replace("SUBJECT:", "C O N F I D E N T I A L MOSCOW 1234\n\nSUBJECT:")
    result = tei.encode(text, name="cable.txt")
    assert not result.tree.findall(".//t:div[@type='section']", NS)
    assert "C O N F I D E N T I A L MOSCOW 1234" in [p.text for p in result.tree.iterfind(".//t:body//t:p", NS)]
    assert result.tree.findtext(".//t:opener/t:seg[@type='classification']", namespaces=NS) == "CONFIDENTIAL"


def test_a_classification_among_the_records_words_heads_no_section():
    result = tei.encode("Stalin said that he agreed.\n\nTOP SECRET\n\nZhou said that he did too.\n", name="x")
    assert not result.tree.findall(".//t:div[@type='section']", NS)


@pytest.mark.parametrize("heading, labels, who", [
    ("Interviewee: John Smith\nInterviewer: Jane Doe\nDate: 12 May 1998", ("INT", "RESP"), ("#jane-doe", "#john-smith")),
    ("Interviewee: John Smith\nInterviewed by: Jane Doe\nDate: 12 May 1998", ("IV", "R"), ("#jane-doe", "#john-smith")),
    ("Narrator: John Smith\nInterviewer: Jane Doe\nLocation: Leeds", ("Int", "Resp"), ("#jane-doe", "#john-smith")),
    ("Date: 12 March 2021\nFacilitator: Dr. Amina Yusuf", ("MOD", "P1"), ("#amina-yusuf", "#person-p1")),
    ("Date: 12 March 2021\nModerator: Jane Doe", ("Moderator", "P1"), ("#jane-doe", "#person-p1")),
])
def test_an_interviews_abbreviated_labels_are_the_people_its_heading_names(heading, labels, who):
    """"INT:" / "RESP:", "IV:" / "R:", a focus group's "MOD:", as qualitative research labels its turns, were persons
    of their own (#int, #resp) though the heading names who asks and who answers; "Interviewed by:" named no one."""
    asks, answers = labels
    text = (f"Oral history interview\n\n{heading}\n\n{asks}: Where were you born?\n\n{answers}: In Leeds.\n\n"
            f"{asks}: When?\n\n{answers}: In 1930.\n")
    result = tei.encode(text, name="oh.txt")
    assert [(sp.findtext("t:speaker", namespaces=NS), sp.get("who")) for sp in result.tree.iterfind(".//t:sp", NS)] \
        == [(f"{asks}:", who[0]), (f"{answers}:", who[1])] * 2
    assert result.tree.findtext(".//t:titleStmt/t:title", namespaces=NS) == "Oral history interview"  # (in small letters)
    assert not validate_result(result)


def test_a_title_and_heading_fields_in_one_block_are_the_title_and_the_fields():
    """"Oral History Interview with Mary Brown" / "Interviewer: John Smith" / "Date: …" in one block: the title had
    held the interviewer, and the date had been the dateline's."""
    text = ("Focus group 3 – Community health workers\nDate: 12 March 2021\nFacilitator: Dr. Amina Yusuf\n\n"
            "MOD: Welcome everyone.\n\nP1: I am a nurse.\n\nP2: I work with mothers.\n\nMOD: What are the challenges?\n\n"
            "P1: Transport.\n\nP3: Medicines run out.\n\nP2: The roads.\n")
    result = tei.encode(text, name="fg.txt")
    assert result.tree.findtext(".//t:titleStmt/t:title", namespaces=NS) == "Focus group 3 – Community health workers"
    assert fields(result) == [("Date:", "12 March 2021"), ("Facilitator:", "Dr. Amina Yusuf")]
    # P3 speaks once: a participant's number, where the others' are used twice (it had been P1's words).
    assert [(sp.findtext("t:speaker", namespaces=NS), sp.get("who"), result.position(sp.get(XML_ID)).line)
            for sp in result.tree.iterfind(".//t:sp", NS)] == [
        ("MOD:", "#amina-yusuf", 5), ("P1:", "#person-p1", 7), ("P2:", "#person-p2", 9), ("MOD:", "#amina-yusuf", 11),
        ("P1:", "#person-p1", 13), ("P3:", "#person-p3", 15), ("P2:", "#person-p2", 17)]
    assert not validate_result(result)


def test_a_hearings_head_of_fields_each_a_block_of_its_own_is_fields_after_a_known_one():
    """The Truth and Reconciliation Commission's head: "NAME:", "APPLICATION NO:", "MATTER:", "DAY:" under "DATE:",
    a blank line between each, had been headings and turns of persons "#application-no" and "#matter"; the date
    lost its day ("14TH"); and "HEARING ADJOURNS" at the end a signature of a person "#hearing-adjourns"."""
    text = ("AMNESTY HEARING\n\nDATE: 14TH MAY 1998\n\nNAME: JOHANNES PETRUS BOTHA\n\nAPPLICATION NO: AM 4122/96\n\n"
            "MATTER: ABDUCTION AND MURDER OF SIPHO MAKHUBELA\n\nDAY: 2\n\n"
            "CHAIRPERSON: Good morning.\n\nMR BOTHA: Good morning.\n\nCHAIRPERSON: We adjourn.\n\nHEARING ADJOURNS\n")
    result = tei.encode(text, name="x")
    assert fields(result) == [("DATE:", "14TH MAY 1998"), ("NAME:", "JOHANNES PETRUS BOTHA"),
                              ("APPLICATION NO:", "AM 4122/96"), ("MATTER:", "ABDUCTION AND MURDER OF SIPHO MAKHUBELA"),
                              ("DAY:", "2")]
    assert [sp.get("who") for sp in result.tree.iterfind(".//t:sp", NS)] == ["#chairperson", "#botha", "#chairperson"]
    assert result.tree.find(".//t:closer", NS) is None
    assert result.tree.find(".//t:creation/t:date", NS).get("when") == "1998-05-14"
    # Not a speaker's line after the fields, nor a participants list.
    for turn in ("BOTHA: Good morning.", "PROSECUTOR: Good morning to you"):  # (a sentence; an office's)
        after = tei.encode(f"DATE: 14 May 1998\n\n{turn}\n\nMR BOTHA: Yes.\n\nCHAIRPERSON: Good.\n", name="x")
        assert fields(after) == [("DATE:", "14 May 1998")], turn


def test_a_report_on_a_persons_heading_fields_name_rank_and_the_date_and_place_of_capture():
    """"Name: SCHRÖDER, Karl-Heinz" / "Rank: …" / "Date and place of capture: …" / "Interpreter: …", a prisoner's
    interrogation report's: fields (they had been two paragraphs, the second run into a field list's last value);
    and a hearing's "NAME:" / "CASE:" under its date."""
    text = ("INTERROGATION REPORT NO. 114\n\nName: SCHRÖDER, Karl-Heinz\nRank: Obergefreiter (Corporal)\n"
            "Unit: 2nd Company, 1st Battalion\nDate and place of capture: 22 January 1944, near Cassino\n"
            "Interrogator: Lt. R. M. Feldman\nInterpreter: none (interrogation in German)\n\n"
            "PW was cooperative and appeared truthful.\n")
    tree = tei.encode(text, name="report.txt").tree
    assert [label.text for label in tree.iterfind(".//t:list[@type='fields']/t:label", NS)] == [
        "Name:", "Rank:", "Unit:", "Date and place of capture:", "Interrogator:", "Interpreter:"]
    hearing = tei.encode("DATE: 16 APRIL 1996\nNAME: NOMONDE CALATA\nCASE: CRADOCK\n\n"
                         "CHAIRPERSON: Welcome.\n\nMR LYSTER: Thank you.\n\nCHAIRPERSON: Go on.\n", name="trc.txt").tree
    assert [item.text for item in hearing.iterfind(".//t:list[@type='fields']/t:item", NS)] == [
        "16 APRIL 1996", "NOMONDE CALATA", "CRADOCK"]


def test_a_police_interviews_officers_others_present_and_tape_reference_are_fields():
    """They had run into the field above them ("Brixton Police Station Interviewing officer: DC Smith")."""
    text = ("RECORD OF INTERVIEW\n\nPerson interviewed: Darren WATSON\nPlace of interview: Brixton Police Station\n"
            "Interviewing officer: DC Smith\nOther persons present: Mr P. Garvey (solicitor)\n"
            "Duration of interview: 34 mins\nTape reference nos.: KT/21/3381\n\nDC SMITH: Do you understand?\n\n"
            "WATSON: Yes.\n\nDC SMITH: Good.\n")
    tree = tei.encode(text, name="x.txt").tree
    assert [label.text for label in tree.iterfind(".//t:list[@type='fields']/t:label", NS)] == [
        "Person interviewed:", "Place of interview:", "Interviewing officer:", "Other persons present:",
        "Duration of interview:", "Tape reference nos.:"]


def test_a_court_martials_charges_and_their_specifications_are_fields():
    """"CHARGE I: Violation of …" / "Specification: In that …", a charge sheet's, each pair a block of its own or one
    block: fields, not turns of persons "#charge" and "#specification" (each label was repeated, so a speaker's)."""
    for gap in ("\n", "\n\n"):
        text = (f"ARRAIGNMENT\n\nCHARGE I: Violation of the 61st Article of War.{gap}"
                "Specification: In that the accused did absent himself without leave.\n\n"
                f"CHARGE II: Violation of the 96th Article of War.{gap}"
                "Specification: In that the accused did strike Corporal Fisk.\n\n"
                "PROSECUTION: The prosecution calls Corporal Fisk.\n\nDEFENSE: No questions.\n\n"
                "PROSECUTION: The prosecution rests.\n")
        tree = tei.encode(text, name="trial.txt").tree
        assert [label.text for label in tree.iterfind(".//t:list[@type='fields']/t:label", NS)] == [
            "CHARGE I:", "Specification:", "CHARGE II:", "Specification:"], gap
        assert [sp.get("who") for sp in tree.iterfind(".//t:sp", NS)] == ["#prosecution", "#defense", "#prosecution"]


def test_a_recorded_votes_states_for_against_and_abstaining_and_a_signals_date_time_group_are_fields():
    """"In favour:" / "Against:" / "Abstaining:", the states under each, had been one paragraph; a signal's "DTG:" had
    run into the "TO:" field above it."""
    vote = ("A recorded vote was taken.\n\nIn favour:  Afghanistan, Algeria, Angola, Argentina,\n"
            "            Australia, Austria, Bahrain\nAgainst:    Israel, United States of America\n"
            "Abstaining: Malawi, Paraguay\n\nDraft resolution A/47/L.32 was adopted by 7 votes to 2.\n")
    tree = tei.encode(vote, name="vote.txt").tree
    assert [(label.text, label.getnext().text) for label in tree.iterfind(".//t:list[@type='fields']/t:label", NS)] \
        == [("In favour:", "Afghanistan, Algeria, Angola, Argentina, Australia, Austria, Bahrain"),
            ("Against:", "Israel, United States of America"), ("Abstaining:", "Malawi, Paraguay")]
    signal = tei.encode("FROM: HQ 4 BDE\nTO: HQ 1 DIV\nDTG: 211730Z OCT 19\nSUBJECT: SITREP 07\n\n1. SITUATION.\n",
                        name="sitrep.txt").tree
    assert [label.text for label in signal.iterfind(".//t:list[@type='fields']/t:label", NS)] == [
        "FROM:", "TO:", "DTG:", "SUBJECT:"]
    # (beside no strong label, a council's votes stay the motion's lines)
    council = tei.encode("Cr Tran said the fee was fair.\n\nFor: Crs Hollis, O'Dwyer\nAgainst: Cr Feeney\n",
                         name="c.txt")
    assert council.tree.find(".//t:list[@type='fields']", NS) is None


def test_points_numbered_with_an_ordinals_sign_are_a_list():
    """"1.º Lectura …" / "2.º …", a Spanish acta's agenda: they had been one paragraph."""
    for sign in (".º", "º"):
        tree = tei.encode(f"ORDEN DEL DÍA:\n1{sign} Lectura del acta anterior.\n2{sign} Examen de las cuentas.\n"
                          f"3{sign} Ruegos y preguntas.\n\nPRIMERO.- Se da lectura al acta.\n", name="acta.txt").tree
        assert [(label.text, label.getnext().text) for label in tree.iterfind(".//t:list/t:label", NS)] == [
            (f"1{sign}", "Lectura del acta anterior."), (f"2{sign}", "Examen de las cuentas."),
            (f"3{sign}", "Ruegos y preguntas.")]


def test_labels_in_capitals_with_their_values_aligned_in_one_column_are_fields():
    """An arbitration's appearances, "ARBITRATOR:           Margaret L. Dunphy" over "FOR THE UNION:        Paul
    Brennan, Counsel": they had been the arbitrator's turn. A line indented to the column goes on with the value."""
    text = ("RE: Grievance No. 84-113 (Discharge of R. Okafor)\n\nARBITRATOR:           Margaret L. Dunphy\n"
            "FOR THE UNION:        Paul Brennan, Counsel\n                      Brennan & Leary LLP\n"
            "FOR THE EMPLOYER:     Gerald Marchetti, Counsel\n\nTHE ARBITRATOR: Good morning. We're on the record.\n\n"
            "MR. MARCHETTI: The grievance is untimely.\n\nTHE ARBITRATOR: Noted.\n")
    result = tei.encode(text, name="award.txt")
    assert fields(result) == [("ARBITRATOR:", "Margaret L. Dunphy"),
                              ("FOR THE UNION:", "Paul Brennan, Counsel Brennan & Leary LLP"),
                              ("FOR THE EMPLOYER:", "Gerald Marchetti, Counsel")]
    assert [sp.get("who") for sp in result.tree.iterfind(".//t:sp", NS)] == ["#arbitrator", "#marchetti",
                                                                           "#arbitrator"]
    assert validate_result(result) == []
    # (values not in one column, or one space after the colon, are no such fields)
    for changed in (text.replace("FOR THE UNION:        Paul", "FOR THE UNION:   Paul"),
                    text.replace("ARBITRATOR:           Margaret", "ARBITRATOR: Margaret")):
        assert fields(tei.encode(changed, name="award.txt")) == []


def test_a_narrators_nickname_in_quotes_is_no_part_of_the_name_the_labels_are_read_against():
    """"Narrator: Dolores "Dee" Marchetti", then "MARCHETTI: …": her turns (the field had named no one, and
    MARCHETTI been a person of her own)."""
    text = ('Narrator: Dolores "Dee" Marchetti\nInterviewer: Samuel Oyelaran\nDate: June 22, 2004\n\n'
            "[00:00:04]\nOYELARAN: Dee, can you tell me where you were born?\n\n"
            "MARCHETTI: Right here. Nineteen twenty-nine.\n\nOYELARAN: And your parents?\n")
    result = tei.encode(text, name="oral.txt")
    name = result.tree.find(".//t:list[@type='fields']//t:persName", NS)
    assert (name.text, name.get("ref")) == ('Dolores "Dee" Marchetti', "#dolores-marchetti")
    assert [sp.get("who") for sp in result.tree.iterfind(".//t:sp", NS)] == [
        "#samuel-oyelaran", "#dolores-marchetti", "#samuel-oyelaran"]
    assert validate_result(result) == []
