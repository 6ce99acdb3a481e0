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
