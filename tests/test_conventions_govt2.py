"""Conventions of government and society minutes, despatches and company meetings: closings set to the right,
labels run into minutes, lists after "as follows:-", persons named with post-nominal letters or as firms."""

from encoded import NS, checked, people, whos


def signed(result) -> list[tuple[str | None, str]]:
    """Each signature of the closing: the name it marks a person's, and its words."""
    return [(s.findtext("t:persName", namespaces=NS), " ".join("".join(s.itertext()).split()))
            for s in result.tree.iterfind(".//t:closer/t:signed", NS)]


def test_a_name_and_office_set_far_right_under_the_last_turn_sign_the_record():
    text = ("The CHAIRMAN replied that the matter was under consideration.\n\n"
            "The proceedings then terminated.\n\n"
            "                                   BERNARD DOCKER\n"
            "                                         Chairman.\n")
    result = checked(text)
    assert signed(result) == [("BERNARD DOCKER", "BERNARD DOCKER Chairman.")]
    assert [len(sp.findall("t:p", NS)) for sp in result.tree.iterfind(".//t:sp", NS)] == [2]
    # (indented a little, a memorandum's paragraph, no signature)
    prose = checked(text.replace(" " * 35, " " * 8).replace(" " * 41, " " * 8))
    assert signed(prose) == []


def test_a_right_aligned_name_alone_at_the_end_signs_it_no_heading():
    text = ("The President said that only Congress could make this decision.\n\n"
            "It was agreed to defer action.\n\n"
            "                                        S. EVERETT GLEASON\n")
    result = checked(text)
    assert signed(result) == [("S. EVERETT GLEASON", "S. EVERETT GLEASON")]
    assert result.tree.find(".//t:body//t:head", NS) is None
    # (a heading set to the right, no name's, stays one)
    heading = checked(text.replace("S. EVERETT GLEASON", "THE END OF THE RECORD"))
    assert signed(heading) == []


def test_two_signatories_with_their_offices_set_right_are_two_signatures_no_turn():
    text = ("The Assembly adopted the motion.\n\nClosed with prayer.\n\n"
            "                          JOHN MATHEW, Moderator.\n"
            "                          D. S. McEACHRAN, Clerk of Assembly.\n")
    result = checked(text)
    assert whos(result) == []
    assert signed(result) == [("JOHN MATHEW", "JOHN MATHEW, Moderator."),
                              ("D. S. McEACHRAN", "D. S. McEACHRAN, Clerk of Assembly.")]
    assert people(result) == {"john-mathew", "mceachran"}


def test_a_colon_and_dash_at_a_lines_end_opens_the_list_under_it_with_its_first_item():
    text = ("30. The Engineer reported as follows:-\n"
            "    (a) Kerbing and guttering in Baylis Street completed.\n"
            "    (b) Tar sealing of Gurwood Street commenced on 7th inst.\n"
            "    (c) The new grader is giving satisfactory service.\n")
    result = checked(text)
    assert [item.get("n") for item in result.tree.iterfind(".//t:list/t:item", NS)] == ["a", "b", "c"]
    assert [" ".join("".join(p.itertext()).split()) for p in result.tree.iterfind(".//t:body//t:p", NS)] == [
        "reported as follows:-"]


def test_an_amendment_under_its_label_inside_a_minute_is_its_paragraph_no_section():
    text = ("GENERAL BUSINESS\n\n"
            "32. MOVED Alderman Lee, SECONDED Alderman Walsh, that the\n"
            "    rate be struck at 6d. in the £.\n"
            "    AMENDMENT: Moved Alderman Smith, seconded Alderman O'Brien,\n"
            "    that the rate be 5 1/2d. in the £.\n"
            "    The amendment on being put was LOST.\n\n"
            "33. The Council adjourned.\n")
    result = checked(text)
    assert [" ".join("".join(h.itertext()).split()) for h in result.tree.iterfind(".//t:body//t:head", NS)] == [
        "GENERAL BUSINESS"]
    assert result.tree.find(".//t:body//t:div[@type='section']", NS) is None
    paragraphs = [" ".join("".join(p.itertext()).split()) for p in result.tree.iterfind(".//t:body//t:p", NS)]
    assert paragraphs[1].startswith("AMENDMENT: Moved Alderman Smith") and paragraphs[-1] == "33. The Council adjourned."
    assert whos(result) == []


def heads(result) -> list[str]:
    return [" ".join("".join(h.itertext()).split()) for h in result.tree.iterfind(".//t:body//t:head", NS)]


