"""The quick RELAX NG verdict (the grammar pruned of unused optional attributes) is the whole grammar's."""

from __future__ import annotations

import copy
import itertools
import random
import sys
from pathlib import Path

import pytest
from conftest import SEED
from hypothesis import given
from hypothesis import strategies as st
from lxml import etree

import tei
from tei.ns import RNG, TEI, XML
from tei.rngquick import LONG_DOCUMENT, MAX_PRUNINGS, QuickGrammar, pruned_grammar
from tei.schemas import project_schema

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
from generate import CONVENTIONS, record  # noqa: E402

R = f"{{{RNG}}}"


@pytest.fixture(scope="module")
def seed_tree():
    return tei.encode(SEED).tree


def _attribute_names(pattern) -> set[str]:
    return {a.get("name") for a in pattern.iter(R + "attribute") if a.get("name")}


def _element_pattern(grammar, name):
    return next(e for e in grammar.iter(R + "element") if e.get("name") == name)


def test_a_collection_settles_on_one_pruning(seed_tree):
    """After the warm-up, the encoder's records pass the pruned grammar at the first try."""
    schema = project_schema()
    quick = QuickGrammar(schema.tree, schema.relaxng, warm_up=3)
    trees = [seed_tree] + [tei.encode(record(n, list(CONVENTIONS)[n % 3])[0], name="g.txt").tree for n in range(24)]
    assert all(quick.verdict(tree) for tree in trees)
    # A convention's first records bring pairs not seen before: a second pruning takes them in.
    assert quick.prunings <= 2 and quick.whole_checks <= 6
    assert sum(quick.pruned.validate(tree) for tree in trees) >= len(trees) - 3


def test_an_element_keeps_only_the_optional_attributes_it_was_seen_with():
    schema = project_schema()
    p, sp = f"{{{TEI}}}p", f"{{{TEI}}}sp"
    pruned = pruned_grammar(schema.tree, frozenset({(p, f"{{{XML}}}id"), (p, "n"), (sp, "who")}))
    assert _attribute_names(_element_pattern(pruned, "p")) == {"xml:id", "n"}
    assert _attribute_names(_element_pattern(pruned, "sp")) == {"who"}
    # A required attribute stays whatever was seen: TEI's @ident on <application>.
    assert "ident" in _attribute_names(_element_pattern(pruned, "application"))
    whole = _element_pattern(schema.tree, "p")
    assert not _attribute_names(whole)  # the whole grammar's p has its attributes by reference


_VALUES = ["#stalin", "1", "high", "", "a b", "1952-09-19", "true", "preserve", "en", "https://example.org/x",
           "x", "#conv-supplied"]
_QUICK = {}


def _shared_quick() -> QuickGrammar:
    """One instance across examples: its pruning grows with what they bring, as a build's does."""
    if "quick" not in _QUICK:
        schema = project_schema()
        _QUICK["quick"] = QuickGrammar(schema.tree, schema.relaxng, warm_up=1)
    return _QUICK["quick"]


@given(st.data())
def test_the_verdict_is_the_whole_grammars_for_any_attributes(seed_tree, data):
    """Attributes of every name the grammar knows (and some it does not), on any element, any value."""
    schema = project_schema()
    names = sorted(_attribute_names(schema.tree.getroot())) + ["foreign", "{urn:x}other"]
    tree = copy.deepcopy(seed_tree)
    elements = list(tree.getroot().iter(etree.Element))
    for _ in range(data.draw(st.integers(1, 4))):
        element = data.draw(st.sampled_from(elements))
        name = data.draw(st.sampled_from(names))
        name = f"{{{XML}}}{name[4:]}" if name.startswith("xml:") else name
        element.set(name, data.draw(st.sampled_from(_VALUES)))
    assert _shared_quick().verdict(tree) == schema.relaxng.validate(tree)


TINY = f"""<grammar xmlns="{RNG}" datatypeLibrary="http://www.w3.org/2001/XMLSchema-datatypes">
  <start><element name="doc"><ref name="content"/><ref name="atts"/></element></start>
  <define name="atts">
    <optional><attribute name="a"><data type="integer"/></attribute></optional>
    <ref name="only-unused"/>
    <choice><optional><attribute name="c"/></optional><attribute name="d"/></choice>
    <optional><attribute name="p"><list><oneOrMore>
      <data type="anyURI"><param name="pattern">\\S+</param></data></oneOrMore></list></attribute></optional>
    <optional><attribute name="s"><data type="anyURI"><param name="pattern">\\S+</param></data></attribute></optional>
    <optional><attribute name="q"><list><oneOrMore>
      <data type="token"><param name="pattern">#[a-z]+</param></data></oneOrMore></list></attribute></optional>
  </define>
  <define name="only-unused"><optional><attribute name="u"/></optional><empty/></define>
  <define name="shared"><optional><attribute name="k"/></optional><ref name="only-unused"/></define>
  <define name="content">
    <choice>
      <text/>
      <element name="child"><ref name="shared"/>
        <optional><element name="child"><ref name="shared"/></element></optional></element>
    </choice>
  </define>
</grammar>"""


_POINTERS = ["#a", "#a #b", " #a&#9;#b&#10;", "", " ", "a b", "#A"]  # for lists (p, q) and single pointers (s)


def _tiny_documents():
    pointers = itertools.cycle(_POINTERS)
    for names in itertools.chain.from_iterable(itertools.combinations("acdkupqsz", n) for n in range(4)):
        attributes = " ".join(f'{n}="{"1" if n == "a" else next(pointers) if n in "pqs" else "x"}"' for n in names)
        for content in ("", "words", "<child/>", "<child k='1'/>", "<child u='1'><child k='1'/></child>"):
            yield etree.ElementTree(etree.fromstring(f"<doc {attributes}>{content}</doc>"))


