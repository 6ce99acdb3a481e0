"""The collection build: every format, an index, incremental, parallel, isolated, reported."""

from __future__ import annotations

import itertools
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner
from lxml import etree

from conftest import EDITIONS, SEED, SEEDS

from tei import corpus, encode
from tei.diagnostics import InputError
from tei.cli import main
from tei.render import render_html

FORMATS = ("xml", "html", "text")


@pytest.fixture
def seeds(tmp_path):
    folder = tmp_path / "seeds"
    folder.mkdir()
    shutil.copy(SEED, folder / SEED.name)
    shutil.copy(SEED.with_suffix(".toml"), folder / SEED.with_suffix(".toml").name)
    for n in range(3):
        (folder / f"rec-{n}.txt").write_text(f"Record {n}\n\nMR ADAMS said that it was {n}.\n\nMR BAKER agreed.\n")
    return folder


def test_the_index_lists_the_records_in_the_order_of_their_dates(tmp_path):
    """As a documentary edition sets its records: the undated after the dated, in their files' order (the files'
    order had been the page's)."""
    folder = tmp_path / "seeds"
    folder.mkdir()
    for name, date in (("a-later", "1960-03-01"), ("b-undated", None), ("c-earlier", "1950-01-02"),
                       ("d-undated", None), ("e-same-year", "1950")):
        (folder / f"{name}.txt").write_text(f"Record {name}\n\nMR ADAMS said that it was so.\n\nMR BAKER agreed.\n")
        if date:
            (folder / f"{name}.toml").write_text(f'date = "{date}"\n')
    corpus.build(folder, tmp_path / "out", formats=("xml", "html"))
    index = (tmp_path / "out" / "index.html").read_text()
    assert re.findall(r'<section class="index-entry" id="([^"]+)"', index) == [
        "e-same-year", "c-earlier", "a-later", "b-undated", "d-undated"]


def test_builds_every_format_and_an_index(seeds, tmp_path):
    out = tmp_path / "out"
    report = corpus.build(seeds, out, formats=FORMATS)
    assert report.exit_code == 0 and len(report.documents) == 4
    for stem in ("stalin-zhou-1952-09-19", "rec-0", "rec-1", "rec-2"):
        for suffix in (".xml", ".html", ".txt"):
            assert (out / f"{stem}{suffix}").is_file()
    index = (out / "index.html").read_text()
    assert "Minutes of Conversation between I.V. Stalin and Zhou Enlai" in index
    assert 'href="rec-2.html"' in index
    # The date as the editions give it (it had been ISO's), for machines in the datetime too.
    assert '<time datetime="1952-09-19">19 September 1952</time>' in index
    # A record's warnings folded under their count: the editor's, not the reader's (they had filled the page).
    assert '<details class="warnings"><summary>1 warning</summary>' in index
    assert "stalin-zhou-1952-09-19.txt:47:87: warning[bracket-unclosed]" in index
    assert str(tmp_path) not in index  # no folder of this machine in a committed page
    # Each title sets its own direction (an Arabic record's among English ones); each record is named by its
    # transcript, as a collection of thousands of untitled ones needs.
    assert index.count('<h2 dir="auto">') == 4
    # And each participant's name is isolated, so that an Arabic or Hebrew name among English ones keeps its order
    # and does not reorder the commas around it.
    assert "<dd><bdi>I.V. Stalin</bdi>, <bdi>Zhou Enlai</bdi>, " in index
    assert all(f"<dt>Record</dt><dd><code>{stem}</code></dd>" in index
               for stem in ("stalin-zhou-1952-09-19", "rec-0", "rec-1", "rec-2"))


def test_the_committed_editions_are_what_the_tool_builds():
    """In the formats committed (an HTML edition links the others the build makes, so it is checked among them)."""
    committed = [fmt for fmt, suffix in corpus.SUFFIXES.items() if (EDITIONS / f"{SEED.stem}{suffix}").is_file()]
    if "pdf" in committed and not corpus.pdf_available():
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail("the PDF extra is not installed (CI installs it)")
        pytest.skip("the PDF extra is not installed: the committed PDF cannot be built to compare")
    report = corpus.build(SEEDS, EDITIONS, check=True, formats=committed)
    assert report.differing == [] and report.exit_code == 0


def test_incremental_rebuild_skips_unchanged_documents(seeds, tmp_path):
    out = tmp_path / "out"
    corpus.build(seeds, out, formats=FORMATS)
    again = corpus.build(seeds, out, formats=FORMATS)
    assert all(d.skipped for d in again.documents) and again.count("written") == 0
    (seeds / "rec-1.txt").write_text("Record 1\n\nMR ADAMS said that it changed.\n")
    third = corpus.build(seeds, out, formats=FORMATS)
    assert [d.stem for d in third.documents if not d.skipped] == ["rec-1"]
    assert "it changed" in (out / "rec-1.txt").read_text()
    # The sidecar counts too.
    (seeds / "rec-2.toml").write_text('title = "A New Title"\n')
    fourth = corpus.build(seeds, out, formats=FORMATS)
    assert [d.stem for d in fourth.documents if not d.skipped] == ["rec-2"]
    assert "A New Title" in (out / "index.html").read_text()


def test_an_edition_emptied_or_cut_short_or_edited_to_another_length_is_made_again(seeds, tmp_path):
    """An emptied edition had been "up to date" (its transcript, sidecar and the tool unchanged), and the index
    linked it; so had one edited by hand. An edit of the same length is --check's to find."""
    out = tmp_path / "out"
    corpus.build(seeds, out, formats=FORMATS)
    made = {name: (out / name).read_bytes() for name in ("rec-0.xml", "rec-1.html", "rec-2.txt")}
    (out / "rec-0.xml").write_bytes(b"")
    (out / "rec-1.html").write_bytes(made["rec-1.html"][:100])
    (out / "rec-2.txt").write_bytes(made["rec-2.txt"].replace(b"MR ADAMS", b"MR ADAMSON"))
    again = corpus.build(seeds, out, formats=FORMATS)
    assert sorted(d.stem for d in again.documents if not d.skipped) == ["rec-0", "rec-1", "rec-2"]
    assert again.count("written") == 3 and {name: (out / name).read_bytes() for name in made} == made
    (out / "rec-2.txt").write_bytes(made["rec-2.txt"].replace(b"MR ADAMS", b"MR ADDMS"))
    third = corpus.build(seeds, out, formats=FORMATS)
    assert all(d.skipped for d in third.documents)
    assert corpus.build(seeds, out, formats=FORMATS, check=True).differing == [str(out / "rec-2.txt")]


def test_a_changed_tool_rebuilds_every_document_though_its_version_number_is_the_same(seeds, tmp_path, monkeypatch):
    """A fix to the encoder or a template in a checkout changes no version number; the editions it changes
    must not be left as the last build made them."""
    out = tmp_path / "out"
    corpus.build(seeds, out, formats=FORMATS)
    monkeypatch.setattr(corpus, "tool_digest", lambda: "another build of the tool")
    again = corpus.build(seeds, out, formats=FORMATS)
    assert not any(d.skipped for d in again.documents) and again.count("written") == 0  # same bytes: none written


def test_the_tool_digest_reads_the_code_the_templates_and_the_schema(monkeypatch):
    read = []
    real = Path.read_bytes
    monkeypatch.setattr(Path, "read_bytes", lambda path: read.append(path.name) or real(path))
    corpus.tool_digest.cache_clear()
    try:
        corpus.tool_digest()
    finally:
        corpus.tool_digest.cache_clear()
    assert {"encoder.py", "edition.css", "page.html", "tei-encoder.rng", "tei-encoder.sch"} <= set(read)
    assert not any(name.endswith(".pyc") for name in read)


def test_outputs_are_written_only_when_they_change(seeds, tmp_path):
    out = tmp_path / "out"
    corpus.build(seeds, out, formats=FORMATS)
    stamp = (out / "rec-0.xml").stat().st_mtime_ns
    report = corpus.build(seeds, out, formats=FORMATS, incremental=False)
    assert report.count("written") == 0 and (out / "rec-0.xml").stat().st_mtime_ns == stamp


