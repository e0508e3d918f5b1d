"""Benchmark: 4 dates downloaded with NDVI and NDWI each, indices computed as each date lands."""

from __future__ import annotations

import shutil
from pathlib import Path

from bench_download import AOI, DATES
from common import (
    OUT,
    PYTHON,
    EmulatorProcess,
    OutputMismatchError,
    Spec,
    measure_all,
    same_bytes,
    summary_line,
    table,
    verdict,
)

PROBE = "bench/probes/analysis.py"
INDICES = ("NDVI", "NDWI")  # as bench/probes/analysis.py computes them
OVERLAP_TARGET = 1.15  # the whole job at most this many times the downloads alone
# Files leave the emulator as over a 100 Mbit/s line per connection (a good office or fibre
# line): on 127.0.0.1 a download would otherwise cost only the emulator's rendering, on the
# same two cores the indices need, and there would be no network to hide the indices behind.
LINK_MBPS = 100
COLUMNS = {
    "downloads (s)": "DOWNLOAD_S",
    "indices after the last date (s)": "INDEX_S",
    "CPU busy (%)": "CPU_BUSY",
}


def run(runs: int = 5) -> tuple[str, list[str]]:
    folder = OUT / "analysis"

    def fresh(mode: str):
        def setup() -> None:
            # Nothing to reuse: every run buys its dates again and computes every index.
            shutil.rmtree(folder / mode, ignore_errors=True)
            (folder / mode).mkdir(parents=True)

        return setup

    with EmulatorProcess(link_mbps=LINK_MBPS) as emulator:
        key = emulator.rich_key(connections=4)
        env = {"CLEARSKY_BENCH_SERVER_PID": str(emulator.process.pid)}

        def spec(mode: str, name: str) -> Spec:
            command = [PYTHON, PROBE, mode, emulator.url, key, folder / mode, AOI.wkt, *DATES]
            return Spec(name, command, fresh(mode), env)

        downloads, overlap, sequential = measure_all(
            [
                spec("downloads", "downloads alone (the session, layers shown)"),
                spec("overlap", "with NDVI + NDWI started as each date lands"),
                spec("sequential", "with NDVI + NDWI after the last date"),
            ],
            runs,
        )
    checks = _same_indices(folder / "overlap", folder / "sequential")
    overlap_ratio = overlap.inner / downloads.inner
    measured_sequential = sequential.inner / downloads.inner
    index_share = sequential.metrics["INDEX_S"] / sequential.metrics["DOWNLOAD_S"]
    busy = downloads.metrics.get("CPU_BUSY", 0.0)
    lines = [
        f"analysis_overlap: ours {overlap.inner:.3f} s, downloads alone "
        f"{downloads.inner:.3f} s, ratio {overlap_ratio:.2f} (target <= {OVERLAP_TARGET})",
        f"analysis_sequential: 1.0 + index/download = {1 + index_share:.2f} "
        f"(measured {sequential.inner:.3f} s, {measured_sequential:.2f}x the downloads alone)",
        summary_line("analysis_overlap_vs_sequential", overlap.inner, sequential.inner),
    ]
    section = table(
        f"Indices as dates land: {len(DATES)} dates with {' and '.join(INDICES)} each",
        ".venv/bin/python bench/run.py --only analysis",
        [downloads, overlap, sequential],
        "; ".join(lines),
        COLUMNS,
    )
    section += "\n".join(
        [
            "",
            verdict(
                f"downloads and indices within {OVERLAP_TARGET}x the downloads alone "
                f"(measured {overlap_ratio:.2f}x)",
                overlap_ratio <= OVERLAP_TARGET,
            ),
            "",
            "Output checks (a mismatch fails `make bench`):",
            "",
            *(f"- {check}" for check in checks),
            "",
        ]
    )
    section += (
        f"\nThe dates ({', '.join(DATES)}) are composites of a {AOI.area_km2:.0f} km2 area, all "
        "ten bands at 10 m, bought from the emulator through `core.qgs.session.OrderSession` "
        "as the dock buys them (the key's 4 connections), each shown with "
        "`core.qgs.layers.show_composite`, in a QGIS process (offscreen) that only turns its "
        "event loop while QGIS's task manager runs the tasks. The emulator sends files at "
        f"most at {LINK_MBPS} Mbit/s per connection (`--link-mbps`), as a real line does: on "
        "loopback a download would cost only the emulator's rendering, on the same two cores "
        "the indices need. The index rows add "
        f"{' and '.join(INDICES)} of every date through `core.qgs.analysis.IndexJobs` (one "
        "`IndexTask` per index and date, each layer added to the date's group with the "
        "index's shared ramp): started as each date lands, or all at once after the last. "
        "A download task gives its slot in Qt's thread pool (one per core) to the next task "
        "while it waits on the network (`core.qgs.tasks.waiting_on_the_network`), so index "
        "tasks run during the downloads. 'Work' is the job from the session's start (after "
        "its checks on the server) to the last layer; ratios compare work times. 'Indices "
        "after the last date' is the time the indices still took once the last date had "
        "landed; 'CPU busy' is the share of the machine's cores that the QGIS process and the "
        f"emulator used during the work (downloads alone: {busy:.0f}%).\n"
    )
    return section, lines


def _same_indices(overlapped: Path, sequential: Path) -> list[str]:
    """Every index file of the overlapped run is byte-identical to the sequential run's."""
    found = sorted(p.name for p in overlapped.glob("*.tif") if p.stem.endswith(INDICES))
    expected = len(DATES) * len(INDICES)
    if len(found) != expected:
        raise OutputMismatchError(
            f"the overlapped run wrote {len(found)} index files, not {expected}"
        )
    return [
        same_bytes(overlapped / name, sequential / name, f"{name}, overlapped vs sequential")
        for name in found
    ]
