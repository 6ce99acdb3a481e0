"""Units, paragraphs and page turns: what blank lines and form feeds mean."""

from __future__ import annotations

import pytest

import tei
from tei.blocks import _infer_threshold
from tei.diagnostics import Position
from tei.render import render_html, render_text
from tei.ns import XML_ID, local
from tei.validation import validate_result
from conftest import pure_python
from words import source_words, tei_words

NS = {"t": "http://www.tei-c.org/ns/1.0"}


def structure(text: str, meta=None) -> list[str]:
    """Top-level body children as tags, turns with their inner tags."""
    result = tei.encode(text, meta, name="x.txt")
    record = result.tree.find(".//t:div[@type='record']", NS)
    out = []
    for child in record:
        tag = child.tag.split("}")[1]
        if tag == "sp":
            tag += "(" + ",".join(c.tag.split("}")[1] for c in child if c.tag.split("}")[1] != "speaker") + ")"
        out.append(tag)
    return out


def test_blank_line_separates_paragraphs_and_a_run_turns_the_page():
    text = "First para.\n\nSecond para.\n\n\n\nThird para.\n\nFourth para."
    assert structure(text) == ["p", "p", "pb", "p", "p"]


def test_form_feed_turns_the_page():
    assert structure("First para.\n\fSecond para.") == ["p", "pb", "p"]
    result = tei.encode("One.\fTwo.\fThree.", name="x")
    assert [pb.get("n") for pb in result.tree.iterfind(".//t:pb", NS)] == ["2", "3"]


def test_paragraph_runs_on_across_a_page_turn():
    result = tei.encode("STALIN says that for the 70th anniversary\n\n\n\n[of his birth]. They came.", name="x")
    p = result.tree.find(".//t:sp/t:p", NS)
    assert p.find("t:pb", NS).get("n") == "2"
    assert p.find("t:supplied", NS).text == "of his birth"


@pure_python
def test_a_paragraph_that_runs_on_across_many_pages_is_merged_once(monkeypatch):
    """Merged a page at a time, a run copied its lines again for each page: a paragraph over 4,000 page
    turns took 4 s, not 0.4 s."""
    from tei.blocks import Unit

    copied = []
    real = Unit.merged

    def merged(unit, *others):
        made = real(unit, *others)
        copied.append(len(made.parts))
        return made

    monkeypatch.setattr(Unit, "merged", merged)
    pages = 60
    text = "STALIN says that " + "\n\f\n".join(f"this runs on to page {n} and" for n in range(pages)) + " ends."
    result = tei.encode(text, name="x")
    p = result.tree.find(".//t:sp/t:p", NS)
    assert len(p.findall("t:pb", NS)) == pages - 1 and "page 59 and ends." in "".join(p.itertext())
    assert copied and sum(copied) <= 2 * (2 * pages)  # each page's line and page turn, copied into a merged unit once


def test_page_turn_between_paragraphs_of_one_speech_stays_in_the_turn():
    text = "STALIN says that it is difficult.\n\n\n\nThey plundered it.\n\nZHOU ENLAI says yes."
    assert structure(text) == ["sp(p,pb,p)", "sp(p)"]


def test_page_turn_between_turns_stands_between_them():
    assert structure("STALIN says one.\n\n\n\nZHOU ENLAI says two.") == ["sp(p)", "pb", "sp(p)"]


def test_threshold_is_inferred_from_the_usual_gap():
    assert _infer_threshold([1, 1, 1, 3, 1]) == 2
    assert _infer_threshold([2, 2, 2, 4]) == 3
    assert _infer_threshold([1]) == 2


def test_double_spaced_transcript_has_no_false_page_turns():
    text = "\n\n\n".join(f"Paragraph {i}." for i in range(6))
    assert "pb" not in structure(text)


def test_sidecar_sets_the_page_break_run_and_first_page():
    from tei.metadata import parse
    meta = parse("[conventions]\npage_break_blank_lines = 4\nfirst_page = 97\n")
    result = tei.encode("One.\n\n\n\nTwo.\n\n\n\n\nThree.", meta, name="x")
    assert [pb.get("n") for pb in result.tree.iterfind(".//t:pb", NS)] == ["98"]


def test_lists_quoted_and_slashed():
    text = ('STALIN says the following:\n\n"1. First.\n\n2. Second."\n\nHe adds:\n\n1/ one;\n\n2/ two.')
    assert structure(text) == ["sp(p,quote,p,list)"]


def test_lettered_points_under_a_colon_are_a_list_and_the_numbers_after_them_are_not_its_items():
    """A memorandum's "a. …" / "b. …" under "He asked that:" were paragraphs; "3. General Cabell said …" after
    them, whose number follows b's place, is the record's next paragraph, not a third item."""
    text = ("1. The meeting opened.\n\n2. MR SMITH said that he asked that:\n\n   a. cables be assembled;\n"
            "   b. files be opened.\n\n3. MR JONES said that it was late.\n")
    result = tei.encode(text, name="x")
    assert structure(text) == ["p", "sp(p,list)", "sp(p)"]
    items = result.tree.findall(".//t:list/t:item", NS)
    assert [(i.get("n"), i.getprevious().text, i.text) for i in items] == [
        ("a", "a.", "cables be assembled;"), ("b", "b.", "files be opened.")]
    assert structure(text.replace("that:", "that")) == ["p", "sp(p,p,p)", "sp(p)"]  # no colon: no list
    assert structure(text.replace("   b.", "   c.")) == ["p", "sp(p,p,p)", "sp(p)"]  # not in order


PARENTHESISED = ("CABINET\n\n1. The Prime Minister said that the Cabinet should consider:\n"
                 "(a) the situation in Berlin;\n"
                 "(b) the proposals of the Soviet Government; and\n(c) the date of the next conference.\n\n"
                 "The Cabinet agreed:\n(i) to invite the Foreign Secretary to circulate a paper; and\n"
                 "(ii) to resume the\ndiscussion next week.\n")


def test_points_numbered_in_parentheses_are_a_lists_items_and_roman_numbers_count_on():
    """British and Commonwealth records number a decision's points "(a)", "(b)", "(i)", "(ii)": they were
    paragraphs, and "(c)" under "(b) …; and" words of the second."""
    result = tei.encode(PARENTHESISED, name="x")
    assert structure(PARENTHESISED) == ["head", "sp(p,list)", "p", "list"]
    lists = result.tree.findall(".//t:list", NS)
    assert [[(item.get("n"), item.getprevious().text, item.text) for item in listed.iterfind("t:item", NS)]
            for listed in lists] == [
        [("a", "(a)", "the situation in Berlin;"), ("b", "(b)", "the proposals of the Soviet Government; and"),
         ("c", "(c)", "the date of the next conference.")],
        [("i", "(i)", "to invite the Foreign Secretary to circulate a paper; and"),
         ("ii", "(ii)", "to resume the discussion next week.")]]
    assert [result.position(listed.get("{http://www.w3.org/XML/1998/namespace}id")) for listed in lists] == [
        Position(4, 1), Position(9, 1)]
    assert validate_result(result) == []
    assert render_text(result.tree, diplomatic=True).split() == PARENTHESISED.split()
    # "(h)" then "(i)": letters; out of order, or one alone: no list.
    assert structure(PARENTHESISED.replace("(a)", "(g)").replace("(b)", "(h)").replace("(c)", "(i)"))[1] == \
        "sp(p,list)"
    assert structure(PARENTHESISED.replace("(b)", "(c)"))[1] == "sp(p,p,p)"
    assert structure(PARENTHESISED.replace("(ii)", "(iii)"))[2:] == ["p", "p"]


HANSARD = ("QUESTIONS WITHOUT NOTICE\n\nEconomy\n\n"
           "Mr DUTTON (Dickson—Leader of the Opposition) (14:01): My question is to the Prime Minister.\n\n"
           "Mr ALBANESE (Grayndler—Prime Minister) (14:02): I thank the Leader of the Opposition.\n\n"
           "Cost of Living\n\nMs LEY (Farrer—Deputy Leader of the Opposition) (14:10): My question is to the "
           "Treasurer.\n\nDr CHALMERS (Rankin—Treasurer) (14:11): I thank the member.\n")


def test_a_parliaments_subjects_above_the_questions_turns_head_their_sections():
    """"Economy" / "Mr DUTTON …", "Cost of Living" / "Ms LEY …", as parliaments' records set a question's subject:
    the second had been words of the Prime Minister's turn, the first a paragraph."""
    result = tei.encode(HANSARD, name="x")
    heads = result.tree.findall(".//t:div[@type='section']/t:head", NS)
    assert [(head.text, result.position(head.get("{http://www.w3.org/XML/1998/namespace}id")).line)
            for head in heads] == [("Economy", 3), ("Cost of Living", 9)]
    assert [len(head.getparent().findall("t:sp", NS)) for head in heads] == [2, 2]
    # Under no topic, each subject's section stands beside the others (the second had been a division of the first).
    assert [head.getparent().getparent().get("type") for head in heads] == ["record", "record"]
    # Under a topic's heading, each subject's section is a division of the topic's.
    nested = tei.encode("DEBATES\n\n" + HANSARD, name="x")
    topic = nested.tree.find(".//t:div[@type='record']/t:div[@type='section']", NS)
    assert topic.findtext("t:head", namespaces=NS) == "QUESTIONS WITHOUT NOTICE"
    assert [(div.findtext("t:head", namespaces=NS), len(div.findall("t:sp", NS)))
            for div in topic.iterfind("t:div[@type='section']", NS)] == [("Economy", 2), ("Cost of Living", 2)]
    assert validate_result(nested) == []
    # One such line alone, or a reply left without its full stop, is no subject.
    assert "Economy" not in [h.text for h in tei.encode(HANSARD.replace("Cost of Living\n\n", ""),
                                                         name="x").tree.iterfind(".//t:head", NS)]
    for first, second in (("Yes", "Right"), ("The talks went on", "The talks ended there")):
        replies = f"Q: Did you see him?\n\n{first}\n\nQ: And then?\n\n{second}\n\nQ: Where?\n\nA: Here.\n\nA: There.\n"
        assert not tei.encode(replies, name="x").tree.findall(".//t:div[@type='section']", NS), first
    # The first line, above a turn, is the record's title, no subject.
    titled = tei.encode("Budget Debate\n\n" + HANSARD.split("Economy\n\n", 1)[1], name="x")
    assert titled.tree.findtext(".//t:titleStmt/t:title", namespaces=NS) == "Budget Debate"
    assert not titled.tree.findall(".//t:div[@type='section']", NS)


COMMONS = ("House of Commons\nWednesday 12 June 2019\n\nOral Answers to Questions\n\nPrime Minister\n\n"
           "The Prime Minister was asked—\n\nEngagements\n\nMr Speaker: Order. Questions to the Prime Minister.\n\n"
           "Jeremy Corbyn (Islington North) (Lab): Will the Prime Minister tell the House?\n\n"
           "The Prime Minister (Theresa May): I refer him to my earlier answer.\n\nClimate Change\n\n"
           "Caroline Lucas (Brighton, Pavilion) (Green): The emergency demands action.\n\n"
           "The Prime Minister: We have set a target.\n")


def test_the_commons_oral_questions_head_the_departments_questions_and_its_note_of_the_department_asked():
    """"Oral Answers to Questions" / "Prime Minister" / "The Prime Minister was asked—", then the questions'
    subjects: the three had been paragraphs. The department heads a section with the note in it (a stage direction),
    beside its questions' subjects, under the topic."""
    result = tei.encode(COMMONS, name="x")
    topic = result.tree.find(".//t:div[@type='record']/t:div[@type='section']", NS)
    assert topic.findtext("t:head", namespaces=NS) == "Oral Answers to Questions"
    assert [(div.findtext("t:head", namespaces=NS), [local(c.tag) for c in div][1:])
            for div in topic.iterfind("t:div", NS)] == [
        ("Prime Minister", ["stage"]), ("Engagements", ["sp", "sp", "sp"]), ("Climate Change", ["sp", "sp"])]
    assert topic.findtext("t:div/t:stage", namespaces=NS) == "The Prime Minister was asked—"
    assert validate_result(result) == []
    # A sentence that says what the Prime Minister was asked is words of the record, under no department.
    asked = tei.encode(COMMONS.replace("was asked—", "was asked about the budget."), name="x")
    assert [h.text for h in asked.tree.iterfind(".//t:div/t:div/t:head", NS)] == ["Engagements", "Climate Change"]


BULLETED = ("MINUTES\n\nMR SMITH said that the points were:\n- wheat deliveries, which\n  were late\n"
            "- the grain price\n\nMR JONES said that he agreed.\n")


def test_lines_opening_with_one_bullet_are_a_lists_items_each_sign_its_label():
    """"- wheat deliveries" / "- the grain price" under "the points were:", no blank line between, were one
    paragraph with the dashes among its words: each line opens an item, its sign the item's label as printed, and
    a line it wraps onto runs on in it."""

    result = tei.encode(BULLETED, name="x")
    listed = result.tree.find(".//t:list", NS)
    assert structure(BULLETED) == ["head", "sp(p,list)", "sp(p)"]
    assert listed.get("type") == "bulleted"
    assert [(item.get("n"), item.getprevious().text, item.text) for item in listed.iterfind("t:item", NS)] == [
        (None, "-", "wheat deliveries, which were late"), (None, "-", "the grain price")]
    assert result.position(listed.get("{http://www.w3.org/XML/1998/namespace}id")) == Position(4, 1)
    assert validate_result(result) == []
    assert render_text(result.tree, diplomatic=True).split() == BULLETED.split()
    page = render_html(result.tree)
    assert '<ul id="list1" class="list labelled">' in page and "<ol id=" not in page
    # A list's items a block each, a sign of its own, or under a colon the one item: a list too.
    for variant in (BULLETED.replace("\n- ", "\n\n• ").replace("  were", "were"),
                    BULLETED.replace("- the grain price\n", ""), BULLETED.replace("- ", "* ")):
        assert structure(variant) == ["head", "sp(p,list)", "sp(p)"], variant


@pytest.mark.parametrize("text, expected", [
    # One line opening with a dash among a paragraph's lines: the sentence's dash.
    ("MR SMITH said that the talks\n- which were long -\nhad ended.\n", ["sp(p)"]),
    # One alone, not under a colon: a paragraph. Two signs: no list of either.
    ("MR SMITH said that the talks had ended.\n\n- and that was all.\n", ["sp(p,p)"]),
    ("MR SMITH said that the points were\n- wheat\n* rice\n", ["sp(p)"]),
    ("MR SMITH said that the points were:\n\n- wheat\n\n* rice\n", ["sp(p,list,p)"]),
    # An em dash opens a line of dialogue, not an item.
    ("Запись беседы\n\n— Согласен.\n— Хорошо.\n", ["p", "p"]),
])
def test_a_dash_that_opens_no_list(text, expected):
    assert structure(text) == expected


def test_a_first_line_naming_the_record_is_its_title_though_it_ends_with_the_date():
    """"Interview with Maria Lopez, 14 March 2021" was a dateline and the record "Untitled record"; a place and a
    date stay the dateline, and so does the record's words after a title."""
    text = "Interview with Maria Lopez, 14 March 2021\n\nQ: Where?\n\nA: Oaxaca.\n\nQ: When?\n\nA: 1948.\n"
    result = tei.encode(text, name="x")
    assert result.tree.findtext(".//t:titleStmt/t:title", namespaces=NS) == "Interview with Maria Lopez, 14 March 2021"
    assert structure(text)[0] == "head"
    assert structure(text.replace("Interview with Maria Lopez", "Oaxaca"))[0] == "opener"
    assert structure("TALKS\n\n" + text)[:2] == ["head", "opener"]


@pytest.mark.parametrize("first, title", [
    ("Visit of the Prime Minister to Moscow, 12 May 1975", True),
    ("VISIT OF THE PRIME MINISTER TO MOSCOW, 12 MAY 1975", True),
    ("Debates of the European Parliament, 3 March 2010", True),
    ("Visite du Président de la République à Moscou, le 12 mai 1975", True),
    ("Visit of the Prime Minister to Moscow on May 12, 1975", True),
    ("Newcastle upon Tyne, 12 May 1975", False),  # a place of few words, small ones among them
    ("Puerto de la Cruz, 12 May 1975", False),
    ("Kuala Lumpur Federal Territory Malaysia, 12 May 1975", False),  # many words, no small ones
    ("Château de la Muette et de son parc, 12 May 1975", False),  # a building's name
    ("Ministry of Foreign Affairs of the USSR, 12 May 1975", False),  # an office's name: where it was written
    ("Office of the Prime Minister, Canberra, 12 May 1975", False),  # the words after the last comma: a place
    ("London, Thursday, 12 May 1975", False),
    ("Dáil Éireann debate - Tuesday, 7 March 2023", True),  # a record's name before the date
    ("Kremlin meeting, 7 March 2023", True),
    ("Untranscripted Hall, 7 March 2023", False),  # (a record's name is a word of its own)
])
def test_a_first_line_of_a_titles_words_before_its_date_is_the_title(first, title):
    """"Visit of the Prime Minister to Moscow, 12 May 1975" was a dateline and the record "Untitled record": only a
    line that opened with a record's name was a title."""
    text = first + "\n\nMR WILSON said that he was glad to be in Moscow.\n\nMR KOSYGIN said that he welcomed him.\n"
    result = tei.encode(text, name="x")
    assert structure(text)[0] == ("head" if title else "opener")
    assert (result.tree.findtext(".//t:titleStmt/t:title", namespaces=NS) == first) is title


@pytest.mark.parametrize("date", ["17. September 1971", "17. září 1971", "4. marts 1960", "4. maaliskuuta 1960"])
def test_a_date_whose_day_has_a_full_stop_is_no_number(date):
    """"17. September 1971" under a German record's title was a paragraph numbered 17 ("September 1971"), and the
    record "Untitled record": a day before its month and year is the dateline's, in a numbered record too."""
    text = f"Gespräch des Bundeskanzlers Brandt mit Breschnew\n\n{date}\n\nBrandt sagte, er sei froh.\n\n" \
           "Breschnew erwiderte, auch er freue sich.\n"
    result = tei.encode(text, name="x")
    assert structure(text)[:2] == ["head", "opener"]
    assert result.tree.findtext(".//t:opener/t:dateline", namespaces=NS) == date
    assert result.tree.findtext(".//t:titleStmt/t:title", namespaces=NS) == (
        "Gespräch des Bundeskanzlers Brandt mit Breschnew")
    numbered = f"MINUTES\n\n1. The first point.\n\n{date}\n\n2. The second point.\n"
    assert [p.get("n") for p in tei.encode(numbered, name="x").tree.iterfind(".//t:body//t:p", NS)] == ["1", None, "2"]


def test_numbered_lines_without_blank_lines_between_are_items_each():
    """"1. Opening" / "2. Approval of minutes" under "The agenda was:", with no blank line between, were one
    paragraph; an item run over two lines is one item; a line opening with the wrong number runs on."""
    text = ("MINUTES\n\nThe agenda was:\n1. Opening of the\nmeeting\n2. Approval of minutes\n3. Any other business\n\n"
            "MR SMITH said that he agreed.\n")
    result = tei.encode(text, name="x")
    assert [(item.get("n"), item.text) for item in result.tree.iterfind(".//t:list/t:item", NS)] == [
        ("1", "Opening of the meeting"), ("2", "Approval of minutes"), ("3", "Any other business")]
    assert structure(text) == ["head", "p", "list", "sp(p)"]
    assert structure(text.replace("3. Any", "4. Any")) == ["head", "p", "list", "sp(p)"]
    assert [item.text for item in tei.encode(text.replace("3. Any", "4. Any"), name="x").tree.iterfind(
        ".//t:list/t:item", NS)] == ["Opening of the meeting", "Approval of minutes 4. Any other business"]


