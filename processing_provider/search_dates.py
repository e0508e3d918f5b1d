"""clearsky:searchdates: the dates with imagery over an area, as a table and a list."""

from __future__ import annotations

from qgis.core import (
    QgsProcessingOutputString,
    QgsProcessingParameterFeatureSink,
)
from qgis.PyQt.QtCore import QDate

from ..core.api.i18n import noop, tr
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
    DISPLAY = noop("Search available dates")
    GROUP = noop("Imagery")
    HELP = (
        noop(
            "Lists the dates your orders give you over the area between the start and end "
            "dates (inclusive). Free. Only ordered areas have dates: an area outside your "
            "orders gets none (order it with 'Place order', or in the dock's Orders section)."
        ),
        p.AREA_HELP,
        noop(
            "OUTPUT is a table with one row per date and model: date, coverage (full: every "
            "zone under the area has the date; partial: some zones lack it and their part of a "
            "download would be nodata), zones_missing, zones_total, model and constellations."
        ),
        noop(
            "DATES holds the fully covered dates as comma-separated YYYY-MM-DD, ready to feed "
            "the DATES parameter of 'Download imagery' or 'Estimate cost' in a model."
        ),
        noop("MODEL (advanced, optional): only the dates of this model's orders."),
    )

    def define(self) -> None:
        p.add_area(self)
        p.add_date_range(self)
        p.add_model(self, tr("Only dates of orders for this model (empty: every model)."))
        p.add(
            self,
            QgsProcessingParameterFeatureSink(OUTPUT, tr("Available dates"), p.TABLE),
            tr(
                "A table with one row per date and model: date, coverage, zones_missing, "
                "zones_total, model, constellations."
            ),
        )
        self.addOutput(QgsProcessingOutputString(p.DATES, tr("Fully covered dates")))

    def execute(self, parameters, context, feedback) -> dict:
        from ..core.api.models import Coverage

        aoi = p.area_of_interest(self, parameters, context, feedback)
        start, end = p.date_range(self, parameters, context)
        feedback.pushInfo(
            tr("Searching {start} to {end} over {area:.2f} km2").format(
                start=start, end=end, area=aoi.area_km2
            )
        )
        model = (self.parameterAsString(parameters, p.MODEL, context) or "").strip() or None
        found = self.client(feedback).search_dates(aoi, start, end, model=model)
        destination, write = p.output_sink(
            self, parameters, context, OUTPUT, FIELDS, wgs84_polygons=False
        )
        for image_date in p.each(found, feedback):
            write(
                [
                    QDate(image_date.date),
                    image_date.coverage.value,
                    zones_missing(image_date),
                    image_date.zones_total,
                    image_date.model,
                    ",".join(image_date.constellations or ()),
                ],
            )
            feedback.pushInfo(f"{image_date.date} {image_date.coverage.value} {image_date.model}")
        full = sorted({d.date for d in found if d.coverage is Coverage.FULL})
        feedback.pushInfo(
            tr("{count} date(s), {full} fully covered").format(count=len(found), full=len(full))
        )
        return {OUTPUT: destination, p.DATES: ",".join(d.isoformat() for d in full)}


def zones_missing(image_date) -> int | None:
    """Zones under the area without this date (None when the server did not say)."""
    if image_date.zones_total is None or image_date.zones_with_date is None:
        return None
    return image_date.zones_total - image_date.zones_with_date
