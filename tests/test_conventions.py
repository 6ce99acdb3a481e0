"""The bracket-convention table: every row claims its own examples, and only its own."""

from __future__ import annotations

import pytest

from tei.conventions import DEFAULT_TABLE, BracketContext, Table
from tei.diagnostics import Reporter
from tei.inline import InlineParser, Joined
from tei.model import Editorial

ROWS_WITH_EXAMPLES = [(row.name, example) for row in DEFAULT_TABLE for example in row.examples]


def first_editorial(snippet: str, table: Table = Table()) -> Editorial:
    joined = Joined.of([(0, snippet)])
    nodes = InlineParser(table, Reporter()).parse(joined)
    return next(n for n in nodes if isinstance(n, Editorial))


@pytest.mark.parametrize("name, example", ROWS_WITH_EXAMPLES, ids=[f"{n}:{e}" for n, e in ROWS_WITH_EXAMPLES])
def test_row_claims_its_examples(name, example):
    assert first_editorial(example).convention == name


def test_every_row_but_the_override_only_one_and_the_unbracketed_markers_has_examples():
    """Brackets claim every other row (its examples are its tests); superscript figures and signs are no bracket
    (tests/test_blocks.py holds their markers and notes), nor the house's noises in parentheses (rules.HOUSE_NOISE's
    examples; their reading below)."""
    without = [row.name for row in DEFAULT_TABLE if not row.examples]
    assert without == ["supplied-punctuation", "footnote-superscript", "footnote-sign", "house-vocal", "house-event",
                       "editorial-note-parenthesised", "house-vocal-wide", "house-event-wide"]
    assert not any(row.claims(BracketContext(content, "the treaty", " was")) for row in DEFAULT_TABLE
                   for content in ("1", "*") if row.name in without[1:])


@pytest.mark.parametrize("snippet, expected", [
    ("worsens its [Japan's] position", "gloss"),
    ("connected with it [are occurring] in the", "supplied"),
    ("the XIX [Party] Congress", "supplied"),
    ("from the [Chinese] national bourgeoisie", "supplied"),
    ("released [PLA commander] Wang Zhen from", "gloss"),
    ("speak [in agreement] with England", "supplied"),
    ("the island [sic!] had", "sic"),
    ("Remarks [illegible] here", "illegible"),
    ("as follows [. . .] and", "omitted"),
    ("we met at [10:30] and", "supplied"),  # a time of day, not a recording's timestamp
    ("the [noisy] delegates", "supplied"),
    ("the [pause in the talks] was", "supplied"),
    ("Senator FULBRIGHT. [Laughter.] Yes.", "vocal"),
    # A sentence of its own between sentences is a note of what happened; inside one, or the speaker's, words.
    ("agreed with [The Soviet Union would pay.] and", "supplied"),
    ("Yes. [We must act now.] Then", "supplied"),
    ("Yes. [Stalin] said", "supplied"),
    ("Yes. [The witness nodded.] no more", "supplied"),
    ("Yes. [the witness nodded.] No more", "supplied"),
    ("Yes. [Nodded.] No more", "supplied"),
    ("Yes; [The witness nodded.] No more", "supplied"),
    # A paragraph of one bracket, a few words and no full stop: the room's note, as a tribunal's transcript sets it;
    # not a name alone, nor one word, nor words with others around them, nor the speaker's own.
    ("[Open session]", "event"),
    ("[The accused entered court]", "event"),
    ("[Zhou Enlai]", "supplied"),
    ("[Approved]", "supplied"),
    ("Yes [open session] no", "supplied"),
    ("Yes. [Trial Chamber confers]", "supplied"),
    ("[We must act now]", "supplied"),
    ("[The witness said that he had never seen the document before in all his life]", "supplied"),  # (too long)
    ("[Interpretation] Yes, I can hear you.", "incident"),
    ("he said [through the interpreter] that", "incident"),
    # a transcriber's mark of a word spelt as it sounded (it had been words supplied, "<supplied>ph</supplied>")
    ("from Tomas Kowalczyk [ph] of Harbor Point", "phonetic"),
    ("Ms. Nguyen [sp?] answered", "phonetic"),
    # where a page of the original begins, as the transcriber noted it (it had been words supplied, too soft to hear);
    # not a page's words ("[page after page]")
    ("said no [page 41 of the original transcript] and", "page-reference"),
    ("agreed. [p. 2] The talks", "page-reference"),
    ("read [page after page] of it", "supplied"),
    # a roll's membrane and a printed record's column; a word written over another and a later hand's note in the
    # margin; an inaudible word in Swedish; who pauses; the members' cry in Hansard (each had been words supplied)
    ("the common. [membrane 4] Also they", "page-reference"),
    ("resume your seat. [Col. 214] Papers", "column-reference"),
    ("Guardians had [written\nover: required] requested", "physical"),
    ("broke the assize. [marginal note in a later hand: \"quere\"]", "physical"),
    ("inom departementet [ohörbart] och", "inaudible"),
    ("I -- [witness pauses] -- I didn't", "incident"),
    ("strictly limited. [HON. MEMBERS: \"Hear, hear!\"] There is", "bracketed-house-vocal"),
    ("went to [the members: several] of them", "supplied"),
    # a telegram's cipher groups lost in transmission, and what a release deleted (they had been words supplied);
    # not words of the record ("[the group omitted]", "[deleted]" alone)
    ("REPORTS SHEIKH [GROUP CORRUPT] HAS WITHDRAWN", "corrupt-group"),
    ("the Ministry [the group omitted] it", "supplied"),
    ("the cost [figure deleted] per barrel", "withheld"),
    ("the file [deleted] in", "supplied"),
    # a page's word in the other languages the records are in (it had been words supplied); not a letter alone,
    # which may be a bill's ("[S. 2]", the Senate's)
    ("Bedenken. [Seite 2] Das Kabinett", "page-reference"),
    ("the bill [S. 2] passed", "supplied"),
])
def test_classification_in_context(snippet, expected):
    assert first_editorial(snippet).convention == expected


