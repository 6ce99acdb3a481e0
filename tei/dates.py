"""The date a record's dateline states, read as ISO 8601: what a header and a collection's index need when no
sidecar gives the date ("Canberra, 12 September 1975" → 1975-09-12; "Москва, 4 марта 1950 г." → 1950-03-04).

Only a whole, real date is read: a day, a month and a year (or a month and a year with no day); a day that no
calendar has ("30 February") is none.
"""

from __future__ import annotations

import re
from datetime import date

# Each language's months, January first, as datelines write them (a month's abbreviation is its name's start).
_MONTHS_BY_LANGUAGE = (
    "january february march april may june july august september october november december",
    "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "januar februar märz april mai juni juli august september oktober november dezember",
    "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
    "januari februari maart april mei juni juli augustus september oktober november december",
    "января февраля марта апреля мая июня июля августа сентября октября ноября декабря",
    "januari februari mars april maj juni juli augusti september oktober november december",
    "januar februar marts april maj juni juli august september oktober november december",
    "tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kesäkuuta heinäkuuta elokuuta syyskuuta lokakuuta "
    "marraskuuta joulukuuta",
    "ianuarie februarie martie aprilie mai iunie iulie august septembrie octombrie noiembrie decembrie",
    "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia",
    "ledna února března dubna května června července srpna září října listopadu prosince",
    "január február március április május június július augusztus szeptember október november december",
    "januara februara marta aprila maja juna jula avgusta septembra oktobra novembra decembra",
)
_MONTH = {name: number for names in _MONTHS_BY_LANGUAGE for number, name in enumerate(names.split(), 1)}
_MONTH.update({"jänner": 1, "setiembre": 9, "desember": 12, "sept": 9, "augusta": 8})
# English's abbreviations: "Sept. 19, 1952", "19 Sep 1952".
_MONTH.update({name[:3]: number for number, name in enumerate(_MONTHS_BY_LANGUAGE[0].split(), 1)})
_MONTH.update({"jany": 1, "feby": 2, "augt": 8, "septr": 9, "octr": 10, "novr": 11, "decr": 12})  # (a clerk's)

_NAME = r"([^\W\d_]{3,12})\.?"
_ORDINAL = r"(?:st|nd|rd|th|er|ST|ND|RD|TH|ER|\.)?"  # (in capitals too: "14TH MAY 1998")
_FORMS = (  # (pattern, the groups' order: day, month, year)
    (re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)"), (3, 2, 1)),
    # (Spanish's and Portuguese's "de", Finnish's "päivänä": "4 de marzo de 1950", "14 päivänä maaliskuuta 1995";
    # English's "of", as letters and deeds write it: "the 19th of September, 1724", "this 19th day of September 1724")
    (re.compile(rf"(?<!\d)(\d{{1,2}}){_ORDINAL}\s+(?:de\s+|päivänä\s+|(?:day\s+)?of\s+)?{_NAME}(?:\s+de)?\s*,?\s*"
                rf"(\d{{4}})(?!\d)"), (1, 2, 3)),
    # (and the days of a range in it: "May 24-26, 1958")
    (re.compile(rf"{_NAME}\s+(\d{{1,2}}){_ORDINAL}(?:\s*[-–—]\s*\d{{1,2}}{_ORDINAL})?,?\s*(\d{{4}})(?!\d)"),
     (2, 1, 3)),
    (re.compile(rf"(?<!\d)(\d{{4}})\.\s+{_NAME}\s+(\d{{1,2}})\b"), (3, 2, 1)),  # Hungarian: "1960. március 4."
    (re.compile(r"ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})"), (1, 2, 3)),  # Vietnamese
    (re.compile(r"(\d{4})\s?年\s?(\d{1,2})\s?月\s?(\d{1,2})\s?日"), (3, 2, 1)),  # Chinese, Japanese
    # (the day first in figures, as Central Europe's datelines write it: "Berlin, 21.09.1983", "Praha 5. 3. 1968"; after
    # the dates in words, which it would have won over where figures come later: "…, 12 May 1958. Ref. file 3.4.1957")
    (re.compile(r"(?<![\d.])(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})(?![\d.]\d)"), (1, 2, 3)),
    # (figures between slashes where only one order can be meant: the day first, as British and European forms write
    # it, "25/02/2019"; the month first, as American ones do, "02/25/2019"; "03/02/2019" may be either, and is neither)
    (re.compile(r"(?<![\d/])(1[3-9]|2\d|3[01])/(0?[1-9]|1[0-2])/(\d{4})(?![\d/])"), (1, 2, 3)),
    (re.compile(r"(?<![\d/])(0?[1-9]|1[0-2])/(1[3-9]|2\d|3[01])/(\d{4})(?![\d/])"), (2, 1, 3)),
    (re.compile(rf"(?<![\w.]){_NAME}\s*,?\s+(\d{{4}})(?!\d)"), (None, 1, 2)),  # a month and its year: "March 1950"
)


# The first day of a range of days in one month, before the last's date: "24-26 May 1958", "7 to 11 November 1983"
# (before a day first); "May 24-26, 1958" (after the month).
_FIRST_DAY_BEFORE = re.compile(r"(?<![\d.])(\d{1,2})(?:st|nd|rd|th|\.)?\s*(?:[-–—]|to|bis|au)\s*\Z")
_LAST_DAY_AFTER = re.compile(r"\s*(?:[-–—]|to)\s*(\d{1,2})(?:st|nd|rd|th)?(?!\d)(?=,?\s*\d{4})")


