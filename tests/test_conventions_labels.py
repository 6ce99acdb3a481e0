"""Speaker labels and heading fields: a French party's minutes' "Le camarade Duclos. — …", a participant's quoted
nickname ("Ernesto "Che" Guevara", then "CHE:"), and two heading fields on one line or a field right under a title."""

from __future__ import annotations

from encoded import NS, body_children, checked, flat, people, turns

BUREAU = """PROCÈS-VERBAL DE LA RÉUNION DU BUREAU

Le camarade Lemaître. — Il faut préparer la conférence de la fédération.

Le camarade BRUNEAU. — Je propose de fixer la date en juin.

Le camarade Lemaître. — Adopté.
"""


def test_a_comrades_label_with_a_full_stop_and_a_dash_is_a_turn():
    """"Le camarade Lemaître. — …": the person Lemaître (the title, "camarade", no part of the name); every turn had
    been a paragraph."""
    result = checked(BUREAU)
    assert turns(result) == [
        ("#lemaitre", "Le camarade Lemaître. —", "Il faut préparer la conférence de la fédération."),
        ("#bruneau", "Le camarade BRUNEAU. —", "Je propose de fixer la date en juin."),
        ("#lemaitre", "Le camarade Lemaître. —", "Adopté.")]
    assert people(result) == {"lemaitre", "bruneau"}


def test_titled_labels_with_a_dash_three_times_are_turns_and_two_notes_on_persons_are_not():
    result = checked("Réunion du 4 avril 1950\n\nLe camarade Lemaître. — Nous devons examiner la situation.\n\n"
                     "Comrade Okafor. — I do not agree.\n\nLe camarade Lemaître. — Alors votons.\n")
    assert turns(result) == [("#lemaitre", "Le camarade Lemaître. —", "Nous devons examiner la situation."),
                             ("#okafor", "Comrade Okafor. —", "I do not agree."),
                             ("#lemaitre", "Le camarade Lemaître. —", "Alors votons.")]
    # (two names once each may be a report's notes on persons, no speaker's: paragraphs)
    notes = checked("RAPPORT DU PRÉFET\n\nLa réunion eut lieu le 3 mai.\n\nM. Dupont. — Maire de Lyon depuis 1945, "
                    "radical.\n\nM. Martin. — Adjoint, socialiste.\n\nLa séance fut levée à midi.\n")
    assert notes.tree.find(".//t:sp", NS) is None
    # (once alone, the shape may be prose's: no turn)
    once = checked("Réunion du 4 avril 1950\n\nLe camarade Lemaître. — Nous devons examiner la situation.\n\n"
                   "La discussion continue.\n")
    assert once.tree.find(".//t:sp", NS) is None
    # (nor an office after the courtesy, used twice alone: "M. le président. — …" needs the French assembly's proof)
    office = checked("Séance du 4 avril 1950\n\nM. le président. — La séance est ouverte.\n\n"
                     "M. le président. — La parole est à qui la demande.\n")
    assert office.tree.find(".//t:sp", NS) is None


def nicknames(result) -> dict[str, list[str]]:
    """Each person's nicknames, as the header marks them."""
    return {person.get("{http://www.w3.org/XML/1998/namespace}id"):
            [name.text for name in person.iterfind("t:persName[@type='nickname']", NS)]
            for person in result.tree.iterfind(".//t:particDesc//t:person", NS)}


def test_a_listed_name_with_a_quoted_nickname_is_one_person_its_nickname_and_initials_its_labels():
    """'Rafael "Rafa" Montero' listed, then "RAFA:" and "R.M.:": one person, the name as written with the nickname
    (the list had named "Rafael" alone, and the two labels had been persons #rafa and #r-m)."""
    result = checked("MEMORANDUM OF CONVERSATION\n\n"
                     "Participants: Rafael \"Rafa\" Montero, Minister of Mines; Helen Ashby, Ambassador\n\n"
                     "ASHBY: Good morning, Minister.\n\nRAFA: Good morning. Shall we begin?\n\n"
                     "R.M.: The quarry is ready.\n\nASHBY: Then we agree.\n")
    assert [(name.text, name.get("ref")) for name in result.tree.iterfind(".//t:item/t:persName", NS)] == [
        ('Rafael "Rafa" Montero', "#rafael-rafa-montero"), ("Helen Ashby", "#helen-ashby")]
    assert [who for who, _, _ in turns(result)] == ["#helen-ashby", "#rafael-rafa-montero", "#rafael-rafa-montero",
                                                    "#helen-ashby"]
    assert people(result) == {"rafael-rafa-montero", "helen-ashby"}
    assert nicknames(result) == {"rafael-rafa-montero": ["Rafa"], "helen-ashby": []}


def test_a_nickname_in_curly_quotes_before_a_last_name_that_is_also_a_particle():
    """'Tran “Frank” Van' (as a Vietnamese name ends): the whole name, and "FRANK:" his (the list had named "Tran"
    alone, and "FRANK:" been a person of its own)."""
    result = checked("RECORD OF CONVERSATION\n\n"
                     "Present: Tran “Frank” Van, interpreter; Colonel Arthur Pike\n\n"
                     "FRANK: The colonel asks about the road.\n\nPIKE: Yes, the road north.\n\n"
                     "FRANK: It is closed since Monday.\n")
    assert [(name.text, name.get("ref")) for name in result.tree.iterfind(".//t:item/t:persName", NS)] == [
        ("Tran “Frank” Van", "#tran-frank-van"), ("Colonel Arthur Pike", "#arthur-pike")]
    assert [who for who, _, _ in turns(result)] == ["#tran-frank-van", "#arthur-pike", "#tran-frank-van"]
    assert people(result) == {"tran-frank-van", "arthur-pike"}