def test_a_second_title_under_the_first_and_the_openings_parts_is_a_head_of_the_record_too(tei_all):
    """"RECORD OF CONVERSATION" / "with …" under "FROM THE JOURNAL OF V.M. MOLOTOV" and "SECRET" was a paragraph
    and the date under it another (a topic's section, the record's, once in capitals); the record's title names
    both. A part of the record in capitals there ("STATEMENT OF …") still heads its section."""
    text = ("FROM THE JOURNAL OF V.M. MOLOTOV\n\nSECRET\n\nRECORD OF CONVERSATION\nwith the Ambassador of the USA, "
            "Mr. Smith\n\n12 March 1950\n\nSmith said that he had come.\n\nMolotov replied that he was listening.\n")
    result = tei.encode(text, name="x")
    record = result.tree.find(".//t:div[@type='record']", NS)
    assert [(child.tag.split("}")[1], " ".join("".join(child.itertext()).split())) for child in record][:4] == [
        ("head", "FROM THE JOURNAL OF V.M. MOLOTOV"), ("opener", "SECRET"),
        ("head", "RECORD OF CONVERSATION with the Ambassador of the USA, Mr. Smith"), ("opener", "12 March 1950")]
    assert result.tree.findtext(".//t:titleStmt/t:title", namespaces=NS) == (
        "FROM THE JOURNAL OF V.M. MOLOTOV — RECORD OF CONVERSATION with the Ambassador of the USA, Mr. Smith")
    assert tei_all.validate(result.tree), str(tei_all.error_log)
    assert validate_result(result) == []
    hearing = text.replace("RECORD OF CONVERSATION\nwith the Ambassador of the USA, Mr. Smith", "STATEMENT OF MR. SMITH")
    assert structure(hearing)[:3] == ["head", "opener", "div"]


def test_the_body_that_met_under_a_cabinet_records_reference_is_a_second_title():
    """"CC (62) 12th Conclusions" / "CABINET": the second line had headed a section holding the whole record."""
    text = ("CC (62) 12th Conclusions\n\nCABINET\n\nCONCLUSIONS of a Meeting of the Cabinet held on Thursday, "
            "15th February, 1962.\n\nThe Prime Minister said that we should not be deflected.\n")
    result = tei.encode(text, name="x.txt")
    assert structure(text) == ["head", "head", "opener", "sp(p)"]  # (the meeting and its date: a dateline)
    # (the title the meeting's, as its sentence names it: the headings above are the series' number and the body)
    assert result.tree.findtext(".//t:titleStmt/t:title", namespaces=NS) == "Conclusions of a Meeting of the Cabinet"
    assert validate_result(result) == []
    # A topic in capitals there still heads a section; so does the body's name with more words on its line.
    assert structure(text.replace("\nCABINET\n", "\nBERLIN\n"))[:2] == ["head", "div"]
    assert structure(text.replace("\nCABINET\n", "\nCABINET CRISIS\n"))[:2] == ["head", "div"]


CONCLUSIONS = ("CABINET\n\nParliament\n1. The Cabinet were informed of the business.\n\n"
               "Berlin\n2. The Foreign Secretary said that the Soviet Government had protested.\n\n"
               "The Prime Minister said that we should not be deflected.\n")


def test_a_short_heading_on_the_line_above_a_numbered_paragraph_heads_its_section():
    """A cabinet's conclusions name each item's subject on the line above its paragraph ("Berlin" / "2. The
    Foreign Secretary said …"): the two were one paragraph, "Berlin 2. The Foreign Secretary …", no turn."""
    result = tei.encode(CONCLUSIONS, name="x")
    record = result.tree.find(".//t:div[@type='record']", NS)
    assert [div.findtext("t:head", namespaces=NS) for div in record.iterfind("t:div", NS)] == ["Parliament", "Berlin"]
    assert structure(CONCLUSIONS) == ["head", "div", "div"]
    assert [sp.get("who") for sp in result.tree.iterfind(".//t:sp", NS)] == ["#foreign-secretary", "#prime-minister"]
    # A sentence's first line, or a line above an unnumbered one, is no heading.
    assert structure(CONCLUSIONS.replace("Berlin\n", "We then turned to\n")) == ["head", "div"]
    assert structure(CONCLUSIONS.replace("Berlin\n2. ", "Berlin\n")) == ["head", "div"]


def test_an_items_heading_with_its_reference_to_an_earlier_meeting_under_it_heads_its_section():
    """"Berlin" / "(Previous Reference: C.C. (62) 10th Conclusions, Minute 3)" / "2. The Foreign Secretary said …":
    the heading and the reference had been a paragraph of their own, "Berlin (Previous Reference: …)"."""
    reference = "(Previous Reference: C.C. (62) 10th Conclusions, Minute 3)"
    # Above a turn ("2. The Foreign Secretary said …") and above a paragraph no one's ("1. The Cabinet were …").
    text = CONCLUSIONS.replace("Berlin\n", f"Berlin\n{reference}\n").replace("Parliament\n", f"Parliament\n{reference}\n")
    result = tei.encode(text, name="x")
    record = result.tree.find(".//t:div[@type='record']", NS)
    assert [div.findtext("t:head", namespaces=NS) for div in record.iterfind("t:div", NS)] == [
        f"Parliament {reference}", f"Berlin {reference}"]
    assert structure(text) == ["head", "div", "div"]
    assert [sp.get("who") for sp in result.tree.iterfind(".//t:sp", NS)] == ["#foreign-secretary", "#prime-minister"]
    assert record.find("t:div/t:p", NS).get("n") == "1"
    assert result.position("head3").line == 7
    assert validate_result(result) == []
    # A line in brackets that is no reference's (long, or a sentence's) under a line, or a paragraph not numbered,
    # leaves them a paragraph.
    assert structure(CONCLUSIONS.replace("Berlin\n", "Berlin\n(and so on)\n").replace("\n2. ", "\n")) == ["head", "div"]
    assert structure(CONCLUSIONS.replace("Berlin\n", f"Berlin\n({'x' * 130})\n")) == ["head", "div"]


ENDED = "Record of conversation\n\nMolotov said that he agreed.\n\nSmith replied that he was glad.\n\n"


@pytest.mark.parametrize("end, bottom, date", [
    ("Moscow, 12 March 1950\n", ["dateline"], "Moscow, 12 March 1950"),
    ("12 March 1950\n\nRecorded by: /A. Vyshinskii/\n", ["dateline", "closer"], "12 March 1950"),
    ("Recorded by: /A. Vyshinskii/\n\n12 March 1950\n", ["closer", "dateline"], "12 March 1950"),
    ("Cabinet Office, S.W.1.\n15th February, 1962.\n", ["dateline"], "Cabinet Office, S.W.1. 15th February, 1962."),
    # A place with a blank line under it too; a sentence above is the speaker's, with a comma too.
    ("Cabinet Office, S.W.1.\n\n15th February, 1962.\n", ["dateline"], "Cabinet Office, S.W.1. 15th February, 1962."),
    ("Yes, indeed.\n\n12 March 1950\n", ["dateline"], "12 March 1950"),
    # On the line under the last sentence, no blank line between (it had been the speaker's words).
    ("He left.\n12 March 1950\n", ["dateline"], "12 March 1950"),
    ("Recorded by: /A. Vyshinskii/.\nMoscow, 12 March 1950\n", ["closer", "dateline"], "Moscow, 12 March 1950"),
    # Under the signatory's typed name, no blank line between (the two had been a paragraph of the last turn).
    ("G. Miller\n8 October 1987\n", ["closer", "dateline"], "8 October 1987"),
])
def test_the_records_date_at_its_end_is_its_closing_dateline_no_ones_words(end, bottom, date, tei_all):
    """"Moscow, 12 March 1950" after the last turn was the last speaker's words; after a signature, part of
    the signature. A sentence with a date in it is still the speaker's."""
    result = tei.encode(ENDED + end, name="x")
    record = result.tree.find(".//t:div[@type='record']", NS)
    tags = [child.tag.split("}")[1] for child in record]
    assert tags[tags.index("sp") + 2:] == bottom
    assert record.findtext("t:dateline", namespaces=NS) == date
    assert tei_all.validate(result.tree), str(tei_all.error_log)
    assert validate_result(result) == []
    # A sentence with a date in it, and a line that runs on from a sentence not ended, are the speaker's.
    for said in ("We met again on 12 March 1950.\n", "He left on\n12 March 1950\n"):
        assert tei.encode(ENDED + said, name="x").tree.find(".//t:div[@type='record']/t:dateline", NS) is None


@pytest.mark.parametrize("gap", ["[Here follows discussion of the Berlin question.]", "[matter omitted]",
                                 "[1 paragraph (8 lines) not declassified]"])
def test_what_the_edition_leaves_out_alone_in_a_paragraph_stands_between_the_turns(gap):
    """FRUS's "[Here follows discussion of …]" was an event in the last speaker's turn, and "[matter omitted]"
    alone a paragraph of it: what the editors left out may be anyone's."""
    text = f"MEMORANDUM OF CONVERSATION\n\nThe Secretary said that he was glad.\n\n{gap}\n\nThe Ambassador said no.\n"
    result = tei.encode(text, name="x")
    record = result.tree.find(".//t:div[@type='record']", NS)
    assert [child.tag.split("}")[1] for child in record] == ["head", "sp", "p", "sp"]
    assert record.find("t:p/t:gap", NS).get("reason") in ("omitted", "withheld")


def test_numbered_paragraphs_are_not_a_list():
    text = "1. The first paragraph of the record.\n\n2. The second paragraph of the record."
    result = tei.encode(text, name="x")
    assert [p.get("n") for p in result.tree.iterfind(".//t:body//t:p", NS)] == ["1", "2"]
    assert result.tree.find(".//t:list", NS) is None


def test_a_record_numbered_past_999_goes_on_numbering_its_paragraphs_and_turns():
    """"1000. MR TANAKA said that …" after "999. …": numbers of three figures at most had been read, so every paragraph
    after the 999th ran into its turn (a long generated record had 999 turns where it wrote 7,200). A year opening a
    paragraph of another record stays words."""
    paragraphs = [f"{n}. MR {'TANAKA' if n % 2 else 'OKONKWO'} said that the talks went on." for n in range(1, 1003)]
    result = tei.encode("\n\n".join(paragraphs) + "\n", name="x")
    turns = result.tree.findall(".//t:sp", NS)
    assert len(turns) == 1002
    assert [(sp.get("n"), sp.findtext("t:speaker/t:num", namespaces=NS)) for sp in turns[998:]] == [
        ("999", "999."), ("1000", "1000."), ("1001", "1001."), ("1002", "1002.")]
    position = result.position(turns[999].get("{http://www.w3.org/XML/1998/namespace}id"))
    assert (position.line, position.column) == (1999, 1)
    assert validate_result(result) == []
    years = tei.encode("1952. The treaty was signed.\n\n1953. It was ratified.\n", name="x")
    assert years.tree.find(".//t:num", NS) is None
    # And past 9999 ("10000."), five figures: the numbering of a record that reaches them runs on (it had been
    # one turn from the 10,000th paragraph on).
    further = [f"{n}. MR {'TANAKA' if n % 2 else 'OKONKWO'} said so." for n in range(1, 10003)]
    turns = tei.encode("\n\n".join(further) + "\n", name="x").tree.findall(".//t:sp", NS)
    assert len(turns) == 10002
    assert [sp.findtext("t:speaker/t:num", namespaces=NS) for sp in turns[9997:]] == [
        "9998.", "9999.", "10000.", "10001.", "10002."]


BOARD = ("MINUTES OF THE MEETING OF THE BOARD OF TRUSTEES\nheld at 10.00 a.m. on Tuesday 4 March 2003\n\n"
         "Present: Mrs J. Smith (Chair), Mr R. Brown, Dr A. Patel\nIn attendance: Mr T. White (Secretary)\n"
         "Apologies: Mr K. Black\n\n1. MINUTES OF THE PREVIOUS MEETING\nThe minutes were approved and signed.\n\n"
         "2. MATTERS ARISING\nMr Brown reported that the roof repairs had been completed.\n\n"
         "3. FINANCE REPORT\nDr Patel presented the accounts for the year.\n")


def test_a_boards_minutes_head_each_item_with_its_numbered_heading_and_list_who_attended_and_who_did_not():
    """"1. MINUTES OF THE PREVIOUS MEETING" on the line above the item's words had been words of its paragraph, and
    "2. MATTERS ARISING" / "Mr Brown reported …" a turn of a person "MATTERS ARISING Mr Brown"; "In attendance:" and
    "Apologies:" under "Present:" had been persons "In" and "Apologies"."""
    result = tei.encode(BOARD, name="x.txt")
    heads = result.tree.findall(".//t:div[@type='section']/t:head", NS)
    assert [(head.text, result.position(head.get("{http://www.w3.org/XML/1998/namespace}id")).line)
            for head in heads] == [("1. MINUTES OF THE PREVIOUS MEETING", 8), ("2. MATTERS ARISING", 11),
                                   ("3. FINANCE REPORT", 14)]
    assert [sp.get("who") for sp in result.tree.iterfind(".//t:sp", NS)] == ["#brown"]
    items = result.tree.findall(".//t:list[@type='participants']/t:item", NS)
    # (those absent a list of their own, type "absent": "Apologies: Mr K. Black" had been the list's third item)
    assert ["".join(item.itertext()) for item in items][1:] == ["In attendance: Mr T. White (Secretary)"]
    absent = result.tree.find(".//t:list[@type='absent']", NS)
    assert absent.findtext("t:head", namespaces=NS) == "Apologies:"
    assert ["".join(item.itertext()) for item in absent.iterfind("t:item", NS)] == ["Mr K. Black"]
    assert [name.text for name in items[1].iterfind("t:persName", NS)] == ["Mr T. White"]
    persons = [p.get("{http://www.w3.org/XML/1998/namespace}id") for p in result.tree.iterfind(".//t:person", NS)]
    assert persons == ["smith", "brown", "patel", "white", "black"]
    assert validate_result(result) == []
    # A heading in capitals without its number stays with the lines under it: a field's name above its value, a
    # title run over two lines.
    for text in ("SUBJECT\nBerlin again", "RECORD OF CONVERSATION\nwith the Ambassador of the USA"):
        unnumbered = tei.encode(BOARD.replace("3. FINANCE REPORT\nDr Patel", text + "\nDr Patel"), name="x.txt")
        assert text.split("\n")[0] not in [h.text for h in unnumbered.tree.iterfind(".//t:head", NS)]
    # A parish council's: its minutes numbered by the year ("19/47 PLANNING"), a councillor's title, the chair named
    # in brackets in the list ("The Chairman said" is his: he had been a person "Chairman"), and the blank left to sign
    # on (it had been a person named "… Chairman Date: …").
    parish = ("MINUTES OF THE PARISH COUNCIL MEETING\nheld on Monday 10 June 2019\n\n"
              "Present: Cllr A. Jones (Chairman), Cllr B. Evans\n\n19/47 PLANNING\nThe Chairman said that the "
              "application had been refused.\nCllr Evans asked whether an appeal was expected.\n\n"
              "Signed: ............ Chairman    Date: ..........\n")
    council = tei.encode(parish, name="x.txt")
    assert [h.text for h in council.tree.iterfind(".//t:div[@type='section']/t:head", NS)] == ["19/47 PLANNING"]
    assert [sp.get("who") for sp in council.tree.iterfind(".//t:sp", NS)] == ["#jones", "#evans"]
    signed = council.tree.find(".//t:closer/t:signed", NS)
    assert "".join(signed.itertext()) == "Signed: ............ Chairman Date: .........."
    assert signed.find("t:persName", NS) is None
    assert [p.get("{http://www.w3.org/XML/1998/namespace}id") for p in council.tree.iterfind(".//t:person", NS)] == [
        "jones", "evans"]
    assert validate_result(council) == []
    # Nor a numbered paragraph wrapped over its lines, in small letters or, a telegram's, in capitals.
    wrapped = tei.encode(BOARD.replace("3. FINANCE REPORT\n", "3. The finance report was\n"), name="x.txt")
    assert "3. The finance report was Dr Patel presented the accounts for the year." in [
        "".join(p.itertext()) for p in wrapped.tree.iterfind(".//t:body//t:p", NS)]
    cable = tei.encode("SECRET\n\n1. GROMYKO SAID THAT THE SOVIET\nUNION WOULD NOT AGREE TO THE PLAN.\n\n"
                       "2. HE ADDED THAT\nTHE TALKS WOULD GO ON.\n", name="x.txt")
    assert ["".join(p.itertext()) for p in cable.tree.iterfind(".//t:body//t:p", NS)] == [
        "1. GROMYKO SAID THAT THE SOVIET UNION WOULD NOT AGREE TO THE PLAN.", "2. HE ADDED THAT THE TALKS WOULD GO ON."]


NOTES = ("Project Steering Group – Meeting Notes\nDate: 14 March 2022\nAttendees: Sarah Lee (SL), Tom Baker (TB), "
         "Priya Nair (PN)\nApologies: James Ford\n\n1. Welcome and introductions\nSL welcomed everyone and noted "
         "apologies from James Ford.\n\n2. Budget update\nTB reported that spending is 5% under forecast.\nACTION: TB "
         "to circulate the revised budget by Friday.\n\n3. Risks\nPN raised concerns about supplier delays.\n")


def test_meeting_notes_have_their_title_fields_and_attendees_items_and_actions():
    """A project's meeting notes: the title above its fields and attendees had been one paragraph with them; each
    item's short numbered heading above its words had been words of the paragraph ("3. Risks PN" a person); an
    action under a sentence had been words of the turn."""
    result = tei.encode(NOTES, name="x.txt")
    assert result.tree.findtext(".//t:titleStmt/t:title", namespaces=NS) == "Project Steering Group – Meeting Notes"
    assert [name.text for name in result.tree.iterfind(".//t:list[@type='participants']//t:persName", NS)] == [
        "Sarah Lee", "Tom Baker", "Priya Nair"]
    # (James Ford, whose apologies were sent, in a list of the absent: he had been among the attendees' names)
    assert [name.text for name in result.tree.iterfind(".//t:list[@type='absent']//t:persName", NS)] == ["James Ford"]
    heads = result.tree.findall(".//t:div[@type='section']/t:head", NS)
    assert [(head.text, result.position(head.get("{http://www.w3.org/XML/1998/namespace}id")).line)
            for head in heads] == [("1. Welcome and introductions", 6), ("2. Budget update", 9), ("3. Risks", 13)]
    assert [sp.get("who") for sp in result.tree.iterfind(".//t:sp", NS)] == ["#sarah-lee", "#tom-baker", "#priya-nair"]
    action = heads[1].getparent().findall("t:p", NS)
    assert ["".join(p.itertext()) for p in action] == ["ACTION: TB to circulate the revised budget by Friday."]
    assert validate_result(result) == []
    # A numbered paragraph's first line is no heading: as long as the lines under it, or ending with a word that
    # runs on.
    for first, rest in (("1. The committee agreed that the revised", "Budget would be sent round."),
                        ("1. It was agreed that the", "Board would meet again in May."),
                        ("1. The revised figures", "were sent round to all the members.")):
        text = NOTES.replace("1. Welcome and introductions\nSL welcomed everyone and noted apologies from James Ford.",
                             f"{first}\n{rest}")
        kept = tei.encode(text, name="x.txt")
        assert first not in [h.text for h in kept.tree.iterfind(".//t:head", NS)], first


def test_a_place_above_the_date_under_the_title_is_the_dateline():
    """A court's transcript: "Washington, D.C." / "Tuesday, February 28, 2023" under the title had been a paragraph.
    A sentence above a date stays one."""
    text = ("IN THE SUPREME COURT OF THE UNITED STATES\n\nWashington, D.C.\nTuesday, February 28, 2023\n\n"
            "CHIEF JUSTICE ROBERTS: We will hear argument.\n\nJUSTICE THOMAS: Why?\n\nCHIEF JUSTICE ROBERTS: Thanks.\n")
    result = tei.encode(text, name="x")
    opener = result.tree.find(".//t:opener", NS)
    assert opener.findtext("t:dateline", namespaces=NS) == "Washington, D.C. Tuesday, February 28, 2023"
    position = result.position(opener.get("{http://www.w3.org/XML/1998/namespace}id"))
    assert (position.line, position.column) == (3, 1)
    sentence = tei.encode(text.replace("Washington, D.C.", "The Court met."), name="x")
    assert sentence.tree.find(".//t:opener", NS) is None


def test_opening_title_dateline_classification_and_topics():
    text = ("Record of Conversation Between A and B\n\nCanberra, 12 September 1975\n\nSECRET\n\n"
            "MR ADAMS said hello.\n\nTRADE\n\nMR BAKER said goodbye.")
    assert structure(text) == ["head", "opener", "sp(p)", "div"]
    result = tei.encode(text, name="x")
    assert result.tree.find(".//t:opener/t:dateline", NS).text == "Canberra, 12 September 1975"
    assert result.tree.find(".//t:opener/t:seg[@type='classification']", NS).text == "SECRET"
    assert result.tree.find(".//t:div[@type='section']/t:head", NS).text == "TRADE"


