"""The project's schema and `tei validate`: verdicts, exit codes, summary, JSON, schema choice, caching."""

from __future__ import annotations

import copy
import itertools
import json
import os
import subprocess
import sys
import time

import pytest
from click.testing import CliRunner
from conftest import EDITIONS, ROOT, SEED, tei_all_path
from lxml import etree

import tei
from tei import corpus, validation
from tei.cli import main
from tei.ns import TEI
from tei.rngsimplify import simplify

NS = {"t": TEI}
RNG_NS = "{http://relaxng.org/ns/structure/1.0}"
FIXTURES = ROOT / "tests" / "fixtures" / "validation"
SEED_EDITION = EDITIONS / "stalin-zhou-1952-09-19.xml"


@pytest.fixture(scope="module")
def tei_all_schema(tei_all) -> validation.Schema:
    """TEI's full schema through the validation module (compiled once per process)."""
    return validation.tei_all_schema(tei_all_path())


def run(*args: str, env: dict | None = None):
    return CliRunner(env=env).invoke(main, ["validate", *args])


# -- the project's schema


def kept_elements() -> set[str]:
    odd = etree.parse(str(ROOT / "schema" / "tei-encoder.odd"))
    names = set()
    for module in odd.iterfind(".//t:schemaSpec/t:moduleRef[@include]", NS):
        names.update(module.get("include").split())
    return names


def test_the_rng_defines_exactly_the_elements_the_odd_lists():
    rng = etree.parse(str(ROOT / "schema" / "tei-encoder.rng"))
    defined = {e.get("name") for e in rng.iter(RNG_NS + "element") if e.get("name")}
    assert defined == kept_elements()


def test_the_schema_has_every_element_the_encoder_writes(seed_result):
    written = {etree.QName(e).localname for e in seed_result.tree.iter(etree.Element)}
    assert written <= kept_elements()
    for name in ("ana", "resp", "cert"):
        assert validation.project_schema().grammar.attributes("p") >= {name}


def test_the_schema_ships_without_tei_documentation_or_embedded_rules():
    text = (ROOT / "schema" / "tei-encoder.rng").read_text()
    assert "schematron" not in text and "a:documentation" not in text
    assert "Do not edit" in text and "TEI P5 4." in text


def test_every_edition_is_valid_under_the_project_schema_and_its_rules():
    editions = sorted(EDITIONS.glob("*.xml"))
    assert editions
    for edition in editions:
        report = validation.validate_file(edition)
        assert report.schema == "tei-encoder" and report.verdict == "valid", report.diagnostics


def test_every_edition_is_valid_under_tei_all(tei_all_schema):
    for edition in sorted(EDITIONS.glob("*.xml")):
        report = validation.validate_file(edition, tei_all_schema)
        assert report.verdict == "valid", report.diagnostics


def test_the_odd_is_a_tei_document_valid_under_tei_all(tei_all_schema):
    report = validation.validate_file(ROOT / "schema" / "tei-encoder.odd", tei_all_schema)
    assert report.verdict == "valid", report.diagnostics


