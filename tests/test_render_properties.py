"""Properties: any transcript the encoder reads comes back whole from its diplomatic rendering.

Uses the project's transcript strategies (tests/strategies.py). Normalisation
here: all white space removed, on the transcript as the encoder reads it. It is
coarser than the round-trip tests' (one space for each run), because TEI does
not record whether white space stood where two blocks meet — "Present:>" and
"Present: >" encode alike, as do "WHEAT:," and "WHEAT: ," — and generated text
is full of such joints; real records and the committed editions are held to the
exact check in test_render_roundtrip.py. Every character, bracket and slash
must still come back, in order.
"""

from __future__ import annotations

import re

from hypothesis import assume, example, given, settings
from hypothesis import strategies as st
from strategies import transcripts, xml_text
from test_render_roundtrip import first_difference

import tei
from tei.render import render_html, render_text


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def round_trip(text: str) -> None:
    result = tei.encode(text)
    expected = squash(result.source.text)
    got = squash(render_text(result.tree, diplomatic=True))
    assert got == expected, first_difference(expected, got)


@given(transcripts())
@example("THE COURT:, ")  # the sign after a label's colon was lost
@example("SUBJECT: ")  # a field with no value lost its name
@example("1\n3\n4\n5\n6\n7\n10\n11\n12\n1 N\n1\n2\n4\n5\n6 FROM:\n7 0:03\n8\n9\n10\n1")  # a value after a line's number: the field's name was lost
def test_diplomatic_text_gives_back_any_transcript(text):
    round_trip(text)


@given(xml_text)
def test_diplomatic_text_gives_back_any_text(text):
    assume(not any("\x80" <= c <= "\x9f" for c in text))  # (a C1 control character is refused: test_source)
    round_trip(text)


@given(transcripts())
def test_every_format_renders_any_encoding(text):
    tree = tei.encode(text).tree
    page = render_html(tree)
    assert page.startswith("<!DOCTYPE html>") and "<script" not in page
    reading = render_text(tree, width=40)
    assert all(len(line) <= 40 or " " not in line.strip() for line in reading.splitlines())


# -- anchors: unique ids, as close to the wanted one as possible

def _claimed_by_searching_from_the_start(ids: set, targets: set, anchors: dict, wanted: str, own: bool) -> str:
    """The anchor _Walker._claim gave when it tried base, base-2, base-3 … from the start each time."""
    from tei.render_model import _safe_id

    base = _safe_id(wanted)
    candidate, k = base, 1
    while candidate in ids or (not (own and candidate == wanted) and candidate in targets):
        k += 1
        candidate = f"{base}-{k}"
    ids.add(candidate)
    if own:
        anchors.setdefault(wanted, candidate)
    return candidate


_WANTED = st.sampled_from(["note-1", "note-*", "note--", "page", "page-2", "x", "x-2", "x-3", "a b", "a-b",
                           "sp-stalin-1", "notes", "p1"])


@settings(max_examples=200, deadline=None)
@given(targets=st.sets(_WANTED), claims=st.lists(st.tuples(_WANTED, st.booleans()), max_size=40))
def test_anchors_are_those_a_search_from_the_start_gives(targets, claims):
    from lxml import etree

    from tei.render_model import _Walker

    ids = "".join(f'<anchor xml:id="{t}"/>' for t in targets if " " not in t and "*" not in t)
    root = etree.fromstring(f'<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body><p>{ids}</p></body></text></TEI>')
    walker = _Walker(root, root[0])
    expected_ids, expected_anchors = set(walker.ids), dict(walker.anchors)
    for wanted, own in claims:
        assert walker._claim(wanted, own) == _claimed_by_searching_from_the_start(
            expected_ids, walker.targets, expected_anchors, wanted, own)
    assert walker.ids == expected_ids and walker.anchors == expected_anchors
