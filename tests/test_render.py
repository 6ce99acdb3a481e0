"""Rendering: the reading edition's parts, the editorial signs, anchors, fallbacks, plain text."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import pytest
from lxml import etree, html as lhtml

from conftest import EDITIONS

from tei import render_model, xmlio
from tei.diagnostics import InputError, TeiError
from tei.render import output_format, render, render_formats, render_html, render_pdf, render_text

FIXTURES = Path(__file__).parent / "fixtures" / "render"
SEED_EDITION = EDITIONS / "stalin-zhou-1952-09-19.xml"


@pytest.fixture(scope="module")
def seed_tree():
    return xmlio.parse_file(SEED_EDITION)


@pytest.fixture(scope="module")
def seed_html(seed_tree):
    return render_html(seed_tree)


@pytest.fixture(scope="module")
def seed_dom(seed_html):
    return lhtml.document_fromstring(seed_html.encode("utf-8"))


@pytest.fixture(scope="module")
def seed_text(seed_tree):
    return render_text(seed_tree)


@pytest.fixture(scope="module")
def others_tree():
    return xmlio.parse_file(FIXTURES / "others.xml")


def one(dom, xpath):
    found = dom.xpath(xpath)
    assert len(found) == 1, f"{xpath}: {len(found)} found"
    return found[0]


def text_of(element) -> str:
    return " ".join("".join(element.itertext()).split())


# ---------------------------------------------------------------- the page


def test_page_is_html5_with_language_landmarks_and_no_script(seed_html, seed_dom):
    assert seed_html.startswith("<!DOCTYPE html>")
    assert seed_dom.get("lang") == "en"
    for landmark in ("header", "nav", "main", "footer"):
        assert len(seed_dom.xpath(f"//body/{landmark}")) == 1, landmark
    assert one(seed_dom, "//h1").text == "Minutes of Conversation between I.V. Stalin and Zhou Enlai"
    assert seed_dom.xpath("//script") == []
    csp = one(seed_dom, "//meta[@http-equiv='Content-Security-Policy']").get("content")
    assert "default-src 'none'" in csp and "script-src" not in csp


def test_no_external_resources(seed_html, seed_dom):
    assert seed_dom.xpath("//link | //img | //iframe | //object | //embed | //@src") == []
    assert "url(" not in seed_html and "@import" not in seed_html


def test_header_facts(seed_dom):
    header = one(seed_dom, "//header")
    assert one(header, ".//time").get("datetime") == "1952-09-19"
    facts = {text_of(dt): text_of(dt.getnext()) for dt in header.xpath(".//dt")}
    assert facts["Source"] == ("Archive of the President of the Russian Federation (APRF), Moscow, "
                               "fond 45, opis 1, delo 343, listy 97-103")
    assert facts["Translation from Russian"] == "Danny Rozas, Kathryn Weathersby"
    assert "Wilson Center" in facts["Published"] and "111247" in facts["Published"]
    assert "Korean War" in text_of(one(header, ".//section[@class='summary']"))


def test_turns_with_speakers_set_apart_and_stable_anchors(seed_dom):
    turns = seed_dom.xpath("//main//div[@class='sp']")
    assert len(turns) == 72
    turn = one(seed_dom, "//*[@id='sp-stalin-3']")
    speaker = one(turn, ".//a[@class='speaker']")
    assert speaker.text == "STALIN" and speaker.get("href") == "#sp-stalin-3"
    paragraph = one(seed_dom, "//p[@id='p12']")
    assert one(paragraph, "a[@class='cite']").get("href") == "#p12"
    assert text_of(paragraph).startswith("12ZHOU ENLAI answers that if the POWs are transferred to India")


def test_speaker_runs_into_a_paragraph_that_starts_with_punctuation(seed_dom):
    first = one(seed_dom, "//p[@id='p1']")
    assert text_of(first).startswith("1STALIN, opening the conversation")  # "1": the citation link


def test_continuation_paragraphs_lists_and_quotation(seed_dom):
    turn = one(seed_dom, "//*[@id='sp-stalin-1']")
    assert [p.get("id") for p in turn.xpath("./p")] == ["p1", "p2", "p3"]
    quoted = one(turn, "blockquote//ol")
    assert [text_of(label) for label in quoted.xpath("./li/span[@class='label']")] == ["1.", "2.", "3."]
    slashed = one(seed_dom, "//*[@id='sp-stalin-13']//ol")
    assert [text_of(label) for label in slashed.xpath("./li/span[@class='label']")] == ["1/", "2/"]


def test_closer_with_signatures_and_times(seed_dom):
    signed = seed_dom.xpath("//div[@class='closer']/p[@class='signed']")
    assert [text_of(s) for s in signed] == ["Recorded by: [signature] /A. Vyshinskii/",
                                            "[signature] /N. Fedorenko/"]
    assert [t.get("datetime") for t in seed_dom.xpath("//main//time")] == ["10:30:00", "12:30:00"]


def test_page_numbers_in_the_margin_where_pages_turn(seed_dom):
    pages = seed_dom.xpath("//main//*[contains(concat(' ', @class, ' '), ' pb ')]")
    assert [p.get("id") for p in pages] == ["page-2", "page-3", "page-4", "page-5", "page-6"]
    assert [text_of(one(p, ".//a[@class='pb-n']")) for p in pages] == [f"[p. {n}]" for n in range(2, 7)]
    # Page 6 turns inside a paragraph: the mark stands in the paragraph, before the supplied words.
    inside = one(seed_dom, "//p[@id='p76']/span[@id='page-6']")
    assert inside.getnext().get("class") == "supplied editorial"


# ---------------------------------------------------------------- editorial signs


def test_supplied_words_in_brackets_styled_as_editorial(seed_dom):
    supplied = seed_dom.xpath("//main//span[@class='supplied editorial']")
    assert len(supplied) == 8
    assert "".join(supplied[0].itertext()) == "[of POWs]"
    assert [b.text for b in supplied[0].xpath("span[@class='br']")] == ["[", "]"]


def test_glosses_are_numbered_notes_linked_both_ways(seed_dom):
    markers = seed_dom.xpath("//main//a[@class='noteref']")
    assert [m.text for m in markers] == ["1", "2", "a", "3"]
    notes = {li.get("id"): li for li in seed_dom.xpath("//section[@id='notes']//li")}
    for marker in markers:
        note = notes[marker.get("href")[1:]]
        assert one(note, ".//a[@class='backref']").get("href") == f"#{marker.get('id')}"
    texts = [text_of(one(li, "div[@class='endnote-body']")) for li in notes.values()]
    assert texts[0] == "Japan's gloss ↩"
    assert texts[2] == "The source reads conversion; corrected to conversation. ↩"
    # The marker sits against the word; the gloss's brackets are not in the reading text.
    paragraph = "".join(one(seed_dom, "//p[@id='p40']").itertext())
    assert "worsens its1 position" in paragraph and "Japan's" not in paragraph


def test_queries_gaps_and_unmatched_brackets(seed_dom):
    queries = seed_dom.xpath("//main//span[@class='note-query editorial']")
    assert ["".join(q.itertext()) for q in queries] == ["[?]"] * 4
    gaps = seed_dom.xpath("//main//span[@class='gap editorial']")
    assert ["".join(g.itertext()) for g in gaps] == ["[signature]"] * 2
    unmatched = one(seed_dom, "//main//span[@class='sic unmatched']")
    assert unmatched.text == "[" and unmatched.tail.startswith("because the UN is a military participant")


def test_correction_shows_corr_and_notes_the_source(seed_dom):
    corr = one(seed_dom, "//span[@class='corr']")
    assert corr.text == "conversation" and corr.get("title") == "the source reads: conversion"
    assert one(seed_dom, "//abbr").get("title") == "comrades"


def test_legend_of_the_conventions_used(seed_dom):
    legend = one(seed_dom, "//aside[@id='conventions']//dl")
    entries = {dt.get("id"): (text_of(dt), text_of(dt.getnext())) for dt in legend.xpath("dt")}
    assert list(entries) == ["conv-signature", "conv-query", "conv-gloss", "conv-supplied", "conv-unmatched"]
    assert entries["conv-supplied"][0] == "[of POWs]"
    assert entries["conv-gloss"][1].endswith("In this edition they are numbered notes.")
    assert entries["conv-unmatched"][0] == "["


def test_brackets_print_as_the_conventions_table_says(seed_tree, monkeypatch):
    """The renderer asks the table: change a row's brackets and the edition follows."""
    rows = dict(render_model._CONVENTIONS)
    rows["supplied"] = dataclasses.replace(rows["supplied"], opener="⟨", closer="⟩")
    monkeypatch.setattr(render_model, "_CONVENTIONS", rows)
    assert "maintains a ⟨naval⟩ fleet" in " ".join(render_text(seed_tree, diplomatic=True).split())
    dom = lhtml.document_fromstring(render_html(seed_tree))
    assert "".join(dom.xpath("//main//span[@class='supplied editorial']")[0].itertext()) == "⟨of POWs⟩"


