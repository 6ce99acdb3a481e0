"""The command line: output where asked, clear errors, exit codes, no tracebacks."""

from __future__ import annotations

import shutil

import pytest
from click.testing import CliRunner

from conftest import SEED

import tei
from tei.cli import main


def run(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def test_every_command_has_help():
    for name, command in main.commands.items():
        result = run(name, "--help")
        assert result.exit_code == 0 and command.help and len(result.output) > 40


def test_encode_to_stdout_equals_library_output():
    result = run("encode", str(SEED), "-q")
    assert result.exit_code == 0
    assert result.stdout_bytes == tei.encode(SEED).to_bytes()


def test_a_dash_for_the_output_is_standard_output(tmp_path, monkeypatch):
    """``-o -`` wrote a file named "-" in the folder; the shell's tools read a dash as standard output."""
    monkeypatch.chdir(tmp_path)
    edition = SEED.parent.parent / "editions" / f"{SEED.stem}.xml"
    for command in (("encode", str(SEED), "-q", "-o", "-"), ("render", str(edition),
                                                            "--to", "text", "-o", "-")):
        result = run(*command)
        assert result.exit_code == 0 and len(result.stdout_bytes) > 10_000
        assert not (tmp_path / "-").exists()
    assert run("encode", str(SEED), "-q", "-o", "-").stdout_bytes == tei.encode(SEED).to_bytes()


def test_encode_reports_the_warning_with_position(tmp_path):
    out = tmp_path / "out.xml"
    result = run("encode", str(SEED), "-o", str(out))
    assert result.exit_code == 0
    assert out.read_bytes() == tei.encode(SEED).to_bytes()
    assert "stalin-zhou-1952-09-19.txt:47:87: warning[bracket-unclosed]" in result.stderr


def test_output_equal_to_input_is_refused(tmp_path):
    source = tmp_path / "rec.txt"
    source.write_text("STALIN says yes.")
    result = run("encode", str(source), "-o", str(source))
    assert result.exit_code == 2
    assert "error[output-is-input]" in result.stderr and "refusing to overwrite the transcript" in result.stderr
    assert source.read_text() == "STALIN says yes."


def test_missing_file_is_a_clear_error():
    result = run("encode", "no/such/file.txt")
    assert result.exit_code == 2
    assert "no/such/file.txt: error[file-unreadable]" in result.stderr
    assert "Traceback" not in result.output


def test_bad_sidecar_points_at_its_line(tmp_path):
    source = tmp_path / "rec.txt"
    source.write_text("STALIN says yes.")
    (tmp_path / "rec.toml").write_text('title = "A"\ndate = [\n')
    result = run("encode", str(source))
    assert result.exit_code == 2
    assert f"{tmp_path / 'rec.toml'}:2:" in result.stderr and "error[sidecar-toml]" in result.stderr


def test_a_control_character_in_the_sidecar_is_an_error_not_a_traceback(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "rec.txt").write_text("STALIN says yes.")
    (seeds / "rec.toml").write_text('title = "A\\u0001B"\n')
    result = run("encode", str(seeds / "rec.txt"))
    assert result.exit_code == 2
    assert f"{seeds / 'rec.toml'}:1:1: error[sidecar-field]" in result.stderr
    (seeds / "good.txt").write_text("STALIN says yes.")
    result = run("build", str(seeds), "-o", str(tmp_path / "out"))
    assert result.exit_code == 1 and "U+0001" in result.stderr
    assert (tmp_path / "out" / "good.xml").is_file() and not (tmp_path / "out" / "rec.xml").exists()


def test_not_utf8_suggests_encoding_option(tmp_path):
    source = tmp_path / "rec.txt"
    source.write_bytes("STALIN says caf\u00e9.".encode("cp1252"))
    result = run("encode", str(source))
    assert result.exit_code == 2 and "--encoding" in result.stderr
    result = run("encode", str(source), "--encoding", "cp1252", "-q")
    assert result.exit_code == 0 and "café" in result.stdout


def test_unwritable_output_leaves_nothing_behind(tmp_path):
    source = tmp_path / "rec.txt"
    source.write_text("STALIN says yes.")
    blocked = tmp_path / "file"
    blocked.write_text("")
    result = run("encode", str(source), "-o", str(blocked / "out.xml"))
    assert result.exit_code == 2 and "error[output-unwritable]" in result.stderr
    assert list(tmp_path.iterdir()) == sorted([source, blocked]) or set(tmp_path.iterdir()) == {source, blocked}


def test_build_and_check(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    shutil.copy(SEED, seeds / SEED.name)
    shutil.copy(SEED.with_suffix(".toml"), seeds / SEED.with_suffix(".toml").name)
    editions = tmp_path / "editions"
    result = run("build", str(seeds), "-o", str(editions), "--to", "xml,text", "-j", "1")
    assert result.exit_code == 0 and "2 files written" in result.stderr
    assert (editions / "stalin-zhou-1952-09-19.xml").read_bytes() == tei.encode(SEED).to_bytes()
    assert run("build", str(seeds), "-o", str(editions), "--to", "xml,text", "--check").exit_code == 0
    (editions / "stalin-zhou-1952-09-19.txt").write_text("changed")
    result = run("build", str(seeds), "-o", str(editions), "--to", "xml,text", "--check")
    assert result.exit_code == 1 and "stalin-zhou-1952-09-19.txt: differs" in result.stderr


def test_build_refuses_an_unknown_format(tmp_path):
    result = CliRunner().invoke(main, ["build", str(SEED.parent), "--to", "xml,docx"])
    assert result.exit_code == 2 and "unknown format 'docx'" in result.output


@pytest.mark.parametrize("formats", ["", " , "])
def test_build_refuses_no_format(tmp_path, formats):
    """``--to ''`` had built every format, a PDF each too, as if --to were not given."""
    result = CliRunner().invoke(main, ["build", str(SEED.parent), "-o", str(tmp_path / "out"), "--to", formats])
    assert result.exit_code == 2 and "no format named; choose from xml, html, text, pdf" in result.output
    assert not (tmp_path / "out").exists()


def test_build_goes_on_past_a_bad_document(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "bad.txt").write_bytes(b"STALIN says \x01.")
    (seeds / "good.txt").write_text("STALIN says yes.")
    result = run("build", str(seeds), "-o", str(tmp_path / "out"))
    assert result.exit_code == 1
    assert "bad.txt:1:13: error[source-control-char]" in result.stderr
    assert (tmp_path / "out" / "good.xml").is_file() and not (tmp_path / "out" / "bad.xml").exists()


def test_every_command_is_in_the_readme():
    readme = (SEED.parent.parent / "README.md").read_text()
    for name in main.commands:
        assert f"tei {name}" in readme, f"README does not show `tei {name}`"
