"""Crash safety: a real `kg build` killed with SIGKILL at random moments, ten times (the
script runs as many as asked: `python scripts/kill_stress.py --kills 200`)."""

import subprocess
import sys
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "kill_stress.py"


@pytest.mark.slow
def test_killing_kg_build_ten_times_leaves_a_valid_store_and_rerun_completes():
    out = subprocess.run(
        [sys.executable, str(SCRIPT), "--kills", "10", "--articles", "50", "--seed", "3"],
        capture_output=True, text=True, timeout=900,
    )  # fmt: skip
    assert out.returncode == 0, out.stdout + out.stderr
    assert "10/10 kills left a store that opens and validates" in out.stdout
    assert "identical to a clean build" in out.stdout
    # the kills did land while articles were being written, not only before
    partial = [ln for ln in out.stdout.splitlines() if "articles)" in ln]
    stored = [
        (int(ln.split("(")[1].split()[0]), int(ln.split(" of ")[1].split()[0])) for ln in partial
    ]
    assert any(a < b for a, b in stored), out.stdout
