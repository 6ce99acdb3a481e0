"""Plain-text layout: the fast paths of tei/render_text.py give what the plain algorithm gives.

``Layout.block``, ``finish`` and ``wrap`` take shortcuts for the common cases
(a paragraph's inline text, a speech made of paragraphs, text already
collapsed). Each is held here to a straightforward reference: ``textwrap`` for
wrapping, and for blocks the algorithm as first written (split every content
into inline runs and blocks, collapse every run).
"""

from __future__ import annotations

import re
import textwrap

from hypothesis import example, given
from hypothesis import strategies as st

from tei.render_text import CLOSE, OPEN, Layout, _collapsed, _only_blocks, _parts, _prefix, finish, wrap

_WORD = re.compile(r"\w")

# Content as rules write it: words, spaces and other white space, punctuation, frames of finished blocks.
pieces = st.sampled_from(["a", "bc", "défg", " ", "  ", "\n", "\t", "\u3000", '"', ".", "“", OPEN, CLOSE])
contents = st.lists(pieces, max_size=24).map("".join)
words = st.lists(st.text(alphabet="abcxyz-", min_size=1, max_size=14), max_size=30).map(" ".join)


def reference_parts(content: str) -> list[tuple[bool, str]]:
    parts: list[tuple[bool, str]] = []
    position = 0
    while (start := content.find(OPEN, position)) >= 0 and (end := content.find(CLOSE, start)) >= 0:
        if start > position:
            parts.append((False, content[position:start]))
        parts.append((True, content[start + 1:end]))
        position = end + 1
    if position < len(content):
        parts.append((False, content[position:]))
    merged: list[tuple[bool, str]] = []
    for index, (is_block, text) in enumerate(parts):
        bare = not is_block and text.strip() and not _WORD.search(text)
        following = parts[index + 1] if index + 1 < len(parts) else None
        if bare and following is not None and following[0] and not any(b for b, _ in merged):
            parts[index + 1] = (True, _prefix(text.strip(), following[1]))
            continue
        if bare and merged and merged[-1][0]:
            merged[-1] = (True, merged[-1][1] + text.strip())
            continue
        merged.append((is_block, text))
    return merged


def reference_block(layout: Layout, content: str, indent: str = "", first: str | None = None,
                    tight: bool = False) -> str:
    lines_out: list[str] = []
    opening = first if first is not None else indent
    for is_block, text in reference_parts(content):
        if is_block:
            if text.strip() and opening.strip() and opening != indent:  # the opening (a label) before a block
                lines_out.append(opening.rstrip())
                opening = indent
            lines_out.append("\n".join(indent + line if line else line for line in text.split("\n"))
                             if indent else text)
            continue
        text = " ".join(text.split())
        if not text:
            continue
        lines_out.append(layout._wrap(text, opening, indent))  # the opening before the first words
        opening = indent
    return OPEN + ("\n" if tight else "\n\n").join(x for x in lines_out if x.strip()) + CLOSE


def reference_finish(content: str, width: int = 72) -> str:
    parts = []
    for is_block, text in reference_parts(content):
        if is_block:
            parts.append(text)
        elif text.strip():
            parts.append("\n".join(wrap(" ".join(text.split()), width)))
    text = "\n\n".join(p for p in parts if p.strip())
    text = "\n".join(line.rstrip() for line in text.split("\n"))
    return re.sub(r"\n{3,}", "\n\n", text).strip("\n") + "\n"


@given(contents)
def test_parts_as_the_plain_scan(content):
    assert _parts(content) == reference_parts(content)


@given(contents, st.sampled_from([{}, {"indent": "  "}, {"tight": True}, {"first": "- ", "indent": "  "},
                                   {"first": "- "}]))
@example(OPEN + "a" + CLOSE, {"first": "- ", "indent": "  "})  # a label before a block alone was lost
def test_block_as_the_plain_algorithm(content, options):
    assert Layout(24).block(content, **options) == reference_block(Layout(24), content, **options)


