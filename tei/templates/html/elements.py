"""HTML: one rule per TEI element, by its local name (``ELEMENTS``); ``fallback`` renders any other
element's content in a div or span, so no text is lost.

A rule is ``rule(n, r) -> str``: the markup of node ``n`` (tei/render_model.py), with
``r.children(n)`` for its content (text escaped, elements rendered) and ``r.opt.diplomatic``
for the source's conventions (brackets, names as written, sic, abbr). Escaping: every value
a rule prints goes through ``e()``, except the view model's anchors and classes (``id``,
``ref_id``, ``backref``, ``css``, ``kind``), which render_model makes safe. Hrefs are safe to
follow but are escaped like any text (a URL may hold ``&``).

Names that are not TEI elements (``cite``, ``sign``, ``endnote``, …) are helpers, reached
only through the rules and the page (page.html), never by an element of the same name.
"""

from __future__ import annotations

from collections.abc import Iterator

from markupsafe import Markup

from tei.render import escape_html as e
from tei.render import iso, quote_marks
from tei.rules import figures

PAGE = "html/page.html"
escape = e  # text from the TEI


# The text's containers, which ``r.stream`` writes around their content rather than whole when they hold
# more than so many children: a seed-sized record's division or speech costs more to stream than it holds.
STREAMED = {"text": 0, "body": 0, "div": 256, "sp": 256}
# Where the page template puts the text (``{{ the_text() }}``), which ``end`` streams in: a NUL, which no
# XML text holds, so nothing else on the page can look like it.
_TEXT_HERE = Markup("\x00text\x00")


def begin(r) -> dict:
    """The page template's helpers for this rendering."""
    return {"render": lambda n: Markup(r.render(n)), "the_text": lambda: _TEXT_HERE,
            "endnote": lambda n: Markup(endnote(n, r)), "iso": iso,
            "turn_links": lambda p: Markup(turn_links(p)), "mention_links": lambda p: Markup(mention_links(p))}


def end(r, pieces: Iterator[str]) -> Iterator[str]:
    """The page as the template makes it, the text streamed in where the template puts it (its pieces
    are written markup already: they do not go through the template's escaping)."""
    return r.streamed_in(pieces, _TEXT_HERE)


def _id(n) -> str:
    return f' id="{n.id}"' if n.id else ""


def _css(n) -> str:
    return f" {n.css}" if n.css else ""


def _space(n) -> str:
    return " " if n.space_before else ""


def fallback(n, r) -> str:
    tag = "span" if n.inline else "div"
    return f'<{tag}{_id(n)} class="tei-{n.kind or "foreign"}{_css(n)}">{r.children(n)}</{tag}>'


def cite(n, what: str = "paragraph") -> str:
    """A link for citing an element: its number in the margin (p12 → 12), or a pilcrow."""
    if not n.id:
        return ""
    return f'<a class="cite" href="#{n.id}" aria-label="Link to this {what} ({n.id})">{n.number or "¶"}</a>'


# ---------------------------------------------------------------- structure

def text(n, r) -> str:
    return f'<div class="tei-text">{r.children(n)}</div>'


def body(n, r) -> str:
    return f'<div class="tei-body"{_id(n)}>{r.children(n)}</div>'


def div(n, r) -> str:
    heading = n.first("head")
    if heading is not None and heading.id:
        return (f'<section class="div{_css(n)}"{_id(n)} aria-labelledby="{heading.id}">\n'
                f'{r.children(n)}\n</section>\n')
    return f'<div class="div{_css(n)}"{_id(n)}>\n{r.children(n)}\n</div>\n'


def head(n, r) -> str:
    if n.level:
        h = n.level + 1
        return f'<h{h}{_id(n)} class="head{_css(n)}">{r.children(n)}{cite(n, "section")}</h{h}>\n'
    tag = "span" if n.inline else "p"
    label = '<span class="running-label">Running head: </span>' if "running-head" in n.css else ""
    return f'<{tag}{_id(n)} class="head{_css(n)}">{label}{r.children(n)}</{tag}>\n'


def p(n, r) -> str:
    tag = "div" if n.has_blocks else "p"
    lead = speaker_name(n.lead, r) + n.joiner if n.lead else ""  # the joiner is a space or nothing
    return f'<{tag}{_id(n)} class="p{_css(n)}">{cite(n)}{lead}{r.children(n)}</{tag}>\n'


