"""Typed requests and responses of the ClearSKY Vision API (contract of 2025-26).

Requests build their PascalCase bodies here, every field explicit. Responses are read
with ``from_api`` constructors that accept either casing, ignore fields they do not know
and leave a missing field as None (unknown), never 0, so a server that adds, renames the
casing of, or leaves out fields never breaks the plugin.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass, field, replace
from enum import Enum
from typing import Any

from .bands import BandList
from .errors import ORDER_HINT, InputError
from .geometry import Aoi, spatial_reference
from .i18n import noop, tr

RESOLUTIONS = (10, 20, 40, 80, 160, 320, 640, 1280)
AUTO_UTM_EPSG = 47000  # the server picks the best UTM zone
CONSTELLATIONS = ("Sentinel1", "Sentinel2", "Landsat89")  # Stratus2's inputs: defaults only
DEFAULT_MODEL = "Stratus2"


class FileType(str, Enum):
    TIF = "tif"


class DataType(str, Enum):
    INT16 = "INT16"
    UINT8 = "UINT8"


class UtmMode(str, Enum):
    SINGLE_FULLY_COVERED = "single_utm_fully_covered"
    SINGLE = "single_utm"
    COMBINED = "combined_utm"


class PixelSelection(str, Enum):
    INTERSECT = "intersect"
    CONTAINED = "contained"


class Coverage(str, Enum):
    FULL = "full"
    PARTIAL = "partial"


def _enum(kind: type[Enum], value: Any, label: str) -> Any:
    """The member of ``kind`` named by ``value``; ``label`` (noop-marked) names it in errors."""
    text = str(value.value if isinstance(value, Enum) else value).strip().lower()
    for member in kind:
        if str(member.value).lower() == text:
            return member
    allowed = ", ".join(str(member.value) for member in kind)
    raise InputError(
        tr("{label} '{value}' is not supported: use one of {allowed}.").format(
            label=tr(label), value=value, allowed=allowed
        )
    )


# Tolerant reading ------------------------------------------------------------------------


def field_of(record: Any, *names: str, default: Any = None) -> Any:
    """The first of ``names`` present in ``record``, matched in any casing."""
    if not isinstance(record, dict):
        return default
    for name in names:
        if name in record:
            return record[name]
    lowered = {str(key).lower(): value for key, value in record.items()}
    for name in names:
        if name.lower() in lowered:
            return lowered[name.lower()]
    return default


def optional_float(value: Any) -> float | None:
    if value is None or isinstance(value, bool):
        return None
    try:
        return float(value)
    except (TypeError, ValueError):
        return None


def optional_int(value: Any) -> int | None:
    number = optional_float(value)
    return None if number is None else int(number)


def optional_bool(value: Any) -> bool | None:
    if isinstance(value, bool) or value is None:
        return value
    text = str(value).strip().lower()
    if text in ("true", "1", "yes"):
        return True
    if text in ("false", "0", "no"):
        return False
    return None


_optional_float = optional_float  # earlier name, kept for callers


def parse_date(value: Any, label: str = noop("Date")) -> dt.date:
    """A date from ``date``, ``datetime`` or ``YYYY-MM-DD[T...]`` / ``YYYYMMDD`` text
    (``label``, noop-marked, names it in the error)."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = str(value).strip()
    try:
        if len(text) == 8 and text.isdigit():
            return dt.date(int(text[:4]), int(text[4:6]), int(text[6:]))
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        raise InputError(
            tr("{label} '{value}' is not a date: write it as YYYY-MM-DD.").format(
                label=tr(label), value=value
            )
        ) from None


def optional_date(value: Any) -> dt.date | None:
    if value is None or value == "":
        return None
    try:
        return parse_date(value)
    except InputError:
        return None


def iso_datetime(day: dt.date) -> str:
    """The contract's ``Date`` form: ``YYYY-MM-DDT00:00:00Z``."""
    return f"{day.isoformat()}T00:00:00Z"


def utc_today() -> dt.date:
    """Today in UTC, the calendar of the imagery dates."""
    return dt.datetime.now(dt.timezone.utc).date()


def check_date_range(start: Any, end: Any, today: dt.date | None = None) -> tuple[dt.date, dt.date]:
    """Parsed (start, end); refuses reversed ranges and ranges wholly in the future."""
    first, last = parse_date(start, noop("Start date")), parse_date(end, noop("End date"))
    if first > last:
        raise InputError(
            tr("The start date {start} is after the end date {end}: swap them.").format(
                start=first, end=last
            )
        )
    today = today or utc_today()
    if first > today:
        raise InputError(
            tr(
                "The date range starts in the future ({start}): imagery exists up to yesterday."
            ).format(start=first)
        )
    return first, last


