"""The sidecar: fields, types and mistakes, with the sidecar's line and column."""

from __future__ import annotations

import pytest

import tei
from tei.diagnostics import InputError
from tei.metadata import parse

NS = {"t": "http://www.tei-c.org/ns/1.0"}


def error_of(text: str):
    with pytest.raises(InputError) as caught:
        parse(text, "meta.toml")
    (diagnostic,) = caught.value.diagnostics
    return diagnostic


def test_invalid_toml_has_line_and_column():
    diagnostic = error_of('title = "ok"\ndate = 1952-09-\n')
    assert diagnostic.code == "sidecar-toml"
    assert diagnostic.file == "meta.toml"
    assert diagnostic.position.line == 2


def test_wrong_type_points_at_the_key():
    diagnostic = error_of('title = "ok"\n\n[source]\nidentifiers = "fond 45"\n')
    assert diagnostic.code == "sidecar-field"
    assert "must be a table" in diagnostic.message
    assert (diagnostic.position.line, diagnostic.position.column) == (4, 1)


def test_bad_date():
    diagnostic = error_of('date = "19 September 1952"\n')
    assert "ISO" in diagnostic.message and diagnostic.position.line == 1


def test_impossible_date():
    assert error_of('date = "1952-13-40"\n').code == "sidecar-field"


def test_duplicate_person_ids():
    diagnostic = error_of('[[person]]\nid = "a"\nname = "A"\n\n[[person]]\nid = "a"\nname = "B"\n')
    assert "two register entries" in diagnostic.message
    assert diagnostic.position.line == 6  # the second entry, the one to rename


@pytest.mark.parametrize("sidecar, line, says", [
    ('[[person]]\nid = "zhou"\nname = "Z"\n\n[[person]]\nid = "p1"\nname = "P1"\n', 6, "person id 'p1' is an id"),
    ('[[responsibility]]\nid = "head1"\nnames = ["A"]\n', 2, "responsibility id 'head1' is an id"),
    ('[[person]]\nid = "editor"\nname = "Ed"\n', 2, "person id 'editor' is an id"),
    ('[[person]]\nid = "sp-zhou-1"\nname = "Z"\n', 2, "person id 'sp-zhou-1' is an id"),
    ('[[responsibility]]\nid = "transcriber"\nnames = ["A"]\n\n[[person]]\nid = "transcriber"\nname = "T"\n', 6,
     "person id 'transcriber' is already the id of a responsibility"),
    ('[[responsibility]]\nid = "t"\n\n[[responsibility]]\nid = "t"\n', 5, "already the id of a responsibility"),
])
def test_an_id_of_the_sidecar_names_one_element_and_none_of_the_editions_own(sidecar, line, says):
    """Two elements with one xml:id are not TEI: the edition would fail its own check, blaming its output."""
    diagnostic = error_of(sidecar)
    assert diagnostic.code == "sidecar-field" and says in diagnostic.message
    assert diagnostic.position.line == line


def test_unknown_keys_are_warnings():
    meta = parse('titel = "typo"\n', "meta.toml")
    (warning,) = meta.warnings
    assert warning.code == "sidecar-unknown-key" and warning.position.line == 1


def test_unknown_convention_name():
    diagnostic = error_of('[conventions.brackets]\n"?" = "nonsense"\n')
    assert "unknown bracket convention" in diagnostic.message


def test_sidecar_rows_extend_the_table():
    meta = parse('[[conventions.bracket]]\nname = "inaudible"\nmatch = "(?i)inaudible"\nas = "illegible"\n')
    result = tei.encode("STALIN says [inaudible] words.", meta, name="x")
    gap = result.tree.find(".//t:gap", NS)
    assert gap.get("ana") == "#conv-inaudible" and gap.get("reason") == "illegible"
    declared = result.tree.find(".//t:interpretation[@n='inaudible']", NS)
    assert declared is not None


def test_a_sidecar_row_may_describe_an_event_as_a_recordings_incident():
    meta = parse('[[conventions.bracket]]\nname = "gesture"\nmatch = "(?i)nods|gestures"\nelement = "incident"\n'
                 'description = "[nods] describes what a speaker did without words."\n')
    result = tei.encode("INTERVIEWER: Agreed? [nods]\n\nRESPONDENT: Yes.\n\nINTERVIEWER: Fine.\n\nRESPONDENT: Good.\n",
                        meta, name="x")
    incident = result.tree.find(".//t:incident", NS)
    assert incident.get("ana") == "#conv-gesture" and incident.findtext("t:desc", namespaces=NS) == "nods"


def test_sidecar_row_with_a_disallowed_element():
    diagnostic = error_of('[[conventions.bracket]]\nname = "x"\nmatch = "x"\nelement = "script"\n'
                          'description = "no"\n')
    assert "not one a bracket may become" in diagnostic.message


