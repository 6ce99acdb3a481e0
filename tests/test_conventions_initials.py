"""Initials in brackets after the names of an attendance line ("Dr H. Okafor (HO); Ms L. Abbas (LA); …"), as a
clinical team's case conference lists those present, and the turns they label."""

from __future__ import annotations

from encoded import NS, body_children, checked, flat, listed, people, turns

ATTENDEES = "Case Conference Notes\n\nAttendees: Dr H. Okafor (HO); Ms L. Abbas (LA); Mr J. Kerr (JK)\n\n"


def test_initials_used_once_each_that_the_attendance_line_gives_are_turns():
    """"HO:", "LA:", "JK:" once each, defined in brackets in the attendance line: each a turn of the person so
    defined (they had been section headings over paragraphs, and the record had no turns)."""
    result = checked(ATTENDEES + "HO: I saw him on Friday. He is settled.\n\n"
                     "LA: That fits with what he said in session.\n\n"
                     "JK: There is no basis for detention at present.\n")
    assert turns(result) == [("#okafor", "HO:", "I saw him on Friday. He is settled."),
                             ("#abbas", "LA:", "That fits with what he said in session."),
                             ("#kerr", "JK:", "There is no basis for detention at present.")]
    assert people(result) == {"okafor", "abbas", "kerr"}
    assert [name for name, _ in body_children(result)] == ["head", "list", "sp", "sp", "sp"]
    assert not result.tree.findall(".//t:div[@type='section']", NS)


def test_initials_after_a_name_with_a_courtesy_and_an_initial_are_that_persons():
    """"Dr H. Okafor (HO); Ms L. Abbas (LA)": "HO:" and "LA:" are Okafor's and Abbas's (they had been persons "#ho"
    and "#la" beside "#okafor" and "#abbas", and "LA:", used once, a turn of low certainty)."""
    result = checked("Case Conference Notes\n\nAttendees: Dr H. Okafor (HO); Ms L. Abbas (LA)\n\n"
                     "HO: I saw him on Friday. He is settled.\n\n"
                     "LA: That fits with what he said in session.\n\nHO: Then we agree.\n")
    assert turns(result) == [("#okafor", "HO:", "I saw him on Friday. He is settled."),
                             ("#abbas", "LA:", "That fits with what he said in session."),
                             ("#okafor", "HO:", "Then we agree.")]
    assert people(result) == {"okafor", "abbas"}
    assert listed(result) == [[("Dr H. Okafor", "#okafor"), ("Ms L. Abbas", "#abbas")]]
    assert [sp.get("cert") for sp in result.tree.iterfind(".//t:sp", NS)] == ["medium", "medium", "medium"]


def test_initials_not_the_names_before_them_are_no_label_used_once():
    """"(UK)" and "(LB)" after names whose words do not begin so prove nothing: "UK:" and "LB:", once each, stay
    the sections' headings."""
    result = checked("Case Conference Notes\n\nAttendees: Dr H. Okafor (UK); Ms L. Abbas (LB)\n\n"
                     "UK: Arrangements for the visit.\n\nLB: That fits with what he said in session.\n")
    assert turns(result) == []
    heads = [flat(head) for head in result.tree.iterfind(".//t:div[@type='section']/t:head", NS)]
    assert heads == ["UK:", "LB:"]