# A page as the rules make it: inline runs and finished blocks, which hold no frame.
_RUN = st.lists(st.sampled_from(["a", "bc", "défg", " ", "  ", "\n", "\t", "\u3000", '"', ".", "“"]), max_size=5).map(
    "".join)
runs = st.lists(st.tuples(st.booleans(), _RUN), max_size=10)


def _page(runs) -> str:
    return "".join(OPEN + text + CLOSE if is_block else text for is_block, text in runs)


def _cut(content: str, cuts: list[int]) -> list[str]:
    """``content`` cut at these places (a stream's pieces may end anywhere)."""
    places = sorted({min(c, len(content)) for c in cuts})
    return [content[a:b] for a, b in zip([0, *places], [*places, len(content)])]


@given(runs, st.lists(st.integers(min_value=0, max_value=60), max_size=6))
def test_finish_as_the_plain_algorithm_wherever_its_pieces_are_cut(runs, cuts):
    content = _page(runs)
    assert "".join(finish(_cut(content, cuts), 24)) == reference_finish(content, 24)


@given(runs, st.lists(st.tuples(st.integers(min_value=0, max_value=10), st.integers(min_value=0, max_value=10)),
                      max_size=3), st.lists(st.integers(min_value=0, max_value=80), max_size=4))
@example([(True, "a"), (True, "b"), (False, ".")], [(0, 2)], [])  # the full stop after the frame goes onto "b"
def test_a_frame_of_frames_gives_its_blocks_to_the_page(runs, groups, cuts):
    """A division streamed a block at a time is a frame around its blocks' frames (and white space): the text is
    the page's with those blocks in their places, as the one block made of them would put them."""
    pieces = [OPEN + text + CLOSE if is_block else text for is_block, text in runs]
    flat = "".join(pieces)
    for start, length in groups:  # a run of blocks (white space between them) held in a frame, perhaps nested
        start = min(start, len(pieces))
        end = start
        while end < len(pieces) and end - start < length and (pieces[end][:1] == OPEN or pieces[end].isspace()
                                                              or not pieces[end]):
            end += 1
        if any(piece[:1] == OPEN for piece in pieces[start:end]):  # (a division streamed holds blocks)
            pieces[start:end] = [OPEN + "".join(pieces[start:end]) + CLOSE]
    assert "".join(finish(_cut("".join(pieces), cuts), 24)) == reference_finish(flat, 24)


@given(st.lists(st.sampled_from(["a b", " ", "\n", "\t", "x", "\u00a0", "\u2028", "é"]), max_size=8).map("".join))
def test_collapsed_text_is_recognised(text):
    """Sound for any text (a shortcut only where splitting would change nothing); exact for ASCII."""
    if _collapsed(text) or text.isascii():
        assert _collapsed(text) == (" ".join(text.split()) == text)


@given(contents)
def test_only_blocks_is_the_blocks_of_block_only_content(content):
    """When it answers, it answers right: frames and white space only, and these frames' texts."""
    found = _only_blocks(content)
    if found is not None:
        parts = reference_parts(content)
        assert all(is_block or not text.strip() for is_block, text in parts)
        assert found == [text for is_block, text in parts if is_block]


def test_only_blocks_answers_for_speeches_and_divisions():
    assert _only_blocks(f"{OPEN}a{CLOSE}{OPEN}b{CLOSE}") == ["a", "b"]
    assert _only_blocks(f"\n{OPEN}a{CLOSE} \n {OPEN}{CLOSE}") == ["a", ""]
    assert _only_blocks(f"{OPEN}a{CLOSE}x{OPEN}b{CLOSE}") is None


