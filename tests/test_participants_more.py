"""Participants lists: offices and initials after the names, states, absentees' lines."""

from __future__ import annotations

from encoded import NS, checked, listed, people, whos


def encoded(text: str):
    result = checked(text)
    return result, people(result), listed(result), whos(result)



def absent_names(result) -> list[tuple[str, str]]:
    """The names a list of those absent gives, as written, and whom each points at."""
    return [(name.text, name.get("ref")) for name in result.tree.iterfind(".//t:list[@type='absent']//t:persName", NS)]


BOARD = ("MINUTES OF A MEETING OF THE BOARD OF DIRECTORS\nheld on Wednesday 17 May 2023\n\n"
         "PRESENT:     Joanna Sutcliffe, Chief Executive (JS)\n"
         "             Helen Marsh, Independent Non-Executive Director (HM)\n"
         "             Colin Fairbairn, Independent Non-Executive Director (CF)\n"
         "             Tom Whiteley, Head of Fleet (TW)\n\n"
         "23/44  Declarations of interest\n       CF declared an interest in item 23/48.\n\n"
         "23/45  Finance report\n       HM asked whether the hedging policy had been reviewed.\n")


def test_an_office_before_the_initials_in_brackets_is_no_ones_name():
    """"Joanna Sutcliffe, Chief Executive (JS)": the office had been a person "#chief-executive", the two directors'
    office one person "#independent-non-executive-director", and "Head of Fleet" a person "#head"."""
    result, people, listed, turns = encoded(BOARD)
    assert people == {"joanna-sutcliffe", "helen-marsh", "colin-fairbairn", "tom-whiteley"}
    assert listed == [[("Joanna Sutcliffe", "#joanna-sutcliffe")], [("Helen Marsh", "#helen-marsh")],
                      [("Colin Fairbairn", "#colin-fairbairn")], [("Tom Whiteley", "#tom-whiteley")]]
    items = ["".join(item.itertext()) for item in result.tree.iterfind(".//t:list[@type='participants']/t:item", NS)]
    assert items[3] == "Tom Whiteley, Head of Fleet (TW)"
    assert turns == ["#colin-fairbairn", "#helen-marsh"]


def test_the_initials_in_brackets_and_the_post_after_the_comma_are_the_persons():
    """"JS reported …" is hers though "John Smith" begins so too (the initials had been a person "#js"), "HMJ" Helen
    Marsh-Jones's, and "The Chief Executive reported …" the Chief Executive's listed (a person "#chief-executive")."""
    text = ("MINUTES OF A MEETING OF THE BOARD OF DIRECTORS\n\n"
            "PRESENT:     Joanna Sutcliffe, Chief Executive (JS)\n"
            "             John Smith, Head of Fleet (JSm)\n"
            "             Helen Marsh-Jones, Independent Non-Executive Director (HMJ)\n\n"
            "1. Finance\nThe Chief Executive reported on the figures.\n\nJS reported that the fleet was ready.\n\n"
            "HMJ asked about the budget.\n")
    _, people, _, turns = encoded(text)
    assert people == {"joanna-sutcliffe", "john-smith", "helen-marsh-jones"}
    assert turns == ["#joanna-sutcliffe", "#joanna-sutcliffe", "#helen-marsh-jones"]


def test_a_roll_calls_absent_line_after_a_dash_is_a_label_of_its_own():
    """"Present - Messrs. Halvorsen, …" / "Absent - Mr. Quackenbush - 1.": the absent's label had been a person
    "#absent", and Mr. Quackenbush, no one; the counts are no one's name."""
    text = ("BOARD OF EDUCATION\n\nRegular Meeting, Monday Evening, February 4, 1895.\n\nRoll call:\n"
            "Present - Messrs. Halvorsen, Pettibone, Ruggles, and Mrs. Osgood - 4.\nAbsent - Mr. Quackenbush - 1.\n\n"
            "Mr. Ruggles: The rooms have been inspected and they are dry.\n\n"
            "Mr. Pettibone: I move the report be adopted.\n")
    result, people, listed, turns = encoded(text)
    assert people == {"halvorsen", "pettibone", "ruggles", "osgood", "quackenbush"}
    # (those absent a list of their own, its label its head: they had been the second item of those present)
    assert len(listed) == 1 and absent_names(result) == [("Mr. Quackenbush", "#quackenbush")]
    items = ["".join(item.itertext()) for item in result.tree.iterfind(".//t:list[@type='participants']/t:item", NS)]
    assert items[0].endswith("and Mrs. Osgood - 4.")
    assert result.tree.findtext(".//t:list[@type='absent']/t:head", namespaces=NS) == "Absent -"
    assert turns == ["#ruggles", "#pettibone"]


