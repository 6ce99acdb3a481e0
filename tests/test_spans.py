"""``Span``, the offsets every node of the model carries: a value, as the frozen dataclass it replaced was."""

from __future__ import annotations

import pickle

import pytest

from tei.diagnostics import Span


def test_a_span_is_a_value():
    assert Span(3, 9) == Span(3, 9) and hash(Span(3, 9)) == hash(Span(3, 9))
    assert Span(3, 9) != Span(3, 10) and Span(3, 9) != Span(4, 9) and Span(3, 9) != (3, 9)
    assert len({Span(3, 9), Span(3, 9), Span(0, 0)}) == 2
    assert (Span(3, 9).start, Span(3, 9).end) == (3, 9) and repr(Span(3, 9)) == "Span(start=3, end=9)"
    assert bool(Span(0, 0))  # (an empty span at the text's start is still a span)


@pytest.mark.parametrize("start, end", [(-1, 2), (5, 4), (0, -1)])
def test_a_span_that_ends_before_it_starts_is_refused(start, end):
    with pytest.raises(ValueError, match=f"bad span {start}..{end}"):
        Span(start, end)


def test_a_span_survives_pickling():
    spans = [Span(0, 0), Span(12, 40), Span(1 << 40, 1 << 41)]
    assert pickle.loads(pickle.dumps(spans)) == spans