@given(words, st.integers(min_value=1, max_value=40), st.sampled_from([("", ""), ("- ", "  "), ("", "    ")]))
def test_wrap_is_textwraps(text, width, prefixes):
    first, indent = prefixes
    expected = textwrap.wrap(text, width, initial_indent=first, subsequent_indent=indent,
                             break_long_words=False, break_on_hyphens=False)
    assert wrap(text, width, first, indent) == expected


@given(contents, contents, st.booleans())
def test_a_block_handed_up_whole_is_framed_as_the_plain_algorithm_frames_it(inner, other, tight):
    layout, plain = Layout(24), Layout(24)
    made = layout.block(inner)
    expected = reference_block(plain, inner)
    assert made == expected
    assert layout.block(made, tight=tight) == reference_block(plain, expected, tight=tight)
    assert layout.block(made, indent="  ") == reference_block(plain, expected, indent="  ")
    assert layout.block(made + other) == reference_block(plain, expected + other)


def _documents():
    from pathlib import Path

    from tei import xmlio

    here = Path(__file__).parent
    paths = [here.parent / "editions" / "stalin-zhou-1952-09-19.xml"] + \
        sorted((here / "fixtures" / "render").glob("*.xml"))
    return [xmlio.parse_file(p) for p in paths]


def test_words_beside_a_frames_frames_are_kept_in_their_place():
    """Not made so (a division with words of its own is made whole), but never lost."""
    page = [OPEN, OPEN + "a" + CLOSE, " b ", OPEN + "c" + CLOSE, CLOSE]
    assert "".join(finish(page, 24)) == "a\n\nb\n\nc\n"


def test_a_clean_layout_needs_no_final_stripping(monkeypatch):
    """finish(clean=True) skips stripping line ends, and gives its blocks one by one; on real documents
    that changes nothing."""
    from lxml import etree

    import tei.templates.text.elements as text_format
    from tei.render import render_text

    trees = _documents()
    odd = etree.fromstring(  # a page number with a line break in it: the layout is no longer clean
        b'<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body><p>Words.</p><pb n="3 &#10;&#9;4 "/><p>More.</p>'
        b'</body></text></TEI>')
    trees.append(odd)
    options = [{}, {"diplomatic": True}, {"pages": "margin", "width": 40}, {"pages": "none"}]
    fast = [render_text(t, **o) for t in trees for o in options]
    original = text_format.finish
    monkeypatch.setattr(text_format, "finish", lambda pieces, width, clean=None: original(pieces, width))
    assert fast == [render_text(t, **o) for t in trees for o in options]
    assert "[p. 3\n\t4 ]" in render_text(odd, pages="margin")  # the odd number is kept, its line ends stripped


def test_a_page_number_with_a_line_break_makes_a_layout_unclean():
    layout = Layout(30, margin=True)
    layout.margin_line("12")
    assert layout.clean
    layout.margin_line("1\n2")
    assert not layout.clean
    other = Layout(30)
    other.block("words", first="x\n")
    assert not other.clean


_BLOCK_TEXT = st.text(alphabet="ab \n", max_size=8)


@given(st.lists(st.tuples(st.booleans(), _BLOCK_TEXT), max_size=6))
def test_a_clean_finish_is_its_blocks_joined_by_blank_lines_and_nothing_stripped(runs):
    content = "".join(OPEN + text + CLOSE if is_block else text for is_block, text in runs)
    blocks = [text if is_block else "\n".join(wrap(" ".join(text.split()), 30)) for is_block, text in _parts(content)
              if is_block or text.strip()]
    expected = "\n\n".join(b for b in blocks if b and not b.isspace()) + "\n"
    assert "".join(finish([content], 30, clean=lambda: True)) == expected


def test_a_label_before_the_block_just_made_is_kept():
    """A block handed up whole is not framed again, unless a label goes before it (it was dropped)."""
    layout = Layout(24)
    made = layout.block("a")
    assert layout.block(made) is made
    assert layout.block(made, first="- ") == reference_block(Layout(24), made, first="- ") == OPEN + "-\n\na" + CLOSE
