"""Offices before their holders' surnames, as the Imperial Conferences' records in English set a speaker's label
("Navy Minister Oikawa:", "Army Chief of Staff Sugiyama:"), and two speakers of one reported turn, as the UN's
summary records write them ("Mr. BELAUNDE (Peru) and Mr. SANTA CRUZ (Chile) associated themselves …")."""

from __future__ import annotations

from encoded import NS, XML_ID, checked, flat, people, turns

from tei.render import render_html, render_text

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


SUMMARY = ("SUMMARY RECORD OF THE TWENTY-FIRST MEETING\n\n"
           "The CHAIRMAN opened the meeting.\n\n"
           "Mr. BELAUNDE (Peru) said that his delegation would support the draft resolution.\n\n"
           "Mr. SANTA CRUZ (Chile) said that he agreed with the representative of Peru.\n\n"
           "Mr. BELAUNDE (Peru) and Mr. SANTA CRUZ (Chile) associated themselves with the amendment.\n\n"
           "The CHAIRMAN said that the amendment was adopted.\n")


def test_two_delegates_of_one_reported_turn_are_both_its_speakers():
    """"Mr. BELAUNDE (Peru) and Mr. SANTA CRUZ (Chile) associated themselves …": a turn of both, @who two pointers,
    the speaker both names as written (it had been words of Santa Cruz's turn before it)."""
    result = checked(SUMMARY)
    assert turns(result) == [
        ("#chairman", "The CHAIRMAN", "opened the meeting."),
        ("#belaunde", "Mr. BELAUNDE (Peru)", "said that his delegation would support the draft resolution."),
        ("#santa-cruz", "Mr. SANTA CRUZ (Chile)", "said that he agreed with the representative of Peru."),
        ("#belaunde #santa-cruz", "Mr. BELAUNDE (Peru) and Mr. SANTA CRUZ (Chile)",
         "associated themselves with the amendment."),
        ("#chairman", "The CHAIRMAN", "said that the amendment was adopted.")]
    joint = result.tree.findall(".//t:sp", NS)[3]
    assert [child.tag.split("}")[1] for child in joint] == ["speaker", "p"]
    assert len(joint.findall("t:p", NS)) == 1
    assert people(result) == {"chairman", "belaunde", "santa-cruz"}


def test_the_header_says_a_joint_turn_points_at_each_speaker_only_where_there_is_one():
    """The turns' description had said that @who points at the person, which a joint turn's two pointers belie."""
    def described(result) -> str:
        return " ".join(flat(p) for p in result.tree.xpath(".//t:interpretation[@xml:id='turns']/t:p", namespaces=NS))
    assert "speak together" in described(checked(SUMMARY))
    assert "speak together" not in described(checked(SUMMARY.replace(" and Mr. SANTA CRUZ (Chile)", "")))


def test_two_delegates_in_capitals_and_brackets_once_are_a_turn_of_both():
    """Neither delegate named before, each as summary records set a delegate ("Mr. NAME (Country)"): their turn, also
    before a verb of speaking, a title of another courtesy too ("Sir Gladwyn JEBB", "M. PARODI")."""
    result = checked("The CHAIRMAN opened the meeting.\n\n"
                     "Sir Gladwyn JEBB (United Kingdom) and M. PARODI (France) supported the proposal.\n")
    assert turns(result) == [("#chairman", "The CHAIRMAN", "opened the meeting."),
                             ("#gladwyn-jebb #parodi", "Sir Gladwyn JEBB (United Kingdom) and M. PARODI (France)",
                              "supported the proposal.")]


def test_two_names_the_record_uses_as_labels_are_a_turn_of_both_others_are_not():
    """"Mr. Lodge and Mr. Gromyko agreed …" where each opens a turn of his own elsewhere: a turn of both; "Mr. Smith and
    Mr. Brown agreed …", two names no label of the record, in small letters and no delegation: words of the turn."""
    result = checked("Mr. Lodge said that the United States would vote for the draft.\n\n"
                     "Mr. Gromyko said that his Government could not accept it.\n\n"
                     "Mr. Lodge and Mr. Gromyko agreed that the vote should be postponed.\n\n"
                     "Mr. Smith and Mr. Brown agreed that the vote should be taken.\n")
    assert turns(result) == [
        ("#lodge", "Mr. Lodge", "said that the United States would vote for the draft."),
        ("#gromyko", "Mr. Gromyko", "said that his Government could not accept it."),
        ("#lodge #gromyko", "Mr. Lodge and Mr. Gromyko", "agreed that the vote should be postponed.")]
    last = result.tree.findall(".//t:sp", NS)[-1]
    assert [flat(p) for p in last.iterfind("t:p", NS)] == [
        "agreed that the vote should be postponed.", "Mr. Smith and Mr. Brown agreed that the vote should be taken."]
    assert people(result) == {"lodge", "gromyko"}


def test_a_turn_of_two_renders_to_text_and_html():
    """The renderings take a @who of two pointers: the label in the text, each person's index entry in the HTML
    pointing at the turn of both."""
    result = checked(SUMMARY)
    text = " ".join(render_text(result.tree).split())
    assert "MR. BELAUNDE (PERU) AND MR. SANTA CRUZ (CHILE) associated themselves with the amendment." in text
    assert "Mr. BELAUNDE (Peru) and Mr. SANTA CRUZ (Chile) associated themselves" in " ".join(
        render_text(result.tree, diplomatic=True).split())
    html = render_html(result.tree)
    assert '<a href="#sp-belaunde-2" aria-label="paragraph 4, BELAUNDE">4</a>' in html
    assert '<a href="#sp-belaunde-2" aria-label="paragraph 4, SANTA CRUZ">4</a>' in html
