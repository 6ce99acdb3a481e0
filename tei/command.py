"""The ``tei`` command's entry point: Ctrl-C, at any moment, ends it with a line and exit code 130.

Click answers Ctrl-C with "Aborted!" and exit code 1 (the code of invalid output), and Python with a traceback
while it loads the tool; this takes the signal first. A command writes its files whole or not at all, so what
was stopped wrote nothing; a collection's build stops between two documents and says how far it got.
"""

from __future__ import annotations

import signal
import sys

EXIT_INTERRUPTED = 130  # as a shell reports a command that Ctrl-C stopped (128 + SIGINT)


class Interrupted(BaseException):
    """Ctrl-C: a BaseException, as KeyboardInterrupt is, which click does not turn into "Aborted!"."""


_noted: list[int] = []  # Ctrl-C, noted as well as raised


def _interrupt(signum, frame) -> None:
    # Noted too: raised inside a callback from C (lxml's, while the schemas load), the exception is printed and
    # dropped, and the command had gone on to its end with exit code 0.
    _noted.append(signum)
    raise Interrupted


def run() -> None:
    if signal.getsignal(signal.SIGINT) is not signal.SIG_IGN:  # (a shell's background job ignores Ctrl-C: so do we)
        signal.signal(signal.SIGINT, _interrupt)
    try:
        from .cli import main

        if _noted:
            raise Interrupted
        main(prog_name="tei")
    except Interrupted:
        _interrupted()
    except SystemExit:
        if _noted:
            _interrupted()
        raise


def _interrupted() -> None:
    sys.stderr.write("interrupted; no file was left half-written\n")
    sys.exit(EXIT_INTERRUPTED)
