"""The diplomatic text gives back the transcript: the proof that rendering loses nothing.

Declared normalisation: both sides are read as the encoder reads a transcript
(UTF-8, BOM dropped, line ends LF, NFC: ``tei.source.Source``), then every run
of white space becomes one space and both ends are stripped. After that the
diplomatic rendering of an edition must equal its transcript character for
character — brackets where the transcript had brackets, slashes around typed
names, the same words in the same order.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from conftest import EDITIONS, SEEDS

import tei
from tei import xmlio
from tei.render import render_text
from tei.source import Source

FIXTURES = Path(__file__).parent / "fixtures" / "render"
_WS = re.compile(r"\s+")


def normalise(text: str) -> str:
    """The declared normalisation: every run of white space is one space; no space at either end."""
    return _WS.sub(" ", text).strip()


def transcript_text(path: Path) -> str:
    return Source.from_bytes(path.read_bytes(), str(path)).text


def first_difference(expected: str, got: str) -> str:
    index = next((i for i, (a, b) in enumerate(zip(expected, got)) if a != b), min(len(expected), len(got)))
    return f"at {index}: transcript …{expected[max(0, index - 40):index + 40]!r}… rendered …{got[max(0, index - 40):index + 40]!r}…"


EDITION_FILES = sorted(EDITIONS.glob("*.xml"))


def test_there_are_editions_to_check():
    assert EDITION_FILES, "editions/ holds no TEI edition"


@pytest.mark.parametrize("edition", EDITION_FILES, ids=lambda p: p.stem)
def test_every_edition_gives_back_its_transcript(edition):
    transcript = SEEDS / f"{edition.stem}.txt"
    assert transcript.is_file(), f"{edition.name} has no transcript {transcript}"
    expected = normalise(transcript_text(transcript))
    got = normalise(render_text(xmlio.parse_file(edition), diplomatic=True))
    assert got == expected, first_difference(expected, got)


@pytest.mark.parametrize("width", [30, 72, 120])
def test_round_trip_does_not_depend_on_the_width(width):
    edition = EDITION_FILES[0]
    expected = normalise(transcript_text(SEEDS / f"{edition.stem}.txt"))
    assert normalise(render_text(xmlio.parse_file(edition), diplomatic=True, width=width)) == expected


def test_round_trip_can_fail():
    """The comparison notices a lost bracket: drop one from the edition and it fails."""
    edition = EDITION_FILES[0]
    tree = xmlio.parse_file(edition)
    supplied = tree.getroot().find(".//{http://www.tei-c.org/ns/1.0}supplied")
    supplied.tag = "{http://www.tei-c.org/ns/1.0}seg"  # a seg of no convention: printed without brackets
    del supplied.attrib["ana"]
    expected = normalise(transcript_text(SEEDS / f"{edition.stem}.txt"))
    assert normalise(render_text(tree, diplomatic=True)) != expected


@pytest.mark.parametrize("name", ["harbour.txt"])
def test_fixture_transcripts_encoded_on_the_fly(name):
    path = FIXTURES / name
    result = tei.encode(path)
    expected = normalise(result.source.text)
    got = normalise(render_text(result.tree, diplomatic=True))
    assert got == expected, first_difference(expected, got)


def test_curly_quotes_around_a_list_come_back():
    """The builder records the list's quotation marks in quote/@rend: pre(“) post(”)."""
    result = tei.encode(FIXTURES / "curly.txt")
    assert normalise(render_text(result.tree, diplomatic=True)) == normalise(result.source.text)


def _transcripts_folder() -> Path | None:
    if os.environ.get("TEI_TRANSCRIPTS"):
        return Path(os.environ["TEI_TRANSCRIPTS"])
    if os.environ.get("TEI_ALL_RNG"):
        return Path(os.environ["TEI_ALL_RNG"]).parent.parent / "transcripts"
    return None


def _shared_transcripts() -> list[Path]:
    folder = _transcripts_folder()
    return sorted(folder.glob("*.txt")) if folder and folder.is_dir() else []


def test_shared_transcripts_are_found():
    """Real records in other conventions (shared/transcripts) are the strongest round-trip check."""
    if not _shared_transcripts():
        reason = "no transcripts: set TEI_TRANSCRIPTS, or TEI_ALL_RNG beside shared/transcripts"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(reason)
        pytest.skip(reason)


@pytest.mark.parametrize("transcript", _shared_transcripts(), ids=lambda p: p.stem[:40])
def test_shared_transcripts_round_trip(transcript):
    result = tei.encode(transcript)
    expected = normalise(result.source.text)
    got = normalise(render_text(result.tree, diplomatic=True))
    assert got == expected, first_difference(expected, got)
