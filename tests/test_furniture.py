"""A paged transcript's furniture — running heads and feet, page numbers — kept in fw where it stands, never
read as text: a classification stamped on each page was a section heading, a page's number a paragraph of the
last speaker, a running head glued to the speaker's name below it."""

from __future__ import annotations

import pytest
from words import source_words, tei_words

import tei
from tei.blocks import layout
from tei.render import render_html, render_text
from tei.source import Source
from tei.ns import local
from tei.validation import validate_result

NS = {"t": "http://www.tei-c.org/ns/1.0"}

PAGES = [
    ["STALIN says that the delegation should consider the question of the prisoners of war",
     "carefully, since the negotiations have reached a point where nothing is settled.",
     "",
     "ZHOU ENLAI answers that the Chinese government agrees with this view and will instruct",
     "its delegation accordingly."],
    ["STALIN asks whether the question of credit was raised at the last session of the",
     "commission, and what the delegation said."],
    ["ZHOU ENLAI replies that it was raised, and that the commission will decide on it at",
     "its next session in October."],
    ["MOLOTOV adds that the Soviet delegation will support the proposal.",
     "",
     "STALIN agrees."],
]


def paged(pages: list[list[str]], head: str | None = "TOP SECRET", foot: str | None = "- {n} -",
          between: str = "\n\n\n\n", gap: str = "\n\n") -> str:
    """Pages with a running head above the text and a foot below it ({n}: the page's number)."""
    out = []
    for n, lines in enumerate(pages, 1):
        parts = []
        if head is not None:
            parts.append(head.format(n=n))
        parts.append("\n".join(lines))
        if foot is not None:
            parts.append(foot.format(n=n))
        out.append(gap.join(parts))
    return between.join(out) + "\n"


def body_marks(result) -> list[tuple[str, str | None, str | None]]:
    """The body's page turns and furniture in order: (element, @n or @type, text)."""
    body = result.tree.find(".//t:body", NS)
    return [(el.tag.rpartition("}")[2], el.get("n") or el.get("type"), el.text)
            for el in body.iter("{*}pb", "{*}fw")]


def test_a_running_head_and_a_page_number_on_every_page_are_forme_work_where_they_stand():
    result = tei.encode(paged(PAGES))
    assert body_marks(result) == [
        ("fw", "header", "TOP SECRET"), ("fw", "pageNum", "- 1 -"), ("pb", "2", None),
        ("fw", "header", "TOP SECRET"), ("fw", "pageNum", "- 2 -"), ("pb", "3", None),
        ("fw", "header", "TOP SECRET"), ("fw", "pageNum", "- 3 -"), ("pb", "4", None),
        ("fw", "header", "TOP SECRET"), ("fw", "pageNum", "- 4 -")]
    # Not a section heading each page, not a paragraph of whoever spoke last.
    assert result.tree.find(".//t:head", NS) is None and result.tree.find(".//t:opener", NS) is None
    assert [p.text for p in result.tree.iterfind(".//t:p", NS) if p.text.startswith(("-", "TOP"))] == []
    assert [sp.get("who") for sp in result.tree.iterfind(".//t:sp", NS)] == [
        "#stalin", "#zhou-enlai", "#stalin", "#zhou-enlai", "#molotov", "#stalin"]


def test_a_running_head_glued_to_the_first_line_and_a_foot_to_the_last_are_taken_off_them():
    """Form feeds between pages and no blank line around the furniture: the running head was read as the
    first words of STALIN's turn, so the turn was lost; the page's number ran into the last paragraph."""
    text = paged(PAGES, head="Wilson Center Digital Archive          Original Scan", foot="Page {n} of 4",
                 between="\f", gap="\n")
    result = tei.encode(text)
    assert [mark for mark in body_marks(result) if mark[0] == "fw"][:2] == [
        ("fw", "header", "Wilson Center Digital Archive          Original Scan"), ("fw", "pageNum", "Page 1 of 4")]
    assert [sp.find("t:speaker", NS).text for sp in result.tree.iterfind(".//t:sp", NS)] == [
        "STALIN", "ZHOU ENLAI", "STALIN", "ZHOU ENLAI", "MOLOTOV", "STALIN"]
    assert [n for kind, n, _ in body_marks(result) if kind == "pb"] == ["2", "3", "4"]
    last = result.tree.findall(".//t:sp/t:p", NS)[1]
    assert "".join(last.itertext()).endswith("accordingly.")


