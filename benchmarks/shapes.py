"""No quadratic step in any dimension: odd-shaped transcripts and TEI at two sizes, time per byte compared.

    .venv/bin/python benchmarks/shapes.py [--small 30] [--factor 10] [--only NAME,NAME]

The size benchmarks grow records the way the generator's conventions grow (more
turns of the same few speakers). A step can also grow with the square of
something else: speakers, footnotes, page breaks, names in a participants list,
brackets in one paragraph. Each shape here grows one such thing alone; the
record is run through encode + validate + HTML + text at ``--small`` and
``--factor`` times that, and the larger one's time per byte is printed against
the smaller one's. Linear work gives about 1 (a long record's tree no longer
fits in the processor's caches: up to about 1.5); a step that grows with the
square shows as about ``--factor``. Others' TEI is timed the same way through
``tei validate`` and ``tei render`` (thousands of errors, notes all marked "*",
pages without numbers, a listPerson), and records whose sidecar grows with them
(a correction or a register entry a turn). Words are an invented vocabulary.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from pathlib import Path
from typing import Callable

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build import pipeline  # noqa: E402

WORDS = "the question of the treaty was raised again and the delegation would consider the terms".split()


def _words(rng: random.Random, count: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(count))


def _name(number: int) -> str:
    """A distinct invented name for every number."""
    letters = []
    number += 26 * 26
    while number:
        number, digit = divmod(number, 26)
        letters.append("abcdefghijklmnopqrstuvwxyz"[digit])
    return "".join(letters).capitalize()


def _turns(rng: random.Random, n: int, speaker: Callable[[int], str], separator: str = "\n\n") -> str:
    return separator.join(f"{speaker(i)} says that {_words(rng, 10)}." for i in range(n)) + "\n"


SHAPES: dict[str, Callable[[random.Random, int], str]] = {
    # n turns, each by a speaker of its own
    "speakers": lambda rng, n: _turns(rng, n, lambda i: _name(i).upper()),
    "colon-speakers": lambda rng, n: "\n\n".join(f"Mr. {_name(i)}: {_words(rng, 10)}." for i in range(n)) + "\n",
    # n labels used once after one speaker's turn, which no turn answers ("Name: …", each asked about the turn before)
    "labels-once": lambda rng, n: "STALIN: Yes.\n\nSTALIN: No.\n\n" + "\n\n".join(
        f"{_name(i)}: {_words(rng, 10)}." for i in range(n)) + "\n",
    # one speaker, n paragraphs after the first
    "continuations": lambda rng, n: "STALIN says yes.\n\n" + "\n\n".join(
        f"{_words(rng, 10)}." for _ in range(n)) + "\n",
    # one paragraph of n hard-wrapped lines, and one line of n words
    "wrapped-paragraph": lambda rng, n: "\n".join(_words(rng, 12) for _ in range(2 * n)) + ".\n",
    "one-line": lambda rng, n: _words(rng, 20 * n) + ".\n",
    # n short lines with no blank line between them
    "short-lines": lambda rng, n: "\n".join(f"{_words(rng, 3)}." for _ in range(5 * n)) + "\n",
    # brackets: n in one paragraph, n never closed, n stray closings
    "brackets-in-a-paragraph": lambda rng, n: "STALIN says " + " ".join(
        f"{_words(rng, 3)} [{_words(rng, 2)}]" for _ in range(n)) + ".\n",
    "unclosed-brackets": lambda rng, n: _turns(rng, n, lambda i: "STALIN").replace("says that", "says [that"),
    "stray-brackets": lambda rng, n: _turns(rng, n, lambda i: "STALIN").replace("says that", "says ] that"),
    # n footnote markers and notes
    "footnotes": lambda rng, n: "\n\n".join(f"STALIN says that [{i % 999 + 1}] {_words(rng, 10)}." for i in range(n))
    + "\n\n" + "\n\n".join(f"{i} Note {_words(rng, 5)}." for i in range(1, min(n, 999) + 1)) + "\n",
    # n page breaks (blank-line runs and form feeds), one paragraph across n pages
    "page-breaks": lambda rng, n: _turns(rng, n, lambda i: "STALIN", "\n\n\n\n"),
    "form-feeds": lambda rng, n: _turns(rng, n, lambda i: "STALIN", "\f"),
    "paragraph-across-pages": lambda rng, n: "STALIN says " + "\n\n\n\n".join(
        _words(rng, 30) for _ in range(n)) + ".\n",
    # n list items, n topic headings (sections)
    "list-items": lambda rng, n: "Points:\n\n" + "\n\n".join(f"{i + 1}. {_words(rng, 10)}." for i in range(n)) + "\n",
    "sections": lambda rng, n: "\n\n".join(f"TOPIC {_name(i).upper()}\n\nSTALIN says that {_words(rng, 10)}."
                                           for i in range(n)) + "\n",
    # n names in the participants list, n signatures in the closing
    "participants": lambda rng, n: "Present: comrs. " + ", ".join(f"{_name(i)}ov" for i in range(n))
    + ".\n\nSTALIN says yes.\n",
    "signatures": lambda rng, n: "STALIN says yes.\n\nRecorded by: " + " ".join(
        f"[signature] /A. {_name(i)}/" for i in range(n)) + "\n",
    # times and typed names inside the turns
    "times-and-names": lambda rng, n: "\n\n".join(f"STALIN says at 10:{i % 60:02d} that /{_words(rng, 2)}/ "
                                                  f"{_words(rng, 8)}." for i in range(n)) + "\n",
    # the house's noises: n in one speech, and one parenthesis of n of its words that is none ("… x)")
    "house-noises": lambda rng, n: "Mr. SMITH: " + " ".join(f"{_words(rng, 6)}. (Applause.)" for _ in range(n)) + "\n",
    "long-parenthesis": lambda rng, n: "Mr. SMITH: We agree. (Applause. Loud laughter from " + " Applause. " * n
    + " x) Yes.\n",
    # The twenty-fifth session's five (each had grown with the square): a parliament's pages, each its running head,
    # margin letters and the speaker's name again; a parenthesis left open over labelled lines; fields under prose
    # before any turn; tape notes in a row inside a turn; a speaker's asides in one paragraph.
    "sitting-heads": lambda rng, n: "".join(
        f"Deutscher Bundestag – 20. Wahlperiode – 87. Sitzung          {1000 + i}\n\n(A)          (C)\n\n"
        f"{_name(i)} (SPD)\n\n{_name(i)} (SPD):\n{_words(rng, 12)}.\n\n" for i in range(n)),
    "open-parenthesis": lambda rng, n: "SMITH: We begin (as agreed, see the note\n" + "".join(
        f"{'JONES' if i % 2 else 'SMITH'}: {_words(rng, 8)}.\n" for i in range(n)),
    "fields-under-prose": lambda rng, n: "".join(
        f"{_words(rng, 12)}.\n\nNarrator: {_name(i)} Doe\nInterviewer: John Roe\n\n" for i in range(n)),
    "tape-notes": lambda rng, n: "SMITH: We went.\n\nJONES: Go on.\n\nSMITH: It was hard.\n\n" + "".join(
        f"[END OF TAPE {i}, SIDE A]\n\n" for i in range(n)) + "But we went anyway.\n\nJONES: Thank you.\n",
    "asides": lambda rng, n: "RÁKOSI: We open.\n\nGERŐ: Yes.\n\nRÁKOSI: " + " ".join(
        f"{_words(rng, 6)} (Gerő: Not only that.)" for _ in range(n)) + " done.\n\nGERŐ: Agreed.\n",
    # The twenty-sixth session's two (each had grown with the square, found by its review): initials in brackets in a
    # long head before labels used once ("… States (OAS) …" / "AB: Hello."); signatories each under a rule to sign on.
    "initials-head": lambda rng, n: "Record\n\n" + " ".join(
        f"{_words(rng, 6)} of the Organization of American States (OAS)." for _ in range(n)) + "\n\nAB: Hello.\n\nCD: Hi.\n",
    "signing-rules": lambda rng, n: "Minutes\n\nMember Yoo: I agree.\n\nThe meeting closed.\n\nSigned:\n" + "".join(
        f"_____________\nMartha {_name(i)}\n" for i in range(n)),
    # The twenty-eighth session's two (found by its review): words in quotes in a long paragraph before any turn (each
    # name's word had been tested against every quote's span); a field's long line of wide gaps (its rest copied at
    # each gap).
    "quotes-head": lambda rng, n: "REPORT\n\n" + " ".join(
        f'The "Committee" met Mr {_name(i)} and {_words(rng, 4)}.' for i in range(n)) + "\n",
    "field-gaps": lambda rng, n: "MEMO\n\nMR. SMITH: Hi.\n\nSubject: " + "   ".join(
        _words(rng, 2) for _ in range(8 * n)) + "\n",
}


_TEI_DOCUMENT = ('<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>T</title>'
                 '</titleStmt><publicationStmt><p>P</p></publicationStmt><sourceDesc><p>S</p></sourceDesc></fileDesc>'
                 '</teiHeader><text><body>{body}</body></text></TEI>')


def _tei(body: str) -> bytes:
    return _TEI_DOCUMENT.format(body=body).encode()


# Others' TEI, validated (tei validate) and rendered (tei render): n of one thing.
DOCUMENTS: dict[str, Callable[[random.Random, int], bytes]] = {
    "errors-in-turns": lambda rng, n: _tei("".join(f'<sp bogus="1"><p>{_words(rng, 8)}</p></sp>' for _ in range(n))),
    "notes-marked-alike": lambda rng, n: _tei("".join(f'<p>{_words(rng, 8)}<note n="*">{_words(rng, 4)}</note></p>'
                                                      for _ in range(n))),
    "pages-without-numbers": lambda rng, n: _tei("".join(f"<p>{_words(rng, 8)}<pb/>{_words(rng, 4)}</p>"
                                                         for _ in range(n))),
    "persons": lambda rng, n: _tei("<listPerson>" + "".join(f'<person xml:id="{_name(i).lower()}"><persName>'
                                                            f"{_name(i)}</persName></person>" for i in range(n))
                                   + "</listPerson>"),
}


def _corrections(rng: random.Random, n: int):
    """n turns and a sidecar of n corrections, each a slip one turn has."""
    from tei.inline import Corrections
    from tei.metadata import Metadata

    text = "\n\n".join(f"STALIN says that {_name(i).lower()}x {_words(rng, 10)}." for i in range(n)) + "\n"
    return text, Metadata(corrections=Corrections(tuple((f"{_name(i).lower()}x", _name(i).lower(), "")
                                                        for i in range(n))))


def _register(rng: random.Random, n: int):
    """n turns, each by a person of the sidecar's register of n."""
    from tei.metadata import Metadata
    from tei.persons import RegisterEntry

    text = _turns(rng, n, lambda i: _name(i).upper())
    return text, Metadata(register=tuple(RegisterEntry(_name(i).lower(), _name(i).upper()) for i in range(n)))


