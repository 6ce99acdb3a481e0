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
import types
from dataclasses import dataclass

import jinja2
from jinja2.runtime import Macro
from lxml import etree
from markupsafe import Markup

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


class _Context(jinja2.runtime.Context):
    """jinja2's template context, with a short way through ``call`` for macros and plain Python helpers.

    Templates call a macro or a helper for nearly every node of a document, and
    the generic ``Context.call`` (which looks for jinja2's ``pass_context``-style
    markers on every call) cost more than many of the macros it called. Here a
    macro gets the evaluation context, as ``Context.call`` gives it; a function
    or method without a marker gets just its arguments; anything else goes the
    generic way.
    """

    def call(__self, __obj, *args, **kwargs):  # noqa: N805 (jinja2's own spelling: kwargs may say "self")
        kind = type(__obj)
        if kind is Macro or kind in _PLAIN_CALLABLES and not hasattr(__obj, "jinja_pass_arg"):
            kwargs.pop("_loop_vars", None)  # the compiled template's own bookkeeping, not arguments
            kwargs.pop("_block_vars", None)
            if kind is Macro:
                args = (__self.eval_ctx, *args)
            try:
                return __obj(*args, **kwargs)
            except StopIteration:  # as Context.call does
                return __self.environment.undefined("value was undefined because a callable raised a"
                                                    " StopIteration exception")
        return super().call(__obj, *args, **kwargs)


_PLAIN_CALLABLES = frozenset({types.FunctionType, types.MethodType, types.BuiltinMethodType})


class _Environment(jinja2.Environment):
    context_class = _Context


@functools.lru_cache(maxsize=1)
def environment() -> jinja2.Environment:
    """The one jinja2 environment: the package's templates, autoescaped when they are HTML.

    The templates ship with the package, so they are read once per process
    (no ``auto_reload``: no file system check on every rendering).
    """
    return _Environment(
        loader=jinja2.PackageLoader("tei", "templates"),
        autoescape=jinja2.select_autoescape(enabled_extensions=("html",), default_for_string=True),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        auto_reload=False,
    )


class _Renderer:
    """One format's element macros bound to a dispatcher, for one rendering.

    An element's content is walked here, in Python (``children``), not by a
    loop in each template: it is the hottest path of rendering, and a jinja2
    loop pays a template call for every child. The markup is still the
    templates' alone: text is only escaped (HTML) and joined.
    """

    def __init__(self, folder: str, extension: str, doc: render_model.Document, opt: Options,
                 helpers: dict) -> None:
        env = environment()
        name = f"{folder}/elements.{extension}"
        self.context = {"render": self.render, "children": self.children, "opt": opt, "doc": doc, **helpers}
        module = env.get_template(name).make_module(self.context)
        self.macros = {name: value for name, value in vars(module).items() if isinstance(value, Macro)}
        self.fallback = self.macros["fallback"]
        self.context["macros"] = module
        self.page_template = env.get_template(f"{folder}/page.{extension}")
        html = env.autoescape(name) if callable(env.autoescape) else env.autoescape
        # Text from the TEI goes in escaped (HTML; the result is markup) or as it is.
        self.escape, self.markup = (escape_html, Markup) if html else (str, str)

    def render(self, node: render_model.Node):
        """The macro named after the element renders it; any other element falls back."""
        return self.macros.get(node.kind, self.fallback)(node)

    def children(self, node: render_model.Node):
        """An element's content, in order: its text escaped for the format, its elements rendered."""
        escape, render = self.escape, self.render
        return self.markup("".join([escape(c) if isinstance(c, str) else render(c) for c in node.children]))

    def page(self) -> str:
        return self.page_template.render(self.context)


def escape_html(text: str) -> str:
    """``markupsafe.escape(text)`` as a plain string: the same five characters, the same entities.

    For the text nodes that ``children`` joins: it is three times faster than
    making a ``Markup`` of each. tests/test_render_security.py holds the two equal.
    """
    return text.replace("&", "&amp;").replace(">", "&gt;").replace("<", "&lt;").replace("'", "&#39;") \
        .replace('"', "&#34;")


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
