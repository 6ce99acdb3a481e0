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