def _strings(values: Any) -> tuple[str, ...]:
    if values is None:
        return ()
    if isinstance(values, str):
        values = [values]
    names = []
    for value in values:
        if isinstance(value, dict):  # {Guid, Wkt} objects in some order details
            value = field_of(value, "Guid", "TileGuid", "MiniTileGuid")
        if value is not None and str(value).strip():
            names.append(str(value).strip())
    return tuple(names)


# Account ---------------------------------------------------------------------------------

_ACCOUNT_FIELDS = {
    "tenant_id": ("TenantId",),
    "max_connections": ("MaxConcurrentConnections",),
    "max_area_km2": ("MaxCompositeAreaKm2",),
    "max_bands": ("MaxTotalBands",),
    "euro_overdraft_limit": ("EuroOverdraftLimit",),
    "euro_balance_cap": ("EuroBalanceCap",),
    "processing_units": ("ProcessingUnits", "ProcessingUnitBalance", "CreditAmount"),
    "processing_unit_limit": ("ProcessingUnitLimit", "CreditLimit"),
    "euro_balance": ("EuroBalance", "EuroCreditAmount"),
    "euro_credit_limit": ("EuroCreditLimit",),
    "current_month_costs": ("CurrentMonthCosts",),
    "next_month_costs": ("NextMonthCosts",),
    "email": ("Email",),
}
_NEVER_SHOWN = {"key", "apikey", "contactinfo"}


@dataclass(frozen=True)
class AccountInfo:
    """What a key may do and hold; every field optional (None = the server did not say).

    The key itself (``Key`` of the 2024 answer) is deliberately not kept.
    """

    tenant_id: str | None = None
    max_connections: int | None = None
    max_area_km2: float | None = None
    max_bands: int | None = None
    euro_overdraft_limit: float | None = None
    euro_balance_cap: float | None = None
    processing_units: float | None = None
    processing_unit_limit: float | None = None
    euro_balance: float | None = None
    euro_credit_limit: float | None = None
    current_month_costs: float | None = None
    next_month_costs: float | None = None
    email: str | None = None
    source: str = "account/info"
    extra: tuple[tuple[str, float], ...] = ()

    @classmethod
    def from_api(cls, data: Any, source: str = "account/info") -> AccountInfo:
        data = data if isinstance(data, dict) else {}
        values: dict[str, Any] = {}
        known: set[str] = set()
        for name, keys in _ACCOUNT_FIELDS.items():
            known.update(k.lower() for k in keys)
            raw = field_of(data, *keys)
            if name in ("tenant_id", "email"):
                values[name] = None if raw is None else str(raw)
            elif name in ("max_connections", "max_bands"):
                values[name] = optional_int(raw)
            else:
                values[name] = optional_float(raw)
        extra = tuple(
            (str(key), float(value))
            for key, value in data.items()
            if str(key).lower() not in known | _NEVER_SHOWN
            and isinstance(value, (int, float))
            and not isinstance(value, bool)
        )
        return cls(**values, source=source, extra=extra)

    @property
    def connections(self) -> int:
        """Connections to use at once: the key's limit, 1 when unknown."""
        return max(1, self.max_connections or 1)

    @property
    def may_overdraw(self) -> bool:
        """True when the server reports a PU limit (any value: its meaning is not documented)
        or a euro overdraft: the server, not the plugin, then decides whether units suffice."""
        return self.processing_unit_limit is not None or bool(self.euro_overdraft_limit)

    # Earlier names, read-only, for callers written against the 2024 model.
    @property
    def credits(self) -> float | None:
        return self.processing_units

    @property
    def credit_limit(self) -> float | None:
        return self.processing_unit_limit

    @property
    def euro_credits(self) -> float | None:
        return self.euro_balance


# Tasking: models, tiles, orders -----------------------------------------------------------


@dataclass(frozen=True)
class TaskingModel:
    """A model the server sells and the constellations it requires or accepts."""

    name: str
    required: tuple[str, ...] = ()
    optional: tuple[str, ...] = ()

    @property
    def constellations(self) -> tuple[str, ...]:
        return self.required

    @classmethod
    def from_api(cls, data: Any) -> TaskingModel:
        if isinstance(data, str):
            return cls(data)
        name = str(field_of(data, "Model", "Name") or "")
        required: list[str] = []
        optional: list[str] = []
        entries = field_of(data, "SupportedSatelliteConstellations", "SatelliteConstellations")
        for entry in entries or []:
            if isinstance(entry, str):
                required.append(entry)
                continue
            constellation = field_of(entry, "SatelliteConstellation", "Name")
            if constellation is None:
                continue
            is_optional = optional_bool(field_of(entry, "Optional")) is True
            (optional if is_optional else required).append(str(constellation))
        return cls(name, tuple(required), tuple(optional))


