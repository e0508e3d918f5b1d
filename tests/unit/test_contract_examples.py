"""The client against the literal examples of the contract (docs: /work/shared/clearsky-api.md).

No emulator: a tiny server on 127.0.0.1 records what the client sends and answers with the
contract's own example JSON, so the client and the emulator cannot share a wrong guess.
"""

from __future__ import annotations

import datetime as dt
import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

import pytest
from osgeo import gdal

from clearsky_vision.core.api import errors
from clearsky_vision.core.api.client import ClearSkyClient
from clearsky_vision.core.api.geometry import Aoi
from clearsky_vision.core.api.models import (
    CompositeRequest,
    OrderRequest,
    Readiness,
    TileRequest,
)
from clearsky_vision.core.api.purchase import checked_plan
from clearsky_vision.core.api.store import band_ids_of, read_sidecar
from clearsky_vision.core.api.transport import NetworkOptions, RetryPolicy

S1_S2_L89 = ["Sentinel1", "Sentinel2", "Landsat89"]
ESTIMATE_AOI = Aoi.from_wkt("POLYGON((9.87 56.47,10.19 56.47,10.19 56.28,9.87 56.28,9.87 56.47))")
BANDS_AOI = Aoi.from_wkt(
    "POLYGON ((9.8779 56.4786, 10.1965 56.4786, 10.1965 56.2778, 9.8779 56.2778, 9.8779 56.4786))"
)
ORDER_GUID = "c3528462-02fc-4301-bb37-8d226b45f149"


def ok(data) -> dict:
    return {"Succeeded": True, "Error": None, "Data": data}


# Literal examples of the contract ---------------------------------------------------------