def test_diplomatic_html_prints_the_source_conventions(seed_tree):
    dom = lhtml.document_fromstring(render_html(seed_tree, diplomatic=True))
    paragraph = " ".join("".join(one(dom, "//p[@id='p40']").itertext()).split())
    assert "worsens its [Japan's] position" in paragraph
    assert "".join(one(dom, "//p[@id='p62']").itertext()).endswith("ending the conversion, says they would "
                                                                    "like to receive instructions concerning "
                                                                    "all these issues.")
    assert dom.xpath("//section[@id='notes']") == []


# ---------------------------------------------------------------- the index of persons


def test_index_of_persons_links_to_their_turns(seed_dom):
    stalin = one(seed_dom, "//aside[@id='persons']//li[@id='stalin']")
    turns = [a.get("href") for a in stalin.xpath(".//span[@class='turns']/a")]
    assert turns == [f"#sp-stalin-{n}" for n in range(1, 36)]
    molotov = one(seed_dom, "//li[@id='molotov']")
    assert [a.get("href") for a in molotov.xpath(".//span[@class='turns']/a")] == ["#sp-molotov-1", "#sp-molotov-2"]
    named = [a.get("href") for a in molotov.xpath(".//span[@class='mentions']/a")]
    assert named == ["#name-molotov-1"] and one(seed_dom, "//a[@id='name-molotov-1']").get("href") == "#molotov"


def test_every_fragment_link_has_its_anchor_and_ids_are_unique(seed_dom):
    ids = seed_dom.xpath("//@id")
    assert len(ids) == len(set(ids))
    targets = {h[1:] for h in seed_dom.xpath("//a/@href") if h.startswith("#")}
    assert targets and targets <= set(ids)


# ---------------------------------------------------------------- TEI that others wrote


PUBLISHED = """<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc>
<titleStmt><title>Ham</title><editor>William B. McAllister</editor><editor>Joshua Botts</editor></titleStmt>
<publicationStmt><publisher>DraCor</publisher><pubPlace>Potsdam</pubPlace><date type="created">1801</date>
<date when="2022-11-14">14 November 2022</date><idno type="URL">https://dracor.org</idno><idno type="wikidata">Q1</idno>
<availability><licence target="https://creativecommons.org/publicdomain/zero/1.0/">CC0 1.0</licence>
<licence target="javascript:alert(1)">Evil</licence></availability></publicationStmt>
<sourceDesc><p>A play.</p></sourceDesc></fileDesc></teiHeader><text><body><p>Words.</p></body></text></TEI>"""


