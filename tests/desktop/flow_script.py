"""Run inside the QGIS desktop (``qgis --code flow_script.py``): use the dock like a user.

Every step waits for the previous one by polling on a QTimer, so the GUI thread never
blocks; the outcome goes to CLEARSKY_FLOW_OUT/report.json with the screenshots, then QGIS
exits. CLEARSKY_FLOW_MODE "flow" (the default) downloads and screenshots the result;
"language" only searches and records the texts the dock shows. Written for
test_desktop_flow.py.
"""

import datetime as dt
import json
import os
import time
import traceback
from pathlib import Path

from qgis.core import QgsCoordinateReferenceSystem, QgsProject
from qgis.PyQt.QtCore import Qt, QTimer
from qgis.PyQt.QtWidgets import QApplication
from qgis.utils import iface, plugins

OUT = Path(os.environ["CLEARSKY_FLOW_OUT"])
AOI_FILE = os.environ["CLEARSKY_FLOW_AOI"]  # "Demo fields.geojson"
MODE = os.environ.get("CLEARSKY_FLOW_MODE", "flow")
DEADLINE = time.monotonic() + 100
TICKED = (dt.date(2024, 6, 3), dt.date(2024, 6, 28))
report = {"error": None, "steps": []}


def open_dock():
    """QGIS up, the dock open, the demo fields searched in June 2024; yields as flow() does."""
    yield lambda: "clearsky_vision" in plugins
    plugin = plugins["clearsky_vision"]
    # No window manager under Xvfb: size the window to the screen by hand.
    iface.mainWindow().setGeometry(QApplication.primaryScreen().availableGeometry())
    mercator = QgsCoordinateReferenceSystem("EPSG:3857")
    QgsProject.instance().setCrs(mercator)
    canvas = iface.mapCanvas()
    canvas.setDestinationCrs(mercator)
    plugin.dock_action.setChecked(True)
    dock = plugin.dock
    yield lambda: dock.session.account is not None
    report["account_units"] = dock.account_box.labels["processing_units"].text()

    dock.aoi_box.file.setFilePath(AOI_FILE)  # as if picked with the "…" button
    report["aoi"] = dock.aoi_box.area_label.text()
    dock.dates_box.set_date_range(dt.date(2024, 6, 1), dt.date(2024, 6, 30))
    dock.dates_box.search_button.click()
    yield lambda: dock.dates_box.items


def language():
    """The texts of the dock after a search, in whatever language QGIS is set to."""
    yield from open_dock()
    plugin = plugins["clearsky_vision"]
    dock = plugin.dock
    report["dates_listed"] = len(dock.dates_box.items)
    report["settings_action"] = plugin.settings_action.text()
    report["account_title"] = dock.account_box.title()
    report["search_button"] = dock.dates_box.search_button.text()
    report["dates_status"] = dock.dates_box.status.text()
    dock.widget().widget().grab().save(str(OUT / "dock.png"))


def flow():
    """The user's steps; each ``yield`` waits until the condition it returns is true."""
    yield from open_dock()
    dock = plugins["clearsky_vision"].dock
    canvas = iface.mapCanvas()
    yield lambda: dock.session.plan is not None
    report["dates_listed"] = len(dock.dates_box.items)
    for date in TICKED:
        dock.dates_box.items[date].setCheckState(0, Qt.CheckState.Checked)
    report["steps"].append(f"ticked: {dock.order_box.total.text()}")
    finished = []
    dock.downloadsFinished.connect(finished.append)
    dock.order_box.download_button.click()
    yield lambda: finished
    yield lambda: dock.session.plan is not None  # the list now shows the downloaded dates as free

    group = QgsProject.instance().layerTreeRoot().findGroup(dock.layer_group)
    layers = [node.layer() for node in group.findLayers()]
    report["group"] = group.name()
    report["layers"] = [describe(layer) for layer in layers]
    frame = canvas.temporalController().frameDuration()
    report["frame_days"] = frame.days()
    report["messages"] = [item.text() for item in iface.messageBar().items()]
    canvas.setExtent(canvas.mapSettings().layerExtentToOutputExtent(layers[0], layers[0].extent()))
    canvas.zoomByFactor(1.1)
    canvas.refresh()
    started = time.monotonic()
    yield lambda: time.monotonic() - started > 1.5 and not canvas.isDrawing()

    dock.dates_box.tree.scrollToItem(dock.dates_box.items[TICKED[0]])
    dock.widget().widget().grab().save(str(OUT / "dock.png"))
    canvas_image = canvas.grab()
    canvas_image.save(str(OUT / "canvas.png"))
    iface.mainWindow().grab().save(str(OUT / "window.png"))
    report["canvas_colours"] = colour_count(canvas_image.toImage())


def describe(layer):
    renderer = layer.renderer()
    enhancement = renderer.redContrastEnhancement()
    span = layer.temporalProperties().fixedTemporalRange()
    return {
        "name": layer.name(),
        "bands": [renderer.redBand(), renderer.greenBand(), renderer.blueBand()],
        "stretch": [enhancement.minimumValue(), enhancement.maximumValue()],
        "day": span.begin().date().toString("yyyy-MM-dd"),
    }


def colour_count(image) -> int:
    """Distinct colours on a grid of the image: a blank or grey map has only a few."""
    colours = set()
    for x in range(0, image.width(), 7):
        for y in range(0, image.height(), 7):
            colours.add(image.pixel(x, y))
    return len(colours)


def finish(code: int) -> None:
    timer.stop()
    (OUT / "report.json").write_text(json.dumps(report, indent=2))
    QApplication.instance().exit(code)


steps = language() if MODE == "language" else flow()
waiting = [lambda: True]


def advance() -> None:
    try:
        if time.monotonic() > DEADLINE:
            report["error"] = f"timed out after: {report['steps'][-3:]}"
            finish(2)
            return
        if not waiting[0]():
            return
        waiting[0] = next(steps)
        report["steps"].append(f"waiting at line {waiting[0].__code__.co_firstlineno}")
    except StopIteration:
        finish(0)
    except Exception:
        report["error"] = traceback.format_exc()
        finish(1)


timer = QTimer()
timer.timeout.connect(advance)
timer.start(200)