MODELS_2_3 = {
    "Succeeded": True,
    "Error": None,
    "Data": {
        "TaskingModels": [
            {
                "Model": "Stratus2",
                "SupportedSatelliteConstellations": [
                    {"SatelliteConstellation": "Sentinel1", "Optional": False},
                    {"SatelliteConstellation": "Sentinel2", "Optional": False},
                    {"SatelliteConstellation": "Landsat89", "Optional": False},
                ],
            }
        ]
    },
}
TILES_2_4 = {
    "Succeeded": True,
    "Error": None,
    "Data": {
        "Tiles": [
            {
                "Guid": "c3528462-...",
                "MiniTile": False,
                "Epsg": "32632",
                "DataGeogWkt": "POLYGON((...))",
            }
        ]
    },
}
ESTIMATE_REQUEST_2_6 = {
    "Wkt": "POLYGON((9.87 56.47,10.19 56.47,10.19 56.28,9.87 56.28,9.87 56.47))",
    "SatelliteConstellations": ["Sentinel1", "Sentinel2", "Landsat89"],
    "Model": "Stratus2",
    "StorageMonths": 1,
    "ApiRequests": 1,
    "ImageFrequency": 3,
    "ReferenceDate": "2025-01-01",
    "From": "2025-04-01",
    "To": None,
}
ORDERS_2_8 = {
    "Data": {
        "TaskOrders": [
            {
                "TaskOrderGuid": "c3528462-02fc-4301-bb37-8d226b45f149",
                "BillingCycle": "Monthly",
                "OrderingProcessStatus": "Initialize",
                "StorageMonths": 3,
                "ApiRequests": 5,
                "TaskOrderAreaKm2": 525.3,
                "SatelliteConstellations": ["Sentinel1", "Sentinel2", "Landsat89"],
                "Model": "Stratus2",
                "ImageFrequency": 2,
                "ReferenceDate": "2023-06-01",
                "From": "2023-06-01",
                "To": None,
                "Tiles": [],
                "MiniTiles": [],
                "Wkt": "GEOMETRYCOLLECTION (POLYGON ((...)), ...)",
            }
        ]
    },
    "Succeeded": True,
    "Error": None,
}
SEARCH_2_11 = {
    "Succeeded": True,
    "Error": None,
    "Data": {
        "ModelImageDates": [
            {
                "Model": "Stratus2",
                "SatelliteConstellations": ["Sentinel1", "Sentinel2", "Landsat89"],
                "DatesByGeog": [{"Wkt": "POLYGON((...))", "Dates": ["2024-11-01", "2024-11-03"]}],
            }
        ]
    },
}
AVAILABLE_REQUEST_2_12 = {
    "Wkt": "POLYGON((...))",
    "GeoJson": None,
    "Date": "2025-04-03T00:00:00Z",
    "UtmDataSelectionMode": "combined_utm",
    "SatelliteConstellations": ["Sentinel1", "Sentinel2", "Landsat89"],
    "Model": "Stratus2",
    "EpsgProjection": 32632,
    "Bandnames": "all",
}
BANDS_REQUEST_2_14_1 = {
    "Wkt": "POLYGON ((9.8779 56.4786, 10.1965 56.4786, 10.1965 56.2778, 9.8779 56.2778, "
    "9.8779 56.4786))",
    "Date": "2024-05-03T00:00:00Z",
    "Resolution": 10,
    "EpsgProjection": 32632,
    "Model": "Stratus2",
    "SatelliteConstellations": ["Sentinel1", "Sentinel2", "Landsat89"],
    "Bandnames": "B8,B4,[B8_B4]",
}
ENVELOPE_ERROR_4_3 = {
    "Data": {"Property": ["Property must <reason>"]},
    "Succeeded": False,
    "Error": {"Message": "One or more validation errors occurred.", "Code": 992},
}
PROBLEM_DETAILS_4_3 = {
    "type": "...",
    "title": "One or more validation errors occurred.",
    "status": 400,
    "errors": {"Field": ["..."]},
    "traceId": "00-...",
}
# 2.13: the recorded 2024 notebook estimate (997.94 km2 at 10 m, all bands).
ESTIMATE_2_13 = ok(
    {
        "AreaEstimateKm2": 997.94,
        "CreditEstimate": 99.79,
        "FastTimeEstimateSeconds": 80,
        "SlowTimeEstimateSeconds": 128,
        "FileSizeEstimateMB": 195.67,
    }
)
# 2.1: the fields the newest client's docstring lists (values made up, names literal).
ACCOUNT_2_1 = ok(
    {
        "TenantId": "tenant-1",
        "MaxConcurrentConnections": 3,
        "MaxCompositeAreaKm2": 1000,
        "MaxTotalBands": 12,
        "EuroOverdraftLimit": 50,
        "EuroBalanceCap": 1000,
    }
)
# 2.2: the 2024 fields.
APIKEY_2_2 = ok(
    {
        "Key": "contract-key",
        "CreditAmount": 250.5,
        "EuroCreditAmount": 12.0,
        "CreditLimit": 0,
        "EuroCreditLimit": 0,
        "ContactInfo": "x",
        "Email": None,
        "MaxConcurrentConnections": 2,
        "MaxCompositeAreaKm2": 500,
        "MaxTotalBands": 10,
        "CurrentMonthCosts": 1.5,
        "NextMonthCosts": 2.5,
    }
)


# A recording server -----------------------------------------------------------------------


class ContractServer:
    """Answers (method, path) with queued replies and records every request."""

    def __init__(self) -> None:
        self.routes: dict[tuple[str, str], list] = {}
        self.log: list[dict] = []
        server = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args) -> None:  # quiet
                pass

            def _handle(self) -> None:
                parts = urlsplit(self.path)
                length = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(length) if length else b""
                server.log.append(
                    {
                        "method": self.command,
                        "path": parts.path,
                        "query": parse_qs(parts.query),
                        "headers": dict(self.headers),
                        "body": json.loads(raw) if raw else None,
                    }
                )
                queue = server.routes.get((self.command, parts.path))
                if not queue:
                    return self._send(404, {"title": "Not Found", "status": 404})
                reply = queue.pop(0) if len(queue) > 1 else queue[0]
                if reply == "close":  # the answer is lost: no response at all
                    self.close_connection = True
                    return None
                status, payload = reply
                return self._send(status, payload)

            def _send(self, status: int, payload) -> None:
                if isinstance(payload, bytes):
                    body, kind = payload, "application/octet-stream"
                else:
                    body, kind = json.dumps(payload).encode(), "application/json"
                self.send_response(status)
                self.send_header("Content-Type", kind)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            do_GET = do_POST = do_DELETE = _handle

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, args=(0.05,), daemon=True)
        self.thread.start()

    def on(self, method: str, path: str, *replies) -> None:
        self.routes[(method, path)] = list(replies)

    def sent(self, method: str, path: str) -> list[dict]:
        return [e for e in self.log if e["method"] == method and e["path"] == path]

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def server():
    contract = ContractServer()
    yield contract
    contract.stop()


