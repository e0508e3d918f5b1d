"""Shared benchmark machinery: timed runs in fresh processes, machine facts, the emulator.

Every measurement runs its command in its own process, `runs` times, the commands of one
table taking turns, and keeps the median wall time, the median peak RSS (from the child's
own rusage, so nothing else counts) and the medians of the numbers the command printed.
"""

from __future__ import annotations

import datetime
import io
import json
import os
import platform
import re
import shlex
import shutil
import statistics
import subprocess
import sys
import tarfile
import time
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out"
PYTHON = sys.executable
ENV = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONDONTWRITEBYTECODE": "1"}


# Lines like ``ELAPSED=0.93`` that a probe prints: its own measurements.
METRIC = re.compile(rb"^([A-Z][A-Z0-9_]*)=([0-9.]+)\s*$", re.MULTILINE)


@dataclass
class Measure:
    name: str
    seconds: float
    peak_mb: float
    runs: int
    command: str
    metrics: dict[str, float] = field(default_factory=dict)  # medians of what it printed

    @property
    def inner(self) -> float | None:
        """The work alone, as timed by the process itself (``ELAPSED=``)."""
        return self.metrics.get("ELAPSED")

    def row(self, metrics: list[str] = ()) -> str:
        inner = f"{self.inner:.3f}" if self.inner is not None else "-"
        cells = [self.name, f"{self.seconds:.3f}", inner, f"{self.peak_mb:.0f}"]
        cells += [f"{self.metrics[name]:g}" if name in self.metrics else "-" for name in metrics]
        return "| " + " | ".join([*cells, str(self.runs)]) + " |"


def run_once(command: list[str], env: dict | None = None) -> tuple[float, float, dict]:
    """Wall seconds, peak RSS (MB) and the ``NAME=<number>`` lines the process printed.

    ``env`` adds to (or overrides) the benchmark environment.
    """
    launcher = ["/usr/bin/python3", "-S", str(ROOT / "bench" / "probes" / "peak.py")]
    started = time.perf_counter()
    done = subprocess.run(
        launcher + [str(part) for part in command],
        cwd=ROOT,
        env={**ENV, **(env or {})},
        capture_output=True,
    )
    elapsed = time.perf_counter() - started
    if done.returncode != 0:
        tail = done.stderr.decode(errors="replace")[-2000:]
        raise RuntimeError(f"{' '.join(map(str, command))} failed:\n{tail}")
    peak_kb = int(re.findall(rb"PEAK_KB=(\d+)", done.stderr)[-1])
    metrics = {name.decode(): float(value) for name, value in METRIC.findall(done.stdout)}
    return elapsed, peak_kb / 1024, metrics


@dataclass
class Spec:
    """What to measure: a command, what to do before each run, extra environment."""

    name: str
    command: list
    setup: Callable[[], None] | None = None
    env: dict | None = None


def measure_all(specs: list[Spec], runs: int = 5) -> list[Measure]:
    """Medians of ``runs`` runs of each spec in fresh processes, ``setup()`` before each.

    The specs take turns (A B C A B C ...), so a change in the machine's load during the
    benchmark weighs on ours and its peers alike rather than on whichever ran then. Before
    each run the kernel writes back what earlier runs wrote (``os.sync``): hundreds of MB
    still waiting for the disk would otherwise slow whichever run writes next.
    """
    found: list[list[tuple[float, float, dict]]] = [[] for _ in specs]
    for _ in range(runs):
        for spec, results in zip(specs, found):
            if spec.setup:
                spec.setup()
            os.sync()
            results.append(run_once(spec.command, spec.env))
    return [_medians(spec, results) for spec, results in zip(specs, found)]


def measure(name: str, command: list, runs: int = 5, setup=None, env=None) -> Measure:
    """``measure_all`` of one command."""
    return measure_all([Spec(name, command, setup, env)], runs)[0]


def _medians(spec: Spec, results: list[tuple[float, float, dict]]) -> Measure:
    times, peaks, printed = zip(*results)
    names = set().union(*printed)
    metrics = {
        key: statistics.median(found[key] for found in printed if key in found) for key in names
    }
    settings = [f"{name}={value}" for name, value in (spec.env or {}).items()]
    shown = shlex.join(str(part) for part in [*settings, *spec.command])
    shown = shown.replace(str(ROOT) + "/", "")
    return Measure(
        spec.name,
        statistics.median(times),
        statistics.median(peaks),
        len(results),
        shown,
        metrics,
    )


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
        "Load average at start (1, 5, 15 min)": load_average(),
    }


