"""A paragraph under a turn that is the record's, not the speaker's going on: another person's doing, the body's
decision, the source line, who else was there (Cold War records of conversation and protocols in translation)."""

from __future__ import annotations

from encoded import NS, checked


def encoded(text: str):
    return checked(text)


def body(result) -> list[tuple[str, str, list[str]]]:
    """The record's blocks in order: (tag, who for a turn, the texts of a turn's blocks or the block's own text)."""
    out = []
    for div in result.tree.iterfind(".//t:body/t:div", NS):
        for child in div:
            tag = child.tag.split("}")[1]
            if tag == "sp":
                texts = [" ".join("".join(part.itertext()).split()) for part in child if part.tag.split("}")[1] != "speaker"]
                out.append((tag, child.get("who"), texts))
            else:
                out.append((tag, "", [" ".join("".join(child.itertext()).split())]))
    return out


def test_another_persons_doing_after_a_reported_turn_is_the_records():
    """"Zorin then turned to …", "Petrov and Volkov led Zorin away …" under "Halloran answered that …": the record's
    narrative, not Halloran's words (they had been the rest of his turn)."""
    result = encoded("Halloran answered that his country would not be anyone's servant.\n\n"
                     "Zorin then turned to the Ambassador and said: \"Tell your capital what you saw.\"\n\n"
                     "Petrov and Volkov led Zorin away to another room.\n")
    assert body(result) == [
        ("sp", "#halloran", ["answered that his country would not be anyone's servant."]),
        ("p", "", ["Zorin then turned to the Ambassador and said: \"Tell your capital what you saw.\""]),
        ("p", "", ["Petrov and Volkov led Zorin away to another room."])]


def test_an_office_declining_under_another_speakers_turn():
    """"The Ambassador declined." under "The Secretary observed …": the Ambassador's doing, the record's paragraph;
    the Ambassador's own words after it his turn."""
    result = encoded("The Secretary observed that the photographs were clear.\n\n"
                     "The Ambassador declined.\n\n"
                     "Ambassador Karlsen said that he had no instructions.\n")
    assert body(result) == [
        ("sp", "#secretary", ["observed that the photographs were clear."]),
        ("p", "", ["The Ambassador declined."]),
        ("sp", "#karlsen", ["said that he had no instructions."])]


def test_the_speakers_own_going_on_stays_in_the_turn():
    """"He added …", the speaker named again ("Liu then left …"), a speaking verb's paragraph (the other's turn) and
    a state's doing ("China declined …") are not the record's narrative."""
    result = encoded("Ambassador Liu replied that he would report to his capital.\n\n"
                     "He added that his party stood by its friends.\n\n"
                     "China declined to sign the communique.\n\n"
                     "Liu then left the hall.\n\n"
                     "Zorin then said that the matter was closed.\n\n"
                     "Liu declined to answer.\n")
    assert body(result) == [
        ("sp", "#liu", ["replied that he would report to his capital.", "He added that his party stood by its friends.",
                        "China declined to sign the communique.", "Liu then left the hall."]),
        ("sp", "#zorin", ["then said that the matter was closed."]),
        ("p", "", ["Liu declined to answer."])]


def test_a_verbatim_turns_words_naming_another_go_on():
    """Under a label's turn the words are the speaker's own: "Zorin left us no choice." stays in it (only a turn that
    a verb of speaking opened is narrated)."""
    result = encoded("Comrade Halloran: We waited for an answer.\n\n"
                     "Zorin left us no choice.\n\n"
                     "Comrade Zorin: That is not so.\n")
    assert body(result) == [
        ("sp", "#halloran", ["We waited for an answer.", "Zorin left us no choice."]),
        ("sp", "#zorin", ["That is not so."])]


def test_the_bodys_decision_with_its_names_words_closes_the_turn():
    """"The Political Committee decided to propose …:" and the list under it, after a member's turn: the body's
    decision (the words before "Committee" had kept the decision rule from it, and it had been the member's)."""
    result = encoded("Comrade Varga: There is something in what he says.\n\n"
                     "The Political Committee decided to propose to the Central\nCommittee:\n"
                     "1. to release Comrade Toth from his functions;\n2. to elect Comrade Nagy as Secretary.\n")
    assert body(result) == [
        ("sp", "#varga", ["There is something in what he says."]),
        ("p", "", ["The Political Committee decided to propose to the Central Committee:"]),
        ("list", "", ["1. to release Comrade Toth from his functions; 2. to elect Comrade Nagy as Secretary."])]


def test_a_source_line_and_who_else_was_there_close_the_turn():
    """An unbracketed "Source: …" and "Present at the conversation: …" under the last turn: the record's lines (they
    had been the last speaker's words)."""
    result = encoded("Lindqvist said that every hour counted.\n\n"
                     "Okafor thanked the Minister and said he would report.\n\n"
                     "Present at the conversation: B. Kettle, interpreter.\n\n"
                     "Source: State Archive, fond 12, file 3.\n")
    assert body(result) == [
        ("sp", "#lindqvist", ["said that every hour counted."]),
        ("sp", "#okafor", ["thanked the Minister and said he would report."]),
        ("p", "", ["Present at the conversation: B. Kettle, interpreter."]),
        ("p", "", ["Source: State Archive, fond 12, file 3."])]
