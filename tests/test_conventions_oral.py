"""Oral histories, interviews and their kin: labels with a direction in brackets, a tape's change inside a turn, a
transcript's running head, diary entries by the day's ordinal alone, struck words, what follows the last turn."""

from __future__ import annotations

from encoded import NS, checked, people, whos


def encoded(text: str):
    result = checked(text)
    return result, people(result), whos(result)


def said(result) -> list[tuple[str | None, str]]:
    """Each turn's speaker and its paragraphs' words, and each paragraph outside a turn (speaker None)."""
    out = []
    body = result.tree.find(".//t:body", NS)
    for element in body.iter(f"{{{NS['t']}}}sp", f"{{{NS['t']}}}p"):
        if element.tag.endswith("}sp"):
            out.append((element.get("who"), " | ".join(" ".join("".join(p.itertext()).split())
                                                       for p in element.iterfind("t:p", NS))))
        elif element.getparent().tag.endswith("}div"):
            out.append((None, " ".join("".join(element.itertext()).split())))
    return out


def test_a_short_surname_used_once_with_a_direction_in_brackets_is_a_speakers_label():
    """"ABDI (through interpreter): In Bardera." between "HOLMQUIST:"'s turns: a name of four letters had been asked
    as initials are ("JFK"), which no other label was, and her answer was words of the interviewer's turn."""
    text = ("HOLMQUIST: Where were you born?\n\nABDI (through interpreter): In Bardera.\n\n"
            "FARAH: Excuse me, she said Baidoa.\n\nHOLMQUIST: Thank you.\n")
    result, people, turns = encoded(text)
    assert turns == ["#holmquist", "#abdi", "#farah", "#holmquist"]
    assert result.tree.find(".//t:sp[@who='#abdi']/t:speaker", NS).text == "ABDI (through interpreter):"
    assert said(result)[1] == ("#abdi", "In Bardera.")


def test_words_under_a_tapes_turning_over_go_on_the_turn_before_it():
    """"[END OF TAPE 2, SIDE A]" / "[TAPE 2, SIDE B]" / "And then we moved.": the speaker's words go on over the
    tape's change (they had been no one's paragraph); the notes stand in the turn. A tape's end before a label, and
    the interview's end, stay between the turns."""
    text = ("MERCER: And the mill?\n\nDOYLE: It closed in the spring.\n\n[END OF TAPE 2, SIDE A]\n\n"
            "[TAPE 2, SIDE B]\n\nAnd then we moved to Fall River.\n\nMERCER: Why there?\n\nDOYLE: My uncle.\n\n"
            "[END OF TAPE 3]\n\nMERCER: Thank you.\n\n[END OF INTERVIEW]\n\nTranscribed by R. Paley.\n")
    result, _, turns = encoded(text)
    assert turns == ["#mercer", "#doyle", "#mercer", "#doyle", "#mercer"]
    assert said(result)[1] == ("#doyle", "It closed in the spring. | END OF TAPE 2, SIDE A | TAPE 2, SIDE B | "
                                         "And then we moved to Fall River.")
    assert said(result)[4] == (None, "END OF TAPE 3")
    assert said(result)[-1] == (None, "END OF INTERVIEW")
    assert result.tree.find(".//t:closer/t:signed/t:persName", NS).text == "R. Paley."


def marks(result) -> list[tuple[str, str]]:
    """The body's page turns and running lines, in order: ("pb", n), ("fw:header", words)."""
    body = result.tree.find(".//t:body", NS)
    return [("pb", el.get("n")) if el.tag.endswith("}pb") else (f"fw:{el.get('type')}", el.text)
            for el in body.iter(f"{{{NS['t']}}}pb", f"{{{NS['t']}}}fw")]


def test_a_running_head_with_its_page_number_after_its_word_heads_the_page_on_one_page_too():
    """"Tobin interview, 3 May 1981      Page 2" over two blank lines: the head of page 2, the page turning before it
    (it had been words of the last question's turn, and the page turned after it)."""
    head = "Tobin interview, 3 May 1981" + " " * 24 + "Page 2"
    text = (f"PRICE: Where did you work?\n\nTOBIN: At the yard. Riveting.\n\nPRICE: All day?\n\n{head}\n\n\n"
            "TOBIN: All day. Then the night shift too.\n\nPRICE: Thank you.\n")
    result, _, turns = encoded(text)
    assert turns == ["#price", "#tobin", "#price", "#tobin", "#price"]
    assert said(result)[2] == ("#price", "All day?")
    assert marks(result) == [("pb", "2"), ("fw:header", head)]
    pb = result.tree.find(".//t:body//t:pb", NS)
    assert pb.getnext().tag.endswith("}fw") and pb.getnext().getnext().get("who") == "#tobin"


