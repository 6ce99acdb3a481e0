"""The wheel ships the schema, and an installed copy loads it from itself, not from this checkout."""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile

import pytest
from conftest import EDITIONS, ROOT

SCHEMA_FILES = {"tei/schema/tei-encoder.odd", "tei/schema/tei-encoder.rng", "tei/schema/tei-encoder.sch",
                "tei/schema/__init__.py"}


@pytest.fixture(scope="module")
def wheel(tmp_path_factory):
    """Build from a copy of the sources (a build writes into its source folder)."""
    source = tmp_path_factory.mktemp("source")
    for name in ("pyproject.toml", "README.md"):
        if (ROOT / name).is_file():
            shutil.copy(ROOT / name, source / name)
    if not (source / "README.md").exists():
        (source / "README.md").write_text("tei-encoder\n")
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    shutil.copytree(ROOT / "tei", source / "tei", ignore=ignore)
    shutil.copytree(ROOT / "schema", source / "schema", ignore=ignore)
    out = tmp_path_factory.mktemp("wheel")
    done = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", str(out),
                           str(source)], capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stdout + done.stderr
    (built,) = out.glob("*.whl")
    return built


def test_the_wheel_holds_the_schema(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    assert SCHEMA_FILES <= names
    assert "tei/validation.py" in names and "tei/schematron.py" in names


def test_an_installed_copy_validates_with_its_own_schema(wheel, tmp_path):
    target = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(target)
    edition = sorted(EDITIONS.glob("*.xml"))[0]
    script = (
        "import sys\n"
        f"sys.path.insert(0, {str(target)!r})\n"
        "import tei, tei.validation as v\n"
        "from importlib.resources import files\n"
        f"assert tei.__file__.startswith({str(target)!r}), tei.__file__\n"
        f"assert str(files('tei.schema')).startswith({str(target)!r})\n"
        f"report = v.validate_file({str(edition)!r})\n"
        "assert report.verdict == 'valid' and report.schema == 'tei-encoder', report\n"
        "assert v.project_schema().schematron.codes\n"
        "print('ok')\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=tmp_path)
    assert done.returncode == 0 and done.stdout.strip() == "ok", done.stderr
