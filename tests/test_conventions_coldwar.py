"""Cold War archive records (translated protocols, records of conversation, cables): speakers' labels, titles and
closings as such translations set them."""

from __future__ import annotations

from encoded import NS, body_children, checked, people, turns


def encoded(text: str):
    return checked(text)


def test_resolution_label_is_the_bodys_decision_not_a_person():
    """"Resolution:" twice, as a Presidium's protocol sets what it resolved, had been a person "#resolution" whose
    turns held the decisions."""
    result = encoded("Comrade Shepilov: We must send a message to Eden.\n\n"
                     "Resolution: Accept the proposal of Comrade Shepilov.\n\n"
                     "Comrade Molotov: It is premature to speak of force.\n\n"
                     "Resolution:\n1. Approve the text of the message.\n2. Publish the message in the press.\n")
    assert people(result) == {"shepilov", "molotov"}
    assert body_children(result) == [
        ("sp", "Comrade Shepilov: We must send a message to Eden."),
        ("p", "Resolution: Accept the proposal of Comrade Shepilov."),
        ("sp", "Comrade Molotov: It is premature to speak of force."),
        ("p", "Resolution:"),
        ("list", "1. Approve the text of the message. 2. Publish the message in the press.")]


def test_a_given_names_initial_of_two_letters_in_a_label():
    """"Comrade Yu. V. Andropov:", "Comrade Gh. Gheorghiu-Dej (Romania):": "Yu." and "Gh." had ended the name, the
    turns been words of the turn before."""
    result = encoded("Comrade Yu. V. Andropov: The situation in Budapest is serious.\n\n"
                     "Comrade N. S. Khrushchev: We must act.\n\n"
                     "Comrade Yu.V. Andropov: I agree.\n\n"
                     "Comrade Gh. Gheorghiu-Dej (Romania): I declare the session open.\n")
    assert turns(result) == [
        ("#andropov", "Comrade Yu. V. Andropov:", "The situation in Budapest is serious."),
        ("#khrushchev", "Comrade N. S. Khrushchev:", "We must act."),
        ("#andropov", "Comrade Yu.V. Andropov:", "I agree."),
        ("#gheorghiu-dej", "Comrade Gh. Gheorghiu-Dej (Romania):", "I declare the session open.")]


def test_a_footnotes_marker_on_the_speakers_name_opens_the_speech():
    """"Truong Chinh[2] said …": the marker had been part of the name and the person's id ("#truong-chinh-2")."""
    result = encoded("Ho Chi Minh said that Diem had refused the consultations.[1]\n\n"
                     "Truong Chinh[2] said that the land reform was going well.\n\n"
                     "Notes:\n[1] The Geneva Final Declaration provided for elections in 1956.\n"
                     "[2] General Secretary of the Workers' Party of Vietnam.\n")
    assert people(result) == {"ho-chi-minh", "truong-chinh"}
    assert [(who, speaker) for who, speaker, _ in turns(result)] == [
        ("#ho-chi-minh", "Ho Chi Minh"), ("#truong-chinh", "Truong Chinh")]
    second = result.tree.findall(".//t:sp", NS)[1].find("t:p", NS)
    ref = second.find("t:ref", NS)
    assert ref.get("type") == "footnote" and ref.get("target") == "#fn2" and second.text is None


def test_a_name_with_a_part_the_editor_supplied_before_its_verb():
    """"Peng [Dehuai] said that …", "Kim [Il Sung] asked …": they had been paragraphs, no one's turns; the person is
    named whole. A bracket the conventions read otherwise ("[Laughing]") is no part of a name."""
    result = encoded("Peng [Dehuai] said that the troops were ready.\n\n"
                     "Kim [Il Sung] asked when the offensive would begin.\n\n"
                     "Peng [Dehuai] answered that it would begin in ten days.\n\n"
                     "Stalin [Laughing] said no.\n")
    assert people(result) == {"peng-dehuai", "kim-il-sung"}
    assert turns(result) == [
        ("#peng-dehuai", "Peng [Dehuai]", "said that the troops were ready."),
        ("#kim-il-sung", "Kim [Il Sung]", "asked when the offensive would begin."),
        ("#peng-dehuai", "Peng [Dehuai]", "answered that it would begin in ten days.")]
    assert result.tree.find(".//t:vocal/t:desc", NS).text == "Laughing"
    names = [name.text for name in result.tree.iterfind(".//t:particDesc//t:persName", NS)]
    assert names == ["Peng Dehuai", "Kim Il Sung"]


