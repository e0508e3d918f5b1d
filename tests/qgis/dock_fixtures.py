"""The dock opened through the plugin, pointed at the emulator, and helpers to drive it."""

from __future__ import annotations

import datetime as dt
import itertools
from dataclasses import dataclass
from pathlib import Path

import pytest
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsProject,
    QgsRectangle,
)
from qgis.PyQt.QtCore import Qt
from world import JUNE

from clearsky_vision.core.api.config import Settings, store_key
from clearsky_vision.core.api.geometry import Aoi
from clearsky_vision.core.qgs import tasks

WAIT_MS = 20000
LEFT = Qt.MouseButton.LeftButton
WEB_MERCATOR = QgsCoordinateReferenceSystem("EPSG:3857")
WGS84 = QgsCoordinateReferenceSystem("EPSG:4326")
# The demo fields moved 0.01 degree east: a square canvas around it stays inside one zone,
# so every date is fully covered (the demo AOI's west edge is the zone border).
FIELDS = Aoi.from_bounds(9.51, 55.60, 9.57, 55.63, name="Demo fields")
_keys = itertools.count(1)


def make_key(emulator, **account) -> str:
    """A fresh emulator key: ``processing_units``, ``euro_balance``, ``demo_order``, limits...

    Made here rather than through tests/conftest.py's ``new_key`` so dock tests can pass any
    of the emulator's account fields (a key without the demo order, euros, overdraft).
    """
    key = f"dock-key-{next(_keys)}"
    account.setdefault("processing_units", account.pop("credits", 10000))  # the 2024 name
    emulator.add_key(key, **account)
    return key


@dataclass
class OpenDock:
    dock: object
    key: str
    folder: Path
    canvas: object
    bar: object

    def messages(self, level) -> list[str]:
        return self.bar.get_messages(level)


def show_area(canvas, aoi=FIELDS, crs=WEB_MERCATOR) -> QgsRectangle:
    """Point the canvas (in ``crs``) at ``aoi``; returns the extent the canvas settled on."""
    # A shown canvas has its real size, so the extent and clicks map as on a screen.
    canvas.window().show()
    canvas.setDestinationCrs(crs)
    west, south, east, north = aoi.bounds
    transform = QgsCoordinateTransform(WGS84, crs, QgsProject.instance())
    canvas.setExtent(transform.transformBoundingBox(QgsRectangle(west, south, east, north)))
    canvas.refresh()
    return canvas.extent()


@pytest.fixture(name="open_dock")
def open_dock_fixture(plugin, iface, qgis_iface, emulator, monkeypatch, tmp_path, qtbot):
    """``open_dock(**account)``: a fresh key in the environment, then the plugin's dock."""
    bar = qgis_iface.messageBar()
    bar.clear_messages()
    saved = Settings.load()
    opened: list[OpenDock] = []

    def open_(through: str = "environment", wait: bool = True, **account) -> OpenDock:
        """``through`` "environment" (CLEARSKY_API_*), "settings" (auth DB) or "nothing"."""
        key = make_key(emulator, **account)
        folder = tmp_path / "downloads"
        folder.mkdir(exist_ok=True)
        settings = Settings(download_folder=str(folder))
        for name, value in (("CLEARSKY_API_URL", emulator.url), ("CLEARSKY_API_KEY", key)):
            if through == "environment":
                monkeypatch.setenv(name, value)
            else:
                monkeypatch.delenv(name, raising=False)
        if through == "settings":
            settings.base_url = emulator.url
            settings.auth_config_id = store_key(key)
        settings.save()
        QgsProject.instance().setCrs(WEB_MERCATOR)
        canvas = qgis_iface.mapCanvas()
        show_area(canvas)
        plugin.dock_action.setChecked(True)
        dock = plugin.dock
        if wait:
            qtbot.waitUntil(lambda: dock.session.account is not None, timeout=WAIT_MS)
        opened.append(OpenDock(dock, key, folder, canvas, bar))
        return opened[-1]

    yield open_
    for item in opened:
        item.dock.cancel()
    qtbot.waitUntil(lambda: not tasks.running(), timeout=WAIT_MS)
    # Leave no trace for other suites: their settings and an empty project.
    saved.save()
    QgsProject.instance().clear()


def search(dock, qtbot, first: dt.date = JUNE[0], last: dt.date = JUNE[1], estimate=True):
    """Search a date range and wait for the list (and its estimate)."""
    dock.dates_box.set_date_range(first, last)
    qtbot.mouseClick(dock.dates_box.search_button, LEFT)
    qtbot.waitUntil(lambda: dock.dates_box.search_button.isEnabled(), timeout=WAIT_MS)
    if estimate and dock.dates_box.items:
        wait_estimate(dock, qtbot)


def wait_estimate(dock, qtbot) -> None:
    def estimated() -> None:
        says = dock.order_box.note.text()
        assert dock.session.plan is not None, f"no estimate; the dock says: {says}"

    qtbot.waitUntil(estimated, timeout=WAIT_MS)


def tick(dock, *dates: dt.date) -> None:
    """Tick dates the way a user does: by their check boxes."""
    for date in dates:
        dock.dates_box.items[date].setCheckState(0, Qt.CheckState.Checked)


def download(dock, qtbot) -> None:
    """Press Download and wait until every date has ended."""
    # Waiting for the signal, not polling for the batch: a batch that fails fast can begin
    # and end between two polls.
    with qtbot.waitSignal(dock.downloadsFinished, timeout=WAIT_MS * 3):
        qtbot.mouseClick(dock.order_box.download_button, LEFT)
