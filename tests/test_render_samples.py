"""TEI that others wrote (FRUS, DraCor in shared/samples) renders without losing text.

"No text lost", defined: take the words (``\\w+``, case-folded) of every text
node under the document's ``<text>``, in document order. The rendering must
contain every one of them as often (a multiset), and the words outside notes
must appear in the same order (a subsequence: the rendering may add words —
headings, note numbers — but never drop or reorder the text's own). Notes are
left out of the order check only, because a reading edition moves them to the
end. Nothing else is excluded.
"""

from __future__ import annotations

import os
import re
from collections import Counter
from pathlib import Path

import pytest
from lxml import html as lhtml

from tei import xmlio
from tei.ns import TEI
from tei.render import render_html, render_text

_WORD = re.compile(r"\w+")


def _samples_folder() -> Path | None:
    if os.environ.get("TEI_SAMPLES"):
        return Path(os.environ["TEI_SAMPLES"])
    if os.environ.get("TEI_ALL_RNG"):
        return Path(os.environ["TEI_ALL_RNG"]).parent.parent / "samples"
    return None


def _samples() -> list[Path]:
    folder = _samples_folder()
    return sorted(folder.glob("*.xml")) if folder and folder.is_dir() else []


def words(text: str) -> list[str]:
    return [w.casefold() for w in _WORD.findall(text)]


def source_words(tree) -> tuple[list[str], list[str]]:
    """All words of <text>, and those outside notes, each in document order."""
    text = tree.getroot().find(f"{{{TEI}}}text")
    everything = words(" ".join(text.itertext()))
    outside: list[str] = []

    def walk(element) -> None:
        if element.tag == f"{{{TEI}}}note":
            return
        outside.extend(words(element.text or ""))
        for child in element:
            if isinstance(child.tag, str):
                walk(child)
            outside.extend(words(child.tail or ""))

    walk(text)
    return everything, outside


def is_subsequence(needle: list[str], haystack: list[str]) -> int:
    """-1 if needle is a subsequence of haystack, else the index of the first word not found."""
    position = 0
    for index, word in enumerate(needle):
        while position < len(haystack) and haystack[position] != word:
            position += 1
        if position == len(haystack):
            return index
        position += 1
    return -1


def check_nothing_lost(tree, rendered: list[str]) -> None:
    everything, outside = source_words(tree)
    missing = Counter(everything) - Counter(rendered)
    assert not missing, f"words lost: {dict(list(missing.items())[:10])}"
    lost_at = is_subsequence(outside, rendered)
    assert lost_at == -1, f"order broken at word {lost_at}: {' '.join(outside[max(0, lost_at - 8):lost_at + 3])}"


def test_the_check_can_fail():
    assert is_subsequence(["a", "b"], ["b", "a"]) == 1
    assert is_subsequence(["a", "b"], ["a", "x", "b"]) == -1


def test_samples_are_found():
    if not _samples():
        reason = "no samples: set TEI_SAMPLES, or TEI_ALL_RNG beside shared/samples"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(reason)
        pytest.skip(reason)


@pytest.mark.parametrize("sample", _samples(), ids=lambda p: p.stem[:40])
def test_sample_text_keeps_every_word(sample):
    tree = xmlio.parse_file(sample)
    check_nothing_lost(tree, words(render_text(tree)))


@pytest.mark.parametrize("sample", _samples(), ids=lambda p: p.stem[:40])
def test_sample_html_keeps_every_word(sample):
    tree = xmlio.parse_file(sample)
    page = lhtml.document_fromstring(render_html(tree).encode("utf-8"))
    (main,) = page.xpath("//main")
    check_nothing_lost(tree, words(" ".join(main.itertext())))
    ids = page.xpath("//@id")
    assert len(ids) == len(set(ids)), "duplicate ids"
    assert {h[1:] for h in page.xpath("//a/@href") if h.startswith("#")} <= set(ids), "a link goes nowhere"
