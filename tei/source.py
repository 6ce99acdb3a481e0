"""Bytes → a normalised transcript text with a line index.

Normalisation (declared in every edition's ``editorialDecl``): a byte-order
mark is dropped, CRLF and CR become LF, the text is put in Unicode NFC. Line
numbers survive all of it, so every later position maps back to the line the
editor sees in their text editor.
"""

from __future__ import annotations

import bisect
import codecs
import re
import unicodedata
from array import array
from dataclasses import dataclass
from itertools import accumulate, count
from operator import add

from .diagnostics import Diagnostic, InputError, Position, error

# XML 1.0 forbids these characters outright; tab, LF and CR are allowed, and a
# form feed is a page break in a transcript, handled before this check.
_FORBIDDEN = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
# Every byte but those control characters: in UTF-8 a byte below 0x20 is only ever that character.
_NOT_CONTROL = bytes(b for b in range(256) if not (b <= 0x08 or b == 0x0B or 0x0E <= b <= 0x1F))

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


@dataclass(frozen=True)
class Source:
    """A transcript after decoding and normalisation."""

    text: str
    name: str | None
    line_starts: array  # of int: a long record's hundred thousand lines at 8 bytes each, not 36 as a tuple's ints

    @classmethod
    def from_text(cls, text: str, name: str | None = None) -> "Source":
        text = text.replace("\r\n", "\n").replace("\r", "\n")
        text = unicodedata.normalize("NFC", text)
        bad = _first_forbidden(text)
        starts = _line_starts(text)
        if bad:
            line, col = _locate(starts, bad.start())
            raise InputError(error(
                "source-control-char",
                f"character U+{ord(bad.group()):04X} is not allowed in XML 1.0",
                name, line, col,
                hint="remove it or replace it with a space; it is usually a stray control code from a PDF or word processor",
            ))
        c1 = None if text.isascii() else _C1.search(text)
        if c1:
            line, col = _locate(starts, c1.start())
            raise InputError(_c1_control(c1.group(), name, line, col))
        return cls(text, name, starts)

    @classmethod
    def from_bytes(cls, data: bytes, name: str | None = None, encoding: str | None = None,
                   fallback: str | None = None) -> "Source":
        return cls.from_text(decode(data, name, encoding, fallback), name)

    def position(self, offset: int) -> Position:
        starts = self.line_starts
        index = bisect.bisect_right(starts, offset) - 1  # as _locate, for every diagnostic
        return Position(index + 1, offset - starts[index] + 1)

    def lines(self) -> list[tuple[int, str]]:
        """(start offset, text) of every line, without the LF."""
        return list(zip(self.line_starts, self.text.split("\n")))


def decode(data: bytes, name: str | None = None, encoding: str | None = None, fallback: str | None = None) -> str:
    """The ``encoding`` named for this transcript; else the BOM's UTF-8/16/32, else UTF-8; else the ``fallback``
    named for a collection (its file's or ``tei build --encoding``), which reads only the transcripts that are
    not UTF-8: a folder's records re-saved as UTF-8 among its Windows-1252 ones had been garbled ("cafÃ©")."""
    kind = next((kind for magic, kind in _NOT_TEXT if data.startswith(magic)), None)
    if kind is not None:  # (its hint had been to name an encoding, Latin-1 or Windows-1252, which reads any bytes)
        raise InputError(error("source-not-text", f"not a text file: its bytes are {kind}", name, 1, 1,
                               hint="a transcript is plain text: save or export the record's text as a .txt file"))
    if encoding is not None:
        return _decoded(data, name, encoding)
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(codec)
            except UnicodeDecodeError as exc:
                raise _decode_error(data, exc, name, codec) from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        if fallback is None:
            raise _decode_error(data, exc, name, "utf-8") from None
    return _decoded(data, name, fallback)


