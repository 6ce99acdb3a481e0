"""Persons and participants lists: who a name, an office or a list's item is (two men of one surname, an office
and its holder in a list, offices before names)."""

from __future__ import annotations

from encoded import NS, checked, flat, listed, people, turns


def test_an_office_and_a_surname_is_not_the_plain_mister_of_that_surname():
    """"Secretary Dulles" after "Mr. Allen Dulles": the record gives the forename to tell the two apart (they had
    been one person); "President Nixon" after "Vice President Nixon"'s office, or "Mr. Dulles", is still his."""
    result = checked("Mr. Allen Dulles informed the Council that the shelling\nhad continued.\n\n"
                     "Secretary Dulles said that he had just returned from Manila.\n\n"
                     "Mr. Allen Dulles added that the assault was not imminent.\n")
    assert turns(result) == [
        ("#allen-dulles", "Mr. Allen Dulles", "informed the Council that the shelling had continued."),
        ("#dulles", "Secretary Dulles", "said that he had just returned from Manila."),
        ("#allen-dulles", "Mr. Allen Dulles", "added that the assault was not imminent.")]
    assert people(result) == {"allen-dulles", "dulles"}


def test_an_office_and_a_surname_is_the_one_named_with_a_forename_and_no_courtesy():
    """"Richard Nixon" then "Vice President Nixon": one man (no "Mr." says he holds no office)."""
    result = checked("Richard Nixon said that he agreed.\n\nVice President Nixon said that he would go.\n")
    assert [who for who, _, _ in turns(result)] == ["#richard-nixon", "#richard-nixon"]


def test_an_office_on_the_line_under_its_holders_name_and_comma():
    """"The Most Hon. the Marquess of Salisbury," / "  Lord President of the Council.": the office is the Marquess's
    (it had been a person of its own), and "The Lord President" and "The Home Secretary" are those listed so."""
    result = checked("Present:\nThe Most Hon. the Marquess of Salisbury,\n  Lord President of the Council.\n"
                     "The Right Hon. Sir David Maxwell Fyfe, Q.C., M.P.,\n"
                     "  Secretary of State for the Home Department.\n\n"
                     "The Lord President said that the Bill was ready.\n\n"
                     "The Home Secretary said that he agreed.\n")
    assert listed(result) == [[("Marquess of Salisbury", "#marquess-of-salisbury")],
                              [("Sir David Maxwell Fyfe", "#david-maxwell-fyfe")]]
    assert [who for who, _, _ in turns(result)] == ["#marquess-of-salisbury", "#david-maxwell-fyfe"]
    assert people(result) == {"marquess-of-salisbury", "david-maxwell-fyfe"}


def test_an_office_and_its_holder_in_brackets_in_a_list_and_a_plural_title_at_a_lines_end():
    """"The Mayor (Alderman J. T. Kennedy), Aldermen" / "R. H. Lee, …": the Mayor is Kennedy ("Alderman Kennedy said"
    and "The Mayor said" had been two persons), and "Aldermen" no one (it had been a person, its item cut)."""
    result = checked("PRESENT: The Mayor (Alderman J. T. Kennedy), Aldermen\nR. H. Lee, W. A. Collins and T. Walsh.\n\n"
                     "Alderman Kennedy said that the rate must be struck tonight.\n\n"
                     "The Mayor said that the meeting was closed.\n")
    assert listed(result) == [[("Alderman J. T. Kennedy", "#kennedy"), ("Aldermen R. H. Lee", "#lee"),
                               ("W. A. Collins", "#collins"), ("T. Walsh", "#walsh")]]
    assert [who for who, _, _ in turns(result)] == ["#kennedy", "#kennedy"]
    assert people(result) == {"kennedy", "lee", "collins", "walsh"}