@pytest.fixture
def client(server) -> ClearSkyClient:
    retry = RetryPolicy(attempts=3, base_delay=0.01, max_delay=0.05)
    return ClearSkyClient(server.url, "contract-key", NetworkOptions(timeout=5.0), retry)


def geotiff_bytes(tmp_path, bands: int = 3) -> bytes:
    path = tmp_path / "served.tif"
    dataset = gdal.GetDriverByName("GTiff").Create(str(path), 4, 4, bands, gdal.GDT_Int16)
    dataset.SetGeoTransform((500000, 10, 0, 6200000, 0, -10))
    dataset = None
    data = path.read_bytes()
    path.unlink()
    return data


# Requests ---------------------------------------------------------------------------------


def test_order_estimate_sends_the_2_6_example_with_one_aoi_mode(server, client):
    server.on("POST", "/api/tasking/orders/estimate", (200, ok({"AreaKm2": 400.0})))
    order = OrderRequest(
        "Stratus2",
        tuple(S1_S2_L89),
        dt.date(2025, 4, 1),
        None,
        image_frequency=3,
        reference_date=dt.date(2025, 1, 1),
        aoi=ESTIMATE_AOI,
    )
    client.order_estimate(order)
    body = server.sent("POST", "/api/tasking/orders/estimate")[0]["body"]
    for name, value in ESTIMATE_REQUEST_2_6.items():
        if name != "Wkt":
            assert body[name] == value, name
    assert body["Wkt"].startswith("GEOMETRYCOLLECTION") and "9.87 56.47" in body["Wkt"]
    assert body["GeoJson"] is None and body["TileGuids"] is None and body["MiniTileGuids"] is None
    assert body["SimulatedEuroUsage"] is None and "TileDeduplication" not in body


def test_tile_orders_send_guids_and_null_geometry(server, client):
    server.on("POST", "/api/tasking/orders/estimate", (200, ok({})))
    order = OrderRequest(
        "Stratus2Fast", ("Sentinel1", "Sentinel2"), "2025-04-17", "2025-05-31", tile_guids=("t1",)
    )
    client.order_estimate(order)
    body = server.sent("POST", "/api/tasking/orders/estimate")[0]["body"]
    assert (body["Wkt"], body["GeoJson"], body["TileGuids"], body["MiniTileGuids"]) == (
        None,
        None,
        ["t1"],
        None,
    )
    assert (body["From"], body["To"], body["Model"]) == ("2025-04-01", "2025-05-31", "Stratus2Fast")
    assert order.body(estimate=False)["TileDeduplication"] is False
    assert "SimulatedEuroUsage" not in order.body(estimate=False)


