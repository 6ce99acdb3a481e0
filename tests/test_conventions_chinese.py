"""Chinese records set a turn a line, with no blank line between, and write their dates in Chinese numerals."""

from __future__ import annotations

import pytest

from encoded import NS, body_children, checked, turns
from tei.dates import read_date

RECORD = """毛泽东同志与赫鲁晓夫同志谈话记录
一九五八年七月三十一日
毛泽东：欢迎你们来北京。
赫鲁晓夫：谢谢。我们来谈谈潜艇的问题。
毛泽东：这个问题我们要好好讨论。
赫鲁晓夫：我们的建议是建立一个联合舰队。
毛泽东：这是政治问题。
"""


def test_a_turn_a_line_with_no_blank_line_between():
    # (all of it had been one paragraph: the record's labels were counted at its blocks' heads only, and a line
    # ending in "。" ended no sentence)
    result = checked(RECORD)
    assert turns(result) == [
        ("#毛泽东", "毛泽东：", "欢迎你们来北京。"),
        ("#赫鲁晓夫", "赫鲁晓夫：", "谢谢。我们来谈谈潜艇的问题。"),
        ("#毛泽东", "毛泽东：", "这个问题我们要好好讨论。"),
        ("#赫鲁晓夫", "赫鲁晓夫：", "我们的建议是建立一个联合舰队。"),
        ("#毛泽东", "毛泽东：", "这是政治问题。"),
    ]
    assert body_children(result)[:2] == [("head", "毛泽东同志与赫鲁晓夫同志谈话记录"),
                                         ("opener", "一九五八年七月三十一日")]


def test_the_date_in_chinese_numerals_is_the_records():
    result = checked(RECORD)
    date = result.tree.find(".//t:profileDesc/t:creation/t:date", NS)
    assert date.get("when") == "1958-07-31"


def test_a_line_that_ends_no_sentence_keeps_the_next_in_its_paragraph():
    # (a wrapped line whose next line opens with a name and a colon: the paragraph goes on)
    text = RECORD.replace("我们来谈谈潜艇的问题。\n", "我们来谈谈潜艇的问题，\n")
    result = checked(text)
    assert turns(result)[1:3] == [("#赫鲁晓夫", "赫鲁晓夫：", "谢谢。我们来谈谈潜艇的问题，毛泽东：这个问题我们要好好讨论。"),
                                  ("#赫鲁晓夫", "赫鲁晓夫：", "我们的建议是建立一个联合舰队。")]


@pytest.mark.parametrize("text, expected", [
    ("一九五八年七月三十一日", "1958-07-31"),
    ("北京，一九六四年十二月二十日", "1964-12-20"),
    ("一九五〇年二月十四日", "1950-02-14"),
    ("一九五○年十月一日下午三时", "1950-10-01"),
    ("一九五八年二月三十日", None),  # (no such day)
    ("1972年2月21日", "1972-02-21"),
])
def test_dates_in_chinese_numerals(text, expected):
    assert read_date(text) == expected
