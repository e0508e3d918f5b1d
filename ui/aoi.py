"""The area-of-interest section: where the AOI comes from, its size, and its outline on the map.

Every source ends in ``set_geometry(geometry, crs, name)``, which builds the API's EPSG:4326
``Aoi``; the outline stays on the canvas, in whatever CRS the canvas uses, until cleared.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsGeometry,
    QgsVectorLayer,
)
from qgis.gui import QgsCollapsibleGroupBox, QgsFileWidget, QgsMapTool
from qgis.PyQt import sip
from qgis.PyQt.QtCore import pyqtSignal
from qgis.PyQt.QtGui import QColor
from qgis.PyQt.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
)

from ..core.api.errors import InputError
from ..core.api.geometry import Aoi
from ..core.api.i18n import noop, tr
from ..core.qgs.enums import POLYGON_GEOMETRY, WKT_PREFERRED_GDAL
from .map_tools import AoiDrawTool, PolygonTool, RectangleTool, rubber_band
from .messages import (
    ERROR_STYLE,
    INFO_STYLE,
    WARNING_STYLE,
    attempt,
    push_button,
    show,
    text_label,
)

AOI_COLOUR = QColor(220, 20, 60)
WGS84 = "EPSG:4326"
NO_AREA = noop("No area chosen yet.")
VECTOR_PATTERNS = "*.gpkg *.shp *.geojson *.json *.kml *.gml *.fgb *.sqlite"
# The AOI's name (and so its layer group's) after the way it was drawn.
DRAWN = {"rectangle": noop("Drawn rectangle"), "polygon": noop("Drawn polygon")}


def selected_polygons(iface, not_polygons: str, none_selected: str) -> QgsVectorLayer:
    """The active layer when it is a polygon layer with a selection; else an InputError
    saying ``not_polygons`` or ``none_selected`` (its ``{layer}``: the layer's name)."""
    layer = iface.activeLayer()
    if not isinstance(layer, QgsVectorLayer) or layer.geometryType() != POLYGON_GEOMETRY:
        raise InputError(not_polygons)
    if not layer.selectedFeatureCount():
        raise InputError(none_selected.format(layer=layer.name()))
    return layer


def crs_text(crs: QgsCoordinateReferenceSystem) -> str:
    """What ``Aoi.from_wkt`` needs: the EPSG code when there is one, else the CRS's WKT."""
    if not crs.isValid():
        raise InputError(
            tr(
                "The map or layer has no coordinate reference system: set one "
                "(Project > Properties > CRS, or the layer's properties) and try again."
            )
        )
    if crs.authid().upper().startswith("EPSG:"):
        return crs.authid()
    return crs.toWkt(WKT_PREFERRED_GDAL)


def union_of_polygons(features, what: str) -> QgsGeometry:
    """The exact union of the polygon geometries of ``features`` (never their bounding box)."""
    parts = [
        f.geometry()
        for f in features
        if f.hasGeometry()
        and not f.geometry().isEmpty()
        and f.geometry().type() == POLYGON_GEOMETRY
    ]
    if not parts:
        raise InputError(tr("{what} holds no polygons: choose polygon features.").format(what=what))
    union = QgsGeometry.unaryUnion(parts)
    if union.isNull() or union.isEmpty():
        raise InputError(
            tr("The polygons of {what} could not be combined: check their validity.").format(
                what=what
            )
        )
    return union


class AoiBox(QgsCollapsibleGroupBox):
    """Pick, show and check the area of interest."""

    changed = pyqtSignal()

    def __init__(self, iface, parent=None) -> None:
        super().__init__(tr("Area of interest"), parent)
        self.setObjectName("aoi_box")
        self.iface = iface
        self.canvas = iface.mapCanvas()
        self.aoi: Aoi | None = None
        self.max_area_km2: float | None = None
        # Outline only: a tint would change the colours of the imagery shown inside it.
        self.band = rubber_band(self.canvas, AOI_COLOUR, fill_alpha=0)
        self.tools: dict[str, AoiDrawTool] = {}
        self.previous_tool: QgsMapTool | None = None
        self.canvas.destinationCrsChanged.connect(self.redraw)

        self.extent_button = push_button(tr("Map extent"), "aoi_extent", self.use_canvas_extent)
        self.rectangle_button = push_button(tr("Rectangle"), "aoi_rectangle", self.draw_rectangle)
        self.polygon_button = push_button(tr("Polygon"), "aoi_polygon", self.draw_polygon)
        self.selection_button = push_button(tr("Selection"), "aoi_selection", self.use_selection)
        self.clear_button = push_button(tr("Clear"), "aoi_clear", self.clear)
        self.extent_button.setToolTip(tr("Use the map canvas's current extent"))
        self.rectangle_button.setToolTip(tr(RectangleTool.hint))
        self.polygon_button.setToolTip(tr(PolygonTool.hint))
        self.selection_button.setToolTip(
            tr(
                "The selected features of the active polygon layer, exactly (not their "
                "bounding box)"
            )
        )
        for button in (self.rectangle_button, self.polygon_button):
            button.setCheckable(True)
        self.file = QgsFileWidget()
        self.file.setObjectName("aoi_file")
        self.file.setFilter(
            tr("Vector files ({patterns});;All files (*)").format(patterns=VECTOR_PATTERNS)
        )
        self.file.setDialogTitle(tr("Area of interest from a vector file"))
        self.file.fileChanged.connect(self._file_chosen)
        self.name = QLineEdit()
        self.name.setObjectName("aoi_name")
        self.name.setPlaceholderText(tr("name of the area (used for the layer group)"))
        self.area_label = text_label("aoi_area", tr(NO_AREA))
        self.message = text_label("aoi_message", hidden=True)

        buttons = QGridLayout()
        for column, button in enumerate(
            (self.extent_button, self.rectangle_button, self.polygon_button)
        ):
            buttons.addWidget(button, 0, column)
        buttons.addWidget(self.selection_button, 1, 0)
        buttons.addWidget(self.clear_button, 1, 2)
        file_row = QHBoxLayout()
        file_row.addWidget(QLabel(tr("File")))
        file_row.addWidget(self.file, 1)
        name_row = QHBoxLayout()
        name_row.addWidget(QLabel(tr("Name")))
        name_row.addWidget(self.name, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addLayout(file_row)
        layout.addLayout(name_row)
        layout.addWidget(self.area_label)
        layout.addWidget(self.message)

    # Sources -------------------------------------------------------------------------

    def use_canvas_extent(self) -> None:
        extent = self.canvas.extent()
        crs = self.canvas.mapSettings().destinationCrs()
        self._attempt(
            lambda: self.set_geometry(QgsGeometry.fromRect(extent), crs, tr("Map extent"))
        )

    def use_selection(self) -> None:
        self._attempt(self._use_selection)

    def _use_selection(self) -> None:
        layer = selected_polygons(
            self.iface,
            tr(
                "Make a polygon layer active in the Layers panel and select the features "
                "that make up the area."
            ),
            tr("Select one or more features of '{layer}' first."),
        )
        what = tr("The selection of {layer}").format(layer=layer.name())
        union = union_of_polygons(layer.getSelectedFeatures(), what)
        self.set_geometry(union, layer.crs(), tr("{layer} selection").format(layer=layer.name()))

    def load_file(self, path: str) -> None:
        """The union of every polygon in a vector file."""
        self._attempt(lambda: self._load_file(path))

    def _load_file(self, path: str) -> None:
        name = Path(path).stem
        layer = QgsVectorLayer(path, name, "ogr")
        if not layer.isValid():
            raise InputError(tr("{path} is not a vector file QGIS can read.").format(path=path))
        if layer.geometryType() != POLYGON_GEOMETRY:
            raise InputError(
                tr("{file} holds no polygons: choose a polygon file.").format(file=Path(path).name)
            )
        union = union_of_polygons(layer.getFeatures(), Path(path).name)
        self.set_geometry(union, layer.crs(), name)

    def _file_chosen(self, path: str) -> None:
        # The widget reports every keystroke of a typed path: read only actual files.
        if path and Path(path).is_file():
            self.load_file(path)

    def draw_rectangle(self) -> None:
        self._start_tool("rectangle", RectangleTool, self.rectangle_button)

    def draw_polygon(self) -> None:
        self._start_tool("polygon", PolygonTool, self.polygon_button)

    def _start_tool(self, kind: str, tool_class, button: QPushButton) -> None:
        tool = self.tools.get(kind)
        if tool is None:
            tool = self.tools[kind] = tool_class(self.canvas)
            tool.drawn.connect(lambda geometry, k=kind: self._drawn(k, geometry))
            tool.cancelled.connect(self._restore_tool)
            tool.deactivated.connect(lambda b=button: b.setChecked(False))
        if self.canvas.mapTool() is tool:  # pressed again while drawing: stop drawing
            tool.cancel()
            return
        current = self.canvas.mapTool()
        if current not in self.tools.values():
            self.previous_tool = current
        self.canvas.setMapTool(tool)
        button.setChecked(True)
        self._say(tr(tool.hint), INFO_STYLE)

    def _drawn(self, kind: str, geometry: QgsGeometry) -> None:
        crs = self.canvas.mapSettings().destinationCrs()
        self._restore_tool()
        self._attempt(lambda: self.set_geometry(geometry, crs, tr(DRAWN[kind])))

    def _restore_tool(self) -> None:
        tool = self.canvas.mapTool()
        if tool in self.tools.values():
            if self.previous_tool is not None and not sip.isdeleted(self.previous_tool):
                self.canvas.setMapTool(self.previous_tool)
            else:
                self.canvas.unsetMapTool(tool)
        self.previous_tool = None
        if self.message.text() in (tr(RectangleTool.hint), tr(PolygonTool.hint)):
            self._say("")

    # The AOI -------------------------------------------------------------------------

    def set_geometry(self, geometry: QgsGeometry, crs: QgsCoordinateReferenceSystem, name: str):
        """Make ``geometry`` (in ``crs``) the AOI; raises InputError when it cannot be one."""
        if geometry is None or geometry.isNull() or geometry.isEmpty():
            raise InputError(tr("The area of interest is empty: choose or draw a polygon."))
        aoi = Aoi.from_wkt(geometry.asWkt(), crs_text(crs), name)
        self.aoi = aoi
        self.name.setText(name)
        self.redraw()
        self._show_area()
        self.changed.emit()

    def aoi_name(self) -> str:
        return self.name.text().strip() or (self.aoi.name if self.aoi else tr("AOI"))

    def clear(self) -> None:
        self.aoi = None
        self.band.reset(POLYGON_GEOMETRY)
        self.name.clear()
        self.area_label.setText(tr(NO_AREA))
        self._say("")
        self.changed.emit()

    def redraw(self) -> None:
        """Outline the AOI in the canvas's current CRS."""
        self.band.reset(POLYGON_GEOMETRY)
        if self.aoi is not None:
            outline = QgsGeometry.fromWkt(self.aoi.wkt)
            self.band.setToGeometry(outline, QgsCoordinateReferenceSystem(WGS84))

    def set_max_area(self, km2: float | None) -> None:
        """The key's largest area per request, once the account is known."""
        self.max_area_km2 = km2 or None
        self._show_area()

    def too_large(self) -> bool:
        return bool(self.aoi and self.max_area_km2 and self.aoi.area_km2 > self.max_area_km2)

    def _show_area(self) -> None:
        if self.aoi is None:
            return
        area = f"{self.aoi.area_km2:,.2f}"
        self.area_label.setText(tr("Area: {area} km²").format(area=area))
        if self.too_large():
            self._say(
                tr(
                    "Larger than your key allows ({limit} km² per request): draw a smaller area "
                    "or split it. Searching is free; downloads are refused."
                ).format(limit=f"{self.max_area_km2:,.0f}"),
                WARNING_STYLE,
            )
        elif self.aoi.notes:
            self._say(" ".join(self.aoi.notes), INFO_STYLE)
        else:
            self._say("")

    def _say(self, text: str, style: str = INFO_STYLE) -> None:
        show(self.message, text, style)

    def _attempt(self, action) -> None:
        """Run an AOI source; a bad input is explained in the box, never raised."""
        failure = "Setting the area of interest failed"
        attempt(action, self.message, failure, lambda _error: ERROR_STYLE)

    def set_busy(self, busy: bool) -> None:
        for widget in (
            self.extent_button,
            self.rectangle_button,
            self.polygon_button,
            self.selection_button,
            self.clear_button,
            self.file,
        ):
            widget.setEnabled(not busy)

    def close_down(self) -> None:
        """Remove every trace on the canvas: our map tools and the outlines."""
        self._restore_tool()
        for tool in self.tools.values():
            if self.canvas.mapTool() is tool:
                self.canvas.unsetMapTool(tool)
            tool.remove()
        self.tools.clear()
        self.band.reset(POLYGON_GEOMETRY)
        self.canvas.scene().removeItem(self.band)
        with contextlib.suppress(TypeError):  # already disconnected
            self.canvas.destinationCrsChanged.disconnect(self.redraw)
