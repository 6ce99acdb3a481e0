"""Benchmark of the collection build: stages, floor, scaling, size, memory.

    .venv/bin/python benchmarks/build.py                  # 1,000 records, -j 1 and -j 2, 100× records
    .venv/bin/python benchmarks/build.py --count 10000    # the 10,000-record corpus as well
    .venv/bin/python benchmarks/build.py --count 10000 --repeat 3   # built three times: each, the best, the median
    .venv/bin/python benchmarks/build.py --huge 50        # and one 50 MB transcript (and one of 5 MB)

Prints, in one run: documents/s and MB/s per stage (encode with the XML
serialised, validate, HTML + text; each with the writing of its outputs) from
the build's own per-document timings;
lxml's parse + serialise of the same outputs as the floor and the ratio to it;
the end-to-end wall time with 1 and 2 jobs (scaling); a record 100× the seed's
size against the seed's time (no quadratic step); the reference transcript
itself, with its sidecar, against the generated records (whether the corpora
cost what records like it would); and each large record's peak memory, in a
fresh process, against its size, and its growth from that record to one three
times as long (the target's "N× the input plus a constant"): built as a worker
builds it, as the build builds a record of 16 MiB or more (apart), and lxml's own
tree of its XML, the floor of any design that holds a whole tree. Corpora are generated
deterministically (benchmarks/generate.py) in a temporary folder.
"""

from __future__ import annotations

import argparse
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

from lxml import etree

sys.path.insert(0, str(Path(__file__).resolve().parent))
from generate import CONVENTIONS, corpus as make_corpus, record  # noqa: E402

import tei  # noqa: E402
from tei import corpus  # noqa: E402
from tei.render import render_formats  # noqa: E402
from tei.encoder import cyclic_gc_paused  # noqa: E402
from tei.validation import validate_result  # noqa: E402

FORMATS = ("xml", "html", "text")
SEED = Path(__file__).resolve().parent.parent / "seeds" / "stalin-zhou-1952-09-19.txt"


def peak_mb(who: int) -> float:
    return resource.getrusage(who).ru_maxrss / 1024


def stage_table(report: corpus.Report, out: Path) -> None:
    documents = [d for d in report.documents if not d.failed]
    mb_in = sum(d.input_bytes for d in documents) / 1e6
    print(f"\n  {'stage':<10} {'docs/s':>9} {'MB/s':>8} {'ms/doc':>8}   (per core, from per-document timings)")
    totals = {}
    labels = {"encode": "encode", "validate": "validate", "render": "HTML+text"}
    for stage in ("encode", "validate", "render"):
        seconds = sum(d.seconds.get(stage, 0.0) for d in documents)
        totals[stage] = seconds
        size = mb_in if stage in ("encode",) else sum(d.output_bytes.get("xml", 0) for d in documents) / 1e6
        print(f"  {labels[stage]:<10} {len(documents) / seconds:>9.0f} {size / seconds:>8.2f} "
              f"{1000 * seconds / len(documents):>8.2f}")
    # The floor: lxml parsing and serialising the very XML the build wrote.
    started = time.perf_counter()
    size = 0
    for path in sorted(out.glob("*.xml")):
        data = path.read_bytes()
        size += len(data)
        etree.tostring(etree.fromstring(data))
    floor = time.perf_counter() - started
    print(f"  {'lxml floor':<10} {len(documents) / floor:>9.0f} {size / 1e6 / floor:>8.2f} {1000 * floor / len(documents):>8.2f}"
          "   (parse + serialise of the output XML, read from disk)")
    total = sum(totals.values())
    print(f"  {'all':<10} {len(documents) / total:>9.0f} {'':>8} {1000 * total / len(documents):>8.2f}"
          f"   = {total / floor:.0f}× the floor")


