"""Positions, diagnostics and the one place that formats them.

Every problem the tool reports is a ``Diagnostic`` with a stable code, a
position (file, line, column, 1-based) and, where one helps, a hint that
suggests the fix. Stages collect diagnostics in a ``Reporter`` and carry on;
only a ``TeiError`` stops a stage, and the CLI turns it into a message and an
exit code, never a traceback.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum


class Severity(str, Enum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


@dataclass(frozen=True, slots=True)
class Span:
    """A half-open range of character offsets into a normalised source text."""

    start: int
    end: int

    def __post_init__(self) -> None:
        if self.start < 0 or self.end < self.start:
            raise ValueError(f"bad span {self.start}..{self.end}")


@dataclass(frozen=True, slots=True)
class Position:
    line: int
    column: int


@dataclass(frozen=True, slots=True)
class Diagnostic:
    code: str
    severity: Severity
    message: str
    file: str | None = None
    position: Position | None = None
    hint: str | None = None

    def format(self) -> str:
        """``file:line:col: severity[code]: message (hint)`` — the one format."""
        where = self.file or "<input>"
        if self.position is not None:
            where += f":{self.position.line}:{self.position.column}"
        text = f"{where}: {self.severity.value}[{self.code}]: {self.message}"
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
