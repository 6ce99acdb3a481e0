"""The xml:ids the encoder gives an edition's own parts, kept apart from the ids of the persons it names.

The body's parts are numbered by kind (``p12``, ``head2``, ``opener1``, ``list1``, ``closer1``,
``signed1``, a footnote ``fn3``) or named after their speaker (``sp-zhou-enlai-4``); the header's are
``encoder``, ``turns``, ``conv-<convention>`` and ``editor`` (who made the sidecar's corrections, unless
the sidecar names a responsibility so). A person's id, from the sidecar's register or made from a name
("P1:" in an interview), must be none of these: the edition would hold one id twice, which TEI forbids.
"""

from __future__ import annotations

import re

# The header's own: the encoder's application, the declaration of how turns were read, and the
# corrections' editor (unless the sidecar names a responsibility so).
ENCODER, TURNS, EDITOR = "encoder", "turns", "editor"
_PARTS = re.compile(rf"(?:p|head|opener|list|closer|signed|fn)\d+|(?:sp|conv)-.+|{ENCODER}|{TURNS}")


def is_generated(ident: str) -> bool:
    """Whether the encoder may give ``ident`` to one of the edition's parts (``editor`` aside)."""
    return _PARTS.fullmatch(ident) is not None


def for_person(ident: str) -> str:
    """A person's id made from a name, moved out of the way of the edition's own: "p1" → "person-p1"."""
    return f"person-{ident}" if is_generated(ident) or ident == EDITOR else ident