def models_from_api(data: Any) -> list[TaskingModel]:
    entries = field_of(data, "TaskingModels", "Models") if isinstance(data, dict) else data
    models = [TaskingModel.from_api(entry) for entry in entries or []]
    return [model for model in models if model.name]


@dataclass(frozen=True)
class TileRef:
    """A tile or minitile of the fixed grid, by GUID."""

    guid: str
    minitile: bool = False
    epsg: int | None = None
    wkt: str = ""

    @classmethod
    def from_api(cls, data: Any, minitile: bool = False) -> TileRef:
        if isinstance(data, str):
            return cls(data, minitile)
        guid = field_of(data, "Guid", "TileGuid", "MiniTileGuid")
        flag = optional_bool(field_of(data, "MiniTile", "IsMiniTile"))
        return cls(
            guid=str(guid or ""),
            minitile=minitile if flag is None else flag,
            epsg=optional_int(field_of(data, "Epsg", "EpsgCode")),
            wkt=str(field_of(data, "DataGeogWkt", "Wkt", "Geometry") or ""),
        )


def tiles_from_api(data: Any) -> list[TileRef]:
    """Tiles of a search answer: ``Tiles`` (entries), plus a ``MiniTiles`` list if sent."""
    if isinstance(data, list):
        return [t for t in (TileRef.from_api(e) for e in data) if t.guid]
    found = [TileRef.from_api(entry) for entry in field_of(data, "Tiles") or []]
    found += [TileRef.from_api(entry, True) for entry in field_of(data, "MiniTiles") or []]
    return [tile for tile in found if tile.guid]


@dataclass(frozen=True)
class TileCover:
    """A cost-focused cover of an AOI by tiles and minitiles (``tile/optimize``)."""

    tiles: tuple[str, ...] = ()
    minitiles: tuple[str, ...] = ()

    @classmethod
    def from_api(cls, data: Any) -> TileCover:
        return cls(_strings(field_of(data, "Tiles")), _strings(field_of(data, "MiniTiles")))


def geometry_collection(aoi: Aoi) -> str:
    """The AOI wrapped as the GEOMETRYCOLLECTION that polygon orders take."""
    wkt = aoi.wkt.strip()
    if wkt.upper().startswith("GEOMETRYCOLLECTION"):
        return wkt
    return f"GEOMETRYCOLLECTION ({wkt})"


@dataclass(frozen=True)
class OrderRequest:
    """A proposed order (estimate) or one to place (create); one AOI mode only."""

    model: str
    constellations: tuple[str, ...]
    start: dt.date
    end: dt.date | None = None  # None: recurring, renewed monthly
    image_frequency: int = 1
    reference_date: dt.date | None = None  # None: the start
    storage_months: int = 1
    api_requests: int = 1
    aoi: Aoi | None = None
    tile_guids: tuple[str, ...] = ()
    minitile_guids: tuple[str, ...] = ()
    tile_deduplication: bool = False

    def __post_init__(self) -> None:
        fix = object.__setattr__
        fix(self, "model", _model(self.model))
        fix(self, "constellations", _constellations(self.constellations))
        start = parse_date(self.start, noop("Start month"))
        fix(self, "start", start.replace(day=1))
        if self.end is not None:
            fix(self, "end", parse_date(self.end, noop("End date")))
            if self.end < self.start:
                raise InputError(
                    tr("The order ends ({end}) before it starts ({start}).").format(
                        end=self.end, start=self.start
                    )
                )
        if self.reference_date is not None:
            fix(self, "reference_date", parse_date(self.reference_date, noop("Reference date")))
        frequency = optional_int(self.image_frequency)
        if frequency is None or not 1 <= frequency <= 7:
            raise InputError(
                tr(
                    "Image frequency {frequency} is not offered: use 1 (daily) to 7 "
                    "(weekly) days between images."
                ).format(frequency=self.image_frequency)
            )
        fix(self, "image_frequency", frequency)
        for name, label in (
            ("storage_months", noop("Storage months")),
            ("api_requests", noop("Api requests")),
        ):
            number = optional_int(getattr(self, name))
            if number is None or number < 1:
                raise InputError(tr("{label} must be 1 or more.").format(label=tr(label)))
            fix(self, name, number)
        fix(self, "tile_guids", _strings(self.tile_guids))
        fix(self, "minitile_guids", _strings(self.minitile_guids))
        has_tiles = bool(self.tile_guids or self.minitile_guids)
        if has_tiles == (self.aoi is not None):
            raise InputError(
                tr("An order covers either an area or tiles/minitiles: choose one of the two.")
            )

    @property
    def recurring(self) -> bool:
        return self.end is None

    def body(self, estimate: bool) -> dict[str, Any]:
        """The PascalCase body of ``orders/estimate`` (``estimate``) or ``orders``."""
        polygon = self.aoi is not None
        body: dict[str, Any] = {
            "Wkt": geometry_collection(self.aoi) if self.aoi is not None else None,
            "GeoJson": None,
            "TileGuids": None if polygon else (list(self.tile_guids) or None),
            "MiniTileGuids": None if polygon else (list(self.minitile_guids) or None),
            "SatelliteConstellations": list(self.constellations),
            "Model": self.model,
            "StorageMonths": self.storage_months,
            "ApiRequests": self.api_requests,
            "ImageFrequency": self.image_frequency,
            "ReferenceDate": (self.reference_date or self.start).isoformat(),
            "From": self.start.isoformat(),
            "To": self.end.isoformat() if self.end else None,
        }
        if estimate:
            body["SimulatedEuroUsage"] = None
        else:
            body["TileDeduplication"] = bool(self.tile_deduplication)
        return body


