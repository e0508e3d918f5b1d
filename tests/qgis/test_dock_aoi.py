"""The area of interest: every source, its outline on the canvas, its size and the key's limit."""

from __future__ import annotations

import json

import pytest
from dock_fixtures import FIELDS, LEFT, WAIT_MS, open_dock_fixture, search  # noqa: F401
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsGeometry,
    QgsProject,
    QgsRectangle,
    QgsVectorLayer,
)
from qgis.gui import QgsMapToolPan, QgsRubberBand
from qgis.PyQt.QtCore import QPoint, Qt
from qgis.PyQt.QtTest import QTest

from clearsky_vision.core.api.geometry import Aoi
from clearsky_vision.ui.map_tools import PolygonTool, RectangleTool

RIGHT = Qt.MouseButton.RightButton
CORNERS = ((150, 150), (450, 170), (420, 430), (180, 400))  # pixels on the 600 x 600 canvas


def click(canvas, pixel, button=LEFT) -> None:
    QTest.mouseClick(canvas.viewport(), button, Qt.KeyboardModifier.NoModifier, QPoint(*pixel))


def map_polygon(canvas, pixels) -> QgsGeometry:
    """The polygon the canvas maps ``pixels`` to, in the canvas CRS."""
    transform = canvas.getCoordinateTransform()
    points = [transform.toMapCoordinates(x, y) for x, y in pixels]
    return QgsGeometry.fromPolygonXY([points])


def expected_area(geometry: QgsGeometry, crs: str = "EPSG:3857") -> str:
    return f"Area: {Aoi.from_wkt(geometry.asWkt(), crs).area_km2:,.2f} km²"


def outline_vertices(dock) -> int:
    return dock.aoi_box.band.numberOfVertices()


@pytest.fixture
def dock_with_pan(open_dock):
    """The dock, with the pan tool active as a user's previous tool."""
    opened = open_dock()
    pan = QgsMapToolPan(opened.canvas)
    opened.canvas.setMapTool(pan)
    opened.pan = pan
    return opened


def test_map_extent_in_web_mercator(open_dock):
    opened = open_dock()
    dock, canvas = opened.dock, opened.canvas
    extent = canvas.extent()
    dock.aoi_box.extent_button.click()
    assert dock.aoi_box.area_label.text() == expected_area(QgsGeometry.fromRect(extent))
    assert dock.aoi_box.name.text() == "Map extent"
    west, _, east, _ = dock.aoi_box.aoi.bounds
    assert west == pytest.approx(9.51, abs=1e-6) and east == pytest.approx(9.57, abs=1e-6)
    assert outline_vertices(dock) >= 4
    assert dock.aoi_box.band.asGeometry().boundingBox().contains(extent.center())


def test_outline_follows_a_change_of_canvas_crs(open_dock):
    opened = open_dock()
    dock, canvas = opened.dock, opened.canvas
    dock.aoi_box.use_canvas_extent()
    canvas.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:4326"))
    box = dock.aoi_box.band.asGeometry().boundingBox()
    assert box.xMinimum() == pytest.approx(9.51, abs=1e-3)
    assert box.yMaximum() == pytest.approx(55.63, abs=2e-3)


def test_draw_polygon_right_click_finishes(dock_with_pan):
    dock, canvas = dock_with_pan.dock, dock_with_pan.canvas
    dock.aoi_box.polygon_button.click()
    assert isinstance(canvas.mapTool(), PolygonTool)
    assert dock.aoi_box.polygon_button.isChecked()
    assert "right-click or double-click to finish" in dock.aoi_box.message.text()
    for pixel in CORNERS:
        click(canvas, pixel)
    assert dock.aoi_box.aoi is None  # still drawing
    click(canvas, CORNERS[-1], RIGHT)
    assert dock.aoi_box.area_label.text() == expected_area(map_polygon(canvas, CORNERS))
    assert dock.aoi_box.name.text() == "Drawn polygon"
    assert canvas.mapTool() is dock_with_pan.pan  # the user's tool is back
    assert not dock.aoi_box.polygon_button.isChecked()
    assert outline_vertices(dock) >= 4


