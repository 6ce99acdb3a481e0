"""The project's Schematron rules (each made to fire) and the interpreter that runs them without XSLT."""

from __future__ import annotations

import copy
import random
from importlib.resources import files

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from conftest import EDITIONS, ROOT
from lxml import etree

from tei import validation
from tei.ns import TEI, XML_ID
from tei.schematron import Schematron, SchematronError, match_expression, split_union

NS = {"t": TEI}
SEED_EDITION = EDITIONS / "stalin-zhou-1952-09-19.xml"
SCH_FILE = ROOT / "schema" / "tei-encoder.sch"
RULE_IDS = ["ref-resolves", "id-unique", "pages-increase", "closer-signed", "supplied-not-empty",
            "note-not-empty", "convention-declared"]


@pytest.fixture(scope="module")
def rules() -> Schematron:
    return Schematron.from_bytes(files("tei.schema").joinpath("tei-encoder.sch").read_bytes())


@pytest.fixture()
def edition() -> etree._ElementTree:
    return etree.parse(str(SEED_EDITION))


def codes(rules: Schematron, tree) -> list[str]:
    return [failure.code for failure in rules.validate(tree)]


def first(tree, path: str) -> etree._Element:
    found = tree.xpath(path, namespaces=NS)
    assert found, path
    return found[0]


def test_every_rule_has_an_id_and_the_odd_documents_it(rules):
    assert rules.codes == RULE_IDS
    odd = etree.parse(str(ROOT / "schema" / "tei-encoder.odd"))
    documented = odd.xpath("//t:div[@xml:id='rules']//t:label/t:ident/text()", namespaces=NS)
    assert documented == RULE_IDS


def test_the_seed_edition_keeps_every_rule(rules, edition):
    assert rules.validate(edition) == []


# -- each rule fires


def test_ref_resolves_fires_on_an_undeclared_speaker(rules, edition):
    sp = first(edition, "//t:sp[@who='#molotov']")
    sp.set("who", "#nobody")
    failures = rules.validate(edition)
    assert [f.code for f in failures] == ["ref-resolves"]
    assert failures[0].node is sp and '"#nobody"' in failures[0].message and failures[0].message.startswith("sp ")
    assert "particDesc" in failures[0].hint


def test_ref_resolves_fires_on_a_person_name_and_on_one_bad_pointer_among_several(rules, edition):
    first(edition, "//t:body//t:persName[@ref='#beria']").set("ref", "#lavrentiy")
    first(edition, "//t:sp[@who='#stalin']").set("who", "#stalin #molotov #nobody")
    assert codes(rules, edition) == ["ref-resolves", "ref-resolves"]


def test_ref_resolves_accepts_several_declared_speakers(rules, edition):
    first(edition, "//t:sp[@who='#stalin']").set("who", "#stalin #molotov")
    assert codes(rules, edition) == []


def test_ref_resolves_fires_on_a_pointer_outside_the_document(rules, edition):
    first(edition, "//t:sp[@who='#stalin']").set("who", "stalin")
    assert codes(rules, edition) == ["ref-resolves"]


def test_ref_resolves_fires_on_a_pointer_at_an_element_that_is_not_a_person(rules, edition):
    first(edition, "//t:sp[@who='#stalin']").set("who", "#p1")
    first(edition, "//t:body//t:persName[@ref='#beria']").set("ref", "#stalin#molotov")
    assert codes(rules, edition) == ["ref-resolves", "ref-resolves"]


# Pointers of every shape against the rule as it was first written: a search of every person for
# each pointer (now a look-up by id(), which gives the same answers).
_POINTER_TOKENS = st.sampled_from(["#stalin", "#molotov", "#zhou-enlai", "stalin", "#nobody", "#p1", "#",
                                   "#stalin#molotov", "##stalin", "#Stalin", "#stalin,"])
_SPACE = st.sampled_from([" ", "  ", "\t", "\n "])


