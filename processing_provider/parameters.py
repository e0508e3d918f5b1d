"""Parameters several algorithms share, and how their values become core objects.

The names are public (models and scripts use them): add new ones, never rename.
"""

from __future__ import annotations

import datetime as dt

from qgis.core import (
    Qgis,
    QgsGeometry,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterCrs,
    QgsProcessingParameterDateTime,
    QgsProcessingParameterEnum,
    QgsProcessingParameterExtent,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFolderDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)
from qgis.PyQt.QtCore import QDate

from ..core.api.errors import InputError
from ..core.qgs.enums import enum_member

AOI = "AOI"
EXTENT = "EXTENT"
START_DATE = "START_DATE"
END_DATE = "END_DATE"
DATES = "DATES"
RESOLUTION = "RESOLUTION"
BANDS = "BANDS"
CRS = "CRS"
PIXEL_SELECTION = "PIXEL_SELECTION"
MAX_CREDITS = "MAX_CREDITS"
OUTPUT_FOLDER = "OUTPUT_FOLDER"
OUTPUT_LAYERS = "OUTPUT_LAYERS"
MODEL = "MODEL"
ALLOW_PARTIAL = "ALLOW_PARTIAL"
RETRY_PAID = "RETRY_PAID"
TILE_GUIDS = "TILE_GUIDS"
MINITILE_GUIDS = "MINITILE_GUIDS"
IMAGE_FREQUENCY = "IMAGE_FREQUENCY"
REFERENCE_DATE = "REFERENCE_DATE"
STORAGE_MONTHS = "STORAGE_MONTHS"
API_REQUESTS = "API_REQUESTS"
MAX_EUR = "MAX_EUR"
ORDER_ID = "ORDER_ID"
STATUS = "STATUS"

# Enums that moved into Qgis in later QGIS versions: the newest spelling that exists.
POLYGONS = enum_member(
    "Qgis.ProcessingSourceType.VectorPolygon", "QgsProcessing.SourceType.TypeVectorPolygon"
)
TABLE = enum_member("Qgis.ProcessingSourceType.Vector", "QgsProcessing.SourceType.TypeVector")
RASTER = enum_member("Qgis.ProcessingSourceType.Raster", "QgsProcessing.SourceType.TypeRaster")
NO_GEOMETRY = enum_member("Qgis.WkbType.NoGeometry", "QgsWkbTypes.Type.NoGeometry")
MULTIPOLYGON = enum_member("Qgis.WkbType.MultiPolygon", "QgsWkbTypes.Type.MultiPolygon")
DATE = enum_member(
    "Qgis.ProcessingDateTimeParameterDataType.Date", "QgsProcessingParameterDateTime.Type.Date"
)
DOUBLE = enum_member(
    "Qgis.ProcessingNumberParameterType.Double", "QgsProcessingParameterNumber.Type.Double"
)
INTEGER = enum_member(
    "Qgis.ProcessingNumberParameterType.Integer", "QgsProcessingParameterNumber.Type.Integer"
)
ADVANCED = enum_member(
    "Qgis.ProcessingParameterFlag.Advanced", "QgsProcessingParameterDefinition.Flag.FlagAdvanced"
)

AREA_HELP = (
    "Area: a polygon layer (AOI; with 'Selected features only' ticked, only those) or an "
    "extent (EXTENT). Give one of the two; the AOI wins when both are set."
)
GUIDS_HELP = (
    "Tile and minitile GUIDs: comma-separated, from 'Search tiles' (its TILE_GUIDS and "
    "MINITILE_GUIDS outputs) or from an order's details."
)
ORDER_AREA_HELP = (
    "Area: a polygon layer (AOI) or an extent (EXTENT), ordered as drawn; or whole tiles "
    "(TILE_GUIDS) and minitiles (MINITILE_GUIDS), which cost 20% and 50% of the polygon price "
    "per km2. Give one of the two kinds; the GUIDs win when both are set."
)
DATES_HELP = (
    "Dates: comma-separated YYYY-MM-DD, e.g. 2024-06-01,2024-06-15; in a model, the DATES "
    "output of 'Search available dates'."
)


