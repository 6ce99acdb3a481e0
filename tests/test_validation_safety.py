"""Hostile XML: no external entity, DTD, network or XInclude is ever read; bombs are refused at once.

Verdicts (exit codes): a file we refuse to read, or that is not TEI at all, is unusable (2);
a TEI document in the wrong namespace or with an XInclude is read and is invalid (1).
"""

from __future__ import annotations

import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import ROOT

from tei import validation
from tei.cli import main

FIXTURES = ROOT / "tests" / "fixtures" / "validation"


class Listener:
    """A local TCP server that records whether anyone connected (the network must never be used)."""

    def __init__(self) -> None:
        self.server = socket.socket()
        self.server.bind(("127.0.0.1", 0))
        self.server.listen(5)
        self.server.settimeout(0.1)
        self.port = self.server.getsockname()[1]
        self.connections = 0
        self._stop = False
        self.thread = threading.Thread(target=self._run, daemon=True)
        self.thread.start()

    def _run(self) -> None:
        while not self._stop:
            try:
                connection, _ = self.server.accept()
            except OSError:
                continue
            self.connections += 1
            connection.close()

    def close(self) -> None:
        self._stop = True
        self.thread.join()
        self.server.close()


@pytest.fixture()
def listener():
    server = Listener()
    yield server
    server.close()


def run(*args: str):
    return CliRunner().invoke(main, ["validate", *args])


def fixture(name: str, tmp_path: Path, port: int | None = None, secret: Path | None = None) -> Path:
    """A fixture file, with its network address and local file pointed at this test's listener and secret."""
    text = (FIXTURES / name).read_text(encoding="utf-8")
    if port is not None:
        text = text.replace("127.0.0.1:9", f"127.0.0.1:{port}")
    if secret is not None:
        text = text.replace("file:///etc/passwd", secret.as_uri())
    target = tmp_path / name
    target.write_text(text, encoding="utf-8")
    return target


@pytest.fixture()
def secret(tmp_path) -> Path:
    path = tmp_path / "secret.txt"
    path.write_text("TOP-SECRET-7f3a9c")
    return path


@pytest.mark.parametrize("name, code", [
    ("external-entity-file.xml", "xml-entities"),
    ("parameter-entity.xml", "xml-entities"),
    ("external-dtd.xml", "xml-dtd"),
])
def test_local_files_are_never_read(tmp_path, secret, listener, name, code):
    target = fixture(name, tmp_path, listener.port, secret)
    result = run(str(target))
    assert result.exit_code == 2
    assert f"error[{code}]" in result.stderr
    assert "TOP-SECRET" not in result.output + result.stderr
    assert "root:" not in result.output + result.stderr  # nor /etc/passwd
    assert listener.connections == 0


@pytest.mark.parametrize("name, code", [
    ("external-entity-http.xml", "xml-entities"),
    ("external-dtd.xml", "xml-dtd"),
])
def test_the_network_is_never_used(tmp_path, listener, name, code):
    target = fixture(name, tmp_path, listener.port)
    assert str(listener.port) in target.read_text()
    result = run(str(target))
    assert result.exit_code == 2 and f"error[{code}]" in result.stderr
    time.sleep(0.2)
    assert listener.connections == 0


def test_a_remote_schema_in_xml_model_is_never_fetched(tmp_path, listener):
    text = (FIXTURES / "minimal.xml").read_text().replace(
        "<TEI ", f'<?xml-model href="http://127.0.0.1:{listener.port}/tei_all.rng" '
                'schematypens="http://relaxng.org/ns/structure/1.0"?>\n<TEI ', 1)
    target = tmp_path / "remote-schema.xml"
    target.write_text(text)
    report = validation.validate_file(target)
    assert report.verdict == "valid" and report.schema == "tei-encoder"
    time.sleep(0.2)
    assert listener.connections == 0


@pytest.mark.parametrize("name", ["billion-laughs.xml", "quadratic-blowup.xml"])
def test_entity_bombs_are_refused_at_once(name):
    started = time.perf_counter()
    result = run(str(FIXTURES / name))
    assert time.perf_counter() - started < 5
    assert result.exit_code == 2 and "error[xml-entities]" in result.stderr
    assert "lollollol" not in result.stderr and "xxxxxxxxxx" not in result.stderr


