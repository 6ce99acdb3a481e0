"""Source normalisation: encodings, line ends, form feeds, white space — with positions."""

from __future__ import annotations

import pytest

import tei
from tei.diagnostics import InputError
from tei.source import Source

NS = {"t": "http://www.tei-c.org/ns/1.0"}


def body_text(result) -> str:
    return " ".join(" ".join(p.itertext()) for p in result.tree.iterfind(".//t:body//t:p", NS))


@pytest.mark.parametrize("data", [
    b"STALIN says yes.\n\nZHOU ENLAI says no.\n",
    b"\xef\xbb\xbfSTALIN says yes.\n\nZHOU ENLAI says no.\n",
    b"STALIN says yes.\r\n\r\nZHOU ENLAI says no.\r\n",
    b"STALIN says yes.\r\rZHOU ENLAI says no.\r",
    b" STALIN says yes.   \n\t\nZHOU ENLAI says no.\t\n",
    "STALIN says yes.\n\nZHOU ENLAI says no.\n".encode("utf-16"),
])
def test_encodings_and_line_ends_give_the_same_edition(data):
    reference = tei.encode(b"STALIN says yes.\n\nZHOU ENLAI says no.\n", name="x.txt").to_bytes()
    assert tei.encode(data, name="x.txt").to_bytes() == reference


def test_positions_survive_crlf_and_bom():
    source = Source.from_bytes(b"\xef\xbb\xbfab\r\ncd\r\nef")
    assert source.text == "ab\ncd\nef"
    assert (source.position(3).line, source.position(3).column) == (2, 1)
    assert (source.position(7).line, source.position(7).column) == (3, 2)


def test_nfc():
    assert Source.from_text("Nguye\u0302\u0303n").text == "Nguy\u1ec5n"


def test_latin1_gives_byte_offset_and_suggests_encoding():
    with pytest.raises(InputError) as caught:
        Source.from_bytes("first line\nCaf\u00e9 au lait".encode("latin-1"), "x.txt")
    (diagnostic,) = caught.value.diagnostics
    assert diagnostic.code == "source-not-decodable"
    assert "byte offset 14" in diagnostic.message
    assert (diagnostic.position.line, diagnostic.position.column) == (2, 4)
    assert "--encoding" in diagnostic.hint and 'encoding = "cp1252" in its sidecar' in diagnostic.hint


def test_explicit_encoding():
    assert Source.from_bytes("Caf\u00e9".encode("cp1252"), encoding="cp1252").text == "Caf\u00e9"


def test_a_byte_windows_1252_leaves_undefined_suggests_latin_1_not_windows_1252_again():
    """With --encoding cp1252 given, the hint had named --encoding cp1252 again: a circle."""
    with pytest.raises(InputError) as caught:
        Source.from_bytes(b"first line\nCaf\x81 au lait", "x.txt", encoding="cp1252")
    (diagnostic,) = caught.value.diagnostics
    assert (diagnostic.code, diagnostic.position.line, diagnostic.position.column) == ("source-not-decodable", 2, 4)
    assert "not valid cp1252" in diagnostic.message
    assert "--encoding cp1252" not in diagnostic.hint and "code page" in diagnostic.hint
    # Latin-1 reads the byte as a control character, which no transcript means: refused, where it is.
    with pytest.raises(InputError) as caught:
        Source.from_bytes(b"first line\nCaf\x81", "x.txt", encoding="latin-1")
    (diagnostic,) = caught.value.diagnostics
    assert (diagnostic.code, diagnostic.position.line, diagnostic.position.column) == ("source-control-char", 2, 4)
    assert "code page" in diagnostic.hint


def test_windows_1252_read_as_latin_1_is_refused_not_written_as_invisible_characters():
    """Named Latin-1, a Windows-1252 file's quotation marks and dashes had become C1 control characters (U+0093,
    U+0094, U+0096) in a valid edition, without a word."""
    with pytest.raises(InputError) as caught:
        Source.from_bytes(b"He said \x93very well\x94 \x96 twice.\n", "x.txt", encoding="latin-1")
    (diagnostic,) = caught.value.diagnostics
    assert (diagnostic.code, diagnostic.position.line, diagnostic.position.column) == ("source-control-char", 1, 9)
    assert "\u201c" in diagnostic.message and "--encoding cp1252" in diagnostic.hint
    assert Source.from_bytes(b"He said \x93very well\x94.\n", encoding="cp1252").text == "He said \u201cvery well\u201d.\n"
    assert Source.from_bytes("caf\u00e9 \u00ab\u00a0ok\u00a0\u00bb".encode(), encoding="utf-8").text  # (Latin-1's own: kept)


