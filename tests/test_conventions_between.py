"""The record's own lines between the turns, not the last speaker's words: a clock time in brackets alone on its
line ("[14:02]"), where the tape ends ("Tape ends."), a note under its writer's label ("Operator's note: …"),
someone coming into the meeting ("KM joined the meeting."), and a decision's lead-in on the line above it ("After
discussion, it was" / "RESOLVED THAT …")."""

from __future__ import annotations

from encoded import NS, body_children, checked, flat, turns, whos

from tei.speakers import match_turn_start


def _sp_paragraphs(result) -> list[tuple[str, list[str]]]:
    """Each turn's @who and the words of each of its paragraphs."""
    return [(sp.get("who"), [flat(p) for p in sp.iterfind("t:p", NS)]) for sp in result.tree.iterfind(".//t:sp", NS)]


_PACE = """RECORD OF TAPED INTERVIEW

[14:02]
DC HUGHES: This interview is being tape recorded.
FOWLES: Yeah.

[14:05]
DC HUGHES: Where were you on the night of the 29th?
FOWLES: No comment.
"""


def test_a_bracketed_clock_time_alone_is_a_time_between_the_turns():
    result = checked(_PACE)
    assert body_children(result) == [
        ("head", "RECORD OF TAPED INTERVIEW"), ("p", "14:02"),
        ("sp", "DC HUGHES: This interview is being tape recorded."), ("sp", "FOWLES: Yeah."), ("p", "14:05"),
        ("sp", "DC HUGHES: Where were you on the night of the 29th?"), ("sp", "FOWLES: No comment.")]
    stamps = result.tree.findall(".//t:body//t:seg[@type='timestamp']", NS)
    assert [(seg.getparent().tag.split("}")[1], seg.get("ana"), [(t.get("when"), t.text) for t in seg])
            for seg in stamps] == [("p", "#conv-clock-time", [("14:02:00", "14:02")]),
                                   ("p", "#conv-clock-time", [("14:05:00", "14:05")])]
    assert not result.tree.findall(".//t:body//t:supplied", NS)
    assert _sp_paragraphs(result)[1] == ("#fowles", ["Yeah."])  # (the time had been Fowles's paragraph)
    assert [i.get("n") for i in result.tree.iterfind(".//t:interpretation", NS)].count("clock-time") == 1


def test_a_clock_time_inside_a_speech_stays_in_it_and_inside_a_sentence_is_words_supplied():
    result = checked("RECORD OF TAPED INTERVIEW\n\nDC HUGHES: Where were you?\nFOWLES: Yeah.\n"
                     "DC HUGHES: And then?\nFOWLES: I went to the pub and then\n\n[14:05]\n\n"
                     "I went home after that.\nDC HUGHES: We met at [10:30] and left.\nFOWLES: Right.\n")
    assert _sp_paragraphs(result)[3] == ("#fowles", ["I went to the pub and then", "14:05", "I went home after that."])
    seg = result.tree.find(".//t:sp[4]/t:p[2]/t:seg", NS)
    assert seg.get("type") == "timestamp" and seg.find("t:time", NS).get("when") == "14:05:00"
    supplied = result.tree.find(".//t:sp[5]//t:supplied", NS)
    assert supplied is not None and flat(supplied) == "10:30"


def test_tape_ends_without_brackets_is_the_records_line_after_the_turn():
    result = checked("RECORD OF TAPED INTERVIEW\n\nDC HUGHES: Where were you on the night of the 29th?\n"
                     "FOWLES: No comment.\nDC HUGHES: The time is 14:31 and this interview is concluded.\n\n"
                     "Tape ends.\n")
    assert body_children(result)[-2:] == [
        ("sp", "DC HUGHES: The time is 14:31 and this interview is concluded."), ("p", "Tape ends.")]
    assert _sp_paragraphs(result)[-1] == ("#hughes", ["The time is 14:31 and this interview is concluded."])


def test_tape_turning_over_without_brackets_between_the_turns():
    result = checked("RECORD OF TAPED INTERVIEW\n\nDC HUGHES: Where were you?\nFOWLES: No comment.\n"
                     "DC HUGHES: Nothing?\nFOWLES: Yes.\n\nTape 1 ends.\n\nTape 2 begins.\n\n"
                     "DC HUGHES: Fine.\nFOWLES: Yes.\n")
    assert body_children(result)[4:8] == [("sp", "FOWLES: Yes."), ("p", "Tape 1 ends."), ("p", "Tape 2 begins."),
                                          ("sp", "DC HUGHES: Fine.")]


def test_words_with_no_label_under_the_tape_turning_over_go_on_the_turn_above_it():
    result = checked("RECORD OF TAPED INTERVIEW\n\nDC HUGHES: Where were you?\nFOWLES: No comment.\n"
                     "DC HUGHES: Nothing?\nFOWLES: I went to the pub and\n\nTape 1 ends.\n\nTape 2 begins.\n\n"
                     "then I went home.\nDC HUGHES: Fine.\n")
    assert _sp_paragraphs(result)[3] == (
        "#fowles", ["I went to the pub and", "Tape 1 ends.", "Tape 2 begins.", "then I went home."])


def test_an_operators_note_is_the_records_paragraph_between_the_log_entries():
    result = checked("Intercept Log\n\n0612   DKW     Calling QZA. QRK? K\n0613   QZA     QRK 4. Go ahead. K\n"
                     "0710   QZA     Answers DKW. Strength 2. Says \"ZZZ 1810\".\n\n"
                     "Operator's note: ZZZ may be a new call sign. Passed to Intelligence at 0730.\n\n"
                     "0845   DKW     Calling QZA. QRV? K\n")
    assert whos(result) == ["#dkw", "#qza", "#qza", "#dkw"]
    assert _sp_paragraphs(result)[2] == ("#qza", ['Answers DKW. Strength 2. Says "ZZZ 1810".'])
    assert body_children(result)[4][0] == "p"
    assert body_children(result)[4][1].startswith("Operator's note: ZZZ may be a new call sign.")


