"""Participants blocks in their common forms → an in-text list and particDesc."""

from __future__ import annotations

import re

import pytest

import tei
from tei.diagnostics import Severity
from tei.validation import validate_result

NS = {"t": "http://www.tei-c.org/ns/1.0"}
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"


def test_an_office_before_its_holders_name_in_a_one_a_line_list_is_read_with_it():
    """"Assistant Secretary of State Charles E. Redman" was named "Assistant Secretary" (the name stopped at
    "of"), and "Mr. Redman said" was someone else: the office and its holder are one name now, and the turn is his."""
    text = ("MEMORANDUM OF CONVERSATION\n\nPARTICIPANTS\nAssistant Secretary of State Charles E. Redman\n"
            "Ambassador Anatoly Dobrynin\n\nMr. Redman said that he was glad.\n\nAmbassador Dobrynin said nothing.\n")
    result = tei.encode(text, name="memcon.txt")
    names = [(n.text, n.get("ref")) for n in result.tree.iterfind(".//t:list[@type='participants']//t:persName", NS)]
    assert names == [("Assistant Secretary of State Charles E. Redman", "#assistant-secretary-of-state-charles-redman"),
                     ("Ambassador Anatoly Dobrynin", "#anatoly-dobrynin")]
    assert [sp.get("who") for sp in result.tree.iterfind(".//t:sp", NS)] == [
        "#assistant-secretary-of-state-charles-redman", "#anatoly-dobrynin"]


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


# -- a memorandum of conversation's list: the label alone on its line, a person a line

MEMCON_HEAD = "MEMORANDUM OF CONVERSATION\n\nWashington, March 3, 1962\n\nSUBJECT: Berlin\n\n"
MEMCON_TEXT = ("\n\nThe Secretary said that he had asked the Ambassador to come in to discuss the\n"
               "situation in Berlin, which he did.\n\n"
               "Ambassador Dobrynin replied that the Soviet Government had no intention of\n"
               "changing the status of West Berlin.\n\nDobrynin said that he would report to Moscow.\n")


def items(found) -> list[tuple[str, list[str]]]:
    """Each item's text and the names in it."""
    return [("".join(item.itertext()), [p.text for p in item.iterfind("t:persName", NS)])
            for item in found.iterfind("t:item", NS)]


def listed_names(result) -> list[list[str]]:
    """The names in each item of the record's participants lists."""
    return [[name.text for name in item.iterfind("t:persName", NS)]
            for item in result.tree.iterfind(".//t:list[@type='participants']/t:item", NS)]


@pytest.mark.parametrize("label, gap", [("PARTICIPANTS", "\n"), ("In Attendance", "\n"), ("Participants:", "\n"),
                                        ("PARTICIPANTS", "\n\n")], ids=["caps", "in-attendance", "colon", "blank"])
def test_a_label_alone_on_its_line_heads_a_person_a_line(label, gap):
    """The label on its own line (with a colon or none), the names on the lines below it or after a blank line:
    each line one person, the name first and what he is after the comma (it was a paragraph of all of them;
    with a colon, "Assistant Secretary" was a person of its own)."""
    text = MEMCON_HEAD + label + gap + "Mr. Kohler, Assistant Secretary\nAmbassador Dobrynin\n" \
        "Mr. Kornienko, Counselor" + MEMCON_TEXT
    result, lists, people = participants(text)
    (found,) = lists
    assert found.findtext("t:head", namespaces=NS) == label
    assert items(found) == [("Mr. Kohler, Assistant Secretary", ["Mr. Kohler"]),
                            ("Ambassador Dobrynin", ["Ambassador Dobrynin"]),
                            ("Mr. Kornienko, Counselor", ["Mr. Kornienko"])]
    assert people >= {"kohler", "dobrynin", "kornienko"} and "secretary-2" not in people
    # The list's Dobrynin is who speaks, under both his names.
    assert [sp.get("who") for sp in result.tree.iterfind(".//t:sp", NS)][1:] == ["#dobrynin", "#dobrynin"]
    assert validate_result(result) == []


def test_each_sides_block_after_a_blank_line_is_in_the_list_its_label_no_ones_name():
    text = MEMCON_HEAD + "PARTICIPANTS\n\nUnited States:\nThe Secretary of State\nMr. Kohler, Assistant Secretary" \
        "\n\nSoviet side:\nAmbassador Dobrynin\nMr. Kornienko, Counselor" + MEMCON_TEXT
    result, lists, people = participants(text)
    (found,) = lists
    assert [text for text, _ in items(found)] == [
        "United States:", "The Secretary of State", "Mr. Kohler, Assistant Secretary", "Soviet side:",
        "Ambassador Dobrynin", "Mr. Kornienko, Counselor"]
    assert items(found)[0][1] == [] and items(found)[3][1] == []
    assert not {"united-states", "soviet-side"} & people
    paragraphs = ["".join(p.itertext()) for p in result.tree.iterfind(".//t:body//t:p", NS)]
    assert not [p for p in paragraphs if p.startswith(("United States", "Soviet side", "Ambassador Dobrynin Mr."))]


@pytest.mark.parametrize("text", [
    # A label alone, then prose: a paragraph of its own (a topic heading here), the prose a paragraph.
    "Minutes\n\nPARTICIPANTS\n\nThe delegations met at ten in the morning to discuss the questions of\n"
    "the agenda, which had been agreed the day before by both sides.\n\nSTALIN says yes.\n",
    # After the first turn, no participants list: the label and the names stay two paragraphs.
    "STALIN says yes.\n\nPresent\n\nMr. Kohler\nAmbassador Dobrynin\n\nZHOU ENLAI says no.\n",
    # A side's label opens no block of prose after the list, nor is a label alone in its block a side's.
    "PARTICIPANTS\nMr. Kohler\nAmbassador Dobrynin\n\nBerlin:\nThe Secretary said that the talks had gone on for\n"
    "a long time without result, and would go on.\n\nDobrynin said so.\n",
    "PARTICIPANTS\nMr. Kohler\nAmbassador Dobrynin\n\nBerlin:\n\nThe Secretary said that the talks had gone on\n"
    "for a long time without result, and would go on.\n\nDobrynin said so.\n",
    # A label alone, then short lines without a name.
    "Present\n\nnone recorded\nsee the annex\n\nSTALIN says yes.\n",
])
def test_what_is_not_a_memorandums_participants_list(text):
    result, lists, _ = participants(text)
    names = [p.text for found in lists for p in found.iterfind(".//t:persName", NS)]
    assert "The Secretary" not in names and "The delegations" not in names
    assert len(lists) <= 1 and (not lists or names == ["Mr. Kohler", "Ambassador Dobrynin"])
    assert "Berlin:" not in [item.text for found in lists for item in found.iterfind("t:item", NS)]
    paragraphs = ["".join(p.itertext()) for p in result.tree.iterfind(".//t:body//t:p", NS)]
    assert not [p for p in paragraphs if p.startswith(("Present Mr.", "Present: Mr.", "Present none"))]


def test_a_title_abbreviation_at_a_lines_end_ends_no_sentence():
    """"… and Prof." / "Cohen, Assistant Secretary Redman explained …": Cohen, known from the list, opened a
    turn there, the paragraph cut after "Prof."."""
    text = ("Participants\nProf. Bradford Perkins, U. of Michigan\nProf. Warren Cohen, Michigan State U.\n\n"
            "After welcoming Prof. Perkins (Chairman of the Committee) and Prof.\n"
            "Cohen, Assistant Secretary Redman explained that the Department had studied\n"
            "the issues raised by Perkins in his letter.\n\nPerkins said that he agreed.\n")
    result, lists, _ = participants(text)
    first = result.tree.find(".//t:body//t:p", NS)
    assert "and Prof. Cohen, Assistant Secretary Redman explained" in first.text
    assert [sp.findtext("t:speaker", namespaces=NS) for sp in result.tree.iterfind(".//t:sp", NS)] == ["Perkins"]


@pytest.mark.parametrize("text", ["In Attendance:\n:\n\nSTALIN says yes.\n", "Minutes\n\nPresent:\n\fSTALIN says yes.\n"])
def test_a_participants_label_with_no_one_after_it_is_no_list(text):
    """"In Attendance:" with no name after it made a list of no one, which TEI refuses (found by the fuzzer)."""
    result, lists, _ = participants(text)
    assert lists == [] and validate_result(result) == []


