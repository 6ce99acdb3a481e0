"""Messages of `tei validate`: one per real error, at the real line and column, with a path and a hint."""

from __future__ import annotations

import pytest
from conftest import EDITIONS
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

from tei import validation
from tei.validation import SourceMap, element_path

SEED_EDITION = EDITIONS / "stalin-zhou-1952-09-19.xml"
TEXT = SEED_EDITION.read_text(encoding="utf-8")


def where(text: str, needle: str, occurrence: int = 0) -> tuple[int, int]:
    """Line and column (1-based) of the start of ``needle``, counted independently of the code under test."""
    offset = -1
    for _ in range(occurrence + 1):
        offset = text.index(needle, offset + 1)
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1


def check(text: str, name: str = "doc.xml") -> validation.Report:
    return validation.validate_bytes(text.encode("utf-8"), name)


def at(diagnostic) -> tuple[int, int]:
    return diagnostic.position.line, diagnostic.position.column


# -- the scan of start tags


def test_source_map_finds_start_tags_past_comments_cdata_pis_and_doctype():
    text = ('<?xml version="1.0"?>\n<!DOCTYPE r [<!ATTLIST r x CDATA "<a>"> <!-- ] > -->]>\n'
            '<r>\n  <a x="1 > 0" y=\'<\'/><!-- <b> -->\n\t<b><![CDATA[<c>]]><?pi <d>?>\n'
            '<c\n   z="2"/></b></r>')
    source = SourceMap(text)
    assert [source.position(o) for o in source.starts] == [
        validation.Position(3, 1), validation.Position(4, 3), validation.Position(5, 2),
        validation.Position(6, 1)]
    assert text[source.tag_ends[1] - 2:source.tag_ends[1]] == "/>"
    assert text[source.ends[2] - 4:source.ends[2]] == "</b>"


def test_columns_count_characters_not_bytes():
    data = '<r>\n  «Ζ» 漢字 <a/>\n</r>'.encode("utf-8")
    source = SourceMap.from_bytes(data, "UTF-8")
    assert source.position(source.starts[1]) == validation.Position(2, 10)  # 17 if bytes were counted


def test_a_byte_order_mark_and_utf16_do_not_shift_columns():
    text = '<?xml version="1.0" encoding="UTF-16"?>\n<r><a/></r>'
    for data, encoding in ((b"\xef\xbb\xbf" + text.replace("UTF-16", "UTF-8").encode(), "UTF-8"),
                           (text.encode("utf-16"), "UTF-16")):
        source = SourceMap.from_bytes(data, encoding)
        assert [source.position(o) for o in source.starts] == [validation.Position(2, 1),
                                                                validation.Position(2, 4)]


def test_element_paths_number_repeated_names_only():
    root = etree.fromstring("<TEI><text><body><div><sp/><sp><p/><p/></sp><sp/></div></body></text></TEI>")
    p = root.find("text/body/div/sp[2]/p[2]")
    assert element_path(p) == "/TEI/text/body/div/sp[2]/p[2]"
    assert element_path(root.find("text/body/div")) == "/TEI/text/body/div"


# Trees of a few names, repeated or not, with comments and processing instructions between the elements,
# in no namespace, a default namespace, or a prefixed one.
_trees = st.recursive(
    st.sampled_from(["a", "b"]).map(lambda name: ("element", name, [])),
    lambda children: st.tuples(st.just("element"), st.sampled_from(["a", "b", "sp"]),
                               st.lists(st.one_of(children, st.just(("comment",)), st.just(("pi",))), max_size=5)),
    max_leaves=25)


def _build(node, namespace: str, nsmap=None):
    element = etree.Element(namespace + node[1], nsmap=nsmap)
    for child in node[2]:
        if child[0] == "element":
            element.append(_build(child, namespace))
        else:
            element.append(etree.Comment("c") if child[0] == "comment" else etree.ProcessingInstruction("p"))
    return element


