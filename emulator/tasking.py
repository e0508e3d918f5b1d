"""Tasking: models, order validation and prices, the order lifecycle, and order coverage."""

from __future__ import annotations

import calendar
import datetime as dt
import json
import math
import threading
import time
import uuid
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from shapely.errors import ShapelyError
from shapely.geometry import shape
from shapely.geometry.base import BaseGeometry
from shapely.ops import unary_union

from emulator import tiles
from emulator.contract import (
    BOOL,
    DATE,
    INT,
    NUM,
    OBJ,
    STR,
    STRS,
    Problems,
    area_km2,
    as_int,
    check_field_case,
    check_types,
    parse_constellations,
    parse_date,
    parse_model,
)
from emulator.world import CONSTELLATIONS, DEMO_ORDER_WKT, MODEL, MODELS

if TYPE_CHECKING:
    from emulator.app import Emulator

# EUR per km2 for a month of daily images, polygon orders (contract 3.6).
MODEL_RATES = {"Stratus2": 0.20, "Stratus2Fast": 0.18}
OPTIONAL_RATES = {"Sentinel1": 0.04, "Sentinel2": 0.04, "Landsat89": 0.02}
TILE_FACTOR, MINITILE_FACTOR = 0.2, 0.5
MIN_POLYGON_KM2 = 0.5
MIN_BBOX_SHARE = 0.05
MIN_SIDE_M = 150.0
STORAGE_EUR_PER_KM2_MONTH = 0.00001
EUR_PER_UNIT = 5.0 / 2500
IMAGES_PER_MONTH_RATE = 30
MAX_FREQUENCY = 7
MAX_STORAGE_MONTHS = 36
MAX_API_REQUESTS = 100
CURRENCY = "EUR"
LIFECYCLE = ("Review", "Preparing", "AwaitingSatelliteProducts", "Processing")
DOWNLOADABLE = ("Completed", "UpToDate")
ORDER_TYPES = {
    "Wkt": STR,
    "GeoJson": OBJ,
    "TileGuids": STRS,
    "MiniTileGuids": STRS,
    "SatelliteConstellations": STRS,
    "Model": STR,
    "StorageMonths": INT,
    "ApiRequests": INT,
    "ImageFrequency": INT,
    "ReferenceDate": DATE,
    "From": DATE,
    "To": DATE,
    "SimulatedEuroUsage": NUM,
    "TileDeduplication": BOOL,
}


def models_reply() -> dict:
    return {
        "TaskingModels": [
            {
                "Model": name,
                "SupportedSatelliteConstellations": [
                    {"SatelliteConstellation": c, "Optional": False} for c in required
                ]
                + [{"SatelliteConstellation": c, "Optional": True} for c in optional],
            }
            for name, (required, optional) in MODELS.items()
        ]
    }


def month_end(day: dt.date, months_after: int = 0) -> dt.date:
    """The last day of the month `months_after` months after day's month."""
    index = day.year * 12 + day.month - 1 + months_after
    year, month = divmod(index, 12)
    return dt.date(year, month + 1, calendar.monthrange(year, month + 1)[1])


def _months(start: dt.date, end: dt.date) -> int:
    return max(0, (end.year - start.year) * 12 + end.month - start.month + 1)


