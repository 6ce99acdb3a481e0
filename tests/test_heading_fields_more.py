"""A record's head read as fields or as its participants, not as turns: a Dutch council's chairman, secretary, those
present and absent over its minutes; a judgment's or an award's caption; a select committee's one witness."""

from __future__ import annotations

from encoded import NS, XML_ID, checked, people, whos


def encoded(text: str):
    result = checked(text)
    return result, people(result), whos(result)


def fields(result) -> list[tuple[str, str]]:
    out = []
    for found in result.tree.iterfind(".//t:list[@type='fields']", NS):
        labels = ["".join(label.itertext()) for label in found.iterfind("t:label", NS)]
        items = [" ".join("".join(item.itertext()).split()) for item in found.iterfind("t:item", NS)]
        out.extend(zip(labels, items))
    return out


def listed(result) -> list[list[tuple[str, str]]]:
    return [[(name.text, name.get("ref")) for name in item.iterfind(".//t:persName", NS)]
            for item in result.tree.iterfind(".//t:list[@type='participants']/t:item", NS)]


NOTULEN = ("NOTULEN\nvan de openbare vergadering van den Raad, gehouden op 11 Maart 1937.\n\n"
           "Voorzitter: de Heer Mr. J. H. van Rijckevorsel, Burgemeester.\n"
           "Secretaris: de Heer A. Kortenhoeven.\n"
           "Tegenwoordig: de Heeren C. Blokland, P. de Jong, W. Verhoef,\n"
           "J. van der Graaf en H. Stam, leden.\n"
           "Afwezig: de Heer D. Oosterwijk.\n\n"
           "De Heer Blokland: Ik stel voor het verzoek in te willigen.\n\n"
           "De Voorzitter: Burgemeester en Wethouders stellen voor f 20.-- toe te kennen.\n\n"
           "De Secretaris: Het verzoek is ingekomen op 2 Maart.\n")


def test_a_dutch_councils_chairman_secretary_present_and_absent_are_its_participants():
    """"Voorzitter:", "Secretaris:", "Tegenwoordig:", "Afwezig:" a line each in one block had been four turns of persons
    "#voorzitter", "#secretaris", "#tegenwoordig" and "#afwezig"; "de Heeren" had been part of the first name."""
    result, people, turns = encoded(NOTULEN)
    assert people == {"van-rijckevorsel", "kortenhoeven", "blokland", "de-jong", "verhoef", "van-der-graaf", "stam",
                      "oosterwijk"}
    assert listed(result) == [[("Heer Mr. J. H. van Rijckevorsel", "#van-rijckevorsel")],
                              [("Heer A. Kortenhoeven", "#kortenhoeven")],
                              [("C. Blokland", "#blokland"), ("P. de Jong", "#de-jong"), ("W. Verhoef", "#verhoef"),
                               ("J. van der Graaf", "#van-der-graaf"), ("H. Stam", "#stam")]]
    # (the absent a list of their own, type "absent": "Afwezig: …" had been the list's fourth item)
    absent = result.tree.find(".//t:list[@type='absent']", NS)
    assert absent.findtext("t:head", namespaces=NS) == "Afwezig:"
    assert [(n.text, n.get("ref")) for n in absent.iterfind(".//t:persName", NS)] == [("Heer D. Oosterwijk", "#oosterwijk")]
    head = result.tree.find(".//t:list[@type='participants']/t:head", NS)
    assert head.text == "Voorzitter:"
    items = ["".join(item.itertext()) for item in result.tree.iterfind(".//t:list[@type='participants']/t:item", NS)]
    assert items[1] == "Secretaris: de Heer A. Kortenhoeven."
    # who presides is the chairman's label's, the secretary the secretary's; no one else the chairman
    assert turns == ["#blokland", "#van-rijckevorsel", "#kortenhoeven"]
    listing = result.tree.find(".//t:list[@type='participants']", NS)
    position = result.position(listing.get(XML_ID))
    assert (position.line, position.column) == (4, 1)


def test_an_english_chairman_over_those_present_and_absent_is_one_list():
    text = ("MINUTES\n\nPresident: Mr. H. VAN DER MEULEN (Netherlands)\nPresent: Mr. Smith, Mr. Jones\n"
            "Absent: Mr. Brown\n\nThe PRESIDENT: Good morning.\n\nMr. SMITH: Good morning.\n")
    result, people, turns = encoded(text)
    assert people == {"van-der-meulen", "smith", "jones", "brown"}
    assert turns == ["#van-der-meulen", "#smith"]  # (the President's is his alone, not the members')


def test_a_presiding_line_over_speech_stays_a_turn():
    """Only later lines each with a label of its own make the block a list: "Voorzitter: Mijnheer Bakker," / "dank u
    wel …" is no list (it stays what it was)."""
    text = ("VERSLAG\n\nVoorzitter: Mijnheer Bakker,\ndank u wel voor uw vraag.\n\nDe heer Bakker: Graag gedaan.\n")
    result, people, turns = encoded(text)
    assert result.tree.find(".//t:list[@type='participants']", NS) is None


