"""A page's running head or foot that shows itself for what it is, on one page too: between rules across the page
in a speech's middle, a document's symbol over its page's number, a page's foot over a rule; and a printed paper's
running heads that print the page's number at their outer edge. Each had been words of the text."""

from __future__ import annotations

from words import source_words, tei_words

import tei
from tei.blocks import layout
from tei.source import Source
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


# ------------------------------------------------------------------ a page's head between rules

VERBATIM = f"""1. The PRESIDENT: I invite the representative of Zambia to speak.

2. Mr. KAPWEPWE (Zambia): Mr. President, on 2 August, aircraft coming
from the south crossed our frontier near Livingstone and dropped
{RULE}
2                    Security Council - Twenty-first Year
{RULE}
leaflets over three villages.

3. The PRESIDENT: I thank the representative of Zambia.
"""


def test_a_page_head_between_rules_in_a_speech_turns_the_page_and_the_sentence_runs_on():
    """It had been words of the speech's paragraph: "dropped ____ 2 Security Council - Twenty-first Year ____
    leaflets"."""
    result = checked(VERBATIM)
    assert body_marks(result) == [
        ("pb", "2", None), ("fw", "header", RULE),
        ("fw", "header", "2                    Security Council - Twenty-first Year"), ("fw", "header", RULE)]
    speech = result.tree.find(".//t:sp[@n='2']", NS)
    assert [p.text for p in speech.iterfind("t:p", NS)] == [
        "Mr. President, on 2 August, aircraft coming from the south crossed our frontier near Livingstone and "
        "dropped "]
    assert paragraphs(result)[1].endswith("dropped " + RULE + "2                    Security Council - "
                                          "Twenty-first Year" + RULE + "leaflets over three villages.")
    assert [sp.get("who") for sp in result.tree.iterfind(".//t:sp", NS)] == ["#president", "#kapwepwe", "#president"]


def test_the_ruled_heads_positions_are_its_lines_and_its_number_is_the_page_turns():
    furniture = layout(Source.from_text(VERBATIM), None, 1).furniture
    found = sorted((mark.span.start, mark.span.end, mark.kind, mark.n, head)
                   for _, (mark, head) in furniture.lines.items())
    head = "2                    Security Council - Twenty-first Year"
    first = VERBATIM.index(RULE)
    assert found == [(first, first + 72, "header", None, True),
                     (VERBATIM.index(head), VERBATIM.index(head) + len(head), "header", "2", True),
                     (VERBATIM.rindex(RULE), VERBATIM.rindex(RULE) + 72, "header", None, True)]
    where = Source.from_text(VERBATIM).position(VERBATIM.index(head))
    assert (where.line, where.column) == (6, 1)
    assert furniture.numbers == {1: "2"}


def test_a_page_head_under_a_rule_or_over_one_turns_the_page_too():
    text = ("The PRESIDENT: I open the meeting and\n"
            "3       Security Council - Twenty-first Year\n"
            "____________________\n"
            "give the floor to the representative of Zambia.\n")
    result = checked(text)
    assert body_marks(result) == [("pb", "3", None),
                                  ("fw", "header", "3       Security Council - Twenty-first Year"),
                                  ("fw", "header", "____________________")]


def test_a_total_between_rules_and_a_table_under_a_rule_stay_text():
    """A table's total is no page's head: one word by its figure, or figures in columns around it."""
    prose = ("The treasurer reported the sums below and\n--------------------\nTotal          27\n"
             "====================\nthe report was adopted.\n")
    table = ("The treasurer reported:\n\nRent           12\nRates          15\n--------------------\n"
             "Total carried forward          27\n====================\n\nThe report was adopted.\n")
    for text in (prose, table):
        result = checked(text)
        assert body_marks(result) == []


def test_rules_around_a_line_with_no_page_number_and_at_the_transcripts_head_stay_text():
    signature = "The meeting closed.\n\n______________________\nJohn Smith, Chairman\n"
    first = f"{RULE}\n1      Security Council - Twenty-first Year\n{RULE}\n\nThe PRESIDENT: I open the meeting.\n"
    for text in (signature, first):
        assert body_marks(checked(text)) == []


# ------------------------------------------------------------------ a page's foot over a rule