def test_closers_with_slashes_initials_and_bare_names():
    result = tei.encode("STALIN says yes.\n\nRecorded by: [signature] /A. Vyshinskii/ [signature] /N. Fedorenko/",
                        name="x")
    assert [s.find("t:persName", NS).text for s in result.tree.iterfind(".//t:closer/t:signed", NS)] == \
        ["A. Vyshinskii", "N. Fedorenko"]
    result = tei.encode("STALIN says yes.\n\nA.V.", name="x")
    assert result.tree.find(".//t:closer/t:signed/t:persName", NS).text == "A.V."
    result = tei.encode("STALIN says yes.\n\nPyotr Ivanov", name="x")
    assert result.tree.find(".//t:closer/t:signed/t:persName", NS).text == "Pyotr Ivanov"


@pytest.mark.parametrize("closing, label, name", [
    ("Bonn, den 5. März 1960\ngez. Globke", "gez.", "Globke"),  # German's "signed", the date right above it
    ("Bonn, den 5. März 1960\n\ngez. Dr. Schmidt", "gez.", "Dr. Schmidt"),
    ("London, 3 May 1955\nSgd. J. Smith", "Sgd.", "J. Smith"),
    ("Roma, 12 maggio 1964\nf.to Moro", "f.to", "Moro"),
])
def test_signed_abbreviated_before_the_typed_name_closes_the_record_under_its_date(closing, label, name):
    """"gez. Globke" under "Bonn, den 5. März 1960", no blank line between: the two were a paragraph of the last
    turn."""
    text = f"STALIN says yes.\n\nMOLOTOV says no.\n\n{closing}\n"
    result = tei.encode(text, name="x")
    assert structure(text) == ["sp(p)", "sp(p)", "dateline", "closer"]
    signed = result.tree.find(".//t:closer/t:signed", NS)
    assert (signed.findtext("t:label", namespaces=NS), signed.findtext("t:persName", namespaces=NS)) == (label, name)
    assert result.position(signed.get("{http://www.w3.org/XML/1998/namespace}id")) == Position(
        6 + closing.count("\n\n"), 1)


def test_each_signatorys_mark_is_its_label_and_a_wide_space_may_stand_for_the_colon():
    """The second "Fdo.:" of two had been part of a name, a person "#fdo-manuel-ortega-vela"; "Signed      H.
    Barraclough" / "Chairman of the Bench", a person "#signed-barraclough"."""
    acta = tei.encode("Se levanta la sesión, de todo lo cual, como Secretario, doy fe.\n\n"
                      "Fdo.: Antonio Ruiz Carmona\n\n"
                      "Fdo.: Manuel Ortega Vela\n", name="acta.txt").tree
    assert [(signed.findtext("t:label", namespaces=NS), signed.findtext("t:persName", namespaces=NS))
            for signed in acta.iterfind(".//t:closer/t:signed", NS)] == [
        ("Fdo.:", "Antonio Ruiz Carmona"), ("Fdo.:", "Manuel Ortega Vela")]
    bench = tei.encode("No. 416. Wm. Gedge, of no fixed abode. Discharged with a caution.\n\n"
                       "Signed      H. Barraclough\n"
                       "            Chairman of the Bench\n", name="bench.txt").tree
    signed = bench.find(".//t:closer/t:signed", NS)
    assert (signed.findtext("t:label", namespaces=NS).strip(), signed.findtext("t:persName", namespaces=NS),
            signed[-1].tail.strip()) == ("Signed", "H. Barraclough", "Chairman of the Bench")


LETTER = ("Canberra, 14 March 1949\n\nDear Mr Nehru,\n\nI write to thank you for the courtesy you showed my\n"
          "colleague during his visit to New Delhi last month.\n\nWe hope to continue the talks in April.\n\n"
          "Yours sincerely,\n\nJ.B. Chifley\nPrime Minister\n")


def test_a_letters_greeting_opens_it_and_its_leave_taking_and_signatory_close_it(tei_all):
    """A letter was paragraphs from "Dear Mr Nehru," to "J.B. Chifley Prime Minister"."""
    assert structure(LETTER) == ["opener", "p", "p", "closer"]
    result = tei.encode(LETTER, name="x")
    opener = result.tree.find(".//t:opener", NS)
    assert [(c.tag.split("}")[1], c.text) for c in opener] == [("dateline", "Canberra, 14 March 1949"),
                                                              ("salute", "Dear Mr Nehru,")]
    closer = result.tree.find(".//t:closer", NS)
    assert [c.tag.split("}")[1] for c in closer] == ["salute", "signed"]
    assert closer[0].text == "Yours sincerely,"
    signed = closer[1]
    assert (signed[0].tag, signed[0].text, signed[0].get("ref"), signed[0].tail) == (
        f"{{{NS['t']}}}persName", "J.B. Chifley", "#chifley", " Prime Minister")
    position = result.position(signed.get("{http://www.w3.org/XML/1998/namespace}id"))
    assert (position.line, position.column) == (12, 1)
    assert tei_all.validate(result.tree), str(tei_all.error_log)
    assert not [d for d in validate_result(result) if d.severity.value == "error"]


def test_a_leave_taking_and_its_signatory_in_one_block_close_the_letter():
    """"Yours sincerely," / "J.B. Chifley" / "Prime Minister" with no blank line between had been one paragraph; a
    copy's certification above the office and the name after "(signé)" is its closing too."""
    text = LETTER.replace("Yours sincerely,\n\n", "Yours sincerely,\n")
    assert structure(text) == ["opener", "p", "p", "closer"]
    result = tei.encode(text, name="x")
    closer = result.tree.find(".//t:closer", NS)
    assert [(c.tag.split("}")[1], "".join(c.itertext())) for c in closer] == [
        ("salute", "Yours sincerely,"), ("signed", "J.B. Chifley Prime Minister")]
    assert validate_result(result) == []
    french = ("Le Général de Gaulle déclare que la France attend.\n\n"
              "Le Chancelier Adenauer répond qu'il partage ce point de vue.\n\nL'entretien prend fin à 12 h 15.\n\n"
              "Pour copie conforme,\nLe Chef du Service du Protocole\n(signé) J. de Beaumarchais\n")
    result = tei.encode(french, name="x")
    closer = result.tree.find(".//t:closer", NS)
    assert [(c.tag.split("}")[1], "".join(c.itertext())) for c in closer] == [
        ("salute", "Pour copie conforme,"), ("signed", "Le Chef du Service du Protocole (signé) J. de Beaumarchais")]
    assert closer.find("t:signed/t:persName", NS).text == "J. de Beaumarchais"
    assert [p.text for p in result.tree.findall(".//t:body/t:div/t:p", NS)] == ["L'entretien prend fin à 12 h 15."]
    # A block that only opens with a leave-taking's words, a sentence under them, stays a paragraph.
    assert structure(LETTER.replace("Yours sincerely,\n\nJ.B. Chifley\nPrime Minister\n",
                                    "Yours sincerely,\nwe remain in your debt for the visit.\n")) == [
        "opener", "p", "p", "p"]


LETTER_BOOK = ("Bristol, 4th Novr. 1842.\n\nDear Sir,\n\nYour drafts on us have been duly honored.\n\n"
               "{closing}\n\nP.S. Since writing the above we learn that the Consul is gone home.\n")


@pytest.mark.parametrize("closing, salute, signed", [
    ("We are, Dear Sir,\nYour obedt. Servants,\nEllery, Fenn & Co.", "We are, Dear Sir, Your obedt. Servants,",
     "Ellery, Fenn & Co."),  # a firm's
    ("I am, Sir,\nYour obedient Servant,\nJohn Ellery", "I am, Sir, Your obedient Servant,", "John Ellery"),
    ("Yours sincerely,\nEllery, Fenn & Co.", "Yours sincerely,", "Ellery, Fenn & Co."),
])
def test_a_letter_books_leave_taking_of_two_lines_and_a_firms_signature_close_the_letter(closing, salute, signed):
    """A letter-book's copies close with a leave-taking over two lines ("I am, Sir," / "Your obedient Servant,") and a
    firm signs ("Ellery, Fenn & Co."): they had been one paragraph, and the postscript after them another."""
    result = tei.encode(LETTER_BOOK.format(closing=closing), name="x")
    closer = result.tree.find(".//t:closer", NS)
    assert [(c.tag.split("}")[1], "".join(c.itertext())) for c in closer] == [("salute", salute), ("signed", signed)]
    assert "".join(result.tree.find(".//t:postscript", NS).itertext()).strip().startswith("P.S. Since writing")
    position = result.position(closer[1].get(XML_ID))
    assert (position.line, position.column) == (7 + closing.count("\n"), 1)
    assert validate_result(result) == []


MINUTES_CLOSED = ("Mr. JONES said that the accounts had been audited.\n\nMrs. BLAKE asked whether the reserve fund "
                  "had been drawn upon.\n\nThe meeting closed at 9.15 p.m.\n\n{closing}\n")


@pytest.mark.parametrize("closing, salute, signed", [
    ("Respectfully submitted, Arthur Pell, Secretary", "Respectfully submitted,", "Arthur Pell, Secretary"),
    ("Yours faithfully, J. B. Chifley, Prime Minister.", "Yours faithfully,", "J. B. Chifley, Prime Minister."),
    ("I am, Sir, Your obedient Servant, John Ellery", "I am, Sir, Your obedient Servant,", "John Ellery"),
    ("I remain, yours truly, John Smith, Secretary", "I remain, yours truly,", "John Smith, Secretary"),
])
def test_a_leave_taking_and_its_signatory_on_one_line_close_the_record(closing, salute, signed):
    """A clerk's closing run on one line had been a paragraph: the leave-taking up to the first comma that a
    signatory follows is the salute, the rest the signature, each where it stands in the transcript."""
    result = tei.encode(MINUTES_CLOSED.format(closing=closing), name="x")
    closer = result.tree.find(".//t:closer", NS)
    assert [(local(c.tag), "".join(c.itertext())) for c in closer] == [("salute", salute), ("signed", signed)]
    position = result.position(closer[1].get(XML_ID))
    assert (position.line, position.column) == (7, len(salute) + 2)
    assert validate_result(result) == []


@pytest.mark.parametrize("closing", ["Sincerely, we hope you agree.", "Yours, etc., A. B. and the others",
                                     "Respectfully submitted to the board were three bids, John."])
def test_a_last_line_that_only_opens_with_a_leave_taking_stays_a_paragraph(closing):
    result = tei.encode(MINUTES_CLOSED.format(closing=closing), name="x")
    assert result.tree.find(".//t:closer", NS) is None
    assert result.tree.findall(".//t:body/t:div/t:p", NS)[-1].text == closing


def test_a_letters_inside_address_above_its_greeting_is_in_its_opener_a_line_each(tei_all):
    """The address was a paragraph, and the greeting after it one too (a greeting opens a letter only
    after its opener's parts)."""
    text = LETTER.replace("Dear Mr Nehru,", "The Hon. J. Nehru,\nPrime Minister of India,\nNew Delhi.\n\nDear Mr Nehru,")
    assert structure(text) == ["opener", "p", "p", "closer"]
    result = tei.encode(text, name="x")
    opener = result.tree.find(".//t:opener", NS)
    assert [c.tag.split("}")[1] for c in opener] == ["dateline", "address", "salute"]
    assert [line.text for line in opener.iterfind("t:address/t:addrLine", NS)] == [
        "The Hon. J. Nehru,", "Prime Minister of India,", "New Delhi."]
    assert tei_all.validate(result.tree), str(tei_all.error_log)
    assert validate_result(result) == []
    from tei.render import render_text

    assert "The Hon. J. Nehru,\nPrime Minister of India,\nNew Delhi.\n\nDear Mr Nehru," in render_text(result.tree)


@pytest.mark.parametrize("text, expected", [
    ("Niederschrift über die Unterredung zwischen Genosse Ulbricht und Genosse Chruschtschow\n\n"
     "Moskau, den 30. November 1960\n\nGenosse ULBRICHT erklärt, dass er zustimmt.\n", ["head", "opener", "sp(p)"]),
    ("Compte rendu de l'entretien entre le général de Gaulle et M. Adenauer\n\nParis, le 14 septembre 1958\n\n"
     "M. ADENAUER répond qu'il partage ce sentiment.\n", ["head", "opener", "sp(p)"]),
    ("Record of a conversation held at the ministry\n\nCanberra, 4 March 1950\n\nMR EDEN said so.\n",
     ["head", "opener", "sp(p)"]),
    # A sentence before the dateline is no title; nor is a second line before it.
    ("The delegation arrived in the morning.\n\nCanberra, 4 March 1950\n\nMR EDEN said so.\n", ["p", "p", "sp(p)"]),
    ("Minutes of the meeting\n\nheld in the ministry\n\nCanberra, 4 March 1950\n\nMR EDEN said so.\n",
     ["p", "p", "p", "sp(p)"]),
])
def test_a_first_line_before_a_dateline_is_the_records_title_however_it_is_cased(text, expected):
    """In sentence case, as other languages set a title, it was a paragraph, and the dateline after it one
    too (the opener's parts come first); a German dateline's "30. November" was no date."""
    from tei.metadata import parse

    language = "de" if "Genosse" in text else "fr" if "Adenauer" in text else "en"
    assert structure(text, parse(f'language = "{language}"\n', "m.toml")) == expected


@pytest.mark.parametrize("note, expected", [
    ("(The meeting opened at 10.05 a.m.)", ["head", "stage", "sp(p)", "sp(p)"]),
    ("(Posiedzeniu przewodniczy marszałek Sejmu Szymon Hołownia)", ["head", "stage", "sp(p)", "sp(p)"]),
    ("The meeting opened at 10.05 a.m.", ["p", "p", "sp(p)", "sp(p)"]),  # a sentence of the record: no title above
])
def test_the_records_notes_of_what_happens_stand_between_its_title_and_the_first_turn(note, expected):
    """"Sprawozdanie Stenograficzne z 5. posiedzenia Sejmu …" / "(Posiedzeniu przewodniczy …)" / "Marszałek: …": the
    first line had been a paragraph and the record "Untitled record"; it was the title only right above a turn."""
    text = f"Spotkanie grupy sterującej\n\n{note}\n\nMR SMITH said that he agreed.\n\nMR JONES said that he did not.\n"
    assert structure(text) == expected
    title = tei.encode(text, name="x").tree.findtext(".//t:titleStmt/t:title", namespaces=NS)
    assert (title == "Spotkanie grupy sterującej") is (expected[0] == "head")


def test_a_word_broken_by_a_hyphen_at_a_lines_end_runs_on():
    """"nego-" / "tiations" was "nego- tiations" (two words, a space the print never had); now the lines join
    without one, the hyphen kept (it may be the word's own: "well-known"), an lb break="no" where the line
    turned. Before a capital or a digit too ("Indo-" / "Chinese", "mid-" / "1950s" had been "Indo- Chinese",
    "mid- 1950s"), and after a soft hyphen ("agree\u00ad" / "ment" had been two words). A hyphen after a space,
    or before a sign, joins nothing."""
    text = ("STALIN says that the nego-\ntiations are going badly, and that the well-\nknown proposal of -\n"
            "the Mexicans and of the Indo-\nChinese side of the mid-\n1950s is not an agree\u00ad\nment -- as\n"
            "it-\n(is) acceptable.\n\nZHOU ENLAI agrees.\n")
    result = tei.encode(text, name="x.txt")
    p = result.tree.find(".//t:sp/t:p", NS)
    assert [(lb.get("break"), lb.tail[:9]) for lb in p.iterfind("t:lb", NS)] == [
        ("no", "tiations "), ("no", "known pro"), ("no", "Chinese s"), ("no", "1950s is "), ("no", "ment -- a")]
    assert "the nego-tiations are" in "".join(p.itertext()) and "of - the Mexicans" in "".join(p.itertext())
    assert "Indo-Chinese side of the mid-1950s is not an agree\u00adment -- as it- (is)" in "".join(p.itertext())

    assert "the nego-tiations are going badly" in " ".join(render_text(result.tree).split())
    assert "nego-tiations" in render_html(result.tree)
    said = result.tree.find(".//t:segmentation", NS).xpath("string(t:p[last()])", namespaces=NS)
    assert said.startswith("A word broken by a hyphen")
    assert validate_result(result) == []
    plain = tei.encode("STALIN says that the talks go on.\n\nZHOU ENLAI agrees.\n", name="x.txt")
    assert "hyphen" not in plain.tree.find(".//t:segmentation", NS).xpath("string()", namespaces=NS)


def test_a_units_text_is_its_joined_text_without_milestones_across_a_broken_word():
    """The rules read a unit's text and the inline parser its joined text: one position must mean the same
    character in both (``Joined.index``), and the line break stands where the next line begins."""
    from tei.blocks import layout
    from tei.model import MILESTONE
    from tei.source import Source

    text = "STALIN says that the nego-\ntiations are going badly for the Americans and\nfor us.\n"
    (unit,), _ = layout(Source.from_text(text), None, 1).units(lambda line: False)
    joined = unit.joined()
    assert unit.text == joined.text.replace(MILESTONE, "") == (
        "STALIN says that the nego-tiations are going badly for the Americans and for us.")
    (lb,) = joined.milestones
    assert (lb.n, lb.span.start, lb.span.end) == ("", text.index("tiations"), text.index("tiations"))
    assert joined.offset(joined.text.index("tiations")) == text.index("tiations")


AGENDA = ("Minutes of the 12th Meeting of the Executive Committee\n\n1. Opening of the meeting\n\n"
          "The Chairman opened the meeting at 10.00 and welcomed the members.\n\n2. Approval of the agenda\n\n"
          "The agenda was approved without change.\n\n3. Report of the Secretary\n\n"
          "The Secretary said that the accounts had been audited.\n")


@pytest.mark.parametrize("text, expected", [
    (AGENDA, ["head", "div(head,sp)", "div(head,p)", "div(head,sp)"]),
    # One numbered line is no agenda; nor are numbered lines that follow each other (a list), or end a sentence.
    (AGENDA.split("\n\n2.")[0] + "\n", ["head", "p", "sp(p)"]),
    ("Terms:\n\n1. Peace\n\n2. Trade\n\nMR EDEN said so.\n", ["head", "list", "sp(p)"]),
    ("1. The delegation agreed.\n\nIt was late.\n\n2. The talks resumed.\n\nIt was later.\n", ["p"] * 4),
    # A number alone is no title, though a title's words may be numbers.
    ("42\n\nMR EDEN said so.\n", ["p", "sp(p)"]),
    # A protocol's parts in Roman numbers, in order from I, a sentence each; a body's decision under its label.
    ("PROTOCOL No. 12\n\nI. On the situation.\n\nComrade Brezhnev opened the session.\n\nComrade Kosygin: No.\n\n"
     "Decided: to convene the Plenum.\n\nII. On the plan.\n\nComrade Suslov reported.\n",
     ["head", "div(head,sp,sp,p)", "div(head,sp)"]),
    ("PROTOCOL No. 12\n\nII. On the situation.\n\nComrade Brezhnev opened the session.\n\n"
     "III. On the plan.\n\nComrade Suslov reported.\n", ["head", "p", "sp(p)", "sp(p)"]),
    ("PROTOCOL No. 12\n\nI. On the situation.\n\nComrade Brezhnev opened the session.\n\n"
     "III. On the plan.\n\nComrade Suslov reported.\n", ["head", "p", "sp(p)", "sp(p)"]),
    ("PROTOCOL No. 12\n\nI. On the situation.\n\nComrade Brezhnev opened the session.\n", ["head", "p", "sp(p)"]),
    ("PROTOCOL No. 12\n\nI. On the situation.\n\nI. Brown was absent.\n\nII. On the plan.\n\nComrade Suslov reported.\n",
     ["head", "div(head,p)", "div(head,sp)"]),
])
def test_numbered_lines_that_head_the_minutes_after_them_are_sections(text, expected):
    """"1. Opening of the meeting": an agenda's items were numbered paragraphs of the last speaker's turn."""
    result = tei.encode(text, name="x.txt")
    record = result.tree.find(".//t:div[@type='record']", NS)
    shape = [child.tag.split("}")[1] + ("(" + ",".join(c.tag.split("}")[1] for c in child) + ")"
                                        if child.tag.endswith("}div") else "") for child in record]
    assert [s if not s.startswith("sp") else "sp(p)" for s in shape] == expected
    if expected[1].startswith("div"):
        assert record.find("t:div/t:head", NS).text in ("1. Opening of the meeting", "I. On the situation.")


