"""What a record calls itself in its head (tei.titles): the header's title and the index's where nothing titles it."""

from __future__ import annotations

import pytest

import tei
from tei.metadata import Metadata
from tei.titles import named_in_head

NS = {"t": "http://www.tei-c.org/ns/1.0"}


def header_title(text: str) -> str:
    result = tei.encode(text, name="x.txt")
    title = result.tree.findtext(".//t:titleStmt/t:title", namespaces=NS)
    assert title == result.summary.title  # (the index lists what the header says)
    return title


SPEAKERS = "\n\nMR. HOLM: I open the sitting.\n\nMS. BERG: Thank you.\n\nMR. HOLM: The sitting is closed.\n"


@pytest.mark.parametrize("head, title", [
    # A parliament's head: the institution, its term, then the record's kind.
    ("Parliament of Ruritania\nLower House 2019\n7th term\nStenoprotokol\n12. sitting",
     "Stenoprotokol"),
    ("ASSEMBLÉE RÉGIONALE\nSession ordinaire de 2019-2020\nCompte rendu intégral",
     "Compte rendu intégral"),  # (the kind before the sitting, which comes first)
    ("Sozialistische Partei\nZentralkomitee\nStreng geheim!\nProtokoll Nr. 7/19\n"
     "der Sitzung des Präsidiums am 3. Mai 2019",
     "Protokoll Nr. 7/19 der Sitzung des Präsidiums am 3. Mai 2019"),  # (run on in small letters)
    ("Izba Regionalna\nSprawozdanie Stenograficzne\nz 12. posiedzenia Izby",
     "Sprawozdanie Stenograficzne z 12. posiedzenia Izby"),
    ("Stadsfullmäktige\nKommunens protokoll 2019/20:14\nOnsdagen den 4 mars",
     "Kommunens protokoll 2019/20:14"),  # (the kind among the line's first three words)
    ("MINUTES of a meeting of the Board held at the\nCompany's office, 4 Mill Lane, Derby\nPresent: the Board",
     "MINUTES of a meeting of the Board held at the Company's office, 4 Mill Lane, Derby"),  # (after a small word)
    ("RECORD OF CONVERSATION\nbetween the Minister and the Ambassador\nOslo, 4 May 1961",
     "RECORD OF CONVERSATION between the Minister and the Ambassador"),
    ("CITY COUNCIL\nOfficial Journal\nTWELFTH SESSION OF THE COUNCIL",
     "TWELFTH SESSION OF THE COUNCIL"),  # (its sitting, where no line names its kind)
    ("Совершенно секретно\nЕдинственный экземпляр\n(Рабочая запись)\n\nЗАСЕДАНИЕ ПРЕЗИДИУМА\n14 мая 1961 года",
     "ЗАСЕДАНИЕ ПРЕЗИДИУМА"),  # (a line in brackets is a note on the record, not its name)
    ("绝密\n市长与代表团会谈纪要\n（第二次）", "市长与代表团会谈纪要"),  # (a script that spaces no words)
    ("제3대시의회 제12회 시의회회의록\n제2호", "제3대시의회 제12회 시의회회의록"),
    ("Note on the visit to the archive", "Note on the visit to the archive"),  # (a note on, of, for or by …)
    ("SECRET\nNote of a Meeting held at 10 Downing Street", "Note of a Meeting held at 10 Downing Street"),
])
def test_a_record_untitled_but_named_in_its_head_is_titled_so(head, title):
    """A parliament's record, a working note or a minutes book sets its head as plain lines (institution, series,
    sitting), which the body keeps as a paragraph; the header and the collection's index had said "Untitled record"
    for a third of a collection of such records. The head's line naming the record is its title."""
    assert header_title(head + SPEAKERS) == title


