"""Lines numbered in the margin (court reporters' 1–25 on each page): lb/@n where each line begins,
page turns where the numbering starts again, a page's printed number as pb/@n kept in fw."""

from __future__ import annotations

import pytest
from words import source_words, tei_line_numbers, tei_words

import tei
from tei.blocks import layout
from tei.ns import local
from tei.render import render_html, render_text
from tei.source import Source
from tei.validation import validate_result

NS = {"t": "http://www.tei-c.org/ns/1.0"}

PAGE_1 = [
    "UNITED STATES DISTRICT COURT", "SOUTHERN DISTRICT OF NEW YORK", "", "UNITED STATES OF AMERICA,", "v.",
    "JOHN DOE, Defendant.", "", "Trial held on March 3, 1954", "", "THE COURT: Be seated, please. Mr. Smith, you may",
    "call your first witness.", "MR. SMITH: Thank you, Your Honor. The Government", "calls Mary Jones.",
    "THE CLERK: Raise your right hand.", "", "MARY JONES, called as a witness, having been duly",
    "sworn, testified as follows:", "DIRECT EXAMINATION", "BY MR. SMITH:", "Q. Good morning, Mrs. Jones.",
    "A. Good morning.", "Q. Where were you on the night of", "January 4?", "A. I was at home with my husband.",
    "Q. Did you see the defendant that night?",
]
PAGE_2 = [
    "A. No, I did not.", "MR. BROWN: Objection, Your Honor.", "THE COURT: Overruled. You may answer.",
    "THE WITNESS: I am sure. I did not see him", "at all that night.", "MR. SMITH: Nothing further.",
    "THE COURT: We will take a recess.", "", "", "",
]


def court(pages: list[list[str]], printed: bool = True, feeds: bool = True, margin: str = "{:>2}   ",
          page: str = "{}") -> str:
    """A court reporter's transcript: each page's number printed at its head (as ``page`` sets it), its lines
    numbered from 1."""
    out = []
    for number, lines in enumerate(pages, 1):
        if number > 1 and feeds:
            out.append("\f")
        if printed:
            out.append(" " * 60 + page.format(number))
        out.extend((margin.format(n) + line).rstrip() for n, line in enumerate(lines, 1))
    return "\n".join(out) + "\n"


def encode(text: str):
    return tei.encode(text, name="court.txt")


@pytest.fixture(scope="module")
def transcript() -> str:
    return court([PAGE_1, PAGE_2])


@pytest.fixture(scope="module")
def result(transcript):
    return encode(transcript)


def test_every_line_number_is_an_lb_in_the_source_order(result):
    assert tei_line_numbers(result.tree) == [str(n) for n in range(1, 26)] + [str(n) for n in range(1, 11)]


def test_the_numbers_are_not_words_of_the_text(result):
    body = result.tree.find(".//t:body", NS)
    assert "".join(body.itertext()).split()[:4] == ["1", "UNITED", "STATES", "DISTRICT"]  # the printed page's
    first = result.tree.find(".//t:body//t:p", NS)
    assert first.text == "UNITED STATES DISTRICT COURT " and first.find("t:lb", NS).get("n") == "2"
    assert first.find("t:lb", NS).tail == "SOUTHERN DISTRICT OF NEW YORK"


def test_the_line_numbers_point_back_at_the_margin(transcript):
    """Each number's span is its digits in the margin: line and column as the editor sees them."""
    source = Source.from_text(transcript)
    margin = layout(source, None, 1).margin
    numbers = sorted(margin.numbers.values(), key=lambda number: number.span.start)
    first = numbers[0]
    assert (first.n, source.position(first.span.start)) == ("1", source.position(source.line_starts[1] + 1))
    assert (first.span.end - first.span.start) == 1
    tenth = next(number for number in numbers if number.n == "10")
    position = source.position(tenth.span.start)
    assert (position.line, position.column) == (11, 1)
    assert transcript[tenth.span.start:tenth.span.end] == "10"


