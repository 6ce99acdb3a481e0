"""Render TEI as an HTML reading edition, plain text or PDF, with per-format rule tables and jinja2 pages — no XSLT.

``render_model`` walks any TEI tree into a view model (numbered notes, safe
anchors and links, brackets, who speaks where); each output format then
writes it out. A format is one folder, ``templates/<format>/``:

- ``elements.py``: the format's **element table** — ``ELEMENTS`` maps a TEI
  local name to its rule, a small function ``rule(n, r) -> str`` that returns
  the markup of node ``n`` (``r.children(n)`` is its content, already written
  in the format). ``fallback`` renders every element without a rule, so no
  text is lost. Only names in the table are dispatched: the table's helpers
  (``endnote``, ``cite``, …) are never taken for TEI elements of the same name.
- ``page.<ext>``: a jinja2 template for the page around the text (header,
  apparatus), rendered once per document.

Why element rules in Python rather than one jinja2 macro per element, as
before: a document is mostly its elements (≈300 in a generated record), and a
jinja2 macro call — argument binding, context look-ups, an autoescape
``Markup`` for every value it prints — cost six to nine times the markup it
wrote (≈6–9 µs against ≈1 µs for the same markup from an f-string). Calling
the compiled macros directly saves only the binding; memoising a macro's
output per kind of element fails on the one thing every element has of its
own, its anchor. So the per-element markup is declared in the format's folder
as a table of small rules (as markdown-it-py's renderer does), and jinja2
keeps the page, which is rendered once per document. ``render.py`` writes no
markup: it walks content and hands each element to its format's rule. (This
also ends the custom jinja2 ``Context`` that leaned on jinja2's private call
arguments to make macro calls cheaper.)

Escaping: text from the TEI is escaped by the walker (the format's
``escape``); an HTML rule escapes every value it prints with ``e()``
(``escape_html``, held equal to ``markupsafe.escape``), except the anchors and
classes that ``render_model`` makes safe (``id``, ``ref_id``, ``backref``,
``css``, ``kind``). The page template is autoescaped as before.

The view model is the same for every format, so ``render_formats`` builds it
once and hands it to each (``tei build`` writes HTML and text of every
document).

    render_html(tree) -> str
    render_text(tree, diplomatic=False, width=72, pages="inline") -> str
    render_formats(tree, ("html", "text")) -> {"html": str, "text": str}
    render_each(tree, ("html", "text"))     # the same, one (format, output) at a time
    render_streams(tree, ("html", "text"))  # the same, each output in pieces (``tei build`` writes them so)
    render_pdf(tree) -> bytes        # needs the optional extra: pip install 'tei-encoder[pdf]'

``tree`` is an lxml tree or element, as ``tei.xmlio.parse_file`` reads it.
"""

from __future__ import annotations

import functools
import importlib
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from urllib.parse import unquote, urlsplit

import jinja2
from lxml import etree

from . import render_model
from .dates import spelled_date
from .diagnostics import InputError, TeiError, error

FORMATS = ("html", "text", "pdf")
PAGE_POLICIES = ("inline", "margin", "none")
PDF_HINT = "pip install 'tei-encoder[pdf]' (WeasyPrint; on Debian also apt-get install libpango-1.0-0 libpangoft2-1.0-0)"


@dataclass(frozen=True)
class Options:
    """What a rendering may be asked for; rules and page templates read it as ``opt``."""

    diplomatic: bool = False  # the source's conventions: brackets, names as written, sic, abbreviations
    width: int = 72  # plain text: columns
    pages: str = "inline"  # plain text: page numbers "inline" ([p. 2]), in the "margin", or "none"
    # HTML built as part of a collection: (label, href) of the collection's index and of the edition's other
    # formats, linked at the head of the page (the editions had no way back to the index, nor to their TEI).
    siblings: tuple[tuple[str, str], ...] = ()


@functools.lru_cache(maxsize=1)
def environment() -> jinja2.Environment:
    """The one jinja2 environment: the package's templates, autoescaped when they are HTML.

    The templates ship with the package, so they are read once per process
    (no ``auto_reload``: no file system check on every rendering).
    """
    return jinja2.Environment(
        loader=jinja2.PackageLoader("tei", "templates"),
        autoescape=jinja2.select_autoescape(enabled_extensions=("html",), default_for_string=True),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        auto_reload=False,
    )


Rule = Callable[[render_model.Node, "Renderer"], str]


