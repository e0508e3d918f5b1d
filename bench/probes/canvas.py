"""A shown map canvas that draws the project's layers, as in QGIS's main window."""

from __future__ import annotations

from qgis.core import (
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsProject,
    QgsRectangle,
)
from qgis.gui import QgsLayerTreeMapCanvasBridge, QgsMapCanvas
from qgis.PyQt.QtCore import QEventLoop, QTimer

from clearsky_vision.core.api.geometry import Aoi


def canvas_over(aoi: Aoi) -> QgsMapCanvas:
    """A 1000 x 800 canvas in Web Mercator over ``aoi``, following the layer tree."""
    canvas = QgsMapCanvas()
    canvas.resize(1000, 800)
    crs = QgsCoordinateReferenceSystem("EPSG:3857")
    canvas.setDestinationCrs(crs)
    transform = QgsCoordinateTransform(
        QgsCoordinateReferenceSystem("EPSG:4326"), crs, QgsProject.instance()
    )
    canvas.setExtent(transform.transformBoundingBox(QgsRectangle(*aoi.bounds)))
    canvas.bridge = QgsLayerTreeMapCanvasBridge(QgsProject.instance().layerTreeRoot(), canvas)
    canvas.show()
    return canvas


def draw(canvas: QgsMapCanvas, timeout_ms: int = 30000) -> None:
    """Redraw now and return once the canvas has drawn every layer of the project."""
    # The layer tree hands new layers to the canvas on the next turn of the event loop.
    QgsApplication.processEvents()
    if len(canvas.layers()) != len(QgsProject.instance().mapLayers()):
        raise RuntimeError("the canvas did not receive the project's layers")
    loop = QEventLoop()
    canvas.mapCanvasRefreshed.connect(loop.quit)
    QTimer.singleShot(timeout_ms, loop.quit)
    canvas.refreshAllLayers()
    loop.exec()
    canvas.mapCanvasRefreshed.disconnect(loop.quit)
