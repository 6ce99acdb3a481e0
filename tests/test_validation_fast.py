"""validate_result and validate_tree skip writing out a valid tree: the same diagnostics as the bytes path.

The bytes path (serialise, read back, place each diagnostic) is what ``validate_tree`` always did; it is
still taken whenever the tree is not valid as built, so every diagnostic comes from it.
"""

from __future__ import annotations

import copy
import random

import pytest
from conftest import SEED
from lxml import etree

import tei
from tei import validation, xmlio
from tei.ns import TEI, XML_ID

NS = {"t": TEI}


def bytes_path(tree, result=None, name="<output>") -> list:
    """What validate_tree returned before it looked at the tree first."""
    schema = validation.project_schema()
    return validation.validate_bytes(xmlio.serialise(tree), name, schema, result=result).diagnostics


@pytest.fixture(scope="module")
def seed() -> tei.EncodeResult:
    return tei.encode(SEED)


def test_a_valid_result_has_no_diagnostics_either_way(seed):
    assert validation.validate_result(seed) == [] == bytes_path(seed.tree, seed)


def _mutants(seed, count: int):
    from test_validation_properties import mutate

    rng = random.Random(19520919)
    for _ in range(count):
        tree = mutate(seed.tree, rng, rng.randint(1, 3))
        for element in rng.sample(list(tree.getroot().iter(etree.Element)), 2):
            element.set(*rng.choice([("who", "#nobody"), ("ana", "#conv-x"), (XML_ID, "encoder"),
                                     ("n", "1"), ("who", "#stalin")]))
        yield tree


def test_an_invalid_tree_gets_the_diagnostics_of_its_bytes(seed):
    """Mutants: RELAX NG errors, Schematron errors, both; placed in the serialised text and the transcript."""
    invalid = 0
    for tree in _mutants(seed, 40):
        expected = bytes_path(tree, seed, "mutant.xml")
        assert validation.validate_tree(tree, name="mutant.xml", result=seed) == expected
        invalid += bool(expected)
    assert invalid >= 30


def _break_one_rule(tree, code):
    first = {"ref-resolves": "//t:sp[@who]", "pages-increase": "//t:body//t:pb[2]", "supplied-not-empty":
             "//t:supplied", "convention-declared": "//t:supplied", "id-unique": "//t:body//t:p[@xml:id]"}
    element = tree.xpath(first[code], namespaces=NS)[0]
    if code == "ref-resolves":
        element.set("who", element.get("who") + " #nobody")
    elif code == "pages-increase":
        element.set("n", "0")
    elif code == "supplied-not-empty":
        element.text, element[:] = None, []
    elif code == "convention-declared":
        element.set("ana", "#conv-undeclared")
    else:
        element.set(XML_ID, "encoder")


@pytest.mark.parametrize("code", ["ref-resolves", "pages-increase", "supplied-not-empty", "convention-declared",
                                  "id-unique"])
def test_a_tree_only_the_schematron_refuses_gets_the_diagnostics_of_its_bytes(seed, code):
    tree = copy.deepcopy(seed.tree)
    _break_one_rule(tree, code)
    found = validation.validate_tree(tree, name="broken.xml", result=seed)
    assert code in [d.code for d in found] and found == bytes_path(tree, seed, "broken.xml")


def test_a_repeated_xml_id_lxml_left_out_of_its_table_is_found(seed):
    """Two xml:ids made equal through ``set`` while a third element held the value: libxml2 then has
    neither in its table, so RELAX NG and id() on the tree as built miss the repeat; the copy that is
    validated gets the table a parser would build."""
    tree = copy.deepcopy(seed.tree)
    first, second, holder = tree.xpath("//t:body//t:p[@xml:id]", namespaces=NS)[:3]
    kept = holder.get(XML_ID)
    holder.set(XML_ID, "x")
    first.set(XML_ID, "x")
    second.set(XML_ID, "x")
    holder.set(XML_ID, kept)
    found = validation.validate_tree(tree, result=seed)
    assert [d.code for d in found] == ["id-unique"] and found == bytes_path(tree, seed)


def test_validating_leaves_the_tree_as_it_was(seed):
    """RELAX NG registers xml:ids in the document it validates: that is the copy, not the caller's tree."""
    tree = copy.deepcopy(seed.tree)
    looked_up = tree.xpath("count(id(//@xml:id))")
    data = xmlio.serialise(tree)
    assert validation.validate_tree(tree) == []
    assert tree.xpath("count(id(//@xml:id))") == looked_up and xmlio.serialise(tree) == data


def test_an_element_inside_a_document_is_validated_as_the_document_it_would_be_written_as(seed):
    body = seed.tree.find(".//t:body", NS)
    assert validation.validate_tree(body) == bytes_path(body) != []
    assert not validation._valid_as_built(body, validation.project_schema())


def test_a_root_that_is_not_tei_takes_the_bytes_path():
    tree = etree.ElementTree(etree.fromstring('<TEI xmlns="urn:other"><p/></TEI>'))
    assert not validation._valid_as_built(tree, validation.project_schema())
    assert [d.code for d in validation.validate_tree(tree)] == ["tei-namespace"] == \
        [d.code for d in bytes_path(tree)]


# -- in place: the encoder's tree, made in one parse, needs no copy


def _colliding_sidecar(tmp_path, monkeypatch):
    """The seed with a person and a responsibility whose ids the body also gives (p3, p4): the check
    that refuses such a sidecar is switched off, as only so can the encoder make an invalid document."""
    from tei import ids

    monkeypatch.setattr(ids, "is_generated", lambda ident: False)
    source = tmp_path / "record.txt"
    source.write_bytes(SEED.read_bytes())
    sidecar = SEED.with_suffix(".toml").read_text(encoding="utf-8")
    sidecar = sidecar.replace('id = "stalin"', 'id = "p3"').replace('id = "translator"', 'id = "p4"')
    assert 'id = "p3"' in sidecar and 'id = "p4"' in sidecar
    (tmp_path / "record.toml").write_text(sidecar, encoding="utf-8")
    return source


def _sources(tmp_path, monkeypatch):
    from test_generated import record  # benchmarks/generate.py, on the path test_generated sets

    yield SEED
    yield _colliding_sidecar(tmp_path, monkeypatch)
    for number in range(6):
        for convention in ("minutes", "colon", "numbered"):
            yield record(number, convention)[0]


def test_in_place_gives_the_diagnostics_of_a_copy(tmp_path, monkeypatch):
    """Valid and invalid (a sidecar's ids repeated in the body) alike: the same diagnostics either way."""
    repeated = 0
    for source in _sources(tmp_path, monkeypatch):
        expected = validation.validate_result(tei.encode(source))
        found = validation.validate_result(tei.encode(source), in_place=True)
        assert found == expected
        repeated += sum(d.code == "id-unique" for d in found)
    assert repeated == 2


def test_a_tree_as_encoded_is_one_document_for_its_xml_ids(tmp_path, monkeypatch):
    """What in place relies on: nothing in the table before, every xml:id in it after, the header's
    (built as elements, then moved in) too. An element that kept its id in another document's table
    would be skipped by RELAX NG and not found by id()."""
    for source in _sources(tmp_path, monkeypatch):
        result = tei.encode(source)
        assert result.tree.xpath("count(id(//@xml:id))") == 0
        validation.validate_result(result, in_place=True)
        values = result.tree.xpath("//@xml:id")
        assert len(values) > 20
        assert result.tree.xpath("count(id(//@xml:id))") == len(set(values))