def end_to_end(seeds: Path, out: Path, jobs: int) -> tuple[float, corpus.Report, str]:
    """The build's wall time, its report, and the CPU it took (this process and its workers)."""
    before = [resource.getrusage(who) for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)]
    started = time.perf_counter()
    report = corpus.build(seeds, out, formats=FORMATS, jobs=jobs, incremental=False)
    wall = time.perf_counter() - started
    after = [resource.getrusage(who) for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)]
    user = sum(a.ru_utime - b.ru_utime for a, b in zip(after, before))
    system = sum(a.ru_stime - b.ru_stime for a, b in zip(after, before))
    count = len(report.documents)
    cpu = (f"CPU {user + system:.1f} s = {1000 * (user + system) / count:.1f} ms a record, of which the system "
           f"{1000 * system / count:.1f} ms (reading transcripts, writing three files a record)")
    return wall, report, cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=1000, help="records in the largest corpus (1000 or 10000)")
    parser.add_argument("--scale", type=int, default=100, help="size of the long records, × the seed")
    parser.add_argument("--huge", type=float, default=0, help="also encode one transcript of this many MB")
    parser.add_argument("--repeat", type=int, default=1,
                        help="build the large corpus this many times (the machine's speed drifts between runs)")
    args = parser.parse_args()
    if args.huge:
        huge(args.huge)
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        seeds = root / "seeds-1000"
        paths = make_corpus(seeds, 1000)
        size = sum(p.stat().st_size for p in paths) / 1e6
        print(f"corpus: 1000 generated records, {size:.1f} MB ({len(CONVENTIONS)} conventions, seed-sized)")
        wall1, report1, cpu1 = end_to_end(seeds, root / "out-j1", 1)
        wall2, report2, cpu2 = end_to_end(seeds, root / "out-j2", 2)
        assert report1.exit_code == 0 and report2.exit_code == 0, report1.lines()
        print(f"machine: two CPU-bound processes finish ×{machine_scaling():.2f} faster than one after the other "
              "(the best scaling -j 2 can show here)")
        print(f"end to end (encode + validate + HTML + text), 1000 records: -j 1 {wall1:.1f} s "
              f"({1000 / wall1:.0f} docs/s), -j 2 {wall2:.1f} s ({1000 / wall2:.0f} docs/s); "
              f"scaling 1→2 jobs ×{wall1 / wall2:.2f}")
        print(f"  -j 1: {cpu1}\n  -j 2: {cpu2}")
        stage_table(report1, root / "out-j1")
        if args.count > 1000:
            big = root / f"seeds-{args.count}"
            paths = make_corpus(big, args.count, seed=1)
            size = sum(p.stat().st_size for p in paths) / 1e6
            walls = []
            for run in range(1, args.repeat + 1):
                wall, report, cpu = end_to_end(big, root / f"out-big-{run}", 2)
                walls.append(wall)
                label = f" (run {run} of {args.repeat})" if args.repeat > 1 else ""
                print(f"\nend to end, {args.count} records ({size:.0f} MB), -j 2{label}: {wall:.1f} s "
                      f"({args.count / wall:.0f} docs/s); target < 60 s\n  {cpu}")
            if args.repeat > 1:
                met = sum(wall < 60 for wall in walls)
                print(f"  {args.repeat} runs: best {min(walls):.1f} s, median {statistics.median(walls):.1f} s, "
                      f"worst {max(walls):.1f} s; under 60 s in {met} of {args.repeat}")

        # No quadratic step: a record 100× the seed's size against the seed's time.
        print(f"\nsize scaling (one process; the large record against {args.scale} runs of the small one, timed "
              f"in turns, the median of 5 rounds; target under ×{args.scale}):")
        for convention in CONVENTIONS:
            small, _ = record(11, convention)
            large, _ = record(11, convention, scale=args.scale)
            t_small, t_large = in_turns(lambda: pipeline(small), lambda: pipeline(large), args.scale, 5)
            ratio = t_large / t_small
            print(f"  {convention:<9} seed-size {len(small) / 1e3:>6.0f} kB {1000 * t_small:>8.1f} ms;"
                  f"  ×{args.scale} {len(large) / 1e6:>5.2f} MB {t_large:>6.2f} s  = ×{ratio:.0f} the time"
                  f" ({'met' if ratio < args.scale else 'NOT MET'})")
        seed_against_generated()
        print(f"\npeak memory of the build: this process {peak_mb(resource.RUSAGE_SELF):.0f} MB, "
              f"largest worker {peak_mb(resource.RUSAGE_CHILDREN):.0f} MB (whole processes: interpreter, "
              "libraries, schemas)")
        print("memory per document (encode + validate + XML + HTML + text written, a fresh process each; against "
              "the transcript's size):")
        for convention in CONVENTIONS:
            memory(convention, args.scale)