def test_an_editors_note_unbracketed_leaves_the_turn_above_it():
    result = checked("RECORD OF TAPED INTERVIEW\n\nDC HUGHES: Where were you?\nFOWLES: No comment.\n\n"
                     "Editor's note: the tape is damaged here.\n\nDC HUGHES: Anything else?\nFOWLES: No.\n")
    assert _sp_paragraphs(result)[1] == ("#fowles", ["No comment."])
    assert ("p", "Editor's note: the tape is damaged here.") in body_children(result)


_BOARD = """MINUTES OF A MEETING OF THE BOARD OF DIRECTORS

Present: Joanna Sutcliffe, Chief Executive (JS); Katie Morrow, Head of Regulation (KM)

KM joined the meeting.

KM summarised the regulator's feedback on the draft plan.

KM left the meeting.
"""


def test_someone_joining_the_meeting_is_never_a_turn():
    result = checked(_BOARD)
    assert turns(result) == [("#katie-morrow", "KM", "summarised the regulator's feedback on the draft plan.")]
    assert body_children(result)[2:] == [
        ("p", "KM joined the meeting."), ("sp", "KM summarised the regulator's feedback on the draft plan."),
        ("p", "KM left the meeting.")]


def test_coming_into_the_meeting_is_no_turns_shape():
    assert match_turn_start("KM joined the meeting.") is None
    assert match_turn_start("JS returned to the meeting at 11.15 a.m.") is None
    assert match_turn_start("KM rejoined the meeting.") is None
    start = match_turn_start("KM summarised the regulator's feedback.")
    assert (start.key, start.shape) == ("KM", "verb")
    start = match_turn_start("JS returned to the question of the budget.")
    assert (start.key, start.shape) == ("JS", "verb")


def test_coming_and_going_between_the_turns_is_the_records():
    result = checked("MINUTES OF A MEETING OF THE BOARD OF DIRECTORS\n\nPresent: Joanna Sutcliffe, Chief Executive "
                     "(JS); Katie Morrow, Head of Regulation (KM)\n\nJS said the plan was late.\n\n"
                     "KM joined the meeting.\n\nKM summarised the regulator's feedback.\n\n"
                     "JS returned to the meeting at 11.15 a.m.\n\nKM rejoined the meeting.\n\n"
                     "KM entered the meeting.\n\n"
                     "KM arrived at the meeting.\n\nJS said the board would meet again.\n")
    assert whos(result) == ["#joanna-sutcliffe", "#katie-morrow", "#joanna-sutcliffe"]
    assert _sp_paragraphs(result)[:2] == [("#joanna-sutcliffe", ["said the plan was late."]),
                                          ("#katie-morrow", ["summarised the regulator's feedback."])]
    assert [text for tag, text in body_children(result) if tag == "p"] == [
        "KM joined the meeting.", "JS returned to the meeting at 11.15 a.m.", "KM rejoined the meeting.",
        "KM entered the meeting.", "KM arrived at the meeting."]


def test_a_decisions_lead_in_over_a_blank_line_is_one_paragraph_of_the_records():
    result = checked("MINUTES OF A MEETING OF THE BOARD OF DIRECTORS\n\n"
                     "Present: Tom Whiteley, Finance Director (TW)\n\n"
                     "TW said the scheme could not be financed without a rights issue.\n\nAfter discussion, it was\n\n"
                     "RESOLVED THAT the draft business plan be approved for submission.\n")
    assert _sp_paragraphs(result) == [
        ("#tom-whiteley", ["said the scheme could not be financed without a rights issue."])]
    assert body_children(result)[-1] == (
        "p", "After discussion, it was RESOLVED THAT the draft business plan be approved for submission.")


def test_a_decisions_lead_in_on_the_line_above_is_the_records_too():
    result = checked("MINUTES OF A MEETING OF THE BOARD OF DIRECTORS\n\n"
                     "Present: Tom Whiteley, Finance Director (TW)\n\n"
                     "TW said the scheme could not be financed without a rights issue.\n\nAfter discussion, it was\n"
                     "RESOLVED THAT the draft business plan be approved for submission.\n")
    assert _sp_paragraphs(result) == [
        ("#tom-whiteley", ["said the scheme could not be financed without a rights issue."])]
    assert body_children(result)[-1] == (
        "p", "After discussion, it was RESOLVED THAT the draft business plan be approved for submission.")


def test_a_speakers_own_it_was_over_a_resolution_is_not_joined_to_it():
    result = checked("MINUTES OF A MEETING OF THE BOARD OF DIRECTORS\n\n"
                     "Present: Tom Whiteley, Finance Director (TW)\n\n"
                     "TW said the scheme could not be financed and that it was\n\n"
                     "RESOLVED THAT the draft business plan be approved for submission.\n")
    assert body_children(result)[-1] == ("p", "RESOLVED THAT the draft business plan be approved for submission.")


def test_a_speaker_who_says_he_left_the_meeting_keeps_his_turn():
    # (the review's: a label before "I left the meeting …" had made the record's paragraph of it, the turn lost)
    result = checked("Hearing\n\nMr. SMITH. Good morning.\n\nSenator JONES. I left the meeting early because I was "
                     "ill.\n\nMr. SMITH. Thank you.\n\nSenator JONES. Good.\n")
    assert [who for who, _, _ in turns(result)] == ["#smith", "#jones", "#smith", "#jones"]
    assert turns(result)[1][2] == "I left the meeting early because I was ill."