def test_availability_estimate_and_download_send_one_payload_with_every_field(
    server, client, tmp_path
):
    flags = {"FullyAvailable": True, "OrdersCoverPolygon": True, "DataAvailableForUser": True}
    server.on("POST", "/api/satelliteimages/process/composite/available", (200, ok(flags)))
    server.on("POST", "/api/satelliteimages/process/composite/estimate", (200, ESTIMATE_2_13))
    server.on("POST", "/api/satelliteimages/process/composite", (200, geotiff_bytes(tmp_path, 10)))
    request = CompositeRequest(ESTIMATE_AOI, "2025-04-03")
    assert client.composite_availability(request).ready
    client.estimate(request)
    client.download_composite(request, tmp_path)
    bodies = [
        server.sent("POST", path)[0]["body"]
        for path in (
            "/api/satelliteimages/process/composite/available",
            "/api/satelliteimages/process/composite/estimate",
            "/api/satelliteimages/process/composite",
        )
    ]
    assert bodies[0] == bodies[1] == bodies[2]
    for name, value in AVAILABLE_REQUEST_2_12.items():
        if name != "Wkt":
            assert bodies[0][name] == value, name
    assert set(bodies[0]) == {
        "Wkt",
        "GeoJson",
        "Date",
        "Resolution",
        "EpsgProjection",
        "FileType",
        "PixelSelectionMode",
        "OldPixelSelectionMode",
        "DataType",
        "UtmDataSelectionMode",
        "UtmGridForcePixelResolutionSize",
        "SatelliteConstellations",
        "Model",
        "Bandnames",
        "AllowPartialImage",
        "AutomaticOrderCreation",
        "UploadUrl",
    }
    assert bodies[0]["DataType"] == "INT16" and bodies[0]["AllowPartialImage"] is False
    assert bodies[0]["AutomaticOrderCreation"] is False and bodies[0]["UploadUrl"] is None


def test_band_example_2_14_1_and_its_band_ids_beside_the_file(server, client, tmp_path):
    server.on("POST", "/api/satelliteimages/process/composite", (200, geotiff_bytes(tmp_path)))
    request = CompositeRequest(BANDS_AOI, "2024-05-03", bands="B8,B4,[B8_B4]")
    result = client.download_composite(request, tmp_path, units=2.5)
    body = server.sent("POST", "/api/satelliteimages/process/composite")[0]["body"]
    for name, value in BANDS_REQUEST_2_14_1.items():
        if name != "Wkt":
            assert body[name] == value, name
    assert band_ids_of(result.path) == ["B8", "B4", "[B8_B4]"]
    record = read_sidecar(result.path)
    assert (record["kind"], record["date"], record["data_type"], record["units"]) == (
        "composite",
        "2024-05-03",
        "INT16",
        2.5,
    )
    assert record["model"] == "Stratus2" and "Wkt" not in record["request"]
    # The same request again is found on disk: no second paid call.
    assert client.download_composite(request, tmp_path).reused
    assert len(server.sent("POST", "/api/satelliteimages/process/composite")) == 1


def test_partial_dates_are_sent_only_when_chosen(server, client):
    request = CompositeRequest(BANDS_AOI, "2024-05-03")
    assert request.body()["AllowPartialImage"] is False
    assert request.for_date("2024-05-04", allow_partial=True).body()["AllowPartialImage"] is True


def test_tile_and_minitile_bodies_send_the_union_of_both_lists(server, client, tmp_path):
    server.on("POST", "/api/satelliteimages/process/minitile", (200, geotiff_bytes(tmp_path, 10)))
    request = TileRequest("m-1", True, "2025-04-03", "Stratus2", tuple(S1_S2_L89))
    result = client.download_tile(request, tmp_path)
    body = server.sent("POST", "/api/satelliteimages/process/minitile")[0]["body"]
    assert body["MiniTileGuid"] == "m-1" and "TileGuid" not in body
    assert body["EpsgProjection"] == 47000 and body["Bandnames"] == "all"
    assert {"Level", "Harmonize", "ClipReflectance", "UploadUrl", "AllowPartialImage"} <= set(body)
    assert read_sidecar(result.path)["kind"] == "minitile"
    assert client.find_downloaded_tile(request, tmp_path).path == result.path


# Responses --------------------------------------------------------------------------------


def test_models_2_3_are_read_and_cached(server, client):
    server.on("GET", "/api/tasking/models", (200, MODELS_2_3))
    models = client.models()
    assert [(m.name, m.required, m.optional) for m in models] == [
        ("Stratus2", tuple(S1_S2_L89), ())
    ]
    assert models[0].constellations == tuple(S1_S2_L89)
    client.models()
    assert len(server.sent("GET", "/api/tasking/models")) == 1


