"""Benchmark 5: plugin start-up (import + classFactory + initGui) in a fresh QGIS process."""

from __future__ import annotations

from common import PYTHON, measure, summary_line, table

PROBE = "bench/probes/plugin_start.py"


def run(runs: int = 7) -> tuple[str, list[str]]:
    ours = measure("ours: import + classFactory + initGui", [PYTHON, PROBE, "clearsky"], runs)
    peer = measure("one-action plugin, same steps", [PYTHON, PROBE, "minimal"], runs)
    line = summary_line("plugin_start", ours.inner, peer.inner)
    section = table("5. Plugin start", "make bench (bench/bench_start.py)", [ours, peer], line)
    section += (
        "\n'Work' is the time from importing the package to the end of initGui, measured inside "
        "a fresh QGIS process (the process start and QGIS's own initialisation are excluded). "
        "Target: under 0.150 s. The ratio is the minimal plugin's time over ours: it shows the "
        "cost of our actions, icons and Processing provider, not of QGIS. The dock, numpy, "
        "GDAL's array code and the network client are imported on first use only "
        "(tests/qgis/test_startup.py checks that).\n"
    )
    return section, [line]


if __name__ == "__main__":
    print(run()[0])
