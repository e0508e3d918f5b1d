"""Benchmark 3: download throughput on loopback, ours vs curl, and RSS as files grow."""

from __future__ import annotations

import json
import shutil
import tempfile
from pathlib import Path

from common import (
    OUT,
    PYTHON,
    EmulatorProcess,
    Measure,
    Spec,
    measure_all,
    summary_line,
    table,
    verdict,
)

from clearsky_vision.core.api.client import ClearSkyClient
from clearsky_vision.core.api.geometry import Aoi
from clearsky_vision.core.api.models import CompositeRequest

DAY = "2024-07-01"  # the 1st of a month is never missing in the emulator's world
AOI = Aoi.from_bounds(9.50, 55.50, 9.70, 55.62)  # ~170 km2: 10-band files of ~20 MB
DATES = ["2024-06-01", "2024-06-15", "2024-07-01", "2024-07-15"]


def _fresh(folder: Path):
    def setup() -> None:
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir(parents=True)

    return setup


def tile_runs(tile_size: int, runs: int) -> tuple[Measure, Measure, Measure, int]:
    with EmulatorProcess(tile_size, OUT / f"emulator-cache-{tile_size}") as emulator:
        key = emulator.rich_key()
        client = ClearSkyClient(emulator.url, key)
        zone = client.tile_zones(Aoi.from_bounds(9.5, 55.6, 9.56, 55.63), DAY, DAY)[0]
        image = zone.images[0].image_id
        url = client.tile_url(image)
        folder = OUT / "download"
        _fresh(folder)()
        size = client.download_tile(image, folder).size  # also renders and caches the tile
        probe = [PYTHON, "bench/probes/download.py", "tile", emulator.url, key, image, folder]
        timed = ["-w", "ELAPSED=%{time_total}", url]
        ours, curl, to_file = measure_all(
            [
                Spec(f"ours, {tile_size} px tile ({size / 1e6:.0f} MB)", probe, _fresh(folder)),
                Spec(
                    f"curl -o /dev/null, {tile_size} px tile",
                    ["curl", "-sf", "-o", "/dev/null", *timed],
                ),
                Spec(
                    f"curl -o file, {tile_size} px tile",
                    ["curl", "-sf", "-o", folder / "curl.tif", *timed],
                    _fresh(folder),
                ),
            ],
            runs,
        )
        return ours, curl, to_file, size


def concurrent_runs(runs: int) -> tuple[Measure, Measure]:
    with EmulatorProcess(256, OUT / "emulator-cache-256") as emulator:
        key = emulator.rich_key(connections=4)
        folder = OUT / "download-dates"
        bodies = Path(tempfile.mkdtemp())
        commands = []
        for day in DATES:
            body = bodies / f"{day}.json"
            body.write_text(json.dumps(CompositeRequest(AOI, day).download_body()))
            commands.append(
                f"curl -sf -o /dev/null -X POST -H 'X-API-KEY: {key}' "
                f"-H 'Content-Type: application/json' --data-binary @{body} "
                f"{emulator.url}/api/satelliteimages/process/composite"
            )
        script = bodies / "curl4.sh"
        script.write_text(
            "start=$EPOCHREALTIME\n"
            + "\n".join(f"{c} &" for c in commands)
            + '\nwait\nawk "BEGIN { print \\"ELAPSED=\\" $EPOCHREALTIME - $start }"\n'
        )
        probe = [PYTHON, "bench/probes/download.py", "dates", emulator.url, key, folder, AOI.wkt]
        ours, curl = measure_all(
            [
                Spec("ours, 4 dates at once (4 connections)", [*probe, *DATES], _fresh(folder)),
                Spec("curl, 4 dates at once", ["bash", script]),
            ],
            runs,
        )
        curl.command = "4 parallel curl -X POST ... /process/composite (same bodies)"
        return ours, curl


def run(runs: int = 9) -> tuple[str, list[str]]:
    # Sub-second downloads on loopback vary from run to run: more runs, steadier medians.
    small_ours, small_curl, small_file, small_size = tile_runs(2560, runs)
    big_ours, big_curl, big_file, big_size = tile_runs(5120, runs)
    dates_ours, dates_curl = concurrent_runs(runs)
    lines = [
        summary_line("download_tile_5120", big_ours.inner, big_curl.inner),
        summary_line("download_tile_5120_vs_curl_to_file", big_ours.inner, big_file.inner),
        summary_line("download_4_dates", dates_ours.inner, dates_curl.inner),
        f"download_rss: ours {small_ours.peak_mb:.0f} MB at {small_size / 1e6:.0f} MB, "
        f"peer {big_ours.peak_mb:.0f} MB at {big_size / 1e6:.0f} MB, "
        f"ratio {big_ours.peak_mb / small_ours.peak_mb:.2f}",
    ]
    section = table(
        "3. Download throughput on loopback",
        ".venv/bin/python bench/run.py --only download",
        [small_ours, small_curl, small_file, big_ours, big_curl, big_file, dates_ours, dates_curl],
        "; ".join(lines),
    )
    mb_s = big_size / 1e6 / big_ours.inner
    null_ratio = big_curl.inner / big_ours.inner
    file_ratio = big_file.inner / big_ours.inner
    dates_ratio = dates_curl.inner / dates_ours.inner
    growth = big_ours.peak_mb / small_ours.peak_mb
    section += "\n".join(
        [
            "",
            verdict(f"at least 0.9x curl -o /dev/null ({null_ratio:.2f}x)", null_ratio >= 0.9),
            verdict(f"at least 0.9x curl writing the file ({file_ratio:.2f}x)", file_ratio >= 0.9),
            verdict(
                f"4 dates at once: at least 0.9x curl ({dates_ratio:.2f}x)", dates_ratio >= 0.9
            ),
            verdict(
                f"peak RSS flat as the file grows ({big_size / small_size:.1f}x the bytes, "
                f"{growth:.2f}x the RSS)",
                growth <= 1.1,
            ),
            "",
        ]
    )
    section += (
        f"\nOurs moves the 5120 px tile at {mb_s:.0f} MB/s. 'Work' is the download alone as "
        "timed inside each process (ours: the client call, which includes the pre-signed URL "
        "request, writing to disk, the GDAL check and the sidecar; curl: its %{time_total}); "
        "'wall' adds process start-up (Python and its imports for ours). Ratios compare "
        "work times, curl / ours: 1.0 = as fast as curl. The runs take turns (ours, curl, "
        "curl to a file, ours, ...). Peak RSS stays flat as the file grows: the body is "
        "streamed in 1 MiB chunks into one reused buffer.\n\n"
        "`curl -o /dev/null` never writes what it receives, while ours has to keep the file: "
        "a profile of the client call (cProfile) puts about half of its time in writing to "
        "the file (the kernel copying it into the page cache) and a third in receiving it, "
        "the rest in the pre-signed URL request, GDAL's check and the sidecar. Writing on a "
        "second thread while the next chunk arrives was tried and not kept: on this 2-core "
        "machine the emulator's own sending already takes the other core, and it was no "
        f"faster. Against curl doing the same job (writing the file) the ratio is "
        f"{file_ratio:.2f}, ours also asking for the pre-signed URL and checking the file.\n"
    )
    return section, lines
