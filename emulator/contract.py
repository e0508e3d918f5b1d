"""Request parsing and validation for the Processing API, plus area and pricing rules."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import math
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
from emulator.world import CONSTELLATIONS, MODEL, MODELS, utm_epsg

RESOLUTIONS = (10, 20, 40, 80, 160, 320, 640, 1280)
FILE_TYPES = ("tif", "png")
DATA_TYPES = ("int16", "uint8")
UTM_MODES = ("single_utm_fully_covered", "single_utm", "combined_utm")
PIXEL_MODES = ("intersect", "contained")
RGB_BANDS = ("B2", "B3", "B4")
PNG_MAX_BANDS = 4
AUTO_UTM = 47000
KM2_PER_UNIT = 10.0  # one processing unit covers up to 10 km2
DEFLATE_RATIO = 0.6  # typical compressed / raw size of the emulator's GeoTIFFs

# JSON types of the fields the endpoints read (ASP.NET model binding answers a value of the
# wrong JSON type with a ProblemDetails body before the endpoint runs).
INT, BOOL, STR, STRS, DATE, OBJ, NUM = "int", "bool", "str", "strs", "date", "obj", "num"
DOWNLOAD_TYPES = {
    "Wkt": STR,
    "GeoJson": OBJ,
    "Date": DATE,
    "Resolution": INT,
    "FileType": STR,
    "EpsgProjection": INT,
    "DataType": STR,
    "UtmDataSelectionMode": STR,
    "Bandnames": STR,
    "PixelSelectionMode": STR,
    "OldPixelSelectionMode": BOOL,
    "SatelliteConstellations": STRS,
    "Model": STR,
    "UtmGridForcePixelResolutionSize": BOOL,
    "AllowPartialImage": BOOL,
    "AutomaticOrderCreation": BOOL,
    "UploadUrl": STR,
    "Level": INT,
    "Harmonize": BOOL,
    "ClipReflectance": BOOL,
    "TileGuid": STR,
    "MiniTileGuid": STR,
}
# Every field the Processing API reads; a body key that differs from one of these only in letter
# case is refused (992) so clients cannot rely on the real server's case-insensitive binding.
COMPOSITE_FIELDS = tuple(DOWNLOAD_TYPES)
SEARCH_FIELDS = ("Wkt", "GeoJson", "From", "Until", "To", "Model", "SatelliteConstellations")

_DATE_RE = re.compile(r"^(\d{4}-\d{2}-\d{2})(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$")
_INDEX_RE = re.compile(r"^\[\s*(B\w+?)\s*_\s*(B\w+)\s*\]$", re.IGNORECASE)
_WGS84 = osr.SpatialReference()
_WGS84.ImportFromEPSG(4326)
_WGS84.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
_NET_TYPES = {
    INT: "System.Int32",
    BOOL: "System.Boolean",
    STR: "System.String",
    STRS: "System.Collections.Generic.List`1[System.String]",
    DATE: "System.DateTime",
    OBJ: "System.Object",
    NUM: "System.Double",
}


class ProblemDetailsError(Exception):
    """A body ASP.NET could not bind: answered as ProblemDetails (no envelope, no Error.Code)."""

    def __init__(self, errors: dict[str, list[str]]):
        super().__init__("One or more validation errors occurred.")
        self.errors = errors


def _type_ok(value: Any, kind: str) -> bool:
    if value is None:
        return True
    if kind == INT:
        if isinstance(value, bool):
            return False
        if isinstance(value, int):
            return True
        if isinstance(value, float):
            return value.is_integer()
        # JsonSerializerDefaults.Web reads numbers from strings.
        return isinstance(value, str) and re.fullmatch(r"\s*-?\d+\s*", value) is not None
    if kind == NUM:
        if isinstance(value, bool):
            return False
        if isinstance(value, (int, float)):
            return True
        try:
            float(value)
        except (TypeError, ValueError):
            return False
        return isinstance(value, str)
    if kind == BOOL:
        return isinstance(value, bool)
    if kind == STR:
        return isinstance(value, str)
    if kind == STRS:
        return isinstance(value, list) and all(isinstance(v, str) for v in value)
    if kind == DATE:
        return isinstance(value, str) and _valid_date_text(value)
    return isinstance(value, (dict, str))


def _valid_date_text(text: str) -> bool:
    match = _DATE_RE.match(text.strip())
    if not match:
        return False
    try:
        dt.date.fromisoformat(match.group(1))
    except ValueError:
        return False
    return True


def check_types(body: dict, types: dict[str, str]) -> None:
    """Raise ProblemDetailsError for values of the wrong JSON type (the model binder's job)."""
    errors = {}
    for name, kind in types.items():
        if name in body and not _type_ok(body[name], kind):
            errors[f"$.{name}"] = [
                f"The JSON value could not be converted to {_NET_TYPES[kind]}. Path: $.{name} "
                "| LineNumber: 0 | BytePositionInLine: 0."
            ]
    if errors:
        errors.setdefault("request", ["The request field is required."])
        raise ProblemDetailsError(errors)


def as_int(value: Any, default: int) -> int:
    """An int from a type-checked INT field."""
    return default if value is None else int(float(value))


class ValidationError(Exception):
    """Error 992: Data maps field names to lists of messages."""

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
    """Decode a JSON object body; malformed JSON raises ProblemDetailsError (as ASP.NET does)."""
    try:
        body = json.loads(raw.decode("utf-8") if raw else "")
    except (ValueError, UnicodeDecodeError):
        raise ProblemDetailsError(
            {
                "$": ["The request body is not valid JSON. Path: $ | LineNumber: 0."],
                "request": ["The request field is required."],
            }
        ) from None
    if not isinstance(body, dict):
        raise ProblemDetailsError(
            {"$": ["The JSON value could not be converted to the request type. Path: $."]}
        )
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
    number = as_int(value, 10)
    if number not in RESOLUTIONS:
        allowed = ", ".join(str(r) for r in RESOLUTIONS)
        problems.add("Resolution", f"Resolution must be one of {allowed}.")
        return 10
    return number


def _epsg(value: Any, problems: Problems, default: int = 4326) -> int:
    if value is None or value == "":
        return default
    code = as_int(value, default)
    if code != AUTO_UTM and not _known_epsg(code):
        problems.add("EpsgProjection", f"'{value}' is not a known EPSG code (or 47000).")
        return default
    return code


def _known_epsg(code: int) -> bool:
    srs = osr.SpatialReference()
    try:
        return srs.ImportFromEPSG(code) == 0
    except RuntimeError:  # OSR with exceptions enabled by the host process
        return False


def parse_model(body: dict, problems: Problems, default: str | None = MODEL) -> str:
    """A model of GET /api/tasking/models (exact spelling)."""
    model = body.get("Model") or default
    if model is None:
        problems.add("Model", "The Model field is required.")
        return MODEL
    if model not in MODELS:
        problems.add("Model", f"Unknown model '{model}' (known: {', '.join(MODELS)}).")
        return MODEL
    return model


def parse_constellations(
    body: dict, model: str, problems: Problems, required: bool = False
) -> tuple[str, ...]:
    """The request's constellations: the model's required ones, plus any of its optional ones."""
    needed, optional = MODELS.get(model, (CONSTELLATIONS, ()))
    value = body.get("SatelliteConstellations")
    if not value:
        if required:
            problems.add(
                "SatelliteConstellations", "The SatelliteConstellations field is required."
            )
        return tuple(needed)
    unknown = [c for c in value if c not in needed + optional]
    missing = [c for c in needed if c not in value]
    for c in unknown:
        problems.add(
            "SatelliteConstellations",
            f"'{c}' is not an input of {model} (see /api/tasking/models).",
        )
    for c in missing:
        problems.add("SatelliteConstellations", f"{model} requires '{c}'.")
    return tuple(c for c in needed + optional if c in value)


@dataclass(frozen=True)
class CompositeRequest:
    """A validated download request (composite, tile or minitile) or estimate."""

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
    allow_partial: bool = False
    upload_url: str | None = None
    level: int = 2
    harmonize: bool = True
    kind: str = "composite"  # or "tile" / "minitile"
    tile_guid: str | None = None

    @property
    def out_data_type(self) -> str:
        # PNG holds no int16: a png request always yields uint8 whatever DataType says.
        return "uint8" if self.file_type == "png" else self.data_type

    def digest(self) -> str:
        """Stable hash of everything that shapes the file (for the download's file name)."""
        parts = [self.geometry.wkb_hex, str(self.date), str(self.resolution), self.file_type]
        parts += [str(self.epsg), self.out_data_type, self.utm_mode, ",".join(self.bands)]
        parts += [self.pixel_mode, str(self.force_pixel_size), self.model, str(self.harmonize)]
        return hashlib.sha256("|".join(parts).encode()).hexdigest()

    @property
    def filename(self) -> str:
        if self.kind != "composite":
            guid = (self.tile_guid or "")[:8]
            return f"clearsky_{self.kind}_{guid}_{self.date}_{self.digest()[:8]}.{self.file_type}"
        return f"clearsky_{self.date}_{self.digest()[:8]}.{self.file_type}"


def _options(body: dict, problems: Problems, geometry, date, default_epsg: int, kind: str):
    file_type = _choice(body, "FileType", FILE_TYPES, "tif", problems)
    bands = parse_bandnames(body.get("Bandnames"), problems)
    if file_type == "png" and len(bands) > PNG_MAX_BANDS:
        problems.add("FileType", f"png holds at most {PNG_MAX_BANDS} bands; use tif.")
    model = parse_model(body, problems)
    level = as_int(body.get("Level"), 2)
    if level not in (1, 2):
        problems.add("Level", "Level must be 1 (TOA) or 2 (BOA).")
    upload = body.get("UploadUrl") or None
    if upload is not None and not upload.lower().startswith(("http://", "https://")):
        problems.add("UploadUrl", "UploadUrl must be an http(s) URL.")
    epsg = _epsg(body.get("EpsgProjection"), problems, default_epsg)
    if epsg == AUTO_UTM and geometry is not None:
        epsg = utm_epsg(geometry.centroid.x, geometry.centroid.y)
    return {
        "geometry": geometry,
        "date": date,
        "resolution": _resolution(body.get("Resolution"), problems),
        "file_type": file_type,
        "epsg": epsg,
        "data_type": _choice(body, "DataType", DATA_TYPES, "int16", problems),
        "utm_mode": _choice(body, "UtmDataSelectionMode", UTM_MODES, "combined_utm", problems),
        "bands": bands,
        "pixel_mode": _choice(body, "PixelSelectionMode", PIXEL_MODES, "intersect", problems),
        "constellations": parse_constellations(body, model, problems),
        "model": model,
        "force_pixel_size": bool(body.get("UtmGridForcePixelResolutionSize", False)),
        "allow_partial": bool(body.get("AllowPartialImage") or False),
        "upload_url": upload,
        "level": level,
        "harmonize": body.get("Harmonize") is not False,
        "kind": kind,
    }


def parse_composite(body: dict, need_date: bool) -> CompositeRequest:
    """Validate a composite / estimate / availability body (992 lists every bad field)."""
    check_types(body, DOWNLOAD_TYPES)
    problems = Problems()
    check_field_case(body, COMPOSITE_FIELDS, problems)
    geometry = parse_geometry(body, problems)
    if geometry is not None:
        lon0, lat0, lon1, lat1 = geometry.bounds
        if lon0 < -180 or lon1 > 180 or lat0 < -90 or lat1 > 90:
            problems.add("Wkt", "Coordinates must be longitude/latitude in EPSG:4326.")
            geometry = None
    date = parse_date(body.get("Date"), "Date", problems, required=need_date)
    options = _options(body, problems, geometry, date, 4326, "composite")
    problems.raise_if_any()
    return CompositeRequest(**options)


def parse_tile_download(body: dict, minitile: bool, resolve) -> CompositeRequest:
    """Validate a process/tile or process/minitile body; resolve(guid, minitile) -> polygon."""
    check_types(body, DOWNLOAD_TYPES)
    problems = Problems()
    check_field_case(body, COMPOSITE_FIELDS, problems)
    field = "MiniTileGuid" if minitile else "TileGuid"
    guid = body.get(field)
    geometry = None
    if not guid:
        problems.add(field, f"The {field} field is required.")
    else:
        geometry = resolve(guid, minitile)
        if geometry is None:
            problems.add(field, f"Unknown {'minitile' if minitile else 'tile'} '{guid}'.")
    date = parse_date(body.get("Date"), "Date", problems)
    options = _options(body, problems, geometry, date, AUTO_UTM, "minitile" if minitile else "tile")
    problems.raise_if_any()
    return CompositeRequest(**options, tile_guid=str(guid).lower())


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


def unit_price(area: float) -> float:
    """Processing units of one charged download: area / 10 km2, rounded up to 0.01, >= 0.01."""
    return max(0.01, math.ceil(round(area / KM2_PER_UNIT * 100, 6)) / 100)


def estimate(request: CompositeRequest, units: float) -> dict:
    """The composite/estimate Data object; `units` = what this request would charge now."""
    area = area_km2(request.geometry)
    n = len(request.bands)
    pixels = area * 1e6 / request.resolution**2
    bytes_per = 1 if request.out_data_type == "uint8" else 2
    megapixel_bands = pixels * n / 1e6
    fast = round(2.0 + megapixel_bands * 0.05, 1)
    return {
        "AreaEstimateKm2": round(area, 3),
        "CreditEstimate": units,
        "ProcessingUnitEstimate": units,
        "FastTimeEstimateSeconds": fast,
        "SlowTimeEstimateSeconds": round(fast * 4, 1),
        "FileSizeEstimateMB": round(pixels * n * bytes_per * DEFLATE_RATIO / 1e6, 2),
    }
