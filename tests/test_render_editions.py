"""editions/ holds each edition's HTML, text and PDF, and they are what the renderer makes now.

Regenerate on purpose with ``./scripts/build`` (``tei build seeds -o editions``: the editions are a collection's,
each HTML linking the collection's index and the record's other formats; ``tei render`` makes the same pages without
those links), then review the diff like code.

HTML and text are compared byte for byte. The PDF is compared by content
(pdftotext), since its bytes depend on the fonts and the WeasyPrint version
installed; two renderings on one machine are byte-identical (no dates).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from conftest import EDITIONS

import tei
from tei import corpus, xmlio
from tei.render import render_html, render_pdf, render_text

EDITION_FILES = sorted(EDITIONS.glob("*.xml"))
SEED = EDITIONS / "stalin-zhou-1952-09-19.xml"
IN_CI = os.environ.get("CI", "").lower() == "true"


def need(ok: bool, reason: str) -> None:
    """Skip, saying why — except in CI, where what the test needs must be installed."""
    if not ok:
        if IN_CI:
            pytest.fail(f"{reason} (CI installs it: .ci/apt-packages and the pdf extra)")
        pytest.skip(reason)


def weasyprint_ok() -> bool:
    try:
        import weasyprint  # noqa: F401
    except (ImportError, OSError):
        return False
    return True


@pytest.mark.parametrize("edition", EDITION_FILES, ids=lambda p: p.stem)
def test_html_golden(edition):
    golden = edition.with_suffix(".html")
    assert golden.is_file(), f"{golden} is missing: render it (see this module's docstring)"
    built = [fmt for fmt, suffix in corpus.SUFFIXES.items() if edition.with_suffix(suffix).is_file()]
    assert golden.read_text(encoding="utf-8") == render_html(xmlio.parse_file(edition),
                                                             siblings=corpus.siblings(edition.stem, built)), \
        f"{golden} differs from a new rendering: regenerate and review"


@pytest.mark.parametrize("edition", EDITION_FILES, ids=lambda p: p.stem)
def test_text_golden(edition):
    golden = edition.with_suffix(".txt")
    assert golden.is_file(), f"{golden} is missing: render it (see this module's docstring)"
    assert golden.read_text(encoding="utf-8") == render_text(xmlio.parse_file(edition)), \
        f"{golden} differs from a new rendering: regenerate and review"


def pdf_text(data: bytes, tmp_path: Path) -> str:
    path = tmp_path / "edition.pdf"
    path.write_bytes(data)
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True, timeout=60)
    return out.stdout.decode("utf-8")


def pdf_words(text: str) -> list[str]:
    # Words the PDF hyphenated at a line end are joined again (U+2010, the hyphen WeasyPrint inserts).
    return re.findall(r"\w+", re.sub(r"\u2010\s*\n\s*", "", text))


@pytest.fixture(scope="module")
def seed_pdf() -> bytes:
    need(weasyprint_ok(), "WeasyPrint is not installed: pip install 'tei-encoder[pdf]'")
    return render_pdf(xmlio.parse_file(SEED))


@pytest.fixture()
def pdftotext():
    need(shutil.which("pdftotext") is not None and shutil.which("pdfinfo") is not None,
         "pdftotext/pdfinfo are not installed (Debian: poppler-utils)")


def test_pdf_has_turns_notes_pages_and_running_head(seed_pdf, pdftotext, tmp_path):
    assert seed_pdf.startswith(b"%PDF-")
    text = pdf_text(seed_pdf, tmp_path)
    pages = text.split("\f")
    assert len([p for p in pages if p.strip()]) >= 5
    flat = " ".join(text.split())
    assert flat.count("ZHOU ENLAI") >= 35 and flat.count("MOLOTOV") >= 2
    assert "STALIN, opening the conversation with the Mexican proposal" in flat
    assert "also Soong Chingling; widow of Chinese nationalist Sun Yat-sen" in flat  # a gloss note
    assert "↩" not in flat  # (a note's way back to its marker is the screen's: on paper it led nowhere)
    assert all(f"[p. {n}]" in flat for n in range(2, 7))
    # The running head on every page after the first, and a page number at the foot of each.
    for number, page in enumerate(pages[1:-1], start=2):
        lines = [line.strip() for line in page.splitlines() if line.strip()]
        assert lines[0] == "Minutes of Conversation between I.V. Stalin and Zhou Enlai", number
        assert lines[-1] == str(number)


def test_pdf_sets_the_persons_one_a_line(seed_pdf, pdftotext, tmp_path):
    # One column on paper: every person's entry starts a line of its own, in the register's order
    # (two balanced columns had set two persons on a line, and took a third of a PDF's time).
    path = tmp_path / "edition.pdf"
    path.write_bytes(seed_pdf)
    out = subprocess.run(["pdftotext", "-layout", "-enc", "UTF-8", str(path), "-"], capture_output=True,
                         check=True, timeout=60).stdout.decode("utf-8")
    persons = out[out.index("\nPersons\n"):out.index("Editorial conventions")]
    entries = [line.strip() for line in persons.splitlines()[2:] if line.strip()]
    assert [entry.split(" — ")[0] for entry in entries] == [
        "I.V. Stalin", "Zhou Enlai", "V.M. Molotov", "Malenkov", "Beria", "Mikoyan", "Bulganin",
        "A. Vyshinskii, recorded the conversation", "N. Fedorenko, recorded the conversation", "Li Fuchun",
        "Zhang Wentian", "Su Yu", "Shi Zhe"], entries


def test_pdf_is_a4_and_deterministic(seed_pdf, pdftotext, tmp_path):
    path = tmp_path / "edition.pdf"
    path.write_bytes(seed_pdf)
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, check=True, timeout=60).stdout.decode()
    assert re.search(r"^Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)", info, re.MULTILINE), info
    assert "CreationDate" not in info and "ModDate" not in info
    assert render_pdf(xmlio.parse_file(SEED)) == seed_pdf


@pytest.mark.parametrize("edition", EDITION_FILES, ids=lambda p: p.stem)
def test_pdf_golden_by_content(edition, seed_pdf, pdftotext, tmp_path):
    golden = edition.with_suffix(".pdf")
    assert golden.is_file(), f"{golden} is missing: render it (see this module's docstring)"
    fresh = seed_pdf if edition == SEED else render_pdf(xmlio.parse_file(edition))
    assert pdf_words(pdf_text(golden.read_bytes(), tmp_path)) == pdf_words(pdf_text(fresh, tmp_path)), \
        f"{golden}'s text differs from a new rendering: regenerate and review"


# Records written for the test, one a language; the font each must be set in (Noto's serif CJK faces,
# which .ci/apt-packages installs), in the glyph forms of its language.
CJK_RECORDS = {
    "zh": ("会谈记录\n\n毛泽东：我们的老朋友不赞成了。\n\n尼克松：他称主席为匪。\n\n毛泽东：叫我们是共匪。\n",
           "Noto-Serif-CJK-SC"),
    "ja": ("会談記録\n\n佐藤首相：本日はありがとうございます。\n\n大統領：こちらこそ。\n\n佐藤首相：では始めましょう。\n",
           "Noto-Serif-CJK-JP"),
    "ko": ("회담 기록\n\n박정희: 먼 길을 오셨습니다.\n\n대통령: 감사합니다.\n\n박정희: 시작합시다.\n", "Noto-Serif-CJK-KR"),
}


@pytest.mark.parametrize("language", sorted(CJK_RECORDS))
def test_pdf_sets_chinese_japanese_korean_in_their_own_serif(language, pdftotext, tmp_path):
    """Without a CJK face in the stylesheet the PDF printed each character as an empty box, or in a sans face
    of another language's glyph forms (Chinese fell back to Japanese)."""
    need(weasyprint_ok(), "WeasyPrint is not installed: pip install 'tei-encoder[pdf]'")
    listed = subprocess.run(["fc-list", ":", "family"], capture_output=True, text=True).stdout
    need("Noto Serif CJK" in listed, "no Noto Serif CJK font is installed (Debian: fonts-noto-cjk)")
    transcript, font = CJK_RECORDS[language]
    result = tei.encode(transcript, name=f"{language}.txt")
    assert result.tree.getroot().find("{http://www.tei-c.org/ns/1.0}text").get(
        "{http://www.w3.org/XML/1998/namespace}lang") == language
    path = tmp_path / f"{language}.pdf"
    path.write_bytes(render_pdf(result.tree))
    fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True, timeout=60).stdout
    used = {line.split()[0].split("+", 1)[-1] for line in fonts.splitlines()[2:]}
    assert font in used and not {name for name in used if "CJK" in name} - {n for n in used if n.startswith(font)}
    printed = "".join(pdf_text(path.read_bytes(), tmp_path).split())
    for paragraph in transcript.split("\n\n")[1:]:
        assert "".join(paragraph.split()) in printed


