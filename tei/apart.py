"""A long transcript built in a process of its own, whose allocator is the C library's.

Python's own allocator keeps the memory of the small objects it frees in its arenas,
for more objects of Python's; lxml's tree and long strings take the C library's. So a
long record's edition model, let go as its tree is made, was not where the tree went,
nor the tree, emptied as the view is read, where the view went: the peak was near
the sum of the three. With ``PYTHONMALLOC=malloc`` (a setting of CPython's, read when
a process starts) each stage takes the memory that the one before let go. Python's
allocator is the quicker for the many small objects of a short record (about 6% of a
seed-sized record's time; a 17 MB record's 36%, with the process's start), so only records
of 16 MiB or more go (``threshold``), where the memory saved counts most: such a record
peaks at 431 MB in a worker, and at 303 MB apart.

The process gets its task on its standard input and gives its document back on its
standard output (both pickled); Ctrl-C does not reach it (the build finishes the
document in hand, as its workers do), and it ends with the build.
"""

from __future__ import annotations

import os
import pickle
import subprocess
import sys
from pathlib import Path

from .diagnostics import InputError, error

LARGE = 16 << 20  # bytes of transcript: a record this long is built apart (the seed is 23 kB)
SETTING = "TEI_APART_BYTES"  # another threshold, in bytes (0: every record apart)
_PACKAGE_ROOT = str(Path(__file__).resolve().parent.parent)


class Ended(Exception):
    """The process ended without a document (killed, out of memory): this document fails, not the build."""


def threshold() -> int:
    """The bytes of transcript from which a record is built apart: ``TEI_APART_BYTES`` if it is set, else ``LARGE``."""
    value = os.environ.get(SETTING, "").strip()
    if not value:
        return LARGE
    if not (value.isascii() and value.isdecimal()):
        raise InputError(error("bad-setting", f"{SETTING} is {value!r}, not a number of bytes", SETTING,
                               hint=f"a whole number (0: every record is built apart), or unset it ({LARGE})"))
    return int(value)


def is_large(source: Path, limit: int) -> bool:
    try:
        return source.stat().st_size >= limit
    except OSError:  # (the build reports what it cannot read, where it reads it)
        return False


def run(task) -> object:
    """``corpus.build_document(task)`` in a process of its own; raises OSError if none can be started, and
    ``Ended`` if it ends without a document."""
    if not sys.executable:
        raise OSError("no Python interpreter to start")
    path = os.environ.get("PYTHONPATH")
    env = {**os.environ, "PYTHONMALLOC": "malloc",
           "PYTHONPATH": _PACKAGE_ROOT + (os.pathsep + path if path else "")}  # this very package
    # A process group of its own: Ctrl-C at the terminal is the build's, which lets this document finish (the
    # process would not have ignored it yet while Python starts).
    done = subprocess.run([sys.executable, "-m", "tei.apart"], input=pickle.dumps((task, os.getpid())),
                          capture_output=True, env=env, check=False, process_group=0)
    if done.returncode == 0:
        return pickle.loads(done.stdout)
    said = done.stderr.decode("utf-8", "replace").strip().splitlines()
    how = f"killed by signal {-done.returncode}" if done.returncode < 0 else f"exit status {done.returncode}"
    raise Ended(f"{how}{': ' + said[-1] if said else ''}")


def _main() -> None:
    from . import corpus

    task, build = pickle.load(sys.stdin.buffer)
    corpus.worker_started(build)  # Ctrl-C ignored: the build finishes the document in hand
    document = corpus.build_document(task)
    sys.stdout.buffer.write(pickle.dumps(document))


if __name__ == "__main__":
    _main()
