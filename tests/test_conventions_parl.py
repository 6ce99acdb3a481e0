"""Parliaments' conventions: labels of offices, changes of the chair, page furniture in their records."""

from __future__ import annotations

from encoded import NS, checked


def encoded(text: str):
    """The result, and the body's turns as (who, speaker's words, its paragraphs' words)."""
    result = checked(text)
    turns = [(sp.get("who"), " ".join("".join(sp.find("t:speaker", NS).itertext()).split()),
              [" ".join("".join(p.itertext()).split()) for p in sp.iterfind("t:p", NS)])
             for sp in result.tree.iterfind(".//t:body//t:sp", NS)]
    return result, turns


def test_a_french_ministers_label_with_premiere_before_the_office():
    """"Mme Élisabeth Borne, Première ministre." had been read as no label, and with it no turn of the record's."""
    text = ("Mme la présidente. La parole est à Mme la Première ministre.\n\n"
            "Mme Anne Morel, Première ministre. Monsieur le député, ce texte est juste.\n\n"
            "M. Paul Girard. Ce n'est pas vrai !\n\n"
            "Mme Anne Morel, Première ministre. Les chiffres sont clairs.\n\n"
            "Mme la présidente. S'il vous plaît.\n")
    _, turns = encoded(text)
    assert turns == [
        ("#presidente", "Mme la présidente.", ["La parole est à Mme la Première ministre."]),
        ("#anne-morel", "Mme Anne Morel, Première ministre.", ["Monsieur le député, ce texte est juste."]),
        ("#paul-girard", "M. Paul Girard.", ["Ce n'est pas vrai !"]),
        ("#anne-morel", "Mme Anne Morel, Première ministre.", ["Les chiffres sont clairs."]),
        ("#presidente", "Mme la présidente.", ["S'il vous plaît."]),
    ]


def body_marks(result) -> list[tuple[str, str | None]]:
    """The body's page breaks and forme work, in order: ("pb", n), ("fw:TYPE", text)."""
    marks = []
    for element in result.tree.iterfind(".//t:body//*", NS):
        name = element.tag.rsplit("}", 1)[1]
        if name == "pb":
            marks.append(("pb", element.get("n")))
        elif name == "fw":
            marks.append((f"fw:{element.get('type')}", element.text))
    return marks


SEJM_PAGE = ("Marszałek:\nGłos ma pan poseł Adam Nowak.\n\n"
             "Poseł Adam Nowak:\nPanie Marszałku! Ten projekt jest zły.\n\n"
             "{first}\n\n"
             "Marszałek:\nDziękuję. Zamykam dyskusję.\n\n"
             "{second}\n")


def test_a_pages_bare_number_set_in_the_middle_is_its_foot():
    """"                                    18" under a page's text, the transcript ending with "19" so: the pages'
    numbers at their feet, the page turning after each (they had been words of the turns)."""
    text = SEJM_PAGE.format(first=" " * 36 + "18", second=" " * 36 + "19")
    result, turns = encoded(text)
    assert [who for who, _, _ in turns] == ["#marszalek", "#adam-nowak", "#marszalek"]
    assert [words for _, _, words in turns] == [["Głos ma pan poseł Adam Nowak."], ["Panie Marszałku! Ten projekt "
                                                "jest zły."], ["Dziękuję. Zamykam dyskusję."]]
    assert body_marks(result) == [("fw:pageNum", "18"), ("pb", "19"), ("fw:pageNum", "19")]


def test_a_bare_number_at_the_margin_or_not_ending_the_record_is_no_pages():
    """A number at the margin, or set in the middle where the record does not end with one (a section's number
    over its heading), stays the text's."""
    text = SEJM_PAGE.format(first="18", second="19")
    result, _ = encoded(text)
    assert body_marks(result) == []
    text = SEJM_PAGE.format(first=" " * 36 + "1", second=" " * 36 + "2") + "\nMarszałek:\nDobrze.\n"
    result, _ = encoded(text)
    assert body_marks(result) == []


