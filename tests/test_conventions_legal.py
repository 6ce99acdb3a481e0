"""Conventions of legal and administrative records: signatories' blocks, a roll's membrane, witnesses' evidence."""

from __future__ import annotations

from encoded import NS, checked, flat


def encoded(text: str):
    return checked(text)


def closing(result) -> list[tuple[str, list[str]]]:
    """Each signatory of the record's closer: its words, the names marked in it."""
    return [(flat(signed), [name.text for name in signed.iterfind(".//t:persName", NS)])
            for signed in result.tree.iterfind(".//t:body//t:closer/t:signed", NS)]


def paragraphs(result) -> list[str]:
    return [flat(p) for p in result.tree.iterfind(".//t:body//t:p", NS)]


def test_a_signatorys_name_with_its_comma_over_the_office_signs():
    """"H. T. MORLEY," / "Clerk.": the comma had kept it a paragraph (the name's line is marked as a despatch's
    signatory's is, its comma with it)."""
    result = encoded("The accounts were passed.\n\nThe Council rose at ten.\n\n"
                     "                                  H. T. MORLEY,\n"
                     "                                        Clerk.\n")
    assert closing(result) == [("H. T. MORLEY, Clerk.", ["H. T. MORLEY,"])]
    assert paragraphs(result) == ["The accounts were passed.", "The Council rose at ten."]


def test_a_rolls_membrane_at_its_foot_is_furniture_not_a_signatory():
    """"m. 7d." under the steward's name: it had been a paragraph, and the steward's name one too."""
    result = encoded("COURT BARON\n\nThe jurors say that the lane is foul, therefore it is ordered to be scoured.\n\n"
                     "                         Robt. Ashdown, Steward\n\n"
                     "                                              m. 7d.\n")
    assert closing(result) == [("Robt. Ashdown, Steward", ["Robt. Ashdown"])]
    fws = [(fw.get("type"), fw.text) for fw in result.tree.iterfind(".//t:body//t:fw", NS)]
    assert fws == [("pageNum", "m. 7d.")]
    assert paragraphs(result) == ["The jurors say that the lane is foul, therefore it is ordered to be scoured."]


def test_a_typed_signature_of_four_lines_signs():
    """"/s/ name" / the name typed / the rank / the office: four lines had been a paragraph."""
    result = encoded("MEMORANDUM FOR RECORD\n\n1. The depot will be closed on 1 July.\n\n"
                     "                                   /s/ K. L. VOSS\n"
                     "                                   K. L. VOSS\n"
                     "                                   Lt. Colonel, QMC\n"
                     "                                   Chief, Supply Branch\n")
    assert closing(result) == [("/s/ K. L. VOSS K. L. VOSS Lt. Colonel, QMC Chief, Supply Branch", ["K. L. VOSS"])]


def test_a_french_office_over_the_name_in_capitals_signs():
    """The office over two lines, its second in small letters, a blank line, then the given name and the surname in
    capitals with its particle: two paragraphs had been made."""
    result = encoded("PROCÈS-VERBAL\n\nLa séance est levée à midi.\n\n"
                     "                                   Le Secrétaire général\n"
                     "                                   du Gouvernement,\n\n"
                     "                                   Jacques de la MOTTE\n")
    assert closing(result) == [("Le Secrétaire général du Gouvernement, Jacques de la MOTTE", ["Jacques de la MOTTE"])]
    result = encoded("PROCÈS-VERBAL\n\nLa séance est levée à midi.\n\n"
                     "                                   Le Secrétaire général\n"
                     "                                   du Gouvernement,\n\n"
                     "                                   Jacques DELMOTTE\n")
    assert closing(result) == [("Le Secrétaire général du Gouvernement, Jacques DELMOTTE", ["Jacques DELMOTTE"])]
    assert paragraphs(result) == ["La séance est levée à midi."]


SESSIONS = ("312. HENRY COLLINS (34), was indicted for stealing a watch, the goods of Amos Pratt.\n\n"
            "MR. BESLEY conducted the Prosecution; and MR. GILL the Defence.\n\n"
            "AMOS PRATT. I am a baker, of Hoxton. On 3rd May I lost my watch from the shop counter.\n\n"
            "Cross-examined by MR. GILL. I did not see the prisoner take it.\n\n"
            "GEORGE WEBB (Policeman N 44). On 4th May I found the prisoner offering the watch for sale.\n\n"
            "Cross-examined. He gave his right address.\n\n"
            "SARAH PRATT. I am the prosecutor's wife; I saw the prisoner near the counter.\n\n"
            "Prisoner's Defence. I bought it of a man in the street.\n\n"
            "GUILTY.—Twelve Months' Imprisonment.\n")