def _money(value: Any) -> tuple[float | None, str | None]:
    """(amount, currency) from a number or a ``{TotalCost|TotalCostEuro, CurrencyCode}``."""
    if isinstance(value, dict):
        amount = optional_float(field_of(value, "TotalCost", "TotalCostEuro", "Total"))
        return amount, field_of(value, "CurrencyCode", "Currency")
    return optional_float(value), None


@dataclass(frozen=True)
class OrderEstimate:
    """The price and image dates of a proposed order, in the order currency (EUR)."""

    area_km2: float | None = None
    current_month_eur: float | None = None
    recurring_eur: float | None = None
    currency: str = "EUR"
    image_dates: tuple[dt.date, ...] = ()
    cancellation_date: dt.date | None = None

    @classmethod
    def from_api(cls, data: Any) -> OrderEstimate:
        current, currency = _money(field_of(data, "CurrentMonthCosts"))
        recurring, recurring_currency = _money(field_of(data, "RecurringCostsEstimate"))
        costs = field_of(data, "Costs")
        if current is None:  # 2024-12-04, then 2024-12-02 shapes
            current = optional_float(field_of(data, "CurrentMonthCost", "TotalHistoricCost"))
        if recurring is None:
            recurring = optional_float(field_of(data, "NextMonthCost", "NextMonthRecurringCost"))
        if isinstance(costs, dict):
            currency = currency or field_of(costs, "CurrencyCode")
            if current is None:
                current = _sum(costs, "CurrentMonthOrderCostEstimate", "CurrentMonthStorageCosts")
            if recurring is None:
                recurring = _sum(costs, "NextMonthOrderCostEstimate", "NextMonthStorageCosts")
        dates = field_of(data, "ImageDates")
        if dates is None:
            dates = list(field_of(data, "HistoricImageDates") or []) + list(
                field_of(data, "RecurringImageDates") or []
            )
        parsed = sorted({d for d in (optional_date(v) for v in dates or []) if d})
        return cls(
            area_km2=optional_float(field_of(data, "AreaKm2", "TaskOrderAreaKm2")),
            current_month_eur=current,
            recurring_eur=recurring,
            currency=str(currency or recurring_currency or "EUR"),
            image_dates=tuple(parsed),
            cancellation_date=optional_date(field_of(data, "CancellationDate")),
        )


def _sum(record: dict, *names: str) -> float | None:
    values = [optional_float(field_of(record, name)) for name in names]
    known = [v for v in values if v is not None]
    return sum(known) if known else None


# Status words, marked for translation: Order.status_label and status_text translate them.
ORDER_LABELS = {  # short, for lists
    "Review": noop("In review"),
    "Preparing": noop("Preparing"),
    "AwaitingSatelliteProducts": noop("Awaiting imagery"),
    "Processing": noop("In production"),
    "Predicting": noop("In production"),
    "ProcessingPredicting": noop("In production"),
    "Completed": noop("Completed"),
    "UpToDate": noop("Up to date"),
    "Canceled": noop("Cancelled"),
}
ORDER_STATUSES = {
    "Review": noop("awaiting review (can still be cancelled in full)"),
    "Preparing": noop("accepted, being prepared"),
    "AwaitingSatelliteProducts": noop("waiting for satellite imagery"),
    "Processing": noop("in production"),
    "Predicting": noop("in production (predicting)"),
    "ProcessingPredicting": noop("in production"),
    "Completed": noop("completed: ready to download"),
    "UpToDate": noop("up to date: ready to download, new dates keep coming"),
    "Canceled": noop("cancelled"),
}
DOWNLOADABLE_STATUSES = ("Completed", "UpToDate")


