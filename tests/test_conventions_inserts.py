"""A despatch's author in the first person after a reported turn, and what a hearing's record inserts below a turn
("[The information referred to follows:]"): the record's, not the words of the turn before."""

from __future__ import annotations

from encoded import NS, XML_ID, body_children, checked, flat, turns


TELEGRAM = ("CONFIDENTIAL\n\n"
            "FROM: VIENTIANE TO FOREIGN OFFICE\n\n"
            "1. The International Commission met this morning.\n\n"
            "2. The Chairman then said that he had consulted New Delhi. This was agreed.\n\n"
            "3. {third}\n\n"
            "4. {fourth}\n\n"
            "ADDIS\n")


def test_a_telegrams_numbered_paragraphs_in_its_authors_first_person_are_the_records():
    """"3. My United States colleague tells me …" and "4. I should be grateful for instructions …" had been
    paragraphs of the Chairman's turn that "2. The Chairman then said …" opened."""
    result = checked(TELEGRAM.format(
        third="My United States colleague tells me that Washington regard the question as a test. I am not so sure.",
        fourth="I should be grateful for instructions before 6 June."))
    assert turns(result) == [("#chairman", "2. The Chairman", "then said that he had consulted New Delhi. This was "
                                                               "agreed.")]
    sp = result.tree.find(".//t:sp", NS)
    assert [child.tag.split("}")[1] for child in sp] == ["speaker", "p"]
    record = result.tree.find(".//t:body/t:div", NS)
    assert [(child.tag.split("}")[1], child.get("n")) for child in record if child.tag.endswith(("}sp", "}p"))] == [
        ("p", "1"), ("sp", "2"), ("p", "3"), ("p", "4")]
    assert [flat(p) for p in record.iterfind("t:p", NS)][1:] == [
        "3. My United States colleague tells me that Washington regard the question as a test. I am not so sure.",
        "4. I should be grateful for instructions before 6 June."]


def test_other_first_person_openings_of_the_author_and_a_speakers_own_stay_apart():
    """"I am not so sure …", "I have the honour …", in capitals too, are the author's; a numbered paragraph that
    goes on with the speaker's report ("He added …") stays in the turn."""
    result = checked(TELEGRAM.format(third="I AM NOT SO SURE THAT HE MEANT IT.",
                                     fourth="I have the honour to request instructions."))
    record = result.tree.find(".//t:body/t:div", NS)
    assert [(child.tag.split("}")[1], child.get("n")) for child in record if child.tag.endswith(("}sp", "}p"))] == [
        ("p", "1"), ("sp", "2"), ("p", "3"), ("p", "4")]
    result = checked(TELEGRAM.format(third="He added that Warsaw agreed.", fourth="I should be grateful for "
                                                                                 "instructions."))
    record = result.tree.find(".//t:body/t:div", NS)
    assert [(child.tag.split("}")[1], child.get("n")) for child in record if child.tag.endswith(("}sp", "}p"))] == [
        ("p", "1"), ("sp", "2"), ("p", "4")]
    assert [p.get("n") for p in record.find("t:sp", NS).iterfind("t:p", NS)] == [None, "3"]


HEARING = ("HEARING BEFORE THE COMMITTEE ON AGRICULTURE\n\n"
           "Senator BELLWEATHER. How large is the backlog today?\n\n"
           "Ms. MARSH. About 340, Senator; I will supply the exact figure for the record.\n\n"
           "Senator BELLWEATHER. Please do.\n\n"
           "{insert}\n\n"
           "As of March 31, 1991, the Service had 338 loan applications pending.\n\n"
           "Senator QUIST. How many field offices have closed since 1985?\n")


def test_what_a_hearing_inserts_for_the_record_is_the_records_between_the_turns():
    """"[The information referred to follows:]" and the figures under it had been paragraphs of Senator
    Bellweather's turn, who asked for them and did not say them."""
    for insert in ("[The information referred to follows:]", "[The following letter was received for the record:]",
                   "[Responses to written questions follow:]"):
        result = checked(HEARING.format(insert=insert))
        assert [(who, speaker) for who, speaker, _ in turns(result)] == [
            ("#bellweather", "Senator BELLWEATHER."), ("#marsh", "Ms. MARSH."),
            ("#bellweather", "Senator BELLWEATHER."), ("#quist", "Senator QUIST.")]
        third = result.tree.findall(".//t:sp", NS)[2]
        assert [flat(p) for p in third.iterfind("t:p", NS)] == ["Please do."]
        assert body_children(result)[4:6] == [
            ("p", insert[1:-1]),
            ("p", "As of March 31, 1991, the Service had 338 loan applications pending.")]
        assert result.tree.find(".//t:body/t:div/t:p/t:incident", NS) is not None


