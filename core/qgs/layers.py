"""Where downloaded dates go in the project: one group per area and date range, and time.

Runs on the main thread (it changes the project). Kept apart from the widgets so the dock
and scripts place layers the same way.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from qgis.core import (
    QgsDateTimeRange,
    QgsFeature,
    QgsFillSymbol,
    QgsGeometry,
    QgsLayerTreeGroup,
    QgsLayerTreeLayer,
    QgsMapLayer,
    QgsProject,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QDateTime, QTime

from ..api.errors import InputError
from ..api.i18n import noop, tr
from ..api.models import CompositeRequest, Order
from ..api.store import DownloadResult
from .enums import POLYGON_GEOMETRY
from .style import load_composite

ORDERS_LAYER = noop("ClearSKY orders")  # the layer's name, translated when it is made
ORDERS_PROPERTY = "clearsky_vision/orders"  # marks our footprint layer, whatever its name
ORDER_FIELDS = ("guid:string", "status:string", "model:string", "period:string", "area_km2:double")


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
    units = result.record.get("units")
    if result.reused:
        paid = tr("0 (already downloaded)")
    else:
        paid = f"{units:g}" if isinstance(units, (int, float)) else tr("unknown")
    return [
        (tr("Date"), request.date.isoformat()),
        (tr("Area of interest"), f"{aoi_name} ({request.aoi.area_km2:.2f} km2)"),
        (tr("Model"), request.model),
        (tr("Resolution"), f"{request.resolution} m"),
        (tr("Bands"), request.bands.api_value),
        (tr("Output CRS"), f"EPSG:{request.epsg}"),
        (tr("Pixel selection"), request.pixel_selection.value),
        (tr("Data type"), request.data_type.value),
        (tr("Processing units"), paid),
        (tr("Downloaded"), str(result.record.get("downloaded", ""))),
        (tr("File"), result.path.name),
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
            raise InputError(
                tr("QGIS could not open {file}: the file is kept.").format(file=result.path.name)
            )
        add_dated_layer(project, node, layer)
    dates = [d for d in (layer_date(n.layer()) for n in node.findLayers()) if d]
    return extend_time_range(project, dates)


def order_period(order: Order) -> str:
    """``2024-07-01..2024-09-30`` or ``from 2024-07-01, recurring``."""
    start = order.start.isoformat() if order.start else "?"
    if order.recurring:
        return tr("from {start}, recurring").format(start=start)
    return f"{start}..{order.end.isoformat()}"


def order_geometry(order: Order) -> QgsGeometry | None:
    """The polygon footprint of a polygon order (its GEOMETRYCOLLECTION as a multipolygon)."""
    if not order.wkt:
        return None
    geometry = QgsGeometry.fromWkt(order.wkt)
    if geometry.isNull() or geometry.isEmpty():
        return None
    if geometry.type() != POLYGON_GEOMETRY or not geometry.isMultipart():
        parts = [QgsGeometry(part.clone()) for part in geometry.constParts()]
        polygons = [p for p in parts if p.type() == POLYGON_GEOMETRY]
        if not polygons:
            return None
        geometry = QgsGeometry.collectGeometry(polygons)
        geometry.convertToMultiType()
    return geometry


def show_order_footprints(project: QgsProject, orders: Iterable[Order]) -> QgsVectorLayer:
    """One memory layer with the footprints of ``orders``; refilled, never duplicated."""
    layer = next(
        (
            candidate
            for candidate in project.mapLayers().values()
            if candidate.customProperty(ORDERS_PROPERTY)
        ),
        None,
    )
    if layer is None:
        fields = "&".join(f"field={name}" for name in ORDER_FIELDS)
        uri = f"MultiPolygon?crs=EPSG:4326&{fields}"
        layer = QgsVectorLayer(uri, tr(ORDERS_LAYER), "memory")
        layer.setCustomProperty(ORDERS_PROPERTY, True)
        symbol = QgsFillSymbol.createSimple(
            {"color": "0,0,0,0", "outline_color": "#1565c0", "outline_width": "0.6"}
        )
        layer.renderer().setSymbol(symbol)
        project.addMapLayer(layer, False)
        project.layerTreeRoot().insertLayer(0, layer)
    provider = layer.dataProvider()
    provider.truncate()
    features = []
    for order in orders:
        geometry = order_geometry(order)
        if geometry is None:
            continue  # tile orders carry GUIDs, not outlines
        feature = QgsFeature(layer.fields())
        feature.setGeometry(geometry)
        feature.setAttributes(
            [order.guid, order.status_label, order.model, order_period(order), order.area_km2]
        )
        features.append(feature)
    provider.addFeatures(features)
    layer.updateExtents()
    layer.triggerRepaint()
    return layer