@dataclass(frozen=True)
class Order:
    """One of the key's orders as the server reports it."""

    guid: str
    status: str = ""
    model: str = ""
    constellations: tuple[str, ...] = ()
    start: dt.date | None = None
    end: dt.date | None = None
    image_frequency: int | None = None
    reference_date: dt.date | None = None
    storage_months: int | None = None
    api_requests: int | None = None
    area_km2: float | None = None
    wkt: str | None = None
    tiles: tuple[str, ...] = ()
    minitiles: tuple[str, ...] = ()
    created: dt.date | None = None

    @classmethod
    def from_api(cls, data: Any) -> Order:
        return cls(
            guid=str(field_of(data, "TaskOrderGuid", "Guid", "OrderGuid") or ""),
            status=str(field_of(data, "OrderingProcessStatus", "Status") or ""),
            model=str(field_of(data, "Model") or ""),
            constellations=_strings(field_of(data, "SatelliteConstellations")),
            start=optional_date(field_of(data, "From")),
            end=optional_date(field_of(data, "To")),
            image_frequency=optional_int(field_of(data, "ImageFrequency")),
            reference_date=optional_date(field_of(data, "ReferenceDate")),
            storage_months=optional_int(field_of(data, "StorageMonths")),
            api_requests=optional_int(field_of(data, "ApiRequests")),
            area_km2=optional_float(field_of(data, "TaskOrderAreaKm2", "AreaKm2")),
            wkt=field_of(data, "Wkt") or None,
            tiles=_strings(field_of(data, "Tiles", "TileGuids")),
            minitiles=_strings(field_of(data, "MiniTiles", "MiniTileGuids")),
            created=optional_date(field_of(data, "CreatedDate", "Created", "CreatedAt")),
        )

    @property
    def recurring(self) -> bool:
        return self.end is None

    @property
    def downloadable(self) -> bool:
        return self.status in DOWNLOADABLE_STATUSES

    @property
    def cancellable(self) -> bool:
        return self.status == "Review"

    @property
    def in_progress(self) -> bool:
        return self.status not in (*DOWNLOADABLE_STATUSES, "Canceled")

    @property
    def status_label(self) -> str:
        """A short status for lists; an unknown one verbatim."""
        if self.status in ORDER_LABELS:
            return tr(ORDER_LABELS[self.status])
        return self.status or tr("unknown")

    @property
    def status_text(self) -> str:
        """The status in words; an unknown one verbatim (and taken as in progress)."""
        if self.status in ORDER_STATUSES:
            return tr(ORDER_STATUSES[self.status])
        return tr("{status} (in progress)").format(status=self.status or tr("unknown"))


def orders_from_api(data: Any) -> list[Order]:
    if isinstance(data, dict):
        entries = field_of(data, "TaskOrders", "Orders", "Items")
        if entries is None and field_of(data, "TaskOrderGuid") is not None:
            entries = [data]
    else:
        entries = data
    orders = [Order.from_api(entry) for entry in entries or [] if isinstance(entry, dict)]
    return [order for order in orders if order.guid]


# Dates and availability ------------------------------------------------------------------


@dataclass(frozen=True)
class ImageDate:
    """One date on offer over an AOI, and whether every zone under the AOI has it."""

    date: dt.date
    coverage: Coverage
    zones_total: int
    zones_with_date: int
    model: str = DEFAULT_MODEL
    constellations: tuple[str, ...] = CONSTELLATIONS

    @property
    def zones_missing(self) -> int:
        return self.zones_total - self.zones_with_date

    @property
    def label(self) -> str:
        if self.coverage is Coverage.FULL:
            return tr("{date}  full").format(date=self.date.isoformat())
        return tr("{date}  partial: {missing} of {total} zones lack it").format(
            date=self.date.isoformat(), missing=self.zones_missing, total=self.zones_total
        )


def image_dates_from_search(data: Any) -> list[ImageDate]:
    """Dates per model from search/available, full where every zone of DatesByGeog lists them."""
    found: list[ImageDate] = []
    for entry in field_of(data, "ModelImageDates") or []:
        zones = [
            {d for d in (optional_date(v) for v in field_of(zone, "Dates") or []) if d}
            for zone in field_of(entry, "DatesByGeog") or []
        ]
        if not zones:
            continue
        model = str(field_of(entry, "Model") or DEFAULT_MODEL)
        constellations = _strings(field_of(entry, "SatelliteConstellations")) or CONSTELLATIONS
        for day in sorted(set().union(*zones)):
            having = sum(day in zone for zone in zones)
            coverage = Coverage.FULL if having == len(zones) else Coverage.PARTIAL
            found.append(ImageDate(day, coverage, len(zones), having, model, constellations))
    return sorted(found, key=lambda d: (d.date, d.model))


