"""clearsky:searchdates: the dates with imagery over an area, as a table and a list."""

from __future__ import annotations

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsProcessingOutputString,
    QgsProcessingParameterFeatureSink,
)
from qgis.PyQt.QtCore import QDate

from . import parameters as p
from .base import ClearSkyAlgorithm

OUTPUT = "OUTPUT"
FIELDS = (
    ("date", "date"),
    ("coverage", "string"),
    ("zones_missing", "int"),
    ("zones_total", "int"),
    ("model", "string"),
    ("constellations", "string"),
)


class SearchDatesAlgorithm(ClearSkyAlgorithm):
    NAME = "searchdates"
    DISPLAY = "Search available dates"
    GROUP = "Imagery"
    HELP = (
        "Lists the dates with cloudless imagery over the area between the start and end dates "
        "(inclusive). Free: no credits are spent.\n\n"
        f"{p.AREA_HELP}\n\n"
        "OUTPUT is a table with one row per date and model: date, coverage (full: every zone "
        "under the area has the date; partial: some zones lack it and their part of a download "
        "would be nodata), zones_missing, zones_total, model and constellations.\n\n"
        "DATES holds the fully covered dates as comma-separated YYYY-MM-DD, ready to feed the "
        "DATES parameter of 'Download imagery' or 'Estimate cost' in a model."
    )

    def define(self) -> None:
        p.add_area(self)
        p.add_date_range(self)
        self.addParameter(QgsProcessingParameterFeatureSink(OUTPUT, "Available dates", p.TABLE))
        self.addOutput(QgsProcessingOutputString(p.DATES, "Fully covered dates"))

    def execute(self, parameters, context, feedback) -> dict:
        from ..core.api.models import Coverage

        aoi = p.area_of_interest(self, parameters, context, feedback)
        start, end = p.date_range(self, parameters, context)
        feedback.pushInfo(f"Searching {start} to {end} over {aoi.area_km2:.2f} km2")
        found = self.client(feedback).search_dates(aoi, start, end)
        fields = QgsFields()
        for name, kind in FIELDS:
            fields.append(QgsField(name, p.field_type(kind)))
        sink, destination = self.parameterAsSink(
            parameters,
            OUTPUT,
            context,
            fields,
            p.NO_GEOMETRY,
            QgsCoordinateReferenceSystem(),
        )
        for number, image_date in enumerate(found, 1):
            if feedback.isCanceled():
                break
            feature = QgsFeature(fields)
            feature.setAttributes(
                [
                    QDate(image_date.date),
                    image_date.coverage.value,
                    image_date.zones_missing,
                    image_date.zones_total,
                    image_date.model,
                    ",".join(image_date.constellations),
                ]
            )
            sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)
            feedback.pushInfo(image_date.label)
            feedback.setProgress(100 * number / len(found))
        full = sorted({d.date for d in found if d.coverage is Coverage.FULL})
        feedback.pushInfo(f"{len(found)} date(s), {len(full)} fully covered")
        return {OUTPUT: destination, p.DATES: ",".join(d.isoformat() for d in full)}