def test_no_bracket_is_mapped_to_the_raised_markers_row():
    """Its signs are none: a bracket mapped to it would lose its brackets in the diplomatic text."""
    from tei.conventions import extend

    for row in ("footnote-superscript", "footnote-sign", "house-vocal", "house-event"):
        with pytest.raises(KeyError):
            extend(Table(), [], {"*": row})
    assert extend(Table(), [], {"*": "footnote"}).overrides[0] == ("*", "footnote")


def test_sidecar_override_changes_query_to_supplied_punctuation():
    table = Table(DEFAULT_TABLE, (("?", "supplied-punctuation"),))
    assert first_editorial("to wait 2-3 weeks[?]", table).convention == "supplied-punctuation"


def test_unknown_contents_default_to_supplied():
    row = Table().classify(BracketContext("some words", "before ", " after"))
    assert row.name == "supplied"


def test_the_same_content_is_classified_again_in_another_context():
    # A table remembers what the rows that read only the content say about it; the rows
    # that read the words around the bracket are still asked each time.
    table = Table()
    assert table.classify(BracketContext("Japan's", "worsens its ", " position")).name == "gloss"
    assert table.classify(BracketContext("Japan's", "the ", " position")).name == "supplied"
    assert table.classify(BracketContext("Japan's", "worsens its ", " position")).name == "gloss"
    assert table.classify(BracketContext("s", "their view", " on")).name == "restoration"
    assert table.classify(BracketContext("s", "the ", " on")).name == "supplied"


@pytest.mark.parametrize("snippet", ["MOLOTOV: the [naval] fleet [?] at 10:30", "x [a [b] c] [d", "] 9:05 [[",
                                     "one\x00two [three\x00four] five"])
def test_a_part_read_in_place_is_read_as_its_slice(snippet):
    from tei.model import PageBreak
    from tei.diagnostics import Span

    parts: list = []
    for index, piece in enumerate(snippet.split("\x00")):
        if index:
            parts.append(PageBreak(str(index), Span(100 + index, 101 + index)))
        parts.append((200 * index, piece))
    joined = Joined.of(parts)
    for start in range(len(joined.text) + 1):
        for end in (None, *range(start, len(joined.text) + 1, 3)):
            whole, part = Reporter(), Reporter()
            expected = InlineParser(Table(), whole).parse(joined.slice(start, end))
            assert InlineParser(Table(), part).parse(joined, start, end) == expected
            assert part.diagnostics == whole.diagnostics