def test_draw_polygon_double_click_finishes(dock_with_pan):
    dock, canvas = dock_with_pan.dock, dock_with_pan.canvas
    dock.aoi_box.polygon_button.click()
    for pixel in CORNERS[:-1]:
        click(canvas, pixel)
    QTest.mouseDClick(canvas.viewport(), LEFT, Qt.KeyboardModifier.NoModifier, QPoint(*CORNERS[-1]))
    assert dock.aoi_box.area_label.text() == expected_area(map_polygon(canvas, CORNERS))
    assert canvas.mapTool() is dock_with_pan.pan


def test_backspace_removes_the_last_corner(dock_with_pan):
    dock, canvas = dock_with_pan.dock, dock_with_pan.canvas
    dock.aoi_box.polygon_button.click()
    for pixel in (*CORNERS, (300, 580)):
        click(canvas, pixel)
    QTest.keyClick(canvas, Qt.Key.Key_Backspace)
    click(canvas, CORNERS[-1], RIGHT)
    assert dock.aoi_box.area_label.text() == expected_area(map_polygon(canvas, CORNERS))


def test_escape_cancels_drawing(dock_with_pan):
    dock, canvas = dock_with_pan.dock, dock_with_pan.canvas
    dock.aoi_box.polygon_button.click()
    click(canvas, CORNERS[0])
    click(canvas, CORNERS[1])
    tool = canvas.mapTool()
    assert tool.band.numberOfVertices() > 0  # the shape being drawn is on the map
    QTest.keyClick(canvas, Qt.Key.Key_Escape)
    assert dock.aoi_box.aoi is None
    assert canvas.mapTool() is dock_with_pan.pan
    assert tool.band.numberOfVertices() == 0
    assert dock.aoi_box.area_label.text() == "No area chosen yet."


def test_pressing_the_tool_again_stops_drawing(dock_with_pan):
    dock, canvas = dock_with_pan.dock, dock_with_pan.canvas
    dock.aoi_box.rectangle_button.click()
    click(canvas, CORNERS[0])
    dock.aoi_box.rectangle_button.click()
    assert canvas.mapTool() is dock_with_pan.pan
    assert not dock.aoi_box.rectangle_button.isChecked()
    assert dock.aoi_box.aoi is None


def test_draw_rectangle_by_dragging(dock_with_pan):
    dock, canvas = dock_with_pan.dock, dock_with_pan.canvas
    dock.aoi_box.rectangle_button.click()
    assert isinstance(canvas.mapTool(), RectangleTool)
    viewport = canvas.viewport()
    QTest.mousePress(viewport, LEFT, Qt.KeyboardModifier.NoModifier, QPoint(100, 120))
    QTest.mouseRelease(viewport, LEFT, Qt.KeyboardModifier.NoModifier, QPoint(400, 380))
    corners = ((100, 120), (400, 120), (400, 380), (100, 380))
    assert dock.aoi_box.area_label.text() == expected_area(map_polygon(canvas, corners))
    assert dock.aoi_box.name.text() == "Drawn rectangle"
    assert canvas.mapTool() is dock_with_pan.pan


def test_draw_rectangle_with_two_clicks(dock_with_pan):
    dock, canvas = dock_with_pan.dock, dock_with_pan.canvas
    dock.aoi_box.rectangle_button.click()
    click(canvas, (200, 200))
    click(canvas, (300, 260))
    corners = ((200, 200), (300, 200), (300, 260), (200, 260))
    assert dock.aoi_box.area_label.text() == expected_area(map_polygon(canvas, corners))


def polygon_layer(crs: str, polygons, name="Fields") -> QgsVectorLayer:
    layer = QgsVectorLayer(f"Polygon?crs={crs}", name, "memory")
    features = []
    for wkt in polygons:
        feature = QgsFeature()
        feature.setGeometry(QgsGeometry.fromWkt(wkt))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    QgsProject.instance().addMapLayer(layer)
    return layer


def square(x: float, y: float, size: float) -> str:
    return QgsGeometry.fromRect(QgsRectangle(x, y, x + size, y + size)).asWkt()


