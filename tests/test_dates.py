"""The date a record states, read for its header and a collection's index where no sidecar gives one."""

from __future__ import annotations

import pytest

import tei
from tei.dates import read_date
from tei.metadata import Metadata
from tei.validation import validate_result

NS = {"t": "http://www.tei-c.org/ns/1.0"}


@pytest.mark.parametrize("text, expected", [
    ("Canberra, 12 September 1975", "1975-09-12"),
    ("12th April, 1957", "1957-04-12"),
    ("DATE: 14TH MAY 1998", "1998-05-14"),  # an ordinal in capitals (the day had been lost: "1998-05")
    ("MAY 21ST, 1998", "1998-05-21"),
    ("PMM (48) 11th Meeting LONDON, 20 October 1948, 11 a.m.", "1948-10-20"),
    ("September 19, 1952", "1952-09-19"),
    ("Sept. 19, 1952", "1952-09-19"),
    ("Tuesday, March 5, 2024", "2024-03-05"),
    ("1952-09-19", "1952-09-19"),
    ("Paris, le 4 mars 1950", "1950-03-04"),
    ("Bonn, den 4. März 1950", "1950-03-04"),
    ("Madrid, 3 de junio de 1962", "1962-06-03"),
    ("Brasília, 12 de março de 2024", "2024-03-12"),
    ("Москва, 4 марта 1950 г.", "1950-03-04"),
    ("Helsinki 4. maaliskuuta 1960", "1960-03-04"),
    ("Warszawa, 12 marca 2024", "2024-03-12"),
    ("Praha 12. března 2024", "2024-03-12"),
    ("Moszkva, 1960. március 4.", "1960-03-04"),
    ("Hà Nội, ngày 5 tháng 3 năm 1965", "1965-03-05"),
    ("北京，1972年2月21日", "1972-02-21"),
    # (figures between slashes, where only one order can be meant: a police interview's form had no date)
    ("Date of interview: 25/02/2019", "2019-02-25"),
    ("02/25/2019", "2019-02-25"),
    ("1/13/2020", "2020-01-13"),
    ("03/02/2019", None),  # (the third of February or the second of March)
    ("31/02/2019", None),  # (no such day)
    ("Minutes, March 1950", "1950-03"),
    ("27. Tiistaina 14 päivänä maaliskuuta 1995", "1995-03-14"),
    ("Brioni, 21. januara 1958. godine", "1958-01-21"),
    # (as letters and deeds write it: the day had been lost, "1724-09")
    ("Bristoll, the 19th of September, 1724.", "1724-09-19"),
    ("this 19th day of September 1724", "1724-09-19"),
    ("On WEDNESDAY the 9th of APRIL, 1746.", "1746-04-09"),
])
def test_a_datelines_date_is_read_as_iso(text, expected):
    assert read_date(text) == expected


@pytest.mark.parametrize("text", ["30 February 1950", "Meeting No. 12, 1950", "The talks went on", "13/14 1950",
                                  "2024-13-01"])
def test_no_date_or_no_such_day_is_none(text):
    assert read_date(text) is None


TEXT = ("RECORD OF CONVERSATION\n\nCanberra, 12 September 1975\n\nMr Tang said that he agreed.\n\n"
        "Mr Whitlam said that it was late.\n")


def test_the_header_and_the_index_take_the_records_own_date_where_no_sidecar_gives_one():
    """A record with a dateline and no sidecar had no date in its header, and none in a collection's index."""
    result = tei.encode(TEXT, name="x.txt")
    date = result.tree.find(".//t:profileDesc/t:creation/t:date", NS)
    assert (date.get("when"), date.text, date.get("resp"), date.get("evidence")) == (
        "1975-09-12", "12 September 1975", "#encoder", "internal")
    assert result.summary.date == "1975-09-12"
    assert validate_result(result) == []
    # A memorandum's date field; a closing dateline at the record's end.
    memo = "MEMORANDUM OF CONVERSATION\n\nDATE: March 4, 1972\n\nKissinger said that he agreed.\n"
    assert tei.encode(memo, name="m.txt").summary.date == "1972-03-04"
    # A line in capitals under the title, a Chinese record's time field, before the first turn.
    hearing = "NOMINATION OF JOHN HARTLEY\n\nTUESDAY, MARCH 14, 1978\n\nSenator FULBRIGHT. The committee will meet.\n"
    assert tei.encode(hearing, name="h.txt").summary.date == "1978-03-14"
    chinese = "周恩来总理与基辛格博士会谈纪要\n\n时间：1971年7月10日下午3时\n\n周恩来：欢迎。\n\n基辛格：谢谢。\n"
    assert tei.encode(chinese, name="z.txt").summary.date == "1971-07-10"
    closing = "Mr Tang said that he agreed.\n\nMr Whitlam said that it was late.\n\nCanberra, 12 September 1975\n"
    assert tei.encode(closing, name="c.txt").summary.date == "1975-09-12"
    # A short paragraph at the opening.
    held = ("Record of a meeting\n\nThe meeting was held in the Conference Room of the Foreign Office, London, on "
            "Tuesday, 14 March 1978.\n\nMr Eden said that he agreed.\n")
    assert tei.encode(held, name="e.txt").summary.date == "1978-03-14"
    # No date stated: no creation at all; a date in the text's sentences, or after the first turn, is no record's date.
    plain = tei.encode("Mr Tang said that on 12 September 1975 he agreed.\n\nMr Whitlam said so.\n", name="p.txt")
    assert plain.tree.find(".//t:creation", NS) is None and plain.summary.date is None
    after = "Mr Tang said that he agreed.\n\nThe meeting ended on 12 September 1975.\n\nMr Whitlam said so.\n"
    assert tei.encode(after, name="a.txt").summary.date is None
    # A form's field with the date in figures between slashes.
    form = ("RECORD OF TAPED INTERVIEW\n\nPerson interviewed: Darren FOWLES\nDate of interview: 25/02/2019\n\n"
            "DC HUGHES: This interview is being recorded.\n\nFOWLES: Yeah.\n")
    assert tei.encode(form, name="f.txt").summary.date == "2019-02-25"


def test_a_sidecars_date_is_the_records_and_carries_no_resp():
    result = tei.encode(TEXT, Metadata(date="1975-09-13"), name="x.txt")
    date = result.tree.find(".//t:profileDesc/t:creation/t:date", NS)
    assert (date.get("when"), date.get("resp"), date.get("evidence")) == ("1975-09-13", None, None)
    assert result.summary.date == "1975-09-13"
