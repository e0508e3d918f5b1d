"""Probe: dates downloaded as the dock does, with or without their indices.

    analysis.py MODE URL KEY FOLDER WKT DATE [DATE ...]

    downloads   the dates bought through core.qgs.session.OrderSession as the dock buys them
                (one QgsTask per date, the key's connections at once), each shown with
                core.qgs.layers.show_composite
    overlap     the same, and each date's indices started through core.qgs.analysis.IndexJobs
                as soon as that date lands (one IndexTask per index and date)
    sequential  the same downloads, then every index of every date once all have landed

QGIS's task manager runs the tasks; the main thread only turns the event loop, as in QGIS.
Times start when the session starts downloading (after its checks on the server). Prints
DOWNLOAD_S (until the last date landed), INDEX_S (from then until the last index layer was
added; 0 when the indices ended first) and ELAPSED (the whole job), in seconds, and CPU_BUSY:
the share of the machine's cores this process and the server (the emulator, whose process id
is in CLEARSKY_BENCH_SERVER_PID) kept busy meanwhile, in percent.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import time
from pathlib import Path

from qgis.core import QgsApplication, QgsProject
from qgis.PyQt.QtCore import QEventLoop, QTimer

INDICES = ("NDVI", "NDWI")
GROUP = "Benchmark"
TIMEOUT_MS = 120_000  # far beyond a normal run: a stuck task fails the run


def server_cpu_seconds() -> float:
    """CPU time of the emulator's process so far (Linux /proc; 0 where it cannot be read)."""
    pid = os.environ.get("CLEARSKY_BENCH_SERVER_PID")
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def main(mode: str, url: str, key: str, folder: str, wkt: str, *days: str) -> None:
    app = QgsApplication([], False)
    app.initQgis()
    from clearsky_vision.core.api.client import ClearSkyClient
    from clearsky_vision.core.api.geometry import Aoi
    from clearsky_vision.core.api.models import CompositeRequest
    from clearsky_vision.core.qgs.analysis import IndexJobs
    from clearsky_vision.core.qgs.layers import show_composite
    from clearsky_vision.core.qgs.session import OrderSession

    aoi = Aoi.from_wkt(wkt, name="Benchmark area")
    client = ClearSkyClient(url, key)
    requests = {dt.date.fromisoformat(day): CompositeRequest(aoi, day) for day in days}
    project = QgsProject.instance()
    session = OrderSession()
    jobs = IndexJobs(project)
    loop = QEventLoop()
    marks: dict[str, float] = {}
    landed: dict[dt.date, Path] = {}
    added: list = []
    errors: list = []
    wanted = len(days) * len(INDICES) if mode != "downloads" else 0

    def check(*_args) -> None:
        if "end" in marks:
            return
        if "downloads" in marks and len(added) == wanted and not jobs.running():
            marks["end"] = time.perf_counter()
            marks["cpu"] = time.process_time() + server_cpu_seconds() - marks["cpu"]
            loop.quit()

    def started(_plan) -> None:
        marks["start"] = time.perf_counter()
        marks["cpu"] = time.process_time() + server_cpu_seconds()

    def date_done(date, result) -> None:
        landed[date] = result.path
        show_composite(project, GROUP, aoi.name, requests[date], result)
        if mode == "overlap":
            jobs.start(date, result.path, GROUP, aoi.name, INDICES)

    def failed(*what) -> None:
        errors.append(" ".join(map(str, what)))
        loop.quit()

    def finished(_queue) -> None:
        marks["downloads"] = time.perf_counter()
        if mode == "sequential":
            for date, path in sorted(landed.items()):
                jobs.start(date, path, GROUP, aoi.name, INDICES)
        check()

    session.started.connect(started)
    session.dateDone.connect(date_done)
    session.dateFailed.connect(failed)
    session.refused.connect(failed)
    session.finished.connect(finished)
    jobs.layerAdded.connect(lambda *_args: added.append(1) or check())
    jobs.jobFailed.connect(failed)
    jobs.allDone.connect(check)
    QTimer.singleShot(TIMEOUT_MS, loop.quit)
    session.buy(client, list(requests.values()), folder)
    loop.exec()
    if errors or "end" not in marks:
        raise SystemExit(f"{mode} did not finish: {errors or 'timed out'}")
    begin = marks["start"]
    print(f"DOWNLOAD_S={marks['downloads'] - begin:.4f}")
    print(f"INDEX_S={max(0.0, marks['end'] - marks['downloads']):.4f}")
    print(f"ELAPSED={marks['end'] - begin:.4f}")
    busy = marks["cpu"] / ((os.cpu_count() or 1) * (marks["end"] - begin))
    print(f"CPU_BUSY={100 * busy:.1f}")
    project.clear()
    app.exitQgis()


if __name__ == "__main__":
    main(*sys.argv[1:])