PREPARED = ("STATEMENT OF ELEANOR V. MARSH, NOMINEE\n\n"
            "Ms. MARSH. I will submit my full statement for the record.\n\n"
            "[The prepared statement of Ms. Marsh follows:]\n\n"
            "Prepared Statement of {whose}\n\n"
            "Mr. Chairman, I was raised on a farm in Custer County.\n\n"
            "If confirmed, I will clear the backlog.\n\n"
            "Senator BELLWEATHER. How large is the backlog today?\n\n"
            "Ms. MARSH. About 340, Senator.\n")


def test_a_printed_statement_ends_where_a_label_resumes_the_questioning_and_is_the_witnesss():
    """The division "Prepared Statement of Eleanor V. Marsh" headed had held the rest of the hearing, and its
    paragraphs had been the record's: the statement is a division of the witness's section, her words, unlabelled;
    the questioning after it a division beside it."""
    result = checked(PREPARED.format(whose="Eleanor V. Marsh"))
    section = result.tree.find(".//t:body/t:div/t:div", NS)
    assert section.get("type") == "section"
    assert [child.tag.split("}")[1] for child in section] == ["head", "sp", "p", "div", "div"]
    statement, questioning = section.findall("t:div", NS)
    assert statement.get("type") == "statement"
    assert [child.tag.split("}")[1] for child in statement] == ["head", "sp"]
    assert flat(statement.find("t:head", NS)) == "Prepared Statement of Eleanor V. Marsh"
    sp = statement.find("t:sp", NS)
    assert sp.get("who") == "#marsh" and sp.find("t:speaker", NS) is None
    assert [flat(p) for p in sp.iterfind("t:p", NS)] == [
        "Mr. Chairman, I was raised on a farm in Custer County.", "If confirmed, I will clear the backlog."]
    assert questioning.get("type") == "section" and questioning.find("t:head", NS) is None
    assert [(sp.get("who"), flat(sp.find("t:speaker", NS))) for sp in questioning] == [
        ("#bellweather", "Senator BELLWEATHER."), ("#marsh", "Ms. MARSH.")]
    marsh = next(person for person in result.tree.iterfind(".//t:particDesc//t:person", NS)
                 if person.get(XML_ID) == "marsh")
    assert [flat(name) for name in marsh.iterfind("t:persName", NS)] == ["MARSH", "Eleanor V. Marsh"]


def test_a_printed_statement_of_a_body_or_with_no_section_open_is_bounded_too():
    """A body's statement is no one's turn, and bounded all the same; with no witness's section open, the statement
    and the questioning after it are the record's divisions, one beside the other."""
    result = checked(PREPARED.format(whose="the American Farm Bureau Federation"))
    statement = result.tree.find(".//t:div[@type='statement']", NS)
    assert [child.tag.split("}")[1] for child in statement] == ["head", "p", "p"]
    assert [who for who, _, _ in turns(result)] == ["#marsh", "#bellweather", "#marsh"]
    result = checked(PREPARED.format(whose="Eleanor V. Marsh").split("\n\n", 1)[1])
    record = result.tree.find(".//t:body/t:div", NS)
    assert [(child.tag.split("}")[1], child.get("type")) for child in record] == [
        ("sp", None), ("p", None), ("div", "statement"), ("div", "section")]
    assert [sp.get("who") for sp in record.iterfind("t:div/t:sp", NS)] == ["#marsh", "#bellweather", "#marsh"]


def test_a_delegates_own_numbered_paragraphs_in_the_first_person_stay_in_the_turn():
    # (the review's: "2. I have the honour …" after a delegate's label had been taken out of his turn)
    result = checked("Verbatim record\n\n1. Mr. SMITH (United Kingdom): I wish to speak on the report.\n\n"
                     "2. I have the honour to present the report of the committee.\n\n"
                     "3. Mr. JONES (France): Thank you.\n\n4. I should be grateful for a reply before Monday.\n")
    record = result.tree.find(".//t:body/t:div", NS)
    assert [(child.tag.split("}")[1], child.get("n")) for child in record] == [("p", None), ("sp", "1"), ("sp", "3")]
    assert [len(sp.findall("t:p", NS)) for sp in record.iterfind("t:sp", NS)] == [2, 2]