def test_a_pages_marked_number_that_ends_the_record_is_its_foot():
    """"- 18 -" under a page's text, the record ending with "- 19 -": the pages' feet (the page had turned before
    "- 18 -", and each page was one number on)."""
    text = SEJM_PAGE.format(first="- 18 -", second="- 19 -")
    result, turns = encoded(text)
    assert [who for who, _, _ in turns] == ["#marszalek", "#adam-nowak", "#marszalek"]
    assert body_marks(result) == [("fw:pageNum", "- 18 -"), ("pb", "19"), ("fw:pageNum", "- 19 -")]


def stages(result) -> list[tuple[str, list[tuple[str, str]]]]:
    """The body's stage directions: their words, and the persons named in them (words, ref)."""
    return [(" ".join("".join(stage.itertext()).split()),
             [(name.text, name.get("ref")) for name in stage.iterfind(".//t:persName", NS)])
            for stage in result.tree.iterfind(".//t:body//t:stage", NS)]


def test_a_change_of_the_chair_between_turns_hands_the_office_over():
    """"PRESIDENZA DEL PRESIDENTE ANNA ROSSI" between the turns: the record's line, naming who presides from there
    on, whose "PRESIDENTE." labels are hers (it had been a section's heading, and her turns the first holder's)."""
    text = ("PRESIDENZA DEL VICEPRESIDENTE MARIO BIANCHI\n\n"
            "PRESIDENTE. La seduta è aperta. Ha facoltà il deputato Verdi.\n\n"
            "LUCA VERDI. Grazie, Presidente. Voteremo contro.\n\n"
            "PRESIDENTE. Sospendo la seduta.\n\n"
            "PRESIDENZA DEL PRESIDENTE ANNA ROSSI\n\n"
            "PRESIDENTE. La seduta è ripresa.\n\n"
            "LUCA VERDI. Confermo il voto contrario.\n")
    result, turns = encoded(text)
    assert [who for who, _, _ in turns] == ["#mario-bianchi", "#luca-verdi", "#mario-bianchi", "#anna-rossi",
                                            "#luca-verdi"]
    assert stages(result) == [("PRESIDENZA DEL PRESIDENTE ANNA ROSSI", [("ANNA ROSSI", "#anna-rossi")])]
    assert [head.text for head in result.tree.iterfind(".//t:body//t:head", NS)] == ["PRESIDENZA DEL"]  # (the list's)


def test_a_change_of_the_chair_over_two_lines_after_a_suspension_ends_the_turn():
    """"PRÉSIDENCE DE MME CLAIRE DUMAS," / "vice-présidente" under the note of the sitting's suspension: no words of
    the turn before it, and "Mme la présidente." after it is Claire Dumas."""
    text = ("PRÉSIDENCE DE MME JEANNE LEROY\n\n"
            "Mme la présidente. La parole est à M. Paul Girard.\n\n"
            "M. Paul Girard. Madame la présidente, ce texte est injuste.\n\n"
            "Mme la présidente. La séance est suspendue.\n\n"
            "(La séance, suspendue à seize heures cinq, est reprise à seize heures quinze.)\n\n"
            "PRÉSIDENCE DE MME CLAIRE DUMAS,\nvice-présidente\n\n"
            "Mme la présidente. La séance est reprise.\n\n"
            "M. Paul Girard. Je maintiens ce que j'ai dit.\n")
    result, turns = encoded(text)
    assert [who for who, _, _ in turns] == ["#jeanne-leroy", "#paul-girard", "#jeanne-leroy", "#claire-dumas",
                                            "#paul-girard"]
    assert turns[2][2] == ["La séance est suspendue."]
    assert stages(result)[-1] == ("PRÉSIDENCE DE MME CLAIRE DUMAS, vice-présidente",
                                  [("CLAIRE DUMAS", "#claire-dumas")])