CAPTION = ("                                             Case No: 2401873/2021\n\n"
           "                        EMPLOYMENT TRIBUNALS\n\n"
           "Claimant:         Mrs Lorna Haughey\n\n"
           "Respondent:       Pennine Fresh Foods Limited\n\n"
           "Heard at:         Manchester (by CVP)      On: 7, 8 and 9 March 2022\n\n"
           "Before:           Employment Judge Okafor\n"
           "                  Mr D Whitworth\n\n"
           "Representation\n"
           "Claimant:         In person\n"
           "Respondent:       Mr T Bramhall, counsel\n\n"
           "                   RESERVED JUDGMENT\n\n"
           "1. The claim of unfair dismissal succeeds.\n")


def test_a_judgments_caption_is_fields_and_no_ones_turns():
    """"Case No:", "Claimant:", "Respondent:" had been turns of persons "#case-no", "#claimant" and "#respondent", the
    representation's a turn of "Representation Claimant", and the hearing's place and day a paragraph."""
    result, people, turns = encoded(CAPTION)
    assert people == set() and turns == []
    assert fields(result) == [("Case No:", "2401873/2021"), ("Claimant:", "Mrs Lorna Haughey"),
                              ("Respondent:", "Pennine Fresh Foods Limited"), ("Heard at:", "Manchester (by CVP)"),
                              ("On:", "7, 8 and 9 March 2022"), ("Before:", "Employment Judge Okafor Mr D Whitworth"),
                              ("Representation", ""), ("Claimant:", "In person"),
                              ("Respondent:", "Mr T Bramhall, counsel")]
    first = result.tree.find(".//t:list[@type='fields']", NS)
    position = result.position(first.get(XML_ID))
    assert (position.line, position.column) == (1, 46)


def test_an_awards_caption_and_appearances_are_fields():
    """"GRIEVANCE OF:" and "ARBITRATOR:" had been turns, and "APPEARANCES:" the heading of a section holding the whole
    hearing."""
    text = ("IN THE MATTER OF AN ARBITRATION\n\nBETWEEN:\n\n              AMALGAMATED TRANSIT UNION\n\n"
            "GRIEVANCE OF: Sandeep Grewal (discharge)\n\n"
            "ARBITRATOR:           Margaret L. Dunphy\n\n"
            "APPEARANCES:\nFOR THE UNION:        Paul Brennan, Counsel\n"
            "FOR THE EMPLOYER:     Caroline Whitlock, Counsel\n\n"
            "THE ARBITRATOR: Good morning. We are here on the grievance of Mr. Grewal.\n\n"
            "MS. WHITLOCK: Thank you, Madam Arbitrator.\n")
    result, people, turns = encoded(text)
    assert "grievance-of" not in people
    assert fields(result)[:3] == [("GRIEVANCE OF:", "Sandeep Grewal (discharge)"),
                                  ("ARBITRATOR:", "Margaret L. Dunphy"), ("APPEARANCES:", "")]
    assert "APPEARANCES:" not in ["".join(head.itertext()) for head in result.tree.iterfind(".//t:head", NS)]
    assert len(turns) == 2


def test_a_parties_label_before_speech_is_a_turn():
    """A hearing's labels with speech after them are turns, not a caption."""
    text = ("HEARING\n\nCLAIMANT:      I was never told about the log.\n\n"
            "RESPONDENT:    Mr Smith, I don't accept that.\n\nCLAIMANT: It is true.\n")
    result, people, turns = encoded(text)
    assert fields(result) == []
    assert len(turns) == 3


def test_one_witness_named_at_the_head_is_listed_as_the_plural_is():
    """"Witness: Richard Holroyd MP, Minister for …" had been a turn of a person "#witness"; "Local Transport" of his
    office no one."""
    text = ("Members present: Iain Stewart (Chair); Mike Amesbury; Simon Jupp.\n\nExamination of witness\n\n"
            "Witness: Richard Holroyd MP, Minister for Roads and Local Transport.\n\n"
            "Q93 Chair: Minister, welcome.\n\nRichard Holroyd: I have a good deal of sympathy.\n\n"
            "Q94 Simon Jupp: Sympathy does not pay for diesel, Minister.\n\nRichard Holroyd: No, it does not.\n")
    result, people, turns = encoded(text)
    assert people == {"iain-stewart", "mike-amesbury", "simon-jupp", "richard-holroyd"}
    assert listed(result)[-1] == [("Richard Holroyd MP", "#richard-holroyd")]
    assert turns == ["#iain-stewart", "#richard-holroyd", "#simon-jupp", "#richard-holroyd"]
    witness = result.tree.findall(".//t:list[@type='participants']", NS)[-1]
    position = result.position(witness.get(XML_ID))
    assert (position.line, position.column) == (5, 1)


def test_a_witness_label_before_speech_is_no_list():
    for speech in ("WITNESS: I don't recall.", "WITNESS: Mr Smith, I don't recall."):
        result, people, turns = encoded(f"Oral evidence\n\n{speech}\n\nMR SMITH: Thank you.\n")
        assert result.tree.find(".//t:list[@type='participants']", NS) is None