@settings(max_examples=150, deadline=None)
@given(tokens=st.lists(_POINTER_TOKENS, min_size=1, max_size=4), spaces=st.lists(_SPACE, min_size=5, max_size=5),
       element=st.sampled_from(["sp", "persName"]))
def test_ref_resolves_gives_the_answers_of_a_search_of_every_person(rules, tokens, spaces, element):
    edition = etree.parse(str(SEED_EDITION))
    target = first(edition, "//t:sp[@who='#molotov']" if element == "sp" else "//t:body//t:persName[@ref]")
    pointers = spaces[0] + "".join(t + s for t, s in zip(tokens, spaces[1:]))
    target.set("who" if element == "sp" else "ref", pointers)
    normalized = " ".join(pointers.split())
    searched = edition.xpath("count(//t:person[@xml:id][contains(concat(' ', $p, ' '), concat(' #', @xml:id, ' '))])"
                             " = string-length($p) - string-length(translate($p, ' ', '')) + 1",
                             p=normalized, namespaces=NS)
    assert codes(rules, edition) == ([] if searched else ["ref-resolves"])


def test_id_unique_fires_on_the_repeat_of_an_earlier_id(rules, edition):
    repeat = first(edition, "//t:p[@xml:id='p2']")
    repeat.set(XML_ID, "p1")
    failures = rules.validate(edition)
    assert [f.code for f in failures] == ["id-unique"]
    assert failures[0].node is repeat and '"p1"' in failures[0].message


def test_id_unique_counts_a_descendant_with_its_ancestors_id(rules, edition):
    first(edition, "//t:p[@xml:id='p1']").set(XML_ID, "sp-stalin-1")
    assert codes(rules, edition) == ["id-unique"]


def test_pages_increase_fires_on_a_page_number_going_back(rules, edition):
    pbs = edition.xpath("//t:body//t:pb", namespaces=NS)
    pbs[2].set("n", "2")
    failures = rules.validate(edition)
    assert [f.code for f in failures] == ["pages-increase"]
    assert failures[0].node is pbs[2] and "page 2 follows page 3" in failures[0].message


def test_pages_increase_ignores_page_numbers_that_are_not_numbers(rules, edition):
    pbs = edition.xpath("//t:body//t:pb", namespaces=NS)
    pbs[1].set("n", "iv")
    assert codes(rules, edition) == []


def test_closer_signed_fires_without_a_named_signatory(rules, edition):
    for name in edition.xpath("//t:closer//t:persName", namespaces=NS):
        name.getparent().remove(name)
    assert codes(rules, edition) == ["closer-signed"]


def test_closer_signed_is_kept_by_a_blank_to_sign_on(rules, edition):
    for name in edition.xpath("//t:closer//t:persName", namespaces=NS):
        name.getparent().remove(name)
    signed = edition.xpath("//t:closer/t:signed", namespaces=NS)[0]
    for blank, kept in (("...", False), ("....", True), ("___", False), ("____", True), ("…", False), ("……", True)):
        signed.text = f"Signed: {blank} Chairman"
        assert codes(rules, edition) == ([] if kept else ["closer-signed"]), blank


def test_closer_signed_is_kept_by_one_named_signatory(rules, edition):
    names = edition.xpath("//t:closer//t:persName", namespaces=NS)
    names[0].getparent().remove(names[0])
    assert codes(rules, edition) == []


def test_supplied_not_empty_fires(rules, edition):
    supplied = first(edition, "//t:supplied")
    supplied.text = "  "
    for child in supplied:
        supplied.remove(child)
    assert codes(rules, edition) == ["supplied-not-empty"]


def test_note_not_empty_fires(rules, edition):
    note = first(edition, "//t:note[@type='gloss']")
    note.text = ""
    assert codes(rules, edition) == ["note-not-empty"]


def test_convention_declared_fires_on_an_undeclared_convention(rules, edition):
    first(edition, "//t:supplied").set("ana", "#conv-invented")
    assert codes(rules, edition) == ["convention-declared"]