def test_others_tei_header_names_its_editions_publisher_editors_and_licence():
    """Another's TEI had shown none of them (its publicationStmt and its editors); a licence's link only if http(s),
    the record's date of creation not the edition's."""
    tree = etree.fromstring(PUBLISHED.encode())
    dom = lhtml.document_fromstring(render_html(tree).encode())
    pairs = list(zip(dom.xpath("//dl[@class='facts']/dt"), dom.xpath("//dl[@class='facts']/dd")))
    facts = {text_of(dt): dd for dt, dd in pairs}
    assert text_of(facts["Edited by"]) == "William B. McAllister, Joshua Botts"
    assert text_of(facts["Edition"]) == "DraCor, Potsdam, 14 November 2022, https://dracor.org"
    licences = [(text_of(dd), dd.xpath("string(a/@href)")) for dt, dd in pairs if text_of(dt) == "Licence"]
    assert licences == [("CC0 1.0", "https://creativecommons.org/publicdomain/zero/1.0/"), ("Evil", "")]
    text = " ".join(render_text(tree).split())
    assert "Edited by: William B. McAllister, Joshua Botts." in text
    assert "Edition: DraCor, Potsdam, 14 November 2022, https://dracor.org." in text
    assert "Licence: CC0 1.0 <https://creativecommons.org/publicdomain/zero/1.0/>." in text and "javascript" not in text


def test_others_tei_uses_defaults_by_element(others_tree):
    text = " ".join(render_text(others_tree, diplomatic=True).split())
    assert "The [pier] was [broken?] and [...] the tide rose high." in text
    assert "A teh slip and Capt. Hook." in text
    reading = " ".join(render_text(others_tree).split())
    assert "the tide rises high.[7]" in reading and "A the[a] slip" in reading
    assert "[7] A note at the foot, with emphasis." in reading


def test_unknown_elements_fall_back_and_keep_their_text(others_tree):
    dom = lhtml.document_fromstring(render_html(others_tree))
    wibble = one(dom, "//span[@class='tei-wibble']")
    assert text_of(wibble) == "Wobbly words inside unknown elements."
    assert one(wibble, "span[@class='tei-wobble']").text == "inside"


def test_others_tei_structures(others_tree):
    dom = lhtml.document_fromstring(render_html(others_tree))
    assert [text_of(h) for h in dom.xpath("//main/div//h2")] == ["Preface¶", "The letter¶", "Appendix¶"]
    assert one(dom, "//nav//ol[@class='toc']") is not None  # several sections: a table of contents
    assert [text_of(c) for c in dom.xpath("//table//th")] == ["Item", "Cost"]
    assert [text_of(li) for li in dom.xpath("//ul[contains(@class, 'list')]/li")] == ["one boat", "two nets"]
    note_link = one(dom, "//a[@class='ref' and text()='note 7']")
    assert note_link.get("href") == "#n7" and one(dom, "//li[@id='n7']") is not None
    assert one(dom, "//time").get("datetime") == "1901-03-04"


def test_persons_index_from_speeches_when_the_header_has_none():
    tree = etree.ElementTree(etree.fromstring(
        b'<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>P</title>'
        b'</titleStmt></fileDesc></teiHeader><text><body><sp who="#ham"><speaker>Ham.</speaker><p>Spam!</p></sp>'
        b'<sp who="#egg #ham"><speaker>Both.</speaker><p>Eggs!</p></sp></body></text></TEI>'))
    dom = lhtml.document_fromstring(render_html(tree))
    ham = one(dom, "//aside[@id='persons']//li[@id='ham']")
    assert [a.get("href") for a in ham.xpath(".//span[@class='turns']/a")] == ["#sp-ham-1", "#sp-egg-1"]
    assert one(dom, "//*[@id='sp-egg-1']") is not None


# ---------------------------------------------------------------- plain text


def test_reading_text_wrapped_with_speakers_in_capitals(seed_text):
    lines = seed_text.splitlines()
    assert max(len(line) for line in lines) <= 72
    assert "COMRADE STALIN answers that our advice is this: we should remember, that" in seed_text
    assert lines[0] == "Minutes of Conversation between I.V. Stalin and Zhou Enlai"


def test_the_reading_texts_signs_say_that_it_sets_the_speakers_names_in_capitals(seed_text):
    """Its own sign, said with the source's: a name set in capitals by the text could not be told from one the record
    printed so. Not in a text without turns, nor in the diplomatic text."""
    import tei

    signs = seed_text.split("\nEditorial signs\n", 1)[1]
    assert " ".join(signs.split()).startswith("NAME — a name in capitals opens the words of the speaker it names")
    no_turns = render_text(tei.encode("A memorandum.\n\nThe talks went on.\n", name="m.txt").tree)
    assert "Editorial signs" not in no_turns and "NAME —" not in no_turns
    turns = tei.encode("MOLOTOV said that it was not.\n\nSTALIN said that it was.\n", name="m.txt").tree
    assert "NAME — a name in capitals" in render_text(turns)
    assert "NAME —" not in render_text(turns, diplomatic=True)


def test_reading_text_endnotes_and_inline_page_numbers(seed_text):
    body, notes = seed_text.split("\nNotes\n")
    assert "worsens its[1] position" in " ".join(body.split())
    assert "[1] Japan's (gloss)" in notes and "[a] The source reads “conversion”" in notes
    assert [m for m in re.findall(r"\[p\. (\d+)\]", body)] == ["2", "3", "4", "5", "6"]
    assert "for the 70th anniversary [p. 6] [of Stalin's birth]." in " ".join(body.split())


@pytest.mark.parametrize("width", [40, 72, 100])
def test_text_width(seed_tree, width):
    text = render_text(seed_tree, width=width)
    assert max(len(line) for line in text.splitlines()) <= width
    assert text.endswith("\n") and not text.endswith("\n\n")


def test_page_number_policies(seed_tree):
    none = render_text(seed_tree, pages="none")
    assert "[p. " not in none
    margin = render_text(seed_tree, pages="margin")
    marked = [line for line in margin.splitlines() if "[p. " in line]
    assert len(marked) == 5 and all(line.endswith("]") and len(line) == 72 for line in marked)
    # Inside a paragraph the number goes to the end of the line where the page turns.
    (line,) = [line for line in marked if "[p. 6]" in line]
    assert line.startswith("comrade Stalin for the 70th anniversary | [of Stalin's ")  # (a bar where it turns)
    with pytest.raises(ValueError):
        render_text(seed_tree, pages="footer")


def test_rendering_is_deterministic(seed_tree):
    assert render_html(seed_tree) == render_html(xmlio.parse_file(SEED_EDITION))
    assert render_text(seed_tree) == render_text(xmlio.parse_file(SEED_EDITION))


# ---------------------------------------------------------------- errors and the API