@dataclass
class OrderSpec:
    """A validated order / order estimate request."""

    model: str
    constellations: tuple[str, ...]
    start: dt.date
    end: dt.date | None
    reference: dt.date
    frequency: int
    storage_months: int
    api_requests: int
    geometry: BaseGeometry
    wkt: str | None
    tiles: list[str]
    minitiles: list[str]
    polygon_km2: float = 0.0  # billed polygon area (0.5 km2 minimum per polygon)
    tile_km2: float = 0.0
    minitile_km2: float = 0.0

    @property
    def area_km2(self) -> float:
        return self.polygon_km2 + self.tile_km2 + self.minitile_km2

    def dates(self, first: dt.date, last: dt.date) -> list[dt.date]:
        """Image dates within first..last: (d - ReferenceDate) mod ImageFrequency == 0."""
        first = max(first, self.start)
        if self.end is not None:
            last = min(last, self.end)
        if last < first:
            return []
        offset = (first - self.reference).days % self.frequency
        day = first + dt.timedelta(days=(self.frequency - offset) % self.frequency)
        out = []
        while day <= last:
            out.append(day)
            day += dt.timedelta(days=self.frequency)
        return out

    def has_date(self, day: dt.date) -> bool:
        return bool(self.dates(day, day))

    def price(self, images: int, months: int) -> float:
        per_km2 = MODEL_RATES.get(self.model, 0.2) + sum(
            OPTIONAL_RATES.get(c, 0.0) for c in self.constellations if c in MODELS[self.model][1]
        )
        weighted = (
            self.polygon_km2 + TILE_FACTOR * self.tile_km2 + MINITILE_FACTOR * self.minitile_km2
        )
        cost = weighted * per_km2 * images / IMAGES_PER_MONTH_RATE
        cost += self.area_km2 * (self.storage_months - 1) * STORAGE_EUR_PER_KM2_MONTH * months
        cost += (self.api_requests - 1) * self.area_km2 / 10.0 * EUR_PER_UNIT * images
        return round(cost, 2)

    def charge_period(self, today: dt.date) -> tuple[dt.date, dt.date]:
        """What is billed at creation: the whole window, or (recurring) up to this month's end."""
        if self.end is not None:
            return self.start, self.end
        return self.start, month_end(max(today, self.start))

    def estimate(self, today: dt.date) -> dict:
        first, last = self.charge_period(today)
        dates = self.dates(first, last)
        current = self.price(len(dates), _months(first, last))
        recurring = 0.0
        cancellation = None
        if self.end is None:
            nxt = last + dt.timedelta(days=1)
            recurring = self.price(len(self.dates(nxt, month_end(nxt))), 1)
            cancellation = f"{nxt.isoformat()}T00:00:00Z"
        return {
            "AreaKm2": round(self.area_km2, 3),
            "CancellationDate": cancellation,
            "CurrentMonthCosts": {"CurrencyCode": CURRENCY, "TotalCost": current},
            "RecurringCostsEstimate": {"CurrencyCode": CURRENCY, "TotalCost": recurring},
            "ImageDates": [d.isoformat() for d in dates],
            "Model": self.model,
            "SatelliteConstellations": list(self.constellations),
            "StorageMonths": self.storage_months,
            "ApiRequests": self.api_requests,
        }


def _bounded(body: dict, name: str, default: int, low: int, high: int, problems: Problems) -> int:
    value = as_int(body.get(name), default)
    if not low <= value <= high:
        problems.add(name, f"{name} must be between {low} and {high}.")
        return default
    return value


def _check_polygon_rules(geometry: BaseGeometry, problems: Problems) -> float:
    """The 3.6 polygon rules per part; returns the billed area (0.5 km2 minimum per part)."""
    billed = 0.0
    for part in list(getattr(geometry, "geoms", [geometry])):
        if part.geom_type not in ("Polygon", "MultiPolygon"):
            continue
        lon0, lat0, lon1, lat1 = part.bounds
        width = (lon1 - lon0) * 111320.0 * math.cos(math.radians((lat0 + lat1) / 2))
        height = (lat1 - lat0) * 111320.0
        if min(width, height) <= MIN_SIDE_M:
            problems.add(
                "Wkt",
                f"Every side of a polygon's bounding box must be longer than {MIN_SIDE_M:g} m.",
            )
        box_area = (lon1 - lon0) * (lat1 - lat0)
        if box_area > 0 and part.area < MIN_BBOX_SHARE * box_area:
            problems.add("Wkt", "A polygon must fill at least 5 % of its bounding box.")
        if not part.is_valid:
            problems.add("Wkt", "The polygon is not valid (self-intersecting?).")
            continue
        billed += max(MIN_POLYGON_KM2, area_km2(part))
    return billed


