"""The time-series panel: a pixel or polygons over every dated download, on the chart.

Files are small synthetic downloads (named bands, a sidecar like core/api/store.py writes,
the IMAGE_DATE tag); every expected value is computed here with numpy from the arrays written.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import sys

import numpy as np
import pytest
from qgis.core import (
    QgsDateTimeRange,
    QgsFeature,
    QgsGeometry,
    QgsInterval,
    QgsProject,
    QgsRectangle,
    QgsTemporalNavigationObject,
    QgsVectorLayer,
)
from qgis.gui import QgsTemporalControllerWidget
from qgis.PyQt.QtCore import QDate, QDateTime, QPoint, Qt, QTime
from qgis.PyQt.QtTest import QTest
from qgis.PyQt.QtWidgets import QAbstractButton, QFileDialog
from rasters import FULL_ORDER, reflectances, write_raster

from clearsky_vision.core.api.bands import NODATA
from clearsky_vision.core.api.errors import CancelledError
from clearsky_vision.core.api.geometry import Aoi
from clearsky_vision.core.api.store import sidecar_path
from clearsky_vision.core.qgs import tasks
from clearsky_vision.core.qgs.enums import DAYS, enum_member
from clearsky_vision.core.qgs.series_task import Place, SeriesTask
from clearsky_vision.core.qgs.style import load_composite
from clearsky_vision.core.raster.timeseries import read_csv
from clearsky_vision.ui.timeseries import TimeSeriesPanel

WAIT_MS = 20000
LEFT = Qt.MouseButton.LeftButton
NO_KEYS = Qt.KeyboardModifier.NoModifier
DATES = (dt.date(2024, 6, 3), dt.date(2024, 6, 8), dt.date(2024, 6, 13), dt.date(2024, 6, 18))
GAP_DATE = DATES[2]  # the clicked pixel is nodata on this date
SHAPE = (30, 30)
ORIGIN = (500000.0, 6160000.0)  # EPSG:32632, 10 m pixels
PIXEL = (12, 7)  # (column, row) clicked
# A polygon off the pixel grid: pixel centres of columns 5..11 and rows 5..11 lie inside.
POLYGON = (
    "POLYGON((500052 6159882, 500118 6159882, 500118 6159948, 500052 6159948, 500052 6159882))"
)
HOLES = ((6, 6), (8, 9), (11, 5))  # (column, row) nodata in B4 on the second date
ANIMATED = enum_member(
    "Qgis.TemporalNavigationMode.Animated", "QgsTemporalNavigationObject.NavigationMode.Animated"
)
FIXED_RANGE = enum_member(
    "Qgis.TemporalNavigationMode.FixedRange",
    "QgsTemporalNavigationObject.NavigationMode.FixedRange",
)
MATPLOTLIB_MODULES = (
    "matplotlib",
    "matplotlib.figure",
    "matplotlib.dates",
    "matplotlib.backends",
    "matplotlib.backends.backend_qtagg",
    "matplotlib.backends.backend_qt5agg",
)


class Downloads:
    """Four dated files and the band arrays they hold."""

    def __init__(self, folder) -> None:
        self.paths = []
        self.bands = []
        for number, day in enumerate(DATES):
            bands = reflectances(SHAPE, seed=10 + number)
            if day == GAP_DATE:
                bands["B8"][PIXEL[1], PIXEL[0]] = NODATA
            if number == 1:
                for column, row in HOLES:
                    bands["B4"][row, column] = NODATA
            path = folder / f"ClearSKY_{day:%Y%m%d}_demo.tif"
            write_raster(path, bands, tags={"IMAGE_DATE": day.strftime("%Y%m%d")})
            record = {
                "fingerprint": f"demo-{number}",
                "file": path.name,
                "size": path.stat().st_size,
                "date": day.isoformat(),
                "bands": list(FULL_ORDER),
            }
            sidecar_path(path).write_text(json.dumps(record), encoding="utf-8")
            self.paths.append(path)
            self.bands.append(bands)

    def ndvi(self, number: int) -> np.ndarray:
        """NDVI of date ``number`` in float64, NaN where a band is nodata."""
        nir = self.bands[number]["B8"].astype(np.float64)
        red = self.bands[number]["B4"].astype(np.float64)
        invalid = (nir == NODATA) | (red == NODATA)
        nir, red = nir / 10000, red / 10000
        with np.errstate(all="ignore"):
            result = (nir - red) / (nir + red)
        result[invalid] = np.nan
        return result


@pytest.fixture
def downloads(tmp_path, qgis_new_project):
    folder = tmp_path / "downloads"
    folder.mkdir()
    found = Downloads(folder)
    project = QgsProject.instance()
    for path in found.paths:
        project.addMapLayer(load_composite(path))
    yield found
    project.clear()


@pytest.fixture
def canvas(qgis_iface):
    """The map canvas on the files' extent at 1 m per screen pixel, in their CRS."""
    from qgis.core import QgsCoordinateReferenceSystem

    canvas = qgis_iface.mapCanvas()
    canvas.window().show()
    canvas.resize(400, 400)
    canvas.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:32632"))
    west, north = ORIGIN
    canvas.setExtent(QgsRectangle(west, north - 300, west + 300, north))
    canvas.refresh()
    return canvas


