"""clearsky:estimate: area and credits of downloading some dates, before paying."""

from __future__ import annotations

from qgis.core import QgsProcessingOutputNumber

from . import parameters as p
from .base import ClearSkyAlgorithm

OUTPUTS = {
    "AREA_KM2": "Area (km2)",
    "CREDITS": "Credits for all dates",
    "CREDITS_PER_DATE": "Credits per date",
    "CREDITS_LEFT": "Credits left afterwards",
}


class EstimateAlgorithm(ClearSkyAlgorithm):
    NAME = "estimate"
    DISPLAY = "Estimate cost"
    GROUP = "Imagery"
    HELP = (
        "Area and credits that downloading the dates would cost, and the credits your key "
        "would have left. Free: no credits are spent. Files already in a download folder are "
        "not counted here ('Download imagery' reuses them for free).\n\n"
        f"{p.AREA_HELP}\n\n{p.DATES_HELP}\n\n"
        "Resolution, bands and CRS as for 'Download imagery'. A warning says when the key's "
        "limits (credits, area, bands) would refuse the download."
    )

    def define(self) -> None:
        p.add_area(self)
        p.add_dates(self)
        p.add_request_options(self)
        for name, label in OUTPUTS.items():
            self.addOutput(QgsProcessingOutputNumber(name, label))

    def execute(self, parameters, context, feedback) -> dict:
        from ..core.api.models import CompositeRequest
        from ..core.api.purchase import PurchasePlan

        aoi = p.area_of_interest(self, parameters, context, feedback)
        options = p.request_options(self, parameters, context, aoi)
        days = p.dates(self, parameters, context)
        requests = [CompositeRequest(aoi, day, **options) for day in days]
        client = self.client(feedback)
        account = client.account_info()
        feedback.setProgress(50)
        plan = PurchasePlan(account, client.estimate(requests[0]), tuple(requests))
        refusal = plan.refusal()
        if refusal:
            feedback.pushWarning(f"The download would be refused: {refusal}")
        results = {
            "AREA_KM2": plan.estimate.area_km2,
            "CREDITS": plan.total_credits,
            "CREDITS_PER_DATE": plan.estimate.credits,
            "CREDITS_LEFT": plan.balance_after,
        }
        for name, value in results.items():
            feedback.pushInfo(f"{OUTPUTS[name]}: {value:g}")
        return results