def sp(n, r) -> str:
    """A speech: the speaker's name, set apart, runs into its first paragraph as the record prints it."""
    return f'<div class="sp"{_id(n)}>\n{r.children(n)}\n</div>\n'


def speaker_name(n, r) -> str:
    if n.href:
        return f'<a class="speaker" href="{e(n.href)}">{r.children(n)}</a>'
    return f'<span class="speaker">{r.children(n)}</span>'


def speaker(n, r) -> str:
    return f'<p class="speaker-line">{speaker_name(n, r)}</p>'


def list_(n, r) -> str:
    out = []
    if n.get("type") in ("participants", "absent"):  # (those absent set as those present are: "Apologies: …")
        heading = n.first("head")
        out.append(f'<div class="participants{" absent" if n.get("type") == "absent" else ""}"{_id(n)}>')
        if heading is not None:
            out.append(f'<span class="list-head">{r.children(heading)}</span>')
        out.append("<ul>")
        for c in n.children:
            if isinstance(c, str):
                out.append(e(c))
            elif c.kind == "item":
                out.append(f"<li>{r.children(c)}</li>")
            elif c.kind != "head":
                out.append(r.render(c))
        out.append("</ul></div>\n")
        return "".join(out)
    if n.get("type") == "fields":
        return fields(n, r)
    labelled = any(c.item_label for c in n.all("item"))
    # (Labels printed are numbers, but for a list whose labels are its bullets as the source prints them.)
    numbered = n.get("type") in ("ordered", "numbered") or "r-numbered" in n.css \
        or labelled and n.get("type") != "bulleted" and "r-bulleted" not in n.css
    tag = "ol" if numbered else "ul"
    out.append('<div class="list-block">')
    out.extend(f'<p class="list-head">{r.children(c)}</p>' for c in n.all("head"))
    simple = " simple" if n.get("type") == "simple" else ""  # (a label's lines under it: no bullets)
    out.append(f'<{tag}{_id(n)} class="list{" labelled" if labelled else ""}{simple}{_css(n)}">')
    for c in n.children:
        if isinstance(c, str):
            out.append(e(c))
        elif c.kind == "item":
            out.append(list_item(c, r))
        elif c.kind != "head":
            out.append(f'<li class="list-other">{r.render(c)}</li>')
    out.append(f"</{tag}></div>\n")
    return "".join(out)


def fields(n, r) -> str:
    """A memorandum's heading fields ("SUBJECT:" / "Berlin"): a name and its value each, as a definition list.
    What stands between two fields (a page turn) opens the second's value, the only place a list of terms
    lets it stand."""
    out = [f'<dl{_id(n)} class="fields{_css(n)}">']
    between = []
    for c in n.children:
        if isinstance(c, str):
            continue  # the indentation between the fields
        if c.kind != "item":
            between.append(r.render(c))
            continue
        term = r.children(c.item_label) if c.item_label else ""
        out.append(f'<dt>{term}</dt><dd{_id(c)}>{"".join(between)}{r.children(c)}</dd>')
        between = []
    if between:
        out.append(f'<dd>{"".join(between)}</dd>')
    out.append("</dl>\n")
    return "".join(out)


def list_item(n, r) -> str:
    """An item in its list; elsewhere an item is rendered by ``fallback``."""
    label = f'<span class="label">{r.children(n.item_label)}</span> ' if n.item_label else ""
    return f"<li{_id(n)}>{label}{r.children(n)}</li>"


def label(n, r) -> str:
    tag = "span" if n.inline else "p"
    return f'<{tag} class="label">{r.children(n)}</{tag}>'


def quote(n, r) -> str:
    """A block quotation, or inline; the diplomatic view prints the source's marks around a quote
    that has none in its text (a quoted list)."""
    if r.opt.diplomatic and (n.has_blocks or not n.text or n.get("rend")):
        before, after = (e(m) for m in quote_marks(n))
    else:
        before = after = ""
    if n.inline:
        return f'<span{_id(n)} class="quote{_css(n)}">{before}{r.children(n)}{after}</span>'
    before = f'<span class="mark">{before}</span>' if before else ""
    after = f'<span class="mark">{after}</span>' if after else ""
    return f'<blockquote{_id(n)} class="quote{_css(n)}">{before}{r.children(n)}{after}</blockquote>'


def q(n, r) -> str:
    if r.opt.diplomatic:
        before, after = quote_marks(n)
        return f'<span class="q">{e(before)}{r.children(n)}{e(after)}</span>'
    return f"<q{_id(n)}>{r.children(n)}</q>"


