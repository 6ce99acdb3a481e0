"""The compiled modules (tei.native): the same outputs as Python's, and never a stale build run."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys

import pytest

from conftest import ROOT
from tei import native

sys.path.insert(0, str(ROOT / "benchmarks"))
from generate import CONVENTIONS  # noqa: E402


# The inputs compared: the seed, records of each generated convention, and the fuzzer's odd texts.
_FINGERPRINTS = """
import hashlib, json, random, sys
sys.path.insert(0, "benchmarks")
import tei
from tei import native, validation
from tei.render import render_formats
from tei.diagnostics import TeiError
from fuzz import generate
from generate import CONVENTIONS, record

def fingerprint(source):
    try:
        result = tei.encode(source, name="x.txt")
        checked = validation.validate_result(result, in_place=False)
        made = render_formats(result.tree)
        parts = [result.to_bytes(), repr(result.diagnostics).encode(), repr(checked).encode(),
                 made["html"].encode(), made["text"].encode()]
    except TeiError as exc:
        parts = [repr(exc.diagnostics).encode()]
    return hashlib.sha256(b"\\0".join(parts)).hexdigest()

rng = random.Random(5)
texts = [open("seeds/stalin-zhou-1952-09-19.txt", encoding="utf-8").read()]
texts += [record(seed, convention)[0] for convention in sorted(CONVENTIONS) for seed in range(12)]
texts += [generate(rng) for _ in range(150)]
print(json.dumps({"compiled": native.compiled(), "prints": [fingerprint(text) for text in texts]}))
"""


def _fingerprints(pure: bool) -> dict:
    env = {**os.environ, "TEI_PURE": "1"} if pure else {k: v for k, v in os.environ.items() if k != "TEI_PURE"}
    done = subprocess.run([sys.executable, "-c", _FINGERPRINTS], cwd=ROOT, env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout)


def _needs_the_build() -> None:
    if not native.fresh():
        reason = "the modules are not compiled, or not of their sources (scripts/compile.py)"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"{reason}: CI runs the suite compiled")
        pytest.skip(reason)


def test_the_compiled_modules_make_every_output_as_python_does():
    _needs_the_build()
    compiled, python = _fingerprints(pure=False), _fingerprints(pure=True)
    assert compiled["compiled"] and not python["compiled"]
    assert len(compiled["prints"]) == 1 + 12 * len(CONVENTIONS) + 150
    differ = [k for k, (a, b) in enumerate(zip(compiled["prints"], python["prints"])) if a != b]
    assert not differ, f"inputs {differ[:10]} differ"


def test_tei_pure_runs_the_modules_as_python():
    done = subprocess.run([sys.executable, "-c", "import tei.parser, tei.native as n; print(tei.parser.__file__, "
                           "n.compiled())"], cwd=ROOT, env={**os.environ, "TEI_PURE": "1"}, capture_output=True,
                          text=True)
    assert done.stdout.split() == [str(ROOT / "tei" / "parser.py"), "False"], done.stderr


def test_an_edited_source_runs_as_python_and_says_so(tmp_path):
    """The guard end to end: the package copied with its build, one source edited after it was compiled."""
    _needs_the_build()
    shutil.copytree(ROOT / "tei", tmp_path / "tei", ignore=shutil.ignore_patterns("__pycache__"))
    run = [sys.executable, "-c", "import tei.parser, tei.ids, tei.native as n; print(tei.parser.__file__, "
           "tei.ids.__file__, n.compiled())"]
    env = {k: v for k, v in os.environ.items() if k not in ("TEI_PURE", "PYTHONPATH")}
    as_built = subprocess.run(run, cwd=tmp_path, env=env, capture_output=True, text=True)
    assert as_built.stdout.split()[2] == "True" and not as_built.stderr
    with open(tmp_path / "tei" / "ids.py", "a", encoding="utf-8") as source:
        source.write("# an edit\n")
    edited = subprocess.run(run, cwd=tmp_path, env=env, capture_output=True, text=True)
    assert edited.stdout.split() == [str(tmp_path / "tei" / "parser.py"), str(tmp_path / "tei" / "ids.py"), "False"]
    assert "not of their sources" in edited.stderr


def test_a_build_of_a_module_no_longer_compiled_is_not_imported(tmp_path):
    """A module taken out of the compiled ones keeps its old build beside its source until the next compile removes
    it: Python would import that build ahead of the source (a stale one, calling a library that is gone)."""
    shutil.copytree(ROOT / "tei", tmp_path / "tei", ignore=shutil.ignore_patterns("__pycache__"))
    suffix = native.importlib.machinery.EXTENSION_SUFFIXES[0]
    (tmp_path / "tei" / f"encoder{suffix}").write_bytes(b"not a library")
    run = [sys.executable, "-c", "import tei.encoder, tei.parser, tei.native as n; print(tei.encoder.__file__, "
           "n.compiled() == n.fresh())"]
    env = {k: v for k, v in os.environ.items() if k not in ("TEI_PURE", "PYTHONPATH")}
    done = subprocess.run(run, cwd=tmp_path, env=env, capture_output=True, text=True)
    assert done.stdout.split() == [str(tmp_path / "tei" / "encoder.py"), "True"], done.stderr
    assert tmp_path / "tei" / f"encoder{suffix}" in native.stale_builds(tmp_path / "tei")


def test_only_builds_of_modules_no_longer_compiled_are_stale(tmp_path):
    _build(tmp_path)
    assert native.stale_builds(tmp_path) == []
    suffix = native.importlib.machinery.EXTENSION_SUFFIXES[-1]  # (".so": a name's dots are not its suffix)
    (tmp_path / f"render{suffix}").write_bytes(b"")
    assert native.stale_builds(tmp_path) == [tmp_path / f"render{suffix}"]


def _build(folder, names=native.MODULES):
    suffix = native.importlib.machinery.EXTENSION_SUFFIXES[0]
    for name in native.MODULES:
        (folder / f"{name}.py").write_text(f"# {name}\n", encoding="utf-8")
    for name in names:
        (folder / f"{name}{suffix}").write_bytes(b"")
    (folder / f"abc__mypyc{suffix}").write_bytes(b"")
    (folder / "native.json").write_text(json.dumps({"library": f"abc__mypyc{suffix}",
                                                    "sources": native.source_hashes(folder)}), encoding="utf-8")


def test_a_build_is_fresh_only_while_every_source_is_as_it_was_compiled(tmp_path):
    _build(tmp_path)
    assert native.built(tmp_path) and native.complete(tmp_path) and native.fresh(tmp_path)
    (tmp_path / "parser.py").write_text("# parser, edited\n", encoding="utf-8")
    assert native.built(tmp_path) and not native.fresh(tmp_path)


def test_a_build_missing_a_module_or_its_record_is_not_fresh(tmp_path):
    _build(tmp_path, names=native.MODULES[1:])
    assert native.built(tmp_path) and not native.complete(tmp_path) and not native.fresh(tmp_path)
    _build(tmp_path)
    (tmp_path / "native.json").unlink()
    assert not native.fresh(tmp_path)
    (tmp_path / "native.json").write_text("{not json", encoding="utf-8")
    assert not native.fresh(tmp_path)
    _build(tmp_path)
    next(tmp_path.glob("abc__mypyc*")).unlink()  # the library the modules call one another through
    assert not native.fresh(tmp_path)


def test_the_record_holds_each_sources_hash(tmp_path):
    _build(tmp_path)
    recorded = json.loads((tmp_path / "native.json").read_text(encoding="utf-8"))["sources"]
    assert sorted(recorded) == sorted(native.MODULES)
    assert recorded["parser"] == hashlib.sha256(b"# parser\n").hexdigest()
