"""Lists set a line each — under a label, under the sentence naming those present, led by dots to a figure — and
letters copied one after another."""

from __future__ import annotations

import pytest

import tei
from tei.diagnostics import Position
from tei.ns import XML_ID
from tei.render import render_text
from tei.validation import validate_result
from words import source_words, tei_words

NS = {"t": "http://www.tei-c.org/ns/1.0"}


def _text(element) -> str:
    return " ".join("".join(element.itertext()).split())


def _body(result) -> list[str]:
    record = result.tree.find(".//t:div[@type='record']", NS)
    return [child.tag.split("}")[1] for child in record]


def _intact(result, text: str) -> None:
    assert source_words(text) == tei_words(result.tree)
    assert validate_result(result) == []
    squash = lambda s: "".join(s.split())  # noqa: E731
    assert squash(render_text(result.tree, diplomatic=True)) == squash(text)


# -- leader dots

BILLS = ("BILLS.\n\nThe following bills were audited and ordered paid:\n\n"
         "  J. H. Crane & Co., coal ..................... $186.40\n"
         "  Meriden Falls Gas Light Co. .................   22.15\n"
         "  A. B. Tolman, repairs to furnace ............   14.00\n"
         "  E. L. Brigham, salary for January ........... 125.00\n\n"
         "On motion the Board adjourned.\n")


def test_lines_led_by_dots_to_a_figure_are_a_tables_rows():
    """They had been one paragraph: the dots before the figure no column's gap (a gap after a full stop is none)."""
    result = tei.encode(BILLS, name="x.txt")
    assert _body(result) == ["head", "p", "table", "p"]
    rows = [[_text(cell) for cell in row] for row in result.tree.iterfind(".//t:table/t:row", NS)]
    assert rows == [["J. H. Crane & Co., coal .....................", "$186.40"],
                    ["Meriden Falls Gas Light Co. .................", "22.15"],
                    ["A. B. Tolman, repairs to furnace ............", "14.00"],
                    ["E. L. Brigham, salary for January ...........", "125.00"]]
    table = result.tree.find(".//t:table", NS)
    assert result.position(table.get(XML_ID)) == Position(5, 3)
    _intact(result, BILLS)


@pytest.mark.parametrize("text", [
    # one line only; a blank to sign on, no figure; a delegate led to, no figure
    "Total:\n\n  Coal ............ $186.40\n\nThat is all.",
    "Signed: ............ Chairman\nDate: ............ Secretary",
    "Members:\n\nChina ........ Mr. Wu Haitao\nCanada ........ Mr. Whitcombe",
])
def test_dots_without_figures_or_on_one_line_are_no_table(text):
    assert tei.encode(text, name="x.txt").tree.find(".//t:table", NS) is None


# -- a label's lines under it

CONTENTS = ("PROVISIONAL VERBATIM RECORD OF THE FOURTH MEETING\n\n"
            "CONTENTS:\n  Adoption of the agenda\n  Draft Convention on the Measurement of Vessels (continued)\n\n"
            "The CHAIRMAN: I declare open the fourth meeting of the Conference.\n\n"
            "Mr. ROUSSEAU (France): La délégation française accepte le texte.\n")


def test_a_contents_label_over_its_lines_is_a_list_heading_no_section():
    """"CONTENTS:" had headed a section holding every turn, its lines one paragraph."""
    result = tei.encode(CONTENTS, name="x.txt")
    assert _body(result) == ["head", "list", "sp", "sp"]
    listed = result.tree.find(".//t:list", NS)
    assert listed.get("type") == "simple"
    assert [(child.tag.split("}")[1], _text(child)) for child in listed] == [
        ("head", "CONTENTS:"), ("item", "Adoption of the agenda"),
        ("item", "Draft Convention on the Measurement of Vessels (continued)")]
    assert result.position(listed.get(XML_ID)) == Position(3, 1)
    _intact(result, CONTENTS)


DISTRIBUTION = ("MEMORANDUM FOR RECORD\n\nSUBJECT: Forward Stockage of POL\n\n"
                "1. It was agreed that G4-PL would prepare a staff study.\n\n"
                "                                        R. M. DUNLEAVY\n"
                "                                        Colonel, GS\n\n"
                "DISTRIBUTION:\n  DCSLOG (2)\n  QMG (1)\n  DCSOPS, ATTN: G3-Plans (1)\n  File\n")