def test_a_numbered_transcripts_list_keeps_its_head_in_the_diplomatic_text():
    """Lines numbered in the margin: the first item opens with its line's number, and the head printed before
    it was lost from the diplomatic text (found by the fuzzer)."""
    from strategies import numbered

    from tei.render import render_text

    lines = ["Present:", "Mr. Kohler", "Ambassador Dobrynin", ""] + [f"THE COURT: Line {i} goes on." for i in range(30)]
    text, _ = numbered(lines, 25, False, True, "{:>2}   ", 1)
    result, lists, _ = participants(text)
    assert [found.findtext("t:head", namespaces=NS) for found in lists] == ["Present:"]
    diplomatic = render_text(result.tree, diplomatic=True)
    assert "".join(diplomatic.split()) == "".join(result.source.text.split())


@pytest.mark.parametrize("line, names", [
    ("Present: Comrades János Kádár, Gyula Kállai", ["János Kádár", "Gyula Kállai"]),
    ("Present: Messrs. Eden, Lloyd", ["Eden", "Lloyd"]),
    ("Присутствовали: товарищи Косыгин, Микоян", ["Косыгин", "Микоян"]),
    ("Present: Senators Fulbright, Morse, and Hickenlooper.", ["Fulbright", "Morse", "Hickenlooper"]),
    ("Present: Ambassadors Dobrynin, Thompson", ["Dobrynin", "Thompson"]),
])
def test_a_title_of_them_all_is_no_ones_name(line, names):
    """"Comrades János Kádár" was the first person's name (and his id's words), the title of them all."""
    result = tei.encode(f"{line}\n\nKádár said that he agreed.\n", name="x.txt")
    listed = result.tree.find(".//t:list[@type='participants']", NS)
    assert [name.text for name in listed.iterfind(".//t:persName", NS)] == names


UN_RECORD = ("SECURITY COUNCIL\n\nPresident: Mr. ZORIN (Union of Soviet Socialist Republics)\n\n"
             "The meeting was called to order at 4.25 p.m.\n\n"
             "The PRESIDENT (interpretation from Russian): I call on the representative of the United States.\n\n"
             "Mr. STEVENSON (United States of America): Thank you.\n\nThe PRESIDENT: Thank you.\n")


def test_who_presides_named_at_the_head_is_a_participant_and_the_presidents_turns_are_his():
    """The United Nations' "President: Mr. ZORIN (…)" was a turn of a person "President", holding the next
    paragraph; "The PRESIDENT" was a person apart from Zorin."""
    result = tei.encode(UN_RECORD, name="x.txt")
    listed = result.tree.find(".//t:list[@type='participants']", NS)
    assert listed.findtext("t:head", namespaces=NS) == "President:"
    assert [name.text for name in listed.iterfind(".//t:persName", NS)] == ["Mr. ZORIN"]
    assert [sp.get("who") for sp in result.tree.iterfind(".//t:sp", NS)] == ["#zorin", "#stevenson", "#zorin"]
    record = result.tree.find(".//t:div[@type='record']", NS)
    assert [child.tag.split("}")[1] for child in record] == ["head", "list", "p", "sp", "sp", "sp"]
    # Said at the head, "President: Thank you." is the President's turn; a chair's label names the chairman.
    for said in ("Thank you.", "Agreed."):
        turn = tei.encode(UN_RECORD.replace("Mr. ZORIN (Union of Soviet Socialist Republics)", said), name="x.txt")
        assert turn.tree.find(".//t:list[@type='participants']", NS) is None
    chaired = tei.encode(UN_RECORD.replace("President:", "In the Chair:").replace("PRESIDENT", "CHAIRMAN"),
                         name="x.txt")
    assert [sp.get("who") for sp in chaired.tree.iterfind(".//t:sp", NS)] == ["#zorin", "#stevenson", "#zorin"]
    # A name with a particle in small letters ("Mr. Kamanda wa Kamanda", which had been the President's words), under
    # a head of five lines above its date and place (which had been paragraphs).
    head = ("United Nations\nS/PV.2345\nSecurity Council\nThirty-seventh year\n2345th meeting\n"
            "Saturday, 3 April 1982, 11 a.m.\nNew York\n\n")
    kamanda = tei.encode(head + UN_RECORD.split("\n\n", 1)[1].replace("Mr. ZORIN (Union of Soviet Socialist Republics)",
                                                                    "Mr. Kamanda wa Kamanda (Zaire)"), name="x.txt")
    assert [sp.get("who") for sp in kamanda.tree.iterfind(".//t:sp", NS)] == [
        "#kamanda-wa-kamanda", "#stevenson", "#kamanda-wa-kamanda"]
    assert (kamanda.summary.title, kamanda.summary.date) == (
        "United Nations S/PV.2345 Security Council Thirty-seventh year 2345th meeting", "1982-04-03")


def test_the_presidency_named_above_a_sitting_is_its_chairs_and_the_chairs_turns_are_the_holders():
    """The French, Italian and Portuguese records name the presidency above the sitting ("Présidence de Mme Yaël
    Braun-Pivet", "PRESIDENZA DEL PRESIDENTE LORENZO FONTANA"): it had been a paragraph, and "Mme la présidente." a
    person apart from her. A presidency of something else stays words."""
    french = ("Assemblée nationale\n\nPrésidence de Mme Yaël Braun-Pivet\n\nMme la présidente. La séance est "
              "ouverte.\n\nM. Jean Dupont. Madame la présidente, la situation est grave.\n\nMme la présidente. "
              "Merci.\n\nM. Jean Dupont. Ce n'est pas suffisant !\n")
    result = tei.encode(french, name="x.txt")
    listed = result.tree.find(".//t:list[@type='participants']", NS)
    assert listed.findtext("t:head", namespaces=NS) == "Présidence de"
    name = listed.find(".//t:persName", NS)
    assert name.text == "Mme Yaël Braun-Pivet"
    position = result.position(listed.get("{http://www.w3.org/XML/1998/namespace}id"))
    assert (position.line, position.column) == (3, 1)
    assert [sp.get("who") for sp in result.tree.iterfind(".//t:sp", NS)] == [
        "#yael-braun-pivet", "#jean-dupont", "#yael-braun-pivet", "#jean-dupont"]
    assert validate_result(result) == []
    italian = tei.encode("CAMERA DEI DEPUTATI\n\nPRESIDENZA DEL PRESIDENTE LORENZO FONTANA\n\nPRESIDENTE. La seduta "
                         "comincia.\n\nMARIO ROSSI. Grazie, Presidente.\n\nPRESIDENTE. Grazie.\n\nMARIO ROSSI. "
                         "Prego.\n", name="x.txt")
    assert [sp.get("who") for sp in italian.tree.iterfind(".//t:sp", NS)] == [
        "#lorenzo-fontana", "#mario-rossi", "#lorenzo-fontana", "#mario-rossi"]
    # The Congreso's, its titles before the name counting for nothing among the name's words.
    spanish = tei.encode("DIARIO DE SESIONES\n\nPRESIDENCIA DE LA EXCMA. SRA. D.ª ANA MARÍA PASTOR JULIÁN\n\nLa señora "
                         "PRESIDENTA: Se abre la sesión.\n\nEl señor RAJOY BREY: Gracias.\n\nLa señora PRESIDENTA: "
                         "Gracias.\n", name="x.txt")
    assert [sp.get("who") for sp in spanish.tree.iterfind(".//t:sp", NS)] == [
        "#ana-maria-pastor-julian", "#rajoy-brey", "#ana-maria-pastor-julian"]
    # The Tweede Kamer's, a name of one word under its date ("Vergadering van dinsdag 12 maart 2024", which had been
    # words of the title's paragraph); a sentence of one word after the label stays the chair's turn.
    dutch = ("Tweede Kamer der Staten-Generaal\nVergadering van dinsdag 12 maart 2024\n\nVoorzitter: Bosma\n\n"
             "De voorzitter:\nIk open de vergadering.\n\nDe heer Wilders (PVV):\nVoorzitter. Dit kabinet heeft "
             "gefaald.\n\nDe voorzitter:\nDank u wel.\n")
    result = tei.encode(dutch, name="x.txt")
    assert result.tree.findtext(".//t:opener/t:dateline", namespaces=NS) == "Vergadering van dinsdag 12 maart 2024"
    assert [name.text for name in result.tree.iterfind(".//t:list[@type='participants']//t:persName", NS)] == ["Bosma"]
    assert [sp.get("who") for sp in result.tree.iterfind(".//t:sp", NS)] == ["#bosma", "#wilders", "#bosma"]
    # A first line that names the record and ends with its date is its title, in the languages whose months are
    # read now too ("Handelingen …", "Notatka z rozmowy …", "Záznam rozhovoru …").
    for first in ("Handelingen van de Tweede Kamer, 4 maart 2010", "Notatka z rozmowy, 20 października 1956",
                  "Záznam rozhovoru, 5. března 1968"):
        titled = tei.encode(first + "\n\n" + dutch.split("\n\n", 2)[2], name="x.txt")
        assert titled.tree.findtext(".//t:titleStmt/t:title", namespaces=NS) == first
    said = tei.encode(dutch.replace("Voorzitter: Bosma", "Voorzitter: Akkoord."), name="x.txt")
    assert said.tree.find(".//t:list[@type='participants']", NS) is None
    other = tei.encode(french.replace("Présidence de Mme Yaël Braun-Pivet", "Présidence française de l'Union"),
                       name="x.txt")
    assert other.tree.find(".//t:list[@type='participants']", NS) is None


