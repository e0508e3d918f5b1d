"""JSON endpoints of the emulator: shapes, field names, errors and their order."""

from __future__ import annotations

import pytest

from emulator import BORDER_AOI_WKT, DEMO_AOI_WKT

SEARCH = "/api/satelliteimages/search/available"
AVAILABLE = "/api/satelliteimages/process/composite/available"
ESTIMATE = "/api/satelliteimages/process/composite/estimate"
COMPOSITE = "/api/satelliteimages/process/composite"
WATER_AOI = "POLYGON ((6.0 55.0, 6.1 55.0, 6.1 55.1, 6.0 55.1, 6.0 55.0))"
RESTRICTED_AOI = "POLYGON ((14.6 45.1, 14.65 45.1, 14.65 45.13, 14.6 45.13, 14.6 45.1))"
OUTSIDE_AOI = "POLYGON ((20.0 50.0, 20.05 50.0, 20.05 50.03, 20.0 50.03, 20.0 50.0))"
# ~40 km2 in one zone: above small-key's 25 km2 limit.
MEDIUM_AOI = "POLYGON ((9.6 55.7, 9.7 55.7, 9.7 55.76, 9.6 55.76, 9.6 55.7))"


def envelope(response, status=200):
    assert response.status_code == status, response.text
    assert response.headers["Content-Type"].startswith("application/json")
    body = response.json()
    assert set(body) == {"Succeeded", "Error", "Data"}
    return body


def error_of(response, status, code):
    body = envelope(response, status)
    assert body["Succeeded"] is False
    assert body["Error"]["Code"] == code
    assert isinstance(body["Error"]["Message"], str) and body["Error"]["Message"]
    return body


def test_apikey_info_has_every_contract_field_and_an_extra_one(api):
    body = envelope(api.get("/api/apikey/info"))
    assert body["Succeeded"] is True and body["Error"] is None
    data = body["Data"]
    assert data["Key"] == "demo-key"
    assert data["CreditAmount"] == 10000 and data["CreditLimit"] == 10000
    assert data["EuroCreditAmount"] == 500 and data["EuroCreditLimit"] == 500
    assert data["Email"] == "demo@example.com" and data["ContactInfo"]
    assert data["MaxConcurrentConnections"] == 4
    assert data["MaxCompositeAreaKm2"] == 1000 and data["MaxTotalBands"] == 20
    assert data["CurrentMonthCosts"] == 0 and data["NextMonthCosts"] == 0
    assert data["Plan"] == "emulator"


@pytest.mark.parametrize("key", [None, "wrong-key"])
def test_missing_or_unknown_key_is_401_with_envelope(api, key):
    body = error_of(api.get("/api/apikey/info", key=key), 401, 401)
    assert body == {
        "Succeeded": False,
        "Error": {"Message": "Unauthorized", "Code": 401},
        "Data": None,
    }


def test_header_name_is_case_insensitive_and_revoked_keys_are_refused(emu, api):
    assert api.get("/api/apikey/info", key=None, headers={"x-api-key": "small-key"}).ok
    emu.revoke_key("small-key")
    error_of(api.get("/api/apikey/info", key="small-key"), 401, 401)


def test_added_keys_and_set_credits(emu, api):
    emu.add_key("tiny", credits=5, max_connections=1, max_area_km2=10, max_bands=3)
    data = api.get("/api/apikey/info", key="tiny").json()["Data"]
    assert (data["CreditAmount"], data["MaxConcurrentConnections"], data["MaxTotalBands"]) == (
        5,
        1,
        3,
    )
    emu.set_credits("tiny", 1.5)
    assert emu.credits("tiny") == 1.5


def test_search_full_and_partial_dates_across_the_zone_border(api):
    body = {"Wkt": BORDER_AOI_WKT, "From": "2024-07-01", "Until": "2024-07-15"}
    data = envelope(api.post(SEARCH, body))["Data"]
    (model,) = data["ModelImageDates"]
    assert model["Model"] == "Stratus2"
    assert model["SatelliteConstellations"] == ["Sentinel1", "Sentinel2", "Landsat89"]
    west, east = model["DatesByGeog"]
    assert west["Wkt"].startswith("POLYGON ((9.5 55.5") and east["Wkt"].startswith(
        "POLYGON ((10 55.5"
    )
    assert west["Dates"] == sorted(west["Dates"])
    assert west["Dates"][-1] == "2024-07-14" and east["Dates"][-1] == "2024-07-13"
    assert "2024-07-01" in west["Dates"] and "2024-07-01" in east["Dates"]
    assert set(west["Dates"]) != set(east["Dates"])