def test_not_tei_is_an_input_error():
    with pytest.raises(InputError) as caught:
        render_html(etree.fromstring(b"<html/>"))
    assert caught.value.diagnostics[0].code == "not-tei"
    with pytest.raises(InputError) as caught:
        render_text(etree.fromstring(b'<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader/></TEI>'))
    assert caught.value.diagnostics[0].code == "no-text"


def test_deep_nesting_is_a_diagnostic_not_a_crash():
    depth = 250
    xml = ('<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body><p>' + "<hi>" * depth + "deep"
           + "</hi>" * depth + "</p></body></text></TEI>")
    try:
        out = render_text(etree.fromstring(xml.encode()))
    except TeiError as exc:
        assert exc.diagnostics[0].code == "render-too-deep"
    else:
        assert "deep" in out


def test_render_dispatches_formats(seed_tree):
    assert render(seed_tree, "text").decode("utf-8") == render_text(seed_tree)
    assert render(seed_tree, "html").decode("utf-8") == render_html(seed_tree)
    with pytest.raises(ValueError):
        render(seed_tree, "docx")


def test_pdf_without_weasyprint_says_how_to_install(seed_tree, monkeypatch):
    import sys

    monkeypatch.setitem(sys.modules, "weasyprint", None)  # import weasyprint → ImportError
    with pytest.raises(TeiError) as caught:
        render_pdf(seed_tree)
    (diagnostic,) = caught.value.diagnostics
    assert diagnostic.code == "pdf-unavailable" and "pip install 'tei-encoder[pdf]'" in diagnostic.hint


def test_templates_ship_one_folder_per_format():
    from importlib import resources

    folder = resources.files("tei") / "templates"
    assert {p.name for p in folder.iterdir() if p.is_dir()} >= {"html", "text"}
    for fmt, ext in (("html", "html"), ("text", "txt")):
        names = {p.name for p in (folder / fmt).iterdir()}
        assert {"elements.py", f"page.{ext}"} <= names
        module = output_format(fmt)
        assert Path(module.__file__).parent == Path(str(folder / fmt))  # loaded from the format's folder
        assert module.PAGE == f"{fmt}/page.{ext}" and callable(module.fallback)
        assert all(callable(rule) for rule in module.ELEMENTS.values())


def test_the_package_data_ships_every_template_file():
    """pyproject's package-data globs cover each file of a format's folder, the element tables included."""
    import fnmatch
    import tomllib

    root = Path(__file__).resolve().parent.parent
    globs = tomllib.loads((root / "pyproject.toml").read_text())["tool"]["setuptools"]["package-data"]["tei"]
    files = [p.relative_to(root / "tei").as_posix() for p in (root / "tei" / "templates").rglob("*")
             if p.is_file() and "__pycache__" not in p.parts]
    assert "templates/html/elements.py" in files and "templates/text/elements.py" in files
    assert [f for f in files if not any(fnmatch.fnmatch(f, g) for g in globs)] == []


def test_footnote_markers_link_to_the_records_notes_and_back():
    """A transcript's own footnotes ([1] … then "1 The report …" at the end) stay where they are, linked."""
    import tei

    result = tei.encode(FIXTURES / "harbour.txt")
    dom = lhtml.document_fromstring(render_html(result.tree))
    marker = one(dom, "//main//a[@class='noteref' and @href='#fn1']")
    assert marker.text == "1" and "".join(marker.getparent().itertext()).find("the report1 was late") >= 0
    note = one(dom, "//div[@class='note' and @id='fn1']")
    assert one(note, "a[@class='backref']").get("href") == f"#{marker.get('id')}"
    assert text_of(note) == "↩ 1 The report of the harbour board, 3 May."
    reading = " ".join(render_text(result.tree).split())
    assert "the report[1] was late" in reading and "the harbour [works] had been delayed [?]" in reading
    assert "MR ARDEN. Agreed." in reading and "MR BLY asked whether the Treasury [had agreed." in reading


def _tei(body: str) -> etree._ElementTree:
    return etree.ElementTree(etree.fromstring(
        f'<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body>{body}</body></text></TEI>'.encode()))


def test_generated_note_numbers_skip_the_documents_own():
    tree = _tei('<p>Words<ref type="footnote" n="1" target="#fn1">1</ref> and a gloss <note type="gloss">a</note>'
                ' and <note type="gloss">b</note>.</p><div><note xml:id="fn1" n="1">The record\'s note.</note></div>')
    dom = lhtml.document_fromstring(render_html(tree))
    assert [m.text for m in dom.xpath("//main//a[@class='noteref']")] == ["1", "2", "3"]
    assert "[2] a" in render_text(tree) and "[3] b" in render_text(tree)


def test_a_note_that_is_all_its_paragraph_holds_stays_in_place():
    tree = _tei('<p>Text.</p><p><note type="source">NAA: A1838, 3/1</note></p>')
    text = render_text(tree)
    assert "[NAA: A1838, 3/1]" in text and "Notes" not in text
    dom = lhtml.document_fromstring(render_html(tree))
    assert dom.xpath("//a[@class='noteref']") == [] and dom.xpath("//section[@id='notes']") == []


# ---------------------------------------------------------------- one view model, several formats


@pytest.mark.parametrize("diplomatic", [False, True])
def test_render_formats_gives_what_each_renderer_gives(seed_tree, others_tree, diplomatic):
    for tree in (seed_tree, others_tree):
        both = render_formats(tree, diplomatic=diplomatic)
        assert both == {"html": render_html(tree, diplomatic), "text": render_text(tree, diplomatic)}
    narrow = render_formats(seed_tree, ("text",), diplomatic=diplomatic, width=40, pages="margin")
    assert narrow == {"text": render_text(seed_tree, diplomatic, width=40, pages="margin")}


def test_render_formats_refuses_what_it_cannot_do(seed_tree, monkeypatch):
    import sys

    with pytest.raises(ValueError):
        render_formats(seed_tree, ("html", "docx"))
    with pytest.raises(ValueError):
        render_formats(seed_tree, ("text",), pages="footer")
    with pytest.raises(InputError):
        render_formats(etree.fromstring(b"<html/>"))
    monkeypatch.setitem(sys.modules, "weasyprint", None)
    with pytest.raises(TeiError) as caught:
        render_formats(seed_tree, ("html", "pdf"))
    assert caught.value.diagnostics[0].code == "pdf-unavailable"


