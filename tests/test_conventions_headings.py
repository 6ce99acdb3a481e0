"""Headings of a meeting's items on the line right above their text, with no blank line between: a school board's
unnumbered headings in capitals ("CALL TO ORDER" / "President Farrow called …"), a German protocol's "Zu 1.:"."""

from __future__ import annotations

from encoded import NS, body_children, checked, flat, listed, people, turns


def sections(result) -> list[tuple[str, list[tuple[str, str]]]]:
    """Each section's head and the name and words of each block under it."""
    return [(flat(div.find("t:head", NS)),
             [(child.tag.split("}")[1], flat(child)) for child in div if child.tag.split("}")[1] != "head"])
            for div in result.tree.iterfind(".//t:div[@type='section']", NS)]


BOARD = """BOARD OF EDUCATION - REGULAR MEETING MINUTES
August 22, 2017

CALL TO ORDER
President Farrow called the meeting to order at 6:31 p.m.

BOARD MEMBER REPORTS
Member Yoo reported on his visit to the Summit High School orientation.

ADJOURNMENT
President Farrow adjourned the meeting at 8:14 p.m.
"""


def test_a_heading_in_capitals_over_its_text_heads_a_section():
    # (it had run into the paragraph under it, "CALL TO ORDER President Farrow called …", and into a speaker's name,
    # a person "#board-member-reports-member-yoo", whose turn had held the adjournment too)
    result = checked(BOARD)
    assert sections(result) == [
        ("CALL TO ORDER", [("p", "President Farrow called the meeting to order at 6:31 p.m.")]),
        ("BOARD MEMBER REPORTS", [("sp", "Member Yoo reported on his visit to the Summit High School orientation.")]),
        ("ADJOURNMENT", [("p", "President Farrow adjourned the meeting at 8:14 p.m.")]),
    ]
    assert turns(result) == [("#yoo", "Member Yoo", "reported on his visit to the Summit High School orientation.")]
    assert people(result) == {"yoo"}


def test_with_no_blank_line_as_with_one():
    blank = checked(BOARD.replace("ORDER\n", "ORDER\n\n").replace("REPORTS\n", "REPORTS\n\n")
                    .replace("ADJOURNMENT\n", "ADJOURNMENT\n\n"))
    assert sections(checked(BOARD)) == sections(blank)


ROLL_CALL = """BOARD OF EDUCATION - REGULAR MEETING MINUTES
August 22, 2017

ROLL CALL
Present: Linda Farrow, President; Gerald Osei, Vice President;
Martha Klinger, Clerk; Dennis Yoo, Member

President Farrow: Thank you. Is there further discussion?

Member Yoo: None from me.
"""


def test_the_roll_under_its_heading_is_the_participants_list():
    # (it had been one paragraph, "ROLL CALL Present: Linda Farrow, …", and Farrow only "#farrow")
    result = checked(ROLL_CALL)
    assert [head for head, _ in sections(result)] == ["ROLL CALL"]
    assert listed(result) == [[("Linda Farrow", "#linda-farrow"), ("Gerald Osei", "#gerald-osei")],
                              [("Martha Klinger", "#martha-klinger"), ("Dennis Yoo", "#dennis-yoo")]]
    assert [who for who, _, _ in turns(result)] == ["#linda-farrow", "#dennis-yoo"]


def test_a_speakers_label_in_capitals_on_its_line_heads_no_section():
    # ("MR. SMITH" over his words is his label, though no colon follows it: it stays as it was read)
    result = checked("""MINUTES OF THE BOARD MEETING

MR. SMITH:
Thank you, Mr. Chairman. I have a question.

MR. JONES:
I will answer it.

MR. SMITH
Thank you for that.
""")
    assert sections(result) == []
    assert [who for who, _, _ in turns(result)] == ["#smith", "#jones"]
    # (nor a title's label with no full stop in it, "THE CHAIRMAN" / "Thank you for that.", where "THE CHAIRMAN:"
    # labels his turns)
    result = checked("""MINUTES OF THE BOARD MEETING

THE CHAIRMAN:
We begin with the report.

MR. JONES:
I will give it now.

THE CHAIRMAN
Thank you for that.
""")
    assert sections(result) == []
    assert [who for who, _, _ in turns(result)] == ["#chairman", "#jones"]


def test_a_title_and_a_decisions_word_run_into_their_text_stay_as_they_were():
    # the record's first block, its title over a sentence; a word that runs into the sentence under it
    # ("RESOLVED" / "That …"); a line whose last word runs on; a classification over the text
    result = checked("""MINUTES OF THE REGULAR MEETING
The Board met at the District Office on August 22, 2017.

RESOLVED
That the minutes of the last meeting be approved.

THE COMMITTEE OF
Ministers agreed to the proposal.

SECRET
The Ambassador called on me today.
""")
    assert sections(result) == []
    assert body_children(result)[:2] == [
        ("p", "MINUTES OF THE REGULAR MEETING The Board met at the District Office on August 22, 2017."),
        ("p", "RESOLVED That the minutes of the last meeting be approved.")]
    assert turns(result)[0][:2] == ("#committee-of-ministers", "THE COMMITTEE OF Ministers")  # (as it was read)


def test_above_the_records_date_a_heading_over_a_sentence_is_its_title():
    # ("SECURITY COUNCIL" / "Provisional verbatim record …": the record's dateline, as it was read, no section)
    result = checked("""UNITED NATIONS

SECURITY COUNCIL
Provisional verbatim record of the meeting held on 3 May 1989.

The PRESIDENT: I declare the meeting open.

Mr. SMITH (United Kingdom): Thank you.
""")
    assert sections(result) == []
    assert ("opener", "SECURITY COUNCIL Provisional verbatim record of the meeting held on 3 May 1989.") \
        in body_children(result)
    assert [who for who, _, _ in turns(result)] == ["#president", "#smith"]


PROTOKOLL = """Protokoll Nr. 14/57 der Sitzung des Sekretariats

Tagesordnung:
1. Bericht über die Lage in den Leuna-Werken
2. Verschiedenes

Zu 1.:

Genosse Reinhold: Die Lage in Leuna ist ernst.

Genossin Vogt: Ich war selbst dort.

Zu 2.:

Keine Wortmeldungen.
"""


def test_a_german_protocols_item_headings_head_sections():
    # ("Zu 1.:" had been a paragraph, and "Zu 2.:" and the words under it words of Vogt's turn)
    result = checked(PROTOKOLL)
    assert sections(result) == [
        ("Zu 1.:", [("sp", "Genosse Reinhold: Die Lage in Leuna ist ernst."),
                    ("sp", "Genossin Vogt: Ich war selbst dort.")]),
        ("Zu 2.:", [("p", "Keine Wortmeldungen.")]),
    ]
    assert turns(result) == [("#reinhold", "Genosse Reinhold:", "Die Lage in Leuna ist ernst."),
                             ("#vogt", "Genossin Vogt:", "Ich war selbst dort.")]


def test_a_german_protocols_item_heading_right_above_its_text():
    result = checked(PROTOKOLL.replace("Zu 1.:\n\n", "Zu 1.:\n").replace("Zu 2.:\n\n", "Zu 2.:\n"))
    assert sections(result) == [
        ("Zu 1.:", [("sp", "Genosse Reinhold: Die Lage in Leuna ist ernst."),
                    ("sp", "Genossin Vogt: Ich war selbst dort.")]),
        ("Zu 2.:", [("p", "Keine Wortmeldungen.")]),
    ]