def closer(n, r) -> str:
    return f'<div class="closer"{_id(n)}>{r.children(n)}</div>\n'


def signed(n, r) -> str:
    return f'<p class="signed"{_id(n)}>{r.children(n)}</p>'


def opener(n, r) -> str:
    return f'<div class="opener"{_id(n)}>{r.children(n)}</div>'


def dateline(n, r) -> str:
    if n.inline:
        return f'<span class="dateline">{r.children(n)}</span>'
    return f'<p class="dateline"{_id(n)}>{r.children(n)}</p>'


def lg(n, r) -> str:
    return f'<div class="lg"{_id(n)}>{r.children(n)}</div>'


def l(n, r) -> str:  # noqa: E743 (TEI's name for a verse line)
    return f'<div class="l"{_id(n)}>{r.children(n)}</div>'


def stage(n, r) -> str:
    if n.inline:
        return f'<span class="stage">{r.children(n)}</span>'
    return f'<p class="stage"{_id(n)}>{r.children(n)}</p>'


# An item, a row, a cell: HTML's own elements inside their containers, a generic one elsewhere.

def table(n, r) -> str:
    out = [f'<table{_id(n)} class="table{_css(n)}">']
    out.extend(f"<caption>{r.children(c)}</caption>" for c in n.all("head"))
    for c in n.children:
        if isinstance(c, str):
            out.append(e(c))
        elif c.kind == "row":
            out.append(table_row(c, r))
        elif c.kind != "head":
            out.append(f"<tr><td>{r.render(c)}</td></tr>")
    out.append("</table>")
    return "".join(out)


def table_row(n, r) -> str:
    header = n.get("role") == "label"
    out = [f"<tr{_id(n)}>"]
    for c in n.children:
        if isinstance(c, str):
            out.append(e(c))
        elif c.kind == "cell":
            out.append(row_cell(c, r, header))
        else:
            out.append(f"<td>{r.render(c)}</td>")
    out.append("</tr>")
    return "".join(out)


def row_cell(n, r, header: bool = False) -> str:
    tag = "th" if header or n.get("role") == "label" else "td"
    span = n.get("cols")
    colspan = f' colspan="{e(span)}"' if span.isdigit() else ""
    return f"<{tag}{_id(n)}{colspan}>{r.children(n)}</{tag}>"


def figure(n, r) -> str:
    return f"<figure{_id(n)}>{r.children(n)}</figure>"


def graphic(n, r) -> str:
    """Images are not loaded (no network, no files): the page says one stood here."""
    return '<span class="graphic" role="img" aria-label="image not included">[image]</span>'


def lb(n, r) -> str:
    """A line break; a line numbered in the margin (a court record's): its number, small, where the line
    begins (a blank line's is not printed)."""
    number = n.get("n")
    if n.get("break") == "no" and not number:
        return ""  # inside a word that a line's end broke ("nego-" / "tiations"): the reading runs on
    if not number:
        return "<br>"
    # Between blocks, a numbered line is a blank one (the view moves a block's first line's number into it).
    return f'<span class="ln" aria-hidden="true">{e(number)}</span>' if n.inline else ""


def fw(n, r) -> str:
    """Forme work (a running head, a printed page number): the page's furniture, not the text; a page's
    number is printed at its page turn already. A letterhead heads the record as the paper printed it."""
    if n.get("type") == "letterhead" and not n.inline:
        return f'<div class="letterhead">{r.children(n)}</div>\n'
    return ""


def metamark(n, r) -> str:
    """A sign of the transcript's format ("**", "# ", "<v John Smith>", "WEBVTT"): its layout, not its words, in
    the diplomatic view only."""
    if not r.opt.diplomatic:
        return ""
    return f'<span class="metamark">{r.children(n)}</span>' if n.inline else f'<p class="metamark">{r.children(n)}</p>'


def pb(n, r) -> str:
    """A page turn: a bar where the page turns in the text, the page number in the margin."""
    number = n.get("n")
    label = e(f"[p. {number}]") if number else "[page]"
    if n.inline:
        return (f'<span class="pb"{_id(n)}><span class="pb-bar" aria-hidden="true">|</span>'
                f'<a class="pb-n" href="#{n.id}">{label}</a></span>')
    return f'<div class="pb"{_id(n)}><a class="pb-n" href="#{n.id}">{label}</a></div>\n'


