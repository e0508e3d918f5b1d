"""Tasking: orderable tiles, order estimates, and the in-memory order book per key."""

from __future__ import annotations

import datetime as dt
import hashlib
import math
import threading
import uuid
from dataclasses import dataclass
from typing import Any

from shapely import wkt as shapely_wkt
from shapely.errors import ShapelyError
from shapely.geometry.base import BaseGeometry

from emulator.contract import Problems, area_km2, parse_date, parse_geometry
from emulator.keys import EURO_PER_CREDIT
from emulator.world import CONSTELLATIONS, MODEL, Zone, grid_zones

MAX_TILES = 500
CREDITS_PER_TILE_IMAGE = 0.5
CREDITS_PER_TILE_STORAGE_MONTH = 2.0
CREDITS_PER_API_REQUEST = 0.01
RECURRING_PERIOD_DAYS = 30
FREQUENCY_WORDS = {"daily": 1, "weekly": 7, "biweekly": 14, "monthly": 30}
ORDER_FIELDS = (
    "StorageMonths",
    "ApiRequests",
    "ImageFrequency",
    "Model",
    "ReferenceDate",
    "From",
    "To",
    "SatelliteConstellations",
    "Tiles",
    "Wkt",
)
MODELS = [
    {
        "Name": MODEL,
        "Description": "Cloudless Sentinel-2 L2A, 10 bands at 10 m, multi-satellite deep learning",
        "SatelliteConstellations": list(CONSTELLATIONS),
        "ResolutionMeters": 10,
    }
]


def tile_guid(zone: Zone) -> str:
    """A stable GUID that also encodes the zone (so TileGuids can be resolved without a lookup)."""
    check = hashlib.sha256(f"tile:{zone.x}:{zone.y}".encode()).digest()[:8]
    raw = check + zone.x.to_bytes(4, "big", signed=True) + zone.y.to_bytes(4, "big", signed=True)
    return str(uuid.UUID(bytes=raw))


def zone_for_guid(value: Any) -> Zone | None:
    try:
        raw = uuid.UUID(str(value)).bytes
    except ValueError:
        return None
    zone = Zone(
        int.from_bytes(raw[8:12], "big", signed=True), int.from_bytes(raw[12:], "big", signed=True)
    )
    return zone if tile_guid(zone) == str(uuid.UUID(bytes=raw)) else None


def tile_info(zone: Zone) -> dict:
    return {
        "TileGuid": tile_guid(zone),
        "Wkt": zone.wkt,
        "XPosition": zone.x,
        "YPosition": zone.y,
        "Zone": zone.name,
        "AreaKm2": round(area_km2(zone.polygon), 1),
        "InServiceArea": zone.is_land,
    }


def _zones_of_geometry(geometry: BaseGeometry, problems: Problems, field: str) -> list[Zone]:
    lon0, lat0, lon1, lat1 = geometry.bounds
    cells = (math.floor(lon1 * 2) - math.floor(lon0 * 2) + 1) * (
        math.floor(lat1 * 2) - math.floor(lat0 * 2) + 1
    )
    if cells > 20 * MAX_TILES:  # do not even enumerate a continent
        problems.add(field, f"The area is too large; at most {MAX_TILES} tiles per request.")
        return []
    zones = sorted(grid_zones(geometry, limit=None), key=Zone.storage_key)
    if len(zones) > MAX_TILES:
        problems.add(field, f"The area covers {len(zones)} tiles; at most {MAX_TILES} per request.")
        return []
    return zones


def _zones_of_guids(values: Any, problems: Problems, field: str) -> list[Zone]:
    if not isinstance(values, list) or not values:
        problems.add(field, "A non-empty list of tile GUIDs is required.")
        return []
    zones = []
    for item in values:
        guid = item.get("TileGuid") if isinstance(item, dict) else item
        zone = zone_for_guid(guid)
        if zone is None:
            problems.add(field, f"Unknown tile '{guid}'.")
        elif zone not in zones:
            zones.append(zone)
    return zones


def _collection_zones(value: Any, problems: Problems) -> list[Zone]:
    # Orders take Wkt as a GEOMETRYCOLLECTION of (multi)polygons; a bare polygon is accepted too.
    try:
        geometry = shapely_wkt.loads(value) if isinstance(value, str) else None
    except (ShapelyError, ValueError):
        geometry = None
    if geometry is None or geometry.is_empty:
        problems.add("Wkt", "The geometry could not be parsed.")
        return []
    parts = getattr(geometry, "geoms", [geometry])
    if not all(p.geom_type in ("Polygon", "MultiPolygon") for p in parts):
        problems.add("Wkt", "Wkt must be a GEOMETRYCOLLECTION of polygons or multipolygons.")
        return []
    return _zones_of_geometry(geometry.buffer(0), problems, "Wkt")


def search_tiles(body: dict) -> list[dict]:
    """Tiles for a Wkt | GeoJson | TileGuids body (raises ValidationError)."""
    problems = Problems()
    if body.get("TileGuids") is not None:
        zones = _zones_of_guids(body["TileGuids"], problems, "TileGuids")
    else:
        geometry = parse_geometry(body, problems)
        zones = _zones_of_geometry(geometry, problems, "Wkt") if geometry is not None else []
    problems.raise_if_any()
    return [tile_info(z) for z in zones]