def test_selected_features_give_their_exact_union(open_dock, qgis_iface):
    """Two separate fields 1 km apart: the AOI is their 2 km2, not their bounding box."""
    dock = open_dock().dock
    x, y = 530000, 6165000  # UTM 32N, inside the demo zone
    layer = polygon_layer(
        "EPSG:25832", [square(x, y, 1000), square(x + 2000, y, 1000), square(x, y + 3000, 500)]
    )
    layer.selectByIds([1, 2])
    qgis_iface.setActiveLayer(layer)
    dock.aoi_box.selection_button.click()
    assert dock.aoi_box.area_label.text() == "Area: 2.00 km²"
    assert dock.aoi_box.aoi.wkt.startswith("MULTIPOLYGON")
    assert dock.aoi_box.name.text() == "Fields selection"


def test_selection_needs_a_polygon_layer(open_dock, qgis_iface):
    dock = open_dock().dock
    points = QgsVectorLayer("Point?crs=EPSG:4326", "Wells", "memory")
    QgsProject.instance().addMapLayer(points)
    qgis_iface.setActiveLayer(points)
    dock.aoi_box.selection_button.click()
    assert dock.aoi_box.aoi is None
    assert dock.aoi_box.message.text().startswith("Make a polygon layer active")


def test_vector_file_in_another_crs(open_dock, tmp_path):
    """A GeoJSON file: the union of its polygons, transformed to EPSG:4326 for the API."""
    dock = open_dock().dock
    path = tmp_path / "parcels.geojson"
    features = [
        {"type": "Feature", "properties": {}, "geometry": json.loads(g.asJson())}
        for g in (QgsGeometry.fromWkt(FIELDS.wkt), QgsGeometry.fromWkt(square(9.6, 55.6, 0.01)))
    ]
    path.write_text(json.dumps({"type": "FeatureCollection", "features": features}))
    dock.aoi_box.file.setFilePath(str(path))
    expected = FIELDS.area_km2 + Aoi.from_wkt(square(9.6, 55.6, 0.01)).area_km2
    assert dock.aoi_box.area_label.text() == f"Area: {expected:,.2f} km²"
    assert dock.aoi_box.name.text() == "parcels"


def test_area_over_the_keys_limit_is_warned_before_any_request(open_dock, qtbot, emulator):
    opened = open_dock(max_area_km2=5)
    dock = opened.dock
    dock.aoi_box.use_canvas_extent()
    assert dock.aoi_box.message.text().startswith(
        "Larger than your key allows (5 km² per request): draw a smaller area or split it."
    )
    too_large = "is larger than your key allows (5 km2 per request): draw a smaller area"
    search(dock, qtbot, estimate=False)  # searching is free and still allowed
    assert len(dock.dates_box.items) == 28
    dock.dates_box.set_all_checked(True)
    qtbot.waitUntil(lambda: too_large in dock.order_box.note.text(), timeout=WAIT_MS)
    assert not dock.order_box.download_button.isEnabled()
    dock.download()
    assert too_large in dock.order_box.refusal.text()
    paid = [e for e in emulator.request_log if e["key"] == opened.key and e["charged"]]
    assert paid == []


def test_clear_removes_the_outline_and_the_dates(open_dock, qtbot):
    dock = open_dock().dock
    dock.aoi_box.use_canvas_extent()
    search(dock, qtbot)
    dock.aoi_box.clear_button.click()
    assert outline_vertices(dock) == 0
    assert dock.aoi_box.area_label.text() == "No area chosen yet."
    assert dock.dates_box.items == {}


def test_unload_leaves_no_tool_or_outline_on_the_canvas(dock_with_pan, plugin):
    dock, canvas = dock_with_pan.dock, dock_with_pan.canvas
    dock.aoi_box.use_canvas_extent()
    dock.aoi_box.polygon_button.click()
    click(canvas, CORNERS[0])
    assert any(isinstance(item, QgsRubberBand) for item in canvas.scene().items())
    plugin.unload()
    assert not isinstance(canvas.mapTool(), PolygonTool)
    assert not any(isinstance(item, QgsRubberBand) for item in canvas.scene().items())
