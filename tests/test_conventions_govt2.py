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
