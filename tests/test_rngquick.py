"""The quick RELAX NG verdict (grammar pruned of unused optional attributes) equals the whole grammar's."""

from __future__ import annotations

import copy
import itertools
import sys
from pathlib import Path

import pytest
from conftest import SEED
from hypothesis import given
from hypothesis import strategies as st
from lxml import etree

import tei
from tei.ns import RNG, XML
from tei.rngquick import ENCODER_ATTRIBUTES, QuickGrammar, without_attributes
from tei.schemas import project_schema

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
from generate import CONVENTIONS, record  # noqa: E402

GENERATED = [record(n, convention)[0] for n, convention in enumerate(CONVENTIONS)]


@pytest.fixture(scope="module")
def seed_tree():
    return tei.encode(SEED).tree


def _attribute_names(grammar) -> list[str]:
    return sorted({a.get("name") for a in grammar.iter(f"{{{RNG}}}attribute") if a.get("name")})


def test_the_encoders_documents_pass_the_first_try(seed_tree):
    """What the encoder writes keeps to ENCODER_ATTRIBUTES, so one pruned grammar serves every record."""
    quick = project_schema().quick
    for tree in [seed_tree] + [tei.encode(text, name="g.txt").tree for text in GENERATED]:
        assert quick._compiled(ENCODER_ATTRIBUTES).validate(tree)


def test_pruning_drops_the_unused_optional_attributes_only():
    pruned = without_attributes(project_schema().tree, ENCODER_ATTRIBUTES)
    names = _attribute_names(pruned.getroot())
    assert "facs" not in names and "rendition" not in names and "xml:base" not in names
    assert {"who", "xml:id", "ana", "cert"} <= set(names)
    # A required attribute stays whatever its name (TEI's @ident on <application>, @version …).
    assert "ident" in names
    full = _attribute_names(project_schema().tree.getroot())
    assert "facs" in full and len(names) < len(full) / 2


_VALUES = ["#stalin", "1", "high", "", "a b", "1952-09-19", "true", "preserve", "en", "https://example.org/x",
           "x", "#conv-supplied"]


@given(st.data())
def test_the_verdict_is_the_whole_grammars_for_any_attributes(seed_tree, data):
    """Attributes of every name the grammar knows (and some it does not), on any element, any value."""
    schema = project_schema()
    names = _attribute_names(schema.tree.getroot()) + ["foreign", "{urn:x}other"]
    tree = copy.deepcopy(seed_tree)
    elements = list(tree.getroot().iter(etree.Element))
    for _ in range(data.draw(st.integers(1, 4))):
        element = data.draw(st.sampled_from(elements))
        name = data.draw(st.sampled_from(names))
        name = f"{{{XML}}}{name[4:]}" if name.startswith("xml:") else name
        element.set(name, data.draw(st.sampled_from(_VALUES)))
    assert schema.quick.verdict(tree) == schema.relaxng.validate(tree)


TINY = f"""<grammar xmlns="{RNG}" datatypeLibrary="http://www.w3.org/2001/XMLSchema-datatypes">
  <start><element name="doc"><ref name="atts"/><ref name="content"/></element></start>
  <define name="atts">
    <optional><attribute name="a"><data type="integer"/></attribute></optional>
    <ref name="only-unused"/>
    <choice><optional><attribute name="c"/></optional><attribute name="d"/></choice>
  </define>
  <define name="only-unused"><optional><attribute name="u"/></optional></define>
  <define name="content">
    <choice>
      <mixed><optional><attribute name="m"/></optional></mixed>
      <element name="child"><optional><attribute name="k"/></optional></element>
    </choice>
  </define>
</grammar>"""


def _tiny_documents():
    for names in itertools.chain.from_iterable(itertools.combinations("acdmkuz", n) for n in range(4)):
        for content in ("", "words", "<child/>", "<child k='1'/>"):
            attributes = " ".join(f'{n}="{"1" if n == "a" else "x"}"' for n in names)
            yield etree.ElementTree(etree.fromstring(f"<doc {attributes}>{content}</doc>"))


@pytest.mark.parametrize("keep", [frozenset(), frozenset({"a"}), frozenset({"c", "m"}), frozenset("acdmkuz")])
def test_every_kind_of_parent_prunes_to_the_same_verdict(keep, monkeypatch):
    """choice (empty stands in), mixed (text stays), element, a define left empty and its references."""
    grammar = etree.ElementTree(etree.fromstring(TINY))
    monkeypatch.setattr("tei.rngquick.ENCODER_ATTRIBUTES", keep)
    full, quick = etree.RelaxNG(grammar), QuickGrammar(grammar)
    assert quick.usable
    verdicts = [(full.validate(doc), quick.verdict(doc)) for doc in _tiny_documents()]
    assert all(whole == pruned for whole, pruned in verdicts)
    assert 20 < sum(whole for whole, _ in verdicts) < len(verdicts)


def test_a_grammar_it_does_not_understand_is_used_whole():
    combined = TINY.replace('<define name="only-unused">', '<define name="only-unused" combine="interleave">')
    quick = QuickGrammar(etree.ElementTree(etree.fromstring(combined)))
    assert not quick.usable
    assert quick._compiled(frozenset()).validate(etree.ElementTree(etree.fromstring('<doc u="x" d="x"/>')))
    for doc in _tiny_documents():
        assert quick.verdict(doc) == etree.RelaxNG(etree.fromstring(combined)).validate(doc)