def load_average() -> str:
    """Other work on the machine, which the benchmarks share it with."""
    return ", ".join(f"{value:.2f}" for value in os.getloadavg())


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


# The plugin before the benchmarks' speed-ups (core/raster/indices.py, core/raster/merge.py),
# measured in the same run as the plugin of the working tree: before and after compared as peers.
BEFORE = "3a6486d7f5cfcad3fe8921c52677aa9758383c05"


def before_env() -> dict | None:
    """Environment that imports ``clearsky_vision`` as it was at BEFORE; None without git."""
    folder = OUT / f"before-{BEFORE[:7]}"
    package = folder / "clearsky_vision"
    if not package.is_dir():
        try:
            archive = subprocess.run(
                ["git", "archive", "--format=tar", BEFORE, "core", "__init__.py"],
                cwd=ROOT,
                capture_output=True,
                check=True,
            ).stdout
        except (OSError, subprocess.CalledProcessError):
            return None  # not a git checkout, or a shallow one
        scratch = folder.with_name(folder.name + ".part")
        shutil.rmtree(scratch, ignore_errors=True)
        with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
            tar.extractall(scratch / "clearsky_vision")  # our own repository
        scratch.rename(folder)
    # PYTHONPATH comes before the venv's .pth entry that points at the working tree.
    return {"PYTHONPATH": str(folder)}


def tile_id(zone: str, day: str = "2024-07-01") -> int:
    """The emulator's image id of ``zone`` (``"379_291"``) on ``day``."""
    x, y = (int(part) for part in zone.split("_"))
    days = (datetime.date.fromisoformat(day) - datetime.date(2023, 1, 1)).days
    return (x * 1000 + y) * 100000 + days


def legacy_tiles(tile_size: int, zones: list[str]) -> list[Path]:
    """Whole tiles of ``zones`` on 2024-07-01, downloaded once with our client and kept."""
    from clearsky_vision.core.api.client import ClearSkyClient

    folder = OUT / f"tiles-{tile_size}"
    paths = [folder / f"tile_{tile_id(zone)}.tif" for zone in zones]
    missing = [zone for zone, path in zip(zones, paths) if not path.exists()]
    if missing:
        folder.mkdir(parents=True, exist_ok=True)
        # A 5120 px tile takes the emulator ~20 s to render the first time; its cache keeps it.
        with EmulatorProcess(tile_size, OUT / f"emulator-cache-{tile_size}") as emulator:
            client = ClearSkyClient(emulator.url, emulator.rich_key())
            for zone in missing:
                client.download_tile(tile_id(zone), folder)
    return paths


def table(
    title: str, command_note: str, measures: list[Measure], summary: str, extra: dict | None = None
) -> str:
    """One markdown section: what was run, the medians, and the ratio line.

    ``extra`` adds columns: header -> the name of a metric the probes print.
    """
    extra = extra or {}
    headers = ["run", "median wall (s)", "median work (s)", "median peak RSS (MB)", *extra]
    lines = [
        f"## {title}",
        "",
        f"Reproduce: `{command_note}` (or all of them: `make bench`)",
        "",
        "| " + " | ".join([*headers, "runs"]) + " |",
        "|---" * (len(headers) + 1) + "|",
        *(m.row(list(extra.values())) for m in measures),
        "",
        "Commands:",
        "",
        *(f"- {m.name}: `{m.command}`" for m in measures),
        "",
        f"**{summary}**",
        "",
    ]
    return "\n".join(lines)


def verdict(target: str, met: bool) -> str:
    """``- target: met`` (or missed), for the list under a table."""
    return f"- {target}: **{'met' if met else 'missed'}**"


def summary_line(name: str, ours: float, peer: float, unit: str = "s") -> str:
    """``NAME: ours X, peer Y, ratio Z`` (ratio = peer / ours: above 1 means we are faster)."""
    digits = {"MB": 0, "ms": 1}.get(unit, 3)
    return (
        f"{name}: ours {ours:.{digits}f} {unit}, peer {peer:.{digits}f} {unit}, "
        f"ratio {peer / ours:.2f}"
    )