def read_date(text: str) -> str | None:
    """The first whole date the text states, as ISO 8601 ("1975-09-12", or "1950-03" for a month), else None; days
    of one month in a range, as an interval ("24-26 May 1958" → "1958-05-24/1958-05-26")."""
    if "年" in text:
        text = _CHINESE_NUMERAL_DATE.sub(_in_figures, text)
    for pattern, (day_at, month_at, year_at) in _FORMS:
        for found in pattern.finditer(text):
            month = found.group(month_at)
            number = int(month) if month.isdigit() else _MONTH.get(month.lower())
            if number is None or not 1 <= number <= 12:
                continue
            year = int(found.group(year_at))
            if day_at is None:
                return f"{year:04d}-{number:02d}"
            try:
                day = date(year, number, int(found.group(day_at)))
            except ValueError:
                return None  # (no such day: "30 February 1950", which is not February 1950 either)
            if day_at == 1 and not month.isdigit():
                first = _FIRST_DAY_BEFORE.search(text, max(0, found.start() - 12), found.start())
                if first is not None:
                    return _interval(year, number, int(first.group(1)), day)
            elif day_at == 2:
                last = _LAST_DAY_AFTER.match(text, found.end(2))
                if last is not None:
                    try:
                        return _interval(year, number, day.day, date(year, number, int(last.group(1))))
                    except ValueError:
                        pass
            return day.isoformat()
    return None


# A date in Chinese numerals, as Chinese records write it: "一九五八年七月三十一日" (the year's figures one by one, the
# month's and the day's with 十 for ten: 七月, 十二月, 二十日, 三十一日); read as its figures ("1958年7月31日").
_CHINESE_FIGURES = "〇一二三四五六七八九"
_CHINESE_NUMERAL_DATE = re.compile(r"([〇○零一二三四五六七八九]{4})\s?年\s?([一二三四五六七八九十]{1,3})\s?月"
                                   r"(?:\s?([一二三四五六七八九十]{1,4})\s?日)?")


def _chinese_number(numeral: str) -> int:
    """一 → 1, 十 → 10, 十二 → 12, 二十 → 20, 三十一 → 31 (what a month or a day needs)."""
    tens, _, units = numeral.rpartition("十")
    if "十" not in numeral:
        return _CHINESE_FIGURES.index(numeral[-1]) if len(numeral) == 1 else 0
    return 10 * (_CHINESE_FIGURES.index(tens) if tens else 1) + (_CHINESE_FIGURES.index(units) if units else 0)


def _in_figures(found: re.Match) -> str:
    year = "".join(str(_CHINESE_FIGURES.index("〇" if c in "○零" else c)) for c in found.group(1))
    day = f"{_chinese_number(found.group(3))}日" if found.group(3) else ""
    return f"{year}年{_chinese_number(found.group(2))}月{day}"


def _interval(year: int, month: int, first: int, last: date) -> str:
    """The days from ``first`` to ``last`` of one month, as ISO 8601 writes an interval; the last alone where the first
    is no day before it."""
    if not 1 <= first < last.day:
        return last.isoformat()
    return f"{date(year, month, first).isoformat()}/{last.isoformat()}"


_ISO_DAY = re.compile(r"(\d{4})(?:-(\d\d)(?:-(\d\d))?)?")
_MONTH_NAMES = tuple(name.capitalize() for name in _MONTHS_BY_LANGUAGE[0].split())


# A typescript's running head that is the day, its year in two figures, as the International Military Tribunal's
# reporters head each page: "1 Dec. 45" (of the twentieth century, a typescript's).
_RUNNING_HEAD_DATE = re.compile(r"(\d{1,2})\s+([A-Z][a-z]{2,3})\.?\s+(\d{2})")


def running_head_date(text: str) -> str | None:
    """The date of a running head that is only a day, its month short and its year in two figures ("1 Dec. 45" →
    "1945-12-01"), else None."""
    found = _RUNNING_HEAD_DATE.fullmatch(text.strip())
    month = _MONTH.get(found.group(2).lower()) if found else None
    if month is None:
        return None
    try:
        return date(1900 + int(found.group(3)), month, int(found.group(1))).isoformat()
    except ValueError:
        return None


def spelled_date(value: str) -> str:
    """An ISO date as a reader writes it, as the header and the editions give it ("1975-09-12" → "12 September
    1975", "1975-09" → "September 1975"; days of one month, "1958-05-24/1958-05-26" → "24–26 May 1958"); anything
    else as it is."""
    if "/" in (value or ""):
        first, _, last = value.partition("/")
        spelled = spelled_date(last)
        if len(first) == len(last) == 10 and first[:8] == last[:8] and spelled != last:
            return f"{int(first[8:])}–{spelled}"
        return f"{spelled_date(first)} – {spelled}"
    found = _ISO_DAY.fullmatch(value or "")
    if found is None:
        return value
    year, month, day = found.groups()
    if month is None:
        return year
    if not 1 <= int(month) <= 12:
        return value
    named = f"{_MONTH_NAMES[int(month) - 1]} {year}"
    if day is None:
        return named
    return f"{int(day)} {named}" if 1 <= int(day) <= 31 else value
