"""Valid under the project's schema ⇒ valid under TEI's full schema: on encoded transcripts and mutated trees.

The schema is derived so that this holds by construction (references to left-out elements become
notAllowed); these tests check it against libxml2 on documents nobody wrote by hand.
"""

from __future__ import annotations

import copy
import random

import pytest
from conftest import EDITIONS
from hypothesis import given, strategies as st
from lxml import etree
from strategies import transcripts

import tei
from tei import validation
from tei.ns import TEI, XML_ID

KEPT = sorted(validation.project_schema().grammar.elements)
ATTRIBUTES = [("type", "x"), ("n", "1"), ("rend", "bold"), ("cert", "low"), ("resp", "#translator"),
              ("ana", "#conv-supplied"), ("when", "1952-09-19"), ("{http://www.w3.org/XML/1998/namespace}lang", "en"),
              ("reason", "omitted"), ("place", "inline"), ("who", "#stalin"), ("ref", "#stalin"),
              ("target", "#p1"), ("unit", "page"), ("break", "no"), ("sex", "M"), ("ident", "en"),
              ("status", "draft"), ("subtype", "y"), ("colour", "red")]


def seed_tree() -> etree._ElementTree:
    return etree.parse(str(sorted(EDITIONS.glob("*.xml"))[0]))


def mutate(tree: etree._ElementTree, rng: random.Random, steps: int) -> etree._ElementTree:
    """Move, rename, drop, copy, attribute or wrap elements at random."""
    tree = copy.deepcopy(tree)
    root = tree.getroot()
    for _ in range(steps):
        elements = [e for e in root.iter(etree.Element) if e is not root]
        element = rng.choice(elements)
        operation = rng.randrange(6)
        if operation == 0:
            targets = [t for t in root.iter(etree.Element) if t is not element and element not in t.iterancestors()
                       and t not in element.iter()]
            target = rng.choice(targets)
            target.insert(rng.randrange(len(target) + 1), element)
        elif operation == 1:
            element.tag = f"{{{TEI}}}{rng.choice(KEPT)}"
        elif operation == 2:
            element.getparent().remove(element)
        elif operation == 3:
            twin = copy.deepcopy(element)
            twin.attrib.pop(XML_ID, None)
            element.addnext(twin)
        elif operation == 4:
            name, value = rng.choice(ATTRIBUTES)
            element.set(name, value)
        else:
            child = etree.SubElement(element, f"{{{TEI}}}{rng.choice(KEPT)}")
            child.text = "words"
    return tree


def implies_tei_all(tree, tei_all) -> bool:
    """True when the tree is valid under the project's RELAX NG (and then asserts tei_all agrees)."""
    project = validation.project_schema().relaxng
    if not project.validate(tree):
        return False
    assert tei_all.validate(tree), str(tei_all.error_log)
    return True


@given(transcripts())
def test_encoded_transcripts_valid_under_both(tei_all, text):
    try:
        result = tei.encode(text)
    except tei.TeiError:
        return
    assert implies_tei_all(result.tree, tei_all), str(validation.project_schema().relaxng.error_log)


@given(st.integers(min_value=0, max_value=2**32 - 1), st.integers(min_value=1, max_value=3))
def test_mutated_trees(tei_all, seed, steps):
    implies_tei_all(mutate(seed_tree(), random.Random(seed), steps), tei_all)


def test_mutations_are_not_all_vacuous(tei_all):
    """Enough mutants stay valid under the project's schema for the implication to be tested."""
    rng = random.Random(20260919)
    base = seed_tree()
    checked = sum(implies_tei_all(mutate(base, rng, rng.randint(1, 2)), tei_all) for _ in range(300))
    assert checked >= 60


@pytest.mark.parametrize("name", ["listBibl", "lg", "app", "figure", "castList"])
def test_an_element_left_out_is_invalid_under_the_project_but_valid_tei(tei_all, name):
    """The project's schema is strictly narrower: TEI that it leaves out is refused."""
    snippets = {
        "listBibl": "<listBibl><bibl>a</bibl></listBibl>",
        "lg": "<lg><l>a line</l></lg>",
        "app": "<p><app><lem>a</lem><rdg>b</rdg></app></p>",
        "figure": "<figure><head>a</head></figure>",
        "castList": "<castList><castItem>a</castItem></castList>",
    }
    tree = seed_tree()
    div = tree.getroot().find(f".//{{{TEI}}}div")
    div.insert(len(div) - 1, etree.fromstring(f'<x xmlns="{TEI}">{snippets[name]}</x>')[0])
    assert tei_all.validate(tree), str(tei_all.error_log)
    assert not validation.project_schema().relaxng.validate(tree)