def test_convention_declared_fires_when_the_declaration_is_removed(rules, edition):
    declaration = first(edition, "//t:editorialDecl/t:interpretation[@xml:id='conv-gloss']")
    declaration.getparent().remove(declaration)
    used = len(edition.xpath("//t:text//*[@ana='#conv-gloss']", namespaces=NS))
    assert used > 0 and codes(rules, edition) == ["convention-declared"] * used


def test_each_rule_fires_through_the_validator_with_its_code_and_position(edition):
    """The validator turns failures into diagnostics at the element's line and column."""
    sp = first(edition, "//t:sp[@who='#molotov']")
    sp.set("who", "#nobody")
    diagnostics = validation.validate_tree(edition, name="mutated.xml")
    assert [d.code for d in diagnostics] == ["ref-resolves"]
    data = validation.xmlio.serialise(edition).decode()
    offset = data.index('<sp who="#nobody"')
    line = data.count("\n", 0, offset) + 1
    column = offset - (data.rfind("\n", 0, offset) + 1) + 1
    assert (diagnostics[0].position.line, diagnostics[0].position.column) == (line, column)
    assert diagnostics[0].file == "mutated.xml" and diagnostics[0].hint


# -- agreement with a reference implementation (tests only: the package runs no XSLT)


def _mutations():
    def who(tree):
        first(tree, "//t:sp[@who='#molotov']").set("who", "#nobody")

    def pages(tree):
        tree.xpath("//t:body//t:pb", namespaces=NS)[3].set("n", "1")

    def closer(tree):
        for name in tree.xpath("//t:closer//t:persName", namespaces=NS):
            name.getparent().remove(name)

    def empty(tree):
        first(tree, "//t:note[@type='gloss']").text = ""
        first(tree, "//t:supplied").text = ""

    def ana(tree):
        first(tree, "//t:supplied").set("ana", "#conv-invented #conv-gloss")

    def ids(tree):
        first(tree, "//t:p[@xml:id='p7']").set(XML_ID, "p3")

    return [None, who, pages, closer, empty, ana, ids]


@pytest.mark.parametrize("mutate", _mutations(), ids=lambda m: m.__name__ if m else "unchanged")
def test_same_findings_as_lxml_isoschematron(rules, edition, mutate):
    isoschematron = pytest.importorskip("lxml.isoschematron")
    if mutate:
        mutate(edition)
    reference = isoschematron.Schematron(etree.parse(str(SCH_FILE)), store_report=True)
    reference.validate(edition)
    svrl = "{http://purl.oclc.org/dsdl/svrl}"
    expected = sorted((f.get("id"), edition.xpath(f.get("location"))[0].sourceline,
                       edition.getpath(edition.xpath(f.get("location"))[0]))
                      for f in reference.validation_report.iter(svrl + "failed-assert", svrl + "successful-report"))
    found = sorted((f.code, f.node.sourceline, edition.getpath(f.node)) for f in rules.validate(edition))
    assert found == expected
    assert (mutate is None) == (found == [])


# -- the interpreter


def schema(body: str, binding: str = "xslt") -> Schematron:
    text = (f'<schema xmlns="http://purl.oclc.org/dsdl/schematron" queryBinding="{binding}">'
            f'<ns prefix="x" uri="urn:x"/>{body}</schema>')
    return Schematron(etree.fromstring(text))


DOC = etree.fromstring(
    '<r xmlns="urn:x"><a n="1"><b/></a><a n="2"><c><b/></c></a><b n="3"/></r>').getroottree()


def test_first_matching_rule_wins_within_a_pattern():
    rules = schema('<pattern><rule context="x:a/x:b"><report id="first" test="true()">a/b</report></rule>'
                   '<rule context="x:b"><report id="second" test="true()">b</report></rule></pattern>')
    assert sorted(f.code for f in rules.validate(DOC)) == ["first", "second", "second"]