def add_area(algorithm) -> None:
    """AOI (polygon features, selection honoured) or EXTENT: one of them is needed."""
    algorithm.addParameter(
        described(
            QgsProcessingParameterFeatureSource(
                AOI,
                "Area of interest (polygon layer)",
                [POLYGONS],
                optional=True,
            ),
            "The union of the layer's polygons (only the selected ones when 'Selected "
            "features only' is ticked).",
        )
    )
    algorithm.addParameter(
        described(
            QgsProcessingParameterExtent(
                EXTENT, "…or an extent (when no AOI layer)", optional=True
            ),
            "Used when no AOI layer is given, e.g. 9.50,9.56,55.60,55.63 [EPSG:4326].",
        )
    )


def area_of_interest(algorithm, parameters, context, feedback):
    """The AOI from the polygon features (their union) or the extent, as a core Aoi.

    Repairs made to it (a self-intersecting polygon) are reported as warnings.
    """
    aoi = _area_of_interest(algorithm, parameters, context)
    for note in aoi.notes:
        feedback.pushWarning(note)
    return aoi


def _area_of_interest(algorithm, parameters, context):
    from ..core.api.geometry import Aoi

    source = algorithm.parameterAsSource(parameters, AOI, context)
    if source is not None:
        geometries = [f.geometry() for f in source.getFeatures() if f.hasGeometry()]
        if not geometries:
            raise InputError(
                "The AOI layer has no polygon to use (no features, or none selected): select "
                "features or untick 'Selected features only'."
            )
        union = QgsGeometry.unaryUnion(geometries)
        return Aoi.from_wkt(union.asWkt(), _crs_text(source.sourceCrs()), "AOI")
    if parameters.get(EXTENT) not in (None, ""):
        extent = algorithm.parameterAsExtent(parameters, EXTENT, context)
        crs = algorithm.parameterAsExtentCrs(parameters, EXTENT, context)
        return Aoi.from_bounds(
            extent.xMinimum(),
            extent.yMinimum(),
            extent.xMaximum(),
            extent.yMaximum(),
            _crs_text(crs),
            "Extent",
        )
    raise InputError(
        "No area chosen: give a polygon layer (AOI) or an extent (EXTENT), e.g. "
        "EXTENT='9.50,9.56,55.60,55.63 [EPSG:4326]'."
    )


def _crs_text(crs) -> str:
    if not crs.isValid():
        return "EPSG:4326"  # QGIS's own assumption for layers without a CRS
    return crs.authid() or crs.toWkt()


def add_date_range(algorithm) -> None:
    """START_DATE and END_DATE (dates; text YYYY-MM-DD works too), the last 30 days by default."""
    today = QDate.currentDate()
    for name, label, default in (
        (START_DATE, "Start date", today.addDays(-30)),
        (END_DATE, "End date", today),
    ):
        algorithm.addParameter(
            QgsProcessingParameterDateTime(name, label, DATE, defaultValue=default)
        )


def date_range(algorithm, parameters, context) -> tuple[dt.date, dt.date]:
    return tuple(  # type: ignore[return-value]
        algorithm.parameterAsDateTime(parameters, name, context).date().toPyDate()
        for name in (START_DATE, END_DATE)
    )


def add_dates(algorithm, optional: bool = False) -> None:
    algorithm.addParameter(
        QgsProcessingParameterString(DATES, "Dates (comma-separated YYYY-MM-DD)", optional=optional)
    )


def dates(algorithm, parameters, context) -> list[dt.date]:
    """The DATES text as sorted, distinct dates."""
    from ..core.api.models import parse_date

    text = algorithm.parameterAsString(parameters, DATES, context) or ""
    found = sorted({parse_date(part) for part in text.replace(";", ",").split(",") if part.strip()})
    if not found:
        raise InputError(
            "No dates given: list them as YYYY-MM-DD separated by commas, or connect the DATES "
            "output of 'Search available dates'."
        )
    return found