@pytest.mark.parametrize("order", [0, 1, 2])
def test_every_verdict_on_the_way_is_the_whole_grammars(order):
    """Attribute sets shared by two elements, nested sets, a choice of attributes, an empty set: the
    pruning grows document by document, and every verdict on the way is exact."""
    grammar = etree.ElementTree(etree.fromstring(TINY))
    whole = etree.RelaxNG(grammar)
    quick = QuickGrammar(grammar, whole, warm_up=1)
    assert quick.usable
    documents = list(_tiny_documents())
    random.Random(order).shuffle(documents)
    verdicts = [(whole.validate(doc), quick.verdict(doc)) for doc in documents]
    assert all(expected == got for expected, got in verdicts)
    assert 20 < sum(expected for expected, _ in verdicts) < len(verdicts)
    assert 1 < quick.prunings <= MAX_PRUNINGS


def test_documents_that_keep_bringing_new_pairs_cost_one_pruning_in_so_many():
    grammar = etree.ElementTree(etree.fromstring(TINY))
    whole = etree.RelaxNG(grammar)
    quick = QuickGrammar(grammar, whole, warm_up=4)
    documents = list(_tiny_documents())
    assert [quick.verdict(doc) for doc in documents] == [whole.validate(doc) for doc in documents]
    # The document that brings the pruning is checked by it: 4 documents served by no pruning each time.
    assert 1 <= quick.prunings and quick.prunings * 4 <= quick.whole_checks + quick.prunings


def test_a_pruned_grammar_refuses_an_attribute_it_was_not_told_of():
    """The pruning is a sublanguage: a document with an unseen pair fails it, and the whole grammar decides."""
    grammar = etree.ElementTree(etree.fromstring(TINY))
    pruned = etree.RelaxNG(pruned_grammar(grammar, frozenset({("doc", "d")})))
    assert pruned.validate(etree.ElementTree(etree.fromstring('<doc d="x"><child/></doc>')))
    assert not pruned.validate(etree.ElementTree(etree.fromstring('<doc d="x"><child k="1"/></doc>')))
    assert etree.RelaxNG(grammar).validate(etree.ElementTree(etree.fromstring('<doc d="x"><child k="1"/></doc>')))


def test_a_pattern_that_says_nothing_is_dropped():
    r"""The pattern \S+ on a list's token (never white space in one); kept on a single value ("a b" fails it)."""
    grammar = etree.ElementTree(etree.fromstring(TINY))
    keep = frozenset({("doc", "p"), ("doc", "q"), ("doc", "s"), ("doc", "d")})
    doc = _element_pattern(pruned_grammar(grammar, keep), "doc")
    patterns = [(p.text, next(p.iterancestors(R + "attribute")).get("name")) for p in doc.iter(R + "param")]
    assert patterns == [(r"\S+", "s"), ("#[a-z]+", "q")]
    pruned = etree.RelaxNG(pruned_grammar(grammar, keep))
    for value in _POINTERS:
        for name in "pqs":
            doc = etree.ElementTree(etree.fromstring(f'<doc d="x" {name}="{value}"/>'))
            assert pruned.validate(doc) == etree.RelaxNG(grammar).validate(doc), (name, value)


def test_a_grammar_it_does_not_understand_is_used_whole():
    combined = TINY.replace('<define name="only-unused">', '<define name="only-unused" combine="interleave">')
    grammar = etree.ElementTree(etree.fromstring(combined))
    quick = QuickGrammar(grammar, warm_up=1)
    assert not quick.usable
    for doc in _tiny_documents():
        assert quick.verdict(doc) == etree.RelaxNG(grammar).validate(doc)
    assert quick.pruned is None


_LIST = f"""<grammar xmlns="{RNG}"><start><element name="doc"><zeroOrMore><element name="item">
  <ref name="atts"/><text/></element></zeroOrMore></element></start>
  <define name="atts"><optional><attribute name="k"/></optional></define></grammar>"""


def _items(count: int, attribute: str = "") -> etree._ElementTree:
    return etree.ElementTree(etree.fromstring(f"<doc>{f'<item {attribute}/>' * count}</doc>"))


def test_a_long_document_with_a_pair_the_pruning_left_out_is_not_tried_on_the_pruned_grammar():
    """It would fail there at every element with the pair, and lxml finds each failure's path by counting
    the element's earlier siblings: time growing with the square of the failures (a long record's
    30,000 sidecar corrections, each with a @resp no earlier record had, took 7 s instead of 0.8 s)."""
    grammar = etree.ElementTree(etree.fromstring(_LIST))
    whole = etree.RelaxNG(grammar)
    quick = QuickGrammar(grammar, whole, warm_up=1)
    assert quick.verdict(_items(2)) and quick.prunings == 1  # pruned for documents without @k
    quick.warm_up = 100  # and not again in this test
    tried = []
    pruned = quick.pruned

    class Spy:
        def validate(self, document):
            tried.append(len(document.getroot()))
            return pruned.validate(document)

    quick.pruned = Spy()
    long = LONG_DOCUMENT + 1
    assert quick.judge(_items(long, 'k="1"')) == (True, True) and tried == []
    assert quick.judge(_items(long)) == (True, False) and tried == [long]  # its pairs are kept: quick
    assert quick.judge(_items(3, 'k="1"')) == (True, True) and tried == [long, 3]  # short: tried first