def test_a_german_parliaments_running_head_margin_letters_and_speakers_name_are_the_pages():
    """The Bundestag's running head with the page's number at its edge, the margin's letters under it and the
    speaker's name repeated over the speech going on: the page's furniture, the page turning before it, the turn
    going on (the head and the name had been words of the turn, the letters a heading opening a section)."""
    text = ("Präsidentin Erika Lang:\nDas Wort hat Jonas Weber.\n\n"
            "Jonas Weber (SPD):\nFrau Präsidentin! Wir haben viel erreicht.\n\n"
            "Deutscher Bundestag – 20. Wahlperiode – 12. Sitzung. Berlin, Freitag, den 3. März 2023          1234\n\n"
            "(A)" + " " * 40 + "(C)\n\n"
            "Jonas Weber (SPD)\n\n"
            "Wir bauen weiter.\n\n"
            "Präsidentin Erika Lang:\nVielen Dank.\n")
    result, turns = encoded(text)
    assert turns == [("#erika-lang", "Präsidentin Erika Lang:", ["Das Wort hat Jonas Weber."]),
                     ("#jonas-weber", "Jonas Weber (SPD):", ["Frau Präsidentin! Wir haben viel erreicht.",
                                                              "Wir bauen weiter."]),
                     ("#erika-lang", "Präsidentin Erika Lang:", ["Vielen Dank."])]
    assert [(kind, " ".join(words.split()) if words else words) for kind, words in body_marks(result)] == [
        ("pb", "1234"),
        ("fw:header", "Deutscher Bundestag – 20. Wahlperiode – 12. Sitzung. Berlin, Freitag, den 3. März 2023 1234"),
        ("fw:lineNum", "(A) (C)"), ("fw:header", "Jonas Weber (SPD)")]
    assert result.tree.find(".//t:body//t:head", NS) is None


def test_a_spanish_ministers_office_with_commas_or_wrapped_and_the_holder_in_brackets():
    """"La señora MINISTRA DE TRANSPORTES, MOVILIDAD Y AGENDA URBANA (Sánchez Pérez):", and an office over two lines:
    the holder's turns (they had been words of the president's turn before them)."""
    text = ("La señora PRESIDENTA: Señora ministra.\n\n"
            "La señora MINISTRA DE TRANSPORTES, MOVILIDAD Y AGENDA URBANA (Ruiz Gómez): Muchas gracias,\n"
            "señora presidenta.\n\n"
            "La señora PRESIDENTA: Señora vicepresidenta.\n\n"
            "La señora VICEPRESIDENTA PRIMERA DEL GOBIERNO Y MINISTRA DE ASUNTOS\n"
            "ECONÓMICOS Y TRANSFORMACIÓN DIGITAL (Lara Vidal): Gracias.\n\n"
            "El señor MARTÍN SOTO: Gracias, señora presidenta.\n")
    _, turns = encoded(text)
    assert [who for who, _, _ in turns] == ["#presidenta", "#ruiz-gomez", "#presidenta", "#lara-vidal",
                                            "#martin-soto"]
    assert turns[1][1:] == ("La señora MINISTRA DE TRANSPORTES, MOVILIDAD Y AGENDA URBANA (Ruiz Gómez):",
                            ["Muchas gracias, señora presidenta."])
    assert turns[3][2] == ["Gracias."]