def test_parallel_build_gives_the_same_bytes(seeds, tmp_path):
    corpus.build(seeds, tmp_path / "one", formats=FORMATS, jobs=1)
    corpus.build(seeds, tmp_path / "two", formats=FORMATS, jobs=2)
    for path in sorted((tmp_path / "one").iterdir()):
        if path.name != corpus.MANIFEST:
            assert (tmp_path / "two" / path.name).read_bytes() == path.read_bytes(), path.name


def test_one_bad_document_does_not_stop_the_others(seeds, tmp_path):
    (seeds / "bad.txt").write_bytes(b"STALIN says \xff.")
    report = corpus.build(seeds, tmp_path / "out", formats=FORMATS, jobs=2)
    assert report.exit_code == 1 and report.failed == 1
    (bad,) = [d for d in report.documents if d.failed]
    assert bad.errors[0].code == "source-not-decodable" and bad.errors[0].position.line == 1
    assert not (tmp_path / "out" / "bad.xml").exists() and (tmp_path / "out" / "rec-0.xml").is_file()


def test_json_report(seeds, tmp_path):
    result = CliRunner().invoke(main, ["build", str(seeds), "-o", str(tmp_path / "out"), "--to", "xml",
                                       "--report", "json", "-j", "1"])
    assert result.exit_code == 0
    report = json.loads(result.stdout)
    assert report["summary"]["documents"] == 4 and report["summary"]["warnings"] == 1
    seed = next(d for d in report["documents"] if d["stem"] == "stalin-zhou-1952-09-19")
    assert seed["turns"] == 72 and seed["diagnostics"][0]["line"] is not None
    # Turns by the rule that found them, for each record and the collection: where an editor reviews first.
    assert seed["turn_rules"] == {"register": 72}  # the seed's sidecar names every speaker
    assert next(d for d in report["documents"] if d["stem"] == "rec-0")["turn_rules"] == {"speech-verb": 2}
    summary = report["summary"]["turn_rules"]
    assert summary == {"register": 72, "speech-verb": 6}
    # A record that is up to date reports what its last build found.
    again = json.loads(CliRunner().invoke(main, ["build", str(seeds), "-o", str(tmp_path / "out"), "--to", "xml",
                                                 "--report", "json", "-j", "1"]).stdout)
    assert again["summary"]["up_to_date"] == 4 and again["summary"]["turn_rules"] == summary


def test_build_prints_each_kind_of_note_once_with_its_count(tmp_path):
    """A collection has thousands of editor's notes: one line per kind, each warning still in full."""
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for n in range(3):
        (seeds / f"rec-{n}.txt").write_text(f"Record {n}\n\nMR ADAMS said [?] that [?] it was {n}.\n")
    (seeds / "rec-0.toml").write_text('unknown_key = 1\n')  # a warning, which is printed in full
    args = ["build", str(seeds), "-o", str(tmp_path / "out"), "--to", "xml", "-j", "1"]
    grouped = CliRunner().invoke(main, args)
    assert grouped.exit_code == 0
    notes = [line for line in grouped.stderr.splitlines() if "info[bracket-query]" in line]
    assert notes == [f"info[bracket-query]: 6 notes in 3 files; the first, {seeds / 'rec-0.txt'}:3:15: "
                     "[?] kept as a query for an editor to resolve"]
    assert grouped.stderr.count("hint: declare its meaning") == 1
    assert "warning[" in grouped.stderr and "3 documents (0 up to date)" in grouped.stderr
    assert ", 1 warning, 6 notes, 0 errors" in grouped.stderr
    every = CliRunner().invoke(main, args + ["--force", "-v"])
    assert every.stderr.count("info[bracket-query]") == 6 and every.stderr.count("hint: declare its meaning") == 6
    assert ":3:24: info[bracket-query]" in every.stderr
    quiet = CliRunner().invoke(main, args + ["--force", "-q"])
    assert "info[" not in quiet.stderr and "warning[" in quiet.stderr
    report = json.loads(CliRunner().invoke(main, args + ["--force", "--report", "json"]).stdout)
    assert report["summary"]["notes"] == 6


def test_each_document_reports_its_stage_times_and_sizes(seeds, tmp_path):
    """What benchmarks/build.py reads: CPU of each stage, and the bytes of each output, per document."""
    report = corpus.build(seeds, tmp_path / "out", formats=FORMATS)
    for document in report.documents:
        assert set(document.seconds) == set(corpus.STAGES)
        assert all(seconds > 0 for seconds in document.seconds.values())
        assert set(document.output_bytes) == set(FORMATS)
    xml_only = corpus.build(seeds, tmp_path / "xml-only", formats=("xml",))
    assert all("render" not in d.seconds for d in xml_only.documents)


# -- editions whose transcript is gone


def test_a_build_removes_the_editions_of_a_transcript_that_is_gone(seeds, tmp_path):
    out = tmp_path / "out"
    corpus.build(seeds, out, formats=FORMATS)
    (seeds / "rec-1.txt").unlink()
    report = corpus.build(seeds, out, formats=FORMATS)
    assert sorted(report.removed) == [str(out / f"rec-1{suffix}") for suffix in (".html", ".txt", ".xml")]
    assert not list(out.glob("rec-1.*")) and (out / "rec-0.xml").is_file()
    assert 'href="rec-1.html"' not in (out / "index.html").read_text()
    assert "rec-1" not in json.loads((out / corpus.MANIFEST).read_text())
    assert report.exit_code == 0 and report.lines()[-1].count(", 3 removed;") == 1


def test_a_record_whose_edition_is_gone_is_built_again(seeds, tmp_path):
    out = tmp_path / "out"
    corpus.build(seeds, out, formats=FORMATS)
    (out / "rec-1.html").unlink()
    report = corpus.build(seeds, out, formats=FORMATS)
    assert [d.stem for d in report.documents if not d.skipped] == ["rec-1"] and (out / "rec-1.html").is_file()
    assert report.count("written") == 1 and report.exit_code == 0


def test_the_manifest_holds_a_record_a_line(seeds, tmp_path):
    """So that a diff of it names the records that changed (and json's C encoder writes it)."""
    out = tmp_path / "out"
    corpus.build(seeds, out, formats=("xml",))
    text = (out / corpus.MANIFEST).read_text(encoding="utf-8")
    lines = text.splitlines()
    stems = sorted(p.stem for p in seeds.glob("*.txt"))
    assert lines[0] == "{" and lines[-1] == "}" and text.endswith("}\n") and len(lines) == len(stems) + 3
    assert [line.split('"')[1] for line in lines[1:-1]] == [".seeds", *stems]
    assert [json.loads(line.rstrip(",").partition(": ")[2])["key"] for line in lines[2:-1]] == \
        [entry["key"] for _, entry in sorted(json.loads(text).items()) if isinstance(entry, dict)]


def test_an_edition_this_tool_did_not_record_is_kept_and_named(seeds, tmp_path):
    """Only what the manifest records as built here is deleted: a file of the same shape may be someone
    else's (or come from before the manifest existed)."""
    out = tmp_path / "out"
    corpus.build(seeds, out, formats=FORMATS)
    (out / "notes.txt").write_text("mine")
    (out / "rec-9.html").write_text("<p>mine</p>")
    report = corpus.build(seeds, out, formats=FORMATS)
    assert report.removed == [] and report.exit_code == 0
    assert report.orphaned == [str(out / "notes.txt"), str(out / "rec-9.html")]
    assert (out / "notes.txt").read_text() == "mine" and (out / "rec-9.html").is_file()
    assert report.lines()[0].startswith(f"{out / 'notes.txt'}: no transcript makes it; kept")