def test_a_distribution_label_over_its_addressees_is_one_list_no_heading():
    """It had been a field of no value, two paragraphs, and a section headed "DCSOPS, ATTN:"."""
    result = tei.encode(DISTRIBUTION, name="x.txt")
    assert "div" not in _body(result) and not result.tree.findall(".//t:div[@type='section']", NS)
    listed = result.tree.find(".//t:list[@type='simple']", NS)
    assert _text(listed.find("t:head", NS)) == "DISTRIBUTION:"
    assert [_text(item) for item in listed.iterfind("t:item", NS)] == [
        "DCSLOG (2)", "QMG (1)", "DCSOPS, ATTN: G3-Plans (1)", "File"]
    _intact(result, DISTRIBUTION)


@pytest.mark.parametrize("text", [
    # a field's value wrapped under it, cut inside a phrase
    "SUBJECT:\n  Forward Stockage of POL in\n  the Seventh Army Area\n\nText.",
    # lines at the label's margin; one line under it
    "CONTENTS:\nAdoption of the agenda\nDraft Convention\n\nText.",
    "CONTENTS:\n  Adoption of the agenda\n\nText.",
])
def test_a_label_over_no_lines_a_line_each_is_no_simple_list(text):
    assert tei.encode(text, name="x.txt").tree.find(".//t:list[@type='simple']", NS) is None


# -- those present under the sentence naming them

PRESENT = ("MEMORANDUM FOR RECORD\n\n"
           "1. A conference was held in Room 3D-541 on 11 June 1958. Present were:\n\n"
           "     Col. R. M. Dunleavy, G4-PL (Chairman)\n"
           "     Lt. Col. F. T. Abernathy, Quartermaster General's Office\n"
           "     Maj. C. P. Okamura, G3-Plans\n"
           "     Mr. H. J. Lindqvist, Office of the Assistant Secretary of the\n"
           "        Army (Logistics)\n\n"
           "2. Maj. Okamura stated that the objective could not be met.\n")


def test_those_present_indented_under_the_sentence_naming_them_are_a_participants_list():
    """They had been two paragraphs, no one named; the wrapped line is its entry's."""
    result = tei.encode(PRESENT, name="x.txt")
    listed = result.tree.find(".//t:list[@type='participants']", NS)
    assert listed is not None and listed.find("t:head", NS) is None
    items = listed.findall("t:item", NS)
    assert [_text(item) for item in items] == [
        "Col. R. M. Dunleavy, G4-PL (Chairman)", "Lt. Col. F. T. Abernathy, Quartermaster General's Office",
        "Maj. C. P. Okamura, G3-Plans",
        "Mr. H. J. Lindqvist, Office of the Assistant Secretary of the Army (Logistics)"]
    assert [[name.get("ref") for name in item.iterfind("t:persName", NS)] for item in items] == [
        ["#dunleavy"], ["#abernathy"], ["#okamura"], ["#lindqvist"]]
    assert result.tree.find(".//t:sp", NS).get("who") == "#okamura"
    assert result.position(listed.get(XML_ID)) == Position(5, 6)
    _intact(result, PRESENT)


def test_indented_lines_under_a_sentence_naming_no_one_present_stay_paragraphs():
    text = PRESENT.replace("Present were:", "The following points were raised:")
    assert tei.encode(text, name="x.txt").tree.find(".//t:list[@type='participants']", NS) is None


def test_labels_alone_over_speech_in_a_record_of_no_blank_lines_are_each_read_once():
    """A speaker's label alone on its line over its speech, a record with no blank line: each label had had the rest of
    the record read under it (2,000 labels took 5.5 s, 4,000 22.7 s). Counted, not timed: the lines read grow as the
    record does."""
    import tei.parser as parser

    counts = []
    for n in (200, 400):
        text = "Notes  of the hearing\n" + "".join(f"MR. SMITH{i % 7}:\nWhere were you on night {i}?\n" for i in range(n))
        seen = []
        original = parser._indent
        parser._indent = lambda text, offset: seen.append(offset) or original(text, offset)
        try:
            tei.encode(text, name="x.txt")
        finally:
            parser._indent = original
        counts.append(len(seen))
    assert counts[1] <= 2.2 * counts[0]
