"""Typed requests and responses of the ClearSKY Vision API.

Responses are read with ``from_api`` constructors that take the fields they know and
ignore any others, so a server that adds fields never breaks the plugin.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass, field, replace
from enum import Enum
from typing import Any

from .bands import BandList
from .errors import InputError
from .geometry import Aoi, spatial_reference

RESOLUTIONS = (10, 20, 40, 50, 80, 100, 160, 200, 320)
CONSTELLATIONS = ("Sentinel1", "Sentinel2", "Landsat89")
DEFAULT_MODEL = "Stratus2"


class FileType(str, Enum):
    TIF = "tif"
    PNG = "png"


class DataType(str, Enum):
    INT16 = "int16"
    UINT8 = "uint8"


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
    try:
        return kind(value.value if isinstance(value, Enum) else str(value).lower())
    except ValueError:
        allowed = ", ".join(member.value for member in kind)
        raise InputError(f"{label} '{value}' is not supported: use one of {allowed}.") from None


def parse_date(value: Any, label: str = "Date") -> dt.date:
    """A date from ``date``, ``datetime`` or ``YYYY-MM-DD[T...]`` text."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value).strip()[:10])
    except ValueError:
        raise InputError(f"{label} '{value}' is not a date: write it as YYYY-MM-DD.") from None


def utc_today() -> dt.date:
    """Today in UTC, the calendar of the imagery dates."""
    return dt.datetime.now(dt.timezone.utc).date()


def check_date_range(start: Any, end: Any, today: dt.date | None = None) -> tuple[dt.date, dt.date]:
    """Parsed (start, end); refuses reversed ranges and ranges wholly in the future."""
    first, last = parse_date(start, "Start date"), parse_date(end, "End date")
    if first > last:
        raise InputError(f"The start date {first} is after the end date {last}: swap them.")
    today = today or utc_today()
    if first > today:
        raise InputError(
            f"The date range starts in the future ({first}): imagery exists up to yesterday."
        )
    return first, last


@dataclass(frozen=True)
class AccountInfo:
    """What a key may do; ``Key`` from the server is deliberately not kept."""

    credits: float
    credit_limit: float
    max_connections: int
    max_area_km2: float
    max_bands: int
    euro_credits: float | None = None
    euro_credit_limit: float | None = None
    email: str | None = None
    contact: str | None = None
    current_month_costs: float | None = None
    next_month_costs: float | None = None

    @classmethod
    def from_api(cls, data: dict[str, Any]) -> AccountInfo:
        return cls(
            credits=float(data.get("CreditAmount") or 0),
            credit_limit=float(data.get("CreditLimit") or 0),
            max_connections=max(1, int(data.get("MaxConcurrentConnections") or 1)),
            max_area_km2=float(data.get("MaxCompositeAreaKm2") or 0),
            max_bands=int(data.get("MaxTotalBands") or 0),
            euro_credits=_optional_float(data.get("EuroCreditAmount")),
            euro_credit_limit=_optional_float(data.get("EuroCreditLimit")),
            email=data.get("Email"),
            contact=data.get("ContactInfo"),
            current_month_costs=_optional_float(data.get("CurrentMonthCosts")),
            next_month_costs=_optional_float(data.get("NextMonthCosts")),
        )


def _optional_float(value: Any) -> float | None:
    try:
        return None if value is None else float(value)
    except (TypeError, ValueError):
        return None


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
            return f"{self.date.isoformat()}  full"
        missing = f"{self.zones_missing} of {self.zones_total} zones lack it"
        return f"{self.date.isoformat()}  partial: {missing}"


def image_dates_from_search(data: dict[str, Any] | None) -> list[ImageDate]:
    """Dates per model from search/available, full where every zone of DatesByGeog lists them."""
    found: list[ImageDate] = []
    for entry in (data or {}).get("ModelImageDates") or []:
        zones = [set(zone.get("Dates") or []) for zone in entry.get("DatesByGeog") or []]
        if not zones:
            continue
        model = entry.get("Model") or DEFAULT_MODEL
        constellations = tuple(entry.get("SatelliteConstellations") or CONSTELLATIONS)
        for text in sorted(set().union(*zones)):
            having = sum(text in zone for zone in zones)
            coverage = Coverage.FULL if having == len(zones) else Coverage.PARTIAL
            found.append(
                ImageDate(parse_date(text), coverage, len(zones), having, model, constellations)
            )
    return sorted(found, key=lambda d: (d.date, d.model))


