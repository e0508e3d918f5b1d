"""Parameters several algorithms share, and how their values become core objects.

The names are public (models and scripts use them): add new ones, never rename. Every
parameter gets a translated label and its own help; rarely used ones are marked advanced.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

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
from ..core.api.i18n import noop, tr
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

# Help paragraphs several algorithms share: marked here, translated where they are shown
# (``help_string``), so they follow the language QGIS runs in, not the one it started in.
AREA_HELP = noop(
    "Area: a polygon layer (AOI; with 'Selected features only' ticked, only those) or an "
    "extent (EXTENT). Give one of the two; the AOI wins when both are set."
)
GUIDS_HELP = noop(
    "Tile and minitile GUIDs: comma-separated, from 'Search tiles' (its TILE_GUIDS and "
    "MINITILE_GUIDS outputs) or from an order's details."
)
ORDER_AREA_HELP = noop(
    "Area: a polygon layer (AOI) or an extent (EXTENT), ordered as drawn; or whole tiles "
    "(TILE_GUIDS) and minitiles (MINITILE_GUIDS), which cost 20% and 50% of the polygon price "
    "per km2. Give one of the two kinds; the GUIDs win when both are set."
)
DATES_HELP = noop(
    "Dates: comma-separated YYYY-MM-DD, e.g. 2024-06-01,2024-06-15; in a model, the DATES "
    "output of 'Search available dates'."
)
RETRY_PAID_HELP = noop(
    "Off (the default): a download is repeated automatically only when the server certainly "
    "did not act on it (no connection made, 429 or 1003: too many requests). After any "
    "other failure (a 5xx answer, a broken connection or body, a timeout) the server may "
    "have charged it, so the date is reported as failed with what downloading it again "
    "costs. On: such a date is downloaded once more at once; that repeat may cost the "
    "date's processing units (its estimate) a second time."
)


def help_string(paragraphs: str | Sequence[str]) -> str:
    """An algorithm's help from its noop-marked paragraphs (one text or several), translated
    now and separated by blank lines."""
    parts = (paragraphs,) if isinstance(paragraphs, str) else paragraphs
    return "\n\n".join(tr(part) for part in parts)


def described(definition, help_text: str, advanced: bool = False):
    """``definition`` with its own help (translated; QGIS 3.16+ shows it as the parameter's
    tooltip) and, for rarely used parameters, the advanced flag."""
    if help_text and hasattr(definition, "setHelp"):
        definition.setHelp(help_text)
    if advanced:
        definition.setFlags(definition.flags() | ADVANCED)
    return definition


def add(algorithm, definition, help_text: str, advanced: bool = False) -> None:
    """Add ``definition`` to ``algorithm``, described (see ``described``)."""
    algorithm.addParameter(described(definition, help_text, advanced))


def add_area(algorithm) -> None:
    """AOI (polygon features, selection honoured) or EXTENT: one of them is needed."""
    add(
        algorithm,
        QgsProcessingParameterFeatureSource(
            AOI,
            tr("Area of interest (polygon layer)"),
            [POLYGONS],
            optional=True,
        ),
        tr(
            "The union of the layer's polygons (only the selected ones when 'Selected "
            "features only' is ticked)."
        ),
    )
    add(
        algorithm,
        QgsProcessingParameterExtent(
            EXTENT, tr("…or an extent (when no AOI layer)"), optional=True
        ),
        tr("Used when no AOI layer is given, e.g. 9.50,9.56,55.60,55.63 [EPSG:4326]."),
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
                tr(
                    "The AOI layer has no polygon to use (no features, or none selected): "
                    "select features or untick 'Selected features only'."
                )
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
            tr("Extent"),
        )
    raise InputError(
        tr(
            "No area chosen: give a polygon layer (AOI) or an extent (EXTENT), e.g. "
            "EXTENT='9.50,9.56,55.60,55.63 [EPSG:4326]'."
        )
    )


def _crs_text(crs) -> str:
    if not crs.isValid():
        return "EPSG:4326"  # QGIS's own assumption for layers without a CRS
    return crs.authid() or crs.toWkt()


def add_date_range(algorithm, start_help: str = "", end_help: str = "") -> None:
    """START_DATE and END_DATE (dates; text YYYY-MM-DD works too), the last 30 days by default.

    ``start_help``/``end_help`` (translated) say what the range is for, when not a search.
    """
    today = QDate.currentDate()
    for name, label, default, text in (
        (
            START_DATE,
            tr("Start date"),
            today.addDays(-30),
            start_help or tr("The first day searched (inclusive); 30 days ago by default."),
        ),
        (
            END_DATE,
            tr("End date"),
            today,
            end_help or tr("The last day searched (inclusive); today by default."),
        ),
    ):
        add(
            algorithm, QgsProcessingParameterDateTime(name, label, DATE, defaultValue=default), text
        )


def date_range(algorithm, parameters, context) -> tuple[dt.date, dt.date]:
    return tuple(  # type: ignore[return-value]
        algorithm.parameterAsDateTime(parameters, name, context).date().toPyDate()
        for name in (START_DATE, END_DATE)
    )


def add_dates(algorithm, optional: bool = False, help_text: str = "") -> None:
    """DATES: comma-separated YYYY-MM-DD (``help_text``, translated, when it is not DATES_HELP)."""
    add(
        algorithm,
        QgsProcessingParameterString(
            DATES, tr("Dates (comma-separated YYYY-MM-DD)"), optional=optional
        ),
        help_text or tr(DATES_HELP),
    )


def dates(algorithm, parameters, context) -> list[dt.date]:
    """The DATES text as sorted, distinct dates."""
    from ..core.api.models import parse_date

    text = algorithm.parameterAsString(parameters, DATES, context) or ""
    found = sorted({parse_date(part) for part in text.replace(";", ",").split(",") if part.strip()})
    if not found:
        raise InputError(
            tr(
                "No dates given: list them as YYYY-MM-DD separated by commas, or connect the "
                "DATES output of 'Search available dates'."
            )
        )
    return found


def add_request_options(algorithm, optional: bool = False) -> None:
    """RESOLUTION, BANDS and CRS: what each file holds. ``optional`` for parameters added to
    a shipped algorithm, so models saved before stay valid (the defaults apply)."""
    from ..core.api.models import RESOLUTIONS

    add(
        algorithm,
        QgsProcessingParameterEnum(
            RESOLUTION,
            tr("Resolution (metres per pixel)"),
            [str(r) for r in RESOLUTIONS],
            defaultValue="10",
            usesStaticStrings=True,
            optional=optional,
        ),
        tr("Metres per pixel: 10 is the native resolution; coarser pixels make smaller files."),
    )
    add(
        algorithm,
        QgsProcessingParameterString(
            BANDS,
            tr("Bands: all, rgb, or a list like B4,B3,B2,[B8_B4]"),
            defaultValue="all",
            optional=optional,
        ),
        tr(
            "all (the 10 bands), rgb (B2, B3, B4), or a comma-separated list of bands "
            "(B2 ... B12, B8A) and ratios the server computes, such as [B8_B4] (NDVI)."
        ),
    )
    add(
        algorithm,
        QgsProcessingParameterCrs(
            CRS, tr("Output CRS (default: the AOI's UTM zone)"), optional=True
        ),
        tr(
            "An EPSG CRS for the files. Empty: the UTM zone of the area, or the server's "
            "automatic UTM (EPSG 47000) when there is no area."
        ),
        advanced=True,
    )


def add_pixel_selection(algorithm) -> None:
    """PIXEL_SELECTION: which pixels at the area's edge a composite keeps."""
    from ..core.api.models import PixelSelection

    add(
        algorithm,
        QgsProcessingParameterEnum(
            PIXEL_SELECTION,
            tr("Pixel selection"),
            [mode.value for mode in PixelSelection],
            defaultValue=PixelSelection.INTERSECT.value,
            usesStaticStrings=True,
        ),
        tr(
            "intersect (the default): every pixel touching the area; contained: only the "
            "pixels lying fully inside it."
        ),
        advanced=True,
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
                tr(
                    "The output CRS {crs} has no EPSG code, which the server needs: choose an "
                    "EPSG CRS such as a UTM zone."
                ).format(crs=crs.description() or crs.authid())
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
    """MAX_CREDITS: the most processing units to spend (the 2024 name of PU is kept);
    ``what`` (noop-marked, e.g. "the download") names what is bought."""
    add(
        algorithm,
        QgsProcessingParameterNumber(
            MAX_CREDITS,
            tr("Refuse if {what} would cost more processing units than").format(what=tr(what)),
            DOUBLE,
            optional=True,
            minValue=0,
        ),
        tr(
            "Processing units (formerly credits): nothing is bought when the estimate is "
            "above this. Empty: no maximum."
        ),
        advanced=True,
    )


def max_credits(algorithm, parameters, context) -> float | None:
    # An unset optional number reads as 0.0: look at the raw value to tell "no limit".
    if parameters.get(MAX_CREDITS) in (None, ""):
        return None
    return algorithm.parameterAsDouble(parameters, MAX_CREDITS, context)


def add_output_folder(algorithm, help_text: str = "") -> None:
    """OUTPUT_FOLDER; ``help_text`` (translated) when the folder is not for downloads."""
    add(
        algorithm,
        QgsProcessingParameterFolderDestination(OUTPUT_FOLDER, tr("Output folder")),
        help_text
        or tr(
            "Where the files go (created when missing). A file already downloaded there "
            "with the same settings is reused for free."
        ),
    )


def output_folder(algorithm, parameters, context):
    """The OUTPUT_FOLDER path, created when missing (a temporary folder when unset)."""
    from pathlib import Path

    # parameterAsFileOutput also turns TEMPORARY_OUTPUT into a fresh temporary path.
    folder = Path(algorithm.parameterAsFileOutput(parameters, OUTPUT_FOLDER, context))
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise InputError(
            tr("The output folder {folder} cannot be created ({reason}): choose another.").format(
                folder=folder, reason=exc.strerror
            )
        ) from None
    return folder


def output_sink(algorithm, parameters, context, name: str, columns, wgs84_polygons: bool):
    """(destination, write) of the feature sink ``name`` with ``columns`` (name, kind):
    multipolygons in EPSG:4326, or a table without geometry; ``write(attributes, geometry=None)``
    adds one feature."""
    from qgis.core import (
        QgsCoordinateReferenceSystem,
        QgsFeature,
        QgsFeatureSink,
        QgsField,
        QgsFields,
    )

    fields = QgsFields()
    for column, kind in columns:
        fields.append(QgsField(column, field_type(kind)))
    geometry = MULTIPOLYGON if wgs84_polygons else NO_GEOMETRY
    crs = QgsCoordinateReferenceSystem("EPSG:4326" if wgs84_polygons else "")
    sink, destination = algorithm.parameterAsSink(parameters, name, context, fields, geometry, crs)

    def write(attributes: list, geometry=None) -> None:
        feature = QgsFeature(fields)
        if geometry is not None:
            feature.setGeometry(geometry)
        feature.setAttributes(attributes)
        sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)

    return destination, write