def test_control_character_is_refused_with_position():
    with pytest.raises(InputError) as caught:
        Source.from_text("ok\nab\x01cd", "x.txt")
    (diagnostic,) = caught.value.diagnostics
    assert diagnostic.code == "source-control-char"
    assert (diagnostic.position.line, diagnostic.position.column) == (2, 3)


def test_hard_wrapped_lines_join_with_one_space():
    result = tei.encode("This line is\nwrapped   here\n  and here.", name="x")
    assert body_text(result) == "This line is wrapped here and here."


def test_xml_special_characters_are_text():
    text = 'STALIN says a < b & c > d "quoted" \'too\'.'
    result = tei.encode(text, name="x")
    assert b"a &lt; b &amp; c &gt; d" in result.to_bytes()
    assert "".join(result.tree.find(".//t:sp/t:p", NS).itertext()) == text[len("STALIN "):]


def test_cdata_end_is_kept_as_stray_brackets_and_text():
    result = tei.encode("STALIN says x ]]> y.", name="x")
    p = result.tree.find(".//t:sp/t:p", NS)
    assert "".join(p.itertext()) == "says x ]]> y."
    assert [w.code for w in result.warnings] == ["bracket-stray", "bracket-stray"]


@pytest.mark.parametrize("char", ["\x00", "\x08", "\x0b", "\x1f", "\ufffe", "\uffff", "\ud800", "\udfff"])
def test_every_forbidden_character_is_found_in_non_ascii_text(char):
    # The quick test that a text has none must never miss one, wherever the text is not ASCII.
    with pytest.raises(InputError) as caught:
        Source.from_text(f"Sørensen says\nab{char}cd “x”", "x.txt")
    (diagnostic,) = caught.value.diagnostics
    assert diagnostic.message.startswith(f"character U+{ord(char):04X}")
    assert (diagnostic.position.line, diagnostic.position.column) == (2, 3)


@pytest.mark.parametrize("text", ["", "a", "a\n", "\n\n", "ab\ncd\n\nef", "é\n\u2028x\n"])
def test_line_starts_follow_every_line_feed(text):
    source = Source.from_text(text)
    assert list(source.line_starts) == [0] + [i + 1 for i, c in enumerate(text) if c == "\n"]
    assert [line for _, line in source.lines()] == text.split("\n")


def test_the_encoding_named_by_the_option_then_the_sidecar_then_the_collection(tmp_path):
    """`tei encode --encoding` (the call's own) over the sidecar's `encoding` over `tei build --encoding`."""
    source = tmp_path / "r.txt"
    source.write_bytes("MR CHAIRMAN said the caf\u00e9 was closed.\n".encode("cp1252"))
    with pytest.raises(InputError):
        tei.encode(source)
    assert "caf\u00e9" in tei.encode(source, default_encoding="cp1252").to_bytes().decode()
    (tmp_path / "r.toml").write_text('encoding = "cp1252"\n')
    assert "caf\u00e9" in tei.encode(source).to_bytes().decode()
    assert "caf\u00e9" in tei.encode(source, default_encoding="utf-16").to_bytes().decode()  # the sidecar's wins
    (tmp_path / "r.toml").write_text('encoding = "utf-8"\n')
    assert "caf\u00e9" in tei.encode(source, encoding="cp1252").to_bytes().decode()  # the option wins
    with pytest.raises(InputError):
        tei.encode(source)


def test_an_unknown_encoding_in_a_sidecar_is_refused_at_its_key(tmp_path):
    from tei import metadata

    (tmp_path / "r.toml").write_text('title = "T"\n  encoding = "klingon"\n')
    with pytest.raises(InputError) as caught:
        metadata.load(tmp_path / "r.toml")
    (diagnostic,) = caught.value.diagnostics
    assert diagnostic.code == "sidecar-field" and "unknown encoding 'klingon'" in diagnostic.message
    assert (diagnostic.position.line, diagnostic.position.column) == (2, 3)


@pytest.mark.parametrize("data, says", [
    (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n", "a PDF's"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "a PNG image's"),
    (b"PK\x03\x04\x14\x00\x06\x00word/document.xml", "a ZIP archive's"),
])
def test_a_file_that_is_no_text_is_named_so_whatever_encoding_is_named(data, says):
    """A PDF saved as .txt had been told to name Latin-1 or Windows-1252, which read any bytes into an edition."""
    for encoding in (None, "latin-1"):
        with pytest.raises(InputError) as caught:
            tei.encode(data, name="r.txt", encoding=encoding)
        (diagnostic,) = caught.value.diagnostics
        assert diagnostic.code == "source-not-text" and says in diagnostic.message
        assert (diagnostic.position.line, diagnostic.position.column) == (1, 1) and ".txt" in diagnostic.hint
    assert "PDF" in tei.encode(b"PDF-1.4 is the format of the files.\n", name="r.txt").to_bytes().decode()
