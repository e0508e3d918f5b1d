"""clearsky:downloadtiles: whole tiles and minitiles by GUID (process/tile, process/minitile)."""

from __future__ import annotations

from qgis.core import QgsGeometry

from ..core.api.i18n import noop, tr
from . import parameters as p
from .base import ClearSkyAlgorithm
from .delivery import add_delivery, deliver, run_jobs


class DownloadTilesAlgorithm(ClearSkyAlgorithm):
    NAME = "downloadtiles"
    DISPLAY = noop("Download tiles and minitiles")
    GROUP = noop("Imagery")
    HELP = (
        noop(
            "Downloads whole tiles (5120 x 5120 px, about 51 km square) or minitiles (320 x 320 "
            "px, about 3.2 km square) by GUID, one GeoTIFF per tile and date, on the fixed grid "
            "with no cutting, and loads them in true colour on the dates' timeline. Tiles must "
            "lie inside your orders (a tile or minitile order, or a polygon order covering "
            "them): order them first with 'Place order' and their GUIDs."
        ),
        noop(
            "Which tiles: TILE_GUIDS and MINITILE_GUIDS. When both are empty, the tiles over "
            "the area (AOI or EXTENT) are downloaded."
        ),
        p.GUIDS_HELP,
        noop(
            "Which dates: DATES (comma-separated YYYY-MM-DD, e.g. the DATES output of 'Wait "
            "for order'); when empty, every date your orders give over the tiles between "
            "START_DATE and END_DATE."
        ),
        noop(
            "RESOLUTION, BANDS and CRS as for 'Download imagery'; without a CRS the server "
            "picks the tile's UTM zone (EPSG 47000, automatic UTM). MODEL: the ordered model "
            "(empty: Stratus2). ALLOW_PARTIAL: accept dates some zone lacks (nodata there)."
        ),
        noop(
            "Costs processing units (PU): each order includes one download of its data; "
            "further downloads cost about 1 PU per 10 km2. MAX_CREDITS (optional) is the most "
            "PU to spend: the run is refused, with nothing bought, when the tiles' area could "
            "cost more. Files already in the output folder are reused for free."
        ),
        noop(
            "This replaces the retired Tile API (boundingbox search and satelliteImageId "
            "downloads, absent from the 2025-26 service). When are tiles better than "
            "'Download imagery'? For grid-based work, very large areas, or exact control near "
            "UTM zone borders; ordering tiles costs 20% (minitiles 50%) of the polygon price "
            "per km2, so a tile order pays off when you need more than 40% of the tile."
        ),
        noop("RETRY_PAID (advanced, default off):"),
        p.RETRY_PAID_HELP,
    )

    def define(self) -> None:
        p.add_guids(self)
        p.add_area(self)
        p.add_dates(
            self,
            optional=True,
            help_text=tr(
                "Comma-separated YYYY-MM-DD, e.g. the DATES output of 'Wait for order'. Empty: "
                "every date your orders give over the tiles between START_DATE and END_DATE."
            ),
        )
        p.add_date_range(
            self,
            tr("With DATES empty: the first day whose dates are downloaded (inclusive)."),
            tr("With DATES empty: the last day whose dates are downloaded (inclusive)."),
        )
        p.add_model(self)
        p.add_request_options(self, optional=True)
        p.add_allow_partial(self)
        add_delivery(self, noop("the tiles"), tr("Downloaded tiles"), tr("Processing units spent"))
        p.add_retry_paid(self)

    def execute(self, parameters, context, feedback) -> dict:
        from ..core.api.models import TileRequest

        client = self.client(feedback)
        tiles = self.tiles(parameters, context, feedback, client)
        model = p.model_choice(self, parameters, context, client)
        options = p.request_options(self, parameters, context, None)
        partial = self.parameterAsBoolean(parameters, p.ALLOW_PARTIAL, context)
        days = self.days(parameters, context, client, tiles, model["model"], partial)
        folder = p.output_folder(self, parameters, context)
        requests = [
            TileRequest(tile.guid, tile.minitile, day, allow_partial=partial, **model, **options)
            for tile in tiles
            for day in days
        ]
        new = [r for r in requests if client.find_downloaded_tile(r, folder) is None]
        by_guid = {tile.guid: tile for tile in tiles}
        bound = round(sum(footprint_km2(by_guid[r.guid]) / 10 for r in new), 2)
        feedback.pushInfo(
            tr(
                "{tiles} tile(s) x {dates} date(s): {new} to download (at most about {bound:g} "
                "PU; a first download of ordered data is included), {reused} already in "
                "{folder}."
            ).format(
                tiles=len(tiles),
                dates=len(days),
                new=len(new),
                bound=bound,
                reused=len(requests) - len(new),
                folder=folder,
            )
        )
        limit = p.max_credits(self, parameters, context)
        if limit is not None and new and bound > limit:
            from ..core.api.errors import InputError

            raise InputError(
                tr(
                    "The tiles could cost up to about {bound:g} processing units, more than the "
                    "maximum of {limit:g} you set: nothing was downloaded. Raise it, or choose "
                    "fewer tiles or dates."
                ).format(bound=bound, limit=limit)
            )
        from ..core.api.store import check_output_folder

        check_output_folder(folder)
        before = client.account_info()
        repeat = p.retry_paid(self, parameters, context)

        def job(request):
            return lambda progress, cancelled: client.download_tile(
                request, folder, progress, cancelled, retry_paid=repeat
            )

        jobs = [(f"{r.date.isoformat()} {r.kind} {r.guid}", job(r)) for r in requests]
        done = run_jobs(jobs, before.connections, feedback)
        after = client.account_info() if new else before
        spent = spent_units(before, after)

        def facts(label, _result):
            day, kind, guid = label.split(" ", 2)
            return [(tr("Date"), day), (tr("Minitile") if kind == "minitile" else tr("Tile"), guid)]

        return deliver(done, folder, context, feedback, lambda _label: None, facts, spent=spent)

    def tiles(self, parameters, context, feedback, client) -> list:
        """The tiles to download, with their footprints (free calls)."""
        from ..core.api.errors import InputError

        tile_guids = p.guids(self, parameters, context, p.TILE_GUIDS)
        minitile_guids = p.guids(self, parameters, context, p.MINITILE_GUIDS)
        if tile_guids or minitile_guids:
            found = client.search_tiles(tile_guids=tile_guids, minitile_guids=minitile_guids)
            known = {t.guid for t in found}
            missing = [g for g in tile_guids + minitile_guids if g not in known]
            if missing:
                raise InputError(
                    tr(
                        "Unknown tile GUID(s): {guids}. Take them from 'Search tiles' or the "
                        "order's details."
                    ).format(guids=", ".join(missing))
                )
            return found
        aoi = p.area_of_interest(self, parameters, context, feedback)
        found = [t for t in client.search_tiles(aoi=aoi) if not t.minitile]
        if not found:
            raise InputError(tr("No tiles over the area: check that it is on land."))
        return found

    def days(self, parameters, context, client, tiles, model, partial) -> list:
        """DATES, or the dates the key's orders give over the tiles in the date range."""
        from ..core.api.errors import NoDataError
        from ..core.api.geometry import Aoi
        from ..core.api.models import Coverage

        if (self.parameterAsString(parameters, p.DATES, context) or "").strip():
            return p.dates(self, parameters, context)
        start, end = p.date_range(self, parameters, context)
        shapes = [QgsGeometry.fromWkt(t.wkt) for t in tiles if t.wkt]
        if not shapes:
            return p.dates(self, parameters, context)  # explains that DATES are needed
        area = Aoi.from_wkt(QgsGeometry.unaryUnion(shapes).asWkt(), "EPSG:4326", tr("Tiles"))
        found = client.search_dates(area, start, end, model=model)
        days = sorted({d.date for d in found if partial or d.coverage is Coverage.FULL})
        if not days:
            if partial:
                text = tr(
                    "Your orders give no date over these tiles between {start} and {end}: "
                    "order them first ('Place order' with TILE_GUIDS), widen the dates, or "
                    "allow partial images."
                )
            else:
                text = tr(
                    "Your orders give no fully covered date over these tiles between {start} "
                    "and {end}: order them first ('Place order' with TILE_GUIDS), widen the "
                    "dates, or allow partial images."
                )
            raise NoDataError(text.format(start=start, end=end))
        return days


def footprint_km2(tile) -> float:
    """A tile's area in km2 from its footprint (a 5120 px tile when it has none)."""
    if not tile.wkt:
        return 10.24 if tile.minitile else 2621.44
    from ..core.api.geometry import Aoi

    return Aoi.from_wkt(tile.wkt, "EPSG:4326", tr("Tile")).area_km2


def spent_units(before, after) -> float | None:
    """PU spent between two account readings; None when the server reports no balance."""
    if before.processing_units is None or after.processing_units is None:
        return None
    return round(max(0.0, before.processing_units - after.processing_units), 2)
