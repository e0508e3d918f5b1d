"""The Temporal Controller follows the dates on the map: one frame per day over them."""

from __future__ import annotations

from qgis.core import QgsDateTimeRange, QgsInterval

from .enums import DAYS


def follow_dates(canvas, span: QgsDateTimeRange) -> None:
    """Set the canvas's Temporal Controller to ``span`` in steps of one day, so pressing play
    steps through the downloaded dates."""
    controller = canvas.temporalController()
    if controller is None:
        return
    if hasattr(controller, "setFrameDuration"):
        controller.setFrameDuration(QgsInterval(1, DAYS))
    if hasattr(controller, "setTemporalExtents"):
        controller.setTemporalExtents(span)