def test_running_heads_with_their_page_numbers_after_the_word_head_each_page():
    """On each page's head, the page turning before each ("… Page 2", "… Page 3")."""
    heads = ["Tobin interview" + " " * 30 + f"Page {n}" for n in (2, 3)]
    text = (f"PRICE: Where did you work?\n\nTOBIN: At the yard.\n\n{heads[0]}\n\n\nPRICE: All day?\n\n"
            f"TOBIN: All day.\n\n{heads[1]}\n\n\nPRICE: Thank you.\n")
    result, _, turns = encoded(text)
    assert turns == ["#price", "#tobin", "#price", "#tobin", "#price"]
    assert marks(result) == [("pb", "2"), ("fw:header", heads[0]), ("pb", "3"), ("fw:header", heads[1])]


def test_a_diarys_weekday_and_the_days_ordinal_alone_heads_an_entry():
    """"Tuesday, 9th." under "Monday, Sept. 8th.": the day's entry (it had been a paragraph of the day before)."""
    text = ("Monday, Sept. 8th.\nRain all day. The river is up.\n\nTuesday, 9th.\nThe bridge is gone.\n\n"
            "Wednesday, September 10th.\nWe crossed by the ferry.\n")
    result, _, _ = encoded(text)
    entries = result.tree.findall(".//t:div[@type='entry']", NS)
    assert [entry.find("t:head", NS).text for entry in entries] == [
        "Monday, Sept. 8th.", "Tuesday, 9th.", "Wednesday, September 10th."]
    assert [len(entry.findall("t:p", NS)) for entry in entries] == [1, 1, 1]


def test_words_struck_through_with_tildes_or_a_tag_are_deleted_their_signs_kept():
    """"~~twelve~~" and "<del>Saint Anne's</del>": del rend="strikethrough", the signs metamarks (they had been words,
    the tags printed as text); a lone tilde and a tag of no deletion stay words."""
    text = ("CRANE: How old were you?\n\nVOSS: I was ~~twelve~~ thirteen, ~ about that.\n\n"
            "CRANE: Which church?\n\nVOSS: <del>Saint Anne's</del> Saint Mary's, <b>I think</b>.\n")
    result, _, turns = encoded(text)
    assert turns == ["#crane", "#voss", "#crane", "#voss"]
    struck = result.tree.findall(".//t:del", NS)
    assert [d.get("rend") for d in struck] == ["strikethrough", "strikethrough"]
    assert ["".join(d.itertext()) for d in struck] == ["~~twelve~~", "<del>Saint Anne's</del>"]
    assert [[m.text for m in d.iterfind("t:metamark[@function='strikethrough']", NS)] for d in struck] == [
        ["~~", "~~"], ["<del>", "</del>"]]
    assert said(result)[3] == ("#voss", "<del>Saint Anne's</del> Saint Mary's, <b>I think</b>.")
    assert "strikes through" in "".join(result.tree.find(".//t:segmentation", NS).itertext())


def test_initials_in_brackets_with_a_middle_initial_are_the_named_persons():
    """"Harold J. Pemberton (HJP)": "HJP:" is his (the middle initial had been no word of the name, and the label a
    person "#hjp" of its own)."""
    text = ("Interviewee: Harold J. Pemberton (HJP)\nInterviewer: Lucy Farrow (LF)\nDate: 4 May 1998\n\n"
            "LF: Where did you train?\n\nHJP: In Leeds.\n\nLF: And after?\n\nHJP: London.\n")
    _, people, turns = encoded(text)
    assert people == {"harold-pemberton", "lucy-farrow"}
    assert turns == ["#lucy-farrow", "#harold-pemberton", "#lucy-farrow", "#harold-pemberton"]