@settings(max_examples=150, deadline=None)
@given(tree=_trees, prefix=st.sampled_from([None, "", "x"]))
def test_paths_find_their_elements_with_numbering_kept_across_calls(tree, prefix):
    """No namespace (``a/b[2]``), TEI's as the default (``/*/*[2]``, walked) or a prefixed one (``x:a``)."""
    uri = "http://www.tei-c.org/ns/1.0"
    root = _build(tree, "", None) if prefix is None else _build(tree, f"{{{uri}}}", {prefix or None: uri})
    document = validation.Document(root.getroottree(), etree.tostring(root), "t.xml")
    positions: dict = {}
    for element in root.iter(etree.Element):
        # element_path's own paths (names as written), numbered once for all the calls
        path = element_path(element, positions)
        assert path == element_path(element)
        steps = path.split("/")[1:]
        assert root.xpath("/" + "/".join(f"*[name()='{s.split('[')[0]}']" + (f"[{s.split('[')[1]}" if "[" in s
                                                                            else "") for s in steps)) == [element]
        # libxml2's paths (``/*/*[2]``, or ``x:a[2]`` for a prefix), as RELAX NG's messages give them
        assert document.find(root.getroottree().getpath(element)) is element


# -- RELAX NG errors


def test_one_message_per_error_where_libxml2_reports_two():
    broken = TEXT.replace("</closer>", "</closer>\n        <p>late</p>")
    tree = etree.fromstring(broken.encode()).getroottree()
    schema = validation.project_schema()
    assert not schema.relaxng.validate(tree)
    assert len(schema.relaxng.error_log) == 2 and {e.column for e in schema.relaxng.error_log} == {0}
    report = check(broken)
    assert report.verdict == "invalid"
    (diagnostic,) = report.diagnostics
    assert diagnostic.code == "element-not-allowed"
    assert at(diagnostic) == where(broken, "<p>late</p>")
    assert "p cannot follow closer in div" in diagnostic.message
    assert "at /TEI/text/body/div/p" in diagnostic.message
    assert diagnostic.hint == "`p` cannot follow `closer`: move it above the closing"


def test_two_errors_two_messages_in_document_order():
    broken = TEXT.replace('<pb n="2"/>', '<pb n="2" colour="red"/>').replace('<pb n="3"/>', '<pb n="3"/><foo/>')
    report = check(broken)
    assert [d.code for d in report.diagnostics] == ["attribute-not-allowed", "element-not-allowed"]
    first, second = report.diagnostics
    assert at(first) == where(broken, 'colour="red"')
    assert "@colour is not allowed on pb" in first.message
    assert at(second) == where(broken, "<foo/>")
    assert "foo is not an element of the schema tei-encoder" in second.message


def test_invalid_attribute_value_with_the_allowed_values():
    broken = TEXT.replace('cert="low"', 'cert="maybe"', 1)
    (diagnostic,) = check(broken).diagnostics
    assert diagnostic.code == "attribute-value"
    assert at(diagnostic) == where(broken, 'cert="maybe"')
    assert '@cert="maybe"' in diagnostic.message and diagnostic.hint == "allowed values: high, low, medium, unknown"


def test_missing_required_attribute_is_named():
    broken = TEXT.replace('<language ident="en">', "<language>")
    (diagnostic,) = check(broken).diagnostics
    assert diagnostic.code == "attribute-missing"
    assert at(diagnostic) == where(broken, "<language>")
    assert "language lacks the required attribute @ident" in diagnostic.message


def test_missing_required_element_is_named():
    broken = TEXT.replace("<title>Minutes of Conversation between I.V. Stalin and Zhou Enlai</title>", "", 1)
    (diagnostic,) = check(broken).diagnostics
    assert diagnostic.code == "element-missing"
    assert "titleStmt lacks title" in diagnostic.message
    assert at(diagnostic) == where(broken, "<respStmt")