@pytest.mark.parametrize("text, expected", [
    # Lines too long for an address: the letter's first paragraph, and the greeting after it prose.
    ("Canberra, 4 March 1950\n\nWe have considered the proposals of your government with great care\n"
     "and find that we cannot agree.\n\nDear Sir,\n\nWe agree.\n", ["opener", "p", "p", "p"]),
    # After the first paragraph of a record, a short block and a greeting are no opener's.
    ("STALIN says yes.\n\nThe Hon. J. Nehru,\nNew Delhi.\n\nDear Mr Nehru,\n\nWe agree.\n",
     ["sp(p,p,p,p)"]),
    # One line is no address.
    ("Canberra, 4 March 1950\n\nNew Delhi.\n\nDear Mr Nehru,\n\nWe agree.\n", ["opener", "p", "p", "p"]),
])
def test_what_is_no_letters_address(text, expected):
    assert structure(text) == expected


@pytest.mark.parametrize("text, salutes", [
    ("Paris, le 4 mars 1950\n\nMonsieur le Ministre,\n\nJ'ai l'honneur de vous écrire.\n\n"
     "Veuillez agréer, Monsieur le Ministre, l'assurance de ma haute considération.\n\nRobert Schuman\n",
     ["Monsieur le Ministre,", "Veuillez agréer, Monsieur le Ministre, l'assurance de ma haute considération."]),
    ("Bonn, den 4. März 1950\n\nSehr geehrter Herr Botschafter,\n\nIch danke Ihnen.\n\n"
     "Mit freundlichen Grüßen\n\nKonrad Adenauer\n", ["Sehr geehrter Herr Botschafter,", "Mit freundlichen Grüßen"]),
    ("Москва, 4 марта 1950 г.\n\nУважаемый товарищ Чжоу Эньлай!\n\nСообщаю Вам о переговорах.\n\n"
     "С уважением,\n\nИ. Сталин\n", ["Уважаемый товарищ Чжоу Эньлай!", "С уважением,"]),
])
def test_letters_in_the_other_languages_the_encoder_reads(text, salutes):
    result = tei.encode(text, name="x")
    assert structure(text) == ["opener", "p", "closer"]
    assert result.tree.find(".//t:opener/t:dateline", NS) is not None
    assert [s.text for s in result.tree.iterfind(".//t:salute", NS)] == salutes
    assert result.tree.find(".//t:closer/t:signed/t:persName", NS) is not None


def test_a_letters_signatories_each_with_their_name_and_a_greeting_out_of_place_is_prose():
    text = ("Dear Sir,\n\nWe agree.\n\nYours faithfully,\n\nA. Brown\nSecretary\n\n"
            "[signature]\n/C. Green/\nTreasurer\n")
    signed = tei.encode(text, name="x").tree.findall(".//t:closer/t:signed", NS)
    assert [(s.findtext("t:persName", namespaces=NS), "".join(s.itertext())) for s in signed] == [
        ("A. Brown", "A. Brown Secretary"), ("C. Green", "signature /C. Green/ Treasurer")]  # the mark an element
    prose = tei.encode("The meeting began at 10 a.m.\n\nDear Sir,\n\nWe agree.\n", name="x")
    assert [p.get("rend") for p in prose.tree.iterfind(".//t:body//t:p", NS)] == [None, None, None]


def test_a_memorandums_typed_name_and_office_under_its_last_paragraph_close_it():
    """"J. S. EARMAN" / "Executive Assistant" under a memorandum was a paragraph of the last turn (and, read as a
    closing, two signatories, the office a person); a name without initials, or a sentence under it, is prose."""
    text = "MEMORANDUM FOR THE RECORD\n\nThe Director said that it was done.\n\n        J. S. EARMAN\n        Executive Assistant\n"
    result = tei.encode(text, name="x")
    signed = result.tree.findall(".//t:closer/t:signed", NS)
    assert [(s.findtext("t:persName", namespaces=NS), "".join(s.itertext())) for s in signed] == [
        ("J. S. EARMAN", "J. S. EARMAN Executive Assistant")]
    assert result.position(signed[0].get("{http://www.w3.org/XML/1998/namespace}id")) == Position(5, 9)
    assert structure(text) == ["head", "sp(p)", "closer"]
    assert structure(text.replace("J. S. EARMAN", "JOHN EARMAN")) == ["head", "sp(p,p)"]
    # A name written out, with a word of office under it ("John Smith" / "Political Officer"); not two names of
    # places ("New York" / "United Nations").
    assert structure(text.replace("J. S. EARMAN", "John Smith").replace("Executive Assistant", "Political Officer")) \
        == ["head", "sp(p)", "closer"]
    assert structure(text.replace("J. S. EARMAN", "New York").replace("Executive Assistant", "United Nations")) \
        == ["head", "sp(p,p)"]
    assert structure(text.replace("Executive Assistant", "He left.")) == ["head", "sp(p,p)"]
    assert structure(text.replace("it was done.", "it was done")) == ["head", "sp(p,p)"]
    # The office first, the name under it: one signature, the name a person's.
    text = "PROTOCOL\n\nComrade Suslov reported on the plan.\n\n        Secretary of the CC\n        L. Brezhnev\n"
    signed = tei.encode(text, name="x").tree.findall(".//t:closer/t:signed", NS)
    assert [(s.findtext("t:persName", namespaces=NS), "".join(s.itertext())) for s in signed] == [
        ("L. Brezhnev", "Secretary of the CC L. Brezhnev")]
    assert structure(text.replace("Secretary of the CC", "A. Kosygin")) == ["head", "sp(p,p)"]  # two names


@pytest.mark.parametrize("title", [
    "VERSIÓN DE LA CONVERSACIÓN SOSTENIDA POR EL COMANDANTE EN JEFE FIDEL CASTRO\nRUZ CON EL MINISTRO DE COMERCIO "
    "EXTERIOR DE GUINEA,\nCOMPAÑERO MAMADOU KEITA TOURÉ",
    "ЗАПИСЬ БЕСЕДЫ НАРОДНОГО КОМИССАРА ИНОСТРАННЫХ ДЕЛ СССР\nВ. М. МОЛОТОВА С ПОСЛОМ ГЕРМАНИИ",
    "RECORD OF THE CONVERSATION HELD BY THE MINISTER\nWITH THE AMBASSADOR OF GUINEA",
    "RECORD OF A CONVERSATION BETWEEN THE PRIME MINISTER AND PRESIDENT\nDE GAULLE ON SATURDAY, 15 DECEMBER, 1962,\n"
    "AT 10.30 A.M."])
def test_a_title_of_several_lines_under_the_records_classification_is_its_title(title):
    """"SECRETO" / a title of two or three lines in capitals: the title had been a paragraph, and the header's title
    "Untitled record" (in Spanish and Russian, the words that name a record were English's only)."""
    text = f"SECRETO\n\n{title}\n\nLa Habana, 12 de marzo de 1975.\n\nEl Comandante en Jefe expresó que sí.\n"
    result = tei.encode(text, name="x.txt")
    assert structure(text)[:3] == ["opener", "head", "opener"]
    assert result.summary.title == " ".join(title.split())
    assert structure(text.replace("SECRETO\n\n", "El Comandante en Jefe expresó que no.\n\n"))[1] != "head"


def test_a_title_over_its_dateline_under_the_records_classification_is_its_title():
    """"TOP SECRET" / "EYES ONLY", then "MEMORANDUM OF DISCUSSION" / "AT THE 389th MEETING …" / "Thursday, December
    11, 1958" in one block: the title and its dateline had been a paragraph."""
    text = ("TOP SECRET\nEYES ONLY\n\nMEMORANDUM OF DISCUSSION\nAT THE 389th MEETING OF THE NATIONAL SECURITY COUNCIL\n"
            "Thursday, December 11, 1958\n\nThe President said that he agreed.\n")
    result = tei.encode(text, name="x.txt")
    assert structure(text)[:3] == ["opener", "head", "opener"]
    assert (result.summary.title, result.summary.date) == (
        "MEMORANDUM OF DISCUSSION AT THE 389th MEETING OF THE NATIONAL SECURITY COUNCIL", "1958-12-11")


def test_a_typed_signatures_mark_and_name_close_a_memorandum():
    """"/s/ ROBERT L. HAMMOND" / "Colonel, USA" / "Military Assistant" under a memorandum had been a paragraph of the
    last turn; "/s/" is the mark of a signature, the name after it the signatory's (it is no typed name between
    slashes, a person "s")."""
    text = ("MEMORANDUM FOR THE RECORD\n\n1. The Secretary opened the meeting.\n\n2. Mr. Vance said that it would "
            "hold.\n\n/s/ ROBERT L. HAMMOND\nColonel, USA\nMilitary Assistant\n")
    result = tei.encode(text, name="x")
    signed = result.tree.findall(".//t:closer/t:signed", NS)
    assert [(s.findtext("t:persName", namespaces=NS), "".join(s.itertext())) for s in signed] == [
        ("ROBERT L. HAMMOND", "/s/ ROBERT L. HAMMOND Colonel, USA Military Assistant")]
    assert result.tree.xpath("//t:person/@xml:id", namespaces=NS) == ["robert-hammond", "secretary", "vance"]
    assert structure(text) == ["head", "sp(p)", "sp(p)", "closer"]
    # Over a distribution's list it closes nothing (the list no signatories, persons "Distribution" and "SecDef").
    assert "closer" not in structure(text + "\nDistribution:\nSecDef\nDepSecDef\n")


@pytest.mark.parametrize("text, expected", [
    # Two signatories, a typed name between slashes for one.
    ("Dear Sir,\n\nWe agree.\n\nYours faithfully,\n\nA. Brown\nSecretary\n\n/C. Green/\nTreasurer\n",
     ["opener", "p", "closer"]),
    # A greeting after the letter's first paragraph is no opener's; a leave-taking without a name is no closer.
    ("We agree.\n\nDear Sir,\n\nYours faithfully,\n", ["p", "p", "p"]),
    # After a statement of the record's (no opener's part) a greeting is a paragraph too; after a title, not.
    ("The meeting began at 10 a.m.\n\nDear Sir,\n\nWe agree.\n", ["p", "p", "p"]),
    ("TRADE\n\nDear Sir,\n\nWe agree.\n", ["head", "opener", "p"]),
    # A postscript after the signatory is no signatory: it follows the closing.
    ("Dear Sir,\n\nWe agree.\n\nYours faithfully,\n\nA. Brown\n\nP.S. The papers follow.\n",
     ["opener", "p", "closer", "postscript"]),
    ("STALIN says yes.\n\nRecorded by: /A. Vyshinskii/\n\nP.S. Copies to Molotov.\n\nP.P.S. And Beria.\n",
     ["sp(p)", "closer", "postscript"]),
    # Without a closing before it, "P.S." opens a paragraph like any other.
    ("We agree.\n\nP.S. The papers follow.\n", ["p", "p"]),
    # A leave-taking followed by a sentence is the letter's text.
    ("Sir,\n\nWe agree.\n\nYours faithfully,\n\nThe matter is now closed and we will write again soon?\n",
     ["opener", "p", "p", "p"]),
    # The minutes' closing is as it was.
    ("STALIN says yes.\n\nRecorded by: [signature] /A. Vyshinskii/", ["sp(p)", "closer"]),
])
def test_letters_greetings_and_leave_takings_only_where_a_letter_sets_them(text, expected):
    assert structure(text) == expected
    result = tei.encode(text, name="x")
    assert not [d for d in validate_result(result) if d.severity.value == "error"]


@pytest.mark.parametrize("text, where", [
    ("STALIN says yes.\n\nRecorded by:\n\f\n[signature] /A. Vyshinskii/", "closer/t:signed"),
    ("Dear Sir,\n\nWe agree.\n\nYours sincerely,\n\f\nJ.B. Chifley\n", "closer/t:signed"),
    ("MR EDEN said so [1].\n\f\n1 A footnote.", "back/t:div"),
    ("Terms:\n\n1. peace\n\f\n2. trade\n", "list/t:item[@n='2']"),
    ("Dear Sir,\n\nYes.\n\nYours,\n\nA. Brown\n\nP.S. One.\n\f\nP.P.S. Two.\n", "postscript"),
])
def test_a_page_turn_in_a_closing_before_a_note_or_between_items_is_kept_there(text, where):
    """Each was dropped: the edition went from page 1 to the end without its page 2."""
    pb = tei.encode(text, name="x").tree.find(f".//t:{where}/t:pb", NS)
    assert pb is not None and pb.get("n") == "2"


def test_a_page_turn_after_the_notes_stays_after_them():
    back = tei.encode("MR EDEN said so [1].\n\n1 A footnote.\n\f", name="x").tree.find(".//t:back/t:div", NS)
    assert [child.tag.split("}")[1] for child in back] == ["note", "pb"]


def test_footnotes_and_archival_reference_go_to_the_back():
    text = "MR EDEN said so [1].\n\n[NAA: A1838, 3/1]\n\n1 A footnote."
    result = tei.encode(text, name="x")
    ref = result.tree.find(".//t:body//t:ref", NS)
    assert ref.get("target") == "#fn1"
    back = result.tree.find(".//t:back/t:div", NS)
    assert [c.tag.split("}")[1] for c in back] == ["p", "note"]
    assert back.find("t:note[@type='footnote']", NS).get("{http://www.w3.org/XML/1998/namespace}id") == "fn1"


def test_notes_numbered_anew_on_each_page_each_get_an_id_and_each_marker_its_own_note():
    """A book numbers its notes from 1 on each page: two notes 1 were both fn1, and the edition was refused
    (found by the fuzzer); the k-th marker [1] is the k-th note 1's, a marker past the notes the last one's."""
    text = ("MR EDEN said that the talks would go on [1] and on.\n\n\f\nMR DULLES said that he agreed [1]"
            " entirely [1].\n\n1 A first note.\n\f\n1 A second note, on its own page.\n")
    result = tei.encode(text, name="x")
    notes = result.tree.findall(".//t:back//t:note", NS)
    assert [n.get("{http://www.w3.org/XML/1998/namespace}id") for n in notes] == ["fn1", "fn1-2"]
    assert [r.get("target") for r in result.tree.iterfind(".//t:body//t:ref", NS)] == ["#fn1", "#fn1-2", "#fn1-2"]
    assert validate_result(result) == []
    assert result.position("fn1-2") == result.source.position(result.source.text.index("1 A second"))


def test_heading_run_into_a_turn_is_split():
    text = "Title Of Record\n\nCONFIDENTIAL ANNEX MR. ATTLEE said that it was so."
    result = tei.encode(text, name="x")
    assert result.tree.find(".//t:div[@type='section']/t:head", NS).text == "CONFIDENTIAL ANNEX"
    assert result.tree.find(".//t:sp", NS).get("who") == "#attlee"


@pure_python
def test_the_parse_lets_each_unit_go_once_it_is_read(monkeypatch):
    """A long record's lines, texts and mapped texts are not all held until the parse ends."""
    from tei.blocks import Unit

    read: list[Unit] = []
    real = Unit.joined

    def joined(unit):
        read.append(unit)
        return real(unit)

    monkeypatch.setattr(Unit, "joined", joined)
    transcript = ("Record of a meeting\n\nMR ADAMS said that it was late.\n\nHe adds:\n\n"
                  "1/ one thing;\n\n2/ another [sic] thing.\n\nMR BROWN: Quite so [Japan's] view.\n")
    result = tei.encode(transcript, name="r.txt")
    assert len(result.tree.findall(".//t:sp", NS)) == 2 and len(result.tree.findall(".//t:item", NS)) == 2
    assert len(read) >= 5 and all(unit._joined is None and not unit.text and not unit.lines for unit in read)


@pure_python
def test_the_parse_lets_each_unit_s_class_go_once_it_is_read(monkeypatch):
    """What classifying a unit found (a turn's shape and verdict, a list item's match, which holds the
    item's text) is not held to the end of the parse beside the blocks made of it."""
    from tei import parser

    classified = []
    real = parser._Parser._group_lists

    def group_lists(self, items):
        classified.extend(items)
        return real(self, items)

    monkeypatch.setattr(parser._Parser, "_group_lists", group_lists)
    transcript = ("Record of a meeting\n\nMR ADAMS said that it was late.\n\nHe adds:\n\n"
                  "1/ one thing;\n\n2/ another [sic] thing.\n\nMR BROWN: Quite so [Japan's] view.\n")
    result = tei.encode(transcript, name="r.txt")
    assert len(result.tree.findall(".//t:sp", NS)) == 2 and len(result.tree.findall(".//t:item", NS)) == 2
    kinds = {item.kind for item in classified}
    assert {"turn", "item"} <= kinds and all(item.detail is None for item in classified)


def test_a_page_turn_between_the_openers_parts_stays_between_them():
    """It was written after the whole opener, so after a part that stood on the next page."""
    result = tei.encode("SECRET\n\f\nMoscow, 12 September 1952\n\nMOLOTOV says yes.\n", name="r.txt")
    opener = result.tree.find(".//t:opener", NS)
    assert [child.tag.split("}")[1] for child in opener] == ["seg", "pb", "dateline"]
    # A page turn after the opener's last part stays after it.
    after = tei.encode("SECRET\n\nMoscow, 12 September 1952\n\f\nMOLOTOV says yes.\n", name="r.txt").tree
    assert [child.tag.split("}")[1] for child in after.find(".//t:opener", NS)] == ["seg", "dateline"]
    assert after.find(".//t:opener", NS).getnext().tag.endswith("pb")


def test_a_paragraph_that_is_one_parenthesis_is_a_stage_direction():
    """Hearings and court records note the room in parentheses: "(Laughter.)", "(Witness excused.)" — not
    the words of whoever spoke last; a parenthesis that the sentence goes on after is prose."""
    text = ("(The meeting opened at 10 a.m.)\n\nMR. SMITH: We agree.\n(Laughter.)\n\n"
            "(He paused.) Then he went on.\n\nMR. JONES: No.\n\n(00:00:09)\n")
    result = tei.encode(text, name="r.txt")
    record = result.tree.find(".//t:div[@type='record']", NS)
    assert record[0].tag.endswith("stage") and record[0].text == "(The meeting opened at 10 a.m.)"
    smith = record.find("t:sp", NS)
    assert [(child.tag.split("}")[1], "".join(child.itertext())) for child in smith] == [
        ("speaker", "MR. SMITH:"), ("p", "We agree."), ("stage", "(Laughter.)"),
        ("p", "(He paused.) Then he went on.")]
    assert [p.text for p in result.tree.iterfind(".//t:sp[2]/t:p", NS)] == ["No.", "(00:00:09)"]


def test_a_diarys_dated_entries_are_divisions_headed_by_their_dates():
    """A diary, a log: "Tuesday, 4 March 1941" alone on its line was a paragraph of the day before (the first
    date alone was the record's dateline). Where two dates at least head text, each opens its entry."""
    text = ("Diary of Harold Finch, 1941\n\nMonday, 3 March 1941\n\nRain all day. Went to the ministry.\n\n"
            "Tuesday, 4 March 1941\n\nCabinet in the morning.\n\nNothing decided.\n\nWednesday, 5 March 1941\n\n"
            "Dined with the Astors.\n")
    result = tei.encode(text, name="x.txt")
    entries = result.tree.findall(".//t:div[@type='entry']", NS)
    heads = [entry.find("t:head", NS) for entry in entries]
    assert [head.text for head in heads] == ["Monday, 3 March 1941", "Tuesday, 4 March 1941", "Wednesday, 5 March 1941"]
    assert [len(entry.findall("t:p", NS)) for entry in entries] == [1, 2, 1]
    assert [result.position(head.get("{http://www.w3.org/XML/1998/namespace}id")).line for head in heads] == [3, 7, 13]
    assert result.tree.find(".//t:opener", NS) is None
    assert validate_result(result) == []


def test_one_date_alone_is_the_records_dateline_and_a_sentence_with_a_date_is_a_paragraph():
    text = "Canberra, 12 September 1975\n\nThe talks began.\n\nOn 13 September 1975 they ended.\n\nAll went home.\n"
    result = tei.encode(text, name="x.txt")
    assert result.tree.find(".//t:opener/t:dateline", NS).text == "Canberra, 12 September 1975"
    assert not result.tree.findall(".//t:div[@type='entry']", NS)
    # A date alone at the very end heads nothing.
    text = "Monday, 3 March 1941\n\nRain.\n\nTuesday, 4 March 1941\n"
    assert not tei.encode(text, name="x.txt").tree.findall(".//t:div[@type='entry']", NS)


