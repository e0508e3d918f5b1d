"""clearsky:estimate: readiness and processing units of downloading some dates, before paying."""

from __future__ import annotations

import dataclasses

from qgis.core import QgsProcessingOutputNumber, QgsProcessingOutputString

from ..core.api.i18n import noop, tr
from . import parameters as p
from .base import ClearSkyAlgorithm

# CREDITS* are the 2024 names of processing units (PU): kept, models read them.
OUTPUTS = {
    "AREA_KM2": noop("Area (km2)"),
    "CREDITS": noop("Processing units for all dates"),
    "CREDITS_PER_DATE": noop("Processing units per date (mean)"),
    "CREDITS_LEFT": noop("Processing units left afterwards"),
}
UNITS_BY_DATE = "UNITS_BY_DATE"
READY_DATES = "READY_DATES"


class EstimateAlgorithm(ClearSkyAlgorithm):
    NAME = "estimate"
    DISPLAY = noop("Estimate cost")
    GROUP = noop("Imagery")
    HELP = (
        noop(
            "For each date: whether it can be downloaded now over the area, and how many "
            "processing units (PU) it would cost. Free. Each order includes one download of its "
            "data (0 PU); a further download or a variant (other bands, resolution, CRS) costs "
            "about 1 PU per 10 km2. Files already in a download folder are not counted here "
            "('Download imagery' reuses them for free)."
        ),
        p.AREA_HELP,
        p.DATES_HELP,
        noop(
            "Resolution, bands, CRS, MODEL and ALLOW_PARTIAL as for 'Download imagery': the "
            "estimate is made with the very request the download sends."
        ),
        noop(
            "Outputs: AREA_KM2; CREDITS (PU for all dates; the older name is kept), "
            "CREDITS_PER_DATE (mean PU per date), CREDITS_LEFT (PU left afterwards, empty when "
            "the server does not report the balance); UNITS_BY_DATE (date=PU pairs, "
            "comma-separated); READY_DATES (the dates ready to download). A warning names each "
            "date that is not ready, and why (not ordered, not produced yet, storage expired, "
            "partial)."
        ),
    )

    def define(self) -> None:
        p.add_area(self)
        p.add_dates(self)
        p.add_request_options(self)
        p.add_model(self)
        p.add_allow_partial(self)
        for name, label in OUTPUTS.items():
            self.addOutput(QgsProcessingOutputNumber(name, tr(label)))
        self.addOutput(QgsProcessingOutputString(UNITS_BY_DATE, tr("Processing units by date")))
        self.addOutput(QgsProcessingOutputString(READY_DATES, tr("Dates ready to download")))

    def execute(self, parameters, context, feedback) -> dict:
        from ..core.api.models import CompositeRequest
        from ..core.api.purchase import date_refusal, plan_purchase

        aoi = p.area_of_interest(self, parameters, context, feedback)
        options = p.request_options(self, parameters, context, aoi)
        days = p.dates(self, parameters, context)
        partial = self.parameterAsBoolean(parameters, p.ALLOW_PARTIAL, context)
        # Built (and so checked) before anything is asked of the server.
        requests = [CompositeRequest(aoi, day, allow_partial=partial, **options) for day in days]
        client = self.client(feedback)
        model = p.model_choice(self, parameters, context, client)
        requests = [dataclasses.replace(request, **model) for request in requests]
        # The dock's plan, without a folder: the same checks and the same messages.
        plan = plan_purchase(client, requests, None)
        for request in requests:
            problem = date_refusal(request, plan.availability.get(request.date))
            if problem:
                feedback.pushWarning(str(problem))
        estimates = plan.estimates
        ready = list(estimates)
        refusal = plan.refusal()
        if refusal and ready:
            feedback.pushWarning(
                tr("The download would be refused: {reason}").format(reason=refusal)
            )
        total = plan.total_units
        first = plan.estimate
        results = {
            "AREA_KM2": first.area_km2 if first else None,
            "CREDITS": total,
            "CREDITS_PER_DATE": round(total / len(estimates), 2) if estimates else 0.0,
            "CREDITS_LEFT": plan.balance_after,
            UNITS_BY_DATE: ",".join(
                f"{day.isoformat()}={estimate.units:g}" for day, estimate in estimates.items()
            ),
            READY_DATES: ",".join(day.isoformat() for day in ready),
        }
        for name, label in OUTPUTS.items():
            feedback.pushInfo(f"{tr(label)}: {p.number_text(results[name])}")
        feedback.pushInfo(
            tr("{ready} of {count} date(s) ready to download").format(
                ready=len(ready), count=len(days)
            )
        )
        return results
