"""Shared benchmark machinery: timed runs in fresh processes, machine facts, the emulator.

Every measurement runs its command in its own process, `runs` times, and keeps the median
wall time and the median peak RSS (from the child's own rusage, so nothing else counts).
"""

from __future__ import annotations

import json
import os
import platform
import re
import statistics
import subprocess
import sys
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out"
PYTHON = sys.executable
ENV = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONDONTWRITEBYTECODE": "1"}


@dataclass
class Measure:
    name: str
    seconds: float
    peak_mb: float
    runs: int
    command: str
    inner: float | None = None  # the work alone, as timed by the process itself

    def row(self) -> str:
        inner = f"{self.inner:.3f}" if self.inner is not None else "-"
        return f"| {self.name} | {self.seconds:.3f} | {inner} | {self.peak_mb:.0f} | {self.runs} |"


def run_once(command: list[str], cwd: Path | None = None) -> tuple[float, float, float | None]:
    """Wall seconds, peak RSS (MB) and the ``ELAPSED=<s>`` the process printed, if any."""
    launcher = ["/usr/bin/python3", "-S", str(ROOT / "bench" / "probes" / "peak.py")]
    started = time.perf_counter()
    done = subprocess.run(
        launcher + [str(part) for part in command],
        cwd=cwd or ROOT,
        env=ENV,
        capture_output=True,
    )
    elapsed = time.perf_counter() - started
    if done.returncode != 0:
        tail = done.stderr.decode(errors="replace")[-2000:]
        raise RuntimeError(f"{' '.join(map(str, command))} failed:\n{tail}")
    peak_kb = int(re.findall(rb"PEAK_KB=(\d+)", done.stderr)[-1])
    printed = re.findall(rb"ELAPSED=([0-9.]+)", done.stdout)
    inner = float(printed[-1]) if printed else None
    return elapsed, peak_kb / 1024, inner


def measure(name: str, command: list[str], runs: int = 5, setup=None) -> Measure:
    """Medians of ``runs`` runs in fresh processes; ``setup()`` runs before each."""
    times, peaks, inners = [], [], []
    for _ in range(runs):
        if setup:
            setup()
        seconds, peak, inner = run_once(command)
        times.append(seconds)
        peaks.append(peak)
        if inner is not None:
            inners.append(inner)
    shown = " ".join(str(part) for part in command).replace(str(ROOT) + "/", "")
    inner = statistics.median(inners) if inners else None
    return Measure(name, statistics.median(times), statistics.median(peaks), runs, shown, inner)


def machine_facts() -> dict[str, str]:
    from osgeo import gdal

    try:
        from qgis.core import Qgis

        qgis = Qgis.QGIS_VERSION
    except ImportError:
        qgis = "not importable"
    memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    return {
        "CPU cores": str(os.cpu_count()),
        "RAM": f"{memory:.1f} GiB",
        "OS": platform.platform(),
        "Python": platform.python_version(),
        "GDAL": gdal.__version__,
        "QGIS": qgis,
        "Date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
    }


class EmulatorProcess:
    """``python -m emulator`` in a subprocess with a persistent tile cache."""

    def __init__(self, tile_size: int = 5120, data_dir: Path | None = None) -> None:
        self.data_dir = data_dir or OUT / "emulator-cache"
        self.data_dir.mkdir(parents=True, exist_ok=True)
        command = [
            PYTHON,
            "-m",
            "emulator",
            "--port",
            "0",
            "--tile-size",
            str(tile_size),
            "--data-dir",
            str(self.data_dir),
        ]
        self.process = subprocess.Popen(
            command, cwd=ROOT, env=ENV, stdout=subprocess.PIPE, text=True
        )
        found = {}
        while len(found) < 2:
            line = self.process.stdout.readline()
            if not line:
                raise RuntimeError("the emulator did not start")
            name, _, value = line.strip().partition("=")
            found[name] = value
        self.url = found["CLEARSKY_API_URL"]
        self.key = found["CLEARSKY_API_KEY"]

    def control(self, path: str, body: dict | None = None, method: str = "POST"):
        data = json.dumps(body).encode() if body is not None else None
        request = urllib.request.Request(
            f"{self.url}/_emulator/{path}",
            data=data,
            method=method,
            headers={"Content-Type": "application/json"},
        )
        with urllib.request.urlopen(request, timeout=60) as answer:
            return json.load(answer)["Data"]

    def rich_key(self, name: str = "bench-key", connections: int = 4) -> str:
        self.control(
            "keys",
            {
                "key": name,
                "credits": 1e9,
                "max_connections": connections,
                "max_area_km2": 5000,
                "max_bands": 40,
            },
        )
        return name

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(30)

    def __enter__(self) -> EmulatorProcess:
        return self

    def __exit__(self, *_exc) -> None:
        self.stop()


def table(title: str, command_note: str, measures: list[Measure], summary: str) -> str:
    """One markdown section: what was run, the medians, and the ratio line."""
    lines = [
        f"## {title}",
        "",
        f"Reproduce: `{command_note}`",
        "",
        "| run | median wall (s) | median work (s) | median peak RSS (MB) | runs |",
        "|---|---|---|---|---|",
        *(m.row() for m in measures),
        "",
        "Commands:",
        "",
        *(f"- {m.name}: `{m.command}`" for m in measures),
        "",
        f"**{summary}**",
        "",
    ]
    return "\n".join(lines)


def summary_line(name: str, ours: float, peer: float, unit: str = "s") -> str:
    """``NAME: ours X, peer Y, ratio Z`` (ratio = peer / ours: above 1 means we are faster)."""
    return f"{name}: ours {ours:.3f} {unit}, peer {peer:.3f} {unit}, ratio {peer / ours:.2f}"