def test_a_title_with_its_dateline_under_it_in_one_block():
    """"Oral History Interview with …" / "Conducted by …, 14 March 1998" with no blank line between them was
    one paragraph, and the record had no title."""
    text = ("Oral History Interview with Margaret Ellison\nConducted by David Park, 14 March 1998\n\n"
            "PARK: Where were you born?\n\nELLISON: In Truro.\n\nPARK: And then?\n\nELLISON: Halifax.\n")
    result = tei.encode(text, name="x.txt")
    head = result.tree.find(".//t:div[@type='record']/t:head", NS)
    assert head.text == "Oral History Interview with Margaret Ellison"
    assert result.tree.findtext(".//t:opener/t:dateline", namespaces=NS) == "Conducted by David Park, 14 March 1998"
    assert result.tree.findtext(".//t:titleStmt/t:title", namespaces=NS) == head.text
    opener = result.tree.find(".//t:opener", NS)
    assert result.position(opener.get("{http://www.w3.org/XML/1998/namespace}id")).line == 2
    assert validate_result(result) == []
    # A turn that runs onto a line with a date in it is a turn; a sentence that ends there a paragraph.
    text = "ZHOU ENLAI: The treaty was signed\n14 February 1950 in Moscow\n\nSTALIN: Yes.\n\nZHOU ENLAI: So.\n"
    assert result_structure(text)[0] == "sp"
    assert result_structure("The meeting was held\non 4 May 1950.\n\nIt ended.\n") == ["p", "p"]


def result_structure(text: str) -> list[str]:
    return [child.tag.split("}")[1] for child in tei.encode(text, name="x.txt").tree.find(".//t:div[@type='record']", NS)]


NOTES_BODY = ("Record of Conversation\n\nMr Casey said that the Treaty[1] was important.\n\n"
              "Mr Dulles agreed, and added that the Council[2] would meet in Manila.\n\n")


@pytest.mark.parametrize("notes, labels", [
    ("Notes\n\n1. The ANZUS Treaty.\n\n2. The SEATO Council.\n", ["1.", "2."]),
    ("NOTES:\n\n[1] The ANZUS Treaty.\n\n[2] The SEATO Council.\n", ["[1]", "[2]"]),
    ("Footnotes\n\n1 The ANZUS Treaty.\n\n2 The SEATO Council.\n", ["1", "2"]),
])
def test_notes_under_their_heading_numbered_as_printed_are_the_records_notes(notes, labels):
    """"Notes" / "1. The ANZUS Treaty." after the record: the heading and the notes were paragraphs of the
    last speaker's, and the markers pointed at nothing."""
    from tei.render import render_text

    result = tei.encode(NOTES_BODY + notes, name="x.txt")
    back = result.tree.find(".//t:back/t:div[@type='notes']", NS)
    assert back.findtext("t:head", namespaces=NS) == notes.split("\n")[0]
    found = back.findall("t:note", NS)
    assert [(n.findtext("t:label", namespaces=NS), n.get("n"), n.get("{http://www.w3.org/XML/1998/namespace}id"))
            for n in found] == [(labels[0], "1", "fn1"), (labels[1], "2", "fn2")]
    assert [r.get("target") for r in result.tree.iterfind(".//t:body//t:ref", NS)] == ["#fn1", "#fn2"]
    assert len(result.tree.findall(".//t:sp", NS)[-1].findall("t:p", NS)) == 1
    assert result.position("fn2").line == 11
    assert validate_result(result) == []
    assert f"{labels[0]} The ANZUS Treaty." in render_text(result.tree, diplomatic=True)


@pytest.mark.parametrize("notes, labels, second", [
    ("1 The ANZUS Treaty.\n2 The SEATO Council.\n", ["1", "2"], "The SEATO Council."),
    ("Notes\n\n1. The ANZUS Treaty.\n2. The SEATO Council.\n", ["1.", "2."], "The SEATO Council."),
    ("NOTES:\n\n[1] The ANZUS Treaty.\n[2] The SEATO Council.\n", ["[1]", "[2]"], "The SEATO Council."),
    # A note's line that opens with the next number, printed as no note's number is, stays in its note.
    ("Notes\n\n1. The ANZUS Treaty.\n2. See the record of\n3 May.\n", ["1.", "2."], "See the record of 3 May."),
    # And one that opens with a number not the next.
    ("1 The ANZUS Treaty, signed on\n12 September 1951.\n2 The SEATO Council.\n", ["1", "2"], "The SEATO Council."),
])
def test_notes_one_to_a_line_are_a_note_each(notes, labels, second):
    """"1 The ANZUS Treaty." / "2 The SEATO Council." with no blank line between: the second note was words of
    the first, and its marker pointed at nothing."""
    text = NOTES_BODY + notes
    result = tei.encode(text, name="x.txt")
    found = result.tree.findall(".//t:back//t:note", NS)
    assert [(n.findtext("t:label", namespaces=NS), n.get("n")) for n in found] == [(labels[0], "1"), (labels[1], "2")]
    assert " ".join("".join(found[1].itertext())[len(labels[1]):].split()) == second
    assert [r.get("target") for r in result.tree.iterfind(".//t:body//t:ref", NS)] == ["#fn1", "#fn2"]
    assert result.position("fn2").line == next(k for k, line in enumerate(text.split("\n"), 1)
                                               if line.startswith(labels[1] + " "))
    assert validate_result(result) == []


RAISED = ("Memorandum of Conversation\n\nMr. Smith said that the treaty¹ was signed in 1955.²\n\n"
          "Mr. Jones replied that the area was 10 m² and 3 km² large.\n\n"
          "¹ The Austrian State Treaty.\n² Signed on 15 May 1955.\n")


def test_notes_numbered_in_superscript_figures_are_notes_and_their_markers_markers():
    """"treaty¹" / "¹ The Austrian State Treaty.": the notes had been the last speaker's words, the markers
    letters of theirs. A unit's power ("m²", "km²") stays a word's."""

    result = tei.encode(RAISED, name="x.txt")
    conv = "#conv-footnote-superscript"
    assert [(r.text, r.get("n"), r.get("target"), r.get("ana")) for r in result.tree.iterfind(".//t:body//t:ref", NS)] \
        == [("¹", "1", "#fn1", conv), ("²", "2", "#fn2", conv)]
    notes = result.tree.findall(".//t:back//t:note", NS)
    assert [(n.findtext("t:label", namespaces=NS), n.get("n")) for n in notes] == [("¹", "1"), ("²", "2")]
    assert "".join(notes[1].itertext()) == "² Signed on 15 May 1955."
    assert result.position("fn2").line == 8
    assert "10 m² and 3 km² large." in "".join(result.tree.findall(".//t:sp", NS)[1].itertext())
    assert len(result.tree.findall(".//t:sp", NS)[1].findall("t:p", NS)) == 1
    assert conv[1:] in [i.get("{http://www.w3.org/XML/1998/namespace}id")
                        for i in result.tree.iterfind(".//t:interpretation", NS)]
    assert validate_result(result) == []
    diplomatic = render_text(result.tree, diplomatic=True)
    assert diplomatic.split() == RAISED.split()
    assert "treaty¹ was" in render_text(result.tree)
    assert 'role="doc-noteref">1</a> was' in render_html(result.tree)  # in figures, raised by the style


def test_raised_figures_that_number_no_note_are_the_texts_own():
    text = RAISED.split("¹ The")[0] + "Notes taken by A. Smith.\n"
    result = tei.encode(text, name="x.txt")
    assert result.tree.find(".//t:body//t:ref", NS) is None
    assert "the treaty¹ was signed in 1955.²" in "".join(result.tree.find(".//t:sp", NS).itertext())


@pytest.mark.parametrize("one, two, ids", [("¹", "²", ["#fn1", "#fn2", "#fn1-2"]),
                                           ("*", "**", ["#fn-star", "#fn-star2", "#fn-star-2"])])
def test_notes_in_superscript_figures_or_signs_at_a_pages_foot_are_notes_where_they_stand(one, two, ids):
    text = PAGED_NOTES.replace(" [1]", one).replace(" [2]", two).replace("\n1 ", f"\n{one} ").replace("\n2 ", f"\n{two} ")
    result = tei.encode(text, name="x.txt")
    at_foot = result.tree.findall(".//t:body//t:note", NS)
    assert [n.findtext("t:label", namespaces=NS) for n in at_foot] == [one, two]
    assert [r.get("target") for r in result.tree.iterfind(".//t:body//t:ref", NS)] == ids
    assert validate_result(result) == []


SIGNED = ("Record\n\nMr. Smith said that it was not ratified.*\n\nMr. Jones said that the Council** would meet"
          " in Manila† soon.\n\n* Ratified later in 1955.\n** The SEATO Council.\n† In the Philippines.\n")


def test_notes_marked_with_signs_are_notes_and_their_markers_markers():
    """"ratified.*" / "* Ratified later in 1955.": the notes had been the last speaker's words."""
    from tei.render import render_text

    result = tei.encode(SIGNED, name="x.txt")
    conv = "#conv-footnote-sign"
    assert [(r.text, r.get("n"), r.get("target"), r.get("ana")) for r in result.tree.iterfind(".//t:body//t:ref", NS)] \
        == [("*", "*", "#fn-star", conv), ("**", "**", "#fn-star2", conv), ("†", "†", "#fn-dagger", conv)]
    notes = result.tree.findall(".//t:back//t:note", NS)
    assert [(n.findtext("t:label", namespaces=NS), "".join(n.itertext())) for n in notes] == [
        ("*", "* Ratified later in 1955."), ("**", "** The SEATO Council."), ("†", "† In the Philippines.")]
    assert result.position("fn-dagger").line == 9
    assert validate_result(result) == []
    assert render_text(result.tree, diplomatic=True).split() == SIGNED.split()
    # Under notes in figures, the first of a series of signs opens a note of its own.
    mixed = RAISED.replace("1955.²", "1955.²*") + "* Ratified later.\n"
    assert [n.get("n") for n in tei.encode(mixed, name="x.txt").tree.iterfind(".//t:back//t:note", NS)] == [
        "1", "2", "*"]


def test_a_note_above_the_typed_signature_is_a_note_where_it_stands():
    """A memorandum's note printed between its last paragraph and its typed signatory ("* Deliveries were later
    approved." / "John Smith" / "Political Officer"): it had been a paragraph of the last turn, its marker words."""
    text = ("MEMORANDUM FOR THE RECORD\n\n1. The Shah opened by saying that he was worried.\n\n"
            "2. The Shah then asked about the F-4 deliveries.*\n\n* Deliveries were later approved.\n\n"
            "John Smith\nPolitical Officer\n")
    result = tei.encode(text, name="x.txt")
    note = result.tree.find(".//t:body//t:note[@type='footnote']", NS)
    assert (note.get("{http://www.w3.org/XML/1998/namespace}id"), "".join(note.itertext())) == (
        "fn-star", "* Deliveries were later approved.")
    assert result.position("fn-star") == Position(7, 1)
    assert result.tree.find(".//t:body//t:ref[@type='footnote']", NS).get("target") == "#fn-star"
    assert result.tree.find(".//t:closer/t:signed/t:persName", NS).text == "John Smith"
    assert validate_result(result) == []
    assert render_text(result.tree, diplomatic=True).split() == text.split()
    # Without a marker for it, the line is the record's words.
    plain = tei.encode(text.replace("deliveries.*", "deliveries."), name="x.txt")
    assert plain.tree.find(".//t:note[@type='footnote']", NS) is None
    # A note printed with its number in brackets, as its marker is, or its number alone.
    for printed in ("[1]", "1"):
        numbered = tei.encode(text.replace("deliveries.*", "deliveries [1].")
                              .replace("* Deliveries", f"{printed} Deliveries"), name="x.txt")
        assert [n.get("n") for n in numbered.tree.iterfind(".//t:body//t:note[@type='footnote']", NS)] == ["1"], printed
    # Two, one to a line: a note each.
    two = tei.encode(text.replace("worried.", "worried.**").replace("approved.\n", "approved.\n** Not sent.\n"),
                     name="x.txt")
    assert [n.get("n") for n in two.tree.iterfind(".//t:body//t:note[@type='footnote']", NS)] == ["*", "**"]


def test_lines_opening_with_one_sign_are_a_lists_bullets_not_notes():
    text = "Record\n\nMr. Smith said that the treaty was *important* to them.\n\nMr. Jones agreed.\n\n* Wheat\n* Rice\n"
    result = tei.encode(text, name="x.txt")
    assert result.tree.find(".//t:back", NS) is None and result.tree.find(".//t:body//t:ref", NS) is None
    assert "".join(result.tree.findall(".//t:sp", NS)[-1].itertext()).split()[-4:] == ["*", "Wheat", "*", "Rice"]
    assert result.tree.findall(".//t:sp", NS)[-1].find("t:list", NS).get("type") == "bulleted"


def test_a_raised_marker_is_read_where_it_stands():
    from tei.conventions import Table
    from tei.diagnostics import Reporter
    from tei.inline import InlineParser, Joined
    from tei.model import Editorial, Text

    parser = InlineParser(Table(), Reporter())
    parser.raised_notes = frozenset({"1", "12"})
    nodes = parser.parse(Joined.of([(40, "the treaty¹ [sic] and the pact.¹² km² it³")]))
    markers = [n for n in nodes if isinstance(n, Editorial) and n.convention == "footnote-superscript"]
    assert [(m.content[0].text, m.span.start, m.span.end) for m in markers] == [("¹", 50, 51), ("¹²", 71, 73)]
    assert all(isinstance(n.content[0], Text) for n in markers)


def test_numbered_paragraphs_at_the_end_without_a_notes_heading_stay_the_records():
    text = NOTES_BODY + "1. The talks then turned to trade.\n\n2. Mr Casey left.\n"
    result = tei.encode(text, name="x.txt")
    assert result.tree.find(".//t:back", NS) is None
    # Nor is a heading above paragraphs whose numbers no marker names a notes heading.
    result = tei.encode(NOTES_BODY + "Notes\n\n7. A note no marker names.\n", name="x.txt")
    assert result.tree.find(".//t:back", NS) is None


@pytest.mark.parametrize("title", ["RECORD OF CONVERSATION",
                                   "Record of a Meeting held at 10 Downing Street on Tuesday, 3rd March, 1959"])
def test_a_title_under_the_records_classification_is_its_title(title):
    """"SECRET" / "RECORD OF CONVERSATION": the title had headed a section holding the whole record (and, ending
    with a date, had been the opener's dateline), the record untitled."""
    text = f"SECRET\n\n{title}\n\nMr. Smith said that he agreed.\n\nMr. Jones said no.\n"
    result = tei.encode(text, name="x.txt")
    assert structure(text) == ["opener", "head", "sp(p)", "sp(p)"]
    assert result.tree.findtext(".//t:titleStmt/t:title", namespaces=NS) == title
    assert result.position("head1").line == 3
    assert validate_result(result) == []
    # Under a dateline, a line in capitals still heads a section.
    assert structure(text.replace("SECRET", "Moscow, 12 March 1950").replace(title, "BERLIN"))[:2] == ["opener", "div"]


def test_a_title_of_several_lines_over_its_dateline():
    text = ("TELCON\nAmbassador Dobrynin/Secretary Kissinger\nMarch 3, 1973, 10:15 a.m.\n\nD: Hello, Henry.\n\n"
            "K: Anatol.\n\nD: Fine.\n\nK: Good.\n")
    result = tei.encode(text, name="x.txt")
    assert result.tree.findtext(".//t:titleStmt/t:title", namespaces=NS) == "TELCON Ambassador Dobrynin/Secretary Kissinger"
    assert "".join(result.tree.find(".//t:opener/t:dateline", NS).itertext()) == "March 3, 1973, 10:15 a.m."
    # Five lines are a paragraph; so is a block whose title lines end a sentence.
    assert result_structure("One\nTwo\nThree\nFour\nMarch 3, 1973\n\nText.\n")[0] == "p"
    assert result_structure("He came.\nMarch 3, 1973\n\nText.\n")[0] == "p"


PAGED_NOTES = ("Record of Conversation\n\nMr Casey said that the Treaty [1] was of great importance to\n"
               "Australia, and that the Council [2] would meet soon in\n\n1 The ANZUS Treaty.\n2 The SEATO Council.\n"
               "\f\nManila, he thought. Page 1 was long.\n\nMr Dulles agreed [1] and added that he would attend.\n\n"
               "1 He attended in September.\n")


def test_notes_at_the_foot_of_a_page_inside_the_record_are_notes_where_they_stand():
    """A book's footnotes at each page's foot were paragraphs of the last speaker, and the page's marker [1]
    pointed at the last page's note 1."""
    result = tei.encode(PAGED_NOTES, name="x.txt")
    first = result.tree.find(".//t:sp", NS)
    assert [c.tag.split("}")[1] for c in first] == ["speaker", "p", "note", "note", "pb", "p"]
    notes = first.findall("t:note", NS)
    assert [(n.get("{http://www.w3.org/XML/1998/namespace}id"), "".join(n.itertext())) for n in notes] == [
        ("fn1", "1 The ANZUS Treaty."), ("fn2", "2 The SEATO Council.")]
    assert result.position("fn2").line == 7
    assert [r.get("target") for r in result.tree.iterfind(".//t:body//t:ref", NS)] == ["#fn1", "#fn2", "#fn1-2"]
    assert result.tree.find(".//t:back/t:div/t:note", NS).get("{http://www.w3.org/XML/1998/namespace}id") == "fn1-2"
    assert validate_result(result) == []
    segmentation = "".join(result.tree.find(".//t:segmentation", NS).itertext())
    assert "Notes printed at the foot of a page" in segmentation
    assert "Notes printed at the foot of a page" not in "".join(
        tei.encode(NOTES_BODY, name="x.txt").tree.find(".//t:segmentation", NS).itertext())


def test_a_line_at_a_pages_foot_that_no_marker_of_the_page_numbers_stays_text():
    text = PAGED_NOTES.replace("[1] was", "was").replace("[2] would", "would")
    result = tei.encode(text, name="x.txt")
    assert len(result.tree.findall(".//t:body//t:note", NS)) == 0
    assert "1 The ANZUS Treaty. 2 The SEATO Council." in " ".join("".join(result.tree.find(".//t:sp", NS).itertext()).split())


@pytest.mark.parametrize("head, classification", [
    ("SECRET\nCopy No. 1", "SECRET Copy No. 1"),  # the copy's number under the classification, one block
    ("Top Secret", "Top Secret"),  # not in capitals
    ("СОВЕРШЕННО СЕКРЕТНО\nЭкз. № 2", "СОВЕРШЕННО СЕКРЕТНО Экз. № 2"),
    ("SECRET\nthe talks went well.", None),  # words under it: the record's
    ("SECRET\n\nCopy No. 1", "SECRET"),  # the copy's number a block of its own: classification too
])
def test_a_classification_with_its_copy_number_opens_the_record(head, classification):
    """"SECRET" / "Copy No. 1" (a Soviet record's, and the State Department's) was the record's first paragraph,
    as was "Top Secret" in small letters."""
    result = tei.encode(f"{head}\n\nSmith said that he agreed.\n\nMolotov said that he did not.\n", name="x.txt")
    assert result.tree.findtext(".//t:opener/t:seg[@type='classification']", namespaces=NS) == classification
    if "\n\nCopy" in head:
        assert [seg.text for seg in result.tree.iterfind(".//t:opener/t:seg", NS)] == ["SECRET", "Copy No. 1"]


@pytest.mark.parametrize("opening, place, topic", [
    ("Record of Conversation\n\n12th April, 1957\n\nSECRET\n\nTOKYO", "TOKYO", None),  # the date had no place
    ("Minutes\n\nLONDON, 19 May 1937\n\nABYSSINIA", None, "ABYSSINIA"),  # it had: a topic's heading
    ("Record of Conversation\n\nSECRET\n\nTOKYO", None, "TOKYO"),  # no date at all
])
def test_a_place_alone_under_a_date_without_one_is_the_records_dateline(opening, place, topic):
    """"TOKYO" under "12th April, 1957" and "SECRET" (a DFAT record) headed a section holding the whole record."""
    result = tei.encode(f"{opening}\n\n1. MR KISHI said that he was glad.\n\n2. MR MENZIES agreed.\n", name="x.txt")
    datelines = [d.text for d in result.tree.iterfind(".//t:opener/t:dateline", NS)]
    assert (datelines[-1] if len(datelines) > 1 else None) == place
    assert result.tree.findtext(".//t:div[@type='section']/t:head", namespaces=NS) == topic
    assert not validate_result(result)