class Readiness(str, Enum):
    READY = "ready"
    PARTIAL = "partial"
    NOT_ORDERED = "not_ordered"
    EXPIRED = "expired"
    RESTRICTED = "restricted"
    NOT_PRODUCED = "not_produced"
    OUTSIDE_DATA_AREA = "outside_data_area"
    UNKNOWN = "unknown"


_AVAILABILITY_FLAGS = {
    "intersected_active_zones": "IntersectedActiveZones",
    "intersected_active_zones_utm_epsg": "IntersectedActiveZonesUtmEpsg",
    "fully_available": "FullyAvailable",
    "partially_available": "PartiallyAvailable",
    "uncertainty_available": "UncertaintyAvailable",
    "partially_uncertainty_available": "PartiallyUncertaintyAvailable",
    "polygon_in_data_area": "PolygonInDataArea",
    "data_available_for_user": "DataAvailableForUser",
    "data_on_zone_data_frequency_date": "DataOnZoneDataFrequencyDate",
    "all_images_predicted": "AllImagesPredicted",
    "any_image_within_storage_months": "AnyImageWithinStorageMonths",
    "orders_cover_polygon": "OrdersCoverPolygon",
}


# Translated in CompositeAvailability.reason; {order_hint} is errors.ORDER_HINT.
_REASONS = {
    Readiness.READY: noop("Ready to download."),
    Readiness.PARTIAL: noop(
        "Only part of the area has imagery on this date: tick 'allow partial images' to "
        "download it with nodata where imagery is missing, or choose another date."
    ),
    Readiness.NOT_ORDERED: noop("Your orders do not cover this area and date. {order_hint}"),
    Readiness.EXPIRED: noop(
        "This date's storage has expired: it can no longer be downloaded. Choose a newer "
        "date, or order again with more storage months."
    ),
    Readiness.RESTRICTED: noop(
        "Your key may not read this area or date: check your orders in the dashboard or "
        "contact info@clearsky.vision."
    ),
    Readiness.NOT_PRODUCED: noop(
        "This date is not produced yet (the order is still in production): try again later "
        "or choose another date."
    ),
    Readiness.OUTSIDE_DATA_AREA: noop(
        "The area lies outside the data area (e.g. open water): draw it over land."
    ),
    Readiness.UNKNOWN: noop("The server did not say whether this date can be downloaded."),
}


@dataclass(frozen=True)
class CompositeAvailability:
    """The flags of ``composite/available``; None = the server did not send the flag."""

    intersected_active_zones: bool | None = None
    intersected_active_zones_utm_epsg: bool | None = None
    fully_available: bool | None = None
    partially_available: bool | None = None
    uncertainty_available: bool | None = None
    partially_uncertainty_available: bool | None = None
    polygon_in_data_area: bool | None = None
    data_available_for_user: bool | None = None
    data_on_zone_data_frequency_date: bool | None = None
    all_images_predicted: bool | None = None
    any_image_within_storage_months: bool | None = None
    orders_cover_polygon: bool | None = None

    @classmethod
    def from_api(cls, data: Any) -> CompositeAvailability:
        return cls(
            **{
                name: optional_bool(field_of(data, key))
                for name, key in _AVAILABILITY_FLAGS.items()
            }
        )

    @property
    def available_for_user(self) -> bool | None:  # the earlier name
        return self.data_available_for_user

    @property
    def readiness(self) -> Readiness:
        """One verdict from the flags; a missing flag never counts against the date."""
        if self.polygon_in_data_area is False:
            return Readiness.OUTSIDE_DATA_AREA
        if self.orders_cover_polygon is False:
            return Readiness.NOT_ORDERED
        if self.any_image_within_storage_months is False:
            return Readiness.EXPIRED
        if self.data_available_for_user is False:
            return Readiness.RESTRICTED
        if self.fully_available is True:
            return Readiness.READY
        if self.partially_available is True:  # some zones have it: partial, not "not yet"
            return Readiness.PARTIAL
        if self.all_images_predicted is False:
            return Readiness.NOT_PRODUCED
        if self.fully_available is False:
            return Readiness.NOT_PRODUCED
        return Readiness.UNKNOWN

    @property
    def ready(self) -> bool:
        """FullyAvailable and OrdersCoverPolygon and DataAvailableForUser (contract 2.12)."""
        return self.readiness is Readiness.READY

    @property
    def partial_ready(self) -> bool:
        """Downloadable with ``AllowPartialImage: true`` only."""
        return self.readiness is Readiness.PARTIAL

    @property
    def reason(self) -> str:
        """The readiness in a sentence a user can act on, in the user's language."""
        return tr(_REASONS[self.readiness]).format(order_hint=tr(ORDER_HINT))


