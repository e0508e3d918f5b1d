"""clearsky:timeseries: an index over every date of the downloads, per point or polygon."""

from __future__ import annotations

from functools import partial

from qgis.core import (
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFile,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterString,
)
from qgis.PyQt.QtCore import QDate

from ..core.api.i18n import noop, tr
from ..core.qgs.enums import enum_member
from ..core.raster.catalogue import CATALOGUE
from . import parameters as p
from .base import ClearSkyAlgorithm

INPUT = "INPUT"
FOLDER = "FOLDER"
INDEX = "INDEX"
EXPRESSION = "EXPRESSION"
INPUT_FEATURES = "INPUT_FEATURES"
STATISTIC = "STATISTIC"
OUTPUT = "OUTPUT"
# core.raster.timeseries.STATISTICS, named here so that listing the algorithm at QGIS's
# start does not load numpy and GDAL (a test keeps the two equal).
STATISTICS = ("mean", "median", "min", "max", "count")
COLUMNS = (("feature_id", "int"), ("date", "date"), ("value", "double"), ("pixels", "int"))

POINTS = enum_member(
    "Qgis.ProcessingSourceType.VectorPoint", "QgsProcessing.SourceType.TypeVectorPoint"
)
POINT_GEOMETRY = enum_member("Qgis.GeometryType.Point", "QgsWkbTypes.GeometryType.PointGeometry")
WKT_PREFERRED = enum_member(
    "Qgis.CrsWktVariant.Preferred", "QgsCoordinateReferenceSystem.WktVariant.WKT_PREFERRED"
)
FOLDER_BEHAVIOUR = enum_member(
    "Qgis.ProcessingFileParameterBehavior.Folder", "QgsProcessingParameterFile.Behavior.Folder"
)