@pytest.mark.parametrize("streams", [False, True])
@pytest.mark.parametrize("diplomatic", [False, True])
def test_render_each_gives_the_formats_one_at_a_time_and_lets_the_tree_go(seed_tree, diplomatic, streams):
    import sys

    from tei.render import render_each, render_streams

    tree = _copy(seed_tree)
    held = sys.getrefcount(tree)
    outputs = (render_streams if streams else render_each)(tree, ("text", "html"), diplomatic=diplomatic, width=60)
    assert sys.getrefcount(tree) > held  # the view model is not made yet: the tree is still needed
    first = next(outputs)
    assert sys.getrefcount(tree) == held  # made: nothing of the rendering holds the tree any more
    made = [(name, output if isinstance(output, str) else "".join(output)) for name, output in [first, *outputs]]
    assert made == [("text", render_text(seed_tree, diplomatic, width=60)), ("html", render_html(seed_tree, diplomatic))]


@pytest.mark.parametrize("diplomatic", [False, True])
def test_a_consumed_tree_renders_as_a_kept_one_and_only_its_divisions_parts_go(seed_tree, diplomatic, monkeypatch):
    from tei import render_model
    from tei.render import render_streams

    monkeypatch.setattr(render_model, "_PARTS_BETWEEN_TRIMS", 7)  # (taken out seven at a time: the seed is short)
    T = "{http://www.tei-c.org/ns/1.0}"
    kept, consumed = _copy(seed_tree), _copy(seed_tree)
    before = etree.tostring(kept)
    outputs = {name: "".join(pieces) for name, pieces in render_streams(kept, ("html", "text"), diplomatic)}
    assert etree.tostring(kept) == before  # not consumed: the caller's tree as it was
    assert {name: "".join(pieces) for name, pieces in
            render_streams(consumed, ("html", "text"), diplomatic, consume=True)} == outputs
    parts = len(kept.find(f"{T}text/{T}body/{T}div"))
    assert parts > 20 and len(consumed.find(f"{T}text/{T}body/{T}div")) == parts % 7  # (the last, fewer, left)
    assert consumed.find(f"{T}teiHeader") is not None and len(consumed.find(f"{T}teiHeader").findall(
        f".//{T}person")) == len(kept.find(f"{T}teiHeader").findall(f".//{T}person")) > 0  # the header is kept


def test_a_long_consumed_record_gives_its_trees_freed_pages_back_every_thousand_parts(monkeypatch):
    import tei
    from tei import render_model
    from tei.render import render_streams

    calls = []
    monkeypatch.setattr(render_model, "_TRIM", calls.append)
    long = tei.encode("".join(f"MR {'ADAMS' if i % 2 else 'BAKER'} said that it was {i}.\n\n" for i in range(2500)),
                      name="long.txt").tree
    whole = {name: "".join(pieces) for name, pieces in render_streams(long, ("html", "text"))}
    assert calls == []  # (a tree not consumed: nothing freed)
    assert {name: "".join(pieces) for name, pieces in render_streams(long, ("html", "text"), consume=True)} == whole
    assert calls == [0, 0]  # 2,500 turns: a thousand taken out, twice
    assert len(long.find(".//{http://www.tei-c.org/ns/1.0}div")) == 500
    monkeypatch.setattr(render_model, "_TRIM", None)  # (no C library that has it: nothing asked)
    again = tei.encode("".join(f"MR {'ADAMS' if i % 2 else 'BAKER'} said that it was {i}.\n\n" for i in range(2500)),
                       name="long.txt").tree
    assert {name: "".join(pieces) for name, pieces in render_streams(again, ("html", "text"), consume=True)} == whole


@pytest.mark.parametrize("fails", [OSError("no library"), AttributeError("malloc_trim"), TypeError("None")])
def test_where_the_c_library_has_no_malloc_trim_nothing_is_asked_of_it(monkeypatch, fails):
    import ctypes

    from tei import render_model

    def refused(name):
        raise fails

    monkeypatch.setattr(ctypes, "CDLL", refused)
    assert render_model._malloc_trim() is None


def test_render_streams_gives_each_output_in_pieces(seed_tree):
    from tei.render import render_streams

    for name, pieces in render_streams(seed_tree, ("html", "text")):
        pieces = list(pieces)
        assert len(pieces) > 10 and all(isinstance(piece, str) for piece in pieces), name


@pytest.mark.parametrize("each", ["render_each", "render_streams"])
def test_render_each_checks_its_options_before_it_is_iterated(seed_tree, each):
    from tei import render

    with pytest.raises(ValueError):
        getattr(render, each)(seed_tree, ("html", "docx"))
    with pytest.raises(ValueError):
        getattr(render, each)(seed_tree, ("text",), width=5)


def _copy(tree):
    return etree.ElementTree(etree.fromstring(etree.tostring(tree)))


def test_render_formats_guards_deep_nesting():
    tree = _tei("<p/>")
    element = tree.getroot().find(".//{http://www.tei-c.org/ns/1.0}p")
    for _ in range(5000):  # deeper than Python's stack allows (a parser would refuse it; a builder need not)
        element = etree.SubElement(element, "{http://www.tei-c.org/ns/1.0}hi")
    element.text = "deep"
    with pytest.raises(TeiError) as caught:
        render_formats(tree)
    assert caught.value.diagnostics[0].code == "render-too-deep"


@pytest.mark.parametrize("depth, renders", [(397, True), (398, False)])
def test_elements_nest_four_hundred_deep_at_most_compiled_or_not(depth, renders):
    """The limit is the view's own (render_model._DEEPEST), not Python's stack: compiled, the view has none."""
    tree = _tei("<p/>")
    element = tree.getroot().find(".//{http://www.tei-c.org/ns/1.0}p")
    for _ in range(depth):  # under text, body and p: 400 elements deep, then 401
        element = etree.SubElement(element, "{http://www.tei-c.org/ns/1.0}hi")
    element.text = "deep"
    if renders:
        assert "deep" in render_formats(tree)["text"]
    else:
        with pytest.raises(TeiError) as caught:
            render_formats(tree)
        assert caught.value.diagnostics[0].code == "render-too-deep"


