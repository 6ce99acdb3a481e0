"""Size scaling counted in instructions (valgrind), not timed: the same figures on any machine.

    .venv/bin/python benchmarks/instructions.py [--scale 100] [--conventions minutes,colon,numbered,debate]

Times on a shared machine drift by a third from one minute to the next, so a
ratio of two times says little about whether a step is quadratic. This counts
the instructions each build stage (encode, validate, HTML + text) executes on a
seed-sized record and on one ``--scale`` times longer, under
``valgrind --tool=cachegrind``, and prints their ratio. Each count is the run
minus the same run that stops before the stage (interpreter start, imports,
schemas, generating the record), so only the stage is counted; each run is
past the RELAX NG grammar's warm-up (tei/rngquick.py), as a build's workers
soon are. What a count cannot show is time lost to memory: a long record's
tree does not fit in the processor's caches, and each node costs more to visit
(benchmarks/build.py times that). Needs valgrind (Debian: ``apt-get install valgrind``); about a
minute of CPU per stage and convention, run ``--jobs`` at a time.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from generate import CONVENTIONS  # noqa: E402

STAGES = ("encode", "validate", "render")
SMALL_REPEATS = 20  # the seed-sized record is run this often, so its count is well above the baseline's noise


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=int, default=100)
    parser.add_argument("--conventions", default=",".join(CONVENTIONS))
    parser.add_argument("-j", "--jobs", type=int, default=os.cpu_count() or 1, help="valgrind runs at once")
    args = parser.parse_args()
    if shutil.which("valgrind") is None:
        sys.exit("benchmarks/instructions.py needs valgrind (apt-get install valgrind)")
    conventions = args.conventions.split(",")
    runs = [(convention, scale, repeats, stage) for convention in conventions for stage in STAGES
            for scale, repeats in ((1, SMALL_REPEATS), (1, 0), (args.scale, 1), (args.scale, 0))]
    with ThreadPoolExecutor(args.jobs) as pool:  # each run is its own valgrind process
        counts = dict(zip(runs, pool.map(lambda run: count(*run), runs)))
    print(f"instructions per record (valgrind), seed-sized and ×{args.scale}; target under ×{args.scale}")
    print(f"  {'convention':<10} {'stage':<9} {'seed':>9} {'×' + str(args.scale):>10} {'ratio':>7}")
    for convention in conventions:
        totals = [0, 0]
        for stage in STAGES:
            small = (counts[convention, 1, SMALL_REPEATS, stage] - counts[convention, 1, 0, stage]) / SMALL_REPEATS
            large = counts[convention, args.scale, 1, stage] - counts[convention, args.scale, 0, stage]
            totals[0] += small
            totals[1] += large
            print(f"  {convention:<10} {stage:<9} {small / 1e6:>8.1f}M {large / 1e6:>9.0f}M {large / small:>6.0f}×")
        print(f"  {convention:<10} {'all':<9} {totals[0] / 1e6:>8.1f}M {totals[1] / 1e6:>9.0f}M "
              f"{totals[1] / totals[0]:>6.0f}×")


def count(convention: str, scale: int, repeats: int, stage: str) -> int:
    """Instructions of one run of this script's worker under cachegrind."""
    command = ["valgrind", "--tool=cachegrind", "--cache-sim=no", "--cachegrind-out-file=/dev/null",
               sys.executable, __file__, "--worker", convention, str(scale), str(repeats), stage]
    environment = dict(os.environ, PYTHONHASHSEED="0")  # the same dict layouts in every run
    done = subprocess.run(command, capture_output=True, text=True, env=environment, check=True)
    found = re.search(r"I\s+refs:\s+([\d,]+)", done.stderr)
    if found is None:
        raise RuntimeError(f"no instruction count in valgrind's output:\n{done.stderr[-2000:]}")
    return int(found.group(1).replace(",", ""))


def worker(convention: str, scale: int, repeats: int, stage: str) -> None:
    """Warm up, make the record (and, for the later stages, its edition), then run ``stage`` ``repeats`` times."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from build import pipeline
    from generate import record

    import tei
    from tei.encoder import cyclic_gc_paused
    from tei.render import render_formats
    from tei.schemas import project_schema
    from tei.validation import validate_result

    pipeline(record(3, convention)[0])  # imports, schemas and templates loaded, caches warm
    project_schema().quick.warm_up = 1  # a build's workers are soon past the grammar's warm-up
    text = record(11, convention, scale=scale)[0]
    with cyclic_gc_paused():  # as `tei build` runs each document
        result = tei.encode(text, name="bench.txt") if stage != "encode" else None
        if result is not None:
            validate_result(result, in_place=True)  # its (element, attribute) pairs are known, as in a build
        for _ in range(repeats):
            if stage == "encode":
                tei.encode(text, name="bench.txt").to_bytes()
            elif stage == "validate":
                validate_result(result, in_place=True)  # as the build checks each tree
            else:
                render_formats(result.tree, ("html", "text"))


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--worker":
        worker(sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), sys.argv[5])
    else:
        main()
