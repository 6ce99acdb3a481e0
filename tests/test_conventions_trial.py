"""A war crimes tribunal's transcript (as the International Military Tribunal's is set): questions and answers by
their letter alone, spaced from the speech; line-numbered pages, their running header and their page number."""

from __future__ import annotations

from encoded import NS, body_children, checked, flat, people, turns


def test_spaced_letters_are_the_examiners_questions_and_the_witness_answers():
    """"Q    Will you …?" / "A    Heinz Brandt." under "BY MAJOR FIELD:" and "KARL HOFER, a witness, took the stand …":
    the questions the examining counsel's, the answers the witness's, each its own turn though no blank line parts
    them (they had been persons "#q" and "#a", the answer inside the question's paragraph)."""
    text = ("KARL HOFER, a witness, took the stand and testified as follows:\n\nDIRECT EXAMINATION\n\n"
            "BY MAJOR FIELD:\n\nQ    What is your name?\nA    Karl Hofer.\n\nQ    Where do you live?\n"
            "A    In Graz.\n\nCROSS-EXAMINATION\n\nBY DR. BRAUER:\n\nQ    Did you sign the order?\n"
            "A    No, the colonel signed it.\n")
    result = checked(text)
    assert turns(result) == [("#field", "Q", "What is your name?"), ("#karl-hofer", "A", "Karl Hofer."),
                             ("#field", "Q", "Where do you live?"), ("#karl-hofer", "A", "In Graz."),
                             ("#brauer", "Q", "Did you sign the order?"),
                             ("#karl-hofer", "A", "No, the colonel signed it.")]
    assert "q" not in people(result) and "a" not in people(result)


def test_spaced_letters_without_an_examiner_stay_as_they_were():
    """A tape's initials at the margin ("Q  Right." / "A  Yes.") with no examiner and no witness sworn: not read as
    a court's questions."""
    text = "Q  Right, shall we start?\n\nA  Yes.\n\nQ  Good.\n\nA  Fine.\n"
    result = checked(text)
    assert [who for who, _, _ in turns(result)] == ["#q", "#a", "#q", "#a"]


def _page(first: int, lines: list[str]) -> str:
    return "".join(f"{n:>2}   {line}\n" for n, line in enumerate(lines, first))


PAGE_ONE = [
    "THE PRESIDENT: The Tribunal will now hear the next",
    "witness for the Prosecution.",
    "MAJOR FIELD: If it please the Tribunal, I call the",
    "witness Karl Hofer.",
    "                    KARL HOFER, a witness, took the",
    "stand and testified as follows:",
    "          DIRECT EXAMINATION",
    "BY MAJOR FIELD:",
    "     Q    What is your name?",
    "     A    Karl Hofer.",
    "     Q    Where do you live?",
    "     A    In Graz, since the war.",
    "     Q    What was your rank in 1940?",
    "     A    I was a captain of the",
    "signals regiment.",
    "          THE PRESIDENT: Major Field, will you come",
    "to the point?",
    "          MAJOR FIELD: Yes, sir.",
    "     Q    Were you at the meeting?",
    "     A    Yes.",
    "          THE PRESIDENT: We will adjourn.",
    "          (A recess was taken.)",
]
PAGE_TWO = [
    "          CROSS-EXAMINATION",
    "BY DR. BRAUER:",
    "     Q    Did you sign the order?",
    "     A    No, the colonel signed it.",
    "          THE PRESIDENT: The witness may retire.",
]


def test_a_running_head_that_opens_with_the_day_is_no_line_number():
    """"3 Mar. 46" over a page numbered from its line 1: the page's running head, not its line 1 (the day had been
    line 1, "Mar. 46" the title, and an invented page 2 opened before the real line 1); the record's date is its
    day."""
    text = "3 Mar. 46\n\n" + _page(1, PAGE_ONE)
    result = checked(text)
    body = result.tree.find(".//t:body", NS)
    assert [(fw.get("type"), flat(fw)) for fw in body.iter("{%s}fw" % NS["t"])] == [("header", "3 Mar. 46")]
    assert body.find(".//t:pb", NS) is None and body.find(".//t:head", NS) is None
    assert [lb.get("n") for lb in body.iter("{%s}lb" % NS["t"])][:3] == ["1", "2", "3"]
    assert result.tree.find(".//t:profileDesc/t:creation/t:date", NS).get("when") == "1946-03-03"  # (the head's day)
    assert turns(result)[0] == ("#president", "THE PRESIDENT:", "The Tribunal will now hear the next witness for "
                                                                "the Prosecution.")


def test_a_page_number_at_the_foot_numbers_the_page_above_it():
    """Two pages, each under "3 Mar. 46", each ending with its number set far right ("              711"): the
    number is the page's forme work at its foot, the page after it the next (it had been pb 711 after page 711's
    words, the next head and the cross-examination's heading words of the President's turn, the last number a
    paragraph of his)."""
    foot = " " * 50
    text = ("3 Mar. 46\n\n" + _page(1, PAGE_ONE) + f"\n{foot}711\n3 Mar. 46\n\n" + _page(1, PAGE_TWO)
            + f"\n{foot}712\n")
    result = checked(text)
    body = result.tree.find(".//t:body/t:div", NS)
    marks = [(child.tag.split("}")[1], child.get("type") or child.get("n"), flat(child)) for child in body
             if child.tag.split("}")[1] in ("fw", "pb")]
    assert marks == [("fw", "header", "3 Mar. 46"), ("fw", "pageNum", "711"), ("pb", "712", ""),
                     ("fw", "header", "3 Mar. 46"), ("fw", "pageNum", "712")]
    # the examination's heading stands outside the President's turn; the questions are Brauer's, the answers Hofer's
    children = [child.tag.split("}")[1] for child in body]
    at = children.index("pb")
    assert "sp" not in children[at:at + 4]
    assert [who for who, _, _ in turns(result)][-3:] == ["#brauer", "#karl-hofer", "#president"]
    assert all(sp.find("t:p", NS) is None or "712" not in flat(sp) for sp in body.iterfind("t:sp", NS))


def test_one_short_numbered_page_is_lines_and_turns_not_a_table():
    """A court reporter's page of twelve numbered lines (" 1   THE PRESIDENT: …", " 9        Q    What is …"): line
    breaks and turns, as a longer page's (it had been a table of numbers, letters and text, with no turns)."""
    text = "3 Mar. 46\n\n" + _page(1, PAGE_ONE[:12])
    result = checked(text)
    assert result.tree.find(".//t:table", NS) is None
    assert [lb.get("n") for lb in result.tree.iter("{%s}lb" % NS["t"])] == [str(n) for n in range(1, 13)]
    assert [who for who, _, _ in turns(result)][:4] == ["#president", "#field", "#field", "#karl-hofer"]


def test_a_numbered_list_of_ten_short_rows_stays_as_it_was():
    """Ten rows numbered at the margin with no speaker's label among them: not read as a court reporter's page."""
    text = "RESULTS\n\n" + "".join(f"{n:>2}   Candidate {chr(64 + n)}    {100 - n} votes\n" for n in range(1, 11))
    result = checked(text)
    assert result.tree.find(".//t:lb[@n='1']", NS) is None