def test_each_pattern_sees_every_node():
    rules = schema('<pattern><rule context="x:b"><report id="one" test="true()">.</report></rule></pattern>'
                   '<pattern><rule context="x:b"><report id="two" test="true()">.</report></rule></pattern>')
    assert sorted(f.code for f in rules.validate(DOC)) == ["one"] * 3 + ["two"] * 3


def test_union_and_absolute_contexts():
    rules = schema('<pattern><rule context="x:c | /x:r/x:b"><report id="hit" test="true()">'
                   '<name/></report></rule></pattern>')
    assert [f.message for f in rules.validate(DOC)] == ["c", "b"]


def test_lets_at_every_level_and_messages_with_values():
    rules = schema('<let name="total" value="count(//x:b)"/>'
                   '<pattern><let name="limit" value="1"/><rule context="x:a">'
                   '<let name="n" value="number(@n)"/>'
                   '<assert id="small" role="warning" test="$n &lt;= $limit">'
                   '<name/> number <value-of select="$n"/> of <value-of select="$total"/> '
                   'b elements is over <value-of select="$limit"/></assert></rule></pattern>')
    failures = rules.validate(DOC)
    assert [(f.code, f.role, f.message) for f in failures] == [
        ("small", "warning", "a number 2 of 3 b elements is over 1")]


def test_report_and_assert_and_hints_from_diagnostics():
    rules = schema('<pattern id="p"><rule context="x:a">'
                   '<assert test="@n = 1" diagnostics="d">n is not 1</assert>'
                   '<report test="x:c">has c</report></rule></pattern>'
                   '<diagnostics><diagnostic id="d">set  n to 1</diagnostic></diagnostics>')
    failures = rules.validate(DOC)
    assert [(f.code, f.message, f.hint) for f in failures] == [("p", "n is not 1", "set n to 1"),
                                                                 ("p", "has c", None)]


@pytest.mark.parametrize("body, binding, reason", [
    ('<pattern><rule context="x:a"><assert test="true()">.</assert></rule></pattern>', "xslt2", "XPath 2"),
    ('<pattern><rule abstract="true" id="r"><assert test="true()">.</assert></rule></pattern>', "xslt",
     "abstract"),
    ('<include href="other.sch"/>', "xslt", "include"),
    ('<pattern><rule context="x:a["><assert test="true()">.</assert></rule></pattern>', "xslt", "XPath"),
])
def test_refuses_what_it_does_not_run(body, binding, reason):
    with pytest.raises(SchematronError, match=reason):
        schema(body, binding)


def test_match_expressions():
    assert split_union("a[b | c] | d('|') | e") == ["a[b | c] ", " d('|') ", " e"]
    assert match_expression("tei:p | /tei:TEI | tei:l//tei:p") == "//tei:p | /tei:TEI | //tei:l//tei:p"