@pytest.fixture
def temporal(canvas):
    """QGIS's Temporal Controller panel driving the canvas, as in the QGIS window."""
    widget = QgsTemporalControllerWidget()
    canvas.setTemporalController(widget.temporalController())
    yield widget
    # The canvas keeps a plain pointer to its controller: hand it one that lives as long.
    canvas.setTemporalController(QgsTemporalNavigationObject(canvas))
    canvas.setTemporalRange(QgsDateTimeRange(QDateTime(), QDateTime()))
    widget.deleteLater()


@pytest.fixture
def open_panel(iface, qgis_iface, qtbot):
    opened = []

    def open_(**options):
        panel = TimeSeriesPanel(qgis_iface, **options)
        iface.addDockWidget(panel.default_area(), panel)
        panel.show()
        qtbot.waitExposed(panel)
        opened.append(panel)
        return panel

    yield open_
    for panel in opened:
        panel.close_down()
        iface.removeDockWidget(panel)
        panel.deleteLater()
    qtbot.waitUntil(lambda: not tasks.running(), timeout=WAIT_MS)


def click_map(canvas, x: float, y: float) -> None:
    screen = canvas.getCoordinateTransform().transform(x, y)
    QTest.mouseClick(canvas.viewport(), LEFT, NO_KEYS, QPoint(round(screen.x()), round(screen.y())))


def pick_pixel(panel, canvas, qtbot, column: int = PIXEL[0], row: int = PIXEL[1]):
    """Press "Pick pixels" and click the centre of raster pixel (column, row)."""
    if canvas.mapTool() is not panel.tool:
        qtbot.mouseClick(panel.pick_button, LEFT)
    assert canvas.mapTool() is panel.tool and panel.pick_button.isChecked()
    x, y = ORIGIN[0] + (column + 0.5) * 10, ORIGIN[1] - (row + 0.5) * 10
    with qtbot.waitSignal(panel.seriesReady, timeout=WAIT_MS) as ready:
        click_map(canvas, x, y)
    return ready.args[0]


def plotted(panel, line: int = 0) -> tuple[list, list]:
    """The dates and values matplotlib draws for ``line`` (NaN: a gap)."""
    artist = panel.chart.artists[line]
    return list(artist.get_xdata()), [float(v) for v in artist.get_ydata()]


def click_chart_point(panel, qtbot, line: int, point: int) -> None:
    """A mouse click on a point of the chart, where the user sees it."""
    chart = panel.chart
    chart.canvas.draw()
    x, y = chart.axes.transData.transform(chart.artists[line].get_xydata()[point])
    ratio = chart.canvas.device_pixel_ratio
    position = QPoint(round(x / ratio), round(chart.canvas.height() - y / ratio))
    with qtbot.waitSignal(chart.dateClicked, timeout=WAIT_MS):
        QTest.mouseClick(chart.canvas, LEFT, NO_KEYS, position)