def test_a_key_to_the_labels_after_the_last_turn_is_a_list_of_its_own():
    """"KEY" / "JR / Chair = Janet Rowe" / "P1–P4 = members, by seat": the transcriber's list, no speaker's (it had
    been a paragraph of the chair's last turn)."""
    text = ("Chair: Shall we begin?\n\nP1: Yes.\n\nP2: Go on.\n\nChair: Thank you all.\n\n"
            "KEY\nJR / Chair = Janet Rowe\nP1–P4 = members, by seat\n")
    result, _, turns = encoded(text)
    assert turns == ["#chair", "#person-p1", "#person-p2", "#chair"]
    assert said(result)[-1] == ("#chair", "Thank you all.")
    key = result.tree.find(".//t:div[@type='record']/t:list", NS)
    assert key.find("t:head", NS).text == "KEY"
    assert [item.text for item in key.iterfind("t:item", NS)] == ["JR / Chair = Janet Rowe",
                                                                  "P1–P4 = members, by seat"]


def test_a_transcribers_certificate_after_the_last_turn_is_the_records():
    """"Certification: I, Ana Ruiz, certify that …" under the call's last turn: no one's words (it had been the last
    speaker's)."""
    text = ("A: Friday then.\n\nB: Alright.\n\nA: Not on this phone.\n\nB: Okay.\n\n"
            "Certification: I, Ana Ruiz, certify that the foregoing is a true and accurate\n"
            "transcription of the recorded conversation.\nAna Ruiz\nLanguage Specialist\n")
    result, _, turns = encoded(text)
    assert turns == ["#a", "#b", "#a", "#b"]
    assert said(result)[3] == ("#b", "Okay.")
    assert said(result)[4][0] is None and said(result)[4][1].startswith("Certification: I, Ana Ruiz, certify")


def test_a_title_in_capitals_before_a_dash_is_no_speaker_and_a_middle_initial_keeps_the_initials():
    """"ORAL HISTORY TRANSCRIPT — SECOND DRAFT": the record's title (it had been a person "#oral-history-transcript"
    whose turn held the field under it); "HJP:" under "Narrator: Harold J. Pemberton" is his."""
    text = ("ORAL HISTORY TRANSCRIPT — SECOND DRAFT\n\nNarrator: Harold J. Pemberton\n\n"
            "LF: Where did you train?\n\nHJP: In Leeds.\n\nLF: And after?\n\nHJP: London.\n")
    result, people, turns = encoded(text)
    assert people == {"lf", "harold-pemberton"}
    assert turns == ["#lf", "#harold-pemberton", "#lf", "#harold-pemberton"]
    assert result.tree.find(".//t:div[@type='record']/t:head", NS).text == "ORAL HISTORY TRANSCRIPT — SECOND DRAFT"


def test_the_interpreter_the_head_names_speaks_the_interpreters_turns():
    """"Interpreter: Omar Said" among the interview's fields: "INTERPRETER:" labels his turns, as "SAID:" does (the
    label had been a person "#interpreter" of its own)."""
    text = ("Interviewee: Hodan Ali\nInterviewer: Karin Berg\nInterpreter: Omar Said\nDate: 3 June 2004\n\n"
            "BERG: Where did you grow up?\n\nINTERPRETER: She says in Kismayo.\n\nBERG: When did you leave?\n\n"
            "INTERPRETER: In 1992.\n\nSAID: Sorry, in 1991.\n\nBERG: Thank you.\n")
    _, people, turns = encoded(text)
    assert people == {"hodan-ali", "karin-berg", "omar-said"}
    assert turns == ["#karin-berg", "#omar-said", "#karin-berg", "#omar-said", "#omar-said", "#karin-berg"]


def test_struck_words_are_marked_in_the_plain_text_and_given_back_as_written_in_the_diplomatic():
    """The reading text had printed "fifty two three", the struck word as a word of the text; the legend says what
    the double brackets are, only where a word is struck."""
    from tei.render import render_text

    text = ("MINUTES\n\nSMITH: We will pay fifty ~~two~~ three dollars.\n\nJONES: Agreed <del>at once</del>.\n\n"
            "SMITH: Good.\n")
    tree = checked(text).tree
    reading = render_text(tree)
    assert "fifty ⟦two⟧ three dollars." in reading and "Agreed ⟦at once⟧." in reading
    assert "⟦words⟧ — words struck through in the source." in reading
    diplomatic = render_text(tree, diplomatic=True)
    assert "fifty ~~two~~ three" in diplomatic and "Agreed <del>at once</del>." in diplomatic
    assert "⟦" not in render_text(checked("SMITH: Good.\n\nJONES: Yes.\n").tree)
