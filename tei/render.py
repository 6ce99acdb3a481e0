"""Render TEI as an HTML reading edition, plain text or PDF, with jinja2 templates — no XSLT.

The Python side is small: ``render_model`` walks any TEI tree into a view
model, and a dispatcher hands each element to the macro of its name in the
format's ``templates/<format>/elements.*`` (or to ``fallback``, which keeps the
content of elements no template knows). The templates decide the markup. A new
output format is one new template folder.

    render_html(tree) -> str
    render_text(tree, diplomatic=False, width=72, pages="inline") -> str
    render_pdf(tree) -> bytes        # needs the optional extra: pip install 'tei-encoder[pdf]'

``tree`` is an lxml tree or element, as ``tei.xmlio.parse_file`` reads it.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

import jinja2
from jinja2.runtime import Macro
from lxml import etree

from . import render_model
from .diagnostics import InputError, TeiError, error
from .render_text import MARK, Layout, finish

FORMATS = ("html", "text", "pdf")
PAGE_POLICIES = ("inline", "margin", "none")
PDF_HINT = "pip install 'tei-encoder[pdf]' (WeasyPrint; on Debian also apt-get install libpango-1.0-0 libpangoft2-1.0-0)"


@dataclass(frozen=True)
class Options:
    """What a rendering may be asked for; templates read it as ``opt``."""

    diplomatic: bool = False  # the source's conventions: brackets, names as written, sic, abbreviations
    width: int = 72  # plain text: columns
    pages: str = "inline"  # plain text: page numbers "inline" ([p. 2]), in the "margin", or "none"


@functools.lru_cache(maxsize=1)
def environment() -> jinja2.Environment:
    """The one jinja2 environment: the package's templates, autoescaped when they are HTML."""
    return jinja2.Environment(
        loader=jinja2.PackageLoader("tei", "templates"),
        autoescape=jinja2.select_autoescape(enabled_extensions=("html",), default_for_string=True),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )


class _Renderer:
    """One format's element macros bound to a dispatcher, for one rendering."""

    def __init__(self, folder: str, extension: str, doc: render_model.Document, opt: Options,
                 helpers: dict) -> None:
        env = environment()
        self.context = {"render": self.render, "opt": opt, "doc": doc, **helpers}
        module = env.get_template(f"{folder}/elements.{extension}").make_module(self.context)
        self.macros = {name: value for name, value in vars(module).items() if isinstance(value, Macro)}
        self.fallback = self.macros["fallback"]
        self.context["macros"] = module
        self.page_template = env.get_template(f"{folder}/page.{extension}")

    def render(self, node: render_model.Node):
        """The macro named after the element renders it; any other element falls back."""
        return self.macros.get(node.kind, self.fallback)(node) if node.kind else self.fallback(node)

    def page(self) -> str:
        return self.page_template.render(self.context)


def _guard(run):
    """Deeply nested input can exhaust Python's stack: say so as a diagnostic, not a traceback."""
    try:
        return run()
    except RecursionError:
        raise InputError(error("render-too-deep", "the document nests elements too deeply to render",
                               hint="flatten the nesting of the text, or render a smaller part")) from None


def render_html(tree: etree._ElementTree | etree._Element, diplomatic: bool = False) -> str:
    """A standalone HTML5 page (CSS inlined, for screen and print; no scripts, no external resources)."""
    opt = Options(diplomatic=diplomatic)
    return _guard(lambda: _Renderer("html", "html", render_model.build(tree), opt, _html_helpers()).page())


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
    if pages not in PAGE_POLICIES:
        raise ValueError(f"pages must be one of {', '.join(PAGE_POLICIES)}")
    if width < 20:
        raise ValueError("width must be at least 20 columns")
    opt = Options(diplomatic=diplomatic, width=width, pages=pages)
    layout = Layout(width, margin=pages == "margin" and not diplomatic)
    helpers = {
        "block": layout.block,
        "nest": layout.nest,
        "margin_line": layout.margin_line,
        "margin_mark": lambda n: f"{MARK}{n}{MARK}",
        "underline": lambda text, char: char * min(len(text), width),
        "quote_marks": quote_marks,
    }
    return _guard(lambda: finish(_Renderer("text", "txt", render_model.build(tree), opt, helpers).page(), width))


def render_pdf(tree: etree._ElementTree | etree._Element, diplomatic: bool = False) -> bytes:
    """A4 PDF from the HTML edition and its print CSS, made by WeasyPrint (the ``pdf`` extra)."""
    try:
        import weasyprint
    except (ImportError, OSError) as exc:  # OSError: WeasyPrint is there but Pango is not
        raise TeiError(error("pdf-unavailable", f"PDF output needs WeasyPrint, which cannot be loaded ({exc})",
                             hint=PDF_HINT)) from None
    html = render_html(tree, diplomatic)
    document = weasyprint.HTML(string=html, base_url=None, url_fetcher=_refuse_fetch)
    return document.write_pdf()


def render_index(entries: list[dict]) -> str:
    """The collection's index page (``tei build``): one entry per edition, in the editions' style."""
    return environment().get_template("html/index.html").render(entries=entries, iso=iso)


def _refuse_fetch(url: str, *args, **kwargs):
    """The page has no external resources; a renderer must not fetch one a document names."""
    raise ValueError(f"refusing to fetch {url!r}: editions are rendered without network or file access")


def render(tree: etree._ElementTree | etree._Element, to: str, diplomatic: bool = False, **text_options) -> bytes:
    """Any format as bytes (UTF-8 for html and text): what the CLI writes."""
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


def _html_helpers() -> dict:
    return {"quote_marks": quote_marks, "iso": iso}