def test_tiles_2_4_request_has_all_five_keys_and_the_response_is_read(server, client):
    server.on("POST", "/api/tasking/search/tiles", (200, TILES_2_4))
    tiles = client.search_tiles(aoi=ESTIMATE_AOI)
    body = server.sent("POST", "/api/tasking/search/tiles")[0]["body"]
    assert set(body) == {"Wkt", "GeoJson", "TileGuids", "MiniTileGuids", "TileGuidForMiniTiles"}
    assert body["TileGuids"] is None and body["TileGuidForMiniTiles"] is None
    assert [(t.guid, t.minitile, t.epsg, t.wkt) for t in tiles] == [
        ("c3528462-...", False, 32632, "POLYGON((...))")
    ]


def test_camel_case_tiles_of_the_old_docs_are_read_too(server, client):
    old = {"succeeded": True, "data": {"tiles": [{"tileGuid": "g", "epsg": 32633}]}}
    server.on("POST", "/api/tasking/search/tiles", (200, old))
    assert [(t.guid, t.epsg) for t in client.search_tiles(tile_guids=["g"])] == [("g", 32633)]


def test_optimize_2_5_wraps_the_area_and_reads_guids(server, client):
    cover = ok({"Tiles": ["t1"], "MiniTiles": ["m1", "m2"]})
    server.on("POST", "/api/tasking/tile/optimize", (200, cover))
    found = client.optimize_tiles(ESTIMATE_AOI)
    assert (found.tiles, found.minitiles) == (("t1",), ("m1", "m2"))
    body = server.sent("POST", "/api/tasking/tile/optimize")[0]["body"]
    assert body["Wkt"].startswith("GEOMETRYCOLLECTION")


def test_order_list_2_8_example(server, client):
    server.on("GET", "/api/tasking/orders", (200, ORDERS_2_8))
    (order,) = client.orders(recurring_only=True)
    query = server.sent("GET", "/api/tasking/orders")[0]["query"]
    assert query == {"recurringOnly": ["true"], "getExpired": ["false"]}
    assert (order.guid, order.status, order.area_km2, order.storage_months) == (
        ORDER_GUID,
        "Initialize",
        525.3,
        3,
    )
    assert order.recurring and order.in_progress and not order.downloadable
    assert "Initialize" in order.status_text
    assert (order.start, order.reference_date, order.tiles) == (
        dt.date(2023, 6, 1),
        dt.date(2023, 6, 1),
        (),
    )


def test_order_details_post_then_get_on_404(server, client):
    detail = ok(
        {
            "TaskOrders": [
                {
                    "TaskOrderGuid": ORDER_GUID,
                    "OrderingProcessStatus": "Review",
                    "Tiles": [{"Guid": "t1", "Wkt": "POLYGON((...))"}],
                }
            ]
        }
    )
    server.on("GET", "/api/tasking/orders/details", (200, detail))
    (order,) = client.order_details([ORDER_GUID])
    assert server.sent("POST", "/api/tasking/orders/details")[0]["body"] == {"Guids": [ORDER_GUID]}
    assert server.sent("GET", "/api/tasking/orders/details")[0]["query"] == {"guids": [ORDER_GUID]}
    assert order.cancellable and order.tiles == ("t1",)


def test_cancel_sends_the_guid_as_task_order_guid(server, client):
    server.on("DELETE", "/api/tasking/orders/cancel", (200, ok(None)))
    assert client.cancel_order(ORDER_GUID) is None
    query = server.sent("DELETE", "/api/tasking/orders/cancel")[0]["query"]
    assert query == {"taskOrderGuid": [ORDER_GUID]}


