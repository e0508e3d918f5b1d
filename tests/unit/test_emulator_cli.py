"""`python -m emulator`: prints its URL and key, serves, and exits cleanly on a signal."""

from __future__ import annotations

import signal
import subprocess
import sys
from pathlib import Path

import pytest
import requests

REPO = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("stop_signal", [signal.SIGTERM, signal.SIGINT])
def test_cli_prints_url_and_key_then_serves(tmp_path, stop_signal):
    command = [
        sys.executable, "-m", "emulator", "--port", "0", "--today", "2024-07-15",
        "--tile-size", "128", "--data-dir", str(tmp_path), "--fault", "demo-key=http_503:1",
        "--order-step-seconds", "0.2", "--legacy-account",
    ]  # fmt: skip
    process = subprocess.Popen(command, cwd=REPO, stdout=subprocess.PIPE, text=True)
    try:
        url_line = process.stdout.readline().strip()
        key_line = process.stdout.readline().strip()
        assert url_line.startswith("CLEARSKY_API_URL=http://127.0.0.1:")
        assert key_line == "CLEARSKY_API_KEY=demo-key"
        url = url_line.split("=", 1)[1]
        headers = {"X-API-KEY": "demo-key"}
        assert (
            requests.get(url + "/api/account/info", headers=headers, timeout=10).status_code == 503
        )
        info = requests.get(url + "/api/account/info", headers=headers, timeout=10).json()
        assert info["Data"]["ProcessingUnits"] == 10000
        legacy = requests.get(url + "/api/apikey/info", headers=headers, timeout=10).json()
        assert legacy["Data"]["CreditAmount"] == 10000  # --legacy-account
        state = requests.get(url + "/_emulator/state", timeout=10).json()["Data"]
        assert state["today"] == "2024-07-15" and state["tile_size"] == 128
        assert state["order_step_seconds"] == 0.2 and state["legacy_account_endpoint"] is True
    finally:
        process.send_signal(stop_signal)
        assert process.wait(timeout=10) == 0


def test_cli_rejects_an_unknown_fault():
    command = [sys.executable, "-m", "emulator", "--fault", "demo-key=no_such_fault"]
    result = subprocess.run(command, cwd=REPO, capture_output=True, text=True, timeout=30)
    assert result.returncode == 2 and "unknown fault" in result.stderr
