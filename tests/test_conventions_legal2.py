"""Interviews' heading fields with no date among them, an interview's abstract, a recording's timestamp alone between
turns; court and parliamentary records' conventions (running heads, examiners, lists of those present, tellers)."""

from __future__ import annotations

from encoded import NS, checked, flat, whos


def encoded(text: str):
    result = checked(text)
    return result, whos(result)


def fields(result) -> list[tuple[str, str]]:
    lists = result.tree.findall(".//t:body//t:list[@type='fields']", NS)
    out = []
    for fields_list in lists:
        labels = [flat(label) for label in fields_list.iterfind("t:label", NS)]
        items = [flat(item) for item in fields_list.iterfind("t:item", NS)]
        out.extend(zip(labels, items))
    return out


def test_an_interviews_heading_fields_without_a_date_are_fields_and_name_who_speaks():
    """"Interviewee: …" / "Interviewer: …" / "Interpreter: …" at the record's head, no "Date:" among them: a fields
    list, its names the turns' persons (they had been one paragraph, or the labels of turns)."""
    text = ("Interviewee: Amina Warsame\nInterviewer: Sarah Holm\nInterpreter: Yusuf Dahir\n\n"
            "HOLM: Where did you grow up?\n\nWARSAME: In the south.\n\n[Interpreter]: She was small then.\n\n"
            "HOLM: And later?\n\nWARSAME: In the city.\n")
    result, turns = encoded(text)
    assert fields(result) == [("Interviewee:", "Amina Warsame"), ("Interviewer:", "Sarah Holm"),
                              ("Interpreter:", "Yusuf Dahir")]
    assert turns == ["#sarah-holm", "#amina-warsame", "#yusuf-dahir", "#sarah-holm", "#amina-warsame"]


def test_a_focus_groups_fields_under_a_two_line_title_are_fields():
    """"FOCUS GROUP NOTES" / "Session 2 — Harbour Library" / "Moderator: Dr. Ann Poole (AP)" / "Note-taker: R. Lund":
    the title, then the fields (the note-taker had been a speaker "#note-taker"); the initials after the moderator's
    name are no part of it, and her turns are hers."""
    text = ("FOCUS GROUP NOTES\nSession 2 — Harbour Library\nModerator: Dr. Ann Poole (AP)\nNote-taker: R. Lund\n"
            "Language: English\n\nModerator: Shall we begin? P1?\n\nP1: Yes.\n\nP2: Not yet.\n\nModerator: Good.\n")
    result, turns = encoded(text)
    assert flat(result.tree.find(".//t:body//t:head", NS)) == "FOCUS GROUP NOTES Session 2 — Harbour Library"
    assert fields(result) == [("Moderator:", "Dr. Ann Poole (AP)"), ("Note-taker:", "R. Lund"),
                              ("Language:", "English")]
    assert result.tree.find(".//t:list[@type='fields']/t:item/t:persName", NS).text == "Dr. Ann Poole"
    assert turns == ["#ann-poole", "#person-p1", "#person-p2", "#ann-poole"]


def test_the_first_exchange_of_an_interview_is_no_fields_list():
    """"Interviewer: Where were you born?" / "Narrator: In Leeds." at the head: turns, as they were."""
    text = "Interviewer: Where were you born?\nNarrator: In Leeds.\n\nInterviewer: And then?\n\nNarrator: York.\n"
    result, turns = encoded(text)
    assert fields(result) == []
    assert len(turns) == 4


def test_an_interviews_abstract_under_its_fields_is_a_field():
    """"ABSTRACT: Mrs. Kowalczyk describes …" under the narrator's and the interviewer's fields: a field of the
    heading (it had been a section's head over the whole interview, the abstract a turn of the narrator's)."""
    text = ("Narrator: Irena Kowalczyk\nInterviewer: Tom Okoye\n\n"
            "ABSTRACT: Mrs. Kowalczyk describes life on a hop farm and the\nfire of 1961.\n\n"
            "OKOYE: Where were you born?\n\nKOWALCZYK: On the farm.\n\nOKOYE: And the fire?\n\nKOWALCZYK: June.\n")
    result, turns = encoded(text)
    assert fields(result)[-1] == ("ABSTRACT:", "Mrs. Kowalczyk describes life on a hop farm and the fire of 1961.")
    assert result.tree.find(".//t:body//t:div[@type='section']", NS) is None
    assert turns == ["#tom-okoye", "#irena-kowalczyk", "#tom-okoye", "#irena-kowalczyk"]