def add_request_options(algorithm, optional: bool = False) -> None:
    """RESOLUTION, BANDS and CRS: what each file holds. ``optional`` for parameters added to
    a shipped algorithm, so models saved before stay valid (the defaults apply)."""
    from ..core.api.models import RESOLUTIONS

    algorithm.addParameter(
        QgsProcessingParameterEnum(
            RESOLUTION,
            "Resolution (metres per pixel)",
            [str(r) for r in RESOLUTIONS],
            defaultValue="10",
            usesStaticStrings=True,
            optional=optional,
        )
    )
    algorithm.addParameter(
        QgsProcessingParameterString(
            BANDS,
            "Bands: all, rgb, or a list like B4,B3,B2,[B8_B4]",
            defaultValue="all",
            optional=optional,
        )
    )
    algorithm.addParameter(
        QgsProcessingParameterCrs(CRS, "Output CRS (default: the AOI's UTM zone)", optional=True)
    )


def request_options(algorithm, parameters, context, aoi) -> dict:
    """Keyword arguments for CompositeRequest/TileRequest: resolution, bands and epsg.

    Without a CRS: the AOI's UTM zone, or automatic UTM (47000) when there is no AOI.
    """
    from ..core.api.bands import BandList
    from ..core.api.models import AUTO_UTM_EPSG

    crs = algorithm.parameterAsCrs(parameters, CRS, context)
    if crs.isValid():
        authority, _, code = crs.authid().partition(":")
        if authority.upper() != "EPSG" or not code.isdigit():
            raise InputError(
                f"The output CRS {crs.description() or crs.authid()} has no EPSG code, which "
                "the server needs: choose an EPSG CRS such as a UTM zone."
            )
        epsg = int(code)
    else:
        epsg = aoi.utm_epsg() if aoi is not None else AUTO_UTM_EPSG
    return {
        "resolution": int(algorithm.parameterAsEnumString(parameters, RESOLUTION, context) or 10),
        "bands": BandList.parse(algorithm.parameterAsString(parameters, BANDS, context) or "all"),
        "epsg": epsg,
    }


def add_max_credits(algorithm, what: str) -> None:
    """MAX_CREDITS: the most processing units to spend (the 2024 name of PU is kept)."""
    algorithm.addParameter(
        described(
            QgsProcessingParameterNumber(
                MAX_CREDITS,
                f"Refuse if {what} would cost more processing units than",
                DOUBLE,
                optional=True,
                minValue=0,
            ),
            "Processing units (formerly credits): nothing is bought when the estimate is "
            "above this. Empty: no maximum.",
        )
    )


def max_credits(algorithm, parameters, context) -> float | None:
    # An unset optional number reads as 0.0: look at the raw value to tell "no limit".
    if parameters.get(MAX_CREDITS) in (None, ""):
        return None
    return algorithm.parameterAsDouble(parameters, MAX_CREDITS, context)


def add_output_folder(algorithm, label: str = "Output folder") -> None:
    algorithm.addParameter(QgsProcessingParameterFolderDestination(OUTPUT_FOLDER, label))


def output_folder(algorithm, parameters, context):
    """The OUTPUT_FOLDER path, created when missing (a temporary folder when unset)."""
    from pathlib import Path

    # parameterAsFileOutput also turns TEMPORARY_OUTPUT into a fresh temporary path.
    folder = Path(algorithm.parameterAsFileOutput(parameters, OUTPUT_FOLDER, context))
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise InputError(
            f"The output folder {folder} cannot be created ({exc.strerror}): choose another."
        ) from None
    return folder


def output_sink(algorithm, parameters, context, name: str, columns, wgs84_polygons: bool):
    """(sink, destination, fields) of the feature sink ``name`` with ``columns`` (name, kind):
    multipolygons in EPSG:4326, or a table without geometry."""
    from qgis.core import QgsCoordinateReferenceSystem, QgsField, QgsFields

    fields = QgsFields()
    for column, kind in columns:
        fields.append(QgsField(column, field_type(kind)))
    geometry = MULTIPOLYGON if wgs84_polygons else NO_GEOMETRY
    crs = QgsCoordinateReferenceSystem("EPSG:4326" if wgs84_polygons else "")
    sink, destination = algorithm.parameterAsSink(parameters, name, context, fields, geometry, crs)
    return sink, destination, fields


