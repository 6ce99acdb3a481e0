"""Cold War records (second group): participants' groups and chairs, offices named again, ids of names written in
letters Unicode does not decompose, header dates and a letterhead's lines."""

from __future__ import annotations

from encoded import NS, XML_ID, checked


def encoded(text: str):
    result = checked(text)
    people = [p.get(XML_ID) for p in result.tree.iterfind(".//t:particDesc//t:person", NS)]
    turns = [(sp.get("who"), sp.findtext("t:speaker", namespaces=NS)) for sp in result.tree.iterfind(".//t:sp", NS)]
    return result, people, turns


def test_a_name_written_with_a_letter_that_has_no_decomposition_is_folded_in_its_id():
    """"Comrade W. Gomułka (Poland):" is "#gomulka" as "Comrade J. Kádár" is "#kadar" (its "ł", no accent
    Unicode takes apart, had been kept: "#gomułka")."""
    text = ("Comrade W. Gomułka (Poland): We agree with the proposal.\n\n"
            "Comrade J. Kádár (Hungary): We agree.\n\n"
            "Comrade W. Gomułka (Poland): Then it is settled.\n\n"
            "Comrade Đilas: And Støre, Æsgård and Þórsson agree.\n")
    _, people, turns = encoded(text)
    assert people == ["gomulka", "kadar", "dilas"]
    assert [who for who, _ in turns] == ["#gomulka", "#kadar", "#gomulka", "#dilas"]


def test_an_office_of_two_words_alone_is_the_holder_named_with_it_before():
    """"Deputy Minister Winiewicz replied …" then "The Deputy Minister noted …": one person, as "Ambassador Gregor"
    and "The Ambassador" are (the office of two words had been a person "#deputy-minister")."""
    text = ("Deputy Minister Winiewicz replied that the press expresses the views of the public.\n\n"
            "Ambassador Gregor said that the statement had been condemned.\n\n"
            "The Deputy Minister noted that a meeting would be welcome.\n\n"
            "The Ambassador answered that he had no instructions.\n")
    _, people, turns = encoded(text)
    assert people == ["winiewicz", "gregor"]
    assert turns == [("#winiewicz", "Deputy Minister Winiewicz"), ("#gregor", "Ambassador Gregor"),
                     ("#winiewicz", "The Deputy Minister"), ("#gregor", "The Ambassador")]


def test_a_chancellor_listed_with_his_office_is_the_chancellor_who_speaks():
    """"Chancellor Konrad Adenauer" among the participants, then "The Chancellor said …": his turns (the office had
    been a person "#chancellor" of its own, and the listed one "#chancellor-konrad-adenauer")."""
    text = ("MEMORANDUM OF CONVERSATION\n\nPARTICIPANTS:\nThe President\nChancellor Konrad Adenauer\n"
            "Mr. Heinz Weber, Interpreter\n\n"
            "The President said that he welcomed the Chancellor.\n\n"
            "The Chancellor said that he was grateful for the invitation.\n\n"
            "The Chancellor replied that it was serious.\n")
    _, people, turns = encoded(text)
    assert people == ["president", "konrad-adenauer", "heinz-weber"]
    assert [who for who, _ in turns] == ["#president", "#konrad-adenauer", "#konrad-adenauer"]


def listed_items(result):
    return [("".join(item.itertext()), [(name.text, name.get("ref")) for name in item.iterfind(".//t:persName", NS)])
            for item in result.tree.iterfind(".//t:list[@type='participants']/t:item", NS)]