def _aoi(body: dict, spec: dict, problems: Problems, book: OrderBook | None, key: str) -> None:
    has_geometry = body.get("Wkt") is not None or body.get("GeoJson") is not None
    has_tiles = bool(body.get("TileGuids")) or bool(body.get("MiniTileGuids"))
    if has_geometry == has_tiles:
        message = "Give exactly one AOI mode: Wkt (or GeoJson), or TileGuids/MiniTileGuids."
        problems.add("Wkt", message)
        problems.add("TileGuids", message)
        return
    if has_geometry:
        value = body.get("Wkt")
        if value is None:
            try:
                obj = body["GeoJson"]
                value = shape(obj if isinstance(obj, dict) else json.loads(obj)).wkt
            except (ValueError, TypeError, KeyError, AttributeError, ShapelyError):
                problems.add("GeoJson", "The GeoJson geometry could not be parsed.")
                return
        geometry = tiles.collection(value, problems)
        if geometry is None:
            return
        spec["polygon_km2"] = _check_polygon_rules(geometry, problems)
        spec["geometry"] = unary_union(
            [p.buffer(0) for p in getattr(geometry, "geoms", [geometry])]
        )
        spec["wkt"] = _as_collection(geometry)
        return
    guids = {}
    for name, minitile in (("TileGuids", False), ("MiniTileGuids", True)):
        found = []
        for value in body.get(name) or []:
            cell = tiles.cell_for_guid(value)
            if cell is None or cell.minitile != minitile:
                problems.add(name, f"Unknown {'minitile' if minitile else 'tile'} '{value}'.")
            elif cell.guid not in found:
                found.append(cell.guid)
        guids[name] = found
    if body.get("TileDeduplication") and book is not None:
        ordered = book.ordered_cells(key, spec.get("model"), spec.get("constellations"))
        guids = {k: [g for g in v if g not in ordered] for k, v in guids.items()}
        if not guids["TileGuids"] and not guids["MiniTileGuids"] and not problems.errors:
            problems.add("TileGuids", "Every tile and minitile is already ordered.")
            return
    spec["tiles"], spec["minitiles"] = guids["TileGuids"], guids["MiniTileGuids"]
    spec["tile_km2"] = sum(area_km2(tiles.cell_for_guid(g).polygon) for g in guids["TileGuids"])
    spec["minitile_km2"] = sum(
        area_km2(tiles.cell_for_guid(g).polygon) for g in guids["MiniTileGuids"]
    )
    spec["geometry"] = tiles.cells_geometry(guids["TileGuids"], guids["MiniTileGuids"])


def _as_collection(geometry: BaseGeometry) -> str:
    if geometry.geom_type == "GeometryCollection":
        return geometry.wkt
    return f"GEOMETRYCOLLECTION ({geometry.wkt})"


def parse_order(
    body: dict, today: dt.date, book: OrderBook | None = None, key: str = ""
) -> OrderSpec:
    """Validate an order or order estimate body (raises ProblemDetailsError / ValidationError)."""
    check_types(body, ORDER_TYPES)
    problems = Problems()
    check_field_case(body, tuple(ORDER_TYPES), problems)
    model = parse_model(body, problems, default=None)
    constellations = parse_constellations(body, model, problems, required=True)
    start = parse_date(body.get("From"), "From", problems)
    end = parse_date(body.get("To"), "To", problems, required=False)
    if start and end and end < start:
        problems.add("To", "To must not be before From.")
    reference = parse_date(body.get("ReferenceDate"), "ReferenceDate", problems, required=False)
    spec: dict[str, Any] = {
        "model": model,
        "constellations": constellations,
        "start": start or today,
        "end": end,
        "reference": reference or start or today,
        "frequency": _bounded(body, "ImageFrequency", 1, 1, MAX_FREQUENCY, problems),
        "storage_months": _bounded(body, "StorageMonths", 1, 1, MAX_STORAGE_MONTHS, problems),
        "api_requests": _bounded(body, "ApiRequests", 1, 1, MAX_API_REQUESTS, problems),
        "geometry": None,
        "wkt": None,
        "tiles": [],
        "minitiles": [],
    }
    _aoi(body, spec, problems, book, key)
    problems.raise_if_any()
    return OrderSpec(**spec)