def test_search_2_11_sends_from_until_and_reads_the_dates(server, client):
    server.on("POST", "/api/satelliteimages/search/available", (200, SEARCH_2_11))
    dates = client.search_dates(ESTIMATE_AOI, "2024-11-01", "2024-11-30")
    body = server.sent("POST", "/api/satelliteimages/search/available")[0]["body"]
    assert (body["From"], body["Until"]) == ("2024-11-01", "2024-11-30")
    assert [d.date for d in dates] == [dt.date(2024, 11, 1), dt.date(2024, 11, 3)]
    assert dates[0].model == "Stratus2" and dates[0].constellations == tuple(S1_S2_L89)


def test_estimate_2_13_reads_units_times_and_size(server, client):
    server.on("POST", "/api/satelliteimages/process/composite/estimate", (200, ESTIMATE_2_13))
    found = client.estimate(CompositeRequest(ESTIMATE_AOI, "2024-01-10"))
    assert (found.area_km2, found.processing_units, found.file_size_mb) == (997.94, 99.79, 195.67)
    assert (found.fast_seconds, found.slow_seconds) == (80, 128)


def test_missing_flags_are_unknown_not_false(server, client):
    only_2024 = ok(
        {
            "IntersectedActiveZones": True,
            "FullyAvailable": True,
            "PolygonInDataArea": True,
            "DataAvailableForUser": True,
            "DataOnZoneDataFrequencyDate": True,
        }
    )
    server.on("POST", "/api/satelliteimages/process/composite/available", (200, only_2024))
    flags = client.composite_availability(CompositeRequest(ESTIMATE_AOI, "2024-01-10"))
    assert flags.orders_cover_polygon is None and flags.readiness is Readiness.READY


def test_account_info_2_1_every_field_optional(server, client):
    server.on("GET", "/api/account/info", (200, ACCOUNT_2_1))
    info = client.account_info()
    assert (info.tenant_id, info.max_connections, info.max_area_km2, info.max_bands) == (
        "tenant-1",
        3,
        1000,
        12,
    )
    assert (info.euro_overdraft_limit, info.euro_balance_cap) == (50, 1000)
    assert info.processing_units is None and info.euro_balance is None  # unknown, not 0
    assert info.source == "account/info" and client.transport.limiter.limit == 3


def test_account_falls_back_to_the_2024_endpoint_on_404(server, client):
    server.on("GET", "/api/apikey/info", (200, APIKEY_2_2))
    info = client.account_info()
    assert info.source == "apikey/info"
    assert (info.processing_units, info.euro_balance, info.processing_unit_limit) == (
        250.5,
        12.0,
        0,
    )
    assert (info.current_month_costs, info.next_month_costs) == (1.5, 2.5)
    assert "contract-key" not in repr(info)


# Errors (section 4) -----------------------------------------------------------------------


def test_envelope_validation_error_4_3_lists_the_fields(server, client):
    server.on("GET", "/api/tasking/models", (400, ENVELOPE_ERROR_4_3))
    with pytest.raises(errors.ValidationError) as caught:
        client.models(refresh=True)
    assert caught.value.issues == {"Property": ["Property must <reason>"]}
    assert caught.value.code == 992 and "Property must <reason>" in str(caught.value)


def test_problem_details_4_3_is_a_validation_error(server, client):
    server.on("POST", "/api/satelliteimages/process/composite/estimate", (400, PROBLEM_DETAILS_4_3))
    with pytest.raises(errors.ValidationError) as caught:
        client.estimate(CompositeRequest(ESTIMATE_AOI, "2024-01-10"))
    assert caught.value.issues == {"Field": ["..."]} and caught.value.status == 400
    assert "Field: ... (One or more validation errors occurred; HTTP 400)" in str(caught.value)


def test_succeeded_false_on_a_200_is_an_error(server, client):
    failed = {"Succeeded": False, "Error": {"Message": "Something odd", "Code": 1234}, "Data": None}
    server.on("GET", "/api/tasking/orders", (200, failed))
    with pytest.raises(errors.ApiError) as caught:
        client.orders()
    assert caught.value.code == 1234 and "Something odd" in str(caught.value)