def test_a_speaker_after_the_number_opens_a_turn(result):
    speakers = [sp.findtext("t:speaker", namespaces=NS) for sp in result.tree.iterfind(".//t:sp", NS)]
    assert speakers[:3] == ["THE COURT:", "MR. SMITH:", "THE CLERK:"]
    court_turn = result.tree.find(".//t:sp", NS)
    assert court_turn.get("who") == "#court"
    # Its first line's number stands before the turn; its second line's inside the speech.
    assert court_turn.getprevious().tag.endswith("lb") and court_turn.getprevious().get("n") == "10"
    assert court_turn.find("t:p/t:lb", NS).get("n") == "11"


def test_blank_lines_are_numbered_between_blocks(result):
    record = result.tree.find(".//t:div[@type='record']", NS)
    between = [child.get("n") for child in record if child.tag.endswith("lb")]
    assert between[:5] == ["1", "3", "4", "6", "7"]  # 3 and 7 are blank lines; 1, 4, 6 begin paragraphs


def test_the_printed_page_number_is_the_page_break_and_kept_as_forme_work(result):
    breaks = result.tree.findall(".//t:body//t:pb", NS)
    assert [pb.get("n") for pb in breaks] == ["1", "2"]
    for pb in breaks:
        fw = pb.getnext()
        assert fw.tag.endswith("fw") and fw.get("type") == "pageNum" and fw.text == pb.get("n")


def test_a_page_number_printed_after_page_is_the_page_break_and_kept_whole_as_forme_work():
    """A deposition's "Page 12" above its line 1 had been words of the first paragraph, and the next page's a
    paragraph of its own."""
    text = court([PAGE_1, PAGE_2], feeds=False, page="Page {}")
    result = encode(text)
    breaks = result.tree.findall(".//t:body//t:pb", NS)
    assert [(pb.get("n"), pb.getnext().text) for pb in breaks] == [("1", "Page 1"), ("2", "Page 2")]
    assert tei_words(result.tree) == source_words(text)
    assert "Page" not in "".join(result.tree.find(".//t:body//t:p", NS).itertext())


def test_the_blank_lines_before_a_page_turn_stay_on_their_page():
    text = court([PAGE_1[:20] + ["", ""], PAGE_2[:12]])
    numbers = [(el.tag.split("}")[1], el.get("n")) for el in encode(text).tree.iterfind(".//t:body//*", NS)
               if el.tag.endswith(("}lb", "}pb"))]
    at = numbers.index(("pb", "2"))
    assert numbers[at - 2:at + 2] == [("lb", "21"), ("lb", "22"), ("pb", "2"), ("lb", "1")]


def test_the_page_turns_where_the_numbers_start_again_without_a_form_feed_or_a_printed_number():
    text = court([PAGE_1, PAGE_2, PAGE_2], printed=False, feeds=False)
    breaks = encode(text).tree.findall(".//t:body//t:pb", NS)
    assert [pb.get("n") for pb in breaks] == ["2", "3"]
    assert encode(text).tree.find(".//t:body//t:fw", NS) is None


def test_a_printed_page_number_out_of_sequence_stays_text():
    text = court([PAGE_1, PAGE_2], feeds=False).replace(" " * 60 + "2", " " * 60 + "7")
    result = encode(text)
    assert [pb.get("n") for pb in result.tree.findall(".//t:body//t:pb", NS)] == ["1", "2"]
    assert "7" in tei_words(result.tree) and tei_words(result.tree) == source_words(text)


def test_a_name_run_over_two_lines_keeps_the_second_lines_number_inside_it():
    lines = [""] * 12 + ["The Prime", "Minister said that it was so."] + [""] * 8
    result = encode(court([lines], printed=False))
    speaker = result.tree.find(".//t:sp/t:speaker", NS)
    assert speaker.text == "The Prime " and speaker.find("t:lb", NS).get("n") == "14"
    assert speaker.find("t:lb", NS).tail == "Minister"
    assert tei_line_numbers(result.tree) == [str(n) for n in range(1, 23)]


@pytest.mark.parametrize("margin", ["{:>2}   ", "{} ", "{:>2}\t", "    {:>2}  "])
def test_the_margin_may_be_set_in_any_of_the_ways_reporters_set_it(margin):
    result = encode(court([PAGE_1, PAGE_2], margin=margin))
    assert len(tei_line_numbers(result.tree)) == 35
    assert tei_words(result.tree) == source_words(court([PAGE_1, PAGE_2], margin=margin))