def hi(n, r) -> str:
    return f'<span{_id(n)} class="hi{_css(n)}">{r.children(n)}</span>'


def emph(n, r) -> str:
    return f"<em{_id(n)}>{r.children(n)}</em>"


def foreign(n, r) -> str:
    return f'<i{_id(n)} class="foreign">{r.children(n)}</i>'


def title(n, r) -> str:
    if n.inline:
        return f'<cite{_id(n)} class="title">{r.children(n)}</cite>'
    return fallback(n, r)


def persName(n, r) -> str:  # noqa: N802 (TEI's name)
    if n.href and not r.opt.diplomatic:
        return f'<a class="persName"{_id(n)} href="{e(n.href)}">{r.children(n)}</a>'
    return f'<span class="persName"{_id(n)}>{r.children(n)}</span>'


def time(n, r) -> str:
    when = n.get("when")
    datetime = f' datetime="{e(when)}"' if iso(when) else ""
    return f"<time{_id(n)}{datetime}>{r.children(n)}</time>"


def date(n, r) -> str:
    return time(n, r) if n.inline else fallback(n, r)


def ref(n, r) -> str:
    sign = n.sign
    if sign and n.href and not r.opt.diplomatic:
        # Raised in its own style: a marker the source printed in superscript figures ("¹") in figures.
        return f'<a class="noteref"{_id(n)} href="{e(n.href)}" role="doc-noteref">{figures(r.children(n))}</a>'
    if sign:
        return (f'{_space(n)}<span class="noteref-sign editorial"{_id(n)}>'
                f'{e(sign.opener)}{r.children(n)}{e(sign.closer)}</span>')
    if n.href:
        external = "" if n.href.startswith("#") else ' rel="external noopener noreferrer"'
        return f'<a{_id(n)} class="ref" href="{e(n.href)}"{external}>{r.children(n)}</a>'
    return f'<span class="ref"{_id(n)}>{r.children(n)}</span>'


def ptr(n, r) -> str:
    if n.href:
        return f'<a class="ref"{_id(n)} href="{e(n.href)}">{e(n.href)}</a>'
    return ""


# ---------------------------------------------------------------- editorial signs

def sign(n, cls: str, content: str, opener: str = "[", closer: str = "]") -> str:
    """Editorial brackets, styled as the editor's: the conventions table's (or the default) characters."""
    if n.sign:
        name, opener, closer = n.sign.name, n.sign.opener, n.sign.closer
    else:
        name = cls
    return (f'<span class="{e(cls)} editorial"{_id(n)} title="{e(name.replace("-", " "))}">'
            f'<span class="br">{e(opener)}</span>{content}<span class="br">{e(closer)}</span></span>')


def supplied(n, r) -> str:
    return sign(n, "supplied", r.children(n))


def unclear(n, r) -> str:
    return sign(n, "unclear", r.children(n), "[", "?]")


def _described(n, r, cls: str, missing: str) -> str:
    """An element that describes what stood there (its ``desc``), in the editor's brackets."""
    desc = n.first("desc")
    return sign(n, cls, f'<span class="desc">{r.children(desc) if desc is not None else missing}</span>')


def gap(n, r) -> str:
    return _described(n, r, "gap", "…")


def described(n, r) -> str:
    """A sound or an event of a recording, described and not spoken (vocal, incident: [laughs], [pause])."""
    return _described(n, r, "event", e(n.kind))


def signed_or_plain(n, r) -> str:
    """An element a bracket convention made (a timestamp's seg, a sidecar row's add or seg): in its
    brackets, as the transcript had it; any other, as every element without a rule."""
    return sign(n, n.kind, r.children(n)) if n.sign else fallback(n, r)


def sic(n, r) -> str:
    unmatched = n.sign is not None and n.sign.name == "unmatched"
    if unmatched:
        return f'<span class="sic unmatched"{_id(n)} title="unmatched bracket, as written">{r.children(n)}</span>'
    return f'<span class="sic"{_id(n)} title="sic: as written">{r.children(n)}</span>'


