"""Each block rule claims its examples and refuses its counter-examples."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tei import rules

RULES = [value for value in vars(rules).values() if isinstance(value, rules.Rule)]
CASES = [(r, e, True) for r in RULES for e in r.examples] + [(r, e, False) for r in RULES for e in r.counterexamples]


def test_every_rule_has_examples():
    assert RULES and all(rule.examples for rule in RULES)


# Texts near a rule's ending: a word before it, its word in any case or cut short, then white space of
# every kind, a stop or a colon or none, and white space again.
_SPACES = st.text(alphabet=" \t\n\u00a0\u2003\u3000", max_size=3)
_NEAR_ENDINGS = st.builds(
    lambda head, word, space, ending, before, stop, after: head + word + space + ending + before + stop + after,
    st.text(alphabet="ab .:\n", max_size=8),
    st.sampled_from(["Begin", "START", "begin verbatim", "Start quote", "x", ""]),
    _SPACES,
    st.sampled_from(["text", "TEXT", "teXt", "ext", "texts", "Text"]),
    _SPACES,
    st.sampled_from(["", ".", ":", "..", ";"]),
    _SPACES,
)


@pytest.mark.parametrize("rule", [rule for rule in RULES if rule.ending], ids=lambda rule: rule.name)
@given(text=_NEAR_ENDINGS)
def test_an_ending_asked_first_changes_no_verdict(rule, text):
    assert bool(rule.match(text)) is bool(rule.pattern.match(text))


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