def test_a_german_ministers_office_with_commas_after_the_name_on_one_line_or_two():
    """"Klara Geywitz, Bundesministerin für Wohnen, Stadtentwicklung und Bauwesen:" over the speech, on one line or
    wrapped: her turn (it had been words of the president's turn, the comma in the office ruling the label out)."""
    for label in ("Lena Fischer, Bundesministerin für Wohnen, Stadtentwicklung und Bauwesen:",
                  "Lena Fischer, Bundesministerin für Wohnen, Stadtentwicklung und\nBauwesen:"):
        text = ("Vizepräsidentin Petra Roth:\nDas Wort hat die Bundesministerin Lena Fischer.\n\n"
                f"{label}\nFrau Präsidentin! Zwei Punkte.\n\n"
                "Vizepräsidentin Petra Roth:\nIch schließe die Aussprache.\n")
        _, turns = encoded(text)
        assert turns == [
            ("#petra-roth", "Vizepräsidentin Petra Roth:", ["Das Wort hat die Bundesministerin Lena Fischer."]),
            ("#lena-fischer", "Lena Fischer, Bundesministerin für Wohnen, Stadtentwicklung und Bauwesen:",
             ["Frau Präsidentin! Zwei Punkte."]),
            ("#petra-roth", "Vizepräsidentin Petra Roth:", ["Ich schließe die Aussprache."])]


def test_a_portuguese_address_to_the_deputies_wrapped_after_srs_is_no_label():
    """"… Sr.as e Srs." / "Deputados: Os portugueses …": the address wrapped, no turn of a person "#deputados"."""
    text = ("O Sr. Presidente: — Tem a palavra o Sr. Deputado Rui Costa.\n\n"
            "O Sr. Rui Costa (PSD): — Sr. Presidente, Sr.as e Srs.\n"
            "Deputados: Os portugueses esperam muito.\n\n"
            "O Sr. Presidente: — Srs. Deputados, terminámos.\n")
    _, turns = encoded(text)
    assert turns == [
        ("#presidente", "O Sr. Presidente:", ["— Tem a palavra o Sr. Deputado Rui Costa."]),
        ("#rui-costa", "O Sr. Rui Costa (PSD):", ["— Sr. Presidente, Sr.as e Srs. Deputados: Os portugueses esperam "
                                                  "muito."]),
        ("#presidente", "O Sr. Presidente:", ["— Srs. Deputados, terminámos."])]


def test_the_diets_label_with_the_given_names_letter_and_a_ministers_standing():
    """"○佐藤（花）委員" (a member whose surname another shares, her given name's first letter in brackets) opens her
    speech, one a line (it had been words of the chair's); "○林国務大臣" is 林's, "○市川政府参考人" 市川's (they had
    been persons "林国務" and "市川政府参考人")."""
    text = ("○黒井委員長　次に、佐藤花子君。\n"
            "○佐藤（花）委員　大臣にお伺いします。\n"
            "○林国務大臣　お答えします。\n"
            "○市川政府参考人　御説明します。\n"
            "○佐藤（花）委員　終わります。\n")
    _, turns = encoded(text)
    assert turns == [("#黒井", "○黒井委員長", ["次に、佐藤花子君。"]),
                     ("#佐藤花", "○佐藤（花）委員", ["大臣にお伺いします。"]),
                     ("#林", "○林国務大臣", ["お答えします。"]),
                     ("#市川", "○市川政府参考人", ["御説明します。"]),
                     ("#佐藤花", "○佐藤（花）委員", ["終わります。"])]


def test_the_riksdags_numbered_speeches_each_a_turn_and_a_deputy_speaker_no_speakers():
    """"Anf. 3  TREDJE VICE TALMANNEN:": a turn though used once (it had been words of the turn before, and the
    first "Anf. 1  TALMANNEN:" a heading), and the third deputy speaker's, not the speaker's."""
    text = ("Anf. 1  TALMANNEN:\nFrågestunden inleds.\n\n"
            "Anf. 2  ANNA BERG (S):\nFru talman! Regeringen har inte levererat.\n\n"
            "Anf. 3  TREDJE VICE TALMANNEN:\nFrågestunden är avslutad.\n")
    _, turns = encoded(text)
    assert turns == [("#talmannen", "Anf. 1 TALMANNEN:", ["Frågestunden inleds."]),
                     ("#anna-berg", "Anf. 2 ANNA BERG (S):", ["Fru talman! Regeringen har inte levererat."]),
                     ("#tredje-vice-talmannen", "Anf. 3 TREDJE VICE TALMANNEN:", ["Frågestunden är avslutad."])]
