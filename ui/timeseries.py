"""The "ClearSKY time series" panel: an index over every downloaded date at chosen places.

Places are pixels clicked with a map tool, the dock's area of interest, or the selected
polygons of the active layer (averaged); each is one line on one chart, computed by a
SeriesTask on QGIS's task manager. A click on a point (or Enter on a table row) shows that
date on the map through the Temporal Controller. Without matplotlib the panel says how to
add it and still shows the values as a table and exports them as CSV.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from qgis.core import (
    NULL,
    QgsCoordinateReferenceSystem,
    QgsDateTimeRange,
    QgsExpression,
    QgsExpressionContext,
    QgsExpressionContextUtils,
    QgsGeometry,
    QgsPointXY,
    QgsProject,
    QgsProviderRegistry,
    QgsRasterLayer,
    QgsTemporalNavigationObject,
)
from qgis.gui import (
    QgsDockWidget,
    QgsFileWidget,
    QgsMapCanvas,
    QgsMapMouseEvent,
    QgsMapTool,
    QgsRubberBand,
)
from qgis.PyQt import sip
from qgis.PyQt.QtCore import QDate, QDateTime, Qt, QTime, QTimer, pyqtSignal
from qgis.PyQt.QtGui import QColor, QIcon, QKeyEvent, QKeySequence, QPixmap
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QAction,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..core.api.config import Settings
from ..core.api.errors import CancelledError, ClearSkyError, InputError
from ..core.api.geometry import Aoi
from ..core.api.i18n import tr
from ..core.qgs import tasks
from ..core.qgs.enums import POLYGON_GEOMETRY, enum_member
from ..core.qgs.series_task import Place, PlaceSeries, SeriesTask, Sources, layer_sources
from ..core.raster.catalogue import CATALOGUE, CUSTOM, EXAMPLE, SpectralIndex, resolve_index
from ..core.raster.timeseries import write_csv
from .aoi import crs_text, selected_polygons, union_of_polygons
from .chart import MISSING_MATPLOTLIB, PALETTE, ChartLine, SeriesChart
from .messages import (
    ERROR_STYLE,
    INFO_STYLE,
    WARNING_STYLE,
    attempt,
    error_style,
    narrow,
    push_button,
    scrolling,
    show,
    tell,
    text_label,
    user_text,
)

LOG = logging.getLogger("clearsky_vision")
POINT_GEOMETRY = enum_member("Qgis.GeometryType.Point", "QgsWkbTypes.GeometryType.PointGeometry")
ANIMATED = enum_member(
    "Qgis.TemporalNavigationMode.Animated", "QgsTemporalNavigationObject.NavigationMode.Animated"
)
FIXED_RANGE = enum_member(
    "Qgis.TemporalNavigationMode.FixedRange",
    "QgsTemporalNavigationObject.NavigationMode.FixedRange",
)
STATISTIC = "mean"  # a polygon's value on a date: the mean of its valid pixels
SOURCES_DELAY_MS = 300  # layers added one by one are counted once
MAP_LAYERS, FOLDER = "map", "folder"
# Starting sizes of the choices, the places and the chart: side by side / stacked.
PANE_SIZES = {False: [220, 180, 700], True: [130, 170, 420]}


def show_date(canvas: QgsMapCanvas, day: dt.date) -> QgsDateTimeRange:
    """Show ``day`` on ``canvas`` through its Temporal Controller; returns the range shown.

    Animated: the frame holding the day, when there is one. Otherwise the controller
    switches to a fixed range of that one day (ending a second early, so the next day's
    layers, which begin at midnight, stay hidden whether QGIS includes a range's end or not).
    """
    begin = QDateTime(QDate(day.year, day.month, day.day), QTime(0, 0, 0))
    controller = canvas.temporalController()
    if isinstance(controller, QgsTemporalNavigationObject):
        if controller.navigationMode() == ANIMATED and controller.totalFrameCount() > 0:
            frame = controller.findBestFrameNumberForFrameStart(begin)
            shown = controller.dateTimeRangeForFrameNumber(frame)
            # The "best" frame of a day outside the animation lies outside it too.
            inside = 0 <= frame < controller.totalFrameCount()
            if inside and shown.begin() <= begin < shown.end():
                controller.setCurrentFrameNumber(frame)
                return shown
        span = QgsDateTimeRange(begin, begin.addDays(1).addSecs(-1))
        controller.setNavigationMode(FIXED_RANGE)
        controller.setTemporalExtents(span)
        return span
    # A canvas without a controller (a bare canvas in a script): set its range directly.
    span = QgsDateTimeRange(begin, begin.addDays(1), True, False)
    canvas.setTemporalRange(span)
    return span


class PixelTool(QgsMapTool):
    """Click pixels to add them as places; Esc or a right click stops."""

    picked = pyqtSignal(QgsPointXY)
    cancelled = pyqtSignal()

    def __init__(self, canvas: QgsMapCanvas) -> None:
        super().__init__(canvas)
        self.setCursor(Qt.CursorShape.CrossCursor)

    def canvasReleaseEvent(self, event: QgsMapMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.picked.emit(event.mapPoint())
        elif event.button() == Qt.MouseButton.RightButton:
            self.cancelled.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            event.accept()
            self.cancelled.emit()
        else:
            event.ignore()


@dataclass(eq=False)  # one place is one entry, whatever it holds
class Entry:
    """A place on the chart: its colour, its mark on the map and its latest series."""

    place: Place
    geometry: QgsGeometry
    crs: QgsCoordinateReferenceSystem
    colour: str
    band: QgsRubberBand
    series: PlaceSeries | None = None
    error: str = ""
    generation: int = 0  # answers of an older computation (another index) are dropped
    busy: bool = False


class TimeSeriesPanel(QgsDockWidget):
    """Index, sources, places, then the chart (or table) and the exports."""

    # A place's series, once drawn.
    seriesReady = pyqtSignal(object)
    # A place's computation failed (the error; a cancel is not reported).
    seriesFailed = pyqtSignal(object)

    def __init__(
        self, iface, aoi: Callable[[], Aoi | None] | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(tr("ClearSKY time series"), parent)
        self.setObjectName("ClearSkyTimeSeries")
        self.iface = iface
        self.canvas = iface.mapCanvas()
        self._aoi = aoi
        self._closed = False
        self.runner = tasks.TaskRunner(self._alive)
        self._pixel_numbers = 0
        self.entries: list[Entry] = []
        self.table_days: list[dt.date] = []  # the date of each table row
        self.tool = PixelTool(self.canvas)
        self.previous_tool: QgsMapTool | None = None

        self.index_combo = narrow(QComboBox(), 10)
        self.index_combo.setObjectName("timeseries_index")
        for key, index in CATALOGUE.items():
            self.index_combo.addItem(index.label, key)
        self.index_combo.addItem(tr("Custom band math"), CUSTOM)
        self.expression = QLineEdit()
        self.expression.setObjectName("timeseries_expression")
        self.expression.setPlaceholderText(EXAMPLE)
        self.expression.setToolTip(tr("Band math over B2 ... B12; press Enter to compute"))
        self.expression.setVisible(False)

        self.source_combo = narrow(QComboBox(), 10)
        self.source_combo.setObjectName("timeseries_sources")
        self.source_combo.addItem(tr("ClearSKY layers on the map"), MAP_LAYERS)
        self.source_combo.addItem(tr("A folder of downloads"), FOLDER)
        self.folder = QgsFileWidget()
        self.folder.setObjectName("timeseries_folder")
        self.folder.setStorageMode(QgsFileWidget.StorageMode.GetDirectory)
        self.folder.setDialogTitle(tr("Folder of ClearSKY Vision downloads"))
        self.folder.setFilePath(Settings.load().download_folder or "")
        self.folder.setVisible(False)
        self.sources_label = text_label("timeseries_sources_note")

        self.pick_button = push_button(tr("Pick pixels"), "timeseries_pick", self.toggle_tool)
        self.pick_button.setCheckable(True)
        self.pick_button.setToolTip(tr("Click pixels on the map to compare them; Esc stops"))
        self.aoi_button = push_button(tr("Area of interest"), "timeseries_aoi", self.add_aoi)
        self.aoi_button.setToolTip(tr("The mean over the dock's area of interest"))
        self.aoi_button.setVisible(aoi is not None)
        self.selection_button = push_button(
            tr("Selection"), "timeseries_selection", self.add_selection
        )
        self.selection_button.setToolTip(
            tr("The mean over each selected polygon of the active layer, one line each")
        )
        self.places = QListWidget()
        self.places.setObjectName("timeseries_places")
        self.places.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.places.setMinimumHeight(60)
        delete = QAction(tr("Remove"), self.places)
        delete.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        delete.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        delete.triggered.connect(self.remove_selected)
        self.places.addAction(delete)
        self.remove_button = push_button(tr("Remove"), "timeseries_remove", self.remove_selected)
        self.clear_button = push_button(tr("Clear"), "timeseries_clear", self.clear)
        self.message = text_label("timeseries_message", hidden=True)
        self.csv_button = push_button(tr("Export CSV…"), "timeseries_csv", self.export_csv)
        self.png_button = push_button(tr("Export PNG…"), "timeseries_png", self.export_png)

        try:
            self.chart: SeriesChart | None = SeriesChart()
        except ImportError as exc:
            LOG.info("No chart: matplotlib cannot be imported (%s)", exc)
            self.chart = None
        self.table = QTableWidget()
        self.table.setObjectName("timeseries_table")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setToolTip(tr("Enter or a double click shows that date on the map"))
        self.tabs = QTabWidget()
        self.tabs.setObjectName("timeseries_tabs")
        if self.chart is not None:
            self.tabs.addTab(self.chart, tr("Chart"))
        else:
            self.no_chart = text_label("timeseries_no_chart", tr(MISSING_MATPLOTLIB))
            self.no_chart.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            self.no_chart.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.tabs.addTab(self.no_chart, tr("Chart"))
            self.png_button.setEnabled(False)
            self.png_button.setToolTip(tr("Needs matplotlib (see the Chart tab)"))
        self.tabs.addTab(self.table, tr("Table"))
        self._build_layout()

        self._sources_timer = QTimer(self)
        self._sources_timer.setSingleShot(True)
        self._sources_timer.setInterval(SOURCES_DELAY_MS)
        self._sources_timer.timeout.connect(self._count_sources)
        self.index_combo.currentIndexChanged.connect(self._index_changed)
        self.expression.returnPressed.connect(self.recompute)
        self.source_combo.currentIndexChanged.connect(self._sources_changed)
        self.folder.fileChanged.connect(self._folder_changed)
        self.tool.picked.connect(self.add_pixel)
        self.tool.cancelled.connect(self._restore_tool)
        self.tool.deactivated.connect(self._tool_deactivated)
        self.table.cellActivated.connect(self._row_activated)
        if self.chart is not None:
            self.chart.dateClicked.connect(self.show_date)
        self.canvas.destinationCrsChanged.connect(self._redraw_marks)
        self.canvas.temporalRangeChanged.connect(self._mark_map_time)
        project = QgsProject.instance()
        project.layersAdded.connect(self._schedule_count)
        project.layersRemoved.connect(self._schedule_count)
        self.visibilityChanged.connect(self._visibility_changed)
        self.dockLocationChanged.connect(self._fit_orientation)
        self.topLevelChanged.connect(lambda _floating: self._fit_orientation(None))
        self._update_buttons()
        self._count_sources()

    @staticmethod
    def default_area():
        # Wide rather than tall, like the Temporal Controller: dates run along the x axis.
        return Qt.DockWidgetArea.BottomDockWidgetArea

    def _build_layout(self) -> None:
        what = QFormLayout()
        what.addRow(tr("Index"), self.index_combo)
        what.addRow("", self.expression)
        what.addRow(tr("From"), self.source_combo)
        what.addRow("", self.folder)
        where = QGridLayout()
        where.addWidget(self.pick_button, 0, 0)
        where.addWidget(self.selection_button, 0, 1)
        where.addWidget(self.aoi_button, 1, 0, 1, 2)
        where.addWidget(self.places, 2, 0, 1, 2)
        where.addWidget(self.remove_button, 3, 0)
        where.addWidget(self.clear_button, 3, 1)
        places_box = QGroupBox(tr("Places"))
        places_box.setLayout(where)
        exports = QHBoxLayout()
        exports.addStretch(1)
        exports.addWidget(self.csv_button)
        exports.addWidget(self.png_button)

        scroll = scrolling(what, self.sources_label, self.message)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        # Never narrower than its content: without a horizontal scroll bar that would clip.
        bar = scroll.verticalScrollBar().sizeHint().width()
        scroll.setMinimumWidth(scroll.widget().minimumSizeHint().width() + bar)
        results = QWidget()
        result_column = QVBoxLayout(results)
        result_column.setContentsMargins(0, 0, 0, 0)
        result_column.addWidget(self.tabs, 1)
        result_column.addLayout(exports)
        # Side by side in a wide (bottom) dock, stacked in a tall (side) one.
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("timeseries_splitter")
        self.splitter.setChildrenCollapsible(False)
        for pane in (scroll, places_box, results):
            self.splitter.addWidget(pane)
        self.splitter.setStretchFactor(2, 1)
        self.splitter.setSizes(PANE_SIZES[False])
        self.setWidget(self.splitter)
        # Tab order follows the eye: the choices, the places, then the chart and the table.
        order = [
            self.index_combo,
            self.expression,
            self.source_combo,
            self.folder,
            self.pick_button,
            self.selection_button,
            self.aoi_button,
            self.places,
            self.remove_button,
            self.clear_button,
            self.csv_button,
            self.png_button,
            self.tabs,
        ]
        for first, second in zip(order, order[1:]):
            QWidget.setTabOrder(first, second)

    def _fit_orientation(self, area) -> None:
        side = area in (Qt.DockWidgetArea.LeftDockWidgetArea, Qt.DockWidgetArea.RightDockWidgetArea)
        if self.isFloating():
            side = False
        wanted = Qt.Orientation.Vertical if side else Qt.Orientation.Horizontal
        if self.splitter.orientation() != wanted:
            self.splitter.setOrientation(wanted)
            self.splitter.setSizes(PANE_SIZES[wanted == Qt.Orientation.Vertical])

    # Choices ---------------------------------------------------------------------------

    def index(self) -> SpectralIndex:
        """The chosen index; InputError for empty or invalid band math."""
        key = self.index_combo.currentData()
        if key != CUSTOM:
            return CATALOGUE[key]
        text = self.expression.text().strip()
        if not text:
            raise InputError(
                tr("Write the band math to chart, for example {example}.").format(example=EXAMPLE)
            )
        return resolve_index(text)

    def sources(self) -> Sources:
        """The folder chosen, or the files of the raster layers on the map."""
        if self.source_combo.currentData() == FOLDER:
            folder = self.folder.filePath().strip()
            if not folder:
                raise InputError(tr("Choose the folder your ClearSKY Vision downloads are in."))
            return folder
        return map_raster_paths()

    def _index_changed(self) -> None:
        custom = self.index_combo.currentData() == CUSTOM
        self.expression.setVisible(custom)
        if custom:
            self.expression.setFocus()
            if not self.expression.text().strip():
                return  # computed once the band math is written
        self.recompute()

    def _sources_changed(self) -> None:
        self.folder.setVisible(self.source_combo.currentData() == FOLDER)
        self._count_sources()
        self.recompute()

    def _folder_changed(self, path: str) -> None:
        # The widget reports every keystroke of a typed path: act on actual folders only.
        if path and Path(path).is_dir():
            self._count_sources()
            self.recompute()

    def _schedule_count(self, *_args) -> None:
        if not self._closed:
            self._sources_timer.start()

    def _count_sources(self) -> None:
        if self.source_combo.currentData() == FOLDER:
            show(self.sources_label, "")
            return
        dates = {item.date for item in layer_sources(map_raster_paths())}
        if dates:
            text = tr("{count} dates among the layers on the map.").format(count=len(dates))
            show(self.sources_label, text)
        else:
            show(
                self.sources_label,
                tr("No ClearSKY Vision downloads on the map: download dates, or choose a folder."),
            )

    # Places ----------------------------------------------------------------------------

    def toggle_tool(self) -> None:
        if self.canvas.mapTool() is self.tool:
            self._restore_tool()
            return
        if len(self.entries) >= len(PALETTE):
            self.pick_button.setChecked(False)
            self._say(self._full_text(), ERROR_STYLE)
            return
        current = self.canvas.mapTool()
        self.previous_tool = current if current is not self.tool else None
        self.canvas.setMapTool(self.tool)
        self.pick_button.setChecked(True)
        self._say(tr("Click pixels on the map; each becomes a line. Esc stops."))

    def _restore_tool(self) -> None:
        if self.canvas.mapTool() is self.tool:
            previous = self.previous_tool
            if previous is not None and not sip.isdeleted(previous):
                self.canvas.setMapTool(previous)
            else:
                self.canvas.unsetMapTool(self.tool)
        self.previous_tool = None
        self.pick_button.setChecked(False)

    def _tool_deactivated(self) -> None:
        if not self._closed:
            self.pick_button.setChecked(False)

    def add_pixel(self, point: QgsPointXY) -> None:
        """A clicked point (canvas CRS) as a place."""
        crs = self.canvas.mapSettings().destinationCrs()
        self._pixel_numbers += 1
        name = tr("Pixel {number}").format(number=self._pixel_numbers)
        self._attempt(lambda: self._add(name, QgsGeometry.fromPointXY(point), crs))

    def add_aoi(self) -> None:
        """The dock's area of interest as a place."""
        aoi = self._aoi() if self._aoi else None
        if aoi is None:
            self._say(
                tr("Choose an area of interest in the ClearSKY Vision dock first."), ERROR_STYLE
            )
            return
        wgs84 = QgsCoordinateReferenceSystem("EPSG:4326")
        self._attempt(lambda: self._add(aoi.name, QgsGeometry.fromWkt(aoi.wkt), wgs84))

    def add_selection(self) -> None:
        """Each selected polygon of the active layer as a place."""
        self._attempt(self._add_selection)

    def _add_selection(self) -> None:
        layer = selected_polygons(
            self.iface,
            tr("Make a polygon layer active in the Layers panel and select polygons in it."),
            tr("Select one or more polygons of '{layer}' first."),
        )
        expression = QgsExpression(layer.displayExpression())
        context = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(layer))
        for feature in layer.getSelectedFeatures():
            if len(self.entries) >= len(PALETTE):
                raise InputError(self._full_text())
            context.setFeature(feature)
            label = expression.evaluate(context)
            text = "" if label is None or label == NULL else str(label)
            name = f"{layer.name()} {text or feature.id()}"
            geometry = union_of_polygons([feature], name)
            self._add(name, geometry, layer.crs())

    def _add(self, name: str, geometry: QgsGeometry, crs: QgsCoordinateReferenceSystem) -> None:
        if len(self.entries) >= len(PALETTE):
            raise InputError(self._full_text())
        if geometry.type() == POINT_GEOMETRY:
            point = geometry.asPoint()
            place = Place(self._unique(name), crs_text(crs), point=(point.x(), point.y()))
        else:
            place = Place(self._unique(name), crs_text(crs), polygon=geometry.asWkt())
        used = {entry.colour for entry in self.entries}
        colour = next(c for c in PALETTE if c not in used)
        entry = Entry(place, geometry, crs, colour, self._mark(geometry, crs, colour))
        self.entries.append(entry)
        item = QListWidgetItem(self._swatch(colour), place.name)
        self.places.addItem(item)
        self.compute(entry)
        self._update_buttons()
        if len(self.entries) >= len(PALETTE):
            self._restore_tool()

    def _full_text(self) -> str:
        return tr("The chart compares up to {count} places: remove one first.").format(
            count=len(PALETTE)
        )

    def _unique(self, name: str) -> str:
        taken = {entry.place.name for entry in self.entries}
        unique, number = name, 2
        while unique in taken:
            unique = f"{name} ({number})"
            number += 1
        return unique

    def remove_selected(self) -> None:
        rows = sorted((self.places.row(item) for item in self.places.selectedItems()), reverse=True)
        if not rows and self.places.currentRow() >= 0:
            rows = [self.places.currentRow()]
        for row in rows:
            self._remove(row)
        self._refresh()

    def clear(self) -> None:
        """Remove every place."""
        for row in reversed(range(len(self.entries))):
            self._remove(row)
        self._pixel_numbers = 0
        self._refresh()
        self._say("")

    def _remove(self, row: int) -> None:
        entry = self.entries.pop(row)
        entry.generation += 1  # its running task, if any, is no longer wanted
        self._drop_mark(entry.band)
        self.places.takeItem(row)

    # Computing -------------------------------------------------------------------------

    def recompute(self) -> None:
        """Compute every place again (another index or other sources)."""
        for entry in self.entries:
            self.compute(entry)
        self._refresh()

    def compute(self, entry: Entry) -> None:
        entry.generation += 1
        generation = entry.generation
        try:
            index, sources = self.index(), self.sources()
            task = SeriesTask(
                entry.place,
                sources,
                index,
                STATISTIC,
                on_done=self.runner.guard(lambda series: self._done(entry, generation, series)),
                on_error=self.runner.guard(lambda error: self._failed(entry, generation, error)),
            )
        except ClearSkyError as exc:
            entry.series, entry.busy = None, False
            self._failed(entry, generation, exc)
            return
        entry.busy, entry.error = True, ""
        self._show_entry(entry)
        self.runner.start(task)

    def _done(self, entry: Entry, generation: int, series: PlaceSeries) -> None:
        if generation != entry.generation or entry not in self.entries:
            return
        entry.series, entry.busy, entry.error = series, False, ""
        self._show_entry(entry)
        self._refresh()
        shown = [e for e in self.entries if e.series is not None]
        dates = {day for e in shown for day in e.series.dates}
        if len(shown) == 1:
            text = tr("{index} over {dates} dates.")
        else:
            text = tr("{index} over {dates} dates at {places} places.")
        text = text.format(index=series.index.key, places=len(shown), dates=len(dates))
        if series.problems:
            note = tr("{place}: some dates could not be read: {reason}").format(
                place=series.place.name, reason=series.problems[0]
            )
            self._say(f"{text} {note}", WARNING_STYLE)
        else:
            self._say(text)
        self.seriesReady.emit(series)

    def _failed(self, entry: Entry, generation: int, error: Exception) -> None:
        if generation != entry.generation or entry not in self.entries:
            return
        entry.busy = False
        if isinstance(error, CancelledError):
            self._show_entry(entry)
            return
        entry.series, entry.error = None, user_text(error)
        self._show_entry(entry)
        self._refresh()
        self._say(f"{entry.place.name}: {entry.error}", error_style(error))
        self.seriesFailed.emit(error)

    def _show_entry(self, entry: Entry) -> None:
        item = self.places.item(self.entries.index(entry))
        text = entry.place.name
        if entry.busy:
            text = tr("{place} (computing…)").format(place=text)
        elif entry.error:
            text = tr("{place} (failed)").format(place=text)
        item.setText(text)
        item.setToolTip(entry.error)

    # Showing ---------------------------------------------------------------------------

    def _refresh(self) -> None:
        """Redraw the chart and the table from every place's latest series."""
        shown = [e for e in self.entries if e.series is not None]
        lines = [
            ChartLine(
                e.place.name,
                e.colour,
                tuple(item.date for item in e.series.values),
                tuple(item.value for item in e.series.values),
            )
            for e in shown
        ]
        if self.chart is not None:
            self.chart.set_lines(lines, self._value_label(shown))
        self._fill_table(lines)
        self._update_buttons()

    def _value_label(self, shown: list[Entry]) -> str:
        if not shown:
            return ""
        index = shown[0].series.index
        return index.formula if index.key == CUSTOM else index.key

    def _fill_table(self, lines: list[ChartLine]) -> None:
        days = sorted({day for line in lines for day in line.dates})
        self.table.clear()
        self.table.setRowCount(len(days))
        self.table.setColumnCount(len(lines))
        self.table.setHorizontalHeaderLabels([line.label for line in lines])
        self.table.setVerticalHeaderLabels([day.isoformat() for day in days])
        rows = {day: row for row, day in enumerate(days)}
        self.table_days = days
        for column, line in enumerate(lines):
            for day, value in zip(line.dates, line.values):
                text = tr("no data") if value is None else f"{value:.4f}"
                cell = QTableWidgetItem(text)
                cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(rows[day], column, cell)
        self.table.resizeColumnsToContents()

    def _row_activated(self, row: int, _column: int) -> None:
        if 0 <= row < len(self.table_days):
            self.show_date(self.table_days[row])

    def show_date(self, day: dt.date) -> None:
        """Move the Temporal Controller to ``day`` (a clicked point or table row)."""
        show_date(self.canvas, day)
        self._say(tr("The map shows {date}.").format(date=day.isoformat()))

    def _mark_map_time(self) -> None:
        if self.chart is None:
            return
        span = self.canvas.temporalRange()
        if not self.canvas.mapSettings().isTemporal() or not span.begin().isValid():
            self.chart.mark_time(None)
            return
        begin = span.begin().toLocalTime().toPyDateTime()
        end = span.end().toLocalTime().toPyDateTime() if span.end().isValid() else begin
        self.chart.mark_time(begin, end)

    def _update_buttons(self) -> None:
        has_values = any(e.series is not None for e in self.entries)
        self.csv_button.setEnabled(has_values)
        self.png_button.setEnabled(has_values and self.chart is not None)
        self.remove_button.setEnabled(bool(self.entries))
        self.clear_button.setEnabled(bool(self.entries))

    def _say(self, text: str, style: str = INFO_STYLE) -> None:
        show(self.message, text, style)

    def _attempt(self, action) -> None:
        """Add a place; a bad input is explained in the panel, never raised."""
        attempt(action, self.message, "Adding a time-series place failed")

    # Exports ---------------------------------------------------------------------------

    def export_csv(self) -> None:
        """Ask where, then write every place's values (place, date, value, pixels, source)."""
        path = self._ask_path(tr("Export the time series as CSV"), "csv", tr("CSV files (*.csv)"))
        if not path:
            return
        series = {e.place.name: e.series.values for e in self.entries if e.series is not None}
        self._export(lambda: write_csv(series, path), path)

    def export_png(self) -> None:
        """Ask where, then save the chart as shown as a PNG image."""
        if self.chart is None:
            return
        path = self._ask_path(tr("Export the chart as PNG"), "png", tr("PNG images (*.png)"))
        if path:
            self._export(lambda: self.chart.save_png(path), path)

    def _ask_path(self, title: str, suffix: str, filter_text: str) -> str:
        start = Path(self.folder.filePath() or Settings.load().download_folder or Path.home())
        index = self._value_label([e for e in self.entries if e.series is not None]) or "series"
        name = "".join(c if c.isalnum() else "_" for c in index)[:40]
        path, _filter = QFileDialog.getSaveFileName(
            self, title, str(start / f"timeseries_{name}.{suffix}"), filter_text
        )
        if path and not path.lower().endswith(f".{suffix}"):
            path = f"{path}.{suffix}"
        return path

    def _export(self, write, path: str) -> None:
        try:
            write()
        except ClearSkyError as exc:
            self._say(str(exc), error_style(exc))
            return
        except OSError as exc:
            self._say(
                tr("Could not write {path} ({reason}): choose another folder.").format(
                    path=path, reason=exc.strerror or exc
                ),
                ERROR_STYLE,
            )
            return
        text = tr("Saved {path}").format(path=path)
        self._say(text)
        tell(self.iface.messageBar(), text)

    # Marks on the map ------------------------------------------------------------------

    def _mark(self, geometry: QgsGeometry, crs, colour: str) -> QgsRubberBand:
        kind = POINT_GEOMETRY if geometry.type() == POINT_GEOMETRY else POLYGON_GEOMETRY
        band = QgsRubberBand(self.canvas, kind)
        band.setStrokeColor(QColor(colour))
        if kind == POINT_GEOMETRY:
            band.setIcon(QgsRubberBand.IconType.ICON_CIRCLE)
            band.setIconSize(10)
            band.setWidth(3)
        else:
            band.setFillColor(QColor(0, 0, 0, 0))  # an outline: the imagery stays readable
            band.setWidth(2)
        band.setToGeometry(geometry, crs)
        band.setVisible(self.isVisible())
        return band

    def _redraw_marks(self) -> None:
        for entry in self.entries:
            entry.band.setToGeometry(entry.geometry, entry.crs)

    def _drop_mark(self, band: QgsRubberBand) -> None:
        band.reset(POINT_GEOMETRY)
        scene = self.canvas.scene()
        if scene is not None:
            scene.removeItem(band)

    def _swatch(self, colour: str) -> QIcon:
        pixmap = QPixmap(12, 12)
        pixmap.fill(QColor(colour))
        return QIcon(pixmap)

    def _visibility_changed(self, visible: bool) -> None:
        if self._closed:
            return
        for entry in self.entries:
            entry.band.setVisible(visible)
        if not visible:
            self._restore_tool()

    # Close-down ------------------------------------------------------------------------

    def _alive(self) -> bool:
        return not self._closed and not sip.isdeleted(self)

    def cancel(self) -> None:
        """Cancel every computation still running."""
        self.runner.cancel_all()

    def close_down(self) -> None:
        """Everything the panel put on the canvas and in the task manager goes (plugin unload)."""
        if self._closed:
            return
        self.cancel()
        self._restore_tool()
        if self.canvas.mapTool() is self.tool:
            self.canvas.unsetMapTool(self.tool)
        self._closed = True
        self._sources_timer.stop()
        self.tool.deleteLater()  # a child of the canvas, which outlives the panel
        for entry in self.entries:
            entry.generation += 1
            self._drop_mark(entry.band)
        self.entries.clear()
        project = QgsProject.instance()
        for signal, slot in (
            (self.canvas.destinationCrsChanged, self._redraw_marks),
            (self.canvas.temporalRangeChanged, self._mark_map_time),
            (project.layersAdded, self._schedule_count),
            (project.layersRemoved, self._schedule_count),
        ):
            with contextlib.suppress(TypeError, RuntimeError):  # already disconnected
                signal.disconnect(slot)


def map_raster_paths() -> list[str]:
    """The files behind the file-based raster layers of the project."""
    registry = QgsProviderRegistry.instance()
    paths = []
    for layer in QgsProject.instance().mapLayers().values():
        if isinstance(layer, QgsRasterLayer) and layer.providerType() == "gdal":
            path = registry.decodeUri("gdal", layer.source()).get("path") or ""
            if path:
                paths.append(path)
    return paths
