"""`tei validate --tei-all` gives the same verdicts as jing (the reference RELAX NG validator) on real TEI.

jing is optional for the project (it needs Java); this test uses it when it is on PATH, skips with the
reason when it is not, and fails under CI (which installs it from .ci/apt-packages).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import EDITIONS, tei_all_path

from tei import validation
from tei.cli import main

EXPECTED_INVALID = {"invalid-frus-1976-11-12-hac-meeting-with-kissinger.orig.xml"}


def samples_folder() -> Path | None:
    """$TEI_SAMPLES, else the samples/ folder beside the schemas/ folder of $TEI_ALL_RNG."""
    value = os.environ.get("TEI_SAMPLES")
    if value:
        return Path(value)
    schema = tei_all_path()
    return schema.parent.parent / "samples" if schema else None


@pytest.fixture(scope="module")
def jing() -> str:
    found = shutil.which("jing")
    if found is None:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail("jing is not installed: CI installs it from .ci/apt-packages")
        pytest.skip("jing is not on PATH (apt-get install jing) : verdicts not compared")
    return found


@pytest.fixture(scope="module")
def samples(tei_all) -> list[Path]:
    folder = samples_folder()
    if folder is None or not folder.is_dir():
        message = f"no TEI samples folder ({folder}); set TEI_SAMPLES"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(message)
        pytest.skip(message)
    return sorted(folder.glob("*.xml"))


def jing_invalid(jing: str, files: list[Path]) -> set[str]:
    """Names of the files jing finds invalid (one run for all: the JVM starts once)."""
    done = subprocess.run([jing, str(tei_all_path()), *map(str, files)], capture_output=True, text=True,
                          timeout=600)
    invalid = set()
    for line in done.stdout.splitlines():
        match = re.match(r"(.+?):\d+:\d+: (?:error|fatal):", line)
        if match:
            invalid.add(Path(match.group(1)).name)
    assert done.returncode == (1 if invalid else 0), done.stdout + done.stderr
    return invalid


def test_verdicts_match_jing_on_the_samples(jing, samples):
    assert len(samples) >= 7
    schema = validation.tei_all_schema(tei_all_path())
    ours = {path.name for path in samples if validation.validate_file(path, schema).verdict != "valid"}
    assert ours == jing_invalid(jing, samples)
    assert ours == EXPECTED_INVALID


def test_verdicts_match_jing_on_editions_and_broken_documents(jing, tmp_path, tei_all):
    edition = next(iter(sorted(EDITIONS.glob("*.xml"))))
    text = edition.read_text()
    cases = {
        "edition.xml": text,
        "p-after-closer.xml": text.replace("</closer>", "</closer><p>x</p>"),
        "bad-attribute.xml": text.replace('<pb n="2"/>', '<pb n="2" colour="red"/>'),
        "repeated-id.xml": text.replace('xml:id="p2"', 'xml:id="p1"'),
        "bad-date.xml": text.replace('when="1952-09-19"', 'when="19 Sept"'),
        "undeclared-speaker.xml": text.replace('who="#molotov"', 'who="#nobody"'),  # a project rule only
    }
    for name, content in cases.items():
        (tmp_path / name).write_text(content)
    files = sorted(tmp_path.glob("*.xml"))
    schema = validation.tei_all_schema(tei_all_path())
    ours = {path.name for path in files if validation.validate_file(path, schema).verdict != "valid"}
    assert ours == jing_invalid(jing, files)
    assert ours == {"p-after-closer.xml", "bad-attribute.xml", "repeated-id.xml", "bad-date.xml"}


def test_the_command_on_the_samples(samples):
    result = CliRunner().invoke(main, ["validate", "--tei-all", *map(str, samples)],
                                env={"TEI_ALL_RNG": str(tei_all_path())})
    assert result.exit_code == 1
    assert result.stderr.strip().splitlines()[-1] == f"{len(samples)} files: {len(samples) - 1} valid, 1 invalid, 1 error"
    (line,) = [l for l in result.stderr.splitlines() if ": error[" in l]
    assert line.startswith(str(samples[0].parent / next(iter(EXPECTED_INVALID))) + ":14:17: error[element-not-allowed]")
    assert "publicationStmt must start with one of: ab, authority, distributor, p, publisher" in result.stderr