def test_a_sentence_that_runs_on_across_the_page_keeps_the_foot_the_turn_and_the_head_inside_it_in_order():
    pages = [["STALIN says that the delegation should consider the question of the prisoners of",
              "war carefully, since the negotiations have reached a point where the"],
             ["proposal of the other side will be discussed at the next session.", "",
              "ZHOU ENLAI agrees with this view entirely and says so again."],
             ["STALIN says that this is good.", "", "ZHOU ENLAI thanks him."]]
    result = tei.encode(paged(pages, head="SECRET"))
    first = result.tree.find(".//t:sp/t:p", NS)
    assert [(el.tag.rpartition("}")[2], el.text or el.get("n")) for el in first] == [
        ("fw", "- 1 -"), ("pb", "2"), ("fw", "SECRET")]
    assert first.text.endswith("a point where the ") and first[-1].tail == (
        "proposal of the other side will be discussed at the next session.")
    # The diplomatic text sets them off from the words on both sides, as they stood on lines of their own.
    assert "where the - 1 - SECRET proposal" in " ".join(render_text(result.tree, diplomatic=True).split())


def test_page_numbers_at_the_head_are_the_page_turns_numbers_and_the_first_page_may_print_none():
    text = paged(PAGES, head="{n}", foot=None).replace("1\n\n", "", 1)
    result = tei.encode(text)
    assert body_marks(result) == [("pb", "2", None), ("fw", "pageNum", "2"), ("pb", "3", None),
                                  ("fw", "pageNum", "3"), ("pb", "4", None), ("fw", "pageNum", "4")]


def test_a_pages_printed_number_is_its_page_turns_number_where_the_count_would_differ():
    """An excerpt: its pages print 41–44; the turns are numbered as printed, not counted from the sidecar's
    first page."""
    result = tei.encode(paged(PAGES, head=None, foot="{n}").replace("\n1\n", "\n41\n").replace(
        "\n2\n", "\n42\n").replace("\n3\n", "\n43\n").replace("\n4\n", "\n44\n"))
    assert [n for kind, n, _ in body_marks(result) if kind == "pb"] == ["42", "43", "44"]
    assert [text for kind, _, text in body_marks(result) if kind == "fw"] == ["41", "42", "43", "44"]


@pytest.mark.parametrize("foot", ["{n}0", "7", "{n})", "({n}"])
def test_numbers_at_the_pages_foot_that_do_not_run_on_as_the_pages_do_are_text(foot):
    """10, 20, 30: a figure, not a page's number (numbers stepping by more than twice the pages); 7, 7, 7: one
    too; "1)", "2)": a list's labels, as a bracket opened and not closed is no page's number."""
    result = tei.encode(paged(PAGES, head=None, foot=foot))
    assert [mark for mark in body_marks(result) if mark[0] == "fw"] == []
    assert result.tree.find(".//t:teiHeader//t:segmentation", NS).xpath("count(t:p)", namespaces=NS) == 1


MORE = [["STALIN says that it is late."], ["ZHOU ENLAI agrees, and thanks him."], ["MOLOTOV says nothing more."]]


@pytest.mark.parametrize("pages", [
    # Three pages of seven: fewer than half.
    [["SECRET", *PAGES[0]], ["SECRET", *PAGES[1]], ["SECRET", *PAGES[2]], PAGES[3], *MORE],
    # Two pages of three: half, but fewer than three and not every page.
    [["SECRET", *PAGES[0]], ["SECRET", *PAGES[1]], PAGES[2]],
], ids=["three-of-seven", "two-of-three"])
def test_a_line_repeated_at_the_head_of_too_few_pages_is_text(pages):
    text = paged(pages, head=None, foot=None, between="\f")
    assert layout(Source.from_text(text), None, 1).page_turns() == len(pages) - 1
    assert tei.encode(text).tree.find(".//t:fw", NS) is None


def test_a_running_head_of_two_lines_is_furniture_both():
    result = tei.encode(paged(PAGES, head="Wilson Center Digital Archive\nOriginal Scan", foot=None, gap="\n",
                              between="\f"))
    assert [text for kind, _, text in body_marks(result) if kind == "fw"][:2] == [
        "Wilson Center Digital Archive", "Original Scan"]
    assert result.tree.find(".//t:sp/t:speaker", NS).text == "STALIN"


def test_a_running_line_that_prints_the_pages_number_numbers_the_page_turns():
    result = tei.encode(paged(PAGES, head="Foreign Relations, 1952, page {n}", foot=None).replace(
        "page ", "page 4"))
    assert [n for kind, n, _ in body_marks(result) if kind == "pb"] == ["42", "43", "44"]
    assert [n for kind, n, _ in body_marks(result) if kind == "fw"] == ["header"] * 4