def test_the_view_model_is_not_changed_by_rendering(seed_tree):
    """Formats share one view model: a rendering must leave it as it found it."""
    doc = render_model.build(seed_tree)
    before = repr(doc)
    for name in ("html", "text", "text"):
        from tei.render import Options, Renderer

        Renderer(output_format(name), doc, Options()).page()
        assert repr(doc) == before


# ---------------------------------------------------------------- the element tables


@pytest.mark.parametrize("name", ["endnote", "cite", "sign", "speaker_name", "list_item", "table_row", "row_cell",
                                  "turn_links", "mention_links", "participants", "underline", "fallback", "begin"])
def test_a_tei_element_named_like_a_helper_renders_by_fallback(name):
    """Only TEI names are dispatched: <endnote> is an unknown element, not the page's endnote helper."""
    tree = _tei(f'<p>Before <{name} xml:id="x1">inside</{name}> after.</p><{name}>Alone.</{name}>')
    page = render_html(tree)
    assert 'id="None"' not in page
    dom = lhtml.document_fromstring(page)
    inline = one(dom, f"//main//span[@class='tei-{name}']")
    assert inline.get("id") == "x1" and inline.text == "inside"
    assert one(dom, f"//main//div[@class='tei-{name}']").text == "Alone."
    text = " ".join(render_text(tree).split())
    assert "Before inside after." in text and "Alone." in text


def test_element_tables_name_tei_elements_only():
    for fmt in ("html", "text"):
        table = output_format(fmt).ELEMENTS
        assert not {"endnote", "fallback", "begin", "end"} & set(table)
        assert all(name.isidentifier() for name in table)


def test_a_node_starts_with_every_field_at_its_declared_default():
    """Node's __init__ is written by hand (it is hot): it must set every field the dataclass declares."""
    node = render_model.Node("p", {}, [])
    for field in dataclasses.fields(render_model.Node):
        if field.name in ("kind", "attrs", "children"):
            continue
        assert getattr(node, field.name) == field.default, field.name


def test_a_view_model_holds_each_attribute_name_once_and_no_dict_for_an_xml_id_alone(seed_tree):
    """A long record's view model was a sixth attribute names (a new string at each lxml read) and a
    fifth dicts, most holding an xml:id alone, which is the node's ``id`` anyway."""
    nodes = list(_nodes(render_model.build(seed_tree).text))
    names = {}
    for node in nodes:
        for name in node.attrs:
            assert names.setdefault(name, name) is name, name
    assert "who" in names and "xml:id" not in names
    paragraphs = [node for node in nodes if node.kind == "p"]
    assert paragraphs and all(node.id for node in paragraphs)
    assert len({id(node.attrs) for node in paragraphs if not node.attrs}) == 1


def test_templates_render_with_jinja2s_own_context():
    """No subclass of jinja2's Context (which leaned on its private call arguments): rules are plain Python."""
    from jinja2.runtime import Context

    from tei.render import environment

    assert environment().context_class is Context


def _nodes(node):
    yield node
    for child in node.children:
        if not isinstance(child, str):
            yield from _nodes(child)


@pytest.mark.parametrize("which", ["seed", "others", "hostile"])
def test_each_element_streamed_is_the_element_rendered(seed_tree, others_tree, which):
    from tei import render_model
    from tei.render import Options, Renderer

    tree = {"seed": seed_tree, "others": others_tree, "hostile": None}[which]
    if tree is None:
        tree = xmlio.parse_file(FIXTURES / "hostile.xml")
    doc = render_model.build(tree)
    streamed = 0
    for diplomatic in (False, True):
        renderer = Renderer(output_format("html"), doc, Options(diplomatic=diplomatic))
        for node in _nodes(doc.text):
            pieces = list(renderer.stream(node))
            assert "".join(pieces) == renderer.render(node), (node.kind, node.id)
            streamed += len(pieces) > 1
    assert streamed >= 4  # the text, its body, a div, a speech at least


def test_the_text_of_an_edition_comes_in_pieces_and_no_piece_holds_two_speeches(seed_tree, seed_html):
    from tei import render_model
    from tei.render import Options, Renderer

    doc = render_model.build(seed_tree)
    renderer = Renderer(output_format("html"), doc, Options())
    whole = list(renderer.stream(doc.text))  # the text and the body around the record, whole: it is short
    assert len(whole) == 5 and whole[2].count('<div class="sp"') > 50
    renderer.streamed = dict(renderer.streamed, div=50)  # the record holds 72 speeches
    pieces = list(renderer.stream(doc.text))
    assert "".join(pieces) in seed_html
    speeches = seed_html.count('<div class="sp"')
    assert speeches > 50 and max(piece.count('<div class="sp"') for piece in pieces) == 1


def test_a_rule_that_does_not_write_its_content_once_as_it_is_renders_its_element_whole(seed_tree):
    from tei import render_model
    from tei.render import Options, Renderer

    doc = render_model.build(seed_tree)
    renderer = Renderer(output_format("html"), doc, Options())
    renderer.streamed = {"text": 0, "body": 0, "sp": 0}
    renderer.rules = dict(renderer.rules, sp=lambda n, r: f"<x>{r.children(n)}|{r.children(n)}</x>",
                          body=lambda n, r: f"<y>{r.children(n).upper()}</y>", text=lambda n, r: "<z/>")
    for kind in ("sp", "body"):
        node = next(n for n in _nodes(doc.text) if n.kind == kind)
        assert list(renderer.stream(node)) == [renderer.render(node)]
    assert list(renderer.stream(doc.text)) == ["<z/>"]