def test_a_file_of_the_users_own_where_an_edition_would_go_is_never_replaced(seeds, tmp_path):
    """A site's own index.html stops the build before anything is written; a file of the user's at one record's
    edition fails that record alone. Both had been replaced without a word."""
    out = tmp_path / "site"
    out.mkdir()
    (out / "index.html").write_text("<h1>My own landing page</h1>")
    result = CliRunner().invoke(main, ["build", str(seeds), "-o", str(out), "--to", "xml,html,text", "-j", "1",
                                       "--report", "json"])
    assert result.exit_code == 2 and "Traceback" not in result.stderr
    assert f"{out / 'index.html'}: error[output-not-ours]: not made by this tool" in result.stderr
    assert json.loads(result.stdout)["stopped"][0]["code"] == "output-not-ours"
    assert sorted(p.name for p in out.iterdir()) == ["index.html"]
    assert (out / "index.html").read_text() == "<h1>My own landing page</h1>"

    (out / "index.html").unlink()
    (out / "rec-1.txt").write_text("my notes on record 1")
    report = corpus.build(seeds, out, formats=FORMATS)
    assert report.exit_code == 1 and report.failed == 1
    [failed] = [d for d in report.documents if d.failed]
    assert failed.stem == "rec-1" and [d.code for d in failed.diagnostics] == ["output-not-ours"]
    assert failed.diagnostics[0].file == str(out / "rec-1.txt")
    assert "its text edition would replace it" in failed.diagnostics[0].message
    assert (out / "rec-1.txt").read_text() == "my notes on record 1"
    assert not (out / "rec-1.xml").exists() and not (out / "rec-1.html").exists()
    assert (out / "rec-2.txt").is_file() and (out / "index.html").is_file()  # the others are built


def test_editions_an_earlier_build_made_are_replaced_without_its_manifest(seeds, tmp_path):
    """A clone of a repository that commits its editions has no manifest (it is not committed): each edition is
    known by its mark, and a text edition by the record's other editions. A text edition alone is not known."""
    out = tmp_path / "out"
    corpus.build(seeds, out, formats=FORMATS)
    (out / corpus.MANIFEST).unlink()
    (seeds / "rec-1.txt").write_text("Record 1\n\nMR ADAMS said that it was changed.\n")
    report = corpus.build(seeds, out, formats=FORMATS)
    assert report.exit_code == 0, report.lines()
    assert sorted(Path(p).name for d in report.documents for p in d.written) == ["rec-1.html", "rec-1.txt", "rec-1.xml"]
    assert "changed" in (out / "rec-1.txt").read_text()

    for stem, suffix in (("rec-2", ".xml"), ("rec-0", ".html")):  # a text edition is known by either of the others
        (out / corpus.MANIFEST).unlink()
        (out / f"{stem}{suffix}").unlink()
        (seeds / f"{stem}.txt").write_text("Record\n\nMR ADAMS said that it was changed.\n")
        assert corpus.build(seeds, out, formats=FORMATS).exit_code == 0

    (out / corpus.MANIFEST).unlink()
    (out / "rec-2.xml").unlink()
    (out / "rec-2.html").unlink()
    (seeds / "rec-2.txt").write_text("Record 2\n\nMR ADAMS said that it was changed again.\n")
    report = corpus.build(seeds, out, formats=FORMATS)
    [failed] = [d for d in report.documents if d.failed]
    assert failed.stem == "rec-2" and failed.diagnostics[0].code == "output-not-ours"
    (out / "rec-2.txt").unlink()  # as the hint says
    assert corpus.build(seeds, out, formats=FORMATS).exit_code == 0


def test_the_manifest_vouches_only_for_the_formats_its_build_made(seeds, tmp_path):
    out = tmp_path / "out"
    corpus.build(seeds, out, formats=("xml",))
    (out / "rec-0.html").write_text("<p>mine</p>")
    report = corpus.build(seeds, out, formats=("xml", "html"))
    assert [(d.stem, d.diagnostics[0].code) for d in report.documents if d.failed] == [("rec-0", "output-not-ours")]
    assert (out / "rec-0.html").read_text() == "<p>mine</p>"


def test_check_counts_an_edition_without_a_transcript_as_differing_and_deletes_nothing(seeds, tmp_path):
    out = tmp_path / "out"
    corpus.build(seeds, out, formats=FORMATS)
    (seeds / "rec-2.txt").unlink()
    result = CliRunner().invoke(main, ["build", str(seeds), "-o", str(out), "--to", "xml,html,text", "--check",
                                       "--report", "json", "-j", "1"])
    assert result.exit_code == 1
    orphans = [str(out / f"rec-2{suffix}") for suffix in (".html", ".txt", ".xml")]
    assert json.loads(result.stdout)["summary"]["orphaned"] == orphans
    assert f"{orphans[0]}: no transcript makes it\n" in result.stderr
    assert all(Path(path).is_file() for path in orphans)


def test_an_output_folder_that_cannot_be_written_is_an_error_not_a_traceback(seeds, tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    result = CliRunner().invoke(main, ["build", str(seeds), "-o", str(blocker / "editions"), "--to", "xml",
                                       "-j", "1"])
    assert result.exit_code == 2 and isinstance(result.exception, SystemExit)
    assert "index.html: error[output-unwritable]: cannot write" in result.stderr
    assert "Traceback" not in result.stderr


def test_text_editions_never_take_the_place_of_the_transcripts(seeds):
    before = {path.name: path.read_bytes() for path in seeds.iterdir()}
    result = CliRunner().invoke(main, ["build", str(seeds), "-o", str(seeds / "." / ""), "-j", "1"])
    assert result.exit_code == 2 and "error[output-is-input]" in result.stderr
    assert {path.name: path.read_bytes() for path in seeds.iterdir()} == before
    # Formats that do not collide with a transcript may go beside it.
    assert corpus.build(seeds, seeds, formats=("xml",)).exit_code == 0 and (seeds / "rec-0.xml").is_file()


def test_what_counts_as_a_transcript(seeds, tmp_path):
    """Any case of .txt; no hidden file (a Mac's ._name.txt beside each file on a shared drive is binary);
    two transcripts that would make the same editions: the second fails, named, the first is built."""
    (seeds / "._rec-0.txt").write_bytes(b"\x00\x05\x16\x07\xff\xfe")
    (seeds / ".~lock.rec-1.txt#").write_text("lock")
    (seeds / "OTHER.TXT").write_text("Record\n\nMR ADAMS said that it was upper case.\n")
    (seeds / "rec-2.TXT").write_text("Record\n\nMR ADAMS said that it was the other one.\n")
    report = corpus.build(seeds, tmp_path / "out", formats=("xml",))
    assert [d.stem for d in report.documents if not d.failed] == [
        "OTHER", "rec-0", "rec-1", "rec-2", "stalin-zhou-1952-09-19"]
    (twin,) = [d for d in report.documents if d.failed]
    assert twin.source == str(seeds / "rec-2.txt") and twin.errors[0].code == "same-stem"
    assert "rec-2.TXT makes the editions named rec-2 already" in twin.errors[0].message
    assert "the other one" in (tmp_path / "out" / "rec-2.xml").read_text()
    assert report.exit_code == 1


def _generated_collection(tmp_path: Path) -> tuple[Path, Path]:
    """240 generated records in a folder of transcripts (a build of them takes a few seconds, long enough to stop it
    part way), and the output folder to build them into."""
    from test_generated import CONVENTIONS, record  # benchmarks/generate.py, on the path test_generated sets

    seeds, out = tmp_path / "seeds", tmp_path / "out"
    seeds.mkdir()
    for number in range(240):
        (seeds / f"r{number:03}.txt").write_text(record(number, list(CONVENTIONS)[number % 3])[0], encoding="utf-8")
    return seeds, out


def test_ctrl_c_leaves_no_half_written_file_and_the_next_build_goes_on_from_there(tmp_path):
    """Ctrl-C reaches the whole process group: the workers finish the document in hand, the build says
    how far it got and exits 130, and what it finished is not built again."""
    seeds, out = _generated_collection(tmp_path)
    command = [sys.executable, "-c", "from tei.cli import main; main()", "build", str(seeds), "-o", str(out),
               "--to", "xml,text", "-j", "2", "-q"]
    build = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                             start_new_session=True)
    deadline = time.monotonic() + 60
    while not (out.is_dir() and len(list(out.glob("*.xml"))) >= 10) and time.monotonic() < deadline:
        time.sleep(0.05)
    os.killpg(build.pid, signal.SIGINT)
    _, stderr = build.communicate(timeout=60)
    assert build.returncode == 130, stderr
    done = int(re.search(r"interrupted: (\d+) of 240 documents built", stderr).group(1))
    assert 10 <= done < 240
    assert [p.name for p in out.iterdir() if p.name.endswith(".tmp")] == []
    assert len(list(out.glob("*.xml"))) == len(list(out.glob("*.txt"))) == done
    assert not (out / "index.html").exists()  # written once a build finishes
    again = corpus.build(seeds, out, formats=("xml", "text"), jobs=2)
    assert sum(d.skipped for d in again.documents) == done and again.exit_code == 0
    assert again.count("written") == 2 * (240 - done) and (out / "index.html").is_file()


