"""Request parsing and validation for the Processing API, plus area and pricing rules."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from dataclasses import dataclass
from typing import Any

from osgeo import ogr, osr
from shapely import wkt as shapely_wkt
from shapely.errors import ShapelyError
from shapely.geometry import MultiPolygon, Polygon, shape
from shapely.geometry.base import BaseGeometry
from shapely.ops import unary_union
from shapely.validation import make_valid

from emulator.landscape import BANDS
from emulator.world import CONSTELLATIONS, MODEL

RESOLUTIONS = (10, 20, 40, 50, 80, 100, 160, 200, 320)
FILE_TYPES = ("tif", "png")
DATA_TYPES = ("int16", "uint8")
UTM_MODES = ("single_utm_fully_covered", "single_utm", "combined_utm")
PIXEL_MODES = ("intersect", "contained")
RGB_BANDS = ("B2", "B3", "B4")
PNG_MAX_BANDS = 4
MIN_CREDITS = 0.01
DEFLATE_RATIO = 0.6  # typical compressed / raw size of the emulator's GeoTIFFs

# Every field the Processing API reads; a body key that differs from one of these only in letter
# case is refused (1001) so clients cannot rely on the real server's case-insensitive binding.
COMPOSITE_FIELDS = (
    "Wkt",
    "GeoJson",
    "Date",
    "Resolution",
    "FileType",
    "EpsgProjection",
    "DataType",
    "UtmDataSelectionMode",
    "Bandnames",
    "PixelSelectionMode",
    "SatelliteConstellations",
    "Model",
    "UtmGridForcePixelResolutionSize",
)
SEARCH_FIELDS = ("Wkt", "GeoJson", "From", "Until")

_DATE_RE = re.compile(r"^(\d{4}-\d{2}-\d{2})(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$")
_INDEX_RE = re.compile(r"^\[\s*(B\w+?)\s*_\s*(B\w+)\s*\]$", re.IGNORECASE)
_WGS84 = osr.SpatialReference()
_WGS84.ImportFromEPSG(4326)
_WGS84.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)


class ValidationError(Exception):
    """Error 1001: Data maps field names to lists of messages."""

    def __init__(self, errors: dict[str, list[str]]):
        super().__init__("One or more validation errors occurred.")
        self.errors = errors


class Problems:
    """Collects validation messages per field."""

    def __init__(self) -> None:
        self.errors: dict[str, list[str]] = {}

    def add(self, field: str, message: str) -> None:
        self.errors.setdefault(field, []).append(message)

    def raise_if_any(self) -> None:
        if self.errors:
            raise ValidationError(self.errors)


def check_field_case(body: dict, fields: tuple[str, ...], problems: Problems) -> None:
    """Flag keys that match a known field only case-insensitively (e.g. 'bandNames')."""
    canonical = {f.lower(): f for f in fields}
    for key in body:
        wanted = canonical.get(str(key).lower())
        if wanted is not None and wanted != key:
            problems.add(key, f"Field '{key}' must be spelled '{wanted}'.")


def parse_json_body(raw: bytes) -> dict:
    """Decode a JSON object body or raise 1001."""
    try:
        body = json.loads(raw.decode("utf-8") if raw else "")
    except (ValueError, UnicodeDecodeError):
        raise ValidationError({"$": ["The request body is not valid JSON."]}) from None
    if not isinstance(body, dict):
        raise ValidationError({"$": ["The request body must be a JSON object."]})
    return body


def parse_date(value: Any, field: str, problems: Problems, required: bool = True) -> dt.date | None:
    """A YYYY-MM-DD date (a date-time is accepted and truncated to its date)."""
    if value is None or value == "":
        if required:
            problems.add(field, f"The {field} field is required.")
        return None
    match = _DATE_RE.match(str(value).strip()) if isinstance(value, str) else None
    if match:
        try:
            return dt.date.fromisoformat(match.group(1))
        except ValueError:
            pass
    problems.add(field, f"'{value}' is not a valid date (expected YYYY-MM-DD).")
    return None


def _polygonal(geom: BaseGeometry) -> BaseGeometry | None:
    if not geom.is_valid:
        geom = make_valid(geom)
    if isinstance(geom, (Polygon, MultiPolygon)):
        return None if geom.is_empty else geom
    parts = [g for g in getattr(geom, "geoms", []) if isinstance(g, (Polygon, MultiPolygon))]
    return unary_union(parts) if parts else None


def _geojson_geometry(value: Any) -> BaseGeometry:
    obj = json.loads(value) if isinstance(value, str) else value
    if not isinstance(obj, dict):
        raise ValueError("not an object")
    kind = obj.get("type")
    if kind == "Feature":
        return _geojson_geometry(obj.get("geometry"))
    if kind == "FeatureCollection":
        return unary_union([_geojson_geometry(f) for f in obj.get("features") or []])
    return shape(obj)


def parse_geometry(
    body: dict, problems: Problems, wkt_field: str = "Wkt", allow_geojson: bool = True
) -> BaseGeometry | None:
    """The AOI from exactly one of Wkt / GeoJson, as a valid shapely (Multi)Polygon in lon/lat."""
    wkt_value = body.get(wkt_field)
    geojson_value = body.get("GeoJson") if allow_geojson else None
    if wkt_value and geojson_value:
        problems.add(wkt_field, "Give either Wkt or GeoJson, not both.")
        problems.add("GeoJson", "Give either Wkt or GeoJson, not both.")
        return None
    if not wkt_value and not geojson_value:
        problems.add(wkt_field, "A geometry is required (Wkt or GeoJson).")
        return None
    field = wkt_field if wkt_value else "GeoJson"
    try:
        if wkt_value:
            if not isinstance(wkt_value, str):
                raise ValueError("not a string")
            geom = shapely_wkt.loads(wkt_value)
        else:
            geom = _geojson_geometry(geojson_value)
    except (ValueError, TypeError, KeyError, AttributeError, ShapelyError):
        problems.add(field, "The geometry could not be parsed.")
        return None
    if geom.is_empty or geom.geom_type not in ("Polygon", "MultiPolygon", "GeometryCollection"):
        problems.add(
            field, f"The geometry must be a Polygon or MultiPolygon, not {geom.geom_type}."
        )
        return None
    poly = _polygonal(geom)
    if poly is None or poly.area == 0:
        problems.add(field, "The geometry must be a Polygon or MultiPolygon with an area.")
        return None
    return poly


def parse_bandnames(value: Any, problems: Problems) -> tuple[str, ...]:
    """Expand Bandnames ('all', 'rgb', or a comma list of bands and [Bx_By] terms) in order."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return BANDS
    if isinstance(value, list):
        value = ",".join(str(v) for v in value)
    if not isinstance(value, str):
        problems.add("Bandnames", "Bandnames must be a string.")
        return ()
    canonical = {b.upper(): b for b in BANDS}
    terms: list[str] = []
    for raw in value.split(","):
        term = raw.strip()
        low = term.lower()
        if low == "all":
            terms.extend(BANDS)
        elif low == "rgb":
            terms.extend(RGB_BANDS)
        elif term.upper() in canonical:
            terms.append(canonical[term.upper()])
        elif _INDEX_RE.match(term):
            a, b = _INDEX_RE.match(term).groups()
            bad = [x for x in (a, b) if x.upper() not in canonical]
            for x in bad:
                problems.add("Bandnames", f"Unknown band '{x}' in '{term}'.")
            if not bad:
                terms.append(f"[{canonical[a.upper()]}_{canonical[b.upper()]}]")
        else:
            problems.add("Bandnames", f"Unknown band '{term}'.")
    if not terms and "Bandnames" not in problems.errors:
        problems.add("Bandnames", "No bands requested.")
    return tuple(terms)