@dataclass
class OrderSpec:
    """A validated order / order estimate request."""

    zones: list[Zone]
    start: dt.date
    end: dt.date | None
    reference: dt.date | None
    frequency_days: int
    storage_months: int
    api_requests: int
    constellations: list[str]

    @property
    def recurring(self) -> bool:
        return self.end is None

    @property
    def image_count(self) -> int:
        days = RECURRING_PERIOD_DAYS if self.end is None else (self.end - self.start).days + 1
        return math.ceil(days / self.frequency_days)

    def estimate(self) -> dict:
        tiles = len(self.zones)
        per_tile = (
            self.image_count * CREDITS_PER_TILE_IMAGE
            + self.storage_months * CREDITS_PER_TILE_STORAGE_MONTH
        )
        credits = round(tiles * per_tile + self.api_requests * CREDITS_PER_API_REQUEST, 2)
        return {
            "CreditEstimate": credits,
            "EuroEstimate": round(credits * EURO_PER_CREDIT, 2),
            "TileCount": tiles,
            "ImageCount": self.image_count,
            "AreaKm2": round(sum(area_km2(z.polygon) for z in self.zones), 1),
            "Recurring": self.recurring,
        }


def _count(body: dict, field: str, default: int, minimum: int, problems: Problems) -> int:
    value = body.get(field, default)
    if value is None:
        return default
    if (
        isinstance(value, str)
        and value.strip().lower() in FREQUENCY_WORDS
        and field == "ImageFrequency"
    ):
        return FREQUENCY_WORDS[value.strip().lower()]
    if (
        isinstance(value, bool)
        or not isinstance(value, (int, float))
        or value != int(value)
        or value < minimum
    ):
        problems.add(field, f"{field} must be a whole number >= {minimum}.")
        return default
    return int(value)


def parse_order(body: dict) -> OrderSpec:
    """Validate an order or order estimate body (raises ValidationError)."""
    problems = Problems()
    model = body.get("Model") or MODEL
    if str(model).lower() != MODEL.lower():
        problems.add("Model", f"Unknown model '{model}' (known: {MODEL}).")
    start = parse_date(body.get("From"), "From", problems)
    end = parse_date(body.get("To"), "To", problems, required=False)
    reference = parse_date(body.get("ReferenceDate"), "ReferenceDate", problems, required=False)
    if start and end and end < start:
        problems.add("To", "To must not be before From.")
    if body.get("Tiles") and body.get("Wkt"):
        problems.add("Tiles", "Give either Tiles or Wkt, not both.")
        zones: list[Zone] = []
    elif body.get("Tiles"):
        zones = _zones_of_guids(body.get("Tiles"), problems, "Tiles")
    elif body.get("Wkt"):
        zones = _collection_zones(body["Wkt"], problems)
    else:
        problems.add("Tiles", "Tiles or Wkt is required.")
        zones = []
    constellations = body.get("SatelliteConstellations") or list(CONSTELLATIONS)
    if not isinstance(constellations, list) or any(c not in CONSTELLATIONS for c in constellations):
        problems.add("SatelliteConstellations", f"Allowed: {', '.join(CONSTELLATIONS)}.")
    spec = OrderSpec(
        zones=zones,
        start=start or dt.date.min,
        end=end,
        reference=reference,
        frequency_days=_count(body, "ImageFrequency", 1, 1, problems),
        storage_months=_count(body, "StorageMonths", 1, 0, problems),
        api_requests=_count(body, "ApiRequests", 0, 0, problems),
        constellations=list(constellations) if isinstance(constellations, list) else [],
    )
    problems.raise_if_any()
    return spec


class OrderBook:
    """Orders per key, in creation order."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._orders: dict[str, list[dict]] = {}
        self._counter = 0

    def create(self, key: str, spec: OrderSpec, created: dt.datetime) -> dict:
        estimate = spec.estimate()
        with self._lock:
            self._counter += 1
            guid = str(uuid.uuid5(uuid.NAMESPACE_URL, f"clearsky-emulator/order/{self._counter}"))
            order = {
                "TaskOrderGuid": guid,
                "Status": "Active",
                "CreatedAt": created.strftime("%Y-%m-%dT%H:%M:%SZ"),
                "Model": MODEL,
                "From": spec.start.isoformat(),
                "To": spec.end.isoformat() if spec.end else None,
                "ReferenceDate": spec.reference.isoformat() if spec.reference else None,
                "ImageFrequency": spec.frequency_days,
                "StorageMonths": spec.storage_months,
                "ApiRequests": spec.api_requests,
                "SatelliteConstellations": spec.constellations,
                "Recurring": spec.recurring,
                "Tiles": [tile_guid(z) for z in spec.zones],
                "TileCount": len(spec.zones),
                "CreditCost": estimate["CreditEstimate"],
                "EuroCost": estimate["EuroEstimate"],
            }
            self._orders.setdefault(key, []).append(order)
            return dict(order)

    def list(self, key: str, recurring_only: bool) -> list[dict]:
        with self._lock:
            orders = self._orders.get(key, [])
            return [dict(o) for o in orders if o["Recurring"] or not recurring_only]

    def cancel(self, key: str, guid: str) -> dict | None:
        with self._lock:
            for order in self._orders.get(key, []):
                if order["TaskOrderGuid"].lower() == str(guid).strip().lower():
                    order["Status"] = "Cancelled"
                    return dict(order)
        return None

    def monthly_costs(self, key: str) -> float:
        """What active recurring orders will cost next month (shown as NextMonthCosts)."""
        with self._lock:
            orders = self._orders.get(key, [])
            return sum(
                o["CreditCost"] for o in orders if o["Recurring"] and o["Status"] == "Active"
            )

    def clear(self) -> None:
        with self._lock:
            self._orders = {}
            self._counter = 0