@functools.lru_cache(maxsize=None)
def output_format(name: str) -> ModuleType:
    """A format's folder, ``templates/<name>/``: its element table (``elements.py``), loaded once.

    The module gives ``ELEMENTS`` (TEI local name → rule), ``fallback``,
    ``escape`` (text from the TEI → the format; ``None``: as it is), ``PAGE``
    (the jinja2 page template), ``begin(r) -> dict`` (per-rendering set-up; the
    page template's helpers), ``end(r, pieces) -> pieces`` (the finished output,
    from the page as the template makes it) and, if it likes, ``STREAMED`` (the
    kinds of element ``r.stream`` writes around their content, not whole, and
    from how many children).
    """
    return importlib.import_module(f"{__package__}.templates.{name}.elements")


class Renderer:
    """One document in one format: the walk through its content, handing each element to the format's rule.

    Rules call ``r.children(n)`` for an element's content (its text escaped for
    the format, its elements rendered), ``r.render(n)`` for one element, and
    read ``r.opt`` and ``r.doc``; a format may keep its own state here (the
    text format's ``layout``).
    """

    def __init__(self, fmt: ModuleType, doc: render_model.Document, opt: Options) -> None:
        self.format = fmt
        self.doc = doc
        self.opt = opt
        self.rules: dict[str, Rule] = fmt.ELEMENTS
        self.fallback: Rule = fmt.fallback
        self.escape: Callable[[str], str] | None = fmt.escape
        self.streamed: dict[str, int] = getattr(fmt, "STREAMED", {})

    def render(self, node: render_model.Node) -> str:
        """The rule named after the element renders it; any other element falls back."""
        return self.rules.get(node.kind, self.fallback)(node, self)

    def stream(self, node: render_model.Node) -> Iterator[str]:
        """``render(node)`` in pieces: an element of a kind the format names in ``STREAMED`` (the text's
        containers), holding more children than it says there, comes as its markup before its content,
        its content streamed child by child, and its markup after it; any other element whole. So a
        long record's text is never one string."""
        rule = self.rules.get(node.kind, self.fallback)
        longer_than = self.streamed.get(node.kind)
        around = _around(rule, node, self) if longer_than is not None and not node.mixed \
            and len(node.children) > longer_than else None
        if around is None:
            yield rule(node, self)
            return
        escape = self.escape or str
        yield around[0]
        for child in node.children:
            if isinstance(child, str):
                yield escape(child)
            else:
                yield from self.stream(child)
        yield around[1]

    def streamed_in(self, pieces: Iterable[str], here: str) -> Iterator[str]:
        """The page's pieces with the text streamed in (``stream``) where the piece holding ``here`` has it."""
        for piece in pieces:
            if here in piece:
                before, _, after = piece.partition(here)
                yield before
                yield from self.stream(self.doc.text)
                yield after
            else:
                yield piece

    def children(self, node: render_model.Node) -> str:
        """An element's content, in order: its text escaped for the format, its elements rendered."""
        content = node.children
        if len(content) == 1:  # over half the calls: a text alone (a name, a word supplied), or an element (a turn's
            child = content[0]  # paragraph), which needs no list to join
            if isinstance(child, str):
                return self.escape(child) if self.escape else child
            return self.rules.get(child.kind, self.fallback)(child, self)
        rules, fallback, escape = self.rules, self.fallback, self.escape or str
        return "".join([escape(c) if isinstance(c, str) else rules.get(c.kind, fallback)(c, self)
                        for c in content])

    def page(self) -> str:
        return "".join(self.pieces())

    def pieces(self) -> Iterable[str]:
        """The output in pieces, as the page template makes them and the format's ``end`` finishes them,
        for a caller that writes each as it comes (a long record's output is then never held whole)."""
        fmt = self.format
        helpers = fmt.begin(self)
        pieces = environment().get_template(fmt.PAGE).generate(opt=self.opt, doc=self.doc, **helpers)
        return fmt.end(self, pieces)


# Stands for an element's content while its rule writes the markup around it: NUL is no character of
# XML, so no text of a document and no rule's markup holds it.
_HOLE = "\x00content\x00"


def _around(rule: Rule, node: render_model.Node, renderer: Renderer) -> tuple[str, str] | None:
    """The markup ``rule`` writes before and after ``node``'s content, or None if it does not write
    the content once as it is (then the element is rendered whole)."""
    children = renderer.children
    renderer.children = lambda n: _HOLE if n is node else children(n)  # for this one call of the rule
    try:
        markup = rule(node, renderer)
    finally:
        del renderer.children
    if markup.count(_HOLE) != 1:
        return None
    before, _, after = markup.partition(_HOLE)
    return before, after


def escape_html(text: str) -> str:
    """``markupsafe.escape(text)`` as a plain string: the same five characters, the same entities.

    For text nodes and attribute values in HTML rules: several times faster
    than making a ``Markup`` of each. tests/test_render_security.py holds the
    two equal.
    """
    if "&" in text or "<" in text or ">" in text or "'" in text or '"' in text:
        return text.replace("&", "&amp;").replace(">", "&gt;").replace("<", "&lt;").replace("'", "&#39;") \
            .replace('"', "&#34;")
    return text  # most text holds none of them: five searches are cheaper than five replacements


