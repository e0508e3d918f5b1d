"""The emulator's synthetic world: zone grid, service area, water, restricted zone, image dates."""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterator
from dataclasses import dataclass

import numpy as np
from shapely.geometry import box
from shapely.geometry.base import BaseGeometry

from emulator.noise import hash2, scalar_hash

ZONE_SIZE_DEG = 0.5
SERVICE_AREA = (5.0, 45.0, 15.0, 58.0)  # lon_min, lat_min, lon_max, lat_max
WATER_AREA = (5.0, 54.0, 7.0, 58.0)  # a North Sea strip: zones there are never produced
RESTRICTED_AREA = (14.5, 45.0, 15.0, 45.5)  # listed with dates, downloads refused (1006)
FIRST_DATE = dt.date(2023, 1, 1)
MISSING_PER_MILLE = 80  # about 8% of a zone's dates are missing
NEVER_MISSING_DAYS = (1, 15)  # days of the month never dropped, so examples can rely on them
MODEL = "Stratus2"
CONSTELLATIONS = ("Sentinel1", "Sentinel2", "Landsat89")
# GET /api/tasking/models: model -> (required constellations, optional constellations).
MODELS = {
    "Stratus2": (("Sentinel1", "Sentinel2", "Landsat89"), ()),
    "Stratus2Fast": (("Sentinel1", "Sentinel2"), ("Landsat89",)),
}

# Fields of about 3.8 x 3.3 km (~12.6 km2) inside land zone 379_291 (lon 9.5-10, lat 55.5-56).
DEMO_AOI_WKT = "POLYGON ((9.5 55.6, 9.56 55.6, 9.56 55.63, 9.5 55.63, 9.5 55.6))"
# Straddles the zone border at lon 10.0 (zones 379_291 and 380_291): some dates are partial.
BORDER_AOI_WKT = "POLYGON ((9.98 55.6, 10.02 55.6, 10.02 55.62, 9.98 55.62, 9.98 55.6))"

# The demo order of demo-key (and of keys added with demo_order=True): covers both AOIs above.
DEMO_ORDER_WKT = "POLYGON ((9.45 55.55, 10.05 55.55, 10.05 55.65, 9.45 55.65, 9.45 55.55))"
# Land near the demo fields but outside the demo order: for ordering demos and tests.
SECOND_AOI_WKT = "POLYGON ((10.2 55.6, 10.26 55.6, 10.26 55.63, 10.2 55.63, 10.2 55.6))"

_DATE_SEED = 0xDA7E
_VERSION_SEED = 0x7E55


def _fmt(value: float) -> str:
    return f"{value:.6f}".rstrip("0").rstrip(".")


class Box:
    """A lon/lat rectangle given by ``bounds`` (a zone, a tile, a minitile)."""

    bounds: tuple[float, float, float, float]

    @property
    def polygon(self) -> BaseGeometry:
        return box(*self.bounds)

    @property
    def wkt(self) -> str:
        x0, y0, x1, y1 = (_fmt(v) for v in self.bounds)
        return f"POLYGON (({x0} {y0}, {x1} {y0}, {x1} {y1}, {x0} {y1}, {x0} {y0}))"


@dataclass(frozen=True, order=True)
class Zone(Box):
    """A 0.5-degree grid cell; X/Y follow the provider's XPosition/YPosition convention."""

    x: int
    y: int

    @classmethod
    def at(cls, lon: float, lat: float) -> Zone:
        """The zone containing a lon/lat point."""
        return cls(math.floor((lon + 180.0) * 2), math.floor((lat + 90.0) * 2))

    @property
    def name(self) -> str:
        return f"{self.x}_{self.y}"

    @property
    def bounds(self) -> tuple[float, float, float, float]:
        lon0 = self.x * ZONE_SIZE_DEG - 180.0
        lat0 = self.y * ZONE_SIZE_DEG - 90.0
        return lon0, lat0, lon0 + ZONE_SIZE_DEG, lat0 + ZONE_SIZE_DEG

    @property
    def in_service(self) -> bool:
        return _inside(self.bounds, SERVICE_AREA)

    @property
    def is_water(self) -> bool:
        return _inside(self.bounds, WATER_AREA)

    @property
    def is_land(self) -> bool:
        return self.in_service and not self.is_water

    @property
    def is_restricted(self) -> bool:
        return _inside(self.bounds, RESTRICTED_AREA)

    @property
    def lag_days(self) -> int:
        """Production lag: 1 day when X+Y is even, else 2 (neighbours differ on the newest date)."""
        return 1 if (self.x + self.y) % 2 == 0 else 2

    def last_date(self, today: dt.date) -> dt.date:
        return today - dt.timedelta(days=self.lag_days)

    def dates(self, start: dt.date, end: dt.date, today: dt.date) -> list[dt.date]:
        """The zone's image dates within start..end inclusive (none for water or outside)."""
        if not self.is_land:
            return []
        first = max(start, FIRST_DATE)
        last = min(end, self.last_date(today))
        if last < first:
            return []
        ordinals = np.arange(first.toordinal(), last.toordinal() + 1, dtype=np.int64)
        keep = (hash2(self.x * 1000 + self.y, ordinals, _DATE_SEED) % 1000) >= MISSING_PER_MILLE
        days = [dt.date.fromordinal(int(o)) for o in ordinals]
        return [d for d, k in zip(days, keep) if k or d.day in NEVER_MISSING_DAYS]

    def has_date(self, day: dt.date, today: dt.date) -> bool:
        return bool(self.dates(day, day, today))

    @property
    def model_version(self) -> str:
        return "15" if scalar_hash(self.x, self.y, _VERSION_SEED) % 5 == 0 else "13"

    def image_version(self, day: dt.date) -> str:
        return "2" if scalar_hash(self.x, self.y, day.toordinal()) % 10 == 0 else "1"

    def storage_key(self) -> tuple[int, int]:
        """The emulator's internal tile order: north to south, then west to east."""
        return (-self.y, self.x)


