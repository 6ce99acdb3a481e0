"""Persons and participants lists: who a name, an office or a list's item is (two men of one surname, an office
and its holder in a list, offices before names)."""

from __future__ import annotations

from encoded import checked, people, turns


def test_an_office_and_a_surname_is_not_the_plain_mister_of_that_surname():
    """"Secretary Dulles" after "Mr. Allen Dulles": the record gives the forename to tell the two apart (they had
    been one person); "President Nixon" after "Vice President Nixon"'s office, or "Mr. Dulles", is still his."""
    result = checked("Mr. Allen Dulles informed the Council that the shelling\nhad continued.\n\n"
                     "Secretary Dulles said that he had just returned from Manila.\n\n"
                     "Mr. Allen Dulles added that the assault was not imminent.\n")
    assert turns(result) == [
        ("#allen-dulles", "Mr. Allen Dulles", "informed the Council that the shelling had continued."),
        ("#dulles", "Secretary Dulles", "said that he had just returned from Manila."),
        ("#allen-dulles", "Mr. Allen Dulles", "added that the assault was not imminent.")]
    assert people(result) == {"allen-dulles", "dulles"}


def test_an_office_and_a_surname_is_the_one_named_with_a_forename_and_no_courtesy():
    """"Richard Nixon" then "Vice President Nixon": one man (no "Mr." says he holds no office)."""
    result = checked("Richard Nixon said that he agreed.\n\nVice President Nixon said that he would go.\n")
    assert [who for who, _, _ in turns(result)] == ["#richard-nixon", "#richard-nixon"]