UN_VERBATIM = ("United Nations                                        S/PV.8334\nSecurity Council\n"
               "Seventy-third year\n8334th meeting\nWednesday, 29 August 2018, 10 a.m.\nNew York\n\n"
               "President:    Mrs. Haley . . . . . . . . . . . . . (United States of America)\n\n"
               "Members:      Bolivia (Plurinational State of) . . . . Mr. Inchauste Jordán\n"
               "              China . . . . . . . . . . . . . . . . . Mr. Wu Haitao\n\n"
               "The meeting was called to order at 10.10 a.m.\n\nThe President: I welcome the Secretary-General.\n\n"
               "Mr. Wu Haitao (China) (spoke in Chinese): China welcomes the briefing.\n\n"
               "The President: I thank the representative of China.\n")


def test_a_united_nations_verbatim_records_head_its_president_and_members_each_delegate_by_the_state():
    """A verbatim record as its head sets it: the place under the date, the dots that lead from a delegate to the
    state. The record had been untitled (its head a paragraph), "President:" a turn of its own holding the members,
    and the states would have been the members' names."""
    result = tei.encode(UN_VERBATIM, name="un.txt")
    record = result.tree.find(".//t:div[@type='record']", NS)
    assert [child.tag.split("}")[1] for child in record] == ["head", "opener", "list", "list", "p", "sp", "sp", "sp"]
    assert " ".join(record[0].text.split()) == \
        "United Nations S/PV.8334 Security Council Seventy-third year 8334th meeting"
    assert record[1].findtext("t:dateline", namespaces=NS) == "Wednesday, 29 August 2018, 10 a.m. New York"
    president, members = record.findall("t:list", NS)
    assert [name.text for name in president.iterfind(".//t:persName", NS)] == ["Mrs. Haley"]
    assert [(item.text, [name.text for name in item.iterfind("t:persName", NS)]) for item in members.iterfind(
        "t:item", NS)] == [("Bolivia (Plurinational State of) . . . . ", ["Mr. Inchauste Jordán"]),
                           ("China . . . . . . . . . . . . . . . . . ", ["Mr. Wu Haitao"])]
    assert [sp.get("who") for sp in record.iterfind("t:sp", NS)] == ["#haley", "#wu-haitao", "#haley"]
    position = result.position(members.get("{http://www.w3.org/XML/1998/namespace}id"))
    assert (position.line, position.column) == (10, 1)
    assert validate_result(result) == []
    # The date's place alone on the next block's line too (split off after "a.m."); a classification under the date
    # is no place, and a line of dots between two names leaves both names.
    split = tei.encode("Security Council\n8334th meeting\nWednesday, 29 August 2018, 10 a.m.\n\nNew York\n\n"
                       + UN_VERBATIM.split("\n\n", 1)[1], name="un.txt")
    assert split.tree.find(".//t:opener/t:dateline", NS).text == "Wednesday, 29 August 2018, 10 a.m."
    secret = tei.encode("Record of Conversation\nMarch 3, 1973\nSECRET\n\nSTALIN: Yes.\n\nZHOU: No.\n\nSTALIN: Yes.\n",
                        name="x.txt")
    assert secret.tree.find(".//t:opener/t:dateline", NS) is None or \
        "SECRET" not in secret.tree.find(".//t:opener/t:dateline", NS).text
    # Without the dots, the state's name before the delegate's title (it had been one person, "China Mr. Wu Haitao").
    plain = tei.encode(re.sub(r" \.(?: \.)+", "", UN_VERBATIM), name="un.txt")
    assert [name.text for name in plain.tree.iterfind(".//t:list[2]//t:persName", NS)] == [
        "Mr. Inchauste Jordán", "Mr. Wu Haitao"]
    assert [sp.get("who") for sp in plain.tree.iterfind(".//t:sp", NS)] == ["#haley", "#wu-haitao", "#haley"]
    both = tei.encode("Present: Mr. Smith . . . . Mr. Jones\n\nSmith said that he agreed.\n", name="x.txt")
    assert [name.text for name in both.tree.iterfind(".//t:list//t:persName", NS)] == ["Mr. Smith"]


CABINET = ("CONCLUSIONS of a Meeting of the Cabinet held at Admiralty House\n\nPresent:\n"
           "The Right Hon. Harold Macmillan, M.P., Prime Minister\n"
           "The Right Hon. R. A. Butler, M.P., Secretary of State for the Home Department\n\n"
           "The Prime Minister said that we should not be deflected.\n\n"
           "The Secretary of State for the Home Department said that he agreed.\n")


def test_a_cabinets_present_above_its_members_one_a_line_each_with_the_office_that_names_their_turns():
    """"Present:" alone above the names (its own unit: a short line ending with a colon) was a paragraph, the
    names another; "The Right Hon." was a person's name; "The Prime Minister" a person apart from Macmillan."""
    result = tei.encode(CABINET, name="x.txt")
    listed = result.tree.find(".//t:list[@type='participants']", NS)
    assert listed.findtext("t:head", namespaces=NS) == "Present:"
    assert [name.text for name in listed.iterfind(".//t:persName", NS)] == ["Harold Macmillan", "R. A. Butler"]
    assert [sp.get("who") for sp in result.tree.iterfind(".//t:sp", NS)] == ["#harold-macmillan", "#butler"]
    # An office two hold names neither; a blank line under "Present:" leaves it a paragraph.
    shared = tei.encode(CABINET.replace("Secretary of State for the Home Department\n", "Prime Minister\n", 1),
                        name="x.txt")
    assert [sp.get("who") for sp in shared.tree.iterfind(".//t:sp", NS)][0] == "#prime-minister"
    apart = tei.encode(CABINET.replace("Present:\n", "Present:\n\n"), name="x.txt")
    assert apart.tree.find(".//t:list[@type='participants']", NS) is None


def test_a_hearings_opening_names_who_presides_and_the_chairmans_turns_are_his():
    """"…, Senator J. W. Fulbright (chairman) presiding." and then "The CHAIRMAN. …": the chairman was a person
    apart from Fulbright; a paragraph without "(chairman) presiding" names no one so."""
    text = ("HEARING\n\nThe committee met at 10:05 a.m., in room 4221, Senator J. W. Fulbright (chairman) presiding."
            "\n\nThe CHAIRMAN. The committee will come to order.\n\nSecretary RUSK. Thank you.\n\n"
            "The CHAIRMAN. Senator Morse?\n\nSecretary RUSK. Certainly.\n")
    result = tei.encode(text, name="x.txt")
    assert [sp.get("who") for sp in result.tree.iterfind(".//t:sp", NS)] == ["#fulbright", "#rusk"] * 2
    plain = tei.encode(text.replace(" (chairman) presiding", " in the chair"), name="x.txt")
    assert [sp.get("who") for sp in plain.tree.iterfind(".//t:sp", NS)] == ["#chairman", "#rusk"] * 2


def test_an_office_after_a_name_and_its_comma_is_that_persons_not_another():
    """"Mr. Kohler, Assistant Secretary" under "PARTICIPANTS: The Secretary": the office had been a second person,
    #secretary, the Secretary's own id; it is Kohler's office, and "The Assistant Secretary said" his turn."""
    text = ("MEMORANDUM OF CONVERSATION\n\nPARTICIPANTS: The Secretary\nAmbassador Dobrynin\n"
            "Mr. Kohler, Assistant Secretary\n\nThe Secretary said that Berlin was the question.\n\n"
            "The Assistant Secretary said that the access routes were the crux.\n")
    result = tei.encode(text, name="x.txt")
    names = [(name.text, name.get("ref")) for name in result.tree.iterfind(".//t:list[@type='participants']//t:persName",
                                                                          NS)]
    assert names == [("The Secretary", "#secretary"), ("Ambassador Dobrynin", "#dobrynin"), ("Mr. Kohler", "#kohler")]
    assert [sp.get("who") for sp in result.tree.iterfind(".//t:sp", NS)] == ["#secretary", "#kohler"]
    # A name after the comma is a person of its own; so is a part with a name among the office's words.
    two = tei.encode(text.replace("Mr. Kohler, Assistant Secretary", "Mr. Kohler, Mr. Hillenbrand"), name="x.txt")
    assert [name.get("ref") for name in two.tree.iterfind(".//t:list[@type='participants']//t:persName", NS)][-2:] == [
        "#kohler", "#hillenbrand"]