def index_parts(term: str) -> tuple[str, str] | None:
    """('B8', 'B4') for the term '[B8_B4]', None for a plain band."""
    if not term.startswith("["):
        return None
    a, b = term[1:-1].split("_")
    return a, b


def _choice(body: dict, field: str, allowed: tuple, default: str, problems: Problems) -> str:
    value = body.get(field)
    if value is None or value == "":
        return default
    if isinstance(value, str) and value.strip().lower() in allowed:
        return value.strip().lower()
    problems.add(field, f"{field} must be one of {', '.join(allowed)}.")
    return default


def _resolution(value: Any, problems: Problems) -> int:
    if value is None:
        return 10
    try:
        number = float(value)
    except (TypeError, ValueError):
        number = -1.0
    if isinstance(value, bool) or number not in RESOLUTIONS:
        allowed = ", ".join(str(r) for r in RESOLUTIONS)
        problems.add("Resolution", f"Resolution must be one of {allowed}.")
        return 10
    return int(number)


def _epsg(value: Any, problems: Problems) -> int:
    if value is None or value == "":
        return 4326
    text = str(value).strip().upper().removeprefix("EPSG:")
    if isinstance(value, bool) or not text.isdigit() or not _known_epsg(int(text)):
        problems.add("EpsgProjection", f"'{value}' is not a known EPSG code.")
        return 4326
    return int(text)


def _known_epsg(code: int) -> bool:
    srs = osr.SpatialReference()
    try:
        return srs.ImportFromEPSG(code) == 0
    except RuntimeError:  # OSR with exceptions enabled by the host process
        return False


def _constellations(value: Any, problems: Problems) -> tuple[str, ...]:
    if value is None:
        return CONSTELLATIONS
    items = value if isinstance(value, list) else str(value).split(",")
    names = {c.lower(): c for c in CONSTELLATIONS}
    out = []
    for item in items:
        name = names.get(str(item).strip().lower())
        if name is None:
            problems.add("SatelliteConstellations", f"Unknown satellite constellation '{item}'.")
        else:
            out.append(name)
    if not out and "SatelliteConstellations" not in problems.errors:
        problems.add("SatelliteConstellations", "At least one constellation is required.")
    return tuple(out)