def test_wrong_first_element_lists_what_may_start():
    broken = TEXT.replace("<publicationStmt>\n", "<publicationStmt>\n        <date>1952</date>\n")
    (diagnostic,) = check(broken).diagnostics
    assert "date cannot come first in publicationStmt" in diagnostic.message
    assert diagnostic.hint == "publicationStmt must start with one of: authority, distributor, p, publisher"
    assert at(diagnostic) == where(broken, "<date>1952")


def test_text_where_none_is_allowed_points_at_the_text():
    broken = TEXT.replace('<pb n="2"/>', 'stray words <pb n="2"/>')
    (diagnostic,) = check(broken).diagnostics
    assert diagnostic.code == "text-not-allowed"
    assert at(diagnostic) == where(broken, "stray words")


def test_an_element_in_another_namespace():
    broken = TEXT.replace("<speaker>MOLOTOV</speaker>", '<speaker xmlns="urn:other">MOLOTOV</speaker>', 1)
    (diagnostic,) = check(broken).diagnostics
    assert diagnostic.code == "element-not-allowed"
    assert "in the namespace urn:other" in diagnostic.message
    assert at(diagnostic) == where(broken, '<speaker xmlns="urn:other">')


def test_a_repeated_xml_id_is_reported_once_at_the_repeat():
    broken = TEXT.replace('xml:id="p2"', 'xml:id="p1"')
    report = check(broken)
    assert report.verdict == "invalid"
    (diagnostic,) = report.diagnostics
    assert diagnostic.code == "id-unique"
    assert at(diagnostic) == where(broken, 'xml:id="p1"', occurrence=1)
    assert f"line {where(broken, 'xml:id=' + chr(34) + 'p1')[0]}" in diagnostic.message


def test_a_malformed_xml_id_is_invalid_not_unreadable():
    broken = TEXT.replace('xml:id="p3"', 'xml:id="3p"')
    (diagnostic,) = check(broken).diagnostics
    assert diagnostic.code == "id-invalid"
    assert at(diagnostic) == where(broken, 'xml:id="3p"')


def test_a_multi_line_start_tag_is_placed_at_its_opening_bracket():
    broken = TEXT.replace('<pb n="4"/>', '<pb\n   n="4"\n   colour="red"/>')
    (diagnostic,) = check(broken).diagnostics
    assert at(diagnostic) == where(broken, 'colour="red"')


def test_schematron_and_relaxng_errors_together_in_order():
    broken = TEXT.replace('who="#molotov"', 'who="#nobody"', 1).replace("</closer>", "</closer><p>x</p>")
    report = check(broken)
    assert [d.code for d in report.diagnostics] == ["ref-resolves", "element-not-allowed"]
    assert at(report.diagnostics[0]) == where(broken, '<sp who="#nobody"')


@pytest.mark.parametrize("needle, replacement", [
    ("</closer>", "</closer><p>x</p>"),
    ('<pb n="2"/>', '<pb n="2" colour="red"/>'),
    ('when="1952-09-19"', 'when="19 Sept"'),
    ("<listPerson>", "<listPerson></listPerson><listPerson>"),
])
def test_every_message_has_a_real_column_and_one_format(needle, replacement):
    report = check(TEXT.replace(needle, replacement, 1), "x.xml")
    assert report.diagnostics
    for diagnostic in report.diagnostics:
        assert diagnostic.position.column >= 1 and diagnostic.position.line > 1
        assert diagnostic.format().startswith(f"x.xml:{diagnostic.position.line}:{diagnostic.position.column}: "
                                              f"error[{diagnostic.code}]: ")


# -- transcript positions


def test_transcript_position_from_an_encode_result(seed_result):
    tree = seed_result.tree
    sp = tree.getroot().find(".//{http://www.tei-c.org/ns/1.0}sp[@who='#molotov']")
    sp.set("who", "#nobody")
    try:
        diagnostics = validation.validate_result(seed_result, "out.xml")
    finally:
        sp.set("who", "#molotov")
    (diagnostic,) = [d for d in diagnostics if d.code == "ref-resolves"][:1]
    position = seed_result.position(sp.get("{http://www.w3.org/XML/1998/namespace}id"))
    assert f"transcript {seed_result.source.name}:{position.line}:{position.column}" in diagnostic.message
    assert diagnostic.file == "out.xml"