INTERVIEW = ("Interview with a veteran\n\nINTERVIEWER: [00:00:05] Where were you born?\n\n"
             "RESPONDENT: [00:00:09] In Leeds. [laughs] Long ago.\n\nINTERVIEWER: And then? [pause]\n\n"
             "RESPONDENT: My mother [crosstalk] took in washing. [Phone rings.]\n")


def test_a_recordings_timestamps_and_what_is_not_speech_are_not_words_supplied(tei_all):
    """An interview's [00:00:05], [laughs] and [pause] were read as words the editor supplied, and a
    reading edition printed "In Leeds. laughs Long ago." as if the respondent had said it."""
    import tei
    from tei.render import render_html, render_text

    result = tei.encode(INTERVIEW, name="interview.txt")
    ns = {"t": "http://www.tei-c.org/ns/1.0"}
    assert [e.get("type") + ":" + e.text for e in result.tree.iterfind(".//t:seg", ns)] == \
        ["timestamp:00:00:05", "timestamp:00:00:09"]
    assert [e.findtext("t:desc", namespaces=ns) for e in result.tree.iterfind(".//t:vocal", ns)] == ["laughs"]
    assert [e.findtext("t:desc", namespaces=ns) for e in result.tree.iterfind(".//t:incident", ns)] == \
        ["pause", "crosstalk", "Phone rings."]
    assert not result.tree.findall(".//t:supplied", ns)
    assert tei_all.validate(result.tree), str(tei_all.error_log)
    text = " ".join(render_text(result.tree).split())
    assert "[00:00:09] In Leeds. [laughs] Long ago." in text and "And then? [pause]" in text
    html = render_html(result.tree)
    assert '<span class="br">[</span><span class="desc">laughs</span><span class="br">]</span>' in html


def test_a_timestamp_before_a_speakers_name_is_the_speakers_and_the_turn_is_found(tei_all):
    """Oral histories print "[00:00:05] INTERVIEWER: …": the timestamp hid the name, and the record was
    all paragraphs (no turns found)."""
    import tei
    from tei.render import render_text

    transcript = ("Oral history interview\n\n[00:00:05] INTERVIEWER: Where were you born?\n\n"
                  "[00:00:09] RESPONDENT: In Leeds. [laughs]\n\n[00:00:15] INTERVIEWER: And then?\n\n"
                  "RESPONDENT: [00:00:20] We moved.\n")
    result = tei.encode(transcript, name="oral.txt")
    ns = {"t": "http://www.tei-c.org/ns/1.0"}
    turns = result.tree.findall(".//t:sp", ns)
    assert [sp.get("who") for sp in turns] == ["#interviewer", "#respondent", "#interviewer", "#respondent"]
    speaker = turns[0].find("t:speaker", ns)
    assert speaker.find("t:seg[@type='timestamp']", ns).text == "00:00:05"
    assert "".join(speaker.itertext()) == "00:00:05 INTERVIEWER:"
    position = result.position(turns[0].get("{http://www.w3.org/XML/1998/namespace}id"))
    assert (position.line, position.column) == (3, 1)
    assert tei_all.validate(result.tree), str(tei_all.error_log)
    assert not any(d.code == "no-turns" for d in result.diagnostics)
    diplomatic = render_text(result.tree, diplomatic=True)
    assert "[00:00:09] RESPONDENT: In Leeds. [laughs]" in diplomatic
    assert "RESPONDENT: [00:00:20] We moved." in diplomatic


def test_a_tapes_change_alone_on_its_line_is_an_incident_in_the_record_not_a_heading():
    """"[END OF TAPE 1, SIDE A]" between two turns was read as words supplied and, in capitals, as a section's
    heading: the turns after it were a section of their own, headed by the tape's side."""
    import tei

    text = ("PARK: Where were you born?\n\nELLISON: In Truro.\n\n[END OF TAPE 1, SIDE A]\n\n"
            "PARK: We were talking about your aunt.\n\nELLISON: Yes.\n")
    result = tei.encode(text, name="oral.txt")
    ns = {"t": "http://www.tei-c.org/ns/1.0"}
    assert not result.tree.findall(".//t:head", ns) and not result.tree.findall(".//t:div[@type='section']", ns)
    incident = result.tree.find(".//t:incident", ns)
    assert incident.findtext("t:desc", namespaces=ns) == "END OF TAPE 1, SIDE A"
    paragraph = incident.getparent()
    # (between the turns, the record's: where the tape turned over is no one's words)
    assert paragraph.getparent().get("type") == "record" and len(result.tree.findall(".//t:sp", ns)) == 4
    position = result.position(paragraph.get("{http://www.w3.org/XML/1998/namespace}id"))
    assert (position.line, position.column) == (5, 1)


