"""A page's running head or foot that shows itself for what it is, on one page too: between rules across the page
in a speech's middle, a document's symbol over its page's number, a page's foot over a rule; and a printed paper's
running heads that print the page's number at their outer edge. Each had been words of the text."""

from __future__ import annotations

from words import source_words, tei_words

import tei
from tei.validation import validate_result

NS = {"t": "http://www.tei-c.org/ns/1.0"}
RULE = "_" * 72


def body_marks(result) -> list[tuple[str, str | None, str | None]]:
    """The body's page turns and furniture in order: (element, @n or @type, text)."""
    body = result.tree.find(".//t:body", NS)
    return [(el.tag.rpartition("}")[2], el.get("n") or el.get("type"), el.text)
            for el in body.iter("{*}pb", "{*}fw")]


def paragraphs(result) -> list[str]:
    return ["".join(p.itertext()) for p in result.tree.iterfind(".//t:body//t:p", NS)]


def checked(text: str):
    result = tei.encode(text)
    assert source_words(text) == tei_words(result.tree)
    assert validate_result(result) == []
    return result


# ------------------------------------------------------------------ a printed paper's numbered running heads

BLUE_BOOK = """4501. (Chairman.) You are the foreman?-I am.

4502. How many men do you take on?-Two hundred.

\f212                    ROYAL COMMISSION ON DOCK LABOUR:

14 March 1893.]          Mr. OAKES.          [Continued.

4503. What are the wages?-Fivepence an hour by day.

4504. Are they paid daily?-At the end of each job.

\f                       MINUTES OF EVIDENCE.                      213

14 March 1893.]          Mr. OAKES.          [Continued.

4505. Anything to add?-No, my Lord.
"""


def test_running_heads_that_print_the_page_number_at_their_outer_edge_are_forme_work_numbering_the_pages():
    """They had headed sections, and the pages been numbered 2 and 3."""
    result = tei.encode(BLUE_BOOK)
    assert source_words(BLUE_BOOK) == tei_words(result.tree)
    assert validate_result(result) == []
    assert body_marks(result) == [
        ("pb", "212", None), ("fw", "header", "212                    ROYAL COMMISSION ON DOCK LABOUR:"),
        ("pb", "213", None), ("fw", "header", "MINUTES OF EVIDENCE.                      213")]
    assert result.tree.find(".//t:head", NS) is None


def test_a_number_at_the_edge_of_a_pages_first_line_once_is_no_running_head():
    once = BLUE_BOOK.replace("MINUTES OF EVIDENCE.                      213", "MINUTES OF EVIDENCE.")
    assert ("fw", "header", "212                    ROYAL COMMISSION ON DOCK LABOUR:") not in body_marks(tei.encode(once))