@pytest.mark.parametrize("jobs, after", [("2", 0), ("2", 0), ("2", 0), ("2", 1), ("2", 30), ("2", 120), ("1", 30)])
def test_ctrl_c_to_the_command_alone_at_any_moment_ends_it_with_130_and_no_traceback(tmp_path, jobs, after):
    """Ctrl-C sent to the command alone (``timeout -s INT``, ``kill -INT``), not its workers: raised wherever it fell,
    it had now and then hung the command at its exit (a lock of the pool's held), printed click's "Aborted!" with
    exit code 1 while the build was planned, or a traceback while Python loaded the tool. ``after``: the editions
    written before it; 0, while the command loads the tool, once lxml is loaded (a fixed wait had sometimes sent it
    before Python had started the command, whose Ctrl-C is then Python's own). Three times so: raised inside the
    loading of the schemas, it had been dropped in more than half the tries, and the build went on to exit 0."""
    seeds, out = _generated_collection(tmp_path)
    command = [sys.executable, "-c", "from tei.command import run; run()", "build", str(seeds), "-o", str(out),
               "--to", "xml,text", "-j", jobs, "-q"]
    build = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                             start_new_session=True)
    deadline = time.monotonic() + 60
    while after and not (out.is_dir() and len(list(out.glob("*.xml"))) >= after) and time.monotonic() < deadline:
        time.sleep(0.01)
    maps = Path(f"/proc/{build.pid}/maps")  # (Linux: what the process has loaded)
    while not after and maps.is_file() and "lxml" not in maps.read_text(errors="replace") \
            and time.monotonic() < deadline:
        time.sleep(0.005)  # until it loads the tool (lxml): Python has started it, and Ctrl-C is its own
    os.kill(build.pid, signal.SIGINT)
    try:
        _, stderr = build.communicate(timeout=60)
    finally:
        if build.poll() is None:  # (hung: the test fails, and leaves no process behind)
            os.killpg(build.pid, signal.SIGKILL)
    assert build.returncode == 130 and "interrupted" in stderr and "Traceback" not in stderr, stderr
    assert "Aborted!" not in stderr
    if out.is_dir():
        assert [p.name for p in out.iterdir() if p.name.endswith(".tmp")] == []
        assert len(list(out.glob("*.xml"))) == len(list(out.glob("*.txt")))
    with pytest.raises(ProcessLookupError):  # no worker left running in the command's group
        os.killpg(build.pid, 0)


def _apart_runs(monkeypatch) -> list[dict]:
    """The environments of the processes that ``tei.apart`` starts, as it starts them."""
    from tei import apart

    started, run = [], subprocess.run
    monkeypatch.setattr(apart.subprocess, "run", lambda command, **kw: started.append(kw["env"]) or run(command, **kw))
    return started


def test_a_long_transcript_is_built_in_a_process_of_its_own_with_the_c_allocator(seeds, tmp_path, monkeypatch):
    """Its outputs are those of a build in the build's own process, byte for byte; the short ones stay there."""
    from tei import apart

    here = corpus.build(seeds, tmp_path / "here", formats=("xml", "html", "text"))
    monkeypatch.setattr(apart, "LARGE", SEED.stat().st_size)  # the seed is "long", the records of a line are not
    started = _apart_runs(monkeypatch)
    built = corpus.build_document
    monkeypatch.setattr(corpus, "build_document", lambda task: pytest.fail(f"{task.source} built here") if
                        task.source.name == SEED.name else built(task))
    apart_ = corpus.build(seeds, tmp_path / "apart", formats=("xml", "html", "text"), jobs=2)
    assert apart_.exit_code == here.exit_code == 0 and apart_.as_dict()["summary"]["turns"] == here.as_dict()[
        "summary"]["turns"] > 0
    assert [env["PYTHONMALLOC"] for env in started] == ["malloc"]  # one process: the seed's
    for made in sorted((tmp_path / "here").iterdir()):
        if made.suffix != ".json":
            assert (tmp_path / "apart" / made.name).read_bytes() == made.read_bytes(), made.name
    assert sorted(p.name for p in (tmp_path / "apart").iterdir()) == sorted(
        p.name for p in (tmp_path / "here").iterdir())
    started.clear()  # and one file alone, as the benchmark builds it
    document = corpus.build_file(seeds / SEED.name, tmp_path / "one", ("xml",))
    assert not document.failed and len(started) == 1
    assert (tmp_path / "one" / "stalin-zhou-1952-09-19.xml").read_bytes() == (tmp_path / "here" /
                                                                             "stalin-zhou-1952-09-19.xml").read_bytes()


def test_a_process_that_ends_without_its_document_fails_that_document_alone(seeds, tmp_path, monkeypatch):
    """Killed (out of memory, say): the document fails, named, and the others are built; with no interpreter to
    start, the document is built in the build's own process."""
    from tei import apart

    monkeypatch.setattr(apart, "LARGE", SEED.stat().st_size)
    dies = tmp_path / "python"
    dies.write_text("#!/bin/sh\necho 'MemoryError' >&2\nkill -9 $$\n")
    dies.chmod(0o755)
    monkeypatch.setattr(apart.sys, "executable", str(dies))
    report = corpus.build(seeds, tmp_path / "out", formats=("xml",))
    (failed,) = [d for d in report.documents if d.failed]
    assert failed.stem == SEED.stem and failed.errors[0].code == "internal-error"
    assert failed.errors[0].message == "the process that built this document ended (killed by signal 9: MemoryError)"
    assert report.exit_code == 1 and sorted(p.name for p in (tmp_path / "out").glob("*.xml")) == [
        "rec-0.xml", "rec-1.xml", "rec-2.xml"]
    monkeypatch.setattr(apart.sys, "executable", "")
    again = corpus.build(seeds, tmp_path / "out", formats=("xml",))
    assert again.exit_code == 0 and (tmp_path / "out" / f"{SEED.stem}.xml").read_bytes() == (
        EDITIONS / f"{SEED.stem}.xml").read_bytes()


def test_the_length_from_which_records_are_built_apart_is_a_setting(seeds, tmp_path, monkeypatch):
    """``TEI_APART_BYTES``: 0 builds every record apart; a value that is no number stops the build, said."""
    started = _apart_runs(monkeypatch)
    monkeypatch.setenv("TEI_APART_BYTES", "0")
    assert corpus.build(seeds, tmp_path / "out", formats=("xml",), jobs=2).exit_code == 0
    assert len(started) == 4 and (tmp_path / "out" / "rec-2.xml").is_file()
    monkeypatch.setenv("TEI_APART_BYTES", "16M")
    result = CliRunner().invoke(main, ["build", str(seeds), "-o", str(tmp_path / "other"), "--to", "xml"])
    assert result.exit_code == 2 and (result.exception is None or isinstance(result.exception, SystemExit))
    assert "TEI_APART_BYTES: error[bad-setting]: TEI_APART_BYTES is '16M', not a number of bytes" in result.stderr
    assert "hint: a whole number (0: every record is built apart), or unset it (16777216)" in result.stderr
    assert not (tmp_path / "other").exists() or not list((tmp_path / "other").glob("*.xml"))