def field_type(kind: str):
    """A field type for QgsField: QMetaType from QGIS 3.38 on (Qt6-ready), QVariant before."""
    if Qgis.QGIS_VERSION_INT >= 33800:
        from qgis.PyQt.QtCore import QMetaType

        names = {"string": "QString", "date": "QDate"}
        return getattr(QMetaType.Type, names.get(kind, kind.title()))
    from qgis.PyQt.QtCore import QVariant

    return getattr(QVariant, kind.title())


def described(definition, help_text: str = "", advanced: bool = False):
    """``definition`` with its help (QGIS 3.16+ shows it as a tooltip) and the advanced flag."""
    if help_text and hasattr(definition, "setHelp"):
        definition.setHelp(help_text)
    if advanced:
        definition.setFlags(definition.flags() | ADVANCED)
    return definition


def add_model(algorithm, help_text: str = "", advanced: bool = False) -> None:
    """MODEL: a processing model name from 'List models' (empty: Stratus2)."""
    algorithm.addParameter(
        described(
            QgsProcessingParameterString(
                MODEL, "Model (empty: Stratus2)", defaultValue="", optional=True
            ),
            help_text
            or "The ClearSKY model, as 'List models' names it (Stratus2, Stratus2Fast, ...); "
            "its required satellite constellations are looked up on the server.",
            advanced,
        )
    )


def model_choice(algorithm, parameters, context, client) -> dict:
    """``model`` and ``constellations`` keyword arguments for the chosen MODEL.

    Empty: Stratus2. The constellations are the model's required ones from the server.
    """
    from ..core.api.models import CONSTELLATIONS, DEFAULT_MODEL

    name = (algorithm.parameterAsString(parameters, MODEL, context) or "").strip()
    models = client.models()
    wanted = name or DEFAULT_MODEL
    for model in models:
        if model.name.lower() == wanted.lower():
            return {"model": model.name, "constellations": tuple(model.constellations)}
    if not name:  # a server that lists no Stratus2: its documented inputs
        return {"model": DEFAULT_MODEL, "constellations": CONSTELLATIONS}
    known = ", ".join(model.name for model in models) or "none"
    raise InputError(f"Unknown model '{name}': the server offers {known}.")


def add_allow_partial(algorithm) -> None:
    algorithm.addParameter(
        described(
            QgsProcessingParameterBoolean(
                ALLOW_PARTIAL,
                "Accept partial images (nodata where a zone lacks the date)",
                False,
                optional=True,  # added to shipped algorithms: saved models stay valid
            ),
            "Off (the default): a date some zone under the area lacks is refused. On: the "
            "file holds what exists and nodata elsewhere.",
            advanced=True,
        )
    )


RETRY_PAID_HELP = (
    "Off (the default): a download is repeated automatically only when the server certainly "
    "did not act on it (no connection made, 429 or 1003: too many requests). After any "
    "other failure (a 5xx answer, a broken connection or body, a timeout) the server may "
    "have charged it, so the date is reported as failed with what downloading it again "
    "costs. On: such a date is downloaded once more at once; that repeat may cost the "
    "date's processing units (its estimate) a second time."
)


def add_retry_paid(algorithm) -> None:
    """RETRY_PAID: repeat a paid download once after a failure that may have been charged."""
    algorithm.addParameter(
        described(
            QgsProcessingParameterBoolean(
                RETRY_PAID,
                "Repeat a download that may have been charged (may cost it twice)",
                False,
                optional=True,  # added to shipped algorithms: saved models stay valid
            ),
            RETRY_PAID_HELP,
            advanced=True,
        )
    )


def retry_paid(algorithm, parameters, context) -> bool:
    return bool(algorithm.parameterAsBoolean(parameters, RETRY_PAID, context))


def add_guids(algorithm, advanced: bool = False) -> None:
    """TILE_GUIDS and MINITILE_GUIDS (comma-separated text)."""
    for name, label in ((TILE_GUIDS, "Tile GUIDs"), (MINITILE_GUIDS, "Minitile GUIDs")):
        algorithm.addParameter(
            described(
                QgsProcessingParameterString(
                    name, f"{label} (comma-separated)", defaultValue="", optional=True
                ),
                GUIDS_HELP,
                advanced,
            )
        )


