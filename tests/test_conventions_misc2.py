"""Stage directions in brackets, a written minute's status in brackets, an index after the last turn, a meeting's
date in its opening sentence, a cipher clerk's note under a telegram's signatory."""

from __future__ import annotations

from encoded import NS, checked, flat, whos


def test_a_speakers_gestures_in_brackets_are_incidents_not_words_supplied():
    """"[Reading from a piece of paper:]" before the words read, "[Bows.]" after them: what the speaker did, as the
    record notes it (they had been words supplied, said too softly to hear)."""
    text = ("Tanaka, Chairman of the Board: Why do they not reply?\n"
            "[Reading from a piece of paper:] \"All the rivers run to the sea, yet the sea is\n"
            "not full.\" [Bows.]\n\nOkada, Director: I understand.\n")
    result = checked(text)
    assert whos(result) == ["#tanaka", "#okada"]
    first = result.tree.find(".//t:sp", NS)
    assert [flat(d) for d in first.iterfind("t:p/t:incident/t:desc", NS)] == ["Reading from a piece of paper:",
                                                                             "Bows."]
    assert result.tree.find(".//t:supplied", NS) is None


def test_a_one_word_bracket_that_is_no_gesture_stays_words_supplied():
    result = checked("Smith: We met. [Yesterday.] Then we left.\n\nJones: Good.\n")
    assert flat(result.tree.find(".//t:supplied", NS)) == "Yesterday."


def test_a_written_minutes_reserved_status_is_an_editorial_note():
    """"HONORARY DEGREES [Reserved]" in a minute book's heading: a note of the minute's status (it had been words
    supplied, said too softly to hear, which a written record has none of)."""
    text = ("71/12  HONORARY AWARDS [Reserved]\n\n"
            "        Resolved: That the list in the confidential paper be sent on.\n")
    result = checked(text)
    head = result.tree.find(".//t:head", NS)
    note = head.find("t:note", NS)
    assert note is not None and note.get("type") == "editorial" and flat(note) == "Reserved"
    assert result.tree.find(".//t:supplied", NS) is None


def test_an_index_of_subjects_after_the_last_turn_is_a_list_outside_the_turns():
    """"List of Subjects Discussed" and its entries a line each after an oral history's last turn: the record's
    index, a list of its own (it had been two paragraphs of the last turn, the entries joined in one)."""
    text = ("HESS: Where were you in 1947?\n\nBOHLEN: In Paris, at the conference.\n\n"
            "HESS: Thank you very much.\n\nList of Subjects Discussed\n\n"
            "Bevin, Ernest, 4\nMarshall Plan, 2, 3\nParis Conference, 1947, 1-5\n")
    result = checked(text)
    assert whos(result) == ["#hess", "#bohlen", "#hess"]
    last = result.tree.findall(".//t:sp", NS)[-1]
    assert [flat(p) for p in last.iterfind("t:p", NS)] == ["Thank you very much."]
    index = result.tree.find(".//t:body/t:div/t:list", NS)
    assert flat(index.find("t:head", NS)) == "List of Subjects Discussed"
    assert [flat(item) for item in index.iterfind("t:item", NS)] == [
        "Bevin, Ernest, 4", "Marshall Plan, 2, 3", "Paris Conference, 1947, 1-5"]


def test_lines_with_pages_after_a_turn_with_no_index_head_stay_the_turns():
    text = "HESS: And then?\n\nBOHLEN: We went to see:\n\nBevin, Ernest, 4\nMarshall Plan, 2, 3\n"
    result = checked(text)
    assert result.tree.find(".//t:body/t:div/t:list", NS) is None


def test_a_meetings_date_in_a_long_opening_sentence_is_the_records_date():
    """"… held at the Grand Hotel, …, on / Tuesday, the 12th day of March, 1957, at 11 a.m.": the meeting's date,
    the sentence longer than a dateline (it had given the record no date)."""
    text = ("MINUTES of the Thirty-First Annual General Meeting of the Members of the\n"
            "Society held at the Grand Hotel, Corporation Street, Manchester, on\n"
            "Tuesday, the 12th day of March, 1957, at 11 a.m.\n")
    result = checked(text)
    assert result.tree.find(".//t:profileDesc/t:creation/t:date", NS).get("when") == "1957-03-12"


def test_a_cipher_clerks_note_under_a_telegrams_signatory_leaves_the_signatory_signing():
    """"PANYUSHKIN" / "Decoded: 3.V.49, 11:40. Typed 4 copies.": the signatory signs, the clerk's note after the
    closing (the signatory had been a section's head)."""
    text = ("TELEGRAM\n\n1. Today the minister said that the talks would resume.\n\nAwait instructions.\n\n"
            "PANYUSHKIN\n\nDecoded: 3.V.49, 11:40. Typed 4 copies.\n")
    result = checked(text)
    assert [flat(h) for h in result.tree.iterfind(".//t:body//t:head", NS)] == ["TELEGRAM"]
    assert flat(result.tree.find(".//t:closer/t:signed", NS)) == "PANYUSHKIN"
    assert flat(result.tree.find(".//t:postscript/t:p", NS)).startswith("Decoded:")


def test_a_speech_marked_as_translated_and_its_note_stand_apart_from_words_supplied():
    """"*[Mr. President, …]" and the page's note "*[ ] Translation of Hindustani speech.", as India's Constituent
    Assembly Debates print them: the speech a segment in translation and the note a footnote between the turns (the
    speech had been words supplied, said too softly to hear, and the note empty brackets in the turn)."""
    text = ("Shri R. K. Sidhva (C.P. & Berar: General): *[Sir, I rise to support this\n"
            "amendment. It is in the interest of the people.]\n\n*[ ] Translation of Hindustani speech.\n\n"
            "Mr. President: We shall now vote.\n")
    result = checked(text)
    assert whos(result) == ["#sidhva", "#president"]
    seg = result.tree.find(".//t:sp/t:p/t:seg", NS)
    assert seg.get("type") == "translation" and flat(seg).startswith("Sir, I rise")
    assert result.tree.find(".//t:supplied", NS) is None
    note = result.tree.find(".//t:body/t:div/t:note", NS)
    assert note.get("type") == "footnote" and flat(note) == "*[ ] Translation of Hindustani speech."
    assert [flat(p) for p in result.tree.find(".//t:sp", NS).iterfind("t:p", NS)] == ["*" + flat(seg)]
