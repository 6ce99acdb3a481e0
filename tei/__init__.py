"""TEI critical-edition encoder: transcripts → TEI P5, validated and rendered.

``tei.encode(path)`` is the entry point; see README.md.
"""

from .diagnostics import Diagnostic, InputError, OutputError, TeiError
from .encoder import EncodeResult, encode
from .version import __version__

__all__ = ["encode", "EncodeResult", "Diagnostic", "TeiError", "InputError", "OutputError", "__version__"]
