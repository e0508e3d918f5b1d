"""The test matrix's setup: numpy pinned below 2 only for Debian 12, the script well formed."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def requirement_lines(name: str) -> list[str]:
    lines = (ROOT / name).read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


def test_numpy_is_pinned_for_qgis_3_22_only():
    shared = requirement_lines("requirements-test.txt")
    assert not [line for line in shared if re.match(r"numpy\b", line, re.IGNORECASE)]
    dev = requirement_lines("requirements-dev.txt")
    assert "numpy==1.26.4" in dev and "-r requirements-test.txt" in dev


def test_the_matrix_script_parses_and_knows_both_versions():
    script = ROOT / "scripts" / "matrix" / "run.sh"
    subprocess.run(["bash", "-n", str(script)], check=True)
    text = script.read_text(encoding="utf-8")
    assert "3.40 | trixie) echo trixie" in text and "3.44 | sid | unstable) echo sid" in text
    # the expired Release file is allowed for sid only
    assert text.count("Check-Valid-Until") == 1 and 'if [ "$codename" = sid ]' in text
