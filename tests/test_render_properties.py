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

from hypothesis import given
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
def test_diplomatic_text_gives_back_any_transcript(text):
    round_trip(text)


@given(xml_text)
def test_diplomatic_text_gives_back_any_text(text):
    round_trip(text)


@given(transcripts())
def test_every_format_renders_any_encoding(text):
    tree = tei.encode(text).tree
    page = render_html(tree)
    assert page.startswith("<!DOCTYPE html>") and "<script" not in page
    reading = render_text(tree, width=40)
    assert all(len(line) <= 40 or " " not in line.strip() for line in reading.splitlines())