def test_search_over_a_long_range_has_partial_dates_in_the_past(api):
    body = {"Wkt": BORDER_AOI_WKT, "From": "2023-01-01", "Until": "2023-12-31"}
    west, east = api.post(SEARCH, body).json()["Data"]["ModelImageDates"][0]["DatesByGeog"]
    assert set(west["Dates"]) ^ set(east["Dates"])
    assert west["Dates"][0] == "2023-01-01"


def test_search_accepts_geojson(api):
    geojson = {
        "type": "Polygon",
        "coordinates": [[[9.5, 55.6], [9.56, 55.6], [9.56, 55.63], [9.5, 55.63], [9.5, 55.6]]],
    }
    body = {"GeoJson": geojson, "From": "2024-07-01", "Until": "2024-07-01"}
    groups = api.post(SEARCH, body).json()["Data"]["ModelImageDates"][0]["DatesByGeog"]
    assert groups[0]["Dates"] == ["2024-07-01"]


@pytest.mark.parametrize("aoi", [WATER_AOI, OUTSIDE_AOI])
def test_search_over_water_or_outside_is_empty(api, aoi):
    body = {"Wkt": aoi, "From": "2024-07-01", "Until": "2024-07-10"}
    assert envelope(api.post(SEARCH, body))["Data"] == {"ModelImageDates": []}


def test_search_validation(api):
    body = {"Wkt": DEMO_AOI_WKT, "From": "2024-07-10", "Until": "2024-07-01"}
    assert "Until" in error_of(api.post(SEARCH, body), 400, 1001)["Data"]
    assert "$" in error_of(api.post(SEARCH, key="demo-key", data=b"{nope"), 400, 1001)["Data"]


@pytest.mark.parametrize(
    ("aoi", "date", "expected"),
    [
        (DEMO_AOI_WKT, "2024-07-01", (True, True, True, True)),
        (BORDER_AOI_WKT, "2024-07-14", (True, False, True, True)),
        (WATER_AOI, "2024-07-01", (False, False, False, False)),
        (OUTSIDE_AOI, "2024-07-01", (False, False, False, False)),
        (RESTRICTED_AOI, "2024-07-01", (True, True, True, False)),
    ],
)
def test_composite_available(api, aoi, date, expected):
    data = envelope(api.post(AVAILABLE, {"Wkt": aoi, "Date": date}))["Data"]
    fields = (
        "IntersectedActiveZones",
        "FullyAvailable",
        "PolygonInDataArea",
        "DataAvailableForUser",
    )
    assert tuple(data[f] for f in fields) == expected


def test_estimate_fields_and_pricing(api):
    data = envelope(api.post(ESTIMATE, {"Wkt": DEMO_AOI_WKT, "Resolution": 10}))["Data"]
    assert 12 < data["AreaEstimateKm2"] < 13.2
    assert data["CreditEstimate"] == pytest.approx(data["AreaEstimateKm2"], abs=0.01)
    for field in ("FastTimeEstimateSeconds", "SlowTimeEstimateSeconds", "FileSizeEstimateMB"):
        assert data[field] > 0
    rgb20 = api.post(ESTIMATE, {"Wkt": DEMO_AOI_WKT, "Resolution": 20, "Bandnames": "rgb"})
    assert rgb20.json()["Data"]["CreditEstimate"] == pytest.approx(
        data["CreditEstimate"] * 0.15, abs=0.01
    )


def test_estimate_is_free_and_ignores_credits(emu, api):
    assert envelope(api.post(ESTIMATE, {"Wkt": DEMO_AOI_WKT}, key="poor-key"))["Succeeded"]
    assert emu.credits("poor-key") == 2
    assert emu.request_log[-1]["charged"] == 0


def test_estimate_limits_1003_1004(api):
    error_of(api.post(ESTIMATE, {"Wkt": MEDIUM_AOI}, key="small-key"), 400, 1003)
    error_of(api.post(ESTIMATE, {"Wkt": DEMO_AOI_WKT}, key="small-key"), 400, 1004)
    body = {"Wkt": DEMO_AOI_WKT, "Bandnames": "B2,B3,B4,[B8_B4]"}
    assert envelope(api.post(ESTIMATE, body, key="small-key"))["Succeeded"]


def test_composite_validation_lists_every_bad_field(api):
    body = {"Wkt": DEMO_AOI_WKT, "Date": "2024-07-01", "Resolution": 30, "Bandnames": "B2,B99"}
    data = error_of(api.post(COMPOSITE, body), 400, 1001)["Data"]
    assert set(data) == {"Resolution", "Bandnames"}
    assert all(isinstance(m, list) and m for m in data.values())


def test_composite_rejects_miscased_field_names(api):
    body = {"Wkt": DEMO_AOI_WKT, "Date": "2024-07-01", "BandNames": "rgb"}
    assert "BandNames" in error_of(api.post(COMPOSITE, body), 400, 1001)["Data"]