@dataclass(frozen=True)
class CostEstimate:
    """Area and processing units (PU) one composite costs now (0 while an included
    download is unused); times and size when the server sends them."""

    area_km2: float | None = None
    processing_units: float | None = None
    fast_seconds: float | None = None
    slow_seconds: float | None = None
    file_size_mb: float | None = None

    @classmethod
    def from_api(cls, data: Any) -> CostEstimate:
        return cls(
            area_km2=optional_float(field_of(data, "AreaEstimateKm2", "AreaKm2")),
            processing_units=optional_float(
                field_of(
                    data,
                    "ProcessingUnitEstimate",
                    "ProcessingUnits",
                    "PuEstimate",
                    "CreditEstimate",
                )
            ),
            fast_seconds=optional_float(field_of(data, "FastTimeEstimateSeconds")),
            slow_seconds=optional_float(field_of(data, "SlowTimeEstimateSeconds")),
            file_size_mb=optional_float(field_of(data, "FileSizeEstimateMB")),
        )

    @property
    def credits(self) -> float | None:  # the earlier name
        return self.processing_units

    @property
    def units(self) -> float:
        """PU to count in totals; unknown counts as 0 (the server has the last word)."""
        return self.processing_units or 0.0


# Downloads -------------------------------------------------------------------------------


@dataclass(frozen=True)
class CompositeRequest:
    """Everything that defines one paid composite file. Validated on construction."""

    aoi: Aoi
    date: dt.date
    resolution: int = 10
    bands: BandList = field(default_factory=lambda: BandList.parse("all"))
    epsg: int = 32632
    file_type: FileType = FileType.TIF
    data_type: DataType = DataType.INT16
    utm_mode: UtmMode = UtmMode.COMBINED
    pixel_selection: PixelSelection = PixelSelection.CONTAINED
    model: str = DEFAULT_MODEL
    constellations: tuple[str, ...] = CONSTELLATIONS
    force_pixel_size: bool = True
    allow_partial: bool = False

    def __post_init__(self) -> None:
        # Normalise loose inputs once, so every later step sees canonical values.
        fix = object.__setattr__
        fix(self, "date", parse_date(self.date))
        if self.date > utc_today():  # nothing to sell yet: refused before any paid call
            raise InputError(
                tr(
                    "{date} is in the future: imagery exists up to yesterday. Choose a date "
                    "from the search results."
                ).format(date=self.date)
            )
        if not isinstance(self.bands, BandList):
            fix(self, "bands", BandList.parse(str(self.bands)))
        fix(self, "resolution", _resolution(self.resolution))
        fix(self, "epsg", _epsg(self.epsg))
        fix(self, "file_type", _enum(FileType, self.file_type, noop("File type")))
        fix(self, "data_type", _enum(DataType, self.data_type, noop("Data type")))
        fix(self, "utm_mode", _enum(UtmMode, self.utm_mode, noop("UTM mode")))
        pixels = _enum(PixelSelection, self.pixel_selection, noop("Pixel mode"))
        fix(self, "pixel_selection", pixels)
        fix(self, "model", _model(self.model))
        fix(self, "constellations", _constellations(self.constellations))
        fix(self, "force_pixel_size", bool(self.force_pixel_size))
        fix(self, "allow_partial", bool(self.allow_partial))

    def for_date(self, date: Any, allow_partial: bool | None = None) -> CompositeRequest:
        chosen = self.allow_partial if allow_partial is None else bool(allow_partial)
        return replace(self, date=parse_date(date), allow_partial=chosen)

    def body(self) -> dict[str, Any]:
        """THE payload of availability, estimate and download alike (contract 2.12-2.14)."""
        return {
            "Wkt": self.aoi.wkt,
            "GeoJson": None,
            "Date": iso_datetime(self.date),
            "Resolution": self.resolution,
            "EpsgProjection": self.epsg,
            "FileType": self.file_type.value,
            "PixelSelectionMode": self.pixel_selection.value,
            "OldPixelSelectionMode": False,
            "DataType": self.data_type.value,
            "UtmDataSelectionMode": self.utm_mode.value,
            "UtmGridForcePixelResolutionSize": self.force_pixel_size,
            "SatelliteConstellations": list(self.constellations),
            "Model": self.model,
            "Bandnames": self.bands.api_value,
            "AllowPartialImage": self.allow_partial,
            "AutomaticOrderCreation": False,
            "UploadUrl": None,
        }

    # Earlier names: the same payload everywhere now.
    def estimate_body(self) -> dict[str, Any]:
        return self.body()

    def download_body(self) -> dict[str, Any]:
        return self.body()

    def fingerprint(self, base_url: str) -> str:
        """Stable hash of what the file will contain (and where it is bought), never the key."""
        return _fingerprint({"server": base_url.rstrip("/"), **self.body()})