@dataclass(frozen=True)
class CompositeRequest:
    """A validated Processing API request (estimate or download)."""

    geometry: BaseGeometry
    date: dt.date | None
    resolution: int
    file_type: str
    epsg: int
    data_type: str
    utm_mode: str
    bands: tuple[str, ...]
    pixel_mode: str
    constellations: tuple[str, ...]
    model: str
    force_pixel_size: bool

    @property
    def out_data_type(self) -> str:
        # PNG holds no int16: a png request always yields uint8 whatever DataType says.
        return "uint8" if self.file_type == "png" else self.data_type

    def digest(self) -> str:
        """Stable hash of everything that shapes the file (for the download's file name)."""
        parts = [self.geometry.wkb_hex, str(self.date), str(self.resolution), self.file_type]
        parts += [str(self.epsg), self.out_data_type, self.utm_mode, ",".join(self.bands)]
        parts += [self.pixel_mode, str(self.force_pixel_size)]
        return hashlib.sha256("|".join(parts).encode()).hexdigest()

    @property
    def filename(self) -> str:
        return f"clearsky_{self.date}_{self.digest()[:8]}.{self.file_type}"


def parse_composite(body: dict, need_date: bool) -> CompositeRequest:
    """Validate a composite / estimate body (error 1001 lists every bad field)."""
    problems = Problems()
    check_field_case(body, COMPOSITE_FIELDS, problems)
    geometry = parse_geometry(body, problems)
    if geometry is not None:
        lon0, lat0, lon1, lat1 = geometry.bounds
        if lon0 < -180 or lon1 > 180 or lat0 < -90 or lat1 > 90:
            problems.add("Wkt", "Coordinates must be longitude/latitude in EPSG:4326.")
    date = parse_date(body.get("Date"), "Date", problems, required=need_date)
    file_type = _choice(body, "FileType", FILE_TYPES, "tif", problems)
    bands = parse_bandnames(body.get("Bandnames"), problems)
    if file_type == "png" and len(bands) > PNG_MAX_BANDS:
        problems.add("FileType", f"png holds at most {PNG_MAX_BANDS} bands; use tif.")
    model = body.get("Model") or MODEL
    if str(model).lower() != MODEL.lower():
        problems.add("Model", f"Unknown model '{model}' (known: {MODEL}).")
    force = body.get("UtmGridForcePixelResolutionSize", False)
    if not isinstance(force, bool):
        problems.add("UtmGridForcePixelResolutionSize", "Must be true or false.")
    request = CompositeRequest(
        geometry=geometry,
        date=date,
        resolution=_resolution(body.get("Resolution"), problems),
        file_type=file_type,
        epsg=_epsg(body.get("EpsgProjection"), problems),
        data_type=_choice(body, "DataType", DATA_TYPES, "int16", problems),
        utm_mode=_choice(body, "UtmDataSelectionMode", UTM_MODES, "combined_utm", problems),
        bands=bands,
        pixel_mode=_choice(body, "PixelSelectionMode", PIXEL_MODES, "intersect", problems),
        constellations=_constellations(body.get("SatelliteConstellations"), problems),
        model=MODEL,
        force_pixel_size=bool(force),
    )
    problems.raise_if_any()
    return request


def area_km2(geometry: BaseGeometry) -> float:
    """Ground area of a lon/lat geometry in km2 (Lambert equal-area projection at its centre)."""
    centre = geometry.centroid
    laea = osr.SpatialReference()
    laea.ImportFromProj4(
        f"+proj=laea +lat_0={centre.y:.6f} +lon_0={centre.x:.6f} +datum=WGS84 +units=m +no_defs"
    )
    laea.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    ogr_geom = ogr.CreateGeometryFromWkb(geometry.wkb)
    # Densify first so long edges follow the ellipsoid rather than a straight projected chord.
    ogr_geom.Segmentize(0.01)
    ogr_geom.Transform(osr.CoordinateTransformation(_WGS84, laea))
    return ogr_geom.GetArea() / 1e6


def resolution_factor(resolution: int) -> float:
    return {10: 1.0, 20: 0.5}.get(resolution, 0.25)


def credit_estimate(area: float, n_bands: int, resolution: int) -> float:
    """Credits for one composite: area x bands/10 x resolution factor, rounded, at least 0.01."""
    return max(MIN_CREDITS, round(area * n_bands / 10.0 * resolution_factor(resolution), 2))


def estimate(request: CompositeRequest) -> dict:
    """The composite/estimate Data object."""
    area = area_km2(request.geometry)
    n = len(request.bands)
    pixels = area * 1e6 / request.resolution**2
    bytes_per = 1 if request.out_data_type == "uint8" else 2
    megapixel_bands = pixels * n / 1e6
    fast = round(2.0 + megapixel_bands * 0.05, 1)
    return {
        "AreaEstimateKm2": round(area, 3),
        "CreditEstimate": credit_estimate(area, n, request.resolution),
        "FastTimeEstimateSeconds": fast,
        "SlowTimeEstimateSeconds": round(fast * 4, 1),
        "FileSizeEstimateMB": round(pixels * n * bytes_per * DEFLATE_RATIO / 1e6, 2),
    }
