"""Government records' speakers: an imperial conference's "Name, Office:" labels and its sovereign, a summary
record's asides after a delegate's country, its chairman's rulings and votes, a constituent assembly's honorifics,
and a council's record of action under its name."""

from __future__ import annotations

from encoded import body_children, checked, people, turns


def test_name_comma_office_colon_labels_each_speaker():
    """"Tanaka, Prime Minister:", "Ito, Chief of the Army General Staff:", "Sato, Navy Minister:" had been
    paragraphs (Sato's in the turn before), though "Mori, President of the Privy Council:" was a label."""
    result = checked("Tanaka, Prime Minister: I will open the meeting\ntoday.\n\n"
                     "Ito, Chief of the Army General Staff: I will speak on the\noperations.\n\n"
                     "Mori, President of the Privy Council: One question only.\n\n"
                     "Sato, Navy Minister: Diplomacy comes first.\n")
    assert turns(result) == [
        ("#tanaka", "Tanaka, Prime Minister:", "I will open the meeting today."),
        ("#ito", "Ito, Chief of the Army General Staff:", "I will speak on the operations."),
        ("#mori", "Mori, President of the Privy Council:", "One question only."),
        ("#sato", "Sato, Navy Minister:", "Diplomacy comes first.")]


def test_a_place_and_a_name_after_a_comma_are_no_office():
    """No office among the words after the comma: no label ("Tokyo, Japan:" is a place's)."""
    result = checked("Tokyo, Japan: the talks went on.\n\nOsaka, Kansai Region: the talks ended.\n")
    assert turns(result) == []


def test_his_majesty_colon_is_the_sovereigns_turn():
    """"His Majesty: Why …" had been words of the turn before it."""
    result = checked("Mori, President of the Privy Council: I should like them to answer.\n\n"
                     "His Majesty: Why do they not answer?\n\n"
                     "Ito, Navy Minister: I am filled with trepidation.\n\n"
                     "His Majesty's Government took note of it.\n")
    assert [who for who, _, _ in turns(result)] == ["#mori", "#majesty", "#ito"]
    assert turns(result)[1] == ("#majesty", "His Majesty:", "Why do they not answer?")
    assert body_children(result)[-1][0] == "sp"  # (the government's words go on in Ito's turn: no label)


def test_an_aside_between_the_delegates_country_and_the_verb():
    """"Sir John DOE (United Kingdom), speaking on a point of order, asked …" had been words of the turn before."""
    result = checked("1.   Mr. PETROV (Union of Soviet Socialist Republics) recalled that\nthe draft was bad.\n\n"
                     "2.   Sir John DOE (United Kingdom), speaking on a point of\norder, asked whether an amendment "
                     "was meant.\n\n"
                     "3.   Mr. NOWAK (Poland), explaining his vote, said that\nit would not help.\n")
    assert [(who, speaker) for who, speaker, _ in turns(result)] == [
        ("#petrov", "1. Mr. PETROV (Union of Soviet Socialist Republics)"),
        ("#john-doe", "2. Sir John DOE (United Kingdom)"),
        ("#nowak", "3. Mr. NOWAK (Poland)")]
    assert turns(result)[2][2] == ", explaining his vote, said that it would not help."


def test_the_chairman_ruled_is_a_turn_and_his_vote_the_records():
    """"The CHAIRMAN ruled that …" and "The CHAIRMAN put to the vote …" had been words of the delegate's turn."""
    result = checked("1.   Mr. PETROV (Union of Soviet Socialist Republics) replied that\nhe would do so later.\n\n"
                     "2.   The CHAIRMAN ruled that the representative might\ncontinue.\n\n"
                     "3.   The CHAIRMAN put to the vote the draft resolution\n(A/C.1/576).\n")
    assert [(tag, text[:20]) for tag, text in body_children(result)] == [
        ("sp", "1. Mr. PETROV (Union"), ("sp", "2. The CHAIRMAN rule"), ("p", "3. The CHAIRMAN put ")]
    assert [who for who, _, _ in turns(result)] == ["#petrov", "#chairman"]


def test_the_honourable_and_a_title_before_a_members_name():
    """"The Honourable Dr. B. R. Rao (Madras: General): Sir, …" had been a paragraph."""
    result = checked("The Honourable Dr. B. R. Rao (Madras: General): Sir, I move\nthe motion.\n\n"
                     "Mr. President: Motion moved.\n\n"
                     "Shri K. V. Iyer (Bihar: General): Sir, on a point of order.\n")
    assert turns(result) == [
        ("#rao", "The Honourable Dr. B. R. Rao (Madras: General):", "Sir, I move the motion."),
        ("#president", "Mr. President:", "Motion moved."),
        ("#iyer", "Shri K. V. Iyer (Bihar: General):", "Sir, on a point of order.")]


def test_pandit_and_seth_are_honorifics_like_shri():
    """"Pandit Hari Nath Kaul (…):", "Seth Ram Lal (…):" and "Pandit Kaul:" had been paragraphs, their honorific
    in the person's id; "Seth" before one name is a given name still."""
    result = checked("Pandit Hari Nath Kaul (West Bengal: General): Sir, I agree.\n\n"
                     "Shri K. V. Iyer (Bihar: General): Sir, I object.\n\n"
                     "Seth Ram Lal (Bihar: General): Sir, I support.\n\n"
                     "Pandit Kaul: I withdraw.\n\n"
                     "Seth Low: I am here.\n\n"
                     "Seth Low: Again.\n")
    assert [who for who, _, _ in turns(result)] == [
        "#hari-nath-kaul", "#iyer", "#ram-lal", "#hari-nath-kaul", "#seth-low", "#seth-low"]


def test_a_councils_record_of_action_under_its_name_is_no_person():
    """"The National Security Council:" over "a. Noted … b. Agreed …" had been a turn of a person
    "#national-security-council"."""
    result = checked("The President said that only Congress could decide.\n\n"
                     "The National Security Council:\n\n"
                     "a.   Noted a briefing by the Director of Central\n     Intelligence.\n\n"
                     "b.   Agreed that the matter go to the Planning\n     Board.\n")
    assert people(result) == {"president"}
    assert [tag for tag, _ in body_children(result)] == ["sp", "p", "list"]
    assert body_children(result)[1] == ("p", "The National Security Council:")


def test_a_numbered_items_title_run_into_the_turn_is_cut_off_it():
    """"3. QUESTIONS. Mr. A. R. Jones (shareholder) asked …": the item's number and title had hidden the speaker,
    the whole a paragraph. The title is cut off as the same line alone is read ("3. QUESTIONS." a numbered
    paragraph); an item's title over the record's words stays one paragraph."""
    result = checked("2. ELECTION OF DIRECTORS. The retiring directors were re-elected.\n\n"
                     "3. QUESTIONS. Mr. A. R. Jones (shareholder) asked whether the\nBoard meant a bonus issue.\n\n"
                     "The CHAIRMAN replied that the matter was under consideration.\n")
    assert body_children(result) == [
        ("p", "2. ELECTION OF DIRECTORS. The retiring directors were re-elected."),
        ("p", "3. QUESTIONS."),
        ("sp", "Mr. A. R. Jones (shareholder) asked whether the Board meant a bonus issue."),
        ("sp", "The CHAIRMAN replied that the matter was under consideration.")]
    assert [who for who, _, _ in turns(result)] == ["#jones", "#chairman"]