@pytest.mark.parametrize("text", [
    # Numbered paragraphs, numbered lists, figures at the heads of lines: no margin.
    "\n\n".join(f"{n}. The delegation agreed to point {n}." for n in range(1, 30)),
    "\n".join(f"{n} apples were counted on day {n}" for n in range(1, 9)) * 4,
    "\n".join(f"{n} The list goes on" for n in range(1, 16)) + "\n\nAnd then the text goes on without numbers.\n" * 10,
    "\n".join(f"{n % 7 + 3} items in row {n}" for n in range(40)),  # not a sequence from 1
])
def test_a_transcript_not_numbered_in_the_margin_keeps_its_numbers_as_words(text):
    assert layout(Source.from_text(text), None, 1).margin is None
    result = encode(text)
    assert tei_line_numbers(result.tree) == [] and tei_words(result.tree) == source_words(text)


def test_the_header_says_how_numbered_lines_are_encoded(result):
    segmentation = result.tree.find(".//t:editorialDecl/t:segmentation", NS)
    assert "lb/@n" in "".join(segmentation.itertext())
    plain = encode("MR. SMITH: Yes.\n").tree.find(".//t:editorialDecl/t:segmentation", NS)
    assert "lb/@n" not in "".join(plain.itertext())


def test_the_encoding_is_valid(result):
    assert validate_result(result, in_place=True) == []


def test_the_reading_edition_prints_each_number_where_its_line_begins(result):
    html = render_html(result.tree)
    # The first line's number of a turn goes before the speaker's name, printed run in.
    assert '<a class="speaker" href="#sp-court-1"><span class="ln" aria-hidden="true">10</span>THE COURT:</a> ' \
           'Be seated' in html
    assert 'you may <span class="ln" aria-hidden="true">11</span>call' in html
    assert html.count('<span class="ln"') == 35 - 7  # not a blank line's number
    assert 'class="tei-fw"' not in html and "[p. 2]" in html  # the page number once, at the page turn


def test_the_diplomatic_text_prints_every_number_and_the_reading_text_none(result):
    diplomatic = render_text(result.tree, diplomatic=True)
    reading = render_text(result.tree)
    assert "you may 11 call your first" in " ".join(diplomatic.split())
    assert "you may call your first" in " ".join(reading.split())
    numbers = [word for word in diplomatic.split() if word.isdigit()]
    assert numbers[:6] == ["1", "1", "2", "3", "4", "5"]  # the printed page number, then its lines


def test_a_numbered_lines_number_stands_between_list_items_before_the_label():
    lines = [""] * 10 + ["The Soviet side proposes:", "1/ an armistice now;", "2/ talks after it."] + [""] * 8
    listing = encode(court([lines], printed=False)).tree.find(".//t:list[@type='ordered']", NS)
    assert [(child.tag.split("}")[1], child.get("n")) for child in listing] == [
        ("label", None), ("item", "1"), ("lb", "13"), ("label", None), ("item", "2")]


def test_a_paragraph_running_on_over_the_page_has_the_turn_and_the_number_together():
    page_1 = [""] * 24 + ["STALIN says that the delegation agreed that"]
    page_2 = ["the proposal stands, and more."] + [""] * 10
    p = encode(court([page_1, page_2])).tree.find(".//t:sp/t:p", NS)
    marks = [(child.tag.split("}")[1], child.get("n") or child.text, child.tail) for child in p]
    assert p.text == "says that the delegation agreed that "
    assert marks == [("pb", "2", None), ("fw", "2", None), ("lb", "1", "the proposal stands, and more.")]


def test_a_printed_number_that_would_not_run_on_is_kept_and_the_page_counted():
    """A form feed inside page 1 turned the page already: the page printed "2" is the third (pb/@n must
    increase); what it prints stays, in fw."""
    text = court([PAGE_1, PAGE_2]).replace("\n12   MR. SMITH", "\n\f\n12   MR. SMITH")
    result = encode(text)
    assert [pb.get("n") for pb in result.tree.findall(".//t:body//t:pb", NS)] == ["1", "2", "3"]
    assert [fw.text for fw in result.tree.findall(".//t:body//t:fw", NS)] == ["1", "2"]
    assert validate_result(result, in_place=True) == []


