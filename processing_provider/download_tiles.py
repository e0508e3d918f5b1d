"""clearsky:downloadtiles: whole 5120 x 5120 tiles of the legacy Tile API."""

from __future__ import annotations

from . import parameters as p
from .base import ClearSkyAlgorithm
from .downloads import add_delivery, deliver, run_jobs

TILE_AREA_KM2 = 2621.0
TILE_BYTES = 500_000_000  # "about 500 MB" per tile, for the free-space check


class DownloadTilesAlgorithm(ClearSkyAlgorithm):
    NAME = "downloadtiles"
    DISPLAY = "Download whole tiles (Tile API)"
    GROUP = "Imagery"
    HELP = (
        "Downloads every whole tile image over the area between the start and end dates "
        "(inclusive) with the legacy Tile API: Cloud Optimized GeoTIFFs of 5120 x 5120 "
        "pixels at 10 m (about 2621 km2 and 500 MB each), all 10 bands, in the tile's UTM "
        "zone, with nodata 0. Layers load in true colour on the dates' timeline.\n\n"
        "When are whole tiles cheaper? A tile costs about as much as 262 km2 through the "
        "processing API ('Download imagery'). So when your area is larger than about 10% of "
        "a tile (~262 km2), whole tiles are cheaper per date, and faster: there is no "
        "processing, only transfer. For smaller areas, or to get a custom CRS, resolution or "
        "band list, use 'Download imagery'.\n\n"
        f"{p.AREA_HELP}\n\n"
        "Costs credits (about 262 credits per tile image, charged when its download address "
        "is issued; a tile already bought is free to fetch again). Tiles already in the "
        "output folder are reused. MAX_CREDITS (optional) refuses the run when the estimate "
        "exceeds it; nothing is bought then."
    )

    def define(self) -> None:
        p.add_area(self)
        p.add_date_range(self)
        add_delivery(self, "the tiles", "Downloaded tiles", "Credits spent (estimated)")

    def execute(self, parameters, context, feedback) -> dict:
        from ..core.api.client import TILE_CREDITS_HINT

        aoi = p.area_of_interest(self, parameters, context, feedback)
        start, end = p.date_range(self, parameters, context)
        folder = p.output_folder(self, parameters, context)
        client = self.client(feedback)
        images = sorted(
            (image.date, zone.zone, image.image_id)
            for zone in client.tile_zones(aoi, start, end)
            for image in zone.images
        )
        if not images:
            raise self.no_tiles(start, end)
        new = [i for i in images if client.find_downloaded_tile(i[2], folder) is None]
        cost = round(len(new) * TILE_CREDITS_HINT, 2)
        feedback.pushInfo(
            f"{len(images)} tile image(s): {len(new)} to buy for about {cost:g} credits, "
            f"{len(images) - len(new)} already in {folder}."
        )
        if aoi.area_km2 < 0.1 * TILE_AREA_KM2:
            feedback.pushWarning(
                f"Your area is {aoi.area_km2:.1f} km2, under 10% of a tile: 'Download imagery' "
                f"(processing API) would cost about {aoi.area_km2:.1f} credits per date instead "
                f"of about {TILE_CREDITS_HINT:g} per tile."
            )
        account = client.account_info()
        limit = p.max_credits(self, parameters, context)
        self.check_cost(account.credits, len(new), cost, limit, folder)

        def job(image_id):
            return lambda progress, cancelled: client.download_tile(
                image_id, folder, progress, cancelled
            )

        jobs = [(f"{day} zone {zone}", job(image_id)) for day, zone, image_id in images]
        done = run_jobs(jobs, account.max_connections, feedback)

        def facts(label, result):
            return [("Tile", label), ("Image id", str(result.record.get("image_id", "")))]

        return deliver(done, folder, context, feedback, TILE_CREDITS_HINT, facts)

    @staticmethod
    def no_tiles(start, end):
        from ..core.api.errors import NoDataError

        return NoDataError(
            f"No whole tiles over the area between {start} and {end}: widen the dates, or "
            "check that the area is on land inside the service area."
        )

    @staticmethod
    def check_cost(credits: float, count: int, cost: float, limit, folder) -> None:
        """Refuse before anything is bought: MAX_CREDITS, the key's credits, disk space."""
        from ..core.api import errors
        from ..core.api.store import check_output_folder

        if limit is not None and cost > limit:
            raise errors.InputError(
                f"The tiles would cost about {cost:g} credits, more than the maximum of "
                f"{limit:g} you set: raise it, or narrow the dates or the area."
            )
        if cost > credits:
            raise errors.InsufficientCreditsError(
                f"Not enough credits: {count} tile(s) cost about {cost:g} credits, you have "
                f"{credits:g}. Narrow the dates or the area, or top up your account."
            )
        check_output_folder(folder, count * TILE_BYTES)
