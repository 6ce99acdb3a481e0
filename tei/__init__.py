"""TEI critical-edition encoder: transcripts → TEI P5, validated and rendered.

``tei.encode(path)`` is the entry point; see README.md.

The names below are loaded when first asked for: the ``tei`` command starts from a module of this package, and
loads the tool (lxml, the schemas) only once it can answer Ctrl-C without a traceback (``tei.command``).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

from . import native
from .version import __version__

native.guard()  # before any module that may run compiled is imported

if TYPE_CHECKING:
    from .diagnostics import Diagnostic, InputError, OutputError, TeiError
    from .encoder import EncodeResult, encode

_HOMES = {"encode": "encoder", "EncodeResult": "encoder", "Diagnostic": "diagnostics", "TeiError": "diagnostics",
          "InputError": "diagnostics", "OutputError": "diagnostics"}

__all__ = ["encode", "EncodeResult", "Diagnostic", "TeiError", "InputError", "OutputError", "__version__"]


def __getattr__(name: str):
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module 'tei' has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{home}", __name__), name)
    globals()[name] = value
    return value