def test_a_newspaper_in_quotes_after_a_correspondents_name_is_no_nickname():
    """'Mr. Henry Brandon "Times" Washington', as a list of the press sets a correspondent, his paper and his city:
    the person is Mr. Henry Brandon (he had been #henry-brandon-times-washington, nicknamed "Times")."""
    result = checked("MEMORANDUM OF CONVERSATION\n\n"
                     "Participants: The Secretary; Mr. Henry Brandon \"Times\" Washington; "
                     "Mr. Joseph Alsop \"Washington Post\" Washington\n\n"
                     "The Secretary said that the talks would go on.\n\n"
                     "Mr. Brandon asked whether the Soviets agreed.\n")
    assert [(name.text, name.get("ref")) for name in result.tree.iterfind(".//t:item/t:persName", NS)] == [
        ("The Secretary", "#secretary"), ("Mr. Henry Brandon", "#henry-brandon"), ("Mr. Joseph Alsop", "#joseph-alsop")]
    assert '"Times" Washington' in flat(result.tree.find(".//t:item", NS))
    assert nicknames(result) == {"secretary": [], "henry-brandon": [], "joseph-alsop": []}
    assert [who for who, _, _ in turns(result)][-1] == "#henry-brandon"


def fields(result) -> list[tuple[str, str]]:
    """Each heading field's label and value, in order."""
    return [(flat(label), flat(item)) for fields in result.tree.iterfind(".//t:list[@type='fields']", NS)
            for label, item in zip(fields.iterfind("t:label", NS), fields.iterfind("t:item", NS))]


CONVERSATION = ("MEMORANDUM OF CONVERSATION\n\nDate: 4 June 1962{gap}Place: Santiago\n\n"
                "Participants: Helen Ashby, Ambassador; Tomas Riquelme, Minister\n\n"
                "ASHBY: Good morning, Minister.\n\nRIQUELME: Good morning.\n\nASHBY: Shall we begin?\n")


def test_two_fields_on_one_line_a_wide_space_between_them_are_two_fields():
    """"Date: 4 June 1962      Place: Santiago": two fields (the place had been words of the date's value)."""
    result = checked(CONVERSATION.format(gap="      "))
    assert fields(result) == [("Date:", "4 June 1962"), ("Place:", "Santiago")]
    assert [name for name, _ in body_children(result)] == ["head", "list", "list", "sp", "sp", "sp"]
    # (a wide space inside a value, no field's label after it, cuts nothing)
    wide = checked(CONVERSATION.format(gap="      ").replace("Place: Santiago", "and Valparaíso"))
    assert fields(wide) == [("Date:", "4 June 1962 and Valparaíso")]


def test_two_fields_on_one_line_a_tab_between_them_are_two_fields():
    result = checked(CONVERSATION.format(gap="\t"))
    assert fields(result) == [("Date:", "4 June 1962"), ("Place:", "Santiago")]


def test_two_fields_on_a_line_right_under_a_title_in_capitals():
    """The fields' line under the title with no blank line between: the title alone, two fields (it had been a
    dateline, "Date: 4 June 1962 Place: Santiago")."""
    result = checked(CONVERSATION.format(gap="      ").replace("CONVERSATION\n\n", "CONVERSATION\n"))
    assert body_children(result)[:2] == [("head", "MEMORANDUM OF CONVERSATION"),
                                         ("list", "Date: 4 June 1962 Place: Santiago")]
    assert fields(result) == [("Date:", "4 June 1962"), ("Place:", "Santiago")]


def test_a_field_right_under_a_title_in_capitals_is_a_field_not_the_titles_words():
    """"MEMORANDUM OF CONVERSATION" / "Subject: Copper prices": the title alone (the field had been its words, in the
    header's title too)."""
    result = checked("MEMORANDUM OF CONVERSATION\nSubject: Copper prices\n\n"
                     "ASHBY: Good morning, Minister.\n\nRIQUELME: Good morning.\n\nASHBY: Shall we begin?\n")
    assert body_children(result)[:2] == [("head", "MEMORANDUM OF CONVERSATION"), ("list", "Subject: Copper prices")]
    assert fields(result) == [("Subject:", "Copper prices")]
    assert flat(result.tree.find(".//t:titleStmt/t:title", NS)) == "MEMORANDUM OF CONVERSATION"



def test_a_note_labelled_nb_is_no_listed_persons_though_the_initials_fit():
    """ "N.B.:" is a note's label: not Nicholas Brown's turn, though "NB:" is his."""
    result = checked("INTERVIEW\n\nPresent: Nicholas Brown, Mary Smith\n\nNB: Hello.\n\nMS: Hi. The figures follow.\n\n"
                     "N.B.: The figures are provisional.\n\nMS: Thank you.\n")
    assert [who for who, _, _ in turns(result)][:2] == ["#nicholas-brown", "#mary-smith"]
    assert "#nicholas-brown" not in [who for who, speaker, _ in turns(result) if speaker == "N.B.:"]


def test_two_fields_on_a_line_are_not_cut_after_a_word_broken_by_a_hyphen():
    """ "Talks on the cease-     Date: …": a value that ends in a hyphen before the gap is no field's end, and no line
    ends there (a cut had marked a word broken across lines, lb break="no", where the source has none)."""
    result = checked("MEMORANDUM\n\nSubject: Talks on the cease-     Date: 3 May 1961\nFROM: Embassy Havana\n\n"
                     "SECRETARY: We begin.\n")
    assert result.tree.find(".//t:lb[@break='no']", NS) is None
    assert "Talks on the cease-" in "".join(result.tree.getroot().itertext())
