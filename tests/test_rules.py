"""Each block rule claims its examples and refuses its counter-examples."""

from __future__ import annotations

import pytest

from tei import rules

RULES = [value for value in vars(rules).values() if isinstance(value, rules.Rule)]
CASES = [(r, e, True) for r in RULES for e in r.examples] + [(r, e, False) for r in RULES for e in r.counterexamples]


def test_every_rule_has_examples():
    assert RULES and all(rule.examples for rule in RULES)


@pytest.mark.parametrize("rule, text, claims", CASES, ids=[f"{r.name}:{t}" for r, t, _ in CASES])
def test_rule_examples(rule, text, claims):
    assert bool(rule.match(text)) is claims


@pytest.mark.parametrize("text, title", [
    ("Record of a Conversation with the Prime Minister", True),
    ("The talks were long.", False),
    ("会谈记录", True),  # no capitals in the script: short, and no sentence's end, colon or comma
    ("毛泽东同志接见尼克松总统的谈话记录", True),
    ("会谈记录。", False),
    ("会谈记录.", False),
    ("毛泽东：我们同意", False),
    ("双方同意，继续接触", False),
    ("记" * 41, False),
])
def test_a_title_line(text, title):
    assert rules.is_title_line(text) is title
