"""Participants blocks in their common forms → an in-text list and particDesc."""

from __future__ import annotations

import pytest

import tei
from tei.diagnostics import Severity
from tei.validation import validate_result

NS = {"t": "http://www.tei-c.org/ns/1.0"}
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"


def participants(text: str):
    result = tei.encode(text, name="x.txt")
    lists = result.tree.findall(".//t:list[@type='participants']", NS)
    people = {p.get(XML_ID) for p in result.tree.iterfind(".//t:particDesc//t:person", NS)}
    return result, lists, people


@pytest.mark.parametrize("text, head, names", [
    ("Present: comrs. Molotov, Malenkov.\n\nSTALIN says yes.", "Present:", ["Molotov", "Malenkov"]),
    ("Participants: Mr. Kissinger, Mr. Scowcroft\n\nMr. Kissinger: Yes.", "Participants:",
     ["Mr. Kissinger", "Mr. Scowcroft"]),
    ("Also present: Li Fuchun, Su Yu\n\nSTALIN says yes.", "Also present:", ["Li Fuchun", "Su Yu"]),
])
def test_participants_forms(text, head, names):
    result, lists, people = participants(text)
    (found,) = lists
    assert found.findtext("t:head", namespaces=NS) == head
    assert [p.text for p in found.iterfind(".//t:persName", NS)] == names
    refs = {p.get("ref")[1:] for p in found.iterfind(".//t:persName", NS)}
    assert refs <= people


def test_sides_are_groups_of_their_own():
    text = ("On the Soviet side: comrades Stalin, Molotov.\nOn the Chinese side: Zhou Enlai, Li Fuchun.\n\n"
            "STALIN says yes.")
    result, lists, people = participants(text)
    (found,) = lists
    items = found.findall("t:item", NS)
    assert len(items) == 2
    assert [p.text for p in items[1].findall("t:persName", NS)] == ["Zhou Enlai", "Li Fuchun"]
    # The speaker STALIN is the Stalin of the participants list.
    assert result.tree.find(".//t:sp", NS).get("who") == items[0].find("t:persName", NS).get("ref")


def test_abbreviation_is_expanded_beside_the_original():
    result, lists, _ = participants("Present: comrs. Molotov, Beria\n\nSTALIN says yes.")
    choice = lists[0].find(".//t:choice", NS)
    assert choice.findtext("t:abbr", namespaces=NS) == "comrs."
    assert choice.findtext("t:expan", namespaces=NS) == "comrades"


def test_turns_by_weaker_evidence_are_marked_for_review():
    result = tei.encode("ZHOU says yes.\n\nZHOU. Fine.\n\nKISSINGER: One.\n\nKISSINGER: Two.", name="x")
    certainty = [(sp.findtext("t:speaker", namespaces=NS), sp.get("cert")) for sp in result.tree.iterfind(".//t:sp", NS)]
    assert certainty == [("ZHOU", None), ("ZHOU.", "medium"), ("KISSINGER:", "medium"), ("KISSINGER:", "medium")]


def test_speakers_named_like_the_editions_own_ids_get_ids_of_their_own():
    """An interview's "P1:" and "P2:" made persons p1 and p2, the ids of its first two paragraphs: the
    edition held each id twice and was refused (a speaker "Editor", beside the corrections' editor, too)."""
    from tei.metadata import parse

    meta = parse('[[responsibility]]\nid = "transcriber"\nnames = ["A. B."]\n\n'
                 '[[correction]]\nsic = "teh"\ncorr = "the"\n', "meta.toml")
    transcript = ("Interview\n\nP1: Hello there, teh weather.\n\nP2: Fine.\n\nEDITOR: A note.\n\n"
                  "TRANSCRIBER: Another.\n\nP1: Bye.\n\nP2: Yes.\n\nEDITOR: Done.\n\nTRANSCRIBER: End.\n")
    result = tei.encode(transcript, meta, name="interview.txt")
    assert not [d for d in validate_result(result) if d.severity is Severity.ERROR]
    persons = [p.get(XML_ID) for p in result.tree.iterfind(".//t:person", NS)]
    assert persons == ["person-p1", "person-p2", "person-editor", "transcriber-2"]
    ids = [e.get(XML_ID) for e in result.tree.iter() if e.get(XML_ID)]
    assert len(ids) == len(set(ids)) and {"p1", "p2", "editor", "transcriber"} <= set(ids)
