"""The area-of-interest section: where the AOI comes from, its size, and its outline on the map.

Every source ends in ``set_geometry(geometry, crs, name)``, which builds the API's EPSG:4326
``Aoi``; the outline stays on the canvas, in whatever CRS the canvas uses, until cleared.
"""

from __future__ import annotations

import contextlib
import logging
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

from ..core.api.errors import ClearSkyError, InputError
from ..core.api.geometry import Aoi
from ..core.qgs.enums import POLYGON_GEOMETRY, WKT_PREFERRED_GDAL
from .map_tools import AoiDrawTool, PolygonTool, RectangleTool, rubber_band
from .messages import ERROR_STYLE, INFO_STYLE, WARNING_STYLE, show, text_label, unexpected

LOG = logging.getLogger("clearsky_vision")
AOI_COLOUR = QColor(220, 20, 60)
WGS84 = "EPSG:4326"
NO_AREA = "No area chosen yet."
VECTOR_FILTER = (
    "Vector files (*.gpkg *.shp *.geojson *.json *.kml *.gml *.fgb *.sqlite);;All files (*)"
)


def crs_text(crs: QgsCoordinateReferenceSystem) -> str:
    """What ``Aoi.from_wkt`` needs: the EPSG code when there is one, else the CRS's WKT."""
    if not crs.isValid():
        raise InputError(
            "The map or layer has no coordinate reference system: set one "
            "(Project > Properties > CRS, or the layer's properties) and try again."
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
        raise InputError(f"{what} holds no polygons: choose polygon features.")
    union = QgsGeometry.unaryUnion(parts)
    if union.isNull() or union.isEmpty():
        raise InputError(f"The polygons of {what} could not be combined: check their validity.")
    return union


class AoiBox(QgsCollapsibleGroupBox):
    """Pick, show and check the area of interest."""

    changed = pyqtSignal()

    def __init__(self, iface, parent=None) -> None:
        super().__init__("Area of interest", parent)
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

        self.extent_button = self._button("Map extent", "aoi_extent", self.use_canvas_extent)
        self.rectangle_button = self._button("Rectangle", "aoi_rectangle", self.draw_rectangle)
        self.polygon_button = self._button("Polygon", "aoi_polygon", self.draw_polygon)
        self.selection_button = self._button("Selection", "aoi_selection", self.use_selection)
        self.clear_button = self._button("Clear", "aoi_clear", self.clear)
        self.extent_button.setToolTip("Use the map canvas's current extent")
        self.rectangle_button.setToolTip(RectangleTool.hint)
        self.polygon_button.setToolTip(PolygonTool.hint)
        self.selection_button.setToolTip(
            "The selected features of the active polygon layer, exactly (not their bounding box)"
        )
        for button in (self.rectangle_button, self.polygon_button):
            button.setCheckable(True)
        self.file = QgsFileWidget()
        self.file.setObjectName("aoi_file")
        self.file.setFilter(VECTOR_FILTER)
        self.file.setDialogTitle("Area of interest from a vector file")
        self.file.fileChanged.connect(self._file_chosen)
        self.name = QLineEdit()
        self.name.setObjectName("aoi_name")
        self.name.setPlaceholderText("name of the area (used for the layer group)")
        self.area_label = text_label("aoi_area", NO_AREA)
        self.message = text_label("aoi_message", hidden=True)

        buttons = QGridLayout()
        for column, button in enumerate(
            (self.extent_button, self.rectangle_button, self.polygon_button)
        ):
            buttons.addWidget(button, 0, column)
        buttons.addWidget(self.selection_button, 1, 0)
        buttons.addWidget(self.clear_button, 1, 2)
        file_row = QHBoxLayout()
        file_row.addWidget(QLabel("File"))
        file_row.addWidget(self.file, 1)
        name_row = QHBoxLayout()
        name_row.addWidget(QLabel("Name"))
        name_row.addWidget(self.name, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addLayout(file_row)
        layout.addLayout(name_row)
        layout.addWidget(self.area_label)
        layout.addWidget(self.message)

    def _button(self, text: str, name: str, slot) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    # Sources -------------------------------------------------------------------------

    def use_canvas_extent(self) -> None:
        extent = self.canvas.extent()
        crs = self.canvas.mapSettings().destinationCrs()
        self._attempt(lambda: self.set_geometry(QgsGeometry.fromRect(extent), crs, "Map extent"))

    def use_selection(self) -> None:
        self._attempt(self._use_selection)

    def _use_selection(self) -> None:
        layer = self.iface.activeLayer()
        if not isinstance(layer, QgsVectorLayer) or layer.geometryType() != POLYGON_GEOMETRY:
            raise InputError(
                "Make a polygon layer active in the Layers panel and select the features "
                "that make up the area."
            )
        if not layer.selectedFeatureCount():
            raise InputError(f"Select one or more features of '{layer.name()}' first.")
        union = union_of_polygons(layer.getSelectedFeatures(), f"The selection of {layer.name()}")
        self.set_geometry(union, layer.crs(), f"{layer.name()} selection")

    def load_file(self, path: str) -> None:
        """The union of every polygon in a vector file."""
        self._attempt(lambda: self._load_file(path))

    def _load_file(self, path: str) -> None:
        name = Path(path).stem
        layer = QgsVectorLayer(path, name, "ogr")
        if not layer.isValid():
            raise InputError(f"{path} is not a vector file QGIS can read.")
        if layer.geometryType() != POLYGON_GEOMETRY:
            raise InputError(f"{Path(path).name} holds no polygons: choose a polygon file.")
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
        self._say(tool.hint, INFO_STYLE)

    def _drawn(self, kind: str, geometry: QgsGeometry) -> None:
        crs = self.canvas.mapSettings().destinationCrs()
        self._restore_tool()
        self._attempt(lambda: self.set_geometry(geometry, crs, f"Drawn {kind}"))

    def _restore_tool(self) -> None:
        tool = self.canvas.mapTool()
        if tool in self.tools.values():
            if self.previous_tool is not None and not sip.isdeleted(self.previous_tool):
                self.canvas.setMapTool(self.previous_tool)
            else:
                self.canvas.unsetMapTool(tool)
        self.previous_tool = None
        if self.message.text() in (RectangleTool.hint, PolygonTool.hint):
            self._say("")

    # The AOI -------------------------------------------------------------------------

    def set_geometry(self, geometry: QgsGeometry, crs: QgsCoordinateReferenceSystem, name: str):
        """Make ``geometry`` (in ``crs``) the AOI; raises InputError when it cannot be one."""
        if geometry is None or geometry.isNull() or geometry.isEmpty():
            raise InputError("The area of interest is empty: choose or draw a polygon.")
        aoi = Aoi.from_wkt(geometry.asWkt(), crs_text(crs), name)
        self.aoi = aoi
        self.name.setText(name)
        self.redraw()
        self._show_area()
        self.changed.emit()

    def aoi_name(self) -> str:
        return self.name.text().strip() or (self.aoi.name if self.aoi else "AOI")

    def clear(self) -> None:
        self.aoi = None
        self.band.reset(POLYGON_GEOMETRY)
        self.name.clear()
        self.area_label.setText(NO_AREA)
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
        self.area_label.setText(f"Area: {self.aoi.area_km2:,.2f} km²")
        if self.too_large():
            self._say(
                f"Larger than your key allows ({self.max_area_km2:,.0f} km² per request): "
                "draw a smaller area or split it. Searching is free; downloads are refused.",
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
        try:
            action()
        except ClearSkyError as exc:
            self._say(str(exc), ERROR_STYLE)
        except Exception as exc:  # a bug: one line here, the traceback in the log
            LOG.exception("Setting the area of interest failed")
            self._say(unexpected(exc), ERROR_STYLE)

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