def _spin(n: int) -> int:
    total = 0
    for i in range(n):
        total += i * i
    return total


def machine_scaling() -> float:
    """What two processes gain over one on this machine, for pure Python arithmetic."""
    from concurrent.futures import ProcessPoolExecutor

    n = 10_000_000
    started = time.perf_counter()
    _spin(n), _spin(n)
    serial = time.perf_counter() - started
    with ProcessPoolExecutor(2) as pool:
        started = time.perf_counter()
        list(pool.map(_spin, [n, n]))
        parallel = time.perf_counter() - started
    return serial / parallel


def huge(megabytes: float) -> None:
    """One very large transcript (and one a tenth its size): time and memory against its size."""
    for size in (megabytes / 10, megabytes):
        memory("minutes", max(1, round(size * 1e6 / 23_000)))


def memory(convention: str, scale: int) -> None:
    """One record's peak memory against its size, each in a fresh process: built as `tei build` builds it in a
    worker (a record under 16 MiB), as it builds it apart (16 MiB and more: ``tei.apart``, here at this size), and
    lxml's own tree of the XML it made (the floor: a design that holds the whole tree cannot go under it). Then the
    same for a record three times as long, for the peak's growth with the input's size (the target's "N× the
    largest input plus a constant" is that slope, N, and what is left at the first size, the constant)."""
    import multiprocessing

    context = multiprocessing.get_context("spawn")
    modes = ("worker", "apart", "tree")
    sizes = []
    with tempfile.TemporaryDirectory() as tmp:
        for times in (1, 3):
            measured = {}
            for mode in modes:
                with context.Pool(1) as pool:
                    measured[mode] = pool.apply(_measure, (convention, scale * times, mode, tmp))
            megabytes = measured["worker"][2] / 1e6
            extra = {mode: measured[mode][1] for mode in modes}
            sizes.append((megabytes, extra))
            if times == 1:
                seconds = measured["worker"][0]
                print(f"  {convention:<9} {megabytes:>6.1f} MB in {seconds:>5.1f} s ({megabytes / seconds:.2f} MB/s), "
                      f"apart {measured['apart'][0]:.1f} s; peak above the process's: in a worker "
                      f"+{extra['worker']:.0f} MB = {extra['worker'] / megabytes:.1f}×, apart +{extra['apart']:.0f} MB"
                      f" = {extra['apart'] / megabytes:.1f}×; lxml's tree of its XML alone +{extra['tree']:.0f} MB = "
                      f"{extra['tree'] / megabytes:.1f}×")
    (size1, extra1), (size3, extra3) = sizes
    slopes = {mode: (extra3[mode] - extra1[mode]) / (size3 - size1) for mode in modes}
    said = "; ".join(f"{name} {slopes[mode]:.1f}× plus {extra1[mode] - slopes[mode] * size1:+.0f} MB"
                     for mode, name in (("worker", "in a worker"), ("apart", "apart"), ("tree", "the tree alone")))
    print(f"  {'':<9} {size3:>6.1f} MB: growth {said}; target under 10× "
          f"({'met' if max(slopes['worker'], slopes['apart']) < 10 else 'NOT MET'})")


