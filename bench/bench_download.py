"""Benchmark 3: download throughput on loopback, ours vs curl, and RSS as files grow."""

from __future__ import annotations

import json
import shlex
import shutil
import tempfile
from functools import partial
from pathlib import Path

from common import (
    OUT,
    PYTHON,
    SIDECAR,
    ZONES,
    EmulatorProcess,
    Measure,
    OutputMismatchError,
    Spec,
    measure_all,
    same_bytes,
    summary_line,
    table,
    tile_request,
    verdict,
)
from osgeo import gdal

from clearsky_vision.core.api.client import ClearSkyClient
from clearsky_vision.core.api.geometry import Aoi
from clearsky_vision.core.api.models import CompositeRequest

DAY = "2024-07-01"  # the 1st of a month is never missing in the emulator's world
# ~170 km2: 10-band files of ~20 MB. In zone 379_291, whose whole tile the bench key has
# ordered (common.EmulatorProcess.rich_key), so every date of the order can be downloaded.
AOI = Aoi.from_bounds(9.50, 55.50, 9.70, 55.62)
DATES = ["2024-06-01", "2024-06-15", "2024-07-01", "2024-07-15"]


def _fresh(folder: Path):
    def setup() -> None:
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir(parents=True)

    return setup


def tile_runs(resolution: int, runs: int) -> tuple[Measure, Measure, Measure, int, str]:
    """A whole tile at ``resolution`` m: ours, curl -o /dev/null, curl writing the file; and
    the check that ours and curl wrote the same bytes."""
    with EmulatorProcess() as emulator:
        key = emulator.rich_key()
        client = ClearSkyClient(emulator.url, key)
        request = tile_request(emulator.tile_guid(ZONES[0]), DAY, resolution)
        folder = OUT / "download"
        mine, theirs = folder / "ours", folder / "curl"
        _fresh(folder)()
        result = client.download_tile(request, folder)
        size = result.size
        shape = _shape(result.path)
        body = OUT / f"tile-{resolution}m.json"
        body.write_text(json.dumps(request.body()))
        probe = [
            *(PYTHON, "bench/probes/download.py", "tile", emulator.url, key, mine),
            *(request.guid, DAY, resolution, request.epsg),
            *(request.model, ",".join(request.constellations)),
        ]

        curl = partial(curl_command, emulator.url, key, request.path, body)
        label = f"{resolution} m tile ({shape} px, {size / 1e6:.0f} MB)"
        ours, to_null, to_file = measure_all(
            [
                Spec(f"ours, {label}", probe, _fresh(mine)),
                Spec(f"curl -o /dev/null, {resolution} m tile", curl("/dev/null")),
                Spec(
                    f"curl -o file, {resolution} m tile", curl(theirs / "curl.tif"), _fresh(theirs)
                ),
            ],
            runs,
        )
        (written,) = downloaded(mine).values()
        check = same_bytes(written, theirs / "curl.tif", f"{resolution} m tile, ours vs curl")
        to_curl_file = "bench/out/download/curl/curl.tif"
        for measure, output in ((to_null, "/dev/null"), (to_file, to_curl_file)):
            measure.command = (
                f"curl -sf -o {output} -X POST -H 'X-API-KEY: ...' --data-binary @<the same "
                f"body> ...{request.path}"
            )
        return ours, to_null, to_file, size, check


def downloaded(folder: Path) -> dict[str, Path]:
    """The files our client wrote into ``folder``, by date (from the sidecar beside each)."""
    found = {}
    for sidecar in sorted(folder.glob(f"*{SIDECAR}")):
        found[json.loads(sidecar.read_text())["date"]] = sidecar.with_name(
            sidecar.name[: -len(SIDECAR)]
        )
    return found


def curl_command(url: str, key: str, path: str, body: Path, output) -> list:
    """curl POSTing the JSON in ``body`` with the key, as ours does; prints curl's own times
    as the probe prints ours: SERVER_MS (to the first byte) and ELAPSED (the rest)."""
    command = shlex.join(
        [
            *("curl", "-sf", "-o", str(output), "-H", f"X-API-KEY: {key}"),
            *("-H", "Content-Type: application/json", "--data-binary", f"@{body}"),
            *("-w", "%{time_starttransfer} %{time_total}\\n"),
            f"{url}{path}",
        ]
    )
    report = 'awk \'{print "SERVER_MS=" $1 * 1000; print "ELAPSED=" $2 - $1}\''
    return ["bash", "-o", "pipefail", "-c", f"{command} | {report}"]