@pytest.mark.parametrize("text, title, head, names, speakers", [
    # Arabic: its comma between the names; the president's label his, by the one word both share.
    ("محضر اجتماع الرئيس جمال عبد الناصر مع السفير السوفيتي\n\nالقاهرة، 5 مارس 1958\n\n"
     "الحاضرون: الرئيس جمال عبد الناصر، السفير كيسيليف\n\nالرئيس: أهلا وسهلا بكم.\n\nالسفير: شكرا لكم.\n\n"
     "الرئيس: تفضل.\n\nالسفير: نحن نوافق.\n",
     "محضر اجتماع الرئيس جمال عبد الناصر مع السفير السوفيتي", "الحاضرون:",
     [("الرئيس جمال عبد الناصر", 5, 1), ("السفير كيسيليف", 5, 1)],
     ["#الرئيس-جمال-عبد-الناصر", "#السفير-كيسيليف"] * 2),
    # Hebrew.
    ("פרוטוקול ישיבת הממשלה\n\nירושלים, 5 ביוני 1967\n\nנוכחים: ראש הממשלה לוי אשכול, שר הביטחון משה דיין\n\n"
     "ראש הממשלה: אני פותח את הישיבה.\n\nשר הביטחון: המצב חמור.\n\nראש הממשלה: מה אתה מציע?\n\n"
     "שר הביטחון: לפעול מיד.\n",
     "פרוטוקול ישיבת הממשלה", "נוכחים:", [("ראש הממשלה לוי אשכול", 5, 1), ("שר הביטחון משה דיין", 5, 1)],
     ["#ראש-הממשלה", "#שר-הביטחון"] * 2),
])
def test_participants_and_title_in_scripts_without_capitals(text, title, head, names, speakers):
    """"الحاضرون:" and "נוכחים:" (present) were speakers' labels and the names their words; Arabic's title, longer
    than forty characters, was a paragraph (the length is Chinese's, whose words are not spaced)."""
    result = tei.encode(text, name="x.txt")
    assert result.tree.findtext(".//t:titleStmt/t:title", namespaces=NS) == title
    listed = result.tree.find(".//t:list[@type='participants']", NS)
    assert listed.findtext("t:head", namespaces=NS) == head
    at = result.position(listed.get(XML_ID))
    assert [(name.text, at.line, at.column) for name in listed.iterfind(".//t:persName", NS)] == names
    assert [sp.get("who") for sp in result.tree.iterfind(".//t:sp", NS)] == speakers
    assert validate_result(result) == []


MEMCON = ("MEMORANDUM OF CONVERSATION\n\nPARTICIPANTS: Chou En-lai, Premier, State Council\n"
          "Yeh Chien-ying, Vice Chairman, Military Affairs Commission\n"
          "Henry A. Kissinger, Assistant to the President for National Security Affairs\nWinston Lord, NSC Staff\n\n"
          "PM Chou: Welcome to Peking.\n\nDr. Kissinger: Thank you.\n\nMarshal Yeh: We hope you will enjoy it.\n\n"
          "PM Chou: Now let us begin.\n")


def test_a_memcons_participants_a_line_each_after_the_label_on_the_first_are_named_once_each():
    """"PARTICIPANTS: Chou En-lai, Premier, State Council" and a person a line under it, what each is after the
    name: "State Council", "Military Affairs Commission", "Assistant" and "NSC Staff" had been persons; and "PM Chou"
    a person apart from Chou En-lai."""
    result = tei.encode(MEMCON, name="x.txt")
    assert listed_names(result) == [
        ["Chou En-lai"], ["Yeh Chien-ying"], ["Henry A. Kissinger"], ["Winston Lord"]]
    assert [sp.get("who") for sp in result.tree.iterfind(".//t:sp", NS)] == [
        "#chou-en-lai", "#henry-kissinger", "#yeh-chien-ying", "#chou-en-lai"]
    assert validate_result(result) == []
    # Names after the commas, a line each: each a person still.
    two = tei.encode("Present: Stalin, Molotov\nBeria, Malenkov\n\nStalin said yes.\n", name="x.txt")
    assert [name.text for name in two.tree.iterfind(".//t:item/t:persName", NS)] == [
        "Stalin", "Molotov", "Beria", "Malenkov"]
    titled = tei.encode("Present: Mrs J. Smith, Secretary\nMr R. Brown, Mr K. Black\n\nMr Brown said yes.\n",
                        name="x.txt")
    assert [name.text for name in titled.tree.iterfind(".//t:item/t:persName", NS)] == [
        "Mrs J. Smith", "Mr R. Brown", "Mr K. Black"]
    mixed = tei.encode("Participants: Khrushchev, Gromyko\nEisenhower, Herter, Secretary of State\n\n"
                       "Khrushchev said yes.\n", name="x.txt")
    assert [name.text for name in mixed.tree.iterfind(".//t:item/t:persName", NS)] == [
        "Khrushchev", "Gromyko", "Eisenhower", "Herter"]
    half = tei.encode("Participants: Khrushchev, Chairman\nEisenhower, Herter\n\nKhrushchev said yes.\n", name="x.txt")
    assert [name.text for name in half.tree.iterfind(".//t:item/t:persName", NS)] == [
        "Khrushchev", "Eisenhower", "Herter"]  # (an office after half the names only: a name a part)
    offices = tei.encode("PARTICIPANTS: Secretary Rogers, Ambassador Dobrynin\nGeneral Haig, Colonel Smith\n\n"
                         "Secretary Rogers said yes.\n", name="x.txt")
    assert [name.text for name in offices.tree.iterfind(".//t:item/t:persName", NS)] == [
        "Secretary Rogers", "Ambassador Dobrynin", "General Haig", "Colonel Smith"]


def test_a_memcons_other_side_after_a_blank_line_is_in_its_participants_list():
    """The other delegation under a blank line, a person a line ("The President" / "Dr. Henry A. Kissinger, Secretary of
    State …" / "Maj. Gen. Brent Scowcroft, Deputy Assistant …"), had been a paragraph: "Kissinger:" was then a person of
    his own, apart from Henry A. Kissinger. A deputy's office after the comma is no courtesy before a second name."""
    text = ("MEMORANDUM OF CONVERSATION\n\n"
            "PARTICIPANTS:   Leonid I. Brezhnev, General Secretary of the Central Committee\n"
            "                Andrei A. Gromyko, Minister of Foreign Affairs\n\n                The President\n"
            "                Dr. Henry A. Kissinger, Secretary of State\n"
            "                Maj. Gen. Brent Scowcroft, Deputy Assistant to the President\n\n"
            "Brezhnev: We have studied your proposal.\n\nKissinger: We are glad.\n\nBrezhnev: Good.\n\n"
            "Kissinger: Yes.\n")
    result = tei.encode(text, name="x.txt")
    assert listed_names(result) == [
        ["Leonid I. Brezhnev"], ["Andrei A. Gromyko"], ["The President"], ["Dr. Henry A. Kissinger"],
        ["Maj. Gen. Brent Scowcroft"]]
    assert [sp.get("who") for sp in result.tree.iterfind(".//t:sp", NS)] == [
        "#leonid-brezhnev", "#henry-kissinger", "#leonid-brezhnev", "#henry-kissinger"]
    assert validate_result(result) == []
    # A paragraph after the list, under a blank line, stays the record's.
    prose = text.replace("                The President\n",
                         "The talks began at ten and went on for hours, in good spirits.\n")
    assert len(tei.encode(prose, name="x.txt").tree.findall(".//t:list[@type='participants']/t:item", NS)) == 2


