"""clearsky:download: composites of an area for some dates, checked against limits first."""

from __future__ import annotations

from qgis.core import QgsProcessingParameterEnum

from . import parameters as p
from .base import ClearSkyAlgorithm
from .downloads import add_delivery, deliver, run_jobs


class DownloadAlgorithm(ClearSkyAlgorithm):
    NAME = "download"
    DISPLAY = "Download imagery"
    GROUP = "Imagery"
    HELP = (
        "Downloads one cloudless composite GeoTIFF per date, cut to the area, into the output "
        "folder, and loads them in true colour (B4/B3/B2) on the dates' timeline.\n\n"
        f"{p.AREA_HELP}\n\n{p.DATES_HELP}\n\n"
        "Costs credits. Before anything is bought the whole batch is checked: your credits, "
        "the key's area and band limits, MAX_CREDITS (when set) and free disk space; if one "
        "fails nothing is spent. Files already downloaded with the same settings in the "
        "folder are reused for free. Dates download in parallel up to your key's connection "
        "limit; a date that fails is reported and the others go on.\n\n"
        "Resolution: metres per pixel (10 is native). Bands: all (10 bands), rgb, or a list "
        "such as B4,B3,B2,B8 and server-computed ratios like [B8_B4]. CRS: an EPSG CRS; by "
        "default the UTM zone of the area. Pixel selection: intersect keeps every pixel "
        "touching the area, contained only those fully inside."
    )

    def define(self) -> None:
        from ..core.api.models import PixelSelection

        p.add_area(self)
        p.add_dates(self)
        p.add_request_options(self)
        self.addParameter(
            QgsProcessingParameterEnum(
                p.PIXEL_SELECTION,
                "Pixel selection",
                [mode.value for mode in PixelSelection],
                defaultValue=PixelSelection.INTERSECT.value,
                usesStaticStrings=True,
            )
        )
        add_delivery(self, "the download", "Downloaded files", "Credits spent")

    def execute(self, parameters, context, feedback) -> dict:
        from ..core.api.models import CompositeRequest
        from ..core.api.purchase import checked_plan

        aoi = p.area_of_interest(self, parameters, context, feedback)
        options = p.request_options(self, parameters, context, aoi)
        pixels = self.parameterAsEnumString(parameters, p.PIXEL_SELECTION, context)
        requests = [
            CompositeRequest(aoi, day, pixel_selection=pixels, **options)
            for day in p.dates(self, parameters, context)
        ]
        folder = p.output_folder(self, parameters, context)
        client = self.client(feedback)
        plan = checked_plan(client, requests, folder, p.max_credits(self, parameters, context))
        feedback.pushInfo(
            f"{plan.estimate.area_km2:.2f} km2, {plan.estimate.credits:g} credits per date: "
            f"{len(plan.to_buy)} date(s) to buy for {plan.total_credits:g} credits, "
            f"{len(plan.reused)} already in {folder}; {plan.balance_after:g} credits left after."
        )

        def job(request):
            return lambda progress, cancelled: client.download_composite(
                request, folder, progress, cancelled, credits=plan.estimate.credits
            )

        jobs = [(request.date.isoformat(), job(request)) for request in requests]
        done = run_jobs(jobs, plan.account.max_connections, feedback)
        resolution, bands = f"{options['resolution']} m", str(options["bands"])

        def facts(label, _result):
            return [("Date", label), ("Resolution", resolution), ("Bands", bands)]

        return deliver(done, folder, context, feedback, plan.estimate.credits, facts)