def test_the_states_whose_representatives_are_present_are_no_ones_names():
    """"Present: The representatives of the following States: Argentina, …": each state had been a person, and
    "#states", "#union", "#united", "#kingdom" of the words the lines cut; the states are one item, as a sentence."""
    text = ("SECURITY COUNCIL\n\n1298th MEETING: 9 AUGUST 1966\n\n"
            "President: Mr. Arsène Usher ASSOUAN (Ivory Coast).\n\n"
            "Present: The representatives of the following States: Argentina,\nBulgaria, China, France, Union of "
            "Soviet Socialist Republics, United\nKingdom of Great Britain and Northern Ireland, United States of "
            "America.\nAlso present: Mr. Kapwepwe.\n\n"
            "The PRESIDENT: I invite the representative of Zambia to take a place.\n\n"
            "Mr. KAPWEPWE (Zambia): Mr. President, my delegation is grateful.\n")
    result, people, listed, turns = encoded(text)
    assert people == {"arsene-usher-assouan", "kapwepwe"}
    assert listed == [[("Mr. Arsène Usher ASSOUAN", "#arsene-usher-assouan")], [], [("Mr. Kapwepwe", "#kapwepwe")]]
    items = ["".join(item.itertext()) for item in result.tree.iterfind(".//t:list[@type='participants']/t:item", NS)]
    assert items[1].startswith("The representatives") and items[1].endswith("United States of America.")
    assert turns == ["#arsene-usher-assouan", "#kapwepwe"]


VERBALE = ("VERBALE DI DELIBERAZIONE DEL CONSIGLIO COMUNALE N. 27\n\nSono presenti i consiglieri:\n"
           "1. Bortolussi Giovanni - Sindaco\n2. Cescutti Renato\n3. Del Frate Maria\n"
           "Assenti: Tesolin Franco (giustificato), Moro Ugo.\n\nIl Consiglio approva la variante n. 3.\n")


def test_an_absent_label_under_a_numbered_list_of_those_present_is_a_list_of_its_own():
    """"3. Del Frate Maria" / "Assenti: Tesolin Franco (giustificato), Moro Ugo." had been the third item's words."""
    result, people, listed, _ = encoded(VERBALE)
    items = ["".join(item.itertext()) for item in result.tree.iterfind(".//t:list[@type='ordered']/t:item", NS)]
    assert items == ["Bortolussi Giovanni - Sindaco", "Cescutti Renato", "Del Frate Maria"]
    # (a list of those absent, type "absent": it had been a participants list)
    (absent,) = result.tree.findall(".//t:list[@type='absent']", NS)
    assert absent.findtext("t:head", namespaces=NS) == "Assenti:"
    assert listed == [] and absent_names(result) == [("Tesolin Franco", "#tesolin-franco"), ("Moro Ugo", "#moro-ugo")]
    assert people == {"tesolin-franco", "moro-ugo"}


def test_an_italian_absent_label_under_presenti_is_no_ones_name():
    """"Presenti: …" / "Assenti: …": "Assenti" had been a person, Tesolin Franco no one."""
    text = ("VERBALE\n\nPresenti: Bortolussi Giovanni, Cescutti Renato.\n"
            "Assenti: Tesolin Franco (giustificato), Moro Ugo.\n\nIl Consiglio approva la variante n. 3.\n")
    result, people, listed, _ = encoded(text)
    assert people == {"bortolussi-giovanni", "cescutti-renato", "tesolin-franco", "moro-ugo"}
    # (those absent a list of their own, type "absent": they had been the second item of those present)
    assert len(listed) == 1 and absent_names(result) == [("Tesolin Franco", "#tesolin-franco"), ("Moro Ugo", "#moro-ugo")]


def test_an_absent_label_that_names_no_one_is_no_list():
    """"Apologies: None" alone lists no one (not a person "#none")."""
    text = ("MINUTES\n\nPresent: Mrs J. Smith (Chair), Mr R. Brown\n\nApologies: None\n\n"
            "1. Accounts\nMr Brown reported that the accounts were in order.\n")
    _, people, _, _ = encoded(text)
    assert "none" not in people