# A record with a sidecar that grows with it: n of one thing in each.
SIDECARS = {"corrections": _corrections, "register": _register}


def _sidecar_pipeline(case) -> None:
    import tei
    from tei.encoder import cyclic_gc_paused
    from tei.render import render_formats
    from tei.validation import validate_result

    text, meta = case
    with cyclic_gc_paused():
        result = tei.encode(text, meta, name="shape.txt")
        validate_result(result, in_place=True)
        render_formats(result.tree, ("html", "text"))


def _document_pipeline(data: bytes) -> None:
    from lxml import etree

    from tei.render import render_formats
    from tei.validation import validate_bytes

    validate_bytes(data, "shape.xml")
    render_formats(etree.ElementTree(etree.fromstring(data)), ("html", "text"))


def seconds(run: Callable[[], None], repeats: int) -> float:
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        run()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--small", type=int, default=30, help="how many of the shape's thing the small record has")
    parser.add_argument("--factor", type=int, default=10, help="the large record has this many times more")
    parser.add_argument("--only", help="comma-separated shape names")
    args = parser.parse_args()
    wanted = args.only.split(",") if args.only else list(SHAPES) + list(SIDECARS) + list(DOCUMENTS)
    pipeline(SHAPES["speakers"](random.Random(0), 5))  # imports, schemas, templates
    _document_pipeline(DOCUMENTS["persons"](random.Random(0), 5))
    print(f"time per byte of the large input (×{args.factor} the thing) against the small one's; "
          f"linear ≈ 1, square ≈ {args.factor}")
    for title, shapes, run in (("transcripts (encode + validate + HTML + text)", SHAPES, pipeline),
                               ("transcripts with a sidecar that grows with them", SIDECARS, _sidecar_pipeline),
                               ("others' TEI (validate + HTML + text)", DOCUMENTS, _document_pipeline)):
        names = [name for name in wanted if name in shapes]
        if names:
            print(title + ":")
        for name in names:
            small = shapes[name](random.Random(1), args.small)
            large = shapes[name](random.Random(1), args.small * args.factor)
            t_small, t_large = seconds(lambda: run(small), 5), seconds(lambda: run(large), 3)
            size_small, size_large = (len(x[0] if isinstance(x, tuple) else x) for x in (small, large))
            ratio = (t_large / size_large) / (t_small / size_small)
            print(f"  {name:<24} {size_small / 1e3:>7.1f} kB {1000 * t_small:>8.1f} ms   {size_large / 1e3:>8.1f} kB "
                  f"{1000 * t_large:>9.1f} ms   ×{ratio:.2f}")


if __name__ == "__main__":
    main()
