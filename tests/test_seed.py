"""The reference transcript: what a careful reader finds, the encoder must find."""

from __future__ import annotations

from collections import Counter

from conftest import SEED, EDITIONS
from words import source_words, tei_words

import tei
from tei.source import Source

NS = {"t": "http://www.tei-c.org/ns/1.0"}


def test_turns_by_speaker(seed_result):
    turns = seed_result.tree.findall(".//t:body//t:sp", NS)
    assert len(turns) == 72
    assert Counter(sp.get("who") for sp in turns) == {"#stalin": 35, "#zhou-enlai": 35, "#molotov": 2}
    speakers = Counter(sp.findtext("t:speaker", namespaces=NS) for sp in turns)
    # The name as written, with the full stop of "STALIN. This would be good."
    assert speakers["Comrade STALIN"] == 1 and speakers["STALIN"] == 33 and speakers["STALIN."] == 1


def test_acronyms_at_line_start_are_not_turns(seed_result):
    speakers = {sp.findtext("t:speaker", namespaces=NS) for sp in seed_result.tree.iterfind(".//t:sp", NS)}
    assert speakers == {"STALIN", "STALIN.", "Comrade STALIN", "ZHOU ENLAI", "MOLOTOV"}


def test_five_page_breaks_one_inside_a_paragraph(seed_result):
    breaks = seed_result.tree.findall(".//t:body//t:pb", NS)
    assert [pb.get("n") for pb in breaks] == ["2", "3", "4", "5", "6"]
    inside = [pb for pb in breaks if pb.getparent().tag.endswith("}p")]
    assert len(inside) == 1
    paragraph = inside[0].getparent()
    assert "for the 70th anniversary" in paragraph.text and "They attended the museum" in "".join(paragraph.itertext())
    # The break between two paragraphs of one speech stays inside the turn.
    in_turn = [pb for pb in breaks if pb.getparent().tag.endswith("}sp")]
    assert len(in_turn) == 1
    assert in_turn[0].getnext().text.startswith("They plundered Germany")


def test_editorial_elements_of_the_right_kinds(seed_result):
    kinds = Counter(e.get("ana") for e in seed_result.tree.iterfind(".//t:body//*[@ana]", NS))
    assert kinds == {"#conv-supplied": 8, "#conv-query": 4, "#conv-gloss": 3, "#conv-signature": 2,
                     "#conv-unmatched": 1}
    glosses = [" ".join(e.itertext()) for e in seed_result.tree.iterfind(".//t:note[@type='gloss']", NS)]
    assert glosses[0] == "Japan's" and glosses[1] == "PLA commander"
    assert glosses[2].startswith("also Soong Chingling")


def test_one_warning_for_the_unclosed_bracket(seed_result):
    warnings = seed_result.warnings
    assert len(warnings) == 1
    (warning,) = warnings
    assert warning.code == "bracket-unclosed"
    assert (warning.position.line, warning.position.column) == (47, 87)
    line = SEED.read_text().splitlines()[46]
    assert line[86:] == "[because"
    # It never swallows the text after it: the rest of the paragraph is plain text.
    sic = seed_result.tree.find(".//t:sic", NS)
    assert sic.text == "[" and sic.tail.startswith("because the UN is a military participant")


def test_closer_with_two_signatures(seed_result):
    closer = seed_result.tree.find(".//t:closer", NS)
    signed = closer.findall("t:signed", NS)
    assert len(signed) == 2
    assert [s.find("t:persName", NS).text for s in signed] == ["A. Vyshinskii", "N. Fedorenko"]
    assert [s.find("t:persName", NS).get("ref") for s in signed] == ["#vyshinskii", "#fedorenko"]
    assert signed[0].findtext("t:label", namespaces=NS) == "Recorded by:"


def test_participants_in_two_printed_groups(seed_result):
    participants = seed_result.tree.find(".//t:list[@type='participants']", NS)
    assert participants.findtext("t:head", namespaces=NS) == "Present:"
    items = participants.findall("t:item", NS)
    assert len(items) == 2
    assert [p.text for p in items[1].findall("t:persName", NS)] == ["Li Fuchun", "Zhang Wentian", "Su Yu", "Shi Zhe"]
    ids = {p.get("{http://www.w3.org/XML/1998/namespace}id")
           for p in seed_result.tree.iterfind(".//t:particDesc//t:person", NS)}
    assert {"stalin", "zhou-enlai", "molotov", "li-fuchun", "vyshinskii", "fedorenko"} <= ids


def test_lists_and_times(seed_result):
    lists = seed_result.tree.findall(".//t:sp//t:list", NS)
    assert [len(lst.findall("t:item", NS)) for lst in lists] == [3, 2]
    assert lists[0].getparent().tag.endswith("}quote")
    assert [label.text for label in lists[1].findall("t:label", NS)] == ["1/", "2/"]
    times = [t.get("when") for t in seed_result.tree.iterfind(".//t:time", NS)]
    assert times == ["10:30:00", "12:30:00"]


def test_declared_slip_is_marked_not_fixed(seed_result):
    choice = seed_result.tree.find(".//t:choice[t:sic]", NS)
    assert choice.findtext("t:sic", namespaces=NS) == "conversion"
    assert choice.findtext("t:corr", namespaces=NS) == "conversation"


def test_every_word_of_the_source(seed_result):
    text = Source.from_bytes(SEED.read_bytes()).text
    assert tei_words(seed_result.tree) == source_words(text)


def test_header_from_the_sidecar(seed_result):
    header = seed_result.tree.find("t:teiHeader", NS)
    assert header.findtext(".//t:titleStmt/t:title", namespaces=NS).startswith("Minutes of Conversation")
    assert header.find(".//t:creation/t:date", NS).get("when") == "1952-09-19"
    assert [i.text for i in header.iterfind(".//t:msIdentifier/t:idno", NS)] == ["45", "1", "343", "97-103"]
    declared = {e.get("{http://www.w3.org/XML/1998/namespace}id") for e in header.iterfind(".//t:interpretation", NS)}
    used = {e.get("ana")[1:] for e in seed_result.tree.iterfind(".//t:body//*[@ana]", NS)}
    assert used <= declared


def test_golden_edition():
    """editions/ holds exactly what the encoder makes (regenerate with scripts/build, review the diff)."""
    assert (EDITIONS / "stalin-zhou-1952-09-19.xml").read_bytes() == tei.encode(SEED).to_bytes()


def test_deterministic():
    assert tei.encode(SEED).to_bytes() == tei.encode(SEED).to_bytes()


def test_valid_tei_all(seed_result, tei_all):
    assert tei_all.validate(seed_result.tree), tei_all.error_log


def test_the_result_holds_a_summary_not_the_model():
    """A long record's model is as large as its tree: once built, nothing of it is held (the build's peak
    memory was the model and the tree together); the index reads the summary taken from it."""
    import gc

    from tei.model import Paragraph, Turn

    def model_objects() -> int:
        gc.collect()
        return sum(1 for o in gc.get_objects() if type(o) in (Turn, Paragraph))

    before = model_objects()
    result = tei.encode(SEED)
    assert model_objects() == before
    summary = result.summary
    assert summary.title == "Minutes of Conversation between I.V. Stalin and Zhou Enlai"
    assert summary.date == "1952-09-19"
    assert summary.turn_rules == {"register": 72}
    assert summary.unregistered == {}
    assert len(summary.participants) == len(result.tree.findall(".//{http://www.tei-c.org/ns/1.0}person"))