MINUTES = """MINUTES OF A MEETING OF THE BOARD OF DIRECTORS

23/47  Fleet replacement programme
       TW presented paper B/23/12 proposing the replacement of 38 units.

                                                          Page 1 of 2
-----------------------------------------------------------------------
NORTHGATE LOGISTICS PLC - Board minutes 17.05.23     CONFIDENTIAL

23/48  Hallam Cold Store lease
       JS reported that heads of terms had been agreed.

                                                          Page 2 of 2
"""


def test_a_page_foot_over_a_rule_and_the_next_pages_head_under_it_are_forme_work():
    """They had been one paragraph: "Page 1 of 2 ------ NORTHGATE LOGISTICS PLC - Board minutes …"."""
    result = checked(MINUTES)
    assert body_marks(result) == [
        ("fw", "pageNum", "Page 1 of 2"), ("pb", "2", None), ("fw", "header", "-" * 71),
        ("fw", "header", "NORTHGATE LOGISTICS PLC - Board minutes 17.05.23     CONFIDENTIAL"),
        ("fw", "pageNum", "Page 2 of 2")]
    assert not any("Page" in p or "NORTHGATE" in p for p in paragraphs(result))


def test_a_page_foot_over_a_rule_at_the_transcripts_end_is_its_last_pages_foot():
    text = "MR. A: Hello there.\n\nMR. B: Goodbye now.\n\nPage 1 of 1\n----------------\n"
    assert body_marks(checked(text)) == [("fw", "pageNum", "Page 1 of 1"), ("fw", "footer", "-" * 16)]


# ------------------------------------------------------------------ a document's symbol over its page's number

SYMBOL = """Mr. ROUSSEAU (France): La délégation française accepte le texte revisé.

Mr. KOVÁCS (Hungary): The Hungarian delegation has no objection.

                                                    E/CONF.41/SR.4
                                                    page 2

The CHAIRMAN: The reservation will be recorded in the report.

Mr. ROUSSEAU (France): Je me permets de rappeler le texte français.

                                                    E/CONF.41/SR.4
                                                    page 3

The CHAIRMAN: La séance est levée.
"""


def test_a_documents_symbol_over_its_page_number_is_the_pages_head():
    """It had been a paragraph of the last speaker's turn: "E/CONF.41/SR.4 page 2"."""
    result = checked(SYMBOL)
    assert body_marks(result) == [
        ("pb", "2", None), ("fw", "header", "E/CONF.41/SR.4"), ("fw", "pageNum", "page 2"),
        ("pb", "3", None), ("fw", "header", "E/CONF.41/SR.4"), ("fw", "pageNum", "page 3")]
    assert not any("E/CONF" in p for p in paragraphs(result))
    assert [sp.get("who") for sp in result.tree.iterfind(".//t:sp", NS)] == [
        "#rousseau", "#kovacs", "#chairman", "#rousseau", "#chairman"]


def test_a_symbol_over_its_page_number_once_is_the_pages_head_where_it_is_set_at_the_right():
    once = SYMBOL[:SYMBOL.index("Mr. ROUSSEAU (France): Je")]
    assert body_marks(checked(once))[:3] == [
        ("pb", "2", None), ("fw", "header", "E/CONF.41/SR.4"), ("fw", "pageNum", "page 2")]
    # At the margin, once, it may be the text's: it stays so.
    at_the_margin = once.replace(" " * 52, "")
    assert body_marks(checked(at_the_margin)) == []


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
    """They had headed sections, and the pages been numbered 2 and 3. The second line under each, the day and the
    witness ("14 March 1893.]   Mr. OAKES.   [Continued."), is the head's too (it had been the witness's words)."""
    result = tei.encode(BLUE_BOOK)
    assert source_words(BLUE_BOOK) == tei_words(result.tree)
    assert validate_result(result) == []
    second = ("fw", "header", "14 March 1893.]          Mr. OAKES.          [Continued.")
    assert body_marks(result) == [
        ("pb", "212", None), ("fw", "header", "212                    ROYAL COMMISSION ON DOCK LABOUR:"), second,
        ("pb", "213", None), ("fw", "header", "MINUTES OF EVIDENCE.                      213"), second]
    assert result.tree.find(".//t:head", NS) is None


def test_a_number_at_the_edge_of_a_pages_first_line_once_is_no_running_head():
    once = BLUE_BOOK.replace("MINUTES OF EVIDENCE.                      213", "MINUTES OF EVIDENCE.")
    assert ("fw", "header", "212                    ROYAL COMMISSION ON DOCK LABOUR:") not in body_marks(tei.encode(once))