def test_a_timestamp_alone_between_turns_goes_with_the_turn_after_it():
    """"[00:04:10]" alone between blank lines, a turn under it: the time of that turn's words, in its label (it had
    been a paragraph of the turn before it)."""
    text = ("OKOYE: Did you milk the cows?\n\nKOWALCZYK: Every morning.\n\n[00:04:10]\n\n"
            "OKOYE: Tell me about the fire.\n\nKOWALCZYK: It was in June.\n")
    result, turns = encoded(text)
    assert turns == ["#okoye", "#kowalczyk", "#okoye", "#kowalczyk"]
    sps = result.tree.findall(".//t:sp", NS)
    assert flat(sps[1]) == "KOWALCZYK: Every morning."
    assert flat(sps[2].find("t:speaker", NS)) == "00:04:10 OKOYE:"
    assert sps[2].find("t:speaker/t:seg[@type='timestamp']", NS) is not None


def test_a_depositions_first_questions_are_the_examiner_first_named_in_brackets():
    """"Q. Would you state …" before "Q. (By Mr. Tolland) And you are …", no line naming who examines: the first
    questions are Mr. Tolland's too (they had been a person "#q"'s); the answers the witness sworn."""
    text = ("APPEARANCES:\n\nFor the Plaintiff:   Ms. Ann Vries\nFor the Defendant:   Mr. Paul Tolland\n\n"
            "GERALD P. HASKE, having been first duly sworn, testified as follows:\n\n"
            "Q.   Would you state your full name for the record.\nA.   Gerald Paul Haske.\n"
            "Q.   (By Mr. Tolland) And you work at the yard?\nA.   I did.\n"
            "          MS. VRIES: Objection.\nQ.   Who was there?\nA.   Nobody.\n")
    result, turns = encoded(text)
    assert "#q" not in turns
    assert turns[0] == turns[2] == turns[-2] == "#tolland"
    assert turns[1] == turns[3] == turns[-1] != "#a"


def test_a_hearings_title_printed_again_over_the_next_page_is_the_title_on_the_first():
    """"REVIEW OF HARBOUR DREDGING CONTRACTS" / "HEARING" / the date on the first page, the title again at the
    second page's head: the record's title and its word on the first (it had been a running head, the record
    untitled), the running head on the second."""
    text = ("     REVIEW OF HARBOUR DREDGING CONTRACTS\n\n                  HEARING\n\n"
            "               MARCH 3, 2020\n\n                    (1)\n"
            "\f     REVIEW OF HARBOUR DREDGING CONTRACTS\n\n"
            "    Mr. Aldana. The subcommittee will come to order.\n    Ms. Brekke. Thank you, Mr. Chairman.\n"
            "    Mr. Aldana. Colonel, you may proceed.\n    Colonel Dorsey. Thank you.\n"
            "    Ms. Brekke. How deep is the channel?\n    Colonel Dorsey. Forty feet.\n"
            "    Mr. Aldana. The hearing is adjourned.\n\n                    (2)\n")
    result, turns = encoded(text)
    body = result.tree.find(".//t:body", NS)
    heads = [flat(head) for head in body.iterfind(".//t:head", NS)]
    assert heads == ["REVIEW OF HARBOUR DREDGING CONTRACTS", "HEARING"]
    assert [flat(fw) for fw in body.iterfind(".//t:fw[@type='header']", NS)] == ["REVIEW OF HARBOUR DREDGING CONTRACTS"]
    assert result.tree.find(".//t:titleStmt/t:title", NS).text == "REVIEW OF HARBOUR DREDGING CONTRACTS — HEARING"
    assert turns[0] == "#aldana" and len(turns) == 7


def test_an_agenda_item_over_its_minutes_is_a_heading_however_long_its_line():
    """The agenda's first item again over its minutes, a line longer than a heading's short one: a heading as the
    others are (it had been a numbered paragraph, the others headings)."""
    text = ("Kurzprotokoll der 40. Kabinettssitzung am 3. Mai 1960\n\nTagesordnung:\n"
            "1. Entwurf eines Gesetzes über die Neuordnung des Lastenausgleichs\n2. Lage in Berlin\n3. Personalien\n\n"
            "1. Entwurf eines Gesetzes über die Neuordnung des Lastenausgleichs\n\n"
            "Der Bundesminister der Finanzen erhebt Bedenken.\n\n2. Lage in Berlin\n\n"
            "Der Bundeskanzler berichtet.\n\n3. Personalien\n\nDas Kabinett stimmt zu.\n")
    result, _ = encoded(text)
    heads = [flat(head) for head in result.tree.iterfind(".//t:body//t:div[@type='section']/t:head", NS)]
    assert heads == ["1. Entwurf eines Gesetzes über die Neuordnung des Lastenausgleichs", "2. Lage in Berlin",
                     "3. Personalien"]


