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


def test_the_office_before_the_initials_is_no_ones_name_and_the_initials_speak():
    """"Mr R. Tennant, Care Coordinator (RT); …; Ms E. Price, Ward Manager, Ash Ward (EP)": the offices, whatever
    their words, are what the person before them is (they had been persons "#care-coordinator",
    "#clinical-psychologist", "#ash-ward"); "EP reported" is Price's turn, "RT said" Tennant's own (it had been a
    paragraph of EP's: "RT" is a title's letters too)."""
    result = checked("Case Conference Notes\n\nAttendees: Mr R. Tennant, Care Coordinator (RT); Ms L. Abbas, Clinical\n"
                     "Psychologist (LA); Ms E. Price, Ward Manager, Ash Ward (EP)\n\n"
                     "EP reported that Mr A has engaged well on the ward.\n\nRT said a home visit would be arranged.\n")
    assert people(result) == {"tennant", "abbas", "price"}
    assert listed(result) == [[("Mr R. Tennant", "#tennant"), ("Ms L. Abbas", "#abbas"), ("Ms E. Price", "#price")]]
    assert turns(result) == [("#price", "EP", "reported that Mr A has engaged well on the ward."),
                             ("#tennant", "RT", "said a home visit would be arranged.")]


def test_the_initials_on_the_line_after_the_office_are_the_persons_before_it():
    """"Mr R. Tennant, Care Coordinator" / "(RT); Ms L. Abbas, …": the office that ends the line is Tennant's, its
    initials opening the next (it had been a person "#care-coordinator")."""
    result = checked("Case Conference Notes\n\nAttendees: Dr H. Okafor (HO); Mr R. Tennant, Care Coordinator\n"
                     "(RT); Ms L. Abbas, Clinical Psychologist (LA)\n\n"
                     "RT summarised. He was admitted informally.\n\nHO: I saw him on Friday.\n")
    assert people(result) == {"okafor", "tennant", "abbas"}
    assert turns(result) == [("#tennant", "RT", "summarised. He was admitted informally."),
                             ("#okafor", "HO:", "I saw him on Friday.")]


def test_chair_and_minute_taker_under_the_date_are_heading_fields_naming_persons():
    """"Date:" / "Chair: Dr Helen Okafor, Consultant Psychiatrist" / "Minute taker: Ms D. Hale" under the title: the
    heading's fields (they had been one paragraph), the chair and the minute taker persons, "Dr Okafor said" and "The
    Chair said" the chair's (she had been "#okafor", of the surname alone)."""
    result = checked("Multidisciplinary Case Conference - Notes\n\nDate: 7 March 2022\n"
                     "Chair: Dr Helen Okafor, Consultant Psychiatrist\nMinute taker: Ms D. Hale\n\n"
                     "Dr Okafor said she had seen the patient on Friday.\n\n"
                     "The Chair said the plan was agreed.\n")
    fields = result.tree.find(".//t:body//t:list[@type='fields']", NS)
    assert [flat(label) for label in fields.iterfind("t:label", NS)] == ["Date:", "Chair:", "Minute taker:"]
    assert [flat(item) for item in fields.iterfind("t:item", NS)] == [
        "7 March 2022", "Dr Helen Okafor, Consultant Psychiatrist", "Ms D. Hale"]
    names = [(name.text, name.get("ref")) for name in fields.iterfind(".//t:persName", NS)]
    assert names == [("Dr Helen Okafor", "#helen-okafor"), ("Ms D. Hale", "#hale")]
    assert people(result) == {"helen-okafor", "hale"}
    assert [name for name, _ in body_children(result)] == ["head", "list", "sp", "sp"]
    assert turns(result) == [("#helen-okafor", "Dr Okafor", "said she had seen the patient on Friday."),
                             ("#helen-okafor", "The Chair", "said the plan was agreed.")]