def _guard(run):
    """Deeply nested input can exhaust Python's stack: say so as a diagnostic, not a traceback."""
    try:
        return run()
    except RecursionError:
        raise _too_deep() from None


def _too_deep() -> InputError:
    return InputError(error("render-too-deep", "the document nests elements too deeply to render",
                            hint="flatten the nesting of the text, or render a smaller part"))


def _check_text_options(width: int, pages: str) -> None:
    if pages not in PAGE_POLICIES:
        raise ValueError(f"pages must be one of {', '.join(PAGE_POLICIES)}")
    if width < 20:
        raise ValueError("width must be at least 20 columns")


def _write(name: str, doc: render_model.Document, opt: Options) -> str:
    return Renderer(output_format(name), doc, opt).page()


def _pieces(name: str, doc: render_model.Document, opt: Options) -> Iterator[str]:
    """The pieces of one format, made when the first is asked for (within ``_guarded``)."""
    yield from Renderer(output_format(name), doc, opt).pieces()


def render_html(tree: etree._ElementTree | etree._Element, diplomatic: bool = False,
                siblings: tuple[tuple[str, str], ...] = ()) -> str:
    """A standalone HTML5 page (CSS inlined, for screen and print; no scripts, no external resources); ``siblings``:
    see ``Options``."""
    return "".join(dict(render_streams(tree, ("html",), diplomatic, siblings=siblings))["html"])


def render_text(tree: etree._ElementTree | etree._Element, diplomatic: bool = False, width: int = 72,
                pages: str = "inline") -> str:
    """Plain text wrapped at ``width`` columns.

    Reading text: a title block, speaker names in capitals, notes as numbered
    endnotes, page numbers by ``pages``. Diplomatic text (``diplomatic=True``):
    the record's text only, with the source's conventions back — brackets where
    the transcript had them, names as written, slips as written — so that, after
    collapsing every run of white space to one space and stripping both ends, it
    equals the transcript it was encoded from.
    """
    return render_formats(tree, ("text",), diplomatic, width, pages)["text"]


def render_formats(tree: etree._ElementTree | etree._Element, formats: Iterable[str] = ("html", "text"),
                   diplomatic: bool = False, width: int = 72, pages: str = "inline") -> dict[str, str | bytes]:
    """Several formats of one document from one view model: ``{"html": …, "text": …}``.

    Each output equals what ``render_html`` / ``render_text`` (same options)
    give, at the cost of one walk of the TEI instead of one per format. Text
    formats come back as ``str``; ``"pdf"`` as ``bytes`` (made from the HTML).
    """
    return dict(render_each(tree, formats, diplomatic, width, pages))


def render_each(tree: etree._ElementTree | etree._Element, formats: Iterable[str] = ("html", "text"),
                diplomatic: bool = False, width: int = 72, pages: str = "inline") -> Iterator[tuple[str, str | bytes]]:
    """``render_formats``, one ``(format, output)`` at a time, for a caller that writes each before the next."""
    streams = render_streams(tree, formats, diplomatic, width, pages)
    return ((name, output if isinstance(output, bytes) else "".join(output)) for name, output in streams)


def render_streams(tree: etree._ElementTree | etree._Element, formats: Iterable[str] = ("html", "text"),
                   diplomatic: bool = False, width: int = 72, pages: str = "inline",
                   siblings: tuple[tuple[str, str], ...] = (), consume: bool = False
                   ) -> Iterator[tuple[str, Iterator[str] | bytes]]:
    """``render_each`` with each text format as a stream of pieces, for a caller that writes each piece
    as it comes (``tei build``): a long record's HTML or text is then never held whole, nor its bytes.

    The options are checked at once. The tree is read into the view model before the first
    output is made and is not held after that: a caller that keeps no reference of its own
    (``tei build``, which has written the XML by then) lets a long record's tree go while its
    formats are made. A stream must be read to its end before the next output is asked for.
    ``siblings``: see ``Options``. ``consume``: the parts of the tree's divisions are taken out of it as
    they are read (see ``render_model.build``), for a caller that has no other use for the tree.
    """
    formats = tuple(formats)
    unknown = [f for f in formats if f not in FORMATS]
    if unknown:
        raise ValueError(f"unknown format {unknown[0]!r}; choose from {', '.join(FORMATS)}")
    _check_text_options(width, pages)
    return _each(tree, formats, Options(diplomatic=diplomatic, width=width, pages=pages),
                 Options(diplomatic=diplomatic, siblings=siblings), consume)


