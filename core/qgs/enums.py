"""Enum members whose spelling moved between QGIS 3.22 and QGIS 3.30+ / QGIS 4.

QGIS gathered many class enums into ``Qgis`` (``QgsWkbTypes.GeometryType`` became
``Qgis.GeometryType``); the old names are deprecated and may be gone in QGIS 4. Each member
is looked up by name, newest spelling first, so the plugin runs unchanged on all of them.
"""

from __future__ import annotations

from typing import Any

import qgis.core


def enum_member(*paths: str) -> Any:
    """The first dotted ``paths`` entry (names in qgis.core) this QGIS knows."""
    for path in paths:
        value: Any = qgis.core
        for part in path.split("."):
            value = getattr(value, part, None)
            if value is None:
                break
        if value is not None:
            return value
    raise AttributeError(f"None of {', '.join(paths)} exists in this QGIS")  # i18n: ignore


POLYGON_GEOMETRY = enum_member(
    "Qgis.GeometryType.Polygon", "QgsWkbTypes.GeometryType.PolygonGeometry"
)
FIXED_TEMPORAL_RANGE = enum_member(
    "Qgis.RasterTemporalMode.FixedTemporalRange",
    "QgsRasterLayerTemporalProperties.TemporalMode.ModeFixedTemporalRange",
)
USER_DEFINED_LIMITS = enum_member(
    "Qgis.RasterRangeLimit.NotSet", "QgsRasterMinMaxOrigin.Limits.None_"
)
INTERPOLATED_RAMP = enum_member(
    "Qgis.ShaderInterpolationMethod.Linear", "QgsColorRampShader.Type.Interpolated"
)
WKT_PREFERRED_GDAL = enum_member(
    "Qgis.CrsWktVariant.PreferredGdal", "QgsCoordinateReferenceSystem.WktVariant.WKT_PREFERRED_GDAL"
)
DAYS = enum_member("Qgis.TemporalUnit.Days", "QgsUnitTypes.TemporalUnit.TemporalDays")