# What a file that is no transcript begins with: a document or an image saved with the wrong name.
_NOT_TEXT = ((b"%PDF-", "a PDF's"), (b"\x89PNG\r\n\x1a\n", "a PNG image's"), (b"\xff\xd8\xff", "a JPEG image's"),
             (b"GIF8", "a GIF image's"), (b"II*\x00", "a TIFF image's"), (b"MM\x00*", "a TIFF image's"),
             (b"PK\x03\x04", "a ZIP archive's (a Word .docx or an OpenDocument file is one)"),
             (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Word or Excel file's"))


def _decoded(data: bytes, name: str | None, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except LookupError:
        raise InputError(error("source-encoding-unknown", f"unknown encoding {encoding!r}", name,
                               hint="use a Python codec name such as utf-8, latin-1 or cp1252")) from None
    except UnicodeDecodeError as exc:
        raise _decode_error(data, exc, name, encoding) from None


def byte_position(data: bytes, offset: int) -> tuple[int, int]:
    """The line and column (from 1) of a byte of a file that could not be decoded, counted in bytes."""
    before = data[:offset]
    return before.count(b"\n") + 1, offset - (before.rfind(b"\n") + 1) + 1


def _decode_error(data: bytes, exc: UnicodeDecodeError, name: str | None, codec: str) -> InputError:
    line, column = byte_position(data, exc.start)
    return InputError(error(
        "source-not-decodable",
        f"byte 0x{data[exc.start]:02X} at byte offset {exc.start} is not valid {codec}",
        name, line, column,
        hint=_CP1252_FAILS if codec.replace("-", "").lower() in ("cp1252", "windows1252") else _NOT_UTF8,
    ))


_NOT_UTF8 = ("the file is probably Windows-1252 or Latin-1: name its encoding (encoding = \"cp1252\" in its sidecar, "
             "or --encoding cp1252), or re-save it as UTF-8")
# (five bytes Windows-1252 leaves undefined, 0x81, 0x8D, 0x8F, 0x90 and 0x9D: Latin-1 reads every byte)
_CP1252_FAILS = ("Windows-1252 leaves this byte undefined, and Latin-1 reads it as a control character: the file is in "
                 "another code page (cp850, mac-roman …: name it in its sidecar, encoding = \"cp850\") or damaged")


# The C1 control characters: XML allows them, but a transcript never means one. They are what Latin-1 makes of
# Windows-1252's quotation marks and dashes (“ ” – as U+0093 U+0094 U+0096), which had been written into the
# edition as invisible characters, without a word.
_C1 = re.compile("[\x80-\x9f]")


def _c1_control(character: str, name: str | None, line: int, column: int) -> Diagnostic:
    try:
        meant = bytes([ord(character)]).decode("cp1252")
    except UnicodeDecodeError:  # (one of the five bytes Windows-1252 leaves undefined)
        return error("source-control-char", f"character U+{ord(character):04X} is a control character, which no "
                     "transcript means", name, line, column,
                     hint="the file is in another code page (cp850, mac-roman …) or damaged: name its encoding, or "
                          "re-save it as UTF-8")
    return error("source-control-char", f"character U+{ord(character):04X} is a control character, which no "
                 f"transcript means: its byte is {meant!r} in Windows-1252", name, line, column,
                 hint='the file is Windows-1252, not Latin-1: name its encoding as cp1252 (encoding = "cp1252" in '
                      "its sidecar, or --encoding cp1252)")


def _first_forbidden(text: str) -> re.Match | None:
    """The first character XML 1.0 forbids, if any.

    The pattern scans a text with other than ASCII in it slowly; the encoder (which meets
    any surrogate), the control bytes and the two non-characters' bytes say quickly that a
    text has none, and only a text that has one is scanned.
    """
    try:
        data = text.encode("utf-8")
    except UnicodeEncodeError:
        return _FORBIDDEN.search(text)
    if data.translate(None, _NOT_CONTROL) or b"\xef\xbf\xbe" in data or b"\xef\xbf\xbf" in data:
        return _FORBIDDEN.search(text)
    return None


def _line_starts(text: str) -> array:
    # Line k + 1 starts after the k + 1 lines before it and their LFs.
    starts = [0, *map(add, accumulate(map(len, text.split("\n"))), count(1))]
    starts.pop()
    packed = array("q")
    packed.fromlist(starts)
    return packed


def _locate(starts: array, offset: int) -> tuple[int, int]:
    index = bisect.bisect_right(starts, offset) - 1
    return index + 1, offset - starts[index] + 1
