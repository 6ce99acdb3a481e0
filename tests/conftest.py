"""Shared fixtures: the seed, TEI's full schema (through TEI_ALL_RNG), hypothesis profiles."""

from __future__ import annotations

import functools
import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings
from lxml import etree

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
EDITIONS = ROOT / "editions"
SEED = SEEDS / "stalin-zhou-1952-09-19.txt"

settings.register_profile("ci", derandomize=True, max_examples=300, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("dev", max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "dev"))


def pure_python(test):
    """Run a test that patches a class of the parse's in a process where the parse runs as Python: a compiled
    class takes no patch (``tei.native``), and the test would pass without looking."""
    @functools.wraps(test)
    def run(*args, **kwargs):
        from tei import native
        if not native.compiled():
            return test(*args, **kwargs)
        node = f"{Path(sys.modules[test.__module__].__file__).relative_to(ROOT)}::{test.__name__}"
        done = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", node], cwd=ROOT,
                              env={**os.environ, "TEI_PURE": "1"}, capture_output=True, text=True)
        assert done.returncode == 0 and "\n1 passed" in done.stdout, done.stdout[-4000:] + done.stderr[-2000:]
    return run


def tei_all_path() -> Path | None:
    value = os.environ.get("TEI_ALL_RNG")
    return Path(value) if value else None


@pytest.fixture(scope="session")
def tei_all() -> etree.RelaxNG:
    """TEI P5's full schema, compiled once per test session (it takes seconds)."""
    path = tei_all_path()
    in_ci = os.environ.get("CI", "").lower() == "true"
    if path is None or not path.is_file():
        reason = ("TEI_ALL_RNG is not set" if path is None else f"TEI_ALL_RNG={path} does not exist")
        if in_ci:
            pytest.fail(f"{reason}: CI must check editions against TEI's full schema")
        pytest.skip(f"{reason}: set it to tei_all.rng (e.g. ../shared/schemas/tei_all.rng) to run this test")
    return etree.RelaxNG(etree.parse(str(path)))


@pytest.fixture(scope="session")
def seed_result():
    import tei

    return tei.encode(SEED)