def test_a_long_speech_is_streamed_and_a_short_one_written_whole():
    from tei import render_model
    from tei.render import Options, Renderer

    long = "STALIN said that it was so.\n\n" + "".join(f"He added point {i}.\n\n" for i in range(300))
    import tei

    tree = tei.encode(long + "MOLOTOV said that it was not.\n", name="r.txt").tree
    doc = render_model.build(tree)
    renderer = Renderer(output_format("html"), doc, Options())
    stalin, molotov = [n for n in _nodes(doc.text) if n.kind == "sp"]
    pieces = list(renderer.stream(stalin))
    assert len(pieces) > 300 and "".join(pieces) == renderer.render(stalin)
    assert list(renderer.stream(molotov)) == [renderer.render(molotov)]


@pytest.mark.parametrize("options", [{}, {"diplomatic": True}, {"pages": "margin", "width": 40}, {"pages": "none"}])
def test_a_text_edition_streamed_a_block_at_a_time_is_the_text_made_whole(seed_tree, others_tree, options,
                                                                          monkeypatch):
    """The text format streams its containers (a frame around its blocks' frames, which ``finish`` lays out as the
    page's blocks): every division, whatever its length, against the whole page as one string."""
    import tei
    import tei.templates.text.elements as text_format

    long = tei.encode("Record\n\n" + "".join(f"MR ADAMS said that it was {i}[?].\n\n[p. {i}]\n\n" if i % 7 == 0 else
                                              f"MR BAKER said [inaudible] it was {i}.\n\n" for i in range(400)),
                      name="long.txt").tree
    mixed = _tei("<div>Words of the division<lb/>on a line of their own <p>A paragraph.</p> and after it. "
                 "<p>Another.</p></div>")  # (made whole: its words are laid out with its blocks)
    trees = [seed_tree, others_tree, xmlio.parse_file(FIXTURES / "hostile.xml"), long, mixed]
    streamed = [render_text(tree, **options) for tree in trees]
    monkeypatch.setattr(text_format, "STREAMED", {"text": 0, "body": 0, "div": 0, "front": 0, "back": 0})
    assert [render_text(tree, **options) for tree in trees] == streamed  # every container streamed
    monkeypatch.setattr(text_format, "STREAMED", {})
    assert [render_text(tree, **options) for tree in trees] == streamed  # none: the page made whole
    assert " ".join(streamed[3].split()).count("said [inaudible] it was") == 342


def test_a_long_records_text_edition_comes_a_block_at_a_time():
    import tei
    from tei.render import render_streams

    tree = tei.encode("Record\n\n" + "".join(f"MR {'ADAMS' if i % 2 else 'BAKER'} said that it was {i}.\n\n"
                                             for i in range(600)), name="long.txt").tree
    (name, pieces), = render_streams(tree, ("text",))
    pieces = list(pieces)
    assert max(len(piece) for piece in pieces) < 200 and "".join(pieces).count("said that it was") == 600

@pytest.mark.parametrize("text, direction", [
    ("محضر محادثة\n\nعبد الناصر: أهلا وسهلا بكم.\n\nخروشوف: شكرا جزيلا.\n\nعبد الناصر: نحن سعداء.\n", "rtl"),
    ("פרוטוקול השיחה\n\nבן גוריון: שלום לכם.\n\nדאלס: תודה רבה.\n\nבן גוריון: אנו שמחים.\n", "rtl"),
    ("Record\n\nStalin: We agree.\n\nZhou: Yes.\n\nStalin: Good.\n", None),
])
def test_a_text_written_right_to_left_is_set_so(text, direction):
    """An Arabic or Hebrew record's reading edition was set left to right: its lines aligned left, its
    speakers' names at the wrong end."""
    import tei

    html = render_html(tei.encode(text, name="x.txt").tree)
    main = re.search(r'<main id="text"[^>]*>', html).group(0)
    assert (re.search(r'dir="(\w+)"', main).group(1) if "dir=" in main else None) == direction
    assert '<h1 class="title" dir="auto">' in html  # a title in either direction sets itself


def test_a_list_that_prints_its_labels_shows_no_markers_of_its_own():
    """A bulleted list's labels are its signs as printed ("-", "•"): its ``ul`` showed the browser's discs beside
    them, the stylesheet hiding the markers of labelled ``ol`` only. Every labelled list the renderer makes has a
    rule that hides them."""
    import tei

    text = ("RECORD\n\nMR SMITH said that the points were:\n- wheat\n- rice\n\n"
            "MR JONES said that the agenda was:\n1. Opening\n2. Minutes\n")
    page = render_html(tei.encode(text, name="x.txt").tree)
    made = {(element.tag, "labelled") for element in lhtml.fromstring(page).iter("ol", "ul")
            if "labelled" in element.get("class", "").split()}
    assert made == {("ol", "labelled"), ("ul", "labelled")}
    css = (Path(output_format("html").__file__).parent / "edition.css").read_text(encoding="utf-8")
    hidden = {selector.strip() for rule in re.findall(r"([^{}]+)\{[^}]*list-style:\s*none", css)
              for selector in rule.split(",")}
    assert {f"{tag}.{cls}" for tag, cls in made} <= hidden


def _luminance(colour: str) -> float:
    channels = [int(colour[k:k + 2], 16) / 255 for k in (1, 3, 5)]
    r, g, b = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def test_the_screens_text_colours_read_at_four_and_a_half_to_one_on_the_page():
    """WCAG's contrast for text, of each colour the screen's stylesheet gives text, against the paper: the bar
    where a page turns had been in the rule's grey, 1.5:1. (A separator drawn before an item is no text.)"""
    from importlib.resources import files

    css = (files("tei") / "templates" / "html" / "edition.css").read_text(encoding="utf-8")
    screen = css[:css.index("@page")]
    colours = dict(re.findall(r"--([\w-]+):\s*(#[0-9a-fA-F]{6})", screen))
    paper = _luminance(colours["paper"])
    checked = 0
    for selector, body in re.findall(r"([^{}]+)\{([^{}]*)\}", screen):
        if "::before" in selector or "::after" in selector:
            continue
        for value in re.findall(r"(?<![-\w])color:\s*([^;]+);", body):
            named = re.fullmatch(r"var\(--([\w-]+)\)", value.strip())
            colour = colours[named.group(1)] if named else value.strip()
            if not colour.startswith("#"):
                continue  # (inherit)
            light, dark = sorted([_luminance(colour), paper], reverse=True)
            assert (light + 0.05) / (dark + 0.05) >= 4.5, (selector.strip(), value)
            checked += 1
    assert checked >= 20


