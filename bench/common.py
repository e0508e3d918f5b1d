"""Shared benchmark machinery: timed runs in fresh processes, machine facts, the emulator.

Every measurement runs its command in its own process, `runs` times, the commands of one
table taking turns, and keeps the median wall time, the median peak RSS (from the child's
own rusage, so nothing else counts) and the medians of the numbers the command printed.

Before a benchmark reports a ratio it checks that our output equals the peer's
(``same_bytes``, ``same_raster``): a difference raises OutputMismatchError, and ``bench/run.py``
then exits non-zero, so `make bench` fails rather than compare unlike things.
"""

from __future__ import annotations

import hashlib
import io
import json
import math
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
from collections.abc import Callable, Iterator
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


# The emulator's "today" for every benchmark: the dates used (June and July 2024) are
# produced and stored under the bench key's orders whenever the benchmarks run.
TODAY = "2024-08-01"
# Longest edge the emulator renders a whole tile at: enough for a 0.5-degree tile at 10 m
# (3199 x 5600 px in UTM 32N), so every tile comes at the resolution it is asked for.
TILE_SIZE = 5600
# The tiles (the emulator's 0.5-degree zones) the bench key has ordered: 2 x 2 neighbours,
# all in UTM 32N. 379_291 (lon 9.5..10, lat 55.5..56) holds the download AOI too.
ZONES = ["379_291", "380_291", "379_292", "380_292"]
MODEL = "Stratus2"
CONSTELLATIONS = ("Sentinel1", "Sentinel2", "Landsat89")
ORDER_START, ORDER_END = "2024-06-01", "2024-07-31"
SIDECAR = ".clearsky.json"  # beside every file our client writes


