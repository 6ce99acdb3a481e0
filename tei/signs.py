"""A transcript format's own signs: Markdown's bold, emphasis and headings (in a paragraph too), WebVTT's voices and signature.

They are the transcript's layout, not its words. The edition keeps every one of their characters, marked as a
sign (TEI's ``metamark``, its ``function`` what the sign does), so that a reading edition can leave them out and a
diplomatic one print them as the transcript had them. A new format's signs are a row in one of the tables here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .model import Inline, Sign, Span, Text


@dataclass(frozen=True)
class SignRule:
    function: str  # what the sign does: the metamark's @function
    pattern: re.Pattern[str]  # matched against the whole text; its groups are the signs, the rest is words


# A speaker's label as the shape that read it wrote it (the whole label).
LABEL = (
    # "**Stalin:**", "**Stalin**:", "**Stalin**", and before a recording's offset, "**Speaker 1** (" in
    # "**Speaker 1** (00:00:03):"
    SignRule("bold", re.compile(r"(\*\*|__)[^*_\n]+?(\*\*|__)(?::|[ \t]+\()?")),
    SignRule("voice", re.compile(r"(<v(?:\.[\w.-]+)?[ \t]+)[^<>\n]*?([ \t]*>)")),  # "<v John Smith>"
)
LABEL_FIRST = frozenset("*_<")  # (what a label so marked opens with: any other is read no further)
# A heading on a line of its own.
HEADING = (SignRule("heading", re.compile(r"(#{1,6}[ \t]+)\S.*", re.S)),)  # "# Record of conversation", "## Korea"
# The words of a WebVTT voice's cue: its closing tag ("Good morning.</v>").
VOICE_WORDS = (SignRule("voice", re.compile(r".*?(</v>)[ \t]*", re.S)),)
# A caption file's first line, and the header lines under it ("Kind: captions", "Language: en").
SIGNATURE = re.compile(r"WEBVTT(?:[ \t].*)?")  # (its first line; the lines under it in its block go with it)
SIGNATURE_FUNCTION = "format"


# Words in bold or italics inside a paragraph ("**Note:** …", "a *very* long talk"): the sign, the words, the same sign
# again, not inside a word ("snake_case", "m*n") and not nested. Read only in a record that Markdown sets out.
EMPHASIS = re.compile(r"(?<![\w*])(\*\*|__|\*|_)(?=[^\s*_])[^*_\n]*?[^\s*_](\1)(?![\w*])")
EMPHASIS_KIND = {1: ("emphasis", "italic"), 2: ("bold", "bold")}  # by the sign's length: its function, the words' rend
# Words struck through, between Markdown's tildes or an HTML tag's pair ("fifty ~~two~~ three", "<del>First</del>"),
# as a transcript marks the words its speaker or typist took back: the same sign closes what it opened.
STRUCK = re.compile(r"(~~|<(del|s|strike)>)(?=[^\s~])[^~<>\n]*?[^\s~](~~(?(2)(?!))|</(?(2)\2|(?!))>)")
STRUCK_FUNCTION = "strikethrough"
# What shows a record to be set out in Markdown: a line that opens with a label in bold or a heading's signs, or
# that is all in bold or italics ("*19 September 1952, Moscow*", "*Secret*").
_MARKDOWN = re.compile(r"^(?:\*\*[^*\n]{1,80}\*\*|__[^_\n]{1,80}__|#{1,6}[ \t]+\S|([*_]{1,2})[^*_\s][^*_\n]{0,78}\1[ \t]*$)",
                       re.M)


def in_markdown(text: str) -> bool:
    return ("**" in text or "__" in text or "#" in text) and _MARKDOWN.search(text) is not None


def parts(text: str, rules: tuple[SignRule, ...]) -> list[tuple[int, int, str | None]] | None:
    """The text in parts, if a rule reads it whole: each sign's place and function, the words' between (None)."""
    for rule in rules:
        match = rule.pattern.fullmatch(text)
        if match is not None:
            out, at = [], 0
            for a, b in (match.span(k) for k in range(1, match.re.groups + 1) if match.start(k) >= 0):
                if at < a:
                    out.append((at, a, None))
                out.append((a, b, rule.function))
                at = b
            if at < len(text):
                out.append((at, len(text), None))
            return out
    return None


def marked(content: tuple[Inline, ...], rules: tuple[SignRule, ...]) -> tuple[Inline, ...]:
    """Inline content of one text with its signs as ``Sign`` nodes (other content as it is)."""
    if len(content) != 1 or type(content[0]) is not Text:
        return content
    node = content[0]
    found = parts(node.text, rules)
    if found is None:
        return content
    text, span = node.text, node.span
    return tuple(Sign(text[a:b], function, _within(span, a, b)) if function else Text(text[a:b], _within(span, a, b))
                 for a, b, function in found)


def _within(span: Span, a: int, b: int) -> Span:
    """The source span of a part of a text that starts where its span does (clipped to it: white space folded
    within the text moves its parts' places by as much)."""
    start = min(span.start + a, span.end)
    return Span(start, min(span.start + b, span.end))
