"""Start-up stays light: heavy modules are imported on first use, not when QGIS starts."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

PROBE = Path(__file__).resolve().parents[2] / "bench" / "probes" / "plugin_start.py"


def test_initgui_imports_no_heavy_modules():
    done = subprocess.run(
        [sys.executable, str(PROBE), "clearsky"],
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    lines = dict(line.split("=", 1) for line in done.stdout.splitlines() if "=" in line)
    assert lines["HEAVY"] == "", f"imported at start-up: {lines['HEAVY']}"