def test_a_line_the_source_breaks_breaks_the_text_editions_too():
    """TEI's lb among a line's words (a byline's names, a paragraph's): a line of its own in the text, as the HTML's
    br; the names had run into one line ("William B. McAllister Joshua Botts …")."""
    tree = _tei("<p>Names: <name>A</name><lb/><name>B</name> and more<lb/></p><lb/>"
                "<byline><name>C</name><lb/><name>D</name></byline>")
    text = render_text(tree)
    assert "Names: A\nB and more\n\nC\nD\n" in text and "\x04" not in text
    assert "<br>" in render_html(tree)


def test_a_quotation_in_a_list_item_is_wrapped_within_the_width():
    """Blocks in an item are wrapped as narrow as the item indents them: a quotation in an item had been wrapped at
    the full width, then indented past it (153 lines of FRUS's history over 72 columns)."""
    words = " ".join(["word"] * 60)
    tree = _tei(f"<list><item>An item: <quote rend='blockquote'><p>{words}</p></quote></item></list>")
    text = render_text(tree, width=40)
    lines = text[text.index("- An item"):].splitlines()
    assert max(map(len, lines)) <= 40 and lines[2].startswith("  word word")


def test_a_note_in_a_heading_is_no_word_of_the_contents_nor_of_its_notes_heading():
    """FRUS's history notes its chapters' headings: each note's 800 words had been the contents' entry, and the
    heading of the notes that the chapter's notes are grouped under."""
    tree = _tei('<div><head>Chapter 1: Openness<note n="1">A long note on the sources of this chapter.</note></head>'
                '<p>Text<note n="2">Another.</note>.</p></div><div><head>Chapter 2</head><p>More<note n="3">A third.</note>.</p>'
                '</div>')
    dom = lhtml.document_fromstring(render_html(tree))
    assert [a.text_content() for a in dom.xpath("//ol[@class='toc']//a")] == ["Chapter 1: Openness", "Chapter 2"]
    groups = [h.text_content() for h in dom.xpath("//h3[contains(@class, 'notes-group')]")]
    assert groups and all("sources" not in group for group in groups)
    assert "A long note on the sources of this chapter." in dom.text_content()  # (the note itself is kept)


def test_a_running_head_is_said_to_be_one_not_set_as_a_second_heading():
    """FRUS's ``head type="shortened-for-running-head"`` under each chapter's heading had been a heading of its
    own, in the contents too."""
    tree = _tei('<div><head>Chapter 1: The Parameters of Openness, 1790–1860</head>'
                '<head type="shortened-for-running-head">Parameters of Openness</head><p>Text.</p></div>'
                '<div><head>Chapter 2</head><p>More.</p></div>')
    dom = lhtml.document_fromstring(render_html(tree))
    assert [a.text_content() for a in dom.xpath("//ol[@class='toc']//a")] == [
        "Chapter 1: The Parameters of Openness, 1790–1860", "Chapter 2"]
    (running,) = dom.xpath("//p[contains(@class, 'running-head')]")
    assert running.text_content() == "Running head: Parameters of Openness"
    assert "\nRunning head: Parameters of Openness\n" in render_text(tree)


@pytest.mark.parametrize("value, spelled", [
    ("1975-09-12", "12 September 1975"), ("1975-09", "September 1975"), ("1975", "1975"),
    ("1952-01-01", "1 January 1952"),
    ("1975-13-01", "1975-13-01"), ("1975-09-32", "1975-09-32"), ("12 Sept. 1975", "12 Sept. 1975"), ("", ""),
])
def test_an_iso_date_spelled_as_the_editions_give_it(value, spelled):
    from tei.render import spelled_date
    assert spelled_date(value) == spelled


def test_the_persons_list_cites_each_turn_by_its_paragraphs_number_in_the_margin():
    """"speaks: 1 2 3 … 35" had counted a person's turns, which nothing on the page or on paper shows: each link is
    the number its turn's first paragraph has in the margin; a turn without a numbered paragraph keeps the count."""
    dom = lhtml.document_fromstring(render_html(xmlio.parse_file(EDITIONS / "stalin-zhou-1952-09-19.xml")))
    (stalin,) = dom.xpath("//aside[@id='persons']//li[@id='stalin']")
    links = stalin.xpath(".//span[@class='turns']/a")
    assert "speaks: ¶ " in stalin.text_content() and len(links) >= 30
    for link in links:
        (turn,) = dom.xpath(f"//*[@id='{link.get('href')[1:]}']")
        first = turn.xpath(".//a[contains(@class, 'cite')]")[0]
        assert first.text_content().strip() == link.text_content()
    play = _tei('<sp who="#hamlet"><speaker>Hamlet</speaker><l>To be, or not to be.</l></sp>'
                '<sp who="#hamlet"><speaker>Hamlet</speaker><l>That is the question.</l></sp>')
    numbers = lhtml.document_fromstring(render_html(play)).xpath("//span[@class='turns']/a/text()")
    assert numbers == ["1", "2"]


def test_the_records_own_heading_that_the_title_repeats_is_no_second_heading():
    """A record of conversation headed by its title, which the edition takes for its own: the page had set the title
    twice, as its h1 and as a section's h2 (and in the contents); the record's heading stays where it stands."""
    import tei

    result = tei.encode("Record of Conversation Between Whitlam and Tang\n\nCanberra, 12 September 1975\n\n"
                        "MR TANG asked about Timor.\n\nMR WHITLAM replied that it was hard.\n", name="t.txt")
    dom = lhtml.document_fromstring(render_html(result.tree))
    headings = [h.text_content().strip() for h in dom.xpath("//h1 | //h2 | //h3")]
    assert headings.count("Record of Conversation Between Whitlam and Tang") == 1
    (again,) = dom.xpath("//p[contains(@class, 'title-again')]")
    assert again.text_content() == "Record of Conversation Between Whitlam and Tang"
    assert render_text(result.tree).count("Record of Conversation Between Whitlam and Tang") == 2