@pytest.mark.parametrize("said, times", [
    ("We met at 3:55 p.m. today.", [("3:55", "15:55:00")]),  # had been 03:55, a time the text does not say
    ("They talked from 2:50-3:55 p.m.", [("2:50", "14:50:00"), ("3:55", "15:55:00")]),
    ("Lunch was from 11:30-1:00 PM.", [("11:30", "11:30:00"), ("1:00", "13:00:00")]),
    ("He slept at 12:15 a.m. and woke at 12:30 pm.", [("12:15", "00:15:00"), ("12:30", "12:30:00")]),
    ("It started at 10:30, ended at 12:30.", [("10:30", "10:30:00"), ("12:30", "12:30:00")]),  # said as written
    ("At 15:30 a.m. and at 3:55 pmx.", [("15:30", "15:30:00"), ("3:55", "03:55:00")]),  # (a 15 as written)
    # With a full stop, as British records write it: a time before a.m. or p.m. only (it had been no time).
    ("It began at 10.30 a.m. and ended at 12.45 P.M.", [("10.30", "10:30:00"), ("12.45", "12:45:00")]),
    ("They talked from 2.50-3.55 p.m.", [("2.50", "14:50:00"), ("3.55", "15:55:00")]),
    ("He left at 3.15 P.M.", [("3.15", "15:15:00")]),
    ("It rose 10.30 per cent by 3.15 p.m., pages 10.30-11.45, at 10.30 am.", [("3.15", "15:15:00")]),
    # (a court's docket number is no time: "1:19-cv-10482" had been 01:19; a range of times still is)
    ("Civil Action No. 1:19-cv-10482 was heard at 2:50-3:55 p.m.", [("2:50", "14:50:00"), ("3:55", "15:55:00")]),
])
def test_a_time_of_day_before_am_or_pm_is_on_the_24_hour_clock(said, times):
    result = tei.encode(f"Record\n\nMr. Smith said that {said}\n", name="x.txt")
    assert [(t.text, t.get("when")) for t in result.tree.iterfind(".//t:time", NS)] == times
    assert validate_result(result) == []


@pytest.mark.parametrize("head, times", [
    ("Regular Meeting, Monday Evening, February 4, 1895.", ["19:30:00", "21:45:00", "09:00:00", "12:10:00"]),
    ("EVENING SESSION", ["19:30:00", "21:45:00", "09:00:00", "12:10:00"]),
    ("Regular Meeting, Monday, February 4, 1895.", ["07:30:00", "09:45:00", "09:00:00", "12:10:00"]),
])
def test_an_evening_meetings_hours_said_without_am_or_pm_are_the_evenings(head, times):
    """A school board's "Regular Meeting, Monday Evening": "met at 7:30 o'clock" had been 07:30 (the morning's); an
    hour said with a.m. is the morning's still, and 12 is 12."""
    text = (f"{head}\n\nThe Board met at 7:30 o'clock, President Halvorsen in the chair.\n\n"
            "The Board adjourned at 9:45 o'clock, to meet at 9:00 a.m. and 12:10.\n")
    result = tei.encode(text, name="board.txt")
    assert [t.get("when") for t in result.tree.iterfind(".//t:time", NS)] == times


def test_a_note_at_a_pages_foot_inside_a_quoted_text_has_its_id():
    """A note at a page's foot inside a text a telegram quotes ("Begin text." … "End text.") stopped the encoder
    (KeyError: no id had been made for it; found by the fuzzer, with a note marked "†")."""
    text = ("TELEGRAM\n\nThe Ambassador said that the letter follows.\n\nBegin text.\n\nDear Sir, the treaty [1] is "
            "signed\n\n1 The treaty of 1950.\n\f\nand sealed, as agreed.\n\nEnd text.\n\nThe Ambassador said no more.\n")
    result = tei.encode(text, name="x.txt")
    note = result.tree.find(".//t:quote/t:note", NS)
    assert note.get("{http://www.w3.org/XML/1998/namespace}id") == "fn1"
    assert result.tree.find(".//t:quote//t:ref", NS).get("target") == "#fn1"
    assert result.position("fn1").line == 9
    assert validate_result(result) == []
    # Where it stands in the editions too: the diplomatic text had put it in brackets, as a note moved to the end.
    from tei.render import render_text

    assert render_text(result.tree, diplomatic=True).split() == text.split()
    # A note in a quotation inside a paragraph is still a note moved to the end, its marker where it stood.
    from lxml import etree

    inline = etree.fromstring('<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body><p>He said <quote>yes'
                              '<note>A note.</note></quote> at once.</p></body></text></TEI>')
    assert "yes[1] at once." in render_text(inline)
    between = etree.fromstring('<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body><quote>He said yes'
                               '<note>A note.</note> at once.</quote></body></text></TEI>')  # (its words its own)
    assert "yes[1] at once." in render_text(between)


@pytest.mark.parametrize("first", [
    "Hearing on the foreign aid bill, 4 March 1966", "Oral history interview with Jane Smith, 3 May 1998",
    "Proceedings of the Security Council, 12 June 1950", "Press conference of Secretary Rusk, 5 May 1964",
    "Deposition of John Smith, 4 April 1987", "Briefing by the Minister, 6 July 1971",
])
def test_a_hearings_a_depositions_or_a_press_conferences_first_line_names_the_record(first):
    """Hearings, proceedings, depositions, briefings and press conferences name their records as interviews do:
    such a first line ending with its date had been a dateline, and the record "Untitled record"."""
    text = f"{first}\n\nQ: Where?\n\nA: Oaxaca.\n\nQ: When?\n\nA: 1948.\n"
    result = tei.encode(text, name="x")
    assert result.tree.findtext(".//t:titleStmt/t:title", namespaces=NS) == first
    assert structure(text)[0] == "head"


def test_lines_of_chinese_run_on_without_a_space():
    """"我们明天" / "再谈。" was "我们明天 再谈。", a space Chinese never writes; now the lines join without one, an
    lb break="no" where the line turned, and the header says so. Latin lines and Korean (which spaces its words)
    still join with one."""
    text = ("会谈记录\n\n毛泽东：我们同意你们的意见，\n但是还有一些问题需要讨论。\n\n周恩来：好的。我们明天\n再谈。\n\n"
            "毛泽东：好。\n\n김일성: 우리는\n동의합니다.\n")
    result = tei.encode(text, name="x.txt")
    speeches = ["".join(p.itertext()) for p in result.tree.iterfind(".//t:sp/t:p", NS)]
    assert speeches[:3] == ["我们同意你们的意见，但是还有一些问题需要讨论。", "好的。我们明天再谈。", "好。"]
    first = result.tree.find(".//t:sp/t:p", NS)
    assert [(lb.get("break"), lb.tail) for lb in first.iterfind("t:lb", NS)] == [("no", "但是还有一些问题需要讨论。")]
    at = result.position(first.get("{http://www.w3.org/XML/1998/namespace}id"))
    assert (at.line, at.column) == (3, 5)  # (the speech, after "毛泽东：")
    assert "우리는 동의합니다." in " ".join(render_text(result.tree).split())
    assert "我们明天再谈。" in render_text(result.tree) and "我们明天再谈。" in render_html(result.tree)
    said = result.tree.find(".//t:segmentation", NS).xpath("string()", namespaces=NS)
    assert "Lines of Chinese or Japanese" in said
    assert validate_result(result) == []
    # A name broken by the line's end is one name, as the rules read the unit's text.
    broken = tei.encode("毛泽\n东：我们同意。\n\n周恩来：好的。\n\n毛泽东：好。\n", name="x.txt")
    assert [sp.get("who") for sp in broken.tree.iterfind(".//t:sp", NS)] == ["#毛泽东", "#周恩来", "#毛泽东"]
    plain = tei.encode("毛泽东：我们同意。\n\n周恩来：好的。\n\n毛泽东：好。\n", name="x.txt")
    assert "Chinese or Japanese" not in plain.tree.find(".//t:segmentation", NS).xpath("string()", namespaces=NS)


def test_a_tribunals_notes_of_the_hearing_after_dashes_are_stage_directions():
    """"--- Upon commencing at 9.02 a.m." and "--- Whereupon … adjourned …", as the ICTY's transcripts set them, had
    been paragraphs, the last one words of the judge's."""
    text = ("Tuesday, 3 March 2009\n\n[Open session]\n\n--- Upon commencing at 9.02 a.m.\n\n"
            "JUDGE ORIE: Good morning to everyone.\n\nTHE REGISTRAR: Good morning, Your Honours.\n\n"
            "JUDGE ORIE: We will adjourn.\n\n--- Whereupon the Status Conference adjourned at 10.15 a.m.\n")
    result = tei.encode(text, name="x")
    assert ["".join(stage.itertext()) for stage in result.tree.iterfind(".//t:body//t:stage", NS)] == [
        "--- Upon commencing at 9.02 a.m.", "--- Whereupon the Status Conference adjourned at 10.15 a.m."]
    assert [incident.findtext("t:desc", namespaces=NS) for incident in result.tree.iterfind(".//t:incident", NS)] \
        == ["Open session"]
    assert validate_result(result) == []


ACTA_ITEMS = ("ACTA DE LA REUNIÓN DEL CONSEJO\n\nMadrid, 14 de marzo de 2019\n\n1. Aprobación del acta anterior.\n\n"
              "El Sr. Presidente somete a aprobación el acta.\n\n2. Informe del Presidente.\n\n"
              "El Sr. Presidente informa sobre la marcha de la sociedad.\n\n3. Ruegos y preguntas.\n\n"
              "No se formulan.\n")


def test_an_agendas_items_with_their_full_stops_head_what_follows_them_where_every_numbered_line_is_one():
    """"1. Aprobación del acta anterior." and the other items, each with its full stop, had been numbered paragraphs:
    where every numbered line of the record is such an item, three at least, each heads its section."""
    result = tei.encode(ACTA_ITEMS, name="x.txt")
    assert [head.text for head in result.tree.iterfind(".//t:div[@type='section']/t:head", NS)] == [
        "1. Aprobación del acta anterior.", "2. Informe del Presidente.", "3. Ruegos y preguntas."]
    assert validate_result(result) == []
    # Two items only; a numbered paragraph of two lines among them; two numbered lines in a row: no headings.
    for text in (ACTA_ITEMS.split("3. ")[0], ACTA_ITEMS.replace("Ruegos y preguntas.", "Ruegos\ny preguntas."),
                 ACTA_ITEMS.replace("\n\nNo se formulan.", "\n\n4. Varios.\n\nNo se formulan.")):
        assert not tei.encode(text, name="x.txt").tree.findall(".//t:div[@type='section']", NS), text


def test_a_reports_headings_set_as_its_title_is_with_a_full_stop_are_headings():
    """A nineteenth-century report sets its headings in capitals with a full stop, its title too ("IRISH
    CORPORATIONS."); "SUPPLY—ARMY ESTIMATES." between two speeches had been words of the speaker before it. A list of
    words ("FRANCE. ITALY."), a label ("PRESENT.") or a record under a reference ("C.F. 41.") has none."""
    text = ("IRISH CORPORATIONS.\n\nMr. SHEIL said, that he would not be put down.\n\nThe SPEAKER said, the hon. "
            "Member was out of order.\n\nSUPPLY—ARMY ESTIMATES.\n\nMr. HUME said, that he must protest.\n")
    assert structure(text) == ["head", "sp(p)", "sp(p)", "div"]
    section = tei.encode(text, name="x.txt").tree.find(".//t:div[@type='section']", NS)
    assert section.findtext("t:head", namespaces=NS) == "SUPPLY—ARMY ESTIMATES."
    for heading in ("FRANCE. ITALY.", "PRESENT."):
        assert structure(text.replace("SUPPLY—ARMY ESTIMATES.", heading)) == ["head", "sp(p)", "sp(p,p)", "sp(p)"]
    assert structure(text.replace("IRISH CORPORATIONS.", "C.F. 41.")) == ["head", "sp(p)", "sp(p,p)", "sp(p)"]


def test_a_minute_books_dated_meetings_each_with_its_full_stop_and_a_clerks_month_are_entries():
    """A vestry's minute book heads each meeting with its date and a full stop ("June 4th 1832.", "Decr. 10th
    1832."): the second meeting had run into the last speaker's turn. A sentence with a date stays a paragraph."""
    text = ("VESTRY MINUTE BOOK\n\nJune 4th 1832.\nAt a Vestry specially called, Mr Hatch in the Chair.\n"
            "Mr Bird objected to the expense.\n\nDecr. 10th 1832.\nVestry adjourned for want of an attendance.\n")
    result = tei.encode(text, name="x.txt")
    heads = [div.findtext("t:head", namespaces=NS) for div in result.tree.iterfind(".//t:div[@type='entry']", NS)]
    assert heads == ["June 4th 1832.", "Decr. 10th 1832."]
    assert validate_result(result) == []
    assert not tei.encode(text.replace("Decr. 10th 1832.", "Met on 10th December 1832."), name="x.txt") \
        .tree.findall(".//t:div[@type='entry']", NS)
    from tei.dates import read_date

    assert [read_date(f"{month} 10th 1832") for month in ("Jany.", "Feby.", "Augt.", "Septr.", "Octr.", "Novr.",
                                                           "Decr.")] == [f"1832-{m:02}-10" for m in (1, 2, 8, 9, 10, 11, 12)]


def test_minutes_signed_a_name_and_its_office_a_line_close_the_record():
    """"T. Whitworth, Chairman" / "J. Hallam, Branch Secretary" under a branch's minutes had been one paragraph; each
    is a signatory, the name alone a person's (a ship's "Wm. Scoresby, Master" too)."""
    text = ("Minutes of the Quarterly Meeting\n\nPresent: Bro. T. Whitworth (in the Chair), Bros. J. Hallam, W. Beever."
            "\n\nThe Chairman said the ballot would be taken.\n\nThere being no further business the meeting closed."
            "\n\nT. Whitworth, Chairman\nJ. Hallam, Branch Secretary\n")
    result = tei.encode(text, name="x.txt")
    signed = result.tree.findall(".//t:closer/t:signed", NS)
    assert [("".join(s.itertext()), s.find("t:persName", NS).get("ref")) for s in signed] == [
        ("T. Whitworth, Chairman", "#whitworth"), ("J. Hallam, Branch Secretary", "#hallam")]
    for signatory in ("Wm. Scoresby, Master", "John Hatch, Chairman"):
        closer = tei.encode(text.replace("T. Whitworth, Chairman\nJ. Hallam, Branch Secretary", signatory),
                            name="x.txt").tree.find(".//t:closer", NS)
        assert closer is not None and "".join(closer.itertext()).strip() == signatory
    # A name and a place, or a sentence, under the minutes are no signature.
    for line in ("T. Whitworth, Sheffield", "T. Whitworth, Chairman, said goodbye to all."):
        assert tei.encode(text.replace("T. Whitworth, Chairman\nJ. Hallam, Branch Secretary", line),
                          name="x.txt").tree.find(".//t:closer", NS) is None


def test_a_family_letter_its_senders_address_its_loving_leave_taking_and_a_postscript(tei_all):
    """A family's letter: the sender's address above the date ("14 Albert Terrace," / "Pontypridd." / "Sunday, 9th
    May 1915.") had been paragraphs; "Your loving sister," / "Annie" a paragraph; "P.S. Mam says …" a turn of a person
    "P.S. Mam". A postscript had also undone a leave-taking and its signatory in one block ("Yours sincerely," /
    "Annie Morgan"). A letter is warned of no turns no more."""
    text = ("14 Albert Terrace,\nPontypridd.\nSunday, 9th May 1915.\n\nMy dear Tom,\n\nWe had your letter of the 2nd "
            "on Thursday.\n\nYour loving sister,\nAnnie\n\nP.S. Mam says have you had the Woodbines she sent.\n")
    result = tei.encode(text, name="x.txt")
    assert structure(text) == ["opener", "p", "closer", "postscript"]
    opener = result.tree.find(".//t:opener", NS)
    assert [local(c.tag) for c in opener] == ["address", "dateline", "salute"]
    closer = result.tree.find(".//t:closer", NS)
    assert [(local(c.tag), "".join(c.itertext())) for c in closer] == [("salute", "Your loving sister,"),
                                                                       ("signed", "Annie")]
    assert not result.tree.findall(".//t:sp", NS) and "no-turns" not in {d.code for d in result.diagnostics}
    assert tei_all.validate(result.tree), str(tei_all.error_log)
    assert validate_result(result) == []
    other = text.replace("Your loving sister,\nAnnie", "Yours sincerely,\nAnnie Morgan")
    assert structure(other) == ["opener", "p", "closer", "postscript"]
    assert structure(other.replace("P.S. Mam says", "P.S. Give my love to the lads. Mam says")) == \
        ["opener", "p", "closer", "postscript"]
    # Each of a greeting, a leave-taking and a postscript says the record is a letter.
    body = "Sunday, 9th May 1915.\n\nWe had your letter of the 2nd on Thursday.\n\n"
    for letter in (body.replace("\n\nWe", "\n\nMy dear Tom,\n\nWe"), body + "Your loving sister,\nAnnie\n",
                   body + "(Signed) Annie\n\nP.S. Give my love to the lads.\n"):
        assert tei.encode(letter, name="x.txt").diagnostics == (), letter
    assert [d.code for d in tei.encode(body, name="x.txt").diagnostics] == ["no-turns"]
    # A sentence with a date in it, above the greeting, is no address and no dateline.
    assert structure(text.replace("14 Albert Terrace,\nPontypridd.\n", "We moved again, as you know, after the flood "
                                  "in the valley took the house and all we had in it.\n"))[:1] == ["p"]


# -- lines set in columns: a table

LOG = ("RADIO INTERCEPT LOG\n\n"
       "1902  DKW v QZA  28   Prefix 0815.  Strength 4, readability 3.\n"
       "1910  QZA v DKW  R    Receipt acknowledged.\n"
       "1945  -          -    Frequency shifted to 4190 kc/s. Followed.\n\n"
       "Remarks by the supervisor follow.")


def _cells(result) -> list[list[str]]:
    return [[" ".join("".join(cell.itertext()).split()) for cell in row]
            for row in result.tree.iterfind(".//t:table/t:row", NS)]


def test_lines_set_in_columns_are_a_tables_rows_each_column_a_cell():
    """A log's rows had run into one another, a paragraph of all of them (and split where a row ended a sentence)."""
    result = tei.encode(LOG, name="x.txt")
    assert structure(LOG) == ["head", "table", "p"]
    assert _cells(result) == [["1902", "DKW v QZA", "28", "Prefix 0815. Strength 4, readability 3."],
                              ["1910", "QZA v DKW", "R", "Receipt acknowledged."],
                              ["1945", "-", "-", "Frequency shifted to 4190 kc/s. Followed."]]
    table = result.tree.find(".//t:table", NS)
    assert result.position(table.get("{http://www.w3.org/XML/1998/namespace}id")) == Position(3, 1)
    assert not validate_result(result)


def test_a_vote_in_two_columns_set_well_apart_is_a_table():
    text = "The motion was put.\n\nAyes            12\nNoes             5\nAbstentions      1\n\nIt was carried."
    assert _cells(tei.encode(text, name="x.txt")) == [["Ayes", "12"], ["Noes", "5"], ["Abstentions", "1"]]


@pytest.mark.parametrize("text", [
    # a typist's two spaces after a sentence's end, on every line
    "The committee met.  It agreed to the plan.\nThe chairman spoke.  He thanked them all.",
    # initials at the margin, a tape's speakers; names in capitals, the speech set apart
    "P  Well, what is the story?\nH  The story is Dean.\nP  And then?",
    "HALE      Where were you?\nMARSH     At home.\nHALE      Alone?",
    # a cockpit recorder's rows, each a turn
    "21:41:02  HOT-1   okay, flaps five.\n21:41:09  HOT-2   flaps five.",
    # two columns on two lines only; columns that start nowhere alike; a bracket's words across a gap
    "Ayes      12\nNoes       5",
    "one  two three\nfour five  six seven",
    # justified prose, two wide spaces a line, the lines as long
    "The committee  met at ten and  agreed to the plan\nthat the chair  had put before  it, with one vote",
    "x\n\n[two  words]  here\n[six  lines]  gone\n[and  so on]  left",
    # numbers set apart from what they number: a list's items, whatever their columns
    "Items:\n\n1  The committee met\n2  It agreed\n3  It closed",
    "The harvest was:\n\n1.  Wheat      400\n2.  Rice       300\n3.  Barley     250",
])
def test_lines_with_wide_spaces_that_are_no_table(text):
    assert tei.encode(text, name="x.txt").tree.find(".//t:table", NS) is None