def each(items: Sequence, feedback):
    """``items`` one by one until the user cancels, the progress bar following."""
    for number, item in enumerate(items, 1):
        if feedback.isCanceled():
            return
        yield item
        feedback.setProgress(100 * number / len(items))


def field_type(kind: str):
    """A field type for QgsField: QMetaType from QGIS 3.38 on (Qt6-ready), QVariant before."""
    if Qgis.QGIS_VERSION_INT >= 33800:
        from qgis.PyQt.QtCore import QMetaType

        names = {"string": "QString", "date": "QDate"}
        return getattr(QMetaType.Type, names.get(kind, kind.title()))
    from qgis.PyQt.QtCore import QVariant

    return getattr(QVariant, kind.title())


def add_model(algorithm, help_text: str = "", advanced: bool = True) -> None:
    """MODEL: a processing model name from 'List models' (empty: Stratus2).

    Advanced unless ``advanced`` is false (orders: there the model is what is bought).
    """
    add(
        algorithm,
        QgsProcessingParameterString(
            MODEL, tr("Model (empty: Stratus2)"), defaultValue="", optional=True
        ),
        help_text
        or tr(
            "The ClearSKY model, as 'List models' names it (Stratus2, Stratus2Fast, ...); "
            "its required satellite constellations are looked up on the server."
        ),
        advanced,
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
    known = ", ".join(model.name for model in models) or tr("none")
    raise InputError(
        tr("Unknown model '{model}': the server offers {known}.").format(model=name, known=known)
    )


def add_allow_partial(algorithm) -> None:
    add(
        algorithm,
        QgsProcessingParameterBoolean(
            ALLOW_PARTIAL,
            tr("Accept partial images (nodata where a zone lacks the date)"),
            False,
            optional=True,  # added to shipped algorithms: saved models stay valid
        ),
        tr(
            "Off (the default): a date some zone under the area lacks is refused. On: the "
            "file holds what exists and nodata elsewhere."
        ),
        advanced=True,
    )


def add_retry_paid(algorithm) -> None:
    """RETRY_PAID: repeat a paid download once after a failure that may have been charged."""
    add(
        algorithm,
        QgsProcessingParameterBoolean(
            RETRY_PAID,
            tr("Repeat a download that may have been charged (may cost it twice)"),
            False,
            optional=True,  # added to shipped algorithms: saved models stay valid
        ),
        tr(RETRY_PAID_HELP),
        advanced=True,
    )


def retry_paid(algorithm, parameters, context) -> bool:
    return bool(algorithm.parameterAsBoolean(parameters, RETRY_PAID, context))


def add_guids(algorithm, advanced: bool = False) -> None:
    """TILE_GUIDS and MINITILE_GUIDS (comma-separated text)."""
    for name, label, text in (
        (
            TILE_GUIDS,
            tr("Tile GUIDs (comma-separated)"),
            tr(
                "Tiles (5120 x 5120 px, about 51 km square) by GUID: the TILE_GUIDS output of "
                "'Search tiles', or an order's details."
            ),
        ),
        (
            MINITILE_GUIDS,
            tr("Minitile GUIDs (comma-separated)"),
            tr(
                "Minitiles (320 x 320 px, about 3.2 km square) by GUID: the MINITILE_GUIDS "
                "output of 'Search tiles' (with MINITILES ticked), or an order's details."
            ),
        ),
    ):
        add(
            algorithm,
            QgsProcessingParameterString(name, label, defaultValue="", optional=True),
            text,
            advanced,
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
    add_model(
        algorithm,
        tr(
            "The model to order, as 'List models' names it (empty: Stratus2); its required "
            "satellite constellations are ordered with it."
        ),
        advanced=False,
    )
    first = QDate(QDate.currentDate().year(), QDate.currentDate().month(), 1)
    add(
        algorithm,
        QgsProcessingParameterDateTime(START_DATE, tr("First month"), DATE, defaultValue=first),
        tr("The order starts on the first day of this date's month."),
    )
    add(
        algorithm,
        QgsProcessingParameterDateTime(
            END_DATE, tr("Last date (empty: recurring, renewed monthly)"), DATE, optional=True
        ),
        tr("Empty: a recurring order, renewed (and charged) every month until cancelled."),
    )
    add(
        algorithm,
        QgsProcessingParameterNumber(
            IMAGE_FREQUENCY,
            tr("Days between images (1 daily .. 7 weekly)"),
            INTEGER,
            1,
            minValue=1,
            maxValue=7,
        ),
        tr("An image every N days, counted from the reference date."),
    )
    add(
        algorithm,
        QgsProcessingParameterDateTime(
            REFERENCE_DATE,
            tr("Reference date of the image cadence (empty: the first month)"),
            DATE,
            optional=True,
        ),
        tr("Image dates fall every N days from this date; keep it the same across orders."),
        advanced=True,
    )
    for name, label, text in (
        (
            STORAGE_MONTHS,
            tr("Storage months"),
            tr("How long the data stay downloadable beyond the included window."),
        ),
        (
            API_REQUESTS,
            tr("Downloads included per date (API requests)"),
            tr("How many downloads per area and month the order includes."),
        ),
    ):
        definition = QgsProcessingParameterNumber(name, label, INTEGER, 1, minValue=1)
        add(algorithm, definition, text, advanced=True)


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
        return tr("not reported")
    return f"{value:g}{unit}"