def test_a_speakers_label_above_the_speech_at_the_head_of_every_page_is_never_furniture():
    pages = [["INTERVIEWER:", "Where were you born, and when did you come here?"],
             ["INTERVIEWER:", "What did your father do for a living in those years?"],
             ["INTERVIEWER:", "And your mother, did she work as well at that time?"]]
    result = tei.encode(paged(pages, head=None, foot=None))
    assert result.tree.find(".//t:fw", NS) is None


def test_one_page_prints_no_furniture_and_pages_of_one_repeated_line_are_text():
    one = tei.encode(paged(PAGES[:1]))
    assert one.tree.find(".//t:fw", NS) is None
    lines = "\n\f\n".join(f"this runs on to page {n} and" for n in range(6))
    runs_on = tei.encode("STALIN says that " + lines + " ends.")
    assert runs_on.tree.find(".//t:fw", NS) is None and len(runs_on.tree.findall(".//t:pb", NS)) == 5


def test_a_pages_number_between_dashes_heading_a_block_is_a_page_turn_on_one_page_too():
    """A typescript's "- 2 -" at the head of its second page, with no run of blank lines nor a form feed: it had been
    a paragraph of the speaker's turn, cutting the sentence that runs on across the page in two."""
    text = ("RECORD OF A CONVERSATION\n\nMr. Gromyko replied that the Soviet side shared this hope, but that\n"
            "the question of Berlin\n\n- 2 -\n\nremained open.\n\nThe Prime Minister said that he would write.\n")
    result = tei.encode(text, name="x.txt")
    p = result.tree.find(".//t:sp/t:p", NS)
    assert [(child.tag.split("}")[1], child.get("n"), child.text) for child in p] == [
        ("pb", "2", None), ("fw", None, "- 2 -")]
    assert "the question of Berlin [p. 2] remained open." in " ".join(render_text(result.tree).split())
    assert tei_words(result.tree) == source_words(text)
    # At the record's end, or beside a page turn read from blank lines, it is a page's foot or head as before.
    assert layout(Source.from_text(text + "\n- 3 -\n"), None, 1).page_turns() == 1
    assert layout(Source.from_text(text.replace("\n\n- 2 -", "\n\n\n\n- 2 -")), 2, 1).page_turns() == 1
    # Numbers that do not run on past the first page, and a sum's dashes, are text.
    for other in ("- 1 -", "-- 2", "-- 1 --", "2 --"):
        assert tei.encode(text.replace("- 2 -", other), name="x.txt").tree.find(".//t:pb", NS) is None


def test_a_page_of_furniture_alone_is_a_page_turn_read_from_too_many_blank_lines():
    """A running head followed by two blank lines (one more than the paragraphs' gap) read as a page of its
    own: the page turns once there, as printed."""
    text = paged(PAGES).replace("TOP SECRET\n\nSTALIN asks", "TOP SECRET\n\n\nSTALIN asks")
    assert layout(Source.from_text(paged(PAGES).replace("TOP SECRET\n\nSTALIN asks", "TOP SECRET\n\n\n\nSTALIN asks")),
                  None, 1).page_turns() == 3
    result = tei.encode(text)
    assert [n for kind, n, _ in body_marks(result) if kind == "pb"] == ["2", "3", "4"]


def test_the_furnitures_positions_are_its_lines_in_the_transcript():
    text = paged(PAGES)
    furniture = layout(Source.from_text(text), None, 1).furniture
    found = sorted((offset, mark.kind, mark.text, mark.span.start, mark.span.end, head)
                   for offset, (mark, head) in furniture.lines.items())
    expected = [(text.index(printed), kind, printed, text.index(printed), text.index(printed) + len(printed), head)
                for kind, printed, head in [("header", "TOP SECRET", True), ("pageNum", "- 1 -", False)]]
    assert found[:2] == expected and len(found) == 8
    where = Source.from_text(text).position(found[-1][0])
    assert (where.line, where.column) == (text[:text.rindex("- 4 -")].count("\n") + 1, 1)
    assert furniture.numbers == {0: "1", 1: "2", 2: "3", 3: "4"}