def test_transcript_found_in_seeds_beside_the_editions_folder(tmp_path, seed_result):
    from conftest import SEED

    (tmp_path / "seeds").mkdir()
    (tmp_path / "editions").mkdir()
    for source in (SEED, SEED.with_suffix(".toml")):
        (tmp_path / "seeds" / source.name).write_bytes(source.read_bytes())
    target = tmp_path / "editions" / SEED_EDITION.name
    target.write_text(TEXT.replace("</closer>", "</closer><p>x</p>").replace(
        'xml:id="p12">', 'xml:id="p12"><foo/>'), encoding="utf-8")
    report = validation.validate_file(target)
    messages = [d.message for d in report.diagnostics]
    position = seed_result.position("p12")
    assert any(f"seeds/{SEED.name}:{position.line}:{position.column})" in m for m in messages), messages
    # The closing has no xml:id and neither has its div: no transcript position is claimed.
    assert any("cannot follow closer" in m and "transcript" not in m for m in messages)
    # Beside the edition, its text edition of the transcript's name (tei build makes it): the transcript in seeds/
    # is the one read (the text edition had been read as the transcript); and an edition that named its transcript
    # in a link (as editions did) is read as one that names it in an idno.
    (tmp_path / "editions" / SEED.name).write_text("STALIN says that this is the text edition.\n")
    messages = [d.message for d in validation.validate_file(target).diagnostics]
    assert any(f"seeds/{SEED.name}:{position.line}:{position.column})" in m for m in messages), messages
    linked = f'<ref type="transcript" target="{SEED.name}">{SEED.name}</ref>'
    target.write_text(target.read_text().replace(f'<idno type="transcript">{SEED.name}</idno>', linked))
    assert linked in target.read_text()
    messages = [d.message for d in validation.validate_file(target).diagnostics]
    assert any(f"seeds/{SEED.name}:{position.line}:{position.column})" in m for m in messages), messages


def test_transcripts_folder_option(tmp_path, seed_result):
    from conftest import SEED

    target = tmp_path / SEED_EDITION.name
    target.write_text(TEXT.replace('xml:id="p12">', 'xml:id="p12"><foo/>'), encoding="utf-8")
    assert all("transcript" not in d.message for d in validation.validate_file(target).diagnostics)
    report = validation.validate_file(target, transcripts=SEED.parent)
    position = seed_result.position("p12")
    assert any(f"{SEED.name}:{position.line}:{position.column})" in d.message for d in report.diagnostics)


def test_a_builds_edition_names_the_transcript_the_build_read_not_its_text_edition(tmp_path, seed_result):
    """Built from a folder not named seeds, an edition's errors had named its text edition beside it, of the
    transcript's name, as the transcript ("e8/x.txt:42:1"): the build's manifest says which folder it read."""
    from conftest import SEED

    from tei import corpus

    coll, out = tmp_path / "coll", tmp_path / "eds"
    coll.mkdir()
    for source in (SEED, SEED.with_suffix(".toml")):
        (coll / source.name).write_bytes(source.read_bytes())
    assert corpus.build(coll, out, formats=("xml", "text")).exit_code == 0
    target = out / SEED_EDITION.name
    target.write_text(target.read_text().replace('xml:id="p12">', 'xml:id="p12"><foo/>'), encoding="utf-8")
    position = seed_result.position("p12")
    messages = [d.message for d in validation.validate_file(target).diagnostics]
    assert any(f"coll/{SEED.name}:{position.line}:{position.column})" in m for m in messages), messages
    assert not any(f"eds/{SEED.name}" in m for m in messages)
    # The transcripts moved away: no transcript's position is claimed, rather than the text edition's.
    for source in coll.iterdir():
        source.unlink()
    assert all("transcript" not in d.message for d in validation.validate_file(target).diagnostics)