def test_offices_before_names_in_a_running_list_cut_at_the_lines_ends():
    """"Prime Minister Konoe; Foreign Minister Toyoda; Army" / "Minister Tojo; President of the Planning Board Suzuki;
    Chief of" / "the Navy General Staff Nagano.": five persons, each his office before him (there had been
    "Board Suzuki", "Chief" and "Navy General Staff Nagano", and Toyoda Konoe's office, his turn Konoe's)."""
    result = checked("Present: Prime Minister Konoe; Foreign Minister Toyoda; Army\n"
                     "Minister Tojo; President of the Planning Board Suzuki; Chief of\n"
                     "the Navy General Staff Nagano.\n\n"
                     "Toyoda, Foreign Minister: Negotiations continue.\n")
    assert listed(result) == [[("Prime Minister Konoe", "#konoe"), ("Foreign Minister Toyoda", "#toyoda"),
                               ("Army Minister Tojo", "#tojo"), ("Suzuki", "#suzuki"), ("Nagano", "#nagano")]]
    assert [who for who, _, _ in turns(result)] == ["#toyoda"]
    assert people(result) == {"konoe", "toyoda", "tojo", "suzuki", "nagano"}


def test_those_also_present_and_the_secretariat_are_lists_of_participants():
    """"The following were also present:" and "Secretariat:" over a name a line, as Cabinet conclusions set them:
    lists of participants (they had been paragraphs, the names no one's), an office's line cut within its item."""
    result = checked("Present:\nThe Right Hon. Anthony Eden, M.P., Secretary of State for Foreign Affairs.\n\n"
                     "The following were also present:\n"
                     "The Right Hon. Selwyn Lloyd, M.P., Minister of State (Item 2).\n"
                     "Sir Gladwyn Jebb, United Kingdom Permanent Representative\n"
                     "  to the United Nations (Item 2).\n\n"
                     "Secretariat:\nSir Norman Brook.\nMr. R. M. J. Harris.\n\n"
                     "Mr. Selwyn Lloyd said that the Assembly would meet again.\n")
    assert listed(result) == [[("Anthony Eden", "#anthony-eden")], [("Selwyn Lloyd", "#selwyn-lloyd")],
                              [("Sir Gladwyn Jebb", "#gladwyn-jebb")], [("Sir Norman Brook", "#norman-brook")],
                              [("Mr. R. M. J. Harris", "#harris")]]
    heads = [flat(head) for head in result.tree.iterfind(".//t:list[@type='participants']/t:head", NS)]
    assert heads == ["Present:", "The following were also present:", "Secretariat:"]
    assert [who for who, _, _ in turns(result)] == ["#selwyn-lloyd"]


def test_an_oral_historys_surname_labels_are_the_full_names_of_its_head():
    """"Oral History Interview with" / "DEAN ACHESON" and "By Theodore A. Wilson and Richard D. McKinzie": the turns
    "WILSON:", "ACHESON:", "McKINZIE:" are theirs (they had been persons of bare surnames)."""
    result = checked("HARRY S. TRUMAN LIBRARY\n\nOral History Interview with\nDEAN ACHESON\n\n"
                     "By Theodore A. Wilson and Richard D. McKinzie\n\n"
                     "WILSON: Mr. Secretary, how did you come to know Mr. Truman?\n\n"
                     "ACHESON: Well, I knew him in the Senate.\n\n"
                     "McKINZIE: Was that a close relationship?\n\n"
                     "ACHESON: No, not at first.\n")
    assert [who for who, _, _ in turns(result)] == ["#theodore-wilson", "#dean-acheson", "#richard-mckinzie",
                                                    "#dean-acheson"]
    assert people(result) == {"theodore-wilson", "dean-acheson", "richard-mckinzie"}


def test_an_office_of_a_body_cut_at_a_lines_end_before_its_holder():
    """"Chief of the Army General" / "Staff Sugiyama; President of the Privy Council Hara.": the holders (there had
    been persons "Chief", "Staff Sugiyama" and "Privy Council Hara")."""
    result = checked("Present: Prime Minister Konoe; Chief of the Army General\n"
                     "Staff Sugiyama; President of the Privy Council Hara.\n\n"
                     "Hara, President of the Privy Council: I have a question.\n")
    assert listed(result) == [[("Prime Minister Konoe", "#konoe"), ("Sugiyama", "#sugiyama"), ("Hara", "#hara")]]
    assert turns(result) == [("#hara", "Hara, President of the Privy Council:", "I have a question.")]
    assert people(result) == {"konoe", "sugiyama", "hara"}