def test_a_groups_label_in_a_participants_list_is_no_one_and_its_members_are_named():
    """"Members of the Politburo: Comrades Ulbricht, Ebert" under "Participants:": the label's words no one's, the
    names after it each a person (the labels had been persons "#members-of-the-politburo", "#candidates", "#from",
    and the names after the first no one's)."""
    text = ("Participants:\nMembers of the Politburo: Comrades Ulbricht, Ebert, Grotewohl\n"
            "Candidates: Comrades Hager, Mewis\nFrom the Central Committee: Comrade Axen\n\n"
            "Comrade Ulbricht: I open the meeting.\n\nComrade Hager: Agreed.\n")
    result, people, turns = encoded(text)
    assert people == ["ulbricht", "ebert", "grotewohl", "hager", "mewis", "axen"]
    assert listed_items(result) == [
        ("Members of the Politburo: Comrades Ulbricht, Ebert, Grotewohl",
         [("Ulbricht", "#ulbricht"), ("Ebert", "#ebert"), ("Grotewohl", "#grotewohl")]),
        ("Candidates: Comrades Hager, Mewis", [("Hager", "#hager"), ("Mewis", "#mewis")]),
        ("From the Central Committee: Comrade Axen", [("Comrade Axen", "#axen")])]
    assert [who for who, _ in turns] == ["#ulbricht", "#hager"]


def test_a_side_phrase_and_an_interpreters_label_inside_a_running_list():
    """"…; on the Soviet side, Counsellor" / "S. F. Antonov. Interpreter: Shi Zhe.": the side no one (it had been a
    person "#soviet"), the counsellor's office and his name one item across the line's end (the office had been left
    at the end of one item, the name another's), the interpreter named after the label (he had been no one)."""
    text = ("Present: Liu Shaoqi, Zhou Enlai; on the Soviet side, Counsellor\nS. F. Antonov. Interpreter: Shi Zhe.\n\n"
            "Mao Zedong: I have read the materials.\n\nLiu Shaoqi: The editorial is being written.\n\n"
            "Mao Zedong: Good.\n\nLiu Shaoqi: It will be ready tomorrow.\n")
    result, people, turns = encoded(text)
    assert people == ["liu-shaoqi", "zhou-enlai", "antonov", "shi-zhe", "mao-zedong"]
    assert listed_items(result) == [
        ("Liu Shaoqi, Zhou Enlai; on the Soviet side, Counsellor S. F. Antonov. Interpreter: Shi Zhe.",
         [("Liu Shaoqi", "#liu-shaoqi"), ("Zhou Enlai", "#zhou-enlai"), ("Counsellor S. F. Antonov", "#antonov"),
          ("Shi Zhe", "#shi-zhe")])]
    assert [who for who, _ in turns] == ["#mao-zedong", "#liu-shaoqi", "#mao-zedong", "#liu-shaoqi"]


def test_a_chaired_line_names_the_chair_among_the_participants():
    """"Chaired: Comrade N. S. Khrushchev." is read as "Present:" is, a list naming him, and "The Chairman" after it
    is his (the line had been a paragraph, Khrushchev no one)."""
    text = ("Chaired: Comrade N. S. Khrushchev.\n\nPresent: Comrades Bulganin, Mikoyan, Molotov.\n\n"
            "Comrade Bulganin: I support this.\n\nThe Chairman: It is premature.\n")
    result, people, turns = encoded(text)
    assert people == ["khrushchev", "bulganin", "mikoyan", "molotov"]
    heads = [head.text for head in result.tree.iterfind(".//t:list[@type='participants']/t:head", NS)]
    assert heads == ["Chaired:", "Present:"]
    assert listed_items(result)[0] == ("Comrade N. S. Khrushchev.", [("Comrade N. S. Khrushchev", "#khrushchev")])
    assert [who for who, _ in turns] == ["#bulganin", "#khrushchev"]


def header_date(result):
    date = result.tree.find(".//t:profileDesc/t:creation/t:date", NS)
    return date.text, {key: date.get(key) for key in ("when", "from", "to") if date.get(key)}


def test_a_dateline_with_the_day_first_in_figures_is_the_records_date():
    """"Berlin, 21.09.1983" is the record's dateline and date (it had been a paragraph, and the header had taken the
    last day of the range a sentence of the body states, "from 7 to 11 November 1983")."""
    text = ("Ministry for State Security\n\nBerlin, 21.09.1983\n\n"
            "Information No. 412/83 about the exercise\n\n"
            "The exercise will take place from 7 to 11 November 1983.\n")
    result, _, _ = encoded(text)
    assert result.tree.findtext(".//t:opener/t:dateline", namespaces=NS) == "Berlin, 21.09.1983"
    assert header_date(result) == ("21 September 1983", {"when": "1983-09-21"})