def guids(algorithm, parameters, context, name: str) -> tuple[str, ...]:
    """The distinct GUIDs in a comma-separated parameter, in the given order."""
    text = algorithm.parameterAsString(parameters, name, context) or ""
    found = [part.strip() for part in text.replace(";", ",").split(",") if part.strip()]
    return tuple(dict.fromkeys(found))


def optional_date(algorithm, parameters, context, name: str) -> dt.date | None:
    """A date parameter, None when it is left empty."""
    if parameters.get(name) in (None, ""):
        return None
    value = algorithm.parameterAsDateTime(parameters, name, context)
    if not value.isValid():
        from ..core.api.models import parse_date

        return parse_date(algorithm.parameterAsString(parameters, name, context), name)
    return value.date().toPyDate()


def add_order_settings(algorithm) -> None:
    """AOI/EXTENT or GUIDs, MODEL, the period and the order's options."""
    add_area(algorithm)
    add_guids(algorithm)
    add_model(algorithm)
    first = QDate(QDate.currentDate().year(), QDate.currentDate().month(), 1)
    algorithm.addParameter(
        described(
            QgsProcessingParameterDateTime(START_DATE, "First month", DATE, defaultValue=first),
            "The order starts on the first day of this date's month.",
        )
    )
    algorithm.addParameter(
        described(
            QgsProcessingParameterDateTime(
                END_DATE, "Last date (empty: recurring, renewed monthly)", DATE, optional=True
            ),
            "Empty: a recurring order, renewed (and charged) every month until cancelled.",
        )
    )
    algorithm.addParameter(
        described(
            QgsProcessingParameterNumber(
                IMAGE_FREQUENCY,
                "Days between images (1 daily .. 7 weekly)",
                INTEGER,
                1,
                minValue=1,
                maxValue=7,
            ),
            "An image every N days, counted from the reference date.",
        )
    )
    settings = (
        (REFERENCE_DATE, "Reference date of the image cadence (empty: the first month)", None),
        (STORAGE_MONTHS, "Storage months", 1),
        (API_REQUESTS, "Downloads included per date (API requests)", 1),
    )
    for name, label, default in settings:
        if name == REFERENCE_DATE:
            definition = QgsProcessingParameterDateTime(name, label, DATE, optional=True)
            text = "Image dates fall every N days from this date; keep it the same across orders."
        else:
            definition = QgsProcessingParameterNumber(name, label, INTEGER, default, minValue=1)
            text = (
                "How long the data stay downloadable beyond the included window."
                if name == STORAGE_MONTHS
                else "How many downloads per area and month the order includes."
            )
        algorithm.addParameter(described(definition, text, advanced=True))


def order_request(algorithm, parameters, context, feedback, client):
    """The OrderRequest the order parameters describe."""
    from ..core.api.models import OrderRequest

    tiles = guids(algorithm, parameters, context, TILE_GUIDS)
    minitiles = guids(algorithm, parameters, context, MINITILE_GUIDS)
    aoi = None if tiles or minitiles else area_of_interest(algorithm, parameters, context, feedback)
    return OrderRequest(
        start=optional_date(algorithm, parameters, context, START_DATE) or dt.date.today(),
        end=optional_date(algorithm, parameters, context, END_DATE),
        image_frequency=algorithm.parameterAsInt(parameters, IMAGE_FREQUENCY, context),
        reference_date=optional_date(algorithm, parameters, context, REFERENCE_DATE),
        storage_months=algorithm.parameterAsInt(parameters, STORAGE_MONTHS, context),
        api_requests=algorithm.parameterAsInt(parameters, API_REQUESTS, context),
        aoi=aoi,
        tile_guids=tiles,
        minitile_guids=minitiles,
        **model_choice(algorithm, parameters, context, client),
    )


def number_text(value, unit: str = "") -> str:
    """A number for the log; 'not reported' when the server did not say."""
    if value is None:
        return "not reported"
    return f"{value:g}{unit}"