def test_a_table_in_a_speech_stays_in_the_turn_and_renders_as_columns():
    text = ("STALIN says that the figures are these:\n\n"
            "1950      412,000\n1951      398,500\n1952      441,200\n\n"
            "He adds that they will grow.")
    result = tei.encode(text, name="x.txt")
    assert structure(text) == ["sp(p,table,p)"]
    assert _cells(result)[1] == ["1951", "398,500"]
    plain = render_text(result.tree)
    assert "1950  412,000\n1951  398,500\n1952  441,200" in plain
    html = render_html(result.tree)
    assert "<tr><td>1951</td><td>398,500</td></tr>" in html


def test_a_table_too_wide_for_the_text_edition_is_a_row_a_block():
    result = tei.encode(LOG, name="x.txt")
    narrow = render_text(result.tree, width=30)
    assert "1910 | QZA v DKW | R | Receipt" in " ".join(narrow.split())
    wide = render_text(result.tree)
    assert "1910  QZA v DKW  R   Receipt acknowledged." in wide


def test_rows_of_which_one_opens_a_block_are_no_table_but_lines_as_any_chunks():
    """A chunk set in columns whose row opens a turn or an item (a transcript's, set at the margin) is read as
    lines, split where a line opens a block, as it was before tables were read."""
    from tei.blocks import layout
    from tei.source import Source

    def units(opens_block):
        lines = layout(Source.from_text(LOG), None, 1)
        found, _ = lines.units(opens_block)
        return [[text for _, text in unit.lines] for unit in found], lines.tables

    whole, tables = units(lambda text: False)
    assert len(whole[1]) == 3 and len(tables) == 1
    split, tables = units(lambda text: text.startswith("1945"))
    assert split[1:3] == [["1902  DKW v QZA  28   Prefix 0815.  Strength 4, readability 3.",
                           "1910  QZA v DKW  R    Receipt acknowledged."],
                          ["1945  -          -    Frequency shifted to 4190 kc/s. Followed."]] and not tables


def test_a_row_of_fewer_cells_stands_under_its_columns():
    """A vote's head set over the figures, right of the names: its cells had stood under the first two columns."""
    text = ("The vote was:\n\n                   Ayes      Noes\nHouse of Bishops     39        13\n"
            "House of Clergy     176        74\n\nCarried.")
    result = tei.encode(text, name="x.txt")
    assert _cells(result) == [["", "Ayes", "Noes"], ["House of Bishops", "39", "13"], ["House of Clergy", "176", "74"]]
    assert "                  Ayes  Noes\nHouse of Bishops  39    13\n" in render_text(result.tree)
    assert not validate_result(result)
    # a row whose first cell stands under the last column, and a second after it: no column left for that one
    log = ("LOG\n\n1902  DKW v QZA  28   Prefix 0815.\n1910  QZA v DKW  R    Receipt acknowledged.\n"
           "                      Continued  overleaf")
    assert _cells(tei.encode(log, name="x.txt"))[2] == ["Continued", "overleaf"]


def test_a_table_too_wide_for_its_columns_gives_the_diplomatic_text_no_sign_of_its_own():
    """Its rows a block each, the cells apart by a rule in the reading text: the diplomatic text, whose signs are all
    the source's, had printed the rule (a fuzz input)."""
    text = "ked— (Aplausos.— Rumores)  （众笑） [\x0cended at Thiệu\ts\nutive Officer[less than 1 line not declassified]  0  :"
    result = tei.encode(text, name="x.txt")
    assert result.tree.find(".//t:table", NS) is not None
    squash = lambda s: "".join(s.split())  # noqa: E731
    assert squash(render_text(result.tree, diplomatic=True)) == squash(result.source.text)
    assert "utive Officer[less than 1 line not declassified] | 0 | :" in render_text(result.tree)


def test_a_diarys_date_line_ends_its_unit_however_long_beside_the_entries_lines():
    """A date alone above its entry's words, no blank line between them, ends a unit as a short line does: the last
    entry's date, longer than most of a short-lined diary's lines, had run into its words, in the entry before."""
    text = ("Monday, 10th March 1941.\nUp at seven. Raid in the night.\n\nTuesday, 11th March 1941.\n"
            "The Lend-Lease Bill signed today.\n\nWednesday, 12th March 1941.\nNothing much.\n")
    result = tei.encode(text, name="x.txt")
    entries = result.tree.findall(".//t:div[@type='entry']", NS)
    assert [e.findtext("t:head", namespaces=NS) for e in entries] == [
        "Monday, 10th March 1941.", "Tuesday, 11th March 1941.", "Wednesday, 12th March 1941."]
    assert [e.findtext("t:p", namespaces=NS) for e in entries][-1] == "Nothing much."


def test_a_town_meetings_articles_head_what_was_moved_and_voted_on_them():
    """"ARTICLE 4. Shall the voters appropriate …?" had been words of the last speaker's turn; a treaty's articles,
    its text, stay paragraphs."""
    text = ("MINUTES OF THE ANNUAL TOWN MEETING\nMarch 5, 2019\n\nARTICLE 3. Shall the voters authorize the Selectboard "
            "to\nborrow money in anticipation of taxes?\n\nMoved by Richard Ames, seconded by Peg Sullivan.\n"
            "Bud Thayer asked what was borrowed last year.\n\nARTICLE 4. Shall the voters appropriate the sum of\n"
            "$45,000 for the purchase of a new plow truck?\n\nMoved by Ann Lindqvist, seconded by Jim Morrow.\n")
    result = tei.encode(text, name="x.txt")
    sections = result.tree.findall(".//t:div[@type='section']", NS)
    assert [s.findtext("t:head", namespaces=NS)[:10] for s in sections] == ["ARTICLE 3.", "ARTICLE 4."]
    assert sections[0].find("t:sp", NS) is not None and sections[1].find("t:sp", NS) is None
    treaty = ("The draft reads:\n\nArticle 1. The Parties undertake to settle any international dispute in which "
              "they may be\ninvolved by peaceful means in such a manner that peace is not endangered.\n\n"
              "Article 2. The Parties will contribute toward the further development of peaceful and friendly\n"
              "international relations by strengthening their free institutions.\n")
    assert structure(treaty) == ["p", "p", "p"]


def test_a_logs_entries_at_their_hours_are_blocks_of_their_own_under_a_sentence():
    """A ship's log keeps the hour and a tenth ("9.0"), a diary the hour and minutes ("14.05"): an entry under a
    line long enough to be wrapped had run into the entry, or the list's item, before it."""
    text = ("LOG OF THE SLOOP PETREL\n\n"
            "Fresh breeze from the north east, with passing showers and a rising sea.\n"
            "9.0 Exercised the watch at the pumps. Mustered the following defaulters:\n"
            "1. Thos. Pengelly, A.B., absent over leave on the night of the 3rd inst.\n"
            "2. Jas. Rowse, Ord., found asleep on his watch on the forecastle head.\n"
            "10.0 Hands at quarters. Loosed sails to dry after the morning's rain.\n"
            "11.30 Shortened sail. Took in the top gallant sails and the flying jib.\n"
            "Noted by the officer of the watch that the glass was falling steadily.\n\n"
            "The diary, 14 May\n\n"
            "Arrived at the ministry at nine and waited for the minister in his room.\n"
            "14.05 The meeting resumed, with the minister in the chair and all present.")
    result = tei.encode(text, name="log.txt")
    paragraphs = [" ".join("".join(p.itertext()).split()) for p in result.tree.iterfind(".//t:body//t:p", NS)]
    assert [p for p in paragraphs if p[:1].isdigit()] == [
        "9.0 Exercised the watch at the pumps. Mustered the following defaulters:",
        "10.0 Hands at quarters. Loosed sails to dry after the morning's rain.",
        "11.30 Shortened sail. Took in the top gallant sails and the flying jib. Noted by the officer of the watch "
        "that the glass was falling steadily.",
        "14.05 The meeting resumed, with the minister in the chair and all present."]
    items = [" ".join("".join(i.itertext()).split()) for i in result.tree.iterfind(".//t:item", NS)]
    assert items[-1] == "Jas. Rowse, Ord., found asleep on his watch on the forecastle head."
    assert structure(text) == ["head", "p", "p", "list", "p", "p", "p", "p", "p"]


def test_a_merchant_logs_entries_at_their_hours_and_noon_are_blocks_of_their_own():
    """"4 a.m. …", "9.30 a.m. …", "Noon. …" on the lines of a day's entries, as a merchant ship's log and a diary
    write the hours (a day's entries had been one paragraph)."""
    text = ("Friday 16th March 1855\n\n6 a.m. Saw a sail bearing N.E. standing to the westward.\n"
            "9.30 a.m. Spoke the ship \"Constance\" of London, 82 days from\nMelbourne, bound to London, all well.\n"
            "Noon. Lat. 41.14 S. Long. by chron. 12.40 E. Distance run 186 miles.\n"
            "2 p.m. Departed this life William Hendry, A.B., aged 23.\nMidnight. Fresh breezes and fine.\n")
    paragraphs = [" ".join("".join(p.itertext()).split())[:12]
                  for p in tei.encode(text, name="log.txt").tree.iterfind(".//t:body//t:p", NS)]
    assert paragraphs == ["6 a.m. Saw a", "9.30 a.m. Sp", "Noon. Lat. 4", "2 p.m. Depar", "Midnight. Fr"]


@pytest.mark.parametrize("text", [
    "The price rose in the year to March by a margin that nobody had foreseen by\n2.5 Million tons in the end.",
    "They met in the hall of the old school at the end of the village street.\n12.45 pm was the hour they named.",
    "They met in the hall of the old school at the end of the village street at\n4 p.m. They parted at six.",
])
def test_a_figure_that_opens_a_wrapped_line_is_no_logs_entry_inside_a_sentence_or_before_small_letters(text):
    assert structure(text) == ["p"]


def test_the_records_next_numbered_paragraph_under_a_turn_its_label_opened_is_the_records():
    """"MR KIM: … a hard negotiator." / "3. The meeting concluded …", the record's paragraphs numbered 1 and 2 above the
    labelled turns: the record's third, not the speaker's words (it had been). Its numbers alone do not end a turn: a
    speaker's own points, where the record numbers none, nor the paragraphs of one named within the record's."""
    def outline(text: str) -> list[tuple[str, str | None]]:
        record = tei.encode(text, name="x.txt").tree.find(".//t:div[@type='record']", NS)
        return [(local(child.tag), child.get("who") or child.get("n")) for child in record]

    minutes = ("1. Mr Kerin welcomed the Minister.\n\n2. Mr Kim thanked him for his hospitality.\n\n"
               "MR KERIN: We are concerned about the beef quota.\n\nMR KIM: I understand the concern.\n\n"
               "3. The meeting concluded at 11.45 a.m.\n")
    assert outline(minutes)[-3:] == [("sp", "#kerin"), ("sp", "#kim"), ("p", "3")]
    assert outline(minutes.replace("3. The", "4. The"))[-1] == ("sp", "#kim")  # (not the next number)
    points = "MR KERIN: I have two points.\n\n1. The quota.\n\n2. The price.\n\nMR KIM: Noted.\n"
    assert [tag for tag, _ in outline(points)] == ["sp", "sp"]
    within = ("1. KISHI spoke of trade.\n\n2. When KISHI finished, MR MENZIES, after thanking him, said: 'I was "
              "touched.\n\n3. 'Our other point was economic.'\n")
    assert outline(within)[-1] == ("sp", "#menzies")
    paragraphs = ("1. The Committee took evidence.\n\nTHE CHAIRPERSON: Thank you.\n\nMR ROY: Sir.\n\n"
                  "2. The witnesses withdrew.\n")
    assert outline(paragraphs)[-1] == ("p", "2")  # (after the record's own numbered paragraph, no turn's)
    numbered = "1. MR KERIN said that he was glad.\n\n2. He added that the quota was small.\n"
    assert outline(numbered) == [("sp", "#kerin")]  # (a turn the record numbers goes on through its numbers)


def test_a_roster_of_numbered_names_is_a_list_under_its_house_and_no_agendas_headings():
    """India's committees number their members under each house ("Lok Sabha" / "2. Shri Rajendra Agrawal" / "3. Smt.
    Supriya Sule"): a list, without a colon above it (the last of each had headed a section, the next house in it)."""
    text = ("The Committee met at 1500 hrs.\n\nLok Sabha\n\n2. Shri Rajendra Agrawal\n3. Smt. Supriya Sule\n\n"
            "Rajya Sabha\n\n4. Shri Pyarimohan Mohapatra\n5. Shrimati Viplove Thakur - Member\n\n"
            "The Committee then took evidence.\n")
    record = tei.encode(text, name="x.txt").tree.find(".//t:div[@type='record']", NS)
    assert [local(child.tag) for child in record] == ["p", "p", "list", "p", "list", "p"]
    assert [item.text for item in record.iterfind("t:list/t:item", NS)] == [
        "Shri Rajendra Agrawal", "Smt. Supriya Sule", "Shri Pyarimohan Mohapatra", "Shrimati Viplove Thakur - Member"]
    # An agenda's items are still its headings, a person's name in them too.
    agenda = tei.encode("Minutes\n\n1. Mr Smith's retirement\n\nThe Board thanked him.\n\n2. Finance\n\n"
                        "The accounts were approved.\n", name="x.txt").tree
    assert [head.text for head in agenda.iterfind(".//t:div[@type='section']/t:head", NS)] == [
        "1. Mr Smith's retirement", "2. Finance"]


def test_a_minute_books_numbered_minutes_head_their_sections_and_its_signatory_closes_it():
    """"12/1961 Correspondence" on the line above its minute, as a branch's and a parish council's minute books
    number them: a section's heading each (they had been run into the paragraph under them, or words of the turn
    before); the chairman's name, office and date under the last minute, the closing (it had been a paragraph)."""
    text = ("Minutes of Branch Meeting\n\n11/1961 Minutes\nThe minutes of the last meeting were read.\n\n"
            "12/1961 Correspondence\nBro. Thorpe opposed the motion, and moved an amendment.\n\n"
            "13/1961 Any Other Business\nThe Secretary reported that the rally was postponed.\n\n"
            "T. Whitworth\nChairman\n11th April 1961\n")
    record = tei.encode(text, name="x.txt").tree.find(".//t:div[@type='record']", NS)
    sections = record.findall("t:div[@type='section']", NS)
    assert [section.findtext("t:head", None, NS) for section in sections] == [
        "11/1961 Minutes", "12/1961 Correspondence", "13/1961 Any Other Business"]
    assert [local(child.tag) for child in sections[1]] == ["head", "sp"]
    assert [local(child.tag) for child in record][-2:] == ["closer", "dateline"]
    assert record.findtext("t:dateline", None, NS) == "11th April 1961"
    # One such line alone is a paragraph's words, and so is a sentence that opens with a fraction.
    once = tei.encode("Minutes\n\n11/1961 Minutes\nThe minutes were read.\n\n3/4 of the members voted.\n",
                      name="x.txt").tree
    assert once.find(".//t:div[@type='section']", NS) is None
    # A Quaker meeting's, the word before the number ("Minute 16/31  Worship and opening"): they had been run into
    # the paragraph under them.
    quaker = tei.encode("Minutes of Area Meeting\n\nMinute 16/31  Worship and opening\nWe have gathered in worship.\n\n"
                        "Minute 16/32  Minutes of the last meeting\nThe minutes have been signed.\n", name="x.txt").tree
    assert [head.text for head in quaker.iterfind(".//t:div[@type='section']/t:head", NS)] == [
        "Minute 16/31 Worship and opening", "Minute 16/32 Minutes of the last meeting"]


@pytest.mark.parametrize("mark", ["[End of interview]", "[Tape 1, Side B]", "[END OF TRANSCRIPT]", "[Tape ends.]",
                                  "[Coffee break]", "[Lunch break]"])
def test_where_the_recording_ends_or_turns_over_alone_in_a_paragraph_stands_between_the_turns(mark):
    """"[End of interview]" after the last answer, and what the transcriber wrote under it, are the record's (they
    had been the last speaker's words); not "[pause]", which is the speaker's."""
    text = (f"JS: Was it difficult?\n\nKB: Yes.\n\nJS: Thank you.\n\nKB: You will have some tea?\n\n{mark}\n\n"
            "Transcribed by M. Akhtar, June 1986.\n")
    record = tei.encode(text, name="x.txt").tree.find(".//t:div[@type='record']", NS)
    assert [local(child.tag) for child in record] == ["sp", "sp", "sp", "sp", "p", "p"]
    assert record[4].find("t:incident", NS) is not None
    paused = tei.encode(text.replace(mark, "[pause]"), name="x.txt").tree.find(".//t:div[@type='record']", NS)
    assert [local(child.tag) for child in paused] == ["sp", "sp", "sp", "sp"]


def test_a_transcripts_last_line_end_of_meeting_is_the_records_not_a_heading_of_nothing():
    """"END OF MEETING" had headed a section holding nothing; as a paragraph it would have been the last speaker's."""
    text = "CHAIRMAN BERNANKE. Let us begin.\n\nMR. KOHN. Thank you.\n\nCHAIRMAN BERNANKE. Yes.\n\nEND OF MEETING\n"
    record = tei.encode(text, name="x.txt").tree.find(".//t:div[@type='record']", NS)
    assert [local(child.tag) for child in record] == ["sp", "sp", "sp", "p"]
    assert record[-1].text == "END OF MEETING"


@pytest.mark.parametrize("leave", ["I am, Sir, your most humble\nand obedient Servant,",
                                   "I am, Sir,\nyour most humble and\nobedient Servant,"])
def test_an_eighteenth_century_letters_leave_taking_signatory_and_dateline_close_it(leave):
    """A leave-taking wrapped over two lines or three, the signatory, and "Bristoll, the 19th of September, 1724."
    (they had been three paragraphs: the date's "of" was read by no pattern, and three lines by no leave-taking)."""
    text = ("Sir,\n\nI receiv'd yours of the 12th Instant, and am heartily sorry.\n\n"
            f"{leave}\n\nWm. Pennington\n\nBristoll, the 19th of September, 1724.\n")
    result = tei.encode(text, name="letter.txt")
    record = result.tree.find(".//t:div[@type='record']", NS)
    assert [local(child.tag) for child in record] == ["opener", "p", "closer", "dateline"]
    assert record.find("t:closer/t:signed/t:persName", NS).text == "Wm. Pennington"
    assert result.tree.find(".//t:creation/t:date", NS).get("when") == "1724-09-19"


def test_a_diarys_days_without_their_years_head_the_entries_under_them():
    """"Monday, 3rd June." / "A wet day …", "June 5.", "13th.": each day alone on its line over its entry, the year
    left out (they had been paragraphs, or run into the entry under them). Dates with their years over a call's time
    are no diary's days."""
    text = ("Monday, 3rd June.\nA wet, disagreeable day.\n\nJune 5.\nNothing to record.\n\n"
            "June 12th, 1889.\nCaptain Marsh called in the morning.\n\n13th.\nRain. Wrote to Aunt Sophia.\n\n"
            "Saturday, 15 June.\nTennis at the Fairbrothers'.\n")
    record = tei.encode(text, name="diary.txt").tree.find(".//t:div[@type='record']", NS)
    assert [entry.findtext("t:head", None, NS) for entry in record.iterfind("t:div[@type='entry']", NS)] == [
        "Monday, 3rd June.", "June 5.", "June 12th, 1889.", "13th.", "Saturday, 15 June."]
    assert [len(entry) for entry in record.iterfind("t:div[@type='entry']", NS)] == [2] * 5
    calls = ("TELEPHONE CONVERSATION WITH AMBASSADOR DOBRYNIN\n\nOctober 24, 1973\n9:32 p.m.\n\nD: Henry, it is urgent."
             "\n\nK: Go ahead.\n\nTELEPHONE CONVERSATION WITH GENERAL HAIG\n\nOctober 24, 1973\n10:20 p.m.\n\n"
             "H: What does he want?\n\nK: A joint action.\n")
    assert tei.encode(calls, name="telcon.txt").tree.find(".//t:div[@type='entry']", NS) is None


@pytest.mark.parametrize("certificate, signed", [
    ("I, Patricia Kwan, City Clerk, certify that the foregoing is a true and correct transcript.",
     "Patricia Kwan\nCity Clerk"),
    ("I hereby certify that the above is an accurate transcript of the proceedings.",
     "J. Whitely, Official Shorthand Writer"),
])
def test_a_clerks_or_reporters_certificate_under_the_transcript_is_the_records_and_its_signatory_closes_it(
        certificate, signed):
    """The certificate had been the last speaker's words, and the shorthand writer's signature a paragraph."""
    text = (f"MAYOR HOLLOWAY: The motion carries.\n\nMR ADAMS: Thank you.\n\nMAYOR HOLLOWAY: We are adjourned.\n\n"
            f"{certificate}\n\n{signed}\n")
    record = tei.encode(text, name="x.txt").tree.find(".//t:div[@type='record']", NS)
    assert [local(child.tag) for child in record] == ["sp", "sp", "sp", "p", "closer"]
    assert record.findtext("t:p", None, NS) == certificate