def test_a_lists_bullets_print_as_bullets_in_the_pdf(pdftotext, tmp_path):
    """EB Garamond's bullet, as Debian packages it, printed as a raised "A" before every item of a list; the
    bullet is drawn from DejaVu Serif (a face the stylesheet names by local(), the one file WeasyPrint may read)."""
    need(weasyprint_ok(), "WeasyPrint is not installed: pip install 'tei-encoder[pdf]'")
    from lxml import etree

    tree = etree.ElementTree(etree.fromstring(
        b'<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body><list><item>Gale Allen</item><item>Jack Pfeiffer'
        b'</item></list><p>A bullet \xe2\x80\xa2 in the words.</p></body></text></TEI>'))
    path = tmp_path / "list.pdf"
    path.write_bytes(render_pdf(tree))
    fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, check=True, timeout=60).stdout.decode()
    assert "Edition-Bullet" in fonts
    assert "• Gale Allen" in pdf_text(path.read_bytes(), tmp_path)


def test_the_pdf_reads_no_file_but_a_typeface_in_the_machines_folders_of_typefaces(tmp_path, monkeypatch):
    from tei import render

    fonts = tmp_path / "fonts"
    fonts.mkdir()
    (fonts / "face.ttf").write_bytes(b"a typeface's bytes")
    (fonts / "notes.txt").write_bytes(b"no typeface")
    (tmp_path / "face.ttf").write_bytes(b"a typeface's name, not in a folder of typefaces")
    monkeypatch.setattr(render, "_font_folders", lambda: [fonts])
    for url in ("file:///etc/passwd", (fonts / "notes.txt").as_uri(), (tmp_path / "face.ttf").as_uri(),
                (fonts / ".." / "face.ttf").as_uri(), (fonts / "%2e%2e" / "face.ttf").as_uri().replace("%252e", "%2e"),
                "https://example.org" + (fonts / "face.ttf").as_uri()[len("file://"):]):
        with pytest.raises(ValueError, match="refusing to fetch"):
            render._refuse_fetch(url)
    need(weasyprint_ok(), "WeasyPrint is not installed: pip install 'tei-encoder[pdf]'")
    assert render._refuse_fetch((fonts / "face.ttf").as_uri()).read() == b"a typeface's bytes"