@dataclass(frozen=True)
class CompositeAvailability:
    intersected_active_zones: bool
    fully_available: bool
    polygon_in_data_area: bool
    available_for_user: bool

    @classmethod
    def from_api(cls, data: dict[str, Any]) -> CompositeAvailability:
        return cls(
            bool(data.get("IntersectedActiveZones")),
            bool(data.get("FullyAvailable")),
            bool(data.get("PolygonInDataArea")),
            bool(data.get("DataAvailableForUser")),
        )


@dataclass(frozen=True)
class CostEstimate:
    area_km2: float
    credits: float
    fast_seconds: float | None = None
    slow_seconds: float | None = None
    file_size_mb: float | None = None

    @classmethod
    def from_api(cls, data: dict[str, Any]) -> CostEstimate:
        return cls(
            area_km2=float(data.get("AreaEstimateKm2") or 0),
            credits=float(data.get("CreditEstimate") or 0),
            fast_seconds=_optional_float(data.get("FastTimeEstimateSeconds")),
            slow_seconds=_optional_float(data.get("SlowTimeEstimateSeconds")),
            file_size_mb=_optional_float(data.get("FileSizeEstimateMB")),
        )


@dataclass(frozen=True)
class CompositeRequest:
    """Everything that defines one paid composite file. Validated on construction."""

    aoi: Aoi
    date: dt.date
    resolution: int = 10
    bands: BandList = field(default_factory=lambda: BandList.parse("all"))
    epsg: int = 4326
    file_type: FileType = FileType.TIF
    data_type: DataType = DataType.INT16
    utm_mode: UtmMode = UtmMode.COMBINED
    pixel_selection: PixelSelection = PixelSelection.INTERSECT
    model: str = DEFAULT_MODEL
    constellations: tuple[str, ...] = CONSTELLATIONS
    force_pixel_size: bool = False

    def __post_init__(self) -> None:
        # Normalise loose inputs once, so every later step sees canonical values.
        fix = object.__setattr__
        fix(self, "date", parse_date(self.date))
        if self.date > utc_today():  # nothing to sell yet: refused before any paid call
            raise InputError(
                f"{self.date} is in the future: imagery exists up to yesterday. Choose a date "
                "from the search results."
            )
        if not isinstance(self.bands, BandList):
            fix(self, "bands", BandList.parse(str(self.bands)))
        fix(self, "resolution", _resolution(self.resolution))
        fix(self, "epsg", _epsg(self.epsg))
        fix(self, "file_type", _enum(FileType, self.file_type, "File type"))
        fix(self, "data_type", _enum(DataType, self.data_type, "Data type"))
        fix(self, "utm_mode", _enum(UtmMode, self.utm_mode, "UTM mode"))
        fix(self, "pixel_selection", _enum(PixelSelection, self.pixel_selection, "Pixel mode"))
        fix(self, "constellations", _constellations(self.constellations))
        if self.file_type is FileType.PNG and self.bands.count > 4:
            raise InputError("PNG files hold at most 4 bands: choose GeoTIFF or fewer bands.")

    def for_date(self, date: Any) -> CompositeRequest:
        return replace(self, date=parse_date(date))

    def estimate_body(self) -> dict[str, Any]:
        return {
            "Wkt": self.aoi.wkt,
            "Resolution": self.resolution,
            "FileType": self.file_type.value,
            "EpsgProjection": self.epsg,
            "DataType": self.data_type.value,
            "UtmDataSelectionMode": self.utm_mode.value,
            "Bandnames": self.bands.api_value,
        }

    def download_body(self) -> dict[str, Any]:
        return {
            **self.estimate_body(),
            "Date": self.date.isoformat(),
            "PixelSelectionMode": self.pixel_selection.value,
            "SatelliteConstellations": list(self.constellations),
            "Model": self.model,
            "UtmGridForcePixelResolutionSize": self.force_pixel_size,
        }

    def fingerprint(self, base_url: str) -> str:
        """Stable hash of what the file will contain (and where it is bought), never the key."""
        canonical = json.dumps(
            {"server": base_url.rstrip("/"), **self.download_body()}, sort_keys=True
        )
        return hashlib.sha256(canonical.encode()).hexdigest()


