"""Probe: how long QGIS's GUI thread stalls while dates download and get their NDVI.

    gui.py tasks    URL KEY FOLDER WKT DATE...   ours: the dock's OrderSession, one IndexTask
                                                 per date, layers added as each task ends
    gui.py blocking URL KEY FOLDER WKT DATE...   the same calls made directly on the GUI thread
    gui.py idle     URL KEY FOLDER WKT DATE...   no work: the timer alone for IDLE_SECONDS

A 10 ms timer on the GUI thread records when it fires; the longest gap between two ticks is
how long the interface was frozen. Prints MAX_GAP_MS, P99_GAP_MS, TICKS and ELAPSED (the
seconds from the start of the work to the last layer on the canvas).
"""

from __future__ import annotations

import math
import sys
import time
from pathlib import Path

from canvas import canvas_over
from qgis.core import QgsApplication, QgsProject
from qgis.PyQt.QtCore import Qt, QTimer

from clearsky_vision.core.api.client import ClearSkyClient
from clearsky_vision.core.api.geometry import Aoi
from clearsky_vision.core.api.models import CompositeRequest
from clearsky_vision.core.qgs import tasks
from clearsky_vision.core.qgs.index_style import load_index
from clearsky_vision.core.qgs.layers import show_composite
from clearsky_vision.core.qgs.raster_tasks import IndexTask
from clearsky_vision.core.qgs.session import OrderSession
from clearsky_vision.core.raster.catalogue import resolve_index
from clearsky_vision.core.raster.indices import compute_index, index_output_path

TICK_MS = 10
IDLE_SECONDS = 3.0
GROUP = "Benchmark"
NDVI = resolve_index("NDVI")


class Ticks:
    """When a GUI-thread timer fired."""

    def __init__(self) -> None:
        self.times: list[float] = []
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(lambda: self.times.append(time.perf_counter()))

    def start(self) -> None:
        self.times.append(time.perf_counter())
        self.timer.start()

    def stop(self) -> None:
        self.times.append(time.perf_counter())
        self.timer.stop()

    def report(self) -> None:
        gaps = sorted(b - a for a, b in zip(self.times, self.times[1:]))
        print(f"MAX_GAP_MS={gaps[-1] * 1000:.1f}")
        print(f"P99_GAP_MS={gaps[math.ceil(0.99 * len(gaps)) - 1] * 1000:.1f}")
        print(f"TICKS={len(gaps)}")


class Work:
    """Download every date, add it as the dock does, then its NDVI as a styled layer."""

    def __init__(self, app, url: str, key: str, folder: str, wkt: str, dates: list[str]):
        self.app = app
        self.client = ClearSkyClient(url, key)
        self.account = self.client.account_info()
        self.aoi = Aoi.from_wkt(wkt, name="Benchmark area")
        self.requests = {r.date: r for r in (CompositeRequest(self.aoi, d) for d in dates)}
        self.folder = Path(folder)
        self.project = QgsProject.instance()
        self.indices_left = len(dates)
        self.error: Exception | None = None

    # What the dock connects to the order session's signals, on the GUI thread -----------

    def date_done(self, date, result) -> None:
        self.show(date, result)
        task = IndexTask(result.path, NDVI, on_done=self.show_index, on_error=self.fail)
        tasks.start(task)

    def date_failed(self, _date, error) -> None:
        self.fail(error)

    # Shared by both ways of running ------------------------------------------------------

    def show(self, date, result) -> None:
        show_composite(self.project, GROUP, self.aoi.name, self.requests[date], result)

    def show_index(self, result) -> None:
        self.project.addMapLayer(load_index(result))
        self.indices_left -= 1
        if not self.indices_left:
            self.app.exit(0)

    def fail(self, error: Exception) -> None:
        self.error = error
        self.app.exit(1)

    def in_tasks(self) -> None:
        self.session = OrderSession()
        self.session.dateDone.connect(self.date_done)
        self.session.dateFailed.connect(self.date_failed)
        self.session.refused.connect(self.fail)
        self.session.buy(self.client, list(self.requests.values()), self.folder)

    def on_gui_thread(self) -> None:
        for date, request in self.requests.items():
            result = self.client.download_composite(request, self.folder)
            self.show(date, result)
            output = index_output_path(result.path, NDVI)
            self.show_index(compute_index(result.path, NDVI, output))


def main(mode: str, url: str, key: str, folder: str, wkt: str, *dates: str) -> None:
    app = QgsApplication([], True)
    app.initQgis()
    work = Work(app, url, key, folder, wkt, list(dates))
    canvas = canvas_over(work.aoi)
    ticks = Ticks()
    ticks.start()
    started = time.perf_counter()
    if mode == "tasks":
        QTimer.singleShot(0, work.in_tasks)
    elif mode == "blocking":
        QTimer.singleShot(0, work.on_gui_thread)
    else:
        QTimer.singleShot(int(IDLE_SECONDS * 1000), lambda: app.exit(0))
    status = app.exec()
    elapsed = time.perf_counter() - started
    ticks.stop()
    if work.error is not None or status:
        raise SystemExit(f"the work failed: {work.error}")
    ticks.report()
    print(f"ELAPSED={elapsed:.4f}")
    canvas.hide()
    app.exitQgis()


if __name__ == "__main__":
    main(*sys.argv[1:])