class EmulatorProcess:
    """``python -m emulator`` in a subprocess, its "today" pinned to ``TODAY``."""

    def __init__(
        self, tile_size: int = TILE_SIZE, data_dir: Path | None = None, link_mbps: float = 0
    ) -> None:
        self.data_dir = data_dir or OUT / "emulator-data"
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
            "--today",
            TODAY,
            *(["--link-mbps", str(link_mbps)] if link_mbps else []),
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
        self._guids: dict[str, str] = {}

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

    def tile_guid(self, zone: str) -> str:
        """The GUID of the whole tile of ``zone``, asked once."""
        if zone not in self._guids:
            self._guids[zone] = tile_guid(self.url, self.key, zone)
        return self._guids[zone]

    def rich_key(self, name: str = "bench-key", connections: int = 4) -> str:
        """A key that can download everything the benchmarks ask for, again and again.

        It owns the demo order and an order of the whole tiles of ``ZONES`` (which also
        covers the download AOI), and processing units for every repeated download (the
        first download of a date per order is included, every later one is charged).
        """
        self.control(
            "keys",
            {
                "key": name,
                "processing_units": 1e9,
                "max_connections": connections,
                "max_area_km2": 5000,
                "max_bands": 40,
                "orders": [tile_order([self.tile_guid(zone) for zone in ZONES])],
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


def tile_guid(url: str, key: str, zone: str) -> str:
    """The GUID of the whole tile of the emulator's zone ``"<X>_<Y>"``, from the tile search."""
    from clearsky_vision.core.api.client import ClearSkyClient
    from clearsky_vision.core.api.geometry import Aoi

    west, south = zone_corner(zone)
    centre = Aoi.from_bounds(west + 0.24, south + 0.24, west + 0.26, south + 0.26)
    found = ClearSkyClient(url, key).search_tiles(aoi=centre)
    return next(tile.guid for tile in found if not tile.minitile)


def tile_order(guids: list[str]) -> dict:
    """A produced order of these whole tiles, daily from ORDER_START to ORDER_END: the body
    of POST /api/tasking/orders plus its status, as the emulator's control API takes it."""
    from clearsky_vision.core.api.models import OrderRequest

    order = OrderRequest(
        MODEL, CONSTELLATIONS, ORDER_START, ORDER_END, storage_months=36, tile_guids=tuple(guids)
    )
    return {**order.body(estimate=False), "Status": "Completed"}


def zone_corner(zone: str) -> tuple[float, float]:
    """South-west corner (lon, lat) of the emulator's zone ``"<X>_<Y>"`` (0.5-degree cells)."""
    x, y = (int(part) for part in zone.split("_"))
    return x / 2 - 180, y / 2 - 90


def tile_request(guid: str, day: str, resolution: int):
    """The request of a whole tile in UTM 32N (every zone of ``ZONES`` lies in it)."""
    from clearsky_vision.core.api.models import TileRequest

    return TileRequest(
        guid=guid,
        minitile=False,
        date=day,
        model=MODEL,
        constellations=CONSTELLATIONS,
        resolution=resolution,
        epsg=32632,
    )


def whole_tiles(zones: list[str], resolution: int = 10, day: str = "2024-07-01") -> list[Path]:
    """Whole tiles of ``zones`` on ``day``, downloaded once with our client and kept."""
    from clearsky_vision.core.api.client import ClearSkyClient

    folder = OUT / f"tiles-{resolution}m"
    paths = [folder / f"tile_{zone}_{day}.tif" for zone in zones]
    missing = [(zone, path) for zone, path in zip(zones, paths) if not path.exists()]
    if missing:
        folder.mkdir(parents=True, exist_ok=True)
        # A 10 m tile takes the emulator some 20 s to render; the files are kept.
        with EmulatorProcess() as emulator:
            client = ClearSkyClient(emulator.url, emulator.rich_key())
            scratch = folder / "download"
            scratch.mkdir(exist_ok=True)
            for zone, path in missing:
                request = tile_request(emulator.tile_guid(zone), day, resolution)
                result = client.download_tile(request, scratch)
                # A stable name, so later runs find it without asking the emulator; its
                # sidecar (the band list the plugin reads) goes with it.
                source = Path(result.path)
                source.with_name(source.name + SIDECAR).rename(path.with_name(path.name + SIDECAR))
                source.rename(path)
            shutil.rmtree(scratch, ignore_errors=True)
    return paths


def tile_facts(path: Path) -> dict[str, str]:
    """What a tile file is: size, layout and compression, for the report's text."""
    from osgeo import gdal

    tile = gdal.Open(str(path))
    band = tile.GetRasterBand(1)
    block_x, block_y = band.GetBlockSize()
    image = tile.GetMetadata("IMAGE_STRUCTURE")
    layout = f"strips of {block_y} row{'s' if block_y > 1 else ''}"
    if block_x < tile.RasterXSize:
        layout = f"{block_x} x {block_y} px blocks"
    facts = {
        "shape": f"{tile.RasterXSize} x {tile.RasterYSize}",
        "bands": str(tile.RasterCount),
        "type": gdal.GetDataTypeName(band.DataType).lower(),
        "megabytes": f"{path.stat().st_size / 1e6:.0f}",
        "layout": layout,
        "compression": image.get("COMPRESSION", "no compression"),
        "interleave": image.get("INTERLEAVE", "BAND").lower(),
        "nodata": f"{band.GetNoDataValue():g}",
        "overviews": str(band.GetOverviewCount()),
    }
    tile = None
    return facts


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


class OutputMismatchError(AssertionError):
    """Our output differs from a peer's: the ratios would compare unlike things."""


def same_bytes(ours: Path, peer: Path, what: str) -> str:
    """A line saying ``ours`` and ``peer`` hold the same bytes; OutputMismatchError if not."""
    if not ours.is_file() or not peer.is_file():
        missing = ours if not ours.is_file() else peer
        raise OutputMismatchError(f"{what}: {missing} was not written")
    size = ours.stat().st_size
    if size != peer.stat().st_size or _digest(ours) != _digest(peer):
        raise OutputMismatchError(
            f"{what}: {ours.name} ({size} bytes) and {peer.name} ({peer.stat().st_size} bytes) "
            "differ"
        )
    return f"{what}: byte-identical ({size / 1e6:.0f} MB)"


def _digest(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        while chunk := stream.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def same_raster(ours: Path, peer: Path, what: str, tolerance: float = 0.0) -> str:
    """A line saying the rasters agree; OutputMismatchError if they do not.

    They agree when they have the same grid (size, bands, geotransform) and the same nodata
    pixels (a nodata value, or a value that is not finite, counts as nodata in either file),
    and every other pixel differs by at most ``tolerance`` (0: identical values).
    """
    from osgeo import gdal

    first, second = gdal.Open(str(ours)), gdal.Open(str(peer))
    if first is None or second is None:
        raise OutputMismatchError(f"{what}: {ours if first is None else peer} cannot be read")
    shape = (first.RasterCount, first.RasterYSize, first.RasterXSize)
    other = (second.RasterCount, second.RasterYSize, second.RasterXSize)
    if shape != other:
        raise OutputMismatchError(f"{what}: {ours.name} is {shape}, {peer.name} is {other}")
    grids = [first.GetGeoTransform(), second.GetGeoTransform()]
    if any(abs(a - b) > 1e-9 * max(1.0, abs(a)) for a, b in zip(*grids)):
        raise OutputMismatchError(f"{what}: the grids differ ({grids[0]} and {grids[1]})")
    largest, compared = 0.0, 0
    for number in range(1, shape[0] + 1):
        bands = first.GetRasterBand(number), second.GetRasterBand(number)
        for mine, theirs, rows in _row_windows(*bands):
            valid = _valid(mine, bands[0].GetNoDataValue())
            if not (valid == _valid(theirs, bands[1].GetNoDataValue())).all():
                raise OutputMismatchError(
                    f"{what}: band {number} rows {rows}: nodata in one file where the other has "
                    "a value"
                )
            if not valid.any():
                continue
            difference = abs(mine[valid].astype("float64") - theirs[valid].astype("float64"))
            largest = max(largest, float(difference.max()))
            compared += int(valid.sum())
            if largest > tolerance:
                raise OutputMismatchError(
                    f"{what}: band {number} rows {rows}: values differ by up to {largest:g} "
                    f"(allowed {tolerance:g})"
                )
    first = second = None
    if tolerance:
        return (
            f"{what}: same grid and nodata, {compared} valid pixels within {tolerance:g} "
            f"(largest difference {largest:.1e})"
        )
    return f"{what}: pixel-identical ({compared} valid pixels, same nodata)"


def _row_windows(mine, theirs, rows: int = 512) -> Iterator[tuple]:
    height, width = mine.YSize, mine.XSize
    for top in range(0, height, rows):
        count = min(rows, height - top)
        yield (
            mine.ReadAsArray(0, top, width, count),
            theirs.ReadAsArray(0, top, width, count),
            f"{top}..{top + count - 1}",
        )


def _valid(values, nodata: float | None):
    import numpy as np

    valid = np.isfinite(values) if values.dtype.kind == "f" else np.ones(values.shape, bool)
    if nodata is not None and not math.isnan(nodata):
        valid &= values != nodata
    return valid
