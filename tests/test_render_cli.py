"""``tei render``: formats, output, and errors as diagnostics with exit code 2."""

from __future__ import annotations

import re

import pytest
from click.testing import CliRunner

from conftest import EDITIONS

from tei.cli import main

SEED = EDITIONS / "stalin-zhou-1952-09-19.xml"
DIAGNOSTIC = re.compile(r"^\S+?(:\d+:\d+)?: error\[[\w-]+\]: .+", re.MULTILINE)


@pytest.fixture()
def runner():
    return CliRunner()


def test_help(runner):
    result = runner.invoke(main, ["render", "--help"])
    assert result.exit_code == 0 and "--diplomatic" in result.output and "--to" in result.output


def test_text_to_stdout(runner):
    result = runner.invoke(main, ["render", str(SEED), "--to", "text"])
    assert result.exit_code == 0
    assert result.output.startswith("Minutes of Conversation between I.V. Stalin and Zhou Enlai\n")


def test_diplomatic_text(runner):
    result = runner.invoke(main, ["render", str(SEED), "--to", "text", "--diplomatic", "--width", "60"])
    assert result.exit_code == 0
    assert result.output.startswith("Present: comrs. Molotov")
    assert max(len(line) for line in result.output.splitlines()) <= 60


def test_html_to_file(runner, tmp_path):
    out = tmp_path / "seed.html"
    result = runner.invoke(main, ["render", str(SEED), "-o", str(out)])
    assert result.exit_code == 0 and result.output == ""
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_refuses_to_overwrite_its_input(runner, tmp_path):
    copy = tmp_path / "x.xml"
    copy.write_bytes(SEED.read_bytes())
    result = runner.invoke(main, ["render", str(copy), "-o", str(copy)])
    assert result.exit_code == 2 and "error[output-is-input]" in result.output
    assert "refusing to overwrite the TEI document" in result.output  # (it had said "the transcript")
    assert copy.read_bytes() == SEED.read_bytes()


@pytest.mark.parametrize("content, code", [
    (b"<TEI xmlns='http://www.tei-c.org/ns/1.0'><text><body><p>a</body></text></TEI>", "xml-syntax"),
    (b"<html><body/></html>", "not-tei"),
    (b"<TEI xmlns='http://www.tei-c.org/ns/1.0'><teiHeader/></TEI>", "no-text"),
    (b'<!DOCTYPE TEI [<!ENTITY e "x">]><TEI xmlns="http://www.tei-c.org/ns/1.0"><text/></TEI>', "xml-entities"),
])
def test_unusable_input_is_a_diagnostic_and_exit_2(runner, tmp_path, content, code):
    path = tmp_path / "in.xml"
    path.write_bytes(content)
    result = runner.invoke(main, ["render", str(path), "--to", "text"])
    assert result.exit_code == 2
    assert f"error[{code}]" in result.output and DIAGNOSTIC.search(result.output)
    assert str(path) in result.output and "Traceback" not in result.output


def test_missing_file(runner, tmp_path):
    result = runner.invoke(main, ["render", str(tmp_path / "nothing.xml")])
    assert result.exit_code == 2 and "error[file-unreadable]" in result.output


def test_bad_option_values_are_refused(runner):
    assert runner.invoke(main, ["render", str(SEED), "--to", "docx"]).exit_code == 2
    assert runner.invoke(main, ["render", str(SEED), "--pages", "footer"]).exit_code == 2
    assert runner.invoke(main, ["render", str(SEED), "--width", "5"]).exit_code == 2


@pytest.mark.parametrize("to", ["html", "text"])
def test_a_file_gets_what_standard_output_gets(runner, tmp_path, to):
    out = tmp_path / f"seed.{to}"
    assert runner.invoke(main, ["render", str(SEED), "--to", to, "-o", str(out)]).exit_code == 0
    shown = runner.invoke(main, ["render", str(SEED), "--to", to])
    assert out.read_bytes() == shown.stdout_bytes and len(shown.stdout_bytes) > 10_000


@pytest.mark.parametrize("output", [True, False])
def test_a_rendering_that_fails_part_way_writes_nothing(runner, tmp_path, monkeypatch, output):
    """The file is written a piece at a time: a failure after the first pieces leaves it as it was."""
    from tei import render
    from tei.diagnostics import InputError, error

    real = render.Renderer.pieces

    def failing(self):
        pieces = iter(real(self))
        yield "x" * 100_000  # past a batch: staged before the failure
        yield next(pieces)
        raise InputError(error("render-too-deep", "planted by the test"))

    monkeypatch.setattr(render.Renderer, "pieces", failing)
    out = tmp_path / "seed.html"
    out.write_text("the old edition")
    result = runner.invoke(main, ["render", str(SEED), *(["-o", str(out)] if output else [])])
    assert result.exit_code == 2 and "error[render-too-deep]: planted by the test" in result.stderr
    assert result.stdout_bytes == b"" and out.read_text() == "the old edition"
    assert sorted(tmp_path.iterdir()) == [out]
