"""A TEI file cannot make the HTML edition run anything: a hostile fixture, rendered and inspected."""

from __future__ import annotations

import re
from pathlib import Path

import markupsafe
import pytest
from lxml import html as lhtml

from tei import xmlio
from tei.render import escape_html, render_html, render_text

HOSTILE = Path(__file__).parent / "fixtures" / "render" / "hostile.xml"
SAFE_HREF = re.compile(r"#[\w.:-]+|https?://[^\s\"'<>`]+")


@pytest.fixture(scope="module", params=[False, True], ids=["reading", "diplomatic"])
def page(request):
    source = render_html(xmlio.parse_file(HOSTILE), diplomatic=request.param)
    return source, lhtml.document_fromstring(source.encode("utf-8"))


def test_no_script_element_and_no_event_handler(page):
    _, dom = page
    assert dom.xpath("//script | //iframe | //object | //embed | //img | //link | //base | //form") == []
    handlers = [(e.tag, name) for e in dom.iter() if isinstance(e.tag, str) for name in e.attrib
                if name.lower().startswith("on")]
    assert handlers == []


def test_no_style_attribute_and_only_our_stylesheets(page):
    _, dom = page
    assert dom.xpath("//@style") == []
    styles = dom.xpath("//style")
    assert styles and not any("alert" in s.text or "javascript" in s.text for s in styles)


def test_links_only_to_fragments_and_http(page):
    _, dom = page
    hrefs = dom.xpath("//@href")
    assert hrefs and all(SAFE_HREF.fullmatch(h) for h in hrefs), [h for h in hrefs if not SAFE_HREF.fullmatch(h)]
    assert "https://example.org/ok?a=1&b=2" in hrefs
    ids = set(dom.xpath("//@id"))
    assert all(h[1:] in ids for h in hrefs if h.startswith("#")), "a fragment link goes nowhere"


def test_nothing_is_fetched(page):
    _, dom = page
    assert dom.xpath("//@src | //@srcset | //@data | //@poster | //@background") == []
    assert not any("tracker.example" in v for v in dom.xpath("//@*"))


def test_hostile_text_is_text(page):
    source, dom = page
    assert "<script>alert" not in source and "<b onmouseover" not in source
    assert dom.findtext(".//title").startswith('</title><script>alert("title")')
    words = " ".join(dom.xpath("//main")[0].itertext())
    for kept in ("Plain words.", "bad link", "Mallory", "bold", "foreign words", "cell words", 'alert("tei script")'):
        assert kept in words, kept


def test_attribute_values_cannot_break_out(page):
    _, dom = page
    assert dom.get("lang") == "und"  # an xml:lang with a quote in it is not a language tag
    for element in dom.iter():
        if isinstance(element.tag, str):
            for name in element.attrib:
                assert name in {"lang", "id", "class", "href", "title", "role", "aria-label", "aria-labelledby",
                                "aria-hidden", "rel", "datetime", "colspan", "charset", "content", "name",
                                "http-equiv", "media", "dir"}, (element.tag, name)
    assert set(dom.xpath("//@dir")) <= {"rtl", "auto"}  # a direction the renderer chose, never the source's words
    assert dom.xpath("//time[@datetime]") == []  # "10:30\"><script>…" is no datetime


def test_csp_forbids_scripts(page):
    _, dom = page
    (csp,) = dom.xpath("//meta[@http-equiv='Content-Security-Policy']/@content")
    assert "default-src 'none'" in csp and "'unsafe-inline'" not in csp.split("style-src")[0]
    assert "script-src" not in csp


def test_plain_text_of_hostile_tei_is_its_words():
    text = render_text(xmlio.parse_file(HOSTILE))
    assert "Plain words." in text and "alert" in text  # words are words, in any format
    assert "\x02" not in text and "\x07" not in text


@pytest.mark.parametrize("text", ["", "plain words", "<script>alert('x')</script>", 'a "quoted" & <b>bold</b>',
                                  "&amp; already &lt;escaped&gt;", "'\"<>&" * 3, "naïve — 中文 \u2028 \x07"])
def test_the_fast_text_escape_is_markupsafes(text):
    """Text nodes are escaped without a Markup object each: exactly as markupsafe.escape would."""
    assert escape_html(text) == str(markupsafe.escape(text))


def test_what_html_rules_print_unescaped_is_safe_by_construction():
    """HTML rules print the view model's anchors, classes and element names as they are: none can hold markup."""
    from tei import render_model

    safe = re.compile(r"[\w.:-]*")
    doc = render_model.build(xmlio.parse_file(HOSTILE))
    stack = [doc.text] + [note for _, notes in doc.notes for note in notes]
    seen = 0
    while stack:
        node = stack.pop()
        seen += 1
        for value in (node.id, node.ref_id, node.backref, node.kind):
            assert value is None or safe.fullmatch(value), value
        assert all(c[2:] in render_model.REND_CLASSES and c.startswith("r-") for c in node.css.split()), node.css
        stack.extend(c for c in node.children if not isinstance(c, str))
    assert seen > 20
    for person in doc.persons:
        assert safe.fullmatch(person.id) and all(safe.fullmatch(a) for _, a in person.turns)
        assert all(safe.fullmatch(a) for a in person.mentions)