def _shape(path) -> str:
    tile = gdal.Open(str(path))
    shape = f"{tile.RasterXSize} x {tile.RasterYSize}"
    tile = None
    return shape


def concurrent_runs(runs: int) -> tuple[Measure, Measure, list[str]]:
    with EmulatorProcess() as emulator:
        key = emulator.rich_key(connections=4)
        folder, theirs = OUT / "download-dates", OUT / "download-dates-curl"
        bodies = Path(tempfile.mkdtemp())
        commands = []
        for day in DATES:
            body = bodies / f"{day}.json"
            body.write_text(json.dumps(CompositeRequest(AOI, day).body()))
            commands.append(
                f"curl -sf -o {theirs / day}.tif -X POST -H 'X-API-KEY: {key}' "
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
                Spec("curl, 4 dates at once", ["bash", script], _fresh(theirs)),
            ],
            runs,
        )
        curl.command = "4 parallel curl -X POST ... /process/composite (same bodies, to files)"
        written = downloaded(folder)
        if sorted(written) != DATES:
            raise OutputMismatchError(f"4 dates: ours wrote {sorted(written)}, not {DATES}")
        checks = [
            same_bytes(written[day], theirs / f"{day}.tif", f"composite of {day}, ours vs curl")
            for day in DATES
        ]
        return ours, curl, checks


SMALL, BIG = 20, 10  # whole tiles at 20 m and at 10 m: the same area, 4x the bytes


def run(runs: int = 9) -> tuple[str, list[str]]:
    # Sub-second transfers on loopback vary from run to run: more runs, steadier medians.
    small_ours, small_curl, small_file, small_size, small_check = tile_runs(SMALL, runs)
    big_ours, big_curl, big_file, big_size, big_check = tile_runs(BIG, runs)
    dates_ours, dates_curl, dates_checks = concurrent_runs(runs)
    lines = [
        summary_line(f"download_tile_{BIG}m", big_ours.inner, big_curl.inner),
        summary_line(f"download_tile_{BIG}m_vs_curl_to_file", big_ours.inner, big_file.inner),
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
        {"server (ms)": "SERVER_MS"},
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
            "Output checks, made before any ratio (a mismatch fails `make bench`):",
            "",
            *(f"- {check}" for check in [small_check, big_check, *dates_checks]),
            "",
        ]
    )
    section += (
        f"\nThe tiles are the whole tile of zone {ZONES[0]} on {DAY} (`POST "
        "/api/satelliteimages/process/tile`, all ten bands, UTM 32N), once at "
        f"{SMALL} m and once at {BIG} m; the curl rows POST the same JSON body with the same "
        f"key. Ours moves the {BIG} m tile at {mb_s:.0f} MB/s.\n\n"
        "The server renders every tile when it is asked (the emulator keeps no files), which "
        "takes seconds, the same for every tool (the 'server' column: to the first bytes of "
        "the answer). So 'work' is the transfer alone, as timed inside each process: ours "
        "from the first MiB written (the client's first progress call) to the end of the "
        "client call, which includes writing to disk, the GDAL check and the sidecar; curl "
        "its %{time_total} minus its %{time_starttransfer}. 'Wall' adds the server's time and "
        "process start-up (Python and its imports for ours). Ratios compare work times, "
        "curl / ours: 1.0 = as fast as curl. The runs take turns (ours, curl, curl to a file, "
        "ours, ...). Peak RSS stays flat as the file grows: the body is streamed in 1 MiB "
        "chunks into one reused buffer. Every repeated download of a tile and date costs "
        "processing units; the bench key has plenty.\n\n"
        "`curl -o /dev/null` never writes what it receives, while ours has to keep the file: "
        "a profile of one transfer of the 10 m tile (cProfile, on this machine) put about "
        "three quarters of it in writing to the file (the kernel copying it into the page "
        "cache) and most of the rest in receiving it; GDAL's check and the sidecar take "
        "milliseconds. Writing on a second thread while the next chunk arrives was "
        "tried and not kept: on this 2-core machine the emulator's own sending already takes "
        "the other core, and it was no faster. Against curl doing the same job (writing the "
        f"file) the ratio is {file_ratio:.2f}, ours also checking the file and writing its "
        "sidecar.\n\n"
        "The 4 dates are composites of a "
        f"{AOI.area_km2:.0f} km2 area ({', '.join(DATES)}), all four requests at once, "
        "including the server's rendering, ours within the key's 4 connections; the curl "
        "peer writes the four files too, which the output check compares with ours.\n"
    )
    return section, lines