@pytest.mark.parametrize("fields", [
    "", "Name: SCHRODER, Karl-Heinz\nRank: Obergefreiter\nInterrogator: Lt. R. M. Feldman\n\n"])
def test_a_reports_signatory_with_rank_and_office_under_the_name_closes_it(fields):
    """"R. M. FELDMAN" / "1st Lt., Inf." / "Interrogator": one signatory (it had been a paragraph, or, where the
    report's fields had read "Interrogator:" as a label, a paragraph and a person #interrogator signing)."""
    text = (f"INTERROGATION REPORT NO. 114\n\n{fields}PW was cooperative.\n\n"
            "R. M. FELDMAN\n1st Lt., Inf.\nInterrogator\n")
    record = tei.encode(text, name="report.txt").tree.find(".//t:div[@type='record']", NS)
    signed = record.find("t:closer/t:signed", NS)
    assert signed.find("t:persName", NS).text == "R. M. FELDMAN"
    assert " ".join("".join(signed.itertext()).split()) == "R. M. FELDMAN 1st Lt., Inf. Interrogator"


@pytest.mark.parametrize("signature, name", [
    ("EDWARD M. CARTER\nColonel, Infantry\nPresident", "EDWARD M. CARTER"),
    ("Edward M. Carter\nColonel, Infantry\nPresident", "Edward M. Carter"),
    ("T. Whitworth\nChairman.", "T. Whitworth"),  # (the office with a full stop, no sentence's: it had been prose)
])
def test_a_signatorys_name_with_its_middle_initial_over_the_office_closes_the_record(signature, name):
    """In capitals it had been a paragraph; in small letters the given name had been read as an office before the
    initial ("Edward" outside the name)."""
    text = f"There being no further business, the Meeting terminated.\n\n{signature}\n"
    record = tei.encode(text, name="x.txt").tree.find(".//t:div[@type='record']", NS)
    assert record.find("t:closer/t:signed/t:persName", NS).text == name


ARGUMENT = ("          JUSTICE SCALIA: Labels are what legislatures do all\nday long.\n"
            "          MS. PORTER: That may be so, but --\n          QUESTION: Counsel, was this objection preserved\n"
            "below?\n          MS. PORTER: It was, Your Honor.\n          JUSTICE SCALIA: Then why not say so?\n")


def test_lines_indented_past_the_margin_open_paragraphs_where_no_blank_line_parts_them():
    """An oral argument's typescript: each speaker's first line indented, the lines under it at the margin, no blank
    line between. A line that did not end a sentence ("but --") had run the next speaker's words into its turn."""
    tree = tei.encode(ARGUMENT, name="argument.txt").tree
    assert ["".join(p.itertext()) for p in tree.iterfind(".//t:body//t:p", NS)] == [
        "Labels are what legislatures do all day long.", "That may be so, but --",
        "QUESTION: Counsel, was this objection preserved below?"[len("QUESTION: "):], "It was, Your Honor.",
        "Then why not say so?"]


@pytest.mark.parametrize("text", [
    # a hanging indent: the label at the margin, its lines under it indented (a police interview's record)
    "DC SMITH: This interview is being recorded. I'm Detective\n          Constable Hannah Smith, attached to CID.\n"
    "          Also present is...\nDC OWUSU: DC Lee Owusu.\nDC SMITH: Can you give your full name\n"
    "          and date of birth?\nDOYLE: Kieran Paul Doyle.\n",
    # a court's lines numbered every fifth in the margin
    "     MR. DELANEY: Your Honor, the government calls\n     Mr. Walter Finch.\n5 THE COURT: Very well.\n"
    "     Mr. Finch, come forward.\n10 Q. Where were you employed?\n     A. At the plant.\n15 Q. Since when?\n",
    # one paragraph's first line indented: nothing to cut
    "          Dear Sir, I write to\nyou about the matter of\nthe boundary, which is\nstill open.\n",
    # a table's columns
    "                              1952-53        1951-52\n                                £              £\n"
    "   Contributions             14,210         13,884\n   Interest                     612            590\n"
    "                            --------       --------\n   Surplus                    1,743          3,074\n",
])
def test_a_hanging_indent_numbered_lines_and_a_tables_columns_open_no_paragraphs_at_their_indented_lines(text):
    from tei.blocks import layout
    from tei.source import Source
    assert layout(Source.from_text(text), None, 1).indented == frozenset()
    # (and the chunk it would have cut, read so: an indented first line over lines at the margin)
    assert len(layout(Source.from_text(ARGUMENT), None, 1).indented) == 5


def test_a_line_back_at_the_margin_under_a_lists_indented_items_is_a_paragraph_of_its_own():
    """"  3. Britain Yearly Meeting asks for our quota." / "We accept this report with thanks.": the paragraph had been
    words of the last item. Not a line under an item that runs on ("  1. gift aid declarations" / "must be
    renewed;")."""
    text = ("Our treasurer reminds us that:\n  1. gift aid declarations must be renewed;\n"
            "  2. the Sedbergh roof appeal\nremains open;\n  3. Britain Yearly Meeting asks for our quota.\n"
            "We accept this report with thanks.\n")
    tree = tei.encode(text, name="x.txt").tree
    assert [item.text for item in tree.iterfind(".//t:list/t:item", NS)] == [
        "gift aid declarations must be renewed;", "the Sedbergh roof appeal remains open;",
        "Britain Yearly Meeting asks for our quota."]
    assert [p.text for p in tree.iterfind(".//t:body//t:p", NS)] == [
        "Our treasurer reminds us that:", "We accept this report with thanks."]


def test_a_governors_despatch_greets_my_lord_and_takes_leave_over_three_lines_with_the_addressees_title():
    """"My Lord," the greeting (it had been a paragraph); "I have the honour to be," / "My Lord," / "Your Lordship's
    most obedient humble Servant," the leave-taking (its "My Lord," had been a person's name, the signatory's)."""
    text = ("My Lord,\n\nI report that the envoys have returned to Kumasi.\n\nI have the honour to be,\nMy Lord,\n"
            "Your Lordship's most obedient humble Servant,\nGEO. C. STRAHAN,\nGovernor.\n")
    tree = tei.encode(text, name="despatch.txt").tree
    assert tree.findtext(".//t:opener/t:salute", namespaces=NS) == "My Lord,"
    assert " ".join(tree.findtext(".//t:closer/t:salute", namespaces=NS).split()) == (
        "I have the honour to be, My Lord, Your Lordship's most obedient humble Servant,")
    assert tree.findtext(".//t:closer/t:signed/t:persName", namespaces=NS).startswith("GEO. C. STRAHAN")


@pytest.mark.parametrize("annex", ["Anlage 3", "ANNEX B", "Appendix 2", "Enclosure No. 1"])
def test_an_annexs_heading_after_the_sittings_close_heads_the_annexed_text(annex):
    """"Anlage 3" alone on its line, then the statement given to the record: they had been words of the president's
    turn that closed the sitting."""
    text = ("Präsident Dr. Walter Momper: Das Wort hat Frau Brandt-Lühr.\n\nFrau Brandt-Lühr (Niedersachsen): Ich gebe "
            "eine Erklärung zu Protokoll.\n\nPräsident Dr. Walter Momper: Die Sitzung ist geschlossen.\n\n"
            f"                                    {annex}\n\nErklärung von Frau Ministerin Brandt-Lühr\n\n"
            "Niedersachsen hält die Anpassung für unzureichend.\n")
    record = tei.encode(text, name="x.txt").tree.find(".//t:div[@type='record']", NS)
    assert [local(child.tag) for child in record] == ["sp", "sp", "sp", "div"]
    assert record[-1].findtext("t:head", namespaces=NS) == annex
    # (not an annex's name in a sentence: "Annex B was adopted.")
    sentence = tei.encode(text.replace(annex, f"{annex} was adopted."), name="x.txt").tree
    assert sentence.find(".//t:div[@type='section']", NS) is None


def test_a_courts_caption_ruled_with_spaced_dashes_is_no_bulleted_list():
    """"- - - - - - - - x", the box a court's caption is drawn in, had been a list's item."""
    text = ("- - - - - - - - - - - - - x\nHARLAN T. BECKWORTH,        :\n         Petitioner,        :\n"
            "- - - - - - - - - - - - - x\n\nWashington, D.C.\n")
    assert tei.encode(text, name="x.txt").tree.find(".//t:list", NS) is None


@pytest.mark.parametrize("closing, name, after", [
    ("Signed:\nJ. M. R. COLEBROOK\nBrig\nComd 4 Bde\n", "J. M. R. COLEBROOK", "Brig Comd 4 Bde"),
    ("Signed: H. Barraclough\nChairman of the Bench\n", "H. Barraclough", "Chairman of the Bench"),
])
def test_under_a_signatures_label_the_lines_that_name_no_one_are_the_signatorys_rank_and_office(closing, name, after):
    """"Brig" and "Comd 4 Bde", "Chairman of the Bench" had each been a signatory of their own, "Brig" a person."""
    text = f"7. REMARKS.\n   Next SITREP 221730Z OCT 19.\n\n{closing}"
    tree = tei.encode(text, name="sitrep.txt").tree
    (signed,) = tree.findall(".//t:closer/t:signed", NS)
    assert signed.findtext("t:persName", namespaces=NS) == name
    assert " ".join(signed[-1].tail.split()) == after
    assert [person.get(XML_ID) for person in tree.iterfind(".//t:listPerson/t:person", NS)] == [
        name.split()[-1].lower()]
    # (a signatory of their own, by name, by their own label: "Robert Dunlop, Mate", "Date: 14 March 2023")
    two = tei.encode(f"{text.split(chr(10) + chr(10))[0]}\n\n(Signed) John McFarlane, Master\nRobert Dunlop, Mate\n"
                     "Date: 14 March 2023\n", name="log.txt").tree
    assert len(two.findall(".//t:closer/t:signed", NS)) == 3


def test_the_records_last_line_its_classification_as_its_head_gives_it_is_the_pages_foot():
    """A sitrep's "UNCLASSIFIED // EXERCISE ONLY" under its signatory had been the signatory's office."""
    stamp = "UNCLASSIFIED // EXERCISE ONLY"
    text = f"{stamp}\n\n7. REMARKS.\n   Next SITREP 221730Z OCT 19.\n\nSigned:\nJ. M. R. COLEBROOK\nBrig\n\n{stamp}\n"
    result = tei.encode(text, name="sitrep.txt")
    div = result.tree.find(".//t:body/t:div", NS)
    assert [local(child.tag) for child in div][-2:] == ["closer", "fw"]
    assert (div[-1].get("type"), div[-1].text) == ("footer", stamp)
    assert " ".join(div.find("t:closer/t:signed", NS)[-1].tail.split()) == "Brig"
    assert validate_result(result) == []
    assert render_text(result.tree).rstrip().endswith("Signed: J. M. R. COLEBROOK Brig")  # (forme work: not read)
    # Not a classification the head does not give, nor one on the signatory's line with no blank line above.
    for changed in (text.replace(stamp, "SECRET", 1), text.replace(f"Brig\n\n{stamp}", f"Brig\n{stamp}")):
        assert tei.encode(changed, name="sitrep.txt").tree.find(".//t:body/t:div/t:fw", NS) is None


def test_two_signatories_each_an_office_over_the_name_close_the_record():
    """"Le Maire," / "R. GAUTHIER" and "La Secrétaire de séance," / "M.-C. DUVAL", a French council's: they had been two
    paragraphs (and, read as a closing a line a signatory, the offices persons of their own)."""
    text = ("M. le Maire expose que le devis s'élève à 148 200 F.\n\n"
            "L'ordre du jour étant épuisé, la séance est levée à vingt-deux\nheures quinze.\n\n"
            "                      Le Maire,\n                      R. GAUTHIER\n\n"
            "La Secrétaire de séance,\nM.-C. DUVAL\n")
    tree = tei.encode(text, name="pv.txt").tree
    signed = tree.findall(".//t:closer/t:signed", NS)
    assert [(s.text.strip(), s.findtext("t:persName", namespaces=NS)) for s in signed] == [
        ("Le Maire,", "R. GAUTHIER"), ("La Secrétaire de séance,", "M.-C. DUVAL")]


@pytest.mark.parametrize("text, salute, name", [
    # a copy's attestation set to the right, glued under the last article (it had been the article's words)
    ("    Article 3. The King of Ashanti, on the part of himself and\nhis successors, renounces all right or title to "
     "any tribute\nor homage from the Kings of Denkera, Assin, Akim, Adansi.\n"
     "                                        True Extract,\n                                        W. H. SIMPSON,\n"
     "                                        Colonial Secretary.\n", "True Extract,", "W. H. SIMPSON,"),
    # a despatch's leave-taking set to the right over four lines, the last run on in small letters
    ("My Lord,\n\n    I have the honour to report that the envoys have returned\nto Kumasi.\n"
     "                    I have the honour to be,\n                            My Lord,\n"
     "                    Your Lordship's most obedient,\n                            humble Servant,\n"
     "                            GEO. C. STRAHAN,\n                            Governor.\n",
     "I have the honour to be, My Lord, Your Lordship's most obedient, humble Servant,", "GEO. C. STRAHAN,"),
])
def test_a_closing_set_far_to_the_right_under_the_last_sentence_is_the_closing(text, salute, name):
    tree = tei.encode(text, name="despatch.txt").tree
    assert " ".join(tree.findtext(".//t:closer/t:salute", namespaces=NS).split()) == salute
    assert tree.findtext(".//t:closer/t:signed/t:persName", namespaces=NS) == name


def test_a_short_last_line_before_a_page_turn_ends_its_paragraph_where_the_next_page_opens_with_a_capital():
    """A minute book's "Josiah Whitlock  Chairman" over "p. 18" had run the next meeting into it; a line that ends
    with a word a sentence goes on from still runs on ("… the question of" / "Korea remained open.")."""
    text = ("                 VESTRY MINUTE BOOK\n\n                                        p. 17\n\n"
            "At a Vestry Meeting held on the 25th day of March 1835.\n\n"
            "                              Josiah Whitlock  Chairman\n\n"
            "                                        p. 18\n\n"
            "At a Vestry Meeting held this 14th day of October 1835.\n")
    result = tei.encode(text, name="vestry.txt")
    paragraphs = ["".join(p.itertext()) for p in result.tree.iterfind(".//t:body//t:p", NS)]
    assert paragraphs[-2:] == ["Josiah Whitlock Chairman", "At a Vestry Meeting held this 14th day of October 1835."]
    runs_on = tei.encode("STALIN said that he agreed.\n\nZHOU ENLAI said that the question of\n\f\nKorea remained "
                         "open.\n\nSTALIN said that it did.\n", name="x.txt")
    assert "".join(runs_on.tree.findall(".//t:sp", NS)[1].find("t:p", NS).itertext()) == \
        "said that the question of Korea remained open."


@pytest.mark.parametrize("signatures", ["A. Heseltine   Chairman        J. W. Pickles   Sec.",
                                        "A. Heseltine   Chairman of the Branch Committee   J. W. Pickles   Secretary"])
def test_signatures_side_by_side_before_a_page_turn_run_into_no_paragraph(signatures):
    """A union branch's minute book signs each meeting in two columns: the page turn under them and the next meeting's
    heading had run into them, a paragraph ("… Sec. <pb/> Minutes of Summoned Meeting held …"), as "Sec." reads as a
    title's abbreviation and a long line as one that runs on."""
    text = ("Minutes of Summoned Meeting held Tuesday, October 7th, 1924.\n\nBro. Sugden moved that the branch protest."
            f"\n\nThere being no further business the meeting closed at 9.40 p.m.\n\n          {signatures}\n\n"
            "- 41 -\n\nMinutes of Summoned Meeting held Tuesday, October 21st, 1924.\n\nBro. Sugden reported.\n")
    result = tei.encode(text, name="branch.txt")
    paragraphs = [" ".join("".join(p.itertext()).split()) for p in result.tree.iterfind(".//t:body//t:p", NS)]
    assert " ".join(signatures.split()) in paragraphs
    assert "Minutes of Summoned Meeting held Tuesday, October 21st, 1924." in paragraphs
    assert result.tree.find(".//t:body//t:p/t:pb", NS) is None


def test_a_bilingual_office_over_the_signatorys_name_closes_the_record():
    """A Canadian committee's clerk, "Clerk of the Committee / Greffier du Comité" over "Richard Dupuis": it had been a
    paragraph (each language's office six words at most, not the two together)."""
    text = ("The Chairman: The committee stands adjourned.\n\nMr. Baker: Thank you.\n\nThe Chairman: Good.\n\n"
            "La séance est levée.\n\nClerk of the Committee / Greffier du Comité\nRichard Dupuis\n")
    (signed,) = tei.encode(text, name="committee.txt").tree.findall(".//t:closer/t:signed", NS)
    assert (signed.text.strip(), signed.findtext("t:persName", namespaces=NS)) == (
        "Clerk of the Committee / Greffier du Comité", "Richard Dupuis")


def test_a_town_clerks_attestation_closes_the_record_and_the_page_number_under_it_is_its_foot():
    """"Attest:" / "EDITH M. CROWELL" / "Town Clerk" had been two paragraphs, "-27-" under them a third (and, once the
    closing was read, a signatory of its own); "Respectfully submitted," had been a person "#respectfully"'s turn."""
    text = ("Voted to adjourn at 3:42 P.M.\n\n                                   A true record.\n"
            "                                   Attest:\n                                       EDITH M. CROWELL\n"
            "                                       Town Clerk\n\n"
            "                                                 -27-\n")
    result = tei.encode(text, name="town.txt")
    div = result.tree.find(".//t:body/t:div", NS)
    assert [local(child.tag) for child in div][-2:] == ["closer", "fw"]
    assert (div[-1].get("type"), div[-1].text) == ("pageNum", "-27-")
    (signed,) = div.findall("t:closer/t:signed", NS)
    assert signed.findtext("t:persName", namespaces=NS) == "EDITH M. CROWELL"
    assert validate_result(result) == []
    # (the label and the name on one line, a moderator's: it had been the last paragraph)
    attest = tei.encode("Voted to adjourn.\n\nAttest: Walter Briggs, Moderator\n", name="town.txt").tree
    assert attest.findtext(".//t:closer/t:signed/t:label", namespaces=NS) == "Attest:"
    submitted = "Mr. Cole: We agree.\n\nMr. Hale: So do we.\n\nRespectfully submitted, Nancy Fiske, Town Clerk\n"
    assert "#respectfully" not in [sp.get("who") for sp in tei.encode(submitted, name="t.txt").tree.iterfind(
        ".//t:sp", NS)]


def test_an_agendas_last_line_under_the_others_heads_nothing_and_a_cabinets_decision_is_the_records():
    """A cabinet's agenda, its items a line each under "Tagesordnung:": the last had headed a section holding the first
    item's minutes ("3. Personalien" over "1. Entwurf …"), and "Das Kabinett stimmt … zu" had been a person
    "#das-kabinett"'s turn."""
    text = ("Kurzprotokoll der 112. Kabinettssitzung am 14. Oktober 1959\n\nTagesordnung:\n"
            "1. Entwurf eines Gesetzes über die Förderung des Wohnungsbaus\n2. Lage in Berlin\n3. Personalien\n\n"
            "Es fehlt der Bundesminister für Verkehr.\n\n1. Wohnungsbau\n\nDer Bundesminister der Finanzen erhebt Bedenken gegen die Vorlage.\n\n"
            "2. Lage in Berlin\n\nDer Bundeskanzler berichtet über seine Besprechung in Berlin.\n\n"
            "3. Personalien\n\nDas Kabinett stimmt den Ernennungsvorschlägen zu.\n")
    result = tei.encode(text, name="kabinett.txt")
    assert [item.text for item in result.tree.iterfind(".//t:list/t:item", NS)] == [
        "Entwurf eines Gesetzes über die Förderung des Wohnungsbaus", "Lage in Berlin", "Personalien"]
    assert [head.text for head in result.tree.iterfind(".//t:div[@type='section']/t:head", NS)] == [
        "1. Wohnungsbau", "2. Lage in Berlin", "3. Personalien"]
    assert [sp.get("who") for sp in result.tree.iterfind(".//t:sp", NS)] == ["#bundeskanzler"]
    assert source_words(text) == tei_words(result.tree)
