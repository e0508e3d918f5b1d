"""clearsky:estimate: readiness and processing units of downloading some dates, before paying."""

from __future__ import annotations

import dataclasses

from qgis.core import QgsProcessingOutputNumber, QgsProcessingOutputString

from . import parameters as p
from .base import ClearSkyAlgorithm

# CREDITS* are the 2024 names of processing units (PU): kept, models read them.
OUTPUTS = {
    "AREA_KM2": "Area (km2)",
    "CREDITS": "Processing units for all dates",
    "CREDITS_PER_DATE": "Processing units per date (mean)",
    "CREDITS_LEFT": "Processing units left afterwards",
}
UNITS_BY_DATE = "UNITS_BY_DATE"
READY_DATES = "READY_DATES"


class EstimateAlgorithm(ClearSkyAlgorithm):
    NAME = "estimate"
    DISPLAY = "Estimate cost"
    GROUP = "Imagery"
    HELP = (
        "For each date: whether it can be downloaded now over the area, and how many "
        "processing units (PU) it would cost. Free. Each order includes one download of its "
        "data (0 PU); a further download or a variant (other bands, resolution, CRS) costs "
        "about 1 PU per 10 km2. Files already in a download folder are not counted here "
        "('Download imagery' reuses them for free).\n\n"
        f"{p.AREA_HELP}\n\n{p.DATES_HELP}\n\n"
        "Resolution, bands, CRS, MODEL and ALLOW_PARTIAL as for 'Download imagery': the "
        "estimate is made with the very request the download sends.\n\n"
        "Outputs: AREA_KM2; CREDITS (PU for all dates; the older name is kept), "
        "CREDITS_PER_DATE (mean PU per date), CREDITS_LEFT (PU left afterwards, empty when the "
        "server does not report the balance); UNITS_BY_DATE (date=PU pairs, comma-separated); "
        "READY_DATES (the dates ready to download). A warning names each date that is not "
        "ready, and why (not ordered, not produced yet, storage expired, partial)."
    )

    def define(self) -> None:
        p.add_area(self)
        p.add_dates(self)
        p.add_request_options(self)
        p.add_model(self, advanced=True)
        p.add_allow_partial(self)
        for name, label in OUTPUTS.items():
            self.addOutput(QgsProcessingOutputNumber(name, label))
        self.addOutput(QgsProcessingOutputString(UNITS_BY_DATE, "Processing units by date"))
        self.addOutput(QgsProcessingOutputString(READY_DATES, "Dates ready to download"))

    def execute(self, parameters, context, feedback) -> dict:
        from ..core.api.models import CompositeRequest
        from ..core.api.purchase import PurchasePlan, date_refusal, limit_refusal

        aoi = p.area_of_interest(self, parameters, context, feedback)
        options = p.request_options(self, parameters, context, aoi)
        days = p.dates(self, parameters, context)
        partial = self.parameterAsBoolean(parameters, p.ALLOW_PARTIAL, context)
        # Built (and so checked) before anything is asked of the server.
        requests = [CompositeRequest(aoi, day, allow_partial=partial, **options) for day in days]
        client = self.client(feedback)
        model = p.model_choice(self, parameters, context, client)
        requests = [dataclasses.replace(request, **model) for request in requests]
        account = client.account_info()
        limits = limit_refusal(account, requests[0])
        if limits:  # the server would refuse the estimate too: say why, as the download would
            raise limits
        estimates, availability, ready = {}, {}, []
        for number, request in enumerate(requests, 1):
            if feedback.isCanceled():
                break
            availability[request.date] = client.composite_availability(request)
            problem = date_refusal(request, availability[request.date])
            if problem:
                feedback.pushWarning(str(problem))
            else:
                ready.append(request.date)
                estimates[request.date] = client.estimate(request)
            feedback.setProgress(100 * number / len(requests))
        plan = PurchasePlan(account, tuple(requests), estimates, availability)
        refusal = plan.refusal()
        if refusal and ready:
            feedback.pushWarning(f"The download would be refused: {refusal}")
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
            feedback.pushInfo(f"{label}: {p.number_text(results[name])}")
        feedback.pushInfo(f"{len(ready)} of {len(days)} date(s) ready to download")
        return results
