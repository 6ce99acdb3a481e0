"""Signatories side by side at a record's end, a column each: a closer with a signed per column."""

from __future__ import annotations

import tei
from tei.diagnostics import Position
from tei.ns import XML_ID
from tei.render import render_html, render_text
from tei.validation import validate_result
from words import source_words, tei_words

NS = {"t": "http://www.tei-c.org/ns/1.0"}

VERBALE = ("VERBALE DI DELIBERAZIONE DEL CONSIGLIO COMUNALE N. 27 del 12 luglio 1978\n\n"
           "Il Consiglio comunale delibera di approvare la variante n. 3 al piano\nregolatore delle acque.\n\n"
           "Letto, approvato e sottoscritto.\n\n"
           "IL PRESIDENTE                          IL SEGRETARIO COMUNALE\n"
           "f.to Bortolussi                        f.to dott. Zanin\n")

PROTOKOLL = ("Der Vorsitzende: Die Sitzung ist geschlossen.\n\nDer Angeklagte: Danke.\n\n"
             "Der Vorsitzende: Führen Sie den Angeklagten ab.\n\nDer Angeklagte: Ja.\n\n"
             "Dr. Kessler                               Yilmaz\n"
             "Vorsitzender Richter am Landgericht       Justizbeschäftigte\n"
             "                                          als Urkundsbeamtin der Geschäftsstelle\n")

BRANCH = ("Minutes of Summoned Meeting held Tuesday, October 7th, 1924.\n\n"
          "Bro. Sugden moved that the branch protest to the E.C.\n\n"
          "There being no further business the meeting closed at 9.40 p.m.\n\n"
          "          A. Heseltine   Chairman        J. W. Pickles   Sec.\n")


def signed(result) -> list[tuple[str, str | None]]:
    """Each signed's text (its white space as one space) and its persName."""
    return [(" ".join("".join(s.itertext()).split()), s.findtext("t:persName", namespaces=NS))
            for s in result.tree.iterfind(".//t:closer/t:signed", NS)]


def body(result) -> list[str]:
    """The record's blocks, a turn with its paragraphs' count."""
    div = result.tree.find(".//t:body/t:div", NS)
    return [f"sp({len(child.findall('t:p', NS))})" if child.tag.endswith("}sp") else child.tag.split("}")[1]
            for child in div]


def test_signatures_side_by_side_on_one_line_are_a_signed_each():
    """"f.to Bortolussi" beside "f.to dott. Zanin" under "Letto, approvato e sottoscritto.": one paragraph had been
    made of them."""
    text = VERBALE.replace("IL PRESIDENTE                          IL SEGRETARIO COMUNALE\n", "")
    result = tei.encode(text, name="verbale.txt")
    assert signed(result) == [("f.to Bortolussi", "Bortolussi"), ("f.to dott. Zanin", "dott. Zanin")]
    assert body(result) == ["head", "p", "p", "closer"]  # ("Letto, approvato e sottoscritto." the record's)
    ids = [s.get(XML_ID) for s in result.tree.iterfind(".//t:closer/t:signed", NS)]
    assert [result.position(i) for i in ids] == [Position(8, 1), Position(8, 40)]
    assert result.position(result.tree.find(".//t:closer", NS).get(XML_ID)) == Position(8, 1)
    assert validate_result(result) == []
    assert tei_words(result.tree) == source_words(text)
    assert render_text(result.tree).rstrip().endswith("f.to Bortolussi\nf.to dott. Zanin")
    assert 'f.to <a class="persName"' in render_html(result.tree)


def test_signatories_in_columns_over_two_rows_keep_the_transcripts_order():
    """An office over each name, side by side ("IL PRESIDENTE" over "f.to Bortolussi" beside "IL SEGRETARIO
    COMUNALE" over "f.to dott. Zanin"), or a name over each office: read a column at a time, the words would leave the
    transcript's order, which every edition keeps (its diplomatic text gives each character back in order). They stay
    one paragraph, read across the rows, after the last turn too (the record's, not the last speaker's words)."""
    for text, blocks in ((VERBALE, ["head", "p", "p", "p"]), (PROTOKOLL, ["sp(1)"] * 4 + ["p"])):
        result = tei.encode(text, name="x.txt")
        assert result.tree.find(".//t:closer", NS) is None
        assert body(result) == blocks  # (the German judge's and clerk's had been words of the last speaker's turn)
        assert tei_words(result.tree) == source_words(text)
        assert validate_result(result) == []


