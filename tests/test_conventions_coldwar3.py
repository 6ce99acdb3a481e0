"""Cold War records (third group): brackets that describe the document or the recording, asides inside a speech,
and what closes a record."""

from __future__ import annotations

from encoded import NS, XML_ID, checked, flat


def encoded(text: str):
    return checked(text)


def body(result, path: str):
    return list(result.tree.iterfind(".//t:body" + path, NS))


def test_a_crossed_out_hand_and_an_original_underlining_are_notes_of_the_document():
    """"[handwritten, crossed out: probable]" had been words supplied, "[In the original, this sentence is
    underlined.]" an event: both say what the document bears, as "[Handwritten: …]" does."""
    result = encoded("The participation of the Prime Minister is [handwritten,\ncrossed out: probable] possible.\n\n"
                     "Mao Zedong said: \"You have extended Russian nationalism to China's\ncoast.\" "
                     "[In the original, this sentence is underlined.]\n")
    assert [flat(note) for note in body(result, "//t:note[@type='physical']")] == \
        ["handwritten, crossed out: probable", "In the original, this sentence is underlined."]
    assert body(result, "//t:supplied") == [] and body(result, "//t:incident") == []


def test_a_break_in_the_audio_and_a_lacuna_are_no_words_supplied():
    """"[interruzione dell'audio]" is the recording's break, as "[break in the recording]" is; "[lacuna]" a gap."""
    result = encoded("Noi del gruppo siamo [interruzione dell'audio] contro.\n\n"
                     "Et vectigal [lacuna] reficiantur.\n")
    assert [flat(incident) for incident in body(result, "//t:incident")] == ["interruzione dell'audio"]
    assert [(gap.get("reason"), flat(gap)) for gap in body(result, "//t:gap")] == [("damage", "lacuna")]
    assert body(result, "//t:supplied") == []


def test_a_bracket_wrapped_after_a_full_stop_holds_its_paragraph_together():
    """"[Source: …, a.j. 110." / "Translated by …]" had been two paragraphs, each bracket warned as unmatched: one
    note of the source now; a bracket never closed still cuts its paragraph as before."""
    text = ("Comrade Dubček: Then it is decided.\n\nComrade Černík: Agreed.\n\n"
            "[Source: Národní archiv, Prague, fond 02/1, sv. 69, a.j. 110.\nTranslated by Jan Novák.]\n")
    result = encoded(text)
    assert [flat(note) for note in result.tree.iterfind(".//t:note[@type='source']", NS)] == \
        ["Source: Národní archiv, Prague, fond 02/1, sv. 69, a.j. 110. Translated by Jan Novák."]
    assert result.tree.find(".//t:sic", NS) is None
    assert not [d for d in result.diagnostics if "bracket" in d.code]


MINUTES = ("Comrade Mikoyan: The Petőfi Circle has become a centre of opposition.\n"
           "(Gerő: Not only the Petőfi Circle.) Yes, also the writers.\n\n"
           "Comrade Gerő: I agree. (Silence.)\n\n"
           "Comrade Hegedüs: (interrupting) The shock already exists. Comrade Kovács was responsible for\n"
           "all the mistakes. (Commotion.\nGerő: Let him speak!) The people will say that nothing has\nchanged.\n\n"
           "Comrade Mikoyan: Then it is decided.\n")


def test_a_speaker_calling_out_in_parentheses_and_the_rooms_silence_are_the_records_notes():
    """"(Gerő: Not only …)" inside Mikoyan's speech is Gerő calling out, as a member named calling out is read;
    "(Silence.)" and "(interrupting)" what happened, as "(Applause.)" is: they had been the speakers' words."""
    result = encoded(MINUTES)
    assert [flat(vocal) for vocal in body(result, "//t:p/t:vocal")] == \
        ["Gerő: Not only the Petőfi Circle.", "Commotion. Gerő: Let him speak!"]
    assert [flat(incident) for incident in body(result, "//t:p/t:incident")] == ["Silence.", "interrupting"]


def test_an_interjection_wrapped_across_lines_starts_no_turn():
    """"… the mistakes. (Commotion." / "Gerő: Let him speak!) The people …": a short line ending a sentence inside a
    parenthesis that a line below closes ends no paragraph (it had started a turn of Gerő's, "Let him speak!)")."""
    result = encoded(MINUTES)
    assert [sp.get("who") for sp in body(result, "//t:sp")] == ["#mikoyan", "#gero", "#hegedus", "#mikoyan"]
    assert flat(body(result, "//t:sp")[2].find("t:p", NS)).endswith("The people will say that nothing has changed.")


def test_a_signatures_mark_over_the_name_is_one_signatory_and_the_distribution_follows_the_closing():
    """"[signature]" / "W. Ulbricht" had been two signatories, the mark nobody's; "Distribution: … of the" /
    "Politburo" two more, "Politburo" a person: one signatory now, the distribution after the closing."""
    result = encoded("Comrade Honecker: The supply has been secured.\n\nComrade Stoph: Good.\n\n"
                     "[signature]\nW. Ulbricht\n\n"
                     "Distribution: 1 copy each to the members and candidates of the\nPolitburo\n")
    signed = body(result, "//t:closer/t:signed")
    assert [flat(s) for s in signed] == ["signature W. Ulbricht"]
    assert [(n.text, n.get("ref")) for n in signed[0].iterfind("t:persName", NS)] == [("W. Ulbricht", "#ulbricht")]
    assert [flat(p) for p in body(result, "//t:postscript/t:p")] == \
        ["Distribution: 1 copy each to the members and candidates of the Politburo"]
    people = {p.get(XML_ID) for p in result.tree.iterfind(".//t:particDesc//t:person", NS)}
    assert "politburo" not in people


def test_a_distribution_label_alone_heads_its_numbered_list():
    """"Distribution:" / "1. Comrade W. Gomułka" / …: the label the list's head (it had been a field of no value, an
    empty item, over the list); over such a list "Prepared by: …" closes nothing, as a typed signature does not."""
    result = encoded("The Ambassador answered that he had no instructions on this matter.\n\n"
                     "Prepared by: [illegible] Wójcik\nCounsellor of Department IV\n\n"
                     "Distribution:\n1. Comrade W. Gomułka\n2. Comrade J. Cyrankiewicz\n")
    assert body(result, "//t:list[@type='fields']") == [] and body(result, "//t:closer") == []
    lists = body(result, "//t:list[@type='ordered']")
    assert [(lst.findtext("t:head", namespaces=NS), [flat(i) for i in lst.iterfind("t:item", NS)])
            for lst in lists] == [("Distribution:", ["Comrade W. Gomułka", "Comrade J. Cyrankiewicz"])]
