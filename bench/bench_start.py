"""Benchmark 5: plugin start-up (import + classFactory + initGui) in a fresh QGIS process."""

from __future__ import annotations

from common import PYTHON, Spec, measure_all, summary_line, table, verdict

PROBE = "bench/probes/plugin_start.py"


def run(runs: int = 7) -> tuple[str, list[str]]:
    ours, peer = measure_all(
        [
            Spec("ours: import + classFactory + initGui", [PYTHON, PROBE, "clearsky"]),
            Spec("one-action plugin, same steps", [PYTHON, PROBE, "minimal"]),
        ],
        runs,
    )
    line = summary_line("plugin_start", ours.inner, peer.inner)
    section = table(
        "5. Plugin start", ".venv/bin/python bench/run.py --only start", [ours, peer], line
    )
    heavy = ours.metrics["HEAVY_COUNT"]
    section += "\n".join(
        [
            "",
            verdict(f"under 0.150 s ({ours.inner:.3f} s)", ours.inner < 0.150),
            verdict(
                "numpy, GDAL's array code and the network client imported lazily "
                f"({heavy:.0f} of them imported at start-up)",
                heavy == 0,
            ),
            "",
        ]
    )
    section += (
        "\n'Work' is the time from importing the package to the end of initGui, measured inside "
        "a fresh QGIS process (the process start and QGIS's own initialisation are excluded). "
        "The ratio is the minimal plugin's time over ours: it shows the "
        "cost of our actions, icons and Processing provider, not of QGIS. The dock, numpy, "
        "GDAL's array code and the network client are imported on first use only "
        "(tests/qgis/test_startup.py checks that).\n"
    )
    return section, [line]
