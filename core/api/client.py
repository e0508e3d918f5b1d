"""The ClearSKY Vision API client: every endpoint of the contract, typed in and out.

Thread-safe and free of Qt widgets: the dock's tasks, the Processing algorithms and the
command line all use it. Blocking calls: run them in a QgsTask, never on the GUI thread.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

from . import errors
from .errors import InputError
from .geometry import Aoi
from .models import (
    AccountInfo,
    CompositeAvailability,
    CompositeRequest,
    CostEstimate,
    ImageDate,
    TaskingOrderRequest,
    TaskingRecord,
    TileZone,
    check_date_range,
    image_dates_from_search,
    parse_date,
)
from .store import (
    DownloadResult,
    FileStore,
    check_output_folder,
    filename_from_headers,
    remove_quietly,
    safe_filename,
    stream_to,
)
from .transport import NetworkOptions, RetryPolicy, Transport

Progress = Callable[[int, "int | None"], None]
CancelCheck = Callable[[], bool]
TILE_CREDITS_HINT = 262.1  # the provider's rule of thumb: a tile costs about 10% of its area


def _iso_day(day: dt.date) -> str:
    return f"{day.isoformat()}T00:00:00Z"


class ClearSkyClient:
    """One API key on one server."""

    def __init__(
        self,
        base_url: str,
        api_key: str,
        network: NetworkOptions | None = None,
        retry: RetryPolicy | None = None,
    ) -> None:
        if not api_key:
            raise errors.missing_key()
        self.base_url = base_url.rstrip("/")
        self.transport = Transport(self.base_url, api_key, network, retry)

    def __repr__(self) -> str:
        return f"ClearSkyClient({self.base_url!r})"

    # Account ---------------------------------------------------------------------------

    def account_info(self) -> AccountInfo:
        """Credits and limits of the key; also sizes the shared connection limit."""
        info = AccountInfo.from_api(self.transport.call("GET", "/api/apikey/info") or {})
        self.transport.limiter.set_limit(info.max_connections)
        return info

    # Processing API --------------------------------------------------------------------

    def search_dates(self, aoi: Aoi, start: Any, end: Any) -> list[ImageDate]:
        """Dates with imagery over ``aoi`` between ``start`` and ``end`` (inclusive)."""
        first, last = check_date_range(start, end)
        body = {"Wkt": aoi.wkt, "From": first.isoformat(), "Until": last.isoformat()}
        data = self.transport.call("POST", "/api/satelliteimages/search/available", body)
        return image_dates_from_search(data)

    def composite_availability(self, aoi: Aoi, date: Any) -> CompositeAvailability:
        body = {"Wkt": aoi.wkt, "Date": parse_date(date).isoformat()}
        data = self.transport.call("POST", "/api/satelliteimages/process/composite/available", body)
        return CompositeAvailability.from_api(data or {})

    def estimate(self, request: CompositeRequest) -> CostEstimate:
        """Area and credits of one composite (the same for every date)."""
        data = self.transport.call(
            "POST", "/api/satelliteimages/process/composite/estimate", request.estimate_body()
        )
        return CostEstimate.from_api(data or {})

    def find_downloaded(self, request: CompositeRequest, folder: str | Path):
        """The file already bought for exactly this request in ``folder``, or None."""
        return FileStore(folder).find(request.fingerprint(self.base_url))

    def download_composite(
        self,
        request: CompositeRequest,
        folder: str | Path,
        progress: Progress | None = None,
        is_cancelled: CancelCheck | None = None,
        credits: float | None = None,
    ) -> DownloadResult:
        """The composite for ``request`` in ``folder``: reused when already there, else bought.

        ``credits`` (the estimate) is recorded with the file for the user's records.
        """
        fingerprint = request.fingerprint(self.base_url)
        store = FileStore(check_output_folder(folder))
        reused = store.find(fingerprint)
        if reused:
            return reused
        fallback = f"clearsky_{request.date.isoformat()}_{fingerprint[:8]}"
        info = {
            "kind": "composite",
            "server": self.base_url,
            "date": request.date.isoformat(),
            "credits": credits,
            "request": {k: v for k, v in request.download_body().items() if k != "Wkt"},
            "aoi_wkt": request.aoi.wkt,
        }
        return self._download(
            lambda: self.transport.open_stream(
                "POST", "/api/satelliteimages/process/composite", request.download_body()
            ),
            store,
            fingerprint,
            (fallback, request.file_type.value),
            info,
            progress,
            is_cancelled,
        )

    # Legacy Tile API -------------------------------------------------------------------

    def tile_zones(self, aoi: Aoi, start: Any, end: Any) -> list[TileZone]:
        """Grid cells over ``aoi`` and their whole-tile images between the dates."""
        first, last = check_date_range(start, end)
        body = {"BoundingBoxWkt": aoi.wkt, "From": _iso_day(first), "Until": _iso_day(last)}
        data = self.transport.call("POST", "/api/satelliteimages/boundingbox", body)
        return [TileZone.from_api(zone) for zone in data or []]

    def tile_url(self, image_id: int) -> str:
        """The pre-signed URL of a whole tile (issuing it is what costs credits)."""
        data = self.transport.call(
            "GET", "/api/satelliteimages", params={"satelliteImageId": int(image_id)}
        )
        url = (data or {}).get("FileAzureSasUri")
        if not url:
            raise errors.ResponseFormatError("The server gave no download address for the tile.")
        return str(url)

    def download_tile(
        self,
        image_id: int,
        folder: str | Path,
        progress: Progress | None = None,
        is_cancelled: CancelCheck | None = None,
    ) -> DownloadResult:
        """A whole tile (Cloud Optimized GeoTIFF), reused when already downloaded."""
        fingerprint = self._tile_fingerprint(image_id)
        store = FileStore(check_output_folder(folder))
        reused = store.find(fingerprint)
        if reused:
            return reused
        # Issuing the pre-signed URL is the paid step: once per download, retries reuse it.
        # The fetch itself carries no API key: the URL points at blob storage.
        url = self.tile_url(image_id)
        info = {"kind": "tile", "server": self.base_url, "image_id": int(image_id)}
        return self._download(
            lambda: self.transport.open_stream("GET", url, with_key=False),
            store,
            fingerprint,
            (f"tile_{image_id}", "tif"),
            info,
            progress,
            is_cancelled,
        )

    def find_downloaded_tile(self, image_id: int, folder: str | Path) -> DownloadResult | None:
        """The whole tile already downloaded into ``folder``, or None (nothing is paid)."""
        return FileStore(folder).find(self._tile_fingerprint(image_id))

    def _tile_fingerprint(self, image_id: int) -> str:
        return hashlib.sha256(f"tile|{self.base_url}|{int(image_id)}".encode()).hexdigest()

    # Tasking ---------------------------------------------------------------------------

    def tasking_models(self) -> list[TaskingRecord]:
        data = self.transport.call("GET", "/api/tasking/models")
        return [TaskingRecord.from_api(item, "Name", "Model") for item in _as_list(data)]

    def tasking_orders(self, recurring_only: bool = False) -> list[TaskingRecord]:
        params = {"recurringOnly": str(bool(recurring_only)).lower()}
        data = self.transport.call("GET", "/api/tasking/orders", params=params)
        return [TaskingRecord.from_api(item, "TaskOrderGuid", "Guid") for item in _as_list(data)]

    def tasking_tiles(
        self, aoi: Aoi | None = None, tile_guids: list[str] | None = None
    ) -> list[TaskingRecord]:
        if (aoi is None) == (not tile_guids):
            raise InputError("Search orderable tiles by an area or by tile ids, not both.")
        body = {"Wkt": aoi.wkt} if aoi else {"TileGuids": list(tile_guids or [])}
        data = self.transport.call("POST", "/api/tasking/search/tiles", body)
        return [TaskingRecord.from_api(item, "TileGuid", "Guid") for item in _as_list(data)]

    def tasking_estimate(self, order: TaskingOrderRequest) -> TaskingRecord:
        data = self.transport.call("POST", "/api/tasking/orders/estimate", order.body())
        return TaskingRecord.from_api(data or {}, "CreditEstimate")

    def tasking_order(self, order: TaskingOrderRequest) -> TaskingRecord:
        """Place an order (paid): show ``tasking_estimate`` to the user first."""
        data = self.transport.call("POST", "/api/tasking/orders", order.body())
        return TaskingRecord.from_api(data or {}, "TaskOrderGuid", "Guid")

    def tasking_cancel(self, order_guid: str) -> Any:
        return self.transport.call(
            "DELETE", "/api/tasking/orders/cancel", params={"taskOrderGuid": order_guid}
        )

    # ---------------------------------------------------------------------------------

    def _download(self, open_response, store, fingerprint, naming, info, progress, is_cancelled):
        """Open, stream to a temporary file, check and commit, retrying transient faults."""
        fallback, extension = naming

        def attempt() -> DownloadResult:
            temp = store.temp_path(fingerprint)
            try:
                with open_response() as response:
                    served = filename_from_headers(response.headers)
                    name = safe_filename(served, fallback, extension)
                    stream_to(response, temp, progress, is_cancelled)
                return store.commit(temp, name, fingerprint, info)
            finally:
                remove_quietly(temp)

        return self.transport.with_retries(attempt, is_cancelled)


def configured_client() -> ClearSkyClient:
    """A client for the server and key of the environment or the plugin settings, with
    QGIS's network settings and the retry policy (see ``core.config``); no network involved."""
    from .config import network_options, resolve_connection, retry_policy

    connection = resolve_connection()
    return ClearSkyClient(
        connection.base_url, connection.api_key, network_options(), retry_policy()
    )


def _as_list(data: Any) -> list[dict]:
    if isinstance(data, dict):
        for key in ("Items", "Orders", "Models", "Tiles"):
            if isinstance(data.get(key), list):
                return data[key]
        return [data]
    return [item for item in data or [] if isinstance(item, dict)]
