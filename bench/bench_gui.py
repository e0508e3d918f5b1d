"""Benchmark 4: GUI responsiveness while 4 dates download and get their NDVI in QgsTasks."""

from __future__ import annotations

import shutil

from bench_download import AOI, DATES
from common import OUT, PYTHON, EmulatorProcess, Spec, measure_all, summary_line, table, verdict

PROBE = "bench/probes/gui.py"
GAPS = {"max gap (ms)": "MAX_GAP_MS", "p99 gap (ms)": "P99_GAP_MS", "ticks": "TICKS"}


def run(runs: int = 5) -> tuple[str, list[str]]:
    folder = OUT / "gui"

    def fresh() -> None:  # nothing to reuse: every run downloads and computes again
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir(parents=True)

    with EmulatorProcess() as emulator:
        key = emulator.rich_key(connections=len(DATES))

        def probe(mode: str) -> list:
            return [PYTHON, PROBE, mode, emulator.url, key, folder, AOI.wkt, *DATES]

        ours, blocking, idle = measure_all(
            [
                Spec("ours: QgsTasks (download batch, then NDVI)", probe("tasks"), fresh),
                Spec("the same calls on the GUI thread", probe("blocking"), fresh),
                Spec("no work: the timer alone for 3 s", probe("idle"), fresh),
            ],
            runs,
        )
    gap = "MAX_GAP_MS"
    lines = [
        summary_line(
            "gui_max_gap_vs_gui_thread_work", ours.metrics[gap], blocking.metrics[gap], "ms"
        ),
        summary_line("gui_max_gap_vs_idle", ours.metrics[gap], idle.metrics[gap], "ms"),
    ]
    section = table(
        "4. GUI responsiveness during a 4-date download and NDVI",
        ".venv/bin/python bench/run.py --only gui",
        [ours, blocking, idle],
        "; ".join(lines),
        GAPS,
    )
    section += "\n".join(
        [
            "",
            verdict(
                f"longest gap under 100 ms ({ours.metrics[gap]:.0f} ms)", ours.metrics[gap] < 100
            ),
            "",
        ]
    )
    section += (
        f"\nA QGIS process (offscreen) with a shown map canvas drawing the project's layers "
        f"downloads {len(DATES)} dates ({', '.join(DATES)}) of a {AOI.area_km2:.0f} km2 area, "
        "all ten bands, from the emulator (a separate process), at the key's limit of "
        f"{len(DATES)} connections. Each finished date becomes a styled true-colour layer "
        "exactly as the dock adds it (`core.qgs.layers.show_composite`) and starts an NDVI "
        "`IndexTask`, whose styled layer is added when it ends "
        "(`core.qgs.index_style.load_index`). "
        "A 10 ms timer on the GUI thread records when it fires: the longest gap between two "
        "ticks is the longest the interface froze. 'Work' is the time "
        "from the start to the last layer added.\n\n"
        "Peers: the same calls made one after another on the GUI thread (what "
        "`QgsTask.fromFunction(..., function(...))` or a plain script in the Python console "
        "amounts to: the interface freezes for the whole job), and the timer alone, which "
        "shows the jitter the timer has with no work at all. Ratios are peer / ours.\n"
    )
    return section, lines