@pytest.mark.parametrize(
    ("aoi", "date"),
    [
        (DEMO_AOI_WKT, "2024-07-15"),  # today: not produced yet
        (DEMO_AOI_WKT, "2022-06-01"),  # before the archive
        (WATER_AOI, "2024-07-01"),
        (OUTSIDE_AOI, "2024-07-01"),
    ],
)
def test_composite_no_data_is_1002(api, aoi, date):
    error_of(api.post(COMPOSITE, {"Wkt": aoi, "Date": date}), 400, 1002)


def test_composite_over_restricted_zone_is_1006(api):
    error_of(api.post(COMPOSITE, {"Wkt": RESTRICTED_AOI, "Date": "2024-07-01"}), 403, 1006)


def test_composite_error_order_1001_1002_1003_1004_1005(emu, api):
    emu.add_key("strict", credits=1, max_area_km2=25, max_bands=4)
    base = {"Wkt": MEDIUM_AOI, "Date": "2024-07-01", "Bandnames": "all"}
    error_of(api.post(COMPOSITE, {**base, "Resolution": 7}, key="strict"), 400, 1001)
    error_of(api.post(COMPOSITE, {**base, "Date": "2024-07-15"}, key="strict"), 400, 1002)
    error_of(api.post(COMPOSITE, base, key="strict"), 400, 1003)
    error_of(api.post(COMPOSITE, {**base, "Wkt": DEMO_AOI_WKT}, key="strict"), 400, 1004)
    body = {**base, "Wkt": DEMO_AOI_WKT, "Bandnames": "rgb"}
    error_of(api.post(COMPOSITE, body, key="strict"), 402, 1005)
    assert emu.credits("strict") == 1


def test_poor_key_cannot_afford_the_demo_aoi(emu, api):
    response = api.post(COMPOSITE, {"Wkt": DEMO_AOI_WKT, "Date": "2024-07-01"}, key="poor-key")
    error_of(response, 402, 1005)
    assert emu.credits("poor-key") == 2


def test_unknown_route_and_wrong_method(api):
    error_of(api.get("/api/nothing/here"), 404, 404)
    error_of(api.get(COMPOSITE), 405, 405)


def test_request_log_records_arrival_order_and_key(emu, api):
    api.get("/api/apikey/info")
    api.get("/api/apikey/info", key=None)
    log = emu.request_log
    assert [(e["method"], e["path"], e["status"], e["key"]) for e in log] == [
        ("GET", "/api/apikey/info", 200, "demo-key"),
        ("GET", "/api/apikey/info", 401, None),
    ]
    emu.clear_log()
    assert emu.request_log == []


def test_control_api_over_http(emu, api):
    import requests

    url = emu.url + "/_emulator"
    fault = {"key": "demo-key", "fault": "http_500", "times": 1}
    assert requests.post(url + "/faults", json=fault, timeout=10).json()["Succeeded"]
    assert (
        requests.get(url + "/state", timeout=10).json()["Data"]["faults"][0]["fault"] == "http_500"
    )
    error_of(api.get("/api/apikey/info"), 500, 500)
    assert api.get("/api/apikey/info").ok
    requests.post(url + "/keys", json={"key": "k2", "credits": 7}, timeout=10)
    assert api.get("/api/apikey/info", key="k2").json()["Data"]["CreditAmount"] == 7
    log = requests.get(url + "/log", timeout=10).json()["Data"]
    assert [e["status"] for e in log] == [500, 200, 200]
    requests.post(url + "/faults", json={"key": "demo-key", "fault": "http_502"}, timeout=10)
    requests.delete(url + "/faults", timeout=10)
    assert api.get("/api/apikey/info").ok
    bad = requests.post(url + "/faults", json={"key": "demo-key", "fault": "nope"}, timeout=10)
    assert bad.status_code == 400
    assert requests.post(url + "/reset", timeout=10).json()["Succeeded"]
    assert requests.get(url + "/state", timeout=10).json()["Data"]["keys"].get("k2") is None


def test_legacy_boundingbox_lists_zones_and_images(api):
    body = {
        "BoundingBoxWkt": BORDER_AOI_WKT,
        "From": "2024-07-10T00:00:00Z",
        "Until": "2024-07-15T00:00:00Z",
    }
    zones = envelope(api.post("/api/satelliteimages/boundingbox", body))["Data"]
    assert [(z["XPosition"], z["YPosition"], z["Zone"]) for z in zones] == [
        (379, 291, "379_291"),
        (380, 291, "380_291"),
    ]
    images = zones[0]["SatelliteImageZones"]
    assert images[-1]["ImageDate"] == "2024-07-14T00:00:00Z"
    assert all(isinstance(i["SatelliteImageId"], int) for i in images)
    assert zones[0]["Geog"].startswith("POLYGON ((9.5 55.5")


