"""Areas of interest: validated (multi)polygons in EPSG:4326, whatever they came in.

Uses OGR/OSR only, so it works in QGIS, in qgis_process and in plain Python alike.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from osgeo import ogr, osr

from .errors import InputError
from .gdal_calls import attempt, succeeded
from .i18n import tr

_POLYGONS = (ogr.wkbPolygon, ogr.wkbMultiPolygon)


def spatial_reference(crs: str | int) -> osr.SpatialReference:
    """An OSR reference from ``EPSG:32632``, ``32632``, WKT or PROJ text, in lon/lat order."""
    srs = osr.SpatialReference()
    if not succeeded(srs.SetFromUserInput, f"EPSG:{crs}" if isinstance(crs, int) else str(crs)):
        raise InputError(tr("Unknown coordinate reference system '{crs}'.").format(crs=crs))
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    return srs


WGS84 = spatial_reference(4326)


@dataclass(frozen=True)
class Aoi:
    """An area of interest as the API wants it: a valid (multi)polygon in EPSG:4326."""

    wkt: str
    area_km2: float
    name: str = "AOI"
    notes: tuple[str, ...] = field(default=(), compare=False)

    @classmethod
    def from_wkt(cls, wkt: str, crs: str | int = 4326, name: str = "AOI") -> Aoi:
        """Validate, repair when needed and transform a WKT geometry given in ``crs``."""
        geom = attempt(ogr.CreateGeometryFromWkt, wkt)
        if geom is None:
            raise InputError(
                tr(
                    "The area of interest is not readable WKT: expected POLYGON((...)) or "
                    "MULTIPOLYGON(((...)))."
                )
            )
        return cls.from_ogr(geom, spatial_reference(crs), name)

    @classmethod
    def from_bounds(
        cls, xmin: float, ymin: float, xmax: float, ymax: float, crs: str | int = 4326, name="AOI"
    ) -> Aoi:
        """A rectangle, e.g. a map canvas extent, in ``crs``."""
        if not (xmax > xmin and ymax > ymin):
            raise InputError(tr("The extent is empty: draw or choose a larger area."))
        ring = f"{xmin} {ymin},{xmax} {ymin},{xmax} {ymax},{xmin} {ymax},{xmin} {ymin}"
        return cls.from_wkt(f"POLYGON(({ring}))", crs, name)

    @classmethod
    def from_ogr(cls, geom: ogr.Geometry | None, srs: osr.SpatialReference, name="AOI") -> Aoi:
        notes: list[str] = []
        geom = _polygonal(geom)
        if not geom.IsValid():
            try:
                geom = _polygonal(attempt(geom.MakeValid))
            except InputError:
                raise InputError(
                    tr("The polygon has no area (its corners lie on one line): draw it again.")
                ) from None
            notes.append(tr("The area of interest was not a valid polygon and has been repaired."))
        if not srs.IsSame(WGS84):
            geom = _to_wgs84(geom, srs)
        geom.FlattenTo2D()
        _check_lonlat(geom)
        area = _area_km2(geom)
        if area <= 0:
            raise InputError(tr("The area of interest has no area: draw a polygon, not a line."))
        return cls(geom.ExportToWkt(), area, name, tuple(notes))

    @property
    def bounds(self) -> tuple[float, float, float, float]:
        """(west, south, east, north) in degrees."""
        west, east, south, north = self.geometry().GetEnvelope()
        return west, south, east, north

    def geometry(self) -> ogr.Geometry:
        """A fresh OGR geometry (EPSG:4326) that the caller may modify."""
        return ogr.CreateGeometryFromWkt(self.wkt)

    def utm_epsg(self) -> int:
        """EPSG code of the WGS 84 UTM zone holding the AOI's centre."""
        west, south, east, north = self.bounds
        lon, lat = (west + east) / 2, (south + north) / 2
        zone = min(int((lon + 180) // 6) + 1, 60)
        return (32600 if lat >= 0 else 32700) + zone


def _polygonal(geom: ogr.Geometry | None) -> ogr.Geometry:
    """The polygon parts of ``geom`` as a 2D (multi)polygon, or a clear error."""
    if geom is None or geom.IsEmpty():
        raise InputError(tr("The area of interest is empty: choose or draw a polygon."))
    geom = geom.GetLinearGeometry() if geom.HasCurveGeometry() else geom.Clone()
    geom.FlattenTo2D()
    kind = ogr.GT_Flatten(geom.GetGeometryType())
    if kind in _POLYGONS:
        return geom
    if kind == ogr.wkbGeometryCollection:
        # MakeValid may return polygons mixed with stray lines or points: keep the polygons.
        multi = ogr.Geometry(ogr.wkbMultiPolygon)
        for i in range(geom.GetGeometryCount()):
            part = geom.GetGeometryRef(i)
            if ogr.GT_Flatten(part.GetGeometryType()) in _POLYGONS:
                part = ogr.ForceToMultiPolygon(part.Clone())
                for j in range(part.GetGeometryCount()):
                    multi.AddGeometry(part.GetGeometryRef(j))
        if not multi.IsEmpty():
            return multi
    name = ogr.GeometryTypeToName(kind).lower()
    raise InputError(
        tr(
            "The area of interest is a {kind}: the imagery is cut to polygons, so choose a "
            "polygon layer, draw a rectangle or polygon, or use the map extent."
        ).format(kind=name)
    )


def _to_wgs84(geom: ogr.Geometry, srs: osr.SpatialReference) -> ogr.Geometry:
    # Densify first so long straight edges of a projected polygon stay faithful in lon/lat.
    xmin, xmax, ymin, ymax = geom.GetEnvelope()
    step = max(xmax - xmin, ymax - ymin) / 64
    if step > 0 and srs.IsProjected():
        geom = geom.Clone()
        geom.Segmentize(step)
    transform = attempt(osr.CoordinateTransformation, srs, WGS84)
    placed = geom.Clone()
    if (
        transform is None
        or not succeeded(placed.Transform, transform)
        or not _maps_back(placed, geom, srs)
    ):
        raise InputError(
            tr(
                "The area of interest could not be placed on the globe from its coordinate "
                "reference system: check that the layer's CRS is the right one."
            )
        )
    return placed


def _maps_back(placed: ogr.Geometry, original: ogr.Geometry, srs: osr.SpatialReference) -> bool:
    """Whether ``placed`` transforms back onto ``original``. Coordinates beyond a CRS's valid
    range (a layer with the wrong CRS) are otherwise wrapped to another place on the globe."""
    back = attempt(osr.CoordinateTransformation, WGS84, srs)
    returned = placed.Clone()
    if back is None or not succeeded(returned.Transform, back):
        return False
    before, after = original.GetEnvelope(), returned.GetEnvelope()
    tolerance = 1e-6 * max(1.0, *(abs(v) for v in before))
    return all(abs(a - b) <= tolerance for a, b in zip(before, after))


def _check_lonlat(geom: ogr.Geometry) -> None:
    west, east, south, north = geom.GetEnvelope()
    values = (west, east, south, north)
    if not all(math.isfinite(v) for v in values) or west < -180 or east > 180:
        raise InputError(
            tr(
                "The area of interest lies outside the valid range of longitudes and latitudes: "
                "check that its layer has the right coordinate reference system."
            )
        )
    if south < -90 or north > 90:
        raise InputError(tr("The area of interest reaches beyond the poles: check its CRS."))
    if east - west > 180:
        raise InputError(
            tr(
                "The area of interest crosses the antimeridian (180 degrees): split it into an "
                "eastern and a western part and request each one."
            )
        )


def _area_km2(geom: ogr.Geometry) -> float:
    """Area on the ellipsoid, via a Lambert azimuthal equal-area projection at the centroid."""
    centroid = geom.Centroid()
    laea = spatial_reference(
        f"+proj=laea +lat_0={centroid.GetY()} +lon_0={centroid.GetX()} +datum=WGS84 +units=m"
    )
    projected = geom.Clone()
    if not succeeded(projected.Transform, osr.CoordinateTransformation(WGS84, laea)):
        raise InputError(tr("The area of interest could not be measured: check its coordinates."))
    return projected.GetArea() / 1e6
