"""Messy transcripts: each gets a documented behaviour — a diagnostic with a position and a
hint, and an edition that is whole and valid, or an error and nothing written."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

from words import source_words, tei_words

import tei
from tei import xmlio
from tei.diagnostics import InputError, OutputError
from tei.metadata import parse
from tei.source import Source

NS = {"t": "http://www.tei-c.org/ns/1.0"}


def codes(result) -> list[str]:
    return [d.code for d in result.diagnostics if d.severity.value != "info"]


@pytest.mark.parametrize("text", ["", "   \n\n\t\n"])
def test_empty_or_blank_transcript_is_a_warning_and_a_valid_empty_edition(text, tei_all):
    result = tei.encode(text, name="empty.txt")
    (warning,) = result.warnings
    assert warning.code == "empty-transcript" and warning.position.line == 1 and warning.hint
    assert tei_all.validate(result.tree)


@pytest.mark.parametrize("text", ["Minutes of a Meeting", "The parties met and talked about trade for an hour."])
def test_no_turns_is_a_warning(text, tei_all):
    result = tei.encode(text, name="x.txt")
    assert codes(result) == ["no-turns"]
    assert tei_all.validate(result.tree)


def test_utf16_with_bom():
    result = tei.encode("STALIN says да.".encode("utf-16"), name="x.txt")
    assert "да" in "".join(result.tree.find(".//t:sp/t:p", NS).itertext())


@pytest.mark.parametrize("data, line, column", [
    (b"ok\nSTALIN says \x00 here", 2, 13),
    (b"STALIN \x1b says", 1, 8),
])
def test_characters_xml_forbids(data, line, column):
    with pytest.raises(InputError) as caught:
        tei.encode(data, name="x.txt")
    (diagnostic,) = caught.value.diagnostics
    assert diagnostic.code == "source-control-char"
    assert (diagnostic.position.line, diagnostic.position.column) == (line, column)


def test_unpaired_surrogate_bytes_are_not_utf8():
    with pytest.raises(InputError) as caught:
        tei.encode(b"STALIN says \xed\xa0\x80.", name="x.txt")
    assert caught.value.diagnostics[0].code == "source-not-decodable"


def test_unpaired_surrogate_in_text():
    with pytest.raises(InputError):
        tei.encode("STALIN says \ud800.", name="x.txt")


def test_mixed_line_endings():
    result = tei.encode(b"STALIN says one.\r\n\nZHOU ENLAI says two.\r\rMOLOTOV says three.\n", name="x.txt")
    assert [sp.get("who") for sp in result.tree.iterfind(".//t:sp", NS)] == ["#stalin", "#zhou-enlai", "#molotov"]


def test_nested_brackets():
    result = tei.encode("STALIN says [the [Korean] side] agrees.", name="x.txt")
    outer = result.tree.find(".//t:sp/t:p/t:supplied", NS)
    assert outer.find("t:supplied", NS).text == "Korean"
    assert "".join(outer.itertext()) == "the Korean side"


def test_brackets_nested_as_deep_as_allowed_make_an_edition_any_parser_reads():
    from tei.inline import MAX_BRACKET_DEPTH
    from tei.render import render_formats, render_text
    from tei.validation import validate_result

    depth = MAX_BRACKET_DEPTH
    paragraph = "STALIN says " + "[Ed. note: a " * depth + "x" + "]" * depth + "."
    result = tei.encode(paragraph, name="deep.txt")
    assert validate_result(result) == []
    data = result.to_bytes()
    tree = etree.fromstring(data)  # libxml2's own limit (256 levels), not the tool's huge-tree reading
    assert max(len(list(e.iterancestors())) for e in tree.iter()) < 256
    assert render_formats(etree.ElementTree(tree), ("html", "text"))["html"].count("a ") >= depth
    assert paragraph in " ".join(render_text(etree.ElementTree(tree), diplomatic=True).split())


def test_brackets_nested_too_deep_are_an_error_at_the_bracket(tmp_path):
    from click.testing import CliRunner

    from tei.cli import main
    from tei.inline import MAX_BRACKET_DEPTH

    depth = MAX_BRACKET_DEPTH + 1
    text = "Minutes.\n\nSTALIN says " + "[a " * depth + "x" + "]" * depth + ".\n"
    with pytest.raises(InputError) as caught:
        tei.encode(text, name="deep.txt")
    (diagnostic,) = caught.value.diagnostics
    column = len("STALIN says ") + 3 * MAX_BRACKET_DEPTH + 1  # the first bracket past the limit
    assert (diagnostic.code, diagnostic.position.line, diagnostic.position.column) == ("brackets-too-deep", 3, column)
    source = tmp_path / "deep.txt"
    source.write_text(text.replace("[a ", "[a " * 10))  # a thousand levels overflowed Python's stack
    result = CliRunner().invoke(main, ["encode", str(source), "-o", str(tmp_path / "deep.xml")])
    assert result.exit_code == 2 and f"deep.txt:3:{column}: error[brackets-too-deep]" in result.stderr
    assert not (tmp_path / "deep.xml").exists()


def test_bracket_spanning_a_page_break():
    result = tei.encode("STALIN says that for the anniversary [of\n\n\n\nhis birth] they came.", name="x.txt")
    supplied = result.tree.find(".//t:supplied", NS)
    assert supplied.find("t:pb", NS) is not None and "".join(supplied.itertext()) == "of his birth"
    assert codes(result) == []


def test_empty_brackets():
    result = tei.encode("STALIN says [] nothing.", name="x.txt")
    assert codes(result) == ["bracket-empty"]
    assert result.tree.find(".//t:sic", NS).text == "[]"


def test_bracket_closed_with_a_parenthesis_gets_a_hint():
    result = tei.encode("STALIN says [of POWs) withheld.", name="x.txt")
    (warning,) = result.warnings
    assert warning.code == "bracket-unclosed" and (warning.position.line, warning.position.column) == (1, 13)
    assert "')' at 1:21" in warning.hint


def test_stray_closing_bracket():
    result = tei.encode("STALIN says POWs] withheld.", name="x.txt")
    (warning,) = result.warnings
    assert warning.code == "bracket-stray" and warning.position.column == 17


def test_speaker_missing_from_a_register():
    meta = parse('[[person]]\nid = "stalin"\nname = "STALIN"\n')
    result = tei.encode("STALIN says yes.\n\nBERIA says no.", meta, name="x.txt")
    (warning,) = result.warnings
    assert warning.code == "speaker-unregistered" and warning.position.line == 3
    assert "aliases" in warning.hint and "turns" not in warning.message


def test_a_speaker_missing_from_the_register_is_told_once_with_the_turns_it_labels():
    """A warning a turn had said the same four times over, in the console and in the collection's index."""
    meta = parse('[[person]]\nid = "stalin"\nname = "STALIN"\n')
    text = "STALIN says yes.\n\nBERIA says no.\n\nSTALIN says why.\n\nBERIA says so.\n\nBERIA says more.\n"
    (warning,) = tei.encode(text, meta, name="x.txt").warnings
    assert warning.position.line == 3 and warning.message.endswith(
        "its id 'beria' was derived from the name (it labels 3 turns)")


