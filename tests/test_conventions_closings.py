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