def test_what_the_document_bears_besides_its_text_is_noted_not_supplied():
    """"[Handwritten: agreed]", "[Stamp: SECRET]" were words the translator supplied: a reading edition printed
    "said yes Handwritten: agreed" as if spoken."""
    import tei
    from tei.render import render_text

    result = tei.encode("STALIN said yes [Handwritten: agreed] and [Stamp: SECRET] then [Seal] ended.\n", name="x")
    ns = {"t": "http://www.tei-c.org/ns/1.0"}
    notes = result.tree.findall(".//t:body//t:note[@type='physical']", ns)
    assert [n.text for n in notes] == ["Handwritten: agreed", "Stamp: SECRET", "Seal"]
    assert not result.tree.findall(".//t:supplied", ns)
    assert "conv-physical" in [i.get("{http://www.w3.org/XML/1998/namespace}id")
                               for i in result.tree.iterfind(".//t:interpretation", ns)]
    reading = " ".join(render_text(result.tree).split())
    assert "STALIN said yes[1] and[2] then[3] ended." in reading and "[2] Stamp: SECRET" in reading


NUREMBERG = """TRIAL OF THE MAJOR WAR CRIMINALS

THE PRESIDENT: Dr. Stahmer, are you ready?

DR. STAHMER: Yes, Mr. President. I call the witness.

[The witness Bodenschatz took the stand.]

THE PRESIDENT: Will you state your full name?

KARL BODENSCHATZ (Witness): Karl Heinrich Bodenschatz.

DR. STAHMER: When did you first meet the Defendant? [Reads from a paper.] The date is in 1916.

BODENSCHATZ: In 1916, in the squadron.
"""


def test_a_bracketed_sentence_of_what_happened_is_an_incident_printed_in_its_brackets(tei_all):
    """A court reporter's "[The witness took the stand.]" was words supplied as if inaudibly spoken
    (reason "subaudible"); TEI's incident, which may stand anywhere (a stage may not in a dateline)."""
    import tei
    from tei.render import render_html, render_text
    from tei.validation import validate_result

    result = tei.encode(NUREMBERG, name="imt.txt")
    ns = {"t": "http://www.tei-c.org/ns/1.0"}
    assert [(e.get("ana"), e.findtext("t:desc", namespaces=ns)) for e in result.tree.iterfind(".//t:incident", ns)] == [
        ("#conv-event", "The witness Bodenschatz took the stand."), ("#conv-event", "Reads from a paper.")]
    assert not result.tree.findall(".//t:supplied", ns)
    assert tei_all.validate(result.tree), str(tei_all.error_log)
    text = " ".join(render_text(result.tree).split())
    assert "[The witness Bodenschatz took the stand.]" in text
    assert "When did you first meet the Defendant? [Reads from a paper.] The date is in 1916." in text
    html = render_html(result.tree)
    assert ('<span class="event editorial" title="event"><span class="br">[</span><span class="desc">'
            'The witness Bodenschatz took the stand.</span><span class="br">]</span></span>') in html
    # In a dateline too (the fuzzer found a stage there, which TEI refuses).
    dated = tei.encode("[The witness took the stand.] Monday, 3 March 1941\n\nSTALIN: Yes.\n\nSTALIN: No.\n",
                       name="x.txt")
    assert dated.tree.find(".//t:opener/t:dateline/t:incident", ns) is not None
    assert validate_result(dated) == [] and tei_all.validate(dated.tree), str(tei_all.error_log)


HANSARD = ("The SPEAKER: Order!\n\nMr CALWELL: The Government has failed. (Applause.) It will fail again "
           "(Laughter and cheers.) and the country knows it (see below).\n\nMr MENZIES: (Interruption.) No. "
           "(laughter is no argument)\n\nEl señor IGLESIAS: Gracias. (Aplausos.— Rumores).\n")


