"""How long rendering takes, next to lxml's own parse + serialise of the same file.

    .venv/bin/python benchmarks/render.py [--repeat 5] [FILE ...]

Without FILEs: the seed's edition and the large FRUS sample (a book-length
volume, 2.2 MB), found through $TEI_SAMPLES or beside $TEI_ALL_RNG, else at
../shared/samples. Each figure is the best of --repeat runs (the least noisy
estimate of what the code costs; the PDF's of at most three, and only for a
file under 200 kB); the ratio is to lxml's parse + serialise.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

from lxml import etree

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tei import xmlio  # noqa: E402
from tei.corpus import pdf_available  # noqa: E402
from tei.render import render_html, render_pdf, render_text  # noqa: E402

PDF_AT_MOST = 200_000  # bytes of TEI


def default_files() -> list[Path]:
    if os.environ.get("TEI_SAMPLES"):
        samples = Path(os.environ["TEI_SAMPLES"])
    elif os.environ.get("TEI_ALL_RNG"):
        samples = Path(os.environ["TEI_ALL_RNG"]).parent.parent / "samples"
    else:
        samples = ROOT.parent / "shared" / "samples"
    files = [ROOT / "editions" / "stalin-zhou-1952-09-19.xml", samples / "frus-frus-history.xml"]
    return [f for f in files if f.is_file()]


def best(run, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return min(times)


def measure(path: Path, repeat: int) -> list[tuple[str, float]]:
    data = path.read_bytes()
    tree = xmlio.parse_bytes(data, str(path))
    baseline = best(lambda: etree.tostring(etree.fromstring(data, xmlio.parser())), repeat)
    return [
        ("lxml parse + serialise", baseline),
        ("render html (from a tree)", best(lambda: render_html(tree), repeat)),
        ("render text (from a tree)", best(lambda: render_text(tree), repeat)),
        ("render text --diplomatic", best(lambda: render_text(tree, diplomatic=True), repeat)),
        ("parse + render html", best(lambda: render_html(xmlio.parse_bytes(data)), repeat)),
    ] + pdf(tree, len(data), repeat)


def pdf(tree, size: int, repeat: int) -> list[tuple[str, float]]:
    """The PDF (the pdf extra's WeasyPrint), for a file of a record's size: a book-length one takes minutes."""
    if size > PDF_AT_MOST or not pdf_available():
        return []
    render_pdf(tree)  # WeasyPrint's fonts and stylesheets loaded once, outside the timing
    return [("render pdf (from a tree)", best(lambda: render_pdf(tree), min(repeat, 3)))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    files = args.files or default_files()
    if not files:
        print("no files to measure: give FILEs or set TEI_SAMPLES", file=sys.stderr)
        return 2
    render_html(xmlio.parse_file(files[0]))  # load the templates once, outside the timings
    for path in files:
        results = measure(path, args.repeat)
        baseline = results[0][1]
        print(f"{path.name} ({path.stat().st_size / 1e6:.2f} MB), best of {args.repeat}")
        for label, seconds in results:
            print(f"  {label:28} {seconds * 1000:9.1f} ms  {seconds / baseline:7.1f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
