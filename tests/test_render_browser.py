"""The HTML edition in a real browser: headless Chromium loads it, its note links work, a screenshot.

Chromium's own console log (``--enable-logging=stderr``) reports every console
message of the page, Content-Security-Policy violations included, as a
``:CONSOLE`` line: the page must produce none. ``--dump-dom`` gives the DOM
after loading, where every ``#fragment`` link must find its anchor and every
note must link back to its marker. The screenshot goes to ``artefacts/``
(git-ignored) for the build's artefacts.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest
from lxml import html as lhtml

from conftest import EDITIONS, ROOT

from tei import xmlio
from tei.render import render_html

ARTEFACTS = ROOT / "artefacts"
SEED = EDITIONS / "stalin-zhou-1952-09-19.xml"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--hide-scrollbars", "--enable-logging=stderr", "--v=0"]


def chromium() -> str:
    path = shutil.which("chromium") or shutil.which("chromium-browser")
    if path is None:
        reason = "Chromium is not installed (Debian: apt-get install chromium)"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"{reason}; .ci/apt-packages should bring it")
        pytest.skip(reason)
    return path


def run_chromium(page: Path, *args: str) -> subprocess.CompletedProcess:
    with tempfile.TemporaryDirectory(prefix="tei-chromium-") as profile:
        return subprocess.run([chromium(), *FLAGS, f"--user-data-dir={profile}", *args, page.resolve().as_uri()],
                              capture_output=True, timeout=120, check=False)


def console_lines(stderr: bytes) -> list[str]:
    return [line for line in stderr.decode("utf-8", "replace").splitlines() if ":CONSOLE" in line]


@pytest.fixture(scope="module")
def page(tmp_path_factory) -> Path:
    chromium()
    path = tmp_path_factory.mktemp("browser") / "stalin-zhou-1952-09-19.html"
    path.write_text(render_html(xmlio.parse_file(SEED)), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def loaded(page):
    result = run_chromium(page, "--dump-dom")
    assert result.returncode == 0, result.stderr.decode("utf-8", "replace")[-2000:]
    return result


def test_loads_without_console_errors(loaded):
    assert console_lines(loaded.stderr) == []


def test_console_check_sees_a_blocked_script(tmp_path):
    """The check above can fail: a page with a script gets a CSP violation on the console."""
    bad = tmp_path / "bad.html"
    bad.write_text(render_html(xmlio.parse_file(SEED)).replace("</main>", "<script>console.log(1)</script></main>"),
                   encoding="utf-8")
    lines = console_lines(run_chromium(bad, "--dump-dom").stderr)
    assert any("Content Security Policy" in line for line in lines), lines


def test_dom_has_the_edition(loaded):
    dom = lhtml.document_fromstring(loaded.stdout)
    assert dom.get("lang") == "en"
    assert dom.findtext(".//title") == "Minutes of Conversation between I.V. Stalin and Zhou Enlai"
    for landmark in ("header", "nav", "main", "footer", "aside"):
        assert dom.xpath(f"//{landmark}"), landmark
    assert len(dom.xpath("//main//div[@class='sp']")) == 72


def test_note_links_go_to_their_notes_and_back(loaded):
    dom = lhtml.document_fromstring(loaded.stdout)
    ids = {e.get("id"): e for e in dom.xpath("//*[@id]")}
    fragments = [h for h in dom.xpath("//a/@href") if h.startswith("#")]
    assert fragments and all(h[1:] in ids for h in fragments), [h for h in fragments if h[1:] not in ids]
    markers = dom.xpath("//main//a[@class='noteref']")
    assert len(markers) == 4
    for marker in markers:
        note = ids[marker.get("href")[1:]]
        assert note.tag == "li" and note.getparent().get("class") == "endnotes"
        (back,) = note.xpath(".//a[@class='backref']")
        assert back.get("href") == f"#{marker.get('id')}"


def test_screenshot(page):
    ARTEFACTS.mkdir(exist_ok=True)
    shot = ARTEFACTS / "stalin-zhou-1952-09-19.png"
    shot.unlink(missing_ok=True)
    result = run_chromium(page, f"--screenshot={shot}", "--window-size=1200,1600")
    assert result.returncode == 0 and shot.is_file()
    data = shot.read_bytes()
    assert data.startswith(b"\x89PNG") and len(data) > 50_000  # a page of text, not a blank one


def test_printed_from_the_browser_the_pages_and_paragraphs_keep_their_numbers(page, tmp_path):
    """A reader who prints the HTML edition can cite it: Chromium cut what stood in the page's margin, the
    pages' numbers and the paragraphs' (none of "[p. 2]" … "[p. 6]" was printed, nor 1 … 80)."""
    if shutil.which("pdftotext") is None:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail("pdftotext is not installed; .ci/apt-packages should bring poppler-utils")
        pytest.skip("pdftotext is not installed (Debian: poppler-utils)")
    printed = tmp_path / "printed.pdf"
    result = run_chromium(page, "--no-pdf-header-footer", f"--print-to-pdf={printed}")
    assert result.returncode == 0 and printed.is_file()
    text = subprocess.run(["pdftotext", "-layout", str(printed), "-"], capture_output=True, check=True,
                          timeout=60).stdout.decode("utf-8")
    assert all(f"[p. {n}]" in text for n in range(2, 7))
    numbers = {int(line.split()[0]) for line in text.splitlines() if line[:1].isdigit() and line.split()[0].isdigit()}
    assert len(numbers & set(range(1, 81))) >= 60  # (a number beside a list's is read into its line)