def test_legacy_unknown_image_is_1002_and_malformed_is_1001(api):
    error_of(api.get("/api/satelliteimages", params={"satelliteImageId": "12"}), 400, 1002)
    error_of(api.get("/api/satelliteimages", params={"satelliteImageId": "x"}), 400, 1001)


def test_tasking_flow(emu, api):
    models = envelope(api.get("/api/tasking/models"))["Data"]
    assert models[0]["Name"] == "Stratus2"
    tiles = envelope(api.post("/api/tasking/search/tiles", {"Wkt": BORDER_AOI_WKT}))["Data"]
    assert [(t["XPosition"], t["YPosition"]) for t in tiles] == [(379, 291), (380, 291)]
    guids = [t["TileGuid"] for t in tiles]
    again = api.post("/api/tasking/search/tiles", {"TileGuids": guids}).json()["Data"]
    assert [t["TileGuid"] for t in again] == guids
    order = {
        "StorageMonths": 3,
        "ApiRequests": 100,
        "ImageFrequency": 7,
        "Model": "Stratus2",
        "ReferenceDate": "2024-07-15",
        "From": "2024-08-01",
        "To": "2024-08-28",
        "SatelliteConstellations": ["Sentinel2"],
        "Tiles": guids,
    }
    estimate = envelope(api.post("/api/tasking/orders/estimate", order))["Data"]
    # 2 tiles x (4 images x 0.5 + 3 months x 2) + 100 requests x 0.01
    assert estimate["CreditEstimate"] == 17.0 and estimate["TileCount"] == 2
    assert estimate["EuroEstimate"] == 0.85
    created = envelope(api.post("/api/tasking/orders", order))["Data"]
    assert created["Status"] == "Active" and created["TileCount"] == 2
    assert emu.credits("demo-key") == 10000 - 17
    recurring = {
        **order,
        "To": None,
        "Tiles": None,
        "Wkt": "GEOMETRYCOLLECTION (" + DEMO_AOI_WKT + ")",
    }
    second = envelope(api.post("/api/tasking/orders", recurring))["Data"]
    assert second["Recurring"] is True and second["TileCount"] == 1
    listed = api.get("/api/tasking/orders", params={"recurringOnly": "false"}).json()["Data"]
    assert [o["TaskOrderGuid"] for o in listed] == [
        created["TaskOrderGuid"],
        second["TaskOrderGuid"],
    ]
    only = api.get("/api/tasking/orders", params={"recurringOnly": "true"}).json()["Data"]
    assert [o["TaskOrderGuid"] for o in only] == [second["TaskOrderGuid"]]
    guid = created["TaskOrderGuid"]
    cancelled = requests_delete(api, f"/api/tasking/orders/cancel?taskOrderGuid={guid}")
    assert envelope(cancelled)["Data"]["Status"] == "Cancelled"
    error_of(requests_delete(api, "/api/tasking/orders/cancel?taskOrderGuid=nope"), 400, 1001)
    assert api.get("/api/tasking/orders", key="small-key").json()["Data"] == []


def test_tasking_order_needs_credits_and_valid_tiles(api):
    order = {
        "From": "2024-08-01",
        "To": "2024-12-31",
        "Wkt": "GEOMETRYCOLLECTION (" + DEMO_AOI_WKT + ")",
    }
    error_of(api.post("/api/tasking/orders", order, key="poor-key"), 402, 1005)
    bad = {"From": "2024-08-01", "Tiles": ["00000000-0000-0000-0000-000000000000"]}
    assert "Tiles" in error_of(api.post("/api/tasking/orders/estimate", bad), 400, 1001)["Data"]


def requests_delete(api, path):
    import requests

    return requests.delete(api.url + path, headers=api.headers(), timeout=30)


def test_unexpected_server_errors_are_a_500_envelope_without_traceback(api, monkeypatch):
    from emulator import api as endpoints

    def broken(app, call):
        raise ZeroDivisionError("boom")

    route = ("GET", "/api/apikey/info")
    monkeypatch.setitem(endpoints.ROUTES, route, (broken, False))
    response = api.get("/api/apikey/info")
    body = error_of(response, 500, 500)
    assert "Traceback" not in response.text and "boom" not in response.text
    assert body["Error"]["Message"] == "Internal server error"


def test_tasking_search_refuses_huge_areas(api):
    world = "POLYGON ((-170 -80, 170 -80, 170 80, -170 80, -170 -80))"
    error_of(api.post("/api/tasking/search/tiles", {"Wkt": world}), 400, 1001)