def test_ctrl_c_while_a_long_transcript_is_built_apart_finishes_it_and_ends_with_130(tmp_path):
    """Ctrl-C to the build's process group does not reach the process that builds a long transcript (a group of its
    own, as Python would not have ignored it yet while it starts): it finishes the document, the build stops there
    (the second long one is not begun) and leaves no process behind."""
    from test_generated import record

    seeds, out = tmp_path / "seeds", tmp_path / "out"
    seeds.mkdir()
    for number in range(2):
        (seeds / f"long-{number}.txt").write_text(record(number, "numbered", scale=60)[0], encoding="utf-8")
    assert all(p.stat().st_size > (1 << 20) for p in seeds.iterdir())
    command = [sys.executable, "-c", "from tei.command import run; run()", "build", str(seeds), "-o", str(out),
               "--to", "xml,text", "-q"]
    build = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                             start_new_session=True, env={**os.environ, "TEI_APART_BYTES": str(1 << 20)})
    children = Path(f"/proc/{build.pid}/task/{build.pid}/children")
    deadline = time.monotonic() + 60
    while build.poll() is None and not children.read_text().strip() and time.monotonic() < deadline:
        time.sleep(0.01)
    time.sleep(0.2)
    os.killpg(build.pid, signal.SIGINT)
    try:
        _, stderr = build.communicate(timeout=120)
    finally:
        if build.poll() is None:
            os.killpg(build.pid, signal.SIGKILL)
    assert build.returncode == 130 and "interrupted: 1 of 2 documents built" in stderr, stderr
    assert "Traceback" not in stderr
    assert sorted(p.name for p in out.iterdir()) == [".tei-build.json", "long-0.txt", "long-0.xml"]
    assert etree.parse(str(out / "long-0.xml")).getroot().tag == "{http://www.tei-c.org/ns/1.0}TEI"
    with pytest.raises(ProcessLookupError):
        os.killpg(build.pid, 0)


def test_a_build_that_ignores_ctrl_c_goes_on_ignoring_it(seeds, tmp_path):
    """A shell's background job ignores Ctrl-C (SIGINT ignored when the command starts): the build goes on to its end,
    as Python's own handler would let it."""
    command = [sys.executable, "-c", "from tei.command import run; run()", "build", str(seeds), "-o",
               str(tmp_path / "out"), "--to", "xml", "-j", "2", "-q"]
    build = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                             preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_IGN))
    for _ in range(10):
        time.sleep(0.05)
        if build.poll() is None:
            build.send_signal(signal.SIGINT)
    _, stderr = build.communicate(timeout=60)
    assert build.returncode == 0 and "interrupted" not in stderr, stderr
    assert (tmp_path / "out" / "index.html").is_file()


def test_a_sidecar_beside_no_transcript_is_named(seeds, tmp_path):
    """A sidecar named a letter off its transcript would leave the record without its metadata, silently."""
    (seeds / "rec-O.toml").write_text('title = "Meant for rec-0"\n')
    report = corpus.build(seeds, tmp_path / "out", formats=("xml",))
    assert report.lone_sidecars == [str(seeds / "rec-O.toml")] and report.exit_code == 0
    assert f"{seeds / 'rec-O.toml'}: no transcript of this name beside it; nothing reads this sidecar" \
        in report.lines()
    assert report.as_dict()["summary"]["lone_sidecars"] == [str(seeds / "rec-O.toml")]


def test_a_collection_in_a_legacy_encoding_is_built_with_build_encoding(seeds, tmp_path):
    (seeds / "legacy.txt").write_bytes("MR ADAMS said the caf\u00e9 was closed.\n".encode("cp1252"))
    failed = corpus.build(seeds, tmp_path / "out", formats=("xml",))
    assert [d.errors[0].code for d in failed.documents if d.failed] == ["source-not-decodable"]
    result = CliRunner().invoke(main, ["build", str(seeds), "-o", str(tmp_path / "out"), "--to", "xml", "-j", "1",
                                       "--encoding", "cp1252"])
    assert result.exit_code == 0, result.stderr
    assert "caf\u00e9" in (tmp_path / "out" / "legacy.xml").read_text(encoding="utf-8")
    # The encoding is part of what a document's editions depend on: a build without it is not "up to date".
    again = corpus.build(seeds, tmp_path / "out", formats=("xml",))
    assert not any(d.skipped for d in again.documents) and again.failed == 1


def test_build_encoding_reads_only_the_transcripts_that_are_not_utf8(tmp_path):
    """A folder of Windows-1252 records, some re-saved as UTF-8 (one with a BOM): `--encoding cp1252`, as the hint
    for the others says, had read the UTF-8 ones as Windows-1252 too, "cafÃ©", with no warning."""
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    said = "MR ADAMS said the caf\u00e9 was \u201cclosed\u201d.\n"
    (seeds / "legacy.txt").write_bytes(said.encode("cp1252"))
    (seeds / "resaved.txt").write_bytes(said.encode("utf-8"))
    (seeds / "bom.txt").write_bytes(b"\xef\xbb\xbf" + said.encode("utf-8"))
    result = CliRunner().invoke(main, ["build", str(seeds), "-o", str(tmp_path / "out"), "--to", "text", "-j", "1",
                                       "--encoding", "cp1252"])
    assert result.exit_code == 0, result.stderr
    for stem in ("legacy", "resaved", "bom"):
        text = (tmp_path / "out" / f"{stem}.txt").read_text(encoding="utf-8")
        assert "caf\u00e9 was \u201cclosed\u201d" in text and "\u00c3" not in text, stem
    # So does a collection file's encoding; a record's own sidecar still says how its bytes are read.
    (seeds / "collection.toml").write_text('encoding = "cp1252"\n', encoding="utf-8")
    assert "caf\u00e9" in "".join(encode(seeds / "resaved.txt").tree.getroot().itertext())
    assert "caf\u00e9" in "".join(encode(seeds / "legacy.txt").tree.getroot().itertext())
    (seeds / "resaved.toml").write_text('encoding = "latin-1"\n', encoding="utf-8")
    with pytest.raises(InputError) as caught:  # (its quotation marks' UTF-8 bytes are C1 controls in Latin-1)
        encode(seeds / "resaved.txt")
    assert caught.value.diagnostics[0].code == "source-control-char"
    (seeds / "resaved.txt").write_bytes("MR ADAMS said the caf\u00e9 was closed.\n".encode("utf-8"))
    assert "caf\u00c3\u00a9" in "".join(encode(seeds / "resaved.txt").tree.getroot().itertext())


@pytest.mark.skipif(os.name != "posix", reason="symbolic links")
def test_a_transcript_or_sidecar_that_cannot_be_read_fails_by_name_and_nothing_is_left_out_unsaid(seeds, tmp_path):
    """A link to a transcript that is gone had been left out, and a sidecar that is a folder passed over: the build
    said "0 errors" of both."""
    (seeds / "gone.txt").symlink_to(tmp_path / "nowhere" / "gone.txt")
    (seeds / "rec-1.toml").mkdir()
    report = corpus.build(seeds, tmp_path / "out", formats=("xml",))
    failed = {d.stem: d.errors[0] for d in report.documents if d.failed}
    assert set(failed) == {"gone", "rec-1"} and report.exit_code == 1
    assert {d.code for d in failed.values()} == {"file-unreadable"}
    assert failed["gone"].file == str(seeds / "gone.txt") and failed["rec-1"].file == str(seeds / "rec-1.toml")
    assert (tmp_path / "out" / "rec-0.xml").is_file()


def test_a_folder_without_transcripts_is_said_to_hold_none(tmp_path):
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "notes.md").write_text("# Notes\n", encoding="utf-8")
    report = corpus.build(tmp_path / "seeds", tmp_path / "out", formats=("xml",))
    assert report.documents == [] and report.exit_code == 0
    assert f"{tmp_path / 'seeds'}: no transcript in this folder (a transcript is a .txt file)" in report.lines()
    (tmp_path / "seeds" / "r.txt").write_text("MR ADAMS said so.\n", encoding="utf-8")
    report = corpus.build(tmp_path / "seeds", tmp_path / "out", formats=("xml",))
    assert len(report.documents) == 1 and not any("no transcript in" in line for line in report.lines())


def test_records_are_in_the_order_of_their_names_numbers(tmp_path):
    """"dfat-227" (1975) had come before "dfat-26" (1937): a name's numbers were compared a character at a time."""
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for stem in ("dfat-227", "dfat-26", "dfat-3", "dfat-026", "Dfat-1", "rec-10b", "rec-10a"):
        (seeds / f"{stem}.txt").write_text(f"{stem}\n\nMR ADAMS said so.\n", encoding="utf-8")
    order = ["Dfat-1", "dfat-3", "dfat-26", "dfat-026", "dfat-227", "rec-10a", "rec-10b"]
    assert [p.stem for p in corpus.transcripts(seeds)] == order
    corpus.build(seeds, tmp_path / "out", formats=("xml",))
    index = (tmp_path / "out" / "index.html").read_text(encoding="utf-8")
    assert [index.index(f'id="{stem}"') for stem in order] == sorted(index.index(f'id="{stem}"') for stem in order)


