"""A listener's response and the room's noise in brackets inside a speech, and an interpreter's label in brackets
before the words, as a record of a conversation sets them."""

from __future__ import annotations

from encoded import NS, checked, flat, turns


RECORD = ("RECORD OF CONVERSATION\n\n"
          "KHRUSHCHEV: We will not give way on Berlin. [agrees]\n\n"
          "THOMPSON: The President has asked me to say that he hopes for an agreement.\n\n"
          "KHRUSHCHEV (through interpreter): That depends on you.\n\n"
          "{label} The Chairman means the West as a whole.\n\n"
          "THOMPSON: I understand. [Interjections.] I will report it.\n")


def body(result, path: str):
    return list(result.tree.iterfind(".//t:body" + path, NS))


def declared(result) -> dict[str, str]:
    """The bracket conventions the header declares: each one's @n and its description."""
    return {interp.get("n"): flat(interp)
            for interp in result.tree.iterfind(".//t:editorialDecl/t:interpretation[@n]", NS)}


def test_a_listeners_assent_and_the_rooms_interjections_are_incidents_not_words_supplied():
    """"[agrees]" and "[Interjections.]" had been words supplied, said too softly to hear: what happened, an
    incident with its description, under a convention the header declares."""
    result = checked(RECORD.format(label="KHRUSHCHEV:"))
    incidents = body(result, "//t:incident")
    assert [(incident.get("ana"), [child.tag.split("}")[1] for child in incident], flat(incident))
            for incident in incidents] == [("#conv-response", ["desc"], "agrees"),
                                           ("#conv-response", ["desc"], "Interjections.")]
    assert body(result, "//t:supplied") == []
    assert "response" in declared(result) and "listener's response" in declared(result)["response"]
    assert "supplied" not in declared(result)


def test_other_responses_and_noises_are_read_and_words_in_brackets_stay_supplied():
    """A verb of assent or dissent, a nod of agreement, an interjection: incidents. The noises already read stay as
    they were read; "[of the treaty]" and "[the Chairman]" are still the editor's words."""
    text = ("BROWN: We shall sign it [disagrees] next week. They [nods in agreement] will see. [Interjection] "
            "The terms [of the treaty] stand. [laughter] He [the Chairman] will. [Laughter.] Yes [Applause] and "
            "[Interruption] then [Cross-talk] so [inaudible] done. [nods]\n\n"
            "SMITH: No. [both agree] Quite.\n\nBROWN: Good.\n\nSMITH: Yes.\n")
    result = checked(text)
    assert [(incident.get("ana"), flat(incident)) for incident in body(result, "//t:incident")] == [
        ("#conv-response", "disagrees"), ("#conv-response", "nods in agreement"), ("#conv-response", "Interjection"),
        ("#conv-incident", "Applause"), ("#conv-incident", "Interruption"), ("#conv-incident", "Cross-talk"),
        ("#conv-incident", "nods"), ("#conv-response", "both agree")]
    assert [flat(vocal) for vocal in body(result, "//t:vocal")] == ["laughter", "Laughter."]
    assert [flat(gap) for gap in body(result, "//t:gap")] == ["inaudible"]
    assert [flat(supplied) for supplied in body(result, "//t:supplied")] == ["of the treaty", "the Chairman"]


def test_a_bare_verb_in_brackets_is_still_a_word_supplied():
    """"we [agree]" is the editor's word, not a listener's: only the verb said of someone else is read."""
    result = checked("BROWN: Then we [agree] on the text.\n\nSMITH: Yes.\n\nBROWN: Good.\n\nSMITH: Fine.\n")
    assert [flat(supplied) for supplied in body(result, "//t:supplied")] == ["agree"]
    assert body(result, "//t:incident") == []


def test_an_interpreters_label_in_brackets_used_once_is_a_turn_of_its_own():
    """"[Interpreter]: The Chairman means …" had been a paragraph of Khrushchev's turn, "Interpreter" a word
    supplied: a turn of the interpreter's, its label as written."""
    result = checked(RECORD.format(label="[Interpreter]:"))
    assert turns(result) == [
        ("#khrushchev", "KHRUSHCHEV:", "We will not give way on Berlin. agrees"),
        ("#thompson", "THOMPSON:", "The President has asked me to say that he hopes for an agreement."),
        ("#khrushchev", "KHRUSHCHEV (through interpreter):", "That depends on you."),
        ("#interpreter", "[Interpreter]:", "The Chairman means the West as a whole."),
        ("#thompson", "THOMPSON:", "I understand. Interjections. I will report it.")]
    assert [len(sp.findall("t:p", NS)) for sp in body(result, "//t:sp")] == [1, 1, 1, 1, 1]
    assert [p.get("{http://www.w3.org/XML/1998/namespace}id")
            for p in result.tree.iterfind(".//t:particDesc//t:person", NS)] == ["khrushchev", "thompson", "interpreter"]


def test_a_translators_and_an_unidentified_speakers_label_in_brackets_are_turns_too():
    """"[Translator]:", "[Unidentified speaker]:", "[Unknown]:", each once, as the interpreter's is read."""
    for label, who in (("[Translator]:", "#translator"), ("[Unidentified speaker]:", "#unidentified-speaker"),
                       ("[Unknown]:", "#unknown")):
        result = checked(RECORD.format(label=label))
        assert turns(result)[3] == (who, label, "The Chairman means the West as a whole."), label
        assert body(result, "//t:supplied") == []


def test_a_role_in_brackets_without_its_colon_used_once_stays_a_word_supplied():
    """Without the colon, one bracket is no label: "[Interpreter] The Chairman …" stays the turn before's."""
    result = checked(RECORD.format(label="[Interpreter]"))
    assert [who for who, _, _ in turns(result)] == ["#khrushchev", "#thompson", "#khrushchev", "#thompson"]
    assert [flat(supplied) for supplied in body(result, "//t:supplied")] == ["Interpreter"]


def test_the_whole_record_its_responses_and_its_interpreter():
    """The reproducer as a whole: two incidents, the interpreter's turn, no word supplied, no supplied declared."""
    result = checked(RECORD.format(label="[Interpreter]:"))
    assert [who for who, _, _ in turns(result)] == ["#khrushchev", "#thompson", "#khrushchev", "#interpreter",
                                                     "#thompson"]
    assert [flat(incident) for incident in body(result, "//t:incident")] == ["agrees", "Interjections."]
    assert body(result, "//t:supplied") == []
    assert set(declared(result)) == {"response"}
