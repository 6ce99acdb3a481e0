"""Signatories side by side at a record's end, a column each: a closer with a signed per column."""

from __future__ import annotations

from collections import Counter

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


def test_offices_over_names_side_by_side_are_a_signed_each():
    """"IL PRESIDENTE" over "f.to Bortolussi" beside "IL SEGRETARIO COMUNALE" over "f.to dott. Zanin": one paragraph
    read across the rows had been made of them, which office went with which name lost."""
    result = tei.encode(VERBALE, name="verbale.txt")
    assert signed(result) == [("IL PRESIDENTE f.to Bortolussi", "Bortolussi"),
                              ("IL SEGRETARIO COMUNALE f.to dott. Zanin", "dott. Zanin")]
    assert body(result) == ["head", "p", "p", "closer"]  # ("Letto, approvato e sottoscritto." the record's)
    ids = [s.get(XML_ID) for s in result.tree.iterfind(".//t:closer/t:signed", NS)]
    assert [result.position(i) for i in ids] == [Position(8, 1), Position(8, 40)]
    assert result.position(result.tree.find(".//t:closer", NS).get(XML_ID)) == Position(8, 1)
    assert validate_result(result) == []
    # Every word kept; each signatory's read together, so not in the rows' order.
    assert Counter(tei_words(result.tree)) == Counter(source_words(VERBALE))
    assert render_text(result.tree).rstrip().endswith(
        "IL PRESIDENTE f.to Bortolussi\nIL SEGRETARIO COMUNALE f.to dott. Zanin")
    html = render_html(result.tree)
    assert 'IL SEGRETARIO COMUNALE f.to <a class="persName"' in html


def test_names_over_offices_side_by_side_close_the_record_after_the_last_turn():
    """A German court protocol's judge and clerk, each name over the office, the clerk's office over two lines: they
    had been a paragraph of the last speaker's turn."""
    result = tei.encode(PROTOKOLL, name="protokoll.txt")
    assert signed(result) == [
        ("Dr. Kessler Vorsitzender Richter am Landgericht", "Dr. Kessler"),
        ("Yilmaz Justizbeschäftigte als Urkundsbeamtin der Geschäftsstelle", "Yilmaz")]
    assert body(result) == ["sp(1)"] * 4 + ["closer"]
    ids = [s.get(XML_ID) for s in result.tree.iterfind(".//t:closer/t:signed", NS)]
    assert [result.position(i) for i in ids] == [Position(9, 1), Position(9, 43)]
    assert validate_result(result) == []
    assert Counter(tei_words(result.tree)) == Counter(source_words(PROTOKOLL))
    # Three columns, a French court's offices over the names, with their commas and full stops.
    three = ("La séance est levée.\n\n"
             "Le greffier,            Le Président,            L'assesseur,\n"
             "L. MOUNIER.             LAFFITTE-DUCROS.         P. Aubert.\n")
    result = tei.encode(three, name="pv.txt")
    assert signed(result) == [("Le greffier, L. MOUNIER.", "L. MOUNIER"),
                              ("Le Président, LAFFITTE-DUCROS.", "LAFFITTE-DUCROS"),
                              ("L'assesseur, P. Aubert.", "P. Aubert")]
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
    result = tei.encode(head + "Mary Brown          John Smith\nTreasurer           Secretary\n", name="x.txt")
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