def test_nothing_is_lost_and_the_edition_is_valid_under_both_schemas(tei_all):
    result = tei.encode(paged(PAGES, head="CONFIDENTIAL — Ministry of Foreign Affairs, file 12/{n}"))
    assert tei_words(result.tree) == source_words(paged(PAGES, head="CONFIDENTIAL — Ministry of Foreign Affairs, "
                                                                    "file 12/{n}"))
    assert [text for kind, _, text in body_marks(result) if kind == "fw"][0].startswith("CONFIDENTIAL")
    assert validate_result(result) == []
    assert tei_all.validate(result.tree), tei_all.error_log


def test_the_header_says_how_the_furniture_was_read():
    result = tei.encode(paged(PAGES))
    said = result.tree.find(".//t:teiHeader//t:segmentation", NS).xpath("string(t:p[2])", namespaces=NS)
    assert "fw (type pageNum, header or footer)" in said


def test_the_reading_edition_leaves_the_furniture_out_and_the_diplomatic_text_prints_it_where_it_stands():
    result = tei.encode(paged(PAGES))
    html = render_html(result.tree)
    assert "TOP SECRET" not in html.split("<main", 1)[1] and "- 2 -" not in html
    reading = render_text(result.tree)
    assert "TOP SECRET" not in reading and "- 2 -" not in reading
    diplomatic = render_text(result.tree, diplomatic=True)
    assert diplomatic.index("TOP SECRET") < diplomatic.index("STALIN") < diplomatic.index("- 1 -") \
        < diplomatic.index("STALIN asks")


def test_a_page_of_its_furniture_alone_keeps_its_head_before_its_foot():
    """A page that prints its head and its number and nothing else: its head came after its foot (the foot
    was put before the page turn, the head after it, in the one gap left; found by the fuzzer)."""
    pages = paged(PAGES[:2]).split("\n\n\n\n")
    text = "\n\n\n\n".join([pages[0], "TOP SECRET\n\n- 2 -", pages[1].replace("- 2 -", "- 3 -")]) + "\n"
    result = tei.encode(text)
    printed = [text for kind, _, text in body_marks(result) if kind == "fw"]
    assert printed == ["TOP SECRET", "- 1 -", "TOP SECRET", "- 2 -", "TOP SECRET", "- 3 -"]
    assert tei_words(result.tree) == source_words(text)


@pytest.mark.parametrize("text, n, printed", [
    # a transcript that begins on a later page: its one number between dashes is that page's (it had been a
    # paragraph, and the page turn's number 2)
    ("Ruth Ellery: It is not unusual.\n\n- 12 -\n\nQ44 Sunita Rai: What would you do?\n\nRuth Ellery: Three things.\n",
     "12", "- 12 -"),
    # between a typewriter's doubled dashes, between two turns (it had been a paragraph of the turn before it)
    ("Mr Eden said that the proposals were a good basis.\n\nM. Bidault replied that France would hold to them.\n\n"
     "-- 3 --\n\nMr Eden agreed.\n", "3", "-- 3 --"),
    # after its word, under a form feed (a paragraph before)
    ("First entry here.\n\n\fPage 2\n\nSecond entry here.\n", "2", "Page 2"),
    # "p. 2" alone between turns (a paragraph of the turn before it, and no page turn)
    ("Insp: How do governors challenge the school?\n\nHT: We ask questions.\n\np. 2\n\n"
     "Insp: Attendance is 93.1%.\n\nHT: Mostly two families.\n", "2", "p. 2"),
    # in a block's middle, no blank line around it: a dispatch's page turning before an enclosure's heading (they
    # had been one paragraph, "- 2 - ENCLOSURE 1 IN No. 112.", and no page turn)
    ("    4. The envoys have since returned. I do not\nanticipate any renewal of hostilities before the rains.\n"
     "                                - 2 -\n                       ENCLOSURE 1 IN No. 112.\n"
     "    Article 2. The King promises to pay the sum of\n50,000 ounces of gold as indemnity.\n", "2", "- 2 -"),
])
def test_a_pages_number_marked_as_one_turns_the_page_and_is_forme_work_on_one_page_too(text, n, printed):
    result = tei.encode(text, name="x.txt")
    assert body_marks(result) == [("pb", n, None), ("fw", "pageNum", printed)]
    assert not any(printed in "".join(p.itertext()) for p in result.tree.iterfind(".//t:body//t:p", NS))
    assert source_words(text) == tei_words(result.tree)
    if "ENCLOSURE" in text:
        assert [p.text for p in result.tree.iterfind(".//t:body//t:p", NS)][1] == "ENCLOSURE 1 IN No. 112."