def choice(n, r) -> str:
    first_sic, corr = n.first("sic"), n.first("corr")
    if first_sic is not None and corr is not None:
        if r.opt.diplomatic:
            return f'<span class="sic" title="corrected: {e(corr.text)}">{r.children(first_sic)}</span>'
        return (f'<span class="corr" title="the source reads: {e(first_sic.text)}">{r.children(corr)}</span>'
                f'<a class="noteref" id="{n.ref_id}" href="#{n.id}" role="doc-noteref">{e(str(n.label))}</a>')
    abbr = n.first("abbr")
    if abbr is not None:
        expan = n.first("expan")
        expansion = f' title="{e(expan.text)}"' if expan is not None else ""
        return f"<abbr{expansion}>{r.children(abbr)}</abbr>"
    orig, reg = n.first("orig"), n.first("reg")
    if orig is not None and reg is not None:
        shown, other = (orig, reg) if r.opt.diplomatic else (reg, orig)
        return f'<span class="choice" title="{e(other.text)}">{r.children(shown)}</span>'
    first = next((c for c in n.children if not isinstance(c, str)), None)
    return r.render(first) if first is not None else ""


def note(n, r) -> str:
    """A numbered marker linking to the notes at the end (reading), its words in brackets where they
    stand (diplomatic, and signs such as [?]), or a block where it stands (a record's footnotes)."""
    if n.moved and not r.opt.diplomatic:
        return f'<a class="noteref" id="{n.ref_id}" href="#{n.id}" role="doc-noteref">{e(str(n.label))}</a>'
    if n.moved or n.inline:
        kind = n.get("type")
        cls = f"note-{kind or 'inline'}" if kind in ("query", "sic", "gloss") else "note-inline"
        return _space(n) + sign(n, cls, r.children(n))
    backref = (f'<a class="backref" href="#{n.backref}" aria-label="Back to the text">↩</a> '
               if n.backref else "")
    return f'<div class="note"{_id(n)} role="note">{backref}{r.children(n)}</div>\n'


def endnote(n, r) -> str:
    """One of the notes at the end: its number, its words, a link back to its marker."""
    label = e(str(n.label))
    if n.kind == "choice":
        content = (f"The source reads <i>{r.children(n.first('sic'))}</i>; "
                   f"corrected to <i>{r.children(n.first('corr'))}</i>.")
    else:
        gloss = ' <span class="note-type">gloss</span>' if n.get("type") == "gloss" else ""
        content = f"{r.children(n)}{gloss}"
    return (f'<li id="{n.id}" role="doc-endnote"><span class="endnote-n">{label}</span>'
            f'<div class="endnote-body">{content} <a class="backref" href="#{n.ref_id}" role="doc-backlink" '
            f'aria-label="Back to note {label} in the text">↩</a></div></li>\n')


# ---------------------------------------------------------------- the index of persons (page.html)

def turn_links(person) -> str:
    """Links to each of a person's turns, by its first paragraph's number, as the margin prints it (the numbers
    had counted the person's turns, which nothing on a page, or on paper, shows); by the turn's own count where a
    turn has no numbered paragraph (anchors are the view model's, safe)."""
    name = e(person.name)
    if all(person.paragraphs):
        return "¶ " + " ".join([f'<a href="#{anchor}" aria-label="paragraph {number}, {name}">{number}</a>'
                                for number, (_, anchor) in zip(person.paragraphs, person.turns)])
    return " ".join([f'<a href="#{anchor}" aria-label="turn {number} of {name}">{number}</a>'
                     for number, anchor in person.turns])


def mention_links(person) -> str:
    """Links to each place the text names a person, by number."""
    name = e(person.name)
    return " ".join([f'<a href="#{anchor}" aria-label="mention {k} of {name}">{k}</a>'
                     for k, anchor in enumerate(person.mentions, 1)])


# TEI local name → rule. Elements not named here are rendered by ``fallback``; so are an item,
# a row and a cell outside their list or table (inside, list_ and table write them as HTML's own).
ELEMENTS = {
    "text": text, "body": body, "div": div, "head": head, "p": p, "ab": p, "sp": sp, "speaker": speaker,
    "list": list_, "label": label, "quote": quote, "q": q, "closer": closer,
    "signed": signed, "opener": opener, "dateline": dateline, "lg": lg, "l": l, "stage": stage,
    "table": table, "figure": figure, "graphic": graphic, "lb": lb, "fw": fw,
    "metamark": metamark, "pb": pb, "hi": hi, "emph": emph, "foreign": foreign, "title": title, "persName": persName,
    "time": time, "date": date, "ref": ref, "ptr": ptr, "supplied": supplied, "unclear": unclear,
    "gap": gap, "sic": sic, "choice": choice, "note": note, "vocal": described, "incident": described,
    "seg": signed_or_plain, "add": signed_or_plain,
}