@dataclass(frozen=True)
class TileRequest:
    """A whole tile or minitile by GUID for one date (``process/tile`` or ``/minitile``)."""

    guid: str
    minitile: bool
    date: dt.date
    model: str = DEFAULT_MODEL
    constellations: tuple[str, ...] = CONSTELLATIONS
    resolution: int = 10
    epsg: int = AUTO_UTM_EPSG
    bands: BandList = field(default_factory=lambda: BandList.parse("all"))
    data_type: DataType = DataType.INT16
    utm_mode: UtmMode = UtmMode.COMBINED
    force_pixel_size: bool = True
    allow_partial: bool = False
    level: int | None = None
    harmonize: bool | None = None
    clip_reflectance: bool | None = None

    def __post_init__(self) -> None:
        fix = object.__setattr__
        guid = str(self.guid or "").strip()
        if not guid:
            raise InputError(tr("Choose a tile or minitile (its GUID) to download."))
        fix(self, "guid", guid)
        fix(self, "minitile", bool(self.minitile))
        fix(self, "date", parse_date(self.date))
        fix(self, "model", _model(self.model))
        fix(self, "constellations", _constellations(self.constellations))
        fix(self, "resolution", _resolution(self.resolution))
        fix(self, "epsg", _epsg(self.epsg))
        if not isinstance(self.bands, BandList):
            fix(self, "bands", BandList.parse(str(self.bands)))
        fix(self, "data_type", _enum(DataType, self.data_type, noop("Data type")))
        fix(self, "utm_mode", _enum(UtmMode, self.utm_mode, noop("UTM mode")))
        if self.level not in (None, 1, 2):
            raise InputError(
                tr("Level {level} is not offered: use 1 (TOA) or 2 (BOA).").format(level=self.level)
            )

    @property
    def kind(self) -> str:
        return "minitile" if self.minitile else "tile"

    @property
    def path(self) -> str:
        return f"/api/satelliteimages/process/{self.kind}"

    def body(self) -> dict[str, Any]:
        """The union of both documented field lists (contract 2.15)."""
        return {
            ("MiniTileGuid" if self.minitile else "TileGuid"): self.guid,
            "Date": iso_datetime(self.date),
            "SatelliteConstellations": list(self.constellations),
            "Model": self.model,
            "Level": self.level,
            "Harmonize": self.harmonize,
            "ClipReflectance": self.clip_reflectance,
            "UploadUrl": None,
            "Resolution": self.resolution,
            "EpsgProjection": self.epsg,
            "Bandnames": self.bands.api_value,
            "DataType": self.data_type.value,
            "UtmDataSelectionMode": self.utm_mode.value,
            "UtmGridForcePixelResolutionSize": bool(self.force_pixel_size),
            "AllowPartialImage": bool(self.allow_partial),
        }

    def fingerprint(self, base_url: str) -> str:
        return _fingerprint({"server": base_url.rstrip("/"), "kind": self.kind, **self.body()})


def _fingerprint(record: dict[str, Any]) -> str:
    canonical = json.dumps(record, sort_keys=True)
    return hashlib.sha256(canonical.encode()).hexdigest()


def _resolution(value: Any) -> int:
    try:
        resolution = int(float(value))
    except (TypeError, ValueError):
        resolution = -1
    if resolution not in RESOLUTIONS:
        allowed = ", ".join(str(r) for r in RESOLUTIONS)
        raise InputError(
            tr("Resolution {value} m is not offered: use one of {allowed} m.").format(
                value=value, allowed=allowed
            )
        )
    return resolution


def _epsg(value: Any) -> int:
    text = str(value).upper().replace("EPSG:", "").strip()
    if not text.isdigit():
        raise InputError(
            tr(
                "Output CRS '{value}' must be an EPSG code such as 4326, 32632 or 47000 "
                "(automatic UTM)."
            ).format(value=value)
        )
    if int(text) != AUTO_UTM_EPSG:
        spatial_reference(int(text))  # raises InputError for unknown codes
    return int(text)


def _model(value: Any) -> str:
    # Not checked against a list: the models come from GET /api/tasking/models.
    name = str(value or "").strip()
    if not name:
        raise InputError(
            tr("Choose a model (e.g. Stratus2): the server lists the models it sells.")
        )
    return name


def _constellations(values: Any) -> tuple[str, ...]:
    chosen = _strings(values)
    if not chosen:
        raise InputError(tr("Choose at least one satellite constellation."))
    known = {c.lower(): c for c in CONSTELLATIONS}  # canonical spelling of the known ones
    return tuple(dict.fromkeys(known.get(name.lower(), name) for name in chosen))
