"""Offices before their holders' surnames, as the Imperial Conferences' records in English set a speaker's label
("Navy Minister Oikawa:", "Army Chief of Staff Sugiyama:"), and two speakers of one reported turn, as the UN's
summary records write them ("Mr. BELAUNDE (Peru) and Mr. SANTA CRUZ (Chile) associated themselves …")."""

from __future__ import annotations

from encoded import NS, XML_ID, body_children, checked, flat, people, turns

IMPERIAL = ("IMPERIAL CONFERENCE, 6 SEPTEMBER 1941\n\n"
            "Prime Minister Konoe: With your permission, I will open the meeting.\n\n"
            "Navy Minister Oikawa: The Navy has no objection to the proposal.\n\n"
            "President of the Privy Council Hara: I should like to ask a question of the Navy Minister.\n\n"
            "Army Chief of Staff Sugiyama: The Army holds the same view as the Navy.\n\n"
            "President of the Privy Council Hara: Then I have no further question.\n\n"
            "Navy Minister Oikawa: We shall do our best.\n")


def _names(result) -> dict[str, list[str]]:
    """Each person's names in the header, by id."""
    return {person.get(XML_ID): [flat(name) for name in person.iterfind("t:persName", NS)]
            for person in result.tree.iterfind(".//t:particDesc//t:person", NS)}


def test_an_office_of_several_words_before_the_holders_surname_is_the_holders_label():
    """"Navy Minister Oikawa:", "Army Chief of Staff Sugiyama:": the holders' turns, the office theirs in the header as
    "President of the Privy Council" is Hara's (Oikawa had been a person #navy-minister-oikawa, a turn of medium
    certainty; Sugiyama's label words of Hara's turn)."""
    result = checked(IMPERIAL)
    assert turns(result) == [
        ("#konoe", "Prime Minister Konoe:", "With your permission, I will open the meeting."),
        ("#oikawa", "Navy Minister Oikawa:", "The Navy has no objection to the proposal."),
        ("#hara", "President of the Privy Council Hara:", "I should like to ask a question of the Navy Minister."),
        ("#sugiyama", "Army Chief of Staff Sugiyama:", "The Army holds the same view as the Navy."),
        ("#hara", "President of the Privy Council Hara:", "Then I have no further question."),
        ("#oikawa", "Navy Minister Oikawa:", "We shall do our best.")]
    assert all(sp.get("cert") is None for sp in result.tree.iterfind(".//t:sp", NS))
    assert people(result) == {"konoe", "oikawa", "hara", "sugiyama"}
    names = _names(result)
    assert names["oikawa"] == ["Oikawa", "Navy Minister"]
    assert names["sugiyama"] == ["Sugiyama", "Army Chief of Staff"]
    assert names["hara"] == ["Hara", "President of the Privy Council"]


def test_an_office_before_the_holder_used_once_is_a_label_too():
    """"Foreign Minister Toyoda:" once, between Konoe's turns: Toyoda's turn, the office his (it had been words of
    Konoe's turn, a name of three words used once)."""
    result = checked("Prime Minister Konoe: The meeting is open.\n\n"
                     "Foreign Minister Toyoda: The negotiations in Washington continue.\n\n"
                     "Prime Minister Konoe: Thank you.\n")
    assert turns(result) == [("#konoe", "Prime Minister Konoe:", "The meeting is open."),
                             ("#toyoda", "Foreign Minister Toyoda:", "The negotiations in Washington continue."),
                             ("#konoe", "Prime Minister Konoe:", "Thank you.")]
    assert _names(result)["toyoda"] == ["Toyoda", "Foreign Minister"]


def test_an_office_and_its_holder_wrapped_before_of_is_the_holders_label():
    """"President" / "of the Privy Council Hara: I should like …", the office cut before "of": Hara's turn."""
    result = checked("Navy Minister Oikawa: The Navy has no objection to the proposal.\n\n"
                     "President\nof the Privy Council Hara: I should like to ask a question of the Navy Minister.\n\n"
                     "Army Chief of Staff Sugiyama: The Army holds the same view as the Navy.\n")
    assert turns(result) == [
        ("#oikawa", "Navy Minister Oikawa:", "The Navy has no objection to the proposal."),
        ("#hara", "President of the Privy Council Hara:", "I should like to ask a question of the Navy Minister."),
        ("#sugiyama", "Army Chief of Staff Sugiyama:", "The Army holds the same view as the Navy.")]
    assert _names(result)["hara"] == ["Hara", "President of the Privy Council"]


def test_sentences_about_an_office_or_its_holder_are_no_labels():
    """"The Prime Minister said that …" stays the turn of the Prime Minister the record named (as before), and
    "Foreign Minister Toyoda's view was …" words of it: no label of an office's words, no person made of them."""
    result = checked("Prime Minister Konoe: With your permission, I will open the meeting.\n\n"
                     "Navy Minister Oikawa: The Navy has no objection to the proposal.\n\n"
                     "The Prime Minister said that the meeting would adjourn.\n\n"
                     "Foreign Minister Toyoda's view was that the talks should go on.\n")
    assert turns(result) == [
        ("#konoe", "Prime Minister Konoe:", "With your permission, I will open the meeting."),
        ("#oikawa", "Navy Minister Oikawa:", "The Navy has no objection to the proposal."),
        ("#konoe", "The Prime Minister", "said that the meeting would adjourn.")]
    last = result.tree.findall(".//t:sp", NS)[-1]
    assert [flat(p) for p in last.iterfind("t:p", NS)] == [
        "said that the meeting would adjourn.", "Foreign Minister Toyoda's view was that the talks should go on."]
    assert people(result) == {"konoe", "oikawa"}


def test_a_name_of_three_words_is_no_office_and_its_holder():
    """A plain name of three words, "Anna Maria Jones:", is no office before a holder (no title its second word):
    the person #anna-maria-jones, as before, not #jones."""
    result = checked("Anna Maria Jones: I arrived at noon.\n\nMr. SMITH: And then?\n\nMr. SMITH: Go on.\n")
    assert turns(result) == [("#anna-maria-jones", "Anna Maria Jones:", "I arrived at noon."),
                             ("#smith", "Mr. SMITH:", "And then?"), ("#smith", "Mr. SMITH:", "Go on.")]
    assert people(result) == {"anna-maria-jones", "smith"}