def test_a_divisions_tellers_are_a_list_each_under_their_label():
    """"TELLERS FOR THE AYES:" / "Mr. Short and Mr. Grey.": a list, its label its head, the tellers persons (they had
    been the record's paragraphs, the names no one's)."""
    text = ("Mr. Alden: I am obliged.\n\nThe House divided: Ayes 180, Noes 240.\n\n"
            "                        TELLERS FOR THE AYES:\n                  Mr. Shorter and Mr. Oswin Grey.\n\n"
            "                        TELLERS FOR THE NOES:\n                  Mr. Ede and Mr. Whitby.\n\n"
            "Question accordingly negatived.\n\nMr. Alden: I beg to move.\n\nMr. Speaker: Order.\n")
    result, turns = encoded(text)
    lists = result.tree.findall(".//t:body/t:div/t:list", NS)
    assert [flat(each.find("t:head", NS)) for each in lists] == ["TELLERS FOR THE AYES:", "TELLERS FOR THE NOES:"]
    assert [name.get("ref") for name in lists[0].iterfind(".//t:persName", NS)] == ["#shorter", "#oswin-grey"]
    assert turns == ["#alden", "#alden", "#speaker"]


def test_a_ships_logs_remarks_on_board_and_the_days_head_their_entries():
    """"Remarks &c. on board, Tuesday, May 2nd, 1854" / the day's remarks, then "Wednesday, May 3rd": each day's
    heading over its entry (the first had been run into the first entry's words)."""
    text = ('LOG OF THE SHIP "HANNAH CROSS" OF BOSTON\n\nRemarks &c. on board, Tuesday, May 2nd, 1854\n'
            "First part: Light airs from the SW. At 4 PM passed Cape Ann.\nLat. by obs. 42° 10' N.\n\n"
            "Wednesday, May 3rd\nFirst part: Fresh gales from the NW.\nLat. 41° 2' N.\n")
    result, _ = encoded(text)
    entries = result.tree.findall(".//t:body//t:div[@type='entry']", NS)
    assert [flat(entry.find("t:head", NS)) for entry in entries] == [
        "Remarks &c. on board, Tuesday, May 2nd, 1854", "Wednesday, May 3rd"]
    assert flat(entries[0].find("t:p", NS)).startswith("First part: Light airs")


def test_a_german_court_protocols_own_lines_and_the_witness_it_calls():
    """"Die Zeugin Maria Kessler wurde hereingerufen, belehrt und wie folgt vernommen:", "Zur Person: …", "Zur
    Sache:", "Auf Frage der Verteidigung:": the record's, none in the accused's turn (they had been his words); the
    witness named there answers as "Die Zeugin:"."""
    text = ("Der Vorsitzende: Wollen Sie sich äußern?\n\nDer Angeklagte: Ich habe nichts genommen.\n\n"
            "Die Zeugin Maria Kessler wurde hereingerufen, belehrt und wie folgt\nvernommen:\n\n"
            "Zur Person: Maria Kessler, 58 Jahre, Lehrerin, wohnhaft in Kassel.\n\nZur Sache:\n\n"
            "Die Zeugin: Ich habe ihm 2019 Geld geliehen.\n\nAuf Frage der Verteidigung:\n\n"
            "Die Zeugin: Einen Vertrag gab es nicht.\n")
    result, turns = encoded(text)
    assert turns == ["#vorsitzende", "#angeklagte", "#maria-kessler", "#maria-kessler"]
    sps = result.tree.findall(".//t:sp", NS)
    assert flat(sps[1]) == "Der Angeklagte: Ich habe nichts genommen."
    assert flat(sps[2]) == "Die Zeugin: Ich habe ihm 2019 Geld geliehen."
    body = result.tree.find(".//t:body/t:div", NS)
    assert [flat(p) for p in body.iterfind("t:p", NS)] == [
        "Zur Person: Maria Kessler, 58 Jahre, Lehrerin, wohnhaft in Kassel.", "Zur Sache:",
        "Auf Frage der Verteidigung:"]
    assert flat(body.find("t:stage", NS)).startswith("Die Zeugin Maria Kessler wurde hereingerufen")


def test_a_title_of_three_lines_over_heading_fields_with_a_date():
    """"FOCUS GROUP NOTES" / "Study: Bus Use Among Older Adults" / "Session 4 — Dockside Library" over "Date: …" /
    "Moderator: …" / "Note-taker: …": the title, then the fields (it had all been one paragraph, and the note-taker a
    speaker)."""
    text = ("FOCUS GROUP NOTES\nStudy: Bus Use Among Older Adults\nSession 4 — Dockside Library\n"
            "Date: 3 October 2016\nModerator: Dr. Ann Poole (AP)\nNote-taker: R. Lund\n\n"
            "Moderator: Shall we begin? P1?\n\nP1: Yes.\n\nP2: Not yet.\n\nModerator: Good.\n")
    result, turns = encoded(text)
    assert flat(result.tree.find(".//t:body//t:head", NS)) == (
        "FOCUS GROUP NOTES Study: Bus Use Among Older Adults Session 4 — Dockside Library")
    assert [label for label, _ in fields(result)] == ["Date:", "Moderator:", "Note-taker:"]
    assert turns == ["#ann-poole", "#person-p1", "#person-p2", "#ann-poole"]