def test_the_houses_noises_in_parentheses_inside_a_speech_are_the_records_not_the_speakers(tei_all):
    """"(Applause.)", "(Aplausos)" inside a member's speech were the member's words; TEI's incident, or vocal for the
    house's voices, the parentheses the convention's, as a bracket's are. A speaker's own parenthesis stays words."""
    import tei
    from tei.render import render_text
    from tei.validation import validate_result

    result = tei.encode(HANSARD, name="hansard.txt")
    ns = {"t": "http://www.tei-c.org/ns/1.0"}
    noted = [(e.tag.split("}")[1], e.get("ana"), e.findtext("t:desc", namespaces=ns), e.sourceline)
             for e in result.tree.iterfind(".//t:incident", ns)] + [
        (e.tag.split("}")[1], e.get("ana"), e.findtext("t:desc", namespaces=ns), e.sourceline)
        for e in result.tree.iterfind(".//t:vocal", ns)]
    assert [(tag, ana, desc) for tag, ana, desc, _ in noted] == [
        ("incident", "#conv-house-event", "Applause."), ("incident", "#conv-house-event", "Interruption."),
        ("incident", "#conv-house-event", "Aplausos.— Rumores"), ("vocal", "#conv-house-vocal", "Laughter and cheers.")]
    speeches = [" ".join(p.itertext()) for p in result.tree.iterfind(".//t:sp/t:p", ns)]
    assert "the country knows it (see below)." in speeches[1] and speeches[2].endswith("No. (laughter is no argument)")
    assert validate_result(result) == [] and tei_all.validate(result.tree), str(tei_all.error_log)
    # Nothing lost: the diplomatic text gives back the parentheses; the reading text prints them too.
    for diplomatic in (True, False):
        text = " ".join(render_text(result.tree, diplomatic=diplomatic).split())
        assert "has failed. (Applause.) It will fail again (Laughter and cheers.) and" in text
        assert "Gracias. (Aplausos.— Rumores)." in text


def test_the_houses_noises_are_read_where_they_stand_in_the_paragraph():
    from tei.inline import HOUSE_EVENT, HOUSE_VOCAL

    joined = Joined.of([(100, "Yes. (Applause.) At 10:30 (Laughter from the gallery.) we met.")])
    parser = InlineParser(Table(), Reporter())
    parser.house = True
    nodes = parser.parse(joined)
    assert [(type(n).__name__, getattr(n, "convention", None), n.span.start, n.span.end) for n in nodes] == [
        ("Text", None, 100, 105), ("Editorial", HOUSE_EVENT, 105, 116), ("Text", None, 116, 120),
        ("Time", None, 120, 125), ("Text", None, 125, 126), ("Editorial", HOUSE_VOCAL, 126, 154),
        ("Text", None, 154, 162)]
    assert nodes[1].content[0].text == "Applause." and nodes[1].content[0].span.start == 106
    parser.house = False  # a record without them: the parentheses are not read
    assert [type(n).__name__ for n in parser.parse(joined)] == ["Text", "Time", "Text"]


def test_a_houses_noise_that_names_a_member_and_party_in_its_own_brackets_is_read_whole():
    """The Bundestag's "(Zuruf des Abg. Müller [SPD]: Das stimmt nicht!)": the square brackets had been read first,
    as an editor's words supplied, and the parenthesis around them as the member's words. The party's brackets are
    the record's, words of the noise; an editor's bracket beside it is still read."""
    from tei.inline import HOUSE_EVENT, HOUSE_VOCAL

    text = "Ja. (Zuruf des Abg. Müller [SPD]: Das stimmt nicht!) Nein [sic]. (Beifall des Abg. Dr. Roth [AfD])"
    joined = Joined.of([(10, text)])
    parser = InlineParser(Table(), Reporter())
    parser.house = True
    nodes = parser.parse(joined)
    assert [(type(n).__name__, getattr(n, "convention", None), n.span.start, n.span.end) for n in nodes] == [
        ("Text", None, 10, 14), ("Editorial", HOUSE_VOCAL, 14, 62), ("Text", None, 62, 68),
        ("Editorial", nodes[3].convention, 68, 73), ("Text", None, 73, 75), ("Editorial", HOUSE_EVENT, 75, 108)]
    assert nodes[1].content[0].text == "Zuruf des Abg. Müller [SPD]: Das stimmt nicht!"
    assert nodes[3].convention == "sic"
    assert nodes[5].content[0].text == "Beifall des Abg. Dr. Roth [AfD]"
    parser.house = False  # a record without the house's noises: the brackets are an editor's, as they were
    assert "Editorial" in [type(n).__name__ for n in parser.parse(Joined.of([(0, "(Zuruf des Abg. Müller [SPD])")]))]


