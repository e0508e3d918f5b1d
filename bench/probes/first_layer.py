"""Probe: from a search to the first date drawn on the canvas, step by step.

    first_layer.py ours   URL KEY FOLDER WKT DATE   the calls the dock makes, in its order
    first_layer.py manual URL KEY FOLDER WKT DATE   the least a user could do by hand: curl for
                                                    search, estimate and download, then the
                                                    file opened in QGIS with its defaults

Each step is printed in milliseconds (SEARCH_MS, ESTIMATE_MS, SERVER_MS, TRANSFER_MS,
STYLE_MS, DRAW_MS) and ELAPSED is their total, in seconds. SERVER_MS runs from sending the
download request to the first MiB of the answer: the server renders the composite first.
"""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
import time
from pathlib import Path

from canvas import canvas_over, draw
from qgis.core import QgsApplication, QgsProject, QgsRasterLayer

from clearsky_vision.core.api.client import ClearSkyClient
from clearsky_vision.core.api.geometry import Aoi
from clearsky_vision.core.api.models import CompositeRequest
from clearsky_vision.core.api.purchase import checked_plan, plan_purchase
from clearsky_vision.core.qgs.layers import show_composite

SEARCH_DAYS = 45  # the range searched: the date and the 45 days before it


class Steps:
    """Named durations, printed as NAME_MS=<milliseconds>."""

    def __init__(self) -> None:
        self.ms: dict[str, float] = {}
        self.mark = time.perf_counter()

    def done(self, name: str, seconds: float | None = None) -> None:
        now = time.perf_counter()
        self.ms[name] = 1000 * (now - self.mark if seconds is None else seconds)
        self.mark = now

    def report(self) -> None:
        for name, value in self.ms.items():
            print(f"{name}_MS={value:.1f}")
        print(f"ELAPSED={sum(self.ms.values()) / 1000:.4f}")


def ours(url, key, folder, aoi, date, canvas, steps) -> None:
    client = ClearSkyClient(url, key)
    client.search_dates(aoi, date - dt.timedelta(days=SEARCH_DAYS), date)
    steps.done("SEARCH")
    request = CompositeRequest(aoi, date)
    plan_purchase(client, [request], folder)  # the cost shown once dates are listed
    checked_plan(client, [request], folder)  # asked again when Download is pressed
    steps.done("ESTIMATE")
    first_bytes = []
    started = time.perf_counter()

    def progress(_done, _total) -> None:
        if not first_bytes:
            first_bytes.append(time.perf_counter())

    result = client.download_composite(request, folder, progress=progress)
    finished = time.perf_counter()
    steps.done("SERVER", first_bytes[0] - started)
    steps.done("TRANSFER", finished - first_bytes[0])  # with the GDAL check and the sidecar
    show_composite(QgsProject.instance(), "Benchmark", aoi.name, request, result)
    steps.done("STYLE")
    draw(canvas)
    steps.done("DRAW")


def manual(url, key, folder, aoi, date, canvas, steps) -> None:
    first = (date - dt.timedelta(days=SEARCH_DAYS)).isoformat()
    search = {"Wkt": aoi.wkt, "From": first, "Until": date.isoformat()}
    steps.done("SEARCH", curl(url, key, "search/available", search)[1])
    body = CompositeRequest(aoi, date).download_body()
    steps.done("ESTIMATE", curl(url, key, "process/composite/estimate", body)[1])
    path = Path(folder) / f"{date}.tif"
    server, total = curl(url, key, "process/composite", body, path)
    steps.done("SERVER", server)
    steps.done("TRANSFER", total - server)
    QgsProject.instance().addMapLayer(QgsRasterLayer(str(path), str(date)))
    steps.done("STYLE")
    draw(canvas)
    steps.done("DRAW")


def curl(url, key, path, body, output: Path | None = None) -> tuple[float, float]:
    """POST ``body``; curl's own time to the first byte and in total, in seconds."""
    answer = subprocess.run(
        [
            *("curl", "-sf", "-X", "POST", "-H", f"X-API-KEY: {key}"),
            *("-H", "Content-Type: application/json", "--data-binary", json.dumps(body)),
            *("-o", str(output or "/dev/null")),
            *("-w", "%{time_starttransfer} %{time_total}"),
            f"{url}/api/satelliteimages/{path}",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    first, total = (float(part) for part in answer.stdout.split())
    return first, total


def main(mode: str, url: str, key: str, folder: str, wkt: str, day: str) -> None:
    app = QgsApplication([], True)
    app.initQgis()
    aoi = Aoi.from_wkt(wkt, name="Benchmark area")
    canvas = canvas_over(aoi)
    draw(canvas)  # an empty canvas first, as in a running QGIS
    steps = Steps()
    {"ours": ours, "manual": manual}[mode](
        url, key, folder, aoi, dt.date.fromisoformat(day), canvas, steps
    )
    steps.report()
    QgsProject.instance().clear()
    canvas.hide()
    app.exitQgis()


if __name__ == "__main__":
    main(*sys.argv[1:])