def test_joined_text_finds_the_rules_positions_past_its_milestones():
    """The rules read a unit's text without milestones; a milestone at a position goes with what follows."""
    from tei.inline import Joined
    from tei.model import LineBreak
    from tei.diagnostics import Span

    joined = Joined.of([(0, "ab"), LineBreak("2", Span(3, 4)), LineBreak("3", Span(6, 7)), (8, "cd")])
    assert joined.text == "ab \x00\x00cd" and joined.text.replace("\x00", "") == "ab cd"
    assert [joined.index(i) for i in range(6)] == [0, 1, 2, 3, 6, 7]


@pytest.mark.parametrize("lines", [
    ["STALIN says [", "] no more."],  # empty brackets over a numbered line
    ["The Soviet side proposes:", "1/ an armistice;", "2/ talks."],  # a list's first label after its number
    ["STALIN says yes.", "Recorded by: /A. Vyshinskii/", "[pause]", "[signature] A.V."],  # a closing's lines
    ["MOLOTOV:", "[laughs] quite so."],  # a block that opens with a bracket
])
def test_the_diplomatic_text_gives_every_character_back_in_order(lines):
    """The fuzz's check: a line's number moved to the head of its block, or left before it, never lands
    inside a bracket's sign or after a list's label."""
    text = court([[""] * 9 + lines + [""] * 9], printed=False)
    result = encode(text)
    diplomatic = render_text(result.tree, diplomatic=True)
    assert "".join(diplomatic.split()) == "".join(result.source.text.split())


def test_a_double_spaced_transcript_keeps_its_paragraphs_whole():
    """Reporters double-space their pages: the blank lines without numbers are spacing, not paragraph ends."""
    single = encode(court([PAGE_1, PAGE_2]))
    double = encode(court([PAGE_1, PAGE_2]).replace("\n", "\n\n"))
    assert [p.xpath("string()") for p in double.tree.iterfind(".//t:body//t:p", NS)] == \
           [p.xpath("string()") for p in single.tree.iterfind(".//t:body//t:p", NS)]
    assert tei_line_numbers(double.tree) == tei_line_numbers(single.tree)


def test_a_depositions_numbered_pages_between_an_unnumbered_caption_and_certificate_are_read():
    """A deposition's 25-line pages, "Page 4" over each, between its caption's page and its reporter's certificate
    (no line numbers there): the numbers had been words of the text, every answer and objection in the questions."""
    caption = ["                                                                   Page 1",
               "                 UNITED STATES DISTRICT COURT", "",
               "              VIDEOTAPED DEPOSITION OF MARGARET A. KOWALCZYK", "                     Tuesday, March "
               "10, 2020", "", "     APPEARANCES:", "          For the Plaintiff:  THOMAS R. BIRNBAUM, ESQ.",
               "          For the Defendant:  ANITA V. CHO, ESQ.", ""]
    testimony = ["          MARGARET A. KOWALCZYK, having been first", "duly sworn, was examined and testified as "
                 "follows:", "                DIRECT EXAMINATION", "BY MR. BIRNBAUM:"]
    for k in range(10):
        testimony += [f"     Q.   Question {k + 1}, is that so?", f"     A.   Yes, answer {k + 1}."]
    testimony += ["          MS. CHO:  Objection to form.", "     Q.   Whose signature is it?",
                  "     A.   I believe it's Ray Tierney's.  He was the night", "supervisor at the Chelsea yard.",
                  "          MS. CHO:  Let me just note for the record that", "the witness is reading from her notes.",
                  "     Q.   Is he still employed?", "     A.   Sometime the week after Thanksgiving he left.",
                  "                CROSS-EXAMINATION", "BY MS. CHO:", "     Q.   Did you inspect the pallets?",
                  "     A.   No, I did not.", "     Q.   Did anyone?", "     A.   Not that I know of.",
                  "     Q.   Thank you.", "          MS. CHO:  Nothing further."]
    numbered = [f"{n:>2}   {line}" for n, line in enumerate(testimony[:25], 1)]
    numbered2 = [f"{n:>2}   {line}" for n, line in enumerate(testimony[25:], 1)]
    certificate = ["                                                                   Page 6",
                   "                    CERTIFICATE OF REPORTER",
                   "          I, Linda J. Pruitt, do hereby certify that the foregoing is a true transcript."]
    text = "\n".join([*caption, " " * 67 + "Page 4", *numbered, " " * 67 + "Page 5", *numbered2, *certificate]) + "\n"
    result = encode(text)
    assert tei_line_numbers(result.tree) == [str(n) for n in range(1, 26)] + [str(n) for n in range(1, 16)]
    whos = [sp.get("who") for sp in result.tree.iterfind(".//t:sp", NS)]
    assert whos[:4] == ["#birnbaum", "#margaret-kowalczyk", "#birnbaum", "#margaret-kowalczyk"]
    assert "#cho" in whos and whos.count("#margaret-kowalczyk") == 14
    # (the cross-examination's heading under an answer, with no blank line: its questions are the new examiner's)
    assert whos[-6:] == ["#cho", "#margaret-kowalczyk", "#cho", "#margaret-kowalczyk", "#cho", "#cho"]
    assert "CROSS-EXAMINATION" in "".join(result.tree.findall(".//t:stage", NS)[-1].itertext())
    assert [pb.get("n") for pb in result.tree.iterfind(".//t:pb", NS)] == ["4", "5", "6"]
    assert source_words(text) == tei_words(result.tree)
    assert validate_result(result) == []