def day_range(day: dt.date) -> QDateTime:
    return QDateTime(QDate(day.year, day.month, day.day), QTime(0, 0, 0))


def test_a_clicked_pixel_charts_the_index_of_every_date_with_a_gap(
    downloads, canvas, open_panel, qtbot
):
    panel = open_panel()
    assert "4 dates" in panel.sources_label.text()
    series = pick_pixel(panel, canvas, qtbot)

    column, row = (
        math.floor((v - o) / s) for v, o, s in zip(series.place.point, ORIGIN, (10, -10))
    )
    assert (column, row) == PIXEL  # the click landed in the pixel the test meant
    dates, values = plotted(panel)
    assert dates == list(DATES)
    for number, value in enumerate(values):
        expected = downloads.ndvi(number)[row, column]
        if DATES[number] == GAP_DATE:
            assert math.isnan(expected) and math.isnan(value)
        else:
            assert value == pytest.approx(expected, rel=1e-6)
    gap = DATES.index(GAP_DATE)
    assert series.values[gap].is_gap and series.values[gap].pixels == 0
    # The table says the same, row by row.
    table = panel.table
    assert [table.verticalHeaderItem(r).text() for r in range(4)] == [d.isoformat() for d in DATES]
    assert table.item(gap, 0).text() == "no data"
    assert float(table.item(0, 0).text()) == pytest.approx(values[0], abs=5e-5)
    assert panel.chart.axes.get_legend().get_texts()[0].get_text() == "Pixel 1"


def test_several_pixels_are_compared_and_can_be_removed(downloads, canvas, open_panel, qtbot):
    panel = open_panel()
    pick_pixel(panel, canvas, qtbot)
    pick_pixel(panel, canvas, qtbot, column=3, row=20)
    assert len(panel.chart.artists) == 2 and panel.places.count() == 2
    _dates, values = plotted(panel, 1)
    assert values[0] == pytest.approx(downloads.ndvi(0)[20, 3], rel=1e-6)
    legend = [text.get_text() for text in panel.chart.axes.get_legend().get_texts()]
    assert legend == ["Pixel 1", "Pixel 2"]
    assert panel.chart.artists[0].get_color() != panel.chart.artists[1].get_color()

    panel.places.setCurrentRow(0)
    qtbot.mouseClick(panel.remove_button, LEFT)
    assert [t.get_text() for t in panel.chart.axes.get_legend().get_texts()] == ["Pixel 2"]
    QTest.keyClick(canvas, Qt.Key.Key_Escape)  # Esc ends picking, as in QGIS's tools
    assert canvas.mapTool() is not panel.tool and not panel.pick_button.isChecked()
    qtbot.mouseClick(panel.clear_button, LEFT)
    assert panel.chart.artists == [] and panel.table.rowCount() == 0


def test_a_selected_polygon_charts_the_mean_of_its_pixels(
    downloads, canvas, open_panel, qtbot, qgis_iface
):
    layer = QgsVectorLayer("Polygon?crs=EPSG:32632&field=name:string", "Fields", "memory")
    feature = QgsFeature(layer.fields())
    feature.setGeometry(QgsGeometry.fromWkt(POLYGON))
    feature.setAttributes(["North field"])
    layer.dataProvider().addFeatures([feature])
    layer.setDisplayExpression('"name"')
    QgsProject.instance().addMapLayer(layer)
    layer.selectAll()
    qgis_iface.setActiveLayer(layer)
    # The dock's AOI arrives in EPSG:4326: the same field, a second line.
    aoi = Aoi.from_wkt(POLYGON, 32632, "Demo AOI")
    panel = open_panel(aoi=lambda: aoi)

    with qtbot.waitSignal(panel.seriesReady, timeout=WAIT_MS) as ready:
        qtbot.mouseClick(panel.selection_button, LEFT)
    series = ready.args[0]
    assert series.place.name == "Fields North field"
    with qtbot.waitSignal(panel.seriesReady, timeout=WAIT_MS) as ready:
        qtbot.mouseClick(panel.aoi_button, LEFT)
    assert ready.args[0].place.name == "Demo AOI"
    for line in (0, 1):
        _dates, values = plotted(panel, line)
        for number, value in enumerate(values):
            block = downloads.ndvi(number)[5:12, 5:12]  # rows, columns whose centre is inside
            assert value == pytest.approx(np.nanmean(block), rel=1e-6)
            assert series.values[number].pixels == np.count_nonzero(~np.isnan(block))
    assert series.values[1].pixels == 49 - len(HOLES)


