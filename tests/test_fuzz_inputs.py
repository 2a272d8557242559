"""A seeded sample of the input fuzzer (`bench/fuzz_inputs.py`, 10,000+ inputs per parser in its
benchmark run): every parser of untrusted input ends each mutated input in a result or a clean
`NpmwardError` — no internal error, no hang, no empty result for an input with entries."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
from fuzz_inputs import PARSERS, run_fuzz  # noqa: E402

sys.path.pop(0)

COUNT = 80  # per parser; the benchmark runs 10,000


@pytest.mark.parametrize("parser", sorted(PARSERS))
def test_mutated_inputs_end_cleanly(shared_dir, monkeypatch, parser):
    monkeypatch.setenv("NPMWARD_SHARED_DIR", str(shared_dir))
    result = run_fuzz(parser, seed=20241122, count=COUNT, budget=20.0)
    counts = result["counts"]
    bad = {outcome: result["examples"][outcome] for outcome in ("internal", "hang", "empty") if counts[outcome]}
    assert bad == {}, f"{parser}: {bad}"
    assert counts["parsed"] > 0 and counts["error"] > 0  # the sample exercises both ends
    assert sum(counts.values()) == COUNT
