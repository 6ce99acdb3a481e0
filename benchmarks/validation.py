"""How fast validation is, in one run: compile once, then per document; lxml in-process against jing.

    TEI_ALL_RNG=../shared/schemas/tei_all.rng .venv/bin/python benchmarks/validation.py [FILE] [--runs N]

FILE defaults to the seed's edition. Printed, as a table:
- the project's schema: compile time; per-document RELAX NG time (median and best of N runs after
  the first); the Schematron rules; the whole ``validate_file`` (read, parse, both checks);
- TEI's full schema (when TEI_ALL_RNG names it): compile time and per-document time (timed in
  alternation with the project's, so that both see the same machine);
- jing (when installed), on the same file with the same schemas: the wall time of one process (JVM
  start, schema load, validation) and jing's own figures (``-t``: schema load + validation), and the
  per-document time inside one warm JVM (the file given N times).
Timings are wall-clock on this machine: compare rows, not machines.
"""

from __future__ import annotations

import argparse
import gc
import os
import re
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from lxml import etree  # noqa: E402

from tei import validation, xmlio  # noqa: E402
from tei.rngquick import WARM_UP  # noqa: E402

DEFAULT_FILE = ROOT / "editions" / "stalin-zhou-1952-09-19.xml"


def timed(action, runs: int) -> tuple[float, float, float]:
    """(first, median of the rest, best of the rest) in milliseconds; the collector paused while timing.

    Both the median and the best are printed: on a shared (virtual) machine the median moves with
    the neighbours, the best shows what the code costs.
    """
    gc.collect()
    gc.disable()
    try:
        times = []
        for _ in range(runs + 1):
            started = time.perf_counter()
            action()
            times.append((time.perf_counter() - started) * 1000)
    finally:
        gc.enable()
    return times[0], statistics.median(times[1:]), min(times[1:])


def once(action) -> tuple[object, float]:
    started = time.perf_counter()
    value = action()
    return value, (time.perf_counter() - started) * 1000


def jing_figures(jing: str, schema: Path, document: Path, runs: int) -> tuple[float, str, float]:
    """(wall ms of one process, jing's own '-t' figures, per-document ms in one warm JVM)."""
    walls, own = [], ""
    for _ in range(3):
        started = time.perf_counter()
        done = subprocess.run([jing, "-t", str(schema), str(document)], capture_output=True, text=True)
        walls.append((time.perf_counter() - started) * 1000)
        own = " ".join(re.findall(r"Elapsed time (\S+) milliseconds", done.stdout)) or done.stdout.strip()[:40]
    many = subprocess.run([jing, "-t", str(schema), *[str(document)] * runs], capture_output=True, text=True).stdout
    match = re.search(r"\+(\d+)=", many)
    warm = int(match.group(1)) / runs if match else float("nan")
    return statistics.median(walls), own, warm


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file", nargs="?", type=Path, default=DEFAULT_FILE)
    parser.add_argument("--runs", type=int, default=200, help="timed runs after the first (default 200)")
    args = parser.parse_args()
    data = args.file.read_bytes()
    tree = xmlio.parse_bytes(data, str(args.file), lenient_ids=True)
    elements = sum(1 for _ in tree.getroot().iter(etree.Element))
    rows: list[tuple[str, str]] = []

    project, compile_ms = once(validation.project_schema)
    rows.append(("project schema: compile (RELAX NG + Schematron)", f"{compile_ms:8.1f} ms"))
    tei_all = os.environ.get("TEI_ALL_RNG")
    full = None
    if tei_all and Path(tei_all).is_file():
        full, full_compile_ms = once(lambda: validation.tei_all_schema(tei_all))
    # Project and tei_all are timed in alternation, so that both see the same machine.
    both = [(project, []), (full, [])] if full else [(project, [])]
    gc.disable()
    for _ in range(args.runs + 1):
        for schema, times in both:
            started = time.perf_counter()
            schema.relaxng.validate(tree)
            times.append((time.perf_counter() - started) * 1000)
    gc.enable()
    first, median, best = both[0][1][0], statistics.median(both[0][1][1:]), min(both[0][1][1:])
    rows.append(("project RELAX NG, first document", f"{first:8.2f} ms"))
    rows.append(("project RELAX NG, per document after the first", f"{median:8.2f} ms median, {best:.2f} best"))
    for _ in range(WARM_UP):  # past the warm-up: the grammar pruned for this document's attributes
        project.valid(tree)
    _, median, best = timed(lambda: project.valid(tree), args.runs)
    rows.append(("project RELAX NG verdict, pruned grammar (tei/rngquick.py)",
                 f"{median:8.2f} ms median, {best:.2f} best"))
    _, median, best = timed(lambda: project.schematron.validate(tree), max(20, args.runs // 4))
    rows.append(("project Schematron rules, per document", f"{median:8.2f} ms median, {best:.2f} best"))
    _, median, best = timed(lambda: validation.validate_file(args.file), max(20, args.runs // 4))
    rows.append(("validate_file (read, parse, RELAX NG, Schematron)", f"{median:8.2f} ms median, {best:.2f} best"))

    if full:
        times = both[1][1][1:]
        rows.append(("tei_all: compile (RELAX NG)", f"{full_compile_ms:8.1f} ms"))
        rows.append(("tei_all RELAX NG, per document after the first",
                     f"{statistics.median(times):8.2f} ms median, {min(times):.2f} best"))
    else:
        rows.append(("tei_all", "skipped: set TEI_ALL_RNG"))

    jing = shutil.which("jing")
    if jing:
        schemas = [("project", ROOT / "schema" / "tei-encoder.rng")]
        if tei_all and Path(tei_all).is_file():
            schemas.append(("tei_all", Path(tei_all)))
        for label, schema_path in schemas:
            wall, own, warm = jing_figures(jing, schema_path, args.file, 50)
            rows.append((f"jing {label}: one process (wall)", f"{wall:8.0f} ms  (jing -t: load+validate {own})"))
            rows.append((f"jing {label}: per document, one JVM, file given 50 times", f"{warm:8.2f} ms"))
    else:
        rows.append(("jing", "skipped: not installed (apt-get install jing)"))

    print(f"{args.file.name}: {len(data):,} bytes, {elements} elements; lxml {etree.__version__}, "
          f"libxml2 {'.'.join(map(str, etree.LIBXML_VERSION))}")
    width = max(len(label) for label, _ in rows)
    for label, value in rows:
        print(f"  {label:<{width}}  {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