def test_cabinet_conclusions_present_a_name_over_its_office_in_blocks():
    """British Cabinet conclusions list those present a block each, the name over the office ("The Rt Hon Harold Wilson
    MP" / "Prime Minister"): the list had ended at the first blank line, the others had been paragraphs, and "Prime
    Minister" a person apart from Harold Wilson, so "THE PRIME MINISTER said …" was not his."""
    text = ("CABINET\n\nCONCLUSIONS of a Meeting of the Cabinet held at 10 Downing Street\n\nPRESENT\n\n"
            "The Rt Hon Harold Wilson MP\nPrime Minister\n\n"
            "The Rt Hon Edward Short MP\nLord President of the Council\n\n"
            "The Rt Hon Denis Healey MP\nChancellor of the Exchequer\n\nOIL SUPPLIES\n\n"
            "THE CHANCELLOR OF THE EXCHEQUER said that the position had improved.\n\n"
            "THE PRIME MINISTER said that rationing should not be introduced.\n")
    result = tei.encode(text, name="x.txt")
    assert listed_names(result) == [
        ["Harold Wilson MP"], [], ["Edward Short MP"], [], ["Denis Healey MP"], []]
    assert [sp.get("who") for sp in result.tree.iterfind(".//t:sp", NS)] == ["#denis-healey", "#harold-wilson"]
    assert validate_result(result) == []
    # An office with its holder on the line is a person still ("Secretary of State William P. Rogers").
    from tei.parser import _an_office_line

    assert not _an_office_line("Secretary of State William P. Rogers") and not _an_office_line("Secretary Rogers")
    assert _an_office_line("Secretary of State for Foreign and Commonwealth Affairs")


POSTS_MEMCON = ("MEMORANDUM OF CONVERSATION\n\nNorthbridge, 4 March 1961\n\nPARTICIPANTS: Mrs. Halloran, Chair of "
                "the Commission\nMr. Pike, Harbour Engineer\nMr. Okafor, Chief Inspector\nMr. Brennan, Representative "
                "of the Union\n\nMrs. Halloran opened by saying that the Commission had received the petition.\n\n"
                "Mr. Brennan said that the men were worried.\n")


@pytest.mark.parametrize("registered", [False, True])
def test_a_list_a_person_a_line_with_their_posts_whether_the_register_knows_the_first(registered):
    """"PARTICIPANTS: Mrs. Halloran, Chair of the Commission" whose first name the register knows had been a heading
    and her turn holding the list; and a post after a name ("Harbour Engineer", "Representative of the Union") had
    made persons #harbour-engineer and #representative (a post's word ending the words after the name, or opening
    what it is of)."""
    from tei.metadata import Metadata
    from tei.persons import RegisterEntry as Person

    meta = Metadata(register=(Person("halloran", "Mrs. Halloran"),)) if registered else None
    result = tei.encode(POSTS_MEMCON, meta, name="x.txt")
    assert listed_names(result) == [["Mrs. Halloran"], ["Mr. Pike"], ["Mr. Okafor"], ["Mr. Brennan"]]
    people = [p.get(XML_ID) for p in result.tree.iterfind(".//t:particDesc//t:person", NS)]
    assert people == ["halloran", "pike", "okafor", "brennan"]
    assert [sp.get("who") for sp in result.tree.iterfind(".//t:sp", NS)] == ["#halloran", "#brennan"]


def test_a_telegrams_signatory_the_register_names_signs_it():
    """A telegram's last line, "HALLORAN", the register's name, had been a turn without words; without the
    register it was the closer's signature already."""
    from tei.metadata import Metadata
    from tei.persons import RegisterEntry as Person

    text = "FM NORTHBRIDGE\nTO HARBOUR BOARD\n\nPIKE REPORTS CRANES REPAIRED. REQUEST FUNDS.\n\nHALLORAN\n"
    for meta in (None, Metadata(register=(Person("halloran", "HALLORAN"),))):
        result = tei.encode(text, meta, name="x.txt")
        assert result.tree.findtext(".//t:closer/t:signed/t:persName", namespaces=NS) == "HALLORAN"
        assert "HALLORAN" not in [sp.findtext("t:speaker", namespaces=NS) for sp in result.tree.iterfind(".//t:sp", NS)]


def test_what_someone_is_after_a_comma_with_a_particle_is_no_ones_name():
    """"Présents : Mme Halloran, M. Duval, Capitaine du port de Saint-Malo": the harbour's captain (Duval) had been a
    person "Capitaine du". A particle belongs to a name only before a name's word ("M. de Gaulle")."""
    text = ("Présents : Mme Halloran, M. Duval, Capitaine du port de Saint-Malo, M. de Gaulle\n\nMme Halloran a dit "
            "que oui.\n\nM. Duval a répondu que non.\n")
    result, _, people = participants(text)
    assert listed_names(result) == [["Mme Halloran", "M. Duval", "M. de Gaulle"]]
    assert people == {"halloran", "duval", "de-gaulle"}


def test_a_list_under_its_label_alone_whose_names_the_register_knows_is_the_list():
    """"Present:" alone, then "Mrs. Margaret Halloran, Chair" a line each, whose names the collection's register
    knows: the first had been a turn holding the rest of the list, and "The Chair" no longer hers."""
    from tei.metadata import Metadata
    from tei.persons import RegisterEntry

    text = ("NORTHBRIDGE HARBOUR COMMISSION\n\nMinutes of the meeting held on 8 May 1963\n\nPresent:\nMrs. Margaret "
            "Halloran, Chair\nMr. Desmond Pike, Harbour Engineer\n\nMr. Pike reported that the piles were replaced.\n")
    meta = Metadata(register=(RegisterEntry("halloran", "HALLORAN", "Margaret Halloran", ("Mrs. Halloran",)),
                              RegisterEntry("pike", "PIKE", "Desmond Pike", ("Mr. Pike",))))
    result = tei.encode(text, meta, name="x.txt")
    assert listed_names(result) == [["Mrs. Margaret Halloran"], ["Mr. Desmond Pike"]]
    assert [sp.get("who") for sp in result.tree.iterfind(".//t:sp", NS)] == ["#pike"]
    assert result.summary.title == "Minutes of the meeting held on 8 May 1963"


def test_a_delegate_and_the_state_with_dots_run_together_are_read_as_with_spaced_dots():
    """"Canada ........ Mr. Whitcombe": dots run together (four at least), as a typed record sets them, had made
    the states persons (#canada, #china) and left the delegates unread; spaced, they were read already."""
    text = re.sub(r" \.(?: \.)+ ", " ........ ", UN_VERBATIM)
    assert ". . ." not in text
    result = tei.encode(text, name="un.txt")
    members = result.tree.findall(".//t:div[@type='record']/t:list", NS)[1]
    assert [[name.text for name in item.iterfind("t:persName", NS)] for item in members.iterfind("t:item", NS)] == [
        ["Mr. Inchauste Jordán"], ["Mr. Wu Haitao"]]
    assert [sp.get("who") for sp in result.tree.iterfind(".//t:sp", NS)] == ["#haley", "#wu-haitao", "#haley"]


def test_an_officers_arm_of_the_service_and_post_after_the_name_are_his_not_persons():
    """A court-martial's members, as its record lists them: "Infantry", "Field Artillery", "Corps of Engineers" (on the
    line after the name's) and "Law Member" had been persons, and the President's turns #infantry's."""
    text = ("RECORD OF TRIAL\n\nPRESENT: Colonel Edwin P. Randall, Infantry, President;\n"
            "Lieutenant Colonel Marcus T. Oakes, Field Artillery;\nMajor Henry L. Sutter, Infantry; Captain Lloyd F. "
            "Brennan,\nCorps of Engineers; Captain Arthur Kessel, Infantry, Law Member.\n\n"
            "PRESIDENT: The court is open.\n\nLAW MEMBER: The objection is overruled.\n\nPRESIDENT: Proceed.\n\n"
            "LAW MEMBER: Sustained.\n")
    result, _, people = participants(text)
    assert listed_names(result) == [["Colonel Edwin P. Randall"], ["Lieutenant Colonel Marcus T. Oakes"],
                                    ["Major Henry L. Sutter", "Captain Lloyd F. Brennan", "Captain Arthur Kessel"]]
    assert people == {"edwin-randall", "marcus-oakes", "henry-sutter", "lloyd-brennan", "arthur-kessel"}
    assert [sp.get("who") for sp in result.tree.iterfind(".//t:sp", NS)] == ["#edwin-randall", "#arthur-kessel"] * 2
    # A name after an officer's is a person still.
    _, _, people = participants("Present: Colonel Smith, Jones, Sally Field, Brown.\n\nColonel SMITH said yes.\n")
    assert people == {"smith", "jones", "sally-field", "brown"}


@pytest.mark.parametrize("line, office", [("Mr. Ivan Ilyichev, Soviet High Commissioner", "Soviet High Commissioner"),
                                          ("Mr. Llewellyn Thompson, United States High Commissioner",
                                           "United States High Commissioner"),
                                          ("Mr. Harold Whitcombe, Counselor of Embassy", "Counselor of Embassy")])