def test_lettered_item_titles_over_their_words_set_further_in_head_sections_and_end_turns():
    text = ("64/102  MATTERS ARISING\n\n"
            "        (a) Computer Science (Minute 64/87)\n"
            "            Professor Kilburn reported that the Council had\n"
            "            approved the grant for the new machine.\n\n"
            "        (b) Library Extension (Minute 64/90)\n"
            "            The Librarian reported that tenders had been received.\n")
    result = checked(text)
    assert heads(result) == ["64/102 MATTERS ARISING", "(a) Computer Science (Minute 64/87)",
                             "(b) Library Extension (Minute 64/90)"]
    assert [len(sp.findall("t:p", NS)) for sp in result.tree.iterfind(".//t:sp", NS)] == [1, 1]
    assert whos(result) == ["#kilburn", "#librarian"]
    # (words under them, no turn's)
    plain = checked(text.replace("Professor Kilburn reported that", "It was reported that")
                    .replace("The Librarian reported that", "It was noted that"))
    assert heads(plain)[1:] == ["(a) Computer Science (Minute 64/87)", "(b) Library Extension (Minute 64/90)"]
    # (a list's lettered items, their words on their lines, are no titles)
    items = checked("The Clerk reported:\n\n    (a) Roads Repaired\n    (b) Drains Cleared\n")
    assert heads(items) == []


def test_a_title_centred_over_three_blocks_its_link_alone_between_is_one_heading():
    text = ("ACTS AND PROCEEDINGS\n\nOF THE\n\nGENERAL ASSEMBLY OF THE PRESBYTERIAN CHURCH OF VICTORIA\n\n"
            "The General Assembly met according to adjournment.\n")
    result = checked(text)
    whole = "ACTS AND PROCEEDINGS OF THE GENERAL ASSEMBLY OF THE PRESBYTERIAN CHURCH OF VICTORIA"
    assert heads(result) == [whole]
    assert result.tree.findtext(".//t:titleStmt/t:title", namespaces=NS) == whole
    assert result.tree.find(".//t:body//t:div[@type='section']", NS) is None


def test_a_classification_with_the_copys_number_set_apart_on_its_line_is_no_title():
    text = ("SECRET                                                    Copy No. 42\n\n"
            "CABINET\n\n"
            "CONCLUSIONS of a Meeting of the Cabinet held at 10 Downing Street.\n\n"
            "1. The Cabinet were informed of the business to be taken.\n")
    result = checked(text)
    assert [" ".join("".join(s.itertext()).split())
            for s in result.tree.iterfind(".//t:opener/t:seg[@type='classification']", NS)] == ["SECRET Copy No. 42"]
    assert "SECRET" not in result.tree.findtext(".//t:titleStmt/t:title", namespaces=NS)
    assert "SECRET Copy No. 42" not in heads(result)


def test_honours_after_a_listed_name_are_his_and_so_is_the_office_bracketed_after_them():
    text = ("Present: Sir Bernard Docker, K.B.E. (Chairman), and the\n"
            "following Directors: Mr. J. Y. Sangster, Mr. F. Pringle.\n\n"
            "The CHAIRMAN replied that the matter was under consideration.\n")
    result = checked(text)
    assert people(result) == {"bernard-docker", "sangster", "pringle"}
    assert whos(result) == ["#bernard-docker"]


def test_a_firm_named_after_its_partners_is_no_one_listed():
    text = ("In attendance: Mr. H. W. Wall (Secretary); Messrs. Price,\n"
            "Waterhouse & Co. (Auditors).\n\n"
            "Mr. Wall read the notice convening the Meeting.\n")
    result = checked(text)
    assert people(result) == {"wall"}
    # (partners' names with no "& Co." are persons still)
    persons = checked(text.replace(" & Co.", ""))
    assert {"price", "waterhouse"} <= people(persons)


DESPATCH = ("GOLD COAST.\nNo. 412.\nCONFIDENTIAL.\n\n"
            "                                        Government House,\n"
            "                                              Accra.\n"
            "                                        14th August, 1948.\n\n"
            "Sir,\n\n"
            "     I have the honour to report on the disturbances in Accra.\n\n"
            "               I have the honour to be,\n"
            "                    Sir,\n"
            "                         Your most obedient,\n"
            "                              humble servant,\n\n"
            "                              G. CREASY\n"
            "                              GOVERNOR.\n\n"
            "The Right Honourable\n"
            "     A. Creech Jones, P.C., M.P.,\n"
            "     Secretary of State for the Colonies,\n"
            "     Downing Street, London, S.W.1.\n")


def test_a_despatchs_opener_under_its_number_and_classification_is_its_opener():
    result = checked(DESPATCH)
    opener = result.tree.find(".//t:opener", NS)
    assert [child.tag.split("}")[1] for child in opener] == ["seg", "seg", "address", "dateline", "salute"]
    assert opener.findtext("t:dateline", namespaces=NS) == "14th August, 1948."
    assert [" ".join("".join(p.itertext()).split()) for p in result.tree.iterfind(".//t:body//t:p", NS)] == [
        "I have the honour to report on the disturbances in Accra."]


def test_a_despatchs_addressee_at_its_foot_is_a_note_of_the_closing_no_signatory():
    result = checked(DESPATCH)
    assert signed(result) == [("G. CREASY", "G. CREASY GOVERNOR.")]
    assert " ".join("".join(result.tree.find(".//t:closer/t:note[@type='addressee']", NS).itertext()).split()) == (
        "The Right Honourable A. Creech Jones, P.C., M.P., Secretary of State for the Colonies, Downing Street, "
        "London, S.W.1.")
    assert people(result) == {"creasy"}
