"""Run inside the QGIS desktop (``qgis --code flow_script.py``): use the dock like a user.

Every step waits for the previous one by polling on a QTimer, so the GUI thread never
blocks; the outcome goes to CLEARSKY_FLOW_OUT/report.json with the screenshots, then QGIS
exits. CLEARSKY_FLOW_MODE "flow" (the default) downloads with NDVI ticked, charts NDVI at a
clicked pixel in the time-series panel and screenshots each stage; "language" only searches
and records the texts the dock shows. Both check the dock's width and its Tab order.
Written for test_desktop_flow.py.
"""

import datetime as dt
import json
import os
import time
import traceback
from pathlib import Path

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsLayerTreeLayer,
    QgsProject,
)
from qgis.PyQt.QtCore import QPoint, Qt, QTimer
from qgis.PyQt.QtTest import QTest
from qgis.PyQt.QtWidgets import QApplication, QDockWidget
from qgis.utils import iface, plugins

OUT = Path(os.environ["CLEARSKY_FLOW_OUT"])
AOI_FILE = os.environ["CLEARSKY_FLOW_AOI"]  # "Demo fields.geojson"
MODE = os.environ.get("CLEARSKY_FLOW_MODE", "flow")
DEADLINE = time.monotonic() + 100
TICKED = (dt.date(2024, 6, 3), dt.date(2024, 6, 28))
LEFT = Qt.MouseButton.LeftButton
LAYERS_WIDTH = 370  # px: the group and subgroup names in full
PANEL_HEIGHT = 330  # px: the time-series panel
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
    check_keyboard_and_width(dock)
    dock.widget().widget().grab().save(str(OUT / "dock.png"))


def flow():
    """The user's steps; each ``yield`` waits until the condition it returns is true."""
    yield from open_dock()
    plugin = plugins["clearsky_vision"]
    dock = plugin.dock
    canvas = iface.mapCanvas()
    project = QgsProject.instance()
    yield lambda: dock.session.plan is not None
    report["dates_listed"] = len(dock.dates_box.items)
    for date in TICKED:
        dock.dates_box.items[date].setCheckState(0, Qt.CheckState.Checked)
    report["steps"].append(f"ticked: {dock.order_box.total.text()}")
    dock.analysis_box.index_boxes["NDVI"].click()  # computed for each date as it lands
    finished = []
    dock.downloadsFinished.connect(finished.append)
    dock.order_box.download_button.click()
    yield lambda: finished
    yield lambda: dock.session.plan is not None  # the list now shows the downloaded dates as free

    group = project.layerTreeRoot().findGroup(dock.layer_group)
    yield lambda: len(ndvi_layers(group)) == len(TICKED) and not dock.analysis_box.jobs.running()
    # The dates themselves sit directly in the group, the indices in subgroups of it.
    layers = [node.layer() for node in group.children() if isinstance(node, QgsLayerTreeLayer)]
    report["group"] = group.name()
    report["layers"] = [describe(layer) for layer in layers]
    report["indices"] = [describe_index(layer) for layer in ndvi_layers(group)]
    frame = canvas.temporalController().frameDuration()
    report["frame_days"] = frame.days()
    report["messages"] = [item.text() for item in iface.messageBar().items()]

    # The README's first pictures show the true colours: the index subgroup off for them.
    subgroups = [node for node in group.children() if not isinstance(node, QgsLayerTreeLayer)]
    for node in subgroups:
        node.setItemVisibilityChecked(False)
        node.setExpanded(False)
    yield from show_layer(canvas, layers[0])
    dock.dates_box.tree.scrollToItem(dock.dates_box.items[TICKED[0]])
    dock.widget().widget().grab().save(str(OUT / "dock.png"))
    canvas_image = canvas.grab()
    canvas_image.save(str(OUT / "canvas.png"))
    iface.mainWindow().grab().save(str(OUT / "window.png"))
    report["canvas_colours"] = colour_count(canvas_image.toImage())
    check_keyboard_and_width(dock)

    # The indices: the NDVI subgroup on, open in a Layers panel given the whole left side.
    iface.messageBar().clearWidgets()
    window = iface.mainWindow()
    panels = {name: window.findChild(QDockWidget, name) for name in ("Browser", "Layers")}
    panels["Browser"].hide()
    window.resizeDocks([panels["Layers"]], [LAYERS_WIDTH], Qt.Orientation.Horizontal)
    expand(group, True)
    for node in subgroups:
        node.setItemVisibilityChecked(True)
        expand(node, True)
    for layer in layers:
        expand(group.findLayer(layer.id()), False)
    yield from show_layer(canvas, layers[0])
    canvas_image = canvas.grab()
    report["indices_canvas_colours"] = colour_count(canvas_image.toImage())
    window.grab().save(str(OUT / "indices.png"))

    # The time series: the panel from the plugin's action, NDVI, one pixel picked on the map;
    # the Layers panel (shown above) makes room for the chart.
    panels["Layers"].hide()
    plugin.timeseries_action.setChecked(True)
    panel = plugin.timeseries
    window.resizeDocks([panel], [PANEL_HEIGHT], Qt.Orientation.Vertical)
    panel.index_combo.setCurrentIndex(panel.index_combo.findData("NDVI"))
    yield from show_layer(canvas, layers[0])  # the panel took the bottom of the canvas
    ready, picked = [], []
    panel.seriesReady.connect(ready.append)
    panel.tool.picked.connect(picked.append)
    QTest.mouseClick(panel.pick_button, LEFT)
    report["pick_tool_active"] = canvas.mapTool() is panel.tool
    at, meant = click_target(layers[0], canvas)
    QTest.mouseClick(canvas.viewport(), LEFT, Qt.KeyboardModifier.NoModifier, at)
    yield lambda: ready
    series = ready[0]
    report["series"] = {
        "index": series.index.key,
        "place": series.place.name,
        "values": [[item.date.isoformat(), item.value] for item in series.values],
        "problems": list(series.problems),
        # What the NDVI layers hold at the clicked point: the chart must agree with the map.
        "layer_values": sample(ndvi_layers(group), picked[0], canvas),
        "pixel": [meant, [int(i) for i in pixel_of(layers[0], picked[0], canvas)]],
    }
    QTest.keyClick(canvas, Qt.Key.Key_Escape)  # done picking, as a user would
    started = time.monotonic()
    yield lambda: time.monotonic() - started > 1.0 and not canvas.isDrawing()
    window.grab().save(str(OUT / "timeseries.png"))