def _measure(convention: str, scale: int, mode: str, folder: str) -> tuple[float, float, int]:
    """In a spawned process: (seconds, the peak's growth in MB, the transcript's bytes) of one long record.

    ``worker``: built as a build's worker builds it, after a short record (the process warmed up); the peak from
    there. ``apart``: built as a build builds a record of 16 MiB or more (``TEI_APART_BYTES=0`` makes this one so),
    in a process of its own; its peak against that of such a process building a short record. ``tree``: lxml's
    parse of the XML the worker wrote, alone (run after it)."""
    import os

    from tei import apart

    folder = Path(folder)
    small, large = folder / f"small-{scale}.txt", folder / f"large-{scale}.txt"
    if not large.exists():
        small.write_text(record(3, convention)[0], encoding="utf-8")
        large.write_text(record(5, convention, scale=scale)[0], encoding="utf-8")
    length = large.stat().st_size
    if mode == "tree":
        data = (folder / "out" / f"{large.stem}.xml").read_bytes()
        baseline = _rss_mb("VmRSS")
        _reset_peak()
        tree = etree.fromstring(data, etree.XMLParser(huge_tree=True))
        assert len(tree)
        return 0.0, _rss_mb("VmHWM") - baseline, length
    if mode == "apart":
        os.environ[apart.SETTING] = "0"
        corpus.build_file(small, folder / "apart", FORMATS)
        baseline = peak_mb(resource.RUSAGE_CHILDREN)
        started = time.perf_counter()
        document = corpus.build_file(large, folder / "apart", FORMATS)
        assert not document.failed, document.diagnostics
        return time.perf_counter() - started, peak_mb(resource.RUSAGE_CHILDREN) - baseline, length
    os.environ[apart.SETTING] = str(1 << 62)  # (a --huge record too: as a worker would build it)
    corpus.build_file(small, folder / "out", FORMATS)
    baseline = _rss_mb("VmRSS")
    _reset_peak()
    started = time.perf_counter()
    document = corpus.build_file(large, folder / "out", FORMATS)
    assert not document.failed, document.diagnostics
    return time.perf_counter() - started, _rss_mb("VmHWM") - baseline, length


def _reset_peak() -> None:
    with open("/proc/self/clear_refs", "w") as handle:
        handle.write("5")  # Linux: the peak (VmHWM) starts again from here


def _rss_mb(field: str) -> float:
    with open("/proc/self/status") as handle:
        for line in handle:
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024
    raise RuntimeError(f"no {field} in /proc/self/status")


def seed_against_generated() -> None:
    """The reference transcript, with its sidecar, against the generated records (one of each convention),
    timed in turns: whether the corpora above cost what records like the seed would."""
    generated = [record(11, convention)[0] for convention in CONVENTIONS]
    rounds = []
    for _ in range(5):
        seed = timed(lambda: pipeline(SEED), 2 * len(generated)) / (2 * len(generated))
        others = timed(lambda: [pipeline(text) for text in generated], 2) / (2 * len(generated))
        rounds.append((seed / others, seed, others))
    rounds.sort()
    ratio, seed, others = rounds[len(rounds) // 2]
    size = sum(len(text.encode()) for text in generated) / len(generated)
    print(f"\nthe seed against the generated records (one process, in turns, the median of 5 rounds): the seed "
          f"({SEED.stat().st_size / 1e3:.1f} kB, its sidecar read) {1000 * seed:.1f} ms, a generated record "
          f"({size / 1e3:.1f} kB on average, no sidecar) {1000 * others:.1f} ms: ×{ratio:.2f}")


def pipeline(text: str | Path) -> None:
    """What `tei build` does to one document (without writing), with the build's GC policy."""
    with cyclic_gc_paused():
        result = tei.encode(text, name="bench.txt")
        validate_result(result, in_place=True)
        result.to_bytes()
        render_formats(result.tree, ("html", "text"))


def in_turns(small, large, scale: int, rounds: int) -> tuple[float, float]:
    """The small record's time per run and the large one's, from the round with the median ratio.

    Each round times ``scale`` runs of the small record just before and just after one run of
    the large record, so both sides of a ratio are measured in the same spell of a machine whose
    speed drifts, over about the same length of time, and by the same statistic (a best of three
    small runs against one large run would favour the small side by the noise alone)."""
    measured = []
    for _ in range(rounds):
        before = timed(small, scale)
        t_large = timed(large, 1)
        t_small = (before + timed(small, scale)) / (2 * scale)
        measured.append((t_large / t_small, t_small, t_large))
    measured.sort()
    _, t_small, t_large = measured[len(measured) // 2]
    return t_small, t_large


def timed(run, n: int) -> float:
    started = time.perf_counter()
    for _ in range(n):
        run()
    return time.perf_counter() - started


if __name__ == "__main__":
    main()
