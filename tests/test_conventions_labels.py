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


def test_two_titled_labels_with_a_dash_each_used_once_are_turns():
    result = checked("Réunion du 4 avril 1950\n\nLe camarade Lemaître. — Nous devons examiner la situation.\n\n"
                     "Comrade Okafor. — I do not agree.\n")
    assert turns(result) == [("#lemaitre", "Le camarade Lemaître. —", "Nous devons examiner la situation."),
                             ("#okafor", "Comrade Okafor. —", "I do not agree.")]
    # (once alone, the shape may be prose's: no turn)
    once = checked("Réunion du 4 avril 1950\n\nLe camarade Lemaître. — Nous devons examiner la situation.\n\n"
                   "La discussion continue.\n")
    assert once.tree.find(".//t:sp", NS) is None
