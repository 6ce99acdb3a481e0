"""The encoder against the ground truth of generated records in several conventions."""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
from generate import CONVENTIONS, record  # noqa: E402

import tei  # noqa: E402
from tei.speakers import derive_id  # noqa: E402

NS = {"t": "http://www.tei-c.org/ns/1.0"}


@pytest.mark.parametrize("convention, seed, scale", [(convention, seed, 1) for convention in sorted(CONVENTIONS)
                                                     for seed in range(5)] + [("numbered", 11, 20)])
def test_generated_record(convention, seed, scale):
    """(A numbered record 20 times the seed's size too, numbered past 999, as the benchmark's long records are. Other
    conventions that long meet a random sentence that opens like a turn, "Withdrawal agreed the …", now and then.)"""
    text, truth = record(seed, convention, scale=scale)
    result = tei.encode(text, name=f"{convention}-{seed}.txt")
    turns = Counter(sp.get("who")[1:] for sp in result.tree.iterfind(".//t:sp", NS))
    assert turns == {derive_id(name): count for name, count in truth.turns.items()}
    assert len(result.tree.findall(".//t:body//t:pb", NS)) == truth.page_breaks
    assert len(result.tree.findall(".//t:supplied", NS)) == truth.supplied
    assert len(result.tree.findall(".//t:note[@type='query']", NS)) == truth.queries
    assert len(result.tree.findall(".//t:closer/t:signed", NS)) == truth.signatures
    assert result.warnings == []


def test_generator_is_deterministic():
    assert record(7) == record(7)