def test_validation_runs_no_xslt():
    """Validating (RELAX NG and Schematron) neither imports lxml's Schematron module nor builds an XSLT."""
    import subprocess
    import sys

    script = (
        "import sys\n"
        "from lxml import etree\n"
        "def refuse(*a, **k): raise AssertionError('XSLT used')\n"
        "etree.XSLT = refuse\n"
        "from tei import validation\n"
        f"report = validation.validate_file({str(SEED_EDITION)!r})\n"
        "assert report.verdict == 'valid', report\n"
        "assert validation.project_schema().schematron is not None\n"
        "assert 'lxml.isoschematron' not in sys.modules\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


def test_a_copy_of_a_tree_is_checked_the_same(rules, edition):
    mutated = copy.deepcopy(edition)
    first(mutated, "//t:supplied").set("ana", "#conv-invented")
    assert codes(rules, mutated) == ["convention-declared"] and codes(rules, edition) == []


def test_match_expressions_select_each_alternative_with_the_descendant_axis():
    from tei.schematron import match_expressions

    assert match_expressions("tei:*[@who] | tei:persName[@ref]") == [
        "/descendant::tei:*[@who]", "/descendant::tei:persName[@ref]"]
    assert match_expressions("*[@xml:id]") == ["/descendant::*[@xml:id]"]
    assert match_expressions("tei:text//tei:pb") == ["/descendant::tei:text//tei:pb"]
    assert match_expressions("/ | @n | text()") == ["/", "//@n", "//text()"]
    # A predicate that may be a position keeps the pattern's meaning: per parent, not per document.
    assert match_expressions("tei:p[1] | tei:p[last()] | tei:p[@n][2]") == [
        "//tei:p[1]", "//tei:p[last()]", "//tei:p[@n][2]"]


def test_a_positional_context_matches_per_parent_as_xslt_patterns_do():
    rules = schema('<pattern><rule context="x:b[1]"><report id="first-b" test="true()">'
                   '<value-of select="count(preceding-sibling::*)"/></report></rule></pattern>')
    # The first b of each parent: a's, c's and r's own (after its two a's).
    assert [f.message for f in rules.validate(DOC)] == ["0", "0", "2"]



# -- finding the failing nodes without checking every node (the same findings as checking every node)


def node_by_node(schema_root: etree._Element, tree) -> list[tuple]:
    """The interpreter without its shortcuts, compiled from the schema's text: every context node in
    every rule's order, skipping those an earlier rule of the pattern matched, every assert on each."""
    from tei.schematron import _boolean, _string

    sch = "{http://purl.oclc.org/dsdl/schematron}"
    namespaces = {n.get("prefix"): n.get("uri") for n in schema_root.iterchildren(sch + "ns")
                  if n.get("prefix") != "xml"}
    interpreter = Schematron(schema_root)

    def xpath(expression):
        return etree.XPath(expression, namespaces=namespaces)

    def bind(parent, context, outer):
        variables = dict(outer)
        for let in parent.iterchildren(sch + "let"):
            value = xpath(let.get("value"))(context, **variables)
            if isinstance(value, list) and any(not isinstance(v, etree._Element) for v in value):
                value = _string(value)
            variables[let.get("name")] = value
        return variables

    found = []
    schema_vars = bind(schema_root, tree, {})
    for pattern in schema_root.iterchildren(sch + "pattern"):
        pattern_vars = bind(pattern, tree, schema_vars)
        claimed = set()
        for rule in pattern.iterchildren(sch + "rule"):
            for part in split_union(match_expression(rule.get("context"))):
                for node in xpath(part)(tree, **pattern_vars):
                    if node in claimed:
                        continue
                    claimed.add(node)
                    rule_vars = bind(rule, node, pattern_vars)
                    for check in rule.iterchildren(sch + "assert", sch + "report"):
                        if _boolean(xpath(check.get("test"))(node, **rule_vars)) == (check.tag == sch + "report"):
                            code = check.get("id") or rule.get("id") or pattern.get("id") or "schematron"
                            found.append((code, node, interpreter._message(check, node, rule_vars)))
    return found


def findings(rules: Schematron, tree) -> list[tuple]:
    return [(f.code, f.node, f.message) for f in rules.validate(tree)]


def _break_rules(tree, rng):
    """Change what the project's rules read: pointers, page numbers, identifiers, conventions, content."""
    body = tree.getroot()
    elements = [e for e in body.iter(etree.Element)]
    for _ in range(rng.randint(1, 4)):
        element = rng.choice(elements)
        kind = rng.randrange(6)
        if kind == 0:
            element.set("who", rng.choice(["#stalin", "#molotov", "#nobody", "#stalin #nobody", "stalin"]))
        elif kind == 1:
            element.set("ana", rng.choice(["#conv-gloss", "#conv-invented", "#conv-gloss #conv-x"]))
        elif kind == 2:
            pbs = tree.xpath("//t:body//t:pb", namespaces=NS)
            rng.choice(pbs).set("n", rng.choice(["1", "2", "x", "99"]))
        elif kind == 3:
            element.set(XML_ID, rng.choice(tree.xpath("//@xml:id")))
        elif kind == 4 and element.getparent() is not None:
            element.getparent().remove(element)
        else:
            element.text, element[:] = "", []
    return tree


def test_the_shortcuts_find_what_checking_every_node_finds(rules):
    """On many broken copies of the seed edition: the same failures, on the same nodes, in the same order."""
    schema_root = etree.parse(str(SCH_FILE)).getroot()
    rng = random.Random(1952)
    base = etree.parse(str(SEED_EDITION))
    failing = 0
    for _ in range(60):
        tree = _break_rules(copy.deepcopy(base), rng)
        expected = node_by_node(schema_root, tree)
        assert findings(rules, tree) == expected
        failing += bool(expected)
    assert failing >= 40


def test_the_project_rules_take_the_shortcuts_they_were_written_for(rules):
    """Filters for rules without lets, one check per distinct pointer for the pointer rules."""
    modes = {rule.checks[0].code: rule.mode for pattern in rules._patterns for rule in pattern.rules}
    assert modes == {"ref-resolves": "shared", "id-unique": "filter", "pages-increase": "each",
                     "closer-signed": "filter", "supplied-not-empty": "filter", "note-not-empty": "filter",
                     "convention-declared": "shared"}


OVERLAP = etree.fromstring(
    '<r xmlns="urn:x"><a n="1"><b/></a><a n="2"><c><b n="1"/></c></a><a n="1">text</a><b n="3"/></r>').getroottree()


@pytest.mark.parametrize("mode, second", [
    ("filter", '<rule context="x:a"><assert id="two" test="@n = 2">not two</assert></rule>'),
    ("shared", '<rule context="x:a"><let name="n" value="@n"/><assert id="two" test="$n = 2">not two</assert>'
               '</rule>'),
    ("each", '<rule context="x:a"><let name="t" value="string(.)"/><assert id="two" test="@n = 2 or $t = \'\'">'
             'not two</assert></rule>'),
])
def test_a_node_two_rules_match_is_checked_by_the_first_in_every_mode(mode, second):
    """The first a (n=1) fails the second rule but the first rule claims it; the third a is the second
    rule's, and every node neither rule claims falls to the third, in document order."""
    text = (f'<pattern><rule context="x:a[x:b]"><assert id="one" test="true()">.</assert></rule>{second}'
            '<rule context="x:* | x:b[@n]"><report id="rest" test="true()"><name/> <value-of select="@n"/>'
            '</report></rule></pattern>')
    rules = schema(text)
    assert [rule.mode for rule in rules._patterns[0].rules] == ["filter", mode, "filter"]
    found = findings(rules, OVERLAP)
    root = (f'<schema xmlns="http://purl.oclc.org/dsdl/schematron"><ns prefix="x" uri="urn:x"/>{text}</schema>')
    assert found == node_by_node(etree.fromstring(root), OVERLAP)
    assert [(code, message) for code, _, message in found] == [
        ("two", "not two"), ("rest", "r"), ("rest", "b"), ("rest", "c"), ("rest", "b 1"), ("rest", "b 3")]


def test_a_node_two_alternatives_match_fails_once_where_the_first_meets_it():
    text = ('<pattern><rule context="x:b | x:*[@n]"><let name="n" value="@n"/>'
            '<assert id="three" test="$n = 3"><name/> <value-of select="$n"/></assert></rule></pattern>')
    rules = schema(text)
    assert rules._patterns[0].rules[0].mode == "shared"
    root = f'<schema xmlns="http://purl.oclc.org/dsdl/schematron"><ns prefix="x" uri="urn:x"/>{text}</schema>'
    assert findings(rules, OVERLAP) == node_by_node(etree.fromstring(root), OVERLAP)
    assert [f.message for f in rules.validate(OVERLAP)] == ["b", "b 1", "a 1", "a 2", "a 1"]


def test_shared_checks_tell_apart_nodes_whose_pointers_differ():
    """Nodes with the same tag and values share one check; another value or tag is checked on its own."""
    rules = schema('<pattern><let name="ok" value="//x:b/@n"/><rule context="x:a | x:b">'
                   '<let name="n" value="normalize-space(@n)"/>'
                   '<assert id="known" test="$n = $ok or local-name() = \'b\'"><name/> <value-of select="$n"/>'
                   '</assert></rule></pattern>')
    assert rules._patterns[0].rules[0].mode == "shared"
    doc = etree.fromstring('<r xmlns="urn:x"><a n="1"/><a n=" 1 "/><a n="3"/><a n="2"/><b n="3"/>'
                           '<a n="3"><b n="9"/></a></r>').getroottree()
    assert [f.message for f in rules.validate(doc)] == ["a 1", "a 1", "a 2"]


def test_a_position_in_a_test_stays_the_error_it_is_node_by_node():
    """A context node has no position: a filter would quietly count positions in its node-set instead."""
    rules = schema('<pattern><rule context="x:a"><assert id="p" test="position() = 1 or @n">.</assert></rule>'
                   '</pattern>')
    assert rules._patterns[0].rules[0].mode == "each"
    with pytest.raises(etree.XPathEvalError):
        rules.validate(DOC)


@pytest.mark.parametrize("expression, anything, attributes", [
    ("normalize-space(concat(@who, ' ', self::tei:persName/@ref))", False, {"who", "ref"}),
    ("count($persons[contains(concat(' ', $p, ' '), concat(' #', @xml:id, ' '))]) = $count", False, set()),
    ("local-name() = 'a' and @*", False, {"*"}),
    ("string(preceding::tei:pb[1]/@n)", True, set()),
    ("count(id(@xml:id) | .) != 1", True, {"xml:id"}),
    ("normalize-space(.) != ''", True, set()),
    ("name()", True, set()),
    ("@a | @b", True, {"a", "b"}),
    ("@a[. = 'x']", True, set()),
    ("../@n", True, set()),
    ("$x[current()]", True, set()),
    ("f:unknown(@a)", True, {"a"}),
    ("position() = 1", True, set()),
    ("2 * 3 - @n-1 div $x", False, {"n-1"}),
    ("not a path [", True, set()),
])
def test_what_an_expression_reads_of_its_context(expression, anything, attributes):
    from tei.xpathreads import reads

    found = reads(expression)
    assert (found.anything, found.attributes) == (anything, frozenset(attributes))


@pytest.mark.parametrize("expression, faster", [
    ("//tei:person[@xml:id]", "/descendant::tei:person[@xml:id]"),
    ("//tei:editorialDecl//*[@xml:id]", "//tei:editorialDecl/descendant::*[@xml:id]"),
    ("$v//x[@a]/y", "$v/descendant::x[@a]/y"),
    ("//x", "//x"),  # libxml2 already takes the descendant axis for a step without predicates
    ("//x[1]", "//x[1]"),  # a position: the first x of each parent
    ("//x[@a][1]", "//x[@a][1]"),
    ("//x[@a = 1]", "//x[@a = 1]"),
    ("//@a", "//@a"),
    ("concat('//x[@a]', //y[@b])", "concat('//x[@a]', /descendant::y[@b])"),
])
def test_descendant_steps(expression, faster):
    from tei.xpathreads import descendant_steps

    assert descendant_steps(expression) == faster


def test_which_contexts_select_elements_only():
    from tei.xpathreads import selects_elements

    assert selects_elements("/descendant::tei:text//tei:pb[@n]") and selects_elements("/descendant::*[@xml:id]")
    assert not any(selects_elements(e) for e in ("/", "//@n", "//text()", "id('x')", "//x | //y", "//x/.."))