def _each(tree, formats: tuple[str, ...], opt: Options, html_options: Options, consume: bool = False
          ) -> Iterator[tuple[str, Iterator[str] | bytes]]:
    doc = _guard(lambda: render_model.build(tree, consume))
    del tree
    html = None  # kept only for a PDF still to come
    for name in formats:
        if name == "text":
            yield name, _guarded(_pieces("text", doc, opt))
        elif "pdf" not in formats:
            yield name, _guarded(_pieces("html", doc, html_options))
        else:  # the PDF is made from the whole HTML
            if html is None:
                html = _guard(lambda: _write("html", doc, html_options))
            yield name, iter((html,)) if name == "html" else _guard(lambda: _pdf(html))


def _guarded(pieces: Iterator[str]) -> Iterator[str]:
    """``_guard`` for a stream: deep nesting is found while its pieces are made."""
    try:
        yield from pieces
    except RecursionError:
        raise _too_deep() from None


def render_pdf(tree: etree._ElementTree | etree._Element, diplomatic: bool = False) -> bytes:
    """A4 PDF from the HTML edition and its print CSS, made by WeasyPrint (the ``pdf`` extra)."""
    _weasyprint()  # before any rendering: say at once that PDF cannot be made here
    return render_formats(tree, ("pdf",), diplomatic)["pdf"]


def _weasyprint():
    try:
        import weasyprint
    except (ImportError, OSError) as exc:  # OSError: WeasyPrint is there but Pango is not
        raise TeiError(error("pdf-unavailable", f"PDF output needs WeasyPrint, which cannot be loaded ({exc})",
                             hint=PDF_HINT)) from None
    return weasyprint


def _pdf(html: str) -> bytes:
    document = _weasyprint().HTML(string=html, base_url=None, url_fetcher=_refuse_fetch)
    return document.write_pdf()


def render_index(entries: list, failed: list[dict] | None = None, title: str | None = None,
                 persons: list[dict] | None = None) -> str:
    """The collection's index page (``tei build``): one entry per edition, in the editions' style (``entries``:
    stem, anchor, title, date, participants, turns, links, href, html and warnings, as attributes), and
    the transcripts that made none (``failed``: stem, errors), so that none drops out unseen; under the
    collection file's title, if it gives one, with its register's persons (``persons``: anchor, name,
    records: title, href)."""
    return environment().get_template("html/index.html").render(
        entries=entries, failed=failed or [], iso=iso, spelled=spelled_date, title=title or "Editions",
        persons=persons or [])


def _refuse_fetch(url: str, *args, **kwargs):
    """The page has no external resources; a renderer must not fetch one a document names. Only a typeface the
    stylesheet names by ``local()`` is read (WeasyPrint reads the machine's font file by its URL): a file of a
    typeface's kind in the machine's folders of typefaces."""
    path = Path(unquote(urlsplit(url).path)) if url.startswith("file:///") else None
    if path is not None and path.suffix.lower() in _FONT_SUFFIXES and any(
            path.resolve().is_relative_to(folder) for folder in _font_folders()):
        from weasyprint.urls import URLFetcherResponse

        return URLFetcherResponse(url, body=path.read_bytes())
    raise ValueError(f"refusing to fetch {url!r}: editions are rendered without network or file access")


_FONT_SUFFIXES = frozenset({".ttf", ".otf", ".ttc", ".otc"})


def _font_folders() -> list[Path]:
    home = Path.home()
    return [Path("/usr/share/fonts"), Path("/usr/local/share/fonts"), home / ".local" / "share" / "fonts",
            home / ".fonts"]


def render(tree: etree._ElementTree | etree._Element, to: str, diplomatic: bool = False, **text_options) -> bytes:
    """Any format as bytes (UTF-8 for html and text), whole (``render_streams`` gives it in pieces)."""
    if to == "html":
        return render_html(tree, diplomatic).encode("utf-8")
    if to == "text":
        return render_text(tree, diplomatic, **text_options).encode("utf-8")
    if to == "pdf":
        return render_pdf(tree, diplomatic)
    raise ValueError(f"unknown format {to!r}; choose from {', '.join(FORMATS)}")


_PRE_POST = re.compile(r"\b(pre|post)\(([^)]*)\)")


def quote_marks(node: render_model.Node) -> tuple[str, str]:
    """The quotation marks around a quote: ``@rend="pre(“) post(”)"`` if given, else straight double quotes."""
    found = dict(_PRE_POST.findall(node.get("rend")))
    if found:
        return found.get("pre", ""), found.get("post", "")
    return '"', '"'


_ISO = re.compile(r"-?\d{1,4}(-\d\d){0,2}(T?\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d:\d\d)?)?|\d\d:\d\d(:\d\d)?")


def iso(value: str) -> bool:
    """A TEI @when that HTML's datetime attribute can carry (a date, a time, or both)."""
    return bool(_ISO.fullmatch(value or ""))