def test_conveyed_is_a_verb_of_speaking():
    """"Olivares conveyed the request of …", the record's first turn, had been a paragraph."""
    result = encoded("Olivares conveyed the request of Fidel Castro to receive the full\ntext of the letters.\n\n"
                     "Gromyko said that the letters would be handed over by Mikoyan.\n\n"
                     "Olivares said that the Cuban people did not understand.\n")
    assert [(who, speaker) for who, speaker, _ in turns(result)] == [
        ("#olivares", "Olivares"), ("#gromyko", "Gromyko"), ("#olivares", "Olivares")]


def test_a_short_exchange_of_labels_once_each_the_head_naming_one():
    """"Kim Il Sung: …" / "Pak Hon-yong: …", each once, under "Present: Pak Hon-yong.": no label used twice had
    left them paragraphs; in capitals under a title naming them, section heads. A label the head does not name, of
    one word, stays words ("Date: …")."""
    result = encoded("Present: Pak Hon-yong.\n\nKim Il Sung: The partisans will not decide the matter.\n\n"
                     "Pak Hon-yong: The people in the south are waiting.\n")
    assert turns(result) == [("#kim-il-sung", "Kim Il Sung:", "The partisans will not decide the matter."),
                             ("#pak-hon-yong", "Pak Hon-yong:", "The people in the south are waiting.")]
    result = encoded("RECORD OF CONVERSATION BETWEEN KIM IL SUNG AND AMBASSADOR SHTYKOV\n\n19 January 1950\n\n"
                     "KIM IL SUNG: The partisans will not decide the matter.\n\n"
                     "SHTYKOV: The question needs preparation.\n")
    assert turns(result) == [("#kim-il-sung", "KIM IL SUNG:", "The partisans will not decide the matter."),
                             ("#shtykov", "SHTYKOV:", "The question needs preparation.")]
    assert [tag for tag, _ in body_children(result)] == ["head", "opener", "sp", "sp"]
    result = encoded("Present: Pak Hon-yong.\n\nPak Hon-yong: The people are waiting.\n\nDate: 19 January 1950.\n")
    assert turns(result) == [("#pak-hon-yong", "Pak Hon-yong:", "The people are waiting.")]


def header_title(result) -> str:
    return result.tree.find(".//t:titleStmt/t:title", NS).text


def test_a_wrapped_titles_second_line_with_the_date_is_no_dateline():
    """"… of the" / "Hungarian Workers' Party, 12 July 1956": the second line had been the dateline, the title cut."""
    result = encoded("Minutes of the Meeting of the Political Committee of the\nHungarian Workers' Party, 12 July 1956\n\n"
                     "Comrade Rákosi: I propose that we first hear Comrade Mikoyan.\n\n"
                     "Comrade Mikoyan: The Presidium is concerned.\n")
    title = ("Minutes of the Meeting of the Political Committee of the Hungarian Workers' Party, 12 July 1956")
    assert header_title(result) == title
    assert body_children(result)[:2] == [("head", title), ("sp", "Comrade Rákosi: I propose that we first hear "
                                                                  "Comrade Mikoyan.")]
    assert result.tree.find(".//t:creation/t:date", NS).get("when") == "1956-07-12"