def test_very_long_line():
    line = "STALIN says " + "word " * 200_000 + "end."
    result = tei.encode(line, name="long.txt")
    assert tei_words(result.tree) == source_words(Source.from_text(line).text)


def test_interrupted_write_leaves_no_partial_file(tmp_path, monkeypatch):
    target = tmp_path / "out.xml"

    def interrupted(*args):
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "replace", interrupted)
    with pytest.raises(KeyboardInterrupt):
        xmlio.write_atomic(target, b"<TEI/>")
    assert list(tmp_path.iterdir()) == []


def test_unwritable_output_is_an_output_error(tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("")
    with pytest.raises(OutputError) as caught:
        xmlio.write_atomic(blocker / "out.xml", b"<TEI/>")
    assert caught.value.diagnostics[0].code == "output-unwritable"


def test_holds_compares_a_file_with_bytes_without_reading_a_file_of_another_size(tmp_path, monkeypatch):
    target = tmp_path / "out.xml"
    data = bytes(range(256)) * 9000  # longer than one block compared at a time
    assert not xmlio.holds(target, data)  # nothing there
    target.write_bytes(data)
    assert xmlio.holds(target, data)
    assert not xmlio.holds(target, data[:-1] + b"x")  # the same size, the last byte differs
    assert not xmlio.holds(target, data[:-1]) and not xmlio.holds(target, data + b"x")
    assert not xmlio.holds(tmp_path, data) and not xmlio.holds(target / "below", data)  # a folder; below a file
    monkeypatch.setattr("builtins.open", lambda *args, **kwargs: pytest.fail("read a file of another size"))
    assert not xmlio.holds(target, data + data)


def test_a_staged_file_takes_its_place_only_when_committed(tmp_path):
    target = tmp_path / "out.xml"
    target.write_bytes(b"<old/>")
    assert xmlio.stage(target, b"<old/>") is None  # unchanged: nothing to write
    staged = xmlio.stage(target, b"<new/>")
    assert target.read_bytes() == b"<old/>" and Path(staged).read_bytes() == b"<new/>"
    xmlio.commit(staged, target)
    assert target.read_bytes() == b"<new/>" and sorted(tmp_path.iterdir()) == [target]
    xmlio.discard(xmlio.stage(target, b"<newer/>"))
    assert target.read_bytes() == b"<new/>" and sorted(tmp_path.iterdir()) == [target]


_SMALL_BYTES = st.binary(max_size=12)


@given(old=st.none() | _SMALL_BYTES, pieces=st.lists(_SMALL_BYTES, max_size=6), block=st.integers(1, 5),
       compare_only=st.booleans())
@settings(max_examples=300, deadline=None)
def test_a_staged_output_written_in_pieces_is_the_pieces_and_only_when_they_differ(
        tmp_path_factory, old, pieces, block, compare_only):
    folder = tmp_path_factory.mktemp("staged")
    target = folder / "out.xml"
    if old is not None:
        target.write_bytes(old)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(xmlio, "_COMPARED", block)  # the old file read in blocks of 1 to 5 bytes
        output = xmlio.StagedOutput(target, compare_only=compare_only)
        for piece in pieces:
            output.write(piece)
        staged = output.close()
    new = b"".join(pieces)
    assert output.differs == (new != old) and output.size == len(new)
    if output.differs and not compare_only:
        assert Path(staged).read_bytes() == new  # the old file's matching start, then the rest
        assert sorted(folder.iterdir()) == sorted([target, Path(staged)] if old is not None else [Path(staged)])
    else:  # unchanged, or only compared: nothing written
        assert staged is None and sorted(folder.iterdir()) == ([target] if old is not None else [])
    if old is not None:
        assert target.read_bytes() == old


def test_an_abandoned_staged_output_leaves_nothing(tmp_path):
    target = tmp_path / "out.xml"
    target.write_bytes(b"<old/>")
    output = xmlio.StagedOutput(target)
    output.write(b"<new")
    assert len(list(tmp_path.iterdir())) == 2  # staged beside it as soon as it differs
    output.abandon()
    assert sorted(tmp_path.iterdir()) == [target] and target.read_bytes() == b"<old/>"


def test_serialise_hands_on_the_declaration_the_models_and_the_document_in_pieces(tmp_path):
    tree = tei.encode("Record\n\nMR ADAMS said that “Öztürk” was 1.\n" * 400, name="r.txt").tree
    pieces: list[bytes] = []
    xmlio.serialise_to(tree, pieces.append)
    models = [etree.tostring(pi) for pi in tree.getroot().itersiblings(preceding=True)][::-1]
    expected = b"\n".join([b'<?xml version="1.0" encoding="UTF-8"?>', *models,
                           etree.tostring(tree.getroot(), encoding="UTF-8"), b""])
    assert len(models) == 2 and len(pieces) > 3
    assert b"".join(pieces) == xmlio.serialise(tree) == expected


@given(cuts=st.lists(st.integers(min_value=0, max_value=2000), max_size=30), batch=st.integers(1, 300))
@settings(max_examples=60, deadline=None)
def test_markup_in_pieces_parses_as_the_whole(cuts, batch):
    markup = ('<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body><p xml:id="p1">Zhou Enlai — “Öztürk” '
              '&amp; 周恩来</p>' + '<p>word <hi>x</hi> </p>' * 60 + "</body></text></TEI>")
    bounds = sorted({0, len(markup), *(c % (len(markup) + 1) for c in cuts)})
    pieces = [markup[a:b] for a, b in zip(bounds, bounds[1:])]
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(xmlio, "_MARKUP_BATCH", batch)  # many batches, cut anywhere
        parsed = xmlio.parse_markup(iter(pieces))
    assert etree.tostring(parsed) == etree.tostring(xmlio.parse_markup(markup))


def test_a_write_makes_its_folders_and_steps_over_a_stale_temporary_file(tmp_path, monkeypatch):
    import itertools

    target = tmp_path / "new" / "folder" / "out.xml"
    assert xmlio.write_atomic(target, b"<TEI/>") and target.read_bytes() == b"<TEI/>"
    monkeypatch.setattr(xmlio, "_STAGED", itertools.count(7))
    stale = target.parent / f".out.xml.{os.getpid()}-7.tmp"  # left by a killed process of the same number
    stale.write_bytes(b"stale")
    assert xmlio.write_atomic(target, b"<TEI>new</TEI>") and target.read_bytes() == b"<TEI>new</TEI>"
    assert stale.read_bytes() == b"stale" and sorted(p.name for p in target.parent.iterdir()) == \
        sorted(["out.xml", stale.name])


def test_written_files_are_ordinary_files(tmp_path):
    target = tmp_path / "out.xml"
    xmlio.write_atomic(target, b"<TEI/>")
    umask = os.umask(0)
    os.umask(umask)
    mode = target.stat().st_mode & 0o777
    assert mode == 0o666 & ~umask and mode & 0o044  # as open() makes a file: not mkstemp's 0600


def test_a_folder_made_by_another_worker_meanwhile_is_written_into(tmp_path, monkeypatch):
    """Two workers of a build stage their first outputs into a folder that is not there yet: the one
    that finds no folder, then finds it made by the other, writes into it (it reported an error)."""
    target = tmp_path / "out" / "rec.xml"
    real_open = os.open
    calls = []

    def open_after_the_other_worker(path, *args):
        calls.append(path)
        if len(calls) == 1:  # no folder yet; the other worker makes it before this one looks again
            (tmp_path / "out").mkdir()
            raise FileNotFoundError(2, "No such file or directory", path)
        return real_open(path, *args)

    monkeypatch.setattr(xmlio.os, "open", open_after_the_other_worker)
    assert xmlio.write_atomic(target, b"<TEI/>") and target.read_bytes() == b"<TEI/>"
    assert len(calls) == 2
