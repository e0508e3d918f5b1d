"""Benchmark 6: from a search to the first date on the canvas, split into its steps."""

from __future__ import annotations

import shutil

from bench_download import AOI, DAY
from common import OUT, PYTHON, EmulatorProcess, Spec, measure_all, summary_line, table

PROBE = "bench/probes/first_layer.py"
STEPS = {
    "search (ms)": "SEARCH_MS",
    "estimate (ms)": "ESTIMATE_MS",
    "server (ms)": "SERVER_MS",
    "transfer (ms)": "TRANSFER_MS",
    "styling (ms)": "STYLE_MS",
    "drawing (ms)": "DRAW_MS",
}


def client_side_ms(found) -> float:
    """Every step but the server's own time."""
    return sum(found.metrics[name] for name in STEPS.values() if name != "SERVER_MS")


def run(runs: int = 5) -> tuple[str, list[str]]:
    folder = OUT / "first-layer"

    def fresh() -> None:
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir(parents=True)

    with EmulatorProcess() as emulator:
        key = emulator.rich_key()

        def probe(mode: str) -> list:
            return [PYTHON, PROBE, mode, emulator.url, key, folder, AOI.wkt, DAY]

        ours, manual = measure_all(
            [
                Spec("ours: the dock's calls", probe("ours"), fresh),
                Spec("by hand: curl, then QGIS's defaults", probe("manual"), fresh),
            ],
            runs,
        )
    lines = [
        summary_line("search_to_first_layer", ours.inner, manual.inner),
        summary_line(
            "search_to_first_layer_client_side", client_side_ms(ours), client_side_ms(manual), "ms"
        ),
    ]
    section = table(
        "6. Search to first layer on the canvas",
        ".venv/bin/python bench/run.py --only first_layer",
        [ours, manual],
        "; ".join(lines),
        STEPS,
    )
    section += (
        f"\nOne date ({DAY}) of a {AOI.area_km2:.0f} km2 area, all ten bands at 10 m, from "
        "the emulator on loopback, into a QGIS process (offscreen) with a shown 1000 x 800 "
        "map canvas. Each step is a median over the runs (so the steps need not add up to "
        "the median total). 'Work' is the total.\n\n"
        "- search: the dates over the area in the 45 days up to the date;\n"
        "- estimate: ours asks for the account, the date's availability and its estimate "
        "when the dates are listed, and again (with the disk check) when Download is pressed, "
        "as the dock does; by hand, one estimate;\n"
        "- server: from sending the download request to the first MiB of the answer; the "
        "emulator renders the composite before it answers, so this is the server's time;\n"
        "- transfer: the rest of the body to disk (ours also checks the file with GDAL and "
        "writes its sidecar);\n"
        "- styling: ours loads the layer styled true colour with its date and metadata "
        "(`core.qgs.layers.show_composite`); by hand, `QgsRasterLayer` with QGIS's default "
        "style, added to the project;\n"
        "- drawing: until the canvas has drawn the layer.\n\n"
        "The peer is the least a user could do with the same server: curl for each request "
        "(curl's own timings, without starting curl) and the file opened in QGIS. Ratios are "
        "peer / ours; the second line leaves out the server's time, which neither side "
        "controls.\n"
    )
    return section, lines
