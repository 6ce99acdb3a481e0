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