def test_clicking_a_point_moves_the_temporal_controller_to_its_date(
    downloads, canvas, temporal, open_panel, qtbot
):
    navigation = temporal.temporalController()
    panel = open_panel()
    pick_pixel(panel, canvas, qtbot)

    # Navigation off: the map switches to a fixed range of that one day.
    click_chart_point(panel, qtbot, 0, 1)
    assert navigation.navigationMode() == FIXED_RANGE
    shown = canvas.temporalRange()
    assert shown.contains(day_range(DATES[1]))
    assert not shown.contains(day_range(DATES[1]).addDays(1))
    assert temporal.findChild(QAbstractButton, "mNavigationFixedRange").isChecked()
    assert f"{DATES[1].isoformat()}" in panel.message.text()

    # Animated by days: the controller moves to that date's frame, keeping its animation.
    navigation.setNavigationMode(ANIMATED)
    navigation.setTemporalExtents(QgsDateTimeRange(day_range(DATES[0]), day_range(DATES[2])))
    navigation.setFrameDuration(QgsInterval(1, DAYS))
    click_chart_point(panel, qtbot, 0, 1)
    assert navigation.navigationMode() == ANIMATED
    frame = navigation.dateTimeRangeForFrameNumber(navigation.currentFrameNumber())
    assert frame.begin() == day_range(DATES[1])
    assert canvas.temporalRange().begin() == day_range(DATES[1])
    # A date beyond the animation's range: a fixed range of that day instead.
    click_chart_point(panel, qtbot, 0, 3)
    assert navigation.navigationMode() == FIXED_RANGE
    assert canvas.temporalRange().begin() == day_range(DATES[3])

    # The keyboard way: Enter on a row of the table.
    panel.tabs.setCurrentWidget(panel.table)
    panel.table.setFocus()
    panel.table.setCurrentCell(0, 0)
    QTest.keyClick(panel.table, Qt.Key.Key_Return)
    assert canvas.temporalRange().begin() == day_range(DATES[0])


def test_csv_round_trips_and_png_is_written(
    downloads, canvas, open_panel, qtbot, tmp_path, monkeypatch
):
    panel = open_panel()
    first = pick_pixel(panel, canvas, qtbot)
    second = pick_pixel(panel, canvas, qtbot, column=3, row=20)
    target = {"path": ""}
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *_a, **_k: (target["path"], ""))
    )

    target["path"] = str(tmp_path / "series")  # no suffix typed: .csv is added
    qtbot.mouseClick(panel.csv_button, LEFT)
    assert read_csv(tmp_path / "series.csv") == {
        "Pixel 1": list(first.values),
        "Pixel 2": list(second.values),
    }
    target["path"] = str(tmp_path / "chart.png")
    qtbot.mouseClick(panel.png_button, LEFT)
    data = (tmp_path / "chart.png").read_bytes()
    assert data.startswith(b"\x89PNG") and len(data) > 1000
    assert "chart.png" in panel.message.text()


def test_without_matplotlib_the_panel_says_how_to_add_it_and_still_exports_csv(
    downloads, canvas, open_panel, qtbot, tmp_path, monkeypatch
):
    for name in MATPLOTLIB_MODULES:
        monkeypatch.setitem(sys.modules, name, None)  # "import matplotlib" now fails
    panel = open_panel()
    assert panel.chart is None
    note = panel.no_chart.text()
    assert "apt install python3-matplotlib" in note and "pip install matplotlib" in note
    assert "OSGeo4W" in note
    assert not panel.png_button.isEnabled()

    series = pick_pixel(panel, canvas, qtbot)
    assert panel.table.item(DATES.index(GAP_DATE), 0).text() == "no data"
    monkeypatch.setattr(
        QFileDialog,
        "getSaveFileName",
        staticmethod(lambda *_a, **_k: (str(tmp_path / "values.csv"), "")),
    )
    qtbot.mouseClick(panel.csv_button, LEFT)
    assert read_csv(tmp_path / "values.csv") == {"Pixel 1": list(series.values)}