def test_a_members_interjection_named_with_the_party_in_the_records_brackets_is_the_houses():
    """"(Dr. Michael Fuchs [CDU/CSU]: Unsinn!)", as the Bundestag sets a member's call by name: the party had been
    words an editor supplied, inside the speech, or inside the direction on a line of its own."""
    from tei.inline import HOUSE_VOCAL

    text = "Ja. (Dr. Michael Fuchs [CDU/CSU]: Unsinn! – Gegenruf des Abg. Thomas Oppermann [SPD]: Doch!) Nein."
    parser = InlineParser(Table(), Reporter())
    parser.house = True
    nodes = parser.parse(Joined.of([(0, text)]))
    assert [(type(n).__name__, getattr(n, "convention", None)) for n in nodes] == [
        ("Text", None), ("Editorial", HOUSE_VOCAL), ("Text", None)]
    assert nodes[1].content[0].text == text[5:-7]
    # (what was called runs to the dash before the next call; a call back is the house's voices too)
    calls = "Ja. (Zuruf von der AfD: Unsinn! – Gegenruf von der SPD: Doch!) Nein."
    assert [type(n).__name__ for n in parser.parse(Joined.of([(0, calls)]))] == ["Text", "Editorial", "Text"]
    calls = "Ja. (Zuruf von der AfD: Unsinn! – Gegenruf des Abg. Oppermann [SPD]: Doch!) Nein."
    assert [getattr(n, "convention", None) for n in parser.parse(Joined.of([(0, calls)]))] == [None, HOUSE_VOCAL, None]
    import tei
    from tei.ns import TEI

    record = ("Sigmar Gabriel (SPD): Das ist falsch.\n\n(Dr. Michael Fuchs [CDU/CSU]: Unsinn!)\n\n"
              "Das ist so. (Beifall bei der SPD)\n\nPräsident Dr. Norbert Lammert: Danke.\n")
    tree = tei.encode(record, name="bt.txt").tree
    assert tree.find(f".//{{{TEI}}}supplied") is None
    assert [stage.text for stage in tree.iterfind(f".//{{{TEI}}}stage")] == ["(Dr. Michael Fuchs [CDU/CSU]: Unsinn!)"]


def test_a_time_in_a_bracketed_note_of_what_happened_is_its_words_not_words_supplied():
    """"[Whereupon, at 1:05 p.m., the committee was adjourned.]", as a hearing's record closes: the time had made it
    words supplied, as if inaudibly spoken (a description was to hold text alone)."""
    import tei
    from tei.render import render_text

    text = ("Chairman ROYCE. The hearing is adjourned.\n\nMr. ENGEL. Thank you.\n\nChairman ROYCE. Thank you.\n\n"
            "[Whereupon, at 1:05 p.m., the committee was adjourned.]\n")
    result = tei.encode(text, name="hearing.txt")
    ns = {"t": "http://www.tei-c.org/ns/1.0"}
    noted = result.tree.find(".//t:incident", ns)
    assert (noted.get("ana"), noted.findtext("t:desc", namespaces=ns)) == (
        "#conv-event", "Whereupon, at 1:05 p.m., the committee was adjourned.")
    assert result.tree.find(".//t:supplied", ns) is None
    assert "[Whereupon, at 1:05 p.m., the committee was adjourned.]" in render_text(result.tree, diplomatic=True)
    # A page turn inside is kept where it stands: words supplied, as before.
    turned = tei.encode(text.replace("at 1:05 p.m., the", "at 1:05 p.m.,\f the"), name="hearing.txt")
    assert turned.tree.find(".//t:incident", ns) is None and turned.tree.find(".//t:supplied/t:pb", ns) is not None


