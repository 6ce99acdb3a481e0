"""Signatures at a record's foot read as its closing: a blank to sign on after "Signed" with no colon, a rule to sign
on over the signatory's name and office, and signatories who write an abbreviated rank after their names."""

from __future__ import annotations

import pytest
from encoded import NS, body_children, checked, flat

CLOSED = "The meeting closed at 9 p.m."


def _signed(result) -> list[tuple[str | None, str, list[tuple[str, str]]]]:
    """Each signatory of the closing: its label, its words, and the names in it with whom they point at."""
    return [(None if (label := signed.find("t:label", NS)) is None else label.text, flat(signed),
             [(name.text, name.get("ref")) for name in signed.iterfind("t:persName", NS)])
            for signed in signed_of(result)]


def signed_of(result):
    closers = result.tree.findall(".//t:body/t:div/t:closer", NS)
    assert len(closers) == 1  # the closing the division's, outside any turn
    assert result.tree.find(".//t:sp//t:closer", NS) is None
    return closers[0].findall("t:signed", NS)


# -- "Signed ........ Chair" / "Date ........"

SIGNED_DOTTED = ("MINUTES OF A MEETING OF THE BOARD OF DIRECTORS\n\n"
                 "The Chair welcomed members. There was no other business.\n\n"
                 "Signed ........................................ Chair\n\n"
                 "Date ..........................................\n")


def test_signed_on_dots_with_no_colon_is_the_closing_outside_the_chairs_turn():
    """It had been two paragraphs of the Chair's turn."""
    result = checked(SIGNED_DOTTED)
    assert [tag for tag, _ in body_children(result)] == ["head", "sp", "closer"]
    sp = result.tree.find(".//t:sp", NS)
    assert [flat(p) for p in sp.iterfind("t:p", NS)] == ["welcomed members. There was no other business."]
    assert _signed(result) == [("Signed", "Signed ........................................ Chair", []),
                               ("Date", "Date ..........................................", [])]


def test_signed_on_dots_under_the_last_paragraph_leaves_it_a_paragraph():
    result = checked(f"MINUTES OF A MEETING\n\n{CLOSED}\n\nSigned ................ Chair\n"
                     "Date ................\n")
    assert body_children(result) == [("head", "MINUTES OF A MEETING"), ("p", CLOSED),
                                     ("closer", "Signed ................ Chair Date ................")]
    assert [label for label, _, _ in _signed(result)] == ["Signed", "Date"]
    # (on a rule so: "Signed ________ Chair")
    ruled = checked(f"MINUTES OF A MEETING\n\n{CLOSED}\n\nSigned ______________ Chair\n")
    assert body_children(ruled)[1:] == [("p", CLOSED), ("closer", "Signed ______________ Chair")]


def test_signed_in_a_sentence_is_no_closing():
    result = checked(f"MINUTES OF A MEETING\n\n{CLOSED}\n\nSigned and sealed by the members present.\n")
    assert result.tree.find(".//t:closer", NS) is None
    assert body_children(result)[-1] == ("p", "Signed and sealed by the members present.")


# -- a rule to sign on, the signatory's name and office under it

RULED = ("BOARD OF EDUCATION - REGULAR MEETING MINUTES\n\n"
         "President Farrow: The meeting is adjourned.\n\n"
         "_______________________________\n"
         "Martha Klinger, Clerk of the Board\n")


def test_a_rule_over_name_and_office_is_the_closing_the_rule_kept():
    """It had been one paragraph of Farrow's turn, "_____ Martha Klinger, Clerk of the Board"."""
    result = checked(RULED)
    assert [tag for tag, _ in body_children(result)] == ["head", "sp", "closer"]
    sp = result.tree.find(".//t:sp", NS)
    assert (sp.get("who"), [flat(p) for p in sp.iterfind("t:p", NS)]) == ("#farrow", ["The meeting is adjourned."])
    assert _signed(result) == [(None, "_______________________________ Martha Klinger, Clerk of the Board",
                                [("Martha Klinger", "#martha-klinger")])]


@pytest.mark.parametrize("signature", [
    "_______________\nMartha Klinger, Clerk of the Board",
    "_______________\n\nMartha Klinger, Clerk of the Board",  # (the rule a block of its own)
    "...............\nMartha Klinger, Clerk of the Board",
])
def test_a_rule_over_a_signatory_under_the_last_paragraph_leaves_it_a_paragraph(signature):
    result = checked(f"MINUTES\n\n{CLOSED}\n\n{signature}\n")
    rule = signature.split("\n")[0]
    assert body_children(result) == [("head", "MINUTES"), ("p", CLOSED),
                                     ("closer", f"{rule} Martha Klinger, Clerk of the Board")]
    assert _signed(result)[0][2] == [("Martha Klinger", "#martha-klinger")]


def test_a_rule_over_each_of_two_signatories():
    result = checked(f"MINUTES\n\n{CLOSED}\n\n_______________\nM. Klinger, Clerk\n"
                     "_______________\nJ. Farrow, President\n")
    assert _signed(result) == [(None, "_______________ M. Klinger, Clerk", [("M. Klinger", "#klinger")]),
                               (None, "_______________ J. Farrow, President", [("J. Farrow", "#farrow")])]


def test_a_rule_alone_or_over_a_sentence_is_no_closing():
    for tail in ("_______________", "_______________\nThe end of it all."):
        result = checked(f"MINUTES\n\n{CLOSED}\n\n{tail}\n")
        assert result.tree.find(".//t:closer", NS) is None
        assert body_children(result)[-1] == ("p", " ".join(tail.split("\n")))


# -- a rank abbreviated after the name and its comma

RANKED = ("No. 3 Wireless Unit - Intercept Log\n\n"
          "Remarks: Signals from DKW bearing 067 from HILLTOP. Fix forwarded.\n\n"
          "W. Drummond, Sgt.\n"
          "R. Ennis, Cpl.\n")


def test_signatories_with_abbreviated_ranks_are_the_closing():
    """They had been one paragraph, "W. Drummond, Sgt. R. Ennis, Cpl."."""
    result = checked(RANKED)
    assert [tag for tag, _ in body_children(result)] == ["head", "p", "closer"]
    assert body_children(result)[1] == ("p", "Remarks: Signals from DKW bearing 067 from HILLTOP. Fix forwarded.")
    assert _signed(result) == [(None, "W. Drummond, Sgt.", [("W. Drummond", "#drummond")]),
                               (None, "R. Ennis, Cpl.", [("R. Ennis", "#ennis")])]


@pytest.mark.parametrize("ranks", [("Sgt.", "Cpl."), ("Sergeant", "Lance Corporal"), ("Lt. Col.", "Capt.")])
def test_ranked_signatories_under_the_last_paragraph_leave_it_a_paragraph(ranks):
    result = checked(f"LOG\n\n{CLOSED}\n\nW. Drummond, {ranks[0]}\nR. Ennis, {ranks[1]}\n")
    assert body_children(result) == [("head", "LOG"), ("p", CLOSED),
                                      ("closer", f"W. Drummond, {ranks[0]} R. Ennis, {ranks[1]}")]
    assert [names for _, _, names in _signed(result)] == [[("W. Drummond", "#drummond")], [("R. Ennis", "#ennis")]]


def test_a_rank_in_a_sentence_is_no_signatory():
    result = checked(f"LOG\n\n{CLOSED}\n\nW. Drummond, Sgt., reported the fix.\n")
    assert result.tree.find(".//t:closer", NS) is None