def test_a_wrong_expression_is_explained_in_the_panel(downloads, canvas, open_panel, qtbot):
    panel = open_panel()
    pick_pixel(panel, canvas, qtbot)
    panel.index_combo.setCurrentIndex(panel.index_combo.count() - 1)  # custom band math
    with qtbot.waitSignal(panel.seriesFailed, timeout=WAIT_MS):
        panel.expression.setText("B8 +* B4")
        QTest.keyClick(panel.expression, Qt.Key.Key_Return)
    assert "not valid band math" in panel.message.text()
    with qtbot.waitSignal(panel.seriesReady, timeout=WAIT_MS):
        panel.expression.setText("B8 / B4")
        QTest.keyClick(panel.expression, Qt.Key.Key_Return)
    _dates, values = plotted(panel)
    column, row = PIXEL
    expected = downloads.bands[0]["B8"][row, column] / downloads.bands[0]["B4"][row, column]
    assert values[0] == pytest.approx(expected, rel=1e-6)
    assert panel.chart.axes.get_ylabel() == "B8 / B4"


def test_a_folder_of_downloads_with_a_date_lacking_the_bands(downloads, canvas, open_panel, qtbot):
    folder = downloads.paths[0].parent
    rgb_day = dt.date(2024, 6, 23)
    rgb = {k: v for k, v in reflectances(SHAPE, seed=3).items() if k in ("B2", "B3", "B4")}
    path = write_raster(folder / f"ClearSKY_{rgb_day:%Y%m%d}_rgb.tif", rgb)
    record = {"date": rgb_day.isoformat(), "bands": ["B2", "B3", "B4"], "file": path.name}
    sidecar_path(path).write_text(json.dumps(record), encoding="utf-8")
    panel = open_panel()
    panel.source_combo.setCurrentIndex(panel.source_combo.findData("folder"))
    assert panel.folder.isVisible()
    panel.folder.setFilePath(str(folder))

    series = pick_pixel(panel, canvas, qtbot)
    dates, values = plotted(panel)
    assert dates == [*DATES, rgb_day] and math.isnan(values[-1])
    assert values[0] == pytest.approx(downloads.ndvi(0)[PIXEL[1], PIXEL[0]], rel=1e-6)
    assert series.values[-1].is_gap
    assert "could not be read" in panel.message.text() and "B8" in panel.message.text()


class CancelledAtFirstDate(SeriesTask):
    """Stands for a user pressing cancel in the task manager after the first date."""

    def report_fraction(self, fraction: float) -> None:
        super().report_fraction(fraction)
        self.cancel()


def test_the_task_reports_progress_and_stops_when_cancelled(downloads, qtbot):
    place = Place("Pixel", "EPSG:32632", point=(ORIGIN[0] + 125, ORIGIN[1] - 75))
    done, failed, progress = [], [], []
    task = SeriesTask(place, downloads.paths, "NDVI", on_done=done.append, on_error=failed.append)
    task.progressChanged.connect(progress.append)
    tasks.start(task)
    qtbot.waitUntil(lambda: task not in tasks.running(), timeout=WAIT_MS)
    assert [item.date for item in done[0].values] == list(DATES) and failed == []
    assert max(progress) == pytest.approx(100)

    task = CancelledAtFirstDate(
        place, downloads.paths, "NDVI", on_done=done.append, on_error=failed.append
    )
    tasks.start(task)
    qtbot.waitUntil(lambda: task not in tasks.running(), timeout=WAIT_MS)
    assert len(done) == 1 and isinstance(failed[0], CancelledError)