def test_a_name_and_its_office_side_by_side_on_one_line_are_one_signatory():
    """"A. Heseltine   Chairman        J. W. Pickles   Sec.": two signatories, each a name and the office beside it
    (the line had been a paragraph)."""
    result = tei.encode(BRANCH, name="branch.txt")
    assert signed(result) == [("A. Heseltine Chairman", "A. Heseltine"), ("J. W. Pickles Sec.", "J. W. Pickles")]
    assert body(result)[-1] == "closer"
    assert tei_words(result.tree) == source_words(BRANCH)  # (one line: its words in their order)
    assert validate_result(result) == []
    # Not in the middle of a record: the next meeting's minutes after them.
    middle = BRANCH + "\nMinutes of Summoned Meeting held Tuesday, October 21st, 1924.\n\nMeeting closed 9.15 p.m.\n"
    assert tei.encode(middle, name="branch.txt").tree.find(".//t:closer", NS) is None


def test_columns_that_are_no_signatories_stay_as_they_were():
    """A vote's count, names in columns with no office, lines whose columns do not align, at a record's end: no
    closer (and the signatures beside them are one, as a check that the case is read at all)."""
    head = "The meeting closed at 9.40 p.m.\n\n"
    for last in ("Ayes          12\nNoes           4\n",
                 "Ainsley, William       Hale, Leslie\nBacon, Miss Alice      Hamilton, W. W.\n",
                 "IL PRESIDENTE                          IL SEGRETARIO COMUNALE\n"
                 "f.to Bortolussi                 f.to dott. Zanin\n",
                 "Mary Brown          John Smith\nwent home           stayed\n"):
        result = tei.encode(head + last, name="x.txt")
        assert result.tree.find(".//t:closer", NS) is None, last
        assert tei_words(result.tree) == source_words(head + last)
    result = tei.encode(head + "Mary Brown   Treasurer          John Smith   Secretary\n", name="x.txt")
    assert signed(result) == [("Mary Brown Treasurer", "Mary Brown"), ("John Smith Secretary", "John Smith")]


STACKED = ("PRESIDENT: The court will be closed.\n\nDEFENSE COUNSEL: No objection.\n\n"
           "PRESIDENT: The court is closed.\n\n"
           "I certify that the foregoing is a true and complete record of the\nproceedings.\n\n"
           "                                    FRANCIS L. MURDOCH\n"
           "                                    Major, Infantry\n"
           "                                    Trial Judge Advocate\n\n"
           "                                    EDWIN P. RANDALL\n"
           "                                    Colonel, Infantry\n"
           "                                    President\n")


def test_two_signatories_one_under_the_other_under_a_certificate_close_the_record():
    """A court-martial's certificate and its judge advocate's and president's names, ranks and offices, a block each:
    they had been paragraphs of the last speaker's turn."""
    result = tei.encode(STACKED, name="court-martial.txt")
    assert signed(result) == [("FRANCIS L. MURDOCH Major, Infantry Trial Judge Advocate", "FRANCIS L. MURDOCH"),
                              ("EDWIN P. RANDALL Colonel, Infantry President", "EDWIN P. RANDALL")]
    assert body(result) == ["sp(1)", "sp(1)", "sp(1)", "p", "closer"]  # (the certificate the record's)
    ids = [s.get(XML_ID) for s in result.tree.iterfind(".//t:closer/t:signed", NS)]
    assert [result.position(i) for i in ids] == [Position(10, 37), Position(14, 37)]
    assert tei_words(result.tree) == source_words(STACKED)
    assert validate_result(result) == []
    # Not two names without an office, nor a sentence under a name.
    for changed in (STACKED.replace("Major, Infantry\n", "").replace("Trial Judge Advocate\n", "F. L. Murdoch\n"),
                    STACKED.replace("President\n", "He left the court.\n")):
        assert tei.encode(changed, name="court-martial.txt").tree.find(".//t:closer", NS) is None
