"""A collection: ``seeds/*.txt`` (with sidecars) → ``editions/<stem>.xml``.

One bad document does not stop the others; its errors are reported with
positions and the report's exit code is non-zero. Outputs are written only
when their bytes change, and atomically. ``check`` writes nothing and reports
which committed editions differ from what the tool makes now.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from .diagnostics import Diagnostic, Severity, TeiError, error
from .encoder import encode
from .validation import validate_result
from .xmlio import write_atomic

TRANSCRIPT_SUFFIX = ".txt"


@dataclass
class Report:
    """Counts and diagnostics of one build; owns the exit code."""

    documents: int = 0
    written: int = 0
    unchanged: int = 0
    failed: int = 0
    differing: list[str] = field(default_factory=list)
    turns: int = 0
    diagnostics: list[Diagnostic] = field(default_factory=list)

    @property
    def warnings(self) -> int:
        return sum(1 for d in self.diagnostics if d.severity is Severity.WARNING)

    @property
    def exit_code(self) -> int:
        if self.failed:
            return 1
        return 1 if self.differing else 0

    def lines(self) -> list[str]:
        out = [f"{path}: differs from a new build" for path in self.differing]
        out.append(f"{self.documents} documents, {self.turns} turns, {self.warnings} warnings, "
                   f"{self.failed} failed; {self.written} written, {self.unchanged} unchanged"
                   + (f", {len(self.differing)} differ" if self.differing else ""))
        return out


def transcripts(seeds: Path) -> list[Path]:
    return sorted(p for p in seeds.iterdir() if p.suffix == TRANSCRIPT_SUFFIX and p.is_file())


def build(seeds: Path, output: Path, check: bool = False) -> Report:
    report = Report()
    for source in transcripts(seeds):
        report.documents += 1
        target = output / f"{source.stem}.xml"
        try:
            result = encode(source)
        except TeiError as exc:
            report.failed += 1
            report.diagnostics.extend(exc.diagnostics)
            continue
        report.diagnostics.extend(result.diagnostics)
        report.turns += len(result.tree.getroot().findall(".//{http://www.tei-c.org/ns/1.0}sp"))
        # Invalid output is never written: it counts as failed, with its diagnostics.
        problems = validate_result(result, str(target))
        report.diagnostics.extend(problems)
        if any(d.severity is Severity.ERROR for d in problems):
            report.failed += 1
            continue
        data = result.to_bytes()
        if check:
            if not target.is_file() or target.read_bytes() != data:
                report.differing.append(str(target))
            else:
                report.unchanged += 1
            continue
        try:
            if write_atomic(target, data):
                report.written += 1
            else:
                report.unchanged += 1
        except TeiError as exc:
            report.failed += 1
            report.diagnostics.extend(exc.diagnostics)
    return report


def same_path_error(path: Path) -> Diagnostic:
    return error("output-is-input", "the output path is the input file; refusing to overwrite the transcript",
                 str(path), hint="name another file with -o")