def test_a_records_anchor_in_the_index_takes_no_id_of_the_page_nor_another_records(tmp_path):
    """A record named "persons" had given the index two elements id="persons" (its register's list and the record),
    and "a b" and "a-b" one anchor."""
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for stem in ("persons", "text", "not-built", "person-stalin", "a b", "a-b"):
        (seeds / f"{stem}.txt").write_text("STALIN says yes.\n", encoding="utf-8")
    (seeds / "collection.toml").write_text('[[person]]\nid = "stalin"\nname = "STALIN"\n', encoding="utf-8")
    (seeds / "broken.txt").write_bytes(b"STALIN says \xff.\n")
    corpus.build(seeds, tmp_path / "out", formats=("html",))
    ids = etree.parse(str(tmp_path / "out" / "index.html"), etree.HTMLParser()).xpath("//@id")
    assert len(ids) == len(set(ids)), sorted(ids)
    assert {"persons", "text", "not-built", "person-stalin", "record-persons", "record-text", "record-not-built",
            "record-person-stalin", "a-b", "record-a-b"} <= set(ids)


def test_the_index_links_every_file_by_a_url_that_reaches_it(tmp_path):
    """File names with spaces, "#", "&" and Cyrillic are percent-encoded in links ("#" would start a fragment);
    the title leads to the reading edition, or to what the build made when it made no HTML."""
    from urllib.parse import unquote

    seeds = tmp_path / "seeds"
    seeds.mkdir()
    stem = "Конференция 1945 #2 & co"
    (seeds / f"{stem}.txt").write_text("MR ADAMS said that it was so.\n")
    corpus.build(seeds, tmp_path / "out", formats=("xml", "html"))
    index = (tmp_path / "out" / "index.html").read_text()
    hrefs = re.findall(r'href="([^"]*)"', index)
    assert hrefs and all(" " not in h and "#" not in h and "&" not in h for h in hrefs)
    assert {unquote(h) for h in hrefs} == {f"{stem}.html", f"{stem}.xml"}
    assert all((tmp_path / "out" / unquote(h)).is_file() for h in hrefs)
    assert 'id="Конференция-1945-#2-&amp;-co"' in index  # an id holds no white space
    corpus.build(seeds, tmp_path / "xml-only", formats=("xml",))
    index = (tmp_path / "xml-only" / "index.html").read_text()
    assert {unquote(h) for h in re.findall(r'href="([^"]*)"', index)} == {f"{stem}.xml"}


def test_transcripts_in_subfolders_are_named_not_skipped_in_silence(seeds, tmp_path):
    (seeds / "1952" / "box-2").mkdir(parents=True)
    (seeds / "1952" / "a.txt").write_text("MR ADAMS said that it was so.\n")
    (seeds / "1952" / "box-2" / "b.TXT").write_text("MR ADAMS said that it was so.\n")
    (seeds / "notes").mkdir()
    (seeds / "notes" / "readme.md").write_text("no transcript here")
    (seeds / ".git").mkdir()
    (seeds / ".git" / "x.txt").write_text("hidden")
    report = corpus.build(seeds, seeds / "editions", formats=("xml", "text"))
    assert report.subfolders == [(str(seeds / "1952"), 2)] and len(report.documents) == 4
    assert f"{seeds / '1952'}: a folder with 2 transcripts, not built" in "\n".join(report.lines())
    # The editions' own folder, inside SEEDS, holds text editions, not transcripts.
    assert corpus.build(seeds, seeds / "editions", formats=("xml", "text")).subfolders == [(str(seeds / "1952"), 2)]


def test_a_transcript_named_index_fails_rather_than_lose_its_edition_to_the_index_page(seeds, tmp_path):
    (seeds / "index.txt").write_text("MR ADAMS said that it was so.\n")
    report = corpus.build(seeds, tmp_path / "out", formats=("xml", "html"))
    (clash,) = [d for d in report.documents if d.failed]
    assert clash.stem == "index" and clash.errors[0].code == "reserved-name" and report.exit_code == 1
    assert "<title>Editions</title>" in (tmp_path / "out" / "index.html").read_text()
    assert not (tmp_path / "out" / "index.xml").exists()
    assert corpus.build(seeds, tmp_path / "text-only", formats=("text",)).exit_code == 0


@pytest.mark.parametrize("manifest", [
    "[1, 2]", '"text"', "{broken", '{"rec-0": 5}', '{"rec-0": {"key": 3}}',
    '{"rec-0": {"key": "x", "diagnostics": [1]}}', '{"rec-0": {"key": "x", "date": 1952}}',
    '{"rec-0": {"key": "x", "diagnostics": [{"code": "c", "severity": "nonsense", "message": "m"}]}}',
    '{"rec-0": {"key": "x", "diagnostics": [{"code": "c", "severity": "warning", "message": "m", "line": "1"}]}}',
])
def test_a_manifest_this_version_cannot_read_is_no_reason_for_a_traceback(seeds, tmp_path, manifest):
    out = tmp_path / "out"
    out.mkdir()
    (out / corpus.MANIFEST).write_text(manifest)
    (out / "rec-9.xml").write_text("not ours, as far as this build can tell")
    report = corpus.build(seeds, out, formats=("xml",))
    assert report.exit_code == 0 and not any(d.skipped for d in report.documents)
    assert (out / "rec-9.xml").is_file()  # nothing is deleted on the word of an unreadable record
    assert "rec-0" in json.loads((out / corpus.MANIFEST).read_text())


@pytest.mark.parametrize("turn_rules", [[1], {"speech-verb": "2"}, {"speech-verb": True}, "speech-verb"])
def test_a_hand_edited_count_of_turns_by_rule_rebuilds_the_record(seeds, tmp_path, turn_rules):
    out = tmp_path / "out"
    corpus.build(seeds, out, formats=("xml",))
    manifest = json.loads((out / corpus.MANIFEST).read_text())
    manifest["rec-0"]["turn_rules"] = turn_rules
    (out / corpus.MANIFEST).write_text(json.dumps(manifest))
    report = corpus.build(seeds, out, formats=("xml",))
    assert report.exit_code == 0 and report.as_dict()["summary"]["turn_rules"]["speech-verb"] == 6
    assert [d.stem for d in report.documents if not d.skipped] == ["rec-0"]


@pytest.mark.parametrize("built_before", [False, True], ids=["first-build", "against-the-manifest"])
def test_a_transcript_that_cannot_be_read_fails_alone(seeds, tmp_path, monkeypatch, built_before):
    """(Tests run as root here, where permissions refuse nothing: reading is made to fail instead.) A first
    build's worker works out a record's key; a later build's main process, to compare it with the manifest's."""
    from pathlib import Path as RealPath

    if built_before:
        assert corpus.build(seeds, tmp_path / "out", formats=("xml",)).exit_code == 0

    unreadable = seeds / "rec-1.txt"
    read_bytes = RealPath.read_bytes

    def refuse(path):
        if path == unreadable:
            raise PermissionError(13, "Permission denied", str(path))
        return read_bytes(path)

    monkeypatch.setattr(RealPath, "read_bytes", refuse)
    report = corpus.build(seeds, tmp_path / "out", formats=("xml",))
    (failed,) = [d for d in report.documents if d.failed]
    assert failed.stem == "rec-1" and failed.errors[0].code == "file-unreadable"
    assert failed.errors[0].message == "cannot read: Permission denied" and failed.errors[0].file == str(unreadable)
    assert report.exit_code == 1 and (tmp_path / "out" / "rec-0.xml").is_file()
    skipped = [d.stem for d in report.documents if d.skipped]
    assert skipped == ([d.stem for d in report.documents if d.stem != "rec-1"] if built_before else [])