def test_xinclude_is_never_processed(tmp_path, secret, listener):
    target = fixture("xinclude.xml", tmp_path, listener.port, secret)
    report = validation.validate_file(target)
    assert report.verdict == "invalid"
    (diagnostic,) = report.errors
    assert diagnostic.code == "element-not-allowed" and "XInclude is never processed" in diagnostic.message
    assert (diagnostic.position.line, diagnostic.position.column) == (5, 28)
    assert "TOP-SECRET" not in diagnostic.format()
    assert run(str(target)).exit_code == 1


def test_a_huge_text_node_is_refused_quickly(tmp_path):
    target = tmp_path / "huge.xml"
    head = (FIXTURES / "minimal.xml").read_text().split("<text>")[0]
    target.write_text(head + "<text><body><p>" + "a" * 20_000_000 + "</p></body></text></TEI>\n")
    started = time.perf_counter()
    result = run(str(target))
    assert time.perf_counter() - started < 5
    assert result.exit_code == 2 and "error[xml-too-large]" in result.stderr


def test_not_tei_is_unusable():
    result = run(str(FIXTURES / "not-tei.xml"))
    assert result.exit_code == 2
    assert "not-tei.xml:2:1: error[not-tei]: the root element is html, not TEI" in result.stderr


def test_tei_in_the_wrong_namespace_is_invalid():
    result = run(str(FIXTURES / "wrong-namespace.xml"))
    assert result.exit_code == 1
    assert "wrong-namespace.xml:2:1: error[tei-namespace]: TEI is in no namespace" in result.stderr
    assert 'xmlns="http://www.tei-c.org/ns/1.0"' in result.stderr


def test_not_well_formed_is_unusable_with_its_position():
    result = run(str(FIXTURES / "not-well-formed.xml"))
    assert result.exit_code == 2
    assert "not-well-formed.xml:4:" in result.stderr and "error[xml-syntax]" in result.stderr


def test_the_minimal_fixture_is_valid():
    """The attack fixtures are valid TEI apart from their attack: the refusals are about the attack."""
    assert validation.validate_file(FIXTURES / "minimal.xml").verdict == "valid"


def test_the_tool_itself_refuses_in_a_fresh_process(tmp_path, secret):
    """End to end, through the installed command: the secret never reaches the output."""
    target = fixture("external-entity-file.xml", tmp_path, secret=secret)
    done = subprocess.run([str(Path(sys.executable).parent / "tei"), "validate", str(target)],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 2 and "TOP-SECRET" not in done.stdout + done.stderr


@pytest.mark.parametrize("name", ["external-entity-file.xml", "parameter-entity.xml", "external-dtd.xml",
                                  "xinclude.xml"])
def test_a_referenced_local_file_is_never_even_opened(tmp_path, name):
    """The referenced file is a named pipe: opening it for reading would block, so the run would time out."""
    import os

    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    text = (FIXTURES / name).read_text().replace("file:///etc/passwd", pipe.as_uri())
    text = text.replace("http://127.0.0.1:9/tei.dtd", pipe.as_uri())
    assert pipe.as_uri() in text
    target = tmp_path / name
    target.write_text(text)
    script = f"from tei import validation; print(validation.validate_file({str(target)!r}).verdict)"
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=30)
    assert done.stdout.strip() in ("unusable", "invalid"), done.stderr


def test_deep_nesting_is_refused_quickly(tmp_path):
    target = tmp_path / "deep.xml"
    head = (FIXTURES / "minimal.xml").read_text().split("<text>")[0]
    target.write_text(head + "<text><body><p>" + "<hi>" * 100_000 + "x" + "</hi>" * 100_000 + "</p></body></text></TEI>")
    started = time.perf_counter()
    result = run(str(target))
    assert time.perf_counter() - started < 5
    assert result.exit_code == 2 and "error[xml-too-large]" in result.stderr
