"""Orchestration: a Source and its Metadata → an Edition and diagnostics.

The order of work: gather evidence of who speaks (a first, rough segmentation),
segment again with that evidence, find the end of the record (closer and
footnotes) from the bottom, classify the remaining units by the block rules,
join paragraphs that run on across a page turn, group lists, gather turns with
their continuation paragraphs, and read each paragraph's inline content.
"""

from __future__ import annotations

import contextvars
import itertools
from itertools import accumulate
import re
from bisect import bisect_right
from collections import Counter
from pathlib import PurePath
from dataclasses import dataclass
from typing import Any, Callable, Iterable, Iterator, Sequence

from . import rules, signs
from .conventions import BracketContext, Table, marks_the_recording
from .blocks import RUNS_ON, SENTENCE_END, Unit, breaks_words, is_lone_clock, is_lone_stamp, layout
from .diagnostics import Reporter, Span
from .furniture import marked_page_number
from .inline import EVENING_MEETING, LINE_END_HYPHENS, MILESTONE, Corrections, InlineParser, Joined
from .metadata import Metadata
from .model import (Abbreviation, Address, Block, Closer, Columns, Direction, Edition, Editorial, Footnote, Furniture,
                    Heading, Inline, Item, ItemList, PageBreak, Paragraph, Participants, PersonName, Postscript,
                    QuotedText, Sign, Signed, Speaker, Text, Turn)
from .language import DEFAULT as DEFAULT_LANGUAGE, identify
from .persons import Registry, office_of
from .source import Source
from .speakers import (ABBREVIATED_FORENAMES, ANSWERING_COLON, ANSWER_LABELS, ARTICLES, COLON_DASHES, COURTESIES,
                       COURT_ROLES, DIGRAPH_INITIALS, EXAMINATION, EXAMINATION_LABEL, GENITIVE_OFFICES, INTERVIEW_LABELS,
                       LABEL_OFFSET_ENDS, LABEL_WORDS, LINE_LABEL_SHAPES, MERIDIEMS, NAME_PARTICLES, NOT_NAMES,
                       NICKNAME, NICKNAME_QUOTES, NUMBERED_ROLES, NUMBERED_SPEECH, OFFICE_COLON, PRINTED_STATEMENT, QUESTION_LABELS,
                       QUESTION_OR_ANSWER, RECORDING_OFFSET, REPORTED_WITHIN, SWORN_NARRATIVE, TITLES, TurnStart, Verdict,
                       WITNESS, accept,
                       examination_start, examiner_named, holder_after_office, in_capitals, is_capitals, is_office,
                       language_of_verbs,
                       match_turn_start,
                       name_key, numbered_role, proves_speaker, questioner_named, registered_start, reported_within,
                       role_continues, speech_verbs, witness_named, AFFILIATED, WITHIN_BARE_FIRST)

# Verbs of what a person did, no speaking, in the past as records narrate it ("Khrushchev then turned to …", "The
# Ambassador declined."): another person's so under a turn is the record's narrative, not the speaker's words.
_NARRATED = frozenset("""led turned declined left entered nodded rose stood walked arrived departed withdrew smiled
    laughed shook bowed refused""".split())
# Who else was there, named under the turns ("Present at the conversation: I. Zhukov, interpreter.", "Also present:").
_ATTENDANCE = re.compile(r"(?:Also\s+)?present(?:\s+(?:at|during|in)\s+(?:the\s+)?[^\W\d_][\w ]{0,40}?)?\s*:",
                         re.IGNORECASE)

# The mark of a typed signature before the name, as American memoranda set it: "/s/ Robert L. Hammond".
# Courtesies that say the record names a person by no office ("Mr. Allen Dulles", beside "Secretary Dulles").
_PLAIN_COURTESIES = frozenset("mr mrs ms miss mister".split())
_SIGNED_MARK = re.compile(r"/[sS]/\s*")
# A typed name: letters (not a date's "3/8/73", nor the mark of a signature before one, "/s/ Robert L. Hammond").
_SLASH_NAME = re.compile(r"/(?![sS]/)(?=[^/\n]*[^\W\d_])([^/\n]{1,80})/")
_NAME_WORD = re.compile(r"(?:[^\W\d_]\.)+|[^\W\d_][\w'’.-]*")


# ----------------------------------------------------------------- evidence


def _courtesy_first(name: str) -> bool:
    """Whether a label's name opens with a courtesy, its article apart, and a name after it ("Le camarade Duclos",
    "M. Duclos", "Comrade Marty"): a person's, no office's ("M. le président", which needs more: see Evidence)."""
    words = name.split(None, 3)
    if len(words) > 1 and words[0] in ARTICLES:
        words = words[1:]
    return len(words) > 1 and words[0].rstrip(".").casefold() in _COURTESY_LABEL_WORDS and words[1][:1].isupper()


_COURTESY_LABEL_WORDS = COURTESIES | {"m", "mm"}


class Evidence:
    """Who speaks in this document, learned from every unit before deciding any."""

    def __init__(self, units: list[Unit], registry: Registry, verbs: frozenset[str], table: Table | None = None) -> None:
        self.registry = registry
        self.verbs = verbs  # of speaking, in the transcript's language
        self.proven: set[str] = set()
        self.colon_counts: Counter[str] = Counter()
        # Labels on a line of their own, above the speech, by shape and name ("timed", "speaker 2").
        self.line_labels: Counter[tuple[str, str]] = Counter()
        self.named_lines: set[str] = set()  # names in small letters alone above the speech, as written
        offsets: list[int] = []  # of the recording, at each label that gives one, in reading order
        persons_named = False  # by a name in capitals above the speech: a role, a title, the register
        registered_above = False
        examiners = 0
        sworn: set[str] = set()  # the surnames of witnesses sworn, a line each, as a court's record names them
        # ("Edward Crisp sworn.")
        head_words: frozenset[str] | None = None  # of the record's head: the units before the first label above
        alone: set[str] = set()  # the names alone above words, as written, read so far

        def head_names(position: int) -> frozenset[str]:
            """The words of the record's head before this unit (its first blocks), but the names alone above words
            in it: the names a list there gives ("Company Participants" / "Michael Tan - Chief Executive …")."""
            head = [u.text[len(u.lines[0][1]):] if u.lines[0][1] in alone else u.text
                    for u in units[:min(position, _HEAD_UNITS)]]
            return frozenset(re.findall(r"\w+", " ".join(head).casefold()))

        asked: Counter[str] = Counter()  # a court record's questions and answers, line by line
        opened: Counter[str] = Counter()  # paragraphs that open with "Q." or "A.", as press conferences set them
        bracketed: Counter[str] = Counter()  # labels in brackets ("[Gorbachev] …"), as monitoring services set them
        written: dict[str, str] = {}  # each colon label's name as first written
        periods: Counter[str] = Counter()  # names in capitals and a full stop ("STALIN. …"), as stenograms set them
        titled_periods: Counter[str] = Counter()  # and titled names or offices ("M. le président.")
        dashed_courtesies: Counter[str] = Counter()  # and of them, a courtesy and a name, a full stop and a dash
        stamped_colons: set[str] = set()  # name-and-colon labels after a recording's timestamp ("[00:00:09] HALE:")
        # Each unit is asked about several times (its heading, its class, the line that opens
        # it). Without a register the answer depends only on the text; with one it may change
        # as the parse derives people (see Registry.is_registered), so it is not kept.
        self._answers: dict[str, tuple[TurnStart, Verdict] | None] | None = (
            None if registry.has_register else {})
        # The shapes read here are asked for again when the units are classified.
        self._shapes: dict[str, TurnStart | None] = {}
        # Blocks of labelled lines, one line a turn, with no blank line between: each line's label's key (or None)
        self._labelled_runs: list[tuple[list[str], list[str | None]]] = []
        self.stamps = 0  # the units that open with a recording's timestamp or a caption's cue
        self.lone_stamps = 0  # the units that are a recording's timestamp alone ("[00:06:12]")
        sessions_paper = False  # a trial as the sessions papers report it ("Cross-examined by MR. WARTON. I …")
        for position, unit in enumerate(units):
            text = unit.text
            if text[:6] == "Cross-" and text[6:14].casefold() == "examined":
                sessions_paper = True
            if "BY" in text or " by " in text:  # (on any of the unit's lines: "PC GRAHAM LEWIS, sworn" / "Examined by
                # MR HALE" with no blank line between them had left the court's questions #q's)
                # (the line wrapped too: "… EXAMINED AS FOLLOWS BY" / "MS. DEVANE:")
                examiners += any(examiner_named(line) is not None for _, line in unit.lines) or (
                    len(unit.lines) > 1 and examiner_named(text) is not None)
            if ("sworn" in text or "SWORN" in text) and len(unit.lines) == 1 \
                    and (witness := witness_named(text)) is not None:
                sworn.add(name_key(witness).rsplit(" ", 1)[-1])
            rest = _after_number(text)[1]  # (a question numbered too: "1 Q. Mr. Hegarty, …")
            if rest[1:2] == "." and rest[:1] in "QA":
                opened[rest[0]] += 1  # "Q. Mr. Secretary, …" / "A. I have no plans …"
                if rest[0] == "Q" and " A. " in rest and _ANSWER_AFTER_DASH.search(rest):
                    opened["A"] += 1  # (and its answer after a dash: "Q. Was any body else there? - A. No body.")
            elif text[:1] == "(" and (presiding := rules.PRESIDING_NOTE.match(text)) is not None:
                self.proven.add(name_key(presiding.group("office")))  # "(Posiedzeniu przewodniczy marszałek …)"
            inner = self._count_inner_labels(unit, verbs, written) if len(unit.lines) > 1 else None
            start = self._shapes[rest] = match_turn_start(rest, verbs)
            if inner and start is not None and start.shape == "colon" and _INNER_COLON_LABEL.match(unit.lines[0][1]):
                self._labelled_runs.append(([line for _, line in unit.lines], [name_key(start.key), *inner]))
            stamped = _timestamp_lead(text)  # a recording's timestamp before the name
            self.stamps += stamped is not None
            if is_lone_stamp(text):
                self.lone_stamps += 1  # ("[00:06:12]" alone, blank lines round it: ``_lone_stamps_forward``)
            above_speech = False
            first = unit.lines[0][1]
            if len(unit.lines) > 1 and (_may_be_line_label(first) or _a_name_alone(first)):
                # A label stands on the first line of its turn's unit when no blank line follows it
                # ("Speaker 2  1:04", "HALE", "[00:00:03] Speaker 1", then the speech): only those shapes
                # are read there.
                first_rest = _after_number(first)[1]
                label = match_turn_start(first_rest, verbs)
                if label is not None and label.shape in LINE_LABEL_SHAPES:
                    start, rest, above_speech = label, first_rest, True
                    stamped = _timestamp_lead(first)
            if start is None:
                continue
            key = name_key(start.key)
            if proves_speaker(start) or registry.is_registered(start.key):
                self.proven.add(key)
            if start.shape == "colon":
                self._count(self.colon_counts, key)
                written.setdefault(key, start.key)
                if stamped:
                    stamped_colons.add(key)
            elif start.shape == "period" and not start.titled and not start.role and in_capitals(start.key):
                periods[key] += 1
            elif start.shape == "period":
                titled_periods[key] += 1  # (a titled name or an office: "M. Michel Debré.", "M. le président.")
                if rest[start.speaker_end - 1:start.speaker_end] in ("—", "–") and _courtesy_first(start.name):
                    dashed_courtesies[key] += 1  # ("Le camarade Duclos. —", "M. Duclos. —", "Comrade Marty. —")
            elif start.shape == "bracketed":
                bracketed[key] += 1
                written.setdefault(key, start.key)
                if start.name[-1:] == ":" and key in _BRACKETED_ROLES:
                    # Who speaks for another, or unnamed, in brackets and a colon, used once too ("[Interpreter]:
                    # The Chairman means the West as a whole."): no word supplied in the turn before.
                    self.proven.add(key)
            elif start.shape == "timed":
                self._count(self.line_labels, key, "timed")
                offsets.append(_label_seconds(rest[:start.speaker_end]))
            elif stamped and start.shape in ("alone", "above") and not rules.CLASSIFICATION.match(rest):
                self._count(self.line_labels, key, "stamped")
                offsets.append(_seconds(stamped))
            elif start.shape in ("above", "alone") and above_speech and not rules.CLASSIFICATION.match(rest):
                # Only right above the speech: a line in capitals with a blank line after it is a heading. A name
                # in small letters so set, as a call's transcript sets them ("Michael Tan" / "Thanks, operator."),
                # only the register's or one the record's head names ("Company Participants" / "Michael Tan - …").
                if start.shape == "alone":
                    alone.add(first)
                    # (named before it, in the record's head; a word alone, which the head's words may hold, a
                    # role's name or the register's; over words said, not a signatory's office, "S. Okafor" /
                    # "Secretary")
                    listed = " " in start.key and key not in LABEL_WORDS \
                        and set(re.findall(r"\w+", start.key.casefold())) <= head_names(position)
                    # (or a name with its firm or office after a dash: "Paul Ferreira - Chief Executive Officer")
                    if not _an_office_under(unit) and (_names_a_person(start, registry) or listed
                                                       or AFFILIATED.match(start.key) is None
                                                       and AFFILIATED.match(start.name) is not None):
                        self.named_lines.add(first)
                        self._count(self.line_labels, key, "named")  # (counted apart from the names in capitals)
                    continue
                if head_words is None:  # (as words: "ZHOU" is not in "Zhoukoudian")
                    head_words = frozenset(re.findall(r"\w+", " ".join([u.text for u in units[:position]]).casefold()))
                self._count(self.line_labels, key, "above")
                persons_named = persons_named or _names_a_person(start, registry) \
                    or key not in LABEL_WORDS and set(re.findall(r"\w+", start.key.casefold())) <= head_words
                registered_above = registered_above or registry.is_registered(start.key)
        # Names in capitals, each then a full stop, of two speakers at least, two of them named so twice or more,
        # or one three times: a stenogram's labels ("STALIN. Как дела?" / "МАО ЦЗЭДУН. Хорошо."), and with them
        # one used once ("МИКОЯН. Я согласен." among ХРУЩЕВ's three). One name alone may be a sentence's end,
        # and so may one used twice beside another used once ("USSR. He says").
        # So too a French assembly's titled names in small letters ("M. le président. La parole est à M. Debré." /
        # "M. Michel Debré. Mesdames, …"), which a sentence may end with as well ("M. Debré. He said").
        # An office alone used twice, the chair's, giving the floor to two others ("PRESIDENTE." before "MORO." and
        # before "TOGLIATTI.", the Italian Chamber's; "M. le président." before "M. Bruno Retailleau." and "Mme
        # Éliane Assassi.", the French Senate's), is as sure: a sentence seldom ends so.
        for labels in (periods, titled_periods):
            counts = sorted(labels.values(), reverse=True)
            if len(counts) >= 2 and (counts[1] >= 2 or counts[0] >= 3 or len(counts) >= 3
                                     and any(n >= 2 and key in TITLES for key, n in labels.items())):
                self.proven.update(labels)
        if sum(dashed_courtesies.values()) >= 3 or len(dashed_courtesies) >= 2 and max(dashed_courtesies.values()) >= 2:
            # A courtesy and a name, a full stop and a dash, set so three times or more, or by two names and one of
            # them again, each name once too: a party's minutes' labels ("Le camarade Duclos. — …" / "Le camarade
            # Marty. — …" / "Le camarade Duclos. — …"). Prose sets a titled name so once ("… dit le camarade Duclos.
            # — Le lendemain …"), and a report's notes on two persons may ("M. Dupont. — Maire de Lyon …" / "M.
            # Martin. — Adjoint …"): no speaker's.
            self.proven.update(dashed_courtesies)
        named = _named_at_the_head(units, periods | titled_periods) if len(periods) + len(titled_periods) >= 2 \
            else set()
        if len(named) >= 2:
            # Or two of them named among those present or presiding ("Председательствовал тов. ГОРБАЧЕВ М.С.",
            # "Присутствовали тт. …, Громыко А.А., …" over "ГОРБАЧЕВ. …", "ГРОМЫКО. …", "АХРОМЕЕВ. …"); and a name
            # so listed, in small letters too ("Рыжков. Согласен …"), where a sentence may end with a name.
            self.proven.update(periods if len(named & set(periods)) >= 2 else (), named)
        # In a script without case, a name and its colon used once is a speaker's too, where another is used twice
        # or more ("尼克松：" once, "毛泽东：" throughout): the names are all short and set alike.
        uncased = [key for key in self.colon_counts if 2 <= len(key) <= 10 and key[:1].isalpha() and not key.isupper()
                   and not key.islower() and key not in LABEL_WORDS]  # (not a minute's "القرارات:", its decisions)
        if any(self.colon_counts[key] >= 2 for key in uncased):
            self.proven.update(uncased)
        # After a recording's timestamp, a name and its colon are a label once one so set is used twice: the
        # interviewee who answers once ("[00:00:09] HALE: In Leeds." between the interviewer's) was words of theirs.
        if any(self.colon_counts[key] >= 2 for key in stamped_colons):
            self.proven.update(key for key in stamped_colons if key not in LABEL_WORDS)
        if bracketed:
            self._prove_bracketed(bracketed, written, table)
        self._prove_once_named(units, written)
        self._inner_answers = self._answering_lines()
        # The styles of the names labelled so twice or more: a name once between two others' turns is set alike.
        self._label_styles = {_label_style(written[key]) for key, n in self.colon_counts.items()
                              if n >= 2 and key in written and key not in LABEL_WORDS}
        self._units = units  # (whose words a label in capitals may be, asked of few)
        line_labels = self.line_labels
        if any(later < earlier for earlier, later in zip(offsets, offsets[1:])):
            # A recording's offsets only run forward: times that go back are a schedule's ("Monday 10:30").
            self._drop(line_labels, "timed")
            self._drop(line_labels, "stamped")
        if not persons_named or sum(1 for (shape, _), n in line_labels.items() if shape == "above" and n >= 2) < 2:
            # Names in capitals above the speech: of two speakers at least, one of them surely a person's
            # (minutes set DISCUSSION and DECISION so, in turn, above what was said and agreed).
            self._drop(line_labels, "above")
        # Whether a line may be a label of its own (the register's names are labels wherever they stand).
        self.labels_on_lines = bool(line_labels) or registered_above
        # A court record's examination: an examiner named, questions and answers, two of each at least.
        if examiners or sworn:
            asked.update(letter.group(1) for unit in units for _, line in unit.lines
                         if (letter := QUESTION_OR_ANSWER.match(line if line[:1] in "QA" else _after_number(line)[1])))
            asked["A"] += opened["A"] - sum(1 for unit in units if unit.text[:2] == "A.")  # (answers after a dash)
        self.court = asked["Q"] >= 2 and asked["A"] >= 2
        self.examiners = examiners  # (lines naming who examines: "BY MR. SMITH:", "Examined by MR HALE")
        # Questions and answers without a court: a press conference's or an interview's ("Q. Mr. Secretary, …" /
        # "A. I have no plans …"), two of each at least; the letters are the speakers, as "Q:" and "A:" are.
        self.examination = self.court or not examiners and opened["Q"] >= 2 and opened["A"] >= 2
        if sessions_paper and periods:
            # The sessions papers' witnesses, each named once in capitals and a full stop over the evidence in the
            # first person ("ELLEN MARSH. I am a widow …", "WILLIAM HOSKINS (Policeman K 218). On 17th …"), where
            # counsel cross-examine, and the prisoner's defence ("Prisoner's Defence. I was going …", "Prisoner. Was
            # you not drunk?"): they had been paragraphs. Not a verdict ("NOT GUILTY.").
            self.proven.update(key for key in periods if " " in key and "guilty" not in key)
            self.proven.update(key for key in titled_periods if key in _SPEAKERS_IN_COURT)
        if sworn and self.court:  # A court's examination of witnesses sworn: a witness by the surname and a full stop,
            # and the prisoner or the court so, where one puts a question to another ("Prisoner. Did you see me take
            # it?" / "Crisp. No, but no body else was there."), as the Old Bailey's reporters set them, each once.
            self.proven.update(key for labels in (periods, titled_periods) for key in labels
                               if key in sworn or key in _SPEAKERS_IN_COURT)

    def _prove_bracketed(self, bracketed: Counter[str], written: dict[str, str], table: Table | None) -> None:
        """Labels in brackets before the words, as a monitoring service's editors set them ("[Question] …" /
        "[Gorbachev] …"): each set so twice at least, and, where one is, those set so once too. Not what the bracket
        conventions read otherwise ("[illegible] …", "[Laughter] …"), nor a note's word ("[Text] …")."""
        if max(bracketed.values()) < 2:
            return
        for key in bracketed:
            if (key not in LABEL_WORDS or key in INTERVIEW_LABELS) and (table is None or table.classify(
                    BracketContext(written[key], "", "")).name == "supplied"):
                self.proven.add(key)

    def _prove_once_named(self, units: list[Unit], written: dict[str, str]) -> None:
        """In a record whose turns are labelled with a name and a colon ("Stalin: …", used again and again), a
        name so set once is a speaker's too if it is a full name ("Zhou Enlai: Yes."), the surname of a full
        name's label ("KARL BODENSCHATZ (Witness):", then "BODENSCHATZ:"), or the record names it elsewhere (the
        title "between Comrade I.V. Stalin and Zhou Enlai", a participants list)."""
        counts = self.colon_counts
        once = [key for key, n in counts.items() if n == 1 and key in written]
        if not once:
            return
        initials = [key for key in once if 2 <= len(written[key]) <= 4 and written[key].isupper()]
        if initials:
            # Initials the record's head writes in brackets after a name, each used once ("Attendees: Dr H. Okafor
            # (HO); Ms L. Abbas (LA); …" over "HO: …", "LA: …"): that person's label (they had been headings)
            given: set[str] = set()
            for unit in units[:_HEAD_UNITS]:  # (the head: above the first of them, its labels "Attendees:" too)
                start = self._shapes.get(_after_number(unit.text)[1])
                if start is not None and start.shape == "colon" and name_key(start.key) in initials:
                    break
                if "(" in unit.text:
                    given.update(letters for letters, _ in _initials_given(unit.text))
            self.proven.update(key for key in initials if written[key] in given)
        # (a decision's word so used, "RESOLVED - …" twice, proves no speakers: a heading "49. WESTERN RELIEF ROAD -
        # ROUTE OPTIONS" under it had been a person's turn)
        repeated = any(n >= 2 and key not in LABEL_WORDS for key, n in counts.items())
        if not repeated and len(once) >= 2:
            self._prove_exchange_named_at_head(units, once, written)
        if repeated:
            for key in once:
                name = written[key]
                if len(name.split()) >= 2 and all(word[:1].isupper() for word in name.split()) \
                        and name.rsplit(None, 1)[-1].casefold() not in _RECORD_KIND_WORDS:
                    self.proven.add(key)  # (not what the record calls itself: "INTERVIEW TRANSCRIPT — DRAFT 2, …",
                    # which had been a person's turn holding the fields under it)
        # (The surname of a label proven otherwise, also where no label is used twice: a broadcast's "STEVE INSKEEP,
        # HOST:", then "INSKEEP:", each once; but no office's last word, "Secretary:" after "FOREIGN SECRETARY:".)
        surnames = {proven.rsplit(None, 1)[-1] for proven in self.proven if " " in proven}
        text = words = head = head_words = None  # (read once for all the names: once a name grew with their square)
        for key in once:
            if key in self.proven:
                continue
            name = written[key]
            if key in surnames and (repeated or key not in TITLES and key not in _OFFICE_WORDS):
                self.proven.add(key)  # (a key with a space in it is no one word's)
                continue
            if not repeated:
                continue
            # One word: a name the text uses again, not a topic's label in capitals ("WHEAT:") nor a note's; in
            # capitals, one the record's head names as a name is written ("CRIPPS:" under "Present: Bevin, …, Cripps").
            if key in LABEL_WORDS or not name[:1].isupper():
                continue
            if not name.isupper():
                if text is None:
                    text = "\n".join([unit.text for unit in units])
                    words = Counter(_BOUNDED_WORD.findall(text))
                bounded = _BOUNDED_WORD.fullmatch(name)
                if (words[name] if bounded else len(re.findall(rf"\b{re.escape(name)}\b", text))) >= 2:
                    self.proven.add(key)
            elif " " not in name:
                if head is None:
                    head = self._head_text(units)
                    head_words = Counter(_BOUNDED_WORD.findall(head))
                title = name.title()
                if head_words[title] if _BOUNDED_WORD.fullmatch(title) else re.search(rf"\b{re.escape(title)}\b", head):
                    self.proven.add(key)

    def _prove_exchange_named_at_head(self, units: list[Unit], once: list[str], written: dict[str, str]) -> None:
        """No label used twice, but names set so once each, one of them named at the record's head (a participants
        list: "Present: Pak Hon-yong." over "Kim Il Sung: …" / "Pak Hon-yong: …", or "PAK HON-YONG: …"): a short
        exchange, each name the head names or of two words at least a speaker's (they had been paragraphs)."""
        names = [key for key in once if key not in LABEL_WORDS and len(written[key].split()) <= 4 and len(key) > 2
                 and all(word[:1].isupper() for word in written[key].split())]  # (no letter: "Q:", "A:")
        if len(names) < 2 or len({_label_style(written[key]) for key in names}) > 1:
            return
        head = self._head_text(units).casefold()
        head_words = set(_BOUNDED_WORD.findall(head))  # (a name only searched for where the head has its words)
        named = {key for key in names if head and head_words.issuperset(_BOUNDED_WORD.findall(written[key].casefold()))
                 and re.search(rf"\b{re.escape(written[key].casefold())}\b", head)}
        if named:
            self.proven.update(key for key in names if key in named or " " in written[key])

    def _head_text(self, units: list[Unit]) -> str:
        """The record's text above its first name-and-colon label (its title, date, participants)."""
        head = []
        for unit in units:
            start = self._shapes.get(_after_number(unit.text)[1])
            if start is not None and start.shape == "colon":
                break
            head.append(unit.text)
        return "\n".join(head)

    def _count_inner_labels(self, unit: Unit, verbs: frozenset[str], written: dict[str, str]) -> list[str | None]:
        """Names and their colons that open lines inside a block ("Stalin: We agree." / "Zhou Enlai: Good.", with
        no blank line between and the first line long): counted as the block's first line's is, so that the
        lines that open with them open blocks of their own (a long line before one had kept it in its block).
        Each line's key after the first (None where no such label opens it)."""
        keys: list[str | None] = []
        for _, line in unit.lines[1:]:
            key = None
            if line[:1].isupper() and _INNER_COLON_LABEL.match(line) or "：" in line[1:_UNCASED_LABEL_REACH] \
                    and not line[:1].isascii() and line[:1].isalpha() and not line[:1].islower():
                # (and a name in a script without case, its colon the full-width one: "赫鲁晓夫：谢谢。", a Chinese
                # record's turn a line, no blank line between, had run into the line above it)
                rest = _after_number(line)[1]  # (the shape kept, as a unit's is, for the line's question later)
                start = self._shapes[rest] = match_turn_start(rest, verbs)
                if start is not None and start.shape == "colon":
                    key = name_key(start.key)
                    self._count(self.colon_counts, key)
                    written.setdefault(key, start.key)
            keys.append(key)
        return keys

    def _answering_lines(self) -> frozenset[str]:
        """Lines inside a block of labelled lines whose label is used once ("CoG: We ask …" between "Insp: …" and
        "HT: …", one line a turn, no blank line between): each opens a block, which is then asked whether it
        answers the turn before it (its words had been the line above's speaker's)."""
        counts = self.colon_counts
        found = set()
        for lines, keys in self._labelled_runs:
            for k in range(1, len(lines)):
                key, before = keys[k], keys[k - 1]
                after = keys[k + 1] if k + 1 < len(keys) else before
                if key is not None and counts[key] == 1 and key not in LABEL_WORDS and before is not None \
                        and after is not None and before != key and counts[before] >= 2 and counts[after] >= 2:
                    found.add(lines[k])
        self._labelled_runs = []
        return frozenset(found)

    @staticmethod
    def _count(counts: Counter, key: str, shape: str | None = None) -> None:
        """One more use of a label, and of its kind's for a numbered one ("speaker 12" → "speaker #")."""
        role = numbered_role(key)
        for name in (key, role) if role else (key,):
            counts[(shape, name) if shape else name] += 1

    @staticmethod
    def _drop(labels: Counter[tuple[str, str]], shape: str) -> None:
        for label in [label for label in labels if label[0] == shape]:
            del labels[label]

    def turn(self, text: str) -> tuple[TurnStart, Verdict] | None:
        answers = self._answers
        if answers is not None:
            try:
                return answers[text]
            except KeyError:
                pass
        start = self._shapes.get(text, _UNREAD)
        question = examination_start(text) if self.examination else None
        if question is not None:
            start = question
        elif start is _UNREAD:
            start = match_turn_start(text, self.verbs)
        if start is None and self.registry.labels:
            start = registered_start(text, self.registry.labels, self.registry.longest_label)
        if start is None:
            found = None
        elif question is not None and not self.registry.is_registered(question.key):
            found = (start, EXAMINATION)
        else:  # (the register's Q. and A. are its own, in an examination too)
            verdict = accept(start, self.registry.is_registered(start.key), self.proven, self.colon_counts,
                             self.line_labels)
            found = (start, verdict) if verdict else None
        if answers is not None:
            answers[text] = found
        return found

    def answering(self, text: str, before: tuple[TurnStart, Verdict] | None,
                  after: tuple[Unit, str | None, tuple[TurnStart, Verdict] | None] | None
                  ) -> tuple[TurnStart, Verdict] | None:
        """A name's label used once, between two turns of one other speaker's label ("STALIN: …" / "ZHOU: Good."
        / "STALIN: …"): the dialogue's other side, with low certainty (it had been a topic's heading, "ZHOU:",
        over the rest of the record). A topic's label ("WHEAT:") stands among reported speech, not so. Between
        two others' turns, a name set as the record sets its speakers' names twice or more: in small letters
        ("Rusk: …" between "JFK: …" and "Taylor: …", a meeting's tape), as initials ("RFK:" beside "JFK:"), or
        in capitals before a sentence ("ŁUKASZEWICZ: Poland agrees." among "ÅSTRÖM:"), unless the word is one the
        text writes in small letters too (a topic's, "WHEAT: Good." where "wheat prices rose"). So too the record's
        first turn (``before`` None), above a label ("LUKASZEWICZ: Poland agrees." / "ÅSTRÖM: …"); and its last
        (``after`` None), after another's turn ("Rusk: I agree with Bob." closing a tape's "McNamara: …")."""
        start = self._shape(text)
        if start is None or start.shape != "colon" or start.role or len(start.key.split()) > 3 or len(start.key) < 2:
            return None  # (a letter is no name: a press conference's "Q" once is a word of the text)
        key = name_key(start.key)
        if key in LABEL_WORDS or before is not None and (key == name_key(before[0].key) or before[0].shape != "colon"):
            return None
        if before is not None and after is not None and after[2] is not None and after[2][0].shape == "colon" \
                and name_key(after[2][0].key) == name_key(before[0].key):
            return start, ANSWERING_COLON
        # Before a label, a turn's or one used once too ("Rusk: …" / "Taylor: …", between "JFK: …" and "JFK: …");
        # or the record's last block, after a turn.
        if after is None:
            answers = before is not None
        else:
            unit, number, turn = after
            answers = (turn[0] if turn is not None else self._shape(unit.text) if number is None else None) is not None
        style = _label_style(start.key)
        if style == "initials" and style not in self._label_styles and "capitals" in self._label_styles:
            style = "capitals"  # a short surname among surnames ("ABDI (through interpreter): In Baidoa." between
            # "LINDQVIST:"'s turns, which had been words of hers), asked as a name in capitals is
        if not answers or start.speech_start >= len(text) or style not in self._label_styles \
                or any(word[:1].islower() for word in start.key.split()):  # ("Schluss der Sitzung: 12.03 Uhr")
            return None
        if style == "capitals" and not (text[start.speech_start:start.speech_start + 1].isupper() and all(
                re.search(rf"\b{re.escape(start.key.lower())}\b", unit.text) is None for unit in self._units)):
            return None
        return start, ANSWERING_COLON

    def office(self, text: str) -> tuple[TurnStart, Verdict] | None:
        """An office's label in capitals used once, after the record's turns have begun ("DEFENSE COUNSEL: The
        accused wishes …", "PRESIDENT: Does the prosecution …" in a court-martial's examination): a speaker's, where
        it had been a topic's heading over the speech. Not a topic naming an office ("ELECTION OF PRESIDENT:")."""
        colon = text.find(":", 0, 64)
        if colon < 0:
            return None
        if not text[:colon].isupper():  # (most paragraphs: no label in capitals at their head)
            # Or an office of one word, as a German cabinet's minutes set the chancellor's ("Bundeskanzler: Ich bitte
            # …" between "Dr. Keppler: …" and "Dr. Wendland: …": it had been words of the turn before)
            word = text[:colon]
            if not (word.isalpha() and word[:1].isupper() and word.lower() in _ONE_WORD_OFFICES):
                return None
            start = self._shape(text)
            speech = text[start.speech_start:start.speech_start + 1] if start is not None else ""
            return (start, OFFICE_COLON) if start is not None and start.shape == "colon" and speech.isupper() else None
        start = self._shape(text)
        if start is None or start.shape != "colon" or not start.key.isupper() or start.key in LABEL_WORDS:
            return None
        words = start.key.split()
        folded = [word.casefold().strip(".,") for word in words]
        if len(words) > 4 or folded[-1] not in _LABEL_OFFICES or any(word in rules.SMALL_WORDS for word in folded[1:]):
            return None
        speech = text[start.speech_start:start.speech_start + 1]
        return (start, OFFICE_COLON) if speech and (speech.isupper() or speech in "\"“‘'") else None

    def labelled(self, text: str) -> bool:
        """Whether the text opens with a name and its label's sign, as a colon sets it (asked before the turns
        around it are looked for)."""
        start = self._shape(text)
        return start is not None and start.shape == "colon"

    def numbered_speech(self, text: str) -> tuple[TurnStart, Verdict] | None:
        """A label after a speech's printed number, which numbers only speeches ("Anf. 1  TALMANNEN:" /
        "Frågestunden inleds."): a turn, the label used once too (it had been a heading, or the turn before's)."""
        start = self._shape(text)
        return (start, NUMBERED_SPEECH) if start is not None and start.shape == "colon" else None

    def _shape(self, text: str) -> TurnStart | None:
        start = self._shapes.get(text, _UNREAD)
        return match_turn_start(text, self.verbs) if start is _UNREAD else start

    def forget_texts(self) -> None:
        """Let go the answers kept for each unit's text (the same answers are made again if asked)."""
        self._shapes.clear()
        if self._answers is not None:
            self._answers.clear()
        numbering = _NUMBERING.get()
        if numbering is not None:
            numbering.read = None  # (the numbers read of the texts, which hold them and what follows each number)

    def opens_block(self, line: str) -> bool:
        """A line that starts a new block even without a blank line before it."""
        return bool(self.turn(_after_number(line)[1]) or line in self._inner_answers
                    or rules.STATEMENT.match(line) or rules.MOTION.match(line)
                    or rules.SIGNATURE_LABEL.match(line) or rules.LIST_ITEM.match(line)
                    or line[:1] == "(" and rules.DIRECTION.match(line) or rules.DECISION_LABEL.match(line)
                    or (line[:1].isdigit() or line[:1] in "NM") and rules.LOG_ENTRY.match(line)
                    # (who examines, on its line: "BY MR. COLE:" had run into the answer above it)
                    or (line.lstrip()[:3] == "BY " or " by " in line) and examiner_named(line.lstrip()) is not None
                    or line.endswith("EXAMINATION") and rules.EXAMINATION_HEAD.fullmatch(line) is not None
                    # (a reference number under a date alone: "Warszawa, 14 June 1968" / "No. 2/44/68/IV")
                    or line[:1] in _REFERENCE_FIRST and rules.REFERENCE_NUMBER.match(line) is not None)

    def stands_alone(self, line: str) -> bool:
        """A line that is a block by itself: a speaker's label above the speech."""
        if not _may_be_line_label(line) and line not in self.named_lines:  # most lines are ruled out here
            return False
        found = self.turn(_after_number(line)[1])
        return found is not None and found[0].shape in LINE_LABEL_SHAPES


_UNCASED_LABEL_REACH = 13  # characters: how far a full-width colon after a name without case is looked for
# A name of up to four words and its colon opening a line: "Zhou Enlai: Good." (whether it is a label is asked after).
_INNER_COLON_LABEL = re.compile(r"[^\W\d_][\w.'’-]*(?: [^\W\d_][\w.'’-]*){0,3}:\s")


def _named_at_the_head(units: list[Unit], names: Iterable[str]) -> set[str]:
    """Those of these names that the lists of those present or presiding name, among the record's first blocks."""
    words: set[str] = set()
    for unit in units[:_HEAD_UNITS]:
        if rules.PARTICIPANTS.match(unit.text) or rules.PRESIDING.match(unit.text):
            words.update(re.findall(r"\w+", unit.text.casefold()))
    return {name for name in names if name.casefold() in words}


_HEAD_UNITS = 12  # the blocks a record's head may take, title, date, those present and presiding


def _runs_on(line: str, following: str) -> bool:
    """A participants list's line that the next one goes on from though it ends with no comma: its last word a
    courtesy ("…, de heer" / "P. van der Wal (VVD), …"), or the next line opening with a bracket or a small letter
    ("… R. Mulder" / "(Lokaal Belang), …"): a list written as prose and wrapped, whose lines had each been an item."""
    end = line.rstrip()
    if end.endswith((";", ".", ":")) and not end.endswith(_COURTESY_ENDS):
        return False
    return end.endswith(_COURTESY_ENDS) or following == "(" or following.islower()


_COURTESY_ENDS = (" de heer", " mevrouw", " Mr.", " Mrs.", " Ms.", " Dr.", " Mr", " Mrs", " Ms", " Dr", " Herr",
                  " Alderman", " Aldermen", " Councillor", " Councillors", " Messrs.",
                  " Frau", " M.", " Mme", " Mme.")


_VERDICT_FIRST = frozenset("GNATDWBIF")  # (what rules.VERDICT opens with)
# Who speaks in a court's record by a word and a full stop, beside its witnesses ("Prisoner. …", "Court. …").
_SPEAKERS_IN_COURT = frozenset({"prisoner", "prisoners", "court", "prosecutor", "prosecutrix", "jury", "counsel"})
_PRISONER = "Prisoner"  # whose account "Prisoner's Defence." heads: the one the record's "Prisoner." labels


def _sworn_alone(text: str) -> bool:
    """A witness's name and that he was sworn, nothing more ("Edward Crisp sworn.", "MARGARET ANN PRING, sworn."):
    his account follows, where a line that says he "was examined and testified as follows" is followed by the
    examination."""
    return len(text) <= 80 and text.rstrip(" .").casefold().endswith(("sworn", "affirmed", "(sworn)", "(affirmed)"))


def _names_a_person(start: TurnStart, registry: Registry) -> bool:
    """A label that names a person for sure: with a title (MR. HALE), a role's name (INTERVIEWER, THE
    CHAIRMAN), or in the register (or, asked by ``Evidence``, one the record's head names: "Conversation
    between Stalin and Zhou Enlai")."""
    return (start.titled or start.role or start.key.split()[0].lower() in NUMBERED_ROLES
            or registry.is_registered(start.key))


def _an_office_under(unit: Unit) -> bool:
    """Whether the name on the unit's first line has only a short line under it, no sentence: a signatory's office."""
    return len(unit.lines) == 2 and len(unit.lines[1][1]) <= 40 and not unit.lines[1][1].endswith(SENTENCE_END)


def _a_name_alone(line: str) -> bool:
    """A line of a name's words alone, in small letters, that may stand above the speech ("Michael Tan"); or with
    something after a dash, the firm or office whose words ``match_turn_start`` reads ("Paul Ferreira - Chief
    Executive Officer")."""
    if not (line[:1].isupper() and line[-1:].isalpha()) or len(line) > 80:
        return False
    return len(line) <= 40 and all(word[:1].isupper() or word in NAME_PARTICLES for word in line.split()) \
        or AFFILIATED.match(line) is not None


def _may_be_line_label(line: str) -> bool:
    """A line that may be a label of its own (it ends in a recording's offset, it is in capitals, or a
    recording's timestamp opens it)."""
    last = line[-1:]
    return last in LABEL_OFFSET_ENDS or line.isupper() or line[:1] in rules.TIMESTAMP_FIRST \
        or last in "Mm." and line.rsplit(None, 1)[-1] in MERIDIEMS  # ("John Smith  10:02 AM")


def _is_offset_alone(line: str) -> bool:
    return line[:1].isdigit() and rules.OFFSET_ALONE.fullmatch(line) is not None


def _timestamp_lead(text: str) -> str | None:
    """The recording's timestamp before a speaker's name, if the text opens with one ("00:00:03")."""
    if text[:1] not in rules.TIMESTAMP_FIRST:
        return None
    lead = rules.TIMESTAMP_LEAD.match(text)
    return (lead.group(1) or lead.group(2) or lead.group(3)) if lead else None


_UNREAD = object()
_OPENINGS_READ = 200  # paragraphs whose openings may tell a short record's language by its verbs
_NUMBER_FIRST = rules.TIMESTAMP_FIRST | {"Q", "A", "*"}  # (what a number or a recording's timestamp opens with)
_WORD = re.compile(r"\S+")


def _without_emphasis(text: str) -> str:
    """A line in Markdown's emphasis, its signs left out ("*Secret*", "**SECRET**", "_Secret_"): for the rules to read
    what it says; the text keeps them as written."""
    signs = text[:len(text) - len(text.lstrip("*_"))]
    return text[len(signs):-len(signs)] if signs and text.endswith(signs[::-1]) and len(text) > 2 * len(signs) else text


def _stamped(written: str, start: TurnStart) -> tuple[str, tuple[int, int] | None]:
    """A speaker's label and where in it the recording's offset stands, if it gives one: after the name
    ("Speaker 2  1:04", "Speaker 2 (00:01:04)", then written with one space), in the parentheses before its colon
    ("Speaker 2 (01:04):") or in those after it ("Speaker 2: (01:04)")."""
    if start.shape == "timed":
        name = written[:len(start.name)]
        written = f"{name} {written[len(name):].lstrip()}"
        bracketed = written[-1] in ")]"  # "Speaker 2 (00:01:04)": the offset is inside
        return written, (len(name) + 1 + bracketed, len(written) - bracketed)
    if written.endswith("):"):
        opening = written.rfind("(")
        if opening > 0 and RECORDING_OFFSET.fullmatch(written, opening + 1, len(written) - 2):
            return written, (opening + 1, len(written) - 2)
    if written.endswith((")", "]")):  # or after the colon, as Rev exports a label: "Speaker 1: (00:00)"
        opening = written.rfind("(" if written[-1] == ")" else "[")
        if opening > 0 and written[:opening].rstrip().endswith(":") \
                and RECORDING_OFFSET.fullmatch(written, opening + 1, len(written) - 1):
            return written, (opening + 1, len(written) - 1)
    return written, None


def _label_seconds(label: str) -> int:
    """The offset a timed label ends with, in seconds; a clock time with its AM or PM ("10:02 AM") on the
    24-hour clock, so that a meeting's times run forward past noon."""
    words = label.rsplit(None, 2)
    if words[-1] not in MERIDIEMS:
        return _seconds(words[-1].strip("()[]"))
    hours, _, rest = words[-2].partition(":")  # "10:02" or "10:02:15"
    past_the_hour = _seconds(rest) if ":" in rest else 60 * int(rest)
    return (int(hours) % 12 + 12 * (words[-1][0] in "Pp")) * 3600 + past_the_hour


def _seconds(offset: str) -> int:
    """A recording's offset ("1:02:15", "0:03") in seconds."""
    seconds = 0
    for part in offset.split(":"):
        seconds = seconds * 60 + int(part)
    return seconds


_TURN_LOOKBACK = 64  # blocks
_BOUNDED_WORD = re.compile(r"\w+")  # (a text's words, as \b bounds them)


# What a record calls itself at its title's end, no one's name ("INTERVIEW TRANSCRIPT", "FOCUS GROUP MINUTES").
_RECORD_KIND_WORDS = frozenset({"transcript", "transcription", "minutes", "record", "memorandum", "interview", "report",
                                "notes", "summary", "proceedings", "hearing", "hearings", "conversation", "draft"})


def _label_style(name: str) -> str:
    """How a speaker's name is set in its label: "initials" ("JFK", "RFK"), "capitals" ("STALIN"), or "small"
    ("McNamara", "Rusk")."""
    if not name.isupper():
        return "small"
    return "initials" if len(name) <= 4 and name.isalpha() else "capitals"


def _after_number(text: str) -> tuple[str | None, str]:
    """A printed paragraph number ("5. Mr Tang …") and the text after it; a recording's timestamp
    before a speaker's name ("[00:12:05] INTERVIEWER: …", "00:12:05 INTERVIEWER: …") is passed over
    too, and is no number."""
    if text[:1] not in _NUMBER_FIRST:  # (asked of every line)
        return None, text
    numbering = _NUMBERING.get()
    if numbering is None:  # (outside a parse: read with the usual pattern, nothing kept)
        return _read_number(text, rules.PRINTED_NUMBER)
    read = numbering.read
    if read is None:  # (the units are let go: their texts are no longer kept here either)
        return _read_number(text, numbering.pattern)
    found = read.get(text)
    if found is None:
        found = read[text] = _read_number(text, numbering.pattern)
    return found


def _number_value(number: str | None) -> int | None:
    """A printed paragraph number's value ("4." → 4), or None (none, or a question's "Q12")."""
    return int(number.rstrip(".")) if number and number[0].isdigit() and number.rstrip(".").isdigit() else None


def _read_number(text: str, pattern: re.Pattern) -> tuple[str | None, str]:
    lead = rules.TIMESTAMP_LEAD.match(text)
    if lead:
        return None, text[lead.end():]
    match = pattern.match(text)
    if match:
        return match.group(1), text[match.end():]
    return None, text


class _Numbering:
    """The paragraphs' numbers of the record being parsed: to 999, or as far as a record numbered past 999 goes
    ("999." … "1000.", "9999." … "10000."), which had run every paragraph after the 999th into its turn (a year
    opening a paragraph, "1952. …", is no number in other records); and each text's number as read, for this
    record alone: a numbered unit is asked for its number four times or more (its evidence, its turn, its class,
    its list), two regex calls each. Kept until the units are classified (``Evidence.forget_texts``)."""

    __slots__ = ("pattern", "read")

    def __init__(self, pattern: re.Pattern) -> None:
        self.pattern = pattern
        self.read: dict[str, tuple[str | None, str]] | None = {}


_NUMBERING: contextvars.ContextVar[_Numbering | None] = contextvars.ContextVar("numbering", default=None)


def _figures_of_numbers(text: str) -> int:
    """How many figures the record's paragraph numbers reach: 3, or more where its numbering runs on past 999."""
    figures = 3
    while f"\n{'9' * figures}. " in text and f"\n1{'0' * figures}. " in text:
        figures += 1
    if figures == 3 and ("?-" in text or "?—" in text or "?–" in text) \
            and sum(1 for _ in itertools.islice(_LONG_NUMBERED_QUESTION.finditer(text), 2)) == 2:
        figures = 5  # a royal commission's questions, numbered on through its volumes ("4501. (Chairman.) …?-…")
    return figures


_EVENING_HEAD = 300  # characters: the record's head, where an evening meeting says it is one

_LONG_NUMBERED_QUESTION = re.compile(r"^\d{4,5}\.[ \t]+(?:\([^()\n]{2,60}\)[ \t]+)?[^?\n]{2,300}\?[ \t]?[-–—]",
                                     re.MULTILINE)


# What stands above a record's words or beside them, none of them: a closing under these alone has no record before it
# (TEI's div holds a closer only after its words, not after its heading, notes and signs alone).
_NOT_A_RECORD = frozenset({"heading", "label", "letterhead", "signature", "footnote", "catch"})
def _runs_over_the_page(part: Unit, following: str) -> bool:
    """Whether a paragraph's part runs on into the next page's: unless it ends a sentence and the next opens with a
    capital, or its last line is short, ending with no word a sentence goes on from, before a capital."""
    if following[:1].islower():
        return True
    if part.text.endswith(SENTENCE_END):
        return False
    last_line = part.lines[-1][1]
    return not (len(last_line) < _SHORT_LAST_LINE and following[:1].isupper()
                and last_line.rsplit(None, 1)[-1].lower() not in RUNS_ON)


# Words set apart in columns on a line, as signatures side by side are ("A. Heseltine   Chairman      J. W. Pickles
# Sec."): such a line runs on into no paragraph (the next meeting's heading over the page had run into it).
_COLUMNS_APART = re.compile(r"\S {3,}\S")
# A nickname in quotes inside a name: "Dolores "Dee" Marchetti".
_INITIALS_AFTER = re.compile(r"\s+\([A-Z]{1,4}\)$")
_NICKNAME = re.compile(r"\s+[\"“][^\"“”]{1,24}[\"”](?=\s)")
# Characters: a line this short, its words ending no sentence, ends its paragraph before a page turn if the next
# page opens with a capital ("Josiah Whitlock  Chairman" / "p. 18" / "At a Vestry Meeting …": a minute book's
# signature over the next meeting, which had run into it).
_SHORT_LAST_LINE = 40
# What a typescript's page says at its foot when the text goes on over the page, as the White House's press office
# sets it ("MORE", "(more)", "- more -"): its forme work, a catchword (it had headed a section holding every turn
# after it).
_CATCHWORD = re.compile(r"(?:\(\s*|-\s*)?(?:MORE|more|More|OVER|over|PTO|P\.T\.O\.)(?:\s*\)|\s*-|\.\.\.|/)?")


def _numbered(number: str | None, turn) -> str | None:
    """A question's or a speech's number numbers only the turn it opens ("Q1 Chair: …"; "Q1 2019 was a good
    quarter" is words)."""
    return None if number is not None and turn is None and rules.number_kind(number) != "paragraph" else number


# ------------------------------------------------------------ the parse


@dataclass(slots=True)
class _Classified:
    kind: str
    unit: Unit
    detail: Any = None


class _OpenTurn:
    """A turn whose paragraphs are still being gathered."""

    __slots__ = ("speaker", "blocks", "start", "rule", "certainty", "number", "lead", "stamp", "reported")

    def __init__(self, speaker: Speaker, start: int, verdict: Verdict, number: str | None,
                 lead: tuple[Inline, ...] = (), stamp: tuple[int, int] | None = None) -> None:
        self.speaker = speaker
        self.blocks: list[Block] = []
        self.start = start
        self.rule = verdict.rule
        self.certainty = verdict.certainty
        self.number = number
        self.lead = lead
        self.stamp = stamp
        self.reported = False  # opened by a name and a verb of speaking ("Hoxha answered that …"), the record narrating


def parse(source: Source, metadata: Metadata, reporter: Reporter | None = None) -> Edition:
    figures = _figures_of_numbers(source.text)
    questions = " Q. " in source.text and sum(1 for _ in itertools.islice(
        rules.NUMBERED_QUESTION.finditer(source.text), 2)) == 2
    numbering = _NUMBERING.set(_Numbering(rules.printed_number(figures, questions) if figures > 3 or questions
                                          else rules.PRINTED_NUMBER))
    try:
        return _parse(source, metadata, reporter)
    finally:
        _NUMBERING.reset(numbering)


def _parse(source: Source, metadata: Metadata, reporter: Reporter | None) -> Edition:
    reporter = reporter or Reporter(source.name, source.position)
    registry = Registry(metadata.register, frozenset(r.id for r in metadata.responsibilities),
                        metadata.shared_register)
    lines = layout(source, metadata.page_break_blank_lines, metadata.first_page)
    language, language_from = metadata.language, "sidecar"
    if language is None:
        # By its commonest words; a record too short for them, by the verbs that open its paragraphs.
        language = identify(source.text) or language_of_verbs(
            [unit.text for unit in itertools.islice(lines.rough_units(), _OPENINGS_READ)])
        language, language_from = (language, "identified") if language else (DEFAULT_LANGUAGE, "assumed")
    verbs = speech_verbs(language)
    if _in_capitals(source.text):  # a raw telegram's: "GROMYKO SAID THAT …"
        verbs = verbs | frozenset(verb.upper() for verb in verbs)
    evidence = Evidence(lines.rough_units(), registry, verbs, metadata.table)
    stands_alone = evidence.stands_alone if evidence.labels_on_lines else None
    # Offsets alone on their lines, each opening the words under it (YouTube's transcripts).
    offsets_alone = rules.offsets_alone(source.text)
    units, trailing_pages = lines.units(evidence.opens_block, stands_alone,
                                        _is_offset_alone if offsets_alone else None)
    if evidence.examination and " A. " in source.text:
        units = _answers_apart(units)
    units = _absent_apart(units)
    if evidence.lone_stamps:
        units = _lone_stamps_forward(units, evidence)
    if "t was\n" in source.text or "T WAS\n" in source.text:  # ("After discussion, it was" / "RESOLVED THAT …")
        units = _decisions_led_in(units)
    joined = {}
    if "?-" in source.text or "?—" in source.text or "?–" in source.text:
        units, joined = _joined_answers_apart(units)
        if joined:  # a royal commission's examination: the questions the examiners', the answers the witness's
            evidence.court = evidence.examination = True
    tables = lines.tables
    numbered_lines = lines.margin is not None
    furnished = lines.furniture is not None
    hyphenated = any(map(breaks_words, units))
    unspaced = any(unit.unspaced for unit in units)
    del lines  # its lines and first units: what the parse reads from here on is ``units``
    inline = InlineParser(metadata.table, reporter, metadata.corrections)
    inline.dotted_times = ".m." in source.text or ".M." in source.text
    inline.evening = EVENING_MEETING.search(source.text, 0, _EVENING_HEAD) is not None
    inline.offsets_alone = offsets_alone
    inline.house = ("(" in source.text or "（" in source.text) \
        and rules.HOUSE_NOISE.pattern.search(source.text) is not None
    inline.struck = "~~" in source.text or "</" in source.text and signs.STRUCK.search(source.text) is not None
    inline.emphasis = any(unit.text[:1] in "#*_" for unit in units) and signs.in_markdown(source.text)
    inline.parenthesised_notes = "(" in source.text and rules.PARENTHESISED_NOTE.search(source.text) is not None
    if evidence.colon_counts and "(" in source.text:  # (a speaker calling out in parentheses: "(Gerő: Not only …)")
        speakers = frozenset(key for key in evidence.colon_counts if key not in LABEL_WORDS)
        inline.speaks = lambda name: name_key(name) in speakers
    parser = _Parser(evidence, registry, inline, reporter)
    parser.tables = tables
    parser.joined = joined
    parser.text = source.text
    parser.genitive_offices = language.split("-")[0] in GENITIVE_OFFICES
    if evidence.court and not evidence.examiners and ("(By " in source.text or "(BY " in source.text) \
            and (asker := _BY_IN_BRACKETS.search(source.text)) is not None:
        # A deposition's examiner named only in brackets after a question's letter, no line of his own ("Q. (By Mr.
        # Sloane) And you are …"): the first so named asked the questions before it too (they had been a person
        # "#q"'s), as the examination opens with them.
        parser.examiner = asker.group(1)
    parser.telegram = _is_telegram(source.text)
    head = [(unit.start, tuple(line for _, line in unit.lines)) for unit in units[:_HEAD_UNITS] if unit.lines]
    blocks, back = parser.run(units)  # (which lets the units go)
    first_turn = next((block.span.start for block in blocks if type(block) is Turn), None)
    head_lines = tuple(lines for start, lines in head if first_turn is None or start < first_turn)
    same_as = registry.settle_offices(_offices_in_titles(blocks))
    _report_unregistered(parser.unregistered, same_as, registry, reporter)
    (back or blocks).extend(trailing_pages)  # the last page turn comes after the notes, if there are any
    _report_unused_corrections(metadata.corrections, inline, reporter)
    if not any(isinstance(b, Turn) for b in blocks) and blocks and not any(map(_not_a_conversation, blocks)):
        reporter.warning("no-turns", "no speaker turns found; the text is encoded as paragraphs", 0,
                         hint=_no_turns_hint(source.text, language, language_from))
    if not blocks:
        reporter.warning("empty-transcript", "the transcript has no text; the edition has an empty body", 0,
                         hint="check that this is the right file")
    transcript = PurePath(source.name).name if source.name else None
    return Edition(metadata, tuple(blocks), registry.persons(), tuple(sorted(inline.used_conventions)),
                   tuple(back), transcript, numbered_lines, furnished, hyphenated, language, language_from,
                   bool(parser.notes_at_foot), parser.format_signs or inline.signed, unspaced, same_as, head_lines,
                   bool(inline.used_corrections), inline.struck_read, _absent_only(blocks, same_as))


def _absent_only(blocks: list, same_as: dict[str, str]) -> frozenset[str]:
    """The persons a list of the absent names ("Apologies: Mr K. Black", ``Participants.kind``) whom no list of
    those present names and who speak no turn: they took no part, and the header lists them apart. (One who is
    listed absent but speaks, come late to an item, took part: his turns stay his, and so does his place.)"""
    absent: set[str] = set()
    present: set[str] = set()
    for block in blocks:
        if type(block) is Participants:
            into = absent if block.kind == "absent" else present
            into.update(node.person for group in block.groups for node in group if type(node) is PersonName)
        elif type(block) is Turn:
            present.add(block.speaker.person)
            present.update(block.speaker.others)
    if not absent:
        return frozenset()
    present = {same_as.get(person, person) for person in present}
    return frozenset(person for person in (same_as.get(p, p) for p in absent) if person not in present)


def _no_turns_hint(text: str, language: str, language_from: str) -> str:
    """Where a record has no turns: its verbs of speaking are read in its language, so a language stated for it (in
    its sidecar, or for a whole collection) that its text is not in reads none ("language = "en"" over a German
    Vermerk); else the register names its speakers."""
    read = identify(text) if language_from == "sidecar" else None
    if read is not None and read != language.split("-")[0]:
        return (f"its language is stated as {language!r}, but the text reads as {read!r}: its verbs of speaking are "
                f"read in the language stated; if the text is in {read!r}, say so in its sidecar (language = "
                f"\"{read}\")")
    return "if the record has speakers, name them in the sidecar's [[person]] register"


def _offices_in_titles(blocks: list[Block]) -> dict[str, set[str]]:
    """The offices the record's titles name a holder of, each → the holders' names so written ("Conversation between
    President Nixon and General Secretary Brezhnev": "president" → {"Nixon"})."""
    offices: dict[str, set[str]] = {}
    for block in blocks:
        if not isinstance(block, Heading) or block.kind != "title":
            continue
        text = "".join(node.text for node in block.content if isinstance(node, Text))
        for run in _CAPITALISED_RUN.finditer(text):
            words = run.group().split()
            for k in range(len(words) - 1):  # ("Soviet Ambassador Dobrynin": the office, then the name)
                office = office_of(" ".join(words[k:]))
                if office is not None and not is_office(" ".join(words[k:])):  # (no "PRESIDENTE DEL GOBIERNO")
                    offices.setdefault(office, set()).add(" ".join(words[k + 1:]))  # (the name, as a label's key)
                    break
        for word in _CAPITALISED_WORD.finditer(text):
            # What the office is of, then its holder after a comma: "mit dem Generalsekretär des ZK der KPdSU,
            # Breschnew, am 12. August", "with the Chairman of the Council of Ministers, Kosygin".
            office = office_of(f"{word.group()} holder")  # (asked first: most capitalised words are no office)
            apposition = _OFFICE_AND_HOLDER.match(text, word.end()) if office is not None else None
            if apposition is not None:
                offices.setdefault(office, set()).add(apposition.group(1))
    return offices


_CAPITALISED_WORD = re.compile(r"[^\W\d_a-z][\w'’-]*")
# After an office: what it is of (link words, then capitalised words), a comma and one to three names, then a comma,
# a full stop or the title's end.
_LINK = r"(?:of|for|des|der|du|de|del|della|degli|the|la)"
_OFFICE_AND_HOLDER = re.compile(
    rf"(?:(?:\s+{_LINK})+(?:\s+[^\W\d_a-z][\w'’.-]*)+)+,\s+"
    r"((?:[^\W\d_a-z]\.\s?){0,3}[^\W\d_a-z][\w'’-]*(?:\s+[^\W\d_a-z][\w'’-]*){0,2})(?=\s*[,.;)]|\s*$)")


# Capitalised words in a row, initials among them ("Soviet Ambassador A. F. Dobrynin").
_CAPITALISED_RUN = re.compile(r"[^\W\d_a-z][\w'’-]*\.?(?:\s+[^\W\d_a-z][\w'’-]*\.?)+")


def _report_unregistered(speakers: list[tuple[str, str, int]], same_as: dict[str, str], registry: Registry,
                         reporter: Reporter) -> None:
    """A warning for each speaker the register does not name, at its first turn, with the id the edition gives the
    person and how many turns are so labelled (a warning a turn had said the same thing four times over)."""
    register = ("the register of the sidecar and the collection file" if registry.has_collection_register
                else "the sidecar's register")
    turns: Counter[str] = Counter(key for key, _, _ in speakers)
    warned: set[str] = set()
    for key, person, position in speakers:
        if key in warned:
            continue
        warned.add(key)
        person = same_as.get(person, person)
        labelled = f" (it labels {turns[key]} turns)" if turns[key] > 1 else ""
        reporter.warning("speaker-unregistered", f"speaker {key!r} is not in {register}; its id {person!r} was "
                         f"derived from the name{labelled}", position, hint=f"add a [[person]] for it, or add "
                         f"{key!r} to a person's aliases")


def _not_a_conversation(block: Block) -> bool:
    """A block that shows a record to be no conversation, whose lack of turns is no news: a memorandum's or a
    telegram's fields, a diary's dated entries, a letter's leave-taking or postscript."""
    return (isinstance(block, ItemList) and block.kind == "fields"
            or isinstance(block, Heading) and block.kind in ("entry", "salute")
            or isinstance(block, Closer) and bool(block.salute) or isinstance(block, Postscript))


# A tape or its side turning over, in a note alone ("[END OF TAPE 1, SIDE A]", "[Tape 2 begins]"), not the end of
# the interview or its transcript.
_TAPE_TURNS = re.compile(r"(?:\b(?:tape|cassette|reel)\b|\bside\s+(?:[AB12]|one|two)\b)"
                         r"(?!.*\b(?:interview|transcript|session)\b)", re.IGNORECASE)  # (not "[laughs on the side]")


# A key's word alone over the labels it explains ("KEY", "Key to speakers:", "LEGEND").
_KEY_HEAD = re.compile(r"(?:(?:Speaker\s+)?Key(?:\s+to\s+(?:the\s+)?(?:speakers|initials|abbreviations))?|"
                       r"(?:SPEAKER\s+)?KEY(?:\s+TO\s+(?:THE\s+)?(?:SPEAKERS|INITIALS|ABBREVIATIONS))?|Legend|LEGEND)\s*:?")
# A transcriber's or translator's certificate under the record ("Certification: I, Maria Esposito, certify that the
# foregoing is a true …", "I, J. Ruiz, hereby certify …"): the record's, no speaker's.
_CERTIFIES = re.compile(r"(?:(?:Transcriber'?s?|Translator'?s?|TRANSCRIBER'?S?|TRANSLATOR'?S?)\s+)?"
                        r"(?:Certification|Certificate|CERTIFICATION|CERTIFICATE)\s*[:.]?\s"
                        r"|I,\s+[A-Z][\w.'’ -]{1,60},\s+(?:do\s+)?(?:hereby\s+)?certify\b")


def _marks_the_tape(text: str) -> bool:
    """A note alone of the tape's ("[END OF TAPE 1, SIDE A]"; "Tape 1 ends.", no brackets), or the time of day
    between the turns ("[14:02]"): words with no label under it go on the turn above it."""
    if text[:1] == "[":
        return _TAPE_TURNS.search(text) is not None or is_lone_clock(text)
    return len(text) <= 60 and text[:1] in rules.RECORDING_NOTE_FIRST and rules.RECORDING_NOTE.match(text) is not None


def _tape_turns_over(classified: list[_Classified], index: int, known: dict[int, bool]) -> bool:
    """Whether the note alone at ``index``, and any such after it, says the tape turned over ("[END OF TAPE 1, SIDE
    A]", "[TAPE 1, SIDE B]"), and words with no label follow them, the record going on after them (the record's
    last paragraph under a tape's end is the transcriber's, "Transcribed by M. Akhtar."). ``known``: the answers
    given, one for every note of a run (each note had read to the run's end again)."""
    if index in known:
        return known[index]
    start, answer = index, False
    while index < len(classified):
        item = classified[index]
        if item.kind == "paragraph":
            answer = index + 1 < len(classified)
            break
        if item.kind != "statement" or not _marks_the_tape(item.unit.text):
            break
        index += 1
    for k in range(start, index):
        known[k] = answer
    return answer


def _each_then_forgotten(classified: list[_Classified]) -> Iterator[_Classified]:
    """Each item, its units let go once the item is read into blocks: a long record's lines and texts
    (four or five times its size with their maps to the source) are otherwise all held to the end,
    beside the blocks."""
    for item in classified:
        yield item
        if item.kind == "list":
            for member in item.detail:
                member.unit.forget()
                member.detail = None  # a list item's match, which holds its text
        else:
            item.unit.forget()
        item.detail = None  # the turn's shape and verdict, a match and its text: read into blocks


def _report_unused_corrections(corrections: Corrections, inline: InlineParser, reporter: Reporter) -> None:
    for index, (sic, _corr, context) in enumerate(corrections.items):
        if index not in inline.used_corrections and index >= corrections.shared:
            reporter.warning("correction-unused", f"correction of {context or sic!r} matched nothing in the text",
                             hint="check the sidecar's [[correction]] sic and context against the transcript")


# What a paragraph may run on from across a page turn.
_RUNS_ON_FROM = frozenset({"paragraph", "turn", "item", "bullet", "statement"})


class _Parser:
    def __init__(self, evidence: Evidence, registry: Registry, inline: InlineParser, reporter: Reporter) -> None:
        self.evidence = evidence
        self.examiner: str | None = None  # a court record's: who asks the questions now ("BY MR. SMITH:")
        self.witness: str | None = None  # and who answers them, once a line swears the witness in by name
        self.registry = registry
        self.inline = inline
        self.reporter = reporter
        self.fields: dict[int, tuple[int, ...]] = {}  # a memorandum's heading fields: unit's id → lines opening one
        self.cut_off: set[int] = set()  # the headings (by id) cut off the turns they ran into
        self.title_cut: set[int] = set()  # the record's title (by id) cut off the heading fields under it
        self.initials: dict[str, str] = {}  # a one-letter label → the name it stands for, from the record's head
        self.interviewed: dict[str, str] = {}  # a surname's key → the full name an interview's head gives
        self.roles: dict[str, str] = {}  # an interview's role ("interviewer") → the name its heading gives it
        self.notes_at_foot: set[int] = set()  # the units (by id) that are notes at a page's foot
        self.tables: dict[int, list] = {}  # the units (by id) that are tables: their rows' cells (``blocks.Layout``)
        self.joined: dict[int, str] = {}  # the units (by id) of a royal commission's questions ("Q"), answers ("A")
        self.text = ""  # the transcript's text: where a line stands across its page (``_side_by_side``)
        # Units made of a label's lines under it ("CONTENTS:" / "  Adoption of the agenda" / …): "simple", a list; or
        # of those present under the sentence that names them ("… Present were:" / "     Col. R. M. Dunleavy, …"):
        # "participants". By id (``_lines_under_labels``).
        self.lines_under: dict[int, str] = {}
        self.signatures_in_rows: int | None = None  # signatories in columns over rows, the record's last unit (by id)
        self.format_signs = False  # a sign of the transcript's format is marked (``signs``)
        # The record's language writes an office's complement before its holder's name in capitals, no word of it in
        # small letters ("Prezes Rady Ministrów Donald Tusk:"; ``speakers.holder_after_office``).
        self.genitive_offices = False
        self.telegram = False  # the record is a telegram's (``_is_telegram``): its heading's lines are fields
        self.telegram_signed: int | None = None  # (by id) a telegram's sender, cut off the end of its text
        self.office_signed: int | None = None  # (by id) the office that signs the record, its last line (``run``)
        self.unregistered: list[tuple[str, str, int]] = []  # speakers the register does not name: (key, id, where)
        self.firms: list[tuple[int, int]] | tuple = ()  # where firms stand in the participants list read (``_firms``)

    # -- the whole run

    def run(self, units: list[Unit]) -> tuple[list[Block], list[Footnote]]:
        units = self._page_notes(units)
        if len(units) >= 4 and len(units[1].text) <= 8 and units[1].text in _TITLE_LINKS and _title_over_links(units):
            units[0:3] = [units[0].merged(units[1], units[2])]  # ("ACTS AND PROCEEDINGS" / "OF THE" / "GENERAL …")
        if self.telegram and len(units) >= 2:
            units[-1:] = self._telegram_signed_apart(units[-1])
        index = None
        if len(units) >= 3 and units[-1].text[-1:].isdigit():
            index_start = _index_start(units)
            if index_start < len(units) and self._back_start(units[:index_start]) == index_start:
                index = units[index_start].merged(*units[index_start + 1:])
                units = units[:index_start]
        foot = _furniture_at_foot(units)
        # (not under the record's notes, which stand after its text: there the line stays where it is, and the words
        # keep their order; found by the fuzzer, seed 2342)
        if foot is not None and self._back_start(units[:-1]) == len(units) - 1:
            units = units[:-1]
        else:
            foot = None
        back_start = self._back_start(units)
        if back_start == len(units):
            units = self._notes_above_closing(units)
        at_foot = [unit for unit in units[:back_start] if id(unit) in self.notes_at_foot] if self.notes_at_foot else []
        self.inline.raised_notes = _raised_notes([*at_foot, *units[back_start:]])
        # A recording's transcript or a caption file: paragraphs that open with a timestamp or a cue, no brackets
        # round it, have it marked as the labels' are (twice at least: once may be a time of day's).
        self.inline.stamps = self.evidence.stamps >= 2
        # The record's date at its very end, after what was said and signed ("Moscow, 12 March 1950"): no one's;
        # on a line of its own under the last sentence, with no blank line between ("He left." / "12 March 1950").
        if back_start > 1 and id(units[back_start - 1]) not in self.notes_at_foot:
            glued = _date_unglued(units[back_start - 1])
            units[back_start - 1:back_start] = glued
            back_start += len(glued) - 1
        end = self._closing_date_start(units, back_start)
        if end >= 3 and len(units[end - 1].lines) == 1 and units[end - 1].text[:1] in _SIGNING_OFFICE_FIRST \
                and _signing_office(units[end - 1].text) and (end < back_start or _sender_in_title(
                    units[0].text, units[end - 1].text)):
            # The office that signs the record, alone on its last line, over its date or named in its title as
            # the telegram's sender ("Telegram from the Embassy in the Soviet Union to …" / … / "Embassy in the
            # Soviet Union" / "11 November 1960"): its closing (it had been a paragraph, the date run onto it).
            self.office_signed = id(units[end - 1])
        postscript_start = _postscript_start(units, end)
        if postscript_start > 1:  # a leave-taking with its signatories in one block ("Yours sincerely," / "J. B.
            # Chifley"), above a postscript too (the closing had been a paragraph, and the postscript one)
            glued = _valediction_unglued(units[postscript_start - 1])
            units[postscript_start - 1:postscript_start] = glued
            postscript_start += len(glued) - 1
            end += len(glued) - 1
            back_start += len(glued) - 1
        if postscript_start >= 2 and _office_under_signatory(units[postscript_start - 2], units[postscript_start - 1]):
            # ("R. M. FELDMAN" / "1st Lt., Inf." / "Interrogator", the office read as a label of its own: one block)
            signatory = units[postscript_start - 2].merged(units[postscript_start - 1])
            units[postscript_start - 2:postscript_start] = [signatory]
            postscript_start, end, back_start = postscript_start - 1, end - 1, back_start - 1
        if postscript_start >= 3 and _office_apart_over_name(units[postscript_start - 3:postscript_start]):
            # ("Le Secrétaire général" / "de la Présidence," / blank / "Étienne BURIN des ROZIERS": one signatory)
            signatory = units[postscript_start - 2].merged(units[postscript_start - 1])
            units[postscript_start - 2:postscript_start] = [signatory]
            postscript_start, end, back_start = postscript_start - 1, end - 1, back_start - 1
        closer_start = self._closer_start(units, postscript_start)
        if closer_start == postscript_start == end >= 2 and _side_by_side(units[end - 1], self.text, False):
            self.signatures_in_rows = id(units[end - 1])  # (the record's, a paragraph read across the rows)
        # A closing comes after the pages' notes, never before one ("Recorded by: …" on a page with notes), nor before
        # its postscript's (the page's note after "P.S. …" had been its paragraph, and the page after it too).
        closer_start = max([closer_start, *(k + 1 for k in range(closer_start, end)
                                            if id(units[k]) in self.notes_at_foot)])
        # And a date right above the closing ("12 March 1950" / "Recorded by: …").
        body_end = self._closing_date_start(units, closer_start) if closer_start < postscript_start else closer_start
        classified = self._merge_page_runs(self._classify(units[:body_end]))
        closer = None
        if closer_start < postscript_start and any(c.kind not in _NOT_A_RECORD for c in classified):
            closer = self._closer_or_none(units[closer_start:postscript_start])
        if closer_start < end and closer is None:
            # A closing needs a record before it (TEI's div cannot hold a closer alone) and a signatory's name
            # or a blank to sign on (the project's rule closer-signed); else it is a paragraph like any other,
            # and so is a postscript without a closing before it.
            body_end = closer_start = postscript_start = end
            classified = self._merge_page_runs(self._classify(units[:closer_start]))
        grouped = self._group_lists(classified)  # (which asks again about numbered paragraphs' turns)
        self.evidence.forget_texts()  # every unit is classified: what it kept of their texts can go
        blocks = self._assemble(grouped)
        if body_end < closer_start:  # the date above the closing
            self._closing_dateline(units[body_end:closer_start], blocks)
        if closer is not None:
            self._flush_page(units[closer_start], blocks)
            blocks.append(closer)
        if postscript_start < end:
            self._flush_page(units[postscript_start], blocks)
            blocks.append(self._postscript(units[postscript_start:end]))
        if end < back_start:  # the date at the very end
            self._closing_dateline(units[end:back_start], blocks)
        if index is not None:  # (after the record, its words last: no note or closing follows it)
            blocks.append(self._simple_list(index))
        if foot is not None:
            blocks.extend(foot[0].before)
            blocks.append(foot[1])
        back: list[Footnote | Paragraph | Heading | PageBreak] = []
        for k, unit in enumerate(units[back_start:]):
            if not k and len(unit.lines) == 1 and rules.NOTES_HEADING.match(unit.text):
                back.extend(unit.before)
                back.append(Heading(self.inline.parse(unit.joined()), unit.span, "notes"))
                continue
            for note in _notes_in_sequence(unit):
                back.extend(note.before)  # a page turn (a numbered line) before a note is kept there
                back.append(self._back_item(note))
        return blocks, back

    def _notes_above_closing(self, units: list[Unit]) -> list[Unit]:
        """Notes between the record and its closing, none after it ("… the deliveries* would start." / "* Deliveries
        were later approved." / "John Smith" / "Political Officer"): notes where they stand, as a page's foot's are
        (they had been words of the last turn, and their markers pointed at nothing)."""
        closer_start = self._closer_start(units, len(units))
        above = units[closer_start - 1].text if 0 < closer_start < len(units) else ""
        if not (rules.FOOTNOTE_BODY.match(above) or above[:1] == "["):  # (an archival reference is bracketed too)
            return units  # (most closings have none: the record's text is not read again for markers)
        start = self._back_start(units[:closer_start])
        notes = [note for unit in units[start:closer_start] for note in _notes_in_sequence(unit)]
        self.notes_at_foot.update(id(note) for note in notes)
        return [*units[:start], *notes, *units[closer_start:]]

    def _closing_date_start(self, units: list[Unit], stop: int) -> int:
        """Where a closing date that ends right before ``stop`` starts, or ``stop`` if none does: a date alone,
        perhaps under its place or office (a line each, short; the place may be a unit of its own, as a short
        line ending so is: "Cabinet Office, S.W.1." / "15th February, 1962."), not a page's note."""
        if stop <= 2:
            return stop
        date = units[stop - 1]
        lines = [line for _, line in date.lines]
        if len(lines) > 2 or id(date) in self.notes_at_foot or len(lines[-1]) > 50 \
                or rules.CLOSING_DATE.match(lines[-1]) is None or len(lines) == 2 and not _is_place(lines[0]):
            return stop
        above = units[stop - 2]
        if stop > 3 and date.page_before is None and len(above.lines) == 1 and len(lines) == 1 and _is_place(above.text) \
                and not (above.text[:1] in _SIGNING_OFFICE_FIRST and _signing_office(above.text)):
            return stop - 2  # (an office that signs is no place: "American Embassy, Bonn" / "11 November 1960")
        return stop - 1

    def _closing_dateline(self, parts: list[Unit], blocks: list[Block]) -> None:
        unit = parts[0].merged(*parts[1:])
        self._flush_page(unit, blocks)
        blocks.append(Heading(tuple(self.inline.parse(unit.joined())), unit.span, "closing-dateline"))

    def _page_notes(self, units: list[Unit]) -> list[Unit]:
        """A book's footnotes at the foot of each page inside the record: the lines that end a page (another
        page after it), each opening with the number of a marker of that page ("1 The ANZUS Treaty." under a
        page with "[1]"), a note each from its number to the next. They are marked for ``_classify``; the
        record's last page's notes are its notes after the record (``_back_start``)."""
        self.notes_at_foot = set()
        pages = [k for k, unit in enumerate(units) if k and unit.page_before is not None]
        if not pages or not any(rules.may_mark_notes(unit.text) for unit in units):
            return units
        out: list[Unit] = []
        start: int | None = 0
        for end in [*pages, None]:
            page = units[start:end]
            if end is not None:
                markers = set(_note_markers("\n".join([u.text for u in page])))
                foot = k = len(page)
                while k > 1:
                    first_line = page[k - 1].lines[0][1]
                    if _opens_note(first_line, markers):
                        foot = k - 1
                    elif not first_line[:1].islower():
                        break  # (a paragraph in small letters is a note's second one, if a note stands above it)
                    k -= 1
                out.extend(page[:foot])
                for unit in page[foot:]:
                    if not _opens_note(unit.lines[0][1], markers):  # the note above it runs on
                        previous = out.pop()
                        self.notes_at_foot.discard(id(previous))
                        note = previous.merged(unit)
                        self.notes_at_foot.add(id(note))
                        out.append(note)
                        continue
                    for note in _notes_of(unit, markers):
                        self.notes_at_foot.add(id(note))
                        out.append(note)
            else:
                out.extend(page)
            start = end
        return out

    def _closer_or_none(self, units: list[Unit]) -> Closer | None:
        """The closing, if it names a signatory or leaves a blank to sign on after its label ("Signed: ........
        Chairman"); else None, with nothing reported or recorded."""
        reported = len(self.reporter.diagnostics)
        used = set(self.inline.used_conventions)
        closer = self._closer(units)
        if any(isinstance(n, PersonName) or signed.label and type(n) is Text and _BLANK_TO_FILL.search(n.text)
               for signed in closer.signatures for n in signed.content):
            return closer
        del self.reporter.diagnostics[reported:]
        self.inline.used_conventions = used
        return None

    # -- the end of the record, found from the bottom

    def _back_start(self, units: list[Unit]) -> int:
        """Footnotes ("1 Text …" for a marker [1]) and archival references, from the bottom."""
        # One search over all the units' text, a line end between units (no marker spans one).
        found = Counter(_note_markers("\n".join([u.text for u in units])))
        markers = set(found)
        index = len(units)
        while index > 1:
            text = units[index - 1].text
            match = rules.FOOTNOTE_BODY.match(text)
            # A note may print its number as its marker ("[1] Source: …", as FRUS does), one the text has too
            # (not in a record whose notes stand at its pages' feet: there "[1] …" opens a page's words).
            number = _note_number(text) if text[:1] == "[" and not self.notes_at_foot else None
            bracketed = number is not None and found[number] >= 2
            if not (match and match.group(1) in markers and not _bulleted(units, index - 1)) and not bracketed \
                    and not rules.SOURCE_REFERENCE.match(text):
                break
            index -= 1
        # Under a heading of their own ("Notes"), notes numbered as printed too: "1. …", "[1] …".
        above = index
        while above > 1 and _note_number(units[above - 1].text) in markers:
            above -= 1
        heading = units[above - 1] if 1 < above < len(units) else None
        if heading is not None and len(heading.lines) == 1 and rules.NOTES_HEADING.match(heading.text):
            return above - 1
        return index

    def _closer_start(self, units: list[Unit], end: int) -> int:
        if end >= 2 and self.telegram_signed is not None and id(units[end - 1]) == self.telegram_signed:
            return end - 1  # a telegram's sender, after its text's last "STOP"
        if end >= 2 and self.office_signed is not None and id(units[end - 1]) == self.office_signed:
            return end - 1  # the office that signs it ("Embassy in the Soviet Union" / "11 November 1960")
        if end >= 2 and _side_by_side(units[end - 1], self.text) is not None:
            return end - 1  # signatories side by side, a column each
        first = max(0, end - 4)
        for index in range(first, end - 1):
            # A letter's leave-taking, then only its signatories' short lines ("J.B. Chifley",
            # "Prime Minister"), or their labels ("Respectfully submitted," / "Monica Haynes" / "City Clerk" /
            # "Approved: October 21, 2024" / "Deborah Kline, Mayor": the clerk's had been a person "Respectfully").
            if _is_valediction(units[index]) and all(_is_signature_block(unit) or rules.SIGNATURE_LABEL.match(unit.text)
                                                     for unit in units[index + 1:end]):
                return index
        for index in range(first, end):
            unit = units[index]
            text = unit.text
            if rules.SIGNATURE_LABEL.match(text) or rules.SIGNATURE_LINE.match(text) \
                    or len(unit.lines) <= 4 and rules.SIGNATURE_LINE.match(unit.lines[0][1]):
                if _SIGNED_MARK.match(text) and not all(map(_is_signature_block, units[index + 1:end])):
                    continue  # ("/s/ Robert L. Hammond" over a distribution's list: not the record's closing)
                if any(later.text[:1] in _DISTRIBUTION_FIRST and _DISTRIBUTION.match(later.text)
                       for later in units[index + 1:end]):
                    continue  # (nor "Prepared by: …" over one: its lines had been signatories)
                return index  # (the mark of a signature on its line, the typed name under it: "(Signature)")
        if end >= 2 and not rules.STATEMENT.match(units[end - 1].text):  # ("HEARING ADJOURNS": the record's)
            last = units[end - 1]
            text = last.text
            before = units[end - 2].text
            if text[:1] in _SIGNING_RULE_FIRST and len(last.lines) >= 2 and _BLANK_TO_FILL.fullmatch(last.lines[0][1]) \
                    and not all(_BLANK_TO_FILL.fullmatch(line) for _, line in last.lines):
                # A rule or dots to sign on over the signatory's name ("_____________" / "Martha Klinger, Clerk of
                # the Board", a board's minutes): the name under it read as the closing's (they had been a paragraph);
                # a rule over each signatory's name so
                last = Unit([line for line in last.lines[1:] if line[1][:1] not in _SIGNING_RULE_FIRST
                             or not _BLANK_TO_FILL.fullmatch(line[1])], (), False)
                text = last.text
            first = end - 1
            if end >= 3 and before[:1] in _SIGNING_RULE_FIRST and len(units[end - 2].lines) == 1 \
                    and _BLANK_TO_FILL.fullmatch(before):  # (the rule a block of its own over the name: the closing's)
                first, before = end - 2, units[end - 3].text
            if (len(last.lines) == 1 and len(text) <= 40 and rules.SIGNATURE_INITIALS.match(text)
                    and before.endswith(SENTENCE_END) and self._says_nothing(text)
                    and (not rules.is_upper_line(text) or _is_cable_signature(text))
                    or (re.fullmatch(r"(?:[^\W\d_]\.\s?){2,4}", text) and end > 1)
                    or (_typed_name_and_office(last) or _signatories(last)) and before.endswith(SENTENCE_END)
                    and self._says_nothing(text)):
                return first
            if before.endswith(SENTENCE_END) and self._right_aligned_signatories(last):
                return end - 1
            if end >= 3 and _stacked_signatories(units[end - 2:end]) and units[end - 3].text.endswith(SENTENCE_END):
                return end - 2  # ("FRANCIS L. MURDOCH" / "Major, Infantry" / "Trial Judge Advocate", then another)
            if end >= 3 and _offices_over_names(units[end - 2:end]) \
                    and all(self._says_nothing(unit.text) for unit in units[end - 2:end]) \
                    and units[end - 3].text.endswith(SENTENCE_END):
                return end - 2
        return end

    def _right_aligned_signatories(self, unit: Unit) -> bool:
        """The record's last lines set far to the right, each a signatory's name ("S. EVERETT GLEASON", "JOHN MATHEW,
        Moderator.") or an office under one ("BERNARD DOCKER" / "Chairman."), saying nothing: they had been a
        heading, the last turn's words or a turn of their own (a name indented a little is still read as prose)."""
        lines = unit.lines
        if len(lines) > 4 or not all(_indent(self.text, offset) >= _SIGNATURE_INDENT for offset, _ in lines):
            return False
        first = lines[0][1]
        return _opens_a_signature(first) and _SIGNATURE_LINE_START.match(first) is not None \
            and all(_opens_a_signature(line) or _an_office_signed(line) for _, line in lines[1:]) \
            and self._says_nothing(first)

    def _telegram_signed_apart(self, unit: Unit) -> list[Unit]:
        """A telegram's text, "STOP" its full stop twice at least, its sender run onto its last line after the last
        "STOP" ("… STOP REPORT RESULTS SECRETARY OF STATE", "… STOP GOVERNOR"): the text, then the sender on its own,
        the record's closing (``_closer_start``). The sender is an office that signs telegrams, or a name the
        register knows; not what the text's last words are about ("… INFORM GOVERNOR", "… TO HIGH COMMISSIONER")."""
        parts = unit.parts
        if not parts or type(parts[-1]) is not tuple or not rules.is_upper_line(unit.text):
            return [unit]
        stops = list(_TELEGRAM_STOP.finditer(unit.text))
        if len(stops) < 2:
            return [unit]
        offset, line = parts[-1]
        words = list(re.finditer(r"\S+", line))
        tail = [word for word in words if unit.text.endswith(line[word.start():]) and
                len(unit.text) - len(line) + word.start() >= stops[-1].end()]
        tail = tail[1:] if tail and tail[0].group() == "STOP" else tail
        at = None
        for k, word in enumerate(tail):
            rest = line[word.start():]
            if _TELEGRAM_SIGNATORY.fullmatch(rest) or k == len(tail) - 1 and rest.isalpha() and len(rest) > 1 \
                    and self.registry.is_registered(rest):
                at = k
                break
        if at is None:
            return [unit]
        if at:
            before = tail[at - 1].group()
        elif line[:tail[0].start()].split():  # (the line's "STOP" before it)
            before = "STOP"
        else:  # the sender alone on the last line: the word before it is the line above's last ("… PLEASE INFORM" /
            # "GOVERNOR" is no signature)
            before = (unit.text[:len(unit.text) - len(line)].split() or ["STOP"])[-1]
        if before in _NOT_BEFORE_SIGNATORY:
            return [unit]
        cut = tail[at].start()
        if line[:cut].strip():
            text = Unit([*parts[:-1], (offset, line[:cut].rstrip())], unit.before, unit.blank_before)
        elif len(parts) >= 2 and type(parts[-2]) is tuple:
            text = Unit(parts[:-1], unit.before, unit.blank_before)
        else:
            return [unit]
        signed = Unit([(offset + cut, line[cut:])], (), False)
        self.telegram_signed = id(signed)
        return [text, signed]

    def _says_nothing(self, text: str) -> bool:
        """Whether the record's last line opens no turn, or a name alone that says nothing: a telegram's signatory
        ("HALLORAN", the register's name, had been a turn without words)."""
        turn = self.evidence.turn(text)
        return turn is None or turn[0].speech_start >= len(text.rstrip())

    # -- classification of body units

    def _run_in_headings(self, units: list[Unit]) -> list[tuple[Unit, str | None, tuple[TurnStart, Verdict] | None]]:
        """Each unit with its printed number and the turn it opens, if any.

        A capitalised heading run into a turn ("CONFIDENTIAL ANNEX MR. ATTLEE said …") is cut
        off it first. The turn is asked for once here, for the heading's sake and the class's.
        """
        out: list[tuple[Unit, str | None, tuple[TurnStart, Verdict] | None]] = []
        turn_of = self.evidence.turn
        self.fields = {}
        self.cut_off = set()
        # A minute book's numbered minutes, each its number and title on a line above its text ("12/1961
        # Correspondence" / "(a) From the District …"), two at least: the title a heading of what follows it.
        self.minute_heads: set[int] = set()
        numbered_minutes = sum(1 for unit in units if unit.text[:1] in _MINUTE_FIRST
                               and _MINUTE_HEADING.fullmatch(unit.lines[0][1])) >= 2
        # A German protocol's minutes of each item of its agenda, under the item's number alone on its line ("Zu 1.:"
        # / "Genosse Reinhold: …", "Zu 2.:" / "Keine Wortmeldungen."), two at least: each a heading of what follows it
        # (they had been paragraphs, and the second and its text words of the last speaker's turn).
        to_items = sum(1 for unit in units if unit.text[:1] == "Z" and len(unit.lines[0][1]) <= _ZU_LONGEST
                       and _ZU_ITEM.fullmatch(unit.lines[0][1])) >= 2
        # A diary's days, each alone on its line over the day's entry ("Monday, 3rd June." / "A wet day …"), two at
        # least, its year perhaps left out: each the head of its entry (they had been run into the entry under them).
        self.entry_heads: set[int] = set()
        # A minute's lettered items, each its letter and title on a line over its words set further in ("(a)
        # Computer Science (Minute 64/87)" / "    Professor Kilburn reported …"), two at least: each a subject's head
        # (the second had been words of the turn above it).
        self.item_heads: set[int] = _lettered_item_heads(units, self.text) if any(
            unit.text[:1] == "(" for unit in units) else set()
        days = [line for unit in units if len(line := unit.lines[0][1]) <= _LOGGED_DAY_LONGEST and _entry_day(line)]
        # (one of them without its year at least: dates with their years over what follows are a dateline's, a
        # telephone call's "October 24, 1973" / "9:32 p.m.", where no diary is kept)
        diary = len(days) >= 2 and any(not _YEAR.search(line) for line in days)
        opens = None
        if len(units) > 1 and _field_colon(units[0].lines[-1][1]):
            units = _head_fields_merged(units, self.lines_under)
        caption = _caption(units, turn_of) if any(
            unit.text[:1] in _CAPTION_FIRST for unit in units[:_CAPTION_HEAD]) else {}
        if units:  # (a field's line two, read so from the start)
            units[0] = _fields_side_by_side(units[0])
        heads = (head for k, whole in enumerate(units)
                 for head in ((_recording_head(whole) or self._title_cut(_title_above_fields(whole))) if k == 0
                              else (_fields_side_by_side(whole),)))
        read = [0, False]  # (the entries of ``out`` read for a turn so far, and whether one was)

        def no_turn_yet() -> bool:
            """Whether no turn is read yet (each entry of ``out`` asked once: asked again from the start for each
            block, it had grown with the square of a record of such blocks)."""
            if not read[1]:
                read[1] = any(entry[2] is not None for entry in out[read[0]:])
                read[0] = len(out)
            return not read[1]

        for unit in (piece for head in heads for piece in _participants_among_fields(head)):
            if id(unit) in self.lines_under:  # (a label's lines under it, read whole: no field, no heading cut off)
                out.append((unit, None, None))
                continue
            captioned = caption.get(id(unit))
            if captioned is not None:
                unit, opens = captioned
            else:
                opens = _field_opens(unit, opens is not None, self.telegram, no_turn_yet)
            if opens is not None:  # a memorandum's heading fields: no turn ("FROM:"), nothing run into them
                self.fields[id(unit)] = opens
                out.append((unit, None, None))
                continue
            if id(unit) in self.item_heads and len(unit.parts) > 1:
                head, *rest_of_it = _cut(unit, [1])
                self.item_heads.add(id(head))
                out.append((head, None, None))
                for piece in rest_of_it:  # (its words under it: "Professor Kilburn reported …" is his turn)
                    out.append((piece, None, turn_of(piece.text)))
                continue
            minute = numbered_minutes and unit.text[:1] in _MINUTE_FIRST and _MINUTE_HEADING.fullmatch(unit.lines[0][1]) \
                or to_items and unit.text[:1] == "Z" and len(unit.lines[0][1]) <= _ZU_LONGEST \
                and _ZU_ITEM.fullmatch(unit.lines[0][1])
            if minute or diary and len(unit.lines[0][1]) <= _LOGGED_DAY_LONGEST and _entry_day(unit.lines[0][1]):
                head, *rest_of_it = _cut(unit, [1]) if len(unit.parts) > 1 else [unit]
                (self.minute_heads if minute else self.entry_heads).add(id(head))
                out.append((head, None, None))
                for piece in rest_of_it:  # (its text under it: "Bro. Thorpe opposed …" is his turn)
                    number, rest = _after_number(piece.text)
                    turn = turn_of(rest)
                    out.append((piece, _numbered(number, turn), turn))
                continue
            number, rest = _after_number(unit.text)
            if id(unit) in self.joined:  # (a royal commission's question or the answer joined to it)
                out.append((unit, number, _joined_turn(rest, self.joined[id(unit)])))
                continue
            turn = turn_of(rest)
            if turn is None and number is not None and number[:4] == "Anf.":
                turn = self.evidence.numbered_speech(rest)
            if turn is not None and self.joined and "examined" in rest and witness_named(rest) is not None:
                turn = None  # "Mr. SAMUEL OAKES called and examined.": the record's, who answers from here
            if number is None and out and len(unit.lines) >= 2 and unit.text[:1].isupper() \
                    and self._caps_heading_over(unit, turn) and (not no_turn_yet() or _dated_above(out)):
                # A minute's heading in capitals on the line right above its text, no blank line between ("CALL TO
                # ORDER" / "President Farrow called …", "ROLL CALL" / "Present: …"): the section's head, as it is
                # with a blank line under it (it had run into the paragraph, or into a speaker's name, "BOARD MEMBER
                # REPORTS" / "Member Yoo reported …" a person "#board-member-reports-member-yoo"). Below the record's
                # date or a turn: above them it may be the record's title ("UNITED NATIONS" / "SECURITY COUNCIL" /
                # "Provisional verbatim record of the meeting held on 3 May 1989.").
                # (cut before the second line's part: a line's number in the margin before it goes with it)
                head, *rest_of_it = _cut(unit, [next(k for k, part in enumerate(unit.parts) if part == unit.lines[1])])
                self.cut_off.add(id(head))
                out.append((head, None, None))
                for piece in rest_of_it:
                    number, rest = _after_number(piece.text)
                    turn = turn_of(rest)
                    out.append((piece, _numbered(number, turn), turn))
                continue
            cut = None if turn is not None else self._heading_cut(unit)
            if not cut:
                out.append((unit, _numbered(number, turn), turn))
                continue
            pieces = unit.split(cut)
            self.cut_off.add(id(pieces[0]))
            for piece in pieces:
                number, rest = _after_number(piece.text)
                turn = turn_of(rest)
                out.append((piece, _numbered(number, turn), turn))
        return out

    def _caps_heading_over(self, unit: Unit, turn: tuple[TurnStart, Verdict] | None) -> bool:
        """Whether the unit's first line is an unnumbered heading in capitals over the sentence that opens the next
        line ("CALL TO ORDER" / "President Farrow called the meeting to order at 6:31 p.m."): a short line wholly in
        capitals that ends with a letter (no sentence's end, no label's colon: "MR. SMITH:"), its last word none that
        runs on ("THE COMMITTEE OF" / "Ministers agreed …"), no classification ("SECRET") nor a decision's word run
        into its text ("RESOLVED" / "That the minutes …"); the line below opening a sentence, a capital then small
        letters, that ends the unit (or a list of those present: "ROLL CALL" / "Present: Linda Farrow, …"), as long
        as the lines under it; and the line no speaker's label alone ("MR. SMITH" / "Thank you."), of a turn read or
        one it would open."""
        first, second = unit.lines[0][1], unit.lines[1][1]
        if not 3 <= len(first) <= _SHORT_LINE or not first[-1:].isalpha() or "." in first \
                or not rules.is_upper_line(first) or not second[:1].isupper() or not second[1:2].islower():
            return False  # (a full stop in it: a name's initials or title, "J. S. EARMAN" / "He left.", "MR. SMITH")
        last_word = first.rsplit(None, 1)[-1]
        if last_word.lower() in RUNS_ON or last_word.endswith("ED") and " " not in first \
                or rules.CLASSIFICATION.match(first) or second[:4].lower() == "that":
            return False
        if not unit.lines[-1][1].endswith(SENTENCE_END[:3]) and not rules.PARTICIPANTS.match(second):
            return False
        if len(unit.lines) > 2 and len(second) < 0.6 * max(len(line) for _, line in unit.lines[2:]):
            return False  # (a short line, a field's value under its name: "SUBJECT" / "Berlin again" / "Dr Patel …")
        if turn is not None and turn[0].speaker_end <= len(first):
            return False  # (its label: the turn's name ends on the line)
        # (nor would it be one with a colon after it: "MR. SMITH: Thank you for that." is his turn)
        return self.evidence.turn(first) is None and self.evidence.turn(f"{first}: {second}") is None \
            and not self.registry.is_registered(first)

    def _title_cut(self, pieces):
        """The title cut off the fields under it, kept (by id): it may run over three lines."""
        if len(pieces) == 2:
            self.title_cut.add(id(pieces[0]))
        return pieces

    def _heading_cut(self, unit: Unit) -> int | None:
        """Where the turn starts in a unit that does not open with one, if a heading runs into it."""
        first_line = unit.lines[0][1]
        skip = 0
        if first_line[:1].isdigit():
            # (past a paragraph's number: "3. QUESTIONS. Mr. A. R. Thornton (shareholder) asked …", a meeting's
            # minutes' item and its title run into the turn, which had been a paragraph)
            number, rest = _after_number(first_line)
            if number is not None:  # (not a recording's timestamp, which is no heading's)
                skip = len(first_line) - len(rest)
                first_line = rest
        if not first_line[:1].isupper() or rules.PARTICIPANTS.match(first_line):
            return None  # (a list of those present heads nothing: "PARTICIPANTS: Mrs. Halloran, Chair …", whose
            # first name the register knows, had been a heading and her turn)
        text = unit.text[skip:]
        for match in list(_WORD.finditer(first_line))[1:6]:
            head = first_line[:match.start()]
            if not rules.is_upper_line(head):
                return None
            if " BY" in f" {head} ":
                return None  # who examines ("CROSS-EXAMINATION BY MR. JUSTICE JACKSON:"): no heading and a turn
            if all(word.lower() in NOT_NAMES for word in head.split()):
                continue  # "BY MR. JONES:" — a preposition heads nothing: the line is one heading, or a turn
            if skip and head.rstrip()[-1:] != ".":
                continue  # (a numbered item's title ends with its full stop: "5. EMBASSY BELIEVES MOSCOW WISHES …",
                # a telegram's paragraph in capitals, is none)
            found = self.evidence.turn(first_line[match.start():] + text[len(first_line):])
            if found and found[1].rule == "titled-colon" and self.evidence.office(text) is not None:
                return None  # one office's label: "TRIAL JUDGE ADVOCATE:" (not "TRIAL" over Judge Advocate's turn)
            if found and found[1].rule in ("speech-verb", "register", "titled-colon") \
                    and not (head.rstrip(" ").endswith((":", *COLON_DASHES, "\t")) and found[1].certainty != "high"):
                # (After a label's sign, a lone name and its verb are the label's words: "NEHRU: India also
                # agrees." is Nehru's, not India's turn under a heading.)
                return skip + match.start()
        return None

    def _classify(self, units: list[Unit]) -> list[_Classified]:
        out: list[_Classified] = []
        content_seen = False
        turn_seen = False
        items = _participants_gathered(self._run_in_headings(self._lines_under_labels(units)))
        self._dotted = _dotted_headings(items)
        subjects, topics = _subject_headings(items)
        agenda = _agenda_headings(items) | _roman_headings(items) | topics | _articles(items)
        # A broadcast script's cues, two at least (one "FX:" may be a minute's label for foreign exchange).
        cues = sum(1 for unit, _, _ in items if unit.text[:1] in rules.CUE_INITIALS and rules.CUE.match(unit.text)) >= 2
        taken = None
        for index, (unit, number, turn) in enumerate(items):
            if id(unit) == taken:
                continue
            text = unit.text
            if cues and text[:1] in rules.CUE_INITIALS and rules.CUE.match(text):
                out.append(_Classified("cue", unit))  # (between the turns: it had been a person "#grams")
                content_seen = True
                continue
            if id(unit) in self.notes_at_foot:
                out.append(_Classified("footnote", unit))  # a note at a page's foot, where it stands
                continue
            if text[:2] == "*[" and _TRANSLATION_NOTE.match(text):
                out.append(_Classified("translation-note", unit))  # (it had been empty brackets in a turn)
                continue
            if id(unit) == self.signatures_in_rows:
                out.append(_Classified("statement", unit))  # (they had been words of the last speaker's turn)
                continue
            if len(text) <= 12 and _CATCHWORD.fullmatch(text) and index + 1 < len(items) \
                    and items[index + 1][0].page_before is not None:
                out.append(_Classified("catch", unit))  # "MORE" over the page turn: the page's, no heading
                continue
            under = self.lines_under.get(id(unit))
            if under is not None:  # a label's lines under it, or those present under the sentence naming them
                out.append(_Classified(under, unit, "under"))
                content_seen = True
                continue
            if id(unit) in self.tables and turn is None and number is None:
                out.append(_Classified("table", unit))  # a log's or a vote's rows, set in columns
                content_seen = True
                continue
            opens = self.fields.get(id(unit))
            if opens is not None:
                if _first_alone(out):  # ("Oral history interview" / "Interviewee: Maria Gonzalez" …; three lines too,
                    # cut off the fields under them: "FOCUS GROUP TRANSCRIPT" / "Study: …" / "Session 3 — …")
                    _titled_by_what_follows(out, 3 if id(out[0].unit) in self.title_cut else 2)
                out.append(_Classified("fields", unit, opens))
                continue
            if not out and text[:6] == "WEBVTT" and signs.SIGNATURE.fullmatch(unit.lines[0][1]) \
                    and not unit.joined().milestones:  # (a line's number in the margin is the text's)
                out.append(_Classified("signature", unit))  # a caption file's first line, and its header's
                continue
            if not out and turn is None and number is None and index + 1 < len(items) \
                    and id(unit) not in self.cut_off and _is_letterhead(unit, items[index + 1][0]):
                # (whole lines: a heading cut off the turn it ran into is no paper's printed head, "FROM THE" /
                # "JOURNAL OF V.M. MOLOTOV says …")
                out.append(_Classified("letterhead", unit))  # "THE WHITE HOUSE" / "WASHINGTON", above the title
                continue
            if turn is None and number is None and len(out) == 1 and text in _HEARING_WORDS \
                    and out[0].kind == "heading" and out[0].detail == "title":
                out.append(_Classified("heading", unit, "title"))  # the title's word under it, "HEARING"
                continue
            if turn is None and number is None and len(out) <= 1 and (_only_letterhead(out) or _only_classified(out)) \
                    and _is_title_block(unit):
                # "MEMORANDUM OF CONVERSATION" / "BETWEEN …", under a letterhead or a classification too ("SECRETO" /
                # "VERSIÓN DE LA CONVERSACIÓN …" / "… KEITA TOURÉ")
                out.append(_Classified("heading", unit, "title"))
                continue
            # (the place under the date, split off as a line of its own after the date's full stop: "10 a.m." /
            # "New York")
            first = not out or _only_classified(out)  # (the record's first block, or the first under its marking)
            below = items[index + 1][0] if first and index + 1 < len(items) else None
            place = below is not None and not below.blank_before and below.page_before is None \
                and len(below.lines) == 1 and _is_place_under_date(below.text)
            if first and turn is None and number is None and (dated := _title_over_dateline(unit, place)):
                # "Oral History Interview with …" / "Conducted by …, 14 March 1998": the title, then the dateline
                # (and the place under its date: "Wednesday, 29 August 2018, 10 a.m." / "New York").
                title, dateline = unit.parts[:-dated], Unit(unit.parts[-dated:], (), False)
                if place and dated == 1:
                    dateline, taken = dateline.merged(below), id(below)
                out.append(_Classified("heading", Unit(title, unit.before, unit.blank_before), "title"))
                out.append(_Classified("heading", dateline, "dateline"))
                continue
            if number is None and turn is None and index + 1 < len(items) and _side_heading(unit, items[index + 1]):
                out.append(_Classified("heading", unit, "topic"))  # "Berlin" / "2. The Foreign Secretary said …"
                content_seen = True
                continue
            if agenda and id(unit) in agenda or id(unit) in self.minute_heads:
                out.append(_Classified("heading", unit, "topic"))  # its section holds what follows it
                content_seen = True
                continue
            if subjects and id(unit) in subjects or id(unit) in self.item_heads:
                out.append(_Classified("heading", unit, "subject"))  # within the topic's section, if one is open
                content_seen = True
                continue
            if text[:1] in "Tt" and (tellers := _TELLERS.match(text)):  # (its label read as a speaker's too)
                # Who counted a division, under it ("TELLERS FOR THE AYES:" / "Mr. Short and Mr. Charles Grey."): a
                # list of them, its label its head (they had been the record's paragraphs, the names no one's)
                below = items[index + 1][0] if len(unit.lines) == 1 and index + 1 < len(items) \
                    and not items[index + 1][0].blank_before and items[index + 1][0].page_before is None \
                    and items[index + 1][2] is None and _has_names(" " + items[index + 1][0].text) else None
                if below is not None or _has_names(" " + text[tellers.end():]):
                    out.append(_Classified("participants", unit.merged(below) if below is not None else unit, "tellers"))
                    if below is not None:
                        taken = id(below)
                    content_seen = True
                    continue
            # (those absent, under those present, are a list of their own, "Absent - Mr. Quackenbush - 1."; and so are
            # those present again under them, "In attendance: …")
            after_list = out and out[-1].kind == "participants" and out[-1].detail is None
            apart = after_list and (_absent_opens(text) or _absent_ended(out[-1].unit, text))
            if after_list and unit.page_before is None and not apart and (
                    not unit.blank_before or turn is None and number is None
                    and (_a_person_a_line(unit) or _name_over_office(unit) or _a_side_over_persons(items, index))):
                # To the end of its block; and past a blank line, the other side's persons a line each, as a
                # memorandum of conversation sets them ("PARTICIPANTS: Leonid I. Brezhnev, General Secretary …" /
                # … / a blank line / "The President" / "Dr. Henry A. Kissinger, Secretary of State …").
                out[-1] = _Classified("participants", out[-1].unit.merged(unit))
                continue
            below = not turn_seen and self._participants_below(unit, items, index)
            if not turn_seen and (below or _lists_participants(unit) or apart and _names_after_label(text)):
                if _first_alone(out):  # ("Niederschrift über die Unterredung des Genossen …" / "Anwesend: …")
                    _titled_by_what_follows(out)
                out.append(_Classified("participants", unit.merged(items[index + 1][0]) if below else unit))
                if below:
                    taken = id(items[index + 1][0])  # read into the list with its label
                content_seen = True
                continue
            listed: re.Match | None = rules.LIST_ITEM.match(text) if text[:1] in rules.ITEM_FIRST \
                or text[:1].isdecimal() else None
            if listed:
                out.append(_Classified("item", unit, listed))
                content_seen = True
                continue
            bullet = rules.BULLET_ITEM.match(text) if text[:1] in rules.BULLETS else None
            if bullet:
                out.append(_Classified("bullet", unit, bullet))
                content_seen = True
                continue
            if turn is None and text[:1] in "KkLS" and len(unit.lines) >= 2 and _KEY_HEAD.fullmatch(unit.lines[0][1]) \
                    and all(" = " in line for _, line in unit.lines[1:]):
                # A key to the labels under its word, a label and what it stands for a line ("KEY" / "HM / Moderator
                # = Dr. Helen Marsh"): the transcriber's list, no one's turn (it had been the last speaker's words)
                out.append(_Classified("key", unit))
                continue
            if text[:1] in _PROTOCOL_FIRST and (protocol := _protocol_line(text)) is not None:
                # A German court's protocol: the witness called and heard, named ("Die Zeugin Ingrid Sauer wurde
                # hereingerufen, belehrt und wie folgt vernommen:"), then "Die Zeugin:"'s answers hers; its own
                # headings of what follows ("Zur Person: Ingrid Sauer, 61 Jahre, …", "Zur Sache:", "Auf Frage der
                # Verteidigung:"). The record's words, none of them in the turn before (they had been the accused's).
                out.append(_Classified("direction", unit, (None, protocol)) if protocol else _Classified("statement", unit))
                content_seen = True
                continue
            if rules.DECISION.match(text) or turn is None and self._a_note_alone(text) \
                    or turn is None and text[:1] in "CcTI" and ("ertif" in text[:120] or "ERTIF" in text[:120]) \
                    and _CERTIFIES.match(text) is not None \
                    or text[:3] == "***" and rules.INSERT_MARK.fullmatch(text) \
                    or len(text) <= 80 and text[:1] in _VERDICT_FIRST and self.evidence.court \
                    and rules.VERDICT.fullmatch(text) \
                    or text[:1] in "GN" and len(text) <= 200 and rules.VERDICT_IN_CAPITALS.match(text) \
                    or text[:3] == "END" and rules.STATEMENT.match(text) \
                    or turn is None and (  # (no speaker's label before them: "Senator JONES. I left the meeting …")
                        len(text) <= 60 and text[:1] in rules.RECORDING_NOTE_FIRST and rules.RECORDING_NOTE.match(text)
                        or ("ote" in text[:40] or "OTE" in text[:40]) and rules.NOTE_LABEL.match(text)
                        or "meeting" in text[:100] and rules.COMES_OR_GOES.match(text)):  # ("END      12:41 P.M. EDT" set
                # wide, as the White House closes a briefing: it had been a person "#end"'s turn; "Tape ends.",
                # "Operator's note: …", "KM joined the meeting.": words of the turn above them)
                # The record's voice, or the editor's, not a speaker's: no one's turn, nor in one.
                out.append(_Classified("statement", unit))
                continue
            if turn is None and number is None and turn_seen:
                turn = self.evidence.office(text)
            if turn is None and number is None and out and self.evidence.labelled(text):
                # (the turn this paragraph would follow, looked for a few blocks back: labels that no turn answers,
                # one after another, would make the look linear each, the record's reading quadratic)
                last = next((o for o in itertools.islice(reversed(out), _TURN_LOOKBACK)
                             if o.kind not in ("paragraph", "cue")), None)
                if last is not None and last.kind == "turn" or not turn_seen:
                    turn = self.evidence.answering(text, last.detail[1] if turn_seen else None,
                                                   items[index + 1] if index + 1 < len(items) else None)
            if turn:
                if _first_alone(out):  # ("Запись беседы" / "СТАЛИН. …"; two lines may be a telegram's words, unless
                    # the first names the record: "ЗАПИСЬ БЕСЕДЫ" / "с послом США Смитом")
                    _titled_by_what_follows(out, 2 if _names_the_record(out[0].unit) else 1)
                out.append(_Classified("turn", unit, (number, turn)))
                content_seen = turn_seen = True
                continue
            if not text[:1].islower() and rules.STATEMENT.match(text):  # ("\f the committee was adjourned.]": the
                # words before the page turn go on)
                out.append(_Classified("statement", unit))
                continue
            if len(out) == 1 and len(unit.lines) == 1 and rules.DATELINE.match(text) and _titled_by_what_follows(out):
                content_seen = False  # ("Compte rendu de l'entretien …" / "Paris, le 4 mars 1950")
            elif len(out) == 1 and _classification_block(unit) and (
                    _RECORD_OPENING.match(out[0].unit.text) or _SENT_OPENING.match(out[0].unit.text)) \
                    and _titled_by_what_follows(out):
                content_seen = False  # ("Cable from the Chinese Embassy …, "…"" / "Top Secret" / "Copy No. 3")
            elif len(out) == 2 and len(unit.lines) == 1 and _place_alone(out[1]) and rules.DATELINE.match(text):
                title = out[:1]  # the place on its own above the date ("Record of Conversation …" / "Pyongyang" /
                if _titled_by_what_follows(title):  # "19 January 1950"): the title, and the place a dateline too
                    out[:] = [title[0], _Classified("heading", out[1].unit, "dateline")]
                    content_seen = False
            if len(out) == 1 and len(unit.lines) == 1 and len(text) <= 80 and _RECORD_KIND_AT_END.search(text) \
                    and out[0].kind == "paragraph" and out[0].detail is None and len(out[0].unit.text) <= 80 \
                    and not out[0].unit.text.endswith((".", "。", ":", "：", "!", "?")):
                # The sitting, then what the record is at the end of its line, as Korea's Assembly sets its head
                # ("제400회국회" / "(정기회)", then "외교통일위원회회의록"): the title, and this its second.
                out[0] = _Classified("heading", out[0].unit, "title")
                content_seen = False
            if out and out[-1].kind == "paragraph" and rules.SALUTATION.match(text) and _is_address(out[-1].unit) \
                    and all(item.detail in _OPENER_KINDS for item in out[:-1]):
                # A letter's inside address, then its greeting: both in its opener.
                out[-1] = _Classified("heading", out[-1].unit, "address")
                content_seen = False
            elif len(out) >= 2 and out[-1].kind == out[-2].kind == "paragraph" and rules.SALUTATION.match(text) \
                    and len(out[-1].unit.lines) == 1 and rules.DATELINE.match(out[-1].unit.text) \
                    and len(out[-2].unit.lines) <= _ADDRESS_LINES[1] \
                    and all(len(line) <= _SHORT_LINE for _, line in out[-2].unit.lines) \
                    and all(item.detail in _OPENER_KINDS or _despatch_mark(item) for item in out[:-2]):
                # The sender's address, the date under it, then the greeting ("14 Albert Terrace," / "Pontypridd." /
                # "Sunday, 9th May 1915." / "My dear Tom,"): all three in the opener (they had been paragraphs).
                # (Under a despatch's number and classification too: "No. 412." / "CONFIDENTIAL." / "Government
                # House," / "Accra." / "14th August, 1948." / "Sir,": the marks the despatch's classification.)
                for k, item in enumerate(out[:-2]):
                    if _despatch_mark(item):
                        out[k] = _Classified("heading", item.unit, "classification")
                out[-2] = _Classified("heading", out[-2].unit, "address")
                out[-1] = _Classified("heading", out[-1].unit, "dateline")
                content_seen = False
            if turn_seen and turn is None and number is None and text[:3].casefold() in _PRESIDENCY_FIRST \
                    and len(unit.lines) <= 2 and _chair_changed(text) is not None:
                # Who presides from here on, between the turns ("PRESIDENZA DEL PRESIDENTE LORENZO FONTANA"): the
                # record's line (it had been a section's heading, or words of the turn before), its office's labels
                # after it the new holder's.
                out.append(_Classified("chair", unit))
                content_seen = True
                continue
            # (who examines, on its line in capitals, before a heading: "CROSS-EXAMINATION BY MR. JUSTICE JACKSON:")
            reporters = self._examination_line(text)
            heading = self._heading_kind(unit, content_seen, out) if not reporters else None
            if heading:
                out.append(_Classified("heading", unit, heading))
                continue
            label = rules.TOPIC_LABEL.match(text) if not reporters else None
            if label and not self.registry.is_registered(label.group(1)):
                out.append(_Classified("label", unit, label))
                content_seen = True
                continue
            if reporters or number is None and (text[:1] == "(" and rules.DIRECTION.match(text)
                                                or rules.PROCEEDINGS.match(text)):
                out.append(_Classified("direction", unit, reporters))  # the record's words, not a speaker's
                content_seen = True
                continue
            out.append(_Classified("paragraph", unit, number))
            content_seen = True
            if not turn_seen and ("presiding" in text or " in the chair" in text):  # "…, Senator J. W. Fulbright
                self._presides(text)  # (chairman) presiding.", "The Board met …, President Halvorsen in the chair."
        return _dated_entries(out, self.entry_heads)

    def _presides(self, text: str) -> None:
        """A hearing's opening paragraph names who presides and in what office: "The CHAIRMAN" is his."""
        found = _PRESIDING_SENTENCE.search(text)
        if found is not None:
            name = found.group(1)
            self.registry.holds_office(found.group(2).lower(), self.registry.resolve(name))
            return
        found = _IN_THE_CHAIR_SENTENCE.search(text)
        if found is not None:  # (the office before the name his as a titled name's is; with none, "Mr. Halvorsen in
            # the chair.", the Chairman's)
            person = self.registry.resolve(found.group(0).rsplit(" in the chair", 1)[0].rstrip(", "))
            if not found.group(1):
                self._in_the_chair(person)

    def _participants_below(self, unit: Unit, items: list, index: int) -> bool:
        """"Present:" alone, its names on the lines right below it, a unit of their own (a short line ending with
        a colon ends a unit), no fields nor a page's note: the list's head, and the next unit read into it."""
        if len(unit.lines) != 1 or index + 1 >= len(items) or rules.PARTICIPANTS_LABEL.match(unit.text) is None and not (
                unit.text[:1] in _ABSENT_FIRST and _ABSENT_ALONE.match(unit.text)):  # ("Absent:" / its names)
            return False
        following, _, turn = items[index + 1]
        return not following.blank_before and following.page_before is None and turn is None \
            and id(following) not in self.fields and id(following) not in self.notes_at_foot \
            and _has_names(" " + following.text)

    def _a_note_alone(self, text: str) -> bool:
        """A paragraph that is one bracket the conventions read as the editor's or translator's note, the
        source's reference, or what the edition leaves out ("[Translator's note: …]", "[Translated for CWIHP by
        …]", "[Source: …]", "[Here follows discussion of …]"): not the words of the turn before it."""
        if text[:1] != "[" or text[-1:] != "]" or text.count("[") != 1 or text.count("]") != 1:
            return False
        if text.endswith(_INSERTED_BELOW) or text[1:14] == "The following" and text[-2:] == ":]":
            # What the record inserts below it, a hearing's ("[The information referred to follows:]", "[The prepared
            # statement of Ms. Marsh follows:]", "[The following letter was received for the record:]"): the
            # record's, and the inserted text under it too (they had been words of the turn that asked for it).
            return True
        row = self.inline.table.classify(BracketContext(text[1:-1], "", ""))
        attributes = dict(row.attributes)
        # (and where the recording ends or turns over: "[End of interview]", "[Tape 1, Side B]"; and the time of day
        # between the turns, as a police interview's record notes it: "[14:02]")
        return attributes.get("type") in ("editorial", "source") \
            or attributes.get("reason") in ("omitted", "withheld") \
            or row.element == "incident" and marks_the_recording(text[1:-1]) or row.name == "clock-time"

    def _examination_line(self, text: str) -> tuple[str | None, str | None] | None:
        """In a court's examination, a reporter's line that names who asks ("DIRECT EXAMINATION BY MR. SMITH:")
        or who answers ("MARY JONES, called as a witness, …"): (examiner, witness), either named."""
        if not self.evidence.examination or not ("BY " in text or " by " in text or "sworn" in text or "witness" in text
                                                 or "ffirmed" in text or "FFIRMED" in text or "SWORN" in text
                                                 or "examined" in text):
            return None  # (most paragraphs: no word of a reporter's line)
        examiner, sworn = examiner_named(text), witness_named(text)
        return None if examiner is None and sworn is None else (examiner, sworn)

    def _heading_kind(self, unit: Unit, content_seen: bool, before: list[_Classified]) -> str | None:
        text = unit.text
        if self.telegram and _TELEGRAM_STOP.search(text, 1):
            return None  # a telegram's text, on one line ("YOUR 214 STOP AUTHORITY GRANTED STOP …"): no heading
        # A record's title may run longer than a heading inside it ("Minutes of the Meeting of the … Political
        # Committee, 12 March 1963").
        longest = 160 if not content_seen and _only_letterhead(before) else 90
        if not content_seen and len(unit.lines) >= 2 and _classification_block(unit):
            return "classification"  # "SECRET" / "Copy No. 1"
        if not content_seen and _second_title(unit, before):
            return "title"
        if not content_seen and len(unit.lines) == 2 and _opening_only(before) \
                and _is_place_under_date(unit.lines[0][1], abbreviated=True) and rules.DATELINE.match(unit.lines[1][1]):
            return "dateline"  # the place above the date, as a court's transcript sets it: "Washington, D.C." / "Tuesday, …"
        if not content_seen and text[:1] in _REFERENCE_FIRST and len(unit.lines) == 1 \
                and rules.REFERENCE_NUMBER.match(text) and _opening_only(before):
            return "reference"  # the file's number, perhaps right under the date: "No. 2/44/68/IV"
        if unit.page_before is None and not unit.blank_before:
            return None
        if len(unit.lines) <= 3 and len(text) <= 200 and text[:1] in "SPTOJRA" and _HEARING_HEAD.match(text) \
                and rules.is_upper_line(text) and not text.endswith((".", ",", ";")):
            return "topic"  # (over two lines or three: "STATEMENT OF MARGARET E. HOLLOWAY, NOMINEE TO BE" / "…")
        if len(unit.lines) != 1 or len(text) > longest:
            return None
        if text[:1] == "[" and text.rstrip(".")[-1:] == "]" and text.count("[") == 1:
            return None  # "[END OF TAPE 1, SIDE A]": an editor's or transcriber's note alone, not a heading
        if text[:1] == "#" and rules.MARKDOWN_HEADING.match(text):
            # Markdown's heading ("# Record of conversation", "## Korea"), its signs as written: the record's title
            # above everything else, a section's heading below.
            return "title" if not content_seen and (_only_letterhead(before) or _only_classified(before)) \
                else "topic"
        if not content_seen:
            if rules.CLASSIFICATION.match(text) or rules.COPY_NUMBER.match(text) or text[:1] in "*_" and (
                    rules.CLASSIFICATION.match(_without_emphasis(text))):  # (Markdown's "*Secret*")
                # In the opener, if only its parts stand before it (after a telegram's routing: the record's words).
                return "classification" if _opening_only(before) else None
            if rules.DATELINE.match(text):
                # The record's first line, naming what it is, is its title though it ends with the date.
                # (a classification above it too: "SECRET" / "Record of a Meeting held … 3rd March, 1959")
                return "title" if (_only_classified(before) or _only_letterhead(before)) and (
                    _RECORD_OPENING.match(text) or _titled_date(text)) else "dateline"
            if rules.SALUTATION.match(text) and all(item.detail in _OPENER_KINDS for item in before):
                return "salute"  # a letter's greeting, in its opener: only a title or opener parts before it
            if (_only_letterhead(before) or _only_classified(before)) and (rules.is_title_line(text)
                                                                         or rules.is_upper_line(text)):
                return "title"  # (under its classification too: "SECRET" / "RECORD OF CONVERSATION")
            if rules.is_upper_line(text) and not text.endswith("."):
                if len(text.split()) <= 2 and _date_without_place(before):
                    return "dateline"  # "12th April, 1957" / "SECRET" / "TOKYO": the place the date lacked
                return "topic"
            return "topic" if id(unit) in self._dotted else None  # (below the title: "THE MILITARY SITUATION.")
        if id(unit) in self._dotted:
            return "topic"  # "SUPPLIES TO FRANCE." over the minutes of it, as a war cabinet's conclusions set them
        if rules.is_upper_line(text) and (not text.endswith((".", ",", ";")) or _dotted_heading(text, before)) \
                and len(text.split()) <= 12 \
                and not rules.CLASSIFICATION.match(text) and not (text[:1] == "(" and rules.DIRECTION.match(text)):
            # (a telegram's, after its routing, is no topic of the rest; nor what a broadcast's transcript notes of the
            # programme in capitals in parentheses, "(BEGIN VIDEOTAPE)", "(COMMERCIAL BREAK)": a direction)
            return "topic"
        if text[:1] in _ANNEX_FIRST and _ANNEX_HEAD.fullmatch(text):
            return "topic"  # an annex's heading alone on its line, after the sitting's close: "Anlage 3", "ANNEX B"
        if text[:1] == "P" and len(unit.lines) == 1 and _PREPARED_STATEMENT.fullmatch(text):
            return "statement"  # a hearing's printed statement, its heading in small letters ("Prepared Statement of …")
        if text[:1] in "PFTVSJ" and self.evidence.examination and rules.TRIAL_PART.fullmatch(text):
            return "topic"  # "Prisoner's Defence.", "For the Prisoner.": they had been words of the last witness's
        return None

    # -- paragraphs that run on across a page turn

    def _merge_page_runs(self, classified: list[_Classified]) -> list[_Classified]:
        """A paragraph that runs on across page turns, one unit: each page's part joins the part before
        it unless that ends a sentence and it starts with a capital letter. So does a paragraph broken
        after a title's abbreviation ("instructed by Dr." / blank line / "Evatt to deliver …", as text
        taken from a PDF breaks): no paragraph ends with "Dr."."""
        out: list[_Classified] = []
        runs: dict[int, list[Unit]] = {}  # out[k]'s unit and the parts that run on from it, if any
        for item in classified:
            unit = item.unit
            if out and item.kind == "paragraph" and out[-1].kind in _RUNS_ON_FROM:
                run = runs.get(len(out) - 1)
                # The text so far ends as its last part does.
                previous = run[-1] if run else out[-1].unit
                if _COLUMNS_APART.search(previous.lines[-1][1]) is None and (
                        _ends_with_title(previous.text) or unit.page_before is not None and _runs_over_the_page(
                            previous, unit.text)):
                    if run is None:
                        runs[len(out) - 1] = [out[-1].unit, unit]
                    else:
                        run.append(unit)
                    continue
            out.append(item)
        for k, run in runs.items():  # merged once, not a part at a time (which copied the run's lines for each)
            heading = out[k]
            out[k] = _Classified(heading.kind, run[0].merged(*run[1:]), heading.detail)
        return out

    # -- lists: "1. … 2. …", quoted or not, and "1/ … 2/ …"

    def _group_lists(self, classified: list[_Classified]) -> list[_Classified]:
        self.list_heads: dict[int, Unit] = {}  # a numbered list's first unit → the label alone over it
        out: list[_Classified] = []
        i = 0
        while i < len(classified):
            item = classified[i]
            if item.kind == "fields":  # the fields of blocks one after another: one list
                j = i + 1
                while j < len(classified) and classified[j].kind == "fields":
                    j += 1
                out.append(_Classified("list", item.unit, classified[i:j]))
                i = j
                continue
            if item.kind == "bullet":
                j = i + 1
                while j < len(classified) and classified[j].kind == "bullet" \
                        and classified[j].detail.group(1) == item.detail.group(1):
                    j += 1
                previous = out[-1].unit.text if out else ""
                if j - i >= 2 or previous.endswith(":"):  # one sign opens each item, or a colon the one item
                    out.append(_Classified("list", item.unit, classified[i:j]))
                else:  # a line that opens with a dash, alone: a paragraph
                    out.append(_Classified("paragraph", item.unit))
                i = j
                continue
            if item.kind != "item":
                out.append(item)
                i += 1
                continue
            run = [item]
            first = item.detail.group(2)
            roman = first == "i" or len(first) > 1 and not first.isdigit()  # "(i)", "(ii)": "i" is no ninth letter
            expected = rules.item_ordinal(first, roman) + 1
            j = i + 1
            while (j < len(classified) and classified[j].kind == "item"
                   and rules.item_ordinal(classified[j].detail.group(2), roman) == expected
                   and classified[j].detail.group(2).isdigit() == item.detail.group(2).isdigit()
                   and classified[j].detail.group(3) == item.detail.group(3)):
                run.append(classified[j])
                expected += 1
                j += 1
            previous = out[-1].unit.text if out else ""
            marker = item.detail.group(3)
            is_list = len(run) >= 2 and (item.detail.group(1) or marker in "/)" or previous.endswith(":") or all(
                len(member.unit.lines) == 1 and _named_alone(_after_number(member.unit.text)[1]) for member in run))
            if is_list:
                if previous.endswith(":") and out[-1].kind == "list" and _label_alone_over(out[-1]):
                    # "Distribution:" / "1. Comrade W. Gomułka" / …: the label the list's head (it had been a field of
                    # no value over the list)
                    self.list_heads[id(run[0].unit)] = out.pop().unit
                out.append(_Classified("list", run[0].unit, run))
            else:
                reported = False  # the last turn in the run a reported one ("2. The Chairman then said …")
                for member in run:
                    # The first page's words only: a speaker's name never runs across a page turn.
                    number, rest = _after_number(member.unit.joined().text.split(MILESTONE, 1)[0])
                    if rules.DECISION.match(rest) or reported and rest[:1] in "IiMm" \
                            and rules.AUTHOR_FIRST_PERSON.match(rest):
                        # "1. The Cabinet agreed …", "3. My United States colleague tells me …" after a turn reported
                        # in the third person: the record's, numbered (not a delegate's own "2. I have the honour …"
                        # after "1. Mr. SMITH (United Kingdom): …")
                        out.append(_Classified("statement", member.unit, number))
                        continue
                    turn = self.evidence.turn(rest) if number else None
                    if turn:
                        reported = turn[0].shape in ("verb", "comma-verb")
                        out.append(_Classified("turn", member.unit, (number, turn)))
                    else:
                        out.append(_Classified("paragraph", member.unit, number))
            i = j
        return out

    # -- turns and their continuation paragraphs

    def _assemble(self, classified: list[_Classified]) -> list[Block]:
        self.initials = _initials_named(classified)
        self.interviewed = _interview_named(classified)
        blocks: list[Block] = []
        turn: _OpenTurn | None = None
        pending: list[PageBreak | Furniture] = []

        def close_turn() -> None:
            nonlocal turn
            if turn is not None:
                end = _block_end(turn.blocks[-1]) if turn.blocks else turn.speaker.span.end
                blocks.append(Turn(turn.speaker, tuple(turn.blocks), Span(turn.start, end),
                                   turn.rule, turn.certainty, turn.number, turn.lead, turn.stamp))
                turn = None

        quotes = _quoted_texts(classified)
        sworn: str | None = None  # the witness the line before swore in, while no turn follows it
        printed: str | None = None  # whose statement a printed statement's heading names, while no turn follows it
        numbered = 0  # the record's last paragraph number, outside the words of a turn its label opens
        unnumbered: _OpenTurn | None = None  # the turn its label opened without a number, while it is open
        quoted: list[Block] | None = None  # the blocks of a quoted text, while one is open
        quote_end, quote_start, quote_stop = -1, 0, 0
        tape_runs: dict[int, bool] = {}  # (``_tape_turns_over``'s answers)
        for index, item in enumerate(_each_then_forgotten(classified)):
            pending.extend(item.unit.before)
            if quoted is not None:
                if index < quote_end:  # inside "Begin text." … "End text.": paragraphs and lists, no one's turns
                    quoted.extend(pending)
                    pending = []
                    quoted.append(self._block(item))  # (a turn's shape there is a paragraph of the text)
                    quote_stop = item.unit.end
                    continue
                (turn.blocks if turn is not None else blocks).append(QuotedText(tuple(quoted), Span(quote_start,
                                                                                                    quote_stop)))
                quoted = None
            if index in quotes:  # it ends with "Begin text.": the quoted text opens after it
                quoted, quote_end = [], quotes[index]
                quote_start = classified[index + 1].unit.start
            kind = item.kind
            if kind == "catch":  # (kept with the page turn after it: in the turn going on over it, or before the next)
                pending.append(Furniture(kind, item.unit.text, item.unit.span))
                continue
            if kind == "direction" and item.detail:  # from here on, who asks, who answers
                examiner, witness = item.detail
                self.examiner = examiner or self.examiner
                self.witness = witness or self.witness
                if witness is not None:  # the line that swears a witness in is the record's: it ends the turn before
                    close_turn()  # (the next witness's swearing and account had been the last answer's words)
                    blocks.extend(pending)
                    pending = []
                    blocks.append(self._block(item))
                    sworn = witness if _sworn_alone(item.unit.text) else None
                    continue
                if examiner is not None and "EXAMINATION" in item.unit.text:
                    # (and an examination's heading run into its examiner's line, "CROSS-EXAMINATION" / "BY DR.
                    # NELTE:" under a numbered page's head: a new examination, not words of the turn before)
                    close_turn()
            if kind == "paragraph" and turn is None and sworn is not None:
                # The witness's account under it, with no label: "Edward Crisp sworn." / "I keep the Three Tuns …"
                # (it had been the record's paragraph). Until the next turn or heading.
                turn = _OpenTurn(Speaker("", self.registry.resolve(sworn), Span(item.unit.start, item.unit.start)),
                                 item.unit.start, SWORN_NARRATIVE, None)
            elif kind == "paragraph" and turn is None and printed is not None:
                # A statement printed in the record, under its heading ("Prepared Statement of Eleanor V. Marsh" /
                # "Mr. Chairman, I was raised …"): the witness's words, unlabelled, until the next label resumes the
                # questioning (they had been the record's paragraphs).
                turn = _OpenTurn(Speaker("", printed, Span(item.unit.start, item.unit.start)), item.unit.start,
                                 PRINTED_STATEMENT, None)
            elif kind != "paragraph":  # (a turn, a heading, a reporter's line: the account is over; under "Prisoner's
                # Defence." the prisoner's own begins, his words as the witnesses' are theirs)
                sworn = _PRISONER if kind == "heading" and rules.DEFENCE.fullmatch(item.unit.text) else None
                printed = self._statement_of(item.unit.text) if kind == "heading" and item.detail == "statement" \
                    else None
            if kind == "turn":
                close_turn()
                blocks.extend(pending)
                pending = []
                number, (start, verdict) = item.detail
                numbered = _number_value(number) or numbered
                turn = self._open_turn(item.unit, number, start, verdict)
                unnumbered = turn if number is None else None
                continue
            if kind == "paragraph" and item.unit.text[:1].isdigit() \
                    and (value := _number_value(_after_number(item.unit.text)[0])):
                if turn is not None and turn is unnumbered and numbered and value == numbered + 1:
                    # The record's next paragraph by its number, under a turn its label opened: the record's, not
                    # the speaker's words ("MR KIM: … a hard negotiator." / "4. The meeting concluded at 11.45 …",
                    # after the record's "3. Mr Kerin said …"; it had been the last speaker's).
                    close_turn()
                if turn is None or turn is not unnumbered:
                    numbered = value
            within = self._reported_within(item.unit, turn) if kind == "paragraph" else None
            if within is not None:  # "When KISHI finished, MR MENZIES, …, said: '…'": Menzies' words from here
                close_turn()
                blocks.extend(pending)
                pending = []
                turn = _OpenTurn(within, item.unit.start, REPORTED_WITHIN, None)
                turn.reported = True
            if kind == "statement" and turn is not None and _tape_turns_over(classified, index, tape_runs):
                kind = "paragraph"  # the tape turned over inside a turn, words under it with no label: the
                # speaker's going on ("[END OF TAPE 1, SIDE A]" / "But we went anyway.", which had been no one's)
            if kind in ("paragraph", "list", "simple", "direction", "footnote", "table") and turn is not None \
                    and not (kind == "paragraph" and within is None and self._apart_from_turn(item.unit.text, turn)):
                turn.blocks.extend(pending)
                pending = []
                turn.blocks.append(self._block(item))
                continue
            close_turn()
            blocks.extend(pending)
            pending = []
            if kind == "participants":
                blocks.append(self._participants(item.unit, item.detail == "under"))
            elif kind == "signature":
                self.format_signs = True
                blocks.append(Sign("\n".join([line for _, line in item.unit.lines]), signs.SIGNATURE_FUNCTION,
                                   item.unit.span))
            elif kind == "letterhead":
                blocks.append(Furniture(kind, "\n".join([line for _, line in item.unit.lines]), item.unit.span))
            elif kind == "heading" and item.detail == "address":
                blocks.append(self._address(item.unit))
            elif kind == "heading":
                content = self.inline.parse(item.unit.joined())
                if item.unit.text[:1] == "#":
                    content = self._signs_marked(content, signs.HEADING)
                blocks.append(Heading(content, item.unit.span, item.detail))
            elif kind == "label":
                joined = item.unit.joined()
                end = joined.index(item.detail.end(1) + 1)
                blocks.append(Heading(self.inline.parse(joined, 0, end), item.unit.span, "topic"))
                if joined.text[end:].strip():
                    blocks.append(Paragraph(self.inline.parse(joined, end), item.unit.span))
            else:
                blocks.append(self._block(item))
        close_turn()
        blocks.extend(pending)
        return blocks

    def _statement_of(self, text: str) -> str | None:
        """The person a printed statement's heading names, if the record named her before ("Prepared Statement of
        Eleanor V. Marsh", after "Ms. MARSH."; not "… of the American Farm Bureau Federation"), else None."""
        name = text.split(" of ", 1)[-1].split(",", 1)[0].strip()
        if name[:4] in ("the ", "The ") or not self.registry.knows(name):
            return None
        return self.registry.resolve(name)

    def _reported_within(self, unit: Unit, turn: _OpenTurn | None) -> Speaker | None:
        """The speaker a paragraph names within its first sentence (``speakers.reported_within``), a person the
        record or its register named before or one with a title, other than the turn's it would go on: a speaker
        with no label, the name left in the paragraph's words. Such a paragraph had gone on the turn before it,
        another speaker's (a Prime Minister's reply, eleven paragraphs, in the other's turn)."""
        text = unit.text
        if ", " not in text[:140] and text[:1] not in WITHIN_BARE_FIRST:
            return None  # (the forms have a comma early in the sentence, but a bare lead's: most paragraphs have none)
        rest = _after_number(text)[1]
        offset = len(text) - len(rest)
        found = reported_within(rest)
        if found is None:
            return None
        name = text[offset + found[0]:offset + found[1]]
        titled = " " in name and name.split()[0].rstrip(".").lower() in TITLES
        if not titled and not self.registry.knows(name):
            return None
        person = self.registry.resolve(name)
        if turn is not None and turn.speaker.person == person:
            return None
        start = unit.joined().index(offset + found[0])
        return Speaker("", person, Span(start, start + len(name)))

    def _apart_from_turn(self, text: str, turn: _OpenTurn) -> bool:
        """A paragraph under a turn that is the record's, not the speaker's going on: its source ("Source: Department
        of State, …") or who else was there ("Present at the conversation: I. Zhukov, interpreter."); and, where the
        record narrates its turns, another person doing what is no speaking ("Khrushchev then turned to …", "Mikoyan
        and Kozlov led Khrushchev away …", "The Ambassador declined.", under "The Secretary said …"). Each had been
        words of the turn before it; "He adds that …", the speaker's own name, a state's go on with it."""
        first = text[:1]
        if first == "S" and text[:7] == "Source:":
            return True
        if first in "PA" and (text[:7].casefold() == "present" or text[:12].casefold() == "also present") \
                and _ATTENDANCE.match(text):  # ("PRESENT:", "ALSO PRESENT:" too)
            return True
        if not turn.reported or not first.isupper():
            return False
        words = text[:80].split(None, 6)  # (the verb among the first words: most paragraphs have none of them)
        if not any(word.rstrip(".,;:") in _NARRATED for word in words[1:6]):
            return False
        if words[1:2] == ["and"] and words[0].lower() not in NOT_NAMES:
            text = text.split(None, 2)[2]  # (the second of two names takes the verb: "Mikoyan and Kozlov led")
        start = match_turn_start(text, _NARRATED)
        if start is None or start.shape != "verb":
            return False
        key = start.key
        if start.role and not is_office(key) \
                or not start.titled and " " not in key and rules.SIDE_NAME.pattern.fullmatch(key) is not None:
            return False  # a state's, not a person's: "The Soviet Union declined", "China declined"
        return self.registry.known_id(key, start.role) != turn.speaker.person

    def _open_turn(self, unit: Unit, number: str | None, start: TurnStart, verdict: Verdict) -> _OpenTurn:
        joined = unit.joined()
        text = joined.text
        # The name starts past a printed number or a recording's timestamp and the space after it; a
        # timestamp is a bracket of its own, in the speaker.
        offset = len(text) - len(_after_number(text)[1])
        speaker_end = joined.index(offset + start.speaker_end)
        bare = offset and not number and text[:1] != "["  # a timestamp without brackets: "00:00:03 Speaker 1"
        lead = self.inline.parse(joined, 0, offset) if offset and not number and not bare else ()
        speaker_span = joined.span(0 if bare else offset, speaker_end)
        key = start.key
        corrected = self._label_corrections(text, offset, speaker_end) if self.inline.corrections.items else ()
        for sic, corr in corrected:  # "6. Mr Whit/am replied …", the sidecar's "Whit/am" → "Whitlam": Whitlam's turn
            key = key.replace(sic, corr)
        if start.shape == "colon" and "(witness)" in text[offset:offset + start.speaker_end].casefold():
            self.witness = key  # "KARL WENDELER (Witness): Karl Friedrich Wendeler.": the answers are his from here on
        elif start.shape == "colon" and ("XAMINATION" in key or "xamination" in key) \
                and (examined := EXAMINATION_LABEL.fullmatch(key)) is not None:
            key = self.examiner = examined.group(1)  # "CROSS-EXAMINATION BY MS GCABASHE: Thank you.": hers
        if verdict is EXAMINATION and self.evidence.court:  # the question is the examiner's, the answer the witness's
            if key == "Q" and (asker := questioner_named(text[offset:speaker_end])) is not None:
                self.examiner = asker  # "8 Q. MS. DEVANE: …": she asks this and the questions after it
            elif key == "Q" and text[offset:offset + 1] == "(" and speaker_end > offset:
                self.examiner = text[offset + 1:speaker_end - 1].rstrip(". ")  # "4501. (Chairman.) …": his, and on
            elif key == "Q" and (by := _BY_IN_BRACKETS.match(text, joined.index(offset + start.speech_start))):
                self.examiner = by.group(1)  # "Q. (By Mr. Sloane) And you are …": his, and the questions after it
            key = (self.examiner or key) if key == "Q" else self.witness or WITNESS
        elif self.witness is not None and name_key(key) in _THE_WITNESSES:  # "THE WITNESS:" is the one sworn
            key = self.witness
        elif (key in self.initials or key[-1:] == "." and key.replace(".", "") in self.initials
              and _DOTTED_INITIALS.fullmatch(key) and key not in _NOT_INITIALS) and not self.registry.is_registered(key):
            # "K:" in a telephone record of "Ambassador Dobrynin/Secretary Kissinger"; "MB:"; "E.G.:", dotted
            key = self.initials[key if key in self.initials else key.replace(".", "")]
        elif self.interviewed and name_key(key) in self.interviewed and not self.registry.is_registered(key):
            key = self.interviewed[name_key(key)]  # "ACHESON:" under "Oral History Interview with" / "DEAN ACHESON"
        elif self.roles and not self.registry.is_registered(key) and _role_of(key) in self.roles:
            key = self.roles[_role_of(key)]  # "Interviewer:", "Q:" in an interview whose heading names its interviewer
        if "/" in key and (halves := _bilingual_offices(key)) is not None:
            # "The CHAIRMAN/Le PRÉSIDENT:" and "Le PRÉSIDENT/The CHAIRMAN:", a bilingual meeting's chair: the office
            # whose holder the record names, else either way round the same one (they had been two persons, the
            # President named at the head neither)
            key = next((half for half in halves if self.registry.has_holder(half)), min(halves, key=name_key))
        # An office alone ("The DEPUTY SPEAKER", "Mr Speaker"), not a name with its title ("El Comandante Castro").
        office = (start.role or start.titled) and key == start.key and is_office(key)
        holder = held = None
        if key == start.key:  # "Secretary of State Dean Rusk:" (and what he is of in brackets after it: "Minister of
            # State Dr. Tobias Lindner (Federal Foreign Office):", no holder's name)
            found = holder_after_office(start.name, self.genitive_offices, start.titled and start.shape == "colon")
            if found is not None and not self.registry.is_registered(key) \
                    and not self.registry.is_registered(start.name):
                holder, held = found
        if holder is None and (start.role or office) and not self.registry.is_registered(key):
            holder, held = _holder_in_label(text[offset:speaker_end], office), key
        if holder is None and key == start.key and key[-1:] != ")" and text.find("(", offset, speaker_end) > 0 \
                and name_key(key) in _ANONYMOUS and (qualified := _QUALIFIED.fullmatch(text, offset, speaker_end)):
            key = qualified.group(1)  # "CALLER (Ohio):", "CALLER (Indiana):": two callers (they had been one person)
        # The office the name is written after ("Secretary Rusk" → "secretary"), read once for both uses below.
        in_office = office_of(start.name) if start.titled and not start.role and key == start.key else None
        if holder is not None:  # "The PRIME MINISTER (Mr Menzies):": his, and "The PRIME MINISTER:" after it
            person = self.registry.resolve(holder)
            self.registry.holds_office(held, person)
            self.registry.also_named(held, person)
        else:
            person = self.registry.resolve(key, office, in_office=in_office)
            if start.titled and in_office is None and " " in key \
                    and start.name.split(None, 1)[0].rstrip(".").casefold() in _PLAIN_COURTESIES:
                self.registry.named_plainly(person)  # "Mr. Allen Dulles": not "Secretary Dulles"
        if in_office is not None:
            self.registry.holds_office(in_office, person)  # "Secretary Rusk": "The Secretary" after it is his
        if self.registry.has_register and not self.registry.is_registered(key):
            self.unregistered.append((key, person, speaker_span.start))  # (told once the ids are settled)
        stamp: tuple[int, int] | None
        if bare:  # in the speaker as written, marked as the recording's
            written, stamp = text[:speaker_end], (0, len(text[:offset].rstrip()))
        else:
            written, stamp = _stamped(text[offset:speaker_end], start)
        marks = tuple(joined.slice(0 if bare else offset, speaker_end).milestones) if MILESTONE in written else ()
        # The others who speak in it: "Mr. BELAUNDE (Peru) and Mr. SANTA CRUZ (Chile) associated themselves …"
        others = tuple(other for other in map(self.registry.resolve, start.also) if other != person) \
            if start.also else ()
        speaker = Speaker(written, person, speaker_span, marks, corrected, others)
        if stamp:  # (the signs of a label before its offset, "**Speaker 1** (00:00:03):", or after it, a cue's)
            self._label_signs(written[:stamp[0]])
            self._label_signs(written[stamp[1]:].lstrip())
        else:
            self._label_signs(written)
        turn = _OpenTurn(speaker, unit.start, verdict, number, lead, stamp)
        turn.reported = start.shape in ("verb", "comma-verb", "joint")
        speech_start = joined.index(offset + start.speech_start)
        speech = text[speech_start:]
        if speech and not speech.isspace():
            content = self.inline.parse(joined, speech_start)
            if "<v" in written and "</v>" in speech:  # (a WebVTT voice's closing tag)
                content = self._signs_marked(content, signs.VOICE_WORDS)
            turn.blocks.append(Paragraph(content, Span(speaker_span.end, unit.end)))
        return turn

    def _label_corrections(self, text: str, offset: int, end: int) -> tuple[tuple[str, str], ...]:
        """The sidecar's corrections of slips in a speaker's label (its context may run on into the speech): they
        had been made in the speech alone, and the slip had named a person of its own ("#whit-am")."""
        found = []
        for a, b, index in self.inline.corrections.ranges(text):
            if offset <= a and b <= end:
                sic, corr, _ = self.inline.corrections.items[index]
                found.append((sic, corr))
                self.inline.used_corrections.add(index)
        return tuple(found)

    def _label_signs(self, label: str) -> str:
        """A label as written (a speaker's, a field's), noting whether its format's signs mark it."""
        if label[:1] in signs.LABEL_FIRST and not self.format_signs:
            self.format_signs = signs.parts(label, signs.LABEL) is not None
        return label

    def _signs_marked(self, content: tuple[Inline, ...], rules: tuple[signs.SignRule, ...]) -> tuple[Inline, ...]:
        marked = signs.marked(content, rules)
        self.format_signs = self.format_signs or marked is not content
        return marked

    def _block(self, item: _Classified) -> Block:
        if item.kind == "list":
            return self._list(item.detail)
        if item.kind == "simple" or item.kind == "key":
            return self._simple_list(item.unit)
        unit = item.unit
        if item.kind == "direction":
            return Direction(tuple(self._presiding_note(self.inline.parse(unit.joined()))), unit.span)
        if item.kind == "chair":
            return Direction(tuple(self._chair_taken(self.inline.parse(unit.joined()))), unit.span)
        if item.kind == "cue":
            return Direction(self.inline.parse(unit.joined()), unit.span,
                             "music" if rules.CUE.match(unit.text).group("music") else "sound")
        if item.kind == "footnote":
            return self._back_item(unit)
        if item.kind == "translation-note":
            joined = unit.joined()
            label = _TRANSLATION_NOTE.match(unit.text)
            return Footnote("*", self.inline.parse(joined, joined.index(label.end())), unit.span,
                            label.group(1))
        if item.kind == "table":
            return self._table(unit, self.tables[id(unit)])
        number = item.detail if item.kind in ("paragraph", "statement") else None
        if unit.text[:3] == "In " and (chair := rules.CHAIR_TAKEN.match(unit.text)) is not None:
            # "In the absence of the President, Mr. Rakotondramboa (Madagascar), Vice-President, took the Chair.": the
            # President's turns after it are the Vice-President's (they had been the President's listed above).
            self.registry.takes_office(chair.group("office"), self.registry.resolve(chair.group("name")))
        return Paragraph(self.inline.parse(unit.joined()), unit.span, number)

    def _table(self, unit: Unit, cells_of_rows: list) -> Columns:
        """A row a line, its cells where ``blocks.table_cells`` found its columns (the text between them a cell's)."""
        joined = unit.joined()
        rows, at = [], 0
        for (_, line), cells in zip(unit.lines, cells_of_rows):
            rows.append(tuple(tuple(self.inline.parse(joined, at + cell[0], at + cell[1])) if cell else ()
                              for cell in cells))
            at += len(line) + 1
        return Columns(tuple(rows), unit.span)

    def _presiding_note(self, content: Sequence[Inline]) -> Sequence[Inline]:
        """A note of who presides from here on ("(Posiedzeniu przewodniczy marszałek Sejmu Szymon Hołownia)"): the
        office's labels after it are the holder's, and the name in it the holder's name."""
        if len(content) != 1 or type(content[0]) is not Text:
            return content
        node = content[0]
        found = rules.PRESIDING_NOTE.match(node.text)
        if found is None:
            return content
        name, (start, end) = found.group("name"), found.span("name")
        person = self.registry.resolve(name)
        self.registry.takes_office(found.group("office"), person)
        return _named(node, start, end, person)

    def _chair_taken(self, content: Sequence[Inline]) -> Sequence[Inline]:
        """A change of who presides ("PRÉSIDENCE DE MME VALÉRIE RABAULT, vice-présidente"): the labels of the offices
        it names after it ("Mme la présidente.") are the holder's, and the name in it the holder's name."""
        if len(content) != 1 or type(content[0]) is not Text:
            return content
        node = content[0]
        found = _chair_changed(node.text)
        if found is None:
            return content
        offices, start, end = found
        person = self.registry.resolve(node.text[start:end])
        for office in offices:
            self.registry.takes_office(office, person)
        return _named(node, start, end, person)

    def _flush_page(self, unit: Unit, blocks: list[Block]) -> None:
        blocks.extend(unit.before)

    # -- lists

    def _list(self, run: list[_Classified]) -> ItemList:
        if run[0].kind == "fields":
            return self._fields(run)
        items = []
        quote = None
        bulleted = run[0].kind == "bullet"  # the sign each item opens with is its label, and it has no number
        first_quote = None if bulleted else run[0].detail.group(1)
        last_text = run[-1].unit.text.rstrip()
        closing = {'"': '"', "“": "”"}.get(first_quote)
        if first_quote and closing and last_text.endswith(closing):
            quote = (first_quote, closing)
        for index, member in enumerate(run):
            match = member.detail
            joined = member.unit.joined()
            start = joined.index(match.end())
            label_start = joined.index(match.start(1 if bulleted else 2))
            if match.group(1) and quote is None:
                label_start = joined.index(match.start(1))  # an unmatched quotation mark stays in the label
            end = len(joined.text)
            if quote and index == len(run) - 1:
                end = joined.text.rstrip().rfind(quote[1])
            label = joined.text[label_start:joined.index(match.end(1 if bulleted else 3))]
            content = self.inline.parse(joined, start, end)
            before = member.unit.before if index else ()
            if before and all(type(mark) is PageBreak for mark in before):
                content, before = (*before, *content), ()  # a page turn between items, at the item's head
            # Lines numbered in the margin stand between the items, where they are (so before the label).
            items.append(Item(label, "" if bulleted else match.group(2), content, member.unit.span, before))
        span = Span(run[0].unit.start, run[-1].unit.end)
        above = self.list_heads.get(id(run[0].unit))
        if above is not None:
            head = tuple(self.inline.parse(above.joined()))
            return ItemList(tuple(items), Span(above.start, span.end), quote, "ordered", head)
        return ItemList(tuple(items), span, quote, "bulleted" if bulleted else "ordered")

    def _fields(self, run: list[_Classified]) -> ItemList:
        """A memorandum's heading fields: each an item labelled with its field's name, its value running on
        over the lines below it that open no field. What stands between two fields (a line's number in the
        margin, a page turn between blocks) is kept before the second."""
        items = []
        for index, member in enumerate(run):
            unit, opens = member.unit, member.detail
            joined, text, lines = unit.joined(), unit.text, unit.lines
            starts = []  # where each line starts in the unit's text
            at = 0
            for _, line in lines:
                at = text.find(line, at)
                starts.append(at)
                at += len(line)
            before = unit.before if index else ()
            previous_end = 0
            for k, first in enumerate(opens):
                last = (opens[k + 1] if k + 1 < len(opens) else len(lines)) - 1
                label = _field_label(lines[first][1], first) or _CAPTION_FIELD.match(lines[first][1]) \
                    or (_CAPTION_ALONE.match(lines[first][1]) if first == 0 else None) \
                    or _CAPTION_SECOND_LABEL.match(lines[first][1]) \
                    or _ANOTHER_FIELD.match(lines[first][1]) \
                    or _ALIGNED_FIELD.match(lines[first][1]) or _telegram_field(lines[first][1]) \
                    or _SUMMARY_FIELD.match(lines[first][1])
                value, end = joined.index(starts[first] + label.end()), joined.index(starts[last] + len(lines[last][1]))
                marks = tuple(joined.slice(previous_end, value).milestones) if k else ()
                span = Span(lines[first][0], lines[last][0] + len(lines[last][1]))
                content = self.inline.parse(joined, value, end)
                role = label.groupdict().get("aside")
                if role and first == last and name_key(role) in _NAMING_FIELDS:
                    content = self._role_named(name_key(role), content)
                items.append(Item(self._label_signs(label.group().rstrip()), "", content, span, before + marks))
                before, previous_end = (), end
        return ItemList(tuple(items), Span(run[0].unit.start, run[-1].unit.end), kind="fields")

    def _role_named(self, role: str, content: tuple[Inline, ...]) -> tuple[Inline, ...]:
        """"Interviewer: Jane Doe": a name alone is a person's, and the turns the role labels are hers."""
        written = content[0].text if len(content) == 1 and type(content[0]) is Text else ""
        # (a nickname in quotes is no part of the name the labels are read against: "Dolores "Dee" Marchetti", whose
        # turns "MARCHETTI:" labels; it had been no one's)
        name = _NICKNAME.sub("", written) if '"' in written or "“" in written else written
        if name[-1:] == ")" and (initials := _INITIALS_AFTER.search(name)) is not None:
            name = name[:initials.start()]  # ("Dr. Helen Marsh (HM)": the initials her turns may be labelled with)
        if role == "chair" and "," in name:
            name = name.split(",", 1)[0]  # ("Chair: Dr Helen Okafor, Consultant Psychiatrist": what she is after it)
        if not name or _find_name(name) != (0, len(name)):
            return content
        self.roles[role] = name
        if role == "narrator":  # an oral history's narrator answers its questions
            self.roles.setdefault("interviewee", name)
        elif role == "interviewed by":  # ("Interviewed by: Jane Doe": the interviewer)
            self.roles.setdefault("interviewer", name)
        elif role == "facilitator":  # a focus group's, who moderates it ("MOD:")
            self.roles.setdefault("moderator", name)
        elif role == "person interviewed":  # (a police interview's record)
            self.roles.setdefault("interviewee", name)
        elif role == "chair":  # ("The Chair said", "Dr Okafor said" hers: she had been no one, "#okafor" another)
            person = self.registry.resolve(name)
            self._in_the_chair(person)
        span = content[0].span
        if name is not written and written.startswith(name) and span.end - span.start == len(written):
            at = span.start + len(name)  # (the initials after the name are no part of it)
            return (PersonName(name, self.registry.resolve(name), Span(span.start, at)),
                    Text(written[len(name):], Span(at, span.end)))
        return (PersonName(written, self.registry.resolve(name), span),)

    def _address(self, unit: Unit) -> Address:
        """Each line of the address read on its own (a line's number in the margin kept between them)."""
        lines = tuple(self.inline.parse(Joined.of([part])) if type(part) is tuple else part for part in unit.parts)
        return Address(lines, unit.span)

    # -- participants

    def _participants(self, unit: Unit, under: bool = False) -> Participants:
        """One item per printed group: a group ends where a line does not end with a comma. (``under``: those present
        a line each under the sentence naming them, no label of their own; a line indented past the others' goes on
        the one above it.)"""
        if under:
            return self._present_under(unit)
        first = unit.lines[0][1]
        head_match = rules.PARTICIPANTS.match(unit.text) or rules.PRESIDING.match(unit.text) \
            or _ABSENT_OPENS.match(unit.text) or _TELLERS.match(unit.text) \
            or _WITNESS_LABEL.match(unit.text) \
            or _GROUP_LABEL.match(unit.text)  # (a later label under those absent: "Tevens aanwezig: …")
        # (_WITNESS_LABEL: "Witness: Richard Holroyd MP, Minister for …", the plural's one)
        # "On the Soviet side: …" lines label their own groups; "Present:" heads the whole list, and so does
        # "PARTICIPANTS" alone on its line.
        # (those absent under their own label, as a minute lists them apart: "Apologies for absence: Mr. Dalton, …")
        absent = _absent_opens(first)
        alone = bool(rules.PARTICIPANTS_LABEL.match(first) or absent and _ABSENT_ALONE.match(first))
        # (then a line is a person: name, what he is)
        if alone:
            head = first
        else:
            head = "" if _is_side_label(head_match.group(0)) else head_match.group(0).strip()
        one_a_line = alone or _a_person_a_line(unit)
        self.firms = _firms(unit.lines) if " Co" in unit.text else ()  # (its partners' names on two lines too)
        groups: list[tuple[Inline, ...]] = []
        current: list[Inline] = []
        listed: set[str] = set()  # the persons the list has named: each entry is another
        index = -1
        states = False  # the lines name the states represented, not persons
        chaired: list[PersonName] | None = None  # the persons named above a later line's label
        after_comma = False  # the line before ended with a comma
        parts = unit.parts if one_a_line else _names_rejoined(unit.parts)
        starts = [part[1].lstrip()[:1] for part in parts if type(part) is tuple][1:] + [""]  # each next line's
        for part in parts:
            if type(part) is not tuple:  # a line's number in the margin: the line begins after the space
                if current:
                    current.append(Text(" ", Span(part.span.start, part.span.start)))
                current.append(part)
                continue
            index += 1
            offset, line = part
            text, base = line, offset
            if index == 0 and head:
                cut = len(text) - len(text[len(head):].lstrip())
                text, base = text[cut:], base + cut
            if current and type(current[-1]) in (Text, PersonName):  # (a name the line before ended with: _runs_on)
                current.append(Text(" ", Span(base, base)))
            label = _GROUP_LABEL.match(text) if index else None
            members = None
            if label is None and ": " in text[:60]:
                label = members = _MEMBERS_LABEL.match(text)
                if members is not None and not _a_members_label(members.group(1), text[members.end():]):
                    label = members = None
            if label is not None and states and current:  # (the states' words end where a later label begins)
                groups.append(tuple(current[:-1] if type(current[-1]) is Text and current[-1].text == " " else current))
                current = []
            if label is not None:  # a later line's own label: words, not a name ("In attendance:", "Apologies:")
                if chaired is None:  # (who presides is named above the first: "Voorzitter: …" / "Secretaris: …")
                    chaired = [node for node in (*(n for g in groups for n in g), *current) if type(node) is PersonName]
                current.append(Text(text[:label.end()], Span(base, base + label.end())))
                text, base = text[label.end():], base + label.end()
            if index == 0 or label is not None:
                states = _STATES_PRESENT.match(text) is not None
            if states:  # "The representatives of the following States: Argentina, …": states, no one's names (each
                # had been a person, "Union", "United" and "Kingdom" of the names the lines cut too)
                current.append(Text(text, Span(base, base + len(text))))
                continue
            above = (groups[-1] if groups and not current else current if after_comma else None) \
                if one_a_line else None  # (a name's line ending with its comma: "the Marquess of Salisbury," /
            # "  Lord President of the Council.")
            holder = next((node for node in reversed(above) if type(node) is PersonName), None) \
                if above and _an_office_line(text) else None
            after_comma = line.rstrip().endswith(",")
            if holder is None and one_a_line and current and text.lstrip()[:1].islower():
                # what the person above is, its line cut ("Sir Gladwyn Jebb, United Kingdom Permanent Representative"
                # / "  to the United Nations (Item 2)."): no one's name (it had been an item, "United Nations" a person)
                current.append(Text(text, Span(base, base + len(text))))
            elif holder is not None:  # the office alone under its holder's name ("The Rt Hon Harold Wilson MP" /
                # "Prime Minister"): what the person above is, not a person of its own
                current.append(Text(text, Span(base, base + len(text))))
                self.registry.holds_office(text.strip(), holder.person)
                if above is current:  # ("The Lord President said" is his too)
                    for name in _offices_so_called(text.strip().rstrip(".;"))[1:]:
                        self.registry.holds_office(name, holder.person)
            else:
                last = next((node for node in reversed(current) if type(node) is PersonName), None)
                # (after a group's label, its members: "Candidates: Comrades Hager, Mewis", however the list is set)
                inner = _INNER_LABEL.search(text) if ": " in text and not one_a_line else None
                if inner is not None and _a_members_label(inner.group(1), text[inner.end():]):
                    # a label after a sentence's end in a running list ("… S. F. Antonov. Interpreter: Shi Zhe."):
                    # its words no one's, the names after it its own (they had been no one's)
                    cut = inner.start(1)
                    named = [*self._names(text[:cut], base, listed, False, last),
                             Text(text[cut:inner.end()], Span(base + cut, base + inner.end()))]
                    after = self._names(text[inner.end():], base + inner.end(), listed, False)
                    named = list(_merge([*named, *after]))
                    if _only_an_office(inner.group(1)):
                        for node in (node for node in after if type(node) is PersonName):
                            self.registry.holds_office(inner.group(1), node.person)
                else:
                    named = self._names(text, base, listed, one_a_line and members is None, last)
                office = label.groupdict().get("office") if members is None and label is not None else \
                    members.group(1) if members is not None and _only_an_office(members.group(1)) else None
                if office:  # "Secretaris: de Heer A. Kortenhoeven.", "Interpreter: Shi Zhe" ("De Secretaris:" his)
                    for node in (node for node in named if type(node) is PersonName):
                        self.registry.holds_office(office, node.person)
                current.extend(named)
            if not line.rstrip().endswith((",", " and")) \
                    and (not starts[index].islower() if one_a_line else not _runs_on(line, starts[index])):
                groups.append(tuple(current))
                current = []
        if current:
            groups.append(tuple(current))
        if head_match is not None and head_match.re is rules.PRESIDING.pattern:
            offices = _PRESIDING_OFFICE.get(" ".join(head.rstrip(": ").casefold().split()), _PRESIDENT)
            for node in chaired if chaired is not None else (
                    node for group in groups for node in group if type(node) is PersonName):
                for office in offices:
                    self.registry.holds_office(office, node.person)  # "The PRESIDENT" is the one presiding
        return Participants(self._label_signs(head) if head else head, tuple(g for g in groups if g), unit.span,
                            "absent" if absent else "participants")

    def _present_under(self, unit: Unit) -> Participants:
        """Those present a line each under the sentence that names them ("… Present were:" / "     Col. R. M.
        Dunleavy, G4-PL (Chairman)" / …): a person an item, a line indented further the words of the one above."""
        groups: list[tuple[Inline, ...]] = []
        listed: set[str] = set()
        for entry in self._entries_under(unit):
            (offset, line), *wrapped = entry
            current = self._names(line, offset, listed, True)
            for at, more in wrapped:  # (what the person is, run on: "… of the" / "Army (Logistics)")
                current.append(Text(" ", Span(at, at)))
                current.append(Text(more, Span(at, at + len(more))))
            groups.append(tuple(current))
        return Participants("", tuple(g for g in groups if g), unit.span)

    def _simple_list(self, unit: Unit) -> ItemList:
        """A label alone on its line, its lines indented under it a line each ("CONTENTS:" / "  Adoption of the
        agenda" / …, "DISTRIBUTION:" / "  DCSLOG (2)" / …): the label the list's head, each line an item, a line
        indented further than the others the words of the one above."""
        first = unit.lines[0]
        items = []
        for entry in self._entries_under(Unit(unit.lines[1:], (), False)):
            span = Span(entry[0][0], entry[-1][0] + len(entry[-1][1]))
            items.append(Item("", "", tuple(self.inline.parse(Joined.of(entry))), span))
        return ItemList(tuple(items), unit.span, kind="simple", head=tuple(self.inline.parse(Joined.of([first]))))

    def _entries_under(self, unit: Unit) -> list[list[tuple[int, str]]]:
        """The lines a line each, each with the lines indented further under it (an entry run on)."""
        margin = min(_indent(self.text, offset) for offset, _ in unit.lines)
        entries: list[list[tuple[int, str]]] = []
        for line in unit.lines:
            if entries and _indent(self.text, line[0]) > margin:
                entries[-1].append(line)
            else:
                entries.append([line])
        return entries

    def _lines_under_labels(self, units: list[Unit]) -> list[Unit]:
        """A label alone on its line ending with a colon, its lines indented under it a line each with no blank line
        between, two at least ("CONTENTS:" / "  Adoption of the agenda" / "  Draft Convention …", a memorandum's
        "DISTRIBUTION:" / "  DCSLOG (2)" / "  QMG (1)" / …): one unit, a list (they had been a paragraph, under a
        section's heading, or a field of no value and a heading cut off an addressee's "ATTN:"). And those present a
        line each in a block indented under a sentence ending with the word that names them ("… Present were:" /
        "     Col. R. M. Dunleavy, G4-PL (Chairman)" / …): one unit, a participants list (they had been paragraphs)."""
        self.lines_under = {}
        if "  " not in self.text and "\t" not in self.text:
            return units
        out: list[Unit] = []
        # Where each unit's block ends (the units after it with no blank line or page turn between), read once: a long
        # record's lines a unit each, no blank line among them, had been read again from each.
        block_end = [len(units)] * len(units)
        for k in range(len(units) - 2, -1, -1):
            after = units[k + 1]
            block_end[k] = block_end[k + 1] if not after.blank_before and after.page_before is None else k + 1
        k = 0
        while k < len(units):
            unit = units[k]
            end = block_end[k]
            if len(unit.lines) == 1 and len(unit.parts) == 1 and end - k >= 2 and _LABEL_ALONE.fullmatch(unit.text) \
                    and self._indented_to(units, k + 1, end, _indent(self.text, unit.start) + 2) \
                    and sum(len(later.lines) for later in units[k + 1:end]) >= 2 \
                    and not rules.PARTICIPANTS_LABEL.match(unit.text) \
                    and all(len(later.parts) == len(later.lines) and not later.before for later in units[k + 1:end]) \
                    and self._lines_a_line_each([line for later in units[k + 1:end] for line in later.lines],
                                                _indent(self.text, unit.start) + 2):
                merged = unit.merged(*units[k + 1:end])
                self.lines_under[id(merged)] = "simple"
                out.append(merged)
                k = end
                continue
            out.append(unit)
            if end == k + 1 and end < len(units) and _PRESENT_AT_END.search(unit.text):
                following = block_end[end]
                block = units[end:following]
                lines = [line for later in block for line in later.lines]
                if units[end].page_before is None and all(len(later.parts) == len(later.lines) for later in block) \
                        and not any(later.before for later in block[1:]) and self._lines_a_line_each(lines, 2) \
                        and len(entries := self._entries_under(Unit(lines, (), False))) >= 2 \
                        and all(_has_names(" " + entry[0][1]) for entry in entries):
                    merged = block[0].merged(*block[1:])
                    self.lines_under[id(merged)] = "participants"
                    out.append(merged)
                    k = following
                    continue
            k += 1
        return out

    def _indented_to(self, units: list[Unit], start: int, end: int, indent: int) -> bool:
        """Whether every line of units[start:end] is indented this far at least: read up to the first that is not (a
        speaker's label alone over unindented speech, in a record of no blank lines, had had the rest of the record
        read under it, each label's reading quadratic in the record)."""
        return all(_indent(self.text, offset) >= indent for later in itertools.islice(units, start, end)
                   for offset, _ in later.lines)

    def _lines_a_line_each(self, lines: list[tuple[int, str]], indent: int) -> bool:
        """Lines indented this far at least, each short, none cut off inside a phrase ("… of the" / "Army"), at least two
        at their margin (the others indented further under them go on them), none in small letters there."""
        indents = [_indent(self.text, offset) for offset, _ in lines]
        margin = min(indents)
        return margin >= indent and sum(1 for lead in indents if lead == margin) >= 2 \
            and all(len(text) <= _SHORT_LINE + 10 for _, text in lines) \
            and all(not text[:1].islower() for (_, text), lead in zip(lines, indents) if lead == margin) \
            and not any(lead > margin and text[:1].isdigit() for (_, text), lead in zip(lines, indents)) \
            and not any(text.rsplit(None, 1)[-1].lower() in RUNS_ON and (k + 1 == len(lines) or indents[k + 1] == margin)
                        for k, ((_, text), lead) in enumerate(zip(lines, indents)))

    def _names(self, text: str, base: int, listed: set[str], one_a_line: bool = False,
               after: PersonName | None = None) -> list[Inline]:
        """"comrs. Molotov, Malenkov" → abbreviation, names and the commas between them; ``listed``: the persons
        named before in the list, whom its other names are not (and those named here are added); ``one_a_line``:
        the line is one person, "Mr. Kohler, Assistant Secretary" (a name, then what he is); ``after``: the person
        the line before ended with, whose comma the line goes on from."""
        out: list[Inline] = []

        def text_node(a: int, b: int) -> None:
            if b > a:
                out.append(Text(text[a:b], Span(base + a, base + b)))

        if rules.SIDE_LABEL.match(text) or one_a_line and rules.SIDE_NAME.match(text.strip()):
            # "Soviet side:", "United States:" above its members, and in a list a person a line, "United States",
            # "U.S.S.R." (which had been persons): no one's name
            return [Text(text, Span(base, base + len(text)))] if text else []
        position = 0
        side = rules.PARTICIPANTS.match(text)
        if side and _is_side_label(side.group(0)):
            position = len(text) - len(text[side.end():].lstrip())
            text_node(0, position)
        first = text[position:].split(" ", 1)[0]
        expansion = rules.ABBREVIATIONS.get(first.lower())
        if expansion:
            out.append(Abbreviation(first, expansion, Span(base + position, base + position + len(first))))
            position += len(first)
        stop = len(text)
        leader = _LEADER.search(text, position) if ". ." in text or "...." in text or "……" in text else None
        if leader is not None:
            # A delegate and the state, dots leading the eye from one to the other, as the United Nations' records
            # list a council's members ("China . . . . Mr. Wu Haitao"; "Mrs. Haley . . . . (United States of
            # America)"): the person is the side with a title, the other is no one.
            titled = [_opens_with_title(side) for side in (text[position:leader.start()], text[leader.end():])]
            if titled == [False, True]:
                text_node(position, leader.end())
                position = leader.end()
            elif titled == [True, False]:
                stop = leader.start()
        def before_letters(a: int, b: int) -> bool:
            """The letters of the honours of the person named before the comma, and the office in brackets after them
            his ("Sir Bernard Docker, K.B.E. (Chairman)": they had been a person "K.B.E.", the Chairman's)."""
            letters = _POSTNOMINAL_PIECE.match(text, a, b)
            before = next((node for node in reversed(out) if type(node) is PersonName), None)
            if letters is None or before is None \
                    or not all(word.replace(".", "") in _POSTNOMINAL_LETTERS for word in letters.group(1).split()):
                return False
            text_node(a, b)
            bracketed = _BRACKETED_OFFICE.match(text, letters.end(), b)
            if bracketed is not None and (_only_an_office(bracketed.group(1)) or _a_post(bracketed.group(1))):
                self.registry.holds_office(bracketed.group(1).strip(), before.person)
            return True

        # A firm named after its partners ("Messrs. Price, Waterhouse & Co. (Auditors)"): no one's name (its partners
        # had been persons "Price" and "Waterhouse").
        firms = self.firms
        for a, b in _list_pieces(text, position, stop, one_a_line, leader is None):
            if firms and any(start < base + b and base + a < end for start, end in firms):
                text_node(a, b)
                continue
            state = _STATE_BEFORE_DELEGATE.match(text, a, b) if leader is None and text[a] not in _LIST_COMMAS else None
            if state is not None:  # "China Mr. Ma Zhaoxu": the state, then its delegate (no dots between them)
                text_node(a, state.end())
                a = state.end()
            if " side" in text[a:b] and _is_side_phrase(text[a:b]):  # "…; on the Soviet side, …": no one's name
                text_node(a, b)  # (it had been a person "#soviet")
                continue
            if ": " in text[a:b] and _PLURAL_BEFORE_COLON.search(text, a, b):
                # "… and the following Directors: Mr. J. Y. Sangster": the words naming those after the colon are
                # no one's name (they had been a person "Directors", and Mr. Sangster no one)
                colon = text.index(": ", a, b) + 1
                text_node(a, colon)
                a = colon
            found = _find_name(text[a:b]) if text[a] not in _LIST_COMMAS else None
            if found and before_letters(a, b):
                continue
            office_only = text[a] not in _LIST_COMMAS and _only_an_office(text[a:b])
            before = next((node for node in reversed(out) if type(node) is PersonName), after) \
                if found or office_only else None  # (an office in small letters names no one: "…, voorzitter;")
            part = _without_initials(text[a:b])  # ("Chief Executive (JS)": the office, then the holder's initials)
            if before is not None and (office_only or part.strip()[:1].isupper()
                                       and _an_office_part(part.strip().rstrip(".;").split())
                                       or len(part) < b - a and _initials_after(text[a:b], before.text)
                                       # (or on the next line: "Mr R. Tennant, Care Coordinator" / "(RT); …")
                                       or b == len(text) and self.text[base + b:base + b + 1].isspace()
                                       and _initials_after(_WRAPPED_INITIALS.match(self.text, base + b), before.text)):
                # "Mr. Kohler, Assistant Secretary": what the person before the comma is, not a second person
                # (it had been #secretary, the Secretary's own id).
                text_node(a, b)
                for office in _offices_in(part):
                    self.registry.holds_office(office, before.person)
                continue
            if before is not None and _a_service(text[a:b]):
                # "Colonel Edwin P. Randall, Infantry, President;": his arm of the service, no one's name (a court-
                # martial's members had been #infantry, #field-artillery and #corps, "of Engineers" left over)
                text_node(a, b)
                continue
            if not found:
                text_node(a, b)
                continue
            name_start, name_end = a + found[0], a + found[1]
            name = text[name_start:name_end]
            held = holder_after_office(name, self.genitive_offices)
            if held is None and " of " in text[a:name_end + 4]:
                # "Chief of the Navy General Staff Nagano", "President of the Privy Council Hara": the name found was
                # the office's first word, or what it is of (they had been persons "Chief" and "Privy Council Hara")
                lead = b - len(text[a:b].lstrip())
                whole = text[lead:b].rstrip(" .;")
                held = holder_after_office(whole, self.genitive_offices)
                if held is not None:
                    name, name_start, name_end = whole, lead, lead + len(whole)
            if held is not None:  # "Secretary of State William P. Rogers": the office his, the name his alone
                # (where it stands in the name: a full stop after it, "… Scheel Hon.", is not the holder's, and
                # counting from the end had put the name's first letter twice, in the office's words too)
                name_start += name.rfind(held[0])
                name_end = name_start + len(held[0])
                name = held[0]
            if text[name_end:name_end + 2] == " (" and is_office(name) \
                    and (holder := _holder_in_label(text[name_end:b], True)) is not None:
                # "The Mayor (Alderman J. T. Kennedy)": the holder the list names, the office his ("Alderman Kennedy
                # said" and "The Mayor said" after it had been two persons, #kennedy and #mayor)
                at = text.index(holder, name_end, b)
                text_node(a, at)
                person = self.registry.resolve(holder, apart_from=listed)
                listed.add(person)
                self.registry.holds_office(name, person)
                self.registry.also_named(name, person)
                out.append(PersonName(holder, person, Span(base + at, base + at + len(holder))))
                text_node(at + len(holder), b)
                continue
            text_node(a, name_start)
            person = self.registry.resolve(name, apart_from=listed)
            listed.add(person)
            if held is not None:
                self.registry.holds_office(held[1], person)
            out.append(PersonName(name, person, Span(base + name_start, base + name_end)))
            text_node(name_end, b)
            bracketed = _BRACKETED_OFFICE.match(text, name_end, b)
            if bracketed is not None and (_only_an_office(bracketed.group(1)) or _a_post(bracketed.group(1))):
                # "Cllr A. Jones (Chairman)", as minutes list who attended: "The Chairman said" is his
                self.registry.holds_office(bracketed.group(1).strip(), person)
            elif bracketed is not None and " ".join(bracketed.group(1).casefold().split()) in _IN_THE_CHAIR:
                # "Bro. T. Whitworth (in the Chair)": so is the Chairman's, as a branch's minutes go on to call him
                self._in_the_chair(person)
            if one_a_line:  # "Harold Macmillan, M.P., Prime Minister": "The Prime Minister said" is his
                rest = text[name_end:]
                chair = _IN_THE_CHAIR_AFTER.search(rest)
                if chair is not None:  # "…, Prime Minister (in the Chair)": the Chairman too
                    rest = rest[:chair.start()]
                    self._in_the_chair(person)
                offices = _office_after(rest)
                for name in _offices_so_called(offices) if offices else ():
                    self.registry.holds_office(name, person)
        text_node(stop, len(text))
        return list(_merge(out))

    def _in_the_chair(self, person: str) -> None:
        """A member listed as in the chair: "The Chairman" and "The Chair" of the record's turns are that member."""
        for office in ("Chairman", "Chair"):
            self.registry.holds_office(office, person)

    # -- the closing

    def _closer(self, units: list[Unit]) -> Closer:
        if len(units) == 1 and (signatories := _side_by_side(units[0], self.text)) is not None:
            return Closer(tuple(self._signatory_in_column(*signatory) for signatory in signatories), units[0].span)
        if len(units) > 1 and _is_valediction(units[0]):  # a letter's: its leave-taking, its signatories
            # (and a despatch's addressee at its foot, under them: "The Right Honourable" / "A. Creech Jones, …" /
            # "Secretary of State for the Colonies,", which had been a signatory, and a person "honourable")
            addressee = len(units) > 2 and len(units[-1].lines) >= 2 and units[-1].text[:4] == "The " \
                and _ADDRESSEE_STYLE.fullmatch(units[-1].lines[0][1]) is not None
            signatories = units[1:-1] if addressee else units[1:]
            return Closer(tuple(self._letter_signature(unit) for unit in signatories),  # (page turns in them)
                          Span(units[0].start, units[-1].end), self.inline.parse(units[0].joined()),
                          tuple(self.inline.parse(units[-1].joined())) if addressee else ())
        if _SIGNED_MARK.match(units[0].text):  # "/s/ Robert L. Hammond" / "Colonel, USA": a signatory a block
            return Closer(tuple(self._letter_signature(unit, first_of_closing=not index)
                                for index, unit in enumerate(units)), Span(units[0].start, units[-1].end))
        typed = _typed_name_and_office(units[0]) if len(units) == 1 else None
        if typed == "first":  # a name, and its office as written
            return Closer((self._letter_signature(units[0], first_of_closing=True),), units[0].span)
        if typed == "last":  # an office, and the name under it
            return Closer((self._office_over_name(units[0]),), units[0].span)
        if _stacked_signatories(units):
            return Closer(tuple(self._signatory_in_column(*_stacked_signatory(unit)) for unit in units),
                          Span(units[0].start, units[-1].end))
        if _offices_over_names(units):  # (the page turn between them theirs: the offices had been persons of their own)
            second = self._office_over_name(units[1])
            second = Signed(None, (*units[1].before, *second.content), second.span)
            return Closer((self._office_over_name(units[0]), second), Span(units[0].start, units[-1].end))
        # The page turns between the closing's units are in it (the one before its first is before it).
        joined = Joined.of([part for index, unit in enumerate(units)
                            for part in (unit.parts if not index else [*unit.before, *unit.parts])])
        text = joined.text
        label_match = rules.SIGNATURE_LABEL.match(text)
        label_end = label_match.end() if label_match else 0
        cuts = [m.end() for m in _SLASH_NAME.finditer(text, label_end)]
        line_ends: list[int] = []  # (where each signatory's lines end, after a label: its name's line the first)
        signing_rules: list[int] = []  # (where a rule to sign on ends, over a signatory's name)
        if not cuts:
            # No typed names between slashes: one signature a line.
            ends: list[tuple[int, str]] = []  # (where a line ends, the line)
            position = 0
            for unit in units:
                for _offset, line in unit.lines:
                    position = text.find(line, position) + len(line)
                    ends.append((position, line))
            # A label run over two lines ("Recorded by" / ": Prof. …") is the first signature's: no line inside it
            # ends one (its colon had been the second signature's words too).
            ends = [(cut, line) for cut, line in ends if cut > label_end]
            # A rule or dots alone on their line, to sign on, are the signatory's under them ("_____________" /
            # "Martha Klinger, Clerk of the Board": the rule had been a signatory of its own, nobody's).
            signing_rules = [cut for (cut, line), following in zip(ends, ends[1:]) if line[:1] in _SIGNING_RULE_FIRST
                             and _BLANK_TO_FILL.fullmatch(line) and _opens_a_signature(following[1])]
            if signing_rules:
                ruled_off = set(signing_rules)
                ends = [here for here in ends if here[0] not in ruled_off]
            # The editor's mark of a signature alone on its line is the name's under it ("[signature]" / "W.
            # Ulbricht": they had been two signatories, the mark nobody's). (The source's own "(Signature)" stays one.)
            ends = [here for here, following in zip(ends, [*ends[1:], None])
                    if following is None or here[1][:1] != "[" or not rules.SIGNATURE_LINE.match(here[1])
                    or _SLASH_NAME.search(here[1]) or not _opens_a_signature(following[1])]
            if label_match:
                line_ends = [cut for cut, _ in ends]
                # Under a label, a line that names no one is the signatory's above it, a rank or an office ("Signed:"
                # / "J. M. R. COLEBROOK" / "Brig" / "Comd 4 Bde": each had been a signatory, "Brig" a person).
                ends = [here for here, following in zip(ends, [*ends[1:], None])
                        if following is None or _opens_a_signature(following[1])]
            elif len(ends) > 1:
                # An office alone under a name is that signatory's, no signatory of its own ("BERNARD DOCKER" /
                # "Chairman.", which had made a person "Chairman.").
                offices = [cut for (cut, _), following in zip(ends, ends[1:])
                           if not _opens_a_signature(following[1]) and _an_office_signed(following[1])]
                if offices:
                    line_ends = offices
                    under = set(offices)
                    ends = [here for here in ends if here[0] not in under]
            cuts = [cut for cut, _ in ends] or [len(text)]
        signatures = []
        start = 0
        for index, cut in enumerate(cuts):
            end = len(text) if index == len(cuts) - 1 else cut
            piece_start = start
            label = None
            if index == 0 and label_match:
                label = text[:label_end]
                piece_start = label_end
            elif (mark := rules.SIGNATURE_LABEL.pattern.match(text, start + len(text[start:end]) - len(
                    text[start:end].lstrip()))) is not None:
                label = text[start:mark.end()].strip()  # (each signatory's mark: "Fdo.: A. Ruiz" / "Fdo.: M. Ortega")
                piece_start = mark.end()
            elif (field := _SIGNATURE_FIELD.match(text, start)) is not None:
                # a statement's fields under the signature: "Name: Joanna Mary Field", "Date: 14 March 2023" (the
                # name had been a person "Name: Joanna Mary Field", the date a signatory's)
                label = text[start:field.end()].strip()
                piece_start = field.end()
            k = bisect_right(line_ends, piece_start)  # (the lines' ends are in order: found by halves)
            name_end = line_ends[k] if k < len(line_ends) and line_ends[k] < end else end  # (its rank or office below)
            rule_end = None
            if signing_rules:  # (the first rule past the piece's start, found by halves: they are in order)
                k = bisect_right(signing_rules, piece_start)
                rule_end = signing_rules[k] if k < len(signing_rules) and signing_rules[k] < name_end else None
            ruled: tuple[Inline, ...] = ()
            if rule_end is not None:  # the rule as written, then the name under it
                ruled = tuple(self.inline.parse(joined, piece_start, rule_end))
                piece_start = rule_end
            piece = joined.slice(piece_start, name_end)
            content = (*ruled, *self._signature_content(piece)) if ruled else self._signature_content(piece)
            if name_end < end:
                content = (*content, *self.inline.parse(joined, name_end, end))
            if content or label:
                signatures.append(Signed(label, content, joined.span(start, max(end, start + 1))))
            start = end
        return Closer(tuple(signatures), Span(units[0].start, units[-1].end))

    def _signatory_in_column(self, pieces: list[tuple[int, str]], name: int, name_start: int, name_end: int) -> Signed:
        """A signatory of signatures side by side: its column's pieces top to bottom, a line each (``_side_by_side``),
        the name (``pieces[name]``, from ``name_start`` to ``name_end`` in it, after a mark of signature, "f.to") a
        person's, what is over and under it as written."""
        joined = Joined.of(pieces)
        offset = pieces[name][0]
        at = max(start for start, origin in zip(joined.starts, joined.origins) if origin == offset)
        start, end = at + name_start, at + name_end
        content = (*(self.inline.parse(joined, 0, start) if start else ()),
                   *self._signature_content(joined.slice(start, end)),
                   *(self.inline.parse(joined, end) if end < len(joined.text) else ()))
        return Signed(None, tuple(content), Span(pieces[0][0], pieces[-1][0] + len(pieces[-1][1])))

    def _office_over_name(self, unit: Unit) -> Signed:
        """A signatory's office as written, then the name under it ("Secretary of the CC" / "L. Brezhnev")."""
        joined = unit.joined()
        name_at = joined.text.rfind(unit.lines[-1][1])
        content = (*self.inline.parse(joined.slice(0, name_at)), *self._signature_content(joined.slice(name_at)))
        return Signed(None, content, unit.span)

    def _postscript(self, units: list[Unit]) -> Postscript:
        blocks: list[Paragraph | PageBreak] = []
        for index, unit in enumerate(units):
            if index:
                blocks.extend(unit.before)
            blocks.append(Paragraph(self.inline.parse(unit.joined()), unit.span))
        return Postscript(tuple(blocks), Span(units[0].start, units[-1].end))

    def _letter_signature(self, unit: Unit, first_of_closing: bool = False) -> Signed:
        """A letter's signatory: the name on the first line (or a typed name between slashes), what
        follows it (a title, an office) as written."""
        joined = unit.joined()
        text = joined.text
        first = len(unit.lines[0][1])
        # A page turn (a line's number) before it; before the closing's first unit, it is the record's.
        turn = () if first_of_closing else unit.before
        label = rules.SIGNATURE_LABEL.match(text)
        if label is not None:  # (a label of its own among a letter's signatories: "Approved: October 21, 2024")
            if label.end() < first < len(text):  # the name after it on its line, the office under it as written
                # ("Signed      H. Barraclough" / "Chairman of the Bench": the name had been "Signed H. Barraclough")
                return Signed(text[:label.end()], turn + self._signature_content(joined.slice(label.end(), first))
                              + tuple(self.inline.parse(joined, first)), unit.span)
            return Signed(text[:label.end()], turn + self._signature_content(joined.slice(label.end())), unit.span)
        if _SLASH_NAME.search(text) or rules.SIGNATURE_LINE.match(text):
            return Signed(None, turn + self._signature_content(joined), unit.span)
        at = 0
        for _, line in unit.lines:
            at = text.find(line, at)
            mark = rules.SIGNATURE_LABEL.match(line) if at else None
            if mark is not None:  # the office, then the name after the mark of a signature: "Le Chef du Service du
                # Protocole" / "(signé) J. de Beaumarchais"
                name_at = at + mark.end() + len(line[mark.end():]) - len(line[mark.end():].lstrip())
                return Signed(None, turn + tuple(self.inline.parse(joined, 0, name_at))
                              + self._signature_content(joined.slice(name_at)), unit.span)
            at += len(line)
        rest = tuple(self.inline.parse(joined, first)) if first < len(text) else ()
        return Signed(None, turn + self._signature_content(joined.slice(0, first)) + rest, unit.span)

    def _signature_content(self, piece: Joined) -> tuple[Inline, ...]:
        """A signature's inline content, with typed names (``/A. Vyshinskii/``) as person names.

        Without slashes, a signature that is only text ("A.V.", "Pyotr Ivanov") is the name itself.
        """
        nodes = self.inline.parse(piece)
        lead = 1 if len(nodes) == 3 and type(nodes[0]) is Text and nodes[0].text.isspace() else 0
        if len(nodes) - lead == 2 and type(mark := nodes[lead]) is Editorial \
                and mark.convention in _MARKS_BEFORE_A_NAME and type(nodes[-1]) is Text \
                and not _SLASH_NAME.search(nodes[-1].text):
            # the mark, then the name after or under it: "[signature]" / "W. Ulbricht", "[illegible] Wójcik" (the
            # name had been no one's; a closing of no one's, a paragraph)
            return (*nodes[:lead + 1], *self._bare_name(nodes[-1]))
        if rules.SIGNATURE_LINE.match(piece.text) and not _SLASH_NAME.search(piece.text):
            signed = _SIGNED_MARK.match(piece.text)
            if signed is not None and len(nodes) == 1 and isinstance(nodes[0], Text):
                # The typed mark of a signature, then the name: "/s/ Robert L. Hammond".
                typed, at = nodes[0], signed.end()
                name = typed.text[at:].rstrip()
                return (Text(typed.text[:at], _sub_span(typed, 0, at)),
                        PersonName(name, self.registry.resolve(name), _sub_span(typed, at, at + len(name))),
                        *((Text(typed.text[at + len(name):], _sub_span(typed, at + len(name), len(typed.text))),)
                          if at + len(name) < len(typed.text) else ()))
            return tuple(nodes)  # "(Signature)": the mark of a signature, nobody's name
        if all(isinstance(n, Text) for n in nodes) and not any(_SLASH_NAME.search(n.text) for n in nodes):
            return tuple(out for node in nodes for out in self._bare_name(node))
        out: list[Inline] = []
        for node in nodes:
            if not isinstance(node, Text):
                out.append(node)
                continue
            at = 0
            for match in _SLASH_NAME.finditer(node.text):
                name = match.group(1).strip()
                name_at = match.start(1) + (len(match.group(1)) - len(match.group(1).lstrip()))
                out.append(Text(node.text[at:name_at], _sub_span(node, at, name_at)))
                out.append(PersonName(name, self.registry.resolve(name), _sub_span(node, name_at, name_at + len(name))))
                at = name_at + len(name)
            out.append(Text(node.text[at:], _sub_span(node, at, len(node.text))))
        return _merge([n for n in out if not (isinstance(n, Text) and not n.text)])

    def _bare_name(self, node: Text) -> list[Inline]:
        stripped = node.text.strip()
        # (words of an office after a comma no name's: "D. S. McEACHRAN, Clerk of Assembly.")
        name_words = stripped.partition(",")[0].split() if "," in stripped else stripped.split()
        if not stripped or len(name_words) > 5 or any(c.isdigit() for c in stripped) \
                or _BLANK_TO_FILL.search(stripped):
            # A line of the closing that names nobody ("Approved in S on 3/8/73"), or a blank to sign on
            # ("Signed: ........ Chairman   Date: ........", which had been a person of that name)
            return [node]
        lead = node.text.index(stripped)
        # (not a given name and its middle initial: "EDWARD M. CARTER")
        office = None if _WRITTEN_OUT_NAME.fullmatch(stripped) or _NAME_IN_CAPITALS.fullmatch(stripped) \
            else _OFFICE_BEFORE_INITIALS.match(stripped)
        if office is not None:  # "Секретарь ЦК Л. Брежнев": the office, then the name by its initials
            lead += office.end()
            stripped = stripped[office.end():]
        comma = stripped.find(",")
        if comma > 0 and _an_office_signed(stripped[comma + 1:]):
            stripped = stripped[:comma]  # "Margaret Halloran, Chair": the office no part of the name (it had made a
            # person "#margaret-halloran-chair", beside the register's Margaret Halloran)
        return _named(node, lead, lead + len(stripped), self.registry.resolve(stripped))

    # -- after the record

    def _back_item(self, unit: Unit) -> Footnote | Paragraph:
        joined = unit.joined()
        head = _note_head(unit.text)
        if head is None:
            return Paragraph(self.inline.parse(joined), unit.span)
        number, end, printed = head
        label = unit.text[:end].rstrip() if printed else None  # "1." or "[1]" as printed; "1" is the number
        return Footnote(number, self.inline.parse(joined, joined.index(end)), unit.span, label)


# ------------------------------------------------------------------ helpers


_OPENER_KINDS = frozenset({"title", "dateline", "classification", "salute", "address", "reference"})
_REFERENCE_FIRST = frozenset("NR№AČ")  # (what rules.REFERENCE_NUMBER opens with)
# A label alone on its line over lines indented under it ("CONTENTS:", "DISTRIBUTION:", "Copies to:"): up to four words.
_LABEL_ALONE = re.compile(r"[A-Z][\w.'’&/-]*(?: [\w.'’&/-]+){0,3}:")
# A sentence that ends naming those present, the list under it ("… Present were:", "The following were present:").
_PRESENT_AT_END = re.compile(r"(?:\b(?:[Pp]resent|PRESENT|[Aa]ttending)(?: (?:were|are|was))?|\bwere (?:present|in "
                             r"attendance)|\b[Ii]n attendance(?: were)?):$")
_ADDRESS_LINES = (2, 6)  # a letter's inside address: this many short lines, the greeting right below them
_SHORT_LINE = 60  # characters: a line of an address, of a participants list (a name, a title, a side), of a heading


_SURNAME = re.compile(r"[^\W\d_][^\W\d_'’-]+")
_MONTH_WORDS = frozenset(re.sub(r"\\\.", "", rules.MONTHS).lower().split("|"))


def _interview_named(classified: list[_Classified]) -> dict[str, str]:
    """The surnames an oral history's head gives in full, each → the full name: the one interviewed ("Oral History
    Interview with" / "DEAN ACHESON") and those interviewing, under it ("By Theodore A. Wilson and Richard D.
    McKinzie"), whose turns the surnames alone label ("ACHESON:", "McKINZIE:", which had been persons of their own, the
    full names no one's). Only a head that names both; no roles ("A:" under "Interview with Adam Quincy Smith" is the
    answers' label, not Adam's)."""
    named: dict[str, str] = {}
    interviewers = False
    for item in classified[:_HEAD_UNITS]:
        if item.kind == "turn":
            break
        text = item.unit.text
        if "nterview" not in text and text[:3] != "By ":
            continue
        text = " ".join(text.split())
        found = _INTERVIEW_WITH.search(text)
        if found is not None:
            names = [found.group(1)]
        elif (found := _INTERVIEWED_BY.fullmatch(text)) is not None and named:  # (under the one interviewed)
            names, interviewers = _AND_OR_COMMA.split(found.group(1)), True
        else:
            continue
        for name in names:
            if _find_name(name) == (0, len(name)) and " " in name:
                named.setdefault(name_key(name.rsplit(None, 1)[-1]), name)
    return named if interviewers else {}


_INTERVIEW_WITH = re.compile(r"(?i:interview\s+with)\s+([^\W\d_][\w.'’-]*(?:\s[^\W\d_][\w.'’-]*){1,3})$")
_INTERVIEWED_BY = re.compile(r"(?:By|(?:Interviewed|Conducted)\s+by)\s+([^\W\d_][\w.'’ ,-]{3,120})")
_AND_OR_COMMA = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")


def _initials_named(classified: list[_Classified]) -> dict[str, str]:
    """What a one-letter label stands for: the one name in the record's head (its title, fields, participants,
    before the first turn) that begins with that letter ("D:" and "K:" under "Ambassador Dobrynin/Secretary
    Kissinger"); and initials, the one name of two or three words they begin ("MB:" under "Interview with Mary
    Brown"). A letter or initials that begin two names, or none, stand for themselves."""
    names: dict[str, set[str]] = {}
    given: dict[str, set[str]] = {}  # initials written in brackets after the name they stand for
    for item in classified:
        if item.kind == "turn":
            break
        text = item.unit.text
        matches = list(_SURNAME.finditer(text))
        # A nickname in quotes between a name's words, no word of the name's initials ('Ernesto "Che" Guevara':
        # "E.G.", whose run it had broken)
        nicknames = [m.span() for m in NICKNAME.finditer(text)] if '"' in text or "“" in text or "‘" in text else ()
        if nicknames:  # (the spans in order, none inside another: each word's the one opened last before it)
            opened = [a for a, _ in nicknames]
            matches = [m for m in matches
                       if not ((k := bisect_right(opened, m.start() - 1)) and m.start() < nicknames[k - 1][1])]
        run: list[str] = []  # names' words one after another ("Mary Brown"): their initials stand for them ("MB:")
        for letters, name in _initials_given(text) if "(" in text else ():
            given.setdefault(letters, set()).add(name)
        for index, match in enumerate(matches):
            word, folded = match.group(), match.group().lower()
            # A name in capitals only after its title ("BETWEEN DR. KISSINGER AND AMBASSADOR DOBRYNIN").
            after_title = index and matches[index - 1].group().lower() in TITLES
            named = word[:1].isupper() and (not word.isupper() or after_title) \
                and folded not in TITLES and folded not in NOT_NAMES and folded not in _MONTH_WORDS
            if named:
                names.setdefault(word[0], set()).add(word)
            elif folded in TITLES and index and matches[index - 1].group().lower() == "the" \
                    and text[match.end():match.end() + 1] in ("/", ",", "") and word[:1].isupper():
                # An office alone is a name too: "P:" under "The President/Secretary Kissinger"
                names.setdefault(word[0].upper(), set()).add(f"The {word}")
            between = text[matches[index - 1].end():match.start()] if run else ""
            if nicknames and run and NICKNAME.fullmatch(between.strip()):
                run[-1] = f"{run[-1]} {between.strip()}"  # (kept with the name as written: 'Ernesto "Che" Guevara')
                between = " "
            if named and run and not between.strip():
                run.append(word)
            elif named and run and _MIDDLE_INITIAL.fullmatch(between):
                run.extend((between.strip(), word))  # "George T. Abernathy": "GTA:" his (it had been no one's)
            else:
                _initials_of(run, names)
                run = [word] if named else []
        _initials_of(run, names)
    # (An interview's Q, A and I are its question, answer and interviewer, whoever's names begin so.)
    found = {letters: next(iter(words)) for letters, words in names.items()
             if len(words) == 1 and letters not in ("Q", "A", "I")}
    found.update((letters, next(iter(words))) for letters, words in given.items() if len(words) == 1)
    return found


def _initials_given(text: str) -> list[tuple[str, str]]:
    """The initials written in brackets after the names they stand for, each with its name."""
    given = []
    for bracket in _GIVEN_INITIALS.finditer(text):
        # "Joanna Sutcliffe, Chief Executive (JS)": "JS:", "JS reported …" hers, whatever else they begin
        # (looked for near the bracket only, after the entry before it: a long head of such entries had been read
        # from its start for each bracket, the time growing with the square of its length)
        at = bracket.start()
        reach = max(0, at - _NAME_REACH)
        line_start = max(text.rfind("\n", reach, at), text.rfind(";", reach, at), text.rfind(")", reach, at)) + 1 \
            or reach
        # (a middle initial a word too: "George T. Abernathy (GTA)", whose "GTA:" had been a person of its own; and
        # an initial before the surname, "Dr H. Okafor (HO)", whose "HO:" had been a person "#ho" beside "#okafor")
        name = _initialled_name(text, line_start, bracket.start(), bracket.group(1))
        if name is not None:
            given.append((bracket.group(1), name))
    return given


def _initialled_name(text: str, start: int, end: int, letters: str) -> str | None:
    """The name whose words the initials begin, the nearest before ``end`` (what the person is may stand between
    them: "Joanna Sutcliffe, Chief Executive (JS)")."""
    before = [m for m in _INITIALLED_WORD.finditer(text, start, end)]
    for first in range(len(before) - len(letters), -1, -1):
        words = [m.group() for m in before[first:first + len(letters)]]
        name = text[before[first].start():before[first + len(letters) - 1].end()]  # ("Marsh-Jones" whole)
        if "".join(word[0] for word in words) == letters and all(word[:1].isupper() for word in words) \
                and all(char.isalpha() or char in " -'’" or char == "." and name[k - 1].isupper()
                        and (name[k - 2:k - 1] == " " or k == 1) for k, char in enumerate(name)):
            return name
    return None


_NAME_REACH = 160  # characters before initials in brackets where the name they stand for is looked for
# A name's word, a middle initial too ("T" in "George T. Abernathy").
_INITIALLED_WORD = re.compile(r"[^\W\d_][^\W\d_'’-]*")
# Initials in brackets after a name and what the person is, as a board's minutes list its members ("(JS)").
_GIVEN_INITIALS = re.compile(r"\(([^\W\d_a-z]{2,4})\)")


_MIDDLE_INITIAL = re.compile(r"[ \t]+[A-Z]\.[ \t]+")  # between a forename and a surname: " T. "
_DOTTED_INITIALS = re.compile(r"(?:[A-Z]\.){2,3}")  # a label's initials with their full stops: "E.G."
_NOT_INITIALS = frozenset({"N.B.", "P.S.", "P.P.S.", "I.E."})  # (a note's labels, no listed person's: "N.B.: …")


def _initials_of(run: list[str], names: dict[str, set[str]]) -> None:
    """Each name of two or three words in a run of names' words, under its initials ("Mary Brown": "MB"; "George T.
    Abernathy": "GTA", a middle initial within the name, never at its ends)."""
    for size in (2, 3):
        for start in range(len(run) - size + 1):
            words = run[start:start + size]
            if words[0][-1] == "." or words[-1][-1] == ".":
                continue
            names.setdefault("".join(word[0] for word in words).upper(), set()).add(" ".join(words))


def _opens_note(line: str, markers: set[str]) -> bool:
    """A line at a page's foot that opens a note: a number a marker of the page gives, then the note."""
    match = rules.FOOTNOTE_BODY.match(line)
    return match is not None and match.group(1) in markers


def _notes_of(unit: Unit, markers: set[str]) -> list[Unit]:
    """The unit cut into its notes: each line that opens with a marker's number opens one ("1 …" / "2 …")."""
    parts = unit.parts
    cuts = [k for k, part in enumerate(parts) if k and type(part) is tuple and _opens_note(part[1], markers)]
    return _cut(unit, cuts) if cuts else [unit]


def _quoted_texts(classified: list[_Classified]) -> dict[int, int]:
    """Where a quoted text opens and closes: the item ending with "Begin text." → that of "End text." (a text
    between them at least)."""
    quotes: dict[int, int] = {}
    k = 0
    while k < len(classified):
        item = classified[k]
        if item.kind in ("paragraph", "turn", "statement", "direction") and rules.BEGIN_TEXT.match(item.unit.text):
            end = next((j for j in range(k + 2, len(classified)) if classified[j].kind == "paragraph"
                        and rules.END_TEXT.match(classified[j].unit.text)), None)
            if end is not None:
                quotes[k] = end
                k = end
        k += 1
    return quotes


def _notes_in_sequence(unit: Unit) -> list[Unit]:
    """A unit of notes one to a line, with no blank line between them ("1 The ANZUS Treaty." / "2 The SEATO
    Council."), cut into its notes: a line opens the next note when it opens with the next number, so that a
    note's line that starts with a number ("12 September …") stays in its note; or with the first of a series
    of signs ("* Ratified later." under "² Signed …")."""
    head = _note_head(unit.text)
    if head is None or len(unit.lines) < 2:
        return [unit]
    form = _note_form(unit.text, head)
    cuts, expected = [], rules.next_note(head[0])
    for k, part in enumerate(unit.parts):
        if k and type(part) is tuple:
            line = part[1]
            opens = _note_head(line)
            if opens is None:
                continue
            # The next number, printed as the first note's is ("2." under "1."; "3 May" under "1." is words).
            if opens[0] == expected and _note_form(line, opens) == form:
                cuts.append(k)
                expected = rules.next_note(expected)
            elif opens[0] in ("*", "†") and opens[0] != head[0]:
                cuts.append(k)
                form, expected = _note_form(line, opens), rules.next_note(opens[0])
    return _cut(unit, cuts) if cuts else [unit]


def _bulleted(units: list[Unit], k: int) -> bool:
    """Lines opening with one sign, twice or more, in one unit or in units one after another ("* Wheat" /
    "* Rice", each a list's item): a list's bullets, no notes."""
    signs = [line[:2] for _, line in units[k].lines if line[:1] in "*†‡"]
    if len(signs) >= 2:
        return len(set(signs)) == 1
    return bool(signs) and any(0 <= j < len(units) and units[j].text[:2] == signs[0] for j in (k - 1, k + 1))


def _note_form(text: str, head: tuple[str, int, bool]) -> str:
    """How a note's number is printed: "1." and "2." alike, "[1]", "1", "¹", "*" (figures as "#", raised ones
    "^", signs "+": "*" and "**" alike)."""
    return _NUMBER_AS_PRINTED.sub(lambda m: "#" if m.group().isdecimal() else "+" if m.group()[0] in "*†‡" else "^",
                                  text[:head[1]].rstrip())


_NUMBER_AS_PRINTED = re.compile(f"\\d+|[{rules.SUPERSCRIPT_FIGURES}]+|\\*+|[†‡]")


def _note_head(text: str) -> tuple[str, int, bool] | None:
    """A note's number at its head ("1 …", or as printed under a notes heading: "1. …", "[1] …"): the number,
    where the note's words start, and whether it is printed with a sign."""
    match = rules.FOOTNOTE_BODY.match(text)
    if match is not None:
        number = match.group(1)
        return (number, match.end(), False) if number.isdecimal() else (rules.figures(number), match.end(), True)
    match = rules.NOTE_BODY_PRINTED.match(text)
    return None if match is None else (match.group(1) or match.group(2), match.end(), True)


def _note_markers(text: str) -> list[str]:
    """The numbers of the notes' markers in ``text`` as a note's head prints them: "1" for "[1]", "¹" for "¹" (a
    marker in one form names no note headed in the other)."""
    return rules.FOOTNOTE_MARKER.findall(text) + [m.group() for m in rules.unbracketed_markers(text)]


def _raised_notes(units: Iterable[Unit]) -> frozenset[str]:
    """The numbers of the notes printed with superscript figures or signs ("¹ The Austrian State Treaty.", "* Not
    sent."), whose markers in the text ("treaty¹", "ratified.*") are theirs; raised figures or signs with no such
    note are the text's own ("m²")."""
    numbers = set()
    for unit in units:
        for _, line in unit.lines:
            match = rules.FOOTNOTE_BODY.match(line)
            if match is not None and not match.group(1).isdecimal():
                numbers.add(rules.figures(match.group(1)))
    return frozenset(numbers)


def _note_number(text: str) -> str | None:
    head = _note_head(text)
    return None if head is None else head[0]


def _plain_lines(unit: Unit, fewest: int, most: int) -> list[str] | None:
    """The unit's lines, if it has ``fewest`` to ``most`` of them and no page turn or line's number among them:
    the shape every block of a record's head is tested on first."""
    parts = unit.parts
    if not fewest <= len(parts) <= most or any(type(part) is not tuple for part in parts):
        return None
    return [line for _, line in parts]


def _title_over_dateline(unit: Unit, place_below: bool = False) -> int:
    """A first block of two to four lines: a title of one to three lines (no sentence's end), and a dateline
    under it ("TELCON" / "Ambassador Dobrynin/Secretary Kissinger" / "March 3, 1973, 10:15 a.m."); or of up to six,
    the place on a line under the date ("Security Council" / "8334th meeting" / "Wednesday, 29 August 2018, 10 a.m."
    / "New York", as the United Nations' verbatim records head them), in the block or the next (``place_below``).
    How many of the block's lines the dateline takes; 0: none."""
    lines = _plain_lines(unit, 2, 7)
    if lines is None:
        return 0
    placed = len(lines) >= 3 and _is_place_under_date(lines[-1])
    if len(lines) - placed > (5 if placed or place_below else 3) + 1:
        return 0
    *title, dateline = lines[:-1] if placed else lines
    if title[-1].rsplit(None, 1)[-1].casefold() in rules.SMALL_WORDS:
        return 0  # the title runs on into the line under it ("… of the" / "Hungarian Workers' Party, 12 July 1956")
    if not all(len(line) <= 120 and not line.endswith((".", ",", ";", ":", "?", "!", "-")) for line in title) \
            or len(dateline) > 90 or rules.DATELINE.match(dateline) is None \
            or dateline.endswith(".") and not dateline.endswith(("a.m.", "p.m.", "A.M.", "P.M.", " г.")):
        return 0
    return 2 if placed else 1


_PLACE_UNDER_DATE = re.compile(r"[^\W\d_][\w.'’-]*"
                               r"(?:,?\s+(?:(?:de|des|du|of|the|la|le|am|an)\s+)?[^\W\d_a-z][\w.'’-]*){0,3}")


def _is_place_under_date(line: str, abbreviated: bool = False) -> bool:
    """A place on its own line under a record's date (or above it): capitalised words, four at most ("New York",
    "Palais des Nations, Geneva"); not a classification ("SECRET") nor a sentence. ``abbreviated``: its last word may
    be an abbreviation's letters and full stops ("Washington, D.C.")."""
    return len(line) <= 40 and _PLACE_UNDER_DATE.fullmatch(line) is not None and line[0].isupper() \
        and rules.CLASSIFICATION.match(line) is None \
        and (not line.endswith(".") or abbreviated and _ABBREVIATED_END.search(line) is not None)


_ABBREVIATED_END = re.compile(r"(?:^|\s)(?:[A-Z]\.){2,}$")  # ("D.C.", "U.K.")


# Words that name a record, not the office whose paper it is on: a block with one is a title, not a letterhead.
_RECORD_WORDS = re.compile(r"\b(?:MEMORANDUM|MEMCON|TELCON|RECORD|MINUTES|NOTES?|TELEGRAM|CABLE|LETTER|TRANSCRIPT|"
                           r"CONVERSATION|SUMMARY|REPORT|MEETING|TALKS?|INTERVIEW|DISCUSSION|CONFERENCE|BRIEFING|"
                           r"HEARINGS?|PROCEEDINGS|STATEMENT|REMARKS|PROTOCOL|DEBATE|SESSION|BETWEEN|WITH|"
                           # and in the other languages whose records the encoder reads, as their titles write them
                           r"VERSIÓN|CONVERSACIÓN|ACTA|ENTRETIEN|COMPTE RENDU|PROCÈS-VERBAL|NIEDERSCHRIFT|"
                           r"AUFZEICHNUNG|VERMERK|PROTOKOLL|GESPRÄCH|RESOCONTO|COLLOQUIO|VERBALE|STENOGRAMA|"
                           r"ZABELEŠKA|ZÁZNAM|ZÁPIS|NOTATKA|PROTOKÓŁ|PÖYTÄKIRJA|MUISTIO|JEGYZŐKÖNYV|FELJEGYZÉS|"
                           r"BIÊN BẢN|ЗАПИСЬ|БЕСЕДЫ|ПРОТОКОЛ|СТЕНОГРАММА|СТЕНОГРАМА|ЗАСІДАННЯ|ЗАСЕДАНИЕ)\b")


# What a record calls itself at the head of its first line ("Interview with Maria Lopez, 14 March 2021").
_RECORD_OPENING = re.compile(r"(?i:(?:(?:telephone|summary|verbatim|provisional(?:\s+verbatim)?|official|"
                             r"oral\s+history|stenographic|stenographische[rs]?|stenografische[rs]?)\s+)?"
                             r"(?:interview|conversation|record|memorandum|minutes|transcript|hearings?|proceedings|"
                             r"debate|session|briefing|(?:press|news)\s+conference|testimony|deposition|"
                             r"notes?|meeting|talks|discussion|telcon|memcon|compte\s+rendu|procès-verbal|entretien|"
                             r"aufzeichnung|niederschrift|vermerk|gespräch|protokoll|bericht|colloquio|verbale|resoconto|"
                             r"conversación|acta|memorándum|запись|протокол|стенограмма|беседа|"
                             # Swedish, Danish and Norwegian, Finnish, Hungarian, Romanian, Turkish
                             r"samtal|samtale|promemoria|referat|keskustelu|muistio|feljegyzés|jegyzőkönyv|"
                             r"notă|stenograma|görüşme|tutanak|"
                             # Polish, Czech, Dutch, Portuguese
                             r"notatka|sprawozdanie|stenogram|protokół|záznam|zápis|stenozáznam|handelingen|"
                             r"verslag|notulen|gespreksverslag|ata|memorando|registro\s+de\s+conversa))\b")

# What the words before a first line's date are when they are its title, not a place ("Visit of the Prime Minister
# to Moscow, 12 May 1975", not "Newcastle upon Tyne, 12 May 1975"): five words or more, two of them a sentence's small
# words, and not a building's or an office's name ("Ministry of Foreign Affairs of the USSR, 12 May 1975").
_PLACE_NAMED = re.compile(r"(?i:ministry|ministère|ministerium|ministerio|ministero|office|bureau|embassy|ambassade|"
                          r"botschaft|embajada|ambasciata|consulate|legation|mission|palace|palais|palast|palazzo|"
                          r"palacio|house|hall|hotel|hôtel|residence|résidence|château|department|headquarters|"
                          r"chancellery|chancellerie|kanzleramt|kremlin)\b")
_FIGURE = re.compile(r"\d")


def _titled_date(line: str) -> bool:
    """A first line whose words before its date (after its last comma there) are a title's, not a place's; or
    whose words before its date name what the record is ("Dáil Éireann debate - Tuesday, 7 March 2023")."""
    figure = _FIGURE.search(line)
    lead = line[:figure.start()] if figure else line
    if _RECORD_WORD.search(lead) is not None:
        return True
    parts = [part for part in lead.split(",") if len(part.split()) > 1 or len(part.strip()) > 3]
    words = parts[-1].split() if parts else []
    return len(words) >= 5 and sum(word.lower() in rules.SMALL_WORDS for word in words) >= 2 \
        and _PLACE_NAMED.match(parts[-1].strip()) is None


_RECORD_WORD = re.compile(r"\b" + _RECORD_OPENING.pattern)  # (anywhere in a line)

# The words of an office before a signatory's initials and surname ("Секретарь ЦК " in "Секретарь ЦК Л. Брежнев").
_OFFICE_BEFORE_INITIALS = re.compile(r"(?:[^\W\d_][\w'’-]*\s+){1,4}(?=(?:[^\W\d_]\.\s?){1,3}[^\W\d_][\w'’-]+$)")
_YEAR = re.compile(r"\b(?:1[5-9]|20)\d\d\b")  # a date's ("MARCH 6, 1973"): a dateline, not the paper's


def _is_letterhead(unit: Unit, following: Unit) -> bool:
    """A first block of up to four short lines in capitals, naming an office and its place and no record
    ("THE WHITE HOUSE" / "WASHINGTON"), above a title, a date or fields (one line, above a title: "DEPARTMENT
    OF STATE" / "NEWS CONFERENCE …"): the paper's printed head, not the record's title or its first words (a
    telegram's are in capitals too)."""
    lines = _plain_lines(unit, 1, 4)
    if lines is None or following.text in _HEARING_WORDS:
        return False  # (a hearing's title over its word: "OVERSIGHT OF FEDERAL INLAND WATERWAY LOCKS" / "HEARING")
    titled = _is_title_block(following) or len(following.lines) == 1 and (
        _RECORD_WORDS.search(following.text) or _RECORD_OPENING.match(following.text))  # ("Minutes of the …")
    heads = titled or len(lines) > 1 and (rules.FIELD.match(following.text) or len(following.lines) == 1 and (
        rules.DATELINE.match(following.text) or rules.CLASSIFICATION.match(following.text)))
    if not heads:
        return False
    # (a ministry's name may run longer, and its department's number stand under it: "MINISTRY OF FOREIGN AFFAIRS OF
    # THE POLISH PEOPLE'S REPUBLIC" / "Department IV", above "Warsaw, 14 June 1968")
    return all((len(line) <= 50 or k == 0 and len(line) <= 70 and line[:1] in _OFFICE_HEAD_FIRST
                and _OFFICE_HEAD.match(line)) and (rules.is_upper_line(line) or k and _OFFICE_UNIT.fullmatch(line))
               and not line.endswith((".", ",", ";", ":"))
               and not _RECORD_WORDS.search(line) and not rules.CLASSIFICATION.match(line) and not _YEAR.search(line)
               for k, line in enumerate(lines))


# A ministry's or an office's name, opening a letterhead's first line; a department of it, under it.
_OFFICE_HEAD_FIRST = frozenset("MDOCEFS")
_OFFICE_HEAD = re.compile(r"(?:MINISTRY|MINISTERIUM|DEPARTMENT|OFFICE|CENTRAL COMMITTEE|EMBASSY|FOREIGN OFFICE|"
                          r"SECRETARIAT)\b")
_OFFICE_UNIT = re.compile(r"(?:Department|Division|Section|Office|Bureau|Directorate|Abteilung|Referat|Departament|"
                          r"Wydział|Odbor)\s+[\w.-]+(?:\s+[\w.-]+){0,4}")


_HEARING_WORDS = frozenset({"HEARING", "HEARINGS", "JOINT HEARING", "Hearing", "Hearings"})
_LETTER = re.compile(r"[^\W\d_]")
_WITHOUT_SMALL = str.maketrans("", "", "abcdefghijklmnopqrstuvwxyz")
_WITHOUT_CAPITALS = str.maketrans("", "", "ABCDEFGHIJKLMNOPQRSTUVWXYZ")


def _in_capitals(text: str) -> bool:
    """Whether the transcript is written in capitals throughout, as telegrams were (its first 3,000 characters,
    in ASCII: one small letter in fifty at most). Counted by deleting letters, not by reading each one: this is
    asked of every record."""
    sample = text[:3000]
    if not sample.isascii():
        return False
    small = len(sample) - len(sample.translate(_WITHOUT_SMALL))
    capitals = len(sample) - len(sample.translate(_WITHOUT_CAPITALS))
    return small + capitals >= 100 and small * 50 <= small + capitals


# An interview's letters for its roles: the question is the interviewer's, the answer the one interviewed.
# The letters and abbreviations an interview's transcript labels its roles with ("Q:", "INT:", "IV:", "RESP:", "R:").
_ROLE_LETTERS = {**dict.fromkeys("q i int intv iv ivr".split(), "interviewer"),
                 **dict.fromkeys("a r resp respondent ie ive".split(), "interviewee"), "mod": "moderator",
                 **dict.fromkeys(QUESTION_LABELS, "interviewer"), **dict.fromkeys(ANSWER_LABELS, "interviewee")}


def _role_of(key: str) -> str:
    """The role a speaker's label names in an interview: itself ("interviewer"), or by its letter ("Q")."""
    folded = name_key(key)
    return _ROLE_LETTERS.get(folded, folded)


def _dotted_headings(items: list) -> set[int]:
    """The units (by id) that are lines in capitals ending with a full stop, one phrase each, above words in small
    letters, two at least: a record's headings so set ("THE MILITARY SITUATION." / "The Prime Minister said …",
    "SUPPLIES TO FRANCE."), which had been paragraphs, and words of the turn before them. Not a telegram's sentences,
    in capitals as everything in it is."""
    found = set()
    for (unit, number, turn), (following, _, _) in zip(items, items[1:]):
        text = unit.text
        if turn is None and number is None and len(unit.lines) == 1 and text.endswith(".") and ". " not in text \
                and len(text.split()) <= 12 and rules.is_upper_line(text) and not rules.is_upper_line(following.text) \
                and not rules.PARTICIPANTS_LABEL.match(text):
            found.add(id(unit))
    return found if len(found) >= 2 else set()


def _dotted_heading(text: str, before: list[_Classified]) -> bool:
    """A line in capitals ending with a full stop, where the record's title, its first block, is so set, as a
    nineteenth-century report sets its headings ("IRISH CORPORATIONS."): a heading inside it ("SUPPLY—ARMY
    ESTIMATES.", which had been words of the speaker before it). One phrase of words: not a list of them ("FRANCE.
    ITALY."), nor a label ("PRESENT."), nor under a reference's title ("C.F. 41.")."""
    if not text.endswith(".") or ". " in text or not before or before[0].kind != "heading" \
            or before[0].detail != "title" or rules.PARTICIPANTS_LABEL.match(text):
        return False
    title = before[0].unit.text
    return title.endswith(".") and ". " not in title and rules.is_upper_line(title)


def _classification_block(unit: Unit) -> bool:
    """A block of a classification, and its copy's number or another marking under it ("SECRET" / "Copy No. 1"),
    three lines at most."""
    return len(unit.lines) <= 3 and rules.CLASSIFICATION.match(unit.lines[0][1]) is not None and all(
        rules.COPY_NUMBER.match(line) or rules.CLASSIFICATION.match(line) for _, line in unit.lines[1:])


# What a record sent says it is, opening its first line ("Cable from the Chinese Embassy …", "Telegram to …").
_SENT_OPENING = re.compile(r"(?:(?:Ciphered\s+)?(?:Cable|Telegram)|CABLE|TELEGRAM)\s+(?:from|to|of|FROM|TO)\s")


def _place_alone(item: _Classified) -> bool:
    """A paragraph of one line that is a place alone ("Pyongyang", "Washington, D.C.")."""
    return item.kind == "paragraph" and item.detail is None and len(item.unit.lines) == 1 \
        and _is_place_under_date(item.unit.text, abbreviated=True)


def _first_alone(out: list[_Classified]) -> bool:
    """The record's first block, and after it only the record's notes of what happens, if any ("(Posiedzeniu
    przewodniczy marszałek Sejmu …)")."""
    return len(out) == 1 or bool(out) and out[1].kind == "direction" \
        and all(item.kind == "direction" for item in itertools.islice(out, 2, None))  # (asked at every turn)


def _titled_by_what_follows(out: list[_Classified], lines: int = 2) -> bool:
    """The record's first block, of up to ``lines`` lines with no sentence's end, is its title however it is
    cased, when a dateline, the participants, heading fields or the first turn follows it: made a title heading, and
    True if so (the record's notes of what happens may stand between: "(The meeting opened at 10.05 a.m.)")."""
    if _first_alone(out) and out[0].kind == "paragraph" and out[0].detail is None and _is_plain_title(out[0].unit, lines) \
            and len(out[0].unit.lines) <= lines and _LETTER.search(out[0].unit.text):  # (a number alone is none: "42")
        out[0] = _Classified("heading", out[0].unit, "title")
        return True
    return False


def _date_without_place(before: list[_Classified]) -> bool:
    """Only the record's opening parts so far, and among them a dateline that gives a date and no place."""
    return any(item.detail == "dateline" and item.unit.text[:1].isdigit() for item in before) and _opening_only(before)


# What a record is, opening a line that names it (not a part of it: "STATEMENT OF …" heads a hearing's section).
_RECORD_KIND = re.compile(r"(?:THE\s+)?(?:RECORD|MEMORANDUM|MEMCON|TELCON|MINUTES|NOTES?|TRANSCRIPT|CONVERSATION|"
                          r"TALKS?|DISCUSSION|MEETING|INTERVIEW|TELEGRAM|CABLE|LETTER|PROTOCOL|"
                          # or the body that met, alone on its line ("CC (62) 12th Conclusions" / "CABINET")
                          r"(?:CABINET|POLITBURO|PRESIDIUM|SECRETARIAT)$)\b")


def _names_the_record(unit: Unit) -> bool:
    """A block whose first line says what the record is, no classification under it ("ЗАПИСЬ БЕСЕДЫ" / "с …")."""
    return _RECORD_OPENING.match(unit.text) is not None and not any(
        rules.CLASSIFICATION.match(line) for _, line in unit.lines[1:])


# A hearing's opening: "… in room 4221, New Senate Office Building, Senator J. W. Fulbright (chairman) presiding."
_PRESIDING_SENTENCE = re.compile(r"(?:Senator|Representative|Congressman|Congresswoman|Chairman|Hon\.|Mr\.|Mrs\.|Ms\.)\s+"
                                 r"((?:[A-Z][\w'’-]*\.?\s+){0,3}[A-Z][\w'’-]+)\s*\((chairman|chairwoman|chair)"
                                 r"(?:\s+of\s+the\s+\w+)?\)\s*,?\s*presiding", re.IGNORECASE)


# A board's or a council's opening: "The Board met at 7:30 o'clock, President Halvorsen in the chair.", "Mr. Wendt in
# the chair": "The President:" is Halvorsen's (it had been a person "#president").
_IN_THE_CHAIR_SENTENCE = re.compile(r"(?:\b(President|Chairman|Chairwoman|Chair|Mayor|Moderator|Speaker|"
                                    r"Vice[- ]President|"
                                    r"Warden|Master|Provost|Dean)\s+|\b(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)"
                                    r"(?:[A-Z][\w'’-]*\.?\s+){0,2}[A-Z][\w'’-]+,?\s+in\s+the\s+chair\b")


def _is_place(line: str) -> bool:
    """A place or an office as a record's closing names it, over its date: short, a comma in it, every word
    capitalised ("Cabinet Office, S.W.1.", "Moscow, Kremlin"; not "Yes, indeed.")."""
    return len(line) <= 40 and "," in line and all(word[:1].isupper() or not word[:1].isalpha() for word in line.split())


def _second_title(unit: Unit, before: list[_Classified]) -> bool:
    """Under a title and the opening's parts, a block in capitals that names the record, to three lines, no
    sentence ("FROM THE JOURNAL OF V.M. MOLOTOV" / "SECRET" / "RECORD OF CONVERSATION" / "with …"): a title too."""
    lines = _plain_lines(unit, 1, 3)
    return lines is not None and any(item.detail == "title" for item in before) and _opening_only(before) \
        and (rules.is_upper_line(lines[0]) and _RECORD_KIND.match(lines[0]) is not None
             or _RECORD_KIND_AT_END.search(lines[-1]) is not None) \
        and len(unit.text) <= 200 and not unit.text.endswith((".", ",", ";", ":", "?", "!"))


# What a record is, at the end of a line in the languages that set it there, Korean, Japanese, Chinese ("외교통일위원회
# 회의록", the committee's minutes, under "제370회 국회 (임시회)"; "会谈记录", "議事録").
_RECORD_KIND_AT_END = re.compile(r"(?:회의록|속기록|회의\s?기록|대화록|면담록|记录|記錄|纪要|紀要|議事録|会議録|会談録|記録)$")


def _opening_only(before: list[_Classified]) -> bool:
    """Only the record's opening parts so far: a letterhead, a title, datelines, classifications."""
    return all(item.kind == "letterhead" or item.kind == "heading" and item.detail in _OPENER_KINDS for item in before)


# The style a despatch gives its addressee on the line above the name, at its foot.
_ADDRESSEE_STYLE = re.compile(r"The (?:Right Honourable|Rt\.? Hon(?:ourable|\.)?|Honourable|Hon\.),?")


def _despatch_mark(item: _Classified) -> bool:
    """A despatch's number or classification, a paragraph of one line above its opener ("No. 412.", "CONFIDENTIAL.")."""
    text = item.unit.text
    return item.kind == "paragraph" and item.detail is None and len(item.unit.lines) == 1 and len(text) <= 30 and (
        _DESPATCH_NUMBER.fullmatch(text) is not None or rules.CLASSIFICATION.match(text) is not None)


_DESPATCH_NUMBER = re.compile(r"No\.\s?\d{1,5}\.?")


def _only_classified(before: list[_Classified]) -> bool:
    """Nothing before, or the record's classification only ("SECRET", "Copy No. 1")."""
    return all(item.kind == "heading" and item.detail == "classification" for item in before)


def _only_letterhead(before: list[_Classified]) -> bool:
    """Nothing before, or a letterhead only (which is a record's first block, if it has one)."""
    return not before or len(before) == 1 and before[0].kind == "letterhead"


def _is_title_block(unit: Unit) -> bool:
    """A first block of two or three lines in capitals that names a record, without a sentence's end
    ("MEMORANDUM OF CONVERSATION" / "BETWEEN THE PRESIDENT AND" / "CHAIRMAN BREZHNEV"): the record's title."""
    lines = _plain_lines(unit, 2, 3)
    if lines is None:
        return False
    return _RECORD_WORDS.search(lines[0]) is not None and (not lines[-1].endswith((".", ",", ";", ":"))
                                                           or lines[-1].endswith((" A.M.", " P.M."))) \
        and all(len(line) <= 90 and rules.is_upper_line(line) and not rules.CLASSIFICATION.match(line)
                for line in lines)


def _is_plain_title(unit: Unit, lines: int = 2) -> bool:
    text = unit.text
    return len(unit.lines) <= lines and len(text) <= 200 and not text.endswith((".", ",", ";", ":", "?", "!"))


def _is_address(unit: Unit) -> bool:
    low, high = _ADDRESS_LINES
    return low <= len(unit.lines) <= high and all(len(line) <= _SHORT_LINE for _, line in unit.lines)
_THE_WITNESS = name_key(WITNESS)
_THE_WITNESSES = frozenset({_THE_WITNESS, "zeugin", "zeuge"})  # (and a German court's: "Die Zeugin:")


# A debate's note at a page's foot that the words marked "*[…]" on it are a translation, as India's Constituent
# Assembly Debates print it: "*[ ] Translation of Hindustani speech."; the sign and the empty brackets its label.
_TRANSLATION_NOTE = re.compile(r"(\*\[\s*\])\s+(?=Translation\b|English\s+translation\b)")


# An oral history's index of what was discussed after its last turn, its head alone on a line.
_INDEX_HEADS = frozenset({"list of subjects discussed", "subjects discussed", "list of subjects", "index",
                          "subject index", "index of subjects", "index of names", "name index"})
# An index's entry, its pages after it: "Clayton, William L., 3", "Marshall Plan, 2, 3", "Truman, 1-4".
_INDEX_ENTRY = re.compile(r"[^\d,]+(?:,\s*[^\d,\s][^\d,]*)*,\s*\d+(?:\s*[-–,]\s*\d+)*\.?")


def _index_start(units: list[Unit]) -> int:
    """Where an index of subjects at the record's end starts ("List of Subjects Discussed" / "Clayton, William L.,
    3" / "Marshall Plan, 2, 3"), two entries at least, a line each, no page turn among them; else ``len(units)``
    (it had been words of the last turn, its entries one paragraph)."""
    k = len(units)
    while k > 1 and not units[k - 1].before and all(_INDEX_ENTRY.fullmatch(line) for _, line in units[k - 1].lines):
        k -= 1
    head = units[k - 1]
    if k == len(units) or sum(len(unit.lines) for unit in units[k:]) < 2 or len(head.lines) != 1 or head.before \
            or head.text.rstrip(":").strip().lower() not in _INDEX_HEADS:
        return len(units)
    return k - 1


def _postscript_start(units: list[Unit], end: int) -> int:
    """Where a postscript starts among the last units ("P.S. …"), if one does; else ``end``. And a distribution's
    list after the signature ("[signature]" / "W. Ulbricht" / "Distribution: 1 copy each to … of the" /
    "Politburo"), what follows the closing as a postscript does: it had been signatories, "Politburo" a person."""
    for index in range(max(1, end - 3), end):
        text = units[index].text
        if rules.POSTSCRIPT.match(text) or text[:1] in _DISTRIBUTION_FIRST and (
                _distributed_in_words(text) or _DECODED.match(text)):
            return index
    return end


_MARKS_BEFORE_A_NAME = frozenset({"signature", "illegible"})
# (and a memorandum's "Sent to: Secretary of Defense, Chairman JCS", "Copy to: …", "cc: …" under its signatory: "Sent
# to" and "cc" had been paragraphs, "Copy to" a field, "CC:" a section's heading)
_DISTRIBUTION = re.compile(r"(?:Distribution|DISTRIBUTION|Cop(?:ies|y)\s+to|COP(?:IES|Y)\s+TO|Sent\s+to|SENT\s+TO|cc|CC|"
                           r"Verteiler|Rozdzielnik)\s*:")
_DISTRIBUTION_FIRST = frozenset("DCVRSc")
# A cipher clerk's note under a telegram's signatory ("LAVRENTIEV" / "Decoded: 16.X.48, 05:20. Typed 6 copies."): it had
# made the signatory a section's head.
_DECODED = re.compile(r"(?:Decoded|Deciphered|Decyphered|Decrypted|DECODED|DECIPHERED)\s*:")


def _label_alone_over(grouped: _Classified) -> bool:
    """A fields list of one label alone on its line and no value ("Distribution:")."""
    run = grouped.detail
    return type(run) is list and len(run) == 1 and run[0].kind == "fields" and len(run[0].unit.parts) == 1 \
        and len(run[0].unit.lines) == 1 and _LABEL_ALONE.fullmatch(run[0].unit.text) is not None


def _distributed_in_words(text: str) -> bool:
    """A distribution said in words after its label ("Distribution: 1 copy each to …"); not a list of those it goes
    to under the label, over which a signature closes nothing (``_closer_start``)."""
    label = _DISTRIBUTION.match(text)
    return label is not None and text[label.end():label.end() + 1] in (" ", "\t") and "\n" not in text[:label.end() + 1]


def _is_valediction(unit: Unit) -> bool:
    """A leave-taking of up to four short lines ("I am, Sir," / "your most humble and" / "obedient Servant,", as an
    eighteenth-century letter wraps it), ending with its comma from the third."""
    lines = len(unit.lines)
    return (lines <= 2 or lines <= 4 and unit.text.endswith(",")) and len(unit.text) <= 100 \
        and rules.VALEDICTION.match(unit.text) is not None


def _opens_a_signature(line: str) -> bool:
    """A line that opens a signature of its own: its own label ("Protokollführer:", "Date: …"), or a name up to its
    first comma, two to six words, each capitalised or an initial, no figure, no classification, its last no office's
    ("J. M. R. COLEBROOK", "Robert Dunlop, Mate"; not "Brig", "Comd 4 Bde", "Chairman of the Bench")."""
    if rules.SIGNATURE_LABEL.match(line) or _SIGNATURE_FIELD.match(line) or _DONE_BY.match(line):
        return True
    words = line.split(",", 1)[0].rstrip(".").split()
    return 2 <= len(words) <= 6 and not any(c.isdigit() for c in line) and rules.CLASSIFICATION.match(line) is None \
        and all(word[:1].isupper() or word in NAME_PARTICLES or word[-1:] == "." and len(word) <= 5 for word in words) \
        and words[-1].lower() not in _OFFICE_WORDS and words[-1].lower() not in _POST_WORDS


_DONE_BY = re.compile(r"[A-Z][\w-]+(?:\s+[a-z]+)?\s+by\s*:")  # ("Checked by:", "Typed by:", "Read over by:")


# How far right a signatory's lines stand at the record's end, set apart from its text ("
# BERNARD DOCKER"): further than a memorandum's indented paragraph or name ("        JOHN EARMAN", prose).
_SIGNATURE_INDENT = 20
# A signatory's name opens with a capital or an initial, no article ("The", a heading's).
_SIGNATURE_LINE_START = re.compile(r"(?!(?:The|THE|Of|OF|And|AND)\b)[A-ZÀ-Þ]")


def _indent(text: str, offset: int) -> int:
    """The column a line starts at, the line's ``offset`` in the transcript's ``text``."""
    return offset - (text.rfind("\n", 0, offset) + 1)


def _is_signature_block(unit: Unit) -> bool:
    """A signatory's lines: a name (or a typed one, a signature's mark) first, perhaps an office, each
    short, no sentence: a postscript ("P.S. The papers follow.") is none."""
    if len(unit.lines) > 4 or any(len(line) > 60 for _, line in unit.lines) or unit.text.endswith(
            ("?", "!", ":", ";")):
        return False
    first = unit.lines[0][1]
    if rules.SIGNATURE_LINE.match(first) or _SLASH_NAME.search(first):
        return True
    words = first.split()  # (a firm's too: "Ellery, Fenn & Co.")
    return len(words) <= 6 and all(word[0].isupper() or word in NAME_PARTICLES or word == "&" and k
                                   for k, word in enumerate(words))


# What a telegram's last line in capitals may say besides its sender's name: its end, its classification.
_ENDS = frozenset({"END", "ENDS", "FINIS", "STOP", "NNNN", "BT", "MESSAGE ENDS", "END OF MESSAGE", "END OF TEXT"})


# A typed signatory's name: initials and a surname ("J. S. EARMAN", "R. W. Komer").
_TYPED_NAME = re.compile(r"(?:[^\W\d_]\.(?:-[^\W\d_]\.)?\s?){1,3}[^\W\d_][\w'’-]+")  # (and "M.-C. DUVAL")
# A name written out in capitals with its middle initial ("EDWARD M. CARTER"): without one, two words in capitals may
# be a heading's ("JOHN EARMAN" over "Executive Assistant" is read as prose).
_NAME_IN_CAPITALS = re.compile(r"[A-ZÀ-Þ][A-ZÀ-Þ'’-]+\s+[A-ZÀ-Þ]\.\s+[A-ZÀ-Þ][A-ZÀ-Þ'’-]+")
# A French name, the given name written out, the surname in capitals, its particles in small letters ("Étienne BURIN
# des ROZIERS", "Jean-Marie LE PEN").
_SURNAME_IN_CAPITALS = re.compile(r"[A-ZÀ-Þ][a-zß-ÿ'’]+(?:-[A-ZÀ-Þ][a-zß-ÿ'’]+)?"
                                  r"(?:\s+(?:(?:de|des|du|d'|la|le)\s+){0,2}[A-ZÀ-Þ][A-ZÀ-Þ'’-]+){1,3}")
_SURNAME_ALONE = re.compile(r"[A-ZÀ-Þ][a-zß-ÿ'’-]{2,}")
_WRITTEN_OUT_NAME = re.compile(r"[A-ZÀ-Þ][a-zß-ÿ'’-]+(?:\s+(?:[A-ZÀ-Þ]\.|[A-ZÀ-Þ][a-zß-ÿ'’-]+)){1,2}")


def _furniture_at_foot(units: list[Unit]) -> tuple[Unit, Furniture] | None:
    """The record's last line, alone, if it is what its page prints at its foot: its classification as its head gives
    it ("UNCLASSIFIED // EXERCISE ONLY" over a sitrep and under its signatory, where it had been the signatory's
    office), or its page's number marked as one ("-27-" under a town clerk's attestation, where it had been a
    signatory of its own)."""
    last = units[-1] if len(units) >= 2 else None
    if last is None or len(last.lines) != 1:
        return None
    text = last.text
    if len(units) >= 3 and rules.CLASSIFICATION.match(text) \
            and any(line == text for unit in units[:3] for _, line in unit.lines):
        return last, Furniture("footer", text, last.span)
    number = marked_page_number(text) if last.page_before is None else None
    if number is None and text[:1] == "m" and last.blank_before and (membrane := _MEMBRANE.fullmatch(text)):
        return last, Furniture("pageNum", text, last.span, membrane.group(1))  # (a roll's: "m. 4d." under a steward)
    return (last, Furniture("pageNum", text, last.span, str(number))) if number is not None and number >= 2 else None


# A court roll's membrane, its number at its foot, the dorse's with a "d" ("m. 4d.", "memb. 12"): no one's signature.
_MEMBRANE = re.compile(r"m(?:emb)?\.\s?(\d{1,3}d?)\.?")


def _office_under_signatory(above: Unit, last: Unit) -> bool:
    """The record's last line a word or three of an office, right under a signatory's typed name and rank ("R. M.
    FELDMAN" / "1st Lt., Inf." / "Interrogator"), where the office had stood apart as a label of its own."""
    words = last.text.split()
    return not last.blank_before and last.page_before is None and len(last.lines) == 1 and 0 < len(words) <= 3 \
        and all(word[:1].isupper() and word.isalpha() for word in words) and len(above.lines) <= 2 \
        and _TYPED_NAME.fullmatch(above.lines[0][1]) is not None


_RANK_OR_ARM_END = re.compile(r"(?:^|[\s,])[A-Z][a-z]{0,3}\.$")  # ("Inf.", "Lt.", "Ret.": no sentence's end)


def _typed_name_and_office(unit: Unit) -> str | None:
    """A memorandum's signatory under its last paragraph: the typed name, then an office a line ("first": "J. S.
    EARMAN" / "Executive Assistant"), or the office first ("last": "Secretary of the CC" / "L. Brezhnev"); the
    office short and capitalised, no sentence. A name written out ("John Smith" / "Political Officer") with a
    word of office in the office."""
    lines = [line for _, line in unit.lines]
    if not 2 <= len(lines) <= 3:
        return None
    for where, name, offices in (("first", lines[0], lines[1:]), ("last", lines[-1], lines[:-1])):
        name = name[:-1] if name[-1:] == "," else name  # (its comma before the office under it: "W. F. KESSLER,")
        # (a surname alone too, as a ministry's report is signed, "Mielke" / "Colonel General")
        written_out = _WRITTEN_OUT_NAME.fullmatch(name) or _NAME_IN_CAPITALS.fullmatch(name) \
            or _SURNAME_IN_CAPITALS.fullmatch(name) or _SURNAME_ALONE.fullmatch(name)
        typed = _TYPED_NAME.fullmatch(name) or written_out and any(
            word.strip(",.").lower() in _OFFICE_WORDS for line in offices for word in line.split())
        if typed and name.split()[-1][:1].isupper() and all(
                # (each language's six words at most, a bilingual office's: "Clerk of the Committee / Greffier du
                # Comité", a Canadian committee's clerk, which had been a paragraph)
                # (eight where it opens with an office's word: "Ambassador of the USSR in the PRC" / "P. Yudin")
                all(len(words) <= (8 if words and words[0].casefold() in _OFFICE_WORDS else 6)
                    for words in map(str.split, line.split(" / ")))
                and (line[:1].isupper() or line[:1].isdigit()
                     # (an office's second line, "Le Secrétaire général" / "de la Présidence,")
                     or k and line.split(None, 1)[0] in _LINKS)
                and (not line.endswith(SENTENCE_END) or _RANK_OR_ARM_END.search(line)
                     or line.endswith(".") and _office_piece(line[:-1].split()))  # ("THOMAS MASON" / "Chairman.")
                and not _TYPED_NAME.fullmatch(line) for k, line in enumerate(offices)):
            return where  # (a rank and an arm abbreviated too: "R. M. FELDMAN" / "1st Lt., Inf." / "Interrogator")
    return None


def _office_apart_over_name(units: list[Unit]) -> bool:
    """Under the last sentence, a signatory's office (a line or two, its comma at its end), a blank line, then the
    name alone ("Le Secrétaire général" / "de la Présidence," / "Étienne BURIN des ROZIERS": two paragraphs)."""
    above, office, name = units
    return len(name.lines) == 1 and len(office.lines) <= 2 and office.text.endswith(",") \
        and above.text.endswith(SENTENCE_END) and any(map(_an_office_word, office.text.split())) \
        and not _is_valediction(office) and _typed_name_and_office(office.merged(name)) == "last"


def _offices_over_names(units: list[Unit]) -> bool:
    """Two signatories' blocks, each an office over the name ("Le Maire," / "R. GAUTHIER" and "La Secrétaire de
    séance," / "M.-C. DUVAL", a French council's), which had been two paragraphs."""
    return len(units) == 2 and all(_typed_name_and_office(unit) == "last" for unit in units)


# Signatories side by side at the record's end, a column each, its lines an office over the name or the name over
# its office: "IL PRESIDENTE          IL SEGRETARIO COMUNALE" / "f.to Bortolussi        f.to dott. Zanin"; a name and
# its office side by side too, "A. Heseltine   Chairman      J. W. Pickles   Sec.". Between columns: two spaces or more.
_SIDE_GAP = re.compile(r"(?<=\S)(?: {2,}|\t[ \t]*)(?=\S)")
_INITIAL = re.compile(r"(?:[^\W\d_]\.-?)+")  # ("J.", "J.W.", "M.-C.")
# A mark of signature before the name, whatever the name's first word ("f.to dott. Zanin").
_SIGNATURE_MARK = re.compile(r"(?:f\.to|gez\.|sgd\.|fdo\.|\((?:signed|sgd\.?|signé|signée|gez\.?|f\.to)\)|/s/)(?=\s)",
                             re.IGNORECASE)
# An article before an office in small letters ("Le greffier,", "La secrétaire de séance"; not a name's, "De Boer").
_ARTICLES = frozenset("the le la les l' il lo gli de der die das den het el los las".split())
# The small words of an office's name ("Assistant to the President.", "Richter am Landgericht").
_LINKS = _ARTICLES | NAME_PARTICLES | frozenset(
    "of for to and in at am im des du del della dei für van von y e et".split())


def _side_by_side(unit: Unit, text: str, in_order: bool = True
                  ) -> list[tuple[list[tuple[int, str]], int, int, int]] | None:
    """Signatories side by side, a column each, if the unit's lines (four at most) are: each line's pieces, two
    spaces apart or more, each starting where a column of the widest line starts (a line may leave a column out, "als
    Urkundsbeamtin der Geschäftsstelle" under the second only), and in each column one name (after a mark of
    signature, "f.to", "gez.", "(signed)", or initials, or a title: "Dr. Kessler"), the other lines what the
    signatory is; a column of offices alone beside a name is that name's ("A. Heseltine   Chairman"). Each signatory:
    its pieces (offset, text) top to bottom, the name's index among them, where the name starts and ends in it. Not a
    vote's count ("Ayes  12"), nor names in columns with no office under them: those are no signatures."""
    lines = unit.lines
    if not 1 <= len(lines) <= 4 or len(unit.parts) != len(lines) or "  " not in text[unit.start:unit.end]:
        return None
    rows: list[list[tuple[int, int, str]]] = []  # each line's pieces: (column, offset, text)
    for offset, line in lines:
        indent = _indent(text, offset)
        row, start = [], 0
        for gap in _SIDE_GAP.finditer(line):
            row.append((indent + start, offset + start, line[start:gap.start()]))
            start = gap.end()
        row.append((indent + start, offset + start, line[start:]))
        rows.append(row)
    starts = [column for column, _, _ in max(rows, key=len)]
    if not 2 <= len(starts) <= 6:
        return None
    grid: list[dict[int, tuple[int, str, str | None]]] = []  # each line: column's index → (offset, piece, kind)
    for row in rows:
        placed: dict[int, tuple[int, str, str | None]] = {}
        for at, offset, piece in row:
            k = next((k for k, start in enumerate(starts) if abs(start - at) <= 1), None)
            if k is None or placed and k <= max(placed) or k + 1 < len(starts) and at + len(piece) >= starts[k + 1]:
                return None  # (not aligned, or running into the next column)
            kind = _signatory_piece(piece)
            if kind is None:
                return None
            placed[k] = (offset, piece, kind)
        grid.append(placed)
    # The name's line in a column with no name surely one: the line of the others' names ("Dr. Kessler" beside
    # "Yilmaz", each over an office).
    sure = {r for r, placed in enumerate(grid) for kind in (p[2] for p in placed.values()) if kind in ("mark", "name")}
    signatories: list[tuple[list[tuple[int, str]], int, int, int]] = []
    for k in range(len(starts)):
        column = [(r, grid[r][k]) for r in range(len(grid)) if k in grid[r]]
        names = [r for r, (_, _, kind) in column if kind in ("mark", "name")] \
            or [r for r, (_, _, kind) in column if kind == "maybe" and (len(sure) != 1 or r in sure)]
        if not names and signatories and len(column) == 1:  # an office beside the name on its line
            pieces, name, name_start, name_end = signatories[-1]
            beside = column[0][0]
            index = next(i for i, (offset, _) in enumerate(pieces) if offset == grid[beside][k - 1][0]) + 1 \
                if k - 1 in grid[beside] else None
            if index is None:
                return None
            pieces.insert(index, column[0][1][:2])
            signatories[-1] = (pieces, name + (index <= name), name_start, name_end)
            continue
        if len(names) != 1:
            return None
        name_row = names[0]
        offset, piece, kind = grid[name_row][k]
        name_start = _signature_mark_end(piece) if kind == "mark" else 0
        name_end = _name_end_in(piece)
        signatories.append(([(o, p) for _, (o, p, _) in column], [r for r, _ in column].index(name_row), name_start,
                            name_end))
    # Each a name and what the signatory is, or a mark of signature before the name; an office's word or a mark
    # among them (not words in small letters alone under names: "KOHLER  STALIN" / "says x  felt").
    if len(signatories) < 2 or any(len(pieces) < 2 and _signature_mark_end(pieces[0][1]) == 0
                                   for pieces, _, _, _ in signatories) \
            or not any(kind in ("mark", "office") for placed in grid for _, _, kind in placed.values()):
        return None
    # Only where a signatory's pieces follow one another in the transcript, a row of them (one under another in
    # columns, "IL PRESIDENTE    IL SEGRETARIO" / "f.to Bortolussi    f.to dott. Zanin", would be read column by column,
    # the words out of the transcript's order, which every edition keeps: such rows stay a paragraph).
    offsets = [offset for pieces, _, _, _ in signatories for offset, _ in pieces]
    return signatories if offsets == sorted(offsets) or not in_order else None


def _stacked_signatory(unit: Unit) -> tuple[list[tuple[int, str]], int, int, int] | None:
    """A signatory's block of lines as ``_side_by_side`` reads a column: one name surely one ("FRANCIS L. MURDOCH"),
    an office's or a rank's words among the others ("Major, Infantry" / "Trial Judge Advocate"); None if not."""
    lines = unit.lines
    if not 2 <= len(lines) <= 4 or len(unit.parts) != len(lines):
        return None
    kinds = [_signatory_piece(line) for _, line in lines]
    names = [k for k, kind in enumerate(kinds) if kind in ("mark", "name")]
    if len(names) != 1 or "office" not in kinds or any(kind is None or kind == "maybe" for kind in kinds):
        return None
    piece = lines[names[0]][1]
    return (list(lines), names[0], _signature_mark_end(piece) if kinds[names[0]] == "mark" else 0, _name_end_in(piece))


def _name_end_in(piece: str) -> int:
    """Where a signatory's name ends on its line: before a comma or a full stop after it, not an initial's
    ("L. MOUNIER." → "L. MOUNIER", "Le greffier," → "Le greffier")."""
    return len(piece) - (1 if piece[-1:] == "," or piece[-1:] == "." and len(piece.split()[-1]) > 3 else 0)


def _stacked_signatories(units: list[Unit]) -> bool:
    """Two signatories' blocks, one under the other, each a name with its rank and office ("FRANCIS L. MURDOCH" /
    "Major, Infantry" / "Trial Judge Advocate" and "EDWIN P. RANDALL" / "Colonel, Infantry" / "President", under a
    court-martial's certificate), which had been paragraphs of the last speaker's turn."""
    return len(units) == 2 and all(_stacked_signatory(unit) is not None for unit in units)


def _signature_mark_end(piece: str) -> int:
    """Where the name starts after a mark of signature before it ("f.to Bortolussi", "gez. Dr. Riedel", "(signed) J.
    Smith", "/s/ J. Smith"); 0 if none is."""
    mark = _SIGNATURE_MARK.match(piece) or rules.SIGNATURE_LABEL.match(piece)
    if mark is None or mark.end() >= len(piece):
        return 0
    return mark.end() + len(piece[mark.end():]) - len(piece[mark.end():].lstrip())


def _signatory_piece(piece: str) -> str | None:
    """What a piece of a signatory's column is: a name after a mark of signature ("mark"), a name surely one, by its
    initials or a title before it ("name"), an office's, a post's or a rank's words ("office"), words in small letters
    under them ("words"), capitalised words that may be a name ("maybe"); None for anything else (a figure, a
    sentence)."""
    mark = _signature_mark_end(piece)
    words = piece[mark:].rstrip(",.").split()
    if not words or len(words) > 6 or any(c.isdigit() for c in piece) or piece.endswith(("?", "!", ":", ";")):
        return None
    if mark:
        return "mark" if _signatory_piece(piece[mark:]) in ("name", "maybe") else None
    if piece.endswith(".") and len(words) >= 3 and words[0][:1].isupper() \
            and any(word[:1].islower() and word not in _LINKS for word in words):
        return None  # a sentence ("He left the court.")
    if len(words) >= 2 and words[0][-1:] == "." and words[0][:-1].lower() in TITLES and words[1][:1].isupper():
        return "name"  # ("Dr. Kessler", "dott. Zanin")
    if any(_an_office_word(word) and not (word[-1:] == "." and k + 1 < len(words) and words[k + 1][:1].isupper())
           for k, word in enumerate(words)):  # (not a title before a name: "dott. Zanin")
        return "office"
    if len(words) >= 2 and words[0].lower() in _ARTICLES and words[1][:1].islower():
        return "office"
    if words[0][:1].islower():
        return "words" if words[0] not in NAME_PARTICLES else None
    if not all(word[:1].isupper() or word in NAME_PARTICLES for word in words):
        return None
    return "name" if any(_INITIAL.fullmatch(word) for word in words[:-1]) and not _INITIAL.fullmatch(words[-1]) \
        else "maybe"


def _an_office_word(word: str) -> bool:
    """A word of an office, a post, a rank or a court's role: a signatory's line that holds one is what the signatory
    is ("IL SEGRETARIO COMUNALE", "Vorsitzender Richter am Landgericht", "Le greffier,", "Major, Infantry", "Sec.";
    not an initial, "M.", nor a name's particle, "Di")."""
    word = word.strip(",.()").lower()
    return word in _OFFICE_WORDS or word in _POST_WORDS \
        or len(word) > 2 and word in COURT_ROLES and word not in COURTESIES  # (a court's roles, ranks, titles)


def _signatories(unit: Unit) -> bool:
    """Minutes signed a name and its office a line, under the last paragraph ("T. Whitworth, Chairman" / "J. Hallam,
    Branch Secretary", "John Hatch, Chairman"): they had been a paragraph, or the last speaker's words."""
    lines = [line for _, line in unit.lines]
    if len(lines) > 4:
        return False
    for line in lines:
        name, comma, office = line.partition(",")
        if not comma or not (_TYPED_NAME.fullmatch(name) or _SIGNED_NAME.fullmatch(name)) \
                or not _an_office_signed(office):
            return False
    return True


def _an_office_signed(part: str) -> bool:
    """What a signatory is, after the name and its comma: an office's or a post's words, capitalised ("Chair",
    "Branch Secretary", "Master", "Assistant to the President")."""
    words = part.strip().rstrip(".;").split()
    return 0 < len(words) <= 5 and words[0][:1].isupper() and (_an_office_part(words) or any(
        w.lower() in _OFFICE_WORDS or w.lower() in _POST_WORDS for w in words)
        # or a rank alone, written out or abbreviated, as a unit's log is signed ("W. Drummond, Sgt." / "R. Ennis,
        # Cpl.", which had been a paragraph)
        or len(words) <= 3 and words[-1].strip(".").lower() in _SIGNING_RANKS
        and all(w.strip(".").lower() in _SIGNING_RANKS or w.lower() in _RANK_QUALIFIERS for w in words[:-1]))


# The ranks a signatory writes after the name and its comma, an army's, an air force's, a navy's, a police force's,
# written out or abbreviated (without their full stops); and the words before a rank that make another of it
# ("Lance Corporal", "Staff Sgt.", "Lt. Col.").
_SIGNING_RANKS = frozenset("""private pte gunner gnr sapper spr trooper tpr signalman sigmn craftsman cfn aircraftman
    l/cpl l/sgt corporal cpl bombardier bdr sergeant sgt serjeant sjt s/sgt f/sgt sergeant-major major maj
    lieutenant lieut lt 2/lt captain capt colonel col lt-col lieutenant-colonel brigadier brig commander cdr
    p/o f/o f/lt s/ldr leader seaman constable pc inspector insp""".split())
_RANK_QUALIFIERS = frozenset("lance staff flight warrant second squadron able".split())


# A name written out, its given name perhaps abbreviated as a clerk wrote it ("Wm. Thomas", "Saml. Peck").
_SIGNED_NAME = re.compile(r"(?:[A-ZÀ-Þ][a-zß-ÿ]{1,3}\.\s?|[A-ZÀ-Þ][a-zß-ÿ'’-]+\s+)(?:[A-ZÀ-Þ]\.\s?)?"
                          r"[A-ZÀ-Þ][a-zß-ÿ'’-]+")


def _is_cable_signature(text: str) -> bool:
    """A telegram signs with its sender's surname in capitals, one or two words ("KOHLER", "BOHLEN")."""
    return len(text.split()) <= 2 and text not in _ENDS and not rules.CLASSIFICATION.match(text) \
        and all(word.isalpha() for word in text.split())


_CABLE_INITIALS = frozenset("PFTIAORZ")


def _field_label(line: str, index: int):
    """A field's name at the head of the line: with its colon and value ("SUBJECT: Berlin"), or alone on the
    block's first line ("SUBJECT", its value below)."""
    # (Most lines are ruled out at once: a field's name and its colon stand in the line's first 32 characters.)
    if _field_colon(line):
        return rules.FIELD.match(line)
    if line[:1] in _CABLE_INITIALS:  # a raw telegram's routing line: "FM AMEMBASSY MOSCOW"
        cable = rules.CABLE_FIELD.match(line)
        if cable is not None:
            return cable
    return rules.FIELD_ALONE.match(line) if index == 0 and len(line) <= 16 else None


def _field_colon(line: str) -> bool:
    """A field's colon where its name would end: in the line's first 32 characters, or a full-width one in its first
    8 ("时间：")."""
    return ":" in line[:32] or "：" in line[:8]


# What may follow a diary's date and be its entry's.
_ENTRY_CONTENT = frozenset({"paragraph", "turn", "item", "bullet", "list", "statement", "direction"})


def _protocol_line(text: str) -> str | None:
    """A German court protocol's own line: the witness's name if it calls a witness ("Die Zeugin Ingrid Sauer wurde
    hereingerufen …"), "" if it heads what follows ("Zur Person: …", "Zur Sache:", "Auf Frage der Verteidigung:");
    else None."""
    if text[:4] == "Zur " or text[:4] == "Auf ":
        return "" if _PROTOCOL_HEAD.match(text) else None
    called = _WITNESS_CALLED.match(text) if text[:4] in ("Der ", "Die ") and "wurde" in text else None
    return called.group(1) if called is not None else None


_PROTOCOL_FIRST = frozenset("DZA")
_PROTOCOL_HEAD = re.compile(r"Zur\s+(?:Person|Sache)\s*:|Auf\s+(?:Frage|Fragen|Vorhalt|Befragen)\b[^:.?!]{0,60}:\s*$")
_WITNESS_CALLED = re.compile(r"(?:Der|Die)\s+(?:Zeugin|Zeuge|Sachverständige)\s+([A-ZÄÖÜ][\w'’-]+(?:\s+[A-ZÄÖÜ][\w'’-]+){1,3}),?"
                             r"\s+wurde\s+(?:hereingerufen|aufgerufen|vernommen|belehrt)\b")


def _entry_day(line: str) -> bool:
    """A diary's day alone on its line ("Monday, 3rd June.", 40 characters at most), or a ship's log's, the words that
    open its day's remarks before it ("Remarks &c. on board, Wednesday, March 8th, 1848": it had been run into the
    first entry's words, the next day's "Thursday, March 9th" alone a heading)."""
    if line[:1] == "R" and (remarks := _LOG_REMARKS.match(line)) is not None:
        return rules.DIARY_DAY.match(line, remarks.end()) is not None
    return len(line) <= 40 and rules.DIARY_DAY.match(line) is not None


_LOG_REMARKS = re.compile(r"Remarks(?:\s*(?:&|and)\s*c\.?|,?\s+etc\.?)?,?\s+on\s+board(?:\s+(?:of\s+)?[^,]{1,40}?)?,\s+")
_LOGGED_DAY_LONGEST = 90  # characters: a log's remarks' opening words and the day


def _dated_entries(classified: list[_Classified], days: "set[int] | frozenset[int]" = frozenset()) -> list[_Classified]:
    """A record of dated entries (a diary, a log, a conference's days): each date alone on its line with text
    after it heads the entry it opens, the first one too, where two such dates at least stand; one is the
    record's dateline, or a paragraph. ``days``: a diary's days cut off the entries under them (their year perhaps
    left out)."""
    dates = []
    for k, item in enumerate(classified[:-1]):
        unit = item.unit
        if (item.kind == "paragraph" and item.detail is None or item.kind == "heading" and item.detail == "dateline") \
                and len(unit.lines) == 1 and (unit.blank_before or unit.page_before is not None or k == 0
                                              or id(unit) in days) \
                and len(unit.text) <= _SHORT_LINE and (id(unit) in days or (
                    not unit.text.endswith(".") or _a_date_alone(unit.text)) and rules.DATELINE.match(unit.text)) \
                and classified[k + 1].kind in _ENTRY_CONTENT:
            dates.append(k)
    if len(dates) < 2:
        return classified
    out = list(classified)
    for k in dates:
        out[k] = _Classified("heading", out[k].unit, "entry")
    return out


def _a_date_alone(text: str) -> bool:
    """A date and its full stop, as a minute book heads each meeting ("June 4th 1832.", "Decr. 10th 1832."), no
    sentence ("Met on 4 June 1832.")."""
    return rules.CLOSING_DATE.match(text) is not None


def _recording_head(unit: Unit) -> list[Unit] | None:
    """A meeting service's transcript opens with the recording's name, its date and time, and its length, a line each
    (Teams: "Project Harbour - weekly sync-20240312_140212-Meeting Recording" / "March 12, 2024, 1:02PM" / "42m 18s"):
    the length apart, so that the name is the record's title and the date its dateline (all three had been one
    paragraph, and the record untitled)."""
    lines = unit.lines
    if len(lines) != 3 or rules.RECORDING_STARTED.fullmatch(lines[1][1]) is None \
            or rules.RECORDING_LENGTH.fullmatch(lines[2][1]) is None:
        return None
    starts = [k for k, part in enumerate(unit.parts) if type(part) is tuple]
    return _cut(unit, {starts[2]})  # (the name and the date, as a title and its dateline are read; the length)


def _fields_side_by_side(unit: Unit) -> Unit:
    """A block whose heading fields stand two on a line, a wide space or a tab between them ("Date: 3 May 1961
    Place: Havana"), each on a line of its own, so that each is read as a field (the second had been words of the
    first's value); the unit itself where no line holds two."""
    text = unit.text
    if "   " not in text and "\t" not in text or ":" not in text:
        return unit
    parts, cut = [], False
    for part in unit.parts:
        if type(part) is not tuple or not _field_colon(part[1]) or rules.FIELD.match(part[1]) is None:
            parts.append(part)
            continue
        offset, line = part
        at = 0
        for gap in _FIELDS_GAP.finditer(line):
            # (what follows the gap, as far as a field's label and the start of its value reach: the rest of a long
            # line, copied at each of its gaps, had grown with the square of its length)
            rest = line[gap.end():gap.end() + _FIELD_REACH]
            if gap.start() > at and line[gap.start() - 1] not in LINE_END_HYPHENS and _field_colon(rest) \
                    and (second := rules.FIELD.match(rest)) is not None and second.end() < len(rest.rstrip()) \
                    and ":" in second.group():  # (a value ending in a hyphen runs on: "cease-   fire", no field)
                parts.append((offset + at, line[at:gap.start()]))
                at, cut = gap.end(), True
        parts.append((offset + at, line[at:]))
    return Unit(parts, unit.before, unit.blank_before) if cut else unit


_FIELD_REACH = 160  # characters: a field's label and the first of its value's, after a gap
_FIELDS_GAP = re.compile(r"[ \t]*\t[ \t]*|[ \t]{3,}")  # (between two fields on a line: a tab, or three spaces or more)


def _title_above_fields(unit: Unit) -> list[Unit] | tuple[Unit]:
    """The record's first block, a line and heading fields under it ("Focus group 3 – Community health workers" /
    "Date: 12 March 2021" / "Facilitator: Dr. Amina Yusuf"): the line apart, the record's title, and the fields."""
    lines = unit.lines
    if len(lines) == 2 and ":" in unit.text and rules.is_upper_line(lines[0][1]) and _field_colon(lines[1][1]) \
            and _field_label(lines[0][1], 0) is None and (field := rules.FIELD.match(lines[1][1])) is not None \
            and field.group("strong") is not None:
        # A title in capitals and one field right under it ("MEMORANDUM OF CONVERSATION" / "Subject: Sugar quotas"):
        # the title apart, the field a field (it had been the title's words, or a dateline's)
        second = [k for k, part in enumerate(unit.parts) if type(part) is tuple][1]
        pieces = _cut(unit, {second})
        return pieces if len(pieces) == 2 else (unit,)
    if len(lines) < 3 or ":" not in unit.text or _field_label(lines[0][1], 0) is not None:
        return (unit,)
    # (a title of two lines or three: "FOCUS GROUP TRANSCRIPT" / "Study: Public Transit Use Among Older Adults" /
    # "Session 3 — Riverside Senior Center", then "Date: …")
    under = next((k for k in range(1, min(4, len(lines) - 1)) if _field_label(lines[k][1], 0) is not None), None)
    if under is None:
        return (unit,)
    second = [k for k, part in enumerate(unit.parts) if type(part) is tuple][under]  # (a line's number before it)
    pieces = _cut(unit, {second})
    # (the fields may have a participants line among them: "Date: …" / "Attendees: …", a project's meeting notes;
    # an interview's, no date among them, are fields at the record's head too)
    return pieces if len(pieces) == 2 and any(_field_opens(piece, False, False, _AT_HEAD) is not None
                                              for piece in _participants_among_fields(pieces[1])) else (unit,)


def _at_head() -> bool:
    return True


_AT_HEAD = _at_head


def _participants_among_fields(unit: Unit) -> list[Unit]:
    """A block of fields with a participants line among them ("DATE: …" / "PARTICIPANTS: …" / "SUBJECT: …"), cut
    into the fields before it, the participants list (to the next field), and the fields after it."""
    lines = unit.lines
    if len(lines) < 2 or ":" not in unit.text and "：" not in unit.text or rules.FIELD.match(lines[0][1]) is None \
            and rules.PARTICIPANTS.match(lines[0][1]) is None:
        return [unit]
    parts = unit.parts
    starts = [k for k, part in enumerate(parts) if type(part) is tuple and rules.PARTICIPANTS.match(part[1])]
    if not starts or not any(rules.FIELD.match(line) for _, line in lines):
        return [unit]
    cuts = set()
    for start in starts:
        cuts.add(start)
        after = next((k for k in range(start + 1, len(parts))
                      if type(parts[k]) is tuple and rules.FIELD.match(parts[k][1])), None)
        if after is not None:
            cuts.add(after)
    return _cut(unit, cuts)


def _answers_apart(units: list[Unit]) -> list[Unit]:
    """An examination's question and its answer on one line, a dash between them or none, cut apart before the answer
    (and a question after an answer so, before the question): "Q. Are you the widow of the deceased? - A. Yes, sir.",
    as inquests and the Old Bailey's printed proceedings set them. The answers had been the examiner's words."""
    out: list[Unit] = []
    for unit in units:
        while unit.text[:2] in ("Q.", "A.") and _ANSWER_AFTER_DASH.search(unit.text) is not None:
            found = None
            for index, part in enumerate(unit.parts):  # (the line it is on)
                if type(part) is tuple and (found := _ANSWER_AFTER_DASH.search(part[1])) is not None:
                    break
            if found is None:
                break
            offset, line = part
            at = found.end()  # (the dash is the question's: nothing of the line is lost)
            out.append(Unit([*unit.parts[:index], (offset, line[:at].rstrip())], unit.before, unit.blank_before))
            unit = Unit([(offset + at, line[at:]), *unit.parts[index + 1:]], (), False)
        out.append(unit)
    return out


def _bilingual_offices(key: str) -> list[str] | None:
    """The two offices of a label in two languages, "CHAIRMAN/Le PRÉSIDENT" → ["CHAIRMAN", "PRÉSIDENT"] (each without
    its article), if both halves are offices; else None."""
    halves = []
    for half in key.split("/"):
        words = half.split()
        if len(words) > 1 and (words[0] in ARTICLES or words[0] in ("The", "THE", "Les", "LE", "LA")):
            words = words[1:]
        halves.append(" ".join(words))
    return halves if len(halves) == 2 and all(half and is_office(half) for half in halves) else None


# Who asks, in brackets after the question's letter, as a deposition sets it when counsel takes up the questions
# without a line of their own ("Q. (By Mr. Sloane) And you are …"; the questions had been a person "#q"'s).
_BY_IN_BRACKETS = re.compile(r"\((?:By|BY)\s+((?:Mr|Mrs|Ms|Miss|Dr|MR|MRS|MS|MISS|DR)\.?\s+[A-Z][\w'’-]+"
                             r"(?:\s+[A-Z][\w'’-]+){0,2})\)")


def _joined_answers_apart(units: list[Unit]) -> tuple[list[Unit], dict[int, str]]:
    """A royal commission's examination, each question numbered, who asks it in brackets when the examiner changes,
    its answer after the question's mark and a dash ("4501. (Chairman.) You are the foreman?-I am, and have been
    so …", as the minutes of evidence printed with Parliament's papers set them), cut apart after the dash: the
    units, and which of them (by id) are questions ("Q") and answers ("A"). Two such questions at least; else the
    units as they were. (The whole exchange had been one paragraph, and every question and answer of the witness's
    examination in a turn of the witness named above it.)"""
    if sum(1 for unit in units if unit.text[:1].isdigit() and _JOINED_QUESTION.match(unit.text)) < 2:
        return units, {}
    out: list[Unit] = []
    joined: dict[int, str] = {}
    for unit in units:
        found = _JOINED_QUESTION.match(unit.text) if unit.text[:1].isdigit() else None
        if found is None:
            out.append(unit)
            continue
        for index, part in enumerate(unit.parts):  # (the line the dash is on)
            if type(part) is tuple and (dash := _JOINED_DASH.search(part[1])) is not None:
                break
        else:
            out.append(unit)
            continue
        offset, line = part
        question = Unit([*unit.parts[:index], (offset, line[:dash.end()])], unit.before, unit.blank_before)
        answer = Unit([(offset + dash.end(), line[dash.end():]), *unit.parts[index + 1:]], (), False)
        joined[id(question)], joined[id(answer)] = "Q", "A"
        out.extend((question, answer))
    return out, joined


# A question's number, who asks it in brackets perhaps, and its mark and a dash with the answer right after it.
_JOINED_QUESTION = re.compile(r"\d{1,5}\.\s+(?:\([^()]{2,60}\)\s+)?[^?]{2,600}?\?\s?[-–—]{1,2}(?=[^\W_])")
_JOINED_DASH = re.compile(r"\?\s?[-–—]{1,2}(?=[^\W_])")
_JOINED_ASKER = re.compile(r"\(([^()]{2,60})\)\s+")


def _joined_turn(rest: str, letter: str) -> tuple[TurnStart, Verdict]:
    """The turn of a royal commission's question or answer: the question the examiner's, named in its brackets
    (``(Chairman.)``, in the speaker) or the one before it; the answer the witness's, with no label."""
    asker = _JOINED_ASKER.match(rest) if letter == "Q" else None
    end = asker.end(1) + 1 if asker is not None else 0
    start = asker.end() if asker is not None else 0
    return TurnStart(rest[:end], letter, end, start, "examination", False, True), EXAMINATION


_ANSWER_AFTER_DASH = re.compile(r"(?<=\S)\s+[-–—]+\s*(?=[QA]\.\s)|(?<=\?)\s+(?=A\.\s)")  # (or right after the question)


# A minute's number and its title, as a minute book sets them ("12/1961 Correspondence", "45/61 Finance"): a title's
# short line, capitalised, no sentence in it.
_MINUTE_HEADING = re.compile(r"(?:Minute[ \t]+)?\d{1,4}/\d{2,4}\.?[ \t]+[A-Z][^.!?:;\n]{0,60}\.?")
# A hearing's heading over a witness's statement or a counsel's argument, however long the witness's offices
# ("STATEMENT OF MARGARET E. HOLLOWAY, NOMINEE TO BE ASSISTANT SECRETARY OF THE INTERIOR"; it had been words of the
# turn above it), and a statement printed in the record, in small letters.
_HEARING_HEAD = re.compile(r"(?:(?:PREPARED|OPENING|JOINT|SUPPLEMENTAL)\s+)?"
                           r"(?:STATEMENTS?|TESTIMONY|(?:ORAL\s+|REBUTTAL\s+)?ARGUMENT)\s+OF\s")
# An annex, an appendix or an enclosure, its number or letter alone after it ("Anlage 3", "ANNEX B", "Enclosure 1"):
# the annexed text's heading (it had been words of the last speaker's turn).
_ANNEX_HEAD = re.compile(r"(?:Anlage|ANLAGE|Anhang|Annex|ANNEX|Annexe|ANNEXE|Appendix|APPENDIX|Enclosure|ENCLOSURE|"
                         r"Attachment|ATTACHMENT|Anexo|ANEXO|Allegato|ALLEGATO|Bijlage|BIJLAGE|Приложение|ПРИЛОЖЕНИЕ)"
                         r"(?:\s+(?:No\.|Nr\.|№)?\s*(?:\d{1,3}|[IVX]{1,4}|[A-Z]))\.?")
_ANNEX_FIRST = frozenset("AEBП")
_PREPARED_STATEMENT = re.compile(r"Prepared [Ss]tatement of (?:the )?[A-Z][^!?:;]{2,80}(?<!\.)")
# A German protocol's heading of an agenda item's minutes, alone on its line: "Zu 1.:", "Zu TOP 3:", "Zu Punkt 2 der
# Tagesordnung:".
_ZU_ITEM = re.compile(r"Zu\s+(?:(?:TOP|Top|Punkt|Pkt\.|Tagesordnungspunkt)\s*)?(?:\d{1,2}[a-z]?|[IVX]{1,4})\.?\)?"
                      r"(?:\s+der\s+Tagesordnung)?\s*:?")
_ZU_LONGEST = 40
_MINUTE_FIRST = frozenset("0123456789M")  # (a Quaker meeting's: "Minute 16/31  Worship and opening")


# A lettered item's title: its letter, capitalised words, a reference perhaps, no sentence ("(b) Library Extension
# (Minute 64/90)").
_LETTERED_HEADING = re.compile(r"\((?:[a-z]|[ivx]{1,4})\)\s+[A-Z][^.!?:;]{2,70}")


# The small words a title centred over its lines sets alone on a line of its own, between its capitals.
_TITLE_LINKS = frozenset({"OF", "OF THE", "AND", "AND THE", "TO THE", "FOR THE", "IN THE", "BY THE", "ON THE", "AT THE"})


def _title_over_links(units: list[Unit]) -> bool:
    """The record's title set over three blocks, its link's words alone between its capitals ("ACTS AND PROCEEDINGS" /
    "OF THE" / "GENERAL ASSEMBLY …"): one title (the link had headed a section of its own, and the last line another)."""
    return all(len(unit.lines) == 1 and unit.page_before is None and len(unit.text) <= 80
               and rules.is_upper_line(unit.text) and not unit.text.endswith(SENTENCE_END) for unit in units[:3])


def _lettered_item_heads(units: list[Unit], text: str) -> set[int]:
    """The units (by id) whose first line is a lettered item's title over its words set further in, under it on the
    next line (in the unit, or the next unit with no blank line between): two at least, or none."""
    found = set()
    for unit, following in zip(units, [*units[1:], None]):
        first = unit.lines[0][1]
        if first[:1] != "(" or _LETTERED_HEADING.fullmatch(first) is None or not all(
                word[:1].isupper() or word in _HEADING_SMALL_WORDS  # (its reference in brackets as written)
                for word in first.split(")", 1)[1].split("(", 1)[0].split()):
            continue
        if len(unit.lines) > 1:
            under = unit.lines[1][0]
        elif following is not None and not following.blank_before and following.page_before is None:
            under = following.lines[0][0]
        else:
            continue
        if _indent(text, under) > _indent(text, unit.lines[0][0]) + 1:
            found.add(id(unit))
    return found if len(found) >= 2 else set()


def _dated_above(out: list) -> bool:
    """Whether a line of the record's head, among the entries read so far, is a date (its dateline's, or its title's
    last: "August 22, 2017")."""
    return any(rules.DATELINE.match(line) for unit, _, _ in out[:_HEAD_UNITS] for _, line in unit.lines[:_DATED_LINES])


_DATED_LINES = 4  # the lines of a block of the record's head looked at for its date (a title over two lines, the date)


def _cut(unit: Unit, cuts) -> list[Unit]:
    """The unit cut before each of these parts (lines). What stands before a line (its number in the margin)
    goes before the piece it opens, as the layout sets what stands between two units."""
    parts = unit.parts
    bounds = []
    for cut in sorted(cuts):
        lead = cut
        while lead > 0 and type(parts[lead - 1]) is not tuple:
            lead -= 1
        if lead and (not bounds or lead > bounds[-1][1]):
            bounds.append((lead, cut))
    pieces = []
    start, before = 0, unit.before
    for lead, cut in bounds:
        pieces.append(Unit(parts[start:lead], before, unit.blank_before if not start else False))
        start, before = cut, tuple(parts[lead:cut])
    pieces.append(Unit(parts[start:], before, unit.blank_before if not start else False))
    return pieces


def _field_opens(unit: Unit, after_fields: bool, telegram: bool = False, at_head=None) -> tuple[int, ...] | None:
    """The lines of a memorandum's heading fields that open a field, if the unit is such a block: its first
    line a field, half its lines at least, a strong label among them or fields right before it. A line that
    opens no field continues the value above it; a participants list is read as such. In a telegram's record, the
    lines of a telegram's heading too (``_telegram_field``), each telegram's, all of them fields."""
    lines = unit.lines
    if telegram and all(_telegram_field(line) for _, line in lines):
        return tuple(range(len(lines)))
    if len(lines) >= 2 and (aligned := _aligned_fields(lines)) is not None:
        return aligned
    if after_fields and lines[0][1][:1] in _SUMMARY_INITIALS and _SUMMARY_FIELD.match(lines[0][1]):
        return (0,)  # (the summary's text, however long: "ABSTRACT: Mrs. Kowalski describes …", no one's turn)
    first = _field_label(lines[0][1], 0)
    if first is None and after_fields and len(lines) == 1 and _another_field(lines[0][1]):
        return (0,)
    if first is None or len(lines) == 1 and not _field_colon(lines[0][1]) and first.re is not rules.CABLE_FIELD.pattern:
        return None
    opens = []
    # ("Interviewer: Where were you born?" after an interview's heading fields is the first question.)
    strong = after_fields and first.groupdict().get("aside") is None
    for k, (_, line) in enumerate(lines):
        field = _field_label(line, k)
        if field is not None:
            opens.append(k)
            strong = strong or field.group("strong") is not None
        elif rules.PARTICIPANTS.match(line):
            return None
    if not strong and at_head is not None and len(opens) == len(lines) >= 2 and _names_in_aside_fields(lines) \
            and at_head():
        return tuple(opens)
    return tuple(opens) if strong and 2 * len(opens) >= len(lines) else None


# An interview's summary under its heading fields, its label and colon before it ("ABSTRACT: Mrs. Kowalski describes
# growing up on a dairy farm …"): a field of the heading (it had been a section's head over the whole interview, and
# the summary a turn of the narrator's, "Mrs. Kowalski" her label and "describes" her speaking).
_SUMMARY_FIELD = re.compile(r"(?:ABSTRACT|Abstract|SUMMARY|Summary|SYNOPSIS|Synopsis)[ \t]*:[ \t]+(?=\S)")
_SUMMARY_INITIALS = frozenset("AS")


def _head_fields_merged(units: list[Unit], apart) -> list[Unit]:
    """The record's first block and the interview's heading fields under it that the layout set apart, a line each
    (the line before a label ended as a sentence does: "Moderator: Dr. Helen Marsh (HM)" / "Note-taker: J. Obi"),
    made one block again, so that they are read as the fields they are (``_names_in_aside_fields``), a participants
    line among them ("Participants: 6 (P1–P6); names withheld") read as such."""
    k = 1
    while k < len(units) and k < 8 and not units[k].blank_before and units[k].page_before is None \
            and id(units[k]) not in apart and _names_in_aside_fields(units[k - 1].lines[-1:]) \
            and all(_names_in_aside_fields([line]) or rules.PARTICIPANTS.match(line[1]) for line in units[k].lines):
        k += 1
    return [units[0].merged(*units[1:k]), *units[k:]] if k > 1 else units


def _names_in_aside_fields(lines: list[tuple[int, str]]) -> bool:
    """An interview's heading fields with no date among them, a line each at the record's head before any turn
    ("Interviewee: Amina Abdi" / "Interviewer: Sarah Lindqvist" / "Note-taker: J. Obi"): every label an interview's
    (``aside``), its value a short one with no sentence's end, as a name is. Not the first exchange ("Interviewer:
    Where were you born?" / "Narrator: In Leeds.")."""
    for _, line in lines:
        field = _field_label(line, 1)
        if field is None or field.groupdict().get("aside") is None:
            return False
        value = line[field.end():].rstrip()
        if not value or len(value) > 60 or value.endswith((".", "?", "!", ",", ";", ":", "-", "—", "…")):
            return False
    return True


def _telegram_field(line: str) -> re.Match | None:
    """A line of a telegram's heading, in capitals and without a colon, or with one: its address ("TO  COLONIAL
    SECRETARY DOWNING STREET LONDON", "FROM  GOVERNOR ADEN", "TO: GOVERNOR ADEN"), its number and classification
    ("No 214 SECRET"), its precedence ("IMMEDIATE"), when it was sent and received ("DATED 4TH MARCH 1947",
    "RECEIVED 13.40 5TH MARCH"). Asked only in a telegram's record (``_is_telegram``); no line of its text (with
    "STOP"), no sentence ("TO BE DELIVERED …" runs on with "STOP")."""
    if len(line) > 72 or _TELEGRAM_STOP.search(line) or not rules.is_upper_line(line[2:] if line[:3] in (
            "No ", "No.", "Nr ", "Nr.") else line):  # ("No 214 SECRET", its number's sign in small letters)
        return None
    return _TELEGRAM_FIELD.match(line)


_TELEGRAM_FIELD = re.compile(
    r"(?:TO|FROM|FM|ADDRESSED\s+TO|REPEATED\s+TO|INFO|DATED|RECEIVED|RECD\.?|SENT|HANDED\s+IN)\b\s*:?\s*(?=[A-Z0-9])"
    r"|(?:No|NO|Nr|NR)\b\.?\s*(?=\d)"
    r"|(?:(?:MOST\s+)?IMMEDIATE|EMERGENCY|PRIORITY|ROUTINE|IMPORTANT|CLEAR\s+THE\s+LINE|EN\s+CLAIR|CYPHER|"
    r"DEFERRED)\s*$")
# "STOP" between a telegram's words, as its full stop: "… CONVOY NEAR DHALA STOP REQUEST AUTHORITY …".
_TELEGRAM_STOP = re.compile(r"(?<![^\s\]\).,])STOP(?=\s|\Z)")


# The offices that sign a telegram, after its text's last "STOP" ("… REPORT RESULTS SECRETARY OF STATE").
_TELEGRAM_SIGNATORY = re.compile(
    r"(?:ACTING\s+|DEPUTY\s+)?(?:SECRETARY\s+OF\s+STATE(?:\s+FOR\s+(?:THE\s+)?(?:COLONIES|FOREIGN\s+AFFAIRS|WAR|"
    r"INDIA|DOMINION\s+AFFAIRS))?|(?:UNITED\s+KINGDOM\s+|UK\s+)?HIGH\s+COMMISSIONER|CHIEF\s+COMMISSIONER|"
    r"GOVERNOR(?:\s+GENERAL)?|GOVERNOR-GENERAL|(?:POLITICAL\s+)?RESIDENT|VICEROY|AMBASSADOR|CONSUL(?:\s+|-)GENERAL|"
    r"(?:COLONIAL|CHIEF)\s+SECRETARY|OFFICER\s+ADMINISTERING\s+(?:THE\s+)?GOVERNMENT|COMMANDER\s+IN\s+CHIEF|"
    r"CHARGE\s+D'AFFAIRES|HICOM)")
# Words after which such an office is what the text is about, not who sends it ("… PLEASE INFORM GOVERNOR").
_NOT_BEFORE_SIGNATORY = frozenset("""
    TO FOR FROM BY WITH OF THE A AN YOUR MY OUR HIS HER ITS THEIR THIS THAT THESE THOSE AND OR NOR BUT AS AT ON IN
    INTO UPON NO NOT ANY EACH EVERY WHICH WHOM NEW LATE FORMER INFORM INFORMED TELL TOLD ASK ASKED ADVISE ADVISED
    WARN WARNED INSTRUCT INSTRUCTED NOTIFY NOTIFIED THANK THANKS SEE SAW SEEN MEET MET CONSULT CONSULTED REQUEST
    REQUESTED INVITE INVITED CALL CALLED CONTACT CONTACTED APPROACH APPROACHED INFORMING TELLING ASKING ADVISING
    IS WAS BE BEEN ARE WERE WILL SHALL WOULD SHOULD MAY MIGHT CAN COULD MUST
""".split())


# How a bracket alone that announces what the record inserts under it ends ("[The information referred to follows:]").
_INSERTED_BELOW = ("follows:]", "follow:]", "follows.]", "follow.]", "follows]", "follow]")


def _is_telegram(text: str) -> bool:
    """Whether the record is a telegram's, or telegrams': in capitals, "STOP" its full stop three times at least (or
    twice, under a line that calls it a telegram: "POST OFFICE TELEGRAM"), in lines without a small letter."""
    if "STOP" not in text:
        return False
    stops = sum(1 for line in text.splitlines() if rules.is_upper_line(line)
                for _ in _TELEGRAM_STOP.finditer(line))
    return stops >= 3 or stops == 2 and re.search(r"\b(?:TELEGRAM|CABLEGRAM|CYPHER|CABLE)\b", text) is not None


def _aligned_fields(lines: list[tuple[int, str]]) -> tuple[int, ...] | None:
    """Labels in capitals and their colons over one another, their values set in one column after a wide space, as an
    arbitration's appearances list them ("ARBITRATOR:           Margaret L. Dunphy" / "FOR THE UNION:        Paul
    Brennan, Counsel"), two at least and half the lines, a line that opens none going on with the value above:
    fields (they had been the arbitrator's turn). Not a speaker's label, a colon then one space ("MR. COLE: Yes.")."""
    opens, column = [], None
    for k, (_, line) in enumerate(lines):
        found = _ALIGNED_FIELD.match(line) if line[:1].isupper() else None
        if found is not None and column in (None, found.end()):
            opens.append(k)
            column = found.end()
        elif not k or found is not None:
            return None
    return tuple(opens) if len(opens) >= 2 and 2 * len(opens) >= len(lines) else None


_ALIGNED_FIELD = re.compile(r"[A-Z][A-Z'/-]*(?: [A-Z][A-Z'/-]*){0,3}\.?:(?:[ \t]{3,}|\t[ \t]*)(?=\S)")


def _another_field(line: str) -> bool:
    """A line of its own right under heading fields, a label of its own in capitals and a value with no sentence's
    end, as the Truth and Reconciliation Commission's transcripts head a hearing ("DATE: 14TH MAY 1998" / "NAME:
    JOHANNES PETRUS BOTHA" / "APPLICATION NO: AM 4122/96" / "MATTER: …" / "DAY: 2"): a field too (they had been
    turns of persons "#application-no" and "#matter", and headings). Not a speaker's label ("CHAIRPERSON: Good
    morning."), an office's or a role's."""
    found = _ANOTHER_FIELD.match(line)
    return found is not None and not found.group(2).rstrip().endswith((".", "?", "!")) \
        and not rules.PARTICIPANTS.match(line) and not rules.PRESIDING.match(line) and not any(
        word.casefold() in _LABEL_OFFICES or word.casefold() in LABEL_WORDS for word in found.group(1).split())


_ANOTHER_FIELD = re.compile(r"([A-Z][A-Z'/-]*(?: [A-Z][A-Z'/-]*){0,3})\.?[ \t]*:[ \t]+(?=(\S.{0,78})$)")


# A judgment's or an award's caption, at the record's head above its text: the case's number and the parties, who
# hears it and who appears ("Case No: 2401873/2021", "Claimant:         Mrs Lorna Haughey", "GRIEVANCE OF: Sandeep
# Grewal (discharge)", "ARBITRATOR:           Margaret L. Dunphy"); and a label alone over such fields
# ("Representation" / "Claimant:         In person", "APPEARANCES:" / "FOR THE UNION:        Paul Brennan, Counsel").
_CAPTION_FIELD = re.compile(r"(?:(?:Case|Claim|Appeal)\s+(?:No|Nos|Number|Ref|Reference)\.?|Claimants?|Respondents?|"
                            r"Appellants?|Applicants?|Petitioners?|Plaintiffs?|Defendants?|Grievance\s+of|Grievor|"
                            r"Arbitrator|Adjudicator|Employment\s+Judge|Heard\s+at|Before)[ \t]*:[ \t]*(?=\S)",
                            re.IGNORECASE)
_CAPTION_ALONE = re.compile(r"(?:Representation|Appearances)[ \t]*:?[ \t]*\Z", re.IGNORECASE)
# What a caption's field may hold besides a name or a number: "In person", "No appearance".
_CAPTION_PHRASES = frozenset({"in person", "no appearance", "did not attend", "not present", "not represented",
                              "unrepresented", "in absence", "none"})
_CAPTION_NUMBER = re.compile(r"[\w/.-]*\d[\w/.-]*(?:[ \t]+[\w/.-]*\d[\w/.-]*)*")
_CAPTION_DATE = re.compile(rf"(?:\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+(?:and\s+|&\s+|-\s*)?)?)+"
                           rf"(?:{rules.MONTHS})\s+\d{{4}}")
# A second field on a caption's line, after a wide space ("Heard at:         Manchester (by CVP)      On: 7, 8 and 9
# March 2022"; the day had been words of the place).
_CAPTION_SECOND = re.compile(r"[ \t]{3,}(?=(?:On|Date|Heard\s+at|Before|Case\s+No)[ \t]*:[ \t]*\S)")
_CAPTION_SECOND_LABEL = re.compile(r"(?:On|Date|Heard\s+at|Before|Case\s+No)[ \t]*:[ \t]*(?=\S)")
_CAPTION_BRACKET = re.compile(r"\s*\([^()]{1,40}\)\s*\Z")  # "Sandeep Grewal (discharge)"
_CAPTION_HEAD = 16  # units: how far down a caption may stand
_CAPTION_FIRST = frozenset("CcAaPpRrDdGgEeHhBb")  # (the labels' first letters: most records are asked nothing)


def _caption_value(value: str, place: bool = False) -> str | None:
    """What a caption's field holds, if a name, a number or a set phrase, no speech: "number", "name", "phrase" (a
    name, then a comma and what the person is, "Mr T Bramhall, counsel"; not "Mr Smith, I don't recall.")."""
    value = value.strip()
    if not value or value.endswith(("?", "!", ":")):
        return None
    if _CAPTION_NUMBER.fullmatch(value):
        return "number"
    if len(value) <= 40 and _CAPTION_DATE.fullmatch(value):
        return "date"  # ("On: 7, 8 and 9 March 2022")
    if value.rstrip(".").casefold() in _CAPTION_PHRASES:
        return "phrase"
    bracket = _CAPTION_BRACKET.search(value)
    name, comma, what = (value[:bracket.start()] if bracket else value).partition(",")
    name = name.strip()
    words = name.split()
    if not (1 if place else 2) <= len(words) <= 8 or _find_name(name) != (0, len(name)) \
            or comma and what.rstrip().endswith("."):  # (a place of one word: "Heard at: Manchester (by CVP)")
        return None
    what = what.strip()
    if what and not (all(word[:1].islower() for word in what.split()) and len(what.split()) <= 4
                     or _office_after(", " + what) is not None):
        return None  # ("Mr Smith, I don't recall")
    return "name"


def _caption_opens(unit: Unit) -> tuple[Unit, tuple[int, ...], bool] | None:
    """A caption's block (``_CAPTION_FIELD``): the block (a line holding two fields cut in two at the second's label),
    the lines that open its fields, and whether it is set out as a caption is (a value after a wide space, or a
    number); else None. A line with no label under a name goes on with the names ("Before:           Employment
    Judge Okafor" / "                  Mr D Whitworth")."""
    seconds = set()  # the lines that are a second field cut off a line
    if any(_CAPTION_SECOND.search(line) for _, line in unit.lines):
        parts = []
        for part in unit.parts:
            second = _CAPTION_SECOND.search(part[1]) if type(part) is tuple else None
            if second is None:
                parts.append(part)
                continue
            offset, line = part
            parts.extend(((offset, line[:second.start()]), (offset + second.end(), line[second.end():])))
            seconds.add(sum(1 for part in parts if type(part) is tuple) - 1)
        unit = Unit(parts, unit.before, unit.blank_before)
    lines = [line for _, line in unit.lines]
    opens, shaped = [], False
    kind = None
    for k, line in enumerate(lines):
        if k == 0 and len(lines) > 1 and _CAPTION_ALONE.match(line):
            aligned = _aligned_fields(unit.lines[1:])
            if aligned is not None:  # ("APPEARANCES:" / "FOR THE UNION:        Paul Brennan, Counsel" / …)
                return unit, (0, *(k + 1 for k in aligned)), True
            opens.append(0)
            continue
        found = _CAPTION_FIELD.match(line) or (_CAPTION_SECOND_LABEL.match(line) if k in seconds else None)
        if found is None and k and kind == "name" and _caption_value(line) == "name":
            continue  # (a name under a name: the field's value goes on)
        kind = _caption_value(line[found.end():], found.group().casefold().startswith("heard")) \
            if found is not None else None
        if kind is None:
            return None
        opens.append(k)
        shaped = shaped or kind == "number" or re.search(r":[ \t]{3,}|:\t", found.group()) is not None
    return (unit, tuple(opens), shaped) if len(opens) > (1 if _CAPTION_ALONE.match(lines[0]) else 0) else None


def _caption(units: list[Unit], turn_of) -> dict[int, tuple[Unit, tuple[int, ...]]]:
    """The blocks of a judgment's or an award's caption at the record's head (``_CAPTION_FIELD``), by id: each as
    read (``_caption_opens``) and the lines that open its fields; two fields at least, one set out as a caption is
    (a wide space before its value, a number), all above the record's first turn and its text (a block of more
    than 100 characters). They had been turns of persons "#case-no", "#claimant", "#respondent". "CLAIMANT: I was
    not told." is speech."""
    found: dict[int, tuple[Unit, tuple[int, ...]]] = {}
    fields = shaped = 0
    for k, unit in enumerate(units[:_CAPTION_HEAD]):
        first = unit.lines[0][1]
        if len(unit.lines) == 1 and _CAPTION_ALONE.match(first) and k + 1 < len(units) \
                and not units[k + 1].blank_before and units[k + 1].page_before is None \
                and len(units[k + 1].lines) >= 2 and _aligned_fields(units[k + 1].lines) is not None:
            # "APPEARANCES:" alone over its fields, a unit of its own (it had headed a section holding the rest of the
            found[id(unit)] = unit, (0,)  # record)
            continue
        caption = _caption_opens(unit) if _CAPTION_FIELD.match(first) or _CAPTION_ALONE.match(first) else None
        if caption is not None:
            found[id(unit)] = caption[:2]
            fields += len(caption[1])
            shaped += caption[2]
            continue
        if len(unit.text) > 100 or turn_of(_after_number(unit.text)[1]) is not None:
            break
    return found if fields >= 2 and shaped else {}


def _agenda_headings(items: list) -> set[int]:
    """The units (by id) that are numbered headings of what follows them, as minutes number their agenda's
    items ("1. Opening of the meeting", then its minutes): two at least, each one short line, its first word
    capitalised, with no sentence's end (but a protocol's full stop above what it heard or decided), no turn,
    and an unnumbered block after it."""
    found = set()
    previous = None
    listed: set[str] = set()  # the numbered lines read so far: the agenda's items
    for (unit, number, turn), following in zip(items, items[1:]):
        above, previous = previous, number
        if number is not None and len(unit.lines) == 1:
            again = unit.text in listed  # (the agenda's item again over its minutes, however long its line)
            listed.add(unit.text)
        if number is None or turn is not None or following[1] is not None or len(unit.lines) != 1:
            continue
        if above is not None and not unit.blank_before and unit.page_before is None:
            continue  # the last of a list's lines, the one above it numbered too, no blank line between ("1. …" /
            # "2. Lage in Berlin" / "3. Personalien", an agenda: it had headed the first item's minutes)
        text = unit.text
        rest = _after_number(text)[1].lstrip()
        ended = text.endswith((".", "!", "?", ";", ":", ",")) and not (
            text.endswith(".") and _heard_or_decided(following[0].text) and not _heard_or_decided(rest))
        if (len(text) <= _SHORT_LINE or again and len(text) <= 2 * _SHORT_LINE) and rest[:1].isupper() and not ended \
                and not _named_alone(rest):
            found.add(id(unit))
    if len(found) < 2:
        found = _items_with_full_stops(items)
    return found if len(found) >= 2 else set()


def _named_alone(text: str) -> bool:
    """A person's name alone after its number, a courtesy first, and what the person is perhaps ("Smt. Supriya Sule",
    "Shri U.B.S. Negi - Joint Secretary"): a roster's entry, as India's committees number their members, no agenda's
    heading (each had headed a section of its own, the blocks under it in it)."""
    words = text.split()
    return len(words) >= 2 and words[0].rstrip(".").lower() in COURTESIES and all(
        word.lstrip("(")[:1].isupper() or word in NAME_PARTICLES or word in _DASH_WORDS for word in words[1:])


_DASH_WORDS = frozenset({"-", "–", "—"})


def _articles(items: list) -> set[int]:
    """The units (by id) that open with an article's or an item's number, as a town meeting's minutes head each
    article of its warrant ("ARTICLE 4. Shall the voters appropriate …?", then what was moved and voted): two at
    least, no turn, a short line or a warrant's question ("Shall …?", "To see if …"; not a treaty's article, which
    is text). The next article had been words of the last speaker's turn."""
    found = {id(unit) for unit, _, turn in items
             if turn is None and len(unit.lines) <= 3 and unit.text[:1] in "AIai" and _ARTICLE.match(unit.text)
             and (len(unit.text) <= _SHORT_LINE or unit.text.endswith("?") or _TO_SEE.search(unit.text, 0, 40))}
    return found if len(found) >= 2 else set()


_TO_SEE = re.compile(r"\bTo see (?:if|whether)\b")  # (a warrant's article: "To see if the Town will vote …")


# An article of a warrant or an item of an agenda, and its number: "ARTICLE 4.", "Item 3:", "Agenda item 2."
_ARTICLE = re.compile(r"(?:ARTICLE|Article|(?:AGENDA\s+|Agenda\s+)?(?:ITEM|Item|item))\s+(?:\d{1,3}|[IVXL]{1,5})[.:]\s")


def _items_with_full_stops(items: list) -> set[int]:
    """An agenda whose every numbered line is a short item with its full stop and a block after it that is not
    numbered, as actas and verbali print it ("1. Aprobación del acta anterior." / "El Sr. Presidente …"): the
    items, three at least; where one numbered block is a paragraph of more lines, none."""
    found = set()
    for k, (unit, number, turn) in enumerate(items):
        if number is None:
            continue
        following = items[k + 1] if k + 1 < len(items) else None
        rest = _after_number(unit.text)[1].lstrip()
        if turn is not None or len(unit.lines) != 1 or len(unit.text) > 60 or not rest[:1].isupper() \
                or not unit.text.endswith(".") or following is None or following[1] is not None:
            return set()
        found.add(id(unit))
    return found if len(found) >= 3 else set()


def _heard_or_decided(text: str) -> bool:
    """What a protocol heard, or decided, under its label: below its item's number and words ("1. Вопрос НКИД." /
    "Слушали: …" / "Постановили: …"), a full stop after the item's words as these protocols print it; or on the
    numbered line itself ("1. Слушали: …"), which heads nothing."""
    return bool(rules.HEARD_LABEL.match(text) or rules.DECISION_LABEL.match(text))


def _subject_headings(items: list) -> tuple[set[int], set[int]]:
    """The units (by id) that are subjects heading the turns after them, as parliaments' records set a question's
    ("Economy" / "Mr DUTTON (Dickson) (14:01): …", "Health" / "Ms LEY …"): two at least, each a short line of
    capitalised words with no sentence's end, no turn and no number, in a block of its own above a turn, or above the
    House of Commons' note of the department asked ("Prime Minister" / "The Prime Minister was asked—"). (They had
    been words of the turn before them, or paragraphs.) And the topics above them: such a line right above one of
    them ("Oral Answers to Questions" / "Prime Minister"), which had been a paragraph."""
    found = set()
    for k, ((unit, number, turn), following) in enumerate(zip(items, items[1:])):
        if not k or number is not None or turn is not None or len(unit.lines) != 1:
            continue  # (the first line, above a turn, is the record's title)
        if (following[2] is not None or _asked(following[0].text)) and _subject_shaped(unit.text):
            found.add(id(unit))
    if len(found) < 2:
        return set(), set()
    topics = {id(unit) for k, ((unit, number, turn), following) in enumerate(zip(items, items[1:]))
              if k and id(following[0]) in found and id(unit) not in found and number is None and turn is None
              and len(unit.lines) == 1 and _subject_shaped(unit.text)}
    return found, topics


def _subject_shaped(text: str) -> bool:
    """A line shaped as a subject's or a topic's heading: short, its words capitalised, no sentence."""
    words = text.split()
    return 1 <= len(words) <= 6 and len(text) <= _SHORT_LINE and not text.endswith(SENTENCE_END) \
        and not rules.is_upper_line(text) and text.casefold() not in _REPLIES \
        and all(word[:1].isupper() or word in _HEADING_SMALL_WORDS for word in words)


def _asked(text: str) -> bool:
    """The Commons' note of the department its questions are put to ("The Prime Minister was asked—")."""
    return text[:4] == "The " and "was asked" in text[-14:] and _ASKED.match(text) is not None


_ASKED = re.compile(r"The .{2,120} was asked\s*[.—–-]?\s*$")  # (rules.PROCEEDINGS reads it as the record's note)


_HEADING_SMALL_WORDS = frozenset("of and the for in on to a an".split())
# Short replies a transcript may leave without a full stop: no subject's heading.
_REPLIES = frozenset({"yes", "no", "okay", "ok", "right", "sure", "thanks", "fine", "good", "well", "indeed",
                      "exactly", "correct", "absolutely", "agreed", "certainly", "true", "thank you", "yes sir",
                      "no sir", "all right", "of course", "very well"})


_ROMAN = re.compile(r"([IVX]{1,5})\.\s+(?=[^\W\d_])")


def _side_heading(unit: Unit, following: tuple) -> bool:
    """A short heading alone on its line (no number, no turn), the numbered paragraph it heads on the next line
    (the layout made them two blocks): a cabinet's conclusions name each item's subject so ("Berlin" / "2. …")."""
    below, below_number, _ = following
    lines = unit.lines
    heading = lines[0][1]
    # (its reference to an earlier meeting may stand under it: "(Previous Reference: C.C. (62) 10th Conclusions)")
    return (len(lines) == 1 or len(lines) == 2 and _reference_line(lines[1][1])) and not below.blank_before \
        and below.page_before is None and below_number is not None and len(heading) <= _SHORT_LINE \
        and not heading.endswith(SENTENCE_END) and heading[:1].isupper()


def _date_unglued(unit: Unit) -> list[Unit]:
    """The record's last block, cut before a date alone on its last line under a line that ends a sentence
    ("Mr. Smith left." / "Moscow, 12 March 1950"), or under a signatory's name alone ("G. Miller" / "8 October
    1987", which had been a paragraph); the block itself if its last line is no such date."""
    parts = unit.parts
    last = len(parts) - 1
    if last < 1 or type(parts[last]) is not tuple or type(parts[last - 1]) is not tuple:
        return [unit]
    line, above = parts[last][1], parts[last - 1][1]
    if len(line) > 50 or rules.CLOSING_DATE.match(line) is None or not above.rstrip().endswith(SENTENCE_END) and not (
            last == 1 and (_TYPED_NAME.fullmatch(above.strip())
                           # (or the office that signs it: "Embassy in the Soviet Union" / "11 November 1960")
                           or above[:1] in _SIGNING_OFFICE_FIRST and _signing_office(above))
            or 2 <= last <= 3 and _typed_name_and_office(Unit(parts[:last], (), False))):  # ("T. Whitworth" /
        return [unit]  # "Chairman" / "11th April 1961")
    return _cut(unit, [last])


# An office that signs a telegram or a despatch under its text, on a line alone: an embassy, a legation, a consulate, a
# delegation with its place ("Embassy in the Soviet Union", "Embassy Moscow", "American Embassy, Bonn"), the
# Department of State, the Foreign Office; no figure in it, no full stop after it (not "Foreign Office, S.W.1.", an
# address over a date; not a sentence).
_PLACE_WORD = r"[A-ZÀ-Þ][^\W\d_]*(?:[.'’-][^\W\d_]*)*"
_SIGNING_OFFICE = re.compile(
    rf"(?:(?:American|British|United\s+States|U\.\s?S\.|US|Soviet|French|German|Canadian|Australian)\s+)?"
    rf"(?:Embassy|Legation|Consulate(?:[\s-]General)?|High\s+Commission|Delegation|Mission)"
    rf"(?:\s+(?:in|at|to)\s+(?:the\s+)?{_PLACE_WORD}(?:\s+{_PLACE_WORD}){{0,3}})?"
    rf"(?:,?\s+{_PLACE_WORD}(?:\s+{_PLACE_WORD}){{0,2}})?"
    rf"|Department\s+of\s+State|State\s+Department|Foreign\s+Office|Amembassy\s+{_PLACE_WORD}|AMEMBASSY\s+[A-Z]+")
_SIGNING_OFFICE_FIRST = frozenset("AUBSFGCEHLDM")


def _signing_office(line: str) -> bool:
    """Whether a line is the name of an office that signs a telegram (``_SIGNING_OFFICE``), forty characters at most."""
    return len(line) <= 40 and line[-1:] != "." and _SIGNING_OFFICE.fullmatch(line) is not None


def _sender_in_title(title: str, office: str) -> bool:
    """Whether the record's title calls it a telegram (an airgram, a cable, a despatch) from the office ("Telegram
    from the Embassy in the Soviet Union to the Department of State" over "Embassy Moscow": the office's name, its
    place left out, in the title's sender)."""
    title = title[:200].lower()
    at = title.find(" from ")
    if at < 0 or not any(kind in title[:at] for kind in ("telegram", "airgram", "cable", "despatch", "dispatch")):
        return False
    sender = title[at + 6:].split(" to ", 1)[0]
    office = office.lower()
    noun = next((word for word in ("embassy", "legation", "consulate", "high commission", "delegation", "mission",
                                   "department of state", "foreign office") if word in office), None)
    if noun is None and "state department" in office:
        noun = "department of state"
    return noun is not None and noun in sender


def _valediction_unglued(unit: Unit) -> list[Unit]:
    """The record's last block cut after its first line where that line is a leave-taking or a certification and the
    lines under it a signatory's ("Yours sincerely," / "J. B. Chifley" / "Prime Minister"; "Pour copie conforme," /
    "Le Chef du Service du Protocole" / "(signé) J. de Beaumarchais"); the block itself otherwise."""
    parts = unit.parts
    if len(parts) == 1 and type(parts[0]) is tuple:
        return _one_line_closing(unit)
    if not 2 <= len(parts) <= 7 or any(type(part) is not tuple for part in parts) \
            or rules.VALEDICTION.match(parts[0][1]) is None:
        return [unit]
    # (and its second line, a letter-book's: "I am, Sir," / "Your obedient Servant," / "John Ellery"; and the
    # addressee's title between, a governor's despatch's: "I have the honour to be," / "My Lord," / "Your Lordship's
    # most obedient humble Servant," / "GEO. C. STRAHAN,", whose "My Lord," had been a person's name)
    taken = 1
    while taken < min(4, len(parts) - 1) and (rules.VALEDICTION.match(parts[taken][1]) is not None
                                              or rules.SALUTATION.match(parts[taken][1]) is not None
                                              or parts[taken][1][:1].islower() and parts[taken][1].endswith(",")):
        taken += 1  # (a leave-taking's line run on in small letters: "Your Lordship's most obedient," / "humble
        # Servant,")
    signatory = Unit(parts[taken:], (), False)
    return _cut(unit, [taken]) if _is_signature_block(signatory) else [unit]


def _one_line_closing(unit: Unit) -> list[Unit]:
    """The record's last line cut after a leave-taking's comma where a signatory follows on that line, as minutes
    typed from a clerk's closing run them on ("Respectfully submitted, Arthur Pell, Secretary", which had been a
    paragraph); the unit itself otherwise ("Sincerely, we hope you agree.")."""
    offset, line = unit.parts[0]
    comma = line.find(",")
    while 0 < comma < 100:  # (the leave-taking's first comma that a signatory follows: "I am, Sir, Your obedient
        # Servant, John Ellery"; not "I remain, yours truly, John Smith," with the name)
        rest = line[comma + 1:]
        signatory = (offset + comma + 1 + len(rest) - len(rest.lstrip()), rest.strip())
        if signatory[1] and rules.VALEDICTION.match(line[:comma + 1]) is not None \
                and _is_signature_block(Unit([signatory], (), False)):
            return [Unit([(offset, line[:comma + 1])], unit.before, unit.blank_before), Unit([signatory], (), False)]
        comma = line.find(",", comma + 1)
    return [unit]


# The interview's heading fields that name a person (not "Place of interview:", "Project:", "Duration:").
_NAMING_FIELDS = frozenset({"interviewee", "interviewer", "interviewer(s)", "narrator", "transcriber", "transcribed by",
                            "interviewed by", "moderator", "facilitator", "person interviewed", "officer present",
                            "officers present", "other present", "others present", "interpreter",
                            "chair", "minute taker", "minute-taker", "minutetaker"})


# Who speaks unnamed, one of many, as a phone-in's or a public meeting's transcript labels them: told apart by what
# the brackets after the label say ("CALLER (Ohio):", "AUDIENCE MEMBER (man in red):").
_ANONYMOUS = frozenset({"caller", "questioner", "audience member", "member of the public", "unidentified speaker",
                        "unidentified male", "unidentified female", "unidentified man", "unidentified woman",
                        "unknown speaker", "voice"})
# Of them, and an interpreter, those a record of a conversation labels in brackets and a colon ("[Interpreter]:").
_BRACKETED_ROLES = frozenset({"interpreter", "translator", "unidentified speaker", "unknown", "unknown speaker",
                              "unidentified male", "unidentified female", "unidentified man", "unidentified woman"})
_QUALIFIED = re.compile(r"([^()]+?\s*\([^()]{1,40}\))\s*[:.]?\s*")


def _holder_in_label(label: str, office: bool) -> str | None:
    """The name in brackets after an office in a speaker's label, as a parliament's record names the holder the first
    time: with a title ("The PRIME MINISTER (Mr Menzies):" → "Mr Menzies"), or after an office alone the name's
    capitalised words ("The Prime Minister (Boris Johnson):", as Westminster's Hansard sets it now; "El señor
    PRESIDENTE DEL GOBIERNO (Rajoy Brey):", Spain's Diario de Sesiones). Not a member's seat, "(Melbourne)", nor a
    direction, "(interrupting)", "(spoke in French)"."""
    found = _BRACKETED_NAME.search(label)
    if found is not None and found.group("title").rstrip(".").lower() in TITLES:
        return found.group("holder")
    if office:
        found = _BRACKETED_NAMES.search(label) or _BRACKETED_NAMES_AND_OFFICE.search(label)
        if found is not None and _PLACE_WORDS.isdisjoint(found.group(1).split()) \
                and _DIRECTION_WORDS.isdisjoint(found.group(1).casefold().split()):
            return found.group(1)
    return None


# Words of a direction in a label's brackets, not of a name: "THE PRESIDENT (INTERPRETATION FROM SPANISH):", as the
# United Nations' verbatim records set it in capitals (it had been a person "Interpretation From Spanish").
_DIRECTION_WORDS = frozenset("interpretation translation from spoke speaking".split())


_BRACKETED_NAME = re.compile(r"\((?P<holder>(?P<title>[^\W\d_]+\.?)\s+(?:the\s+[^\W\d_]+\.?\s+)?"  # ("Senator the Hon.
                             # Scott Ryan"; initials too: "THE MINISTER OF EXTERNAL AFFAIRS (DR. S. JAISHANKAR):")
                             r"(?:[^\W\d_]\.\s?){0,3}[^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*){0,2})"
                             # (and the holder's seat and party, as Canada's committees name the chair: "The Chair (Mr.
                             # René Arseneault (Madawaska—Restigouche, Lib.)):")
                             r"(?:\s+\([^()]{1,80}\))?\)")
# Words of a seat's name, not a person's ("(East Sydney)", "(Islington North)").
_PLACE_WORDS = frozenset("""North South East West Central Upper Lower New Saint St Port Mount Fort City County
    Valley Hills Heights Park Bay Islands""".split())
# Two to four capitalised words, and the particles between them ("Sáenz de Santamaría Antón").
_NAMES_PARTICLE = r"(?:de|del|la|las|los|y|i|da|do|dos|van|von|der|den|di|le)\s+"
_BRACKETED_NAMES = re.compile(rf"\(((?:{_NAMES_PARTICLE})?[^\W\d_a-z][\w'’-]*"
                              rf"(?:\s+(?:{_NAMES_PARTICLE})*[^\W\d_a-z][\w'’-]*){{1,3}})\)")
# And the office again after a comma, as Switzerland's Federal Assembly names its chair: "(Aebi Andreas, Präsident)";
# or the party and the state after a full stop, as Brazil's Senate does: "(Ricardo Mendes Neto. Bloco/PSD - MG)".
_BRACKETED_NAMES_AND_OFFICE = re.compile(_BRACKETED_NAMES.pattern[:-2]
                                         + r"(?:,\s*[^\W\d_][\w\s'’.-]{0,40}|\.\s+[^\W\d_][^()]{0,40})\)")


def _reference_line(text: str) -> bool:
    """A line in brackets under an item's heading that points to an earlier record ("(Previous Reference: …)")."""
    return text[:1] == "(" and text.endswith(")") and len(text) <= 120


def _roman_headings(items: list) -> set[int]:
    """The units (by id) that head the record's parts in Roman numbers, in order from I, a short line each
    ("I. On the situation in the Presidium." … "II. On the agricultural plan."): two at least."""
    found, expected = set(), 1
    for unit, number, turn in items:
        match = _ROMAN.match(unit.text) if unit.text[:1] in "IVX" else None
        if match is None or number is not None or turn is not None or len(unit.lines) != 1 \
                or len(unit.text) > _SHORT_LINE or not unit.text[match.end():][:1].isupper():
            continue
        if rules.roman_value(match.group(1)) != expected:
            continue  # out of order: initials ("I. Brown reported."), no part of the record
        found.add(id(unit))
        expected += 1
    return found if len(found) >= 2 else set()


def _participants_gathered(items: list) -> list:
    """The (unit, number, turn) items with a participants list set out as memoranda of conversation set it
    made one unit: its label alone on its line ("PARTICIPANTS", "In Attendance"), the names on the lines
    below it — in its block, or in the next one after a blank line — and each later block that a side's
    label opens ("Soviet side:", "United States:"), all before the first turn. Every line of the blocks
    gathered is short and none opens a turn."""
    first_turn = next((k for k, item in enumerate(items) if item[2] is not None), len(items))
    if not any(rules.PARTICIPANTS_LABEL.match(unit.lines[0][1]) for unit, _, _ in items[:first_turn]):
        return items  # most records: no label alone on its line before the turns
    blocks: list[list] = []
    for item in items:
        if blocks and not item[0].blank_before and item[0].page_before is None:
            blocks[-1].append(item)
        else:
            blocks.append([item])

    def short_lines(block: list) -> bool:
        # (a name the register knows, then its comma and what the person is, "Mrs. Margaret Halloran, Chair", reads
        # as a turn's opening: under the label, it is a listed person)
        return all((turn is None or turn[0].shape == "comma")
                   and all(len(line) <= _SHORT_LINE for _, line in unit.lines) for unit, _, turn in block)

    out: list = []
    k = 0
    while k < len(blocks):
        block = blocks[k]
        unit, _, turn = block[0]
        if turn is not None:  # the record's turns have begun: nothing after is a participants list
            out.extend(item for later in blocks[k:] for item in later)
            break
        k += 1
        if not rules.PARTICIPANTS_LABEL.match(unit.lines[0][1]) or not short_lines(block):
            out.extend(block)
            continue
        gathered = list(block)
        if len(block) == 1 and len(unit.lines) == 1:  # the label alone: the names are the next block
            if k == len(blocks) or blocks[k][0][0].page_before is not None or not short_lines(blocks[k]) \
                    or not _has_names(" " + " ".join(u.text for u, _, _ in blocks[k])):
                out.extend(block)
                continue
            gathered.extend(blocks[k])
            k += 1
        while k < len(blocks) and blocks[k][0][0].page_before is None and short_lines(blocks[k]) \
                and rules.SIDE_LABEL.match(blocks[k][0][0].lines[0][1]) \
                and sum(len(u.lines) for u, _, _ in blocks[k]) > 1:
            gathered.extend(blocks[k])
            k += 1
        out.append((gathered[0][0].merged(*(u for u, _, _ in gathered[1:])), None, None))
    return out


def _names_rejoined(parts: list) -> list:
    """A running list's lines, each joined to the next where the line ends inside a name ("Vice President Mark" /
    "Delgado, Clerk …", "mevrouw A." / "Bakker, griffier; …"): the name had been two persons, "Delgado" one and "A."
    another. Only a line of a running list, its names between commas (not a state and its delegate a line, "France
    Mr. de La Gorce"); only lines one line end apart (the joined line's offsets are the source's); and not before a
    later line's own label ("Absent: …") nor a title ("Dr. Joaquim Ferraz, …": the next person's line)."""
    out: list = []
    for part in parts:
        if type(part) is tuple and out and type(out[-1]) is tuple:
            offset, line = out[-1]
            if part[0] == offset + len(line) + 1 and ("," in line or ";" in line) \
                    and (part[1][:1].isupper() or line.endswith(_OFFICE_CUT_ENDS)) \
                    and (_office_runs_on(line, part[1]) or _inside_a_name(line, part[1])
                         and _GROUP_LABEL.match(part[1]) is None and not _is_side_label(part[1])
                         and part[1].split(None, 1)[0].rstrip(".").lower() not in TITLES):
                out[-1] = (offset, f"{line} {part[1]}")
                continue
        out.append(part)
    return out


def _office_runs_on(line: str, following: str) -> bool:
    """Whether a running list's line ends inside an office that the next line ends ("…, Carol Ames, Business" /
    "Manager."; it had been persons #business and #manager)."""
    cut = (_LIST_SEPARATORS.split(line)[-1].strip().split(),
           _LIST_SEPARATORS.split(following, 1)[0].strip().rstrip(".;").split())
    if len(cut[0]) == 1 and len(cut[1]) >= 2 and cut[0][0].lower() in _SERVICE_WORDS \
            and cut[1][0].lower() in _OFFICE_WORDS:  # "…; Army" / "Minister Tojo; …": an office, then its holder
        return True
    if len(cut[0]) >= 3 and cut[0][1] == "of" and (cut[0][0].lower() in _OFFICE_WORDS or cut[0][0] == "Chief") \
            and cut[1] and cut[1][-1][:1].isupper() and cut[1][0].rstrip(".").lower() not in TITLES \
            and holder_after_office(" ".join(cut[0]), False) is None:  # (not before a title: the next person's)
        return True  # "…; Chief of the Army General" / "Staff Sugiyama; …" (he had been "Staff Sugiyama")
    return bool(cut[0] and cut[1]) and not _office_piece(cut[0]) and _office_piece(cut[1]) \
        and _office_piece([*cut[0], *cut[1]])


def _inside_a_name(line: str, following: str) -> bool:
    """Whether a running list's line ends inside a name: on an initial ("mevrouw A." / "Bakker"), a title ("Dr." /
    "Lindqvist"), or on one word of a
    name where the next line opens with one word, in a list whose other names have two words or more ("Vice President
    Mark" / "Delgado, Clerk Susan Whitfield"; not "Stalin, Molotov" / "Beria, Malenkov", a surname each)."""
    if _INITIAL_AT_END.search(line):
        return True
    if line.endswith(_COURTESY_ENDS):  # "… (Secretary), Dr." / "Lindqvist": the courtesy's name (it had been a
        return True  # person #dr; an office is not so: "Khrushchev, Chairman" / "Eisenhower, Herter")
    if line.rsplit(None, 1)[-1].lower() in _OFFICE_CUT:  # "…, Vice" / "Chairperson; …": an office the line cut
        return True
    before = _LIST_SEPARATORS.split(line)
    if " side" in line and len(before) > 1 and _is_side_phrase(before[-2]) and _office_piece(before[-1].split()):
        return True  # "…; on the Soviet side, Counsellor" / "S. F. Antonov.": no one before the office to hold it
    pieces = [_name_words(piece) for piece in (*before, *_LIST_SEPARATORS.split(following))]
    last, first = len(before) - 1, len(before)  # (the line's last piece, the next line's first)
    others = [count for k, count in enumerate(pieces) if k not in (last, first) and count]
    return pieces[last] == 1 and pieces[first] == 1 and bool(others) \
        and 2 * sum(count >= 2 for count in others) > len(others)


def _name_words(piece: str) -> int:
    """How many words of a list's piece are a name's: capitalised, after its label, not a title ("Vice President
    Mark": one; "Present: President Linda Okafor": two)."""
    words = [word for word in piece.rsplit(":", 1)[-1].split() if word[:1].isupper()]
    if not words or _office_piece(piece.rsplit(":", 1)[-1].strip().rstrip(".;").split()):
        return 0  # (what the person before is, "Minister", "Session Clerk", "Elders.": no name's words)
    return len(name_key(" ".join(words)).split())


def _office_piece(words: list[str]) -> bool:
    """An office or a post alone, its last word one ("Moderator", "Session Clerk"; not "Vice President Mark", nor
    "Vice" at a line's end, an office the line cut)."""
    return 0 < len(words) <= 4 and (words[-1].lower() in _OFFICE_WORDS or words[-1].lower() in _POST_WORDS) \
        and all(word[:1].isupper() for word in words)


# The words an office goes on from ("Vice" / "Chairperson", "Secretary of" / "State").
_OFFICE_CUT = frozenset({"vice", "deputy", "assistant", "acting", "associate", "joint", "under", "of", "for", "the"})
_OFFICE_CUT_ENDS = (" of", " for", " of the")  # ("Chief of" / "the Navy General Staff Nagano")
_INITIAL_AT_END = re.compile(r"(?:^|\s)[^\W\d_a-z]\.$")  # ("mevrouw A.")
_LIST_SEPARATORS = re.compile(r"[,;]")


# Who is present named by the states they represent, as the United Nations' records set it ("Present: The
# representatives of the following States: Argentina, Bulgaria, …"): the states no one's names.
_STATES_PRESENT = re.compile(r"(?:the\s+)?representatives\s+of\s+the\s+following\s+(?:member\s+)?"
                             r"(?:states|countries|governments|delegations)\s*:", re.IGNORECASE)


# Words and a colon opening a later line of a participants list, the label of a group of its members or of an office
# ("Members of the Politburo: Comrades Ulbricht, Ebert", "Candidates: Comrades Hager", "Interpreter: Shi Zhe"), if
# ``_a_members_label`` says so; or after a sentence's end in a line ("… S. F. Antonov. Interpreter: Shi Zhe.").
_INNER_LABEL = re.compile(r"(?<=[.;])[ \t]+([^\W\d_][\w'’-]*(?:[ \t]+[\w'’-]+){0,3}):[ \t]+(?=\S)")
_MEMBERS_LABEL = re.compile(r"([^\W\d_][\w'’.-]*(?:[ \t]+[\w'’.-]+){0,5}):[ \t]+(?=\S)")


def _a_members_label(label: str, after: str) -> bool:
    """Whether a list line's words before its colon are a label, not a person's name: an office alone (its holder's
    name after it), or words with no title, before names with one ("From the Central Committee: Comrade Axen", whose
    label had been a person "#from" and its names no one's)."""
    if _only_an_office(label):
        return True
    words = label.split()
    opening = after.split(None, 1)[0].rstrip(".,").casefold() if after.strip() else ""
    # (a title first, a name's: "Comrade Ulbricht: …"; not a body's words, "Members of the Politburo")
    return (words[0].rstrip(".").casefold() not in TITLES or any(word[:1].islower() for word in words[1:])) \
        and (opening in TITLES or opening in _PLURAL_TITLES)


# A label of its own on a later line of a participants list, as minutes set who attended and who did not ("Present: …" /
# "In attendance: …" / "Apologies: …"): its words are no one's name.
_GROUP_LABEL = re.compile(r"(?:(?:Also\s+|Those\s+|Persons\s+|Staff\s+|Officers\s+|Others\s+)?(?:present|"
                          r"in\s+attendance|attending)"
                          r"|apologies(?:\s+for\s+absence)?|absent|regrets|excused|not\s+present"
                          # (and French's, German's, Spanish's: "Absents excusés :", "Entschuldigt:", "Ausentes:")
                          r"|(?:absents?|excusés?|présents?)(?:\s+excusés?)?|entschuldigt|abwesend|anwesend"
                          # (Dutch: "Afwezig met kennisgeving:", "Tevens aanwezig:"; older minutes' "Tegenwoordig:", and
                          # the secretary's under the one presiding, "Secretaris: de Heer A. Kortenhoeven.")
                          r"|(?:tevens\s+)?aanwezig|afwezig(?:\s+met\s+kennisgeving)?|met\s+kennisgeving\s+afwezig"
                          r"|tegenwoordig(?:\s+de\s+he(?:e)?ren)?|(?P<office>secretaris|griffier)"
                          r"|ausentes?|presentes?|excusados?"
                          # (Italian: "Assenti: Tesolin Franco (giustificato), Moro Ugo.", "Assenti giustificati:")
                          r"|assenti(?:\s+giustificati)?|presenti)"
                          # (or a dash, as a board's roll call sets them: "Present - Messrs. …" / "Absent - Mr. …")
                          r"(?:\s*:\s*|\s+[-–—]\s+)",
                          re.IGNORECASE)


# A label of those absent, opening a line (the absent labels of _GROUP_LABEL, a colon after them): under a numbered
# list of those present it is a list of its own ("3. Del Frate Maria" / "Assenti: Tesolin Franco (giustificato), …",
# which had been words of the third item).
_ABSENT_WORDS = (r"(?:absent|apologies(?:\s+for\s+absence)?|regrets|excused|not\s+present"
                 r"|absents?(?:\s+excusés?)?|excusés?|entschuldigt|abwesend"
                 r"|afwezig(?:\s+met\s+kennisgeving)?|met\s+kennisgeving\s+afwezig|ausentes?|excusados?"
                 r"|assenti(?:\s+giustificati)?)")
_ABSENT_LABEL = re.compile(_ABSENT_WORDS + r"\s*:\s*", re.IGNORECASE)
# The same label on a later line of a list of those present, or after a dash, as a board's roll call sets it
# ("Present - Messrs. …" / "Absent - Mr. Quackenbush - 1."): where the list of the absent begins (``_absent_apart``).
_ABSENT_OPENS = re.compile(_ABSENT_WORDS + r"(?:\s*:\s*|\s+[-–—]\s+)", re.IGNORECASE)
# The label alone on its line, the absent a line each under it ("Absent:" / "The Right Hon. Hugh Dalton, M.P., …"); its
# colon makes it a label (a wrapped sentence may leave "absent" alone on a line).
_ABSENT_ALONE = re.compile(_ABSENT_WORDS + r"\s*:\s*\Z", re.IGNORECASE)
# The labels' first letters, capitals (a label opens its line so), a cheap gate before the patterns.
_ABSENT_FIRST = frozenset("AENRM")
_TELLERS = re.compile(r"(?i:tellers\s+for\s+the\s+(?:ayes|noes|contents|not[\s-]contents))\s*[:.—-]\s*")
# What an absent label says where no one is absent ("APOLOGIES:   None"): no name.
_NO_ONE = frozenset("none nil nobody nessuno nessuna keine niemand geen aucun aucune néant ninguno".split())


def _absent_listed(unit: Unit) -> bool:
    """A block that an absent label opens, names after it ("Assenti: Tesolin Franco (giustificato), Moro Ugo.")."""
    label = _ABSENT_LABEL.match(unit.text)
    if label is None:
        return False
    rest = unit.text[label.end():]
    return rest.strip(" .;").casefold() not in _NO_ONE and not _absent_prose(rest) and _has_names(" " + rest)


def _lone_stamps_forward(units: list[Unit], evidence: "Evidence") -> list[Unit]:
    """A recording's timestamp alone between blank lines, the next paragraph a turn ("[00:06:12]" / "OKAFOR: Tell me
    about the cannery."): the time at which that turn's words are spoken, made one unit with it, as when no blank
    line stands between them (it had been words of the turn before it, its speaker's last paragraph)."""
    def stamp_over_turn(unit: Unit, after: Unit) -> Unit | None:
        if is_lone_stamp(unit.text) and after.page_before is None \
                and evidence.turn(_after_number(after.text)[1]) is not None:
            return unit.merged(after)
        return None
    return _pairs_merged(units, stamp_over_turn)


def _decisions_led_in(units: list[Unit]) -> list[Unit]:
    """A decision's lead-in, a blank line, then what was decided ("After discussion, it was" / "RESOLVED THAT the
    draft business plan be approved …", as a UK company's minutes set it): one paragraph, the record's (the lead-in
    had been words of the last speaker's turn, the decision a paragraph of its own)."""
    def lead_in_over_decision(unit: Unit, after: Unit) -> Unit | None:
        if unit.text[-6:] in _LEADIN_ENDS and after.page_before is None \
                and rules.DECIDED_UNDER_LEADIN.match(after.text) is not None:
            merged = unit.merged(after)
            if rules.DECISION.match(merged.text):  # (the lead-in the record's: not "TW said that it was" / …)
                return merged
        return None
    return _pairs_merged(units, lead_in_over_decision)


def _pairs_merged(units: list[Unit], join: Callable[[Unit, Unit], Unit | None]) -> list[Unit]:
    """The units, each pair that ``join`` makes one unit (a unit and the one after it) made so, once."""
    out: list[Unit] = []
    taken = False
    for k, unit in enumerate(units):
        if taken:
            taken = False
            continue
        merged = join(unit, units[k + 1]) if k + 1 < len(units) else None
        if merged is not None:
            out.append(merged)
            taken = True
            continue
        out.append(unit)
    return out


_LEADIN_ENDS = frozenset({"it was", "It was", "IT WAS"})  # (how a decision's lead-in ends, on its line)


def _absent_opens(text: str) -> bool:
    """A line that an absent label opens ("Apologies: Mr K. Black", "Absent - Mr. Quackenbush - 1.", "Absent:", which
    ``_ABSENT_OPENS`` reads too); not one that a sentence follows (``_absent_prose``)."""
    if text[:1] not in _ABSENT_FIRST:
        return False
    label = _ABSENT_OPENS.match(text)
    return label is not None and not _absent_prose(text[label.end():])


# A verb of a sentence's own, after an absent label: what was written is why, not who ("Regrets: the Chairman was
# unable to attend …", which had been a list of the absent, the Chairman in it).
_PROSE_VERB = re.compile(r"\b(?:was|were|is|are|has|have|had|will|would|could|should|can|cannot|did|does|do)\b")


def _absent_prose(rest: str) -> bool:
    """Words after an absent label that are a sentence: its first word in small letters, no particle of a name ("the
    Chairman was unable …"; "van der Berg, Mr Jones" names), and a verb of its own."""
    first = rest.split(None, 1)[0] if rest.strip() else ""
    return first[:1].islower() and first not in NAME_PARTICLES and _PROSE_VERB.search(rest) is not None


def _names_after_label(text: str) -> bool:
    """A line of a list's label and names after it, not "Apologies: None"."""
    label = _ABSENT_OPENS.match(text) or _GROUP_LABEL.match(text) or rules.PARTICIPANTS.match(text)
    if label is None:
        return False
    rest = text[label.end():]
    return rest.strip(" .;").casefold() not in _NO_ONE and _has_names(" " + rest)


def _absent_ended(listed: Unit, text: str) -> bool:
    """A list of those absent, and a unit under it that a label of those present opens ("Apologies: Mr K. Black" /
    "In attendance: Mr T. White (Secretary)", "The following were also present:"): the absent's list ends there."""
    return _absent_opens(listed.lines[0][1]) and (rules.PARTICIPANTS.match(text) or rules.PARTICIPANTS_LABEL.match(text)
                                                  or _GROUP_LABEL.match(text)) is not None


def _absent_apart(units: list[Unit]) -> list[Unit]:
    """A block cut before a line that an absent label opens, and after those absent before the next line's own label:
    those absent are a list of their own, apart from those present (``Participants.kind``). Under a numbered list
    of those present ("3. Del Frate Maria" / "Assenti: Tesolin Franco …", which had been the third item's words);
    under a line that a label of those present opens ("Present: Mrs J. Smith (Chair), …" / "Apologies: Mr K. Black" /
    "In attendance: …", the roll call's "Absent - Mr. Quackenbush - 1.", older Dutch minutes' "Afwezig: …" under
    "Voorzitter: …", which had been items of the list of those present); and the label alone on its line, the absent
    under it ("Absent:" / "The Right Hon. Hugh Dalton, M.P., …")."""
    out: list[Unit] = []
    absent = False  # (the lines since the last cut are those absent: in the block above too, its label alone)
    for unit in units:
        absent = absent and not unit.blank_before and unit.page_before is None
        if not absent and not any(_absent_opens(line) for _, line in unit.lines):
            out.append(unit)  # (most blocks: no line that such a label opens, and none of them absent)
            continue
        cuts = []
        numbered = ":" in unit.text and rules.LIST_ITEM.match(unit.text) is not None
        listed = False  # (a line above opens with a label of those present, or who presides)
        for k, part in enumerate(unit.parts):
            if type(part) is not tuple:
                continue
            line = part[1]
            if _absent_opens(line) and (not k or listed or _ABSENT_ALONE.match(line) or numbered
                                        and _ABSENT_LABEL.match(line)):
                if k:
                    cuts.append(k)
                absent = True
            elif not absent:
                listed = listed or (rules.PARTICIPANTS.match(line) or rules.PRESIDING.match(line)
                                    or _GROUP_LABEL.match(line)) is not None
            elif k and (rules.PARTICIPANTS.match(line) or _GROUP_LABEL.match(line)):
                cuts.append(k)  # (those absent end where another label opens a line: "In attendance: …")
                absent = False
        # (the label alone on the block's last line: its names in the block under it)
        absent = absent and _ABSENT_ALONE.match(unit.lines[-1][1]) is not None
        out.extend(_cut(unit, cuts) if cuts else (unit,))
    return out


# Dots or a rule left for a signature or a date (as the project's rule closer-signed reads them); alone on a line, over
# the name that signs on it, told first by the line's first character.
_BLANK_TO_FILL = re.compile(rules.BLANK_TO_FILL)
_SIGNING_RULE_FIRST = frozenset("_.…")


def _lists_participants(unit: Unit) -> bool:
    """A participants label ("Present: …", "On the Soviet side: …", "PARTICIPANTS" alone on its line) and a
    name after it (the label alone, "In Attendance:", made a list of no one, which TEI refuses)."""
    text = unit.text
    head = rules.PARTICIPANTS.match(text)
    if head is not None:
        return _has_names(" " + text[head.end():])
    if _presiding(unit) or _absent_listed(unit) or _witness_named(unit):
        return True
    return len(unit.lines) > 1 and rules.PARTICIPANTS_LABEL.match(unit.lines[0][1]) is not None \
        and _has_names(" " + text[len(unit.lines[0][1]):])


# One witness, named at a select committee's record's head as the plural names several ("Witness: Richard Holroyd MP,
# Minister for Roads and Local Transport."); before speech, the label is a speaker's ("WITNESS: I don't recall.").
_WITNESS_LABEL = re.compile(r"(?:Witness|WITNESS)[ \t]*:[ \t]*")


def _witness_named(unit: Unit) -> bool:
    """A witness's label, then a name and, after its comma, what the person is: an office or a post ("Witness: Richard
    Holroyd MP, Minister for Roads and Local Transport.", which had been a turn of a person "#witness"); not speech."""
    label = _WITNESS_LABEL.match(unit.text)
    if label is None:
        return False
    name, comma, what = unit.text[label.end():].partition(",")
    found = _find_name(name) if comma else None
    return found is not None and found == (0, len(name.rstrip())) \
        and _office_after(", " + what.split(",", 1)[0].strip()) is not None


def _presiding(unit: Unit) -> bool:
    """Who presides, at a record's head: a name, its title or its country's with it, and nothing else
    ("President: Mr. ZORIN (Union of Soviet Socialist Republics)"); "President: Thank you." is a turn. So too the
    first line of a block whose later lines each open with a label of their own, those present, absent, the
    secretary, as older Dutch minutes set their head ("Voorzitter: de Heer Mr. J. H. van Rijckevorsel, Burgemeester."
    / "Secretaris: de Heer A. Kortenhoeven." / "Tegenwoordig: de Heeren C. Blokland, …" / "Afwezig: …"; each line had
    been a turn, of persons "#voorzitter", "#secretaris", "#tegenwoordig", "#afwezig")."""
    if len(unit.lines) == 1:
        return _presiding_line(unit.text)
    lines = [line for _, line in unit.lines]
    if not _presiding_line(lines[0]) or lines[0].rstrip().endswith((",", ";")):
        return False
    labelled = False  # (the line above opens with a label, or goes on from one that does)
    for k, line in enumerate(lines[1:], 1):
        label = _GROUP_LABEL.match(line)
        if label is not None and _has_names(" " + line[label.end():]):
            labelled = True
        elif not (labelled and k > 1 and lines[k - 1].rstrip().endswith((",", ";", " en", " and"))):
            return False
    return True


def _presiding_line(text: str) -> bool:
    """A line naming who presides (``_presiding``)."""
    head = rules.PRESIDING.match(text)
    if head is None:
        return False
    rest = text[head.end():]
    office = _OFFICE_AFTER_NAME.search(rest)
    if office is not None and (_only_an_office(office.group(1)) or _a_post(office.group(1))):
        rest = rest[:office.start()]  # (what the one presiding is, after the name's comma: ", Burgemeester.")
    words = rest.split()
    if len(words) > 2 and words[0] in ("de", "het") and _opens_with_title(words[1]):
        rest = rest.split(None, 1)[1]  # (the title's article: "de Heer Mr. J. H. van Rijckevorsel")
    whose = _WHOSE.search(rest)
    # (the dots that lead the eye to the country, as the United Nations' records set them: "Mrs. Haley . . . (…)")
    words = [word for word in (rest[:whose.start()] if whose else rest).rstrip(".").split() if word.strip(".…")]
    # (the titles before the name count for nothing: "EXCMA. SRA. D.ª ANA MARÍA PASTOR JULIÁN", the Congreso's)
    titled = False
    while len(words) > 1 and _opens_with_title(words[0]):
        del words[0]
        titled = True
    # (a name of one word, the Tweede Kamer's "Voorzitter: Bosma", if no sentence ends there: "President: Agreed." is
    # the President's turn; after a title, in capitals, the League of Nations' "President: M. BENEŠ.")
    return 1 <= len(words) <= 5 and all(word[:1].isupper() or word in NAME_PARTICLES for word in words) and (
        len(words) > 1 or whose is not None or not rest.rstrip().endswith((".", "!", "?", "…"))
        or titled and is_capitals(words[0].rstrip(".")))


# The office a presiding label names, as the record's speakers' labels name it ("The CHAIRMAN").
# (The French record's "Présidence de Mme …" names the one its labels call "Mme la présidente.", or "M. le président.".)
_PRESIDING_OFFICE = {"chairman": ("chairman",), "chairwoman": ("chairwoman",), "chairperson": ("chairperson",),
                     "chair": ("chairman",), "in the chair": ("chairman",), "vorsitz": ("vorsitzender",),
                     "chaired": ("chairman",), "chaired by": ("chairman",),
                     "presided": ("chairman",), "presided by": ("chairman",),
                     "vorsitzender": ("vorsitzender",), "voorzitter": ("voorzitter",),
                     "председатель": ("председатель",), "председательствующий": ("председатель",),
                     "председательствовал": ("председатель",), "председательствовала": ("председатель",),
                     "présidence de": ("président", "présidente"),
                     "presidenza del": ("presidente",), "presidenza della": ("presidente",),
                     "presidência do": ("presidente",), "presidência da": ("presidente", "presidenta"),
                     "presidencia del": ("presidente",), "presidencia de la": ("presidenta", "presidente")}
# The presidency's line, as the French, Italian, Portuguese and Spanish records set it ("Présidence de", "PRESIDENZA
# DEL"), by its first letters; and the offices its labels name.
_PRESIDENCY_FIRST = frozenset({"pre", "pré"})
_PRESIDENCIES = {head: offices for head, offices in _PRESIDING_OFFICE.items() if head[:3] in _PRESIDENCY_FIRST}


def _chair_changed(text: str) -> tuple[tuple[str, ...], int, int] | None:
    """A line of who presides from here on ("PRESIDENZA DEL VICEPRESIDENTE GIORGIO MULÈ", "Présidence de Mme Valérie
    Rabault, vice-présidente"): the offices the record's labels name, and where the holder's name stands (past the
    titles and the office before it, up to the comma of what the holder is), else None."""
    head = rules.PRESIDING.match(text)
    if head is None:
        return None
    offices = _PRESIDENCIES.get(" ".join(head.group(0).casefold().split()))
    if offices is None or not _presiding_line(text):
        return None
    start = head.end()
    stop = text.find(",", start)
    stop = len(text) if stop < 0 else stop
    for word in re.finditer(r"\S+", text[start:stop]):
        if not _opens_with_title(word.group()):
            start += word.start()
            break
    else:
        return None
    end = len(text[:stop].rstrip().rstrip("."))
    return (offices, start, end) if end > start else None


# (and as the Storting's labels name its president, "Presidenten:", the president)
_PRESIDENT = ("president", "presidenten")
_WHOSE = re.compile(r"\s*\([^()]{1,80}\)\s*\.?\s*\Z")  # "(Union of Soviet Socialist Republics)"
_OFFICE_AFTER_NAME = re.compile(r",\s*([^,()]{2,60}?)\s*\.?\s*\Z")  # ", Burgemeester."


def _has_names(text: str) -> bool:
    """A capitalised word, or a word of a script without capitals ("الرئيس", "ראש")."""
    words = text.split()
    if len(words) == 1 and "、" in words[0]:
        words = ["", *words[0].split("、")]  # (names a Chinese or Japanese list sets apart by its commas: "周恩来、陈毅")
    return any(word[:1].isalpha() and not word[:1].islower() for word in words[1:])


def _a_person_a_line(unit: Unit) -> bool:
    """A list whose label opens its first line and whose lines each name a person and what the person is, as a
    memorandum of conversation sets it ("PARTICIPANTS: Chou En-lai, Premier, State Council" / "Henry A. Kissinger,
    Assistant to the President …"): no line ends with a comma, every later one opens with a capital, and on most lines
    an office's words follow the name."""
    lines = [line for _, line in unit.lines]
    if len(lines) < 2 or any(line.rstrip().endswith((",", " and")) for line in lines) \
            or not all(line[:1].isupper() for line in lines[1:]):
        return False
    parts = [part.split() for line in lines for part in line.split(",")[1:] if part.strip()]
    # (the initials in brackets after the office no part of it: "Joanna Sutcliffe, Chief Executive (JS)")
    after_names = [_without_initials(line.split(",")[1]).split() for line in lines
                   if "," in line and _without_initials(line.split(",")[1]).strip()]
    # (an office after most names, and no courtesy after a comma: "Mrs J. Smith (Chair), Mr R. Brown" names two a
    # line, and so does "Eisenhower, Herter, Secretary of State")
    return 2 * sum(map(_an_office_part, after_names)) > len(after_names) \
        and not any(words[0].rstrip(".").casefold() in COURTESIES and not _an_office_part(words) for words in parts)


def _a_side_over_persons(items: list, index: int) -> bool:
    """A state's name alone on its line, its members under it a line each, each with a title or an office, as a
    memorandum of conversation sets the other side ("U.S.S.R." / "Foreign Minister Andrei A. Gromyko" / "Ambassador
    Mikhail A. Menshikov", which had been two paragraphs, the names one of them)."""
    unit = items[index][0]
    if len(unit.lines) != 1 or index + 1 >= len(items) or not rules.SIDE_NAME.match(unit.text.strip()):
        return False
    members = items[index + 1][0]
    return not members.blank_before and members.page_before is None and all(
        len(words := line.split()) <= 8 and not line.endswith(("!", "?", ";", ":")) and any(
            word.rstrip(".,").lower() in TITLES for word in words[:2]) for _, line in members.lines)


def _name_over_office(unit: Unit) -> bool:
    """A block of a participants list, a name and the office under it, as British Cabinet conclusions list those
    present ("The Rt Hon Denis Healey MP" / "Chancellor of the Exchequer")."""
    lines = [line for _, line in unit.lines]
    return len(lines) == 2 and not _an_office_line(lines[0]) and _an_office_line(lines[1]) \
        and lines[0][:1].isupper() and len(lines[0]) <= 80


def _an_office_line(line: str) -> bool:
    """A line that is an office alone: an office's word first, and no name after it, its words all an office's or
    what it is of after "of" or "for" ("Prime Minister", "Lord President of the Council", "Chancellor of the
    Exchequer"; not "Secretary Rogers", "Secretary of State William P. Rogers")."""
    words = line.strip().rstrip(".;").split()
    if not words or len(words) > 12 or "," in line or words[0].lower() not in _OFFICE_LINE_FIRST:
        return False
    return any(word in ("of", "for") for word in words[1:]) and holder_after_office(line, False) is None \
        or _only_an_office(line)


def _an_office_part(words: list[str]) -> bool:
    """What follows a name and its comma, an office's words and no name after them ("Premier", "Vice Chairman",
    "Assistant to the President …"; not "Ambassador Dobrynin"); or a post's, a word of one ending a few capitalised
    words or opening what it is of ("Harbour Engineer", "Representative of the Union", which had been persons)."""
    offices = _OFFICE_WORDS | _OFFICE_QUALIFIERS | _POST_WORDS
    if len(words) > 2 and words[0] == "Head" and words[1] == "of":  # a post and what it heads: "Head of Fleet"
        offices = offices | {"head"}
    if words[0].lower() in offices and (len(words) == 1 or words[1][:1].islower() or words[1].lower() in offices):
        named = next((k for k, word in enumerate(words) if word.lower() not in offices), len(words))
        # (but an office with two words of a name after it, "Vice President Mark Delgado", is a person of the list:
        # he had been no one, or the office of the one before him)
        return not (len(words) - named >= 2 and all(word[:1].isupper() for word in words[named:named + 2])
                    # (nor two words of an office and a surname: "Prime Minister Konoe; Foreign Minister Toyoda", he had
                    # been the office of Konoe's, and "Toyoda, Foreign Minister:" Konoe's turn)
                    or len(words) - named == 1 and named >= 2 and words[named - 1].lower() in _OFFICE_WORDS
                    and words[-1][:1].isupper() and words[-1].lower() not in _AFTER_AN_OFFICE)
    # (and an office after the state's adjective or a body's letters: "Valdorian Ambassador", "NSC Staff")
    return len(words) <= 4 and (words[-1].lower() in _POST_WORDS or words[-1].lower() in _OFFICE_WORDS) \
        and all(word[:1].isupper() for word in words)


# Words after an office that are its, no holder's name ("Minister Plenipotentiary", "President Elect").
_AFTER_AN_OFFICE = frozenset("plenipotentiary designate elect emeritus emerita extraordinary".split())
# Words of a post that a participants list sets after a name, beside the offices' (_OFFICE_WORDS).
_POST_WORDS = frozenset("""representative engineer manager inspector commissioner superintendent delegate member
    editor correspondent expert counsel officer master mate rector vicar curate churchwarden overseer
    steward moderator elder elders preses convener convenor provost bailie registrar headmaster headmistress coroner
    reporter stenographer writer
    magistrate executive accountant surveyor bursar librarian auditor comptroller headteacher staff""".split())


def _is_side_label(label: str) -> bool:
    return label.lower().startswith("on the")


def _is_side_phrase(piece: str) -> bool:
    """A list's piece that names a side, not a person ("on the Soviet side", between the sides' members)."""
    side = rules.PARTICIPANTS.pattern.fullmatch(piece.strip())
    return side is not None and _is_side_label(side.group(0))


_TITLE_AT_END = re.compile(r"(?:^|\s)([^\W\d_]{1,6})\.$")


def _ends_with_title(text: str) -> bool:
    """Whether the text ends with a title's abbreviation, which a name must follow ("… by Dr."); not with a title's
    whole word, which may end a sentence ("He is my son, my Lord.", "Yes, Sir.", "Rusk: Right.", which had run on
    into the paragraph after them across a blank line)."""
    last = _TITLE_AT_END.search(text[-10:])
    return last is not None and last.group(1).casefold() in _PARAGRAPH_TITLES


# (and across a blank line, the ranks and the Italian and Indian titles too)
_PARAGRAPH_TITLES = rules.ABBREVIATED_TITLES | frozenset(
    "maj sgt cdr brig pres sec hon rt mlle sig dott avv ing smt".split())


# (and the titles of several before their names: "MM. GAUTHIER, LEBRUN, Mmes DUVAL, MOREAU")
_PLURAL_TITLES = frozenset("""comrades comrs messrs товарищи тт genossen senators representatives congressmen ambassadors
    ministers generals admirals professors doctors drs delegates secretaries herren messieurs mm gemeinderäte stadträte
    ratsherren kreisräte bros brothers mmes mesdames mlles heeren heren""".split())


# Words of an office, one of which an office written after a participant's name holds ("Prime Minister").
_OFFICE_WORDS = frozenset("""minister secretary president chancellor ambassador counselor counsellor adviser advisor
    director chairman chairwoman premier governor general admiral attorney treasurer spokesman interpreter officer
    assistant attaché consul deputy chair chairperson clerk mayor
    presidente presidenta vicepresidente vicepresidenta secretario secretaria tesorero tesorera vocal consejero
    consejera président présidente vice-président vice-présidente vice-presidente secrétaire trésorier
    vorsitzender vorsitzende schriftführer schriftführerin
    segretario segretaria voorzitter burgemeester griffier wethouder secretaris penningmeester""".split())
# The last word of an office's label in capitals, said once ("DEFENSE COUNSEL:", "TRIAL JUDGE ADVOCATE:").
# Offices whose name is one word, said as a speaker's label alone ("Bundeskanzler:", "Staatssekretär:").
_ONE_WORD_OFFICES = frozenset("""bundeskanzler bundeskanzlerin bundespräsident staatssekretär vizekanzler
    bundesminister ministerpräsident reichskanzler vorsitzender vorsitzende präsident berichterstatter
    chancellor premier""".split())
_LABEL_OFFICES = (COURT_ROLES | _OFFICE_WORDS | frozenset("advocate coroner solicitor barrister".split())) - {"member"}
# What an office alone on its line may open with, besides an office's words: "Lord President of the Council", "Home
# Secretary", "Paymaster General", "Chief Secretary to the Treasury".
_OFFICE_LINE_FIRST = _OFFICE_WORDS | frozenset("""prime vice lord home paymaster solicitor chief parliamentary financial
    foreign first""".split())
def _firms(lines: list[tuple[int, str]]) -> list[tuple[int, int]]:
    """Where firms named after their partners stand in these lines, in the transcript ("Messrs. Price," /
    "Waterhouse & Co.")."""
    joined = "\n".join(line for _, line in lines)
    starts = list(accumulate((len(line) + 1 for _, line in lines[:-1]), initial=0))

    def at(index: int) -> int:
        k = bisect_right(starts, index) - 1
        return lines[k][0] + index - starts[k]
    return [(at(m.start()), at(m.end() - 1) + 1) for m in _FIRM.finditer(joined)]


_FIRM = re.compile(r"(?:Messrs\.?\s+)?[A-Z][\w'’-]+(?:,\s+[A-Z][\w'’-]+)*\s+(?:&|and)\s+Co(?:\.|mpany\b)")
# A piece of a list that is the letters of a person's honours after the comma ("K.B.E.", "M.P., J.P."), dotted.
_POSTNOMINAL_PIECE = re.compile(r"\s*((?:[A-Z]{1,4}\.){2,4}(?:\s+(?:[A-Z]{1,4}\.){2,4})*)(?=\s*(?:\(|[,;.]?\s*$))")
_POSTNOMINAL_LETTERS = frozenset("""KBE OBE CBE MBE GBE KCB GCB CB KCMG GCMG CMG KCVO GCVO CVO MVO DSO MC DFC AFC QC KC MP
    JP PC FRS DL VC GC KG KT CH DSC""".split())
# The words before a colon inside a list's piece that name those after it ("the following Directors:").
_PLURAL_BEFORE_COLON = re.compile(r"\b(?:following|[A-Z][a-z]+s):\s")
_BRACKETED_OFFICE = re.compile(r"\s*\(([^()]{1,40})\)")  # the office after a listed name: " (Chairman)"
_IN_THE_CHAIR = frozenset({"in the chair", "in the chair.", "presiding", "chair"})
_IN_THE_CHAIR_AFTER = re.compile(r"\s*\((?:in the [Cc]hair|presiding)\)\.?\s*$")


def _only_an_office(part: str) -> bool:
    """A part of a participants list made only of an office's words ("Assistant Secretary", "Political Officer",
    "Secretary of State"), no name among them."""
    words = part.strip().rstrip(".;").replace("(", " ").replace(")", " ").split()  # ("voorzitter (burgemeester)")
    return bool(words) and all(word.lower() in _OFFICE_WORDS or word.lower() in _OFFICE_QUALIFIERS for word in words)


def _a_post(part: str) -> bool:
    """A post of a few capitalised words, the last a post's ("Chief Executive", "Borough Surveyor"), as a participants
    list sets it in brackets after a name (the Chief Executive's turns had been a person "#chief-executive"'s)."""
    words = part.split()
    return 0 < len(words) <= 4 and words[-1].lower() in _POST_WORDS and all(word[:1].isupper() for word in words)


def _initials_after(part: str | re.Match | None, name: str) -> bool:
    """Whether the part ends with the initials in brackets of the name before it, so that it is what that person
    is, in whatever words ("Mr R. Tennant, Care Coordinator (RT); …", "Ms E. Price, Ward Manager, Ash Ward (EP)":
    they had been persons "#care-coordinator" and "#ash-ward"); or the initials found after it."""
    found = _INITIALS_AT_END.search(part) if type(part) is str else part
    return found is not None and _initialled_name(name, 0, len(name), found.group(1)) is not None


# A listed person's initials opening the next line, after the office that ends the line before.
_WRAPPED_INITIALS = re.compile(r"[ \t]*\n\s*\(([^\W\d_a-z]{2,4})\)")


def _offices_in(part: str) -> list[str]:
    """The offices of a part that is only offices: the one before the brackets and the one in them ("voorzitter
    (burgemeester)", a Dutch council's chairman, the mayor: "De voorzitter:" and "De burgemeester:" are his)."""
    outside, _, inside = part.strip().rstrip(".;").partition("(")
    return [office for office in (outside.strip(), inside.rstrip(") ").strip()) if office]


def _a_service(part: str) -> bool:
    """An arm or branch of an armed service, as a list sets it after an officer's name ("Infantry", "Field
    Artillery", "Corps of Engineers", "JAGD", "Royal Navy")."""
    words = part.strip().rstrip(".;").split()
    return 0 < len(words) <= 5 and words[0][:1].isupper() and any(w.lower() in _SERVICE_WORDS for w in words) \
        and all(w.lower() in _SERVICE_WORDS or w in ("of", "the", "and", "&") for w in words)


_SERVICE_WORDS = frozenset("""infantry artillery cavalry engineers corps armor armour armored armoured signal signals
    ordnance quartermaster medical dental veterinary chemical warfare service transportation finance military police
    coast field air force navy naval marines marine royal army reserve guard national jagd jag usa aus usar usn usnr
    usmc usaf raf rn rnvr rnr rm ran rcaf raaf rcn""".split())


# Words an office's name has besides its word of office ("Deputy Assistant Secretary of State").
_OFFICE_QUALIFIERS = frozenset("""of for the and vice under prime first second third political economic military
    state foreign defence defense""".split())


_IN_ATTENDANCE = re.compile(r",\s*(?:in\s+attendance|also\s+present|present|attending)\s*[.;]?\s*$", re.IGNORECASE)
_DASHED_OFFICE = re.compile(r"\s+[-–—]\s+([^,(]+?)[.;]?\s*$")


def _office_after(rest: str) -> str | None:
    """The office a participants list's line gives after the name: its last part between commas, capitalised,
    a word of office in it ("…, M.P., Prime Minister"; ", Secretary of State for the Home Department"); or after a
    dash, as India's parliamentary committees list theirs ("Shri Pralhad Joshi - Chairperson")."""
    rest = _without_initials(rest)  # ("…, Chief Executive (JS)": the holder's initials after the office)
    dash = _DASHED_OFFICE.match(rest)
    rest = _IN_ATTENDANCE.sub("", rest)  # ("Mr. A. Gillies, Secretary, in attendance.": the Secretary's)
    last = dash.group(1) if dash else rest.rsplit(",", 1)[-1].strip().rstrip(".;") if "," in rest else ""
    words = last.split()
    if not 1 <= len(words) <= 8 or not last[:1].isupper() or "(" in last:
        return None
    # (or a post's, "Chief Executive", as a board's minutes list it: "The Chief Executive reported …" hers)
    return last if any(word.lower() in _OFFICE_WORDS for word in words) or _a_post(last) else None


# A listed person's initials in brackets at the end of the line or of the part, after the office, as a board's minutes
# list its members to call them so later ("Joanna Sutcliffe, Chief Executive (JS)", then "JS reported …").
_INITIALS_AT_END = re.compile(r"\s*\(([^\W\d_a-z]{2,4})\)\s*[.;]?\s*\Z")


def _without_initials(part: str) -> str:
    """The part without the initials in brackets at its end ("Chief Executive (JS)": "Chief Executive")."""
    found = _INITIALS_AT_END.search(part)
    return part[:found.start()] if found is not None and found.start() > 0 and part[:found.start()].strip() else part


def _offices_so_called(office: str) -> list[str]:
    """An office as a list gives it, and as the record's speakers are then called: "Lord President of the Council" is
    "The Lord President"; "Secretary of State for Foreign Affairs" "The Foreign Secretary" (and "for the Home
    Department" the Home Secretary), as British Cabinet conclusions call them (they had been persons of their own)."""
    names = [office]
    secretary = _SECRETARY_OF_STATE.fullmatch(office)
    if secretary is not None:
        names.append(f"{secretary.group(1)} Secretary")
    elif " of " in office and office.split(" of ", 1)[0].count(" ") >= 1:
        names.append(office.split(" of ", 1)[0])  # ("Lord President", not "Secretary" of "Secretary of State")
    return names


_SECRETARY_OF_STATE = re.compile(r"Secretary of State for (?:the )?([A-Z][a-z]+)(?: Affairs| Department)?")


# A British minister's style before the name ("The Right Hon. Harold Macmillan, M.P."): no part of it.
_HONORIFICS = frozenset("right rt most hon honourable honorable".split())


# Initials, a Russian name's transliterated as two letters too ("Yu.V. Andropov", "Zh.", "Kh."; "Yu.V" had been a
# person of its own).
_INITIALS = re.compile(r"(?:(?:[^\W\d_]|%s)\.)+" % "|".join(
    sorted((initial.capitalize() for initial in DIGRAPH_INITIALS), key=len, reverse=True)))


def _find_name(segment: str) -> tuple[int, int] | None:
    """Where the name is in one comma-separated part of a list: "and Mr. B. Smith (adviser)".

    Lower-case words before it ("comrades", "and") are not part of it; a title or an
    initial with its full stop is; the name ends at punctuation or a lower-case word.
    """
    start = end = None
    role = False  # the name opens with a title: "the Chancellor of the Exchequer" runs on past "of the"
    skip_to = 0
    matches = list(re.finditer(r"\S+", segment))
    words = [m.group() for m in matches]
    for index, match in enumerate(matches):
        if index < skip_to:
            continue
        word = match.group()
        core = word.rstrip(".,;:)")
        if role and end is not None and word in ("of", "for", "and"):
            continues = role_continues(words, index, True)
            if continues is not None:
                skip_to = continues
                continue
        initial = bool(_INITIALS.fullmatch(word)) or word[-1:] == "." and core.lower() in ABBREVIATED_FORENAMES
        capital = core[:1].isalpha() and not core[:1].islower()  # (a script without capitals: every word may name)
        title = core.lower() in TITLES and capital
        if start is not None and core.lower() in _PLURAL_TITLES and (word.endswith(".") or core[:1].islower()):
            start = end = None  # "Члены Политбюро ЦК тт. Сталин": who they are, then the title of them all
            role = False
            continue
        if start is None and (core.lower() in _PLURAL_TITLES or core.lower() in _HONORIFICS or core == "The" and (
                index + 1 < len(words) and words[index + 1].rstrip(".").lower() in _HONORIFICS)):
            continue  # "Comrades János Kádár, Gyula Kállai": the title of them all, no one's name; "The Right Hon."
        if start is None:
            if initial or title or (capital and _NAME_WORD.fullmatch(core)):
                start = match.start()
                role = title and not word.endswith(".") or index > 0 and words[index - 1].lower() == "the"
            elif core[:1].islower():
                continue  # "comrades", "and"
            else:
                return None
        if initial or (title and word.endswith(".")):
            end = match.end()
            continue
        if end is not None and word[:1] in NICKNAME_QUOTES and NICKNAME.fullmatch(word) is not None \
                and index + 1 < len(words) and _NAME_WORD.fullmatch(words[index + 1].rstrip(".,;:)")) \
                and words[index + 1][:1].isupper():
            continue  # a nickname in quotes between the names, the name's as written: 'Ernesto "Che" Guevara'
        if core.lower() in NAME_PARTICLES and end is not None and core == word:
            # A particle is the name's if a name's word follows it ("de Gaulle"): "Capitaine du port de Saint-Malo"
            # is what someone is, no one's name (it had been a person "Capitaine du").
            after = index + 1
            while after < len(words) and words[after] in NAME_PARTICLES:
                after += 1  # (its particles: "Mr van der Berg" is a name, its last word a name's)
            following = words[after] if after < len(words) else ""
            if following[:1].islower() and segment[start:end].count(" ") == 0:
                return None
            if not following and word[:1].isupper() and index and NICKNAME.fullmatch(words[index - 1]):
                end = match.end()  # after a nickname, the name's last word: 'Nguyen "Frank" Van'
            continue
        if capital and _NAME_WORD.fullmatch(core):
            end = match.start() + len(core)
            if core != word:
                break
            role = role or title  # "Assistant Secretary of State Charles E. Redman": an office, then its holder
            continue
        break
    return (start, end) if start is not None and end is not None else None


# A field under a statement's signature, its label: the signatory's name as printed, the date, the capacity.
_SIGNATURE_FIELD = re.compile(r"\s*(?:(?:Full |Print(?:ed)? )?[Nn]ame|Date[d]?|Position|Capacity|Title|Office|"
                              r"Place|Witness(?:ed by)?)\s*:"
                              # (or the date's blank to fill right after its word: "Date .............", under
                              # "Signed ............ Chair")
                              r"|\s*Date(?=[ \t]+" + rules.BLANK_TO_FILL + ")")
# The commas and semicolons between a list's names, Arabic's too ("،", "؛"); a line one person's, what follows
# its first.
_LIST_COMMAS = ",;،؛、，"  # (Arabic's, and Chinese and Japanese lists': "周恩来、陈毅")
_LISTED = re.compile(f"[^{_LIST_COMMAS}]+|[{_LIST_COMMAS}]")
# A state's name before its delegate's courtesy title, in a council's list of members ("China Mr. Ma Zhaoxu",
# "Bolivia (Plurinational State of) Mr. Llorentty Solíz", "United Kingdom Dame Karen Pierce"): not "The Right Hon. …".
_STATE_BEFORE_DELEGATE = re.compile(r"\s*(?!The\b|Mr\b|Mrs\b|Ms\b|Sir\b|Dame\b|Dr\b)"
                                    r"[A-Z][\w'’-]*(?:\s+(?:of|the|and|[A-Z][\w'’-]*|\([^()]{1,60}\)))*\s+"
                                    r"(?=(?:Mr|Mrs|Ms|Miss|Sir|Dame|Dr)\.?\s+[A-Z])")
# Dots that lead the eye along a line: " . . . . ", or run together, " ........ " (four at least: not an ellipsis).
_LEADER = re.compile(r"\s*(?:\.(?:\s\.){2,}|\.{4,}|…{2,})\s*")


def _opens_with_title(words: str) -> bool:
    first = words.split(None, 1)[0] if words.strip() else ""
    return first.rstrip(".").casefold() in TITLES
_LISTED_ONE = re.compile(f"[^{_LIST_COMMAS}]+|[{_LIST_COMMAS}].*")
# (and the word in the other languages whose lists the encoder reads: "H. Kluit en G. Roos", "Herr Brandt und Herr
# Scheel", "M. Duval et M. Moreau"; the last had been no one's)
_AND_NAME = re.compile(r" (?:and|en|und|et|och|og) (?=[A-Z])")


# An office and what it is of, whose "and" joins no two persons ("Minister for Roads and Local Transport", "Secretary of
# State for Energy and Climate Change": "Local Transport" had been a person).
_OFFICE_OF = re.compile(r"\s*(?:(?:Deputy|Assistant|Under|Parliamentary|Permanent|Chief|Principal|Junior)\s+)*"
                        r"(?:Minister|Secretary|Director|Commissioner|Chairman|Chair|Chairperson|Chief\s+Executive)"
                        r"(?:\s+of\s+State)?\s+(?:for|of)\s+(?-i:[A-Z])")


def _list_pieces(text: str, start: int, stop: int, one_a_line: bool, states: bool) -> Iterator[tuple[int, int]]:
    """A list's pieces between its commas; two names joined by "and" apart ("Raj Patel and Tom Brennan": the second
    had been no one's, or with a title before them both, one person #raj-patel-and-tom-brennan), not a state's name
    ("Trinidad and Tobago Mr. X")."""
    for match in (_LISTED if not one_a_line else _LISTED_ONE).finditer(text, start, stop):
        a, b = match.start(), match.end()
        if one_a_line or _AND_NAME.search(text, a, b) is None or states and _STATE_BEFORE_DELEGATE.match(text, a, b) \
                or _OFFICE_OF.match(text, a, b):  # (what a minister is of: "…, Minister for Roads and Local Transport")
            yield a, b
            continue
        for joined in _AND_NAME.finditer(text, a, b):
            yield a, joined.start()
            yield joined.start(), joined.end()
            a = joined.end()
        yield a, b


def _merge(nodes: list[Inline]) -> tuple[Inline, ...]:
    out: list[Inline] = []
    for node in nodes:
        if isinstance(node, Text) and out and isinstance(out[-1], Text):
            out[-1] = Text(out[-1].text + node.text, Span(out[-1].span.start, max(out[-1].span.end, node.span.end)))
        else:
            out.append(node)
    return tuple(out)


def _named(node: Text, start: int, end: int, person: str) -> list[Inline]:
    """The text node with ``node.text[start:end]`` made the person's name, and the words around it, if any."""
    text = node.text
    parts: list[Inline] = [Text(text[:start], _sub_span(node, 0, start))] if start else []
    parts.append(PersonName(text[start:end], person, _sub_span(node, start, end)))
    if end < len(text):
        parts.append(Text(text[end:], _sub_span(node, end, len(text))))
    return parts


def _sub_span(node: Text, start: int, end: int) -> Span:
    """The span of ``node.text[start:end]``, when the text maps one to one onto the source."""
    if node.span.end - node.span.start != len(node.text):
        return node.span
    return Span(node.span.start + start, node.span.start + end)


def _block_end(block: Block) -> int:
    return block.span.end


__all__ = ["parse", "Evidence", "Editorial"]
