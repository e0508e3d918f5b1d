"""Where downloaded dates go in the project: one group per area and date range, and time.

Runs on the main thread (it changes the project). Kept apart from the widgets so the dock
and scripts place layers the same way.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from qgis.core import (
    QgsDateTimeRange,
    QgsLayerTreeGroup,
    QgsLayerTreeLayer,
    QgsMapLayer,
    QgsProject,
)
from qgis.PyQt.QtCore import QDateTime, QTime

from ..api.errors import InputError
from ..api.models import CompositeRequest
from ..api.store import DownloadResult
from .style import load_composite


def group_name(aoi_name: str, first: dt.date, last: dt.date) -> str:
    """``Demo fields 2024-06-01..2024-06-30``: the area and the searched date range."""
    return f"{aoi_name} {first.isoformat()}..{last.isoformat()}"


def date_group(project: QgsProject, name: str) -> QgsLayerTreeGroup:
    """The top-level group called ``name``, created at the top of the layer tree if missing."""
    root = project.layerTreeRoot()
    group = root.findGroup(name)
    return group if group is not None else root.insertGroup(0, name)


def layer_date(layer: QgsMapLayer) -> dt.date | None:
    """The day a layer shows on the Temporal Controller, if it has one."""
    properties = layer.temporalProperties()
    if properties is None or not properties.isActive():
        return None
    begin = properties.fixedTemporalRange().begin()
    return begin.date().toPyDate() if begin.isValid() else None


def add_dated_layer(project: QgsProject, group: QgsLayerTreeGroup, layer: QgsMapLayer) -> None:
    """Add ``layer`` to ``group`` with the newest date on top, so it shows when time is off."""
    date = layer_date(layer) or dt.date.min
    children = group.children()
    position = len(children)
    for index, child in enumerate(children):
        other = child.layer() if isinstance(child, QgsLayerTreeLayer) else None
        if other is not None and (layer_date(other) or dt.date.min) < date:
            position = index
            break
    project.addMapLayer(layer, False)
    group.insertLayer(position, layer)


def find_layer(group: QgsLayerTreeGroup, source: str) -> QgsMapLayer | None:
    """The layer of ``group`` reading ``source``, if the file is already shown there."""
    for child in group.findLayers():
        if child.layer() is not None and child.layer().source() == source:
            return child.layer()
    return None


def extend_time_range(project: QgsProject, dates: Iterable[dt.date]) -> QgsDateTimeRange:
    """Widen the project's time range to cover whole ``dates`` days; returns the new range."""
    days = sorted(dates)
    begin = QDateTime(days[0], QTime(0, 0, 0))
    end = QDateTime(days[-1], QTime(0, 0, 0)).addDays(1)
    current = project.timeSettings().temporalRange()
    if current.begin().isValid() and current.end().isValid():
        begin = min(begin, current.begin())
        end = max(end, current.end())
    span = QgsDateTimeRange(begin, end)
    project.timeSettings().setTemporalRange(span)
    return span


def composite_facts(
    request: CompositeRequest, result: DownloadResult, aoi_name: str
) -> list[tuple[str, str]]:
    """What the layer's abstract records about the request; never the key."""
    credits = result.record.get("credits")
    if result.reused:
        paid = "0 (already downloaded)"
    else:
        paid = f"{credits:g}" if isinstance(credits, (int, float)) else "unknown"
    return [
        ("Date", request.date.isoformat()),
        ("Area of interest", f"{aoi_name} ({request.aoi.area_km2:.2f} km2)"),
        ("Model", request.model),
        ("Resolution", f"{request.resolution} m"),
        ("Bands", request.bands.api_value),
        ("Output CRS", f"EPSG:{request.epsg}"),
        ("Pixel selection", request.pixel_selection.value),
        ("Data type", request.data_type.value),
        ("Credits", paid),
        ("Downloaded", str(result.record.get("downloaded", ""))),
        ("File", result.path.name),
    ]


def show_composite(
    project: QgsProject,
    group: str,
    aoi_name: str,
    request: CompositeRequest,
    result: DownloadResult,
) -> QgsDateTimeRange:
    """Add a downloaded date to ``group`` (styled, dated, described; once per file).

    Returns the project's time range, widened to every date of the group.
    """
    node = date_group(project, group)
    if find_layer(node, str(result.path)) is None:
        facts = composite_facts(request, result, aoi_name)
        layer = load_composite(result.path, request.date.isoformat(), facts)
        if not layer.isValid():
            raise InputError(f"QGIS could not open {result.path.name}: the file is kept.")
        add_dated_layer(project, node, layer)
    dates = [d for d in (layer_date(n.layer()) for n in node.findLayers()) if d]
    return extend_time_range(project, dates)
