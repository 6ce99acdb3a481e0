"""Positions, diagnostics and the one place that formats them.

Every problem the tool reports is a ``Diagnostic`` with a stable code, a
position (file, line, column, 1-based) and, where one helps, a hint that
suggests the fix. Stages collect diagnostics in a ``Reporter`` and carry on;
only a ``TeiError`` stops a stage, and the CLI turns it into a message and an
exit code, never a traceback.
"""

from __future__ import annotations

from dataclasses import MISSING, dataclass, field, fields
from enum import Enum

from .spans import Span  # (the modules import it from here, beside the positions)


class Severity(str, Enum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


def assigning_init(cls: type) -> type:
    """Give a frozen slots dataclass an ``__init__`` that assigns through its slots.

    A frozen dataclass's own ``__init__`` gets past the class's refusing ``__setattr__``
    with ``object.__setattr__`` for every field; the slots' descriptors do the same at
    about half the cost, and an encoding makes thousands of these objects. Equality,
    hashing, repr, defaults and immutability stay the dataclass's.
    """
    names = [f.name for f in fields(cls)]
    scope: dict[str, object] = {f"_set_{name}": getattr(cls, name).__set__ for name in names}
    params = []
    for f in fields(cls):
        if f.default is not MISSING:
            scope[f"_default_{f.name}"] = f.default
            params.append(f"{f.name}=_default_{f.name}")
        elif f.default_factory is not MISSING:
            raise TypeError(f"{cls.__name__}.{f.name}: a default factory needs the dataclass's own __init__")
        else:
            params.append(f.name)
    body = "".join(f"    _set_{name}(self, {name})\n" for name in names)
    source = f"def __init__(self, {', '.join(params)}):\n{body}"
    exec(compile(source, f"<{cls.__qualname__}.__init__>", "exec"), scope)
    init = scope["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    cls.__init__ = init
    return cls


@assigning_init
@dataclass(frozen=True, slots=True)
class Position:
    line: int
    column: int


@assigning_init
@dataclass(frozen=True, slots=True)
class Diagnostic:
    code: str
    severity: Severity
    message: str
    file: str | None = None
    position: Position | None = None
    hint: str | None = None

    @property
    def where(self) -> str:
        """``file:line:col`` (or as much of it as is known)."""
        where = self.file or "<input>"
        if self.position is not None:
            where += f":{self.position.line}:{self.position.column}"
        return where

    def format(self) -> str:
        """``file:line:col: severity[code]: message (hint)`` — the one format."""
        text = f"{self.where}: {self.severity.value}[{self.code}]: {self.message}"
        if self.hint:
            text += f"\n  hint: {self.hint}"
        return text

    def as_dict(self) -> dict:
        return {
            "code": self.code,
            "severity": self.severity.value,
            "message": self.message,
            "file": self.file,
            "line": self.position.line if self.position else None,
            "column": self.position.column if self.position else None,
            "hint": self.hint,
        }


class HasDiagnostics:
    """``warnings`` and ``errors`` of anything that holds a ``diagnostics`` list."""

    diagnostics: list[Diagnostic] | tuple[Diagnostic, ...]

    @property
    def warnings(self) -> list[Diagnostic]:
        return [d for d in self.diagnostics if d.severity is Severity.WARNING]

    @property
    def notes(self) -> list[Diagnostic]:
        return [d for d in self.diagnostics if d.severity is Severity.INFO]

    @property
    def errors(self) -> list[Diagnostic]:
        return [d for d in self.diagnostics if d.severity is Severity.ERROR]


@dataclass
class Reporter(HasDiagnostics):
    """Collects diagnostics for one input; positions come from the locate callable."""

    file: str | None = None
    locate: object = None  # callable(offset) -> Position, set by the source
    diagnostics: list[Diagnostic] = field(default_factory=list)

    def report(
        self,
        code: str,
        severity: Severity,
        message: str,
        offset: int | None = None,
        hint: str | None = None,
    ) -> Diagnostic:
        position = None
        if offset is not None and self.locate is not None:
            position = self.locate(offset)
        diagnostic = Diagnostic(code, severity, message, self.file, position, hint)
        self.diagnostics.append(diagnostic)
        return diagnostic

    def warning(self, code: str, message: str, offset: int | None = None, hint: str | None = None) -> Diagnostic:
        return self.report(code, Severity.WARNING, message, offset, hint)

    def error(self, code: str, message: str, offset: int | None = None, hint: str | None = None) -> Diagnostic:
        return self.report(code, Severity.ERROR, message, offset, hint)


class TeiError(Exception):
    """A user-facing failure: carries diagnostics, never shown as a traceback."""

    def __init__(self, *diagnostics: Diagnostic) -> None:
        self.diagnostics = list(diagnostics)
        super().__init__("\n".join(d.format() for d in diagnostics))


class InputError(TeiError):
    """The input (transcript, sidecar, XML file) cannot be used as it is."""


class OutputError(TeiError):
    """The output cannot be written where it was asked to go."""


def error(code: str, message: str, file: str | None = None, line: int | None = None,
          column: int | None = None, hint: str | None = None) -> Diagnostic:
    """A one-off error diagnostic, for failures outside a reporter's stage."""
    position = Position(line, column or 1) if line is not None else None
    return Diagnostic(code, Severity.ERROR, message, file, position, hint)


def counted(number: int, noun: str) -> str:
    """``1 note``, ``2 notes``: the counts in summaries."""
    return f"{number} {noun}{'' if number == 1 else 's'}"


def grouped_notes(diagnostics: list[Diagnostic]) -> list[str]:
    """Informational notes across a collection, one entry per code with its count and first place.

    A build of thousands of records would otherwise print the same note and hint thousands of
    times and bury the warnings; the full list stays in the JSON report.
    """
    groups: dict[str, list[Diagnostic]] = {}
    for diagnostic in diagnostics:
        if diagnostic.severity is Severity.INFO:
            groups.setdefault(diagnostic.code, []).append(diagnostic)
    lines = []
    for code, notes in groups.items():
        first = notes[0]
        files = len({note.file for note in notes})
        text = f"info[{code}]: {counted(len(notes), 'note')} in {counted(files, 'file')}; the first, " \
               f"{first.where}: {first.message}"
        if first.hint:
            text += f"\n  hint: {first.hint}"
        lines.append(text)
    return lines
