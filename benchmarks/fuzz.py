"""A long fuzz run of the encoder's invariants, beyond what the test suite can afford.

    .venv/bin/python benchmarks/fuzz.py --count 100000 --jobs 2

Each input is a generated transcript (random tokens rich in brackets, speaker
names, colons, slashes, digits, blank lines, form feeds and non-Latin letters;
lines of them numbered in the margin; pages of them with running heads, feet and page
numbers; or random characters). For each: encoding raises nothing but ``InputError``;
the output is valid under the project's schema and rules; the words of the
input are all in the TEI text in order, and every character of it (white space
aside) comes back from the diplomatic text; every page turn is a pb; encoding
twice gives the same bytes.
Failing inputs are written to ``fuzz-failures.txt`` (one ``repr`` a line) so
that each can become a regular test. Deterministic: the same --seed gives the
same inputs.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
from strategies import HEADS, MARGINS, SEPARATORS, TOKENS, numbered  # noqa: E402
from words import page_turns, source_words, tei_page_breaks, tei_words  # noqa: E402

import tei  # noqa: E402
from tei.diagnostics import InputError  # noqa: E402
from tei.render import render_text  # noqa: E402
from tei.source import Source  # noqa: E402
from tei.validation import validate_result  # noqa: E402

ALPHABET = "abcXYZ [](){}/\\:;.,?!\"'“”«»-–—_*#&<>0123456789\n\n\t\f\rÄéñßДжЖ中文ệ\u0301\u00a0"


def generate(rng: random.Random) -> str:
    choice = rng.random()
    if choice < 0.65:
        pieces = [rng.choice(TOKENS) + rng.choice(SEPARATORS) for _ in range(rng.randint(0, 80))]
        return (" " if rng.random() < 0.2 else "") + "".join(pieces)
    if choice < 0.75:  # pages with what pages print beside the text: running heads and feet, page numbers
        head, foot = rng.choice([None, *HEADS]), rng.choice([None, *HEADS])
        first, step = rng.randint(1, 50), rng.choice([1, 1, 2, 0])
        pages = []
        for k in range(rng.randint(2, 7)):
            lines = [" ".join(rng.choice(TOKENS) for _ in range(rng.randint(1, 8))) for _ in range(rng.randint(1, 12))]
            lines = [rng.choice(["", line]) if rng.random() < 0.2 else line for line in lines]
            gap = rng.choice(["\n", "\n\n"])
            if head is not None and rng.random() < 0.8:
                lines.insert(0, head.format(n=first + k * step) + gap.rstrip("\n"))
            if foot is not None and rng.random() < 0.8:
                lines.append(gap.lstrip("\n") + foot.format(n=first + k * step))
            pages.append("\n".join(lines))
        return rng.choice(["\f", "\n\n\n\n", "\n\n\n", "\n\f\n"]).join(pages) + "\n"
    if choice < 0.8:  # numbered in the margin, a line in twenty without its number or split by a form feed
        lines = [" ".join(rng.choice(TOKENS) for _ in range(rng.randint(0, 7))) for _ in range(rng.randint(20, 90))]
        text, _ = numbered(lines, rng.randint(10, 28), rng.random() < 0.5, rng.random() < 0.5,
                           rng.choice(MARGINS), rng.randint(1, 50), rng.choice(["\n", "\n", "\n\n"]))
        return "\n".join(rng.choice(["\f", line.lstrip(" 0123456789\t")]) if rng.random() < 0.05 else line
                         for line in text.split("\n"))
    return "".join(rng.choice(ALPHABET) for _ in range(rng.randint(0, 300)))


def check(text: str) -> str | None:
    """None when every invariant holds, else what failed."""
    try:
        first = tei.encode(text, name="fuzz.txt")
    except InputError:
        return None
    except Exception as exc:  # noqa: BLE001 - anything else is a failure to report
        return f"raised {type(exc).__name__}: {exc}"
    if tei_words(first.tree) != source_words(Source.from_text(text).text):
        return "words lost or reordered"
    # Signs too, which the words leave out: the diplomatic text gives back every one, in order.
    if _squash(render_text(first.tree, diplomatic=True)) != _squash(first.source.text):
        return "characters lost or reordered (diplomatic text)"
    if tei_page_breaks(first.tree) != page_turns(text):
        return "page turns lost"
    problems = [d for d in validate_result(first) if d.severity.value == "error"]
    if problems:
        return "invalid: " + problems[0].format()
    if tei.encode(text, name="fuzz.txt").to_bytes() != first.to_bytes():
        return "not deterministic"
    return None


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def run_batch(args: tuple[int, int]) -> list[tuple[str, str]]:
    seed, count = args
    rng = random.Random(seed)
    failures = []
    for _ in range(count):
        text = generate(rng)
        problem = check(text)
        if problem:
            failures.append((text, problem))
    return failures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=100_000)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    batch = 500
    batches = [(args.seed * 1_000_003 + i, min(batch, args.count - i * batch))
               for i in range((args.count + batch - 1) // batch)]
    started = time.perf_counter()
    failures: list[tuple[str, str]] = []
    with ProcessPoolExecutor(max_workers=args.jobs) as pool:
        for found in pool.map(run_batch, batches):
            failures.extend(found)
    seconds = time.perf_counter() - started
    if failures:
        with open("fuzz-failures.txt", "w", encoding="utf-8") as handle:
            for text, problem in failures:
                handle.write(f"{problem!r}\t{text!r}\n")
    print(f"fuzz: {args.count} inputs tried, {len(failures)} failures, {seconds:.0f} s "
          f"({args.count / seconds:.0f} inputs/s, {args.jobs} jobs, seed {args.seed})")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