def utm_epsg(lon: float, lat: float) -> int:
    """The WGS 84 / UTM EPSG code of the zone containing a lon/lat point."""
    number = min(60, max(1, math.floor((lon + 180.0) / 6.0) + 1))
    return (32600 if lat >= 0 else 32700) + number


def _inside(inner: tuple, outer: tuple) -> bool:
    eps = 1e-9
    return (
        inner[0] >= outer[0] - eps
        and inner[1] >= outer[1] - eps
        and inner[2] <= outer[2] + eps
        and inner[3] <= outer[3] + eps
    )


def grid_zones(geom: BaseGeometry, limit: tuple | None = SERVICE_AREA) -> Iterator[Zone]:
    """Zones (grid cells) intersecting a lon/lat geometry, clipped to `limit` bounds if given."""
    if geom.is_empty:
        return
    lon0, lat0, lon1, lat1 = geom.bounds
    if limit is not None:
        lon0, lat0 = max(lon0, limit[0]), max(lat0, limit[1])
        lon1, lat1 = min(lon1, limit[2]), min(lat1, limit[3])
    lon0, lon1 = max(lon0, -180.0), min(lon1, 180.0)
    lat0, lat1 = max(lat0, -90.0), min(lat1, 90.0)
    if lon1 < lon0 or lat1 < lat0:
        return
    x0, y0 = Zone.at(lon0, lat0).x, Zone.at(lon0, lat0).y
    x1, y1 = Zone.at(lon1, lat1).x, Zone.at(lon1, lat1).y
    for y in range(y1, y0 - 1, -1):
        for x in range(x0, x1 + 1):
            zone = Zone(x, y)
            if limit is not None and not zone.in_service:
                continue
            # Touching only along an edge does not count: no pixel of the AOI lies in that zone.
            if zone.polygon.intersection(geom).area > 0:
                yield zone


def land_zones(geom: BaseGeometry) -> list[Zone]:
    """Land zones (in service, not water) intersecting the geometry, in internal storage order."""
    return sorted((z for z in grid_zones(geom) if z.is_land), key=Zone.storage_key)


def pixel_zone_keys(lon: np.ndarray, lat: np.ndarray, clamp: tuple | None = None) -> np.ndarray:
    """Zone key X*1000+Y for each lon/lat (vectorised).

    With `clamp` (lon0, lat0, lon1, lat1), points are first moved into those bounds: a pixel that
    only touches an AOI from across a zone border then counts as part of the AOI's zone.
    """
    if clamp is not None:
        tiny = 1e-9
        lon = np.clip(lon, clamp[0], clamp[2] - tiny)
        lat = np.clip(lat, clamp[1], clamp[3] - tiny)
    x = np.floor((lon + 180.0) * 2).astype(np.int64)
    y = np.floor((lat + 90.0) * 2).astype(np.int64)
    return x * 1000 + y


def land_mask(lon: np.ndarray, lat: np.ndarray) -> np.ndarray:
    """True where a lon/lat lies in the service area and outside the water strip."""
    s, w = SERVICE_AREA, WATER_AREA
    in_service = (lon >= s[0]) & (lon < s[2]) & (lat >= s[1]) & (lat < s[3])
    in_water = (lon >= w[0]) & (lon < w[2]) & (lat >= w[1]) & (lat < w[3])
    return in_service & ~in_water