def test_a_long_parenthesis_of_the_houses_words_that_is_none_is_turned_away_at_once():
    """The house's noises were read by a pattern whose parts could split a parenthesis in exponentially many ways:
    "(Applause. Applause. … x)", of forty words, would not have been turned away in a lifetime. Run in a process of
    its own, given a minute (it takes milliseconds), so that a pattern gone wrong fails the test and stops."""
    import subprocess
    import sys

    program = ("import tei; text = 'Mr. SMITH: We agree. (Applause. Loud laughter from' + ' Applause.' * 40 + ' x) Yes."
               "\\n\\nMr. SMITH: (Applause.) Good.\\n'; r = tei.encode(text, name='x.txt'); "
               "print(sum(1 for _ in r.tree.iter('{http://www.tei-c.org/ns/1.0}incident')))")
    done = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True, timeout=60, check=True)
    assert done.stdout.split() == ["1"]  # the second paragraph's noise read, the first's parenthesis words


def test_the_houses_noises_in_other_languages_and_in_full_width_parentheses():
    """"(Шум в зале.)", "(Hluk v sále.)", "(Oklaski)" inside a speech, and a Chinese record's "（众笑）", had been the
    speaker's words; the full-width parentheses are kept, as the transcript has them."""
    import tei
    from tei.ns import TEI
    from tei.render import render_text

    text = ("ТОВ. СТАЛИН. Мы согласны. (Шум в зале.) Продолжаем.\n\nТОВ. МОЛОТОВ. Хорошо. (Смех. Аплодисменты.)\n\n"
            "ТОВ. СТАЛИН. Да.\n")
    result = tei.encode(text, name="ru.txt")
    assert [(el.tag.split("}")[1], el.findtext(f"{{{TEI}}}desc")) for el in result.tree.iter(
        f"{{{TEI}}}vocal", f"{{{TEI}}}incident")] == [("vocal", "Шум в зале."), ("vocal", "Смех. Аплодисменты.")]
    chinese = "毛泽东：欢迎你们。（众笑）\n\n周恩来：主席的意思是这样。（鼓掌）\n\n毛泽东：好。\n"
    result = tei.encode(chinese, name="zh.txt")
    assert [(el.tag.split("}")[1], el.get("ana")) for el in result.tree.iter(f"{{{TEI}}}vocal", f"{{{TEI}}}incident")
            ] == [("vocal", "#conv-house-vocal-wide"), ("incident", "#conv-house-event-wide")]
    assert "欢迎你们。（众笑）" in render_text(result.tree, diplomatic=True)
    parser = InlineParser(Table(), Reporter())
    parser.house = True
    noise = parser.parse(Joined.of([(0, "欢迎你们。（众笑）")]))[1]
    assert (noise.convention, noise.opener, noise.closer) == ("house-vocal-wide", "（", "）")  # (as a desc quotes it)


def test_a_translators_note_in_parentheses_inside_the_words_is_a_note_not_the_speakers_words():
    import tei
    from tei.render import render_text

    NS = {"t": "http://www.tei-c.org/ns/1.0"}
    """"(Translator's\nnote: in the original "poshliny", …)" had been words of Hakkarainen's turn. A parenthesis of
    the speaker's own stays his words; the diplomatic text prints the note's parentheses back."""
    text = ("KOSYGIN replied that the Soviet leadership would be glad.\n\nHAKKARAINEN then raised the canal tolls. "
            "(Translator's\nnote: in the original \"poshliny\", literally \"customs duties\".) He said that (as before)"
            " the level was burdensome.\n")
    result = tei.encode(text, name="x.txt")
    notes = result.tree.findall(".//t:body//t:note", NS)
    assert [" ".join("".join(note.itertext()).split()) for note in notes] == [
        "Translator's note: in the original \"poshliny\", literally \"customs duties\"."]
    assert notes[0].get("type") == "editorial"
    assert "(as before)" in "".join(result.tree.find(".//t:body", NS).itertext())
    assert render_text(result.tree, diplomatic=True).split() == text.split()


