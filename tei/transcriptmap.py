"""Which transcript line made an element of an encoded document.

An editor fixes the transcript, not the XML; so an error in a document the
encoder made also names the transcript's line and column, from the spans the
encoder records by xml:id. For a file on disk, that means encoding its
transcript again.
"""

from __future__ import annotations

import functools
import json
from pathlib import Path
from urllib.parse import unquote

from lxml import etree

from .diagnostics import TeiError
from .encoder import encode
from .ns import TEI, XML_ID


class TranscriptMap:
    """Transcript positions of the elements of a document the encoder made (by xml:id)."""

    def __init__(self, result, label: str) -> None:
        self.result = result  # the EncodeResult that made the document
        self.label = label

    @classmethod
    def from_result(cls, result) -> "TranscriptMap":
        return cls(result, result.source.name or "<transcript>")

    @classmethod
    def find(cls, tree: etree._ElementTree, base: Path | None, folder: Path | None) -> "TranscriptMap | None":
        """Re-encode the transcript named in the header, if it is in ``folder``, in ../seeds or beside the file (in
        that order: beside an edition that ``tei build`` made stands its text edition, of the transcript's name)."""
        root = tree.getroot()
        named = root.find(f".//{{{TEI}}}publicationStmt//{{{TEI}}}idno[@type='transcript']")
        ref = root.find(f".//{{{TEI}}}publicationStmt//{{{TEI}}}ref[@type='transcript']")  # (as editions had it)
        written = (named.text or "").strip() if named is not None else unquote(ref.get("target") or "") \
            if ref is not None else ""
        if not written or base is None and folder is None:
            return None
        file_name = Path(written).name
        base = base or Path(".")
        built, built_from = _build_of(base)
        # In a folder a build wrote, the file of the transcript's name beside the edition is its text edition: the
        # transcript is in the folder the build read (its manifest says which), else in ../seeds.
        candidates = ([folder / file_name] if folder else []) + ([built_from / file_name] if built_from else []) \
            + [base.parent / "seeds" / file_name] + ([] if built else [base / file_name])
        for candidate in candidates:
            if candidate.is_file():
                return _encoded(str(candidate), candidate.stat().st_mtime_ns)
        return None

    def locate(self, element: etree._Element) -> str | None:
        """``transcript.txt:line:column`` of the nearest element (or ancestor) the encoder recorded."""
        node = element
        while node is not None:
            ident = node.get(XML_ID)
            if ident and ident in self.result.spans:
                position = self.result.position(ident)
                if position is not None:
                    return f"{self.label}:{position.line}:{position.column}"
            node = node.getparent()
        return None


def _build_of(folder: Path) -> tuple[bool, Path | None]:
    """Whether a collection's build wrote into ``folder`` (its manifest is there), and the folder of transcripts it
    read, as the manifest names it."""
    from .corpus import BUILT_FROM, MANIFEST  # (the build validates: imported here, not at the module's head)

    try:
        with open(folder / MANIFEST, encoding="utf-8") as handle:
            recorded = json.load(handle)
    except FileNotFoundError:
        return False, None
    except (OSError, ValueError):
        return True, None
    seeds = recorded.get(BUILT_FROM) if isinstance(recorded, dict) else None
    return True, Path(seeds) if isinstance(seeds, str) else None


@functools.lru_cache(maxsize=32)
def _encoded(path: str, _mtime: int) -> TranscriptMap | None:
    """Encoding takes a while: once per process and version of the transcript."""
    try:
        return TranscriptMap(encode(Path(path)), path)
    except TeiError:
        return None