def test_a_post_after_a_name_in_a_running_list_is_that_persons(line, office):
    text = f"MEMORANDUM OF CONVERSATION\n\nPARTICIPANTS: Mr. Jones, Consul; {line}\n\nThe {office} said that it was so.\n"
    result, _, people = participants(text)
    assert len(people) == 2 and listed_names(result)[0][-1] == line.split(",")[0]
    assert [sp.get("who") for sp in result.tree.iterfind(".//t:sp", NS)] == [f"#{sorted(people - {'jones'})[0]}"]


def test_a_french_councils_absentees_label_and_its_decision_and_close_are_the_records():
    """"Absents excusés : MM. Duhalde, Irigoyen." had made a person "Absents"; the council's decision and the close
    of the sitting had been the mayor's words."""
    text = ("Séance du conseil municipal.\n\nPrésents : MM. Larralde, Etcheverry, Dufau.\n"
            "Absents excusés : MM. Duhalde, Irigoyen.\n\nM. le Maire expose que les travaux commenceront.\n"
            "M. Etcheverry demande si les entreprises seront consultées.\nM. le Maire répond que oui.\n"
            "Le Conseil, après en avoir délibéré, approuve le projet à l'unanimité.\n"
            "L'ordre du jour étant épuisé, la séance est levée à vingt-deux heures.\n")
    result, _, people = participants(text)
    assert people == {"larralde", "etcheverry", "dufau", "duhalde", "irigoyen", "le-maire"}
    body = result.tree.find(".//t:body/t:div", NS)
    assert [local for local in (child.tag.split("}")[1] for child in body)][-2:] == ["p", "p"]
    assert body[-2].text.startswith("Le Conseil") and body[-1].text.startswith("L'ordre du jour")


def test_a_post_in_brackets_after_a_listed_name_makes_the_post_alone_that_persons():
    """"Mrs J. Okonkwo (Chief Executive)": "The Chief Executive reported …" is hers (it had been a person
    "#chief-executive"), as "The Chairman" is Sir Malcolm's."""
    text = ("PRESENT:      Sir Malcolm Ferrier (Chairman)\n              Mrs J. Okonkwo (Chief Executive)\n\n"
            "The Chairman noted that a quorum was present.\n\nThe Chief Executive reported on the negotiations.\n")
    result, _, people = participants(text)
    assert people == {"malcolm-ferrier", "okonkwo"}
    assert [sp.get("who") for sp in result.tree.iterfind(".//t:sp", NS)] == ["#malcolm-ferrier", "#okonkwo"]


def test_a_french_councils_ladies_title_among_the_present_is_no_part_of_a_name():
    """"Présents : MM. GAUTHIER, LEBRUN, Mmes DUVAL, MOREAU": "Mmes" (mesdames) had been a part of Mme Duval's name,
    a person "#mmes-duval" whose turns "Mme DUVAL répond …" were."""
    text = ("Présents : MM. GAUTHIER, LEBRUN, Mmes DUVAL, MOREAU, M. TESSIER.\n\n"
            "M. LEBRUN demande si d'autres entreprises ont été consultées.\n\n"
            "Mme DUVAL répond que deux autres devis ont été reçus.\n")
    result, _, people = participants(text)
    assert people == {"gauthier", "lebrun", "duval", "moreau", "tessier"}
    assert [sp.get("who") for sp in result.tree.iterfind(".//t:sp", NS)] == ["#lebrun", "#duval"]


def test_a_cabinets_members_styles_and_offices_name_the_turns_as_the_conclusions_call_them():
    """"The Most Hon. the Marquess of Salisbury, Lord President of the Council" had been a person "The Most Hon.";
    "The Lord President", "The Foreign Secretary" (of "Secretary of State for Foreign Affairs") and "The Chairman"
    (of "Prime Minister (in the Chair)") had been persons of their own."""
    text = ("Present:\nThe Right Hon. Sir Anthony Eden, M.P., Prime Minister (in the Chair)\n"
            "The Most Hon. the Marquess of Salisbury, Lord President of the Council\n"
            "The Right Hon. Selwyn Lloyd, Q.C., M.P., Secretary of State for Foreign Affairs\n\n"
            "1. The Prime Minister said that the Cabinet would meet again.\n\n"
            "2. The Foreign Secretary said that Israeli forces had crossed the frontier.\n\n"
            "3. The Lord President said that the Governor had asked for reinforcements.\n\n"
            "4. The Chairman said that it was late.\n")
    result, _, people = participants(text)
    assert listed_names(result) == [["Sir Anthony Eden"], ["Marquess of Salisbury"], ["Selwyn Lloyd"]]
    assert people == {"anthony-eden", "marquess-of-salisbury", "selwyn-lloyd"}
    assert [sp.get("who") for sp in result.tree.iterfind(".//t:sp", NS)] == [
        "#anthony-eden", "#selwyn-lloyd", "#marquess-of-salisbury", "#anthony-eden"]


def test_a_dutch_councils_chairman_listed_with_his_offices_is_the_one_they_label():
    """"de heer J.W. de Boer, voorzitter (burgemeester);": "De voorzitter:" and "De burgemeester:" are his, "De
    griffier:" hers (they had been persons #voorzitter and no one's turns; an office in small letters had named no
    one in the list), and "Wethouder Visser:" is Visser's under his office's name."""
    text = ("Verslag\n\nAanwezig: de heer J.W. de Boer, voorzitter (burgemeester); mevrouw A. Bakker, griffier; "
            "de heer R. Mulder; wethouder mevrouw M. Visser.\n\nDe voorzitter: Ik open de vergadering.\n\n"
            "De heer Mulder: Dank u.\n\nDe burgemeester: Het college komt met een voorstel.\n\n"
            "Wethouder Visser: Dat klopt.\n\nDe griffier: De notulen zijn gereed.\n\n"
            "De voorzitter: Ik sluit de vergadering.\n")
    tree = tei.encode(text, name="raad.txt").tree
    ns = {"t": "http://www.tei-c.org/ns/1.0"}
    assert [sp.get("who") for sp in tree.iterfind(".//t:sp", ns)] == [
        "#de-boer", "#mulder", "#de-boer", "#visser", "#bakker", "#de-boer"]
    assert sorted(p.get("{http://www.w3.org/XML/1998/namespace}id") for p in tree.iterfind(".//t:person", ns)) == [
        "bakker", "de-boer", "mulder", "visser"]


def test_a_participants_list_written_as_prose_and_wrapped_is_one_item_and_a_courtesy_at_a_lines_end_names_on():
    """Lines that end inside an entry ("…, de heer" / "P. van der Wal (VVD), …", "… R. Mulder" / "(Lokaal Belang),
    …") had each been an item, an entry cut in two; a courtesy at a line's end ("…, Dr." / "Lindqvist, …") had been
    a person #dr."""
    ns = {"t": "http://www.tei-c.org/ns/1.0"}
    dutch = tei.encode("Verslag\n\nAanwezig: de heer J.W. de Boer, voorzitter; de leden mevrouw S. El Amrani "
                       "(GroenLinks), de heer\nP. van der Wal (VVD), mevrouw T. Hoekstra (CDA), de heer R. Mulder\n"
                       "(Lokaal Belang), de heer K. de Vries (PvdA).\n\nDe voorzitter: Ik open de vergadering.\n",
                       name="raad.txt").tree
    items = [" ".join("".join(item.itertext()).split()) for item in dutch.iterfind(".//t:item", ns)]
    assert items == ["de heer J.W. de Boer, voorzitter; de leden mevrouw S. El Amrani (GroenLinks), de heer P. van "
                     "der Wal (VVD), mevrouw T. Hoekstra (CDA), de heer R. Mulder (Lokaal Belang), de heer K. de Vries "
                     "(PvdA)."]
    english = tei.encode("Minutes\n\nPresent: Mrs. Halloran (Chair), Mr. Okafor (Secretary), Dr.\nLindqvist, Mr A.\n"
                         "Pettigrew (Shire Engineer), Mrs B. Marsh\n(Minute Secretary).\n\nMRS. HALLORAN: We begin.\n",
                         name="x.txt").tree
    assert [name.text for name in english.iterfind(".//t:item/t:persName", ns)] == [
        "Mrs. Halloran", "Mr. Okafor", "Dr. Lindqvist", "Mr A. Pettigrew", "Mrs B. Marsh"]
    assert len(english.findall(".//t:item", ns)) == 1
    # A line that ends a group still ends it: with its full stop or semicolon, or before a capital.
    groups = tei.encode("Present: Comrades Molotov, Malenkov;\nComrades Beria, Kaganovich\nSecretaries Lee, Wong\n\n"
                        "MOLOTOV said yes.\n", name="x.txt").tree
    assert len(groups.findall(".//t:item", ns)) == 3
    lines = tei.encode("Aanwezig: de heer J. de Boer, voorzitter;\nmevrouw A. Bakker, griffier;\nde heer R. Mulder.\n\n"
                       "De voorzitter: Ik open de vergadering.\n", name="raad.txt").tree
    assert len(lines.findall(".//t:item", ns)) == 3
    # A line the next one goes on from in small letters: "… Mr. Jones" / "and Mrs. Brown."
    small = tei.encode("Present: Mr. Smith, Mr. Jones\nand Mrs. Brown.\n\nMR. SMITH: We begin.\n", name="x.txt").tree
    assert [" ".join("".join(item.itertext()).split()) for item in small.iterfind(".//t:item", ns)] == [
        "Mr. Smith, Mr. Jones and Mrs. Brown."]