def test_unused_correction_is_a_warning():
    meta = parse('[[correction]]\nsic = "teh"\ncorr = "the"\n')
    result = tei.encode("STALIN says nothing wrong.", meta, name="x")
    assert [w.code for w in result.warnings] == ["correction-unused"]


def test_register_full_names_in_the_header():
    meta = parse('[[person]]\nid = "stalin"\nname = "STALIN"\nfull_name = "I.V. Stalin"\nrole = "Chairman"\n')
    result = tei.encode("STALIN says yes.", meta, name="x")
    person = result.tree.find(".//t:person", NS)
    assert person.get("resp") is None
    assert [n.text for n in person.findall("t:persName", NS)] == ["I.V. Stalin", "STALIN"]
    assert person.findtext("t:note[@type='role']", namespaces=NS) == "Chairman"


def test_derived_people_are_marked():
    result = tei.encode("STALIN says yes.", name="x")
    assert result.tree.find(".//t:person", NS).get("resp") == "#encoder"


def test_sidecar_found_next_to_the_transcript(tmp_path):
    (tmp_path / "rec.txt").write_text("STALIN says yes.")
    (tmp_path / "rec.toml").write_text('title = "A Record"\n')
    result = tei.encode(tmp_path / "rec.txt")
    assert result.tree.findtext(".//t:titleStmt/t:title", namespaces=NS) == "A Record"


def test_an_empty_correction_stays_an_empty_element():
    meta = parse('[[correction]]\nsic = "teh"\ncorr = ""\n')
    data = tei.encode("STALIN says teh words.", meta, name="x").to_bytes()
    assert b'<choice><sic>teh</sic><corr resp="#editor"></corr></choice>' in data


def test_sidecar_strings_are_text_in_the_edition():
    meta = parse('language = "en"\n[[correction]]\nsic = "teh"\ncorr = "a & <b> \\"c\\"\\ttab"\n'
                 '[[conventions.bracket]]\nname = "mine"\nmatch = "naval"\nelement = "seg"\n'
                 'attributes = {type = "x&\\"<\\n"}\ndescription = "d"\n')
    result = tei.encode("STALIN says teh [naval] words.", meta, name="x")
    assert result.tree.findtext(".//t:corr", namespaces=NS) == 'a & <b> "c"\ttab'
    assert result.tree.find(".//t:seg", NS).get("type") == 'x&"<\n'


@pytest.mark.parametrize("key", ["a b", "{urn:x}a", "xml:id", "1a", "a<b"])
def test_a_sidecar_attribute_name_xml_cannot_hold_is_refused_with_its_position(key):
    text = ('[[conventions.bracket]]\nname = "mine"\nmatch = "naval"\nelement = "seg"\n'
            f'attributes = {{"{key}" = "x"}}\ndescription = "d"\n')
    with pytest.raises(InputError) as caught:
        parse(text)
    (diagnostic,) = caught.value.diagnostics
    assert "not an attribute name" in diagnostic.message and key in diagnostic.message
    assert diagnostic.position.line == 5


@pytest.mark.parametrize("text, where, char", [
    ('title = "A\\u0001B"\n', (1, 1), "U+0001"),
    ('title = "T"\n[[person]]\nid = "molotov"\nname = "MOLOTOV"\nfull_name = "V.\\u000cMolotov"\n', (5, 1), "U+000C"),
    ('[[conventions.bracket]]\nname = "mine"\nmatch = "naval"\nelement = "seg"\n'
     'attributes = {type = "x\\u001f"}\ndescription = "d"\n', (5, 15), "U+001F"),
    ('title = "A\uffffB"\n', (1, 1), "U+FFFF"),  # written as it is: TOML takes it, XML does not
    ('title = "A\\bB"\n', (1, 1), "U+0008"),  # TOML's own escapes
    ('summary = "C\\fD"\n', (1, 1), "U+000C"),
])
def test_a_control_character_in_the_sidecar_is_refused_at_its_key(text, where, char):
    # Every sidecar string ends up in the edition, and XML cannot hold these characters.
    with pytest.raises(InputError) as caught:
        parse(text, "rec.toml")
    (diagnostic,) = caught.value.diagnostics
    assert char in diagnostic.message and "XML cannot hold" in diagnostic.message
    assert (diagnostic.position.line, diagnostic.position.column) == where


def test_metadata_made_in_code_with_a_character_xml_cannot_hold_is_refused_before_any_markup():
    import dataclasses

    from tei.conventions import DEFAULT_TABLE, Table, extend

    row = {"name": "mine", "match": "naval", "element": "seg", "attributes": {"type": "x\x01"}, "description": "d"}
    meta = dataclasses.replace(parse(""), table=extend(Table(DEFAULT_TABLE), [row], {}))
    with pytest.raises(ValueError, match="XML cannot hold"):
        tei.encode("STALIN says [naval] x.", meta, name="x")