def show_layer(canvas, layer):
    """Zoom to ``layer`` and wait until the canvas has drawn it."""
    canvas.setExtent(canvas.mapSettings().layerExtentToOutputExtent(layer, layer.extent()))
    canvas.zoomByFactor(1.1)
    canvas.refresh()
    started = time.monotonic()
    yield lambda: time.monotonic() - started > 1.5 and not canvas.isDrawing()


def expand(node, expanded: bool) -> None:
    """Open or close ``node`` in the Layers panel (toggled: the panel follows changes only)."""
    node.setExpanded(not expanded)
    node.setExpanded(expanded)


def ndvi_layers(group):
    layers = [node.layer() for node in group.findLayers()]
    return [layer for layer in layers if layer.name().startswith("NDVI ")]


def check_keyboard_and_width(dock) -> None:
    """Whether the dock fits without a horizontal scroll bar, and where Tab goes in the
    analysis section: into it, through its check boxes, and back from the band math."""
    scroll = dock.widget()
    report["horizontal_scrollbar"] = scroll.horizontalScrollBar().isVisible()
    body = scroll.widget()
    report["dock_widths"] = {
        "viewport": scroll.viewport().width(),
        "content": body.minimumSizeHint().width(),
        **{part.objectName(): part.minimumSizeHint().width() for part in body.children()
           if part.isWidgetType()},
    }  # fmt: skip
    section = dock.analysis_box
    report["index_boxes"] = [box.objectName() for box in section.index_boxes.values()]
    window = section.window()
    section.setFocus(Qt.FocusReason.TabFocusReason)  # a group box hands focus to its first control
    report["section_focus"] = window.focusWidget().objectName()
    report["tab_forward"] = tab_chain(window, Qt.Key.Key_Tab, section.custom.objectName())
    section.custom.setFocus(Qt.FocusReason.TabFocusReason)
    report["tab_back"] = tab_chain(window, Qt.Key.Key_Backtab, "index_NDVI")


def tab_chain(window, key, stop: str, limit: int = 20) -> list:
    """The object names focus visits, one key press each, until ``stop`` (or ``limit``)."""
    names = []
    for _ in range(limit):
        QTest.keyClick(window.focusWidget(), key)
        names.append(window.focusWidget().objectName())
        if names[-1] == stop:
            break
    return names


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


def describe_index(layer):
    renderer = layer.renderer()
    node = QgsProject.instance().layerTreeRoot().findLayer(layer.id())
    return {
        "name": layer.name(),
        "renderer": type(renderer).__name__,
        "range": [renderer.classificationMin(), renderer.classificationMax()],
        "subgroup": node.parent().name(),
        "visible": node.isVisible(),
    }


def to_layer(layer, canvas) -> QgsCoordinateTransform:
    """From the canvas's CRS to ``layer``'s."""
    crs = canvas.mapSettings().destinationCrs()
    return QgsCoordinateTransform(crs, layer.crs(), QgsProject.instance())


def click_target(layer, canvas):
    """A canvas position near the middle of ``layer`` whose map point lies well inside one of
    its pixels, and that pixel (column, row): a raster pixel may be about one screen pixel
    tall, so a click on the nearest screen pixel could land on either side of an edge."""
    to_screen = canvas.getCoordinateTransform()
    extent = canvas.mapSettings().layerExtentToOutputExtent(layer, layer.extent())
    middle = to_screen.transform(extent.center())
    best = None
    for dx in range(-4, 5):
        for dy in range(-4, 5):
            at = QPoint(round(middle.x()) + dx, round(middle.y()) + dy)
            column, row = pixel_of(layer, to_screen.toMapCoordinates(at), canvas)
            edge = max(abs(column % 1 - 0.5), abs(row % 1 - 0.5))  # 0: a pixel's centre
            if best is None or edge < best[0]:
                best = (edge, at, [int(column), int(row)])
    return best[1], best[2]


def pixel_of(layer, point, canvas) -> tuple:
    """Where ``point`` (canvas CRS) falls in ``layer``'s pixels: fractional (column, row)."""
    extent = layer.extent()
    there = to_layer(layer, canvas).transform(point)
    column = (there.x() - extent.xMinimum()) / layer.rasterUnitsPerPixelX()
    row = (extent.yMaximum() - there.y()) / layer.rasterUnitsPerPixelY()
    return column, row


def sample(layers, point, canvas) -> dict:
    """Each layer's value at ``point`` (canvas CRS), by layer name."""
    values = {}
    for layer in layers:
        value, found = layer.dataProvider().sample(to_layer(layer, canvas).transform(point), 1)
        values[layer.name()] = value if found else None
    return values


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