def test_a_telegrams_lost_groups_and_a_releases_deletions_are_gaps_that_keep_their_words():
    """"[GROUP CORRUPT]", "[figure deleted]" had been words supplied, said too softly to hear: a gap now, what the
    decypher or the release wrote its description."""
    import tei
    from tei.validation import validate_result
    from words import source_words, tei_words

    text = ("POLITICAL OFFICER REPORTS SHEIKH [GROUP CORRUPT] HAS WITHDRAWN TO\n"
            "HILLS WITH ABOUT 200 MEN STOP REQUEST AUTHORITY TO EMPLOY RAF AGAINST\n"
            "FORTS AT [GROUP UNDECYPHERABLE] AFTER USUAL WARNING [2 groups corrupt] STOP\n\n"
            "The cost of commercial storage was estimated at [figure deleted] per\n"
            "barrel per month, of which [1 line not declassified] was borne by [name deleted].\n")
    result = tei.encode(text, name="x")
    ns = {"t": "http://www.tei-c.org/ns/1.0"}
    gaps = [(gap.get("reason"), gap.findtext("t:desc", namespaces=ns))
            for gap in result.tree.iterfind(".//t:body//t:gap", ns)]
    assert gaps == [("corrupt", "GROUP CORRUPT"), ("corrupt", "GROUP UNDECYPHERABLE"), ("corrupt", "2 groups corrupt"),
                    ("withheld", "figure deleted"), ("withheld", "1 line not declassified"),
                    ("withheld", "name deleted")]
    assert result.tree.find(".//t:body//t:supplied", ns) is None
    assert source_words(text) == tei_words(result.tree)
    assert validate_result(result) == []


def test_a_page_marked_with_its_word_in_another_language_is_a_note_of_the_page():
    """"[Seite 1]" between paragraphs and inside one had been words supplied: a note of where the page begins now, as
    "[Page 3]" and "[fol. 12v]" are, its words as written."""
    import tei
    from tei.validation import validate_result
    from words import source_words, tei_words

    text = ("Kurzprotokoll der 112. Kabinettssitzung am 14. Oktober 1959\n\n[Seite 1]\n\n"
            "Der Bundesminister der Finanzen erhebt Bedenken [Seite 2] gegen die Mehrausgaben.\n\n"
            "[fol. 12v]\n\nDas Kabinett beschließt, die Beratung fortzusetzen.\n")
    result = tei.encode(text, name="x")
    ns = {"t": "http://www.tei-c.org/ns/1.0"}
    assert [note.text for note in result.tree.iterfind(".//t:body//t:note[@type='page']", ns)] == \
        ["Seite 1", "Seite 2", "fol. 12v"]
    assert result.tree.find(".//t:body//t:supplied", ns) is None
    assert source_words(text) == tei_words(result.tree)
    assert validate_result(result) == []


def test_a_law_reports_year_in_a_citation_is_the_sources_own_words():
    """"Burchell [1980] ICR 303", "[2018] UKSC 16" had made the years words supplied, as if the editor had added
    them: the citation's brackets are the text's, kept as written; an editor's year before other words stays his."""
    import tei
    from tei.render import render_text
    from tei.validation import validate_result
    from words import source_words, tei_words

    text = ("7. The Tribunal applies section 98(4), having regard to British Home Stores Ltd v Burchell [1980] ICR\n"
            "303 and Iceland Frozen Foods Ltd v Jones [1983] 1 WLR 17; see also Reilly v Sandwell MBC [2018] UKSC 16\n"
            "and Smith v Jones [2019] EWCA Civ 1234.\n\n"
            "8. That year [1956] Moscow had agreed.\n")
    result = tei.encode(text, name="x")
    ns = {"t": "http://www.tei-c.org/ns/1.0"}
    first, second = result.tree.iterfind(".//t:body//t:p", ns)
    assert len(first) == 1 and first[0].tag == "{http://www.tei-c.org/ns/1.0}num"  # no element but its number
    assert "Burchell [1980] ICR 303" in "".join(first.itertext())
    assert "[2019] EWCA Civ 1234" in "".join(first.itertext())
    assert [s.text for s in second.iterfind("t:supplied", ns)] == ["1956"]
    assert source_words(text) == tei_words(result.tree)
    assert validate_result(result) == []
    assert "Burchell [1980] ICR 303" in render_text(result.tree, diplomatic=True).replace("\n", " ")