def test_a_wrapped_title_over_its_place_and_date_each_alone():
    """"Record of Conversation between …" over two lines, then "Pyongyang", then the date: the title had been a
    paragraph (cut after its first line in the header), the place and the date paragraphs."""
    result = encoded("Record of Conversation between Kim Il Sung and the Soviet\nAmbassador T. F. Shtykov\n\n"
                     "Pyongyang\n\n19 January 1950\n\nKIM IL SUNG: The partisans will not decide the matter.\n\n"
                     "SHTYKOV: The question needs preparation.\n\nKIM IL SUNG: I would like to meet Comrade Stalin.\n\n"
                     "SHTYKOV: I will report it to Moscow.\n")
    title = "Record of Conversation between Kim Il Sung and the Soviet Ambassador T. F. Shtykov"
    assert header_title(result) == title
    assert body_children(result)[:3] == [("head", title), ("opener", "Pyongyang 19 January 1950"),
                                         ("sp", "KIM IL SUNG: The partisans will not decide the matter.")]
    assert [line.text for line in result.tree.iterfind(".//t:opener/t:dateline", NS)] == [
        "Pyongyang", "19 January 1950"]


def test_a_cables_title_over_its_classification():
    """"Cable from the Chinese Embassy …, "…"" over "Top Secret" / "Copy No. 3": it had been a paragraph, the
    record untitled, and the classification a paragraph."""
    result = encoded("Cable from the Chinese Embassy in the Soviet Union, \"Khrushchev's\n"
                     "Remarks at the Reception for the Albanian Delegation\"\n\nTop Secret\nCopy No. 3\n\n"
                     "To: the Ministry of Foreign Affairs\n\n"
                     "At the reception Khrushchev approached the Albanian comrades.\n")
    title = ("Cable from the Chinese Embassy in the Soviet Union, \"Khrushchev's Remarks at the Reception for the "
             "Albanian Delegation\"")
    assert header_title(result) == title
    assert body_children(result)[:2] == [("head", title), ("opener", "Top Secret Copy No. 3")]
    assert result.tree.find(".//t:opener/t:seg", NS).get("type") == "classification"


def closers(result) -> list[list[str]]:
    return [[" ".join("".join(signed.itertext()).split()) for signed in closer.iterfind("t:signed", NS)]
            for closer in result.tree.iterfind(".//t:closer", NS)]


def test_a_translators_credit_is_the_records_words_not_a_signatory():
    """"Translated by Oldřich Tůma." under the record had been a signature and a person "#oldrich-tuma"; and inside
    the last turn, no one's. "Translated by A. Smith" with no full stop is still a signature's label."""
    result = encoded("Comrade Ulbricht reported on the conference.\n\nComrade Honecker explained the plan.\n\n"
                     "Translated by Oldřich Tůma.\n")
    assert people(result) == {"ulbricht", "honecker"}
    assert closers(result) == []
    assert body_children(result)[-1] == ("p", "Translated by Oldřich Tůma.")
    result = encoded("Comrade Ulbricht reported on the conference.\n\nTranslated by A. Smith\n")
    assert closers(result) == [["Translated by A. Smith"]]


def test_a_surname_alone_over_a_rank_signs_a_report():
    """"Mielke" / "Colonel General" under the last paragraph had been a paragraph."""
    result = encoded("The information must not be used publicly, in order to protect\nthe source.\n\n"
                     "Mielke\nColonel General\n")
    assert closers(result) == [["Mielke Colonel General"]]
    assert result.tree.find(".//t:closer//t:persName", NS).get("ref") == "#mielke"


def test_an_office_of_seven_words_over_the_signatorys_name():
    """"Ambassador of the USSR in the PRC" / "P. Yudin": an office of more than six words had left it a paragraph,
    words of the last turn."""
    result = encoded("Mao Zedong said that the question was a political one.\n\n"
                     "I consider it expedient that Comrade Khrushchev himself go to\nBeijing.\n\n"
                     "Ambassador of the USSR in the PRC\nP. Yudin\n")
    assert closers(result) == [["Ambassador of the USSR in the PRC P. Yudin"]]
    assert people(result) == {"mao-zedong", "yudin"}
