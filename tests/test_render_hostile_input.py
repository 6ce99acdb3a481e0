"""`tei render` reads XML as carefully as `tei validate`: each attack is refused quickly, nothing read."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from tei.cli import main

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "validation"

REFUSED = ["billion-laughs.xml", "external-dtd.xml", "external-entity-file.xml", "external-entity-http.xml",
           "parameter-entity.xml", "quadratic-blowup.xml", "not-well-formed.xml"]


@pytest.mark.parametrize("name", REFUSED)
@pytest.mark.parametrize("to", ["html", "text"])
def test_attacks_are_refused_with_a_diagnostic(name, to):
    started = time.perf_counter()
    result = CliRunner().invoke(main, ["render", str(FIXTURES / name), "--to", to], catch_exceptions=False)
    assert result.exit_code == 2
    assert f"{FIXTURES / name}:" in result.stderr and "error[" in result.stderr
    assert result.stdout == "" and "Traceback" not in result.output
    assert time.perf_counter() - started < 10  # refused, not expanded (a generous bound, not a benchmark)


def test_xinclude_is_rendered_as_an_element_not_followed(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-CONTENT")
    source = (FIXTURES / "xinclude.xml").read_text()
    assert "file:///etc/passwd" in source
    source = source.replace("file:///etc/passwd", secret.as_uri())
    target = tmp_path / "doc.xml"
    target.write_text(source)
    result = CliRunner().invoke(main, ["render", str(target), "--to", "text"], catch_exceptions=False)
    assert result.exit_code == 0 and "Included:" in result.stdout
    assert "TOP-SECRET-CONTENT" not in result.output


def test_a_huge_text_node_is_refused(tmp_path):
    path = tmp_path / "huge.xml"
    path.write_bytes(b'<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body><p>' + b"a" * 20_000_000
                     + b"</p></body></text></TEI>")
    result = CliRunner().invoke(main, ["render", str(path), "--to", "text"], catch_exceptions=False)
    assert result.exit_code == 2 and "error[" in result.stderr