def envelope_error(code: int, message: str = "server says so") -> dict:
    return {"Succeeded": False, "Error": {"Message": message, "Code": code}, "Data": None}


@pytest.mark.parametrize(
    ("code", "kind", "fragment"),
    [
        (994, errors.InsufficientUnitsError, "top up processing units"),
        (1002, errors.NoDataError, "another date"),
        (1004, errors.AreaTooLargeError, "smaller area"),
        (1005, errors.TooManyBandsError, "fewer bands"),
        (1006, errors.NotOrderedError, "Orders section"),
        (1007, errors.ApiError, "server says so (code 1007)"),
    ],
)
def test_error_codes_4_2_get_their_own_message(server, client, code, kind, fragment):
    server.on(
        "POST", "/api/satelliteimages/process/composite/estimate", (400, envelope_error(code))
    )
    with pytest.raises(kind) as caught:
        client.estimate(CompositeRequest(ESTIMATE_AOI, "2024-01-10"))
    assert type(caught.value) is kind and caught.value.code == code
    assert fragment in str(caught.value)
    assert len(server.sent("POST", "/api/satelliteimages/process/composite/estimate")) == 1


@pytest.mark.parametrize("status", [401, 403])
def test_401_and_403_mean_the_key(server, client, status):
    server.on("GET", "/api/account/info", (status, {"title": "Unauthorized"}))
    with pytest.raises(errors.KeyRefusedError) as caught:
        client.account_info()
    assert "Settings" in str(caught.value) and "contract-key" not in str(caught.value)


def test_1003_is_retried_with_fewer_connections(server, client):
    server.on(
        "GET", "/api/tasking/orders", (400, envelope_error(1003)), (200, ok({"TaskOrders": []}))
    )
    client.transport.limiter.set_limit(4)
    assert client.orders() == []
    assert len(server.sent("GET", "/api/tasking/orders")) == 2
    limiter = client.transport.limiter
    assert limiter.effective < limiter.limit == 4
    for _ in range(limiter.RECOVER_AFTER * 4):
        limiter.succeeded()
    assert limiter.effective == 4


def test_429_then_success(server, client):
    server.on("GET", "/api/tasking/orders", (429, {}), (200, ok({"TaskOrders": []})))
    assert client.orders() == []
    assert len(server.sent("GET", "/api/tasking/orders")) == 2


# Order creation is never repeated blindly -------------------------------------------------

ORDER = OrderRequest("Stratus2", tuple(S1_S2_L89), "2025-04-01", None, aoi=ESTIMATE_AOI)


def placed(guid: str, wkt: str = "") -> dict:
    return {
        "TaskOrderGuid": guid,
        "OrderingProcessStatus": "Review",
        "Model": "Stratus2",
        "From": "2025-04-01",
        "To": None,
        "ImageFrequency": 1,
        "Wkt": wkt or f"GEOMETRYCOLLECTION ({ESTIMATE_AOI.wkt})",
    }


def test_create_after_429_is_retried(server, client):
    server.on("GET", "/api/tasking/orders", (200, ok({"TaskOrders": []})))
    server.on("POST", "/api/tasking/orders", (429, {}), (200, ok(placed("new"))))
    assert client.create_order(ORDER).guid == "new"
    assert len(server.sent("POST", "/api/tasking/orders")) == 2


@pytest.mark.parametrize("lost", ["close", (500, {})])
def test_a_lost_answer_finds_the_order_instead_of_ordering_twice(server, client, lost):
    before = ok({"TaskOrders": [placed("old")]})
    after = ok({"TaskOrders": [placed("old"), placed("new")]})
    server.on("GET", "/api/tasking/orders", (200, before), (200, after))
    server.on("POST", "/api/tasking/orders", lost)
    assert client.create_order(ORDER).guid == "new"
    assert len(server.sent("POST", "/api/tasking/orders")) == 1