@pytest.mark.parametrize("text", [
    # A line of the record's business, numbered: an item, not the record's name.
    "Present: Cllr Aston, Cllr Bell\n\n17/102 Minutes of the previous meeting\nRESOLVED that they be approved.\n",
    # A sentence of the record's, though it names a sitting.
    "Chamber of Deputies 1961\nThird term\nThe House met in Private Session at 11 a.m." + SPEAKERS,
    "Meeting opened at ten.\n\nThe agenda was approved without change.\n",
    # A head that names no record.
    "UNITED DISTRICT COURT\nNORTHERN DISTRICT" + SPEAKERS,
    "Note: the times are local\n\nThe talks began.\n",  # (a note's label, no record's kind)
])
def test_a_head_that_names_no_record_leaves_it_untitled(text):
    assert header_title(text) == "Untitled record"


def test_a_line_after_the_first_turn_never_titles_the_record():
    """Only the head: a turn's "Minutes of the last meeting" is what was said."""
    text = "MR. HOLM: I open the sitting.\n\nMS. BERG: Thank you.\n\nMinutes of the last meeting\n\nMR. HOLM: Agreed.\n"
    assert header_title(text) == "Untitled record"


def test_a_title_or_a_sidecar_title_comes_before_the_heads_name():
    text = "MEMORANDUM OF CONVERSATION\n\nDate: 4 May 1961\n\nMinutes of the sitting" + SPEAKERS
    assert header_title(text) == "MEMORANDUM OF CONVERSATION"
    result = tei.encode("Parliament\nStenoprotokol" + SPEAKERS, Metadata(title="The Sitting of 4 May"),
                        name="x.txt")
    assert result.summary.title == "The Sitting of 4 May"


def test_the_head_stays_the_paragraph_it_was():
    """The name is read for the header; the body keeps the head's lines as the record has them."""
    result = tei.encode("Parliament of Ruritania\nStenoprotokol" + SPEAKERS, name="x.txt")
    first = result.tree.find(".//t:div[@type='record']/*", NS)
    assert first.tag == f"{{{NS['t']}}}p" and "".join(first.itertext()) == "Parliament of Ruritania Stenoprotokol"


def test_the_name_is_cut_to_a_title_and_loses_a_trailing_comma():
    assert named_in_head([["MEETING: The Chairman, Mr Holm and Ms Berg, Town Hall,", "May 4, 1961."]]) \
        == "MEETING: The Chairman, Mr Holm and Ms Berg, Town Hall"
    long_line = "minutes " + "and more words " * 12
    assert named_in_head([["Minutes of the sitting of", long_line.strip()]]) == "Minutes of the sitting of"
    assert named_in_head([]) is None and named_in_head([[]]) is None


@pytest.mark.parametrize("length", ["42m 18s", "1h 2m 3s", "58s"])
def test_a_meeting_services_head_names_the_record_dates_it_and_says_how_long_it_ran(length):
    """Teams opens its transcript with the recording's name, when it started and how long it ran, a line each: the
    three had been one paragraph, and the record untitled."""
    text = (f"Archive board - monthly review-20240312_140212-Meeting Recording\nMarch 12, 2024, 1:02PM\n{length}\n\n"
            "Priya Raman   0:03\nCan you all hear me?\n\nTom Becker   0:07\nYes.\n\nPriya Raman   0:10\nGood.\n")
    result = tei.encode(text, name="teams.txt")
    record = result.tree.find(".//t:div[@type='record']", NS)
    assert [(child.tag.split("}")[1], " ".join("".join(child.itertext()).split())) for child in record][:3] == [
        ("head", "Archive board - monthly review-20240312_140212-Meeting Recording"),
        ("opener", "March 12, 2024, 1:02PM"), ("p", length)]
    assert header_title(text) == "Archive board - monthly review-20240312_140212-Meeting Recording"


@pytest.mark.parametrize("second, third", [("Meeting notes, draft two", "42m 18s"),
                                           ("March 12, 2024, 1:02PM", "Present: Raman, Becker")])
def test_three_lines_that_are_no_meeting_services_head_stay_as_they_were(second, third):
    text = f"Archive board\n{second}\n{third}\n\nPriya Raman   0:03\nHello.\n\nTom Becker   0:07\nYes.\n"
    first = tei.encode(text, name="x.txt").tree.find(".//t:div[@type='record']/*", NS)
    assert (first.tag.split("}")[1], "".join(first.itertext())) == ("p", f"Archive board {second} {third}")