@pytest.mark.parametrize("count", [1, 15, 16, 17, 100, 1023, 1024, 1025, 10_000])
def test_records_go_to_the_workers_in_parts_that_shrink_towards_the_end(count, tmp_path):
    tasks = [corpus._Task(tmp_path / f"r{i}.txt", tmp_path, ("xml",), False, None) for i in range(count)]
    parts = list(corpus._chunks(tasks, 2))
    assert [t for part in parts for t in part] == tasks  # each once, in order
    sizes = [len(part) for part in parts]
    assert max(sizes) <= 64 and sizes == sorted(sizes, reverse=True) and sizes[-1] == 1
    assert sizes.count(64) == max(0, (count - 1023 + 63) // 64)
    pdf = [corpus._Task(t.source, t.output, ("xml", "pdf"), False, None) for t in tasks[:5]]
    assert [len(part) for part in corpus._chunks(pdf, 2)] == [1] * len(pdf)


def test_a_fault_of_the_tool_on_one_document_fails_that_document_only(seeds, tmp_path, monkeypatch):
    from tei import render

    real = render.render_streams

    def faulty(tree, formats, *args, **kwargs):
        planted = "it was 1." in etree.tostring(tree, encoding="unicode")
        for fmt, output in real(tree, formats, *args, **kwargs):
            if planted and fmt == "text":  # after the XML and the HTML are made, part way into the text
                output = half_then_fault(output)
            yield fmt, output

    def half_then_fault(pieces):
        yield from itertools.islice(pieces, 3)
        raise ValueError("a fault planted by the test")

    monkeypatch.setattr(render, "render_streams", faulty)
    out = tmp_path / "out"
    report = corpus.build(seeds, out, formats=("xml", "html", "text"))
    (failed,) = [d for d in report.documents if d.failed]
    assert failed.stem == "rec-1" and failed.errors[0].code == "internal-error"
    assert "ValueError: a fault planted by the test" in failed.errors[0].message and report.exit_code == 1
    assert (out / "rec-2.html").is_file() and (out / "rec-2.txt").is_file()
    # The failed document's outputs made before the fault are not put in place, and none is left half-way.
    assert not any(out.glob("rec-1.*")) and not any(out.glob(".*.tmp"))
    assert failed.written == [] and failed.unchanged == []


def test_a_document_that_fails_leaves_its_editions_as_they_were(seeds, tmp_path, monkeypatch):
    from tei import render

    out = tmp_path / "out"
    corpus.build(seeds, out, formats=("xml", "html", "text"))
    before = {path.name: path.read_bytes() for path in out.glob("rec-1.*")}
    (seeds / "rec-1.txt").write_text("Record 1\n\nMR ADAMS said that it was 1 again.\n")
    real = render.render_streams
    staged_text = []

    def failing_in_the_text(tree, formats, *args, **kwargs):
        for fmt, output in real(tree, formats, *args, **kwargs):
            yield fmt, half_written(output) if fmt == "text" else output

    def half_written(pieces):
        yield "x" * 100_000  # more than a batch: written to the text's staged file before the fault
        staged_text.extend(out.glob(".rec-1.txt.*.tmp"))
        raise ValueError("a fault planted by the test")

    monkeypatch.setattr(render, "render_streams", failing_in_the_text)
    report = corpus.build(seeds, out, formats=("xml", "html", "text"))
    assert [d.stem for d in report.documents if d.failed] == ["rec-1"]
    # Its new XML and HTML were made, and part of its text, but none put in place: the editions stay
    # one build's, not two, and what was staged is gone.
    assert len(staged_text) == 1
    assert {path.name: path.read_bytes() for path in out.glob("rec-1.*")} == before
    assert not any(out.glob(".*.tmp"))


@pytest.mark.skipif(os.name != "posix", reason="stale staged files are recognised by their process on POSIX only")
def test_a_build_removes_what_a_killed_build_left_staged_and_nothing_else(seeds, tmp_path):
    out = tmp_path / "out"
    corpus.build(seeds, out, formats=("xml",))
    ended = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    stale = out / f".rec-0.xml.{ended.stdout.strip()}-3.tmp"  # staged by a process that no longer runs
    in_flight = out / f".rec-1.xml.{os.getpid()}-99.tmp"  # by one that runs (a build into the same folder)
    others = [out / ".notes.tmp", out / ".rec-2.xml.0-1.tmp", out / "rec-2.xml.123-1.tmp"]  # not names it makes
    for path in [stale, in_flight, *others]:
        path.write_bytes(b"<TEI")
    corpus.build(seeds, out, formats=("xml",), check=True)
    assert stale.exists()  # a check writes and removes nothing
    corpus.build(seeds, out, formats=("xml",))
    assert not stale.exists() and in_flight.exists() and all(path.exists() for path in others)
    if sys.platform.startswith("linux"):  # a process ended but not reaped (a zombie) runs no more either
        zombie = subprocess.Popen([sys.executable, "-c", "pass"])
        while _alive(zombie.pid):  # (until it has ended: this process does not reap it yet)
            time.sleep(0.01)
        left = out / f".rec-0.xml.{zombie.pid}-5.tmp"
        left.write_bytes(b"<TEI")
        corpus.build(seeds, out, formats=("xml",))
        zombie.wait()
        assert not left.exists()


def test_two_collections_built_into_one_folder_do_not_delete_each_others_editions(seeds, tmp_path):
    out, other = tmp_path / "out", tmp_path / "other-seeds"
    other.mkdir()
    (other / "elsewhere.txt").write_text("MR ADAMS said that it was elsewhere.\n")
    corpus.build(seeds, out, formats=("xml",))
    second = corpus.build(other, out, formats=("xml",))
    assert second.removed == [] and (out / "rec-0.xml").is_file() and (out / "elsewhere.xml").is_file()
    assert str(out / "rec-0.xml") in second.orphaned  # named: no transcript here makes it
    # and why it is kept: the other collection's build made it (it had said this tool's last build did not)
    assert f"{out / 'rec-0.xml'}: no transcript makes it; kept, as a build from another folder of transcripts made " \
        "it" in "\n".join(second.lines())
    assert second.as_dict()["summary"]["orphaned_elsewhere"] == [str(out / f"{stem}.xml") for stem in (
        "rec-0", "rec-1", "rec-2", "stalin-zhou-1952-09-19")]
    # The manifest now speaks for the second collection: its own removed transcript is removed.
    (other / "elsewhere.txt").unlink()
    assert corpus.build(other, out, formats=("xml",)).removed == [str(out / "elsewhere.xml")]
    assert (out / "rec-0.xml").is_file()


def test_the_index_names_the_transcripts_that_made_no_edition(seeds, tmp_path):
    (seeds / "bad.txt").write_bytes(b"STALIN says \xff.")
    corpus.build(seeds, tmp_path / "out", formats=("xml", "html"))
    index = (tmp_path / "out" / "index.html").read_text()
    assert "4 records; 1 not built" in index and "<h2>Not built</h2>" in index
    assert "<dt>bad.txt</dt>" in index and "bad.txt:1:13: error[source-not-decodable]" in index
    assert str(tmp_path) not in index


def test_an_unknown_build_encoding_is_refused_before_anything_is_built(seeds, tmp_path):
    result = CliRunner().invoke(main, ["build", str(seeds), "-o", str(tmp_path / "out"), "--encoding", "klingon"])
    assert result.exit_code == 2 and "unknown encoding 'klingon'" in result.stderr
    assert not (tmp_path / "out").exists()


def test_an_up_to_date_records_notes_are_counted_as_they_were(seeds, tmp_path):
    """A build counted the records' notes for the editor (the seed's queries); the next, the records up to date,
    counted none, and its JSON report had no trace of them. The manifest keeps their number."""
    first = corpus.build(seeds, tmp_path / "out", formats=("xml",))
    notes = first.count("notes")
    assert notes > 0
    again = corpus.build(seeds, tmp_path / "out", formats=("xml",))
    assert all(d.skipped for d in again.documents) and again.count("notes") == notes
    assert again.as_dict()["summary"]["notes"] == notes
    assert sum(item["notes_not_repeated"] for item in again.as_dict()["documents"]) == notes
    assert f"{notes} note" in again.lines()[-1]
    result = CliRunner().invoke(main, ["build", str(seeds), "-o", str(tmp_path / "out"), "--to", "xml"])
    assert f"({notes} note{'s' if notes > 1 else ''} of the records up to date counted, not repeated: tei build " \
           "--force lists them)" in result.stderr
    assert corpus.build(seeds, tmp_path / "out", formats=("xml",), incremental=False).count("notes") == notes


def test_an_output_of_a_format_left_out_made_from_an_earlier_transcript_is_stale_and_not_linked(seeds, tmp_path):
    """A build with --to leaving the PDF out, after its transcript changed: the old PDF stayed, and the index linked
    it as the record's, though it printed the old words. Made from what the record is made from now (its HTML
    rebuilt alone, the transcript unchanged, by this tool or a later one), it stays linked. (Here the text edition
    stands for the PDF.)"""
    out = tmp_path / "out"
    corpus.build(seeds, out, formats=("xml", "text"))
    (seeds / "rec-1.txt").write_text("Record 1\n\nMR ADAMS said that it was changed.\n")
    for _ in range(2):  # (and again, the record now up to date)
        report = corpus.build(seeds, out, formats=("xml",))
        assert report.stale == ["rec-1.txt"] and report.as_dict()["summary"]["stale"] == ["rec-1.txt"]
        assert "1 text edition made from an earlier transcript, sidecar or collection file, and not rebuilt by " \
               "this build's formats: left in place, not linked from the index (--to with text among the formats " \
               "rebuilds them" in "\n".join(report.lines())  # (the option's name: "txt" had been refused)
        index = (out / "index.html").read_text()
        assert 'href="rec-0.txt"' in index and 'href="rec-1.txt"' not in index and 'href="rec-1.xml"' in index
    report = corpus.build(seeds, out, formats=("xml", "text"))
    assert report.stale == [] and 'href="rec-1.txt"' in (out / "index.html").read_text()
    assert "changed" in (out / "rec-1.txt").read_text()


def test_a_manifest_from_before_it_recorded_what_outputs_were_made_from_marks_nothing_stale(seeds, tmp_path):
    out = tmp_path / "out"
    corpus.build(seeds, out, formats=("xml", "text"))
    manifest = out / ".tei-build.json"
    entries = json.loads(manifest.read_text())
    for entry in entries.values():
        if isinstance(entry, dict):  # (the key as an earlier version wrote it: one digest, no formats)
            entry["key"] = entry["key"].partition("/")[0]
            entry.pop("made", None)
    manifest.write_text(json.dumps(entries))
    (seeds / "rec-1.txt").write_text("Record 1\n\nMR ADAMS said that it was changed.\n")
    report = corpus.build(seeds, out, formats=("xml",))
    assert report.stale == [] and 'href="rec-1.txt"' in (out / "index.html").read_text()


def test_an_html_edition_of_the_collection_links_its_index_and_its_other_formats(seeds, tmp_path):
    """The editions had no way back to the collection's index, nor to their TEI and text; a reader landing on one
    from a search had none either. The links name what this build makes, and are not printed."""
    corpus.build(seeds, tmp_path / "out", formats=("xml", "html", "text"))
    page = (tmp_path / "out" / "rec-1.html").read_text()
    links = re.search(r'<ul class="collection">(.*?)</ul>', page, re.DOTALL).group(1)
    assert re.findall(r'<a href="([^"]+)">([^<]+)</a>', links) == [
        ("index.html", "Collection"), ("rec-1.xml", "TEI XML"), ("rec-1.txt", "Plain text")]
    corpus.build(seeds, tmp_path / "html", formats=("html",))
    page = (tmp_path / "html" / "rec-1.html").read_text()
    assert re.findall(r'<ul class="collection">\n<li><a href="([^"]+)">', page) == ["index.html"]
    assert 'class="collection"' not in render_html(encode(seeds / "rec-1.txt").tree)  # (tei render: none)


def test_an_interrupted_build_removes_no_edition_that_the_old_index_still_links(seeds, tmp_path):
    """The editions of a transcript that is gone are removed once the build is whole, with the new index: an
    interrupted build had removed them first, and left the old index linking files that were no more."""
    out = tmp_path / "out"
    corpus.build(seeds, out, formats=FORMATS)
    (seeds / "rec-0.txt").unlink()
    (seeds / "rec-1.txt").write_text("Record 1\n\nMR ADAMS said that it was changed.\n")

    def interrupted(results, total):
        raise KeyboardInterrupt
        yield  # (a generator, as the build's progress is)

    with pytest.raises(corpus.BuildInterrupted):
        corpus.build(seeds, out, formats=FORMATS, progress=interrupted)
    assert (out / "rec-0.html").is_file() and 'href="rec-0.html"' in (out / "index.html").read_text()
    report = corpus.build(seeds, out, formats=FORMATS)
    assert report.removed == [str(out / f"rec-0{suffix}") for suffix in (".html", ".txt", ".xml")]
    assert not (out / "rec-0.html").exists() and 'href="rec-0.html"' not in (out / "index.html").read_text()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the kernel's parent-death signal is Linux's")
@pytest.mark.parametrize("kill", [signal.SIGTERM, signal.SIGKILL], ids=["term", "kill"])
def test_a_build_killed_outright_takes_its_workers_with_it(tmp_path, kill):
    """`kill` (SIGTERM) or `kill -9` to the build alone had left its two workers waiting for work for ever."""
    seeds, out = _generated_collection(tmp_path)
    command = [sys.executable, "-c", "from tei.cli import main; main()", "build", str(seeds), "-o", str(out),
               "--to", "xml", "-j", "2", "-q"]
    build = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    children = Path(f"/proc/{build.pid}/task/{build.pid}/children")
    deadline = time.monotonic() + 60
    while not (out.is_dir() and list(out.glob("*.xml"))) and time.monotonic() < deadline:
        time.sleep(0.05)
    workers = [int(pid) for pid in children.read_text().split()]
    assert len(workers) >= 2
    os.kill(build.pid, kill)
    build.wait(timeout=60)
    deadline = time.monotonic() + 20
    while any(_alive(pid) for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not any(_alive(pid) for pid in workers)
    # What they had staged, the next build removes; it finishes the collection.
    assert corpus.build(seeds, out, formats=("xml",)).exit_code == 0
    assert not [p for p in out.iterdir() if p.name.endswith(".tmp")]


def _alive(pid: int) -> bool:
    """Whether the process runs (a zombie, which its parent has not reaped, is ended)."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


@pytest.mark.skipif(os.name != "posix", reason="the folder's lock is POSIX's flock")
def test_a_second_build_into_a_folder_another_is_writing_into_stops_before_writing(seeds, tmp_path):
    """Two builds into one folder at once had mixed two collections' versions of a record (its XML from one, its
    PDF, the index and the manifest from the other)."""
    import fcntl

    out = tmp_path / "out"
    out.mkdir()
    other = os.open(out, os.O_RDONLY)  # as a build that is writing holds it
    try:
        fcntl.flock(other, fcntl.LOCK_EX | fcntl.LOCK_NB)
        result = CliRunner().invoke(main, ["build", str(seeds), "-o", str(out), "--to", "xml", "-j", "1",
                                           "--report", "json"])
        assert result.exit_code == 2 and f"{out}: error[output-busy]: another build is writing" in result.stderr
        assert json.loads(result.stdout)["stopped"][0]["code"] == "output-busy"
        assert list(out.iterdir()) == []
        # --check writes nothing, and may read while a build writes.
        assert corpus.build(seeds, out, check=True, formats=("xml",)).documents
    finally:
        os.close(other)
    assert corpus.build(seeds, out, formats=("xml",)).exit_code == 0
    assert corpus.build(seeds, out, formats=("xml",)).exit_code == 0  # (the lock let go at the end)


def test_the_summary_says_when_the_index_alone_was_made_again(seeds, tmp_path):
    out = tmp_path / "out"
    first = corpus.build(seeds, out, formats=("xml",))
    assert first.lines()[-1].count("4 files written and the index, 0 unchanged") == 1
    (out / "index.html").unlink()
    again = corpus.build(seeds, out, formats=("xml",))
    assert "0 files written and the index, 0 unchanged" in again.lines()[-1]  # (it had said "0 files written")
    assert again.as_dict()["summary"]["index_written"] is True
    assert "0 files written, 0 unchanged" in corpus.build(seeds, out, formats=("xml",)).lines()[-1]


def test_an_interrupted_check_says_it_checked_and_wrote_nothing(seeds, tmp_path):
    out = tmp_path / "out"
    corpus.build(seeds, out, formats=("xml",))

    def interrupted(results, total):
        raise KeyboardInterrupt
        yield

    with pytest.raises(corpus.BuildInterrupted) as caught:
        corpus.build(seeds, out, check=True, formats=("xml",), progress=interrupted, incremental=False)
    assert str(caught.value) == "interrupted: 0 of 4 documents checked; nothing was written"
