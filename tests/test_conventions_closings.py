"""Closings read at a record's end: the office that signs a telegram (over its date, or named in the title as its
sender), and a memorandum's signatory over its distribution line ("Sent to: …", "Copy to: …", "cc: …")."""

from __future__ import annotations

import pytest
from encoded import NS, body_children, checked

TELEGRAM = ("Telegram from the Embassy in the Soviet Union to the Department of State\n\n"
            "Moscow, November 11, 1960.\n\n"
            "1. Khrushchev received me today for an hour.\n\n"
            "2. He said that the Soviet Union wanted better relations with the new administration.\n\n")

MEMORANDUM = ("MEMORANDUM FOR THE RECORD\n\n"
              "1. The meeting opened at ten o'clock.\n\n"
              "2. It was agreed that the paper would be revised.\n\n")


def bottom(result, count: int) -> list[tuple[str, str]]:
    """The record's last ``count`` blocks: each one's name and words."""
    return body_children(result)[-count:]


def signed_names(result) -> list[tuple[str, str]]:
    """The names in the closing's signatures, as written, and whom each points at."""
    return [(name.text, name.get("ref")) for name in result.tree.iterfind(".//t:closer/t:signed/t:persName", NS)]


# -- the office that signs a telegram


def test_office_over_its_date_is_the_closing():
    result = checked(TELEGRAM + "Embassy in the Soviet Union\n11 November 1960\n")
    assert bottom(result, 3) == [
        ("p", "2. He said that the Soviet Union wanted better relations with the new administration."),
        ("closer", "Embassy in the Soviet Union"),
        ("dateline", "11 November 1960")]
    assert signed_names(result) == [("Embassy in the Soviet Union", "#embassy-in-the-soviet-union")]


def test_office_over_its_date_a_blank_line_between():
    result = checked(TELEGRAM + "Embassy in the Soviet Union\n\n11 November 1960\n")
    assert bottom(result, 2) == [("closer", "Embassy in the Soviet Union"), ("dateline", "11 November 1960")]


def test_office_with_its_place_after_a_comma_is_no_place_of_the_date():
    # (it had been the date's place: one dateline "American Embassy, Bonn 11 November 1960")
    result = checked(TELEGRAM + "American Embassy, Bonn\n11 November 1960\n")
    assert bottom(result, 2) == [("closer", "American Embassy, Bonn"), ("dateline", "11 November 1960")]
    assert signed_names(result) == [("American Embassy, Bonn", "#american-embassy-bonn")]


def test_office_over_a_date_without_a_telegram_title():
    result = checked(MEMORANDUM + "Department of State\n11 November 1960\n")
    assert bottom(result, 2) == [("closer", "Department of State"), ("dateline", "11 November 1960")]


def test_office_alone_named_as_the_sender_in_the_title():
    result = checked(TELEGRAM + "Embassy in the Soviet Union\n")
    assert bottom(result, 1) == [("closer", "Embassy in the Soviet Union")]
    assert signed_names(result) == [("Embassy in the Soviet Union", "#embassy-in-the-soviet-union")]


def test_office_alone_not_the_titles_sender_stays_a_paragraph():
    # (the title's sender is the Department: an embassy's name alone under the text is no signature read here)
    text = TELEGRAM.replace("from the Embassy in the Soviet Union to the Department of State",
                            "from the Department of State to the Embassy in the Soviet Union")
    result = checked(text + "Legation in the Soviet Union\n")
    assert bottom(result, 1) == [("p", "Legation in the Soviet Union")]
    assert result.tree.find(".//t:closer", NS) is None


@pytest.mark.parametrize("last", [
    "The Embassy agreed.",  # a short sentence
    "Embassy in the Soviet Union.",  # ending in a full stop
    "3. Embassy in the Soviet Union\n11 November 1960",  # a numbered paragraph
    "Embassy staff were told of it",  # a line of prose
    "The Embassy in the Soviet Union replied\n11 November 1960",
])
def test_last_paragraph_is_no_office_signing(last):
    result = checked(TELEGRAM + last + "\n")
    assert result.tree.find(".//t:closer", NS) is None
    assert bottom(result, 1)[0][0] == "p"
    assert bottom(result, 1)[0][1].startswith(last.split("\n")[0].split()[0])


def test_address_over_a_date_stays_a_dateline():
    result = checked(TELEGRAM + "Cabinet Office, S.W.1.\n15th February, 1962.\n")
    assert bottom(result, 1) == [("dateline", "Cabinet Office, S.W.1. 15th February, 1962.")]
    assert result.tree.find(".//t:closer", NS) is None


# -- a memorandum's signatory over its distribution line


def test_signatory_over_sent_to_is_the_closing():
    result = checked(MEMORANDUM + "J. S. Smith\nColonel, USA\nSecretary\n\n"
                                  "Sent to: Secretary of Defense, Chairman JCS, Director CIA\n")
    assert bottom(result, 3) == [
        ("p", "2. It was agreed that the paper would be revised."),
        ("closer", "J. S. Smith Colonel, USA Secretary"),
        ("postscript", "Sent to: Secretary of Defense, Chairman JCS, Director CIA")]
    assert signed_names(result) == [("J. S. Smith", "#smith")]
    assert [p.text for p in result.tree.iterfind(".//t:postscript/t:p", NS)] == [
        "Sent to: Secretary of Defense, Chairman JCS, Director CIA"]


@pytest.mark.parametrize("label", ["Sent to:", "SENT TO:", "Copy to:", "Copies to:", "cc:", "CC:"])
def test_distribution_labels_after_the_signatory(label):
    # ("Sent to" and "cc" had been paragraphs, "Copy to" a field, "CC:" a section's heading, the signatory a paragraph)
    result = checked(MEMORANDUM + "J. S. Smith\nColonel, USA\nSecretary\n\n" + label + " Secretary of Defense\n")
    assert bottom(result, 2) == [("closer", "J. S. Smith Colonel, USA Secretary"),
                                 ("postscript", label + " Secretary of Defense")]


def test_signed_mark_over_sent_to():
    result = checked(MEMORANDUM + "/s/ J. S. Smith\nColonel, USA\nSecretary\n\nSent to: Secretary of Defense\n")
    assert bottom(result, 2) == [("closer", "/s/ J. S. Smith Colonel, USA Secretary"),
                                 ("postscript", "Sent to: Secretary of Defense")]
    assert signed_names(result) == [("J. S. Smith", "#smith")]


@pytest.mark.parametrize("last", [
    "The meeting ended at noon.",  # a short sentence
    "3. Copies were sent.",  # a numbered paragraph
])
def test_distribution_under_no_signatory_stays_a_paragraph(last):
    result = checked(MEMORANDUM + last + "\n\ncc: Secretary of Defense\n")
    assert result.tree.find(".//t:closer", NS) is None and result.tree.find(".//t:postscript", NS) is None
    assert bottom(result, 2) == [("p", last), ("p", "cc: Secretary of Defense")]