@dataclass
class Order:
    """One order of one key."""

    guid: str
    key: str
    spec: OrderSpec
    created: dt.datetime
    cost_eur: float
    steps: int = 0
    canceled: bool = False
    stopped: bool = False  # a recurring order cancelled after Review: no more renewals
    produced_on: dt.date | None = None
    created_mono: float = field(default_factory=time.monotonic)
    usage: dict = field(default_factory=dict)  # date -> downloads delivered

    @property
    def final_status(self) -> str:
        return "UpToDate" if self.spec.end is None else "Completed"

    def status(self, step_seconds: float | None) -> str:
        if self.canceled:
            return "Canceled"
        steps = self.steps
        if step_seconds:
            steps += int((time.monotonic() - self.created_mono) / step_seconds)
        return LIFECYCLE[steps] if steps < len(LIFECYCLE) else self.final_status

    def expiry(self, day: dt.date) -> dt.date:
        """Last day the image of `day` stays downloadable (end of the month + StorageMonths)."""
        produced = max(day, self.produced_on or day)
        return month_end(produced, self.spec.storage_months)

    def to_json(self, step_seconds: float | None) -> dict:
        s = self.spec
        return {
            "TaskOrderGuid": self.guid,
            "OrderingProcessStatus": self.status(step_seconds),
            "BillingCycle": "Monthly",
            "StorageMonths": s.storage_months,
            "ApiRequests": s.api_requests,
            "ImageFrequency": s.frequency,
            "TaskOrderAreaKm2": round(s.area_km2, 3),
            "Model": s.model,
            "ReferenceDate": s.reference.isoformat(),
            "From": s.start.isoformat(),
            "To": s.end.isoformat() if s.end else None,
            "SatelliteConstellations": list(s.constellations),
            "Tiles": list(s.tiles),
            "MiniTiles": list(s.minitiles),
            "Wkt": s.wkt,
            "CreatedDate": self.created.strftime("%Y-%m-%dT%H:%M:%SZ"),
        }


@dataclass
class Coverage:
    """How the key's orders serve one AOI, date, model and constellation set."""

    scheduled: bool  # some matching order intersecting the AOI has the date on its cadence
    covered: bool  # matching orders with the date cover the AOI
    produced: bool  # ... and those that are Completed/UpToDate still cover it
    stored: bool  # ... and those within their storage window still cover it
    any_stored: bool
    users: list  # the stored orders intersecting the AOI (their included downloads are used)


def _covers(orders: list[Order], geometry: BaseGeometry) -> bool:
    if not orders:
        return False
    union = unary_union([o.spec.geometry for o in orders])
    return union.buffer(1e-9).covers(geometry)