def test_the_committed_rng_is_what_the_odd_derives(tei_all):
    done = subprocess.run([sys.executable, str(ROOT / "scripts" / "derive-schema"), "--check",
                           "--tei-all", str(tei_all_path())], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


def test_derivation_refuses_an_element_tei_does_not_have(tmp_path, tei_all):
    derive = _derive_module()
    odd = tmp_path / "bad.odd"
    odd.write_text((ROOT / "schema" / "tei-encoder.odd").read_text().replace('include="particDesc"',
                                                                             'include="particDesc paragraph"'))
    with pytest.raises(SystemExit, match="paragraph"):
        derive.derive(tei_all_path(), odd)


def _derive_module():
    import importlib.machinery
    import importlib.util

    loader = importlib.machinery.SourceFileLoader("derive", str(ROOT / "scripts" / "derive-schema"))
    module = importlib.util.module_from_spec(importlib.util.spec_from_loader("derive", loader))
    loader.exec_module(module)
    return module


def _same_language(before: etree._Element, after: etree._Element, words) -> None:
    old, new = etree.RelaxNG(before), etree.RelaxNG(after)
    for children in words:
        document = etree.fromstring("<list>" + "".join(f"<{c}/>" for c in children) + "</list>")
        assert new.validate(document) == old.validate(document), children


def _grammar(content: str, defines: str = "") -> etree._Element:
    return etree.fromstring(f'<grammar xmlns="{RNG_NS[1:-1]}"><start><element name="list">{content}</element>'
                            f'</start>{defines}</grammar>')


_WORDS = ["".join(w) for n in range(6) for w in itertools.product("abc", repeat=n)]


@pytest.mark.parametrize("outer, inner, merged", [("oneOrMore", "oneOrMore", "oneOrMore"),
                                                  ("oneOrMore", "zeroOrMore", "zeroOrMore"),
                                                  ("zeroOrMore", "oneOrMore", "zeroOrMore"),
                                                  ("zeroOrMore", "zeroOrMore", "zeroOrMore")])
def test_a_repeat_of_a_repeat_becomes_one_repeat(outer, inner, merged):
    grammar = _grammar(f'<{outer}><{inner}><{inner}><choice><element name="a"><empty/></element>'
                       f'<element name="b"><empty/></element></choice></{inner}></{inner}></{outer}>')
    before = copy.deepcopy(grammar)
    simplify(grammar)
    repeat = grammar.find(f"{RNG_NS}start/{RNG_NS}element")[0]
    assert repeat.tag == f"{RNG_NS}{merged}" and [c.tag for c in repeat] == [f"{RNG_NS}choice"]
    _same_language(before, grammar, _WORDS)


def test_members_then_relations_repeated_become_one_member_then_either():
    """(a+ b*)+, TEI's lists of persons, places … : a (a | b)*, the same language."""
    grammar = _grammar('<oneOrMore><oneOrMore><ref name="a"/></oneOrMore><zeroOrMore><ref name="b"/></zeroOrMore>'
                       '</oneOrMore>', '<define name="a"><element name="a"><empty/></element></define>'
                       '<define name="b"><choice><element name="b"><empty/></element><element name="c">'
                       '<attribute name="n"/></element></choice></define>')
    before = copy.deepcopy(grammar)
    simplify(grammar)
    content = grammar.find(f"{RNG_NS}start/{RNG_NS}element")[0]
    assert content.tag == f"{RNG_NS}group" and [c.tag for c in content] == [f"{RNG_NS}ref", f"{RNG_NS}zeroOrMore"]
    _same_language(before, grammar, _WORDS)


def test_members_that_are_not_elements_alone_are_left_as_they_are():
    grammar = _grammar('<oneOrMore><oneOrMore><ref name="a"/></oneOrMore><zeroOrMore><element name="b"><empty/>'
                       '</element></zeroOrMore></oneOrMore>',
                       '<define name="a"><choice><element name="a"><empty/></element><text/></choice></define>')
    before = etree.tostring(grammar)
    simplify(grammar)
    assert etree.tostring(grammar) == before


def test_no_grammar_the_tool_checks_with_keeps_an_ambiguous_repeat(tei_all_schema):
    """libxml2 keeps a state for every way of cutting a run between such repeats: a listPerson of 2,000
    persons took 6.3 s to check under the project's schema and 9.7 s under tei_all; now 0.05 s."""
    repeats = {f"{RNG_NS}oneOrMore", f"{RNG_NS}zeroOrMore"}
    for grammar in (etree.parse(str(ROOT / "schema" / "tei-encoder.rng")), tei_all_schema.tree):
        nested = [r.sourceline for r in grammar.iter(*repeats) if len(r) == 1 and r[0].tag in repeats]
        ambiguous = [r.sourceline for r in grammar.iter(f"{RNG_NS}oneOrMore")
                     if [c.tag for c in r] == [f"{RNG_NS}oneOrMore", f"{RNG_NS}zeroOrMore"]]
        assert nested == [] and ambiguous == []


def test_schemas_compile_once_per_process(tei_all_schema):
    assert validation.project_schema() is validation.project_schema()
    started = time.perf_counter()
    assert validation.tei_all_schema(tei_all_path()) is tei_all_schema
    assert time.perf_counter() - started < 0.5


# -- the encoder validates what it writes


def test_encoded_transcripts_are_valid(seed_result):
    assert validation.validate_result(seed_result) == []


def test_encode_refuses_to_write_invalid_tei(tmp_path, monkeypatch):
    from tei.diagnostics import error

    def invalid(result, name=None, in_place=False):
        return [error("closer-signed", "closer has no signed with a persName", name, 3, 5)]

    monkeypatch.setattr(validation, "validate_result", invalid)
    target = tmp_path / "out.xml"
    result = CliRunner().invoke(main, ["encode", str(SEED), "-o", str(target), "-q"])
    assert result.exit_code == 1
    assert f"{target}:3:5: error[closer-signed]" in result.stderr and "not written" in result.stderr
    assert not target.exists()


def test_build_counts_invalid_output_as_failed_and_writes_nothing(tmp_path, monkeypatch):
    from tei.diagnostics import error

    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for source in (SEED, SEED.with_suffix(".toml")):
        (seeds / source.name).write_bytes(source.read_bytes())
    monkeypatch.setattr(corpus, "validate_result",
                        lambda result, name=None, in_place=False: [error("note-not-empty", "note is empty", name, 1, 1)])
    report = corpus.build(seeds, tmp_path / "editions", formats=("xml", "text"))
    assert report.failed == 1 and report.exit_code == 1 and report.count("written") == 0
    assert not list((tmp_path / "editions").glob("stalin-zhou*"))
    assert any(d.code == "note-not-empty" for d in report.diagnostics)


def test_build_writes_valid_output(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for source in (SEED, SEED.with_suffix(".toml")):
        (seeds / source.name).write_bytes(source.read_bytes())
    report = corpus.build(seeds, tmp_path / "editions", formats=("xml",))
    assert report.failed == 0 and report.count("written") == 1


# -- the command


def test_valid_file_exit_0_and_a_summary():
    result = run(str(SEED_EDITION))
    assert result.exit_code == 0
    assert result.stderr.strip() == "1 file: 1 valid, 0 invalid, 0 errors"
    assert result.stdout == ""


def test_mixed_run_exit_codes_and_summary(tmp_path):
    broken = tmp_path / "broken.xml"
    broken.write_text(SEED_EDITION.read_text().replace("</closer>", "</closer><p>x</p>").replace(
        '<pb n="2"/>', '<pb n="2" colour="red"/>'))
    result = run(str(SEED_EDITION), str(broken))
    assert result.exit_code == 1
    assert result.stderr.strip().splitlines()[-1] == "2 files: 1 valid, 1 invalid, 2 errors"
    result = run(str(SEED_EDITION), str(broken), str(tmp_path / "missing.xml"))
    assert result.exit_code == 2
    assert result.stderr.strip().splitlines()[-1] == "3 files: 1 valid, 1 invalid, 1 unusable, 3 errors"
    assert "missing.xml: error[file-unreadable]" in result.stderr


def test_a_folder_is_its_xml_files(tmp_path):
    for index in range(3):
        (tmp_path / f"e{index}.xml").write_bytes(SEED_EDITION.read_bytes())
    (tmp_path / "notes.txt").write_text("not XML")
    result = run(str(tmp_path))
    assert result.exit_code == 0 and result.stderr.startswith("3 files: 3 valid")


def test_json_format(tmp_path):
    broken = tmp_path / "broken.xml"
    broken.write_text(SEED_EDITION.read_text().replace('<pb n="2"/>', '<pb n="2" colour="red"/>'))
    result = run("--format", "json", str(SEED_EDITION), str(broken))
    assert result.exit_code == 1
    data = json.loads(result.stdout)
    assert data["summary"] == {"files": 2, "valid": 1, "invalid": 1, "unusable": 0, "errors": 1}
    first, second = data["files"]
    assert first["verdict"] == "valid" and first["diagnostics"] == [] and first["schema"] == "tei-encoder"
    (diagnostic,) = second["diagnostics"]
    assert diagnostic["code"] == "attribute-not-allowed" and diagnostic["severity"] == "error"
    assert diagnostic["line"] > 1 and diagnostic["column"] > 1 and diagnostic["file"] == str(broken)
    assert "error[" not in result.stdout.split("{", 1)[0]


def test_schema_option_names_any_relax_ng_file(tmp_path):
    schema = tmp_path / "only-tei.rng"
    schema.write_text('<element name="TEI" ns="http://www.tei-c.org/ns/1.0" '
                      'xmlns="http://relaxng.org/ns/structure/1.0"><empty/></element>')
    result = run("--schema", str(schema), str(FIXTURES / "minimal.xml"))
    assert result.exit_code == 1 and "error[" in result.stderr
    # The named schema decides, even for a document that is not TEI.
    schema.write_text('<grammar xmlns="http://relaxng.org/ns/structure/1.0"><start><ref name="any"/></start>'
                      '<define name="any"><element><anyName/><zeroOrMore><choice><attribute><anyName/>'
                      '</attribute><text/><ref name="any"/></choice></zeroOrMore></element></define></grammar>')
    result = run("--schema", str(schema), str(FIXTURES / "not-tei.xml"))
    assert result.exit_code == 0 and result.stderr.startswith("1 file: 1 valid")


def test_unusable_schema_and_conflicting_options(tmp_path):
    bad = tmp_path / "bad.rng"
    bad.write_text("<grammar/>")
    result = run("--schema", str(bad), str(SEED_EDITION))
    assert result.exit_code == 2 and "error[schema-unusable]" in result.stderr
    result = run("--schema", str(bad), "--tei-all", str(SEED_EDITION))
    assert result.exit_code == 2 and "give one" in result.output + result.stderr


def test_tei_all_without_a_path_says_how_to_set_it():
    env = {k: v for k, v in os.environ.items() if k != "TEI_ALL_RNG"}
    done = subprocess.run([sys.executable, "-m", "tei.cli", "validate", "--tei-all", str(SEED_EDITION)],
                          capture_output=True, text=True, env=env)
    assert done.returncode == 2
    assert "error[tei-all-missing]" in done.stderr and "TEI_ALL_RNG" in done.stderr
    assert "--tei-all-path" in done.stderr


def test_tei_all_path_that_does_not_exist(tmp_path):
    result = run("--tei-all-path", str(tmp_path / "nope.rng"), str(SEED_EDITION))
    assert result.exit_code == 2 and "error[tei-all-missing]" in result.stderr


def test_tei_all_option(tei_all_schema):
    result = run("--tei-all", str(SEED_EDITION), str(FIXTURES / "minimal.xml"),
                 env={"TEI_ALL_RNG": str(tei_all_path())})
    assert result.exit_code == 0 and result.stderr.startswith("2 files: 2 valid")


def test_help_says_tei_all_checks_relax_ng_only():
    result = CliRunner().invoke(main, ["validate", "--help"])
    assert result.exit_code == 0
    assert "RELAX NG only" in " ".join(result.output.split())


# -- choosing the schema


def test_documents_of_others_are_not_held_to_the_projects_rules(tmp_path):
    text = SEED_EDITION.read_text()
    start = text.index("<TEI")
    others = tmp_path / "other.xml"
    # Neither the project's xml-model nor the encoder's appInfo: RELAX NG only, no project rules.
    body = text[start:].replace('ident="tei-encoder"', 'ident="someone-else"').replace('who="#molotov"',
                                                                                       'who="#nobody"')
    others.write_text('<?xml version="1.0" encoding="UTF-8"?>\n' + body)
    report = validation.validate_file(others)
    assert report.verdict == "valid" and report.schema == "tei-encoder"
    declared = tmp_path / "declared.xml"
    declared.write_text(text.replace('who="#molotov"', 'who="#nobody"'))
    assert [d.code for d in validation.validate_file(declared).diagnostics] == ["ref-resolves"] * 2


def test_a_local_schema_named_by_xml_model_is_used(tmp_path):
    schema = tmp_path / "schemas" / "strict.rng"
    schema.parent.mkdir()
    schema.write_text('<element name="TEI" ns="http://www.tei-c.org/ns/1.0" '
                      'xmlns="http://relaxng.org/ns/structure/1.0"><empty/></element>')
    text = (FIXTURES / "minimal.xml").read_text().replace(
        "<TEI ", '<?xml-model href="schemas/strict.rng" type="application/xml" '
                 'schematypens="http://relaxng.org/ns/structure/1.0"?>\n<TEI ', 1)
    target = tmp_path / "doc.xml"
    target.write_text(text)
    report = validation.validate_file(target)
    assert report.schema == str(schema) and report.verdict == "invalid"
    target.write_text(text.replace("schemas/strict.rng", "schemas/missing.rng"))
    report = validation.validate_file(target)
    assert report.verdict == "valid" and report.schema == "tei-encoder"


def test_the_note_on_a_fallback_appears_only_when_invalid(tmp_path):
    text = (FIXTURES / "minimal.xml").read_text().replace(
        "<TEI ", '<?xml-model href="https://example.org/tei_all.rng" '
                 'schematypens="http://relaxng.org/ns/structure/1.0"?>\n<TEI ', 1)
    target = tmp_path / "doc.xml"
    target.write_text(text)
    assert validation.validate_file(target).diagnostics == []
    target.write_text(text.replace("<p>A valid", "<foo/><p>A valid"))
    codes = [(d.code, d.severity.value) for d in validation.validate_file(target).diagnostics]
    assert ("schema-remote", "info") in codes and ("element-not-allowed", "error") in codes


def test_in_process_validation_is_fast_after_the_first():
    """Not a benchmark (see benchmarks/validation.py): a guard against an accidental recompile per file."""
    data = SEED_EDITION.read_bytes()
    validation.validate_bytes(data, "x.xml")
    started = time.perf_counter()
    for _ in range(10):
        assert validation.validate_bytes(data, "x.xml").verdict == "valid"
    assert (time.perf_counter() - started) / 10 < 0.5


def test_the_library_api_is_importable_from_the_package():
    assert callable(validation.validate_tree) and callable(validation.validate_result)
    assert validation.validate_tree(tei.encode(SEED).tree) == []


def test_a_document_without_xml_model_gets_a_note_when_invalid(tmp_path):
    target = tmp_path / "doc.xml"
    target.write_text((FIXTURES / "minimal.xml").read_text().replace("<p>A valid", "<foo/><p>A valid"))
    report = validation.validate_file(target)
    assert report.verdict == "invalid"
    assert [(d.code, d.severity.value) for d in report.diagnostics][-1] == ("schema-default", "info")
    assert "--tei-all" in report.diagnostics[-1].hint


def test_a_progress_bar_on_a_terminal_for_a_long_run(tmp_path):
    import pty

    for index in range(25):
        (tmp_path / f"e{index:02}.xml").write_bytes(SEED_EDITION.read_bytes())
    broken = tmp_path / "e99.xml"
    broken.write_text(SEED_EDITION.read_text().replace('<pb n="2"/>', '<pb n="2" colour="red"/>'))
    master, slave = pty.openpty()
    done = subprocess.run([sys.executable, "-m", "tei.cli", "validate", str(tmp_path)], stdout=subprocess.PIPE,
                          stderr=slave, timeout=120)
    os.close(slave)
    chunks = []
    while True:
        try:
            chunk = os.read(master, 65536)
        except OSError:
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(master)
    shown = b"".join(chunks).decode()
    assert done.returncode == 1
    assert "validating" in shown and "100%" in shown
    # Diagnostics come after the bar, whole; the summary is last.
    assert shown.index("100%") < shown.index("error[attribute-not-allowed]")
    assert shown.strip().splitlines()[-1].strip() == "26 files: 25 valid, 1 invalid, 1 error"


def test_no_progress_bar_when_not_a_terminal(tmp_path):
    for index in range(25):
        (tmp_path / f"e{index:02}.xml").write_bytes(SEED_EDITION.read_bytes())
    done = subprocess.run([sys.executable, "-m", "tei.cli", "validate", str(tmp_path)], capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0 and done.stderr == "25 files: 25 valid, 0 invalid, 0 errors\n"


def test_a_signature_without_a_typed_name_encodes_valid():
    """`Recorded by: [signature]` names nobody: it stays a paragraph, not a closer without a signatory."""
    result = tei.encode("Minutes of a talk\n\nSTALIN says that we agree.\n\nRecorded by: [signature]\n")
    assert validation.validate_result(result) == []


def test_encoded_real_records_are_valid_under_the_project_schema_and_tei_all(tei_all):
    """The other real records (headings, openers, footnotes, numbered paragraphs) beside the seed."""
    folder = tei_all_path().parent.parent / "transcripts"
    sources = sorted(folder.glob("*.txt")) if folder.is_dir() else []
    if not sources:
        pytest.skip(f"no real transcripts in {folder}")
    for source in sources:
        result = tei.encode(source)
        assert validation.validate_result(result) == [], source.name
        assert tei_all.validate(result.tree), (source.name, str(tei_all.error_log))


class _CountingRelaxNG:
    """A compiled RELAX NG that counts its runs."""

    def __init__(self, relaxng: etree.RelaxNG) -> None:
        self.relaxng, self.runs = relaxng, 0

    def validate(self, tree) -> bool:
        self.runs += 1
        return self.relaxng.validate(tree)

    @property
    def error_log(self):
        return self.relaxng.error_log


@pytest.mark.parametrize("quick", [False, True])
def test_an_invalid_document_is_checked_by_the_whole_grammar_once(tmp_path, quick):
    """Its messages come from the run that gave the verdict, when the whole grammar gave it."""
    import copy as copying

    from tei.schemas import Schema, project_schema

    project = project_schema()
    schema = Schema("counted", copying.deepcopy(project.tree), quick=quick)
    schema.relaxng = counted = _CountingRelaxNG(schema.relaxng)
    if quick:
        schema.quick.whole = counted
    data = (EDITIONS / "stalin-zhou-1952-09-19.xml").read_bytes()
    bad = data.replace(b'<sp who="#molotov"', b'<sp bogus="1" who="#molotov"', 1)
    report = validation.validate_bytes(bad, "bad.xml", schema.without_rules())
    assert [d.code for d in report.diagnostics] == ["attribute-not-allowed"] and counted.runs == 1
    expected = validation.validate_bytes(bad, "bad.xml", project.without_rules())
    assert [d.format() for d in report.diagnostics] == [d.format() for d in expected.diagnostics]


def test_standard_input_is_validated_as_a_file_named_stdin():
    """`tei encode x | tei validate -`: what the encoder printed, checked without a file between."""
    valid = CliRunner().invoke(main, ["validate", "-"], input=SEED_EDITION.read_bytes())
    assert valid.exit_code == 0 and "1 file: 1 valid" in valid.output
    broken = CliRunner().invoke(main, ["validate", "-"], input=b"<TEI>\n<text>")
    assert broken.exit_code != 0 and "<stdin>:2:" in broken.output and "Traceback" not in broken.output