def test_a_lost_answer_without_a_new_order_says_so(server, client):
    server.on("GET", "/api/tasking/orders", (200, ok({"TaskOrders": [placed("old")]})))
    server.on("POST", "/api/tasking/orders", (502, {}))
    with pytest.raises(errors.OrderUncertainError) as caught:
        client.create_order(ORDER)
    assert "most likely not placed" in str(caught.value)
    assert len(server.sent("POST", "/api/tasking/orders")) == 1


def test_a_refused_order_is_not_retried(server, client):
    server.on("GET", "/api/tasking/orders", (200, ok({"TaskOrders": []})))
    server.on("POST", "/api/tasking/orders", (400, envelope_error(1007, "Insufficient euro")))
    with pytest.raises(errors.ApiError, match="Insufficient euro"):
        client.create_order(ORDER)
    assert len(server.sent("POST", "/api/tasking/orders")) == 1


def test_a_refused_connection_is_retried_for_create(client):
    closed = ClearSkyClient(
        "http://127.0.0.1:9", "k", NetworkOptions(timeout=2), RetryPolicy(2, 0.01, 0.02)
    )
    with pytest.raises(errors.NetworkError) as caught:
        closed.create_order(ORDER)
    assert getattr(caught.value, "not_sent", False)


# Planning ---------------------------------------------------------------------------------


def test_plan_per_date_low_balance_with_overdraft_is_left_to_the_server(server, client, tmp_path):
    account = ok({"MaxConcurrentConnections": 2, "ProcessingUnits": 1, "EuroOverdraftLimit": 50})
    server.on("GET", "/api/account/info", (200, account))
    ready = ok({"FullyAvailable": True, "OrdersCoverPolygon": True, "DataAvailableForUser": True})
    server.on("POST", "/api/satelliteimages/process/composite/available", (200, ready))
    server.on("POST", "/api/satelliteimages/process/composite/estimate", (200, ESTIMATE_2_13))
    requests = [CompositeRequest(ESTIMATE_AOI, day) for day in ("2024-01-10", "2024-01-11")]
    plan = checked_plan(client, requests, tmp_path)
    assert plan.total_units == pytest.approx(199.58)
    assert set(plan.estimates) == set(plan.availability) == {r.date for r in requests}
    assert plan.refusal(max_units=100) is not None


def test_plan_refuses_unordered_and_unchosen_partial_dates(server, client, tmp_path):
    server.on("GET", "/api/account/info", (200, ok({"ProcessingUnits": 500})))
    not_ordered = ok({"OrdersCoverPolygon": False, "FullyAvailable": False})
    server.on("POST", "/api/satelliteimages/process/composite/available", (200, not_ordered))
    request = CompositeRequest(ESTIMATE_AOI, "2024-01-10")
    with pytest.raises(errors.NotOrderedError, match="Orders section"):
        checked_plan(client, [request], tmp_path)
    partial = ok({"OrdersCoverPolygon": True, "FullyAvailable": False, "PartiallyAvailable": True})
    server.on("POST", "/api/satelliteimages/process/composite/available", (200, partial))
    server.on("POST", "/api/satelliteimages/process/composite/estimate", (200, ESTIMATE_2_13))
    with pytest.raises(errors.NoDataError, match="allow partial"):
        checked_plan(client, [request], tmp_path)
    assert checked_plan(client, [request.for_date(request.date, allow_partial=True)], tmp_path)


def test_plan_without_any_reported_balance_is_left_to_the_server(server, client, tmp_path):
    server.on("GET", "/api/account/info", (200, ACCOUNT_2_1))  # no balance field at all
    ready = ok({"FullyAvailable": True, "OrdersCoverPolygon": True, "DataAvailableForUser": True})
    server.on("POST", "/api/satelliteimages/process/composite/available", (200, ready))
    server.on("POST", "/api/satelliteimages/process/composite/estimate", (200, ESTIMATE_2_13))
    small = Aoi.from_bounds(9.5, 55.6, 9.52, 55.61)
    plan = checked_plan(client, [CompositeRequest(small, "2024-01-10")], tmp_path)
    assert plan.total_units == 99.79 and plan.balance_after is None and plan.refusal() is None
