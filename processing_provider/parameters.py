"""Parameters several algorithms share, and how their values become core objects.

The names are public (models and scripts use them): add new ones, never rename.
"""

from __future__ import annotations

import datetime as dt

from qgis.core import (
    Qgis,
    QgsGeometry,
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

# Enums that moved into Qgis in later QGIS versions: the newest spelling that exists.
POLYGONS = enum_member(
    "Qgis.ProcessingSourceType.VectorPolygon", "QgsProcessing.SourceType.TypeVectorPolygon"
)
TABLE = enum_member("Qgis.ProcessingSourceType.Vector", "QgsProcessing.SourceType.TypeVector")
RASTER = enum_member("Qgis.ProcessingSourceType.Raster", "QgsProcessing.SourceType.TypeRaster")
NO_GEOMETRY = enum_member("Qgis.WkbType.NoGeometry", "QgsWkbTypes.Type.NoGeometry")
DATE = enum_member(
    "Qgis.ProcessingDateTimeParameterDataType.Date", "QgsProcessingParameterDateTime.Type.Date"
)
DOUBLE = enum_member(
    "Qgis.ProcessingNumberParameterType.Double", "QgsProcessingParameterNumber.Type.Double"
)

AREA_HELP = (
    "Area: a polygon layer (AOI; with 'Selected features only' ticked, only those) or an "
    "extent (EXTENT). Give one of the two; the AOI wins when both are set."
)
DATES_HELP = (
    "Dates: comma-separated YYYY-MM-DD, e.g. 2024-06-01,2024-06-15; in a model, the DATES "
    "output of 'Search available dates'."
)


def add_area(algorithm) -> None:
    """AOI (polygon features, selection honoured) or EXTENT: one of them is needed."""
    algorithm.addParameter(
        QgsProcessingParameterFeatureSource(
            AOI,
            "Area of interest (polygon layer)",
            [POLYGONS],
            optional=True,
        )
    )
    algorithm.addParameter(
        QgsProcessingParameterExtent(EXTENT, "…or an extent (when no AOI layer)", optional=True)
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


def add_dates(algorithm) -> None:
    algorithm.addParameter(
        QgsProcessingParameterString(DATES, "Dates (comma-separated YYYY-MM-DD)")
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


def add_request_options(algorithm) -> None:
    """RESOLUTION, BANDS and CRS: what each composite file holds."""
    from ..core.api.models import RESOLUTIONS

    algorithm.addParameter(
        QgsProcessingParameterEnum(
            RESOLUTION,
            "Resolution (metres per pixel)",
            [str(r) for r in RESOLUTIONS],
            defaultValue="10",
            usesStaticStrings=True,
        )
    )
    algorithm.addParameter(
        QgsProcessingParameterString(
            BANDS, "Bands: all, rgb, or a list like B4,B3,B2,[B8_B4]", defaultValue="all"
        )
    )
    algorithm.addParameter(
        QgsProcessingParameterCrs(CRS, "Output CRS (default: the AOI's UTM zone)", optional=True)
    )


def request_options(algorithm, parameters, context, aoi) -> dict:
    """Keyword arguments for CompositeRequest: resolution, bands and epsg."""
    from ..core.api.bands import BandList

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
        epsg = aoi.utm_epsg()
    return {
        "resolution": int(algorithm.parameterAsEnumString(parameters, RESOLUTION, context)),
        "bands": BandList.parse(algorithm.parameterAsString(parameters, BANDS, context)),
        "epsg": epsg,
    }


def add_max_credits(algorithm, what: str) -> None:
    algorithm.addParameter(
        QgsProcessingParameterNumber(
            MAX_CREDITS,
            f"Refuse if {what} would cost more credits than",
            DOUBLE,
            optional=True,
            minValue=0,
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


def field_type(kind: str):
    """A field type for QgsField: QMetaType from QGIS 3.38 on (Qt6-ready), QVariant before."""
    if Qgis.QGIS_VERSION_INT >= 33800:
        from qgis.PyQt.QtCore import QMetaType

        return getattr(QMetaType.Type, {"string": "QString", "int": "Int", "date": "QDate"}[kind])
    from qgis.PyQt.QtCore import QVariant

    return getattr(QVariant, {"string": "String", "int": "Int", "date": "Date"}[kind])