class TimeSeriesAlgorithm(ClearSkyAlgorithm):
    NAME = "timeseries"
    DISPLAY = noop("Time series")
    GROUP = noop("Analysis")

    def displayName(self) -> str:
        return tr(self.DISPLAY)

    def group(self) -> str:
        return tr(self.GROUP)

    def shortHelpString(self) -> str:
        return tr(
            "A spectral index over every date of the downloaded files: the pixel under each "
            "point, or a statistic of the pixels whose centre lies inside each polygon (the "
            "rule of QGIS's zonal statistics). Only the pixels needed are read, never whole "
            "files, so a long series of large tiles takes seconds.\n\n"
            "The values are those the 'Spectral index' algorithm writes (reflectance scaled "
            "by the file's own offset and quantification, float32). A date where the pixel "
            "is nodata, or the place is outside every file of that date, has no value (NULL): "
            "a gap. Files of the same date (neighbouring tiles) count as one date.\n\n"
            "Output: a table with one row per feature and date: feature_id, date, value and "
            "pixels (how many pixels the value comes from)."
        )

    def define(self) -> None:
        p.add(
            self,
            QgsProcessingParameterMultipleLayers(
                INPUT, tr("Downloaded files"), p.RASTER, optional=True
            ),
            tr(
                "ClearSKY Vision downloads of any dates (in a model, the OUTPUT_LAYERS of "
                "'Download imagery'). Each file's date comes from the record beside it, "
                "its IMAGE_DATE tag, or a date in its name."
            ),
        )
        p.add(
            self,
            QgsProcessingParameterFile(
                FOLDER, tr("…or a folder of downloads"), FOLDER_BEHAVIOUR, optional=True
            ),
            tr(
                "Every dated download (GeoTIFF) in this folder; index files and files "
                "without a date are passed over. Added to the files above when both are set."
            ),
        )
        p.add(
            self,
            QgsProcessingParameterEnum(
                INDEX, tr("Index"), list(CATALOGUE), defaultValue="NDVI", usesStaticStrings=True
            ),
            tr("The spectral index: {indices}.").format(
                indices="; ".join(f"{i.key} = {i.formula}" for i in CATALOGUE.values())
            ),
        )
        p.add(
            self,
            QgsProcessingParameterString(
                EXPRESSION, tr("Band math (replaces the index when set)"), optional=True
            ),
            tr(
                "Your own formula over band names, e.g. (B8 - B4) / (B8 + B4 + 0.5) or "
                "nd(B8, B5); functions abs, sqrt, log, exp, min, max, nd; ^ is power."
            ),
        )
        p.add(
            self,
            QgsProcessingParameterFeatureSource(
                INPUT_FEATURES, tr("Points or polygons"), [POINTS, p.POLYGONS]
            ),
            tr(
                "A point layer (the index of the pixel under each point) or a polygon "
                "layer (the statistic over each polygon). Any CRS: each place is "
                "transformed to each file's CRS."
            ),
        )
        p.add(
            self,
            QgsProcessingParameterEnum(
                STATISTIC,
                tr("Statistic over a polygon"),
                list(STATISTICS),
                defaultValue="mean",
                usesStaticStrings=True,
            ),
            tr(
                "For polygons: mean, median, min, max or count (of valid pixels) of the "
                "pixels whose centre lies inside. Nodata pixels are left out. Not used "
                "for points."
            ),
        )
        p.add(
            self,
            QgsProcessingParameterFeatureSink(OUTPUT, tr("Time series")),
            tr("A table: feature_id, date, value (NULL for a gap) and pixels."),
        )

    def execute(self, parameters, context, feedback) -> dict:
        from ..core.api.errors import CancelledError

        sources = self._sources(parameters, context, feedback)
        index = self._index(parameters, context)
        features = self.parameterAsSource(parameters, INPUT_FEATURES, context)
        statistic = self.parameterAsEnumString(parameters, STATISTIC, context) or "mean"
        destination, write = p.output_sink(
            self, parameters, context, OUTPUT, COLUMNS, wgs84_polygons=False
        )
        srs = _srs_text(features.sourceCrs())
        points = _is_point_layer(features)
        feedback.pushInfo(
            tr("{index} over {dates} dates ({files} files), {what}").format(
                index=index.label,
                dates=len({s.date for s in sources}),
                files=len(sources),
                what=tr("at each point") if points else statistic,
            )
        )
        total = max(1, features.featureCount())
        for number, feature in enumerate(features.getFeatures()):
            if feedback.isCanceled():
                raise CancelledError()
            share = partial(_progress, feedback, number, total)
            series = self._series(feature, sources, index, srs, statistic, feedback, share)
            for item in series:
                row = [feature.id(), QDate(item.date), item.value, item.pixels]
                write(row)
            feedback.setProgress(100.0 * (number + 1) / total)
        return {OUTPUT: destination}

    def _sources(self, parameters, context, feedback):
        from ..core.api.errors import InputError
        from ..core.raster.timeseries import dated_sources
        from .spectral_index import raster_path

        layers = self.parameterAsLayerList(parameters, INPUT, context)
        folder = self.parameterAsFile(parameters, FOLDER, context)
        sources = dated_sources([raster_path(layer) for layer in layers]) if layers else []
        if folder:
            found = dated_sources(folder)
            if not found:
                feedback.pushWarning(tr("{folder} holds no dated download.").format(folder=folder))
            known = {source.path.resolve() for source in sources}
            sources += [s for s in found if s.path.resolve() not in known]
        if not sources:
            raise InputError(
                tr("No downloaded files: choose them in INPUT or give a FOLDER of downloads.")
            )
        return sorted(sources, key=lambda source: (source.date, str(source.path)))

    def _index(self, parameters, context):
        from ..core.raster.catalogue import custom_index, resolve_index

        expression = (self.parameterAsString(parameters, EXPRESSION, context) or "").strip()
        if expression:
            return custom_index(expression)
        return resolve_index(self.parameterAsEnumString(parameters, INDEX, context) or "NDVI")

    @staticmethod
    def _series(feature, sources, index, srs, statistic, feedback, progress):
        from ..core.raster.timeseries import pixel_series, polygon_series

        geometry = feature.geometry()
        if geometry is None or geometry.isEmpty():
            feedback.pushWarning(
                tr("Feature {id} has no geometry: left out.").format(id=feature.id())
            )
            return []
        if geometry.type() == POINT_GEOMETRY:
            parts = geometry.asMultiPoint() if geometry.isMultipart() else [geometry.asPoint()]
            if len(parts) > 1:
                feedback.pushWarning(
                    tr("Feature {id} has several points: its first one is used.").format(
                        id=feature.id()
                    )
                )
            point = parts[0]
            return pixel_series(
                sources, index, point.x(), point.y(), srs, feedback.isCanceled, progress
            )
        return polygon_series(
            sources, index, geometry.asWkt(), srs, statistic, feedback.isCanceled, progress
        )


def _progress(feedback, number: int, count: int, fraction: float) -> None:
    """Feature ``number`` of ``count`` has ``fraction`` of its dates done."""
    feedback.setProgress(100.0 * (number + fraction) / count)


def _is_point_layer(features) -> bool:
    from qgis.core import QgsWkbTypes

    return QgsWkbTypes.geometryType(features.wkbType()) == POINT_GEOMETRY


def _srs_text(crs) -> str:
    """The layer's CRS as osr reads it: its EPSG code, else its WKT (EPSG:4326 if none)."""
    if not crs.isValid():
        return "EPSG:4326"  # QGIS's own assumption for layers without a CRS
    authid = crs.authid()
    return authid if authid.upper().startswith("EPSG:") else crs.toWkt(WKT_PREFERRED)