def _resolution(value: Any) -> int:
    try:
        resolution = int(float(value))
    except (TypeError, ValueError):
        resolution = -1
    if resolution not in RESOLUTIONS:
        allowed = ", ".join(str(r) for r in RESOLUTIONS)
        raise InputError(f"Resolution {value} m is not offered: use one of {allowed} m.")
    return resolution


def _epsg(value: Any) -> int:
    text = str(value).upper().replace("EPSG:", "").strip()
    if not text.isdigit():
        raise InputError(f"Output CRS '{value}' must be an EPSG code such as 4326 or 32632.")
    spatial_reference(int(text))  # raises InputError for unknown codes
    return int(text)


def _constellations(values: Any) -> tuple[str, ...]:
    names = [values] if isinstance(values, str) else list(values or [])
    known = {c.lower(): c for c in CONSTELLATIONS}
    chosen = []
    for name in names:
        if str(name).lower() not in known:
            raise InputError(f"Unknown constellation '{name}': use {', '.join(CONSTELLATIONS)}.")
        chosen.append(known[str(name).lower()])
    if not chosen:
        raise InputError("Choose at least one satellite constellation.")
    return tuple(chosen)


@dataclass(frozen=True)
class TileImage:
    image_id: int
    date: dt.date


@dataclass(frozen=True)
class TileZone:
    """A cell of the legacy tile grid and the images it has."""

    wkt: str
    x: int
    y: int
    zone: str
    images: tuple[TileImage, ...]

    @classmethod
    def from_api(cls, data: dict[str, Any]) -> TileZone:
        images = tuple(
            TileImage(int(item["SatelliteImageId"]), parse_date(item.get("ImageDate")))
            for item in data.get("SatelliteImageZones") or []
        )
        return cls(
            wkt=data.get("Geog") or "",
            x=int(data.get("XPosition") or 0),
            y=int(data.get("YPosition") or 0),
            zone=str(data.get("Zone") or f"{data.get('XPosition')}_{data.get('YPosition')}"),
            images=images,
        )


@dataclass(frozen=True)
class TaskingOrderRequest:
    """A tasking order: production of new dates over tiles or a geometry."""

    from_date: dt.date
    to_date: dt.date
    reference_date: dt.date
    storage_months: int = 12
    api_requests: int = 1000
    image_frequency: int = 1
    model: str = DEFAULT_MODEL
    constellations: tuple[str, ...] = CONSTELLATIONS
    tiles: tuple[str, ...] = ()
    aoi: Aoi | None = None

    def body(self) -> dict[str, Any]:
        if bool(self.tiles) == (self.aoi is not None):
            raise InputError("A tasking order needs either tiles or an area, not both.")
        body: dict[str, Any] = {
            "StorageMonths": self.storage_months,
            "ApiRequests": self.api_requests,
            "ImageFrequency": self.image_frequency,
            "Model": self.model,
            "ReferenceDate": self.reference_date.isoformat(),
            "From": self.from_date.isoformat(),
            "To": self.to_date.isoformat(),
            "SatelliteConstellations": list(_constellations(self.constellations)),
        }
        if self.tiles:
            body["Tiles"] = list(self.tiles)
        else:
            body["Wkt"] = f"GEOMETRYCOLLECTION({self.aoi.wkt})"  # type: ignore[union-attr]
        return body


@dataclass(frozen=True)
class TaskingRecord:
    """A tasking model, tile, estimate or order: a few typed fields plus the raw answer.

    The tasking API is only sketched in public documentation, so the raw fields are kept
    for display rather than guessed at.
    """

    name: str
    raw: dict[str, Any]

    @classmethod
    def from_api(cls, data: dict[str, Any], *keys: str) -> TaskingRecord:
        name = next((str(data[k]) for k in keys if data.get(k) is not None), "")
        return cls(name, dict(data))