def test_a_date_a_sentence_states_is_the_records_only_where_no_line_of_its_head_states_one():
    """A short sentence's date is the record's where nothing else dates it; a dateline after it is preferred."""
    sentence = "The talks were held on 3 March 1960 in the Kremlin and went on late into the night."
    text = f"Note\n\n{sentence}\n\nKhrushchev said that he agreed.\n"
    assert header_date(encoded(text)[0]) == ("3 March 1960", {"when": "1960-03-03"})
    dated = f"Note\n\n{sentence}\n\nThe others agreed with it.\n\nMoscow, 4 March 1960\n"
    assert header_date(encoded(dated)[0])[1] == {"when": "1960-03-04"}


def test_the_days_of_a_meeting_are_its_dates_from_and_to():
    """"Bucharest, 24-26 May 1958" in the title: the header's date runs from the 24th to the 26th (it had been
    when="1958-05-26", the last day alone); "May 24-26, 1958" too."""
    text = ("Minutes of the Meeting of the Political Consultative Committee,\nBucharest, 24-26 May 1958\n\n"
            "Comrade Khrushchev: Dear comrades, we propose to reduce the forces.\n\n"
            "Comrade Ulbricht: The GDR supports this.\n")
    assert header_date(encoded(text)[0]) == ("24–26 May 1958", {"from": "1958-05-24", "to": "1958-05-26"})
    american = text.replace("24-26 May 1958", "May 24-26, 1958")
    assert header_date(encoded(american)[0]) == ("24–26 May 1958", {"from": "1958-05-24", "to": "1958-05-26"})


def test_read_date_reads_figures_day_first_and_ranges_in_one_month():
    from tei.dates import read_date, spelled_date
    assert read_date("Praha, dne 5. 3. 1968") == "1968-03-05"
    assert read_date("from 7 to 11 November 1983") == "1983-11-07/1983-11-11"
    assert read_date("26-24 May 1958") == "1958-05-24"  # (no range backwards: the day written last)
    assert read_date("No. 2/44/68/IV") is None
    assert spelled_date("1958-05-24/1958-05-26") == "24–26 May 1958"
    assert spelled_date("1958-05-24/1958-06-02") == "24 May 1958 – 2 June 1958"


def test_a_reference_number_under_the_date_is_the_openers_and_the_classification_after_it():
    """A ministry's letterhead and its department ("MINISTRY OF FOREIGN AFFAIRS OF THE POLISH PEOPLE'S REPUBLIC" /
    "Department IV"), "Warsaw, 14 June 1968" / "No. 2/44/68/IV", then "Top Secret" / "Copy No. 3": the letterhead,
    then the dateline, the file's number and the classification, each in the opener (the letterhead had been a
    paragraph, the date and the number one paragraph, and the classification a paragraph after them)."""
    text = ("MINISTRY OF FOREIGN AFFAIRS OF THE POLISH PEOPLE'S REPUBLIC\nDepartment IV\n\n"
            "Warsaw, 14 June 1968\nNo. 2/44/68/IV\n\nTop Secret\nCopy No. 3\n\n"
            "Ambassador Gregor came at his own request.\n")
    result, _, _ = encoded(text)
    letterhead = result.tree.find(".//t:body//t:fw[@type='letterhead']", NS)
    assert "".join(letterhead.itertext()) == "MINISTRY OF FOREIGN AFFAIRS OF THE POLISH PEOPLE'S REPUBLICDepartment IV"
    opener = result.tree.find(".//t:opener", NS)
    assert [(child.tag.split("}")[1], child.get("type"), child.text) for child in opener] == [
        ("dateline", None, "Warsaw, 14 June 1968"), ("idno", "reference", "No. 2/44/68/IV"),
        ("seg", "classification", "Top Secret Copy No. 3")]
    assert [p.text for p in result.tree.iterfind(".//t:body//t:p", NS)] == [
        "Ambassador Gregor came at his own request."]
    assert header_date(result)[1] == {"when": "1968-06-14"}
    from tei.render import render_text
    assert "No. 2/44/68/IV Top Secret Copy No. 3" in render_text(result.tree, diplomatic=True)