@pytest.mark.parametrize("present, doctor, mister", [
    ("Dr. Lindqvist (Chairman), Mr A. Lindqvist, Mrs Berg.", "lindqvist", "a-lindqvist"),
    # (the first named takes the surname's id, as an initial says little; the second the next free one)
    ("Mr A. Lindqvist, Dr. Lindqvist (Chairman), Mrs Berg.", "lindqvist-2", "lindqvist"),
])
def test_two_people_of_one_surname_in_a_list_of_who_was_present_are_two(present, doctor, mister):
    """A list of who was present names each person once: "Dr. Lindqvist" and "Mr A. Lindqvist" are two, and the turns
    each label opens are theirs (the second had been the first's other name, both people's turns one person's)."""
    ns = {"t": "http://www.tei-c.org/ns/1.0"}
    text = (f"Minutes of the Harbour Board\n\nPresent: {present}\n\n"
            "DR. LINDQVIST opened the meeting.\n\nMR A. LINDQVIST said that the dues should be raised.\n\n"
            "MRS BERG said that she agreed.\n\nDR. LINDQVIST said that the matter would wait.\n")
    tree = tei.encode(text, name="x.txt").tree
    refs = {name.text: name.get("ref") for name in tree.iterfind(".//t:item/t:persName", ns)}
    assert refs == {"Dr. Lindqvist": f"#{doctor}", "Mr A. Lindqvist": f"#{mister}", "Mrs Berg": "#berg"}
    assert [sp.get("who") for sp in tree.iterfind(".//t:sp", ns)] == [f"#{doctor}", f"#{mister}", "#berg", f"#{doctor}"]
    assert sorted(p.get("{http://www.w3.org/XML/1998/namespace}id") for p in tree.iterfind(".//t:person", ns)) == \
        sorted([doctor, mister, "berg"])


def test_a_surname_alone_in_a_list_after_a_name_it_ends_is_still_that_persons():
    """A surname alone may be a firm's ("solicitor, Ellis & Co.") or the end of a name a line cut: it is no second
    person, and the label of that surname stays the listed person's."""
    ns = {"t": "http://www.tei-c.org/ns/1.0"}
    text = ("Interview record\n\nPresent: Mr Grant ELLIS (solicitor, Ellis & Co.), DC Hale.\n\n"
            "MR ELLIS: My client has nothing to add.\n\nDC HALE: Noted.\n")
    tree = tei.encode(text, name="x.txt").tree
    assert [sp.get("who") for sp in tree.iterfind(".//t:sp", ns)] == ["#grant-ellis", "#hale"]
    assert {name.get("ref") for name in tree.iterfind(".//t:item/t:persName", ns)} == {"#grant-ellis", "#hale"}


def test_a_registry_keeps_a_listed_person_apart_only_from_a_name_of_more_than_a_surname():
    from tei.persons import Registry

    registry = Registry()
    listed = {registry.resolve("Dr. Lindqvist", apart_from=set())}
    assert registry.resolve("Mr A. Lindqvist", apart_from=listed) == "a-lindqvist"
    assert registry.resolve("Dr. Lindqvist", apart_from=listed | {"a-lindqvist"}) == "lindqvist"  # the same key
    assert registry.resolve("Lindqvist", apart_from=listed) == "lindqvist"
    assert registry.resolve("A. LINDQVIST") == "a-lindqvist"
    outside = Registry()  # outside a list, the name of more is the one known's
    outside.resolve("Dr. Lindqvist")
    assert outside.resolve("Mr A. Lindqvist") == "lindqvist"


def test_a_kirk_sessions_sederunt_its_moderators_turns_and_its_signatories():
    """"Moderator" and "Elders" after the names are what they are, not persons; "Messrs John" / "Craig, …" is one name
    the line cut; "The Moderator intimated …" is his turn; the clerk's and the moderator's names and offices under
    the minute are its closing (they had been persons #moderator, #elders, #john and #craig, the Moderator's second
    turn words of Mr Craig's, and the signatures a paragraph of it)."""
    ns = {"t": "http://www.tei-c.org/ns/1.0"}
    text = ("Sederunt: The Rev. Mr James Robertson, Minister, Moderator; Messrs John\n"
            "Craig, William Boyd and Robert Wilson, Elders.\n\nThe Moderator reported that the fund was low.\n\n"
            "Mr Craig stated that the collections had fallen off.\n\n"
            "The Moderator intimated that the Sacrament would be dispensed.\n\nClosed with prayer.\n\n"
            "James Robertson, Moderator\nJohn Craig, Session Clerk\n")
    tree = tei.encode(text, name="kirk.txt").tree
    assert sorted(p.get("{http://www.w3.org/XML/1998/namespace}id") for p in tree.iterfind(".//t:person", ns)) == [
        "james-robertson", "john-craig", "robert-wilson", "william-boyd"]
    assert [name.text for name in tree.iterfind(".//t:item/t:persName", ns)] == [
        "The Rev. Mr James Robertson", "John Craig", "William Boyd", "Robert Wilson"]
    assert [sp.get("who") for sp in tree.iterfind(".//t:sp", ns)] == ["#james-robertson", "#john-craig",
                                                                      "#james-robertson"]
    assert [(signed.find("t:persName", ns).get("ref"), "".join(signed.itertext()))
            for signed in tree.iterfind(".//t:closer/t:signed", ns)] == [
        ("#james-robertson", "James Robertson, Moderator"), ("#john-craig", "John Craig, Session Clerk")]


def test_an_office_the_line_cuts_in_a_running_list_is_one_item_and_no_ones_name():
    """"…, Dale Hendrickson, Vice" / "Chairperson; …": the office goes on (its second half had been the first
    person's other name, and an item of its own)."""
    ns = {"t": "http://www.tei-c.org/ns/1.0"}
    text = ("Present: Linda Ostrowski, Chairperson; Dale Hendrickson, Vice\nChairperson; Marjorie Vang, Clerk; "
            "Thomas Reuter, Treasurer.\n\nMs. Ostrowski called the meeting to order.\n")
    tree = tei.encode(text, name="board.txt").tree
    assert len(tree.findall(".//t:item", ns)) == 1
    assert [name.text for name in tree.iterfind(".//t:item/t:persName", ns)] == [
        "Linda Ostrowski", "Dale Hendrickson", "Marjorie Vang", "Thomas Reuter"]


@pytest.mark.parametrize("listed", ["Shri Pralhad Joshi - Chairperson", "Shri Pralhad Joshi – Chairperson",
                                    "Shri Pralhad Joshi, Chairperson"])
def test_an_office_after_a_dash_in_a_list_a_person_a_line_names_the_turns_of_that_office(listed):
    """India's parliamentary committees list the chair so, and label the turns "THE CHAIRPERSON:", once or more (the
    office after the dash had been no one's, and the turns a person #chairperson's; used once, the label had been
    a section's heading)."""
    ns = {"t": "http://www.tei-c.org/ns/1.0"}
    text = (f"The Committee sat at 1500 hrs.\n\nPRESENT\n\n{listed}\n\nTHE CHAIRPERSON: Please begin.\n\n"
            "SHRI RAJENDRA AGRAWAL: Sir, thank you.\n")
    tree = tei.encode(text, name="lok-sabha.txt").tree
    assert [sp.get("who") for sp in tree.iterfind(".//t:sp", ns)] == ["#pralhad-joshi", "#rajendra-agrawal"]
    assert tree.find(".//t:div[@type='section']", ns) is None