def test_a_sessions_papers_witnesses_in_capitals_and_a_full_stop_are_turns():
    """Each witness named once in capitals and a full stop, with a calling in brackets too, over the evidence; the
    cross-examination the witness's words; the prisoner's defence the prisoner's; counsel's appearance and the verdict
    the record's: every witness had been a paragraph, the evidence no one's."""
    result = encoded(SESSIONS)
    turns = [(sp.get("who"), flat(sp.find("t:speaker", NS)), len(sp.findall("t:p", NS)))
             for sp in result.tree.iterfind(".//t:sp", NS)]
    assert turns == [("#amos-pratt", "AMOS PRATT.", 2), ("#george-webb", "GEORGE WEBB (Policeman N 44).", 2),
                     ("#sarah-pratt", "SARAH PRATT.", 1), ("#prisoner", "Prisoner's Defence.", 1)]
    outside = [flat(p) for p in result.tree.iterfind(".//t:body/t:div/t:p", NS)]
    assert outside[1] == "MR. BESLEY conducted the Prosecution; and MR. GILL the Defence."
    assert outside[-1] == "GUILTY.—Twelve Months' Imprisonment."


def test_names_in_capitals_and_a_full_stop_without_a_cross_examination_stay_paragraphs():
    """Without counsel's cross-examination, such names may be a list's or a heading's run on: no turns."""
    result = encoded(SESSIONS.replace("Cross-examined by MR. GILL. ", "").replace("Cross-examined. ", ""))
    assert result.tree.find(".//t:sp", NS) is None


def turns_of(result) -> list[tuple[str, str]]:
    return [(sp.get("who"), flat(sp.find("t:speaker", NS))) for sp in result.tree.iterfind(".//t:sp", NS)]


def test_a_french_courts_labels_with_a_full_stop_and_a_dash_are_turns():
    """"Le Président. — …", "L'Accusé. — …", an advocate's, the prosecutor's office in small letters and a witness
    used once: every exchange had been a paragraph."""
    result = encoded("COUR D'ASSISES DE LA GIRONDE\n\n"
                     "Le Président. — Vous reconnaissez les faits ?\n\n"
                     "L'Accusé. — Non, monsieur le Président.\n\n"
                     "Le Président. — Vous étiez pourtant au marché ce jour-là.\n\n"
                     "L'Accusé. — J'y étais le matin.\n\n"
                     "Me Darrieux. — Mon client n'avait pas d'arme.\n\n"
                     "M. l'Avocat général. — Le couteau a été retrouvé chez lui.\n\n"
                     "Le témoin. — Je l'ai vu courir.\n")
    assert turns_of(result) == [
        ("#president", "Le Président. —"), ("#accuse", "L'Accusé. —"), ("#president", "Le Président. —"),
        ("#accuse", "L'Accusé. —"), ("#me-darrieux", "Me Darrieux. —"),
        ("#lavocat-general", "M. l'Avocat général. —"), ("#temoin", "Le témoin. —")]
    assert [flat(p) for p in result.tree.iterfind(".//t:sp/t:p", NS)][5] == "Le couteau a été retrouvé chez lui."


def test_a_sentence_before_a_dash_once_is_no_label():
    result = encoded("Il est rentré tard. — Le lendemain, il est reparti.\n\nPersonne ne l'a revu.\n")
    assert result.tree.find(".//t:sp", NS) is None


def test_the_prosecutors_office_with_its_article_elided_and_a_colon_is_a_label():
    """"M. l'Avocat général : …" once, among labels with colons: it had been words of the advocate's turn."""
    result = encoded("Le Président : Témoin, approchez.\n\nLe témoin : Oui.\n\nMe Darrieux : Une question.\n\n"
                     "M. l'Avocat général : Le témoin a tout vu.\n\nLe Président : Merci.\n")
    assert [who for who, _ in turns_of(result)] == ["#president", "#temoin", "#me-darrieux", "#lavocat-general",
                                                    "#president"]


def test_a_chancellors_office_alone_with_a_colon_once_is_a_label():
    """"Bundeskanzler: …" once, between two ministers' turns (titled, each once): it had been words of the turn
    before."""
    result = encoded("Kurzprotokoll der 45. Kabinettssitzung\n\n"
                     "Dr. Lindner: Der Entwurf ist abgestimmt.\n\n"
                     "Bundeskanzler: Dann bitte ich um Zustimmung.\n\n"
                     "Dr. Hallberg: Ich stimme zu.\n")
    assert turns_of(result) == [("#lindner", "Dr. Lindner:"), ("#bundeskanzler", "Bundeskanzler:"),
                                ("#hallberg", "Dr. Hallberg:")]


def test_a_witness_affirmed_after_a_colon_answers_the_questions():
    """"LENA MORRISON: AFFIRMED" over the examination: it had headed a section, and the answers been #witness's."""
    result = encoded("THE ARBITRATOR: Please call your witness.\n\nMR. DUBOIS: The union calls Ms. Morrison.\n\n"
                     "LENA MORRISON: AFFIRMED\n\nEXAMINATION IN-CHIEF BY MR. DUBOIS:\n\n"
                     "Q.   How long have you worked at the plant?\nA.   Nine years.\n"
                     "Q.   In which department?\nA.   Shipping.\n")
    assert [who for who, _ in turns_of(result)] == ["#arbitrator", "#dubois", "#dubois", "#lena-morrison",
                                                    "#dubois", "#lena-morrison"]
    assert [flat(s) for s in result.tree.iterfind(".//t:body/t:div/t:stage", NS)] == [
        "LENA MORRISON: AFFIRMED", "EXAMINATION IN-CHIEF BY MR. DUBOIS:"]
    assert result.tree.find(".//t:body//t:head", NS) is None

