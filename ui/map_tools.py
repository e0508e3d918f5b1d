"""Map tools that draw an area of interest: a rectangle and a polygon, with a rubber band.

Left clicks place points; a right click or a double click finishes; Backspace removes the
last corner of a polygon; Esc cancels. The result is emitted in the canvas CRS.
"""

from __future__ import annotations

from qgis.core import QgsGeometry, QgsPointXY, QgsRectangle
from qgis.gui import QgsMapCanvas, QgsMapMouseEvent, QgsMapTool, QgsRubberBand
from qgis.PyQt.QtCore import Qt, pyqtSignal
from qgis.PyQt.QtGui import QColor, QKeyEvent

from ..core.api.i18n import noop
from ..core.qgs.enums import POLYGON_GEOMETRY

DRAW_COLOUR = QColor(255, 140, 0)  # orange while drawing, distinct from the finished AOI
DRAG_PIXELS = 4  # a press and release further apart than this is a drag, not a click


def rubber_band(
    canvas: QgsMapCanvas, colour: QColor, width: int = 2, fill_alpha: int = 40
) -> QgsRubberBand:
    """A polygon rubber band outlined in ``colour``, filled with it at ``fill_alpha``."""
    band = QgsRubberBand(canvas, POLYGON_GEOMETRY)
    band.setStrokeColor(colour)
    fill = QColor(colour)
    fill.setAlpha(fill_alpha)
    band.setFillColor(fill)
    band.setWidth(width)
    return band


class AoiDrawTool(QgsMapTool):
    """What both drawing tools share: the rubber band, finishing and cancelling."""

    drawn = pyqtSignal(QgsGeometry)
    cancelled = pyqtSignal()
    hint = ""

    def __init__(self, canvas: QgsMapCanvas) -> None:
        super().__init__(canvas)
        self.band = rubber_band(canvas, DRAW_COLOUR)
        self.setCursor(Qt.CursorShape.CrossCursor)

    def reset(self) -> None:
        self.band.reset(POLYGON_GEOMETRY)

    def finish(self, geometry: QgsGeometry) -> None:
        self.reset()
        self.drawn.emit(geometry)

    def cancel(self) -> None:
        self.reset()
        self.cancelled.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            event.accept()
            self.cancel()
        else:
            event.ignore()

    def activate(self) -> None:
        self.reset()
        super().activate()

    def deactivate(self) -> None:
        # Another tool was chosen mid-drawing: drop the half-drawn shape.
        self.reset()
        super().deactivate()

    def remove(self) -> None:
        """Take the rubber band off the canvas for good (plugin unload)."""
        self.reset()
        self.canvas().scene().removeItem(self.band)


class RectangleTool(AoiDrawTool):
    """Drag a rectangle, or click two opposite corners."""

    hint = noop("Drag a rectangle, or click two opposite corners. Esc cancels.")

    def __init__(self, canvas: QgsMapCanvas) -> None:
        super().__init__(canvas)
        self.start: QgsPointXY | None = None
        self.pressed_at = None

    def reset(self) -> None:
        super().reset()
        self.start = None

    def canvasPressEvent(self, event: QgsMapMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.start is None:
            self.start = event.mapPoint()
            self.pressed_at = event.pos()

    def canvasMoveEvent(self, event: QgsMapMouseEvent) -> None:
        if self.start is not None:
            self._show(self.start, event.mapPoint())

    def canvasReleaseEvent(self, event: QgsMapMouseEvent) -> None:
        if event.button() == Qt.MouseButton.RightButton:
            if self.start is None:
                self.cancel()
            else:
                self._end(event.mapPoint())
            return
        if event.button() != Qt.MouseButton.LeftButton or self.start is None:
            return
        moved = self.pressed_at is not None and (
            (event.pos() - self.pressed_at).manhattanLength() > DRAG_PIXELS
        )
        if moved:
            self._end(event.mapPoint())  # end of a drag
        elif self.pressed_at is None:
            self._end(event.mapPoint())  # second click of the two-click way
        else:
            self.pressed_at = None  # first click: wait for the opposite corner

    def _show(self, first: QgsPointXY, second: QgsPointXY) -> None:
        self.band.setToGeometry(QgsGeometry.fromRect(QgsRectangle(first, second)), None)

    def _end(self, corner: QgsPointXY) -> None:
        rectangle = QgsRectangle(self.start, corner)
        if rectangle.isEmpty():
            self.cancel()
            return
        self.finish(QgsGeometry.fromRect(rectangle))


class PolygonTool(AoiDrawTool):
    """Click the corners of a polygon."""

    hint = noop(
        "Click the corners; right-click or double-click to finish, Backspace removes the "
        "last corner, Esc cancels."
    )

    def __init__(self, canvas: QgsMapCanvas) -> None:
        super().__init__(canvas)
        self.points: list[QgsPointXY] = []
        self.ignore_release = False

    def reset(self) -> None:
        super().reset()
        self.points = []
        self.ignore_release = False

    def canvasMoveEvent(self, event: QgsMapMouseEvent) -> None:
        if self.points:
            self._show([*self.points, event.mapPoint()])

    def canvasReleaseEvent(self, event: QgsMapMouseEvent) -> None:
        if self.ignore_release:  # the release that ends a double click
            self.ignore_release = False
            return
        if event.button() == Qt.MouseButton.RightButton:
            if self.points:
                self._end()
            else:
                self.cancel()
        elif event.button() == Qt.MouseButton.LeftButton:
            point = event.mapPoint()
            if not self.points or self.points[-1] != point:
                self.points.append(point)
            self._show(self.points)

    def canvasDoubleClickEvent(self, event: QgsMapMouseEvent) -> None:
        # Usually the first click of the pair has placed this corner already.
        point = event.mapPoint()
        if not self.points or self.points[-1] != point:
            self.points.append(point)
        self.ignore_release = True
        self._end()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Backspace, Qt.Key.Key_Delete) and self.points:
            event.accept()
            self.points.pop()
            self._show(self.points)
        else:
            super().keyPressEvent(event)

    def _show(self, points: list[QgsPointXY]) -> None:
        self.band.setToGeometry(QgsGeometry.fromPolygonXY([points]), None)

    def _end(self) -> None:
        if len(self.points) < 3:
            return  # not a polygon yet: keep drawing
        geometry = QgsGeometry.fromPolygonXY([self.points])
        ignore = self.ignore_release
        self.finish(geometry)
        self.ignore_release = ignore