def test_a_pages_number_under_a_running_head_after_a_form_feed_is_read_with_the_head_one_page_turn():
    """"\\f SECRET" / "- 2 -": the form feed turns the page and the two lines are its head (a second page turn
    had been made before the number, cut off the head as from a block's middle)."""
    text = ("SECRET\n\n1. The meeting convened at 1030.\n\n2. Mr. Vance asked whether the port could take\nsome of "
            "the load.\n\n\f        SECRET\n            - 2 -\n\n3. Admiral Sharp joined the meeting.\n")
    assert body_marks(tei.encode(text, name="x.txt")) == [
        ("fw", "header", "SECRET"), ("pb", "2", None), ("fw", "header", "SECRET"), ("fw", "pageNum", "- 2 -")]


@pytest.mark.parametrize("catchword", ["MORE", "(MORE)", "- more -", "P.T.O."])
def test_a_catchword_over_the_page_turn_is_the_pages_forme_work(catchword):
    """The White House's "MORE" at a page's foot had headed a section holding every turn after it."""
    text = ("     THE PRESIDENT:  I am not going to give you a number, and I will\nsay why.\n\n"
            f"                                 {catchword}\n\n                              - 2 -\n\n"
            "The reason is plain.\n\n     Q  Mr. President?\n\n     THE PRESIDENT:  Yes.\n\n     Q  Thanks.\n")
    result = tei.encode(text, name="press.txt")
    first = result.tree.find(".//t:sp", NS)
    assert [(local(child.tag), child.get("type")) for child in first][1:] == [
        ("p", None), ("fw", "catch"), ("pb", None), ("fw", "pageNum"), ("p", None)]
    assert first.find("t:fw", NS).text == catchword
    assert result.tree.find(".//t:div[@type='section']", NS) is None
    assert validate_result(result) == []
    # (not a word alone with no page turn after it)
    alone = tei.encode(text.replace("                              - 2 -\n\n", ""), name="press.txt").tree
    assert alone.find(".//t:fw[@type='catch']", NS) is None


@pytest.mark.parametrize("word", ["Sid.", "Seite", "Page", "Strona"])
def test_a_pages_number_after_its_word_in_other_languages_and_with_a_full_stop(word):
    """The Riksdag's "Sid. 23" at a page's head had been a paragraph of the speech above it; so "Page 214." with its
    full stop."""
    stop = "." if word == "Page" else ""
    text = (f"Herr LINDQVIST: Herr talman! Jag yrkar bifall.\n\n{' ' * 57}{word} 23{stop}\n\n"
            "Herr NILSSON: Herr talman! Jag skall fatta mig kort.\n\nHerr LINDQVIST: Jag tackar.\n\n"
            f"{' ' * 57}{word} 24{stop}\n\nHerr NILSSON: Tack.\n")
    result = tei.encode(text, name="riksdag.txt")
    assert [(pb.get("n"), pb.getnext().text) for pb in result.tree.iterfind(".//t:pb", NS)] == [
        ("23", f"{word} 23{stop}"), ("24", f"{word} 24{stop}")]
    assert [sp.get("who") for sp in result.tree.iterfind(".//t:sp", NS)] == ["#lindqvist", "#nilsson"] * 2
    assert validate_result(result) == []
    # (not a footnote's "p. 41." alone on its line: the full stop follows a word's number only)
    assert tei.encode("He said so.\n\nThe reference is to\np. 41.\n\nIt was.\n", name="x.txt").tree.find(
        ".//t:pb", NS) is None


@pytest.mark.parametrize("printed", ["Sid. 23", "Seite 23", "Стр. 23", "- 23 -"])
def test_a_pages_number_after_its_word_in_another_language_turns_the_page_in_a_blocks_middle(printed):
    """The Riksdag's, the Bundestag's, the Duma's page number on its line inside a sentence had been words of the
    sentence ("… nunmehr Sid. 23 vorlägen."), with no page turn."""
    text = (f"Herr MEYER erklärt, dass die Berichte der Kommission nunmehr\n{printed}\nvorlägen. Er bittet um "
            "Aussprache.\n\nHerr SCHULZ fragt, ob sie gedruckt würden.\n")
    result = tei.encode(text, name="protokoll.txt")
    paragraph = result.tree.find(".//t:sp/t:p", NS)
    assert [(local(child.tag), child.get("n") or child.text) for child in paragraph] == [("pb", "23"), ("fw", printed)]
    assert paragraph.text.endswith("nunmehr ") and paragraph[-1].tail.startswith("vorlägen.")
    assert source_words(text) == tei_words(result.tree)
    assert validate_result(result) == []
