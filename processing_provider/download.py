"""clearsky:download: composites of an area for some dates, checked against limits first."""

from __future__ import annotations

import dataclasses
import datetime as dt

from ..core.api.i18n import noop, tr
from . import parameters as p
from .base import ClearSkyAlgorithm
from .delivery import FeedbackReport, add_delivery, deliver, outcome


class DownloadAlgorithm(ClearSkyAlgorithm):
    NAME = "download"
    DISPLAY = noop("Download imagery")
    GROUP = noop("Imagery")
    HELP = (
        noop(
            "Downloads one cloudless composite GeoTIFF per date, cut to the area, into the "
            "output folder, and loads them in true colour (B4/B3/B2) on the dates' timeline."
        ),
        p.AREA_HELP,
        p.DATES_HELP,
        noop(
            "Only dates inside your orders can be downloaded (order first: 'Place order' or the "
            "dock's Orders section). Each order includes one download of its data; a further "
            "download or variant costs processing units (PU, about 1 per 10 km2). Before "
            "anything is bought the whole batch is checked, date by date: that each date is "
            "ready (ordered, produced, still stored, fully covered unless ALLOW_PARTIAL), your "
            "PU, the key's area and band limits, MAX_CREDITS (the most PU to spend, when set) "
            "and free disk space; if one fails nothing is spent. Files already downloaded with "
            "the same settings in the folder are reused for free. Dates download in parallel up "
            "to your key's connection limit; a date that fails is reported and the others go on."
        ),
        noop(
            "Resolution: metres per pixel (10 is native). Bands: all (10 bands), rgb, or a list "
            "such as B4,B3,B2,B8 and server-computed ratios like [B8_B4]. CRS: an EPSG CRS; by "
            "default the UTM zone of the area. Pixel selection: intersect keeps every pixel "
            "touching the area, contained only those fully inside. MODEL: the ordered model "
            "(empty: Stratus2). ALLOW_PARTIAL (default off): accept dates some zone under the "
            "area lacks; those pixels are nodata."
        ),
        noop("RETRY_PAID (advanced, default off):"),
        p.RETRY_PAID_HELP,
    )

    def define(self) -> None:
        p.add_area(self)
        p.add_dates(self)
        p.add_request_options(self)
        p.add_pixel_selection(self)
        add_delivery(
            self, noop("the download"), tr("Downloaded files"), tr("Processing units spent")
        )
        p.add_model(self)
        p.add_allow_partial(self)
        p.add_retry_paid(self)

    def execute(self, parameters, context, feedback) -> dict:
        from ..core.api.models import CompositeRequest
        from ..core.qgs.session import OrderSession

        aoi = p.area_of_interest(self, parameters, context, feedback)
        options = p.request_options(self, parameters, context, aoi)
        pixels = self.parameterAsEnumString(parameters, p.PIXEL_SELECTION, context)
        days = p.dates(self, parameters, context)
        folder = p.output_folder(self, parameters, context)
        partial = self.parameterAsBoolean(parameters, p.ALLOW_PARTIAL, context)
        repeat = p.retry_paid(self, parameters, context)
        # Built (and so checked: future dates, bands, CRS) before anything is asked of the server.
        requests = [
            CompositeRequest(aoi, day, pixel_selection=pixels, allow_partial=partial, **options)
            for day in days
        ]
        client = self.client(feedback)
        model = p.model_choice(self, parameters, context, client)
        requests = [dataclasses.replace(request, **model) for request in requests]
        session = OrderSession()
        report = FeedbackReport(feedback)

        def started(plan) -> None:
            report.queue = session.queue  # the whole batch's progress from now on
            self.tell_plan(plan, folder, feedback)

        session.started.connect(started)
        session.dateProgress.connect(lambda day, percent: report("progress", day, percent))
        session.dateFailed.connect(lambda day, error: report("failed", day, error))
        max_units = p.max_credits(self, parameters, context)
        plan, queue = session.buy_here(
            client, requests, folder, max_units, feedback.isCanceled, repeat
        )
        done = outcome(queue, feedback)
        resolution, bands = f"{options['resolution']} m", str(options["bands"])

        def facts(label, _result):
            return [(tr("Date"), label), (tr("Resolution"), resolution), (tr("Bands"), bands)]

        def cost_of(label):
            return plan.units_of(dt.date.fromisoformat(label)) or 0.0

        return deliver(done, folder, context, feedback, cost_of, facts)

    @staticmethod
    def tell_plan(plan, folder, feedback) -> None:
        area = plan.estimate.area_km2 if plan.estimate else None
        feedback.pushInfo(
            tr(
                "{area}: {count} date(s) to download for {units:g} processing units, {reused} "
                "already in {folder}; {left} units left after."
            ).format(
                area=p.number_text(area, " km2"),
                count=len(plan.to_buy),
                units=plan.total_units,
                reused=len(plan.reused),
                folder=folder,
                left=p.number_text(plan.balance_after),
            )
        )