class OrderBook:
    """Orders per key, in creation order."""

    def __init__(self, app: Emulator) -> None:
        self.app = app
        self._lock = threading.RLock()
        self._orders: dict[str, list[Order]] = {}
        self._counter = 0

    # ---- status --------------------------------------------------------------------------

    def _status(self, order: Order) -> str:
        status = order.status(self.app.order_step_seconds)
        if status in DOWNLOADABLE and order.produced_on is None:
            order.produced_on = self.app.today
        return status

    def advance(self, steps: int = 1) -> None:
        with self._lock:
            for orders in self._orders.values():
                for order in orders:
                    if not order.canceled:
                        order.steps += steps
                        self._status(order)

    # ---- create / list / cancel ----------------------------------------------------------

    def create(
        self, key: str, spec: OrderSpec, cost: float, status: str | None = None, guid=None
    ) -> Order:
        with self._lock:
            self._counter += 1
            guid = guid or str(
                uuid.uuid5(uuid.NAMESPACE_URL, f"clearsky-emulator/order/{key}/{self._counter}")
            )
            order = Order(guid, key, spec, self.app.now(), cost)
            if status is not None:
                names = (*LIFECYCLE, order.final_status)
                order.steps = names.index(status) if status in names else len(LIFECYCLE)
                if order.steps >= len(LIFECYCLE):
                    order.produced_on = spec.start
            self._orders.setdefault(key, []).append(order)
            return order

    def find(self, key: str, guid: Any) -> Order | None:
        with self._lock:
            for order in self._orders.get(key, []):
                if order.guid == str(guid).strip().lower():
                    return order
        return None

    def cancel(self, order: Order) -> tuple[str, float]:
        """Apply the cancel rules: (outcome, euros to refund).

        outcome: "canceled" (was in Review), "stopped" (recurring: To = end of this month),
        "unchanged" (cancelled or stopped before) or "refused" (a fixed order after Review).
        """
        with self._lock:
            status = self._status(order)
            if status == "Review":
                order.canceled = True
                return "canceled", order.cost_eur
            if status == "Canceled" or order.stopped:
                return "unchanged", 0.0
            if order.spec.end is None:
                order.spec.end = month_end(self.app.today)
                order.stopped = True
                return "stopped", 0.0
            return "refused", 0.0

    def expired(self, order: Order) -> bool:
        if order.canceled:
            return True
        end = order.spec.end
        return (
            end is not None
            and order.produced_on is not None
            and (self.app.today > order.expiry(end))
        )

    def list(self, key: str, recurring_only: bool = False, expired: bool = False) -> list[dict]:
        with self._lock:
            out = []
            for order in self._orders.get(key, []):
                self._status(order)
                if recurring_only and order.spec.end is not None:
                    continue
                if not expired and self.expired(order):
                    continue
                out.append(order.to_json(self.app.order_step_seconds))
            return out

    def json(self, order: Order) -> dict:
        with self._lock:
            self._status(order)
            return order.to_json(self.app.order_step_seconds)

    def status(self, order: Order) -> str:
        with self._lock:
            return self._status(order)

    def ordered_cells(self, key: str, model, constellations) -> set[str]:
        with self._lock:
            out: set[str] = set()
            for o in self._orders.get(key, []):
                if o.canceled or o.spec.model != model:
                    continue
                if set(o.spec.constellations) != set(constellations or ()):
                    continue
                out.update(o.spec.tiles)
                out.update(o.spec.minitiles)
            return out

    def recurring_costs(self, key: str) -> float:
        with self._lock:
            total = 0.0
            for o in self._orders.get(key, []):
                if o.canceled or o.spec.end is not None:
                    continue
                total += o.spec.estimate(self.app.today)["RecurringCostsEstimate"]["TotalCost"]
            return round(total, 2)

    def clear(self) -> None:
        with self._lock:
            self._orders = {}
            self._counter = 0

    def drop(self, key: str) -> None:
        with self._lock:
            self._orders.pop(key, None)

    # ---- coverage ------------------------------------------------------------------------

    def matching_all(self, key: str) -> list[Order]:
        with self._lock:
            return [o for o in self._orders.get(key, []) if not o.canceled]

    def matching(self, key: str, model: str, constellations) -> list[Order]:
        with self._lock:
            return [
                o
                for o in self._orders.get(key, [])
                if not o.canceled
                and o.spec.model == model
                and set(o.spec.constellations) == set(constellations)
            ]

    def coverage(self, key, geometry, day: dt.date, model, constellations) -> Coverage:
        with self._lock:
            today = self.app.today
            sched = [o for o in self.matching(key, model, constellations) if o.spec.has_date(day)]
            touching = [o for o in sched if o.spec.geometry.intersection(geometry).area > 0]
            produced = [o for o in touching if self._status(o) in DOWNLOADABLE]
            stored = [o for o in produced if today <= o.expiry(day)]
            return Coverage(
                scheduled=bool(touching),
                covered=_covers(sched, geometry),
                produced=_covers(produced, geometry),
                stored=_covers(stored, geometry),
                any_stored=bool(stored),
                users=stored,
            )

    def included_left(self, orders: list[Order], day: dt.date) -> bool:
        with self._lock:
            return bool(orders) and all(o.usage.get(day, 0) < o.spec.api_requests for o in orders)

    def use(self, orders: list[Order], day: dt.date) -> None:
        with self._lock:
            for o in orders:
                o.usage[day] = o.usage.get(day, 0) + 1

    def unuse(self, orders: list[Order], day: dt.date) -> None:
        with self._lock:
            for o in orders:
                o.usage[day] = max(0, o.usage.get(day, 0) - 1)


def demo_spec() -> OrderSpec:
    """The demo order: daily Stratus2 over the demo fields and the zone border since 2023."""
    from shapely import wkt as shapely_wkt

    geometry = shapely_wkt.loads(DEMO_ORDER_WKT)
    return OrderSpec(
        model=MODEL,
        constellations=CONSTELLATIONS,
        start=dt.date(2023, 1, 1),
        end=None,
        reference=dt.date(2023, 1, 1),
        frequency=1,
        storage_months=24,
        api_requests=1,
        geometry=geometry,
        wkt=f"GEOMETRYCOLLECTION ({DEMO_ORDER_WKT})",
        tiles=[],
        minitiles=[],
        polygon_km2=area_km2(geometry),
    )