@pytest.mark.parametrize("running, kind", [
    ("      GRAND JURY PROCEEDINGS - CONFIDENTIAL - RULE 6(e)", "footer"),
    ("        ACME COURT REPORTERS  (555) 555-0134  Page {}", "footer"),
])
def test_a_numbered_pages_running_foot_no_number_opens_is_forme_work(running, kind):
    """A grand jury's transcript prints its secrecy under each page's numbered lines: it had been a person's turn on
    each page ("GRAND JURY PROCEEDINGS -"), and a reporter's name and telephone words of the last speaker's."""
    pages = [PAGE_1, PAGE_2[:7]]
    lines = court(pages, feeds=False).splitlines()
    at = [k for k, line in enumerate(lines) if line.strip() == "2"][0]  # the second page's printed number
    lines[at:at] = [running.format(1)]
    text = "\n".join(lines) + "\n" + running.format(2) + "\n"
    result = encode(text)
    feet = result.tree.findall(f".//t:body//t:fw[@type='{kind}']", NS)
    assert [fw.text for fw in feet] == [running.format(n).strip() for n in (1, 2)]
    assert local(feet[0].getnext().tag) == "pb" and feet[0].getnext().get("n") == "2"
    assert not any("CONFIDENTIAL" in "".join(p.itertext()) or "ACME" in "".join(p.itertext())
                   for p in result.tree.iterfind(".//t:body//t:p", NS))
    assert [sp.get("who") for sp in result.tree.iterfind(".//t:sp", NS)][-1] == "#court"
    assert tei_words(result.tree) == source_words(text)
    assert validate_result(result) == []
    # (a line printed under one page's numbers only is the record's: a reporter's note, a certificate's first line)
    once = encode("\n".join(lines) + "\n")
    assert once.tree.find(f".//t:body//t:fw[@type='{kind}']", NS) is None


def test_a_numbered_pages_running_head_after_a_form_feed_is_the_pages_head():
    """A reporter's running head over each page's line 1, the pages turned by form feeds: it had been read as the foot
    of the page before (and on the first page, words of its first paragraph)."""
    head = "        SMITH REPORTING SERVICE  (555) 555-0134"
    text = court([PAGE_1, PAGE_2[:7], PAGE_2[:3]], printed=False).replace("\f\n", f"\f\n{head}\n")
    text = f"{head}\n{text}"
    result = encode(text)
    heads = result.tree.findall(".//t:body//t:fw[@type='header']", NS)
    assert [fw.text for fw in heads] == [head.strip()] * 3
    assert result.tree.find(".//t:body//t:fw[@type='footer']", NS) is None
    for fw in heads[1:]:  # (each after its page's turn)
        assert local(fw.getprevious().tag) == "pb"
    assert tei_words(result.tree) == source_words(text)
    assert validate_result(result) == []