def test_a_boards_office_before_a_surname_is_the_listed_persons_and_an_office_the_line_cuts_is_no_one():
    """"Alan Brecht, Director;" then "Director Brecht stated …": his turn (it had been a person #director-brecht's);
    "Carol Ames, Business" / "Manager.": her office, one item (it had been persons #business and #manager)."""
    ns = {"t": "http://www.tei-c.org/ns/1.0"}
    text = ("Members present: Linda Ostrowski, Chairperson; Alan Brecht, Director;\nSusan Quist, Director.\n\n"
            "Also present: Dr. Robert Nygaard, Superintendent; Carol Ames, Business\nManager.\n\n"
            "Director Brecht stated that he could not support closing a school.\n\n"
            "Superintendent Nygaard said that the recommendation stands.\n")
    tree = tei.encode(text, name="board.txt").tree
    assert [sp.get("who") for sp in tree.iterfind(".//t:sp", ns)] == ["#alan-brecht", "#robert-nygaard"]
    assert sorted(p.get("{http://www.w3.org/XML/1998/namespace}id") for p in tree.iterfind(".//t:person", ns)) == [
        "alan-brecht", "carol-ames", "linda-ostrowski", "robert-nygaard", "susan-quist"]
    also = tree.findall(".//t:list[@type='participants']", ns)[1]
    assert [" ".join("".join(item.itertext()).split()) for item in also.iterfind("t:item", ns)] == [
        "Dr. Robert Nygaard, Superintendent; Carol Ames, Business Manager."]


def test_a_memcons_sides_named_by_their_states_alone_on_their_lines_are_no_persons():
    """"United States" and "U.S.S.R." above each side's members, no colon: the sides' names, the second side in the
    list too (they had been persons #united-states and a paragraph, Gromyko's and Menshikov's names another)."""
    ns = {"t": "http://www.tei-c.org/ns/1.0"}
    text = ("MEMORANDUM OF CONVERSATION\n\nPARTICIPANTS\nUnited States\nThe Secretary\n"
            "Ambassador Llewellyn E. Thompson\n\nU.S.S.R.\nForeign Minister Andrei A. Gromyko\n"
            "Ambassador Mikhail A. Menshikov\n\nThe Secretary said that the rights were not a matter for negotiation."
            "\n\nGromyko replied that the Soviet Government did not want war.\n")
    tree = tei.encode(text, name="memcon.txt").tree
    items = [(item.findtext("t:persName", None, ns), "".join(item.itertext()))
             for item in tree.iterfind(".//t:list[@type='participants']/t:item", ns)]
    assert [name for name, _ in items] == [None, "The Secretary", "Ambassador Llewellyn E. Thompson", None,
                                           "Foreign Minister Andrei A. Gromyko", "Ambassador Mikhail A. Menshikov"]
    assert [sp.get("who") for sp in tree.iterfind(".//t:sp", ns)] == ["#secretary", "#andrei-gromyko"]
    assert tree.find(".//t:body//t:div/t:p", ns) is None


def test_an_office_before_in_attendance_is_the_listed_persons():
    """"Mr. A. Gillies, Secretary, in attendance." then "The Secretary reported …": his (they had been two persons)."""
    ns = {"t": "http://www.tei-c.org/ns/1.0"}
    text = ("Present:\n    Sir Thomas Mason (Chairman)\n    Mr. A. Gillies, Secretary, in attendance.\n\n"
            "The Secretary reported the death of Captain McLean.\n\nThe Chairman stated that he would be missed.\n")
    tree = tei.encode(text, name="x.txt").tree
    assert [sp.get("who") for sp in tree.iterfind(".//t:sp", ns)] == ["#gillies", "#thomas-mason"]


def test_forenames_as_older_clerks_abbreviated_them_and_clergy_titles_are_read_with_the_name():
    """A vestry's "Mr Wm. Harcourt", "Mr Thos. Ashby" had been persons "Mr Wm" and "Mr Thos"; "The Revd. Josiah
    Whitlock" a person "The Revd"; a synod's "The Revd Canon Peter Ball" #revd-canon-peter-ball."""
    text = ("At a Vestry Meeting held on Thursday the 25th day of March 1835.\n\nPresent\n"
            "   The Revd. Josiah Whitlock, Vicar, in the Chair\n   Mr Wm. Harcourt\n   Mr Thos. Ashby\n"
            "   The Revd Canon Peter Ball\n\nResolved that the Churchwardens Accounts be allowed.\n")
    tree = tei.encode(text, name="vestry.txt").tree
    assert [(name.text, name.get("ref")) for name in tree.iterfind(".//t:list[@type='participants']//t:persName", NS)] \
        == [("The Revd. Josiah Whitlock", "#josiah-whitlock"), ("Mr Wm. Harcourt", "#wm-harcourt"),
            ("Mr Thos. Ashby", "#thos-ashby"), ("The Revd Canon Peter Ball", "#peter-ball")]
    # (a word that is no forename's abbreviation ends the name at its full stop, as before)
    other = tei.encode(text.replace("Mr Wm. Harcourt", "Mr Smith. Harcourt"), name="vestry.txt").tree
    assert "#smith" in [name.get("ref") for name in other.iterfind(".//t:list//t:persName", NS)]


@pytest.mark.parametrize("listed, signed", [("Mr. Thomas Pyke", "Thos. Pyke"), ("Mr. Thos. Pyke", "Thomas Pyke"),
                                            ("Mr William Harcourt", "Wm. Harcourt")])
def test_a_forename_abbreviated_and_written_out_names_one_person(listed, signed):
    """A vestry's chairman listed as "Mr. Thomas Pyke" and signing "Thos. Pyke" had been two persons."""
    text = (f"At a Vestry held on Thursday the 3rd day of April 1834.\n\nPresent\n{listed}, Churchwarden, in the Chair"
            f"\nMr. John Sparrow, Overseer\n\nResolved that a Rate be made.\n\n                  {signed}, Chairman\n")
    tree = tei.encode(text, name="vestry.txt").tree
    (item, _), (name,) = tree.iterfind(".//t:list//t:item/t:persName", NS), tree.iterfind(".//t:signed/t:persName", NS)
    assert item.get("ref") == name.get("ref")
    assert len(tree.findall(".//t:person", NS)) == 2
    # (not another forename: "Thos. Pyke" is not "Mr. Timothy Pyke")
    other = tei.encode(text.replace("Thomas", "Timothy").replace("William", "Walter"), name="vestry.txt").tree
    assert len(other.findall(".//t:person", NS)) == 3


@pytest.mark.parametrize("line, names", [
    ("Tegenwoordig de Heeren: A. Bosman, C. de Graaf, H. Kluit en G. Roos.",
     ["A. Bosman", "C. de Graaf", "H. Kluit", "G. Roos"]),
    ("Anwesend: Herr Brandt, Herr Wehner und Herr Scheel.", ["Herr Brandt", "Herr Wehner", "Herr Scheel"]),
    ("Étaient présents : M. Duval et M. Moreau.", ["M. Duval", "M. Moreau"]),
])
def test_older_dutch_minutes_list_those_present_and_the_last_name_after_the_languages_and(line, names):
    """"Tegenwoordig de Heeren:" had been a paragraph; "… H. Kluit en G. Roos." had left G. Roos no one's (so the last
    name after German's "und" and French's "et")."""
    result, lists, people = participants(f"NOTULEN van de vergadering van den Raad.\n\n{line}\n\n"
                                         "De Voorzitter opent de vergadering.\n")
    (found,) = lists
    assert [name.text for name in found.iterfind(".//t:persName", NS)] == names


def test_a_memcons_second_group_of_participants_past_a_blank_line():
    """"Foreign Minister Tomas Ribera" / "Ambassador Elena Vasquez-Orr, Valdorian Ambassador", the other side's group
    under the first past a blank line, had been a paragraph (the turns of "Foreign Minister Ribera:" a person of their
    own)."""
    text = ("PARTICIPANTS:   The President\n                Secretary of State Harold Brandt\n\n"
            "                Foreign Minister Tomas Ribera\n"
            "                Ambassador Elena Vasquez-Orr, Valdorian Ambassador\n\n"
            "     The President: Welcome.\n\n     Foreign Minister Ribera: Thank you, Mr. President.\n\n"
            "     The President: Let us begin.\n")
    result, lists, people = participants(text)
    (found,) = lists
    assert [name.text for name in found.iterfind(".//t:persName", NS)] == [
        "The President", "Harold Brandt", "Foreign Minister Tomas Ribera", "Ambassador Elena Vasquez-Orr"]
    assert [sp.get("who") for sp in result.tree.iterfind(".//t:sp", NS)] == ["#president", "#tomas-ribera",
                                                                           "#president"]
    # (an office's words after "of" still run on before the holder's names: "Secretary of State Harold Brandt")
    assert "Secretary of State" in "".join(found.itertext())
