"""What a record calls itself in its head, where nothing gave it a title: a line that names the record among the
head's lines ("Riksdagens protokoll 2012/13:65", "Sprawozdanie Stenograficzne z 35. posiedzenia …", "RECORD OF
CONVERSATION between N.S. Khrushchev and Mao Zedong"), for the header's title and a collection's index.

A parliament's record, a working note or a web page sets its head as plain lines (the institution, the series, the
sitting, the date), which the body rightly keeps as a paragraph. The index had listed a third of a collection so made
as "Untitled record".
"""

from __future__ import annotations

import re
from typing import Iterable, Sequence

from . import rules

# The words that name a record, among a line's first three words. A record's kind first ("Compte rendu intégral"
# under "Session ordinaire de 2012-2013"), then its sitting ("LOK SABHA DEBATES", "41st plenary meeting").
_LEAD = r"^(?:\S+\s+){0,2}?"
_KIND = re.compile(_LEAD + r"(?i:(?:summary\s+|verbatim\s+|stenographic\s+)?(?:record|memorandum|minutes|transcript|"
                   r"memcon|telcon|proceedings|conversation|interview|protocol|note(?=\s+(?:on|of|for|by)\b)|"
                   r"compte\s+rendu|procès-verbal|entretien|diario\s+de\s+sesiones|acta|versión|conversación|"
                   r"niederschrift|aufzeichnung|vermerk|protokoll|resoconto|verbale|colloquio|"
                   r"запись|протокол|стенограмма|стенограма|беседа|беседы|"
                   r"stenograma|stenogram|stenoprotokol|stenozáznam|sprawozdanie|protokół|notatka|záznam|zápis|"
                   r"zabeleška|zapisnik|pöytäkirja|muistio|jegyzőkönyv|feljegyzés|handelingen|notulen|verslag|"
                   r"referat|promemoria|tutanak|biên\s+bản|פרוטוקול|محضر)\b)")
_SITTING = re.compile(_LEAD + r"(?i:(?:meeting|session|sitting|debates?|hearings?|sitzung|sesión|sessão|reunión|"
                      r"reunião|séance|seduta|posiedzenie|schůze|zasedání|møte|möte|sammanträde|istunto|täysistunto|"
                      r"заседание|засідання|ülés)\b)")
# In a script that spaces no words, a record's word anywhere in a short line ("周恩来总理与基辛格博士会谈纪要").
_UNSPACED = re.compile(r"纪要|記要|会谈|會談|谈话记录|談話記錄|会议记录|會議記錄|議事録|会議録|회의록|속기록")
# Words a title does not end with: it runs on to the next line (and Polish's, Czech's and Serbo-Croatian's).
_RUNS_ON_AFTER = rules.SMALL_WORDS | frozenset("z w i o sa u".split())
_ITEM = re.compile(r"(?:\d+[/.]\d+|\d+[.)]|§|[IVXLC]+\.|[a-z]\))\s")
_SENTENCE = re.compile(r"[.!?]$")
_LONGEST = 160  # characters: a title is a line or two, not a paragraph


def named_in_head(units: Iterable[Sequence[str]]) -> str | None:
    """The title the head's lines give: the first line that names the record's kind, else its sitting, with the lines
    of its unit that run on from it ("MINUTES" / "of the Meeting of …"). ``units``: the head's units, each its lines.
    (Asked only of a record that nothing else titles.)"""
    units = [lines for lines in units if lines]
    for pattern in (_KIND, _SITTING, _UNSPACED):
        for lines in units:
            for k, line in enumerate(lines):
                if len(line) > _LONGEST or (pattern is _UNSPACED and len(line) > 60) or line[:1] in "([（［" \
                        or _ITEM.match(line):
                    continue  # (a line in brackets is a note on the record: "(Рабочая запись)", "[Translation]"; a
                    # numbered one an item of its business: "17/102 Minutes of the previous meeting")
                if pattern is _UNSPACED:
                    found = pattern.search(line) is not None
                else:  # (not a sentence of the record's: "The Dáil met in Private Session at 11 a.m.")
                    found = pattern.match(line) is not None and not (
                        _SENTENCE.search(line) and len(line.split()) > 2)
                if found:
                    return _title(lines[k:])
    return None


# A cabinet's conclusions open with a sentence that names the meeting, where and when it was held ("CONCLUSIONS of a
# Meeting of the Cabinet held at 10 Downing Street, S.W.1, on Monday, 3rd April, 1950, at 11 a.m.", in capitals too,
# "CABINET" or "WAR CABINET 45 (40)" above it): the record is the meeting's conclusions, its title the words before
# "held" (the heading above only names the body that met). Not the last meeting's, which a record confirms ("Conclusions
# of the last Meeting of the Committee held on 3rd May, 1951, were confirmed …": neither this record's title nor date).
_CONCLUSIONS = re.compile(r"(?i:conclusions\s+of\s+(?:a|the)\s+(?:(?!(?:last|previous|preceding)\s)\S+\s+){0,3}?"
                          r"meeting\s+of\s+(?:\S+\s+){1,8}?)"
                          r"(?=(?i:held)\s)")


def meeting_title(text: str) -> str | None:
    """The title of a cabinet's conclusions, from its opening sentence (``_CONCLUSIONS``), in the case a title is
    written in: "Conclusions of a Meeting of the Cabinet", whether the sentence is in capitals or opens with its first
    word in them; else None."""
    if text[:11].casefold() != "conclusions":  # (a cheap gate: every record's opening blocks are asked)
        return None
    found = _CONCLUSIONS.match(text)
    if found is None:
        return None
    words = found.group().split()
    return " ".join(word if k and not word.isupper() else word.lower() if k and word.lower() in rules.SMALL_WORDS
                    else word[:1].upper() + word[1:].lower() for k, word in enumerate(words))


def _title(lines: Sequence[str]) -> str | None:
    title = lines[0]
    for line in lines[1:]:  # a line running on: in small letters ("between …", "z 35. posiedzenia …"), or after
        # a small word ("… held at the" / "Company's registered office")
        runs_on = line[:1].islower() or title.rsplit(None, 1)[-1].lower() in _RUNS_ON_AFTER
        if not runs_on or len(title) + len(line) >= _LONGEST:
            break
        title = f"{title} {line}"
    title = " ".join(title.split()).rstrip(",;:–—-").rstrip()
    return title or None
