"""The ClearSKY Vision API client: every endpoint of the contract, typed in and out.

Thread-safe and free of Qt widgets: the dock's tasks, the Processing algorithms and the
command line all use it. Blocking calls: run them in a QgsTask, never on the GUI thread.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from osgeo import ogr

from . import errors
from .errors import InputError
from .gdal_calls import attempt as gdal_attempt
from .geometry import Aoi
from .i18n import tr
from .models import (
    AccountInfo,
    CompositeAvailability,
    CompositeRequest,
    CostEstimate,
    ImageDate,
    Order,
    OrderEstimate,
    OrderRequest,
    TaskingModel,
    TileCover,
    TileRef,
    TileRequest,
    check_date_range,
    geometry_collection,
    image_dates_from_search,
    models_from_api,
    orders_from_api,
    tiles_from_api,
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
from .transport import NetworkOptions, RequestKind, RetryPolicy, Transport, may_have_charged

Progress = Callable[[int, "int | None"], None]
CancelCheck = Callable[[], bool]

COMPOSITE = "/api/satelliteimages/process/composite"
ORDERS = "/api/tasking/orders"

_MODELS: dict[tuple[str, int], list[TaskingModel]] = {}  # per server and key, this process
_MODELS_LOCK = threading.Lock()


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
        self._cache_key = (self.base_url, hash(api_key))

    def __repr__(self) -> str:
        return f"ClearSkyClient({self.base_url!r})"

    # Account ---------------------------------------------------------------------------

    def account_info(self) -> AccountInfo:
        """Limits and balances of the key (account/info, else the 2024 apikey/info); also
        sizes the shared connection limit."""
        try:
            data = self.transport.call("GET", "/api/account/info")
            info = AccountInfo.from_api(data, "account/info")
        except errors.NotFoundError:
            data = self.transport.call("GET", "/api/apikey/info")
            info = AccountInfo.from_api(data, "apikey/info")
        if info.max_connections:
            self.transport.limiter.set_limit(info.connections)
        return info

    def models(self, refresh: bool = False) -> list[TaskingModel]:
        """The models the server sells and their constellations (cached per session)."""
        with _MODELS_LOCK:
            cached = None if refresh else _MODELS.get(self._cache_key)
        if cached is not None:
            return list(cached)
        found = models_from_api(self.transport.call("GET", "/api/tasking/models"))
        with _MODELS_LOCK:
            _MODELS[self._cache_key] = found
        return list(found)

    # Tiles -----------------------------------------------------------------------------

    def search_tiles(
        self,
        aoi: Aoi | None = None,
        tile_guids: Any = None,
        minitile_guids: Any = None,
        minitiles_of: str | None = None,
    ) -> list[TileRef]:
        """Tiles/minitiles by area, by GUIDs, or the minitiles of one tile (one flow)."""
        flows = [aoi is not None, bool(tile_guids or minitile_guids), bool(minitiles_of)]
        if sum(flows) != 1:
            raise InputError(
                tr(
                    "Search tiles by an area, by tile/minitile ids, or the minitiles of one "
                    "tile: exactly one of the three."
                )
            )
        body = {
            "Wkt": aoi.wkt if aoi is not None else None,
            "GeoJson": None,
            "TileGuids": list(tile_guids) if tile_guids else None,
            "MiniTileGuids": list(minitile_guids) if minitile_guids else None,
            "TileGuidForMiniTiles": minitiles_of or None,
        }
        found = tiles_from_api(self.transport.call("POST", "/api/tasking/search/tiles", body))
        if minitiles_of:  # flow (c) answers minitiles, even when it does not say so
            found = [TileRef(t.guid, True, t.epsg, t.wkt) for t in found]
        return found

    def optimize_tiles(self, aoi: Aoi) -> TileCover:
        """A cost-focused cover of ``aoi`` by tiles and minitiles (best effort)."""
        body = {"Wkt": geometry_collection(aoi)}
        return TileCover.from_api(self.transport.call("POST", "/api/tasking/tile/optimize", body))

    # Orders ----------------------------------------------------------------------------

    def order_estimate(self, order: OrderRequest) -> OrderEstimate:
        """Price and image dates of a proposed order (free)."""
        data = self.transport.call("POST", f"{ORDERS}/estimate", order.body(estimate=True))
        return OrderEstimate.from_api(data)

    def create_order(self, order: OrderRequest) -> Order:
        """Place an order (charged in EUR): show ``order_estimate`` to the user first.

        Retried only when the failure proves the server did not act; after a lost answer
        the key's orders are listed and the one sent is looked for, so no order is placed
        twice.
        """
        try:
            known = {o.guid for o in self.orders(include_expired=True)}
        except errors.ClearSkyError:
            known = None
        try:
            data = self.transport.call(
                "POST", ORDERS, order.body(estimate=False), kind=RequestKind.ORDER_CREATE
            )
        except errors.ClearSkyError as exc:
            if not may_have_charged(exc):  # the server did not act, or refused (4xx)
                raise
            return self._recover_order(order, known, exc)
        placed = orders_from_api(data)
        if placed:
            return placed[0]
        raise errors.ResponseFormatError(
            tr(
                "The server accepted the order but did not say which it is: look it up in the "
                "Orders list before ordering again."
            )
        )

    def _recover_order(self, order: OrderRequest, known: set[str] | None, lost) -> Order:
        try:
            candidates = self.orders(include_expired=True)
        except errors.ClearSkyError:
            candidates = None
        if candidates is not None and known is not None:
            for candidate in candidates:
                if candidate.guid not in known and order_matches(order, candidate):
                    return candidate
            what = tr(
                "No new matching order is among your orders, so it was most likely not placed: "
                "check the Orders list, then order again if it is missing."
            )
        else:
            what = tr(
                "Your orders could not be listed: an order MAY have been placed. Check the "
                "Orders list (or the dashboard) before ordering again."
            )
        raise errors.OrderUncertainError(
            tr("The answer to the order was lost ({reason}). {what}").format(
                reason=lost, what=what
            ),
            getattr(lost, "code", None),
            getattr(lost, "status", None),
        )

    def orders(self, recurring_only: bool = False, include_expired: bool = False) -> list[Order]:
        params = {
            "recurringOnly": _flag(recurring_only),
            "getExpired": _flag(include_expired),
        }
        return orders_from_api(self.transport.call("GET", ORDERS, params=params))

    def order_details(self, guids: Any) -> list[Order]:
        """Details and status of the given orders (POST with a body; GET where that is not
        routed)."""
        wanted = [guids] if isinstance(guids, str) else [str(g) for g in guids]
        try:
            data = self.transport.call("POST", f"{ORDERS}/details", {"Guids": wanted})
        except errors.ApiError as exc:
            if exc.status not in (404, 405):
                raise
            data = self.transport.call("GET", f"{ORDERS}/details", params={"guids": wanted})
        return orders_from_api(data)

    def cancel_order(self, guid: str) -> Order | None:
        """Cancel an order in Review, or stop a recurring order from renewing."""
        data = self.transport.call("DELETE", f"{ORDERS}/cancel", params={"taskOrderGuid": guid})
        found = orders_from_api(data) if data else []
        return found[0] if found else None

    # Processing API --------------------------------------------------------------------

    def search_dates(
        self, aoi: Aoi, start: Any, end: Any, model: str | None = None
    ) -> list[ImageDate]:
        """Dates the key can get over ``aoi`` between ``start`` and ``end`` (inclusive)."""
        first, last = check_date_range(start, end)
        body = {
            "Wkt": aoi.wkt,
            "GeoJson": None,
            "From": first.isoformat(),
            "Until": last.isoformat(),
        }
        data = self.transport.call("POST", "/api/satelliteimages/search/available", body)
        dates = image_dates_from_search(data)
        if model:
            dates = [d for d in dates if d.model.lower() == model.lower()]
        return dates

    def composite_availability(self, request: CompositeRequest) -> CompositeAvailability:
        """Whether exactly this request can be downloaded now (free)."""
        data = self.transport.call("POST", f"{COMPOSITE}/available", request.body())
        return CompositeAvailability.from_api(data)

    def estimate(self, request: CompositeRequest) -> CostEstimate:
        """Area and processing units this composite costs now (free)."""
        data = self.transport.call("POST", f"{COMPOSITE}/estimate", request.body())
        return CostEstimate.from_api(data)

    def find_downloaded(self, request: CompositeRequest, folder: str | Path):
        """The file already bought for exactly this request in ``folder``, or None."""
        return FileStore(folder).find(request.fingerprint(self.base_url))

    def download_composite(
        self,
        request: CompositeRequest,
        folder: str | Path,
        progress: Progress | None = None,
        is_cancelled: CancelCheck | None = None,
        units: float | None = None,
        credits: float | None = None,
        retry_paid: bool = False,
    ) -> DownloadResult:
        """The composite for ``request`` in ``folder``: reused when already there, else bought.

        ``units`` (the PU estimate) is recorded with the file and quoted when a failure may
        have been charged; ``credits`` is its earlier name. The request is repeated
        automatically only when the server certainly did not act on it; ``retry_paid``
        allows one repeat after a failure that may have been charged (it may cost ``units``
        again).
        """
        units = credits if units is None else units
        body = request.body()
        specific = {
            "kind": "composite",
            "request": {k: v for k, v in body.items() if k not in ("Wkt", "GeoJson")},
            "aoi_wkt": request.aoi.wkt,
        }
        stem = f"clearsky_{request.date.isoformat()}_{request.fingerprint(self.base_url)[:8]}"
        return self._buy(
            request, COMPOSITE, body, folder, specific, (stem, request.file_type.value),
            progress, is_cancelled, units, retry_paid,
        )  # fmt: skip

    # Tiles and minitiles by GUID ---------------------------------------------------------

    def download_tile(
        self,
        request: TileRequest,
        folder: str | Path,
        progress: Progress | None = None,
        is_cancelled: CancelCheck | None = None,
        units: float | None = None,
        retry_paid: bool = False,
    ) -> DownloadResult:
        """A whole tile or minitile for one date, reused when already downloaded (paid like
        ``download_composite``, with the same repeat rules)."""
        body = request.body()
        specific = {"kind": request.kind, "guid": request.guid, "request": body, "aoi_wkt": None}
        stem = f"{request.kind}_{request.guid[:8]}_{request.date.isoformat()}"
        return self._buy(
            request, request.path, body, folder, specific, (stem, "tif"),
            progress, is_cancelled, units, retry_paid,
        )  # fmt: skip

    def find_downloaded_tile(self, request: TileRequest, folder: str | Path):
        """The tile or minitile already downloaded into ``folder``, or None (nothing paid)."""
        return FileStore(folder).find(request.fingerprint(self.base_url))

    # ---------------------------------------------------------------------------------

    def _buy(
        self,
        request,
        path,
        body,
        folder,
        specific,
        naming,
        progress,
        is_cancelled,
        units,
        retry_paid,
    ) -> DownloadResult:
        """The file of ``request`` (a composite, tile or minitile): reused from ``folder`` when
        already bought there, else downloaded, with its record (``specific`` added) beside it."""
        fingerprint = request.fingerprint(self.base_url)
        store = FileStore(check_output_folder(folder))
        reused = store.find(fingerprint)
        if reused:
            return reused
        info = {
            "server": self.base_url,
            "date": request.date.isoformat(),
            "bands": list(request.bands.terms),
            "data_type": request.data_type.value,
            "units": units,
            "model": request.model,
            **specific,
        }
        return self._download(
            lambda: self.transport.open_stream("POST", path, body),
            store, fingerprint, naming, info, progress, is_cancelled, retry_paid,
        )  # fmt: skip

    def _download(
        self, open_response, store, fingerprint, naming, info, progress, is_cancelled, retry_paid
    ):
        """Open, stream to a temporary file, check and commit; a paid request (see
        ``Transport.with_retries``), so a failure that may have been charged says so."""
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

        try:
            return self.transport.with_retries(
                attempt,
                is_cancelled,
                kind=RequestKind.PAID_ONCE,
                paid_repeats=1 if retry_paid else 0,
            )
        except errors.ClearSkyError as exc:
            if may_have_charged(exc):
                errors.charged_maybe(exc, info.get("units"))  # says so; the type is kept
            raise


def configured_client() -> ClearSkyClient:
    """A client for the server and key of the environment or the plugin settings, with
    QGIS's network settings and the retry policy (see ``config``); no network involved."""
    from .config import network_options, resolve_connection, retry_policy

    connection = resolve_connection()
    return ClearSkyClient(
        connection.base_url, connection.api_key, network_options(), retry_policy()
    )


