"""The package never imports or runs XSLT (lxml's XSLT, or isoschematron, which compiles to XSLT).

Two guards: the sources (every module under tei/, read as syntax trees, not
text, so prose that mentions XSLT is fine; ``tree.xslt(…)`` is caught here),
and a run of encoding and every renderer with ``lxml.etree.XSLT`` replaced by
a trap and ``lxml.isoschematron`` made unimportable.
"""

from __future__ import annotations

import ast
import re
import sys
from pathlib import Path

import pytest
from lxml import etree

import tei
from conftest import SEED

PACKAGE = Path(tei.__file__).parent
FORBIDDEN_NAME = re.compile(r"xslt|isoschematron", re.IGNORECASE)
FORBIDDEN_ATTRIBUTE = re.compile(r"^(XSLT\w*|xslt|isoschematron)$")


def violations(source: str, name: str = "<source>") -> list[str]:
    found = []
    for node in ast.walk(ast.parse(source, name)):
        if isinstance(node, ast.Import):
            found += [f"import {a.name}" for a in node.names if FORBIDDEN_NAME.search(a.name)]
        elif isinstance(node, ast.ImportFrom):
            module = node.module or ""
            found += [f"from {module} import {a.name}" for a in node.names
                      if FORBIDDEN_NAME.search(module) or FORBIDDEN_NAME.search(a.name)]
        elif isinstance(node, ast.Attribute) and FORBIDDEN_ATTRIBUTE.match(node.attr):
            found.append(f".{node.attr}")
        elif isinstance(node, ast.Name) and FORBIDDEN_ATTRIBUTE.match(node.id):
            found.append(node.id)
        elif isinstance(node, ast.Call) and getattr(node.func, "id", None) in ("getattr", "__import__") \
                and any(isinstance(a, ast.Constant) and isinstance(a.value, str) and FORBIDDEN_NAME.search(a.value)
                        for a in node.args):
            found.append(ast.unparse(node))
    return [f"{name}:{v}" for v in found]


def test_the_scan_finds_xslt():
    assert violations("from lxml import etree\nt = etree.XSLT(x)")
    assert violations("from lxml.etree import XSLT")
    assert violations("import lxml.isoschematron")
    assert violations("from lxml import isoschematron")
    assert violations("tree.xslt(style)")
    assert violations("getattr(etree, 'XSLT')(doc)")
    assert not violations('"""Why not XSLT: we run none."""\nBINDINGS = {"xslt", "xpath"}')


def test_no_module_uses_xslt():
    sources = sorted(PACKAGE.rglob("*.py"))
    assert len(sources) > 10
    found = [v for path in sources for v in violations(path.read_text(encoding="utf-8"), path.name)]
    assert found == []


@pytest.fixture()
def xslt_trap(monkeypatch):
    calls = []

    def trap(*args, **kwargs):
        calls.append(args)
        raise AssertionError("XSLT was run")

    monkeypatch.setattr(etree, "XSLT", trap)
    monkeypatch.setitem(sys.modules, "lxml.isoschematron", None)  # importing it now raises ImportError
    return calls


def test_encoding_and_rendering_run_no_xslt(xslt_trap):
    from tei.render import render_html, render_text

    result = tei.encode(SEED)
    render_html(result.tree)
    render_html(result.tree, diplomatic=True)
    render_text(result.tree)
    render_text(result.tree, diplomatic=True, pages="margin")
    assert xslt_trap == []


def test_the_trap_would_catch_xslt(xslt_trap):
    with pytest.raises(AssertionError, match="XSLT was run"):
        etree.XSLT(etree.XML("<x/>"))
    assert len(xslt_trap) == 1