def _flag(value: bool) -> str:
    return "true" if value else "false"


def order_matches(sent: OrderRequest, found: Order) -> bool:
    """True when ``found`` is the order ``sent`` describes (model, area, From/To, cadence)."""
    if found.model and found.model.lower() != sent.model.lower():
        return False
    if found.start and found.start != sent.start:
        return False
    if found.start and found.end != sent.end:
        return False
    if found.image_frequency and found.image_frequency != sent.image_frequency:
        return False
    if sent.aoi is None:
        return set(found.tiles) == set(sent.tile_guids) and set(found.minitiles) == set(
            sent.minitile_guids
        )
    return bool(found.wkt) and _same_area(sent.aoi.wkt, str(found.wkt))


def _same_area(wkt_a: str, wkt_b: str, tolerance: float = 0.01) -> bool:
    a = gdal_attempt(ogr.CreateGeometryFromWkt, wkt_a)
    b = gdal_attempt(ogr.CreateGeometryFromWkt, wkt_b)
    if a is None or b is None:
        return False
    a, b = a.Buffer(0), b.Buffer(0)  # GEOMETRYCOLLECTIONs of polygons: one area
    union = a.Union(b)
    if union is None or union.GetArea() <= 0:
        return False
    difference = a.SymDifference(b)
    return difference is None or difference.GetArea() <= tolerance * union.GetArea()
